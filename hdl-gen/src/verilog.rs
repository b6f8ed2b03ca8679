//! Turns rust-hdl's Verilog into `rtl/`: one file per block, modules named after the blocks.
//!
//! rust-hdl names a sub-module by its path (`ftsync_core$tracker$bitmap0`). Here the first
//! path element below the top picks the block (`tracker` → `write_tracker`) and the rest
//! becomes a suffix (`write_tracker_bitmap0`), so the files read like hand-made RTL and an
//! independent testbench can instantiate a block by its name.
//!
//! The tops that wrap the core — `ftsync_uart_top` and the board tops — are written by
//! [`self_contained`] as one file each under `rtl/uart/` and `rtl/boards/`, every sub-module
//! prefixed with the top's name, so that a tool reads one file and `rtl/*.v` stays the core's.

use crate::ftsync_core::FtsyncCoreDefault;
use crate::Error;
use rust_hdl::core::check_error::check_all;
use rust_hdl::core::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

/// The command that regenerates every generated file of the repository.
pub const REGENERATE: &str = "cargo run -p hdl-gen";

/// Name of the top module.
pub const TOP: &str = "ftsync_core";

/// Instance field of the top → module (and file) name of the block.
pub const BLOCKS: &[(&str, &str)] =
    &[("csr", "ftsync_csr"), ("tracker", "write_tracker"), ("epoch", "epoch_counter"), ("cmp", "link_comparator")];

/// A generated file, path relative to the repository root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    pub path: PathBuf,
    pub contents: String,
}

fn header(comment: &str, what: &str) -> String {
    format!("{comment} {what} — generated, do not edit; regenerate with `{REGENERATE}`\n")
}

/// Every generated file: the RTL of the default core and the register map documents.
pub fn generate_all() -> Result<Vec<Generated>, Error> {
    let mut core = FtsyncCoreDefault::new();
    core.connect_all();
    let mut out = rtl_files(&core)?;
    let params = FtsyncCoreDefault::params();
    out.push(self_contained(
        crate::uart_top::FtsyncUartTopDefault::default(),
        UART_TOP,
        UART_TOP_PATH,
        UART_TOP_ABOUT,
    )?);
    out.push(self_contained(
        crate::boards::ulx3s::Ulx3sTop::new(),
        "ulx3s_top",
        "rtl/boards/ulx3s_top.v",
        "ULX3S (ECP5 LFE5U-85F) board top, ftsync_uart_top with the default core on the 25 MHz oscillator; \
hdl-gen/src/boards/ulx3s.rs, pins in constraints/ulx3s/ulx3s.lpf",
    )?);
    out.push(self_contained(
        crate::boards::icebreaker::IcebreakerTop::new(),
        "icebreaker_top",
        "rtl/boards/icebreaker_top.v",
        "iCEBreaker (iCE40 UP5K) board top, ftsync_uart_top with 32-bit streams and 8-word FIFOs on the 12 MHz \
oscillator; hdl-gen/src/boards/icebreaker.rs, pins in constraints/icebreaker/icebreaker.pcf",
    )?);
    out.push(Generated { path: "docs/regmap.json".into(), contents: regmap::to_json(&params) });
    out.push(Generated { path: "docs/regmap.md".into(), contents: regmap::to_markdown(&params) });
    Ok(out)
}

/// Split the Verilog of a connected `ftsync_core` into `rtl/<block>.v` files.
pub fn rtl_files<B: Block>(top: &B) -> Result<Vec<Generated>, Error> {
    check_all(top).map_err(|e| Error::CheckDesign(format!("{e:?}")))?;
    let mut defines = ModuleDefines::default();
    top.accept(TOP, &mut defines);
    let text = defines.defines();

    let modules = split_modules(&text)?;
    let mut renames: HashMap<String, String> = HashMap::new();
    let mut files: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (name, _) in &modules {
        let (new_name, file) = rename(name)?;
        renames.insert(name.clone(), new_name);
        files.entry(file).or_default().push(name.clone());
    }
    let bodies: HashMap<&str, &str> = modules.iter().map(|(n, b)| (n.as_str(), b.as_str())).collect();
    Ok(files
        .into_iter()
        .map(|(file, names)| {
            let mut contents = header("//", &format!("rtl/{file}.v"));
            contents
                .push_str("// Source: hdl-gen (rust-hdl). Top: ftsync_core; ports and registers in docs/regmap.md.\n");
            for n in names {
                contents.push('\n');
                contents.push_str(&rename_identifiers(bodies[n.as_str()], &renames));
                contents.push('\n');
            }
            Generated { path: PathBuf::from(format!("rtl/{file}.v")), contents }
        })
        .collect())
}

/// Top module of the UART-bridged core.
pub const UART_TOP: &str = "ftsync_uart_top";
/// Its file. Not in `rtl/` itself: `sim/` and the lint and synthesis tests read `rtl/*.v` as
/// the modules of `ftsync_core`, and this file repeats them under other names.
pub const UART_TOP_PATH: &str = "rtl/uart/ftsync_uart_top.v";
const UART_TOP_ABOUT: &str = "ftsync_core (default parameters) behind the UART-to-Wishbone bridge, 25 MHz clock, \
115200 baud (217 clocks per bit); hdl-gen/src/uart_top.rs";

