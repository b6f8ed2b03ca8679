//! Cycle-accurate, pin-level model of `ftsync_core`: for the same inputs on every clock, every
//! output equals the RTL's (`hdl-gen/tests/core_model.rs` runs the two in lock step).
//!
//! It is the host driver's `model` transport and the partner of differential tests. It holds
//! bits only — registers, the two bitmap banks with their summaries, the skew FIFOs' words —
//! and no image of the tracked memory, so the tracked size costs nothing; quiet stretches
//! ([`CorePorts::idle`]) advance in bulk.
//!
//! Structure, one section per block:
//! - the register file, built at construction from `regmap` the way `hdl-gen/build.rs`
//!   generates the RTL's (decode, access kinds, byte lanes, WARL, RW1C, pulses, strobes,
//!   windows, reset values), with `ftsync_core`'s wiring of each read-only field and event;
//! - `write_tracker`: [`crate::write_tracker::CycleModel`];
//! - `epoch_counter`: [`crate::epoch_counter::EpochCounterModel`] (already cycle-accurate);
//! - `link_comparator`: [`crate::link_comparator::LinkComparatorModel`] for its behaviour, plus
//!   the skew FIFOs' head registers, because the RTL drives the head register (the last word
//!   at the head) on `o_data`/`o_last` also while `o_valid` is low;
//! - the top: wiring, one clock edge, and the bulk advance of quiet cycles.
//!
//! Like the RTL, a new model is in its power-up state: register storage at its documented reset
//! value, every other register 0.

use crate::epoch_counter::{EpochCounterModel, EpochInputs};
use crate::link_comparator::{self as cmp, LinkComparatorModel};
use crate::write_tracker::{CycleInputs, CycleModel};
use regbus::{CoreInputs, CoreOutputs, CorePorts};
use regmap::{Access, Field, Params, RegKind};
use std::sync::Arc;

/// Width of the link streams on [`CorePorts`].
pub const STREAM_WIDTH: u32 = 64;

// =============================================================================================
// Register file.

/// What drives a read-only field: `ftsync_core`'s wiring of the register file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Source {
    Const(u32),
    TrackBusy,
    TrackClearing,
    TrackLiveBank,
    TrackDirtyCount,
    TrackSnapCount,
    TrackWrites,
    TrackOutOfRange,
    TrackStallCycles,
    EpochHeld,
    EpochExpired,
    EpochCount,
    EpochNumberLo,
    EpochNumberHi,
    CmpMismatch,
    CmpTimeout,
    CmpHalted,
    CmpAFill,
    CmpBFill,
    CmpIndexLo,
    CmpIndexHi,
    CmpA,
    CmpB,
    CmpEpoch,
    CmpWordsLo,
    CmpWordsHi,
    CmpFrames,
    CmpMaxSkew,
}

fn source(reg: &str, f: &Field, params: &Params) -> Source {
    use Source::*;
    match (reg, f.name) {
        // Generation constants; the map documents them as the fields' reset values.
        ("ID" | "VERSION" | "CAPS", _) => Const(f.reset_value(params)),
        ("TRACK_STATUS", "BUSY") => TrackBusy,
        ("TRACK_STATUS", "CLEARING") => TrackClearing,
        ("TRACK_STATUS", "LIVE_BANK") => TrackLiveBank,
        ("TRACK_DIRTY_COUNT", _) => TrackDirtyCount,
        ("TRACK_SNAP_COUNT", _) => TrackSnapCount,
        ("TRACK_WRITES", _) => TrackWrites,
        ("TRACK_OUT_OF_RANGE", _) => TrackOutOfRange,
        ("TRACK_STALL_CYCLES", _) => TrackStallCycles,
        ("EPOCH_STATUS", "HELD") => EpochHeld,
        ("EPOCH_STATUS", "EXPIRED") => EpochExpired,
        ("EPOCH_COUNT", _) => EpochCount,
        ("EPOCH_NUMBER_LO", _) => EpochNumberLo,
        ("EPOCH_NUMBER_HI", _) => EpochNumberHi,
        ("CMP_STATUS", "MISMATCH") => CmpMismatch,
        ("CMP_STATUS", "TIMEOUT") => CmpTimeout,
        ("CMP_STATUS", "HALTED") => CmpHalted,
        ("CMP_STATUS", "A_FILL") => CmpAFill,
        ("CMP_STATUS", "B_FILL") => CmpBFill,
        ("CMP_MISMATCH_INDEX_LO", _) => CmpIndexLo,
        ("CMP_MISMATCH_INDEX_HI", _) => CmpIndexHi,
        ("CMP_MISMATCH_A", _) => CmpA,
        ("CMP_MISMATCH_B", _) => CmpB,
        ("CMP_MISMATCH_EPOCH", _) => CmpEpoch,
        ("CMP_WORDS_LO", _) => CmpWordsLo,
        ("CMP_WORDS_HI", _) => CmpWordsHi,
        ("CMP_FRAMES", _) => CmpFrames,
        ("CMP_MAX_SKEW", _) => CmpMaxSkew,
        (r, n) => panic!("{r}.{n} is read-only but the core model does not know what drives it"),
    }
}

/// What sets an RW1C field (a one-cycle hardware pulse).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Event {
    EpochEnd,
    CmpMismatch,
    CmpTimeout,
    TrackSnapDone,
    TrackSnapRefused,
}

fn event(reg: &str, field: &str) -> Event {
    match (reg, field) {
        ("INTR_STATE", "EPOCH_END") => Event::EpochEnd,
        ("INTR_STATE", "CMP_MISMATCH") => Event::CmpMismatch,
        ("INTR_STATE", "CMP_TIMEOUT") => Event::CmpTimeout,
        ("INTR_STATE", "TRACK_SNAP_DONE") => Event::TrackSnapDone,
        ("TRACK_STATUS", "SNAP_REFUSED") => Event::TrackSnapRefused,
        (r, n) => panic!("{r}.{n} is RW1C but the core model does not know what sets it"),
    }
}

