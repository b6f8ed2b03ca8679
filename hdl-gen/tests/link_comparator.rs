//! Behaviour of `link_comparator` in rust-hdl's simulator: directed tests against the
//! documented semantics (DESIGN.md, the block's doc comment, the CMP_* field docs), each also
//! checked cycle by cycle against block-model's reference model, and one seeded random run.
//!
//! Depth 8 (`N` = 3) rather than the core's 32 so that full FIFOs take a few cycles.

use hdl_gen::bench::Bench;
use hdl_gen::link_comparator::LinkComparator;
use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};
use std::collections::VecDeque;

use block_model::link_comparator as model;

use model::{Inputs, LinkComparatorModel, Mode, Outputs, Status, Word};

type Cmp<const N: usize = 3, const NP1: usize = 4> = LinkComparator<64, N, NP1>;
const DEPTH_LOG2: u32 = 3;
const DEPTH: u32 = 1 << DEPTH_LOG2;

fn drive<const N: usize, const NP1: usize>(u: &mut Cmp<N, NP1>, i: &Inputs) {
    u.rst.next = i.rst;
    u.a_valid.next = i.a_valid;
    u.a_data.next = (i.a_data as u64).into();
    u.a_last.next = i.a_last;
    u.b_valid.next = i.b_valid;
    u.b_data.next = (i.b_data as u64).into();
    u.b_last.next = i.b_last;
    u.o_ready.next = i.o_ready;
    u.en.next = i.en;
    u.mode.next = (i.mode as u64).into();
    u.halt_on_mismatch.next = i.halt_on_mismatch;
    u.clear.next = i.clear;
    u.skew_timeout.next = (i.skew_timeout as u64).into();
    u.epoch.next = (i.epoch as u64).into();
}

fn read<const N: usize, const NP1: usize>(u: &Cmp<N, NP1>) -> Outputs {
    Outputs {
        a_ready: u.a_ready.val(),
        b_ready: u.b_ready.val(),
        o_valid: u.o_valid.val(),
        o_data: u.o_data.val().to_u64() as u128,
        o_last: u.o_last.val(),
        status: Status {
            mismatch: u.mismatch.val(),
            timeout: u.timeout.val(),
            halted: u.halted.val(),
            a_fill: u.a_fill.val().to_u32(),
            b_fill: u.b_fill.val().to_u32(),
            mismatch_index: u.mismatch_index.val().to_u64(),
            mismatch_a: u.mismatch_a.val().to_u32(),
            mismatch_b: u.mismatch_b.val().to_u32(),
            mismatch_epoch: u.mismatch_epoch.val().to_u32(),
            words: u.words.val().to_u64(),
            frames: u.frames.val().to_u32(),
            max_skew: u.max_skew.val().to_u32(),
            mismatch_event: u.mismatch_event.val(),
            timeout_event: u.timeout_event.val(),
        },
    }
}

/// The payload means nothing while `o_valid` is low (the RTL shows its FIFO head, the model 0).
fn comparable(mut o: Outputs) -> Outputs {
    if !o.o_valid {
        o.o_data = 0;
        o.o_last = false;
    }
    o
}

/// The block and its model side by side; every cycle is compared.
struct Rig<const N: usize = 3, const NP1: usize = 4> {
    bench: Bench<Cmp<N, NP1>>,
    model: LinkComparatorModel,
    cycle: u64,
    /// Printed with a disagreement (the random test's seed).
    context: String,
}

impl<const N: usize, const NP1: usize> Rig<N, NP1> {
    fn new() -> Self {
        Rig {
            bench: Bench::new(Cmp::<N, NP1>::new(), |u| &mut u.clock),
            model: LinkComparatorModel::new(64, N as u32),
            cycle: 0,
            context: String::new(),
        }
    }

