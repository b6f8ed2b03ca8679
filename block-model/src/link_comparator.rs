//! Reference model of `link_comparator`, cycle by cycle.
//!
//! Written from the documented behaviour (DESIGN.md, the block's doc comment and the CMP_*
//! field docs in `regmap`), not from the RTL, so that comparing the two finds mistakes in
//! either. [`LinkComparatorModel::step`] takes the inputs of one clock cycle and returns what
//! the block shows during that cycle (before the edge); the state then advances as the edge
//! would advance it.
//!
//! Summary of the behaviour:
//! - Each side enters a skew FIFO of `2^depth_log2` words. A FIFO accepts a word while it is
//!   not full; its fill is that of the previous edge, so a FIFO that is full does not accept
//!   even in a cycle in which it is popped.
//! - DUPLEX: when both FIFOs hold a word the heads are compared (data and `last`). An equal
//!   pair is forwarded once (A's copy). The first differing pair since CLEAR is captured: its
//!   index (words forwarded before it since CLEAR), both words' low 32 bits and the epoch input,
//!   with a sticky MISMATCH bit and a one-cycle event. With HALT_ON_MISMATCH the pair stays
//!   queued and nothing is forwarded until CLEAR (HALTED); without it A's word is forwarded and
//!   comparison goes on.
//!   The index's low half shows one cycle after the other captures (it is taken from the word
//!   counter, which lags by a cycle), its high half one cycle after that (from the counter's
//!   high half, which lags its low half by a cycle; see below).
//! - A_ONLY / B_ONLY (simplex): the named side is forwarded; the other side is always ready
//!   and its words are dropped (never queued, never compared); words it had queued before are
//!   dropped at the first simplex edge.
//! - Timeout (DUPLEX only): a run of consecutive enabled cycles in which exactly one FIFO holds
//!   data sets the sticky TIMEOUT bit (and an event) one edge after the cycle in which it
//!   reaches CMP_SKEW_TIMEOUT cycles (if TIMEOUT was clear in that cycle); 0 disables.
//! - Counters: words and frames (words with `last`) forwarded since CLEAR, counted one edge
//!   after the cycle that forwards them; CMP_MAX_SKEW, the largest difference between the two
//!   fills seen while in DUPLEX. The 64-bit word counter is two 32-bit halves and the high
//!   half counts the low half's wraps one edge late (issue 5: no carry chain longer than 32
//!   bits on the iCE40), so CMP_WORDS_HI lags for one cycle after the low half wraps;
//!   software's HI/LO/HI read protocol (retry when the two HI reads differ) covers that cycle.
//! - EN = 0 stalls both inputs and the output; nothing is compared and no timeout runs.
//! - EN, MODE and HALT_ON_MISMATCH act one cycle after the inputs show them (issue 5: the
//!   block registers them); CLEAR, CMP_SKEW_TIMEOUT and the epoch act in the cycle they show.
//! - CLEAR and reset both return the block to its power-up state at the edge: FIFOs empty,
//!   status, captures and counters zero. Whatever else the cycle would have done is dropped,
//!   including events, so an interrupt never announces a capture that CLEAR already erased.

use std::collections::VecDeque;

/// CMP_CTRL.MODE, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Duplex,
    AOnly,
    BOnly,
}

impl Mode {
    /// Decode the 2-bit field. The register map leaves 3 unnamed; it compares like DUPLEX so
    /// that a stray value cannot silently switch comparison off.
    pub fn from_field(value: u32) -> Mode {
        match value & 3 {
            1 => Mode::AOnly,
            2 => Mode::BOnly,
            _ => Mode::Duplex,
        }
    }

    /// The field value software writes for this mode.
    pub fn field(self) -> u32 {
        match self {
            Mode::Duplex => 0,
            Mode::AOnly => 1,
            Mode::BOnly => 2,
        }
    }
}

