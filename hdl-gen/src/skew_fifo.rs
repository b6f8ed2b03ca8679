//! `skew_fifo`: the first-word-fall-through FIFO that absorbs the skew between the two CEs'
//! streams in front of the link comparator. The head is visible in the cycle it arrives.
//!
//! For timing (issue 5) the head lives in a register and only the words behind it in the RAM,
//! and the fill level and flags are registers updated from the push and pop of the cycle, so
//! neither the comparator's 64-bit compare nor a pointer subtraction lies between `pop` and
//! the next edge. `hold_dout` and `pop_dout` are the heads the FIFO will show after this edge
//! without and with a pop, computed without `pop`, so the comparator can register both
//! comparisons one cycle ahead and pick one after the edge. The RAM's first word is also kept
//! in a register (`second`), so neither the head after a pop nor those comparisons wait for
//! the LUT RAM's read. Ports behave as before, cycle for cycle, but for the meaningless `dout`
//! while empty: the input word of the cycle whose pop emptied the FIFO (issue 5: the head loads
//! at every pop), else the last word that was at the head (0 from configuration); reset or
//! flush leave it alone.

use crate::primitives::LutRam;
use rust_hdl::prelude::*;

/// `W` = data width, `N` = log2 depth, `NP1` = N + 1 (fill width), checked in `new`.
#[derive(LogicBlock)]
pub struct SkewFifo<const W: usize, const N: usize, const NP1: usize> {
    pub clock: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    /// Drop everything queued (CMP_CTRL.CLEAR).
    pub flush: Signal<In, Bit>,
    pub push: Signal<In, Bit>,
    pub din: Signal<In, Bits<W>>,
    pub din_last: Signal<In, Bit>,
    pub full: Signal<Out, Bit>,
    /// Only while not empty, or while `rst` or `flush` is high (issue 5: `pop` is the late
    /// signal, so it is not gated with the fill here).
    pub pop: Signal<In, Bit>,
    pub empty: Signal<Out, Bit>,
    pub dout: Signal<Out, Bits<W>>,
    pub dout_last: Signal<Out, Bit>,
    /// The head after this edge if this cycle does not pop (meaningful only when the FIFO is
    /// not empty after the edge).
    pub hold_dout: Signal<Out, Bits<W>>,
    pub hold_dout_last: Signal<Out, Bit>,
    /// The head after this edge if this cycle pops (same proviso).
    pub pop_dout: Signal<Out, Bits<W>>,
    pub pop_dout_last: Signal<Out, Bit>,
    pub fill: Signal<Out, Bits<NP1>>,

    data: LutRam<Bits<W>, N>,
    last: LutRam<Bit, N>,
    depth_m1: Constant<Bits<NP1>>,
    /// Whether the RAM ever holds a word `second` does not: not at depth 2, where it then
    /// has no reader and synthesis removes it (issue 5: on the iCE40 it would be flip-flops).
    ram_used: Constant<Bit>,
    one: Constant<Bits<NP1>>,
    two: Constant<Bits<NP1>>,
    head: DFF<Bits<W>>,
    head_last: DFF<Bit>,
    /// A copy of the RAM's first word (meaningful while the RAM holds one), so that the word a
    /// pop brings to the head comes from a register, not through the LUT RAM's read.
    second: DFF<Bits<W>>,
    second_last: DFF<Bit>,
    wr_ptr: DFF<Bits<N>>,
    rd_ptr: DFF<Bits<N>>,
    r_fill: DFF<Bits<NP1>>,
    r_nonempty: DFF<Bit>,
    r_ram_nonempty: DFF<Bit>,
    r_full: DFF<Bit>,
    pushing: Signal<Local, Bit>,
    three_or_more: Signal<Local, Bit>,
    fill_hold: Signal<Local, Bits<NP1>>,
    fill_pop: Signal<Local, Bits<NP1>>,
    nonempty_pop: Signal<Local, Bit>,
    ram_nonempty_pop: Signal<Local, Bit>,
    full_hold: Signal<Local, Bit>,
    wr_step_pop: Signal<Local, Bit>,
    wr_step_hold: Signal<Local, Bit>,
    second_load_hold: Signal<Local, Bit>,
    head_load_hold: Signal<Local, Bit>,
}

