//! End-to-end tests live in `tests/`; this library holds what they share with the benchmarks:
//! the seeded random scenario that runs on every simulated `ftsync_core`.

pub mod scenario {
    //! One random but repeatable workload for any [`CorePorts`]: single and burst snooped
    //! writes (in and out of range), snapshots, harvests and clears, resolution changes, epochs
    //! with hold/resume and drains, and stream traffic with an injected mismatch and a stalled
    //! side — with every register read recorded, so two cores can be compared read by read.

    use rand::rngs::SmallRng;
    use rand::{Rng, SeedableRng};
    use regbus::{CorePorts, PortDriver, RegisterBus, StreamSide};
    use regmap::{registers, RegKind};

    /// What a run saw: every register read in order, and the words forwarded by the comparator.
    #[derive(Debug, Default, PartialEq, Eq)]
    pub struct Trace {
        pub reads: Vec<(&'static str, u32)>,
        pub forwarded: Vec<(u64, bool)>,
        pub cycles: u64,
    }

    fn field(register: &str, name: &str, value: u32) -> u32 {
        let (_, f) = regmap::field(register, name).unwrap_or_else(|e| panic!("{e}"));
        f.place(value)
    }

    struct Run<'a, P: CorePorts> {
        d: &'a mut PortDriver<P>,
        rng: SmallRng,
        trace: Trace,
        capacity: u32,
    }

    impl<P: CorePorts> Run<'_, P> {
        fn read(&mut self, name: &'static str) -> u32 {
            let v = self.d.read32(regmap::offset(name)).unwrap_or_else(|e| panic!("{e}"));
            self.trace.reads.push((name, v));
            v
        }

        fn read_at(&mut self, name: &'static str, offset: u32) -> u32 {
            let v = self.d.read32(offset).unwrap_or_else(|e| panic!("{e}"));
            self.trace.reads.push((name, v));
            v
        }

        fn write(&mut self, name: &str, v: u32) {
            self.d.write32(regmap::offset(name), v).unwrap_or_else(|e| panic!("{e}"));
        }

        fn read_all(&mut self) {
            for r in registers().iter().filter(|r| matches!(r.reg.kind, RegKind::Single)) {
                self.read(r.name());
            }
        }

        fn configure_tracker(&mut self) -> (u64, u32, u32) {
            let base = self.rng.gen_range(0..1u64 << 40) & !0xFFF;
            let shift = self.rng.gen_range(10..=20);
            let limit =
                if self.rng.gen_bool(0.5) { self.capacity } else { self.rng.gen_range(1..=self.capacity + 100) };
            self.write("TRACK_BASE_LO", base as u32);
            self.write("TRACK_BASE_HI", (base >> 32) as u32);
            // Occasionally an illegal resolution, to exercise WARL.
            let written_shift = if self.rng.gen_ratio(1, 10) { self.rng.gen_range(0..32) } else { shift };
            self.write("TRACK_SHIFT", written_shift);
            self.write("TRACK_LIMIT", limit);
            self.write("TRACK_CTRL", field("TRACK_CTRL", "EN", 1));
            (base, shift, limit)
        }

        fn queue_writes(&mut self, base: u64, shift: u32, limit: u32) {
            let span = (u64::from(limit.min(self.capacity)) + 4) << shift;
            for _ in 0..self.rng.gen_range(1..40) {
                let addr = (base + self.rng.gen_range(0..span)).wrapping_sub(2 << shift) & ((1 << 48) - 1);
                let len =
                    if self.rng.gen_bool(0.8) { self.rng.gen_range(1..=256) } else { self.rng.gen_range(1..=u16::MAX) };
                self.d.queue_snoop(addr, len);
            }
        }

        fn snapshot_and_harvest(&mut self) {
            self.write("TRACK_CTRL", field("TRACK_CTRL", "EN", 1) | field("TRACK_CTRL", "SNAPSHOT", 1));
            for _ in 0..self.rng.gen_range(1..20) {
                if self.read("TRACK_STATUS") & field("TRACK_STATUS", "BUSY", 1) == 0 {
                    break;
                }
            }
            let summary = regmap::offset("TRACK_SUMMARY");
            let bitmap = regmap::offset("TRACK_BITMAP");
            let sums = (self.capacity / 32).div_ceil(32);
            for j in 0..sums.min(4) {
                let s = self.read_at("TRACK_SUMMARY", summary + 4 * j);
                for i in (0..32).filter(|i| s & (1 << i) != 0).take(6) {
                    self.read_at("TRACK_BITMAP", bitmap + 4 * (32 * j + i));
                }
            }
            self.read("TRACK_SNAP_COUNT");
            if self.rng.gen_bool(0.8) {
                self.write("TRACK_CTRL", field("TRACK_CTRL", "EN", 1) | field("TRACK_CTRL", "CLEAR", 1));
            }
            self.write("TRACK_STATUS", field("TRACK_STATUS", "SNAP_REFUSED", 1));
        }

