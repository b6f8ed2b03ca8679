//! ftsync's RTL blocks written in rust-hdl, and the generator of `rtl/` and `docs/regmap.*`.
//!
//! One block per file: [`write_tracker`], [`epoch_counter`], [`link_comparator`] (with its
//! [`skew_fifo`]s), the register file generated from `regmap` ([`csr_file`]) and the top
//! [`ftsync_core`]. [`verilog`] splits rust-hdl's output into one file per block under `rtl/`;
//! [`bench`] drives a block cycle by cycle without rust-hdl's threaded simulator.

pub mod bench;
pub mod boards;
pub mod csr_file;
pub mod epoch_counter;
pub mod ftsync_core;
pub mod link_comparator;
pub mod primitives;
pub mod skew_fifo;
pub mod uart_bridge;
pub mod uart_rx;
pub mod uart_top;
pub mod uart_tx;
pub mod verilog;
pub mod write_tracker;

/// Errors of the generator, named after the step that failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// rust-hdl's own checks (connections, logic loops, writes to inputs) refused the design.
    #[error("rust-hdl design check failed: {0}")]
    CheckDesign(String),
    #[error("splitting rust-hdl's Verilog into modules: {0}")]
    SplitModules(String),
    #[error("module `{module}` is not below ftsync_core or its instance has no entry in verilog::BLOCKS")]
    NameModule { module: String },
    #[error("top `{top}` cannot instantiate the default ftsync_core of rtl/*.v: its core's module `{module}` is not the default generation's")]
    CoreNotDefault { top: String, module: String },
    #[error("writing {path}")]
    WriteFile {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}
