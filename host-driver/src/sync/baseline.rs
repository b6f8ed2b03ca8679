//! The two policies the engine is measured against (benches/sync.rs), over the same
//! [`Source`]/[`Target`]/[`Tracker`]/[`Clock`] parts and reporting the same [`SyncReport`], so
//! that a run of each on one workload trace compares like with like.
//!
//! - [`stop_and_copy`]: pause, copy everything, resume. No tracker, one pass, the longest pause
//!   and the fewest bytes a complete copy can take.
//! - [`qemu_like`]: QEMU's precopy live migration with auto-converge, reduced to the decisions
//!   that shape its pause, bytes and passes (see [`QemuParams`] for the exact rules and where
//!   they depart from QEMU).
//!
//! Neither skips zero blocks nor compresses (QEMU's defaults), and neither verifies after
//! resume: their reports carry an empty [`Verification`].

use super::engine::{Outcome, PassReport, SyncReport, Verification};
use super::{Clock, Source, SyncError, Target, Tracker};
use std::cell::Cell;
use std::collections::BTreeSet;
use std::rc::Rc;
use std::time::Duration;

/// Copy unit of [`stop_and_copy`], which has no tracker to dictate one: large enough that
/// per-call costs vanish, small enough for a modest buffer. Its reports count blocks of this.
pub const STOP_AND_COPY_BLOCK: u64 = 1 << 20;

/// Bytes copied between two calls of `Source::advance` (the engine's default chunk, so the
/// simulated CE interleaves its writes with the copy at the same grain for every policy).
const CHUNK: u64 = 256 << 10;

/// QEMU's precopy, as modelled here.
///
/// Passes: pass 1 sends every block at full link speed, the tracker armed before it (QEMU's
/// bulk stage with dirty logging on); each later pass sends the blocks the harvest after the
/// previous one found dirty. After every pass the bandwidth is measured as bytes sent over the
/// pass's duration (harvest included), and the remaining dirty bytes are compared with what
/// that bandwidth moves in `max_downtime` (QEMU's `threshold_size = bandwidth *
/// downtime_limit`); when they fit, the CE is stopped, harvested once more, and the remaining
/// and newly dirty blocks and the context are sent (QEMU's completion). Blocks dirtied between
/// the last harvest and the stop are unknown to that decision, so the pause can exceed
/// `max_downtime`, as QEMU's can.
///
/// Auto-converge, evaluated after every pass that did not complete:
/// - a pass is *unproductive* when the bytes it found dirty (harvested blocks × block size)
///   exceed `trigger_threshold` (50 %) of the bytes it sent — QEMU's
///   `throttle-trigger-threshold` test of dirtied against transferred bytes;
/// - when `unproductive_passes` (2) consecutive passes were unproductive, the CE is throttled
///   to `throttle_initial` (20 %); every further unproductive pass adds `throttle_increment`
///   (10 points), up to `throttle_max` (99 %);
/// - a productive pass resets the consecutive count; the throttle is never lowered until the
///   sync ends (QEMU keeps it until the migration finishes), and is lifted then, whatever the
///   outcome.
///
/// Where QEMU differs: it evaluates per bitmap-sync period of at least one second rather than
/// per pass, counts unproductive periods cumulatively rather than consecutively, and raises the
/// throttle on every second detection (it resets its counter after each raise), so it throttles
/// later and climbs half as fast as this model; `cpu-throttle-tailslow` is off in both. QEMU's
/// default `max-bandwidth` cap is not modelled: passes run at `link_bandwidth`. QEMU never gives
/// up by itself; `max_passes` bounds a run that a 99 % throttle still cannot bring down.
///
/// A throttle of p % leaves `1 - p` of the CE's writes (QEMU sleeps the vCPUs p % of the
/// time): `throttle` is that share, e.g. [`VirtualCe::throttle`](super::virt::VirtualCe).
#[derive(Clone, Debug)]
pub struct QemuParams {
    /// QEMU's `downtime-limit`.
    pub max_downtime: Duration,
    /// What the link moves per second, in every pass and in the completion.
    pub link_bandwidth: u64,
    pub trigger_threshold: f64,
    pub unproductive_passes: u32,
    pub throttle_initial: f64,
    pub throttle_increment: f64,
    pub throttle_max: f64,
    pub max_passes: u32,
    /// Share of the CE's writes that still happen; `None`: no auto-converge (QEMU's default
    /// without the `auto-converge` capability).
    pub throttle: Option<Rc<Cell<f64>>>,
}

