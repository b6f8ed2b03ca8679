//! One driver of `ftsync_core`'s pins for every simulated core.
//!
//! Register accesses are Wishbone B4 classic transfers. Snooped writes, the two CE output
//! streams and a CE that retires instructions run in the background: each queue offers its
//! head on every clock edge, whatever else the driver is doing, so traffic keeps flowing while
//! software reads registers — as on a real machine — and two cores driven by the same calls
//! see the same inputs on every cycle.

use crate::{BusError, CoreInputs, CoreOutputs, CorePorts, RegisterBus};
use std::collections::VecDeque;

/// Cycles a Wishbone transfer waits for `wb_ack` before giving up.
pub const ACK_TIMEOUT: u64 = 10_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StreamSide {
    A,
    B,
}

pub struct PortDriver<P: CorePorts> {
    ports: P,
    inputs: CoreInputs,
    snoops: VecDeque<(u64, u16)>,
    stream_a: VecDeque<(u64, bool)>,
    stream_b: VecDeque<(u64, bool)>,
    /// A side that is "stalled" offers nothing even with words queued (a slow or dead CE).
    pub stall_a: bool,
    pub stall_b: bool,
    /// Drive `o_ready`.
    pub o_ready: bool,
    received: Vec<(u64, bool)>,
    /// The background CE retires one instruction per cycle while running and not held.
    pub ce_running: bool,
    retired: u64,
    /// Raise `ce_drain` on the next edge only.
    drain_once: bool,
    snoops_taken: u64,
    last: CoreOutputs,
}

impl<P: CorePorts> PortDriver<P> {
    pub fn new(ports: P) -> Self {
        let mut d = PortDriver {
            ports,
            inputs: CoreInputs { wb_sel: 0xF, ..Default::default() },
            snoops: VecDeque::new(),
            stream_a: VecDeque::new(),
            stream_b: VecDeque::new(),
            stall_a: false,
            stall_b: false,
            o_ready: true,
            received: Vec::new(),
            ce_running: false,
            retired: 0,
            drain_once: false,
            snoops_taken: 0,
            last: CoreOutputs::default(),
        };
        d.last = d.ports.eval(&d.inputs);
        d
    }

    /// Hold `rst` for two cycles, then run one cycle out of reset.
    pub fn reset(&mut self) {
        self.inputs.rst = true;
        self.tick();
        self.tick();
        self.inputs.rst = false;
        self.tick();
    }

    pub fn ports(&self) -> &P {
        &self.ports
    }
    pub fn ports_mut(&mut self) -> &mut P {
        &mut self.ports
    }
    pub fn into_ports(self) -> P {
        self.ports
    }
    /// The outputs after the last edge (with the inputs then applied).
    pub fn outputs(&self) -> CoreOutputs {
        self.last
    }
    pub fn cycles(&self) -> u64 {
        self.ports.cycles()
    }

    /// One clock cycle: present every queue's head, take what the core accepts, then the edge.
    pub fn tick(&mut self) -> CoreOutputs {
        let running = self.ce_running;
        self.cycle(|| running)
    }

    /// One clock cycle for an external CE (an interpreter that retires one instruction at a
    /// time). `retire` is called only if `ce_hold` is low in this cycle — never once the epoch
    /// counter holds the CE — and runs the CE for one instruction; it returns whether one
    /// retired (a halted or faulted CE returns false). `ce_retire` is high exactly in the
    /// cycles it returned true. Returns the outputs after the edge and whether it retired.
    pub fn tick_ce(&mut self, retire: impl FnOnce() -> bool) -> (CoreOutputs, bool) {
        let before = self.retired;
        let out = self.cycle(retire);
        (out, self.retired != before)
    }

    /// Words queued on `side` and not yet taken are dropped (a resynchronized CE's stale
    /// output). Returns how many.
    pub fn clear_words(&mut self, side: StreamSide) -> usize {
        let q = match side {
            StreamSide::A => &mut self.stream_a,
            StreamSide::B => &mut self.stream_b,
        };
        let n = q.len();
        q.clear();
        n
    }

    fn cycle(&mut self, retire: impl FnOnce() -> bool) -> CoreOutputs {
        let i = &mut self.inputs;
        i.snoop_valid = !self.snoops.is_empty();
        if let Some(&(addr, len)) = self.snoops.front() {
            i.snoop_addr = addr;
            i.snoop_len = len;
        }
        i.a_valid = !self.stall_a && !self.stream_a.is_empty();
        if let Some(&(d, l)) = self.stream_a.front() {
            i.a_data = d;
            i.a_last = l;
        }
        i.b_valid = !self.stall_b && !self.stream_b.is_empty();
        if let Some(&(d, l)) = self.stream_b.front() {
            i.b_data = d;
            i.b_last = l;
        }
        i.o_ready = self.o_ready;
        i.ce_drain = self.drain_once;
        self.drain_once = false;
        // ce_hold is registered, so the CE can look at it before deciding to retire.
        i.ce_retire = false;
        let before = self.ports.eval(&self.inputs);
        self.inputs.ce_retire = !before.ce_hold && retire();
        let before = self.ports.eval(&self.inputs);
        if self.inputs.snoop_valid && before.snoop_ready {
            self.snoops.pop_front();
            self.snoops_taken += 1;
        }
        if self.inputs.a_valid && before.a_ready {
            self.stream_a.pop_front();
        }
        if self.inputs.b_valid && before.b_ready {
            self.stream_b.pop_front();
        }
        if before.o_valid && self.inputs.o_ready {
            self.received.push((before.o_data, before.o_last));
        }
        self.retired += u64::from(self.inputs.ce_retire);
        self.last = self.ports.tick(&self.inputs);
        self.last
    }

