// rtl/boards/icebreaker_top.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: icebreaker_top: iCEBreaker (iCE40 UP5K) board top, ftsync_uart_top with 32-bit streams and 8-word FIFOs on the 12 MHz oscillator; hdl-gen/src/boards/icebreaker.rs, pins in constraints/icebreaker/icebreaker.pcf.
// Self-contained: every module it instantiates is below, none is shared with rtl/*.v.

module icebreaker_top(CLK,RX,TX,BTN_N,LEDR_N,LEDG_N,LED1,LED2,LED3,LED4,LED5);

    // Module arguments
    input wire  CLK;
    input wire  RX;
    output reg  TX;
    input wire  BTN_N;
    output reg  LEDR_N;
    output reg  LEDG_N;
    output reg  LED1;
    output reg  LED2;
    output reg  LED3;
    output reg  LED4;
    output reg  LED5;

    // Stub signals
    reg  glue$clock;
    reg  glue$reset_button;
    reg  glue$drain_button;
    reg  glue$retire_button;
    reg  glue$rx_line;
    reg  glue$tx_line;
    wire  glue$rst;
    wire  glue$ce_drain;
    wire  glue$ce_retire;
    wire  glue$heartbeat;
    wire  glue$rx_active;
    wire  glue$tx_active;
    wire  glue$button_active;
    reg  ftsync$clk;
    reg  ftsync$rst;
    reg  ftsync$uart_rx;
    wire  ftsync$uart_tx;
    reg  ftsync$snoop_valid;
    wire  ftsync$snoop_ready;
    reg  [47:0] ftsync$snoop_addr;
    reg  [15:0] ftsync$snoop_len;
    reg  ftsync$ce_retire;
    reg  ftsync$ce_drain;
    wire  ftsync$ce_hold;
    reg  ftsync$a_valid;
    wire  ftsync$a_ready;
    reg  [31:0] ftsync$a_data;
    reg  ftsync$a_last;
    reg  ftsync$b_valid;
    wire  ftsync$b_ready;
    reg  [31:0] ftsync$b_data;
    reg  ftsync$b_last;
    wire  ftsync$o_valid;
    reg  ftsync$o_ready;
    wire  [31:0] ftsync$o_data;
    wire  ftsync$o_last;
    wire  ftsync$irq;

    // Sub module instances
    icebreaker_top_glue glue(
        .clock(glue$clock),
        .reset_button(glue$reset_button),
        .drain_button(glue$drain_button),
        .retire_button(glue$retire_button),
        .rx_line(glue$rx_line),
        .tx_line(glue$tx_line),
        .rst(glue$rst),
        .ce_drain(glue$ce_drain),
        .ce_retire(glue$ce_retire),
        .heartbeat(glue$heartbeat),
        .rx_active(glue$rx_active),
        .tx_active(glue$tx_active),
        .button_active(glue$button_active)
    );
    icebreaker_top_ftsync ftsync(
        .clk(ftsync$clk),
        .rst(ftsync$rst),
        .uart_rx(ftsync$uart_rx),
        .uart_tx(ftsync$uart_tx),
        .snoop_valid(ftsync$snoop_valid),
        .snoop_ready(ftsync$snoop_ready),
        .snoop_addr(ftsync$snoop_addr),
        .snoop_len(ftsync$snoop_len),
        .ce_retire(ftsync$ce_retire),
        .ce_drain(ftsync$ce_drain),
        .ce_hold(ftsync$ce_hold),
        .a_valid(ftsync$a_valid),
        .a_ready(ftsync$a_ready),
        .a_data(ftsync$a_data),
        .a_last(ftsync$a_last),
        .b_valid(ftsync$b_valid),
        .b_ready(ftsync$b_ready),
        .b_data(ftsync$b_data),
        .b_last(ftsync$b_last),
        .o_valid(ftsync$o_valid),
        .o_ready(ftsync$o_ready),
        .o_data(ftsync$o_data),
        .o_last(ftsync$o_last),
        .irq(ftsync$irq)
    );

    // Update code
    always @(*) begin
        glue$clock = CLK;
        ftsync$clk = CLK;
        glue$reset_button = ~BTN_N;
        glue$drain_button = 1'b0;
        glue$retire_button = 1'b0;
        glue$rx_line = RX;
        glue$tx_line = ftsync$uart_tx;
        ftsync$rst = glue$rst;
        ftsync$uart_rx = RX;
        TX = ftsync$uart_tx;
        ftsync$snoop_valid = 1'b0;
        ftsync$snoop_addr = 32'h0;
        ftsync$snoop_len = 32'h0;
        ftsync$ce_retire = glue$ce_retire;
        ftsync$ce_drain = glue$ce_drain;
        ftsync$a_valid = 1'b0;
        ftsync$a_data = 32'h0;
        ftsync$a_last = 1'b0;
        ftsync$b_valid = 1'b0;
        ftsync$b_data = 32'h0;
        ftsync$b_last = 1'b0;
        ftsync$o_ready = 1'b1;
        LEDG_N = ~glue$heartbeat;
        LEDR_N = ~ftsync$irq;
        LED1 = glue$rx_active;
        LED2 = glue$tx_active;
        LED3 = ftsync$ce_hold;
        LED4 = ~ftsync$snoop_ready;
        LED5 = glue$rst;
    end

endmodule // icebreaker_top

