//! `board_glue`: what every board top puts around `ftsync_uart_top` — the power-on reset, the
//! buttons and the status LEDs. The board files only map these to their pins and polarities.
//!
//! - **Reset**: FPGA flip-flops start at 0 after configuration (rust-hdl's `initial` values,
//!   honoured by ECP5 and iCE40), so a counter that starts at 0 holds `rst` high for the first
//!   [`POR_CYCLES`] clocks and releases it synchronously. The reset button passes a two-flop
//!   synchronizer (it is asynchronous) and restarts the count while held.
//! - **Buttons** for CE events (a board has no CE attached): sampled every 2^16 clocks
//!   (2.6 ms at 25 MHz, 5.5 ms at 12 MHz, longer than a contact bounces), pressed when two
//!   samples in a row agree, and one press gives a single-cycle pulse.
//! - **LEDs**: `heartbeat` toggles every half second (the bitstream runs and the clock ticks);
//!   `rx_active` / `tx_active` light for 50 ms after the serial line was low (a start bit), so
//!   each frame blinks; `button_active` for 50 ms after a button pulse.
//!
//! The clock frequency is a generation parameter ([`BoardGlue::new`]).

use rust_hdl::prelude::*;

/// Clocks `rst` stays high after configuration or after the reset button is released.
pub const POR_CYCLES: u32 = 15;

#[derive(LogicBlock)]
pub struct BoardGlue {
    pub clock: Signal<In, Clock>,
    /// Reset button, active high, asynchronous.
    pub reset_button: Signal<In, Bit>,
    /// Buttons that end the epoch (`ce_drain`) and retire one instruction (`ce_retire`),
    /// active high, asynchronous.
    pub drain_button: Signal<In, Bit>,
    pub retire_button: Signal<In, Bit>,
    /// The serial lines as they are on the pins (idle high).
    pub rx_line: Signal<In, Bit>,
    pub tx_line: Signal<In, Bit>,

    /// Synchronous reset for the design, high after configuration and while the button is held.
    pub rst: Signal<Out, Bit>,
    /// Single-cycle pulses, one per press.
    pub ce_drain: Signal<Out, Bit>,
    pub ce_retire: Signal<Out, Bit>,
    pub heartbeat: Signal<Out, Bit>,
    pub rx_active: Signal<Out, Bit>,
    pub tx_active: Signal<Out, Bit>,
    pub button_active: Signal<Out, Bit>,

    half_second: Constant<Bits<24>>,
    blink: Constant<Bits<24>>,
    por_end: Constant<Bits<4>>,

    reset_sync1: DFF<Bit>,
    reset_sync2: DFF<Bit>,
    por: DFF<Bits<4>>,
    beat_count: DFF<Bits<24>>,
    beat: DFF<Bit>,
    sample_count: DFF<Bits<16>>,
    drain_sync1: DFF<Bit>,
    drain_sync2: DFF<Bit>,
    retire_sync1: DFF<Bit>,
    retire_sync2: DFF<Bit>,
    /// The last sample and the one before it.
    drain_sample: DFF<Bit>,
    drain_before: DFF<Bit>,
    retire_sample: DFF<Bit>,
    retire_before: DFF<Bit>,
    drain_pulse: DFF<Bit>,
    retire_pulse: DFF<Bit>,
    rx_sync1: DFF<Bit>,
    rx_sync2: DFF<Bit>,
    rx_stretch: DFF<Bits<24>>,
    tx_stretch: DFF<Bits<24>>,
    button_stretch: DFF<Bits<24>>,

    sample: Signal<Local, Bit>,
}

impl BoardGlue {
    /// Glue for a `clock_hz` clock (at most 33 MHz: the half-second count has 24 bits).
    pub fn new(clock_hz: u32) -> Self {
        assert!((1_000..(1 << 25)).contains(&clock_hz), "clock {clock_hz} Hz outside 1 kHz..33 MHz");
        Self {
            clock: Default::default(),
            reset_button: Default::default(),
            drain_button: Default::default(),
            retire_button: Default::default(),
            rx_line: Default::default(),
            tx_line: Default::default(),
            rst: Default::default(),
            ce_drain: Default::default(),
            ce_retire: Default::default(),
            heartbeat: Default::default(),
            rx_active: Default::default(),
            tx_active: Default::default(),
            button_active: Default::default(),
            half_second: Constant::new(u64::from(clock_hz / 2 - 1).into()),
            blink: Constant::new(u64::from(clock_hz / 20).into()),
            por_end: Constant::new(u64::from(POR_CYCLES).into()),
            reset_sync1: Default::default(),
            reset_sync2: Default::default(),
            por: Default::default(),
            beat_count: Default::default(),
            beat: Default::default(),
            sample_count: Default::default(),
            drain_sync1: Default::default(),
            drain_sync2: Default::default(),
            retire_sync1: Default::default(),
            retire_sync2: Default::default(),
            drain_sample: Default::default(),
            drain_before: Default::default(),
            retire_sample: Default::default(),
            retire_before: Default::default(),
            drain_pulse: Default::default(),
            retire_pulse: Default::default(),
            rx_sync1: Default::default(),
            rx_sync2: Default::default(),
            rx_stretch: Default::default(),
            tx_stretch: Default::default(),
            button_stretch: Default::default(),
            sample: Default::default(),
        }
    }
}

