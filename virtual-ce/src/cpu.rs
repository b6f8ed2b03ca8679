//! The RV32I interpreter: one retired instruction per [`Cpu::step`].

use crate::Error;
use serde::{Deserialize, Serialize};

/// Guest memory layout (see the crate docs).
pub mod layout {
    pub const IRQ_TAIL: u32 = 0x0F00;
    pub const IRQ_HEAD: u32 = 0x0F04;
    pub const IRQ_RING: u32 = 0x1000;
    /// Records in the interrupt ring.
    pub const IRQ_RECORDS: u32 = 64;
    pub const IRQ_RECORD_BYTES: u32 = 16;
    pub const DATA: u32 = 0x2000;
    /// Programs load at 0 and must end below the interrupt words.
    pub const PROGRAM_LIMIT: u32 = IRQ_TAIL;
    pub const MMIO: u32 = 0xF000_0000;
    pub const MMIO_LEN: u32 = 0x100;
    pub const IO_CHAN: u32 = 0x00;
    pub const IO_SEQ: u32 = 0x04;
    pub const IO_DATA: u32 = 0x08;
    pub const IO_CONNECT: u32 = 0x10;
    pub const IO_ISSUE: u32 = 0x14;
    pub const OUT: u32 = 0x20;
    pub const HALT: u32 = 0x24;
}
use layout::*;

/// An I/O instruction the guest executed (what a VMM intercepts: performed by the primary,
/// turned into a no-op on the backup).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum IoRequest {
    Connect { chan: u32 },
    Issue { chan: u32, seq: u32, data: u32 },
}

impl IoRequest {
    /// The request as one word of the CE's output stream (so the comparator checks that both
    /// CEs ask for the same I/O).
    pub fn word(&self) -> u64 {
        match *self {
            IoRequest::Connect { chan } => (0xC0u64 << 56) | u64::from(chan),
            IoRequest::Issue { chan, seq, data } => {
                (0x10u64 << 56) | (u64::from(chan & 0xFF) << 48) | (u64::from(seq & 0xFFFF) << 32) | u64::from(data)
            }
        }
    }
}

/// What one retired instruction did beyond registers and memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    None,
    Io(IoRequest),
    /// A word for the output stream (a store to OUT), tagged in the top byte.
    Output(u64),
    /// The guest stored to HALT: nothing retires from now on.
    Halted,
    /// The drain instruction (FENCE) retired: seed 003's drain, which ends the epoch here.
    Drain,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterruptKind {
    /// Rule 1: the operation was performed.
    Completed = 1,
    /// Rule 3: outstanding operations on the channel may or may not have been performed.
    Disconnected = 2,
}

/// An interrupt as the guest sees it in its ring.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Interrupt {
    pub kind: InterruptKind,
    pub chan: u32,
    pub seq: u32,
    pub result: u32,
}

/// One RV32I hart with its memory and I/O latches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cpu {
    pub regs: [u32; 32],
    pub pc: u32,
    mem: Vec<u8>,
    latches: [u32; 3],
    halted: bool,
    retired: u64,
}

/// Bytes of [`Cpu::context`]: regs, pc, latches, halted, retired.
pub const CONTEXT_BYTES: usize = 4 * 32 + 4 + 12 + 4 + 8;

const OUT_TAG: u64 = 0x0A << 56;

impl Cpu {
    /// A CE with `mem_bytes` of zeroed memory and `program` loaded at 0.
    pub fn new(mem_bytes: usize, program: &[u8]) -> Result<Cpu, Error> {
        let limit = PROGRAM_LIMIT.min(mem_bytes as u32);
        if program.len() > limit as usize || mem_bytes < DATA as usize {
            return Err(Error::ProgramTooLarge { len: program.len(), limit });
        }
        let mut mem = vec![0; mem_bytes];
        mem[..program.len()].copy_from_slice(program);
        Ok(Cpu { regs: [0; 32], pc: 0, mem, latches: [0; 3], halted: false, retired: 0 })
    }

    pub fn memory(&self) -> &[u8] {
        &self.mem
    }
    /// For fault injection and for restoring a copied image.
    pub fn memory_mut(&mut self) -> &mut [u8] {
        &mut self.mem
    }
    pub fn halted(&self) -> bool {
        self.halted
    }
    /// Instructions retired since the CE was made.
    pub fn retired(&self) -> u64 {
        self.retired
    }

