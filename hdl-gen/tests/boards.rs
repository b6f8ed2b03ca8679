//! The board tops through their pins only, in rust-hdl simulation, at the real bit time (217
//! clocks per bit on the ULX3S, 104 on the iCEBreaker): power-on reset, register reads and
//! writes over the serial pins with frames made by `regbus::uart`, CAPS reporting each board's
//! geometry, status LEDs, and the board glue's buttons and heartbeat.

use hdl_gen::bench::Bench;
use hdl_gen::boards::board_glue::{BoardGlue, POR_CYCLES};
use hdl_gen::boards::icebreaker::IcebreakerTop;
use hdl_gen::boards::ulx3s::Ulx3sTop;
use regbus::uart::{encode_request, Decoder, Request, Response, Status};

/// A board top seen from its serial pins.
trait Board {
    fn set_rx(&mut self, level: bool);
    fn tx(&self) -> bool;
    fn tick(&mut self);
}

impl Board for Bench<Ulx3sTop> {
    fn set_rx(&mut self, level: bool) {
        self.uut.ftdi_txd.next = level;
    }
    fn tx(&self) -> bool {
        self.uut.ftdi_rxd.val()
    }
    fn tick(&mut self) {
        Bench::tick(self)
    }
}

impl Board for Bench<IcebreakerTop> {
    fn set_rx(&mut self, level: bool) {
        self.uut.RX.next = level;
    }
    fn tx(&self) -> bool {
        self.uut.TX.val()
    }
    fn tick(&mut self) {
        Bench::tick(self)
    }
}

fn ulx3s() -> Bench<Ulx3sTop> {
    let mut b = Bench::new(Ulx3sTop::new(), |u| &mut u.clk_25mhz);
    b.uut.ftdi_txd.next = true;
    // BTN_PWRn released (high), FIRE buttons released.
    b.uut.btn.next = 0b001.into();
    b.settle();
    b
}

fn icebreaker() -> Bench<IcebreakerTop> {
    let mut b = Bench::new(IcebreakerTop::new(), |u| &mut u.CLK);
    b.uut.RX.next = true;
    b.uut.BTN_N.next = true;
    b.settle();
    b
}

/// Send `req` as 8N1 characters at `cpb` clocks per bit and decode the answer from the tx pin.
fn transact<D: Board>(board: &mut D, cpb: u32, req: &Request) -> Response {
    for byte in encode_request(req) {
        let bits = std::iter::once(false).chain((0..8).map(|i| byte >> i & 1 == 1)).chain(std::iter::once(true));
        for level in bits {
            board.set_rx(level);
            for _ in 0..cpb {
                board.tick();
            }
        }
    }
    board.set_rx(true);
    let mut decoder = Decoder::new();
    let cpb = u64::from(cpb);
    // Longest answer (8 characters) plus slack; a silent board fails the test, not hangs it.
    let limit = 120 * cpb;
    let mut cycles = 0u64;
    loop {
        // Hunt the start bit, then sample each bit in its middle.
        while board.tx() {
            board.tick();
            cycles += 1;
            assert!(cycles < limit, "no answer to {req:?} within {limit} cycles");
        }
        let mut byte = 0u8;
        // Cycles since the start bit was seen.
        let mut t = 0;
        for n in 0..10u64 {
            while t < n * cpb + cpb / 2 {
                board.tick();
                t += 1;
            }
            let level = board.tx();
            match n {
                0 => assert!(!level, "start bit shorter than half a bit"),
                1..=8 => byte |= u8::from(level) << (n - 1),
                _ => assert!(level, "stop bit low"),
            }
        }
        cycles += t;
        if let Some(answer) = decoder.push(byte) {
            let r = answer.expect("the answer decodes");
            assert!(r.answers(req), "{r:?} does not answer {req:?}");
            return r;
        }
    }
}

fn read<D: Board>(board: &mut D, cpb: u32, seq: u8, name: &str) -> u32 {
    let addr = regmap::offset(name) as u16;
    let r = transact(board, cpb, &Request::Read { seq, addr });
    assert_eq!(r.status, Status::Ok, "read {name}");
    r.data.expect("a READ answered OK carries data")
}

