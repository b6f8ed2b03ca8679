//! The sync engine against its baselines (not a test): `cargo bench -p ftsync --bench sync`.
//!
//! Part 1, virtual time on the model core (`CoreModel::default_params()`, 16384-bit bitmap):
//! for every tracked size × write rate × hot-set fraction, stop-and-copy, the QEMU-like
//! precopy and ftsync run one after the other on the same trace (same workload, same seed,
//! fresh core and clock each), over `Memory::Phantom`; so does a diagnostic ftsync run with
//! its background cap at link speed, to attribute byte differences. One JSON line per
//! configuration. Two workers run configurations side by side; each run is single-threaded.
//!
//! Part 2, wall time on this machine, 1 GiB region: what tracking costs the writer, and what a
//! harvest costs per GiB, for checksums, the hardware model and soft-dirty.
//!
//! Then a summary with the goal checks, as ratios against the baselines. Everything (with
//! every run's full report) also goes to target/bench/sync.json.
//!
//! Subsets for exploring, not for the record: FTSYNC_BENCH_SIZES=1,4 (GiB),
//! FTSYNC_BENCH_RATES=1e4,5e4, FTSYNC_BENCH_HOT=0.001,0.01, FTSYNC_BENCH_SURGE_RATES=5e4,
//! FTSYNC_BENCH_SURGE_HOT=0.1 (`none` empties a list), FTSYNC_BENCH_THREADS=2,
//! FTSYNC_BENCH_WALL=0 to skip part 2.
//!
//! Why these workloads. Phantom memory reads as zeros, so nothing may depend on content: the
//! target is not pre-cleared (no zero skip) and ftsync runs without compression (lz4 on zeros
//! would shrink every block to nothing, flattering it). The bitmap has 16384 bits, so a block
//! is size/16384: 64 KiB at 1 GiB, 4 MiB at 64 GiB, and one 300 ms pause at 1 GiB/s carries
//! 300 MiB — 4800 blocks at 1 GiB but 75 at 64 GiB. 1 % of writes land uniformly over all
//! memory (the cold tail every real CE has), the rest uniformly over the hot set, so the
//! hot-set fraction sets the working set outright and the write rate sets how fast the cold
//! tail dirties blocks. Hot sets of 0.1 %, 1 % and 10 % are 1–100 MiB at 1 GiB (always within
//! one pause) and 64 MiB – 6.4 GiB at 64 GiB (only the smallest fits), so every size has
//! converging and hopeless cases. Rates of 10 k, 50 k and 200 k writes/s go from "the cold
//! tail barely matters" to "it dirties most of 64 GiB in one full pass".
//!
//! Steady workloads that cannot converge are refused by ftsync's evaluation before any pass,
//! which leaves its give-up-during-passes path untested; the surge configurations (1 k
//! writes/s for the first second, then 50 k/s) get past the evaluation and exercise it.
//!
//! Cost: a snooped write costs 0.4–0.9 µs of wall time in the model (the hardware part below
//! reports it), and the dearest run, QEMU-like at 64 GiB and 200 k/s, makes about 70 M writes:
//! twelve 64 s passes, the early ones unthrottled. The whole bench takes about 4.5 minutes on
//! 2 cores; rates in the millions would make single 64 GiB runs take many minutes.

use block_model::core::CoreModel;
use ftsync::device::Device;
use ftsync::error_chain;
use ftsync::sync::baseline::{self, QemuParams};
use ftsync::sync::checksum::ChecksumTracker;
use ftsync::sync::engine::{self, Compression, Outcome, SyncParams, SyncReport};
use ftsync::sync::soft_dirty::SoftDirtyTracker;
use ftsync::sync::virt::StillSource;
use ftsync::sync::virt::{Distribution, HardwareTracker, Memory, VirtualCe, VirtualClock, Workload, CORE_HZ};
use ftsync::sync::{SyncError, Target, Tracker};
use regbus::PortDriver;
use serde_json::{json, Value};
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const GIB: u64 = 1 << 30;
const MAX_PAUSE: Duration = Duration::from_millis(300);
const LINK: u64 = GIB;
const HOT_SHARE: f64 = 0.99;
const SEED: u64 = 0x5EED_F75C;
/// QEMU-like passes before it is called non-converging (QEMU itself never gives up).
const QEMU_MAX_PASSES: u32 = 30;

fn list<T: std::str::FromStr + Clone>(var: &str, default: &[T]) -> Vec<T> {
    match std::env::var(var) {
        Ok(s) if s.trim() == "none" => Vec::new(),
        Ok(s) if !s.trim().is_empty() => {
            s.split(',').map(|x| x.trim().parse().unwrap_or_else(|_| panic!("{var}: cannot parse {x:?}"))).collect()
        }
        _ => default.to_vec(),
    }
}

