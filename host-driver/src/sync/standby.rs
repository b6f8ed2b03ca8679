//! The standby: a [`Target`] on another host, reached over TCP, and the images it keeps.
//!
//! - [`StandbyTarget`] is the active side: a [`Target`] that streams the copy to a standby.
//! - [`serve`] is the standby side: it accepts one active side at a time and applies what it
//!   sends to a [`StandbyStore`] ([`MemoryStore`], or [`FileStore`] for a sparse image file).
//! - [`MemoryTarget`] and [`FileTarget`] are the images themselves, usable directly as
//!   in-process targets (they are what the stores hand to the server).
//!
//! # Protocol (version 1)
//!
//! Every message is one frame: a 16-byte header, then `length` bytes of payload. All integers
//! are little-endian. Checksums are CRC-32C ([`wire::crc32c`]).
//!
//! ```text
//!  byte 0        1        2        4             8              12             16
//!      +--------+--------+--------+-------------+--------------+--------------+----------
//!      | type   | flags  | 0 (u16)| length (u32)| payload CRC  | header CRC   | payload …
//!      +--------+--------+--------+-------------+--------------+--------------+----------
//!                                                               CRC of bytes 0..12
//! ```
//!
//! The header carries its own CRC so that garbage (a wrong peer, a desynchronised stream) is
//! refused from 16 bytes, before its length field can make anyone wait for or allocate a
//! payload. Payloads are at most [`wire::MAX_PAYLOAD`] bytes.
//!
//! | type | name      | direction | payload                                                 |
//! |------|-----------|-----------|---------------------------------------------------------|
//! | 1    | Hello     | A → S     | [`wire::Hello`]: magic `FTSYNC01`, version, 0, memory size |
//! | 2    | HelloAck  | S → A     | [`wire::Hello`]: magic, version, flags (bit 0 pre-cleared), size |
//! | 3    | Write     | A → S     | [`wire::Extent`] {offset, len} + data; flag bit 0: data is an lz4 block with its size prepended (`lz4_flex::block::compress_prepend_size` format) |
//! | 4    | Read      | A → S     | [`wire::Extent`] {offset, len}                          |
//! | 5    | Data      | S → A     | [`wire::Extent`] {offset, len} + `len` bytes            |
//! | 6    | Context   | A → S     | the CE context; its length is the frame's length        |
//! | 7    | Commit    | A → S     | [`wire::Commit`] {writes, bytes} sent since the Hello   |
//! | 8    | CommitAck | S → A     | [`wire::Commit`], echoed once the image is flushed and marked consistent |
//! | 9    | Bye       | A → S     | empty: the active side is done                          |
//! | 10   | Error     | S → A     | UTF-8 text: why the standby ends the session            |
//!
//! A session:
//!
//! ```text
//!   active (StandbyTarget)                                  standby (serve)
//!        |                                                        |
//!        |-- Hello {FTSYNC01, v1, len} -------------------------->| store.begin(len):
//!        |<------------ HelloAck {FTSYNC01, v1, pre-cleared, len} |   image INCOMPLETE
//!        |                                                        |
//!        |-- Write {off, len, [lz4]} ---------------------------->| checked, then applied
//!        |-- Write ...  (pipelined: no answer, no round trip) --->|
//!        |-- Read {off, len} ------------------------------------>|
//!        |<---------------------------------- Data {off, len, …}  |
//!        |-- Context {bytes} ------------------------------------>|
//!        |-- Commit {writes, bytes} ----------------------------->| counts match? flush,
//!        |<---------------------------------- CommitAck {same}    |   image CONSISTENT
//!        |-- Write ...  (optional: another round) --------------->| image INCOMPLETE again
//!        |-- Bye ------------------------------------------------>| session over; accept next
//! ```
//!
//! Version mismatch: the standby answers the Hello with a HelloAck carrying its own version
//! and closes without touching the image; the active side reports
//! [`SyncError::ProtocolVersion`]. The magic and version sit in the first 12 bytes of the
//! Hello so that any later version can still be told apart.
//!
//! Anything wrong (bad magic, header or payload checksum, unknown type or flag, a payload of
//! the wrong size, a write outside the image, an lz4 block that does not decode to exactly
//! `len` bytes, commit counts that differ from what arrived) ends the session *before* the
//! frame touches the image, and the standby says why:
//!
//! ```text
//!        |-- Write {bad CRC} ------------------------------------>| refused, nothing written;
//!        |<---------------------------- Error {"… checksum …"}    |   image stays INCOMPLETE
//!        |                                                        | waits (≤ 2 s) for the close
//!   next call: SyncError::StandbyLost {operation, source: "the standby reported: …"}
//! ```
//!
//! Disconnect: the image is INCOMPLETE from the Hello until a Commit's counts check out, and
//! again from the next Write or Context. A connection that drops at any point in between
//! (active side killed, cable pulled, standby process gone) therefore leaves it INCOMPLETE,
//! and the standby goes back to accepting connections. The active side notices on its next
//! call (writes are queued, so at the latest at the next batch sent, read or commit), and
//! that call and every later one return [`SyncError::StandbyLost`] naming the call and the
//! cause:
//!
//! ```text
//!        |-- Write ... ------------------X  (connection lost)     | image stays INCOMPLETE;
//!        |                                                        |   back to accept()
//!   next call: SyncError::StandbyLost {operation: "writing", source: "the peer closed …"}
//! ```
//!
//! The standby serves one active side at a time; a second connection waits in the listen
//! backlog. An idle session ends after [`ServeOptions::idle_timeout`] so that an active host
//! that vanished without closing its socket does not lock the standby out forever.

use std::fmt;
use std::fs::{File, OpenOptions};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream, ToSocketAddrs};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use zerocopy::{FromBytes, IntoBytes};

use super::{BoxError, SyncError, Target};

pub use wire::ProtocolError;

/// The wire format: frame header, message payloads, checksum, frame I/O.
///
/// Public so that tools and tests can speak the protocol byte by byte.
pub mod wire {
    use std::io::{self, Read};

