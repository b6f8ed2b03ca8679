//! Change detection by per-block checksums (seed 002's first/second checksums).
//!
//! Works over any [`Source`], with no help from the CE, the kernel or the hardware: `arm`
//! sums every block of the source ("first checksums"), `harvest` sums them again ("second
//! checksums") and reports the blocks whose sum differs. The price is a full read of the
//! source per harvest, which [`ChecksumTracker::harvest_cost`] reports at a configured scan
//! bandwidth so that virtual-time runs can charge it, and which also lands in the pause when
//! the engine harvests under it.
//!
//! What a checksum cannot see, and why the engine must still verify after resume (seed 002's
//! "undetected data copy"):
//!
//! - **Collisions.** [`block_checksum`] is XXH64: for non-adversarial data a changed block
//!   keeps its sum with probability about 2⁻⁶⁴ per comparison (≈5·10⁻¹¹ over 10⁹ changed-block
//!   comparisons). It is not collision-resistant against a CE that crafts its data to collide.
//! - **Changes undone.** A block changed and restored between two scans sums the same and is
//!   not reported. That is right for sync when the target holds the content the stored sum was
//!   taken from. It is wrong when the engine copied the block while it was changed (a lock word
//!   0 → 1 → 0 around the copy): the target keeps the 1. [`ChecksumTracker::note_copied`]
//!   closes this by re-basing the stored sum on the bytes actually copied; the [`Tracker`]
//!   trait has no such hook yet, so an engine driving the tracker only through the trait
//!   relies on the post-resume verification for it.

use std::time::Duration;

use super::{BoxError, Source, SyncError, Tracker};

const P1: u64 = 0x9E37_79B1_85EB_CA87;
const P2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const P3: u64 = 0x1656_67B1_9E37_79F9;
const P4: u64 = 0x85EB_CA77_C2B2_AE63;
const P5: u64 = 0x27D4_EB2F_1656_67C5;

/// The 64-bit checksum of one block: XXH64 with seed 0, so sums can be checked against any
/// other XXH64 implementation (`xxhsum -H1`). Written here rather than taken from a crate to
/// keep the driver's dependency set small; it runs at several GB/s, well above the copy
/// bandwidths the engine caps at.
pub fn block_checksum(data: &[u8]) -> u64 {
    fn round(acc: u64, word: u64) -> u64 {
        acc.wrapping_add(word.wrapping_mul(P2)).rotate_left(31).wrapping_mul(P1)
    }
    fn merge(acc: u64, lane: u64) -> u64 {
        (acc ^ round(0, lane)).wrapping_mul(P1).wrapping_add(P4)
    }
    fn word64(b: &[u8]) -> u64 {
        u64::from_le_bytes(b[..8].try_into().expect("8 bytes"))
    }
    fn word32(b: &[u8]) -> u64 {
        u64::from(u32::from_le_bytes(b[..4].try_into().expect("4 bytes")))
    }

    let len = data.len() as u64;
    let mut rest = data;
    let mut h = if data.len() >= 32 {
        let mut v = [P1.wrapping_add(P2), P2, 0, 0u64.wrapping_sub(P1)];
        let mut stripes = rest.chunks_exact(32);
        for stripe in &mut stripes {
            for (lane, word) in v.iter_mut().zip(stripe.chunks_exact(8)) {
                *lane = round(*lane, word64(word));
            }
        }
        rest = stripes.remainder();
        let mut h = v[0]
            .rotate_left(1)
            .wrapping_add(v[1].rotate_left(7))
            .wrapping_add(v[2].rotate_left(12))
            .wrapping_add(v[3].rotate_left(18));
        for lane in v {
            h = merge(h, lane);
        }
        h
    } else {
        P5
    };
    h = h.wrapping_add(len);
    while rest.len() >= 8 {
        h = (h ^ round(0, word64(rest))).rotate_left(27).wrapping_mul(P1).wrapping_add(P4);
        rest = &rest[8..];
    }
    if rest.len() >= 4 {
        h = (h ^ word32(rest).wrapping_mul(P1)).rotate_left(23).wrapping_mul(P2).wrapping_add(P3);
        rest = &rest[4..];
    }
    for &byte in rest {
        h = (h ^ u64::from(byte).wrapping_mul(P5)).rotate_left(11).wrapping_mul(P1);
    }
    h ^= h >> 33;
    h = h.wrapping_mul(P2);
    h ^= h >> 29;
    h = h.wrapping_mul(P3);
    h ^ (h >> 32)
}

