//! `ftsync_core`: the three blocks behind one Wishbone register file, with DESIGN.md's port
//! names. The register file is generated from `regmap`; this file only wires its ports.

use crate::csr_file::CsrFile;
use crate::epoch_counter::EpochCounter;
use crate::link_comparator::LinkComparator;
use crate::write_tracker::WriteTracker;
use rust_hdl::prelude::*;

/// Generation parameters as const generics: `B`/`W`/`S` for the bitmap (see [`WriteTracker`]),
/// `SW` the stream width, `N`/`NP1` the skew FIFO depth (log2, log2 + 1).
#[derive(LogicBlock)]
pub struct FtsyncCore<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize>
{
    pub clk: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    pub wb_adr: Signal<In, Bits<16>>,
    pub wb_dat_w: Signal<In, Bits<32>>,
    pub wb_dat_r: Signal<Out, Bits<32>>,
    pub wb_sel: Signal<In, Bits<4>>,
    pub wb_we: Signal<In, Bit>,
    pub wb_cyc: Signal<In, Bit>,
    pub wb_stb: Signal<In, Bit>,
    pub wb_ack: Signal<Out, Bit>,
    pub snoop_valid: Signal<In, Bit>,
    pub snoop_ready: Signal<Out, Bit>,
    pub snoop_addr: Signal<In, Bits<48>>,
    pub snoop_len: Signal<In, Bits<16>>,
    pub ce_retire: Signal<In, Bit>,
    pub ce_drain: Signal<In, Bit>,
    pub ce_hold: Signal<Out, Bit>,
    pub a_valid: Signal<In, Bit>,
    pub a_ready: Signal<Out, Bit>,
    pub a_data: Signal<In, Bits<SW>>,
    pub a_last: Signal<In, Bit>,
    pub b_valid: Signal<In, Bit>,
    pub b_ready: Signal<Out, Bit>,
    pub b_data: Signal<In, Bits<SW>>,
    pub b_last: Signal<In, Bit>,
    pub o_valid: Signal<Out, Bit>,
    pub o_ready: Signal<In, Bit>,
    pub o_data: Signal<Out, Bits<SW>>,
    pub o_last: Signal<Out, Bit>,
    pub irq: Signal<Out, Bit>,

    csr: CsrFile,
    tracker: WriteTracker<B, W, S>,
    epoch: EpochCounter,
    cmp: LinkComparator<SW, N, NP1>,

    id_value: Constant<Bits<32>>,
    version_major: Constant<Bits<16>>,
    version_minor: Constant<Bits<8>>,
    version_patch: Constant<Bits<8>>,
    caps_capacity_log2: Constant<Bits<5>>,
    caps_stream_width: Constant<Bits<8>>,
    caps_fifo_depth_log2: Constant<Bits<4>>,
}