    use zerocopy::little_endian::{U16, U32, U64};
    use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};

    use crate::sync::SyncError;

    /// First 8 bytes of the Hello and of its answer.
    pub const MAGIC: [u8; 8] = *b"FTSYNC01";
    /// The protocol version this side speaks.
    pub const VERSION: u32 = 1;
    pub const HEADER_LEN: usize = 16;
    /// Largest data carried by one Write or Data frame; longer writes and reads are split.
    pub const MAX_CHUNK: usize = 1 << 20;
    /// Largest CE context.
    pub const MAX_CONTEXT: usize = 16 << 20;
    /// Largest payload a peer accepts (the context, or a chunk that lz4 made a bit larger).
    pub const MAX_PAYLOAD: u32 = (MAX_CONTEXT + 4096) as u32;
    /// Write flag: the data is an lz4 block prefixed by its decompressed size (u32 LE).
    pub const FLAG_COMPRESSED: u8 = 1;
    /// HelloAck flag: the standby's image is all zeros (zero blocks need not be sent).
    pub const HELLO_PRE_CLEARED: u32 = 1;

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    #[repr(u8)]
    pub enum Kind {
        Hello = 1,
        HelloAck = 2,
        Write = 3,
        Read = 4,
        Data = 5,
        Context = 6,
        Commit = 7,
        CommitAck = 8,
        Bye = 9,
        Error = 10,
    }

    impl Kind {
        pub fn from_u8(v: u8) -> Option<Kind> {
            use Kind::*;
            Some(match v {
                1 => Hello,
                2 => HelloAck,
                3 => Write,
                4 => Read,
                5 => Data,
                6 => Context,
                7 => Commit,
                8 => CommitAck,
                9 => Bye,
                10 => Error,
                _ => return None,
            })
        }

        pub fn name(self) -> &'static str {
            use Kind::*;
            match self {
                Hello => "Hello",
                HelloAck => "HelloAck",
                Write => "Write",
                Read => "Read",
                Data => "Data",
                Context => "Context",
                Commit => "Commit",
                CommitAck => "CommitAck",
                Bye => "Bye",
                Error => "Error",
            }
        }
    }

    impl std::fmt::Display for Kind {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str(self.name())
        }
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
    #[repr(C)]
    pub struct FrameHeader {
        /// A [`Kind`]; kept raw so that unknown types can be reported (and produced by tests).
        pub kind: u8,
        pub flags: u8,
        pub reserved: U16,
        pub len: U32,
        pub payload_crc: U32,
        /// CRC-32C of the 12 bytes before it.
        pub header_crc: U32,
    }

    impl FrameHeader {
        /// The header for a payload made of `parts`, back to back.
        pub fn new(kind: u8, flags: u8, parts: &[&[u8]]) -> FrameHeader {
            let len: usize = parts.iter().map(|p| p.len()).sum();
            let crc = parts.iter().fold(0, |c, p| crc32c_update(c, p));
            let mut h = FrameHeader {
                kind,
                flags,
                reserved: U16::ZERO,
                len: U32::new(len as u32),
                payload_crc: U32::new(crc),
                header_crc: U32::ZERO,
            };
            h.header_crc = U32::new(crc32c(&h.as_bytes()[..12]));
            h
        }
    }

    /// Hello (active → standby) and HelloAck (standby → active).
    #[derive(Clone, Copy, Debug, IntoBytes, FromBytes, KnownLayout, Immutable)]
    #[repr(C)]
    pub struct Hello {
        pub magic: [u8; 8],
        pub version: U32,
        /// Zero in a Hello; [`HELLO_PRE_CLEARED`] in a HelloAck.
        pub flags: U32,
        /// Bytes of memory being synchronized (the HelloAck echoes the size it accepted).
        pub len: U64,
    }

    /// Where a Write, Read or Data applies.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
    #[repr(C)]
    pub struct Extent {
        pub offset: U64,
        /// Uncompressed bytes, at most [`MAX_CHUNK`].
        pub len: U32,
        pub reserved: U32,
    }

    impl Extent {
        pub fn new(offset: u64, len: usize) -> Extent {
            Extent { offset: U64::new(offset), len: U32::new(len as u32), reserved: U32::ZERO }
        }
    }

    /// Commit and CommitAck: what the active side sent since the Hello, so that the standby
    /// marks the image consistent only if it received exactly that.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
    #[repr(C)]
    pub struct Commit {
        pub writes: U64,
        pub bytes: U64,
    }

    /// What went wrong on the connection, named so that a person can tell a wrong peer from a
    /// broken link from a bug.
    #[derive(Debug, thiserror::Error)]
    pub enum ProtocolError {
        #[error("I/O on the connection")]
        Io(#[source] io::Error),
        #[error("the peer sent nothing within the I/O timeout")]
        TimedOut,
        #[error("the peer closed the connection")]
        Closed,
        #[error("the connection ended {got} of {want} bytes into a {kind} {part}: truncated frame")]
        Truncated { kind: &'static str, part: &'static str, got: usize, want: usize },
        #[error("frame header checksum mismatch (header bytes \"{bytes}\"): garbage on the connection, or the peer does not speak the ftsync standby protocol")]
        HeaderChecksum { bytes: String },
        #[error("unknown frame type {kind} (this side knows 1..=10, protocol version {VERSION})")]
        UnknownKind { kind: u8 },
        #[error("{kind} frame of {len} bytes exceeds the {max}-byte limit")]
        TooLarge { kind: &'static str, len: u32, max: u32 },
        #[error("{kind} frame payload checksum mismatch: header says {expected:#010x}, the {len} payload bytes sum to {found:#010x}")]
        PayloadChecksum { kind: &'static str, len: usize, expected: u32, found: u32 },
        #[error("malformed {kind} frame: {detail}")]
        Malformed { kind: &'static str, detail: String },
        #[error("bad magic \"{found}\" in the {kind} (expected \"FTSYNC01\"): the peer is not an ftsync standby protocol endpoint")]
        BadMagic { kind: &'static str, found: String },
        #[error("the peer speaks protocol version {found}, this side {supported}")]
        Version { found: u32, supported: u32 },
        #[error("unexpected {kind} frame {during}")]
        Unexpected { kind: &'static str, during: &'static str },
        #[error("{what} of {len} bytes at {offset:#x} runs past the end of the {size}-byte image")]
        OutOfRange { what: &'static str, offset: u64, len: u64, size: u64 },
        #[error("commit refused: the active side sent {sent_writes} writes ({sent_bytes} bytes) since the Hello, the standby received {got_writes} ({got_bytes} bytes)")]
        CommitMismatch { sent_writes: u64, sent_bytes: u64, got_writes: u64, got_bytes: u64 },
        #[error("the standby reported: {0}")]
        Remote(String),
        #[error("the image store failed")]
        Store(#[source] SyncError),
    }

    impl ProtocolError {
        pub(crate) fn io(e: io::Error) -> ProtocolError {
            match e.kind() {
                io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut => ProtocolError::TimedOut,
                _ => ProtocolError::Io(e),
            }
        }

        pub(crate) fn malformed(kind: Kind, detail: impl Into<String>) -> ProtocolError {
            ProtocolError::Malformed { kind: kind.name(), detail: detail.into() }
        }
    }

    /// Appends one frame to `out`.
    pub fn encode_frame(out: &mut Vec<u8>, kind: Kind, flags: u8, parts: &[&[u8]]) {
        out.extend_from_slice(FrameHeader::new(kind as u8, flags, parts).as_bytes());
        for p in parts {
            out.extend_from_slice(p);
        }
    }

    /// Fills in the header reserved at `out[start..start + HEADER_LEN]` for the payload that
    /// follows it up to the end of `out` (the payload was built in place, not copied twice).
    pub(crate) fn seal_frame(out: &mut [u8], start: usize, kind: Kind, flags: u8) {
        let h = FrameHeader::new(kind as u8, flags, &[&out[start + HEADER_LEN..]]);
        out[start..start + HEADER_LEN].copy_from_slice(h.as_bytes());
    }

    /// Reads one frame into `payload` (replacing its contents) and checks both checksums.
    /// `Ok(None)`: the peer closed the connection cleanly between frames.
    pub fn read_frame(r: &mut impl Read, payload: &mut Vec<u8>) -> Result<Option<(Kind, u8)>, ProtocolError> {
        let mut hb = [0u8; HEADER_LEN];
        let got = read_full(r, &mut hb).map_err(ProtocolError::io)?;
        if got == 0 {
            return Ok(None);
        }
        if got < HEADER_LEN {
            return Err(ProtocolError::Truncated { kind: "frame", part: "header", got, want: HEADER_LEN });
        }
        let Ok(h) = FrameHeader::read_from_bytes(&hb) else { unreachable!("16 bytes make a header") };
        if crc32c(&hb[..12]) != h.header_crc.get() {
            return Err(ProtocolError::HeaderChecksum { bytes: hb.escape_ascii().to_string() });
        }
        let kind = Kind::from_u8(h.kind).ok_or(ProtocolError::UnknownKind { kind: h.kind })?;
        if h.reserved.get() != 0 {
            return Err(ProtocolError::malformed(kind, format!("reserved header bits {:#06x} set", h.reserved.get())));
        }
        let len = h.len.get();
        if len > MAX_PAYLOAD {
            return Err(ProtocolError::TooLarge { kind: kind.name(), len, max: MAX_PAYLOAD });
        }
        payload.clear();
        payload.reserve(len as usize);
        r.take(u64::from(len)).read_to_end(payload).map_err(ProtocolError::io)?;
        if payload.len() < len as usize {
            return Err(ProtocolError::Truncated {
                kind: kind.name(),
                part: "payload",
                got: payload.len(),
                want: len as usize,
            });
        }
        let found = crc32c(payload);
        if found != h.payload_crc.get() {
            return Err(ProtocolError::PayloadChecksum {
                kind: kind.name(),
                len: payload.len(),
                expected: h.payload_crc.get(),
                found,
            });
        }
        Ok(Some((kind, h.flags)))
    }

    /// Like `read_exact`, but says how far it got, so that a clean close between frames can be
    /// told from a truncated frame.
    pub fn read_full(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
        let mut got = 0;
        while got < buf.len() {
            match r.read(&mut buf[got..]) {
                Ok(0) => break,
                Ok(n) => got += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(got)
    }

    /// Checks magic and version before the size, so that a peer of another version is told
    /// apart even if its Hello grew.
    pub fn parse_hello(kind: Kind, payload: &[u8]) -> Result<Hello, ProtocolError> {
        if payload.len() >= 8 && payload[..8] != MAGIC {
            return Err(ProtocolError::BadMagic { kind: kind.name(), found: payload[..8].escape_ascii().to_string() });
        }
        if payload.len() >= 12 {
            let version = u32::from_le_bytes([payload[8], payload[9], payload[10], payload[11]]);
            if version != VERSION {
                return Err(ProtocolError::Version { found: version, supported: VERSION });
            }
        }
        Hello::read_from_bytes(payload).map_err(|_| {
            ProtocolError::malformed(
                kind,
                format!("{} bytes, a version {VERSION} {kind} has {}", payload.len(), size_of::<Hello>()),
            )
        })
    }

    /// Splits an Extent off the front of a payload.
    pub fn parse_extent(kind: Kind, payload: &[u8]) -> Result<(Extent, &[u8]), ProtocolError> {
        let (e, rest) = Extent::read_from_prefix(payload).map_err(|_| {
            ProtocolError::malformed(kind, format!("{}-byte payload is shorter than its 16-byte extent", payload.len()))
        })?;
        if e.reserved.get() != 0 {
            return Err(ProtocolError::malformed(kind, "reserved extent bits set"));
        }
        if e.len.get() as usize > MAX_CHUNK {
            return Err(ProtocolError::malformed(
                kind,
                format!("extent of {} bytes exceeds the {MAX_CHUNK}-byte chunk limit", e.len.get()),
            ));
        }
        Ok((e, rest))
    }

    const fn crc_tables() -> [[u32; 256]; 8] {
        let mut t = [[0u32; 256]; 8];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 { (c >> 1) ^ 0x82F6_3B78 } else { c >> 1 };
                k += 1;
            }
            t[0][i] = c;
            i += 1;
        }
        let mut i = 0;
        while i < 256 {
            let mut s = 1;
            while s < 8 {
                let prev = t[s - 1][i];
                t[s][i] = (prev >> 8) ^ t[0][(prev & 0xff) as usize];
                s += 1;
            }
            i += 1;
        }
        t
    }

    static CRC: [[u32; 256]; 8] = crc_tables();

    /// CRC-32C (Castagnoli): detects every burst up to 32 bits, unlike a plain FNV sum.
    pub fn crc32c(data: &[u8]) -> u32 {
        crc32c_update(0, data)
    }

    /// Continues `crc32c(a)` over `b`: `crc32c_update(crc32c(a), b) == crc32c(a ++ b)`.
    /// Slicing-by-8, so that checksumming keeps up with loopback TCP.
    pub fn crc32c_update(crc: u32, data: &[u8]) -> u32 {
        let t = &CRC;
        let mut c = !crc;
        let mut chunks = data.chunks_exact(8);
        for w in &mut chunks {
            let lo = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) ^ c;
            let hi = u32::from_le_bytes([w[4], w[5], w[6], w[7]]);
            c = t[7][(lo & 0xff) as usize]
                ^ t[6][((lo >> 8) & 0xff) as usize]
                ^ t[5][((lo >> 16) & 0xff) as usize]
                ^ t[4][(lo >> 24) as usize]
                ^ t[3][(hi & 0xff) as usize]
                ^ t[2][((hi >> 8) & 0xff) as usize]
                ^ t[1][((hi >> 16) & 0xff) as usize]
                ^ t[0][(hi >> 24) as usize];
        }
        for &b in chunks.remainder() {
            c = t[0][((c ^ u32::from(b)) & 0xff) as usize] ^ (c >> 8);
        }
        !c
    }
}

use wire::{Kind, FLAG_COMPRESSED, HEADER_LEN, MAX_CHUNK};

// ---------------------------------------------------------------------------------------------
// Active side
// ---------------------------------------------------------------------------------------------

/// How the active side talks to its standby.
#[derive(Clone, Debug)]
pub struct StandbyOptions {
    /// lz4-compress each write, sending the compressed form only where it is smaller.
    pub compress: bool,
    /// Longest wait for the connection, an answer, or the socket to take more data; a standby
    /// that stays silent longer counts as lost.
    pub timeout: Option<Duration>,
}

impl Default for StandbyOptions {
    fn default() -> Self {
        StandbyOptions { compress: false, timeout: Some(Duration::from_secs(30)) }
    }
}

/// What went over the connection so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StandbyStats {
    /// Write frames and the bytes they carry, uncompressed.
    pub writes: u64,
    pub bytes: u64,
    /// Bytes of Write frames on the wire, headers included.
    pub wire_bytes: u64,
    /// Write frames that went compressed.
    pub compressed_writes: u64,
}

/// Pending frames are sent once this much is queued: large enough for few syscalls, small
/// enough that a lost standby is noticed within a fraction of a millisecond of copying.
const SEND_AT: usize = 256 << 10;
/// Read requests in flight at once; bounded so that requests and answers cannot fill both
/// socket buffers and deadlock.
const READ_WINDOW: usize = 16;
/// Shorter blocks rarely shrink under lz4 and are not worth the attempt.
const MIN_COMPRESS: usize = 64;

/// The active side of a standby connection: a [`Target`] whose image lives on the standby.
///
/// Writes are queued and sent in batches without waiting for an answer; [`Target::read`] and
/// [`Target::mark_consistent`] are round trips. Once the standby is lost, this call and all
/// later ones return [`SyncError::StandbyLost`]; connect again to start over.
pub struct StandbyTarget {
    stream: TcpStream,
    len: u64,
    pre_cleared: bool,
    options: StandbyOptions,
    out: Vec<u8>,
    payload: Vec<u8>,
    scratch: Vec<u8>,
    stats: StandbyStats,
    lost: Option<Arc<ProtocolError>>,
    closed: bool,
}

impl StandbyTarget {
    /// Connects to a standby for an image of `len` bytes, with default options.
    pub fn connect(addr: impl ToSocketAddrs, len: u64) -> Result<StandbyTarget, SyncError> {
        StandbyTarget::connect_with(addr, len, StandbyOptions::default())
    }

    pub fn connect_with(
        addr: impl ToSocketAddrs,
        len: u64,
        options: StandbyOptions,
    ) -> Result<StandbyTarget, SyncError> {
        let lost = |e: ProtocolError| SyncError::StandbyLost { operation: "the hello", source: Box::new(e) };
        let stream = open(addr, options.timeout).map_err(|e| lost(ProtocolError::io(e)))?;
        let setup = || -> io::Result<()> {
            stream.set_nodelay(true)?;
            stream.set_read_timeout(options.timeout)?;
            stream.set_write_timeout(options.timeout)
        };
        setup().map_err(|e| lost(ProtocolError::io(e)))?;
        let mut t = StandbyTarget {
            stream,
            len,
            pre_cleared: false,
            options,
            out: Vec::with_capacity(SEND_AT + MAX_CHUNK + 64),
            payload: Vec::new(),
            scratch: Vec::new(),
            stats: StandbyStats::default(),
            lost: None,
            closed: false,
        };
        let hello = wire::Hello { magic: wire::MAGIC, version: wire::VERSION.into(), flags: 0.into(), len: len.into() };
        wire::encode_frame(&mut t.out, Kind::Hello, 0, &[hello.as_bytes()]);
        let ack = t.send(false).and_then(|()| t.answer(Kind::HelloAck, "answering the Hello"));
        let ack = ack.and_then(|()| wire::parse_hello(Kind::HelloAck, &t.payload)).map_err(|e| {
            // Closing now spares the standby a session it would only see end with an error.
            let _ = t.stream.shutdown(Shutdown::Both);
            t.closed = true;
            match e {
                ProtocolError::Version { found, supported } => SyncError::ProtocolVersion { found, supported },
                e => lost(e),
            }
        })?;
        if ack.len.get() != len {
            t.closed = true;
            return Err(lost(ProtocolError::malformed(
                Kind::HelloAck,
                format!("the standby accepted a {}-byte image, {len} bytes were offered", ack.len.get()),
            )));
        }
        t.pre_cleared = ack.flags.get() & wire::HELLO_PRE_CLEARED != 0;
        Ok(t)
    }

    pub fn stats(&self) -> StandbyStats {
        self.stats
    }

    /// Turns compression of later writes on or off (the engine's compression mitigation).
    pub fn set_compress(&mut self, on: bool) {
        self.options.compress = on;
    }

    /// Sends what is queued, and checks that the standby has not given up meanwhile.
    pub fn flush(&mut self) -> Result<(), SyncError> {
        self.check("flushing")?;
        self.send(true).map_err(|e| self.fail("flushing", e))
    }

    /// Sends Bye, ending the session; the image stays as it is (consistent only if the last
    /// thing before it was a successful [`Target::mark_consistent`]). Dropping does the same,
    /// without reporting errors.
    pub fn close(mut self) -> Result<(), SyncError> {
        self.check("closing")?;
        self.closed = true;
        wire::encode_frame(&mut self.out, Kind::Bye, 0, &[]);
        self.send(false).map_err(|e| self.fail("closing", e))?;
        let _ = self.stream.shutdown(Shutdown::Write);
        Ok(())
    }

    fn check(&self, operation: &'static str) -> Result<(), SyncError> {
        match &self.lost {
            Some(e) => Err(SyncError::StandbyLost { operation, source: Box::new(Arc::clone(e)) }),
            None if self.closed => {
                Err(SyncError::StandbyLost { operation, source: "the connection was already closed".into() })
            }
            None => Ok(()),
        }
    }

    fn fail(&mut self, operation: &'static str, e: ProtocolError) -> SyncError {
        let e = Arc::new(e);
        self.lost = Some(Arc::clone(&e));
        self.out.clear();
        // The standby learns at once that this session is over and goes back to accepting.
        let _ = self.stream.shutdown(Shutdown::Both);
        SyncError::StandbyLost { operation, source: Box::new(e) }
    }

    /// Writes the queue to the socket. With `poll`, also looks (without blocking) for an
    /// unasked frame or a close: between round trips the standby only speaks to say why it
    /// ends the session, and a write into a closed connection can succeed for a while.
    fn send(&mut self, poll: bool) -> Result<(), ProtocolError> {
        if !self.out.is_empty() {
            if let Err(e) = self.stream.write_all(&self.out) {
                self.out.clear();
                return Err(self.why_gone().unwrap_or_else(|| ProtocolError::io(e)));
            }
            self.out.clear();
        }
        if poll {
            if let Some(e) = self.why_gone() {
                return Err(e);
            }
        }
        Ok(())
    }

    /// `Some(reason)` if the standby sent something or closed; `None` if it is quiet.
    fn why_gone(&mut self) -> Option<ProtocolError> {
        let peeked = (|| {
            self.stream.set_nonblocking(true)?;
            let r = self.stream.peek(&mut [0u8; 1]);
            self.stream.set_nonblocking(false)?;
            r
        })();
        match peeked {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => None,
            Err(e) => Some(ProtocolError::io(e)),
            Ok(0) => Some(ProtocolError::Closed),
            Ok(_) => Some(match wire::read_frame(&mut &self.stream, &mut self.payload) {
                Ok(Some((Kind::Error, _))) => {
                    ProtocolError::Remote(String::from_utf8_lossy(&self.payload).into_owned())
                }
                Ok(Some((kind, _))) => {
                    ProtocolError::Unexpected { kind: kind.name(), during: "while no answer was due" }
                }
                Ok(None) => ProtocolError::Closed,
                Err(e) => e,
            }),
        }
    }

    /// Reads the answer to a request into `self.payload`; an Error frame becomes its text.
    fn answer(&mut self, want: Kind, during: &'static str) -> Result<(), ProtocolError> {
        match wire::read_frame(&mut &self.stream, &mut self.payload)? {
            None => Err(ProtocolError::Closed),
            Some((Kind::Error, _)) => Err(ProtocolError::Remote(String::from_utf8_lossy(&self.payload).into_owned())),
            Some((kind, _)) if kind != want => Err(ProtocolError::Unexpected { kind: kind.name(), during }),
            Some((_, 0)) => Ok(()),
            Some((kind, flags)) => Err(ProtocolError::malformed(kind, format!("unknown flags {flags:#04x}"))),
        }
    }

    fn queue_write(&mut self, offset: u64, chunk: &[u8]) {
        let start = self.out.len();
        self.out.extend_from_slice(&[0; HEADER_LEN]);
        self.out.extend_from_slice(wire::Extent::new(offset, chunk.len()).as_bytes());
        let mut flags = 0;
        if self.options.compress && chunk.len() >= MIN_COMPRESS {
            let bound = 4 + lz4_flex::block::get_maximum_output_size(chunk.len());
            if self.scratch.len() < bound {
                self.scratch.resize(bound, 0);
            }
            self.scratch[..4].copy_from_slice(&(chunk.len() as u32).to_le_bytes());
            if let Ok(n) = lz4_flex::block::compress_into(chunk, &mut self.scratch[4..bound]) {
                if 4 + n < chunk.len() {
                    self.out.extend_from_slice(&self.scratch[..4 + n]);
                    flags = FLAG_COMPRESSED;
                    self.stats.compressed_writes += 1;
                }
            }
        }
        if flags == 0 {
            self.out.extend_from_slice(chunk);
        }
        wire::seal_frame(&mut self.out, start, Kind::Write, flags);
        self.stats.writes += 1;
        self.stats.bytes += chunk.len() as u64;
        self.stats.wire_bytes += (self.out.len() - start) as u64;
    }

    fn read_inner(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), ProtocolError> {
        let chunks: Vec<(u64, usize)> =
            (0..buf.len()).step_by(MAX_CHUNK).map(|at| (offset + at as u64, (buf.len() - at).min(MAX_CHUNK))).collect();
        let mut at = 0;
        for window in chunks.chunks(READ_WINDOW) {
            for &(off, n) in window {
                wire::encode_frame(&mut self.out, Kind::Read, 0, &[wire::Extent::new(off, n).as_bytes()]);
            }
            self.send(false)?;
            for &(off, n) in window {
                self.answer(Kind::Data, "in answer to a Read")?;
                let (e, data) = wire::parse_extent(Kind::Data, &self.payload)?;
                if e != wire::Extent::new(off, n) || data.len() != n {
                    return Err(ProtocolError::malformed(
                        Kind::Data,
                        format!(
                            "asked for {n} bytes at {off:#x}, got {} ({} in the payload) at {:#x}",
                            e.len.get(),
                            data.len(),
                            e.offset.get()
                        ),
                    ));
                }
                buf[at..at + n].copy_from_slice(data);
                at += n;
            }
        }
        Ok(())
    }

    fn commit_inner(&mut self) -> Result<(), ProtocolError> {
        let c = wire::Commit { writes: self.stats.writes.into(), bytes: self.stats.bytes.into() };
        wire::encode_frame(&mut self.out, Kind::Commit, 0, &[c.as_bytes()]);
        self.send(false)?;
        self.answer(Kind::CommitAck, "in answer to a Commit")?;
        match wire::Commit::read_from_bytes(&self.payload) {
            Ok(ack) if ack == c => Ok(()),
            _ => Err(ProtocolError::malformed(Kind::CommitAck, "it does not echo the Commit")),
        }
    }
}

fn open(addr: impl ToSocketAddrs, timeout: Option<Duration>) -> io::Result<TcpStream> {
    let Some(timeout) = timeout else { return TcpStream::connect(addr) };
    let mut last = io::Error::new(io::ErrorKind::InvalidInput, "the address resolves to nothing");
    for a in addr.to_socket_addrs()? {
        match TcpStream::connect_timeout(&a, timeout) {
            Ok(s) => return Ok(s),
            Err(e) => last = e,
        }
    }
    Err(last)
}

impl Target for StandbyTarget {
    fn set_compression(&mut self, on: bool) {
        self.set_compress(on);
    }

    fn len(&self) -> u64 {
        self.len
    }

    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), SyncError> {
        self.check("writing")?;
        check_range("write", offset, data.len(), self.len)
            .map_err(|e| SyncError::WriteTarget { offset, source: Box::new(e) })?;
        for (i, chunk) in data.chunks(MAX_CHUNK).enumerate() {
            self.queue_write(offset + (i * MAX_CHUNK) as u64, chunk);
            if self.out.len() >= SEND_AT {
                self.send(true).map_err(|e| self.fail("writing", e))?;
            }
        }
        Ok(())
    }

    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        self.check("reading back")?;
        check_range("read", offset, buf.len(), self.len).map_err(|e| read_error(offset, e))?;
        self.read_inner(offset, buf).map_err(|e| self.fail("reading back", e))
    }

    fn pre_cleared(&self) -> bool {
        self.pre_cleared
    }

    fn set_context(&mut self, context: &[u8]) -> Result<(), SyncError> {
        self.check("sending the context")?;
        if context.len() > wire::MAX_CONTEXT {
            return Err(SyncError::Parameters(format!(
                "a CE context of {} bytes exceeds the standby protocol's {}-byte limit",
                context.len(),
                wire::MAX_CONTEXT
            )));
        }
        wire::encode_frame(&mut self.out, Kind::Context, 0, &[context]);
        if self.out.len() >= SEND_AT {
            self.send(true).map_err(|e| self.fail("sending the context", e))?;
        }
        Ok(())
    }

    fn mark_consistent(&mut self) -> Result<(), SyncError> {
        self.check("the commit")?;
        self.commit_inner().map_err(|e| self.fail("the commit", e))
    }
}

impl Drop for StandbyTarget {
    fn drop(&mut self) {
        if self.lost.is_none() && !self.closed {
            wire::encode_frame(&mut self.out, Kind::Bye, 0, &[]);
            let _ = self.stream.write_all(&self.out);
        }
    }
}

impl fmt::Debug for StandbyTarget {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StandbyTarget")
            .field("peer", &self.stream.peer_addr().ok())
            .field("len", &self.len)
            .field("pre_cleared", &self.pre_cleared)
            .field("stats", &self.stats)
            .field("lost", &self.lost)
            .finish()
    }
}

// ---------------------------------------------------------------------------------------------
// Standby side
// ---------------------------------------------------------------------------------------------

/// Where a standby keeps the image it receives.
pub trait StandbyStore {
    /// A session for an image of `len` bytes begins. Before returning, the image must be
    /// marked incomplete (durably, for stores that outlive the process); its
    /// [`Target::pre_cleared`] goes back to the active side in the HelloAck.
    fn begin(&mut self, len: u64) -> Result<&mut dyn Target, SyncError>;
}

/// How the standby serves.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// A session in which the active side sends nothing for this long ends (image incomplete
    /// unless committed): an active host that died without closing its socket would otherwise
    /// keep the standby from ever accepting its successor.
    pub idle_timeout: Option<Duration>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions { idle_timeout: Some(Duration::from_secs(60)) }
    }
}

