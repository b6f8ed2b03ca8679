//! `ftsync`: the CLI. Today `ftsync demo`, `ftsync regs list` and `ftsync regs info NAME`;
//! sync and lockstep arrive with their issues.

use clap::{Parser, Subcommand};
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
    /// The register map of ftsync_core.
    Regs {
        #[command(subcommand)]
        what: Regs,
    },
}

#[derive(Subcommand)]
enum Regs {
    /// Every register with offset, access and reset value.
    List,
    /// One register and its fields.
    Info { name: String },
}

fn demo(device: &str) -> Result<ftsync::demo::DemoReport, String> {
    let started = std::time::Instant::now();
    let report = match device {
        #[cfg(feature = "sim")]
        "sim" => ftsync::demo::run(sim::open()),
        #[cfg(not(feature = "sim"))]
        "sim" => return Err("this ftsync was built without the `sim` feature (Verilated RTL); rebuild with `--features sim` or use `--device model`".into()),
        "model" => ftsync::demo::run(ftsync::transport::model()),
        other => return Err(format!("unknown device `{other}`: use `sim` or `model`")),
    }
    .map_err(|e| {
        let cause = std::error::Error::source(&e).map(|s| format!(": {s}")).unwrap_or_default();
        format!("{e}{cause}")
    })?;
    eprintln!("({} cycles in {:.2} s)", report.cycles, started.elapsed().as_secs_f64());
    Ok(report)
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Demo { device } => match demo(&device) {
            Ok(report) => {
                for l in &report.lines {
                    println!("{l}");
                }
                if report.ok {
                    println!("demo on {device}: every result matches what was driven");
                    ExitCode::SUCCESS
                } else {
                    println!("demo on {device}: results differ from what was driven");
                    ExitCode::FAILURE
                }
            }
            Err(e) => {
                eprintln!("ftsync: {e}");
                ExitCode::from(2)
            }
        },
        Command::Regs { what: Regs::List } => {
            for r in regmap::registers() {
                println!("{}", ftsync::describe(r));
            }
            ExitCode::SUCCESS
        }
        Command::Regs { what: Regs::Info { name } } => match ftsync::register(&name) {
            Ok(r) => {
                println!("{}", ftsync::describe(r));
                for f in r.reg.fields {
                    println!("  [{:>2}:{:<2}] {:<20} {:<4} {}", f.msb(), f.lsb, f.name, f.access.name(), f.doc);
                }
                ExitCode::SUCCESS
            }
            Err(e) => {
                let cause = std::error::Error::source(&e).map(|s| format!(": {s}")).unwrap_or_default();
                eprintln!("ftsync: {e}{cause}");
                ExitCode::from(2)
            }
        },
    }
}
