//! `ftsync demo`: a short run of a simulated `ftsync_core` through the typed device API. A CE
//! dirties pages while software snapshots and harvests the bitmap; an epoch holds the CE after
//! exactly N instructions; the comparator catches a corrupted word. Every result is checked
//! against what was driven, so the demo is also a smoke test of a transport.

use crate::device::{CompareConfig, CompareMode, Device, EpochConfig, EpochSource, Timeout, TrackerConfig};
use crate::Error;
use regbus::{CorePorts, PortDriver, StreamSide};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// What the demo saw; `ok` is false when any result differs from what was driven.
pub struct DemoReport {
    pub lines: Vec<String>,
    pub ok: bool,
    pub cycles: u64,
}

/// A repeatable write stream: mostly a hot set of pages, sometimes a multi-page burst.
struct Workload(u64);

impl Workload {
    fn next(&mut self) -> u64 {
        // xorshift64*: deterministic without a dependency.
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
}

pub fn run<P: CorePorts>(driver: PortDriver<P>) -> Result<DemoReport, Error> {
    let mut dev = Device::open(driver)?;
    let mut lines = Vec::new();
    let mut ok = true;
    let caps = dev.caps();
    lines.push(format!(
        "ftsync_core {}.{}.{}: bitmap {} bits, streams {} bits, skew FIFOs {} words",
        dev.version().0,
        dev.version().1,
        dev.version().2,
        caps.track_capacity,
        caps.stream_width,
        caps.fifo_depth
    ));

    // ---- write_tracker: 4 KiB pages from 2 GiB, as many as the bitmap holds.
    let cfg = TrackerConfig { base: 0x8000_0000, shift: 12, limit: caps.track_capacity };
    dev.track_configure(cfg)?;
    dev.track_enable(true)?;
    let pages = u64::from(cfg.limit);
    let mut w = Workload(0x00f7_5eed);
    for pass in 1..=3 {
        let mut expected = BTreeSet::new();
        let writes = 4000;
        for _ in 0..writes {
            let r = w.next();
            let page = if r % 10 < 8 { r % 256 } else { (r >> 8) % pages };
            let (offset, len) = if r % 50 == 0 { (100, 3 * 4096) } else { ((r >> 32) % 4032, 64) };
            dev.bus().queue_snoop(cfg.base + page * 4096 + offset, len as u16);
            let last = (page * 4096 + offset + len - 1) / 4096;
            expected.extend((page..=last).filter(|p| *p < pages));
            // Software does not wait for the CE: the writes flow while registers are read.
            if dev.bus().snoops_pending() > 32 {
                dev.track_counts()?;
            }
        }
        while dev.bus().snoops_pending() > 0 {
            dev.track_counts()?;
        }
        dev.track_snapshot()?;
        dev.track_wait_idle(Timeout::Polls(1000))?;
        let got: BTreeSet<u64> = dev.track_harvest()?.into_iter().collect();
        let counts = dev.track_counts()?;
        let good = got == expected && counts.snap as usize == expected.len();
        ok &= good;
        let mut line = format!(
            "pass {pass}: {writes} writes dirtied {} pages; snapshot harvested {} in {} runs (TRACK_SNAP_COUNT {})",
            expected.len(),
            got.len(),
            crate::device::ranges(&got.iter().copied().collect::<Vec<_>>()).len(),
            counts.snap
        );
        let _ = write!(line, ": {}", if good { "match" } else { "MISMATCH" });
        lines.push(line);
        dev.track_clear()?;
        dev.track_wait_idle(Timeout::Polls(5000))?;
    }

    // ---- epoch_counter: the background CE retires one instruction per cycle unless held.
    let load = 1000;
    dev.epoch_configure(EpochConfig {
        load,
        auto_reload: true,
        hold_at_end: true,
        source: EpochSource::Retire,
        drain_ends: false,
    })?;
    dev.epoch_enable(true)?;
    dev.bus().ce_running = true;
    let mut per_epoch = Vec::new();
    let mut before = dev.bus().retired();
    for _ in 0..3 {
        let mut polls = 0;
        while !dev.epoch_status()?.held {
            polls += 1;
            if polls > 10_000 {
                return Err(Error::WaitTimeout {
                    register: "EPOCH_STATUS",
                    field: "HELD",
                    want: 1,
                    timeout: Timeout::Polls(polls),
                });
            }
        }
        let now = dev.bus().retired();
        per_epoch.push(now - before);
        before = now;
        dev.epoch_resume()?;
    }
    dev.bus().ce_running = false;
    let number = dev.epoch_status()?.number;
    let good = per_epoch.iter().all(|n| *n == u64::from(load)) && number == 3;
    ok &= good;
    lines.push(format!(
        "epochs: {number} completed, instructions per epoch {per_epoch:?} (EPOCH_LOAD {load}): {}",
        if good { "exact" } else { "WRONG" }
    ));

    // ---- link_comparator: word 37 of B corrupted.
    dev.compare_configure(CompareConfig { mode: CompareMode::Duplex, halt_on_mismatch: true, skew_timeout: 1000 })?;
    dev.compare_enable(true)?;
    for i in 0..64u64 {
        let word = 0xC0DE_0000_0000_0000 | i;
        dev.bus().queue_word(StreamSide::A, word, i % 16 == 15);
        dev.bus().queue_word(StreamSide::B, if i == 37 { word ^ 0x10 } else { word }, i % 16 == 15);
    }
    dev.bus().ticks(100);
    let forwarded = dev.bus().take_received();
    let status = dev.compare_status()?;
    let m = dev.compare_mismatch()?;
    let good = m.is_some_and(|m| m.index == 37 && m.a_low == 37 && m.b_low == 37 ^ 0x10 && m.epoch == 3)
        && status.halted
        && forwarded.len() == 37;
    ok &= good;
    lines.push(match m {
        Some(m) => format!(
            "comparator: {} equal words forwarded, {} frames; first mismatch at word {} in epoch {} (A {:#x}, B {:#x}): {}",
            status.words,
            status.frames,
            m.index,
            m.epoch,
            m.a_low,
            m.b_low,
            if good { "caught, link halted" } else { "WRONG" }
        ),
        None => "comparator: the corrupted word was NOT caught".into(),
    });
    dev.compare_clear()?;
    let cycles = dev.bus().cycles();
    Ok(DemoReport { lines, ok, cycles })
}
