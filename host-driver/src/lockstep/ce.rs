//! A virtual CE on a simulated `ftsync_core`: every retired instruction raises `ce_retire` for
//! one clock, and the CE stops in the very cycle the epoch counter raises `ce_hold`.

use super::LockstepError;
use crate::device::{CompareConfig, CompareMode, Device, EpochConfig, EpochSource, Irq, Mismatch};
use regbus::{CorePorts, PortDriver, StreamSide};
use virtual_ce::{Cpu, Event};

/// How an epoch run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EpochStop {
    /// The epoch counter held the CE (count reached, or the drain a halting guest raised).
    Held,
    /// The caller's instruction limit (fault injection: the machine died here).
    Stopped,
}

/// One epoch as the CE ran it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EpochRun {
    pub instructions: u64,
    pub stop: EpochStop,
    /// Core clock cycles it took.
    pub cycles: u64,
    /// EPOCH_NUMBER after the run.
    pub hw_epoch: u64,
}

/// A virtual CE and the core that counts its epochs (and, on the backup, compares streams).
pub struct CoreCe<P: CorePorts> {
    pub cpu: Cpu,
    dev: Device<PortDriver<P>>,
    epoch_length: u32,
    /// Where this CE's output words go on the core's comparator, if anywhere.
    output_side: Option<StreamSide>,
    outputs: Vec<u64>,
    held: bool,
    /// Wall time spent at epoch boundaries (register accesses, and whatever the VMM adds:
    /// state hash, delivery, messages, comparator settling), as opposed to running the CE.
    pub boundary: std::time::Duration,
}

impl<P: CorePorts> CoreCe<P> {
    /// Program the epoch counter (retired instructions, auto reload, hold at the end, a drain
    /// ends the epoch) and enable it. `driver` must be out of reset.
    pub fn new(
        driver: PortDriver<P>,
        cpu: Cpu,
        epoch_length: u32,
        output_side: Option<StreamSide>,
    ) -> Result<Self, LockstepError> {
        if epoch_length == 0 {
            return Err(LockstepError::Config("the epoch length must be at least one instruction".into()));
        }
        let mut dev = Device::open(driver).map_err(|e| LockstepError::device("opening the core", e))?;
        let dv = |what| move |e| LockstepError::device(what, e);
        dev.epoch_configure(EpochConfig {
            load: epoch_length,
            auto_reload: true,
            hold_at_end: true,
            source: EpochSource::Retire,
            drain_ends: true,
        })
        .map_err(dv("configuring the epoch counter"))?;
        dev.irq_enable(&[Irq::EpochEnd, Irq::CmpMismatch]).map_err(dv("enabling interrupts"))?;
        dev.epoch_enable(true).map_err(dv("enabling the epoch counter"))?;
        Ok(CoreCe {
            cpu,
            dev,
            epoch_length,
            output_side,
            outputs: Vec::new(),
            held: false,
            boundary: std::time::Duration::ZERO,
        })
    }

    pub fn epoch_length(&self) -> u32 {
        self.epoch_length
    }
    pub fn device(&mut self) -> &mut Device<PortDriver<P>> {
        &mut self.dev
    }
    /// Held at an epoch boundary (after a run, before the next).
    pub fn held(&self) -> bool {
        self.held
    }

    /// Output words since the last call (each I/O request and each store to OUT).
    pub fn take_outputs(&mut self) -> Vec<u64> {
        std::mem::take(&mut self.outputs)
    }

    /// Compare this CE's outputs (B) with words fed on A; forward equal words on `o_*`.
    pub fn compare(&mut self, mode: CompareMode) -> Result<(), LockstepError> {
        let dv = |what| move |e| LockstepError::device(what, e);
        // No skew timeout: the other CE's words for a whole epoch arrive at its start.
        self.dev
            .compare_configure(CompareConfig { mode, halt_on_mismatch: mode == CompareMode::Duplex, skew_timeout: 0 })
            .map_err(dv("configuring the comparator"))?;
        self.dev.compare_enable(true).map_err(dv("enabling the comparator"))
    }

    /// Clear the comparator and every word queued for it (after a resync).
    pub fn compare_restart(&mut self) -> Result<(), LockstepError> {
        self.dev.bus().clear_words(StreamSide::A);
        self.dev.bus().clear_words(StreamSide::B);
        self.dev.compare_clear().map_err(|e| LockstepError::device("clearing the comparator", e))?;
        self.dev.bus().take_received();
        Ok(())
    }

