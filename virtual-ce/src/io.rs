//! A network-like I/O device with seed 003's interface rules, and a log of what it performed.
//!
//! - Rule 0: a host must `connect` to a channel before issuing operations on it. An operation
//!   on a channel the host is not connected to is refused with a "disconnected" interrupt.
//! - Rule 1: a "completed" interrupt is raised only after the operation was performed (logged).
//! - Rule 2: concurrent operations are performed in any order: each takes a seeded random
//!   latency to be performed and another to be completed, so they overtake each other.
//! - Rule 3: when a connection goes away (its host failed, or another host connected to the
//!   channel), operations not yet performed are dropped and completions not yet raised are
//!   lost: outstanding operations "may or may not have been performed".
//!
//! Time is whatever the host says it is (`advance(now)`): the lockstep engine uses the
//! primary's retired-instruction count, so runs are exactly repeatable.

use crate::cpu::{Interrupt, InterruptKind};
use crate::Error;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LogKind {
    Connect,
    Op,
}

/// One thing the device did for a host.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    /// Device time when it happened.
    pub time: u64,
    pub host: u32,
    pub kind: LogKind,
    pub chan: u32,
    pub seq: u32,
    pub data: u32,
    /// The connection it belonged to (a new one per connect).
    pub connection: u64,
}

/// Latencies in device time units (instructions of the host CE), inclusive ranges.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceConfig {
    pub channels: u32,
    pub perform_latency: (u64, u64),
    pub complete_latency: (u64, u64),
    pub seed: u64,
}

impl Default for DeviceConfig {
    fn default() -> Self {
        DeviceConfig { channels: 4, perform_latency: (200, 3000), complete_latency: (100, 2000), seed: 1 }
    }
}

#[derive(Clone, Copy, Debug)]
struct Pending {
    host: u32,
    connection: u64,
    chan: u32,
    seq: u32,
    data: u32,
    perform_at: u64,
    complete_at: u64,
    performed: bool,
}

/// The device. Its log can also go to a file (JSON lines, flushed per entry) so that it
/// survives the host process being killed.
pub struct IoDevice {
    cfg: DeviceConfig,
    rng: u64,
    now: u64,
    /// Per channel: the host connected and its connection number.
    conns: Vec<Option<(u32, u64)>>,
    connections: u64,
    queue: Vec<Pending>,
    refused: Vec<(u32, Interrupt)>,
    next_due: u64,
    log: Vec<LogEntry>,
    file: Option<File>,
}

/// The result the device reports for an operation (a function of its data, so the guest can
/// fold it into its state and the log can be checked).
pub fn op_result(chan: u32, seq: u32, data: u32) -> u32 {
    (data ^ (chan << 28) ^ seq.rotate_left(13)).wrapping_mul(0x9E37_79B1)
}

impl IoDevice {
    pub fn new(cfg: DeviceConfig) -> IoDevice {
        IoDevice {
            cfg,
            rng: cfg.seed ^ 0x5DEE_CE66_D1CE_5EED,
            now: 0,
            conns: vec![None; cfg.channels as usize],
            connections: 0,
            queue: Vec::new(),
            refused: Vec::new(),
            next_due: u64::MAX,
            log: Vec::new(),
            file: None,
        }
    }

    /// Also append every log entry to `path` (created if missing), as JSON lines. Connection
    /// numbers continue after the highest one already in the file.
    pub fn with_log_file(mut self, path: &Path) -> std::io::Result<IoDevice> {
        if path.exists() {
            // A writer killed mid-line leaves a torn tail: cut it so appends start on a line.
            let bytes = std::fs::read(path)?;
            let keep = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            if keep < bytes.len() {
                OpenOptions::new().write(true).open(path)?.set_len(keep as u64)?;
            }
            let prior = read_log(path)?;
            self.connections = prior.iter().map(|e| e.connection).max().unwrap_or(0);
        }
        self.file = Some(OpenOptions::new().create(true).append(true).open(path)?);
        Ok(self)
    }

    pub fn config(&self) -> DeviceConfig {
        self.cfg
    }
    pub fn log(&self) -> &[LogEntry] {
        &self.log
    }
    pub fn now(&self) -> u64 {
        self.now
    }
    /// Operations queued and not yet completed (or dropped).
    pub fn in_flight(&self) -> usize {
        self.queue.len()
    }

