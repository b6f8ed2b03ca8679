//! Verilate the generated RTL and compile each model with a generated `extern "C"` shim.
//!
//! Two models: `ftsync_core` (`rtl/*.v`) and the board-less UART top `ftsync_uart_top`
//! (`rtl/uart/ftsync_uart_top.v` with the core files `rtl/*.v`, which it instantiates: the core
//! behind the UART-to-Wishbone bridge, which `ftsync sim-serve --pty` runs). For each,
//! [`build_model`]: `verilator --cc --trace` into `OUT_DIR/<top>`; the model's C++ files from
//! `V<top>_classes.mk` (Verilator's own list, so a new Verilator that splits files differently
//! still builds); the port list from `V<top>.h`, from which both sides of the binding are generated (`<top>_shim.cpp` and `<top>_ports.rs`),
//! so a port added to the RTL cannot be half-bound. The Verilator runtime comes from the
//! `verilator-runtime` crate (`DEP_VERILATED_*`).

use std::collections::BTreeMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// Driven by the shim itself; every other port is bound to the model's Rust input/output types.
const CLOCK: &str = "clk";

/// One Verilated model and the Rust types its ports are bound to.
struct ModelSpec {
    /// Verilog top module; also names the shim's C symbols (`v<top>_new`, ...) and files.
    top: &'static str,
    rtl: Vec<PathBuf>,
    /// Rust structs (with a field per port but the clock; 1-bit ports `bool`) that the
    /// generated `PortsIn::from_inputs` / `PortsOut::to_outputs` convert from and to.
    rust_inputs: &'static str,
    rust_outputs: &'static str,
}

impl ModelSpec {
    /// Verilator's `--prefix`: the C++ class.
    fn prefix(&self) -> String {
        format!("V{}", self.top)
    }
    /// Prefix of the shim's C symbols and structs.
    fn sym(&self) -> String {
        format!("v{}", self.top)
    }
}

/// What every model is built with.
struct Toolchain {
    verilator: PathBuf,
    includes: Vec<PathBuf>,
    runtime_units: Vec<String>,
    runtime_defines: String,
    runtime_cxxflags: String,
    waivers: PathBuf,
    out: PathBuf,
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: sim: {e}");
            ExitCode::FAILURE
        }
    }
}

fn var(name: &str) -> Result<String, String> {
    env::var(name)
        .map_err(|_| format!("{name} is not set (is `verilator-runtime` a dependency with links = \"verilated\"?)"))
}

fn verilog_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("reading {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "v"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no .v files in {}", dir.display()));
    }
    Ok(files)
}

fn run() -> Result<(), String> {
    let manifest = PathBuf::from(var("CARGO_MANIFEST_DIR")?);
    let tools = Toolchain {
        verilator: PathBuf::from(var("DEP_VERILATED_VERILATOR")?),
        includes: env::split_paths(&var("DEP_VERILATED_INCLUDE")?).collect(),
        runtime_units: var("DEP_VERILATED_UNITS")?.split(',').map(str::to_string).collect(),
        runtime_defines: var("DEP_VERILATED_DEFINES")?,
        runtime_cxxflags: var("DEP_VERILATED_CXXFLAGS")?,
        waivers: manifest.join("../hdl-gen/lint/waivers.vlt"),
        out: PathBuf::from(var("OUT_DIR")?),
    };
    let rtl_dir = manifest.join("../rtl");
    let uart_dir = rtl_dir.join("uart");
    println!("cargo::rerun-if-changed=build.rs");
    // The directories themselves, so that a new block file is picked up too.
    println!("cargo::rerun-if-changed={}", rtl_dir.display());
    println!("cargo::rerun-if-changed={}", uart_dir.display());
    println!("cargo::rerun-if-changed={}", tools.waivers.display());
    let uart_top = uart_dir.join("ftsync_uart_top.v");
    let core_files = verilog_files(&rtl_dir)?;
    let models = [
        ModelSpec {
            top: "ftsync_core",
            rtl: core_files.clone(),
            rust_inputs: "regbus::CoreInputs",
            rust_outputs: "regbus::CoreOutputs",
        },
        // The bridge and its own modules; it instantiates `ftsync_core` from the core files.
        ModelSpec {
            top: "ftsync_uart_top",
            rtl: [core_files, vec![uart_top]].concat(),
            rust_inputs: "crate::uart_top::UartTopInputs",
            rust_outputs: "crate::uart_top::UartTopOutputs",
        },
    ];
    for m in &models {
        for f in &m.rtl {
            println!("cargo::rerun-if-changed={}", f.display());
        }
        build_model(m, &tools).map_err(|e| format!("{}: {e}", m.top))?;
    }
    Ok(())
}

