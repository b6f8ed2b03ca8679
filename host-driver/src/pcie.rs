//! The `pcie:BDF` transport: `ftsync_core`'s registers through BAR0 of a PCIe endpoint, opened
//! with VFIO (the `pci-driver` crate), so no kernel module of our own is needed.
//!
//! **Wiring a PCIe board** (gateware: BAR0 of a LitePCIe endpoint bridged to the core's Wishbone
//! port at offset 0, word address shifted to bytes; host: IOMMU, vfio-pci, `/dev/vfio/N`
//! permissions) is described step by step in the README's "Wiring a PCIe board".
//!
//! Every step of opening is checked in order (address, sysfs, IOMMU group, driver, group file,
//! permission, mapping, BAR size) so that a failure names the step and the fix ([`PcieError`]).

use pci_driver::backends::vfio::VfioPciDevice;
use pci_driver::device::PciDevice;
use pci_driver::regions::{MappedOwningPciRegion, OwningPciRegion, PciRegion, Permissions};
use regbus::{BusError, RegisterBus};
use std::fmt;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Bytes of `ftsync_core`'s register space: everything `wb_adr` can address.
pub const REG_SPACE: u64 = 1 << regmap::ADDR_BITS;

/// The kernel driver that hands a PCI device to user space.
const VFIO_DRIVER: &str = "vfio-pci";

/// A window of 32-bit registers by byte offset: a real BAR or a region in memory.
pub trait Bar {
    /// Bytes in the window.
    fn len(&self) -> u64;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn read32(&self, offset: u64) -> io::Result<u32>;
    fn write32(&mut self, offset: u64, value: u32) -> io::Result<()>;
}

impl<T: Bar + ?Sized> Bar for Box<T> {
    fn len(&self) -> u64 {
        (**self).len()
    }
    fn read32(&self, offset: u64) -> io::Result<u32> {
        (**self).read32(offset)
    }
    fn write32(&mut self, offset: u64, value: u32) -> io::Result<()> {
        (**self).write32(offset, value)
    }
}

/// A plain region of words that remembers what is written: a stand-in for BAR0 in tests (no
/// register semantics; pre-fill what the code under test expects to read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemoryBar {
    words: Vec<u32>,
}

impl MemoryBar {
    /// `len` bytes of zeros (rounded up to whole words).
    pub fn new(len: u64) -> Self {
        MemoryBar { words: vec![0; len.div_ceil(4) as usize] }
    }

    /// Zeros over the whole register space.
    pub fn register_space() -> Self {
        Self::new(REG_SPACE)
    }

    /// The region as words, word `i` at byte offset `4 * i`.
    pub fn words(&self) -> &[u32] {
        &self.words
    }

    fn index(&self, offset: u64) -> io::Result<usize> {
        if offset & 3 != 0 {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("offset {offset:#x} is not 4-byte aligned"),
            ));
        }
        let i = (offset / 4) as usize;
        if i >= self.words.len() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("offset {offset:#x} is beyond the {}-byte region", self.len()),
            ));
        }
        Ok(i)
    }
}

impl Bar for MemoryBar {
    fn len(&self) -> u64 {
        self.words.len() as u64 * 4
    }
    fn read32(&self, offset: u64) -> io::Result<u32> {
        Ok(self.words[self.index(offset)?])
    }
    fn write32(&mut self, offset: u64, value: u32) -> io::Result<()> {
        let i = self.index(offset)?;
        self.words[i] = value;
        Ok(())
    }
}

/// A PCI address, `DOMAIN:BUS:DEVICE.FUNCTION` in hex (`0000:01:00.0`, as `lspci -D` prints).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PciAddress {
    /// 16 bits on most machines; wider on some (Intel VMD puts devices in domain 10000 and up).
    pub domain: u32,
    pub bus: u8,
    pub device: u8,
    pub function: u8,
}

impl fmt::Display for PciAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04x}:{:02x}:{:02x}.{:x}", self.domain, self.bus, self.device, self.function)
    }
}

fn hex_field(text: &str, what: &'static str, max_digits: usize, max: u32) -> Result<u32, String> {
    if text.is_empty() || text.len() > max_digits || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(format!("{what} `{text}` is not 1 to {max_digits} hex digits"));
    }
    let v = u32::from_str_radix(text, 16).map_err(|e| format!("{what} `{text}`: {e}"))?;
    if v > max {
        return Err(format!("{what} {v:#x} is above {max:#x}"));
    }
    Ok(v)
}