/// The events of one cycle (or, for a bulk advance, whether each occurred at any edge).
#[derive(Clone, Copy, Debug, Default)]
struct Events {
    epoch_end: bool,
    cmp_mismatch: bool,
    cmp_timeout: bool,
    track_snap_done: bool,
    track_snap_refused: bool,
}

impl Events {
    fn get(&self, e: Event) -> bool {
        match e {
            Event::EpochEnd => self.epoch_end,
            Event::CmpMismatch => self.cmp_mismatch,
            Event::CmpTimeout => self.cmp_timeout,
            Event::TrackSnapDone => self.track_snap_done,
            Event::TrackSnapRefused => self.track_snap_refused,
        }
    }
}

/// The block that answers a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum WindowSource {
    TrackBitmap,
    TrackSummary,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct WindowDesc {
    source: WindowSource,
    /// The window is the aligned span of `2^span_log2` bytes whose number is `key`.
    span_log2: u32,
    key: u32,
    /// Word index bits passed to the block.
    addr_mask: u32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct WindowState {
    rd: bool,
    addr: u32,
    wait: bool,
}

/// Which of a register's stores holds a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Store {
    Rw,
    Rw1c,
    Pulse,
}

/// A field resolved by name once, read cheaply every cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fld {
    reg: usize,
    lsb: u32,
    mask: u32,
    store: Store,
}

/// One single register, as the generated register file implements it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct RegDesc {
    name: &'static str,
    rw_mask: u32,
    rw1c_mask: u32,
    /// WO and W1P fields: the written value acts in the next cycle only and reads 0.
    pulse_mask: u32,
    /// `Register::strobe`: a one-cycle pulse after every write.
    strobe: bool,
    reset_rw: u32,
    /// Multi-bit RW fields with a legal range: (lsb, mask, lo, hi).
    legal: Vec<(u32, u32, u32, u32)>,
    ro: Vec<(u32, u32, Source)>,
    /// RW1C fields: (field bits, event, INTR_TEST-style pulse field of the same name).
    sets: Vec<(u32, Event, Option<Fld>)>,
}

/// The control fields `ftsync_core` wires to its blocks.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Controls {
    track_en: Fld,
    track_snapshot: Fld,
    track_clear: Fld,
    track_base_lo: Fld,
    track_base_hi: Fld,
    track_shift: Fld,
    track_limit: Fld,
    epoch_en: Fld,
    epoch_auto_reload: Fld,
    epoch_hold_at_end: Fld,
    epoch_src: Fld,
    epoch_drain_ends: Fld,
    epoch_load: Fld,
    /// Register whose strobe restarts the epoch count.
    epoch_load_reg: usize,
    epoch_resume: Fld,
    cmp_en: Fld,
    cmp_mode: Fld,
    cmp_halt_on_mismatch: Fld,
    cmp_clear: Fld,
    cmp_skew_timeout: Fld,
}

/// The register file's shape, derived from `regmap` and the parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
struct CsrMap {
    regs: Vec<RegDesc>,
    /// Register index by word address (`wb_adr >> 2`), `NONE` for holes and windows.
    decode: Vec<u8>,
    windows: Vec<WindowDesc>,
    rw1c_regs: Vec<usize>,
    controls: Controls,
    /// INTR_STATE field with the INTR_ENABLE field of the same name: irq = any(STATE & ENABLE).
    irq: Vec<(Fld, Fld)>,
}

const NONE: u8 = u8::MAX;

