//! `icebreaker_top`: the iCEBreaker board (Lattice iCE40 UP5K, SG48, 12 MHz oscillator) running
//! `ftsync_uart_top` with a core sized for the UP5K, reached through the board's FTDI
//! USB-serial port (channel B) at 115 200 baud. Port names are those of the board's published
//! constraints (icebreaker-fpga/icebreaker-verilog-examples, `icebreaker/icebreaker.pcf`), so
//! `constraints/icebreaker/icebreaker.pcf` binds them by name.
//!
//! **Core size.** The default core does not fit the UP5K's 5280 LUT4s: its two 32-word skew
//! FIFOs have a combinational read that iCE40 block RAM cannot give, so their 2 x 32 x 65 bits
//! become flip-flops and logic. [`IcebreakerCore`] keeps the full 16384-bit bitmap (eight of
//! the 30 EBRs, as on the ULX3S) and narrows the link streams to 32 bits with 8-word FIFOs.
//! CAPS reports this geometry, so the host driver discovers it; the register map is the same.
//! Not being the default generation of `rtl/*.v`, this core is carried in
//! `rtl/boards/icebreaker_top.v` itself (modules prefixed `icebreaker_top_`).
//!
//! The core runs on the 12 MHz oscillator directly (the CSR bus over 115 200 baud needs no
//! more): 104 clocks per bit (12e6 / 115200 = 104.17, 0.16 % off). No CE is attached: snoop and
//! link-stream inputs are idle (`o_ready` high).
//!
//! | pin | use |
//! |---|---|
//! | `BTN_N` (user button, active low) | reset while held |
//! | `LEDG_N` (green, active low) | heartbeat, 1 Hz |
//! | `LEDR_N` (red, active low) | `irq` |
//! | `LED1` / `LED2` (break-off PMOD, active high) | serial receive / transmit activity |
//! | `LED3` | `ce_hold` |
//! | `LED4` | `snoop_ready` low (the tracker zeroes its banks after a reset) |
//! | `LED5` | reset held |
//!
//! The break-off PMOD's buttons are not used: with the PMOD snapped off those pins float.

use super::board_glue::BoardGlue;
use crate::uart_top::{FtsyncUartTop, BAUD};
use rust_hdl::prelude::*;

/// The iCEBreaker oscillator.
pub const CLOCK_HZ: u32 = 12_000_000;

/// `ftsync_uart_top` for the UP5K: 16384-bit bitmap, 32-bit streams, 8-word skew FIFOs.
pub type IcebreakerCore = FtsyncUartTop<14, 9, 4, 32, 3, 4>;

#[allow(non_snake_case)]
#[derive(LogicBlock)]
pub struct IcebreakerTop {
    pub CLK: Signal<In, Clock>,
    /// FTDI channel B TX: the FPGA receives.
    pub RX: Signal<In, Bit>,
    /// The FPGA transmits.
    pub TX: Signal<Out, Bit>,
    pub BTN_N: Signal<In, Bit>,
    pub LEDR_N: Signal<Out, Bit>,
    pub LEDG_N: Signal<Out, Bit>,
    pub LED1: Signal<Out, Bit>,
    pub LED2: Signal<Out, Bit>,
    pub LED3: Signal<Out, Bit>,
    pub LED4: Signal<Out, Bit>,
    pub LED5: Signal<Out, Bit>,

    glue: BoardGlue,
    ftsync: IcebreakerCore,
}

impl IcebreakerTop {
    pub fn new() -> Self {
        Self {
            CLK: Default::default(),
            RX: Default::default(),
            TX: Default::default(),
            BTN_N: Default::default(),
            LEDR_N: Default::default(),
            LEDG_N: Default::default(),
            LED1: Default::default(),
            LED2: Default::default(),
            LED3: Default::default(),
            LED4: Default::default(),
            LED5: Default::default(),
            glue: BoardGlue::new(CLOCK_HZ),
            ftsync: IcebreakerCore::for_clock(CLOCK_HZ, BAUD),
        }
    }

    pub fn params() -> regmap::Params {
        IcebreakerCore::params()
    }
}

impl Default for IcebreakerTop {
    fn default() -> Self {
        Self::new()
    }
}

impl Logic for IcebreakerTop {
    #[hdl_gen]
    fn update(&mut self) {
        self.glue.clock.next = self.CLK.val();
        self.ftsync.clk.next = self.CLK.val();
        self.glue.reset_button.next = !self.BTN_N.val();
        self.glue.drain_button.next = false;
        self.glue.retire_button.next = false;
        self.glue.rx_line.next = self.RX.val();
        self.glue.tx_line.next = self.ftsync.uart_tx.val();
        self.ftsync.rst.next = self.glue.rst.val();

        self.ftsync.uart_rx.next = self.RX.val();
        self.TX.next = self.ftsync.uart_tx.val();

        // No CE on the board: idle snoop, streams and CE events.
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

        self.LEDG_N.next = !self.glue.heartbeat.val();
        self.LEDR_N.next = !self.ftsync.irq.val();
        self.LED1.next = self.glue.rx_active.val();
        self.LED2.next = self.glue.tx_active.val();
        self.LED3.next = self.ftsync.ce_hold.val();
        self.LED4.next = !self.ftsync.snoop_ready.val();
        self.LED5.next = self.glue.rst.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn icebreaker_top_synthesizes() {
        let mut uut = IcebreakerTop::new();
        uut.connect_all();
        yosys_validate("ftsync_icebreaker_top", &generate_verilog(&uut)).unwrap();
    }
}
