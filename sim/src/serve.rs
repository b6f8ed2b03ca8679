//! The Verilated board top behind a pseudo-terminal (`ftsync sim-serve --pty`): a board without a
//! board. The Verilated `ftsync_uart_top` (the core
//! behind the UART-to-Wishbone bridge, as on the open boards) runs continuously, and its serial
//! line is bridged to a pseudo-terminal, bit by bit at 217 clocks a bit (115200 baud at 25 MHz):
//! whatever opens the terminal's path — `--device serial:PATH`, i.e. the real tokio-serial
//! transport, or any terminal program — talks to the RTL exactly as to a board.
//!
//! ```text
//!  client ──▶ /dev/pts/N ══ PTY ══ master ──▶ UartLink shifter ──▶ uart_rx ┐
//!                                                                          ftsync_uart_top
//!  client ◀── /dev/pts/N ══ PTY ══ master ◀── UartLink sampler ◀── uart_tx ┘   ▲ snoop_*
//!                                                       CE workload ───────────┘ (stops while
//!                                                        └─▶ --memory-file         ce_hold)
//! ```
//!
//! **Time.** The core runs while the line is busy (a byte on the way in or out, or less than
//! [`TAIL_CYCLES`] since the last byte in, enough for the bus cycle and the start of the
//! answer) and stands still otherwise, so an idle server costs no CPU. What the bridge must
//! see of the host's silences is its inter-byte timeout: bytes that arrive after a silence of
//! `d` in the middle of a frame are preceded by `d` of idle line (at 25 MHz, capped just above
//! the 10 ms timeout), so a host that goes quiet to make the bridge drop a cut frame gets
//! exactly that, however fast or slow the simulation runs; silences between frames, which a
//! bridge hunting for SYNC does not notice, cost nothing. A board's clock never stops, though:
//! what counts clock cycles (an epoch with `SRC` = cycles, the comparator's skew timeout) only
//! advances here while the line is busy, unless [`ServeOptions::free_running`] keeps the core
//! running at up to 25 MHz of wall time all along (a CPU core's worth of work at this
//! simulator's speed).
//!
//! **The CE.** With `--memory-file FILE` the served CE keeps its memory in FILE (created, half
//! filled with a pattern) and runs a seeded workload in wall time (`--write-rate` writes per
//! second, `--hot` of them... see [`ServeOptions`]): each write goes into FILE first and is
//! then offered on the core's snoop port at `--base` + offset, so the hardware `write_tracker`
//! sees what the client can read. While `ce_hold` is high (the client paused the CE through
//! the epoch counter) the CE writes nothing, and it does not catch up afterwards. This is what
//! `ftsync sync start --device serial:PATH --source-file FILE` synchronizes in wall time.
//!
//! Here rather than in the host driver so that tests can run a server in-process on a thread
//! while the `ftsync` binary they drive is built without Verilator.

use crate::uart_top::{UartLink, BYTE_TIMEOUT_CYCLES, CLOCKS_PER_BIT, CLOCK_HZ};
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use regbus::uart;
use serialport::{SerialPort, TTYPort};
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::unix::fs::FileExt;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Address of the CE's byte 0 on the snoop port unless told otherwise (the host driver's
/// virtual CE uses the same).
pub const DEFAULT_BASE: u64 = 0x1_0000_0000;

/// Why serving stopped, named after the operation that failed.
#[derive(Debug, thiserror::Error)]
#[error("serving: {operation}")]
pub struct ServeError {
    pub operation: String,
    #[source]
    pub source: io::Error,
}

/// What [`serve`] serves (`ftsync sim-serve`).
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Also make this symlink to the terminal's path (replaced if it exists), once serving.
    pub link: Option<PathBuf>,
    /// Keep the CE's memory here and run its workload.
    pub memory_file: Option<PathBuf>,
    /// Bytes of CE memory.
    pub memory: u64,
    /// Address of the CE's byte 0 on the snoop port.
    pub base: u64,
    /// CE writes per second of wall time.
    pub write_rate: f64,
    /// Fraction of memory (from offset 0) that takes 90 % of the writes.
    pub hot: f64,
    /// Largest write in bytes (at least 8).
    pub max_write: u32,
    pub seed: u64,
    /// Stop after this long (None: until killed).
    pub duration: Option<Duration>,
    /// Run the core all the time, as close to 25 MHz of wall time as the simulator manages,
    /// not only while the line is busy.
    pub free_running: bool,
    /// Stop when this is set (a server on a thread).
    pub stop: Option<Arc<AtomicBool>>,
    /// Faults on the simulated cable, for tests.
    pub faults: Option<Arc<Mutex<LineFaults>>>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            link: None,
            memory_file: None,
            memory: 4 << 20,
            base: DEFAULT_BASE,
            write_rate: 200.0,
            hot: 0.02,
            max_write: 256,
            seed: 1,
            duration: None,
            free_running: false,
            stop: None,
            faults: None,
        }
    }
}

