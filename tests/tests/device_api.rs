//! The typed device API of the host driver, end to end on every simulated `ftsync_core`: the
//! rust-hdl RTL (small: 2048-bit bitmap, 8-word FIFOs), the Verilated RTL and the model (both
//! default: 16384 bits, 32 words). Each test is written once, generic over the pins.

use ftsync::device::{CompareConfig, CompareMode, Device, EpochConfig, EpochSource, Irq, Timeout, TrackerConfig};
use ftsync::Error;
use regbus::{CorePorts, PortDriver, RegisterBus, StreamSide};

type Dev<P> = Device<PortDriver<P>>;

fn open<P: CorePorts>(ports: P) -> Dev<P> {
    let mut d = PortDriver::new(ports);
    d.reset();
    Device::open(d).expect("open")
}

/// A bus whose every read returns the same word: not an ftsync_core.
struct Stuck(u32);
impl RegisterBus for Stuck {
    fn read32(&mut self, _: u32) -> Result<u32, regbus::BusError> {
        Ok(self.0)
    }
    fn write32(&mut self, _: u32, _: u32) -> Result<(), regbus::BusError> {
        Ok(())
    }
}

#[test]
fn wrong_identity_is_a_clear_error() {
    let e = Device::open(Stuck(0xFFFF_FFFF)).err().expect("must refuse");
    assert!(matches!(e, Error::WrongId { found: 0xFFFF_FFFF, .. }));
    let msg = e.to_string();
    assert!(msg.contains("0xffffffff") && msg.contains("FTSY"), "{msg}");
}