impl Default for QemuParams {
    fn default() -> Self {
        QemuParams {
            max_downtime: Duration::from_millis(300),
            link_bandwidth: 1 << 30,
            trigger_threshold: 0.5,
            unproductive_passes: 2,
            throttle_initial: 0.20,
            throttle_increment: 0.10,
            throttle_max: 0.99,
            max_passes: 30,
            throttle: None,
        }
    }
}

/// Copy `blocks` at `bandwidth`, charging the time to the source every [`CHUNK`] bytes (a
/// running CE writes meanwhile). Returns the bytes sent.
fn copy(
    source: &mut dyn Source,
    target: &mut dyn Target,
    block: u64,
    blocks: impl IntoIterator<Item = u64>,
    bandwidth: u64,
    buf: &mut Vec<u8>,
) -> Result<u64, SyncError> {
    let len = source.len();
    let (mut sent, mut pending) = (0u64, 0u64);
    for b in blocks {
        let offset = b * block;
        let n = block.min(len.saturating_sub(offset)) as usize;
        if n == 0 {
            continue;
        }
        buf.resize(n, 0);
        source.read(offset, &mut buf[..n])?;
        target.write(offset, &buf[..n])?;
        sent += n as u64;
        pending += n as u64;
        if pending >= CHUNK {
            source.advance(Duration::from_secs_f64(pending as f64 / bandwidth as f64))?;
            pending = 0;
        }
    }
    if pending > 0 {
        source.advance(Duration::from_secs_f64(pending as f64 / bandwidth as f64))?;
    }
    Ok(sent)
}

fn no_verification() -> Verification {
    Verification { blocks_checked: 0, mismatches: 0, repaired: 0 }
}

fn check(source: &dyn Source, target: &dyn Target, link_bandwidth: u64) -> Result<(), SyncError> {
    if link_bandwidth == 0 {
        return Err(SyncError::Parameters("the link bandwidth must be above zero".into()));
    }
    if target.len() < source.len() {
        return Err(SyncError::Parameters(format!(
            "the target holds {} bytes, the source {}",
            target.len(),
            source.len()
        )));
    }
    Ok(())
}

/// Pause the CE, copy all its memory and its context at `link_bandwidth`, resume. The report
/// has one pass (the paused copy); its `max_pause_s` is infinite, as nothing bounds the pause.
pub fn stop_and_copy(
    source: &mut dyn Source,
    target: &mut dyn Target,
    clock: &dyn Clock,
    link_bandwidth: u64,
) -> Result<SyncReport, SyncError> {
    check(source, target, link_bandwidth)?;
    let len = source.len();
    let blocks = len.div_ceil(STOP_AND_COPY_BLOCK);
    let started = clock.now();
    source.pause()?;
    let mut buf = Vec::new();
    let bytes = copy(source, target, STOP_AND_COPY_BLOCK, 0..blocks, link_bandwidth, &mut buf)?;
    let context = source.context()?;
    target.set_context(&context)?;
    source.advance(Duration::from_secs_f64(context.len() as f64 / link_bandwidth as f64))?;
    let pause = (clock.now() - started).as_secs_f64();
    source.resume()?;
    target.mark_consistent()?;
    let predicted = (len + context.len() as u64) as f64 / link_bandwidth as f64;
    Ok(SyncReport {
        memory_bytes: len,
        block_bytes: STOP_AND_COPY_BLOCK,
        max_pause_s: f64::INFINITY,
        passes: vec![PassReport {
            attempt: 1,
            pass: 1,
            blocks,
            bytes,
            duration_s: pause,
            bandwidth: link_bandwidth,
            compressed: false,
            dirty_after: 0,
            predicted_pause_s: predicted,
        }],
        total_bytes: bytes + context.len() as u64,
        total_duration_s: pause,
        attempts: 1,
        abandoned: Vec::new(),
        outcome: Outcome::Converged {
            predicted_pause_s: predicted,
            actual_pause_s: pause,
            foreground_blocks: blocks,
            foreground_bytes: bytes,
            context_bytes: context.len() as u64,
            verification: no_verification(),
        },
    })
}

