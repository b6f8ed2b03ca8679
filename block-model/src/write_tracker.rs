//! Reference model of `write_tracker`, at two levels.
//!
//! - [`WriteTrackerModel`]: accepted writes and commands. Timing (the RTL's nine-stage
//!   pipeline, the drain after a snapshot, the background clear) is not modelled: a
//!   caller applies a write once the RTL accepted it and compares after the RTL is idle.
//! - [`CycleModel`]: the same block arithmetic with the RTL's timing, cycle by cycle, for the
//!   pin-level model of `ftsync_core` (`crate::core`).
//!
//! Both keep bits, not memory, so they scale to any tracked size.

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

/// Which blocks of [0, `limit`) a write covers under base `base` (48 bits) and `shift` bytes
/// per block, `limit` already capped to the capacity.
fn classify(base: u64, shift: u32, limit: u64, addr: u64, len: u16) -> Marked {
    clip(blocks(offsets(base, addr, len), shift), limit)
}

/// Offsets of a write's first and last byte from the base (negative: below it); the last byte
/// saturates at the top of the 48-bit address space.
fn offsets(base: u64, addr: u64, len: u16) -> (i64, i64) {
    let addr = addr & ((1 << 48) - 1);
    let base = base & ((1 << 48) - 1);
    let last = (addr + effective_len(len) - 1).min((1 << 48) - 1);
    (addr as i64 - base as i64, last as i64 - base as i64)
}

/// Block numbers of two offsets at `shift` bytes per block (`None`: below the base).
fn blocks((first, last): (i64, i64), shift: u32) -> (Option<u64>, Option<u64>) {
    let blk = |off: i64| (off >= 0).then(|| (off as u64) >> shift);
    (blk(first), blk(last))
}

/// The blocks of [0, `limit`) between a first and a last block.
fn clip((first, last): (Option<u64>, Option<u64>), limit: u64) -> Marked {
    let Some(last_blk) = last.filter(|_| limit != 0) else {
        return Marked { blocks: None, out_of_range: true };
    };
    let below = first.is_none();
    let first_blk = first.unwrap_or(0);
    if first_blk >= limit {
        return Marked { blocks: None, out_of_range: true };
    }
    let above = last_blk >= limit;
    Marked { blocks: Some((first_blk, last_blk.min(limit - 1))), out_of_range: below || above }
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
        classify(self.base, self.shift, self.limit_eff(), addr, len)
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

// ---------------------------------------------------------------------------------------------
// Cycle-accurate layer: the RTL's pipeline timing on top of the same block arithmetic.

/// One cycle's inputs of `write_tracker`, as `ftsync_core` drives its ports.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CycleInputs {
    pub rst: bool,
    pub snoop_valid: bool,
    /// 48 bits used.
    pub snoop_addr: u64,
    pub snoop_len: u16,
    pub en: bool,
    /// 48 bits used.
    pub base: u64,
    /// 5 bits used; the register file keeps it in 10..=30 after reset (0 before the first).
    pub shift: u32,
    pub limit: u32,
    /// One-cycle command pulses.
    pub snapshot: bool,
    pub clear: bool,
    /// One-cycle window read requests with their word index.
    pub bitmap_rd: bool,
    pub bitmap_addr: u32,
    pub summary_rd: bool,
    pub summary_addr: u32,
}

/// Configuration as the RTL registers it once: every stage uses the value of the cycle before.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Config {
    base: u64,
    shift: u32,
    limit: u64,
}

/// A write in stage A, H or L: byte offsets from the base of the cycle before it was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Offsets {
    offsets: (i64, i64),
    bank: usize,
}

/// A write in stage S: block numbers at the shift of the cycle before it entered S.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Blocks {
    blocks: (Option<u64>, Option<u64>),
    bank: usize,
}

/// A write in stage B: clipped to the limit of the cycle before it entered B.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Taken {
    marked: Marked,
    bank: usize,
}

/// Stage C: the block iterator of one write (`cur..=end`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Issue {
    cur: u64,
    end: u64,
    bank: usize,
}

/// Stages D and E: one block whose word is being read (D), then ORed into its bank (E).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    block: u64,
    bank: usize,
}

/// Stage F: the count of a block just marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Count {
    bank: usize,
    new: bool,
}

