//! `link_comparator`: checks the two CEs' output streams word for word (seed 000's MIC, seed
//! 002's packet monitor) and forwards each equal word once, so the environment sees one CE.
//!
//! Each side enters a skew FIFO; when both heads are present they are compared (data and
//! `last`). The first difference is captured (word index since CLEAR, both words' low 32 bits,
//! the epoch number) with a sticky status bit and an interrupt. With HALT_ON_MISMATCH the
//! differing pair stays queued and nothing is forwarded until CLEAR; without it A's word is
//! forwarded and comparison goes on (monitor mode). One side holding data while the other has
//! none for CMP_SKEW_TIMEOUT cycles flags a timeout: the silent CE is probably dead. After a
//! fail-over, MODE selects one side (simplex) and the other side is accepted and dropped, so a
//! CE that is still talking cannot stall the link.
//!
//! For timing (issue 5) the two heads are compared one cycle ahead, from the heads the FIFOs
//! will show after the edge both if the cycle forwards a word and if it does not; both results
//! are registered and the one matching what the cycle did is picked after the edge, so neither
//! the 64-bit compare nor the FIFO read lies behind the forward decision. Forwarding, the
//! inputs' ready and the mismatch and halt decisions keep their cycle; the counters, the
//! mismatch index and the timeout are updated from registered events, one cycle later:
//! CMP_WORDS / CMP_FRAMES count a forwarded word one cycle after it leaves, the mismatch index
//! shows one cycle after MISMATCH, TIMEOUT is set one cycle after the limit-th one-sided cycle.
//! No carry chain is longer than 33 bits or in series with another: CMP_WORDS_HI counts the
//! low half's wraps one cycle late, and the mismatch index's high half shows one cycle after
//! its low half (software reads both 64-bit values HI/LO/HI, which covers that cycle).
//! The side a simplex mode drops is kept empty (its queued words are dropped at the first
//! simplex edge), so that the heads after a forwarding cycle are always both FIFOs' next words.
//! EN, MODE and HALT_ON_MISMATCH act through a register, one cycle after the register file
//! shows them (CLEAR and CMP_SKEW_TIMEOUT act at once): the forward decision then starts from
//! flip-flops that already combine them with HALTED and with which heads are present, prepared
//! at the edge before for both outcomes of its pop.

use crate::skew_fifo::SkewFifo;
use rust_hdl::prelude::*;

/// `W` = stream width, `N` = log2 FIFO depth, `NP1` = N + 1.
#[derive(LogicBlock)]
pub struct LinkComparator<const W: usize, const N: usize, const NP1: usize> {
    pub clock: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    pub a_valid: Signal<In, Bit>,
    pub a_ready: Signal<Out, Bit>,
    pub a_data: Signal<In, Bits<W>>,
    pub a_last: Signal<In, Bit>,
    pub b_valid: Signal<In, Bit>,
    pub b_ready: Signal<Out, Bit>,
    pub b_data: Signal<In, Bits<W>>,
    pub b_last: Signal<In, Bit>,
    pub o_valid: Signal<Out, Bit>,
    pub o_ready: Signal<In, Bit>,
    pub o_data: Signal<Out, Bits<W>>,
    pub o_last: Signal<Out, Bit>,
    // Configuration (CMP_CTRL, CMP_SKEW_TIMEOUT) and the epoch number to stamp mismatches with.
    pub en: Signal<In, Bit>,
    pub mode: Signal<In, Bits<2>>,
    pub halt_on_mismatch: Signal<In, Bit>,
    pub clear: Signal<In, Bit>,
    pub skew_timeout: Signal<In, Bits<32>>,
    pub epoch: Signal<In, Bits<32>>,
    // Status and captures, all straight from registers.
    pub mismatch: Signal<Out, Bit>,
    pub timeout: Signal<Out, Bit>,
    pub halted: Signal<Out, Bit>,
    pub a_fill: Signal<Out, Bits<8>>,
    pub b_fill: Signal<Out, Bits<8>>,
    pub mismatch_index: Signal<Out, Bits<64>>,
    pub mismatch_a: Signal<Out, Bits<32>>,
    pub mismatch_b: Signal<Out, Bits<32>>,
    pub mismatch_epoch: Signal<Out, Bits<32>>,
    pub words: Signal<Out, Bits<64>>,
    pub frames: Signal<Out, Bits<32>>,
    pub max_skew: Signal<Out, Bits<32>>,
    /// One-cycle pulses for the interrupt bits.
    pub mismatch_event: Signal<Out, Bit>,
    pub timeout_event: Signal<Out, Bit>,