impl CsrMap {
    fn new(params: &Params) -> CsrMap {
        let mut regs = Vec::new();
        let mut decode = vec![NONE; 1 << (regmap::ADDR_BITS - 2)];
        let mut windows = Vec::new();
        for r in regmap::registers() {
            match r.reg.kind {
                RegKind::Window { base, words } => {
                    let span_log2 = (words * regmap::REG_BYTES).trailing_zeros();
                    let source = match r.name() {
                        "TRACK_BITMAP" => WindowSource::TrackBitmap,
                        "TRACK_SUMMARY" => WindowSource::TrackSummary,
                        n => panic!("window {n} has no block behind it in the core model"),
                    };
                    windows.push(WindowDesc { source, span_log2, key: base >> span_log2, addr_mask: words - 1 });
                }
                RegKind::Single => {
                    let idx = regs.len();
                    assert!(idx < usize::from(NONE), "too many registers for the decode table");
                    decode[(r.offset / regmap::REG_BYTES) as usize] = idx as u8;
                    let mut d = RegDesc {
                        name: r.name(),
                        rw_mask: 0,
                        rw1c_mask: 0,
                        pulse_mask: 0,
                        strobe: r.reg.strobe,
                        reset_rw: 0,
                        legal: Vec::new(),
                        ro: Vec::new(),
                        sets: Vec::new(),
                    };
                    for f in r.reg.fields {
                        let mask = regmap::low_mask(f.width);
                        match f.access {
                            Access::Rw => {
                                d.rw_mask |= f.mask();
                                d.reset_rw |= (f.reset_value(params) & mask) << f.lsb;
                                // The generator clamps only multi-bit fields.
                                if let (Some((lo, hi)), true) = (f.legal, f.width > 1) {
                                    d.legal.push((f.lsb, mask, lo, hi));
                                }
                            }
                            Access::Rw1c => d.rw1c_mask |= f.mask(),
                            Access::Wo | Access::W1p => d.pulse_mask |= f.mask(),
                            Access::Ro => d.ro.push((f.lsb, mask, source(r.name(), f, params))),
                        }
                    }
                    regs.push(d);
                }
            }
        }
        let index =
            |name: &str| regs.iter().position(|d| d.name == name).unwrap_or_else(|| panic!("no register {name}"));
        let fld = |reg: &str, field: &str| {
            let (_, f) = regmap::field(reg, field).unwrap_or_else(|e| panic!("{e}"));
            let store = match f.access {
                Access::Rw => Store::Rw,
                Access::Rw1c => Store::Rw1c,
                Access::Wo | Access::W1p => Store::Pulse,
                Access::Ro => panic!("{reg}.{field} is read-only: nothing to wire out"),
            };
            Fld { reg: index(reg), lsb: f.lsb, mask: regmap::low_mask(f.width), store }
        };

        // RW1C fields: set by their event, and INTR_STATE's also by INTR_TEST's field of the
        // same name.
        let mut sets = Vec::new();
        for (idx, r) in regmap::registers().iter().filter(|r| !r.is_window()).enumerate() {
            for f in r.reg.fields.iter().filter(|f| f.access == Access::Rw1c) {
                let test = (r.name() == "INTR_STATE").then(|| fld("INTR_TEST", f.name));
                sets.push((idx, (f.mask(), event(r.name(), f.name), test)));
            }
        }
        let irq = regmap::register("INTR_STATE")
            .unwrap_or_else(|e| panic!("{e}"))
            .reg
            .fields
            .iter()
            .map(|f| (fld("INTR_STATE", f.name), fld("INTR_ENABLE", f.name)))
            .collect();
        let epoch_load_reg = index("EPOCH_LOAD");
        assert!(regs[epoch_load_reg].strobe, "EPOCH_LOAD must announce its writes (Register::strobe)");
        let controls = Controls {
            track_en: fld("TRACK_CTRL", "EN"),
            track_snapshot: fld("TRACK_CTRL", "SNAPSHOT"),
            track_clear: fld("TRACK_CTRL", "CLEAR"),
            track_base_lo: fld("TRACK_BASE_LO", "VALUE"),
            track_base_hi: fld("TRACK_BASE_HI", "VALUE"),
            track_shift: fld("TRACK_SHIFT", "VALUE"),
            track_limit: fld("TRACK_LIMIT", "VALUE"),
            epoch_en: fld("EPOCH_CTRL", "EN"),
            epoch_auto_reload: fld("EPOCH_CTRL", "AUTO_RELOAD"),
            epoch_hold_at_end: fld("EPOCH_CTRL", "HOLD_AT_END"),
            epoch_src: fld("EPOCH_CTRL", "SRC"),
            epoch_drain_ends: fld("EPOCH_CTRL", "DRAIN_ENDS"),
            epoch_load: fld("EPOCH_LOAD", "VALUE"),
            epoch_load_reg,
            epoch_resume: fld("EPOCH_RESUME", "RESUME"),
            cmp_en: fld("CMP_CTRL", "EN"),
            cmp_mode: fld("CMP_CTRL", "MODE"),
            cmp_halt_on_mismatch: fld("CMP_CTRL", "HALT_ON_MISMATCH"),
            cmp_clear: fld("CMP_CTRL", "CLEAR"),
            cmp_skew_timeout: fld("CMP_SKEW_TIMEOUT", "VALUE"),
        };
        for (idx, set) in sets {
            regs[idx].sets.push(set);
        }
        let rw1c_regs = (0..regs.len()).filter(|&idx| regs[idx].rw1c_mask != 0).collect();
        CsrMap { regs, decode, windows, rw1c_regs, controls, irq }
    }
}

/// Control values of one cycle, as the register file drives the blocks.
#[derive(Clone, Copy, Debug)]
struct Ctl {
    track_en: bool,
    track_snapshot: bool,
    track_clear: bool,
    track_base: u64,
    track_shift: u32,
    track_limit: u32,
    epoch_en: bool,
    epoch_auto_reload: bool,
    epoch_hold_at_end: bool,
    epoch_src: u8,
    epoch_drain_ends: bool,
    epoch_load: u32,
    epoch_load_written: bool,
    epoch_resume: bool,
    cmp_en: bool,
    cmp_mode: u32,
    cmp_halt_on_mismatch: bool,
    cmp_clear: bool,
    cmp_skew_timeout: u32,
}

/// The register file's state: the RTL's registers, nothing more.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Csr {
    map: Arc<CsrMap>,
    rw: Vec<u32>,
    rw1c: Vec<u32>,
    pulse: Vec<u32>,
    strobe: Vec<bool>,
    /// Some pulse or strobe is high (they all fall at the next edge).
    pulsing: bool,
    windows: Vec<WindowState>,
    ack: bool,
    dat_r: u32,
    pending: bool,
    /// A register read taken at the last edge: its register (`NONE` for a hole), answered at
    /// the next edge.
    rd_wait: Option<u8>,
    /// A register write taken at the last edge (`NONE` for a hole), performed at the next edge
    /// with the bus's data and byte lanes of that cycle.
    wr_wait: Option<u8>,
}

impl Csr {
    fn new(params: &Params) -> Csr {
        let map = Arc::new(CsrMap::new(params));
        let n = map.regs.len();
        Csr {
            // Storage powers up at its reset value, as the RTL's configured registers do.
            rw: map.regs.iter().map(|d| d.reset_rw).collect(),
            rw1c: vec![0; n],
            pulse: vec![0; n],
            strobe: vec![false; n],
            pulsing: false,
            windows: vec![WindowState::default(); map.windows.len()],
            ack: false,
            dat_r: 0,
            pending: false,
            rd_wait: None,
            wr_wait: None,
            map,
        }
    }

    fn get(&self, f: Fld) -> u32 {
        let word = match f.store {
            Store::Rw => self.rw[f.reg],
            Store::Rw1c => self.rw1c[f.reg],
            Store::Pulse => self.pulse[f.reg],
        };
        (word >> f.lsb) & f.mask
    }

    fn bit(&self, f: Fld) -> bool {
        self.get(f) != 0
    }

    fn ctl(&self) -> Ctl {
        let c = &self.map.controls;
        Ctl {
            track_en: self.bit(c.track_en),
            track_snapshot: self.bit(c.track_snapshot),
            track_clear: self.bit(c.track_clear),
            track_base: u64::from(self.get(c.track_base_lo)) | u64::from(self.get(c.track_base_hi)) << 32,
            track_shift: self.get(c.track_shift),
            track_limit: self.get(c.track_limit),
            epoch_en: self.bit(c.epoch_en),
            epoch_auto_reload: self.bit(c.epoch_auto_reload),
            epoch_hold_at_end: self.bit(c.epoch_hold_at_end),
            epoch_src: self.get(c.epoch_src) as u8,
            epoch_drain_ends: self.bit(c.epoch_drain_ends),
            epoch_load: self.get(c.epoch_load),
            epoch_load_written: self.strobe[c.epoch_load_reg],
            epoch_resume: self.bit(c.epoch_resume),
            cmp_en: self.bit(c.cmp_en),
            cmp_mode: self.get(c.cmp_mode),
            cmp_halt_on_mismatch: self.bit(c.cmp_halt_on_mismatch),
            cmp_clear: self.bit(c.cmp_clear),
            cmp_skew_timeout: self.get(c.cmp_skew_timeout),
        }
    }

