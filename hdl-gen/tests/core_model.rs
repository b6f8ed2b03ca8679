//! `block_model::core::CoreModel` against the RTL (`ftsync_core` in rust-hdl's simulator), in
//! lock step at the pins: the same `CoreInputs` into both on every cycle, and the same
//! `CoreOutputs` out of both on every cycle — stale `o_data` and read data included.
//!
//! A small core (2048-bit bitmap, 8-word FIFOs) keeps the RTL quick. Three kinds of test:
//! scenarios through two `PortDriver`s whose every cycle is recorded and compared; seeded
//! random pin-level runs; and `idle(n)` against `n` ticks (model against itself, and the model's
//! bulk idle against the RTL's ticks).

use block_model::core::CoreModel;
use hdl_gen::bench::RtlPorts;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use regbus::{CoreInputs, CoreOutputs, CorePorts, PortDriver, RegisterBus, StreamSide};
use regmap::{registers, RegKind};

type Rtl = RtlPorts<11, 6, 1, 3, 4>;
const CAP_LOG2: u32 = 11;
const FIFO_LOG2: u32 = 3;

fn model() -> CoreModel {
    CoreModel::new(CAP_LOG2, FIFO_LOG2)
}

fn off(name: &str) -> u32 {
    regmap::offset(name)
}

/// `value` placed in `field` of `register`.
fn f(register: &str, field: &str, value: u32) -> u32 {
    let (_, fl) = regmap::field(register, field).unwrap_or_else(|e| panic!("{e}"));
    (value & regmap::low_mask(fl.width)) << fl.lsb
}

// ---------------------------------------------------------------------------------------------
// Recording both cores' pins.

/// One call on the pins: inputs and the outputs they produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pins {
    Eval(CoreInputs, CoreOutputs),
    Tick(CoreInputs, CoreOutputs),
    /// `idle(inputs, n)`: the RTL ticks `n` times, the model may skip in bulk.
    Idle(CoreInputs, u64, CoreOutputs),
}

/// A core whose every call on its pins is recorded.
struct Traced<P: CorePorts> {
    inner: P,
    trace: Vec<Pins>,
}

impl<P: CorePorts> Traced<P> {
    fn new(inner: P) -> Self {
        Traced { inner, trace: Vec::new() }
    }
}

impl<P: CorePorts> CorePorts for Traced<P> {
    fn eval(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        let o = self.inner.eval(inputs);
        self.trace.push(Pins::Eval(*inputs, o));
        o
    }
    fn tick(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        let o = self.inner.tick(inputs);
        self.trace.push(Pins::Tick(*inputs, o));
        o
    }
    fn cycles(&self) -> u64 {
        self.inner.cycles()
    }
    fn idle(&mut self, inputs: &CoreInputs, n: u64) -> CoreOutputs {
        let o = self.inner.idle(inputs, n);
        self.trace.push(Pins::Idle(*inputs, n, o));
        o
    }
}

/// Runs `scenario` on the RTL and on the model through one `PortDriver` each and requires the
/// two pin traces to be identical, call by call; returns the cycles run.
fn lock_step<R: PartialEq + std::fmt::Debug>(name: &str, scenario: impl Fn(&mut dyn Bus) -> R) -> u64 {
    let mut rtl = PortDriver::new(Traced::new(Rtl::new()));
    let mut mdl = PortDriver::new(Traced::new(model()));
    let r_rtl = scenario(&mut rtl);
    let r_mdl = scenario(&mut mdl);
    let cycles = rtl.cycles();
    let (t_rtl, t_mdl) = (rtl.into_ports().trace, mdl.into_ports().trace);
    let mut cycle = 0u64;
    for (k, (a, b)) in t_rtl.iter().zip(&t_mdl).enumerate() {
        assert!(
            a == b,
            "{name}: first difference at call {k}, cycle {cycle}\n  rtl:   {a:?}\n  model: {b:?}\n  before: {:?}",
            &t_rtl[k.saturating_sub(4)..k]
        );
        cycle += match a {
            Pins::Eval(..) => 0,
            Pins::Tick(..) => 1,
            Pins::Idle(_, n, _) => *n,
        };
    }
    assert_eq!(t_rtl.len(), t_mdl.len(), "{name}: traces differ in length");
    assert_eq!(r_rtl, r_mdl, "{name}: scenario results differ");
    assert_eq!(cycles, cycle);
    eprintln!("{name}: {cycles} cycles, {} pin calls in lock step", t_rtl.len());
    cycles
}

/// What a scenario needs of a driver, so one closure runs on both cores.
trait Bus {
    fn rd(&mut self, addr: u32) -> u32;
    fn wr(&mut self, addr: u32, value: u32);
    fn wr_lanes(&mut self, addr: u32, value: u32, sel: u8);
    fn d(&mut self) -> &mut dyn DriverOps;
}

/// The non-bus part of `PortDriver`, object-safe.
trait DriverOps {
    fn reset(&mut self);
    fn ticks(&mut self, n: u64);
    fn idle(&mut self, n: u64);
    fn queue_snoop(&mut self, addr: u64, len: u16);
    fn snoop(&mut self, addr: u64, len: u16) -> u64;
    fn snoops_pending(&self) -> usize;
    fn queue_word(&mut self, side: StreamSide, data: u64, last: bool);
    fn words_pending(&self, side: StreamSide) -> usize;
    fn take_received(&mut self) -> Vec<(u64, bool)>;
    fn set_stall(&mut self, side: StreamSide, stalled: bool);
    fn set_o_ready(&mut self, ready: bool);
    fn set_ce_running(&mut self, running: bool);
    fn retired(&self) -> u64;
    fn drain(&mut self);
    fn outputs(&self) -> CoreOutputs;
}