    fifo_a: SkewFifo<W, N, NP1>,
    fifo_b: SkewFifo<W, N, NP1>,

    r_mismatch: DFF<Bit>,
    r_timeout: DFF<Bit>,
    r_halted: DFF<Bit>,
    /// issue 5: the index halves are taken from the word counter's halves one edge apart (the
    /// high half lags its low half by one edge).
    r_index_lo: DFF<Bits<32>>,
    r_index_hi: DFF<Bits<32>>,
    r_a: DFF<Bits<32>>,
    r_b: DFF<Bits<32>>,
    r_epoch: DFF<Bits<32>>,
    /// issue 5: CMP_WORDS as two 32-bit halves, the high one counting the low one's wraps one
    /// edge late (`r_words_carry`), so that no carry chain is longer than 33 bits (a 64-bit one
    /// is ~18 ns on the UP5K). CMP_WORDS_HI therefore lags a low-half wrap by one cycle;
    /// software's HI/LO/HI read protocol (retry when the two HI reads differ) covers that window.
    r_words_lo: DFF<Bits<32>>,
    r_words_hi: DFF<Bits<32>>,
    r_words_carry: DFF<Bit>,
    r_frames: DFF<Bits<32>>,
    /// The skew never exceeds the depth, so only NP1 bits are kept.
    r_max_skew: DFF<Bits<NP1>>,
    /// The complement of the one-sided cycles in the current run plus one (this cycle's run
    /// length if it is one-sided); bit 32 clear means 2^32 or more (saturated). issue 5: kept
    /// as wait + 1 so the compare with the limit is not in series with the count, and
    /// complemented so that `limit + r_nrun` carries exactly when the limit is above the run:
    /// the compare is an adder of two flip-flop values, with no inverter in front of its carry
    /// chain, split in a 16-bit low and a 17-bit high half whose carry is selected.
    r_nrun: DFF<Bits<33>>,
    /// issue 5: CMP_CTRL through a register. EN, MODE = A_ONLY, MODE = B_ONLY.
    r_cfg_en: DFF<Bit>,
    r_cfg_a_only: DFF<Bit>,
    r_cfg_b_only: DFF<Bit>,
    /// EN, MODE = B_ONLY and not HALTED (after the edge): `o_data` shows B's head.
    r_fwd_b: DFF<Bit>,
    /// issue 5 (session 5): the forward decision's terms as flip-flops, so that `take`, which
    /// every FIFO register waits for, is two LUT levels from registers. `r_cand`: a simplex
    /// side, or duplex, has its word(s): a word leaves unless HALT_ON_MISMATCH stops it (so
    /// `take` is `o_ready`, `r_cand` and the two halt terms `halt_set` needs anyway, one LUT).
    /// `r_halt_took` / `r_halt_held`: duplex with HALT_ON_MISMATCH and both
    /// heads present, the last cycle having taken / not taken a word (so which of
    /// `r_differ_take` / `r_differ_hold` holds this cycle's compare). `r_cmp_took` /
    /// `r_cmp_held`: the same for any duplex mode (mismatch detection). All include EN and
    /// not HALTED.
    r_cand: DFF<Bit>,
    r_halt_took: DFF<Bit>,
    r_halt_held: DFF<Bit>,
    r_cmp_took: DFF<Bit>,
    r_cmp_held: DFF<Bit>,
    r_mismatch_event: DFF<Bit>,
    r_timeout_event: DFF<Bit>,
    /// Which thirds of the heads the FIFOs show this cycle differ (`last` counts with the
    /// top third), if the last cycle took a word (`r_differ_take`) or did not (`r_differ_hold`):
    /// the last step of the reduction to one bit is after the edge. issue 5: thirds, so that
    /// each is at most 4 LUT levels from the candidates' flip-flops at 32-bit streams.
    r_differ_hold: DFF<Bits<3>>,
    r_differ_take: DFF<Bits<3>>,
    /// The last cycle forwarded a word (`r_took`), one with `last` (`r_took_last`): issue 5,
    /// the counters count from these, not from the late `take`.
    r_took: DFF<Bit>,
    r_took_last: DFF<Bit>,
    /// The last cycle captured the first mismatch: the index's low half follows from the word
    /// counter now.
    r_captured: DFF<Bit>,
    /// The cycle before captured the index's low half: the high half follows now.
    r_captured_hi: DFF<Bit>,
    /// The last cycle was the limit-th one-sided cycle of a run (and TIMEOUT was clear).
    r_expired: DFF<Bit>,

