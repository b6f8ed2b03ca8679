//! Typed access to `ftsync_core` over any [`RegisterBus`], driven by `regmap`: registers and
//! fields are named, never located by hand, and every value is range-checked before it is
//! written.

use crate::Error;
use regbus::RegisterBus;
use regmap::{Access, Field, RegInfo};
use std::ops::Range;
use std::time::{Duration, Instant};

/// Geometry the device reports in CAPS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Caps {
    /// Bits per write-tracker bank (= blocks it can track).
    pub track_capacity: u32,
    pub stream_width: u32,
    pub fifo_depth: u32,
}

/// How long to wait for the hardware.
#[derive(Clone, Copy, Debug)]
pub enum Timeout {
    /// At most this many status reads (simulated transports: deterministic).
    Polls(u32),
    /// At most this much wall time (real transports).
    Wall(Duration),
}

/// Write-tracker geometry: blocks of `1 << shift` bytes from `base`, `limit` of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrackerConfig {
    pub base: u64,
    pub shift: u32,
    pub limit: u32,
}

impl TrackerConfig {
    pub fn block_bytes(&self) -> u64 {
        1 << self.shift
    }
    /// Bytes of memory block `block` covers.
    pub fn block_range(&self, block: u64) -> Range<u64> {
        let start = self.base + (block << self.shift);
        start..start + self.block_bytes()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TrackCounts {
    pub dirty: u32,
    pub snap: u32,
    pub writes: u32,
    pub out_of_range: u32,
    pub stall_cycles: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EpochSource {
    Retire,
    Writes,
    Cycles,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EpochConfig {
    pub load: u32,
    pub auto_reload: bool,
    pub hold_at_end: bool,
    pub source: EpochSource,
    pub drain_ends: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EpochStatus {
    pub held: bool,
    pub expired: bool,
    pub count: u32,
    pub number: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareMode {
    Duplex,
    AOnly,
    BOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompareConfig {
    pub mode: CompareMode,
    pub halt_on_mismatch: bool,
    /// Cycles one side may wait for the other; 0 disables.
    pub skew_timeout: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompareStatus {
    pub mismatch: bool,
    pub timeout: bool,
    pub halted: bool,
    pub a_fill: u32,
    pub b_fill: u32,
    pub words: u64,
    pub frames: u32,
    pub max_skew: u32,
}

/// The first differing word pair since CLEAR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mismatch {
    pub index: u64,
    pub a_low: u32,
    pub b_low: u32,
    pub epoch: u32,
}

/// Interrupt sources, as named in INTR_STATE.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Irq {
    EpochEnd,
    CmpMismatch,
    CmpTimeout,
    TrackSnapDone,
}

impl Irq {
    pub const ALL: [Irq; 4] = [Irq::EpochEnd, Irq::CmpMismatch, Irq::CmpTimeout, Irq::TrackSnapDone];
    pub fn field(self) -> &'static str {
        match self {
            Irq::EpochEnd => "EPOCH_END",
            Irq::CmpMismatch => "CMP_MISMATCH",
            Irq::CmpTimeout => "CMP_TIMEOUT",
            Irq::TrackSnapDone => "TRACK_SNAP_DONE",
        }
    }
}

/// An opened `ftsync_core`.
pub struct Device<B: RegisterBus> {
    bus: B,
    caps: Caps,
    version: (u32, u32, u32),
}

fn reg(name: &str) -> Result<&'static RegInfo, Error> {
    regmap::register(name).map_err(Error::Lookup)
}

fn field(register: &str, name: &str) -> Result<&'static Field, Error> {
    regmap::field(register, name).map(|(_, f)| f).map_err(Error::Lookup)
}

impl<B: RegisterBus> Device<B> {
    /// Check the identity (ID, VERSION major) and read the geometry (CAPS).
    pub fn open(bus: B) -> Result<Self, Error> {
        let mut dev =
            Device { bus, caps: Caps { track_capacity: 0, stream_width: 0, fifo_depth: 0 }, version: (0, 0, 0) };
        let id = dev.read("ID")?;
        if id != regmap::ID_VALUE {
            return Err(Error::WrongId { found: id, expected: regmap::ID_VALUE });
        }
        let v = dev.read("VERSION")?;
        dev.version =
            (field("VERSION", "MAJOR")?.get(v), field("VERSION", "MINOR")?.get(v), field("VERSION", "PATCH")?.get(v));
        if dev.version.0 != regmap::MAP_VERSION.0 {
            return Err(Error::UnsupportedVersion { found: dev.version, supported: regmap::MAP_VERSION });
        }
        let c = dev.read("CAPS")?;
        dev.caps = Caps {
            track_capacity: 1 << field("CAPS", "TRACK_CAPACITY_LOG2")?.get(c),
            stream_width: field("CAPS", "STREAM_WIDTH")?.get(c),
            fifo_depth: 1 << field("CAPS", "FIFO_DEPTH_LOG2")?.get(c),
        };
        Ok(dev)
    }

    pub fn caps(&self) -> Caps {
        self.caps
    }
    pub fn version(&self) -> (u32, u32, u32) {
        self.version
    }
    pub fn bus(&mut self) -> &mut B {
        &mut self.bus
    }
    pub fn bus_ref(&self) -> &B {
        &self.bus
    }
    pub fn into_bus(self) -> B {
        self.bus
    }

    // ---- Registers and fields by name.

    pub fn read(&mut self, name: &str) -> Result<u32, Error> {
        let r = reg(name)?;
        self.bus.read32(r.offset).map_err(|source| Error::Bus { operation: format!("reading {name}"), source })
    }

    pub fn write(&mut self, name: &str, value: u32) -> Result<(), Error> {
        let r = reg(name)?;
        if r.is_window() || r.reg.fields.iter().all(|f| f.access == Access::Ro) {
            return Err(Error::NotWritable { register: r.reg.name });
        }
        self.bus.write32(r.offset, value).map_err(|source| Error::Bus { operation: format!("writing {name}"), source })
    }

    pub fn read_field(&mut self, register: &str, name: &str) -> Result<u32, Error> {
        let f = field(register, name)?;
        Ok(f.get(self.read(register)?))
    }

    /// Compose a register value from named fields, checking each fits.
    pub fn compose(register: &str, fields: &[(&str, u32)]) -> Result<u32, Error> {
        let mut value = 0;
        for (name, v) in fields {
            let f = field(register, name)?;
            if *v > regmap::low_mask(f.width) {
                return Err(Error::FieldValueOutOfRange {
                    register: reg(register)?.reg.name,
                    field: f.name,
                    value: *v,
                    width: f.width,
                });
            }
            value |= v << f.lsb;
        }
        Ok(value)
    }

    /// Change some fields of a register and keep the rest (RW fields only are read back;
    /// command bits always write 0 unless named).
    pub fn update_fields(&mut self, register: &str, fields: &[(&str, u32)]) -> Result<(), Error> {
        let r = reg(register)?;
        let keep = r.reg.fields.iter().filter(|f| f.access == Access::Rw).fold(0, |m, f| m | f.mask());
        let mut value = self.read(register)? & keep;
        for (name, _) in fields {
            let f = field(register, name)?;
            value &= !f.mask();
        }
        value |= Self::compose(register, fields)?;
        self.write(register, value)
    }

    /// A 64-bit counter split LO/HI, read consistently (HI, LO, HI; again if HI moved).
    pub fn read64(&mut self, lo: &str, hi: &str) -> Result<u64, Error> {
        loop {
            let h1 = self.read(hi)?;
            let l = self.read(lo)?;
            let h2 = self.read(hi)?;
            if h1 == h2 {
                return Ok((u64::from(h1) << 32) | u64::from(l));
            }
        }
    }

    fn wait(&mut self, register: &str, name: &str, want: u32, timeout: Timeout) -> Result<(), Error> {
        let start = Instant::now();
        let mut polls = 0u32;
        loop {
            if self.read_field(register, name)? == want {
                return Ok(());
            }
            polls += 1;
            let expired = match timeout {
                Timeout::Polls(n) => polls >= n,
                Timeout::Wall(d) => start.elapsed() >= d,
            };
            if expired {
                return Err(Error::WaitTimeout {
                    register: reg(register)?.reg.name,
                    field: field(register, name)?.name,
                    want,
                    timeout,
                });
            }
        }
    }

    // ---- write_tracker.

    /// Program base, resolution and limit (tracking state is untouched).
    pub fn track_configure(&mut self, cfg: TrackerConfig) -> Result<(), Error> {
        let legal = field("TRACK_SHIFT", "VALUE")?.legal.unwrap_or((0, 31));
        if cfg.shift < legal.0 || cfg.shift > legal.1 {
            return Err(Error::TrackShiftOutOfRange { shift: cfg.shift, min: legal.0, max: legal.1 });
        }
        if cfg.base >= 1 << 48 {
            return Err(Error::TrackBaseOutOfRange { base: cfg.base });
        }
        if cfg.limit == 0 || cfg.limit > self.caps.track_capacity {
            return Err(Error::TrackLimitOutOfRange { limit: cfg.limit, capacity: self.caps.track_capacity });
        }
        self.write("TRACK_BASE_LO", cfg.base as u32)?;
        self.write("TRACK_BASE_HI", (cfg.base >> 32) as u32)?;
        self.write("TRACK_SHIFT", cfg.shift)?;
        self.write("TRACK_LIMIT", cfg.limit)
    }

    pub fn track_config(&mut self) -> Result<TrackerConfig, Error> {
        Ok(TrackerConfig {
            base: u64::from(self.read("TRACK_BASE_LO")?) | (u64::from(self.read("TRACK_BASE_HI")?) << 32),
            shift: self.read("TRACK_SHIFT")?,
            limit: self.read("TRACK_LIMIT")?.min(self.caps.track_capacity),
        })
    }

    pub fn track_enable(&mut self, on: bool) -> Result<(), Error> {
        self.write("TRACK_CTRL", Self::compose("TRACK_CTRL", &[("EN", u32::from(on))])?)
    }

    fn track_command(&mut self, command: &str) -> Result<(), Error> {
        let en = self.read_field("TRACK_CTRL", "EN")?;
        self.write("TRACK_CTRL", Self::compose("TRACK_CTRL", &[("EN", en), (command, 1)])?)
    }

    /// Swap banks; refused (with the flag cleared again) unless the frozen bank was clear.
    pub fn track_snapshot(&mut self) -> Result<(), Error> {
        self.track_command("SNAPSHOT")?;
        if self.read_field("TRACK_STATUS", "SNAP_REFUSED")? == 1 {
            self.write("TRACK_STATUS", Self::compose("TRACK_STATUS", &[("SNAP_REFUSED", 1)])?)?;
            return Err(Error::SnapshotRefused);
        }
        Ok(())
    }

    /// Zero the frozen bank (in the background; see [`Self::track_wait_idle`]).
    pub fn track_clear(&mut self) -> Result<(), Error> {
        self.track_command("CLEAR")
    }

    pub fn track_wait_idle(&mut self, timeout: Timeout) -> Result<(), Error> {
        self.wait("TRACK_STATUS", "BUSY", 0, timeout)
    }

    pub fn track_counts(&mut self) -> Result<TrackCounts, Error> {
        Ok(TrackCounts {
            dirty: self.read("TRACK_DIRTY_COUNT")?,
            snap: self.read("TRACK_SNAP_COUNT")?,
            writes: self.read("TRACK_WRITES")?,
            out_of_range: self.read("TRACK_OUT_OF_RANGE")?,
            stall_cycles: self.read("TRACK_STALL_CYCLES")?,
        })
    }

    /// Blocks set in the frozen bank, ascending: the summary first, then only non-zero words.
    /// Only the summary words that cover `TRACK_LIMIT` are read (no bit above it is ever
    /// set): over a UART every access counts.
    pub fn track_harvest(&mut self) -> Result<Vec<u64>, Error> {
        let summary = reg("TRACK_SUMMARY")?;
        let bitmap = reg("TRACK_BITMAP")?;
        let limit = self.read("TRACK_LIMIT")?.min(self.caps.track_capacity);
        let words = limit.div_ceil(32);
        let mut sums = vec![0u32; words.div_ceil(32) as usize];
        self.bus
            .read_block(summary.offset, &mut sums)
            .map_err(|source| Error::Bus { operation: "reading TRACK_SUMMARY".into(), source })?;
        let mut blocks = Vec::new();
        for (j, s) in sums.iter().enumerate() {
            let mut s = *s;
            while s != 0 {
                let word = j as u32 * 32 + s.trailing_zeros();
                s &= s - 1;
                let v = self
                    .bus
                    .read32(bitmap.offset + 4 * word)
                    .map_err(|source| Error::Bus { operation: format!("reading TRACK_BITMAP word {word}"), source })?;
                let mut v = v;
                while v != 0 {
                    blocks.push(u64::from(word) * 32 + u64::from(v.trailing_zeros()));
                    v &= v - 1;
                }
            }
        }
        Ok(blocks)
    }

    /// The harvest as runs of consecutive blocks.
    pub fn track_harvest_ranges(&mut self) -> Result<Vec<Range<u64>>, Error> {
        Ok(ranges(&self.track_harvest()?))
    }

    // ---- epoch_counter.

    pub fn epoch_configure(&mut self, cfg: EpochConfig) -> Result<(), Error> {
        let src = match cfg.source {
            EpochSource::Retire => "RETIRE",
            EpochSource::Writes => "WRITES",
            EpochSource::Cycles => "CYCLES",
        };
        let src =
            field("EPOCH_CTRL", "SRC")?.values.iter().find(|v| v.name == src).map(|v| v.value).ok_or(Error::Lookup(
                regmap::LookupError::UnknownField { register: "EPOCH_CTRL", field: src.into() },
            ))?;
        let en = self.read_field("EPOCH_CTRL", "EN")?;
        self.write(
            "EPOCH_CTRL",
            Self::compose(
                "EPOCH_CTRL",
                &[
                    ("EN", en),
                    ("AUTO_RELOAD", u32::from(cfg.auto_reload)),
                    ("HOLD_AT_END", u32::from(cfg.hold_at_end)),
                    ("SRC", src),
                    ("DRAIN_ENDS", u32::from(cfg.drain_ends)),
                ],
            )?,
        )?;
        self.write("EPOCH_LOAD", cfg.load)
    }

    /// EN 0 -> 1 starts an epoch from EPOCH_LOAD.
    pub fn epoch_enable(&mut self, on: bool) -> Result<(), Error> {
        self.update_fields("EPOCH_CTRL", &[("EN", u32::from(on))])
    }

    pub fn epoch_resume(&mut self) -> Result<(), Error> {
        self.write("EPOCH_RESUME", Self::compose("EPOCH_RESUME", &[("RESUME", 1)])?)
    }

    pub fn epoch_status(&mut self) -> Result<EpochStatus, Error> {
        let s = self.read("EPOCH_STATUS")?;
        Ok(EpochStatus {
            held: field("EPOCH_STATUS", "HELD")?.get(s) == 1,
            expired: field("EPOCH_STATUS", "EXPIRED")?.get(s) == 1,
            count: self.read("EPOCH_COUNT")?,
            number: self.read64("EPOCH_NUMBER_LO", "EPOCH_NUMBER_HI")?,
        })
    }

    // ---- link_comparator.

    pub fn compare_configure(&mut self, cfg: CompareConfig) -> Result<(), Error> {
        let mode = match cfg.mode {
            CompareMode::Duplex => "DUPLEX",
            CompareMode::AOnly => "A_ONLY",
            CompareMode::BOnly => "B_ONLY",
        };
        let mode = field("CMP_CTRL", "MODE")?.values.iter().find(|v| v.name == mode).map_or(0, |v| v.value);
        self.write("CMP_SKEW_TIMEOUT", cfg.skew_timeout)?;
        self.update_fields("CMP_CTRL", &[("MODE", mode), ("HALT_ON_MISMATCH", u32::from(cfg.halt_on_mismatch))])
    }

    pub fn compare_enable(&mut self, on: bool) -> Result<(), Error> {
        self.update_fields("CMP_CTRL", &[("EN", u32::from(on))])
    }

    /// Clear status, captures, counters and both skew FIFOs.
    pub fn compare_clear(&mut self) -> Result<(), Error> {
        self.update_fields("CMP_CTRL", &[("CLEAR", 1)])
    }

    pub fn compare_status(&mut self) -> Result<CompareStatus, Error> {
        let s = self.read("CMP_STATUS")?;
        Ok(CompareStatus {
            mismatch: field("CMP_STATUS", "MISMATCH")?.get(s) == 1,
            timeout: field("CMP_STATUS", "TIMEOUT")?.get(s) == 1,
            halted: field("CMP_STATUS", "HALTED")?.get(s) == 1,
            a_fill: field("CMP_STATUS", "A_FILL")?.get(s),
            b_fill: field("CMP_STATUS", "B_FILL")?.get(s),
            words: self.read64("CMP_WORDS_LO", "CMP_WORDS_HI")?,
            frames: self.read("CMP_FRAMES")?,
            max_skew: self.read("CMP_MAX_SKEW")?,
        })
    }

    pub fn compare_mismatch(&mut self) -> Result<Option<Mismatch>, Error> {
        if self.read_field("CMP_STATUS", "MISMATCH")? == 0 {
            return Ok(None);
        }
        Ok(Some(Mismatch {
            index: self.read64("CMP_MISMATCH_INDEX_LO", "CMP_MISMATCH_INDEX_HI")?,
            a_low: self.read("CMP_MISMATCH_A")?,
            b_low: self.read("CMP_MISMATCH_B")?,
            epoch: self.read("CMP_MISMATCH_EPOCH")?,
        }))
    }

    // ---- Interrupts.

    fn irq_mask(register: &str, irqs: &[Irq]) -> Result<u32, Error> {
        irqs.iter().try_fold(0, |m, i| Ok(m | field(register, i.field())?.mask()))
    }

    fn irq_set(register: &str, value: u32) -> Result<Vec<Irq>, Error> {
        let mut out = Vec::new();
        for i in Irq::ALL {
            if value & field(register, i.field())?.mask() != 0 {
                out.push(i);
            }
        }
        Ok(out)
    }

    pub fn irq_enable(&mut self, irqs: &[Irq]) -> Result<(), Error> {
        self.write("INTR_ENABLE", Self::irq_mask("INTR_ENABLE", irqs)?)
    }

    pub fn irq_pending(&mut self) -> Result<Vec<Irq>, Error> {
        let v = self.read("INTR_STATE")?;
        Self::irq_set("INTR_STATE", v)
    }

    pub fn irq_acknowledge(&mut self, irqs: &[Irq]) -> Result<(), Error> {
        self.write("INTR_STATE", Self::irq_mask("INTR_STATE", irqs)?)
    }

    pub fn irq_test(&mut self, irqs: &[Irq]) -> Result<(), Error> {
        self.write("INTR_TEST", Self::irq_mask("INTR_TEST", irqs)?)
    }
}

/// Sorted block numbers as runs of consecutive blocks.
pub fn ranges(blocks: &[u64]) -> Vec<Range<u64>> {
    let mut out: Vec<Range<u64>> = Vec::new();
    for &b in blocks {
        match out.last_mut() {
            Some(r) if r.end == b => r.end = b + 1,
            _ => out.push(b..b + 1),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_blocks() {
        assert_eq!(ranges(&[1, 2, 3, 7, 9, 10]), vec![1..4, 7..8, 9..11]);
        assert!(ranges(&[]).is_empty());
    }

    #[test]
    fn compose_checks_widths_and_names() {
        type D = Device<Box<dyn RegisterBus>>;
        assert_eq!(D::compose("EPOCH_CTRL", &[("SRC", 2), ("EN", 1)]).unwrap(), (2 << 3) | 1);
        assert!(matches!(D::compose("EPOCH_CTRL", &[("SRC", 4)]), Err(Error::FieldValueOutOfRange { .. })));
        assert!(matches!(D::compose("EPOCH_CTRL", &[("SPEED", 1)]), Err(Error::Lookup(_))));
    }

    #[test]
    fn block_ranges_follow_base_and_shift() {
        let cfg = TrackerConfig { base: 0x1000_0000, shift: 12, limit: 10 };
        assert_eq!(cfg.block_range(3), 0x1000_3000..0x1000_4000);
    }
}