fn build_model(m: &ModelSpec, tools: &Toolchain) -> Result<(), String> {
    let prefix = m.prefix();
    if let Some(missing) = m.rtl.iter().find(|f| !f.exists()) {
        return Err(format!("{} is missing (regenerate rtl/ with `cargo run -p hdl-gen`)", missing.display()));
    }
    // A fresh directory: files of an older verilation must not survive into this one.
    let mdir = tools.out.join(m.top);
    if mdir.exists() {
        fs::remove_dir_all(&mdir).map_err(|e| format!("removing {}: {e}", mdir.display()))?;
    }
    fs::create_dir_all(&mdir).map_err(|e| format!("creating {}: {e}", mdir.display()))?;
    let mut cmd = Command::new(&tools.verilator);
    cmd.args(["--cc", "--trace", "--top-module", m.top, "--prefix", &prefix])
        // rtl/ has no `timescale; 1 ns units make the shim's 10-unit clock period read as 100 MHz.
        .args(["--timescale", "1ns/1ns"])
        .arg("--Mdir")
        .arg(&mdir)
        .arg(&tools.waivers)
        .args(&m.rtl);
    let shown = format!("{cmd:?}");
    let result = cmd.output().map_err(|e| format!("cannot run {shown}: {e}"))?;
    if !result.status.success() {
        return Err(format!(
            "{shown} failed ({}):\n{}{}",
            result.status,
            String::from_utf8_lossy(&result.stdout),
            String::from_utf8_lossy(&result.stderr)
        ));
    }

    let classes_mk = mdir.join(format!("{prefix}_classes.mk"));
    let mk = parse_make_vars(&read(&classes_mk)?);
    let list = |name: &str| mk.get(name).cloned().unwrap_or_default();
    let switch = |name: &str| -> Result<String, String> {
        list(name).first().cloned().ok_or_else(|| format!("{}: no {name}", classes_mk.display()))
    };
    if switch("VM_TIMING")? != "0" {
        return Err(
            "the model needs Verilator's timing runtime (delays in rtl/); the shim only drives clock edges".into()
        );
    }
    let globals: Vec<String> = [list("VM_GLOBAL_FAST"), list("VM_GLOBAL_SLOW")].concat();
    if let Some(missing) = globals.iter().find(|g| !tools.runtime_units.contains(g)) {
        return Err(format!(
            "the model needs the runtime unit {missing}.cpp, which verilator-runtime does not compile (it has {})",
            tools.runtime_units.join(", ")
        ));
    }
    let model_units: Vec<String> =
        [list("VM_CLASSES_FAST"), list("VM_CLASSES_SLOW"), list("VM_SUPPORT_FAST"), list("VM_SUPPORT_SLOW")].concat();
    if model_units.is_empty() {
        return Err(format!("{}: no model classes listed", classes_mk.display()));
    }

    let header = mdir.join(format!("{prefix}.h"));
    let ports = parse_ports(&read(&header)?).map_err(|e| format!("{}: {e}", header.display()))?;
    if !ports.iter().any(|p| p.name == CLOCK && p.dir == Dir::In && p.width == 1) {
        return Err(format!("{}: no 1-bit input `{CLOCK}`", header.display()));
    }
    let shim = mdir.join(format!("{}_shim.cpp", m.top));
    write(&shim, &shim_cpp(m, &ports))?;
    write(&tools.out.join(format!("{}_ports.rs", m.top)), &ports_rs(m, &ports))?;

    let mut build = cc::Build::new();
    build
        .cpp(true)
        .std("c++17")
        // Debug and test builds too: at -O0 the model runs ~4x slower (measured), and tests drive
        // millions of cycles; the model is compiled once per build, not per test.
        .opt_level(2)
        .debug(false)
        .warnings(false)
        .include(&mdir)
        .includes(&tools.includes);
    for flag in tools.runtime_cxxflags.split(',').filter(|f| !f.is_empty()) {
        build.flag(flag);
    }
    // The runtime's switches, overridden by those the model's makefile sets.
    let mut defines: BTreeMap<String, String> = BTreeMap::new();
    for d in tools.runtime_defines.split(',').filter(|d| !d.is_empty()) {
        let (n, v) = d.split_once('=').unwrap_or((d, "1"));
        defines.insert(n.to_string(), v.to_string());
    }
    for name in ["VM_COVERAGE", "VM_TRACE", "VM_TRACE_VCD", "VM_TRACE_FST"] {
        defines.insert(name.to_string(), switch(name)?);
    }
    for (n, v) in &defines {
        build.define(n, v.as_str());
    }
    build.files(model_units.iter().map(|u| mdir.join(format!("{u}.cpp"))));
    build.file(&shim);
    build.try_compile(&m.sym()).map_err(|e| format!("compiling the Verilated model: {e}"))?;
    Ok(())
}

