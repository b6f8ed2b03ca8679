//! (in progress: stop-and-copy and QEMU-like baselines)
