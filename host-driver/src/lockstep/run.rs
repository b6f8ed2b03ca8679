//! Whole runs: both sides in one process (fault injection), or one side per process over TCP.

use super::channel::{fifo, EpochRx, EpochTx, TcpRx, TcpTx};
use super::engine::{Backup, BackupStep, LockstepConfig, Primary, PrimaryStep};
use super::report::LockstepReport;
use super::LockstepError;
use regbus::{CorePorts, PortDriver};
use std::collections::BTreeSet;
use std::path::Path;
use std::time::{Duration, Instant};
use virtual_ce::guest;
use virtual_ce::io::{audit, read_log, IoDevice, LogEntry};

/// Which CE a fault hits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Primary,
    Backup,
}

/// What a flipped bit hits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FlipTarget {
    Register { reg: u8, bit: u8 },
    Memory { addr: u32, bit: u8 },
}

/// A bit flipped in one CE's state just before it starts `epoch`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Flip {
    pub epoch: u64,
    pub side: Side,
    pub target: FlipTarget,
}

/// Faults injected into an in-process run.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Faults {
    /// The primary machine stops after this many instructions of this epoch.
    pub kill_primary: Option<(u64, u64)>,
    pub flips: Vec<Flip>,
}

fn flip(cpu: &mut virtual_ce::Cpu, t: FlipTarget) -> Result<(), LockstepError> {
    match t {
        FlipTarget::Register { reg, bit } if (1..32).contains(&reg) && bit < 32 => cpu.regs[reg as usize] ^= 1 << bit,
        FlipTarget::Memory { addr, bit } if (addr as usize) < cpu.memory().len() && bit < 8 => {
            cpu.memory_mut()[addr as usize] ^= 1 << bit
        }
        t => {
            return Err(LockstepError::Config(format!(
                "cannot flip {t:?}: registers x1..x31 bits 0..31, memory bytes below {} bits 0..7",
                cpu.memory().len()
            )))
        }
    }
    Ok(())
}

const PRIMARY_HOST: u32 = 1;
const TAKEOVER_HOST: u32 = 2;

fn finish_report<P: CorePorts>(
    r: &mut LockstepReport,
    p: &Primary<P>,
    cfg: &LockstepConfig,
    log: &[LogEntry],
    takeover: bool,
) {
    r.instructions = p.ce.cpu.retired();
    r.state_hash = p.ce.cpu.state_hash();
    r.guest_finished = p.ce.cpu.halted();
    r.reissued_io = p.book.reissued.clone();
    r.io_requests = p.book.requests;
    let completed = guest::completed(&p.ce.cpu, cfg.guest.channels);
    let done: BTreeSet<(u32, u32)> =
        r.failover.as_ref().map(|f| f.done_at_takeover.iter().copied().collect()).unwrap_or_default();
    r.device_log = Some(audit(log, &completed, &done, takeover.then_some(TAKEOVER_HOST), guest::op_data));
}

/// Run the new primary (after a fail-over) until the guest halts or `max_epochs`.
fn simplex<P: CorePorts>(
    p: &mut Primary<P>,
    device: &mut IoDevice,
    max_epochs: u64,
    r: &mut LockstepReport,
    detected: Instant,
) -> Result<(), LockstepError> {
    while !p.finished && p.epoch < max_epochs {
        p.run_epoch(device, None, None)?;
        r.epochs_after_failover += 1;
        if r.epochs_after_failover == 1 {
            if let Some(f) = &mut r.failover {
                f.detect_to_first_epoch_s = detected.elapsed().as_secs_f64();
            }
        }
        r.words_forwarded += p.ce.take_forwarded().len() as u64;
    }
    r.interrupts_delivered = p.interrupts_delivered;
    r.interrupts_deferred += p.interrupts_deferred;
    Ok(())
}

/// The counts of a run in one process that come from each side.
fn take_counts<P: CorePorts, Q: CorePorts>(r: &mut LockstepReport, primary: &Primary<P>, backup: &Backup<Q>) {
    r.epochs_compared = backup.epochs_compared;
    r.words_compared = backup.words_compared;
    r.words_forwarded = backup.words_forwarded;
    r.interrupt_messages = primary.interrupt_messages;
    r.interrupts_deferred = primary.interrupts_deferred;
}

/// The report of a run in one process that ended without a fail-over.
fn finished_in_process<P: CorePorts, Q: CorePorts>(
    mut r: LockstepReport,
    primary: &Primary<P>,
    backup: &Backup<Q>,
    cfg: &LockstepConfig,
    log: &[LogEntry],
    started: Instant,
) -> LockstepReport {
    take_counts(&mut r, primary, backup);
    r.interrupts_delivered = primary.interrupts_delivered;
    finish_report(&mut r, primary, cfg, log, false);
    r.boundary_s = (primary.ce.boundary + backup.ce.boundary).as_secs_f64();
    r.wall_time_s = started.elapsed().as_secs_f64();
    r
}

