//! The sync engine in virtual time, with the hardware write tracker of a simulated core:
//! convergence, non-convergence, give-up and retry, the pause bound, and target == source after
//! every successful sync, on the model and on the Verilated RTL.

use ftsync::device::Device;
use ftsync::sync::engine::{self, Compression, Outcome, SyncParams, SyncReport};
use ftsync::sync::standby::MemoryTarget;
use ftsync::sync::virt::{Distribution, HardwareTracker, Memory, VirtualCe, VirtualClock, Workload, CORE_HZ};
use ftsync::sync::SyncError;
use regbus::{CorePorts, PortDriver};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

struct Run {
    report: SyncReport,
    target: MemoryTarget,
    source_bytes: Vec<u8>,
    context: Vec<u8>,
}

fn sync_on<P: CorePorts>(ports: P, mem: usize, workload: Workload, params: &SyncParams, hook: bool) -> Run {
    let mut d = PortDriver::new(ports);
    d.reset();
    let device = Rc::new(RefCell::new(Device::open(d).expect("open")));
    let clock = VirtualClock::default();
    // The memory starts with data in its first half; the rest is zero (zero-skip applies).
    let mut bytes = vec![0u8; mem];
    for (i, b) in bytes[..mem / 2].iter_mut().enumerate() {
        *b = (i as u32).wrapping_mul(2_654_435_761) as u8 | 1;
    }
    let mut ce = VirtualCe::new(Memory::Bytes(bytes), workload, device.clone(), clock.clone());
    let mut tracker = HardwareTracker::new(device.clone(), ce.base, mem as u64, CORE_HZ, None).expect("tracker");
    let mut target = MemoryTarget::zeroed(mem as u64).expect("target");
    let throttle = ce.throttle.clone();
    let mut restrict = move || {
        let t = throttle.get();
        throttle.set(t * 0.25);
        t > 0.01
    };
    let report = engine::run(
        &mut ce,
        &mut target,
        &mut tracker,
        &clock,
        params,
        if hook { Some(&mut restrict as &mut dyn FnMut() -> bool) } else { None },
        &mut |_| {},
    )
    .expect("sync runs");
    let source_bytes = match ce.memory() {
        Memory::Bytes(v) => v.clone(),
        Memory::Phantom(_) => unreachable!(),
    };
    let context = ftsync::sync::Source::context(&mut ce).unwrap();
    Run { report, target, source_bytes, context }
}

/// A 256 MiB/s link: a 16 MiB memory takes 62 ms to copy whole, three times the max pause, so
/// only a converging background copy can meet it.
fn params() -> SyncParams {
    SyncParams {
        max_pause: Duration::from_millis(20),
        link_bandwidth: 256 << 20,
        background_bandwidth: 64 << 20,
        max_passes: 8,
        ..SyncParams::default()
    }
}

fn calm() -> Workload {
    Workload {
        write_rate: 100_000.0,
        hot_fraction: 0.02,
        hot_share: 0.95,
        distribution: Distribution::Zipf(1.1),
        burst: (8, 512),
        seed: 7,
        schedule: vec![],
    }
}

fn check_converged(run: &Run, max_pause: Duration) {
    let Outcome::Converged { actual_pause_s, predicted_pause_s, verification, .. } = &run.report.outcome else {
        panic!("expected convergence: {:#?}", run.report);
    };
    assert!(*actual_pause_s <= max_pause.as_secs_f64(), "pause {actual_pause_s} s over the max {max_pause:?}");
    assert!(
        (actual_pause_s - predicted_pause_s).abs() <= 0.1 * predicted_pause_s.max(1e-4),
        "prediction {predicted_pause_s} vs {actual_pause_s}"
    );
    assert_eq!(verification.mismatches, 0, "the tracker missed no write");
    assert!(run.target.is_consistent());
    assert!(run.target.data() == &run.source_bytes[..], "target equals source byte for byte");
    assert_eq!(run.target.context(), &run.context[..]);
}

#[test]
fn converges_on_the_model_and_the_copy_is_exact() {
    let p = params();
    let run = sync_on(block_model::core::CoreModel::default_params(), 32 << 20, calm(), &p, false);
    check_converged(&run, p.max_pause);
    let first = &run.report.passes[0];
    // Half the memory is zero; blocks the CE writes there before the copy reaches them are sent.
    assert!(
        first.bytes < (32 << 20) * 6 / 10,
        "zero blocks of a pre-cleared target are skipped: {} bytes",
        first.bytes
    );
}

