//! The `serial:PATH` transport: `ftsync_core`'s registers over a serial line through the UART
//! bridge of a board top (or `ftsync sim-serve --pty`), speaking [`regbus::uart`] (protocol
//! version 1) with tokio-serial.
//!
//! One request at a time, as the protocol asks. Each request gets a fresh sequence number and a
//! response timeout; the answer must carry the same sequence number, a good CRC and the shape
//! its request calls for, anything else is discarded or counted as a failed try. A bounded retry
//! policy follows the protocol's rules for a host:
//!
//! ```text
//!   try n:  send frame(seq) ──▶ read until an answer to seq, a bad frame, or the timeout
//!             │ OK ─────────────────────────────────────────────▶ done
//!             │ BAD_VERSION / BAD_COMMAND / TIMEOUT ────────────▶ error now (retrying cannot help)
//!             │ BAD_CHECKSUM (the bridge saw a damaged request) ─▶ try n+1 at once
//!             │ no answer / truncated / bad CRC / garbage only ──▶ stay silent for `quiet`
//!             ▼                                                    (> the bridge's inter-byte
//!   after `tries` tries: error naming the register, the tries       timeout, so it hunts for
//!   and what came back on each                                      SYNC again), flush input,
//!                                                                   try n+1 with a new seq
//! ```
//!
//! Bytes outside frames (garbage) are skipped and counted; a response to an earlier try (its
//! sequence number is old) is discarded. A WRITE that got no readable answer may have taken
//! effect; retrying it is safe because every register write of the device API is idempotent
//! (write-1-to-clear and command bits are set again, with the same effect).
//!
//! Opening sends a PING: a device that never answers fails at once with a message that says
//! what to check, rather than on the first register access.

use regbus::uart::{self, DecodeError, Decoder, Request, Response, Status};
use regbus::{BusError, RegisterBus};
use std::fmt;
use std::io;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio_serial::{SerialPort, SerialPortBuilderExt, SerialStream};

/// The bridge's baud rate on every board top and in `ftsync sim-serve`.
pub const DEFAULT_BAUD: u32 = 115_200;

/// How the transport waits and retries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SerialSettings {
    pub baud: u32,
    /// Longest wait for the answer to one try.
    pub response_timeout: Duration,
    /// Tries per request (and PINGs on open) before giving up; at least 1.
    pub tries: u32,
    /// Silence before a retry: longer than the bridge's inter-byte timeout (10 ms), so a
    /// bridge that took garbage or a cut frame for the start of a frame drops it.
    pub quiet: Duration,
}

impl Default for SerialSettings {
    fn default() -> Self {
        SerialSettings {
            baud: DEFAULT_BAUD,
            // A request and its answer take about 1.5 ms on the wire at 115200 baud; the rest
            // is room for a busy host, an USB adapter's latency, or a simulator running slower
            // than the board it stands for.
            response_timeout: Duration::from_millis(250),
            tries: 3,
            quiet: Duration::from_millis(30),
        }
    }
}

/// What one try brought back when it did not bring the answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TryOutcome {
    /// Nothing that made a frame within the response timeout.
    NoAnswer { waited: Duration, garbage: usize, late: usize },
    /// A frame began but the line went idle before its end.
    Truncated { got: usize, expected: usize },
    /// A frame whose CRC did not match its bytes.
    BadChecksum { carried: u8, computed: u8 },
    /// An error status carrying a data word (not a version 1 frame).
    DataWithError { status: u8 },
    /// The bridge answered BAD_CHECKSUM: our request was damaged on the way.
    RequestDamaged,
}

impl fmt::Display for TryOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TryOutcome::NoAnswer { waited, garbage, late } => {
                write!(f, "no answer within {} ms", waited.as_millis())?;
                if *garbage > 0 {
                    write!(f, " ({garbage} byte(s) of garbage)")?;
                }
                if *late > 0 {
                    write!(f, " ({late} late answer(s) to earlier tries)")?;
                }
                Ok(())
            }
            TryOutcome::Truncated { got, expected } => {
                write!(f, "truncated frame: the line went idle after {got} of {} byte(s)", expected.max(got))
            }
            TryOutcome::BadChecksum { carried, computed } => {
                write!(f, "answer with a bad checksum (carries {carried:#04x}, bytes give {computed:#04x})")
            }
            TryOutcome::DataWithError { status } => {
                write!(f, "malformed answer (status {status:#04x} with a data word)")
            }
            TryOutcome::RequestDamaged => {
                write!(f, "the bridge answered BAD_CHECKSUM (the request was damaged on the line)")
            }
        }
    }
}

