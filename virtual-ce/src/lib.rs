//! A deterministic virtual compute element (CE) for ftsync's epoch lockstep (seed 003).
//!
//! - [`cpu::Cpu`]: an RV32I interpreter that retires exactly one instruction per
//!   [`cpu::Cpu::step`], with a flat little-endian memory from address 0, memory-mapped I/O
//!   registers, an interrupt ring the host fills only at epoch boundaries, and a state hash
//!   over registers, pc, I/O latches and memory.
//! - [`io::IoDevice`]: a network-like device with seed 003's I/O rules 0-3 (connect, issue,
//!   "completed" and "disconnected" interrupts) and a log of every operation it performed.
//! - [`asm::Asm`]: a tiny RV32I assembler, so guest programs need no external toolchain.
//! - [`guest`]: guest programs, among them an I/O loop over several connections that reissues
//!   its outstanding operations when a connection is reported disconnected.
//!
//! # Guest-visible machine
//!
//! ```text
//!  0x0000_0000  program (loaded at 0, execution starts at 0)
//!  0x0000_0F00  IRQ_TAIL  u32  interrupt records delivered so far (written by the host only)
//!  0x0000_0F04  IRQ_HEAD  u32  records the guest consumed (written by the guest; the host
//!                              reads it to refuse overflowing the ring)
//!  0x0000_1000  IRQ_RING  64 records x 16 bytes: kind, channel, sequence, result (u32 each)
//!  0x0000_2000  guest data
//!  0xF000_0000  MMIO (word accesses only):
//!     +0x00 IO_CHAN  +0x04 IO_SEQ  +0x08 IO_DATA   latches, read back as written
//!     +0x10 IO_CONNECT  store: "connect" to the channel stored (rule 0)
//!     +0x14 IO_ISSUE    store: issue the operation described by the three latches
//!     +0x20 OUT         store: one word on the CE's output stream (to the link comparator)
//!     +0x24 HALT        store: the guest is finished; the CE retires nothing more
//! ```
//!
//! Interrupts are **polled**: the host appends records to the ring and bumps `IRQ_TAIL`, only
//! while the CE is held at an epoch boundary ([`cpu::Cpu::deliver`]); the guest compares its
//! head with the tail whenever it likes. Delivery therefore lands at the same instruction in
//! every copy of the CE, which is all seed 003 asks of an interrupt entry, and no trap
//! machinery (CSRs, mtvec) is needed.
//!
//! FENCE is the **drain instruction** ([`cpu::Event::Drain`]): a host running epochs ends
//! the epoch right after it (seed 003's "drain" alternative to the full count), and so does
//! a store to HALT.

pub mod asm;
pub mod cpu;
pub mod guest;
pub mod io;

pub use cpu::{Cpu, Event, Interrupt, InterruptKind, IoRequest};
pub use io::{IoDevice, LogEntry};

/// Errors of the virtual CE, named after the operation that failed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Error {
    #[error("fetching at pc {pc:#010x}: outside the {mem} bytes of memory")]
    Fetch { pc: u32, mem: usize },
    #[error("decoding {word:#010x} at pc {pc:#010x}: not an RV32I instruction this CE executes")]
    IllegalInstruction { pc: u32, word: u32 },
    #[error("{access} of {len} bytes at {addr:#010x} (pc {pc:#010x}): outside memory and MMIO")]
    BadAddress { access: &'static str, addr: u32, len: u32, pc: u32 },
    #[error("{access} at MMIO {addr:#010x} (pc {pc:#010x}): MMIO takes aligned word accesses only")]
    BadMmio { access: &'static str, addr: u32, pc: u32 },
    #[error("jumping to {target:#010x} from pc {pc:#010x}: misaligned instruction address")]
    MisalignedJump { pc: u32, target: u32 },
    #[error("delivering {count} interrupts: the guest's ring holds {free} free records (head {head}, tail {tail})")]
    RingFull { count: usize, free: u32, head: u32, tail: u32 },
    #[error("loading a program of {len} bytes: it must fit below {limit:#x}")]
    ProgramTooLarge { len: usize, limit: u32 },
    #[error("restoring CE state: {0}")]
    Restore(String),
    #[error("assembling: {0}")]
    Assemble(String),
    #[error("channel {chan} is outside the device's {channels} channels")]
    BadChannel { chan: u32, channels: u32 },
}
