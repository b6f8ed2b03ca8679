//! The Verilated `ftsync_core` through the one port driver: bus, background traffic, many
//! models at once, traces, teardown. One test binary, so the model is linked once.

use regbus::{CorePorts, PortDriver, RegisterBus, StreamSide};
use sim::{SimDriver, VerilatedCore};
use std::sync::{Arc, Barrier};
use std::thread;

fn reg(name: &str) -> u32 {
    regmap::offset(name)
}

/// `value` placed in field `field` of register `register`.
fn field(register: &str, field: &str, value: u32) -> u32 {
    let (_, f) = regmap::field(register, field).unwrap();
    assert!(value <= regmap::low_mask(f.width), "{register}.{field} = {value} does not fit");
    value << f.lsb
}

/// The value of a field's named enumerator, in place.
fn field_enum(register: &str, field_name: &str, value: &str) -> u32 {
    let (_, f) = regmap::field(register, field_name).unwrap();
    let v =
        f.values.iter().find(|v| v.name == value).unwrap_or_else(|| panic!("{register}.{field_name} has no {value}"));
    field(register, field_name, v.value)
}

#[test]
fn id_reads_ftsy() {
    let mut dev = sim::open();
    assert_eq!(dev.read32(reg("ID")).unwrap(), 0x4654_5359);
}

#[test]
fn scratch_keeps_what_is_written() {
    let mut dev = sim::open();
    let scratch = reg("SCRATCH");
    assert_eq!(dev.read32(scratch).unwrap(), 0, "SCRATCH resets to 0");
    for v in [0xDEAD_BEEF, 0, u32::MAX, 0x1234_5678, 0x8000_0001] {
        dev.write32(scratch, v).unwrap();
        assert_eq!(dev.read32(scratch).unwrap(), v);
    }
    // Byte lanes: only the selected byte changes.
    dev.write32(scratch, 0x1122_3344).unwrap();
    dev.write_lanes(scratch, 0xAABB_CCDD, 0b0100).unwrap();
    assert_eq!(dev.read32(scratch).unwrap(), 0x11BB_3344);
    // A read-only register ignores writes.
    dev.write32(reg("ID"), 0).unwrap();
    assert_eq!(dev.read32(reg("ID")).unwrap(), 0x4654_5359);
}

/// What one model reports after `k`-dependent work, for comparing models run in parallel with
/// one run alone.
#[derive(Debug, PartialEq, Eq)]
struct Report {
    id: u32,
    scratch: u32,
    writes: u32,
    dirty: u32,
    cycles: u64,
}

fn workload(dev: &mut SimDriver, k: u32) -> Report {
    dev.write32(reg("SCRATCH"), 0x5A00_0000 | k).unwrap();
    dev.write32(reg("TRACK_CTRL"), field("TRACK_CTRL", "EN", 1)).unwrap();
    let shift = dev.read32(reg("TRACK_SHIFT")).unwrap();
    let writes = 20 + 7 * k;
    for i in 0..writes {
        // One distinct block per write, plus a second write to every fourth block.
        dev.queue_snoop(u64::from(i) << shift, 8);
        if i % 4 == 0 {
            dev.queue_snoop((u64::from(i) << shift) + 64, 4);
        }
    }
    while dev.snoops_pending() > 0 {
        dev.tick();
    }
    dev.ticks(4);
    Report {
        id: dev.read32(reg("ID")).unwrap(),
        scratch: dev.read32(reg("SCRATCH")).unwrap(),
        writes: dev.read32(reg("TRACK_WRITES")).unwrap(),
        dirty: dev.read32(reg("TRACK_DIRTY_COUNT")).unwrap(),
        cycles: dev.cycles(),
    }
}

#[test]
fn snooped_writes_reach_the_tracker() {
    let mut dev = sim::open();
    let r = workload(&mut dev, 3);
    assert_eq!(r.dirty, 41);
    assert_eq!(r.writes, 41 + 11);
    assert_eq!(dev.snoops_taken(), 52);
}

#[test]
fn models_on_parallel_threads_are_independent() {
    const THREADS: u32 = 4;
    let barrier = Arc::new(Barrier::new(THREADS as usize));
    let handles: Vec<_> = (0..THREADS)
        .map(|k| {
            let barrier = Arc::clone(&barrier);
            thread::spawn(move || {
                let mut dev = sim::open();
                barrier.wait();
                workload(&mut dev, k)
            })
        })
        .collect();
    let parallel: Vec<Report> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    for (k, got) in (0..THREADS).zip(&parallel) {
        let alone = workload(&mut sim::open(), k);
        assert_eq!(got, &alone, "model {k} run beside others differs from a run alone");
        assert_eq!(got.scratch, 0x5A00_0000 | k);
        assert_eq!(got.id, 0x4654_5359);
    }
    // The workloads differ, so identical reports would mean shared state.
    assert!(parallel.windows(2).all(|w| w[0].writes != w[1].writes));
}

#[test]
fn a_model_moves_between_threads() {
    let mut dev = sim::open();
    dev.write32(reg("SCRATCH"), 0x0C0F_FEE0).unwrap();
    // Another model on this thread rebinds Verilator's thread context meanwhile.
    let mut other = sim::open();
    other.write32(reg("SCRATCH"), 7).unwrap();
    let mut dev = thread::spawn(move || {
        assert_eq!(dev.read32(reg("SCRATCH")).unwrap(), 0x0C0F_FEE0);
        dev.write32(reg("SCRATCH"), 0x0BAD_F00D).unwrap();
        dev
    })
    .join()
    .unwrap();
    assert_eq!(dev.read32(reg("SCRATCH")).unwrap(), 0x0BAD_F00D);
    assert_eq!(other.read32(reg("SCRATCH")).unwrap(), 7);
}