/// Why a request failed for good.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Every try failed; what each brought back.
    Exhausted { tries: Vec<TryOutcome> },
    /// BAD_VERSION: the bridge speaks another protocol version.
    Version { bridge: u8 },
    /// BAD_COMMAND.
    Command,
    /// TIMEOUT: the register bus behind the bridge did not acknowledge.
    BusTimeout,
    /// A status code protocol version 1 does not know.
    UnknownStatus(u8),
    /// A PING answered with the wrong echo or version.
    PingMismatch { got: u32, want: u32 },
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::Exhausted { tries } => {
                write!(f, "no valid answer after {} tries: ", tries.len())?;
                for (i, t) in tries.iter().enumerate() {
                    write!(f, "{}try {}: {t}", if i > 0 { "; " } else { "" }, i + 1)?;
                }
                Ok(())
            }
            Failure::Version { bridge } => write!(
                f,
                "the bridge refused protocol version {} (BAD_VERSION); it speaks version {bridge}: update ftsync or the bitstream",
                uart::VERSION
            ),
            Failure::Command => write!(f, "the bridge refused the command (BAD_COMMAND)"),
            Failure::BusTimeout => {
                write!(f, "the register bus did not acknowledge within the bridge's bus timeout (answered TIMEOUT)")
            }
            Failure::UnknownStatus(c) => write!(f, "the bridge answered status {c:#x}, unknown to protocol version {}", uart::VERSION),
            Failure::PingMismatch { got, want } => write!(f, "PING answered {got:#010x}, expected {want:#010x}"),
        }
    }
}

/// Errors of the serial transport, named after the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum SerialError {
    #[error("opening {path}")]
    Open {
        path: String,
        #[source]
        source: tokio_serial::Error,
    },
    #[error("starting the serial transport's I/O runtime")]
    Runtime(#[source] io::Error),
    #[error(
        "opening {path}: no answer from {path} after {} ms ({} PINGs; {}): is `ftsync sim-serve` or the board running at {baud} baud?",
        waited.as_millis(), tries.len(), outcomes(tries)
    )]
    Silent { path: String, baud: u32, waited: Duration, tries: Vec<TryOutcome> },
    #[error("pinging {path}: {failure}")]
    Ping { path: String, failure: Failure },
    #[error("reading {addr:#06x}{}: {failure}", name_of(*addr))]
    Read { addr: u16, failure: Failure },
    #[error("writing {value:#010x} to {addr:#06x}{}: {failure}", name_of(*addr))]
    Write { addr: u16, value: u32, failure: Failure },
    #[error("{operation} {path}")]
    Io {
        operation: &'static str,
        path: String,
        #[source]
        source: io::Error,
    },
}

fn outcomes(tries: &[TryOutcome]) -> String {
    tries.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

/// ` (NAME)` or ` (WINDOW[i])` for a register address, empty for an unmapped one.
fn name_of(addr: u16) -> String {
    let a = u32::from(addr);
    regmap::registers()
        .iter()
        .find(|r| (r.offset..r.offset + 4 * r.words.max(1)).contains(&a))
        .map(
            |r| {
                if r.words > 1 {
                    format!(" ({}[{}])", r.name(), (a - r.offset) / 4)
                } else {
                    format!(" ({})", r.name())
                }
            },
        )
        .unwrap_or_default()
}

/// What the transport has done so far, for tests and diagnostics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SerialStats {
    /// Requests asked for (PINGs included).
    pub requests: u64,
    /// Frames sent (tries); `tries - requests` were retries.
    pub tries: u64,
    /// Bytes skipped outside any frame.
    pub garbage_bytes: u64,
    /// Frames dropped: bad CRC, truncated, malformed.
    pub bad_frames: u64,
    /// Answers to earlier tries, discarded.
    pub late_answers: u64,
}

/// `ftsync_core` behind a UART bridge on a serial port.
pub struct SerialBus {
    rt: tokio::runtime::Runtime,
    port: SerialStream,
    path: String,
    settings: SerialSettings,
    seq: u8,
    decoder: Decoder,
    stats: SerialStats,
}

impl fmt::Debug for SerialBus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SerialBus")
            .field("path", &self.path)
            .field("settings", &self.settings)
            .field("stats", &self.stats)
            .finish()
    }
}

/// How one try ended.
enum Answer {
    Response(Response),
    Failed(TryOutcome),
}

impl SerialBus {
    /// Open `path` at 115200 baud with the default timeouts and retries, and PING the bridge.
    pub fn open(path: &str) -> Result<Self, SerialError> {
        Self::open_with(path, SerialSettings::default())
    }