#[derive(Clone, Copy, Debug)]
struct Config {
    size_gib: u64,
    write_rate: f64,
    hot_fraction: f64,
    /// Calm (`SURGE_CALM` writes/s) until `SURGE_AT`, then `write_rate`: what gets past
    /// ftsync's evaluation and must then be given up on during the passes.
    surge: bool,
}

const SURGE_CALM: f64 = 1_000.0;
const SURGE_AT: Duration = Duration::from_secs(1);

impl Config {
    fn workload(&self) -> Workload {
        Workload {
            write_rate: if self.surge { SURGE_CALM } else { self.write_rate },
            hot_fraction: self.hot_fraction,
            hot_share: HOT_SHARE,
            distribution: Distribution::Uniform,
            burst: (8, 256),
            seed: SEED,
            schedule: if self.surge { vec![(SURGE_AT, self.write_rate)] } else { vec![] },
        }
    }
}

/// Discards what it is sent; reads back zeros, which is what a phantom source holds, so the
/// engine's post-resume verification finds nothing to repair.
struct NullTarget(u64);

impl Target for NullTarget {
    fn len(&self) -> u64 {
        self.0
    }
    fn write(&mut self, _: u64, _: &[u8]) -> Result<(), SyncError> {
        Ok(())
    }
    fn read(&mut self, _: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        buf.fill(0);
        Ok(())
    }
    fn set_context(&mut self, _: &[u8]) -> Result<(), SyncError> {
        Ok(())
    }
    fn mark_consistent(&mut self) -> Result<(), SyncError> {
        Ok(())
    }
}

type Ce = VirtualCe<CoreModel>;

/// A fresh machine: core, clock, CE running the config's workload, hardware tracker.
fn machine(c: &Config) -> (Ce, HardwareTracker<PortDriver<CoreModel>>, VirtualClock) {
    let mut d = PortDriver::new(CoreModel::default_params());
    d.reset();
    let device = Rc::new(RefCell::new(Device::open(d).expect("open the model")));
    let clock = VirtualClock::default();
    let len = c.size_gib * GIB;
    let ce = VirtualCe::new(Memory::Phantom(len), c.workload(), device.clone(), clock.clone());
    let tracker = HardwareTracker::new(device, ce.base, len, CORE_HZ, None).expect("tracker");
    (ce, tracker, clock)
}

/// ftsync under test copies at the same bandwidth as the QEMU-like baseline (the whole link),
/// so bytes and passes compare like with like.
fn ftsync_params() -> SyncParams {
    SyncParams {
        max_pause: MAX_PAUSE,
        link_bandwidth: LINK,
        background_bandwidth: LINK,
        compression: Compression::Never,
        ..SyncParams::default()
    }
}

/// The figures of one run that the comparison needs; the full report rides along.
fn figures(r: &SyncReport, writes: u64, wall: Duration) -> Value {
    let (pause, predicted, reason) = match &r.outcome {
        Outcome::Converged { actual_pause_s, predicted_pause_s, .. } => {
            (Some(*actual_pause_s), Some(*predicted_pause_s), None)
        }
        Outcome::Failed { reason } => (None, None, Some(reason.clone())),
    };
    let error = match (pause, predicted) {
        (Some(a), Some(p)) if p > 0.0 => Some((a - p).abs() / p),
        _ => None,
    };
    json!({
        "converged": r.converged(),
        "pause_s": pause,
        "predicted_pause_s": predicted,
        "prediction_error": error,
        "pause_within_max": pause.map(|a| a <= r.max_pause_s),
        "total_bytes": r.total_bytes,
        "total_gib": r.total_bytes as f64 / GIB as f64,
        "passes": r.passes.len(),
        "attempts": r.attempts,
        "virtual_s": r.total_duration_s,
        "writes": writes,
        "wall_s": wall.as_secs_f64(),
        "failure": reason,
    })
}

/// Passes of each abandoned ftsync attempt before it gave up (0: refused at evaluation).
fn passes_before_giving_up(r: &SyncReport) -> Vec<u64> {
    let last = if r.converged() { r.attempts.saturating_sub(1) } else { r.attempts };
    (1..=last).map(|a| r.passes.iter().filter(|p| p.attempt == a).count() as u64).collect()
}

fn ratio(a: Option<f64>, b: Option<f64>) -> Option<f64> {
    match (a, b) {
        (Some(a), Some(b)) if b > 0.0 => Some(a / b),
        _ => None,
    }
}