    /// One clock cycle with inputs `i`: returns what the block drove during it.
    fn step(&mut self, i: &Inputs) -> Outputs {
        drive(&mut self.bench.uut, i);
        self.bench.settle();
        let rtl = read(&self.bench.uut);
        let want = self.model.step(i);
        assert_eq!(
            comparable(rtl),
            comparable(want),
            "RTL (left) and model (right) differ: {} cycle {}, inputs {:?}",
            self.context,
            self.cycle,
            i
        );
        self.bench.tick();
        self.cycle += 1;
        rtl
    }

    /// The registered outputs now (what the next cycle will show).
    fn status(&self) -> Status {
        read(&self.bench.uut).status
    }
}

fn ctrl(mode: Mode) -> Inputs {
    Inputs { en: true, o_ready: true, mode: mode.field(), ..Inputs::default() }
}

/// Word `n` of a test stream: distinct in both halves so a lost or repeated word shows, `last`
/// every fifth word.
fn stream(base: u64, n: usize) -> Vec<Word> {
    (0..n as u64)
        .map(|k| Word { data: (((base + k) << 32) | (0x5000_0000 + base + k)) as u128, last: k % 5 == 4 })
        .collect()
}

/// Two sources and a sink around the rig. A source presents its head until it is accepted;
/// `hold_*` makes it withhold its words.
struct Link {
    rig: Rig,
    ctrl: Inputs,
    a: VecDeque<Word>,
    b: VecDeque<Word>,
    hold_a: bool,
    hold_b: bool,
    out: Vec<Word>,
}

impl Link {
    /// A link whose block has seen `ctrl` for one cycle (EN, MODE and HALT_ON_MISMATCH act from
    /// the cycle after the block is shown them).
    fn new(ctrl: Inputs) -> Self {
        let mut rig = Rig::new();
        rig.step(&ctrl);
        Link { rig, ctrl, a: VecDeque::new(), b: VecDeque::new(), hold_a: false, hold_b: false, out: Vec::new() }
    }

    fn cycle(&mut self) -> Outputs {
        let mut i = self.ctrl;
        if let (Some(w), false) = (self.a.front(), self.hold_a) {
            (i.a_valid, i.a_data, i.a_last) = (true, w.data, w.last);
        }
        if let (Some(w), false) = (self.b.front(), self.hold_b) {
            (i.b_valid, i.b_data, i.b_last) = (true, w.data, w.last);
        }
        let o = self.rig.step(&i);
        if i.a_valid && o.a_ready {
            self.a.pop_front();
        }
        if i.b_valid && o.b_ready {
            self.b.pop_front();
        }
        if o.o_valid && i.o_ready {
            self.out.push(Word { data: o.o_data, last: o.o_last });
        }
        o
    }

    fn cycles(&mut self, n: usize) -> Vec<Outputs> {
        (0..n).map(|_| self.cycle()).collect()
    }

    fn pulse_clear(&mut self) -> Outputs {
        self.ctrl.clear = true;
        let o = self.cycle();
        self.ctrl.clear = false;
        o
    }

    fn status(&self) -> Status {
        self.rig.status()
    }
}

#[test]
fn equal_streams_are_forwarded_once_at_full_rate() {
    let words = stream(0x100, 40);
    let mut link = Link::new(ctrl(Mode::Duplex));
    link.a.extend(&words);
    link.b.extend(&words);
    let outs = link.cycles(41);
    for (c, o) in outs.iter().enumerate() {
        // One word per clock per side: the inputs never wait, the output never idles once
        // the first pair is in.
        assert!(c >= 40 || (o.a_ready && o.b_ready), "cycle {c}: input stalled");
        assert_eq!(o.o_valid, c >= 1, "cycle {c}");
    }
    assert_eq!(link.out, words);
    // Nothing more comes out once both sides are drained.
    assert!(link.cycles(3).iter().all(|o| !o.o_valid));
    assert_eq!(link.out.len(), 40);
    // (The counters count a word at the edge after the cycle that forwards it.)
    let s = link.status();
    assert_eq!((s.words, s.frames, s.max_skew, s.a_fill, s.b_fill), (40, 8, 0, 0, 0));
    assert!(!s.mismatch && !s.timeout && !s.halted);
}