impl FromStr for PciAddress {
    type Err = PcieError;

    /// `DOMAIN:BUS:DEVICE.FUNCTION`, or `BUS:DEVICE.FUNCTION` (domain 0, as plain `lspci` prints).
    fn from_str(text: &str) -> Result<Self, PcieError> {
        let bad = |reason: String| PcieError::ParseAddress { text: text.to_string(), reason };
        let (head, function) = text.rsplit_once('.').ok_or_else(|| bad("no `.FUNCTION`".into()))?;
        let parts: Vec<&str> = head.split(':').collect();
        let (domain, bus, device) = match parts[..] {
            [d, b, dev] => (hex_field(d, "domain", 8, u32::MAX).map_err(bad)?, b, dev),
            [b, dev] => (0, b, dev),
            _ => return Err(bad("expected DOMAIN:BUS:DEVICE.FUNCTION".into())),
        };
        Ok(PciAddress {
            domain,
            bus: hex_field(bus, "bus", 2, 0xff).map_err(bad)? as u8,
            device: hex_field(device, "device", 2, 0x1f).map_err(bad)? as u8,
            function: hex_field(function, "function", 1, 7).map_err(bad)? as u8,
        })
    }
}

/// What stands between a PCI device and its VFIO group file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupProblem {
    /// The device has no `iommu_group`: the IOMMU is off or absent.
    NoIommu,
    /// Bound to another driver (`Some`) or to none.
    NotBoundToVfio { driver: Option<String> },
    /// Bound to vfio-pci, yet `/dev/vfio/N` is missing.
    NoGroupFile { path: PathBuf },
}

/// Errors of the PCIe transport, named after the step that failed; each says how to fix it.
#[derive(Debug, thiserror::Error)]
pub enum PcieError {
    #[error("parsing the PCI address `{text}`: {reason} (expected DOMAIN:BUS:DEVICE.FUNCTION in hex, e.g. 0000:01:00.0, as `lspci -D` prints it)")]
    ParseAddress { text: String, reason: String },
    #[error("finding PCI device {address}: {} does not exist (is the board powered and its link up? `lspci -D` lists what the host sees; after loading a bitstream: `echo 1 | sudo tee /sys/bus/pci/rescan`)", path.display())]
    FindDevice { address: PciAddress, path: PathBuf },
    #[error("opening the IOMMU group of {address}: {}", group_message(problem, fix))]
    IommuGroup { address: PciAddress, problem: GroupProblem, fix: String },
    #[error("opening {}: permission denied; the user needs read and write access to it (`sudo chown $USER {}`, or a udev rule SUBSYSTEM==\"vfio\", GROUP=\"vfio\", MODE=\"0660\")", path.display(), path.display())]
    Permission { path: PathBuf },
    #[error("opening {address} through VFIO (IOMMU group {group}: {members}){hint}")]
    OpenVfio {
        address: PciAddress,
        group: u32,
        /// The group's devices and their drivers, since one stray driver makes the group unusable.
        members: String,
        hint: &'static str,
        #[source]
        source: io::Error,
    },
    #[error("mapping BAR0 of {address}: {reason}")]
    MapBar {
        address: PciAddress,
        reason: String,
        #[source]
        source: Option<io::Error>,
    },
    #[error("mapping BAR0 of {address}: it is {len:#x} bytes, ftsync_core's register space needs {needed:#x} (is this the right device, and is the core behind BAR0?)")]
    BarTooSmall { address: PciAddress, len: u64, needed: u64 },
}

fn group_message(problem: &GroupProblem, fix: &str) -> String {
    let what = match problem {
        GroupProblem::NoIommu => "the device has no IOMMU group: the IOMMU is off".to_string(),
        GroupProblem::NotBoundToVfio { driver: Some(d) } => format!("the device is bound to `{d}`, not {VFIO_DRIVER}"),
        GroupProblem::NotBoundToVfio { driver: None } => format!("the device is bound to no driver, not {VFIO_DRIVER}"),
        GroupProblem::NoGroupFile { path } => format!("{} does not exist", path.display()),
    };
    format!("{what}; {fix}")
}

impl From<PcieError> for BusError {
    fn from(e: PcieError) -> BusError {
        BusError::Transport { operation: "opening the PCIe device", source: Box::new(e) }
    }
}

/// Where to look for sysfs and device files: `/sys` and `/dev`, or a copy of their layout.
#[derive(Clone, Debug)]
pub struct VfioRoots {
    pub sys: PathBuf,
    pub dev: PathBuf,
}

