//! `ftsync_uart_top` (`rtl/uart/ftsync_uart_top.v`): `ftsync_core` behind the UART-to-Wishbone
//! bridge, as on an open board, compiled by Verilator.
//!
//! [`VerilatedUartTop`] is the model pin by pin; [`UartLink`] is the host's side of its serial
//! line on top of it: bytes queued with [`UartLink::send`] are shifted into `uart_rx` (8N1, LSB
//! first, [`CLOCKS_PER_BIT`] cycles a bit) and `uart_tx` is sampled mid-bit back into bytes,
//! while the core's other pins (snoop port, CE events, streams) stay the caller's.
//!
//! ```text
//!  send(bytes) ─▶ queue ─▶ shifter ─▶ uart_rx ─▶ ┌ bridge ─ Wishbone ─ ftsync_core ┐ ◀─ snoop_*, ce_*,
//!  received()  ◀─ bytes ◀─ sampler ◀─ uart_tx ◀─ └─────────────────────────────────┘ ─▶ a_*, b_*, o_*
//! ```

use crate::ffi::uart_model;
use std::collections::VecDeque;
use std::path::Path;

/// The top's clock (what the board tops are generated for).
pub const CLOCK_HZ: u32 = 25_000_000;
/// 115200 baud at 25 MHz: the bridge's bit time, in clock cycles.
pub const CLOCKS_PER_BIT: u32 = 217;
/// The bridge drops a partial frame after this many idle cycles (10 ms at 25 MHz).
pub const BYTE_TIMEOUT_CYCLES: u64 = 250_000;

/// Inputs of `ftsync_uart_top` but the clock (DESIGN.md names), held for one clock cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UartTopInputs {
    pub rst: bool,
    /// Idle high.
    pub uart_rx: bool,
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

impl Default for UartTopInputs {
    /// Out of reset, line idle (high), nothing offered.
    fn default() -> Self {
        UartTopInputs {
            rst: false,
            uart_rx: true,
            snoop_valid: false,
            snoop_addr: 0,
            snoop_len: 0,
            ce_retire: false,
            ce_drain: false,
            a_valid: false,
            a_data: 0,
            a_last: false,
            b_valid: false,
            b_data: 0,
            b_last: false,
            o_ready: false,
        }
    }
}

/// Outputs of `ftsync_uart_top`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UartTopOutputs {
    pub uart_tx: bool,
    pub snoop_ready: bool,
    pub ce_hold: bool,
    pub a_ready: bool,
    pub b_ready: bool,
    pub o_valid: bool,
    pub o_data: u64,
    pub o_last: bool,
    pub irq: bool,
}

/// One Verilated `ftsync_uart_top` with its own `VerilatedContext`; `Send`, not `Sync`, like
/// [`crate::VerilatedCore`]. A cycle is 10 time units of 1 ns in a trace.
pub struct VerilatedUartTop {
    model: uart_model::Model,
    cycles: u64,
}

impl VerilatedUartTop {
    /// A model in its power-up state (drive `rst` first, or use [`UartLink::new`]).
    pub fn new() -> Self {
        VerilatedUartTop { model: uart_model::Model::new(), cycles: 0 }
    }

    /// Settle the logic with `inputs` applied, without a clock edge; the outputs now.
    pub fn eval(&mut self, inputs: &UartTopInputs) -> UartTopOutputs {
        self.model.eval(&uart_model::PortsIn::from_inputs(inputs)).to_outputs()
    }

    /// One rising edge with `inputs` applied; the outputs after it.
    pub fn tick(&mut self, inputs: &UartTopInputs) -> UartTopOutputs {
        self.idle(inputs, 1)
    }

    /// `n` rising edges with the same inputs, in one call into C++.
    pub fn idle(&mut self, inputs: &UartTopInputs, n: u64) -> UartTopOutputs {
        if n == 0 {
            return self.eval(inputs);
        }
        let (out, cycles) = self.model.tick(&uart_model::PortsIn::from_inputs(inputs), n);
        self.cycles = cycles;
        out.to_outputs()
    }

