//! The UART bridge protocol, version 1: a host reaches `ftsync_core`'s Wishbone bus over a
//! serial line (8N1), one 32-bit register access per request. The bridge is
//! `hdl_gen::uart_bridge`; this module is the protocol's one definition in Rust, used by the
//! serial transport and by the RTL tests alike.
//!
//! # Frames
//!
//! Every frame starts with [`SYNC`] and ends with a CRC-8 over every byte after SYNC. The byte
//! after SYNC carries the version in its high nibble and, in bit 3 ([`DATA_FLAG`]), whether a
//! 32-bit data word follows the fixed fields. Integers are little-endian.
//!
//! ```text
//!  request   byte 0      1               2     3    4     5   6   7   8     last (5 or 9)
//!               +------+-------+-------+-----+----+----+ - - - - - - - - - +-------+
//!               | SYNC | ver:4 | cmd:4 | seq | addr    | data (cmd bit 3)  | CRC-8 |
//!               | 0xA5 |  1    |D|op:3 |     | lo   hi | b0  b1  b2  b3    |       |
//!               +------+-------+-------+-----+----+----+ - - - - - - - - - +-------+
//!
//!  response  byte 0      1               2     3   4   5   6     last (3 or 7)
//!               +------+-------+-------+-----+ - - - - - - - - +-------+
//!               | SYNC | ver:4 | st:4  | seq | data (st bit 3)  | CRC-8 |
//!               | 0xA5 |  1    |D|code |     | b0  b1  b2  b3   |       |
//!               +------+-------+-------+-----+ - - - - - - - - +-------+
//! ```
//!
//! | command | code | frame | bus cycle | answer (OK) |
//! |---------|------|-------|-----------|-------------|
//! | PING    | 0x0  | 6 B   | none      | 0x8 + data = `addr << 16 \| VERSION` (link and version check) |
//! | READ    | 0x1  | 6 B   | read `addr` | 0x8 + data = `wb_dat_r` |
//! | WRITE   | 0xA  | 10 B  | write `addr`, all four byte lanes | 0x0 |
//!
//! | status | code | meaning |
//! |--------|------|---------|
//! | OK           | 0x0 (0x8 with data) | done |
//! | BAD_CHECKSUM | 0x1 | CRC mismatch: nothing executed; `seq` echoed as received |
//! | BAD_COMMAND  | 0x2 | unknown command: nothing executed |
//! | BAD_VERSION  | 0x3 | version nibble is not the bridge's: nothing executed; the response's own nibble says which version the bridge speaks |
//! | TIMEOUT      | 0x4 | the slave did not acknowledge within the bridge's bus timeout; the cycle was abandoned |
//!
//! The length rule (bit 3 of the byte after SYNC) holds for every version, present and future,
//! so a bridge finds the checksum of a frame it will refuse, and answers BAD_VERSION or
//! BAD_COMMAND instead of staying silent.
//!
//! A flipped data flag is the one bit error the CRC cannot be relied on to catch: it moves the
//! CRC, which is then checked over the wrong bytes and passes one time in 256. The command
//! codes are therefore chosen so that no command turns into another one when its data flag
//! flips (0x0, 0x1, 0xA become 0x8, 0x9, 0x2, all unknown), and a READ or PING that grows
//! into a longer frame waits for bytes that never come and is dropped. Likewise in a response
//! a data word comes only with OK: [`Decoder`] refuses an error status with data, and
//! [`Response::answers`] checks that the shape fits the request (READ and PING: data; WRITE:
//! none).
//!
//! The bridge checks, in this order: checksum, version, command ([`parse_request`] is the same
//! decision in Rust). Only a frame that passes all three makes a bus cycle: no single or double
//! bit error turns a frame into a different bus cycle (the tests below try them all, data flag
//! included); heavier corruption gets through at most once in 256 frames, fewer still because
//! version and command must also come out valid.
//!
//! # Why CRC-8 with polynomial 0x07
//!
//! CRC-8/SMBUS (x⁸+x²+x+1, initial 0, no reflection): the hardware is 8 flip-flops and eight
//! XORs of at most six inputs, computed a byte per clock while the next byte is still on the
//! wire (one LUT6, or two LUT4s, per bit). For frames of at most 9 bytes it detects every
//! error of up to 3 bits (Hamming distance 4 up to 119 data bits), every odd number of bit errors
//! (the polynomial has x+1 as a factor) and every burst of up to 8 bits — the failures of a
//! serial line. An additive checksum would miss two compensating bit flips; CRC-16/32 buy
//! nothing at this frame length for twice the logic. With initial value 0 an all-zero frame
//! passes the CRC, which is why versions start at 1: a stuck-low line gives version 0.
//!
//! # A session
//!
//! ```text
//!   host (serial transport)                            bridge                    Wishbone slave
//!     |                                                   |                            |
//!     |-- A5 11 07 00 00 67  READ #7 @0x0000 (ID) ------->| CRC, v1, READ: ok          |
//!     |                                                   |-- cyc stb adr=0x0000 ----->|
//!     |                                                   |<----------- ack dat_r -----|
//!     |<-- A5 18 07 59 53 54 46 B6  OK #7 0x46545359 -----|                            |
//!     |                                                   |                            |
//!     |-- A5 1A 08 0C 00 EF BE AD DE 1D  WRITE #8 ------->|-- cyc stb we adr=0x000C -->|
//!     |<-- A5 10 08 6F  OK #8 ----------------------------|<------------------ ack ----|
//!     |                                                   |                            |
//!     |-- A5 11 09 00 00 00  (CRC wrong) ---------------->| no bus cycle               |
//!     |<-- A5 11 09 7D  BAD_CHECKSUM #9 ------------------|                            |
//!     |                                                   |                            |
//!     |-- A5 11 0A 00 F0 28  READ #10 @0xF000 ----------->|-- cyc stb adr=0xF000 ----->|
//!     |                                                   |   (no ack for N cycles)    |
//!     |<-- A5 14 0A 35  TIMEOUT #10 ----------------------|-- cyc low                  |
//!     |                                                   |                            |
//!     |-- A5 11 0B 10    ...line goes idle -------------->| inter-byte timeout: frame  |
//!     |   (no answer: response timeout;                   |   dropped, counter + 1,    |
//!     |    stay silent > inter-byte timeout, retry)       |   hunt for SYNC            |
//! ```
//!
//! # Dropped without an answer (counted by the bridge)
//!
//! Bytes outside a frame while the bridge hunts for SYNC (garbage), a frame cut by an idle gap
//! longer than the bridge's inter-byte timeout, a framing error (stop bit low, e.g. a break)
//! inside a frame, and bytes that arrive while the bridge executes or answers a request.
//!
//! # Rules for a host
//!
//! - One request at a time: send the next one only after the answer, or after a response
//!   timeout (bytes sent meanwhile are discarded).
//! - After a response timeout or any [`DecodeError`], stay silent for longer than the bridge's
//!   inter-byte timeout, then [`Decoder::reset`] and retry: the gap puts the bridge back to
//!   hunting for SYNC whatever it had taken for a frame (garbage may contain 0xA5).
//! - Vary `seq` and match it in the answer, so a late answer to an earlier try is recognised.
//! - The bridge keeps no state between requests: a retried WRITE executes again. A WRITE
//!   answered with BAD_* or TIMEOUT did not take effect; one with no (readable) answer may have.