#[test]
fn converges_on_the_verilated_rtl_and_the_copy_is_exact() {
    let p = params();
    let run = sync_on(sim::VerilatedCore::new(), 8 << 20, Workload { write_rate: 20_000.0, ..calm() }, &p, false);
    check_converged(&run, p.max_pause);
}

#[test]
fn random_workloads_converge_exactly_or_fail_cleanly_on_the_model() {
    for seed in 1..=6u64 {
        let w = Workload {
            write_rate: [5e3, 5e4, 2e5, 4e5][seed as usize % 4],
            hot_fraction: [0.001, 0.01, 0.05][seed as usize % 3],
            hot_share: 0.9,
            distribution: if seed % 2 == 0 { Distribution::Uniform } else { Distribution::Zipf(1.2) },
            burst: (8, if seed % 3 == 0 { 20_000 } else { 256 }),
            seed,
            schedule: vec![],
        };
        let p = params();
        let run = sync_on(block_model::core::CoreModel::default_params(), 16 << 20, w, &p, false);
        match run.report.outcome {
            Outcome::Converged { .. } => check_converged(&run, p.max_pause),
            Outcome::Failed { .. } => {
                assert!(!run.target.is_consistent(), "seed {seed}: a failed sync never marks the target")
            }
        }
    }
}

#[test]
fn a_hopeless_workload_is_declared_so_and_the_target_stays_incomplete() {
    // Half a million multi-KiB writes a second spread over all memory: nothing converges.
    let w = Workload {
        write_rate: 500_000.0,
        hot_fraction: 1.0,
        hot_share: 1.0,
        distribution: Distribution::Uniform,
        burst: (512, 4096),
        seed: 3,
        schedule: vec![],
    };
    let p = SyncParams { attempts: 2, ..params() };
    let run = sync_on(block_model::core::CoreModel::default_params(), 16 << 20, w, &p, false);
    assert!(matches!(run.report.outcome, Outcome::Failed { .. }), "{:#?}", run.report.outcome);
    assert_eq!(run.report.attempts, 2);
    assert_eq!(run.report.abandoned.len(), 2);
    assert!(run.report.abandoned[0].contains("no chance"), "{:?}", run.report.abandoned);
    assert!(!run.target.is_consistent());
}

#[test]
fn non_convergence_is_declared_within_three_passes() {
    // A hot set just too large for the pause at full link speed: passes stop shrinking.
    let w = Workload {
        write_rate: 400_000.0,
        hot_fraction: 0.25,
        hot_share: 1.0,
        distribution: Distribution::Uniform,
        burst: (8, 64),
        seed: 5,
        schedule: vec![],
    };
    let p = SyncParams { compression: Compression::Never, attempts: 1, ..params() };
    let run = sync_on(block_model::core::CoreModel::default_params(), 32 << 20, w, &p, false);
    let Outcome::Failed { reason } = &run.report.outcome else {
        panic!("expected failure: {:#?}", run.report.passes);
    };
    assert!(run.report.passes.len() <= 3, "gave up after {} passes: {reason}", run.report.passes.len());
    assert!(!run.target.is_consistent());
}

#[test]
fn gives_up_then_retries_after_the_back_off_and_succeeds() {
    // A storm that calms down after 300 ms of virtual time.
    let w = Workload {
        write_rate: 2_000_000.0,
        hot_fraction: 1.0,
        hot_share: 1.0,
        distribution: Distribution::Uniform,
        burst: (64, 4096),
        schedule: vec![(Duration::from_millis(300), 20_000.0)],
        ..calm()
    };
    let p = SyncParams { attempts: 4, backoff: Duration::from_millis(200), ..params() };
    let run = sync_on(block_model::core::CoreModel::default_params(), 16 << 20, w, &p, false);
    assert!(run.report.attempts >= 2, "the first attempt must fail: {:?}", run.report.abandoned);
    check_converged(&run, p.max_pause);
}

#[test]
fn the_working_set_hook_rescues_a_stalled_sync() {
    let w = Workload {
        write_rate: 300_000.0,
        hot_fraction: 0.2,
        hot_share: 1.0,
        distribution: Distribution::Uniform,
        burst: (8, 64),
        seed: 9,
        schedule: vec![],
    };
    let p = SyncParams { attempts: 1, max_passes: 12, compression: Compression::Never, ..params() };
    let run = sync_on(block_model::core::CoreModel::default_params(), 16 << 20, w, &p, true);
    check_converged(&run, p.max_pause);
}

