//! `verilator --lint-only -Wall` over rtl/, with the waivers of hdl-gen/lint/waivers.vlt only.

use std::process::Command;

const INSTALL: &str = "apt-get update && apt-get install -y verilator (or run `cargo xtask test`, which installs it)";

#[test]
fn rtl_lints_clean_under_verilator_wall() {
    let root = hdl_gen::verilog::repo_root();
    let files: Vec<String> = hdl_gen::verilog::rtl_paths(&root)
        .expect("rtl/ exists")
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let out = Command::new("verilator")
        .args(["--lint-only", "-Wall", "--top-module", "ftsync_core"])
        .arg(root.join("hdl-gen/lint/waivers.vlt"))
        .args(&files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run verilator ({e}); install it: {INSTALL}"));
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !text.contains("%Warning") && !text.contains("%Error"), "verilator lint:\n{text}");
}

#[test]
fn every_waiver_has_a_reason() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/lint/waivers.vlt")).expect("waivers");
    let lines: Vec<&str> = text.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        if l.starts_with("lint_off") {
            assert!(i > 0 && lines[i - 1].starts_with("//"), "waiver without a reason on the line above: {l}");
        }
    }
}