    duplex: Signal<Local, Bit>,
    duplex_in: Signal<Local, Bit>,
    differ_took: Signal<Local, Bit>,
    differ_held: Signal<Local, Bit>,
    fwd_a_in: Signal<Local, Bit>,
    fwd_b_in: Signal<Local, Bit>,
    dup_in: Signal<Local, Bit>,
    cand_if_pop: Signal<Local, Bit>,
    cand_if_hold: Signal<Local, Bit>,
    both_if_pop: Signal<Local, Bit>,
    both_if_hold: Signal<Local, Bit>,
    pushed_a: Signal<Local, Bit>,
    pushed_b: Signal<Local, Bit>,
    a_if_pop: Signal<Local, Bit>,
    b_if_pop: Signal<Local, Bit>,
    a_if_hold: Signal<Local, Bit>,
    b_if_hold: Signal<Local, Bit>,
    fill_one: Constant<Bits<NP1>>,
    detect: Signal<Local, Bit>,
    halt_set: Signal<Local, Bit>,
    halted_next: Signal<Local, Bit>,
    not_halted: Signal<Local, Bit>,
    cmp_took: Signal<Local, Bit>,
    cmp_held: Signal<Local, Bit>,
    forward: Signal<Local, Bit>,
    take: Signal<Local, Bit>,
    one_sided: Signal<Local, Bit>,
    skew: Signal<Local, Bits<NP1>>,
    words_lo_next: Signal<Local, Bits<33>>,
    run_lo_sum: Signal<Local, Bits<17>>,
    run_hi_sum: Signal<Local, Bits<18>>,
    run_hi_sum_c: Signal<Local, Bits<18>>,
    nrun_hi_inv: Signal<Local, Bits<17>>,
    below_limit: Signal<Local, Bit>,
    x_hold: Signal<Local, Bits<W>>,
    x_take: Signal<Local, Bits<W>>,
    part_hold: Signal<Local, Bits<3>>,
    part_take: Signal<Local, Bits<3>>,
    third0: Constant<Bits<W>>,
    third1: Constant<Bits<W>>,
    third2: Constant<Bits<W>>,
    run_reset: Constant<Bits<33>>,
}

impl<const W: usize, const N: usize, const NP1: usize> LinkComparator<W, N, NP1> {
    pub fn new() -> Self {
        assert!((32..=128).contains(&W) && W.is_multiple_of(2), "stream width 32..=128 bits, even");
        assert!(N >= 1 && N <= 7, "FIFO depth 2..=128 words (CMP_STATUS fill fields are 8 bits)");
        Self {
            clock: Default::default(),
            rst: Default::default(),
            a_valid: Default::default(),
            a_ready: Default::default(),
            a_data: Default::default(),
            a_last: Default::default(),
            b_valid: Default::default(),
            b_ready: Default::default(),
            b_data: Default::default(),
            b_last: Default::default(),
            o_valid: Default::default(),
            o_ready: Default::default(),
            o_data: Default::default(),
            o_last: Default::default(),
            en: Default::default(),
            mode: Default::default(),
            halt_on_mismatch: Default::default(),
            clear: Default::default(),
            skew_timeout: Default::default(),
            epoch: Default::default(),
            mismatch: Default::default(),
            timeout: Default::default(),
            halted: Default::default(),
            a_fill: Default::default(),
            b_fill: Default::default(),
            mismatch_index: Default::default(),
            mismatch_a: Default::default(),
            mismatch_b: Default::default(),
            mismatch_epoch: Default::default(),
            words: Default::default(),
            frames: Default::default(),
            max_skew: Default::default(),
            mismatch_event: Default::default(),
            timeout_event: Default::default(),
            fifo_a: SkewFifo::new(),
            fifo_b: SkewFifo::new(),
            r_mismatch: Default::default(),
            r_timeout: Default::default(),
            r_halted: Default::default(),
            r_index_lo: Default::default(),
            r_index_hi: Default::default(),
            r_a: Default::default(),
            r_b: Default::default(),
            r_epoch: Default::default(),
            r_words_lo: Default::default(),
            r_words_hi: Default::default(),
            r_words_carry: Default::default(),
            r_frames: Default::default(),
            r_max_skew: Default::default(),
            r_nrun: Default::default(),
            r_cfg_en: Default::default(),
            r_cfg_a_only: Default::default(),
            r_cfg_b_only: Default::default(),
            r_fwd_b: Default::default(),
            r_cand: Default::default(),
            r_halt_took: Default::default(),
            r_halt_held: Default::default(),
            r_cmp_took: Default::default(),
            r_cmp_held: Default::default(),
            r_mismatch_event: Default::default(),
            r_timeout_event: Default::default(),
            r_differ_hold: Default::default(),
            r_differ_take: Default::default(),
            r_took: Default::default(),
            r_took_last: Default::default(),
            r_captured: Default::default(),
            r_captured_hi: Default::default(),
            r_expired: Default::default(),
            duplex: Default::default(),
            duplex_in: Default::default(),
            differ_took: Default::default(),
            differ_held: Default::default(),
            fwd_a_in: Default::default(),
            fwd_b_in: Default::default(),
            dup_in: Default::default(),
            cand_if_pop: Default::default(),
            cand_if_hold: Default::default(),
            both_if_pop: Default::default(),
            both_if_hold: Default::default(),
            pushed_a: Default::default(),
            pushed_b: Default::default(),
            a_if_pop: Default::default(),
            b_if_pop: Default::default(),
            a_if_hold: Default::default(),
            b_if_hold: Default::default(),
            fill_one: Constant::new(1u64.into()),
            detect: Default::default(),
            halt_set: Default::default(),
            halted_next: Default::default(),
            not_halted: Default::default(),
            cmp_took: Default::default(),
            cmp_held: Default::default(),
            forward: Default::default(),
            take: Default::default(),
            one_sided: Default::default(),
            skew: Default::default(),
            words_lo_next: Default::default(),
            run_lo_sum: Default::default(),
            run_hi_sum: Default::default(),
            run_hi_sum_c: Default::default(),
            nrun_hi_inv: Default::default(),
            below_limit: Default::default(),
            x_hold: Default::default(),
            x_take: Default::default(),
            part_hold: Default::default(),
            part_take: Default::default(),
            third0: Constant::new(third::<W>(0)),
            third1: Constant::new(third::<W>(1)),
            third2: Constant::new(third::<W>(2)),
            // A run of one (this cycle), complemented.
            run_reset: Constant::new(Bits::<33>::mask() - 1),
        }
    }
}