    pub fn open_with(path: &str, settings: SerialSettings) -> Result<Self, SerialError> {
        let settings = SerialSettings { tries: settings.tries.max(1), ..settings };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(SerialError::Runtime)?;
        let port = {
            // The port registers with the runtime's reactor, so it is opened inside it.
            let _entered = rt.enter();
            tokio_serial::new(path, settings.baud)
                .data_bits(tokio_serial::DataBits::Eight)
                .parity(tokio_serial::Parity::None)
                .stop_bits(tokio_serial::StopBits::One)
                .flow_control(tokio_serial::FlowControl::None)
                .open_native_async()
                .map_err(|source| SerialError::Open { path: path.to_string(), source })?
        };
        // Bytes a previous user left unread are not answers to us.
        port.clear(tokio_serial::ClearBuffer::All)
            .map_err(|source| SerialError::Open { path: path.to_string(), source })?;
        let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
        let mut bus = SerialBus {
            rt,
            port,
            path: path.to_string(),
            settings,
            // Not 0 every time: a late answer to a previous process's request must not match.
            seq: seed as u8,
            decoder: Decoder::new(),
            stats: SerialStats::default(),
        };
        bus.ping_on_open()?;
        Ok(bus)
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    pub fn settings(&self) -> &SerialSettings {
        &self.settings
    }

    pub fn stats(&self) -> SerialStats {
        self.stats
    }

    fn ping_on_open(&mut self) -> Result<(), SerialError> {
        let echo = u16::from(self.seq) << 8 | 0x5A;
        let started = Instant::now();
        match self.transact(|seq| Request::Ping { seq, echo }) {
            Ok(Ok(r)) => {
                let want = u32::from(echo) << 16 | u32::from(uart::VERSION);
                match r.data {
                    Some(got) if got == want => Ok(()),
                    got => Err(SerialError::Ping {
                        path: self.path.clone(),
                        failure: Failure::PingMismatch { got: got.unwrap_or(0), want },
                    }),
                }
            }
            Ok(Err(Failure::Exhausted { tries })) if tries.iter().all(|t| matches!(t, TryOutcome::NoAnswer { .. })) => {
                Err(SerialError::Silent {
                    path: self.path.clone(),
                    baud: self.settings.baud,
                    waited: started.elapsed(),
                    tries,
                })
            }
            Ok(Err(failure)) => Err(SerialError::Ping { path: self.path.clone(), failure }),
            Err(e) => Err(e),
        }
    }

    /// One PING (link and version check), with the usual retries.
    pub fn ping(&mut self) -> Result<(), SerialError> {
        self.ping_on_open()
    }

    /// Send `make(seq)` until an answer arrives or the tries run out. The outer error is the
    /// port failing; the inner one the request failing.
    fn transact(&mut self, make: impl Fn(u8) -> Request) -> Result<Result<Response, Failure>, SerialError> {
        self.stats.requests += 1;
        let mut failed = Vec::new();
        let mut quiet_first = false;
        for _ in 0..self.settings.tries {
            if quiet_first {
                self.resynchronize()?;
            }
            self.seq = self.seq.wrapping_add(1);
            let req = make(self.seq);
            self.stats.tries += 1;
            match self.try_once(&req)? {
                Answer::Response(r) => match r.status {
                    Status::Ok => return Ok(Ok(r)),
                    Status::BadChecksum => {
                        // The bridge answered, so it is between frames: no need to wait.
                        failed.push(TryOutcome::RequestDamaged);
                        quiet_first = false;
                    }
                    Status::BadVersion => return Ok(Err(Failure::Version { bridge: r.version })),
                    Status::BadCommand => return Ok(Err(Failure::Command)),
                    Status::Timeout => return Ok(Err(Failure::BusTimeout)),
                    Status::Other(c) => return Ok(Err(Failure::UnknownStatus(c))),
                },
                Answer::Failed(outcome) => {
                    failed.push(outcome);
                    quiet_first = true;
                }
            }
        }
        Ok(Err(Failure::Exhausted { tries: failed }))
    }

    /// Silence longer than the bridge's inter-byte timeout, then forget what came meanwhile.
    fn resynchronize(&mut self) -> Result<(), SerialError> {
        std::thread::sleep(self.settings.quiet);
        self.port.clear(tokio_serial::ClearBuffer::Input).map_err(|e| SerialError::Io {
            operation: "flushing the input of",
            path: self.path.clone(),
            source: io::Error::other(e),
        })?;
        self.decoder.reset();
        Ok(())
    }

    fn try_once(&mut self, req: &Request) -> Result<Answer, SerialError> {
        let frame = uart::encode_request(req);
        let SerialBus { rt, port, path, settings, decoder, stats, .. } = self;
        let timeout = settings.response_timeout;
        rt.block_on(async {
            let io_err = |operation: &'static str| {
                let path = path.clone();
                move |source| SerialError::Io { operation, path, source }
            };
            port.write_all(&frame).await.map_err(io_err("writing to"))?;
            port.flush().await.map_err(io_err("writing to"))?;
            let started = tokio::time::Instant::now();
            let deadline = started + timeout;
            let (mut garbage, mut late) = (0usize, 0usize);
            let mut buf = [0u8; 64];
            loop {
                let n = match tokio::time::timeout_at(deadline, port.read(&mut buf)).await {
                    Err(_elapsed) => {
                        let outcome = match decoder.idle() {
                            Some(DecodeError::Truncated { got, expected }) => {
                                stats.bad_frames += 1;
                                TryOutcome::Truncated { got, expected }
                            }
                            Some(DecodeError::Garbage { skipped }) => {
                                stats.garbage_bytes += skipped as u64;
                                garbage += skipped;
                                TryOutcome::NoAnswer { waited: timeout, garbage, late }
                            }
                            _ => TryOutcome::NoAnswer { waited: timeout, garbage, late },
                        };
                        return Ok(Answer::Failed(outcome));
                    }
                    Ok(r) => r.map_err(io_err("reading from"))?,
                };
                if n == 0 {
                    return Err(SerialError::Io {
                        operation: "reading from",
                        path: path.clone(),
                        source: io::Error::new(io::ErrorKind::UnexpectedEof, "the port was closed"),
                    });
                }
                for (i, &b) in buf[..n].iter().enumerate() {
                    match decoder.push(b) {
                        None => {}
                        Some(Ok(r)) if r.answers(req) => {
                            // Whatever follows the answer in this read is not ours.
                            stats.garbage_bytes += (n - i - 1) as u64;
                            return Ok(Answer::Response(r));
                        }
                        Some(Ok(_)) => {
                            stats.late_answers += 1;
                            late += 1;
                        }
                        Some(Err(DecodeError::Garbage { skipped })) => {
                            stats.garbage_bytes += skipped as u64;
                            garbage += skipped;
                        }
                        Some(Err(DecodeError::BadChecksum { carried, computed })) => {
                            stats.bad_frames += 1;
                            return Ok(Answer::Failed(TryOutcome::BadChecksum { carried, computed }));
                        }
                        Some(Err(DecodeError::DataWithError { status })) => {
                            stats.bad_frames += 1;
                            return Ok(Answer::Failed(TryOutcome::DataWithError { status }));
                        }
                        Some(Err(DecodeError::Truncated { got, expected })) => {
                            stats.bad_frames += 1;
                            return Ok(Answer::Failed(TryOutcome::Truncated { got, expected }));
                        }
                    }
                }
            }
        })
    }

