//! Turns rust-hdl's Verilog into `rtl/`: one file per block, modules named after the blocks.
//!
//! rust-hdl names a sub-module by its path (`ftsync_core$tracker$bitmap0`). Here the first
//! path element below the top picks the block (`tracker` → `write_tracker`) and the rest
//! becomes a suffix (`write_tracker_bitmap0`), so the files read like hand-made RTL and an
//! independent testbench can instantiate a block by its name.
//!
//! The tops that wrap the core — `ftsync_uart_top` and the board tops — are written by
//! [`top_file`] as one file each under `rtl/uart/` and `rtl/boards/`, every sub-module prefixed
//! with the top's name so that none clashes with `rtl/*.v`'s. A top whose core is the default
//! generation ([`CoreCopy::Shared`]) keeps only its own logic and instantiates `ftsync_core`
//! from `rtl/*.v`, which a tool then reads too; the generator proves the core identical to
//! the default one, module by module, before it leaves it out. A top with another generation of
//! the core (iCEBreaker) carries its own copy ([`CoreCopy::Own`]) and needs no other file.

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

/// Every generated file: the RTL of the default core, the tops around it and the register map
/// documents.
pub fn generate_all() -> Result<Vec<Generated>, Error> {
    let mut core = FtsyncCoreDefault::new();
    core.connect_all();
    let core_modules = core_modules(&core)?;
    let mut out = block_files(&core_modules);
    let params = FtsyncCoreDefault::params();
    let shared = CoreCopy::Shared { instance: "core", modules: &core_modules };
    out.push(top_file(
        crate::uart_top::FtsyncUartTopDefault::default(),
        UART_TOP,
        UART_TOP_PATH,
        UART_TOP_ABOUT,
        shared,
    )?);
    out.push(top_file(
        crate::boards::ulx3s::Ulx3sTop::new(),
        "ulx3s_top",
        "rtl/boards/ulx3s_top.v",
        "ULX3S (ECP5 LFE5U-85F) board top, ftsync_uart_top with the default core on the 25 MHz oscillator; \
hdl-gen/src/boards/ulx3s.rs, pins in constraints/ulx3s/ulx3s.lpf",
        CoreCopy::Shared { instance: "ftsync$core", modules: &core_modules },
    )?);
    // Not the default generation (32-bit streams, 8-word FIFOs): its core modules differ.
    out.push(top_file(
        crate::boards::icebreaker::IcebreakerTop::new(),
        "icebreaker_top",
        "rtl/boards/icebreaker_top.v",
        "iCEBreaker (iCE40 UP5K) board top, ftsync_uart_top with 32-bit streams and 8-word FIFOs on the 12 MHz \
oscillator; hdl-gen/src/boards/icebreaker.rs, pins in constraints/icebreaker/icebreaker.pcf",
        CoreCopy::Own,
    )?);
    out.push(Generated { path: "docs/regmap.json".into(), contents: regmap::to_json(&params) });
    out.push(Generated { path: "docs/regmap.md".into(), contents: regmap::to_markdown(&params) });
    Ok(out)
}

/// The modules of a connected `ftsync_core`, renamed (`ftsync_core$tracker$bitmap0` →
/// `write_tracker_bitmap0`): `(file, module name, text)`, in rust-hdl's order.
pub struct CoreModules(Vec<(String, String, String)>);

/// rust-hdl's Verilog of a connected `ftsync_core`, split into its blocks' modules.
pub fn core_modules<B: Block>(top: &B) -> Result<CoreModules, Error> {
    check_all(top).map_err(|e| Error::CheckDesign(format!("{e:?}")))?;
    let mut defines = ModuleDefines::default();
    top.accept(TOP, &mut defines);
    let modules = split_modules(&defines.defines())?;
    let mut renames: HashMap<String, String> = HashMap::new();
    let mut files = Vec::new();
    for (name, _) in &modules {
        let (new_name, file) = rename(name)?;
        renames.insert(name.clone(), new_name);
        files.push(file);
    }
    Ok(CoreModules(
        modules
            .iter()
            .zip(files)
            .map(|((name, body), file)| (file, renames[name].clone(), rename_identifiers(body, &renames)))
            .collect(),
    ))
}

/// Split the Verilog of a connected `ftsync_core` into `rtl/<block>.v` files.
pub fn rtl_files<B: Block>(top: &B) -> Result<Vec<Generated>, Error> {
    Ok(block_files(&core_modules(top)?))
}

/// A core's modules as `rtl/<block>.v` files.
pub fn block_files(core: &CoreModules) -> Vec<Generated> {
    let mut files: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (file, _, body) in &core.0 {
        files.entry(file).or_default().push(body);
    }
    files
        .into_iter()
        .map(|(file, bodies)| {
            let mut contents = header("//", &format!("rtl/{file}.v"));
            contents
                .push_str("// Source: hdl-gen (rust-hdl). Top: ftsync_core; ports and registers in docs/regmap.md.\n");
            for body in bodies {
                contents.push('\n');
                contents.push_str(body);
                contents.push('\n');
            }
            Generated { path: PathBuf::from(format!("rtl/{file}.v")), contents }
        })
        .collect()
}