#[test]
fn skew_is_absorbed_at_full_rate() {
    // B starts k cycles after A. A's FIFO then holds k + 1 words, and a full FIFO cannot take
    // a word even while it is popped, so depth - 2 is the largest skew kept at full rate.
    let k = DEPTH as usize - 2;
    let words = stream(0x200, 40);
    let mut link = Link::new(Inputs { skew_timeout: k as u32 + 1, ..ctrl(Mode::Duplex) });
    link.a.extend(&words);
    link.b.extend(&words);
    link.hold_b = true;
    let mut outs = link.cycles(k);
    link.hold_b = false;
    outs.extend(link.cycles(40 + 1));
    for (c, o) in outs.iter().enumerate() {
        assert!(c >= 40 || o.a_ready, "cycle {c}: A stalled");
        assert!(c >= 40 + k || o.b_ready, "cycle {c}: B stalled");
        assert_eq!(o.o_valid, c > k, "cycle {c}");
    }
    assert_eq!(link.out, words);
    // The last word is counted at the next edge.
    link.cycle();
    let s = link.status();
    assert_eq!((s.max_skew, s.words, s.frames), (k as u32, 40, 8));
    // k one-sided cycles against a limit of k + 1.
    assert!(!s.timeout && !s.mismatch);
}

#[test]
fn output_backpressure_holds_the_word_and_fills_the_fifos() {
    let words = stream(0x300, 60);
    let mut link = Link::new(ctrl(Mode::Duplex));
    link.a.extend(&words);
    link.b.extend(&words);
    let mut saw_full = false;
    let mut prev: Option<(bool, Outputs)> = None;
    for c in 0..200 {
        // Downstream takes one word in three.
        link.ctrl.o_ready = c % 3 == 2;
        let o = link.cycle();
        let s = o.status;
        assert!(s.a_fill <= DEPTH && s.b_fill <= DEPTH, "cycle {c}");
        assert_eq!(o.a_ready, s.a_fill < DEPTH, "cycle {c}: a_ready against fill {}", s.a_fill);
        assert_eq!(o.b_ready, s.b_fill < DEPTH, "cycle {c}: b_ready against fill {}", s.b_fill);
        saw_full |= s.a_fill == DEPTH;
        // An offered word stays offered, unchanged, until taken.
        if let Some((taken, p)) = prev {
            if p.o_valid && !taken {
                assert!(o.o_valid && o.o_data == p.o_data && o.o_last == p.o_last, "cycle {c}");
            }
        }
        prev = Some((link.ctrl.o_ready, o));
        if link.out.len() == words.len() {
            break;
        }
    }
    assert!(saw_full, "the FIFOs never filled");
    assert_eq!(link.out, words);
    link.cycle();
    assert_eq!(link.status().words, 60);
    assert!(!link.status().mismatch);
}

/// A stream whose word `at` differs between the sides as `corrupt` says.
fn mismatch_case(corrupt: fn(Word) -> Word, at: usize, halt: bool) -> (Link, Vec<Word>, Vec<Word>) {
    let a = stream(0x400, 30);
    let mut b = a.clone();
    b[at] = corrupt(b[at]);
    let mut link = Link::new(Inputs { halt_on_mismatch: halt, ..ctrl(Mode::Duplex) });
    link.a.extend(&a);
    link.b.extend(&b);
    (link, a, b)
}

