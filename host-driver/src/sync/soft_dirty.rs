//! A live Linux process as the CE: its memory through `/proc/PID/mem` ([`ProcessSource`]) and
//! its writes through the kernel's soft-dirty page bits ([`SoftDirtyTracker`]).
//!
//! This is seed 000's software-only page-table variant (Fig. 4): step 405 sets up the
//! page-table "dirty" indicators before a background copy, step 410 re-checks them afterwards.
//! Linux exposes exactly that for one process: writing `4` to `/proc/PID/clear_refs` clears the
//! soft-dirty bit of every page table entry of the process (and write-protects them, so the
//! next write to each page faults and sets the bit again), and `/proc/PID/pagemap` reports the
//! bit (55) per page. It needs a kernel built with `CONFIG_MEM_SOFT_DIRTY`; without it the
//! bit reads 0 forever, which [`SoftDirtyTracker::new`] detects and refuses.
//!
//! What soft-dirty bits do not see, as the seed warns for page tables in general: writes that
//! bypass this process's page tables. The kernel writing into the process on its behalf
//! (`read(2)`, io_uring workers) goes through them and is seen; device DMA into pages pinned
//! before the arm (O_DIRECT, RDMA, VFIO) and other processes writing memory shared with this one
//! (`MAP_SHARED`, memfd, vhost-user) are not. Track private memory, or rely on the post-resume
//! verification for the rest.
//!
//! Block = one base page. Its size comes from the kernel's `AT_PAGESZ` in `/proc/self/auxv`
//! (what `sysconf(_SC_PAGESIZE)` returns), which is the unit of `pagemap`: one 8-byte entry per
//! base page, whatever huge pages back the range. With transparent huge pages a write sets the
//! bit for the whole huge page, so reports come in runs of 512 pages: coarse, never wrong.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use super::{BoxError, Source, SyncError, Tracker};

/// `pagemap` entry bits (Documentation/admin-guide/mm/pagemap.rst).
const PM_SOFT_DIRTY: u64 = 1 << 55;
const PM_SWAPPED: u64 = 1 << 62;
const PM_PRESENT: u64 = 1 << 63;

/// Entries read from `pagemap` per call: 512 KiB, so a 64 GiB range needs no 128 MiB buffer.
const PAGEMAP_CHUNK: usize = 64 * 1024;

/// How long a pause waits for every thread to reach the stopped state.
const STOP_TIMEOUT: Duration = Duration::from_secs(5);

/// A failed operation on a `/proc` file or on the process, with the file and PID in the text.
#[derive(Debug)]
struct ProcError {
    what: String,
    cause: io::Error,
}

impl ProcError {
    fn boxed(what: impl Into<String>, cause: io::Error) -> BoxError {
        Box::new(Self { what: what.into(), cause })
    }
}

impl std::fmt::Display for ProcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let hint = match (self.cause.kind(), self.cause.raw_os_error()) {
            (io::ErrorKind::NotFound, _) => " (no such process: it exited, or the PID is wrong)",
            (_, Some(3)) => " (the process has exited)",
            (io::ErrorKind::UnexpectedEof, _) => " (the process has exited: its memory is gone)",
            (io::ErrorKind::PermissionDenied, _) => {
                " (permission denied: run as the process's user with ptrace access to it, or as root)"
            }
            (_, Some(5)) => " (the address range is not mapped in the process)",
            _ => "",
        };
        write!(f, "{}: {}{hint}", self.what, self.cause)
    }
}

impl std::error::Error for ProcError {}

/// The kernel's base page size, from the auxiliary vector it handed this process.
pub fn page_size() -> io::Result<u64> {
    const AT_PAGESZ: usize = 6;
    let auxv = std::fs::read("/proc/self/auxv")?;
    let word = std::mem::size_of::<usize>();
    let mut pairs = auxv.chunks_exact(2 * word);
    pairs
        .find_map(|pair| {
            let key = usize::from_ne_bytes(pair[..word].try_into().ok()?);
            let value = usize::from_ne_bytes(pair[word..].try_into().ok()?);
            (key == AT_PAGESZ).then_some(value as u64)
        })
        .filter(|p| p.is_power_of_two())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "/proc/self/auxv has no AT_PAGESZ entry"))
}