        fn epochs(&mut self) {
            let load = self.rng.gen_range(0..300);
            let ctrl = field("EPOCH_CTRL", "EN", 1)
                | field("EPOCH_CTRL", "AUTO_RELOAD", u32::from(self.rng.gen_bool(0.8)))
                | field("EPOCH_CTRL", "HOLD_AT_END", u32::from(self.rng.gen_bool(0.6)))
                | field("EPOCH_CTRL", "SRC", self.rng.gen_range(0..4))
                | field("EPOCH_CTRL", "DRAIN_ENDS", u32::from(self.rng.gen_bool(0.3)));
            if self.rng.gen_bool(0.5) {
                self.write("EPOCH_LOAD", load);
                self.write("EPOCH_CTRL", ctrl);
            } else {
                self.write("EPOCH_CTRL", ctrl);
                self.write("EPOCH_LOAD", load);
            }
            self.d.ce_running = true;
            for _ in 0..self.rng.gen_range(1..6) {
                self.d.ticks(self.rng.gen_range(1..400));
                if self.rng.gen_ratio(1, 4) {
                    self.d.drain();
                }
                let status = self.read("EPOCH_STATUS");
                self.read("EPOCH_COUNT");
                self.read("EPOCH_NUMBER_LO");
                if status & field("EPOCH_STATUS", "HELD", 1) != 0 {
                    self.write("EPOCH_RESUME", 1);
                }
            }
            self.d.ce_running = false;
            if self.rng.gen_ratio(1, 3) {
                self.write("EPOCH_CTRL", 0);
            }
        }

        fn streams(&mut self) {
            let mode = if self.rng.gen_ratio(1, 5) { self.rng.gen_range(1..4) } else { 0 };
            let halt = u32::from(self.rng.gen_bool(0.5));
            let timeout = self.rng.gen_range(0..200);
            self.write("CMP_SKEW_TIMEOUT", timeout);
            self.write(
                "CMP_CTRL",
                field("CMP_CTRL", "EN", 1)
                    | field("CMP_CTRL", "MODE", mode)
                    | field("CMP_CTRL", "HALT_ON_MISMATCH", halt),
            );
            let n = self.rng.gen_range(1..80);
            let bad = if self.rng.gen_ratio(1, 3) { self.rng.gen_range(0..n) } else { u64::MAX };
            let seed: u64 = self.rng.gen();
            for i in 0..n {
                let w = seed.wrapping_mul(i + 1);
                let last = self.rng.gen_ratio(1, 8);
                self.d.queue_word(StreamSide::A, w, last);
                self.d.queue_word(StreamSide::B, if i == bad { w ^ (1 << self.rng.gen_range(0..64)) } else { w }, last);
            }
            self.d.o_ready = self.rng.gen_bool(0.8);
            if self.rng.gen_ratio(1, 3) {
                self.d.stall_b = true;
                self.d.ticks(self.rng.gen_range(1..300));
                self.d.stall_b = false;
            }
            self.d.ticks(self.rng.gen_range(1..100));
            self.d.o_ready = true;
            for name in [
                "CMP_STATUS",
                "CMP_WORDS_LO",
                "CMP_FRAMES",
                "CMP_MAX_SKEW",
                "CMP_MISMATCH_INDEX_LO",
                "CMP_MISMATCH_A",
                "CMP_MISMATCH_B",
                "CMP_MISMATCH_EPOCH",
            ] {
                self.read(name);
            }
            // Words left queued (a halt, or a dropped side) are flushed with the FIFOs.
            self.write("CMP_CTRL", field("CMP_CTRL", "EN", 1) | field("CMP_CTRL", "CLEAR", 1));
            while self.d.words_pending(StreamSide::A) + self.d.words_pending(StreamSide::B) > 0 {
                self.d.ticks(20);
                self.write(
                    "CMP_CTRL",
                    field("CMP_CTRL", "EN", 1) | field("CMP_CTRL", "MODE", 0) | field("CMP_CTRL", "CLEAR", 1),
                );
            }
        }
    }

    /// Run the scenario from `seed` until at least `cycles` clock cycles have passed.
    pub fn run<P: CorePorts>(d: &mut PortDriver<P>, seed: u64, cycles: u64) -> Trace {
        d.reset();
        let capacity = 1 << (d.read32(regmap::offset("CAPS")).expect("CAPS") & 0x1F);
        let mut r = Run { d, rng: SmallRng::seed_from_u64(seed), trace: Trace::default(), capacity };
        r.write("INTR_ENABLE", 0xF);
        let start = r.d.cycles();
        let (mut base, mut shift, mut limit) = r.configure_tracker();
        while r.d.cycles() - start < cycles {
            match r.rng.gen_range(0..10) {
                0 => (base, shift, limit) = r.configure_tracker(),
                1..=3 => r.queue_writes(base, shift, limit),
                4 => r.snapshot_and_harvest(),
                5 => r.epochs(),
                6 => r.streams(),
                7 => r.read_all(),
                8 => {
                    let n = r.rng.gen_range(1..500);
                    r.d.ticks(n);
                }
                _ => {
                    r.read("INTR_STATE");
                    r.write("INTR_STATE", 0xF);
                }
            }
            // Keep the snoop queue from growing without bound behind multi-block bursts.
            while r.d.snoops_pending() > 64 {
                r.d.ticks(64);
            }
        }
        while r.d.snoops_pending() > 0 {
            r.d.ticks(16);
        }
        r.read_all();
        r.trace.forwarded = r.d.take_received();
        r.trace.cycles = r.d.cycles() - start;
        r.trace
    }
}
