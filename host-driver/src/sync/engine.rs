//! The sync engine: seed 000's Fig. 1 with its mitigations, and seed 002's verification.
//!
//! ```text
//!  evaluate ──no chance──▶ back off, evaluate again (up to `attempts`)
//!     │ (dirty bytes in one max-pause window must fit one max pause at link speed)
//!     ▼
//!  arm tracker; copy list = every block
//!     ▼
//!  ┌▶ background copy of the list at the bandwidth cap (the CE keeps running and writing);
//!  │    every max pause a refresh harvest: its blocks join the next list and are skipped for
//!  │    the rest of this pass; its count re-checks the evaluation (hopeless → give up now)
//!  │  harvest the tracker (atomic snapshot) → new list
//!  │  estimate the pause: one harvest + list bytes / link bandwidth (+ context)
//!  │  fits the max pause (with margin)? ──yes──▶ pause CE, harvest again, copy list ∪ new,
//!  │     │ no                                    send context, resume, verify blocks never
//!  │     ▼                                       seen dirty (repair), mark target consistent
//!  └─ mitigate (bandwidth step-up, then compression, then the working-set hook); give up
//!     after `max_passes` or when the list stops shrinking, and retry after a back-off
//! ```
//!
//! Time comes from the [`Source`]: copying N bytes at bandwidth B is charged as `advance(N/B)`,
//! during which a simulated CE keeps writing, so against the simulator and the model every
//! figure is exact and repeatable; a real CE runs by itself and wall time passes instead.

use super::{Clock, Source, SyncError, Target, Tracker};
use serde::Serialize;
use std::collections::BTreeSet;
use std::time::Duration;

/// How a sync is allowed to run.
#[derive(Clone, Debug)]
pub struct SyncParams {
    /// The longest the CE may be paused.
    pub max_pause: Duration,
    /// What the link moves per second when the CE is paused (foreground copy).
    pub link_bandwidth: u64,
    /// Background copy cap at the start, bytes/s (at most `link_bandwidth`).
    pub background_bandwidth: u64,
    /// Factor applied to the background cap when a pass does not converge.
    pub bandwidth_step: f64,
    /// Passes of background copy before this attempt gives up.
    pub max_passes: u32,
    /// Compress blocks on the wire when the bandwidth step-up is exhausted (or from the start).
    pub compression: Compression,
    /// Skip blocks that are zero in the source and were never sent, when the target is
    /// pre-cleared (seed 000's balloon-zeroing variant).
    pub zero_skip: bool,
    /// Attempts (evaluate + passes) before the sync fails.
    pub attempts: u32,
    /// Wait between attempts.
    pub backoff: Duration,
    /// Safety factor on the max pause for the decision to pause. Blocks dirtied between the
    /// last harvest and the pause are estimated from the last pass's dirty rate, so this only
    /// covers the estimate's own error.
    pub pause_margin: f64,
    /// Bytes copied between two calls of `Source::advance` in the background.
    pub chunk: u64,
    /// Harvest the tracker every max pause during a background pass (when its harvest is
    /// cheap next to that). Blocks dirtied again ahead of the copy are then deferred to the
    /// next pass instead of being sent twice, and every window measures afresh the blocks
    /// the CE dirties in one max pause: the evaluation's criterion, re-checked with many
    /// samples, which tells early that an attempt cannot converge.
    pub refresh: bool,
}