/// Bytes asked of the source per read while scanning: big enough that a syscall-backed
/// source (`/proc/PID/mem`) is not dominated by per-call cost, small enough to stay in cache.
const SCAN_CHUNK: u64 = 1 << 20;

/// The [`Tracker`] of seed 002: one XXH64 per block, compared scan against scan.
#[derive(Debug)]
pub struct ChecksumTracker {
    block_bytes: u64,
    scan_bytes_per_sec: u64,
    /// Source length the sums were taken over; `None` until armed.
    armed_len: Option<u64>,
    sums: Vec<u64>,
    /// Blocks the engine copied only partly since the last scan (see `note_copied`): the
    /// target holds bytes no stored sum describes, so they are reported regardless.
    forced: Vec<bool>,
    last_scan_bytes: u64,
}

impl ChecksumTracker {
    /// A tracker with blocks of `block_bytes` whose scans are charged at `scan_bytes_per_sec`
    /// (the rate at which the CE's memory can be read and summed: memory bandwidth for the
    /// model, the transport's read bandwidth for a remote device).
    pub fn new(block_bytes: u64, scan_bytes_per_sec: u64) -> Result<Self, SyncError> {
        if block_bytes == 0 {
            return Err(SyncError::Parameters("checksum tracker: block size must be at least 1 byte".into()));
        }
        if scan_bytes_per_sec == 0 {
            return Err(SyncError::Parameters("checksum tracker: scan bandwidth must be at least 1 byte/s".into()));
        }
        Ok(Self {
            block_bytes,
            scan_bytes_per_sec,
            armed_len: None,
            sums: Vec::new(),
            forced: Vec::new(),
            last_scan_bytes: 0,
        })
    }

    /// The stored sums, one per block (after `arm`).
    pub fn checksums(&self) -> &[u64] {
        &self.sums
    }

    /// What a full scan of `bytes` costs at the configured bandwidth; every harvest is one,
    /// so the engine can budget the harvest it will do under the pause before pausing.
    pub fn scan_cost(&self, bytes: u64) -> Duration {
        let nanos = u128::from(bytes) * 1_000_000_000 / u128::from(self.scan_bytes_per_sec);
        Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX))
    }

    /// The engine copied `data` from the source at `offset` to the target. The stored sums of
    /// the blocks it covers are re-based on those bytes, so that the next harvest compares the
    /// source against what the target actually holds: a block changed just before its copy and
    /// changed back afterwards is then reported, not lost. Blocks covered only in part hold a
    /// mix no sum describes and are reported at the next harvest. Before `arm` this does
    /// nothing: arming sums everything anyway.
    pub fn note_copied(&mut self, offset: u64, data: &[u8]) {
        let Some(len) = self.armed_len else { return };
        let end = offset.saturating_add(data.len() as u64).min(len);
        if offset >= end {
            return;
        }
        let bb = self.block_bytes;
        for block in offset / bb..end.div_ceil(bb) {
            let b_start = block * bb;
            let b_end = (b_start + bb).min(len);
            let i = block as usize;
            if b_start >= offset && b_end <= end {
                let from = (b_start - offset) as usize;
                self.sums[i] = block_checksum(&data[from..from + (b_end - b_start) as usize]);
                self.forced[i] = false;
            } else {
                self.forced[i] = true;
            }
        }
    }

    /// Sums every block of `source`, calling `each(block, sum)`.
    fn scan(&mut self, source: &mut dyn Source, mut each: impl FnMut(usize, u64)) -> Result<u64, SyncError> {
        let len = source.len();
        let bb = self.block_bytes;
        let chunk = if bb >= SCAN_CHUNK { bb } else { SCAN_CHUNK / bb * bb };
        let mut buf = vec![0u8; chunk.min(len) as usize];
        let mut offset = 0;
        while offset < len {
            let n = chunk.min(len - offset);
            let buf = &mut buf[..n as usize];
            source.read(offset, buf)?;
            for (k, block) in buf.chunks(bb as usize).enumerate() {
                each((offset / bb) as usize + k, block_checksum(block));
            }
            offset += n;
        }
        self.last_scan_bytes = len;
        Ok(len)
    }

    fn blocks_for(&self, len: u64) -> usize {
        len.div_ceil(self.block_bytes) as usize
    }
}