impl<P: CorePorts> DriverOps for PortDriver<P> {
    fn reset(&mut self) {
        PortDriver::reset(self)
    }
    fn ticks(&mut self, n: u64) {
        PortDriver::ticks(self, n)
    }
    fn idle(&mut self, n: u64) {
        PortDriver::idle(self, n)
    }
    fn queue_snoop(&mut self, addr: u64, len: u16) {
        PortDriver::queue_snoop(self, addr, len)
    }
    fn snoop(&mut self, addr: u64, len: u16) -> u64 {
        PortDriver::snoop(self, addr, len)
    }
    fn snoops_pending(&self) -> usize {
        PortDriver::snoops_pending(self)
    }
    fn queue_word(&mut self, side: StreamSide, data: u64, last: bool) {
        PortDriver::queue_word(self, side, data, last)
    }
    fn words_pending(&self, side: StreamSide) -> usize {
        PortDriver::words_pending(self, side)
    }
    fn take_received(&mut self) -> Vec<(u64, bool)> {
        PortDriver::take_received(self)
    }
    fn set_stall(&mut self, side: StreamSide, stalled: bool) {
        match side {
            StreamSide::A => self.stall_a = stalled,
            StreamSide::B => self.stall_b = stalled,
        }
    }
    fn set_o_ready(&mut self, ready: bool) {
        self.o_ready = ready;
    }
    fn set_ce_running(&mut self, running: bool) {
        self.ce_running = running;
    }
    fn retired(&self) -> u64 {
        PortDriver::retired(self)
    }
    fn drain(&mut self) {
        PortDriver::drain(self)
    }
    fn outputs(&self) -> CoreOutputs {
        PortDriver::outputs(self)
    }
}

impl<P: CorePorts> Bus for PortDriver<P> {
    // A bus error is a result like any other: the traces show where the cores parted.
    fn rd(&mut self, addr: u32) -> u32 {
        self.read32(addr).unwrap_or(0xBAD0_BAD0)
    }
    fn wr(&mut self, addr: u32, value: u32) {
        let _ = self.write32(addr, value);
    }
    fn wr_lanes(&mut self, addr: u32, value: u32, sel: u8) {
        let _ = self.write_lanes(addr, value, sel);
    }
    fn d(&mut self) -> &mut dyn DriverOps {
        self
    }
}

/// Every single register, in map order.
fn read_all(b: &mut dyn Bus) -> Vec<u32> {
    registers().iter().filter(|r| matches!(r.reg.kind, RegKind::Single)).map(|r| b.rd(r.offset)).collect()
}

/// The whole frozen bank through the windows, plus a word past each window's capacity.
fn harvest(b: &mut dyn Bus) -> Vec<u32> {
    let (summary, bitmap) = (off("TRACK_SUMMARY"), off("TRACK_BITMAP"));
    let words = 1u32 << (CAP_LOG2 - 5);
    let mut out: Vec<u32> = (0..=(words >> 5)).map(|j| b.rd(summary + 4 * j)).collect();
    out.extend((0..=words).map(|w| b.rd(bitmap + 4 * w)));
    out
}

// ---------------------------------------------------------------------------------------------
// (a) Scenarios through the shared driver.

#[test]
fn registers_lanes_warl_and_holes_in_lock_step() {
    let cycles = lock_step("registers", |b| {
        let mut seen = Vec::new();
        // Power-up state, before any reset, then the documented reset values.
        seen.push(b.rd(off("TRACK_SHIFT")));
        seen.push(b.rd(off("TRACK_LIMIT")));
        b.d().reset();
        seen.extend(read_all(b));
        // Every register: all ones, then a byte-lane pattern, then zero; side effects included.
        for r in registers().iter().filter(|r| !r.is_window()) {
            b.wr(r.offset, u32::MAX);
            seen.extend(read_all(b));
            b.wr_lanes(r.offset, 0xA5C3_5A3C, 0b0101);
            seen.push(b.rd(r.offset));
            b.wr_lanes(r.offset + 3, 0x1234_5678, 0b1010);
            seen.push(b.rd(r.offset + 1));
            b.wr_lanes(r.offset, 0, 0);
            seen.push(b.rd(r.offset));
            b.wr(r.offset, 0);
            seen.push(b.rd(r.offset));
        }
        seen.extend(read_all(b));
        b.d().reset();
        // WARL in every lane combination, holes, sub-word addresses, window edges.
        for v in [0, 3, 9, 10, 17, 30, 31, 0xFFFF_FF11] {
            b.wr(off("TRACK_SHIFT"), v);
            seen.push(b.rd(off("TRACK_SHIFT")));
            b.wr_lanes(off("TRACK_SHIFT"), v, 0b1110);
            seen.push(b.rd(off("TRACK_SHIFT")));
        }
        let hole = off("INTR_TEST") + 4;
        b.wr(hole, u32::MAX);
        for a in [hole, 0x3FFC, 0x00FC, 0x0400, 0x7FFC, 0xFFFC, 0x43FC, 0x4400, off("SCRATCH") + 2] {
            seen.push(b.rd(a));
        }
        seen.extend(read_all(b));
        seen
    });
    assert!(cycles > 1000);
}