    fn random(&mut self, (lo, hi): (u64, u64)) -> u64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        lo + self.rng % (hi.saturating_sub(lo) + 1)
    }

    fn record(&mut self, e: LogEntry) -> std::io::Result<()> {
        self.log.push(e);
        if let Some(f) = &mut self.file {
            let line = serde_json::to_string(&e).map_err(std::io::Error::other)?;
            f.write_all(format!("{line}\n").as_bytes())?;
            f.flush()?;
        }
        Ok(())
    }

    fn channel(&self, chan: u32) -> Result<usize, Error> {
        if chan >= self.cfg.channels {
            return Err(Error::BadChannel { chan, channels: self.cfg.channels });
        }
        Ok(chan as usize)
    }

    /// Rule 0. A new connection replaces any other on the channel (whose outstanding work is
    /// then dropped, rule 3).
    pub fn connect(&mut self, host: u32, chan: u32) -> Result<(), Error> {
        let c = self.channel(chan)?;
        self.connections += 1;
        self.conns[c] = Some((host, self.connections));
        let e = LogEntry {
            time: self.now,
            host,
            kind: LogKind::Connect,
            chan,
            seq: 0,
            data: 0,
            connection: self.connections,
        };
        self.record(e).map_err(|e| Error::Restore(format!("writing the device log: {e}")))
    }

    /// Queue an operation; refused with a "disconnected" interrupt when `host` holds no
    /// connection on `chan`.
    pub fn issue(&mut self, host: u32, chan: u32, seq: u32, data: u32) -> Result<(), Error> {
        let c = self.channel(chan)?;
        match self.conns[c] {
            Some((h, connection)) if h == host => {
                let perform_at = self.now + self.random(self.cfg.perform_latency);
                let complete_at = perform_at + self.random(self.cfg.complete_latency);
                self.next_due = self.next_due.min(perform_at);
                self.queue.push(Pending {
                    host,
                    connection,
                    chan,
                    seq,
                    data,
                    perform_at,
                    complete_at,
                    performed: false,
                });
            }
            _ => {
                self.refused.push((host, Interrupt { kind: InterruptKind::Disconnected, chan, seq: 0, result: 0 }));
                self.next_due = self.now;
            }
        }
        Ok(())
    }

    /// A host failed: its connections close (rule 3 for whatever it had outstanding).
    pub fn host_failed(&mut self, host: u32) {
        for c in &mut self.conns {
            if matches!(c, Some((h, _)) if *h == host) {
                *c = None;
            }
        }
    }

    /// Let device time run to `now`: perform what is due, raise what completed. Returns the
    /// interrupts for `host`, in the order they were raised.
    pub fn advance(&mut self, host: u32, now: u64) -> Result<Vec<Interrupt>, Error> {
        self.now = self.now.max(now);
        let mut out = Vec::new();
        if self.now < self.next_due {
            return Ok(out);
        }
        self.refused.retain(|(h, irq)| {
            if *h == host {
                out.push(*irq);
            }
            *h != host
        });
        let mut next_due = u64::MAX;
        let mut i = 0;
        while i < self.queue.len() {
            let p = self.queue[i];
            let alive = self.conns[p.chan as usize] == Some((p.host, p.connection));
            if !alive {
                self.queue.swap_remove(i);
                continue;
            }
            if !p.performed && p.perform_at <= self.now {
                let e = LogEntry {
                    time: p.perform_at,
                    host: p.host,
                    kind: LogKind::Op,
                    chan: p.chan,
                    seq: p.seq,
                    data: p.data,
                    connection: p.connection,
                };
                self.record(e).map_err(|e| Error::Restore(format!("writing the device log: {e}")))?;
                self.queue[i].performed = true;
            }
            let p = self.queue[i];
            if p.performed && p.complete_at <= self.now && p.host == host {
                out.push(Interrupt {
                    kind: InterruptKind::Completed,
                    chan: p.chan,
                    seq: p.seq,
                    result: op_result(p.chan, p.seq, p.data),
                });
                self.queue.swap_remove(i);
                continue;
            }
            next_due = next_due.min(if p.performed { p.complete_at } else { p.perform_at });
            i += 1;
        }
        if !self.refused.is_empty() {
            next_due = self.now;
        }
        self.next_due = next_due;
        // swap_remove reorders; raise completions in time order (ties by channel, sequence).
        out.sort_by_key(|irq| (irq.kind == InterruptKind::Completed, irq.chan, irq.seq));
        Ok(out)
    }
}

