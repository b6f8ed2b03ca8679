// rtl/write_tracker.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: ftsync_core; ports and registers in docs/regmap.md.

module write_tracker(clock,rst,snoop_valid,snoop_ready,snoop_addr,snoop_len,en,base,shift,limit,snapshot,clear,busy,clearing,live_bank,snap_refused,snap_done,dirty_count,snap_count,writes,out_of_range,stall_cycles,bitmap_rd,bitmap_addr,bitmap_data,bitmap_ack,summary_rd,summary_addr,summary_data,summary_ack);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  snoop_valid;
    output reg  snoop_ready;
    input wire  [47:0] snoop_addr;
    input wire  [15:0] snoop_len;
    input wire  en;
    input wire  [47:0] base;
    input wire  [4:0] shift;
    input wire  [31:0] limit;
    input wire  snapshot;
    input wire  clear;
    output reg  busy;
    output reg  clearing;
    output reg  live_bank;
    output reg  snap_refused;
    output reg  snap_done;
    output reg  [31:0] dirty_count;
    output reg  [31:0] snap_count;
    output reg  [31:0] writes;
    output reg  [31:0] out_of_range;
    output reg  [31:0] stall_cycles;
    input wire  bitmap_rd;
    input wire  [12:0] bitmap_addr;
    output reg  [31:0] bitmap_data;
    output reg  bitmap_ack;
    input wire  summary_rd;
    input wire  [7:0] summary_addr;
    output reg  [31:0] summary_data;
    output reg  summary_ack;

    // Constant declarations
    localparam  capacity = 32'h4000;
    localparam  capacity_m1 = 14'b11111111111111;
    localparam  one = 32'h1;
    localparam  carry_b = 20'h4000;
    localparam  ones40 = 40'hffffffffff;
    localparam  two = 2'b10;
    localparam  big_mask_at_10 = 38'h3ffffffff0;
    localparam  last_word = 9'b111111111;
    localparam  last_word_m1 = 9'b111111110;
    localparam  summary_words = 9'b10000;

    // Stub signals
    reg  bitmap0$clock;
    reg  [8:0] bitmap0$read_address;
    wire  [31:0] bitmap0$read_data;
    reg  [8:0] bitmap0$write_address;
    reg  [31:0] bitmap0$write_data;
    reg  bitmap0$write_enable;
    reg  bitmap1$clock;
    reg  [8:0] bitmap1$read_address;
    wire  [31:0] bitmap1$read_data;
    reg  [8:0] bitmap1$write_address;
    reg  [31:0] bitmap1$write_data;
    reg  bitmap1$write_enable;
    reg  summary0$clock;
    reg  [3:0] summary0$read_address;
    wire  [31:0] summary0$read_data;
    reg  [3:0] summary0$write_address;
    reg  [31:0] summary0$write_data;
    reg  summary0$write_enable;
    reg  summary1$clock;
    reg  [3:0] summary1$read_address;
    wire  [31:0] summary1$read_data;
    reg  [3:0] summary1$write_address;
    reg  [31:0] summary1$write_data;
    reg  summary1$write_enable;
    reg  live$d;
    wire  live$q;
    reg  live$clock;
    reg  [48:0] cfg_nbase$d;
    wire  [48:0] cfg_nbase$q;
    reg  cfg_nbase$clock;
    reg  [5:0] cfg_coarse$d;
    wire  [5:0] cfg_coarse$q;
    reg  cfg_coarse$clock;
    reg  [1:0] cfg_fine$d;
    wire  [1:0] cfg_fine$q;
    reg  cfg_fine$clock;
    reg  [37:0] cfg_big_mask$d;
    wire  [37:0] cfg_big_mask$q;
    reg  cfg_big_mask$clock;
    reg  [13:0] cfg_nlm1$d;
    wire  [13:0] cfg_nlm1$q;
    reg  cfg_nlm1$clock;
    reg  [13:0] cfg_limit_m1$d;
    wire  [13:0] cfg_limit_m1$q;
    reg  cfg_limit_m1$clock;
    reg  cfg_limit_zero$d;
    wire  cfg_limit_zero$q;
    reg  cfg_limit_zero$clock;
    reg  cfg_limit_m1_nz$d;
    wire  cfg_limit_m1_nz$q;
    reg  cfg_limit_m1_nz$clock;
    reg  lim_big$d;
    wire  lim_big$q;
    reg  lim_big$clock;
    reg  [13:0] lim_m1$d;
    wire  [13:0] lim_m1$q;
    reg  lim_m1$clock;
    reg  lim_zero$d;
    wire  lim_zero$q;
    reg  lim_zero$clock;
    reg  lim_m1_nz$d;
    wire  lim_m1_nz$q;
    reg  lim_m1_nz$clock;
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  a_bank$d;
    wire  a_bank$q;
    reg  a_bank$clock;
    reg  [24:0] a_lo$d;
    wire  [24:0] a_lo$q;
    reg  a_lo$clock;
    reg  a_carry$d;
    wire  a_carry$q;
    reg  a_carry$clock;
    reg  [23:0] a_hi$d;
    wire  [23:0] a_hi$q;
    reg  a_hi$clock;
    reg  [15:0] a_len_m1$d;
    wire  [15:0] a_len_m1$q;
    reg  a_len_m1$clock;
    reg  [15:0] a_to_top$d;
    wire  [15:0] a_to_top$q;
    reg  a_to_top$clock;
    reg  a_sat_hi$d;
    wire  a_sat_hi$q;
    reg  a_sat_hi$clock;
    reg  a_sat_lo$d;
    wire  a_sat_lo$q;
    reg  a_sat_lo$clock;
    reg  h_valid$d;
    wire  h_valid$q;
    reg  h_valid$clock;
    reg  h_bank$d;
    wire  h_bank$q;
    reg  h_bank$clock;
    reg  [48:0] h_first$d;
    wire  [48:0] h_first$q;
    reg  h_first$clock;
    reg  [15:0] h_add$d;
    wire  [15:0] h_add$q;
    reg  h_add$clock;
    reg  l_valid$d;
    wire  l_valid$q;
    reg  l_valid$clock;
    reg  l_bank$d;
    wire  l_bank$q;
    reg  l_bank$clock;
    reg  [38:0] l_first$d;
    wire  [38:0] l_first$q;
    reg  l_first$clock;
    reg  [38:0] l_last$d;
    wire  [38:0] l_last$q;
    reg  l_last$clock;
    reg  s_valid$d;
    wire  s_valid$q;
    reg  s_valid$clock;
    reg  s_bank$d;
    wire  s_bank$q;
    reg  s_bank$clock;
    reg  [13:0] s_first$d;
    wire  [13:0] s_first$q;
    reg  s_first$clock;
    reg  s_first_big$d;
    wire  s_first_big$q;
    reg  s_first_big$clock;
    reg  s_below$d;
    wire  s_below$q;
    reg  s_below$clock;
    reg  [13:0] s_last$d;
    wire  [13:0] s_last$q;
    reg  s_last$clock;
    reg  s_last_big$d;
    wire  s_last_big$q;
    reg  s_last_big$clock;
    reg  s_last_below$d;
    wire  s_last_below$q;
    reg  s_last_below$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  b_bank$d;
    wire  b_bank$q;
    reg  b_bank$clock;
    reg  b_issue$d;
    wire  b_issue$q;
    reg  b_issue$clock;
    reg  b_oor$d;
    wire  b_oor$q;
    reg  b_oor$clock;
    reg  [13:0] b_first$d;
    wire  [13:0] b_first$q;
    reg  b_first$clock;
    reg  [13:0] b_last$d;
    wire  [13:0] b_last$q;
    reg  b_last$clock;
    reg  b_above$d;
    wire  b_above$q;
    reg  b_above$clock;
    reg  b_span_clip$d;
    wire  b_span_clip$q;
    reg  b_span_clip$clock;
    reg  b_span_in$d;
    wire  b_span_in$q;
    reg  b_span_in$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;
    reg  c_bank$d;
    wire  c_bank$q;
    reg  c_bank$clock;
    reg  [13:0] c_cur$d;
    wire  [13:0] c_cur$q;
    reg  c_cur$clock;
    reg  [13:0] c_left$d;
    wire  [13:0] c_left$q;
    reg  c_left$clock;
    reg  c_more$d;
    wire  c_more$q;
    reg  c_more$clock;
    reg  ready$d;
    wire  ready$q;
    reg  ready$clock;
    reg  d_valid$d;
    wire  d_valid$q;
    reg  d_valid$clock;
    reg  d_bank$d;
    wire  d_bank$q;
    reg  d_bank$clock;
    reg  [8:0] d_word$d;
    wire  [8:0] d_word$q;
    reg  d_word$clock;
    reg  [4:0] d_bit$d;
    wire  [4:0] d_bit$q;
    reg  d_bit$clock;
    reg  [3:0] d_sword$d;
    wire  [3:0] d_sword$q;
    reg  d_sword$clock;
    reg  [4:0] d_sbit$d;
    wire  [4:0] d_sbit$q;
    reg  d_sbit$clock;
    reg  d_hit$d;
    wire  d_hit$q;
    reg  d_hit$clock;
    reg  d_shit$d;
    wire  d_shit$q;
    reg  d_shit$clock;
    reg  e_valid$d;
    wire  e_valid$q;
    reg  e_valid$clock;
    reg  e_bank$d;
    wire  e_bank$q;
    reg  e_bank$clock;
    reg  [8:0] e_word$d;
    wire  [8:0] e_word$q;
    reg  e_word$clock;
    reg  [31:0] e_mask$d;
    wire  [31:0] e_mask$q;
    reg  e_mask$clock;
    reg  [3:0] e_sword$d;
    wire  [3:0] e_sword$q;
    reg  e_sword$clock;
    reg  [4:0] e_sbit$d;
    wire  [4:0] e_sbit$q;
    reg  e_sbit$clock;
    reg  [31:0] e_data$d;
    wire  [31:0] e_data$q;
    reg  e_data$clock;
    reg  [31:0] e_sdata$d;
    wire  [31:0] e_sdata$q;
    reg  e_sdata$clock;
    reg  e_hit$d;
    wire  e_hit$q;
    reg  e_hit$clock;
    reg  e_shit$d;
    wire  e_shit$q;
    reg  e_shit$clock;
    reg  [31:0] lw_data$d;
    wire  [31:0] lw_data$q;
    reg  lw_data$clock;
    reg  [31:0] ls_data$d;
    wire  [31:0] ls_data$q;
    reg  ls_data$clock;
    reg  f_valid$d;
    wire  f_valid$q;
    reg  f_valid$clock;
    reg  f_bank$d;
    wire  f_bank$q;
    reg  f_bank$clock;
    reg  f_new$d;
    wire  f_new$q;
    reg  f_new$clock;
    reg  [13:0] dirty$d;
    wire  [13:0] dirty$q;
    reg  dirty$clock;
    reg  dirty_full$d;
    wire  dirty_full$q;
    reg  dirty_full$clock;
    reg  [13:0] snap$d;
    wire  [13:0] snap$q;
    reg  snap$clock;
    reg  snap_full$d;
    wire  snap_full$q;
    reg  snap_full$clock;
    reg  dirty_nz$d;
    wire  dirty_nz$q;
    reg  dirty_nz$clock;
    reg  snap_nz$d;
    wire  snap_nz$q;
    reg  snap_nz$clock;
    reg  [31:0] n_writes$d;
    wire  [31:0] n_writes$q;
    reg  n_writes$clock;
    reg  [31:0] n_oor$d;
    wire  [31:0] n_oor$q;
    reg  n_oor$clock;
    reg  [31:0] n_stall$d;
    wire  [31:0] n_stall$q;
    reg  n_stall$clock;
    reg  swap_wait$d;
    wire  swap_wait$q;
    reg  swap_wait$clock;
    reg  swap_seen$d;
    wire  swap_seen$q;
    reg  swap_seen$clock;
    reg  drain_q0$d;
    wire  drain_q0$q;
    reg  drain_q0$clock;
    reg  drain_q1$d;
    wire  drain_q1$q;
    reg  drain_q1$clock;
    reg  clr_pending$d;
    wire  clr_pending$q;
    reg  clr_pending$clock;
    reg  clr_run$d;
    wire  clr_run$q;
    reg  clr_run$clock;
    reg  [8:0] clr_ptr$d;
    wire  [8:0] clr_ptr$q;
    reg  clr_ptr$clock;
    reg  clr_last$d;
    wire  clr_last$q;
    reg  clr_last$clock;
    reg  init$d;
    wire  init$q;
    reg  init$clock;
    reg  [8:0] init_ptr$d;
    wire  [8:0] init_ptr$q;
    reg  init_ptr$clock;
    reg  init_last$d;
    wire  init_last$q;
    reg  init_last$clock;
    reg  hb_req$d;
    wire  hb_req$q;
    reg  hb_req$clock;
    reg  [12:0] hb_addr$d;
    wire  [12:0] hb_addr$q;
    reg  hb_addr$clock;
    reg  hs_req$d;
    wire  hs_req$q;
    reg  hs_req$clock;
    reg  [7:0] hs_addr$d;
    wire  [7:0] hs_addr$q;
    reg  hs_addr$clock;
    reg  hb_valid$d;
    wire  hb_valid$q;
    reg  hb_valid$clock;
    reg  hb_bank$d;
    wire  hb_bank$q;
    reg  hb_bank$clock;
    reg  hb_zero$d;
    wire  hb_zero$q;
    reg  hb_zero$clock;
    reg  hs_valid$d;
    wire  hs_valid$q;
    reg  hs_valid$clock;
    reg  hs_bank$d;
    wire  hs_bank$q;
    reg  hs_bank$clock;
    reg  hs_zero$d;
    wire  hs_zero$q;
    reg  hs_zero$clock;
    reg  hb_ack$d;
    wire  hb_ack$q;
    reg  hb_ack$clock;
    reg  [31:0] hb_data$d;
    wire  [31:0] hb_data$q;
    reg  hb_data$clock;
    reg  hs_ack$d;
    wire  hs_ack$q;
    reg  hs_ack$clock;
    reg  [31:0] hs_data$d;
    wire  [31:0] hs_data$q;
    reg  hs_data$clock;

    // Local signals
    reg  stall;
    reg  accept;
    reg  [15:0] len_m1;
    reg  [16:0] low17;
    reg  low_zero;
    reg  [39:0] shift_at_most;
    reg  [39:0] shift_steps;
    reg  [19:0] first_ge_sum;
    reg  [19:0] last_ge_sum;
    reg  old_bit;
    reg  [25:0] a_lo_sum;
    reg  [16:0] l_low;
    reg  [32:0] l_high;
    reg  [32:0] l_high_inc;
    reg  [37:0] first_off;
    reg  [37:0] first_c0;
    reg  [37:0] first_c1;
    reg  [37:0] first_c2;
    reg  [37:0] first_c3;
    reg  [37:0] first_c4;
    reg  [37:0] first_c5;
    reg  [37:0] first_coarse;
    reg  [13:0] first_fine;
    reg  [37:0] last_off;
    reg  [37:0] last_c0;
    reg  [37:0] last_c1;
    reg  [37:0] last_c2;
    reg  [37:0] last_c3;
    reg  [37:0] last_c4;
    reg  [37:0] last_c5;
    reg  [37:0] last_coarse;
    reg  [13:0] last_fine;
    reg  first_ge;
    reg  above;
    reg  all_out;
    reg  c_valid_next;
    reg  c_more_next;
    reg  init_next;
    reg  [8:0] c_word;
    reg  drain0;
    reg  drain1;
    reg  frozen_bank;
    reg  host_port_free;
    reg  [31:0] old_word;
    reg  [31:0] new_word;
    reg  [31:0] old_sum;
    reg  [31:0] new_sum;
    reg  bit_is_new;
    reg  [13:0] dirty_next;
    reg  [13:0] snap_next;
    reg  dirty_full_next;
    reg  snap_full_next;
    reg  dirty_inc;
    reg  snap_inc;

    // Sub module instances
    write_tracker_bitmap0 bitmap0(
        .clock(bitmap0$clock),
        .read_address(bitmap0$read_address),
        .read_data(bitmap0$read_data),
        .write_address(bitmap0$write_address),
        .write_data(bitmap0$write_data),
        .write_enable(bitmap0$write_enable)
    );
    write_tracker_bitmap1 bitmap1(
        .clock(bitmap1$clock),
        .read_address(bitmap1$read_address),
        .read_data(bitmap1$read_data),
        .write_address(bitmap1$write_address),
        .write_data(bitmap1$write_data),
        .write_enable(bitmap1$write_enable)
    );
    write_tracker_summary0 summary0(
        .clock(summary0$clock),
        .read_address(summary0$read_address),
        .read_data(summary0$read_data),
        .write_address(summary0$write_address),
        .write_data(summary0$write_data),
        .write_enable(summary0$write_enable)
    );
    write_tracker_summary1 summary1(
        .clock(summary1$clock),
        .read_address(summary1$read_address),
        .read_data(summary1$read_data),
        .write_address(summary1$write_address),
        .write_data(summary1$write_data),
        .write_enable(summary1$write_enable)
    );
    write_tracker_live live(
        .d(live$d),
        .q(live$q),
        .clock(live$clock)
    );
    write_tracker_cfg_nbase cfg_nbase(
        .d(cfg_nbase$d),
        .q(cfg_nbase$q),
        .clock(cfg_nbase$clock)
    );
    write_tracker_cfg_coarse cfg_coarse(
        .d(cfg_coarse$d),
        .q(cfg_coarse$q),
        .clock(cfg_coarse$clock)
    );
    write_tracker_cfg_fine cfg_fine(
        .d(cfg_fine$d),
        .q(cfg_fine$q),
        .clock(cfg_fine$clock)
    );
    write_tracker_cfg_big_mask cfg_big_mask(
        .d(cfg_big_mask$d),
        .q(cfg_big_mask$q),
        .clock(cfg_big_mask$clock)
    );
    write_tracker_cfg_nlm1 cfg_nlm1(
        .d(cfg_nlm1$d),
        .q(cfg_nlm1$q),
        .clock(cfg_nlm1$clock)
    );
    write_tracker_cfg_limit_m1 cfg_limit_m1(
        .d(cfg_limit_m1$d),
        .q(cfg_limit_m1$q),
        .clock(cfg_limit_m1$clock)
    );
    write_tracker_cfg_limit_zero cfg_limit_zero(
        .d(cfg_limit_zero$d),
        .q(cfg_limit_zero$q),
        .clock(cfg_limit_zero$clock)
    );
    write_tracker_cfg_limit_m1_nz cfg_limit_m1_nz(
        .d(cfg_limit_m1_nz$d),
        .q(cfg_limit_m1_nz$q),
        .clock(cfg_limit_m1_nz$clock)
    );
    write_tracker_lim_big lim_big(
        .d(lim_big$d),
        .q(lim_big$q),
        .clock(lim_big$clock)
    );
    write_tracker_lim_m1 lim_m1(
        .d(lim_m1$d),
        .q(lim_m1$q),
        .clock(lim_m1$clock)
    );
    write_tracker_lim_zero lim_zero(
        .d(lim_zero$d),
        .q(lim_zero$q),
        .clock(lim_zero$clock)
    );
    write_tracker_lim_m1_nz lim_m1_nz(
        .d(lim_m1_nz$d),
        .q(lim_m1_nz$q),
        .clock(lim_m1_nz$clock)
    );
    write_tracker_a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    write_tracker_a_bank a_bank(
        .d(a_bank$d),
        .q(a_bank$q),
        .clock(a_bank$clock)
    );
    write_tracker_a_lo a_lo(
        .d(a_lo$d),
        .q(a_lo$q),
        .clock(a_lo$clock)
    );
    write_tracker_a_carry a_carry(
        .d(a_carry$d),
        .q(a_carry$q),
        .clock(a_carry$clock)
    );
    write_tracker_a_hi a_hi(
        .d(a_hi$d),
        .q(a_hi$q),
        .clock(a_hi$clock)
    );
    write_tracker_a_len_m1 a_len_m1(
        .d(a_len_m1$d),
        .q(a_len_m1$q),
        .clock(a_len_m1$clock)
    );
    write_tracker_a_to_top a_to_top(
        .d(a_to_top$d),
        .q(a_to_top$q),
        .clock(a_to_top$clock)
    );
    write_tracker_a_sat_hi a_sat_hi(
        .d(a_sat_hi$d),
        .q(a_sat_hi$q),
        .clock(a_sat_hi$clock)
    );
    write_tracker_a_sat_lo a_sat_lo(
        .d(a_sat_lo$d),
        .q(a_sat_lo$q),
        .clock(a_sat_lo$clock)
    );
    write_tracker_h_valid h_valid(
        .d(h_valid$d),
        .q(h_valid$q),
        .clock(h_valid$clock)
    );
    write_tracker_h_bank h_bank(
        .d(h_bank$d),
        .q(h_bank$q),
        .clock(h_bank$clock)
    );
    write_tracker_h_first h_first(
        .d(h_first$d),
        .q(h_first$q),
        .clock(h_first$clock)
    );
    write_tracker_h_add h_add(
        .d(h_add$d),
        .q(h_add$q),
        .clock(h_add$clock)
    );
    write_tracker_l_valid l_valid(
        .d(l_valid$d),
        .q(l_valid$q),
        .clock(l_valid$clock)
    );
    write_tracker_l_bank l_bank(
        .d(l_bank$d),
        .q(l_bank$q),
        .clock(l_bank$clock)
    );
    write_tracker_l_first l_first(
        .d(l_first$d),
        .q(l_first$q),
        .clock(l_first$clock)
    );
    write_tracker_l_last l_last(
        .d(l_last$d),
        .q(l_last$q),
        .clock(l_last$clock)
    );
    write_tracker_s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    write_tracker_s_bank s_bank(
        .d(s_bank$d),
        .q(s_bank$q),
        .clock(s_bank$clock)
    );
    write_tracker_s_first s_first(
        .d(s_first$d),
        .q(s_first$q),
        .clock(s_first$clock)
    );
    write_tracker_s_first_big s_first_big(
        .d(s_first_big$d),
        .q(s_first_big$q),
        .clock(s_first_big$clock)
    );
    write_tracker_s_below s_below(
        .d(s_below$d),
        .q(s_below$q),
        .clock(s_below$clock)
    );
    write_tracker_s_last s_last(
        .d(s_last$d),
        .q(s_last$q),
        .clock(s_last$clock)
    );
    write_tracker_s_last_big s_last_big(
        .d(s_last_big$d),
        .q(s_last_big$q),
        .clock(s_last_big$clock)
    );
    write_tracker_s_last_below s_last_below(
        .d(s_last_below$d),
        .q(s_last_below$q),
        .clock(s_last_below$clock)
    );
    write_tracker_b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    write_tracker_b_bank b_bank(
        .d(b_bank$d),
        .q(b_bank$q),
        .clock(b_bank$clock)
    );
    write_tracker_b_issue b_issue(
        .d(b_issue$d),
        .q(b_issue$q),
        .clock(b_issue$clock)
    );
    write_tracker_b_oor b_oor(
        .d(b_oor$d),
        .q(b_oor$q),
        .clock(b_oor$clock)
    );
    write_tracker_b_first b_first(
        .d(b_first$d),
        .q(b_first$q),
        .clock(b_first$clock)
    );
    write_tracker_b_last b_last(
        .d(b_last$d),
        .q(b_last$q),
        .clock(b_last$clock)
    );
    write_tracker_b_above b_above(
        .d(b_above$d),
        .q(b_above$q),
        .clock(b_above$clock)
    );
    write_tracker_b_span_clip b_span_clip(
        .d(b_span_clip$d),
        .q(b_span_clip$q),
        .clock(b_span_clip$clock)
    );
    write_tracker_b_span_in b_span_in(
        .d(b_span_in$d),
        .q(b_span_in$q),
        .clock(b_span_in$clock)
    );
    write_tracker_c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );
    write_tracker_c_bank c_bank(
        .d(c_bank$d),
        .q(c_bank$q),
        .clock(c_bank$clock)
    );
    write_tracker_c_cur c_cur(
        .d(c_cur$d),
        .q(c_cur$q),
        .clock(c_cur$clock)
    );
    write_tracker_c_left c_left(
        .d(c_left$d),
        .q(c_left$q),
        .clock(c_left$clock)
    );
    write_tracker_c_more c_more(
        .d(c_more$d),
        .q(c_more$q),
        .clock(c_more$clock)
    );
    write_tracker_ready ready(
        .d(ready$d),
        .q(ready$q),
        .clock(ready$clock)
    );
    write_tracker_d_valid d_valid(
        .d(d_valid$d),
        .q(d_valid$q),
        .clock(d_valid$clock)
    );
    write_tracker_d_bank d_bank(
        .d(d_bank$d),
        .q(d_bank$q),
        .clock(d_bank$clock)
    );
    write_tracker_d_word d_word(
        .d(d_word$d),
        .q(d_word$q),
        .clock(d_word$clock)
    );
    write_tracker_d_bit d_bit(
        .d(d_bit$d),
        .q(d_bit$q),
        .clock(d_bit$clock)
    );
    write_tracker_d_sword d_sword(
        .d(d_sword$d),
        .q(d_sword$q),
        .clock(d_sword$clock)
    );
    write_tracker_d_sbit d_sbit(
        .d(d_sbit$d),
        .q(d_sbit$q),
        .clock(d_sbit$clock)
    );
    write_tracker_d_hit d_hit(
        .d(d_hit$d),
        .q(d_hit$q),
        .clock(d_hit$clock)
    );
    write_tracker_d_shit d_shit(
        .d(d_shit$d),
        .q(d_shit$q),
        .clock(d_shit$clock)
    );
    write_tracker_e_valid e_valid(
        .d(e_valid$d),
        .q(e_valid$q),
        .clock(e_valid$clock)
    );
    write_tracker_e_bank e_bank(
        .d(e_bank$d),
        .q(e_bank$q),
        .clock(e_bank$clock)
    );
    write_tracker_e_word e_word(
        .d(e_word$d),
        .q(e_word$q),
        .clock(e_word$clock)
    );
    write_tracker_e_mask e_mask(
        .d(e_mask$d),
        .q(e_mask$q),
        .clock(e_mask$clock)
    );
    write_tracker_e_sword e_sword(
        .d(e_sword$d),
        .q(e_sword$q),
        .clock(e_sword$clock)
    );
    write_tracker_e_sbit e_sbit(
        .d(e_sbit$d),
        .q(e_sbit$q),
        .clock(e_sbit$clock)
    );
    write_tracker_e_data e_data(
        .d(e_data$d),
        .q(e_data$q),
        .clock(e_data$clock)
    );
    write_tracker_e_sdata e_sdata(
        .d(e_sdata$d),
        .q(e_sdata$q),
        .clock(e_sdata$clock)
    );
    write_tracker_e_hit e_hit(
        .d(e_hit$d),
        .q(e_hit$q),
        .clock(e_hit$clock)
    );
    write_tracker_e_shit e_shit(
        .d(e_shit$d),
        .q(e_shit$q),
        .clock(e_shit$clock)
    );
    write_tracker_lw_data lw_data(
        .d(lw_data$d),
        .q(lw_data$q),
        .clock(lw_data$clock)
    );
    write_tracker_ls_data ls_data(
        .d(ls_data$d),
        .q(ls_data$q),
        .clock(ls_data$clock)
    );
    write_tracker_f_valid f_valid(
        .d(f_valid$d),
        .q(f_valid$q),
        .clock(f_valid$clock)
    );
    write_tracker_f_bank f_bank(
        .d(f_bank$d),
        .q(f_bank$q),
        .clock(f_bank$clock)
    );
    write_tracker_f_new f_new(
        .d(f_new$d),
        .q(f_new$q),
        .clock(f_new$clock)
    );
    write_tracker_dirty dirty(
        .d(dirty$d),
        .q(dirty$q),
        .clock(dirty$clock)
    );
    write_tracker_dirty_full dirty_full(
        .d(dirty_full$d),
        .q(dirty_full$q),
        .clock(dirty_full$clock)
    );
    write_tracker_snap snap(
        .d(snap$d),
        .q(snap$q),
        .clock(snap$clock)
    );
    write_tracker_snap_full snap_full(
        .d(snap_full$d),
        .q(snap_full$q),
        .clock(snap_full$clock)
    );
    write_tracker_dirty_nz dirty_nz(
        .d(dirty_nz$d),
        .q(dirty_nz$q),
        .clock(dirty_nz$clock)
    );
    write_tracker_snap_nz snap_nz(
        .d(snap_nz$d),
        .q(snap_nz$q),
        .clock(snap_nz$clock)
    );
    write_tracker_n_writes n_writes(
        .d(n_writes$d),
        .q(n_writes$q),
        .clock(n_writes$clock)
    );
    write_tracker_n_oor n_oor(
        .d(n_oor$d),
        .q(n_oor$q),
        .clock(n_oor$clock)
    );
    write_tracker_n_stall n_stall(
        .d(n_stall$d),
        .q(n_stall$q),
        .clock(n_stall$clock)
    );
    write_tracker_swap_wait swap_wait(
        .d(swap_wait$d),
        .q(swap_wait$q),
        .clock(swap_wait$clock)
    );
    write_tracker_swap_seen swap_seen(
        .d(swap_seen$d),
        .q(swap_seen$q),
        .clock(swap_seen$clock)
    );
    write_tracker_drain_q0 drain_q0(
        .d(drain_q0$d),
        .q(drain_q0$q),
        .clock(drain_q0$clock)
    );
    write_tracker_drain_q1 drain_q1(
        .d(drain_q1$d),
        .q(drain_q1$q),
        .clock(drain_q1$clock)
    );
    write_tracker_clr_pending clr_pending(
        .d(clr_pending$d),
        .q(clr_pending$q),
        .clock(clr_pending$clock)
    );
    write_tracker_clr_run clr_run(
        .d(clr_run$d),
        .q(clr_run$q),
        .clock(clr_run$clock)
    );
    write_tracker_clr_ptr clr_ptr(
        .d(clr_ptr$d),
        .q(clr_ptr$q),
        .clock(clr_ptr$clock)
    );
    write_tracker_clr_last clr_last(
        .d(clr_last$d),
        .q(clr_last$q),
        .clock(clr_last$clock)
    );
    write_tracker_init init(
        .d(init$d),
        .q(init$q),
        .clock(init$clock)
    );
    write_tracker_init_ptr init_ptr(
        .d(init_ptr$d),
        .q(init_ptr$q),
        .clock(init_ptr$clock)
    );
    write_tracker_init_last init_last(
        .d(init_last$d),
        .q(init_last$q),
        .clock(init_last$clock)
    );
    write_tracker_hb_req hb_req(
        .d(hb_req$d),
        .q(hb_req$q),
        .clock(hb_req$clock)
    );
    write_tracker_hb_addr hb_addr(
        .d(hb_addr$d),
        .q(hb_addr$q),
        .clock(hb_addr$clock)
    );
    write_tracker_hs_req hs_req(
        .d(hs_req$d),
        .q(hs_req$q),
        .clock(hs_req$clock)
    );
    write_tracker_hs_addr hs_addr(
        .d(hs_addr$d),
        .q(hs_addr$q),
        .clock(hs_addr$clock)
    );
    write_tracker_hb_valid hb_valid(
        .d(hb_valid$d),
        .q(hb_valid$q),
        .clock(hb_valid$clock)
    );
    write_tracker_hb_bank hb_bank(
        .d(hb_bank$d),
        .q(hb_bank$q),
        .clock(hb_bank$clock)
    );
    write_tracker_hb_zero hb_zero(
        .d(hb_zero$d),
        .q(hb_zero$q),
        .clock(hb_zero$clock)
    );
    write_tracker_hs_valid hs_valid(
        .d(hs_valid$d),
        .q(hs_valid$q),
        .clock(hs_valid$clock)
    );
    write_tracker_hs_bank hs_bank(
        .d(hs_bank$d),
        .q(hs_bank$q),
        .clock(hs_bank$clock)
    );
    write_tracker_hs_zero hs_zero(
        .d(hs_zero$d),
        .q(hs_zero$q),
        .clock(hs_zero$clock)
    );
    write_tracker_hb_ack hb_ack(
        .d(hb_ack$d),
        .q(hb_ack$q),
        .clock(hb_ack$clock)
    );
    write_tracker_hb_data hb_data(
        .d(hb_data$d),
        .q(hb_data$q),
        .clock(hb_data$clock)
    );
    write_tracker_hs_ack hs_ack(
        .d(hs_ack$d),
        .q(hs_ack$q),
        .clock(hs_ack$clock)
    );
    write_tracker_hs_data hs_data(
        .d(hs_data$d),
        .q(hs_data$q),
        .clock(hs_data$clock)
    );

    // Update code
    always @(*) begin
        live$clock = clock;
        cfg_nbase$clock = clock;
        cfg_coarse$clock = clock;
        cfg_fine$clock = clock;
        cfg_big_mask$clock = clock;
        cfg_nlm1$clock = clock;
        cfg_limit_m1$clock = clock;
        cfg_limit_zero$clock = clock;
        cfg_limit_m1_nz$clock = clock;
        lim_big$clock = clock;
        lim_m1$clock = clock;
        lim_zero$clock = clock;
        lim_m1_nz$clock = clock;
        a_valid$clock = clock;
        a_bank$clock = clock;
        a_lo$clock = clock;
        a_carry$clock = clock;
        a_hi$clock = clock;
        h_valid$clock = clock;
        h_bank$clock = clock;
        h_first$clock = clock;
        h_add$clock = clock;
        a_len_m1$clock = clock;
        a_to_top$clock = clock;
        a_sat_hi$clock = clock;
        a_sat_lo$clock = clock;
        l_valid$clock = clock;
        l_bank$clock = clock;
        l_first$clock = clock;
        l_last$clock = clock;
        s_valid$clock = clock;
        s_bank$clock = clock;
        s_first$clock = clock;
        s_first_big$clock = clock;
        s_below$clock = clock;
        s_last$clock = clock;
        s_last_big$clock = clock;
        s_last_below$clock = clock;
        b_valid$clock = clock;
        b_bank$clock = clock;
        b_issue$clock = clock;
        b_oor$clock = clock;
        b_first$clock = clock;
        b_last$clock = clock;
        b_above$clock = clock;
        b_span_clip$clock = clock;
        b_span_in$clock = clock;
        c_valid$clock = clock;
        c_bank$clock = clock;
        c_cur$clock = clock;
        c_left$clock = clock;
        c_more$clock = clock;
        ready$clock = clock;
        d_valid$clock = clock;
        d_bank$clock = clock;
        d_word$clock = clock;
        d_bit$clock = clock;
        d_sword$clock = clock;
        d_sbit$clock = clock;
        d_hit$clock = clock;
        d_shit$clock = clock;
        e_valid$clock = clock;
        e_bank$clock = clock;
        e_word$clock = clock;
        e_mask$clock = clock;
        e_sword$clock = clock;
        e_sbit$clock = clock;
        e_data$clock = clock;
        e_sdata$clock = clock;
        e_hit$clock = clock;
        e_shit$clock = clock;
        lw_data$clock = clock;
        ls_data$clock = clock;
        f_valid$clock = clock;
        f_bank$clock = clock;
        f_new$clock = clock;
        dirty$clock = clock;
        dirty_full$clock = clock;
        snap$clock = clock;
        snap_full$clock = clock;
        dirty_nz$clock = clock;
        snap_nz$clock = clock;
        n_writes$clock = clock;
        n_oor$clock = clock;
        n_stall$clock = clock;
        swap_wait$clock = clock;
        swap_seen$clock = clock;
        drain_q0$clock = clock;
        drain_q1$clock = clock;
        clr_pending$clock = clock;
        clr_run$clock = clock;
        clr_ptr$clock = clock;
        clr_last$clock = clock;
        init$clock = clock;
        init_ptr$clock = clock;
        init_last$clock = clock;
        hb_req$clock = clock;
        hb_addr$clock = clock;
        hs_req$clock = clock;
        hs_addr$clock = clock;
        hb_valid$clock = clock;
        hb_bank$clock = clock;
        hb_zero$clock = clock;
        hs_valid$clock = clock;
        hs_bank$clock = clock;
        hs_zero$clock = clock;
        hb_ack$clock = clock;
        hb_data$clock = clock;
        hs_ack$clock = clock;
        hs_data$clock = clock;
        live$d = live$q;
        cfg_nbase$d = cfg_nbase$q;
        cfg_coarse$d = cfg_coarse$q;
        cfg_fine$d = cfg_fine$q;
        cfg_big_mask$d = cfg_big_mask$q;
        cfg_nlm1$d = cfg_nlm1$q;
        cfg_limit_m1$d = cfg_limit_m1$q;
        cfg_limit_zero$d = cfg_limit_zero$q;
        cfg_limit_m1_nz$d = cfg_limit_m1_nz$q;
        lim_big$d = lim_big$q;
        lim_m1$d = lim_m1$q;
        lim_zero$d = lim_zero$q;
        lim_m1_nz$d = lim_m1_nz$q;
        a_valid$d = a_valid$q;
        a_bank$d = a_bank$q;
        a_lo$d = a_lo$q;
        a_carry$d = a_carry$q;
        a_hi$d = a_hi$q;
        h_valid$d = h_valid$q;
        h_bank$d = h_bank$q;
        h_first$d = h_first$q;
        h_add$d = h_add$q;
        a_len_m1$d = a_len_m1$q;
        a_to_top$d = a_to_top$q;
        a_sat_hi$d = a_sat_hi$q;
        a_sat_lo$d = a_sat_lo$q;
        l_valid$d = l_valid$q;
        l_bank$d = l_bank$q;
        l_first$d = l_first$q;
        l_last$d = l_last$q;
        s_valid$d = s_valid$q;
        s_bank$d = s_bank$q;
        s_first$d = s_first$q;
        s_first_big$d = s_first_big$q;
        s_below$d = s_below$q;
        s_last$d = s_last$q;
        s_last_big$d = s_last_big$q;
        s_last_below$d = s_last_below$q;
        b_valid$d = b_valid$q;
        b_bank$d = b_bank$q;
        b_issue$d = b_issue$q;
        b_oor$d = b_oor$q;
        b_first$d = b_first$q;
        b_last$d = b_last$q;
        b_above$d = b_above$q;
        b_span_clip$d = b_span_clip$q;
        b_span_in$d = b_span_in$q;
        c_valid$d = c_valid$q;
        c_bank$d = c_bank$q;
        c_cur$d = c_cur$q;
        c_left$d = c_left$q;
        c_more$d = c_more$q;
        ready$d = ready$q;
        d_valid$d = d_valid$q;
        d_bank$d = d_bank$q;
        d_word$d = d_word$q;
        d_bit$d = d_bit$q;
        d_sword$d = d_sword$q;
        d_sbit$d = d_sbit$q;
        d_hit$d = d_hit$q;
        d_shit$d = d_shit$q;
        e_valid$d = e_valid$q;
        e_bank$d = e_bank$q;
        e_word$d = e_word$q;
        e_mask$d = e_mask$q;
        e_sword$d = e_sword$q;
        e_sbit$d = e_sbit$q;
        e_data$d = e_data$q;
        e_sdata$d = e_sdata$q;
        e_hit$d = e_hit$q;
        e_shit$d = e_shit$q;
        lw_data$d = lw_data$q;
        ls_data$d = ls_data$q;
        f_valid$d = f_valid$q;
        f_bank$d = f_bank$q;
        f_new$d = f_new$q;
        dirty$d = dirty$q;
        dirty_full$d = dirty_full$q;
        snap$d = snap$q;
        snap_full$d = snap_full$q;
        dirty_nz$d = dirty_nz$q;
        snap_nz$d = snap_nz$q;
        n_writes$d = n_writes$q;
        n_oor$d = n_oor$q;
        n_stall$d = n_stall$q;
        swap_wait$d = swap_wait$q;
        swap_seen$d = swap_seen$q;
        drain_q0$d = drain_q0$q;
        drain_q1$d = drain_q1$q;
        clr_pending$d = clr_pending$q;
        clr_run$d = clr_run$q;
        clr_ptr$d = clr_ptr$q;
        clr_last$d = clr_last$q;
        init$d = init$q;
        init_ptr$d = init_ptr$q;
        init_last$d = init_last$q;
        hb_req$d = hb_req$q;
        hb_addr$d = hb_addr$q;
        hs_req$d = hs_req$q;
        hs_addr$d = hs_addr$q;
        hb_valid$d = hb_valid$q;
        hb_bank$d = hb_bank$q;
        hb_zero$d = hb_zero$q;
        hs_valid$d = hs_valid$q;
        hs_bank$d = hs_bank$q;
        hs_zero$d = hs_zero$q;
        hb_ack$d = hb_ack$q;
        hb_data$d = hb_data$q;
        hs_ack$d = hs_ack$q;
        hs_data$d = hs_data$q;
        bitmap0$clock = clock;
        bitmap1$clock = clock;
        summary0$clock = clock;
        summary1$clock = clock;
        cfg_nbase$d = ~((base) & 49'h1ffffffffffff);
        shift_at_most = ones40 << shift;
        shift_steps = ~(shift_at_most >> 32'h9) & (shift_at_most >> 32'hd);
        cfg_coarse$d = ((shift_steps[(32'h0)+:(1)]) & 6'h3f) | (((shift_steps[(32'h4)+:(1)]) & 6'h3f) << 32'h1) | (((shift_steps[(32'h8)+:(1)]) & 6'h3f) << 32'h2) | (((shift_steps[(32'hc)+:(1)]) & 6'h3f) << 32'h3) | (((shift_steps[(32'h10)+:(1)]) & 6'h3f) << 32'h4) | (((shift_steps[(32'h14)+:(1)]) & 6'h3f) << 32'h5);
        cfg_fine$d = shift[(32'h0)+:(2)] ^ two;
        cfg_big_mask$d = big_mask_at_10 << shift;
        lim_big$d = limit > capacity;
        lim_m1$d = ((limit - 32'h1) & 14'h3fff);
        lim_zero$d = limit == 32'h0;
        lim_m1_nz$d = |limit[(32'h1)+:(31)];
        cfg_limit_m1$d = lim_m1$q;
        cfg_nlm1$d = ~lim_m1$q;
        if (lim_big$q) begin
            cfg_limit_m1$d = capacity_m1;
            cfg_nlm1$d = ~capacity_m1;
        end
        cfg_limit_zero$d = lim_zero$q;
        cfg_limit_m1_nz$d = lim_m1_nz$q;
        stall = c_valid$q & c_more$q;
        snoop_ready = ready$q;
        accept = snoop_valid & ready$q & en;
        len_m1 = snoop_len - 32'h1;
        if (snoop_len == 32'h0) begin
            len_m1 = 32'h0;
        end
        low17 = ((snoop_addr[(32'h0)+:(16)]) & 17'h1ffff) + ((snoop_len) & 17'h1ffff);
        low_zero = (snoop_addr[(32'h0)+:(16)] ^ snoop_len) == ((snoop_addr[(32'h0)+:(16)] | snoop_len) << 32'h1);
        a_lo_sum = ((snoop_addr[(32'h0)+:(25)]) & 26'h3ffffff) + ((cfg_nbase$q[(32'h0)+:(25)]) & 26'h3ffffff) + 32'h1;
        if (ready$q) begin
            a_valid$d = accept;
            a_bank$d = live$q;
            a_lo$d = a_lo_sum[(32'h0)+:(25)];
            a_carry$d = a_lo_sum[32'h19];
            a_hi$d = ((snoop_addr[(32'h19)+:(23)]) & 24'hffffff) + cfg_nbase$q[(32'h19)+:(24)];
            a_len_m1$d = len_m1;
            a_to_top$d = ~snoop_addr[(32'h0)+:(16)];
            a_sat_hi$d = &snoop_addr[(32'h10)+:(32)];
            a_sat_lo$d = low17[32'h10] & ~low_zero;
        end
        if (ready$q) begin
            h_valid$d = a_valid$q;
            h_bank$d = a_bank$q;
            h_first$d = (((a_hi$q + ((a_carry$q) & 24'hffffff)) & 49'h1ffffffffffff) << 32'h19) | ((a_lo$q) & 49'h1ffffffffffff);
            h_add$d = a_len_m1$q;
            if (a_sat_hi$q & a_sat_lo$q) begin
                h_add$d = a_to_top$q;
            end
        end
        l_low = ((h_first$q[(32'h0)+:(16)]) & 17'h1ffff) + ((h_add$q) & 17'h1ffff);
        l_high = h_first$q[(32'h10)+:(33)];
        l_high_inc = h_first$q[(32'h10)+:(33)] + 32'h1;
        if (ready$q) begin
            l_valid$d = h_valid$q;
            l_bank$d = h_bank$q;
            l_first$d = h_first$q[(32'ha)+:(39)];
            if (l_low[32'h10]) begin
                l_last$d = (((l_high_inc) & 39'h7fffffffff) << 32'h6) | ((l_low[(32'ha)+:(6)]) & 39'h7fffffffff);
            end
            else begin
                l_last$d = (((l_high) & 39'h7fffffffff) << 32'h6) | ((l_low[(32'ha)+:(6)]) & 39'h7fffffffff);
            end
        end
        first_off = l_first$q[(32'h0)+:(38)];
        last_off = l_last$q[(32'h0)+:(38)];
        first_c0 = 32'h0;
        first_c1 = 32'h0;
        first_c2 = 32'h0;
        first_c3 = 32'h0;
        first_c4 = 32'h0;
        first_c5 = 32'h0;
        last_c0 = 32'h0;
        last_c1 = 32'h0;
        last_c2 = 32'h0;
        last_c3 = 32'h0;
        last_c4 = 32'h0;
        last_c5 = 32'h0;
        if (cfg_coarse$q[32'h0]) begin
            first_c0 = first_off;
            last_c0 = last_off;
        end
        if (cfg_coarse$q[32'h1]) begin
            first_c1 = first_off >> 32'h4;
            last_c1 = last_off >> 32'h4;
        end
        if (cfg_coarse$q[32'h2]) begin
            first_c2 = first_off >> 32'h8;
            last_c2 = last_off >> 32'h8;
        end
        if (cfg_coarse$q[32'h3]) begin
            first_c3 = first_off >> 32'hc;
            last_c3 = last_off >> 32'hc;
        end
        if (cfg_coarse$q[32'h4]) begin
            first_c4 = first_off >> 32'h10;
            last_c4 = last_off >> 32'h10;
        end
        if (cfg_coarse$q[32'h5]) begin
            first_c5 = first_off >> 32'h14;
            last_c5 = last_off >> 32'h14;
        end
        first_coarse = first_c0 | first_c1 | first_c2 | first_c3 | first_c4 | first_c5;
        last_coarse = last_c0 | last_c1 | last_c2 | last_c3 | last_c4 | last_c5;
        first_fine = ((first_coarse >> cfg_fine$q) & 14'h3fff);
        last_fine = ((last_coarse >> cfg_fine$q) & 14'h3fff);
        if (ready$q) begin
            s_valid$d = l_valid$q;
            s_bank$d = l_bank$q;
            s_first$d = first_fine;
            s_first_big$d = |(first_off & cfg_big_mask$q);
            s_below$d = l_first$q[32'h26];
            s_last$d = last_fine;
            s_last_big$d = |(last_off & cfg_big_mask$q);
            s_last_below$d = l_last$q[32'h26];
        end
        first_ge_sum = ((s_first$q) & 20'hfffff) + ((cfg_nlm1$q) & 20'hfffff);
        last_ge_sum = ((s_last$q) & 20'hfffff) + ((cfg_nlm1$q) & 20'hfffff);
        first_ge = s_first_big$q | |(first_ge_sum & carry_b);
        above = s_last_big$q | |(last_ge_sum & carry_b);
        all_out = s_last_below$q | cfg_limit_zero$q | (~s_below$q & first_ge);
        if (ready$q) begin
            b_valid$d = s_valid$q;
            b_bank$d = s_bank$q;
            b_issue$d = s_valid$q & ~all_out;
            b_oor$d = s_valid$q & (s_below$q | s_last_below$q | cfg_limit_zero$q | above);
            b_first$d = s_first$q;
            if (s_below$q) begin
                b_first$d = 32'h0;
            end
            b_last$d = s_last$q;
            if (above) begin
                b_last$d = cfg_limit_m1$q;
            end
            b_above$d = above;
            if (s_below$q) begin
                b_span_clip$d = cfg_limit_m1_nz$q;
                b_span_in$d = |s_last$q;
            end
            else begin
                b_span_clip$d = s_first$q != cfg_limit_m1$q;
                b_span_in$d = s_first$q != s_last$q;
            end
        end
        init_next = init$q;
        if (init$q & init_last$q) begin
            init_next = 1'b0;
        end
        if (rst & (dirty_nz$q | snap_nz$q | clr_run$q | f_new$q)) begin
            init_next = 1'b1;
        end
        c_valid_next = c_valid$q;
        c_more_next = c_more$q;
        if (stall) begin
            c_cur$d = c_cur$q + 32'h1;
            c_left$d = c_left$q - 32'h1;
            c_more_next = c_left$q != 32'h1;
        end
        else if (~init$q) begin
            c_valid_next = b_issue$q;
            c_more_next = b_span_in$q;
            if (b_above$q) begin
                c_more_next = b_span_clip$q;
            end
            c_bank$d = b_bank$q;
            c_cur$d = b_first$q;
            c_left$d = b_last$q - b_first$q;
            if (b_oor$q) begin
                n_oor$d = n_oor$q + 32'h1;
            end
        end
        if (rst) begin
            c_valid_next = 1'b0;
        end
        c_valid$d = c_valid_next;
        c_more$d = c_more_next;
        init$d = init_next;
        ready$d = ~(c_valid_next & c_more_next) & ~init_next;
        if (accept) begin
            n_writes$d = n_writes$q + 32'h1;
        end
        if (stall) begin
            n_stall$d = n_stall$q + 32'h1;
        end
        c_word = c_cur$q[(32'h5)+:(9)];
        d_valid$d = c_valid$q;
        d_bank$d = c_bank$q;
        d_word$d = c_word;
        d_bit$d = c_cur$q[(32'h0)+:(5)];
        d_sword$d = c_word[(32'h5)+:(4)];
        d_sbit$d = c_word[(32'h0)+:(5)];
        d_hit$d = e_valid$q & (e_bank$q == c_bank$q) & (e_word$q == c_word);
        d_shit$d = e_valid$q & (e_bank$q == c_bank$q) & (e_sword$q == c_word[(32'h5)+:(4)]);
        frozen_bank = ~live$q;
        host_port_free = ~swap_wait$q & ~clr_run$q & ~init$q;
        bitmap0$read_address = hb_addr$q[(32'h0)+:(9)];
        bitmap1$read_address = hb_addr$q[(32'h0)+:(9)];
        summary0$read_address = hs_addr$q[(32'h0)+:(4)];
        summary1$read_address = hs_addr$q[(32'h0)+:(4)];
        if (c_valid$q) begin
            if (c_bank$q) begin
                bitmap1$read_address = c_word;
                summary1$read_address = c_word[(32'h5)+:(4)];
            end
            else begin
                bitmap0$read_address = c_word;
                summary0$read_address = c_word[(32'h5)+:(4)];
            end
        end
        if (d_hit$q) begin
            e_data$d = lw_data$q;
        end
        else if (d_bank$q) begin
            e_data$d = bitmap1$read_data;
        end
        else begin
            e_data$d = bitmap0$read_data;
        end
        if (d_shit$q) begin
            e_sdata$d = ls_data$q;
        end
        else if (d_bank$q) begin
            e_sdata$d = summary1$read_data;
        end
        else begin
            e_sdata$d = summary0$read_data;
        end
        e_valid$d = d_valid$q;
        e_bank$d = d_bank$q;
        e_word$d = d_word$q;
        e_mask$d = one << d_bit$q;
        e_sword$d = d_sword$q;
        e_sbit$d = d_sbit$q;
        e_hit$d = e_valid$q & (e_bank$q == d_bank$q) & (e_word$q == d_word$q);
        e_shit$d = e_valid$q & (e_bank$q == d_bank$q) & (e_sword$q == d_sword$q);
        old_word = e_data$q;
        if (e_hit$q) begin
            old_word = lw_data$q;
        end
        old_sum = e_sdata$q;
        if (e_shit$q) begin
            old_sum = ls_data$q;
        end
        new_word = old_word | e_mask$q;
        new_sum = old_sum | (one << e_sbit$q);
        old_bit = |(old_word & e_mask$q);
        bit_is_new = e_valid$q & ~old_bit;
        lw_data$d = new_word;
        ls_data$d = new_sum;
        f_valid$d = e_valid$q & ~rst;
        f_bank$d = e_bank$q;
        f_new$d = bit_is_new & ~rst;
        bitmap0$write_enable = 1'b0;
        bitmap1$write_enable = 1'b0;
        summary0$write_enable = 1'b0;
        summary1$write_enable = 1'b0;
        bitmap0$write_address = e_word$q;
        bitmap1$write_address = e_word$q;
        summary0$write_address = e_sword$q;
        summary1$write_address = e_sword$q;
        bitmap0$write_data = new_word;
        bitmap1$write_data = new_word;
        summary0$write_data = new_sum;
        summary1$write_data = new_sum;
        if (e_valid$q & ~rst) begin
            if (e_bank$q) begin
                bitmap1$write_enable = 1'b1;
                summary1$write_enable = 1'b1;
            end
            else begin
                bitmap0$write_enable = 1'b1;
                summary0$write_enable = 1'b1;
            end
        end
        if (clr_run$q) begin
            if (live$q) begin
                bitmap0$write_enable = 1'b1;
                bitmap0$write_address = clr_ptr$q;
                bitmap0$write_data = 32'h0;
                summary0$write_enable = 1'b1;
                summary0$write_address = clr_ptr$q[(32'h0)+:(4)];
                summary0$write_data = 32'h0;
            end
            else begin
                bitmap1$write_enable = 1'b1;
                bitmap1$write_address = clr_ptr$q;
                bitmap1$write_data = 32'h0;
                summary1$write_enable = 1'b1;
                summary1$write_address = clr_ptr$q[(32'h0)+:(4)];
                summary1$write_data = 32'h0;
            end
        end
        if (init$q) begin
            bitmap0$write_enable = 1'b1;
            bitmap1$write_enable = 1'b1;
            bitmap0$write_address = init_ptr$q;
            bitmap1$write_address = init_ptr$q;
            bitmap0$write_data = 32'h0;
            bitmap1$write_data = 32'h0;
            summary0$write_enable = 1'b1;
            summary1$write_enable = 1'b1;
            summary0$write_address = init_ptr$q[(32'h0)+:(4)];
            summary1$write_address = init_ptr$q[(32'h0)+:(4)];
            summary0$write_data = 32'h0;
            summary1$write_data = 32'h0;
        end
        dirty_inc = f_new$q & (f_bank$q == live$q);
        snap_inc = f_new$q & (f_bank$q != live$q);
        dirty_next = dirty$q;
        snap_next = snap$q;
        if (dirty_inc) begin
            dirty_next = dirty$q + 32'h1;
        end
        if (snap_inc) begin
            snap_next = snap$q + 32'h1;
        end
        dirty_full_next = dirty_full$q | (dirty_inc & &dirty$q);
        snap_full_next = snap_full$q | (snap_inc & &snap$q);
        dirty$d = dirty_next;
        snap$d = snap_next;
        dirty_full$d = dirty_full_next;
        snap_full$d = snap_full_next;
        dirty_nz$d = dirty_nz$q | dirty_inc;
        snap_nz$d = snap_nz$q | snap_inc;
        drain0 = (a_valid$q & (a_bank$q != live$q)) | (h_valid$q & (h_bank$q != live$q)) | (l_valid$q & (l_bank$q != live$q)) | (s_valid$q & (s_bank$q != live$q)) | (b_valid$q & (b_bank$q != live$q));
        drain1 = (c_valid$q & (c_bank$q != live$q)) | (d_valid$q & (d_bank$q != live$q)) | (e_valid$q & (e_bank$q != live$q)) | (f_valid$q & (f_bank$q != live$q));
        snap_refused = 1'b0;
        if (snapshot) begin
            if (swap_wait$q | clr_run$q | clr_pending$q | init$q | snap_nz$q) begin
                snap_refused = 1'b1;
            end
            else begin
                live$d = ~live$q;
                snap$d = dirty_next;
                snap_full$d = dirty_full_next;
                dirty$d = 32'h0;
                dirty_full$d = 1'b0;
                snap_nz$d = dirty_nz$q | dirty_inc;
                dirty_nz$d = 1'b0;
                swap_wait$d = 1'b1;
            end
        end
        drain_q0$d = drain0;
        drain_q1$d = drain1;
        swap_seen$d = swap_wait$q & ~rst;
        snap_done = swap_wait$q & swap_seen$q & ~drain_q0$q & ~drain_q1$q;
        if (snap_done) begin
            swap_wait$d = 1'b0;
        end
        if (clear & ~clr_run$q) begin
            clr_pending$d = 1'b1;
        end
        if (clr_pending$q & ~swap_wait$q & ~init$q) begin
            clr_pending$d = 1'b0;
            clr_run$d = 1'b1;
            clr_ptr$d = 32'h0;
            clr_last$d = 1'b0;
        end
        if (clr_run$q) begin
            clr_ptr$d = clr_ptr$q + 32'h1;
            clr_last$d = clr_ptr$q == last_word_m1;
            if (clr_last$q) begin
                clr_run$d = 1'b0;
                snap$d = 32'h0;
                snap_full$d = 1'b0;
                snap_nz$d = 1'b0;
            end
        end
        if (init$q) begin
            init_ptr$d = init_ptr$q + 32'h1;
            init_last$d = init_ptr$q == last_word_m1;
        end
        hb_valid$d = 1'b0;
        hs_valid$d = 1'b0;
        if (hb_req$q & host_port_free) begin
            hb_req$d = 1'b0;
            hb_valid$d = 1'b1;
            hb_bank$d = frozen_bank;
            hb_zero$d = ((hb_addr$q) & 16'hffff) > ((last_word) & 16'hffff);
        end
        if (hs_req$q & host_port_free) begin
            hs_req$d = 1'b0;
            hs_valid$d = 1'b1;
            hs_bank$d = frozen_bank;
            hs_zero$d = ((hs_addr$q) & 16'hffff) >= ((summary_words) & 16'hffff);
        end
        if (bitmap_rd) begin
            hb_req$d = 1'b1;
            hb_addr$d = bitmap_addr;
        end
        if (summary_rd) begin
            hs_req$d = 1'b1;
            hs_addr$d = summary_addr;
        end
        hb_ack$d = hb_valid$q & ~rst;
        hb_data$d = 32'h0;
        if (~hb_zero$q) begin
            if (hb_bank$q) begin
                hb_data$d = bitmap1$read_data;
            end
            else begin
                hb_data$d = bitmap0$read_data;
            end
        end
        hs_ack$d = hs_valid$q & ~rst;
        hs_data$d = 32'h0;
        if (~hs_zero$q) begin
            if (hs_bank$q) begin
                hs_data$d = summary1$read_data;
            end
            else begin
                hs_data$d = summary0$read_data;
            end
        end
        bitmap_ack = hb_ack$q;
        bitmap_data = hb_data$q;
        summary_ack = hs_ack$q;
        summary_data = hs_data$q;
        busy = swap_wait$q | clr_run$q | clr_pending$q | init$q;
        clearing = clr_run$q | clr_pending$q;
        live_bank = live$q;
        dirty_count = ((dirty$q) & 32'hffffffff);
        if (dirty_full$q) begin
            dirty_count = capacity;
        end
        snap_count = ((snap$q) & 32'hffffffff);
        if (snap_full$q) begin
            snap_count = capacity;
        end
        writes = n_writes$q;
        out_of_range = n_oor$q;
        stall_cycles = n_stall$q;
        if (rst) begin
            init_ptr$d = 32'h0;
            init_last$d = 1'b0;
            live$d = 1'b0;
            a_valid$d = 1'b0;
            h_valid$d = 1'b0;
            l_valid$d = 1'b0;
            s_valid$d = 1'b0;
            b_valid$d = 1'b0;
            b_issue$d = 1'b0;
            b_oor$d = 1'b0;
            d_valid$d = 1'b0;
            e_valid$d = 1'b0;
            dirty$d = 32'h0;
            snap$d = 32'h0;
            dirty_full$d = 1'b0;
            snap_full$d = 1'b0;
            dirty_nz$d = 1'b0;
            snap_nz$d = 1'b0;
            n_writes$d = 32'h0;
            n_oor$d = 32'h0;
            n_stall$d = 32'h0;
            swap_wait$d = 1'b0;
            clr_pending$d = 1'b0;
            clr_run$d = 1'b0;
            hb_req$d = 1'b0;
            hs_req$d = 1'b0;
            hb_valid$d = 1'b0;
            hs_valid$d = 1'b0;
        end
    end

endmodule // write_tracker

module write_tracker_a_bank(d,q,clock);

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

endmodule // write_tracker_a_bank

module write_tracker_a_carry(d,q,clock);

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

endmodule // write_tracker_a_carry

module write_tracker_a_hi(d,q,clock);

    // Module arguments
    input wire  [23:0] d;
    output reg  [23:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 24'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_a_hi

module write_tracker_a_len_m1(d,q,clock);

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

endmodule // write_tracker_a_len_m1

module write_tracker_a_lo(d,q,clock);

    // Module arguments
    input wire  [24:0] d;
    output reg  [24:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 25'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_a_lo

module write_tracker_a_sat_hi(d,q,clock);

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

endmodule // write_tracker_a_sat_hi

module write_tracker_a_sat_lo(d,q,clock);

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

endmodule // write_tracker_a_sat_lo

module write_tracker_a_to_top(d,q,clock);

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

endmodule // write_tracker_a_to_top

module write_tracker_a_valid(d,q,clock);

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

endmodule // write_tracker_a_valid

module write_tracker_b_above(d,q,clock);

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

endmodule // write_tracker_b_above

module write_tracker_b_bank(d,q,clock);

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

endmodule // write_tracker_b_bank

module write_tracker_b_first(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_b_first

module write_tracker_b_issue(d,q,clock);

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

endmodule // write_tracker_b_issue

module write_tracker_b_last(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_b_last

module write_tracker_b_oor(d,q,clock);

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

endmodule // write_tracker_b_oor

module write_tracker_b_span_clip(d,q,clock);

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

endmodule // write_tracker_b_span_clip

module write_tracker_b_span_in(d,q,clock);

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

endmodule // write_tracker_b_span_in

module write_tracker_b_valid(d,q,clock);

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

endmodule // write_tracker_b_valid

module write_tracker_bitmap0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [8:0] read_address;
    output reg  [31:0] read_data;
    input wire  [8:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *)
    reg [31:0] mem [0:511];
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 32'd0;
    end

    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // write_tracker_bitmap0

module write_tracker_bitmap1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [8:0] read_address;
    output reg  [31:0] read_data;
    input wire  [8:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *)
    reg [31:0] mem [0:511];
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 32'd0;
    end

    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // write_tracker_bitmap1

module write_tracker_c_bank(d,q,clock);

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

endmodule // write_tracker_c_bank

module write_tracker_c_cur(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_c_cur

module write_tracker_c_left(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_c_left

module write_tracker_c_more(d,q,clock);

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

endmodule // write_tracker_c_more

module write_tracker_c_valid(d,q,clock);

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

endmodule // write_tracker_c_valid

module write_tracker_cfg_big_mask(d,q,clock);

    // Module arguments
    input wire  [37:0] d;
    output reg  [37:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 38'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_cfg_big_mask

module write_tracker_cfg_coarse(d,q,clock);

    // Module arguments
    input wire  [5:0] d;
    output reg  [5:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 6'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_cfg_coarse

module write_tracker_cfg_fine(d,q,clock);

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

endmodule // write_tracker_cfg_fine

module write_tracker_cfg_limit_m1(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_cfg_limit_m1

module write_tracker_cfg_limit_m1_nz(d,q,clock);

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

endmodule // write_tracker_cfg_limit_m1_nz

module write_tracker_cfg_limit_zero(d,q,clock);

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

endmodule // write_tracker_cfg_limit_zero

module write_tracker_cfg_nbase(d,q,clock);

    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 49'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_cfg_nbase

module write_tracker_cfg_nlm1(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_cfg_nlm1

module write_tracker_clr_last(d,q,clock);

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

endmodule // write_tracker_clr_last

module write_tracker_clr_pending(d,q,clock);

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

endmodule // write_tracker_clr_pending

module write_tracker_clr_ptr(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_clr_ptr

module write_tracker_clr_run(d,q,clock);

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

endmodule // write_tracker_clr_run

module write_tracker_d_bank(d,q,clock);

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

endmodule // write_tracker_d_bank

module write_tracker_d_bit(d,q,clock);

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

endmodule // write_tracker_d_bit

module write_tracker_d_hit(d,q,clock);

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

endmodule // write_tracker_d_hit

module write_tracker_d_sbit(d,q,clock);

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

endmodule // write_tracker_d_sbit

module write_tracker_d_shit(d,q,clock);

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

endmodule // write_tracker_d_shit

module write_tracker_d_sword(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_d_sword

module write_tracker_d_valid(d,q,clock);

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

endmodule // write_tracker_d_valid

module write_tracker_d_word(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_d_word

module write_tracker_dirty(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_dirty

module write_tracker_dirty_full(d,q,clock);

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

endmodule // write_tracker_dirty_full

module write_tracker_dirty_nz(d,q,clock);

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

endmodule // write_tracker_dirty_nz

module write_tracker_drain_q0(d,q,clock);

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

endmodule // write_tracker_drain_q0

module write_tracker_drain_q1(d,q,clock);

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

endmodule // write_tracker_drain_q1

module write_tracker_e_bank(d,q,clock);

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

endmodule // write_tracker_e_bank

module write_tracker_e_data(d,q,clock);

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

endmodule // write_tracker_e_data

module write_tracker_e_hit(d,q,clock);

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

endmodule // write_tracker_e_hit

module write_tracker_e_mask(d,q,clock);

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

endmodule // write_tracker_e_mask

module write_tracker_e_sbit(d,q,clock);

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

endmodule // write_tracker_e_sbit

module write_tracker_e_sdata(d,q,clock);

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

endmodule // write_tracker_e_sdata

module write_tracker_e_shit(d,q,clock);

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

endmodule // write_tracker_e_shit

module write_tracker_e_sword(d,q,clock);

    // Module arguments
    input wire  [3:0] d;
    output reg  [3:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 4'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_e_sword

module write_tracker_e_valid(d,q,clock);

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

endmodule // write_tracker_e_valid

module write_tracker_e_word(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_e_word

module write_tracker_f_bank(d,q,clock);

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

endmodule // write_tracker_f_bank

module write_tracker_f_new(d,q,clock);

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

endmodule // write_tracker_f_new

module write_tracker_f_valid(d,q,clock);

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

endmodule // write_tracker_f_valid

module write_tracker_h_add(d,q,clock);

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

endmodule // write_tracker_h_add

module write_tracker_h_bank(d,q,clock);

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

endmodule // write_tracker_h_bank

module write_tracker_h_first(d,q,clock);

    // Module arguments
    input wire  [48:0] d;
    output reg  [48:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 49'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_h_first

module write_tracker_h_valid(d,q,clock);

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

endmodule // write_tracker_h_valid

module write_tracker_hb_ack(d,q,clock);

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

endmodule // write_tracker_hb_ack

module write_tracker_hb_addr(d,q,clock);

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

endmodule // write_tracker_hb_addr

module write_tracker_hb_bank(d,q,clock);

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

endmodule // write_tracker_hb_bank

module write_tracker_hb_data(d,q,clock);

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

endmodule // write_tracker_hb_data

module write_tracker_hb_req(d,q,clock);

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

endmodule // write_tracker_hb_req

module write_tracker_hb_valid(d,q,clock);

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

endmodule // write_tracker_hb_valid

module write_tracker_hb_zero(d,q,clock);

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

endmodule // write_tracker_hb_zero

module write_tracker_hs_ack(d,q,clock);

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

endmodule // write_tracker_hs_ack

module write_tracker_hs_addr(d,q,clock);

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

endmodule // write_tracker_hs_addr

module write_tracker_hs_bank(d,q,clock);

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

endmodule // write_tracker_hs_bank

module write_tracker_hs_data(d,q,clock);

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

endmodule // write_tracker_hs_data

module write_tracker_hs_req(d,q,clock);

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

endmodule // write_tracker_hs_req

module write_tracker_hs_valid(d,q,clock);

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

endmodule // write_tracker_hs_valid

module write_tracker_hs_zero(d,q,clock);

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

endmodule // write_tracker_hs_zero

module write_tracker_init(d,q,clock);

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

endmodule // write_tracker_init

module write_tracker_init_last(d,q,clock);

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

endmodule // write_tracker_init_last

module write_tracker_init_ptr(d,q,clock);

    // Module arguments
    input wire  [8:0] d;
    output reg  [8:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 9'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_init_ptr

module write_tracker_l_bank(d,q,clock);

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

endmodule // write_tracker_l_bank

module write_tracker_l_first(d,q,clock);

    // Module arguments
    input wire  [38:0] d;
    output reg  [38:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 39'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_l_first

module write_tracker_l_last(d,q,clock);

    // Module arguments
    input wire  [38:0] d;
    output reg  [38:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 39'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_l_last

module write_tracker_l_valid(d,q,clock);

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

endmodule // write_tracker_l_valid

module write_tracker_lim_big(d,q,clock);

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

endmodule // write_tracker_lim_big

module write_tracker_lim_m1(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_lim_m1

module write_tracker_lim_m1_nz(d,q,clock);

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

endmodule // write_tracker_lim_m1_nz

module write_tracker_lim_zero(d,q,clock);

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

endmodule // write_tracker_lim_zero

module write_tracker_live(d,q,clock);

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

endmodule // write_tracker_live

module write_tracker_ls_data(d,q,clock);

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

endmodule // write_tracker_ls_data

module write_tracker_lw_data(d,q,clock);

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

endmodule // write_tracker_lw_data

module write_tracker_n_oor(d,q,clock);

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

endmodule // write_tracker_n_oor

module write_tracker_n_stall(d,q,clock);

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

endmodule // write_tracker_n_stall

module write_tracker_n_writes(d,q,clock);

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

endmodule // write_tracker_n_writes

module write_tracker_ready(d,q,clock);

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

endmodule // write_tracker_ready

module write_tracker_s_bank(d,q,clock);

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

endmodule // write_tracker_s_bank

module write_tracker_s_below(d,q,clock);

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

endmodule // write_tracker_s_below

module write_tracker_s_first(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_s_first

module write_tracker_s_first_big(d,q,clock);

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

endmodule // write_tracker_s_first_big

module write_tracker_s_last(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_s_last

module write_tracker_s_last_below(d,q,clock);

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

endmodule // write_tracker_s_last_below

module write_tracker_s_last_big(d,q,clock);

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

endmodule // write_tracker_s_last_big

module write_tracker_s_valid(d,q,clock);

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

endmodule // write_tracker_s_valid

module write_tracker_snap(d,q,clock);

    // Module arguments
    input wire  [13:0] d;
    output reg  [13:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 14'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_snap

module write_tracker_snap_full(d,q,clock);

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

endmodule // write_tracker_snap_full

module write_tracker_snap_nz(d,q,clock);

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

endmodule // write_tracker_snap_nz

module write_tracker_summary0(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [3:0] read_address;
    output reg  [31:0] read_data;
    input wire  [3:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *)
    reg [31:0] mem [0:15];
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 32'd0;
    end

    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // write_tracker_summary0

module write_tracker_summary1(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [3:0] read_address;
    output reg  [31:0] read_data;
    input wire  [3:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    (* no_rw_check *)
    reg [31:0] mem [0:15];
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 32'd0;
    end

    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // write_tracker_summary1

module write_tracker_swap_seen(d,q,clock);

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

endmodule // write_tracker_swap_seen

module write_tracker_swap_wait(d,q,clock);

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

endmodule // write_tracker_swap_wait
