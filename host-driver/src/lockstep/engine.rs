//! The primary and backup VMMs (seed 003 Fig. 3 and Fig. 7), the resync after a divergence
//! (seed 002). Whole runs that tie them together are in [`super::run`].

use super::ce::{CoreCe, EpochStop};
use super::channel::{EpochRx, EpochTx, Recv};
use super::report::{FailoverReport, MismatchReport, ResyncReport};
use super::wire::Message;
use super::LockstepError;
use crate::device::CompareMode;
use crate::sync::engine::{self as sync_engine, SyncParams};
use crate::sync::standby::MemoryTarget;
use crate::sync::virt::VirtualClock;
use crate::sync::{checksum::ChecksumTracker, Source, SyncError};
use regbus::{CorePorts, PortDriver, StreamSide};
use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;
use virtual_ce::guest::{self, IoLoopConfig};
use virtual_ce::io::{DeviceConfig, IoDevice};
use virtual_ce::{Cpu, Event, Interrupt, InterruptKind, IoRequest};

/// What both sides must agree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LockstepConfig {
    /// Instructions per epoch (EPOCH_LOAD).
    pub epoch_length: u32,
    pub memory_bytes: u32,
    pub guest: IoLoopConfig,
    pub device: DeviceConfig,
}

impl Default for LockstepConfig {
    fn default() -> Self {
        LockstepConfig {
            epoch_length: 2000,
            memory_bytes: 64 << 10,
            guest: IoLoopConfig::default(),
            device: DeviceConfig::default(),
        }
    }
}

impl LockstepConfig {
    pub fn program(&self) -> Result<Vec<u8>, LockstepError> {
        if self.guest.channels > self.device.channels {
            return Err(LockstepError::Config(format!(
                "the guest uses {} channels, the device has {}",
                self.guest.channels, self.device.channels
            )));
        }
        guest::io_loop(self.guest).map_err(LockstepError::Ce)
    }

    /// A fresh CE with the guest loaded.
    pub fn cpu(&self) -> Result<Cpu, LockstepError> {
        Cpu::new(self.memory_bytes as usize, &self.program()?).map_err(LockstepError::Ce)
    }

    /// Identifies program and configuration in the Hello.
    pub fn program_hash(&self) -> Result<u64, LockstepError> {
        let mut h = 0xCBF2_9CE4_8422_2325u64;
        let g = self.guest;
        let words = [g.channels, g.window, g.ops_per_channel, g.compute, self.device.channels];
        for b in self.program()?.iter().copied().chain(words.iter().flat_map(|w| w.to_le_bytes())) {
            h = (h ^ u64::from(b)).wrapping_mul(0x100_0000_01B3);
        }
        Ok(h)
    }
}

/// What a VMM knows of its guest's I/O.
#[derive(Clone, Debug, Default)]
pub struct IoBook {
    /// Channels the guest connected.
    pub open: BTreeSet<u32>,
    /// Every operation it issued, by (channel, sequence).
    pub issued: BTreeSet<(u32, u32)>,
    /// Issued, and no "completed" interrupt delivered yet.
    pub outstanding: BTreeSet<(u32, u32)>,
    /// "Completed" interrupts delivered.
    pub completed: BTreeSet<(u32, u32)>,
    /// Issues of an operation already issued (after a "disconnected").
    pub reissued: Vec<(u32, u32)>,
    pub requests: u64,
}

impl IoBook {
    fn note_request(&mut self, r: &IoRequest) {
        match *r {
            IoRequest::Connect { chan } => {
                self.open.insert(chan);
            }
            IoRequest::Issue { chan, seq, .. } => {
                self.requests += 1;
                if !self.issued.insert((chan, seq)) {
                    self.reissued.push((chan, seq));
                }
                if !self.completed.contains(&(chan, seq)) {
                    self.outstanding.insert((chan, seq));
                }
            }
        }
    }

    fn note_delivered(&mut self, irqs: &[Interrupt]) {
        for i in irqs {
            if i.kind == InterruptKind::Completed {
                self.outstanding.remove(&(i.chan, i.seq));
                self.completed.insert((i.chan, i.seq));
            }
        }
    }
}

