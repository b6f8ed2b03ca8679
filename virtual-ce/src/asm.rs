//! A tiny RV32I assembler: one method per instruction, labels with forward references, and
//! `li` for any 32-bit constant. Enough to write guest programs in Rust without a toolchain.

use crate::Error;
use std::collections::HashMap;

/// Integer registers by ABI name.
#[allow(dead_code)]
pub mod reg {
    pub const ZERO: u8 = 0;
    pub const RA: u8 = 1;
    pub const SP: u8 = 2;
    pub const GP: u8 = 3;
    pub const TP: u8 = 4;
    pub const T0: u8 = 5;
    pub const T1: u8 = 6;
    pub const T2: u8 = 7;
    pub const S0: u8 = 8;
    pub const S1: u8 = 9;
    pub const A0: u8 = 10;
    pub const A1: u8 = 11;
    pub const A2: u8 = 12;
    pub const A3: u8 = 13;
    pub const A4: u8 = 14;
    pub const A5: u8 = 15;
    pub const A6: u8 = 16;
    pub const A7: u8 = 17;
    pub const S2: u8 = 18;
    pub const S3: u8 = 19;
    pub const S4: u8 = 20;
    pub const S5: u8 = 21;
    pub const S6: u8 = 22;
    pub const S7: u8 = 23;
    pub const S8: u8 = 24;
    pub const S9: u8 = 25;
    pub const S10: u8 = 26;
    pub const S11: u8 = 27;
    pub const T3: u8 = 28;
    pub const T4: u8 = 29;
    pub const T5: u8 = 30;
    pub const T6: u8 = 31;
}

#[derive(Clone, Copy)]
enum Fixup {
    Branch,
    Jal,
}

/// Machine code under construction.
#[derive(Default)]
pub struct Asm {
    words: Vec<u32>,
    labels: HashMap<String, u32>,
    fixups: Vec<(usize, String, Fixup)>,
}

fn r(op: u32, rd: u8, f3: u32, rs1: u8, rs2: u8, f7: u32) -> u32 {
    op | (u32::from(rd) << 7) | (f3 << 12) | (u32::from(rs1) << 15) | (u32::from(rs2) << 20) | (f7 << 25)
}
fn i(op: u32, rd: u8, f3: u32, rs1: u8, imm: i32) -> u32 {
    op | (u32::from(rd) << 7) | (f3 << 12) | (u32::from(rs1) << 15) | (((imm as u32) & 0xFFF) << 20)
}
fn s(op: u32, f3: u32, rs1: u8, rs2: u8, imm: i32) -> u32 {
    let imm = imm as u32;
    op | ((imm & 0x1F) << 7)
        | (f3 << 12)
        | (u32::from(rs1) << 15)
        | (u32::from(rs2) << 20)
        | (((imm >> 5) & 0x7F) << 25)
}
fn b_imm(imm: i32) -> u32 {
    let imm = imm as u32;
    (((imm >> 11) & 1) << 7) | (((imm >> 1) & 0xF) << 8) | (((imm >> 5) & 0x3F) << 25) | (((imm >> 12) & 1) << 31)
}
fn j_imm(imm: i32) -> u32 {
    let imm = imm as u32;
    (((imm >> 12) & 0xFF) << 12) | (((imm >> 11) & 1) << 20) | (((imm >> 1) & 0x3FF) << 21) | (((imm >> 20) & 1) << 31)
}

macro_rules! op_r {
    ($($name:ident $f3:literal $f7:literal;)*) => {$(
        pub fn $name(&mut self, rd: u8, rs1: u8, rs2: u8) -> &mut Self { self.emit(r(0x33, rd, $f3, rs1, rs2, $f7)) }
    )*};
}
macro_rules! op_i {
    ($($name:ident $f3:literal;)*) => {$(
        pub fn $name(&mut self, rd: u8, rs1: u8, imm: i32) -> &mut Self { self.emit(i(0x13, rd, $f3, rs1, imm)) }
    )*};
}
macro_rules! op_load {
    ($($name:ident $f3:literal;)*) => {$(
        pub fn $name(&mut self, rd: u8, offset: i32, rs1: u8) -> &mut Self { self.emit(i(0x03, rd, $f3, rs1, offset)) }
    )*};
}
macro_rules! op_store {
    ($($name:ident $f3:literal;)*) => {$(
        /// Store `rs2` at `offset(rs1)`.
        pub fn $name(&mut self, rs2: u8, offset: i32, rs1: u8) -> &mut Self { self.emit(s(0x23, $f3, rs1, rs2, offset)) }
    )*};
}
macro_rules! op_branch {
    ($($name:ident $f3:literal;)*) => {$(
        pub fn $name(&mut self, rs1: u8, rs2: u8, label: &str) -> &mut Self {
            self.fixups.push((self.words.len(), label.to_string(), Fixup::Branch));
            self.emit(r(0x63, 0, $f3, rs1, rs2, 0))
        }
    )*};
}

impl Asm {
    pub fn new() -> Asm {
        Asm::default()
    }

    /// Byte address of the next instruction.
    pub fn here(&self) -> u32 {
        4 * self.words.len() as u32
    }

    pub fn emit(&mut self, word: u32) -> &mut Self {
        self.words.push(word);
        self
    }

    /// Define `name` at the next instruction.
    pub fn label(&mut self, name: &str) -> &mut Self {
        self.labels.insert(name.to_string(), self.here());
        self
    }

