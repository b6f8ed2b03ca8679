//! `cargo xtask <command>`: the project's entry points, with the set-up of system tools.
//!
//! - `test`: install what the tests need (Verilator, yosys), then `cargo test --workspace`.
//! - `demo`: install the same, then the main job: `ftsync sync start` on the Verilated RTL
//!   (extra arguments are passed on, e.g. `cargo xtask demo --memory 256M --plot conv.svg`).
//! - `gen`:  regenerate `rtl/` and `docs/regmap.*`.
//! - `lint`: Verilator lint of `rtl/` with the project's waivers.
//! - `bitstream`: build a board's bitstream (`ftsync bitstream build`, default `--board ulx3s`);
//!   `test` also builds the ULX3S bitstream after the tests and fails when timing is not met.

use std::process::{Command, ExitCode};

/// Debian packages and a command that succeeds once the package is installed. The FPGA
/// loaders are for `ftsync bitstream load`'s tests (no board needed); python3-venv for the
/// YoWASP venv of `ftsync bitstream build`.
const TOOLS: &[(&str, &[&str])] = &[
    ("verilator", &["verilator", "-V"]),
    ("yosys", &["yosys", "-V"]),
    ("openfpgaloader", &["openFPGALoader", "-V"]),
    ("fpga-icestorm", &["iceprog", "--help"]),
    ("python3-venv", &["python3", "-m", "ensurepip", "--version"]),
];

fn have(probe: &[&str]) -> bool {
    Command::new(probe[0]).args(&probe[1..]).output().is_ok_and(|o| o.status.success())
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Install the missing system tools with apt-get when root; otherwise say the exact command.
fn ensure_tools() -> Result<(), String> {
    let missing: Vec<&str> = TOOLS.iter().filter(|(_, cmd)| !have(cmd)).map(|(pkg, _)| *pkg).collect();
    if missing.is_empty() {
        return Ok(());
    }
    let install = format!("apt-get update && apt-get install -y --no-install-recommends {}", missing.join(" "));
    if !is_root() {
        return Err(format!("missing {}; install them as root with:\n    sudo sh -c '{install}'", missing.join(", ")));
    }
    eprintln!("xtask: installing {} (Debian packages)", missing.join(", "));
    run(Command::new("apt-get").args(["update", "-qq"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq", "--no-install-recommends"])
        .args(&missing)
        .env("DEBIAN_FRONTEND", "noninteractive"))?;
    match TOOLS.iter().find(|(_, cmd)| !have(cmd)) {
        Some((pkg, cmd)) => Err(format!("installed {pkg} but `{}` still does not run", cmd.join(" "))),
        None => Ok(()),
    }
}

/// `ftsync bitstream build ARGS` (its report also lands in `target/bitstream/<board>/build-report.json`).
fn bitstream(root: &str, args: &[&str]) -> Result<(), String> {
    run(cargo().current_dir(root).args(["run", "--quiet", "-p", "ftsync", "--", "bitstream", "build"]).args(args))
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let result = match args.first().map(String::as_str) {
        Some("test") => ensure_tools().and_then(|()| {
            let tests = run(cargo().current_dir(root).args(["test", "--workspace", "--no-fail-fast"]).args(&args[1..]));
            // `ftsync sim-serve` as a process needs the binary built with the simulator, which
            // the workspace run (no features) does not build.
            let served = if args.len() > 1 {
                Ok(())
            } else {
                run(cargo().current_dir(root).args([
                    "test",
                    "-p",
                    "ftsync",
                    "--features",
                    "sim",
                    "--test",
                    "serial_pty",
                    "--test",
                    "cli",
                ]))
            };
            let tests = tests.and(served);
            // The ULX3S bitstream: yosys -> nextpnr -> ecppack; fails when timing is not met.
            let bitstream = bitstream(root, &["--board", "ulx3s"]);
            tests.and(bitstream)
        }),
        Some("demo") => ensure_tools().and_then(|()| {
            run(cargo()
                .current_dir(root)
                .args([
                    "run",
                    "--quiet",
                    "--release",
                    "-p",
                    "ftsync",
                    "--features",
                    "sim",
                    "--",
                    "sync",
                    "start",
                    "--device",
                    "sim",
                ])
                .args(&args[1..]))
        }),
        Some("gen") => run(cargo().current_dir(root).args(["run", "--quiet", "-p", "hdl-gen", "--"]).args(&args[1..])),
        Some("lint") => ensure_tools().and_then(|()| {
            run(cargo().current_dir(root).args([
                "test",
                "--quiet",
                "-p",
                "hdl-gen",
                "--test",
                "lint",
                "--test",
                "generated",
            ]))
        }),
        Some("bitstream") => ensure_tools().and_then(|()| {
            let rest: Vec<&str> = args[1..].iter().map(String::as_str).collect();
            let board: &[&str] =
                if rest.iter().any(|a| a.starts_with("--board")) { &[] } else { &["--board", "ulx3s"] };
            bitstream(root, &[board, &rest].concat())
        }),
        Some(other) => Err(format!("unknown command `{other}`; commands: test, demo, gen, lint, bitstream")),
        None => Err("usage: cargo xtask <test|demo|gen|lint|bitstream>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