/// Read a device log written by [`IoDevice::with_log_file`]. A torn last line (the writer was
/// killed mid-line) is ignored; any other bad line is an error naming it.
pub fn read_log(path: &Path) -> std::io::Result<Vec<LogEntry>> {
    let lines: Vec<String> = BufReader::new(File::open(path)?).lines().collect::<Result<_, _>>()?;
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        match serde_json::from_str::<LogEntry>(line) {
            Ok(e) => out.push(e),
            Err(_) if n + 1 == lines.len() => {}
            Err(e) => return Err(std::io::Error::other(format!("{}: line {}: {e}", path.display(), n + 1))),
        }
    }
    Ok(out)
}

/// What [`audit`] found in a device log.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audit {
    /// Operations performed (log entries of kind op).
    pub performed: u64,
    pub distinct: u64,
    /// Operations the guest saw completed that the device never performed (rule 1 broken).
    pub lost: Vec<(u32, u32)>,
    /// Operations performed more than once although no disconnect made that legal.
    pub illegal_repeats: Vec<(u32, u32)>,
    /// Operations performed more than once after a disconnect (rule 3 allows it).
    pub allowed_repeats: Vec<(u32, u32)>,
    /// Operations whose data differs from what the guest asks for.
    pub wrong_data: Vec<(u32, u32)>,
}

impl Audit {
    pub fn ok(&self) -> bool {
        self.lost.is_empty() && self.illegal_repeats.is_empty() && self.wrong_data.is_empty()
    }
}