/// One stream word: data and the frame's `last` flag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Word {
    pub data: u128,
    pub last: bool,
}

/// Inputs of one clock cycle. `mode` is the raw 2-bit CMP_CTRL.MODE field; `clear` is the
/// one-cycle CMP_CTRL.CLEAR pulse; `epoch` is EPOCH_NUMBER_LO. `en`, `mode` and
/// `halt_on_mismatch` take effect in the next cycle (see [`Config`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Inputs {
    pub rst: bool,
    pub a_valid: bool,
    pub a_data: u128,
    pub a_last: bool,
    pub b_valid: bool,
    pub b_data: u128,
    pub b_last: bool,
    pub o_ready: bool,
    pub en: bool,
    pub mode: u32,
    pub halt_on_mismatch: bool,
    pub clear: bool,
    pub skew_timeout: u32,
    pub epoch: u32,
}

/// CMP_CTRL's EN, MODE and HALT_ON_MISMATCH as the block acts on them: those of the inputs of
/// the cycle before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Config {
    pub en: bool,
    pub mode: u32,
    pub halt_on_mismatch: bool,
}

impl Config {
    fn of(i: &Inputs) -> Config {
        Config { en: i.en, mode: i.mode, halt_on_mismatch: i.halt_on_mismatch }
    }
}

/// Registered state as software sees it (CMP_STATUS, captures, counters) plus the two
/// one-cycle event pulses that set INTR_STATE bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Status {
    pub mismatch: bool,
    pub timeout: bool,
    pub halted: bool,
    pub a_fill: u32,
    pub b_fill: u32,
    pub mismatch_index: u64,
    pub mismatch_a: u32,
    pub mismatch_b: u32,
    pub mismatch_epoch: u32,
    pub words: u64,
    pub frames: u32,
    pub max_skew: u32,
    pub mismatch_event: bool,
    pub timeout_event: bool,
}

/// What the block drives during one cycle. `o_data` and `o_last` mean something only while
/// `o_valid` is high (the model shows 0 then; the RTL shows whatever its FIFO head holds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Outputs {
    pub a_ready: bool,
    pub b_ready: bool,
    pub o_valid: bool,
    pub o_data: u128,
    pub o_last: bool,
    pub status: Status,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkComparatorModel {
    stream_width: u32,
    depth_log2: u32,
    width_mask: u128,
    depth: usize,
    fifo_a: VecDeque<Word>,
    fifo_b: VecDeque<Word>,
    mismatch: bool,
    timeout: bool,
    halted: bool,
    mismatch_index_lo: u32,
    mismatch_index_hi: u32,
    mismatch_a: u32,
    mismatch_b: u32,
    mismatch_epoch: u32,
    words_lo: u32,
    words_hi: u32,
    /// The low half wrapped at the last edge: the high half counts it at the next.
    words_carry: bool,
    frames: u32,
    max_skew: u32,
    /// Length of the current run of one-sided cycles; saturates so that a side stuck for
    /// ever stays past any threshold.
    wait: u32,
    mismatch_event: bool,
    timeout_event: bool,
    /// Registered events of the last cycle, acted on at the next edge: a word forwarded (with
    /// its `last`), the first mismatch captured (its index follows), the timeout reached.
    took: Option<bool>,
    captured: bool,
    /// The index's low half was captured at the last edge: its high half follows.
    captured_hi: bool,
    expired: bool,
    /// The configuration inputs of the last cycle, which act in this one.
    config: Config,
}

