//! `uart_bridge`: a host reaches a Wishbone bus (`ftsync_core`'s CSR bus on the open boards)
//! over a serial line. The protocol — frames, status codes, the CRC-8 and why — is
//! `regbus::uart`'s; every byte value here comes from there.
//!
//! ```text
//!   rx ─▶ uart_rx ─▶ byte                                            byte ─▶ uart_tx ─▶ tx
//!                     │                                                ▲
//!    ┌─▶ HUNT ─SYNC─▶ RECV ─last byte─▶ CRC, version, command ─refused, PING─▶ SEND ─┐
//!    │     ▲           │                            │ READ / WRITE            ▲      │
//!    │     └─ dropped ─┘ idle gap,                  ▼                         │      │
//!    │                   framing error             BUS ─── ack / timeout ─────┘      │
//!    └────────────────────────────── last byte taken by uart_tx ─────────────────────┘
//! ```
//!
//! One request at a time, no queue: the bridge holds one frame's fields in registers and
//! makes at most one bus cycle per frame, and only after the checksum, version and command
//! all check out, so a malformed frame never reaches the bus. The CRC is computed a byte per
//! clock as bytes arrive (byte-parallel form of x⁸+x²+x+1: fold x⁸ and x⁹ back as 0x07 and
//! 0x0E); over a frame including its CRC byte it ends at 0.
//!
//! Counters (16-bit, wrapping; outputs only, not in the register map): frames answered,
//! frames refused (BAD_CHECKSUM / BAD_VERSION / BAD_COMMAND, also answered), frames dropped
//! without an answer (cut by an idle gap longer than the inter-byte timeout, or by a framing
//! error), garbage (bytes and framing errors outside a frame, or while a request executes) and
//! bus timeouts (answered TIMEOUT).

use crate::uart_rx::UartRx;
use crate::uart_tx::UartTx;
use regbus::uart::{self as proto, Command, Status};
use rust_hdl::prelude::*;

/// Largest inter-byte and bus timeouts (24-bit counter).
pub const MAX_TIMEOUT: u32 = (1 << 24) - 1;

#[derive(LogicBlock)]
pub struct UartBridge {
    pub clock: Signal<In, Clock>,
    pub rst: Signal<In, Bit>,
    /// Serial lines, idle high. `rx` is asynchronous (synchronized inside).
    pub rx: Signal<In, Bit>,
    pub tx: Signal<Out, Bit>,
    // Wishbone B4 classic master, 32-bit, byte addresses, full-word transfers.
    pub wb_adr: Signal<Out, Bits<16>>,
    pub wb_dat_w: Signal<Out, Bits<32>>,
    pub wb_dat_r: Signal<In, Bits<32>>,
    pub wb_sel: Signal<Out, Bits<4>>,
    pub wb_we: Signal<Out, Bit>,
    pub wb_cyc: Signal<Out, Bit>,
    pub wb_stb: Signal<Out, Bit>,
    pub wb_ack: Signal<In, Bit>,
    // Counters.
    pub frames_answered: Signal<Out, Bits<16>>,
    pub frames_refused: Signal<Out, Bits<16>>,
    pub frames_dropped: Signal<Out, Bits<16>>,
    pub garbage: Signal<Out, Bits<16>>,
    pub bus_timeouts: Signal<Out, Bits<16>>,

    urx: UartRx,
    utx: UartTx,

    byte_timeout: Constant<Bits<24>>,
    bus_timeout: Constant<Bits<24>>,
    all_lanes: Constant<Bits<4>>,
    sync_byte: Constant<Bits<8>>,
    version: Constant<Bits<4>>,
    cmd_ping: Constant<Bits<4>>,
    cmd_read: Constant<Bits<4>>,
    cmd_write: Constant<Bits<4>>,
    st_ok: Constant<Bits<8>>,
    st_ok_data: Constant<Bits<8>>,
    st_bad_checksum: Constant<Bits<8>>,
    st_bad_command: Constant<Bits<8>>,
    st_bad_version: Constant<Bits<8>>,
    st_timeout: Constant<Bits<8>>,

    // 0 hunt for SYNC, 1 receive a frame, 2 bus cycle, 3 send the answer.
    state: DFF<Bits<2>>,
    /// Byte number after SYNC, receiving and sending.
    idx: DFF<Bits<4>>,
    head: DFF<Bits<8>>,
    seq: DFF<Bits<8>>,
    adr: DFF<Bits<16>>,
    /// WRITE data while receiving, answer data while sending.
    dat: DFF<Bits<32>>,
    crc: DFF<Bits<8>>,
    status: DFF<Bits<8>>,
    /// Cycles since the last byte (receiving) or since the strobe (bus cycle).
    timer: DFF<Bits<24>>,
    cyc: DFF<Bit>,
    we: DFF<Bit>,
    n_answered: DFF<Bits<16>>,
    n_refused: DFF<Bits<16>>,
    n_dropped: DFF<Bits<16>>,
    n_garbage: DFF<Bits<16>>,
    n_timeouts: DFF<Bits<16>>,