    fn irq(&self) -> bool {
        self.map.irq.iter().any(|&(state, enable)| self.bit(state) && self.bit(enable))
    }

    /// The read request a window makes to its block this cycle: (rd, word index).
    fn window_request(&self, source: WindowSource) -> (bool, u32) {
        self.map
            .windows
            .iter()
            .zip(&self.windows)
            .find(|(d, _)| d.source == source)
            .map_or((false, 0), |(_, s)| (s.rd, s.addr))
    }

    /// Nothing on the bus side moves by itself: no acknowledge, window read or pulse pending.
    fn settled(&self) -> bool {
        !self.ack && !self.pending && !self.pulsing && self.windows.iter().all(|w| !w.rd && !w.wait)
    }

    fn read(&self, idx: usize, hw: &Blocks) -> u32 {
        let d = &self.map.regs[idx];
        d.ro.iter().fold((self.rw[idx] & d.rw_mask) | (self.rw1c[idx] & d.rw1c_mask), |acc, &(lsb, mask, src)| {
            acc | (hw.ro(src) & mask) << lsb
        })
    }

    /// RW1C bits set by `ev` and by this cycle's test pulses.
    fn sets(&self, idx: usize, ev: &Events) -> u32 {
        self.map.regs[idx].sets.iter().fold(0, |acc, &(bits, e, test)| {
            if ev.get(e) || test.is_some_and(|t| self.bit(t)) {
                acc | bits
            } else {
                acc
            }
        })
    }

    /// One clock edge. `hw` is the blocks' state before the edge.
    fn clock(&mut self, i: &CoreInputs, ev: &Events, hw: &Blocks) {
        let map = Arc::clone(&self.map);
        debug_assert!(map.windows.len() <= 32);
        let take = i.wb_cyc && i.wb_stb && !self.ack && !self.pending;
        let adr = u32::from(i.wb_adr);
        let reg = map.decode[(adr >> 2) as usize];
        // A register write is performed one edge after it is taken, unless the master has
        // dropped wb_cyc meanwhile.
        let wr_wait = self.wr_wait.take();
        let write = wr_wait.filter(|&r| i.wb_cyc && r != NONE).map(usize::from);
        let wmask = (0..4).filter(|b| i.wb_sel >> b & 1 != 0).fold(0u32, |m, b| m | 0xFF << (8 * b));
        // A register read is answered one edge after it is taken, with the registers as they
        // are before that edge.
        let read = self.rd_wait.take().map(|reg| if reg == NONE { 0 } else { self.read(usize::from(reg), hw) });

        // RW1C: a set in the same cycle as a clear wins, so no event is lost.
        for &idx in &map.rw1c_regs {
            let clr = if write == Some(idx) { i.wb_dat_w & wmask & map.regs[idx].rw1c_mask } else { 0 };
            self.rw1c[idx] = (self.rw1c[idx] & !clr) | self.sets(idx, ev);
        }
        if self.pulsing {
            self.pulse.fill(0);
            self.strobe.fill(false);
            self.pulsing = false;
        }
        let waiting = self.windows.iter().enumerate().fold(0u32, |m, (k, w)| m | u32::from(w.wait) << k);
        for w in &mut self.windows {
            w.rd = false;
        }
        let mut ack = false;
        if let Some(idx) = write {
            let d = &map.regs[idx];
            let m = wmask & d.rw_mask;
            let mut v = (self.rw[idx] & !m) | (i.wb_dat_w & m);
            for &(lsb, mask, lo, hi) in &d.legal {
                let f = match (v >> lsb) & mask {
                    f if f < lo => lo,
                    f if f > hi => hi,
                    f => f,
                };
                v = (v & !(mask << lsb)) | f << lsb;
            }
            self.rw[idx] = v;
            self.pulse[idx] = i.wb_dat_w & wmask & d.pulse_mask;
            // A write with no byte lane selected changes nothing and announces nothing.
            self.strobe[idx] = d.strobe && i.wb_sel & 0xF != 0;
            self.pulsing = self.pulse[idx] != 0 || self.strobe[idx];
        }
        if wr_wait.is_some() {
            self.pending = false;
            ack = true;
        }
        if take {
            if i.wb_we {
                self.pending = true;
                self.wr_wait = Some(reg);
            } else {
                let mut in_window = false;
                for (d, w) in map.windows.iter().zip(&mut self.windows) {
                    if adr >> d.span_log2 == d.key {
                        in_window = true;
                        self.pending = true;
                        w.wait = true;
                        w.rd = true;
                        w.addr = (adr >> 2) & d.addr_mask;
                    }
                }
                if !in_window {
                    self.pending = true;
                    self.rd_wait = Some(reg);
                }
            }
        }
        if let Some(data) = read {
            self.pending = false;
            ack = true;
            self.dat_r = data;
        }
        for (k, (d, w)) in map.windows.iter().zip(&mut self.windows).enumerate() {
            let answer = match d.source {
                WindowSource::TrackBitmap => hw.tracker.bitmap_answer(),
                WindowSource::TrackSummary => hw.tracker.summary_answer(),
            };
            if let (true, Some(data)) = (waiting >> k & 1 != 0, answer) {
                w.wait = false;
                self.pending = false;
                ack = true;
                self.dat_r = data;
            }
        }
        self.ack = ack;
        // Dropping wb_cyc abandons the transfer, a pending window read included.
        if !i.wb_cyc {
            self.ack = false;
            self.pending = false;
            self.rd_wait = None;
            self.wr_wait = None;
            for w in &mut self.windows {
                w.wait = false;
            }
        }

        // Synchronous reset; read data and window addresses keep their values, as in the RTL.
        if i.rst {
            self.ack = false;
            self.pending = false;
            self.rd_wait = None;
            self.wr_wait = None;
            for (rw, d) in self.rw.iter_mut().zip(&map.regs) {
                *rw = d.reset_rw;
            }
            self.rw1c.fill(0);
            self.pulse.fill(0);
            self.strobe.fill(false);
            self.pulsing = false;
            for w in &mut self.windows {
                w.wait = false;
                w.rd = false;
            }
        }
    }

