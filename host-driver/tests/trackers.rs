//! The soft-dirty and checksum trackers, and `ProcessSource`, against a real process (the
//! `ftsync-dirty-child` helper, which writes exactly the pages it is told to) and against an
//! in-memory source.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use ftsync::sync::checksum::{block_checksum, ChecksumTracker};
use ftsync::sync::soft_dirty::{ProcessSource, SoftDirtyTracker};
use ftsync::sync::virt::{Memory, StillSource};
use ftsync::sync::{Source, SyncError, Tracker};

/// The whole `source()` chain of an error, the way a person reads it.
use ftsync::error_chain as chain;

const REPLY: Duration = Duration::from_secs(10);

/// The helper process; killed and reaped on drop, even when stopped.
struct DirtyChild {
    child: Child,
    stdin: ChildStdin,
    lines: mpsc::Receiver<String>,
    addr: u64,
    len: u64,
    page: u64,
}

impl DirtyChild {
    fn spawn() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ftsync-dirty-child"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("spawning ftsync-dirty-child");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let (tx, lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in stdout.lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let ready = lines.recv_timeout(REPLY).expect("the child's ready line");
        let words: Vec<&str> = ready.split_whitespace().collect();
        assert_eq!(words.first(), Some(&"ready"), "{ready}");
        let addr = u64::from_str_radix(words[1].trim_start_matches("0x"), 16).unwrap();
        let (len, page) = (words[2].parse().unwrap(), words[3].parse().unwrap());
        Self { child, stdin, lines, addr, len, page }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn send(&mut self, command: &str) {
        writeln!(self.stdin, "{command}").unwrap();
        self.stdin.flush().unwrap();
    }

    fn reply(&self, within: Duration) -> Option<String> {
        self.lines.recv_timeout(within).ok()
    }

    fn ask(&mut self, command: &str) -> String {
        self.send(command);
        self.reply(REPLY).unwrap_or_else(|| panic!("no answer from the child to {command:?}"))
    }

    fn source(&self) -> ProcessSource {
        ProcessSource::new(self.pid(), self.addr, self.len).unwrap_or_else(|e| panic!("{}", chain(&e)))
    }

    fn page_bytes(&self, src: &mut ProcessSource, page: u64) -> Vec<u8> {
        let mut buf = vec![0u8; self.page as usize];
        src.read(page * self.page, &mut buf).unwrap_or_else(|e| panic!("{}", chain(&e)));
        buf
    }
}

