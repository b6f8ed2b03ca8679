//! ftsync host driver. Today: the register map by name, the piece every transport will share.
//! The register-bus trait, transports and the typed device API arrive with the co-simulation
//! issue; they will read offsets from here, never type them.

pub use regmap;

/// Errors of the host driver, named after the operation that failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("looking up a register")]
    Lookup(#[source] regmap::LookupError),
}

/// A register by its UPPER_SNAKE name, with a suggestion when the name is close to one.
pub fn register(name: &str) -> Result<&'static regmap::RegInfo, Error> {
    regmap::register(name).map_err(Error::Lookup)
}

/// One line per register: offset, name, access, reset (default generation parameters).
pub fn describe(r: &regmap::RegInfo) -> String {
    let params = regmap::Params::DEFAULT;
    let span = if r.words > 1 { format!("[{} words]", r.words) } else { String::new() };
    format!("{:#06x} {:<24}{:<12} {:<5} reset {:#010x}  {}", r.offset, r.name(), span, r.access().name(), r.reset_value(&params), r.reg.doc)
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