/// Deliver what the ring takes, oldest first; keep the rest for the next boundary. Both sides
/// run this on identical guest state, so they deliver identically.
fn deliver_fitting(
    cpu: &mut Cpu,
    carry: &mut Vec<Interrupt>,
    new: Vec<Interrupt>,
) -> Result<Vec<Interrupt>, LockstepError> {
    carry.extend(new);
    let n = (cpu.ring_free() as usize).min(carry.len());
    let now: Vec<Interrupt> = carry.drain(..n).collect();
    cpu.deliver(&now).map_err(LockstepError::Ce)?;
    Ok(now)
}

/// How a primary epoch went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrimaryStep {
    Ended {
        epoch: u64,
        instructions: u64,
    },
    /// The guest halted in this epoch; a Bye followed the EpochEnd.
    Finished {
        epoch: u64,
    },
    /// Fault injection: the machine stopped mid-epoch; nothing more was sent.
    Stopped {
        epoch: u64,
        instructions: u64,
    },
}

/// The primary VMM: performs the guest's I/O, buffers interrupts during an epoch (sending a
/// copy of each to the backup), delivers them at the epoch end, then sends the EpochEnd.
pub struct Primary<P: CorePorts> {
    pub ce: CoreCe<P>,
    pub host: u32,
    /// Next epoch to run.
    pub epoch: u64,
    pub book: IoBook,
    carry: Vec<Interrupt>,
    pub interrupts_delivered: u64,
    /// Interrupt deliveries put off to a later boundary because the guest's ring was full.
    pub interrupts_deferred: u64,
    pub interrupt_messages: u64,
    pub finished: bool,
    /// Sleep this long in the middle of every epoch (demos, and tests that kill the primary
    /// process mid-epoch); zero by default.
    pub midpoint_pause: Duration,
}

impl<P: CorePorts> Primary<P> {
    pub fn new(cfg: &LockstepConfig, core: PortDriver<P>, host: u32) -> Result<Self, LockstepError> {
        let ce = CoreCe::new(core, cfg.cpu()?, cfg.epoch_length, None)?;
        Ok(Primary {
            ce,
            host,
            epoch: 0,
            book: IoBook::default(),
            carry: Vec::new(),
            interrupts_delivered: 0,
            interrupts_deferred: 0,
            interrupt_messages: 0,
            finished: false,
            midpoint_pause: Duration::ZERO,
        })
    }

    pub fn hello(cfg: &LockstepConfig) -> Result<Message, LockstepError> {
        Ok(Message::Hello {
            epoch_length: cfg.epoch_length,
            memory_bytes: cfg.memory_bytes,
            program_hash: cfg.program_hash()?,
        })
    }

    /// One epoch. `tx` is the backup's channel (none once simplex); `stop_after` stops the
    /// machine after that many instructions of this epoch (fault injection).
    pub fn run_epoch(
        &mut self,
        device: &mut IoDevice,
        mut tx: Option<&mut dyn EpochTx>,
        stop_after: Option<u64>,
    ) -> Result<PrimaryStep, LockstepError> {
        let epoch = self.epoch;
        let host = self.host;
        let mut buffered = Vec::new();
        let Primary { ce, book, interrupt_messages, midpoint_pause, .. } = self;
        let (pause, midpoint) = (*midpoint_pause, u64::from(ce.epoch_length() / 2).max(1));
        let mut in_epoch = 0u64;
        let run = ce.run_epoch(stop_after, |event, now| {
            in_epoch += 1;
            if in_epoch == midpoint && !pause.is_zero() {
                std::thread::sleep(pause);
            }
            if let Event::Io(r) = event {
                book.note_request(r);
                match *r {
                    IoRequest::Connect { chan } => device.connect(host, chan).map_err(LockstepError::Ce)?,
                    IoRequest::Issue { chan, seq, data } => {
                        device.issue(host, chan, seq, data).map_err(LockstepError::Ce)?
                    }
                }
            }
            for irq in device.advance(host, now).map_err(LockstepError::Ce)? {
                if let Some(tx) = tx.as_deref_mut() {
                    tx.send(&Message::Interrupt { epoch, irq })?;
                    *interrupt_messages += 1;
                }
                buffered.push(irq);
            }
            Ok(())
        })?;
        if run.stop == EpochStop::Stopped {
            return Ok(PrimaryStep::Stopped { epoch, instructions: run.instructions });
        }
        let boundary_started = std::time::Instant::now();
        let state_hash = self.ce.cpu.state_hash();
        let delivered = deliver_fitting(&mut self.ce.cpu, &mut self.carry, buffered)?;
        self.interrupts_deferred += self.carry.len() as u64;
        self.book.note_delivered(&delivered);
        self.interrupts_delivered += delivered.len() as u64;
        let halted = self.ce.cpu.halted();
        let outputs = self.ce.take_outputs();
        if let Some(tx) = tx.as_mut() {
            tx.send(&Message::EpochEnd { epoch, state_hash, instructions: run.instructions, halted, outputs })?;
            if halted {
                tx.send(&Message::Bye { epoch })?;
            }
        }
        self.epoch += 1;
        if halted {
            self.finished = true;
            self.ce.boundary += boundary_started.elapsed();
            return Ok(PrimaryStep::Finished { epoch });
        }
        self.ce.boundary += boundary_started.elapsed();
        Ok(PrimaryStep::Ended { epoch, instructions: run.instructions })
    }
}

