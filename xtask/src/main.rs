//! `cargo xtask <command>`: the project's entry points, with the set-up of system tools.
//!
//! - `test`: install what the tests need (Verilator, yosys), then `cargo test --workspace`.
//! - `demo`: install the same, then the main job: `ftsync sync start` on the Verilated RTL
//!   (extra arguments are passed on, e.g. `cargo xtask demo --memory 256M --plot conv.svg`).
//! - `gen`:  regenerate `rtl/` and `docs/regmap.*`.
//! - `lint`: Verilator lint of `rtl/` with the project's waivers.

use std::process::{Command, ExitCode};

/// Debian packages and the command each provides.
const TOOLS: &[(&str, &str)] = &[("verilator", "verilator"), ("yosys", "yosys")];

fn have(cmd: &str) -> bool {
    Command::new(cmd).arg("-V").output().is_ok_and(|o| o.status.success())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
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
        Some((pkg, cmd)) => Err(format!("installed {pkg} but `{cmd}` still does not run")),
        None => Ok(()),
    }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let result = match args.first().map(String::as_str) {
        Some("test") => ensure_tools().and_then(|()| {
            run(cargo().current_dir(root).args(["test", "--workspace", "--no-fail-fast"]).args(&args[1..]))
        }),
        Some("demo") => ensure_tools().and_then(|()| {
            run(cargo()
                .current_dir(root)
                .args(["run", "--quiet", "--release", "-p", "ftsync", "--features", "sim", "--", "sync", "start", "--device", "sim"])
                .args(&args[1..]))
        }),
        Some("gen") => run(cargo().current_dir(root).args(["run", "--quiet", "-p", "hdl-gen", "--"]).args(&args[1..])),
        Some("lint") => ensure_tools().and_then(|()| {
            run(cargo().current_dir(root).args(["test", "--quiet", "-p", "hdl-gen", "--test", "lint", "--test", "generated"]))
        }),
        Some("bitstream") => Err("bitstream builds arrive with the open-boards issue (ULX3S, iCEBreaker)".into()),
        Some(other) => Err(format!("unknown command `{other}`; commands: test, demo, gen, lint")),
        None => Err("usage: cargo xtask <test|demo|gen|lint>".into()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