#[test]
fn interrupts_in_lock_step() {
    lock_step("interrupts", |b| {
        let mut seen = Vec::new();
        b.d().reset();
        b.wr(off("INTR_TEST"), 0xF);
        seen.push(b.rd(off("INTR_STATE")));
        for bit in 0..4 {
            b.wr(off("INTR_ENABLE"), 1 << bit);
            seen.push(b.d().outputs().irq as u32);
            b.wr_lanes(off("INTR_STATE"), 1 << bit, 0b0001);
            seen.push(b.rd(off("INTR_STATE")));
            seen.push(b.d().outputs().irq as u32);
        }
        b.wr(off("INTR_TEST"), 0b0101);
        b.wr(off("INTR_STATE"), 0);
        seen.push(b.rd(off("INTR_STATE")));
        b.wr(off("INTR_STATE"), 0xF);
        seen.push(b.rd(off("INTR_STATE")));
        // An epoch ends every 7 cycles; at one of these phases the end coincides with the
        // write-1-to-clear, and the set wins.
        b.wr(off("EPOCH_LOAD"), 7);
        b.wr(
            off("EPOCH_CTRL"),
            f("EPOCH_CTRL", "EN", 1) | f("EPOCH_CTRL", "AUTO_RELOAD", 1) | f("EPOCH_CTRL", "SRC", 2),
        );
        // (Each round takes 5 cycles, so 7 rounds meet every phase.)
        for _ in 0..7 {
            b.d().ticks(1);
            b.wr(off("INTR_STATE"), 0xF);
            seen.push(b.rd(off("INTR_STATE")));
            seen.push(b.d().outputs().irq as u32);
        }
        seen
    });
}

#[test]
fn tracker_snoops_snapshot_clear_and_sweep_in_lock_step() {
    lock_step("tracker", |b| {
        let mut seen = Vec::new();
        b.d().reset();
        let base = 0x0000_0123_4000_0000_u64;
        b.wr(off("TRACK_BASE_LO"), base as u32);
        b.wr(off("TRACK_BASE_HI"), (base >> 32) as u32);
        b.wr(off("TRACK_SHIFT"), 12);
        b.wr(off("TRACK_LIMIT"), 1500);
        b.wr(off("INTR_ENABLE"), f("INTR_ENABLE", "TRACK_SNAP_DONE", 1));
        // Ignored while EN is 0 (but still acknowledged by snoop_ready).
        b.d().snoop(base, 4);
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1));
        // Singles, same word back to back, bursts across blocks and words, partial overlaps,
        // outside, zero length, and a write running past 2^48.
        for blk in [0u64, 1, 2, 31, 32, 33, 1499, 5, 5, 6] {
            b.d().queue_snoop(base + blk * 4096 + 8, 8);
        }
        b.d().queue_snoop(base + 30 * 4096 + 4000, 9000); // blocks 30..=33
        b.d().queue_snoop(base + 60 * 4096, 15 * 4096); // 15 blocks: a long stall
        b.d().queue_snoop(base - 100, 200); // straddles the base
        b.d().queue_snoop(base + 1498 * 4096, 3 * 4096); // straddles the limit
        b.d().queue_snoop(base + 1500 * 4096, 1); // past the limit
        b.d().queue_snoop(base - 1, 1); // below
        b.d().queue_snoop(base + 700 * 4096, 0); // zero length is one byte
        b.d().queue_snoop((1 << 48) - 8, 0xFFFF); // saturates at 2^48
        seen.push(b.rd(off("TRACK_STATUS")));
        while b.d().snoops_pending() > 0 {
            seen.push(b.rd(off("TRACK_STALL_CYCLES")));
        }
        // Snapshot with writes still queued and in the pipeline: they split at the swap.
        for blk in 100..120u64 {
            b.d().queue_snoop(base + blk * 4096, 4);
        }
        b.d().ticks(10);
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
        // A window read while the swap drains waits for the read port.
        seen.push(b.rd(off("TRACK_BITMAP")));
        seen.push(b.rd(off("TRACK_STATUS")));
        b.d().ticks(20);
        seen.extend(read_all(b));
        seen.extend(harvest(b));
        // A window read racing the drain's last write into the same word: the RAM returns the
        // word before that write. Each delay moves the write against the read by a cycle.
        for delay in 0..6u64 {
            b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "CLEAR", 1));
            b.d().idle(150);
            let blk = 200 + 40 * delay;
            b.d().queue_snoop(base + blk * 4096, 4);
            b.d().ticks(delay);
            b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
            let word = off("TRACK_BITMAP") + 4 * (blk as u32 / 32);
            seen.push(b.rd(word));
            seen.push(b.rd(word));
            seen.push(b.rd(off("TRACK_SUMMARY")));
        }
        // Refused while the frozen bank holds bits; RW1C clear; CLEAR in the background with
        // traffic going on; reconfiguration while writes are in flight.
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
        seen.push(b.rd(off("TRACK_STATUS")));
        b.wr(off("TRACK_STATUS"), f("TRACK_STATUS", "SNAP_REFUSED", 1));
        seen.push(b.rd(off("TRACK_STATUS")));
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "CLEAR", 1));
        for blk in 0..30u64 {
            b.d().queue_snoop(base + blk * 1000, 1);
        }
        b.wr(off("TRACK_SHIFT"), 10);
        b.wr(off("TRACK_BASE_LO"), (base as u32).wrapping_add(0x1000));
        for _ in 0..8 {
            seen.push(b.rd(off("TRACK_STATUS")));
            seen.push(b.rd(off("TRACK_SUMMARY")));
        }
        b.d().idle(100);
        seen.extend(read_all(b));
        // Snapshot and clear asked together; then a SNAPSHOT the cycle after a CLEAR.
        b.wr(
            off("TRACK_CTRL"),
            f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1) | f("TRACK_CTRL", "CLEAR", 1),
        );
        seen.extend(read_all(b));
        b.d().idle(80);
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
        b.d().idle(5);
        seen.extend(harvest(b));
        // Reset with bits set: both banks are swept, snoop_ready low meanwhile.
        b.d().queue_snoop(base, 4);
        b.d().reset();
        b.d().queue_snoop(base, 4);
        seen.push(b.rd(off("TRACK_STATUS")));
        seen.push(b.d().outputs().snoop_ready as u32);
        b.d().idle(30);
        seen.push(b.rd(off("TRACK_STATUS")));
        b.d().ticks(40);
        seen.extend(read_all(b));
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "SNAPSHOT", 1));
        b.d().idle(3);
        seen.extend(harvest(b));
        // A reset with clean banks takes writes at once.
        b.d().reset();
        seen.push(b.d().outputs().snoop_ready as u32);
        seen
    });
}