fn write<D: Board>(board: &mut D, cpb: u32, seq: u8, name: &str, value: u32) {
    let addr = regmap::offset(name) as u16;
    let r = transact(board, cpb, &Request::Write { seq, addr, data: value });
    assert_eq!(r.status, Status::Ok, "write {name}");
}

fn field(register: &str, name: &str, value: u32) -> u32 {
    regmap::field(register, name).expect("field exists").1.get(value)
}

/// 25 MHz / 115200 and 12 MHz / 115200, rounded.
const ULX3S_CPB: u32 = 217;
const ICEBREAKER_CPB: u32 = 104;

#[test]
fn ulx3s_leaves_reset_by_itself_and_answers_over_the_ftdi_pins() {
    let mut b = ulx3s();
    assert!(b.uut.led.val().get_bit(7), "reset LED lit at configuration");
    assert!(b.uut.wifi_gpio0.val(), "ESP32 GPIO0 held high");
    b.ticks(u64::from(POR_CYCLES) + 2);
    assert!(!b.uut.led.val().get_bit(7), "reset released after {POR_CYCLES} cycles");
    assert!(b.uut.ftdi_rxd.val(), "tx idles high");

    assert_eq!(read(&mut b, ULX3S_CPB, 1, "ID"), regmap::ID_VALUE);
    let caps = read(&mut b, ULX3S_CPB, 2, "CAPS");
    let p = Ulx3sTop::params();
    assert_eq!(field("CAPS", "TRACK_CAPACITY_LOG2", caps), p.track_capacity_log2);
    assert_eq!(field("CAPS", "STREAM_WIDTH", caps), 64);
    assert_eq!(field("CAPS", "FIFO_DEPTH_LOG2", caps), p.fifo_depth_log2);
    write(&mut b, ULX3S_CPB, 3, "SCRATCH", 0x1234_5678);
    assert_eq!(read(&mut b, ULX3S_CPB, 4, "SCRATCH"), 0x1234_5678);
    // The frames just sent and answered lit both activity LEDs.
    assert!(b.uut.led.val().get_bit(1) && b.uut.led.val().get_bit(2), "rx/tx activity LEDs");

    // irq reaches led[3]: enable EPOCH_END and raise it with INTR_TEST.
    assert!(!b.uut.led.val().get_bit(3));
    let epoch_end = regmap::field("INTR_ENABLE", "EPOCH_END").expect("field").1.place(1);
    write(&mut b, ULX3S_CPB, 5, "INTR_ENABLE", epoch_end);
    write(&mut b, ULX3S_CPB, 6, "INTR_TEST", epoch_end);
    assert!(b.uut.led.val().get_bit(3), "irq LED");
}

#[test]
fn ulx3s_reset_button_resets_the_core() {
    let mut b = ulx3s();
    b.ticks(u64::from(POR_CYCLES) + 2);
    write(&mut b, ULX3S_CPB, 1, "SCRATCH", 0xCAFE_F00D);
    // BTN_PWRn pressed (low): reset while held, released POR_CYCLES after the button.
    b.uut.btn.next = 0b000.into();
    b.ticks(4);
    assert!(b.uut.led.val().get_bit(7), "reset LED while the button is held");
    b.uut.btn.next = 0b001.into();
    b.ticks(u64::from(POR_CYCLES) + 4);
    assert!(!b.uut.led.val().get_bit(7));
    let reset = regmap::register("SCRATCH").expect("SCRATCH").reset_value(&Ulx3sTop::params());
    assert_eq!(read(&mut b, ULX3S_CPB, 2, "SCRATCH"), reset, "SCRATCH back at its reset value");
}

