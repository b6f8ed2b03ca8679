//! `epoch_counter`: the recovery register of seed 003. It counts events (retired instructions,
//! snooped writes or cycles) and ends an epoch on exactly the N-th one, or early on a drain.
//! At an epoch end it can hold the CE (`ce_hold`) until the host has delivered the interrupts
//! it buffered during the epoch and written EPOCH_RESUME.
//!
//! Timing contract: a retired instruction (or a cycle, or a drain) in cycle t that ends the
//! epoch raises `ce_hold` in cycle t+1, so a CE that checks `ce_hold` before retiring stops
//! after exactly N instructions. A snooped write is accepted late in its cycle (by the write
//! tracker across the chip), so it reaches the count through a register: one that ends the
//! epoch raises `ce_hold` in cycle t+2 (issue 5). Events seen while held, expired or disabled
//! are not counted.
//!
//! The configuration (EN, SRC, DRAIN_ENDS, HOLD_AT_END, AUTO_RELOAD) passes a register on its
//! way in, so the counter acts on last cycle's settings (issue 5: nothing from the register
//! file's decode lies on the count's path). A start (EN read 1 by that register for the first
//! time, i.e. the cycle after EN became 1) and a write of EPOCH_LOAD load the count from
//! EPOCH_LOAD at the edge after the cycle the register file shows them in, so the first
//! cycle of the new epoch already counts its event against the full length. Enabling before
//! or after programming the length both work.

use rust_hdl::prelude::*;

#[derive(LogicBlock, Default)]
pub struct EpochCounter {
    pub clock: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    // Configuration (EPOCH_CTRL, EPOCH_LOAD, EPOCH_RESUME).
    pub en: Signal<In, Bit>,
    pub auto_reload: Signal<In, Bit>,
    pub hold_at_end: Signal<In, Bit>,
    pub src: Signal<In, Bits<2>>,
    pub drain_ends: Signal<In, Bit>,
    pub load: Signal<In, Bits<32>>,
    /// One-cycle pulse after EPOCH_LOAD was written: restart the count from `load`.
    pub load_written: Signal<In, Bit>,
    pub resume: Signal<In, Bit>,
    // Events.
    pub retire: Signal<In, Bit>,
    pub drain: Signal<In, Bit>,
    pub write_event: Signal<In, Bit>,
    // State.
    pub count: Signal<Out, Bits<32>>,
    pub number: Signal<Out, Bits<64>>,
    pub held: Signal<Out, Bit>,
    pub expired: Signal<Out, Bit>,
    /// One-cycle pulse in the cycle after the epoch ended.
    pub epoch_end: Signal<Out, Bit>,
    pub ce_hold: Signal<Out, Bit>,

    r_count: DFF<Bits<32>>,
    /// EPOCH_NUMBER in two halves: the high one counts the low one's carry at the next edge,
    /// so no carry chain is longer than 33 bits (issue 5: a 64-bit chain alone is ~18 ns on
    /// the UP5K). EPOCH_NUMBER_HI lags one cycle after a wrap of the low half, a window that
    /// software's HI, LO, HI read (retry if HI changed) already covers.
    r_number_lo: DFF<Bits<32>>,
    r_number_hi: DFF<Bits<32>>,
    r_number_carry: DFF<Bit>,
    /// EPOCH_NUMBER_LO is 0xFFFF_FFFF: the next end carries into the high half.
    r_number_lo_max: DFF<Bit>,
    r_held: DFF<Bit>,
    r_expired: DFF<Bit>,
    /// `r_en & !r_held & !r_expired`, kept as a register of its own (issue 5: the three
    /// as separate inputs put the drain and end decisions one LUT level deeper).
    r_active: DFF<Bit>,
    /// Last cycle's configuration (`r_en` is also the EN sample a start is detected against).
    r_en: DFF<Bit>,
    /// Last cycle's SRC = retires (issue 5: with `r_counted_anyway`, the event is one LUT).
    r_src_retire: DFF<Bit>,
    r_drain_ends: DFF<Bit>,
    r_hold_at_end: DFF<Bit>,
    r_auto_reload: DFF<Bit>,
    r_end: DFF<Bit>,
    /// An event that needs no input this cycle: last cycle's snooped write with last cycle's
    /// SRC = writes (see the timing contract), or SRC = cycles.
    r_counted_anyway: DFF<Bit>,
    /// `r_count == 1` and `r_count != 0`, kept alongside the count, and the same of last
    /// cycle's EPOCH_LOAD for a reload, so that no 32-bit compare lies on the path to the next
    /// count (issue 5). EPOCH_LOAD changes only by a write, and the count restarts from the new
    /// value in the cycle after (computing its flags directly), so the one-cycle-old load
    /// flags are never used stale.
    r_is_1: DFF<Bit>,
    r_nonzero: DFF<Bit>,
    r_load_is_1: DFF<Bit>,
    r_load_nonzero: DFF<Bit>,
    /// `r_count`'s low half is 0 (and EPOCH_LOAD's, for a reload): the decrement borrows from
    /// the high half on this flag, so it is two 16-bit chains side by side instead of one of
    /// 32 in front of the load/decrement choice (issue 5). Only used while the count is not 0.
    r_lo_zero: DFF<Bit>,
    r_load_lo_zero: DFF<Bit>,