#[test]
fn epoch_hold_resume_sources_and_drain_in_lock_step() {
    lock_step("epoch", |b| {
        let mut seen = Vec::new();
        b.d().reset();
        let ctrl = |bits: &[(&str, u32)]| bits.iter().fold(0, |acc, (n, v)| acc | f("EPOCH_CTRL", n, *v));
        b.wr(off("INTR_ENABLE"), f("INTR_ENABLE", "EPOCH_END", 1));
        b.wr(off("EPOCH_LOAD"), 5);
        b.wr(off("EPOCH_CTRL"), ctrl(&[("EN", 1), ("AUTO_RELOAD", 1), ("HOLD_AT_END", 1)]));
        // The background CE retires while not held, also during register accesses.
        b.d().set_ce_running(true);
        for _ in 0..4 {
            b.d().ticks(7);
            seen.extend(read_all(b));
            b.wr(off("INTR_STATE"), f("INTR_STATE", "EPOCH_END", 1));
            b.wr(off("EPOCH_RESUME"), 1);
        }
        seen.push(b.d().retired() as u32);
        // EPOCH_LOAD written mid-epoch restarts the count.
        b.wr(off("EPOCH_LOAD"), 9);
        seen.push(b.rd(off("EPOCH_COUNT")));
        b.d().set_ce_running(false);
        // Writes as events: counted whether or not the tracker logs them, but only when taken
        // (a burst's stall holds the next write back).
        b.wr(off("EPOCH_CTRL"), ctrl(&[("EN", 1), ("AUTO_RELOAD", 1), ("SRC", 1)]));
        for en in [0, 1] {
            b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", en));
            for k in 0..12u64 {
                b.d().queue_snoop(k * 4096, 1 + 5000 * (k % 3) as u16);
            }
            b.d().ticks(30);
            seen.extend(read_all(b));
        }
        // Cycles, then a drain ending the epoch early, then one-shot expiry.
        b.wr(off("EPOCH_CTRL"), ctrl(&[("EN", 1), ("AUTO_RELOAD", 1), ("SRC", 2), ("DRAIN_ENDS", 1)]));
        b.d().ticks(13);
        b.d().drain();
        b.d().ticks(2);
        seen.extend(read_all(b));
        b.wr(off("EPOCH_CTRL"), ctrl(&[("SRC", 2)]));
        b.wr(off("EPOCH_LOAD"), 3);
        b.wr(off("EPOCH_CTRL"), ctrl(&[("EN", 1), ("SRC", 2)]));
        b.d().idle(10);
        seen.extend(read_all(b));
        // LOAD 0: only drains end epochs.
        b.wr(off("EPOCH_LOAD"), 0);
        b.wr(off("EPOCH_CTRL"), ctrl(&[("EN", 0)]));
        b.wr(off("EPOCH_CTRL"), ctrl(&[("EN", 1), ("AUTO_RELOAD", 1), ("SRC", 2), ("DRAIN_ENDS", 1)]));
        b.d().idle(50);
        b.d().drain();
        b.d().ticks(3);
        seen.extend(read_all(b));
        // Held across a reset: the reset releases the CE.
        b.wr(off("EPOCH_LOAD"), 2);
        b.wr(off("EPOCH_CTRL"), ctrl(&[("EN", 1), ("AUTO_RELOAD", 1), ("HOLD_AT_END", 1), ("SRC", 2)]));
        b.d().ticks(6);
        seen.push(b.d().outputs().ce_hold as u32);
        b.d().reset();
        seen.push(b.d().outputs().ce_hold as u32);
        seen.extend(read_all(b));
        seen
    });
}