/// One self-contained Verilog file for the design below `top`: the top module is `name`, every
/// sub-module is renamed from rust-hdl's path (`name$core$tracker`) to `name_core_tracker`, so
/// the file needs no other file and its modules never clash with `rtl/*.v`'s.
pub fn self_contained<B: Block>(mut top: B, name: &str, path: &str, about: &str) -> Result<Generated, Error> {
    top.connect_all();
    check_all(&top).map_err(|e| Error::CheckDesign(format!("{e:?}")))?;
    let mut defines = ModuleDefines::default();
    top.accept(name, &mut defines);
    let modules = split_modules(&defines.defines())?;
    let mut renames: HashMap<String, String> = HashMap::new();
    for (module, _) in &modules {
        let new_name = module.replace('$', "_");
        if renames.values().any(|n| *n == new_name) {
            return Err(Error::NameModule { module: module.clone() });
        }
        renames.insert(module.clone(), new_name);
    }
    let mut contents = header("//", path);
    contents.push_str(&format!("// Source: hdl-gen (rust-hdl). Top: {name}: {about}.\n"));
    contents.push_str("// Self-contained: every module it instantiates is below, none is shared with rtl/*.v.\n");
    for (_, body) in &modules {
        contents.push('\n');
        contents.push_str(&rename_identifiers(body, &renames));
        contents.push('\n');
    }
    Ok(Generated { path: PathBuf::from(path), contents })
}

/// `(module name, text from "module" to "endmodule // name")`, in rust-hdl's order.
fn split_modules(text: &str) -> Result<Vec<(String, String)>, Error> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("module ") {
        let after = &rest[start + "module ".len()..];
        let name_end = after.find('(').ok_or_else(|| Error::SplitModules("module without a port list".into()))?;
        let name = after[..name_end].trim().to_string();
        let end_marker = format!("endmodule // {name}");
        let end =
            rest[start..].find(&end_marker).ok_or_else(|| Error::SplitModules(format!("module {name} has no end")))?;
        let body = rest[start..start + end + end_marker.len()].trim_end().to_string();
        let body = body.lines().map(str::trim_end).collect::<Vec<_>>().join("\n");
        out.push((name, body));
        rest = &rest[start + end + end_marker.len()..];
    }
    if out.is_empty() {
        return Err(Error::SplitModules("rust-hdl produced no modules".into()));
    }
    Ok(out)
}

/// New module name and file for a rust-hdl module path.
fn rename(path: &str) -> Result<(String, String), Error> {
    if path == TOP {
        return Ok((TOP.into(), TOP.into()));
    }
    let rest = path.strip_prefix(&format!("{TOP}$")).ok_or_else(|| Error::NameModule { module: path.into() })?;
    let mut parts = rest.split('$');
    let field = parts.next().unwrap_or_default();
    let block = BLOCKS
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, b)| *b)
        .ok_or_else(|| Error::NameModule { module: path.into() })?;
    let mut name = block.to_string();
    for p in parts {
        name.push('_');
        name.push_str(p);
    }
    Ok((name, block.to_string()))
}

/// Replace whole identifiers (Verilog identifiers may contain `$`).
fn rename_identifiers(text: &str, renames: &HashMap<String, String>) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_' || bytes[i] == b'$') {
                i += 1;
            }
            let ident = &text[start..i];
            out.push_str(renames.get(ident).map(String::as_str).unwrap_or(ident));
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// Folders whose `.v` files are all generated: `ftsync_core`'s blocks, and the self-contained
/// tops (UART-bridged core, board tops).
pub const RTL_DIRS: &[&str] = &["rtl", "rtl/uart", "rtl/boards"];

/// The committed RTL below the repository `root`, sorted: what lint, synthesis and simulation read.
pub fn rtl_paths(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(root.join("rtl"))? {
        let p = entry?.path();
        if p.extension().is_some_and(|e| e == "v") {
            files.push(p);
        }
    }
    files.sort();
    Ok(files)
}

/// The committed self-contained tops below `root` (`rtl/uart/*.v`, `rtl/boards/*.v`), sorted;
/// each file's top module is named like the file.
pub fn self_contained_paths(root: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for dir in RTL_DIRS.iter().filter(|d| **d != "rtl") {
        let dir = root.join(dir);
        if !dir.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(dir)? {
            let p = entry?.path();
            if p.extension().is_some_and(|e| e == "v") {
                files.push(p);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// The repository root of this checkout.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Write `files` below `root`, replacing generated RTL that is no longer produced.
pub fn write_all(root: &Path, files: &[Generated]) -> Result<(), Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::WriteFile { path, source }
    };
    for dir in RTL_DIRS {
        let rtl = root.join(dir);
        if rtl.is_dir() {
            for entry in std::fs::read_dir(&rtl).map_err(io(&rtl))? {
                let p = entry.map_err(io(&rtl))?.path();
                if p.extension().is_some_and(|e| e == "v") {
                    std::fs::remove_file(&p).map_err(io(&p))?;
                }
            }
        }
    }
    for f in files {
        let path = root.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        std::fs::write(&path, &f.contents).map_err(io(&path))?;
    }
    Ok(())
}