/// The core with DESIGN.md's defaults (16384-bit bitmap, 64-bit streams, 32-word FIFOs).
pub type FtsyncCoreDefault = FtsyncCore<14, 9, 4, 64, 5, 6>;

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize>
    FtsyncCore<B, W, S, SW, N, NP1>
{
    pub fn params() -> regmap::Params {
        regmap::Params { track_capacity_log2: B as u32, stream_width: SW as u32, fifo_depth_log2: N as u32 }
    }

    pub fn new() -> Self {
        let params = Self::params();
        let (major, minor, patch) = regmap::MAP_VERSION;
        Self {
            clk: Default::default(),
            rst: Default::default(),
            wb_adr: Default::default(),
            wb_dat_w: Default::default(),
            wb_dat_r: Default::default(),
            wb_sel: Default::default(),
            wb_we: Default::default(),
            wb_cyc: Default::default(),
            wb_stb: Default::default(),
            wb_ack: Default::default(),
            snoop_valid: Default::default(),
            snoop_ready: Default::default(),
            snoop_addr: Default::default(),
            snoop_len: Default::default(),
            ce_retire: Default::default(),
            ce_drain: Default::default(),
            ce_hold: Default::default(),
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
            irq: Default::default(),
            csr: CsrFile::new(&params),
            tracker: WriteTracker::new(),
            epoch: EpochCounter::new(),
            cmp: LinkComparator::new(),
            id_value: Constant::new((regmap::ID_VALUE as u64).into()),
            version_major: Constant::new((major as u64).into()),
            version_minor: Constant::new((minor as u64).into()),
            version_patch: Constant::new((patch as u64).into()),
            caps_capacity_log2: Constant::new((B as u64).into()),
            caps_stream_width: Constant::new((SW as u64).into()),
            caps_fifo_depth_log2: Constant::new((N as u64).into()),
        }
    }
}

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize> Default
    for FtsyncCore<B, W, S, SW, N, NP1>
{
    fn default() -> Self {
        Self::new()
    }
}

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize> Logic
    for FtsyncCore<B, W, S, SW, N, NP1>
{
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clk, csr, tracker, epoch, cmp);
        self.csr.rst.next = self.rst.val();
        self.tracker.rst.next = self.rst.val();
        self.epoch.rst.next = self.rst.val();
        self.cmp.rst.next = self.rst.val();

        // ---- Bus.
        self.csr.wb_adr.next = self.wb_adr.val();
        self.csr.wb_dat_w.next = self.wb_dat_w.val();
        self.csr.wb_sel.next = self.wb_sel.val();
        self.csr.wb_we.next = self.wb_we.val();
        self.csr.wb_cyc.next = self.wb_cyc.val();
        self.csr.wb_stb.next = self.wb_stb.val();
        self.wb_dat_r.next = self.csr.wb_dat_r.val();
        self.wb_ack.next = self.csr.wb_ack.val();

        // ---- Identity.
        self.csr.id.next = self.id_value.val();
        self.csr.version_major.next = self.version_major.val();
        self.csr.version_minor.next = self.version_minor.val();
        self.csr.version_patch.next = self.version_patch.val();
        self.csr.caps_track_capacity_log2.next = self.caps_capacity_log2.val();
        self.csr.caps_stream_width.next = self.caps_stream_width.val();
        self.csr.caps_fifo_depth_log2.next = self.caps_fifo_depth_log2.val();

        // ---- Interrupts: hardware events or INTR_TEST set INTR_STATE; irq = any(STATE & ENABLE).
        self.csr.intr_state_epoch_end_set.next = self.epoch.epoch_end.val() | self.csr.intr_test_epoch_end.val();
        self.csr.intr_state_cmp_mismatch_set.next =
            self.cmp.mismatch_event.val() | self.csr.intr_test_cmp_mismatch.val();
        self.csr.intr_state_cmp_timeout_set.next = self.cmp.timeout_event.val() | self.csr.intr_test_cmp_timeout.val();
        self.csr.intr_state_track_snap_done_set.next =
            self.tracker.snap_done.val() | self.csr.intr_test_track_snap_done.val();
        self.irq.next = (self.csr.intr_state_epoch_end.val() & self.csr.intr_enable_epoch_end.val())
            | (self.csr.intr_state_cmp_mismatch.val() & self.csr.intr_enable_cmp_mismatch.val())
            | (self.csr.intr_state_cmp_timeout.val() & self.csr.intr_enable_cmp_timeout.val())
            | (self.csr.intr_state_track_snap_done.val() & self.csr.intr_enable_track_snap_done.val());

        // ---- write_tracker.
        self.tracker.snoop_valid.next = self.snoop_valid.val();
        self.tracker.snoop_addr.next = self.snoop_addr.val();
        self.tracker.snoop_len.next = self.snoop_len.val();
        self.snoop_ready.next = self.tracker.snoop_ready.val();
        self.tracker.en.next = self.csr.track_ctrl_en.val();
        self.tracker.snapshot.next = self.csr.track_ctrl_snapshot.val();
        self.tracker.clear.next = self.csr.track_ctrl_clear.val();
        self.tracker.base.next =
            bit_cast::<48, 32>(self.csr.track_base_lo.val()) | (bit_cast::<48, 16>(self.csr.track_base_hi.val()) << 32);
        self.tracker.shift.next = self.csr.track_shift.val();
        self.tracker.limit.next = self.csr.track_limit.val();
        self.csr.track_status_busy.next = self.tracker.busy.val();
        self.csr.track_status_snap_refused_set.next = self.tracker.snap_refused.val();
        self.csr.track_status_clearing.next = self.tracker.clearing.val();
        self.csr.track_status_live_bank.next = self.tracker.live_bank.val();
        self.csr.track_dirty_count.next = self.tracker.dirty_count.val();
        self.csr.track_snap_count.next = self.tracker.snap_count.val();
        self.csr.track_writes.next = self.tracker.writes.val();
        self.csr.track_out_of_range.next = self.tracker.out_of_range.val();
        self.csr.track_stall_cycles.next = self.tracker.stall_cycles.val();
        self.tracker.bitmap_rd.next = self.csr.track_bitmap_rd.val();
        self.tracker.bitmap_addr.next = self.csr.track_bitmap_addr.val();
        self.csr.track_bitmap_data.next = self.tracker.bitmap_data.val();
        self.csr.track_bitmap_ack.next = self.tracker.bitmap_ack.val();
        self.tracker.summary_rd.next = self.csr.track_summary_rd.val();
        self.tracker.summary_addr.next = self.csr.track_summary_addr.val();
        self.csr.track_summary_data.next = self.tracker.summary_data.val();
        self.csr.track_summary_ack.next = self.tracker.summary_ack.val();

        // ---- epoch_counter.
        self.epoch.en.next = self.csr.epoch_ctrl_en.val();
        self.epoch.auto_reload.next = self.csr.epoch_ctrl_auto_reload.val();
        self.epoch.hold_at_end.next = self.csr.epoch_ctrl_hold_at_end.val();
        self.epoch.src.next = self.csr.epoch_ctrl_src.val();
        self.epoch.drain_ends.next = self.csr.epoch_ctrl_drain_ends.val();
        self.epoch.load.next = self.csr.epoch_load.val();
        self.epoch.load_written.next = self.csr.epoch_load_written.val();
        self.epoch.resume.next = self.csr.epoch_resume_resume.val();
        self.epoch.retire.next = self.ce_retire.val();
        self.epoch.drain.next = self.ce_drain.val();
        self.epoch.write_event.next = self.snoop_valid.val() & self.tracker.snoop_ready.val();
        self.ce_hold.next = self.epoch.ce_hold.val();
        self.csr.epoch_status_held.next = self.epoch.held.val();
        self.csr.epoch_status_expired.next = self.epoch.expired.val();
        self.csr.epoch_count.next = self.epoch.count.val();
        self.csr.epoch_number_lo.next = self.epoch.number.val().get_bits::<32>(0);
        self.csr.epoch_number_hi.next = self.epoch.number.val().get_bits::<32>(32);

        // ---- link_comparator.
        self.cmp.a_valid.next = self.a_valid.val();
        self.cmp.a_data.next = self.a_data.val();
        self.cmp.a_last.next = self.a_last.val();
        self.a_ready.next = self.cmp.a_ready.val();
        self.cmp.b_valid.next = self.b_valid.val();
        self.cmp.b_data.next = self.b_data.val();
        self.cmp.b_last.next = self.b_last.val();
        self.b_ready.next = self.cmp.b_ready.val();
        self.o_valid.next = self.cmp.o_valid.val();
        self.o_data.next = self.cmp.o_data.val();
        self.o_last.next = self.cmp.o_last.val();
        self.cmp.o_ready.next = self.o_ready.val();
        self.cmp.en.next = self.csr.cmp_ctrl_en.val();
        self.cmp.mode.next = self.csr.cmp_ctrl_mode.val();
        self.cmp.halt_on_mismatch.next = self.csr.cmp_ctrl_halt_on_mismatch.val();
        self.cmp.clear.next = self.csr.cmp_ctrl_clear.val();
        self.cmp.skew_timeout.next = self.csr.cmp_skew_timeout.val();
        self.cmp.epoch.next = self.epoch.number.val().get_bits::<32>(0);
        self.csr.cmp_status_mismatch.next = self.cmp.mismatch.val();
        self.csr.cmp_status_timeout.next = self.cmp.timeout.val();
        self.csr.cmp_status_halted.next = self.cmp.halted.val();
        self.csr.cmp_status_a_fill.next = self.cmp.a_fill.val();
        self.csr.cmp_status_b_fill.next = self.cmp.b_fill.val();
        self.csr.cmp_mismatch_index_lo.next = self.cmp.mismatch_index.val().get_bits::<32>(0);
        self.csr.cmp_mismatch_index_hi.next = self.cmp.mismatch_index.val().get_bits::<32>(32);
        self.csr.cmp_mismatch_a.next = self.cmp.mismatch_a.val();
        self.csr.cmp_mismatch_b.next = self.cmp.mismatch_b.val();
        self.csr.cmp_mismatch_epoch.next = self.cmp.mismatch_epoch.val();
        self.csr.cmp_words_lo.next = self.cmp.words.val().get_bits::<32>(0);
        self.csr.cmp_words_hi.next = self.cmp.words.val().get_bits::<32>(32);
        self.csr.cmp_frames.next = self.cmp.frames.val();
        self.csr.cmp_max_skew.next = self.cmp.max_skew.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn ftsync_core_synthesizes() {
        let mut uut = FtsyncCore::<11, 6, 1, 64, 3, 4>::new();
        uut.connect_all();
        yosys_validate("ftsync_ftsync_core", &generate_verilog(&uut)).unwrap();
    }
}