impl Default for SyncParams {
    fn default() -> Self {
        SyncParams {
            max_pause: Duration::from_millis(100),
            link_bandwidth: 1 << 30,
            background_bandwidth: 256 << 20,
            bandwidth_step: 2.0,
            max_passes: 8,
            compression: Compression::WhenNeeded,
            zero_skip: true,
            attempts: 3,
            backoff: Duration::from_millis(200),
            pause_margin: 1.0,
            chunk: 256 << 10,
            refresh: true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Compression {
    Never,
    WhenNeeded,
    Always,
}

/// What one background pass did.
#[derive(Clone, Debug, Serialize)]
pub struct PassReport {
    pub attempt: u32,
    pub pass: u32,
    /// Blocks copied in this pass.
    pub blocks: u64,
    /// Bytes that crossed the link (after zero skip and compression).
    pub bytes: u64,
    pub duration_s: f64,
    pub bandwidth: u64,
    pub compressed: bool,
    /// Blocks found dirty when the pass ended (the next list).
    pub dirty_after: u64,
    pub predicted_pause_s: f64,
}

#[derive(Clone, Debug, Serialize)]
pub struct Verification {
    pub blocks_checked: u64,
    pub mismatches: u64,
    pub repaired: u64,
}

#[derive(Clone, Debug, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    Converged {
        predicted_pause_s: f64,
        actual_pause_s: f64,
        foreground_blocks: u64,
        foreground_bytes: u64,
        context_bytes: u64,
        verification: Verification,
    },
    Failed {
        reason: String,
    },
}

#[derive(Clone, Debug, Serialize)]
pub struct SyncReport {
    pub memory_bytes: u64,
    pub block_bytes: u64,
    pub max_pause_s: f64,
    pub passes: Vec<PassReport>,
    pub total_bytes: u64,
    pub total_duration_s: f64,
    pub attempts: u32,
    /// Why earlier attempts were abandoned.
    pub abandoned: Vec<String>,
    pub outcome: Outcome,
}

impl SyncReport {
    pub fn converged(&self) -> bool {
        matches!(self.outcome, Outcome::Converged { .. })
    }
}

/// Progress as the engine goes, for bars and logs.
#[derive(Clone, Debug)]
pub enum Progress {
    Evaluating { attempt: u32 },
    PassStarted { attempt: u32, pass: u32, blocks: u64 },
    Copied { blocks: u64 },
    PassDone(PassReport),
    Foreground { blocks: u64 },
    GaveUp { attempt: u32, reason: String },
}

/// Asked after every chunk of a background copy, with the copier's deferred-block marks: a
/// reason to stop the pass, or none.
type ChunkCheck<'a> = dyn FnMut(&mut dyn Source, &mut [bool]) -> Result<Option<String>, SyncError> + 'a;

struct Copier<'a> {
    source: &'a mut dyn Source,
    target: &'a mut dyn Target,
    block: u64,
    len: u64,
    sent: Vec<bool>,
    zero_skip: bool,
    buf: Vec<u8>,
    /// Blocks of the last list that were copied (all of them unless `check` stopped the copy).
    copied_upto: usize,
    /// Blocks harvested during the current pass: they are in the next list already, so the
    /// rest of this pass skips them.
    deferred: Vec<bool>,
}

impl Copier<'_> {
    /// The blocks deferred during the pass that just ended, and a clean slate for the next.
    fn take_deferred(&mut self) -> Vec<u64> {
        let mut out = Vec::new();
        for (b, d) in self.deferred.iter_mut().enumerate() {
            if std::mem::take(d) {
                out.push(b as u64);
            }
        }
        out
    }

    /// Copy `blocks` at `bandwidth`, charging the time to the source after every `chunk`
    /// bytes (a running CE writes meanwhile; a paused one only lets time pass). Returns the
    /// bytes on the wire.
    fn copy(
        &mut self,
        blocks: &[u64],
        bandwidth: u64,
        compress: bool,
        chunk: u64,
        progress: &mut dyn FnMut(Progress),
    ) -> Result<u64, SyncError> {
        self.copy_checked(blocks, bandwidth, compress, chunk, progress, &mut |_, _| Ok(None)).map(|(w, _)| w)
    }

    /// [`Self::copy`], asking `check` after every chunk whether to stop (with a reason).
    fn copy_checked(
        &mut self,
        blocks: &[u64],
        bandwidth: u64,
        compress: bool,
        chunk: u64,
        progress: &mut dyn FnMut(Progress),
        check: &mut ChunkCheck<'_>,
    ) -> Result<(u64, Option<String>), SyncError> {
        let mut wire = 0u64;
        let mut pending = 0u64;
        let mut done = 0u64;
        self.copied_upto = 0;
        for (i, &b) in blocks.iter().enumerate() {
            self.copied_upto = i + 1;
            let offset = b * self.block;
            let n = self.block.min(self.len.saturating_sub(offset)) as usize;
            if n == 0 || self.deferred[b as usize] {
                continue;
            }
            self.buf.resize(n, 0);
            self.source.read(offset, &mut self.buf[..n])?;
            let idx = b as usize;
            let zero = self.buf[..n].iter().all(|&x| x == 0);
            if !(self.zero_skip && zero && !self.sent[idx]) {
                self.target.write(offset, &self.buf[..n])?;
                self.sent[idx] = true;
                let bytes =
                    if compress { lz4_flex::block::compress(&self.buf[..n]).len().min(n) as u64 } else { n as u64 };
                wire += bytes;
                pending += bytes;
            }
            done += 1;
            if pending >= chunk {
                self.source.advance(Duration::from_secs_f64(pending as f64 / bandwidth as f64))?;
                pending = 0;
                progress(Progress::Copied { blocks: done });
                if let Some(reason) = check(&mut *self.source, &mut self.deferred)? {
                    return Ok((wire, Some(reason)));
                }
            }
        }
        if pending > 0 {
            self.source.advance(Duration::from_secs_f64(pending as f64 / bandwidth as f64))?;
        }
        progress(Progress::Copied { blocks: done });
        Ok((wire, None))
    }
}

