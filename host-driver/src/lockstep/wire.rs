//! Epoch messages, primary → backup, over any FIFO channel (seed 003 Fig. 4).
//!
//! # Protocol (version 1)
//!
//! One direction only, as seed 003's FIFO channel 106. Every message is one frame: a 16-byte
//! header, then the payload. Integers are little-endian; the payload checksum is CRC-32C.
//!
//! ```text
//!  byte 0            4       5       6         8             12             16
//!      +-------------+-------+-------+---------+-------------+--------------+---------
//!      | magic FTLS  | kind  | 0     | 0 (u16) | length (u32)| payload CRC  | payload …
//!      +-------------+-------+-------+---------+-------------+--------------+---------
//! ```
//!
//! | kind | name      | payload                                                            |
//! |------|-----------|--------------------------------------------------------------------|
//! | 1    | Hello     | [`Hello`]: version, epoch length, memory bytes, program hash        |
//! | 2    | Interrupt | [`InterruptMsg`]: epoch, class, channel, sequence, result (Fig. 4) |
//! | 3    | EpochEnd  | [`EpochEndMsg`] + `outputs` × u64: the primary's output words      |
//! | 4    | Bye       | [`ByeMsg`]: the guest halted; no epoch after `epoch`               |
//!
//! The version is the first field after the magic of the first message, so any later version
//! can be told apart. A session:
//!
//! ```text
//!   primary                                                   backup
//!      |-- Hello {v1, epoch length, memory, program hash} ------->| same guest? else refuse
//!      |   runs epoch 0; the device completes an operation        |
//!      |-- Interrupt {epoch 0, completed, chan, seq, result} ---->| buffered for epoch 0
//!      |   EPOCH_END (ce_hold): deliver epoch 0's interrupts      |
//!      |-- EpochEnd {0, state hash, instructions, outputs…} ----->| resume, run epoch 0 (I/O
//!      |   EPOCH_RESUME, runs epoch 1                             |  suppressed, outputs on B,
//!      |-- Interrupt {epoch 1, …} ------------------------------->|  primary's on A), EPOCH_END:
//!      |-- EpochEnd {1, …} -------------------------------------->|  compare hash and streams,
//!      |   …                                                      |  deliver epoch 0's interrupts
//!      |-- Interrupt {epoch X+1, …} ----------------------------->| buffered for X+1
//!      X  primary fails in epoch X+1                              |
//!                                        connection closes (EOF)  | fail-over: drop epoch X+1's
//!                                                                 |  completions, add a
//!                                                                 |  "disconnected" per open
//!                                                                 |  channel, become primary
//! ```
//!
//! A clean end sends `Bye` after the last `EpochEnd`. A frame cut short by the primary's
//! death counts as the channel closing: everything received before it is kept (seed 003's
//! fault monitor delivers the last message before signalling the failure).

use super::LockstepError;
use crate::sync::standby::wire::{crc32c, read_full};
use std::io::Read;
use virtual_ce::{Interrupt, InterruptKind};
use zerocopy::little_endian::{U32, U64};
use zerocopy::{FromBytes, Immutable, IntoBytes, KnownLayout};