fn run_config(c: &Config) -> (Value, Value) {
    let len = c.size_gib * GIB;

    let t = Instant::now();
    let (mut ce, _tracker, clock) = machine(c);
    let sc = baseline::stop_and_copy(&mut ce, &mut NullTarget(len), &clock, LINK).expect("stop-and-copy");
    let sc_fig = figures(&sc, ce.writes(), t.elapsed());

    let t = Instant::now();
    let (mut ce, mut tracker, clock) = machine(c);
    let qp = QemuParams {
        max_downtime: MAX_PAUSE,
        link_bandwidth: LINK,
        max_passes: QEMU_MAX_PASSES,
        throttle: Some(ce.throttle.clone()),
        ..QemuParams::default()
    };
    let (qe, throttle) =
        baseline::qemu_like_traced(&mut ce, &mut NullTarget(len), &mut tracker, &clock, qp).expect("qemu-like");
    let mut qe_fig = figures(&qe, ce.writes(), t.elapsed());
    let max_throttle = throttle.iter().copied().fold(0.0, f64::max);
    qe_fig["max_throttle_pct"] = json!((max_throttle * 100.0).round());
    qe_fig["throttled_passes"] = json!(throttle.iter().filter(|&&t| t > 0.0).count());

    let t = Instant::now();
    let (mut ce, mut tracker, clock) = machine(c);
    let fs = engine::run(&mut ce, &mut NullTarget(len), &mut tracker, &clock, &ftsync_params(), None, &mut |_| {})
        .expect("ftsync");
    let mut fs_fig = figures(&fs, ce.writes(), t.elapsed());
    fs_fig["passes_per_abandoned_attempt"] = json!(passes_before_giving_up(&fs));
    fs_fig["abandoned"] = json!(fs.abandoned);

    // Diagnostic, not a policy under test: ftsync with the default background cap (a quarter
    // of the link, stepped up when a pass does not converge), to show what sparing the link
    // costs in bytes.
    let t = Instant::now();
    let (mut ce, mut tracker, clock) = machine(c);
    let params = SyncParams { background_bandwidth: SyncParams::default().background_bandwidth, ..ftsync_params() };
    let fl = engine::run(&mut ce, &mut NullTarget(len), &mut tracker, &clock, &params, None, &mut |_| {})
        .expect("ftsync with the default cap");
    let mut fl_fig = figures(&fl, ce.writes(), t.elapsed());
    fl_fig["passes_per_abandoned_attempt"] = json!(passes_before_giving_up(&fl));
    fl_fig["bytes_vs_qemu"] = json!(ratio(Some(fl.total_bytes as f64), Some(qe.total_bytes as f64)));

    // Diagnostic: ftsync without the refresh harvests, to show what deferring blocks dirtied
    // ahead of the copy and re-checking the criterion every window are worth.
    let t = Instant::now();
    let (mut ce, mut tracker, clock) = machine(c);
    let params = SyncParams { refresh: false, ..ftsync_params() };
    let fr = engine::run(&mut ce, &mut NullTarget(len), &mut tracker, &clock, &params, None, &mut |_| {})
        .expect("ftsync without refresh");
    let mut fr_fig = figures(&fr, ce.writes(), t.elapsed());
    fr_fig["passes_per_abandoned_attempt"] = json!(passes_before_giving_up(&fr));
    fr_fig["bytes_vs_qemu"] = json!(ratio(Some(fr.total_bytes as f64), Some(qe.total_bytes as f64)));
    fr_fig["ftsync_bytes_vs_this"] = json!(ratio(Some(fs.total_bytes as f64), Some(fr.total_bytes as f64)));

    let f = |v: &Value, k: &str| v[k].as_f64();
    let ratios = json!({
        "bytes_vs_qemu": ratio(f(&fs_fig, "total_bytes"), f(&qe_fig, "total_bytes")),
        "bytes_vs_stop_and_copy": ratio(f(&fs_fig, "total_bytes"), f(&sc_fig, "total_bytes")),
        "pause_vs_qemu": ratio(f(&fs_fig, "pause_s"), f(&qe_fig, "pause_s")),
        "pause_vs_stop_and_copy": ratio(f(&fs_fig, "pause_s"), f(&sc_fig, "pause_s")),
        "passes_vs_qemu": ratio(f(&fs_fig, "passes"), f(&qe_fig, "passes")),
    });
    let line = json!({
        "bench": "sync",
        "size_gib": c.size_gib,
        "write_rate": c.write_rate,
        "hot_fraction": c.hot_fraction,
        "surge": if c.surge { json!({"calm_writes_per_s": SURGE_CALM, "until_s": SURGE_AT.as_secs_f64()}) } else { Value::Null },
        "block_bytes": fs.block_bytes,
        "blocks_fitting_max_pause": (MAX_PAUSE.as_secs_f64() * LINK as f64 / fs.block_bytes as f64) as u64,
        "stop_and_copy": sc_fig,
        "qemu_like": qe_fig,
        "ftsync": fs_fig,
        "ftsync_vs": ratios,
        "diagnostic_ftsync_default_cap": fl_fig,
        "diagnostic_ftsync_no_refresh": fr_fig,
    });
    let reports = json!({"stop_and_copy": sc, "qemu_like": qe, "qemu_like_throttle_by_pass": throttle, "ftsync": fs, "diagnostic_ftsync_default_cap": fl, "diagnostic_ftsync_no_refresh": fr});
    (line, reports)
}

