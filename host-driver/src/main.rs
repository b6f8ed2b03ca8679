//! `ftsync`: the CLI. Today `ftsync regs list` and `ftsync regs info NAME`; devices, sync and
//! lockstep arrive with their issues.

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

fn main() -> ExitCode {
    match Cli::parse().command {
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
