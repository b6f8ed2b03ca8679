//! A simulated machine in virtual time: a CE whose seeded workload writes its memory and
//! drives the snoop port of a simulated `ftsync_core` (Verilated RTL or model), and the
//! hardware `write_tracker` read through the typed device API.
//!
//! Copying N bytes at bandwidth B is charged as `advance(N/B)`: the clock moves by N/B, the
//! workload issues `rate * N/B` writes into memory and onto the snoop port, and the core runs
//! the matching number of clock cycles (quiet ones in bulk). Results are exact and repeatable.

use super::{Clock, Source, SyncError, Tracker};
use crate::device::{Device, Timeout, TrackerConfig};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use regbus::{CorePorts, PortDriver, RegisterBus};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

/// Virtual time shared by the simulated CE and the engine.
#[derive(Clone, Default)]
pub struct VirtualClock(Rc<Cell<Duration>>);

impl VirtualClock {
    pub fn advance(&self, dt: Duration) {
        self.0.set(self.0.get() + dt);
    }
}

impl Clock for VirtualClock {
    fn now(&self) -> Duration {
        self.0.get()
    }
}

/// Where the hot writes land within the hot set.
#[derive(Clone, Copy, Debug, PartialEq, serde::Serialize)]
pub enum Distribution {
    Uniform,
    /// Zipf with exponent `s` over the hot set's 4 KiB pages.
    Zipf(f64),
}

/// A CE's write behaviour, deterministic by seed.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Workload {
    /// Writes per second of virtual time.
    pub write_rate: f64,
    /// Fraction of memory that is hot (from offset 0).
    pub hot_fraction: f64,
    /// Fraction of writes that go to the hot set; the rest are uniform over all memory.
    pub hot_share: f64,
    pub distribution: Distribution,
    /// Write length range in bytes; lengths above a block make multi-block bursts.
    pub burst: (u32, u32),
    pub seed: u64,
    /// Rate changes over virtual time: from each instant on, the given writes per second.
    pub schedule: Vec<(Duration, f64)>,
}

impl Workload {
    fn rate_at(&self, t: Duration) -> f64 {
        self.schedule.iter().filter(|(from, _)| *from <= t).last().map_or(self.write_rate, |(_, r)| *r)
    }
}

impl Default for Workload {
    fn default() -> Self {
        Workload {
            write_rate: 200_000.0,
            hot_fraction: 0.02,
            hot_share: 0.9,
            distribution: Distribution::Zipf(1.1),
            burst: (8, 256),
            seed: 1,
            schedule: Vec::new(),
        }
    }
}

struct Writer {
    w: Workload,
    rng: SmallRng,
    len: u64,
    /// Zipf CDF over hot pages (empty for uniform).
    cdf: Vec<f64>,
    carry: f64,
}

const PAGE: u64 = 4096;

/// Clock of the simulated core: DESIGN's 100 MHz target.
pub const CORE_HZ: f64 = 100e6;

impl Writer {
    fn new(w: Workload, len: u64) -> Writer {
        let hot_pages = ((len as f64 * w.hot_fraction) as u64 / PAGE).max(1);
        let cdf = match w.distribution {
            Distribution::Uniform => Vec::new(),
            Distribution::Zipf(s) => {
                let mut acc = 0.0;
                let mut v: Vec<f64> = (1..=hot_pages.min(1 << 20))
                    .map(|k| {
                        acc += 1.0 / (k as f64).powf(s);
                        acc
                    })
                    .collect();
                let total = acc;
                v.iter_mut().for_each(|x| *x /= total);
                v
            }
        };
        Writer { rng: SmallRng::seed_from_u64(w.seed), w, len, cdf, carry: 0.0 }
    }