    /// The RW1C sets of a bulk advance: `ev` tells which events occurred at any of its edges.
    fn absorb(&mut self, ev: &Events) {
        let map = Arc::clone(&self.map);
        for &idx in &map.rw1c_regs {
            self.rw1c[idx] |= self.sets(idx, ev);
        }
    }
}

// =============================================================================================
// link_comparator: the skew FIFOs' head registers.

/// A skew FIFO's head register as the RTL holds it. [`LinkComparatorModel`] keeps the queued
/// words; this also keeps the word the head register holds when nothing is queued, which the
/// RTL drives on `o_data`/`o_last` regardless of `o_valid`: the input word (valid or not) of
/// the cycle whose pop emptied the FIFO, else the last word that was at the head, or 0 from
/// configuration. Neither reset nor CLEAR touches it.
#[derive(Clone, Debug, PartialEq, Eq)]
struct FifoHead {
    queue: std::collections::VecDeque<(u64, bool)>,
    depth: usize,
    head: (u64, bool),
}

impl FifoHead {
    fn new(depth_log2: u32) -> FifoHead {
        FifoHead { queue: Default::default(), depth: 1 << depth_log2, head: (0, false) }
    }

    fn head(&self) -> (u64, bool) {
        self.head
    }

    /// `input` is the data and `last` on the side's input pins, offered or not.
    fn step(&mut self, push: Option<(u64, bool)>, input: (u64, bool), pop: bool, flush: bool) {
        if flush {
            self.queue.clear();
            return;
        }
        let full = self.queue.len() == self.depth;
        if pop {
            self.queue.pop_front();
        }
        if let (Some(w), false) = (push, full) {
            self.queue.push_back(w);
        }
        // issue 5: the head register loads at every pop, the input word if nothing is left.
        if let Some(&w) = self.queue.front() {
            self.head = w;
        } else if pop {
            self.head = input;
        }
    }
}

// =============================================================================================
// Blocks and their wiring (ftsync_core).

#[derive(Clone, Debug, PartialEq, Eq)]
struct Blocks {
    tracker: CycleModel,
    epoch: EpochCounterModel,
    cmp: LinkComparatorModel,
    fifo_a: FifoHead,
    fifo_b: FifoHead,
}

impl Blocks {
    fn ro(&self, s: Source) -> u32 {
        use Source::*;
        let t = &self.tracker;
        let e = self.epoch.outputs();
        let c = self.cmp.status();
        match s {
            Const(v) => v,
            TrackBusy => t.busy().into(),
            TrackClearing => t.clearing().into(),
            TrackLiveBank => t.live_bank(),
            TrackDirtyCount => t.dirty_count(),
            TrackSnapCount => t.snap_count(),
            TrackWrites => t.writes(),
            TrackOutOfRange => t.out_of_range(),
            TrackStallCycles => t.stall_cycles(),
            EpochHeld => e.held.into(),
            EpochExpired => e.expired.into(),
            EpochCount => e.count,
            EpochNumberLo => e.number as u32,
            EpochNumberHi => (e.number >> 32) as u32,
            CmpMismatch => c.mismatch.into(),
            CmpTimeout => c.timeout.into(),
            CmpHalted => c.halted.into(),
            CmpAFill => c.a_fill,
            CmpBFill => c.b_fill,
            CmpIndexLo => c.mismatch_index as u32,
            CmpIndexHi => (c.mismatch_index >> 32) as u32,
            CmpA => c.mismatch_a,
            CmpB => c.mismatch_b,
            CmpEpoch => c.mismatch_epoch,
            CmpWordsLo => c.words as u32,
            CmpWordsHi => (c.words >> 32) as u32,
            CmpFrames => c.frames,
            CmpMaxSkew => c.max_skew,
        }
    }
}

fn tracker_inputs(i: &CoreInputs, c: &Ctl, csr: &Csr) -> CycleInputs {
    let (bitmap_rd, bitmap_addr) = csr.window_request(WindowSource::TrackBitmap);
    let (summary_rd, summary_addr) = csr.window_request(WindowSource::TrackSummary);
    CycleInputs {
        rst: i.rst,
        snoop_valid: i.snoop_valid,
        snoop_addr: i.snoop_addr & ((1 << 48) - 1),
        snoop_len: i.snoop_len,
        en: c.track_en,
        base: c.track_base,
        shift: c.track_shift,
        limit: c.track_limit,
        snapshot: c.track_snapshot,
        clear: c.track_clear,
        bitmap_rd,
        bitmap_addr,
        summary_rd,
        summary_addr,
    }
}

fn epoch_inputs(i: &CoreInputs, c: &Ctl, snoop_ready: bool) -> EpochInputs {
    EpochInputs {
        rst: i.rst,
        en: c.epoch_en,
        auto_reload: c.epoch_auto_reload,
        hold_at_end: c.epoch_hold_at_end,
        src: c.epoch_src,
        drain_ends: c.epoch_drain_ends,
        load: c.epoch_load,
        load_written: c.epoch_load_written,
        resume: c.epoch_resume,
        retire: i.ce_retire,
        drain: i.ce_drain,
        // A snooped write counts as an event whether or not the tracker logs it (EN).
        write_event: i.snoop_valid && snoop_ready,
    }
}

fn cmp_inputs(i: &CoreInputs, c: &Ctl, epoch: u32) -> cmp::Inputs {
    cmp::Inputs {
        rst: i.rst,
        a_valid: i.a_valid,
        a_data: u128::from(i.a_data),
        a_last: i.a_last,
        b_valid: i.b_valid,
        b_data: u128::from(i.b_data),
        b_last: i.b_last,
        o_ready: i.o_ready,
        en: c.cmp_en,
        mode: c.cmp_mode,
        halt_on_mismatch: c.cmp_halt_on_mismatch,
        clear: c.cmp_clear,
        skew_timeout: c.cmp_skew_timeout,
        epoch,
    }
}