/// What one session did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionReport {
    pub peer: Option<SocketAddr>,
    /// The Hello was accepted and the store began the session (marking the image incomplete);
    /// otherwise the image was not touched.
    pub began: bool,
    /// Image size from the Hello (0 if the session ended before it).
    pub len: u64,
    pub pre_cleared: bool,
    pub writes: u64,
    pub bytes: u64,
    pub compressed_writes: u64,
    pub reads: u64,
    pub commits: u64,
    /// Whether the image was consistent when the session ended.
    pub consistent: bool,
}

impl fmt::Display for SessionReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} writes ({} bytes, {} compressed), {} reads, {} commits; image {}",
            self.writes,
            self.bytes,
            self.compressed_writes,
            self.reads,
            self.commits,
            if self.consistent { "CONSISTENT" } else { "INCOMPLETE" }
        )
    }
}

/// A session that did not end with Bye.
#[derive(Debug, thiserror::Error)]
#[error("standby session ended without Bye after {} writes; image {}", report.writes, match (report.began, report.consistent) {
    (false, _) => "untouched",
    (true, true) => "CONSISTENT (committed before the failure)",
    (true, false) => "left INCOMPLETE",
})]
pub struct SessionError {
    pub report: SessionReport,
    #[source]
    pub error: ProtocolError,
}

