// rtl/uart/ftsync_uart_top.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: ftsync_uart_top: ftsync_core (default parameters) behind the UART-to-Wishbone bridge, 25 MHz clock, 115200 baud (217 clocks per bit); hdl-gen/src/uart_top.rs.
// Instantiates ftsync_core (the default generation): read it with rtl/*.v, which hold the core.

module ftsync_uart_top(clk,rst,uart_rx,uart_tx,snoop_valid,snoop_ready,snoop_addr,snoop_len,ce_retire,ce_drain,ce_hold,a_valid,a_ready,a_data,a_last,b_valid,b_ready,b_data,b_last,o_valid,o_ready,o_data,o_last,irq);

    // Module arguments
    input wire  clk;
    input wire  rst;
    input wire  uart_rx;
    output reg  uart_tx;
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

    // Stub signals
    reg  core$clk;
    reg  core$rst;
    reg  [15:0] core$wb_adr;
    reg  [31:0] core$wb_dat_w;
    wire  [31:0] core$wb_dat_r;
    reg  [3:0] core$wb_sel;
    reg  core$wb_we;
    reg  core$wb_cyc;
    reg  core$wb_stb;
    wire  core$wb_ack;
    reg  core$snoop_valid;
    wire  core$snoop_ready;
    reg  [47:0] core$snoop_addr;
    reg  [15:0] core$snoop_len;
    reg  core$ce_retire;
    reg  core$ce_drain;
    wire  core$ce_hold;
    reg  core$a_valid;
    wire  core$a_ready;
    reg  [63:0] core$a_data;
    reg  core$a_last;
    reg  core$b_valid;
    wire  core$b_ready;
    reg  [63:0] core$b_data;
    reg  core$b_last;
    wire  core$o_valid;
    reg  core$o_ready;
    wire  [63:0] core$o_data;
    wire  core$o_last;
    wire  core$irq;
    reg  bridge$clock;
    reg  bridge$rst;
    reg  bridge$rx;
    wire  bridge$tx;
    wire  [15:0] bridge$wb_adr;
    wire  [31:0] bridge$wb_dat_w;
    reg  [31:0] bridge$wb_dat_r;
    wire  [3:0] bridge$wb_sel;
    wire  bridge$wb_we;
    wire  bridge$wb_cyc;
    wire  bridge$wb_stb;
    reg  bridge$wb_ack;
    wire  [15:0] bridge$frames_answered;
    wire  [15:0] bridge$frames_refused;
    wire  [15:0] bridge$frames_dropped;
    wire  [15:0] bridge$garbage;
    wire  [15:0] bridge$bus_timeouts;

    // Sub module instances
    ftsync_core core(
        .clk(core$clk),
        .rst(core$rst),
        .wb_adr(core$wb_adr),
        .wb_dat_w(core$wb_dat_w),
        .wb_dat_r(core$wb_dat_r),
        .wb_sel(core$wb_sel),
        .wb_we(core$wb_we),
        .wb_cyc(core$wb_cyc),
        .wb_stb(core$wb_stb),
        .wb_ack(core$wb_ack),
        .snoop_valid(core$snoop_valid),
        .snoop_ready(core$snoop_ready),
        .snoop_addr(core$snoop_addr),
        .snoop_len(core$snoop_len),
        .ce_retire(core$ce_retire),
        .ce_drain(core$ce_drain),
        .ce_hold(core$ce_hold),
        .a_valid(core$a_valid),
        .a_ready(core$a_ready),
        .a_data(core$a_data),
        .a_last(core$a_last),
        .b_valid(core$b_valid),
        .b_ready(core$b_ready),
        .b_data(core$b_data),
        .b_last(core$b_last),
        .o_valid(core$o_valid),
        .o_ready(core$o_ready),
        .o_data(core$o_data),
        .o_last(core$o_last),
        .irq(core$irq)
    );
    ftsync_uart_top_bridge bridge(
        .clock(bridge$clock),
        .rst(bridge$rst),
        .rx(bridge$rx),
        .tx(bridge$tx),
        .wb_adr(bridge$wb_adr),
        .wb_dat_w(bridge$wb_dat_w),
        .wb_dat_r(bridge$wb_dat_r),
        .wb_sel(bridge$wb_sel),
        .wb_we(bridge$wb_we),
        .wb_cyc(bridge$wb_cyc),
        .wb_stb(bridge$wb_stb),
        .wb_ack(bridge$wb_ack),
        .frames_answered(bridge$frames_answered),
        .frames_refused(bridge$frames_refused),
        .frames_dropped(bridge$frames_dropped),
        .garbage(bridge$garbage),
        .bus_timeouts(bridge$bus_timeouts)
    );

    // Update code
    always @(*) begin
        core$clk = clk;
        bridge$clock = clk;
        core$rst = rst;
        bridge$rst = rst;
        bridge$rx = uart_rx;
        uart_tx = bridge$tx;
        core$wb_adr = bridge$wb_adr;
        core$wb_dat_w = bridge$wb_dat_w;
        core$wb_sel = bridge$wb_sel;
        core$wb_we = bridge$wb_we;
        core$wb_cyc = bridge$wb_cyc;
        core$wb_stb = bridge$wb_stb;
        bridge$wb_dat_r = core$wb_dat_r;
        bridge$wb_ack = core$wb_ack;
        core$snoop_valid = snoop_valid;
        snoop_ready = core$snoop_ready;
        core$snoop_addr = snoop_addr;
        core$snoop_len = snoop_len;
        core$ce_retire = ce_retire;
        core$ce_drain = ce_drain;
        ce_hold = core$ce_hold;
        core$a_valid = a_valid;
        a_ready = core$a_ready;
        core$a_data = a_data;
        core$a_last = a_last;
        core$b_valid = b_valid;
        b_ready = core$b_ready;
        core$b_data = b_data;
        core$b_last = b_last;
        o_valid = core$o_valid;
        core$o_ready = o_ready;
        o_data = core$o_data;
        o_last = core$o_last;
        irq = core$irq;
    end

