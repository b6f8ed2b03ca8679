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

/// Each top (rtl/uart/, rtl/boards/) lints clean with only the files it needs: a top that
/// instantiates `ftsync_core` with the core's rtl/*.v, one with its own core alone. Its module
/// is named like the file.
#[test]
fn tops_lint_clean_with_the_files_they_need() {
    let root = hdl_gen::verilog::repo_root();
    let tops = hdl_gen::verilog::top_paths(&root).expect("rtl/ exists");
    let core = hdl_gen::verilog::rtl_paths(&root).expect("rtl/ exists");
    let uart_top = hdl_gen::verilog::UART_TOP_PATH;
    assert!(tops.iter().any(|p| p.ends_with(uart_top)), "{uart_top} missing: {tops:?}");
    for path in tops {
        let top = path.file_stem().expect("file name").to_string_lossy().to_string();
        let text = std::fs::read_to_string(&path).expect("read top");
        let needs_core = hdl_gen::verilog::needs_core_files(&text);
        let mut cmd = Command::new("verilator");
        cmd.args(["--lint-only", "-Wall", "--top-module", &top]).arg(root.join("hdl-gen/lint/waivers.vlt"));
        if needs_core {
            cmd.args(&core);
        }
        let out =
            cmd.arg(&path).output().unwrap_or_else(|e| panic!("cannot run verilator ({e}); install it: {INSTALL}"));
        let text = String::from_utf8_lossy(&out.stderr);
        let clean = out.status.success() && !text.contains("%Warning") && !text.contains("%Error");
        let with = if needs_core { " with rtl/*.v" } else { " alone" };
        assert!(clean, "verilator lint of {}{with}:\n{text}", path.display());
    }
}

/// The tops with the default core leave it to rtl/*.v; the iCEBreaker's (another generation)
/// keeps its own and needs no other file.
#[test]
fn only_the_icebreaker_top_carries_its_own_core() {
    let root = hdl_gen::verilog::repo_root();
    for path in hdl_gen::verilog::top_paths(&root).expect("rtl/ exists") {
        let text = std::fs::read_to_string(&path).expect("read top");
        let own = !hdl_gen::verilog::needs_core_files(&text);
        assert_eq!(own, path.ends_with("rtl/boards/icebreaker_top.v"), "{}", path.display());
        // A top with its own core names every module after itself, so none clashes with rtl/*.v.
        let top = path.file_stem().expect("file name").to_string_lossy().to_string();
        for module in text.lines().filter_map(|l| l.strip_prefix("module ")) {
            assert!(module.starts_with(&top), "{}: module {module}", path.display());
        }
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
