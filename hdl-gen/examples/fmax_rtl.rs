//! Writes the RTL of one generation of `ftsync_core` to `DIR/rtl/`, plus `DIR/fmax_harness.v`,
//! for the timing runs of docs/timing.md.
//!
//! Usage: `cargo run -p hdl-gen --example fmax_rtl -- DIR default|up5k`
//!
//! The harness gives the core a register at every pin (inputs from one shift register fed by a
//! single pin, outputs into a loadable shift register read from one pin), so a design with
//! 265 port bits fits a 48-pin package and the paths from and to the core's ports are timed
//! as they are in a system that drives them from flip-flops.

use hdl_gen::ftsync_core::{FtsyncCore, FtsyncCoreDefault};
use rust_hdl::prelude::*;
use std::process::ExitCode;

/// The generation measured on the iCE40 UP5K with every pin live: 2048-bit bitmap, 32-bit
/// streams, 2-word skew FIFOs (the iCE40 has no LUT RAM, so FIFO words are flip-flops).
pub type FtsyncCoreUp5k = FtsyncCore<11, 6, 1, 32, 1, 2>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [dir, generation] = args.as_slice() else {
        eprintln!("usage: fmax_rtl DIR default|up5k");
        return ExitCode::from(2);
    };
    let files = match generation.as_str() {
        "default" => {
            let mut core = FtsyncCoreDefault::new();
            core.connect_all();
            hdl_gen::verilog::rtl_files(&core)
        }
        "up5k" => {
            let mut core = FtsyncCoreUp5k::new();
            core.connect_all();
            hdl_gen::verilog::rtl_files(&core)
        }
        other => {
            eprintln!("fmax_rtl: unknown generation `{other}` (default|up5k)");
            return ExitCode::from(2);
        }
    };
    let sw = if generation == "up5k" { 32 } else { 64 };
    let result = files.and_then(|files| hdl_gen::verilog::write_all(std::path::Path::new(dir), &files));
    let result = result.and_then(|()| {
        let path = std::path::Path::new(dir).join("fmax_harness.v");
        std::fs::write(&path, harness(sw)).map_err(|source| hdl_gen::Error::WriteFile { path, source })
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("fmax_rtl: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Port names with their widths.
type PortList = Vec<(&'static str, usize)>;

/// Inputs and outputs of `ftsync_core` as (name, width), in DESIGN.md's order.
fn ports(sw: usize) -> (PortList, PortList) {
    let inputs = vec![
        ("rst", 1),
        ("wb_adr", 16),
        ("wb_dat_w", 32),
        ("wb_sel", 4),
        ("wb_we", 1),
        ("wb_cyc", 1),
        ("wb_stb", 1),
        ("snoop_valid", 1),
        ("snoop_addr", 48),
        ("snoop_len", 16),
        ("ce_retire", 1),
        ("ce_drain", 1),
        ("a_valid", 1),
        ("a_data", sw),
        ("a_last", 1),
        ("b_valid", 1),
        ("b_data", sw),
        ("b_last", 1),
        ("o_ready", 1),
    ];
    let outputs = vec![
        ("wb_dat_r", 32),
        ("wb_ack", 1),
        ("snoop_ready", 1),
        ("ce_hold", 1),
        ("a_ready", 1),
        ("b_ready", 1),
        ("o_valid", 1),
        ("o_data", sw),
        ("o_last", 1),
        ("irq", 1),
    ];
    (inputs, outputs)
}

fn harness(sw: usize) -> String {
    let (inputs, outputs) = ports(sw);
    let in_w: usize = inputs.iter().map(|p| p.1).sum();
    let out_w: usize = outputs.iter().map(|p| p.1).sum();
    let mut conns = Vec::new();
    let mut at = 0;
    for (name, w) in &inputs {
        conns.push(format!("    .{name}(in_sr[{}:{at}])", at + w - 1));
        at += w;
    }
    let mut at = 0;
    for (name, w) in &outputs {
        conns.push(format!("    .{name}(outs[{}:{at}])", at + w - 1));
        at += w;
    }
    format!(
        "// Timing harness for ftsync_core (hdl-gen/examples/fmax_rtl.rs): a flip-flop at every pin.\n\
module fmax_harness(input clk, input din, input load, output dout);\n\
reg [{imsb}:0] in_sr;\n\
always @(posedge clk) in_sr <= {{in_sr[{imsb1}:0], din}};\n\
wire [{omsb}:0] outs;\n\
reg [{omsb}:0] out_sr;\n\
always @(posedge clk) out_sr <= load ? outs : {{out_sr[{omsb1}:0], 1'b0}};\n\
assign dout = out_sr[{omsb}];\n\
ftsync_core core(\n    .clk(clk),\n{conns}\n);\n\
endmodule\n",
        imsb = in_w - 1,
        imsb1 = in_w - 2,
        omsb = out_w - 1,
        omsb1 = out_w - 2,
        conns = conns.join(",\n"),
    )
}
