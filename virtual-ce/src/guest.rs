//! Guest programs, assembled with [`crate::asm`].

use crate::asm::{reg::*, Asm};
use crate::cpu::{layout, Cpu};
use crate::Error;
use std::collections::BTreeSet;

/// Per-channel state of [`io_loop`], 16 bytes each from here: base (oldest sequence not yet
/// completed), mask (completions at base+k already seen, bit k), next (next sequence to issue),
/// disconnects seen.
pub const CHANNEL_STATE: u32 = layout::DATA;
/// 64 words the loop's compute part reads and rewrites.
pub const WORK: u32 = layout::DATA + 0x400;
const DATA_SALT: u32 = 0x5A5A_0000;

/// What the I/O loop does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct IoLoopConfig {
    /// Connections, one per channel 0..channels.
    pub channels: u32,
    /// Operations outstanding per channel, 1..=32.
    pub window: u32,
    /// Operations per channel before the guest halts; 0 runs forever.
    pub ops_per_channel: u32,
    /// Compute iterations between two rounds of I/O.
    pub compute: u32,
    /// Execute the drain instruction (FENCE) after a round in which nothing could be issued
    /// (every window full): the epoch ends there, so waiting completions arrive sooner.
    #[serde(default)]
    pub drain_when_idle: bool,
}

impl Default for IoLoopConfig {
    fn default() -> Self {
        IoLoopConfig { channels: 4, window: 4, ops_per_channel: 64, compute: 16, drain_when_idle: false }
    }
}

/// The data the I/O loop sends with operation `seq` on `chan` (for auditing the device log).
pub fn op_data(chan: u32, seq: u32) -> u32 {
    (chan << 24) ^ seq ^ DATA_SALT
}