    starting: Signal<Local, Bit>,
    restart: Signal<Local, Bit>,
    active: Signal<Local, Bit>,
    counted: Signal<Local, Bit>,
    drained: Signal<Local, Bit>,
    ends: Signal<Local, Bit>,
    ends_if_counted: Signal<Local, Bit>,
    moves_if_counted: Signal<Local, Bit>,
    count_dec: Signal<Local, Bits<32>>,
    number_inc: Signal<Local, Bits<32>>,
    held_next: Signal<Local, Bit>,
    expired_next: Signal<Local, Bit>,
}

impl EpochCounter {
    pub fn new() -> Self {
        Self::default()
    }
}

impl Logic for EpochCounter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            r_count,
            r_number_lo,
            r_number_hi,
            r_number_carry,
            r_number_lo_max,
            r_held,
            r_expired,
            r_active,
            r_en,
            r_src_retire,
            r_drain_ends,
            r_hold_at_end,
            r_auto_reload,
            r_end,
            r_counted_anyway,
            r_is_1,
            r_nonzero,
            r_load_is_1,
            r_load_nonzero,
            r_lo_zero,
            r_load_lo_zero
        );
        self.r_en.d.next = self.en.val();
        self.r_counted_anyway.d.next = (self.write_event.val() & (self.src.val() == 1)) | (self.src.val() == 2);
        self.r_src_retire.d.next = self.src.val() == 0;
        self.r_drain_ends.d.next = self.drain_ends.val();
        self.r_hold_at_end.d.next = self.hold_at_end.val();
        self.r_auto_reload.d.next = self.auto_reload.val();
        self.r_load_is_1.d.next = self.load.val() == 1;
        self.r_load_nonzero.d.next = self.load.val() != 0;
        self.r_load_lo_zero.d.next = self.load.val().get_bits::<16>(0) == 0;
        self.r_end.d.next = false;
        self.starting.next = self.en.val() & !self.r_en.q.val();
        self.restart.next = self.starting.val() | self.load_written.val();
        self.active.next = self.r_active.q.val();
        // SRC 3 is unassigned and counts nothing.
        self.counted.next = (self.retire.val() & self.r_src_retire.q.val()) | self.r_counted_anyway.q.val();
        self.drained.next = self.active.val() & self.r_drain_ends.q.val() & self.drain.val();
        // The event input arrives last (a snooped write is accepted late in the cycle), so
        // everything else is decided for "an event" and "no event" first (issue 5).
        self.ends_if_counted.next = self.active.val() & self.r_is_1.q.val();
        // At 0 (EPOCH_LOAD 0) the count stays put: only a drain can end such an epoch.
        self.moves_if_counted.next = self.active.val() & self.r_nonzero.q.val();
        self.ends.next = self.drained.val() | (self.counted.val() & self.ends_if_counted.val());
        self.count_dec.next = (bit_cast::<32, 16>(
            self.r_count.q.val().get_bits::<16>(16) - bit_cast::<16, 1>(self.r_lo_zero.q.val().into()),
        ) << 16)
            | bit_cast::<32, 16>(self.r_count.q.val().get_bits::<16>(0) - 1);
        // A restart's flags come from this cycle's EPOCH_LOAD, a reload's from last cycle's;
        // the restart is picked last so its compares are not in series with the end decision.
        if self.restart.val() {
            self.r_count.d.next = self.load.val();
            self.r_is_1.d.next = self.load.val() == 1;
            self.r_nonzero.d.next = self.load.val() != 0;
            self.r_lo_zero.d.next = self.load.val().get_bits::<16>(0) == 0;
        } else if self.ends.val() {
            self.r_count.d.next = self.load.val();
            self.r_is_1.d.next = self.r_load_is_1.q.val();
            self.r_nonzero.d.next = self.r_load_nonzero.q.val();
            self.r_lo_zero.d.next = self.r_load_lo_zero.q.val();
        } else if self.counted.val() & self.moves_if_counted.val() {
            self.r_count.d.next = self.count_dec.val();
            self.r_is_1.d.next = self.r_count.q.val() == 2;
            self.r_nonzero.d.next = !self.r_is_1.q.val();
            self.r_lo_zero.d.next = self.r_count.q.val().get_bits::<16>(0) == 1;
        }
        self.number_inc.next = self.r_number_lo.q.val() + 1;
        self.r_number_carry.d.next = false;
        if self.r_number_carry.q.val() {
            self.r_number_hi.d.next = self.r_number_hi.q.val() + 1;
        }
        // A held counter ends no epoch, so a resume never undoes a hold raised in this cycle.
        self.held_next.next = !self.rst.val()
            & !(self.resume.val() & self.r_held.q.val())
            & (self.r_held.q.val() | (self.ends.val() & self.r_hold_at_end.q.val()));
        self.expired_next.next = !self.rst.val()
            & !self.starting.val()
            & (self.r_expired.q.val() | (self.ends.val() & !self.r_auto_reload.q.val()));
        self.r_held.d.next = self.held_next.val();
        self.r_expired.d.next = self.expired_next.val();
        self.r_active.d.next = self.en.val() & !self.rst.val() & !self.held_next.val() & !self.expired_next.val();
        if self.ends.val() {
            self.r_number_lo.d.next = self.number_inc.val();
            // The carry comes from a flag kept beside the low half, not from the end of its
            // 32-bit chain (issue 5: chain + LUT + routing was 21.7 ns on the UP5K).
            self.r_number_carry.d.next = self.r_number_lo_max.q.val();
            self.r_number_lo_max.d.next = self.r_number_lo.q.val() == 0xFFFF_FFFE_u64;
            self.r_end.d.next = true;
        }
        if self.rst.val() {
            self.r_count.d.next = 0.into();
            self.r_is_1.d.next = false;
            self.r_nonzero.d.next = false;
            self.r_lo_zero.d.next = true;
            self.r_number_lo.d.next = 0.into();
            self.r_number_hi.d.next = 0.into();
            self.r_number_carry.d.next = false;
            self.r_number_lo_max.d.next = false;
            self.r_en.d.next = false;
            self.r_end.d.next = false;
            self.r_counted_anyway.d.next = false;
        }
        self.count.next = self.r_count.q.val();
        self.number.next =
            (bit_cast::<64, 32>(self.r_number_hi.q.val()) << 32) | bit_cast::<64, 32>(self.r_number_lo.q.val());
        self.held.next = self.r_held.q.val();
        self.expired.next = self.r_expired.q.val();
        self.epoch_end.next = self.r_end.q.val();
        self.ce_hold.next = self.r_held.q.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn epoch_counter_synthesizes() {
        let mut uut = EpochCounter::new();
        uut.connect_all();
        yosys_validate("ftsync_epoch_counter", &generate_verilog(&uut)).unwrap();
    }
}

