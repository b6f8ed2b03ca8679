//! Behaviour of `write_tracker` in rust-hdl simulation, against `block_model::write_tracker`.
//!
//! A 2048-bit tracker (64 bitmap words, 2 summary words) keeps the simulations short; the
//! default 16384-bit one is checked for its geometry only. Long randomized runs belong in
//! Verilator (co-simulation issue).

use block_model::write_tracker::{blocks_of, WriteTrackerModel};
use hdl_gen::bench::Bench;
use hdl_gen::write_tracker::WriteTracker;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::collections::BTreeSet;

type Small = WriteTracker<11, 6, 1>;
const CAP_LOG2: u32 = 11;
const WORDS: usize = 64;
const BASE: u64 = 0x12_3456_0000;
/// Cycles from acceptance to the bit being in the RAM and counted (stages A, H, L, S, B to F).
const PIPELINE: u64 = 9;

struct Tb {
    b: Bench<Small>,
    model: WriteTrackerModel,
}

impl Tb {
    fn new() -> Tb {
        let mut b = Bench::new(Small::new(), |u| &mut u.clock);
        b.uut.rst.next = true;
        b.tick();
        b.uut.rst.next = false;
        let mut tb = Tb { b, model: WriteTrackerModel::new(CAP_LOG2) };
        tb.configure(true, BASE, 10, 1 << CAP_LOG2);
        tb
    }

    /// Reconfigure between writes. The tracker registers its configuration once: a write
    /// taken in the cycle of a change still uses the old base, and writes in stages A to S
    /// are shifted and clipped with the new values, so let those land first.
    fn configure(&mut self, en: bool, base: u64, shift: u32, limit: u32) {
        self.b.ticks(PIPELINE);
        self.b.uut.en.next = en;
        self.b.uut.base.next = base.into();
        self.b.uut.shift.next = (shift as u64).into();
        self.b.uut.limit.next = (limit as u64).into();
        self.model.en = en;
        self.model.base = base;
        self.model.set_shift(shift);
        self.model.limit = limit;
        self.b.tick();
    }

    fn ready(&mut self) -> bool {
        self.b.settle();
        self.b.uut.snoop_ready.val()
    }

    /// Present one write and wait until it is taken; returns the cycles it waited.
    fn write(&mut self, addr: u64, len: u16) -> u64 {
        self.b.uut.snoop_valid.next = true;
        self.b.uut.snoop_addr.next = addr.into();
        self.b.uut.snoop_len.next = (len as u64).into();
        let mut waited = 0;
        while !self.ready() {
            self.b.tick();
            waited += 1;
            assert!(waited < 100_000, "snoop_ready stuck low");
        }
        self.b.tick();
        self.b.uut.snoop_valid.next = false;
        self.model.write(addr, len);
        waited
    }

    /// Wait until every taken write is in the RAM and the tracker is idle.
    fn drain(&mut self) {
        let mut n = 0;
        while !self.ready() {
            self.b.tick();
            n += 1;
            assert!(n < 100_000, "snoop_ready stuck low");
        }
        self.b.ticks(PIPELINE + 1);
        let mut n = 0;
        while self.busy() {
            self.b.tick();
            n += 1;
            assert!(n < 10_000, "BUSY stuck high");
        }
    }

    fn busy(&mut self) -> bool {
        self.b.settle();
        self.b.uut.busy.val()
    }

    /// Pulse SNAPSHOT for one cycle; returns whether it was refused.
    fn snapshot(&mut self) -> bool {
        self.b.uut.snapshot.next = true;
        self.b.settle();
        let refused = self.b.uut.snap_refused.val();
        self.b.tick();
        self.b.uut.snapshot.next = false;
        refused
    }

    fn clear(&mut self) {
        self.b.uut.clear.next = true;
        self.b.tick();
        self.b.uut.clear.next = false;
        self.drain();
        self.model.clear();
    }

