//! Transports that need no hardware. The Verilated RTL lives in the `sim` crate (it needs
//! Verilator); it offers the same [`regbus::PortDriver`] and so the same API.

use block_model::core::CoreModel;
use regbus::PortDriver;

/// The behavioural model of `ftsync_core` on the shared pin driver, reset and ready.
pub type ModelDriver = PortDriver<CoreModel>;

/// A model with the default generation parameters (16384-bit bitmap, 32-word FIFOs).
pub fn model() -> ModelDriver {
    let mut d = PortDriver::new(CoreModel::default_params());
    d.reset();
    d
}