fn read(p: &Path) -> Result<String, String> {
    fs::read_to_string(p).map_err(|e| format!("reading {}: {e}", p.display()))
}

fn write(p: &Path, text: &str) -> Result<(), String> {
    fs::write(p, text).map_err(|e| format!("writing {}: {e}", p.display()))
}

/// `NAME = a b` and `NAME += \` continuation lists of a Verilator-generated makefile.
fn parse_make_vars(text: &str) -> BTreeMap<String, Vec<String>> {
    let mut vars: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut logical = String::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        if let Some(cont) = line.trim_end().strip_suffix('\\') {
            logical.push_str(cont);
            logical.push(' ');
            continue;
        }
        logical.push_str(line);
        let stmt = std::mem::take(&mut logical);
        let (name, values) = if let Some((n, v)) = stmt.split_once("+=") {
            (n, v)
        } else if let Some((n, v)) = stmt.split_once('=') {
            (n, v)
        } else {
            continue;
        };
        let name = name.trim();
        if name.is_empty() || name.contains(char::is_whitespace) {
            continue;
        }
        vars.entry(name.to_string()).or_default().extend(values.split_whitespace().map(str::to_string));
    }
    vars
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Dir {
    In,
    Out,
}

struct Port {
    name: String,
    dir: Dir,
    width: u32,
    /// Verilator's storage: 8, 16, 32 or 64 bits.
    bits: u32,
}

/// `VL_IN8(&clk,0,0);` ... `VL_OUT64(&o_data,63,0);` of the model's public header.
fn parse_ports(header: &str) -> Result<Vec<Port>, String> {
    let mut ports = Vec::new();
    for line in header.lines().map(str::trim) {
        let Some(rest) = line.strip_prefix("VL_") else { continue };
        let Some((kind, args)) = rest.split_once('(') else {
            continue;
        };
        let (dir, suffix) = if let Some(s) = kind.strip_prefix("INOUT") {
            return Err(format!("inout port ({line}) cannot be driven from the shim{s}"));
        } else if let Some(s) = kind.strip_prefix("IN") {
            (Dir::In, s)
        } else if let Some(s) = kind.strip_prefix("OUT") {
            (Dir::Out, s)
        } else {
            continue;
        };
        let bits = match suffix {
            "8" => 8,
            "16" => 16,
            "" => 32,
            "64" => 64,
            "W" => return Err(format!("port wider than 64 bits ({line}): the shim has no VlWide support")),
            _ => continue,
        };
        let args = args.trim_end_matches(';').trim_end_matches(')');
        let parts: Vec<&str> = args.split(',').map(str::trim).collect();
        let [name, msb, lsb] = parts[..] else {
            return Err(format!("unexpected port declaration `{line}`"));
        };
        let name = name.trim_start_matches('&');
        let (msb, lsb): (u32, u32) = match (msb.parse(), lsb.parse()) {
            (Ok(m), Ok(l)) if m >= l => (m, l),
            _ => return Err(format!("unexpected range in `{line}`")),
        };
        if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(format!("port name `{name}` is not a plain identifier"));
        }
        ports.push(Port { name: name.to_string(), dir, width: msb - lsb + 1, bits });
    }
    if ports.is_empty() {
        return Err("no VL_IN/VL_OUT port declarations found".into());
    }
    Ok(ports)
}

fn c_type(p: &Port) -> String {
    format!("uint{}_t", p.bits)
}

fn rust_type(p: &Port) -> String {
    format!("u{}", p.bits)
}

fn bound(ports: &[Port], dir: Dir) -> impl Iterator<Item = &Port> {
    ports.iter().filter(move |p| p.dir == dir && p.name != CLOCK)
}