    fn bitmap_word(&mut self, i: usize) -> u32 {
        self.b.uut.bitmap_rd.next = true;
        self.b.uut.bitmap_addr.next = (i as u64).into();
        self.b.tick();
        self.b.uut.bitmap_rd.next = false;
        let mut n = 0;
        while !{
            self.b.settle();
            self.b.uut.bitmap_ack.val()
        } {
            self.b.tick();
            n += 1;
            assert!(n < 100, "bitmap read not answered");
        }
        self.b.uut.bitmap_data.val().to_u32()
    }

    fn summary_word(&mut self, j: usize) -> u32 {
        self.b.uut.summary_rd.next = true;
        self.b.uut.summary_addr.next = (j as u64).into();
        self.b.tick();
        self.b.uut.summary_rd.next = false;
        let mut n = 0;
        while !{
            self.b.settle();
            self.b.uut.summary_ack.val()
        } {
            self.b.tick();
            n += 1;
            assert!(n < 100, "summary read not answered");
        }
        self.b.uut.summary_data.val().to_u32()
    }

    fn frozen(&mut self) -> Vec<u32> {
        (0..WORDS).map(|i| self.bitmap_word(i)).collect()
    }

    fn counts(&mut self) -> (u32, u32) {
        self.b.settle();
        (self.b.uut.dirty_count.val().to_u32(), self.b.uut.snap_count.val().to_u32())
    }

    /// Snapshot, compare frozen bank, summary and every counter with the model, then clear.
    /// Returns the blocks that were frozen.
    fn check_against_model(&mut self) -> Vec<u64> {
        self.drain();
        assert!(!self.snapshot(), "snapshot refused on a clear frozen bank");
        self.model.snapshot().expect("model snapshot");
        self.drain();
        let frozen = self.frozen();
        assert_eq!(blocks_of(&frozen), self.model.frozen_blocks(), "frozen bank differs from the model");
        for j in 0..2 {
            assert_eq!(self.summary_word(j), self.model.summary_word(j), "summary word {j}");
        }
        assert_eq!(self.counts(), (self.model.dirty_count(), self.model.snap_count()));
        self.b.settle();
        assert_eq!(self.b.uut.writes.val().to_u32(), self.model.writes, "TRACK_WRITES");
        assert_eq!(self.b.uut.out_of_range.val().to_u32(), self.model.out_of_range, "TRACK_OUT_OF_RANGE");
        assert_eq!(self.b.uut.stall_cycles.val().to_u32(), self.model.stall_cycles, "TRACK_STALL_CYCLES");
        let blocks = self.model.frozen_blocks();
        self.clear();
        assert_eq!(self.counts().1, 0, "SNAP_COUNT after CLEAR");
        blocks
    }
}

#[test]
fn block_boundaries_map_to_the_right_bits() {
    let mut tb = Tb::new();
    // Last byte of block 0, first of block 1, a byte in the middle, the last tracked byte.
    for addr in [BASE, BASE + 1023, BASE + 1024, BASE + 37 * 1024 + 512, BASE + 2048 * 1024 - 1] {
        tb.write(addr, 1);
    }
    assert_eq!(tb.check_against_model(), vec![0, 1, 37, 2047]);
}

/// The last byte's offset is one carry-save sum with a separate saturation test: writes whose
/// low 16 address bits plus the length land just below, on and just past 2^16, with the upper
/// address bits all ones (saturating at 2^48) or not, against a base near the top.
#[test]
fn last_byte_arithmetic_at_the_top_of_the_address_space() {
    let mut tb = Tb::new();
    let top = 1u64 << 48;
    let base = top - 64 * 1024;
    tb.configure(true, base, 10, 1 << CAP_LOG2);
    for &(addr, len) in &[
        (top - 0x1_0000, 0xFFFF),          // ends at 2^48 - 2: no saturation
        (top - 0x1_0000, 0),               // zero length counts as one byte
        (top - 0x1_0000 + 1, 0xFFFF),      // ends exactly at 2^48 - 1
        (top - 0x1_0000 + 2, 0xFFFF),      // one past: saturates
        (top - 1, 0xFFFF),                 // saturates far past the top
        (top - 0x2_0000 + 0x8000, 0xFFFF), // upper bits not all ones: crosses 2^16 without saturating
        (base - 0x1_0000, 0xFFFF),         // ends just below the base
        (base - 0x1_0000 + 1, 0xFFFF),     // ends on the base's first byte
    ] {
        tb.write(addr, len);
    }
    let frozen = tb.check_against_model();
    assert!(frozen.contains(&63) && frozen.contains(&0), "top and bottom blocks marked: {frozen:?}");
}

