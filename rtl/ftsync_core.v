// rtl/ftsync_core.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: ftsync_core; ports and registers in docs/regmap.md.

module ftsync_core(clk,rst,wb_adr,wb_dat_w,wb_dat_r,wb_sel,wb_we,wb_cyc,wb_stb,wb_ack,snoop_valid,snoop_ready,snoop_addr,snoop_len,ce_retire,ce_drain,ce_hold,a_valid,a_ready,a_data,a_last,b_valid,b_ready,b_data,b_last,o_valid,o_ready,o_data,o_last,irq);

    // Module arguments
    input wire  clk;
    input wire  rst;
    input wire  [15:0] wb_adr;
    input wire  [31:0] wb_dat_w;
    output reg  [31:0] wb_dat_r;
    input wire  [3:0] wb_sel;
    input wire  wb_we;
    input wire  wb_cyc;
    input wire  wb_stb;
    output reg  wb_ack;
    input wire  snoop_valid;
    output reg  snoop_ready;
    input wire  [47:0] snoop_addr;
    input wire  [15:0] snoop_len;
    input wire  ce_retire;
    input wire  ce_drain;
    output reg  ce_hold;
    input wire  a_valid;
    output reg  a_ready;
    input wire  [63:0] a_data;
    input wire  a_last;
    input wire  b_valid;
    output reg  b_ready;
    input wire  [63:0] b_data;
    input wire  b_last;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [63:0] o_data;
    output reg  o_last;
    output reg  irq;

    // Constant declarations
    localparam  id_value = 32'h46545359;
    localparam  version_major = 16'h0;
    localparam  version_minor = 8'h1;
    localparam  version_patch = 8'h0;
    localparam  caps_capacity_log2 = 5'b1110;
    localparam  caps_stream_width = 8'h40;
    localparam  caps_fifo_depth_log2 = 4'h5;

    // Stub signals
    reg  csr$clock;
    reg  csr$rst;
    reg  [15:0] csr$wb_adr;
    reg  [31:0] csr$wb_dat_w;
    wire  [31:0] csr$wb_dat_r;
    reg  [3:0] csr$wb_sel;
    reg  csr$wb_we;
    reg  csr$wb_cyc;
    reg  csr$wb_stb;
    wire  csr$wb_ack;
    reg  [31:0] csr$id;
    reg  [7:0] csr$version_patch;
    reg  [7:0] csr$version_minor;
    reg  [15:0] csr$version_major;
    reg  [4:0] csr$caps_track_capacity_log2;
    reg  [7:0] csr$caps_stream_width;
    reg  [3:0] csr$caps_fifo_depth_log2;
    wire  [31:0] csr$scratch;
    reg  csr$intr_state_epoch_end_set;
    wire  csr$intr_state_epoch_end;
    reg  csr$intr_state_cmp_mismatch_set;
    wire  csr$intr_state_cmp_mismatch;
    reg  csr$intr_state_cmp_timeout_set;
    wire  csr$intr_state_cmp_timeout;
    reg  csr$intr_state_track_snap_done_set;
    wire  csr$intr_state_track_snap_done;
    wire  csr$intr_enable_epoch_end;
    wire  csr$intr_enable_cmp_mismatch;
    wire  csr$intr_enable_cmp_timeout;
    wire  csr$intr_enable_track_snap_done;
    wire  csr$intr_test_epoch_end;
    wire  csr$intr_test_cmp_mismatch;
    wire  csr$intr_test_cmp_timeout;
    wire  csr$intr_test_track_snap_done;
    wire  csr$track_ctrl_en;
    wire  csr$track_ctrl_snapshot;
    wire  csr$track_ctrl_clear;
    reg  csr$track_status_busy;
    reg  csr$track_status_snap_refused_set;
    wire  csr$track_status_snap_refused;
    reg  csr$track_status_clearing;
    reg  csr$track_status_live_bank;
    wire  [31:0] csr$track_base_lo;
    wire  [15:0] csr$track_base_hi;
    wire  [4:0] csr$track_shift;
    wire  [31:0] csr$track_limit;
    reg  [31:0] csr$track_dirty_count;
    reg  [31:0] csr$track_snap_count;
    reg  [31:0] csr$track_writes;
    reg  [31:0] csr$track_out_of_range;
    reg  [31:0] csr$track_stall_cycles;
    wire  csr$track_summary_rd;
    wire  [7:0] csr$track_summary_addr;
    reg  [31:0] csr$track_summary_data;
    reg  csr$track_summary_ack;
    wire  csr$track_bitmap_rd;
    wire  [12:0] csr$track_bitmap_addr;
    reg  [31:0] csr$track_bitmap_data;
    reg  csr$track_bitmap_ack;
    wire  csr$epoch_ctrl_en;
    wire  csr$epoch_ctrl_auto_reload;
    wire  csr$epoch_ctrl_hold_at_end;
    wire  [1:0] csr$epoch_ctrl_src;
    wire  csr$epoch_ctrl_drain_ends;
    reg  csr$epoch_status_held;
    reg  csr$epoch_status_expired;
    wire  [31:0] csr$epoch_load;
    wire  csr$epoch_load_written;
    reg  [31:0] csr$epoch_count;
    reg  [31:0] csr$epoch_number_lo;
    reg  [31:0] csr$epoch_number_hi;
    wire  csr$epoch_resume_resume;
    wire  csr$cmp_ctrl_en;
    wire  [1:0] csr$cmp_ctrl_mode;
    wire  csr$cmp_ctrl_halt_on_mismatch;
    wire  csr$cmp_ctrl_clear;
    reg  csr$cmp_status_mismatch;
    reg  csr$cmp_status_timeout;
    reg  csr$cmp_status_halted;
    reg  [7:0] csr$cmp_status_a_fill;
    reg  [7:0] csr$cmp_status_b_fill;
    wire  [31:0] csr$cmp_skew_timeout;
    reg  [31:0] csr$cmp_mismatch_index_lo;
    reg  [31:0] csr$cmp_mismatch_index_hi;
    reg  [31:0] csr$cmp_mismatch_a;
    reg  [31:0] csr$cmp_mismatch_b;
    reg  [31:0] csr$cmp_mismatch_epoch;
    reg  [31:0] csr$cmp_words_lo;
    reg  [31:0] csr$cmp_words_hi;
    reg  [31:0] csr$cmp_frames;
    reg  [31:0] csr$cmp_max_skew;
    reg  tracker$clock;
    reg  tracker$rst;
    reg  tracker$snoop_valid;
    wire  tracker$snoop_ready;
    reg  [47:0] tracker$snoop_addr;
    reg  [15:0] tracker$snoop_len;
    reg  tracker$en;
    reg  [47:0] tracker$base;
    reg  [4:0] tracker$shift;
    reg  [31:0] tracker$limit;
    reg  tracker$snapshot;
    reg  tracker$clear;
    wire  tracker$busy;
    wire  tracker$clearing;
    wire  tracker$live_bank;
    wire  tracker$snap_refused;
    wire  tracker$snap_done;
    wire  [31:0] tracker$dirty_count;
    wire  [31:0] tracker$snap_count;
    wire  [31:0] tracker$writes;
    wire  [31:0] tracker$out_of_range;
    wire  [31:0] tracker$stall_cycles;
    reg  tracker$bitmap_rd;
    reg  [12:0] tracker$bitmap_addr;
    wire  [31:0] tracker$bitmap_data;
    wire  tracker$bitmap_ack;
    reg  tracker$summary_rd;
    reg  [7:0] tracker$summary_addr;
    wire  [31:0] tracker$summary_data;
    wire  tracker$summary_ack;
    reg  epoch$clock;
    reg  epoch$rst;
    reg  epoch$en;
    reg  epoch$auto_reload;
    reg  epoch$hold_at_end;
    reg  [1:0] epoch$src;
    reg  epoch$drain_ends;
    reg  [31:0] epoch$load;
    reg  epoch$load_written;
    reg  epoch$resume;
    reg  epoch$retire;
    reg  epoch$drain;
    reg  epoch$write_event;
    wire  [31:0] epoch$count;
    wire  [63:0] epoch$number;
    wire  epoch$held;
    wire  epoch$expired;
    wire  epoch$epoch_end;
    wire  epoch$ce_hold;
    reg  cmp$clock;
    reg  cmp$rst;
    reg  cmp$a_valid;
    wire  cmp$a_ready;
    reg  [63:0] cmp$a_data;
    reg  cmp$a_last;
    reg  cmp$b_valid;
    wire  cmp$b_ready;
    reg  [63:0] cmp$b_data;
    reg  cmp$b_last;
    wire  cmp$o_valid;
    reg  cmp$o_ready;
    wire  [63:0] cmp$o_data;
    wire  cmp$o_last;
    reg  cmp$en;
    reg  [1:0] cmp$mode;
    reg  cmp$halt_on_mismatch;
    reg  cmp$clear;
    reg  [31:0] cmp$skew_timeout;
    reg  [31:0] cmp$epoch;
    wire  cmp$mismatch;
    wire  cmp$timeout;
    wire  cmp$halted;
    wire  [7:0] cmp$a_fill;
    wire  [7:0] cmp$b_fill;
    wire  [63:0] cmp$mismatch_index;
    wire  [31:0] cmp$mismatch_a;
    wire  [31:0] cmp$mismatch_b;
    wire  [31:0] cmp$mismatch_epoch;
    wire  [63:0] cmp$words;
    wire  [31:0] cmp$frames;
    wire  [31:0] cmp$max_skew;
    wire  cmp$mismatch_event;
    wire  cmp$timeout_event;

    // Sub module instances
    ftsync_csr csr(
        .clock(csr$clock),
        .rst(csr$rst),
        .wb_adr(csr$wb_adr),
        .wb_dat_w(csr$wb_dat_w),
        .wb_dat_r(csr$wb_dat_r),
        .wb_sel(csr$wb_sel),
        .wb_we(csr$wb_we),
        .wb_cyc(csr$wb_cyc),
        .wb_stb(csr$wb_stb),
        .wb_ack(csr$wb_ack),
        .id(csr$id),
        .version_patch(csr$version_patch),
        .version_minor(csr$version_minor),
        .version_major(csr$version_major),
        .caps_track_capacity_log2(csr$caps_track_capacity_log2),
        .caps_stream_width(csr$caps_stream_width),
        .caps_fifo_depth_log2(csr$caps_fifo_depth_log2),
        .scratch(csr$scratch),
        .intr_state_epoch_end_set(csr$intr_state_epoch_end_set),
        .intr_state_epoch_end(csr$intr_state_epoch_end),
        .intr_state_cmp_mismatch_set(csr$intr_state_cmp_mismatch_set),
        .intr_state_cmp_mismatch(csr$intr_state_cmp_mismatch),
        .intr_state_cmp_timeout_set(csr$intr_state_cmp_timeout_set),
        .intr_state_cmp_timeout(csr$intr_state_cmp_timeout),
        .intr_state_track_snap_done_set(csr$intr_state_track_snap_done_set),
        .intr_state_track_snap_done(csr$intr_state_track_snap_done),
        .intr_enable_epoch_end(csr$intr_enable_epoch_end),
        .intr_enable_cmp_mismatch(csr$intr_enable_cmp_mismatch),
        .intr_enable_cmp_timeout(csr$intr_enable_cmp_timeout),
        .intr_enable_track_snap_done(csr$intr_enable_track_snap_done),
        .intr_test_epoch_end(csr$intr_test_epoch_end),
        .intr_test_cmp_mismatch(csr$intr_test_cmp_mismatch),
        .intr_test_cmp_timeout(csr$intr_test_cmp_timeout),
        .intr_test_track_snap_done(csr$intr_test_track_snap_done),
        .track_ctrl_en(csr$track_ctrl_en),
        .track_ctrl_snapshot(csr$track_ctrl_snapshot),
        .track_ctrl_clear(csr$track_ctrl_clear),
        .track_status_busy(csr$track_status_busy),
        .track_status_snap_refused_set(csr$track_status_snap_refused_set),
        .track_status_snap_refused(csr$track_status_snap_refused),
        .track_status_clearing(csr$track_status_clearing),
        .track_status_live_bank(csr$track_status_live_bank),
        .track_base_lo(csr$track_base_lo),
        .track_base_hi(csr$track_base_hi),
        .track_shift(csr$track_shift),
        .track_limit(csr$track_limit),
        .track_dirty_count(csr$track_dirty_count),
        .track_snap_count(csr$track_snap_count),
        .track_writes(csr$track_writes),
        .track_out_of_range(csr$track_out_of_range),
        .track_stall_cycles(csr$track_stall_cycles),
        .track_summary_rd(csr$track_summary_rd),
        .track_summary_addr(csr$track_summary_addr),
        .track_summary_data(csr$track_summary_data),
        .track_summary_ack(csr$track_summary_ack),
        .track_bitmap_rd(csr$track_bitmap_rd),
        .track_bitmap_addr(csr$track_bitmap_addr),
        .track_bitmap_data(csr$track_bitmap_data),
        .track_bitmap_ack(csr$track_bitmap_ack),
        .epoch_ctrl_en(csr$epoch_ctrl_en),
        .epoch_ctrl_auto_reload(csr$epoch_ctrl_auto_reload),
        .epoch_ctrl_hold_at_end(csr$epoch_ctrl_hold_at_end),
        .epoch_ctrl_src(csr$epoch_ctrl_src),
        .epoch_ctrl_drain_ends(csr$epoch_ctrl_drain_ends),
        .epoch_status_held(csr$epoch_status_held),
        .epoch_status_expired(csr$epoch_status_expired),
        .epoch_load(csr$epoch_load),
        .epoch_load_written(csr$epoch_load_written),
        .epoch_count(csr$epoch_count),
        .epoch_number_lo(csr$epoch_number_lo),
        .epoch_number_hi(csr$epoch_number_hi),
        .epoch_resume_resume(csr$epoch_resume_resume),
        .cmp_ctrl_en(csr$cmp_ctrl_en),
        .cmp_ctrl_mode(csr$cmp_ctrl_mode),
        .cmp_ctrl_halt_on_mismatch(csr$cmp_ctrl_halt_on_mismatch),
        .cmp_ctrl_clear(csr$cmp_ctrl_clear),
        .cmp_status_mismatch(csr$cmp_status_mismatch),
        .cmp_status_timeout(csr$cmp_status_timeout),
        .cmp_status_halted(csr$cmp_status_halted),
        .cmp_status_a_fill(csr$cmp_status_a_fill),
        .cmp_status_b_fill(csr$cmp_status_b_fill),
        .cmp_skew_timeout(csr$cmp_skew_timeout),
        .cmp_mismatch_index_lo(csr$cmp_mismatch_index_lo),
        .cmp_mismatch_index_hi(csr$cmp_mismatch_index_hi),
        .cmp_mismatch_a(csr$cmp_mismatch_a),
        .cmp_mismatch_b(csr$cmp_mismatch_b),
        .cmp_mismatch_epoch(csr$cmp_mismatch_epoch),
        .cmp_words_lo(csr$cmp_words_lo),
        .cmp_words_hi(csr$cmp_words_hi),
        .cmp_frames(csr$cmp_frames),
        .cmp_max_skew(csr$cmp_max_skew)
    );
    write_tracker tracker(
        .clock(tracker$clock),
        .rst(tracker$rst),
        .snoop_valid(tracker$snoop_valid),
        .snoop_ready(tracker$snoop_ready),
        .snoop_addr(tracker$snoop_addr),
        .snoop_len(tracker$snoop_len),
        .en(tracker$en),
        .base(tracker$base),
        .shift(tracker$shift),
        .limit(tracker$limit),
        .snapshot(tracker$snapshot),
        .clear(tracker$clear),
        .busy(tracker$busy),
        .clearing(tracker$clearing),
        .live_bank(tracker$live_bank),
        .snap_refused(tracker$snap_refused),
        .snap_done(tracker$snap_done),
        .dirty_count(tracker$dirty_count),
        .snap_count(tracker$snap_count),
        .writes(tracker$writes),
        .out_of_range(tracker$out_of_range),
        .stall_cycles(tracker$stall_cycles),
        .bitmap_rd(tracker$bitmap_rd),
        .bitmap_addr(tracker$bitmap_addr),
        .bitmap_data(tracker$bitmap_data),
        .bitmap_ack(tracker$bitmap_ack),
        .summary_rd(tracker$summary_rd),
        .summary_addr(tracker$summary_addr),
        .summary_data(tracker$summary_data),
        .summary_ack(tracker$summary_ack)
    );
    epoch_counter epoch(
        .clock(epoch$clock),
        .rst(epoch$rst),
        .en(epoch$en),
        .auto_reload(epoch$auto_reload),
        .hold_at_end(epoch$hold_at_end),
        .src(epoch$src),
        .drain_ends(epoch$drain_ends),
        .load(epoch$load),
        .load_written(epoch$load_written),
        .resume(epoch$resume),
        .retire(epoch$retire),
        .drain(epoch$drain),
        .write_event(epoch$write_event),
        .count(epoch$count),
        .number(epoch$number),
        .held(epoch$held),
        .expired(epoch$expired),
        .epoch_end(epoch$epoch_end),
        .ce_hold(epoch$ce_hold)
    );
    link_comparator cmp(
        .clock(cmp$clock),
        .rst(cmp$rst),
        .a_valid(cmp$a_valid),
        .a_ready(cmp$a_ready),
        .a_data(cmp$a_data),
        .a_last(cmp$a_last),
        .b_valid(cmp$b_valid),
        .b_ready(cmp$b_ready),
        .b_data(cmp$b_data),
        .b_last(cmp$b_last),
        .o_valid(cmp$o_valid),
        .o_ready(cmp$o_ready),
        .o_data(cmp$o_data),
        .o_last(cmp$o_last),
        .en(cmp$en),
        .mode(cmp$mode),
        .halt_on_mismatch(cmp$halt_on_mismatch),
        .clear(cmp$clear),
        .skew_timeout(cmp$skew_timeout),
        .epoch(cmp$epoch),
        .mismatch(cmp$mismatch),
        .timeout(cmp$timeout),
        .halted(cmp$halted),
        .a_fill(cmp$a_fill),
        .b_fill(cmp$b_fill),
        .mismatch_index(cmp$mismatch_index),
        .mismatch_a(cmp$mismatch_a),
        .mismatch_b(cmp$mismatch_b),
        .mismatch_epoch(cmp$mismatch_epoch),
        .words(cmp$words),
        .frames(cmp$frames),
        .max_skew(cmp$max_skew),
        .mismatch_event(cmp$mismatch_event),
        .timeout_event(cmp$timeout_event)
    );

    // Update code
    always @(*) begin
        csr$clock = clk;
        tracker$clock = clk;
        epoch$clock = clk;
        cmp$clock = clk;
        csr$rst = rst;
        tracker$rst = rst;
        epoch$rst = rst;
        cmp$rst = rst;
        csr$wb_adr = wb_adr;
        csr$wb_dat_w = wb_dat_w;
        csr$wb_sel = wb_sel;
        csr$wb_we = wb_we;
        csr$wb_cyc = wb_cyc;
        csr$wb_stb = wb_stb;
        wb_dat_r = csr$wb_dat_r;
        wb_ack = csr$wb_ack;
        csr$id = id_value;
        csr$version_major = version_major;
        csr$version_minor = version_minor;
        csr$version_patch = version_patch;
        csr$caps_track_capacity_log2 = caps_capacity_log2;
        csr$caps_stream_width = caps_stream_width;
        csr$caps_fifo_depth_log2 = caps_fifo_depth_log2;
        csr$intr_state_epoch_end_set = epoch$epoch_end | csr$intr_test_epoch_end;
        csr$intr_state_cmp_mismatch_set = cmp$mismatch_event | csr$intr_test_cmp_mismatch;
        csr$intr_state_cmp_timeout_set = cmp$timeout_event | csr$intr_test_cmp_timeout;
        csr$intr_state_track_snap_done_set = tracker$snap_done | csr$intr_test_track_snap_done;
        irq = (csr$intr_state_epoch_end & csr$intr_enable_epoch_end) | (csr$intr_state_cmp_mismatch & csr$intr_enable_cmp_mismatch) | (csr$intr_state_cmp_timeout & csr$intr_enable_cmp_timeout) | (csr$intr_state_track_snap_done & csr$intr_enable_track_snap_done);
        tracker$snoop_valid = snoop_valid;
        tracker$snoop_addr = snoop_addr;
        tracker$snoop_len = snoop_len;
        snoop_ready = tracker$snoop_ready;
        tracker$en = csr$track_ctrl_en;
        tracker$snapshot = csr$track_ctrl_snapshot;
        tracker$clear = csr$track_ctrl_clear;
        tracker$base = ((csr$track_base_lo) & 48'hffffffffffff) | (((csr$track_base_hi) & 48'hffffffffffff) << 32'h20);
        tracker$shift = csr$track_shift;
        tracker$limit = csr$track_limit;
        csr$track_status_busy = tracker$busy;
        csr$track_status_snap_refused_set = tracker$snap_refused;
        csr$track_status_clearing = tracker$clearing;
        csr$track_status_live_bank = tracker$live_bank;
        csr$track_dirty_count = tracker$dirty_count;
        csr$track_snap_count = tracker$snap_count;
        csr$track_writes = tracker$writes;
        csr$track_out_of_range = tracker$out_of_range;
        csr$track_stall_cycles = tracker$stall_cycles;
        tracker$bitmap_rd = csr$track_bitmap_rd;
        tracker$bitmap_addr = csr$track_bitmap_addr;
        csr$track_bitmap_data = tracker$bitmap_data;
        csr$track_bitmap_ack = tracker$bitmap_ack;
        tracker$summary_rd = csr$track_summary_rd;
        tracker$summary_addr = csr$track_summary_addr;
        csr$track_summary_data = tracker$summary_data;
        csr$track_summary_ack = tracker$summary_ack;
        epoch$en = csr$epoch_ctrl_en;
        epoch$auto_reload = csr$epoch_ctrl_auto_reload;
        epoch$hold_at_end = csr$epoch_ctrl_hold_at_end;
        epoch$src = csr$epoch_ctrl_src;
        epoch$drain_ends = csr$epoch_ctrl_drain_ends;
        epoch$load = csr$epoch_load;
        epoch$load_written = csr$epoch_load_written;
        epoch$resume = csr$epoch_resume_resume;
        epoch$retire = ce_retire;
        epoch$drain = ce_drain;
        epoch$write_event = snoop_valid & tracker$snoop_ready;
        ce_hold = epoch$ce_hold;
        csr$epoch_status_held = epoch$held;
        csr$epoch_status_expired = epoch$expired;
        csr$epoch_count = epoch$count;
        csr$epoch_number_lo = epoch$number[(32'h0)+:(32)];
        csr$epoch_number_hi = epoch$number[(32'h20)+:(32)];
        cmp$a_valid = a_valid;
        cmp$a_data = a_data;
        cmp$a_last = a_last;
        a_ready = cmp$a_ready;
        cmp$b_valid = b_valid;
        cmp$b_data = b_data;
        cmp$b_last = b_last;
        b_ready = cmp$b_ready;
        o_valid = cmp$o_valid;
        o_data = cmp$o_data;
        o_last = cmp$o_last;
        cmp$o_ready = o_ready;
        cmp$en = csr$cmp_ctrl_en;
        cmp$mode = csr$cmp_ctrl_mode;
        cmp$halt_on_mismatch = csr$cmp_ctrl_halt_on_mismatch;
        cmp$clear = csr$cmp_ctrl_clear;
        cmp$skew_timeout = csr$cmp_skew_timeout;
        cmp$epoch = epoch$number[(32'h0)+:(32)];
        csr$cmp_status_mismatch = cmp$mismatch;
        csr$cmp_status_timeout = cmp$timeout;
        csr$cmp_status_halted = cmp$halted;
        csr$cmp_status_a_fill = cmp$a_fill;
        csr$cmp_status_b_fill = cmp$b_fill;
        csr$cmp_mismatch_index_lo = cmp$mismatch_index[(32'h0)+:(32)];
        csr$cmp_mismatch_index_hi = cmp$mismatch_index[(32'h20)+:(32)];
        csr$cmp_mismatch_a = cmp$mismatch_a;
        csr$cmp_mismatch_b = cmp$mismatch_b;
        csr$cmp_mismatch_epoch = cmp$mismatch_epoch;
        csr$cmp_words_lo = cmp$words[(32'h0)+:(32)];
        csr$cmp_words_hi = cmp$words[(32'h20)+:(32)];
        csr$cmp_frames = cmp$frames;
        csr$cmp_max_skew = cmp$max_skew;
    end

endmodule // ftsync_core
