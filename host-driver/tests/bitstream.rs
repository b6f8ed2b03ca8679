//! `ftsync bitstream`: nextpnr's report and the timing verdict on real nextpnr output
//! (tests/data/nextpnr/); a real iCEBreaker build asked for a clock it cannot reach, which must
//! fail as a timing failure and leave no bitstream (about a minute; it installs YoWASP into
//! `<repo>/.venv` if missing); and `bitstream load`'s error paths on this machine, which has no
//! board attached: no bitstream, no loader installed, no board. The full ULX3S build at the
//! board clock runs in `cargo xtask test` (`ftsync bitstream build --board ulx3s`), which fails
//! when timing is not met.

use ftsync::bitstream::{
    build, find_repo, nextpnr_log_says_timing_failed, BitstreamError, Board, BuildOptions, NextpnrReport,
};
use std::path::{Path, PathBuf};
use std::process::Command;

const INSTALL: &str = "apt-get install openfpgaloader fpga-icestorm (or run `cargo xtask test`, which installs them)";

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/nextpnr").join(name)
}

fn ftsync() -> Command {
    Command::new(env!("CARGO_BIN_EXE_ftsync"))
}

/// Run `ftsync` with `args`; (success, stderr).
fn run(cmd: &mut Command) -> (bool, String) {
    let o = cmd.output().expect("ftsync runs");
    (o.status.success(), String::from_utf8_lossy(&o.stderr).to_string())
}

#[test]
fn report_of_a_met_build_gives_fmax_utilization_and_critical_path() {
    let r = NextpnrReport::read(&data("ulx3s-25mhz-report.json")).expect("report parses");
    let clocks = r.clocks();
    assert_eq!(clocks.len(), 1, "{clocks:?}");
    assert!(clocks[0].clock.contains("clk_25mhz"), "{clocks:?}");
    assert_eq!(clocks[0].constraint_mhz, 25.0);
    assert!((clocks[0].achieved_mhz - 88.12).abs() < 0.01, "{clocks:?}");
    assert_eq!(r.timing_verdict(25.0), Ok(()));
    // The same build is too slow for a 100 MHz board clock.
    let misses = r.timing_verdict(100.0).expect_err("88 MHz < 100 MHz");
    assert_eq!(misses[0].constraint_mhz, 100.0);

    let used = r.used();
    let get = |name: &str| used.iter().find(|u| u.resource == name).map(|u| (u.used, u.available));
    assert_eq!(get("TRELLIS_COMB"), Some((2643, 83640)));
    assert_eq!(get("DP16KD"), Some((2, 208)));
    assert!(used.iter().all(|u| u.used > 0), "unused resources left out");
    let p = r.critical_path().expect("a critical path");
    assert!(p.delay_ns > 1000.0 / 88.2 - 0.5 && p.delay_ns < 1000.0 / 88.0 + 0.5, "{p:?}");

    let log = std::fs::read_to_string(data("ulx3s-25mhz.log")).expect("log");
    assert!(!nextpnr_log_says_timing_failed(&log), "a passing log is not a timing failure");
}

#[test]
fn report_of_a_timing_failure_names_the_clock_and_both_frequencies() {
    let r = NextpnrReport::read(&data("icebreaker-100mhz-report.json")).expect("report parses");
    let log = std::fs::read_to_string(data("icebreaker-100mhz.log")).expect("log");
    assert!(nextpnr_log_says_timing_failed(&log));
    let misses = r.timing_verdict(12.0).expect_err("constrained at 100 MHz, reached 25");
    assert_eq!(misses.len(), 1);
    assert!(misses[0].clock.contains("CLK"), "{misses:?}");
    assert_eq!(misses[0].constraint_mhz, 100.0);
    assert!(misses[0].achieved_mhz > 20.0 && misses[0].achieved_mhz < 30.0, "{misses:?}");
}

#[test]
fn a_report_that_is_not_json_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let p = dir.path().join("report.json");
    std::fs::write(&p, "Info: not json").expect("write");
    let e = NextpnrReport::read(&p).expect_err("not JSON");
    assert!(e.to_string().contains("parsing nextpnr's report") && e.to_string().contains("report.json"), "{e}");
}

#[test]
fn build_outside_a_checkout_says_where_it_looked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (ok, err) = run(ftsync().args(["bitstream", "build", "--board", "ulx3s", "--repo"]).arg(dir.path()));
    assert!(!ok);
    assert!(err.contains("no folder with rtl/boards/") && err.contains(&dir.path().display().to_string()), "{err}");
}

#[test]
fn unknown_board_lists_the_boards() {
    let (ok, err) = run(ftsync().args(["bitstream", "build", "--board", "arty"]));
    assert!(!ok);
    assert!(err.contains("ulx3s") && err.contains("icebreaker"), "{err}");
}