/// What a server did, for its last words and for tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ServeStats {
    pub bytes_in: u64,
    pub bytes_out: u64,
    /// Writes the CE made (into the file and onto the snoop port).
    pub writes: u64,
    /// Writes that were due while `ce_hold` was high, and so never happened.
    pub held_writes: u64,
    pub cycles: u64,
    /// Bytes from `uart_tx` with a bad stop bit.
    pub framing_errors: u64,
}

/// Cycles the core keeps running after the last byte in: the bridge's bus timeout (4096) and
/// the first bits of its answer, with room to spare. Once the answer has started, the sampler
/// keeps the line busy until its last byte.
pub const TAIL_CYCLES: u64 = 12_000;
/// Longest idle line put before bytes that arrive after a silence: just above the bridge's
/// inter-byte timeout; a longer silence looks the same to the bridge.
pub const GAP_CAP_CYCLES: u64 = BYTE_TIMEOUT_CYCLES + 20 * CLOCKS_PER_BIT as u64;
/// Cycles run between two looks at the terminal while busy (one byte time: an answer byte
/// waits at most this long before it is passed on).
const SLICE_CYCLES: u64 = 10 * CLOCKS_PER_BIT as u64;
/// Longest wait for the terminal while idle.
const IDLE_WAIT: Duration = Duration::from_millis(20);

fn serve_err(operation: impl Into<String>) -> impl FnOnce(io::Error) -> ServeError {
    let operation = operation.into();
    move |source| ServeError { operation, source }
}

/// The served CE: memory in a file, writes in wall time.
struct Ce {
    file: File,
    len: u64,
    base: u64,
    rng: SmallRng,
    /// Time between writes; None: the CE never writes.
    period: Option<Duration>,
    next_at: Instant,
    hot_bytes: u64,
    max_write: u32,
    writes: u64,
    held_writes: u64,
}

impl Ce {
    fn create(opts: &ServeOptions, path: &PathBuf) -> Result<Ce, ServeError> {
        if opts.memory == 0 {
            return Err(ServeError {
                operation: format!("creating {}", path.display()),
                source: io::Error::new(io::ErrorKind::InvalidInput, "--memory must be above zero"),
            });
        }
        if opts.write_rate.is_nan() || opts.write_rate < 0.0 || !(0.0..=1.0).contains(&opts.hot) {
            return Err(ServeError {
                operation: "starting the CE workload".into(),
                source: io::Error::new(io::ErrorKind::InvalidInput, "--write-rate must be >= 0 and --hot within 0..1"),
            });
        }
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(path)
            .map_err(serve_err(format!("creating the CE memory file {}", path.display())))?;
        // Half filled with a pattern, the rest zero: zero blocks exercise the engine's skip.
        let filled = opts.memory / 2;
        let mut chunk = vec![0u8; 1 << 20];
        let mut off = 0;
        while off < filled {
            let n = (filled - off).min(chunk.len() as u64) as usize;
            for (i, b) in chunk[..n].iter_mut().enumerate() {
                *b = ((off as usize + i) as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3] | 1;
            }
            file.write_all_at(&chunk[..n], off).map_err(serve_err(format!("filling {}", path.display())))?;
            off += n as u64;
        }
        file.set_len(opts.memory).map_err(serve_err(format!("sizing {}", path.display())))?;
        let period = (opts.write_rate > 0.0).then(|| Duration::from_secs_f64(1.0 / opts.write_rate));
        Ok(Ce {
            file,
            len: opts.memory,
            base: opts.base,
            rng: SmallRng::seed_from_u64(opts.seed),
            period,
            next_at: Instant::now(),
            hot_bytes: ((opts.memory as f64 * opts.hot) as u64).clamp(1, opts.memory),
            max_write: opts.max_write.max(8),
            writes: 0,
            held_writes: 0,
        })
    }

    /// Time until the next write is due (zero: due now; None: never).
    fn wait(&self, now: Instant) -> Option<Duration> {
        self.period.map(|_| self.next_at.saturating_duration_since(now))
    }