fn shim_cpp(m: &ModelSpec, ports: &[Port]) -> String {
    let (prefix, sym, top) = (m.prefix(), m.sym(), m.top);
    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(w, "// Generated by sim/build.rs from {prefix}.h; the Rust side is {top}_ports.rs.");
    let _ = writeln!(w, "#include \"{prefix}.h\"\n#include \"verilated.h\"\n#include \"verilated_vcd_c.h\"");
    let _ = writeln!(w, "#include <cstdint>\n#include <memory>\n");
    for (dir, name) in [(Dir::In, format!("{sym}_in")), (Dir::Out, format!("{sym}_out"))] {
        let _ = writeln!(w, "struct {name} {{");
        for p in bound(ports, dir) {
            let _ = writeln!(w, "    {} {};", c_type(p), p.name);
        }
        let _ = writeln!(w, "}};\n");
    }
    let _ = writeln!(
        w,
        r#"namespace {{
struct Sim {{
    // Declared first so it is destroyed last: the model and the trace refer to it.
    std::unique_ptr<VerilatedContext> ctx;
    std::unique_ptr<{prefix}> top;
    std::unique_ptr<VerilatedVcdC> vcd;
    uint64_t cycle = 0;
    // The model has been evaluated with clk low and exactly these inputs since anything else
    // happened to it. Evaluating it again would change nothing, and the port driver asks for
    // the same inputs two or three times a cycle (eval, eval, tick): skipping those repeats
    // saves about a third of the time, since Verilator re-runs all input-dependent logic on
    // every eval() whether or not an input changed.
    bool settled = false;
    {sym}_in settled_in{{}};
}};

// Verilator finds the context of the current thread through a thread-local pointer; a model
// may be called from any thread (Rust moves it around), so every entry point re-binds it.
Sim* bind(void* h) {{
    Sim* s = static_cast<Sim*>(h);
    Verilated::threadContextp(s->ctx.get());
    return s;
}}
"#
    );
    // Inputs are masked to their width: Verilator assumes the bits above a port's width are 0.
    let _ = writeln!(w, "void apply({prefix}* t, const {sym}_in* in) {{");
    for p in bound(ports, Dir::In) {
        if p.width == p.bits {
            let _ = writeln!(w, "    t->{n} = in->{n};", n = p.name);
        } else {
            let _ = writeln!(w, "    t->{n} = in->{n} & {m:#x}ULL;", n = p.name, m = (1u128 << p.width) - 1);
        }
    }
    let _ = writeln!(w, "}}\n\nvoid read(const {prefix}* t, {sym}_out* out) {{");
    for p in bound(ports, Dir::Out) {
        let _ = writeln!(w, "    out->{n} = t->{n};", n = p.name);
    }
    let _ = writeln!(w, "}}\n\nbool same(const {sym}_in* a, const {sym}_in* b) {{");
    let fields: Vec<String> = bound(ports, Dir::In).map(|p| format!("a->{n} == b->{n}", n = p.name)).collect();
    let _ = writeln!(w, "    return {};", fields.join("\n        && "));
    let _ = writeln!(
        w,
        r#"}}

// clk low, `in` applied, logic settled.
void settle(Sim* s, const {sym}_in* in) {{
    if (s->settled && same(&s->settled_in, in)) return;
    apply(s->top.get(), in);
    s->top->{CLOCK} = 0;
    s->top->eval();
    s->settled_in = *in;
    s->settled = true;
}}
}}  // namespace
"#
    );
    let _ = writeln!(
        w,
        r#"// noexcept: a C++ exception must not unwind into Rust; it terminates instead.
extern "C" {{

void* {sym}_new() noexcept {{
    Sim* s = new Sim;
    s->ctx = std::make_unique<VerilatedContext>();
    // Only a flag; set up front so a trace can be opened at any time, not just before time 0.
    s->ctx->traceEverOn(true);
    s->top = std::make_unique<{prefix}>(s->ctx.get(), "TOP");
    s->top->{CLOCK} = 0;
    return s;
}}

void {sym}_free(void* h) noexcept {{
    Sim* s = bind(h);
    s->top->final();
    if (s->vcd) s->vcd->close();
    s->vcd.reset();
    s->top.reset();
    s->ctx.reset();
    delete s;
    // Nothing may find the freed context through this thread's pointer.
    Verilated::threadContextp(nullptr);
}}

void {sym}_eval(void* h, const {sym}_in* in, {sym}_out* out) noexcept {{
    Sim* s = bind(h);
    settle(s, in);
    read(s->top.get(), out);
}}

// n rising edges with the same inputs; a clock period is 10 time units (1 ns each).
uint64_t {sym}_tick(void* h, const {sym}_in* in, {sym}_out* out, uint64_t n) noexcept {{
    Sim* s = bind(h);
    {prefix}* t = s->top.get();
    for (uint64_t k = 0; k < n; ++k) {{
        const uint64_t t0 = s->cycle * 10;
        s->ctx->time(t0);
        // A no-op after the first edge: same inputs, and the falling edge left clk low.
        settle(s, in);
        if (s->vcd) s->vcd->dump(t0);
        t->{CLOCK} = 1;
        s->ctx->time(t0 + 5);
        t->eval();
        if (s->vcd) s->vcd->dump(t0 + 5);
        t->{CLOCK} = 0;
        t->eval();
        ++s->cycle;
    }}
    read(t, out);
    return s->cycle;
}}

int {sym}_trace_open(void* h, const char* path) noexcept {{
    Sim* s = bind(h);
    if (s->vcd) {{ s->vcd->close(); s->vcd.reset(); }}
    auto vcd = std::make_unique<VerilatedVcdC>();
    s->top->trace(vcd.get(), 99);
    vcd->open(path);
    if (!vcd->isOpen()) return 0;
    s->vcd = std::move(vcd);
    return 1;
}}

void {sym}_trace_flush(void* h) noexcept {{
    Sim* s = bind(h);
    if (s->vcd) s->vcd->flush();
}}

void {sym}_trace_close(void* h) noexcept {{
    Sim* s = bind(h);
    if (s->vcd) {{ s->vcd->close(); s->vcd.reset(); }}
}}

}}  // extern "C""#
    );
    s
}