/// Serves active sides one after another, forever, logging one line per session to stderr.
/// Returns only if accepting keeps failing.
pub fn serve(listener: TcpListener, store: impl StandbyStore) -> io::Result<()> {
    serve_with(listener, store, &ServeOptions::default(), |result| match result {
        Ok(r) => eprintln!("standby: session from {}: {r}", peer_name(r.peer)),
        Err(e) => eprintln!("standby: session from {}: {}", peer_name(e.report.peer), error_chain(e)),
    })
}

/// [`serve`] with options, handing each session's outcome to `on_session`.
pub fn serve_with(
    listener: TcpListener,
    mut store: impl StandbyStore,
    options: &ServeOptions,
    mut on_session: impl FnMut(&Result<SessionReport, SessionError>),
) -> io::Result<()> {
    let mut failures = 0;
    loop {
        match listener.accept() {
            Ok((stream, _)) => {
                failures = 0;
                on_session(&serve_connection(stream, &mut store, options));
            }
            // Out of descriptors and the like pass; a listener that never works again does not.
            Err(e) => {
                failures += 1;
                if failures >= 100 {
                    return Err(e);
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    }
}

/// Runs one session on an accepted connection.
// One result per session: its size costs nothing, and the report travels with the error.
#[allow(clippy::result_large_err)]
pub fn serve_connection(
    stream: TcpStream,
    store: &mut dyn StandbyStore,
    options: &ServeOptions,
) -> Result<SessionReport, SessionError> {
    let mut report = SessionReport { peer: stream.peer_addr().ok(), ..SessionReport::default() };
    let setup = || -> io::Result<()> {
        stream.set_nodelay(true)?;
        stream.set_read_timeout(options.idle_timeout)?;
        stream.set_write_timeout(options.idle_timeout)
    };
    let result = setup().map_err(ProtocolError::io).and_then(|()| Session::new(&stream).run(store, &mut report));
    match result {
        Ok(()) => Ok(report),
        Err(error) => {
            say_why(&stream, &error);
            Err(SessionError { report, error })
        }
    }
}

/// Tells the active side why the session ends, then lets it close first: closing a socket
/// with unread data resets the connection, and a reset can discard the Error frame before
/// the active side reads it.
fn say_why(stream: &TcpStream, error: &ProtocolError) {
    if matches!(
        error,
        ProtocolError::Io(_) | ProtocolError::Closed | ProtocolError::Truncated { .. } | ProtocolError::TimedOut
    ) {
        return;
    }
    let mut frame = Vec::new();
    if !matches!(error, ProtocolError::Version { .. }) {
        wire::encode_frame(&mut frame, Kind::Error, 0, &[error_chain(error).as_bytes()]);
    }
    if (&*stream).write_all(&frame).is_err() || stream.shutdown(Shutdown::Write).is_err() {
        return;
    }
    let deadline = Instant::now() + Duration::from_secs(2);
    let mut sink = vec![0u8; 64 << 10];
    while Instant::now() < deadline {
        let _ = stream.set_read_timeout(Some(Duration::from_millis(100)));
        match (&*stream).read(&mut sink) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut | io::ErrorKind::Interrupted
                ) => {}
            Err(_) => break,
        }
    }
}

struct Session<'a> {
    reader: BufReader<&'a TcpStream>,
    writer: BufWriter<&'a TcpStream>,
    payload: Vec<u8>,
    scratch: Vec<u8>,
}