    pub fn read_word(&self, addr: u32) -> Option<u32> {
        let a = addr as usize;
        self.mem.get(a..a + 4).map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")))
    }

    fn write_word(&mut self, addr: u32, v: u32) {
        let a = addr as usize;
        self.mem[a..a + 4].copy_from_slice(&v.to_le_bytes());
    }

    /// Registers, pc, latches, halt flag and retire count: everything but memory.
    pub fn context(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(CONTEXT_BYTES);
        for r in self.regs {
            out.extend_from_slice(&r.to_le_bytes());
        }
        out.extend_from_slice(&self.pc.to_le_bytes());
        for l in self.latches {
            out.extend_from_slice(&l.to_le_bytes());
        }
        out.extend_from_slice(&u32::from(self.halted).to_le_bytes());
        out.extend_from_slice(&self.retired.to_le_bytes());
        out
    }

    /// Take memory and context from a copy (the image a resync produced).
    pub fn restore(&mut self, memory: &[u8], context: &[u8]) -> Result<(), Error> {
        if memory.len() != self.mem.len() {
            return Err(Error::Restore(format!(
                "image of {} bytes for a CE with {} bytes of memory",
                memory.len(),
                self.mem.len()
            )));
        }
        if context.len() != CONTEXT_BYTES {
            return Err(Error::Restore(format!("context of {} bytes, expected {CONTEXT_BYTES}", context.len())));
        }
        let w = |i: usize| u32::from_le_bytes(context[4 * i..4 * i + 4].try_into().expect("4 bytes"));
        for (k, r) in self.regs.iter_mut().enumerate() {
            *r = w(k);
        }
        self.regs[0] = 0;
        self.pc = w(32);
        self.latches = [w(33), w(34), w(35)];
        self.halted = w(36) != 0;
        self.retired = u64::from_le_bytes(context[148..156].try_into().expect("8 bytes"));
        self.mem.copy_from_slice(memory);
        Ok(())
    }