impl VfioRoots {
    pub fn system() -> Self {
        VfioRoots { sys: "/sys".into(), dev: "/dev".into() }
    }
}

/// A device whose VFIO group is in place and accessible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VfioTarget {
    pub address: PciAddress,
    /// `/sys/bus/pci/devices/BDF`.
    pub sysfs: PathBuf,
    pub group: u32,
    /// `/dev/vfio/N`.
    pub group_file: PathBuf,
}

fn link_name(path: &Path) -> Option<String> {
    fs::read_link(path).ok()?.file_name()?.to_str().map(str::to_string)
}

/// The exact commands that bind `address` to vfio-pci, with the device's own IDs when sysfs
/// has them.
fn bind_commands(roots: &VfioRoots, address: PciAddress, sysfs: &Path, driver: Option<&str>) -> String {
    let id = |f: &str| fs::read_to_string(sysfs.join(f)).ok().map(|s| s.trim().trim_start_matches("0x").to_string());
    let ids = match (id("vendor"), id("device")) {
        (Some(v), Some(d)) => format!("{v} {d}"),
        _ => "VENDOR DEVICE".to_string(),
    };
    let mut s = format!("bind the device to {VFIO_DRIVER}: `sudo modprobe {VFIO_DRIVER}`");
    if driver.is_some() {
        s += &format!(", `echo {address} | sudo tee {}`", sysfs.join("driver/unbind").display());
    }
    s += &format!(
        ", `echo {ids} | sudo tee {}`",
        roots.sys.join("bus/pci/drivers").join(VFIO_DRIVER).join("new_id").display()
    );
    s
}

/// EACCES is the user's to fix (file access), so it gets its own error; anything else is
/// reported as it came.
fn open_rw(path: &Path) -> Result<File, Result<io::Error, PcieError>> {
    File::options().read(true).write(true).open(path).map_err(|e| classify_open(path, e))
}

fn classify_open(path: &Path, e: io::Error) -> Result<io::Error, PcieError> {
    if e.raw_os_error() == Some(libc::EACCES) {
        Err(PcieError::Permission { path: path.to_path_buf() })
    } else {
        Ok(e)
    }
}

/// The devices of IOMMU group `group` and their drivers, e.g. `0000:01:00.0 (vfio-pci)`.
fn group_members(roots: &VfioRoots, group: u32) -> String {
    let dir = roots.sys.join("kernel/iommu_groups").join(group.to_string()).join("devices");
    let mut members: Vec<String> = match fs::read_dir(&dir) {
        Ok(entries) => entries
            .filter_map(|e| e.ok())
            .map(|e| {
                let driver = link_name(&e.path().join("driver")).unwrap_or_else(|| "no driver".into());
                format!("{} ({driver})", e.file_name().to_string_lossy())
            })
            .collect(),
        Err(e) => return format!("cannot list {}: {e}", dir.display()),
    };
    members.sort();
    members.join(", ")
}

/// Check, step by step, that `address` can be opened through VFIO: the device exists, has an
/// IOMMU group, is bound to vfio-pci, and its group file exists and opens for reading and
/// writing. Nothing is kept open.
pub fn locate(roots: &VfioRoots, address: PciAddress) -> Result<VfioTarget, PcieError> {
    let sysfs = roots.sys.join("bus/pci/devices").join(address.to_string());
    if !sysfs.exists() {
        return Err(PcieError::FindDevice { address, path: sysfs });
    }
    let group_link = sysfs.join("iommu_group");
    let driver = link_name(&sysfs.join("driver"));
    let Some(group) = link_name(&group_link).and_then(|n| n.parse::<u32>().ok()) else {
        return Err(PcieError::IommuGroup {
            address,
            problem: GroupProblem::NoIommu,
            fix: format!(
                "{} is missing; boot with `intel_iommu=on iommu=pt` (Intel) or `amd_iommu=on` (AMD), enable VT-d/AMD-Vi in the firmware, check `dmesg | grep -i -e DMAR -e IOMMU`, then {}",
                group_link.display(),
                bind_commands(roots, address, &sysfs, driver.as_deref())
            ),
        });
    };
    if driver.as_deref() != Some(VFIO_DRIVER) {
        let fix = bind_commands(roots, address, &sysfs, driver.as_deref());
        return Err(PcieError::IommuGroup { address, problem: GroupProblem::NotBoundToVfio { driver }, fix });
    }
    let group_file = roots.dev.join("vfio").join(group.to_string());
    if !group_file.exists() {
        let fix = bind_commands(roots, address, &sysfs, driver.as_deref());
        return Err(PcieError::IommuGroup { address, problem: GroupProblem::NoGroupFile { path: group_file }, fix });
    }
    let container = roots.dev.join("vfio/vfio");
    for path in [&group_file, &container] {
        match open_rw(path) {
            Ok(_) => {}
            Err(Err(e)) => return Err(e),
            // Busy or odd files are left for the real open, which reports them with the group.
            Err(Ok(_)) => {}
        }
    }
    Ok(VfioTarget { address, sysfs, group, group_file })
}

