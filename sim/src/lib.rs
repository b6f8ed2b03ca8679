//! `ftsync_core`'s RTL (`rtl/`), compiled by Verilator and driven from Rust.
//!
//! The build script verilates `rtl/*.v` and compiles the model with a small C++ shim generated
//! from the model's port list; [`VerilatedCore`] owns one model and implements
//! [`regbus::CorePorts`], so the one Wishbone/snoop/stream driver ([`regbus::PortDriver`])
//! runs the real RTL:
//!
//! ```
//! use regbus::RegisterBus;
//! let mut dev = sim::open();
//! assert_eq!(dev.read32(regmap::offset("ID")).unwrap(), 0x4654_5359);
//! ```
//!
//! Each [`VerilatedCore`] has its own `VerilatedContext`, so any number of them run at once on
//! any threads (each `Send`, none `Sync`). A VCD trace of every signal can be written per model.
//!
//! The board-less UART top (`rtl/uart/ftsync_uart_top.v`: the core behind the UART-to-Wishbone
//! bridge) is a second model, [`VerilatedUartTop`], with [`UartLink`] for its serial line
//! ([`uart_top`]); `ftsync sim-serve --pty` runs it behind a pseudo-terminal.

mod ffi;
pub mod serve;
pub mod uart_top;

use regbus::{CoreInputs, CoreOutputs, CorePorts, PortDriver};
use std::path::{Path, PathBuf};

pub use uart_top::{UartLink, UartTopInputs, UartTopOutputs, VerilatedUartTop};
pub use verilator_runtime::VERILATOR_VERSION;

/// The Wishbone/snoop/stream driver over the Verilated core.
pub type SimDriver = PortDriver<VerilatedCore>;

/// A Verilated core behind the driver, already out of reset.
pub fn open() -> SimDriver {
    let mut driver = PortDriver::new(VerilatedCore::new());
    driver.reset();
    driver
}

/// One Verilated `ftsync_core`. Dropping it runs the model's `final` blocks, closes its trace
/// and frees it.
///
/// A cycle is 10 time units of 1 ns in the trace: inputs applied with `clk` low at 10·n, the
/// rising edge at 10·n + 5.
///
/// `Send` (the model can move between threads; it re-binds its context on every call) but not
/// `Sync`: every call mutates the model.
///
/// ```compile_fail
/// fn shared<T: Sync>() {}
/// shared::<sim::VerilatedCore>();
/// ```
pub struct VerilatedCore {
    model: ffi::core_model::Model,
    cycles: u64,
}

impl VerilatedCore {
    /// A model in its power-up state (registers zero; not reset: drive `rst` first, or use
    /// [`open`]).
    pub fn new() -> Self {
        VerilatedCore { model: ffi::core_model::Model::new(), cycles: 0 }
    }

    /// A new model that traces from its first cycle to `path` (VCD).
    pub fn with_trace(path: impl AsRef<Path>) -> std::io::Result<Self> {
        let mut core = Self::new();
        core.trace_to(path)?;
        Ok(core)
    }

    /// Start a VCD trace of every signal to `path` (created or truncated), from the next cycle
    /// on; a trace already open is closed first.
    pub fn trace_to(&mut self, path: impl AsRef<Path>) -> std::io::Result<()> {
        self.model.trace_open(path.as_ref())
    }

    /// The file being traced to, if any.
    pub fn trace_path(&self) -> Option<&Path> {
        self.model.trace_path()
    }

    /// Write buffered trace data out (the trace is otherwise written in large blocks).
    pub fn flush_trace(&mut self) {
        self.model.trace_flush();
    }

    /// Close the trace file; the model runs on untraced.
    pub fn stop_trace(&mut self) {
        self.model.trace_close();
    }
}

impl Default for VerilatedCore {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for VerilatedCore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerilatedCore").field("cycles", &self.cycles).field("trace", &self.model.trace_path()).finish()
    }
}

impl CorePorts for VerilatedCore {
    fn eval(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        self.model.eval(&ffi::core_model::PortsIn::from_inputs(inputs)).to_outputs()
    }

    fn tick(&mut self, inputs: &CoreInputs) -> CoreOutputs {
        let (out, cycles) = self.model.tick(&ffi::core_model::PortsIn::from_inputs(inputs), 1);
        self.cycles = cycles;
        out.to_outputs()
    }

    fn cycles(&self) -> u64 {
        self.cycles
    }

    /// The whole stretch in one call into C++.
    fn idle(&mut self, inputs: &CoreInputs, n: u64) -> CoreOutputs {
        if n == 0 {
            return self.eval(inputs);
        }
        let (out, cycles) = self.model.tick(&ffi::core_model::PortsIn::from_inputs(inputs), n);
        self.cycles = cycles;
        out.to_outputs()
    }
}

/// The generated Verilog of `ftsync_core`, in a stable order.
pub fn rtl_files() -> std::io::Result<Vec<PathBuf>> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../rtl"));
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?.map(|e| e.map(|e| e.path())).collect::<Result<_, _>>()?;
    files.retain(|p| p.extension().is_some_and(|e| e == "v"));
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_the_top_and_every_block() {
        let names: Vec<String> =
            super::rtl_files().unwrap().iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
        for block in ["ftsync_core.v", "write_tracker.v", "epoch_counter.v", "link_comparator.v", "ftsync_csr.v"] {
            assert!(names.iter().any(|n| n == block), "{block} missing from rtl/: {names:?}");
        }
    }
}