#[test]
fn first_mismatch_is_captured_and_a_is_forwarded_without_halt() {
    type Corrupt = fn(Word) -> Word;
    let cases: [(&str, Corrupt); 3] = [
        ("low word", |w| Word { data: w.data ^ 0x10, ..w }),
        ("high word only", |w| Word { data: w.data ^ (1 << 40), ..w }),
        ("last only", |w| Word { last: !w.last, ..w }),
    ];
    for (what, corrupt) in cases {
        let at = 13;
        let (mut link, a, b) = mismatch_case(corrupt, at, false);
        // A second difference later on must not replace the first capture.
        link.b[20].data ^= 0xff;
        let mut events = Vec::new();
        for c in 0..40u32 {
            link.ctrl.epoch = 1000 + c;
            let o = link.cycle();
            if o.status.mismatch_event {
                events.push(c);
            }
        }
        // Word n is compared in cycle n + 1 (the epoch then is 1000 + n + 1); the capture
        // shows from the next cycle, the event for exactly that one cycle.
        assert_eq!(events, vec![at as u32 + 2], "{what}");
        assert_eq!(link.out, a, "{what}: A's stream goes on unchanged");
        let s = link.status();
        assert!(s.mismatch && !s.halted, "{what}");
        assert_eq!(s.mismatch_index, at as u64, "{what}");
        assert_eq!(s.mismatch_a, a[at].data as u32, "{what}");
        assert_eq!(s.mismatch_b, b[at].data as u32, "{what}");
        assert_eq!(s.mismatch_epoch, 1000 + at as u32 + 1, "{what}");
        assert_eq!(s.words, 30, "{what}");
    }
}

#[test]
fn mismatch_is_captured_while_the_output_waits() {
    // The differing pair sits at the heads for several cycles before downstream takes it:
    // one capture, with the index of words forwarded before it.
    let (mut link, a, b) = mismatch_case(|w| Word { data: w.data + 1, ..w }, 3, false);
    link.ctrl.o_ready = false;
    link.cycles(2);
    // Words 0..2 go; the pair reaches the heads in the last of these cycles.
    link.ctrl.o_ready = true;
    link.cycles(3);
    link.ctrl.o_ready = false;
    let mut outs = link.cycles(5);
    assert_eq!(link.out, a[..3]);
    assert!(outs.last().is_some_and(|o| o.o_valid && o.o_data == a[3].data));
    link.ctrl.o_ready = true;
    outs.extend(link.cycles(3));
    assert_eq!(link.out, a[..6], "A's word of the pair is forwarded once taken");
    assert_eq!(outs.iter().filter(|o| o.status.mismatch_event).count(), 1);
    let s = link.status();
    assert_eq!((s.mismatch_index, s.mismatch_a, s.mismatch_b), (3, a[3].data as u32, b[3].data as u32));
}

#[test]
fn halt_on_mismatch_stops_forwarding_until_clear() {
    let at = 5;
    let (mut link, a, b) = mismatch_case(|w| Word { data: w.data ^ 0x8000_0000, ..w }, at, true);
    link.ctrl.epoch = 77;
    let outs = link.cycles(30);
    assert_eq!(link.out, a[..at], "forwarding stops before the differing pair");
    assert_eq!(outs.iter().filter(|o| o.status.mismatch_event).count(), 1);
    let s = link.status();
    assert!(s.mismatch && s.halted);
    assert_eq!(
        (s.mismatch_index, s.mismatch_a, s.mismatch_b, s.mismatch_epoch),
        (at as u64, a[at].data as u32, b[at].data as u32, 77)
    );
    // The pair stays queued behind the halt and the inputs back up.
    assert_eq!((s.a_fill, s.b_fill, s.words), (DEPTH, DEPTH, at as u64));
    assert!(outs.last().is_some_and(|o| !o.a_ready && !o.b_ready && !o.o_valid));

    // Neither dropping HALT_ON_MISMATCH nor failing over to one side resumes: only CLEAR does.
    link.ctrl.halt_on_mismatch = false;
    assert!(link.cycles(3).iter().all(|o| !o.o_valid));
    link.ctrl.mode = Mode::AOnly.field();
    assert!(link.cycles(3).iter().all(|o| !o.o_valid));
    assert!(link.status().halted);
    link.ctrl.mode = Mode::Duplex.field();
    link.ctrl.halt_on_mismatch = true;

    // CLEAR flushes both FIFOs and zeroes status, captures and counters at the edge.
    let o = link.pulse_clear();
    assert!(o.status.halted, "CLEAR acts at the edge");
    assert_eq!(link.status(), Status::default());
    // Restart both sources on a common stream: forwarding resumes and counts from zero.
    let fresh = stream(0x500, 12);
    link.a = fresh.iter().copied().collect();
    link.b = fresh.iter().copied().collect();
    link.out.clear();
    link.cycles(14);
    assert_eq!(link.out, fresh);
    let s = link.status();
    assert_eq!((s.words, s.frames, s.mismatch, s.halted), (12, 2, false, false));
}