    out_byte: Signal<Local, Bits<8>>,
    crc_in: Signal<Local, Bits<8>>,
    crc_x: Signal<Local, Bits<10>>,
    crc_e: Signal<Local, Bits<10>>,
    fold8: Signal<Local, Bits<8>>,
    fold9: Signal<Local, Bits<8>>,
    crc_next: Signal<Local, Bits<8>>,
    rx_last: Signal<Local, Bit>,
    tx_last: Signal<Local, Bit>,
    head_version: Signal<Local, Bits<4>>,
    head_cmd: Signal<Local, Bits<4>>,
    junk: Signal<Local, Bit>,
}

impl UartBridge {
    /// `clocks_per_bit` = clock / baud (4..=65535). `byte_timeout`: cycles from one byte's
    /// arrival to the next after which a partial frame is dropped; back-to-back characters
    /// arrive every 10 bit times, so at least 12. `bus_timeout`: cycles the slave has to
    /// acknowledge. Both at most [`MAX_TIMEOUT`].
    pub fn new(clocks_per_bit: u32, byte_timeout: u32, bus_timeout: u32) -> Self {
        assert!(
            byte_timeout >= 12 * clocks_per_bit && byte_timeout <= MAX_TIMEOUT,
            "byte_timeout {byte_timeout} must be 12 bit times ({}) ..= {MAX_TIMEOUT} cycles",
            12 * clocks_per_bit
        );
        assert!((1..=MAX_TIMEOUT).contains(&bus_timeout), "bus_timeout {bus_timeout} outside 1..={MAX_TIMEOUT}");
        let status = |s: Status, data: bool| {
            let flag = if data { proto::DATA_FLAG } else { 0 };
            Constant::new(u64::from(proto::VERSION << 4 | flag | s.code()).into())
        };
        let cmd = |c: Command| Constant::new(u64::from(c.code()).into());
        Self {
            clock: Default::default(),
            rst: Default::default(),
            rx: Default::default(),
            tx: Default::default(),
            wb_adr: Default::default(),
            wb_dat_w: Default::default(),
            wb_dat_r: Default::default(),
            wb_sel: Default::default(),
            wb_we: Default::default(),
            wb_cyc: Default::default(),
            wb_stb: Default::default(),
            wb_ack: Default::default(),
            frames_answered: Default::default(),
            frames_refused: Default::default(),
            frames_dropped: Default::default(),
            garbage: Default::default(),
            bus_timeouts: Default::default(),
            urx: UartRx::new(clocks_per_bit),
            utx: UartTx::new(clocks_per_bit),
            byte_timeout: Constant::new(u64::from(byte_timeout).into()),
            bus_timeout: Constant::new(u64::from(bus_timeout).into()),
            all_lanes: Constant::new(0xF.into()),
            sync_byte: Constant::new(u64::from(proto::SYNC).into()),
            version: Constant::new(u64::from(proto::VERSION).into()),
            cmd_ping: cmd(Command::Ping),
            cmd_read: cmd(Command::Read),
            cmd_write: cmd(Command::Write),
            st_ok: status(Status::Ok, false),
            st_ok_data: status(Status::Ok, true),
            st_bad_checksum: status(Status::BadChecksum, false),
            st_bad_command: status(Status::BadCommand, false),
            st_bad_version: status(Status::BadVersion, false),
            st_timeout: status(Status::Timeout, false),
            state: Default::default(),
            idx: Default::default(),
            head: Default::default(),
            seq: Default::default(),
            adr: Default::default(),
            dat: Default::default(),
            crc: Default::default(),
            status: Default::default(),
            timer: Default::default(),
            cyc: Default::default(),
            we: Default::default(),
            n_answered: Default::default(),
            n_refused: Default::default(),
            n_dropped: Default::default(),
            n_garbage: Default::default(),
            n_timeouts: Default::default(),
            out_byte: Default::default(),
            crc_in: Default::default(),
            crc_x: Default::default(),
            crc_e: Default::default(),
            fold8: Default::default(),
            fold9: Default::default(),
            crc_next: Default::default(),
            rx_last: Default::default(),
            tx_last: Default::default(),
            head_version: Default::default(),
            head_cmd: Default::default(),
            junk: Default::default(),
        }
    }

