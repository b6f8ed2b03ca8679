//! Parsing of CLI values, with errors that name the problem.

use std::time::Duration;

/// "64M", "1G", "4096", "512K", "1.5G" (powers of 1024).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (num, mult) = match t.char_indices().find(|(_, c)| c.is_ascii_alphabetic()) {
        Some((0, _)) => return Err(format!("`{s}` is not a size (examples: 4096, 64M, 1.5G)")),
        Some((i, _)) => {
            let unit = t[i..].to_ascii_uppercase();
            let m: u64 = match unit.trim_end_matches("IB").trim_end_matches('B') {
                "" => 1,
                "K" => 1 << 10,
                "M" => 1 << 20,
                "G" => 1 << 30,
                "T" => 1 << 40,
                _ => return Err(format!("`{s}`: unknown size unit `{}` (use K, M, G or T)", &t[i..])),
            };
            (&t[..i], m)
        }
        None => (t, 1),
    };
    let v: f64 = num.trim().parse().map_err(|_| format!("`{s}` is not a size (examples: 4096, 64M, 1.5G)"))?;
    if !(v >= 0.0) || !v.is_finite() {
        return Err(format!("`{s}` is not a size"));
    }
    Ok((v * mult as f64) as u64)
}

/// "20ms", "1.5s", "300us", "2m".
pub fn parse_duration(s: &str) -> Result<Duration, String> {
    let t = s.trim();
    let split =
        t.find(|c: char| c.is_ascii_alphabetic()).ok_or_else(|| format!("`{s}` needs a unit (ms, s, us, m)"))?;
    let v: f64 = t[..split].trim().parse().map_err(|_| format!("`{s}` is not a duration (examples: 20ms, 1.5s)"))?;
    let secs = match &t[split..] {
        "ns" => v * 1e-9,
        "us" => v * 1e-6,
        "ms" => v * 1e-3,
        "s" => v,
        "m" | "min" => v * 60.0,
        u => return Err(format!("`{s}`: unknown time unit `{u}` (use us, ms, s, m)")),
    };
    if !(secs >= 0.0) || !secs.is_finite() {
        return Err(format!("`{s}` is not a duration"));
    }
    Ok(Duration::from_secs_f64(secs))
}

/// A register value: decimal or 0x-hexadecimal, at most 32 bits.
pub fn parse_u32(s: &str) -> Result<u32, String> {
    let t = s.trim().replace('_', "");
    let v = match t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        Some(h) => u64::from_str_radix(h, 16),
        None => t.parse::<u64>(),
    }
    .map_err(|_| format!("`{s}` is not a number (decimal or 0x...)"))?;
    u32::try_from(v).map_err(|_| format!("`{s}` does not fit a 32-bit register"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("1.5G"), Ok(3 << 29));
        assert_eq!(parse_size("4096"), Ok(4096));
        assert_eq!(parse_size("2GiB"), Ok(2 << 30));
        assert!(parse_size("12Q").unwrap_err().contains("unknown size unit"));
        assert!(parse_size("lots").unwrap_err().contains("not a size"));
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("20ms"), Ok(Duration::from_millis(20)));
        assert_eq!(parse_duration("1.5s"), Ok(Duration::from_millis(1500)));
        assert!(parse_duration("20").unwrap_err().contains("needs a unit"));
        assert!(parse_duration("3h").unwrap_err().contains("unknown time unit"));
    }

    #[test]
    fn numbers() {
        assert_eq!(parse_u32("0x1F"), Ok(31));
        assert_eq!(parse_u32("1_000"), Ok(1000));
        assert!(parse_u32("0x1_0000_0000").unwrap_err().contains("32-bit"));
        assert!(parse_u32("ten").is_err());
    }
}
