//! Reference models (filled below).