#[test]
fn out_of_range_writes_are_counted_not_marked() {
    let mut tb = Tb::new();
    tb.configure(true, BASE, 10, 100);
    tb.write(BASE - 1, 1); // below
    tb.write(BASE + 100 * 1024, 1); // first byte past the limit
    tb.write(0xFFFF_FFFF_FFFF, 4); // top of the address space, saturating
    tb.write(BASE - 8, 16); // straddles the base: block 0 marked, counted
    tb.write(BASE + 100 * 1024 - 2, 4); // straddles the limit: block 99 marked, counted
    assert_eq!(tb.check_against_model(), vec![0, 99]);
    assert_eq!(tb.model.out_of_range, 5);
    // TRACK_LIMIT above the capacity acts as the capacity.
    tb.configure(true, BASE, 10, u32::MAX);
    tb.write(BASE + 2048 * 1024, 1);
    tb.write(BASE + 2047 * 1024, 1);
    assert_eq!(tb.check_against_model(), vec![2047]);
}

#[test]
fn bursts_mark_every_block_they_cross_and_stall_one_cycle_per_extra_block() {
    let mut tb = Tb::new();
    let waited = tb.write(BASE + 1000, 100); // blocks 0..=1
    assert_eq!(waited, 0, "a burst is taken at once; the stall follows it");
    tb.drain();
    // Writes queued behind a 6-block burst wait, in all, the 5 cycles it takes to mark (the
    // first five are taken while the burst goes through stages A to B).
    assert_eq!(tb.write(BASE + 10 * 1024 + 1, 5 * 1024), 0); // blocks 10..=15
    let waited: u64 = (0..6).map(|i| tb.write(BASE + (40 + i) * 1024, 1)).sum();
    assert_eq!(waited, 5, "writes behind a 6-block burst wait 5 cycles in all");
    tb.write(BASE + 60 * 1024 - 1, 2); // crosses 59/60 at a byte
    tb.write(BASE, 0); // length 0 counts as one byte
    let frozen = tb.check_against_model();
    assert_eq!(tb.model.stall_cycles, 1 + 5 + 1);
    assert_eq!(frozen, [vec![0, 1], (10..=15).collect(), (40..=45).collect(), vec![59, 60]].concat());
}

#[test]
fn back_to_back_writes_to_one_word_never_stall_and_lose_nothing() {
    let mut tb = Tb::new();
    // 32 blocks of one bitmap word, one per cycle, then the same block repeatedly, then
    // alternating two words: every read-modify-write hits the word the previous one wrote.
    let mut addrs: Vec<u64> = (0..32).map(|i| BASE + i * 1024).collect();
    addrs.extend(std::iter::repeat_n(BASE + 5 * 1024, 8));
    addrs.extend((0..16).map(|i| BASE + (if i % 2 == 0 { 33 } else { 64 + i }) * 1024));
    tb.b.uut.snoop_valid.next = true;
    for &a in &addrs {
        tb.b.uut.snoop_addr.next = a.into();
        tb.b.uut.snoop_len.next = 8u64.into();
        assert!(tb.ready(), "snoop_ready dropped for a single-block write");
        tb.b.tick();
        tb.model.write(a, 8);
    }
    tb.b.uut.snoop_valid.next = false;
    tb.drain();
    assert_eq!(tb.counts().0, tb.model.dirty_count(), "DIRTY_COUNT must count each new bit once");
    tb.check_against_model();
    assert_eq!(tb.model.stall_cycles, 0);
}