    /// A 64-bit hash of the whole CE state (context and memory), for comparing two CEs at an
    /// epoch boundary. Word-wise multiply-rotate mixing: a single flipped bit anywhere changes it.
    pub fn state_hash(&self) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let mix = |h: u64, w: u64| (h ^ w).wrapping_mul(K).rotate_left(31);
        let mut h = 0xF75_C0DE_u64;
        for chunk in self.context().chunks(8).chain(self.mem.chunks(8)) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            h = mix(h, u64::from_le_bytes(b));
        }
        mix(h, self.mem.len() as u64)
    }

    /// Records the interrupt ring can take now (the guest consumed the rest).
    pub fn ring_free(&self) -> u32 {
        let tail = self.read_word(IRQ_TAIL).unwrap_or(0);
        let head = self.read_word(IRQ_HEAD).unwrap_or(0);
        IRQ_RECORDS.saturating_sub(tail.wrapping_sub(head))
    }

    /// Append interrupt records to the guest's ring (only ever called while the CE is held
    /// at an epoch boundary). Refused whole when the ring lacks room, so nothing is lost.
    pub fn deliver(&mut self, irqs: &[Interrupt]) -> Result<(), Error> {
        if irqs.is_empty() {
            return Ok(());
        }
        let tail = self.read_word(IRQ_TAIL).unwrap_or(0);
        let head = self.read_word(IRQ_HEAD).unwrap_or(0);
        let used = tail.wrapping_sub(head);
        let free = IRQ_RECORDS.saturating_sub(used);
        if irqs.len() as u32 > free {
            return Err(Error::RingFull { count: irqs.len(), free, head, tail });
        }
        for (k, irq) in irqs.iter().enumerate() {
            let slot = tail.wrapping_add(k as u32) % IRQ_RECORDS;
            let at = IRQ_RING + slot * IRQ_RECORD_BYTES;
            self.write_word(at, irq.kind as u32);
            self.write_word(at + 4, irq.chan);
            self.write_word(at + 8, irq.seq);
            self.write_word(at + 12, irq.result);
        }
        self.write_word(IRQ_TAIL, tail.wrapping_add(irqs.len() as u32));
        Ok(())
    }

    fn load(&mut self, addr: u32, len: u32, pc: u32) -> Result<u32, Error> {
        if (MMIO..MMIO + MMIO_LEN).contains(&addr) {
            let off = addr - MMIO;
            if len != 4 || !off.is_multiple_of(4) {
                return Err(Error::BadMmio { access: "load", addr, pc });
            }
            return Ok(match off {
                IO_CHAN => self.latches[0],
                IO_SEQ => self.latches[1],
                IO_DATA => self.latches[2],
                _ => 0,
            });
        }
        let a = addr as usize;
        let b =
            self.mem.get(a..a.wrapping_add(len as usize)).ok_or(Error::BadAddress { access: "load", addr, len, pc })?;
        let mut v = [0u8; 4];
        v[..len as usize].copy_from_slice(b);
        Ok(u32::from_le_bytes(v))
    }

    fn store(&mut self, addr: u32, len: u32, value: u32, pc: u32) -> Result<Event, Error> {
        if (MMIO..MMIO + MMIO_LEN).contains(&addr) {
            let off = addr - MMIO;
            if len != 4 || !off.is_multiple_of(4) {
                return Err(Error::BadMmio { access: "store", addr, pc });
            }
            return Ok(match off {
                IO_CHAN => {
                    self.latches[0] = value;
                    Event::None
                }
                IO_SEQ => {
                    self.latches[1] = value;
                    Event::None
                }
                IO_DATA => {
                    self.latches[2] = value;
                    Event::None
                }
                IO_CONNECT => Event::Io(IoRequest::Connect { chan: value }),
                IO_ISSUE => {
                    Event::Io(IoRequest::Issue { chan: self.latches[0], seq: self.latches[1], data: self.latches[2] })
                }
                OUT => Event::Output(OUT_TAG | u64::from(value)),
                HALT => {
                    self.halted = true;
                    Event::Halted
                }
                _ => Event::None,
            });
        }
        let a = addr as usize;
        let b = self.mem.get_mut(a..a.wrapping_add(len as usize)).ok_or(Error::BadAddress {
            access: "store",
            addr,
            len,
            pc,
        })?;
        b.copy_from_slice(&value.to_le_bytes()[..len as usize]);
        Ok(Event::None)
    }

    /// Execute and retire one instruction. A halted CE retires nothing and returns
    /// `Event::Halted` again; an error leaves the CE unchanged (pc at the faulting instruction).
    pub fn step(&mut self) -> Result<Event, Error> {
        if self.halted {
            return Ok(Event::Halted);
        }
        let pc = self.pc;
        let word =
            self.read_word(pc).filter(|_| pc.is_multiple_of(4)).ok_or(Error::Fetch { pc, mem: self.mem.len() })?;
        let illegal = Error::IllegalInstruction { pc, word };
        let rd = ((word >> 7) & 31) as usize;
        let f3 = (word >> 12) & 7;
        let rs1 = self.regs[((word >> 15) & 31) as usize];
        let rs2 = self.regs[((word >> 20) & 31) as usize];
        let f7 = word >> 25;
        let imm_i = (word as i32) >> 20;
        let imm_s = (((word as i32) >> 25) << 5) | ((word >> 7) & 31) as i32;
        let imm_b = ((((word as i32) >> 31) << 12) as u32
            | ((word << 4) & 0x800)
            | ((word >> 20) & 0x7E0)
            | ((word >> 7) & 0x1E)) as i32;
        let imm_j =
            ((((word as i32) >> 31) << 20) as u32 | (word & 0xF_F000) | ((word >> 9) & 0x800) | ((word >> 20) & 0x7FE))
                as i32;
        let mut next = pc.wrapping_add(4);
        let mut event = Event::None;
        let mut result: Option<u32> = None;
        match word & 0x7F {
            0x37 => result = Some(word & 0xFFFF_F000),
            0x17 => result = Some(pc.wrapping_add(word & 0xFFFF_F000)),
            0x6F => {
                result = Some(next);
                next = pc.wrapping_add(imm_j as u32);
            }
            0x67 if f3 == 0 => {
                result = Some(next);
                next = rs1.wrapping_add(imm_i as u32) & !1;
            }
            0x63 => {
                let taken = match f3 {
                    0 => rs1 == rs2,
                    1 => rs1 != rs2,
                    4 => (rs1 as i32) < (rs2 as i32),
                    5 => (rs1 as i32) >= (rs2 as i32),
                    6 => rs1 < rs2,
                    7 => rs1 >= rs2,
                    _ => return Err(illegal),
                };
                if taken {
                    next = pc.wrapping_add(imm_b as u32);
                }
            }
            0x03 => {
                let addr = rs1.wrapping_add(imm_i as u32);
                let v = match f3 {
                    0 => self.load(addr, 1, pc)? as u8 as i8 as i32 as u32,
                    1 => self.load(addr, 2, pc)? as u16 as i16 as i32 as u32,
                    2 => self.load(addr, 4, pc)?,
                    4 => self.load(addr, 1, pc)?,
                    5 => self.load(addr, 2, pc)?,
                    _ => return Err(illegal),
                };
                result = Some(v);
            }
            0x23 => {
                let addr = rs1.wrapping_add(imm_s as u32);
                let len = match f3 {
                    0 => 1,
                    1 => 2,
                    2 => 4,
                    _ => return Err(illegal),
                };
                event = self.store(addr, len, rs2, pc)?;
            }
            0x13 => {
                let shamt = (word >> 20) & 31;
                let v = match f3 {
                    0 => rs1.wrapping_add(imm_i as u32),
                    2 => u32::from((rs1 as i32) < imm_i),
                    3 => u32::from(rs1 < imm_i as u32),
                    4 => rs1 ^ imm_i as u32,
                    6 => rs1 | imm_i as u32,
                    7 => rs1 & imm_i as u32,
                    1 if f7 == 0 => rs1 << shamt,
                    5 if f7 == 0 => rs1 >> shamt,
                    5 if f7 == 0x20 => ((rs1 as i32) >> shamt) as u32,
                    _ => return Err(illegal),
                };
                result = Some(v);
            }
            0x33 => {
                let sh = rs2 & 31;
                let v = match (f7, f3) {
                    (0, 0) => rs1.wrapping_add(rs2),
                    (0x20, 0) => rs1.wrapping_sub(rs2),
                    (0, 1) => rs1 << sh,
                    (0, 2) => u32::from((rs1 as i32) < (rs2 as i32)),
                    (0, 3) => u32::from(rs1 < rs2),
                    (0, 4) => rs1 ^ rs2,
                    (0, 5) => rs1 >> sh,
                    (0x20, 5) => ((rs1 as i32) >> sh) as u32,
                    (0, 6) => rs1 | rs2,
                    (0, 7) => rs1 & rs2,
                    _ => return Err(illegal),
                };
                result = Some(v);
            }
            // FENCE: a single in-order hart has nothing to order; it is the drain instruction.
            0x0F => event = Event::Drain,
            // EBREAK halts like a store to HALT; ECALL has no environment to call.
            0x73 if word == 0x0010_0073 => {
                self.halted = true;
                event = Event::Halted;
            }
            _ => return Err(illegal),
        }
        if !next.is_multiple_of(4) {
            return Err(Error::MisalignedJump { pc, target: next });
        }
        if let Some(v) = result {
            if rd != 0 {
                self.regs[rd] = v;
            }
        }
        self.pc = next;
        self.retired += 1;
        Ok(event)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asm::{reg::*, Asm};

    fn run(a: &Asm, max: u64) -> (Cpu, Vec<Event>) {
        let mut cpu = Cpu::new(64 << 10, &a.assemble().unwrap()).unwrap();
        let mut events = Vec::new();
        for _ in 0..max {
            match cpu.step().unwrap() {
                Event::Halted => break,
                Event::None => {}
                e => events.push(e),
            }
        }
        (cpu, events)
    }

    #[test]
    fn arithmetic_logic_and_shifts() {
        let mut a = Asm::new();
        a.li(A0, 0xDEAD_BEEF).li(A1, 7).add(A2, A0, A1).sub(A3, A1, A0).xor(A4, A0, A1);
        a.li(T0, 0x8000_0000).srai(T1, T0, 4).srli(T2, T0, 4).slli(T3, A1, 29);
        a.li(S2, -5i32 as u32).slt(S3, S2, A1).sltu(S4, S2, A1).slti(S5, S2, -4).sltiu(S6, A1, 8);
        a.li(A5, 3).sra(A6, T0, A5).sll(A7, A1, A5).andi(S7, A0, 0xFF).ori(S8, ZERO, -1).ebreak();
        let (cpu, _) = run(&a, 100);
        let r = cpu.regs;
        assert_eq!(r[A2 as usize], 0xDEAD_BEF6);
        assert_eq!(r[A3 as usize], 7u32.wrapping_sub(0xDEAD_BEEF));
        assert_eq!(r[A4 as usize], 0xDEAD_BEE8);
        assert_eq!((r[T1 as usize], r[T2 as usize], r[T3 as usize]), (0xF800_0000, 0x0800_0000, 0xE000_0000));
        assert_eq!((r[S3 as usize], r[S4 as usize], r[S5 as usize], r[S6 as usize]), (1, 0, 1, 1));
        assert_eq!((r[A6 as usize], r[A7 as usize], r[S7 as usize], r[S8 as usize]), (0xF000_0000, 56, 0xEF, u32::MAX));
        assert!(cpu.halted());
    }

    #[test]
    fn loads_stores_sign_extension_and_x0() {
        let mut a = Asm::new();
        a.li(S0, 0x3000).li(A0, 0x8081_82F3).sw(A0, 0, S0).lb(A1, 0, S0).lbu(A2, 0, S0).lh(A3, 2, S0).lhu(A4, 2, S0);
        a.sb(A0, 8, S0).sh(A0, 12, S0).lw(A5, 8, S0).lw(A6, 12, S0).addi(ZERO, ZERO, 5).ebreak();
        let (cpu, _) = run(&a, 100);
        let r = cpu.regs;
        assert_eq!((r[A1 as usize], r[A2 as usize]), (0xFFFF_FFF3, 0xF3));
        assert_eq!((r[A3 as usize], r[A4 as usize]), (0xFFFF_8081, 0x8081));
        assert_eq!((r[A5 as usize], r[A6 as usize], r[0]), (0xF3, 0x82F3, 0));
    }

    #[test]
    fn loops_branches_and_calls_sum_one_to_a_hundred() {
        let mut a = Asm::new();
        a.li(A0, 0).li(A1, 100).jal(RA, "sum").li(T0, layout::MMIO).sw(A0, layout::OUT as i32, T0).ebreak();
        a.label("sum").beq(A1, ZERO, "done").add(A0, A0, A1).addi(A1, A1, -1).j("sum");
        a.label("done").jalr(ZERO, RA, 0);
        let (cpu, events) = run(&a, 10_000);
        assert_eq!(cpu.regs[A0 as usize], 5050);
        assert_eq!(events, vec![Event::Output(OUT_TAG | 5050)]);
        // 2 li + jal + 100 * 4 + beq + jalr + li(lui) + sw + ebreak
        assert_eq!(cpu.retired(), 2 + 1 + 400 + 1 + 1 + 1 + 1 + 1);
        let mut b = Asm::new();
        b.li(A0, -3i32 as u32)
            .li(A1, 2)
            .blt(A0, A1, "lt")
            .ebreak()
            .label("lt")
            .bltu(A0, A1, "no")
            .bge(A1, A0, "ge")
            .ebreak();
        b.label("ge").bgeu(A0, A1, "yes").label("no").ebreak().label("yes").li(A2, 42).ebreak();
        assert_eq!(run(&b, 100).0.regs[A2 as usize], 42);
    }

    #[test]
    fn mmio_latches_io_requests_and_halt() {
        let mut a = Asm::new();
        a.li(S0, layout::MMIO).li(A0, 2).sw(A0, layout::IO_CONNECT as i32, S0);
        a.sw(A0, layout::IO_CHAN as i32, S0).li(A1, 9).sw(A1, layout::IO_SEQ as i32, S0).li(A2, 77).sw(
            A2,
            layout::IO_DATA as i32,
            S0,
        );
        a.lw(A3, layout::IO_SEQ as i32, S0)
            .sw(ZERO, layout::IO_ISSUE as i32, S0)
            .sw(ZERO, layout::HALT as i32, S0)
            .addi(A4, ZERO, 1);
        let (cpu, events) = run(&a, 100);
        assert_eq!(
            events,
            vec![Event::Io(IoRequest::Connect { chan: 2 }), Event::Io(IoRequest::Issue { chan: 2, seq: 9, data: 77 })]
        );
        assert_eq!(cpu.regs[A3 as usize], 9);
        assert_eq!(cpu.regs[A4 as usize], 0, "nothing retires after HALT");
        let mut cpu = cpu;
        let n = cpu.retired();
        assert_eq!(cpu.step(), Ok(Event::Halted));
        assert_eq!(cpu.retired(), n);
    }

    #[test]
    fn fence_is_the_drain_instruction() {
        let mut a = Asm::new();
        a.nop().fence().nop();
        let mut cpu = Cpu::new(64 << 10, &a.assemble().unwrap()).unwrap();
        assert_eq!(cpu.step(), Ok(Event::None));
        assert_eq!(cpu.step(), Ok(Event::Drain));
        assert_eq!((cpu.step(), cpu.retired()), (Ok(Event::None), 3));
    }

    #[test]
    fn faults_name_the_problem_and_leave_state_alone() {
        let mut a = Asm::new();
        a.li(A0, 0x10_0000).lw(A1, 0, A0);
        let mut cpu = Cpu::new(64 << 10, &a.assemble().unwrap()).unwrap();
        cpu.step().unwrap();
        let before = cpu.clone();
        let e = cpu.step().unwrap_err();
        assert!(matches!(e, Error::BadAddress { access: "load", addr: 0x10_0000, .. }), "{e}");
        assert_eq!(cpu, before);
        let mut cpu = Cpu::new(64 << 10, &0xFFFF_FFFFu32.to_le_bytes()).unwrap();
        assert!(matches!(cpu.step(), Err(Error::IllegalInstruction { pc: 0, word: 0xFFFF_FFFF })));
        let mut a = Asm::new();
        a.li(S0, layout::MMIO).sb(A0, 0, S0);
        let mut cpu = Cpu::new(64 << 10, &a.assemble().unwrap()).unwrap();
        cpu.step().unwrap();
        assert!(matches!(cpu.step(), Err(Error::BadMmio { .. })));
        assert!(Cpu::new(64 << 10, &vec![0; 0x1000]).is_err());
    }

    #[test]
    fn delivery_fills_the_ring_and_refuses_overflow() {
        let mut cpu = Cpu::new(64 << 10, &[]).unwrap();
        let irq = |seq| Interrupt { kind: InterruptKind::Completed, chan: 1, seq, result: seq * 3 };
        cpu.deliver(&(0..60).map(irq).collect::<Vec<_>>()).unwrap();
        assert_eq!(cpu.read_word(layout::IRQ_TAIL), Some(60));
        assert_eq!(cpu.read_word(layout::IRQ_RING + 59 * 16 + 8), Some(59));
        let before = cpu.clone();
        assert!(matches!(cpu.deliver(&(0..5).map(irq).collect::<Vec<_>>()), Err(Error::RingFull { free: 4, .. })));
        assert_eq!(cpu, before, "a refused delivery writes nothing");
        cpu.write_word(layout::IRQ_HEAD, 60);
        cpu.deliver(&(60..70).map(irq).collect::<Vec<_>>()).unwrap();
        assert_eq!(cpu.read_word(layout::IRQ_RING + (69 % 64) * 16 + 8), Some(69), "wraps around");
    }

    #[test]
    fn context_round_trip_and_hash_sensitivity() {
        let mut a = Asm::new();
        a.li(A0, 5).label("l").addi(A0, A0, 1).sw(A0, 0x100, ZERO).j("l");
        let mut cpu = Cpu::new(64 << 10, &a.assemble().unwrap()).unwrap();
        for _ in 0..50 {
            cpu.step().unwrap();
        }
        let mut other = Cpu::new(64 << 10, &[]).unwrap();
        other.restore(cpu.memory(), &cpu.context()).unwrap();
        assert_eq!(other, cpu);
        assert_eq!(other.state_hash(), cpu.state_hash());
        other.memory_mut()[0x8000] ^= 0x10;
        assert_ne!(other.state_hash(), cpu.state_hash());
        other.memory_mut()[0x8000] ^= 0x10;
        other.regs[7] ^= 1;
        assert_ne!(other.state_hash(), cpu.state_hash());
        assert!(other.restore(&[0; 10], &cpu.context()).is_err());
        assert!(other.restore(cpu.memory(), &[0; 3]).is_err());
    }
}
