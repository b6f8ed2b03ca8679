//! yosys synthesis of rtl/ for both open FPGA families, asserting from yosys' own statistics
//! that the write-tracker bitmap lands in block RAM.

use std::collections::BTreeMap;
use std::process::Command;

const INSTALL: &str = "apt-get update && apt-get install -y yosys (or run `cargo xtask test`, which installs it)";

/// Cell counts of `top` after `synth` (e.g. "synth_ecp5"), from yosys' final `stat`.
fn cells(synth: &str, top: &str) -> BTreeMap<String, u64> {
    let root = hdl_gen::verilog::repo_root();
    let files: Vec<String> =
        hdl_gen::verilog::rtl_paths(&root).expect("rtl/ exists").iter().map(|p| p.display().to_string()).collect();
    let dir = tempfile::tempdir().expect("temp dir");
    let stat_file = dir.path().join("stat.txt");
    let script =
        format!("read_verilog {}; {synth} -top {top}; tee -q -o {} stat", files.join(" "), stat_file.display());
    let out = Command::new("yosys")
        .args(["-q", "-p", &script])
        .output()
        .unwrap_or_else(|e| panic!("cannot run yosys ({e}); install it: {INSTALL}"));
    assert!(
        out.status.success(),
        "yosys {synth} of {top} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&stat_file).expect("yosys wrote its statistics");
    let stat = text.rsplit(&format!("=== {top} ===")).next().expect("stat output");
    let mut map = BTreeMap::new();
    let mut in_cells = false;
    for line in stat.lines() {
        let t = line.trim();
        if t.starts_with("Number of memories:") {
            map.insert("memories".into(), t.rsplit(' ').next().and_then(|n| n.parse().ok()).unwrap_or(u64::MAX));
        }
        if t.starts_with("Number of cells:") {
            in_cells = true;
            continue;
        }
        if in_cells {
            let mut parts = t.split_whitespace();
            match (parts.next(), parts.next().and_then(|n| n.parse::<u64>().ok())) {
                (Some(name), Some(n)) => {
                    map.insert(name.to_string(), n);
                }
                _ => in_cells = false,
            }
        }
    }
    map
}

fn sum_prefix(cells: &BTreeMap<String, u64>, prefix: &str) -> u64 {
    cells.iter().filter(|(k, _)| k.starts_with(prefix)).map(|(_, v)| v).sum()
}

#[test]
fn ecp5_bitmap_bank_is_one_dp16kd() {
    let c = cells("synth_ecp5", "write_tracker_bitmap0");
    assert_eq!(c.get("DP16KD"), Some(&1), "a 512x32 bitmap bank must map to one DP16KD: {c:?}");
    // The 16384 bits are in the DP16KD; the few flip-flops are yosys' read-before-write
    // collision logic around it.
    assert_eq!(sum_prefix(&c, "TRELLIS_DPR"), 0, "no bitmap bits in LUT RAM: {c:?}");
    assert!(sum_prefix(&c, "TRELLIS_FF") < 128, "no bitmap bits in flip-flops: {c:?}");
}

#[test]
fn ice40_bitmap_bank_is_block_ram() {
    let c = cells("synth_ice40", "write_tracker_bitmap0");
    assert_eq!(c.get("SB_RAM40_4K"), Some(&4), "a 16 Kbit bank is four 4 Kbit EBRs: {c:?}");
    assert!(sum_prefix(&c, "SB_DFF") < 128, "no bitmap bits in flip-flops: {c:?}");
}

#[test]
fn ecp5_synthesis_of_ftsync_core() {
    let c = cells("synth_ecp5", "ftsync_core");
    assert_eq!(c.get("memories"), Some(&0), "every memory mapped: {c:?}");
    assert!(c.get("DP16KD").copied().unwrap_or(0) >= 2, "both bitmap banks in DP16KD: {c:?}");
}

#[test]
fn ice40_synthesis_of_ftsync_core() {
    let c = cells("synth_ice40", "ftsync_core");
    assert_eq!(c.get("memories"), Some(&0), "every memory mapped: {c:?}");
    assert!(c.get("SB_RAM40_4K").copied().unwrap_or(0) >= 8, "both bitmap banks in EBR: {c:?}");
}