/// First byte of every frame in both directions.
pub const SYNC: u8 = 0xA5;
/// The protocol version this module speaks (high nibble of the byte after SYNC).
pub const VERSION: u8 = 1;
/// Bit 3 of the byte after SYNC: a 32-bit data word follows the fixed fields.
pub const DATA_FLAG: u8 = 0x08;
/// Longest frame: a WRITE request.
pub const MAX_FRAME: usize = 10;

/// CRC-8/SMBUS (polynomial 0x07, initial 0, no reflection, no final XOR).
pub fn crc8(bytes: &[u8]) -> u8 {
    bytes.iter().fold(0, |crc, &b| crc8_byte(crc, b))
}

/// One byte of [`crc8`]: what the bridge computes per clock.
pub const fn crc8_byte(crc: u8, byte: u8) -> u8 {
    let mut c = crc ^ byte;
    let mut i = 0;
    while i < 8 {
        c = if c & 0x80 != 0 { (c << 1) ^ 0x07 } else { c << 1 };
        i += 1;
    }
    c
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Ping,
    Read,
    Write,
}

impl Command {
    /// Low nibble of the byte after SYNC.
    pub const fn code(self) -> u8 {
        match self {
            Command::Ping => 0x0,
            Command::Read => 0x1,
            Command::Write => DATA_FLAG | 0x2,
        }
    }

