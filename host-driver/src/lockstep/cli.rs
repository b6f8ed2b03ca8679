//! `ftsync lockstep run | primary | backup`.

use super::channel::{TcpRx, TcpTx};
use super::report::LockstepReport;
use super::run::{run_backup, run_in_process, run_primary, Faults, Flip, FlipTarget, ProcessOptions, Side};
use super::{LockstepConfig, LockstepError};
use crate::cli::{parse_size, parse_u32};
use crate::error_chain;
use regbus::{CorePorts, PortDriver};
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use virtual_ce::guest::IoLoopConfig;
use virtual_ce::io::DeviceConfig;

#[derive(clap::Subcommand)]
pub enum LockstepCmd {
    /// Primary and backup in this process (each on its own simulated core), with optional
    /// fault injection.
    Run {
        #[command(flatten)]
        common: CommonArgs,
        /// Stop the primary machine in epoch E after I instructions of it: `E:I`.
        #[arg(long)]
        kill_primary: Option<String>,
        /// Flip a bit before an epoch: `E:primary|backup:reg:N:BIT` or `E:primary|backup:mem:ADDR:BIT`
        /// (repeatable).
        #[arg(long)]
        flip: Vec<String>,
    },
    /// The primary: run the guest, perform its I/O, send epoch messages to a backup over TCP.
    Primary {
        #[command(flatten)]
        common: CommonArgs,
        /// The backup's address (HOST:PORT).
        #[arg(long)]
        connect: String,
        /// The I/O device's log (JSON lines; shared with the backup, which goes on after a fail-over).
        #[arg(long)]
        device_log: PathBuf,
        /// Sleep this long in the middle of each epoch (to watch, or to kill it mid-epoch).
        #[arg(long, default_value_t = 0)]
        pace_ms: u64,
    },
    /// The backup: follow a primary one epoch behind; take over when it dies.
    Backup {
        #[command(flatten)]
        common: CommonArgs,
        /// Address to listen on for the primary (HOST:PORT; port 0 picks one, printed first).
        #[arg(long)]
        listen: String,
        #[arg(long)]
        device_log: PathBuf,
    },
}

#[derive(clap::Args, Clone)]
pub struct CommonArgs {
    /// `sim` (Verilated RTL, needs the `sim` feature) or `model`.
    #[arg(long, default_value = "sim")]
    device: String,
    /// Instructions per epoch (EPOCH_LOAD).
    #[arg(long, default_value = "2000")]
    epoch_length: String,
    /// Guest memory.
    #[arg(long, default_value = "64K")]
    memory: String,
    /// Guest connections (one per device channel).
    #[arg(long, default_value_t = 4)]
    channels: u32,
    /// Operations outstanding per channel (1..=32).
    #[arg(long, default_value_t = 4)]
    window: u32,
    /// Operations per channel before the guest halts (0: never).
    #[arg(long, default_value_t = 64)]
    ops: u32,
    /// Compute iterations between rounds of I/O.
    #[arg(long, default_value_t = 16)]
    compute: u32,
    /// The guest executes the drain instruction when it has nothing to issue, ending the
    /// epoch early.
    #[arg(long)]
    drain_when_idle: bool,
    /// Device latency seed.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Give up after this many epochs.
    #[arg(long, default_value_t = 1_000_000)]
    max_epochs: u64,
    /// Write the JSON report here (`-` for standard output).
    #[arg(long)]
    json: Option<String>,
}

impl CommonArgs {
    fn config(&self) -> Result<LockstepConfig, String> {
        let epoch_length = parse_u32(&self.epoch_length)?;
        let memory = parse_size(&self.memory)?;
        if !(16 << 10..=1 << 30).contains(&memory) {
            return Err(format!("--memory {}: between 16K and 1G", self.memory));
        }
        if epoch_length == 0 {
            return Err("--epoch-length must be at least 1".into());
        }
        let cfg = LockstepConfig {
            epoch_length,
            memory_bytes: memory as u32,
            guest: IoLoopConfig {
                channels: self.channels,
                window: self.window,
                ops_per_channel: self.ops,
                compute: self.compute,
                drain_when_idle: self.drain_when_idle,
            },
            device: DeviceConfig { channels: self.channels, seed: self.seed, ..DeviceConfig::default() },
        };
        cfg.program().map_err(|e| error_chain(&e))?;
        Ok(cfg)
    }
}