// =============================================================================================
// The top.

/// `ftsync_core` cycle by cycle at its pins; see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoreModel {
    params: Params,
    csr: Csr,
    blocks: Blocks,
    cycles: u64,
}

impl CoreModel {
    /// A core with `2^capacity_log2` bitmap bits per bank (11..=18) and skew FIFOs of
    /// `2^fifo_depth_log2` words (1..=7), 64-bit streams, in its power-up state.
    pub fn new(capacity_log2: u32, fifo_depth_log2: u32) -> CoreModel {
        let params = Params { track_capacity_log2: capacity_log2, stream_width: STREAM_WIDTH, fifo_depth_log2 };
        CoreModel {
            csr: Csr::new(&params),
            blocks: Blocks {
                tracker: CycleModel::new(capacity_log2),
                epoch: EpochCounterModel::new(),
                cmp: LinkComparatorModel::new(STREAM_WIDTH, fifo_depth_log2),
                fifo_a: FifoHead::new(fifo_depth_log2),
                fifo_b: FifoHead::new(fifo_depth_log2),
            },
            params,
            cycles: 0,
        }
    }

    /// DESIGN.md's default core: 16384-bit bitmap, 32-word FIFOs.
    pub fn default_params() -> CoreModel {
        let p = Params::DEFAULT;
        assert_eq!(p.stream_width, STREAM_WIDTH);
        CoreModel::new(p.track_capacity_log2, p.fifo_depth_log2)
    }

    pub fn params(&self) -> Params {
        self.params
    }

    /// The write tracker's state (for tests and tools; software reads it through the bus).
    pub fn tracker(&self) -> &CycleModel {
        &self.blocks.tracker
    }

    pub fn epoch(&self) -> &EpochCounterModel {
        &self.blocks.epoch
    }

    pub fn comparator(&self) -> &LinkComparatorModel {
        &self.blocks.cmp
    }

    fn outputs(&self, i: &CoreInputs) -> CoreOutputs {
        let c = self.csr.ctl();
        let co = self.blocks.cmp.outputs(&cmp_inputs(i, &c, 0));
        // B's FIFO drives the output only while B_ONLY forwards; otherwise A's, even when idle.
        // The comparator acts on CMP_CTRL one cycle after the register file shows it.
        let cc = self.blocks.cmp.config();
        let forwards_b = cc.en && !co.status.halted && cc.mode == cmp::Mode::BOnly.field();
        let (o_data, o_last) = if forwards_b { self.blocks.fifo_b.head() } else { self.blocks.fifo_a.head() };
        debug_assert!(!co.o_valid || (u128::from(o_data), o_last) == (co.o_data, co.o_last));
        CoreOutputs {
            wb_dat_r: self.csr.dat_r,
            wb_ack: self.csr.ack && i.wb_cyc && i.wb_stb,
            snoop_ready: self.blocks.tracker.snoop_ready(),
            ce_hold: self.blocks.epoch.outputs().ce_hold,
            a_ready: co.a_ready,
            b_ready: co.b_ready,
            o_valid: co.o_valid,
            o_data,
            o_last,
            irq: self.csr.irq(),
        }
    }

    fn step(&mut self, i: &CoreInputs) {
        let c = self.csr.ctl();
        let t_in = tracker_inputs(i, &c, &self.csr);
        let b = &self.blocks;
        let e_in = epoch_inputs(i, &c, b.tracker.snoop_ready());
        let epoch = b.epoch.outputs();
        let c_in = cmp_inputs(i, &c, epoch.number as u32);
        let status = b.cmp.status();
        let ev = Events {
            epoch_end: epoch.epoch_end,
            cmp_mismatch: status.mismatch_event,
            cmp_timeout: status.timeout_event,
            track_snap_done: b.tracker.snap_done(),
            track_snap_refused: b.tracker.snap_refused(c.track_snapshot),
        };
        self.csr.clock(i, &ev, &self.blocks);

        let b = &mut self.blocks;
        b.tracker.step(&t_in);
        b.epoch.step(&e_in);
        let cc = b.cmp.config();
        let co = b.cmp.step(&c_in);
        let mode = cc.mode;
        let take = co.o_valid && i.o_ready;
        let flush = i.rst || c.cmp_clear;
        let push_a = (cc.en && mode != cmp::Mode::BOnly.field() && i.a_valid).then_some((i.a_data, i.a_last));
        let push_b = (cc.en && mode != cmp::Mode::AOnly.field() && i.b_valid).then_some((i.b_data, i.b_last));
        // A simplex mode holds the side it drops empty (its head register keeps its word).
        let (in_a, in_b) = ((i.a_data, i.a_last), (i.b_data, i.b_last));
        let (pop_a, pop_b) = (take && mode != cmp::Mode::BOnly.field(), take && mode != cmp::Mode::AOnly.field());
        b.fifo_a.step(push_a, in_a, pop_a, flush || mode == cmp::Mode::BOnly.field());
        b.fifo_b.step(push_b, in_b, pop_b, flush || mode == cmp::Mode::AOnly.field());
        self.cycles += 1;
    }

    /// Cycles of inputs `i` that can be taken in bulk from here (0: take one edge instead).
    fn quiet_span(&self, i: &CoreInputs) -> u64 {
        let acts =
            i.rst || (i.wb_cyc && i.wb_stb) || i.snoop_valid || i.ce_retire || i.ce_drain || i.a_valid || i.b_valid;
        if acts || !self.csr.settled() || !self.blocks.tracker.settled() {
            return 0;
        }
        let c = self.csr.ctl();
        let b = &self.blocks;
        if !b.epoch.can_idle(&epoch_inputs(i, &c, b.tracker.snoop_ready()))
            || !b.cmp.can_idle(&cmp_inputs(i, &c, b.epoch.outputs().number as u32))
        {
            return 0;
        }
        b.tracker.quiet_limit()
    }

