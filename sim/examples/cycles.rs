//! Speed of the Verilated core: cycles per second through the port driver with snoop and
//! stream traffic on every cycle, of bare `CorePorts::tick`, and of bulk idle.
//!
//! `cargo run --release -p sim --example cycles [-- CYCLES]`; prints one JSON line.

use regbus::{CoreInputs, CorePorts, RegisterBus, StreamSide};
use sim::VerilatedCore;
use std::time::Instant;

fn field(register: &str, field: &str, value: u32) -> u32 {
    let (_, f) = regmap::field(register, field).unwrap();
    value << f.lsb
}

fn main() {
    let cycles: u64 = std::env::args().nth(1).map(|a| a.parse().expect("CYCLES must be a number")).unwrap_or(2_000_000);

    // Driver with traffic: tracker and comparator on, the CE retiring, and the snoop queue and
    // both stream queues never empty, so every cycle carries a write and a word per side.
    let mut dev = sim::open();
    dev.write32(regmap::offset("TRACK_CTRL"), field("TRACK_CTRL", "EN", 1)).unwrap();
    dev.write32(regmap::offset("CMP_CTRL"), field("CMP_CTRL", "EN", 1)).unwrap();
    dev.write32(regmap::offset("EPOCH_LOAD"), 10_000).unwrap();
    dev.write32(regmap::offset("EPOCH_CTRL"), field("EPOCH_CTRL", "EN", 1) | field("EPOCH_CTRL", "AUTO_RELOAD", 1))
        .unwrap();
    dev.ce_running = true;
    let mut rng: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let start_cycle = dev.cycles();
    let start = Instant::now();
    let mut words = 0u64;
    for _ in 0..cycles {
        if dev.snoops_pending() < 4 {
            let r = next();
            // Mostly single-block writes, one in eight crossing into the next block.
            let len = if r & 7 == 0 { 8192 } else { 64 };
            dev.queue_snoop((r >> 8) & ((1 << 26) - 1), len);
        }
        while dev.words_pending(StreamSide::A) < 4 {
            let w = next();
            dev.queue_word(StreamSide::A, w, w & 15 == 0);
            dev.queue_word(StreamSide::B, w, w & 15 == 0);
        }
        dev.tick();
        words += dev.take_received().len() as u64;
    }
    let driver_secs = start.elapsed().as_secs_f64();
    let driver_cycles = dev.cycles() - start_cycle;
    let snoops = dev.snoops_taken();
    assert!(
        words > driver_cycles / 2 && snoops > driver_cycles / 4,
        "traffic did not flow: {words} words, {snoops} writes"
    );
    drop(dev);

    // Bare tick: one call into C++ per cycle, inputs constant (Wishbone idle).
    let mut core = VerilatedCore::new();
    let mut inputs = CoreInputs { rst: true, ..Default::default() };
    core.tick(&inputs);
    inputs.rst = false;
    let start = Instant::now();
    for _ in 0..cycles {
        core.tick(&inputs);
    }
    let tick_secs = start.elapsed().as_secs_f64();

    // Bulk idle: the loop stays in C++.
    let start = Instant::now();
    core.idle(&inputs, cycles);
    let idle_secs = start.elapsed().as_secs_f64();

    println!(
        "{{\"profile\":\"{}\",\"cycles\":{},\"driver_with_traffic_cps\":{:.0},\"words_forwarded\":{},\"snoops_taken\":{},\"bare_tick_cps\":{:.0},\"bulk_idle_cps\":{:.0},\"verilator\":\"{}\"}}",
        if cfg!(debug_assertions) { "debug" } else { "release" },
        cycles,
        driver_cycles as f64 / driver_secs,
        words,
        snoops,
        cycles as f64 / tick_secs,
        cycles as f64 / idle_secs,
        sim::VERILATOR_VERSION,
    );
}
