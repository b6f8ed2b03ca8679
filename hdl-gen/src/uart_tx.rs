//! `uart_tx`: 8N1 serial transmitter for the UART bridge.
//!
//! A byte is taken with a valid/ready handshake and sent as a start bit, eight data bits LSB
//! first and a stop bit, each `clocks_per_bit` cycles long (the stop bit one cycle longer, the
//! handshake's). `ready` comes from a register, so the sender may compute `valid` from it.
//!
//! The line register holds the line inverted so that its power-up value (0) drives the idle
//! level: a transmitter that was never reset does not send a start bit at configuration.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct UartTx {
    pub clock: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    pub data: Signal<In, Bits<8>>,
    /// `data` is taken on the edge where `valid` and `ready` are both high.
    pub valid: Signal<In, Bit>,
    pub ready: Signal<Out, Bit>,
    /// The serial line, idle high, straight from a register.
    pub tx: Signal<Out, Bit>,

    bit_len: Constant<Bits<16>>,
    busy: DFF<Bit>,
    // Data bits not yet on the line, then the stop bit (a 1 shifted in behind them).
    shift: DFF<Bits<9>>,
    left: DFF<Bits<4>>,
    count: DFF<Bits<16>>,
    line_n: DFF<Bit>,

    framed: Signal<Local, Bits<9>>,
}

impl UartTx {
    /// `clocks_per_bit` = clock frequency / baud rate, rounded, 4..=65535 (as [`crate::uart_rx`]).
    pub fn new(clocks_per_bit: u32) -> Self {
        assert!(
            (crate::uart_rx::MIN_CLOCKS_PER_BIT..=0xFFFF).contains(&clocks_per_bit),
            "clocks_per_bit {clocks_per_bit} outside 4..=65535"
        );
        Self {
            clock: Default::default(),
            rst: Default::default(),
            data: Default::default(),
            valid: Default::default(),
            ready: Default::default(),
            tx: Default::default(),
            bit_len: Constant::new(u64::from(clocks_per_bit - 1).into()),
            busy: Default::default(),
            shift: Default::default(),
            left: Default::default(),
            count: Default::default(),
            line_n: Default::default(),
            framed: Default::default(),
        }
    }
}

impl Logic for UartTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, busy, shift, left, count, line_n);
        self.framed.next = bit_cast::<9, 8>(self.data.val()) | 256;
        if self.busy.q.val() {
            if self.count.q.val() != 0 {
                self.count.d.next = self.count.q.val() - 1;
            } else if self.left.q.val() == 0 {
                self.busy.d.next = false;
            } else {
                self.line_n.d.next = !self.shift.q.val().get_bit(0);
                self.shift.d.next = self.shift.q.val() >> 1;
                self.left.d.next = self.left.q.val() - 1;
                self.count.d.next = self.bit_len.val();
            }
        } else if self.valid.val() {
            // Start bit now; the nine bits after it leave from the shift register.
            self.line_n.d.next = true;
            self.shift.d.next = self.framed.val();
            self.left.d.next = 9.into();
            self.count.d.next = self.bit_len.val();
            self.busy.d.next = true;
        }
        if self.rst.val() {
            self.busy.d.next = false;
            self.line_n.d.next = false;
        }
        self.ready.next = !self.busy.q.val();
        self.tx.next = !self.line_n.q.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn uart_tx_synthesizes() {
        let mut uut = UartTx::new(217);
        uut.connect_all();
        yosys_validate("ftsync_uart_tx", &generate_verilog(&uut)).unwrap();
    }
}