/// The `k`-th of three near-equal parts of the W data bits and `last` (which is in the third).
fn third<const W: usize>(k: usize) -> Bits<W> {
    let size = (W + 3) / 3;
    let mut mask = Bits::<W>::default();
    for bit in (k * size)..((k + 1) * size).min(W) {
        mask = mask.replace_bit(bit, true);
    }
    mask
}

impl<const W: usize, const N: usize, const NP1: usize> Default for LinkComparator<W, N, NP1> {
    fn default() -> Self {
        Self::new()
    }
}

impl<const W: usize, const N: usize, const NP1: usize> Logic for LinkComparator<W, N, NP1> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            r_mismatch,
            r_timeout,
            r_halted,
            r_index_lo,
            r_index_hi,
            r_a,
            r_b,
            r_epoch,
            r_words_lo,
            r_words_hi,
            r_words_carry,
            r_frames,
            r_max_skew,
            r_nrun,
            r_cfg_en,
            r_cfg_a_only,
            r_cfg_b_only,
            r_fwd_b,
            r_cand,
            r_halt_took,
            r_halt_held,
            r_cmp_took,
            r_cmp_held,
            r_mismatch_event,
            r_timeout_event,
            r_differ_hold,
            r_differ_take,
            r_took,
            r_took_last,
            r_captured,
            r_captured_hi,
            r_expired
        );
        clock!(self, clock, fifo_a, fifo_b);
        self.r_mismatch_event.d.next = false;
        self.r_timeout_event.d.next = false;
        self.r_captured.d.next = false;
        self.r_expired.d.next = false;

        // ---- Inputs: the forwarded side(s) queue; a side dropped by a simplex mode is drained,
        // and its FIFO held empty.
        self.duplex.next = !self.r_cfg_a_only.q.val() & !self.r_cfg_b_only.q.val();
        self.fifo_a.rst.next = self.rst.val();
        self.fifo_b.rst.next = self.rst.val();
        self.fifo_a.flush.next = self.clear.val() | self.r_cfg_b_only.q.val();
        self.fifo_b.flush.next = self.clear.val() | self.r_cfg_a_only.q.val();
        self.fifo_a.din.next = self.a_data.val();
        self.fifo_a.din_last.next = self.a_last.val();
        self.fifo_b.din.next = self.b_data.val();
        self.fifo_b.din_last.next = self.b_last.val();
        self.a_ready.next = self.r_cfg_en.q.val() & (self.r_cfg_b_only.q.val() | !self.fifo_a.full.val());
        self.b_ready.next = self.r_cfg_en.q.val() & (self.r_cfg_a_only.q.val() | !self.fifo_b.full.val());
        self.fifo_a.push.next = self.r_cfg_en.q.val() & !self.r_cfg_b_only.q.val() & self.a_valid.val();
        self.fifo_b.push.next = self.r_cfg_en.q.val() & !self.r_cfg_a_only.q.val() & self.b_valid.val();

        // ---- Compare and forward.
        // The heads differ (a one-LUT OR of three registered thirds), as compared for the last
        // cycle having taken a word, and not.
        self.differ_took.next = self.r_differ_take.q.val().any();
        self.differ_held.next = self.r_differ_hold.q.val().any();
        // After a take both sides have popped: in simplex the dropped side is empty after the
        // edge, so its candidate does not matter.
        self.x_hold.next = self.fifo_a.hold_dout.val() ^ self.fifo_b.hold_dout.val();
        self.x_take.next = self.fifo_a.pop_dout.val() ^ self.fifo_b.pop_dout.val();
        self.part_hold.next = 0.into();
        self.part_take.next = 0.into();
        self.part_hold.next = self.part_hold.val().replace_bit(0, (self.x_hold.val() & self.third0.val()).any());
        self.part_take.next = self.part_take.val().replace_bit(0, (self.x_take.val() & self.third0.val()).any());
        self.part_hold.next = self.part_hold.val().replace_bit(1, (self.x_hold.val() & self.third1.val()).any());
        self.part_take.next = self.part_take.val().replace_bit(1, (self.x_take.val() & self.third1.val()).any());
        self.part_hold.next = self.part_hold.val().replace_bit(
            2,
            (self.x_hold.val() & self.third2.val()).any()
                | (self.fifo_a.hold_dout_last.val() != self.fifo_b.hold_dout_last.val()),
        );
        self.part_take.next = self.part_take.val().replace_bit(
            2,
            (self.x_take.val() & self.third2.val()).any()
                | (self.fifo_a.pop_dout_last.val() != self.fifo_b.pop_dout_last.val()),
        );
        self.r_differ_hold.d.next = self.part_hold.val();
        self.r_differ_take.d.next = self.part_take.val();
        // A halt holds in every mode: failing over to one side does not resume, only CLEAR does.
        // Of `r_halt_took` / `r_halt_held` only the one matching the last cycle can be set.
        self.halt_set.next =
            (self.r_halt_took.q.val() & self.differ_took.val()) | (self.r_halt_held.q.val() & self.differ_held.val());
        self.forward.next = self.r_cand.q.val() & !self.halt_set.val();
        self.o_data.next = self.fifo_a.dout.val();
        self.o_last.next = self.fifo_a.dout_last.val();
        if self.r_fwd_b.q.val() {
            self.o_data.next = self.fifo_b.dout.val();
            self.o_last.next = self.fifo_b.dout_last.val();
        }
        self.o_valid.next = self.forward.val();
        self.take.next = self.o_ready.val() & self.forward.val();
        self.r_took.d.next = self.take.val();
        self.r_took_last.d.next = self.take.val() & self.o_last.val();
        // The dropped side is empty, so it needs no mode term here.
        self.fifo_a.pop.next = self.take.val();
        self.fifo_b.pop.next = self.take.val();
        self.words_lo_next.next = bit_cast::<33, 32>(self.r_words_lo.q.val()) + 1;
        if self.r_took.q.val() {
            self.r_words_lo.d.next = self.words_lo_next.val().get_bits::<32>(0);
        }
        self.r_words_carry.d.next = self.r_took.q.val() & self.words_lo_next.val().get_bit(32);
        if self.r_words_carry.q.val() {
            self.r_words_hi.d.next = self.r_words_hi.q.val() + 1;
        }
        if self.r_took_last.q.val() {
            self.r_frames.d.next = self.r_frames.q.val() + 1;
        }

        // ---- First mismatch: capture once, optionally halt. The word counter lags `take` by one
        // cycle, so the index is taken one cycle later.
        self.detect.next =
            (self.r_cmp_took.q.val() & self.differ_took.val()) | (self.r_cmp_held.q.val() & self.differ_held.val());
        if self.detect.val() & !self.r_mismatch.q.val() {
            self.r_mismatch.d.next = true;
            self.r_mismatch_event.d.next = true;
            self.r_captured.d.next = true;
            self.r_a.d.next = self.fifo_a.dout.val().get_bits::<32>(0);
            self.r_b.d.next = self.fifo_b.dout.val().get_bits::<32>(0);
            self.r_epoch.d.next = self.epoch.val();
        }
        self.halted_next.next = (self.r_halted.q.val() | self.halt_set.val()) & !(self.rst.val() | self.clear.val());
        self.r_halted.d.next = self.halted_next.val();
        // The configuration for the next cycle, with HALTED as it will be.
        self.duplex_in.next = (self.mode.val() == 0) | (self.mode.val() == 3);
        self.r_cfg_en.d.next = self.en.val();
        self.r_cfg_a_only.d.next = self.mode.val() == 1;
        self.r_cfg_b_only.d.next = self.mode.val() == 2;
        self.fwd_a_in.next = self.en.val() & (self.mode.val() == 1);
        self.fwd_b_in.next = self.en.val() & (self.mode.val() == 2);
        self.dup_in.next = self.en.val() & self.duplex_in.val();
        self.r_fwd_b.d.next = self.fwd_b_in.val() & !self.halted_next.val();
        // The forward terms for the next cycle, prepared for both outcomes of this one's pop;
        // `take` and HALTED pick (one LUT level behind them).
        // Which FIFOs hold a word after the edge, from their flags and this cycle's push (not
        // from FIFO outputs: in the FIFO's one process they would depend on `pop` for
        // Verilator, a false loop). A pop leaves a word if the FIFO held two or a word arrives.
        self.pushed_a.next = self.fifo_a.push.val() & !self.fifo_a.full.val();
        self.pushed_b.next = self.fifo_b.push.val() & !self.fifo_b.full.val();
        self.a_if_pop.next = !self.rst.val()
            & !self.fifo_a.flush.val()
            & (self.pushed_a.val() | (self.fifo_a.fill.val() > self.fill_one.val()));
        self.b_if_pop.next = !self.rst.val()
            & !self.fifo_b.flush.val()
            & (self.pushed_b.val() | (self.fifo_b.fill.val() > self.fill_one.val()));
        self.a_if_hold.next =
            !self.rst.val() & !self.fifo_a.flush.val() & (self.pushed_a.val() | !self.fifo_a.empty.val());
        self.b_if_hold.next =
            !self.rst.val() & !self.fifo_b.flush.val() & (self.pushed_b.val() | !self.fifo_b.empty.val());
        self.both_if_pop.next = self.a_if_pop.val() & self.b_if_pop.val();
        self.both_if_hold.next = self.a_if_hold.val() & self.b_if_hold.val();
        self.cand_if_pop.next = (self.fwd_a_in.val() & self.a_if_pop.val())
            | (self.fwd_b_in.val() & self.b_if_pop.val())
            | (self.dup_in.val() & self.both_if_pop.val());
        self.cand_if_hold.next = (self.fwd_a_in.val() & self.a_if_hold.val())
            | (self.fwd_b_in.val() & self.b_if_hold.val())
            | (self.dup_in.val() & self.both_if_hold.val());
        // Not HALTED after the edge is `!r_halted & !halt_set` here: under reset or CLEAR,
        // which also clear HALTED, the FIFOs are flushed, so every term below is 0 anyway
        // (issue 5: without the `halted_next` node in between, `halt_set` is one LUT level
        // from these flip-flops, parallel to `take`).
        self.not_halted.next = !self.r_halted.q.val() & !self.halt_set.val();
        self.r_cand.d.next = self.cand_if_hold.val() & self.not_halted.val();
        if self.take.val() {
            self.r_cand.d.next = self.cand_if_pop.val() & self.not_halted.val();
        }
        self.cmp_took.next = self.take.val() & self.dup_in.val() & self.both_if_pop.val() & self.not_halted.val();
        self.cmp_held.next = !self.take.val() & self.dup_in.val() & self.both_if_hold.val() & self.not_halted.val();
        self.r_cmp_took.d.next = self.cmp_took.val();
        self.r_cmp_held.d.next = self.cmp_held.val();
        self.r_halt_took.d.next = self.cmp_took.val() & self.halt_on_mismatch.val();
        self.r_halt_held.d.next = self.cmp_held.val() & self.halt_on_mismatch.val();
        // The high half of the count up to the captured word shows one edge after its low half.
        self.r_captured_hi.d.next = self.r_captured.q.val();
        if self.r_captured.q.val() {
            self.r_index_lo.d.next = self.r_words_lo.q.val();
        }
        if self.r_captured_hi.q.val() {
            self.r_index_hi.d.next = self.r_words_hi.q.val();
        }

        // ---- Skew: largest fill difference, and the timeout on a one-sided wait.
        if self.fifo_a.fill.val() > self.fifo_b.fill.val() {
            self.skew.next = self.fifo_a.fill.val() - self.fifo_b.fill.val();
        } else {
            self.skew.next = self.fifo_b.fill.val() - self.fifo_a.fill.val();
        }
        if self.duplex.val() & (self.skew.val() > self.r_max_skew.q.val()) {
            self.r_max_skew.d.next = self.skew.val();
        }
        self.one_sided.next =
            self.r_cfg_en.q.val() & self.duplex.val() & (self.fifo_a.empty.val() != self.fifo_b.empty.val());
        // Saturating, and compared with >=, so that a limit set (or lowered) while a side is
        // already waiting applies to the wait so far, and a side stuck for 2^32 cycles stays
        // past any limit instead of wrapping. The run is this cycle's run length. It is 0 only
        // before the first edge, when both FIFOs are empty, so never in a one-sided cycle.
        // `limit + !run` carries out of 33 bits exactly when limit > run.
        self.run_lo_sum.next = bit_cast::<17, 16>(self.skew_timeout.val().get_bits::<16>(0))
            + bit_cast::<17, 16>(self.r_nrun.q.val().get_bits::<16>(0));
        self.run_hi_sum.next = bit_cast::<18, 16>(self.skew_timeout.val().get_bits::<16>(16))
            + bit_cast::<18, 17>(self.r_nrun.q.val().get_bits::<17>(16));
        // The high half with a carry in, as a subtraction of the complement so that synthesis
        // builds it as one chain with its carry input set: bit 17 is the carry out inverted.
        // (The complement in a 17-bit signal of its own: inside the 18-bit expression Verilog
        // would widen the operand before inverting it.)
        self.nrun_hi_inv.next = !self.r_nrun.q.val().get_bits::<17>(16);
        self.run_hi_sum_c.next =
            bit_cast::<18, 16>(self.skew_timeout.val().get_bits::<16>(16)) - bit_cast::<18, 17>(self.nrun_hi_inv.val());
        self.below_limit.next = self.run_hi_sum.val().get_bit(17);
        if self.run_lo_sum.val().get_bit(16) {
            self.below_limit.next = !self.run_hi_sum_c.val().get_bit(17);
        }
        if self.one_sided.val() {
            if self.r_nrun.q.val().get_bit(32) {
                self.r_nrun.d.next = self.r_nrun.q.val() - 1;
            }
            if self.skew_timeout.val().any() & !self.below_limit.val() & !self.r_timeout.q.val() {
                self.r_expired.d.next = true;
            }
        } else {
            self.r_nrun.d.next = self.run_reset.val();
        }
        if self.r_expired.q.val() {
            self.r_timeout.d.next = true;
            self.r_timeout_event.d.next = !self.r_timeout.q.val();
        }

        if self.rst.val() | self.clear.val() {
            self.r_mismatch.d.next = false;
            self.r_timeout.d.next = false;
            self.r_index_lo.d.next = 0.into();
            self.r_index_hi.d.next = 0.into();
            self.r_a.d.next = 0.into();
            self.r_b.d.next = 0.into();
            self.r_epoch.d.next = 0.into();
            self.r_words_lo.d.next = 0.into();
            self.r_words_hi.d.next = 0.into();
            self.r_words_carry.d.next = false;
            self.r_frames.d.next = 0.into();
            self.r_max_skew.d.next = 0.into();
            self.r_nrun.d.next = self.run_reset.val();
            // An event from this cycle would announce a capture the same edge erases; a word
            // taken in this cycle is not counted.
            self.r_mismatch_event.d.next = false;
            self.r_timeout_event.d.next = false;
            self.r_took.d.next = false;
            self.r_took_last.d.next = false;
            self.r_captured.d.next = false;
            self.r_captured_hi.d.next = false;
            self.r_expired.d.next = false;
        }

        self.mismatch.next = self.r_mismatch.q.val();
        self.timeout.next = self.r_timeout.q.val();
        self.halted.next = self.r_halted.q.val();
        self.a_fill.next = bit_cast::<8, NP1>(self.fifo_a.fill.val());
        self.b_fill.next = bit_cast::<8, NP1>(self.fifo_b.fill.val());
        self.mismatch_index.next =
            bit_cast::<64, 32>(self.r_index_lo.q.val()) | (bit_cast::<64, 32>(self.r_index_hi.q.val()) << 32);
        self.mismatch_a.next = self.r_a.q.val();
        self.mismatch_b.next = self.r_b.q.val();
        self.mismatch_epoch.next = self.r_epoch.q.val();
        self.words.next =
            bit_cast::<64, 32>(self.r_words_lo.q.val()) | (bit_cast::<64, 32>(self.r_words_hi.q.val()) << 32);
        self.frames.next = self.r_frames.q.val();
        self.max_skew.next = bit_cast::<32, NP1>(self.r_max_skew.q.val());
        self.mismatch_event.next = self.r_mismatch_event.q.val();
        self.timeout_event.next = self.r_timeout_event.q.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn link_comparator_synthesizes() {
        let mut uut = LinkComparator::<64, 3, 4>::new();
        uut.connect_all();
        yosys_validate("ftsync_link_comparator", &generate_verilog(&uut)).unwrap();
    }
}

