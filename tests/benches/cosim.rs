//! Co-simulation benchmark (not a test): `cargo bench -p ftsync-tests --bench cosim`.
//!
//! Side by side in one run, on the default `ftsync_core` (16384-bit bitmap, 64-bit streams):
//! - clock cycles per second under snoop + stream + retire traffic, Verilated RTL vs model;
//! - register operations per second through the typed device API, on each.
//! Prints one JSON object and writes it to target/bench/cosim.json.

use ftsync::device::Device;
use regbus::{CorePorts, PortDriver, StreamSide};
use std::time::Instant;

/// Keep every queue non-empty so the core sees traffic on every cycle.
fn traffic<P: CorePorts>(d: &mut PortDriver<P>, cycles: u64) -> f64 {
    for (name, v) in [("TRACK_CTRL", 1), ("TRACK_SHIFT", 12), ("CMP_CTRL", 1), ("EPOCH_LOAD", 1000), ("EPOCH_CTRL", 3)]
    {
        regbus::RegisterBus::write32(d, regmap::offset(name), v).expect("setup");
    }
    d.ce_running = true;
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let start = Instant::now();
    let c0 = d.cycles();
    while d.cycles() - c0 < cycles {
        while d.snoops_pending() < 8 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            d.queue_snoop((x % (64 << 20)) & !7, if x % 16 == 0 { 9000 } else { 8 });
        }
        while d.words_pending(StreamSide::A) < 8 {
            d.queue_word(StreamSide::A, x, x % 7 == 0);
            d.queue_word(StreamSide::B, x, x % 7 == 0);
            x = x.wrapping_add(1);
        }
        d.ticks(64);
        d.take_received();
    }
    (d.cycles() - c0) as f64 / start.elapsed().as_secs_f64()
}

fn register_ops<B: regbus::RegisterBus>(dev: &mut Device<B>, ops: u32) -> f64 {
    let start = Instant::now();
    for i in 0..ops / 2 {
        dev.write("SCRATCH", i).expect("write");
        assert_eq!(dev.read("SCRATCH").expect("read"), i);
    }
    f64::from(ops) / start.elapsed().as_secs_f64()
}

fn main() {
    let cycles = std::env::var("COSIM_CYCLES").ok().and_then(|s| s.parse().ok()).unwrap_or(2_000_000u64);
    let ops = 200_000;
    let sim_cps = traffic(&mut sim::open(), cycles);
    let model_cps = traffic(&mut ftsync::transport::model(), cycles);
    let sim_ops = register_ops(&mut Device::open(sim::open()).expect("open sim"), ops);
    let model_ops = register_ops(&mut Device::open(ftsync::transport::model()).expect("open model"), ops);
    let json = format!(
        "{{\"bench\":\"cosim\",\"core\":\"ftsync_core default (16384-bit bitmap, 64-bit streams)\",\"traffic_cycles\":{cycles},\
\"sim_cycles_per_s\":{sim_cps:.0},\"model_cycles_per_s\":{model_cps:.0},\"model_over_sim_cycles\":{:.3},\
\"register_ops\":{ops},\"sim_register_ops_per_s\":{sim_ops:.0},\"model_register_ops_per_s\":{model_ops:.0},\"model_over_sim_ops\":{:.3}}}",
        model_cps / sim_cps,
        model_ops / sim_ops
    );
    println!("{json}");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    if std::fs::create_dir_all(&dir).is_ok() {
        let _ = std::fs::write(dir.join("cosim.json"), format!("{json}\n"));
    }
}