    pub fn ticks(&mut self, n: u64) {
        for _ in 0..n {
            self.tick();
        }
    }

    /// `n` cycles with nothing queued and the CE stopped, in bulk where the core allows it.
    /// Falls back to single ticks while any background traffic is pending.
    pub fn idle(&mut self, n: u64) {
        if !self.snoops.is_empty()
            || !self.stream_a.is_empty()
            || !self.stream_b.is_empty()
            || self.ce_running
            || self.drain_once
        {
            return self.ticks(n);
        }
        let i = &mut self.inputs;
        i.snoop_valid = false;
        i.a_valid = false;
        i.b_valid = false;
        i.ce_retire = false;
        i.ce_drain = false;
        i.o_ready = self.o_ready;
        if n == 0 {
            return;
        }
        // Words forwarded during the idle stretch must still be collected, so only a core with
        // nothing to forward may skip.
        if self.ports.eval(&self.inputs).o_valid {
            return self.ticks(n);
        }
        self.last = self.ports.idle(&self.inputs, n);
    }

    // ---- Background traffic.

    /// Queue a snooped write; it is offered from the next edge on.
    pub fn queue_snoop(&mut self, addr: u64, len: u16) {
        self.snoops.push_back((addr, len));
    }

    /// Queue a write and run until the core has taken it; returns the cycles it took.
    pub fn snoop(&mut self, addr: u64, len: u16) -> u64 {
        self.queue_snoop(addr, len);
        let start = self.cycles();
        let target = self.snoops_taken + self.snoops.len() as u64;
        while self.snoops_taken < target {
            self.tick();
        }
        self.cycles() - start
    }

    /// Writes queued but not yet taken.
    pub fn snoops_pending(&self) -> usize {
        self.snoops.len()
    }

    /// Writes taken since the driver was made.
    pub fn snoops_taken(&self) -> u64 {
        self.snoops_taken
    }

    pub fn queue_word(&mut self, side: StreamSide, data: u64, last: bool) {
        match side {
            StreamSide::A => self.stream_a.push_back((data, last)),
            StreamSide::B => self.stream_b.push_back((data, last)),
        }
    }

    pub fn words_pending(&self, side: StreamSide) -> usize {
        match side {
            StreamSide::A => self.stream_a.len(),
            StreamSide::B => self.stream_b.len(),
        }
    }

    /// Words the core forwarded on `o_*`, in order, and forget them.
    pub fn take_received(&mut self) -> Vec<(u64, bool)> {
        std::mem::take(&mut self.received)
    }

    /// Instructions the background CE has retired.
    pub fn retired(&self) -> u64 {
        self.retired
    }

    /// Raise `ce_drain` for one cycle on the next edge.
    pub fn drain(&mut self) {
        self.drain_once = true;
    }

    // ---- Wishbone.

    fn transfer(&mut self, addr: u32, write: Option<(u32, u8)>) -> Result<u32, BusError> {
        if addr >= 1 << 16 {
            return Err(BusError::AddressOutOfRange { addr, bits: 16 });
        }
        let (data, sel) = write.unwrap_or((0, 0xF));
        let i = &mut self.inputs;
        i.wb_cyc = true;
        i.wb_stb = true;
        i.wb_adr = addr as u16;
        i.wb_we = write.is_some();
        i.wb_dat_w = data;
        i.wb_sel = sel;
        let mut waited = 0;
        let result = loop {
            let o = self.tick();
            if o.wb_ack {
                break Ok(o.wb_dat_r);
            }
            waited += 1;
            if waited >= ACK_TIMEOUT {
                break Err(if write.is_some() {
                    BusError::WriteTimeout { addr, cycles: waited }
                } else {
                    BusError::ReadTimeout { addr, cycles: waited }
                });
            }
        };
        self.inputs.wb_cyc = false;
        self.inputs.wb_stb = false;
        self.inputs.wb_we = false;
        self.tick();
        result
    }

    /// A write with byte lanes (`wb_sel`).
    pub fn write_lanes(&mut self, addr: u32, value: u32, sel: u8) -> Result<(), BusError> {
        self.transfer(addr, Some((value, sel))).map(|_| ())
    }
}

impl<P: CorePorts> RegisterBus for PortDriver<P> {
    fn read32(&mut self, addr: u32) -> Result<u32, BusError> {
        self.transfer(addr, None)
    }
    fn write32(&mut self, addr: u32, value: u32) -> Result<(), BusError> {
        self.transfer(addr, Some((value, 0xF))).map(|_| ())
    }
}