#[test]
fn equal_streams_are_forwarded_once() {
    let mut dev = sim::open();
    let mode = field_enum("CMP_CTRL", "MODE", "DUPLEX");
    dev.write32(reg("CMP_CTRL"), field("CMP_CTRL", "EN", 1) | mode).unwrap();
    let words: Vec<u64> = (0..10).map(|i| 0x0123_4567_89AB_CDEF ^ (i << 40) ^ i).collect();
    for (i, &w) in words.iter().enumerate() {
        let last = i == words.len() - 1;
        dev.queue_word(StreamSide::A, w, last);
        dev.queue_word(StreamSide::B, w, last);
    }
    let mut received = Vec::new();
    for _ in 0..200 {
        dev.tick();
        received.extend(dev.take_received());
        if received.len() == words.len() {
            break;
        }
    }
    let expected: Vec<(u64, bool)> = words.iter().enumerate().map(|(i, &w)| (w, i == words.len() - 1)).collect();
    assert_eq!(received, expected);
    assert_eq!(dev.read32(reg("CMP_WORDS_LO")).unwrap(), 10);
    assert_eq!(dev.read32(reg("CMP_FRAMES")).unwrap(), 1);
    assert_eq!(dev.read32(reg("CMP_STATUS")).unwrap() & field("CMP_STATUS", "MISMATCH", 1), 0);
}

#[test]
fn bulk_idle_matches_single_ticks() {
    let setup = |dev: &mut SimDriver| {
        dev.write32(reg("EPOCH_LOAD"), 1_000_000).unwrap();
        let ctrl = field("EPOCH_CTRL", "EN", 1) | field_enum("EPOCH_CTRL", "SRC", "CYCLES");
        dev.write32(reg("EPOCH_CTRL"), ctrl).unwrap();
    };
    let (mut bulk, mut single) = (sim::open(), sim::open());
    setup(&mut bulk);
    setup(&mut single);
    bulk.idle(5_000);
    single.ticks(5_000);
    assert_eq!(bulk.cycles(), single.cycles());
    assert_eq!(bulk.outputs(), single.outputs());
    let count = bulk.read32(reg("EPOCH_COUNT")).unwrap();
    assert_eq!(count, single.read32(reg("EPOCH_COUNT")).unwrap());
    assert!(count < 1_000_000 - 5_000, "EPOCH_COUNT {count} did not count the idle cycles");
}

#[test]
fn vcd_trace_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("core.vcd");
    let core = VerilatedCore::with_trace(&path).unwrap();
    assert_eq!(core.trace_path(), Some(path.as_path()));
    let mut dev = PortDriver::new(core);
    dev.reset();
    assert_eq!(dev.read32(reg("ID")).unwrap(), 0x4654_5359);
    let cycles = dev.cycles();
    drop(dev);
    let vcd = std::fs::read_to_string(&path).unwrap();
    assert!(vcd.contains("$enddefinitions"), "no VCD header");
    for signal in [" clk ", " wb_dat_r ", " wb_ack "] {
        assert!(vcd.contains(signal), "{signal} not traced");
    }
    // Inputs at 10 n, rising edge at 10 n + 5, for every cycle run.
    assert!(vcd.contains(&format!("\n#{}\n", 10 * (cycles - 1) + 5)), "last edge missing");
}

#[test]
fn trace_can_start_late_and_be_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("first.vcd"), dir.path().join("second.vcd"));
    let mut dev = sim::open();
    dev.ports_mut().trace_to(&first).unwrap();
    dev.write32(reg("SCRATCH"), 1).unwrap();
    dev.ports_mut().trace_to(&second).unwrap();
    dev.write32(reg("SCRATCH"), 2).unwrap();
    dev.ports_mut().stop_trace();
    assert_eq!(dev.ports().trace_path(), None);
    dev.write32(reg("SCRATCH"), 3).unwrap();
    let first_len = std::fs::metadata(&first).unwrap().len();
    let second_len = std::fs::metadata(&second).unwrap().len();
    assert!(first_len > 0 && second_len > 0, "trace files empty: {first_len}, {second_len}");
    let bad = dir.path().join("no/such/dir/x.vcd");
    assert!(dev.ports_mut().trace_to(&bad).is_err());
    assert_eq!(dev.read32(reg("SCRATCH")).unwrap(), 3);
}

#[test]
fn models_drop_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    // Dropped mid-traffic, with a trace open, on another thread, and in bulk; then a new
    // model still works.
    for i in 0..16u32 {
        let mut dev = if i % 4 == 0 {
            PortDriver::new(VerilatedCore::with_trace(dir.path().join(format!("{i}.vcd"))).unwrap())
        } else {
            PortDriver::new(VerilatedCore::new())
        };
        dev.reset();
        dev.queue_snoop(0, 4096);
        dev.queue_word(StreamSide::A, 1, false);
        dev.ticks(u64::from(i));
        if i % 3 == 0 {
            thread::spawn(move || drop(dev)).join().unwrap();
        }
    }
    let never_run = VerilatedCore::new();
    assert_eq!(never_run.cycles(), 0);
    drop(never_run);
    for i in (0..16u32).step_by(4) {
        let len = std::fs::metadata(dir.path().join(format!("{i}.vcd"))).unwrap().len();
        assert!(len > 0, "trace {i} empty after drop");
    }
    assert_eq!(sim::open().read32(reg("ID")).unwrap(), 0x4654_5359);
}
