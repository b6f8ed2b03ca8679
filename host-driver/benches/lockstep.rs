//! Epoch lockstep cost (not a test): `cargo bench -p ftsync --bench lockstep`.
//!
//! Part 1, overhead against epoch length (10^3 .. 10^7 instructions). The same guest (the
//! I/O loop of `virtual_ce::guest`, 4 channels, running forever) runs for the same number of
//! instructions three ways, wall time per guest instruction measured for each:
//!
//! - `alone`: the interpreter and the device, interrupts delivered as soon as they are raised;
//!   no core, no epochs. The baseline.
//! - `on_core`: one CE on a behavioural-model `ftsync_core` (`ce_retire` every instruction,
//!   the epoch counter holding it at every boundary, interrupts delivered there): what
//!   simulating the hardware costs per instruction — free on a real chipset.
//! - `lockstep`: primary and backup on two model cores with the whole engine (interrupt and
//!   EpochEnd messages through the wire format, state hash of 64 KiB per epoch and side,
//!   comparator on the backup's core).
//!
//! `lockstep / alone` is the whole cost here. The engine's own part is the time both VMMs
//! spend at epoch boundaries (register accesses, state hash, delivery, messages, comparator
//! settling), measured inside the engine: `boundary_share` of the lockstep time and
//! `boundary_us_per_epoch`. It should fall with longer epochs; the rest is two simulated CEs
//! on two simulated cores (`two_sides_over_on_core` ≈ 2 plus the backup's comparator).
//!
//! Part 2, fail-over time: the primary is stopped in the middle of epoch 3; reported are the
//! instructions the backup has to run again (the failed epoch's), the wall time from the
//! failure being noticed to the new primary completing the failed epoch, and that time in
//! epochs of normal lockstep.
//!
//! One JSON line per result on standard output and in target/bench/lockstep.jsonl.
//! FTSYNC_BENCH_LOCKSTEP_INSTR (default 3e6) is the instruction budget per point; points run
//! at least three epochs, so 10^7 takes 3·10^7 instructions per way.
//! FTSYNC_BENCH_LOCKSTEP_MAX_EXP (default 7) caps the epoch length at 10^N (for quick looks).

use ftsync::lockstep::ce::CoreCe;
use ftsync::lockstep::{run_in_process, Faults, LockstepConfig};
use ftsync::transport::model;
use serde_json::json;
use std::io::Write;
use std::time::Instant;
use virtual_ce::guest::IoLoopConfig;
use virtual_ce::io::{DeviceConfig, IoDevice};
use virtual_ce::{Cpu, Event, IoRequest};

fn config(epoch_length: u32) -> LockstepConfig {
    LockstepConfig {
        epoch_length,
        guest: IoLoopConfig { channels: 4, window: 4, ops_per_channel: 0, compute: 16, drain_when_idle: false },
        device: DeviceConfig { channels: 4, seed: 1, ..DeviceConfig::default() },
        ..LockstepConfig::default()
    }
}

fn io(device: &mut IoDevice, e: &Event) {
    match *e {
        Event::Io(IoRequest::Connect { chan }) => device.connect(1, chan).expect("connect"),
        Event::Io(IoRequest::Issue { chan, seq, data }) => device.issue(1, chan, seq, data).expect("issue"),
        _ => {}
    }
}

/// Seconds for `n` instructions of the guest with no core and no epochs.
fn alone(cfg: &LockstepConfig, n: u64) -> f64 {
    let mut cpu: Cpu = cfg.cpu().expect("cpu");
    let mut device = IoDevice::new(cfg.device);
    let t = Instant::now();
    for _ in 0..n {
        let e = cpu.step().expect("step");
        io(&mut device, &e);
        let irqs = device.advance(1, cpu.retired()).expect("advance");
        if !irqs.is_empty() {
            cpu.deliver(&irqs).expect("deliver");
        }
    }
    t.elapsed().as_secs_f64()
}

