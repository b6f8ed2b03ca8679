//! docs/regmap.json is what independent testbenches read: it must hold every register and
//! field DESIGN.md names, spelled as there, at the offsets the regmap crate assigns.

use serde_json::Value;

/// Registers named in DESIGN.md ("Hardware blocks"), with the fields it names.
const DESIGN_NAMES: &[(&str, &[&str])] = &[
    ("ID", &[]),
    ("VERSION", &[]),
    ("CAPS", &[]),
    ("SCRATCH", &[]),
    ("INTR_STATE", &["EPOCH_END", "CMP_MISMATCH", "CMP_TIMEOUT", "TRACK_SNAP_DONE"]),
    ("INTR_ENABLE", &["EPOCH_END", "CMP_MISMATCH", "CMP_TIMEOUT", "TRACK_SNAP_DONE"]),
    ("INTR_TEST", &["EPOCH_END", "CMP_MISMATCH", "CMP_TIMEOUT", "TRACK_SNAP_DONE"]),
    ("TRACK_BASE_LO", &[]),
    ("TRACK_BASE_HI", &[]),
    ("TRACK_SHIFT", &[]),
    ("TRACK_LIMIT", &[]),
    ("TRACK_OUT_OF_RANGE", &[]),
    ("TRACK_STALL_CYCLES", &[]),
    ("TRACK_CTRL", &["EN", "SNAPSHOT", "CLEAR"]),
    ("TRACK_STATUS", &["BUSY"]),
    ("TRACK_BITMAP", &[]),
    ("TRACK_SUMMARY", &[]),
    ("TRACK_DIRTY_COUNT", &[]),
    ("TRACK_SNAP_COUNT", &[]),
    ("TRACK_WRITES", &[]),
    ("EPOCH_LOAD", &[]),
    ("EPOCH_COUNT", &[]),
    ("EPOCH_NUMBER_LO", &[]),
    ("EPOCH_NUMBER_HI", &[]),
    ("EPOCH_CTRL", &["EN", "AUTO_RELOAD", "HOLD_AT_END", "SRC", "DRAIN_ENDS"]),
    ("EPOCH_RESUME", &[]),
    ("CMP_CTRL", &["EN", "MODE", "HALT_ON_MISMATCH", "CLEAR"]),
    ("CMP_STATUS", &["MISMATCH", "TIMEOUT"]),
    ("CMP_MISMATCH_INDEX_LO", &[]),
    ("CMP_MISMATCH_INDEX_HI", &[]),
    ("CMP_MISMATCH_A", &[]),
    ("CMP_MISMATCH_B", &[]),
    ("CMP_MISMATCH_EPOCH", &[]),
    ("CMP_SKEW_TIMEOUT", &[]),
    ("CMP_WORDS_LO", &[]),
    ("CMP_WORDS_HI", &[]),
    ("CMP_FRAMES", &[]),
    ("CMP_MAX_SKEW", &[]),
];

fn load() -> Value {
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/regmap.json")).expect("docs/regmap.json");
    serde_json::from_str(&text).expect("valid JSON")
}

fn all_registers(map: &Value) -> Vec<&Value> {
    map["blocks"]
        .as_array()
        .expect("blocks")
        .iter()
        .flat_map(|b| b["registers"].as_array().expect("registers"))
        .collect()
}

#[test]
fn every_register_design_names_is_published() {
    let map = load();
    let regs = all_registers(&map);
    for (name, fields) in DESIGN_NAMES {
        let r =
            regs.iter().find(|r| r["name"] == *name).unwrap_or_else(|| panic!("{name} missing from docs/regmap.json"));
        for f in *fields {
            assert!(
                r["fields"].as_array().unwrap().iter().any(|x| x["name"] == *f),
                "{name}.{f} missing from docs/regmap.json"
            );
        }
        assert_eq!(r["offset"].as_u64().unwrap() as u32, regmap::offset(name), "{name}: JSON and regmap disagree");
    }
    assert_eq!(regmap::registers().len(), regs.len(), "JSON lists every regmap register once");
}

#[test]
fn published_offsets_are_aligned_unique_and_fields_fit() {
    let map = load();
    let mut seen = std::collections::BTreeSet::new();
    for r in all_registers(&map) {
        let off = r["offset"].as_u64().unwrap();
        assert_eq!(off % 4, 0, "{} unaligned", r["name"]);
        assert!(off < 1 << map["bus"]["addr_bits"].as_u64().unwrap());
        assert!(seen.insert(off), "two registers at {off:#x}");
        let mut used = 0u64;
        for f in r["fields"].as_array().unwrap() {
            let (lsb, width) = (f["lsb"].as_u64().unwrap(), f["width"].as_u64().unwrap());
            let mask = ((1u64 << width) - 1) << lsb;
            assert!(lsb + width <= 32 && used & mask == 0, "{}.{} overlaps or overflows", r["name"], f["name"]);
            used |= mask;
            assert!(["RO", "RW", "RW1C", "WO", "W1P"].contains(&f["access"].as_str().unwrap()));
        }
    }
    assert_eq!(map["top"], "ftsync_core");
    assert_eq!(map["track_capacity_bits"], 16384);
}