enum Region {
    Mapped(MappedOwningPciRegion),
    /// BAR0 not mappable: every access is a pread/pwrite on the VFIO device file.
    Unmapped(OwningPciRegion),
}

impl Region {
    fn get(&self) -> &dyn PciRegion {
        match self {
            Region::Mapped(r) => r,
            Region::Unmapped(r) => r,
        }
    }
}

/// BAR0 of a PCI device opened through VFIO, the first [`REG_SPACE`] bytes of it mapped.
/// pci-driver's accessors on a mapping are volatile 32-bit loads and stores, so no unsafe here.
pub struct VfioBar {
    target: VfioTarget,
    bar_len: u64,
    region: Region,
    // Keeps the VFIO device and container open for as long as the mapping is used.
    _device: VfioPciDevice,
}

impl VfioBar {
    /// Open `address` through VFIO and map BAR0.
    pub fn open(address: PciAddress) -> Result<Self, PcieError> {
        let roots = VfioRoots::system();
        let target = locate(&roots, address)?;
        let device = VfioPciDevice::open(&target.sysfs).map_err(|e| {
            let hint = match e.raw_os_error() {
                Some(libc::EBUSY) => "; another process (QEMU, another ftsync) holds the group",
                Some(libc::EPERM) => "; every device in the group must be bound to vfio-pci or to no driver",
                _ if e.to_string().contains("not viable") => {
                    "; every device in the group must be bound to vfio-pci or to no driver"
                }
                _ => "",
            };
            match classify_open(&target.group_file, e) {
                Err(permission) => permission,
                Ok(source) => PcieError::OpenVfio {
                    address,
                    group: target.group,
                    members: group_members(&roots, target.group),
                    hint,
                    source,
                },
            }
        })?;
        let map_err =
            |reason: &str, source: Option<io::Error>| PcieError::MapBar { address, reason: reason.to_string(), source };
        let bar = device.bar(0).ok_or_else(|| map_err("the device has no BAR0", None))?;
        let bar_len = PciRegion::len(&bar);
        if bar_len < REG_SPACE {
            return Err(PcieError::BarTooSmall { address, len: bar_len, needed: REG_SPACE });
        }
        if bar.permissions() != Permissions::ReadWrite {
            return Err(map_err(
                &format!("VFIO offers it {:?}, the registers need read and write", bar.permissions()),
                None,
            ));
        }
        // vfio-pci enables memory decoding when the device is opened; a device left disabled
        // would answer every read with all-ones, which looks like a wrong ID instead.
        let memory = device.config().command().memory_space_enable();
        if !memory.read().map_err(|e| map_err("reading the command register", Some(e)))? {
            memory.write(true).map_err(|e| map_err("enabling memory decoding", Some(e)))?;
        }
        let region = if bar.is_mappable() {
            Region::Mapped(bar.map(0..REG_SPACE, Permissions::ReadWrite).map_err(|e| map_err("mmap failed", Some(e)))?)
        } else {
            Region::Unmapped(bar.owning_subregion(0..REG_SPACE))
        };
        Ok(VfioBar { target, bar_len, region, _device: device })
    }

    pub fn target(&self) -> &VfioTarget {
        &self.target
    }
    /// BAR0's full size (only [`REG_SPACE`] of it is used).
    pub fn bar_len(&self) -> u64 {
        self.bar_len
    }
    pub fn is_mapped(&self) -> bool {
        matches!(self.region, Region::Mapped(_))
    }
}

impl Bar for VfioBar {
    fn len(&self) -> u64 {
        self.region.get().len()
    }
    fn read32(&self, offset: u64) -> io::Result<u32> {
        self.region.get().read_le_u32(offset)
    }
    fn write32(&mut self, offset: u64, value: u32) -> io::Result<()> {
        self.region.get().write_le_u32(offset, value)
    }
}