#[test]
fn streams_mismatch_stall_and_simplex_in_lock_step() {
    lock_step("streams", |b| {
        let mut seen = Vec::new();
        // Stale o_data from before any reset and after one.
        b.d().queue_word(StreamSide::A, 0xDEAD_0000_0000_0001, true);
        b.d().ticks(3);
        b.d().reset();
        b.wr(off("CMP_SKEW_TIMEOUT"), 12);
        b.wr(off("INTR_ENABLE"), 0xF);
        b.wr(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1));
        // Equal words with frames, one mismatch (monitor mode: A is forwarded), a full FIFO
        // behind a slow output.
        for k in 0..30u64 {
            let a = 0x1000_0000_0000_0000 | k;
            b.d().queue_word(StreamSide::A, a, k % 4 == 3);
            b.d().queue_word(StreamSide::B, if k == 11 { a ^ 0x100 } else { a }, k % 4 == 3);
        }
        b.d().set_o_ready(false);
        b.d().ticks(15);
        seen.push(b.rd(off("CMP_STATUS")));
        b.d().set_o_ready(true);
        while b.d().words_pending(StreamSide::A) + b.d().words_pending(StreamSide::B) > 0 {
            seen.push(b.rd(off("CMP_STATUS")));
        }
        b.d().ticks(10);
        seen.extend(read_all(b));
        // A stalled side: skew grows, the timeout fires.
        b.d().set_stall(StreamSide::B, true);
        for k in 0..6u64 {
            b.d().queue_word(StreamSide::A, k, false);
            b.d().queue_word(StreamSide::B, k, false);
        }
        b.d().ticks(30);
        seen.extend(read_all(b));
        b.d().set_stall(StreamSide::B, false);
        b.d().ticks(12);
        // Halt on mismatch holds until CLEAR, in every mode.
        b.wr(
            off("CMP_CTRL"),
            f("CMP_CTRL", "EN", 1) | f("CMP_CTRL", "CLEAR", 1) | f("CMP_CTRL", "HALT_ON_MISMATCH", 1),
        );
        for k in 0..5u64 {
            b.d().queue_word(StreamSide::A, 0x77 + k, k == 4);
            b.d().queue_word(StreamSide::B, if k == 2 { 0 } else { 0x77 + k }, k == 4);
        }
        b.d().ticks(12);
        b.wr(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1) | f("CMP_CTRL", "MODE", 1) | f("CMP_CTRL", "HALT_ON_MISMATCH", 1));
        b.d().ticks(4);
        seen.extend(read_all(b));
        b.wr(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1) | f("CMP_CTRL", "CLEAR", 1));
        // Simplex: B only forwards B, A is accepted and dropped; mode 3 compares.
        for mode in [2u32, 1, 3] {
            b.wr(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1) | f("CMP_CTRL", "MODE", mode));
            for k in 0..10u64 {
                b.d().queue_word(StreamSide::A, 0xA0 + k + u64::from(mode << 8), k == 9);
                b.d().queue_word(StreamSide::B, 0xB0 + k + u64::from(mode << 8), k == 9);
            }
            b.d().ticks(25);
            seen.extend(read_all(b));
            b.wr(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1) | f("CMP_CTRL", "CLEAR", 1) | f("CMP_CTRL", "MODE", mode));
        }
        // EN low stalls both inputs.
        b.wr(off("CMP_CTRL"), 0);
        b.d().queue_word(StreamSide::A, 1, false);
        b.d().ticks(5);
        b.wr(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1));
        b.d().queue_word(StreamSide::B, 1, false);
        b.d().ticks(5);
        seen.extend(read_all(b));
        let got = b.d().take_received();
        seen.push(got.len() as u32);
        seen.extend(got.iter().map(|&(d, l)| d as u32 ^ u32::from(l) << 31));
        seen
    });
}

/// The driver's bulk idle in states where something counts by itself: the model's `idle`
/// (bulk) against the RTL's cycle-by-cycle ticks.
#[test]
fn idle_in_bulk_matches_the_rtl_ticks() {
    lock_step("idle", |b| {
        let mut seen = Vec::new();
        b.d().reset();
        b.wr(off("INTR_ENABLE"), 0xF);
        // Epochs of 7 cycles, auto-reloading, across several idle lengths.
        b.wr(off("EPOCH_LOAD"), 7);
        b.wr(
            off("EPOCH_CTRL"),
            f("EPOCH_CTRL", "EN", 1) | f("EPOCH_CTRL", "AUTO_RELOAD", 1) | f("EPOCH_CTRL", "SRC", 2),
        );
        for n in [1u64, 2, 5, 6, 7, 8, 13, 14, 100, 333] {
            b.d().idle(n);
            seen.push(b.rd(off("EPOCH_COUNT")));
            seen.push(b.rd(off("INTR_STATE")));
            b.wr(off("INTR_STATE"), 0xF);
        }
        // Every phase of an epoch end against the last edge of an idle stretch.
        for n in 1..=16u64 {
            b.wr(off("INTR_STATE"), 0xF);
            b.d().idle(n);
            seen.push(b.rd(off("INTR_STATE")));
        }
        // Epochs of 1 cycle: an end on every edge.
        b.wr(off("EPOCH_LOAD"), 1);
        b.d().idle(57);
        seen.extend(read_all(b));
        // Hold at the end of a one-shot stops the count.
        b.wr(off("EPOCH_LOAD"), 4);
        b.wr(
            off("EPOCH_CTRL"),
            f("EPOCH_CTRL", "EN", 1) | f("EPOCH_CTRL", "HOLD_AT_END", 1) | f("EPOCH_CTRL", "SRC", 2),
        );
        b.d().idle(40);
        seen.extend(read_all(b));
        b.wr(off("EPOCH_RESUME"), 1);
        b.d().idle(2);
        b.wr(off("EPOCH_CTRL"), f("EPOCH_CTRL", "SRC", 2));
        // Skew timeout counting on a one-sided FIFO, firing inside the idle stretch.
        b.wr(off("CMP_SKEW_TIMEOUT"), 25);
        b.wr(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1));
        b.d().queue_word(StreamSide::A, 42, true);
        b.d().ticks(2);
        b.d().idle(10);
        seen.extend(read_all(b));
        b.d().idle(30);
        seen.extend(read_all(b));
        // A clear in the background, bulk-advanced to just before its end and over it.
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1));
        b.d().snoop(0, 4);
        b.d().ticks(6);
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
        b.d().idle(3);
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "CLEAR", 1));
        b.d().idle(40);
        seen.push(b.rd(off("TRACK_STATUS")));
        b.d().idle(20);
        seen.extend(read_all(b));
        // The post-reset sweep, bulk-advanced with a CLEAR queued behind it.
        b.d().snoop(4096, 4);
        b.d().ticks(6);
        b.d().reset();
        b.wr(off("TRACK_CTRL"), f("TRACK_CTRL", "CLEAR", 1));
        b.d().idle(50);
        seen.push(b.rd(off("TRACK_STATUS")));
        b.d().idle(100);
        seen.extend(read_all(b));
        seen
    });
}