// ---- Summary.

fn stats(v: &[f64]) -> Value {
    if v.is_empty() {
        return json!({"n": 0});
    }
    let n = v.len() as f64;
    let max = v.iter().copied().fold(f64::MIN, f64::max);
    let min = v.iter().copied().fold(f64::MAX, f64::min);
    let mean = v.iter().sum::<f64>() / n;
    let geo = if v.iter().all(|&x| x > 0.0) { Some((v.iter().map(|x| x.ln()).sum::<f64>() / n).exp()) } else { None };
    json!({"n": v.len(), "min": min, "geomean": geo, "mean": mean, "max": max})
}

fn summary(lines: &[Value]) -> Value {
    let get = |l: &Value, p: &str, k: &str| l[p][k].as_f64();
    let conv = |l: &Value, p: &str| l[p]["converged"].as_bool() == Some(true);
    let mut out = serde_json::Map::new();

    // Pause bound and prediction, per policy that has a bound.
    for p in ["ftsync", "qemu_like"] {
        let converged: Vec<&Value> = lines.iter().filter(|l| conv(l, p)).collect();
        let within = converged.iter().filter(|l| l[p]["pause_within_max"].as_bool() == Some(true)).count();
        let worst = converged.iter().filter_map(|l| get(l, p, "pause_s")).fold(0.0, f64::max);
        let errors: Vec<f64> = converged.iter().filter_map(|l| get(l, p, "prediction_error")).collect();
        out.insert(
            p.to_string(),
            json!({
                "runs": lines.len(),
                "converged": converged.len(),
                "pause_within_max": within,
                "pause_within_max_share": if converged.is_empty() { None } else { Some(within as f64 / converged.len() as f64) },
                "worst_pause_s": worst,
                "prediction_error": stats(&errors),
                "prediction_error_over_10pct": errors.iter().filter(|&&e| e > 0.10).count(),
            }),
        );
    }

    // Bytes against the QEMU-like baseline on the same trace.
    let all: Vec<f64> = lines.iter().filter_map(|l| l["ftsync_vs"]["bytes_vs_qemu"].as_f64()).collect();
    let both: Vec<f64> = lines
        .iter()
        .filter(|l| conv(l, "ftsync") && conv(l, "qemu_like"))
        .filter_map(|l| l["ftsync_vs"]["bytes_vs_qemu"].as_f64())
        .collect();
    let over: Vec<Value> = lines
        .iter()
        .filter(|l| l["ftsync_vs"]["bytes_vs_qemu"].as_f64().is_some_and(|r| r > 1.0))
        .map(|l| {
            json!({"size_gib": l["size_gib"], "write_rate": l["write_rate"], "hot_fraction": l["hot_fraction"], "surge": !l["surge"].is_null(),
                   "ratio": l["ftsync_vs"]["bytes_vs_qemu"], "ftsync_gib": l["ftsync"]["total_gib"], "qemu_gib": l["qemu_like"]["total_gib"],
                   "ftsync_converged": l["ftsync"]["converged"], "qemu_converged": l["qemu_like"]["converged"]})
        })
        .collect();

    // Non-convergence declared within three passes.
    let attempts: Vec<u64> = lines
        .iter()
        .flat_map(|l| l["ftsync"]["passes_per_abandoned_attempt"].as_array().cloned().unwrap_or_default())
        .filter_map(|v| v.as_u64())
        .collect();
    let late: Vec<Value> = lines
        .iter()
        .filter(|l| l["ftsync"]["passes_per_abandoned_attempt"].as_array().is_some_and(|a| a.iter().any(|v| v.as_u64().unwrap_or(0) > 3)))
        .map(|l| json!({"size_gib": l["size_gib"], "write_rate": l["write_rate"], "hot_fraction": l["hot_fraction"], "surge": !l["surge"].is_null(), "passes_per_abandoned_attempt": l["ftsync"]["passes_per_abandoned_attempt"], "abandoned": l["ftsync"]["abandoned"]}))
        .collect();

    let ratios = |k: &str, both_converged: bool| -> Value {
        let v: Vec<f64> = lines
            .iter()
            .filter(|l| {
                !both_converged || (conv(l, "ftsync") && (k.ends_with("stop_and_copy") || conv(l, "qemu_like")))
            })
            .filter_map(|l| l["ftsync_vs"][k].as_f64())
            .collect();
        stats(&v)
    };
    let f = &out["ftsync"];
    let goals = json!({
        "pause_le_max_in_every_converged_run": {
            "pass": f["converged"] == f["pause_within_max"],
            "ftsync": format!("{}/{}", f["pause_within_max"], f["converged"]),
            "qemu_like_for_reference": format!("{}/{}", out["qemu_like"]["pause_within_max"], out["qemu_like"]["converged"]),
        },
        "prediction_error_le_10pct": {
            "pass": f["prediction_error_over_10pct"] == json!(0),
            "ftsync_max": f["prediction_error"]["max"],
            "ftsync_mean": f["prediction_error"]["mean"],
            "qemu_like_max_for_reference": out["qemu_like"]["prediction_error"]["max"],
        },
        "ftsync_bytes_le_qemu_like": {
            "pass": over.is_empty(),
            "configs": all.len(),
            "configs_over": over.len(),
            "ratio_all": stats(&all),
            "ratio_both_converged": stats(&both),
            "over": over,
        },
        "non_convergence_declared_within_3_passes": {
            "pass": late.is_empty(),
            "abandoned_attempts": attempts.len(),
            "max_passes_in_an_abandoned_attempt": attempts.iter().copied().max(),
            "late": late,
        },
    });
    let diag = "diagnostic_ftsync_default_cap";
    let at_link: Vec<f64> = lines.iter().filter_map(|l| l[diag]["bytes_vs_qemu"].as_f64()).collect();
    let at_link_both: Vec<f64> = lines
        .iter()
        .filter(|l| conv(l, diag) && conv(l, "qemu_like"))
        .filter_map(|l| l[diag]["bytes_vs_qemu"].as_f64())
        .collect();
    let at_link_late: Vec<u64> = lines
        .iter()
        .flat_map(|l| l[diag]["passes_per_abandoned_attempt"].as_array().cloned().unwrap_or_default())
        .filter_map(|v| v.as_u64())
        .filter(|&n| n > 3)
        .collect();
    let diagnostic = json!({
        "what": "ftsync with the default background cap (256 MiB/s, a quarter of the link, stepped up x2 per unconverged pass)",
        "converged": lines.iter().filter(|l| conv(l, diag)).count(),
        "pause_within_max": lines.iter().filter(|l| l[diag]["pause_within_max"].as_bool() == Some(true)).count(),
        "bytes_vs_qemu_like_all": stats(&at_link),
        "bytes_vs_qemu_like_both_converged": stats(&at_link_both),
        "configs_over_qemu_like": at_link.iter().filter(|&&r| r > 1.0).count(),
        "abandoned_attempts_over_3_passes": at_link_late.len(),
    });
    let nr = "diagnostic_ftsync_no_refresh";
    let saved: Vec<f64> = lines.iter().filter_map(|l| l[nr]["ftsync_bytes_vs_this"].as_f64()).collect();
    let saved_both: Vec<f64> = lines
        .iter()
        .filter(|l| conv(l, nr) && conv(l, "ftsync"))
        .filter_map(|l| l[nr]["ftsync_bytes_vs_this"].as_f64())
        .collect();
    let nr_late: Vec<u64> = lines
        .iter()
        .flat_map(|l| l[nr]["passes_per_abandoned_attempt"].as_array().cloned().unwrap_or_default())
        .filter_map(|v| v.as_u64())
        .filter(|&n| n > 3)
        .collect();
    let no_refresh = json!({
        "what": "ftsync without refresh harvests (one harvest per pass, as QEMU syncs its bitmap once per iteration)",
        "converged": lines.iter().filter(|l| conv(l, nr)).count(),
        "ftsync_bytes_vs_no_refresh_all": stats(&saved),
        "ftsync_bytes_vs_no_refresh_both_converged": stats(&saved_both),
        "bytes_vs_qemu_like_all": stats(&lines.iter().filter_map(|l| l[nr]["bytes_vs_qemu"].as_f64()).collect::<Vec<_>>()),
        "abandoned_attempts_over_3_passes": nr_late.len(),
    });
    json!({
        "bench": "sync-summary",
        "goals": goals,
        "diagnostic_default_cap": diagnostic,
        "diagnostic_no_refresh": no_refresh,
        "ratios": {
            "bytes_vs_qemu_like": ratios("bytes_vs_qemu", false),
            "bytes_vs_stop_and_copy": ratios("bytes_vs_stop_and_copy", false),
            "pause_vs_qemu_like_both_converged": ratios("pause_vs_qemu", true),
            "pause_vs_stop_and_copy_ftsync_converged": ratios("pause_vs_stop_and_copy", true),
            "passes_vs_qemu_like": ratios("passes_vs_qemu", false),
        },
        "policies": {"ftsync": out["ftsync"], "qemu_like": out["qemu_like"]},
        "converged": {
            "stop_and_copy": lines.len(),
            "qemu_like": lines.iter().filter(|l| conv(l, "qemu_like")).count(),
            "ftsync": lines.iter().filter(|l| conv(l, "ftsync")).count(),
            "ftsync_only": lines.iter().filter(|l| conv(l, "ftsync") && !conv(l, "qemu_like")).count(),
            "qemu_like_only": lines.iter().filter(|l| !conv(l, "ftsync") && conv(l, "qemu_like")).count(),
        },
    })
}