    /// Make the writes due by now, unless the CE is held.
    fn run(&mut self, link: &mut UartLink) -> Result<(), ServeError> {
        let Some(period) = self.period else { return Ok(()) };
        let now = Instant::now();
        // A CE that fell far behind (a busy host) does not make up for it in one burst.
        if now.saturating_duration_since(self.next_at) > Duration::from_millis(100) {
            self.next_at = now;
        }
        let mut budget = 64;
        while self.next_at <= now && budget > 0 {
            budget -= 1;
            self.next_at += period;
            if link.outputs().ce_hold {
                self.held_writes += 1;
                continue;
            }
            let len = u64::from(self.rng.gen_range(8..=self.max_write)).min(self.len);
            let offset = if self.rng.gen_bool(0.9) {
                self.rng.gen_range(0..self.hot_bytes)
            } else {
                self.rng.gen_range(0..self.len)
            }
            .min(self.len - len);
            let x = (self.writes + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
            let data: Vec<u8> = (0..len).map(|i| (x >> (8 * (i % 8))) as u8).collect();
            // Memory first, snoop port second: a block read meanwhile is reported later.
            self.file.write_all_at(&data, offset).map_err(serve_err("writing the CE memory file"))?;
            let mut done = 0u64;
            while done < len {
                let piece = (len - done).min(u64::from(u16::MAX));
                link.snoop(self.base + offset + done, piece as u16);
                done += piece;
            }
            self.writes += 1;
        }
        Ok(())
    }
}

/// Where a byte stream is in the protocol's framing (hunt for SYNC; the byte after it gives
/// the length): for requests, whether the bridge is inside a frame (silences between frames
/// need not be simulated: a bridge hunting for SYNC does not mind them); for answers, which
/// byte of a frame goes by (so [`LineFaults`] can cut one).
#[derive(Clone, Copy, Debug)]
struct Framer {
    got: usize,
    expected: usize,
    len_of: fn(u8) -> usize,
}

impl Framer {
    fn new(len_of: fn(u8) -> usize) -> Self {
        Framer { got: 0, expected: 0, len_of }
    }

    /// Take a byte; its position in its frame (1 = SYNC), 0 outside frames.
    fn push(&mut self, b: u8) -> usize {
        match self.got {
            0 if b == uart::SYNC => self.got = 1,
            0 => return 0,
            1 => {
                self.got = 2;
                self.expected = (self.len_of)(b);
            }
            _ => self.got += 1,
        }
        let pos = self.got;
        if self.got >= 2 && self.got == self.expected {
            self.got = 0;
        }
        pos
    }