#[test]
fn snapshot_under_continuous_traffic_loses_no_write() {
    let mut tb = Tb::new();
    let mut rng = SmallRng::seed_from_u64(7);
    let mut written = BTreeSet::new();
    let mut before_snapshot = BTreeSet::new();
    let mut after_snapshot = BTreeSet::new();
    tb.b.uut.snoop_valid.next = true;
    for cycle in 0..400u64 {
        let block = rng.gen_range(0..2048u64);
        tb.b.uut.snoop_addr.next = (BASE + block * 1024 + 3).into();
        tb.b.uut.snoop_len.next = 4u64.into();
        tb.b.uut.snapshot.next = cycle == 200;
        assert!(tb.ready());
        tb.b.tick();
        written.insert(block);
        // The write taken in the cycle the snapshot is taken counts as before it.
        if cycle <= 200 {
            before_snapshot.insert(block);
        } else {
            after_snapshot.insert(block);
        }
    }
    tb.b.uut.snapshot.next = false;
    tb.b.uut.snoop_valid.next = false;
    tb.drain();
    let first = blocks_of(&tb.frozen());
    let (dirty, snap) = tb.counts();
    assert_eq!(snap as usize, first.len(), "SNAP_COUNT equals the frozen bank's bits");
    // Writes taken before the snapshot may still be in the pipeline when it swaps; they land in
    // the frozen bank all the same, and nothing taken after it does.
    assert_eq!(
        first.iter().copied().collect::<BTreeSet<u64>>(),
        before_snapshot,
        "the snapshot splits writes at the cycle it was taken"
    );
    tb.clear();
    assert!(!tb.snapshot());
    tb.drain();
    let second = blocks_of(&tb.frozen());
    assert_eq!(second.len() as u32, dirty, "DIRTY_COUNT before the second snapshot");
    assert_eq!(second.iter().copied().collect::<BTreeSet<u64>>(), after_snapshot);
    let union: BTreeSet<u64> = first.iter().chain(second.iter()).copied().collect();
    assert_eq!(union, written, "every written block is in one of the two snapshots");
}

#[test]
fn clear_runs_in_the_background_while_tracking_continues() {
    let mut tb = Tb::new();
    for i in 0..50 {
        tb.write(BASE + i * 3 * 1024, 1);
    }
    tb.drain();
    assert!(!tb.snapshot());
    tb.model.snapshot().unwrap();
    tb.drain();
    // CLEAR, and keep writing every cycle while it runs.
    tb.b.uut.clear.next = true;
    tb.b.tick();
    tb.b.uut.clear.next = false;
    tb.b.settle();
    assert!(tb.b.uut.busy.val() && tb.b.uut.clearing.val());
    tb.model.clear();
    let mut during = 0;
    tb.b.uut.snoop_valid.next = true;
    while tb.busy() {
        let a = BASE + (during % 2048) * 1024;
        tb.b.uut.snoop_addr.next = a.into();
        tb.b.uut.snoop_len.next = 1u64.into();
        assert!(tb.ready(), "a clear must not stall the snoop port");
        tb.b.tick();
        tb.model.write(a, 1);
        during += 1;
    }
    tb.b.uut.snoop_valid.next = false;
    assert!(during >= WORDS as u64 - 2, "clear took {during} cycles; expected about one per word");
    tb.drain();
    assert_eq!(tb.frozen(), vec![0; WORDS], "frozen bank is zero after CLEAR");
    assert_eq!(tb.counts(), (tb.model.dirty_count(), 0));
    tb.check_against_model();
}