/// Checks, once per run, that this kernel keeps soft-dirty bits: after clearing the bits of
/// this process, a page it writes must show bit 55 in its own pagemap. (The probe clears this
/// process's bits, which only matters to someone tracking the driver itself.)
fn kernel_support() -> Result<(), String> {
    static SUPPORT: OnceLock<Result<(), String>> = OnceLock::new();
    SUPPORT.get_or_init(probe_kernel_support).clone()
}

fn probe_kernel_support() -> Result<(), String> {
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let release = release.trim();
    let page = page_size().map_err(|e| format!("reading the page size from /proc/self/auxv: {e}"))?;
    let mut clear_refs = OpenOptions::new()
        .write(true)
        .open("/proc/self/clear_refs")
        .map_err(|e| format!("soft-dirty tracking is not available: opening /proc/self/clear_refs: {e} (kernel {release} without CONFIG_PROC_PAGE_MONITOR?)"))?;
    let pagemap = File::open("/proc/self/pagemap").map_err(|e| format!("opening /proc/self/pagemap: {e}"))?;
    let mut buf = vec![0u8; 3 * page as usize];
    let addr = buf.as_ptr() as u64;
    let at = (addr.next_multiple_of(page) - addr) as usize;
    let entry = |buf: &[u8]| -> Result<u64, String> {
        std::hint::black_box(buf);
        let mut e = [0u8; 8];
        pagemap
            .read_exact_at(&mut e, (addr + at as u64) / page * 8)
            .map_err(|e| format!("reading /proc/self/pagemap: {e}"))?;
        Ok(u64::from_ne_bytes(e))
    };
    // Another thread growing the heap can mark the probe page's whole mapping soft-dirty
    // right after the clear; a few tries get past that noise.
    for value in 1..=5u8 {
        buf[at] = value;
        std::hint::black_box(&mut buf);
        clear_refs.write_all(b"4").map_err(|e| format!("writing 4 to /proc/self/clear_refs: {e}"))?;
        let cleared = entry(&buf)? & PM_SOFT_DIRTY == 0;
        buf[at] = value.wrapping_add(100);
        let written = entry(&buf)? & PM_SOFT_DIRTY != 0;
        if !written {
            return Err(format!(
                "soft-dirty page tracking is not supported by this kernel ({release}): a page written \
                 after `echo 4 > /proc/self/clear_refs` does not show bit 55 in /proc/self/pagemap; \
                 the kernel must be built with CONFIG_MEM_SOFT_DIRTY=y (use the checksum tracker instead)"
            ));
        }
        if cleared {
            return Ok(());
        }
    }
    Err(format!(
        "soft-dirty bits on this kernel ({release}) do not clear: after `echo 4 > /proc/self/clear_refs` \
         a page still shows bit 55 in /proc/self/pagemap"
    ))
}

/// The one libc call: std can send no signal but SIGKILL (and only to its own children), and
/// spawning kill(1) per pause would cost a fork+exec and depend on procps being installed.
#[allow(unsafe_code)]
fn send_signal(pid: u32, signal: libc::c_int) -> io::Result<()> {
    // kill(2) with 0 or a negative PID signals whole process groups: never let one through.
    let pid = libc::pid_t::try_from(pid)
        .ok()
        .filter(|&p| p > 0)
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, format!("{pid} is not a process ID")))?;
    // SAFETY: kill(2) takes two integers and touches none of this process's memory.
    if unsafe { libc::kill(pid, signal) } == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

fn validate_pid(pid: u32) -> Result<(), SyncError> {
    if pid == 0 || libc::pid_t::try_from(pid).is_err() {
        return Err(SyncError::Parameters(format!("{pid} is not a process ID")));
    }
    Ok(())
}

/// The state letter of every thread of `pid`, from `/proc/PID/task/*/stat`.
fn thread_states(proc_root: &Path, pid: u32) -> io::Result<Vec<(String, char)>> {
    let mut states = Vec::new();
    for task in std::fs::read_dir(proc_root.join(pid.to_string()).join("task"))? {
        let task = task?;
        let stat = match std::fs::read_to_string(task.path().join("stat")) {
            Ok(stat) => stat,
            // The thread exited between the listing and the read.
            Err(e) if e.kind() == io::ErrorKind::NotFound || e.raw_os_error() == Some(3) => continue,
            Err(e) => return Err(e),
        };
        // The command name may hold spaces and parentheses; the state follows the last ')'.
        let state = stat.rfind(')').and_then(|i| stat[i + 1..].trim_start().chars().next()).unwrap_or('?');
        states.push((task.file_name().to_string_lossy().into_owned(), state));
    }
    Ok(states)
}