/// A guest that connects to `channels` channels and keeps `window` operations outstanding on
/// each, folds every completion's result into a running checksum it writes to OUT, runs a
/// compute loop over [`WORK`] between rounds, and halts once `ops_per_channel` operations
/// completed on every channel. Completions may come in any order (rule 2); on a
/// "disconnected" interrupt it connects again and reissues every operation it issued on that
/// channel and has not seen completed (seed 003's corollary to rule 3).
pub fn io_loop(cfg: IoLoopConfig) -> Result<Vec<u8>, Error> {
    if !(1..=32).contains(&cfg.window) || cfg.channels == 0 || cfg.channels > 64 {
        return Err(Error::Assemble(format!(
            "io_loop: window {} must be 1..=32 and channels {} 1..=64",
            cfg.window, cfg.channels
        )));
    }
    let mut a = Asm::new();
    let mmio = |off: u32| off as i32;
    a.li(S0, layout::MMIO).li(S1, CHANNEL_STATE).li(S2, 0x1234_5678).li(S3, 0).li(S4, cfg.channels).li(S5, cfg.window);
    a.li(S6, cfg.ops_per_channel)
        .li(S7, layout::IRQ_RING)
        .li(S8, WORK)
        .li(S9, cfg.compute)
        .li(S10, 0)
        .li(S11, DATA_SALT);
    a.li(GP, layout::IRQ_TAIL).li(T0, 0);
    a.label("connect").bgeu(T0, S4, "main").sw(T0, mmio(layout::IO_CONNECT), S0).addi(T0, T0, 1).j("connect");

    // ---- Interrupts delivered since the last look.
    a.label("main").lw(T0, 0, GP);
    a.label("irq").beq(S3, T0, "irq_done");
    a.andi(T1, S3, 63).slli(T1, T1, 4).add(T1, T1, S7);
    a.lw(T2, 0, T1).lw(T3, 4, T1).lw(T4, 8, T1).lw(T6, 12, T1);
    a.addi(S3, S3, 1).sw(S3, (layout::IRQ_HEAD - layout::IRQ_TAIL) as i32, GP);
    a.bgeu(T3, S4, "irq");
    a.slli(A2, T3, 4).add(A2, A2, S1).li(A3, 1).bne(T2, A3, "disconnected");
    // Completed: fold the result in, mark it, slide the window over completed operations.
    a.slli(A3, S2, 5).add(S2, S2, A3).xor(S2, S2, T6);
    a.lw(A3, 0, A2).sub(A4, T4, A3).sltiu(A5, A4, 32).beq(A5, ZERO, "irq");
    a.lw(A5, 4, A2).li(A6, 1).sll(A6, A6, A4).or(A5, A5, A6);
    a.label("slide").andi(A6, A5, 1).beq(A6, ZERO, "slid").srli(A5, A5, 1).addi(A3, A3, 1).j("slide");
    a.label("slid").sw(A3, 0, A2).sw(A5, 4, A2).sw(S2, mmio(layout::OUT), S0).j("irq");
    // Disconnected: connect again, reissue what was issued and not seen completed.
    a.label("disconnected").lw(A3, 12, A2).addi(A3, A3, 1).sw(A3, 12, A2).sw(T3, mmio(layout::IO_CONNECT), S0);
    a.lw(A3, 0, A2).lw(A5, 4, A2).lw(A4, 8, A2).mv(A7, A3);
    a.label("reissue").bgeu(A7, A4, "irq").andi(A6, A5, 1).bne(A6, ZERO, "reissue_next");
    a.mv(A0, T3).mv(A1, A7).jal(RA, "issue");
    a.label("reissue_next").srli(A5, A5, 1).addi(A7, A7, 1).j("reissue");

    // ---- New operations up to the window.
    a.label("irq_done").li(T3, 0).mv(A2, S1).li(TP, 0);
    a.label("chan").bgeu(T3, S4, "work").lw(A3, 0, A2).lw(A4, 8, A2);
    a.label("fill").sub(A5, A4, A3).bgeu(A5, S5, "chan_next").beq(S6, ZERO, "fill_go").bgeu(A4, S6, "chan_next");
    a.label("fill_go").li(TP, 1).mv(A0, T3).mv(A1, A4).jal(RA, "issue").addi(A4, A4, 1).sw(A4, 8, A2).j("fill");
    a.label("chan_next").addi(T3, T3, 1).addi(A2, A2, 16).j("chan");

    // ---- Compute over WORK.
    a.label("work").mv(T0, S9);
    a.label("work_loop").beq(T0, ZERO, "work_done");
    a.andi(T1, S10, 63).slli(T1, T1, 2).add(T1, T1, S8).lw(T2, 0, T1);
    a.slli(T4, S2, 3).xor(S2, S2, T4).srli(T4, S2, 7).xor(S2, S2, T4).add(S2, S2, T2).sw(S2, 0, T1);
    a.addi(S10, S10, 1).addi(T0, T0, -1).j("work_loop");
    a.label("work_done").sw(S2, mmio(layout::OUT), S0);
    if cfg.drain_when_idle {
        // tp: something was issued this round.
        a.bne(TP, ZERO, "busy").fence().label("busy");
    }

    // ---- Finished when every channel completed ops_per_channel operations.
    a.beq(S6, ZERO, "main").li(T3, 0).mv(A2, S1);
    a.label("done")
        .bgeu(T3, S4, "finish")
        .lw(A3, 0, A2)
        .bltu(A3, S6, "main")
        .addi(T3, T3, 1)
        .addi(A2, A2, 16)
        .j("done");
    a.label("finish").sw(S2, mmio(layout::OUT), S0).sw(ZERO, mmio(layout::HALT), S0).j("finish");

    // ---- issue(a0 = channel, a1 = sequence).
    a.label("issue").sw(A0, mmio(layout::IO_CHAN), S0).sw(A1, mmio(layout::IO_SEQ), S0);
    a.slli(T5, A0, 24).xor(T5, T5, A1).xor(T5, T5, S11).sw(T5, mmio(layout::IO_DATA), S0).sw(
        ZERO,
        mmio(layout::IO_ISSUE),
        S0,
    );
    a.jalr(ZERO, RA, 0);
    a.assemble()
}

/// One channel of [`io_loop`] as the guest sees it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct ChannelProgress {
    pub base: u32,
    pub mask: u32,
    pub next: u32,
    pub disconnects: u32,
}

/// The I/O loop's per-channel state, read from its memory.
pub fn progress(cpu: &Cpu, channels: u32) -> Vec<ChannelProgress> {
    (0..channels)
        .map(|c| {
            let w = |k: u32| cpu.read_word(CHANNEL_STATE + 16 * c + 4 * k).unwrap_or(0);
            ChannelProgress { base: w(0), mask: w(1), next: w(2), disconnects: w(3) }
        })
        .collect()
}