    fn in_frame(&self) -> bool {
        self.got > 0
    }
}

/// Faults put on the simulated cable, for testing what a host makes of a bad line. Shared
/// with the server through [`ServeOptions::faults`]; each is used up as it acts.
#[derive(Clone, Debug, Default)]
pub struct LineFaults {
    /// Bytes put on the line to the bridge before the next bytes from the host.
    pub garbage_to_bridge: Vec<u8>,
    /// Bytes put on the line to the host before the next answer's first byte.
    pub garbage_to_host: Vec<u8>,
    /// Answers to cut: only their first [`Self::cut_at`] bytes reach the host.
    pub cut_answers: u32,
    pub cut_at: usize,
    /// Nothing the bridge sends reaches the host (a device gone silent).
    pub mute: bool,
}

/// The bytes of `answer` that reach the host through `faults`.
fn through(faults: &mut LineFaults, framer: &mut Framer, cutting: &mut bool, answer: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(answer.len());
    for &b in answer {
        let pos = framer.push(b);
        if pos == 1 {
            out.append(&mut faults.garbage_to_host);
            *cutting = faults.cut_answers > 0;
            if *cutting {
                faults.cut_answers -= 1;
            }
        }
        if faults.mute || (*cutting && pos > faults.cut_at) {
            continue;
        }
        out.push(b);
    }
    out
}

/// Serve until `opts.duration` passes or `opts.stop` is set (or forever). `announce` gets the
/// terminal's path once the core is out of reset and the link (if any) is in place.
pub fn serve(opts: &ServeOptions, announce: &mut dyn FnMut(&str)) -> Result<ServeStats, ServeError> {
    let (mut master, slave) = TTYPort::pair()
        .map_err(|e| ServeError { operation: "creating a pseudo-terminal".into(), source: io::Error::other(e) })?;
    let path = slave.name().ok_or_else(|| ServeError {
        operation: "naming the pseudo-terminal".into(),
        source: io::Error::other("the terminal has no path"),
    })?;
    let mut ce = match &opts.memory_file {
        Some(p) => Some(Ce::create(opts, p)?),
        None => None,
    };
    let mut link = UartLink::new();
    if let Some(l) = &opts.link {
        if l.symlink_metadata().is_ok() {
            std::fs::remove_file(l).map_err(serve_err(format!("replacing {}", l.display())))?;
        }
        std::os::unix::fs::symlink(&path, l).map_err(serve_err(format!("linking {} to {path}", l.display())))?;
    }
    announce(&path);
    let started = Instant::now();
    let start_cycle = link.cycles();
    let mut stats = ServeStats::default();
    let mut last_arrival = Instant::now();
    let mut requests = Framer::new(uart::request_len);
    let mut answers = Framer::new(uart::response_len);
    let mut cutting = false;
    let mut buf = [0u8; 256];
    loop {
        let now = Instant::now();
        if opts.duration.is_some_and(|d| now.duration_since(started) >= d)
            || opts.stop.as_ref().is_some_and(|s| s.load(Ordering::Relaxed))
        {
            break;
        }
        let behind = opts.free_running
            && (link.cycles() - start_cycle) < (now.duration_since(started).as_secs_f64() * f64::from(CLOCK_HZ)) as u64;
        let busy = behind || !link.is_idle() || link.rx_idle_cycles() < TAIL_CYCLES;
        let wait = if busy {
            Duration::ZERO
        } else {
            ce.as_ref().and_then(|c| c.wait(now)).map_or(IDLE_WAIT, |w| w.min(IDLE_WAIT))
        };
        master
            .set_timeout(wait)
            .map_err(|e| ServeError { operation: "polling the terminal".into(), source: io::Error::other(e) })?;
        match master.read(&mut buf) {
            Ok(n) if n > 0 => {
                let arrived = Instant::now();
                if requests.in_frame() && link.queued() == 0 && link.rx_idle_cycles() > 0 {
                    // The host went silent inside a frame: the line stays idle for as long,
                    // so the bridge drops the frame exactly when a board's would.
                    let silent = arrived.duration_since(last_arrival).as_secs_f64();
                    let want = ((silent * f64::from(CLOCK_HZ)) as u64).min(GAP_CAP_CYCLES);
                    let have = link.rx_idle_cycles();
                    if want > have {
                        link.run(want - have);
                    }
                    if want >= BYTE_TIMEOUT_CYCLES {
                        requests = Framer::new(uart::request_len);
                    }
                }
                last_arrival = arrived;
                let mut bytes = match &opts.faults {
                    Some(f) => std::mem::take(&mut lock(f).garbage_to_bridge),
                    None => Vec::new(),
                };
                bytes.extend_from_slice(&buf[..n]);
                for &b in &bytes {
                    requests.push(b);
                }
                link.send(&bytes);
                stats.bytes_in += n as u64;
            }
            Ok(_) => {}
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::TimedOut | io::ErrorKind::Interrupted | io::ErrorKind::WouldBlock
                ) => {}
            Err(e) => return Err(ServeError { operation: format!("reading from the terminal {path}"), source: e }),
        }
        if busy || !link.is_idle() {
            link.run(SLICE_CYCLES);
        }
        let mut out = link.take_received();
        if let Some(f) = &opts.faults {
            out = through(&mut lock(f), &mut answers, &mut cutting, &out);
        }
        if !out.is_empty() {
            master.write_all(&out).map_err(serve_err(format!("writing to the terminal {path}")))?;
            stats.bytes_out += out.len() as u64;
        }
        if let Some(c) = &mut ce {
            c.run(&mut link)?;
        }
    }
    drop(slave);
    if let Some(c) = &ce {
        stats.writes = c.writes;
        stats.held_writes = c.held_writes;
    }
    stats.cycles = link.cycles();
    stats.framing_errors = link.framing_errors();
    Ok(stats)
}

/// A poisoned lock still holds usable faults (a test panicked while setting them).
fn lock(f: &Mutex<LineFaults>) -> std::sync::MutexGuard<'_, LineFaults> {
    f.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framer_finds_frame_positions() {
        let mut f = Framer::new(uart::response_len);
        let ack = uart::encode_response(&uart::Response { version: 1, status: uart::Status::Ok, seq: 3, data: None });
        let pos: Vec<usize> = [0x00].iter().chain(&ack).chain(&ack[..2]).map(|&b| f.push(b)).collect();
        assert_eq!(pos, [0, 1, 2, 3, 4, 1, 2]);
        assert!(f.in_frame());
    }

    #[test]
    fn faults_act_once_each() {
        let ack = uart::encode_response(&uart::Response { version: 1, status: uart::Status::Ok, seq: 3, data: None });
        let mut faults = LineFaults { garbage_to_host: vec![0xEE], cut_answers: 1, cut_at: 2, ..LineFaults::default() };
        let (mut fr, mut cutting) = (Framer::new(uart::response_len), false);
        let two: Vec<u8> = ack.iter().chain(&ack).copied().collect();
        let got = through(&mut faults, &mut fr, &mut cutting, &two);
        assert_eq!(got, [&[0xEE][..], &ack[..2], &ack[..]].concat());
        faults.mute = true;
        assert!(through(&mut faults, &mut fr, &mut cutting, &ack).is_empty());
    }
}
