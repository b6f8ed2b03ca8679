//! The shared scenario on the rust-hdl RTL: it runs, it is repeatable, and it reaches what it
//! is meant to exercise (so differential runs compare something).

use ftsync_tests::scenario;
use hdl_gen::bench::RtlPorts;
use regbus::PortDriver;

#[test]
fn scenario_is_repeatable_and_exercises_every_block() {
    let run = |seed| {
        let mut d = PortDriver::new(RtlPorts::<11, 6, 1, 3, 4>::new());
        scenario::run(&mut d, seed, 15_000)
    };
    let a = run(11);
    assert_eq!(a, run(11), "same seed, same trace");
    assert_ne!(a.reads, run(12).reads);
    let last = |name: &str| a.reads.iter().rev().find(|(n, _)| *n == name).map(|(_, v)| *v).unwrap();
    assert!(last("TRACK_WRITES") > 50, "snooped writes reached the tracker");
    assert!(last("EPOCH_NUMBER_LO") > 0, "epochs ended");
    assert!(a.reads.iter().any(|(n, v)| *n == "CMP_STATUS" && v & 1 != 0), "a mismatch was caught");
    assert!(a.reads.iter().any(|(n, v)| *n == "TRACK_BITMAP" && *v != 0), "bitmap words were harvested");
    assert!(!a.forwarded.is_empty());
    assert!(a.cycles >= 15_000);
}
