// rtl/boards/ulx3s_top.v — generated, do not edit; regenerate with `cargo run -p hdl-gen`
// Source: hdl-gen (rust-hdl). Top: ulx3s_top: ULX3S (ECP5 LFE5U-85F) board top, ftsync_uart_top with the default core on the 25 MHz oscillator; hdl-gen/src/boards/ulx3s.rs, pins in constraints/ulx3s/ulx3s.lpf.
// Instantiates ftsync_core (the default generation): read it with rtl/*.v, which hold the core.

module ulx3s_top(clk_25mhz,ftdi_txd,ftdi_rxd,btn,led,wifi_gpio0);

    // Module arguments
    input wire  clk_25mhz;
    input wire  ftdi_txd;
    output reg  ftdi_rxd;
    input wire  [2:0] btn;
    output reg  [7:0] led;
    output reg  wifi_gpio0;

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
    reg  [63:0] ftsync$a_data;
    reg  ftsync$a_last;
    reg  ftsync$b_valid;
    wire  ftsync$b_ready;
    reg  [63:0] ftsync$b_data;
    reg  ftsync$b_last;
    wire  ftsync$o_valid;
    reg  ftsync$o_ready;
    wire  [63:0] ftsync$o_data;
    wire  ftsync$o_last;
    wire  ftsync$irq;

    // Local signals
    reg  [7:0] leds;

    // Sub module instances
    ulx3s_top_glue glue(
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
    ulx3s_top_ftsync ftsync(
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
        glue$clock = clk_25mhz;
        ftsync$clk = clk_25mhz;
        glue$reset_button = ~btn[32'h0];
        glue$drain_button = btn[32'h1];
        glue$retire_button = btn[32'h2];
        glue$rx_line = ftdi_txd;
        glue$tx_line = ftsync$uart_tx;
        ftsync$rst = glue$rst;
        ftsync$uart_rx = ftdi_txd;
        ftdi_rxd = ftsync$uart_tx;
        wifi_gpio0 = 1'b1;
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
        leds = 32'h0;
        leds = (leds & ~(1 << (32'h0)) | ((glue$heartbeat) << (32'h0)));
        leds = (leds & ~(1 << (32'h1)) | ((glue$rx_active) << (32'h1)));
        leds = (leds & ~(1 << (32'h2)) | ((glue$tx_active) << (32'h2)));
        leds = (leds & ~(1 << (32'h3)) | ((ftsync$irq) << (32'h3)));
        leds = (leds & ~(1 << (32'h4)) | ((ftsync$ce_hold) << (32'h4)));
        leds = (leds & ~(1 << (32'h5)) | ((~ftsync$snoop_ready) << (32'h5)));
        leds = (leds & ~(1 << (32'h6)) | ((glue$button_active) << (32'h6)));
        leds = (leds & ~(1 << (32'h7)) | ((glue$rst) << (32'h7)));
        led = leds;
    end

endmodule // ulx3s_top

module ulx3s_top_ftsync(clk,rst,uart_rx,uart_tx,snoop_valid,snoop_ready,snoop_addr,snoop_len,ce_retire,ce_drain,ce_hold,a_valid,a_ready,a_data,a_last,b_valid,b_ready,b_data,b_last,o_valid,o_ready,o_data,o_last,irq);

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
    ulx3s_top_ftsync_bridge bridge(
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

endmodule // ulx3s_top_ftsync

module ulx3s_top_ftsync_bridge(clock,rst,rx,tx,wb_adr,wb_dat_w,wb_dat_r,wb_sel,wb_we,wb_cyc,wb_stb,wb_ack,frames_answered,frames_refused,frames_dropped,garbage,bus_timeouts);

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
    ulx3s_top_ftsync_bridge_urx urx(
        .clock(urx$clock),
        .rst(urx$rst),
        .rx(urx$rx),
        .data(urx$data),
        .valid(urx$valid),
        .frame_error(urx$frame_error)
    );
    ulx3s_top_ftsync_bridge_utx utx(
        .clock(utx$clock),
        .rst(utx$rst),
        .data(utx$data),
        .valid(utx$valid),
        .ready(utx$ready),
        .tx(utx$tx)
    );
    ulx3s_top_ftsync_bridge_state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    ulx3s_top_ftsync_bridge_idx idx(
        .d(idx$d),
        .q(idx$q),
        .clock(idx$clock)
    );
    ulx3s_top_ftsync_bridge_head head(
        .d(head$d),
        .q(head$q),
        .clock(head$clock)
    );
    ulx3s_top_ftsync_bridge_seq seq(
        .d(seq$d),
        .q(seq$q),
        .clock(seq$clock)
    );
    ulx3s_top_ftsync_bridge_adr adr(
        .d(adr$d),
        .q(adr$q),
        .clock(adr$clock)
    );
    ulx3s_top_ftsync_bridge_dat dat(
        .d(dat$d),
        .q(dat$q),
        .clock(dat$clock)
    );
    ulx3s_top_ftsync_bridge_crc crc(
        .d(crc$d),
        .q(crc$q),
        .clock(crc$clock)
    );
    ulx3s_top_ftsync_bridge_status status(
        .d(status$d),
        .q(status$q),
        .clock(status$clock)
    );
    ulx3s_top_ftsync_bridge_timer timer(
        .d(timer$d),
        .q(timer$q),
        .clock(timer$clock)
    );
    ulx3s_top_ftsync_bridge_cyc cyc(
        .d(cyc$d),
        .q(cyc$q),
        .clock(cyc$clock)
    );
    ulx3s_top_ftsync_bridge_we we(
        .d(we$d),
        .q(we$q),
        .clock(we$clock)
    );
    ulx3s_top_ftsync_bridge_n_answered n_answered(
        .d(n_answered$d),
        .q(n_answered$q),
        .clock(n_answered$clock)
    );
    ulx3s_top_ftsync_bridge_n_refused n_refused(
        .d(n_refused$d),
        .q(n_refused$q),
        .clock(n_refused$clock)
    );
    ulx3s_top_ftsync_bridge_n_dropped n_dropped(
        .d(n_dropped$d),
        .q(n_dropped$q),
        .clock(n_dropped$clock)
    );
    ulx3s_top_ftsync_bridge_n_garbage n_garbage(
        .d(n_garbage$d),
        .q(n_garbage$q),
        .clock(n_garbage$clock)
    );
    ulx3s_top_ftsync_bridge_n_timeouts n_timeouts(
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

endmodule // ulx3s_top_ftsync_bridge

module ulx3s_top_ftsync_bridge_adr(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_adr

module ulx3s_top_ftsync_bridge_crc(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_crc

module ulx3s_top_ftsync_bridge_cyc(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_cyc

module ulx3s_top_ftsync_bridge_dat(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_dat

module ulx3s_top_ftsync_bridge_head(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_head

module ulx3s_top_ftsync_bridge_idx(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_idx

module ulx3s_top_ftsync_bridge_n_answered(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_n_answered

module ulx3s_top_ftsync_bridge_n_dropped(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_n_dropped

module ulx3s_top_ftsync_bridge_n_garbage(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_n_garbage

module ulx3s_top_ftsync_bridge_n_refused(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_n_refused

module ulx3s_top_ftsync_bridge_n_timeouts(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_n_timeouts

module ulx3s_top_ftsync_bridge_seq(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_seq

module ulx3s_top_ftsync_bridge_state(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_state

module ulx3s_top_ftsync_bridge_status(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_status

module ulx3s_top_ftsync_bridge_timer(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_timer

module ulx3s_top_ftsync_bridge_urx(clock,rst,rx,data,valid,frame_error);

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
    ulx3s_top_ftsync_bridge_urx_sync1_n sync1_n(
        .d(sync1_n$d),
        .q(sync1_n$q),
        .clock(sync1_n$clock)
    );
    ulx3s_top_ftsync_bridge_urx_sync2_n sync2_n(
        .d(sync2_n$d),
        .q(sync2_n$q),
        .clock(sync2_n$clock)
    );
    ulx3s_top_ftsync_bridge_urx_state state(
        .d(state$d),
        .q(state$q),
        .clock(state$clock)
    );
    ulx3s_top_ftsync_bridge_urx_count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    ulx3s_top_ftsync_bridge_urx_nbit nbit(
        .d(nbit$d),
        .q(nbit$q),
        .clock(nbit$clock)
    );
    ulx3s_top_ftsync_bridge_urx_shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    ulx3s_top_ftsync_bridge_urx_r_valid r_valid(
        .d(r_valid$d),
        .q(r_valid$q),
        .clock(r_valid$clock)
    );
    ulx3s_top_ftsync_bridge_urx_r_ferr r_ferr(
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

endmodule // ulx3s_top_ftsync_bridge_urx

module ulx3s_top_ftsync_bridge_urx_count(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_urx_count

module ulx3s_top_ftsync_bridge_urx_nbit(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_urx_nbit

module ulx3s_top_ftsync_bridge_urx_r_ferr(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_urx_r_ferr

module ulx3s_top_ftsync_bridge_urx_r_valid(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_urx_r_valid

module ulx3s_top_ftsync_bridge_urx_shift(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_urx_shift

module ulx3s_top_ftsync_bridge_urx_state(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_urx_state

module ulx3s_top_ftsync_bridge_urx_sync1_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_urx_sync1_n

module ulx3s_top_ftsync_bridge_urx_sync2_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_urx_sync2_n

module ulx3s_top_ftsync_bridge_utx(clock,rst,data,valid,ready,tx);

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
    ulx3s_top_ftsync_bridge_utx_busy busy(
        .d(busy$d),
        .q(busy$q),
        .clock(busy$clock)
    );
    ulx3s_top_ftsync_bridge_utx_shift shift(
        .d(shift$d),
        .q(shift$q),
        .clock(shift$clock)
    );
    ulx3s_top_ftsync_bridge_utx_left left(
        .d(left$d),
        .q(left$q),
        .clock(left$clock)
    );
    ulx3s_top_ftsync_bridge_utx_count count(
        .d(count$d),
        .q(count$q),
        .clock(count$clock)
    );
    ulx3s_top_ftsync_bridge_utx_line_n line_n(
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

endmodule // ulx3s_top_ftsync_bridge_utx

module ulx3s_top_ftsync_bridge_utx_busy(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_utx_busy

module ulx3s_top_ftsync_bridge_utx_count(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_utx_count

module ulx3s_top_ftsync_bridge_utx_left(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_utx_left

module ulx3s_top_ftsync_bridge_utx_line_n(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_utx_line_n

module ulx3s_top_ftsync_bridge_utx_shift(d,q,clock);

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

endmodule // ulx3s_top_ftsync_bridge_utx_shift

module ulx3s_top_ftsync_bridge_we(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_ftsync_bridge_we

module ulx3s_top_glue(clock,reset_button,drain_button,retire_button,rx_line,tx_line,rst,ce_drain,ce_retire,heartbeat,rx_active,tx_active,button_active);

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
    localparam  half_second = 24'hbebc1f;
    localparam  blink = 24'h1312d0;
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
    ulx3s_top_glue_reset_sync1 reset_sync1(
        .d(reset_sync1$d),
        .q(reset_sync1$q),
        .clock(reset_sync1$clock)
    );
    ulx3s_top_glue_reset_sync2 reset_sync2(
        .d(reset_sync2$d),
        .q(reset_sync2$q),
        .clock(reset_sync2$clock)
    );
    ulx3s_top_glue_por por(
        .d(por$d),
        .q(por$q),
        .clock(por$clock)
    );
    ulx3s_top_glue_beat_count beat_count(
        .d(beat_count$d),
        .q(beat_count$q),
        .clock(beat_count$clock)
    );
    ulx3s_top_glue_beat beat(
        .d(beat$d),
        .q(beat$q),
        .clock(beat$clock)
    );
    ulx3s_top_glue_sample_count sample_count(
        .d(sample_count$d),
        .q(sample_count$q),
        .clock(sample_count$clock)
    );
    ulx3s_top_glue_drain_sync1 drain_sync1(
        .d(drain_sync1$d),
        .q(drain_sync1$q),
        .clock(drain_sync1$clock)
    );
    ulx3s_top_glue_drain_sync2 drain_sync2(
        .d(drain_sync2$d),
        .q(drain_sync2$q),
        .clock(drain_sync2$clock)
    );
    ulx3s_top_glue_retire_sync1 retire_sync1(
        .d(retire_sync1$d),
        .q(retire_sync1$q),
        .clock(retire_sync1$clock)
    );
    ulx3s_top_glue_retire_sync2 retire_sync2(
        .d(retire_sync2$d),
        .q(retire_sync2$q),
        .clock(retire_sync2$clock)
    );
    ulx3s_top_glue_drain_sample drain_sample(
        .d(drain_sample$d),
        .q(drain_sample$q),
        .clock(drain_sample$clock)
    );
    ulx3s_top_glue_drain_before drain_before(
        .d(drain_before$d),
        .q(drain_before$q),
        .clock(drain_before$clock)
    );
    ulx3s_top_glue_retire_sample retire_sample(
        .d(retire_sample$d),
        .q(retire_sample$q),
        .clock(retire_sample$clock)
    );
    ulx3s_top_glue_retire_before retire_before(
        .d(retire_before$d),
        .q(retire_before$q),
        .clock(retire_before$clock)
    );
    ulx3s_top_glue_drain_pulse drain_pulse(
        .d(drain_pulse$d),
        .q(drain_pulse$q),
        .clock(drain_pulse$clock)
    );
    ulx3s_top_glue_retire_pulse retire_pulse(
        .d(retire_pulse$d),
        .q(retire_pulse$q),
        .clock(retire_pulse$clock)
    );
    ulx3s_top_glue_rx_sync1 rx_sync1(
        .d(rx_sync1$d),
        .q(rx_sync1$q),
        .clock(rx_sync1$clock)
    );
    ulx3s_top_glue_rx_sync2 rx_sync2(
        .d(rx_sync2$d),
        .q(rx_sync2$q),
        .clock(rx_sync2$clock)
    );
    ulx3s_top_glue_rx_stretch rx_stretch(
        .d(rx_stretch$d),
        .q(rx_stretch$q),
        .clock(rx_stretch$clock)
    );
    ulx3s_top_glue_tx_stretch tx_stretch(
        .d(tx_stretch$d),
        .q(tx_stretch$q),
        .clock(tx_stretch$clock)
    );
    ulx3s_top_glue_button_stretch button_stretch(
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

endmodule // ulx3s_top_glue

module ulx3s_top_glue_beat(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_beat

module ulx3s_top_glue_beat_count(d,q,clock);

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

endmodule // ulx3s_top_glue_beat_count

module ulx3s_top_glue_button_stretch(d,q,clock);

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

endmodule // ulx3s_top_glue_button_stretch

module ulx3s_top_glue_drain_before(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_drain_before

module ulx3s_top_glue_drain_pulse(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_drain_pulse

module ulx3s_top_glue_drain_sample(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_drain_sample

module ulx3s_top_glue_drain_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_drain_sync1

module ulx3s_top_glue_drain_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_drain_sync2

module ulx3s_top_glue_por(d,q,clock);

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

endmodule // ulx3s_top_glue_por

module ulx3s_top_glue_reset_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_reset_sync1

module ulx3s_top_glue_reset_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_reset_sync2

module ulx3s_top_glue_retire_before(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_retire_before

module ulx3s_top_glue_retire_pulse(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_retire_pulse

module ulx3s_top_glue_retire_sample(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_retire_sample

module ulx3s_top_glue_retire_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_retire_sync1

module ulx3s_top_glue_retire_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_retire_sync2

module ulx3s_top_glue_rx_stretch(d,q,clock);

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

endmodule // ulx3s_top_glue_rx_stretch

module ulx3s_top_glue_rx_sync1(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_rx_sync1

module ulx3s_top_glue_rx_sync2(d,q,clock);

    // Module arguments
    input wire  d;
    output reg  q;
    input wire  clock;

    // Update code (custom)
    initial begin
       q = 1'h0;
    end

    always @(posedge clock) begin
       q <= d;
    end

endmodule // ulx3s_top_glue_rx_sync2

module ulx3s_top_glue_sample_count(d,q,clock);

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

endmodule // ulx3s_top_glue_sample_count

module ulx3s_top_glue_tx_stretch(d,q,clock);

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

endmodule // ulx3s_top_glue_tx_stretch