    pub const fn from_code(code: u8) -> Option<Command> {
        match code {
            0x0 => Some(Command::Ping),
            0x1 => Some(Command::Read),
            0xA => Some(Command::Write),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// No bus cycle; answered with `echo << 16 | VERSION`.
    Ping {
        seq: u8,
        echo: u16,
    },
    Read {
        seq: u8,
        addr: u16,
    },
    /// All four byte lanes.
    Write {
        seq: u8,
        addr: u16,
        data: u32,
    },
}

impl Request {
    pub fn seq(&self) -> u8 {
        match *self {
            Request::Ping { seq, .. } | Request::Read { seq, .. } | Request::Write { seq, .. } => seq,
        }
    }

    pub fn command(&self) -> Command {
        match self {
            Request::Ping { .. } => Command::Ping,
            Request::Read { .. } => Command::Read,
            Request::Write { .. } => Command::Write,
        }
    }

    /// The answer of a bridge that executes this request, given what the bus returned for a
    /// READ (None: no acknowledge in time).
    pub fn expected_response(&self, bus: Option<u32>) -> Response {
        let seq = self.seq();
        let (status, data) = match (*self, bus) {
            (Request::Ping { echo, .. }, _) => (Status::Ok, Some(u32::from(echo) << 16 | u32::from(VERSION))),
            (_, None) => (Status::Timeout, None),
            (Request::Read { .. }, Some(v)) => (Status::Ok, Some(v)),
            (Request::Write { .. }, Some(_)) => (Status::Ok, None),
        };
        Response { version: VERSION, status, seq, data }
    }
}

/// Status codes (low three bits of the status nibble; bit 3 is [`DATA_FLAG`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok,
    BadChecksum,
    BadCommand,
    BadVersion,
    Timeout,
    /// A code this version does not know (a newer bridge).
    Other(u8),
}

impl Status {
    pub const fn code(self) -> u8 {
        match self {
            Status::Ok => 0,
            Status::BadChecksum => 1,
            Status::BadCommand => 2,
            Status::BadVersion => 3,
            Status::Timeout => 4,
            Status::Other(c) => c & 0x7,
        }
    }

