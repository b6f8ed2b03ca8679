//! `ftsync_core` seen the way an independent testbench sees it: ports and register names.
//! A small core (2048-bit bitmap, 8-word FIFOs) keeps the simulations short.

use hdl_gen::bench::CoreBench;
use hdl_gen::ftsync_core::FtsyncCore;
use regmap::{registers, Access, RegKind};

type Core = CoreBench<11, 6, 1, 64, 3, 4>;
type Dut = FtsyncCore<11, 6, 1, 64, 3, 4>;

fn f(reg: &str, field: &str, v: u32) -> u32 {
    Core::bits(reg, field, v)
}

#[test]
fn every_register_reads_its_documented_reset_value() {
    let mut c = Core::new();
    let params = Dut::params();
    for r in registers().iter().filter(|r| !r.is_window()) {
        assert_eq!(c.read(r.name()), r.reset_value(&params), "{} after reset", r.name());
    }
    assert_eq!(c.read("ID"), 0x4654_5359);
    assert_eq!(Core::field("CAPS", "TRACK_CAPACITY_LOG2", c.read("CAPS")), 11);
    assert_eq!(Core::field("CAPS", "STREAM_WIDTH", c.read("CAPS")), 64);
    assert_eq!(Core::field("CAPS", "FIFO_DEPTH_LOG2", c.read("CAPS")), 3);
}

#[test]
fn register_access_follows_the_map() {
    let mut c = Core::new();
    let params = Dut::params();
    for r in registers().iter().filter(|r| !r.is_window()) {
        // INTR_TEST would set interrupt state and the tracker's pulses would start work; both
        // are covered on their own below. Here: what a write of all ones leaves readable.
        if matches!(r.name(), "INTR_TEST" | "TRACK_CTRL" | "CMP_CTRL" | "EPOCH_CTRL" | "EPOCH_RESUME") {
            continue;
        }
        let before = c.read(r.name());
        c.write(r.name(), u32::MAX);
        let after = c.read(r.name());
        let mut want = 0u32;
        for fld in r.reg.fields {
            let bits = match (fld.access, fld.legal) {
                (Access::Rw, Some((_, hi))) => hi,
                (Access::Rw, None) => regmap::low_mask(fld.width),
                (Access::Ro, _) => fld.get(before),
                (Access::Rw1c, _) | (Access::Wo, _) | (Access::W1p, _) => 0,
            };
            want |= bits << fld.lsb;
        }
        assert_eq!(after, want, "{} after writing all ones", r.name());
        let reset = r.reset_value(&params);
        c.write(r.name(), reset);
    }
}

#[test]
fn byte_lanes_unmapped_addresses_and_warl() {
    let mut c = Core::new();
    let scratch = regmap::offset("SCRATCH");
    c.write_at(scratch, 0x1122_3344, 0xF);
    c.write_at(scratch, 0xAABB_CCDD, 0b0101);
    assert_eq!(c.read("SCRATCH"), 0x11BB_33DD, "only the selected byte lanes change");
    c.write_at(scratch, 0xEEFF_0000, 0b1000);
    assert_eq!(c.read("SCRATCH"), 0xEEBB_33DD);
    // Sub-word byte addresses reach the same register.
    assert_eq!(c.read_at(scratch + 2), 0xEEBB_33DD);
    // Holes in the map read 0 and ignore writes, but are acknowledged.
    let hole = regmap::offset("INTR_TEST") + 4;
    assert!(registers().iter().all(|r| r.offset != hole));
    c.write_at(hole, 0xFFFF_FFFF, 0xF);
    assert_eq!(c.read_at(hole), 0);
    assert_eq!(c.read_at(0x3FFC), 0);
    // TRACK_SHIFT keeps the nearest legal value (WARL).
    c.write("TRACK_SHIFT", 3);
    assert_eq!(c.read("TRACK_SHIFT"), 10);
    c.write("TRACK_SHIFT", 31);
    assert_eq!(c.read("TRACK_SHIFT"), 30);
    c.write("TRACK_SHIFT", 17);
    assert_eq!(c.read("TRACK_SHIFT"), 17);
}

