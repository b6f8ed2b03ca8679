//! The only code that calls into C++: each Verilated model behind a handle owned by a `Model`.
//! The build script generates, per model, the port structs and the shim's entry points under
//! common names (`model_new`, `model_tick`, ...); [`verilated_model!`] wraps them once for all.
#![allow(unsafe_code)] // FFI to the generated C++ shim cannot be written without `unsafe`; it is confined here.

// The runtime's objects are only linked if its crate is used.
use verilator_runtime as _;

/// `Model` over the `model_*` entry points and `PortsIn`/`PortsOut` of the invoking module.
macro_rules! verilated_model {
    () => {
        use std::ffi::CString;
        use std::io;
        use std::path::{Path, PathBuf};
        use std::ptr::NonNull;

        /// One Verilated model with its own `VerilatedContext`.
        ///
        /// Every method takes `&mut self` because every shim call mutates the model; that is also why
        /// it is not `Sync`.
        pub(crate) struct Model {
            handle: NonNull<c_void>,
            /// The VCD file being written, if any.
            trace: Option<PathBuf>,
        }

        // SAFETY: the C++ model has no thread affinity: its state is all behind the handle, and the
        // shim re-binds Verilator's thread-local context pointer to the model's own context on every
        // call, so moving the handle to another thread between calls is sound. Calls never overlap
        // (`&mut self`), and `Sync` is deliberately not implemented.
        unsafe impl Send for Model {}

        impl Model {
            pub(crate) fn new() -> Self {
                // SAFETY: no preconditions; returns an owned handle (the shim aborts on allocation failure).
                let raw = unsafe { model_new() };
                let handle = NonNull::new(raw).expect("the shim returned a null model");
                Model { handle, trace: None }
            }

            pub(crate) fn eval(&mut self, inputs: &PortsIn) -> PortsOut {
                let mut out = PortsOut::default();
                // SAFETY: live handle (owned, freed only in Drop); `inputs`/`out` are valid for the call
                // and have the C layout the shim was generated with (same build script, same port list).
                unsafe { model_eval(self.handle.as_ptr(), inputs, &mut out) };
                out
            }

            /// `n` rising edges with the same inputs; returns the outputs and the model's cycle count.
            pub(crate) fn tick(&mut self, inputs: &PortsIn, n: u64) -> (PortsOut, u64) {
                let mut out = PortsOut::default();
                // SAFETY: as in `eval`.
                let cycles = unsafe { model_tick(self.handle.as_ptr(), inputs, &mut out, n) };
                (out, cycles)
            }

            /// Start a VCD trace to `path` from the next cycle on; one already open is closed.
            pub(crate) fn trace_open(&mut self, path: &Path) -> io::Result<()> {
                self.trace = None;
                // Verilator reserves a leading '|' for piping to a command and asserts on it.
                if path.as_os_str().as_encoded_bytes().first() == Some(&b'|') {
                    return Err(io::Error::new(io::ErrorKind::InvalidInput, "trace path starts with '|'"));
                }
                let c_path = CString::new(path.as_os_str().as_encoded_bytes())
                    .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "trace path contains a NUL byte"))?;
                // SAFETY: live handle; `c_path` is NUL-terminated and outlives the call (the shim copies it).
                let ok = unsafe { model_trace_open(self.handle.as_ptr(), c_path.as_ptr()) };
                if ok == 0 {
                    return Err(io::Error::other(format!("cannot open VCD trace {}", path.display())));
                }
                self.trace = Some(path.to_path_buf());
                Ok(())
            }

            pub(crate) fn trace_path(&self) -> Option<&Path> {
                self.trace.as_deref()
            }

            pub(crate) fn trace_flush(&mut self) {
                // SAFETY: live handle; a no-op without an open trace.
                unsafe { model_trace_flush(self.handle.as_ptr()) }
            }

            pub(crate) fn trace_close(&mut self) {
                // SAFETY: live handle; a no-op without an open trace.
                unsafe { model_trace_close(self.handle.as_ptr()) }
                self.trace = None;
            }
        }

        impl Drop for Model {
            fn drop(&mut self) {
                // SAFETY: the handle came from model_new and is freed exactly once, here; the
                // shim runs the model's final blocks and closes the trace first.
                unsafe { model_free(self.handle.as_ptr()) }
            }
        }
    };
}

/// `ftsync_core` (`rtl/*.v`).
pub(crate) mod core_model {
    use std::ffi::{c_char, c_int, c_void};
    include!(concat!(env!("OUT_DIR"), "/ftsync_core_ports.rs"));
    verilated_model!();
}

/// `ftsync_uart_top` (`rtl/uart/ftsync_uart_top.v`).
pub(crate) mod uart_model {
    use std::ffi::{c_char, c_int, c_void};
    include!(concat!(env!("OUT_DIR"), "/ftsync_uart_top_ports.rs"));
    verilated_model!();
}
