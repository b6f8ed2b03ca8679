//! The `serial:PATH` transport against a pseudo-terminal whose other end is a software bridge:
//! a thread that decodes requests with `regbus::uart`, executes them on the behavioural model
//! (`ftsync::transport::model()`) and answers — or, when a test asks, answers late, not at all,
//! with garbage, with a cut or corrupted frame. Faults are injected per request frame, so retry
//! counts are exact and nothing depends on timing except the (generous) response timeout.
//! The Verilated bridge behind `ftsync sim-serve --pty` is tested in `tests/serial_pty.rs`.

use ftsync::device::Device;
use ftsync::serial::{SerialBus, SerialError, SerialSettings};
use regbus::uart::{self, parse_request, Request, RequestDecoder, Response, Status};
use regbus::RegisterBus;
use serialport::{SerialPort, TTYPort};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// What the software bridge does with the answer to one request frame.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Fault {
    Answer,
    /// Execute, but send nothing.
    Silent,
    /// These bytes, then the answer.
    GarbageFirst(Vec<u8>),
    /// Only the first n bytes of the answer.
    Truncate(usize),
    /// The answer with its CRC byte flipped.
    CorruptCrc,
    /// Answer BAD_CHECKSUM without executing (as if the request was damaged on the line).
    RefuseChecksum,
    /// Answer with this status instead of executing.
    Status(Status),
    /// Nothing now; the answer goes out just before the answer to the next frame (the retry),
    /// as a late answer to an earlier try would.
    Late,
}

type FaultPlan = Box<dyn FnMut(usize, &Request) -> Fault + Send>;

struct Bridge {
    path: String,
    /// Kept open so the master never sees a hang-up between clients.
    _slave: TTYPort,
    frames: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<Request>>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Bridge {
    fn spawn(mut plan: FaultPlan) -> Bridge {
        let (mut master, slave) = TTYPort::pair().expect("creating a pseudo-terminal");
        let path = slave.name().expect("the slave end has a path");
        master.set_timeout(Duration::from_millis(5)).unwrap();
        let frames = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (f, r, s) = (frames.clone(), requests.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let mut bus = ftsync::transport::model();
            let mut dec = RequestDecoder::new();
            let mut buf = [0u8; 64];
            let mut stale = Vec::new();
            while !s.load(Ordering::Relaxed) {
                let n = match master.read(&mut buf) {
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::TimedOut => {
                        dec.idle();
                        continue;
                    }
                    Err(_) => break,
                };
                for &b in &buf[..n] {
                    let Some(Ok(frame)) = dec.push(b) else { continue };
                    let index = f.fetch_add(1, Ordering::SeqCst);
                    let req = match parse_request(&frame) {
                        Ok(req) => req,
                        Err(e) => {
                            if let Some(status) = e.status() {
                                let resp = Response { version: uart::VERSION, status, seq: frame[2], data: None };
                                master.write_all(&uart::encode_response(&resp)).unwrap();
                            }
                            continue;
                        }
                    };
                    r.lock().unwrap().push(req);
                    let fault = plan(index, &req);
                    let refused = |status| Response { version: uart::VERSION, status, seq: req.seq(), data: None };
                    let resp = match fault {
                        Fault::RefuseChecksum => refused(Status::BadChecksum),
                        Fault::Status(st) => refused(st),
                        _ => {
                            let value = match req {
                                Request::Ping { .. } => None,
                                Request::Read { addr, .. } => Some(bus.read32(u32::from(addr)).unwrap()),
                                Request::Write { addr, data, .. } => {
                                    bus.write32(u32::from(addr), data).unwrap();
                                    Some(0)
                                }
                            };
                            req.expected_response(value.or(Some(0)))
                        }
                    };
                    let mut bytes = uart::encode_response(&resp);
                    match fault {
                        Fault::Silent => continue,
                        Fault::GarbageFirst(g) => bytes.splice(0..0, g).for_each(drop),
                        Fault::Truncate(k) => bytes.truncate(k),
                        Fault::CorruptCrc => *bytes.last_mut().unwrap() ^= 0x5A,
                        Fault::Late => {
                            stale = bytes;
                            continue;
                        }
                        _ => {}
                    }
                    bytes.splice(0..0, std::mem::take(&mut stale)).for_each(drop);
                    if master.write_all(&bytes).is_err() {
                        return;
                    }
                }
            }
        });
        Bridge { path, _slave: slave, frames, requests, stop, thread: Some(thread) }
    }