impl Tracker for ChecksumTracker {
    fn block_bytes(&self) -> u64 {
        self.block_bytes
    }

    fn arm(&mut self, source: &mut dyn Source) -> Result<(), SyncError> {
        let len = source.len();
        let blocks = self.blocks_for(len);
        let mut sums = vec![0u64; blocks];
        self.scan(source, |i, sum| sums[i] = sum)?;
        self.sums = sums;
        self.forced = vec![false; blocks];
        self.armed_len = Some(len);
        Ok(())
    }

    /// A write to a block after its bytes were summed in this scan is caught by the next
    /// harvest (its stored sum predates the write); a write racing the read of the block itself
    /// leaves a sum of a mixed state, which the final state then differs from. Only the
    /// source's own pause makes a harvest an instant.
    fn harvest(&mut self, source: &mut dyn Source) -> Result<Vec<u64>, SyncError> {
        let Some(armed_len) = self.armed_len else {
            return Err(track_error("harvesting", "harvest before arm: there are no first checksums to compare with"));
        };
        if source.len() != armed_len {
            return Err(track_error(
                "harvesting",
                format!("the source is {} bytes now but was {armed_len} when armed", source.len()),
            ));
        }
        let mut sums = std::mem::take(&mut self.sums);
        let mut forced = std::mem::take(&mut self.forced);
        let mut dirty = Vec::new();
        let result = self.scan(source, |i, sum| {
            if sums[i] != sum || forced[i] {
                dirty.push(i as u64);
                sums[i] = sum;
                forced[i] = false;
            }
        });
        self.sums = sums;
        self.forced = forced;
        if let Err(e) = result {
            // A half-updated table would hide the changes in the blocks already re-summed.
            self.armed_len = None;
            return Err(e);
        }
        Ok(dirty)
    }

    /// The cost of the most recent scan (the one of `arm` until the first harvest): the whole
    /// source at the scan bandwidth, however few blocks changed.
    fn harvest_cost(&self) -> Duration {
        self.scan_cost(self.last_scan_bytes)
    }
}

fn track_error(operation: &'static str, message: impl Into<String>) -> SyncError {
    SyncError::Track { operation, source: BoxError::from(message.into()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_checksum_is_xxh64() {
        // Reference vectors of XXH64 (seed 0); together they cover the stripe loop and the
        // 8-, 4- and 1-byte tails.
        let vectors: [(&[u8], u64); 6] = [
            (b"", 0xEF46_DB37_51D8_E999),
            (b"a", 0xD24E_C4F1_A98C_6E5B),
            (b"abc", 0x44BC_2CF5_AD77_0999),
            (b"Hello, World!", 0xC49A_ACF8_080F_E47F),
            (b"Nobody inspects the spammish repetition", 0xFBCE_A83C_8A37_8BF1),
            (b"The quick brown fox jumps over the lazy dog", 0x0B24_2D36_1FDA_71BC),
        ];
        for (data, want) in vectors {
            assert_eq!(block_checksum(data), want, "{:?}", String::from_utf8_lossy(data));
        }
    }

    #[test]
    fn every_single_bit_flip_of_a_page_changes_the_sum() {
        let mut page: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
        let base = block_checksum(&page);
        let mut seen = std::collections::HashSet::new();
        for bit in 0..page.len() * 8 {
            page[bit / 8] ^= 1 << (bit % 8);
            let sum = block_checksum(&page);
            assert_ne!(sum, base, "flipping bit {bit} kept the sum");
            assert!(seen.insert(sum), "two different one-bit flips collided at bit {bit}");
            page[bit / 8] ^= 1 << (bit % 8);
        }
    }

    #[test]
    fn scan_cost_is_bytes_over_bandwidth() {
        let t = ChecksumTracker::new(4096, 2_000_000_000).unwrap();
        assert_eq!(t.scan_cost(1 << 30), Duration::from_nanos((1u64 << 30) / 2));
        assert!(matches!(ChecksumTracker::new(0, 1), Err(SyncError::Parameters(_))));
        assert!(matches!(ChecksumTracker::new(1, 0), Err(SyncError::Parameters(_))));
    }
}