    /// The next write: (offset, length), within memory.
    fn next(&mut self) -> (u64, u32) {
        let len = self.rng.gen_range(self.w.burst.0..=self.w.burst.1.max(self.w.burst.0)).max(1);
        let hot_bytes = ((self.len as f64 * self.w.hot_fraction) as u64).max(PAGE).min(self.len);
        let offset = if self.rng.gen_bool(self.w.hot_share.clamp(0.0, 1.0)) {
            if self.cdf.is_empty() {
                self.rng.gen_range(0..hot_bytes)
            } else {
                let u: f64 = self.rng.gen();
                let page = self.cdf.partition_point(|&c| c < u) as u64;
                (page * PAGE + self.rng.gen_range(0..PAGE)).min(hot_bytes - 1)
            }
        } else {
            self.rng.gen_range(0..self.len)
        };
        let len = u64::from(len).min(self.len - offset) as u32;
        (offset, len.max(1))
    }
}

/// Memory contents of the simulated CE.
pub enum Memory {
    /// Real bytes: the target can be compared with the source afterwards.
    Bytes(Vec<u8>),
    /// Only the size: reads return zeros and writes are not stored, for GiB-scale runs where
    /// only the protocol's figures matter.
    Phantom(u64),
}

impl Memory {
    fn len(&self) -> u64 {
        match self {
            Memory::Bytes(v) => v.len() as u64,
            Memory::Phantom(n) => *n,
        }
    }

    fn read(&self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        match self {
            Memory::Bytes(v) => {
                let end = offset as usize + buf.len();
                let src = v.get(offset as usize..end).ok_or_else(|| SyncError::ReadSource {
                    offset,
                    source: format!("{} bytes past the end of {} bytes of memory", buf.len(), v.len()).into(),
                })?;
                buf.copy_from_slice(src);
            }
            Memory::Phantom(_) => buf.fill(0),
        }
        Ok(())
    }
}

/// Memory with no CE running on it: it changes only when the caller changes it. For trackers
/// and benchmarks that need a `Source` but no workload.
pub struct StillSource(pub Memory);

impl StillSource {
    /// The bytes, for changing them between harvests (empty for a phantom memory).
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        match &mut self.0 {
            Memory::Bytes(v) => v,
            Memory::Phantom(_) => &mut [],
        }
    }
}

impl Source for StillSource {
    fn len(&self) -> u64 {
        self.0.len()
    }
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        self.0.read(offset, buf)
    }
    fn advance(&mut self, _: Duration) -> Result<(), SyncError> {
        Ok(())
    }
    fn pause(&mut self) -> Result<(), SyncError> {
        Ok(())
    }
    fn resume(&mut self) -> Result<(), SyncError> {
        Ok(())
    }
    fn context(&mut self) -> Result<Vec<u8>, SyncError> {
        Ok(Vec::new())
    }
}

/// The simulated core behind its device API, shared by the CE (snoop port) and the tracker.
pub type SharedDevice<P> = Rc<RefCell<Device<PortDriver<P>>>>;

/// The running CE in virtual time.
pub struct VirtualCe<P: CorePorts> {
    memory: Memory,
    writer: Writer,
    device: SharedDevice<P>,
    clock: VirtualClock,
    /// Memory address of byte 0 (what the tracker's base is programmed to).
    pub base: u64,
    /// Clock frequency of the simulated core.
    pub core_hz: f64,
    paused: bool,
    /// Share of the workload's writes that still happen (1.0); the sync engine's working-set
    /// hook lowers it, as an OS would by trimming applications to their minimum working set.
    pub throttle: Rc<Cell<f64>>,
    /// Core cycle at virtual time zero.
    start_cycle: u64,
    writes: u64,
    context: Vec<u8>,
}

