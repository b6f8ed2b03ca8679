//! Epoch lockstep (seed 003) on the behavioural model of `ftsync_core`: exact epoch
//! boundaries under a virtual CE, lockstep with comparison, fail-over with the device log
//! audited, divergence and resync. The same runs on the Verilated RTL are in
//! tests/tests/lockstep.rs.

use ftsync::lockstep::ce::{CoreCe, EpochStop};
use ftsync::lockstep::{run_in_process, Faults, Flip, FlipTarget, LockstepConfig, Side};
use ftsync::transport::model;
use virtual_ce::guest::IoLoopConfig;
use virtual_ce::io::DeviceConfig;

fn config(epoch_length: u32, ops: u32) -> LockstepConfig {
    LockstepConfig {
        epoch_length,
        guest: IoLoopConfig { channels: 3, window: 4, ops_per_channel: ops, compute: 12, drain_when_idle: false },
        device: DeviceConfig { channels: 3, seed: 5, perform_latency: (100, 1500), complete_latency: (50, 1000) },
        ..LockstepConfig::default()
    }
}

#[test]
fn the_nth_retired_instruction_ends_the_epoch_on_the_model() {
    for n in [1u32, 2, 7, 100, 1000] {
        let cfg = config(n, 0);
        let mut ce = CoreCe::new(model(), cfg.cpu().unwrap(), n, None).unwrap();
        for epoch in 1..=5u64 {
            let run = ce.run_epoch(None, |_, _| Ok(())).unwrap();
            assert_eq!(run.stop, EpochStop::Held);
            assert_eq!(run.instructions, u64::from(n), "epoch {epoch} of length {n}");
            assert_eq!(ce.cpu.retired(), epoch * u64::from(n), "the CE retired nothing while held");
            assert_eq!(run.hw_epoch, epoch);
            let s = ce.device().epoch_status().unwrap();
            assert!(s.held && s.count == n, "held with the count reloaded: {s:?}");
        }
        assert_eq!(ce.device().bus().retired(), 5 * u64::from(n), "ce_retire pulses = instructions");
    }
}

#[test]
fn a_halting_guest_ends_its_last_epoch_with_a_drain() {
    let cfg = config(5000, 3);
    let mut ce = CoreCe::new(model(), cfg.cpu().unwrap(), 5000, None).unwrap();
    let mut total = 0;
    let mut completions = Vec::new();
    let mut device = virtual_ce::IoDevice::new(cfg.device);
    loop {
        let run = ce
            .run_epoch(None, |e, now| {
                match *e {
                    virtual_ce::Event::Io(virtual_ce::IoRequest::Connect { chan }) => device.connect(1, chan).unwrap(),
                    virtual_ce::Event::Io(virtual_ce::IoRequest::Issue { chan, seq, data }) => {
                        device.issue(1, chan, seq, data).unwrap()
                    }
                    _ => {}
                }
                completions.extend(device.advance(1, now).unwrap());
                Ok(())
            })
            .unwrap();
        total += run.instructions;
        ce.cpu.deliver(&std::mem::take(&mut completions)).unwrap();
        if ce.cpu.halted() {
            assert!(run.instructions < 5000, "the drain ended the last epoch early");
            break;
        }
        assert_eq!(run.instructions, 5000);
    }
    assert_eq!(total, ce.cpu.retired());
}

#[test]
fn lockstep_without_faults_compares_every_epoch_and_loses_no_io() {
    let cfg = config(1500, 24);
    let r = run_in_process(&cfg, model(), model(), &Faults::default(), 10_000, "model").unwrap();
    assert!(r.guest_finished, "{r:#?}");
    assert_eq!(r.epochs_compared, r.epochs_primary, "the backup checked every epoch");
    assert!(r.mismatches.is_empty() && r.failover.is_none());
    assert!(r.interrupts_delivered >= 72 && r.interrupt_messages >= 72, "{r:#?}");
    assert!(r.words_compared > 100 && r.words_forwarded == r.words_compared, "{r:#?}");
    let audit = r.device_log.unwrap();
    assert!(audit.ok() && audit.performed == 72 && audit.allowed_repeats.is_empty(), "{audit:?}");
    assert!(r.reissued_io.is_empty());
}