/// Check a device log against the guest's view.
///
/// - Rule 1: every operation in `completed` (the guest saw its "completed" interrupt) was
///   performed: none lost. Data is what `expected_data` says.
/// - Rule 3 bounds repetition: an operation is never performed twice on one connection; a
///   host that took over (`takeover_host`, after a fail-over) never performs one whose
///   completion had reached the guest before the take-over (`done_at_takeover`); and no
///   operation is performed more often than there are hosts in the log (each failed host can
///   leave one performance whose completion was lost or whose epoch was re-executed).
pub fn audit(
    log: &[LogEntry],
    completed: &BTreeSet<(u32, u32)>,
    done_at_takeover: &BTreeSet<(u32, u32)>,
    takeover_host: Option<u32>,
    expected_data: impl Fn(u32, u32) -> u32,
) -> Audit {
    let mut by_op: BTreeMap<(u32, u32), Vec<&LogEntry>> = BTreeMap::new();
    let mut a = Audit::default();
    for e in log.iter().filter(|e| e.kind == LogKind::Op) {
        a.performed += 1;
        by_op.entry((e.chan, e.seq)).or_default().push(e);
        if e.data != expected_data(e.chan, e.seq) && !a.wrong_data.contains(&(e.chan, e.seq)) {
            a.wrong_data.push((e.chan, e.seq));
        }
    }
    let hosts: BTreeSet<u32> = log.iter().map(|e| e.host).collect();
    a.distinct = by_op.len() as u64;
    a.lost = completed.iter().filter(|k| !by_op.contains_key(k)).copied().collect();
    for (k, entries) in by_op {
        let reperformed_after_done =
            done_at_takeover.contains(&k) && entries.iter().any(|e| Some(e.host) == takeover_host);
        if entries.len() > 1 || reperformed_after_done {
            let connections: BTreeSet<u64> = entries.iter().map(|e| e.connection).collect();
            if connections.len() < entries.len() || reperformed_after_done || entries.len() > hosts.len() {
                a.illegal_repeats.push(k);
            } else {
                a.allowed_repeats.push(k);
            }
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn drain(d: &mut IoDevice, host: u32, until: u64) -> Vec<Interrupt> {
        let mut out = Vec::new();
        for t in d.now()..=until {
            out.extend(d.advance(host, t).unwrap());
        }
        out
    }

    #[test]
    fn rule_0_issue_without_connect_is_refused_with_disconnected() {
        let mut d = IoDevice::new(DeviceConfig::default());
        d.issue(1, 2, 0, 5).unwrap();
        let irqs = drain(&mut d, 1, 10_000);
        assert_eq!(irqs, vec![Interrupt { kind: InterruptKind::Disconnected, chan: 2, seq: 0, result: 0 }]);
        assert!(d.log().is_empty(), "nothing performed");
        assert!(matches!(d.connect(1, 9), Err(Error::BadChannel { chan: 9, channels: 4 })));
    }

    #[test]
    fn rules_1_and_2_completion_after_performance_in_any_order() {
        let mut d = IoDevice::new(DeviceConfig { seed: 3, ..DeviceConfig::default() });
        d.connect(1, 0).unwrap();
        for seq in 0..20 {
            d.issue(1, 0, seq, seq * 7).unwrap();
        }
        let mut seen = Vec::new();
        for t in 0..6000 {
            for irq in d.advance(1, t).unwrap() {
                assert_eq!(irq.kind, InterruptKind::Completed);
                let performed = d
                    .log()
                    .iter()
                    .find(|e| e.kind == LogKind::Op && e.seq == irq.seq)
                    .expect("performed before completed");
                assert!(performed.time <= t);
                assert_eq!(irq.result, op_result(0, irq.seq, irq.seq * 7));
                seen.push(irq.seq);
            }
        }
        assert_eq!(seen.len(), 20);
        assert!(seen.windows(2).any(|w| w[0] > w[1]), "concurrent operations overtake each other: {seen:?}");
        assert_eq!(d.in_flight(), 0);
    }

    #[test]
    fn rule_3_a_failed_host_loses_unperformed_ops_and_completions() {
        let mut d = IoDevice::new(DeviceConfig {
            perform_latency: (10, 10),
            complete_latency: (100, 100),
            ..DeviceConfig::default()
        });
        d.connect(1, 0).unwrap();
        d.issue(1, 0, 0, 1).unwrap();
        drain(&mut d, 1, 50); // performed at 10, completion due at 110
        d.issue(1, 0, 1, 2).unwrap(); // due at 60
        d.host_failed(1);
        assert!(drain(&mut d, 1, 1000).is_empty(), "no completion reaches anyone");
        let ops: Vec<u32> = d.log().iter().filter(|e| e.kind == LogKind::Op).map(|e| e.seq).collect();
        assert_eq!(ops, vec![0], "seq 0 performed (completion lost), seq 1 never performed");
        d.connect(2, 0).unwrap();
        d.issue(2, 0, 0, 1).unwrap();
        d.issue(2, 0, 1, 2).unwrap();
        assert_eq!(drain(&mut d, 2, 2000).len(), 2);
        let completed: BTreeSet<_> = [(0, 0), (0, 1)].into();
        let a = audit(d.log(), &completed, &BTreeSet::new(), Some(2), |_, s| s + 1);
        assert!(
            a.ok() && a.allowed_repeats == vec![(0, 0)],
            "performed by the failed host and again by the new one: {a:?}"
        );
        let a = audit(d.log(), &completed, &[(0, 0)].into(), Some(2), |_, s| s + 1);
        assert_eq!(a.illegal_repeats, vec![(0, 0)], "its completion had reached the guest: no reissue allowed");
        let mut twice = d.log().to_vec();
        twice.push(twice[twice.len() - 1]);
        let a = audit(&twice, &completed, &BTreeSet::new(), Some(2), |_, s| s + 1);
        assert_eq!(a.illegal_repeats, vec![(0, 1)], "twice on one connection");
        let a = audit(d.log(), &[(0, 0), (0, 1), (0, 2)].into(), &BTreeSet::new(), None, |_, s| s);
        assert_eq!(a.lost, vec![(0, 2)]);
        assert_eq!(a.wrong_data.len(), 2);
    }

    #[test]
    fn the_log_file_survives_and_reads_back() {
        let dir = std::env::temp_dir().join(format!("vce-log-{}", std::process::id()));
        let _ = std::fs::remove_file(&dir);
        let mut d = IoDevice::new(DeviceConfig::default()).with_log_file(&dir).unwrap();
        d.connect(1, 1).unwrap();
        d.issue(1, 1, 4, 4).unwrap();
        drain(&mut d, 1, 10_000);
        drop(d);
        std::fs::OpenOptions::new().append(true).open(&dir).unwrap().write_all(b"{\"time\":3,\"ho").unwrap();
        let back = read_log(&dir).unwrap();
        assert_eq!(back.len(), 2);
        let mut d2 = IoDevice::new(DeviceConfig::default()).with_log_file(&dir).unwrap();
        assert_eq!(d2.connections, 1, "connection numbers continue");
        d2.connect(2, 1).unwrap();
        let back = read_log(&dir).unwrap();
        assert_eq!(back.len(), 3, "the torn line was cut, the new entry is whole");
        assert_eq!(back[2].connection, 2);
        let _ = std::fs::remove_file(&dir);
    }
}