#[test]
fn load_without_a_bitstream_says_how_to_build_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("none.bit");
    let (ok, err) = run(ftsync().args(["bitstream", "load", "--board", "ulx3s", "--bitstream"]).arg(&missing));
    assert!(!ok);
    assert!(err.contains("no bitstream at") && err.contains("none.bit"), "{err}");
    assert!(err.contains("ftsync bitstream build --board ulx3s"), "{err}");
}

/// A bitstream-shaped file: the loaders stop at the missing cable before reading it.
fn some_bitstream(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, [0xFFu8; 64]).expect("write");
    p
}

#[test]
fn load_with_no_loader_installed_names_the_package() {
    let dir = tempfile::tempdir().expect("temp dir");
    let empty = tempfile::tempdir().expect("empty PATH dir");
    let bit = some_bitstream(dir.path(), "top.bit");
    for board in ["ulx3s", "icebreaker"] {
        let (ok, err) = run(ftsync()
            .env("PATH", empty.path())
            .args(["bitstream", "load", "--board", board, "--bitstream"])
            .arg(&bit));
        assert!(!ok);
        assert!(
            err.contains("`openFPGALoader` is not installed") && err.contains("apt-get install openfpgaloader"),
            "{err}"
        );
    }
    let (ok, err) = run(ftsync()
        .env("PATH", empty.path())
        .args(["bitstream", "load", "--board", "icebreaker", "--loader", "iceprog", "--bitstream"])
        .arg(&bit));
    assert!(!ok);
    assert!(err.contains("`iceprog` is not installed") && err.contains("apt-get install fpga-icestorm"), "{err}");
}

fn installed(tool: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file()))
}

/// This machine has the loaders but no board: each loader's own complaint becomes "no board".
#[test]
fn load_with_no_board_attached_says_no_board_found() {
    for tool in ["openFPGALoader", "iceprog"] {
        assert!(installed(tool), "{tool} is missing; install it: {INSTALL}");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let bit = some_bitstream(dir.path(), "top.bit");
    for (board, loader) in [("ulx3s", "openfpgaloader"), ("icebreaker", "openfpgaloader"), ("icebreaker", "iceprog")] {
        let (ok, err) =
            run(ftsync().args(["bitstream", "load", "--board", board, "--loader", loader, "--bitstream"]).arg(&bit));
        assert!(!ok, "{board} via {loader} loaded with no board attached?");
        assert!(err.contains("no board found"), "{board} via {loader}: {err}");
    }
}

#[test]
fn iceprog_cannot_load_the_ulx3s() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bit = some_bitstream(dir.path(), "top.bit");
    let (ok, err) =
        run(ftsync().args(["bitstream", "load", "--board", "ulx3s", "--loader", "iceprog", "--bitstream"]).arg(&bit));
    assert!(!ok);
    assert!(err.contains("iceprog cannot load this board"), "{err}");
}

#[test]
fn build_fails_as_a_timing_failure_when_the_clock_is_out_of_reach() {
    let repo = find_repo(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("inside the checkout");
    let mut opts = BuildOptions::for_repo(Board::Icebreaker, &repo);
    opts.out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bitstream-icebreaker-200mhz");
    // The UP5K's fabric tops out far below 200 MHz.
    opts.freq_mhz = Some(200.0);
    let err = match build(&opts) {
        Ok(r) => panic!("200 MHz met on a UP5K? {:?}", r.fmax),
        Err(e) => e,
    };
    let msg = ftsync::error_chain(&err);
    let BitstreamError::TimingNotMet { misses, target_mhz, board_clock_mhz, .. } = err else {
        panic!("expected a timing failure, got: {msg}")
    };
    assert!(msg.contains("timing not met on the iCEBreaker at 200 MHz"), "{msg}");
    assert_eq!((target_mhz, board_clock_mhz), (200.0, 12.0));
    assert_eq!(misses.len(), 1, "{misses:?}");
    assert!(misses[0].achieved_mhz > 5.0 && misses[0].achieved_mhz < 200.0, "{misses:?}");
    assert!(!opts.out.join("icebreaker_top.bin").exists(), "no bitstream from a failed build");
    // The report of the failed run still tells the size: the iCEBreaker's core must leave the
    // UP5K room (the default core does not fit at all).
    let report = NextpnrReport::read(&opts.out.join("report.json")).expect("nextpnr's report kept for reading");
    let lc = report.utilization.get("ICESTORM_LC").expect("LC utilization");
    assert!(lc.used * 10 <= lc.available * 7, "icebreaker_top uses {} of {} LCs, over 70 %", lc.used, lc.available);
}
