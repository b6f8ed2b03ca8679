//! The Verilated `ftsync_uart_top` through its serial line only: requests encoded with
//! `regbus::uart` go in bit by bit at 217 clocks a bit, answers are sampled back and decoded.

use regbus::uart::{self, Decoder, Request, Response, Status};
use sim::uart_top::{UartLink, BYTE_TIMEOUT_CYCLES, CLOCKS_PER_BIT};

/// Cycles for a request and its answer with room to spare: 18 bytes of 10 bits, plus the bus.
const EXCHANGE: u64 = 20 * 10 * CLOCKS_PER_BIT as u64 + 8192;

fn exchange(link: &mut UartLink, req: &Request) -> Response {
    link.send(&uart::encode_request(req));
    let mut dec = Decoder::new();
    let mut got = Vec::new();
    let mut spent = 0;
    while spent < EXCHANGE {
        link.run(1000);
        spent += 1000;
        for b in link.take_received() {
            got.push(b);
            if let Some(r) = dec.push(b) {
                return r.unwrap_or_else(|e| panic!("{req:?}: {e} in {got:02x?}"));
            }
        }
    }
    panic!("{req:?}: no answer within {EXCHANGE} cycles (got {got:02x?})");
}

fn read(link: &mut UartLink, seq: u8, name: &str) -> u32 {
    let req = Request::Read { seq, addr: regmap::offset(name) as u16 };
    let r = exchange(link, &req);
    assert!(r.answers(&req) && r.status == Status::Ok, "{r:?}");
    r.data.unwrap()
}

#[test]
fn ping_identity_and_scratch_over_the_line() {
    let mut link = UartLink::new();
    let ping = Request::Ping { seq: 1, echo: 0xBEEF };
    assert_eq!(exchange(&mut link, &ping), ping.expected_response(None));
    assert_eq!(read(&mut link, 2, "ID"), 0x4654_5359);
    let w = Request::Write { seq: 3, addr: regmap::offset("SCRATCH") as u16, data: 0xA5A5_0F0F };
    assert_eq!(exchange(&mut link, &w), w.expected_response(Some(0)));
    assert_eq!(read(&mut link, 4, "SCRATCH"), 0xA5A5_0F0F);
    assert_eq!(link.framing_errors(), 0);
    // About 1.2 ms of 25 MHz time per READ: the bridge answers as the protocol says.
    assert!(link.is_idle());
}

#[test]
fn snooped_writes_reach_the_tracker_behind_the_bridge() {
    let mut link = UartLink::new();
    let write = |link: &mut UartLink, seq, name: &str, data| {
        let w = Request::Write { seq, addr: regmap::offset(name) as u16, data };
        assert_eq!(exchange(link, &w).status, Status::Ok);
    };
    // Blocks of 1 KiB from 0, 64 of them, logging on.
    write(&mut link, 1, "TRACK_BASE_LO", 0);
    write(&mut link, 2, "TRACK_SHIFT", 10);
    write(&mut link, 3, "TRACK_LIMIT", 64);
    let en = regmap::register("TRACK_CTRL").unwrap().reg.fields.iter().find(|f| f.name == "EN").unwrap().place(1);
    write(&mut link, 4, "TRACK_CTRL", en);
    for block in [3u64, 5, 5, 40] {
        link.snoop(block * 1024 + 8, 4);
    }
    assert_eq!(read(&mut link, 5, "TRACK_WRITES"), 4);
    assert_eq!(read(&mut link, 6, "TRACK_DIRTY_COUNT"), 3);
}

#[test]
fn a_cut_frame_is_dropped_after_the_byte_timeout_and_the_next_one_answered() {
    let mut link = UartLink::new();
    let idle_until_quiet = |link: &mut UartLink| {
        while !link.is_idle() {
            link.run(100);
        }
    };
    // A pause shorter than the byte timeout (counted from one byte's stop bit to the next one's,
    // so less the next byte's 10 bit times) does not cut a frame.
    let f = uart::encode_request(&Request::Read { seq: 8, addr: 0 });
    link.send(&f[..3]);
    idle_until_quiet(&mut link);
    link.run(BYTE_TIMEOUT_CYCLES - 12 * CLOCKS_PER_BIT as u64);
    link.send(&f[3..]);
    let mut dec = Decoder::new();
    let mut answer = None;
    for _ in 0..EXCHANGE / 1000 {
        link.run(1000);
        if let Some(r) = link.take_received().into_iter().find_map(|b| dec.push(b)) {
            answer = Some(r.unwrap());
            break;
        }
    }
    assert_eq!(answer.map(|r| (r.seq, r.data)), Some((8, Some(0x4654_5359))));
    // A longer one does.
    let f = uart::encode_request(&Request::Read { seq: 9, addr: 0 });
    link.send(&f[..3]);
    idle_until_quiet(&mut link);
    link.run(BYTE_TIMEOUT_CYCLES + 2 * CLOCKS_PER_BIT as u64);
    assert!(link.take_received().is_empty(), "a cut frame gets no answer");
    assert_eq!(read(&mut link, 10, "ID"), 0x4654_5359);
    // Garbage (no SYNC) before a frame is skipped by the bridge.
    link.send(&[0x00, 0x13, 0xFF]);
    assert_eq!(read(&mut link, 11, "ID"), 0x4654_5359);
    // A damaged frame is answered BAD_CHECKSUM with its sequence number.
    let mut bad = uart::encode_request(&Request::Read { seq: 12, addr: 0 });
    bad[3] ^= 0x01;
    link.send(&bad);
    let mut dec = Decoder::new();
    let mut answer = None;
    for _ in 0..EXCHANGE / 1000 {
        link.run(1000);
        if let Some(r) = link.take_received().into_iter().find_map(|b| dec.push(b)) {
            answer = Some(r.unwrap());
            break;
        }
    }
    assert_eq!(answer, Some(Response { version: uart::VERSION, status: Status::BadChecksum, seq: 12, data: None }));
}