#[test]
fn interrupt_trio_drives_irq() {
    let mut c = Core::new();
    let all = 0xF;
    c.write("INTR_TEST", all);
    assert_eq!(c.read("INTR_STATE"), all, "INTR_TEST sets INTR_STATE");
    c.b.settle();
    assert!(!c.b.uut.irq.val(), "irq stays low while nothing is enabled");
    c.write("INTR_ENABLE", f("INTR_ENABLE", "CMP_TIMEOUT", 1));
    c.b.settle();
    assert!(c.b.uut.irq.val());
    c.write("INTR_STATE", f("INTR_STATE", "CMP_TIMEOUT", 1));
    c.b.settle();
    assert!(!c.b.uut.irq.val(), "writing 1 clears the bit and irq falls");
    assert_eq!(c.read("INTR_STATE"), all & !f("INTR_STATE", "CMP_TIMEOUT", 1));
    c.write("INTR_STATE", 0);
    assert_eq!(c.read("INTR_STATE"), all & !f("INTR_STATE", "CMP_TIMEOUT", 1), "writing 0 clears nothing");
    c.write("INTR_STATE", all);
    assert_eq!(c.read("INTR_STATE"), 0);
    assert_eq!(c.read("INTR_TEST"), 0, "INTR_TEST reads 0");
}