/// Primary and backup in one process, each on its own core, epoch messages over the
/// in-process FIFO; faults injected as asked. Runs until the guest halts or `max_epochs`.
pub fn run_in_process<P: CorePorts, Q: CorePorts>(
    cfg: &LockstepConfig,
    primary_core: PortDriver<P>,
    backup_core: PortDriver<Q>,
    faults: &Faults,
    max_epochs: u64,
    device_name: &str,
) -> Result<LockstepReport, LockstepError> {
    let started = Instant::now();
    let mut r = LockstepReport {
        mode: "in-process".into(),
        device: device_name.into(),
        epoch_length: cfg.epoch_length,
        ..Default::default()
    };
    let mut device = IoDevice::new(cfg.device);
    let mut primary = Primary::new(cfg, primary_core, PRIMARY_HOST)?;
    let mut backup = Backup::new(cfg, backup_core)?;
    let (tx, mut rx) = fifo();
    let mut tx = Some(tx);
    if let Some(tx) = tx.as_mut() {
        tx.send(&Primary::<P>::hello(cfg)?)?;
    }
    loop {
        if let Some(t) = tx.as_mut().filter(|_| !primary.finished) {
            for f in faults.flips.iter().filter(|f| f.side == Side::Primary && f.epoch == primary.epoch) {
                flip(&mut primary.ce.cpu, f.target)?;
            }
            let stop = faults.kill_primary.filter(|k| k.0 == primary.epoch).map(|k| k.1);
            match primary.run_epoch(&mut device, Some(t as &mut dyn EpochTx), stop)? {
                PrimaryStep::Stopped { instructions, .. } => {
                    // The machine is dead: its channel closes, its connections drop.
                    tx = None;
                    device.host_failed(PRIMARY_HOST);
                    r.failover = Some(super::report::FailoverReport {
                        primary_instructions_in_failed_epoch: Some(instructions),
                        ..Default::default()
                    });
                }
                PrimaryStep::Ended { .. } | PrimaryStep::Finished { .. } => r.epochs_primary += 1,
            }
        }
        for f in faults.flips.iter().filter(|f| f.side == Side::Backup && f.epoch == backup.epoch) {
            flip(&mut backup.ce.cpu, f.target)?;
        }
        let step = backup.step(&mut rx)?;
        match step {
            BackupStep::Ran { .. } | BackupStep::Waiting => {}
            BackupStep::Finished { .. } => {
                return Ok(finished_in_process(r, &primary, &backup, cfg, device.log(), started));
            }
            BackupStep::Diverged(mut d) => {
                d.report.resync = Some(backup.resync_from(&primary)?);
                r.mismatches.push(d.report);
            }
            BackupStep::FailedOver(mut f) => {
                let detected = Instant::now();
                let killed = r.failover.take().unwrap_or_default();
                f.primary_instructions_in_failed_epoch = killed.primary_instructions_in_failed_epoch;
                r.failover = Some(f);
                take_counts(&mut r, &primary, &backup);
                let mut p = backup.into_primary(TAKEOVER_HOST)?;
                simplex(&mut p, &mut device, max_epochs, &mut r, detected)?;
                finish_report(&mut r, &p, cfg, device.log(), true);
                r.wall_time_s = started.elapsed().as_secs_f64();
                return Ok(r);
            }
        }
        if primary.epoch >= max_epochs && backup.epoch >= primary.epoch {
            return Ok(finished_in_process(r, &primary, &backup, cfg, device.log(), started));
        }
    }
}

/// What a process-side run needs besides its core and channel.
#[derive(Clone, Copy)]
pub struct ProcessOptions<'a> {
    /// The I/O device's log (JSON lines), shared by the primary and, after a fail-over, the
    /// backup.
    pub device_log: &'a Path,
    pub max_epochs: u64,
    /// For the report.
    pub device_name: &'a str,
}

