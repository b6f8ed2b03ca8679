//! `ftsync_uart_top`: `ftsync_core` with its Wishbone CSR bus reached over a serial line
//! through [`UartBridge`] — what an open board without PCIe runs, and what a host reaches with
//! the `serial` transport. Every other pin of the core (snoop, CE events, link streams, `irq`)
//! keeps its name and width, so a board wrapper or a testbench drives them as on the bare core.
//!
//! ```text
//!   uart_rx ──▶ ┌─────────────┐ wb_* ┌─────────────┐ ◀── snoop_*, ce_*, a_*, b_*, o_ready
//!   uart_tx ◀── │ uart_bridge │ ───▶ │ ftsync_core │ ──▶ ce_hold, o_*, irq, *_ready
//!               └─────────────┘      └─────────────┘
//! ```
//!
//! The serial constants are generation parameters: [`FtsyncUartTop::for_clock`] derives them
//! from the clock and baud rate ([`UartBridge::for_clock`]). The generated
//! `rtl/uart/ftsync_uart_top.v` is the default core at [`CLOCK_HZ`] = 25 MHz (the ULX3S
//! oscillator) and [`BAUD`] = 115 200: 217 clocks per bit (25e6 / 115200 = 217.01, 0.005 %
//! off), a 250 000-cycle (10 ms) inter-byte timeout and a 4096-cycle bus timeout. It holds
//! the bridge and instantiates `ftsync_core`, whose modules are `rtl/*.v`
//! ([`crate::verilog::CoreCopy::Shared`]).

use crate::ftsync_core::FtsyncCore;
use crate::uart_bridge::UartBridge;
use rust_hdl::prelude::*;

/// Clock of the generated `ftsync_uart_top` (the ULX3S's 25 MHz oscillator).
pub const CLOCK_HZ: u32 = 25_000_000;
/// Baud rate of every generated top.
pub const BAUD: u32 = 115_200;

#[derive(LogicBlock)]
pub struct FtsyncUartTop<
    const B: usize,
    const W: usize,
    const S: usize,
    const SW: usize,
    const N: usize,
    const NP1: usize,
> {
    pub clk: Signal<In, Clock>,
    /// Synchronous, active high; resets core and bridge.
    pub rst: Signal<In, Bit>,
    /// Serial line from the host, idle high, asynchronous (synchronized in the bridge).
    pub uart_rx: Signal<In, Bit>,
    /// Serial line to the host, idle high.
    pub uart_tx: Signal<Out, Bit>,
    pub snoop_valid: Signal<In, Bit>,
    pub snoop_ready: Signal<Out, Bit>,
    pub snoop_addr: Signal<In, Bits<48>>,
    pub snoop_len: Signal<In, Bits<16>>,
    pub ce_retire: Signal<In, Bit>,
    pub ce_drain: Signal<In, Bit>,
    pub ce_hold: Signal<Out, Bit>,
    pub a_valid: Signal<In, Bit>,
    pub a_ready: Signal<Out, Bit>,
    pub a_data: Signal<In, Bits<SW>>,
    pub a_last: Signal<In, Bit>,
    pub b_valid: Signal<In, Bit>,
    pub b_ready: Signal<Out, Bit>,
    pub b_data: Signal<In, Bits<SW>>,
    pub b_last: Signal<In, Bit>,
    pub o_valid: Signal<Out, Bit>,
    pub o_ready: Signal<In, Bit>,
    pub o_data: Signal<Out, Bits<SW>>,
    pub o_last: Signal<Out, Bit>,
    pub irq: Signal<Out, Bit>,

    core: FtsyncCore<B, W, S, SW, N, NP1>,
    bridge: UartBridge,
}