pub const MAGIC: [u8; 4] = *b"FTLS";
pub const VERSION: u32 = 1;
pub const HEADER_LEN: usize = 16;
/// Largest payload accepted (an EpochEnd of 4 M output words).
pub const MAX_PAYLOAD: u32 = 32 << 20;

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct FrameHeader {
    pub magic: [u8; 4],
    pub kind: u8,
    pub reserved: [u8; 3],
    pub len: U32,
    pub crc: U32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct Hello {
    pub version: U32,
    pub epoch_length: U32,
    pub memory_bytes: U32,
    pub reserved: U32,
    /// Hash of the guest program and its configuration: both sides must run the same guest.
    pub program_hash: U64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct InterruptMsg {
    pub epoch: U64,
    /// 1 completed, 2 disconnected.
    pub class: U32,
    pub chan: U32,
    pub seq: U32,
    pub result: U32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct EpochEndMsg {
    pub epoch: U64,
    /// State hash of the primary's CE at the epoch end, before delivery.
    pub state_hash: U64,
    pub instructions: U64,
    /// 1 if the guest halted in this epoch.
    pub halted: U32,
    /// Output words that follow.
    pub outputs: U32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, IntoBytes, FromBytes, KnownLayout, Immutable)]
#[repr(C)]
pub struct ByeMsg {
    pub epoch: U64,
}

/// A decoded message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    Hello { epoch_length: u32, memory_bytes: u32, program_hash: u64 },
    Interrupt { epoch: u64, irq: Interrupt },
    EpochEnd { epoch: u64, state_hash: u64, instructions: u64, halted: bool, outputs: Vec<u64> },
    Bye { epoch: u64 },
}

impl Message {
    pub fn kind(&self) -> u8 {
        match self {
            Message::Hello { .. } => 1,
            Message::Interrupt { .. } => 2,
            Message::EpochEnd { .. } => 3,
            Message::Bye { .. } => 4,
        }
    }

    /// The whole frame.
    pub fn encode(&self) -> Vec<u8> {
        let mut payload = Vec::new();
        match self {
            Message::Hello { epoch_length, memory_bytes, program_hash } => payload.extend_from_slice(
                Hello {
                    version: U32::new(VERSION),
                    epoch_length: U32::new(*epoch_length),
                    memory_bytes: U32::new(*memory_bytes),
                    reserved: U32::ZERO,
                    program_hash: U64::new(*program_hash),
                }
                .as_bytes(),
            ),
            Message::Interrupt { epoch, irq } => payload.extend_from_slice(
                InterruptMsg {
                    epoch: U64::new(*epoch),
                    class: U32::new(irq.kind as u32),
                    chan: U32::new(irq.chan),
                    seq: U32::new(irq.seq),
                    result: U32::new(irq.result),
                }
                .as_bytes(),
            ),
            Message::EpochEnd { epoch, state_hash, instructions, halted, outputs } => {
                payload.extend_from_slice(
                    EpochEndMsg {
                        epoch: U64::new(*epoch),
                        state_hash: U64::new(*state_hash),
                        instructions: U64::new(*instructions),
                        halted: U32::new(u32::from(*halted)),
                        outputs: U32::new(outputs.len() as u32),
                    }
                    .as_bytes(),
                );
                for w in outputs {
                    payload.extend_from_slice(&w.to_le_bytes());
                }
            }
            Message::Bye { epoch } => payload.extend_from_slice(ByeMsg { epoch: U64::new(*epoch) }.as_bytes()),
        }
        let h = FrameHeader {
            magic: MAGIC,
            kind: self.kind(),
            reserved: [0; 3],
            len: U32::new(payload.len() as u32),
            crc: U32::new(crc32c(&payload)),
        };
        let mut out = h.as_bytes().to_vec();
        out.extend_from_slice(&payload);
        out
    }

    /// Decode one frame's payload.
    pub fn decode(kind: u8, payload: &[u8]) -> Result<Message, LockstepError> {
        let bad = |detail: String| LockstepError::Protocol(detail);
        let fixed = |what: &str, want: usize| {
            if payload.len() < want {
                Err(bad(format!("{what} payload of {} bytes, expected {want}", payload.len())))
            } else {
                Ok(())
            }
        };
        match kind {
            1 => {
                fixed("Hello", size_of::<Hello>())?;
                let h = Hello::read_from_prefix(payload).map_err(|_| bad("Hello".into()))?.0;
                if h.version.get() != VERSION {
                    return Err(LockstepError::Version { found: h.version.get(), supported: VERSION });
                }
                Ok(Message::Hello {
                    epoch_length: h.epoch_length.get(),
                    memory_bytes: h.memory_bytes.get(),
                    program_hash: h.program_hash.get(),
                })
            }
            2 => {
                fixed("Interrupt", size_of::<InterruptMsg>())?;
                let m = InterruptMsg::read_from_prefix(payload).map_err(|_| bad("Interrupt".into()))?.0;
                let kind = match m.class.get() {
                    1 => InterruptKind::Completed,
                    2 => InterruptKind::Disconnected,
                    c => return Err(bad(format!("interrupt class {c} is neither 1 (completed) nor 2 (disconnected)"))),
                };
                Ok(Message::Interrupt {
                    epoch: m.epoch.get(),
                    irq: Interrupt { kind, chan: m.chan.get(), seq: m.seq.get(), result: m.result.get() },
                })
            }
            3 => {
                fixed("EpochEnd", size_of::<EpochEndMsg>())?;
                let (m, rest) = EpochEndMsg::read_from_prefix(payload).map_err(|_| bad("EpochEnd".into()))?;
                let n = m.outputs.get() as usize;
                if rest.len() != 8 * n {
                    return Err(bad(format!("EpochEnd announces {n} output words but carries {} bytes", rest.len())));
                }
                let outputs =
                    rest.chunks_exact(8).map(|c| u64::from_le_bytes(c.try_into().expect("8 bytes"))).collect();
                Ok(Message::EpochEnd {
                    epoch: m.epoch.get(),
                    state_hash: m.state_hash.get(),
                    instructions: m.instructions.get(),
                    halted: m.halted.get() != 0,
                    outputs,
                })
            }
            4 => {
                fixed("Bye", size_of::<ByeMsg>())?;
                Ok(Message::Bye {
                    epoch: ByeMsg::read_from_prefix(payload).map_err(|_| bad("Bye".into()))?.0.epoch.get(),
                })
            }
            k => Err(bad(format!("unknown message kind {k} (this side knows 1..=4, version {VERSION})"))),
        }
    }
}

/// Read one frame. `Ok(None)`: the stream ended, cleanly or mid-frame (the sender died).
pub fn read_message(r: &mut impl Read) -> Result<Option<Message>, LockstepError> {
    let mut hb = [0u8; HEADER_LEN];
    let got = read_full(r, &mut hb).map_err(LockstepError::Link)?;
    if got < HEADER_LEN {
        return Ok(None);
    }
    let h = FrameHeader::read_from_bytes(&hb[..]).expect("16 bytes");
    if h.magic != MAGIC {
        return Err(LockstepError::Protocol(format!(
            "bad magic {:?} (expected \"FTLS\"): the peer is not an ftsync lockstep primary",
            String::from_utf8_lossy(&h.magic)
        )));
    }
    let len = h.len.get();
    if len > MAX_PAYLOAD {
        return Err(LockstepError::Protocol(format!("frame of {len} bytes exceeds the {MAX_PAYLOAD}-byte limit")));
    }
    let mut payload = vec![0u8; len as usize];
    if read_full(r, &mut payload).map_err(LockstepError::Link)? < payload.len() {
        return Ok(None);
    }
    let crc = crc32c(&payload);
    if crc != h.crc.get() {
        return Err(LockstepError::Protocol(format!(
            "payload checksum {crc:#010x}, header says {:#010x}",
            h.crc.get()
        )));
    }
    Message::decode(h.kind, &payload).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_round_trips_and_damage_is_refused() {
        let msgs = vec![
            Message::Hello { epoch_length: 1000, memory_bytes: 65536, program_hash: 0xABCD },
            Message::Interrupt {
                epoch: 7,
                irq: Interrupt { kind: InterruptKind::Completed, chan: 2, seq: 9, result: 42 },
            },
            Message::EpochEnd {
                epoch: 7,
                state_hash: 1,
                instructions: 1000,
                halted: false,
                outputs: vec![1, 2, u64::MAX],
            },
            Message::Bye { epoch: 8 },
        ];
        let bytes: Vec<u8> = msgs.iter().flat_map(|m| m.encode()).collect();
        let mut r = &bytes[..];
        for m in &msgs {
            assert_eq!(read_message(&mut r).unwrap().as_ref(), Some(m));
        }
        assert_eq!(read_message(&mut r).unwrap(), None, "clean end");
        // Cut mid-frame: the sender died; what came before is kept.
        let cut = &bytes[..bytes.len() - 3];
        let mut r = cut;
        for _ in 0..3 {
            assert!(read_message(&mut r).unwrap().is_some());
        }
        assert_eq!(read_message(&mut r).unwrap(), None);
        let mut bad = msgs[1].encode();
        bad[HEADER_LEN + 3] ^= 1;
        assert!(matches!(read_message(&mut &bad[..]), Err(LockstepError::Protocol(m)) if m.contains("checksum")));
        let mut v2 = msgs[0].encode();
        v2[HEADER_LEN] = 2;
        let crc = crc32c(&v2[HEADER_LEN..]);
        v2[12..16].copy_from_slice(&crc.to_le_bytes());
        assert!(matches!(read_message(&mut &v2[..]), Err(LockstepError::Version { found: 2, supported: 1 })));
        assert!(
            matches!(read_message(&mut &b"GET / HTTP/1.1\r\n\r\n"[..]), Err(LockstepError::Protocol(m)) if m.contains("magic"))
        );
    }
}