/// Whether every thread is stopped (or already dead): none can write memory any more.
fn all_stopped(states: &[(String, char)]) -> bool {
    states.iter().all(|&(_, s)| stopped(s))
}

fn stopped(state: char) -> bool {
    matches!(state, 'T' | 't' | 'Z' | 'X' | 'x')
}

/// SIGSTOP is delivered asynchronously: a thread keeps running (and writing) until it next
/// leaves the kernel, so `stop` waits until `/proc` shows every thread stopped.
fn stop(pid: u32) -> Result<(), BoxError> {
    send_signal(pid, libc::SIGSTOP).map_err(|e| ProcError::boxed(format!("sending SIGSTOP to pid {pid}"), e))?;
    // A pause that failed must not leave the CE stopped behind the engine's back.
    wait_stopped(pid).inspect_err(|_| {
        let _ = cont(pid);
    })
}

fn wait_stopped(pid: u32) -> Result<(), BoxError> {
    let root = Path::new("/proc");
    let began = Instant::now();
    let mut nap = Duration::from_micros(50);
    loop {
        let states = thread_states(root, pid)
            .map_err(|e| ProcError::boxed(format!("reading /proc/{pid}/task/*/stat after SIGSTOP"), e))?;
        if states.is_empty() {
            return Err(ProcError::boxed(format!("stopping pid {pid}"), io::Error::from_raw_os_error(3)));
        }
        if all_stopped(&states) {
            return Ok(());
        }
        if began.elapsed() > STOP_TIMEOUT {
            let running: Vec<String> =
                states.iter().filter(|&&(_, s)| !stopped(s)).map(|(t, s)| format!("{t}:{s}")).collect();
            return Err(format!(
                "pid {pid} got SIGSTOP but after {STOP_TIMEOUT:?} threads (tid:state) {} still run \
                 (state D is an uninterruptible kernel wait)",
                running.join(" ")
            )
            .into());
        }
        std::thread::sleep(nap);
        nap = (nap * 2).min(Duration::from_millis(2));
    }
}

fn cont(pid: u32) -> Result<(), BoxError> {
    send_signal(pid, libc::SIGCONT).map_err(|e| ProcError::boxed(format!("sending SIGCONT to pid {pid}"), e))
}

/// The memory range `[start, start + len)` of a live process, read through `/proc/PID/mem`.
///
/// - `advance` does nothing: the process runs in wall time by itself.
/// - `pause`/`resume` are SIGSTOP/SIGCONT to the whole process; `pause` returns only once every
///   thread is stopped. A source dropped while paused resumes the process, so an engine error
///   in the foreground cannot leave the CE stopped for good.
/// - `context` is the process's `/proc/PID/stat` line at that moment: a record of its state
///   (run state, CPU times, sizes) for the standby's log, not a restorable register context —
///   that would need ptrace of every thread, CRIU's territory.
///
/// The `/proc/PID/mem` file is opened once: it stays bound to the process it was opened for,
/// so a later process reusing the PID cannot be read by mistake (signals, by PID, can).
#[derive(Debug)]
pub struct ProcessSource {
    pid: u32,
    start: u64,
    len: u64,
    mem: File,
    paused: bool,
}

impl ProcessSource {
    pub fn new(pid: u32, start: u64, len: u64) -> Result<Self, SyncError> {
        validate_pid(pid)?;
        if start.checked_add(len).is_none() {
            return Err(SyncError::Parameters(format!("range {start:#x} + {len:#x} overflows the address space")));
        }
        let path = format!("/proc/{pid}/mem");
        let mem = File::open(&path).map_err(|e| SyncError::Control {
            operation: "attaching to",
            source: ProcError::boxed(format!("opening {path} of pid {pid}"), e),
        })?;
        Ok(Self { pid, start, len, mem, paused: false })
    }

