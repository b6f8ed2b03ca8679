//! Reference models of ftsync's RTL blocks, in plain Rust (no rust-hdl, no Verilator).
//!
//! The rust-hdl tests in `hdl-gen/tests/` check each block against its model; the host
//! driver's `model` transport builds on them. Each model follows the block's documented
//! semantics (DESIGN.md and the block's source file), not its implementation.

pub mod epoch_counter;
pub mod link_comparator;
pub mod write_tracker;
