//! What a person reads after a sync: a summary, and the convergence plot (dirty blocks per
//! pass against the number of blocks that fit the max pause) as a self-contained SVG.

use super::engine::{Outcome, SyncReport};
use std::fmt::Write as _;

fn bytes(n: u64) -> String {
    const U: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u < U.len() - 1 {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", U[u])
    }
}

/// Blocks the link can move within the max pause (what the plot's threshold shows).
pub fn blocks_fitting_pause(r: &SyncReport, link_bandwidth: u64) -> u64 {
    (r.max_pause_s * link_bandwidth as f64 / r.block_bytes as f64) as u64
}

/// Lines for a terminal.
pub fn summary(r: &SyncReport) -> Vec<String> {
    let mut out = vec![format!(
        "memory {} in {} blocks of {}; max pause {:.1} ms",
        bytes(r.memory_bytes),
        r.memory_bytes.div_ceil(r.block_bytes),
        bytes(r.block_bytes),
        r.max_pause_s * 1e3
    )];
    for p in &r.passes {
        out.push(format!(
            "  attempt {} pass {}: copied {} blocks ({} on the wire{}) in {:.1} ms at {}/s; {} dirty after, pause would be {:.2} ms",
            p.attempt,
            p.pass,
            p.blocks,
            bytes(p.bytes),
            if p.compressed { ", compressed" } else { "" },
            p.duration_s * 1e3,
            bytes(p.bandwidth),
            p.dirty_after,
            p.predicted_pause_s * 1e3
        ));
    }
    for a in &r.abandoned {
        out.push(format!("  abandoned an attempt: {a}"));
    }
    match &r.outcome {
        Outcome::Converged {
            predicted_pause_s,
            actual_pause_s,
            foreground_blocks,
            foreground_bytes,
            context_bytes,
            verification,
        } => {
            out.push(format!(
                "converged: paused {:.3} ms (predicted {:.3} ms) to copy {} blocks ({}) and {} of context",
                actual_pause_s * 1e3,
                predicted_pause_s * 1e3,
                foreground_blocks,
                bytes(*foreground_bytes),
                bytes(*context_bytes)
            ));
            out.push(format!(
                "verified {} blocks never seen dirty: {} differed, {} repaired",
                verification.blocks_checked, verification.mismatches, verification.repaired
            ));
        }
        Outcome::Failed { reason } => {
            out.push(format!("did not converge: {reason}; the target is not marked consistent"))
        }
    }
    out.push(format!(
        "{} sent in {:.1} ms over {} attempt(s)",
        bytes(r.total_bytes),
        r.total_duration_s * 1e3,
        r.attempts
    ));
    out
}

/// The convergence plot: one bar per pass (blocks dirty after it), the pause threshold dashed.
pub fn convergence_svg(r: &SyncReport, link_bandwidth: u64) -> String {
    let (w, h, left, bottom, top, right) = (640.0, 360.0, 70.0, 50.0, 40.0, 20.0);
    let threshold = blocks_fitting_pause(r, link_bandwidth);
    let max = r.passes.iter().map(|p| p.dirty_after.max(p.blocks)).chain([threshold, 1]).max().unwrap_or(1) as f64;
    let n = r.passes.len().max(1) as f64;
    let plot_w = w - left - right;
    let plot_h = h - top - bottom;
    let y = |v: f64| top + plot_h * (1.0 - v / max);
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="{w}" height="{h}" fill="white"/>"#);
    let title = match &r.outcome {
        Outcome::Converged { actual_pause_s, .. } => {
            format!("converged, pause {:.2} ms (max {:.1} ms)", actual_pause_s * 1e3, r.max_pause_s * 1e3)
        }
        Outcome::Failed { .. } => "did not converge".to_string(),
    };
    let _ = writeln!(
        s,
        r#"<text x="{}" y="22" text-anchor="middle" font-size="14">Dirty blocks after each pass: {title}</text>"#,
        w / 2.0
    );
    let _ = writeln!(s, r#"<line x1="{left}" y1="{top}" x2="{left}" y2="{}" stroke="black"/>"#, h - bottom);
    let _ =
        writeln!(s, r#"<line x1="{left}" y1="{}" x2="{}" y2="{}" stroke="black"/>"#, h - bottom, w - right, h - bottom);
    for k in 0..=4 {
        let v = max * f64::from(k) / 4.0;
        let _ =
            writeln!(s, r#"<text x="{}" y="{}" text-anchor="end">{}</text>"#, left - 6.0, y(v) + 4.0, v.round() as u64);
    }
    let bar = plot_w / n;
    for (i, p) in r.passes.iter().enumerate() {
        let x = left + bar * i as f64 + bar * 0.15;
        let v = p.dirty_after as f64;
        let fill = if p.predicted_pause_s <= r.max_pause_s { "#2e8b57" } else { "#4682b4" };
        let _ = writeln!(
            s,
            r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{fill}"><title>attempt {} pass {}: {} dirty</title></rect>"#,
            y(v),
            bar * 0.7,
            (h - bottom - y(v)).max(0.0),
            p.attempt,
            p.pass,
            p.dirty_after
        );
        let _ = writeln!(
            s,
            r#"<text x="{:.1}" y="{}" text-anchor="middle">{}.{}</text>"#,
            x + bar * 0.35,
            h - bottom + 16.0,
            p.attempt,
            p.pass
        );
    }
    let _ = writeln!(
        s,
        r#"<line x1="{left}" y1="{:.1}" x2="{}" y2="{:.1}" stroke="crimson" stroke-dasharray="6 4"/>"#,
        y(threshold as f64),
        w - right,
        y(threshold as f64)
    );
    let _ = writeln!(
        s,
        r#"<text x="{}" y="{:.1}" text-anchor="end" fill="crimson">fits the max pause: {threshold} blocks</text>"#,
        w - right - 4.0,
        y(threshold as f64) - 6.0
    );
    let _ =
        writeln!(s, r#"<text x="{}" y="{}" text-anchor="middle">attempt.pass</text>"#, left + plot_w / 2.0, h - 12.0);
    let _ = writeln!(s, "</svg>");
    s
}