    pub fn pid(&self) -> u32 {
        self.pid
    }

    /// The virtual address of offset 0.
    pub fn start(&self) -> u64 {
        self.start
    }

    pub fn is_paused(&self) -> bool {
        self.paused
    }
}

impl Source for ProcessSource {
    fn len(&self) -> u64 {
        self.len
    }

    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        if offset.checked_add(buf.len() as u64).is_none_or(|end| end > self.len) {
            return Err(SyncError::ReadSource {
                offset,
                source: format!(
                    "{} bytes at {offset:#x} run past the {}-byte range of pid {}",
                    buf.len(),
                    self.len,
                    self.pid
                )
                .into(),
            });
        }
        let addr = self.start + offset;
        self.mem.read_exact_at(buf, addr).map_err(|e| SyncError::ReadSource {
            offset,
            source: ProcError::boxed(
                format!(
                    "reading {} bytes at address {addr:#x} of /proc/{}/mem (pid {})",
                    buf.len(),
                    self.pid,
                    self.pid
                ),
                e,
            ),
        })
    }

    fn advance(&mut self, _dt: Duration) -> Result<(), SyncError> {
        Ok(())
    }

    fn pause(&mut self) -> Result<(), SyncError> {
        stop(self.pid).map_err(|source| SyncError::Control { operation: "pausing", source })?;
        self.paused = true;
        Ok(())
    }

    fn resume(&mut self) -> Result<(), SyncError> {
        cont(self.pid).map_err(|source| SyncError::Control { operation: "resuming", source })?;
        self.paused = false;
        Ok(())
    }

    fn context(&mut self) -> Result<Vec<u8>, SyncError> {
        let path = format!("/proc/{}/stat", self.pid);
        std::fs::read(&path).map_err(|e| SyncError::Control {
            operation: "reading the context of",
            source: ProcError::boxed(format!("reading {path} of pid {}", self.pid), e),
        })
    }
}

impl Drop for ProcessSource {
    fn drop(&mut self) {
        if self.paused {
            let _ = cont(self.pid);
        }
    }
}

/// The [`Tracker`] of seed 000 Fig. 4 on Linux: soft-dirty bits of the pages of
/// `[start, start + len)` in process `pid`; block `i` is the page at `start + i * page`.
///
/// `arm` clears the bits; `harvest` reads them from `pagemap` and clears them again. The
/// kernel has no read-and-clear, so a write landing between the `pagemap` read and the clear
/// is lost: it is in neither this harvest nor the next. The window is the time to read the
/// range's entries and walk the process's page tables (about 13 ms per GiB of range on a
/// 2-vCPU VM, nearly all of it the `pagemap` read). It is closed when the process is stopped
/// during the harvest: always so for the harvest the engine does under the pause, and for every
/// harvest with [`freeze_during_harvest`](Self::freeze_during_harvest), at the price of
/// stopping the process for those milliseconds each time. Without it, the trait's "no write between two
/// harvests is lost" holds only for harvests made while paused, and the post-resume
/// verification has to catch the rest.
///
/// Besides set bits, a page is reported when it was in memory (or swap) at the previous
/// arm/harvest and no longer is: `madvise(MADV_DONTNEED)`, `munmap` or reclaim of a file page
/// drop the page table entry and its soft-dirty bit with it, yet the content may have changed
/// (anonymous pages read back as zeros).
///
/// Re-arming write-protects every page of the whole process, not only of the range: each
/// first write after it costs the process a page fault (seed 000's "tolerable degradation").
#[derive(Debug)]
pub struct SoftDirtyTracker {
    proc_root: PathBuf,
    pid: u32,
    start: u64,
    len: u64,
    page: u64,
    pagemap: File,
    clear_refs: File,
    freeze: bool,
    /// Per page: in memory or in swap at the last arm/harvest.
    mapped: Vec<bool>,
    armed: bool,
    last_cost: Duration,
}

