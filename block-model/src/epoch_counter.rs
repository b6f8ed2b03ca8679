//! Reference model of `epoch_counter`, the recovery register of seed 003.
//!
//! Written from the documented contract (DESIGN.md, the EPOCH_* registers in `regmap`, the doc
//! comment of `hdl_gen::epoch_counter`), not from the RTL:
//!
//! - Each cycle at most one event is counted, chosen by SRC: a retired instruction, a snooped
//!   write, or the cycle itself. SRC 3 is unassigned and counts nothing.
//! - EPOCH_COUNT is the number of events left; the event that would take it to 0 ends the epoch
//!   instead, so the N-th event ends an epoch of length N. With EPOCH_LOAD 0 no event can do
//!   that and only a drain (with DRAIN_ENDS) ends an epoch.
//! - An epoch end (count or drain) adds one to EPOCH_NUMBER, reloads EPOCH_COUNT from
//!   EPOCH_LOAD, pulses `epoch_end` in the next cycle, raises `ce_hold` in the next cycle when
//!   HOLD_AT_END is set, and without AUTO_RELOAD sets EXPIRED.
//! - The configuration (EN, SRC, DRAIN_ENDS, HOLD_AT_END, AUTO_RELOAD) acts one cycle late: it
//!   passes a register on its way in (issue 5). Nothing is counted (and no drain ends an
//!   epoch) while that EN is 0, while held, or while expired.
//! - A start (EN 1 now and 0 last cycle) or a write of EPOCH_LOAD (`load_written`) sets the
//!   count to EPOCH_LOAD at this cycle's edge, whatever this cycle counted; a start also clears
//!   EXPIRED. The next cycle is then the first of the epoch and its event already counts.
//! - A snooped write counts one cycle after the cycle it is accepted in (it passes a register,
//!   issue 5), so one that ends an epoch raises `ce_hold` two cycles after it; retires, cycles
//!   and drains count in their own cycle.
//! - EPOCH_NUMBER counts in two 32-bit halves: the high half takes the low half's carry at the
//!   edge after it (issue 5), so after a wrap of the low half EPOCH_NUMBER_HI lags one cycle.
//! - EPOCH_RESUME drops `ce_hold` in the next cycle. The resume cycle itself still shows
//!   `ce_hold`, so its events are not counted (the CE must not have retired anything then).
//! - Reset is synchronous; it also forgets the last EN sample, so EN held at 1 across a reset
//!   starts a fresh epoch.
//!
//! Every output is registered: [`EpochCounterModel::step`] takes one cycle's inputs and returns
//! what the outputs show after that clock edge.

/// Values of EPOCH_CTRL.SRC.
pub mod src {
    pub const RETIRE: u8 = 0;
    pub const WRITES: u8 = 1;
    pub const CYCLES: u8 = 2;
}

