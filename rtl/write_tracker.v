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
    localparam  one = 32'h1;
    localparam  last_word = 9'b111111111;
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
    reg  a_valid$d;
    wire  a_valid$q;
    reg  a_valid$clock;
    reg  [48:0] a_first$d;
    wire  [48:0] a_first$q;
    reg  a_first$clock;
    reg  [15:0] a_len$d;
    wire  [15:0] a_len$q;
    reg  a_len$clock;
    reg  [4:0] a_shift$d;
    wire  [4:0] a_shift$q;
    reg  a_shift$clock;
    reg  [19:0] a_limit$d;
    wire  [19:0] a_limit$q;
    reg  a_limit$clock;
    reg  [13:0] a_limit_m1$d;
    wire  [13:0] a_limit_m1$q;
    reg  a_limit_m1$clock;
    reg  a_bank$d;
    wire  a_bank$q;
    reg  a_bank$clock;
    reg  l_valid$d;
    wire  l_valid$q;
    reg  l_valid$clock;
    reg  [48:0] l_first$d;
    wire  [48:0] l_first$q;
    reg  l_first$clock;
    reg  [48:0] l_last$d;
    wire  [48:0] l_last$q;
    reg  l_last$clock;
    reg  [4:0] l_shift$d;
    wire  [4:0] l_shift$q;
    reg  l_shift$clock;
    reg  [19:0] l_limit$d;
    wire  [19:0] l_limit$q;
    reg  l_limit$clock;
    reg  [13:0] l_limit_m1$d;
    wire  [13:0] l_limit_m1$q;
    reg  l_limit_m1$clock;
    reg  l_bank$d;
    wire  l_bank$q;
    reg  l_bank$clock;
    reg  b_valid$d;
    wire  b_valid$q;
    reg  b_valid$clock;
    reg  [19:0] b_first$d;
    wire  [19:0] b_first$q;
    reg  b_first$clock;
    reg  b_first_big$d;
    wire  b_first_big$q;
    reg  b_first_big$clock;
    reg  [19:0] b_last$d;
    wire  [19:0] b_last$q;
    reg  b_last$clock;
    reg  b_last_big$d;
    wire  b_last_big$q;
    reg  b_last_big$clock;
    reg  b_below$d;
    wire  b_below$q;
    reg  b_below$clock;
    reg  b_last_below$d;
    wire  b_last_below$q;
    reg  b_last_below$clock;
    reg  [19:0] b_limit$d;
    wire  [19:0] b_limit$q;
    reg  b_limit$clock;
    reg  [13:0] b_limit_m1$d;
    wire  [13:0] b_limit_m1$q;
    reg  b_limit_m1$clock;
    reg  b_bank$d;
    wire  b_bank$q;
    reg  b_bank$clock;
    reg  c_valid$d;
    wire  c_valid$q;
    reg  c_valid$clock;
    reg  [13:0] c_cur$d;
    wire  [13:0] c_cur$q;
    reg  c_cur$clock;
    reg  [13:0] c_end$d;
    wire  [13:0] c_end$q;
    reg  c_end$clock;
    reg  c_bank$d;
    wire  c_bank$q;
    reg  c_bank$clock;
    reg  c_more$d;
    wire  c_more$q;
    reg  c_more$clock;
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
    reg  e_valid$d;
    wire  e_valid$q;
    reg  e_valid$clock;
    reg  e_bank$d;
    wire  e_bank$q;
    reg  e_bank$clock;
    reg  [8:0] e_word$d;
    wire  [8:0] e_word$q;
    reg  e_word$clock;
    reg  [4:0] e_bit$d;
    wire  [4:0] e_bit$q;
    reg  e_bit$clock;
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
    reg  e_hit1$d;
    wire  e_hit1$q;
    reg  e_hit1$clock;
    reg  e_hit2$d;
    wire  e_hit2$q;
    reg  e_hit2$clock;
    reg  e_shit1$d;
    wire  e_shit1$q;
    reg  e_shit1$clock;
    reg  e_shit2$d;
    wire  e_shit2$q;
    reg  e_shit2$clock;
    reg  lw_valid$d;
    wire  lw_valid$q;
    reg  lw_valid$clock;
    reg  lw_bank$d;
    wire  lw_bank$q;
    reg  lw_bank$clock;
    reg  [8:0] lw_word$d;
    wire  [8:0] lw_word$q;
    reg  lw_word$clock;
    reg  [31:0] lw_data$d;
    wire  [31:0] lw_data$q;
    reg  lw_data$clock;
    reg  [3:0] ls_word$d;
    wire  [3:0] ls_word$q;
    reg  ls_word$clock;
    reg  [31:0] ls_data$d;
    wire  [31:0] ls_data$q;
    reg  ls_data$clock;
    reg  [31:0] lw2_data$d;
    wire  [31:0] lw2_data$q;
    reg  lw2_data$clock;
    reg  [31:0] ls2_data$d;
    wire  [31:0] ls2_data$q;
    reg  ls2_data$clock;
    reg  f_valid$d;
    wire  f_valid$q;
    reg  f_valid$clock;
    reg  f_bank$d;
    wire  f_bank$q;
    reg  f_bank$clock;
    reg  f_new$d;
    wire  f_new$q;
    reg  f_new$clock;
    reg  [31:0] dirty$d;
    wire  [31:0] dirty$q;
    reg  dirty$clock;
    reg  [31:0] snap$d;
    wire  [31:0] snap$q;
    reg  snap$clock;
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
    reg  clr_pending$d;
    wire  clr_pending$q;
    reg  clr_pending$clock;
    reg  clr_run$d;
    wire  clr_run$q;
    reg  clr_run$clock;
    reg  [8:0] clr_ptr$d;
    wire  [8:0] clr_ptr$q;
    reg  clr_ptr$clock;
    reg  init$d;
    wire  init$q;
    reg  init$clock;
    reg  [8:0] init_ptr$d;
    wire  [8:0] init_ptr$q;
    reg  init_ptr$clock;
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
    reg  [15:0] len_eff;
    reg  [15:0] len_m1;
    reg  [16:0] low17;
    reg  saturates;
    reg  advance;
    reg  accept;
    reg  drain;
    reg  frozen_bank;
    reg  host_port_free;
    reg  [19:0] limit_eff;
    reg  [47:0] first_blk;
    reg  [47:0] last_blk;
    reg  above;
    reg  all_out;
    reg  [8:0] c_word;
    reg  [13:0] c_first;
    reg  [13:0] c_last;
    reg  [13:0] c_cur_inc;
    reg  c_spans;
    reg  [31:0] old_word;
    reg  [31:0] new_word;
    reg  [31:0] old_sum;
    reg  [31:0] new_sum;
    reg  bit_is_new;
    reg  [31:0] dirty_next;
    reg  [31:0] snap_next;
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
    write_tracker_a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    write_tracker_a_first a_first(
        .d(a_first$d),
        .q(a_first$q),
        .clock(a_first$clock)
    );
    write_tracker_a_len a_len(
        .d(a_len$d),
        .q(a_len$q),
        .clock(a_len$clock)
    );
    write_tracker_a_shift a_shift(
        .d(a_shift$d),
        .q(a_shift$q),
        .clock(a_shift$clock)
    );
    write_tracker_a_limit a_limit(
        .d(a_limit$d),
        .q(a_limit$q),
        .clock(a_limit$clock)
    );
    write_tracker_a_limit_m1 a_limit_m1(
        .d(a_limit_m1$d),
        .q(a_limit_m1$q),
        .clock(a_limit_m1$clock)
    );
    write_tracker_a_bank a_bank(
        .d(a_bank$d),
        .q(a_bank$q),
        .clock(a_bank$clock)
    );
    write_tracker_l_valid l_valid(
        .d(l_valid$d),
        .q(l_valid$q),
        .clock(l_valid$clock)
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
    write_tracker_l_shift l_shift(
        .d(l_shift$d),
        .q(l_shift$q),
        .clock(l_shift$clock)
    );
    write_tracker_l_limit l_limit(
        .d(l_limit$d),
        .q(l_limit$q),
        .clock(l_limit$clock)
    );
    write_tracker_l_limit_m1 l_limit_m1(
        .d(l_limit_m1$d),
        .q(l_limit_m1$q),
        .clock(l_limit_m1$clock)
    );
    write_tracker_l_bank l_bank(
        .d(l_bank$d),
        .q(l_bank$q),
        .clock(l_bank$clock)
    );
    write_tracker_b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    write_tracker_b_first b_first(
        .d(b_first$d),
        .q(b_first$q),
        .clock(b_first$clock)
    );
    write_tracker_b_first_big b_first_big(
        .d(b_first_big$d),
        .q(b_first_big$q),
        .clock(b_first_big$clock)
    );
    write_tracker_b_last b_last(
        .d(b_last$d),
        .q(b_last$q),
        .clock(b_last$clock)
    );
    write_tracker_b_last_big b_last_big(
        .d(b_last_big$d),
        .q(b_last_big$q),
        .clock(b_last_big$clock)
    );
    write_tracker_b_below b_below(
        .d(b_below$d),
        .q(b_below$q),
        .clock(b_below$clock)
    );
    write_tracker_b_last_below b_last_below(
        .d(b_last_below$d),
        .q(b_last_below$q),
        .clock(b_last_below$clock)
    );
    write_tracker_b_limit b_limit(
        .d(b_limit$d),
        .q(b_limit$q),
        .clock(b_limit$clock)
    );
    write_tracker_b_limit_m1 b_limit_m1(
        .d(b_limit_m1$d),
        .q(b_limit_m1$q),
        .clock(b_limit_m1$clock)
    );
    write_tracker_b_bank b_bank(
        .d(b_bank$d),
        .q(b_bank$q),
        .clock(b_bank$clock)
    );
    write_tracker_c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );
    write_tracker_c_cur c_cur(
        .d(c_cur$d),
        .q(c_cur$q),
        .clock(c_cur$clock)
    );
    write_tracker_c_end c_end(
        .d(c_end$d),
        .q(c_end$q),
        .clock(c_end$clock)
    );
    write_tracker_c_bank c_bank(
        .d(c_bank$d),
        .q(c_bank$q),
        .clock(c_bank$clock)
    );
    write_tracker_c_more c_more(
        .d(c_more$d),
        .q(c_more$q),
        .clock(c_more$clock)
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
    write_tracker_e_bit e_bit(
        .d(e_bit$d),
        .q(e_bit$q),
        .clock(e_bit$clock)
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
    write_tracker_e_hit1 e_hit1(
        .d(e_hit1$d),
        .q(e_hit1$q),
        .clock(e_hit1$clock)
    );
    write_tracker_e_hit2 e_hit2(
        .d(e_hit2$d),
        .q(e_hit2$q),
        .clock(e_hit2$clock)
    );
    write_tracker_e_shit1 e_shit1(
        .d(e_shit1$d),
        .q(e_shit1$q),
        .clock(e_shit1$clock)
    );
    write_tracker_e_shit2 e_shit2(
        .d(e_shit2$d),
        .q(e_shit2$q),
        .clock(e_shit2$clock)
    );
    write_tracker_lw_valid lw_valid(
        .d(lw_valid$d),
        .q(lw_valid$q),
        .clock(lw_valid$clock)
    );
    write_tracker_lw_bank lw_bank(
        .d(lw_bank$d),
        .q(lw_bank$q),
        .clock(lw_bank$clock)
    );
    write_tracker_lw_word lw_word(
        .d(lw_word$d),
        .q(lw_word$q),
        .clock(lw_word$clock)
    );
    write_tracker_lw_data lw_data(
        .d(lw_data$d),
        .q(lw_data$q),
        .clock(lw_data$clock)
    );
    write_tracker_ls_word ls_word(
        .d(ls_word$d),
        .q(ls_word$q),
        .clock(ls_word$clock)
    );
    write_tracker_ls_data ls_data(
        .d(ls_data$d),
        .q(ls_data$q),
        .clock(ls_data$clock)
    );
    write_tracker_lw2_data lw2_data(
        .d(lw2_data$d),
        .q(lw2_data$q),
        .clock(lw2_data$clock)
    );
    write_tracker_ls2_data ls2_data(
        .d(ls2_data$d),
        .q(ls2_data$q),
        .clock(ls2_data$clock)
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
    write_tracker_snap snap(
        .d(snap$d),
        .q(snap$q),
        .clock(snap$clock)
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
        a_valid$clock = clock;
        a_first$clock = clock;
        a_len$clock = clock;
        a_shift$clock = clock;
        a_limit$clock = clock;
        a_limit_m1$clock = clock;
        l_valid$clock = clock;
        l_first$clock = clock;
        l_last$clock = clock;
        l_shift$clock = clock;
        l_limit$clock = clock;
        l_limit_m1$clock = clock;
        l_bank$clock = clock;
        b_valid$clock = clock;
        b_first$clock = clock;
        b_last$clock = clock;
        b_first_big$clock = clock;
        b_last_big$clock = clock;
        b_below$clock = clock;
        b_last_below$clock = clock;
        b_limit$clock = clock;
        b_limit_m1$clock = clock;
        a_bank$clock = clock;
        b_bank$clock = clock;
        c_bank$clock = clock;
        c_more$clock = clock;
        c_valid$clock = clock;
        c_cur$clock = clock;
        c_end$clock = clock;
        d_valid$clock = clock;
        d_bank$clock = clock;
        d_word$clock = clock;
        d_bit$clock = clock;
        d_sword$clock = clock;
        d_sbit$clock = clock;
        e_valid$clock = clock;
        e_bank$clock = clock;
        e_word$clock = clock;
        e_bit$clock = clock;
        e_sword$clock = clock;
        e_sbit$clock = clock;
        e_data$clock = clock;
        e_sdata$clock = clock;
        e_hit1$clock = clock;
        e_hit2$clock = clock;
        e_shit1$clock = clock;
        e_shit2$clock = clock;
        lw_valid$clock = clock;
        lw_bank$clock = clock;
        lw_word$clock = clock;
        lw_data$clock = clock;
        ls_word$clock = clock;
        ls_data$clock = clock;
        lw2_data$clock = clock;
        ls2_data$clock = clock;
        f_valid$clock = clock;
        f_bank$clock = clock;
        f_new$clock = clock;
        dirty$clock = clock;
        snap$clock = clock;
        dirty_nz$clock = clock;
        snap_nz$clock = clock;
        n_writes$clock = clock;
        n_oor$clock = clock;
        n_stall$clock = clock;
        swap_wait$clock = clock;
        clr_pending$clock = clock;
        clr_run$clock = clock;
        clr_ptr$clock = clock;
        init$clock = clock;
        init_ptr$clock = clock;
        hb_req$clock = clock;
        hb_addr$clock = clock;
        hs_req$clock = clock;
        hs_addr$clock = clock;
        hb_valid$clock = clock;
        hb_bank$clock = clock;
        hb_zero$clock = clock;
        hb_ack$clock = clock;
        hb_data$clock = clock;
        hs_valid$clock = clock;
        hs_ack$clock = clock;
        hs_data$clock = clock;
        hs_bank$clock = clock;
        hs_zero$clock = clock;
        live$d = live$q;
        a_valid$d = a_valid$q;
        a_first$d = a_first$q;
        a_len$d = a_len$q;
        a_shift$d = a_shift$q;
        a_limit$d = a_limit$q;
        a_limit_m1$d = a_limit_m1$q;
        l_valid$d = l_valid$q;
        l_first$d = l_first$q;
        l_last$d = l_last$q;
        l_shift$d = l_shift$q;
        l_limit$d = l_limit$q;
        l_limit_m1$d = l_limit_m1$q;
        l_bank$d = l_bank$q;
        b_valid$d = b_valid$q;
        b_first$d = b_first$q;
        b_last$d = b_last$q;
        b_first_big$d = b_first_big$q;
        b_last_big$d = b_last_big$q;
        b_below$d = b_below$q;
        b_last_below$d = b_last_below$q;
        b_limit$d = b_limit$q;
        b_limit_m1$d = b_limit_m1$q;
        a_bank$d = a_bank$q;
        b_bank$d = b_bank$q;
        c_bank$d = c_bank$q;
        c_more$d = c_more$q;
        c_valid$d = c_valid$q;
        c_cur$d = c_cur$q;
        c_end$d = c_end$q;
        d_valid$d = d_valid$q;
        d_bank$d = d_bank$q;
        d_word$d = d_word$q;
        d_bit$d = d_bit$q;
        d_sword$d = d_sword$q;
        d_sbit$d = d_sbit$q;
        e_valid$d = e_valid$q;
        e_bank$d = e_bank$q;
        e_word$d = e_word$q;
        e_bit$d = e_bit$q;
        e_sword$d = e_sword$q;
        e_sbit$d = e_sbit$q;
        e_data$d = e_data$q;
        e_sdata$d = e_sdata$q;
        e_hit1$d = e_hit1$q;
        e_hit2$d = e_hit2$q;
        e_shit1$d = e_shit1$q;
        e_shit2$d = e_shit2$q;
        lw_valid$d = lw_valid$q;
        lw_bank$d = lw_bank$q;
        lw_word$d = lw_word$q;
        lw_data$d = lw_data$q;
        ls_word$d = ls_word$q;
        ls_data$d = ls_data$q;
        lw2_data$d = lw2_data$q;
        ls2_data$d = ls2_data$q;
        f_valid$d = f_valid$q;
        f_bank$d = f_bank$q;
        f_new$d = f_new$q;
        dirty$d = dirty$q;
        snap$d = snap$q;
        dirty_nz$d = dirty_nz$q;
        snap_nz$d = snap_nz$q;
        n_writes$d = n_writes$q;
        n_oor$d = n_oor$q;
        n_stall$d = n_stall$q;
        swap_wait$d = swap_wait$q;
        clr_pending$d = clr_pending$q;
        clr_run$d = clr_run$q;
        clr_ptr$d = clr_ptr$q;
        init$d = init$q;
        init_ptr$d = init_ptr$q;
        hb_req$d = hb_req$q;
        hb_addr$d = hb_addr$q;
        hs_req$d = hs_req$q;
        hs_addr$d = hs_addr$q;
        hb_valid$d = hb_valid$q;
        hb_bank$d = hb_bank$q;
        hb_zero$d = hb_zero$q;
        hb_ack$d = hb_ack$q;
        hb_data$d = hb_data$q;
        hs_valid$d = hs_valid$q;
        hs_ack$d = hs_ack$q;
        hs_data$d = hs_data$q;
        hs_bank$d = hs_bank$q;
        hs_zero$d = hs_zero$q;
        bitmap0$clock = clock;
        bitmap1$clock = clock;
        summary0$clock = clock;
        summary1$clock = clock;
        stall = c_valid$q & c_more$q;
        advance = ~stall & ~init$q;
        snoop_ready = advance;
        accept = snoop_valid & advance & en;
        len_eff = snoop_len;
        if (snoop_len == 32'h0) begin
            len_eff = 32'h1;
        end
        len_m1 = len_eff - 32'h1;
        low17 = ((snoop_addr[(32'h0)+:(16)]) & 17'h1ffff) + ((len_eff) & 17'h1ffff);
        saturates = &snoop_addr[(32'h10)+:(32)] & low17[32'h10] & |low17[(32'h0)+:(16)];
        limit_eff = ((limit) & 20'hfffff);
        if (limit > capacity) begin
            limit_eff = ((capacity) & 20'hfffff);
        end
        if (advance) begin
            a_valid$d = accept;
            a_first$d = ((snoop_addr) & 49'h1ffffffffffff) - ((base) & 49'h1ffffffffffff);
            a_len$d = len_m1;
            if (saturates) begin
                a_len$d = ~snoop_addr[(32'h0)+:(16)];
            end
            a_shift$d = shift;
            a_limit$d = limit_eff;
            a_limit_m1$d = ((limit_eff - 32'h1) & 14'h3fff);
            a_bank$d = live$q;
        end
        if (advance) begin
            l_valid$d = a_valid$q;
            l_first$d = a_first$q;
            l_last$d = a_first$q + ((a_len$q) & 49'h1ffffffffffff);
            l_shift$d = a_shift$q;
            l_limit$d = a_limit$q;
            l_limit_m1$d = a_limit_m1$q;
            l_bank$d = a_bank$q;
        end
        first_blk = ((l_first$q) & 48'hffffffffffff) >> l_shift$q;
        last_blk = ((l_last$q) & 48'hffffffffffff) >> l_shift$q;
        if (advance) begin
            b_valid$d = l_valid$q;
            b_first$d = first_blk[(32'h0)+:(20)];
            b_first_big$d = |first_blk[(32'h14)+:(28)];
            b_last$d = last_blk[(32'h0)+:(20)];
            b_last_big$d = |last_blk[(32'h14)+:(28)];
            b_below$d = l_first$q[32'h30];
            b_last_below$d = l_last$q[32'h30];
            b_limit$d = l_limit$q;
            b_limit_m1$d = l_limit_m1$q;
            b_bank$d = l_bank$q;
        end
        above = b_last_big$q | (b_last$q >= b_limit$q);
        all_out = b_last_below$q | (b_limit$q == 32'h0) | (~b_below$q & (b_first_big$q | (b_first$q >= b_limit$q)));
        c_first = ((b_first$q) & 14'h3fff);
        if (b_below$q) begin
            c_first = 32'h0;
        end
        c_last = ((b_last$q) & 14'h3fff);
        if (above) begin
            c_last = b_limit_m1$q;
        end
        if (b_below$q) begin
            if (above) begin
                c_spans = b_limit_m1$q != 32'h0;
            end
            else begin
                c_spans = ((b_last$q) & 14'h3fff) != 32'h0;
            end
        end
        else if (above) begin
            c_spans = ((b_first$q) & 14'h3fff) != b_limit_m1$q;
        end
        else begin
            c_spans = ((b_first$q) & 14'h3fff) != ((b_last$q) & 14'h3fff);
        end
        c_cur_inc = c_cur$q + 32'h1;
        if (stall) begin
            c_cur$d = c_cur_inc;
            c_more$d = c_cur_inc != c_end$q;
        end
        else if (~init$q) begin
            c_valid$d = b_valid$q & ~all_out;
            c_bank$d = b_bank$q;
            c_cur$d = c_first;
            c_end$d = c_last;
            c_more$d = c_spans;
            if (b_valid$q & (b_below$q | above | all_out)) begin
                n_oor$d = n_oor$q + 32'h1;
            end
        end
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
        frozen_bank = ~live$q;
        host_port_free = ~(c_valid$q & (c_bank$q == frozen_bank));
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
        if (d_bank$q) begin
            e_data$d = bitmap1$read_data;
            e_sdata$d = summary1$read_data;
        end
        else begin
            e_data$d = bitmap0$read_data;
            e_sdata$d = summary0$read_data;
        end
        e_valid$d = d_valid$q;
        e_bank$d = d_bank$q;
        e_word$d = d_word$q;
        e_bit$d = d_bit$q;
        e_sword$d = d_sword$q;
        e_sbit$d = d_sbit$q;
        e_hit1$d = e_valid$q & (e_bank$q == d_bank$q) & (e_word$q == d_word$q);
        e_shit1$d = e_valid$q & (e_bank$q == d_bank$q) & (e_sword$q == d_sword$q);
        e_hit2$d = lw_valid$q & (lw_bank$q == d_bank$q) & (lw_word$q == d_word$q);
        e_shit2$d = lw_valid$q & (lw_bank$q == d_bank$q) & (ls_word$q == d_sword$q);
        old_word = e_data$q;
        if (e_hit1$q) begin
            old_word = lw_data$q;
        end
        else if (e_hit2$q) begin
            old_word = lw2_data$q;
        end
        old_sum = e_sdata$q;
        if (e_shit1$q) begin
            old_sum = ls_data$q;
        end
        else if (e_shit2$q) begin
            old_sum = ls2_data$q;
        end
        new_word = old_word | (one << e_bit$q);
        new_sum = old_sum | (one << e_sbit$q);
        bit_is_new = e_valid$q & ~old_word[e_bit$q];
        lw_valid$d = e_valid$q & ~rst;
        lw_bank$d = e_bank$q;
        lw_word$d = e_word$q;
        lw_data$d = new_word;
        ls_word$d = e_sword$q;
        ls_data$d = new_sum;
        lw2_data$d = lw_data$q;
        ls2_data$d = ls_data$q;
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
                summary0$write_enable = clr_ptr$q < summary_words;
                summary0$write_address = clr_ptr$q[(32'h0)+:(4)];
                summary0$write_data = 32'h0;
            end
            else begin
                bitmap1$write_enable = 1'b1;
                bitmap1$write_address = clr_ptr$q;
                bitmap1$write_data = 32'h0;
                summary1$write_enable = clr_ptr$q < summary_words;
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
            summary0$write_enable = init_ptr$q < summary_words;
            summary1$write_enable = init_ptr$q < summary_words;
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
        dirty$d = dirty_next;
        snap$d = snap_next;
        dirty_nz$d = dirty_nz$q | dirty_inc;
        snap_nz$d = snap_nz$q | snap_inc;
        drain = (a_valid$q & (a_bank$q != live$q)) | (l_valid$q & (l_bank$q != live$q)) | (b_valid$q & (b_bank$q != live$q)) | (c_valid$q & (c_bank$q != live$q)) | (d_valid$q & (d_bank$q != live$q)) | (e_valid$q & (e_bank$q != live$q)) | (f_valid$q & (f_bank$q != live$q));
        snap_refused = 1'b0;
        snap_done = 1'b0;
        if (snapshot) begin
            if (swap_wait$q | clr_run$q | clr_pending$q | init$q | snap_nz$q) begin
                snap_refused = 1'b1;
            end
            else begin
                live$d = ~live$q;
                snap$d = dirty_next;
                dirty$d = 32'h0;
                snap_nz$d = dirty_nz$q | dirty_inc;
                dirty_nz$d = 1'b0;
                swap_wait$d = 1'b1;
            end
        end
        if (swap_wait$q & ~drain) begin
            swap_wait$d = 1'b0;
            snap_done = 1'b1;
        end
        if (clear & ~clr_run$q) begin
            clr_pending$d = 1'b1;
        end
        if (clr_pending$q & ~swap_wait$q & ~init$q) begin
            clr_pending$d = 1'b0;
            clr_run$d = 1'b1;
            clr_ptr$d = 32'h0;
        end
        if (clr_run$q) begin
            clr_ptr$d = clr_ptr$q + 32'h1;
            if (clr_ptr$q == last_word) begin
                clr_run$d = 1'b0;
                snap$d = 32'h0;
                snap_nz$d = 1'b0;
            end
        end
        if (init$q) begin
            init_ptr$d = init_ptr$q + 32'h1;
            if (init_ptr$q == last_word) begin
                init$d = 1'b0;
            end
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
        dirty_count = dirty$q;
        snap_count = snap$q;
        writes = n_writes$q;
        out_of_range = n_oor$q;
        stall_cycles = n_stall$q;
        if (rst) begin
            if (dirty_nz$q | snap_nz$q | clr_run$q | f_new$q) begin
                init$d = 1'b1;
            end
            init_ptr$d = 32'h0;
            live$d = 1'b0;
            a_valid$d = 1'b0;
            l_valid$d = 1'b0;
            b_valid$d = 1'b0;
            c_valid$d = 1'b0;
            d_valid$d = 1'b0;
            e_valid$d = 1'b0;
            dirty$d = 32'h0;
            snap$d = 32'h0;
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

module write_tracker_a_first(d,q,clock);

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

endmodule // write_tracker_a_first

module write_tracker_a_len(d,q,clock);

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

endmodule // write_tracker_a_len

module write_tracker_a_limit(d,q,clock);

    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 20'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_a_limit

module write_tracker_a_limit_m1(d,q,clock);

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

endmodule // write_tracker_a_limit_m1

module write_tracker_a_shift(d,q,clock);

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

endmodule // write_tracker_a_shift

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

module write_tracker_b_below(d,q,clock);

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

endmodule // write_tracker_b_below

module write_tracker_b_first(d,q,clock);

    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 20'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_b_first

module write_tracker_b_first_big(d,q,clock);

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

endmodule // write_tracker_b_first_big

module write_tracker_b_last(d,q,clock);

    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 20'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_b_last

module write_tracker_b_last_below(d,q,clock);

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

endmodule // write_tracker_b_last_below

module write_tracker_b_last_big(d,q,clock);

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

endmodule // write_tracker_b_last_big

module write_tracker_b_limit(d,q,clock);

    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 20'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_b_limit

module write_tracker_b_limit_m1(d,q,clock);

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

endmodule // write_tracker_b_limit_m1

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
    reg [31:0] mem [0:511];
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 32'd0;
        read_data = 32'd0;
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
    reg [31:0] mem [0:511];
    integer i;
    initial begin
        for (i = 0; i <= 511; i = i + 1) mem[i] = 32'd0;
        read_data = 32'd0;
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

module write_tracker_c_end(d,q,clock);

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

endmodule // write_tracker_c_end

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

endmodule // write_tracker_dirty

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

module write_tracker_e_bit(d,q,clock);

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

endmodule // write_tracker_e_bit

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

module write_tracker_e_hit1(d,q,clock);

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

endmodule // write_tracker_e_hit1

module write_tracker_e_hit2(d,q,clock);

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

endmodule // write_tracker_e_hit2

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

module write_tracker_e_shit1(d,q,clock);

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

endmodule // write_tracker_e_shit1

module write_tracker_e_shit2(d,q,clock);

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

endmodule // write_tracker_e_shit2

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

endmodule // write_tracker_l_first

module write_tracker_l_last(d,q,clock);

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

endmodule // write_tracker_l_last

module write_tracker_l_limit(d,q,clock);

    // Module arguments
    input wire  [19:0] d;
    output reg  [19:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 20'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // write_tracker_l_limit

module write_tracker_l_limit_m1(d,q,clock);

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

endmodule // write_tracker_l_limit_m1

module write_tracker_l_shift(d,q,clock);

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

endmodule // write_tracker_l_shift

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

module write_tracker_ls2_data(d,q,clock);

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

endmodule // write_tracker_ls2_data

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

module write_tracker_ls_word(d,q,clock);

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

endmodule // write_tracker_ls_word

module write_tracker_lw2_data(d,q,clock);

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

endmodule // write_tracker_lw2_data

module write_tracker_lw_bank(d,q,clock);

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

endmodule // write_tracker_lw_bank

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

module write_tracker_lw_valid(d,q,clock);

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

endmodule // write_tracker_lw_valid

module write_tracker_lw_word(d,q,clock);

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

endmodule // write_tracker_lw_word

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

module write_tracker_snap(d,q,clock);

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

endmodule // write_tracker_snap

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
    reg [31:0] mem [0:15];
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 32'd0;
        read_data = 32'd0;
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
    reg [31:0] mem [0:15];
    integer i;
    initial begin
        for (i = 0; i <= 15; i = i + 1) mem[i] = 32'd0;
        read_data = 32'd0;
    end

    always @(posedge clock) begin
        read_data <= mem[read_address];
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // write_tracker_summary1

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
