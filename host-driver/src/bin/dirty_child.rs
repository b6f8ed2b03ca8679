//! Test helper, not a tool: a process whose memory writes are known exactly, for the
//! soft-dirty tracker and `ProcessSource` tests in `tests/trackers.rs`.
//!
//! It allocates a page-aligned buffer (8 MiB, or `argv[1]` pages), fills it with 0x11, prints
//! `ready <address> <bytes> <page bytes>`, then serves one command per stdin line:
//!
//! - `fill <byte> <pages>…` — fill the named pages of the buffer (`17` or a half-open range
//!   `100..110`) with `<byte>` (decimal or 0x hex), answer `ok <pages written>`;
//! - `ping` — answer `pong`;
//! - `exit` or end of input — exit.
//!
//! Nothing else touches the buffer, so its soft-dirty bits show exactly the pages filled.

use std::io::{BufRead, Write};

/// With transparent huge pages one write marks a whole 2 MiB page dirty; the tests want page
/// granularity, so the helper opts out. prctl(2) is not in std, hence the one unsafe call.
#[allow(unsafe_code)]
fn disable_transparent_huge_pages() {
    // SAFETY: PR_SET_THP_DISABLE takes integers only and touches none of our memory.
    let _ = unsafe {
        libc::prctl(
            libc::PR_SET_THP_DISABLE,
            1 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
            0 as libc::c_ulong,
        )
    };
}

fn parse_byte(s: &str) -> Option<u8> {
    match s.strip_prefix("0x") {
        Some(hex) => u8::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    }
}

fn parse_pages(tokens: &[&str], pages: usize) -> Result<Vec<usize>, String> {
    let mut out = Vec::new();
    for t in tokens {
        let (a, b) = match t.split_once("..") {
            Some((a, b)) => (a.parse::<usize>(), b.parse::<usize>()),
            None => (t.parse::<usize>(), t.parse::<usize>().map(|p| p + 1)),
        };
        let (a, b) = (a.map_err(|e| format!("{t}: {e}"))?, b.map_err(|e| format!("{t}: {e}"))?);
        if a >= b || b > pages {
            return Err(format!("{t}: not a page range within 0..{pages}"));
        }
        out.extend(a..b);
    }
    Ok(out)
}

fn main() {
    disable_transparent_huge_pages();
    let page = ftsync::sync::soft_dirty::page_size().expect("page size") as usize;
    let pages: usize = std::env::args().nth(1).map(|a| a.parse().expect("page count")).unwrap_or(8 << 20 >> 12);
    let mut storage = vec![0x11u8; (pages + 1) * page];
    let skew = storage.as_ptr().align_offset(page);
    let buf = &mut storage[skew..skew + pages * page];
    std::hint::black_box(&mut *buf);

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "ready {:#x} {} {page}", buf.as_ptr() as usize, buf.len()).unwrap();
    out.flush().unwrap();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let words: Vec<&str> = line.split_whitespace().collect();
        let reply = match words.as_slice() {
            ["ping"] => "pong".to_string(),
            ["exit"] => break,
            ["fill", byte, list @ ..] => match (parse_byte(byte), parse_pages(list, pages)) {
                (Some(byte), Ok(list)) => {
                    for &p in &list {
                        buf[p * page..(p + 1) * page].fill(byte);
                    }
                    std::hint::black_box(&mut *buf);
                    format!("ok {}", list.len())
                }
                (None, _) => format!("error: bad byte {byte}"),
                (_, Err(e)) => format!("error: {e}"),
            },
            _ => format!("error: unknown command {line:?}"),
        };
        writeln!(out, "{reply}").unwrap();
        out.flush().unwrap();
    }
}
