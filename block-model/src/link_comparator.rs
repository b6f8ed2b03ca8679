//! Reference model of `link_comparator`.
