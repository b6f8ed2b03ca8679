//! Generates the rust-hdl register file (`CsrFile`) from the `regmap` crate, as OpenTitan's
//! reggen generates its register tops: decoder, storage, byte lanes, access semantics and
//! windows all follow the one map, so there is no decoder table to keep in step by hand.
//!
//! Ports of the generated block (names are `reg_field` in lower case; a field named VALUE
//! drops its suffix):
//! - RW field: output with the stored value.
//! - RO field: input, read back as is.
//! - RW1C field: input `<name>_set` (hardware sets), output with the stored bits.
//! - WO / W1P field: output high for the one cycle after the write.
//! - Register marked `strobe`: output `<name>_written`, high for the one cycle after a write.
//! - Window: outputs `<name>_rd` (one-cycle request) and `<name>_addr` (word index), inputs
//!   `<name>_data` and `<name>_ack`; the bus waits for `_ack`.

use regmap::{Access, Field, RegInfo, RegKind, Reset};
use std::fmt::Write as _;

fn port(r: &RegInfo, f: &Field) -> String {
    if f.name == "VALUE" {
        r.reg.name.to_ascii_lowercase()
    } else {
        format!("{}_{}", r.reg.name.to_ascii_lowercase(), f.name.to_ascii_lowercase())
    }
}

fn ty(width: u32) -> String {
    if width == 1 {
        "Bit".into()
    } else {
        format!("Bits<{width}>")
    }
}

fn zero(width: u32) -> &'static str {
    if width == 1 {
        "false"
    } else {
        "0.into()"
    }
}

/// Expression reading the written value of `f` from the bus data (before byte masking).
fn wfield(f: &Field) -> String {
    if f.width == 1 {
        format!("self.wb_dat_w.val().get_bit({})", f.lsb)
    } else {
        format!("self.wb_dat_w.val().get_bits::<{}>({})", f.width, f.lsb)
    }
}

/// Expression reading the byte-lane mask of `f`.
fn wmask(f: &Field) -> String {
    if f.width == 1 {
        format!("self.wmask.val().get_bit({})", f.lsb)
    } else {
        format!("self.wmask.val().get_bits::<{}>({})", f.width, f.lsb)
    }
}

/// `a | b | ...` parenthesized as a balanced tree.
fn balanced_or(terms: &[String]) -> String {
    let sub = |t: &[String]| {
        if t.len() > 1 {
            format!("({})", balanced_or(t))
        } else {
            balanced_or(t)
        }
    };
    match terms.len() {
        0 => "0.into()".into(),
        1 => terms[0].clone(),
        n => format!("{} | {}", sub(&terms[..n / 2]), sub(&terms[n / 2..])),
    }
}

fn reset_expr(f: &Field, p: &str) -> String {
    match f.reset {
        Reset::Value(v) if f.width == 1 => format!("{}", v != 0),
        Reset::Value(v) => format!("{v}.into()"),
        Reset::Param(_) => format!("self.reset_{p}.val()"),
    }
}

