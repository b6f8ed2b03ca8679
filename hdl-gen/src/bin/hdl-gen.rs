//! Writes `rtl/*.v`, `rtl/uart/*.v`, `rtl/boards/*.v` and `docs/regmap.{json,md}` from the
//! rust-hdl blocks and the regmap crate. The tops in `rtl/uart/` and `rtl/boards/` with the
//! default core instantiate `ftsync_core` of `rtl/*.v` (see `hdl_gen::verilog::top_file`).
//!
//! Usage: `cargo run -p hdl-gen [-- --out DIR]` (default: the repository root).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut out = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--out" => match args.next() {
                Some(dir) => out = PathBuf::from(dir),
                None => {
                    eprintln!("hdl-gen: --out needs a directory");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("hdl-gen [--out DIR]: write rtl/*.v, rtl/uart/*.v, rtl/boards/*.v and docs/regmap.{{json,md}} below DIR (default: the repository)");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("hdl-gen: unknown argument `{other}` (try --help)");
                return ExitCode::from(2);
            }
        }
    }
    let files = match hdl_gen::verilog::generate_all() {
        Ok(f) => f,
        Err(e) => {
            eprintln!("hdl-gen: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = hdl_gen::verilog::write_all(&out, &files) {
        let cause = std::error::Error::source(&e).map(|s| format!(": {s}")).unwrap_or_default();
        eprintln!("hdl-gen: {e}{cause}");
        return ExitCode::FAILURE;
    }
    for f in &files {
        println!("wrote {}", f.path.display());
    }
    ExitCode::SUCCESS
}