impl Drop for DirtyChild {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn pages(list: &[std::ops::Range<u64>]) -> Vec<u64> {
    list.iter().flat_map(|r| r.clone()).collect()
}

fn all(bytes: &[u8], value: u8) -> bool {
    bytes.iter().all(|&b| b == value)
}

/// The running kernel's own configuration says soft-dirty bits are compiled out.
fn kernel_lacks_soft_dirty() -> bool {
    std::process::Command::new("zcat").arg("/proc/config.gz").output().is_ok_and(|o| {
        o.status.success() && String::from_utf8_lossy(&o.stdout).contains("# CONFIG_MEM_SOFT_DIRTY is not set")
    })
}

#[test]
fn soft_dirty_reports_exactly_the_pages_a_real_process_writes() {
    let mut child = DirtyChild::spawn();
    let mut src = child.source();
    let tracker = SoftDirtyTracker::new(child.pid(), child.addr, child.len);
    // A kernel built without soft-dirty bits (the kernel says so in its own config) must be
    // refused with a reason that names the option; every other kernel must track exactly.
    if kernel_lacks_soft_dirty() {
        let e = chain(&tracker.err().expect("a kernel without CONFIG_MEM_SOFT_DIRTY must be refused"));
        assert!(e.contains("CONFIG_MEM_SOFT_DIRTY") && e.contains("not supported"), "{e}");
        return;
    }
    let mut tracker =
        tracker.unwrap_or_else(|e| panic!("soft-dirty tracking does not work on this machine: {}", chain(&e)));
    assert_eq!(tracker.block_bytes(), child.page);

    tracker.arm(&mut src).unwrap();
    assert_eq!(tracker.harvest(&mut src).unwrap(), Vec::<u64>::new(), "nothing written since arm");
    assert_eq!(child.ask("fill 0xA5 3 17 100..110"), "ok 12");
    assert_eq!(tracker.dirty_count(&mut src).unwrap(), Some(12));
    assert_eq!(tracker.harvest(&mut src).unwrap(), pages(&[3..4, 17..18, 100..110]));
    assert!(tracker.harvest_cost() > Duration::ZERO);

    // Second round: only what was written since the harvest, old pages included only if
    // written again.
    assert_eq!(child.ask("fill 0x5A 5 17 2000..2048"), "ok 50");
    assert_eq!(tracker.harvest(&mut src).unwrap(), pages(&[5..6, 17..18, 2000..2048]));
    assert_eq!(tracker.harvest(&mut src).unwrap(), Vec::<u64>::new());

    assert!(all(&child.page_bytes(&mut src, 3), 0xA5));
    assert!(all(&child.page_bytes(&mut src, 17), 0x5A));
    assert!(all(&child.page_bytes(&mut src, 4), 0x11));
    // Reading through /proc/PID/mem is not a write of the process.
    assert_eq!(tracker.harvest(&mut src).unwrap(), Vec::<u64>::new());

    // Re-arming forgets what was written before it.
    assert_eq!(child.ask("fill 1 7"), "ok 1");
    tracker.arm(&mut src).unwrap();
    assert_eq!(child.ask("fill 2 8"), "ok 1");
    assert_eq!(tracker.harvest(&mut src).unwrap(), vec![8]);

    // Harvesting under the engine's pause, and with the tracker's own freeze: the process is
    // left as it was found (stopped, or running).
    let mut tracker = tracker.freeze_during_harvest(true);
    assert_eq!(child.ask("fill 3 9 10"), "ok 2");
    assert_eq!(tracker.harvest(&mut src).unwrap(), vec![9, 10]);
    assert_eq!(child.ask("ping"), "pong");
    assert_eq!(child.ask("fill 4 11"), "ok 1");
    src.pause().unwrap();
    assert_eq!(tracker.harvest(&mut src).unwrap(), vec![11]);
    child.send("ping");
    assert_eq!(child.reply(Duration::from_millis(300)), None, "the harvest resumed a paused process");
    src.resume().unwrap();
    assert_eq!(child.reply(REPLY).as_deref(), Some("pong"));
}

#[test]
fn process_source_reads_pauses_and_resumes_a_real_process() {
    let mut child = DirtyChild::spawn();
    let mut src = child.source();
    assert_eq!(src.len(), child.len);
    assert!(all(&child.page_bytes(&mut src, 3), 0x11));
    assert_eq!(child.ask("fill 0xA5 3"), "ok 1");
    assert!(all(&child.page_bytes(&mut src, 3), 0xA5));
    // A read across page boundaries, ending at the last byte of the range.
    let mut tail = vec![0u8; 3 * child.page as usize];
    src.read(child.len - tail.len() as u64, &mut tail).unwrap();
    assert!(all(&tail, 0x11));
    let e = src.read(child.len - 1, &mut [0u8; 2]).unwrap_err();
    assert!(matches!(e, SyncError::ReadSource { .. }), "{e:?}");

    src.pause().unwrap();
    assert!(src.is_paused());
    let context = String::from_utf8(src.context().unwrap()).unwrap();
    assert!(context.starts_with(&format!("{} (", child.pid())), "{context}");
    assert!(context.contains(") T "), "paused, the process must be stopped: {context}");
    child.send("ping");
    assert_eq!(child.reply(Duration::from_millis(300)), None, "a paused process answered");
    // Paused, the memory is still readable: the foreground copy reads it this way.
    assert!(all(&child.page_bytes(&mut src, 3), 0xA5));
    src.resume().unwrap();
    assert_eq!(child.reply(REPLY).as_deref(), Some("pong"));
    assert_eq!(child.ask("ping"), "pong");

    // A source dropped while paused (an engine error in the foreground) lets the process go.
    src.pause().unwrap();
    drop(src);
    assert_eq!(child.ask("ping"), "pong");
}

#[test]
fn checksum_tracker_over_a_real_process_finds_its_writes() {
    let mut child = DirtyChild::spawn();
    let mut src = child.source();
    let mut tracker = ChecksumTracker::new(child.page, 10_000_000_000).unwrap();
    tracker.arm(&mut src).unwrap();
    assert_eq!(child.ask("fill 0xA5 3 17 100..110"), "ok 12");
    assert_eq!(tracker.harvest(&mut src).unwrap(), pages(&[3..4, 17..18, 100..110]));
    // Filling with the byte already there changes nothing a copy needs.
    assert_eq!(child.ask("fill 0x11 500"), "ok 1");
    assert_eq!(tracker.harvest(&mut src).unwrap(), Vec::<u64>::new());
}

/// A PID with no process: counting down from the kernel's limit finds a free one fast.
fn unused_pid() -> u32 {
    let max: u32 = std::fs::read_to_string("/proc/sys/kernel/pid_max").unwrap().trim().parse().unwrap();
    (2..max).rev().find(|pid| !std::path::Path::new(&format!("/proc/{pid}")).exists()).unwrap()
}

#[test]
fn a_missing_process_is_named_with_its_file() {
    let pid = unused_pid();
    let e = SoftDirtyTracker::new(pid, 0x10000, 4096).unwrap_err();
    let text = chain(&e);
    assert!(matches!(e, SyncError::Track { operation: "attaching", .. }), "{text}");
    assert!(text.contains(&format!("/proc/{pid}/clear_refs")) && text.contains(&format!("pid {pid}")), "{text}");
    assert!(text.contains("no such process"), "{text}");

    let e = ProcessSource::new(pid, 0x10000, 4096).unwrap_err();
    let text = chain(&e);
    assert!(matches!(e, SyncError::Control { .. }), "{text}");
    assert!(text.contains(&format!("/proc/{pid}/mem")) && text.contains(&format!("pid {pid}")), "{text}");
}

#[test]
fn a_process_that_exits_under_the_source_is_named() {
    let mut child = DirtyChild::spawn();
    let pid = child.pid();
    let mut src = child.source();
    child.send("exit");
    child.child.wait().unwrap();

    let e = src.read(0, &mut [0u8; 16]).unwrap_err();
    let text = chain(&e);
    assert!(matches!(e, SyncError::ReadSource { offset: 0, .. }), "{text}");
    assert!(text.contains(&format!("/proc/{pid}/mem")) && text.contains("exited"), "{text}");

    let e = src.pause().unwrap_err();
    let text = chain(&e);
    assert!(matches!(e, SyncError::Control { operation: "pausing", .. }), "{text}");
    assert!(text.contains(&format!("pid {pid}")) && text.contains("exited"), "{text}");
    let e = src.context().unwrap_err();
    assert!(chain(&e).contains(&format!("/proc/{pid}/stat")), "{}", chain(&e));
}

/// A CE memory that changes only when the test says so.

fn patterned(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
}

#[test]
fn checksum_tracker_reports_exactly_the_changed_blocks() {
    const BB: usize = 512;
    // 64 whole blocks and a 100-byte last block.
    let mut src = StillSource(Memory::Bytes(patterned(64 * BB + 100)));
    let mut t = ChecksumTracker::new(BB as u64, 1_000_000_000).unwrap();
    let e = t.harvest(&mut src).unwrap_err();
    assert!(matches!(e, SyncError::Track { operation: "harvesting", .. }), "{e:?}");
    t.arm(&mut src).unwrap();
    assert_eq!(t.checksums().len(), 65);
    assert_eq!(t.checksums()[3], block_checksum(&src.bytes_mut()[3 * BB..4 * BB]));

    src.bytes_mut()[BB] ^= 1; // first byte of block 1
    let b = &mut src.bytes_mut()[6 * BB - 1];
    *b = b.wrapping_add(1); // last byte of block 5
    src.bytes_mut()[64 * BB + 99] ^= 0x80; // last byte of the partial block
    src.bytes_mut()[20 * BB..21 * BB].fill(0); // a whole block
                                               // Block 9 changed and changed back before the harvest: the content is what the first sum
                                               // described, so nothing needs copying (unless the engine copied it in between; see the
                                               // note_copied test).
    src.bytes_mut()[9 * BB + 5] ^= 0xFF;
    src.bytes_mut()[9 * BB + 5] ^= 0xFF;
    assert_eq!(t.harvest(&mut src).unwrap(), vec![1, 5, 20, 64]);
    assert_eq!(t.harvest(&mut src).unwrap(), Vec::<u64>::new(), "the harvest took the new sums");
    src.bytes_mut()[BB] ^= 1; // block 1 back to its armed content: still a change since the last harvest
    assert_eq!(t.harvest(&mut src).unwrap(), vec![1]);

    // Re-arming over a changed source reports nothing until the next change.
    src.bytes_mut()[30 * BB] ^= 1;
    t.arm(&mut src).unwrap();
    assert_eq!(t.harvest(&mut src).unwrap(), Vec::<u64>::new());

    let e = t.harvest(&mut StillSource(Memory::Bytes(vec![0; 10]))).unwrap_err();
    assert!(chain(&e).contains("when armed"), "{}", chain(&e));
}

#[test]
fn checksum_tracker_compares_against_what_was_copied() {
    const BB: usize = 4096;
    let mut src = StillSource(Memory::Bytes(patterned(8 * BB)));
    let mut t = ChecksumTracker::new(BB as u64, 1_000_000_000).unwrap();
    t.arm(&mut src).unwrap();
    // A lock word taken while the engine copies block 3, released afterwards: the target holds
    // the taken lock, so block 3 must be reported although it is back to its armed content.
    let lock = 3 * BB + 64;
    src.bytes_mut()[lock] ^= 1;
    let copied = src.bytes_mut()[2 * BB..5 * BB].to_vec();
    t.note_copied(2 * BB as u64, &copied);
    src.bytes_mut()[lock] ^= 1;
    // Block 6 copied only in part: the target holds a mix, reported whatever the source does.
    t.note_copied(6 * BB as u64 + 10, &src.bytes_mut()[6 * BB + 10..6 * BB + 20]);
    assert_eq!(t.harvest(&mut src).unwrap(), vec![3, 6]);
    assert_eq!(t.harvest(&mut src).unwrap(), Vec::<u64>::new());
}

#[test]
fn checksum_harvest_cost_is_a_full_scan_at_the_scan_bandwidth() {
    let bw = 2_000_000_000; // 2 GB/s
    let mut small = StillSource(Memory::Bytes(vec![0; 1 << 20]));
    let mut large = StillSource(Memory::Bytes(vec![0; 4 << 20]));
    let mut t = ChecksumTracker::new(4096, bw).unwrap();
    assert_eq!(t.harvest_cost(), Duration::ZERO);
    t.arm(&mut small).unwrap();
    t.harvest(&mut small).unwrap();
    let one = t.harvest_cost();
    assert_eq!(one, Duration::from_nanos((1u64 << 20) * 1_000_000_000 / bw));
    t.arm(&mut large).unwrap();
    large.bytes_mut()[12345] = 1; // however few blocks changed, the scan reads them all
    assert_eq!(t.harvest(&mut large).unwrap(), vec![3]);
    assert_eq!(t.harvest_cost(), one * 4);
    assert_eq!(t.scan_cost(4 << 20), one * 4);
}