#[test]
fn clear_in_the_detection_cycle_leaves_no_capture_and_no_event() {
    let (mut link, _, _) = mismatch_case(|w| Word { data: w.data ^ 1, ..w }, 0, true);
    link.cycle();
    // The differing pair is at the heads now; CLEAR in the same cycle wins.
    link.pulse_clear();
    let outs = link.cycles(3);
    assert!(outs.iter().all(|o| !o.status.mismatch_event && !o.status.mismatch));
}

#[test]
fn skew_timeout_fires_on_exactly_the_limit() {
    let limit = 6;
    let mut link = Link::new(Inputs { skew_timeout: limit, ..ctrl(Mode::Duplex) });
    link.a.extend(stream(0x600, 3));
    link.b.extend(stream(0x600, 3));
    link.hold_b = true;
    // Cycle 0 pushes A's first word; cycles 1.. are one-sided.
    let outs = link.cycles(limit as usize + 3);
    let first = outs.iter().position(|o| o.status.timeout).expect("no timeout");
    // The limit-th one-sided cycle is cycle `limit`; the edge after the next one sets the bit.
    assert_eq!(first, limit as usize + 2);
    assert_eq!(outs.iter().filter(|o| o.status.timeout_event).count(), 1);
    assert!(outs[first].status.timeout_event);
    // Sticky after the other side shows up and the words are forwarded.
    link.hold_b = false;
    link.cycles(6);
    assert_eq!(link.out.len(), 3);
    let s = link.status();
    assert!(s.timeout && !s.mismatch);

    // One cycle short of the limit, twice over (A ahead, then B ahead): the run restarts,
    // so no timeout. Holding a side for h cycles makes h one-sided cycles.
    let words = stream(0x700, 5);
    let mut link = Link::new(Inputs { skew_timeout: limit, ..ctrl(Mode::Duplex) });
    link.a.extend(&words[..4]);
    link.b.extend(&words[..4]);
    link.hold_b = true;
    link.cycles(limit as usize - 1);
    link.hold_b = false;
    link.cycles(8);
    assert_eq!(link.out.len(), 4);
    assert_eq!(link.status().max_skew, 4);
    link.a.push_back(words[4]);
    link.b.push_back(words[4]);
    link.hold_a = true;
    link.cycles(limit as usize - 1);
    link.hold_a = false;
    link.cycles(3);
    assert_eq!(link.out, words);
    assert!(!link.status().timeout);
}

#[test]
fn skew_timeout_zero_disables_and_a_later_limit_applies_to_the_wait_so_far() {
    let mut link = Link::new(Inputs { skew_timeout: 0, ..ctrl(Mode::Duplex) });
    link.b.extend(stream(0x800, 1));
    let outs = link.cycles(100);
    assert!(outs.iter().all(|o| !o.status.timeout && !o.status.timeout_event));
    assert_eq!(link.status().b_fill, 1);
    // B has waited 99 cycles; a limit of 10 is already exceeded, so TIMEOUT comes at once
    // (from the second edge, as TIMEOUT always does).
    link.ctrl.skew_timeout = 10;
    link.cycle();
    assert!(!link.status().timeout);
    link.cycle();
    let s = link.status();
    assert!(s.timeout && s.timeout_event);
}