/// Run one synchronization. The target is marked consistent only if it converged and the
/// foreground copy, context and verification all completed.
pub fn run(
    source: &mut dyn Source,
    target: &mut dyn Target,
    tracker: &mut dyn Tracker,
    clock: &dyn Clock,
    params: &SyncParams,
    working_set_hook: Option<&mut dyn FnMut() -> bool>,
    progress: &mut dyn FnMut(Progress),
) -> Result<SyncReport, SyncError> {
    check(params, source, target, tracker)?;
    let block = tracker.block_bytes();
    let len = source.len();
    let nblocks = len.div_ceil(block);
    let zero_skip = params.zero_skip && target.pre_cleared();
    let mut hook = working_set_hook;
    let started = clock.now();
    let mut report = SyncReport {
        memory_bytes: len,
        block_bytes: block,
        max_pause_s: params.max_pause.as_secs_f64(),
        passes: Vec::new(),
        total_bytes: 0,
        total_duration_s: 0.0,
        attempts: 0,
        abandoned: Vec::new(),
        outcome: Outcome::Failed { reason: "no attempt made".into() },
    };
    let mut copier = Copier {
        source,
        target,
        block,
        len,
        sent: vec![false; nblocks as usize],
        zero_skip,
        buf: Vec::new(),
        copied_upto: 0,
        deferred: vec![false; nblocks as usize],
    };
    let budget =
        (params.max_pause.as_secs_f64() * params.pause_margin * params.link_bandwidth as f64 / block as f64).max(1.0);
    let fg_seconds = |blocks: u64, ctx: u64| (blocks * block + ctx) as f64 / params.link_bandwidth as f64;

    // The tracker stays armed across attempts: an abandoned attempt leaves the target stale
    // only in the blocks it had not copied yet and those dirtied since, and a retry copies
    // just those.
    tracker.arm(copier.source)?;
    // An attempt cannot converge when the blocks the CE dirties in one max pause (plus those
    // dirtied while a harvest runs) do not fit one max pause at link speed: every pass then
    // ends with more than a pause can copy, however short the list was when it started.
    // Decided early when the windows say so beyond noise (two standard errors), and on the
    // mean alone from the third pass on.
    let hopeless = |windows: &[u64], harvest_cost: Duration, final_say: bool| -> Option<String> {
        let recent = &windows[windows.len().saturating_sub(16)..];
        if recent.len() < 3 {
            return None;
        }
        let n = recent.len() as f64;
        let mean = recent.iter().sum::<u64>() as f64 / n;
        let var = recent.iter().map(|&x| (x as f64 - mean).powi(2)).sum::<f64>() / (n - 1.0);
        let se = (var / n).sqrt();
        let per_pause = (mean - if final_say { 0.0 } else { 2.0 * se })
            * (1.0 + harvest_cost.as_secs_f64() / params.max_pause.as_secs_f64());
        (per_pause > budget).then(|| {
            format!(
                "cannot converge: the CE dirties {mean:.0} ± {se:.0} blocks per max pause ({} windows), {budget:.0} fit in one",
                recent.len()
            )
        })
    };
    let mut hook_spent = false;
    let mut stale: BTreeSet<u64> = (0..nblocks).collect();
    let mut ever_dirty: BTreeSet<u64> = BTreeSet::new();
    for attempt in 1..=params.attempts {
        report.attempts = attempt;
        if attempt > 1 {
            copier.source.advance(params.backoff)?;
            let dirty = tracker.harvest(copier.source)?;
            copier.source.advance(tracker.harvest_cost())?;
            ever_dirty.extend(dirty.iter().copied());
            stale.extend(dirty);
        }
        // ---- Evaluate (step 105): dirty blocks in one max-pause window, copied at link speed,
        // must fit one max pause, or no pass can ever be short enough. A tracker that counts
        // cheaply (the hardware's TRACK_DIRTY_COUNT) is asked one window into the first pass,
        // which costs no time; others get a window of their own first.
        progress(Progress::Evaluating { attempt });
        let no_chance = |sample: u64| {
            (fg_seconds(sample, 0) > params.max_pause.as_secs_f64() * params.pause_margin).then(|| {
                format!(
                    "no chance: {sample} blocks dirtied in one max pause ({:.1} ms) take {:.1} ms to copy at link speed",
                    params.max_pause.as_secs_f64() * 1e3,
                    fg_seconds(sample, 0) * 1e3
                )
            })
        };
        let counts = tracker.dirty_count(copier.source)?.is_some();
        if !counts {
            copier.source.advance(params.max_pause)?;
            let dirty = tracker.harvest(copier.source)?;
            copier.source.advance(tracker.harvest_cost())?;
            let sample = dirty.len() as u64;
            ever_dirty.extend(dirty.iter().copied());
            stale.extend(dirty);
            if let Some(reason) = no_chance(sample) {
                progress(Progress::GaveUp { attempt, reason: reason.clone() });
                report.abandoned.push(reason);
                continue;
            }
        }

        // ---- Background passes (steps 115-150).
        let mut list: Vec<u64> = stale.iter().copied().collect();
        let mut bandwidth = params.background_bandwidth.min(params.link_bandwidth);
        let mut compress = params.compression == Compression::Always;
        copier.target.set_compression(compress);
        // Dirty blocks after each pass of this attempt: the shrink ratio, the stall rule and
        // the floor projection all read it.
        let mut history: Vec<f64> = Vec::new();
        let mut stalled = 0;
        let mut gave_up = None;
        // Blocks dirtied per max-pause window, from this attempt's refresh harvests.
        let mut windows: Vec<u64> = Vec::new();
        let mut last_harvest = clock.now();
        for pass in 1..=params.max_passes {
            progress(Progress::PassStarted { attempt, pass, blocks: list.len() as u64 });
            let t0 = clock.now();
            let evaluate_at = t0 + params.max_pause;
            let mut evaluated = !(counts && pass == 1);
            let refresh = params.refresh && tracker.harvest_cost() * 10 <= params.max_pause;
            let judged = hook.is_none() || hook_spent;
            let harvest_cost = tracker.harvest_cost();
            let mut check = |source: &mut dyn Source, deferred: &mut [bool]| -> Result<Option<String>, SyncError> {
                let now = clock.now();
                if !refresh {
                    if evaluated || now < evaluate_at {
                        return Ok(None);
                    }
                    evaluated = true;
                    return Ok(tracker.dirty_count(source)?.and_then(no_chance));
                }
                if now < last_harvest + params.max_pause {
                    return Ok(None);
                }
                let window = now - last_harvest;
                let dirty = tracker.harvest(source)?;
                last_harvest = now;
                source.advance(tracker.harvest_cost())?;
                for &b in &dirty {
                    if let Some(d) = deferred.get_mut(b as usize) {
                        *d = true;
                    }
                }
                ever_dirty.extend(dirty.iter().copied());
                // A window stretched by a slow chunk or harvest would overstate the rate.
                if window <= params.max_pause.mul_f64(1.5) {
                    windows.push(dirty.len() as u64);
                }
                if !evaluated {
                    evaluated = true;
                    if let Some(reason) = no_chance(dirty.len() as u64) {
                        return Ok(Some(reason));
                    }
                }
                Ok(if judged { hopeless(&windows, harvest_cost, false) } else { None })
            };
            // Refresh windows close at chunk boundaries: a chunk is at most a quarter window.
            let chunk = if refresh {
                params.chunk.min((bandwidth as f64 * params.max_pause.as_secs_f64() / 4.0) as u64).max(block)
            } else {
                params.chunk
            };
            let (bytes, stop) = copier.copy_checked(&list, bandwidth, compress, chunk, progress, &mut check)?;
            let deferred = copier.take_deferred();
            if let Some(reason) = stop {
                report.total_bytes += bytes;
                let copied = copier.copied_upto as u64;
                list.drain(..copier.copied_upto);
                list = list.into_iter().chain(deferred).collect::<BTreeSet<_>>().into_iter().collect();
                let pr = PassReport {
                    attempt,
                    pass,
                    blocks: copied,
                    bytes,
                    duration_s: (clock.now() - t0).as_secs_f64(),
                    bandwidth,
                    compressed: compress,
                    dirty_after: list.len() as u64,
                    predicted_pause_s: tracker.harvest_cost().as_secs_f64() + fg_seconds(list.len() as u64, 0),
                };
                progress(Progress::PassDone(pr.clone()));
                report.passes.push(pr);
                gave_up = Some(reason);
                break;
            }
            let harvested = tracker.harvest(copier.source)?;
            last_harvest = clock.now();
            copier.source.advance(tracker.harvest_cost())?;
            let dirty: Vec<u64> = if deferred.is_empty() {
                harvested
            } else {
                harvested.into_iter().chain(deferred).collect::<BTreeSet<_>>().into_iter().collect()
            };
            let duration = (clock.now() - t0).as_secs_f64();
            report.total_bytes += bytes;
            // The pause starts with a harvest (the blocks dirtied since this one), as long as
            // this one took: over a slow bus (a UART) it is most of the pause.
            let harvest_s = tracker.harvest_cost().as_secs_f64();
            let predicted = harvest_s + fg_seconds(dirty.len() as u64, 0);
            let pr = PassReport {
                attempt,
                pass,
                blocks: list.len() as u64,
                bytes,
                duration_s: duration,
                bandwidth,
                compressed: compress,
                dirty_after: dirty.len() as u64,
                predicted_pause_s: predicted,
            };
            progress(Progress::PassDone(pr.clone()));
            report.passes.push(pr);
            ever_dirty.extend(dirty.iter().copied());
            // Blocks the CE will dirty between this harvest and the pause: the pass's dirty
            // rate over the time a harvest takes.
            let rate = dirty.len() as f64 / duration.max(1e-9);
            let gap = (rate * harvest_s).ceil() as u64;
            let expected = harvest_s + fg_seconds(dirty.len() as u64 + gap, 0);
            history.push(dirty.len() as f64);
            let last_two = match history.as_slice() {
                [.., p, d] => Some((*p, *d)),
                _ => None,
            };
            let shrink = last_two.map(|(p, d)| d / p.max(1.0));
            list = dirty;

            if expected <= params.max_pause.as_secs_f64() * params.pause_margin {
                // ---- Foreground (steps 140-145).
                let paused_at = clock.now();
                copier.source.pause()?;
                let extra = tracker.harvest(copier.source)?;
                copier.source.advance(tracker.harvest_cost())?;
                ever_dirty.extend(extra.iter().copied());
                let fg: Vec<u64> =
                    list.iter().chain(extra.iter()).copied().collect::<BTreeSet<_>>().into_iter().collect();
                progress(Progress::Foreground { blocks: fg.len() as u64 });
                let fg_bytes = copier.copy(&fg, params.link_bandwidth, false, u64::MAX, progress)?;
                let context = copier.source.context()?;
                copier.target.set_context(&context)?;
                copier.source.advance(Duration::from_secs_f64(context.len() as f64 / params.link_bandwidth as f64))?;
                let actual = (clock.now() - paused_at).as_secs_f64();
                copier.source.resume()?;
                report.total_bytes += fg_bytes + context.len() as u64;
                // ---- Verify blocks never seen dirty (seed 002's undetected data), repairing.
                let verification = verify(&mut copier, nblocks, &ever_dirty)?;
                copier.target.mark_consistent()?;
                report.outcome = Outcome::Converged {
                    // The estimate the decision to pause was made on: a harvest, the blocks of
                    // the last one and the context, before blocks dirtied since were known.
                    predicted_pause_s: harvest_s + fg_seconds(list.len() as u64, context.len() as u64),
                    actual_pause_s: actual,
                    foreground_blocks: fg.len() as u64,
                    foreground_bytes: fg_bytes,
                    context_bytes: context.len() as u64,
                    verification,
                };
                report.total_duration_s = (clock.now() - started).as_secs_f64();
                return Ok(report);
            }

            // ---- Not yet. Decide early (by the third pass) whether it can still converge: at
            // the last pass's shrink ratio, how many more passes to reach the budget?
            let now = list.len() as u64;
            if hook.is_none() || hook_spent {
                if let Some(reason) = hopeless(&windows, tracker.harvest_cost(), pass >= 3) {
                    gave_up = Some(reason);
                    break;
                }
            }
            if let Some(r) = shrink {
                let needed =
                    if r < 1.0 { ((budget / now as f64).ln() / r.ln()).ceil().max(1.0) } else { f64::INFINITY };
                // More bandwidth or compression still to come would speed it up: only an
                // attempt with every mitigation in use is judged by its projection.
                let exhausted = bandwidth >= params.link_bandwidth
                    && (params.compression != Compression::WhenNeeded || compress)
                    && hook.is_none();
                // The list shrinks towards a floor (the hot set): fit D' = a + b D to the last
                // three passes; the level it settles at must fit the budget.
                let fit = match history.as_slice() {
                    [.., d1, d2, d3] => {
                        let b = if (d2 - d1).abs() < 1.0 { 1.0 } else { (d3 - d2) / (d2 - d1) };
                        if (0.0..1.0).contains(&b) {
                            Some((b, (d3 - b * d2) / (1.0 - b)))
                        } else {
                            None
                        }
                    }
                    _ => None,
                };
                let floor = fit.map(|(_, f)| f);
                // Approaching the floor geometrically: passes until the list is under budget.
                let needed = match fit {
                    Some((b, f)) if f < budget && now as f64 > budget && b > 0.0 => {
                        ((budget - f) / (now as f64 - f)).ln() / b.ln()
                    }
                    Some((_, f)) if f >= budget => f64::INFINITY,
                    _ => needed,
                };
                let settles_above = history.len() >= 3 && floor.is_none_or(|f| f > budget);
                if exhausted && settles_above {
                    gave_up = Some(format!(
                        "projected not to converge: {now} dirty blocks settle {} above the {budget:.0} that fit the pause",
                        floor.map_or("no lower".to_string(), |f| format!("near {f:.0},"))
                    ));
                    break;
                }
                if exhausted && f64::from(pass) + needed > f64::from(params.max_passes) {
                    gave_up = Some(format!(
                        "projected not to converge: {now} dirty blocks shrinking by {:.0} % a pass need {} more passes to reach {budget:.0}, {} left",
                        (1.0 - r.min(1.0)) * 100.0,
                        if needed.is_finite() { format!("{needed:.0}") } else { "endless".into() },
                        params.max_passes - pass
                    ));
                    break;
                }
            }
            if last_two.is_some_and(|(p, d)| d * 10.0 > p * 9.0) {
                stalled += 1;
            } else {
                stalled = 0;
            }
            if bandwidth < params.link_bandwidth {
                bandwidth = ((bandwidth as f64 * params.bandwidth_step) as u64).min(params.link_bandwidth);
            } else if params.compression == Compression::WhenNeeded && !compress {
                compress = true;
                copier.target.set_compression(true);
            } else if let Some(h) = hook.as_deref_mut() {
                if h() {
                    // A smaller working set: the windows measured the old one.
                    windows.clear();
                } else {
                    hook_spent = true;
                }
                if hook_spent && stalled >= 2 {
                    gave_up = Some(format!("the dirty list stopped shrinking at {now} blocks"));
                    break;
                }
            } else if stalled >= 2 {
                gave_up =
                    Some(format!("the dirty list stopped shrinking at {now} blocks with every mitigation in use"));
                break;
            }
        }
        // What the target still lacks: the list not (re)copied; the tracker holds the rest.
        stale = list.iter().copied().collect();
        let reason = gave_up.unwrap_or_else(|| format!("no convergence within {} passes", params.max_passes));
        progress(Progress::GaveUp { attempt, reason: reason.clone() });
        report.abandoned.push(reason);
    }
    report.outcome = Outcome::Failed { reason: report.abandoned.last().cloned().unwrap_or_default() };
    report.total_duration_s = (clock.now() - started).as_secs_f64();
    Ok(report)
}