    /// Rising edges so far.
    pub fn cycles(&self) -> u64 {
        self.cycles
    }

    /// VCD trace of every signal to `path` from the next cycle on.
    pub fn trace_to(&mut self, path: impl AsRef<Path>) -> std::io::Result<()> {
        self.model.trace_open(path.as_ref())
    }

    pub fn trace_path(&self) -> Option<&Path> {
        self.model.trace_path()
    }

    pub fn flush_trace(&mut self) {
        self.model.trace_flush();
    }

    pub fn stop_trace(&mut self) {
        self.model.trace_close();
    }
}

impl Default for VerilatedUartTop {
    fn default() -> Self {
        Self::new()
    }
}

impl std::fmt::Debug for VerilatedUartTop {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("VerilatedUartTop")
            .field("cycles", &self.cycles)
            .field("trace", &self.model.trace_path())
            .finish()
    }
}

/// A byte being shifted out onto `uart_rx`.
#[derive(Clone, Copy, Debug)]
struct Shifting {
    /// Start bit, 8 data bits LSB first, stop bit: bit i of `frame` goes out i-th.
    frame: u16,
    bit: u32,
    /// Cycles of the current bit still to go.
    left: u32,
}

/// A byte being sampled from `uart_tx`.
#[derive(Clone, Copy, Debug)]
struct Sampling {
    /// Cycles until the next sample (mid-bit).
    until: u32,
    /// Bits sampled so far: start bit first.
    bit: u32,
    value: u16,
}

/// Cycles between looks at an idle `uart_tx` for a start bit: the sampling point then lies
/// within this many cycles of mid-bit, a small part of [`CLOCKS_PER_BIT`].
const START_LOOK: u32 = 8;

/// The host's side of the serial line of a [`VerilatedUartTop`] (see the module docs).
pub struct UartLink {
    top: VerilatedUartTop,
    /// The core's pins; `uart_rx` is the link's (overwritten on every cycle).
    pub inputs: UartTopInputs,
    clocks_per_bit: u32,
    queue: VecDeque<u8>,
    shifting: Option<Shifting>,
    sampling: Option<Sampling>,
    received: Vec<u8>,
    framing_errors: u64,
    last: UartTopOutputs,
    /// Cycle at which the last byte into the top ended (its stop bit).
    rx_done_at: u64,
}

impl UartLink {
    /// A fresh top, reset, with the line idle, at [`CLOCKS_PER_BIT`].
    pub fn new() -> Self {
        Self::with_top(VerilatedUartTop::new(), CLOCKS_PER_BIT)
    }

    /// `top` reset (16 cycles of `rst`), then driven at `clocks_per_bit` (the bridge's).
    pub fn with_top(mut top: VerilatedUartTop, clocks_per_bit: u32) -> Self {
        assert!(clocks_per_bit >= 4, "clocks_per_bit {clocks_per_bit}: at least 4");
        let mut inputs = UartTopInputs { rst: true, ..UartTopInputs::default() };
        top.idle(&inputs, 16);
        inputs.rst = false;
        let last = top.tick(&inputs);
        let now = top.cycles();
        UartLink {
            top,
            inputs,
            clocks_per_bit,
            queue: VecDeque::new(),
            shifting: None,
            sampling: None,
            received: Vec::new(),
            framing_errors: 0,
            last,
            rx_done_at: now,
        }
    }

    /// Queue bytes for `uart_rx`; they go out back to back as [`Self::run`] advances.
    pub fn send(&mut self, bytes: &[u8]) {
        self.queue.extend(bytes);
    }