    fn frames(&self) -> usize {
        self.frames.load(Ordering::SeqCst)
    }
}

impl Drop for Bridge {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn settings() -> SerialSettings {
    SerialSettings { response_timeout: Duration::from_millis(150), ..SerialSettings::default() }
}

fn scratch() -> u32 {
    regmap::offset("SCRATCH")
}

/// The request and the error chain of a failed register access.
fn chain(e: &dyn std::error::Error) -> String {
    ftsync::error_chain(e)
}

#[test]
fn identity_and_registers_over_a_clean_line() {
    let bridge = Bridge::spawn(Box::new(|_, _| Fault::Answer));
    let bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    let mut dev = Device::open(bus).unwrap();
    assert_eq!(dev.read("ID").unwrap(), 0x4654_5359);
    assert_eq!(dev.caps().track_capacity, 16384);
    dev.write("SCRATCH", 0xDEAD_BEEF).unwrap();
    assert_eq!(dev.read("SCRATCH").unwrap(), 0xDEAD_BEEF);
    let stats = dev.bus_ref().stats();
    assert_eq!(stats.tries, stats.requests, "no retries on a clean line: {stats:?}");
    assert_eq!(stats.requests as usize, bridge.frames());
    // The first request is the PING of open, with the echo it expects back.
    assert!(matches!(bridge.requests.lock().unwrap()[0], Request::Ping { .. }));
}

#[test]
fn garbage_without_sync_is_skipped_without_a_retry() {
    let bridge = Bridge::spawn(Box::new(|_, _| Fault::GarbageFirst(vec![0x00, 0xFF, 0x13, 0x37])));
    let mut bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    bus.write32(scratch(), 0x1234_5678).unwrap();
    assert_eq!(bus.read32(scratch()).unwrap(), 0x1234_5678);
    let s = bus.stats();
    assert_eq!((s.requests, s.tries), (3, 3), "{s:?}");
    assert_eq!(s.garbage_bytes, 12);
}

#[test]
fn garbage_holding_sync_costs_one_retry() {
    // 0xA5 in the garbage starts a false frame that swallows the real answer: the try fails,
    // the host goes quiet, flushes and retries once.
    let bridge =
        Bridge::spawn(Box::new(|i, _| if i == 1 { Fault::GarbageFirst(vec![0xA5, 0x18]) } else { Fault::Answer }));
    let mut bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    bus.write32(scratch(), 77).unwrap();
    let s = bus.stats();
    assert_eq!((s.requests, s.tries), (2, 3), "{s:?}");
    assert!(s.bad_frames >= 1, "{s:?}");
    assert_eq!(bus.read32(scratch()).unwrap(), 77);
}

#[test]
fn corrupt_crc_and_refused_checksum_are_retried() {
    let bridge = Bridge::spawn(Box::new(|i, _| match i {
        1 => Fault::CorruptCrc,
        3 => Fault::RefuseChecksum,
        _ => Fault::Answer,
    }));
    let mut bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    // Frame 1 (corrupt answer) and 2 (good) are one READ; 3 (refused) and 4 one WRITE.
    assert_eq!(bus.read32(regmap::offset("ID")).unwrap(), 0x4654_5359);
    bus.write32(scratch(), 5).unwrap();
    assert_eq!(bus.read32(scratch()).unwrap(), 5);
    let s = bus.stats();
    assert_eq!((s.requests, s.tries), (4, 6), "{s:?}");
    assert_eq!(bridge.frames(), 6);
}

#[test]
fn a_truncated_answer_on_every_try_fails_after_exactly_three_tries() {
    let bridge = Bridge::spawn(Box::new(|i, _| if i >= 1 { Fault::Truncate(5) } else { Fault::Answer }));
    let mut bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    let e = bus.read32(scratch()).unwrap_err();
    let msg = chain(&e);
    assert_eq!(bridge.frames(), 1 + 3, "one PING, then three tries: {msg}");
    assert!(msg.contains(&format!("reading {:#06x} (SCRATCH): no valid answer after 3 tries", scratch())), "{msg}");
    assert!(msg.contains("try 3: truncated frame: the line went idle after 5 of 8 byte(s)"), "{msg}");
    // Each try carried a fresh sequence number.
    let reqs = bridge.requests.lock().unwrap();
    let seqs: Vec<u8> = reqs[1..].iter().map(Request::seq).collect();
    assert!(seqs[0] != seqs[1] && seqs[1] != seqs[2], "{seqs:?}");
}

#[test]
fn a_device_that_goes_silent_fails_after_three_tries_naming_the_register() {
    let bridge = Bridge::spawn(Box::new(|i, _| if i >= 1 { Fault::Silent } else { Fault::Answer }));
    let mut bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    let e = chain(&bus.write32(scratch(), 3).unwrap_err());
    assert!(
        e.contains(&format!(
            "writing 0x00000003 to {:#06x} (SCRATCH): no valid answer after 3 tries: try 1: no answer within 150 ms",
            scratch()
        )),
        "{e}"
    );
    assert_eq!(bridge.frames(), 4);
}

#[test]
fn a_late_answer_is_discarded_and_the_retry_answered() {
    let bridge = Bridge::spawn(Box::new(|i, _| if i == 1 { Fault::Late } else { Fault::Answer }));
    let mut bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    bus.write32(scratch(), 9).unwrap();
    assert_eq!(bus.read32(scratch()).unwrap(), 9);
    let s = bus.stats();
    assert_eq!((s.requests, s.tries, s.late_answers), (3, 4, 1), "{s:?}");
}

#[test]
fn bus_timeout_and_refusals_are_not_retried() {
    let bridge = Bridge::spawn(Box::new(|i, _| match i {
        1 => Fault::Status(Status::Timeout),
        2 => Fault::Status(Status::BadVersion),
        _ => Fault::Answer,
    }));
    let mut bus = SerialBus::open_with(&bridge.path, settings()).unwrap();
    let e = chain(&bus.read32(scratch()).unwrap_err());
    assert!(e.contains("did not acknowledge within the bridge's bus timeout"), "{e}");
    let e = chain(&bus.write32(scratch(), 1).unwrap_err());
    assert!(e.contains("BAD_VERSION"), "{e}");
    assert_eq!(bridge.frames(), 3);
    assert!(bus.read32(1 << 16).is_err(), "addresses beyond 16 bits are refused before sending");
    assert_eq!(bridge.frames(), 3);
}

#[test]
fn a_silent_device_fails_on_open_with_what_to_check() {
    // A pseudo-terminal nobody serves: its master is open but never read.
    let (mut master, slave) = TTYPort::pair().unwrap();
    let path = slave.name().unwrap();
    let e = SerialBus::open_with(&path, settings()).unwrap_err();
    assert!(matches!(e, SerialError::Silent { .. }), "{e:?}");
    let msg = e.to_string();
    assert!(msg.contains(&format!("no answer from {path} after")), "{msg}");
    assert!(
        msg.contains("(3 PINGs; no answer within 150 ms; no answer within 150 ms; no answer within 150 ms)"),
        "{msg}"
    );
    assert!(msg.ends_with("is `ftsync sim-serve` or the board running at 115200 baud?"), "{msg}");
    // Exactly three PING frames reached the line.
    master.set_timeout(Duration::from_millis(20)).unwrap();
    let mut dec = RequestDecoder::new();
    let mut pings = 0;
    let mut buf = [0u8; 256];
    while let Ok(n) = master.read(&mut buf) {
        for &b in &buf[..n] {
            if let Some(Ok(f)) = dec.push(b) {
                assert!(matches!(parse_request(&f), Ok(Request::Ping { .. })));
                pings += 1;
            }
        }
    }
    assert_eq!(pings, 3);
}

#[test]
fn a_missing_port_names_the_path() {
    let e = SerialBus::open("/dev/ftsync-no-such-port").unwrap_err();
    let msg = chain(&e);
    assert!(msg.starts_with("opening /dev/ftsync-no-such-port: "), "{msg}");
}