impl SoftDirtyTracker {
    /// Tracks `[start, start + len)` of process `pid`; `start` must be page-aligned. Fails if
    /// the process is gone or not accessible, or if this kernel keeps no soft-dirty bits.
    pub fn new(pid: u32, start: u64, len: u64) -> Result<Self, SyncError> {
        validate_pid(pid)?;
        let page = page_size().map_err(|e| SyncError::Track {
            operation: "attaching",
            source: format!("reading the page size from /proc/self/auxv: {e}").into(),
        })?;
        let tracker = Self::open(Path::new("/proc"), pid, start, len, page)?;
        kernel_support().map_err(|message| SyncError::Track { operation: "attaching", source: message.into() })?;
        Ok(tracker)
    }

    /// The tracker over any `/proc`-shaped directory (a fake one in tests), without probing the
    /// kernel.
    fn open(proc_root: &Path, pid: u32, start: u64, len: u64, page: u64) -> Result<Self, SyncError> {
        if len == 0 {
            return Err(SyncError::Parameters("soft-dirty tracker: the range is empty".into()));
        }
        if start & (page - 1) != 0 {
            return Err(SyncError::Parameters(format!(
                "soft-dirty tracker: the range starts at {start:#x}, not on a {page}-byte page boundary"
            )));
        }
        if start.checked_add(len).is_none() {
            return Err(SyncError::Parameters(format!("soft-dirty tracker: range {start:#x} + {len:#x} overflows")));
        }
        let dir = proc_root.join(pid.to_string());
        let attach = |name: &str, write: bool| {
            let path = dir.join(name);
            OpenOptions::new().read(!write).write(write).open(&path).map_err(|e| SyncError::Track {
                operation: "attaching",
                source: ProcError::boxed(format!("opening {} of pid {pid}", path.display()), e),
            })
        };
        // Both files stay bound to the process they were opened for, like ProcessSource's mem.
        let clear_refs = attach("clear_refs", true)?;
        let pagemap = attach("pagemap", false)?;
        let pages = len.div_ceil(page) as usize;
        Ok(Self {
            proc_root: proc_root.to_path_buf(),
            pid,
            start,
            len,
            page,
            pagemap,
            clear_refs,
            freeze: false,
            mapped: vec![false; pages],
            armed: false,
            last_cost: Duration::ZERO,
        })
    }

    /// Stop the process (SIGSTOP, wait, SIGCONT) around each harvest's read-and-clear, unless
    /// it is stopped already, so that no write falls into the window between the two.
    pub fn freeze_during_harvest(mut self, freeze: bool) -> Self {
        self.freeze = freeze;
        self
    }

    pub fn pid(&self) -> u32 {
        self.pid
    }

    fn pages(&self) -> usize {
        self.len.div_ceil(self.page) as usize
    }

    fn path(&self, name: &str) -> String {
        self.proc_root.join(self.pid.to_string()).join(name).display().to_string()
    }

    fn check_source(&self, source: &dyn Source, operation: &'static str) -> Result<(), SyncError> {
        if source.len() != self.len {
            return Err(SyncError::Track {
                operation,
                source: format!(
                    "the source is {} bytes but the soft-dirty tracker of pid {} covers {}",
                    source.len(),
                    self.pid,
                    self.len
                )
                .into(),
            });
        }
        Ok(())
    }

    fn clear(&mut self, operation: &'static str) -> Result<(), SyncError> {
        let what = format!("writing 4 to {} of pid {}", self.path("clear_refs"), self.pid);
        self.clear_refs.write_all(b"4").map_err(|e| SyncError::Track { operation, source: ProcError::boxed(what, e) })
    }

    /// Calls `each(page, entry)` for every page of the range, in order.
    fn read_pagemap(&self, operation: &'static str, mut each: impl FnMut(usize, u64)) -> Result<(), SyncError> {
        let first = self.start / self.page;
        let pages = self.pages();
        let mut raw = vec![0u8; PAGEMAP_CHUNK.min(pages) * 8];
        let mut done = 0;
        while done < pages {
            let n = PAGEMAP_CHUNK.min(pages - done);
            let raw = &mut raw[..n * 8];
            self.pagemap.read_exact_at(raw, (first + done as u64) * 8).map_err(|e| SyncError::Track {
                operation,
                source: ProcError::boxed(format!("reading {} of pid {}", self.path("pagemap"), self.pid), e),
            })?;
            for (k, entry) in raw.chunks_exact(8).enumerate() {
                each(done + k, u64::from_ne_bytes(entry.try_into().expect("8 bytes")));
            }
            done += n;
        }
        Ok(())
    }