/// Top module of the UART-bridged core.
pub const UART_TOP: &str = "ftsync_uart_top";
/// Its file. Not in `rtl/` itself: `sim/` and the lint and synthesis tests read `rtl/*.v` as
/// the modules of `ftsync_core`, and this file adds the bridge around them.
pub const UART_TOP_PATH: &str = "rtl/uart/ftsync_uart_top.v";
const UART_TOP_ABOUT: &str = "ftsync_core (default parameters) behind the UART-to-Wishbone bridge, 25 MHz clock, \
115200 baud (217 clocks per bit); hdl-gen/src/uart_top.rs";

/// Where a top's core comes from.
#[derive(Clone, Copy)]
pub enum CoreCopy<'a> {
    /// The top's file carries its core's modules, renamed like its own: it needs no other file.
    Own,
    /// The core below the top's instance path `instance` (`ftsync$core`) is the default
    /// generation, `modules`: the file instantiates `ftsync_core` and leaves its modules to
    /// `rtl/*.v`. Refused unless every module of that core equals its `rtl/*.v` module.
    Shared { instance: &'a str, modules: &'a CoreModules },
}

/// One Verilog file for the design below `top`: the top module is `name`, every sub-module is
/// renamed from rust-hdl's path (`name$bridge$rx`) to `name_bridge_rx`, so its modules never
/// clash with `rtl/*.v`'s; the core's are its own or `rtl/*.v`'s, as `core` says.
pub fn top_file<B: Block>(mut top: B, name: &str, path: &str, about: &str, core: CoreCopy) -> Result<Generated, Error> {
    top.connect_all();
    check_all(&top).map_err(|e| Error::CheckDesign(format!("{e:?}")))?;
    let mut defines = ModuleDefines::default();
    top.accept(name, &mut defines);
    let modules = split_modules(&defines.defines())?;
    // rust-hdl path of the shared core → its path below a bare `ftsync_core`, for `rename`.
    let core_path = |module: &str| -> Option<String> {
        let CoreCopy::Shared { instance, .. } = core else { return None };
        let prefix = format!("{name}${instance}");
        let rest = module.strip_prefix(&prefix)?;
        (rest.is_empty() || rest.starts_with('$')).then(|| format!("{TOP}{rest}"))
    };
    let mut renames: HashMap<String, String> = HashMap::new();
    for (module, _) in &modules {
        let new_name = match core_path(module) {
            Some(p) => rename(&p)?.0,
            None => module.replace('$', "_"),
        };
        if renames.values().any(|n| *n == new_name) {
            return Err(Error::NameModule { module: module.clone() });
        }
        renames.insert(module.clone(), new_name);
    }
    let mut own = Vec::new();
    let mut core_bodies: BTreeMap<String, String> = BTreeMap::new();
    for (module, body) in &modules {
        let body = rename_identifiers(body, &renames);
        if core_path(module).is_some() {
            core_bodies.insert(renames[module].clone(), body);
        } else {
            own.push(body);
        }
    }
    let mut contents = header("//", path);
    contents.push_str(&format!("// Source: hdl-gen (rust-hdl). Top: {name}: {about}.\n"));
    match core {
        CoreCopy::Own => contents
            .push_str("// Self-contained: every module it instantiates is below, none is shared with rtl/*.v.\n"),
        CoreCopy::Shared { modules: default, .. } => {
            same_core(name, &core_bodies, default)?;
            contents.push_str(
                "// Instantiates ftsync_core (the default generation): read it with rtl/*.v, which hold the core.\n",
            );
        }
    }
    for body in own {
        contents.push('\n');
        contents.push_str(&body);
        contents.push('\n');
    }
    Ok(Generated { path: PathBuf::from(path), contents })
}

/// The core found in top `name` (renamed module → text) is module for module the default one.
fn same_core(name: &str, found: &BTreeMap<String, String>, default: &CoreModules) -> Result<(), Error> {
    let differs = |module: &str| Error::CoreNotDefault { top: name.into(), module: module.into() };
    if !found.contains_key(TOP) {
        return Err(differs(TOP));
    }
    for (_, module, body) in &default.0 {
        if found.get(module) != Some(body) {
            return Err(differs(module));
        }
    }
    if let Some(extra) = found.keys().find(|m| !default.0.iter().any(|(_, d, _)| d == *m)) {
        return Err(differs(extra));
    }
    Ok(())
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

/// Folders whose `.v` files are all generated: `ftsync_core`'s blocks, and the tops around it
/// (UART-bridged core, board tops).
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

/// The committed tops below `root` (`rtl/uart/*.v`, `rtl/boards/*.v`), sorted; each file's top
/// module is named like the file. Whether a top needs `rtl/*.v`: [`needs_core_files`].
pub fn top_paths(root: &Path) -> std::io::Result<Vec<PathBuf>> {
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

/// Whether the top in `text` (a file of [`top_paths`]) instantiates `ftsync_core` from
/// `rtl/*.v` rather than carrying its own core.
pub fn needs_core_files(text: &str) -> bool {
    text.lines().any(|l| l.trim_start().starts_with(&format!("{TOP} ")))
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
