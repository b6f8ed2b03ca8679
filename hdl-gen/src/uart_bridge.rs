//! UART-to-Wishbone bridge (in progress).