    /// Stops the process for a harvest if asked to and it is not stopped already; returns
    /// whether it must be continued afterwards.
    fn freeze(&self) -> Result<bool, SyncError> {
        if !self.freeze {
            return Ok(false);
        }
        let states = thread_states(&self.proc_root, self.pid).map_err(|e| SyncError::Track {
            operation: "harvesting",
            source: ProcError::boxed(format!("reading {}/task/*/stat of pid {}", self.path(""), self.pid), e),
        })?;
        if all_stopped(&states) && !states.is_empty() {
            return Ok(false);
        }
        stop(self.pid).map_err(|source| SyncError::Track { operation: "harvesting", source })?;
        Ok(true)
    }
}

fn dirty(entry: u64, was_mapped: bool) -> bool {
    entry & PM_SOFT_DIRTY != 0 || (was_mapped && entry & (PM_PRESENT | PM_SWAPPED) == 0)
}

fn mapped(entry: u64) -> bool {
    entry & (PM_PRESENT | PM_SWAPPED) != 0
}

impl Tracker for SoftDirtyTracker {
    fn block_bytes(&self) -> u64 {
        self.page
    }

    fn arm(&mut self, source: &mut dyn Source) -> Result<(), SyncError> {
        self.check_source(source, "arming")?;
        self.armed = false;
        self.clear("arming")?;
        let mut now_mapped = vec![false; self.pages()];
        self.read_pagemap("arming", |i, entry| now_mapped[i] = mapped(entry))?;
        self.mapped = now_mapped;
        self.armed = true;
        Ok(())
    }

    fn harvest(&mut self, source: &mut dyn Source) -> Result<Vec<u64>, SyncError> {
        self.check_source(source, "harvesting")?;
        if !self.armed {
            return Err(SyncError::Track {
                operation: "harvesting",
                source: format!(
                    "the soft-dirty tracker of pid {} is not armed (arm it, or re-arm after an error)",
                    self.pid
                )
                .into(),
            });
        }
        let began = Instant::now();
        // Until this harvest completes the stored presence is half old, half new.
        self.armed = false;
        let frozen = self.freeze()?;
        let mut was_mapped = std::mem::take(&mut self.mapped);
        let mut pages = Vec::new();
        let mut result = self.read_pagemap("harvesting", |i, entry| {
            if dirty(entry, was_mapped[i]) {
                pages.push(i as u64);
            }
            was_mapped[i] = mapped(entry);
        });
        if result.is_ok() {
            result = self.clear("harvesting");
        }
        self.mapped = was_mapped;
        if frozen {
            let resumed = cont(self.pid).map_err(|source| SyncError::Track { operation: "harvesting", source });
            result = result.and(resumed);
        }
        self.last_cost = began.elapsed();
        result?;
        self.armed = true;
        Ok(pages)
    }

    /// Counts without clearing: one `pagemap` read of the range (about 12 ms per GiB).
    fn dirty_count(&mut self, source: &mut dyn Source) -> Result<Option<u64>, SyncError> {
        self.check_source(source, "counting dirty pages")?;
        if !self.armed {
            return Ok(None);
        }
        let mut count = 0;
        self.read_pagemap("counting dirty pages", |i, entry| count += u64::from(dirty(entry, self.mapped[i])))?;
        Ok(Some(count))
    }