/// The generated `ftsync_uart_top`: the default core (see [`crate::ftsync_core::FtsyncCoreDefault`]).
pub type FtsyncUartTopDefault = FtsyncUartTop<14, 9, 4, 64, 5, 6>;

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize>
    FtsyncUartTop<B, W, S, SW, N, NP1>
{
    /// The core behind a bridge at `baud` for a `clock_hz` clock.
    pub fn for_clock(clock_hz: u32, baud: u32) -> Self {
        Self::with_bridge(UartBridge::for_clock(clock_hz, baud))
    }

    /// The core behind a given bridge (tests use a short bit time).
    pub fn with_bridge(bridge: UartBridge) -> Self {
        Self {
            clk: Default::default(),
            rst: Default::default(),
            uart_rx: Default::default(),
            uart_tx: Default::default(),
            snoop_valid: Default::default(),
            snoop_ready: Default::default(),
            snoop_addr: Default::default(),
            snoop_len: Default::default(),
            ce_retire: Default::default(),
            ce_drain: Default::default(),
            ce_hold: Default::default(),
            a_valid: Default::default(),
            a_ready: Default::default(),
            a_data: Default::default(),
            a_last: Default::default(),
            b_valid: Default::default(),
            b_ready: Default::default(),
            b_data: Default::default(),
            b_last: Default::default(),
            o_valid: Default::default(),
            o_ready: Default::default(),
            o_data: Default::default(),
            o_last: Default::default(),
            irq: Default::default(),
            core: FtsyncCore::new(),
            bridge,
        }
    }

    pub fn params() -> regmap::Params {
        FtsyncCore::<B, W, S, SW, N, NP1>::params()
    }

    /// The bridge (its frame counters, for tests).
    pub fn bridge(&self) -> &UartBridge {
        &self.bridge
    }
}

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize> Default
    for FtsyncUartTop<B, W, S, SW, N, NP1>
{
    /// [`CLOCK_HZ`] and [`BAUD`].
    fn default() -> Self {
        Self::for_clock(CLOCK_HZ, BAUD)
    }
}

impl<const B: usize, const W: usize, const S: usize, const SW: usize, const N: usize, const NP1: usize> Logic
    for FtsyncUartTop<B, W, S, SW, N, NP1>
{
    #[hdl_gen]
    fn update(&mut self) {
        self.core.clk.next = self.clk.val();
        self.bridge.clock.next = self.clk.val();
        self.core.rst.next = self.rst.val();
        self.bridge.rst.next = self.rst.val();

        // ---- Serial side and the bus between bridge and core.
        self.bridge.rx.next = self.uart_rx.val();
        self.uart_tx.next = self.bridge.tx.val();
        self.core.wb_adr.next = self.bridge.wb_adr.val();
        self.core.wb_dat_w.next = self.bridge.wb_dat_w.val();
        self.core.wb_sel.next = self.bridge.wb_sel.val();
        self.core.wb_we.next = self.bridge.wb_we.val();
        self.core.wb_cyc.next = self.bridge.wb_cyc.val();
        self.core.wb_stb.next = self.bridge.wb_stb.val();
        self.bridge.wb_dat_r.next = self.core.wb_dat_r.val();
        self.bridge.wb_ack.next = self.core.wb_ack.val();

        // ---- The core's other pins, passed through.
        self.core.snoop_valid.next = self.snoop_valid.val();
        self.snoop_ready.next = self.core.snoop_ready.val();
        self.core.snoop_addr.next = self.snoop_addr.val();
        self.core.snoop_len.next = self.snoop_len.val();
        self.core.ce_retire.next = self.ce_retire.val();
        self.core.ce_drain.next = self.ce_drain.val();
        self.ce_hold.next = self.core.ce_hold.val();
        self.core.a_valid.next = self.a_valid.val();
        self.a_ready.next = self.core.a_ready.val();
        self.core.a_data.next = self.a_data.val();
        self.core.a_last.next = self.a_last.val();
        self.core.b_valid.next = self.b_valid.val();
        self.b_ready.next = self.core.b_ready.val();
        self.core.b_data.next = self.b_data.val();
        self.core.b_last.next = self.b_last.val();
        self.o_valid.next = self.core.o_valid.val();
        self.core.o_ready.next = self.o_ready.val();
        self.o_data.next = self.core.o_data.val();
        self.o_last.next = self.core.o_last.val();
        self.irq.next = self.core.irq.val();
    }
}

#[cfg(test)]
mod synthesis {
    use super::*;
    use rust_hdl::core::yosys::yosys_validate;

    /// rust-hdl's design checks, then yosys on the generated Verilog: no latch, no implicit
    /// wire, no undriven net. A small core keeps the check quick.
    #[test]
    fn ftsync_uart_top_synthesizes() {
        let mut uut = FtsyncUartTop::<11, 6, 1, 64, 3, 4>::for_clock(CLOCK_HZ, BAUD);
        uut.connect_all();
        yosys_validate("ftsync_uart_top", &generate_verilog(&uut)).unwrap();
    }
}
