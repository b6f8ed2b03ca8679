//! Epoch lockstep (seed 003) on the Verilated RTL: a virtual CE's retired instructions drive
//! `ce_retire`, the RTL epoch counter holds it on exactly the N-th, and the whole protocol
//! (comparison on the RTL link comparator, fail-over, divergence and resync) runs on it, also
//! with the primary on the RTL and the backup on the model.

use ftsync::lockstep::ce::{CoreCe, EpochStop};
use ftsync::lockstep::{run_in_process, Faults, Flip, FlipTarget, LockstepConfig, Side};
use virtual_ce::guest::IoLoopConfig;
use virtual_ce::io::DeviceConfig;

fn config(epoch_length: u32, ops: u32) -> LockstepConfig {
    LockstepConfig {
        epoch_length,
        guest: IoLoopConfig { channels: 3, window: 4, ops_per_channel: ops, compute: 12, drain_when_idle: false },
        device: DeviceConfig { channels: 3, seed: 11, perform_latency: (100, 1500), complete_latency: (50, 1000) },
        ..LockstepConfig::default()
    }
}

#[test]
fn the_nth_retired_instruction_ends_the_epoch_on_the_rtl() {
    for n in [1u32, 3, 64, 999] {
        let mut ce = CoreCe::new(sim::open(), config(n, 0).cpu().unwrap(), n, None).unwrap();
        for epoch in 1..=4u64 {
            let run = ce.run_epoch(None, |_, _| Ok(())).unwrap();
            assert_eq!(
                (run.stop, run.instructions, run.hw_epoch),
                (EpochStop::Held, u64::from(n), epoch),
                "length {n}"
            );
            assert_eq!(ce.cpu.retired(), epoch * u64::from(n));
            let s = ce.device().epoch_status().unwrap();
            assert!(s.held && s.count == n && s.number == epoch, "{s:?}");
        }
        assert_eq!(ce.device().bus().retired(), 4 * u64::from(n));
    }
}

#[test]
fn lockstep_on_the_rtl_and_rtl_against_model() {
    let cfg = config(1200, 16);
    let r = run_in_process(&cfg, sim::open(), sim::open(), &Faults::default(), 10_000, "sim").unwrap();
    assert!(r.guest_finished && r.mismatches.is_empty() && r.epochs_compared == r.epochs_primary, "{r:#?}");
    assert!(r.device_log.as_ref().unwrap().ok());
    let mixed =
        run_in_process(&cfg, sim::open(), ftsync::transport::model(), &Faults::default(), 10_000, "sim+model").unwrap();
    assert_eq!(
        (mixed.state_hash, mixed.instructions),
        (r.state_hash, r.instructions),
        "same guest, same result on either core"
    );
}

#[test]
fn failover_and_resync_on_the_rtl() {
    let cfg = config(900, 20);
    let kill = Faults { kill_primary: Some((4, 450)), ..Faults::default() };
    let r = run_in_process(&cfg, sim::open(), sim::open(), &kill, 10_000, "sim").unwrap();
    let f = r.failover.as_ref().expect("failed over");
    assert_eq!((f.failed_epoch, f.disconnects_injected), (4, 3));
    assert!(r.guest_finished);
    let audit = r.device_log.as_ref().unwrap();
    assert!(audit.ok() && audit.distinct == 60, "{audit:?}");
    assert_eq!(r.reissued_io.len() as u64, f.outstanding_at_failover);

    let flip = Faults {
        flips: vec![Flip { epoch: 2, side: Side::Backup, target: FlipTarget::Register { reg: 18, bit: 30 } }],
        ..Faults::default()
    };
    let r = run_in_process(&cfg, sim::open(), sim::open(), &flip, 10_000, "sim").unwrap();
    assert_eq!(r.mismatches.len(), 1);
    let m = &r.mismatches[0];
    assert_eq!((m.epoch, m.detected_by.as_str(), m.captured_epoch), (2, "comparator", Some(2)));
    assert!(m.resync.as_ref().unwrap().verified && r.guest_finished && r.device_log.as_ref().unwrap().ok());
}

#[test]
fn a_drain_instruction_ends_the_epoch_right_after_it_on_the_rtl() {
    use virtual_ce::asm::Asm;
    for before in [0usize, 7, 99] {
        let mut a = Asm::new();
        for _ in 0..before {
            a.nop();
        }
        a.fence().label("spin").nop().j("spin");
        let cpu = virtual_ce::Cpu::new(64 << 10, &a.assemble().unwrap()).unwrap();
        let mut ce = CoreCe::new(sim::open(), cpu, 100, None).unwrap();
        let first = ce.run_epoch(None, |_, _| Ok(())).unwrap().instructions;
        assert_eq!(first, (before as u64 + 1).min(100));
        assert_eq!(ce.run_epoch(None, |_, _| Ok(())).unwrap().instructions, 100);
        assert_eq!(ce.device().epoch_status().unwrap().number, 2);
    }
}