impl Logic for BoardGlue {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            reset_sync1,
            reset_sync2,
            por,
            beat_count,
            beat,
            sample_count,
            drain_sync1,
            drain_sync2,
            retire_sync1,
            retire_sync2,
            drain_sample,
            drain_before,
            retire_sample,
            retire_before,
            drain_pulse,
            retire_pulse,
            rx_sync1,
            rx_sync2,
            rx_stretch,
            tx_stretch,
            button_stretch
        );
        // ---- Power-on reset.
        self.reset_sync1.d.next = self.reset_button.val();
        self.reset_sync2.d.next = self.reset_sync1.q.val();
        if self.reset_sync2.q.val() {
            self.por.d.next = 0.into();
        } else if self.por.q.val() != self.por_end.val() {
            self.por.d.next = self.por.q.val() + 1;
        }
        self.rst.next = self.por.q.val() != self.por_end.val();

        // ---- Heartbeat.
        if self.beat_count.q.val() == self.half_second.val() {
            self.beat_count.d.next = 0.into();
            self.beat.d.next = !self.beat.q.val();
        } else {
            self.beat_count.d.next = self.beat_count.q.val() + 1;
        }
        self.heartbeat.next = self.beat.q.val();

        // ---- Buttons: synchronize, sample slowly, pulse on the press.
        self.drain_sync1.d.next = self.drain_button.val();
        self.drain_sync2.d.next = self.drain_sync1.q.val();
        self.retire_sync1.d.next = self.retire_button.val();
        self.retire_sync2.d.next = self.retire_sync1.q.val();
        self.sample_count.d.next = self.sample_count.q.val() + 1;
        self.sample.next = self.sample_count.q.val() == 0;
        self.drain_pulse.d.next = false;
        self.retire_pulse.d.next = false;
        if self.sample.val() {
            self.drain_sample.d.next = self.drain_sync2.q.val();
            self.drain_before.d.next = self.drain_sample.q.val();
            self.retire_sample.d.next = self.retire_sync2.q.val();
            self.retire_before.d.next = self.retire_sample.q.val();
            // Two pressed samples after a released one: the press, once.
            self.drain_pulse.d.next = self.drain_sync2.q.val() & self.drain_sample.q.val() & !self.drain_before.q.val();
            self.retire_pulse.d.next =
                self.retire_sync2.q.val() & self.retire_sample.q.val() & !self.retire_before.q.val();
        }
        self.ce_drain.next = self.drain_pulse.q.val();
        self.ce_retire.next = self.retire_pulse.q.val();

        // ---- Activity LEDs: restart the stretch while the line is low.
        self.rx_sync1.d.next = self.rx_line.val();
        self.rx_sync2.d.next = self.rx_sync1.q.val();
        if !self.rx_sync2.q.val() {
            self.rx_stretch.d.next = self.blink.val();
        } else if self.rx_stretch.q.val() != 0 {
            self.rx_stretch.d.next = self.rx_stretch.q.val() - 1;
        }
        // tx comes from a flip-flop of this clock domain: no synchronizer.
        if !self.tx_line.val() {
            self.tx_stretch.d.next = self.blink.val();
        } else if self.tx_stretch.q.val() != 0 {
            self.tx_stretch.d.next = self.tx_stretch.q.val() - 1;
        }
        if self.drain_pulse.q.val() | self.retire_pulse.q.val() {
            self.button_stretch.d.next = self.blink.val();
        } else if self.button_stretch.q.val() != 0 {
            self.button_stretch.d.next = self.button_stretch.q.val() - 1;
        }
        self.rx_active.next = self.rx_stretch.q.val() != 0;
        self.tx_active.next = self.tx_stretch.q.val() != 0;
        self.button_active.next = self.button_stretch.q.val() != 0;
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn board_glue_synthesizes() {
        let mut uut = BoardGlue::new(25_000_000);
        uut.connect_all();
        yosys_validate("ftsync_board_glue", &generate_verilog(&uut)).unwrap();
    }
}