// ---------------------------------------------------------------------------------------------
// (b) Random pin-level lock step.

/// A Wishbone master, a snooping memory controller, a CE and two stream sources with random
/// timing, all keeping their protocols: a bus transfer holds until acknowledged (or is
/// abandoned by negating CYC), an offered snoop or stream word holds until taken.
struct RandomEnv {
    rng: SmallRng,
    i: CoreInputs,
    bus_busy: bool,
    shift: u32,
    base: u64,
    seq_a: u64,
    seq_b: u64,
    /// Cycles B stays silent: a CE that stopped talking.
    b_silent: u32,
}

/// Registers a random master writes, with the values that make the blocks do things.
fn random_write(rng: &mut SmallRng, name: &str) -> u32 {
    let bits = |rng: &mut SmallRng, reg: &str, fields: &[&str]| {
        fields.iter().fold(0, |acc, fl| acc | f(reg, fl, rng.gen_range(0..4)))
    };
    match name {
        "TRACK_CTRL" => {
            f("TRACK_CTRL", "EN", u32::from(rng.gen_ratio(7, 8)))
                | f("TRACK_CTRL", "SNAPSHOT", u32::from(rng.gen_ratio(1, 2)))
                | f("TRACK_CTRL", "CLEAR", u32::from(rng.gen_ratio(1, 3)))
        }
        "TRACK_SHIFT" => rng.gen_range(8..14),
        "TRACK_LIMIT" => [0, 1, 5, 100, 2000, 2048, 4000, u32::MAX][rng.gen_range(0..8)],
        "TRACK_BASE_LO" => [0, 0x1000, 0xFFFF_F000][rng.gen_range(0..3)],
        "TRACK_BASE_HI" => rng.gen_range(0..2),
        "EPOCH_CTRL" => bits(rng, "EPOCH_CTRL", &["EN", "AUTO_RELOAD", "HOLD_AT_END", "SRC", "DRAIN_ENDS"]),
        "EPOCH_LOAD" => rng.gen_range(0..12),
        "EPOCH_RESUME" => 1,
        "CMP_CTRL" => {
            f("CMP_CTRL", "EN", u32::from(rng.gen_ratio(7, 8)))
                | f("CMP_CTRL", "MODE", if rng.gen_ratio(3, 4) { 0 } else { rng.gen_range(1..4) })
                | f("CMP_CTRL", "HALT_ON_MISMATCH", u32::from(rng.gen::<bool>()))
                | f("CMP_CTRL", "CLEAR", u32::from(rng.gen_ratio(1, 4)))
        }
        "CMP_SKEW_TIMEOUT" => rng.gen_range(0..30),
        "INTR_STATE" => 0xF,
        _ => rng.gen(),
    }
}

impl RandomEnv {
    fn new(seed: u64) -> RandomEnv {
        RandomEnv {
            rng: SmallRng::seed_from_u64(seed),
            i: CoreInputs { o_ready: true, wb_sel: 0xF, ..Default::default() },
            bus_busy: false,
            shift: 12,
            base: 0,
            seq_a: 0,
            seq_b: 0,
            b_silent: 0,
        }
    }

    fn start_transfer(&mut self) {
        let rng = &mut self.rng;
        let singles: Vec<_> = registers().iter().filter(|r| !r.is_window()).collect();
        let we = rng.gen_ratio(2, 5);
        let (adr, data) = match rng.gen_range(0..20) {
            0..=13 => {
                let r = singles[rng.gen_range(0..singles.len())];
                let data = if rng.gen_ratio(1, 10) { rng.gen() } else { random_write(rng, r.name()) };
                if we && r.name() == "TRACK_SHIFT" {
                    self.shift = data.clamp(10, 30);
                }
                if we && r.name() == "TRACK_BASE_LO" {
                    self.base = u64::from(data);
                }
                (r.offset + if rng.gen_ratio(1, 8) { rng.gen_range(1..4) } else { 0 }, data)
            }
            14..=15 => (off("TRACK_SUMMARY") + 4 * rng.gen_range(0..4), rng.gen()),
            16..=18 => (off("TRACK_BITMAP") + 4 * rng.gen_range(0..70), rng.gen()),
            _ => (rng.gen::<u16>() as u32, rng.gen()),
        };
        let i = &mut self.i;
        i.wb_cyc = true;
        i.wb_stb = true;
        i.wb_we = we;
        i.wb_adr = adr as u16;
        i.wb_dat_w = data;
        i.wb_sel = if self.rng.gen_ratio(4, 5) { 0xF } else { self.rng.gen_range(0..16) };
        self.bus_busy = true;
    }