    pub const fn from_code(code: u8) -> Status {
        match code & 0x7 {
            0 => Status::Ok,
            1 => Status::BadChecksum,
            2 => Status::BadCommand,
            3 => Status::BadVersion,
            4 => Status::Timeout,
            c => Status::Other(c),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Response {
    /// The version the bridge speaks (high nibble of the status byte).
    pub version: u8,
    pub status: Status,
    pub seq: u8,
    /// Present for READ and PING answered OK.
    pub data: Option<u32>,
}

impl Response {
    /// Whether this can be the answer to `req`: same `seq`, and OK carries a data word exactly
    /// for READ and PING. A transport discards anything else (a late answer to an earlier try,
    /// or a frame whose data flag was flipped and whose CRC passed by chance).
    pub fn answers(&self, req: &Request) -> bool {
        let wants_data = !matches!(req, Request::Write { .. });
        self.seq == req.seq() && (self.status != Status::Ok || self.data.is_some() == wants_data)
    }
}

/// Length of a request frame whose byte after SYNC is `head`, SYNC and CRC included.
pub const fn request_len(head: u8) -> usize {
    if head & DATA_FLAG != 0 {
        10
    } else {
        6
    }
}

/// Length of a response frame whose status byte is `status`, SYNC and CRC included.
pub const fn response_len(status: u8) -> usize {
    if status & DATA_FLAG != 0 {
        8
    } else {
        4
    }
}

fn frame(fixed: &[u8], data: Option<u32>) -> Vec<u8> {
    let mut f = Vec::with_capacity(MAX_FRAME);
    f.push(SYNC);
    f.extend_from_slice(fixed);
    if let Some(d) = data {
        f.extend_from_slice(&d.to_le_bytes());
    }
    f.push(crc8(&f[1..]));
    f
}

pub fn encode_request(req: &Request) -> Vec<u8> {
    let head = VERSION << 4 | req.command().code();
    match *req {
        Request::Ping { seq, echo } => request_frame(head, seq, echo, None),
        Request::Read { seq, addr } => request_frame(head, seq, addr, None),
        Request::Write { seq, addr, data } => request_frame(head, seq, addr, Some(data)),
    }
}

/// A request frame with any `head` (version and command), the data word present iff `data`
/// is Some, whatever `head` says: for testing how a bridge refuses what [`encode_request`]
/// never produces.
pub fn request_frame(head: u8, seq: u8, addr: u16, data: Option<u32>) -> Vec<u8> {
    let a = addr.to_le_bytes();
    frame(&[head, seq, a[0], a[1]], data)
}

/// What a bridge sends; the data flag is set iff `data` is Some.
pub fn encode_response(resp: &Response) -> Vec<u8> {
    let flag = if resp.data.is_some() { DATA_FLAG } else { 0 };
    frame(&[resp.version << 4 | flag | resp.status.code(), resp.seq], resp.data)
}

/// Why the bytes received did not make a frame.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("{skipped} byte(s) outside any frame skipped")]
    Garbage { skipped: usize },
    #[error("bad checksum: frame carries {carried:#04x}, bytes give {computed:#04x}")]
    BadChecksum { carried: u8, computed: u8 },
    #[error("status {status:#04x} is not OK but carries a data word")]
    DataWithError { status: u8 },
    #[error("frame truncated: line idle after {got} of {expected} byte(s)")]
    Truncated {
        got: usize,
        /// 0 when the byte giving the length had not arrived.
        expected: usize,
    },
}

/// Finds frames in a byte stream: hunts for SYNC, takes the length from the byte after it and
/// checks the CRC. Shared by [`Decoder`] (responses) and [`RequestDecoder`].
#[derive(Clone, Debug, Default)]
struct Framer {
    buf: Vec<u8>,
    skipped: usize,
}

impl Framer {
    fn push(&mut self, byte: u8, len_of: fn(u8) -> usize) -> Option<Result<Vec<u8>, DecodeError>> {
        if self.buf.is_empty() {
            if byte != SYNC {
                self.skipped += 1;
                return None;
            }
            self.buf.push(byte);
            return self.take_garbage().map(Err);
        }
        self.buf.push(byte);
        if self.buf.len() < 2 || self.buf.len() < len_of(self.buf[1]) {
            return None;
        }
        let f = std::mem::take(&mut self.buf);
        let (body, carried) = (&f[1..f.len() - 1], f[f.len() - 1]);
        let computed = crc8(body);
        Some(if computed == carried { Ok(f) } else { Err(DecodeError::BadChecksum { carried, computed }) })
    }

    fn take_garbage(&mut self) -> Option<DecodeError> {
        let skipped = std::mem::take(&mut self.skipped);
        (skipped > 0).then_some(DecodeError::Garbage { skipped })
    }

    fn idle(&mut self, len_of: fn(u8) -> usize) -> Option<DecodeError> {
        if self.buf.is_empty() {
            return self.take_garbage();
        }
        let got = self.buf.len();
        let expected = if got >= 2 { len_of(self.buf[1]) } else { 0 };
        self.buf.clear();
        Some(DecodeError::Truncated { got, expected })
    }
}

/// Turns the bytes a bridge sends into [`Response`]s, one byte at a time.
#[derive(Clone, Debug, Default)]
pub struct Decoder {
    framer: Framer,
}

impl Decoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// At most one event per byte: a response, a bad frame, or (on the SYNC that ends it) a
    /// run of garbage.
    pub fn push(&mut self, byte: u8) -> Option<Result<Response, DecodeError>> {
        let f = match self.framer.push(byte, response_len)? {
            Ok(f) => f,
            Err(e) => return Some(Err(e)),
        };
        let data = (f.len() == 8).then(|| u32::from_le_bytes([f[3], f[4], f[5], f[6]]));
        let status = Status::from_code(f[1]);
        if data.is_some() && status != Status::Ok {
            return Some(Err(DecodeError::DataWithError { status: f[1] }));
        }
        Some(Ok(Response { version: f[1] >> 4, status, seq: f[2], data }))
    }

    /// Every event of `bytes`, in order.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Result<Response, DecodeError>> {
        bytes.iter().filter_map(|&b| self.push(b)).collect()
    }

