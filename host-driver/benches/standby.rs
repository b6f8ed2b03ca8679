//! Loopback throughput of the TCP standby protocol (not a test):
//! `cargo bench -p ftsync --bench standby`. 256 MiB in 256 KiB writes plus a commit, for random
//! and for mixed (random / zero / text) data, with and without lz4; one JSON line each, also
//! written to target/bench/standby.json.

use ftsync::sync::standby::{serve_connection, MemoryStore, ServeOptions, StandbyOptions, StandbyTarget};
use ftsync::sync::Target;
use std::net::TcpListener;
use std::time::{Duration, Instant};

const LEN: usize = 256 << 20;

fn data(mixed: bool) -> Vec<u8> {
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut random = |_| {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        (x >> 24) as u8
    };
    (0..LEN)
        .map(|i| match (mixed, (i / 4096) % 3) {
            (false, _) | (true, 0) => random(i),
            (true, 1) => 0,
            _ => b"the quick brown fox jumps over the lazy dog. "[i % 45],
        })
        .collect()
}

fn main() {
    let mut lines = Vec::new();
    for mixed in [false, true] {
        let bytes = data(mixed);
        for compress in [false, true] {
            let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
            let addr = listener.local_addr().unwrap();
            let store = MemoryStore::keeping();
            let mut served = store.clone();
            let server = std::thread::spawn(move || {
                let (stream, _) = listener.accept().expect("accept");
                serve_connection(stream, &mut served, &ServeOptions { idle_timeout: Some(Duration::from_secs(60)) })
            });
            let t0 = Instant::now();
            let mut t =
                StandbyTarget::connect_with(addr, LEN as u64, StandbyOptions { compress, ..StandbyOptions::default() })
                    .expect("connect");
            for (i, b) in bytes.chunks(256 << 10).enumerate() {
                t.write((i * (256 << 10)) as u64, b).expect("write");
            }
            t.mark_consistent().expect("commit");
            let secs = t0.elapsed().as_secs_f64();
            let wire = t.stats().wire_bytes;
            t.close().expect("bye");
            server.join().expect("server").expect("session");
            assert!(store.image().data() == &bytes[..], "the standby holds what was sent");
            let line = format!(
                "{{\"bench\":\"standby\",\"data\":\"{}\",\"compress\":{compress},\"mib_per_s\":{:.0},\"wire_mib\":{:.1},\"seconds\":{secs:.3}}}",
                if mixed { "mixed" } else { "random" },
                LEN as f64 / f64::from(1 << 20) / secs,
                wire as f64 / f64::from(1 << 20)
            );
            println!("{line}");
            lines.push(line);
        }
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("standby.json"), lines.join("\n") + "\n");
    }
}
