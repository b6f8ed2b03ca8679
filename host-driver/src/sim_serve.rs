//! `ftsync sim-serve --pty`: the Verilated board top (`ftsync_uart_top`: the core behind the
//! UART bridge) behind a pseudo-terminal, a board without a board for `--device serial:PATH`.
//! The server is `sim::serve` (see there for how time, the line and the CE workload work);
//! this is its command line, built with the `sim` feature.

#[cfg(feature = "sim")]
use crate::cli::{parse_duration, parse_size};
use std::path::PathBuf;

/// `ftsync sim-serve` on the command line.
#[derive(clap::Args, Clone, Debug)]
pub struct ServeArgs {
    /// Serve on a new pseudo-terminal (its path is printed; the only kind of line so far).
    #[arg(long)]
    pub pty: bool,
    /// Also make a symlink to the terminal here (replaced if it exists), once serving.
    #[arg(long)]
    pub link: Option<PathBuf>,
    /// Keep the served CE's memory in this file and run its workload (written to by the CE,
    /// read by `ftsync sync start --device serial:PATH --source-file FILE`).
    #[arg(long)]
    pub memory_file: Option<PathBuf>,
    /// CE memory size.
    #[arg(long, default_value = "4M")]
    pub memory: String,
    /// Memory address of the CE's byte 0 on the snoop port (decimal or 0x...).
    #[arg(long, default_value = "0x100000000")]
    pub base: String,
    /// CE writes per second of wall time.
    #[arg(long, default_value_t = 200.0)]
    pub write_rate: f64,
    /// Fraction of memory (from offset 0) that takes 90 % of the writes.
    #[arg(long, default_value_t = 0.02)]
    pub hot: f64,
    /// Largest CE write in bytes.
    #[arg(long, default_value = "256")]
    pub max_write: String,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Keep the core's clock running while the line is idle too (at up to 25 MHz of wall time;
    /// a CPU core's worth of work), for whatever counts clock cycles between requests.
    #[arg(long)]
    pub free_running: bool,
    /// Stop after this long, e.g. `30s` (default: until interrupted).
    #[arg(long)]
    pub duration: Option<String>,
}

/// A memory address: decimal or 0x-hexadecimal, below 2^48 (the snoop port's width).
pub fn parse_address(s: &str) -> Result<u64, String> {
    let t = s.trim().replace('_', "");
    let v = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16),
        None => t.parse::<u64>(),
    }
    .map_err(|_| format!("`{s}` is not an address (decimal or 0x...)"))?;
    if v >= 1 << 48 {
        return Err(format!("address `{s}` is beyond the snoop port's 48 bits"));
    }
    Ok(v)
}

impl ServeArgs {
    #[cfg(feature = "sim")]
    pub fn options(&self) -> Result<sim::serve::ServeOptions, String> {
        if !self.pty {
            return Err("sim-serve needs --pty: a pseudo-terminal is the only line it serves so far".into());
        }
        Ok(sim::serve::ServeOptions {
            link: self.link.clone(),
            memory_file: self.memory_file.clone(),
            memory: parse_size(&self.memory)?,
            base: parse_address(&self.base)?,
            write_rate: self.write_rate,
            hot: self.hot,
            max_write: parse_size(&self.max_write)?.clamp(8, u64::from(u32::MAX)) as u32,
            seed: self.seed,
            duration: self.duration.as_deref().map(parse_duration).transpose()?,
            free_running: self.free_running,
            ..sim::serve::ServeOptions::default()
        })
    }
}

/// `ftsync sim-serve`: serve until interrupted (or `--duration`), printing where.
pub fn command(a: &ServeArgs) -> Result<(), String> {
    #[cfg(feature = "sim")]
    {
        use std::io::Write as _;
        let opts = a.options()?;
        // A reader that went away (a closed pipe) must not stop the server.
        let mut announce = |path: &str| {
            let mut o = std::io::stdout();
            let _ = writeln!(
                o,
                "ftsync sim-serve: Verilated ftsync_uart_top ({} MHz, 115200 baud) on {path}{}",
                sim::uart_top::CLOCK_HZ / 1_000_000,
                opts.link.as_ref().map_or(String::new(), |l| format!(" (linked from {})", l.display()))
            );
            let _ = match &opts.memory_file {
                Some(f) => writeln!(
                    o,
                    "CE memory: {} ({} bytes at {:#x} on the snoop port), {} writes/s, {} % hot",
                    f.display(),
                    opts.memory,
                    opts.base,
                    opts.write_rate,
                    opts.hot * 100.0
                ),
                None => writeln!(o, "no CE workload (give --memory-file FILE for one)"),
            };
            let _ = o.flush();
        };
        let stats = sim::serve::serve(&opts, &mut announce).map_err(|e| crate::error_chain(&e))?;
        let _ = writeln!(
            std::io::stdout(),
            "served {} bytes in, {} out; the CE made {} writes ({} skipped while held); {} cycles",
            stats.bytes_in,
            stats.bytes_out,
            stats.writes,
            stats.held_writes,
            stats.cycles
        );
        Ok(())
    }
    #[cfg(not(feature = "sim"))]
    {
        let _ = a;
        Err("this ftsync was built without the `sim` feature (Verilated RTL); rebuild with `--features sim`".into())
    }
}