#[test]
fn resolution_and_base_changes_apply_to_later_writes() {
    let mut tb = Tb::new();
    tb.write(BASE + 4096, 1); // shift 10: block 4
    tb.configure(true, BASE, 12, 2048);
    tb.write(BASE + 4096, 1); // shift 12: block 1
    tb.write(BASE + 5 * 4096 - 1, 1); // block 4
    tb.configure(true, 0x4000_0000, 20, 2048);
    tb.write(0x4000_0000 + 3 * (1 << 20) + 17, 1 << 15); // block 3
    tb.configure(true, 0, 30, 2048);
    tb.write(5 << 30, 1); // 1 GiB blocks: block 5
    tb.configure(true, 0, 10, 2048);
    tb.write(7 * 1024, 1); // block 7
    assert_eq!(tb.check_against_model(), vec![1, 3, 4, 5, 7]);
}

#[test]
fn snapshot_is_refused_and_flagged_unless_the_frozen_bank_is_clear() {
    let mut tb = Tb::new();
    tb.write(BASE, 1);
    tb.drain();
    assert!(!tb.snapshot());
    tb.drain();
    tb.write(BASE + 1024, 1);
    tb.drain();
    let live_before = tb.b.uut.live_bank.val();
    assert!(tb.snapshot(), "second snapshot onto a frozen bank with bits must be refused");
    tb.drain();
    assert_eq!(tb.b.uut.live_bank.val(), live_before, "a refused snapshot does not swap");
    assert_eq!(tb.counts(), (1, 1), "nothing merged");
    assert_eq!(blocks_of(&tb.frozen()), vec![0]);
    // A snapshot asked while CLEAR runs is refused too.
    tb.b.uut.clear.next = true;
    tb.b.tick();
    tb.b.uut.clear.next = false;
    assert!(tb.snapshot(), "snapshot during CLEAR must be refused");
    tb.drain();
    assert!(!tb.snapshot());
    tb.drain();
    assert_eq!(blocks_of(&tb.frozen()), vec![1]);
}

#[test]
fn snapshot_done_pulses_once_after_the_swap_drains() {
    let mut tb = Tb::new();
    tb.b.uut.snoop_valid.next = true;
    tb.b.uut.snoop_addr.next = (BASE + 9 * 1024).into();
    tb.b.uut.snoop_len.next = 1u64.into();
    tb.b.ticks(3);
    tb.b.uut.snapshot.next = true;
    tb.b.tick();
    tb.b.uut.snapshot.next = false;
    tb.b.uut.snoop_valid.next = false;
    let mut pulses = 0;
    let mut busy_seen = false;
    for _ in 0..16 {
        tb.b.settle();
        busy_seen |= tb.b.uut.busy.val();
        pulses += u32::from(tb.b.uut.snap_done.val());
        tb.b.tick();
    }
    assert!(busy_seen, "BUSY while the swap drains");
    assert_eq!(pulses, 1, "TRACK_SNAP_DONE pulses exactly once");
    assert_eq!(blocks_of(&tb.frozen()), vec![9]);
}

#[test]
fn summary_has_one_bit_per_non_zero_word_and_reads_past_capacity_are_zero() {
    let mut tb = Tb::new();
    for b in [0u64, 31, 32, 33 * 32 + 1, 63 * 32 + 31] {
        tb.write(BASE + b * 1024, 1);
    }
    tb.check_against_model();
    tb.write(BASE, 1);
    tb.drain();
    assert!(!tb.snapshot());
    tb.drain();
    assert_eq!(tb.summary_word(0), 1);
    assert_eq!(tb.bitmap_word(WORDS), 0, "beyond the capacity");
    assert_eq!(tb.bitmap_word(8191), 0);
    assert_eq!(tb.summary_word(2), 0);
    assert_eq!(tb.summary_word(255), 0);
}

#[test]
fn disabled_tracking_ignores_writes_without_touching_the_bitmap() {
    let mut tb = Tb::new();
    tb.write(BASE + 2 * 1024, 1);
    tb.configure(false, BASE, 10, 2048);
    tb.write(BASE + 3 * 1024, 1);
    tb.write(BASE - 1, 1);
    tb.configure(true, BASE, 10, 2048);
    assert_eq!(tb.check_against_model(), vec![2]);
    assert_eq!(tb.model.writes, 1);
}