    /// Let the comparator take what is queued (up to `max_cycles`), then report its first
    /// mismatch, if any.
    pub fn compare_settle(&mut self, max_cycles: u64) -> Result<Option<Mismatch>, LockstepError> {
        let mut n = 0;
        while n < max_cycles
            && (self.dev.bus().words_pending(StreamSide::A) > 0 || self.dev.bus().words_pending(StreamSide::B) > 0)
        {
            self.dev.bus().tick();
            n += 1;
        }
        self.dev.bus().ticks(4);
        self.dev.compare_mismatch().map_err(|e| LockstepError::device("reading the mismatch capture", e))
    }

    /// Words still queued on `side` after a settle (left over when the CEs produced different
    /// numbers of words).
    pub fn words_left(&mut self, side: StreamSide) -> usize {
        self.dev.bus().words_pending(side)
    }

    /// Words the comparator forwarded to the environment since the last call.
    pub fn take_forwarded(&mut self) -> Vec<u64> {
        self.dev.bus().take_received().into_iter().map(|(w, _)| w).collect()
    }

    pub fn queue_other(&mut self, words: &[u64]) {
        for &w in words {
            self.dev.bus().queue_word(StreamSide::A, w, false);
        }
    }

    /// Resume (if held) and run until the epoch counter holds the CE, or for `stop_after`
    /// instructions. `on_retire` sees every retired instruction's event and the CE's retire
    /// count. A drain instruction (FENCE) or a halt raises `ce_drain`, which ends the epoch
    /// right after that instruction (seed 003's drain; DRAIN_ENDS).
    pub fn run_epoch(
        &mut self,
        stop_after: Option<u64>,
        mut on_retire: impl FnMut(&Event, u64) -> Result<(), LockstepError>,
    ) -> Result<EpochRun, LockstepError> {
        let resume_started = std::time::Instant::now();
        if self.held {
            self.dev.epoch_resume().map_err(|e| LockstepError::device("resuming the epoch", e))?;
            self.held = false;
        }
        self.boundary += resume_started.elapsed();
        let start = self.dev.bus().cycles();
        let mut instructions = 0u64;
        let mut drained = false;
        // A retired drain instruction: nothing more retires in this epoch.
        let mut draining = false;
        let mut idle = 0u64;
        loop {
            if stop_after.is_some_and(|k| instructions >= k) {
                let cycles = self.dev.bus().cycles() - start;
                return Ok(EpochRun { instructions, stop: EpochStop::Stopped, cycles, hw_epoch: 0 });
            }
            let cpu = &mut self.cpu;
            let mut event = Ok(Event::None);
            let (out, retired) = self.dev.bus().tick_ce(|| {
                if cpu.halted() || draining {
                    return false;
                }
                event = cpu.step();
                event.is_ok()
            });
            let event = event.map_err(LockstepError::Ce)?;
            if retired {
                instructions += 1;
                idle = 0;
                draining = event == Event::Drain;
                let word = match event {
                    Event::Output(w) => Some(w),
                    Event::Io(r) => Some(r.word()),
                    _ => None,
                };
                if let Some(w) = word {
                    self.outputs.push(w);
                    if let Some(side) = self.output_side {
                        self.dev.bus().queue_word(side, w, false);
                    }
                }
                on_retire(&event, self.cpu.retired())?;
            } else {
                idle += 1;
            }
            if out.ce_hold {
                break;
            }
            if (self.cpu.halted() || draining) && !drained {
                self.dev.bus().drain();
                drained = true;
            }
            if idle > 64 {
                return Err(LockstepError::Config(format!(
                    "the epoch counter did not hold the CE {idle} cycles after it stopped retiring (is DRAIN_ENDS working?)"
                )));
            }
        }
        self.held = true;
        let end_started = std::time::Instant::now();
        let cycles = self.dev.bus().cycles() - start;
        let hw_epoch =
            self.dev.epoch_status().map_err(|e| LockstepError::device("reading the epoch status", e))?.number;
        self.boundary += end_started.elapsed();
        Ok(EpochRun { instructions, stop: EpochStop::Held, cycles, hw_epoch })
    }
}