/// The word counter's wrap into its high half, which no black-box test reaches (2^32 words):
/// the low half is preset just below the wrap. block-model's
/// `word_counter_high_half_counts_a_low_half_wrap_one_cycle_late` expects the same sequence.
#[cfg(test)]
mod wrap {
    use super::*;
    use crate::bench::Bench;

    #[test]
    fn words_high_half_and_index_high_half_follow_a_low_half_wrap_one_cycle_late() {
        let mut bench = Bench::new(LinkComparator::<64, 3, 4>::new(), |u| &mut u.clock);
        let base = u64::from(u32::MAX - 1);
        bench.uut.r_words_lo.q.next = (base).into();
        bench.settle();
        bench.uut.en.next = true;
        bench.uut.o_ready.next = true;
        // EN acts from the cycle after the block is shown it.
        bench.settle();
        bench.tick();
        let (mut shown, mut index) = (Vec::new(), Vec::new());
        for n in 0..8u64 {
            // Monitor mode: the third pair differs and is forwarded too.
            bench.uut.a_valid.next = true;
            bench.uut.b_valid.next = true;
            bench.uut.a_data.next = n.into();
            bench.uut.b_data.next = (if n == 2 { 99 } else { n }).into();
            bench.settle();
            shown.push(bench.uut.words.val().to_u64());
            if bench.uut.mismatch.val() {
                index.push(bench.uut.mismatch_index.val().to_u64());
            }
            bench.tick();
        }
        assert_eq!(shown, [base, base, base, base + 1, 0, base + 3, base + 4, base + 5]);
        assert_eq!(index, [0, 0, 1 << 32, 1 << 32]);
    }
}

