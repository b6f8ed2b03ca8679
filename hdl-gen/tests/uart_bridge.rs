//! Behaviour of `uart_bridge` in rust-hdl simulation, through its pins only: the host side
//! bit-bangs frames made by `regbus::uart` onto `rx` and decodes `tx` back with its
//! `Decoder`, so the RTL is checked against the protocol's one Rust definition.
//!
//! Two set-ups: the bridge alone on an in-test Wishbone slave (memory, chosen ack latency or
//! none, every bus cycle recorded), and the bridge wired to `ftsync_core` (ID and SCRATCH
//! over "serial"). A short bit time keeps the simulations short.

use hdl_gen::bench::Bench;
use hdl_gen::uart_bridge::UartBridge;
use hdl_gen::uart_top::FtsyncUartTop;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use regbus::uart::{encode_request, parse_request, request_frame, DecodeError, Decoder, Request, Response, Status};
use rust_hdl::prelude::*;
use std::collections::{HashMap, VecDeque};

const CPB: u32 = 5;
/// Two characters of silence end a partial frame.
const BYTE_TIMEOUT: u32 = 20 * CPB;
const BUS_TIMEOUT: u32 = 40;
/// Cycles of one character on the line.
const CHAR: u64 = 10 * CPB as u64;

fn bridge() -> UartBridge {
    UartBridge::new(CPB, BYTE_TIMEOUT, BUS_TIMEOUT)
}

// ---------------------------------------------------------------------------------------------
// The devices under test.

/// The bridge's counters, in port order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Counters {
    answered: u32,
    refused: u32,
    dropped: u32,
    garbage: u32,
    timeouts: u32,
}