    fn addr16(addr: u32) -> Result<u16, BusError> {
        u16::try_from(addr).map_err(|_| BusError::AddressOutOfRange { addr, bits: regmap::ADDR_BITS })
    }
}

fn transport(operation: &'static str, e: SerialError) -> BusError {
    BusError::Transport { operation, source: Box::new(e) }
}

impl RegisterBus for SerialBus {
    fn read32(&mut self, addr: u32) -> Result<u32, BusError> {
        let a = Self::addr16(addr)?;
        match self.transact(|seq| Request::Read { seq, addr: a }) {
            Ok(Ok(r)) => Ok(r.data.unwrap_or_default()),
            Ok(Err(failure)) => Err(transport("a serial READ", SerialError::Read { addr: a, failure })),
            Err(e) => Err(transport("a serial READ", e)),
        }
    }

    fn write32(&mut self, addr: u32, value: u32) -> Result<(), BusError> {
        let a = Self::addr16(addr)?;
        match self.transact(|seq| Request::Write { seq, addr: a, data: value }) {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(failure)) => Err(transport("a serial WRITE", SerialError::Write { addr: a, value, failure })),
            Err(e) => Err(transport("a serial WRITE", e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_names_in_messages() {
        assert_eq!(name_of(regmap::offset("ID") as u16), " (ID)");
        let bitmap = regmap::registers().iter().find(|r| r.name() == "TRACK_BITMAP").unwrap();
        assert_eq!(name_of((bitmap.offset + 8) as u16), " (TRACK_BITMAP[2])");
        assert_eq!(name_of(0xFFFC), " (TRACK_BITMAP[8191])");
        assert_eq!(name_of(0x7FFC), "", "unmapped");
    }

    #[test]
    fn exhausted_lists_every_try() {
        let f = Failure::Exhausted {
            tries: vec![
                TryOutcome::NoAnswer { waited: Duration::from_millis(250), garbage: 3, late: 0 },
                TryOutcome::Truncated { got: 3, expected: 8 },
                TryOutcome::BadChecksum { carried: 1, computed: 2 },
            ],
        };
        let s = f.to_string();
        assert!(s.starts_with("no valid answer after 3 tries: try 1: no answer within 250 ms (3 byte(s) of garbage); try 2: truncated"), "{s}");
        assert!(s.contains("try 3: answer with a bad checksum"), "{s}");
    }
}