fn simplex(mode: Mode) {
    let fwd_a = mode == Mode::AOnly;
    let good = stream(0x900, 30);
    let noise: Vec<Word> = (0..200).map(|k| Word { data: 0xdead_0000 + k, last: k % 2 == 0 }).collect();
    let mut link = Link::new(Inputs { skew_timeout: 1, ..ctrl(mode) });
    let (kept, dropped) = if fwd_a { (&mut link.a, &mut link.b) } else { (&mut link.b, &mut link.a) };
    kept.extend(&good);
    dropped.extend(&noise);
    for c in 0..120 {
        // Downstream stalls for a while so the forwarded FIFO fills, then runs at 2 of 3.
        link.ctrl.o_ready = c >= 20 && c % 3 != 0;
        // The forwarded side goes quiet now and then: in simplex that is no timeout.
        if fwd_a {
            link.hold_a = (40..60).contains(&c);
        } else {
            link.hold_b = (40..60).contains(&c);
        }
        let o = link.cycle();
        let (ready_dropped, fill_kept, fill_dropped) = if fwd_a {
            (o.b_ready, o.status.a_fill, o.status.b_fill)
        } else {
            (o.a_ready, o.status.b_fill, o.status.a_fill)
        };
        assert!(ready_dropped, "{mode:?} cycle {c}: the dropped side must never stall");
        assert_eq!(fill_dropped, 0, "{mode:?} cycle {c}");
        assert!(fill_kept <= DEPTH);
        if c == 19 {
            assert_eq!(fill_kept, DEPTH, "{mode:?}: the forwarded side should have filled up");
        }
    }
    assert_eq!(link.out, good, "{mode:?}");
    let drained = if fwd_a { link.b.len() } else { link.a.len() };
    assert_eq!(drained, 200 - 120, "{mode:?}: the dropped side is taken every cycle");
    let s = link.status();
    assert!(!s.mismatch && !s.timeout && !s.halted, "{mode:?}");
    assert_eq!((s.words, s.frames, s.max_skew), (30, 6, 0), "{mode:?}");
}

#[test]
fn simplex_a_only_forwards_a_and_drains_b() {
    simplex(Mode::AOnly);
}

#[test]
fn simplex_b_only_forwards_b_and_drains_a() {
    simplex(Mode::BOnly);
}

#[test]
fn failing_over_drops_the_other_sides_queued_words() {
    // Downstream stalls, so both FIFOs fill; then A_ONLY: B's queued words are dropped at the
    // first simplex edge and A's stream goes on whole.
    let words = stream(0xc00, 20);
    let mut link = Link::new(Inputs { o_ready: false, ..ctrl(Mode::Duplex) });
    link.a.extend(&words);
    link.b.extend(&words);
    link.cycles(4);
    assert_eq!((link.status().a_fill, link.status().b_fill), (4, 4));
    link.ctrl.mode = Mode::AOnly.field();
    // MODE acts from the next cycle: this one still queues both sides.
    link.cycle();
    assert_eq!((link.status().a_fill, link.status().b_fill), (5, 5));
    let o = link.cycle();
    assert_eq!(o.status.b_fill, 5, "dropped at the edge, not before");
    assert_eq!((link.status().a_fill, link.status().b_fill), (6, 0));
    link.ctrl.o_ready = true;
    link.cycles(24);
    assert_eq!(link.out, words);
    assert_eq!(link.status().b_fill, 0);
}