/// One cycle's inputs: EPOCH_CTRL fields, EPOCH_LOAD, the EPOCH_RESUME strobe and the events.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EpochInputs {
    pub rst: bool,
    pub en: bool,
    pub auto_reload: bool,
    pub hold_at_end: bool,
    /// Two bits wide in hardware; see [`src`].
    pub src: u8,
    pub drain_ends: bool,
    pub load: u32,
    /// The cycle after a write of EPOCH_LOAD: the count restarts from `load`.
    pub load_written: bool,
    pub resume: bool,
    pub retire: bool,
    pub drain: bool,
    pub write_event: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EpochOutputs {
    pub count: u32,
    pub number: u64,
    pub held: bool,
    pub expired: bool,
    /// High for one cycle after each epoch end.
    pub epoch_end: bool,
    pub ce_hold: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EpochCounterModel {
    count: u32,
    number: u64,
    /// The low half wrapped at the last edge; the high half takes the carry at the next.
    carry: bool,
    /// Last cycle's snooped write, counted in this cycle.
    write_before: bool,
    held: bool,
    expired: bool,
    /// Last cycle's configuration; its EN at 0 and a 1 now is the start of an epoch.
    en_before: bool,
    src: u8,
    drain_ends: bool,
    hold_at_end: bool,
    auto_reload: bool,
    ended: bool,
}

impl EpochCounterModel {
    /// The state after power-up, which equals the state after reset.
    pub fn new() -> Self {
        Self::default()
    }

    /// What the outputs show now.
    pub fn outputs(&self) -> EpochOutputs {
        EpochOutputs {
            count: self.count,
            number: self.number,
            held: self.held,
            expired: self.expired,
            epoch_end: self.ended,
            ce_hold: self.held,
        }
    }

    /// One clock edge with `i` applied; returns the outputs after the edge.
    pub fn step(&mut self, i: &EpochInputs) -> EpochOutputs {
        if i.rst {
            *self = Self::new();
            return self.outputs();
        }
        let starts = i.en && !self.en_before;
        self.take_carry();
        // Holding starts after the ending cycle and stops after the resume cycle, so this
        // cycle is governed by last cycle's value.
        let was_held = self.held;
        let counting = self.en_before && !was_held && !self.expired;
        let event = counting
            && match self.src {
                src::RETIRE => i.retire,
                src::WRITES => self.write_before,
                src::CYCLES => true,
                _ => false,
            };
        let drained = counting && self.drain_ends && i.drain;
        let ends = drained || (event && self.count == 1);

        self.ended = ends;
        if ends {
            self.count_epochs(1, true);
            self.count = i.load;
            self.held |= self.hold_at_end;
            self.expired |= !self.auto_reload;
        } else if event {
            // At 0 (EPOCH_LOAD 0) the count stays put: only a drain can end such an epoch.
            self.count = self.count.saturating_sub(1);
        }
        // A held counter ends no epoch, so this never undoes a hold raised in this cycle.
        if i.resume && was_held {
            self.held = false;
        }
        if starts || i.load_written {
            self.count = i.load;
        }
        if starts {
            self.expired = false;
        }
        self.en_before = i.en;
        self.write_before = i.write_event;
        self.src = i.src;
        self.drain_ends = i.drain_ends;
        self.hold_at_end = i.hold_at_end;
        self.auto_reload = i.auto_reload;
        self.outputs()
    }

    /// The high half of EPOCH_NUMBER takes the carry the low half produced at the last edge.
    fn take_carry(&mut self) {
        if self.carry {
            self.number = self.number.wrapping_add(1 << 32);
            self.carry = false;
        }
    }

    /// `k` epochs end; with `last_at_this_edge` the last of them ends at the edge being
    /// stepped, so a wrap of the low half it causes reaches the high half only at the next
    /// edge (earlier wraps have reached it already).
    fn count_epochs(&mut self, k: u64, last_at_this_edge: bool) {
        let total = (self.number & 0xFFFF_FFFF) + k;
        let low = total & 0xFFFF_FFFF;
        let wraps = total >> 32;
        self.carry = last_at_this_edge && wraps > 0 && low == 0;
        let high = (self.number >> 32).wrapping_add(wraps - u64::from(self.carry)) & 0xFFFF_FFFF;
        self.number = high << 32 | low;
    }

    /// Whether `i` is a cycle in which only the clock can be an event: no reset, no EPOCH_LOAD
    /// write, no resume, no retire, snooped write or drain, and the configuration as last
    /// cycle (no epoch starts). [`EpochCounterModel::idle`] may then take many such cycles at once.
    pub fn can_idle(&self, i: &EpochInputs) -> bool {
        !i.rst
            && !i.load_written
            && !i.resume
            && !i.retire
            && !i.write_event
            && !self.write_before
            && !i.drain
            && i.en == self.en_before
            && i.src == self.src
            && i.drain_ends == self.drain_ends
            && i.hold_at_end == self.hold_at_end
            && i.auto_reload == self.auto_reload
    }

    /// `n` cycles of inputs `i` (for which [`EpochCounterModel::can_idle`] holds), in constant
    /// time, exactly as `n` calls of [`EpochCounterModel::step`]. Returns the cycle (1-based)
    /// whose edge ended the first epoch among them, if any, so a caller can tell which of its
    /// own edges saw the `epoch_end` pulse.
    pub fn idle(&mut self, i: &EpochInputs, n: u64) -> Option<u64> {
        debug_assert!(self.can_idle(i));
        if n == 0 {
            return None;
        }
        self.take_carry();
        self.ended = false;
        // Only SRC = CYCLES counts without an input event; a count of 0 (EPOCH_LOAD 0) never
        // reaches an end.
        let counting = i.en && !self.held && !self.expired && i.src == src::CYCLES;
        if !counting || self.count == 0 {
            return None;
        }
        let first = u64::from(self.count);
        if n < first {
            self.count -= n as u32;
            return None;
        }
        self.count = i.load;
        self.held |= i.hold_at_end;
        self.expired |= !i.auto_reload;
        let rest = n - first;
        if self.held || self.expired || i.load == 0 {
            self.count_epochs(1, rest == 0);
            self.ended = rest == 0;
            return Some(first);
        }
        // Auto-reload without hold: one end every EPOCH_LOAD cycles from here on.
        let period = u64::from(i.load);
        let since_last_end = rest % period;
        self.count_epochs(1 + rest / period, since_last_end == 0);
        self.count = (period - since_last_end) as u32;
        self.ended = since_last_end == 0;
        Some(first)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(load: u32, src: u8) -> EpochInputs {
        EpochInputs { en: true, auto_reload: true, src, load, ..Default::default() }
    }

    /// Steps `n` cycles with `i`, returning the cycles (0-based) whose edge ended an epoch.
    fn run(m: &mut EpochCounterModel, i: &EpochInputs, n: usize) -> Vec<usize> {
        let mut ends = Vec::new();
        for c in 0..n {
            let before = m.outputs().number;
            if m.step(i).number != before {
                ends.push(c);
            }
        }
        ends
    }

    #[test]
    fn cycles_end_every_n_from_the_cycle_after_the_start() {
        for n in [1u32, 2, 3, 7] {
            let mut m = EpochCounterModel::new();
            // Cycle 0 is the start (the count loads at its edge); cycles 1.. count.
            let ends = run(&mut m, &on(n, src::CYCLES), 3 * n as usize + 1);
            let want: Vec<usize> = (1..=3).map(|k| k * n as usize).collect();
            assert_eq!(ends, want, "N={n}");
            assert_eq!(m.outputs().number, 3);
        }
    }

    #[test]
    fn count_shows_events_left_and_epoch_end_pulses_once() {
        let mut m = EpochCounterModel::new();
        let mut i = on(3, src::RETIRE);
        assert_eq!(m.step(&i).count, 3);
        i.retire = true;
        assert_eq!(m.step(&i).count, 2);
        assert_eq!(m.step(&i).count, 1);
        let o = m.step(&i);
        assert_eq!((o.count, o.number, o.epoch_end), (3, 1, true));
        i.retire = false;
        let o = m.step(&i);
        assert_eq!((o.count, o.number, o.epoch_end), (3, 1, false));
    }

    #[test]
    fn hold_until_resume_ignores_events_including_the_resume_cycle() {
        let mut m = EpochCounterModel::new();
        let mut i = EpochInputs { hold_at_end: true, retire: true, ..on(2, src::RETIRE) };
        // The start cycle's retire is not counted (the count loads at its edge).
        assert_eq!(m.step(&i).count, 2);
        assert!(!m.step(&i).ce_hold);
        assert!(m.step(&i).ce_hold);
        for _ in 0..5 {
            let o = m.step(&i);
            assert!(o.ce_hold && o.held);
            assert_eq!((o.count, o.number), (2, 1));
        }
        i.resume = true;
        let o = m.step(&i);
        assert!(!o.ce_hold);
        assert_eq!(o.count, 2, "the resume cycle's retire counted");
        i.resume = false;
        assert_eq!(m.step(&i).count, 1);
    }

    #[test]
    fn one_shot_expires_until_en_toggles() {
        let mut m = EpochCounterModel::new();
        let mut i = EpochInputs { auto_reload: false, ..on(2, src::CYCLES) };
        run(&mut m, &i, 10);
        let o = m.outputs();
        assert!(o.expired);
        assert_eq!(o.number, 1);
        i.en = false;
        m.step(&i);
        i.en = true;
        let o = m.step(&i);
        assert!(!o.expired);
        assert_eq!(o.count, 2);
        assert_eq!(m.step(&i).count, 1);
        assert!(m.step(&i).expired);
        assert_eq!(m.outputs().number, 2);
    }

    #[test]
    fn load_zero_ends_only_on_drain_and_only_with_drain_ends() {
        let mut m = EpochCounterModel::new();
        let mut i = EpochInputs { drain: true, ..on(0, src::CYCLES) };
        assert!(run(&mut m, &i, 50).is_empty());
        // DRAIN_ENDS acts from the cycle after it is set, as all of EPOCH_CTRL does.
        i.drain_ends = true;
        assert_eq!(run(&mut m, &i, 4), vec![1, 2, 3]);
        assert_eq!(m.outputs().count, 0);
    }

    #[test]
    fn reset_restarts_from_scratch_with_en_still_high() {
        let mut m = EpochCounterModel::new();
        let mut i = EpochInputs { hold_at_end: true, ..on(2, src::CYCLES) };
        run(&mut m, &i, 4);
        assert!(m.outputs().held);
        i.rst = true;
        assert_eq!(m.step(&i), EpochOutputs::default());
        i.rst = false;
        // EN was 1 through the reset, yet this is a start again.
        assert_eq!(m.step(&i).count, 2);
        assert_eq!(m.step(&i).count, 1);
    }

    #[test]
    fn the_high_half_of_the_number_takes_the_carry_one_edge_late() {
        let mut m = EpochCounterModel::new();
        m.number = 0x0000_0007_FFFF_FFFF;
        let i = on(1, src::CYCLES);
        m.step(&i); // the start
        let o = m.step(&i);
        assert!(o.epoch_end);
        assert_eq!(o.number, 0x0000_0007_0000_0000, "low half wrapped, high half not yet");
        assert_eq!(m.step(&i).number, 0x0000_0008_0000_0001);
    }

    #[test]
    fn idle_equals_single_steps() {
        use rand::{rngs::SmallRng, Rng, SeedableRng};
        let mut rng = SmallRng::seed_from_u64(11);
        for case in 0..3000 {
            let mut m = EpochCounterModel::new();
            let mut i = EpochInputs {
                en: true,
                auto_reload: rng.gen_ratio(3, 4),
                hold_at_end: rng.gen_ratio(1, 4),
                src: rng.gen_range(0..4),
                load: rng.gen_range(0..8),
                ..Default::default()
            };
            // Near a wrap of EPOCH_NUMBER's low half now and then.
            if rng.gen_ratio(1, 3) {
                m.number = (rng.gen_range(0..3u64) << 32) | (0xFFFF_FFFF - rng.gen_range(0..4u64));
            }
            // A random history, then a quiet stretch.
            for _ in 0..rng.gen_range(0..12) {
                i.retire = rng.gen();
                i.load_written = rng.gen_ratio(1, 6);
                m.step(&i);
            }
            i.retire = false;
            i.load_written = false;
            if !m.can_idle(&i) {
                m.step(&i);
            }
            assert!(m.can_idle(&i));
            let n = rng.gen_range(0..40);
            let mut stepped = m.clone();
            let mut first = None;
            for c in 1..=n {
                if stepped.step(&i).epoch_end && first.is_none() {
                    first = Some(c);
                }
            }
            assert_eq!(m.idle(&i, n), first, "case {case}");
            assert_eq!(m, stepped, "case {case}: {i:?} n={n}");
        }
    }

    #[test]
    fn random_inputs_never_break_the_invariants() {
        use rand::{rngs::SmallRng, Rng, SeedableRng};
        let mut rng = SmallRng::seed_from_u64(3);
        let mut m = EpochCounterModel::new();
        let mut en_before = false;
        for cycle in 0..20_000 {
            let i = EpochInputs {
                rst: rng.gen_ratio(1, 500),
                en: rng.gen_ratio(15, 16),
                auto_reload: rng.gen_ratio(7, 8),
                hold_at_end: rng.gen_bool(0.3),
                src: rng.gen_range(0..4),
                drain_ends: rng.gen_bool(0.5),
                load: rng.gen_range(0..6),
                load_written: rng.gen_ratio(1, 50),
                resume: rng.gen_ratio(1, 8),
                retire: rng.gen(),
                drain: rng.gen_ratio(1, 20),
                write_event: rng.gen(),
            };
            let before = m.outputs();
            let o = m.step(&i);
            let was_enabled = std::mem::replace(&mut en_before, i.en && !i.rst);
            assert_eq!(o.held, o.ce_hold, "cycle {cycle}");
            if i.rst {
                continue;
            }
            // The number moves by exactly one at an end, and only then.
            assert_eq!(o.number - before.number, o.epoch_end as u64, "cycle {cycle}");
            if before.held {
                assert!(!o.epoch_end, "ended while held, cycle {cycle}");
            }
            if o.epoch_end {
                assert_eq!(o.count, i.load, "cycle {cycle}");
            }
            if !was_enabled && !i.en && !i.load_written {
                assert_eq!(o.count, before.count, "counted while disabled, cycle {cycle}");
            }
        }
    }
}
