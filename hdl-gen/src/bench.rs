//! Drives a rust-hdl block cycle by cycle on the calling thread.
//!
//! rust-hdl's `Simulation` runs testbenches on threads and manages 13k–22k cycles/s; settling
//! the circuit directly with `update_all` is 5–10× faster, which keeps the block tests short.

use rust_hdl::core::prelude::*;
use std::ops::{Deref, DerefMut};

pub struct Bench<T: Block> {
    pub uut: T,
    clock: fn(&mut T) -> &mut Signal<In, Clock>,
    pub cycle: u64,
}

impl<T: Block> Bench<T> {
    /// `clock` selects the block's clock input.
    pub fn new(mut uut: T, clock: fn(&mut T) -> &mut Signal<In, Clock>) -> Self {
        uut.connect_all();
        let mut bench = Bench { uut, clock, cycle: 0 };
        bench.settle();
        bench
    }

    /// Propagate input changes through the combinational logic.
    pub fn settle(&mut self) {
        assert!(simulate(&mut self.uut, 10_000), "circuit did not settle (combinational loop?)");
    }

    /// One clock cycle with the inputs as currently set: settle, rising edge, settle, fall.
    /// Afterwards registered outputs show the new state.
    pub fn tick(&mut self) {
        self.settle();
        (self.clock)(&mut self.uut).next = true.into();
        self.settle();
        (self.clock)(&mut self.uut).next = false.into();
        self.settle();
        self.cycle += 1;
    }

    pub fn ticks(&mut self, n: u64) {
        for _ in 0..n {
            self.tick();
        }
    }
}

impl<T: Block> Deref for Bench<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.uut
    }
}

impl<T: Block> DerefMut for Bench<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.uut
    }
}

use crate::ftsync_core::FtsyncCore;

/// `ftsync_core` on a Wishbone master, driven only through its ports and regmap names —
/// the view an independent testbench has.
pub struct CoreBench<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize>
{
    pub b: Bench<FtsyncCore<B, W, S, SW, N, NP1>>,
}

/// Cycles a Wishbone transfer may wait for its acknowledge before the bench gives up.
const ACK_TIMEOUT: u64 = 1_000;

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize>
    CoreBench<B, W, S, SW, N, NP1>
{
    /// A core held in reset for two cycles, then released.
    pub fn new() -> Self {
        let mut b = Bench::new(FtsyncCore::<B, W, S, SW, N, NP1>::new(), |u| &mut u.clk);
        b.uut.rst.next = true;
        b.ticks(2);
        b.uut.rst.next = false;
        b.tick();
        CoreBench { b }
    }

    fn transfer(&mut self, addr: u32, write: Option<(u32, u8)>) -> u32 {
        let u = &mut self.b.uut;
        u.wb_cyc.next = true;
        u.wb_stb.next = true;
        u.wb_adr.next = u64::from(addr).into();
        u.wb_we.next = write.is_some();
        let (data, sel) = write.unwrap_or((0, 0xF));
        u.wb_dat_w.next = u64::from(data).into();
        u.wb_sel.next = u64::from(sel).into();
        let mut waited = 0;
        loop {
            self.b.tick();
            self.b.settle();
            if self.b.uut.wb_ack.val() {
                break;
            }
            waited += 1;
            assert!(waited < ACK_TIMEOUT, "no wb_ack for address {addr:#06x}");
        }
        let value = self.b.uut.wb_dat_r.val().to_u32();
        self.b.uut.wb_cyc.next = false;
        self.b.uut.wb_stb.next = false;
        self.b.uut.wb_we.next = false;
        self.b.tick();
        value
    }

    pub fn read_at(&mut self, addr: u32) -> u32 {
        self.transfer(addr, None)
    }

    pub fn write_at(&mut self, addr: u32, value: u32, sel: u8) {
        self.transfer(addr, Some((value, sel)));
    }

    /// Read a register by its regmap name.
    pub fn read(&mut self, name: &str) -> u32 {
        self.read_at(regmap::offset(name))
    }

    /// Write all four byte lanes of a register by its regmap name.
    pub fn write(&mut self, name: &str, value: u32) {
        self.write_at(regmap::offset(name), value, 0xF);
    }

    /// Value of `field` in `value` read from `register`.
    pub fn field(register: &str, field: &str, value: u32) -> u32 {
        let (_, f) = regmap::field(register, field).unwrap_or_else(|e| panic!("{e}"));
        f.get(value)
    }

    /// `value` placed in `field` of `register`.
    pub fn bits(register: &str, field: &str, value: u32) -> u32 {
        let (_, f) = regmap::field(register, field).unwrap_or_else(|e| panic!("{e}"));
        f.place(value)
    }

    /// Offer one snooped write and wait until the core takes it; returns the cycles waited.
    pub fn snoop(&mut self, addr: u64, len: u16) -> u64 {
        self.b.uut.snoop_valid.next = true;
        self.b.uut.snoop_addr.next = addr.into();
        self.b.uut.snoop_len.next = u64::from(len).into();
        let mut waited = 0;
        while !{
            self.b.settle();
            self.b.uut.snoop_ready.val()
        } {
            self.b.tick();
            waited += 1;
            assert!(waited < 1_000_000, "snoop_ready stuck low");
        }
        self.b.tick();
        self.b.uut.snoop_valid.next = false;
        waited
    }

    /// Poll a register field until it reads `want`; panics after `limit` reads.
    pub fn wait_field(&mut self, register: &str, field: &str, want: u32, limit: u32) {
        for _ in 0..limit {
            if Self::field(register, field, self.read(register)) == want {
                return;
            }
        }
        panic!("{register}.{field} did not become {want}");
    }
}

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize> Default
    for CoreBench<B, W, S, SW, N, NP1>
{
    fn default() -> Self {
        Self::new()
    }
}