fn ports_rs(m: &ModelSpec, ports: &[Port]) -> String {
    let (prefix, sym, top, inputs, outputs) = (m.prefix(), m.sym(), m.top, m.rust_inputs, m.rust_outputs);
    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(w, "// Generated by sim/build.rs from {prefix}.h; the C++ side is {top}_shim.cpp.\n");
    for (dir, name, doc) in [(Dir::In, "PortsIn", "inputs but the clock"), (Dir::Out, "PortsOut", "outputs")] {
        let _ = writeln!(w, "/// `{top}`'s {doc}, laid out as the shim's C struct.");
        let _ = writeln!(w, "#[repr(C)]\n#[derive(Clone, Copy, Debug, Default)]\npub(crate) struct {name} {{");
        for p in bound(ports, dir) {
            let _ = writeln!(w, "    pub {}: {},", p.name, rust_type(p));
        }
        let _ = writeln!(w, "}}\n");
    }
    // Destructuring without `..` makes a Rust field with no port a compile error, and a port
    // with no Rust field one too; 1-bit ports are `bool` on the Rust side.
    let _ = writeln!(w, "impl PortsIn {{\n    pub(crate) fn from_inputs(i: &{inputs}) -> Self {{");
    let names: Vec<&str> = bound(ports, Dir::In).map(|p| p.name.as_str()).collect();
    let _ = writeln!(w, "        let {inputs} {{ {} }} = *i;", names.join(", "));
    let _ = writeln!(w, "        PortsIn {{");
    for p in bound(ports, Dir::In) {
        if p.width == 1 {
            let _ = writeln!(w, "            {n}: {t}::from({n}),", n = p.name, t = rust_type(p));
        } else {
            let _ = writeln!(w, "            {},", p.name);
        }
    }
    let _ = writeln!(w, "        }}\n    }}\n}}\n");
    let _ = writeln!(w, "impl PortsOut {{\n    pub(crate) fn to_outputs(self) -> {outputs} {{");
    let names: Vec<&str> = bound(ports, Dir::Out).map(|p| p.name.as_str()).collect();
    let _ = writeln!(w, "        let PortsOut {{ {} }} = self;", names.join(", "));
    let _ = writeln!(w, "        {outputs} {{");
    for p in bound(ports, Dir::Out) {
        if p.width == 1 {
            let _ = writeln!(w, "            {n}: {n} != 0,", n = p.name);
        } else {
            let _ = writeln!(w, "            {},", p.name);
        }
    }
    let _ = writeln!(w, "        }}\n    }}\n}}\n");
    // The shim's entry points under names common to every model, so one Rust wrapper serves all.
    let _ = writeln!(w, "extern \"C\" {{");
    for (f, sig) in [
        ("new", "() -> *mut c_void"),
        ("free", "(h: *mut c_void)"),
        ("eval", "(h: *mut c_void, inputs: *const PortsIn, outputs: *mut PortsOut)"),
        ("tick", "(h: *mut c_void, inputs: *const PortsIn, outputs: *mut PortsOut, n: u64) -> u64"),
        ("trace_open", "(h: *mut c_void, path: *const c_char) -> c_int"),
        ("trace_flush", "(h: *mut c_void)"),
        ("trace_close", "(h: *mut c_void)"),
    ] {
        let _ = writeln!(w, "    #[link_name = \"{sym}_{f}\"]\n    fn model_{f}{sig};");
    }
    let _ = writeln!(w, "}}");
    s
}
