//! `verilator --lint-only -Wall` over rtl/, with the waivers of hdl-gen/lint/waivers.vlt only.

use std::process::Command;

const INSTALL: &str = "apt-get update && apt-get install -y verilator (or run `cargo xtask test`, which installs it)";

#[test]
fn rtl_lints_clean_under_verilator_wall() {
    let root = hdl_gen::verilog::repo_root();
    let files: Vec<String> =
        hdl_gen::verilog::rtl_paths(&root).expect("rtl/ exists").iter().map(|p| p.display().to_string()).collect();
    let out = Command::new("verilator")
        .args(["--lint-only", "-Wall", "--top-module", "ftsync_core"])
        .arg(root.join("hdl-gen/lint/waivers.vlt"))
        .args(&files)
        .output()
        .unwrap_or_else(|e| panic!("cannot run verilator ({e}); install it: {INSTALL}"));
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success() && !text.contains("%Warning") && !text.contains("%Error"), "verilator lint:\n{text}");
}

/// Each self-contained top (rtl/uart/, rtl/boards/) lints clean on its own file: it needs no
/// other file, and its module is named like the file.
#[test]
fn self_contained_tops_lint_clean_alone() {
    let root = hdl_gen::verilog::repo_root();
    let tops = hdl_gen::verilog::self_contained_paths(&root).expect("rtl/ exists");
    let uart_top = hdl_gen::verilog::UART_TOP_PATH;
    assert!(tops.iter().any(|p| p.ends_with(uart_top)), "{uart_top} missing: {tops:?}");
    for path in tops {
        let top = path.file_stem().expect("file name").to_string_lossy().to_string();
        let out = Command::new("verilator")
            .args(["--lint-only", "-Wall", "--top-module", &top])
            .arg(root.join("hdl-gen/lint/waivers.vlt"))
            .arg(&path)
            .output()
            .unwrap_or_else(|e| panic!("cannot run verilator ({e}); install it: {INSTALL}"));
        let text = String::from_utf8_lossy(&out.stderr);
        let clean = out.status.success() && !text.contains("%Warning") && !text.contains("%Error");
        assert!(clean, "verilator lint of {}:\n{text}", path.display());
    }
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
