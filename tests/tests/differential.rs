//! Differential runs: the same seeded scenario on two implementations of `ftsync_core`, every
//! output pin compared on every cycle (so every register read agrees too).
//!
//! - rust-hdl's simulation of the blocks against the Verilog generated from them (Verilator):
//!   the generator and Verilog's width rules change nothing.
//! - the Verilated RTL against the behavioural model (the host driver's `model` transport).

use ftsync_tests::scenario;
use hdl_gen::bench::RtlPorts;
use regbus::{Lockstep, PortDriver};
use sim::VerilatedCore;

#[test]
fn rust_hdl_simulation_and_generated_verilog_agree_every_cycle() {
    // The default core in rust-hdl runs ~20k cycles/s: short, but every block and every
    // register is reached (see scenario_rtl.rs).
    let pair = Lockstep::new(RtlPorts::<14, 9, 4, 5, 6>::new(), VerilatedCore::new(), ("rust-hdl", "verilator"));
    let mut d = PortDriver::new(pair);
    let t = scenario::run(&mut d, 0xD1FF, 20_000);
    assert!(t.cycles >= 20_000 && t.reads.len() > 200);
}

use block_model::core::CoreModel;

#[test]
fn verilated_rtl_and_model_agree_every_cycle_for_a_million_cycles() {
    let pair = Lockstep::new(VerilatedCore::new(), CoreModel::default_params(), ("verilator", "model"));
    let mut d = PortDriver::new(pair);
    let t = scenario::run(&mut d, 0x00C0_5111, 1_000_000);
    assert!(t.cycles >= 1_000_000);
    assert!(t.reads.len() > 5_000, "the scenario reads registers throughout ({} reads)", t.reads.len());
}

#[test]
fn separate_runs_on_sim_and_model_read_the_same_values() {
    // Not in lock step: each transport runs the scenario on its own; the traces must agree.
    let seed = 0x5EED_0003;
    let on_sim = scenario::run(&mut PortDriver::new(VerilatedCore::new()), seed, 150_000);
    let on_model = scenario::run(&mut PortDriver::new(CoreModel::default_params()), seed, 150_000);
    assert_eq!(on_sim.reads.len(), on_model.reads.len());
    for (i, (s, m)) in on_sim.reads.iter().zip(&on_model.reads).enumerate() {
        assert_eq!(s, m, "register read {i} differs (sim left, model right)");
    }
    assert_eq!(on_sim, on_model);
}

#[test]
fn many_seeds_on_parallel_threads() {
    let handles: Vec<_> = (0..4u64)
        .map(|k| {
            std::thread::spawn(move || {
                let pair = Lockstep::new(VerilatedCore::new(), CoreModel::default_params(), ("verilator", "model"));
                scenario::run(&mut PortDriver::new(pair), 0xA11C_E000 + k, 60_000).cycles
            })
        })
        .collect();
    for h in handles {
        assert!(h.join().expect("no divergence on any thread") >= 60_000);
    }
}
