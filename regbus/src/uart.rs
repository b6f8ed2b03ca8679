//! UART bridge frames (in progress).
