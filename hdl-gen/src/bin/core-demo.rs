//! A short run of the default `ftsync_core` (16384-bit bitmap) through its Wishbone bus, in
//! rust-hdl's simulator: a CE dirties pages, software snapshots and harvests the bitmap through
//! TRACK_SUMMARY; an epoch holds a CE after exactly N instructions; the comparator catches a
//! corrupted word. Every result is checked; the exit status says whether all matched.

use hdl_gen::bench::CoreBench;
use std::collections::BTreeSet;
use std::process::ExitCode;
use std::time::Instant;

type Core = CoreBench<14, 9, 4, 64, 5, 6>;

fn bits(reg: &str, field: &str, v: u32) -> u32 {
    Core::bits(reg, field, v)
}

/// A deterministic write stream: mostly a hot set of pages, sometimes a multi-page burst.
struct Workload {
    state: u64,
}

impl Workload {
    fn next(&mut self) -> u64 {
        // xorshift64*: repeatable without a dependency.
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

fn harvest(c: &mut Core) -> BTreeSet<u64> {
    let summary = regmap::offset("TRACK_SUMMARY");
    let bitmap = regmap::offset("TRACK_BITMAP");
    let words = (1u32 << Core::field("CAPS", "TRACK_CAPACITY_LOG2", c.read("CAPS"))) / 32;
    let mut pages = BTreeSet::new();
    for s in 0..words.div_ceil(32) {
        let sw = c.read_at(summary + 4 * s);
        for i in (0..32).filter(|i| sw & (1 << i) != 0) {
            let word = s * 32 + i;
            let v = c.read_at(bitmap + 4 * word);
            pages.extend((0..32).filter(|b| v & (1 << b) != 0).map(|b| u64::from(word * 32 + b)));
        }
    }
    pages
}

fn main() -> ExitCode {
    let start = Instant::now();
    let mut ok = true;
    let mut c = Core::new();
    let caps = c.read("CAPS");
    println!(
        "ftsync_core: ID {:#010x}, VERSION {:#x}, bitmap {} bits, streams {} bits, skew FIFOs {} words",
        c.read("ID"),
        c.read("VERSION"),
        1u32 << Core::field("CAPS", "TRACK_CAPACITY_LOG2", caps),
        Core::field("CAPS", "STREAM_WIDTH", caps),
        1u32 << Core::field("CAPS", "FIFO_DEPTH_LOG2", caps)
    );

    // ---- write_tracker: 4 KiB pages over 64 MiB at 2 GiB.
    let base = 0x8000_0000u64;
    c.write("TRACK_BASE_LO", base as u32);
    c.write("TRACK_BASE_HI", (base >> 32) as u32);
    c.write("TRACK_SHIFT", 12);
    c.write("TRACK_LIMIT", 16384);
    c.write("TRACK_CTRL", bits("TRACK_CTRL", "EN", 1));
    let mut w = Workload { state: 0x00f7_5eed };
    for pass in 1..=2 {
        let mut expected = BTreeSet::new();
        let writes = 3000;
        for _ in 0..writes {
            let r = w.next();
            let page = if r % 10 < 8 { r % 256 } else { (r >> 8) % 16384 };
            let (offset, len) = if r % 50 == 0 { (100, 3 * 4096) } else { ((r >> 32) % 4032, 64) };
            c.snoop(base + page * 4096 + offset, len as u16);
            let last = (page * 4096 + offset + len - 1) / 4096;
            expected.extend((page..=last).filter(|p| *p < 16384));
        }
        c.write("TRACK_CTRL", bits("TRACK_CTRL", "EN", 1) | bits("TRACK_CTRL", "SNAPSHOT", 1));
        c.wait_field("TRACK_STATUS", "BUSY", 0, 100);
        let snap_count = c.read("TRACK_SNAP_COUNT");
        let got = harvest(&mut c);
        let good = got == expected && snap_count as usize == expected.len();
        ok &= good;
        println!(
            "pass {pass}: {writes} writes dirtied {} pages; snapshot holds {} (TRACK_SNAP_COUNT {snap_count}), stalls {} cycles: {}",
            expected.len(),
            got.len(),
            c.read("TRACK_STALL_CYCLES"),
            if good { "match" } else { "MISMATCH" }
        );
        c.write("TRACK_CTRL", bits("TRACK_CTRL", "EN", 1) | bits("TRACK_CTRL", "CLEAR", 1));
        c.wait_field("TRACK_STATUS", "BUSY", 0, 1000);
    }

    // ---- epoch_counter: a CE that retires one instruction per cycle unless held.
    let load = 1000;
    c.write("EPOCH_LOAD", load);
    c.write(
        "EPOCH_CTRL",
        bits("EPOCH_CTRL", "EN", 1) | bits("EPOCH_CTRL", "AUTO_RELOAD", 1) | bits("EPOCH_CTRL", "HOLD_AT_END", 1),
    );
    let mut per_epoch = Vec::new();
    for _ in 0..3 {
        let mut retired = 0u32;
        loop {
            c.b.settle();
            if c.b.uut.ce_hold.val() {
                break;
            }
            c.b.uut.ce_retire.next = true;
            c.b.tick();
            retired += 1;
        }
        c.b.uut.ce_retire.next = false;
        per_epoch.push(retired);
        c.write("EPOCH_RESUME", 1);
    }
    let epochs = c.read("EPOCH_NUMBER_LO");
    let good = per_epoch.iter().all(|n| *n == load) && epochs == 3;
    ok &= good;
    println!("epochs: {epochs} completed, instructions per epoch {per_epoch:?} (EPOCH_LOAD {load}): {}", if good { "exact" } else { "WRONG" });

    // ---- link_comparator: word 37 of B corrupted.
    c.write("CMP_CTRL", bits("CMP_CTRL", "EN", 1) | bits("CMP_CTRL", "HALT_ON_MISMATCH", 1));
    c.b.uut.o_ready.next = true;
    for i in 0..64u64 {
        let word = 0xC0DE_0000_0000_0000 | i;
        c.b.uut.a_valid.next = true;
        c.b.uut.b_valid.next = true;
        c.b.uut.a_data.next = word.into();
        c.b.uut.b_data.next = (if i == 37 { word ^ 0x10 } else { word }).into();
        c.b.tick();
    }
    c.b.uut.a_valid.next = false;
    c.b.uut.b_valid.next = false;
    c.b.ticks(4);
    let index = c.read("CMP_MISMATCH_INDEX_LO");
    let forwarded = c.read("CMP_WORDS_LO");
    let good = index == 37 && forwarded == 37 && c.read("CMP_MISMATCH_EPOCH") == 3;
    ok &= good;
    println!(
        "comparator: {forwarded} equal words forwarded, first mismatch at word {index} in epoch {} (A {:#x}, B {:#x}): {}",
        c.read("CMP_MISMATCH_EPOCH"),
        c.read("CMP_MISMATCH_A"),
        c.read("CMP_MISMATCH_B"),
        if good { "caught" } else { "WRONG" }
    );

    println!("{} cycles simulated in {:.1} s", c.b.cycle, start.elapsed().as_secs_f64());
    if ok {
        println!("demo: all results match");
        ExitCode::SUCCESS
    } else {
        println!("demo: results differ from what was written");
        ExitCode::FAILURE
    }
}