/// A host window read: requested, then read from the RAM (`valid`, with the word it
/// returned), then answered from a register (`ack`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct HostRead {
    req: bool,
    addr: u32,
    valid: bool,
    data: u32,
    ack: bool,
    ack_data: u32,
}

/// `write_tracker` cycle by cycle, as the RTL behaves at its ports: the nine-stage pipeline
/// (A: first offset in two halves, H: the carry between them, L: last offset, S: block numbers, B: clip to the limit, C: one block per
/// cycle, D: RAM read registered, E: read-modify-write, F: count), with the configuration
/// registered once (each stage uses the base or shift of the cycle before; stage B the limit of
/// the cycle before that), `snoop_ready`
/// from a flip-flop, low while a multi-block write is issued or the banks are swept after
/// reset, the snapshot drain (its end seen one cycle late), the background clear one word per
/// cycle, and host window reads that wait while anything writes the frozen bank (drain, clear,
/// sweep).
///
/// It holds the two bitmap banks and their summaries as bits (what the block RAMs hold), never
/// an image of the tracked memory. The RTL's read-modify-write with forwarding is exact, so
/// stage E works on the banks' current words; writes land at the edge, after a host read of
/// the same edge has sampled the old word (as the RAM's registered read port does).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CycleModel {
    capacity_log2: u32,
    bitmap: [Vec<u32>; 2],
    summary: [Vec<u32>; 2],
    live: usize,
    cfg: Config,
    /// The limit stage B clips to: `cfg.limit` one cycle later (issue 5: the RTL registers
    /// TRACK_LIMIT's derived values twice).
    limit_b: u64,
    ready: bool,
    a: Option<Offsets>,
    h: Option<Offsets>,
    l: Option<Offsets>,
    s: Option<Blocks>,
    b: Option<Taken>,
    c: Option<Issue>,
    d: Option<Mark>,
    e: Option<Mark>,
    f: Option<Count>,
    dirty: u32,
    snap: u32,
    writes: u32,
    out_of_range: u32,
    stall_cycles: u32,
    swap_wait: bool,
    swap_seen: bool,
    drain_q: bool,
    clr_pending: bool,
    clr_run: bool,
    clr_ptr: u32,
    init: bool,
    init_ptr: u32,
    host_bitmap: HostRead,
    host_summary: HostRead,
}

impl CycleModel {
    /// The state at configuration: block RAMs zero, no reset applied yet.
    pub fn new(capacity_log2: u32) -> Self {
        assert!((11..=regmap::TRACK_MAX_CAPACITY_LOG2).contains(&capacity_log2), "capacity 2^11..=2^18 bits");
        let words = 1usize << (capacity_log2 - 5);
        let swords = 1usize << (capacity_log2 - 10);
        CycleModel {
            capacity_log2,
            bitmap: [vec![0; words], vec![0; words]],
            summary: [vec![0; swords], vec![0; swords]],
            live: 0,
            cfg: Config::default(),
            limit_b: 0,
            ready: false,
            a: None,
            h: None,
            l: None,
            s: None,
            b: None,
            c: None,
            d: None,
            e: None,
            f: None,
            dirty: 0,
            snap: 0,
            writes: 0,
            out_of_range: 0,
            stall_cycles: 0,
            swap_wait: false,
            swap_seen: false,
            drain_q: false,
            clr_pending: false,
            clr_run: false,
            clr_ptr: 0,
            init: false,
            init_ptr: 0,
            host_bitmap: HostRead::default(),
            host_summary: HostRead::default(),
        }
    }

    pub fn capacity(&self) -> u32 {
        1 << self.capacity_log2
    }

    fn last_word(&self) -> u32 {
        self.bitmap[0].len() as u32 - 1
    }

    fn summary_words(&self) -> u32 {
        self.summary[0].len() as u32
    }

    /// Stage C is issuing a multi-block write and holds stages A and B.
    fn stalled(&self) -> bool {
        self.c.is_some_and(|c| c.cur != c.end)
    }

    /// Some write in the pipeline belongs to the frozen bank (taken before the last swap).
    fn draining(&self) -> bool {
        let other = |bank: usize| bank != self.live;
        self.a.is_some_and(|t| other(t.bank))
            || self.h.is_some_and(|t| other(t.bank))
            || self.l.is_some_and(|t| other(t.bank))
            || self.s.is_some_and(|t| other(t.bank))
            || self.b.is_some_and(|t| other(t.bank))
            || self.c.is_some_and(|c| other(c.bank))
            || self.d.is_some_and(|m| other(m.bank))
            || self.e.is_some_and(|m| other(m.bank))
            || self.f.is_some_and(|n| other(n.bank))
    }

