//! Verilator's C++ runtime, compiled once and linked into whatever depends on this crate.
//!
//! A crate with a Verilated model (`sim`) depends on this one, reads the runtime's location
//! from the `DEP_VERILATED_*` variables its build script sees, and must name this crate
//! (`use verilator_runtime as _;`): rustc only links the native library of a crate that is
//! actually used.
//!
//! Variables exported to dependents' build scripts:
//!
//! | variable | value |
//! |---|---|
//! | `DEP_VERILATED_VERILATOR` | the `verilator` executable the runtime was taken from |
//! | `DEP_VERILATED_ROOT` | its `VERILATOR_ROOT` |
//! | `DEP_VERILATED_INCLUDE` | include directories, joined like `PATH` |
//! | `DEP_VERILATED_VERSION` | e.g. `5.006` |
//! | `DEP_VERILATED_UNITS` | runtime units compiled, comma-separated (`verilated,verilated_vcd_c,...`) |
//! | `DEP_VERILATED_DEFINES` | preprocessor switches the runtime was compiled with, comma-separated |
//! | `DEP_VERILATED_CXXFLAGS` | compiler flags Verilator's C++ expects (verilated.mk's), comma-separated |

/// Version of the Verilator whose runtime is linked in (`verilator --version`).
pub const VERILATOR_VERSION: &str = env!("VERILATOR_VERSION");