    /// Bytes sampled from `uart_tx` since the last call.
    pub fn take_received(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.received)
    }

    /// Bytes from `uart_tx` whose stop bit was low (dropped).
    pub fn framing_errors(&self) -> u64 {
        self.framing_errors
    }

    /// Nothing queued or on the way in either direction.
    pub fn is_idle(&self) -> bool {
        self.queue.is_empty() && self.shifting.is_none() && self.sampling.is_none() && self.last.uart_tx
    }

    /// Bytes queued for `uart_rx` and not yet started.
    pub fn queued(&self) -> usize {
        self.queue.len()
    }

    /// Cycles since the last byte into the top ended.
    pub fn rx_idle_cycles(&self) -> u64 {
        if self.queue.is_empty() && self.shifting.is_none() {
            self.top.cycles() - self.rx_done_at
        } else {
            0
        }
    }

    pub fn cycles(&self) -> u64 {
        self.top.cycles()
    }

    /// The outputs after the last cycle run.
    pub fn outputs(&self) -> UartTopOutputs {
        self.last
    }

    /// The outputs for the current inputs, without a clock edge (combinational ones such as
    /// `snoop_ready` depend on them).
    pub fn eval(&mut self) -> UartTopOutputs {
        self.top.eval(&self.inputs)
    }

    pub fn top(&mut self) -> &mut VerilatedUartTop {
        &mut self.top
    }

    /// Offer one write on the snoop port until it is taken (the serial line keeps running
    /// meanwhile); returns the cycles it waited.
    pub fn snoop(&mut self, addr: u64, len: u16) -> u64 {
        self.inputs.snoop_valid = true;
        self.inputs.snoop_addr = addr;
        self.inputs.snoop_len = len;
        let mut waited = 0;
        loop {
            let ready = self.eval().snoop_ready;
            self.run(1);
            if ready {
                break;
            }
            waited += 1;
        }
        self.inputs.snoop_valid = false;
        waited
    }

    /// Run `cycles` clock cycles, shifting queued bytes in and sampling bytes out.
    pub fn run(&mut self, cycles: u64) -> UartTopOutputs {
        let mut left = cycles;
        while left > 0 {
            if self.shifting.is_none() {
                if let Some(b) = self.queue.pop_front() {
                    self.shifting =
                        Some(Shifting { frame: (u16::from(b) << 1) | 0x200, bit: 0, left: self.clocks_per_bit });
                }
            }
            // The longest stretch over which no input changes and no sample is due.
            let mut chunk = left;
            self.inputs.uart_rx = match self.shifting {
                Some(s) => {
                    chunk = chunk.min(u64::from(s.left));
                    (s.frame >> s.bit) & 1 == 1
                }
                None => true,
            };
            chunk = chunk.min(match self.sampling {
                Some(s) => u64::from(s.until),
                None => u64::from(START_LOOK),
            });
            let chunk = chunk.max(1);
            self.last = self.top.idle(&self.inputs, chunk);
            left -= chunk;
            let c = chunk as u32;
            if let Some(s) = &mut self.shifting {
                s.left -= c;
                if s.left == 0 {
                    s.bit += 1;
                    s.left = self.clocks_per_bit;
                    if s.bit == 10 {
                        self.shifting = None;
                        self.rx_done_at = self.top.cycles();
                    }
                }
            }
            let tx = self.last.uart_tx;
            match &mut self.sampling {
                None => {
                    if !tx {
                        // A start bit began within the last START_LOOK cycles: its middle is
                        // about half a bit on.
                        self.sampling = Some(Sampling { until: self.clocks_per_bit / 2, bit: 0, value: 0 });
                    }
                }
                Some(s) => {
                    s.until -= c;
                    if s.until == 0 {
                        s.value |= u16::from(tx) << s.bit;
                        s.bit += 1;
                        s.until = self.clocks_per_bit;
                        if s.bit == 1 && tx {
                            // Not a start bit after all (a glitch): back to looking.
                            self.sampling = None;
                        } else if s.bit == 10 {
                            if s.value & 0x200 != 0 {
                                self.received.push((s.value >> 1) as u8);
                            } else {
                                self.framing_errors += 1;
                            }
                            self.sampling = None;
                        }
                    }
                }
            }
        }
        self.last
    }
}

impl Default for UartLink {
    fn default() -> Self {
        Self::new()
    }
}