impl<P: CorePorts> VirtualCe<P> {
    pub fn new(memory: Memory, workload: Workload, device: SharedDevice<P>, clock: VirtualClock) -> Self {
        let len = memory.len();
        let start_cycle = device.borrow().bus_ref().cycles();
        let now_cycles = (clock.now().as_secs_f64() * CORE_HZ) as u64;
        let mut ctx = vec![0u8; 4096];
        let mut rng = SmallRng::seed_from_u64(workload.seed ^ 0xC0_4E77);
        rng.fill(&mut ctx[..]);
        VirtualCe {
            memory,
            writer: Writer::new(workload, len),
            device,
            clock,
            base: 0x1_0000_0000,
            core_hz: CORE_HZ,
            paused: false,
            throttle: Rc::new(Cell::new(1.0)),
            start_cycle: start_cycle.saturating_sub(now_cycles),
            writes: 0,
            context: ctx,
        }
    }

    /// Writes the workload has made.
    pub fn writes(&self) -> u64 {
        self.writes
    }

    pub fn memory(&self) -> &Memory {
        &self.memory
    }

    /// Run the core up to the cycle the virtual clock has reached, taking the queued writes
    /// first. Cycles the driver already spent on the bus (harvests) count towards it.
    fn run_core(&mut self) {
        let target = (self.clock.now().as_secs_f64() * self.core_hz) as u64 + self.start_cycle;
        let mut dev = self.device.borrow_mut();
        let bus = dev.bus();
        while bus.snoops_pending() > 0 {
            bus.ticks(bus.snoops_pending() as u64);
        }
        let now = bus.cycles();
        bus.idle(target.saturating_sub(now));
    }
}

impl<P: CorePorts> Source for VirtualCe<P> {
    fn len(&self) -> u64 {
        self.memory.len()
    }

    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        self.memory.read(offset, buf)
    }

    fn advance(&mut self, dt: Duration) -> Result<(), SyncError> {
        self.clock.advance(dt);
        if self.paused {
            // A paused CE writes nothing; its core idles.
            self.run_core();
            return Ok(());
        }
        let rate = self.writer.w.rate_at(self.clock.now()) * self.throttle.get();
        let n = dt.as_secs_f64() * rate + self.writer.carry;
        let count = n.floor() as u64;
        self.writer.carry = n - count as f64;
        for _ in 0..count {
            let (offset, len) = self.writer.next();
            if let Memory::Bytes(v) = &mut self.memory {
                let x = self.writes.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
                for (i, byte) in v[offset as usize..(offset + u64::from(len)) as usize].iter_mut().enumerate() {
                    *byte = (x >> (8 * (i % 8))) as u8;
                }
            }
            // The snoop port takes at most 65535 bytes per write; a longer burst is several.
            let mut done = 0u64;
            while done < u64::from(len) {
                let piece = (u64::from(len) - done).min(u64::from(u16::MAX));
                self.device.borrow_mut().bus().queue_snoop(self.base + offset + done, piece as u16);
                done += piece;
            }
            self.writes += 1;
        }
        self.run_core();
        Ok(())
    }

    fn pause(&mut self) -> Result<(), SyncError> {
        self.paused = true;
        Ok(())
    }

    fn resume(&mut self) -> Result<(), SyncError> {
        self.paused = false;
        Ok(())
    }

    fn context(&mut self) -> Result<Vec<u8>, SyncError> {
        Ok(self.context.clone())
    }
}

/// The hardware `write_tracker` as a [`Tracker`], over the device API on any bus: a simulated
/// core in virtual time ([`HardwareTracker::new`]: a harvest costs the core cycles it took) or a
/// real transport in wall time ([`HardwareTracker::wall`]).
pub struct HardwareTracker<B: RegisterBus> {
    device: Rc<RefCell<Device<B>>>,
    cfg: TrackerConfig,
    /// How long the drain of a snapshot and a clear may take.
    wait: Timeout,
    /// The time on the bus's clock: core cycles / core frequency, or wall time.
    time: Box<dyn Fn(&B) -> Duration>,
    last_cost: Duration,
}

fn track_err(operation: &'static str) -> impl FnOnce(crate::Error) -> SyncError {
    move |e| SyncError::Track { operation, source: Box::new(e) }
}

