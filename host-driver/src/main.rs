//! `ftsync`: the command line. Devices are simulated cores (`sim`: the Verilated RTL, with the
//! `sim` feature; `model`: the behavioural model), each command starting from a freshly reset
//! core, or boards: `serial:PATH` (the UART bridge; `ftsync sim-serve --pty` stands in for a
//! board) and `pcie:BDF`.

use clap::{Parser, Subcommand, ValueEnum};
use ftsync::cli::{parse_duration, parse_size, parse_u32};
use ftsync::device::Device;
use ftsync::sync::engine::{Compression, Progress, SyncParams};
use ftsync::sync::session::{self, Session};
use ftsync::sync::virt::{Distribution, Workload};
use regbus::{CorePorts, PortDriver, RegisterBus};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "ftsync", version, about = "Hardware help for fault-tolerant duplex machines")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// A short checked run of a simulated ftsync_core: tracking, epochs, comparison.
    Demo {
        /// `sim` (the Verilated RTL; needs the `sim` feature) or `model`.
        #[arg(long, default_value = "sim")]
        device: String,
    },
    /// Identity, geometry and block state of a device.
    Status {
        #[arg(long, default_value = "sim")]
        device: String,
    },
    /// The register map, or registers of a device by name.
    Regs {
        #[command(subcommand)]
        what: Regs,
    },
    /// Background memory synchronization with a bounded pause.
    Sync {
        #[command(subcommand)]
        what: SyncCmd,
    },
    /// Run the Verilated UART top (core + UART bridge) behind a pseudo-terminal: a board
    /// without a board, for `--device serial:PATH` (needs the `sim` feature).
    SimServe(ftsync::sim_serve::ServeArgs),
    /// Build or load the FPGA bitstream of an open board (ULX3S, iCEBreaker).
    Bitstream {
        #[command(subcommand)]
        what: ftsync::bitstream::BitstreamCmd,
    },
    /// Epoch lockstep with fail-over (seed 003): a virtual CE pair on simulated cores.
    Lockstep {
        #[command(subcommand)]
        what: ftsync::lockstep::cli::LockstepCmd,
    },
    /// Serve a standby target over TCP (the inactive side of a sync).
    Standby {
        /// Address to listen on, e.g. 127.0.0.1:7070.
        #[arg(long)]
        listen: String,
        /// Memory size the standby holds.
        #[arg(long, default_value = "64M")]
        memory: String,
        /// Keep the image in this file (default: in memory).
        #[arg(long)]
        file: Option<std::path::PathBuf>,
    },
}

