//! The JSON report of a lockstep run.

use serde::Serialize;
use virtual_ce::io::Audit;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ResyncReport {
    /// Bytes the sync engine copied: all of memory (seed 002) and the CE context.
    pub bytes: u64,
    pub context_bytes: u64,
    /// The backup's state hash equals the primary's afterwards.
    pub verified: bool,
    pub wall_time_s: f64,
}

/// A divergence between the CEs and what was done about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MismatchReport {
    /// Epoch the backup was running when it was found.
    pub epoch: u64,
    /// `comparator` (output streams), `state_hash`, `instruction_count` or `output_count`.
    pub detected_by: String,
    /// From the comparator's capture registers.
    pub word_index: Option<u64>,
    pub a_low: Option<u32>,
    pub b_low: Option<u32>,
    /// CMP_MISMATCH_EPOCH: the backup core's EPOCH_NUMBER when the words differed.
    pub captured_epoch: Option<u64>,
    pub primary_hash: u64,
    pub backup_hash: u64,
    pub resync: Option<ResyncReport>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FailoverReport {
    /// The epoch the primary failed in (X+1 in seed 003's words).
    pub failed_epoch: u64,
    /// The last epoch the backup had an EpochEnd for (X).
    pub last_epoch_message: Option<u64>,
    /// "Completed" interrupts of the failed epoch, dropped.
    pub deleted_completions: u64,
    /// "Disconnected" interrupts injected, one per open channel.
    pub disconnects_injected: u64,
    /// Operations issued and not completed when the disconnects were delivered.
    pub outstanding_at_failover: u64,
    /// Operations whose completion the guest had when the backup took over (never reissued).
    pub done_at_takeover: Vec<(u32, u32)>,
    /// How far the primary got into the failed epoch (known in-process only).
    pub primary_instructions_in_failed_epoch: Option<u64>,
    /// Wall time from noticing the failure to the new primary's first completed epoch.
    pub detect_to_first_epoch_s: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LockstepReport {
    /// `in-process`, `primary` or `backup`.
    pub mode: String,
    pub device: String,
    pub epoch_length: u32,
    /// Epochs the original primary completed.
    pub epochs_primary: u64,
    /// Epochs the backup ran and checked (state hash, output streams, instruction count).
    pub epochs_compared: u64,
    /// Epochs run by the backup after it became primary.
    pub epochs_after_failover: u64,
    /// Instructions the surviving CE retired.
    pub instructions: u64,
    /// Interrupts delivered to the surviving CE.
    pub interrupts_delivered: u64,
    /// Interrupts that waited for a later boundary because the guest's ring was full (counted
    /// once per boundary they waited at, by the primary).
    pub interrupts_deferred: u64,
    /// Interrupt messages sent (primary) or received (backup).
    pub interrupt_messages: u64,
    pub words_compared: u64,
    /// Words the comparator forwarded to the environment.
    pub words_forwarded: u64,
    pub failover: Option<FailoverReport>,
    /// Operations issued again after a "disconnected" interrupt.
    pub reissued_io: Vec<(u32, u32)>,
    pub mismatches: Vec<MismatchReport>,
    pub io_requests: u64,
    pub guest_finished: bool,
    /// The device log checked against the guest (rules 1 and 3).
    pub device_log: Option<Audit>,
    pub state_hash: u64,
    /// Wall time both VMMs spent at epoch boundaries (register accesses, state hash,
    /// delivery, messages, comparator settling) rather than running their CEs.
    pub boundary_s: f64,
    pub wall_time_s: f64,
}
