//! Synchronization in wall time, against a device reached over a real transport (`serial:PATH`
//! today): the CE runs by itself, its memory is a file both sides can open, and the engine's
//! pause and resume go through the hardware — the epoch counter holds the CE.
//!
//! - [`WallClock`]: elapsed wall time.
//! - [`FileSource`]: the CE's memory in a file (what `ftsync sim-serve --memory-file` writes).
//!   `advance(dt)` paces the copy: the engine charges N/B for N bytes at bandwidth B, and the
//!   source sleeps whatever part of that has not already passed, so the bandwidth cap holds
//!   and time already spent (a harvest over a slow link) is not spent twice. `pause` makes the
//!   device's `epoch_counter` end an epoch one clock cycle later with `HOLD_AT_END`
//!   (`SRC` = clock cycles, `EPOCH_LOAD` = 1), so `ce_hold` rises and the CE stops writing;
//!   `resume` writes `EPOCH_RESUME` and disables the counter again.
//! - [`HardwareTracker::wall`](super::virt::HardwareTracker::wall): the hardware `write_tracker` over the device API, with wall timeouts; its
//!   harvest cost is the wall time the last harvest took (the engine's estimate of blocks
//!   dirtied between the last harvest and the pause depends on it).
//!
//! ```text
//!  ftsync sync start --device serial:PTY           ftsync sim-serve --pty --memory-file F
//!   engine ── read blocks ────────────── F ◀──── CE workload: write F, then snoop_* ──┐
//!     │ arm / harvest (TRACK_*)                                          (stops while ce_hold)
//!     │ pause: EPOCH_CTRL HOLD_AT_END, LOAD 1 ──▶ UART ──▶ bridge ──▶ ftsync_core ──┘
//!     │ resume: EPOCH_RESUME
//! ```
//!
//! The CE writes its memory before it offers the write on the snoop port, so a block read
//! while a write lands is always reported dirty by a later harvest.

use super::engine::{self, Progress, SyncParams};
use super::session::{compare, SessionResult};
use super::virt::HardwareTracker;
use super::{Clock, Source, SyncError, Target};
use crate::device::Device;
use regbus::RegisterBus;
use std::cell::RefCell;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Memory address of the CE's byte 0, as the served CE snoops it (the virtual CE's too).
pub const DEFAULT_BASE: u64 = 0x1_0000_0000;

/// Wall time since the clock was made.
#[derive(Clone, Copy, Debug)]
pub struct WallClock(Instant);

impl WallClock {
    pub fn new() -> Self {
        WallClock(Instant::now())
    }
}

impl Default for WallClock {
    fn default() -> Self {
        Self::new()
    }
}

impl Clock for WallClock {
    fn now(&self) -> Duration {
        self.0.elapsed()
    }
}

/// A device shared by the source (which holds the CE) and the tracker.
pub type SharedDevice<B> = Rc<RefCell<Device<B>>>;

fn control(operation: &'static str) -> impl FnOnce(crate::Error) -> SyncError {
    move |e| SyncError::Control { operation, source: Box::new(e) }
}

/// The CE's memory in a file, the CE held and released through the device's epoch counter.
pub struct FileSource<B: RegisterBus> {
    file: File,
    path: PathBuf,
    len: u64,
    device: SharedDevice<B>,
    /// When the last `advance` returned: time charged since is measured from here.
    mark: Instant,
    held: bool,
    /// Keep the CE held when the engine resumes it, until [`FileSource::release`]: the target
    /// can then be compared with the source at the instant of the resume.
    pub hold_until_released: bool,
    /// When the engine asked to resume a CE kept held.
    resume_asked: Option<Instant>,
}

impl<B: RegisterBus> FileSource<B> {
    pub fn open(path: impl AsRef<Path>, device: SharedDevice<B>) -> Result<Self, SyncError> {
        let path = path.as_ref().to_path_buf();
        let read_err = |source: std::io::Error| SyncError::ReadSource {
            offset: 0,
            source: format!("opening the CE memory file {}: {source}", path.display()).into(),
        };
        let file = File::open(&path).map_err(read_err)?;
        let len = file.metadata().map_err(read_err)?.len();
        if len == 0 {
            return Err(SyncError::Parameters(format!("the CE memory file {} is empty", path.display())));
        }
        Ok(FileSource {
            file,
            path,
            len,
            device,
            mark: Instant::now(),
            held: false,
            hold_until_released: false,
            resume_asked: None,
        })
    }

    /// Whether the CE is held now.
    pub fn is_held(&self) -> bool {
        self.held
    }

    /// EPOCH_CTRL for a one-cycle epoch with HOLD_AT_END, counting clock cycles.
    fn hold_ctrl(en: bool) -> Result<u32, crate::Error> {
        let cycles = regmap::register("EPOCH_CTRL")
            .map_err(crate::Error::Lookup)?
            .reg
            .fields
            .iter()
            .find(|f| f.name == "SRC")
            .and_then(|f| f.values.iter().find(|v| v.name == "CYCLES"))
            .map(|v| v.value)
            .ok_or(crate::Error::Lookup(regmap::LookupError::UnknownField {
                register: "EPOCH_CTRL",
                field: "SRC=CYCLES".into(),
            }))?;
        Device::<B>::compose("EPOCH_CTRL", &[("EN", u32::from(en)), ("HOLD_AT_END", 1), ("SRC", cycles)])
    }