#[derive(Subcommand)]
enum Regs {
    /// Every register with offset, access and reset value (no device needed).
    List,
    /// One register and its fields (no device needed).
    Info { name: String },
    /// Read every register of a device.
    Dump {
        #[arg(long, default_value = "sim")]
        device: String,
    },
    /// Read one register of a device.
    Get {
        name: String,
        #[arg(long, default_value = "sim")]
        device: String,
    },
    /// Write one register of a device, then read it back.
    Set {
        name: String,
        value: String,
        #[arg(long, default_value = "sim")]
        device: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum CompressionArg {
    Never,
    WhenNeeded,
    Always,
}

#[derive(clap::Args, Clone)]
struct SyncArgs {
    #[arg(long, default_value = "sim")]
    device: String,
    /// CE memory size.
    #[arg(long, default_value = "64M")]
    memory: String,
    /// Bytes per tracked block (power of two, 1K..1G); default: the finest the bitmap allows.
    #[arg(long)]
    resolution: Option<String>,
    #[arg(long, default_value = "20ms")]
    max_pause: String,
    /// Background copy bandwidth at the start (per second).
    #[arg(long, default_value = "128M")]
    bandwidth: String,
    /// Link bandwidth used while the CE is paused (per second).
    #[arg(long, default_value = "512M")]
    link_bandwidth: String,
    #[arg(long, default_value_t = 8)]
    max_passes: u32,
    #[arg(long, value_enum, default_value = "when-needed")]
    compression: CompressionArg,
    /// Workload: writes per second of virtual time.
    #[arg(long, default_value_t = 200_000.0)]
    write_rate: f64,
    /// Workload: fraction of memory that is hot.
    #[arg(long, default_value_t = 0.02)]
    hot: f64,
    /// Workload: `uniform` or a Zipf exponent such as `1.1`.
    #[arg(long, default_value = "1.1")]
    distribution: String,
    /// Workload: largest write in bytes (bursts above a block cross blocks).
    #[arg(long, default_value = "512")]
    max_write: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Write the JSON report here (`-` for standard output).
    #[arg(long)]
    json: Option<String>,
    /// Write the convergence plot (SVG) here.
    #[arg(long)]
    plot: Option<std::path::PathBuf>,
    /// Where the copy goes: `memory`, `file:PATH` or `tcp:HOST:PORT` (a `ftsync standby`).
    #[arg(long, default_value = "memory")]
    target: String,
    /// With `--device serial:PATH` or `pcie:BDF`: the running CE's memory file (e.g. `ftsync
    /// sim-serve --memory-file`); its length is the memory size, and the sync runs in wall time.
    #[arg(long)]
    source_file: Option<std::path::PathBuf>,
    /// With `--device serial:PATH` or `pcie:BDF`: memory address of the file's byte 0 on the
    /// snoop port.
    #[arg(long, default_value = "0x100000000")]
    base: String,
}

#[derive(Subcommand)]
enum SyncCmd {
    /// Synchronize a simulated CE's memory into a target while its workload runs.
    Start(SyncArgs),
}

fn fail(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("ftsync: {e}");
    ExitCode::from(2)
}

use ftsync::error_chain as chain;

/// Run `$body` with `$ports` bound to the device named by `$name`.
macro_rules! with_device {
    ($name:expr, |$ports:ident| $body:expr) => {
        match $name {
            #[cfg(feature = "sim")]
            "sim" => {
                let $ports = sim::VerilatedCore::new();
                $body
            }
            #[cfg(not(feature = "sim"))]
            "sim" => Err("this ftsync was built without the `sim` feature (Verilated RTL); rebuild with `--features sim` or use `--device model`".to_string()),
            "model" => {
                let $ports = block_model::core::CoreModel::default_params();
                $body
            }
            other => Err(format!("unknown device `{other}`: use `sim` or `model`, or a board: `serial:PATH` or `pcie:BDF` (`status`, `regs`, `sync start`)")),
        }
    };
}

/// A register transport by name: `sim`, `model` (fresh, reset simulated cores),
/// `serial:PATH` (a UART bridge: a board or `ftsync sim-serve --pty`) or `pcie:BDF` (a board
/// behind VFIO).
fn open_bus(name: &str) -> Result<Device<Box<dyn RegisterBus>>, String> {
    fn reset<P: CorePorts + 'static>(ports: P) -> Box<dyn RegisterBus> {
        let mut d = PortDriver::new(ports);
        d.reset();
        Box::new(d)
    }
    let bus: Box<dyn RegisterBus> = if let Some(bdf) = name.strip_prefix("pcie:") {
        Box::new(ftsync::pcie::PcieBus::open(bdf).map_err(|e| chain(&e))?)
    } else if let Some(path) = name.strip_prefix("serial:") {
        Box::new(ftsync::serial::SerialBus::open(path).map_err(|e| chain(&e))?)
    } else {
        with_device!(name, |p| Ok::<_, String>(reset(p)))?
    };
    Device::open(bus).map_err(|e| chain(&e))
}

fn field_text(r: &regmap::RegInfo, v: u32) -> String {
    if r.reg.fields.len() == 1 && r.reg.fields[0].name == "VALUE" {
        return String::new();
    }
    r.reg
        .fields
        .iter()
        .filter(|f| f.access.readable())
        .map(|f| format!("{}={}", f.name, f.get(v)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn regs_dump(device: &str) -> Result<Vec<String>, String> {
    let mut dev = open_bus(device)?;
    let mut out = Vec::new();
    for r in regmap::registers().iter().filter(|r| !r.is_window()) {
        let v = dev.read(r.name()).map_err(|e| chain(&e))?;
        out.push(format!("{:#06x} {:<24} {:#010x}  {}", r.offset, r.name(), v, field_text(r, v)));
    }
    Ok(out)
}

fn regs_get(device: &str, name: &str) -> Result<String, String> {
    let r = ftsync::register(name).map_err(|e| chain(&e))?;
    let mut dev = open_bus(device)?;
    let v = dev.read(r.name()).map_err(|e| chain(&e))?;
    Ok(format!("{} = {:#010x} ({v})  {}", r.name(), v, field_text(r, v)))
}

fn regs_set(device: &str, name: &str, value: &str) -> Result<String, String> {
    let r = ftsync::register(name).map_err(|e| chain(&e))?;
    let v = parse_u32(value)?;
    let mut dev = open_bus(device)?;
    dev.write(r.name(), v).map_err(|e| chain(&e))?;
    let back = dev.read(r.name()).map_err(|e| chain(&e))?;
    Ok(format!("{} <- {:#010x}; reads back {:#010x}  {}", r.name(), v, back, field_text(r, back)))
}

fn status(device: &str) -> Result<Vec<String>, String> {
    let mut dev = open_bus(device)?;
    let e = |e: ftsync::Error| chain(&e);
    let (maj, min, pat) = dev.version();
    let c = dev.caps();
    let t = dev.track_config().map_err(e)?;
    let tc = dev.track_counts().map_err(e)?;
    let ep = dev.epoch_status().map_err(e)?;
    let cs = dev.compare_status().map_err(e)?;
    Ok(vec![
        format!("ftsync_core {maj}.{min}.{pat}: bitmap {} bits, streams {} bits, skew FIFOs {} words", c.track_capacity, c.stream_width, c.fifo_depth),
        format!(
            "write_tracker: base {:#x}, {} B blocks, {} blocks; dirty {}, frozen {}, writes {}, out of range {}, stall cycles {}",
            t.base,
            t.block_bytes(),
            t.limit,
            tc.dirty,
            tc.snap,
            tc.writes,
            tc.out_of_range,
            tc.stall_cycles
        ),
        format!("epoch_counter: epoch {}, {} events left, held {}, expired {}", ep.number, ep.count, ep.held, ep.expired),
        format!(
            "link_comparator: {} words, {} frames, mismatch {}, timeout {}, halted {}, max skew {}",
            cs.words, cs.frames, cs.mismatch, cs.timeout, cs.halted, cs.max_skew
        ),
        format!("interrupts pending: {:?}", dev.irq_pending().map_err(e)?),
    ])
}

fn sync_session(a: &SyncArgs) -> Result<Session, String> {
    let memory = parse_size(&a.memory)?;
    if memory < 1 << 20 {
        return Err(format!("--memory {}: at least 1M", a.memory));
    }
    let resolution = match &a.resolution {
        None => None,
        Some(r) => {
            let b = parse_size(r)?;
            if !b.is_power_of_two() || !(1 << 10..=1 << 30).contains(&b) {
                return Err(format!("--resolution {r}: a power of two from 1K to 1G (the write_tracker's range)"));
            }
            Some(b.trailing_zeros())
        }
    };
    let distribution = if a.distribution == "uniform" {
        Distribution::Uniform
    } else {
        let s: f64 = a
            .distribution
            .parse()
            .map_err(|_| format!("--distribution {}: `uniform` or a Zipf exponent such as 1.1", a.distribution))?;
        Distribution::Zipf(s)
    };
    if !(0.0..=1.0).contains(&a.hot) || a.write_rate < 0.0 {
        return Err("--hot is a fraction 0..1 and --write-rate not negative".into());
    }
    let max_write = parse_size(&a.max_write)?.clamp(1, u64::from(u32::MAX)) as u32;
    Ok(Session {
        memory,
        real_bytes: memory <= 1 << 30,
        filled: 0.5,
        resolution,
        workload: Workload {
            write_rate: a.write_rate,
            hot_fraction: a.hot,
            hot_share: 0.9,
            distribution,
            burst: (8.min(max_write), max_write),
            seed: a.seed,
            schedule: Vec::new(),
        },
        params: SyncParams {
            max_pause: parse_duration(&a.max_pause)?,
            link_bandwidth: parse_size(&a.link_bandwidth)?,
            background_bandwidth: parse_size(&a.bandwidth)?,
            max_passes: a.max_passes,
            compression: match a.compression {
                CompressionArg::Never => Compression::Never,
                CompressionArg::WhenNeeded => Compression::WhenNeeded,
                CompressionArg::Always => Compression::Always,
            },
            ..SyncParams::default()
        },
    })
}

/// `sync start` on a simulated core (virtual time).
fn sync_start<P: CorePorts>(ports: P, a: &SyncArgs, s: &Session) -> Result<bool, String> {
    sync_report(a, s, |target, progress| session::run(ports, s, target, progress))
}

/// `sync start --device serial:PATH|pcie:BDF --source-file FILE`: a board whose CE runs by
/// itself and keeps its memory in FILE (wall time).
fn board_sync_start(device: &str, a: &SyncArgs, s: &Session) -> Result<bool, String> {
    let file = a.source_file.as_ref().ok_or_else(|| {
        format!("--device {device} needs --source-file FILE: the running CE's memory (e.g. `ftsync sim-serve --memory-file FILE`)")
    })?;
    let len = std::fs::metadata(file).map_err(|e| format!("--source-file {}: {e}", file.display()))?.len();
    let base = ftsync::sim_serve::parse_address(&a.base)?;
    let bus: Box<dyn RegisterBus> = match (device.strip_prefix("serial:"), device.strip_prefix("pcie:")) {
        (Some(port), _) => Box::new(ftsync::serial::SerialBus::open(port).map_err(|e| chain(&e))?),
        (_, Some(bdf)) => Box::new(ftsync::pcie::PcieBus::open(bdf).map_err(|e| chain(&e))?),
        _ => return Err(format!("unknown device `{device}`")),
    };
    let s = Session { memory: len, ..s.clone() };
    let mut held = None;
    let ok = sync_report(a, &s, |target, progress| {
        let run = ftsync::sync::wall::run(bus, file, base, s.resolution, &s.params, target, progress)?;
        held = Some(run.held_for_check);
        Ok(run.result)
    })?;
    if let Some(h) = held.filter(|h| !h.is_zero()) {
        // On standard error: standard output may end in the JSON report (`--json -`).
        eprintln!(
            "the CE stayed held {:.1} ms longer, for verification and the byte-for-byte check",
            h.as_secs_f64() * 1e3
        );
    }
    Ok(ok)
}

fn sync_report(
    a: &SyncArgs,
    s: &Session,
    run: impl FnOnce(
        &mut dyn ftsync::sync::Target,
        &mut dyn FnMut(Progress),
    ) -> Result<session::SessionResult, ftsync::Error>,
) -> Result<bool, String> {
    let mut target = ftsync::sync::make_target(&a.target, s.memory).map_err(|e| chain(&e))?;
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{msg:>22} [{bar:40}] {pos}/{len} blocks")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let mut progress = |p: Progress| match p {
        Progress::PassStarted { attempt, pass, blocks } => {
            bar.reset();
            bar.set_length(blocks);
            bar.set_message(format!("attempt {attempt} pass {pass}"));
        }
        Progress::Copied { blocks } => bar.set_position(blocks),
        Progress::Foreground { blocks } => {
            bar.reset();
            bar.set_length(blocks);
            bar.set_message("paused: foreground");
        }
        Progress::Evaluating { attempt } => bar.set_message(format!("attempt {attempt}: evaluating")),
        Progress::PassDone(_) | Progress::GaveUp { .. } => {}
    };
    let started = std::time::Instant::now();
    let result = run(target.as_mut(), &mut progress).map_err(|e| chain(&e))?;
    bar.finish_and_clear();
    for line in ftsync::sync::report::summary(&result.report) {
        println!("{line}");
    }
    if result.cycles > 0 {
        println!(
            "the CE made {} writes; the core ran {} cycles ({:.2} s of wall time)",
            result.writes,
            result.cycles,
            started.elapsed().as_secs_f64()
        );
    } else {
        println!("the CE made {} writes (TRACK_WRITES) in {:.2} s", result.writes, started.elapsed().as_secs_f64());
    }
    match result.identical {
        Some(true) => println!("target equals source byte for byte"),
        Some(false) => println!("TARGET DIFFERS FROM SOURCE"),
        None => {}
    }
    if let Some(path) = &a.json {
        let json = serde_json::json!({
            "device": a.device,
            "workload": s.workload,
            "report": result.report,
            "target_equals_source": result.identical,
            "writes": result.writes,
            "cycles": result.cycles,
        });
        let text = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        if path == "-" {
            println!("{text}");
        } else {
            std::fs::write(path, text + "\n").map_err(|e| format!("writing the JSON report to {path}: {e}"))?;
        }
    }
    if let Some(path) = &a.plot {
        let svg = ftsync::sync::report::convergence_svg(&result.report, s.params.link_bandwidth);
        std::fs::write(path, svg).map_err(|e| format!("writing the plot to {}: {e}", path.display()))?;
    }
    Ok(result.report.converged() && result.identical != Some(false))
}

fn demo<P: CorePorts>(ports: P) -> Result<ftsync::demo::DemoReport, String> {
    let mut d = PortDriver::new(ports);
    d.reset();
    ftsync::demo::run(d).map_err(|e| chain(&e))
}

fn print_lines(r: Result<Vec<String>, String>) -> ExitCode {
    match r {
        Ok(lines) => {
            lines.iter().for_each(|l| println!("{l}"));
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Demo { device } => {
            let started = std::time::Instant::now();
            match with_device!(device.as_str(), |p| demo(p)) {
                Ok(report) => {
                    report.lines.iter().for_each(|l| println!("{l}"));
                    eprintln!("({} cycles in {:.2} s)", report.cycles, started.elapsed().as_secs_f64());
                    if report.ok {
                        println!("demo on {device}: every result matches what was driven");
                        ExitCode::SUCCESS
                    } else {
                        println!("demo on {device}: results differ from what was driven");
                        ExitCode::FAILURE
                    }
                }
                Err(e) => fail(e),
            }
        }
        Command::Status { device } => print_lines(status(&device)),
        Command::Regs { what } => match what {
            Regs::List => {
                regmap::registers().iter().for_each(|r| println!("{}", ftsync::describe(r)));
                ExitCode::SUCCESS
            }
            Regs::Info { name } => match ftsync::register(&name) {
                Ok(r) => {
                    println!("{}", ftsync::describe(r));
                    for f in r.reg.fields {
                        println!("  [{:>2}:{:<2}] {:<20} {:<4} {}", f.msb(), f.lsb, f.name, f.access.name(), f.doc);
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => fail(chain(&e)),
            },
            Regs::Dump { device } => print_lines(regs_dump(&device)),
            Regs::Get { name, device } => print_lines(regs_get(&device, &name).map(|l| vec![l])),
            Regs::Set { name, value, device } => print_lines(regs_set(&device, &name, &value).map(|l| vec![l])),
        },
        Command::Sync { what: SyncCmd::Start(a) } => {
            let s = match sync_session(&a) {
                Ok(s) => s,
                Err(e) => return fail(e),
            };
            let result = if a.device.starts_with("serial:") || a.device.starts_with("pcie:") {
                board_sync_start(&a.device, &a, &s)
            } else {
                with_device!(a.device.as_str(), |p| sync_start(p, &a, &s))
            };
            match result {
                Ok(true) => ExitCode::SUCCESS,
                Ok(false) => ExitCode::FAILURE,
                Err(e) => fail(e),
            }
        }
        Command::SimServe(a) => ftsync::sim_serve::command(&a).map_or_else(fail, |()| ExitCode::SUCCESS),
        Command::Bitstream { what } => ftsync::bitstream::run(what),
        Command::Lockstep { what } => ftsync::lockstep::cli::main(what),
        Command::Standby { listen, memory, file } => {
            let len = match parse_size(&memory) {
                Ok(n) => n,
                Err(e) => return fail(e),
            };
            match ftsync::sync::serve_standby(&listen, len, file.as_deref()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(chain(&e)),
            }
        }
    }
}
