// rtl/epoch_counter.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: ftsync_core; ports and registers in docs/regmap.md.

module epoch_counter(clock,rst,en,auto_reload,hold_at_end,src,drain_ends,load,load_written,resume,retire,drain,write_event,count,number,held,expired,epoch_end,ce_hold);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  en;
    input wire  auto_reload;
    input wire  hold_at_end;
    input wire  [1:0] src;
    input wire  drain_ends;
    input wire  [31:0] load;
    input wire  load_written;
    input wire  resume;
    input wire  retire;
    input wire  drain;
    input wire  write_event;
    output reg  [31:0] count;
    output reg  [63:0] number;
    output reg  held;
    output reg  expired;
    output reg  epoch_end;
    output reg  ce_hold;

    // Stub signals
    reg  [31:0] r_count$d;
    wire  [31:0] r_count$q;
    reg  r_count$clock;
    reg  [31:0] r_number_lo$d;
    wire  [31:0] r_number_lo$q;
    reg  r_number_lo$clock;
    reg  [31:0] r_number_hi$d;
    wire  [31:0] r_number_hi$q;
    reg  r_number_hi$clock;
    reg  r_number_carry$d;
    wire  r_number_carry$q;
    reg  r_number_carry$clock;
    reg  r_number_lo_max$d;
    wire  r_number_lo_max$q;
    reg  r_number_lo_max$clock;
    reg  r_held$d;
    wire  r_held$q;
    reg  r_held$clock;
    reg  r_expired$d;
    wire  r_expired$q;
    reg  r_expired$clock;
    reg  r_active$d;
    wire  r_active$q;
    reg  r_active$clock;
    reg  r_en$d;
    wire  r_en$q;
    reg  r_en$clock;
    reg  r_src_retire$d;
    wire  r_src_retire$q;
    reg  r_src_retire$clock;
    reg  r_drain_ends$d;
    wire  r_drain_ends$q;
    reg  r_drain_ends$clock;
    reg  r_hold_at_end$d;
    wire  r_hold_at_end$q;
    reg  r_hold_at_end$clock;
    reg  r_auto_reload$d;
    wire  r_auto_reload$q;
    reg  r_auto_reload$clock;
    reg  r_end$d;
    wire  r_end$q;
    reg  r_end$clock;
    reg  r_counted_anyway$d;
    wire  r_counted_anyway$q;
    reg  r_counted_anyway$clock;
    reg  r_is_1$d;
    wire  r_is_1$q;
    reg  r_is_1$clock;
    reg  r_nonzero$d;
    wire  r_nonzero$q;
    reg  r_nonzero$clock;
    reg  r_load_is_1$d;
    wire  r_load_is_1$q;
    reg  r_load_is_1$clock;
    reg  r_load_nonzero$d;
    wire  r_load_nonzero$q;
    reg  r_load_nonzero$clock;
    reg  r_lo_zero$d;
    wire  r_lo_zero$q;
    reg  r_lo_zero$clock;
    reg  r_load_lo_zero$d;
    wire  r_load_lo_zero$q;
    reg  r_load_lo_zero$clock;

    // Local signals
    reg  starting;
    reg  restart;
    reg  active;
    reg  counted;
    reg  drained;
    reg  ends;
    reg  ends_if_counted;
    reg  moves_if_counted;
    reg  [31:0] count_dec;
    reg  [31:0] number_inc;
    reg  held_next;
    reg  expired_next;

    // Sub module instances
    epoch_counter_r_count r_count(
        .d(r_count$d),
        .q(r_count$q),
        .clock(r_count$clock)
    );
    epoch_counter_r_number_lo r_number_lo(
        .d(r_number_lo$d),
        .q(r_number_lo$q),
        .clock(r_number_lo$clock)
    );
    epoch_counter_r_number_hi r_number_hi(
        .d(r_number_hi$d),
        .q(r_number_hi$q),
        .clock(r_number_hi$clock)
    );
    epoch_counter_r_number_carry r_number_carry(
        .d(r_number_carry$d),
        .q(r_number_carry$q),
        .clock(r_number_carry$clock)
    );
    epoch_counter_r_number_lo_max r_number_lo_max(
        .d(r_number_lo_max$d),
        .q(r_number_lo_max$q),
        .clock(r_number_lo_max$clock)
    );
    epoch_counter_r_held r_held(
        .d(r_held$d),
        .q(r_held$q),
        .clock(r_held$clock)
    );
    epoch_counter_r_expired r_expired(
        .d(r_expired$d),
        .q(r_expired$q),
        .clock(r_expired$clock)
    );
    epoch_counter_r_active r_active(
        .d(r_active$d),
        .q(r_active$q),
        .clock(r_active$clock)
    );
    epoch_counter_r_en r_en(
        .d(r_en$d),
        .q(r_en$q),
        .clock(r_en$clock)
    );
    epoch_counter_r_src_retire r_src_retire(
        .d(r_src_retire$d),
        .q(r_src_retire$q),
        .clock(r_src_retire$clock)
    );
    epoch_counter_r_drain_ends r_drain_ends(
        .d(r_drain_ends$d),
        .q(r_drain_ends$q),
        .clock(r_drain_ends$clock)
    );
    epoch_counter_r_hold_at_end r_hold_at_end(
        .d(r_hold_at_end$d),
        .q(r_hold_at_end$q),
        .clock(r_hold_at_end$clock)
    );
    epoch_counter_r_auto_reload r_auto_reload(
        .d(r_auto_reload$d),
        .q(r_auto_reload$q),
        .clock(r_auto_reload$clock)
    );
    epoch_counter_r_end r_end(
        .d(r_end$d),
        .q(r_end$q),
        .clock(r_end$clock)
    );
    epoch_counter_r_counted_anyway r_counted_anyway(
        .d(r_counted_anyway$d),
        .q(r_counted_anyway$q),
        .clock(r_counted_anyway$clock)
    );
    epoch_counter_r_is_1 r_is_1(
        .d(r_is_1$d),
        .q(r_is_1$q),
        .clock(r_is_1$clock)
    );
    epoch_counter_r_nonzero r_nonzero(
        .d(r_nonzero$d),
        .q(r_nonzero$q),
        .clock(r_nonzero$clock)
    );
    epoch_counter_r_load_is_1 r_load_is_1(
        .d(r_load_is_1$d),
        .q(r_load_is_1$q),
        .clock(r_load_is_1$clock)
    );
    epoch_counter_r_load_nonzero r_load_nonzero(
        .d(r_load_nonzero$d),
        .q(r_load_nonzero$q),
        .clock(r_load_nonzero$clock)
    );
    epoch_counter_r_lo_zero r_lo_zero(
        .d(r_lo_zero$d),
        .q(r_lo_zero$q),
        .clock(r_lo_zero$clock)
    );
    epoch_counter_r_load_lo_zero r_load_lo_zero(
        .d(r_load_lo_zero$d),
        .q(r_load_lo_zero$q),
        .clock(r_load_lo_zero$clock)
    );

    // Update code
    always @(*) begin
        r_count$clock = clock;
        r_number_lo$clock = clock;
        r_number_hi$clock = clock;
        r_number_carry$clock = clock;
        r_number_lo_max$clock = clock;
        r_held$clock = clock;
        r_expired$clock = clock;
        r_active$clock = clock;
        r_en$clock = clock;
        r_src_retire$clock = clock;
        r_drain_ends$clock = clock;
        r_hold_at_end$clock = clock;
        r_auto_reload$clock = clock;
        r_end$clock = clock;
        r_counted_anyway$clock = clock;
        r_is_1$clock = clock;
        r_nonzero$clock = clock;
        r_load_is_1$clock = clock;
        r_load_nonzero$clock = clock;
        r_lo_zero$clock = clock;
        r_load_lo_zero$clock = clock;
        r_count$d = r_count$q;
        r_number_lo$d = r_number_lo$q;
        r_number_hi$d = r_number_hi$q;
        r_number_carry$d = r_number_carry$q;
        r_number_lo_max$d = r_number_lo_max$q;
        r_held$d = r_held$q;
        r_expired$d = r_expired$q;
        r_active$d = r_active$q;
        r_en$d = r_en$q;
        r_src_retire$d = r_src_retire$q;
        r_drain_ends$d = r_drain_ends$q;
        r_hold_at_end$d = r_hold_at_end$q;
        r_auto_reload$d = r_auto_reload$q;
        r_end$d = r_end$q;
        r_counted_anyway$d = r_counted_anyway$q;
        r_is_1$d = r_is_1$q;
        r_nonzero$d = r_nonzero$q;
        r_load_is_1$d = r_load_is_1$q;
        r_load_nonzero$d = r_load_nonzero$q;
        r_lo_zero$d = r_lo_zero$q;
        r_load_lo_zero$d = r_load_lo_zero$q;
        r_en$d = en;
        r_counted_anyway$d = (write_event & (src == 32'h1)) | (src == 32'h2);
        r_src_retire$d = src == 32'h0;
        r_drain_ends$d = drain_ends;
        r_hold_at_end$d = hold_at_end;
        r_auto_reload$d = auto_reload;
        r_load_is_1$d = load == 32'h1;
        r_load_nonzero$d = load != 32'h0;
        r_load_lo_zero$d = load[(32'h0)+:(16)] == 32'h0;
        r_end$d = 1'b0;
        starting = en & ~r_en$q;
        restart = starting | load_written;
        active = r_active$q;
        counted = (retire & r_src_retire$q) | r_counted_anyway$q;
        drained = active & r_drain_ends$q & drain;
        ends_if_counted = active & r_is_1$q;
        moves_if_counted = active & r_nonzero$q;
        ends = drained | (counted & ends_if_counted);
        count_dec = (((r_count$q[(32'h10)+:(16)] - ((r_lo_zero$q) & 16'hffff)) & 32'hffffffff) << 32'h10) | ((r_count$q[(32'h0)+:(16)] - 32'h1) & 32'hffffffff);
        if (restart) begin
            r_count$d = load;
            r_is_1$d = load == 32'h1;
            r_nonzero$d = load != 32'h0;
            r_lo_zero$d = load[(32'h0)+:(16)] == 32'h0;
        end
        else if (ends) begin
            r_count$d = load;
            r_is_1$d = r_load_is_1$q;
            r_nonzero$d = r_load_nonzero$q;
            r_lo_zero$d = r_load_lo_zero$q;
        end
        else if (counted & moves_if_counted) begin
            r_count$d = count_dec;
            r_is_1$d = r_count$q == 32'h2;
            r_nonzero$d = ~r_is_1$q;
            r_lo_zero$d = r_count$q[(32'h0)+:(16)] == 32'h1;
        end
        number_inc = r_number_lo$q + 32'h1;
        r_number_carry$d = 1'b0;
        if (r_number_carry$q) begin
            r_number_hi$d = r_number_hi$q + 32'h1;
        end
        held_next = ~rst & ~(resume & r_held$q) & (r_held$q | (ends & r_hold_at_end$q));
        expired_next = ~rst & ~starting & (r_expired$q | (ends & ~r_auto_reload$q));
        r_held$d = held_next;
        r_expired$d = expired_next;
        r_active$d = en & ~rst & ~held_next & ~expired_next;
        if (ends) begin
            r_number_lo$d = number_inc;
            r_number_carry$d = r_number_lo_max$q;
            r_number_lo_max$d = r_number_lo$q == 64'hfffffffe;
            r_end$d = 1'b1;
        end
        if (rst) begin
            r_count$d = 32'h0;
            r_is_1$d = 1'b0;
            r_nonzero$d = 1'b0;
            r_lo_zero$d = 1'b1;
            r_number_lo$d = 32'h0;
            r_number_hi$d = 32'h0;
            r_number_carry$d = 1'b0;
            r_number_lo_max$d = 1'b0;
            r_en$d = 1'b0;
            r_end$d = 1'b0;
            r_counted_anyway$d = 1'b0;
        end
        count = r_count$q;
        number = (((r_number_hi$q) & 64'hffffffffffffffff) << 32'h20) | ((r_number_lo$q) & 64'hffffffffffffffff);
        held = r_held$q;
        expired = r_expired$q;
        epoch_end = r_end$q;
        ce_hold = r_held$q;
    end

endmodule // epoch_counter

module epoch_counter_r_active(d,q,clock);

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

endmodule // epoch_counter_r_active

module epoch_counter_r_auto_reload(d,q,clock);

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

endmodule // epoch_counter_r_auto_reload

module epoch_counter_r_count(d,q,clock);

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

endmodule // epoch_counter_r_count

module epoch_counter_r_counted_anyway(d,q,clock);

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

endmodule // epoch_counter_r_counted_anyway

module epoch_counter_r_drain_ends(d,q,clock);

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

endmodule // epoch_counter_r_drain_ends

module epoch_counter_r_en(d,q,clock);

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

endmodule // epoch_counter_r_en

module epoch_counter_r_end(d,q,clock);

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

endmodule // epoch_counter_r_end

module epoch_counter_r_expired(d,q,clock);

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

endmodule // epoch_counter_r_expired

module epoch_counter_r_held(d,q,clock);

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

endmodule // epoch_counter_r_held

module epoch_counter_r_hold_at_end(d,q,clock);

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

endmodule // epoch_counter_r_hold_at_end

module epoch_counter_r_is_1(d,q,clock);

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

endmodule // epoch_counter_r_is_1

module epoch_counter_r_lo_zero(d,q,clock);

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

endmodule // epoch_counter_r_lo_zero

module epoch_counter_r_load_is_1(d,q,clock);

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

endmodule // epoch_counter_r_load_is_1

module epoch_counter_r_load_lo_zero(d,q,clock);

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

endmodule // epoch_counter_r_load_lo_zero

module epoch_counter_r_load_nonzero(d,q,clock);

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

endmodule // epoch_counter_r_load_nonzero

module epoch_counter_r_nonzero(d,q,clock);

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

endmodule // epoch_counter_r_nonzero

module epoch_counter_r_number_carry(d,q,clock);

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

endmodule // epoch_counter_r_number_carry

module epoch_counter_r_number_hi(d,q,clock);

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

endmodule // epoch_counter_r_number_hi

module epoch_counter_r_number_lo(d,q,clock);

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

endmodule // epoch_counter_r_number_lo

module epoch_counter_r_number_lo_max(d,q,clock);

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

endmodule // epoch_counter_r_number_lo_max

module epoch_counter_r_src_retire(d,q,clock);

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

endmodule // epoch_counter_r_src_retire