    fn snoop_target(&mut self) -> (u64, u16) {
        let rng = &mut self.rng;
        let block = rng.gen_range(0..2200u64);
        let addr = (self.base + (block << self.shift))
            .wrapping_add(rng.gen_range(0..1u64 << self.shift))
            .wrapping_sub(if rng.gen_ratio(1, 20) { 3000 } else { 0 });
        let len = match rng.gen_range(0..10) {
            0 => 0,
            1..=6 => rng.gen_range(1..64),
            7..=8 => rng.gen_range(64..(3u32 << self.shift).min(0xFFFF)) as u16,
            _ => rng.gen(),
        };
        (addr & ((1 << 48) - 1), len)
    }

    /// Inputs for the next cycle, given the outputs of the last one.
    fn next(&mut self, before: &CoreOutputs, after: &CoreOutputs) {
        let took_snoop = self.i.snoop_valid && before.snoop_ready;
        let took_a = self.i.a_valid && before.a_ready;
        let took_b = self.i.b_valid && before.b_ready;
        // Done when acknowledged; now and then abandoned (B4 lets a master negate CYC), which
        // leaves a window read to answer into the next transfer.
        if self.bus_busy && (after.wb_ack || self.rng.gen_ratio(1, 200)) {
            self.bus_busy = false;
            self.i.wb_cyc = false;
            self.i.wb_stb = false;
        }
        if self.i.rst {
            self.i.rst = self.rng.gen_ratio(1, 3);
        } else if self.rng.gen_ratio(1, 1500) {
            // A reset cuts off any transfer in flight; the master starts over.
            self.i.rst = true;
            self.bus_busy = false;
            self.i.wb_cyc = false;
            self.i.wb_stb = false;
        }
        if !self.bus_busy && !self.i.rst && self.rng.gen_ratio(1, 3) {
            self.start_transfer();
        }
        if !self.i.snoop_valid || took_snoop {
            self.i.snoop_valid = self.rng.gen_ratio(2, 5);
            (self.i.snoop_addr, self.i.snoop_len) = self.snoop_target();
        }
        self.i.ce_retire = self.rng.gen() && (!after.ce_hold || self.rng.gen_ratio(1, 10));
        self.i.ce_drain = self.rng.gen_ratio(1, 40);
        if !self.i.a_valid || took_a {
            self.seq_a += u64::from(took_a);
            self.i.a_valid = self.rng.gen_ratio(3, 5);
            self.i.a_data = self.seq_a;
            self.i.a_last = self.seq_a % 5 == 4;
        }
        self.b_silent = match self.b_silent {
            0 if self.rng.gen_ratio(1, 300) => self.rng.gen_range(10..60),
            n => n.saturating_sub(1),
        };
        if !self.i.b_valid || took_b {
            self.seq_b += u64::from(took_b);
            self.i.b_valid = self.b_silent == 0 && self.rng.gen_ratio(3, 5);
            self.i.b_data = self.seq_b ^ u64::from(self.rng.gen_ratio(1, 60));
            self.i.b_last = self.seq_b % 5 == 4;
        }
        self.i.o_ready = self.rng.gen_ratio(4, 5);
    }
}

/// What a random run reached, from the model's internals (the RTL's are not visible).
#[derive(Debug, Default)]
struct Coverage {
    window_reads: u32,
    swaps: u32,
    clears: u32,
    sweeps: u32,
    stalls: u32,
    epoch_ends: u32,
    held: u32,
    mismatches: u32,
    halts: u32,
    timeouts: u32,
    forwarded: u32,
    stale_o_data: u32,
    resets: u32,
    idles: u32,
}

fn random_lock_step(seed: u64, cycles: u64, cov: &mut Coverage) {
    random_lock_step_on(Rtl::new(), model(), seed, cycles, cov);
}

