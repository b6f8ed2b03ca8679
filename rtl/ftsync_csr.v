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
    reg  [31:0] dat_r0$d;
    wire  [31:0] dat_r0$q;
    reg  dat_r0$clock;
    reg  [31:0] dat_r1$d;
    wire  [31:0] dat_r1$q;
    reg  dat_r1$clock;
    reg  [31:0] dat_r2$d;
    wire  [31:0] dat_r2$q;
    reg  dat_r2$clock;
    reg  pending$d;
    wire  pending$q;
    reg  pending$clock;
    reg  rd_wait$d;
    wire  rd_wait$q;
    reg  rd_wait$clock;
    reg  wr_wait$d;
    wire  wr_wait$q;
    reg  wr_wait$clock;
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
    reg  hit_0$d;
    wire  hit_0$q;
    reg  hit_0$clock;
    reg  hit_1$d;
    wire  hit_1$q;
    reg  hit_1$clock;
    reg  hit_2$d;
    wire  hit_2$q;
    reg  hit_2$clock;
    reg  hit_3$d;
    wire  hit_3$q;
    reg  hit_3$clock;
    reg  hit_4$d;
    wire  hit_4$q;
    reg  hit_4$clock;
    reg  hit_5$d;
    wire  hit_5$q;
    reg  hit_5$clock;
    reg  hit_6$d;
    wire  hit_6$q;
    reg  hit_6$clock;
    reg  hit_7$d;
    wire  hit_7$q;
    reg  hit_7$clock;
    reg  hit_8$d;
    wire  hit_8$q;
    reg  hit_8$clock;
    reg  hit_9$d;
    wire  hit_9$q;
    reg  hit_9$clock;
    reg  hit_10$d;
    wire  hit_10$q;
    reg  hit_10$clock;
    reg  hit_11$d;
    wire  hit_11$q;
    reg  hit_11$clock;
    reg  hit_12$d;
    wire  hit_12$q;
    reg  hit_12$clock;
    reg  hit_13$d;
    wire  hit_13$q;
    reg  hit_13$clock;
    reg  hit_14$d;
    wire  hit_14$q;
    reg  hit_14$clock;
    reg  hit_15$d;
    wire  hit_15$q;
    reg  hit_15$clock;
    reg  hit_16$d;
    wire  hit_16$q;
    reg  hit_16$clock;
    reg  hit_17$d;
    wire  hit_17$q;
    reg  hit_17$clock;
    reg  hit_18$d;
    wire  hit_18$q;
    reg  hit_18$clock;
    reg  hit_19$d;
    wire  hit_19$q;
    reg  hit_19$clock;
    reg  hit_20$d;
    wire  hit_20$q;
    reg  hit_20$clock;
    reg  hit_21$d;
    wire  hit_21$q;
    reg  hit_21$clock;
    reg  hit_22$d;
    wire  hit_22$q;
    reg  hit_22$clock;
    reg  hit_23$d;
    wire  hit_23$q;
    reg  hit_23$clock;
    reg  hit_24$d;
    wire  hit_24$q;
    reg  hit_24$clock;
    reg  hit_25$d;
    wire  hit_25$q;
    reg  hit_25$clock;
    reg  hit_26$d;
    wire  hit_26$q;
    reg  hit_26$clock;
    reg  hit_27$d;
    wire  hit_27$q;
    reg  hit_27$clock;
    reg  hit_28$d;
    wire  hit_28$q;
    reg  hit_28$clock;
    reg  hit_29$d;
    wire  hit_29$q;
    reg  hit_29$clock;
    reg  hit_30$d;
    wire  hit_30$q;
    reg  hit_30$clock;
    reg  hit_31$d;
    wire  hit_31$q;
    reg  hit_31$clock;
    reg  hit_32$d;
    wire  hit_32$q;
    reg  hit_32$clock;
    reg  hit_33$d;
    wire  hit_33$q;
    reg  hit_33$clock;
    reg  hit_34$d;
    wire  hit_34$q;
    reg  hit_34$clock;
    reg  hit_35$d;
    wire  hit_35$q;
    reg  hit_35$clock;
    reg  hit_36$d;
    wire  hit_36$q;
    reg  hit_36$clock;

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
    reg  [31:0] win_term_track_summary;
    reg  [31:0] win_term_track_bitmap;
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
    reg  [31:0] rd_value0;
    reg  [31:0] rd_value1;
    reg  [31:0] rd_value2;

    // Sub module instances
    ftsync_csr_ack ack(
        .d(ack$d),
        .q(ack$q),
        .clock(ack$clock)
    );
    ftsync_csr_dat_r0 dat_r0(
        .d(dat_r0$d),
        .q(dat_r0$q),
        .clock(dat_r0$clock)
    );
    ftsync_csr_dat_r1 dat_r1(
        .d(dat_r1$d),
        .q(dat_r1$q),
        .clock(dat_r1$clock)
    );
    ftsync_csr_dat_r2 dat_r2(
        .d(dat_r2$d),
        .q(dat_r2$q),
        .clock(dat_r2$clock)
    );
    ftsync_csr_pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    ftsync_csr_rd_wait rd_wait(
        .d(rd_wait$d),
        .q(rd_wait$q),
        .clock(rd_wait$clock)
    );
    ftsync_csr_wr_wait wr_wait(
        .d(wr_wait$d),
        .q(wr_wait$q),
        .clock(wr_wait$clock)
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
    ftsync_csr_hit_0 hit_0(
        .d(hit_0$d),
        .q(hit_0$q),
        .clock(hit_0$clock)
    );
    ftsync_csr_hit_1 hit_1(
        .d(hit_1$d),
        .q(hit_1$q),
        .clock(hit_1$clock)
    );
    ftsync_csr_hit_2 hit_2(
        .d(hit_2$d),
        .q(hit_2$q),
        .clock(hit_2$clock)
    );
    ftsync_csr_hit_3 hit_3(
        .d(hit_3$d),
        .q(hit_3$q),
        .clock(hit_3$clock)
    );
    ftsync_csr_hit_4 hit_4(
        .d(hit_4$d),
        .q(hit_4$q),
        .clock(hit_4$clock)
    );
    ftsync_csr_hit_5 hit_5(
        .d(hit_5$d),
        .q(hit_5$q),
        .clock(hit_5$clock)
    );
    ftsync_csr_hit_6 hit_6(
        .d(hit_6$d),
        .q(hit_6$q),
        .clock(hit_6$clock)
    );
    ftsync_csr_hit_7 hit_7(
        .d(hit_7$d),
        .q(hit_7$q),
        .clock(hit_7$clock)
    );
    ftsync_csr_hit_8 hit_8(
        .d(hit_8$d),
        .q(hit_8$q),
        .clock(hit_8$clock)
    );
    ftsync_csr_hit_9 hit_9(
        .d(hit_9$d),
        .q(hit_9$q),
        .clock(hit_9$clock)
    );
    ftsync_csr_hit_10 hit_10(
        .d(hit_10$d),
        .q(hit_10$q),
        .clock(hit_10$clock)
    );
    ftsync_csr_hit_11 hit_11(
        .d(hit_11$d),
        .q(hit_11$q),
        .clock(hit_11$clock)
    );
    ftsync_csr_hit_12 hit_12(
        .d(hit_12$d),
        .q(hit_12$q),
        .clock(hit_12$clock)
    );
    ftsync_csr_hit_13 hit_13(
        .d(hit_13$d),
        .q(hit_13$q),
        .clock(hit_13$clock)
    );
    ftsync_csr_hit_14 hit_14(
        .d(hit_14$d),
        .q(hit_14$q),
        .clock(hit_14$clock)
    );
    ftsync_csr_hit_15 hit_15(
        .d(hit_15$d),
        .q(hit_15$q),
        .clock(hit_15$clock)
    );
    ftsync_csr_hit_16 hit_16(
        .d(hit_16$d),
        .q(hit_16$q),
        .clock(hit_16$clock)
    );
    ftsync_csr_hit_17 hit_17(
        .d(hit_17$d),
        .q(hit_17$q),
        .clock(hit_17$clock)
    );
    ftsync_csr_hit_18 hit_18(
        .d(hit_18$d),
        .q(hit_18$q),
        .clock(hit_18$clock)
    );
    ftsync_csr_hit_19 hit_19(
        .d(hit_19$d),
        .q(hit_19$q),
        .clock(hit_19$clock)
    );
    ftsync_csr_hit_20 hit_20(
        .d(hit_20$d),
        .q(hit_20$q),
        .clock(hit_20$clock)
    );
    ftsync_csr_hit_21 hit_21(
        .d(hit_21$d),
        .q(hit_21$q),
        .clock(hit_21$clock)
    );
    ftsync_csr_hit_22 hit_22(
        .d(hit_22$d),
        .q(hit_22$q),
        .clock(hit_22$clock)
    );
    ftsync_csr_hit_23 hit_23(
        .d(hit_23$d),
        .q(hit_23$q),
        .clock(hit_23$clock)
    );
    ftsync_csr_hit_24 hit_24(
        .d(hit_24$d),
        .q(hit_24$q),
        .clock(hit_24$clock)
    );
    ftsync_csr_hit_25 hit_25(
        .d(hit_25$d),
        .q(hit_25$q),
        .clock(hit_25$clock)
    );
    ftsync_csr_hit_26 hit_26(
        .d(hit_26$d),
        .q(hit_26$q),
        .clock(hit_26$clock)
    );
    ftsync_csr_hit_27 hit_27(
        .d(hit_27$d),
        .q(hit_27$q),
        .clock(hit_27$clock)
    );
    ftsync_csr_hit_28 hit_28(
        .d(hit_28$d),
        .q(hit_28$q),
        .clock(hit_28$clock)
    );
    ftsync_csr_hit_29 hit_29(
        .d(hit_29$d),
        .q(hit_29$q),
        .clock(hit_29$clock)
    );
    ftsync_csr_hit_30 hit_30(
        .d(hit_30$d),
        .q(hit_30$q),
        .clock(hit_30$clock)
    );
    ftsync_csr_hit_31 hit_31(
        .d(hit_31$d),
        .q(hit_31$q),
        .clock(hit_31$clock)
    );
    ftsync_csr_hit_32 hit_32(
        .d(hit_32$d),
        .q(hit_32$q),
        .clock(hit_32$clock)
    );
    ftsync_csr_hit_33 hit_33(
        .d(hit_33$d),
        .q(hit_33$q),
        .clock(hit_33$clock)
    );
    ftsync_csr_hit_34 hit_34(
        .d(hit_34$d),
        .q(hit_34$q),
        .clock(hit_34$clock)
    );
    ftsync_csr_hit_35 hit_35(
        .d(hit_35$d),
        .q(hit_35$q),
        .clock(hit_35$clock)
    );
    ftsync_csr_hit_36 hit_36(
        .d(hit_36$d),
        .q(hit_36$q),
        .clock(hit_36$clock)
    );

    // Update code
    always @(*) begin
        ack$clock = clock;
        dat_r0$clock = clock;
        dat_r1$clock = clock;
        dat_r2$clock = clock;
        pending$clock = clock;
        rd_wait$clock = clock;
        wr_wait$clock = clock;
        hit_0$clock = clock;
        hit_1$clock = clock;
        hit_2$clock = clock;
        r_scratch$clock = clock;
        hit_3$clock = clock;
        r_intr_state_epoch_end$clock = clock;
        r_intr_state_cmp_mismatch$clock = clock;
        r_intr_state_cmp_timeout$clock = clock;
        r_intr_state_track_snap_done$clock = clock;
        hit_4$clock = clock;
        r_intr_enable_epoch_end$clock = clock;
        r_intr_enable_cmp_mismatch$clock = clock;
        r_intr_enable_cmp_timeout$clock = clock;
        r_intr_enable_track_snap_done$clock = clock;
        hit_5$clock = clock;
        r_intr_test_epoch_end$clock = clock;
        r_intr_test_cmp_mismatch$clock = clock;
        r_intr_test_cmp_timeout$clock = clock;
        r_intr_test_track_snap_done$clock = clock;
        hit_6$clock = clock;
        r_track_ctrl_en$clock = clock;
        r_track_ctrl_snapshot$clock = clock;
        r_track_ctrl_clear$clock = clock;
        hit_7$clock = clock;
        r_track_status_snap_refused$clock = clock;
        hit_8$clock = clock;
        r_track_base_lo$clock = clock;
        hit_9$clock = clock;
        r_track_base_hi$clock = clock;
        hit_10$clock = clock;
        r_track_shift$clock = clock;
        hit_11$clock = clock;
        r_track_limit$clock = clock;
        hit_12$clock = clock;
        hit_13$clock = clock;
        hit_14$clock = clock;
        hit_15$clock = clock;
        hit_16$clock = clock;
        hit_17$clock = clock;
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
        hit_18$clock = clock;
        hit_19$clock = clock;
        r_epoch_load$clock = clock;
        s_epoch_load$clock = clock;
        hit_20$clock = clock;
        hit_21$clock = clock;
        hit_22$clock = clock;
        hit_23$clock = clock;
        r_epoch_resume_resume$clock = clock;
        hit_24$clock = clock;
        r_cmp_ctrl_en$clock = clock;
        r_cmp_ctrl_mode$clock = clock;
        r_cmp_ctrl_halt_on_mismatch$clock = clock;
        r_cmp_ctrl_clear$clock = clock;
        hit_25$clock = clock;
        hit_26$clock = clock;
        r_cmp_skew_timeout$clock = clock;
        hit_27$clock = clock;
        hit_28$clock = clock;
        hit_29$clock = clock;
        hit_30$clock = clock;
        hit_31$clock = clock;
        hit_32$clock = clock;
        hit_33$clock = clock;
        hit_34$clock = clock;
        hit_35$clock = clock;
        hit_36$clock = clock;
        ack$d = ack$q;
        dat_r0$d = dat_r0$q;
        dat_r1$d = dat_r1$q;
        dat_r2$d = dat_r2$q;
        pending$d = pending$q;
        rd_wait$d = rd_wait$q;
        wr_wait$d = wr_wait$q;
        hit_0$d = hit_0$q;
        hit_1$d = hit_1$q;
        hit_2$d = hit_2$q;
        r_scratch$d = r_scratch$q;
        hit_3$d = hit_3$q;
        r_intr_state_epoch_end$d = r_intr_state_epoch_end$q;
        r_intr_state_cmp_mismatch$d = r_intr_state_cmp_mismatch$q;
        r_intr_state_cmp_timeout$d = r_intr_state_cmp_timeout$q;
        r_intr_state_track_snap_done$d = r_intr_state_track_snap_done$q;
        hit_4$d = hit_4$q;
        r_intr_enable_epoch_end$d = r_intr_enable_epoch_end$q;
        r_intr_enable_cmp_mismatch$d = r_intr_enable_cmp_mismatch$q;
        r_intr_enable_cmp_timeout$d = r_intr_enable_cmp_timeout$q;
        r_intr_enable_track_snap_done$d = r_intr_enable_track_snap_done$q;
        hit_5$d = hit_5$q;
        r_intr_test_epoch_end$d = r_intr_test_epoch_end$q;
        r_intr_test_cmp_mismatch$d = r_intr_test_cmp_mismatch$q;
        r_intr_test_cmp_timeout$d = r_intr_test_cmp_timeout$q;
        r_intr_test_track_snap_done$d = r_intr_test_track_snap_done$q;
        hit_6$d = hit_6$q;
        r_track_ctrl_en$d = r_track_ctrl_en$q;
        r_track_ctrl_snapshot$d = r_track_ctrl_snapshot$q;
        r_track_ctrl_clear$d = r_track_ctrl_clear$q;
        hit_7$d = hit_7$q;
        r_track_status_snap_refused$d = r_track_status_snap_refused$q;
        hit_8$d = hit_8$q;
        r_track_base_lo$d = r_track_base_lo$q;
        hit_9$d = hit_9$q;
        r_track_base_hi$d = r_track_base_hi$q;
        hit_10$d = hit_10$q;
        r_track_shift$d = r_track_shift$q;
        hit_11$d = hit_11$q;
        r_track_limit$d = r_track_limit$q;
        hit_12$d = hit_12$q;
        hit_13$d = hit_13$q;
        hit_14$d = hit_14$q;
        hit_15$d = hit_15$q;
        hit_16$d = hit_16$q;
        hit_17$d = hit_17$q;
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
        hit_18$d = hit_18$q;
        hit_19$d = hit_19$q;
        r_epoch_load$d = r_epoch_load$q;
        s_epoch_load$d = s_epoch_load$q;
        hit_20$d = hit_20$q;
        hit_21$d = hit_21$q;
        hit_22$d = hit_22$q;
        hit_23$d = hit_23$q;
        r_epoch_resume_resume$d = r_epoch_resume_resume$q;
        hit_24$d = hit_24$q;
        r_cmp_ctrl_en$d = r_cmp_ctrl_en$q;
        r_cmp_ctrl_mode$d = r_cmp_ctrl_mode$q;
        r_cmp_ctrl_halt_on_mismatch$d = r_cmp_ctrl_halt_on_mismatch$q;
        r_cmp_ctrl_clear$d = r_cmp_ctrl_clear$q;
        hit_25$d = hit_25$q;
        hit_26$d = hit_26$q;
        r_cmp_skew_timeout$d = r_cmp_skew_timeout$q;
        hit_27$d = hit_27$q;
        hit_28$d = hit_28$q;
        hit_29$d = hit_29$q;
        hit_30$d = hit_30$q;
        hit_31$d = hit_31$q;
        hit_32$d = hit_32$q;
        hit_33$d = hit_33$q;
        hit_34$d = hit_34$q;
        hit_35$d = hit_35$q;
        hit_36$d = hit_36$q;
        wb_ack = ack$q & wb_cyc & wb_stb;
        wb_dat_r = dat_r0$q | dat_r1$q | dat_r2$q;
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
        if (hit_0$q) begin
            rd_term_0 = ((id) & 32'hffffffff);
        end
        rd_term_1 = 32'h0;
        if (hit_1$q) begin
            rd_term_1 = ((version_patch) & 32'hffffffff) | (((version_minor) & 32'hffffffff) << 32'h8) | (((version_major) & 32'hffffffff) << 32'h10);
        end
        rd_term_2 = 32'h0;
        if (hit_2$q) begin
            rd_term_2 = ((caps_track_capacity_log2) & 32'hffffffff) | (((caps_stream_width) & 32'hffffffff) << 32'h8) | (((caps_fifo_depth_log2) & 32'hffffffff) << 32'h10);
        end
        rd_term_3 = 32'h0;
        if (hit_3$q) begin
            rd_term_3 = ((r_scratch$q) & 32'hffffffff);
        end
        rd_term_4 = 32'h0;
        if (hit_4$q) begin
            rd_term_4 = ((r_intr_state_epoch_end$q) & 32'hffffffff) | (((r_intr_state_cmp_mismatch$q) & 32'hffffffff) << 32'h1) | (((r_intr_state_cmp_timeout$q) & 32'hffffffff) << 32'h2) | (((r_intr_state_track_snap_done$q) & 32'hffffffff) << 32'h3);
        end
        rd_term_5 = 32'h0;
        if (hit_5$q) begin
            rd_term_5 = ((r_intr_enable_epoch_end$q) & 32'hffffffff) | (((r_intr_enable_cmp_mismatch$q) & 32'hffffffff) << 32'h1) | (((r_intr_enable_cmp_timeout$q) & 32'hffffffff) << 32'h2) | (((r_intr_enable_track_snap_done$q) & 32'hffffffff) << 32'h3);
        end
        rd_term_6 = 32'h0;
        if (hit_6$q) begin
            rd_term_6 = 32'h0;
        end
        rd_term_7 = 32'h0;
        if (hit_7$q) begin
            rd_term_7 = ((r_track_ctrl_en$q) & 32'hffffffff);
        end
        rd_term_8 = 32'h0;
        if (hit_8$q) begin
            rd_term_8 = ((track_status_busy) & 32'hffffffff) | (((r_track_status_snap_refused$q) & 32'hffffffff) << 32'h1) | (((track_status_clearing) & 32'hffffffff) << 32'h2) | (((track_status_live_bank) & 32'hffffffff) << 32'h3);
        end
        rd_term_9 = 32'h0;
        if (hit_9$q) begin
            rd_term_9 = ((r_track_base_lo$q) & 32'hffffffff);
        end
        rd_term_10 = 32'h0;
        if (hit_10$q) begin
            rd_term_10 = ((r_track_base_hi$q) & 32'hffffffff);
        end
        rd_term_11 = 32'h0;
        if (hit_11$q) begin
            rd_term_11 = ((r_track_shift$q) & 32'hffffffff);
        end
        rd_term_12 = 32'h0;
        if (hit_12$q) begin
            rd_term_12 = ((r_track_limit$q) & 32'hffffffff);
        end
        rd_term_13 = 32'h0;
        if (hit_13$q) begin
            rd_term_13 = ((track_dirty_count) & 32'hffffffff);
        end
        rd_term_14 = 32'h0;
        if (hit_14$q) begin
            rd_term_14 = ((track_snap_count) & 32'hffffffff);
        end
        rd_term_15 = 32'h0;
        if (hit_15$q) begin
            rd_term_15 = ((track_writes) & 32'hffffffff);
        end
        rd_term_16 = 32'h0;
        if (hit_16$q) begin
            rd_term_16 = ((track_out_of_range) & 32'hffffffff);
        end
        rd_term_17 = 32'h0;
        if (hit_17$q) begin
            rd_term_17 = ((track_stall_cycles) & 32'hffffffff);
        end
        rd_term_18 = 32'h0;
        if (hit_18$q) begin
            rd_term_18 = ((r_epoch_ctrl_en$q) & 32'hffffffff) | (((r_epoch_ctrl_auto_reload$q) & 32'hffffffff) << 32'h1) | (((r_epoch_ctrl_hold_at_end$q) & 32'hffffffff) << 32'h2) | (((r_epoch_ctrl_src$q) & 32'hffffffff) << 32'h3) | (((r_epoch_ctrl_drain_ends$q) & 32'hffffffff) << 32'h5);
        end
        rd_term_19 = 32'h0;
        if (hit_19$q) begin
            rd_term_19 = ((epoch_status_held) & 32'hffffffff) | (((epoch_status_expired) & 32'hffffffff) << 32'h1);
        end
        rd_term_20 = 32'h0;
        if (hit_20$q) begin
            rd_term_20 = ((r_epoch_load$q) & 32'hffffffff);
        end
        rd_term_21 = 32'h0;
        if (hit_21$q) begin
            rd_term_21 = ((epoch_count) & 32'hffffffff);
        end
        rd_term_22 = 32'h0;
        if (hit_22$q) begin
            rd_term_22 = ((epoch_number_lo) & 32'hffffffff);
        end
        rd_term_23 = 32'h0;
        if (hit_23$q) begin
            rd_term_23 = ((epoch_number_hi) & 32'hffffffff);
        end
        rd_term_24 = 32'h0;
        if (hit_24$q) begin
            rd_term_24 = 32'h0;
        end
        rd_term_25 = 32'h0;
        if (hit_25$q) begin
            rd_term_25 = ((r_cmp_ctrl_en$q) & 32'hffffffff) | (((r_cmp_ctrl_mode$q) & 32'hffffffff) << 32'h1) | (((r_cmp_ctrl_halt_on_mismatch$q) & 32'hffffffff) << 32'h3);
        end
        rd_term_26 = 32'h0;
        if (hit_26$q) begin
            rd_term_26 = ((cmp_status_mismatch) & 32'hffffffff) | (((cmp_status_timeout) & 32'hffffffff) << 32'h1) | (((cmp_status_halted) & 32'hffffffff) << 32'h2) | (((cmp_status_a_fill) & 32'hffffffff) << 32'h8) | (((cmp_status_b_fill) & 32'hffffffff) << 32'h10);
        end
        rd_term_27 = 32'h0;
        if (hit_27$q) begin
            rd_term_27 = ((r_cmp_skew_timeout$q) & 32'hffffffff);
        end
        rd_term_28 = 32'h0;
        if (hit_28$q) begin
            rd_term_28 = ((cmp_mismatch_index_lo) & 32'hffffffff);
        end
        rd_term_29 = 32'h0;
        if (hit_29$q) begin
            rd_term_29 = ((cmp_mismatch_index_hi) & 32'hffffffff);
        end
        rd_term_30 = 32'h0;
        if (hit_30$q) begin
            rd_term_30 = ((cmp_mismatch_a) & 32'hffffffff);
        end
        rd_term_31 = 32'h0;
        if (hit_31$q) begin
            rd_term_31 = ((cmp_mismatch_b) & 32'hffffffff);
        end
        rd_term_32 = 32'h0;
        if (hit_32$q) begin
            rd_term_32 = ((cmp_mismatch_epoch) & 32'hffffffff);
        end
        rd_term_33 = 32'h0;
        if (hit_33$q) begin
            rd_term_33 = ((cmp_words_lo) & 32'hffffffff);
        end
        rd_term_34 = 32'h0;
        if (hit_34$q) begin
            rd_term_34 = ((cmp_words_hi) & 32'hffffffff);
        end
        rd_term_35 = 32'h0;
        if (hit_35$q) begin
            rd_term_35 = ((cmp_frames) & 32'hffffffff);
        end
        rd_term_36 = 32'h0;
        if (hit_36$q) begin
            rd_term_36 = ((cmp_max_skew) & 32'hffffffff);
        end
        hit_0$d = (word_adr == 32'h0) & ~pending$q;
        hit_1$d = (word_adr == 32'h4) & ~pending$q;
        hit_2$d = (word_adr == 32'h8) & ~pending$q;
        hit_3$d = (word_adr == 32'hc) & ~pending$q;
        hit_4$d = (word_adr == 32'h10) & ~pending$q;
        hit_5$d = (word_adr == 32'h14) & ~pending$q;
        hit_6$d = (word_adr == 32'h18) & ~pending$q;
        hit_7$d = (word_adr == 32'h100) & ~pending$q;
        hit_8$d = (word_adr == 32'h104) & ~pending$q;
        hit_9$d = (word_adr == 32'h108) & ~pending$q;
        hit_10$d = (word_adr == 32'h10c) & ~pending$q;
        hit_11$d = (word_adr == 32'h110) & ~pending$q;
        hit_12$d = (word_adr == 32'h114) & ~pending$q;
        hit_13$d = (word_adr == 32'h118) & ~pending$q;
        hit_14$d = (word_adr == 32'h11c) & ~pending$q;
        hit_15$d = (word_adr == 32'h120) & ~pending$q;
        hit_16$d = (word_adr == 32'h124) & ~pending$q;
        hit_17$d = (word_adr == 32'h128) & ~pending$q;
        hit_18$d = (word_adr == 32'h200) & ~pending$q;
        hit_19$d = (word_adr == 32'h204) & ~pending$q;
        hit_20$d = (word_adr == 32'h208) & ~pending$q;
        hit_21$d = (word_adr == 32'h20c) & ~pending$q;
        hit_22$d = (word_adr == 32'h210) & ~pending$q;
        hit_23$d = (word_adr == 32'h214) & ~pending$q;
        hit_24$d = (word_adr == 32'h218) & ~pending$q;
        hit_25$d = (word_adr == 32'h300) & ~pending$q;
        hit_26$d = (word_adr == 32'h304) & ~pending$q;
        hit_27$d = (word_adr == 32'h308) & ~pending$q;
        hit_28$d = (word_adr == 32'h30c) & ~pending$q;
        hit_29$d = (word_adr == 32'h310) & ~pending$q;
        hit_30$d = (word_adr == 32'h314) & ~pending$q;
        hit_31$d = (word_adr == 32'h318) & ~pending$q;
        hit_32$d = (word_adr == 32'h31c) & ~pending$q;
        hit_33$d = (word_adr == 32'h320) & ~pending$q;
        hit_34$d = (word_adr == 32'h324) & ~pending$q;
        hit_35$d = (word_adr == 32'h328) & ~pending$q;
        hit_36$d = (word_adr == 32'h32c) & ~pending$q;
        if (take) begin
            if (wb_we) begin
                pending$d = 1'b1;
                wr_wait$d = 1'b1;
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
                    pending$d = 1'b1;
                    rd_wait$d = 1'b1;
                end
            end
        end
        if (wr_wait$q & wb_cyc) begin
            if (hit_3$q) begin
                r_scratch$d = (r_scratch$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
            end
            if (hit_4$q) begin
                clr_intr_state_epoch_end = wb_dat_w[32'h0] & wmask[32'h0];
                clr_intr_state_cmp_mismatch = wb_dat_w[32'h1] & wmask[32'h1];
                clr_intr_state_cmp_timeout = wb_dat_w[32'h2] & wmask[32'h2];
                clr_intr_state_track_snap_done = wb_dat_w[32'h3] & wmask[32'h3];
            end
            if (hit_5$q) begin
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
            if (hit_6$q) begin
                r_intr_test_epoch_end$d = wb_dat_w[32'h0] & wmask[32'h0];
                r_intr_test_cmp_mismatch$d = wb_dat_w[32'h1] & wmask[32'h1];
                r_intr_test_cmp_timeout$d = wb_dat_w[32'h2] & wmask[32'h2];
                r_intr_test_track_snap_done$d = wb_dat_w[32'h3] & wmask[32'h3];
            end
            if (hit_7$q) begin
                if (wmask[32'h0]) begin
                    r_track_ctrl_en$d = wb_dat_w[32'h0];
                end
                r_track_ctrl_snapshot$d = wb_dat_w[32'h1] & wmask[32'h1];
                r_track_ctrl_clear$d = wb_dat_w[32'h2] & wmask[32'h2];
            end
            if (hit_8$q) begin
                clr_track_status_snap_refused = wb_dat_w[32'h1] & wmask[32'h1];
            end
            if (hit_9$q) begin
                r_track_base_lo$d = (r_track_base_lo$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
            end
            if (hit_10$q) begin
                r_track_base_hi$d = (r_track_base_hi$q & ~wmask[(32'h0)+:(16)]) | (wb_dat_w[(32'h0)+:(16)] & wmask[(32'h0)+:(16)]);
            end
            if (hit_11$q) begin
                if (wb_sel[32'h0]) begin
                    if (wb_dat_w[(32'h0)+:(5)] < 32'ha) begin
                        r_track_shift$d = 32'ha;
                    end
                    else if (wb_dat_w[(32'h0)+:(5)] > 32'h1e) begin
                        r_track_shift$d = 32'h1e;
                    end
                    else begin
                        r_track_shift$d = wb_dat_w[(32'h0)+:(5)];
                    end
                end
            end
            if (hit_12$q) begin
                r_track_limit$d = (r_track_limit$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
            end
            if (hit_18$q) begin
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
            if (hit_20$q) begin
                r_epoch_load$d = (r_epoch_load$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
                s_epoch_load$d = |wb_sel;
            end
            if (hit_24$q) begin
                r_epoch_resume_resume$d = wb_dat_w[32'h0] & wmask[32'h0];
            end
            if (hit_25$q) begin
                if (wmask[32'h0]) begin
                    r_cmp_ctrl_en$d = wb_dat_w[32'h0];
                end
                r_cmp_ctrl_mode$d = (r_cmp_ctrl_mode$q & ~wmask[(32'h1)+:(2)]) | (wb_dat_w[(32'h1)+:(2)] & wmask[(32'h1)+:(2)]);
                if (wmask[32'h3]) begin
                    r_cmp_ctrl_halt_on_mismatch$d = wb_dat_w[32'h3];
                end
                r_cmp_ctrl_clear$d = wb_dat_w[32'h4] & wmask[32'h4];
            end
            if (hit_27$q) begin
                r_cmp_skew_timeout$d = (r_cmp_skew_timeout$q & ~wmask[(32'h0)+:(32)]) | (wb_dat_w[(32'h0)+:(32)] & wmask[(32'h0)+:(32)]);
            end
        end
        if (wr_wait$q) begin
            wr_wait$d = 1'b0;
            pending$d = 1'b0;
            ack$d = 1'b1;
        end
        if (rd_wait$q) begin
            rd_wait$d = 1'b0;
            pending$d = 1'b0;
            ack$d = 1'b1;
        end
        win_term_track_summary = 32'h0;
        if (track_summary_wait$q & track_summary_ack) begin
            track_summary_wait$d = 1'b0;
            pending$d = 1'b0;
            ack$d = 1'b1;
            win_term_track_summary = track_summary_data;
        end
        win_term_track_bitmap = 32'h0;
        if (track_bitmap_wait$q & track_bitmap_ack) begin
            track_bitmap_wait$d = 1'b0;
            pending$d = 1'b0;
            ack$d = 1'b1;
            win_term_track_bitmap = track_bitmap_data;
        end
        rd_value0 = ((rd_term_0 | (rd_term_1 | rd_term_2)) | (rd_term_3 | (rd_term_4 | rd_term_5))) | ((rd_term_6 | (rd_term_7 | rd_term_8)) | ((rd_term_9 | rd_term_10) | (rd_term_11 | rd_term_12)));
        rd_value1 = ((rd_term_13 | (rd_term_14 | rd_term_15)) | (rd_term_16 | (rd_term_17 | rd_term_18))) | ((rd_term_19 | (rd_term_20 | rd_term_21)) | ((rd_term_22 | rd_term_23) | (rd_term_24 | rd_term_25)));
        rd_value2 = ((rd_term_26 | (rd_term_27 | rd_term_28)) | (rd_term_29 | (rd_term_30 | rd_term_31))) | ((rd_term_32 | (rd_term_33 | rd_term_34)) | ((rd_term_35 | rd_term_36) | (win_term_track_summary | win_term_track_bitmap)));
        if (rd_wait$q | (track_summary_wait$q & track_summary_ack) | (track_bitmap_wait$q & track_bitmap_ack)) begin
            dat_r0$d = rd_value0;
            dat_r1$d = rd_value1;
            dat_r2$d = rd_value2;
        end
        if (~wb_cyc) begin
            ack$d = 1'b0;
            pending$d = 1'b0;
            rd_wait$d = 1'b0;
            wr_wait$d = 1'b0;
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
            rd_wait$d = 1'b0;
            wr_wait$d = 1'b0;
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

module ftsync_csr_dat_r0(d,q,clock);

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

endmodule // ftsync_csr_dat_r0

module ftsync_csr_dat_r1(d,q,clock);

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

endmodule // ftsync_csr_dat_r1

module ftsync_csr_dat_r2(d,q,clock);

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

endmodule // ftsync_csr_dat_r2

module ftsync_csr_hit_0(d,q,clock);

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

endmodule // ftsync_csr_hit_0

module ftsync_csr_hit_1(d,q,clock);

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

endmodule // ftsync_csr_hit_1

module ftsync_csr_hit_10(d,q,clock);

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

endmodule // ftsync_csr_hit_10

module ftsync_csr_hit_11(d,q,clock);

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

endmodule // ftsync_csr_hit_11

module ftsync_csr_hit_12(d,q,clock);

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

endmodule // ftsync_csr_hit_12

module ftsync_csr_hit_13(d,q,clock);

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

endmodule // ftsync_csr_hit_13

module ftsync_csr_hit_14(d,q,clock);

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

endmodule // ftsync_csr_hit_14

module ftsync_csr_hit_15(d,q,clock);

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

endmodule // ftsync_csr_hit_15

module ftsync_csr_hit_16(d,q,clock);

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

endmodule // ftsync_csr_hit_16

module ftsync_csr_hit_17(d,q,clock);

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

endmodule // ftsync_csr_hit_17

module ftsync_csr_hit_18(d,q,clock);

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

endmodule // ftsync_csr_hit_18

module ftsync_csr_hit_19(d,q,clock);

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

endmodule // ftsync_csr_hit_19

module ftsync_csr_hit_2(d,q,clock);

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

endmodule // ftsync_csr_hit_2

module ftsync_csr_hit_20(d,q,clock);

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

endmodule // ftsync_csr_hit_20

module ftsync_csr_hit_21(d,q,clock);

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

endmodule // ftsync_csr_hit_21

module ftsync_csr_hit_22(d,q,clock);

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

endmodule // ftsync_csr_hit_22

module ftsync_csr_hit_23(d,q,clock);

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

endmodule // ftsync_csr_hit_23

module ftsync_csr_hit_24(d,q,clock);

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

endmodule // ftsync_csr_hit_24

module ftsync_csr_hit_25(d,q,clock);

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

endmodule // ftsync_csr_hit_25

module ftsync_csr_hit_26(d,q,clock);

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

endmodule // ftsync_csr_hit_26

module ftsync_csr_hit_27(d,q,clock);

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

endmodule // ftsync_csr_hit_27

module ftsync_csr_hit_28(d,q,clock);

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

endmodule // ftsync_csr_hit_28

module ftsync_csr_hit_29(d,q,clock);

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

endmodule // ftsync_csr_hit_29

module ftsync_csr_hit_3(d,q,clock);

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

endmodule // ftsync_csr_hit_3

module ftsync_csr_hit_30(d,q,clock);

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

endmodule // ftsync_csr_hit_30

module ftsync_csr_hit_31(d,q,clock);

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

endmodule // ftsync_csr_hit_31

module ftsync_csr_hit_32(d,q,clock);

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

endmodule // ftsync_csr_hit_32

module ftsync_csr_hit_33(d,q,clock);

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

endmodule // ftsync_csr_hit_33

module ftsync_csr_hit_34(d,q,clock);

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

endmodule // ftsync_csr_hit_34

module ftsync_csr_hit_35(d,q,clock);

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

endmodule // ftsync_csr_hit_35

module ftsync_csr_hit_36(d,q,clock);

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

endmodule // ftsync_csr_hit_36

module ftsync_csr_hit_4(d,q,clock);

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

endmodule // ftsync_csr_hit_4

module ftsync_csr_hit_5(d,q,clock);

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

endmodule // ftsync_csr_hit_5

module ftsync_csr_hit_6(d,q,clock);

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

endmodule // ftsync_csr_hit_6

module ftsync_csr_hit_7(d,q,clock);

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

endmodule // ftsync_csr_hit_7

module ftsync_csr_hit_8(d,q,clock);

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

endmodule // ftsync_csr_hit_8

module ftsync_csr_hit_9(d,q,clock);

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

endmodule // ftsync_csr_hit_9

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

module ftsync_csr_rd_wait(d,q,clock);

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

endmodule // ftsync_csr_rd_wait

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

module ftsync_csr_wr_wait(d,q,clock);

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

endmodule // ftsync_csr_wr_wait