#[test]
fn failover_drops_the_failed_epochs_completions_and_the_guest_reissues() {
    let cfg = config(800, 30);
    let mut deleted = 0;
    let mut repeats = 0;
    let mut reissued = 0;
    for (epoch, after) in [(0, 400), (2, 1), (3, 799), (5, 300), (8, 650), (11, 100)] {
        let faults = Faults { kill_primary: Some((epoch, after)), ..Faults::default() };
        let r = run_in_process(&cfg, model(), model(), &faults, 10_000, "model").unwrap();
        let f = r.failover.as_ref().unwrap_or_else(|| panic!("killed at {epoch}:{after}: {r:#?}"));
        assert_eq!(f.failed_epoch, epoch, "the last EpochEnd was for the epoch before");
        assert_eq!(f.primary_instructions_in_failed_epoch, Some(after));
        assert_eq!(r.epochs_primary, epoch);
        assert_eq!(r.epochs_compared, epoch, "the backup ran every completed epoch before taking over");
        assert_eq!(f.disconnects_injected, if epoch == 0 { 0 } else { 3 }, "one per channel open at the boundary");
        assert!(r.guest_finished, "the new primary finished the guest: {r:#?}");
        let audit = r.device_log.as_ref().unwrap();
        assert!(audit.ok(), "killed at {epoch}:{after}: {audit:?}");
        assert_eq!(audit.distinct, 90, "every operation performed");
        assert!(audit.lost.is_empty());
        deleted += f.deleted_completions;
        repeats += audit.allowed_repeats.len();
        reissued += r.reissued_io.len();
        assert_eq!(
            r.reissued_io.len() as u64,
            f.outstanding_at_failover,
            "exactly the outstanding operations were reissued"
        );
    }
    assert!(deleted > 0, "some kill landed after a completion in the failed epoch");
    assert!(repeats > 0, "some operation was performed by both primaries, as rule 3 allows");
    assert!(reissued > 0);
}

#[test]
fn a_flipped_register_is_caught_by_the_comparator_in_its_epoch_and_resynced() {
    let cfg = config(1000, 20);
    // s2 (x18) is the guest's running checksum, written to OUT every round.
    let faults = Faults {
        flips: vec![Flip { epoch: 4, side: Side::Backup, target: FlipTarget::Register { reg: 18, bit: 3 } }],
        ..Faults::default()
    };
    let r = run_in_process(&cfg, model(), model(), &faults, 10_000, "model").unwrap();
    assert_eq!(r.mismatches.len(), 1, "{r:#?}");
    let m = &r.mismatches[0];
    assert_eq!((m.epoch, m.detected_by.as_str()), (4, "comparator"));
    assert_eq!(m.captured_epoch, Some(4), "CMP_MISMATCH_EPOCH");
    assert_ne!(m.a_low, m.b_low);
    assert_ne!(m.primary_hash, m.backup_hash);
    let rs = m.resync.as_ref().unwrap();
    assert!(rs.verified && rs.bytes == u64::from(cfg.memory_bytes) + rs.context_bytes, "everything copied: {rs:?}");
    assert!(r.guest_finished);
    assert_eq!(r.epochs_compared + 1, r.epochs_primary, "every epoch but the diverged one compared after the resync");
    assert!(r.device_log.unwrap().ok());
}

#[test]
fn a_flipped_memory_bit_is_caught_and_resynced() {
    let cfg = config(1000, 20);
    // A word of the guest's compute array.
    let faults = Faults {
        flips: vec![Flip {
            epoch: 3,
            side: Side::Backup,
            target: FlipTarget::Memory { addr: virtual_ce::guest::WORK + 40, bit: 0 },
        }],
        ..Faults::default()
    };
    let r = run_in_process(&cfg, model(), model(), &faults, 10_000, "model").unwrap();
    assert_eq!(r.mismatches.len(), 1, "{r:#?}");
    assert_eq!(r.mismatches[0].epoch, 3);
    assert!(r.mismatches[0].resync.as_ref().unwrap().verified);
    assert!(r.guest_finished);
    let bad = Faults {
        flips: vec![Flip { epoch: 0, side: Side::Primary, target: FlipTarget::Register { reg: 0, bit: 1 } }],
        ..Faults::default()
    };
    assert!(run_in_process(&cfg, model(), model(), &bad, 10, "model").is_err(), "x0 cannot be flipped");
}

#[test]
fn interrupts_beyond_the_guest_ring_wait_for_the_next_boundary_on_both_sides() {
    // 4 channels x 32 outstanding and epochs long enough for most of them to complete: more
    // completions per boundary than the 64-record ring holds.
    let cfg = LockstepConfig {
        epoch_length: 20_000,
        guest: IoLoopConfig { channels: 4, window: 32, ops_per_channel: 96, compute: 4, drain_when_idle: false },
        device: DeviceConfig { channels: 4, seed: 2, perform_latency: (100, 3000), complete_latency: (50, 2000) },
        ..LockstepConfig::default()
    };
    let r = run_in_process(&cfg, model(), model(), &Faults::default(), 10_000, "model").unwrap();
    assert!(r.interrupts_deferred > 0, "the ring overflowed at some boundary: {r:#?}");
    assert!(r.guest_finished && r.mismatches.is_empty() && r.epochs_compared == r.epochs_primary);
    assert!(r.device_log.unwrap().ok());
}