/// Forwards traffic to `upstream` and cuts both directions after `budget` client bytes: a
/// standby that goes away in the middle of a sync.
fn cutting_proxy(upstream: std::net::SocketAddr, budget: usize) -> std::net::SocketAddr {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind proxy");
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let (mut client, _) = listener.accept().expect("client");
        let mut server = std::net::TcpStream::connect(upstream).expect("standby");
        let (mut c2, mut s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
        std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = s2.read(&mut buf) {
                if n == 0 || c2.write_all(&buf[..n]).is_err() {
                    break;
                }
            }
        });
        let mut sent = 0;
        let mut buf = [0u8; 16384];
        while sent < budget {
            match client.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let n = n.min(budget - sent);
                    if server.write_all(&buf[..n]).is_err() {
                        break;
                    }
                    sent += n;
                }
            }
        }
        let _ = client.shutdown(std::net::Shutdown::Both);
        let _ = server.shutdown(std::net::Shutdown::Both);
    });
    addr
}

#[test]
fn a_standby_that_drops_mid_sync_gives_a_clear_error_and_an_incomplete_image() {
    use ftsync::sync::standby::{serve_connection, MemoryStore, ServeOptions, StandbyTarget};
    let mem = 8usize << 20;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let standby = listener.local_addr().unwrap();
    let store = MemoryStore::keeping();
    let mut served = store.clone();
    let server = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        serve_connection(stream, &mut served, &ServeOptions { idle_timeout: Some(Duration::from_secs(10)) })
    });
    // About a third of the first pass gets through.
    let proxy = cutting_proxy(standby, mem / 6);
    let mut target = StandbyTarget::connect(proxy, mem as u64).expect("connect through the proxy");

    let mut d = PortDriver::new(block_model::core::CoreModel::default_params());
    d.reset();
    let device = Rc::new(RefCell::new(Device::open(d).unwrap()));
    let clock = VirtualClock::default();
    let mut ce = VirtualCe::new(Memory::Bytes(vec![7u8; mem]), calm(), device.clone(), clock.clone());
    let mut tracker = HardwareTracker::new(device, ce.base, mem as u64, CORE_HZ, None).unwrap();
    let result = engine::run(&mut ce, &mut target, &mut tracker, &clock, &params(), None, &mut |_| {});
    let err = result.expect_err("a sync whose standby went away must not report success");
    assert!(matches!(err, SyncError::StandbyLost { .. }), "{err}");
    assert!(err.to_string().contains("standby went away"), "{err}");
    let session = server.join().unwrap();
    assert!(session.is_err(), "the standby saw the connection end without Bye");
    assert!(!store.image().is_consistent(), "the standby's image stays INCOMPLETE");
}

/// A tracker that never reports `hidden`: the post-resume verification must find and repair it.
struct Forgetful<T: ftsync::sync::Tracker> {
    inner: T,
    hidden: u64,
}

impl<T: ftsync::sync::Tracker> ftsync::sync::Tracker for Forgetful<T> {
    fn block_bytes(&self) -> u64 {
        self.inner.block_bytes()
    }
    fn arm(&mut self, s: &mut dyn ftsync::sync::Source) -> Result<(), SyncError> {
        self.inner.arm(s)
    }
    fn harvest(&mut self, s: &mut dyn ftsync::sync::Source) -> Result<Vec<u64>, SyncError> {
        Ok(self.inner.harvest(s)?.into_iter().filter(|b| *b != self.hidden).collect())
    }
    fn harvest_cost(&self) -> Duration {
        self.inner.harvest_cost()
    }
}