    /// The line has been idle for longer than a frame can pause: a partial frame is
    /// [`DecodeError::Truncated`], pending garbage is reported.
    pub fn idle(&mut self) -> Option<DecodeError> {
        self.framer.idle(response_len)
    }

    /// Forget any partial frame and garbage count (before a retry).
    pub fn reset(&mut self) {
        self.framer = Framer::default();
    }

    /// No partial frame buffered.
    pub fn is_between_frames(&self) -> bool {
        self.framer.buf.is_empty()
    }
}

/// Why a complete request frame is refused; [`RequestError::status`] is the bridge's answer.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("bad checksum: frame carries {carried:#04x}, bytes give {computed:#04x}")]
    BadChecksum { carried: u8, computed: u8 },
    #[error("protocol version {0} (this side speaks {VERSION})")]
    BadVersion(u8),
    #[error("unknown command {0:#x}")]
    BadCommand(u8),
    #[error("frame of {got} byte(s); its header asks for {expected}")]
    Length { got: usize, expected: usize },
    #[error("frame does not start with SYNC")]
    NoSync,
}

impl RequestError {
    /// The status a bridge answers with (None: the frame is dropped without an answer).
    pub fn status(&self) -> Option<Status> {
        match self {
            RequestError::BadChecksum { .. } => Some(Status::BadChecksum),
            RequestError::BadVersion(_) => Some(Status::BadVersion),
            RequestError::BadCommand(_) => Some(Status::BadCommand),
            RequestError::Length { .. } | RequestError::NoSync => None,
        }
    }
}

/// The bridge's decision on one complete request frame, checks in the bridge's order:
/// checksum, version, command.
pub fn parse_request(f: &[u8]) -> Result<Request, RequestError> {
    if f.first() != Some(&SYNC) {
        return Err(RequestError::NoSync);
    }
    let expected = f.get(1).map_or(6, |&h| request_len(h));
    if f.len() != expected {
        return Err(RequestError::Length { got: f.len(), expected });
    }
    let (carried, computed) = (f[f.len() - 1], crc8(&f[1..f.len() - 1]));
    if carried != computed {
        return Err(RequestError::BadChecksum { carried, computed });
    }
    let (head, seq, addr) = (f[1], f[2], u16::from_le_bytes([f[3], f[4]]));
    if head >> 4 != VERSION {
        return Err(RequestError::BadVersion(head >> 4));
    }
    match Command::from_code(head & 0xF) {
        Some(Command::Ping) => Ok(Request::Ping { seq, echo: addr }),
        Some(Command::Read) => Ok(Request::Read { seq, addr }),
        Some(Command::Write) => Ok(Request::Write { seq, addr, data: u32::from_le_bytes([f[5], f[6], f[7], f[8]]) }),
        None => Err(RequestError::BadCommand(head & 0xF)),
    }
}