impl LinkComparatorModel {
    /// `stream_width` bits per word (32..=128), skew FIFOs of `2^fifo_depth_log2` words (1..=7,
    /// as the 8-bit CMP_STATUS fill fields allow).
    pub fn new(stream_width: u32, fifo_depth_log2: u32) -> Self {
        assert!((32..=128).contains(&stream_width), "stream width 32..=128 bits");
        assert!((1..=7).contains(&fifo_depth_log2), "FIFO depth 2..=128 words");
        LinkComparatorModel {
            stream_width,
            depth_log2: fifo_depth_log2,
            width_mask: u128::MAX >> (128 - stream_width),
            depth: 1 << fifo_depth_log2,
            fifo_a: VecDeque::new(),
            fifo_b: VecDeque::new(),
            mismatch: false,
            timeout: false,
            halted: false,
            mismatch_index_lo: 0,
            mismatch_index_hi: 0,
            mismatch_a: 0,
            mismatch_b: 0,
            mismatch_epoch: 0,
            words_lo: 0,
            words_hi: 0,
            words_carry: false,
            frames: 0,
            max_skew: 0,
            wait: 0,
            mismatch_event: false,
            timeout_event: false,
            took: None,
            captured: false,
            captured_hi: false,
            expired: false,
            config: Config::default(),
        }
    }

    /// The comparator of a core generated with `params`.
    pub fn from_params(params: &regmap::Params) -> Self {
        Self::new(params.stream_width, params.fifo_depth_log2)
    }

    /// Words each skew FIFO holds.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The configuration the block acts on in the coming cycle (the inputs of the last one).
    pub fn config(&self) -> Config {
        self.config
    }

    pub fn status(&self) -> Status {
        Status {
            mismatch: self.mismatch,
            timeout: self.timeout,
            halted: self.halted,
            a_fill: self.fifo_a.len() as u32,
            b_fill: self.fifo_b.len() as u32,
            mismatch_index: (u64::from(self.mismatch_index_hi) << 32) | u64::from(self.mismatch_index_lo),
            mismatch_a: self.mismatch_a,
            mismatch_b: self.mismatch_b,
            mismatch_epoch: self.mismatch_epoch,
            words: (u64::from(self.words_hi) << 32) | u64::from(self.words_lo),
            frames: self.frames,
            max_skew: self.max_skew,
            mismatch_event: self.mismatch_event,
            timeout_event: self.timeout_event,
        }
    }

    /// The queued words of each side, head first.
    pub fn queued(&self) -> (&VecDeque<Word>, &VecDeque<Word>) {
        (&self.fifo_a, &self.fifo_b)
    }

    /// The heads differ, so comparison would flag them (DUPLEX).
    fn heads_differ(&self) -> Option<(Word, Word)> {
        match (self.fifo_a.front(), self.fifo_b.front()) {
            (Some(a), Some(b)) if a != b => Some((*a, *b)),
            _ => None,
        }
    }

    /// What the block drives this cycle for inputs `_i`, without advancing. No input reaches an
    /// output in the same cycle (the configuration acts through a register).
    pub fn outputs(&self, _i: &Inputs) -> Outputs {
        let c = self.config;
        let mode = Mode::from_field(c.mode);
        let room_a = self.fifo_a.len() < self.depth;
        let room_b = self.fifo_b.len() < self.depth;
        let (a_ready, b_ready) = match (c.en, mode) {
            (false, _) => (false, false),
            (true, Mode::Duplex) => (room_a, room_b),
            (true, Mode::AOnly) => (room_a, true),
            (true, Mode::BOnly) => (true, room_b),
        };
        let head = match mode {
            Mode::Duplex => match (self.fifo_a.front(), self.fifo_b.front()) {
                (Some(a), Some(_)) if !(c.halt_on_mismatch && self.heads_differ().is_some()) => Some(*a),
                _ => None,
            },
            Mode::AOnly => self.fifo_a.front().copied(),
            Mode::BOnly => self.fifo_b.front().copied(),
        };
        let head = if c.en && !self.halted { head } else { None };
        Outputs {
            a_ready,
            b_ready,
            o_valid: head.is_some(),
            o_data: head.map_or(0, |w| w.data),
            o_last: head.is_some_and(|w| w.last),
            status: self.status(),
        }
    }