#[test]
fn tracker_through_the_bus() {
    let mut c = Core::new();
    let base = 0x0000_8000_0000_u64;
    c.write("TRACK_BASE_LO", base as u32);
    c.write("TRACK_BASE_HI", (base >> 32) as u32);
    c.write("TRACK_SHIFT", 12);
    c.write("TRACK_LIMIT", 1000);
    c.write("INTR_ENABLE", f("INTR_ENABLE", "TRACK_SNAP_DONE", 1));
    c.write("TRACK_CTRL", f("TRACK_CTRL", "EN", 1));
    for blk in [0u64, 5, 31, 32, 999] {
        c.snoop(base + blk * 4096 + 100, 8);
    }
    c.snoop(base + 40 * 4096 - 4, 8); // blocks 39 and 40
    c.snoop(base + 1000 * 4096, 1); // out of range
    c.snoop(base - 1, 1); // out of range
                          // SNAPSHOT right after the last snoop: every write taken before it is in the frozen bank.
    c.write("TRACK_CTRL", f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
    c.wait_field("TRACK_STATUS", "BUSY", 0, 50);
    assert_eq!(c.read("TRACK_SNAP_COUNT"), 7);
    assert_eq!(c.read("TRACK_DIRTY_COUNT"), 0);
    assert_eq!(c.read("TRACK_WRITES"), 8);
    assert_eq!(c.read("TRACK_OUT_OF_RANGE"), 2);
    assert_eq!(c.read("TRACK_STALL_CYCLES"), 1);
    assert_eq!(Core::field("INTR_STATE", "TRACK_SNAP_DONE", c.read("INTR_STATE")), 1);
    c.b.settle();
    assert!(c.b.uut.irq.val());
    // Harvest as a driver does: summary first, then only the non-zero bitmap words.
    let summary = regmap::offset("TRACK_SUMMARY");
    let bitmap = regmap::offset("TRACK_BITMAP");
    let s0 = c.read_at(summary);
    assert_eq!(s0, (1 << 0) | (1 << 1) | (1 << 31), "words 0, 1 and 31 hold bits");
    assert_eq!(c.read_at(summary + 4), 0);
    let mut blocks = Vec::new();
    for word in (0..32).filter(|w| s0 & (1 << w) != 0) {
        let v = c.read_at(bitmap + 4 * word);
        blocks.extend((0..32).filter(|b| v & (1 << b) != 0).map(|b| word * 32 + b));
    }
    assert_eq!(blocks, vec![0, 5, 31, 32, 39, 40, 999]);
    // A second snapshot before CLEAR is refused and flagged; CLEAR then lets it through.
    c.snoop(base + 7 * 4096, 1);
    c.write("TRACK_CTRL", f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
    assert_eq!(Core::field("TRACK_STATUS", "SNAP_REFUSED", c.read("TRACK_STATUS")), 1);
    c.write("TRACK_STATUS", f("TRACK_STATUS", "SNAP_REFUSED", 1));
    assert_eq!(Core::field("TRACK_STATUS", "SNAP_REFUSED", c.read("TRACK_STATUS")), 0);
    c.write("TRACK_CTRL", f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "CLEAR", 1));
    c.wait_field("TRACK_STATUS", "BUSY", 0, 200);
    assert_eq!(c.read("TRACK_SNAP_COUNT"), 0);
    c.write("TRACK_CTRL", f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
    c.wait_field("TRACK_STATUS", "BUSY", 0, 50);
    assert_eq!(c.read_at(bitmap), 1 << 7);
    assert_eq!(c.read_at(bitmap + 4 * 64), 0, "past the capacity reads 0");
}

#[test]
fn epoch_hold_and_resume_through_the_bus() {
    let mut c = Core::new();
    c.write("EPOCH_LOAD", 5);
    c.write("INTR_ENABLE", f("INTR_ENABLE", "EPOCH_END", 1));
    c.write(
        "EPOCH_CTRL",
        f("EPOCH_CTRL", "EN", 1) | f("EPOCH_CTRL", "AUTO_RELOAD", 1) | f("EPOCH_CTRL", "HOLD_AT_END", 1),
    );
    // A CE that retires one instruction per cycle unless held.
    let mut retired = 0;
    for _ in 0..20 {
        c.b.settle();
        let held = c.b.uut.ce_hold.val();
        c.b.uut.ce_retire.next = !held;
        retired += u32::from(!held);
        c.b.tick();
    }
    c.b.uut.ce_retire.next = false;
    assert_eq!(retired, 5, "the CE stops after exactly EPOCH_LOAD instructions");
    assert_eq!(c.read("EPOCH_NUMBER_LO"), 1);
    assert_eq!(Core::field("EPOCH_STATUS", "HELD", c.read("EPOCH_STATUS")), 1);
    c.b.settle();
    assert!(c.b.uut.irq.val(), "EPOCH_END interrupt");
    c.write("INTR_STATE", f("INTR_STATE", "EPOCH_END", 1));
    c.write("EPOCH_RESUME", 1);
    c.b.settle();
    assert!(!c.b.uut.ce_hold.val());
    assert_eq!(c.read("EPOCH_COUNT"), 5);
    // A drain ends the epoch early when DRAIN_ENDS is set.
    c.write(
        "EPOCH_CTRL",
        f("EPOCH_CTRL", "EN", 1) | f("EPOCH_CTRL", "AUTO_RELOAD", 1) | f("EPOCH_CTRL", "DRAIN_ENDS", 1),
    );
    c.b.uut.ce_drain.next = true;
    c.b.tick();
    c.b.uut.ce_drain.next = false;
    assert_eq!(c.read("EPOCH_NUMBER_LO"), 2);
    assert_eq!(c.read("EPOCH_NUMBER_HI"), 0);
}

#[test]
fn comparator_captures_the_first_mismatch_through_the_bus() {
    let mut c = Core::new();
    c.write("CMP_SKEW_TIMEOUT", 50);
    c.write("CMP_CTRL", f("CMP_CTRL", "EN", 1) | f("CMP_CTRL", "HALT_ON_MISMATCH", 1));
    c.write("INTR_ENABLE", f("INTR_ENABLE", "CMP_MISMATCH", 1));
    let mut out = Vec::new();
    for i in 0..6u64 {
        let a = 0x1000_0000_0000_0000 | i;
        let b = if i == 4 { a ^ 0xFF00 } else { a };
        c.b.uut.a_valid.next = true;
        c.b.uut.b_valid.next = true;
        c.b.uut.a_data.next = a.into();
        c.b.uut.b_data.next = b.into();
        c.b.uut.a_last.next = i == 2;
        c.b.uut.b_last.next = i == 2;
        c.b.uut.o_ready.next = true;
        c.b.settle();
        assert!(c.b.uut.a_ready.val() && c.b.uut.b_ready.val());
        c.b.tick();
    }
    c.b.uut.a_valid.next = false;
    c.b.uut.b_valid.next = false;
    for _ in 0..4 {
        c.b.settle();
        if c.b.uut.o_valid.val() {
            out.push(c.b.uut.o_data.val().to_u64());
        }
        c.b.tick();
    }
    assert_eq!(c.read("CMP_WORDS_LO"), 4);
    assert_eq!(c.read("CMP_FRAMES"), 1);
    let status = c.read("CMP_STATUS");
    assert_eq!(Core::field("CMP_STATUS", "MISMATCH", status), 1);
    assert_eq!(Core::field("CMP_STATUS", "HALTED", status), 1);
    assert_eq!(c.read("CMP_MISMATCH_INDEX_LO"), 4);
    assert_eq!(c.read("CMP_MISMATCH_A"), 4);
    assert_eq!(c.read("CMP_MISMATCH_B"), 4 ^ 0xFF00);
    c.b.settle();
    assert!(c.b.uut.irq.val());
    assert!(out.len() <= 4, "nothing past the mismatch is forwarded while halted: {out:x?}");
    // CLEAR resumes with empty FIFOs and zeroed counters.
    c.write("CMP_CTRL", f("CMP_CTRL", "EN", 1) | f("CMP_CTRL", "CLEAR", 1));
    assert_eq!(c.read("CMP_STATUS"), 0);
    assert_eq!(c.read("CMP_WORDS_LO"), 0);
}

#[test]
fn windows_and_registers_do_not_overlap_and_fit_the_bus() {
    for r in registers() {
        if let RegKind::Window { words, .. } = r.reg.kind {
            assert!(r.offset + 4 * words <= 1 << regmap::ADDR_BITS);
        }
    }
    regmap::layout(regmap::MAP).expect("layout is consistent");
}

#[test]
fn epoch_can_be_enabled_before_its_length_is_written() {
    let mut c = Core::new();
    c.write("EPOCH_CTRL", f("EPOCH_CTRL", "EN", 1) | f("EPOCH_CTRL", "HOLD_AT_END", 1));
    c.write("EPOCH_LOAD", 7);
    assert_eq!(c.read("EPOCH_COUNT"), 7, "writing EPOCH_LOAD restarts the count");
    let mut retired = 0;
    for _ in 0..20 {
        c.b.settle();
        let held = c.b.uut.ce_hold.val();
        c.b.uut.ce_retire.next = !held;
        retired += u32::from(!held);
        c.b.tick();
    }
    c.b.uut.ce_retire.next = false;
    assert_eq!(retired, 7);
    assert_eq!(c.read("EPOCH_NUMBER_LO"), 1);
    assert_eq!(Core::field("EPOCH_STATUS", "EXPIRED", c.read("EPOCH_STATUS")), 1, "one-shot without AUTO_RELOAD");
}

#[test]
fn the_shared_port_driver_runs_on_the_rtl() {
    use regbus::{PortDriver, RegisterBus, StreamSide};
    let mut d = PortDriver::new(hdl_gen::bench::RtlPorts::<11, 6, 1, 3, 4>::new());
    d.reset();
    assert_eq!(d.read32(regmap::offset("ID")).unwrap(), 0x4654_5359);
    d.write32(regmap::offset("TRACK_CTRL"), f("TRACK_CTRL", "EN", 1)).unwrap();
    d.write32(regmap::offset("TRACK_SHIFT"), 10).unwrap();
    d.write32(regmap::offset("CMP_CTRL"), f("CMP_CTRL", "EN", 1)).unwrap();
    for i in 0..20u64 {
        d.queue_snoop(i * 1024, 4);
        d.queue_word(StreamSide::A, i, i == 19);
        d.queue_word(StreamSide::B, i, i == 19);
    }
    // Traffic flows in the background while registers are read.
    let mut reads = 0;
    while d.snoops_pending() > 0 || d.words_pending(StreamSide::B) > 0 {
        d.read32(regmap::offset("TRACK_STATUS")).unwrap();
        reads += 1;
    }
    assert!(reads < 20, "traffic is not held up by register reads");
    d.ticks(8);
    assert_eq!(d.read32(regmap::offset("TRACK_DIRTY_COUNT")).unwrap(), 20);
    assert_eq!(d.take_received(), (0..20u64).map(|i| (i, i == 19)).collect::<Vec<_>>());
    assert!(matches!(d.read32(0x1_0000), Err(regbus::BusError::AddressOutOfRange { .. })));
}

#[test]
fn registers_power_up_at_their_reset_values() {
    use regbus::{PortDriver, RegisterBus};
    // No reset at all: an FPGA just configured.
    let mut d = PortDriver::new(hdl_gen::bench::RtlPorts::<11, 6, 1, 3, 4>::new());
    let params = Dut::params();
    for name in ["TRACK_SHIFT", "TRACK_LIMIT", "ID", "CAPS", "SCRATCH"] {
        let r = regmap::register(name).unwrap();
        assert_eq!(d.read32(r.offset).unwrap(), r.reset_value(&params), "{name} at power-up");
    }
}

#[test]
fn an_abandoned_window_read_does_not_answer_the_next_transfer() {
    let mut c = Core::new();
    c.write("SCRATCH", 0x5151_5151);
    c.write("TRACK_CTRL", f("TRACK_CTRL", "EN", 1));
    c.snoop(0, 1);
    c.write("TRACK_CTRL", f("TRACK_CTRL", "EN", 1) | f("TRACK_CTRL", "SNAPSHOT", 1));
    c.wait_field("TRACK_STATUS", "BUSY", 0, 20);
    // Start a bitmap read and drop wb_cyc after one cycle, before its acknowledge.
    let u = &mut c.b.uut;
    u.wb_cyc.next = true;
    u.wb_stb.next = true;
    u.wb_we.next = false;
    u.wb_adr.next = u64::from(regmap::offset("TRACK_BITMAP")).into();
    c.b.tick();
    c.b.uut.wb_cyc.next = false;
    c.b.uut.wb_stb.next = false;
    for _ in 0..6 {
        c.b.settle();
        assert!(!c.b.uut.wb_ack.val(), "no acknowledge without a transfer");
        c.b.tick();
    }
    assert_eq!(c.read("SCRATCH"), 0x5151_5151, "the next transfer gets its own data");
    assert_eq!(c.read_at(regmap::offset("TRACK_BITMAP")), 1, "and the window still answers");
}

#[test]
fn a_write_with_no_byte_lane_changes_nothing() {
    let mut c = Core::new();
    c.write("EPOCH_LOAD", 9);
    c.write("EPOCH_CTRL", f("EPOCH_CTRL", "EN", 1));
    c.b.uut.ce_retire.next = true;
    c.b.ticks(3);
    c.b.uut.ce_retire.next = false;
    let count = c.read("EPOCH_COUNT");
    assert!(count < 9);
    c.write_at(regmap::offset("EPOCH_LOAD"), 9, 0);
    assert_eq!(c.read("EPOCH_COUNT"), count, "no lane, no restart of the count");
    c.write_at(regmap::offset("SCRATCH"), 0xFFFF_FFFF, 0);
    assert_eq!(c.read("SCRATCH"), 0);
}