module icebreaker_top_ftsync(clk,rst,uart_rx,uart_tx,snoop_valid,snoop_ready,snoop_addr,snoop_len,ce_retire,ce_drain,ce_hold,a_valid,a_ready,a_data,a_last,b_valid,b_ready,b_data,b_last,o_valid,o_ready,o_data,o_last,irq);

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
    input wire  [31:0] a_data;
    input wire  a_last;
    input wire  b_valid;
    output reg  b_ready;
    input wire  [31:0] b_data;
    input wire  b_last;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [31:0] o_data;
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
    reg  [31:0] core$a_data;
    reg  core$a_last;
    reg  core$b_valid;
    wire  core$b_ready;
    reg  [31:0] core$b_data;
    reg  core$b_last;
    wire  core$o_valid;
    reg  core$o_ready;
    wire  [31:0] core$o_data;
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
    icebreaker_top_ftsync_core core(
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
    icebreaker_top_ftsync_bridge bridge(
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

endmodule // icebreaker_top_ftsync

module icebreaker_top_ftsync_bridge(clock,rst,rx,tx,wb_adr,wb_dat_w,wb_dat_r,wb_sel,wb_we,wb_cyc,wb_stb,wb_ack,frames_answered,frames_refused,frames_dropped,garbage,bus_timeouts);

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
    localparam  byte_timeout = 24'h1d4c0;
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
    icebreaker_top_ftsync_bridge_urx urx(
        .clock(urx$clock),
        .rst(urx$rst),
        .rx(urx$rx),
        .data(urx$data),
        .valid(urx$valid),
        .frame_error(urx$frame_error)
    );
    icebreaker_top_ftsync_bridge_utx utx(
        .clock(utx$clock),
        .rst(utx$rst),
        .data(utx$data),
        .valid(utx$valid),
        .ready(utx$ready),
        .tx(utx$tx)
    );
    icebreaker_top_ftsync_bridge_state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    icebreaker_top_ftsync_bridge_idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    icebreaker_top_ftsync_bridge_head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    icebreaker_top_ftsync_bridge_seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    icebreaker_top_ftsync_bridge_adr adr(
        .d(adr$d),
        .q(adr$q),
        .clock(adr$clock)
    );
    icebreaker_top_ftsync_bridge_dat dat(
        .d(dat$d),
        .q(dat$q),
        .clock(dat$clock)
    );
    icebreaker_top_ftsync_bridge_crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    icebreaker_top_ftsync_bridge_status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    icebreaker_top_ftsync_bridge_timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    icebreaker_top_ftsync_bridge_cyc cyc(
        .d(cyc$d),
        .q(cyc$q),
        .clock(cyc$clock)
    );
    icebreaker_top_ftsync_bridge_we we(
        .d(we$d),
        .q(we$q),
        .clock(we$clock)
    );
    icebreaker_top_ftsync_bridge_n_answered n_answered(
        .d(n_answered$d),
        .q(n_answered$q),
        .clock(n_answered$clock)
    );
    icebreaker_top_ftsync_bridge_n_refused n_refused(
        .d(n_refused$d),
        .q(n_refused$q),
        .clock(n_refused$clock)
    );
    icebreaker_top_ftsync_bridge_n_dropped n_dropped(
        .d(n_dropped$d),
        .q(n_dropped$q),
        .clock(n_dropped$clock)
    );
    icebreaker_top_ftsync_bridge_n_garbage n_garbage(
        .d(n_garbage$d),
        .q(n_garbage$q),
        .clock(n_garbage$clock)
    );
    icebreaker_top_ftsync_bridge_n_timeouts n_timeouts(
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

endmodule // icebreaker_top_ftsync_bridge

module icebreaker_top_ftsync_bridge_adr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_adr

module icebreaker_top_ftsync_bridge_crc(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_crc

module icebreaker_top_ftsync_bridge_cyc(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_cyc

module icebreaker_top_ftsync_bridge_dat(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_dat

module icebreaker_top_ftsync_bridge_head(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_head

module icebreaker_top_ftsync_bridge_idx(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_idx

module icebreaker_top_ftsync_bridge_n_answered(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_n_answered

module icebreaker_top_ftsync_bridge_n_dropped(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_n_dropped

module icebreaker_top_ftsync_bridge_n_garbage(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_n_garbage

module icebreaker_top_ftsync_bridge_n_refused(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_n_refused

module icebreaker_top_ftsync_bridge_n_timeouts(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_n_timeouts

module icebreaker_top_ftsync_bridge_seq(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_seq

module icebreaker_top_ftsync_bridge_state(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_state

module icebreaker_top_ftsync_bridge_status(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_status

module icebreaker_top_ftsync_bridge_timer(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_timer

module icebreaker_top_ftsync_bridge_urx(clock,rst,rx,data,valid,frame_error);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  rx;
    output reg  [7:0] data;
    output reg  valid;
    output reg  frame_error;

    // Constant declarations
    localparam  bit_len = 16'h67;
    localparam  half_len = 16'h33;

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
    icebreaker_top_ftsync_bridge_urx_sync1_n sync1_n(
        .d(sync1_n$d),
        .q(sync1_n$q),
        .clock(sync1_n$clock)
    );
    icebreaker_top_ftsync_bridge_urx_sync2_n sync2_n(
        .d(sync2_n$d),
        .q(sync2_n$q),
        .clock(sync2_n$clock)
    );
    icebreaker_top_ftsync_bridge_urx_state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    icebreaker_top_ftsync_bridge_urx_count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    icebreaker_top_ftsync_bridge_urx_nbit nbit(
        .d(nbit$d),
        .q(nbit$q),
        .clock(nbit$clock)
    );
    icebreaker_top_ftsync_bridge_urx_shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    icebreaker_top_ftsync_bridge_urx_r_valid r_valid(
        .d(r_valid$d),
        .q(r_valid$q),
        .clock(r_valid$clock)
    );
    icebreaker_top_ftsync_bridge_urx_r_ferr r_ferr(
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

endmodule // icebreaker_top_ftsync_bridge_urx

module icebreaker_top_ftsync_bridge_urx_count(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_urx_count

module icebreaker_top_ftsync_bridge_urx_nbit(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_urx_nbit

module icebreaker_top_ftsync_bridge_urx_r_ferr(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_urx_r_ferr

module icebreaker_top_ftsync_bridge_urx_r_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_urx_r_valid

module icebreaker_top_ftsync_bridge_urx_shift(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_urx_shift

module icebreaker_top_ftsync_bridge_urx_state(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_urx_state

module icebreaker_top_ftsync_bridge_urx_sync1_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_urx_sync1_n

module icebreaker_top_ftsync_bridge_urx_sync2_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_urx_sync2_n

module icebreaker_top_ftsync_bridge_utx(clock,rst,data,valid,ready,tx);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  [7:0] data;
    input wire  valid;
    output reg  ready;
    output reg  tx;

    // Constant declarations
    localparam  bit_len = 16'h67;

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
    icebreaker_top_ftsync_bridge_utx_busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    icebreaker_top_ftsync_bridge_utx_shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    icebreaker_top_ftsync_bridge_utx_left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    icebreaker_top_ftsync_bridge_utx_count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    icebreaker_top_ftsync_bridge_utx_line_n line_n(
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

endmodule // icebreaker_top_ftsync_bridge_utx

module icebreaker_top_ftsync_bridge_utx_busy(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_utx_busy

module icebreaker_top_ftsync_bridge_utx_count(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_utx_count

module icebreaker_top_ftsync_bridge_utx_left(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_utx_left

module icebreaker_top_ftsync_bridge_utx_line_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_utx_line_n

module icebreaker_top_ftsync_bridge_utx_shift(d,q,clock);

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

endmodule // icebreaker_top_ftsync_bridge_utx_shift

module icebreaker_top_ftsync_bridge_we(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_bridge_we

module icebreaker_top_ftsync_core(clk,rst,wb_adr,wb_dat_w,wb_dat_r,wb_sel,wb_we,wb_cyc,wb_stb,wb_ack,snoop_valid,snoop_ready,snoop_addr,snoop_len,ce_retire,ce_drain,ce_hold,a_valid,a_ready,a_data,a_last,b_valid,b_ready,b_data,b_last,o_valid,o_ready,o_data,o_last,irq);

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
    input wire  [31:0] a_data;
    input wire  a_last;
    input wire  b_valid;
    output reg  b_ready;
    input wire  [31:0] b_data;
    input wire  b_last;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [31:0] o_data;
    output reg  o_last;
    output reg  irq;

    // Constant declarations
    localparam  id_value = 32'h46545359;
    localparam  version_major = 16'h0;
    localparam  version_minor = 8'h1;
    localparam  version_patch = 8'h0;
    localparam  caps_capacity_log2 = 5'b1110;
    localparam  caps_stream_width = 8'h20;
    localparam  caps_fifo_depth_log2 = 4'h3;

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
    reg  [31:0] cmp$a_data;
    reg  cmp$a_last;
    reg  cmp$b_valid;
    wire  cmp$b_ready;
    reg  [31:0] cmp$b_data;
    reg  cmp$b_last;
    wire  cmp$o_valid;
    reg  cmp$o_ready;
    wire  [31:0] cmp$o_data;
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
    icebreaker_top_ftsync_core_csr csr(
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
    icebreaker_top_ftsync_core_tracker tracker(
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
    icebreaker_top_ftsync_core_epoch epoch(
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
    icebreaker_top_ftsync_core_cmp cmp(
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

endmodule // icebreaker_top_ftsync_core

module icebreaker_top_ftsync_core_cmp(clock,rst,a_valid,a_ready,a_data,a_last,b_valid,b_ready,b_data,b_last,o_valid,o_ready,o_data,o_last,en,mode,halt_on_mismatch,clear,skew_timeout,epoch,mismatch,timeout,halted,a_fill,b_fill,mismatch_index,mismatch_a,mismatch_b,mismatch_epoch,words,frames,max_skew,mismatch_event,timeout_event);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  a_valid;
    output reg  a_ready;
    input wire  [31:0] a_data;
    input wire  a_last;
    input wire  b_valid;
    output reg  b_ready;
    input wire  [31:0] b_data;
    input wire  b_last;
    output reg  o_valid;
    input wire  o_ready;
    output reg  [31:0] o_data;
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
    localparam  fill_one = 4'h1;
    localparam  third0 = 32'h7ff;
    localparam  third1 = 32'h3ff800;
    localparam  third2 = 32'hffc00000;
    localparam  run_reset = 33'h1fffffffe;

    // Stub signals
    reg  fifo_a$clock;
    reg  fifo_a$rst;
    reg  fifo_a$flush;
    reg  fifo_a$push;
    reg  [31:0] fifo_a$din;
    reg  fifo_a$din_last;
    wire  fifo_a$full;
    reg  fifo_a$pop;
    wire  fifo_a$empty;
    wire  [31:0] fifo_a$dout;
    wire  fifo_a$dout_last;
    wire  [31:0] fifo_a$hold_dout;
    wire  fifo_a$hold_dout_last;
    wire  [31:0] fifo_a$pop_dout;
    wire  fifo_a$pop_dout_last;
    wire  [3:0] fifo_a$fill;
    reg  fifo_b$clock;
    reg  fifo_b$rst;
    reg  fifo_b$flush;
    reg  fifo_b$push;
    reg  [31:0] fifo_b$din;
    reg  fifo_b$din_last;
    wire  fifo_b$full;
    reg  fifo_b$pop;
    wire  fifo_b$empty;
    wire  [31:0] fifo_b$dout;
    wire  fifo_b$dout_last;
    wire  [31:0] fifo_b$hold_dout;
    wire  fifo_b$hold_dout_last;
    wire  [31:0] fifo_b$pop_dout;
    wire  fifo_b$pop_dout_last;
    wire  [3:0] fifo_b$fill;
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
    reg  [3:0] r_max_skew$d;
    wire  [3:0] r_max_skew$q;
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
    reg  [3:0] skew;
    reg  [32:0] words_lo_next;
    reg  [16:0] run_lo_sum;
    reg  [17:0] run_hi_sum;
    reg  [17:0] run_hi_sum_c;
    reg  [16:0] nrun_hi_inv;
    reg  below_limit;
    reg  [31:0] x_hold;
    reg  [31:0] x_take;
    reg  [2:0] part_hold;
    reg  [2:0] part_take;

    // Sub module instances
    icebreaker_top_ftsync_core_cmp_fifo_a fifo_a(
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
    icebreaker_top_ftsync_core_cmp_fifo_b fifo_b(
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
    icebreaker_top_ftsync_core_cmp_r_mismatch r_mismatch(
        .d(r_mismatch$d),
        .q(r_mismatch$q),
        .clock(r_mismatch$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_timeout r_timeout(
        .d(r_timeout$d),
        .q(r_timeout$q),
        .clock(r_timeout$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_halted r_halted(
        .d(r_halted$d),
        .q(r_halted$q),
        .clock(r_halted$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_index_lo r_index_lo(
        .d(r_index_lo$d),
        .q(r_index_lo$q),
        .clock(r_index_lo$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_index_hi r_index_hi(
        .d(r_index_hi$d),
        .q(r_index_hi$q),
        .clock(r_index_hi$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_a r_a(
        .d(r_a$d),
        .q(r_a$q),
        .clock(r_a$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_b r_b(
        .d(r_b$d),
        .q(r_b$q),
        .clock(r_b$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_epoch r_epoch(
        .d(r_epoch$d),
        .q(r_epoch$q),
        .clock(r_epoch$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_words_lo r_words_lo(
        .d(r_words_lo$d),
        .q(r_words_lo$q),
        .clock(r_words_lo$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_words_hi r_words_hi(
        .d(r_words_hi$d),
        .q(r_words_hi$q),
        .clock(r_words_hi$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_words_carry r_words_carry(
        .d(r_words_carry$d),
        .q(r_words_carry$q),
        .clock(r_words_carry$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_frames r_frames(
        .d(r_frames$d),
        .q(r_frames$q),
        .clock(r_frames$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_max_skew r_max_skew(
        .d(r_max_skew$d),
        .q(r_max_skew$q),
        .clock(r_max_skew$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_nrun r_nrun(
        .d(r_nrun$d),
        .q(r_nrun$q),
        .clock(r_nrun$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_cfg_en r_cfg_en(
        .d(r_cfg_en$d),
        .q(r_cfg_en$q),
        .clock(r_cfg_en$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_cfg_a_only r_cfg_a_only(
        .d(r_cfg_a_only$d),
        .q(r_cfg_a_only$q),
        .clock(r_cfg_a_only$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_cfg_b_only r_cfg_b_only(
        .d(r_cfg_b_only$d),
        .q(r_cfg_b_only$q),
        .clock(r_cfg_b_only$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_fwd_b r_fwd_b(
        .d(r_fwd_b$d),
        .q(r_fwd_b$q),
        .clock(r_fwd_b$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_cand r_cand(
        .d(r_cand$d),
        .q(r_cand$q),
        .clock(r_cand$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_halt_took r_halt_took(
        .d(r_halt_took$d),
        .q(r_halt_took$q),
        .clock(r_halt_took$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_halt_held r_halt_held(
        .d(r_halt_held$d),
        .q(r_halt_held$q),
        .clock(r_halt_held$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_cmp_took r_cmp_took(
        .d(r_cmp_took$d),
        .q(r_cmp_took$q),
        .clock(r_cmp_took$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_cmp_held r_cmp_held(
        .d(r_cmp_held$d),
        .q(r_cmp_held$q),
        .clock(r_cmp_held$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_mismatch_event r_mismatch_event(
        .d(r_mismatch_event$d),
        .q(r_mismatch_event$q),
        .clock(r_mismatch_event$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_timeout_event r_timeout_event(
        .d(r_timeout_event$d),
        .q(r_timeout_event$q),
        .clock(r_timeout_event$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_differ_hold r_differ_hold(
        .d(r_differ_hold$d),
        .q(r_differ_hold$q),
        .clock(r_differ_hold$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_differ_take r_differ_take(
        .d(r_differ_take$d),
        .q(r_differ_take$q),
        .clock(r_differ_take$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_took r_took(
        .d(r_took$d),
        .q(r_took$q),
        .clock(r_took$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_took_last r_took_last(
        .d(r_took_last$d),
        .q(r_took_last$q),
        .clock(r_took_last$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_captured r_captured(
        .d(r_captured$d),
        .q(r_captured$q),
        .clock(r_captured$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_captured_hi r_captured_hi(
        .d(r_captured_hi$d),
        .q(r_captured_hi$q),
        .clock(r_captured_hi$clock)
    );
    icebreaker_top_ftsync_core_cmp_r_expired r_expired(
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

endmodule // icebreaker_top_ftsync_core_cmp

module icebreaker_top_ftsync_core_cmp_fifo_a(clock,rst,flush,push,din,din_last,full,pop,empty,dout,dout_last,hold_dout,hold_dout_last,pop_dout,pop_dout_last,fill);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  flush;
    input wire  push;
    input wire  [31:0] din;
    input wire  din_last;
    output reg  full;
    input wire  pop;
    output reg  empty;
    output reg  [31:0] dout;
    output reg  dout_last;
    output reg  [31:0] hold_dout;
    output reg  hold_dout_last;
    output reg  [31:0] pop_dout;
    output reg  pop_dout_last;
    output reg  [3:0] fill;

    // Constant declarations
    localparam  depth_m1 = 4'h7;
    localparam  ram_used = 1'b1;
    localparam  one = 4'h1;
    localparam  two = 4'h2;

    // Stub signals
    reg  data$clock;
    reg  [2:0] data$read_address;
    wire  [31:0] data$read_data;
    reg  [2:0] data$write_address;
    reg  [31:0] data$write_data;
    reg  data$write_enable;
    reg  last$clock;
    reg  [2:0] last$read_address;
    wire  last$read_data;
    reg  [2:0] last$write_address;
    reg  last$write_data;
    reg  last$write_enable;
    reg  [31:0] head$d;
    wire  [31:0] head$q;
    reg  head$clock;
    reg  head_last$d;
    wire  head_last$q;
    reg  head_last$clock;
    reg  [31:0] second$d;
    wire  [31:0] second$q;
    reg  second$clock;
    reg  second_last$d;
    wire  second_last$q;
    reg  second_last$clock;
    reg  [2:0] wr_ptr$d;
    wire  [2:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [2:0] rd_ptr$d;
    wire  [2:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [3:0] r_fill$d;
    wire  [3:0] r_fill$q;
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
    reg  [3:0] fill_hold;
    reg  [3:0] fill_pop;
    reg  nonempty_pop;
    reg  ram_nonempty_pop;
    reg  full_hold;
    reg  wr_step_pop;
    reg  wr_step_hold;
    reg  second_load_hold;
    reg  head_load_hold;

    // Sub module instances
    icebreaker_top_ftsync_core_cmp_fifo_a_data data(
        .clock(data$clock),
        .read_address(data$read_address),
        .read_data(data$read_data),
        .write_address(data$write_address),
        .write_data(data$write_data),
        .write_enable(data$write_enable)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_last last(
        .clock(last$clock),
        .read_address(last$read_address),
        .read_data(last$read_data),
        .write_address(last$write_address),
        .write_data(last$write_data),
        .write_enable(last$write_enable)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_head_last head_last(
        .d(head_last$d),
        .q(head_last$q),
        .clock(head_last$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_second_last second_last(
        .d(second_last$d),
        .q(second_last$q),
        .clock(second_last$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_r_fill r_fill(
        .d(r_fill$d),
        .q(r_fill$q),
        .clock(r_fill$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_r_nonempty r_nonempty(
        .d(r_nonempty$d),
        .q(r_nonempty$q),
        .clock(r_nonempty$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_r_ram_nonempty r_ram_nonempty(
        .d(r_ram_nonempty$d),
        .q(r_ram_nonempty$q),
        .clock(r_ram_nonempty$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_a_r_full r_full(
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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a

module icebreaker_top_ftsync_core_cmp_fifo_a_data(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [2:0] read_address;
    output reg  [31:0] read_data;
    input wire  [2:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [31:0] mem [0:7];
    integer i;
    initial begin
        for (i = 0; i <= 7; i = i + 1) mem[i] = 32'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_data

module icebreaker_top_ftsync_core_cmp_fifo_a_head(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_head

module icebreaker_top_ftsync_core_cmp_fifo_a_head_last(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_head_last

module icebreaker_top_ftsync_core_cmp_fifo_a_last(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [2:0] read_address;
    output reg  read_data;
    input wire  [2:0] write_address;
    input wire  write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [0:0] mem [0:7];
    integer i;
    initial begin
        for (i = 0; i <= 7; i = i + 1) mem[i] = 1'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_last

module icebreaker_top_ftsync_core_cmp_fifo_a_r_fill(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_r_fill

module icebreaker_top_ftsync_core_cmp_fifo_a_r_full(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_r_full

module icebreaker_top_ftsync_core_cmp_fifo_a_r_nonempty(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_r_nonempty

module icebreaker_top_ftsync_core_cmp_fifo_a_r_ram_nonempty(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_r_ram_nonempty

module icebreaker_top_ftsync_core_cmp_fifo_a_rd_ptr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_rd_ptr

module icebreaker_top_ftsync_core_cmp_fifo_a_second(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_second

module icebreaker_top_ftsync_core_cmp_fifo_a_second_last(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_second_last

module icebreaker_top_ftsync_core_cmp_fifo_a_wr_ptr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_a_wr_ptr

module icebreaker_top_ftsync_core_cmp_fifo_b(clock,rst,flush,push,din,din_last,full,pop,empty,dout,dout_last,hold_dout,hold_dout_last,pop_dout,pop_dout_last,fill);

    // Module arguments
    input wire  clock;
    input wire  rst;
    input wire  flush;
    input wire  push;
    input wire  [31:0] din;
    input wire  din_last;
    output reg  full;
    input wire  pop;
    output reg  empty;
    output reg  [31:0] dout;
    output reg  dout_last;
    output reg  [31:0] hold_dout;
    output reg  hold_dout_last;
    output reg  [31:0] pop_dout;
    output reg  pop_dout_last;
    output reg  [3:0] fill;

    // Constant declarations
    localparam  depth_m1 = 4'h7;
    localparam  ram_used = 1'b1;
    localparam  one = 4'h1;
    localparam  two = 4'h2;

    // Stub signals
    reg  data$clock;
    reg  [2:0] data$read_address;
    wire  [31:0] data$read_data;
    reg  [2:0] data$write_address;
    reg  [31:0] data$write_data;
    reg  data$write_enable;
    reg  last$clock;
    reg  [2:0] last$read_address;
    wire  last$read_data;
    reg  [2:0] last$write_address;
    reg  last$write_data;
    reg  last$write_enable;
    reg  [31:0] head$d;
    wire  [31:0] head$q;
    reg  head$clock;
    reg  head_last$d;
    wire  head_last$q;
    reg  head_last$clock;
    reg  [31:0] second$d;
    wire  [31:0] second$q;
    reg  second$clock;
    reg  second_last$d;
    wire  second_last$q;
    reg  second_last$clock;
    reg  [2:0] wr_ptr$d;
    wire  [2:0] wr_ptr$q;
    reg  wr_ptr$clock;
    reg  [2:0] rd_ptr$d;
    wire  [2:0] rd_ptr$q;
    reg  rd_ptr$clock;
    reg  [3:0] r_fill$d;
    wire  [3:0] r_fill$q;
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
    reg  [3:0] fill_hold;
    reg  [3:0] fill_pop;
    reg  nonempty_pop;
    reg  ram_nonempty_pop;
    reg  full_hold;
    reg  wr_step_pop;
    reg  wr_step_hold;
    reg  second_load_hold;
    reg  head_load_hold;

    // Sub module instances
    icebreaker_top_ftsync_core_cmp_fifo_b_data data(
        .clock(data$clock),
        .read_address(data$read_address),
        .read_data(data$read_data),
        .write_address(data$write_address),
        .write_data(data$write_data),
        .write_enable(data$write_enable)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_last last(
        .clock(last$clock),
        .read_address(last$read_address),
        .read_data(last$read_data),
        .write_address(last$write_address),
        .write_data(last$write_data),
        .write_enable(last$write_enable)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_head_last head_last(
        .d(head_last$d),
        .q(head_last$q),
        .clock(head_last$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_second second(
        .d(second$d),
        .q(second$q),
        .clock(second$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_second_last second_last(
        .d(second_last$d),
        .q(second_last$q),
        .clock(second_last$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_wr_ptr wr_ptr(
        .d(wr_ptr$d),
        .q(wr_ptr$q),
        .clock(wr_ptr$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_rd_ptr rd_ptr(
        .d(rd_ptr$d),
        .q(rd_ptr$q),
        .clock(rd_ptr$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_r_fill r_fill(
        .d(r_fill$d),
        .q(r_fill$q),
        .clock(r_fill$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_r_nonempty r_nonempty(
        .d(r_nonempty$d),
        .q(r_nonempty$q),
        .clock(r_nonempty$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_r_ram_nonempty r_ram_nonempty(
        .d(r_ram_nonempty$d),
        .q(r_ram_nonempty$q),
        .clock(r_ram_nonempty$clock)
    );
    icebreaker_top_ftsync_core_cmp_fifo_b_r_full r_full(
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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b

module icebreaker_top_ftsync_core_cmp_fifo_b_data(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [2:0] read_address;
    output reg  [31:0] read_data;
    input wire  [2:0] write_address;
    input wire  [31:0] write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [31:0] mem [0:7];
    integer i;
    initial begin
        for (i = 0; i <= 7; i = i + 1) mem[i] = 32'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_data

module icebreaker_top_ftsync_core_cmp_fifo_b_head(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_head

module icebreaker_top_ftsync_core_cmp_fifo_b_head_last(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_head_last

module icebreaker_top_ftsync_core_cmp_fifo_b_last(clock,read_address,read_data,write_address,write_data,write_enable);

    // Module arguments
    input wire  clock;
    input wire  [2:0] read_address;
    output reg  read_data;
    input wire  [2:0] write_address;
    input wire  write_data;
    input wire  write_enable;

    // Update code (custom)
    reg [0:0] mem [0:7];
    integer i;
    initial begin
        for (i = 0; i <= 7; i = i + 1) mem[i] = 1'd0;
    end

    always @(*) read_data = mem[read_address];

    always @(posedge clock) begin
        if (write_enable) begin
            mem[write_address] <= write_data;
        end
    end
endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_last

module icebreaker_top_ftsync_core_cmp_fifo_b_r_fill(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_r_fill

module icebreaker_top_ftsync_core_cmp_fifo_b_r_full(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_r_full

module icebreaker_top_ftsync_core_cmp_fifo_b_r_nonempty(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_r_nonempty

module icebreaker_top_ftsync_core_cmp_fifo_b_r_ram_nonempty(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_r_ram_nonempty

module icebreaker_top_ftsync_core_cmp_fifo_b_rd_ptr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_rd_ptr

module icebreaker_top_ftsync_core_cmp_fifo_b_second(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_second

module icebreaker_top_ftsync_core_cmp_fifo_b_second_last(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_second_last

module icebreaker_top_ftsync_core_cmp_fifo_b_wr_ptr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_fifo_b_wr_ptr

module icebreaker_top_ftsync_core_cmp_r_a(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_a

module icebreaker_top_ftsync_core_cmp_r_b(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_b

module icebreaker_top_ftsync_core_cmp_r_cand(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_cand

module icebreaker_top_ftsync_core_cmp_r_captured(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_captured

module icebreaker_top_ftsync_core_cmp_r_captured_hi(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_captured_hi

module icebreaker_top_ftsync_core_cmp_r_cfg_a_only(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_cfg_a_only

module icebreaker_top_ftsync_core_cmp_r_cfg_b_only(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_cfg_b_only

module icebreaker_top_ftsync_core_cmp_r_cfg_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_cfg_en

module icebreaker_top_ftsync_core_cmp_r_cmp_held(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_cmp_held

module icebreaker_top_ftsync_core_cmp_r_cmp_took(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_cmp_took

module icebreaker_top_ftsync_core_cmp_r_differ_hold(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_differ_hold

module icebreaker_top_ftsync_core_cmp_r_differ_take(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_differ_take

module icebreaker_top_ftsync_core_cmp_r_epoch(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_epoch

module icebreaker_top_ftsync_core_cmp_r_expired(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_expired

module icebreaker_top_ftsync_core_cmp_r_frames(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_frames

module icebreaker_top_ftsync_core_cmp_r_fwd_b(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_fwd_b

module icebreaker_top_ftsync_core_cmp_r_halt_held(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_halt_held

module icebreaker_top_ftsync_core_cmp_r_halt_took(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_halt_took

module icebreaker_top_ftsync_core_cmp_r_halted(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_halted

module icebreaker_top_ftsync_core_cmp_r_index_hi(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_index_hi

module icebreaker_top_ftsync_core_cmp_r_index_lo(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_index_lo

module icebreaker_top_ftsync_core_cmp_r_max_skew(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_max_skew

module icebreaker_top_ftsync_core_cmp_r_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_mismatch

module icebreaker_top_ftsync_core_cmp_r_mismatch_event(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_mismatch_event

module icebreaker_top_ftsync_core_cmp_r_nrun(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_nrun

module icebreaker_top_ftsync_core_cmp_r_timeout(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_timeout

module icebreaker_top_ftsync_core_cmp_r_timeout_event(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_timeout_event

module icebreaker_top_ftsync_core_cmp_r_took(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_took

module icebreaker_top_ftsync_core_cmp_r_took_last(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_took_last

module icebreaker_top_ftsync_core_cmp_r_words_carry(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_cmp_r_words_carry

module icebreaker_top_ftsync_core_cmp_r_words_hi(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_words_hi

module icebreaker_top_ftsync_core_cmp_r_words_lo(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_cmp_r_words_lo

module icebreaker_top_ftsync_core_csr(clock,rst,wb_adr,wb_dat_w,wb_dat_r,wb_sel,wb_we,wb_cyc,wb_stb,wb_ack,id,version_patch,version_minor,version_major,caps_track_capacity_log2,caps_stream_width,caps_fifo_depth_log2,scratch,intr_state_epoch_end_set,intr_state_epoch_end,intr_state_cmp_mismatch_set,intr_state_cmp_mismatch,intr_state_cmp_timeout_set,intr_state_cmp_timeout,intr_state_track_snap_done_set,intr_state_track_snap_done,intr_enable_epoch_end,intr_enable_cmp_mismatch,intr_enable_cmp_timeout,intr_enable_track_snap_done,intr_test_epoch_end,intr_test_cmp_mismatch,intr_test_cmp_timeout,intr_test_track_snap_done,track_ctrl_en,track_ctrl_snapshot,track_ctrl_clear,track_status_busy,track_status_snap_refused_set,track_status_snap_refused,track_status_clearing,track_status_live_bank,track_base_lo,track_base_hi,track_shift,track_limit,track_dirty_count,track_snap_count,track_writes,track_out_of_range,track_stall_cycles,track_summary_rd,track_summary_addr,track_summary_data,track_summary_ack,track_bitmap_rd,track_bitmap_addr,track_bitmap_data,track_bitmap_ack,epoch_ctrl_en,epoch_ctrl_auto_reload,epoch_ctrl_hold_at_end,epoch_ctrl_src,epoch_ctrl_drain_ends,epoch_status_held,epoch_status_expired,epoch_load,epoch_load_written,epoch_count,epoch_number_lo,epoch_number_hi,epoch_resume_resume,cmp_ctrl_en,cmp_ctrl_mode,cmp_ctrl_halt_on_mismatch,cmp_ctrl_clear,cmp_status_mismatch,cmp_status_timeout,cmp_status_halted,cmp_status_a_fill,cmp_status_b_fill,cmp_skew_timeout,cmp_mismatch_index_lo,cmp_mismatch_index_hi,cmp_mismatch_a,cmp_mismatch_b,cmp_mismatch_epoch,cmp_words_lo,cmp_words_hi,cmp_frames,cmp_max_skew);

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
    icebreaker_top_ftsync_core_csr_ack ack(
        .d(ack$d),
        .q(ack$q),
        .clock(ack$clock)
    );
    icebreaker_top_ftsync_core_csr_dat_r0 dat_r0(
        .d(dat_r0$d),
        .q(dat_r0$q),
        .clock(dat_r0$clock)
    );
    icebreaker_top_ftsync_core_csr_dat_r1 dat_r1(
        .d(dat_r1$d),
        .q(dat_r1$q),
        .clock(dat_r1$clock)
    );
    icebreaker_top_ftsync_core_csr_dat_r2 dat_r2(
        .d(dat_r2$d),
        .q(dat_r2$q),
        .clock(dat_r2$clock)
    );
    icebreaker_top_ftsync_core_csr_pending pending(
        .d(pending$d),
        .q(pending$q),
        .clock(pending$clock)
    );
    icebreaker_top_ftsync_core_csr_rd_wait rd_wait(
        .d(rd_wait$d),
        .q(rd_wait$q),
        .clock(rd_wait$clock)
    );
    icebreaker_top_ftsync_core_csr_wr_wait wr_wait(
        .d(wr_wait$d),
        .q(wr_wait$q),
        .clock(wr_wait$clock)
    );
    icebreaker_top_ftsync_core_csr_r_scratch r_scratch(
        .d(r_scratch$d),
        .q(r_scratch$q),
        .clock(r_scratch$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_state_epoch_end r_intr_state_epoch_end(
        .d(r_intr_state_epoch_end$d),
        .q(r_intr_state_epoch_end$q),
        .clock(r_intr_state_epoch_end$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_state_cmp_mismatch r_intr_state_cmp_mismatch(
        .d(r_intr_state_cmp_mismatch$d),
        .q(r_intr_state_cmp_mismatch$q),
        .clock(r_intr_state_cmp_mismatch$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_state_cmp_timeout r_intr_state_cmp_timeout(
        .d(r_intr_state_cmp_timeout$d),
        .q(r_intr_state_cmp_timeout$q),
        .clock(r_intr_state_cmp_timeout$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_state_track_snap_done r_intr_state_track_snap_done(
        .d(r_intr_state_track_snap_done$d),
        .q(r_intr_state_track_snap_done$q),
        .clock(r_intr_state_track_snap_done$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_enable_epoch_end r_intr_enable_epoch_end(
        .d(r_intr_enable_epoch_end$d),
        .q(r_intr_enable_epoch_end$q),
        .clock(r_intr_enable_epoch_end$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_enable_cmp_mismatch r_intr_enable_cmp_mismatch(
        .d(r_intr_enable_cmp_mismatch$d),
        .q(r_intr_enable_cmp_mismatch$q),
        .clock(r_intr_enable_cmp_mismatch$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_enable_cmp_timeout r_intr_enable_cmp_timeout(
        .d(r_intr_enable_cmp_timeout$d),
        .q(r_intr_enable_cmp_timeout$q),
        .clock(r_intr_enable_cmp_timeout$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_enable_track_snap_done r_intr_enable_track_snap_done(
        .d(r_intr_enable_track_snap_done$d),
        .q(r_intr_enable_track_snap_done$q),
        .clock(r_intr_enable_track_snap_done$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_test_epoch_end r_intr_test_epoch_end(
        .d(r_intr_test_epoch_end$d),
        .q(r_intr_test_epoch_end$q),
        .clock(r_intr_test_epoch_end$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_test_cmp_mismatch r_intr_test_cmp_mismatch(
        .d(r_intr_test_cmp_mismatch$d),
        .q(r_intr_test_cmp_mismatch$q),
        .clock(r_intr_test_cmp_mismatch$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_test_cmp_timeout r_intr_test_cmp_timeout(
        .d(r_intr_test_cmp_timeout$d),
        .q(r_intr_test_cmp_timeout$q),
        .clock(r_intr_test_cmp_timeout$clock)
    );
    icebreaker_top_ftsync_core_csr_r_intr_test_track_snap_done r_intr_test_track_snap_done(
        .d(r_intr_test_track_snap_done$d),
        .q(r_intr_test_track_snap_done$q),
        .clock(r_intr_test_track_snap_done$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_ctrl_en r_track_ctrl_en(
        .d(r_track_ctrl_en$d),
        .q(r_track_ctrl_en$q),
        .clock(r_track_ctrl_en$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_ctrl_snapshot r_track_ctrl_snapshot(
        .d(r_track_ctrl_snapshot$d),
        .q(r_track_ctrl_snapshot$q),
        .clock(r_track_ctrl_snapshot$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_ctrl_clear r_track_ctrl_clear(
        .d(r_track_ctrl_clear$d),
        .q(r_track_ctrl_clear$q),
        .clock(r_track_ctrl_clear$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_status_snap_refused r_track_status_snap_refused(
        .d(r_track_status_snap_refused$d),
        .q(r_track_status_snap_refused$q),
        .clock(r_track_status_snap_refused$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_base_lo r_track_base_lo(
        .d(r_track_base_lo$d),
        .q(r_track_base_lo$q),
        .clock(r_track_base_lo$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_base_hi r_track_base_hi(
        .d(r_track_base_hi$d),
        .q(r_track_base_hi$q),
        .clock(r_track_base_hi$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_shift r_track_shift(
        .d(r_track_shift$d),
        .q(r_track_shift$q),
        .clock(r_track_shift$clock)
    );
    icebreaker_top_ftsync_core_csr_r_track_limit r_track_limit(
        .d(r_track_limit$d),
        .q(r_track_limit$q),
        .clock(r_track_limit$clock)
    );
    icebreaker_top_ftsync_core_csr_track_summary_rd_r track_summary_rd_r(
        .d(track_summary_rd_r$d),
        .q(track_summary_rd_r$q),
        .clock(track_summary_rd_r$clock)
    );
    icebreaker_top_ftsync_core_csr_track_summary_addr_r track_summary_addr_r(
        .d(track_summary_addr_r$d),
        .q(track_summary_addr_r$q),
        .clock(track_summary_addr_r$clock)
    );
    icebreaker_top_ftsync_core_csr_track_summary_wait track_summary_wait(
        .d(track_summary_wait$d),
        .q(track_summary_wait$q),
        .clock(track_summary_wait$clock)
    );
    icebreaker_top_ftsync_core_csr_track_bitmap_rd_r track_bitmap_rd_r(
        .d(track_bitmap_rd_r$d),
        .q(track_bitmap_rd_r$q),
        .clock(track_bitmap_rd_r$clock)
    );
    icebreaker_top_ftsync_core_csr_track_bitmap_addr_r track_bitmap_addr_r(
        .d(track_bitmap_addr_r$d),
        .q(track_bitmap_addr_r$q),
        .clock(track_bitmap_addr_r$clock)
    );
    icebreaker_top_ftsync_core_csr_track_bitmap_wait track_bitmap_wait(
        .d(track_bitmap_wait$d),
        .q(track_bitmap_wait$q),
        .clock(track_bitmap_wait$clock)
    );
    icebreaker_top_ftsync_core_csr_r_epoch_ctrl_en r_epoch_ctrl_en(
        .d(r_epoch_ctrl_en$d),
        .q(r_epoch_ctrl_en$q),
        .clock(r_epoch_ctrl_en$clock)
    );
    icebreaker_top_ftsync_core_csr_r_epoch_ctrl_auto_reload r_epoch_ctrl_auto_reload(
        .d(r_epoch_ctrl_auto_reload$d),
        .q(r_epoch_ctrl_auto_reload$q),
        .clock(r_epoch_ctrl_auto_reload$clock)
    );
    icebreaker_top_ftsync_core_csr_r_epoch_ctrl_hold_at_end r_epoch_ctrl_hold_at_end(
        .d(r_epoch_ctrl_hold_at_end$d),
        .q(r_epoch_ctrl_hold_at_end$q),
        .clock(r_epoch_ctrl_hold_at_end$clock)
    );
    icebreaker_top_ftsync_core_csr_r_epoch_ctrl_src r_epoch_ctrl_src(
        .d(r_epoch_ctrl_src$d),
        .q(r_epoch_ctrl_src$q),
        .clock(r_epoch_ctrl_src$clock)
    );
    icebreaker_top_ftsync_core_csr_r_epoch_ctrl_drain_ends r_epoch_ctrl_drain_ends(
        .d(r_epoch_ctrl_drain_ends$d),
        .q(r_epoch_ctrl_drain_ends$q),
        .clock(r_epoch_ctrl_drain_ends$clock)
    );
    icebreaker_top_ftsync_core_csr_r_epoch_load r_epoch_load(
        .d(r_epoch_load$d),
        .q(r_epoch_load$q),
        .clock(r_epoch_load$clock)
    );
    icebreaker_top_ftsync_core_csr_s_epoch_load s_epoch_load(
        .d(s_epoch_load$d),
        .q(s_epoch_load$q),
        .clock(s_epoch_load$clock)
    );
    icebreaker_top_ftsync_core_csr_r_epoch_resume_resume r_epoch_resume_resume(
        .d(r_epoch_resume_resume$d),
        .q(r_epoch_resume_resume$q),
        .clock(r_epoch_resume_resume$clock)
    );
    icebreaker_top_ftsync_core_csr_r_cmp_ctrl_en r_cmp_ctrl_en(
        .d(r_cmp_ctrl_en$d),
        .q(r_cmp_ctrl_en$q),
        .clock(r_cmp_ctrl_en$clock)
    );
    icebreaker_top_ftsync_core_csr_r_cmp_ctrl_mode r_cmp_ctrl_mode(
        .d(r_cmp_ctrl_mode$d),
        .q(r_cmp_ctrl_mode$q),
        .clock(r_cmp_ctrl_mode$clock)
    );
    icebreaker_top_ftsync_core_csr_r_cmp_ctrl_halt_on_mismatch r_cmp_ctrl_halt_on_mismatch(
        .d(r_cmp_ctrl_halt_on_mismatch$d),
        .q(r_cmp_ctrl_halt_on_mismatch$q),
        .clock(r_cmp_ctrl_halt_on_mismatch$clock)
    );
    icebreaker_top_ftsync_core_csr_r_cmp_ctrl_clear r_cmp_ctrl_clear(
        .d(r_cmp_ctrl_clear$d),
        .q(r_cmp_ctrl_clear$q),
        .clock(r_cmp_ctrl_clear$clock)
    );
    icebreaker_top_ftsync_core_csr_r_cmp_skew_timeout r_cmp_skew_timeout(
        .d(r_cmp_skew_timeout$d),
        .q(r_cmp_skew_timeout$q),
        .clock(r_cmp_skew_timeout$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_0 hit_0(
        .d(hit_0$d),
        .q(hit_0$q),
        .clock(hit_0$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_1 hit_1(
        .d(hit_1$d),
        .q(hit_1$q),
        .clock(hit_1$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_2 hit_2(
        .d(hit_2$d),
        .q(hit_2$q),
        .clock(hit_2$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_3 hit_3(
        .d(hit_3$d),
        .q(hit_3$q),
        .clock(hit_3$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_4 hit_4(
        .d(hit_4$d),
        .q(hit_4$q),
        .clock(hit_4$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_5 hit_5(
        .d(hit_5$d),
        .q(hit_5$q),
        .clock(hit_5$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_6 hit_6(
        .d(hit_6$d),
        .q(hit_6$q),
        .clock(hit_6$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_7 hit_7(
        .d(hit_7$d),
        .q(hit_7$q),
        .clock(hit_7$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_8 hit_8(
        .d(hit_8$d),
        .q(hit_8$q),
        .clock(hit_8$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_9 hit_9(
        .d(hit_9$d),
        .q(hit_9$q),
        .clock(hit_9$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_10 hit_10(
        .d(hit_10$d),
        .q(hit_10$q),
        .clock(hit_10$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_11 hit_11(
        .d(hit_11$d),
        .q(hit_11$q),
        .clock(hit_11$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_12 hit_12(
        .d(hit_12$d),
        .q(hit_12$q),
        .clock(hit_12$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_13 hit_13(
        .d(hit_13$d),
        .q(hit_13$q),
        .clock(hit_13$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_14 hit_14(
        .d(hit_14$d),
        .q(hit_14$q),
        .clock(hit_14$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_15 hit_15(
        .d(hit_15$d),
        .q(hit_15$q),
        .clock(hit_15$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_16 hit_16(
        .d(hit_16$d),
        .q(hit_16$q),
        .clock(hit_16$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_17 hit_17(
        .d(hit_17$d),
        .q(hit_17$q),
        .clock(hit_17$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_18 hit_18(
        .d(hit_18$d),
        .q(hit_18$q),
        .clock(hit_18$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_19 hit_19(
        .d(hit_19$d),
        .q(hit_19$q),
        .clock(hit_19$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_20 hit_20(
        .d(hit_20$d),
        .q(hit_20$q),
        .clock(hit_20$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_21 hit_21(
        .d(hit_21$d),
        .q(hit_21$q),
        .clock(hit_21$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_22 hit_22(
        .d(hit_22$d),
        .q(hit_22$q),
        .clock(hit_22$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_23 hit_23(
        .d(hit_23$d),
        .q(hit_23$q),
        .clock(hit_23$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_24 hit_24(
        .d(hit_24$d),
        .q(hit_24$q),
        .clock(hit_24$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_25 hit_25(
        .d(hit_25$d),
        .q(hit_25$q),
        .clock(hit_25$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_26 hit_26(
        .d(hit_26$d),
        .q(hit_26$q),
        .clock(hit_26$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_27 hit_27(
        .d(hit_27$d),
        .q(hit_27$q),
        .clock(hit_27$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_28 hit_28(
        .d(hit_28$d),
        .q(hit_28$q),
        .clock(hit_28$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_29 hit_29(
        .d(hit_29$d),
        .q(hit_29$q),
        .clock(hit_29$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_30 hit_30(
        .d(hit_30$d),
        .q(hit_30$q),
        .clock(hit_30$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_31 hit_31(
        .d(hit_31$d),
        .q(hit_31$q),
        .clock(hit_31$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_32 hit_32(
        .d(hit_32$d),
        .q(hit_32$q),
        .clock(hit_32$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_33 hit_33(
        .d(hit_33$d),
        .q(hit_33$q),
        .clock(hit_33$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_34 hit_34(
        .d(hit_34$d),
        .q(hit_34$q),
        .clock(hit_34$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_35 hit_35(
        .d(hit_35$d),
        .q(hit_35$q),
        .clock(hit_35$clock)
    );
    icebreaker_top_ftsync_core_csr_hit_36 hit_36(
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

endmodule // icebreaker_top_ftsync_core_csr

module icebreaker_top_ftsync_core_csr_ack(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_ack

module icebreaker_top_ftsync_core_csr_dat_r0(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_dat_r0

module icebreaker_top_ftsync_core_csr_dat_r1(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_dat_r1

module icebreaker_top_ftsync_core_csr_dat_r2(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_dat_r2

module icebreaker_top_ftsync_core_csr_hit_0(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_0

module icebreaker_top_ftsync_core_csr_hit_1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_1

module icebreaker_top_ftsync_core_csr_hit_10(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_10

module icebreaker_top_ftsync_core_csr_hit_11(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_11

module icebreaker_top_ftsync_core_csr_hit_12(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_12

module icebreaker_top_ftsync_core_csr_hit_13(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_13

module icebreaker_top_ftsync_core_csr_hit_14(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_14

module icebreaker_top_ftsync_core_csr_hit_15(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_15

module icebreaker_top_ftsync_core_csr_hit_16(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_16

module icebreaker_top_ftsync_core_csr_hit_17(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_17

module icebreaker_top_ftsync_core_csr_hit_18(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_18

module icebreaker_top_ftsync_core_csr_hit_19(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_19

module icebreaker_top_ftsync_core_csr_hit_2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_2

module icebreaker_top_ftsync_core_csr_hit_20(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_20

module icebreaker_top_ftsync_core_csr_hit_21(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_21

module icebreaker_top_ftsync_core_csr_hit_22(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_22

module icebreaker_top_ftsync_core_csr_hit_23(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_23

module icebreaker_top_ftsync_core_csr_hit_24(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_24

module icebreaker_top_ftsync_core_csr_hit_25(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_25

module icebreaker_top_ftsync_core_csr_hit_26(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_26

module icebreaker_top_ftsync_core_csr_hit_27(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_27

module icebreaker_top_ftsync_core_csr_hit_28(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_28

module icebreaker_top_ftsync_core_csr_hit_29(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_29

module icebreaker_top_ftsync_core_csr_hit_3(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_3

module icebreaker_top_ftsync_core_csr_hit_30(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_30

module icebreaker_top_ftsync_core_csr_hit_31(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_31

module icebreaker_top_ftsync_core_csr_hit_32(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_32

module icebreaker_top_ftsync_core_csr_hit_33(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_33

module icebreaker_top_ftsync_core_csr_hit_34(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_34

module icebreaker_top_ftsync_core_csr_hit_35(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_35

module icebreaker_top_ftsync_core_csr_hit_36(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_36

module icebreaker_top_ftsync_core_csr_hit_4(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_4

module icebreaker_top_ftsync_core_csr_hit_5(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_5

module icebreaker_top_ftsync_core_csr_hit_6(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_6

module icebreaker_top_ftsync_core_csr_hit_7(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_7

module icebreaker_top_ftsync_core_csr_hit_8(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_8

module icebreaker_top_ftsync_core_csr_hit_9(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_hit_9

module icebreaker_top_ftsync_core_csr_pending(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_pending

module icebreaker_top_ftsync_core_csr_r_cmp_ctrl_clear(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_cmp_ctrl_clear

module icebreaker_top_ftsync_core_csr_r_cmp_ctrl_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_cmp_ctrl_en

module icebreaker_top_ftsync_core_csr_r_cmp_ctrl_halt_on_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_cmp_ctrl_halt_on_mismatch

module icebreaker_top_ftsync_core_csr_r_cmp_ctrl_mode(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_cmp_ctrl_mode

module icebreaker_top_ftsync_core_csr_r_cmp_skew_timeout(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_cmp_skew_timeout

module icebreaker_top_ftsync_core_csr_r_epoch_ctrl_auto_reload(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_epoch_ctrl_auto_reload

module icebreaker_top_ftsync_core_csr_r_epoch_ctrl_drain_ends(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_epoch_ctrl_drain_ends

module icebreaker_top_ftsync_core_csr_r_epoch_ctrl_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_epoch_ctrl_en

module icebreaker_top_ftsync_core_csr_r_epoch_ctrl_hold_at_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_epoch_ctrl_hold_at_end

module icebreaker_top_ftsync_core_csr_r_epoch_ctrl_src(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_epoch_ctrl_src

module icebreaker_top_ftsync_core_csr_r_epoch_load(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_epoch_load

module icebreaker_top_ftsync_core_csr_r_epoch_resume_resume(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_epoch_resume_resume

module icebreaker_top_ftsync_core_csr_r_intr_enable_cmp_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_enable_cmp_mismatch

module icebreaker_top_ftsync_core_csr_r_intr_enable_cmp_timeout(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_enable_cmp_timeout

module icebreaker_top_ftsync_core_csr_r_intr_enable_epoch_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_enable_epoch_end

module icebreaker_top_ftsync_core_csr_r_intr_enable_track_snap_done(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_enable_track_snap_done

module icebreaker_top_ftsync_core_csr_r_intr_state_cmp_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_state_cmp_mismatch

module icebreaker_top_ftsync_core_csr_r_intr_state_cmp_timeout(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_state_cmp_timeout

module icebreaker_top_ftsync_core_csr_r_intr_state_epoch_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_state_epoch_end

module icebreaker_top_ftsync_core_csr_r_intr_state_track_snap_done(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_state_track_snap_done

module icebreaker_top_ftsync_core_csr_r_intr_test_cmp_mismatch(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_test_cmp_mismatch

module icebreaker_top_ftsync_core_csr_r_intr_test_cmp_timeout(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_test_cmp_timeout

module icebreaker_top_ftsync_core_csr_r_intr_test_epoch_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_test_epoch_end

module icebreaker_top_ftsync_core_csr_r_intr_test_track_snap_done(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_intr_test_track_snap_done

module icebreaker_top_ftsync_core_csr_r_scratch(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_scratch

module icebreaker_top_ftsync_core_csr_r_track_base_hi(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_track_base_hi

module icebreaker_top_ftsync_core_csr_r_track_base_lo(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_track_base_lo

module icebreaker_top_ftsync_core_csr_r_track_ctrl_clear(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_track_ctrl_clear

module icebreaker_top_ftsync_core_csr_r_track_ctrl_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_track_ctrl_en

module icebreaker_top_ftsync_core_csr_r_track_ctrl_snapshot(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_track_ctrl_snapshot

module icebreaker_top_ftsync_core_csr_r_track_limit(d,q,clock);

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
    icebreaker_top_ftsync_core_csr_r_track_limit_dff dff(
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

endmodule // icebreaker_top_ftsync_core_csr_r_track_limit

module icebreaker_top_ftsync_core_csr_r_track_limit_dff(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_track_limit_dff

module icebreaker_top_ftsync_core_csr_r_track_shift(d,q,clock);

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
    icebreaker_top_ftsync_core_csr_r_track_shift_dff dff(
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

endmodule // icebreaker_top_ftsync_core_csr_r_track_shift

module icebreaker_top_ftsync_core_csr_r_track_shift_dff(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_r_track_shift_dff

module icebreaker_top_ftsync_core_csr_r_track_status_snap_refused(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_r_track_status_snap_refused

module icebreaker_top_ftsync_core_csr_rd_wait(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_rd_wait

module icebreaker_top_ftsync_core_csr_s_epoch_load(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_s_epoch_load

module icebreaker_top_ftsync_core_csr_track_bitmap_addr_r(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_track_bitmap_addr_r

module icebreaker_top_ftsync_core_csr_track_bitmap_rd_r(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_track_bitmap_rd_r

module icebreaker_top_ftsync_core_csr_track_bitmap_wait(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_track_bitmap_wait

module icebreaker_top_ftsync_core_csr_track_summary_addr_r(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_csr_track_summary_addr_r

module icebreaker_top_ftsync_core_csr_track_summary_rd_r(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_track_summary_rd_r

module icebreaker_top_ftsync_core_csr_track_summary_wait(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_track_summary_wait

module icebreaker_top_ftsync_core_csr_wr_wait(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_csr_wr_wait

module icebreaker_top_ftsync_core_epoch(clock,rst,en,auto_reload,hold_at_end,src,drain_ends,load,load_written,resume,retire,drain,write_event,count,number,held,expired,epoch_end,ce_hold);

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
    icebreaker_top_ftsync_core_epoch_r_count r_count(
        .d(r_count$d),
        .q(r_count$q),
        .clock(r_count$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_number_lo r_number_lo(
        .d(r_number_lo$d),
        .q(r_number_lo$q),
        .clock(r_number_lo$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_number_hi r_number_hi(
        .d(r_number_hi$d),
        .q(r_number_hi$q),
        .clock(r_number_hi$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_number_carry r_number_carry(
        .d(r_number_carry$d),
        .q(r_number_carry$q),
        .clock(r_number_carry$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_number_lo_max r_number_lo_max(
        .d(r_number_lo_max$d),
        .q(r_number_lo_max$q),
        .clock(r_number_lo_max$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_held r_held(
        .d(r_held$d),
        .q(r_held$q),
        .clock(r_held$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_expired r_expired(
        .d(r_expired$d),
        .q(r_expired$q),
        .clock(r_expired$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_active r_active(
        .d(r_active$d),
        .q(r_active$q),
        .clock(r_active$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_en r_en(
        .d(r_en$d),
        .q(r_en$q),
        .clock(r_en$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_src_retire r_src_retire(
        .d(r_src_retire$d),
        .q(r_src_retire$q),
        .clock(r_src_retire$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_drain_ends r_drain_ends(
        .d(r_drain_ends$d),
        .q(r_drain_ends$q),
        .clock(r_drain_ends$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_hold_at_end r_hold_at_end(
        .d(r_hold_at_end$d),
        .q(r_hold_at_end$q),
        .clock(r_hold_at_end$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_auto_reload r_auto_reload(
        .d(r_auto_reload$d),
        .q(r_auto_reload$q),
        .clock(r_auto_reload$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_end r_end(
        .d(r_end$d),
        .q(r_end$q),
        .clock(r_end$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_counted_anyway r_counted_anyway(
        .d(r_counted_anyway$d),
        .q(r_counted_anyway$q),
        .clock(r_counted_anyway$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_is_1 r_is_1(
        .d(r_is_1$d),
        .q(r_is_1$q),
        .clock(r_is_1$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_nonzero r_nonzero(
        .d(r_nonzero$d),
        .q(r_nonzero$q),
        .clock(r_nonzero$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_load_is_1 r_load_is_1(
        .d(r_load_is_1$d),
        .q(r_load_is_1$q),
        .clock(r_load_is_1$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_load_nonzero r_load_nonzero(
        .d(r_load_nonzero$d),
        .q(r_load_nonzero$q),
        .clock(r_load_nonzero$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_lo_zero r_lo_zero(
        .d(r_lo_zero$d),
        .q(r_lo_zero$q),
        .clock(r_lo_zero$clock)
    );
    icebreaker_top_ftsync_core_epoch_r_load_lo_zero r_load_lo_zero(
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

endmodule // icebreaker_top_ftsync_core_epoch

module icebreaker_top_ftsync_core_epoch_r_active(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_active

module icebreaker_top_ftsync_core_epoch_r_auto_reload(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_auto_reload

module icebreaker_top_ftsync_core_epoch_r_count(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_epoch_r_count

module icebreaker_top_ftsync_core_epoch_r_counted_anyway(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_counted_anyway

module icebreaker_top_ftsync_core_epoch_r_drain_ends(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_drain_ends

module icebreaker_top_ftsync_core_epoch_r_en(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_en

module icebreaker_top_ftsync_core_epoch_r_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_end

module icebreaker_top_ftsync_core_epoch_r_expired(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_expired

module icebreaker_top_ftsync_core_epoch_r_held(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_held

module icebreaker_top_ftsync_core_epoch_r_hold_at_end(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_hold_at_end

module icebreaker_top_ftsync_core_epoch_r_is_1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_is_1

module icebreaker_top_ftsync_core_epoch_r_lo_zero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_lo_zero

module icebreaker_top_ftsync_core_epoch_r_load_is_1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_load_is_1

module icebreaker_top_ftsync_core_epoch_r_load_lo_zero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_load_lo_zero

module icebreaker_top_ftsync_core_epoch_r_load_nonzero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_load_nonzero

module icebreaker_top_ftsync_core_epoch_r_nonzero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_nonzero

module icebreaker_top_ftsync_core_epoch_r_number_carry(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_number_carry

module icebreaker_top_ftsync_core_epoch_r_number_hi(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_epoch_r_number_hi

module icebreaker_top_ftsync_core_epoch_r_number_lo(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_epoch_r_number_lo

module icebreaker_top_ftsync_core_epoch_r_number_lo_max(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_number_lo_max

module icebreaker_top_ftsync_core_epoch_r_src_retire(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_epoch_r_src_retire

module icebreaker_top_ftsync_core_tracker(clock,rst,snoop_valid,snoop_ready,snoop_addr,snoop_len,en,base,shift,limit,snapshot,clear,busy,clearing,live_bank,snap_refused,snap_done,dirty_count,snap_count,writes,out_of_range,stall_cycles,bitmap_rd,bitmap_addr,bitmap_data,bitmap_ack,summary_rd,summary_addr,summary_data,summary_ack);

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
    icebreaker_top_ftsync_core_tracker_bitmap0 bitmap0(
        .clock(bitmap0$clock),
        .read_address(bitmap0$read_address),
        .read_data(bitmap0$read_data),
        .write_address(bitmap0$write_address),
        .write_data(bitmap0$write_data),
        .write_enable(bitmap0$write_enable)
    );
    icebreaker_top_ftsync_core_tracker_bitmap1 bitmap1(
        .clock(bitmap1$clock),
        .read_address(bitmap1$read_address),
        .read_data(bitmap1$read_data),
        .write_address(bitmap1$write_address),
        .write_data(bitmap1$write_data),
        .write_enable(bitmap1$write_enable)
    );
    icebreaker_top_ftsync_core_tracker_summary0 summary0(
        .clock(summary0$clock),
        .read_address(summary0$read_address),
        .read_data(summary0$read_data),
        .write_address(summary0$write_address),
        .write_data(summary0$write_data),
        .write_enable(summary0$write_enable)
    );
    icebreaker_top_ftsync_core_tracker_summary1 summary1(
        .clock(summary1$clock),
        .read_address(summary1$read_address),
        .read_data(summary1$read_data),
        .write_address(summary1$write_address),
        .write_data(summary1$write_data),
        .write_enable(summary1$write_enable)
    );
    icebreaker_top_ftsync_core_tracker_live live(
        .d(live$d),
        .q(live$q),
        .clock(live$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_nbase cfg_nbase(
        .d(cfg_nbase$d),
        .q(cfg_nbase$q),
        .clock(cfg_nbase$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_coarse cfg_coarse(
        .d(cfg_coarse$d),
        .q(cfg_coarse$q),
        .clock(cfg_coarse$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_fine cfg_fine(
        .d(cfg_fine$d),
        .q(cfg_fine$q),
        .clock(cfg_fine$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_big_mask cfg_big_mask(
        .d(cfg_big_mask$d),
        .q(cfg_big_mask$q),
        .clock(cfg_big_mask$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_nlm1 cfg_nlm1(
        .d(cfg_nlm1$d),
        .q(cfg_nlm1$q),
        .clock(cfg_nlm1$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_limit_m1 cfg_limit_m1(
        .d(cfg_limit_m1$d),
        .q(cfg_limit_m1$q),
        .clock(cfg_limit_m1$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_limit_zero cfg_limit_zero(
        .d(cfg_limit_zero$d),
        .q(cfg_limit_zero$q),
        .clock(cfg_limit_zero$clock)
    );
    icebreaker_top_ftsync_core_tracker_cfg_limit_m1_nz cfg_limit_m1_nz(
        .d(cfg_limit_m1_nz$d),
        .q(cfg_limit_m1_nz$q),
        .clock(cfg_limit_m1_nz$clock)
    );
    icebreaker_top_ftsync_core_tracker_lim_big lim_big(
        .d(lim_big$d),
        .q(lim_big$q),
        .clock(lim_big$clock)
    );
    icebreaker_top_ftsync_core_tracker_lim_m1 lim_m1(
        .d(lim_m1$d),
        .q(lim_m1$q),
        .clock(lim_m1$clock)
    );
    icebreaker_top_ftsync_core_tracker_lim_zero lim_zero(
        .d(lim_zero$d),
        .q(lim_zero$q),
        .clock(lim_zero$clock)
    );
    icebreaker_top_ftsync_core_tracker_lim_m1_nz lim_m1_nz(
        .d(lim_m1_nz$d),
        .q(lim_m1_nz$q),
        .clock(lim_m1_nz$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_valid a_valid(
        .d(a_valid$d),
        .q(a_valid$q),
        .clock(a_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_bank a_bank(
        .d(a_bank$d),
        .q(a_bank$q),
        .clock(a_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_lo a_lo(
        .d(a_lo$d),
        .q(a_lo$q),
        .clock(a_lo$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_carry a_carry(
        .d(a_carry$d),
        .q(a_carry$q),
        .clock(a_carry$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_hi a_hi(
        .d(a_hi$d),
        .q(a_hi$q),
        .clock(a_hi$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_len_m1 a_len_m1(
        .d(a_len_m1$d),
        .q(a_len_m1$q),
        .clock(a_len_m1$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_to_top a_to_top(
        .d(a_to_top$d),
        .q(a_to_top$q),
        .clock(a_to_top$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_sat_hi a_sat_hi(
        .d(a_sat_hi$d),
        .q(a_sat_hi$q),
        .clock(a_sat_hi$clock)
    );
    icebreaker_top_ftsync_core_tracker_a_sat_lo a_sat_lo(
        .d(a_sat_lo$d),
        .q(a_sat_lo$q),
        .clock(a_sat_lo$clock)
    );
    icebreaker_top_ftsync_core_tracker_h_valid h_valid(
        .d(h_valid$d),
        .q(h_valid$q),
        .clock(h_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_h_bank h_bank(
        .d(h_bank$d),
        .q(h_bank$q),
        .clock(h_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_h_first h_first(
        .d(h_first$d),
        .q(h_first$q),
        .clock(h_first$clock)
    );
    icebreaker_top_ftsync_core_tracker_h_add h_add(
        .d(h_add$d),
        .q(h_add$q),
        .clock(h_add$clock)
    );
    icebreaker_top_ftsync_core_tracker_l_valid l_valid(
        .d(l_valid$d),
        .q(l_valid$q),
        .clock(l_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_l_bank l_bank(
        .d(l_bank$d),
        .q(l_bank$q),
        .clock(l_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_l_first l_first(
        .d(l_first$d),
        .q(l_first$q),
        .clock(l_first$clock)
    );
    icebreaker_top_ftsync_core_tracker_l_last l_last(
        .d(l_last$d),
        .q(l_last$q),
        .clock(l_last$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_valid s_valid(
        .d(s_valid$d),
        .q(s_valid$q),
        .clock(s_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_bank s_bank(
        .d(s_bank$d),
        .q(s_bank$q),
        .clock(s_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_first s_first(
        .d(s_first$d),
        .q(s_first$q),
        .clock(s_first$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_first_big s_first_big(
        .d(s_first_big$d),
        .q(s_first_big$q),
        .clock(s_first_big$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_below s_below(
        .d(s_below$d),
        .q(s_below$q),
        .clock(s_below$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_last s_last(
        .d(s_last$d),
        .q(s_last$q),
        .clock(s_last$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_last_big s_last_big(
        .d(s_last_big$d),
        .q(s_last_big$q),
        .clock(s_last_big$clock)
    );
    icebreaker_top_ftsync_core_tracker_s_last_below s_last_below(
        .d(s_last_below$d),
        .q(s_last_below$q),
        .clock(s_last_below$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_valid b_valid(
        .d(b_valid$d),
        .q(b_valid$q),
        .clock(b_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_bank b_bank(
        .d(b_bank$d),
        .q(b_bank$q),
        .clock(b_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_issue b_issue(
        .d(b_issue$d),
        .q(b_issue$q),
        .clock(b_issue$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_oor b_oor(
        .d(b_oor$d),
        .q(b_oor$q),
        .clock(b_oor$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_first b_first(
        .d(b_first$d),
        .q(b_first$q),
        .clock(b_first$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_last b_last(
        .d(b_last$d),
        .q(b_last$q),
        .clock(b_last$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_above b_above(
        .d(b_above$d),
        .q(b_above$q),
        .clock(b_above$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_span_clip b_span_clip(
        .d(b_span_clip$d),
        .q(b_span_clip$q),
        .clock(b_span_clip$clock)
    );
    icebreaker_top_ftsync_core_tracker_b_span_in b_span_in(
        .d(b_span_in$d),
        .q(b_span_in$q),
        .clock(b_span_in$clock)
    );
    icebreaker_top_ftsync_core_tracker_c_valid c_valid(
        .d(c_valid$d),
        .q(c_valid$q),
        .clock(c_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_c_bank c_bank(
        .d(c_bank$d),
        .q(c_bank$q),
        .clock(c_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_c_cur c_cur(
        .d(c_cur$d),
        .q(c_cur$q),
        .clock(c_cur$clock)
    );
    icebreaker_top_ftsync_core_tracker_c_left c_left(
        .d(c_left$d),
        .q(c_left$q),
        .clock(c_left$clock)
    );
    icebreaker_top_ftsync_core_tracker_c_more c_more(
        .d(c_more$d),
        .q(c_more$q),
        .clock(c_more$clock)
    );
    icebreaker_top_ftsync_core_tracker_ready ready(
        .d(ready$d),
        .q(ready$q),
        .clock(ready$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_valid d_valid(
        .d(d_valid$d),
        .q(d_valid$q),
        .clock(d_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_bank d_bank(
        .d(d_bank$d),
        .q(d_bank$q),
        .clock(d_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_word d_word(
        .d(d_word$d),
        .q(d_word$q),
        .clock(d_word$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_bit d_bit(
        .d(d_bit$d),
        .q(d_bit$q),
        .clock(d_bit$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_sword d_sword(
        .d(d_sword$d),
        .q(d_sword$q),
        .clock(d_sword$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_sbit d_sbit(
        .d(d_sbit$d),
        .q(d_sbit$q),
        .clock(d_sbit$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_hit d_hit(
        .d(d_hit$d),
        .q(d_hit$q),
        .clock(d_hit$clock)
    );
    icebreaker_top_ftsync_core_tracker_d_shit d_shit(
        .d(d_shit$d),
        .q(d_shit$q),
        .clock(d_shit$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_valid e_valid(
        .d(e_valid$d),
        .q(e_valid$q),
        .clock(e_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_bank e_bank(
        .d(e_bank$d),
        .q(e_bank$q),
        .clock(e_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_word e_word(
        .d(e_word$d),
        .q(e_word$q),
        .clock(e_word$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_mask e_mask(
        .d(e_mask$d),
        .q(e_mask$q),
        .clock(e_mask$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_sword e_sword(
        .d(e_sword$d),
        .q(e_sword$q),
        .clock(e_sword$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_sbit e_sbit(
        .d(e_sbit$d),
        .q(e_sbit$q),
        .clock(e_sbit$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_data e_data(
        .d(e_data$d),
        .q(e_data$q),
        .clock(e_data$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_sdata e_sdata(
        .d(e_sdata$d),
        .q(e_sdata$q),
        .clock(e_sdata$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_hit e_hit(
        .d(e_hit$d),
        .q(e_hit$q),
        .clock(e_hit$clock)
    );
    icebreaker_top_ftsync_core_tracker_e_shit e_shit(
        .d(e_shit$d),
        .q(e_shit$q),
        .clock(e_shit$clock)
    );
    icebreaker_top_ftsync_core_tracker_lw_data lw_data(
        .d(lw_data$d),
        .q(lw_data$q),
        .clock(lw_data$clock)
    );
    icebreaker_top_ftsync_core_tracker_ls_data ls_data(
        .d(ls_data$d),
        .q(ls_data$q),
        .clock(ls_data$clock)
    );
    icebreaker_top_ftsync_core_tracker_f_valid f_valid(
        .d(f_valid$d),
        .q(f_valid$q),
        .clock(f_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_f_bank f_bank(
        .d(f_bank$d),
        .q(f_bank$q),
        .clock(f_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_f_new f_new(
        .d(f_new$d),
        .q(f_new$q),
        .clock(f_new$clock)
    );
    icebreaker_top_ftsync_core_tracker_dirty dirty(
        .d(dirty$d),
        .q(dirty$q),
        .clock(dirty$clock)
    );
    icebreaker_top_ftsync_core_tracker_dirty_full dirty_full(
        .d(dirty_full$d),
        .q(dirty_full$q),
        .clock(dirty_full$clock)
    );
    icebreaker_top_ftsync_core_tracker_snap snap(
        .d(snap$d),
        .q(snap$q),
        .clock(snap$clock)
    );
    icebreaker_top_ftsync_core_tracker_snap_full snap_full(
        .d(snap_full$d),
        .q(snap_full$q),
        .clock(snap_full$clock)
    );
    icebreaker_top_ftsync_core_tracker_dirty_nz dirty_nz(
        .d(dirty_nz$d),
        .q(dirty_nz$q),
        .clock(dirty_nz$clock)
    );
    icebreaker_top_ftsync_core_tracker_snap_nz snap_nz(
        .d(snap_nz$d),
        .q(snap_nz$q),
        .clock(snap_nz$clock)
    );
    icebreaker_top_ftsync_core_tracker_n_writes n_writes(
        .d(n_writes$d),
        .q(n_writes$q),
        .clock(n_writes$clock)
    );
    icebreaker_top_ftsync_core_tracker_n_oor n_oor(
        .d(n_oor$d),
        .q(n_oor$q),
        .clock(n_oor$clock)
    );
    icebreaker_top_ftsync_core_tracker_n_stall n_stall(
        .d(n_stall$d),
        .q(n_stall$q),
        .clock(n_stall$clock)
    );
    icebreaker_top_ftsync_core_tracker_swap_wait swap_wait(
        .d(swap_wait$d),
        .q(swap_wait$q),
        .clock(swap_wait$clock)
    );
    icebreaker_top_ftsync_core_tracker_swap_seen swap_seen(
        .d(swap_seen$d),
        .q(swap_seen$q),
        .clock(swap_seen$clock)
    );
    icebreaker_top_ftsync_core_tracker_drain_q0 drain_q0(
        .d(drain_q0$d),
        .q(drain_q0$q),
        .clock(drain_q0$clock)
    );
    icebreaker_top_ftsync_core_tracker_drain_q1 drain_q1(
        .d(drain_q1$d),
        .q(drain_q1$q),
        .clock(drain_q1$clock)
    );
    icebreaker_top_ftsync_core_tracker_clr_pending clr_pending(
        .d(clr_pending$d),
        .q(clr_pending$q),
        .clock(clr_pending$clock)
    );
    icebreaker_top_ftsync_core_tracker_clr_run clr_run(
        .d(clr_run$d),
        .q(clr_run$q),
        .clock(clr_run$clock)
    );
    icebreaker_top_ftsync_core_tracker_clr_ptr clr_ptr(
        .d(clr_ptr$d),
        .q(clr_ptr$q),
        .clock(clr_ptr$clock)
    );
    icebreaker_top_ftsync_core_tracker_clr_last clr_last(
        .d(clr_last$d),
        .q(clr_last$q),
        .clock(clr_last$clock)
    );
    icebreaker_top_ftsync_core_tracker_init init(
        .d(init$d),
        .q(init$q),
        .clock(init$clock)
    );
    icebreaker_top_ftsync_core_tracker_init_ptr init_ptr(
        .d(init_ptr$d),
        .q(init_ptr$q),
        .clock(init_ptr$clock)
    );
    icebreaker_top_ftsync_core_tracker_init_last init_last(
        .d(init_last$d),
        .q(init_last$q),
        .clock(init_last$clock)
    );
    icebreaker_top_ftsync_core_tracker_hb_req hb_req(
        .d(hb_req$d),
        .q(hb_req$q),
        .clock(hb_req$clock)
    );
    icebreaker_top_ftsync_core_tracker_hb_addr hb_addr(
        .d(hb_addr$d),
        .q(hb_addr$q),
        .clock(hb_addr$clock)
    );
    icebreaker_top_ftsync_core_tracker_hs_req hs_req(
        .d(hs_req$d),
        .q(hs_req$q),
        .clock(hs_req$clock)
    );
    icebreaker_top_ftsync_core_tracker_hs_addr hs_addr(
        .d(hs_addr$d),
        .q(hs_addr$q),
        .clock(hs_addr$clock)
    );
    icebreaker_top_ftsync_core_tracker_hb_valid hb_valid(
        .d(hb_valid$d),
        .q(hb_valid$q),
        .clock(hb_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_hb_bank hb_bank(
        .d(hb_bank$d),
        .q(hb_bank$q),
        .clock(hb_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_hb_zero hb_zero(
        .d(hb_zero$d),
        .q(hb_zero$q),
        .clock(hb_zero$clock)
    );
    icebreaker_top_ftsync_core_tracker_hs_valid hs_valid(
        .d(hs_valid$d),
        .q(hs_valid$q),
        .clock(hs_valid$clock)
    );
    icebreaker_top_ftsync_core_tracker_hs_bank hs_bank(
        .d(hs_bank$d),
        .q(hs_bank$q),
        .clock(hs_bank$clock)
    );
    icebreaker_top_ftsync_core_tracker_hs_zero hs_zero(
        .d(hs_zero$d),
        .q(hs_zero$q),
        .clock(hs_zero$clock)
    );
    icebreaker_top_ftsync_core_tracker_hb_ack hb_ack(
        .d(hb_ack$d),
        .q(hb_ack$q),
        .clock(hb_ack$clock)
    );
    icebreaker_top_ftsync_core_tracker_hb_data hb_data(
        .d(hb_data$d),
        .q(hb_data$q),
        .clock(hb_data$clock)
    );
    icebreaker_top_ftsync_core_tracker_hs_ack hs_ack(
        .d(hs_ack$d),
        .q(hs_ack$q),
        .clock(hs_ack$clock)
    );
    icebreaker_top_ftsync_core_tracker_hs_data hs_data(
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

endmodule // icebreaker_top_ftsync_core_tracker

module icebreaker_top_ftsync_core_tracker_a_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_a_bank

module icebreaker_top_ftsync_core_tracker_a_carry(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_a_carry

module icebreaker_top_ftsync_core_tracker_a_hi(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_a_hi

module icebreaker_top_ftsync_core_tracker_a_len_m1(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_a_len_m1

module icebreaker_top_ftsync_core_tracker_a_lo(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_a_lo

module icebreaker_top_ftsync_core_tracker_a_sat_hi(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_a_sat_hi

module icebreaker_top_ftsync_core_tracker_a_sat_lo(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_a_sat_lo

module icebreaker_top_ftsync_core_tracker_a_to_top(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_a_to_top

module icebreaker_top_ftsync_core_tracker_a_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_a_valid

module icebreaker_top_ftsync_core_tracker_b_above(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_b_above

module icebreaker_top_ftsync_core_tracker_b_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_b_bank

module icebreaker_top_ftsync_core_tracker_b_first(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_b_first

module icebreaker_top_ftsync_core_tracker_b_issue(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_b_issue

module icebreaker_top_ftsync_core_tracker_b_last(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_b_last

module icebreaker_top_ftsync_core_tracker_b_oor(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_b_oor

module icebreaker_top_ftsync_core_tracker_b_span_clip(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_b_span_clip

module icebreaker_top_ftsync_core_tracker_b_span_in(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_b_span_in

module icebreaker_top_ftsync_core_tracker_b_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_b_valid

module icebreaker_top_ftsync_core_tracker_bitmap0(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // icebreaker_top_ftsync_core_tracker_bitmap0

module icebreaker_top_ftsync_core_tracker_bitmap1(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // icebreaker_top_ftsync_core_tracker_bitmap1

module icebreaker_top_ftsync_core_tracker_c_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_c_bank

module icebreaker_top_ftsync_core_tracker_c_cur(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_c_cur

module icebreaker_top_ftsync_core_tracker_c_left(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_c_left

module icebreaker_top_ftsync_core_tracker_c_more(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_c_more

module icebreaker_top_ftsync_core_tracker_c_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_c_valid

module icebreaker_top_ftsync_core_tracker_cfg_big_mask(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_cfg_big_mask

module icebreaker_top_ftsync_core_tracker_cfg_coarse(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_cfg_coarse

module icebreaker_top_ftsync_core_tracker_cfg_fine(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_cfg_fine

module icebreaker_top_ftsync_core_tracker_cfg_limit_m1(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_cfg_limit_m1

module icebreaker_top_ftsync_core_tracker_cfg_limit_m1_nz(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_cfg_limit_m1_nz

module icebreaker_top_ftsync_core_tracker_cfg_limit_zero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_cfg_limit_zero

module icebreaker_top_ftsync_core_tracker_cfg_nbase(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_cfg_nbase

module icebreaker_top_ftsync_core_tracker_cfg_nlm1(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_cfg_nlm1

module icebreaker_top_ftsync_core_tracker_clr_last(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_clr_last

module icebreaker_top_ftsync_core_tracker_clr_pending(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_clr_pending

module icebreaker_top_ftsync_core_tracker_clr_ptr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_clr_ptr

module icebreaker_top_ftsync_core_tracker_clr_run(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_clr_run

module icebreaker_top_ftsync_core_tracker_d_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_d_bank

module icebreaker_top_ftsync_core_tracker_d_bit(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_d_bit

module icebreaker_top_ftsync_core_tracker_d_hit(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_d_hit

module icebreaker_top_ftsync_core_tracker_d_sbit(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_d_sbit

module icebreaker_top_ftsync_core_tracker_d_shit(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_d_shit

module icebreaker_top_ftsync_core_tracker_d_sword(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_d_sword

module icebreaker_top_ftsync_core_tracker_d_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_d_valid

module icebreaker_top_ftsync_core_tracker_d_word(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_d_word

module icebreaker_top_ftsync_core_tracker_dirty(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_dirty

module icebreaker_top_ftsync_core_tracker_dirty_full(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_dirty_full

module icebreaker_top_ftsync_core_tracker_dirty_nz(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_dirty_nz

module icebreaker_top_ftsync_core_tracker_drain_q0(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_drain_q0

module icebreaker_top_ftsync_core_tracker_drain_q1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_drain_q1

module icebreaker_top_ftsync_core_tracker_e_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_e_bank

module icebreaker_top_ftsync_core_tracker_e_data(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_e_data

module icebreaker_top_ftsync_core_tracker_e_hit(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_e_hit

module icebreaker_top_ftsync_core_tracker_e_mask(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_e_mask

module icebreaker_top_ftsync_core_tracker_e_sbit(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_e_sbit

module icebreaker_top_ftsync_core_tracker_e_sdata(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_e_sdata

module icebreaker_top_ftsync_core_tracker_e_shit(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_e_shit

module icebreaker_top_ftsync_core_tracker_e_sword(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_e_sword

module icebreaker_top_ftsync_core_tracker_e_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_e_valid

module icebreaker_top_ftsync_core_tracker_e_word(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_e_word

module icebreaker_top_ftsync_core_tracker_f_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_f_bank

module icebreaker_top_ftsync_core_tracker_f_new(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_f_new

module icebreaker_top_ftsync_core_tracker_f_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_f_valid

module icebreaker_top_ftsync_core_tracker_h_add(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_h_add

module icebreaker_top_ftsync_core_tracker_h_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_h_bank

module icebreaker_top_ftsync_core_tracker_h_first(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_h_first

module icebreaker_top_ftsync_core_tracker_h_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_h_valid

module icebreaker_top_ftsync_core_tracker_hb_ack(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hb_ack

module icebreaker_top_ftsync_core_tracker_hb_addr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_hb_addr

module icebreaker_top_ftsync_core_tracker_hb_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hb_bank

module icebreaker_top_ftsync_core_tracker_hb_data(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_hb_data

module icebreaker_top_ftsync_core_tracker_hb_req(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hb_req

module icebreaker_top_ftsync_core_tracker_hb_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hb_valid

module icebreaker_top_ftsync_core_tracker_hb_zero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hb_zero

module icebreaker_top_ftsync_core_tracker_hs_ack(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hs_ack

module icebreaker_top_ftsync_core_tracker_hs_addr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_hs_addr

module icebreaker_top_ftsync_core_tracker_hs_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hs_bank

module icebreaker_top_ftsync_core_tracker_hs_data(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_hs_data

module icebreaker_top_ftsync_core_tracker_hs_req(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hs_req

module icebreaker_top_ftsync_core_tracker_hs_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hs_valid

module icebreaker_top_ftsync_core_tracker_hs_zero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_hs_zero

module icebreaker_top_ftsync_core_tracker_init(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_init

module icebreaker_top_ftsync_core_tracker_init_last(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_init_last

module icebreaker_top_ftsync_core_tracker_init_ptr(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_init_ptr

module icebreaker_top_ftsync_core_tracker_l_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_l_bank

module icebreaker_top_ftsync_core_tracker_l_first(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_l_first

module icebreaker_top_ftsync_core_tracker_l_last(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_l_last

module icebreaker_top_ftsync_core_tracker_l_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_l_valid

module icebreaker_top_ftsync_core_tracker_lim_big(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_lim_big

module icebreaker_top_ftsync_core_tracker_lim_m1(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_lim_m1

module icebreaker_top_ftsync_core_tracker_lim_m1_nz(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_lim_m1_nz

module icebreaker_top_ftsync_core_tracker_lim_zero(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_lim_zero

module icebreaker_top_ftsync_core_tracker_live(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_live

module icebreaker_top_ftsync_core_tracker_ls_data(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_ls_data

module icebreaker_top_ftsync_core_tracker_lw_data(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_lw_data

module icebreaker_top_ftsync_core_tracker_n_oor(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_n_oor

module icebreaker_top_ftsync_core_tracker_n_stall(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_n_stall

module icebreaker_top_ftsync_core_tracker_n_writes(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_n_writes

module icebreaker_top_ftsync_core_tracker_ready(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_ready

module icebreaker_top_ftsync_core_tracker_s_bank(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_s_bank

module icebreaker_top_ftsync_core_tracker_s_below(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_s_below

module icebreaker_top_ftsync_core_tracker_s_first(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_s_first

module icebreaker_top_ftsync_core_tracker_s_first_big(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_s_first_big

module icebreaker_top_ftsync_core_tracker_s_last(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_s_last

module icebreaker_top_ftsync_core_tracker_s_last_below(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_s_last_below

module icebreaker_top_ftsync_core_tracker_s_last_big(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_s_last_big

module icebreaker_top_ftsync_core_tracker_s_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_s_valid

module icebreaker_top_ftsync_core_tracker_snap(d,q,clock);

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

endmodule // icebreaker_top_ftsync_core_tracker_snap

module icebreaker_top_ftsync_core_tracker_snap_full(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_snap_full

module icebreaker_top_ftsync_core_tracker_snap_nz(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_snap_nz

module icebreaker_top_ftsync_core_tracker_summary0(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // icebreaker_top_ftsync_core_tracker_summary0

module icebreaker_top_ftsync_core_tracker_summary1(clock,read_address,read_data,write_address,write_data,write_enable);

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
endmodule // icebreaker_top_ftsync_core_tracker_summary1

module icebreaker_top_ftsync_core_tracker_swap_seen(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_swap_seen

module icebreaker_top_ftsync_core_tracker_swap_wait(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_ftsync_core_tracker_swap_wait

module icebreaker_top_glue(clock,reset_button,drain_button,retire_button,rx_line,tx_line,rst,ce_drain,ce_retire,heartbeat,rx_active,tx_active,button_active);

    // Module arguments
    input wire  clock;
    input wire  reset_button;
    input wire  drain_button;
    input wire  retire_button;
    input wire  rx_line;
    input wire  tx_line;
    output reg  rst;
    output reg  ce_drain;
    output reg  ce_retire;
    output reg  heartbeat;
    output reg  rx_active;
    output reg  tx_active;
    output reg  button_active;

    // Constant declarations
    localparam  half_second = 24'h5b8d7f;
    localparam  blink = 24'h927c0;
    localparam  por_end = 4'hf;

    // Stub signals
    reg  reset_sync1$d;
    wire  reset_sync1$q;
    reg  reset_sync1$clock;
    reg  reset_sync2$d;
    wire  reset_sync2$q;
    reg  reset_sync2$clock;
    reg  [3:0] por$d;
    wire  [3:0] por$q;
    reg  por$clock;
    reg  [23:0] beat_count$d;
    wire  [23:0] beat_count$q;
    reg  beat_count$clock;
    reg  beat$d;
    wire  beat$q;
    reg  beat$clock;
    reg  [15:0] sample_count$d;
    wire  [15:0] sample_count$q;
    reg  sample_count$clock;
    reg  drain_sync1$d;
    wire  drain_sync1$q;
    reg  drain_sync1$clock;
    reg  drain_sync2$d;
    wire  drain_sync2$q;
    reg  drain_sync2$clock;
    reg  retire_sync1$d;
    wire  retire_sync1$q;
    reg  retire_sync1$clock;
    reg  retire_sync2$d;
    wire  retire_sync2$q;
    reg  retire_sync2$clock;
    reg  drain_sample$d;
    wire  drain_sample$q;
    reg  drain_sample$clock;
    reg  drain_before$d;
    wire  drain_before$q;
    reg  drain_before$clock;
    reg  retire_sample$d;
    wire  retire_sample$q;
    reg  retire_sample$clock;
    reg  retire_before$d;
    wire  retire_before$q;
    reg  retire_before$clock;
    reg  drain_pulse$d;
    wire  drain_pulse$q;
    reg  drain_pulse$clock;
    reg  retire_pulse$d;
    wire  retire_pulse$q;
    reg  retire_pulse$clock;
    reg  rx_sync1$d;
    wire  rx_sync1$q;
    reg  rx_sync1$clock;
    reg  rx_sync2$d;
    wire  rx_sync2$q;
    reg  rx_sync2$clock;
    reg  [23:0] rx_stretch$d;
    wire  [23:0] rx_stretch$q;
    reg  rx_stretch$clock;
    reg  [23:0] tx_stretch$d;
    wire  [23:0] tx_stretch$q;
    reg  tx_stretch$clock;
    reg  [23:0] button_stretch$d;
    wire  [23:0] button_stretch$q;
    reg  button_stretch$clock;

    // Local signals
    reg  sample;

    // Sub module instances
    icebreaker_top_glue_reset_sync1 reset_sync1(
        .d(reset_sync1$d),
        .q(reset_sync1$q),
        .clock(reset_sync1$clock)
    );
    icebreaker_top_glue_reset_sync2 reset_sync2(
        .d(reset_sync2$d),
        .q(reset_sync2$q),
        .clock(reset_sync2$clock)
    );
    icebreaker_top_glue_por por(
        .d(por$d),
        .q(por$q),
        .clock(por$clock)
    );
    icebreaker_top_glue_beat_count beat_count(
        .d(beat_count$d),
        .q(beat_count$q),
        .clock(beat_count$clock)
    );
    icebreaker_top_glue_beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    icebreaker_top_glue_sample_count sample_count(
        .d(sample_count$d),
        .q(sample_count$q),
        .clock(sample_count$clock)
    );
    icebreaker_top_glue_drain_sync1 drain_sync1(
        .d(drain_sync1$d),
        .q(drain_sync1$q),
        .clock(drain_sync1$clock)
    );
    icebreaker_top_glue_drain_sync2 drain_sync2(
        .d(drain_sync2$d),
        .q(drain_sync2$q),
        .clock(drain_sync2$clock)
    );
    icebreaker_top_glue_retire_sync1 retire_sync1(
        .d(retire_sync1$d),
        .q(retire_sync1$q),
        .clock(retire_sync1$clock)
    );
    icebreaker_top_glue_retire_sync2 retire_sync2(
        .d(retire_sync2$d),
        .q(retire_sync2$q),
        .clock(retire_sync2$clock)
    );
    icebreaker_top_glue_drain_sample drain_sample(
        .d(drain_sample$d),
        .q(drain_sample$q),
        .clock(drain_sample$clock)
    );
    icebreaker_top_glue_drain_before drain_before(
        .d(drain_before$d),
        .q(drain_before$q),
        .clock(drain_before$clock)
    );
    icebreaker_top_glue_retire_sample retire_sample(
        .d(retire_sample$d),
        .q(retire_sample$q),
        .clock(retire_sample$clock)
    );
    icebreaker_top_glue_retire_before retire_before(
        .d(retire_before$d),
        .q(retire_before$q),
        .clock(retire_before$clock)
    );
    icebreaker_top_glue_drain_pulse drain_pulse(
        .d(drain_pulse$d),
        .q(drain_pulse$q),
        .clock(drain_pulse$clock)
    );
    icebreaker_top_glue_retire_pulse retire_pulse(
        .d(retire_pulse$d),
        .q(retire_pulse$q),
        .clock(retire_pulse$clock)
    );
    icebreaker_top_glue_rx_sync1 rx_sync1(
        .d(rx_sync1$d),
        .q(rx_sync1$q),
        .clock(rx_sync1$clock)
    );
    icebreaker_top_glue_rx_sync2 rx_sync2(
        .d(rx_sync2$d),
        .q(rx_sync2$q),
        .clock(rx_sync2$clock)
    );
    icebreaker_top_glue_rx_stretch rx_stretch(
        .d(rx_stretch$d),
        .q(rx_stretch$q),
        .clock(rx_stretch$clock)
    );
    icebreaker_top_glue_tx_stretch tx_stretch(
        .d(tx_stretch$d),
        .q(tx_stretch$q),
        .clock(tx_stretch$clock)
    );
    icebreaker_top_glue_button_stretch button_stretch(
        .d(button_stretch$d),
        .q(button_stretch$q),
        .clock(button_stretch$clock)
    );

    // Update code
    always @(*) begin
        reset_sync1$clock = clock;
        reset_sync2$clock = clock;
        por$clock = clock;
        beat_count$clock = clock;
        beat$clock = clock;
        sample_count$clock = clock;
        drain_sync1$clock = clock;
        drain_sync2$clock = clock;
        retire_sync1$clock = clock;
        retire_sync2$clock = clock;
        drain_sample$clock = clock;
        drain_before$clock = clock;
        retire_sample$clock = clock;
        retire_before$clock = clock;
        drain_pulse$clock = clock;
        retire_pulse$clock = clock;
        rx_sync1$clock = clock;
        rx_sync2$clock = clock;
        rx_stretch$clock = clock;
        tx_stretch$clock = clock;
        button_stretch$clock = clock;
        reset_sync1$d = reset_sync1$q;
        reset_sync2$d = reset_sync2$q;
        por$d = por$q;
        beat_count$d = beat_count$q;
        beat$d = beat$q;
        sample_count$d = sample_count$q;
        drain_sync1$d = drain_sync1$q;
        drain_sync2$d = drain_sync2$q;
        retire_sync1$d = retire_sync1$q;
        retire_sync2$d = retire_sync2$q;
        drain_sample$d = drain_sample$q;
        drain_before$d = drain_before$q;
        retire_sample$d = retire_sample$q;
        retire_before$d = retire_before$q;
        drain_pulse$d = drain_pulse$q;
        retire_pulse$d = retire_pulse$q;
        rx_sync1$d = rx_sync1$q;
        rx_sync2$d = rx_sync2$q;
        rx_stretch$d = rx_stretch$q;
        tx_stretch$d = tx_stretch$q;
        button_stretch$d = button_stretch$q;
        reset_sync1$d = reset_button;
        reset_sync2$d = reset_sync1$q;
        if (reset_sync2$q) begin
            por$d = 32'h0;
        end
        else if (por$q != por_end) begin
            por$d = por$q + 32'h1;
        end
        rst = por$q != por_end;
        if (beat_count$q == half_second) begin
            beat_count$d = 32'h0;
            beat$d = ~beat$q;
        end
        else begin
            beat_count$d = beat_count$q + 32'h1;
        end
        heartbeat = beat$q;
        drain_sync1$d = drain_button;
        drain_sync2$d = drain_sync1$q;
        retire_sync1$d = retire_button;
        retire_sync2$d = retire_sync1$q;
        sample_count$d = sample_count$q + 32'h1;
        sample = sample_count$q == 32'h0;
        drain_pulse$d = 1'b0;
        retire_pulse$d = 1'b0;
        if (sample) begin
            drain_sample$d = drain_sync2$q;
            drain_before$d = drain_sample$q;
            retire_sample$d = retire_sync2$q;
            retire_before$d = retire_sample$q;
            drain_pulse$d = drain_sync2$q & drain_sample$q & ~drain_before$q;
            retire_pulse$d = retire_sync2$q & retire_sample$q & ~retire_before$q;
        end
        ce_drain = drain_pulse$q;
        ce_retire = retire_pulse$q;
        rx_sync1$d = rx_line;
        rx_sync2$d = rx_sync1$q;
        if (~rx_sync2$q) begin
            rx_stretch$d = blink;
        end
        else if (rx_stretch$q != 32'h0) begin
            rx_stretch$d = rx_stretch$q - 32'h1;
        end
        if (~tx_line) begin
            tx_stretch$d = blink;
        end
        else if (tx_stretch$q != 32'h0) begin
            tx_stretch$d = tx_stretch$q - 32'h1;
        end
        if (drain_pulse$q | retire_pulse$q) begin
            button_stretch$d = blink;
        end
        else if (button_stretch$q != 32'h0) begin
            button_stretch$d = button_stretch$q - 32'h1;
        end
        rx_active = rx_stretch$q != 32'h0;
        tx_active = tx_stretch$q != 32'h0;
        button_active = button_stretch$q != 32'h0;
    end

endmodule // icebreaker_top_glue

module icebreaker_top_glue_beat(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_beat

module icebreaker_top_glue_beat_count(d,q,clock);

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

endmodule // icebreaker_top_glue_beat_count

module icebreaker_top_glue_button_stretch(d,q,clock);

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

endmodule // icebreaker_top_glue_button_stretch

module icebreaker_top_glue_drain_before(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_drain_before

module icebreaker_top_glue_drain_pulse(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_drain_pulse

module icebreaker_top_glue_drain_sample(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_drain_sample

module icebreaker_top_glue_drain_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_drain_sync1

module icebreaker_top_glue_drain_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_drain_sync2

module icebreaker_top_glue_por(d,q,clock);

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

endmodule // icebreaker_top_glue_por

module icebreaker_top_glue_reset_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_reset_sync1

module icebreaker_top_glue_reset_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_reset_sync2

module icebreaker_top_glue_retire_before(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_retire_before

module icebreaker_top_glue_retire_pulse(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_retire_pulse

module icebreaker_top_glue_retire_sample(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_retire_sample

module icebreaker_top_glue_retire_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_retire_sync1

module icebreaker_top_glue_retire_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_retire_sync2

module icebreaker_top_glue_rx_stretch(d,q,clock);

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

endmodule // icebreaker_top_glue_rx_stretch

module icebreaker_top_glue_rx_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_rx_sync1

module icebreaker_top_glue_rx_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // icebreaker_top_glue_rx_sync2

module icebreaker_top_glue_sample_count(d,q,clock);

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

endmodule // icebreaker_top_glue_sample_count

module icebreaker_top_glue_tx_stretch(d,q,clock);

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

endmodule // icebreaker_top_glue_tx_stretch