impl<'a> Session<'a> {
    fn new(stream: &'a TcpStream) -> Session<'a> {
        Session {
            reader: BufReader::with_capacity(256 << 10, stream),
            writer: BufWriter::with_capacity(64 << 10, stream),
            payload: Vec::new(),
            scratch: Vec::new(),
        }
    }

    fn reply(&mut self, kind: Kind, parts: &[&[u8]]) -> Result<(), ProtocolError> {
        let h = wire::FrameHeader::new(kind as u8, 0, parts);
        let mut put = || -> io::Result<()> {
            self.writer.write_all(h.as_bytes())?;
            for p in parts {
                self.writer.write_all(p)?;
            }
            self.writer.flush()
        };
        put().map_err(ProtocolError::io)
    }

    fn next_frame(&mut self) -> Result<Option<(Kind, u8)>, ProtocolError> {
        let frame = wire::read_frame(&mut self.reader, &mut self.payload)?;
        match frame {
            Some((kind, flags)) if flags != 0 && !(kind == Kind::Write && flags == FLAG_COMPRESSED) => {
                Err(ProtocolError::malformed(kind, format!("unknown flags {flags:#04x}")))
            }
            _ => Ok(frame),
        }
    }

    fn run(mut self, store: &mut dyn StandbyStore, report: &mut SessionReport) -> Result<(), ProtocolError> {
        let hello = match self.next_frame()? {
            None => return Err(ProtocolError::Closed),
            Some((Kind::Hello, _)) => wire::parse_hello(Kind::Hello, &self.payload),
            Some((kind, _)) => {
                return Err(ProtocolError::Unexpected { kind: kind.name(), during: "instead of a Hello" })
            }
        };
        let hello = match hello {
            Err(ProtocolError::Version { found, supported }) => {
                // Answered in our version, so the active side can say which one we speak.
                let ack = wire::Hello { magic: wire::MAGIC, version: supported.into(), flags: 0.into(), len: 0.into() };
                self.reply(Kind::HelloAck, &[ack.as_bytes()])?;
                return Err(ProtocolError::Version { found, supported });
            }
            h => h?,
        };
        let len = hello.len.get();
        let image = store.begin(len).map_err(ProtocolError::Store)?;
        report.began = true;
        report.len = len;
        report.pre_cleared = image.pre_cleared();
        let flags = if report.pre_cleared { wire::HELLO_PRE_CLEARED } else { 0 };
        let ack =
            wire::Hello { magic: wire::MAGIC, version: wire::VERSION.into(), flags: flags.into(), len: len.into() };
        self.reply(Kind::HelloAck, &[ack.as_bytes()])?;

        loop {
            let Some((kind, flags)) = self.next_frame()? else { return Err(ProtocolError::Closed) };
            match kind {
                Kind::Write => {
                    let n = self.apply_write(image, flags)?;
                    report.consistent = false;
                    report.writes += 1;
                    report.bytes += n;
                    report.compressed_writes += u64::from(flags & FLAG_COMPRESSED != 0);
                }
                Kind::Read => {
                    let (e, rest) = wire::parse_extent(Kind::Read, &self.payload)?;
                    if !rest.is_empty() {
                        return Err(ProtocolError::malformed(
                            Kind::Read,
                            format!("{} bytes after the extent", rest.len()),
                        ));
                    }
                    let (offset, n) = (e.offset.get(), e.len.get() as usize);
                    check_range("read", offset, n, image.len())?;
                    self.scratch.resize(n, 0);
                    image.read(offset, &mut self.scratch[..n]).map_err(ProtocolError::Store)?;
                    let data = std::mem::take(&mut self.scratch);
                    let sent = self.reply(Kind::Data, &[e.as_bytes(), &data[..n]]);
                    self.scratch = data;
                    sent?;
                    report.reads += 1;
                }
                Kind::Context => {
                    image.set_context(&self.payload).map_err(ProtocolError::Store)?;
                    report.consistent = false;
                }
                Kind::Commit => {
                    let c = wire::Commit::read_from_bytes(&self.payload).map_err(|_| {
                        ProtocolError::malformed(
                            Kind::Commit,
                            format!("{} bytes, a Commit has {}", self.payload.len(), size_of::<wire::Commit>()),
                        )
                    })?;
                    if (c.writes.get(), c.bytes.get()) != (report.writes, report.bytes) {
                        return Err(ProtocolError::CommitMismatch {
                            sent_writes: c.writes.get(),
                            sent_bytes: c.bytes.get(),
                            got_writes: report.writes,
                            got_bytes: report.bytes,
                        });
                    }
                    image.mark_consistent().map_err(ProtocolError::Store)?;
                    report.consistent = true;
                    report.commits += 1;
                    self.reply(Kind::CommitAck, &[c.as_bytes()])?;
                }
                Kind::Bye => return Ok(()),
                other => return Err(ProtocolError::Unexpected { kind: other.name(), during: "from the active side" }),
            }
        }
    }

    /// Every check comes before the image is touched: a refused frame writes nothing.
    fn apply_write(&mut self, image: &mut dyn Target, flags: u8) -> Result<u64, ProtocolError> {
        let (e, body) = wire::parse_extent(Kind::Write, &self.payload)?;
        let (offset, n) = (e.offset.get(), e.len.get() as usize);
        check_range("write", offset, n, image.len())?;
        let data = if flags & FLAG_COMPRESSED != 0 {
            let (declared, block) = lz4_flex::block::uncompressed_size(body)
                .map_err(|_| ProtocolError::malformed(Kind::Write, "compressed payload lacks its size prefix"))?;
            if declared != n {
                return Err(ProtocolError::malformed(
                    Kind::Write,
                    format!("lz4 size prefix says {declared} bytes, the extent {n}"),
                ));
            }
            self.scratch.resize(n, 0);
            match lz4_flex::block::decompress_into(block, &mut self.scratch[..n]) {
                Ok(got) if got == n => {}
                Ok(got) => {
                    return Err(ProtocolError::malformed(
                        Kind::Write,
                        format!("lz4 block decodes to {got} bytes, the extent says {n}"),
                    ))
                }
                Err(err) => {
                    return Err(ProtocolError::malformed(Kind::Write, format!("lz4 block does not decode: {err}")))
                }
            }
            &self.scratch[..n]
        } else {
            if body.len() != n {
                return Err(ProtocolError::malformed(
                    Kind::Write,
                    format!("the extent says {n} bytes, the payload carries {}", body.len()),
                ));
            }
            body
        };
        image.write(offset, data).map_err(ProtocolError::Store)?;
        Ok(n as u64)
    }
}

fn peer_name(peer: Option<SocketAddr>) -> String {
    peer.map_or_else(|| "?".to_string(), |p| p.to_string())
}

pub use crate::error_chain;

fn check_range(what: &'static str, offset: u64, len: usize, size: u64) -> Result<(), ProtocolError> {
    match offset.checked_add(len as u64) {
        Some(end) if end <= size => Ok(()),
        _ => Err(ProtocolError::OutOfRange { what, offset, len: len as u64, size }),
    }
}

/// `SyncError` has no variant for reading the target back; `Parameters` carries the text.
fn read_error(offset: u64, e: impl std::error::Error) -> SyncError {
    SyncError::ReadTarget { offset, source: error_chain(&e).into() }
}

// ---------------------------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------------------------

/// An image in process memory.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryTarget {
    data: Vec<u8>,
    context: Vec<u8>,
    pre_cleared: bool,
    consistent: bool,
    written: bool,
}

