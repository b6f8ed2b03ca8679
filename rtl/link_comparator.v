// rtl/link_comparator.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: ftsync_core; ports and registers in docs/regmap.md.

module link_comparator(clock,rst,a_valid,a_ready,a_data,a_last,b_valid,b_ready,b_data,b_last,o_valid,o_ready,o_data,o_last,en,mode,halt_on_mismatch,clear,skew_timeout,epoch,mismatch,timeout,halted,a_fill,b_fill,mismatch_index,mismatch_a,mismatch_b,mismatch_epoch,words,frames,max_skew,mismatch_event,timeout_event);

    // Module arguments
    input wire  clock;
    input wire  rst;
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
    input wire  en;
    input wire  [1:0] mode;
    input wire  halt_on_mismatch;
    input wire  clear;
    input wire  [31:0] skew_timeout;
    input wire  [31:0] epoch;
    output reg  mismatch;
    output reg  timeout;
    output reg  halted;
    output reg  [7:0] a_fill;
    output reg  [7:0] b_fill;
    output reg  [63:0] mismatch_index;
    output reg  [31:0] mismatch_a;
    output reg  [31:0] mismatch_b;
    output reg  [31:0] mismatch_epoch;
    output reg  [63:0] words;
    output reg  [31:0] frames;
    output reg  [31:0] max_skew;
    output reg  mismatch_event;
    output reg  timeout_event;

    // Constant declarations
    localparam  fill_one = 6'b1;
    localparam  third0 = 64'h3fffff;
    localparam  third1 = 64'hfffffc00000;
    localparam  third2 = 64'hfffff00000000000;
    localparam  run_reset = 33'h1fffffffe;

    // Stub signals
    reg  fifo_a$clock;
    reg  fifo_a$rst;
    reg  fifo_a$flush;
    reg  fifo_a$push;
    reg  [63:0] fifo_a$din;
    reg  fifo_a$din_last;
    wire  fifo_a$full;
    reg  fifo_a$pop;
    wire  fifo_a$empty;
    wire  [63:0] fifo_a$dout;
    wire  fifo_a$dout_last;
    wire  [63:0] fifo_a$hold_dout;
    wire  fifo_a$hold_dout_last;
    wire  [63:0] fifo_a$pop_dout;
    wire  fifo_a$pop_dout_last;
    wire  [5:0] fifo_a$fill;
    reg  fifo_b$clock;
    reg  fifo_b$rst;
    reg  fifo_b$flush;
    reg  fifo_b$push;
    reg  [63:0] fifo_b$din;
    reg  fifo_b$din_last;
    wire  fifo_b$full;
    reg  fifo_b$pop;
    wire  fifo_b$empty;
    wire  [63:0] fifo_b$dout;
    wire  fifo_b$dout_last;
    wire  [63:0] fifo_b$hold_dout;
    wire  fifo_b$hold_dout_last;
    wire  [63:0] fifo_b$pop_dout;
    wire  fifo_b$pop_dout_last;
    wire  [5:0] fifo_b$fill;
    reg  r_mismatch$d;
    wire  r_mismatch$q;
    reg  r_mismatch$clock;
    reg  r_timeout$d;
    wire  r_timeout$q;
    reg  r_timeout$clock;
    reg  r_halted$d;
    wire  r_halted$q;
    reg  r_halted$clock;
    reg  [31:0] r_index_lo$d;
    wire  [31:0] r_index_lo$q;
    reg  r_index_lo$clock;
    reg  [31:0] r_index_hi$d;
    wire  [31:0] r_index_hi$q;
    reg  r_index_hi$clock;
    reg  [31:0] r_a$d;
    wire  [31:0] r_a$q;
    reg  r_a$clock;
    reg  [31:0] r_b$d;
    wire  [31:0] r_b$q;
    reg  r_b$clock;
    reg  [31:0] r_epoch$d;
    wire  [31:0] r_epoch$q;
    reg  r_epoch$clock;
    reg  [31:0] r_words_lo$d;
    wire  [31:0] r_words_lo$q;
    reg  r_words_lo$clock;
    reg  [31:0] r_words_hi$d;
    wire  [31:0] r_words_hi$q;
    reg  r_words_hi$clock;
    reg  r_words_carry$d;
    wire  r_words_carry$q;
    reg  r_words_carry$clock;
    reg  [31:0] r_frames$d;
    wire  [31:0] r_frames$q;
    reg  r_frames$clock;
    reg  [5:0] r_max_skew$d;
    wire  [5:0] r_max_skew$q;
    reg  r_max_skew$clock;
    reg  [32:0] r_nrun$d;
    wire  [32:0] r_nrun$q;
    reg  r_nrun$clock;
    reg  r_cfg_en$d;
    wire  r_cfg_en$q;
    reg  r_cfg_en$clock;
    reg  r_cfg_a_only$d;
    wire  r_cfg_a_only$q;
    reg  r_cfg_a_only$clock;
    reg  r_cfg_b_only$d;
    wire  r_cfg_b_only$q;
    reg  r_cfg_b_only$clock;
    reg  r_fwd_b$d;
    wire  r_fwd_b$q;
    reg  r_fwd_b$clock;
    reg  r_cand$d;
    wire  r_cand$q;
    reg  r_cand$clock;
    reg  r_halt_took$d;
    wire  r_halt_took$q;
    reg  r_halt_took$clock;
    reg  r_halt_held$d;
    wire  r_halt_held$q;
    reg  r_halt_held$clock;
    reg  r_cmp_took$d;
    wire  r_cmp_took$q;
    reg  r_cmp_took$clock;
    reg  r_cmp_held$d;
    wire  r_cmp_held$q;
    reg  r_cmp_held$clock;
    reg  r_mismatch_event$d;
    wire  r_mismatch_event$q;
    reg  r_mismatch_event$clock;
    reg  r_timeout_event$d;
    wire  r_timeout_event$q;
    reg  r_timeout_event$clock;
    reg  [2:0] r_differ_hold$d;
    wire  [2:0] r_differ_hold$q;
    reg  r_differ_hold$clock;
    reg  [2:0] r_differ_take$d;
    wire  [2:0] r_differ_take$q;
    reg  r_differ_take$clock;
    reg  r_took$d;
    wire  r_took$q;
    reg  r_took$clock;
    reg  r_took_last$d;
    wire  r_took_last$q;
    reg  r_took_last$clock;
    reg  r_captured$d;
    wire  r_captured$q;
    reg  r_captured$clock;
    reg  r_captured_hi$d;
    wire  r_captured_hi$q;
    reg  r_captured_hi$clock;
    reg  r_expired$d;
    wire  r_expired$q;
    reg  r_expired$clock;

    // Local signals
    reg  duplex;
    reg  duplex_in;
    reg  differ_took;
    reg  differ_held;
    reg  fwd_a_in;
    reg  fwd_b_in;
    reg  dup_in;
    reg  cand_if_pop;
    reg  cand_if_hold;
    reg  both_if_pop;
    reg  both_if_hold;
    reg  pushed_a;
    reg  pushed_b;
    reg  a_if_pop;
    reg  b_if_pop;
    reg  a_if_hold;
    reg  b_if_hold;
    reg  detect;
    reg  halt_set;
    reg  halted_next;
    reg  not_halted;
    reg  cmp_took;
    reg  cmp_held;
    reg  forward;
    reg  take;
    reg  one_sided;
    reg  [5:0] skew;
    reg  [32:0] words_lo_next;
    reg  [16:0] run_lo_sum;
    reg  [17:0] run_hi_sum;
    reg  [17:0] run_hi_sum_c;
    reg  [16:0] nrun_hi_inv;
    reg  below_limit;
    reg  [63:0] x_hold;
    reg  [63:0] x_take;
    reg  [2:0] part_hold;
    reg  [2:0] part_take;

    // Sub module instances
    link_comparator_fifo_a fifo_a(
        .clock(fifo_a$clock),
        .rst(fifo_a$rst),
        .flush(fifo_a$flush),
        .push(fifo_a$push),
        .din(fifo_a$din),
        .din_last(fifo_a$din_last),
        .full(fifo_a$full),
        .pop(fifo_a$pop),
        .empty(fifo_a$empty),
        .dout(fifo_a$dout),
        .dout_last(fifo_a$dout_last),
        .hold_dout(fifo_a$hold_dout),
        .hold_dout_last(fifo_a$hold_dout_last),
        .pop_dout(fifo_a$pop_dout),
        .pop_dout_last(fifo_a$pop_dout_last),
        .fill(fifo_a$fill)
    );
    link_comparator_fifo_b fifo_b(
        .clock(fifo_b$clock),
        .rst(fifo_b$rst),
        .flush(fifo_b$flush),
        .push(fifo_b$push),
        .din(fifo_b$din),
        .din_last(fifo_b$din_last),
        .full(fifo_b$full),
        .pop(fifo_b$pop),
        .empty(fifo_b$empty),
        .dout(fifo_b$dout),
        .dout_last(fifo_b$dout_last),
        .hold_dout(fifo_b$hold_dout),
        .hold_dout_last(fifo_b$hold_dout_last),
        .pop_dout(fifo_b$pop_dout),
        .pop_dout_last(fifo_b$pop_dout_last),
        .fill(fifo_b$fill)
    );
    link_comparator_r_mismatch r_mismatch(
        .d(r_mismatch$d),
        .q(r_mismatch$q),
        .clock(r_mismatch$clock)
    );
    link_comparator_r_timeout r_timeout(
        .d(r_timeout$d),
        .q(r_timeout$q),
        .clock(r_timeout$clock)
    );
    link_comparator_r_halted r_halted(
        .d(r_halted$d),
        .q(r_halted$q),
        .clock(r_halted$clock)
    );
    link_comparator_r_index_lo r_index_lo(
        .d(r_index_lo$d),
        .q(r_index_lo$q),
        .clock(r_index_lo$clock)
    );
    link_comparator_r_index_hi r_index_hi(
        .d(r_index_hi$d),
        .q(r_index_hi$q),
        .clock(r_index_hi$clock)
    );
    link_comparator_r_a r_a(
        .d(r_a$d),
        .q(r_a$q),
        .clock(r_a$clock)
    );
    link_comparator_r_b r_b(
        .d(r_b$d),
        .q(r_b$q),
        .clock(r_b$clock)
    );
    link_comparator_r_epoch r_epoch(
        .d(r_epoch$d),
        .q(r_epoch$q),
        .clock(r_epoch$clock)
    );
    link_comparator_r_words_lo r_words_lo(
        .d(r_words_lo$d),
        .q(r_words_lo$q),
        .clock(r_words_lo$clock)
    );
    link_comparator_r_words_hi r_words_hi(
        .d(r_words_hi$d),
        .q(r_words_hi$q),
        .clock(r_words_hi$clock)
    );
    link_comparator_r_words_carry r_words_carry(
        .d(r_words_carry$d),
        .q(r_words_carry$q),
        .clock(r_words_carry$clock)
    );
    link_comparator_r_frames r_frames(
        .d(r_frames$d),
        .q(r_frames$q),
        .clock(r_frames$clock)
    );
    link_comparator_r_max_skew r_max_skew(
        .d(r_max_skew$d),
        .q(r_max_skew$q),
        .clock(r_max_skew$clock)
    );
    link_comparator_r_nrun r_nrun(
        .d(r_nrun$d),
        .q(r_nrun$q),
        .clock(r_nrun$clock)
    );
    link_comparator_r_cfg_en r_cfg_en(
        .d(r_cfg_en$d),
        .q(r_cfg_en$q),
        .clock(r_cfg_en$clock)
    );
    link_comparator_r_cfg_a_only r_cfg_a_only(
        .d(r_cfg_a_only$d),
        .q(r_cfg_a_only$q),
        .clock(r_cfg_a_only$clock)
    );
    link_comparator_r_cfg_b_only r_cfg_b_only(
        .d(r_cfg_b_only$d),
        .q(r_cfg_b_only$q),
        .clock(r_cfg_b_only$clock)
    );
    link_comparator_r_fwd_b r_fwd_b(
        .d(r_fwd_b$d),
        .q(r_fwd_b$q),
        .clock(r_fwd_b$clock)
    );
    link_comparator_r_cand r_cand(
        .d(r_cand$d),
        .q(r_cand$q),
        .clock(r_cand$clock)
    );
    link_comparator_r_halt_took r_halt_took(
        .d(r_halt_took$d),
        .q(r_halt_took$q),
        .clock(r_halt_took$clock)
    );
    link_comparator_r_halt_held r_halt_held(
        .d(r_halt_held$d),
        .q(r_halt_held$q),
        .clock(r_halt_held$clock)
    );
    link_comparator_r_cmp_took r_cmp_took(
        .d(r_cmp_took$d),
        .q(r_cmp_took$q),
        .clock(r_cmp_took$clock)
    );
    link_comparator_r_cmp_held r_cmp_held(
        .d(r_cmp_held$d),
        .q(r_cmp_held$q),
        .clock(r_cmp_held$clock)
    );
    link_comparator_r_mismatch_event r_mismatch_event(
        .d(r_mismatch_event$d),
        .q(r_mismatch_event$q),
        .clock(r_mismatch_event$clock)
    );
    link_comparator_r_timeout_event r_timeout_event(
        .d(r_timeout_event$d),
        .q(r_timeout_event$q),
        .clock(r_timeout_event$clock)
    );
    link_comparator_r_differ_hold r_differ_hold(
        .d(r_differ_hold$d),
        .q(r_differ_hold$q),
        .clock(r_differ_hold$clock)
    );
    link_comparator_r_differ_take r_differ_take(
        .d(r_differ_take$d),
        .q(r_differ_take$q),
        .clock(r_differ_take$clock)
    );
    link_comparator_r_took r_took(
        .d(r_took$d),
        .q(r_took$q),
        .clock(r_took$clock)
    );
    link_comparator_r_took_last r_took_last(
        .d(r_took_last$d),
        .q(r_took_last$q),
        .clock(r_took_last$clock)
    );
    link_comparator_r_captured r_captured(
        .d(r_captured$d),
        .q(r_captured$q),
        .clock(r_captured$clock)
    );
    link_comparator_r_captured_hi r_captured_hi(
        .d(r_captured_hi$d),
        .q(r_captured_hi$q),
        .clock(r_captured_hi$clock)
    );
    link_comparator_r_expired r_expired(
        .d(r_expired$d),
        .q(r_expired$q),
        .clock(r_expired$clock)
    );

    // Update code
    always @(*) begin
        r_mismatch$clock = clock;
        r_timeout$clock = clock;
        r_halted$clock = clock;
        r_index_lo$clock = clock;
        r_index_hi$clock = clock;
        r_a$clock = clock;
        r_b$clock = clock;
        r_epoch$clock = clock;
        r_words_lo$clock = clock;
        r_words_hi$clock = clock;
        r_words_carry$clock = clock;
        r_frames$clock = clock;
        r_max_skew$clock = clock;
        r_nrun$clock = clock;
        r_cfg_en$clock = clock;
        r_cfg_a_only$clock = clock;
        r_cfg_b_only$clock = clock;
        r_fwd_b$clock = clock;
        r_cand$clock = clock;
        r_halt_took$clock = clock;
        r_halt_held$clock = clock;
        r_cmp_took$clock = clock;
        r_cmp_held$clock = clock;
        r_mismatch_event$clock = clock;
        r_timeout_event$clock = clock;
        r_differ_hold$clock = clock;
        r_differ_take$clock = clock;
        r_took$clock = clock;
        r_took_last$clock = clock;
        r_captured$clock = clock;
        r_captured_hi$clock = clock;
        r_expired$clock = clock;
        r_mismatch$d = r_mismatch$q;
        r_timeout$d = r_timeout$q;
        r_halted$d = r_halted$q;
        r_index_lo$d = r_index_lo$q;
        r_index_hi$d = r_index_hi$q;
        r_a$d = r_a$q;
        r_b$d = r_b$q;
        r_epoch$d = r_epoch$q;
        r_words_lo$d = r_words_lo$q;
        r_words_hi$d = r_words_hi$q;
        r_words_carry$d = r_words_carry$q;
        r_frames$d = r_frames$q;
        r_max_skew$d = r_max_skew$q;
        r_nrun$d = r_nrun$q;
        r_cfg_en$d = r_cfg_en$q;
        r_cfg_a_only$d = r_cfg_a_only$q;
        r_cfg_b_only$d = r_cfg_b_only$q;
        r_fwd_b$d = r_fwd_b$q;
        r_cand$d = r_cand$q;
        r_halt_took$d = r_halt_took$q;
        r_halt_held$d = r_halt_held$q;
        r_cmp_took$d = r_cmp_took$q;
        r_cmp_held$d = r_cmp_held$q;
        r_mismatch_event$d = r_mismatch_event$q;
        r_timeout_event$d = r_timeout_event$q;
        r_differ_hold$d = r_differ_hold$q;
        r_differ_take$d = r_differ_take$q;
        r_took$d = r_took$q;
        r_took_last$d = r_took_last$q;
        r_captured$d = r_captured$q;
        r_captured_hi$d = r_captured_hi$q;
        r_expired$d = r_expired$q;
        fifo_a$clock = clock;
        fifo_b$clock = clock;
        r_mismatch_event$d = 1'b0;
        r_timeout_event$d = 1'b0;
        r_captured$d = 1'b0;
        r_expired$d = 1'b0;
        duplex = ~r_cfg_a_only$q & ~r_cfg_b_only$q;
        fifo_a$rst = rst;
        fifo_b$rst = rst;
        fifo_a$flush = clear | r_cfg_b_only$q;
        fifo_b$flush = clear | r_cfg_a_only$q;
        fifo_a$din = a_data;
        fifo_a$din_last = a_last;
        fifo_b$din = b_data;
        fifo_b$din_last = b_last;
        a_ready = r_cfg_en$q & (r_cfg_b_only$q | ~fifo_a$full);
        b_ready = r_cfg_en$q & (r_cfg_a_only$q | ~fifo_b$full);
        fifo_a$push = r_cfg_en$q & ~r_cfg_b_only$q & a_valid;
        fifo_b$push = r_cfg_en$q & ~r_cfg_a_only$q & b_valid;
        differ_took = |r_differ_take$q;
        differ_held = |r_differ_hold$q;
        x_hold = fifo_a$hold_dout ^ fifo_b$hold_dout;
        x_take = fifo_a$pop_dout ^ fifo_b$pop_dout;
        part_hold = 32'h0;
        part_take = 32'h0;
        part_hold = (part_hold & ~(1 << (32'h0)) | ((|(x_hold & third0)) << (32'h0)));
        part_take = (part_take & ~(1 << (32'h0)) | ((|(x_take & third0)) << (32'h0)));
        part_hold = (part_hold & ~(1 << (32'h1)) | ((|(x_hold & third1)) << (32'h1)));
        part_take = (part_take & ~(1 << (32'h1)) | ((|(x_take & third1)) << (32'h1)));
        part_hold = (part_hold & ~(1 << (32'h2)) | ((|(x_hold & third2) | (fifo_a$hold_dout_last != fifo_b$hold_dout_last)) << (32'h2)));
        part_take = (part_take & ~(1 << (32'h2)) | ((|(x_take & third2) | (fifo_a$pop_dout_last != fifo_b$pop_dout_last)) << (32'h2)));
        r_differ_hold$d = part_hold;
        r_differ_take$d = part_take;
        halt_set = (r_halt_took$q & differ_took) | (r_halt_held$q & differ_held);
        forward = r_cand$q & ~halt_set;
        o_data = fifo_a$dout;
        o_last = fifo_a$dout_last;
        if (r_fwd_b$q) begin
            o_data = fifo_b$dout;
            o_last = fifo_b$dout_last;
        end
        o_valid = forward;
        take = o_ready & forward;
        r_took$d = take;
        r_took_last$d = take & o_last;
        fifo_a$pop = take;
        fifo_b$pop = take;
        words_lo_next = ((r_words_lo$q) & 33'h1ffffffff) + 32'h1;
        if (r_took$q) begin
            r_words_lo$d = words_lo_next[(32'h0)+:(32)];
        end
        r_words_carry$d = r_took$q & words_lo_next[32'h20];
        if (r_words_carry$q) begin
            r_words_hi$d = r_words_hi$q + 32'h1;
        end
        if (r_took_last$q) begin
            r_frames$d = r_frames$q + 32'h1;
        end
        detect = (r_cmp_took$q & differ_took) | (r_cmp_held$q & differ_held);
        if (detect & ~r_mismatch$q) begin
            r_mismatch$d = 1'b1;
            r_mismatch_event$d = 1'b1;
            r_captured$d = 1'b1;
            r_a$d = fifo_a$dout[(32'h0)+:(32)];
            r_b$d = fifo_b$dout[(32'h0)+:(32)];
            r_epoch$d = epoch;
        end
        halted_next = (r_halted$q | halt_set) & ~(rst | clear);
        r_halted$d = halted_next;
        duplex_in = (mode == 32'h0) | (mode == 32'h3);
        r_cfg_en$d = en;
        r_cfg_a_only$d = mode == 32'h1;
        r_cfg_b_only$d = mode == 32'h2;
        fwd_a_in = en & (mode == 32'h1);
        fwd_b_in = en & (mode == 32'h2);
        dup_in = en & duplex_in;
        r_fwd_b$d = fwd_b_in & ~halted_next;
        pushed_a = fifo_a$push & ~fifo_a$full;
        pushed_b = fifo_b$push & ~fifo_b$full;
        a_if_pop = ~rst & ~fifo_a$flush & (pushed_a | (fifo_a$fill > fill_one));
        b_if_pop = ~rst & ~fifo_b$flush & (pushed_b | (fifo_b$fill > fill_one));
        a_if_hold = ~rst & ~fifo_a$flush & (pushed_a | ~fifo_a$empty);
        b_if_hold = ~rst & ~fifo_b$flush & (pushed_b | ~fifo_b$empty);
        both_if_pop = a_if_pop & b_if_pop;
        both_if_hold = a_if_hold & b_if_hold;
        cand_if_pop = (fwd_a_in & a_if_pop) | (fwd_b_in & b_if_pop) | (dup_in & both_if_pop);
        cand_if_hold = (fwd_a_in & a_if_hold) | (fwd_b_in & b_if_hold) | (dup_in & both_if_hold);
        not_halted = ~r_halted$q & ~halt_set;
        r_cand$d = cand_if_hold & not_halted;
        if (take) begin
            r_cand$d = cand_if_pop & not_halted;
        end
        cmp_took = take & dup_in & both_if_pop & not_halted;
        cmp_held = ~take & dup_in & both_if_hold & not_halted;
        r_cmp_took$d = cmp_took;
        r_cmp_held$d = cmp_held;
        r_halt_took$d = cmp_took & halt_on_mismatch;
        r_halt_held$d = cmp_held & halt_on_mismatch;
        r_captured_hi$d = r_captured$q;
        if (r_captured$q) begin
            r_index_lo$d = r_words_lo$q;
        end
        if (r_captured_hi$q) begin
            r_index_hi$d = r_words_hi$q;
        end
        if (fifo_a$fill > fifo_b$fill) begin
            skew = fifo_a$fill - fifo_b$fill;
        end
        else begin
            skew = fifo_b$fill - fifo_a$fill;
        end
        if (duplex & (skew > r_max_skew$q)) begin
            r_max_skew$d = skew;
        end
        one_sided = r_cfg_en$q & duplex & (fifo_a$empty != fifo_b$empty);
        run_lo_sum = ((skew_timeout[(32'h0)+:(16)]) & 17'h1ffff) + ((r_nrun$q[(32'h0)+:(16)]) & 17'h1ffff);
        run_hi_sum = ((skew_timeout[(32'h10)+:(16)]) & 18'h3ffff) + ((r_nrun$q[(32'h10)+:(17)]) & 18'h3ffff);
        nrun_hi_inv = ~r_nrun$q[(32'h10)+:(17)];
        run_hi_sum_c = ((skew_timeout[(32'h10)+:(16)]) & 18'h3ffff) - ((nrun_hi_inv) & 18'h3ffff);
        below_limit = run_hi_sum[32'h11];
        if (run_lo_sum[32'h10]) begin
            below_limit = ~run_hi_sum_c[32'h11];
        end
        if (one_sided) begin
            if (r_nrun$q[32'h20]) begin
                r_nrun$d = r_nrun$q - 32'h1;
            end
            if (|skew_timeout & ~below_limit & ~r_timeout$q) begin
                r_expired$d = 1'b1;
            end
        end
        else begin
            r_nrun$d = run_reset;
        end
        if (r_expired$q) begin
            r_timeout$d = 1'b1;
            r_timeout_event$d = ~r_timeout$q;
        end
        if (rst | clear) begin
            r_mismatch$d = 1'b0;
            r_timeout$d = 1'b0;
            r_index_lo$d = 32'h0;
            r_index_hi$d = 32'h0;
            r_a$d = 32'h0;
            r_b$d = 32'h0;
            r_epoch$d = 32'h0;
            r_words_lo$d = 32'h0;
            r_words_hi$d = 32'h0;
            r_words_carry$d = 1'b0;
            r_frames$d = 32'h0;
            r_max_skew$d = 32'h0;
            r_nrun$d = run_reset;
            r_mismatch_event$d = 1'b0;
            r_timeout_event$d = 1'b0;
            r_took$d = 1'b0;
            r_took_last$d = 1'b0;
            r_captured$d = 1'b0;
            r_captured_hi$d = 1'b0;
            r_expired$d = 1'b0;
        end
        mismatch = r_mismatch$q;
        timeout = r_timeout$q;
        halted = r_halted$q;
        a_fill = ((fifo_a$fill) & 8'hff);
        b_fill = ((fifo_b$fill) & 8'hff);
        mismatch_index = ((r_index_lo$q) & 64'hffffffffffffffff) | (((r_index_hi$q) & 64'hffffffffffffffff) << 32'h20);
        mismatch_a = r_a$q;
        mismatch_b = r_b$q;
        mismatch_epoch = r_epoch$q;
        words = ((r_words_lo$q) & 64'hffffffffffffffff) | (((r_words_hi$q) & 64'hffffffffffffffff) << 32'h20);
        frames = r_frames$q;
        max_skew = ((r_max_skew$q) & 32'hffffffff);
        mismatch_event = r_mismatch_event$q;
        timeout_event = r_timeout_event$q;
    end

endmodule // link_comparator

module link_comparator_fifo_a(clock,rst,flush,push,din,din_last,full,pop,empty,dout,dout_last,hold_dout,hold_dout_last,pop_dout,pop_dout_last,fill);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  flush;
    input wire  push;
    input wire  [63:0] din;
    input wire  din_last;
    output reg  full;
    input wire  pop;
    output reg  empty;
    output reg  [63:0] dout;
    output reg  dout_last;
    output reg  [63:0] hold_dout;
    output reg  hold_dout_last;
    output reg  [63:0] pop_dout;
    output reg  pop_dout_last;
    output reg  [5:0] fill;

    // Constant declarations
    localparam  depth_m1 = 6'b11111;
    localparam  ram_used = 1'b1;
    localparam  one = 6'b1;
    localparam  two = 6'b10;

    // Stub signals
    reg  data$clock;
    reg  [4:0] data$read_address;
    wire  [63:0] data$read_data;
    reg  [4:0] data$write_address;
    reg  [63:0] data$write_data;
    reg  data$write_enable;
    reg  last$clock;
    reg  [4:0] last$read_address;
    wire  last$read_data;
    reg  [4:0] last$write_address;
    reg  last$write_data;
    reg  last$write_enable;
    reg  [63:0] head$d;
    wire  [63:0] head$q;
    reg  head$clock;
    reg  head_last$d;
    wire  head_last$q;
    reg  head_last$clock;
    reg  [63:0] second$d;
    wire  [63:0] second$q;
    reg  second$clock;
    reg  second_last$d;
    wire  second_last$q;
    reg  second_last$clock;
    reg  [4:0] wr_ptr$d;
    wire  [4:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [4:0] rd_ptr$d;
    wire  [4:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [5:0] r_fill$d;
    wire  [5:0] r_fill$q;
    reg  r_fill$clock;
    reg  r_nonempty$d;
    wire  r_nonempty$q;
    reg  r_nonempty$clock;
    reg  r_ram_nonempty$d;
    wire  r_ram_nonempty$q;
    reg  r_ram_nonempty$clock;
    reg  r_full$d;
    wire  r_full$q;
    reg  r_full$clock;

    // Local signals
    reg  pushing;
    reg  three_or_more;
    reg  [5:0] fill_hold;
    reg  [5:0] fill_pop;
    reg  nonempty_pop;
    reg  ram_nonempty_pop;
    reg  full_hold;
    reg  wr_step_pop;
    reg  wr_step_hold;
    reg  second_load_hold;
    reg  head_load_hold;

    // Sub module instances
    link_comparator_fifo_a_data data(
        .clock(data$clock),
        .read_address(data$read_address),
        .read_data(data$read_data),
        .write_address(data$write_address),
        .write_data(data$write_data),
        .write_enable(data$write_enable)
    );
    link_comparator_fifo_a_last last(
        .clock(last$clock),
        .read_address(last$read_address),
        .read_data(last$read_data),
        .write_address(last$write_address),
        .write_data(last$write_data),
        .write_enable(last$write_enable)
    );
    link_comparator_fifo_a_head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    link_comparator_fifo_a_head_last head_last(
        .d(head_last$d),
        .q(head_last$q),
        .clock(head_last$clock)
    );
    link_comparator_fifo_a_second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    link_comparator_fifo_a_second_last second_last(
        .d(second_last$d),
        .q(second_last$q),
        .clock(second_last$clock)
    );
    link_comparator_fifo_a_wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    link_comparator_fifo_a_rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    link_comparator_fifo_a_r_fill r_fill(
        .d(r_fill$d),
        .q(r_fill$q),
        .clock(r_fill$clock)
    );
    link_comparator_fifo_a_r_nonempty r_nonempty(
        .d(r_nonempty$d),
        .q(r_nonempty$q),
        .clock(r_nonempty$clock)
    );
    link_comparator_fifo_a_r_ram_nonempty r_ram_nonempty(
        .d(r_ram_nonempty$d),
        .q(r_ram_nonempty$q),
        .clock(r_ram_nonempty$clock)
    );
    link_comparator_fifo_a_r_full r_full(
        .d(r_full$d),
        .q(r_full$q),
        .clock(r_full$clock)
    );

    // Update code
    always @(*) begin
        head$clock = clock;
        head_last$clock = clock;
        second$clock = clock;
        second_last$clock = clock;
        wr_ptr$clock = clock;
        rd_ptr$clock = clock;
        r_fill$clock = clock;
        r_nonempty$clock = clock;
        r_ram_nonempty$clock = clock;
        r_full$clock = clock;
        head$d = head$q;
        head_last$d = head_last$q;
        second$d = second$q;
        second_last$d = second_last$q;
        wr_ptr$d = wr_ptr$q;
        rd_ptr$d = rd_ptr$q;
        r_fill$d = r_fill$q;
        r_nonempty$d = r_nonempty$q;
        r_ram_nonempty$d = r_ram_nonempty$q;
        r_full$d = r_full$q;
        data$clock = clock;
        last$clock = clock;
        empty = ~r_nonempty$q;
        full = r_full$q;
        fill = r_fill$q;
        dout = head$q;
        dout_last = head_last$q;
        pushing = push & ~r_full$q;
        data$write_address = wr_ptr$q;
        data$write_data = din;
        data$write_enable = pushing;
        last$write_address = wr_ptr$q;
        last$write_data = din_last;
        last$write_enable = pushing;
        data$read_address = rd_ptr$q + 32'h1;
        last$read_address = rd_ptr$q + 32'h1;
        hold_dout = head$q;
        hold_dout_last = head_last$q;
        if (~r_nonempty$q) begin
            hold_dout = din;
            hold_dout_last = din_last;
        end
        pop_dout = din;
        pop_dout_last = din_last;
        if (r_ram_nonempty$q) begin
            pop_dout = second$q;
            pop_dout_last = second_last$q;
        end
        fill_hold = r_fill$q;
        fill_pop = r_fill$q - 32'h1;
        if (pushing) begin
            fill_hold = r_fill$q + 32'h1;
            fill_pop = r_fill$q;
        end
        nonempty_pop = pushing | (r_fill$q != one);
        ram_nonempty_pop = r_ram_nonempty$q & (pushing | (r_fill$q != two));
        full_hold = r_full$q | (pushing & (r_fill$q == depth_m1));
        wr_step_pop = pushing & r_ram_nonempty$q;
        wr_step_hold = pushing & r_nonempty$q;
        wr_ptr$d = wr_ptr$q;
        rd_ptr$d = rd_ptr$q;
        if (pop) begin
            r_fill$d = fill_pop;
            r_nonempty$d = nonempty_pop;
            r_ram_nonempty$d = ram_nonempty_pop;
            r_full$d = 1'b0;
            if (wr_step_pop) begin
                wr_ptr$d = wr_ptr$q + 32'h1;
            end
            if (r_ram_nonempty$q) begin
                rd_ptr$d = rd_ptr$q + 32'h1;
            end
        end
        else begin
            r_fill$d = fill_hold;
            r_nonempty$d = r_nonempty$q | pushing;
            r_ram_nonempty$d = r_ram_nonempty$q | wr_step_hold;
            r_full$d = full_hold;
            if (wr_step_hold) begin
                wr_ptr$d = wr_ptr$q + 32'h1;
            end
        end
        head_load_hold = pushing & ~r_nonempty$q;
        head$d = head$q;
        head_last$d = head_last$q;
        if (pop | head_load_hold) begin
            head$d = din;
            head_last$d = din_last;
            if (r_ram_nonempty$q) begin
                head$d = second$q;
                head_last$d = second_last$q;
            end
        end
        three_or_more = ram_used & (r_fill$q > two);
        second_load_hold = wr_step_hold & ~r_ram_nonempty$q;
        second$d = second$q;
        second_last$d = second_last$q;
        if (pop | second_load_hold) begin
            second$d = din;
            second_last$d = din_last;
            if (three_or_more) begin
                second$d = data$read_data;
                second_last$d = last$read_data;
            end
        end
        if (rst | flush) begin
            head$d = head$q;
            head_last$d = head_last$q;
            wr_ptr$d = 32'h0;
            rd_ptr$d = 32'h0;
            r_fill$d = 32'h0;
            r_nonempty$d = 1'b0;
            r_ram_nonempty$d = 1'b0;
            r_full$d = 1'b0;
        end
    end

endmodule // link_comparator_fifo_a

module link_comparator_fifo_a_data(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [4:0] read_address;
    output reg  [63:0] read_data;
    input wire  [4:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [63:0] mem [0:31];
    integer i;
    initial begin
        for (i = 0; i <= 31; i = i + 1) mem[i] = 64'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // link_comparator_fifo_a_data

module link_comparator_fifo_a_head(d,q,clock);

    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 64'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // link_comparator_fifo_a_head

module link_comparator_fifo_a_head_last(d,q,clock);

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

endmodule // link_comparator_fifo_a_head_last

module link_comparator_fifo_a_last(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [4:0] read_address;
    output reg  read_data;
    input wire  [4:0] write_address;
    input wire  write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [0:0] mem [0:31];
    integer i;
    initial begin
        for (i = 0; i <= 31; i = i + 1) mem[i] = 1'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // link_comparator_fifo_a_last

module link_comparator_fifo_a_r_fill(d,q,clock);

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

endmodule // link_comparator_fifo_a_r_fill

module link_comparator_fifo_a_r_full(d,q,clock);

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

endmodule // link_comparator_fifo_a_r_full

module link_comparator_fifo_a_r_nonempty(d,q,clock);

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

endmodule // link_comparator_fifo_a_r_nonempty

module link_comparator_fifo_a_r_ram_nonempty(d,q,clock);

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

endmodule // link_comparator_fifo_a_r_ram_nonempty

module link_comparator_fifo_a_rd_ptr(d,q,clock);

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

endmodule // link_comparator_fifo_a_rd_ptr

module link_comparator_fifo_a_second(d,q,clock);

    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 64'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // link_comparator_fifo_a_second

module link_comparator_fifo_a_second_last(d,q,clock);

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

endmodule // link_comparator_fifo_a_second_last

module link_comparator_fifo_a_wr_ptr(d,q,clock);

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

endmodule // link_comparator_fifo_a_wr_ptr

module link_comparator_fifo_b(clock,rst,flush,push,din,din_last,full,pop,empty,dout,dout_last,hold_dout,hold_dout_last,pop_dout,pop_dout_last,fill);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  flush;
    input wire  push;
    input wire  [63:0] din;
    input wire  din_last;
    output reg  full;
    input wire  pop;
    output reg  empty;
    output reg  [63:0] dout;
    output reg  dout_last;
    output reg  [63:0] hold_dout;
    output reg  hold_dout_last;
    output reg  [63:0] pop_dout;
    output reg  pop_dout_last;
    output reg  [5:0] fill;

    // Constant declarations
    localparam  depth_m1 = 6'b11111;
    localparam  ram_used = 1'b1;
    localparam  one = 6'b1;
    localparam  two = 6'b10;

    // Stub signals
    reg  data$clock;
    reg  [4:0] data$read_address;
    wire  [63:0] data$read_data;
    reg  [4:0] data$write_address;
    reg  [63:0] data$write_data;
    reg  data$write_enable;
    reg  last$clock;
    reg  [4:0] last$read_address;
    wire  last$read_data;
    reg  [4:0] last$write_address;
    reg  last$write_data;
    reg  last$write_enable;
    reg  [63:0] head$d;
    wire  [63:0] head$q;
    reg  head$clock;
    reg  head_last$d;
    wire  head_last$q;
    reg  head_last$clock;
    reg  [63:0] second$d;
    wire  [63:0] second$q;
    reg  second$clock;
    reg  second_last$d;
    wire  second_last$q;
    reg  second_last$clock;
    reg  [4:0] wr_ptr$d;
    wire  [4:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [4:0] rd_ptr$d;
    wire  [4:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [5:0] r_fill$d;
    wire  [5:0] r_fill$q;
    reg  r_fill$clock;
    reg  r_nonempty$d;
    wire  r_nonempty$q;
    reg  r_nonempty$clock;
    reg  r_ram_nonempty$d;
    wire  r_ram_nonempty$q;
    reg  r_ram_nonempty$clock;
    reg  r_full$d;
    wire  r_full$q;
    reg  r_full$clock;

    // Local signals
    reg  pushing;
    reg  three_or_more;
    reg  [5:0] fill_hold;
    reg  [5:0] fill_pop;
    reg  nonempty_pop;
    reg  ram_nonempty_pop;
    reg  full_hold;
    reg  wr_step_pop;
    reg  wr_step_hold;
    reg  second_load_hold;
    reg  head_load_hold;

    // Sub module instances
    link_comparator_fifo_b_data data(
        .clock(data$clock),
        .read_address(data$read_address),
        .read_data(data$read_data),
        .write_address(data$write_address),
        .write_data(data$write_data),
        .write_enable(data$write_enable)
    );
    link_comparator_fifo_b_last last(
        .clock(last$clock),
        .read_address(last$read_address),
        .read_data(last$read_data),
        .write_address(last$write_address),
        .write_data(last$write_data),
        .write_enable(last$write_enable)
    );
    link_comparator_fifo_b_head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    link_comparator_fifo_b_head_last head_last(
        .d(head_last$d),
        .q(head_last$q),
        .clock(head_last$clock)
    );
    link_comparator_fifo_b_second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    link_comparator_fifo_b_second_last second_last(
        .d(second_last$d),
        .q(second_last$q),
        .clock(second_last$clock)
    );
    link_comparator_fifo_b_wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    link_comparator_fifo_b_rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    link_comparator_fifo_b_r_fill r_fill(
        .d(r_fill$d),
        .q(r_fill$q),
        .clock(r_fill$clock)
    );
    link_comparator_fifo_b_r_nonempty r_nonempty(
        .d(r_nonempty$d),
        .q(r_nonempty$q),
        .clock(r_nonempty$clock)
    );
    link_comparator_fifo_b_r_ram_nonempty r_ram_nonempty(
        .d(r_ram_nonempty$d),
        .q(r_ram_nonempty$q),
        .clock(r_ram_nonempty$clock)
    );
    link_comparator_fifo_b_r_full r_full(
        .d(r_full$d),
        .q(r_full$q),
        .clock(r_full$clock)
    );

    // Update code
    always @(*) begin
        head$clock = clock;
        head_last$clock = clock;
        second$clock = clock;
        second_last$clock = clock;
        wr_ptr$clock = clock;
        rd_ptr$clock = clock;
        r_fill$clock = clock;
        r_nonempty$clock = clock;
        r_ram_nonempty$clock = clock;
        r_full$clock = clock;
        head$d = head$q;
        head_last$d = head_last$q;
        second$d = second$q;
        second_last$d = second_last$q;
        wr_ptr$d = wr_ptr$q;
        rd_ptr$d = rd_ptr$q;
        r_fill$d = r_fill$q;
        r_nonempty$d = r_nonempty$q;
        r_ram_nonempty$d = r_ram_nonempty$q;
        r_full$d = r_full$q;
        data$clock = clock;
        last$clock = clock;
        empty = ~r_nonempty$q;
        full = r_full$q;
        fill = r_fill$q;
        dout = head$q;
        dout_last = head_last$q;
        pushing = push & ~r_full$q;
        data$write_address = wr_ptr$q;
        data$write_data = din;
        data$write_enable = pushing;
        last$write_address = wr_ptr$q;
        last$write_data = din_last;
        last$write_enable = pushing;
        data$read_address = rd_ptr$q + 32'h1;
        last$read_address = rd_ptr$q + 32'h1;
        hold_dout = head$q;
        hold_dout_last = head_last$q;
        if (~r_nonempty$q) begin
            hold_dout = din;
            hold_dout_last = din_last;
        end
        pop_dout = din;
        pop_dout_last = din_last;
        if (r_ram_nonempty$q) begin
            pop_dout = second$q;
            pop_dout_last = second_last$q;
        end
        fill_hold = r_fill$q;
        fill_pop = r_fill$q - 32'h1;
        if (pushing) begin
            fill_hold = r_fill$q + 32'h1;
            fill_pop = r_fill$q;
        end
        nonempty_pop = pushing | (r_fill$q != one);
        ram_nonempty_pop = r_ram_nonempty$q & (pushing | (r_fill$q != two));
        full_hold = r_full$q | (pushing & (r_fill$q == depth_m1));
        wr_step_pop = pushing & r_ram_nonempty$q;
        wr_step_hold = pushing & r_nonempty$q;
        wr_ptr$d = wr_ptr$q;
        rd_ptr$d = rd_ptr$q;
        if (pop) begin
            r_fill$d = fill_pop;
            r_nonempty$d = nonempty_pop;
            r_ram_nonempty$d = ram_nonempty_pop;
            r_full$d = 1'b0;
            if (wr_step_pop) begin
                wr_ptr$d = wr_ptr$q + 32'h1;
            end
            if (r_ram_nonempty$q) begin
                rd_ptr$d = rd_ptr$q + 32'h1;
            end
        end
        else begin
            r_fill$d = fill_hold;
            r_nonempty$d = r_nonempty$q | pushing;
            r_ram_nonempty$d = r_ram_nonempty$q | wr_step_hold;
            r_full$d = full_hold;
            if (wr_step_hold) begin
                wr_ptr$d = wr_ptr$q + 32'h1;
            end
        end
        head_load_hold = pushing & ~r_nonempty$q;
        head$d = head$q;
        head_last$d = head_last$q;
        if (pop | head_load_hold) begin
            head$d = din;
            head_last$d = din_last;
            if (r_ram_nonempty$q) begin
                head$d = second$q;
                head_last$d = second_last$q;
            end
        end
        three_or_more = ram_used & (r_fill$q > two);
        second_load_hold = wr_step_hold & ~r_ram_nonempty$q;
        second$d = second$q;
        second_last$d = second_last$q;
        if (pop | second_load_hold) begin
            second$d = din;
            second_last$d = din_last;
            if (three_or_more) begin
                second$d = data$read_data;
                second_last$d = last$read_data;
            end
        end
        if (rst | flush) begin
            head$d = head$q;
            head_last$d = head_last$q;
            wr_ptr$d = 32'h0;
            rd_ptr$d = 32'h0;
            r_fill$d = 32'h0;
            r_nonempty$d = 1'b0;
            r_ram_nonempty$d = 1'b0;
            r_full$d = 1'b0;
        end
    end

endmodule // link_comparator_fifo_b

module link_comparator_fifo_b_data(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [4:0] read_address;
    output reg  [63:0] read_data;
    input wire  [4:0] write_address;
    input wire  [63:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [63:0] mem [0:31];
    integer i;
    initial begin
        for (i = 0; i <= 31; i = i + 1) mem[i] = 64'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // link_comparator_fifo_b_data

module link_comparator_fifo_b_head(d,q,clock);

    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 64'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // link_comparator_fifo_b_head

module link_comparator_fifo_b_head_last(d,q,clock);

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

endmodule // link_comparator_fifo_b_head_last

module link_comparator_fifo_b_last(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [4:0] read_address;
    output reg  read_data;
    input wire  [4:0] write_address;
    input wire  write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [0:0] mem [0:31];
    integer i;
    initial begin
        for (i = 0; i <= 31; i = i + 1) mem[i] = 1'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // link_comparator_fifo_b_last

module link_comparator_fifo_b_r_fill(d,q,clock);

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

endmodule // link_comparator_fifo_b_r_fill

module link_comparator_fifo_b_r_full(d,q,clock);

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

endmodule // link_comparator_fifo_b_r_full

module link_comparator_fifo_b_r_nonempty(d,q,clock);

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

endmodule // link_comparator_fifo_b_r_nonempty

module link_comparator_fifo_b_r_ram_nonempty(d,q,clock);

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

endmodule // link_comparator_fifo_b_r_ram_nonempty

module link_comparator_fifo_b_rd_ptr(d,q,clock);

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

endmodule // link_comparator_fifo_b_rd_ptr

module link_comparator_fifo_b_second(d,q,clock);

    // Module arguments
    input wire  [63:0] d;
    output reg  [63:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 64'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // link_comparator_fifo_b_second

module link_comparator_fifo_b_second_last(d,q,clock);

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

endmodule // link_comparator_fifo_b_second_last

module link_comparator_fifo_b_wr_ptr(d,q,clock);

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

endmodule // link_comparator_fifo_b_wr_ptr

module link_comparator_r_a(d,q,clock);

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

endmodule // link_comparator_r_a

module link_comparator_r_b(d,q,clock);

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

endmodule // link_comparator_r_b

module link_comparator_r_cand(d,q,clock);

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

endmodule // link_comparator_r_cand

module link_comparator_r_captured(d,q,clock);

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

endmodule // link_comparator_r_captured

module link_comparator_r_captured_hi(d,q,clock);

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

endmodule // link_comparator_r_captured_hi

module link_comparator_r_cfg_a_only(d,q,clock);

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

endmodule // link_comparator_r_cfg_a_only

module link_comparator_r_cfg_b_only(d,q,clock);

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

endmodule // link_comparator_r_cfg_b_only

module link_comparator_r_cfg_en(d,q,clock);

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

endmodule // link_comparator_r_cfg_en

module link_comparator_r_cmp_held(d,q,clock);

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

endmodule // link_comparator_r_cmp_held

module link_comparator_r_cmp_took(d,q,clock);

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

endmodule // link_comparator_r_cmp_took

module link_comparator_r_differ_hold(d,q,clock);

    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 3'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // link_comparator_r_differ_hold

module link_comparator_r_differ_take(d,q,clock);

    // Module arguments
    input wire  [2:0] d;
    output reg  [2:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 3'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // link_comparator_r_differ_take

module link_comparator_r_epoch(d,q,clock);

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

endmodule // link_comparator_r_epoch

module link_comparator_r_expired(d,q,clock);

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

endmodule // link_comparator_r_expired

module link_comparator_r_frames(d,q,clock);

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

endmodule // link_comparator_r_frames

module link_comparator_r_fwd_b(d,q,clock);

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

endmodule // link_comparator_r_fwd_b

module link_comparator_r_halt_held(d,q,clock);

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

endmodule // link_comparator_r_halt_held

module link_comparator_r_halt_took(d,q,clock);

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

endmodule // link_comparator_r_halt_took

module link_comparator_r_halted(d,q,clock);

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

endmodule // link_comparator_r_halted

module link_comparator_r_index_hi(d,q,clock);

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

endmodule // link_comparator_r_index_hi

module link_comparator_r_index_lo(d,q,clock);

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

endmodule // link_comparator_r_index_lo

module link_comparator_r_max_skew(d,q,clock);

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

endmodule // link_comparator_r_max_skew

module link_comparator_r_mismatch(d,q,clock);

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

endmodule // link_comparator_r_mismatch

module link_comparator_r_mismatch_event(d,q,clock);

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

endmodule // link_comparator_r_mismatch_event

module link_comparator_r_nrun(d,q,clock);

    // Module arguments
    input wire  [32:0] d;
    output reg  [32:0] q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 33'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // link_comparator_r_nrun

module link_comparator_r_timeout(d,q,clock);

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

endmodule // link_comparator_r_timeout

module link_comparator_r_timeout_event(d,q,clock);

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

endmodule // link_comparator_r_timeout_event

module link_comparator_r_took(d,q,clock);

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

endmodule // link_comparator_r_took

module link_comparator_r_took_last(d,q,clock);

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

endmodule // link_comparator_r_took_last

module link_comparator_r_words_carry(d,q,clock);

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

endmodule // link_comparator_r_words_carry

module link_comparator_r_words_hi(d,q,clock);

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

endmodule // link_comparator_r_words_hi

module link_comparator_r_words_lo(d,q,clock);

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

endmodule // link_comparator_r_words_lo