/// Registers the register file's read data is split over (see `rd_value`); the port ORs them.
const READ_PARTS: usize = 3;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../regmap/src");
    let regs = regmap::registers();

    let mut ports = String::new();
    let mut state = String::new();
    let mut ctor = String::new();
    let read_parts: Vec<String> = (0..READ_PARTS).map(|i| format!("dat_r{i}")).collect();
    let mut dffs: Vec<String> = ["ack".to_string()]
        .into_iter()
        .chain(read_parts.iter().cloned())
        .chain(["pending", "rd_wait", "wr_wait"].map(String::from))
        .collect();
    let mut defaults = String::new();
    let mut writes = String::new();
    // A register access takes two edges (issue 5): the edge that takes the transfer registers
    // one address match per register (`hit_k`); the next performs the write (with the bus's
    // data and byte lanes, which a Wishbone master holds until the acknowledge) or registers
    // the read data as an AND-OR of every register's value with its match under a balanced OR
    // tree, and acknowledges. The 14-bit address decode is then never in series with a write
    // merge, a clamp or the 32-bit read selection; in one cycle they were the slowest paths of
    // the core on the iCE40 (35.6 ns at 93 % of the LUTs).
    let mut read_terms_all: Vec<String> = Vec::new();
    let mut read_loads = String::new();
    let mut read_decl = String::new();
    let mut read_logic = String::new();
    let mut read_hits = String::new();
    let mut window_reads = String::new();
    let mut window_acks = String::new();
    let mut window_aborts = String::new();
    let mut window_loads: Vec<String> = Vec::new();
    let mut window_terms: Vec<String> = Vec::new();
    let mut after = String::new();
    let mut resets = String::new();

    for r in regs {
        match r.reg.kind {
            RegKind::Window { base, words } => {
                let n = r.reg.name.to_ascii_lowercase();
                let aw = words.trailing_zeros();
                let span_log2 = (words * 4).trailing_zeros();
                let hi = 16 - span_log2;
                let _ = writeln!(
                    ports,
                    "    /// Read request for window {} (one cycle).\n    pub {n}_rd: Signal<Out, Bit>,",
                    r.reg.name
                );
                let _ = writeln!(ports, "    pub {n}_addr: Signal<Out, Bits<{aw}>>,\n    pub {n}_data: Signal<In, Bits<32>>,\n    pub {n}_ack: Signal<In, Bit>,");
                let _ = writeln!(
                    state,
                    "    {n}_rd_r: DFF<Bit>,\n    {n}_addr_r: DFF<Bits<{aw}>>,\n    {n}_wait: DFF<Bit>,"
                );
                dffs.extend([format!("{n}_rd_r"), format!("{n}_addr_r"), format!("{n}_wait")]);
                let _ = writeln!(
                    defaults,
                    "        self.{n}_rd.next = self.{n}_rd_r.q.val();\n        self.{n}_addr.next = self.{n}_addr_r.q.val();\n        self.{n}_rd_r.d.next = false;"
                );
                let _ = writeln!(
                    window_reads,
                    "                if self.wb_adr.val().get_bits::<{hi}>({span_log2}) == {} {{\n                    self.in_window.next = true;\n                    self.pending.d.next = true;\n                    self.{n}_wait.d.next = true;\n                    self.{n}_rd_r.d.next = true;\n                    self.{n}_addr_r.d.next = self.wb_adr.val().get_bits::<{aw}>(2);\n                }}",
                    base >> span_log2
                );
                let _ = writeln!(
                    window_acks,
                    "        self.win_term_{n}.next = 0.into();\n        if self.{n}_wait.q.val() & self.{n}_ack.val() {{\n            self.{n}_wait.d.next = false;\n            self.pending.d.next = false;\n            self.ack.d.next = true;\n            self.win_term_{n}.next = self.{n}_data.val();\n        }}"
                );
                let _ = writeln!(state, "    win_term_{n}: Signal<Local, Bits<32>>,");
                window_loads.push(format!("(self.{n}_wait.q.val() & self.{n}_ack.val())"));
                window_terms.push(format!("self.win_term_{n}.val()"));
                let _ = writeln!(
                    resets,
                    "            self.{n}_wait.d.next = false;\n            self.{n}_rd_r.d.next = false;"
                );
                let _ = writeln!(window_aborts, "            self.{n}_wait.d.next = false;");
            }
            RegKind::Single => {
                let mut write_arm = String::new();
                let mut read_terms: Vec<String> = Vec::new();
                for f in r.reg.fields {
                    let p = port(r, f);
                    let t = ty(f.width);
                    let doc = f.doc.replace('\n', " ");
                    let value_expr = match f.access {
                        Access::Ro => {
                            let _ = writeln!(
                                ports,
                                "    /// {}.{}: {doc}\n    pub {p}: Signal<In, {t}>,",
                                r.reg.name, f.name
                            );
                            Some(format!("self.{p}.val()"))
                        }
                        Access::Rw => {
                            let _ = writeln!(
                                ports,
                                "    /// {}.{}: {doc}\n    pub {p}: Signal<Out, {t}>,",
                                r.reg.name, f.name
                            );
                            // Storage powers up at its reset value (FPGA configuration), not 0.
                            let init = match f.reset {
                                Reset::Value(0) => None,
                                Reset::Value(v) if f.width == 1 => Some(format!("{}", v != 0)),
                                Reset::Value(v) => Some(format!("({v}u64).into()")),
                                Reset::Param(pv) => {
                                    Some(format!("(params.value(regmap::ParamValue::{pv:?}) as u64).into()"))
                                }
                            };
                            match &init {
                                Some(init) => {
                                    let _ = writeln!(state, "    r_{p}: DFFWithInit<{t}>,");
                                    let _ = writeln!(ctor, "            r_{p}: DFFWithInit::new({init}),");
                                }
                                None => {
                                    let _ = writeln!(state, "    r_{p}: DFF<{t}>,");
                                }
                            }
                            dffs.push(format!("r_{p}"));
                            let _ = writeln!(defaults, "        self.{p}.next = self.r_{p}.q.val();");
                            if f.width == 1 {
                                let _ = writeln!(
                                    write_arm,
                                    "                        if {} {{ self.r_{p}.d.next = {}; }}",
                                    wmask(f),
                                    wfield(f)
                                );
                            } else {
                                let merged =
                                    format!("(self.r_{p}.q.val() & !{m}) | ({w} & {m})", m = wmask(f), w = wfield(f));
                                let lane = f.lsb / 8;
                                if let (Some((lo, hi)), true) = (f.legal, (f.lsb + f.width - 1) / 8 == lane) {
                                    // In one byte lane the stored value is already legal, so
                                    // only the written one is clamped: no merge in front of the
                                    // compares (issue 5).
                                    let _ = writeln!(
                                        write_arm,
                                        "                        if self.wb_sel.val().get_bit({lane}) {{ if {w} < {lo} {{ self.r_{p}.d.next = {lo}.into(); }} else if {w} > {hi} {{ self.r_{p}.d.next = {hi}.into(); }} else {{ self.r_{p}.d.next = {w}; }} }}",
                                        w = wfield(f)
                                    );
                                } else if let Some((lo, hi)) = f.legal {
                                    let _ = writeln!(state, "    w_{p}: Signal<Local, {t}>,");
                                    let _ = writeln!(defaults, "        self.w_{p}.next = {};", zero(f.width));
                                    let _ = writeln!(
                                        write_arm,
                                        "                        self.w_{p}.next = {merged};\n                        if self.w_{p}.val() < {lo} {{ self.r_{p}.d.next = {lo}.into(); }} else if self.w_{p}.val() > {hi} {{ self.r_{p}.d.next = {hi}.into(); }} else {{ self.r_{p}.d.next = self.w_{p}.val(); }}"
                                    );
                                } else {
                                    let _ =
                                        writeln!(write_arm, "                        self.r_{p}.d.next = {merged};");
                                }
                            }
                            if let Reset::Param(pv) = f.reset {
                                let _ = writeln!(state, "    reset_{p}: Constant<{t}>,");
                                let _ = writeln!(ctor, "            reset_{p}: Constant::new((params.value(regmap::ParamValue::{pv:?}) as u64).into()),");
                            }
                            let _ = writeln!(resets, "            self.r_{p}.d.next = {};", reset_expr(f, &p));
                            Some(format!("self.r_{p}.q.val()"))
                        }
                        Access::Rw1c => {
                            let _ = writeln!(ports, "    /// {}.{} (set by hardware): {doc}\n    pub {p}_set: Signal<In, {t}>,\n    pub {p}: Signal<Out, {t}>,", r.reg.name, f.name);
                            let _ = writeln!(state, "    r_{p}: DFF<{t}>,\n    clr_{p}: Signal<Local, {t}>,");
                            dffs.push(format!("r_{p}"));
                            let _ = writeln!(
                                defaults,
                                "        self.{p}.next = self.r_{p}.q.val();\n        self.clr_{p}.next = {};",
                                zero(f.width)
                            );
                            let _ = writeln!(
                                write_arm,
                                "                        self.clr_{p}.next = {} & {};",
                                wfield(f),
                                wmask(f)
                            );
                            // A set in the same cycle as a clear wins: an event is never lost.
                            let _ = writeln!(after, "        self.r_{p}.d.next = (self.r_{p}.q.val() & !self.clr_{p}.val()) | self.{p}_set.val();");
                            let _ = writeln!(resets, "            self.r_{p}.d.next = {};", zero(f.width));
                            Some(format!("self.r_{p}.q.val()"))
                        }
                        Access::Wo | Access::W1p => {
                            let _ = writeln!(
                                ports,
                                "    /// {}.{} (one-cycle pulse): {doc}\n    pub {p}: Signal<Out, {t}>,",
                                r.reg.name, f.name
                            );
                            let _ = writeln!(state, "    r_{p}: DFF<{t}>,");
                            dffs.push(format!("r_{p}"));
                            let _ = writeln!(
                                defaults,
                                "        self.{p}.next = self.r_{p}.q.val();\n        self.r_{p}.d.next = {};",
                                zero(f.width)
                            );
                            let _ = writeln!(
                                write_arm,
                                "                        self.r_{p}.d.next = {} & {};",
                                wfield(f),
                                wmask(f)
                            );
                            let _ = writeln!(resets, "            self.r_{p}.d.next = {};", zero(f.width));
                            None
                        }
                    };
                    if let Some(v) = value_expr {
                        let widened = if f.width == 1 {
                            format!("bit_cast::<32, 1>({v}.into())")
                        } else {
                            format!("bit_cast::<32, {}>({v})", f.width)
                        };
                        read_terms.push(if f.lsb == 0 { widened } else { format!("({widened} << {})", f.lsb) });
                    }
                }
                if r.reg.strobe {
                    let n = r.reg.name.to_ascii_lowercase();
                    let _ = writeln!(
                        ports,
                        "    /// One-cycle pulse after each write of {}.\n    pub {n}_written: Signal<Out, Bit>,",
                        r.reg.name
                    );
                    let _ = writeln!(state, "    s_{n}: DFF<Bit>,");
                    dffs.push(format!("s_{n}"));
                    let _ = writeln!(
                        defaults,
                        "        self.{n}_written.next = self.s_{n}.q.val();\n        self.s_{n}.d.next = false;"
                    );
                    let _ = writeln!(write_arm, "                        self.s_{n}.d.next = self.wb_sel.val().any();");
                    let _ = writeln!(resets, "            self.s_{n}.d.next = false;");
                }
                let k = read_terms_all.len();
                if !write_arm.is_empty() {
                    let _ = writeln!(writes, "            if self.hit_{k}.q.val() {{\n{write_arm}            }}");
                }
                let value = if read_terms.is_empty() { "0.into()".to_string() } else { read_terms.join(" | ") };
                let _ = writeln!(read_decl, "    rd_term_{k}: Signal<Local, Bits<32>>,\n    hit_{k}: DFF<Bit>,");
                dffs.push(format!("hit_{k}"));
                let _ = writeln!(
                    read_logic,
                    "        self.rd_term_{k}.next = 0.into();\n        if self.hit_{k}.q.val() {{ self.rd_term_{k}.next = {value}; }}"
                );
                let _ = writeln!(
                    read_hits,
                    "        self.hit_{k}.d.next = (self.word_adr.val() == {}) & !self.pending.q.val();",
                    r.offset
                );
                read_terms_all.push(format!("self.rd_term_{k}.val()"));
            }
        }
    }

    // READ_PARTS (three) registers, each the OR of a third of the terms, ORed again at the port (issue 5):
    // the ~37-term OR loaded in one register was 4 LUT levels after the match flip-flops on
    // the iCE40 (the slowest path of the UP5K build, 23 ns); a third is 3 with room for terms
    // that arrive a level late. Window answers are terms of the same OR, so no choice follows.
    let terms = [read_terms_all, window_terms].concat();
    assert!(terms.len() >= READ_PARTS, "fewer read terms than read registers");
    let mut rd_value = String::new();
    for (i, part) in terms.chunks(terms.len().div_ceil(READ_PARTS)).enumerate() {
        let _ = writeln!(rd_value, "        self.rd_value{i}.next = {};", balanced_or(part));
        let _ = writeln!(read_decl, "    rd_value{i}: Signal<Local, Bits<32>>,");
        let _ = writeln!(read_loads, "            self.dat_r{i}.d.next = self.rd_value{i}.val();");
    }
    state.push_str(&read_decl);

    let read_part_decl: String = read_parts.iter().map(|d| format!("    {d}: DFF<Bits<32>>,\n")).collect();
    let read_port = read_parts.iter().map(|d| format!("self.{d}.q.val()")).collect::<Vec<_>>().join(" | ");

    // Every field of the struct not set from the parameters starts from its Default.
    let fixed = "clock rst wb_adr wb_dat_w wb_dat_r wb_sel wb_we wb_cyc wb_stb wb_ack ack pending rd_wait wr_wait wmask word_adr take in_window";
    let mut names: Vec<String> = fixed.split(' ').map(String::from).collect();
    names.extend(read_parts.iter().cloned());
    for line in ports.lines().chain(state.lines()) {
        let l = line.trim_start();
        if l.starts_with("///") {
            continue;
        }
        let l = l.trim_start_matches("pub ");
        if let Some((name, _)) = l.split_once(':') {
            let name = name.trim();
            if !name.starts_with("reset_") && !ctor.contains(&format!(" {name}:")) {
                names.push(name.to_string());
            }
        }
    }
    let defaults_init: String = names.iter().map(|n| format!("            {n}: Default::default(),\n")).collect();
    let code = format!(
        r#"// Generated by hdl-gen/build.rs from the regmap crate. Do not edit.

/// Wishbone B4 classic register file of `ftsync_core`, generated from `regmap`.
///
/// A transfer is taken when `wb_cyc && wb_stb && !wb_ack`; a register access is performed and
/// acknowledged at the second edge (read data registered), a window read when the block
/// serving it answers.
#[derive(LogicBlock)]
pub struct CsrFile {{
    pub clock: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    pub wb_adr: Signal<In, Bits<16>>,
    pub wb_dat_w: Signal<In, Bits<32>>,
    pub wb_dat_r: Signal<Out, Bits<32>>,
    pub wb_sel: Signal<In, Bits<4>>,
    pub wb_we: Signal<In, Bit>,
    pub wb_cyc: Signal<In, Bit>,
    pub wb_stb: Signal<In, Bit>,
    pub wb_ack: Signal<Out, Bit>,
{ports}
    ack: DFF<Bit>,
    /// The read data in parts, ORed at the port.
{read_part_decl}    pending: DFF<Bit>,
    /// A register read's / write's address matches are registered; the access itself and the
    /// acknowledge follow on the next edge.
    rd_wait: DFF<Bit>,
    wr_wait: DFF<Bit>,
    wmask: Signal<Local, Bits<32>>,
    word_adr: Signal<Local, Bits<16>>,
    take: Signal<Local, Bit>,
    in_window: Signal<Local, Bit>,
{state}}}

impl CsrFile {{
    pub fn new(params: &regmap::Params) -> Self {{
        let _ = params;
        Self {{
{defaults_init}{ctor}        }}
    }}
}}

impl Logic for CsrFile {{
    #[hdl_gen]
    fn update(&mut self) {{
        dff_setup!(self, clock, {dffs});
        // Acknowledge only the transfer still on the bus: a master that drops wb_cyc abandons
        // it, and a late window answer must not land on its next transfer.
        self.wb_ack.next = self.ack.q.val() & self.wb_cyc.val() & self.wb_stb.val();
        self.wb_dat_r.next = {read_port};
        self.ack.d.next = false;
        self.in_window.next = false;
{defaults}
        self.wmask.next = 0.into();
        if self.wb_sel.val().get_bit(0) {{ self.wmask.next = self.wmask.val() | 0xFF_u64; }}
        if self.wb_sel.val().get_bit(1) {{ self.wmask.next = self.wmask.val() | 0xFF00_u64; }}
        if self.wb_sel.val().get_bit(2) {{ self.wmask.next = self.wmask.val() | 0xFF0000_u64; }}
        if self.wb_sel.val().get_bit(3) {{ self.wmask.next = self.wmask.val() | 0xFF000000_u64; }}
        self.word_adr.next = self.wb_adr.val() & 0xFFFC_u64;
        self.take.next = self.wb_cyc.val() & self.wb_stb.val() & !self.ack.q.val() & !self.pending.q.val();
{read_logic}
        // The matches are registered every cycle; they are used only at the edge after a take,
        // when they hold the taken address's (no `take` in front of the 14-bit compare). They
        // are 0 while a transfer is pending, so a window answer ORed with the register terms
        // never picks up a register whose address a master put on the bus meanwhile.
{read_hits}        if self.take.val() {{
            if self.wb_we.val() {{
                self.pending.d.next = true;
                self.wr_wait.d.next = true;
            }} else {{
{window_reads}
                if !self.in_window.val() {{
                    self.pending.d.next = true;
                    self.rd_wait.d.next = true;
                }}
            }}
        }}
        // A master that dropped wb_cyc meanwhile has abandoned the transfer: no write.
        if self.wr_wait.q.val() & self.wb_cyc.val() {{
{writes}        }}
        if self.wr_wait.q.val() {{
            self.wr_wait.d.next = false;
            self.pending.d.next = false;
            self.ack.d.next = true;
        }}
        if self.rd_wait.q.val() {{
            self.rd_wait.d.next = false;
            self.pending.d.next = false;
            self.ack.d.next = true;
        }}
{window_acks}
{rd_value}
        // One OR of every register term (their matches are 0 during a window read) and every
        // window answer, loaded under one enable: no choice after the OR tree (issue 5).
        if self.rd_wait.q.val(){window_load_cond} {{
{read_loads}        }}
        if !self.wb_cyc.val() {{
            self.ack.d.next = false;
            self.pending.d.next = false;
            self.rd_wait.d.next = false;
            self.wr_wait.d.next = false;
{window_aborts}        }}
{after}
        if self.rst.val() {{
            self.ack.d.next = false;
            self.pending.d.next = false;
            self.rd_wait.d.next = false;
            self.wr_wait.d.next = false;
{resets}        }}
    }}
}}
"#,
        dffs = dffs.join(", "),
        window_aborts = window_aborts,
        window_load_cond = window_loads.iter().map(|c| format!(" | {c}")).collect::<String>(),
    );
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("csr_file.rs");
    std::fs::write(out, code).expect("write csr_file.rs");
}