/// EPOCH_NUMBER's carry into its high half, which no black-box test reaches (2^32 epochs): the
/// number's registers are preset just below a wrap of the low half. block-model's
/// `the_high_half_of_the_number_takes_the_carry_one_edge_late` expects the same behaviour.
#[cfg(test)]
mod wrap {
    use super::*;
    use crate::bench::Bench;

    /// EPOCH_NUMBER after each cycle, with epochs of one retired instruction and a retire in
    /// the cycles `retires` says, counting from 0x7_FFFF_FFFC.
    fn numbers(retires: &[bool]) -> Vec<u64> {
        let mut b = Bench::new(EpochCounter::new(), |u| &mut u.clock);
        b.uut.en.next = true;
        b.uut.auto_reload.next = true;
        b.uut.load.next = 1u64.into();
        // The start cycle loads the count; SRC = retires (0) from the next.
        b.tick();
        b.uut.r_number_lo.q.next = 0xFFFF_FFFCu64.into();
        b.uut.r_number_hi.q.next = 7u64.into();
        b.settle();
        retires
            .iter()
            .map(|&retire| {
                b.uut.retire.next = retire;
                b.tick();
                b.uut.number.val().to_u64()
            })
            .collect()
    }

    #[test]
    fn epoch_number_carries_into_its_high_half_one_edge_late() {
        // The carry comes from a flag set at the end that makes the low half all ones (issue 5).
        assert_eq!(
            numbers(&[true; 6]),
            [0x7_FFFF_FFFD, 0x7_FFFF_FFFE, 0x7_FFFF_FFFF, 0x7_0000_0000, 0x8_0000_0001, 0x8_0000_0002]
        );
        let spaced = [true, true, false, true, false, false, true, false, true];
        assert_eq!(
            numbers(&spaced),
            [
                0x7_FFFF_FFFD,
                0x7_FFFF_FFFE,
                0x7_FFFF_FFFE,
                0x7_FFFF_FFFF,
                0x7_FFFF_FFFF,
                0x7_FFFF_FFFF,
                0x7_0000_0000,
                0x8_0000_0000,
                0x8_0000_0001
            ]
        );
    }
}