fn parse_kill(s: &str) -> Result<(u64, u64), String> {
    let (e, i) =
        s.split_once(':').ok_or_else(|| format!("--kill-primary {s}: expected EPOCH:INSTRUCTIONS, e.g. 5:300"))?;
    let n = |v: &str| v.trim().parse::<u64>().map_err(|_| format!("--kill-primary {s}: `{v}` is not a number"));
    Ok((n(e)?, n(i)?))
}

fn parse_flip(s: &str) -> Result<Flip, String> {
    let bad = || format!("--flip {s}: expected EPOCH:primary|backup:reg:N:BIT or EPOCH:primary|backup:mem:ADDR:BIT");
    let p: Vec<&str> = s.split(':').collect();
    if p.len() != 5 {
        return Err(bad());
    }
    let epoch = p[0].parse().map_err(|_| bad())?;
    let side = match p[1] {
        "primary" => Side::Primary,
        "backup" => Side::Backup,
        _ => return Err(bad()),
    };
    let n = parse_u32(p[3]).map_err(|_| bad())?;
    let bit: u8 = p[4].parse().map_err(|_| bad())?;
    let target = match p[2] {
        "reg" => FlipTarget::Register { reg: u8::try_from(n).map_err(|_| bad())?, bit },
        "mem" => FlipTarget::Memory { addr: n, bit },
        _ => return Err(bad()),
    };
    Ok(Flip { epoch, side, target })
}

/// Run `$body` with `$core` a reset `PortDriver` of the device named `$name`.
macro_rules! with_core {
    ($name:expr, |$core:ident| $body:expr) => {
        match $name {
            #[cfg(feature = "sim")]
            "sim" => {
                let $core = sim::open();
                $body
            }
            #[cfg(not(feature = "sim"))]
            "sim" => Err("this ftsync was built without the `sim` feature (Verilated RTL); rebuild with `--features sim` or use `--device model`".to_string()),
            "model" => {
                let $core = crate::transport::model();
                $body
            }
            other => Err(format!("unknown device `{other}`: use `sim` or `model`")),
        }
    };
}

fn summary(r: &LockstepReport) -> Vec<String> {
    let mut out = vec![format!(
        "{} on {}: {} epochs of {} instructions by the primary, {} compared by the backup, {} after fail-over; {} instructions",
        r.mode, r.device, r.epochs_primary, r.epoch_length, r.epochs_compared, r.epochs_after_failover, r.instructions
    )];
    out.push(format!(
        "interrupts: {} delivered, {} epoch messages; comparator: {} words compared, {} forwarded",
        r.interrupts_delivered, r.interrupt_messages, r.words_compared, r.words_forwarded
    ));
    if let Some(f) = &r.failover {
        out.push(format!(
            "fail-over in epoch {}: {} completions dropped, {} disconnects injected, {} operations outstanding and reissued ({} reissues seen), first epoch as primary {:.3} ms after detection",
            f.failed_epoch,
            f.deleted_completions,
            f.disconnects_injected,
            f.outstanding_at_failover,
            r.reissued_io.len(),
            f.detect_to_first_epoch_s * 1e3
        ));
    }
    for m in &r.mismatches {
        out.push(format!(
            "divergence in epoch {} ({}; CMP_MISMATCH_EPOCH {:?}, word {:?}); resync {}",
            m.epoch,
            m.detected_by,
            m.captured_epoch,
            m.word_index,
            m.resync
                .as_ref()
                .map_or("not done".into(), |s| format!("copied {} bytes, verified {}", s.bytes, s.verified))
        ));
    }
    if let Some(a) = &r.device_log {
        out.push(format!(
            "device log: {} operations performed ({} distinct); lost {}, repeats allowed by rule 3 {}, illegal repeats {}, wrong data {}",
            a.performed,
            a.distinct,
            a.lost.len(),
            a.allowed_repeats.len(),
            a.illegal_repeats.len(),
            a.wrong_data.len()
        ));
    }
    out.push(format!("guest finished: {}", r.guest_finished));
    out
}

fn write_json(r: &LockstepReport, json: &Option<String>) -> Result<(), String> {
    let Some(path) = json else { return Ok(()) };
    let text = serde_json::to_string_pretty(r).map_err(|e| e.to_string())?;
    if path == "-" {
        println!("{text}");
        Ok(())
    } else {
        std::fs::write(path, text + "\n").map_err(|e| format!("writing the JSON report to {path}: {e}"))
    }
}