/// QEMU-like precopy with auto-converge (the rules are on [`QemuParams`]). The throttle, if
/// any, is back at 1.0 when this returns, on success or failure.
pub fn qemu_like(
    source: &mut dyn Source,
    target: &mut dyn Target,
    tracker: &mut dyn Tracker,
    clock: &dyn Clock,
    params: QemuParams,
) -> Result<SyncReport, SyncError> {
    qemu_like_traced(source, target, tracker, clock, params).map(|(report, _)| report)
}

/// [`qemu_like`], also returning the CPU throttle (0.0 ..= 0.99) each pass ran under, since
/// [`SyncReport`] has no place for it and the run lifts the throttle before returning.
pub fn qemu_like_traced(
    source: &mut dyn Source,
    target: &mut dyn Target,
    tracker: &mut dyn Tracker,
    clock: &dyn Clock,
    params: QemuParams,
) -> Result<(SyncReport, Vec<f64>), SyncError> {
    check(source, target, params.link_bandwidth)?;
    if params.max_downtime.is_zero() || params.max_passes == 0 {
        return Err(SyncError::Parameters("the max downtime and the pass limit must be above zero".into()));
    }
    if tracker.block_bytes() == 0 {
        return Err(SyncError::Parameters("the tracker reports 0-byte blocks".into()));
    }
    let result = precopy(source, target, tracker, clock, &params);
    if let Some(t) = &params.throttle {
        t.set(1.0);
    }
    result
}