#[test]
fn verification_finds_and_repairs_a_block_the_tracker_missed() {
    let mem = 8usize << 20;
    let mut d = PortDriver::new(block_model::core::CoreModel::default_params());
    d.reset();
    let device = Rc::new(RefCell::new(Device::open(d).unwrap()));
    let clock = VirtualClock::default();
    // Every write lands in the first 4 KiB: block 0 (1 KiB blocks) is dirty on every pass.
    let w = Workload {
        write_rate: 50_000.0,
        hot_fraction: 0.0,
        hot_share: 1.0,
        distribution: Distribution::Uniform,
        burst: (8, 8),
        seed: 2,
        schedule: vec![],
    };
    let mut ce = VirtualCe::new(Memory::Bytes(vec![1u8; mem]), w, device.clone(), clock.clone());
    let inner = HardwareTracker::new(device, ce.base, mem as u64, CORE_HZ, None).unwrap();
    let hidden = 0;
    let mut tracker = Forgetful { inner, hidden };
    let mut target = MemoryTarget::zeroed(mem as u64).unwrap();
    let report = engine::run(&mut ce, &mut target, &mut tracker, &clock, &params(), None, &mut |_| {}).unwrap();
    let Outcome::Converged { verification, .. } = &report.outcome else { panic!("{:#?}", report.outcome) };
    assert!(verification.mismatches >= 1 && verification.repaired == verification.mismatches, "{verification:?}");
    let Memory::Bytes(src) = ce.memory() else { unreachable!() };
    assert!(target.data() == &src[..], "repaired: target equals source");
}

#[test]
fn random_workloads_converge_exactly_or_fail_cleanly_on_the_verilated_rtl() {
    let mut converged = 0;
    for seed in [11u64, 12] {
        let w = Workload {
            write_rate: if seed % 2 == 0 { 30_000.0 } else { 10_000.0 },
            hot_fraction: 0.01,
            hot_share: 0.9,
            distribution: if seed % 2 == 0 { Distribution::Uniform } else { Distribution::Zipf(1.2) },
            burst: (8, if seed % 2 == 0 { 256 } else { 9000 }),
            seed,
            schedule: vec![],
        };
        let p = params();
        let run = sync_on(sim::VerilatedCore::new(), 4 << 20, w, &p, false);
        match run.report.outcome {
            Outcome::Converged { .. } => {
                check_converged(&run, p.max_pause);
                converged += 1;
            }
            Outcome::Failed { .. } => {
                assert!(!run.target.is_consistent(), "seed {seed}: a failed sync never marks the target")
            }
        }
    }
    assert!(converged >= 1, "these workloads are meant to converge on the RTL");
}

#[test]
fn refresh_harvests_defer_blocks_dirtied_ahead_of_the_copy_so_each_is_sent_once() {
    // A long first pass (64 MiB at 32 MiB/s) over memory the CE writes all over: blocks it
    // dirties ahead of the copy are in the next list anyway.
    let w = Workload {
        write_rate: 20_000.0,
        hot_fraction: 0.5,
        hot_share: 0.5,
        distribution: Distribution::Uniform,
        burst: (8, 64),
        seed: 11,
        schedule: vec![],
    };
    let on = SyncParams { background_bandwidth: 32 << 20, ..params() };
    let off = SyncParams { refresh: false, ..on.clone() };
    let with = sync_on(block_model::core::CoreModel::default_params(), 64 << 20, w.clone(), &on, false);
    let without = sync_on(block_model::core::CoreModel::default_params(), 64 << 20, w, &off, false);
    check_converged(&with, on.max_pause);
    check_converged(&without, off.max_pause);
    assert!(
        with.report.total_bytes * 10 < without.report.total_bytes * 9,
        "deferring saves at least 10 %: {} bytes with refresh, {} without",
        with.report.total_bytes,
        without.report.total_bytes
    );
}

#[test]
fn refresh_windows_declare_a_hopeless_attempt_during_its_first_pass() {
    // Calm at the evaluation, then far more than a pause can copy: the windows of the first
    // pass see it and stop the copy there, long before the pass would end.
    let w = Workload {
        schedule: vec![(Duration::from_millis(100), 600_000.0)],
        hot_fraction: 0.5,
        hot_share: 0.5,
        distribution: Distribution::Uniform,
        write_rate: 1_000.0,
        ..calm()
    };
    let p = SyncParams { attempts: 1, background_bandwidth: 4 << 20, ..params() };
    let run = sync_on(block_model::core::CoreModel::default_params(), 64 << 20, w, &p, false);
    assert!(!run.report.converged() && !run.target.is_consistent());
    let reason = &run.report.abandoned[0];
    assert!(reason.starts_with("cannot converge: the CE dirties"), "{reason}");
    assert_eq!(run.report.passes.len(), 1, "declared in pass 1: {:#?} {:?}", run.report.passes, run.report.abandoned);
    let first = &run.report.passes[0];
    assert!(first.blocks < 64 * 1024 / 2, "stopped early: {} of 64 Ki blocks copied", first.blocks);
}