    /// Four register accesses, all inside the pause: EPOCH_LOAD = 1, EPOCH_CTRL with EN low
    /// then high (the rising edge starts the epoch; it ends one cycle later and `ce_hold`
    /// rises), then EPOCH_STATUS.HELD until it reads 1.
    fn hold(&mut self) -> Result<(), SyncError> {
        let mut dev = self.device.borrow_mut();
        let started = Instant::now();
        let step = |dev: &mut Device<B>| -> Result<bool, crate::Error> {
            dev.write("EPOCH_LOAD", 1)?;
            dev.write("EPOCH_CTRL", Self::hold_ctrl(false)?)?;
            dev.write("EPOCH_CTRL", Self::hold_ctrl(true)?)?;
            Ok(dev.read_field("EPOCH_STATUS", "HELD")? == 1)
        };
        let mut held = step(&mut dev).map_err(control("pausing"))?;
        while !held {
            if started.elapsed() > Duration::from_secs(5) {
                return Err(SyncError::Control {
                    operation: "pausing",
                    source: "EPOCH_STATUS.HELD did not rise within 5 s of starting a one-cycle epoch with HOLD_AT_END"
                        .into(),
                });
            }
            held = dev.read_field("EPOCH_STATUS", "HELD").map_err(control("pausing"))? == 1;
        }
        self.held = true;
        Ok(())
    }

    /// EPOCH_RESUME, then the counter off (so the next pause has a rising edge to start from).
    fn unhold(&mut self) -> Result<(), SyncError> {
        let mut dev = self.device.borrow_mut();
        dev.epoch_resume().map_err(control("resuming"))?;
        dev.write("EPOCH_CTRL", 0).map_err(control("resuming"))?;
        self.held = false;
        Ok(())
    }

    /// Let the CE run again if [`Self::hold_until_released`] kept it held; how long it was
    /// held beyond the engine's resume.
    pub fn release(&mut self) -> Result<Duration, SyncError> {
        let extra = self.resume_asked.take().map_or(Duration::ZERO, |t| t.elapsed());
        if self.held {
            self.unhold()?;
        }
        Ok(extra)
    }
}

impl<B: RegisterBus> Drop for FileSource<B> {
    /// A CE left held by an error is let go (best effort: the link may be what failed).
    fn drop(&mut self) {
        if self.held {
            let _ = self.unhold();
        }
    }
}

impl<B: RegisterBus> Source for FileSource<B> {
    fn len(&self) -> u64 {
        self.len
    }

    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        self.file.read_exact_at(buf, offset).map_err(|e| SyncError::ReadSource {
            offset,
            source: format!("reading {} bytes of {}: {e}", buf.len(), self.path.display()).into(),
        })
    }

    fn advance(&mut self, dt: Duration) -> Result<(), SyncError> {
        let due = self.mark + dt;
        let now = Instant::now();
        if due > now {
            std::thread::sleep(due - now);
        }
        self.mark = Instant::now();
        Ok(())
    }

    fn pause(&mut self) -> Result<(), SyncError> {
        self.hold()
    }

    fn resume(&mut self) -> Result<(), SyncError> {
        if self.hold_until_released {
            self.resume_asked = Some(Instant::now());
            return Ok(());
        }
        self.unhold()
    }

    /// A CE whose whole state is its memory has no context to send.
    fn context(&mut self) -> Result<Vec<u8>, SyncError> {
        Ok(Vec::new())
    }
}

/// What [`run`] did.
pub struct WallRun {
    pub result: SessionResult,
    /// How long the CE stayed held after the engine resumed it, for the verification and the
    /// byte-for-byte comparison (not part of the engine's reported pause).
    pub held_for_check: Duration,
}

/// One `ftsync sync start` against a device over `bus` whose CE keeps its memory in
/// `memory_file` at `base`, in wall time. The CE stays held from the foreground until the
/// target has been compared with the source byte for byte, then runs on.
pub fn run<B: RegisterBus>(
    bus: B,
    memory_file: &Path,
    base: u64,
    resolution: Option<u32>,
    params: &SyncParams,
    target: &mut dyn Target,
    progress: &mut dyn FnMut(Progress),
) -> Result<WallRun, crate::Error> {
    let device = Rc::new(RefCell::new(Device::open(bus)?));
    let writes_before = device.borrow_mut().read("TRACK_WRITES")?;
    let mut source = FileSource::open(memory_file, device.clone()).map_err(crate::Error::Sync)?;
    source.hold_until_released = true;
    let mut tracker =
        HardwareTracker::wall(device.clone(), base, source.len(), resolution).map_err(crate::Error::Sync)?;
    let clock = WallClock::new();
    let report =
        engine::run(&mut source, target, &mut tracker, &clock, params, None, progress).map_err(crate::Error::Sync)?;
    let identical =
        if report.converged() { Some(compare(&mut source, target).map_err(crate::Error::Sync)?) } else { None };
    let held_for_check = source.release().map_err(crate::Error::Sync)?;
    let writes = device.borrow_mut().read("TRACK_WRITES")?.wrapping_sub(writes_before);
    Ok(WallRun { result: SessionResult { report, identical, writes: u64::from(writes), cycles: 0 }, held_for_check })
}