    /// The wall time the last harvest took (read, clear, and the freeze if any). Charging it
    /// through a wall-time source's `advance` does nothing, so it is never counted twice; it
    /// tells the engine what the harvest under the pause will add to it.
    fn harvest_cost(&self) -> Duration {
        self.last_cost
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sync::virt::{Memory, StillSource};

    const PAGE: u64 = 4096;
    const PID: u32 = 4242;
    /// Page 16 of the fake address space: block i is pagemap entry 16 + i.
    const START: u64 = 16 * PAGE;

    /// A `/proc` with one process whose pagemap is a plain file the test writes.
    struct FakeProc {
        root: tempfile::TempDir,
    }

    impl FakeProc {
        fn new() -> Self {
            let root = tempfile::tempdir().unwrap();
            let dir = root.path().join(PID.to_string());
            std::fs::create_dir(&dir).unwrap();
            std::fs::write(dir.join("clear_refs"), b"").unwrap();
            std::fs::write(dir.join("pagemap"), vec![0u8; 64 * 8]).unwrap();
            Self { root }
        }
        fn set(&self, block: u64, entry: u64) {
            let f = OpenOptions::new().write(true).open(self.root.path().join(format!("{PID}/pagemap"))).unwrap();
            f.write_all_at(&entry.to_ne_bytes(), (START / PAGE + block) * 8).unwrap();
        }
        fn clears(&self) -> String {
            std::fs::read_to_string(self.root.path().join(format!("{PID}/clear_refs"))).unwrap()
        }
        fn tracker(&self, len: u64) -> Result<SoftDirtyTracker, SyncError> {
            SoftDirtyTracker::open(self.root.path(), PID, START, len, PAGE)
        }
    }

    #[test]
    fn harvest_reports_soft_dirty_and_dropped_pages_relative_to_start_and_rearms() {
        let proc = FakeProc::new();
        let len = 10 * PAGE + 100; // 11 blocks, the last one partial
        let mut src = StillSource(Memory::Phantom(len));
        for b in 0..11 {
            proc.set(b, PM_PRESENT);
        }
        proc.set(7, PM_SWAPPED);
        proc.set(9, 0); // never touched
        let mut t = proc.tracker(len).unwrap();
        assert_eq!(t.block_bytes(), PAGE);
        assert!(matches!(t.harvest(&mut src), Err(SyncError::Track { operation: "harvesting", .. })));
        t.arm(&mut src).unwrap();
        assert_eq!(proc.clears(), "4");

        proc.set(2, PM_PRESENT | PM_SOFT_DIRTY);
        proc.set(7, PM_SWAPPED | PM_SOFT_DIRTY); // written, then swapped out
        proc.set(10, PM_PRESENT | PM_SOFT_DIRTY); // the partial last page
        proc.set(4, 0); // MADV_DONTNEED: gone, bit lost with it
        proc.set(9, PM_PRESENT); // read fault on a zero page: not a change
        assert_eq!(t.dirty_count(&mut src).unwrap(), Some(4));
        assert_eq!(proc.clears(), "4", "counting must not clear");
        assert_eq!(t.harvest(&mut src).unwrap(), vec![2, 4, 7, 10]);
        assert_eq!(proc.clears(), "44", "a harvest re-arms");

        // The kernel cleared the bits; page 4 stays absent and is not reported again.
        for b in [2, 10] {
            proc.set(b, PM_PRESENT);
        }
        proc.set(7, PM_SWAPPED);
        assert_eq!(t.harvest(&mut src).unwrap(), Vec::<u64>::new());
        proc.set(0, PM_PRESENT | PM_SOFT_DIRTY);
        assert_eq!(t.harvest(&mut src).unwrap(), vec![0]);
        assert_eq!(proc.clears(), "4444");
    }

    #[test]
    fn bad_ranges_and_sources_are_refused() {
        let proc = FakeProc::new();
        assert!(matches!(
            SoftDirtyTracker::open(proc.root.path(), PID, START + 1, PAGE, PAGE),
            Err(SyncError::Parameters(_))
        ));
        assert!(matches!(proc.tracker(0), Err(SyncError::Parameters(_))));
        let mut t = proc.tracker(4 * PAGE).unwrap();
        let e = t.arm(&mut StillSource(Memory::Phantom(5 * PAGE))).unwrap_err();
        assert!(matches!(e, SyncError::Track { operation: "arming", .. }), "{e:?}");
        assert!(matches!(SoftDirtyTracker::new(0, 0, PAGE), Err(SyncError::Parameters(_))));
        assert!(matches!(ProcessSource::new(u32::MAX, 0, PAGE), Err(SyncError::Parameters(_))));
    }

    #[test]
    fn page_size_comes_from_the_auxiliary_vector() {
        let page = page_size().unwrap();
        assert!(page >= 4096 && page.is_power_of_two(), "{page}");
    }

    #[test]
    fn thread_states_of_this_process_are_running() {
        let states = thread_states(Path::new("/proc"), std::process::id()).unwrap();
        assert!(!states.is_empty());
        assert!(!all_stopped(&states), "{states:?}");
    }
}
