//! Board tops for the open boards: `ftsync_uart_top` plus reset, buttons and status LEDs
//! ([`board_glue`]), with port names equal to the names in `constraints/<board>/`.

pub mod board_glue;
pub mod icebreaker;
pub mod ulx3s;
