//! The Wishbone register file, generated at build time from `regmap` by `build.rs`.
#![allow(clippy::all)]

use rust_hdl::prelude::*;

include!(concat!(env!("OUT_DIR"), "/csr_file.rs"));