impl<const W: usize, const N: usize, const NP1: usize> SkewFifo<W, N, NP1> {
    pub fn new() -> Self {
        assert_eq!(N + 1, NP1, "SkewFifo<W, N, NP1> needs NP1 = N + 1");
        Self {
            clock: Default::default(),
            rst: Default::default(),
            flush: Default::default(),
            push: Default::default(),
            din: Default::default(),
            din_last: Default::default(),
            full: Default::default(),
            pop: Default::default(),
            empty: Default::default(),
            dout: Default::default(),
            dout_last: Default::default(),
            hold_dout: Default::default(),
            hold_dout_last: Default::default(),
            pop_dout: Default::default(),
            pop_dout_last: Default::default(),
            fill: Default::default(),
            data: LutRam::new(),
            last: LutRam::new(),
            depth_m1: Constant::new(((1u64 << N) - 1).into()),
            ram_used: Constant::new(N > 1),
            one: Constant::new(1u64.into()),
            two: Constant::new(2u64.into()),
            head: Default::default(),
            head_last: Default::default(),
            second: Default::default(),
            second_last: Default::default(),
            three_or_more: Default::default(),
            wr_ptr: Default::default(),
            rd_ptr: Default::default(),
            r_fill: Default::default(),
            r_nonempty: Default::default(),
            r_ram_nonempty: Default::default(),
            r_full: Default::default(),
            pushing: Default::default(),
            fill_hold: Default::default(),
            fill_pop: Default::default(),
            nonempty_pop: Default::default(),
            ram_nonempty_pop: Default::default(),
            full_hold: Default::default(),
            wr_step_pop: Default::default(),
            wr_step_hold: Default::default(),
            second_load_hold: Default::default(),
            head_load_hold: Default::default(),
        }
    }
}