// ---- Part 2: wall time.

/// A CE's memory in this process, written directly by the benchmark.

fn timed(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

const REGION: u64 = GIB;
const PAGE: usize = 4096;
/// Dirty-block counts the harvests are timed at.
const DIRTY: [u64; 4] = [0, 256, 4096, 16384];

fn wall_checksum(mem: &mut Vec<u8>) -> Value {
    let mut src = StillSource(Memory::Bytes(std::mem::take(mem)));
    // Scan bandwidth only feeds harvest_cost() (virtual-time charging); wall time is measured.
    let mut t = ChecksumTracker::new(PAGE as u64, 4 * GIB).expect("checksum tracker");
    let arm = timed(|| t.arm(&mut src).expect("arm"));
    let mut rows = Vec::new();
    let pages = REGION / PAGE as u64;
    for n in DIRTY {
        // Spread over the region so that no two fall into one block.
        let step = pages.checked_div(n.min(pages)).unwrap_or(1);
        let mut time = Duration::MAX;
        for _ in 0..3 {
            for k in 0..n.min(pages) {
                let i = (k * step) as usize * PAGE;
                let b = &mut src.bytes_mut()[i];
                *b = b.wrapping_add(1);
            }
            let h = Instant::now();
            let found = t.harvest(&mut src).expect("harvest").len() as u64;
            time = time.min(h.elapsed());
            assert_eq!(found, n.min(pages), "checksum harvest sees every changed page");
        }
        rows.push(json!({"dirty_blocks": n, "harvest_ms": time.as_secs_f64() * 1e3, "harvest_ms_per_gib": time.as_secs_f64() * 1e3 * GIB as f64 / REGION as f64}));
    }
    if let Memory::Bytes(v) = src.0 {
        *mem = v;
    }
    json!({
        "tracker": "checksum (XXH64 per 4 KiB block, whole-region rescan per harvest)",
        "available": true,
        "region_gib": REGION as f64 / GIB as f64,
        "block_bytes": PAGE,
        "writer_overhead_ns_per_write": 0,
        "writer_overhead_reason": "the checksum tracker only reads memory; the writer's stores are not intercepted",
        "arm_ms": arm.as_secs_f64() * 1e3,
        "harvest": rows,
    })
}

fn wall_hardware() -> Value {
    let mut d = PortDriver::new(CoreModel::default_params());
    d.reset();
    let device = Rc::new(RefCell::new(Device::open(d).expect("open the model")));
    let base = 0x1_0000_0000u64;
    let mut t = HardwareTracker::new(device.clone(), base, REGION, CORE_HZ, None).expect("tracker");
    let block = t.block_bytes();
    let blocks = REGION / block;
    let mut null = StillSource(Memory::Phantom(REGION));
    t.arm(&mut null).expect("arm");
    let mut rows = Vec::new();
    let (mut writes, mut cycles) = (0u64, 0u64);
    let stall0 = device.borrow_mut().track_counts().expect("counts").stall_cycles;
    let mut snoop_wall = Duration::ZERO;
    for n in DIRTY {
        let n = n.min(blocks);
        let step = blocks.checked_div(n).unwrap_or(1);
        let mut harvest = Duration::MAX;
        let mut cost = Duration::ZERO;
        for _ in 0..3 {
            let s = Instant::now();
            for k in 0..n {
                cycles += device.borrow_mut().bus().snoop(base + k * step * block, 8);
            }
            snoop_wall += s.elapsed();
            writes += n;
            let h = Instant::now();
            let found = t.harvest(&mut null).expect("harvest").len() as u64;
            harvest = harvest.min(h.elapsed());
            cost = t.harvest_cost();
            assert_eq!(found, n, "the hardware harvest sees every written block");
        }
        rows.push(json!({
            "dirty_blocks": n,
            "harvest_ms": harvest.as_secs_f64() * 1e3,
            "harvest_ms_per_gib": harvest.as_secs_f64() * 1e3 * GIB as f64 / REGION as f64,
            "modelled_bus_ms_at_100mhz": cost.as_secs_f64() * 1e3,
        }));
    }
    let stalls = device.borrow_mut().track_counts().expect("counts").stall_cycles - stall0;
    json!({
        "tracker": "hardware write_tracker (block_model CoreModel through PortDriver and the device API)",
        "available": true,
        "region_gib": REGION as f64 / GIB as f64,
        "block_bytes": block,
        "writer_overhead_ns_per_write": 0,
        "writer_overhead_reason": format!(
            "the tracker snoops the memory controller; the writer never waits for it: {writes} snooped writes took {:.2} core cycles each to be accepted and caused {stalls} stall cycles",
            cycles as f64 / writes.max(1) as f64
        ),
        "model_wall_us_per_snooped_write": snoop_wall.as_secs_f64() * 1e6 / writes.max(1) as f64,
        "harvest": rows,
        "harvest_note": "harvest_ms is wall time to simulate snapshot + harvest + clear on the model; modelled_bus_ms_at_100mhz is what those register accesses take on a 100 MHz core",
    })
}

fn wall_soft_dirty(mem: &mut [u8]) -> Value {
    let page = PAGE as u64;
    let addr = mem.as_ptr() as u64;
    let at = (addr.next_multiple_of(page) - addr) as usize;
    let len = (REGION - page) / page * page;
    match SoftDirtyTracker::new(std::process::id(), addr + at as u64, len) {
        Err(e) => json!({
            "tracker": "soft-dirty (/proc/self/clear_refs + pagemap)",
            "available": false,
            "error": error_chain(&e),
            "writer_overhead_ns_per_write": null,
            "harvest": null,
        }),
        Ok(mut t) => {
            let mut src = StillSource(Memory::Phantom(len));
            let region = &mut mem[at..at + len as usize];
            let pages = len / page;
            // Every page present first, so that arming measures the protection, not first touch.
            for p in 0..pages as usize {
                region[p * PAGE] = region[p * PAGE].wrapping_add(1);
            }
            let touch = |region: &mut [u8], n: u64| {
                let step = (pages / n.max(1)).max(1) as usize;
                let t = Instant::now();
                for k in 0..n.min(pages) as usize {
                    region[k * step * PAGE] = region[k * step * PAGE].wrapping_add(1);
                }
                std::hint::black_box(&region);
                t.elapsed()
            };
            let arm = timed(|| t.arm(&mut src).expect("arm"));
            let n = 16384u64;
            let faulting = touch(region, n);
            let writable = touch(region, n);
            let mut rows = Vec::new();
            for d in DIRTY {
                let mut time = Duration::MAX;
                for _ in 0..3 {
                    let _ = t.harvest(&mut src).expect("harvest");
                    touch(region, d);
                    let h = Instant::now();
                    let _ = t.harvest(&mut src).expect("harvest");
                    time = time.min(h.elapsed());
                }
                rows.push(json!({"dirty_blocks": d, "harvest_ms": time.as_secs_f64() * 1e3, "harvest_ms_per_gib": time.as_secs_f64() * 1e3 * GIB as f64 / len as f64}));
            }
            json!({
                "tracker": "soft-dirty (/proc/self/clear_refs + pagemap)",
                "available": true,
                "region_gib": len as f64 / GIB as f64,
                "block_bytes": page,
                "arm_ms": arm.as_secs_f64() * 1e3,
                "writer_overhead_ns_per_write": (faulting.as_secs_f64() - writable.as_secs_f64()) * 1e9 / n as f64,
                "writer_overhead_reason": "first write to each page after clear_refs takes a write-protect fault; measured as first-write minus second-write time per page",
                "harvest": rows,
            })
        }
    }
}

fn wall_part() -> Value {
    // One region for the checksum source and the soft-dirty range: non-zero content, so the
    // checksums hash real data.
    let mut mem: Vec<u8> =
        (0..REGION as usize).map(|i| (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3]).collect();
    let checksum = wall_checksum(&mut mem);
    let soft = wall_soft_dirty(&mut mem);
    drop(mem);
    let hardware = wall_hardware();
    json!({"bench": "sync-wall", "checksum": checksum, "hardware_model": hardware, "soft_dirty": soft})
}

fn main() {
    let started = Instant::now();
    let sizes: Vec<u64> = list("FTSYNC_BENCH_SIZES", &[1, 4, 16, 64]);
    let rates: Vec<f64> = list("FTSYNC_BENCH_RATES", &[10_000.0, 50_000.0, 200_000.0]);
    let hots: Vec<f64> = list("FTSYNC_BENCH_HOT", &[0.001, 0.01, 0.1]);
    let surge_rates: Vec<f64> = list("FTSYNC_BENCH_SURGE_RATES", &[50_000.0]);
    let surge_hots: Vec<f64> = list("FTSYNC_BENCH_SURGE_HOT", &[0.01, 0.1]);
    let threads: usize =
        list("FTSYNC_BENCH_THREADS", &[std::thread::available_parallelism().map_or(2, |n| n.get())])[0].max(1);
    let wall = list("FTSYNC_BENCH_WALL", &[1u32])[0] != 0;

    let mut configs = Vec::new();
    for &size_gib in &sizes {
        for &write_rate in &rates {
            for &hot_fraction in &hots {
                configs.push(Config { size_gib, write_rate, hot_fraction, surge: false });
            }
        }
        for &write_rate in &surge_rates {
            for &hot_fraction in &surge_hots {
                configs.push(Config { size_gib, write_rate, hot_fraction, surge: true });
            }
        }
    }
    // Longest first, so the two workers finish together.
    let mut order: Vec<usize> = (0..configs.len()).collect();
    order.sort_by(|&a, &b| {
        (configs[b].size_gib, configs[b].write_rate as u64).cmp(&(configs[a].size_gib, configs[a].write_rate as u64))
    });
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<(Value, Value)>>> = Mutex::new(vec![None; configs.len()]);
    std::thread::scope(|s| {
        for _ in 0..threads.min(configs.len()) {
            s.spawn(|| loop {
                let k = next.fetch_add(1, Ordering::Relaxed);
                let Some(&i) = order.get(k) else { break };
                let c = configs[i];
                let t = Instant::now();
                let r = run_config(&c);
                eprintln!(
                    "[{:>6.1} s] {} GiB, {}{} writes/s, hot {}: done in {:.1} s (ftsync {}, qemu-like {})",
                    started.elapsed().as_secs_f64(),
                    c.size_gib,
                    if c.surge { "surge to " } else { "" },
                    c.write_rate,
                    c.hot_fraction,
                    t.elapsed().as_secs_f64(),
                    if r.0["ftsync"]["converged"] == true { "converged" } else { "failed" },
                    if r.0["qemu_like"]["converged"] == true { "converged" } else { "failed" },
                );
                results.lock().unwrap()[i] = Some(r);
            });
        }
    });
    let results: Vec<(Value, Value)> =
        results.into_inner().unwrap().into_iter().map(|r| r.expect("every config ran")).collect();
    let lines: Vec<Value> = results.iter().map(|r| r.0.clone()).collect();
    for l in &lines {
        println!("{l}");
    }
    let virtual_s = started.elapsed().as_secs_f64();

    let wall_figures = if wall {
        let t = Instant::now();
        let w = wall_part();
        eprintln!(
            "[{:>6.1} s] wall-time part done in {:.1} s",
            started.elapsed().as_secs_f64(),
            t.elapsed().as_secs_f64()
        );
        println!("{w}");
        Some(w)
    } else {
        None
    };

    let mut sum = summary(&lines);
    sum["runtime_s"] =
        json!({"virtual_time_part": virtual_s, "total": started.elapsed().as_secs_f64(), "threads": threads});
    sum["settings"] = json!({
        "core": "block_model::core::CoreModel::default_params() (16384-bit bitmap), 100 MHz",
        "memory": "Memory::Phantom",
        "max_pause_s": MAX_PAUSE.as_secs_f64(),
        "link_bandwidth": LINK,
        "ftsync": format!("{:?}", ftsync_params()),
        "qemu_like": format!("{:?}", QemuParams { max_downtime: MAX_PAUSE, link_bandwidth: LINK, max_passes: QEMU_MAX_PASSES, ..QemuParams::default() }),
        "workload": {"hot_share": HOT_SHARE, "distribution": "uniform within the hot set and over all memory", "burst_bytes": [8, 256], "seed": SEED},
        "sizes_gib": sizes, "write_rates": rates, "hot_fractions": hots,
        "surge": {"calm_writes_per_s": SURGE_CALM, "until_s": SURGE_AT.as_secs_f64(), "write_rates": surge_rates, "hot_fractions": surge_hots},
    });
    println!("{sum}");

    let doc = json!({
        "configs": lines,
        "reports": results.iter().map(|r| json!({"size_gib": r.0["size_gib"], "write_rate": r.0["write_rate"], "hot_fraction": r.0["hot_fraction"], "surge": !r.0["surge"].is_null(), "reports": r.1})).collect::<Vec<_>>(),
        "wall": wall_figures,
        "summary": sum,
    });
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    match std::fs::create_dir_all(&dir)
        .and_then(|_| std::fs::write(dir.join("sync.json"), serde_json::to_string_pretty(&doc).expect("json") + "\n"))
    {
        Ok(()) => eprintln!("wrote {}", dir.join("sync.json").display()),
        Err(e) => eprintln!("could not write {}: {e}", dir.join("sync.json").display()),
    }
}