    /// `k` quiet cycles at once (`k <= quiet_span`): each block in closed form, then the
    /// interrupt bits their pulses would have set at any of the `k` edges.
    fn bulk(&mut self, i: &CoreInputs, k: u64) {
        let c = self.csr.ctl();
        let b = &mut self.blocks;
        let e_in = epoch_inputs(i, &c, b.tracker.snoop_ready());
        let c_in = cmp_inputs(i, &c, b.epoch.outputs().number as u32);
        let end_pending = b.epoch.outputs().epoch_end;
        let first_end = b.epoch.idle(&e_in, k);
        let status = b.cmp.status();
        let fired = b.cmp.idle(&c_in, k);
        b.tracker.advance_quiet(k);
        // A pulse registered at edge j sets its bit at edge j + 1, if that edge is in the run.
        self.csr.absorb(&Events {
            epoch_end: end_pending || first_end.is_some_and(|e| e < k),
            cmp_mismatch: status.mismatch_event,
            cmp_timeout: status.timeout_event || fired.is_some_and(|e| e < k),
            track_snap_done: false,
            track_snap_refused: false,
        });
        self.cycles += k;
    }
}

impl CorePorts for CoreModel {
    fn eval(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        self.outputs(inputs)
    }

    fn tick(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        self.step(inputs);
        self.outputs(inputs)
    }

    fn cycles(&self) -> u64 {
        self.cycles
    }

