//! The `pcie` transport: the typed device API over BAR0 (an in-memory region standing in for
//! it), and the opening steps against this machine and against a copy of the sysfs/dev layout.

use ftsync::device::{Device, TrackerConfig};
use ftsync::pcie::{locate, Bar, GroupProblem, MemoryBar, PciAddress, PcieBus, PcieError, VfioRoots, REG_SPACE};
use ftsync::{error_chain, Error};
use regbus::{BusError, RegisterBus};
use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};
use std::path::Path;

fn offset(name: &str) -> u64 {
    u64::from(regmap::register(name).unwrap().offset)
}

/// BAR0 as a freshly loaded core shows it: identity registers at their reset values.
fn fresh_bar() -> MemoryBar {
    let mut bar = MemoryBar::register_space();
    bar.write32(offset("ID"), regmap::ID_VALUE).unwrap();
    for name in ["VERSION", "CAPS"] {
        let value = regmap::register(name).unwrap().reset_value(&regmap::Params::DEFAULT);
        bar.write32(offset(name), value).unwrap();
    }
    bar
}

#[test]
fn device_opens_over_a_bar_and_reads_identity_from_the_regmap_offsets() {
    let mut dev = Device::open(PcieBus::from_bar(fresh_bar())).unwrap();
    assert_eq!(dev.version(), regmap::MAP_VERSION);
    assert_eq!(dev.caps().track_capacity, regmap::Params::DEFAULT.track_capacity());
    assert_eq!(dev.read("ID").unwrap(), regmap::ID_VALUE);

    dev.write("SCRATCH", 0xa5c3_0ff1).unwrap();
    assert_eq!(dev.read("SCRATCH").unwrap(), 0xa5c3_0ff1);
    assert_eq!(
        dev.bus_ref().bar().read32(offset("SCRATCH")).unwrap(),
        0xa5c3_0ff1,
        "SCRATCH lands at its regmap offset"
    );
}

#[test]
fn track_configure_writes_exactly_the_four_registers_at_their_offsets() {
    let mut dev = Device::open(PcieBus::from_bar(fresh_bar())).unwrap();
    let before = dev.bus_ref().bar().words().to_vec();
    let cfg = TrackerConfig { base: 0x1234_8765_4000, shift: 12, limit: 1000 };
    dev.track_configure(cfg).unwrap();

    let after = dev.bus_ref().bar().words();
    let changed: Vec<(u64, u32)> = before
        .iter()
        .zip(after)
        .enumerate()
        .filter(|(_, (b, a))| b != a)
        .map(|(i, (_, a))| (4 * i as u64, *a))
        .collect();
    let mut expected = vec![
        (offset("TRACK_BASE_LO"), 0x8765_4000),
        (offset("TRACK_BASE_HI"), 0x1234),
        (offset("TRACK_SHIFT"), 12),
        (offset("TRACK_LIMIT"), 1000),
    ];
    expected.sort();
    assert_eq!(changed, expected);
    assert_eq!(dev.track_config().unwrap(), cfg);
}

#[test]
fn wrong_or_absent_id_is_refused() {
    let mut bar = fresh_bar();
    bar.write32(offset("ID"), 0x1234_5678).unwrap();
    match Device::open(PcieBus::from_bar(bar)) {
        Err(Error::WrongId { found: 0x1234_5678, expected }) => assert_eq!(expected, regmap::ID_VALUE),
        other => panic!("expected WrongId, got {:?}", other.err()),
    }
    // What an endpoint that does not answer returns on every read.
    let mut bar = MemoryBar::register_space();
    for i in 0..REG_SPACE / 4 {
        bar.write32(4 * i, u32::MAX).unwrap();
    }
    assert!(matches!(Device::open(PcieBus::from_bar(bar)), Err(Error::WrongId { found: u32::MAX, .. })));
}

#[test]
fn accesses_outside_the_register_space_or_unaligned_are_refused() {
    let mut bus = PcieBus::from_bar(MemoryBar::new(2 * REG_SPACE));
    let end = REG_SPACE as u32;
    assert!(matches!(bus.read32(end), Err(BusError::AddressOutOfRange { addr, bits: 16 }) if addr == end));
    assert!(matches!(bus.write32(end - 2, 0), Err(BusError::AddressOutOfRange { .. })));
    assert!(matches!(bus.read32(2), Err(BusError::Transport { operation: "reading BAR0", .. })));
    bus.write32(end - 4, 7).unwrap();
    assert_eq!(bus.read32(end - 4).unwrap(), 7);
    // A window smaller than the register space ends where the window ends.
    let mut small = PcieBus::from_bar(MemoryBar::new(16));
    assert!(matches!(small.read32(16), Err(BusError::AddressOutOfRange { .. })));
    assert_eq!(small.read32(12).unwrap(), 0);
}