fn counters(b: &UartBridge) -> Counters {
    Counters {
        answered: b.frames_answered.val().to_u32(),
        refused: b.frames_refused.val().to_u32(),
        dropped: b.frames_dropped.val().to_u32(),
        garbage: b.garbage.val().to_u32(),
        timeouts: b.bus_timeouts.val().to_u32(),
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct BusCycle {
    adr: u16,
    we: bool,
    dat_w: u32,
    sel: u8,
}

trait Dut {
    /// One clock edge with `rx` on the line; the tx line afterwards.
    fn cycle(&mut self, rx: bool) -> bool;
    fn bridge(&self) -> &UartBridge;
}

/// A Wishbone B4 classic slave: word memory, `latency` wait cycles before `ack` (None: never).
struct Slave {
    mem: HashMap<u16, u32>,
    latency: Option<u32>,
    waited: u32,
    /// Completed transfers, in order.
    log: Vec<BusCycle>,
}

struct Alone {
    b: Bench<UartBridge>,
    slave: Slave,
}

impl Alone {
    fn new(latency: Option<u32>) -> Alone {
        Alone::with(bridge(), latency)
    }

    fn with(bridge: UartBridge, latency: Option<u32>) -> Alone {
        Alone {
            b: Bench::new(bridge, |u| &mut u.clock),
            slave: Slave { mem: HashMap::new(), latency, waited: 0, log: Vec::new() },
        }
    }
}

impl Dut for Alone {
    fn cycle(&mut self, rx: bool) -> bool {
        let (u, s) = (&mut self.b.uut, &mut self.slave);
        u.rx.next = rx;
        // The master's outputs come from registers, so they are settled here.
        let strobe = u.wb_cyc.val() & u.wb_stb.val();
        let ack = strobe && s.latency.is_some_and(|l| s.waited >= l);
        let adr = u.wb_adr.val().to_u32() as u16;
        u.wb_ack.next = ack;
        u.wb_dat_r.next = 0.into();
        if ack {
            let c = BusCycle {
                adr,
                we: u.wb_we.val(),
                dat_w: u.wb_dat_w.val().to_u32(),
                sel: u.wb_sel.val().to_u32() as u8,
            };
            if c.we {
                s.mem.insert(adr, c.dat_w);
            } else {
                u.wb_dat_r.next = u64::from(s.mem.get(&adr).copied().unwrap_or(0xBAD0_0000 | u32::from(adr))).into();
            }
            s.log.push(c);
        }
        s.waited = if strobe && !ack { s.waited + 1 } else { 0 };
        self.b.tick();
        self.b.uut.tx.val()
    }

    fn bridge(&self) -> &UartBridge {
        &self.b.uut
    }
}

/// The bridge as the Wishbone master of `ftsync_core`, as the board tops wire it
/// (`ftsync_uart_top`), with no CE attached.
struct WithCore {
    b: Bench<FtsyncUartTop<11, 6, 1, 64, 3, 4>>,
}

impl WithCore {
    fn new() -> WithCore {
        let mut b = Bench::new(FtsyncUartTop::with_bridge(bridge()), |u| &mut u.clk);
        b.uut.uart_rx.next = true;
        b.uut.o_ready.next = true;
        b.uut.rst.next = true;
        b.ticks(2);
        b.uut.rst.next = false;
        WithCore { b }
    }
}

impl Dut for WithCore {
    fn cycle(&mut self, rx: bool) -> bool {
        self.b.uut.uart_rx.next = rx;
        self.b.tick();
        self.b.uut.uart_tx.val()
    }

    fn bridge(&self) -> &UartBridge {
        self.b.uut.bridge()
    }
}

// ---------------------------------------------------------------------------------------------
// The host's end of the line.

/// Software 8N1 receiver on the bridge's tx line, sampling mid-bit.
struct SoftRx {
    /// Cycles per bit.
    cpb: u64,
    /// Cycles since the falling edge of the current start bit.
    since: Option<u64>,
    shift: u8,
}

impl SoftRx {
    fn sample(&mut self, line: bool) -> Option<u8> {
        let cpb = self.cpb;
        let Some(t) = self.since.as_mut() else {
            if !line {
                self.since = Some(0);
            }
            return None;
        };
        *t += 1;
        // Bit n is sampled at its middle, n * cpb + cpb / 2 cycles after the falling edge.
        let (n, offset) = (*t / cpb, *t % cpb);
        if offset != cpb / 2 {
            return None;
        }
        match n {
            0 => assert!(!line, "tx: start bit shorter than half a bit"),
            n @ 1..=8 => self.shift |= u8::from(line) << (n - 1),
            _ => {
                assert!(line, "tx: framing error (stop bit low)");
                self.since = None;
                return Some(std::mem::take(&mut self.shift));
            }
        }
        None
    }
}

struct Tb<D: Dut> {
    dut: D,
    /// Cycles per bit the host sends with (the bridge's, or off by a few percent).
    host_bit: u64,
    /// The bridge's bit time and inter-byte timeout, for the host's patience.
    bit: u64,
    byte_timeout: u64,
    /// Levels for rx, one per cycle; idle (high) when empty.
    line: VecDeque<bool>,
    soft_rx: SoftRx,
    decoder: Decoder,
    events: VecDeque<Result<Response, DecodeError>>,
    /// Cycles with `wb_cyc` high, counted at every edge.
    cyc_cycles: u64,
    /// Cycles since the bridge last finished a byte on tx.
    tx_quiet: u64,
}

impl<D: Dut> Tb<D> {
    fn new(dut: D) -> Tb<D> {
        Tb::timed(dut, CPB, CPB, BYTE_TIMEOUT)
    }

    /// A bridge made with `bit` cycles per bit and `byte_timeout`; the host sends with
    /// `host_bit` cycles per bit.
    fn timed(dut: D, bit: u32, host_bit: u32, byte_timeout: u32) -> Tb<D> {
        let mut tb = Tb {
            dut,
            host_bit: host_bit.into(),
            bit: bit.into(),
            byte_timeout: byte_timeout.into(),
            line: VecDeque::new(),
            soft_rx: SoftRx { cpb: bit.into(), since: None, shift: 0 },
            decoder: Decoder::new(),
            events: VecDeque::new(),
            cyc_cycles: 0,
            tx_quiet: 0,
        };
        // Idle line for a few cycles: the synchronizer settles.
        tb.run(4);
        tb
    }

    /// Queue `bytes` as 8N1 characters, back to back.
    fn send(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            let bits = std::iter::once(false).chain((0..8).map(|i| byte >> i & 1 == 1)).chain(std::iter::once(true));
            for level in bits {
                self.line.extend(std::iter::repeat_n(level, self.host_bit as usize));
            }
        }
    }

    /// Queue `cycles` of line held low (a break).
    fn hold_low(&mut self, cycles: u64) {
        self.line.extend(std::iter::repeat_n(false, cycles as usize));
    }

    fn step(&mut self) {
        let rx = self.line.pop_front().unwrap_or(true);
        if self.dut.bridge().wb_cyc.val() {
            self.cyc_cycles += 1;
        }
        let tx = self.dut.cycle(rx);
        self.tx_quiet += 1;
        if let Some(byte) = self.soft_rx.sample(tx) {
            self.tx_quiet = 0;
            self.events.extend(self.decoder.push(byte));
        }
    }

    fn run(&mut self, n: u64) {
        for _ in 0..n {
            self.step();
        }
    }

    /// Run until the queued bytes are out and the host decoded one event, or until the line
    /// has been quiet for longer than any answer takes (then None).
    fn event(&mut self) -> Option<Result<Response, DecodeError>> {
        let mut quiet = 0;
        while self.events.is_empty() {
            self.step();
            let char = 10 * self.bit;
            quiet = if self.line.is_empty() && self.tx_quiet > 2 * char { quiet + 1 } else { 0 };
            if quiet > u64::from(BUS_TIMEOUT) + self.byte_timeout + 2 * char {
                self.events.extend(self.decoder.idle().map(Err));
                return self.events.pop_front();
            }
        }
        self.events.pop_front()
    }

    /// Send a frame and return the answer, which must decode.
    fn exchange(&mut self, frame: &[u8]) -> Response {
        self.send(frame);
        match self.event() {
            Some(Ok(r)) => r,
            other => panic!("frame {frame:02x?}: expected an answer, got {other:?}"),
        }
    }

    fn transact(&mut self, req: &Request) -> Response {
        let r = self.exchange(&encode_request(req));
        assert!(r.answers(req), "{r:?} does not answer {req:?}");
        r
    }

    fn read(&mut self, seq: u8, addr: u16) -> u32 {
        let r = self.transact(&Request::Read { seq, addr });
        assert_eq!(r.status, Status::Ok, "read {addr:#06x}");
        r.data.expect("a READ answered OK carries data")
    }

    fn write(&mut self, seq: u8, addr: u16, data: u32) {
        let r = self.transact(&Request::Write { seq, addr, data });
        assert_eq!(r.status, Status::Ok, "write {addr:#06x}");
    }

    /// Silence longer than the inter-byte timeout: whatever the bridge had taken for a frame
    /// is dropped and it hunts for SYNC again (the host rule after any error). Returns what
    /// the host decoded meanwhile.
    fn pause(&mut self) -> Vec<Result<Response, DecodeError>> {
        while !self.line.is_empty() {
            self.step();
        }
        self.run(self.byte_timeout + 20 * self.bit);
        self.events.extend(self.decoder.idle().map(Err));
        self.decoder.reset();
        self.events.drain(..).collect()
    }

    fn counters(&self) -> Counters {
        counters(self.dut.bridge())
    }

    fn no_more_events(&mut self) {
        assert!(self.events.is_empty(), "unexpected events {:?}", self.events);
    }
}

fn ok(seq: u8, data: Option<u32>) -> Response {
    Response { version: regbus::uart::VERSION, status: Status::Ok, seq, data }
}

fn status(seq: u8, status: Status) -> Response {
    Response { version: regbus::uart::VERSION, status, seq, data: None }
}

// ---------------------------------------------------------------------------------------------
// Tests.

#[test]
fn ping_answers_echo_and_version_without_a_bus_cycle() {
    let mut tb = Tb::new(Alone::new(Some(0)));
    assert!(tb.dut.b.tx.val(), "tx idles high from power-up");
    let r = tb.transact(&Request::Ping { seq: 1, echo: 0xBEEF });
    assert_eq!(r, ok(1, Some(0xBEEF_0001)));
    assert_eq!(tb.cyc_cycles, 0);
    assert_eq!(tb.counters(), Counters { answered: 1, ..Default::default() });
}

#[test]
fn reads_and_writes_reach_the_bus_as_sent() {
    for latency in [0, 1, 3] {
        let mut tb = Tb::new(Alone::new(Some(latency)));
        let words = [(0x0000u16, 0xDEAD_BEEFu32), (0x0004, 0x0000_0001), (0xFFFC, 0x8000_0000), (0x1230, 0xA5A5_A5A5)];
        for (i, &(adr, v)) in words.iter().enumerate() {
            tb.write(i as u8, adr, v);
        }
        for (i, &(adr, v)) in words.iter().enumerate() {
            assert_eq!(tb.read(0x80 | i as u8, adr), v, "latency {latency}");
        }
        // Unwritten: the slave's marker, so the data path is not just echoing.
        assert_eq!(tb.read(0xFF, 0x0100), 0xBAD0_0100);
        let mut want: Vec<BusCycle> =
            words.iter().map(|&(adr, dat_w)| BusCycle { adr, we: true, dat_w, sel: 0xF }).collect();
        for &(adr, _) in &words {
            want.push(BusCycle { adr, we: false, dat_w: 0, sel: 0xF });
        }
        let mut log = tb.dut.slave.log.clone();
        for c in log.iter_mut().filter(|c| !c.we) {
            c.dat_w = 0; // whatever the master leaves on dat_w during a read
        }
        assert_eq!(log[..want.len()], want[..], "latency {latency}");
        assert_eq!(log.len(), want.len() + 1);
        // One strobe cycle per transfer plus the wait states: the master drops cyc on ack.
        assert_eq!(tb.cyc_cycles, 9 * (u64::from(latency) + 1), "latency {latency}");
        assert_eq!(tb.counters(), Counters { answered: 9, ..Default::default() });
    }
}

#[test]
fn id_and_scratch_over_serial_on_ftsync_core() {
    let mut tb = Tb::new(WithCore::new());
    let id = regmap::offset("ID") as u16;
    let scratch = regmap::offset("SCRATCH") as u16;
    assert_eq!(tb.read(1, id), 0x4654_5359);
    assert_eq!(tb.read(2, scratch), 0);
    tb.write(3, scratch, 0x1234_5678);
    assert_eq!(tb.read(4, scratch), 0x1234_5678);
    tb.write(5, scratch, 0xFFFF_FFFF);
    assert_eq!(tb.read(6, scratch), 0xFFFF_FFFF);
    assert_eq!(tb.counters(), Counters { answered: 6, ..Default::default() });
}

#[test]
fn bad_checksum_is_answered_and_makes_no_bus_cycle() {
    let mut tb = Tb::new(Alone::new(Some(0)));
    let mut f = encode_request(&Request::Write { seq: 9, addr: 0x10, data: 7 });
    f[9] ^= 0x01;
    assert_eq!(tb.exchange(&f), status(9, Status::BadChecksum));
    let mut f = encode_request(&Request::Read { seq: 10, addr: 0x10 });
    f[3] ^= 0x40;
    assert_eq!(tb.exchange(&f), status(10, Status::BadChecksum));
    assert_eq!(tb.cyc_cycles, 0, "the slave saw a cycle");
    assert!(tb.dut.slave.log.is_empty());
    assert_eq!(tb.counters(), Counters { answered: 2, refused: 2, ..Default::default() });
    // The next good frame, straight after, works.
    tb.write(11, 0x10, 7);
    assert_eq!(tb.dut.slave.log, [BusCycle { adr: 0x10, we: true, dat_w: 7, sel: 0xF }]);
}

#[test]
fn wrong_version_and_unknown_commands_are_refused() {
    let mut tb = Tb::new(Alone::new(Some(0)));
    // Version 2 READ and version 0 (a stuck-low line's) WRITE; the answer names version 1.
    assert_eq!(tb.exchange(&request_frame(0x21, 1, 0, None)), status(1, Status::BadVersion));
    assert_eq!(tb.exchange(&request_frame(0x0A, 2, 0, Some(5))), status(2, Status::BadVersion));
    // Unknown commands, without and with a data word, and the flag-flipped READ and WRITE.
    for (seq, head, data) in [(3, 0x17, None), (4, 0x1F, Some(5)), (5, 0x19, Some(1)), (6, 0x12, None)] {
        assert_eq!(tb.exchange(&request_frame(head, seq, 0, data)), status(seq, Status::BadCommand));
    }
    assert_eq!(tb.cyc_cycles, 0);
    assert_eq!(tb.counters(), Counters { answered: 6, refused: 6, ..Default::default() });
    tb.no_more_events();
}

#[test]
fn garbage_before_a_frame_is_skipped() {
    let mut tb = Tb::new(Alone::new(Some(0)));
    tb.send(&[0x00, 0xFF, 0x5A, 0x13, 0xA4]);
    tb.write(1, 0x20, 0xCAFE_F00D);
    assert_eq!(tb.counters(), Counters { answered: 1, garbage: 5, ..Default::default() });
    assert_eq!(tb.read(2, 0x20), 0xCAFE_F00D);
}

#[test]
fn sync_inside_garbage_is_recovered_by_an_idle_gap() {
    let mut tb = Tb::new(Alone::new(Some(0)));
    let req = Request::Write { seq: 1, addr: 0x20, data: 0x1234 };
    let frame = encode_request(&req);
    // A stray SYNC right before the frame: the bridge takes the frame's own SYNC as the byte
    // after it (version 10), judges 6 bytes, and refuses them; the rest of the frame is
    // garbage to it. The host sees an answer that is not for its request.
    tb.send(&[0x3C, 0xA5]);
    let phantom = tb.exchange(&frame);
    assert_eq!(phantom, status(frame[1], Status::BadChecksum));
    assert!(!phantom.answers(&req));
    // Host rule: silence, then retry.
    assert_eq!(tb.pause(), []);
    assert_eq!(tb.cyc_cycles, 0);
    // 0x3C, and the frame's last 5 bytes (most arrive while the bridge answers).
    assert_eq!(tb.counters().garbage, 6);
    assert_eq!(tb.transact(&req), ok(1, None));
    // A stray SYNC and one byte, then silence: a truncated frame, dropped, no answer.
    tb.send(&[0xA5, 0x11]);
    assert_eq!(tb.pause(), []);
    let c = tb.counters();
    assert_eq!((c.answered, c.refused, c.dropped), (2, 1, 1), "{c:?}");
    assert_eq!(tb.dut.slave.log, [BusCycle { adr: 0x20, we: true, dat_w: 0x1234, sel: 0xF }]);
}

#[test]
fn truncated_frame_is_dropped_after_the_inter_byte_timeout() {
    let mut tb = Tb::new(Alone::new(Some(0)));
    let f = encode_request(&Request::Write { seq: 1, addr: 0x40, data: 0x5555_AAAA });
    for cut in [1, 2, 5, 9] {
        tb.send(&f[..cut]);
        assert_eq!(tb.event(), None, "no answer to {cut} bytes");
    }
    assert_eq!(tb.cyc_cycles, 0);
    assert_eq!(tb.counters(), Counters { dropped: 4, ..Default::default() });
    // The timeout runs from byte to byte, a character is CHAR long: an idle gap of a little
    // less than BYTE_TIMEOUT - CHAR inside a frame is tolerated.
    tb.send(&f[..4]);
    tb.line.extend(std::iter::repeat_n(true, (u64::from(BYTE_TIMEOUT) - CHAR - 2 * u64::from(CPB)) as usize));
    assert_eq!(tb.exchange(&f[4..]), ok(1, None));
    assert_eq!(tb.dut.slave.log, [BusCycle { adr: 0x40, we: true, dat_w: 0x5555_AAAA, sel: 0xF }]);
}

#[test]
fn break_inside_a_frame_drops_it() {
    // A long inter-byte timeout, so that only the framing error can end the frame early.
    let slow = 4 * CHAR as u32;
    let mut tb = Tb::timed(Alone::with(UartBridge::new(CPB, slow, BUS_TIMEOUT), Some(0)), CPB, CPB, slow);
    let f = encode_request(&Request::Read { seq: 1, addr: 0x40 });
    tb.send(&f[..3]);
    tb.hold_low(3 * CHAR);
    assert_eq!(tb.pause(), []);
    assert_eq!(tb.cyc_cycles, 0);
    // Counted once, as a dropped frame, however long the break.
    assert_eq!(tb.counters(), Counters { dropped: 1, ..Default::default() });
    assert_eq!(tb.read(2, 0x40), 0xBAD0_0040);
    // The framing error itself ends the frame, before the inter-byte timeout would: a frame
    // right after a short break is taken as a new frame.
    tb.send(&f[..3]);
    tb.hold_low(CHAR + CHAR / 2);
    // A sender ends a break with at least one bit time of mark.
    tb.line.extend(std::iter::repeat_n(true, CPB as usize));
    assert_eq!(tb.read(3, 0x44), 0xBAD0_0044);
    assert_eq!(tb.counters(), Counters { answered: 2, dropped: 2, ..Default::default() });
}

/// Mid-bit sampling tolerates a sender whose bit time is 3 % off either way (a 32-cycle bit
/// sent as 31 or 33 cycles: the last sample drifts by 9.5 bits × 1 cycle).
#[test]
fn tolerates_three_percent_baud_mismatch() {
    const BIT: u32 = 32;
    for host_bit in [31, 33] {
        let b = UartBridge::new(BIT, 20 * BIT, BUS_TIMEOUT);
        let mut tb = Tb::timed(Alone::with(b, Some(0)), BIT, host_bit, 20 * BIT);
        tb.write(1, 0x30, 0x0F0F_F0F0);
        assert_eq!(tb.read(2, 0x30), 0x0F0F_F0F0, "host bit {host_bit}");
        assert_eq!(tb.counters(), Counters { answered: 2, ..Default::default() });
    }
}

#[test]
fn bus_timeout_is_answered_timeout_and_releases_the_bus() {
    let mut tb = Tb::new(Alone::new(None));
    assert_eq!(tb.transact(&Request::Read { seq: 1, addr: 0xF000 }), status(1, Status::Timeout));
    assert_eq!(tb.transact(&Request::Write { seq: 2, addr: 0xF000, data: 1 }), status(2, Status::Timeout));
    assert_eq!(tb.cyc_cycles, 2 * u64::from(BUS_TIMEOUT + 1));
    assert!(!tb.dut.b.wb_cyc.val());
    assert_eq!(tb.counters(), Counters { answered: 2, timeouts: 2, ..Default::default() });
    // A slave that answers again is reached again.
    tb.dut.slave.latency = Some(BUS_TIMEOUT - 1);
    tb.write(3, 0x8, 3);
    assert_eq!(tb.read(4, 0x8), 3);
}

/// Random requests, half of them corrupted by one to three bit flips after SYNC, each followed
/// by the host's silence: every bus cycle is one of the requests as sent and uncorrupted (or
/// one that the corruption could not hide from `parse_request`), every answer is the one the
/// protocol prescribes.
#[test]
fn corrupted_frames_never_make_a_wrong_bus_cycle() {
    let mut rng = SmallRng::seed_from_u64(0x05EE_D0A5);
    let mut tb = Tb::new(Alone::new(Some(1)));
    let mut want_log = Vec::new();
    for seq in 0..40u8 {
        let addr = rng.gen_range(0..16u16) * 4;
        let req = match rng.gen_range(0..3) {
            0 => Request::Read { seq, addr },
            1 => Request::Write { seq, addr, data: rng.gen() },
            _ => Request::Ping { seq, echo: rng.gen() },
        };
        let mut f = encode_request(&req);
        if rng.gen_bool(0.5) {
            for _ in 0..rng.gen_range(1..=3) {
                let bit = rng.gen_range(8..f.len() * 8);
                f[bit / 8] ^= 1 << (bit % 8);
            }
        }
        let judged = regbus::uart::request_len(f[1]);
        let before = tb.dut.slave.log.len();
        tb.send(&f);
        let ev = tb.event();
        assert_eq!(tb.pause(), [], "{f:02x?}: more than one answer");
        if judged > f.len() {
            assert_eq!(ev, None, "{f:02x?}: the bridge waits for bytes that never come");
            continue;
        }
        let got = ev.unwrap_or_else(|| panic!("{f:02x?}: no answer")).unwrap();
        match parse_request(&f[..judged]) {
            Ok(r) => {
                let mem = tb.dut.slave.mem.get(&addr).copied();
                let want = match r {
                    Request::Read { addr, .. } => {
                        want_log.push(BusCycle { adr: addr, we: false, dat_w: 0, sel: 0xF });
                        r.expected_response(Some(mem.unwrap_or(0xBAD0_0000 | u32::from(addr))))
                    }
                    Request::Write { addr, data, .. } => {
                        want_log.push(BusCycle { adr: addr, we: true, dat_w: data, sel: 0xF });
                        r.expected_response(Some(0))
                    }
                    Request::Ping { .. } => r.expected_response(None),
                };
                assert_eq!(got, want, "{f:02x?}");
                if r != req {
                    assert!(matches!(r, Request::Ping { .. }), "corruption made {r:?} of {req:?}");
                }
            }
            Err(e) => {
                assert_eq!(Some(got.status), e.status(), "{f:02x?}: {e}");
                assert_eq!(tb.dut.slave.log.len(), before, "{f:02x?}: refused frame made a bus cycle");
            }
        }
    }
    let mut log = tb.dut.slave.log.clone();
    for c in log.iter_mut().filter(|c| !c.we) {
        c.dat_w = 0;
    }
    assert_eq!(log, want_log);
    let c = tb.counters();
    assert!(c.refused > 5 && c.answered > 30, "{c:?}");
    assert_eq!(c.timeouts, 0);
}

/// Resource estimate on demand (yosys, both open FPGA families), for the board tops:
/// The bridge synthesizes for both families and stays small: on a UP5K (5280 LUTs) it must
/// leave room for the core, so it gets a budget of 800 LUT4 (measured: ~430).
#[test]
fn bridge_synthesizes_within_its_lut_budget() {
    let mut uut = UartBridge::for_clock(25_000_000, 115_200);
    uut.connect_all();
    let dir = tempfile::tempdir().expect("temp dir");
    let v = dir.path().join("uart_bridge.v");
    std::fs::write(&v, generate_verilog(&uut)).expect("write Verilog");
    for (synth, lut) in [("synth_ecp5", "LUT4"), ("synth_ice40", "SB_LUT4")] {
        let stat = dir.path().join(format!("{synth}.txt"));
        let out = std::process::Command::new("yosys")
            .args([
                "-q",
                "-p",
                &format!("read_verilog {}; {synth} -top top; tee -q -o {} stat", v.display(), stat.display()),
            ])
            .output()
            .expect("yosys runs (apt-get install yosys, or cargo xtask test)");
        assert!(out.status.success(), "{synth}: {}", String::from_utf8_lossy(&out.stderr));
        let text = std::fs::read_to_string(&stat).expect("statistics");
        let luts: u64 = text
            .lines()
            .filter_map(|l| {
                let mut p = l.split_whitespace();
                (p.next() == Some(lut)).then(|| p.next().and_then(|n| n.parse().ok())).flatten()
            })
            .last()
            .unwrap_or_else(|| panic!("{synth}: no {lut} count in\n{text}"));
        assert!(luts < 800, "{synth}: the bridge takes {luts} {lut}");
    }
}