impl<P: CorePorts> HardwareTracker<PortDriver<P>> {
    /// Track `len` bytes from `base` with blocks of `2^resolution` bytes, or (`None`) the
    /// smallest block the bitmap capacity allows (at least 1 KiB, the hardware's finest).
    pub fn new(
        device: SharedDevice<P>,
        base: u64,
        len: u64,
        core_hz: f64,
        resolution: Option<u32>,
    ) -> Result<Self, SyncError> {
        let time = Box::new(move |d: &PortDriver<P>| Duration::from_secs_f64(d.cycles() as f64 / core_hz));
        HardwareTracker::with_clock(device, base, len, resolution, Timeout::Polls(100_000), time)
    }
}

impl<B: RegisterBus> HardwareTracker<B> {
    /// [`HardwareTracker::new`] for a real transport: wall-time waits and harvest cost.
    pub fn wall(
        device: Rc<RefCell<Device<B>>>,
        base: u64,
        len: u64,
        resolution: Option<u32>,
    ) -> Result<Self, SyncError> {
        let started = std::time::Instant::now();
        let time = Box::new(move |_: &B| started.elapsed());
        HardwareTracker::with_clock(device, base, len, resolution, Timeout::Wall(Duration::from_secs(5)), time)
    }

    fn with_clock(
        device: Rc<RefCell<Device<B>>>,
        base: u64,
        len: u64,
        resolution: Option<u32>,
        wait: Timeout,
        time: Box<dyn Fn(&B) -> Duration>,
    ) -> Result<Self, SyncError> {
        let capacity = u64::from(device.borrow().caps().track_capacity);
        let mut shift = resolution.unwrap_or(10);
        while len.div_ceil(1 << shift) > capacity {
            shift += 1;
        }
        let limit = len.div_ceil(1 << shift) as u32;
        let cfg = TrackerConfig { base, shift, limit };
        device.borrow_mut().track_configure(cfg).map_err(track_err("configuring"))?;
        Ok(HardwareTracker { device, cfg, wait, time, last_cost: Duration::ZERO })
    }

    pub fn config(&self) -> TrackerConfig {
        self.cfg
    }

    /// Snapshot, wait for the drain, harvest the frozen bank and start clearing it.
    fn snapshot_harvest(&mut self) -> Result<Vec<u64>, SyncError> {
        let mut dev = self.device.borrow_mut();
        let start = (self.time)(dev.bus_ref());
        // A clear from the previous harvest may still run.
        dev.track_wait_idle(self.wait).map_err(track_err("waiting for"))?;
        dev.track_snapshot().map_err(track_err("snapshotting"))?;
        dev.track_wait_idle(self.wait).map_err(track_err("waiting for"))?;
        let blocks = dev.track_harvest().map_err(track_err("harvesting"))?;
        dev.track_clear().map_err(track_err("clearing"))?;
        self.last_cost = (self.time)(dev.bus_ref()).saturating_sub(start);
        Ok(blocks)
    }
}

impl<B: RegisterBus> Tracker for HardwareTracker<B> {
    fn block_bytes(&self) -> u64 {
        self.cfg.block_bytes()
    }

    fn arm(&mut self, _source: &mut dyn Source) -> Result<(), SyncError> {
        self.device.borrow_mut().track_enable(true).map_err(track_err("enabling"))?;
        self.snapshot_harvest().map(|_| ())
    }

    fn harvest(&mut self, _source: &mut dyn Source) -> Result<Vec<u64>, SyncError> {
        self.snapshot_harvest()
    }

    fn dirty_count(&mut self, _source: &mut dyn Source) -> Result<Option<u64>, SyncError> {
        // One register, not the whole TRACK_* set: over a UART every access counts.
        let dirty = self.device.borrow_mut().read("TRACK_DIRTY_COUNT").map_err(track_err("counting"))?;
        Ok(Some(u64::from(dirty)))
    }

    fn harvest_cost(&self) -> Duration {
        self.last_cost
    }
}
