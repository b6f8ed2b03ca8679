//! Background memory synchronization with a bounded pause (seed 000 Fig. 1, seed 002).
//!
//! The parts the engine is built from, each behind a trait so that any combination runs:
//!
//! - [`Source`]: the running CE's memory. It keeps running (and writing) while the engine
//!   copies, can be paused and resumed, and hands over its CE context.
//! - [`Target`]: where the copy goes (an in-process buffer, a file, a TCP standby). It is
//!   marked consistent only when the whole protocol finished.
//! - [`Tracker`]: which blocks changed since it was armed — the hardware `write_tracker`, Linux
//!   soft-dirty page bits of a live process, or checksums (seed 002).
//! - [`Clock`]: virtual time against the simulator and the model (copying N bytes at
//!   bandwidth B advances the simulated CE by N/B), wall time against real transports.

use std::time::Duration;

/// Errors of the sync engine and its parts, named after the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    #[error("reading source memory at {offset:#x}")]
    ReadSource {
        offset: u64,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("reading the target back at {offset:#x}")]
    ReadTarget {
        offset: u64,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("writing the target at {offset:#x}")]
    WriteTarget {
        offset: u64,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("{operation} on the tracker")]
    Track {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("{operation} the source CE")]
    Control {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("the standby went away during {operation}; the target is incomplete")]
    StandbyLost {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
    #[error("the standby speaks protocol version {found}, this side {supported}")]
    ProtocolVersion { found: u32, supported: u32 },
    #[error("invalid sync parameters: {0}")]
    Parameters(String),
}

/// A boxed error for the `source` of a [`SyncError`].
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The time the engine measures bandwidth and pauses against.
pub trait Clock {
    fn now(&self) -> Duration;
}

/// The active CE's memory, viewed by the engine.
pub trait Source {
    /// Bytes of memory being synchronized, from offset 0.
    fn len(&self) -> u64;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Copy `buf.len()` bytes at `offset` out of the running CE's memory.
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError>;
    /// The engine spent `dt` (copying, waiting): the CE ran meanwhile. In virtual time this is
    /// where the workload writes; in wall time the CE runs by itself and this does nothing.
    fn advance(&mut self, dt: Duration) -> Result<(), SyncError>;
    /// Stop the CE (the foreground part begins).
    fn pause(&mut self) -> Result<(), SyncError>;
    /// Let the CE run again.
    fn resume(&mut self) -> Result<(), SyncError>;
    /// The CE context (registers, device state) sent in the foreground.
    fn context(&mut self) -> Result<Vec<u8>, SyncError>;
}

/// The inactive memory being brought up to date.
pub trait Target {
    fn len(&self) -> u64;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), SyncError>;
    /// Read back, for the post-resume verification of blocks never seen dirty (seed 002).
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError>;
    /// The engine compresses blocks from now on: a target that crosses a link should too
    /// (the engine charges the time of the compressed bytes).
    fn set_compression(&mut self, on: bool) {
        let _ = on;
    }
    /// Whether the target is known to hold zeros everywhere it was not written (a
    /// pre-cleared standby): zero blocks of the source then need not be sent.
    fn pre_cleared(&self) -> bool {
        false
    }
    fn set_context(&mut self, context: &[u8]) -> Result<(), SyncError>;
    /// The whole protocol finished: the target is a consistent image of the source.
    fn mark_consistent(&mut self) -> Result<(), SyncError>;
}

/// Which blocks of the source changed since the tracker was last armed.
pub trait Tracker {
    /// Bytes per tracked block.
    fn block_bytes(&self) -> u64;
    /// Forget everything seen so far and track from now on.
    fn arm(&mut self, source: &mut dyn Source) -> Result<(), SyncError>;
    /// Blocks written since the last `arm` or `harvest`, ascending; tracking continues from
    /// this instant, atomically (no write between two harvests is lost).
    fn harvest(&mut self, source: &mut dyn Source) -> Result<Vec<u64>, SyncError>;
    /// How many blocks are dirty now, cheaply (without a harvest), when the tracker can tell.
    fn dirty_count(&mut self, source: &mut dyn Source) -> Result<Option<u64>, SyncError> {
        let _ = source;
        Ok(None)
    }
    /// Time the last harvest cost, to charge to the clock (0 for free harvests).
    fn harvest_cost(&self) -> Duration {
        Duration::ZERO
    }
}

pub mod baseline;
pub mod checksum;
pub mod engine;
pub mod report;
pub mod session;
pub mod soft_dirty;
pub mod standby;
pub mod virt;
pub mod wall;
pub use standby::{make_target, serve_standby};