/// Turns a byte stream into complete request frames (the bridge's side, for software bridges
/// and tests); pass each frame to [`parse_request`] for the bridge's decision.
#[derive(Clone, Debug, Default)]
pub struct RequestDecoder {
    framer: Framer,
}

impl RequestDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// A frame whose CRC checks out, or why the bytes did not make one. A frame with a bad
    /// CRC is answered BAD_CHECKSUM by a bridge; garbage is not answered.
    pub fn push(&mut self, byte: u8) -> Option<Result<Vec<u8>, DecodeError>> {
        self.framer.push(byte, request_len)
    }

    pub fn idle(&mut self) -> Option<DecodeError> {
        self.framer.idle(request_len)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_is_crc8_smbus() {
        // The catalogue check value of CRC-8/SMBUS.
        assert_eq!(crc8(b"123456789"), 0xF4);
        assert_eq!(crc8(&[]), 0);
        // Appending the CRC gives 0: what the bridge checks after the last byte.
        let body = [0x11, 0x07, 0x00, 0x00];
        let mut all = body.to_vec();
        all.push(crc8(&body));
        assert_eq!(crc8(&all), 0);
    }

    #[test]
    fn byte_parallel_equations_match() {
        // The bridge's byte-parallel form: x^8 = x^2 + x + 1, folded twice.
        for c in 0..=255u8 {
            for b in [0u8, 1, 0x80, 0xA5, 0xFF, c.rotate_left(3)] {
                let d = u16::from(c ^ b);
                let e = d ^ d << 1 ^ d << 2;
                let mut r = (e & 0xFF) as u8;
                if e & 0x100 != 0 {
                    r ^= 0x07;
                }
                if e & 0x200 != 0 {
                    r ^= 0x0E;
                }
                assert_eq!(r, crc8_byte(c, b), "crc {c:#04x} byte {b:#04x}");
            }
        }
    }

    #[test]
    fn documented_example_frames() {
        assert_eq!(encode_request(&Request::Read { seq: 7, addr: 0 }), [0xA5, 0x11, 0x07, 0x00, 0x00, 0x67]);
        let ok = Response { version: 1, status: Status::Ok, seq: 7, data: Some(0x4654_5359) };
        assert_eq!(encode_response(&ok), [0xA5, 0x18, 0x07, 0x59, 0x53, 0x54, 0x46, 0xB6]);
        let w = Request::Write { seq: 8, addr: 0x0C, data: 0xDEAD_BEEF };
        assert_eq!(encode_request(&w), [0xA5, 0x1A, 0x08, 0x0C, 0x00, 0xEF, 0xBE, 0xAD, 0xDE, 0x1D]);
        let ack = Response { version: 1, status: Status::Ok, seq: 8, data: None };
        assert_eq!(encode_response(&ack), [0xA5, 0x10, 0x08, 0x6F]);
        let bad = Response { version: 1, status: Status::BadChecksum, seq: 9, data: None };
        assert_eq!(encode_response(&bad), [0xA5, 0x11, 0x09, 0x7D]);
    }

    #[test]
    fn requests_round_trip_through_parse() {
        let reqs = [
            Request::Ping { seq: 0, echo: 0xBEEF },
            Request::Read { seq: 1, addr: 0x1234 },
            Request::Write { seq: 255, addr: 0xFFFC, data: 0x0102_0304 },
        ];
        for r in reqs {
            let f = encode_request(&r);
            assert_eq!(f.len(), request_len(f[1]));
            assert_eq!(parse_request(&f), Ok(r));
            let mut d = RequestDecoder::new();
            let frames: Vec<_> = f.iter().filter_map(|&b| d.push(b)).collect();
            assert_eq!(frames, vec![Ok(f.clone())]);
        }
    }

    #[test]
    fn responses_round_trip_through_decoder() {
        let resps = [
            Response { version: 1, status: Status::Ok, seq: 3, data: Some(0xA5A5_A5A5) },
            Response { version: 1, status: Status::Ok, seq: 4, data: None },
            Response { version: 1, status: Status::BadChecksum, seq: 5, data: None },
            Response { version: 1, status: Status::BadCommand, seq: 6, data: None },
            Response { version: 1, status: Status::BadVersion, seq: 0xA5, data: None },
            Response { version: 1, status: Status::Timeout, seq: 8, data: None },
            Response { version: 2, status: Status::Other(7), seq: 9, data: None },
        ];
        let mut stream = Vec::new();
        for r in &resps {
            stream.extend(encode_response(r));
        }
        let mut d = Decoder::new();
        let got: Vec<_> = d.feed(&stream).into_iter().map(|e| e.unwrap()).collect();
        assert_eq!(got, resps);
        assert!(d.is_between_frames());
        assert_eq!(d.idle(), None);
    }

    #[test]
    fn ping_answer_carries_echo_and_version() {
        let r = Request::Ping { seq: 1, echo: 0x1234 }.expected_response(None);
        assert_eq!(r.data, Some(0x1234_0001));
        assert_eq!(r.status, Status::Ok);
    }

    #[test]
    fn garbage_before_a_frame_is_reported_then_the_frame_decodes() {
        let resp = Response { version: 1, status: Status::Ok, seq: 1, data: None };
        let mut bytes = vec![0x00, 0xFF, 0x12];
        bytes.extend(encode_response(&resp));
        let mut d = Decoder::new();
        assert_eq!(d.feed(&bytes), vec![Err(DecodeError::Garbage { skipped: 3 }), Ok(resp)]);
        // Garbage with nothing after it shows up when the line goes idle.
        assert_eq!(d.feed(&[0x01, 0x02]), vec![]);
        assert_eq!(d.idle(), Some(DecodeError::Garbage { skipped: 2 }));
    }

    #[test]
    fn bad_checksum_is_reported_and_the_next_frame_decodes() {
        let resp = Response { version: 1, status: Status::Ok, seq: 2, data: Some(42) };
        let mut bad = encode_response(&resp);
        bad[4] ^= 0x10;
        let mut d = Decoder::new();
        let ev = d.feed(&bad);
        assert!(matches!(ev[..], [Err(DecodeError::BadChecksum { .. })]), "{ev:?}");
        assert_eq!(d.feed(&encode_response(&resp)), vec![Ok(resp)]);
    }

    #[test]
    fn truncated_frame_is_reported_on_idle() {
        let f = encode_response(&Response { version: 1, status: Status::Ok, seq: 2, data: Some(42) });
        let mut d = Decoder::new();
        assert!(d.feed(&f[..5]).is_empty());
        assert!(!d.is_between_frames());
        assert_eq!(d.idle(), Some(DecodeError::Truncated { got: 5, expected: 8 }));
        assert!(d.feed(&f[..1]).is_empty());
        assert_eq!(d.idle(), Some(DecodeError::Truncated { got: 1, expected: 0 }));
        assert_eq!(d.feed(&f), vec![Ok(Response { version: 1, status: Status::Ok, seq: 2, data: Some(42) })]);
    }

    /// Every single-bit and double-bit error after SYNC, in requests of every kind with
    /// pseudo-random fields, is refused or at worst becomes a PING: never a bus cycle other
    /// than the one sent. This includes a flipped data flag, which moves the CRC.
    #[test]
    fn bit_errors_never_yield_a_bus_cycle() {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for n in 0..300 {
            let v = next();
            let (seq, addr, data) = (v as u8, (v >> 8) as u16, (v >> 24) as u32);
            let r = match n % 3 {
                0 => Request::Read { seq, addr },
                1 => Request::Write { seq, addr, data },
                _ => Request::Ping { seq, echo: addr },
            };
            let f = encode_request(&r);
            let bits = f.len() * 8;
            for i in 8..bits {
                for j in i..bits {
                    let mut g = f.clone();
                    g[i / 8] ^= 1 << (i % 8);
                    if j != i {
                        g[j / 8] ^= 1 << (j % 8);
                    }
                    // A flipped data flag changes the length: a longer frame waits for bytes
                    // that never come (dropped); a shorter one is judged on its first bytes.
                    let want = request_len(g[1]);
                    if want > g.len() {
                        continue;
                    }
                    match parse_request(&g[..want]) {
                        Err(_) | Ok(Request::Ping { .. }) => {}
                        Ok(other) => panic!("{r:?} with bits {i},{j} flipped became {other:?}: {g:02x?}"),
                    }
                }
            }
        }
    }

    #[test]
    fn responses_must_fit_their_request() {
        let read = Request::Read { seq: 3, addr: 0 };
        let write = Request::Write { seq: 3, addr: 0, data: 1 };
        let with = Response { version: 1, status: Status::Ok, seq: 3, data: Some(1) };
        let without = Response { data: None, ..with };
        assert!(with.answers(&read) && !without.answers(&read));
        assert!(without.answers(&write) && !with.answers(&write));
        assert!(!Response { seq: 4, ..with }.answers(&read));
        let timeout = Response { status: Status::Timeout, ..without };
        assert!(timeout.answers(&read) && timeout.answers(&write));
        // An error status with a data word is not a v1 frame.
        let mut f = encode_response(&with);
        f[1] = VERSION << 4 | DATA_FLAG | Status::Timeout.code();
        let n = f.len();
        f[n - 1] = crc8(&f[1..n - 1]);
        assert_eq!(Decoder::new().feed(&f), vec![Err(DecodeError::DataWithError { status: 0x1C })]);
    }

    #[test]
    fn refusals_follow_the_bridges_order() {
        // Wrong version and unknown command: version is reported first.
        let f = request_frame(0x27, 1, 0, None);
        assert_eq!(parse_request(&f), Err(RequestError::BadVersion(2)));
        assert_eq!(RequestError::BadVersion(2).status(), Some(Status::BadVersion));
        let f = request_frame(0x17, 1, 0, None);
        assert_eq!(parse_request(&f), Err(RequestError::BadCommand(7)));
        // An unknown command with the data flag carries a data word and is still refused.
        let f = request_frame(0x19, 1, 0, Some(5));
        assert_eq!(f.len(), 10);
        assert_eq!(parse_request(&f), Err(RequestError::BadCommand(0x9)));
        // A corrupted version nibble is a checksum error, not a version error.
        let mut f = encode_request(&Request::Read { seq: 1, addr: 0 });
        f[1] ^= 0x30;
        assert!(matches!(parse_request(&f), Err(RequestError::BadChecksum { .. })));
        assert_eq!(parse_request(&[0x00; 6]), Err(RequestError::NoSync));
        assert_eq!(parse_request(&[SYNC, 0x1A, 0, 0, 0, 0]), Err(RequestError::Length { got: 6, expected: 10 }));
    }

    #[test]
    fn request_decoder_drops_garbage_and_cut_frames() {
        let f = encode_request(&Request::Read { seq: 1, addr: 4 });
        let mut d = RequestDecoder::new();
        let mut ev: Vec<_> = [0x11u8, 0x22].iter().chain(&f[..3]).filter_map(|&b| d.push(b)).collect();
        ev.extend(d.idle().map(Err));
        ev.extend(f.iter().filter_map(|&b| d.push(b)));
        assert_eq!(
            ev,
            vec![
                Err(DecodeError::Garbage { skipped: 2 }),
                Err(DecodeError::Truncated { got: 3, expected: 6 }),
                Ok(f.clone())
            ]
        );
    }
}