    fn idle(&mut self, inputs: &CoreInputs, n: u64) -> CoreOutputs {
        let mut left = n;
        while left > 0 {
            match self.quiet_span(inputs).min(left) {
                0 => {
                    self.step(inputs);
                    left -= 1;
                }
                k => {
                    self.bulk(inputs, k);
                    left -= k;
                }
            }
        }
        self.outputs(inputs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regbus::{PortDriver, RegisterBus, StreamSide};
    use std::time::Instant;

    fn off(name: &str) -> u32 {
        regmap::offset(name)
    }

    fn f(register: &str, field: &str, value: u32) -> u32 {
        let (_, fl) = regmap::field(register, field).unwrap();
        (value & regmap::low_mask(fl.width)) << fl.lsb
    }

    fn get(register: &str, field: &str, value: u32) -> u32 {
        let (_, fl) = regmap::field(register, field).unwrap();
        (value >> fl.lsb) & regmap::low_mask(fl.width)
    }

    fn driver(m: CoreModel) -> PortDriver<CoreModel> {
        let mut d = PortDriver::new(m);
        d.reset();
        d
    }

    fn cycles_for(d: &mut PortDriver<CoreModel>, addr: u32) -> u64 {
        let start = d.cycles();
        d.read32(addr).unwrap();
        d.cycles() - start
    }

    #[test]
    fn default_params_give_designs_geometry() {
        let m = CoreModel::default_params();
        assert_eq!(m.params(), Params::DEFAULT);
        let mut d = driver(m);
        let caps = d.read32(off("CAPS")).unwrap();
        assert_eq!(get("CAPS", "TRACK_CAPACITY_LOG2", caps), 14);
        assert_eq!(get("CAPS", "STREAM_WIDTH", caps), 64);
        assert_eq!(get("CAPS", "FIFO_DEPTH_LOG2", caps), 5);
        assert_eq!(d.read32(off("TRACK_LIMIT")).unwrap(), 16384);
        assert_eq!(d.read32(off("ID")).unwrap(), regmap::ID_VALUE);

        // The last block of the bank lands in the last bitmap word and summary bit; the words
        // past the capacity read 0.
        d.write32(off("TRACK_SHIFT"), 10).unwrap();
        d.write32(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1)).unwrap();
        d.snoop(16383 << 10, 1);
        d.snoop(16384 << 10, 1);
        d.ticks(5);
        d.write32(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1)).unwrap();
        d.ticks(3);
        let (bitmap, summary) = (off("TRACK_BITMAP"), off("TRACK_SUMMARY"));
        assert_eq!(d.read32(bitmap + 4 * 511).unwrap(), 1 << 31);
        assert_eq!(d.read32(bitmap + 4 * 512).unwrap(), 0);
        assert_eq!(d.read32(summary + 4 * 15).unwrap(), 1 << 31);
        assert_eq!(d.read32(summary + 4 * 16).unwrap(), 0);
        assert_eq!(d.read32(off("TRACK_OUT_OF_RANGE")).unwrap(), 1);
        assert_eq!(d.ports().tracker().frozen_blocks(), vec![16383]);

        // 32-word skew FIFOs: a stalled B leaves A's FIFO full at 32.
        d.write32(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1)).unwrap();
        d.stall_b = true;
        for k in 0..40 {
            d.queue_word(StreamSide::A, k, false);
        }
        d.ticks(50);
        assert_eq!(get("CMP_STATUS", "A_FILL", d.read32(off("CMP_STATUS")).unwrap()), 32);
        assert_eq!(d.words_pending(StreamSide::A), 8);
    }

    #[test]
    fn power_up_state_equals_the_reset_state() {
        // As the RTL's registers: storage is configured to its reset value, so a core that
        // was never reset reads the documented values too.
        let mut d = PortDriver::new(CoreModel::new(11, 3));
        assert_eq!(d.read32(off("ID")).unwrap(), regmap::ID_VALUE);
        assert_eq!(d.read32(off("TRACK_SHIFT")).unwrap(), 12);
        assert_eq!(d.read32(off("TRACK_LIMIT")).unwrap(), 2048);
        d.reset();
        assert_eq!(d.read32(off("TRACK_SHIFT")).unwrap(), 12);
        assert_eq!(d.read32(off("TRACK_LIMIT")).unwrap(), 2048);
    }

    #[test]
    fn bus_latency_of_registers_and_windows() {
        let mut d = driver(CoreModel::new(11, 3));
        // Driver cycles per register read: the edge that takes it, the acknowledging edge, and
        // one idle cycle.
        assert_eq!(cycles_for(&mut d, off("SCRATCH")), 3);
        assert_eq!(cycles_for(&mut d, 0x3FFC), 3);
        // A register write likewise: taken, performed and acknowledged at the next edge, idle.
        let start = d.cycles();
        d.write32(off("SCRATCH"), 7).unwrap();
        assert_eq!(d.cycles() - start, 3);
        assert_eq!(d.read32(off("SCRATCH")).unwrap(), 7);
        assert_eq!(cycles_for(&mut d, off("TRACK_BITMAP")), 6);
        assert_eq!(cycles_for(&mut d, off("TRACK_SUMMARY")), 6);
    }

    #[test]
    fn reset_sweep_takes_one_cycle_per_bitmap_word() {
        for (cap, words) in [(11u32, 64u64), (14, 512)] {
            let mut d = driver(CoreModel::new(cap, 3));
            d.write32(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1)).unwrap();
            d.snoop(0, 1);
            // Long enough for the bit to be written and counted (seven stages).
            d.ticks(8);
            d.reset();
            // reset() ends with one cycle out of reset, which is the sweep's first.
            let mut low = 1;
            while !d.outputs().snoop_ready {
                d.tick();
                low += 1;
            }
            assert_eq!(low, words, "capacity 2^{cap}");
            // With clean banks a reset takes writes at once.
            d.reset();
            assert!(d.outputs().snoop_ready);
        }
    }

    /// A stretch of 10^12 quiet cycles with everything that counts by itself running: epochs
    /// of SRC = CYCLES, a skew timeout, a CLEAR of the default 512-word bank.
    #[test]
    fn idle_takes_any_length_in_bulk_and_exactly() {
        let setup = || {
            let mut d = driver(CoreModel::default_params());
            d.write32(off("INTR_ENABLE"), 0xF).unwrap();
            d.write32(off("EPOCH_LOAD"), 1000).unwrap();
            let ctrl = f("EPOCH_CTRL", "EN", 1) | f("EPOCH_CTRL", "AUTO_RELOAD", 1) | f("EPOCH_CTRL", "SRC", 2);
            d.write32(off("EPOCH_CTRL"), ctrl).unwrap();
            d.write32(off("CMP_SKEW_TIMEOUT"), 100_000).unwrap();
            d.write32(off("CMP_CTRL"), f("CMP_CTRL", "EN", 1)).unwrap();
            d.queue_word(StreamSide::A, 7, false);
            d.ticks(3);
            d.write32(off("TRACK_CTRL"), f("TRACK_CTRL", "SNAPSHOT", 1)).unwrap();
            d.write32(off("TRACK_CTRL"), f("TRACK_CTRL", "CLEAR", 1)).unwrap();
            d
        };
        let mut d = setup();
        let number = |d: &PortDriver<CoreModel>| d.ports().epoch().outputs().number;
        let (start, before) = (d.cycles(), number(&d));
        let t = Instant::now();
        d.idle(1_000_000_000_000);
        assert!(t.elapsed().as_secs_f64() < 0.5, "idle(10^12) took {:?}", t.elapsed());
        assert_eq!(d.cycles() - start, 1_000_000_000_000);
        let after = number(&d);
        assert!((after - before).abs_diff(1_000_000_000) <= 1, "{} epochs", after - before);
        let status = d.read32(off("CMP_STATUS")).unwrap();
        assert_eq!(get("CMP_STATUS", "TIMEOUT", status), 1);
        assert_eq!(get("TRACK_STATUS", "BUSY", d.read32(off("TRACK_STATUS")).unwrap()), 0);
        assert!(d.outputs().irq);

        // The same stretch, shorter, tick by tick: the same state.
        let (mut a, mut b) = (setup(), setup());
        a.idle(250_000);
        b.ticks(250_000);
        assert!(a.ports() == b.ports(), "idle(250000) differs from 250000 ticks");
    }

    #[test]
    fn the_largest_bank_covers_the_whole_address_space() {
        let mut d = driver(CoreModel::new(regmap::TRACK_MAX_CAPACITY_LOG2, 3));
        d.write32(off("TRACK_SHIFT"), 30).unwrap();
        d.write32(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1)).unwrap();
        // 256 TiB tracked at 1 GiB per bit: the last byte of the 48-bit space is block 2^18 - 1.
        d.snoop((1 << 48) - 1, 1);
        d.snoop(0, 0xFFFF);
        d.ticks(5);
        d.write32(off("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1)).unwrap();
        d.ticks(3);
        let words = regmap::register("TRACK_BITMAP").unwrap().words;
        assert_eq!(d.read32(off("TRACK_BITMAP") + 4 * (words - 1)).unwrap(), 1 << 31);
        assert_eq!(d.read32(off("TRACK_BITMAP")).unwrap(), 1);
        assert_eq!(d.read32(off("TRACK_SNAP_COUNT")).unwrap(), 2);
    }

    /// Throughput, printed for the record (`cargo test -p block-model speed -- --nocapture`);
    /// the bounds only catch an accidental slowdown by orders of magnitude.
    #[test]
    fn speed() {
        let mut m = CoreModel::default_params();
        let rst = CoreInputs { rst: true, ..Default::default() };
        m.tick(&rst);
        let quiet = CoreInputs { o_ready: true, wb_sel: 0xF, ..Default::default() };
        let n = 2_000_000;
        let t = Instant::now();
        for _ in 0..n {
            m.tick(&quiet);
        }
        let ticks_per_s = n as f64 / t.elapsed().as_secs_f64();

        // The driver's pattern with bulk idling: a register write, then a quiet stretch.
        let mut d = driver(CoreModel::default_params());
        d.write32(off("EPOCH_LOAD"), 1000).unwrap();
        let t = Instant::now();
        let mut idled = 0;
        for k in 0..20_000u32 {
            d.write32(off("SCRATCH"), k).unwrap();
            d.idle(10_000);
            idled += 10_000;
        }
        let idle_per_s = idled as f64 / t.elapsed().as_secs_f64();
        eprintln!("CoreModel: {ticks_per_s:.3e} ticks/s; write + idle(10000): {idle_per_s:.3e} cycles/s");
        assert!(ticks_per_s > 1e5 && idle_per_s > 1e7);
    }
}