impl MemoryTarget {
    /// A zeroed image (pre-cleared). Fails cleanly, rather than aborting, when `len` bytes
    /// cannot be had: a standby sizes it from what a peer says.
    pub fn zeroed(len: u64) -> Result<MemoryTarget, SyncError> {
        let too_big = || SyncError::Parameters(format!("cannot allocate a {len}-byte in-memory image"));
        let n = usize::try_from(len).map_err(|_| too_big())?;
        let mut data = Vec::new();
        data.try_reserve_exact(n).map_err(|_| too_big())?;
        data.resize(n, 0);
        Ok(MemoryTarget { data, pre_cleared: true, ..MemoryTarget::default() })
    }

    /// An image holding `data` already (not pre-cleared).
    pub fn from_image(data: Vec<u8>) -> MemoryTarget {
        MemoryTarget { data, written: true, ..MemoryTarget::default() }
    }

    pub fn data(&self) -> &[u8] {
        &self.data
    }

    pub fn into_data(self) -> Vec<u8> {
        self.data
    }

    pub fn context(&self) -> &[u8] {
        &self.context
    }

    /// Marked consistent, and nothing written or set since.
    pub fn is_consistent(&self) -> bool {
        self.consistent
    }
}

impl Target for MemoryTarget {
    fn len(&self) -> u64 {
        self.data.len() as u64
    }

    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), SyncError> {
        check_range("write", offset, data.len(), self.len())
            .map_err(|e| SyncError::WriteTarget { offset, source: Box::new(e) })?;
        self.consistent = false;
        self.written |= !data.is_empty();
        self.data[offset as usize..offset as usize + data.len()].copy_from_slice(data);
        Ok(())
    }

    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        check_range("read", offset, buf.len(), self.len()).map_err(|e| read_error(offset, e))?;
        buf.copy_from_slice(&self.data[offset as usize..offset as usize + buf.len()]);
        Ok(())
    }

    fn pre_cleared(&self) -> bool {
        self.pre_cleared
    }

    fn set_context(&mut self, context: &[u8]) -> Result<(), SyncError> {
        self.consistent = false;
        self.context.clear();
        self.context.extend_from_slice(context);
        Ok(())
    }

    fn mark_consistent(&mut self) -> Result<(), SyncError> {
        self.consistent = true;
        Ok(())
    }
}

