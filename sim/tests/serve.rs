//! `sim::serve` on its own: the served CE and the terminal, without the host driver (whose
//! tests, `host-driver/tests/serial_pty.rs`, drive the whole serial path through it).

use regbus::uart::{self, Decoder, Request};
use sim::serve::{serve, ServeOptions};
use std::io::{Read, Write};
use std::sync::mpsc;
use std::time::Duration;

/// The file a fresh CE starts from: the first half patterned, the rest zero.
fn initial(len: usize) -> Vec<u8> {
    let mut v = vec![0u8; len];
    for (i, b) in v[..len / 2].iter_mut().enumerate() {
        *b = (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3] | 1;
    }
    v
}

#[test]
fn a_ce_without_a_write_rate_leaves_its_memory_as_created() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mem");
    let opts = ServeOptions {
        memory_file: Some(file.clone()),
        memory: 64 << 10,
        write_rate: 0.0,
        duration: Some(Duration::from_millis(300)),
        ..ServeOptions::default()
    };
    let stats = serve(&opts, &mut |_| {}).unwrap();
    assert_eq!((stats.writes, stats.held_writes), (0, 0));
    assert_eq!(std::fs::read(&file).unwrap(), initial(64 << 10));
}

#[test]
fn a_writing_ce_changes_its_memory_file_and_answers_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mem");
    let link = dir.path().join("tty");
    let opts = ServeOptions {
        memory_file: Some(file.clone()),
        link: Some(link.clone()),
        memory: 64 << 10,
        write_rate: 500.0,
        duration: Some(Duration::from_millis(1500)),
        ..ServeOptions::default()
    };
    let (tx, rx) = mpsc::channel();
    let server = std::thread::spawn(move || serve(&opts, &mut |p| tx.send(p.to_string()).unwrap()).unwrap());
    let path = rx.recv_timeout(Duration::from_secs(60)).unwrap();
    assert_eq!(std::fs::read_link(&link).unwrap().to_str(), Some(path.as_str()));
    // Any terminal program will do: a raw port, one PING.
    let mut port = serialport::new(&path, 115_200).timeout(Duration::from_secs(2)).open_native().unwrap();
    let ping = Request::Ping { seq: 42, echo: 0x1234 };
    port.write_all(&uart::encode_request(&ping)).unwrap();
    let mut dec = Decoder::new();
    let mut byte = [0u8];
    let answer = loop {
        port.read_exact(&mut byte).unwrap();
        if let Some(r) = dec.push(byte[0]) {
            break r.unwrap();
        }
    };
    assert_eq!(answer, ping.expected_response(None));
    drop(port);
    let stats = server.join().unwrap();
    assert!(stats.writes > 0, "{stats:?}");
    assert_eq!((stats.bytes_in, stats.bytes_out), (6, 8));
    assert_ne!(std::fs::read(&file).unwrap(), initial(64 << 10), "the CE wrote its memory");
}

#[test]
fn the_clock_stands_still_on_an_idle_line_unless_free_running() {
    let run = |free_running| {
        let opts = ServeOptions { free_running, duration: Some(Duration::from_millis(300)), ..ServeOptions::default() };
        serve(&opts, &mut |_| {}).unwrap().cycles
    };
    let (idle, free) = (run(false), run(true));
    // The reset, then one tail of line activity (TAIL_CYCLES, in slices of two byte times).
    assert!(idle < sim::serve::TAIL_CYCLES + 20 * 217 + 100, "{idle} cycles");
    // 300 ms of 25 MHz is 7.5 M cycles; the simulator manages a fraction of that.
    assert!(free > 100_000 && free <= 7_500_000 + 20 * 217, "{free} cycles");
}