endmodule // ftsync_uart_top

module ftsync_uart_top_bridge(clock,rst,rx,tx,wb_adr,wb_dat_w,wb_dat_r,wb_sel,wb_we,wb_cyc,wb_stb,wb_ack,frames_answered,frames_refused,frames_dropped,garbage,bus_timeouts);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  rx;
    output reg  tx;
    output reg  [15:0] wb_adr;
    output reg  [31:0] wb_dat_w;
    input wire  [31:0] wb_dat_r;
    output reg  [3:0] wb_sel;
    output reg  wb_we;
    output reg  wb_cyc;
    output reg  wb_stb;
    input wire  wb_ack;
    output reg  [15:0] frames_answered;
    output reg  [15:0] frames_refused;
    output reg  [15:0] frames_dropped;
    output reg  [15:0] garbage;
    output reg  [15:0] bus_timeouts;

    // Constant declarations
    localparam  byte_timeout = 24'h3d090;
    localparam  bus_timeout = 24'h1000;
    localparam  all_lanes = 4'hf;
    localparam  sync_byte = 8'ha5;
    localparam  version = 4'h1;
    localparam  cmd_ping = 4'h0;
    localparam  cmd_read = 4'h1;
    localparam  cmd_write = 4'ha;
    localparam  st_ok = 8'h10;
    localparam  st_ok_data = 8'h18;
    localparam  st_bad_checksum = 8'h11;
    localparam  st_bad_command = 8'h12;
    localparam  st_bad_version = 8'h13;
    localparam  st_timeout = 8'h14;

    // Stub signals
    reg  urx$clock;
    reg  urx$rst;
    reg  urx$rx;
    wire  [7:0] urx$data;
    wire  urx$valid;
    wire  urx$frame_error;
    reg  utx$clock;
    reg  utx$rst;
    reg  [7:0] utx$data;
    reg  utx$valid;
    wire  utx$ready;
    wire  utx$tx;
    reg  [1:0] state$d;
    wire  [1:0] state$q;
    reg  state$clock;
    reg  [3:0] idx$d;
    wire  [3:0] idx$q;
    reg  idx$clock;
    reg  [7:0] head$d;
    wire  [7:0] head$q;
    reg  head$clock;
    reg  [7:0] seq$d;
    wire  [7:0] seq$q;
    reg  seq$clock;
    reg  [15:0] adr$d;
    wire  [15:0] adr$q;
    reg  adr$clock;
    reg  [31:0] dat$d;
    wire  [31:0] dat$q;
    reg  dat$clock;
    reg  [7:0] crc$d;
    wire  [7:0] crc$q;
    reg  crc$clock;
    reg  [7:0] status$d;
    wire  [7:0] status$q;
    reg  status$clock;
    reg  [23:0] timer$d;
    wire  [23:0] timer$q;
    reg  timer$clock;
    reg  cyc$d;
    wire  cyc$q;
    reg  cyc$clock;
    reg  we$d;
    wire  we$q;
    reg  we$clock;
    reg  [15:0] n_answered$d;
    wire  [15:0] n_answered$q;
    reg  n_answered$clock;
    reg  [15:0] n_refused$d;
    wire  [15:0] n_refused$q;
    reg  n_refused$clock;
    reg  [15:0] n_dropped$d;
    wire  [15:0] n_dropped$q;
    reg  n_dropped$clock;
    reg  [15:0] n_garbage$d;
    wire  [15:0] n_garbage$q;
    reg  n_garbage$clock;
    reg  [15:0] n_timeouts$d;
    wire  [15:0] n_timeouts$q;
    reg  n_timeouts$clock;

    // Local signals
    reg  [7:0] out_byte;
    reg  [7:0] crc_in;
    reg  [9:0] crc_x;
    reg  [9:0] crc_e;
    reg  [7:0] fold8;
    reg  [7:0] fold9;
    reg  [7:0] crc_next;
    reg  rx_last;
    reg  tx_last;
    reg  [3:0] head_version;
    reg  [3:0] head_cmd;
    reg  junk;

    // Sub module instances
    ftsync_uart_top_bridge_urx urx(
        .clock(urx$clock),
        .rst(urx$rst),
        .rx(urx$rx),
        .data(urx$data),
        .valid(urx$valid),
        .frame_error(urx$frame_error)
    );
    ftsync_uart_top_bridge_utx utx(
        .clock(utx$clock),
        .rst(utx$rst),
        .data(utx$data),
        .valid(utx$valid),
        .ready(utx$ready),
        .tx(utx$tx)
    );
    ftsync_uart_top_bridge_state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    ftsync_uart_top_bridge_idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    ftsync_uart_top_bridge_head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    ftsync_uart_top_bridge_seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    ftsync_uart_top_bridge_adr adr(
        .d(adr$d),
        .q(adr$q),
        .clock(adr$clock)
    );
    ftsync_uart_top_bridge_dat dat(
        .d(dat$d),
        .q(dat$q),
        .clock(dat$clock)
    );
    ftsync_uart_top_bridge_crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    ftsync_uart_top_bridge_status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    ftsync_uart_top_bridge_timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    ftsync_uart_top_bridge_cyc cyc(
        .d(cyc$d),
        .q(cyc$q),
        .clock(cyc$clock)
    );
    ftsync_uart_top_bridge_we we(
        .d(we$d),
        .q(we$q),
        .clock(we$clock)
    );
    ftsync_uart_top_bridge_n_answered n_answered(
        .d(n_answered$d),
        .q(n_answered$q),
        .clock(n_answered$clock)
    );
    ftsync_uart_top_bridge_n_refused n_refused(
        .d(n_refused$d),
        .q(n_refused$q),
        .clock(n_refused$clock)
    );
    ftsync_uart_top_bridge_n_dropped n_dropped(
        .d(n_dropped$d),
        .q(n_dropped$q),
        .clock(n_dropped$clock)
    );
    ftsync_uart_top_bridge_n_garbage n_garbage(
        .d(n_garbage$d),
        .q(n_garbage$q),
        .clock(n_garbage$clock)
    );
    ftsync_uart_top_bridge_n_timeouts n_timeouts(
        .d(n_timeouts$d),
        .q(n_timeouts$q),
        .clock(n_timeouts$clock)
    );

    // Update code
    always @(*) begin
        state$clock = clock;
        idx$clock = clock;
        head$clock = clock;
        seq$clock = clock;
        adr$clock = clock;
        dat$clock = clock;
        crc$clock = clock;
        status$clock = clock;
        timer$clock = clock;
        cyc$clock = clock;
        we$clock = clock;
        n_answered$clock = clock;
        n_refused$clock = clock;
        n_dropped$clock = clock;
        n_garbage$clock = clock;
        n_timeouts$clock = clock;
        state$d = state$q;
        idx$d = idx$q;
        head$d = head$q;
        seq$d = seq$q;
        adr$d = adr$q;
        dat$d = dat$q;
        crc$d = crc$q;
        status$d = status$q;
        timer$d = timer$q;
        cyc$d = cyc$q;
        we$d = we$q;
        n_answered$d = n_answered$q;
        n_refused$d = n_refused$q;
        n_dropped$d = n_dropped$q;
        n_garbage$d = n_garbage$q;
        n_timeouts$d = n_timeouts$q;
        urx$clock = clock;
        utx$clock = clock;
        urx$rst = rst;
        utx$rst = rst;
        urx$rx = rx;
        tx = utx$tx;
        wb_cyc = cyc$q;
        wb_stb = cyc$q;
        wb_we = we$q;
        wb_adr = adr$q;
        wb_dat_w = dat$q;
        wb_sel = all_lanes;
        head_version = head$q[(32'h4)+:(4)];
        head_cmd = head$q[(32'h0)+:(4)];
        rx_last = ((idx$q == 32'h4) & ~head$q[32'h3]) | (idx$q == 32'h8);
        tx_last = ((idx$q == 32'h3) & ~status$q[32'h3]) | (idx$q == 32'h7);
        out_byte = dat$q[(32'h0)+:(8)];
        case (idx$q)
            0:
                begin
                    out_byte = sync_byte;
                end
            1:
                begin
                    out_byte = status$q;
                end
            2:
                begin
                    out_byte = seq$q;
                end
            default:
                begin
                    if (tx_last) begin
                        out_byte = crc$q;
                    end
                end
        endcase
        utx$data = out_byte;
        utx$valid = state$q == 32'h3;
        crc_in = urx$data;
        if (state$q == 32'h3) begin
            crc_in = out_byte;
        end
        crc_x = ((crc$q ^ crc_in) & 10'h3ff);
        crc_e = crc_x ^ (crc_x << 32'h1) ^ (crc_x << 32'h2);
        fold8 = 32'h0;
        if (crc_e[32'h8]) begin
            fold8 = 32'h7;
        end
        fold9 = 32'h0;
        if (crc_e[32'h9]) begin
            fold9 = 32'he;
        end
        crc_next = crc_e[(32'h0)+:(8)] ^ fold8 ^ fold9;
        timer$d = timer$q + 32'h1;
        junk = 1'b0;
        case (state$q)
            0:
                begin
                    if (urx$valid & (urx$data == sync_byte)) begin
                        state$d = 32'h1;
                        idx$d = 32'h0;
                        crc$d = 32'h0;
                        timer$d = 32'h0;
                    end
                    else begin
                        junk = urx$valid | urx$frame_error;
                    end
                end
            1:
                begin
                    if (urx$valid) begin
                        crc$d = crc_next;
                        idx$d = idx$q + 32'h1;
                        timer$d = 32'h0;
                        if (idx$q == 32'h0) begin
                            head$d = urx$data;
                        end
                        if (idx$q == 32'h1) begin
                            seq$d = urx$data;
                        end
                        if ((idx$q == 32'h2) | (idx$q == 32'h3)) begin
                            adr$d = (((urx$data) & 16'hffff) << 32'h8) | (adr$q >> 32'h8);
                        end
                        if ((idx$q >= 32'h4) & ~rx_last) begin
                            dat$d = (((urx$data) & 32'hffffffff) << 32'h18) | (dat$q >> 32'h8);
                        end
                        if (rx_last) begin
                            idx$d = 32'h0;
                            crc$d = 32'h0;
                            state$d = 32'h3;
                            if (crc_next != 32'h0) begin
                                status$d = st_bad_checksum;
                                n_refused$d = n_refused$q + 32'h1;
                            end
                            else if (head_version != version) begin
                                status$d = st_bad_version;
                                n_refused$d = n_refused$q + 32'h1;
                            end
                            else if (head_cmd == cmd_ping) begin
                                status$d = st_ok_data;
                                dat$d = (((adr$q) & 32'hffffffff) << 32'h10) | ((version) & 32'hffffffff);
                            end
                            else if (head_cmd == cmd_read) begin
                                we$d = 1'b0;
                                cyc$d = 1'b1;
                                state$d = 32'h2;
                            end
                            else if (head_cmd == cmd_write) begin
                                we$d = 1'b1;
                                cyc$d = 1'b1;
                                state$d = 32'h2;
                            end
                            else begin
                                status$d = st_bad_command;
                                n_refused$d = n_refused$q + 32'h1;
                            end
                        end
                    end
                    else if (urx$frame_error | (timer$q == byte_timeout)) begin
                        n_dropped$d = n_dropped$q + 32'h1;
                        state$d = 32'h0;
                    end
                end
            2:
                begin
                    junk = urx$valid | urx$frame_error;
                    if (wb_ack) begin
                        cyc$d = 1'b0;
                        state$d = 32'h3;
                        status$d = st_ok;
                        if (~we$q) begin
                            status$d = st_ok_data;
                            dat$d = wb_dat_r;
                        end
                    end
                    else if (timer$q == bus_timeout) begin
                        cyc$d = 1'b0;
                        state$d = 32'h3;
                        status$d = st_timeout;
                        n_timeouts$d = n_timeouts$q + 32'h1;
                    end
                end
            default:
                begin
                    junk = urx$valid | urx$frame_error;
                    if (utx$ready) begin
                        idx$d = idx$q + 32'h1;
                        if (idx$q != 32'h0) begin
                            crc$d = crc_next;
                        end
                        if ((idx$q >= 32'h3) & ~tx_last) begin
                            dat$d = dat$q >> 32'h8;
                        end
                        if (tx_last) begin
                            state$d = 32'h0;
                            n_answered$d = n_answered$q + 32'h1;
                        end
                    end
                end
        endcase
        if (junk) begin
            n_garbage$d = n_garbage$q + 32'h1;
        end
        if (rst) begin
            state$d = 32'h0;
            cyc$d = 1'b0;
            we$d = 1'b0;
            n_answered$d = 32'h0;
            n_refused$d = 32'h0;
            n_dropped$d = 32'h0;
            n_garbage$d = 32'h0;
            n_timeouts$d = 32'h0;
        end
        frames_answered = n_answered$q;
        frames_refused = n_refused$q;
        frames_dropped = n_dropped$q;
        garbage = n_garbage$q;
        bus_timeouts = n_timeouts$q;
    end

endmodule // ftsync_uart_top_bridge

module ftsync_uart_top_bridge_adr(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_adr

module ftsync_uart_top_bridge_crc(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_crc

module ftsync_uart_top_bridge_cyc(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_cyc

module ftsync_uart_top_bridge_dat(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_dat

module ftsync_uart_top_bridge_head(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_head

module ftsync_uart_top_bridge_idx(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_idx

module ftsync_uart_top_bridge_n_answered(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_n_answered

module ftsync_uart_top_bridge_n_dropped(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_n_dropped

module ftsync_uart_top_bridge_n_garbage(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_n_garbage

module ftsync_uart_top_bridge_n_refused(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_n_refused

module ftsync_uart_top_bridge_n_timeouts(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_n_timeouts

module ftsync_uart_top_bridge_seq(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_seq

module ftsync_uart_top_bridge_state(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_state

module ftsync_uart_top_bridge_status(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_status

module ftsync_uart_top_bridge_timer(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_timer

module ftsync_uart_top_bridge_urx(clock,rst,rx,data,valid,frame_error);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  rx;
    output reg  [7:0] data;
    output reg  valid;
    output reg  frame_error;

    // Constant declarations
    localparam  bit_len = 16'hd8;
    localparam  half_len = 16'h6b;

    // Stub signals
    reg  sync1_n$d;
    wire  sync1_n$q;
    reg  sync1_n$clock;
    reg  sync2_n$d;
    wire  sync2_n$q;
    reg  sync2_n$clock;
    reg  [2:0] state$d;
    wire  [2:0] state$q;
    reg  state$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  [2:0] nbit$d;
    wire  [2:0] nbit$q;
    reg  nbit$clock;
    reg  [7:0] shift$d;
    wire  [7:0] shift$q;
    reg  shift$clock;
    reg  r_valid$d;
    wire  r_valid$q;
    reg  r_valid$clock;
    reg  r_ferr$d;
    wire  r_ferr$q;
    reg  r_ferr$clock;

    // Local signals
    reg  line;
    reg  [7:0] shifted;

    // Sub module instances
    ftsync_uart_top_bridge_urx_sync1_n sync1_n(
        .d(sync1_n$d),
        .q(sync1_n$q),
        .clock(sync1_n$clock)
    );
    ftsync_uart_top_bridge_urx_sync2_n sync2_n(
        .d(sync2_n$d),
        .q(sync2_n$q),
        .clock(sync2_n$clock)
    );
    ftsync_uart_top_bridge_urx_state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    ftsync_uart_top_bridge_urx_count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    ftsync_uart_top_bridge_urx_nbit nbit(
        .d(nbit$d),
        .q(nbit$q),
        .clock(nbit$clock)
    );
    ftsync_uart_top_bridge_urx_shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    ftsync_uart_top_bridge_urx_r_valid r_valid(
        .d(r_valid$d),
        .q(r_valid$q),
        .clock(r_valid$clock)
    );
    ftsync_uart_top_bridge_urx_r_ferr r_ferr(
        .d(r_ferr$d),
        .q(r_ferr$q),
        .clock(r_ferr$clock)
    );

    // Update code
    always @(*) begin
        sync1_n$clock = clock;
        sync2_n$clock = clock;
        state$clock = clock;
        count$clock = clock;
        nbit$clock = clock;
        shift$clock = clock;
        r_valid$clock = clock;
        r_ferr$clock = clock;
        sync1_n$d = sync1_n$q;
        sync2_n$d = sync2_n$q;
        state$d = state$q;
        count$d = count$q;
        nbit$d = nbit$q;
        shift$d = shift$q;
        r_valid$d = r_valid$q;
        r_ferr$d = r_ferr$q;
        sync1_n$d = ~rx;
        sync2_n$d = sync1_n$q;
        line = ~sync2_n$q;
        r_valid$d = 1'b0;
        r_ferr$d = 1'b0;
        shifted = shift$q >> 32'h1;
        if (count$q != 32'h0) begin
            count$d = count$q - 32'h1;
        end
        case (state$q)
            0:
                begin
                    if (~line) begin
                        count$d = half_len;
                        state$d = 32'h1;
                    end
                end
            1:
                begin
                    if (count$q == 32'h0) begin
                        if (line) begin
                            state$d = 32'h0;
                        end
                        else begin
                            count$d = bit_len;
                            nbit$d = 32'h0;
                            state$d = 32'h2;
                        end
                    end
                end
            2:
                begin
                    if (count$q == 32'h0) begin
                        shift$d = (shifted & ~(1 << (32'h7)) | ((line) << (32'h7)));
                        count$d = bit_len;
                        nbit$d = nbit$q + 32'h1;
                        if (nbit$q == 32'h7) begin
                            state$d = 32'h3;
                        end
                    end
                end
            3:
                begin
                    if (count$q == 32'h0) begin
                        if (line) begin
                            r_valid$d = 1'b1;
                            state$d = 32'h0;
                        end
                        else begin
                            r_ferr$d = 1'b1;
                            state$d = 32'h4;
                        end
                    end
                end
            default:
                begin
                    if (line) begin
                        state$d = 32'h0;
                    end
                end
        endcase
        if (rst) begin
            state$d = 32'h0;
            count$d = 32'h0;
            r_valid$d = 1'b0;
            r_ferr$d = 1'b0;
        end
        data = shift$q;
        valid = r_valid$q;
        frame_error = r_ferr$q;
    end

endmodule // ftsync_uart_top_bridge_urx

module ftsync_uart_top_bridge_urx_count(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_urx_count

module ftsync_uart_top_bridge_urx_nbit(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_urx_nbit

module ftsync_uart_top_bridge_urx_r_ferr(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_urx_r_ferr

module ftsync_uart_top_bridge_urx_r_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_urx_r_valid

module ftsync_uart_top_bridge_urx_shift(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_urx_shift

module ftsync_uart_top_bridge_urx_state(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_urx_state

module ftsync_uart_top_bridge_urx_sync1_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_urx_sync1_n

module ftsync_uart_top_bridge_urx_sync2_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_urx_sync2_n

module ftsync_uart_top_bridge_utx(clock,rst,data,valid,ready,tx);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  [7:0] data;
    input wire  valid;
    output reg  ready;
    output reg  tx;

    // Constant declarations
    localparam  bit_len = 16'hd8;

    // Stub signals
    reg  busy$d;
    wire  busy$q;
    reg  busy$clock;
    reg  [8:0] shift$d;
    wire  [8:0] shift$q;
    reg  shift$clock;
    reg  [3:0] left$d;
    wire  [3:0] left$q;
    reg  left$clock;
    reg  [15:0] count$d;
    wire  [15:0] count$q;
    reg  count$clock;
    reg  line_n$d;
    wire  line_n$q;
    reg  line_n$clock;

    // Local signals
    reg  [8:0] framed;

    // Sub module instances
    ftsync_uart_top_bridge_utx_busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    ftsync_uart_top_bridge_utx_shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    ftsync_uart_top_bridge_utx_left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    ftsync_uart_top_bridge_utx_count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    ftsync_uart_top_bridge_utx_line_n line_n(
        .d(line_n$d),
        .q(line_n$q),
        .clock(line_n$clock)
    );

    // Update code
    always @(*) begin
        busy$clock = clock;
        shift$clock = clock;
        left$clock = clock;
        count$clock = clock;
        line_n$clock = clock;
        busy$d = busy$q;
        shift$d = shift$q;
        left$d = left$q;
        count$d = count$q;
        line_n$d = line_n$q;
        framed = ((data) & 9'h1ff) | 32'h100;
        if (busy$q) begin
            if (count$q != 32'h0) begin
                count$d = count$q - 32'h1;
            end
            else if (left$q == 32'h0) begin
                busy$d = 1'b0;
            end
            else begin
                line_n$d = ~shift$q[32'h0];
                shift$d = shift$q >> 32'h1;
                left$d = left$q - 32'h1;
                count$d = bit_len;
            end
        end
        else if (valid) begin
            line_n$d = 1'b1;
            shift$d = framed;
            left$d = 32'h9;
            count$d = bit_len;
            busy$d = 1'b1;
        end
        if (rst) begin
            busy$d = 1'b0;
            line_n$d = 1'b0;
        end
        ready = ~busy$q;
        tx = ~line_n$q;
    end

endmodule // ftsync_uart_top_bridge_utx

module ftsync_uart_top_bridge_utx_busy(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_utx_busy

module ftsync_uart_top_bridge_utx_count(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_utx_count

module ftsync_uart_top_bridge_utx_left(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_utx_left

module ftsync_uart_top_bridge_utx_line_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_utx_line_n

module ftsync_uart_top_bridge_utx_shift(d,q,clock);

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

endmodule // ftsync_uart_top_bridge_utx_shift

module ftsync_uart_top_bridge_we(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ftsync_uart_top_bridge_we