#[test]
fn icebreaker_reports_its_smaller_geometry_in_caps() {
    let mut b = icebreaker();
    b.ticks(u64::from(POR_CYCLES) + 2);
    assert!(!b.uut.LED5.val(), "reset released");
    assert_eq!(read(&mut b, ICEBREAKER_CPB, 1, "ID"), regmap::ID_VALUE);
    let caps = read(&mut b, ICEBREAKER_CPB, 2, "CAPS");
    let p = IcebreakerTop::params();
    assert_eq!((p.stream_width, p.fifo_depth_log2), (32, 3));
    assert_eq!(field("CAPS", "TRACK_CAPACITY_LOG2", caps), p.track_capacity_log2);
    assert_eq!(field("CAPS", "STREAM_WIDTH", caps), 32);
    assert_eq!(field("CAPS", "FIFO_DEPTH_LOG2", caps), 3);
    // Active-low red LED shows irq.
    assert!(b.uut.LEDR_N.val());
    let bit = regmap::field("INTR_ENABLE", "CMP_TIMEOUT").expect("field").1.place(1);
    write(&mut b, ICEBREAKER_CPB, 3, "INTR_ENABLE", bit);
    write(&mut b, ICEBREAKER_CPB, 4, "INTR_TEST", bit);
    assert!(!b.uut.LEDR_N.val(), "red LED lit by irq");
}

// ---- The glue alone, at a 1 kHz clock so that half a second is 500 cycles.

fn glue() -> Bench<BoardGlue> {
    let mut b = Bench::new(BoardGlue::new(1_000), |u| &mut u.clock);
    b.uut.rx_line.next = true;
    b.uut.tx_line.next = true;
    b.settle();
    b
}

#[test]
fn heartbeat_toggles_every_half_second() {
    let mut b = glue();
    let mut edges = Vec::new();
    let mut last = b.uut.heartbeat.val();
    for cycle in 0..2_100u32 {
        b.tick();
        if b.uut.heartbeat.val() != last {
            last = b.uut.heartbeat.val();
            edges.push(cycle);
        }
    }
    let gaps: Vec<u32> = edges.windows(2).map(|w| w[1] - w[0]).collect();
    assert_eq!(edges.len(), 4, "edges at {edges:?}");
    assert!(gaps.iter().all(|&g| g == 500), "half periods {gaps:?}");
}

/// Press for `held` sample periods (2^16 cycles each), with contact bounce at both edges.
fn press(b: &mut Bench<BoardGlue>, held: u64) -> u32 {
    let mut pulses = 0;
    let mut step = |b: &mut Bench<BoardGlue>, level: bool, n: u64| {
        b.uut.drain_button.next = level;
        for _ in 0..n {
            b.tick();
            pulses += u32::from(b.uut.ce_drain.val());
        }
    };
    for i in 0..20 {
        step(b, i % 2 == 0, 37);
    }
    step(b, true, held << 16);
    for i in 0..20 {
        step(b, i % 2 == 1, 37);
    }
    step(b, false, 3 << 16);
    pulses
}

#[test]
fn a_bouncing_button_press_gives_one_pulse() {
    let mut b = glue();
    assert_eq!(press(&mut b, 3), 1, "one ce_drain per press");
    assert_eq!(press(&mut b, 5), 1, "and one for the next press");
    assert!(!b.uut.ce_retire.val());
}

#[test]
fn a_tap_shorter_than_two_samples_gives_no_pulse() {
    // A pulse needs two pressed samples, 2^16 cycles apart.
    let mut b = glue();
    b.uut.drain_button.next = true;
    let mut pulses = 0;
    for _ in 0..200 {
        b.tick();
        pulses += u32::from(b.uut.ce_drain.val());
    }
    b.uut.drain_button.next = false;
    for _ in 0..(4u32 << 16) {
        b.tick();
        pulses += u32::from(b.uut.ce_drain.val());
    }
    assert_eq!(pulses, 0, "a 200-cycle tap is shorter than two samples");
}

#[test]
fn activity_leds_stretch_a_start_bit_to_50_ms() {
    let mut b = glue();
    // The synchronizer starts at 0 (a low line): one blink at configuration.
    b.ticks(60);
    assert!(!b.uut.rx_active.val() && !b.uut.tx_active.val());
    b.uut.rx_line.next = false;
    b.ticks(3);
    b.uut.rx_line.next = true;
    b.ticks(3);
    assert!(b.uut.rx_active.val(), "rx activity after a low level");
    assert!(!b.uut.tx_active.val());
    // 50 ms at 1 kHz = 50 cycles after the line went high again.
    b.ticks(50);
    assert!(!b.uut.rx_active.val(), "dark again after 50 ms");
}