/// The skew timeout at limits whose compare needs the high half of the split chain (the
/// black-box tests use limits below 2^16; a wait that long would take too many cycles): the
/// run counter is preset just below the limit, so the carry between the halves is crossed.
#[cfg(test)]
mod long_wait {
    use super::*;
    use crate::bench::Bench;

    /// Cycles (after the preset) until TIMEOUT shows, for a wait preset to `run` in the first
    /// one-sided cycle and limit `limit`; `None` if not within 6 cycles.
    fn timeout_after(run: u64, limit: u32) -> Option<usize> {
        let mut bench = Bench::new(LinkComparator::<32, 1, 2>::new(), |u| &mut u.clock);
        bench.uut.en.next = true;
        bench.uut.skew_timeout.next = u64::from(limit).into();
        bench.settle();
        bench.tick();
        // A word on A only: the next cycle is the first one-sided one.
        bench.uut.a_valid.next = true;
        bench.settle();
        bench.tick();
        bench.uut.a_valid.next = false;
        bench.uut.r_nrun.q.next = (!run & ((1 << 33) - 1)).into();
        bench.settle();
        (0..6).find(|_| {
            let shown = bench.uut.timeout.val();
            bench.tick();
            bench.settle();
            shown
        })
    }

    #[test]
    fn timeout_fires_on_exactly_the_limit_across_the_half_boundary() {
        // The run reaches the limit two cycles after the preset; TIMEOUT shows two edges later.
        for limit in [0xffffu32, 0x1_0000, 0x1_0001, 0x1_0002, 0x2_ffff, 0x1234_5678, 0xffff_0000, u32::MAX] {
            assert_eq!(timeout_after(u64::from(limit) - 2, limit), Some(4), "limit {limit:#x}");
        }
        // A limit at or below the wait so far fires at once (one edge for the flag, one more for
        // TIMEOUT); a saturated wait (2^32) is past every limit.
        for (run, limit) in [(0x2_0000u64, 0x1_ffffu32), (0x1_0000, 0x1_0000), (1 << 32, u32::MAX), (1 << 32, 1)] {
            assert_eq!(timeout_after(run, limit), Some(2), "run {run:#x} limit {limit:#x}");
        }
        // Never with the limit off, or below it.
        assert_eq!(timeout_after(1 << 32, 0), None);
        assert_eq!(timeout_after(0xfff0, 0x1_0000), None);
    }
}
