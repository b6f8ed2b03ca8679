// rtl/ftsync_csr.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: ftsync_core; ports and registers in docs/regmap.md.

module ftsync_csr(clock,rst,wb_adr,wb_dat_w,wb_dat_r,wb_sel,wb_we,wb_cyc,wb_stb,wb_ack,id,version_patch,version_minor,version_major,caps_track_capacity_log2,caps_stream_width,caps_fifo_depth_log2,scratch,intr_state_epoch_end_set,intr_state_epoch_end,intr_state_cmp_mismatch_set,intr_state_cmp_mismatch,intr_state_cmp_timeout_set,intr_state_cmp_timeout,intr_state_track_snap_done_set,intr_state_track_snap_done,intr_enable_epoch_end,intr_enable_cmp_mismatch,intr_enable_cmp_timeout,intr_enable_track_snap_done,intr_test_epoch_end,intr_test_cmp_mismatch,intr_test_cmp_timeout,intr_test_track_snap_done,track_ctrl_en,track_ctrl_snapshot,track_ctrl_clear,track_status_busy,track_status_snap_refused_set,track_status_snap_refused,track_status_clearing,track_status_live_bank,track_base_lo,track_base_hi,track_shift,track_limit,track_dirty_count,track_snap_count,track_writes,track_out_of_range,track_stall_cycles,track_summary_rd,track_summary_addr,track_summary_data,track_summary_ack,track_bitmap_rd,track_bitmap_addr,track_bitmap_data,track_bitmap_ack,epoch_ctrl_en,epoch_ctrl_auto_reload,epoch_ctrl_hold_at_end,epoch_ctrl_src,epoch_ctrl_drain_ends,epoch_status_held,epoch_status_expired,epoch_load,epoch_load_written,epoch_count,epoch_number_lo,epoch_number_hi,epoch_resume_resume,cmp_ctrl_en,cmp_ctrl_mode,cmp_ctrl_halt_on_mismatch,cmp_ctrl_clear,cmp_status_mismatch,cmp_status_timeout,cmp_status_halted,cmp_status_a_fill,cmp_status_b_fill,cmp_skew_timeout,cmp_mismatch_index_lo,cmp_mismatch_index_hi,cmp_mismatch_a,cmp_mismatch_b,cmp_mismatch_epoch,cmp_words_lo,cmp_words_hi,cmp_frames,cmp_max_skew);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  [15:0] wb_adr;
    input wire  [31:0] wb_dat_w;
    output reg  [31:0] wb_dat_r;
    input wire  [3:0] wb_sel;
    input wire  wb_we;
    input wire  wb_cyc;
    input wire  wb_stb;
    output reg  wb_ack;
    input wire  [31:0] id;
    input wire  [7:0] version_patch;
    input wire  [7:0] version_minor;
    input wire  [15:0] version_major;
    input wire  [4:0] caps_track_capacity_log2;
    input wire  [7:0] caps_stream_width;
    input wire  [3:0] caps_fifo_depth_log2;
    output reg  [31:0] scratch;
    input wire  intr_state_epoch_end_set;
    output reg  intr_state_epoch_end;
    input wire  intr_state_cmp_mismatch_set;
    output reg  intr_state_cmp_mismatch;
    input wire  intr_state_cmp_timeout_set;
    output reg  intr_state_cmp_timeout;
    input wire  intr_state_track_snap_done_set;
    output reg  intr_state_track_snap_done;
    output reg  intr_enable_epoch_end;
    output reg  intr_enable_cmp_mismatch;
    output reg  intr_enable_cmp_timeout;
    output reg  intr_enable_track_snap_done;
    output reg  intr_test_epoch_end;
    output reg  intr_test_cmp_mismatch;
    output reg  intr_test_cmp_timeout;
    output reg  intr_test_track_snap_done;
    output reg  track_ctrl_en;
    output reg  track_ctrl_snapshot;
    output reg  track_ctrl_clear;
    input wire  track_status_busy;
    input wire  track_status_snap_refused_set;
    output reg  track_status_snap_refused;
    input wire  track_status_clearing;
    input wire  track_status_live_bank;
    output reg  [31:0] track_base_lo;
    output reg  [15:0] track_base_hi;
    output reg  [4:0] track_shift;
    output reg  [31:0] track_limit;
    input wire  [31:0] track_dirty_count;
    input wire  [31:0] track_snap_count;
    input wire  [31:0] track_writes;
    input wire  [31:0] track_out_of_range;
    input wire  [31:0] track_stall_cycles;
    output reg  track_summary_rd;
    output reg  [7:0] track_summary_addr;
    input wire  [31:0] track_summary_data;
    input wire  track_summary_ack;
    output reg  track_bitmap_rd;
    output reg  [12:0] track_bitmap_addr;
    input wire  [31:0] track_bitmap_data;
    input wire  track_bitmap_ack;
    output reg  epoch_ctrl_en;
    output reg  epoch_ctrl_auto_reload;
    output reg  epoch_ctrl_hold_at_end;
    output reg  [1:0] epoch_ctrl_src;
    output reg  epoch_ctrl_drain_ends;
    input wire  epoch_status_held;
    input wire  epoch_status_expired;
    output reg  [31:0] epoch_load;
    output reg  epoch_load_written;
    input wire  [31:0] epoch_count;
    input wire  [31:0] epoch_number_lo;
    input wire  [31:0] epoch_number_hi;
    output reg  epoch_resume_resume;
    output reg  cmp_ctrl_en;
    output reg  [1:0] cmp_ctrl_mode;
    output reg  cmp_ctrl_halt_on_mismatch;
    output reg  cmp_ctrl_clear;
    input wire  cmp_status_mismatch;
    input wire  cmp_status_timeout;
    input wire  cmp_status_halted;
    input wire  [7:0] cmp_status_a_fill;
    input wire  [7:0] cmp_status_b_fill;
    output reg  [31:0] cmp_skew_timeout;
    input wire  [31:0] cmp_mismatch_index_lo;
    input wire  [31:0] cmp_mismatch_index_hi;
    input wire  [31:0] cmp_mismatch_a;
    input wire  [31:0] cmp_mismatch_b;
    input wire  [31:0] cmp_mismatch_epoch;
    input wire  [31:0] cmp_words_lo;
    input wire  [31:0] cmp_words_hi;
    input wire  [31:0] cmp_frames;
    input wire  [31:0] cmp_max_skew;

    // Constant declarations
    localparam  reset_track_limit = 32'h4000;

    // Stub signals
    reg  ack$d;
    wire  ack$q;
    reg  ack$clock;
    reg  [31:0] dat_r$d;
    wire  [31:0] dat_r$q;
    reg  dat_r$clock;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  [31:0] r_scratch$d;
    wire  [31:0] r_scratch$q;
    reg  r_scratch$clock;
    reg  r_intr_state_epoch_end$d;
    wire  r_intr_state_epoch_end$q;
    reg  r_intr_state_epoch_end$clock;
    reg  r_intr_state_cmp_mismatch$d;
    wire  r_intr_state_cmp_mismatch$q;
    reg  r_intr_state_cmp_mismatch$clock;
    reg  r_intr_state_cmp_timeout$d;
    wire  r_intr_state_cmp_timeout$q;
    reg  r_intr_state_cmp_timeout$clock;
    reg  r_intr_state_track_snap_done$d;
    wire  r_intr_state_track_snap_done$q;
    reg  r_intr_state_track_snap_done$clock;
    reg  r_intr_enable_epoch_end$d;
    wire  r_intr_enable_epoch_end$q;
    reg  r_intr_enable_epoch_end$clock;
    reg  r_intr_enable_cmp_mismatch$d;
    wire  r_intr_enable_cmp_mismatch$q;
    reg  r_intr_enable_cmp_mismatch$clock;
    reg  r_intr_enable_cmp_timeout$d;
    wire  r_intr_enable_cmp_timeout$q;
    reg  r_intr_enable_cmp_timeout$clock;
    reg  r_intr_enable_track_snap_done$d;
    wire  r_intr_enable_track_snap_done$q;
    reg  r_intr_enable_track_snap_done$clock;
    reg  r_intr_test_epoch_end$d;
    wire  r_intr_test_epoch_end$q;
    reg  r_intr_test_epoch_end$clock;
    reg  r_intr_test_cmp_mismatch$d;
    wire  r_intr_test_cmp_mismatch$q;
    reg  r_intr_test_cmp_mismatch$clock;
    reg  r_intr_test_cmp_timeout$d;
    wire  r_intr_test_cmp_timeout$q;
    reg  r_intr_test_cmp_timeout$clock;
    reg  r_intr_test_track_snap_done$d;
    wire  r_intr_test_track_snap_done$q;
    reg  r_intr_test_track_snap_done$clock;
    reg  r_track_ctrl_en$d;
    wire  r_track_ctrl_en$q;
    reg  r_track_ctrl_en$clock;
    reg  r_track_ctrl_snapshot$d;
    wire  r_track_ctrl_snapshot$q;
    reg  r_track_ctrl_snapshot$clock;
    reg  r_track_ctrl_clear$d;
    wire  r_track_ctrl_clear$q;
    reg  r_track_ctrl_clear$clock;
    reg  r_track_status_snap_refused$d;
    wire  r_track_status_snap_refused$q;
    reg  r_track_status_snap_refused$clock;
    reg  [31:0] r_track_base_lo$d;
    wire  [31:0] r_track_base_lo$q;
    reg  r_track_base_lo$clock;
    reg  [15:0] r_track_base_hi$d;
    wire  [15:0] r_track_base_hi$q;
    reg  r_track_base_hi$clock;
    reg  [4:0] r_track_shift$d;
    wire  [4:0] r_track_shift$q;
    reg  r_track_shift$clock;
    reg  [31:0] r_track_limit$d;
    wire  [31:0] r_track_limit$q;
    reg  r_track_limit$clock;
    reg  track_summary_rd_r$d;
    wire  track_summary_rd_r$q;
    reg  track_summary_rd_r$clock;
    reg  [7:0] track_summary_addr_r$d;
    wire  [7:0] track_summary_addr_r$q;
    reg  track_summary_addr_r$clock;
    reg  track_summary_wait$d;
    wire  track_summary_wait$q;
    reg  track_summary_wait$clock;
    reg  track_bitmap_rd_r$d;
    wire  track_bitmap_rd_r$q;
    reg  track_bitmap_rd_r$clock;
    reg  [12:0] track_bitmap_addr_r$d;
    wire  [12:0] track_bitmap_addr_r$q;
    reg  track_bitmap_addr_r$clock;
    reg  track_bitmap_wait$d;
    wire  track_bitmap_wait$q;
    reg  track_bitmap_wait$clock;
    reg  r_epoch_ctrl_en$d;
    wire  r_epoch_ctrl_en$q;
    reg  r_epoch_ctrl_en$clock;
    reg  r_epoch_ctrl_auto_reload$d;
    wire  r_epoch_ctrl_auto_reload$q;
    reg  r_epoch_ctrl_auto_reload$clock;
    reg  r_epoch_ctrl_hold_at_end$d;
    wire  r_epoch_ctrl_hold_at_end$q;
    reg  r_epoch_ctrl_hold_at_end$clock;
    reg  [1:0] r_epoch_ctrl_src$d;
    wire  [1:0] r_epoch_ctrl_src$q;
    reg  r_epoch_ctrl_src$clock;
    reg  r_epoch_ctrl_drain_ends$d;
    wire  r_epoch_ctrl_drain_ends$q;
    reg  r_epoch_ctrl_drain_ends$clock;
    reg  [31:0] r_epoch_load$d;
    wire  [31:0] r_epoch_load$q;
    reg  r_epoch_load$clock;
    reg  s_epoch_load$d;
    wire  s_epoch_load$q;
    reg  s_epoch_load$clock;
    reg  r_epoch_resume_resume$d;
    wire  r_epoch_resume_resume$q;
    reg  r_epoch_resume_resume$clock;
    reg  r_cmp_ctrl_en$d;
    wire  r_cmp_ctrl_en$q;
    reg  r_cmp_ctrl_en$clock;
    reg  [1:0] r_cmp_ctrl_mode$d;
    wire  [1:0] r_cmp_ctrl_mode$q;
    reg  r_cmp_ctrl_mode$clock;
    reg  r_cmp_ctrl_halt_on_mismatch$d;
    wire  r_cmp_ctrl_halt_on_mismatch$q;
    reg  r_cmp_ctrl_halt_on_mismatch$clock;
    reg  r_cmp_ctrl_clear$d;
    wire  r_cmp_ctrl_clear$q;
    reg  r_cmp_ctrl_clear$clock;
    reg  [31:0] r_cmp_skew_timeout$d;
    wire  [31:0] r_cmp_skew_timeout$q;
    reg  r_cmp_skew_timeout$clock;

    // Local signals
    reg  [31:0] wmask;
    reg  [15:0] word_adr;
    reg  take;
    reg  in_window;
    reg  clr_intr_state_epoch_end;
    reg  clr_intr_state_cmp_mismatch;
    reg  clr_intr_state_cmp_timeout;
    reg  clr_intr_state_track_snap_done;
    reg  clr_track_status_snap_refused;
    reg  [4:0] w_track_shift;
    reg  [31:0] rd_term_0;
    reg  [31:0] rd_term_1;
    reg  [31:0] rd_term_2;
    reg  [31:0] rd_term_3;
    reg  [31:0] rd_term_4;
    reg  [31:0] rd_term_5;
    reg  [31:0] rd_term_6;
    reg  [31:0] rd_term_7;
    reg  [31:0] rd_term_8;
    reg  [31:0] rd_term_9;
    reg  [31:0] rd_term_10;
    reg  [31:0] rd_term_11;
    reg  [31:0] rd_term_12;
    reg  [31:0] rd_term_13;
    reg  [31:0] rd_term_14;
    reg  [31:0] rd_term_15;
    reg  [31:0] rd_term_16;
    reg  [31:0] rd_term_17;
    reg  [31:0] rd_term_18;
    reg  [31:0] rd_term_19;
    reg  [31:0] rd_term_20;
    reg  [31:0] rd_term_21;
    reg  [31:0] rd_term_22;
    reg  [31:0] rd_term_23;
    reg  [31:0] rd_term_24;
    reg  [31:0] rd_term_25;
    reg  [31:0] rd_term_26;
    reg  [31:0] rd_term_27;
    reg  [31:0] rd_term_28;
    reg  [31:0] rd_term_29;
    reg  [31:0] rd_term_30;
    reg  [31:0] rd_term_31;
    reg  [31:0] rd_term_32;
    reg  [31:0] rd_term_33;
    reg  [31:0] rd_term_34;
    reg  [31:0] rd_term_35;
    reg  [31:0] rd_term_36;
    reg  [31:0] rd_value;

    // Sub module instances
    ftsync_csr_ack ack(
        .d(ack$d),
        .q(ack$q),
        .clock(ack$clock)
    );
    ftsync_csr_dat_r dat_r(
        .d(dat_r$d),
        .q(dat_r$q),
        .clock(dat_r$clock)
    );
    ftsync_csr_pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    ftsync_csr_r_scratch r_scratch(
        .d(r_scratch$d),
        .q(r_scratch$q),
        .clock(r_scratch$clock)
    );
    ftsync_csr_r_intr_state_epoch_end r_intr_state_epoch_end(
        .d(r_intr_state_epoch_end$d),
        .q(r_intr_state_epoch_end$q),
        .clock(r_intr_state_epoch_end$clock)
    );
    ftsync_csr_r_intr_state_cmp_mismatch r_intr_state_cmp_mismatch(
        .d(r_intr_state_cmp_mismatch$d),
        .q(r_intr_state_cmp_mismatch$q),
        .clock(r_intr_state_cmp_mismatch$clock)
    );
    ftsync_csr_r_intr_state_cmp_timeout r_intr_state_cmp_timeout(
        .d(r_intr_state_cmp_timeout$d),
        .q(r_intr_state_cmp_timeout$q),
        .clock(r_intr_state_cmp_timeout$clock)
    );
    ftsync_csr_r_intr_state_track_snap_done r_intr_state_track_snap_done(
        .d(r_intr_state_track_snap_done$d),
        .q(r_intr_state_track_snap_done$q),
        .clock(r_intr_state_track_snap_done$clock)
    );
    ftsync_csr_r_intr_enable_epoch_end r_intr_enable_epoch_end(
        .d(r_intr_enable_epoch_end$d),
        .q(r_intr_enable_epoch_end$q),
        .clock(r_intr_enable_epoch_end$clock)
    );
    ftsync_csr_r_intr_enable_cmp_mismatch r_intr_enable_cmp_mismatch(
        .d(r_intr_enable_cmp_mismatch$d),
        .q(r_intr_enable_cmp_mismatch$q),
        .clock(r_intr_enable_cmp_mismatch$clock)
    );
    ftsync_csr_r_intr_enable_cmp_timeout r_intr_enable_cmp_timeout(
        .d(r_intr_enable_cmp_timeout$d),
        .q(r_intr_enable_cmp_timeout$q),
        .clock(r_intr_enable_cmp_timeout$clock)
    );
    ftsync_csr_r_intr_enable_track_snap_done r_intr_enable_track_snap_done(
        .d(r_intr_enable_track_snap_done$d),
        .q(r_intr_enable_track_snap_done$q),
        .clock(r_intr_enable_track_snap_done$clock)
    );
    ftsync_csr_r_intr_test_epoch_end r_intr_test_epoch_end(
        .d(r_intr_test_epoch_end$d),
        .q(r_intr_test_epoch_end$q),
        .clock(r_intr_test_epoch_end$clock)
    );
    ftsync_csr_r_intr_test_cmp_mismatch r_intr_test_cmp_mismatch(
        .d(r_intr_test_cmp_mismatch$d),
        .q(r_intr_test_cmp_mismatch$q),
        .clock(r_intr_test_cmp_mismatch$clock)
    );
    ftsync_csr_r_intr_test_cmp_timeout r_intr_test_cmp_timeout(
        .d(r_intr_test_cmp_timeout$d),
        .q(r_intr_test_cmp_timeout$q),
        .clock(r_intr_test_cmp_timeout$clock)
    );
    ftsync_csr_r_intr_test_track_snap_done r_intr_test_track_snap_done(
        .d(r_intr_test_track_snap_done$d),
        .q(r_intr_test_track_snap_done$q),
        .clock(r_intr_test_track_snap_done$clock)
    );
    ftsync_csr_r_track_ctrl_en r_track_ctrl_en(
        .d(r_track_ctrl_en$d),
        .q(r_track_ctrl_en$q),
        .clock(r_track_ctrl_en$clock)
    );
    ftsync_csr_r_track_ctrl_snapshot r_track_ctrl_snapshot(
        .d(r_track_ctrl_snapshot$d),
        .q(r_track_ctrl_snapshot$q),
        .clock(r_track_ctrl_snapshot$clock)
    );
    ftsync_csr_r_track_ctrl_clear r_track_ctrl_clear(
        .d(r_track_ctrl_clear$d),
        .q(r_track_ctrl_clear$q),
        .clock(r_track_ctrl_clear$clock)
    );
    ftsync_csr_r_track_status_snap_refused r_track_status_snap_refused(
        .d(r_track_status_snap_refused$d),
        .q(r_track_status_snap_refused$q),
        .clock(r_track_status_snap_refused$clock)
    );
    ftsync_csr_r_track_base_lo r_track_base_lo(
        .d(r_track_base_lo$d),
        .q(r_track_base_lo$q),
        .clock(r_track_base_lo$clock)
    );
    ftsync_csr_r_track_base_hi r_track_base_hi(
        .d(r_track_base_hi$d),
        .q(r_track_base_hi$q),
        .clock(r_track_base_hi$clock)
    );
    ftsync_csr_r_track_shift r_track_shift(
        .d(r_track_shift$d),
        .q(r_track_shift$q),
        .clock(r_track_shift$clock)
    );
    ftsync_csr_r_track_limit r_track_limit(
        .d(r_track_limit$d),
        .q(r_track_limit$q),
        .clock(r_track_limit$clock)
    );
    ftsync_csr_track_summary_rd_r track_summary_rd_r(
        .d(track_summary_rd_r$d),
        .q(track_summary_rd_r$q),
        .clock(track_summary_rd_r$clock)
    );
    ftsync_csr_track_summary_addr_r track_summary_addr_r(
        .d(track_summary_addr_r$d),
        .q(track_summary_addr_r$q),
        .clock(track_summary_addr_r$clock)
    );
    ftsync_csr_track_summary_wait track_summary_wait(
        .d(track_summary_wait$d),
        .q(track_summary_wait$q),
        .clock(track_summary_wait$clock)
    );
    ftsync_csr_track_bitmap_rd_r track_bitmap_rd_r(
        .d(track_bitmap_rd_r$d),
        .q(track_bitmap_rd_r$q),
        .clock(track_bitmap_rd_r$clock)
    );
    ftsync_csr_track_bitmap_addr_r track_bitmap_addr_r(
        .d(track_bitmap_addr_r$d),
        .q(track_bitmap_addr_r$q),
        .clock(track_bitmap_addr_r$clock)
    );
    ftsync_csr_track_bitmap_wait track_bitmap_wait(
        .d(track_bitmap_wait$d),
        .q(track_bitmap_wait$q),
        .clock(track_bitmap_wait$clock)
    );
    ftsync_csr_r_epoch_ctrl_en r_epoch_ctrl_en(
        .d(r_epoch_ctrl_en$d),
        .q(r_epoch_ctrl_en$q),
        .clock(r_epoch_ctrl_en$clock)
    );
    ftsync_csr_r_epoch_ctrl_auto_reload r_epoch_ctrl_auto_reload(
        .d(r_epoch_ctrl_auto_reload$d),
        .q(r_epoch_ctrl_auto_reload$q),
        .clock(r_epoch_ctrl_auto_reload$clock)
    );
    ftsync_csr_r_epoch_ctrl_hold_at_end r_epoch_ctrl_hold_at_end(
        .d(r_epoch_ctrl_hold_at_end$d),
        .q(r_epoch_ctrl_hold_at_end$q),
        .clock(r_epoch_ctrl_hold_at_end$clock)
    );
    ftsync_csr_r_epoch_ctrl_src r_epoch_ctrl_src(
        .d(r_epoch_ctrl_src$d),
        .q(r_epoch_ctrl_src$q),
        .clock(r_epoch_ctrl_src$clock)
    );
    ftsync_csr_r_epoch_ctrl_drain_ends r_epoch_ctrl_drain_ends(
        .d(r_epoch_ctrl_drain_ends$d),
        .q(r_epoch_ctrl_drain_ends$q),
        .clock(r_epoch_ctrl_drain_ends$clock)
    );
    ftsync_csr_r_epoch_load r_epoch_load(
        .d(r_epoch_load$d),
        .q(r_epoch_load$q),
        .clock(r_epoch_load$clock)
    );
    ftsync_csr_s_epoch_load s_epoch_load(
        .d(s_epoch_load$d),
        .q(s_epoch_load$q),
        .clock(s_epoch_load$clock)
    );
    ftsync_csr_r_epoch_resume_resume r_epoch_resume_resume(
        .d(r_epoch_resume_resume$d),
        .q(r_epoch_resume_resume$q),
        .clock(r_epoch_resume_resume$clock)
    );
    ftsync_csr_r_cmp_ctrl_en r_cmp_ctrl_en(
        .d(r_cmp_ctrl_en$d),
        .q(r_cmp_ctrl_en$q),
        .clock(r_cmp_ctrl_en$clock)
    );
    ftsync_csr_r_cmp_ctrl_mode r_cmp_ctrl_mode(
        .d(r_cmp_ctrl_mode$d),
        .q(r_cmp_ctrl_mode$q),
        .clock(r_cmp_ctrl_mode$clock)
    );
    ftsync_csr_r_cmp_ctrl_halt_on_mismatch r_cmp_ctrl_halt_on_mismatch(
        .d(r_cmp_ctrl_halt_on_mismatch$d),
        .q(r_cmp_ctrl_halt_on_mismatch$q),
        .clock(r_cmp_ctrl_halt_on_mismatch$clock)
    );
    ftsync_csr_r_cmp_ctrl_clear r_cmp_ctrl_clear(
        .d(r_cmp_ctrl_clear$d),
        .q(r_cmp_ctrl_clear$q),
        .clock(r_cmp_ctrl_clear$clock)
    );
    ftsync_csr_r_cmp_skew_timeout r_cmp_skew_timeout(
        .d(r_cmp_skew_timeout$d),
        .q(r_cmp_skew_timeout$q),
        .clock(r_cmp_skew_timeout$clock)
    );

    // Update code
    always @(*) begin
        ack$clock = clock;
        dat_r$clock = clock;
        pending$clock = clock;
        r_scratch$clock = clock;
        r_intr_state_epoch_end$clock = clock;
        r_intr_state_cmp_mismatch$clock = clock;
        r_intr_state_cmp_timeout$clock = clock;
        r_intr_state_track_snap_done$clock = clock;
        r_intr_enable_epoch_end$clock = clock;
        r_intr_enable_cmp_mismatch$clock = clock;
        r_intr_enable_cmp_timeout$clock = clock;
        r_intr_enable_track_snap_done$clock = clock;
        r_intr_test_epoch_end$clock = clock;
        r_intr_test_cmp_mismatch$clock = clock;
        r_intr_test_cmp_timeout$clock = clock;
        r_intr_test_track_snap_done$clock = clock;
        r_track_ctrl_en$clock = clock;
        r_track_ctrl_snapshot$clock = clock;
        r_track_ctrl_clear$clock = clock;
        r_track_status_snap_refused$clock = clock;
        r_track_base_lo$clock = clock;
        r_track_base_hi$clock = clock;
        r_track_shift$clock = clock;
        r_track_limit$clock = clock;
        track_summary_rd_r$clock = clock;
        track_summary_addr_r$clock = clock;
        track_summary_wait$clock = clock;
        track_bitmap_rd_r$clock = clock;
        track_bitmap_addr_r$clock = clock;
        track_bitmap_wait$clock = clock;
        r_epoch_ctrl_en$clock = clock;
        r_epoch_ctrl_auto_reload$clock = clock;
        r_epoch_ctrl_hold_at_end$clock = clock;
        r_epoch_ctrl_src$clock = clock;
        r_epoch_ctrl_drain_ends$clock = clock;
        r_epoch_load$clock = clock;
        s_epoch_load$clock = clock;
        r_epoch_resume_resume$clock = clock;
        r_cmp_ctrl_en$clock = clock;
        r_cmp_ctrl_mode$clock = clock;
        r_cmp_ctrl_halt_on_mismatch$clock = clock;
        r_cmp_ctrl_clear$clock = clock;
        r_cmp_skew_timeout$clock = clock;
        ack$d = ack$q;
        dat_r$d = dat_r$q;
        pending$d = pending$q;
        r_scratch$d = r_scratch$q;
        r_intr_state_epoch_end$d = r_intr_state_epoch_end$q;
        r_intr_state_cmp_mismatch$d = r_intr_state_cmp_mismatch$q;
        r_intr_state_cmp_timeout$d = r_intr_state_cmp_timeout$q;
        r_intr_state_track_snap_done$d = r_intr_state_track_snap_done$q;
        r_intr_enable_epoch_end$d = r_intr_enable_epoch_end$q;
        r_intr_enable_cmp_mismatch$d = r_intr_enable_cmp_mismatch$q;
        r_intr_enable_cmp_timeout$d = r_intr_enable_cmp_timeout$q;
        r_intr_enable_track_snap_done$d = r_intr_enable_track_snap_done$q;
        r_intr_test_epoch_end$d = r_intr_test_epoch_end$q;
        r_intr_test_cmp_mismatch$d = r_intr_test_cmp_mismatch$q;
        r_intr_test_cmp_timeout$d = r_intr_test_cmp_timeout$q;
        r_intr_test_track_snap_done$d = r_intr_test_track_snap_done$q;
        r_track_ctrl_en$d = r_track_ctrl_en$q;
        r_track_ctrl_snapshot$d = r_track_ctrl_snapshot$q;
        r_track_ctrl_clear$d = r_track_ctrl_clear$q;
        r_track_status_snap_refused$d = r_track_status_snap_refused$q;
        r_track_base_lo$d = r_track_base_lo$q;
        r_track_base_hi$d = r_track_base_hi$q;
        r_track_shift$d = r_track_shift$q;
        r_track_limit$d = r_track_limit$q;
        track_summary_rd_r$d = track_summary_rd_r$q;
        track_summary_addr_r$d = track_summary_addr_r$q;
        track_summary_wait$d = track_summary_wait$q;
        track_bitmap_rd_r$d = track_bitmap_rd_r$q;
        track_bitmap_addr_r$d = track_bitmap_addr_r$q;
        track_bitmap_wait$d = track_bitmap_wait$q;
        r_epoch_ctrl_en$d = r_epoch_ctrl_en$q;
        r_epoch_ctrl_auto_reload$d = r_epoch_ctrl_auto_reload$q;
        r_epoch_ctrl_hold_at_end$d = r_epoch_ctrl_hold_at_end$q;
        r_epoch_ctrl_src$d = r_epoch_ctrl_src$q;
        r_epoch_ctrl_drain_ends$d = r_epoch_ctrl_drain_ends$q;
        r_epoch_load$d = r_epoch_load$q;
        s_epoch_load$d = s_epoch_load$q;
        r_epoch_resume_resume$d = r_epoch_resume_resume$q;
        r_cmp_ctrl_en$d = r_cmp_ctrl_en$q;
        r_cmp_ctrl_mode$d = r_cmp_ctrl_mode$q;
        r_cmp_ctrl_halt_on_mismatch$d = r_cmp_ctrl_halt_on_mismatch$q;
        r_cmp_ctrl_clear$d = r_cmp_ctrl_clear$q;
        r_cmp_skew_timeout$d = r_cmp_skew_timeout$q;
        wb_ack = ack$q & wb_cyc & wb_stb;
        wb_dat_r = dat_r$q;
        ack$d = 1'b0;
        in_window = 1'b0;
        scratch = r_scratch$q;
        intr_state_epoch_end = r_intr_state_epoch_end$q;
        clr_intr_state_epoch_end = 1'b0;
        intr_state_cmp_mismatch = r_intr_state_cmp_mismatch$q;
        clr_intr_state_cmp_mismatch = 1'b0;
        intr_state_cmp_timeout = r_intr_state_cmp_timeout$q;
        clr_intr_state_cmp_timeout = 1'b0;
        intr_state_track_snap_done = r_intr_state_track_snap_done$q;
        clr_intr_state_track_snap_done = 1'b0;
        intr_enable_epoch_end = r_intr_enable_epoch_end$q;
        intr_enable_cmp_mismatch = r_intr_enable_cmp_mismatch$q;
        intr_enable_cmp_timeout = r_intr_enable_cmp_timeout$q;
        intr_enable_track_snap_done = r_intr_enable_track_snap_done$q;
        intr_test_epoch_end = r_intr_test_epoch_end$q;
        r_intr_test_epoch_end$d = 1'b0;
        intr_test_cmp_mismatch = r_intr_test_cmp_mismatch$q;
        r_intr_test_cmp_mismatch$d = 1'b0;
        intr_test_cmp_timeout = r_intr_test_cmp_timeout$q;
        r_intr_test_cmp_timeout$d = 1'b0;
        intr_test_track_snap_done = r_intr_test_track_snap_done$q;
        r_intr_test_track_snap_done$d = 1'b0;
        track_ctrl_en = r_track_ctrl_en$q;
        track_ctrl_snapshot = r_track_ctrl_snapshot$q;
        r_track_ctrl_snapshot$d = 1'b0;
        track_ctrl_clear = r_track_ctrl_clear$q;
        r_track_ctrl_clear$d = 1'b0;
        track_status_snap_refused = r_track_status_snap_refused$q;
        clr_track_status_snap_refused = 1'b0;
        track_base_lo = r_track_base_lo$q;
        track_base_hi = r_track_base_hi$q;
        track_shift = r_track_shift$q;
        w_track_shift = 32'h0;
        track_limit = r_track_limit$q;
        track_summary_rd = track_summary_rd_r$q;
        track_summary_addr = track_summary_addr_r$q;
        track_summary_rd_r$d = 1'b0;
        track_bitmap_rd = track_bitmap_rd_r$q;
        track_bitmap_addr = track_bitmap_addr_r$q;
        track_bitmap_rd_r$d = 1'b0;
        epoch_ctrl_en = r_epoch_ctrl_en$q;
        epoch_ctrl_auto_reload = r_epoch_ctrl_auto_reload$q;
        epoch_ctrl_hold_at_end = r_epoch_ctrl_hold_at_end$q;
        epoch_ctrl_src = r_epoch_ctrl_src$q;
        epoch_ctrl_drain_ends = r_epoch_ctrl_drain_ends$q;
        epoch_load = r_epoch_load$q;
        epoch_load_written = s_epoch_load$q;
        s_epoch_load$d = 1'b0;
        epoch_resume_resume = r_epoch_resume_resume$q;
        r_epoch_resume_resume$d = 1'b0;
        cmp_ctrl_en = r_cmp_ctrl_en$q;
        cmp_ctrl_mode = r_cmp_ctrl_mode$q;
        cmp_ctrl_halt_on_mismatch = r_cmp_ctrl_halt_on_mismatch$q;
        cmp_ctrl_clear = r_cmp_ctrl_clear$q;
        r_cmp_ctrl_clear$d = 1'b0;
        cmp_skew_timeout = r_cmp_skew_timeout$q;
        wmask = 32'h0;
        if (wb_sel[32'h0]) begin
            wmask = wmask | 64'hff;
        end
        if (wb_sel[32'h1]) begin
            wmask = wmask | 64'hff00;
        end
        if (wb_sel[32'h2]) begin
            wmask = wmask | 64'hff0000;
        end
        if (wb_sel[32'h3]) begin
            wmask = wmask | 64'hff000000;
        end
        word_adr = wb_adr & 64'hfffc;
        take = wb_cyc & wb_stb & ~ack$q & ~pending$q;
        rd_term_0 = 32'h0;
        if (word_adr == 32'h0) begin
            rd_term_0 = ((id) & 32'hffffffff);
        end
        rd_term_1 = 32'h0;
        if (word_adr == 32'h4) begin
            rd_term_1 = ((version_patch) & 32'hffffffff) | (((version_minor) & 32'hffffffff) << 32'h8) | (((version_major) & 32'hffffffff) << 32'h10);
        end
        rd_term_2 = 32'h0;
        if (word_adr == 32'h8) begin
            rd_term_2 = ((caps_track_capacity_log2) & 32'hffffffff) | (((caps_stream_width) & 32'hffffffff) << 32'h8) | (((caps_fifo_depth_log2) & 32'hffffffff) << 32'h10);
        end
        rd_term_3 = 32'h0;
        if (word_adr == 32'hc) begin
            rd_term_3 = ((r_scratch$q) & 32'hffffffff);
        end
        rd_term_4 = 32'h0;
        if (word_adr == 32'h10) begin
            rd_term_4 = ((r_intr_state_epoch_end$q) & 32'hffffffff) | (((r_intr_state_cmp_mismatch$q) & 32'hffffffff) << 32'h1) | (((r_intr_state_cmp_timeout$q) & 32'hffffffff) << 32'h2) | (((r_intr_state_track_snap_done$q) & 32'hffffffff) << 32'h3);
        end
        rd_term_5 = 32'h0;
        if (word_adr == 32'h14) begin
            rd_term_5 = ((r_intr_enable_epoch_end$q) & 32'hffffffff) | (((r_intr_enable_cmp_mismatch$q) & 32'hffffffff) << 32'h1) | (((r_intr_enable_cmp_timeout$q) & 32'hffffffff) << 32'h2) | (((r_intr_enable_track_snap_done$q) & 32'hffffffff) << 32'h3);
        end
        rd_term_6 = 32'h0;
        if (word_adr == 32'h18) begin
            rd_term_6 = 32'h0;
        end
        rd_term_7 = 32'h0;
        if (word_adr == 32'h100) begin
            rd_term_7 = ((r_track_ctrl_en$q) & 32'hffffffff);
        end
        rd_term_8 = 32'h0;
        if (word_adr == 32'h104) begin
            rd_term_8 = ((track_status_busy) & 32'hffffffff) | (((r_track_status_snap_refused$q) & 32'hffffffff) << 32'h1) | (((track_status_clearing) & 32'hffffffff) << 32'h2) | (((track_status_live_bank) & 32'hffffffff) << 32'h3);
        end
        rd_term_9 = 32'h0;
        if (word_adr == 32'h108) begin
            rd_term_9 = ((r_track_base_lo$q) & 32'hffffffff);
        end
        rd_term_10 = 32'h0;
        if (word_adr == 32'h10c) begin
            rd_term_10 = ((r_track_base_hi$q) & 32'hffffffff);
        end
        rd_term_11 = 32'h0;
        if (word_adr == 32'h110) begin
            rd_term_11 = ((r_track_shift$q) & 32'hffffffff);
        end
        rd_term_12 = 32'h0;
        if (word_adr == 32'h114) begin
            rd_term_12 = ((r_track_limit$q) & 32'hffffffff);
        end
        rd_term_13 = 32'h0;
        if (word_adr == 32'h118) begin
            rd_term_13 = ((track_dirty_count) & 32'hffffffff);
        end
        rd_term_14 = 32'h0;
        if (word_adr == 32'h11c) begin
            rd_term_14 = ((track_snap_count) & 32'hffffffff);
        end
        rd_term_15 = 32'h0;
        if (word_adr == 32'h120) begin
            rd_term_15 = ((track_writes) & 32'hffffffff);
        end
        rd_term_16 = 32'h0;
        if (word_adr == 32'h124) begin
            rd_term_16 = ((track_out_of_range) & 32'hffffffff);
        end
        rd_term_17 = 32'h0;
        if (word_adr == 32'h128) begin
            rd_term_17 = ((track_stall_cycles) & 32'hffffffff);
        end
        rd_term_18 = 32'h0;
        if (word_adr == 32'h200) begin
            rd_term_18 = ((r_epoch_ctrl_en$q) & 32'hffffffff) | (((r_epoch_ctrl_auto_reload$q) & 32'hffffffff) << 32'h1) | (((r_epoch_ctrl_hold_at_end$q) & 32'hffffffff) << 32'h2) | (((r_epoch_ctrl_src$q) & 32'hffffffff) << 32'h3) | (((r_epoch_ctrl_drain_ends$q) & 32'hffffffff) << 32'h5);
        end
        rd_term_19 = 32'h0;
        if (word_adr == 32'h204) begin
            rd_term_19 = ((epoch_status_held) & 32'hffffffff) | (((epoch_status_expired) & 32'hffffffff) << 32'h1);
        end
        rd_term_20 = 32'h0;
        if (word_adr == 32'h208) begin
            rd_term_20 = ((r_epoch_load$q) & 32'hffffffff);
        end
        rd_term_21 = 32'h0;
        if (word_adr == 32'h20c) begin
            rd_term_21 = ((epoch_count) & 32'hffffffff);
        end
        rd_term_22 = 32'h0;
        if (word_adr == 32'h210) begin
            rd_term_22 = ((epoch_number_lo) & 32'hffffffff);
        end
        rd_term_23 = 32'h0;
        if (word_adr == 32'h214) begin
            rd_term_23 = ((epoch_number_hi) & 32'hffffffff);
        end
        rd_term_24 = 32'h0;
        if (word_adr == 32'h218) begin
            rd_term_24 = 32'h0;
        end
        rd_term_25 = 32'h0;
        if (word_adr == 32'h300) begin
            rd_term_25 = ((r_cmp_ctrl_en$q) & 32'hffffffff) | (((r_cmp_ctrl_mode$q) & 32'hffffffff) << 32'h1) | (((r_cmp_ctrl_halt_on_mismatch$q) & 32'hffffffff) << 32'h3);
        end
        rd_term_26 = 32'h0;
        if (word_adr == 32'h304) begin
            rd_term_26 = ((cmp_status_mismatch) & 32'hffffffff) | (((cmp_status_timeout) & 32'hffffffff) << 32'h1) | (((cmp_status_halted) & 32'hffffffff) << 32'h2) | (((cmp_status_a_fill) & 32'hffffffff) << 32'h8) | (((cmp_status_b_fill) & 32'hffffffff) << 32'h10);
        end
        rd_term_27 = 32'h0;
        if (word_adr == 32'h308) begin
            rd_term_27 = ((r_cmp_skew_timeout$q) & 32'hffffffff);
        end
        rd_term_28 = 32'h0;
        if (word_adr == 32'h30c) begin
            rd_term_28 = ((cmp_mismatch_index_lo) & 32'hffffffff);
        end
        rd_term_29 = 32'h0;
        if (word_adr == 32'h310) begin
            rd_term_29 = ((cmp_mismatch_index_hi) & 32'hffffffff);
        end
        rd_term_30 = 32'h0;
        if (word_adr == 32'h314) begin
            rd_term_30 = ((cmp_mismatch_a) & 32'hffffffff);
        end
        rd_term_31 = 32'h0;
        if (word_adr == 32'h318) begin
            rd_term_31 = ((cmp_mismatch_b) & 32'hffffffff);
        end
        rd_term_32 = 32'h0;
        if (word_adr == 32'h31c) begin
            rd_term_32 = ((cmp_mismatch_epoch) & 32'hffffffff);
        end
        rd_term_33 = 32'h0;
        if (word_adr == 32'h320) begin
            rd_term_33 = ((cmp_words_lo) & 32'hffffffff);
        end
        rd_term_34 = 32'h0;
        if (word_adr == 32'h324) begin
            rd_term_34 = ((cmp_words_hi) & 32'hffffffff);
        end
        rd_term_35 = 32'h0;
        if (word_adr == 32'h328) begin
            rd_term_35 = ((cmp_frames) & 32'hffffffff);
        end
        rd_term_36 = 32'h0;
        if (word_adr == 32'h32c) begin
            rd_term_36 = ((cmp_max_skew) & 32'hffffffff);
        end
        rd_value = ((((rd_term_0 | rd_term_1) | (rd_term_2 | rd_term_3)) | ((rd_term_4 | rd_term_5) | (rd_term_6 | (rd_term_7 | rd_term_8)))) | (((rd_term_9 | rd_term_10) | (rd_term_11 | rd_term_12)) | ((rd_term_13 | rd_term_14) | (rd_term_15 | (rd_term_16 | rd_term_17))))) | ((((rd_term_18 | rd_term_19) | (rd_term_20 | rd_term_21)) | ((rd_term_22 | rd_term_23) | (rd_term_24 | (rd_term_25 | rd_term_26)))) | (((rd_term_27 | rd_term_28) | (rd_term_29 | (rd_term_30 | rd_term_31))) | ((rd_term_32 | rd_term_33) | (rd_term_34 | (rd_term_35 | rd_term_36)))));
        if (take) begin
            if (wb_we) begin
                ack$d = 1'b1;
                case (word_adr)
                    12:
                        begin
                            r_scratch$d = (r_scratch$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
                        end
                    16:
                        begin
                            clr_intr_state_epoch_end = wb_dat_w[32'h0] & wmask[32'h0];
                            clr_intr_state_cmp_mismatch = wb_dat_w[32'h1] & wmask[32'h1];
                            clr_intr_state_cmp_timeout = wb_dat_w[32'h2] & wmask[32'h2];
                            clr_intr_state_track_snap_done = wb_dat_w[32'h3] & wmask[32'h3];
                        end
                    20:
                        begin
                            if (wmask[32'h0]) begin
                                r_intr_enable_epoch_end$d = wb_dat_w[32'h0];
                            end
                            if (wmask[32'h1]) begin
                                r_intr_enable_cmp_mismatch$d = wb_dat_w[32'h1];
                            end
                            if (wmask[32'h2]) begin
                                r_intr_enable_cmp_timeout$d = wb_dat_w[32'h2];
                            end
                            if (wmask[32'h3]) begin
                                r_intr_enable_track_snap_done$d = wb_dat_w[32'h3];
                            end
                        end
                    24:
                        begin
                            r_intr_test_epoch_end$d = wb_dat_w[32'h0] & wmask[32'h0];
                            r_intr_test_cmp_mismatch$d = wb_dat_w[32'h1] & wmask[32'h1];
                            r_intr_test_cmp_timeout$d = wb_dat_w[32'h2] & wmask[32'h2];
                            r_intr_test_track_snap_done$d = wb_dat_w[32'h3] & wmask[32'h3];
                        end
                    256:
                        begin
                            if (wmask[32'h0]) begin
                                r_track_ctrl_en$d = wb_dat_w[32'h0];
                            end
                            r_track_ctrl_snapshot$d = wb_dat_w[32'h1] & wmask[32'h1];
                            r_track_ctrl_clear$d = wb_dat_w[32'h2] & wmask[32'h2];
                        end
                    260:
                        begin
                            clr_track_status_snap_refused = wb_dat_w[32'h1] & wmask[32'h1];
                        end
                    264:
                        begin
                            r_track_base_lo$d = (r_track_base_lo$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
                        end
                    268:
                        begin
                            r_track_base_hi$d = (r_track_base_hi$q & ~wmask[(32'h0)+:(16)]) | (wb_dat_w[(32'h0)+:(16)] & wmask[(32'h0)+:(16)]);
                        end
                    272:
                        begin
                            w_track_shift = (r_track_shift$q & ~wmask[(32'h0)+:(5)]) | (wb_dat_w[(32'h0)+:(5)] & wmask[(32'h0)+:(5)]);
                            if (w_track_shift < 32'ha) begin
                                r_track_shift$d = 32'ha;
                            end
                            else if (w_track_shift > 32'h1e) begin
                                r_track_shift$d = 32'h1e;
                            end
                            else begin
                                r_track_shift$d = w_track_shift;
                            end
                        end
                    276:
                        begin
                            r_track_limit$d = (r_track_limit$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
                        end
                    512:
                        begin
                            if (wmask[32'h0]) begin
                                r_epoch_ctrl_en$d = wb_dat_w[32'h0];
                            end
                            if (wmask[32'h1]) begin
                                r_epoch_ctrl_auto_reload$d = wb_dat_w[32'h1];
                            end
                            if (wmask[32'h2]) begin
                                r_epoch_ctrl_hold_at_end$d = wb_dat_w[32'h2];
                            end
                            r_epoch_ctrl_src$d = (r_epoch_ctrl_src$q & ~wmask[(32'h3)+:(2)]) | (wb_dat_w[(32'h3)+:(2)] & wmask[(32'h3)+:(2)]);
                            if (wmask[32'h5]) begin
                                r_epoch_ctrl_drain_ends$d = wb_dat_w[32'h5];
                            end
                        end
                    520:
                        begin
                            r_epoch_load$d = (r_epoch_load$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
                            s_epoch_load$d = |wb_sel;
                        end
                    536:
                        begin
                            r_epoch_resume_resume$d = wb_dat_w[32'h0] & wmask[32'h0];
                        end
                    768:
                        begin
                            if (wmask[32'h0]) begin
                                r_cmp_ctrl_en$d = wb_dat_w[32'h0];
                            end
                            r_cmp_ctrl_mode$d = (r_cmp_ctrl_mode$q & ~wmask[(32'h1)+:(2)]) | (wb_dat_w[(32'h1)+:(2)] & wmask[(32'h1)+:(2)]);
                            if (wmask[32'h3]) begin
                                r_cmp_ctrl_halt_on_mismatch$d = wb_dat_w[32'h3];
                            end
                            r_cmp_ctrl_clear$d = wb_dat_w[32'h4] & wmask[32'h4];
                        end
                    776:
                        begin
                            r_cmp_skew_timeout$d = (r_cmp_skew_timeout$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
                        end
                    default:
                        begin
                        end
                endcase
            end
            else begin
                if (wb_adr[(32'ha)+:(6)] == 32'h10) begin
                    in_window = 1'b1;
                    pending$d = 1'b1;
                    track_summary_wait$d = 1'b1;
                    track_summary_rd_r$d = 1'b1;
                    track_summary_addr_r$d = wb_adr[(32'h2)+:(8)];
                end
                if (wb_adr[(32'hf)+:(1)] == 32'h1) begin
                    in_window = 1'b1;
                    pending$d = 1'b1;
                    track_bitmap_wait$d = 1'b1;
                    track_bitmap_rd_r$d = 1'b1;
                    track_bitmap_addr_r$d = wb_adr[(32'h2)+:(13)];
                end
                if (~in_window) begin
                    ack$d = 1'b1;
                    dat_r$d = rd_value;
                end
            end
        end
        if (track_summary_wait$q & track_summary_ack) begin
            track_summary_wait$d = 1'b0;
            pending$d = 1'b0;
            ack$d = 1'b1;
            dat_r$d = track_summary_data;
        end
        if (track_bitmap_wait$q & track_bitmap_ack) begin
            track_bitmap_wait$d = 1'b0;
            pending$d = 1'b0;
            ack$d = 1'b1;
            dat_r$d = track_bitmap_data;
        end
        if (~wb_cyc) begin
            ack$d = 1'b0;
            pending$d = 1'b0;
            track_summary_wait$d = 1'b0;
            track_bitmap_wait$d = 1'b0;
        end
        r_intr_state_epoch_end$d = (r_intr_state_epoch_end$q & ~clr_intr_state_epoch_end) | intr_state_epoch_end_set;
        r_intr_state_cmp_mismatch$d = (r_intr_state_cmp_mismatch$q & ~clr_intr_state_cmp_mismatch) | intr_state_cmp_mismatch_set;
        r_intr_state_cmp_timeout$d = (r_intr_state_cmp_timeout$q & ~clr_intr_state_cmp_timeout) | intr_state_cmp_timeout_set;
        r_intr_state_track_snap_done$d = (r_intr_state_track_snap_done$q & ~clr_intr_state_track_snap_done) | intr_state_track_snap_done_set;
        r_track_status_snap_refused$d = (r_track_status_snap_refused$q & ~clr_track_status_snap_refused) | track_status_snap_refused_set;
        if (rst) begin
            ack$d = 1'b0;
            pending$d = 1'b0;
            r_scratch$d = 32'h0;
            r_intr_state_epoch_end$d = 1'b0;
            r_intr_state_cmp_mismatch$d = 1'b0;
            r_intr_state_cmp_timeout$d = 1'b0;
            r_intr_state_track_snap_done$d = 1'b0;
            r_intr_enable_epoch_end$d = 1'b0;
            r_intr_enable_cmp_mismatch$d = 1'b0;
            r_intr_enable_cmp_timeout$d = 1'b0;
            r_intr_enable_track_snap_done$d = 1'b0;
            r_intr_test_epoch_end$d = 1'b0;
            r_intr_test_cmp_mismatch$d = 1'b0;
            r_intr_test_cmp_timeout$d = 1'b0;
            r_intr_test_track_snap_done$d = 1'b0;
            r_track_ctrl_en$d = 1'b0;
            r_track_ctrl_snapshot$d = 1'b0;
            r_track_ctrl_clear$d = 1'b0;
            r_track_status_snap_refused$d = 1'b0;
            r_track_base_lo$d = 32'h0;
            r_track_base_hi$d = 32'h0;
            r_track_shift$d = 32'hc;
            r_track_limit$d = reset_track_limit;
            track_summary_wait$d = 1'b0;
            track_summary_rd_r$d = 1'b0;
            track_bitmap_wait$d = 1'b0;
            track_bitmap_rd_r$d = 1'b0;
            r_epoch_ctrl_en$d = 1'b0;
            r_epoch_ctrl_auto_reload$d = 1'b0;
            r_epoch_ctrl_hold_at_end$d = 1'b0;
            r_epoch_ctrl_src$d = 32'h0;
            r_epoch_ctrl_drain_ends$d = 1'b0;
            r_epoch_load$d = 32'h0;
            s_epoch_load$d = 1'b0;
            r_epoch_resume_resume$d = 1'b0;
            r_cmp_ctrl_en$d = 1'b0;
            r_cmp_ctrl_mode$d = 32'h0;
            r_cmp_ctrl_halt_on_mismatch$d = 1'b0;
            r_cmp_ctrl_clear$d = 1'b0;
            r_cmp_skew_timeout$d = 32'h0;
        end
    end

endmodule // ftsync_csr

module ftsync_csr_ack(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_ack

module ftsync_csr_dat_r(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_dat_r

module ftsync_csr_pending(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_pending

module ftsync_csr_r_cmp_ctrl_clear(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_cmp_ctrl_clear

module ftsync_csr_r_cmp_ctrl_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_cmp_ctrl_en

module ftsync_csr_r_cmp_ctrl_halt_on_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_cmp_ctrl_halt_on_mismatch

module ftsync_csr_r_cmp_ctrl_mode(d,q,clock);

    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 2'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_cmp_ctrl_mode

module ftsync_csr_r_cmp_skew_timeout(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_cmp_skew_timeout

module ftsync_csr_r_epoch_ctrl_auto_reload(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_epoch_ctrl_auto_reload

module ftsync_csr_r_epoch_ctrl_drain_ends(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_epoch_ctrl_drain_ends

module ftsync_csr_r_epoch_ctrl_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_epoch_ctrl_en

module ftsync_csr_r_epoch_ctrl_hold_at_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_epoch_ctrl_hold_at_end

module ftsync_csr_r_epoch_ctrl_src(d,q,clock);

    // Module arguments
    input wire  [1:0] d;
    output reg  [1:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 2'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_epoch_ctrl_src

module ftsync_csr_r_epoch_load(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_epoch_load

module ftsync_csr_r_epoch_resume_resume(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_epoch_resume_resume

module ftsync_csr_r_intr_enable_cmp_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_enable_cmp_mismatch

module ftsync_csr_r_intr_enable_cmp_timeout(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_enable_cmp_timeout

module ftsync_csr_r_intr_enable_epoch_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_enable_epoch_end

module ftsync_csr_r_intr_enable_track_snap_done(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_enable_track_snap_done

module ftsync_csr_r_intr_state_cmp_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_state_cmp_mismatch

module ftsync_csr_r_intr_state_cmp_timeout(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_state_cmp_timeout

module ftsync_csr_r_intr_state_epoch_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_state_epoch_end

module ftsync_csr_r_intr_state_track_snap_done(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_state_track_snap_done

module ftsync_csr_r_intr_test_cmp_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_test_cmp_mismatch

module ftsync_csr_r_intr_test_cmp_timeout(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_test_cmp_timeout

module ftsync_csr_r_intr_test_epoch_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_test_epoch_end

module ftsync_csr_r_intr_test_track_snap_done(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_intr_test_track_snap_done

module ftsync_csr_r_scratch(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_scratch

module ftsync_csr_r_track_base_hi(d,q,clock);

    // Module arguments
    input wire  [15:0] d;
    output reg  [15:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 16'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_base_hi

module ftsync_csr_r_track_base_lo(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_base_lo

module ftsync_csr_r_track_ctrl_clear(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_ctrl_clear

module ftsync_csr_r_track_ctrl_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_ctrl_en

module ftsync_csr_r_track_ctrl_snapshot(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_ctrl_snapshot

module ftsync_csr_r_track_limit(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Constant declarations
    localparam  init = 32'h4000;

    // Stub signals
    reg  [31:0] dff$d;
    wire  [31:0] dff$q;
    reg  dff$clock;

    // Sub module instances
    ftsync_csr_r_track_limit_dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );

    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end

endmodule // ftsync_csr_r_track_limit

module ftsync_csr_r_track_limit_dff(d,q,clock);

    // Module arguments
    input wire  [31:0] d;
    output reg  [31:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 32'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_limit_dff

module ftsync_csr_r_track_shift(d,q,clock);

    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;

    // Constant declarations
    localparam  init = 5'b1100;

    // Stub signals
    reg  [4:0] dff$d;
    wire  [4:0] dff$q;
    reg  dff$clock;

    // Sub module instances
    ftsync_csr_r_track_shift_dff dff(
        .d(dff$d),
        .q(dff$q),
        .clock(dff$clock)
    );

    // Update code
    always @(*) begin
        dff$clock = clock;
        q = dff$q ^ init;
        dff$d = d ^ init;
    end

endmodule // ftsync_csr_r_track_shift

module ftsync_csr_r_track_shift_dff(d,q,clock);

    // Module arguments
    input wire  [4:0] d;
    output reg  [4:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 5'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_shift_dff

module ftsync_csr_r_track_status_snap_refused(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_r_track_status_snap_refused

module ftsync_csr_s_epoch_load(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_s_epoch_load

module ftsync_csr_track_bitmap_addr_r(d,q,clock);

    // Module arguments
    input wire  [12:0] d;
    output reg  [12:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 13'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_track_bitmap_addr_r

module ftsync_csr_track_bitmap_rd_r(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_track_bitmap_rd_r

module ftsync_csr_track_bitmap_wait(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_track_bitmap_wait

module ftsync_csr_track_summary_addr_r(d,q,clock);

    // Module arguments
    input wire  [7:0] d;
    output reg  [7:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 8'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_track_summary_addr_r

module ftsync_csr_track_summary_rd_r(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_track_summary_rd_r

module ftsync_csr_track_summary_wait(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_csr_track_summary_wait
