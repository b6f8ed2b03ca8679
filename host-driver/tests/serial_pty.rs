//! The serial path end to end without a board: `sim::serve` runs the Verilated
//! `ftsync_uart_top` (the core behind the UART bridge, as on the open boards) on a thread and
//! bridges its UART pins to a pseudo-terminal, bit by bit; the real tokio-serial transport
//! (`serial:PATH`) and the real `ftsync` binary talk to it. Line faults (garbage, cut answers,
//! a device gone silent) are put on the simulated cable by the server, so retries are counted
//! exactly; only the transport's response timeout involves time.

use ftsync::device::{Device, EpochConfig, EpochSource, Timeout, TrackerConfig};
use ftsync::serial::{SerialBus, SerialError, SerialSettings};
use regbus::RegisterBus;
use serialport::{SerialPort, TTYPort};
use sim::serve::{serve, LineFaults, ServeOptions, ServeStats, DEFAULT_BASE};
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// One served top at a time: each simulates a 25 MHz board as fast as it can, and several at
/// once on a 2-core CI machine slow every one of them past the transport's response timeout.
static ONE_SERVER_AT_A_TIME: Mutex<()> = Mutex::new(());

struct Server {
    _turn: std::sync::MutexGuard<'static, ()>,
    path: String,
    memory_file: PathBuf,
    faults: Arc<Mutex<LineFaults>>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<ServeStats>>,
    _dir: tempfile::TempDir,
}

impl Server {
    /// A served top; with `ce = Some((memory, writes/s))` a CE writing a memory file.
    fn start(ce: Option<(u64, f64)>) -> Server {
        let turn = ONE_SERVER_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let dir = tempfile::tempdir().unwrap();
        let memory_file = dir.path().join("ce.mem");
        let stop = Arc::new(AtomicBool::new(false));
        let faults = Arc::new(Mutex::new(LineFaults::default()));
        let opts = ServeOptions {
            memory_file: ce.map(|_| memory_file.clone()),
            memory: ce.map_or(1 << 20, |c| c.0),
            write_rate: ce.map_or(0.0, |c| c.1),
            hot: 0.02,
            stop: Some(stop.clone()),
            faults: Some(faults.clone()),
            ..ServeOptions::default()
        };
        let (tx, rx) = mpsc::channel();
        let thread = std::thread::spawn(move || {
            serve(&opts, &mut |p| tx.send(p.to_string()).unwrap())
                .unwrap_or_else(|e| panic!("{}", ftsync::error_chain(&e)))
        });
        let path = rx.recv_timeout(Duration::from_secs(60)).expect("the server announces its terminal");
        Server { _turn: turn, path, memory_file, faults, stop, thread: Some(thread), _dir: dir }
    }

    fn device(&self) -> String {
        format!("serial:{}", self.path)
    }