    /// A flip-flop in the RTL: low in the first cycle after configuration.
    pub fn snoop_ready(&self) -> bool {
        self.ready
    }

    pub fn busy(&self) -> bool {
        self.swap_wait || self.draining() || self.clr_run || self.clr_pending || self.init
    }

    pub fn clearing(&self) -> bool {
        self.clr_run || self.clr_pending
    }

    /// Both banks are being zeroed after a reset.
    pub fn sweeping(&self) -> bool {
        self.init
    }

    pub fn live_bank(&self) -> u32 {
        self.live as u32
    }

    fn refuses_snapshot(&self) -> bool {
        self.swap_wait || self.draining() || self.clr_run || self.clr_pending || self.init || self.snap != 0
    }

    /// The refusal pulse a SNAPSHOT command gets in this cycle.
    pub fn snap_refused(&self, snapshot: bool) -> bool {
        snapshot && self.refuses_snapshot()
    }

    /// The one-cycle pulse announcing that a swap has drained (seen one cycle late).
    pub fn snap_done(&self) -> bool {
        self.swap_wait && self.swap_seen && !self.drain_q
    }

    /// The answer to a TRACK_BITMAP read, in the cycle it is given.
    pub fn bitmap_answer(&self) -> Option<u32> {
        self.host_bitmap.ack.then_some(self.host_bitmap.ack_data)
    }

    /// The answer to a TRACK_SUMMARY read, in the cycle it is given.
    pub fn summary_answer(&self) -> Option<u32> {
        self.host_summary.ack.then_some(self.host_summary.ack_data)
    }

    pub fn dirty_count(&self) -> u32 {
        self.dirty
    }
    pub fn snap_count(&self) -> u32 {
        self.snap
    }
    pub fn writes(&self) -> u32 {
        self.writes
    }
    pub fn out_of_range(&self) -> u32 {
        self.out_of_range
    }
    pub fn stall_cycles(&self) -> u32 {
        self.stall_cycles
    }

    /// Blocks set in the frozen bank, ascending.
    pub fn frozen_blocks(&self) -> Vec<u64> {
        blocks_of(&self.bitmap[self.live ^ 1])
    }

    /// Blocks set in the live bank, ascending.
    pub fn live_blocks(&self) -> Vec<u64> {
        blocks_of(&self.bitmap[self.live])
    }