/// The primary process: run epochs (sleeping `pace` in the middle of each, so a person can
/// watch or a test can kill it mid-epoch), report each finished epoch to `progress`.
pub fn run_primary<P: CorePorts>(
    cfg: &LockstepConfig,
    core: PortDriver<P>,
    mut tx: TcpTx,
    opts: &ProcessOptions<'_>,
    pace: Duration,
    progress: &mut dyn FnMut(u64),
) -> Result<LockstepReport, LockstepError> {
    let ProcessOptions { device_log, max_epochs, device_name } = *opts;
    let started = Instant::now();
    let mut r = LockstepReport {
        mode: "primary".into(),
        device: device_name.into(),
        epoch_length: cfg.epoch_length,
        ..Default::default()
    };
    let mut device = IoDevice::new(cfg.device)
        .with_log_file(device_log)
        .map_err(|e| LockstepError::DeviceLog { path: device_log.into(), source: e })?;
    let mut p = Primary::new(cfg, core, PRIMARY_HOST)?;
    p.midpoint_pause = pace;
    tx.send(&Primary::<P>::hello(cfg)?)?;
    while !p.finished && p.epoch < max_epochs {
        let step = p.run_epoch(&mut device, Some(&mut tx), None)?;
        r.epochs_primary += 1;
        if let PrimaryStep::Ended { epoch, .. } | PrimaryStep::Finished { epoch } = step {
            progress(epoch);
        }
    }
    r.interrupt_messages = p.interrupt_messages;
    r.interrupts_delivered = p.interrupts_delivered;
    r.interrupts_deferred = p.interrupts_deferred;
    finish_report(&mut r, &p, cfg, device.log(), false);
    r.device_log = None;
    r.wall_time_s = started.elapsed().as_secs_f64();
    Ok(r)
}

/// The backup process: follow the primary one epoch behind; when the connection drops
/// without a Bye, fail over and finish the guest as primary on the same device log.
pub fn run_backup<P: CorePorts>(
    cfg: &LockstepConfig,
    core: PortDriver<P>,
    mut rx: TcpRx,
    opts: &ProcessOptions<'_>,
    progress: &mut dyn FnMut(u64),
) -> Result<LockstepReport, LockstepError> {
    let ProcessOptions { device_log, max_epochs, device_name } = *opts;
    let started = Instant::now();
    let mut r = LockstepReport {
        mode: "backup".into(),
        device: device_name.into(),
        epoch_length: cfg.epoch_length,
        ..Default::default()
    };
    let mut b = Backup::new(cfg, core)?;
    let read = |r: &mut LockstepReport| -> Result<Vec<LogEntry>, LockstepError> {
        let _ = r;
        if device_log.exists() {
            read_log(device_log).map_err(|e| LockstepError::DeviceLog { path: device_log.into(), source: e })
        } else {
            Ok(Vec::new())
        }
    };
    loop {
        match b.step(&mut rx as &mut dyn EpochRx)? {
            BackupStep::Ran { epoch, .. } => progress(epoch),
            BackupStep::Waiting => std::thread::sleep(Duration::from_millis(1)),
            BackupStep::Finished { .. } => {
                r.epochs_primary = b.ends_received;
                r.epochs_compared = b.epochs_compared;
                r.words_compared = b.words_compared;
                r.words_forwarded = b.words_forwarded;
                r.interrupt_messages = b.interrupt_messages;
                r.interrupts_delivered = b.interrupts_delivered;
                r.instructions = b.ce.cpu.retired();
                r.state_hash = b.ce.cpu.state_hash();
                r.guest_finished = b.ce.cpu.halted();
                r.reissued_io = b.book.reissued.clone();
                r.io_requests = b.book.requests;
                let log = read(&mut r)?;
                let completed = guest::completed(&b.ce.cpu, cfg.guest.channels);
                r.device_log = Some(audit(&log, &completed, &BTreeSet::new(), None, guest::op_data));
                r.wall_time_s = started.elapsed().as_secs_f64();
                return Ok(r);
            }
            BackupStep::Diverged(d) => {
                return Err(LockstepError::Diverged { epoch: d.epoch, detected_by: d.report.detected_by });
            }
            BackupStep::FailedOver(f) => {
                let detected = Instant::now();
                r.failover = Some(f);
                r.epochs_primary = b.ends_received;
                r.epochs_compared = b.epochs_compared;
                r.words_compared = b.words_compared;
                r.words_forwarded = b.words_forwarded;
                r.interrupt_messages = b.interrupt_messages;
                // The device the dead primary drove is gone with it; the same log goes on.
                let dev_cfg = virtual_ce::io::DeviceConfig { seed: cfg.device.seed.wrapping_add(1), ..cfg.device };
                let mut device = IoDevice::new(dev_cfg)
                    .with_log_file(device_log)
                    .map_err(|e| LockstepError::DeviceLog { path: device_log.into(), source: e })?;
                let mut p = b.into_primary(TAKEOVER_HOST)?;
                simplex(&mut p, &mut device, max_epochs, &mut r, detected)?;
                let log = read(&mut r)?;
                finish_report(&mut r, &p, cfg, &log, true);
                r.wall_time_s = started.elapsed().as_secs_f64();
                return Ok(r);
            }
        }
        if b.epoch >= max_epochs {
            return Err(LockstepError::Config(format!(
                "stopped after {max_epochs} epochs (--max-epochs) before the guest finished"
            )));
        }
    }
}
