//! Reference models of ftsync's RTL blocks, in plain Rust (no rust-hdl, no Verilator).
//!
//! The rust-hdl tests in `hdl-gen/tests/` check each block against its model. The block models
//! follow the block's documented semantics (DESIGN.md and the block's source file), not its
//! implementation. [`core::CoreModel`] composes them into the whole `ftsync_core` at its pins,
//! cycle for cycle with the RTL: the host driver's `model` transport.

pub mod core;
pub mod epoch_counter;
pub mod link_comparator;
pub mod write_tracker;
