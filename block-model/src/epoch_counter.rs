//! Reference model of `epoch_counter`.