/// Seconds for `epochs` epochs of one CE on a model core, interrupts delivered at the ends.
fn on_core(cfg: &LockstepConfig, epochs: u64) -> f64 {
    let mut ce = CoreCe::new(model(), cfg.cpu().expect("cpu"), cfg.epoch_length, None).expect("core");
    let mut device = IoDevice::new(cfg.device);
    let mut pending = Vec::new();
    let t = Instant::now();
    for _ in 0..epochs {
        ce.run_epoch(None, |e, now| {
            io(&mut device, e);
            pending.extend(device.advance(1, now).expect("advance"));
            Ok(())
        })
        .expect("epoch");
        let free = ce.cpu.ring_free() as usize;
        let now: Vec<_> = pending.drain(..free.min(pending.len())).collect();
        ce.cpu.deliver(&now).expect("deliver");
        ce.take_outputs();
    }
    t.elapsed().as_secs_f64()
}

fn emit(out: &mut Vec<String>, v: serde_json::Value) {
    let line = v.to_string();
    println!("{line}");
    out.push(line);
}

fn main() {
    let budget: f64 = std::env::var("FTSYNC_BENCH_LOCKSTEP_INSTR").ok().and_then(|v| v.parse().ok()).unwrap_or(3e6);
    let max_exp: u32 = std::env::var("FTSYNC_BENCH_LOCKSTEP_MAX_EXP").ok().and_then(|v| v.parse().ok()).unwrap_or(7);
    let mut lines = Vec::new();
    for exp in 3..=max_exp {
        let len = 10u64.pow(exp);
        let epochs = ((budget / len as f64).ceil() as u64).max(3);
        let n = epochs * len;
        let cfg = config(len as u32);
        let t_alone = alone(&cfg, n);
        let t_core = on_core(&cfg, epochs);
        let r = run_in_process(&cfg, model(), model(), &Faults::default(), epochs, "model").expect("lockstep");
        assert_eq!(r.epochs_compared, epochs, "every epoch compared");
        let t_lock = r.wall_time_s;
        let ns = |t: f64| t * 1e9 / n as f64;
        emit(
            &mut lines,
            json!({
                "bench": "lockstep_overhead",
                "device": "model",
                "epoch_length": len,
                "epochs": epochs,
                "instructions": n,
                "alone_ns_per_instr": ns(t_alone),
                "on_core_ns_per_instr": ns(t_core),
                "lockstep_ns_per_instr": ns(t_lock),
                "lockstep_over_alone": t_lock / t_alone,
                "on_core_over_alone": t_core / t_alone,
                "boundary_share": r.boundary_s / t_lock,
                "boundary_us_per_epoch": r.boundary_s * 1e6 / epochs as f64,
                "two_sides_over_on_core": t_lock / t_core,
                "interrupts_delivered": r.interrupts_delivered,
                "words_compared": r.words_compared,
            }),
        );
    }
    for exp in 3..=max_exp.min(6) {
        let len = 10u64.pow(exp);
        let cfg = config(len as u32);
        let faults = Faults { kill_primary: Some((3, len / 2)), ..Faults::default() };
        let r = run_in_process(&cfg, model(), model(), &faults, 5, "model").expect("fail-over run");
        let f = r.failover.as_ref().expect("failed over");
        // Normal lockstep pace for one epoch, from a run without faults.
        let base = run_in_process(&cfg, model(), model(), &Faults::default(), 5, "model").expect("lockstep");
        let per_epoch = base.wall_time_s / 5.0;
        emit(
            &mut lines,
            json!({
                "bench": "lockstep_failover",
                "device": "model",
                "epoch_length": len,
                "failed_epoch": f.failed_epoch,
                "lost_instructions": f.primary_instructions_in_failed_epoch,
                "rerun_instructions": len,
                "epochs_to_recover": 1,
                "detect_to_first_epoch_s": f.detect_to_first_epoch_s,
                "lockstep_epoch_s": per_epoch,
                "failover_in_lockstep_epochs": f.detect_to_first_epoch_s / per_epoch,
                "deleted_completions": f.deleted_completions,
                "disconnects": f.disconnects_injected,
                "reissued": r.reissued_io.len(),
                "audit_ok": r.device_log.as_ref().is_some_and(|a| a.ok()),
            }),
        );
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    let path = dir.join("lockstep.jsonl");
    match std::fs::create_dir_all(&dir)
        .and_then(|_| std::fs::File::create(&path))
        .and_then(|mut f| f.write_all((lines.join("\n") + "\n").as_bytes()))
    {
        Ok(()) => eprintln!("wrote {}", path.display()),
        Err(e) => eprintln!("could not write {}: {e}", path.display()),
    }
}