#[test]
fn the_cli_run_reports_failover_reissues_and_mismatches_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("run.json");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ftsync"))
        .args(["lockstep", "run", "--device", "model", "--epoch-length", "1000", "--ops", "32"])
        .args(["--kill-primary", "6:400", "--flip", "2:backup:reg:18:5", "--json"])
        .arg(&json)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let r: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(r["failover"]["failed_epoch"], 6);
    assert_eq!(r["mismatches"][0]["epoch"], 2);
    assert_eq!(r["mismatches"][0]["captured_epoch"], 2);
    assert_eq!(r["mismatches"][0]["resync"]["verified"], true);
    assert_eq!(
        r["reissued_io"].as_array().unwrap().len() as u64,
        r["failover"]["outstanding_at_failover"].as_u64().unwrap()
    );
    assert!(r["interrupts_delivered"].as_u64().unwrap() > 100 && r["epochs_primary"] == 6);
    assert_eq!(r["device_log"]["distinct"], 128);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("fail-over in epoch 6") && text.contains("divergence in epoch 2"), "{text}");

    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_ftsync"))
        .args(["lockstep", "run", "--device", "model", "--flip", "2:backup:reg"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--flip 2:backup:reg: expected"));
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_ftsync"))
        .args(["lockstep", "run", "--device", "model", "--window", "40"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("window 40 must be 1..=32"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}

/// A CE whose program is `before` nops, a FENCE, then nops forever.
fn drain_program(before: usize) -> virtual_ce::Cpu {
    use virtual_ce::asm::Asm;
    let mut a = Asm::new();
    for _ in 0..before {
        a.nop();
    }
    a.fence().label("spin").nop().j("spin");
    virtual_ce::Cpu::new(64 << 10, &a.assemble().unwrap()).unwrap()
}

#[test]
fn a_drain_instruction_ends_the_epoch_right_after_it_on_the_model() {
    for before in [0usize, 1, 5, 98] {
        let mut ce = CoreCe::new(model(), drain_program(before), 100, None).unwrap();
        let run = ce.run_epoch(None, |_, _| Ok(())).unwrap();
        assert_eq!(run.instructions, before as u64 + 1, "the FENCE is the epoch's last instruction");
        let s = ce.device().epoch_status().unwrap();
        assert!(s.held && s.number == 1 && s.count == 100, "{s:?}");
        assert_eq!(ce.run_epoch(None, |_, _| Ok(())).unwrap().instructions, 100, "then full epochs again");
    }
    // A FENCE that is also the N-th instruction ends one epoch, not two.
    let mut ce = CoreCe::new(model(), drain_program(99), 100, None).unwrap();
    assert_eq!(ce.run_epoch(None, |_, _| Ok(())).unwrap().instructions, 100);
    assert_eq!(ce.run_epoch(None, |_, _| Ok(())).unwrap().instructions, 100);
    assert_eq!(ce.device().epoch_status().unwrap().number, 2);
}

#[test]
fn a_guest_that_drains_when_idle_stays_in_lockstep_with_shorter_epochs() {
    let mut cfg = config(5000, 24);
    let plain = run_in_process(&cfg, model(), model(), &Faults::default(), 10_000, "model").unwrap();
    cfg.guest.drain_when_idle = true;
    let r = run_in_process(&cfg, model(), model(), &Faults::default(), 10_000, "model").unwrap();
    assert!(r.guest_finished && r.mismatches.is_empty() && r.epochs_compared == r.epochs_primary, "{r:#?}");
    assert!(r.device_log.as_ref().unwrap().ok());
    assert!(
        r.epochs_primary * 5000 > r.instructions + 5000,
        "drains ended epochs early: {} epochs, {} instructions",
        r.epochs_primary,
        r.instructions
    );
    assert!(
        r.instructions < plain.instructions,
        "completions arrive sooner, so the guest waits less: {} vs {}",
        r.instructions,
        plain.instructions
    );
    let k = Faults { kill_primary: Some((4, 10)), ..Faults::default() };
    let f = run_in_process(&cfg, model(), model(), &k, 10_000, "model").unwrap();
    assert!(f.failover.is_some() && f.guest_finished && f.device_log.unwrap().ok());
}
