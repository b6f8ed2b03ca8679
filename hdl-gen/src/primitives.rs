//! Memory primitives with explicit Verilog, as rust-hdl's own `RAM` is written.
//!
//! rust-hdl's `RAM` leaves its memory uninitialised in Verilog (X in event simulators), and the
//! write tracker relies on its banks starting at zero, so these declare zero contents in an
//! `initial` loop, which FPGA block RAM honours at configuration.

use rust_hdl::prelude::*;

/// Single-clock RAM with a registered read port (maps to block RAM), zero at configuration.
/// A read and a write of one address on the same edge leave the read word undefined in the
/// FPGA (`no_rw_check`; simulation returns the old word): issue 5, yosys otherwise emulates
/// the old word with 72 flip-flops and 40 LUTs per 32-bit RAM. Users never read a word on
/// the edge it is written, or forward the write.
#[derive(LogicBlock)]
pub struct BlockRam<D: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<N>>,
    pub read_data: Signal<Out, D>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, Bit>,
    _mem: Box<Vec<D>>,
}

impl<D: Synth, const N: usize> BlockRam<D, N> {
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _mem: Box::new(vec![D::default(); 1 << N]),
        }
    }
}

impl<D: Synth, const N: usize> Default for BlockRam<D, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<D: Synth, const N: usize> Logic for BlockRam<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() {
            self.read_data.next = self._mem[self.read_address.val().index()];
            if self.write_enable.val() {
                self._mem[self.write_address.val().index()] = self.write_data.val();
            }
        }
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
(* no_rw_check *)
reg [{dmsb}:0] mem [0:{last}];
integer i;
initial begin
    for (i = 0; i <= {last}; i = i + 1) mem[i] = {dw}'d0;
end

always @(posedge clock) begin
    read_data <= mem[read_address];
    if (write_enable) begin
        mem[write_address] <= write_data;
    end
end
",
            dmsb = D::BITS - 1,
            dw = D::BITS,
            last = (1usize << N) - 1,
        ))
    }

    fn timing(&self) -> Vec<TimingInfo> {
        vec![TimingInfo {
            name: "block_ram".into(),
            clock: "clock".into(),
            inputs: vec!["read_address".into(), "write_address".into(), "write_data".into(), "write_enable".into()],
            outputs: vec!["read_data".into()],
        }]
    }
}

/// Single-clock RAM with a combinational read port (maps to LUT / distributed RAM), zero at
/// configuration. Used for the comparator's skew FIFOs, whose head must be visible at once.
#[derive(LogicBlock)]
pub struct LutRam<D: Synth, const N: usize> {
    pub clock: Signal<In, Clock>,
    pub read_address: Signal<In, Bits<N>>,
    pub read_data: Signal<Out, D>,
    pub write_address: Signal<In, Bits<N>>,
    pub write_data: Signal<In, D>,
    pub write_enable: Signal<In, Bit>,
    _mem: Box<Vec<D>>,
}

impl<D: Synth, const N: usize> LutRam<D, N> {
    pub fn new() -> Self {
        Self {
            clock: Default::default(),
            read_address: Default::default(),
            read_data: Default::default(),
            write_address: Default::default(),
            write_data: Default::default(),
            write_enable: Default::default(),
            _mem: Box::new(vec![D::default(); 1 << N]),
        }
    }
}

impl<D: Synth, const N: usize> Default for LutRam<D, N> {
    fn default() -> Self {
        Self::new()
    }
}

impl<D: Synth, const N: usize> Logic for LutRam<D, N> {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.write_enable.val() {
            self._mem[self.write_address.val().index()] = self.write_data.val();
        }
        self.read_data.next = self._mem[self.read_address.val().index()];
    }

    fn connect(&mut self) {
        self.read_data.connect();
    }

    fn hdl(&self) -> Verilog {
        Verilog::Custom(format!(
            "\
reg [{dmsb}:0] mem [0:{last}];
integer i;
initial begin
    for (i = 0; i <= {last}; i = i + 1) mem[i] = {dw}'d0;
end

always @(*) read_data = mem[read_address];

always @(posedge clock) begin
    if (write_enable) begin
        mem[write_address] <= write_data;
    end
end
",
            dmsb = D::BITS - 1,
            dw = D::BITS,
            last = (1usize << N) - 1,
        ))
    }
}
