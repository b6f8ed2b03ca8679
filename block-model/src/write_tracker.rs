//! Reference model of `write_tracker`, at the level of accepted writes and commands.
//!
//! It keeps bits, not memory, so it scales to any tracked size. Timing (the RTL's four-stage
//! pipeline, the one-cycle drain after a snapshot, the background clear) is not modelled: a
//! caller applies a write once the RTL accepted it and compares after the RTL is idle.

/// Result of marking one snooped write.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marked {
    /// First and last block marked (inclusive), if any byte was in range.
    pub blocks: Option<(u64, u64)>,
    /// Some byte of the write fell outside [base, base + limit << shift).
    pub out_of_range: bool,
}

/// Why a snapshot was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnapshotRefused {
    /// The frozen bank still holds bits: software must CLEAR it first.
    FrozenNotClear,
}

#[derive(Clone, Debug)]
pub struct WriteTrackerModel {
    capacity_log2: u32,
    banks: [Vec<u32>; 2],
    live: usize,
    pub en: bool,
    pub base: u64,
    shift: u32,
    pub limit: u32,
    dirty: u32,
    snap: u32,
    pub writes: u32,
    pub out_of_range: u32,
    pub stall_cycles: u32,
}

/// Bytes a write of `len` covers: the RTL treats a zero length as one byte.
fn effective_len(len: u16) -> u64 {
    u64::from(len.max(1))
}

impl WriteTrackerModel {
    /// Reset state of a tracker with `2^capacity_log2` bits per bank.
    pub fn new(capacity_log2: u32) -> Self {
        let words = 1usize << (capacity_log2 - 5);
        Self {
            capacity_log2,
            banks: [vec![0; words], vec![0; words]],
            live: 0,
            en: false,
            base: 0,
            shift: 12,
            limit: 1 << capacity_log2,
            dirty: 0,
            snap: 0,
            writes: 0,
            out_of_range: 0,
            stall_cycles: 0,
        }
    }

    pub fn capacity(&self) -> u32 {
        1 << self.capacity_log2
    }

    /// TRACK_SHIFT is WARL: values outside 10..=30 store the nearest bound.
    pub fn set_shift(&mut self, shift: u32) {
        self.shift = shift.clamp(10, 30);
    }

    pub fn shift(&self) -> u32 {
        self.shift
    }

    fn limit_eff(&self) -> u64 {
        u64::from(self.limit.min(self.capacity()))
    }

    /// Which blocks a write covers, without changing state.
    pub fn classify(&self, addr: u64, len: u16) -> Marked {
        let addr = addr & ((1 << 48) - 1);
        let last = (addr + effective_len(len) - 1).min((1 << 48) - 1);
        let limit = self.limit_eff();
        if last < self.base || limit == 0 {
            return Marked { blocks: None, out_of_range: true };
        }
        let below = addr < self.base;
        let first_blk = if below { 0 } else { (addr - self.base) >> self.shift };
        let last_blk = (last - self.base) >> self.shift;
        if first_blk >= limit {
            return Marked { blocks: None, out_of_range: true };
        }
        let above = last_blk >= limit;
        Marked { blocks: Some((first_blk, last_blk.min(limit - 1))), out_of_range: below || above }
    }

    /// A write snooped and accepted by the RTL.
    pub fn write(&mut self, addr: u64, len: u16) -> Marked {
        if !self.en {
            return Marked { blocks: None, out_of_range: false };
        }
        self.writes = self.writes.wrapping_add(1);
        let m = self.classify(addr, len);
        if m.out_of_range {
            self.out_of_range = self.out_of_range.wrapping_add(1);
        }
        if let Some((first, last)) = m.blocks {
            self.stall_cycles = self.stall_cycles.wrapping_add((last - first) as u32);
            for b in first..=last {
                let word = &mut self.banks[self.live][(b / 32) as usize];
                let bit = 1u32 << (b % 32);
                if *word & bit == 0 {
                    *word |= bit;
                    self.dirty += 1;
                }
            }
        }
        m
    }

    /// TRACK_CTRL.SNAPSHOT.
    pub fn snapshot(&mut self) -> Result<(), SnapshotRefused> {
        if self.snap != 0 {
            return Err(SnapshotRefused::FrozenNotClear);
        }
        self.live ^= 1;
        self.snap = self.dirty;
        self.dirty = 0;
        Ok(())
    }

