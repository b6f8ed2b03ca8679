//! Epoch lockstep with fail-over (seed 003) on the `epoch_counter` and the `link_comparator`.
//!
//! # How seed 003 maps onto ftsync
//!
//! - **Two machines, two cores.** Seed 003 gives each computer its own recovery register, so
//!   the primary and the backup each run a virtual CE ([`virtual_ce::Cpu`], RV32I) on their own
//!   `ftsync_core` ([`ce::CoreCe`]): every retired instruction raises `ce_retire` for one clock,
//!   the epoch counter (retired instructions, auto reload, HOLD_AT_END, DRAIN_ENDS) holds the CE
//!   on exactly the N-th instruction, and the VMM works at that boundary, then writes
//!   EPOCH_RESUME. A guest that halts raises `ce_drain`, ending its last epoch early (the
//!   drain instruction of seed 003).
//! - **The comparator sits on the backup's core.** The backup is the one place that sees both
//!   instruction streams: the primary's output words for an epoch arrive in its EpochEnd
//!   message and go on stream A; the backup's own words go on stream B as it retires them.
//!   Equal words are forwarded once on `o_*` (what the environment sees, one CE); the first
//!   difference is captured with CMP_MISMATCH_EPOCH. Output words are every store to the
//!   guest's OUT port and every I/O request (so both CEs must ask for the same I/O). The skew
//!   timeout is off: a whole epoch of A words is queued before B starts. After a fail-over
//!   the comparator runs simplex (B only).
//! - **State hash per epoch.** The primary sends its CE's state hash at every epoch end; the
//!   backup compares its own at the same instruction, catching a divergence that has not
//!   reached an output yet.
//! - **Interrupts.** The primary's device raises completions at any instruction; the primary
//!   VMM buffers them, sends a copy of each to the backup at once (tagged with the epoch), and
//!   delivers them into the guest's interrupt ring only at the epoch end, then sends the
//!   EpochEnd. The backup runs an epoch only after its EpochEnd arrived (so it is always at
//!   least one epoch behind), suppresses its own I/O, and delivers the same interrupts at the
//!   same boundary.
//! - **Fail-over** ([`engine::Backup`]): when the channel closes without a Bye, the last
//!   EpochEnd was for epoch X, so the primary died in X+1. The backup drops X+1's "completed"
//!   interrupts, delivers a "disconnected" for every channel the guest connected at the X/X+1
//!   boundary, and becomes the primary; the guest reconnects and reissues its outstanding
//!   operations (rules 0-3). The device log ([`virtual_ce::io::audit`]) shows that nothing
//!   the guest saw completed is lost and that every repetition is one rule 3 allows.
//! - **Divergence** (seed 002): a mismatch stops both sides; the backup is resynchronized by
//!   copying everything from the primary through the sync engine (memory) plus the CE context
//!   and the VMM state, its comparator is cleared, and lockstep resumes at the next epoch.
//!
//! The wire format and a sequence diagram are in [`wire`]; channels (in-process FIFO, TCP) in
//! [`channel`].

pub mod ce;
pub mod channel;
pub mod cli;
pub mod engine;
pub mod report;
pub mod run;
pub mod wire;

pub use engine::{Backup, BackupStep, IoBook, LockstepConfig, Primary, PrimaryStep};
pub use report::LockstepReport;
pub use run::{run_in_process, Faults, Flip, FlipTarget, Side};

use std::path::PathBuf;

/// Errors of the lockstep engine, named after the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum LockstepError {
    #[error("{operation}")]
    Device {
        operation: &'static str,
        #[source]
        source: Box<crate::Error>,
    },
    #[error("running the virtual CE")]
    Ce(#[source] virtual_ce::Error),
    #[error("the epoch channel failed")]
    Link(#[source] std::io::Error),
    #[error("epoch message: {0}")]
    Protocol(String),
    #[error("the primary speaks lockstep protocol version {found}, this side {supported}")]
    Version { found: u32, supported: u32 },
    #[error("lockstep configuration: {0}")]
    Config(String),
    #[error("resynchronizing the backup")]
    Resync(#[source] crate::sync::SyncError),
    #[error("the device log {path}")]
    DeviceLog {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the CEs diverged in epoch {epoch} ({detected_by}); resynchronizing needs the primary's memory, which only an in-process run has")]
    Diverged { epoch: u64, detected_by: String },
}

impl LockstepError {
    pub(crate) fn device(operation: &'static str, e: crate::Error) -> LockstepError {
        LockstepError::Device { operation, source: Box::new(e) }
    }
}
