//! The seam between ftsync's host driver and whatever implements `ftsync_core`.
//!
//! - [`RegisterBus`]: 32-bit register reads and writes by byte address, what every transport
//!   (Verilator, behavioural model, UART bridge, PCIe BAR) offers the typed device API.
//! - [`CorePorts`]: `ftsync_core`'s pins, one clock at a time, what a simulated core offers
//!   (the Verilated RTL, rust-hdl's simulation, the cycle-accurate model).
//! - [`PortDriver`]: the one Wishbone master, snoop port and stream driver over [`CorePorts`],
//!   so every simulated core sees exactly the same cycles for the same operations, and two
//!   of them can be compared cycle by cycle.
//!
//! No dependency on Verilator or rust-hdl: the host driver builds anywhere.

mod driver;
mod lockstep;
pub mod uart;
pub use driver::{PortDriver, StreamSide};
pub use lockstep::Lockstep;

/// Errors of a register transport, named after the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum BusError {
    #[error("reading {addr:#06x}: no acknowledge within {cycles} cycles")]
    ReadTimeout { addr: u32, cycles: u64 },
    #[error("writing {addr:#06x}: no acknowledge within {cycles} cycles")]
    WriteTimeout { addr: u32, cycles: u64 },
    #[error("address {addr:#x} is outside the {bits}-bit register space")]
    AddressOutOfRange { addr: u32, bits: u32 },
    #[error("transport failed during {operation}")]
    Transport {
        operation: &'static str,
        #[source]
        source: Box<dyn std::error::Error + Send + Sync>,
    },
}

/// 32-bit registers by byte address.
pub trait RegisterBus {
    fn read32(&mut self, addr: u32) -> Result<u32, BusError>;
    fn write32(&mut self, addr: u32, value: u32) -> Result<(), BusError>;
    /// Consecutive words from `addr`; transports with bursts override this.
    fn read_block(&mut self, addr: u32, out: &mut [u32]) -> Result<(), BusError> {
        for (i, w) in out.iter_mut().enumerate() {
            *w = self.read32(addr + 4 * i as u32)?;
        }
        Ok(())
    }
}

impl<T: RegisterBus + ?Sized> RegisterBus for &mut T {
    fn read32(&mut self, addr: u32) -> Result<u32, BusError> {
        (**self).read32(addr)
    }
    fn write32(&mut self, addr: u32, value: u32) -> Result<(), BusError> {
        (**self).write32(addr, value)
    }
    fn read_block(&mut self, addr: u32, out: &mut [u32]) -> Result<(), BusError> {
        (**self).read_block(addr, out)
    }
}

impl<T: RegisterBus + ?Sized> RegisterBus for Box<T> {
    fn read32(&mut self, addr: u32) -> Result<u32, BusError> {
        (**self).read32(addr)
    }
    fn write32(&mut self, addr: u32, value: u32) -> Result<(), BusError> {
        (**self).write32(addr, value)
    }
    fn read_block(&mut self, addr: u32, out: &mut [u32]) -> Result<(), BusError> {
        (**self).read_block(addr, out)
    }
}

/// Inputs of `ftsync_core` (DESIGN.md names), held for one clock cycle.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CoreInputs {
    pub rst: bool,
    pub wb_adr: u16,
    pub wb_dat_w: u32,
    pub wb_sel: u8,
    pub wb_we: bool,
    pub wb_cyc: bool,
    pub wb_stb: bool,
    pub snoop_valid: bool,
    /// 48 bits used.
    pub snoop_addr: u64,
    pub snoop_len: u16,
    pub ce_retire: bool,
    pub ce_drain: bool,
    pub a_valid: bool,
    pub a_data: u64,
    pub a_last: bool,
    pub b_valid: bool,
    pub b_data: u64,
    pub b_last: bool,
    pub o_ready: bool,
}

/// Outputs of `ftsync_core`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CoreOutputs {
    pub wb_dat_r: u32,
    pub wb_ack: bool,
    pub snoop_ready: bool,
    pub ce_hold: bool,
    pub a_ready: bool,
    pub b_ready: bool,
    pub o_valid: bool,
    pub o_data: u64,
    pub o_last: bool,
    pub irq: bool,
}

/// `ftsync_core`'s pins, one clock at a time (the default generation parameters: 64-bit
/// streams). Outputs that depend combinationally on inputs (`snoop_ready`, `a_ready`,
/// `o_valid`, ...) are what [`CorePorts::eval`] returns for the inputs given.
pub trait CorePorts {
    /// Settle the logic with `inputs` applied, without a clock edge; the outputs now.
    fn eval(&mut self, inputs: &CoreInputs) -> CoreOutputs;
    /// One rising edge with `inputs` applied, then settle; the outputs after the edge.
    fn tick(&mut self, inputs: &CoreInputs) -> CoreOutputs;
    /// Rising edges so far.
    fn cycles(&self) -> u64;
    /// `n` edges with the same inputs; implementations may skip quiet cycles in bulk.
    fn idle(&mut self, inputs: &CoreInputs, n: u64) -> CoreOutputs {
        let mut out = self.eval(inputs);
        for _ in 0..n {
            out = self.tick(inputs);
        }
        out
    }
}

impl<T: CorePorts + ?Sized> CorePorts for Box<T> {
    fn eval(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        (**self).eval(inputs)
    }
    fn tick(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        (**self).tick(inputs)
    }
    fn cycles(&self) -> u64 {
        (**self).cycles()
    }
    fn idle(&mut self, inputs: &CoreInputs, n: u64) -> CoreOutputs {
        (**self).idle(inputs, n)
    }
}