fn random_lock_step_on(mut rtl: impl CorePorts, mut mdl: CoreModel, seed: u64, cycles: u64, cov: &mut Coverage) {
    let mut env = RandomEnv::new(seed);
    // Start from reset, as a board does; the power-up state is covered by the scenarios.
    env.i.rst = true;
    let mut acks = 0;
    for cycle in 0..cycles {
        let before = rtl.eval(&env.i);
        assert_eq!(mdl.eval(&env.i), before, "seed {seed} cycle {cycle}: outputs before the edge, inputs {:?}", env.i);
        let (t, e, c) = (mdl.tracker().clone(), mdl.epoch().outputs(), mdl.comparator().status());
        let r = rtl.tick(&env.i);
        let m = mdl.tick(&env.i);
        assert_eq!(m, r, "seed {seed} cycle {cycle}: outputs after the edge, inputs {:?}", env.i);

        acks += u32::from(r.wb_ack);
        let window = env.i.wb_adr as u32 >= off("TRACK_SUMMARY") && !env.i.wb_we;
        cov.window_reads += u32::from(r.wb_ack && window);
        let (t2, e2, c2) = (mdl.tracker(), mdl.epoch().outputs(), mdl.comparator().status());
        cov.swaps += u32::from(t2.live_bank() != t.live_bank() && !env.i.rst);
        cov.clears += u32::from(t.clearing() && !t2.clearing() && !env.i.rst);
        cov.sweeps += u32::from(!t.sweeping() && t2.sweeping());
        cov.stalls += u32::from(t2.stall_cycles() != t.stall_cycles());
        cov.epoch_ends += u32::from(e2.epoch_end);
        cov.held += u32::from(e.held);
        cov.mismatches += u32::from(c2.mismatch_event);
        cov.halts += u32::from(c2.halted && !c.halted);
        cov.timeouts += u32::from(c2.timeout_event);
        cov.forwarded += u32::from(before.o_valid && env.i.o_ready);
        cov.stale_o_data += u32::from(!before.o_valid && before.o_data != 0);
        cov.resets += u32::from(env.i.rst);
        env.next(&before, &r);
        // Now and then a quiet stretch: the RTL ticks through it, the model may skip it.
        if !env.bus_busy && !env.i.rst && env.rng.gen_ratio(1, 300) {
            let (q, n) = (quiet(&env.i), env.rng.gen_range(1..400));
            let r = rtl.idle(&q, n);
            assert_eq!(mdl.idle(&q, n), r, "seed {seed} cycle {cycle}: outputs after idle({n}) from {q:?}");
            cov.idles += 1;
        }
    }
    assert!(acks > cycles as u32 / 20, "seed {seed}: too few bus transfers ({acks})");
}

#[test]
fn random_pins_in_lock_step() {
    let mut cov = Coverage::default();
    for seed in [1u64, 0x5eed_0002, 0xf75c_0003, 0x0dd5_0004, 0xc0de_0005] {
        random_lock_step(seed, 6000, &mut cov);
    }
    // Longer runs on request: CORE_MODEL_SOAK=<seeds> adds that many seeds of 20000 cycles.
    let soak: u64 = std::env::var("CORE_MODEL_SOAK").ok().and_then(|v| v.parse().ok()).unwrap_or(0);
    for seed in 1000..1000 + soak {
        random_lock_step(seed, 20_000, &mut cov);
    }
    eprintln!("{cov:?}");
    let Coverage {
        window_reads,
        swaps,
        clears,
        sweeps,
        stalls,
        epoch_ends,
        held,
        mismatches,
        halts,
        timeouts,
        forwarded,
        stale_o_data,
        resets,
        idles,
    } = cov;
    for (what, n) in [
        ("window reads", window_reads),
        ("snapshots", swaps),
        ("clears", clears),
        ("post-reset sweeps", sweeps),
        ("stall cycles", stalls),
        ("epoch ends", epoch_ends),
        ("held cycles", held),
        ("mismatches", mismatches),
        ("halts", halts),
        ("timeouts", timeouts),
        ("forwarded words", forwarded),
        ("stale o_data cycles", stale_o_data),
        ("reset cycles", resets),
        ("quiet stretches", idles),
    ] {
        assert!(n > 0, "the random runs never reached {what}: {cov:?}");
    }
}

/// The default generation (16384-bit bitmap, 32-word FIFOs): parameter-derived reset values
/// and geometry, briefly.
#[test]
fn random_pins_in_lock_step_with_default_parameters() {
    let mut cov = Coverage::default();
    random_lock_step_on(RtlPorts::<14, 9, 4, 5, 6>::new(), CoreModel::default_params(), 0xdef0_0001, 3000, &mut cov);
    assert!(cov.window_reads > 0 && cov.forwarded > 0, "{cov:?}");
}

// ---------------------------------------------------------------------------------------------
// (c) idle(n) equals n ticks.

/// `i` with nothing offered or asked: no reset, bus transfer, snoop, stream word or CE event.
fn quiet(i: &CoreInputs) -> CoreInputs {
    CoreInputs {
        rst: false,
        wb_cyc: false,
        wb_stb: false,
        snoop_valid: false,
        ce_retire: false,
        ce_drain: false,
        a_valid: false,
        b_valid: false,
        ..*i
    }
}

/// Random history, then quiet inputs: the model's bulk `idle(n)` leaves exactly the state (not
/// only the outputs) that `n` single ticks leave.
#[test]
fn model_idle_equals_its_ticks() {
    let seed = 0x1d1e_0001;
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut env = RandomEnv::new(seed ^ 1);
    env.i.rst = true;
    let mut m = model();
    let mut bulk_cycles = 0;
    for round in 0..400 {
        for _ in 0..rng.gen_range(1..200) {
            let before = m.eval(&env.i);
            let after = m.tick(&env.i);
            env.next(&before, &after);
        }
        let q = quiet(&env.i);
        let n = if rng.gen_ratio(1, 4) { rng.gen_range(1000..20_000) } else { rng.gen_range(0..300) };
        let mut ticked = m.clone();
        let mut out = ticked.eval(&q);
        for _ in 0..n {
            out = ticked.tick(&q);
        }
        let start = m.cycles();
        assert_eq!(m.idle(&q, n), out, "seed {seed} round {round} (cycle {start}): outputs after idle({n})");
        assert!(m == ticked, "seed {seed} round {round} (cycle {start}): state after idle({n}) differs from {n} ticks");
        bulk_cycles += n;
        env.bus_busy = false;
        env.i = CoreInputs { wb_cyc: false, wb_stb: false, ..env.i };
    }
    assert!(bulk_cycles > 1_000_000);
}
