//! `uart_rx`: 8N1 serial receiver for the UART bridge.
//!
//! The line passes a two-flop synchronizer (it is asynchronous to `clock`), a start bit is
//! confirmed half a bit after its falling edge (a shorter low pulse is a glitch and ignored),
//! and each following bit is sampled one bit time later, in its middle: the last sample drifts
//! by half a bit only after 9.5 bits, so a few percent of baud-rate mismatch (less the
//! synchronizer's and the divider's rounding) still samples every bit. A low stop bit (a framing error, or a break)
//! is reported and the receiver then waits for the line to go high again, so a held break
//! counts once instead of as a string of zero bytes.
//!
//! The synchronizer holds the line inverted so that its power-up value (0) means "idle": a
//! receiver that was never reset does not see a start bit at configuration.

use rust_hdl::prelude::*;

/// `clocks_per_bit` below this leaves no middle to sample in.
pub const MIN_CLOCKS_PER_BIT: u32 = 4;

#[derive(LogicBlock)]
pub struct UartRx {
    pub clock: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    /// The serial line, idle high; asynchronous.
    pub rx: Signal<In, Bit>,
    /// The last byte received; valid in the cycle of `valid` and until the next start bit.
    pub data: Signal<Out, Bits<8>>,
    /// One-cycle pulse: `data` holds a byte whose stop bit was high.
    pub valid: Signal<Out, Bit>,
    /// One-cycle pulse: a character ended with a low stop bit; its byte is discarded.
    pub frame_error: Signal<Out, Bit>,

    bit_len: Constant<Bits<16>>,
    half_len: Constant<Bits<16>>,
    sync1_n: DFF<Bit>,
    sync2_n: DFF<Bit>,
    // 0 idle, 1 start bit, 2 data bits, 3 stop bit, 4 wait for the line to go high.
    state: DFF<Bits<3>>,
    count: DFF<Bits<16>>,
    nbit: DFF<Bits<3>>,
    shift: DFF<Bits<8>>,
    r_valid: DFF<Bit>,
    r_ferr: DFF<Bit>,

    line: Signal<Local, Bit>,
    shifted: Signal<Local, Bits<8>>,
}

impl UartRx {
    /// `clocks_per_bit` = clock frequency / baud rate, rounded, 4..=65535.
    pub fn new(clocks_per_bit: u32) -> Self {
        assert!(
            (MIN_CLOCKS_PER_BIT..=0xFFFF).contains(&clocks_per_bit),
            "clocks_per_bit {clocks_per_bit} outside 4..=65535"
        );
        Self {
            clock: Default::default(),
            rst: Default::default(),
            rx: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            frame_error: Default::default(),
            // Counters run from these down to 0, hence the - 1.
            bit_len: Constant::new(u64::from(clocks_per_bit - 1).into()),
            half_len: Constant::new(u64::from(clocks_per_bit / 2 - 1).into()),
            sync1_n: Default::default(),
            sync2_n: Default::default(),
            state: Default::default(),
            count: Default::default(),
            nbit: Default::default(),
            shift: Default::default(),
            r_valid: Default::default(),
            r_ferr: Default::default(),
            line: Default::default(),
            shifted: Default::default(),
        }
    }
}

impl Logic for UartRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, sync1_n, sync2_n, state, count, nbit, shift, r_valid, r_ferr);
        self.sync1_n.d.next = !self.rx.val();
        self.sync2_n.d.next = self.sync1_n.q.val();
        self.line.next = !self.sync2_n.q.val();
        self.r_valid.d.next = false;
        self.r_ferr.d.next = false;
        self.shifted.next = self.shift.q.val() >> 1;
        if self.count.q.val() != 0 {
            self.count.d.next = self.count.q.val() - 1;
        }
        match self.state.q.val().index() {
            0 => {
                if !self.line.val() {
                    self.count.d.next = self.half_len.val();
                    self.state.d.next = 1.into();
                }
            }
            1 => {
                if self.count.q.val() == 0 {
                    if self.line.val() {
                        self.state.d.next = 0.into();
                    } else {
                        self.count.d.next = self.bit_len.val();
                        self.nbit.d.next = 0.into();
                        self.state.d.next = 2.into();
                    }
                }
            }
            2 => {
                if self.count.q.val() == 0 {
                    // LSB first.
                    self.shift.d.next = self.shifted.val().replace_bit(7, self.line.val());
                    self.count.d.next = self.bit_len.val();
                    self.nbit.d.next = self.nbit.q.val() + 1;
                    if self.nbit.q.val() == 7 {
                        self.state.d.next = 3.into();
                    }
                }
            }
            3 => {
                if self.count.q.val() == 0 {
                    if self.line.val() {
                        // Back to idle in the middle of the stop bit, so a start bit that
                        // follows at once is seen from its first cycle.
                        self.r_valid.d.next = true;
                        self.state.d.next = 0.into();
                    } else {
                        self.r_ferr.d.next = true;
                        self.state.d.next = 4.into();
                    }
                }
            }
            _ => {
                if self.line.val() {
                    self.state.d.next = 0.into();
                }
            }
        }
        if self.rst.val() {
            self.state.d.next = 0.into();
            self.count.d.next = 0.into();
            self.r_valid.d.next = false;
            self.r_ferr.d.next = false;
        }
        self.data.next = self.shift.q.val();
        self.valid.next = self.r_valid.q.val();
        self.frame_error.next = self.r_ferr.q.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn uart_rx_synthesizes() {
        let mut uut = UartRx::new(217);
        uut.connect_all();
        yosys_validate("ftsync_uart_rx", &generate_verilog(&uut)).unwrap();
    }
}
