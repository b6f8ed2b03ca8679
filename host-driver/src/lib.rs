//! ftsync host driver: the typed device API over any register transport ([`device`]), and
//! the transports that need no hardware ([`transport`]). Offsets come from `regmap`, never
//! typed here; nothing here depends on Verilator or rust-hdl.

pub mod bitstream;
pub mod cli;
pub mod demo;
pub mod device;
pub mod lockstep;
pub mod pcie;
pub mod serial;
pub mod sim_serve;
pub mod sync;
pub mod transport;

pub use regbus;
pub use regmap;

/// Errors of the host driver, named after the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("looking up a register")]
    Lookup(#[source] regmap::LookupError),
    #[error("{operation}")]
    Bus {
        operation: String,
        #[source]
        source: regbus::BusError,
    },
    #[error("opening the device: ID reads {found:#010x}, expected {expected:#010x} (\"FTSY\"): not an ftsync_core, or the bus is miswired")]
    WrongId { found: u32, expected: u32 },
    #[error("opening the device: register map version {}.{}.{} is not supported (this driver speaks {}.x)", found.0, found.1, found.2, supported.0)]
    UnsupportedVersion { found: (u32, u32, u32), supported: (u32, u32, u32) },
    #[error("writing {register}: it is read-only")]
    NotWritable { register: &'static str },
    #[error("composing {register}: {value:#x} does not fit the {width}-bit field {field}")]
    FieldValueOutOfRange { register: &'static str, field: &'static str, value: u32, width: u32 },
    #[error("configuring the tracker: resolution shift {shift} is outside {min}..={max} (1 KiB .. 1 GiB per bit)")]
    TrackShiftOutOfRange { shift: u32, min: u32, max: u32 },
    #[error("configuring the tracker: base {base:#x} is beyond the 48-bit address space")]
    TrackBaseOutOfRange { base: u64 },
    #[error("configuring the tracker: limit {limit} blocks is outside 1..={capacity} (the device's bitmap capacity)")]
    TrackLimitOutOfRange { limit: u32, capacity: u32 },
    #[error("taking a snapshot: refused, the frozen bank is not clear (CLEAR it first) or the tracker is busy")]
    SnapshotRefused,
    #[error("synchronizing memory")]
    Sync(#[source] sync::SyncError),
    #[error("waiting for {register}.{field} = {want}: gave up after {timeout:?}")]
    WaitTimeout { register: &'static str, field: &'static str, want: u32, timeout: device::Timeout },
}

/// An error and its sources on one line (`a: b: c`), for messages, logs and the standby's
/// Error frame.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cur = e.source();
    while let Some(c) = cur {
        s.push_str(": ");
        s.push_str(&c.to_string());
        cur = c.source();
    }
    s
}

/// A register by its UPPER_SNAKE name, with a suggestion when the name is close to one.
pub fn register(name: &str) -> Result<&'static regmap::RegInfo, Error> {
    regmap::register(name).map_err(Error::Lookup)
}

/// One line per register: offset, name, access, reset (default generation parameters).
pub fn describe(r: &regmap::RegInfo) -> String {
    let params = regmap::Params::DEFAULT;
    let span = if r.words > 1 { format!("[{} words]", r.words) } else { String::new() };
    format!(
        "{:#06x} {:<24}{:<12} {:<5} reset {:#010x}  {}",
        r.offset,
        r.name(),
        span,
        r.access().name(),
        r.reset_value(&params),
        r.reg.doc
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_register_names_the_problem_and_suggests() {
        let e = register("track_ctrl").unwrap_err();
        let msg = format!("{}", std::error::Error::source(&e).unwrap());
        assert!(msg.contains("`track_ctrl`") && msg.contains("TRACK_CTRL"), "{msg}");
        assert!(register("NO_SUCH_THING").is_err());
        assert_eq!(register("TRACK_CTRL").unwrap().offset, regmap::offset("TRACK_CTRL"));
    }
}