    /// A bridge for a `clock_hz` clock at `baud`: 10 ms inter-byte timeout (a host writes a
    /// frame in one call, so its bytes leave back to back; 10 ms also covers a USB-serial
    /// adapter's 1 ms frames) and a 4096-cycle bus timeout (`ftsync_core` acknowledges within a
    /// few cycles).
    pub fn for_clock(clock_hz: u32, baud: u32) -> Self {
        let cpb = (clock_hz + baud / 2) / baud;
        let actual = f64::from(clock_hz) / f64::from(cpb);
        assert!(
            (actual / f64::from(baud) - 1.0).abs() < 0.02,
            "{clock_hz} Hz cannot make {baud} baud within 2 % (gets {actual:.0})"
        );
        Self::new(cpb, (clock_hz / 100).clamp(12 * cpb, MAX_TIMEOUT), 4096)
    }
}

impl Logic for UartBridge {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self, clock, state, idx, head, seq, adr, dat, crc, status, timer, cyc, we, n_answered, n_refused,
            n_dropped, n_garbage, n_timeouts
        );
        clock!(self, clock, urx, utx);
        self.urx.rst.next = self.rst.val();
        self.utx.rst.next = self.rst.val();
        self.urx.rx.next = self.rx.val();
        self.tx.next = self.utx.tx.val();

        self.wb_cyc.next = self.cyc.q.val();
        self.wb_stb.next = self.cyc.q.val();
        self.wb_we.next = self.we.q.val();
        self.wb_adr.next = self.adr.q.val();
        self.wb_dat_w.next = self.dat.q.val();
        self.wb_sel.next = self.all_lanes.val();

        self.head_version.next = self.head.q.val().get_bits::<4>(4);
        self.head_cmd.next = self.head.q.val().get_bits::<4>(0);
        // The frame's length comes from the data flag of the byte after SYNC.
        self.rx_last.next = ((self.idx.q.val() == 4) & !self.head.q.val().get_bit(3)) | (self.idx.q.val() == 8);
        self.tx_last.next = ((self.idx.q.val() == 3) & !self.status.q.val().get_bit(3)) | (self.idx.q.val() == 7);

        // ---- The byte on its way out: SYNC, status, seq, data (LSB first), CRC.
        self.out_byte.next = self.dat.q.val().get_bits::<8>(0);
        match self.idx.q.val().index() {
            0 => {
                self.out_byte.next = self.sync_byte.val();
            }
            1 => {
                self.out_byte.next = self.status.q.val();
            }
            2 => {
                self.out_byte.next = self.seq.q.val();
            }
            _ => {
                if self.tx_last.val() {
                    self.out_byte.next = self.crc.q.val();
                }
            }
        }
        self.utx.data.next = self.out_byte.val();
        self.utx.valid.next = self.state.q.val() == 3;

        // ---- CRC-8 (0x07) of one more byte, received or sent.
        self.crc_in.next = self.urx.data.val();
        if self.state.q.val() == 3 {
            self.crc_in.next = self.out_byte.val();
        }
        self.crc_x.next = bit_cast::<10, 8>(self.crc.q.val() ^ self.crc_in.val());
        self.crc_e.next = self.crc_x.val() ^ (self.crc_x.val() << 1) ^ (self.crc_x.val() << 2);
        self.fold8.next = 0.into();
        if self.crc_e.val().get_bit(8) {
            self.fold8.next = 0x07.into();
        }
        self.fold9.next = 0.into();
        if self.crc_e.val().get_bit(9) {
            self.fold9.next = 0x0E.into();
        }
        self.crc_next.next = self.crc_e.val().get_bits::<8>(0) ^ self.fold8.val() ^ self.fold9.val();

        self.timer.d.next = self.timer.q.val() + 1;
        self.junk.next = false;
        match self.state.q.val().index() {
            0 => {
                if self.urx.valid.val() & (self.urx.data.val() == self.sync_byte.val()) {
                    self.state.d.next = 1.into();
                    self.idx.d.next = 0.into();
                    self.crc.d.next = 0.into();
                    self.timer.d.next = 0.into();
                } else {
                    self.junk.next = self.urx.valid.val() | self.urx.frame_error.val();
                }
            }
            1 => {
                if self.urx.valid.val() {
                    self.crc.d.next = self.crc_next.val();
                    self.idx.d.next = self.idx.q.val() + 1;
                    self.timer.d.next = 0.into();
                    if self.idx.q.val() == 0 {
                        self.head.d.next = self.urx.data.val();
                    }
                    if self.idx.q.val() == 1 {
                        self.seq.d.next = self.urx.data.val();
                    }
                    if (self.idx.q.val() == 2) | (self.idx.q.val() == 3) {
                        self.adr.d.next = (bit_cast::<16, 8>(self.urx.data.val()) << 8) | (self.adr.q.val() >> 8);
                    }
                    if (self.idx.q.val() >= 4) & !self.rx_last.val() {
                        self.dat.d.next = (bit_cast::<32, 8>(self.urx.data.val()) << 24) | (self.dat.q.val() >> 8);
                    }
                    if self.rx_last.val() {
                        // Checks in the protocol's order; only the last branches touch the bus.
                        self.idx.d.next = 0.into();
                        self.crc.d.next = 0.into();
                        self.state.d.next = 3.into();
                        if self.crc_next.val() != 0 {
                            self.status.d.next = self.st_bad_checksum.val();
                            self.n_refused.d.next = self.n_refused.q.val() + 1;
                        } else if self.head_version.val() != self.version.val() {
                            self.status.d.next = self.st_bad_version.val();
                            self.n_refused.d.next = self.n_refused.q.val() + 1;
                        } else if self.head_cmd.val() == self.cmd_ping.val() {
                            self.status.d.next = self.st_ok_data.val();
                            self.dat.d.next =
                                (bit_cast::<32, 16>(self.adr.q.val()) << 16) | bit_cast::<32, 4>(self.version.val());
                        } else if self.head_cmd.val() == self.cmd_read.val() {
                            self.we.d.next = false;
                            self.cyc.d.next = true;
                            self.state.d.next = 2.into();
                        } else if self.head_cmd.val() == self.cmd_write.val() {
                            self.we.d.next = true;
                            self.cyc.d.next = true;
                            self.state.d.next = 2.into();
                        } else {
                            self.status.d.next = self.st_bad_command.val();
                            self.n_refused.d.next = self.n_refused.q.val() + 1;
                        }
                    }
                } else if self.urx.frame_error.val() | (self.timer.q.val() == self.byte_timeout.val()) {
                    self.n_dropped.d.next = self.n_dropped.q.val() + 1;
                    self.state.d.next = 0.into();
                }
            }
            2 => {
                self.junk.next = self.urx.valid.val() | self.urx.frame_error.val();
                if self.wb_ack.val() {
                    self.cyc.d.next = false;
                    self.state.d.next = 3.into();
                    self.status.d.next = self.st_ok.val();
                    if !self.we.q.val() {
                        self.status.d.next = self.st_ok_data.val();
                        self.dat.d.next = self.wb_dat_r.val();
                    }
                } else if self.timer.q.val() == self.bus_timeout.val() {
                    self.cyc.d.next = false;
                    self.state.d.next = 3.into();
                    self.status.d.next = self.st_timeout.val();
                    self.n_timeouts.d.next = self.n_timeouts.q.val() + 1;
                }
            }
            _ => {
                self.junk.next = self.urx.valid.val() | self.urx.frame_error.val();
                if self.utx.ready.val() {
                    self.idx.d.next = self.idx.q.val() + 1;
                    if self.idx.q.val() != 0 {
                        self.crc.d.next = self.crc_next.val();
                    }
                    if (self.idx.q.val() >= 3) & !self.tx_last.val() {
                        self.dat.d.next = self.dat.q.val() >> 8;
                    }
                    if self.tx_last.val() {
                        self.state.d.next = 0.into();
                        self.n_answered.d.next = self.n_answered.q.val() + 1;
                    }
                }
            }
        }
        if self.junk.val() {
            self.n_garbage.d.next = self.n_garbage.q.val() + 1;
        }
        if self.rst.val() {
            self.state.d.next = 0.into();
            self.cyc.d.next = false;
            self.we.d.next = false;
            self.n_answered.d.next = 0.into();
            self.n_refused.d.next = 0.into();
            self.n_dropped.d.next = 0.into();
            self.n_garbage.d.next = 0.into();
            self.n_timeouts.d.next = 0.into();
        }
        self.frames_answered.next = self.n_answered.q.val();
        self.frames_refused.next = self.n_refused.q.val();
        self.frames_dropped.next = self.n_dropped.q.val();
        self.garbage.next = self.n_garbage.q.val();
        self.bus_timeouts.next = self.n_timeouts.q.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net.
    #[test]
    fn uart_bridge_synthesizes() {
        let mut uut = UartBridge::for_clock(25_000_000, 115_200);
        uut.connect_all();
        yosys_validate("ftsync_uart_bridge", &generate_verilog(&uut)).unwrap();
    }
}