/// A [`MemoryTarget`] shared between a standby session and whoever looks at it.
#[derive(Clone, Debug, Default)]
struct SharedImage(Arc<Mutex<MemoryTarget>>);

impl SharedImage {
    fn lock(&self) -> MutexGuard<'_, MemoryTarget> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Target for SharedImage {
    fn len(&self) -> u64 {
        self.lock().len()
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), SyncError> {
        self.lock().write(offset, data)
    }
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        self.lock().read(offset, buf)
    }
    fn pre_cleared(&self) -> bool {
        self.lock().pre_cleared()
    }
    fn set_context(&mut self, context: &[u8]) -> Result<(), SyncError> {
        self.lock().set_context(context)
    }
    fn mark_consistent(&mut self) -> Result<(), SyncError> {
        self.lock().mark_consistent()
    }
}

/// A standby store in process memory. Clones share the image, so one clone can go to
/// [`serve`] and another stay behind to look at it.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    image: SharedImage,
    keep: bool,
    expect_len: Option<u64>,
}

impl MemoryStore {
    /// Every session starts from a fresh zeroed image (pre-cleared).
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// Sessions continue on the previous image when the size matches; it is pre-cleared only
    /// if nothing was ever written to it.
    pub fn keeping() -> MemoryStore {
        MemoryStore { keep: true, ..MemoryStore::default() }
    }

    /// Refuse sessions for any other image size.
    pub fn expecting(mut self, len: u64) -> MemoryStore {
        self.expect_len = Some(len);
        self
    }

    /// The image (held locked: do not keep it across a session's calls).
    pub fn image(&self) -> MutexGuard<'_, MemoryTarget> {
        self.image.lock()
    }
}

impl StandbyStore for MemoryStore {
    fn begin(&mut self, len: u64) -> Result<&mut dyn Target, SyncError> {
        check_len(self.expect_len, len)?;
        {
            let mut image = self.image.lock();
            if self.keep && image.len() == len {
                image.consistent = false;
                image.pre_cleared = !image.written;
            } else {
                *image = MemoryTarget::zeroed(len)?;
            }
        }
        Ok(&mut self.image)
    }
}

/// The sidecar's header (layout in [`FileTarget`]'s documentation).
#[derive(Clone, Copy, Debug, zerocopy::IntoBytes, zerocopy::FromBytes, zerocopy::KnownLayout, zerocopy::Immutable)]
#[repr(C)]
struct StateHeader {
    magic: [u8; 8],
    state: [u8; 16],
    image_len: zerocopy::little_endian::U64,
    context_len: zerocopy::little_endian::U64,
    context_crc: zerocopy::little_endian::U32,
    header_crc: zerocopy::little_endian::U32,
}

const STATE_MAGIC: [u8; 8] = *b"FTSIMG01";
const CONSISTENT: [u8; 16] = *b"CONSISTENT\n\0\0\0\0\0";
const INCOMPLETE: [u8; 16] = *b"INCOMPLETE\n\0\0\0\0\0";

/// What an image file's sidecar says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImageState {
    pub consistent: bool,
    pub len: u64,
    pub context: Vec<u8>,
}

/// A failed file operation, with the file.
#[derive(Debug, thiserror::Error)]
#[error("{operation} {}", path.display())]
pub struct FileError {
    pub operation: &'static str,
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

/// An image in a file of the memory's size (sparse where never written), its state and CE
/// context in the `<image>.state` sidecar. The image file itself stays a plain memory image.
///
/// The sidecar, `<image>.state`:
///
/// ```text
///  0  "FTSIMG01"                      magic
///  8  "CONSISTENT\n" / "INCOMPLETE\n"  state, NUL-padded to 16 bytes (readable with `head`)
/// 24  u64 image length
/// 32  u64 context length
/// 40  u32 CRC-32C of the context
/// 44  u32 CRC-32C of bytes 0..44
/// 48  context bytes
/// ```
///
/// It is replaced atomically (written aside, synced, renamed), so a crash leaves the old or
/// the new state, never a torn one. A missing sidecar reads as incomplete; a damaged one is
/// an error to [`FileTarget::read_state`] and incomplete to [`FileTarget::open`].
#[derive(Debug)]
pub struct FileTarget {
    file: File,
    path: PathBuf,
    len: u64,
    context: Vec<u8>,
    pre_cleared: bool,
    consistent: bool,
    /// The sidecar already says INCOMPLETE: writes may go to the image.
    marked_incomplete: bool,
}

impl FileTarget {
    /// A new zeroed (sparse) image of `len` bytes, replacing any file at `path`; marked
    /// incomplete before the old image is touched.
    pub fn create(path: impl AsRef<Path>, len: u64) -> Result<FileTarget, SyncError> {
        let path = path.as_ref().to_path_buf();
        let fail = |operation, source| SyncError::WriteTarget {
            offset: 0,
            source: Box::new(FileError { operation, path: path.clone(), source }),
        };
        write_state(&path, false, len, &[]).map_err(|e| SyncError::WriteTarget { offset: 0, source: Box::new(e) })?;
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(&path)
            .map_err(|e| fail("creating", e))?;
        file.set_len(len).map_err(|e| fail("sizing", e))?;
        Ok(FileTarget {
            file,
            path,
            len,
            context: Vec::new(),
            pre_cleared: true,
            consistent: false,
            marked_incomplete: true,
        })
    }

    /// An existing image (not pre-cleared), its state and context from the sidecar. The
    /// sidecar turns to INCOMPLETE at the first write or context, not before: opening to
    /// look, or to read back, keeps a consistent image consistent.
    pub fn open(path: impl AsRef<Path>) -> Result<FileTarget, SyncError> {
        let path = path.as_ref().to_path_buf();
        let wrap = |e: FileError| SyncError::WriteTarget { offset: 0, source: Box::new(e) };
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|source| wrap(FileError { operation: "opening", path: path.clone(), source }))?;
        let len = file
            .metadata()
            .map_err(|source| wrap(FileError { operation: "sizing", path: path.clone(), source }))?
            .len();
        let state = FileTarget::read_state(&path).unwrap_or_default();
        let consistent = state.consistent && state.len == len;
        Ok(FileTarget {
            file,
            path,
            len,
            context: state.context,
            pre_cleared: false,
            consistent,
            marked_incomplete: false,
        })
    }

    /// The sidecar of the image at `image`.
    pub fn state_path(image: &Path) -> PathBuf {
        let mut p = image.as_os_str().to_owned();
        p.push(".state");
        PathBuf::from(p)
    }

    /// What the sidecar of `image` says. No sidecar: incomplete. A corrupt one: an error.
    pub fn read_state(image: &Path) -> Result<ImageState, FileError> {
        let path = FileTarget::state_path(image);
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(ImageState::default()),
            Err(source) => return Err(FileError { operation: "reading", path, source }),
        };
        let corrupt = |why: &str| FileError {
            operation: "parsing",
            path: path.clone(),
            source: io::Error::new(io::ErrorKind::InvalidData, why.to_string()),
        };
        let (h, context) =
            StateHeader::read_from_prefix(&bytes).map_err(|_| corrupt("shorter than its 48-byte header"))?;
        if h.magic != STATE_MAGIC {
            return Err(corrupt("not an ftsync image state file (bad magic)"));
        }
        if wire::crc32c(&h.as_bytes()[..44]) != h.header_crc.get() {
            return Err(corrupt("header checksum mismatch"));
        }
        if context.len() as u64 != h.context_len.get() || wire::crc32c(context) != h.context_crc.get() {
            return Err(corrupt("context length or checksum mismatch"));
        }
        let consistent = match h.state {
            CONSISTENT => true,
            INCOMPLETE => false,
            _ => return Err(corrupt("unknown state")),
        };
        Ok(ImageState { consistent, len: h.image_len.get(), context: context.to_vec() })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn context(&self) -> &[u8] {
        &self.context
    }