macro_rules! on_every_core {
    ($($name:ident),* $(,)?) => {
        mod rtl {
            $(#[test] fn $name() { super::$name(super::open(hdl_gen::bench::RtlPorts::<11, 6, 1, 3, 4>::new())); })*
        }
        mod sim {
            $(#[test] fn $name() { super::$name(super::open(::sim::VerilatedCore::new())); })*
        }
        mod model {
            $(#[test] fn $name() { super::$name(super::open(block_model::core::CoreModel::default_params())); })*
        }
    };
}

on_every_core!(
    open_reads_identity_and_geometry,
    tracker_configuration_is_range_checked,
    tracker_snapshot_and_harvest,
    waiting_gives_up_with_a_clear_error,
    epoch_hold_resume_and_consistent_number,
    comparator_status_and_mismatch,
    interrupt_test_and_acknowledge,
);

fn open_reads_identity_and_geometry<P: CorePorts>(dev: Dev<P>) {
    let c = dev.caps();
    assert!(c.track_capacity == 2048 || c.track_capacity == 16384, "{c:?}");
    assert_eq!(c.stream_width, 64);
    assert!(c.fifo_depth == 8 || c.fifo_depth == 32, "{c:?}");
    assert_eq!(dev.version(), regmap::MAP_VERSION);
}

fn tracker_configuration_is_range_checked<P: CorePorts>(mut dev: Dev<P>) {
    let cap = dev.caps().track_capacity;
    let ok = TrackerConfig { base: 0x1_0000_0000, shift: 12, limit: cap };
    dev.track_configure(ok).unwrap();
    assert_eq!(dev.track_config().unwrap(), ok);
    for bad in [
        TrackerConfig { shift: 9, ..ok },
        TrackerConfig { shift: 31, ..ok },
        TrackerConfig { limit: 0, ..ok },
        TrackerConfig { limit: cap + 1, ..ok },
        TrackerConfig { base: 1 << 48, ..ok },
    ] {
        let e = dev.track_configure(bad).unwrap_err();
        assert!(
            matches!(
                e,
                Error::TrackShiftOutOfRange { .. }
                    | Error::TrackLimitOutOfRange { .. }
                    | Error::TrackBaseOutOfRange { .. }
            ),
            "{bad:?}: {e}"
        );
    }
    assert_eq!(dev.track_config().unwrap(), ok, "a refused configuration writes nothing");
    assert!(matches!(dev.write("ID", 1), Err(Error::NotWritable { register: "ID" })));
    assert!(matches!(dev.read("TRACK_CTL"), Err(Error::Lookup(_))));
}

fn tracker_snapshot_and_harvest<P: CorePorts>(mut dev: Dev<P>) {
    let cfg = TrackerConfig { base: 0x4000_0000, shift: 12, limit: 2048 };
    dev.track_configure(cfg).unwrap();
    dev.track_enable(true).unwrap();
    dev.irq_enable(&[Irq::TrackSnapDone]).unwrap();
    let blocks = [3u64, 4, 5, 31, 32, 600, 2047];
    for b in blocks {
        dev.bus().snoop(cfg.block_range(b).start + 8, 8);
    }
    dev.bus().snoop(cfg.block_range(2047).end, 1); // out of range
    dev.track_snapshot().unwrap();
    dev.track_wait_idle(Timeout::Polls(100)).unwrap();
    assert_eq!(dev.irq_pending().unwrap(), vec![Irq::TrackSnapDone]);
    dev.irq_acknowledge(&[Irq::TrackSnapDone]).unwrap();
    assert!(dev.irq_pending().unwrap().is_empty());
    assert_eq!(dev.track_harvest().unwrap(), blocks.to_vec());
    assert_eq!(dev.track_harvest_ranges().unwrap(), vec![3..6, 31..33, 600..601, 2047..2048]);
    let c = dev.track_counts().unwrap();
    assert_eq!((c.snap, c.dirty, c.writes, c.out_of_range), (7, 0, 8, 1));
    // Snapshotting again before CLEAR is refused, and the flag is cleared for the next try.
    dev.bus().snoop(cfg.block_range(9).start, 1);
    assert!(matches!(dev.track_snapshot(), Err(Error::SnapshotRefused)));
    assert_eq!(dev.read_field("TRACK_STATUS", "SNAP_REFUSED").unwrap(), 0);
    dev.track_clear().unwrap();
    dev.track_wait_idle(Timeout::Polls(1000)).unwrap();
    dev.track_snapshot().unwrap();
    dev.track_wait_idle(Timeout::Polls(100)).unwrap();
    assert_eq!(dev.track_harvest().unwrap(), vec![9]);
}

fn waiting_gives_up_with_a_clear_error<P: CorePorts>(mut dev: Dev<P>) {
    dev.track_enable(true).unwrap();
    dev.bus().snoop(0, 1);
    dev.track_snapshot().unwrap();
    dev.track_clear().unwrap();
    // A clear of 64 (or 512) words cannot finish within 2 status reads.
    let e = dev.track_wait_idle(Timeout::Polls(2)).unwrap_err();
    assert!(e.to_string().contains("TRACK_STATUS.BUSY"), "{e}");
    dev.track_wait_idle(Timeout::Polls(1000)).unwrap();
}

fn epoch_hold_resume_and_consistent_number<P: CorePorts>(mut dev: Dev<P>) {
    dev.epoch_configure(EpochConfig {
        load: 50,
        auto_reload: true,
        hold_at_end: true,
        source: EpochSource::Retire,
        drain_ends: false,
    })
    .unwrap();
    dev.epoch_enable(true).unwrap();
    dev.bus().ce_running = true;
    for epoch in 1..=3u64 {
        let mut polls = 0;
        while !dev.epoch_status().unwrap().held {
            polls += 1;
            assert!(polls < 100, "epoch {epoch} never ended");
        }
        assert_eq!(dev.bus().retired(), 50 * epoch, "held after exactly 50 instructions per epoch");
        let s = dev.epoch_status().unwrap();
        assert_eq!((s.number, s.count), (epoch, 50));
        dev.epoch_resume().unwrap();
    }
}

fn comparator_status_and_mismatch<P: CorePorts>(mut dev: Dev<P>) {
    dev.compare_configure(CompareConfig { mode: CompareMode::Duplex, halt_on_mismatch: true, skew_timeout: 0 })
        .unwrap();
    dev.compare_enable(true).unwrap();
    for i in 0..10u64 {
        dev.bus().queue_word(StreamSide::A, i, i % 5 == 4);
        dev.bus().queue_word(StreamSide::B, if i == 7 { i | 1 << 33 } else { i }, i % 5 == 4);
    }
    dev.bus().ticks(30);
    let s = dev.compare_status().unwrap();
    assert!(s.mismatch && s.halted);
    assert_eq!((s.words, s.frames), (7, 1));
    let m = dev.compare_mismatch().unwrap().expect("captured");
    assert_eq!((m.index, m.a_low, m.b_low), (7, 7, 7), "only bit 33 differs: the low words agree");
    dev.compare_clear().unwrap();
    assert_eq!(dev.compare_mismatch().unwrap(), None);
    assert_eq!(dev.compare_status().unwrap().words, 0);
}

fn interrupt_test_and_acknowledge<P: CorePorts>(mut dev: Dev<P>) {
    dev.irq_test(&Irq::ALL).unwrap();
    assert_eq!(dev.irq_pending().unwrap(), Irq::ALL.to_vec());
    dev.irq_enable(&[Irq::EpochEnd]).unwrap();
    assert!(dev.bus().outputs().irq);
    dev.irq_acknowledge(&Irq::ALL).unwrap();
    assert!(!dev.bus().outputs().irq);
}

/// Counts the reads that reach the bus.
struct Counting<B> {
    bus: B,
    reads: u32,
}
impl<B: RegisterBus> RegisterBus for Counting<B> {
    fn read32(&mut self, addr: u32) -> Result<u32, regbus::BusError> {
        self.reads += 1;
        self.bus.read32(addr)
    }
    fn write32(&mut self, addr: u32, value: u32) -> Result<(), regbus::BusError> {
        self.bus.write32(addr, value)
    }
}

#[test]
fn a_harvest_reads_only_the_summary_words_that_cover_the_limit() {
    let mut d = PortDriver::new(block_model::core::CoreModel::default_params());
    d.reset();
    let mut dev = Device::open(Counting { bus: d, reads: 0 }).expect("open");
    // 1024 blocks = 32 bitmap words = one summary word, of the 16 the capacity needs.
    dev.track_configure(TrackerConfig { base: 0, shift: 10, limit: 1024 }).unwrap();
    dev.track_enable(true).unwrap();
    for block in [3u64, 700, 1023, 1024 + 5] {
        dev.bus().bus.snoop(block << 10, 1);
    }
    dev.track_snapshot().unwrap();
    dev.track_wait_idle(Timeout::Polls(1000)).unwrap();
    dev.bus().reads = 0;
    assert_eq!(dev.track_harvest().unwrap(), vec![3, 700, 1023], "block 1029 is out of range");
    // TRACK_LIMIT, one summary word, three non-zero bitmap words.
    assert_eq!(dev.bus().reads, 1 + 1 + 3);
}