#[test]
fn en_low_stalls_both_inputs_and_the_output() {
    let mut link = Link::new(Inputs { skew_timeout: 2, ..ctrl(Mode::Duplex) });
    let a = stream(0xa00, 6);
    let mut b = a.clone();
    b[2].data ^= 4;
    link.a.extend(&a);
    link.b.extend(&b[..3]);
    link.cycles(2);
    // Words 0..2 of A and B are queued, word 0 forwarded; the differing pair is behind word 1.
    // EN acts from the next cycle: nothing moves in this one.
    link.ctrl.en = false;
    (link.ctrl.o_ready, link.hold_a, link.hold_b) = (false, true, true);
    link.cycle();
    (link.ctrl.o_ready, link.hold_a, link.hold_b) = (true, false, false);
    let outs = link.cycles(10);
    for (c, o) in outs.iter().enumerate() {
        assert!(!o.a_ready && !o.b_ready && !o.o_valid, "cycle {c}");
    }
    let s = link.status();
    assert_eq!((s.a_fill, s.b_fill, s.words), (1, 1, 1));
    assert!(!s.mismatch && !s.timeout);
    link.ctrl.en = true;
    link.cycles(2);
    assert!(!link.status().mismatch, "EN acts one cycle later");
    link.cycle();
    assert!(link.status().mismatch, "comparison resumes with EN");
    // B has nothing more: A alone for two cycles is a timeout, but not while disabled.
    link.ctrl.en = false;
    link.cycles(5);
    assert!(!link.status().timeout);
    // (The index shows one cycle after MISMATCH.)
    assert_eq!(link.status().mismatch_index, 2);
    link.ctrl.en = true;
    link.cycles(3);
    assert!(!link.status().timeout, "EN acts one cycle later");
    link.cycle();
    assert!(link.status().timeout);
}

#[test]
fn synchronous_reset_returns_to_power_up() {
    let (mut link, _, _) = mismatch_case(|w| Word { data: w.data ^ 2, ..w }, 4, false);
    link.ctrl.skew_timeout = 3;
    link.hold_b = true;
    link.cycles(3);
    link.hold_b = false;
    link.cycles(10);
    let s = link.status();
    assert!(s.mismatch && s.timeout && s.words > 0 && s.a_fill > 0 && s.max_skew > 0);
    link.ctrl.rst = true;
    let o = link.cycle();
    // Synchronous: the cycle with rst still shows the old state; the edge clears it.
    assert!(o.status.mismatch && o.status.words > 0);
    link.ctrl.rst = false;
    assert_eq!(link.status(), Status::default());
    let fresh = stream(0xb00, 5);
    link.a = fresh.iter().copied().collect();
    link.b = fresh.iter().copied().collect();
    link.out.clear();
    link.cycles(7);
    assert_eq!(link.out, fresh);
    assert_eq!(link.status().words, 5);
}

/// Random traffic on both sides, random output stalls, CLEAR-separated segments with their own
/// settings, an injected difference, a silent side, occasional fail-over, EN drops and resets;
/// RTL and model compared on every output every cycle.
#[test]
fn random_traffic_matches_the_model() {
    random_traffic::<3, 4>();
}

/// Depth 2, the UP5K build's: `second` is then the only word behind the head and the FIFO has
/// no RAM.
#[test]
fn random_traffic_matches_the_model_at_depth_2() {
    random_traffic::<1, 2>();
}

