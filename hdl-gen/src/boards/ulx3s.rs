//! `ulx3s_top`: the ULX3S board (Lattice ECP5 LFE5U-85F, CABGA381, 25 MHz oscillator) running
//! `ftsync_uart_top` with the default core, reached through the board's FTDI USB-serial port
//! at 115 200 baud. Port names are those of the board's published constraints (emard/ulx3s,
//! `doc/constraints/ulx3s_v20.lpf`), so `constraints/ulx3s/ulx3s.lpf` binds them by name.
//! Its core is the default generation, so `rtl/boards/ulx3s_top.v` instantiates `ftsync_core`
//! of `rtl/*.v` rather than carrying a copy; synthesis reads those files with it.
//!
//! The core runs on the 25 MHz oscillator directly: the CSR bus over a 115 200-baud line needs
//! no more, and no CE is attached to the snoop and stream ports, so a PLL would only add a
//! clock domain crossing to the pins. No CE is attached: snoop and link-stream inputs are idle
//! (`o_ready` high), and two buttons stand in for CE events.
//!
//! | pin | use |
//! |---|---|
//! | `btn[0]` (PWR, active low) | reset while held |
//! | `btn[1]` (FIRE1) | one `ce_drain` per press (ends the epoch when `EPOCH_CTRL.DRAIN_ENDS`) |
//! | `btn[2]` (FIRE2) | one `ce_retire` per press |
//! | `led[0]` | heartbeat, 1 Hz |
//! | `led[1]` / `led[2]` | serial receive / transmit activity |
//! | `led[3]` | `irq` |
//! | `led[4]` | `ce_hold` (the epoch counter holds the CE) |
//! | `led[5]` | `snoop_ready` low (the tracker zeroes its banks after a reset) |
//! | `led[6]` | a button pulse was sent |
//! | `led[7]` | reset held |
//! | `wifi_gpio0` | driven high: the ESP32 on the board must not pull it low and reconfigure the FPGA |

use super::board_glue::BoardGlue;
use crate::uart_top::{FtsyncUartTopDefault, BAUD};
use rust_hdl::prelude::*;

/// The ULX3S oscillator.
pub const CLOCK_HZ: u32 = 25_000_000;

#[derive(LogicBlock)]
pub struct Ulx3sTop {
    pub clk_25mhz: Signal<In, Clock>,
    /// FTDI TXD: the FPGA receives.
    pub ftdi_txd: Signal<In, Bit>,
    /// FTDI RXD: the FPGA transmits.
    pub ftdi_rxd: Signal<Out, Bit>,
    pub btn: Signal<In, Bits<3>>,
    pub led: Signal<Out, Bits<8>>,
    pub wifi_gpio0: Signal<Out, Bit>,

    glue: BoardGlue,
    ftsync: FtsyncUartTopDefault,
    leds: Signal<Local, Bits<8>>,
}

impl Ulx3sTop {
    pub fn new() -> Self {
        Self {
            clk_25mhz: Default::default(),
            ftdi_txd: Default::default(),
            ftdi_rxd: Default::default(),
            btn: Default::default(),
            led: Default::default(),
            wifi_gpio0: Default::default(),
            glue: BoardGlue::new(CLOCK_HZ),
            ftsync: FtsyncUartTopDefault::for_clock(CLOCK_HZ, BAUD),
            leds: Default::default(),
        }
    }

    pub fn params() -> regmap::Params {
        FtsyncUartTopDefault::params()
    }
}

impl Default for Ulx3sTop {
    fn default() -> Self {
        Self::new()
    }
}

impl Logic for Ulx3sTop {
    #[hdl_gen]
    fn update(&mut self) {
        self.glue.clock.next = self.clk_25mhz.val();
        self.ftsync.clk.next = self.clk_25mhz.val();
        self.glue.reset_button.next = !self.btn.val().get_bit(0);
        self.glue.drain_button.next = self.btn.val().get_bit(1);
        self.glue.retire_button.next = self.btn.val().get_bit(2);
        self.glue.rx_line.next = self.ftdi_txd.val();
        self.glue.tx_line.next = self.ftsync.uart_tx.val();
        self.ftsync.rst.next = self.glue.rst.val();

        self.ftsync.uart_rx.next = self.ftdi_txd.val();
        self.ftdi_rxd.next = self.ftsync.uart_tx.val();
        self.wifi_gpio0.next = true;

        // No CE on the board: idle snoop and streams, CE events from the buttons.
        self.ftsync.snoop_valid.next = false;
        self.ftsync.snoop_addr.next = 0.into();
        self.ftsync.snoop_len.next = 0.into();
        self.ftsync.ce_retire.next = self.glue.ce_retire.val();
        self.ftsync.ce_drain.next = self.glue.ce_drain.val();
        self.ftsync.a_valid.next = false;
        self.ftsync.a_data.next = 0.into();
        self.ftsync.a_last.next = false;
        self.ftsync.b_valid.next = false;
        self.ftsync.b_data.next = 0.into();
        self.ftsync.b_last.next = false;
        self.ftsync.o_ready.next = true;

        self.leds.next = 0.into();
        self.leds.next = self.leds.val().replace_bit(0, self.glue.heartbeat.val());
        self.leds.next = self.leds.val().replace_bit(1, self.glue.rx_active.val());
        self.leds.next = self.leds.val().replace_bit(2, self.glue.tx_active.val());
        self.leds.next = self.leds.val().replace_bit(3, self.ftsync.irq.val());
        self.leds.next = self.leds.val().replace_bit(4, self.ftsync.ce_hold.val());
        self.leds.next = self.leds.val().replace_bit(5, !self.ftsync.snoop_ready.val());
        self.leds.next = self.leds.val().replace_bit(6, self.glue.button_active.val());
        self.leds.next = self.leds.val().replace_bit(7, self.glue.rst.val());
        self.led.next = self.leds.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn ulx3s_top_synthesizes() {
        let mut uut = Ulx3sTop::new();
        uut.connect_all();
        yosys_validate("ftsync_ulx3s_top", &generate_verilog(&uut)).unwrap();
    }
}
