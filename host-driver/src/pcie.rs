//! PCIe transport (in progress).