#[test]
fn open_refuses_text_that_is_not_a_pci_address() {
    let e = PcieBus::open("nonsense").err().expect("`nonsense` must not open");
    let msg = e.to_string();
    assert!(matches!(e, PcieError::ParseAddress { ref text, .. } if text == "nonsense"), "{msg}");
    assert!(msg.contains("`nonsense`") && msg.contains("0000:01:00.0"), "{msg}");
}

#[test]
fn open_of_a_device_that_is_not_there_names_the_sysfs_path() {
    let path = Path::new("/sys/bus/pci/devices/0000:ff:1f.7");
    assert!(!path.exists(), "precondition: this machine has no device 0000:ff:1f.7");
    let e = PcieBus::open("0000:ff:1f.7").err().expect("an absent device must not open");
    let msg = e.to_string();
    assert!(
        matches!(e, PcieError::FindDevice { ref path, .. } if path == Path::new("/sys/bus/pci/devices/0000:ff:1f.7")),
        "{msg}"
    );
    assert!(msg.contains("/sys/bus/pci/devices/0000:ff:1f.7") && msg.contains("lspci"), "{msg}");
    // And through the RegisterBus error type, the cause survives.
    let bus: BusError = e.into();
    assert!(error_chain(&bus).contains("0000:ff:1f.7"));
}

/// A real device of this machine goes as far as this machine allows: the error must be the
/// first missing step, judged here independently from sysfs and /dev.
#[test]
fn open_of_a_real_device_stops_at_the_first_missing_step() {
    let mut devices: Vec<String> = std::fs::read_dir("/sys/bus/pci/devices")
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default();
    devices.sort();
    let Some(bdf) = devices.first() else {
        // No PCI bus visible (a container without sysfs): opening anything must say so.
        let e = PcieBus::open("0000:00:00.0").err().expect("nothing to open");
        assert!(matches!(e, PcieError::FindDevice { .. }), "{e}");
        eprintln!("no PCI devices in /sys/bus/pci/devices: only FindDevice checked");
        return;
    };
    let sysfs = Path::new("/sys/bus/pci/devices").join(bdf);
    let group = std::fs::read_link(sysfs.join("iommu_group"))
        .ok()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned());
    let driver =
        std::fs::read_link(sysfs.join("driver")).ok().map(|p| p.file_name().unwrap().to_string_lossy().into_owned());
    let result = PcieBus::open(bdf);
    let msg = result.as_ref().err().map(|e| e.to_string()).unwrap_or_default();
    eprintln!("{bdf}: iommu_group {group:?}, driver {driver:?}: {}", if msg.is_empty() { "opened" } else { &msg });
    match (&group, driver.as_deref()) {
        (None, _) => {
            assert!(matches!(result, Err(PcieError::IommuGroup { problem: GroupProblem::NoIommu, .. })), "{msg}");
            assert!(msg.contains("intel_iommu=on") && msg.contains("iommu_group"), "{msg}");
        }
        (Some(_), d) if d != Some("vfio-pci") => {
            assert!(
                matches!(result, Err(PcieError::IommuGroup { problem: GroupProblem::NotBoundToVfio { .. }, .. })),
                "{msg}"
            );
            assert!(msg.contains("/sys/bus/pci/drivers/vfio-pci/new_id"), "{msg}");
        }
        (Some(n), _) if !Path::new("/dev/vfio").join(n).exists() => {
            assert!(
                matches!(result, Err(PcieError::IommuGroup { problem: GroupProblem::NoGroupFile { .. }, .. })),
                "{msg}"
            );
        }
        // A vfio-bound device: it may open (a BAR0 of at least 64 KiB) or fail at a later step.
        (Some(_), _) => assert!(
            matches!(
                result,
                Ok(_)
                    | Err(PcieError::Permission { .. }
                        | PcieError::OpenVfio { .. }
                        | PcieError::MapBar { .. }
                        | PcieError::BarTooSmall { .. })
            ),
            "{msg}"
        ),
    }
}