    /// One clock cycle: returns what the block drives during it, then takes the edge.
    pub fn step(&mut self, i: &Inputs) -> Outputs {
        let out = self.outputs(i);
        if i.rst || i.clear {
            *self = Self::new(self.stream_width, self.depth_log2);
            self.config = Config::of(i);
            return out;
        }
        let c = std::mem::replace(&mut self.config, Config::of(i));
        let mode = Mode::from_field(c.mode);
        let duplex = mode == Mode::Duplex;
        let timeout_before = self.timeout;
        self.mismatch_event = false;
        self.timeout_event = false;
        // Last cycle's registered events.
        if std::mem::take(&mut self.captured_hi) {
            self.mismatch_index_hi = self.words_hi;
        }
        if std::mem::take(&mut self.captured) {
            self.mismatch_index_lo = self.words_lo;
            self.captured_hi = true;
        }
        if std::mem::take(&mut self.words_carry) {
            self.words_hi = self.words_hi.wrapping_add(1);
        }
        if std::mem::take(&mut self.expired) {
            self.timeout_event = !self.timeout;
            self.timeout = true;
        }
        if let Some(last) = self.took.take() {
            self.words_lo = self.words_lo.wrapping_add(1);
            self.words_carry = self.words_lo == 0;
            if last {
                self.frames = self.frames.wrapping_add(1);
            }
        }

        if c.en && duplex && !self.halted {
            if let Some((a, b)) = self.heads_differ() {
                if !self.mismatch {
                    self.mismatch = true;
                    self.mismatch_event = true;
                    self.captured = true;
                    self.mismatch_a = a.data as u32;
                    self.mismatch_b = b.data as u32;
                    self.mismatch_epoch = i.epoch;
                }
                if c.halt_on_mismatch {
                    self.halted = true;
                }
            }
        }

        if c.en && duplex && (self.fifo_a.is_empty() != self.fifo_b.is_empty()) {
            self.wait = self.wait.saturating_add(1);
            if i.skew_timeout != 0 && self.wait >= i.skew_timeout && !timeout_before {
                self.expired = true;
            }
        } else {
            self.wait = 0;
        }

        // Recorded whatever EN says: the fills an enabled cycle left behind count even if EN
        // drops right after. Not in simplex, where the dropped side's fill means nothing.
        if duplex {
            let skew = self.fifo_a.len().abs_diff(self.fifo_b.len()) as u32;
            self.max_skew = self.max_skew.max(skew);
        }

        if out.o_valid && i.o_ready {
            self.took = Some(out.o_last);
            if mode != Mode::BOnly {
                self.fifo_a.pop_front();
            }
            if mode != Mode::AOnly {
                self.fifo_b.pop_front();
            }
        }
        if out.a_ready && i.a_valid && mode != Mode::BOnly {
            self.fifo_a.push_back(Word { data: i.a_data & self.width_mask, last: i.a_last });
        }
        if out.b_ready && i.b_valid && mode != Mode::AOnly {
            self.fifo_b.push_back(Word { data: i.b_data & self.width_mask, last: i.b_last });
        }
        self.drop_simplex_side(mode);
        out
    }

    /// The side a simplex mode drops is held empty.
    fn drop_simplex_side(&mut self, mode: Mode) {
        match mode {
            Mode::AOnly => self.fifo_b.clear(),
            Mode::BOnly => self.fifo_a.clear(),
            Mode::Duplex => {}
        }
    }