impl<const W: usize, const N: usize, const NP1: usize> Default for SkewFifo<W, N, NP1> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const N: usize, const NP1: usize> Logic for SkewFifo<W, N, NP1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            head,
            head_last,
            second,
            second_last,
            wr_ptr,
            rd_ptr,
            r_fill,
            r_nonempty,
            r_ram_nonempty,
            r_full
        );
        clock!(self, clock, data, last);
        // The flags come from registers so that `empty`/`full` never depend combinationally on
        // `push`/`pop` (the comparator computes those from the flags).
        self.empty.next = !self.r_nonempty.q.val();
        self.full.next = self.r_full.q.val();
        self.fill.next = self.r_fill.q.val();
        self.dout.next = self.head.q.val();
        self.dout_last.next = self.head_last.q.val();

        // A word pushed into an empty FIFO, or into one whose only word leaves, goes straight
        // to the head; others queue in the RAM, which then holds at most depth - 1 words.
        self.pushing.next = self.push.val() & !self.r_full.q.val();

        self.data.write_address.next = self.wr_ptr.q.val();
        self.data.write_data.next = self.din.val();
        // The RAM slot at the write pointer is free (the RAM holds at most depth - 1 words), so
        // every pushed word is written there, and only the pointer depends on the pop.
        self.data.write_enable.next = self.pushing.val();
        self.last.write_address.next = self.wr_ptr.q.val();
        self.last.write_data.next = self.din_last.val();
        self.last.write_enable.next = self.pushing.val();
        // The RAM is read one word ahead, for `second` after a pop.
        self.data.read_address.next = self.rd_ptr.q.val() + 1;
        self.last.read_address.next = self.rd_ptr.q.val() + 1;

        // Next head without a pop: the head, or the word pushed into an empty FIFO; with a pop:
        // the RAM's first word, or the word pushed now. Where these are not the next head the
        // FIFO is empty after the edge, so their selects need no `push`.
        self.hold_dout.next = self.head.q.val();
        self.hold_dout_last.next = self.head_last.q.val();
        if !self.r_nonempty.q.val() {
            self.hold_dout.next = self.din.val();
            self.hold_dout_last.next = self.din_last.val();
        }
        self.pop_dout.next = self.din.val();
        self.pop_dout_last.next = self.din_last.val();
        if self.r_ram_nonempty.q.val() {
            self.pop_dout.next = self.second.q.val();
            self.pop_dout_last.next = self.second_last.q.val();
        }

        // Every register's next value is prepared for both outcomes of the cycle without
        // `pop`, which only picks one: the pop is the late signal here (issue 5: one LUT level
        // from `pop` to every register). Without a pop a push goes to the head if the FIFO is
        // empty, else to the RAM; with a pop (so not empty) the head refills from the RAM, or
        // from a push if the RAM is empty. The RAM holds fill - 1 words.
        self.fill_hold.next = self.r_fill.q.val();
        self.fill_pop.next = self.r_fill.q.val() - 1;
        if self.pushing.val() {
            self.fill_hold.next = self.r_fill.q.val() + 1;
            self.fill_pop.next = self.r_fill.q.val();
        }
        self.nonempty_pop.next = self.pushing.val() | (self.r_fill.q.val() != self.one.val());
        self.ram_nonempty_pop.next =
            self.r_ram_nonempty.q.val() & (self.pushing.val() | (self.r_fill.q.val() != self.two.val()));
        self.full_hold.next = self.r_full.q.val() | (self.pushing.val() & (self.r_fill.q.val() == self.depth_m1.val()));
        self.wr_step_pop.next = self.pushing.val() & self.r_ram_nonempty.q.val();
        self.wr_step_hold.next = self.pushing.val() & self.r_nonempty.q.val();
        self.wr_ptr.d.next = self.wr_ptr.q.val();
        self.rd_ptr.d.next = self.rd_ptr.q.val();
        if self.pop.val() {
            self.r_fill.d.next = self.fill_pop.val();
            self.r_nonempty.d.next = self.nonempty_pop.val();
            self.r_ram_nonempty.d.next = self.ram_nonempty_pop.val();
            self.r_full.d.next = false;
            if self.wr_step_pop.val() {
                self.wr_ptr.d.next = self.wr_ptr.q.val() + 1;
            }
            if self.r_ram_nonempty.q.val() {
                self.rd_ptr.d.next = self.rd_ptr.q.val() + 1;
            }
        } else {
            self.r_fill.d.next = self.fill_hold.val();
            self.r_nonempty.d.next = self.r_nonempty.q.val() | self.pushing.val();
            self.r_ram_nonempty.d.next = self.r_ram_nonempty.q.val() | self.wr_step_hold.val();
            self.r_full.d.next = self.full_hold.val();
            if self.wr_step_hold.val() {
                self.wr_ptr.d.next = self.wr_ptr.q.val() + 1;
            }
        }
        // The head register loads at every pop: `second` with the RAM not empty, else the input
        // word (pushed now, or a stale `dout` of an emptied FIFO); without a pop it loads only
        // into an empty FIFO, whose RAM is empty too (issue 5: `pop` is one OR in front of the
        // head's enable and not in its data select).
        self.head_load_hold.next = self.pushing.val() & !self.r_nonempty.q.val();
        self.head.d.next = self.head.q.val();
        self.head_last.d.next = self.head_last.q.val();
        if self.pop.val() | self.head_load_hold.val() {
            self.head.d.next = self.din.val();
            self.head_last.d.next = self.din_last.val();
            if self.r_ram_nonempty.q.val() {
                self.head.d.next = self.second.q.val();
                self.head_last.d.next = self.second_last.q.val();
            }
        }

        // `second` follows the RAM's first word: without a pop it changes only when a push
        // lands in an empty RAM; with one, it is the RAM's next word, or the input word (pushed
        // now into a RAM whose only word leaves, else meaningless: the RAM is empty after the
        // edge). Without a pop the RAM holds no second word, so the data select needs no `pop`.
        self.three_or_more.next = self.ram_used.val() & (self.r_fill.q.val() > self.two.val());
        self.second_load_hold.next = self.wr_step_hold.val() & !self.r_ram_nonempty.q.val();
        self.second.d.next = self.second.q.val();
        self.second_last.d.next = self.second_last.q.val();
        if self.pop.val() | self.second_load_hold.val() {
            self.second.d.next = self.din.val();
            self.second_last.d.next = self.din_last.val();
            if self.three_or_more.val() {
                self.second.d.next = self.data.read_data.val();
                self.second_last.d.next = self.last.read_data.val();
            }
        }

        if self.rst.val() | self.flush.val() {
            self.head.d.next = self.head.q.val();
            self.head_last.d.next = self.head_last.q.val();
            self.wr_ptr.d.next = 0.into();
            self.rd_ptr.d.next = 0.into();
            self.r_fill.d.next = 0.into();
            self.r_nonempty.d.next = false;
            self.r_ram_nonempty.d.next = false;
            self.r_full.d.next = false;
        }
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn skew_fifo_synthesizes() {
        let mut uut = SkewFifo::<64, 3, 4>::new();
        uut.connect_all();
        yosys_validate("ftsync_skew_fifo", &generate_verilog(&uut)).unwrap();
    }
}