#[test]
fn reset_with_bits_set_zeroes_both_banks_before_taking_writes() {
    let mut tb = Tb::new();
    tb.write(BASE + 1024, 1);
    tb.drain();
    assert!(!tb.snapshot());
    tb.write(BASE + 2 * 1024, 1);
    tb.drain();
    tb.b.uut.rst.next = true;
    tb.b.ticks(2);
    tb.b.uut.rst.next = false;
    assert!(tb.busy(), "post-reset sweep runs");
    assert!(!tb.ready(), "no writes taken while the banks are zeroed");
    tb.drain();
    assert_eq!(tb.counts(), (0, 0));
    assert_eq!(tb.frozen(), vec![0; WORDS]);
    tb.model = WriteTrackerModel::new(CAP_LOG2);
    tb.configure(true, BASE, 10, 2048);
    tb.write(BASE + 5 * 1024, 1);
    assert_eq!(tb.check_against_model(), vec![5]);
    // A reset with clean banks takes writes at once.
    tb.b.uut.rst.next = true;
    tb.b.tick();
    tb.b.uut.rst.next = false;
    assert!(!tb.busy() && tb.ready());
}

#[test]
fn random_traffic_matches_the_model() {
    let seed = 0x5eed_2026;
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut tb = Tb::new();
    for round in 0..6 {
        let shift = rng.gen_range(10..=14);
        let limit = rng.gen_range(1..=2200u32);
        let base = rng.gen_range(0..1u64 << 40) & !0xFFF;
        tb.configure(true, base, shift, limit);
        let span = (u64::from(limit) + 8) << shift;
        for _ in 0..60 {
            let addr = (base + rng.gen_range(0..span)).wrapping_sub(4 << shift) & ((1 << 48) - 1);
            let len = if rng.gen_bool(0.7) {
                rng.gen_range(1..=64)
            } else {
                rng.gen_range(1..=(4u32 << shift).min(65535)) as u16
            };
            tb.write(addr, len);
            if rng.gen_bool(0.2) {
                tb.b.ticks(rng.gen_range(0..3));
            }
        }
        tb.check_against_model();
        eprintln!("round {round} ok (seed {seed:#x}, shift {shift}, limit {limit})");
    }
}

#[test]
fn default_geometry_is_16384_bits() {
    type Default = hdl_gen::ftsync_core::FtsyncCoreDefault;
    let p = Default::params();
    assert_eq!((p.track_capacity(), p.stream_width, 1 << p.fifo_depth_log2), (16384, 64, 32));
    // The default tracker builds and its largest block number maps to the last bitmap bit.
    let mut b = Bench::new(WriteTracker::<14, 9, 4>::new(), |u| &mut u.clock);
    b.uut.rst.next = true;
    b.tick();
    b.uut.rst.next = false;
    b.uut.en.next = true;
    b.uut.shift.next = 10u64.into();
    b.uut.limit.next = 16384u64.into();
    b.tick(); // the configuration is registered once
    b.uut.snoop_valid.next = true;
    b.uut.snoop_addr.next = (16383u64 * 1024).into();
    b.uut.snoop_len.next = 1u64.into();
    b.tick();
    b.uut.snoop_valid.next = false;
    b.ticks(PIPELINE + 1);
    b.uut.snapshot.next = true;
    b.tick();
    b.uut.snapshot.next = false;
    // The drain's end is seen one cycle late; reads wait while the swap is busy.
    b.ticks(3);
    b.settle();
    assert!(!b.uut.busy.val(), "an empty pipeline drains in three cycles");
    b.uut.bitmap_rd.next = true;
    b.uut.bitmap_addr.next = 511u64.into();
    b.tick();
    b.uut.bitmap_rd.next = false;
    b.tick();
    b.settle();
    assert!(!b.uut.bitmap_ack.val(), "the answer is registered after the RAM read");
    b.tick();
    b.settle();
    assert!(b.uut.bitmap_ack.val(), "an idle tracker answers a bitmap read in three cycles");
    assert_eq!(b.uut.bitmap_data.val().to_u32(), 1 << 31);
}