    /// Whether `i` leaves the block still but for its skew timer: no reset or CLEAR, no word
    /// offered, none forwarded, no registered event of the last cycle pending, no queued word
    /// of a side simplex drops, and no first mismatch (or halt) waiting to be captured. [`LinkComparatorModel::idle`] may then take
    /// many such cycles at once.
    pub fn can_idle(&self, i: &Inputs) -> bool {
        if i.rst || i.clear || i.a_valid || i.b_valid {
            return false;
        }
        if self.took.is_some() || self.captured || self.captured_hi || self.words_carry || self.expired {
            return false;
        }
        if self.config != Config::of(i) {
            return false;
        }
        let dropped = match Mode::from_field(i.mode) {
            Mode::AOnly => &self.fifo_b,
            Mode::BOnly => &self.fifo_a,
            Mode::Duplex => &VecDeque::new(),
        };
        if !dropped.is_empty() {
            return false;
        }
        if self.outputs(i).o_valid && i.o_ready {
            return false;
        }
        let compares = i.en && Mode::from_field(i.mode) == Mode::Duplex && !self.halted;
        !(compares && self.heads_differ().is_some() && (!self.mismatch || i.halt_on_mismatch))
    }

    /// `n` cycles of inputs `i` (for which [`LinkComparatorModel::can_idle`] holds), in
    /// constant time, exactly as `n` calls of [`LinkComparatorModel::step`]. Returns the cycle
    /// (1-based) whose edge set TIMEOUT (and its event), if one did.
    pub fn idle(&mut self, i: &Inputs, n: u64) -> Option<u64> {
        debug_assert!(self.can_idle(i));
        if n == 0 {
            return None;
        }
        self.mismatch_event = false;
        self.timeout_event = false;
        let duplex = Mode::from_field(i.mode) == Mode::Duplex;
        if duplex {
            let skew = self.fifo_a.len().abs_diff(self.fifo_b.len()) as u32;
            self.max_skew = self.max_skew.max(skew);
        }
        if !(i.en && duplex && self.fifo_a.is_empty() != self.fifo_b.is_empty()) {
            self.wait = 0;
            return None;
        }
        // Cycle j leaves the run at wait + j (saturating); the first j reaching the limit fires.
        let start = u64::from(self.wait);
        self.wait = (start + n).min(u64::from(u32::MAX)) as u32;
        if i.skew_timeout == 0 || self.timeout {
            return None;
        }
        // The run reaches the limit in cycle `reached`; the next edge sets TIMEOUT.
        let reached = u64::from(i.skew_timeout).saturating_sub(start).max(1);
        if reached > n {
            return None;
        }
        if reached == n {
            self.expired = true;
            return None;
        }
        self.timeout = true;
        self.timeout_event = reached + 1 == n;
        // The cycle after `reached` still saw TIMEOUT clear, so it registered the event too.
        self.expired = reached + 1 == n;
        Some(reached + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::{Rng, SeedableRng};

    /// A model of depth `2^depth_log2` that has seen `ctrl`'s configuration for a cycle with no
    /// word offered, so that it acts on it from the next step.
    fn configured(depth_log2: u32, ctrl: &Inputs) -> LinkComparatorModel {
        let mut m = LinkComparatorModel::new(64, depth_log2);
        m.step(&Inputs { a_valid: false, b_valid: false, ..*ctrl });
        m
    }

    fn duplex() -> Inputs {
        Inputs { en: true, o_ready: true, mode: Mode::Duplex.field(), ..Inputs::default() }
    }

    fn with_a(mut i: Inputs, data: u128, last: bool) -> Inputs {
        i.a_valid = true;
        i.a_data = data;
        i.a_last = last;
        i
    }

    fn with_b(mut i: Inputs, data: u128, last: bool) -> Inputs {
        i.b_valid = true;
        i.b_data = data;
        i.b_last = last;
        i
    }

    fn both(i: Inputs, data: u128, last: bool) -> Inputs {
        with_b(with_a(i, data, last), data, last)
    }

    #[test]
    fn mode_values_match_the_register_map() {
        let (_, field) = regmap::field("CMP_CTRL", "MODE").unwrap();
        let value = |name: &str| field.values.iter().find(|v| v.name == name).unwrap().value;
        assert_eq!(Mode::Duplex.field(), value("DUPLEX"));
        assert_eq!(Mode::AOnly.field(), value("A_ONLY"));
        assert_eq!(Mode::BOnly.field(), value("B_ONLY"));
        for m in [Mode::Duplex, Mode::AOnly, Mode::BOnly] {
            assert_eq!(Mode::from_field(m.field()), m);
        }
        assert_eq!(Mode::from_field(3), Mode::Duplex);
    }

    #[test]
    fn equal_words_are_forwarded_once_at_full_rate() {
        let mut m = configured(3, &duplex());
        let mut out = Vec::new();
        for n in 0..20u128 {
            let o = m.step(&both(duplex(), 100 + n, n % 4 == 3));
            assert!(o.a_ready && o.b_ready, "cycle {n}");
            if o.o_valid {
                out.push((o.o_data, o.o_last));
            }
        }
        // The head is visible the cycle after it arrives, so 19 of the 20 words are out.
        let expect: Vec<_> = (0..19u128).map(|n| (100 + n, n % 4 == 3)).collect();
        assert_eq!(out, expect);
        // A word is counted at the edge after the cycle that forwards it.
        let s = m.status();
        assert_eq!((s.words, s.frames, s.mismatch, s.max_skew), (18, 4, false, 0));
        m.step(&Inputs { o_ready: false, ..duplex() });
        assert_eq!(m.status().words, 19);
    }

    #[test]
    fn word_counter_high_half_counts_a_low_half_wrap_one_cycle_late() {
        let mut m = configured(3, &duplex());
        m.words_lo = u32::MAX - 1;
        let (mut shown, mut index) = (Vec::new(), Vec::new());
        for n in 0..8u128 {
            // Monitor mode: the third pair differs and is forwarded too.
            let i = both(duplex(), n, false);
            let i = if n == 2 { Inputs { b_data: 99, ..i } } else { i };
            let s = m.step(&i).status;
            shown.push(s.words);
            if s.mismatch {
                index.push(s.mismatch_index);
            }
        }
        // Word n is forwarded in cycle n + 1 and shown counted from cycle n + 3.
        let base = u64::from(u32::MAX - 1);
        assert_eq!(shown, [base, base, base, base + 1, 0, base + 3, base + 4, base + 5]);
        // 2^32 words came before the differing pair: the low half (0) shows first.
        assert_eq!(index, [0, 0, 1 << 32, 1 << 32]);
    }

    #[test]
    fn first_mismatch_is_captured_and_halt_holds_until_clear() {
        let ctrl = Inputs { halt_on_mismatch: true, epoch: 7, ..duplex() };
        let mut m = configured(3, &ctrl);
        m.step(&both(ctrl, 1, false));
        m.step(&both(ctrl, 2, false));
        m.step(&with_b(with_a(ctrl, 0x1_0000_0003, false), 0x2_0000_0004, false));
        m.step(&both(ctrl, 5, true));
        let s = m.status();
        assert!(s.mismatch && s.halted && s.mismatch_event);
        assert_eq!((s.mismatch_index, s.mismatch_a, s.mismatch_b, s.mismatch_epoch), (0, 3, 4, 7));
        // The index follows one edge later.
        m.step(&Inputs { epoch: 8, ..ctrl });
        assert_eq!(m.status().mismatch_index, 2);
        for _ in 0..5 {
            let o = m.step(&Inputs { epoch: 8, ..ctrl });
            assert!(!o.o_valid);
        }
        let s = m.status();
        assert!(!s.mismatch_event && s.halted);
        assert_eq!((s.words, s.a_fill, s.b_fill, s.mismatch_epoch), (2, 2, 2, 7));
        // Dropping HALT_ON_MISMATCH does not resume: only CLEAR does.
        assert!(!m.step(&Inputs { halt_on_mismatch: false, ..ctrl }).o_valid);

        m.step(&Inputs { clear: true, ..ctrl });
        assert_eq!(m.status(), Status::default());
        m.step(&both(ctrl, 9, true));
        let o = m.step(&ctrl);
        assert!(o.o_valid && o.o_data == 9 && o.o_last);
    }

    #[test]
    fn without_halt_a_is_forwarded_and_only_the_first_mismatch_is_kept() {
        let ctrl = duplex();
        let mut m = configured(3, &ctrl);
        m.step(&with_b(with_a(ctrl, 10, false), 11, false));
        let o = m.step(&with_b(with_a(ctrl, 20, false), 21, false));
        assert!(o.o_valid && o.o_data == 10);
        let o = m.step(&ctrl);
        assert!(o.o_valid && o.o_data == 20);
        m.step(&Inputs { o_ready: false, ..ctrl });
        let s = m.status();
        assert!(s.mismatch && !s.halted && !s.mismatch_event);
        assert_eq!((s.mismatch_index, s.mismatch_a, s.mismatch_b, s.words), (0, 10, 11, 2));
    }

    #[test]
    fn timeout_fires_on_the_nth_one_sided_cycle() {
        for limit in [1u32, 2, 5] {
            let ctrl = Inputs { skew_timeout: limit, ..duplex() };
            let mut m = configured(3, &ctrl);
            m.step(&with_a(ctrl, 1, false));
            // The limit-th one-sided cycle is step `limit`; the edge after the next sets TIMEOUT.
            for _ in 1..=limit {
                m.step(&ctrl);
                assert!(!m.status().timeout, "limit {limit}: fired early");
            }
            m.step(&ctrl);
            let s = m.status();
            assert!(s.timeout && s.timeout_event, "limit {limit}");
            m.step(&ctrl);
            assert!(m.status().timeout && !m.status().timeout_event);
        }
        let off = Inputs { skew_timeout: 0, ..duplex() };
        let mut m = configured(3, &off);
        m.step(&with_a(off, 1, false));
        for _ in 0..50 {
            m.step(&off);
        }
        assert!(!m.status().timeout);
        // Enabling the limit on a side that has already waited longer flags it at once (one
        // edge later).
        m.step(&Inputs { skew_timeout: 10, ..off });
        assert!(!m.status().timeout);
        m.step(&Inputs { skew_timeout: 10, ..off });
        assert!(m.status().timeout);
    }

    #[test]
    fn simplex_drops_the_other_side_without_comparing() {
        for (mode, fwd_a) in [(Mode::AOnly, true), (Mode::BOnly, false)] {
            let ctrl = Inputs { mode: mode.field(), skew_timeout: 1, ..duplex() };
            let mut m = configured(1, &ctrl);
            let (mut na, mut nb, mut seen) = (0u128, 0u128, Vec::new());
            for n in 0..12 {
                let i = with_b(with_a(ctrl, 100 + na, false), 200 + nb, false);
                let i = Inputs { o_ready: n % 3 != 0, ..i };
                let o = m.step(&i);
                // The dropped side is always ready, even while the forwarded side is full.
                assert!(if fwd_a { o.b_ready } else { o.a_ready });
                na += o.a_ready as u128;
                nb += o.b_ready as u128;
                if o.o_valid && i.o_ready {
                    seen.push(o.o_data);
                }
            }
            assert!(na.min(nb) < 12, "{mode:?}: the forwarded side never filled up");
            let base = if fwd_a { 100 } else { 200 };
            assert!(!seen.is_empty());
            assert!(seen.iter().enumerate().all(|(k, d)| *d == base + k as u128), "{mode:?}: {seen:?}");
            let s = m.status();
            assert!(!s.mismatch && !s.timeout);
            assert_eq!(if fwd_a { s.b_fill } else { s.a_fill }, 0);
        }
    }

    #[test]
    fn en_low_stalls_everything() {
        let mut m = configured(3, &duplex());
        m.step(&both(duplex(), 1, false));
        let off = Inputs { en: false, skew_timeout: 1, ..duplex() };
        // EN = 0 acts from the cycle after the inputs show it: the output waits meanwhile.
        m.step(&Inputs { o_ready: false, ..off });
        for _ in 0..4 {
            let o = m.step(&with_a(off, 2, false));
            assert!(!o.a_ready && !o.b_ready && !o.o_valid);
        }
        let s = m.status();
        assert_eq!((s.a_fill, s.b_fill, s.words, s.timeout), (1, 1, 0, false));
    }

    #[test]
    fn idle_equals_single_steps() {
        let mut rng = SmallRng::seed_from_u64(17);
        for case in 0..3000 {
            let mut m = LinkComparatorModel::new(64, 2);
            let mut i = Inputs {
                en: rng.gen_ratio(7, 8),
                mode: rng.gen_range(0..4),
                halt_on_mismatch: rng.gen(),
                skew_timeout: rng.gen_range(0..12),
                o_ready: rng.gen(),
                ..Inputs::default()
            };
            for _ in 0..rng.gen_range(0..10) {
                i.a_valid = rng.gen();
                i.b_valid = rng.gen();
                i.a_data = rng.gen_range(0..3);
                i.b_data = rng.gen_range(0..3);
                m.step(&i);
            }
            i.a_valid = false;
            i.b_valid = false;
            let mut settle = 0;
            while !m.can_idle(&i) {
                m.step(&i);
                settle += 1;
                assert!(settle < 20, "case {case}: never quiet");
            }
            let n = rng.gen_range(0..30);
            let mut stepped = m.clone();
            let mut fired = None;
            for c in 1..=n {
                let before = stepped.status().timeout;
                stepped.step(&i);
                if !before && stepped.status().timeout {
                    fired = Some(c);
                }
            }
            assert_eq!(m.idle(&i, n), fired, "case {case}");
            assert_eq!(m, stepped, "case {case}: {i:?} n={n}");
        }
    }

    /// Equal streams through random stalls on both inputs and the output come out whole and
    /// in order, and the fills never exceed the depth.
    #[test]
    fn random_equal_streams_come_out_intact() {
        let seed = 0x5eed_c0de;
        let mut rng = SmallRng::seed_from_u64(seed);
        let mut m = configured(2, &duplex());
        let (mut next_a, mut next_b, mut got) = (0u128, 0u128, Vec::new());
        let word = |n: u128| (n * 0x9e37_79b9_7f4a_7c15) & u64::MAX as u128;
        for cycle in 0..5000 {
            let mut i = Inputs { o_ready: rng.gen_bool(0.7), skew_timeout: 0, ..duplex() };
            if rng.gen_bool(0.6) {
                i = with_a(i, word(next_a), next_a % 5 == 4);
            }
            if rng.gen_bool(0.4) {
                i = with_b(i, word(next_b), next_b % 5 == 4);
            }
            let o = m.step(&i);
            next_a += (i.a_valid && o.a_ready) as u128;
            next_b += (i.b_valid && o.b_ready) as u128;
            if o.o_valid && i.o_ready {
                got.push(o.o_data);
            }
            let s = m.status();
            assert!(s.a_fill as usize <= m.depth() && s.b_fill as usize <= m.depth(), "seed {seed:#x} cycle {cycle}");
        }
        assert!(got.len() > 1000, "seed {seed:#x}: only {} words", got.len());
        assert!(got.iter().enumerate().all(|(n, d)| *d == word(n as u128)), "seed {seed:#x}");
        // The last cycle's word is counted at the next edge.
        m.step(&Inputs { o_ready: false, ..duplex() });
        let s = m.status();
        assert!(!s.mismatch);
        assert_eq!(s.words, got.len() as u64);
        assert_eq!(s.frames as usize, got.len() / 5);
        assert!(s.max_skew as usize <= m.depth() && s.max_skew > 0);
    }
}
