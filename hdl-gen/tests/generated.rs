//! Generated files (rtl/, docs/regmap.*) must equal what the generator writes today.

use hdl_gen::verilog::{generate_all, write_all, REGENERATE};
use std::path::Path;

fn repo() -> std::path::PathBuf {
    hdl_gen::verilog::repo_root()
}

#[test]
fn generated_files_match_their_generator() {
    let files = generate_all().expect("generator runs");
    let tmp = tempfile::tempdir().expect("temp dir");
    write_all(tmp.path(), &files).expect("write to temp dir");
    let mut problems = Vec::new();
    for f in &files {
        let fresh = std::fs::read_to_string(tmp.path().join(&f.path)).expect("read back");
        match std::fs::read_to_string(repo().join(&f.path)) {
            Ok(committed) if committed == fresh => {}
            Ok(_) => problems.push(format!("{} differs from its generator", f.path.display())),
            Err(_) => problems.push(format!("{} is missing", f.path.display())),
        }
    }
    for dir in hdl_gen::verilog::RTL_DIRS {
        // A missing folder shows up as its missing files above.
        let Ok(entries) = std::fs::read_dir(repo().join(dir)) else { continue };
        for entry in entries {
            let p = entry.expect("dir entry").path();
            if p.is_dir() {
                continue;
            }
            let rel = Path::new(dir).join(p.file_name().expect("file name"));
            if !files.iter().any(|f| f.path == rel) {
                problems.push(format!("{} is not produced by the generator (stale?)", rel.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}\nregenerate with `{REGENERATE}` and commit the result", problems.join("\n"));
}

#[test]
fn every_generated_file_says_it_is_generated_and_how_to_regenerate() {
    for f in generate_all().expect("generator runs") {
        let head: String = f.contents.lines().take(2).collect::<Vec<_>>().join("\n");
        assert!(
            head.contains("do not edit") || head.contains("do not edit"),
            "{}: no do-not-edit header",
            f.path.display()
        );
        if f.path.extension().is_some_and(|e| e == "v" || e == "md") {
            assert!(head.contains(REGENERATE), "{}: header does not name `{REGENERATE}`", f.path.display());
        }
    }
}

/// A top may leave its core to rtl/*.v only when that core is the default generation: the
/// iCEBreaker's (32-bit streams, 8-word FIFOs) is refused, the ULX3S's accepted and left out.
#[test]
fn only_a_default_core_is_left_to_rtl() {
    use hdl_gen::boards::{icebreaker::IcebreakerTop, ulx3s::Ulx3sTop};
    use hdl_gen::ftsync_core::FtsyncCoreDefault;
    use hdl_gen::verilog::{core_modules, top_file, CoreCopy};
    use rust_hdl::prelude::*;
    let mut core = FtsyncCoreDefault::new();
    core.connect_all();
    let modules = core_modules(&core).expect("default core");
    let shared = CoreCopy::Shared { instance: "ftsync$core", modules: &modules };
    let err = top_file(IcebreakerTop::new(), "icebreaker_top", "x.v", "test", shared).expect_err("other generation");
    assert!(matches!(err, hdl_gen::Error::CoreNotDefault { ref top, .. } if top == "icebreaker_top"), "{err}");
    // The wrong instance path finds no core: refused too, rather than a file without one.
    let wrong = CoreCopy::Shared { instance: "core", modules: &modules };
    assert!(top_file(Ulx3sTop::new(), "ulx3s_top", "x.v", "test", wrong).is_err());
    let ulx3s = top_file(Ulx3sTop::new(), "ulx3s_top", "x.v", "test", shared).expect("default core");
    assert!(hdl_gen::verilog::needs_core_files(&ulx3s.contents));
    assert!(!ulx3s.contents.contains("module ftsync_core") && !ulx3s.contents.contains("write_tracker"));
    let own = top_file(Ulx3sTop::new(), "ulx3s_top", "x.v", "test", CoreCopy::Own).expect("own core");
    assert!(!hdl_gen::verilog::needs_core_files(&own.contents));
    assert!(own.contents.contains("module ulx3s_top_ftsync_core_tracker("));
}