    /// One clock edge with `i` applied.
    pub fn step(&mut self, i: &CycleInputs) {
        let last_word = self.last_word();
        let swords = self.summary_words();
        let stall = self.stalled();
        // Stages A to B move when `snoop_ready` (a flip-flop: !stall && !init, except in the
        // first cycle after configuration) is high.
        let advance = self.ready;
        let accept = i.snoop_valid && advance && i.en;
        let live = self.live;
        let frozen = live ^ 1;
        let drain = self.draining();
        // The host reads the frozen bank only while nothing writes it.
        let port_free = !self.swap_wait && !self.clr_run && !self.init;
        let mark = self.e.map(|m| (m.bank, (m.block >> 5) as usize, (m.block & 31) as u32));
        let bit_is_new = mark.is_some_and(|(bank, word, bit)| self.bitmap[bank][word] >> bit & 1 == 0);
        // A bit written but not yet counted (stage F) holds the banks too.
        let holds_bits = self.dirty != 0 || self.snap != 0 || self.clr_run || self.f.is_some_and(|n| n.new);

        // ---- Counts and snapshot: a new bit counts in the bank it lands in; a swap moves the
        // live count, this cycle's new bit included, to the frozen side.
        let mut dirty_next = self.dirty;
        let mut snap_next = self.snap;
        if let Some(n) = self.f.filter(|n| n.new) {
            if n.bank == live {
                dirty_next = dirty_next.wrapping_add(1);
            } else {
                snap_next = snap_next.wrapping_add(1);
            }
        }
        let (mut dirty, mut snap) = (dirty_next, snap_next);
        let mut live_next = live;
        let mut swap_wait = self.swap_wait;
        let swap_done = self.snap_done();
        if i.snapshot && !self.refuses_snapshot() {
            live_next = frozen;
            snap = dirty_next;
            dirty = 0;
            swap_wait = true;
        }
        if swap_done {
            swap_wait = false;
        }

        // ---- Clear of the frozen bank, once no write into it is in flight.
        let mut clr_pending = self.clr_pending;
        let mut clr_run = self.clr_run;
        let mut clr_ptr = self.clr_ptr;
        if i.clear && !self.clr_run {
            clr_pending = true;
        }
        if self.clr_pending && !self.swap_wait && !drain && !self.init {
            clr_pending = false;
            clr_run = true;
            clr_ptr = 0;
        }
        if self.clr_run {
            clr_ptr = (self.clr_ptr + 1) & last_word;
            if self.clr_ptr == last_word {
                clr_run = false;
                snap = 0;
            }
        }

        // ---- Post-reset sweep.
        let mut init = self.init;
        let mut init_ptr = self.init_ptr;
        if self.init {
            init_ptr = (self.init_ptr + 1) & last_word;
            if self.init_ptr == last_word {
                init = false;
            }
        }

        // ---- Host reads sample the frozen bank before this edge's writes land.
        let hb_ack = (self.host_bitmap.valid, self.host_bitmap.data);
        let hs_ack = (self.host_summary.valid, self.host_summary.data);
        let mut hb = HostRead { valid: false, ack: hb_ack.0, ack_data: hb_ack.1, ..self.host_bitmap };
        let mut hs = HostRead { valid: false, ack: hs_ack.0, ack_data: hs_ack.1, ..self.host_summary };
        if self.host_bitmap.req && port_free {
            let a = self.host_bitmap.addr;
            hb = HostRead {
                req: false,
                valid: true,
                data: if a > last_word { 0 } else { self.bitmap[frozen][a as usize] },
                ..hb
            };
        }
        if self.host_summary.req && port_free {
            let a = self.host_summary.addr;
            hs = HostRead {
                req: false,
                valid: true,
                data: if a >= swords { 0 } else { self.summary[frozen][a as usize] },
                ..hs
            };
        }
        if i.bitmap_rd {
            hb.req = true;
            hb.addr = i.bitmap_addr;
        }
        if i.summary_rd {
            hs.req = true;
            hs.addr = i.summary_addr;
        }

        // ---- Pipeline. F follows E, E follows D and D follows C every cycle; C steps through a multi-block write while A
        // and B hold, else takes B's write clipped to [0, limit).
        let f_next = mark.map(|(bank, _, _)| Count { bank, new: bit_is_new });
        let e_next = self.d;
        let d_next = self.c.map(|c| Mark { block: c.cur, bank: c.bank });
        let mut c_next = self.c;
        let mut out_of_range = self.out_of_range;
        if stall {
            if let Some(c) = c_next.as_mut() {
                c.cur += 1;
            }
        } else if !self.init {
            c_next = self.b.and_then(|t| t.marked.blocks.map(|(cur, end)| Issue { cur, end, bank: t.bank }));
            if self.b.is_some_and(|t| t.marked.out_of_range) {
                out_of_range = out_of_range.wrapping_add(1);
            }
        }
        let (a_next, h_next, l_next, s_next, b_next) = if advance {
            let cfg = self.cfg;
            let taken = accept.then(|| Offsets { offsets: offsets(cfg.base, i.snoop_addr, i.snoop_len), bank: live });
            let s_next = self.l.map(|o| Blocks { blocks: blocks(o.offsets, cfg.shift), bank: o.bank });
            let b_next = self.s.map(|t| Taken { marked: clip(t.blocks, self.limit_b), bank: t.bank });
            (taken, self.a, self.h, s_next, b_next)
        } else {
            (self.a, self.h, self.l, self.s, self.b)
        };

        // ---- RAM writes, one per bank and edge: reset sweep, else clear, else stage E.
        for bank in 0..2 {
            if self.init {
                self.zero_word(bank, self.init_ptr);
            } else if self.clr_run && bank == frozen {
                self.zero_word(bank, self.clr_ptr);
            } else if let Some((_, word, bit)) = mark.filter(|m| m.0 == bank && !i.rst) {
                self.bitmap[bank][word] |= 1 << bit;
                self.summary[bank][word >> 5] |= 1 << (word & 31);
            }
        }

        self.live = live_next;
        self.limit_b = self.cfg.limit;
        self.cfg = Config {
            base: i.base & ((1 << 48) - 1),
            shift: i.shift & 31,
            limit: u64::from(i.limit.min(self.capacity())),
        };
        self.a = a_next;
        self.h = h_next;
        self.l = l_next;
        self.s = s_next;
        self.b = b_next;
        self.c = c_next;
        self.d = d_next;
        self.e = e_next;
        self.f = f_next;
        self.dirty = dirty;
        self.snap = snap;
        self.writes = self.writes.wrapping_add(u32::from(accept));
        self.out_of_range = out_of_range;
        self.stall_cycles = self.stall_cycles.wrapping_add(u32::from(stall));
        self.swap_seen = self.swap_wait && !i.rst;
        self.swap_wait = swap_wait;
        self.drain_q = drain;
        self.clr_pending = clr_pending;
        self.clr_run = clr_run;
        self.clr_ptr = clr_ptr;
        self.init = init;
        self.init_ptr = init_ptr;
        self.host_bitmap = hb;
        self.host_summary = hs;

        // ---- Synchronous reset. The banks are swept only if the counts say they hold bits
        // (or a clear was cut short); the stage C iterator and the read addresses keep their
        // values, as in the RTL, but nothing is valid.
        if i.rst {
            if holds_bits {
                self.init = true;
            }
            self.init_ptr = 0;
            self.live = 0;
            self.a = None;
            self.h = None;
            self.l = None;
            self.s = None;
            self.b = None;
            self.c = None;
            self.d = None;
            self.e = None;
            self.f = None;
            self.dirty = 0;
            self.snap = 0;
            self.writes = 0;
            self.out_of_range = 0;
            self.stall_cycles = 0;
            self.swap_wait = false;
            self.clr_pending = false;
            self.clr_run = false;
            self.host_bitmap.req = false;
            self.host_bitmap.valid = false;
            self.host_bitmap.ack = false;
            self.host_summary.req = false;
            self.host_summary.valid = false;
            self.host_summary.ack = false;
        }
        self.ready = !self.stalled() && !self.init;
    }