/// `ftsync_core` in rust-hdl's simulator behind [`regbus::CorePorts`], so the driver, tests
/// and models written against the pins run on the RTL's own semantics (64-bit streams).
pub struct RtlPorts<const B: usize, const W: usize, const S: usize, const N: usize, const NP1: usize> {
    pub b: Bench<FtsyncCore<B, W, S, 64, N, NP1>>,
}

impl<const B: usize, const W: usize, const S: usize, const N: usize, const NP1: usize> RtlPorts<B, W, S, N, NP1> {
    pub fn new() -> Self {
        RtlPorts { b: Bench::new(FtsyncCore::new(), |u| &mut u.clk) }
    }

    fn apply(&mut self, i: &regbus::CoreInputs) {
        let u = &mut self.b.uut;
        u.rst.next = i.rst;
        u.wb_adr.next = u64::from(i.wb_adr).into();
        u.wb_dat_w.next = u64::from(i.wb_dat_w).into();
        u.wb_sel.next = u64::from(i.wb_sel & 0xF).into();
        u.wb_we.next = i.wb_we;
        u.wb_cyc.next = i.wb_cyc;
        u.wb_stb.next = i.wb_stb;
        u.snoop_valid.next = i.snoop_valid;
        u.snoop_addr.next = (i.snoop_addr & ((1 << 48) - 1)).into();
        u.snoop_len.next = u64::from(i.snoop_len).into();
        u.ce_retire.next = i.ce_retire;
        u.ce_drain.next = i.ce_drain;
        u.a_valid.next = i.a_valid;
        u.a_data.next = i.a_data.into();
        u.a_last.next = i.a_last;
        u.b_valid.next = i.b_valid;
        u.b_data.next = i.b_data.into();
        u.b_last.next = i.b_last;
        u.o_ready.next = i.o_ready;
    }

    fn read(&self) -> regbus::CoreOutputs {
        let u = &self.b.uut;
        regbus::CoreOutputs {
            wb_dat_r: u.wb_dat_r.val().to_u32(),
            wb_ack: u.wb_ack.val(),
            snoop_ready: u.snoop_ready.val(),
            ce_hold: u.ce_hold.val(),
            a_ready: u.a_ready.val(),
            b_ready: u.b_ready.val(),
            o_valid: u.o_valid.val(),
            o_data: u.o_data.val().to_u64(),
            o_last: u.o_last.val(),
            irq: u.irq.val(),
        }
    }
}

impl<const B: usize, const W: usize, const S: usize, const N: usize, const NP1: usize> Default
    for RtlPorts<B, W, S, N, NP1>
{
    fn default() -> Self {
        Self::new()
    }
}

impl<const B: usize, const W: usize, const S: usize, const N: usize, const NP1: usize> regbus::CorePorts
    for RtlPorts<B, W, S, N, NP1>
{
    fn eval(&mut self, inputs: &regbus::CoreInputs) -> regbus::CoreOutputs {
        self.apply(inputs);
        self.b.settle();
        self.read()
    }

    fn tick(&mut self, inputs: &regbus::CoreInputs) -> regbus::CoreOutputs {
        self.apply(inputs);
        self.b.tick();
        self.read()
    }

    fn cycles(&self) -> u64 {
        self.b.cycle
    }
}
