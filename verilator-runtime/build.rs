//! Compile Verilator's runtime library once, for every Verilated model of the workspace.
//!
//! The crates.io `verilated` crate cannot do this for Verilator 5 (it checks for version 4 and
//! misses `verilated_threads.cpp`), hence this build script.

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Runtime units a `--cc --trace` model without coverage, timing or DPI needs; a model that
/// needs more is refused by its own build script (it compares `VM_GLOBAL_*` with this list).
const UNITS: &[&str] = &["verilated", "verilated_vcd_c", "verilated_threads"];

/// The model's own `VM_*` switches are compiled into its files; the runtime only has to agree
/// with them on SystemC (off) and is built with every trace format the units above serve.
const DEFINES: &[(&str, &str)] =
    &[("VM_COVERAGE", "0"), ("VM_SC", "0"), ("VM_TRACE", "1"), ("VM_TRACE_VCD", "1"), ("VM_TRACE_FST", "0")];

const INSTALL_HINT: &str = "install Verilator 5 as root with `apt-get update && apt-get install -y verilator`, \
     or run `cargo xtask test`, which installs it";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // Cargo prints a failing build script's stderr; keep the fix on its own line.
            eprintln!("error: verilator-runtime: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=VERILATOR");
    println!("cargo::rerun-if-env-changed=VERILATOR_ROOT");

    let verilator = find_verilator()?;
    let version_line = capture(&verilator, &["--version"])?;
    let version = parse_version(&version_line)
        .ok_or_else(|| format!("cannot read a version from `{}` (`{version_line}`)", verilator.display()))?;
    let major: u32 = version.split('.').next().and_then(|m| m.parse().ok()).unwrap_or(0);
    if major < 5 {
        return Err(format!(
            "{} is Verilator {version}; the generated models need Verilator 5 (VerilatedContext, \
             verilated_threads.cpp)\n       fix: {INSTALL_HINT}",
            verilator.display()
        ));
    }

    let root = PathBuf::from(capture(&verilator, &["--getenv", "VERILATOR_ROOT"])?);
    let include = root.join("include");
    let includes = [include.clone(), include.join("vltstd")];
    for unit in UNITS {
        let src = include.join(format!("{unit}.cpp"));
        if !src.is_file() {
            return Err(format!(
                "{} is missing: the Verilator installation at {} is incomplete\n       fix: {INSTALL_HINT}",
                src.display(),
                root.display()
            ));
        }
    }
    // A Verilator upgrade rewrites these files; rebuild the runtime then, and only then.
    println!("cargo::rerun-if-changed={}", include.display());

    let mut build = cc::Build::new();
    build.cpp(true).std("c++17").opt_level(2).debug(false).warnings(false).includes(&includes);
    for flag in CXXFLAGS {
        build.flag(flag);
    }
    for (name, value) in DEFINES {
        build.define(name, *value);
    }
    build.files(UNITS.iter().map(|u| include.join(format!("{u}.cpp"))));
    build.try_compile("verilated").map_err(|e| format!("compiling the Verilator runtime: {e}"))?;
    // The runtime starts threads (trace offload, multithreaded models); glibc >= 2.34 has pthread
    // in libc, older ones need it named. -latomic (in verilated.mk) is only needed where 64-bit
    // atomics are not native, which no target this project runs on is.
    println!("cargo::rustc-link-lib=pthread");

    let joined = env::join_paths(&includes).map_err(|e| format!("include path: {e}"))?;
    println!("cargo::metadata=verilator={}", verilator.display());
    println!("cargo::metadata=root={}", root.display());
    println!("cargo::metadata=include={}", joined.to_string_lossy());
    println!("cargo::metadata=version={version}");
    println!("cargo::metadata=units={}", UNITS.join(","));
    let defines: Vec<String> = DEFINES.iter().map(|(n, v)| format!("{n}={v}")).collect();
    println!("cargo::metadata=defines={}", defines.join(","));
    println!("cargo::metadata=cxxflags={}", CXXFLAGS.join(","));
    println!("cargo::rustc-env=VERILATOR_VERSION={version}");
    Ok(())
}

/// Flags of verilated.mk's CFG_CXXFLAGS_NO_UNUSED that gcc and clang both take: Verilator's code
/// (runtime and generated models alike, hence exported) is written against them.
const CXXFLAGS: &[&str] = &[
    "-faligned-new",
    "-Wno-bool-operation",
    "-Wno-sign-compare",
    "-Wno-uninitialized",
    "-Wno-unused-but-set-variable",
    "-Wno-unused-parameter",
    "-Wno-unused-variable",
    "-Wno-shadow",
];

/// `$VERILATOR` if set (a self-built Verilator), else `verilator` on `PATH`, as an absolute path
/// so that dependents run exactly the Verilator whose runtime is linked.
fn find_verilator() -> Result<PathBuf, String> {
    if let Some(v) = env::var_os("VERILATOR") {
        let p = PathBuf::from(v);
        return if p.is_file() {
            Ok(p)
        } else {
            Err(format!("VERILATOR={} is not a file\n       fix: unset VERILATOR, or {INSTALL_HINT}", p.display()))
        };
    }
    let path = env::var_os("PATH").unwrap_or_default();
    env::split_paths(&path)
        .map(|dir| dir.join("verilator"))
        .find(|p| is_executable(p))
        .ok_or_else(|| format!("`verilator` was not found on PATH\n       fix: {INSTALL_HINT}"))
}

#[cfg(unix)]
fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata().is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(p: &Path) -> bool {
    p.is_file()
}

fn capture(exe: &Path, args: &[&str]) -> Result<String, String> {
    let shown = format!("{} {}", exe.display(), args.join(" "));
    let out = Command::new(exe)
        .args(args)
        .output()
        .map_err(|e| format!("cannot run `{shown}`: {e}\n       fix: {INSTALL_HINT}"))?;
    if !out.status.success() {
        return Err(format!(
            "`{shown}` failed ({}): {}\n       fix: {INSTALL_HINT}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// "Verilator 5.006 2023-01-22 rev (Debian 5.006-3)" -> "5.006".
fn parse_version(line: &str) -> Option<String> {
    let mut words = line.split_whitespace();
    (words.next()? == "Verilator").then_some(())?;
    let v = words.next()?;
    v.chars().next()?.is_ascii_digit().then(|| v.to_string())
}