fn ok(r: &LockstepReport) -> bool {
    r.device_log.as_ref().is_none_or(|a| a.ok())
        && r.mismatches.iter().all(|m| m.resync.as_ref().is_some_and(|s| s.verified))
}

fn in_process<P: CorePorts>(
    primary: PortDriver<P>,
    cfg: &LockstepConfig,
    faults: &Faults,
    c: &CommonArgs,
) -> Result<LockstepReport, String> {
    let backup = with_core!(c.device.as_str(), |b| run_in_process(cfg, primary, b, faults, c.max_epochs, &c.device)
        .map_err(|e| error_chain(&e)))?;
    Ok(backup)
}

fn primary<P: CorePorts>(
    core: PortDriver<P>,
    cfg: &LockstepConfig,
    c: &CommonArgs,
    connect: &str,
    log: &std::path::Path,
    pace: u64,
) -> Result<LockstepReport, String> {
    let stream = TcpStream::connect(connect).map_err(|e| format!("connecting to the backup at {connect}: {e}"))?;
    let mut progress = |epoch: u64| {
        println!("epoch {epoch} done");
        let _ = std::io::stdout().flush();
    };
    let opts = ProcessOptions { device_log: log, max_epochs: c.max_epochs, device_name: &c.device };
    run_primary(cfg, core, TcpTx::new(stream), &opts, Duration::from_millis(pace), &mut progress)
        .map_err(|e| error_chain(&e))
}

fn backup<P: CorePorts>(
    core: PortDriver<P>,
    cfg: &LockstepConfig,
    c: &CommonArgs,
    listen: &str,
    log: &std::path::Path,
) -> Result<LockstepReport, String> {
    let l = TcpListener::bind(listen).map_err(|e| format!("listening on {listen}: {e}"))?;
    let addr = l.local_addr().map_err(|e| e.to_string())?;
    println!("listening on {addr}");
    let _ = std::io::stdout().flush();
    let (stream, peer) = l.accept().map_err(|e| format!("accepting the primary: {e}"))?;
    eprintln!("primary connected from {peer}");
    let opts = ProcessOptions { device_log: log, max_epochs: c.max_epochs, device_name: &c.device };
    run_backup(cfg, core, TcpRx::new(stream), &opts, &mut |_| {}).map_err(|e: LockstepError| error_chain(&e))
}

/// The `ftsync lockstep` command.
pub fn main(cmd: LockstepCmd) -> ExitCode {
    let result = (|| -> Result<(LockstepReport, Option<String>), String> {
        match cmd {
            LockstepCmd::Run { common, kill_primary, flip } => {
                let cfg = common.config()?;
                let faults = Faults {
                    kill_primary: kill_primary.as_deref().map(parse_kill).transpose()?,
                    flips: flip.iter().map(|f| parse_flip(f)).collect::<Result<_, _>>()?,
                };
                let r = with_core!(common.device.as_str(), |p| in_process(p, &cfg, &faults, &common))?;
                Ok((r, common.json))
            }
            LockstepCmd::Primary { common, connect, device_log, pace_ms } => {
                let cfg = common.config()?;
                let r =
                    with_core!(common.device.as_str(), |p| primary(p, &cfg, &common, &connect, &device_log, pace_ms))?;
                Ok((r, common.json))
            }
            LockstepCmd::Backup { common, listen, device_log } => {
                let cfg = common.config()?;
                let r = with_core!(common.device.as_str(), |p| backup(p, &cfg, &common, &listen, &device_log))?;
                Ok((r, common.json))
            }
        }
    })();
    match result {
        Ok((r, json)) => {
            // With the report on standard output, the summary goes to standard error.
            if json.as_deref() == Some("-") {
                summary(&r).iter().for_each(|l| eprintln!("{l}"));
            } else {
                summary(&r).iter().for_each(|l| println!("{l}"));
            }
            if let Err(e) = write_json(&r, &json) {
                eprintln!("ftsync: {e}");
                return ExitCode::from(2);
            }
            if ok(&r) && r.guest_finished {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Err(e) => {
            eprintln!("ftsync: {e}");
            ExitCode::from(2)
        }
    }
}
