//! ftsync