    op_r! {
        add 0 0x00; sub 0 0x20; sll 1 0; slt 2 0; sltu 3 0; xor 4 0; srl 5 0; sra 5 0x20; or 6 0; and 7 0;
    }
    op_i! {
        addi 0; slti 2; sltiu 3; xori 4; ori 6; andi 7;
    }
    op_load! {
        lb 0; lh 1; lw 2; lbu 4; lhu 5;
    }
    op_store! {
        sb 0; sh 1; sw 2;
    }
    op_branch! {
        beq 0; bne 1; blt 4; bge 5; bltu 6; bgeu 7;
    }

    pub fn slli(&mut self, rd: u8, rs1: u8, shamt: u32) -> &mut Self {
        self.emit(i(0x13, rd, 1, rs1, (shamt & 31) as i32))
    }
    pub fn srli(&mut self, rd: u8, rs1: u8, shamt: u32) -> &mut Self {
        self.emit(i(0x13, rd, 5, rs1, (shamt & 31) as i32))
    }
    pub fn srai(&mut self, rd: u8, rs1: u8, shamt: u32) -> &mut Self {
        self.emit(i(0x13, rd, 5, rs1, ((shamt & 31) | 0x400) as i32))
    }
    /// `rd = imm20 << 12`.
    pub fn lui(&mut self, rd: u8, imm20: u32) -> &mut Self {
        self.emit(0x37 | (u32::from(rd) << 7) | (imm20 << 12))
    }
    pub fn auipc(&mut self, rd: u8, imm20: u32) -> &mut Self {
        self.emit(0x17 | (u32::from(rd) << 7) | (imm20 << 12))
    }
    pub fn jal(&mut self, rd: u8, label: &str) -> &mut Self {
        self.fixups.push((self.words.len(), label.to_string(), Fixup::Jal));
        self.emit(0x6F | (u32::from(rd) << 7))
    }
    pub fn jalr(&mut self, rd: u8, rs1: u8, offset: i32) -> &mut Self {
        self.emit(i(0x67, rd, 0, rs1, offset))
    }
    pub fn fence(&mut self) -> &mut Self {
        self.emit(0x0000_000F)
    }
    pub fn ebreak(&mut self) -> &mut Self {
        self.emit(0x0010_0073)
    }
    /// `j label` (jal zero).
    pub fn j(&mut self, label: &str) -> &mut Self {
        self.jal(reg::ZERO, label)
    }
    pub fn mv(&mut self, rd: u8, rs: u8) -> &mut Self {
        self.addi(rd, rs, 0)
    }
    pub fn nop(&mut self) -> &mut Self {
        self.addi(0, 0, 0)
    }
    /// Load any 32-bit constant (lui + addi, or addi alone when it fits 12 bits).
    pub fn li(&mut self, rd: u8, value: u32) -> &mut Self {
        let v = value as i32;
        if (-2048..2048).contains(&v) {
            return self.addi(rd, reg::ZERO, v);
        }
        let lo = ((value & 0xFFF) as i32) << 20 >> 20;
        let hi = value.wrapping_sub(lo as u32) >> 12;
        self.lui(rd, hi);
        if lo != 0 {
            self.addi(rd, rd, lo);
        }
        self
    }

    /// Resolve labels; the program as little-endian bytes.
    pub fn assemble(&self) -> Result<Vec<u8>, Error> {
        let mut words = self.words.clone();
        for (at, name, kind) in &self.fixups {
            let target = *self.labels.get(name).ok_or_else(|| Error::Assemble(format!("undefined label `{name}`")))?;
            let off = target as i64 - 4 * *at as i64;
            let (range, enc) = match kind {
                Fixup::Branch => (-4096..4096, b_imm(off as i32)),
                Fixup::Jal => (-(1 << 20)..(1 << 20), j_imm(off as i32)),
            };
            if !range.contains(&off) {
                return Err(Error::Assemble(format!("label `{name}` is {off} bytes away, out of reach")));
            }
            words[*at] |= enc;
        }
        Ok(words.iter().flat_map(|w| w.to_le_bytes()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::reg::*;
    use super::*;

    #[test]
    fn encodings_match_the_riscv_spec() {
        // Reference encodings from the RISC-V unprivileged spec / GNU as.
        let mut a = Asm::new();
        a.addi(A0, ZERO, 1).add(A0, A1, A2).sub(T0, T1, T2).lw(A0, 8, SP).sw(A1, -4, SP).lui(A0, 0xF0000);
        let b = a.assemble().unwrap();
        let w: Vec<u32> = b.chunks(4).map(|c| u32::from_le_bytes(c.try_into().unwrap())).collect();
        assert_eq!(w, vec![0x0010_0513, 0x00C5_8533, 0x4073_02B3, 0x0081_2503, 0xFEB1_2E23, 0xF000_0537]);
    }

    #[test]
    fn undefined_and_far_labels_are_errors() {
        let mut a = Asm::new();
        a.beq(A0, A1, "nowhere");
        assert!(matches!(a.assemble(), Err(Error::Assemble(m)) if m.contains("nowhere")));
        let mut a = Asm::new();
        a.label("top");
        for _ in 0..1100 {
            a.nop();
        }
        a.beq(A0, A1, "top");
        assert!(a.assemble().is_err());
    }
}