struct EndInfo {
    state_hash: u64,
    instructions: u64,
    outputs: Vec<u64>,
}

/// Why the backup stopped comparing.
#[derive(Clone, Debug, PartialEq)]
pub struct Divergence {
    pub epoch: u64,
    pub report: MismatchReport,
}

/// How a backup step went.
#[derive(Clone, Debug, PartialEq)]
pub enum BackupStep {
    Ran {
        epoch: u64,
        instructions: u64,
    },
    /// Nothing to run yet (non-blocking channel, primary alive).
    Waiting,
    /// The primary said Bye and every epoch ran.
    Finished {
        epoch: u64,
    },
    Diverged(Divergence),
    /// The primary is gone; the backup took over the failed epoch's boundary (still held).
    FailedOver(FailoverReport),
}

/// The backup VMM: runs each epoch only after the primary's EpochEnd for it (so at least one
/// epoch behind), with its own I/O suppressed, its outputs on the comparator's B side and the
/// primary's on A; at the end it compares state hashes and delivers the interrupts the
/// primary delivered there.
pub struct Backup<P: CorePorts> {
    pub ce: CoreCe<P>,
    /// Next epoch to run.
    pub epoch: u64,
    pub book: IoBook,
    carry: Vec<Interrupt>,
    pending: BTreeMap<u64, Vec<Interrupt>>,
    ends: BTreeMap<u64, EndInfo>,
    bye: Option<u64>,
    expect: Message,
    greeted: bool,
    pub interrupts_delivered: u64,
    pub interrupt_messages: u64,
    pub epochs_compared: u64,
    /// EpochEnd messages received (epochs the primary completed).
    pub ends_received: u64,
    pub words_compared: u64,
    pub words_forwarded: u64,
}

impl<P: CorePorts> Backup<P> {
    pub fn new(cfg: &LockstepConfig, core: PortDriver<P>) -> Result<Self, LockstepError> {
        let mut ce = CoreCe::new(core, cfg.cpu()?, cfg.epoch_length, Some(StreamSide::B))?;
        ce.compare(CompareMode::Duplex)?;
        Ok(Backup {
            ce,
            epoch: 0,
            book: IoBook::default(),
            carry: Vec::new(),
            pending: BTreeMap::new(),
            ends: BTreeMap::new(),
            bye: None,
            expect: Primary::<P>::hello(cfg)?,
            greeted: false,
            interrupts_delivered: 0,
            interrupt_messages: 0,
            epochs_compared: 0,
            ends_received: 0,
            words_compared: 0,
            words_forwarded: 0,
        })
    }

    /// Receive until the next epoch can run (and run it), or the primary finished, failed,
    /// or (non-blocking channels) has not finished the epoch yet.
    pub fn step(&mut self, rx: &mut dyn EpochRx) -> Result<BackupStep, LockstepError> {
        loop {
            if self.ends.contains_key(&self.epoch) {
                break;
            }
            if self.bye.is_some_and(|last| self.epoch > last) {
                return Ok(BackupStep::Finished { epoch: self.epoch - 1 });
            }
            match rx.recv()? {
                Recv::Message(m) => self.accept(m)?,
                Recv::Empty => return Ok(BackupStep::Waiting),
                Recv::Closed => return self.fail_over().map(BackupStep::FailedOver),
            }
        }
        self.run_epoch()
    }