/// `ftsync_core`'s registers at their byte offsets in a [`Bar`].
pub struct PcieBus<B: Bar = VfioBar> {
    bar: B,
}

impl PcieBus<VfioBar> {
    /// Parse `bdf` (`0000:01:00.0`), open the device through VFIO and map BAR0.
    pub fn open(bdf: &str) -> Result<Self, PcieError> {
        Ok(PcieBus { bar: VfioBar::open(bdf.trim().parse()?)? })
    }
}

impl<B: Bar> PcieBus<B> {
    pub fn from_bar(bar: B) -> Self {
        PcieBus { bar }
    }
    pub fn bar(&self) -> &B {
        &self.bar
    }
    pub fn bar_mut(&mut self) -> &mut B {
        &mut self.bar
    }
    pub fn into_bar(self) -> B {
        self.bar
    }

    fn check(&self, addr: u32, operation: &'static str) -> Result<u64, BusError> {
        let offset = u64::from(addr);
        if offset + 4 > REG_SPACE.min(self.bar.len()) {
            return Err(BusError::AddressOutOfRange { addr, bits: regmap::ADDR_BITS });
        }
        if offset & 3 != 0 {
            return Err(BusError::Transport {
                operation,
                source: format!("offset {addr:#x} is not 4-byte aligned").into(),
            });
        }
        Ok(offset)
    }
}

impl<B: Bar> RegisterBus for PcieBus<B> {
    fn read32(&mut self, addr: u32) -> Result<u32, BusError> {
        let offset = self.check(addr, "reading BAR0")?;
        self.bar.read32(offset).map_err(|e| BusError::Transport { operation: "reading BAR0", source: Box::new(e) })
    }
    fn write32(&mut self, addr: u32, value: u32) -> Result<(), BusError> {
        let offset = self.check(addr, "writing BAR0")?;
        self.bar
            .write32(offset, value)
            .map_err(|e| BusError::Transport { operation: "writing BAR0", source: Box::new(e) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_parse_in_both_lspci_forms_and_print_in_the_long_one() {
        let a: PciAddress = "0000:01:00.0".parse().unwrap();
        assert_eq!(a, PciAddress { domain: 0, bus: 1, device: 0, function: 0 });
        assert_eq!("01:1f.7".parse::<PciAddress>().unwrap().to_string(), "0000:01:1f.7");
        assert_eq!("10000:e1:00.3".parse::<PciAddress>().unwrap().to_string(), "10000:e1:00.3");
        for (text, needle) in [
            ("0000:01:20.0", "device 0x20 is above 0x1f"),
            ("0000:01:00.8", "function 0x8 is above 0x7"),
            ("0000:01:00", "no `.FUNCTION`"),
            ("0000:1:2:3:00.0", "expected DOMAIN:BUS"),
            ("0000:0g:00.0", "bus `0g`"),
            ("0000:100:00.0", "bus `100`"),
        ] {
            let e = text.parse::<PciAddress>().unwrap_err();
            let msg = e.to_string();
            assert!(matches!(e, PcieError::ParseAddress { .. }), "{msg}");
            assert!(msg.contains(&format!("`{text}`")) && msg.contains(needle), "{msg}");
        }
    }

    // As root (as here) EACCES never happens on a real open, so the mapping is checked with the
    // error the kernel would give.
    #[test]
    fn eacces_becomes_permission_naming_the_file_and_other_errors_pass_through() {
        let path = Path::new("/dev/vfio/12");
        let e = classify_open(path, io::Error::from_raw_os_error(libc::EACCES)).unwrap_err();
        let msg = e.to_string();
        assert!(
            matches!(e, PcieError::Permission { .. })
                && msg.contains("/dev/vfio/12")
                && msg.contains("read and write access"),
            "{msg}"
        );
        let busy = classify_open(path, io::Error::from_raw_os_error(libc::EBUSY)).unwrap();
        assert_eq!(busy.raw_os_error(), Some(libc::EBUSY));
    }

    #[test]
    fn pcie_errors_become_transport_errors_keeping_the_cause() {
        let e: BusError = "x".parse::<PciAddress>().unwrap_err().into();
        assert!(matches!(e, BusError::Transport { operation: "opening the PCIe device", .. }));
        assert!(crate::error_chain(&e).contains("parsing the PCI address `x`"), "{}", crate::error_chain(&e));
    }
}
