//! The serial path over `sim::serve` (not a test): `cargo bench -p ftsync --bench serial`.
//! Register reads and writes through the tokio-serial transport to the Verilated UART top
//! behind a pseudo-terminal, a tracker harvest over that link while the served CE writes, and
//! the simulator's own speed; compared with what the line allows a board at 115200 baud
//! (a READ is 14 bytes of 10 bits on the wire, 1.22 ms). One JSON line, also written to
//! target/bench/serial.json.

use ftsync::device::{Device, Timeout, TrackerConfig};
use ftsync::serial::SerialBus;
use regbus::RegisterBus;
use sim::serve::{serve, ServeOptions, DEFAULT_BASE};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

const OPS: u32 = 200;

fn main() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let stop = Arc::new(AtomicBool::new(false));
    let opts = ServeOptions {
        memory_file: Some(dir.path().join("ce.mem")),
        memory: 1 << 20,
        write_rate: 500.0,
        stop: Some(stop.clone()),
        ..ServeOptions::default()
    };
    let (tx, rx) = mpsc::channel();
    let server = std::thread::spawn(move || serve(&opts, &mut |p| tx.send(p.to_string()).unwrap()).expect("serving"));
    let path = rx.recv_timeout(Duration::from_secs(60)).expect("the server announces its terminal");
    let mut dev = Device::open(SerialBus::open(&path).expect("opening the served terminal")).expect("identity");
    let scratch = regmap::offset("SCRATCH");

    let t = Instant::now();
    for i in 0..OPS {
        dev.bus().write32(scratch, i).expect("write");
    }
    let write_ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(OPS);
    let t = Instant::now();
    for _ in 0..OPS {
        dev.bus().read32(scratch).expect("read");
    }
    let read_ms = t.elapsed().as_secs_f64() * 1e3 / f64::from(OPS);

    // A harvest as the wall-time tracker makes it: 1024 blocks of 1 KiB, half a second of writes.
    dev.track_configure(TrackerConfig { base: DEFAULT_BASE, shift: 10, limit: 1024 }).expect("configure");
    dev.track_enable(true).expect("enable");
    std::thread::sleep(Duration::from_millis(500));
    let wait = Timeout::Wall(Duration::from_secs(10));
    let t = Instant::now();
    dev.track_wait_idle(wait).expect("idle");
    dev.track_snapshot().expect("snapshot");
    dev.track_wait_idle(wait).expect("drain");
    let blocks = dev.track_harvest().expect("harvest").len();
    dev.track_clear().expect("clear");
    let harvest_ms = t.elapsed().as_secs_f64() * 1e3;
    let stats = dev.bus_ref().stats();
    drop(dev);
    stop.store(true, Ordering::Relaxed);
    let served = server.join().expect("server thread");

    let mut link = sim::UartLink::new();
    let t = Instant::now();
    link.run(1_000_000);
    let top_cps = 1e6 / t.elapsed().as_secs_f64();

    let board_read_ms = 14.0 * 10.0 / 115_200.0 * 1e3;
    let line = format!(
        "{{\"bench\":\"serial\",\"read_ms\":{read_ms:.2},\"write_ms\":{write_ms:.2},\"board_read_ms\":{board_read_ms:.2},\"read_vs_board\":{:.1},\"harvest_ms\":{harvest_ms:.0},\"harvest_blocks\":{blocks},\"retries\":{},\"served_cycles\":{},\"uart_top_cycles_per_s\":{top_cps:.0}}}",
        read_ms / board_read_ms,
        stats.tries - stats.requests,
        served.cycles
    );
    println!("{line}");
    let out = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    if std::fs::create_dir_all(&out).is_ok() {
        let _ = std::fs::write(out.join("serial.json"), line + "\n");
    }
}