    fn accept(&mut self, m: Message) -> Result<(), LockstepError> {
        if !self.greeted {
            if m != self.expect {
                return Err(LockstepError::Config(format!("the primary's Hello {m:?} differs from this side's {:?}: not the same guest, epoch length or memory", self.expect)));
            }
            self.greeted = true;
            return Ok(());
        }
        match m {
            Message::Interrupt { epoch, irq } => {
                self.interrupt_messages += 1;
                self.pending.entry(epoch).or_default().push(irq);
            }
            Message::EpochEnd { epoch, state_hash, instructions, outputs, .. } => {
                self.ends_received += 1;
                self.ends.insert(epoch, EndInfo { state_hash, instructions, outputs });
            }
            Message::Bye { epoch } => self.bye = Some(epoch),
            Message::Hello { .. } => return Err(LockstepError::Protocol("a second Hello in one session".into())),
        }
        Ok(())
    }

    fn run_epoch(&mut self) -> Result<BackupStep, LockstepError> {
        let epoch = self.epoch;
        let end = self.ends.remove(&epoch).expect("checked by step");
        self.ce.queue_other(&end.outputs);
        let book = &mut self.book;
        let run = self.ce.run_epoch(None, |event, _| {
            // Seed 003: the backup's I/O instructions are no-ops; the VMM only takes note.
            if let Event::Io(r) = event {
                book.note_request(r);
            }
            Ok(())
        })?;
        let boundary_started = std::time::Instant::now();
        let own = self.ce.take_outputs();
        let state_hash = self.ce.cpu.state_hash();
        let settle = 4 * (own.len() + end.outputs.len()) as u64 + 1000;
        let mismatch = self.ce.compare_settle(settle)?;
        let left = (self.ce.words_left(StreamSide::A), self.ce.words_left(StreamSide::B));
        self.words_compared += own.len().min(end.outputs.len()) as u64;
        self.words_forwarded += self.ce.take_forwarded().len() as u64;
        let detected_by = if mismatch.is_some() {
            Some("comparator")
        } else if state_hash != end.state_hash {
            Some("state_hash")
        } else if run.instructions != end.instructions {
            Some("instruction_count")
        } else if left != (0, 0) {
            Some("output_count")
        } else {
            None
        };
        if let Some(by) = detected_by {
            let report = MismatchReport {
                epoch,
                detected_by: by.into(),
                word_index: mismatch.map(|m| m.index),
                a_low: mismatch.map(|m| m.a_low),
                b_low: mismatch.map(|m| m.b_low),
                captured_epoch: mismatch.map(|m| u64::from(m.epoch)),
                primary_hash: end.state_hash,
                backup_hash: state_hash,
                resync: None,
            };
            self.ce.boundary += boundary_started.elapsed();
            return Ok(BackupStep::Diverged(Divergence { epoch, report }));
        }
        self.epochs_compared += 1;
        let irqs = self.pending.remove(&epoch).unwrap_or_default();
        let delivered = deliver_fitting(&mut self.ce.cpu, &mut self.carry, irqs)?;
        self.book.note_delivered(&delivered);
        self.interrupts_delivered += delivered.len() as u64;
        self.epoch += 1;
        self.ce.boundary += boundary_started.elapsed();
        Ok(BackupStep::Ran { epoch, instructions: run.instructions })
    }

    /// Seed 003 Fig. 7: the last EpochEnd was for epoch X, so the primary failed in X+1 (=
    /// `self.epoch`). Drop X+1's "completed" interrupts, deliver a "disconnected" for every
    /// open channel at the X / X+1 boundary, and stay held there, ready to run as primary.
    fn fail_over(&mut self) -> Result<FailoverReport, LockstepError> {
        let failed_epoch = self.epoch;
        let deleted: usize = self.pending.split_off(&failed_epoch).values().map(Vec::len).sum();
        let done_at_takeover = self.book.completed.clone();
        let disconnects: Vec<Interrupt> = self
            .book
            .open
            .iter()
            .map(|&chan| Interrupt { kind: InterruptKind::Disconnected, chan, seq: 0, result: 0 })
            .collect();
        let outstanding = self.book.outstanding.len() as u64;
        let delivered = deliver_fitting(&mut self.ce.cpu, &mut self.carry, disconnects.clone())?;
        self.book.note_delivered(&delivered);
        self.interrupts_delivered += delivered.len() as u64;
        Ok(FailoverReport {
            failed_epoch,
            last_epoch_message: failed_epoch.checked_sub(1),
            deleted_completions: deleted as u64,
            disconnects_injected: disconnects.len() as u64,
            outstanding_at_failover: outstanding,
            done_at_takeover: done_at_takeover.into_iter().collect(),
            primary_instructions_in_failed_epoch: None,
            detect_to_first_epoch_s: 0.0,
        })
    }