    fn faults(&self) -> std::sync::MutexGuard<'_, LineFaults> {
        self.faults.lock().unwrap()
    }

    fn finish(mut self) -> ServeStats {
        self.stop.store(true, Ordering::Relaxed);
        self.thread.take().unwrap().join().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn ftsync(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_ftsync")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Room for a loaded machine: retries are counted exactly, so none may come from a slow server
/// (an exchange takes about 30 000 cycles of the Verilated top, ~15 ms here).
fn open(path: &str) -> Result<SerialBus, SerialError> {
    SerialBus::open_with(
        path,
        SerialSettings { response_timeout: Duration::from_millis(600), ..SerialSettings::default() },
    )
}

fn chain(e: &dyn std::error::Error) -> String {
    ftsync::error_chain(e)
}

#[test]
fn identity_over_the_pty() {
    let srv = Server::start(None);
    let mut dev = Device::open(open(&srv.path).unwrap()).unwrap();
    assert_eq!(dev.read("ID").unwrap(), 0x4654_5359);
    let caps = dev.caps();
    assert_eq!((caps.track_capacity, caps.stream_width, caps.fifo_depth), (16384, 64, 32));
    assert_eq!(dev.version().0, 0);
    dev.write("SCRATCH", 0x5EE1_1A1F).unwrap();
    assert_eq!(dev.read("SCRATCH").unwrap(), 0x5EE1_1A1F);
    let s = dev.bus_ref().stats();
    assert_eq!(s.tries, s.requests, "a clean line needs no retry: {s:?}");
    drop(dev);
    let stats = srv.finish();
    assert_eq!(stats.framing_errors, 0);
    assert!(stats.bytes_in > 0 && stats.bytes_out > 0, "{stats:?}");
}

#[test]
fn regs_dump_over_the_pty_equals_the_model() {
    let srv = Server::start(None);
    let (code, serial, err) = ftsync(&["regs", "dump", "--device", &srv.device()]);
    assert_eq!(code, 0, "{err}");
    let (code, model, err) = ftsync(&["regs", "dump", "--device", "model"]);
    assert_eq!(code, 0, "{err}");
    assert!(serial.starts_with("0x0000 ID                       0x46545359"), "{serial}");
    assert_eq!(serial.lines().count(), regmap::registers().iter().filter(|r| !r.is_window()).count());
    assert_eq!(serial, model, "the served RTL out of reset reads as the model does");
}

#[test]
fn writable_registers_over_the_bridge_behave_as_on_the_model() {
    // Plain and WARL registers (no commands, nothing that counts cycles, which pass at another
    // pace behind a UART): every value reads back over the bridge as on the model.
    let srv = Server::start(None);
    let mut serial = Device::open(open(&srv.path).unwrap()).unwrap();
    let mut model = Device::open(ftsync::transport::model()).unwrap();
    let names = [
        "SCRATCH",
        "INTR_ENABLE",
        "TRACK_BASE_LO",
        "TRACK_BASE_HI",
        "TRACK_SHIFT",
        "TRACK_LIMIT",
        "EPOCH_LOAD",
        "CMP_SKEW_TIMEOUT",
    ];
    let mut x = 0x2545_F491_4F6C_DD1Du64;
    for name in names {
        for v in [u32::MAX, 0, 5, 31, 0x8000_0001] {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            for value in [v, x as u32] {
                serial.write(name, value).unwrap();
                model.write(name, value).unwrap();
                assert_eq!(serial.read(name).unwrap(), model.read(name).unwrap(), "{name} <- {value:#x}");
            }
        }
    }
    // Unmapped: reads 0, writes change nothing.
    serial.bus().write32(0x7FFC, 0xFFFF_FFFF).unwrap();
    assert_eq!(serial.bus().read32(0x7FFC).unwrap(), 0);
    let s = serial.bus_ref().stats();
    assert_eq!(s.tries, s.requests, "{s:?}");
}

/// Hold the CE through the epoch counter: a one-cycle epoch with HOLD_AT_END.
fn hold<B: RegisterBus>(dev: &mut Device<B>) {
    dev.epoch_enable(false).unwrap();
    let cfg =
        EpochConfig { load: 1, auto_reload: false, hold_at_end: true, source: EpochSource::Cycles, drain_ends: false };
    dev.epoch_configure(cfg).unwrap();
    dev.epoch_enable(true).unwrap();
    for _ in 0..100 {
        if dev.epoch_status().unwrap().held {
            return;
        }
    }
    panic!("EPOCH_STATUS.HELD never rose");
}

fn release<B: RegisterBus>(dev: &mut Device<B>) {
    dev.epoch_resume().unwrap();
    dev.epoch_enable(false).unwrap();
}

fn changed_blocks(a: &[u8], b: &[u8], block: usize) -> Vec<u64> {
    (0..a.len() / block)
        .filter(|&k| a[k * block..(k + 1) * block] != b[k * block..(k + 1) * block])
        .map(|k| k as u64)
        .collect()
}

#[test]
fn tracker_snapshot_of_the_served_ce_matches_what_it_wrote() {
    let memory = 256 << 10;
    let srv = Server::start(Some((memory, 400.0)));
    let mut dev = Device::open(open(&srv.path).unwrap()).unwrap();
    hold(&mut dev);
    let before = std::fs::read(&srv.memory_file).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    assert!(std::fs::read(&srv.memory_file).unwrap() == before, "a held CE writes nothing");
    dev.track_configure(TrackerConfig { base: DEFAULT_BASE, shift: 10, limit: (memory >> 10) as u32 }).unwrap();
    dev.track_enable(true).unwrap();
    release(&mut dev);
    std::thread::sleep(Duration::from_millis(400));
    hold(&mut dev);
    let wait = Timeout::Wall(Duration::from_secs(5));
    dev.track_wait_idle(wait).unwrap();
    dev.track_snapshot().unwrap();
    dev.track_wait_idle(wait).unwrap();
    let harvested = dev.track_harvest().unwrap();
    let counts = dev.track_counts().unwrap();
    let after = std::fs::read(&srv.memory_file).unwrap();
    let written = changed_blocks(&before, &after, 1024);
    assert!(written.len() >= 3, "the CE wrote while released: {written:?}");
    assert_eq!(harvested, written, "the harvest is exactly the blocks the CE changed");
    assert_eq!(counts.snap as usize, written.len());
    assert!(counts.writes >= written.len() as u32 && counts.out_of_range == 0, "{counts:?}");
    release(&mut dev);
    drop(dev);
    let stats = srv.finish();
    assert!(stats.held_writes > 0, "writes fell due while held and were not made: {stats:?}");
}

#[test]
fn a_short_sync_over_the_pty_converges_to_an_exact_copy() {
    let srv = Server::start(Some((512 << 10, 300.0)));
    let file = srv.memory_file.to_str().unwrap().to_string();
    let (code, out, err) = ftsync(&[
        "sync",
        "start",
        "--device",
        &srv.device(),
        "--source-file",
        &file,
        "--max-pause",
        "3s",
        "--json",
        "-",
    ]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("target equals source byte for byte"), "{out}");
    let json: serde_json::Value = serde_json::from_str(&out[out.find("{\n").unwrap()..]).unwrap();
    assert_eq!(json["target_equals_source"], true);
    assert_eq!(json["report"]["outcome"]["outcome"], "converged", "{json}");
    assert_eq!(json["report"]["memory_bytes"], 512 << 10);
    assert!(json["writes"].as_u64().unwrap() > 0, "the CE kept writing during the sync: {json}");
    let pause = json["report"]["outcome"]["actual_pause_s"].as_f64().unwrap();
    assert!(pause > 0.0 && pause <= 3.0, "the pause stayed within --max-pause: {pause} s");
    assert!(
        err.contains("the CE stayed held") && err.contains("for verification and the byte-for-byte check"),
        "{err}"
    );
    drop(srv);
}

#[test]
fn line_faults_are_retried_a_bounded_number_of_times_with_clear_errors() {
    let srv = Server::start(None);
    let mut bus = open(&srv.path).unwrap();
    let scratch = regmap::offset("SCRATCH");
    bus.write32(scratch, 0x600D).unwrap();
    let tries = |bus: &SerialBus| {
        let s = bus.stats();
        s.tries - s.requests
    };
    // Garbage without SYNC towards the bridge is skipped there: no retry.
    srv.faults().garbage_to_bridge = vec![0x00, 0xFF, 0x42];
    assert_eq!(bus.read32(scratch).unwrap(), 0x600D);
    assert_eq!(tries(&bus), 0);
    // SYNC and a WRITE header before a request: the bridge takes the request for the rest of
    // a longer frame and waits; the host times out, stays quiet, and the retry is answered.
    srv.faults().garbage_to_bridge = vec![uart_sync(), 0x1A];
    assert_eq!(bus.read32(scratch).unwrap(), 0x600D);
    assert_eq!(tries(&bus), 1);
    // Garbage holding SYNC towards the host swallows an answer: one retry.
    srv.faults().garbage_to_host = vec![0x13, uart_sync(), 0x18];
    assert_eq!(bus.read32(scratch).unwrap(), 0x600D);
    assert_eq!(tries(&bus), 2);
    // Every answer cut after 3 bytes: three tries, then an error naming the register and
    // what came back.
    {
        let mut f = srv.faults();
        f.cut_answers = 3;
        f.cut_at = 3;
    }
    let e = chain(&bus.read32(scratch).unwrap_err());
    assert!(e.contains(&format!("reading {scratch:#06x} (SCRATCH): no valid answer after 3 tries")), "{e}");
    assert_eq!(e.matches("truncated frame: the line went idle after 3 of 8 byte(s)").count(), 3, "{e}");
    assert_eq!(tries(&bus), 2 + 2, "three tries for one request");
    assert_eq!(bus.read32(scratch).unwrap(), 0x600D, "the line recovers");
    // A device gone silent.
    srv.faults().mute = true;
    let e = chain(&bus.write32(scratch, 1).unwrap_err());
    assert!(e.contains("no valid answer after 3 tries: try 1: no answer within 600 ms"), "{e}");
    // The port is ours alone while open.
    let e = chain(&open(&srv.path).unwrap_err());
    assert!(e.starts_with(&format!("opening {}: ", srv.path)), "{e}");
    drop(bus);
    let e = open(&srv.path).unwrap_err();
    assert!(matches!(e, SerialError::Silent { .. }), "{e:?}");
    assert!(e.to_string().contains(&format!("no answer from {} after", srv.path)), "{e}");
    srv.faults().mute = false;
    // The silenced WRITE may or may not have landed (the protocol says so); the line works.
    let mut bus = open(&srv.path).unwrap();
    bus.write32(scratch, 2).unwrap();
    assert_eq!(bus.read32(scratch).unwrap(), 2);
}

fn uart_sync() -> u8 {
    regbus::uart::SYNC
}

#[test]
fn a_terminal_nobody_serves_is_a_clear_cli_error() {
    let (_master, slave) = TTYPort::pair().unwrap();
    let path = slave.name().unwrap();
    let (code, out, err) = ftsync(&["status", "--device", &format!("serial:{path}")]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains(&format!("no answer from {path} after")), "{err}");
    assert!(err.trim_end().ends_with("is `ftsync sim-serve` or the board running at 115200 baud?"), "{err}");
    let (code, _, err) = ftsync(&["regs", "dump", "--device", "serial:/dev/ftsync-none"]);
    assert_eq!(code, 2);
    assert!(err.contains("opening /dev/ftsync-none"), "{err}");
}

#[test]
fn sync_on_a_board_needs_the_memory_file_and_names_the_device() {
    let (code, _, err) = ftsync(&["sync", "start", "--device", "serial:/dev/null"]);
    assert_eq!(code, 2);
    assert!(err.contains("--device serial:/dev/null needs --source-file FILE"), "{err}");
    // pcie:BDF takes the same wall-time path; with no such device, opening says which step failed.
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), [1u8; 4096]).unwrap();
    let (code, _, err) =
        ftsync(&["sync", "start", "--device", "pcie:0000:ff:1f.7", "--source-file", file.path().to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("/sys/bus/pci/devices/0000:ff:1f.7"), "{err}");
}

/// `ftsync sim-serve --pty` itself, as a child process (needs the binary built with `sim`:
/// `cargo test -p ftsync --features sim --test serial_pty`).
#[cfg(feature = "sim")]
#[test]
fn sim_serve_cli_serves_a_pty_until_its_duration() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("tty");
    let mut child = Command::new(env!("CARGO_BIN_EXE_ftsync"))
        .args(["sim-serve", "--pty", "--link", link.to_str().unwrap(), "--duration", "20s"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    assert!(first.starts_with("ftsync sim-serve: Verilated ftsync_uart_top (25 MHz, 115200 baud) on /dev/"), "{first}");
    let (code, out, err) = ftsync(&["status", "--device", &format!("serial:{}", link.display())]);
    let _ = child.kill();
    let _ = child.wait();
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ftsync_core 0.1.0: bitmap 16384 bits"), "{out}");
}

#[cfg(not(feature = "sim"))]
#[test]
fn sim_serve_cli_says_it_needs_the_sim_feature() {
    let (code, _, err) = ftsync(&["sim-serve", "--pty"]);
    assert_eq!(code, 2);
    assert!(err.contains("without the `sim` feature"), "{err}");
}
