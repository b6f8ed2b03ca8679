//! `ftsync lockstep primary` and `backup` as two processes over TCP: the primary is killed
//! with SIGKILL mid-run, the backup fails over and finishes the guest, and the shared device
//! log shows every operation performed, none lost, repeats only as rule 3 allows.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, ChildStdout, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_ftsync");
const GUEST: [&str; 10] =
    ["--device", "model", "--epoch-length", "1500", "--ops", "40", "--channels", "3", "--seed", "4"];

fn backup(log: &Path, json: &Path, extra: &[&str]) -> (Child, String, BufReader<ChildStdout>) {
    let mut child = Command::new(BIN)
        .args(["lockstep", "backup", "--listen", "127.0.0.1:0", "--device-log"])
        .arg(log)
        .arg("--json")
        .arg(json)
        .args(GUEST)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let addr = line.trim().strip_prefix("listening on ").unwrap_or_else(|| panic!("first line: {line:?}")).to_string();
    (child, addr, out)
}

fn primary(addr: &str, log: &Path, pace_ms: &str, extra: &[&str]) -> Child {
    Command::new(BIN)
        .args(["lockstep", "primary", "--connect", addr, "--pace-ms", pace_ms, "--device-log"])
        .arg(log)
        .args(GUEST)
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn wait(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(s) = child.try_wait().unwrap() {
            return s;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("no exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn log_entries(path: &Path) -> Vec<serde_json::Value> {
    std::fs::read_to_string(path).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn kill_9_of_the_primary_process_fails_over_with_no_io_lost() {
    let dir = tempfile::tempdir().unwrap();
    let (log, json) = (dir.path().join("device.log"), dir.path().join("backup.json"));
    let (mut b, addr, _out) = backup(&log, &json, &[]);
    let mut p = primary(&addr, &log, "30", &[]);
    // Let it run some epochs, then SIGKILL: no goodbye, no flush beyond what it wrote.
    let mut lines = BufReader::new(p.stdout.take().unwrap()).lines();
    let killed_after = loop {
        let l = lines.next().expect("the primary reports epochs").unwrap();
        if l == "epoch 6 done" {
            break 6u64;
        }
    };
    p.kill().unwrap();
    p.wait().unwrap();
    let status = wait(&mut b, Duration::from_secs(120));
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert!(status.success(), "backup: {report:#}");
    let f = &report["failover"];
    let failed = f["failed_epoch"].as_u64().unwrap();
    assert!(failed > killed_after, "the primary completed epoch {killed_after} before it died: {f:#}");
    assert_eq!(
        report["reissued_io"].as_array().unwrap().len() as u64,
        f["outstanding_at_failover"].as_u64().unwrap(),
        "{report:#}"
    );
    assert_eq!(report["epochs_compared"].as_u64().unwrap(), failed, "every epoch before the failed one was compared");
    assert_eq!(f["disconnects_injected"], 3);
    assert_eq!(report["guest_finished"], true);
    let audit = &report["device_log"];
    assert_eq!(audit["lost"].as_array().unwrap().len(), 0);
    assert_eq!(audit["illegal_repeats"].as_array().unwrap().len(), 0, "{audit:#}");

    // The device's own log, read independently: every operation of the guest performed; an
    // operation performed twice was performed once by each host, never twice on one
    // connection, and never again after its completion reached the guest.
    let entries = log_entries(&log);
    let mut ops: BTreeMap<(u64, u64), Vec<(u64, u64)>> = BTreeMap::new();
    for e in entries.iter().filter(|e| e["kind"] == "op") {
        ops.entry((e["chan"].as_u64().unwrap(), e["seq"].as_u64().unwrap()))
            .or_default()
            .push((e["host"].as_u64().unwrap(), e["connection"].as_u64().unwrap()));
    }
    for c in 0..3 {
        for s in 0..40 {
            assert!(ops.contains_key(&(c, s)), "operation {c}:{s} never performed");
        }
    }
    assert_eq!(ops.len(), 120);
    let done: BTreeSet<(u64, u64)> = f["done_at_takeover"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p[0].as_u64().unwrap(), p[1].as_u64().unwrap()))
        .collect();
    for (op, by) in ops.iter().filter(|(_, v)| v.len() > 1) {
        let hosts: BTreeSet<u64> = by.iter().map(|x| x.0).collect();
        assert_eq!(hosts.len(), by.len(), "{op:?} performed twice by one host: {by:?}");
        assert!(!done.contains(op), "{op:?} reissued although its completion had reached the guest");
    }
    assert!(
        entries.iter().any(|e| e["host"] == 1) && entries.iter().any(|e| e["host"] == 2),
        "both hosts drove the device"
    );
}

#[test]
fn a_primary_that_finishes_says_bye_and_the_backup_compared_everything() {
    let dir = tempfile::tempdir().unwrap();
    let (log, json) = (dir.path().join("device.log"), dir.path().join("backup.json"));
    let (mut b, addr, _out) = backup(&log, &json, &[]);
    let mut p = primary(&addr, &log, "0", &[]);
    let mut out = String::new();
    std::io::Read::read_to_string(&mut p.stdout.take().unwrap(), &mut out).unwrap();
    assert!(wait(&mut p, Duration::from_secs(60)).success(), "{out}");
    assert!(wait(&mut b, Duration::from_secs(60)).success());
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let epochs = out.lines().filter(|l| l.starts_with("epoch ")).count() as u64;
    assert_eq!(report["epochs_compared"].as_u64().unwrap(), epochs);
    assert!(report["failover"].is_null() && report["guest_finished"] == true);
    assert_eq!(report["device_log"]["distinct"], 120);
    assert_eq!(report["device_log"]["performed"], 120, "no fail-over, no repeat");
}

#[test]
fn a_backup_refuses_a_primary_running_another_guest() {
    let dir = tempfile::tempdir().unwrap();
    let (log, json) = (dir.path().join("device.log"), dir.path().join("backup.json"));
    let (mut b, addr, _out) = backup(&log, &json, &[]);
    let mut p = primary(&addr, &log, "0", &["--compute", "3"]);
    let status = wait(&mut b, Duration::from_secs(60));
    let mut err = String::new();
    std::io::Read::read_to_string(&mut b.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(status.code(), Some(2));
    assert!(err.contains("Hello") && err.contains("not the same guest"), "{err}");
    let _ = p.kill();
    let _ = p.wait();
}