/// A copy of the sysfs and /dev layout, walked through every step `locate` checks.
#[test]
fn locate_names_each_missing_step_and_its_fix() {
    let root = tempfile::tempdir().unwrap();
    let roots = VfioRoots { sys: root.path().join("sys"), dev: root.path().join("dev") };
    let address: PciAddress = "0000:01:00.0".parse().unwrap();
    let sysfs = roots.sys.join("bus/pci/devices/0000:01:00.0");

    let e = locate(&roots, address).unwrap_err();
    assert!(matches!(e, PcieError::FindDevice { ref path, .. } if *path == sysfs), "{e}");

    std::fs::create_dir_all(&sysfs).unwrap();
    std::fs::write(sysfs.join("vendor"), "0x10ee\n").unwrap();
    std::fs::write(sysfs.join("device"), "0x7021\n").unwrap();
    let e = locate(&roots, address).unwrap_err();
    assert!(matches!(e, PcieError::IommuGroup { problem: GroupProblem::NoIommu, .. }), "{e}");

    let groups = roots.sys.join("kernel/iommu_groups/7/devices");
    std::fs::create_dir_all(&groups).unwrap();
    symlink(groups.parent().unwrap(), sysfs.join("iommu_group")).unwrap();
    let other_driver = roots.sys.join("bus/pci/drivers/xdma");
    std::fs::create_dir_all(&other_driver).unwrap();
    symlink(&other_driver, sysfs.join("driver")).unwrap();
    let e = locate(&roots, address).unwrap_err();
    let msg = e.to_string();
    assert!(
        matches!(e, PcieError::IommuGroup { problem: GroupProblem::NotBoundToVfio { driver: Some(ref d) }, .. } if d == "xdma"),
        "{msg}"
    );
    let unbind = format!("echo 0000:01:00.0 | sudo tee {}", sysfs.join("driver/unbind").display());
    let new_id = format!("echo 10ee 7021 | sudo tee {}", roots.sys.join("bus/pci/drivers/vfio-pci/new_id").display());
    assert!(msg.contains("bound to `xdma`") && msg.contains(&unbind) && msg.contains(&new_id), "{msg}");

    std::fs::remove_file(sysfs.join("driver")).unwrap();
    let vfio_driver = roots.sys.join("bus/pci/drivers/vfio-pci");
    std::fs::create_dir_all(&vfio_driver).unwrap();
    symlink(&vfio_driver, sysfs.join("driver")).unwrap();
    let group_file = roots.dev.join("vfio/7");
    let e = locate(&roots, address).unwrap_err();
    assert!(
        matches!(e, PcieError::IommuGroup { problem: GroupProblem::NoGroupFile { ref path }, .. } if *path == group_file),
        "{e}"
    );
    assert!(e.to_string().contains(&group_file.display().to_string()), "{e}");

    std::fs::create_dir_all(roots.dev.join("vfio")).unwrap();
    std::fs::write(&group_file, "").unwrap();
    std::fs::write(roots.dev.join("vfio/vfio"), "").unwrap();
    let target = locate(&roots, address).unwrap();
    assert_eq!(
        (target.group, target.group_file.as_path(), target.sysfs.as_path()),
        (7, group_file.as_path(), sysfs.as_path())
    );

    // A group file the user may not open: Permission naming it, unless this process bypasses
    // file permissions (root with CAP_DAC_OVERRIDE), which is judged by trying the open itself.
    std::fs::set_permissions(&group_file, std::fs::Permissions::from_mode(0o000)).unwrap();
    let can_open = std::fs::File::options().read(true).write(true).open(&group_file).is_ok();
    let uid = std::fs::metadata("/proc/self").map(|m| m.uid()).ok();
    eprintln!(
        "uid {uid:?}: a mode-000 group file {}",
        if can_open { "opens (permission checks bypassed)" } else { "is refused" }
    );
    match locate(&roots, address) {
        Ok(t) => assert!(can_open, "locate opened a file this process cannot open: {t:?}"),
        Err(e) => {
            assert!(!can_open, "{e}");
            assert!(matches!(e, PcieError::Permission { ref path } if *path == group_file), "{e}");
            assert!(e.to_string().contains("read and write access"), "{e}");
        }
    }
}