fn random_traffic<const N: usize, const NP1: usize>() {
    let depth = 1u32 << N;
    let seed: u64 = std::env::var("LINK_CMP_SEED").map_or(0x1c0_ffee, |s| s.parse().expect("LINK_CMP_SEED: a number"));
    let mut rng = SmallRng::seed_from_u64(seed);
    let mut rig = Rig::<N, NP1>::new();
    rig.context = format!("seed {seed:#x}");
    let word = |salt: u64, n: u64| {
        let x = (salt ^ n).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        Word { data: (x ^ (x >> 29)) as u128, last: x >> 61 == 0 }
    };
    let (mut mismatches, mut timeouts, mut halts, mut forwarded) = (0, 0, 0, 0u64);
    let (mut full, mut simplex_fwd) = (0, 0);
    let mut total = 0;
    while total < 10_000 {
        let len = rng.gen_range(80..400);
        let salt: u64 = rng.gen();
        let mut i = Inputs {
            en: true,
            mode: if rng.gen_bool(0.8) { Mode::Duplex.field() } else { rng.gen_range(1..4) },
            halt_on_mismatch: rng.gen_bool(0.3),
            skew_timeout: if rng.gen_bool(0.2) { 0 } else { rng.gen_range(1..24) },
            epoch: rng.gen(),
            ..Inputs::default()
        };
        let bad_at = rng.gen_bool(0.5).then(|| rng.gen_range(0..60u64));
        let quiet_side = rng.gen_bool(0.5);
        let quiet = rng.gen_range(0..len);
        let quiet = quiet..quiet + rng.gen_range(5..40);
        let failover = rng.gen_bool(0.2).then(|| (rng.gen_range(0..len), rng.gen_range(1..3u32)));
        let (p_a, p_b, p_o) = (rng.gen_range(0.3..1.0), rng.gen_range(0.3..1.0), rng.gen_range(0.3..1.0));
        let (mut na, mut nb) = (0u64, 0u64);
        for c in 0..len {
            i.clear = c == 0;
            i.rst = rng.gen_bool(0.001);
            if rng.gen_bool(0.01) {
                i.en = !i.en;
            }
            if rng.gen_bool(0.05) {
                i.epoch = i.epoch.wrapping_add(1);
            }
            if failover.is_some_and(|(at, _)| at == c) {
                i.mode = failover.unwrap().1;
            }
            let wa = word(salt, na);
            let mut wb = word(salt, nb);
            if bad_at == Some(nb) {
                if rng.gen_bool(0.2) {
                    wb.last = !wb.last;
                } else {
                    wb.data ^= 1 << rng.gen_range(0..64);
                }
            }
            let silenced = quiet.contains(&c);
            let (mute_a, mute_b) = (silenced && quiet_side, silenced && !quiet_side);
            i.a_valid = rng.gen_bool(p_a) && !mute_a;
            i.b_valid = rng.gen_bool(p_b) && !mute_b;
            // An idle source's payload is noise, which the block must ignore.
            (i.a_data, i.a_last) = if i.a_valid { (wa.data, wa.last) } else { (rng.gen::<u64>() as u128, rng.gen()) };
            (i.b_data, i.b_last) = if i.b_valid { (wb.data, wb.last) } else { (rng.gen::<u64>() as u128, rng.gen()) };
            i.o_ready = rng.gen_bool(p_o);
            let o = rig.step(&i);
            if i.rst || i.clear {
                // The FIFOs are flushed at this edge: both sides restart the stream together.
                (na, nb) = (0, 0);
            } else {
                na += (i.a_valid && o.a_ready) as u64;
                nb += (i.b_valid && o.b_ready) as u64;
            }
            mismatches += o.status.mismatch_event as u32;
            timeouts += o.status.timeout_event as u32;
            halts += (o.status.halted && !i.clear) as u32;
            forwarded += (o.o_valid && i.o_ready) as u64;
            full += (o.status.a_fill == depth || o.status.b_fill == depth) as u32;
            simplex_fwd += (o.o_valid && i.o_ready && matches!(i.mode, 1 | 2)) as u32;
        }
        total += len;
    }
    // The run must have reached the interesting states, or the comparison proves little.
    assert!(mismatches >= 3, "seed {seed:#x}: only {mismatches} mismatch events");
    assert!(timeouts >= 3, "seed {seed:#x}: only {timeouts} timeout events");
    assert!(halts > 0, "seed {seed:#x}: never halted");
    assert!(forwarded > 1500, "seed {seed:#x}: only {forwarded} words forwarded");
    assert!(simplex_fwd > 100, "seed {seed:#x}: only {simplex_fwd} words forwarded in simplex");
    assert!(full > 100, "seed {seed:#x}: a FIFO was full in only {full} cycles");
}