    /// Become the primary (simplex: the comparator forwards this CE's stream alone).
    pub fn into_primary(mut self, host: u32) -> Result<Primary<P>, LockstepError> {
        self.ce.compare(CompareMode::BOnly)?;
        self.ce.compare_restart()?;
        Ok(Primary {
            ce: self.ce,
            host,
            epoch: self.epoch,
            book: self.book,
            carry: self.carry,
            interrupts_delivered: self.interrupts_delivered,
            interrupts_deferred: 0,
            interrupt_messages: 0,
            finished: false,
            midpoint_pause: Duration::ZERO,
        })
    }

    /// Seed 002's answer to an output mismatch: stop, copy everything from the primary (held
    /// at its boundary), resume. Memory goes through the sync engine (a full copy), the CE
    /// context with it; the VMM state (I/O book, undelivered interrupts) is the primary's.
    pub fn resync_from<Q: CorePorts>(&mut self, primary: &Primary<Q>) -> Result<ResyncReport, LockstepError> {
        let started = std::time::Instant::now();
        let clock = VirtualClock::default();
        let mut source = CeImage { cpu: &primary.ce.cpu, clock: clock.clone() };
        let len = source.len();
        let mut target = MemoryTarget::zeroed(len).map_err(LockstepError::Resync)?;
        let mut tracker = ChecksumTracker::new(4096, 4 << 30).map_err(LockstepError::Resync)?;
        let params = SyncParams { max_pause: Duration::from_secs(1), zero_skip: false, ..SyncParams::default() };
        let report = sync_engine::run(&mut source, &mut target, &mut tracker, &clock, &params, None, &mut |_| {})
            .map_err(LockstepError::Resync)?;
        if !report.converged() || !target.is_consistent() {
            return Err(LockstepError::Resync(SyncError::Parameters(format!(
                "the full copy did not complete: {:?}",
                report.outcome
            ))));
        }
        self.ce.cpu.restore(target.data(), target.context()).map_err(LockstepError::Ce)?;
        self.epoch = primary.epoch;
        self.pending = self.pending.split_off(&primary.epoch);
        self.ends = self.ends.split_off(&primary.epoch);
        self.carry = primary.carry.clone();
        self.book = primary.book.clone();
        self.ce.take_outputs();
        self.ce.compare_restart()?;
        let verified = self.ce.cpu.state_hash() == primary.ce.cpu.state_hash();
        Ok(ResyncReport {
            bytes: report.total_bytes,
            context_bytes: virtual_ce::cpu::CONTEXT_BYTES as u64,
            verified,
            wall_time_s: started.elapsed().as_secs_f64(),
        })
    }
}

/// A held CE's memory and context as a sync [`Source`].
struct CeImage<'a> {
    cpu: &'a Cpu,
    clock: VirtualClock,
}

impl Source for CeImage<'_> {
    fn len(&self) -> u64 {
        self.cpu.memory().len() as u64
    }
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        let m = self.cpu.memory();
        let end = offset as usize + buf.len();
        let src = m
            .get(offset as usize..end)
            .ok_or_else(|| SyncError::ReadSource { offset, source: "past the end of the CE's memory".into() })?;
        buf.copy_from_slice(src);
        Ok(())
    }
    fn advance(&mut self, dt: Duration) -> Result<(), SyncError> {
        self.clock.advance(dt);
        Ok(())
    }
    fn pause(&mut self) -> Result<(), SyncError> {
        Ok(())
    }
    fn resume(&mut self) -> Result<(), SyncError> {
        Ok(())
    }
    fn context(&mut self) -> Result<Vec<u8>, SyncError> {
        Ok(self.cpu.context())
    }
}