/// Operations the guest has seen completed, as (channel, sequence).
pub fn completed(cpu: &Cpu, channels: u32) -> BTreeSet<(u32, u32)> {
    let mut out = BTreeSet::new();
    for (c, p) in progress(cpu, channels).iter().enumerate() {
        out.extend((0..p.base).map(|s| (c as u32, s)));
        out.extend((0..32).filter(|k| p.mask >> k & 1 == 1).map(|k| (c as u32, p.base + k)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cpu::{Event, IoRequest};
    use crate::io::{audit, DeviceConfig, IoDevice};

    /// A CE and the device with no epochs: interrupts delivered every `every` instructions.
    fn run(cfg: IoLoopConfig, dev: DeviceConfig, every: u64, max: u64) -> (Cpu, IoDevice, Vec<u64>) {
        let mut cpu = Cpu::new(64 << 10, &io_loop(cfg).unwrap()).unwrap();
        let mut d = IoDevice::new(dev);
        let mut pending = Vec::new();
        let mut outputs = Vec::new();
        while !cpu.halted() && cpu.retired() < max {
            match cpu.step().unwrap() {
                Event::Io(IoRequest::Connect { chan }) => d.connect(1, chan).unwrap(),
                Event::Io(IoRequest::Issue { chan, seq, data }) => d.issue(1, chan, seq, data).unwrap(),
                Event::Output(w) => outputs.push(w),
                _ => {}
            }
            pending.extend(d.advance(1, cpu.retired()).unwrap());
            if cpu.retired().is_multiple_of(every) {
                cpu.deliver(&pending).unwrap();
                pending.clear();
            }
        }
        (cpu, d, outputs)
    }

    #[test]
    fn the_io_loop_completes_every_operation_exactly_once() {
        let cfg = IoLoopConfig { channels: 3, window: 5, ops_per_channel: 40, compute: 8, drain_when_idle: false };
        let (cpu, d, outputs) = run(cfg, DeviceConfig { channels: 3, ..DeviceConfig::default() }, 500, 2_000_000);
        assert!(cpu.halted(), "finished after {} instructions", cpu.retired());
        let done = completed(&cpu, 3);
        assert_eq!(done.len(), 120);
        let a = audit(d.log(), &done, &BTreeSet::new(), None, op_data);
        assert!(a.ok() && a.performed == 120 && a.allowed_repeats.is_empty(), "{a:?}");
        assert!(outputs.len() > 120);
    }

    #[test]
    fn same_program_same_inputs_same_hash() {
        let cfg = IoLoopConfig::default();
        let dev = DeviceConfig { seed: 9, ..DeviceConfig::default() };
        let (a, _, oa) = run(cfg, dev, 300, 50_000);
        let (b, _, ob) = run(cfg, dev, 300, 50_000);
        assert_eq!(a.state_hash(), b.state_hash());
        assert_eq!(oa, ob);
        let (c, _, _) = run(cfg, DeviceConfig { seed: 10, ..dev }, 300, 50_000);
        assert_ne!(a.state_hash(), c.state_hash(), "other completion timing, other state");
    }

    #[test]
    fn a_disconnect_makes_the_guest_reconnect_and_reissue_outstanding_ops() {
        let cfg = IoLoopConfig { channels: 2, window: 4, ops_per_channel: 0, compute: 4, drain_when_idle: false };
        let mut cpu = Cpu::new(64 << 10, &io_loop(cfg).unwrap()).unwrap();
        let mut io = Vec::new();
        for _ in 0..400 {
            if let Event::Io(r) = cpu.step().unwrap() {
                io.push(r);
            }
        }
        assert_eq!(&io[..2], &[IoRequest::Connect { chan: 0 }, IoRequest::Connect { chan: 1 }]);
        assert_eq!(io.len(), 2 + 8, "window of 4 on each channel: {io:?}");
        // seq 1 on channel 1 completes, then channel 1 is disconnected.
        use crate::cpu::{Interrupt, InterruptKind::*};
        cpu.deliver(&[
            Interrupt { kind: Completed, chan: 1, seq: 1, result: 5 },
            Interrupt { kind: Disconnected, chan: 1, seq: 0, result: 0 },
        ])
        .unwrap();
        io.clear();
        for _ in 0..400 {
            if let Event::Io(r) = cpu.step().unwrap() {
                io.push(r);
            }
        }
        let d = |seq| IoRequest::Issue { chan: 1, seq, data: op_data(1, seq) };
        assert_eq!(io, vec![IoRequest::Connect { chan: 1 }, d(0), d(2), d(3)]);
        let p = progress(&cpu, 2);
        assert_eq!((p[1].base, p[1].mask, p[1].next, p[1].disconnects), (0, 0b10, 4, 1));
        assert_eq!(completed(&cpu, 2), [(1, 1)].into());
    }
}