    fn zero_word(&mut self, bank: usize, word: u32) {
        self.bitmap[bank][word as usize] = 0;
        if word < self.summary_words() {
            self.summary[bank][word as usize] = 0;
        }
    }

    // ---- Quiet stretches, in bulk.

    /// Nothing in flight that a quiet input (no snoop, no command, no window read) would move
    /// in a way other than the background sweeps: pipeline empty, no swap draining, no host read.
    pub fn settled(&self) -> bool {
        self.limit_b == self.cfg.limit
            && self.a.is_none()
            && self.h.is_none()
            && self.l.is_none()
            && self.s.is_none()
            && self.b.is_none()
            && self.c.is_none()
            && self.d.is_none()
            && self.e.is_none()
            && self.f.is_none()
            && !self.swap_wait
            && !self.swap_seen
            && !self.drain_q
            && !self.host_bitmap.req
            && !self.host_bitmap.valid
            && !self.host_bitmap.ack
            && !self.host_summary.req
            && !self.host_summary.valid
            && !self.host_summary.ack
    }

    /// How many quiet cycles [`CycleModel::advance_quiet`] may take at once from a settled
    /// state: up to (not including) the cycle in which a sweep ends or a queued clear starts,
    /// which take a [`CycleModel::step`] of their own.
    pub fn quiet_limit(&self) -> u64 {
        if self.init {
            u64::from(self.last_word() - self.init_ptr)
        } else if self.clr_pending {
            0
        } else if self.clr_run {
            u64::from(self.last_word() - self.clr_ptr)
        } else {
            u64::MAX
        }
    }

    /// `k` quiet cycles (no reset, no snoop, no command, no window read) from a settled state,
    /// `k <= quiet_limit()`: exactly what `k` calls of [`CycleModel::step`] would do.
    pub fn advance_quiet(&mut self, k: u64) {
        debug_assert!(self.settled() && k <= self.quiet_limit());
        if k == 0 {
            return;
        }
        let k = k as u32;
        self.ready = !self.init;
        if self.init {
            for bank in 0..2 {
                for w in self.init_ptr..self.init_ptr + k {
                    self.zero_word(bank, w);
                }
            }
            self.init_ptr += k;
        } else if self.clr_run {
            let frozen = self.live ^ 1;
            for w in self.clr_ptr..self.clr_ptr + k {
                self.zero_word(frozen, w);
            }
            self.clr_ptr += k;
        }
    }
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