fn check(p: &SyncParams, source: &dyn Source, target: &dyn Target, tracker: &dyn Tracker) -> Result<(), SyncError> {
    let bad = |m: String| Err(SyncError::Parameters(m));
    if p.max_pause.is_zero() {
        return bad("the max pause must be above zero".into());
    }
    if p.link_bandwidth == 0 || p.background_bandwidth == 0 {
        return bad("bandwidths must be above zero".into());
    }
    if p.max_passes == 0 || p.attempts == 0 {
        return bad("at least one pass and one attempt".into());
    }
    if !(p.bandwidth_step >= 1.0) {
        return bad(format!("bandwidth step {} must be at least 1", p.bandwidth_step));
    }
    if target.len() < source.len() {
        return bad(format!("the target holds {} bytes, the source {}", target.len(), source.len()));
    }
    if tracker.block_bytes() == 0 {
        return bad("the tracker reports 0-byte blocks".into());
    }
    Ok(())
}

/// Compare blocks never reported dirty between source and target; copy any that differ.
/// It runs right after resume: in virtual time before the CE writes again, on a real machine
/// while both CEs run in lock step and keep those blocks equal.
fn verify(c: &mut Copier<'_>, nblocks: u64, ever_dirty: &BTreeSet<u64>) -> Result<Verification, SyncError> {
    // Neighbouring blocks are read together (a round trip each over a network target).
    const RUN: u64 = 1 << 20;
    let per_run = (RUN / c.block).max(1);
    let mut v = Verification { blocks_checked: 0, mismatches: 0, repaired: 0 };
    let (mut ours, mut theirs) = (Vec::new(), Vec::new());
    let mut b = 0;
    while b < nblocks {
        if ever_dirty.contains(&b) {
            b += 1;
            continue;
        }
        let mut end = b + 1;
        while end < nblocks && end - b < per_run && !ever_dirty.contains(&end) {
            end += 1;
        }
        let offset = b * c.block;
        let n = (end * c.block).min(c.len) - offset;
        ours.resize(n as usize, 0);
        theirs.resize(n as usize, 0);
        c.source.read(offset, &mut ours)?;
        c.target.read(offset, &mut theirs)?;
        v.blocks_checked += end - b;
        if ours != theirs {
            for k in b..end {
                let lo = ((k - b) * c.block) as usize;
                let hi = (lo + c.block as usize).min(ours.len());
                if ours[lo..hi] != theirs[lo..hi] {
                    v.mismatches += 1;
                    c.target.write(k * c.block, &ours[lo..hi])?;
                    v.repaired += 1;
                }
            }
        }
        b = end;
    }
    Ok(v)
}
