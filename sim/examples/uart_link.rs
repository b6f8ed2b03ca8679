//! Speed of the Verilated UART top: bulk idle, and the serial link while a byte goes in.
use sim::uart_top::{UartLink, VerilatedUartTop};
use std::time::Instant;

fn main() {
    let mut top = VerilatedUartTop::new();
    let inputs = sim::UartTopInputs::default();
    let t = Instant::now();
    top.idle(&inputs, 2_000_000);
    println!("bulk idle: {:.1} M cycles/s", 2.0 / t.elapsed().as_secs_f64());
    let mut link = UartLink::new();
    let t = Instant::now();
    link.run(2_000_000);
    println!("idle line: {:.1} M cycles/s", 2.0 / t.elapsed().as_secs_f64());
    let t = Instant::now();
    let c0 = link.cycles();
    for _ in 0..100 {
        link.send(&[0x55; 10]);
        while link.queued() > 0 || !link.is_idle() {
            link.run(1000);
        }
    }
    println!("bytes in: {:.1} M cycles/s", (link.cycles() - c0) as f64 / 1e6 / t.elapsed().as_secs_f64());
}
