//! Reference model of `write_tracker`.