    /// TRACK_CTRL.CLEAR, once it has finished.
    pub fn clear(&mut self) {
        let frozen = self.live ^ 1;
        self.banks[frozen].iter_mut().for_each(|w| *w = 0);
        self.snap = 0;
    }

    pub fn live_bank(&self) -> u32 {
        self.live as u32
    }
    pub fn dirty_count(&self) -> u32 {
        self.dirty
    }
    pub fn snap_count(&self) -> u32 {
        self.snap
    }

    /// Word `i` of the TRACK_BITMAP window (frozen bank); 0 past the capacity.
    pub fn bitmap_word(&self, i: usize) -> u32 {
        self.banks[self.live ^ 1].get(i).copied().unwrap_or(0)
    }

    /// Word `j` of the TRACK_SUMMARY window: bit i set when bitmap word 32*j+i is non-zero.
    pub fn summary_word(&self, j: usize) -> u32 {
        let frozen = &self.banks[self.live ^ 1];
        (0..32).fold(0, |acc, i| match frozen.get(32 * j + i) {
            Some(w) if *w != 0 => acc | (1 << i),
            _ => acc,
        })
    }

    /// Blocks set in the frozen bank, ascending.
    pub fn frozen_blocks(&self) -> Vec<u64> {
        blocks_of(&self.banks[self.live ^ 1])
    }

    /// Blocks set in the live bank, ascending.
    pub fn live_blocks(&self) -> Vec<u64> {
        blocks_of(&self.banks[self.live])
    }
}

/// Set bits of a bank as block numbers.
pub fn blocks_of(words: &[u32]) -> Vec<u64> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let mut w = *w;
        while w != 0 {
            let b = w.trailing_zeros();
            out.push(i as u64 * 32 + u64::from(b));
            w &= w - 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tracker() -> WriteTrackerModel {
        let mut t = WriteTrackerModel::new(11);
        t.en = true;
        t.base = 0x1_0000;
        t.set_shift(10);
        t
    }

    #[test]
    fn burst_marks_every_block_it_overlaps() {
        let mut t = tracker();
        let m = t.write(0x1_0000 + 1000, 100);
        assert_eq!(m.blocks, Some((0, 1)));
        assert_eq!(t.stall_cycles, 1);
        assert_eq!(t.dirty_count(), 2);
    }

    #[test]
    fn partial_overlap_marks_in_range_part_and_counts_out_of_range() {
        let mut t = tracker();
        t.limit = 4;
        let below = t.write(0x1_0000 - 10, 20);
        assert_eq!(below, Marked { blocks: Some((0, 0)), out_of_range: true });
        let above = t.write(0x1_0000 + 4 * 1024 - 1, 2);
        assert_eq!(above, Marked { blocks: Some((3, 3)), out_of_range: true });
        let outside = t.write(0x1_0000 + 4 * 1024, 1);
        assert_eq!(outside, Marked { blocks: None, out_of_range: true });
        assert_eq!(t.out_of_range, 3);
        assert_eq!(t.live_blocks(), vec![0, 3]);
    }

    #[test]
    fn snapshot_needs_a_clear_frozen_bank() {
        let mut t = tracker();
        t.write(0x1_0000, 1);
        t.snapshot().unwrap();
        assert_eq!(t.frozen_blocks(), vec![0]);
        t.write(0x1_0000 + 2048, 1);
        assert_eq!(t.snapshot(), Err(SnapshotRefused::FrozenNotClear));
        t.clear();
        t.snapshot().unwrap();
        assert_eq!(t.frozen_blocks(), vec![2]);
        assert_eq!(t.summary_word(0), 1);
    }

    #[test]
    fn shift_is_clamped_and_disabled_tracking_changes_nothing() {
        let mut t = tracker();
        t.set_shift(3);
        assert_eq!(t.shift(), 10);
        t.set_shift(31);
        assert_eq!(t.shift(), 30);
        t.en = false;
        t.write(0x1_0000, 1);
        assert_eq!((t.writes, t.dirty_count()), (0, 0));
    }
}
