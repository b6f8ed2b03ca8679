//! The `ftsync` command line, run as a user would (the model device: `ftsync` builds without
//! Verilator unless the `sim` feature is on).

use std::process::Command;

fn ftsync(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ftsync")).args(args).output().expect("run ftsync");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn sync_start_on_the_model_converges_and_writes_report_and_plot() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("report.json");
    let plot = dir.path().join("convergence.svg");
    let (code, out, err) = ftsync(&[
        "sync",
        "start",
        "--device",
        "model",
        "--memory",
        "16M",
        "--max-pause",
        "10ms",
        "--link-bandwidth",
        "256M",
        "--write-rate",
        "50000",
        "--json",
        json.to_str().unwrap(),
        "--plot",
        plot.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("converged: paused") && out.contains("target equals source byte for byte"), "{out}");
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    let r = &report["report"];
    assert_eq!(r["outcome"]["outcome"], "converged");
    let actual = r["outcome"]["actual_pause_s"].as_f64().unwrap();
    assert!(actual <= 0.010, "pause {actual} s within --max-pause");
    assert!(r["passes"]
        .as_array()
        .unwrap()
        .iter()
        .all(|p| p["bytes"].as_u64().is_some() && p["duration_s"].as_f64().is_some()));
    assert_eq!(report["target_equals_source"], true);
    let svg = std::fs::read_to_string(&plot).unwrap();
    assert!(svg.starts_with("<svg") && svg.contains("fits the max pause"));
}

#[test]
fn a_hopeless_sync_exits_non_zero_and_says_why() {
    let (code, out, _) = ftsync(&[
        "sync",
        "start",
        "--device",
        "model",
        "--memory",
        "16M",
        "--max-pause",
        "1ms",
        "--link-bandwidth",
        "64M",
        "--write-rate",
        "2000000",
        "--hot",
        "1",
        "--distribution",
        "uniform",
        "--max-passes",
        "3",
    ]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("did not converge") && out.contains("not marked consistent"), "{out}");
}

#[test]
fn bad_input_is_named() {
    for (args, needle) in [
        (vec!["sync", "start", "--device", "model", "--memory", "12Q"], "unknown size unit"),
        (vec!["sync", "start", "--device", "model", "--max-pause", "20"], "needs a unit"),
        (vec!["sync", "start", "--device", "model", "--resolution", "3000"], "power of two from 1K to 1G"),
        (vec!["sync", "start", "--device", "model", "--target", "ftp:x"], "ftp:x"),
        (vec!["status", "--device", "serial:/dev/ttyUSB0"], "opening /dev/ttyUSB0"),
        (vec!["status", "--device", "usb:0"], "unknown device"),
        (vec!["regs", "get", "TRACK_CTL", "--device", "model"], "did you mean `TRACK_CTRL`"),
        (vec!["regs", "set", "ID", "1", "--device", "model"], "read-only"),
        (vec!["regs", "set", "SCRATCH", "0x1_0000_0000", "--device", "model"], "32-bit"),
        (vec!["status", "--device", "pcie:0000:ff:1f.7"], "/sys/bus/pci/devices/0000:ff:1f.7"),
        (vec!["regs", "dump", "--device", "pcie:zz"], "zz"),
    ] {
        let (code, out, err) = ftsync(&args);
        assert_eq!(code, 2, "{args:?}: {out}{err}");
        assert!(err.contains(needle), "{args:?}: expected {needle:?} in {err:?}");
    }
}

#[cfg(not(feature = "sim"))]
#[test]
fn the_simulator_is_named_when_it_was_not_built_in() {
    let (code, _, err) = ftsync(&["demo", "--device", "sim"]);
    assert_eq!(code, 2);
    assert!(err.contains("without the `sim` feature"), "{err}");
}

#[test]
fn registers_by_name_on_a_device() {
    let (code, out, _) = ftsync(&["regs", "set", "SCRATCH", "0xcafe", "--device", "model"]);
    assert_eq!(code, 0);
    assert!(out.contains("reads back 0x0000cafe"), "{out}");
    let (code, out, _) = ftsync(&["regs", "get", "TRACK_SHIFT", "--device", "model"]);
    assert_eq!(code, 0);
    assert!(out.contains("TRACK_SHIFT = 0x0000000c"), "{out}");
    let (code, out, _) = ftsync(&["regs", "dump", "--device", "model"]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), regmap::registers().iter().filter(|r| !r.is_window()).count());
    assert!(out.contains("ID") && out.contains("0x46545359"));
    let (code, out, _) = ftsync(&["status", "--device", "model"]);
    assert_eq!(code, 0);
    assert!(out.contains("bitmap 16384 bits") && out.contains("write_tracker:"), "{out}");
}
