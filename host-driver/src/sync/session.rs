//! One `ftsync sync start` against a simulated core: a virtual CE running a workload on a
//! core (Verilated RTL or model), tracked by the core's `write_tracker`, copied into a target.

use super::engine::{self, Progress, SyncParams, SyncReport};
use super::virt::{HardwareTracker, Memory, VirtualCe, VirtualClock, Workload, CORE_HZ};
use super::{Source, SyncError, Target};
use crate::device::Device;
use regbus::{CorePorts, PortDriver};
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct Session {
    /// Bytes of CE memory.
    pub memory: u64,
    /// Keep real bytes (and compare the target with the source at the end); off for sizes
    /// that only the protocol's figures need.
    pub real_bytes: bool,
    /// Fraction of memory filled with data at the start (the rest is zero).
    pub filled: f64,
    /// log2 bytes per tracked block; `None`: the finest the bitmap capacity allows.
    pub resolution: Option<u32>,
    pub workload: Workload,
    pub params: SyncParams,
}

pub struct SessionResult {
    pub report: SyncReport,
    /// Target equal to source byte for byte (only with real bytes).
    pub identical: Option<bool>,
    /// Writes the CE made during the sync.
    pub writes: u64,
    /// Clock cycles the core ran.
    pub cycles: u64,
}

/// Run the sync. `progress` sees the engine's progress events.
pub fn run<P: CorePorts>(
    ports: P,
    s: &Session,
    target: &mut dyn Target,
    progress: &mut dyn FnMut(Progress),
) -> Result<SessionResult, crate::Error> {
    let mut d = PortDriver::new(ports);
    d.reset();
    let device = Rc::new(RefCell::new(Device::open(d)?));
    let clock = VirtualClock::default();
    let memory = if s.real_bytes {
        let mut v = vec![0u8; s.memory as usize];
        let filled = (s.memory as f64 * s.filled.clamp(0.0, 1.0)) as usize;
        for (i, b) in v[..filled].iter_mut().enumerate() {
            *b = (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3] | 1;
        }
        Memory::Bytes(v)
    } else {
        Memory::Phantom(s.memory)
    };
    let mut ce = VirtualCe::new(memory, s.workload.clone(), device.clone(), clock.clone());
    let mut tracker =
        HardwareTracker::new(device.clone(), ce.base, s.memory, CORE_HZ, s.resolution).map_err(crate::Error::Sync)?;
    let report =
        engine::run(&mut ce, target, &mut tracker, &clock, &s.params, None, progress).map_err(crate::Error::Sync)?;
    let identical = if s.real_bytes && report.converged() {
        Some(compare(&mut ce, target).map_err(crate::Error::Sync)?)
    } else {
        None
    };
    let cycles = device.borrow().bus_ref().cycles();
    Ok(SessionResult { report, identical, writes: ce.writes(), cycles })
}

/// Source and target equal byte for byte (at this instant: the CE is not advanced).
pub fn compare(source: &mut dyn Source, target: &mut dyn Target) -> Result<bool, SyncError> {
    const CHUNK: u64 = 1 << 20;
    let (mut a, mut b) = (vec![0u8; CHUNK as usize], vec![0u8; CHUNK as usize]);
    let mut off = 0;
    while off < source.len() {
        let n = CHUNK.min(source.len() - off) as usize;
        source.read(off, &mut a[..n])?;
        target.read(off, &mut b[..n])?;
        if a[..n] != b[..n] {
            return Ok(false);
        }
        off += n as u64;
    }
    Ok(true)
}