    pub fn is_consistent(&self) -> bool {
        self.consistent
    }

    /// The sidecar must say INCOMPLETE before the image changes: a crash in between must not
    /// leave a changed image labelled consistent.
    fn mark_incomplete(&mut self) -> Result<(), FileError> {
        if !self.marked_incomplete {
            write_state(&self.path, false, self.len, &[])?;
            self.marked_incomplete = true;
        }
        self.consistent = false;
        Ok(())
    }
}

fn write_state(image: &Path, consistent: bool, len: u64, context: &[u8]) -> Result<(), FileError> {
    let path = FileTarget::state_path(image);
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let mut h = StateHeader {
        magic: STATE_MAGIC,
        state: if consistent { CONSISTENT } else { INCOMPLETE },
        image_len: len.into(),
        context_len: (context.len() as u64).into(),
        context_crc: wire::crc32c(context).into(),
        header_crc: 0.into(),
    };
    h.header_crc = wire::crc32c(&h.as_bytes()[..44]).into();
    let put = || -> io::Result<()> {
        let mut f = File::create(&tmp)?;
        f.write_all(h.as_bytes())?;
        f.write_all(context)?;
        f.sync_all()?;
        std::fs::rename(&tmp, &path)?;
        // The rename itself is durable only once the directory is synced.
        let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
        File::open(dir)?.sync_all()?;
        Ok(())
    };
    put().map_err(|source| FileError { operation: "writing the image state", path, source })
}

impl Target for FileTarget {
    fn len(&self) -> u64 {
        self.len
    }

    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), SyncError> {
        let fail = |e: BoxError| SyncError::WriteTarget { offset, source: e };
        check_range("write", offset, data.len(), self.len).map_err(|e| fail(Box::new(e)))?;
        self.mark_incomplete().map_err(|e| fail(Box::new(e)))?;
        self.file
            .write_all_at(data, offset)
            .map_err(|source| fail(Box::new(FileError { operation: "writing", path: self.path.clone(), source })))
    }

    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        check_range("read", offset, buf.len(), self.len).map_err(|e| read_error(offset, e))?;
        self.file
            .read_exact_at(buf, offset)
            .map_err(|source| read_error(offset, FileError { operation: "reading", path: self.path.clone(), source }))
    }

    fn pre_cleared(&self) -> bool {
        self.pre_cleared
    }

    fn set_context(&mut self, context: &[u8]) -> Result<(), SyncError> {
        self.mark_incomplete().map_err(|e| SyncError::WriteTarget { offset: 0, source: Box::new(e) })?;
        self.context.clear();
        self.context.extend_from_slice(context);
        Ok(())
    }

    fn mark_consistent(&mut self) -> Result<(), SyncError> {
        let fail = |e: FileError| SyncError::WriteTarget { offset: 0, source: Box::new(e) };
        // The data must be on disk before a sidecar that vouches for it.
        self.file
            .sync_data()
            .map_err(|source| fail(FileError { operation: "syncing", path: self.path.clone(), source }))?;
        write_state(&self.path, true, self.len, &self.context).map_err(fail)?;
        self.consistent = true;
        self.marked_incomplete = false;
        Ok(())
    }
}

/// A standby store in an image file (see [`FileTarget`]).
#[derive(Debug)]
pub struct FileStore {
    path: PathBuf,
    keep: bool,
    expect_len: Option<u64>,
    image: Option<FileTarget>,
}

impl FileStore {
    /// Every session starts from a fresh sparse file (pre-cleared).
    pub fn new(path: impl Into<PathBuf>) -> FileStore {
        FileStore { path: path.into(), keep: false, expect_len: None, image: None }
    }

    /// Sessions continue on the existing file when its size matches (not pre-cleared).
    pub fn keeping(path: impl Into<PathBuf>) -> FileStore {
        FileStore { keep: true, ..FileStore::new(path) }
    }

    /// Refuse sessions for any other image size.
    pub fn expecting(mut self, len: u64) -> FileStore {
        self.expect_len = Some(len);
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl StandbyStore for FileStore {
    fn begin(&mut self, len: u64) -> Result<&mut dyn Target, SyncError> {
        check_len(self.expect_len, len)?;
        self.image = None;
        let existing = std::fs::metadata(&self.path).map(|m| m.len()).ok();
        let image = if self.keep && existing == Some(len) {
            let mut t = FileTarget::open(&self.path)?;
            t.mark_incomplete().map_err(|e| SyncError::WriteTarget { offset: 0, source: Box::new(e) })?;
            t
        } else {
            FileTarget::create(&self.path, len)?
        };
        Ok(self.image.insert(image))
    }
}

fn check_len(expect: Option<u64>, len: u64) -> Result<(), SyncError> {
    match expect {
        Some(e) if e != len => Err(SyncError::Parameters(format!(
            "this standby holds a {e}-byte image; the active side offered {len} bytes"
        ))),
        _ => Ok(()),
    }
}

// ---------------------------------------------------------------------------------------------
// For the CLI
// ---------------------------------------------------------------------------------------------

/// A target from its command-line spelling: `memory`, `file:PATH` (a new sparse image) or
/// `tcp:HOST:PORT` (a `ftsync standby`; `tcp+lz4:HOST:PORT` compresses what it sends).
pub fn make_target(spec: &str, len: u64) -> Result<Box<dyn Target>, SyncError> {
    if spec == "memory" {
        Ok(Box::new(MemoryTarget::zeroed(len)?))
    } else if let Some(path) = spec.strip_prefix("file:") {
        Ok(Box::new(FileTarget::create(path, len)?))
    } else if let Some(addr) = spec.strip_prefix("tcp:") {
        Ok(Box::new(StandbyTarget::connect(addr, len)?))
    } else if let Some(addr) = spec.strip_prefix("tcp+lz4:") {
        Ok(Box::new(StandbyTarget::connect_with(
            addr,
            len,
            StandbyOptions { compress: true, ..StandbyOptions::default() },
        )?))
    } else {
        Err(SyncError::Parameters(format!(
            "target `{spec}`: expected `memory`, `file:PATH`, `tcp:HOST:PORT` or `tcp+lz4:HOST:PORT`"
        )))
    }
}

/// Listening failed.
#[derive(Debug, thiserror::Error)]
#[error("{operation} {addr}")]
pub struct ListenError {
    pub operation: &'static str,
    pub addr: String,
    #[source]
    pub source: io::Error,
}

/// `ftsync standby`: serves a `len`-byte image, in `file` or in memory, on `listen`, forever.
pub fn serve_standby(listen: &str, len: u64, file: Option<impl AsRef<Path>>) -> Result<(), ListenError> {
    let fail = |operation| move |source| ListenError { operation, addr: listen.to_string(), source };
    let listener = TcpListener::bind(listen).map_err(fail("listening on"))?;
    let addr = listener.local_addr().map_or_else(|_| listen.to_string(), |a| a.to_string());
    match file {
        Some(path) => {
            eprintln!("standby: listening on {addr}; {len}-byte image in {}", path.as_ref().display());
            serve(listener, FileStore::new(path.as_ref()).expecting(len)).map_err(fail("accepting on"))
        }
        None => {
            eprintln!("standby: listening on {addr}; {len}-byte image in memory");
            serve(listener, MemoryStore::new().expecting(len)).map_err(fail("accepting on"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::wire::*;

    #[test]
    fn crc32c_matches_the_standard_check_value() {
        assert_eq!(crc32c(b"123456789"), 0xE306_9283);
        assert_eq!(crc32c(b""), 0);
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7 + 3) as u8).collect();
        for split in [0, 1, 7, 8, 9, 500, 1000] {
            assert_eq!(crc32c_update(crc32c(&data[..split]), &data[split..]), crc32c(&data), "split {split}");
        }
    }

    #[test]
    fn wire_structs_have_the_documented_sizes() {
        assert_eq!(size_of::<FrameHeader>(), HEADER_LEN);
        assert_eq!(size_of::<Hello>(), 24);
        assert_eq!(size_of::<Extent>(), 16);
        assert_eq!(size_of::<Commit>(), 16);
        assert_eq!(size_of::<super::StateHeader>(), 48);
    }
}