fn precopy(
    source: &mut dyn Source,
    target: &mut dyn Target,
    tracker: &mut dyn Tracker,
    clock: &dyn Clock,
    p: &QemuParams,
) -> Result<(SyncReport, Vec<f64>), SyncError> {
    let block = tracker.block_bytes();
    let len = source.len();
    let nblocks = len.div_ceil(block);
    let block_len = |b: u64| block.min(len.saturating_sub(b * block));
    let started = clock.now();
    let mut report = SyncReport {
        memory_bytes: len,
        block_bytes: block,
        max_pause_s: p.max_downtime.as_secs_f64(),
        passes: Vec::new(),
        total_bytes: 0,
        total_duration_s: 0.0,
        attempts: 1,
        abandoned: Vec::new(),
        outcome: Outcome::Failed { reason: String::new() },
    };
    let mut buf = Vec::new();
    tracker.arm(source)?;
    let mut list: Vec<u64> = (0..nblocks).collect();
    let mut unproductive = 0u32;
    let mut throttle_pct: f64 = 0.0;
    let mut trace = Vec::new();
    for pass in 1..=p.max_passes {
        trace.push(throttle_pct);
        let t0 = clock.now();
        let bytes = copy(source, target, block, list.iter().copied(), p.link_bandwidth, &mut buf)?;
        let dirty = tracker.harvest(source)?;
        source.advance(tracker.harvest_cost())?;
        let duration = (clock.now() - t0).as_secs_f64();
        report.total_bytes += bytes;
        // An empty pass moved nothing to measure; the link's nominal speed stands in.
        let bandwidth = if bytes > 0 && duration > 0.0 { bytes as f64 / duration } else { p.link_bandwidth as f64 };
        let remaining: u64 = dirty.iter().map(|&b| block_len(b)).sum();
        let predicted = remaining as f64 / bandwidth;
        report.passes.push(PassReport {
            attempt: 1,
            pass,
            blocks: list.len() as u64,
            bytes,
            duration_s: duration,
            bandwidth: bandwidth as u64,
            compressed: false,
            dirty_after: dirty.len() as u64,
            predicted_pause_s: predicted,
        });
        list = dirty;

        if remaining as f64 <= bandwidth * p.max_downtime.as_secs_f64() {
            let paused_at = clock.now();
            source.pause()?;
            let extra = tracker.harvest(source)?;
            // The stop-time sync is part of the downtime, as in QEMU.
            source.advance(tracker.harvest_cost())?;
            let fg: BTreeSet<u64> = list.iter().chain(extra.iter()).copied().collect();
            let fg_bytes = copy(source, target, block, fg.iter().copied(), p.link_bandwidth, &mut buf)?;
            let context = source.context()?;
            target.set_context(&context)?;
            source.advance(Duration::from_secs_f64(context.len() as f64 / p.link_bandwidth as f64))?;
            let actual = (clock.now() - paused_at).as_secs_f64();
            source.resume()?;
            target.mark_consistent()?;
            report.total_bytes += fg_bytes + context.len() as u64;
            report.outcome = Outcome::Converged {
                // QEMU's expected downtime: remaining RAM over the measured bandwidth.
                predicted_pause_s: predicted,
                actual_pause_s: actual,
                foreground_blocks: fg.len() as u64,
                foreground_bytes: fg_bytes,
                context_bytes: context.len() as u64,
                verification: no_verification(),
            };
            report.total_duration_s = (clock.now() - started).as_secs_f64();
            return Ok((report, trace));
        }

        if let Some(share) = &p.throttle {
            if remaining as f64 > p.trigger_threshold * bytes as f64 {
                unproductive += 1;
                if throttle_pct > 0.0 {
                    throttle_pct = (throttle_pct + p.throttle_increment).min(p.throttle_max);
                } else if unproductive >= p.unproductive_passes {
                    throttle_pct = p.throttle_initial.min(p.throttle_max);
                }
                share.set(1.0 - throttle_pct);
            } else {
                unproductive = 0;
            }
        }
    }
    let reason = format!(
        "no convergence within {} passes ({} blocks dirty, CE throttled {:.0} %)",
        p.max_passes,
        list.len(),
        throttle_pct * 100.0
    );
    report.abandoned.push(reason.clone());
    report.outcome = Outcome::Failed { reason };
    report.total_duration_s = (clock.now() - started).as_secs_f64();
    Ok((report, trace))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::device::Device;
    use crate::sync::session::compare;
    use crate::sync::virt::{Distribution, HardwareTracker, Memory, VirtualCe, VirtualClock, Workload, CORE_HZ};
    use block_model::core::CoreModel;
    use regbus::PortDriver;
    use std::cell::RefCell;

    struct VecTarget {
        bytes: Vec<u8>,
        context: Vec<u8>,
        consistent: bool,
    }

    impl Target for VecTarget {
        fn len(&self) -> u64 {
            self.bytes.len() as u64
        }
        fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), SyncError> {
            self.bytes[offset as usize..offset as usize + data.len()].copy_from_slice(data);
            Ok(())
        }
        fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
            buf.copy_from_slice(&self.bytes[offset as usize..offset as usize + buf.len()]);
            Ok(())
        }
        fn set_context(&mut self, context: &[u8]) -> Result<(), SyncError> {
            self.context = context.to_vec();
            Ok(())
        }
        fn mark_consistent(&mut self) -> Result<(), SyncError> {
            self.consistent = true;
            Ok(())
        }
    }

    const MEM: usize = 16 << 20;
    /// 64 ms to copy 16 MiB whole: three times the 20 ms downtime below.
    const LINK: u64 = 256 << 20;

    fn machine(
        workload: Workload,
    ) -> (VirtualCe<CoreModel>, HardwareTracker<PortDriver<CoreModel>>, VirtualClock, VecTarget) {
        let mut d = PortDriver::new(CoreModel::default_params());
        d.reset();
        let device = Rc::new(RefCell::new(Device::open(d).expect("open")));
        let clock = VirtualClock::default();
        let bytes: Vec<u8> = (0..MEM).map(|i| (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3] | 1).collect();
        let ce = VirtualCe::new(Memory::Bytes(bytes), workload, device.clone(), clock.clone());
        let tracker = HardwareTracker::new(device, ce.base, MEM as u64, CORE_HZ, None).expect("tracker");
        (ce, tracker, clock, VecTarget { bytes: vec![0; MEM], context: Vec::new(), consistent: false })
    }

    fn calm() -> Workload {
        Workload {
            write_rate: 50_000.0,
            hot_fraction: 0.02,
            hot_share: 0.99,
            distribution: Distribution::Zipf(1.1),
            burst: (8, 256),
            seed: 11,
            schedule: vec![],
        }
    }

    /// Writes over three quarters of memory: far more than one 20 ms downtime can carry.
    fn heavy() -> Workload {
        Workload {
            write_rate: 400_000.0,
            hot_fraction: 0.75,
            hot_share: 1.0,
            distribution: Distribution::Uniform,
            burst: (8, 64),
            seed: 5,
            schedule: vec![],
        }
    }

    fn qemu(share: &Rc<Cell<f64>>) -> QemuParams {
        QemuParams {
            max_downtime: Duration::from_millis(20),
            link_bandwidth: LINK,
            throttle: Some(share.clone()),
            ..QemuParams::default()
        }
    }

    #[test]
    fn stop_and_copy_pauses_for_memory_over_link_and_copies_exactly() {
        let (mut ce, _tracker, clock, mut target) = machine(heavy());
        let r = stop_and_copy(&mut ce, &mut target, &clock, LINK).unwrap();
        let Outcome::Converged { actual_pause_s, predicted_pause_s, foreground_bytes, context_bytes, .. } = r.outcome
        else {
            panic!("{r:?}")
        };
        let expect = (MEM as f64 + context_bytes as f64) / LINK as f64;
        assert!(
            (actual_pause_s - expect).abs() < 1e-6,
            "pause {actual_pause_s} s, (memory + context) / link {expect} s"
        );
        assert!((predicted_pause_s - expect).abs() < 1e-9);
        assert_eq!(foreground_bytes, MEM as u64);
        assert_eq!(r.total_bytes, MEM as u64 + context_bytes);
        assert_eq!(r.passes.len(), 1);
        assert_eq!(ce.writes(), 0, "a paused CE writes nothing");
        assert!(target.consistent && compare(&mut ce, &mut target).unwrap(), "target equals source");
        assert_eq!(target.context, ce.context().unwrap());
    }

    #[test]
    fn qemu_like_converges_on_a_calm_workload_without_throttling() {
        let (mut ce, mut tracker, clock, mut target) = machine(calm());
        let share = ce.throttle.clone();
        let (r, throttle) = qemu_like_traced(&mut ce, &mut target, &mut tracker, &clock, qemu(&share)).unwrap();
        let Outcome::Converged { actual_pause_s, .. } = r.outcome else { panic!("{r:#?}") };
        assert!(actual_pause_s < 0.02, "pause {actual_pause_s}");
        assert!(r.passes.len() <= 3, "{:#?}", r.passes);
        assert!(throttle.iter().all(|&t| t == 0.0), "never throttled: {throttle:?}");
        assert!(r.passes[0].bytes == MEM as u64, "the first pass sends everything");
        assert!(target.consistent && compare(&mut ce, &mut target).unwrap(), "target equals source");
        assert_eq!(share.get(), 1.0);
    }

    #[test]
    fn qemu_like_throttles_a_heavy_workload_until_it_converges() {
        let (mut ce, mut tracker, clock, mut target) = machine(heavy());
        let share = ce.throttle.clone();
        let (r, throttle) = qemu_like_traced(&mut ce, &mut target, &mut tracker, &clock, qemu(&share)).unwrap();
        assert!(r.converged(), "{:#?}", r);
        assert_eq!(&throttle[..2], &[0.0, 0.0], "two unproductive passes come before any throttle");
        assert!(r.passes[..2].iter().all(|p| p.dirty_after * r.block_bytes * 2 > p.bytes), "{:#?}", r.passes);
        assert!((throttle[2] - 0.2).abs() < 1e-9, "then 20 %: {throttle:?}");
        assert_eq!(share.get(), 1.0, "the throttle is lifted at the end");
        assert!(target.consistent && compare(&mut ce, &mut target).unwrap(), "target equals source");
    }

    #[test]
    fn qemu_like_without_auto_converge_gives_up_after_max_passes() {
        let (mut ce, mut tracker, clock, mut target) = machine(heavy());
        let p = QemuParams { max_passes: 5, throttle: None, ..qemu(&ce.throttle.clone()) };
        let r = qemu_like(&mut ce, &mut target, &mut tracker, &clock, p).unwrap();
        assert!(!r.converged() && !target.consistent, "{:#?}", r);
        assert_eq!(r.passes.len(), 5);
        assert_eq!(ce.throttle.get(), 1.0, "never throttled");
    }

    /// Reports every block dirty, so every pass is unproductive whatever the CE does.
    struct AllDirty(u64, u64);
    impl Tracker for AllDirty {
        fn block_bytes(&self) -> u64 {
            self.0
        }
        fn arm(&mut self, _: &mut dyn Source) -> Result<(), SyncError> {
            Ok(())
        }
        fn harvest(&mut self, _: &mut dyn Source) -> Result<Vec<u64>, SyncError> {
            Ok((0..self.1).collect())
        }
    }

    #[test]
    fn the_throttle_climbs_from_20_in_10_point_steps_to_99() {
        let (mut ce, _tracker, clock, mut target) = machine(calm());
        let share = ce.throttle.clone();
        let mut all = AllDirty(64 << 10, MEM as u64 >> 16);
        let p = QemuParams { max_passes: 12, ..qemu(&share) };
        let (r, throttle) = qemu_like_traced(&mut ce, &mut target, &mut all, &clock, p).unwrap();
        assert!(!r.converged() && !target.consistent);
        let pct: Vec<u32> = throttle.iter().map(|t| (t * 100.0).round() as u32).collect();
        assert_eq!(pct, vec![0, 0, 20, 30, 40, 50, 60, 70, 80, 90, 99, 99]);
        assert_eq!(share.get(), 1.0);
    }

    #[test]
    fn a_productive_pass_resets_the_count_but_keeps_the_throttle() {
        // Unproductive, unproductive (→ 20 %), productive, unproductive (→ 30 %).
        struct Scripted(Vec<u64>);
        impl Tracker for Scripted {
            fn block_bytes(&self) -> u64 {
                64 << 10
            }
            fn arm(&mut self, _: &mut dyn Source) -> Result<(), SyncError> {
                Ok(())
            }
            fn harvest(&mut self, _: &mut dyn Source) -> Result<Vec<u64>, SyncError> {
                Ok((0..self.0.remove(0)).collect())
            }
        }
        let (mut ce, _tracker, clock, mut target) = machine(calm());
        let share = ce.throttle.clone();
        // 256 blocks of 64 KiB; 20 ms at 256 MiB/s fits 80 blocks.
        let mut t = Scripted(vec![200, 180, 85, 84, 10, 10]);
        let (r, throttle) = qemu_like_traced(&mut ce, &mut target, &mut t, &clock, qemu(&share)).unwrap();
        let pct: Vec<u32> = throttle.iter().map(|t| (t * 100.0).round() as u32).collect();
        assert_eq!(pct, vec![0, 0, 20, 20, 30]);
        assert!(r.converged());
    }
}
