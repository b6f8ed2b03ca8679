//! The TCP standby over loopback: full sessions, disconnects on either side, and every kind of
//! bad input the protocol promises to refuse without writing anything.

use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use ftsync::error_chain as chain;
use ftsync::sync::standby::wire::{self, Kind};
use ftsync::sync::standby::{
    serve_with, FileStore, FileTarget, MemoryStore, MemoryTarget, ServeOptions, SessionReport, StandbyOptions,
    StandbyStore, StandbyTarget,
};
use ftsync::sync::{SyncError, Target};
use zerocopy::IntoBytes;

const WAIT: Duration = Duration::from_secs(5);

/// Deterministic bytes: per 64 KiB block, random (incompressible), zeros, or text-like
/// (compressible), so one session exercises raw, compressed and skipped blocks.
fn pattern(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut v = vec![0u8; len];
    for (i, block) in v.chunks_mut(64 << 10).enumerate() {
        match i % 3 {
            0 => block.iter_mut().for_each(|b| *b = next() as u8),
            1 => {}
            _ => {
                let words = [&b"sync "[..], b"dirty ", b"block ", b"epoch ", b"standby "];
                let mut at = 0;
                while at < block.len() {
                    let w = words[(next() % 5) as usize];
                    let n = w.len().min(block.len() - at);
                    block[at..at + n].copy_from_slice(&w[..n]);
                    at += n;
                }
            }
        }
    }
    v
}

fn options(compress: bool) -> StandbyOptions {
    StandbyOptions { compress, timeout: Some(WAIT) }
}

/// Session outcomes as the server saw them: the report and, if it failed, the error text.
type Outcome = (SessionReport, Option<String>);

fn spawn_server(store: impl StandbyStore + Send + 'static) -> (SocketAddr, Receiver<Outcome>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let options = ServeOptions { idle_timeout: Some(WAIT) };
        let _ = serve_with(listener, store, &options, |r| {
            let _ = tx.send(match r {
                Ok(report) => (report.clone(), None),
                Err(e) => (e.report.clone(), Some(chain(e))),
            });
        });
    });
    (addr, rx)
}

fn session_end(rx: &Receiver<Outcome>) -> Outcome {
    rx.recv_timeout(WAIT).expect("the standby ended no session within 5 s")
}

/// Copies `data` the way the engine does against a pre-cleared standby: block by block,
/// zero blocks skipped.
fn copy_all(t: &mut dyn Target, data: &[u8], block: usize) -> Result<(), SyncError> {
    for (i, b) in data.chunks(block).enumerate() {
        if !(t.pre_cleared() && b.iter().all(|&x| x == 0)) {
            t.write((i * block) as u64, b)?;
        }
    }
    Ok(())
}

/// A client that speaks the protocol frame by frame, to send what `StandbyTarget` never would.
struct Raw {
    s: TcpStream,
    payload: Vec<u8>,
}

impl Raw {
    fn connect(addr: SocketAddr) -> Raw {
        let s = TcpStream::connect(addr).unwrap();
        s.set_read_timeout(Some(WAIT)).unwrap();
        s.set_nodelay(true).unwrap();
        Raw { s, payload: Vec::new() }
    }

    fn frame(kind: Kind, flags: u8, parts: &[&[u8]]) -> Vec<u8> {
        let mut out = Vec::new();
        wire::encode_frame(&mut out, kind, flags, parts);
        out
    }

    fn send(&mut self, bytes: &[u8]) {
        self.s.write_all(bytes).unwrap();
    }

    fn recv(&mut self) -> Option<Kind> {
        wire::read_frame(&mut self.s, &mut self.payload).unwrap().map(|(k, _)| k)
    }

    fn hello_with(&mut self, version: u32, len: u64) -> wire::Hello {
        let h = wire::Hello { magic: wire::MAGIC, version: version.into(), flags: 0.into(), len: len.into() };
        self.send(&Raw::frame(Kind::Hello, 0, &[h.as_bytes()]));
        assert_eq!(self.recv(), Some(Kind::HelloAck));
        zerocopy::FromBytes::read_from_bytes(&self.payload).unwrap()
    }

    fn hello(&mut self, len: u64) {
        let ack = self.hello_with(wire::VERSION, len);
        assert_eq!(ack.len.get(), len);
    }

    fn write(&mut self, offset: u64, data: &[u8]) -> Vec<u8> {
        Raw::frame(Kind::Write, 0, &[wire::Extent::new(offset, data.len()).as_bytes(), data])
    }

    /// The Error frame the standby sends before closing.
    fn error_text(&mut self) -> String {
        assert_eq!(self.recv(), Some(Kind::Error), "the standby should say why it ends the session");
        String::from_utf8(self.payload.clone()).unwrap()
    }
}

/// A standby that answers the Hello like a real one, then runs `then` on the connection.
fn fake_standby(then: impl FnOnce(TcpStream) + Send + 'static) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    thread::spawn(move || {
        let (s, _) = listener.accept().unwrap();
        then(s);
    });
    addr
}

fn answer_hello(s: &mut TcpStream, version: u32) {
    s.set_read_timeout(Some(WAIT)).unwrap();
    let mut payload = Vec::new();
    assert_eq!(wire::read_frame(s, &mut payload).unwrap(), Some((Kind::Hello, 0)));
    let hello: wire::Hello = zerocopy::FromBytes::read_from_bytes(&payload).unwrap();
    let ack = wire::Hello {
        magic: wire::MAGIC,
        version: version.into(),
        flags: wire::HELLO_PRE_CLEARED.into(),
        len: hello.len,
    };
    s.write_all(&Raw::frame(Kind::HelloAck, 0, &[ack.as_bytes()])).unwrap();
}

#[test]
fn full_session_leaves_a_byte_identical_consistent_image() {
    let t0 = Instant::now();
    let store = MemoryStore::new();
    let (addr, ended) = spawn_server(store.clone());
    let data = pattern(4 << 20, 7);
    let context = b"pc=0x8000_1234 regs...".to_vec();

    for compress in [true, false] {
        let mut t = StandbyTarget::connect_with(addr, data.len() as u64, options(compress)).unwrap();
        assert!(t.pre_cleared(), "a fresh in-memory standby is pre-cleared");
        assert_eq!(t.len(), data.len() as u64);
        copy_all(&mut t, &data, 64 << 10).unwrap();
        // One unaligned write spanning two blocks, and one larger than a frame's chunk.
        t.write(3 * (64 << 10) - 100, &data[3 * (64 << 10) - 100..3 * (64 << 10) + 100]).unwrap();
        t.write(1 << 20, &data[1 << 20..(1 << 20) + (3 << 20) / 2]).unwrap();
        t.set_context(&context).unwrap();
        assert!(!store.image().is_consistent(), "nothing is consistent before the commit");
        t.mark_consistent().unwrap();
        {
            let image = store.image();
            assert!(image.is_consistent());
            assert!(image.data() == &data[..], "standby image differs from the source");
            assert_eq!(image.context(), &context[..]);
        }
        let stats = t.stats();
        if compress {
            assert!(stats.compressed_writes > 0 && stats.compressed_writes < stats.writes, "{stats:?}");
            assert!(stats.wire_bytes < stats.bytes, "{stats:?}");
        } else {
            assert_eq!(stats.compressed_writes, 0);
        }
        t.close().unwrap();
        let (report, error) = session_end(&ended);
        assert_eq!(error, None);
        assert!(report.consistent && report.pre_cleared);
        assert_eq!((report.writes, report.bytes, report.commits), (stats.writes, stats.bytes, 1));
        assert_eq!(report.compressed_writes, stats.compressed_writes);
    }
    assert!(t0.elapsed() < Duration::from_secs(1), "{:?}", t0.elapsed());
}

#[test]
fn read_back_returns_what_was_written() {
    let (addr, _ended) = spawn_server(MemoryStore::new());
    let data = pattern(3 << 20, 11);
    let mut t = StandbyTarget::connect_with(addr, data.len() as u64, options(true)).unwrap();
    let mut buf = vec![0xEEu8; 4096];
    t.read(12345, &mut buf).unwrap();
    assert!(buf.iter().all(|&b| b == 0), "a pre-cleared standby reads zeros");

    copy_all(&mut t, &data, 4096).unwrap();
    // Reads are round trips: they see every write queued before them.
    for (offset, len) in [(0, 1), (4095, 2), ((1 << 20) - 5, (2 << 20) + 5), (0, 3 << 20)] {
        let mut buf = vec![0u8; len];
        t.read(offset as u64, &mut buf).unwrap();
        assert!(buf == data[offset..offset + len], "read of {len} bytes at {offset:#x} differs");
    }
    let e = t.read((3 << 20) - 1, &mut [0u8; 2]).unwrap_err();
    assert!(chain(&e).contains("runs past the end"), "{}", chain(&e));
    t.write(0, b"still usable after a refused read").unwrap();
    t.mark_consistent().unwrap();
}

#[test]
fn file_store_keeps_a_sparse_image_and_its_state() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("standby.img");
    let (addr, ended) = spawn_server(FileStore::new(&path));
    let len = 16u64 << 20;

    let mut t = StandbyTarget::connect_with(addr, len, options(false)).unwrap();
    assert!(t.pre_cleared());
    assert!(!FileTarget::read_state(&path).unwrap().consistent);
    t.write(4096, b"hello").unwrap();
    t.write(len - 3, b"end").unwrap();
    t.set_context(b"ctx").unwrap();
    t.mark_consistent().unwrap();
    let state = FileTarget::read_state(&path).unwrap();
    assert_eq!(state, ftsync::sync::standby::ImageState { consistent: true, len, context: b"ctx".to_vec() });
    let image = std::fs::read(&path).unwrap();
    assert_eq!(image.len() as u64, len);
    assert_eq!(&image[4096..4101], b"hello");
    assert_eq!(&image[len as usize - 3..], b"end");
    assert!(image[..4096].iter().chain(&image[4101..len as usize - 3]).all(|&b| b == 0));
    let meta = std::fs::metadata(&path).unwrap();
    assert!(meta.blocks() * 512 < len / 4, "image should be sparse: {} blocks", meta.blocks());
    t.close().unwrap();
    assert_eq!(session_end(&ended).1, None);

    // A session that dies mid-sync leaves the file marked incomplete.
    let mut raw = Raw::connect(addr);
    raw.hello(len);
    assert!(!FileTarget::read_state(&path).unwrap().consistent, "the Hello marks the image incomplete");
    let w = raw.write(0, &[1u8; 8192]);
    raw.send(&w);
    drop(raw);
    let (report, error) = session_end(&ended);
    assert!(!report.consistent);
    assert!(error.unwrap().contains("closed"));
    assert!(!FileTarget::read_state(&path).unwrap().consistent);
}

#[test]
fn a_client_dropped_mid_sync_leaves_the_image_incomplete_and_the_standby_serves_on() {
    let store = MemoryStore::new();
    let (addr, ended) = spawn_server(store.clone());
    let data = pattern(1 << 20, 3);

    // Committed, then written again, then the connection dies: incomplete.
    let mut raw = Raw::connect(addr);
    raw.hello(data.len() as u64);
    let w = raw.write(0, &data[..65536]);
    raw.send(&w);
    let commit = wire::Commit { writes: 1.into(), bytes: 65536.into() };
    raw.send(&Raw::frame(Kind::Commit, 0, &[commit.as_bytes()]));
    assert_eq!(raw.recv(), Some(Kind::CommitAck));
    assert!(store.image().is_consistent());
    let w = raw.write(65536, &data[65536..131072]);
    raw.send(&w);
    raw.s.shutdown(Shutdown::Both).unwrap();
    drop(raw);
    let (report, error) = session_end(&ended);
    assert_eq!((report.writes, report.commits, report.consistent), (2, 1, false));
    let error = error.expect("a session without Bye is an error");
    assert!(error.contains("closed the connection") && error.contains("INCOMPLETE"), "{error}");
    assert!(!store.image().is_consistent());

    // Killed in the middle of a frame.
    let mut raw = Raw::connect(addr);
    raw.hello(data.len() as u64);
    let w = raw.write(0, &data[..65536]);
    raw.send(&w[..1000]);
    drop(raw);
    let (_, error) = session_end(&ended);
    assert!(error.unwrap().contains("truncated frame"));
    assert!(!store.image().is_consistent());

    // The next active side gets a working standby.
    let mut t = StandbyTarget::connect_with(addr, data.len() as u64, options(true)).unwrap();
    copy_all(&mut t, &data, 16384).unwrap();
    t.mark_consistent().unwrap();
    drop(t);
    assert_eq!(session_end(&ended).1, None);
    assert!(store.image().is_consistent() && store.image().data() == &data[..]);
}

#[test]
fn the_active_side_reports_standby_lost_when_the_standby_goes_away() {
    let t0 = Instant::now();
    // A standby that takes the Hello and ten frames, then vanishes with data unread.
    let addr = fake_standby(|mut s| {
        answer_hello(&mut s, wire::VERSION);
        let mut payload = Vec::new();
        for _ in 0..10 {
            wire::read_frame(&mut s, &mut payload).unwrap();
        }
    });
    let mut t = StandbyTarget::connect_with(addr, 1 << 30, options(false)).unwrap();
    let block = vec![0x5Au8; 64 << 10];
    let mut first = None;
    for i in 0..1024u64 {
        if let Err(e) = t.write(i * block.len() as u64, &block) {
            first = Some(e);
            break;
        }
    }
    let e = first.expect("64 MiB written into a closed connection without an error");
    assert!(matches!(e, SyncError::StandbyLost { operation: "writing", .. }), "{e:?}");
    let msg = chain(&e);
    assert!(msg.contains("the standby went away during writing; the target is incomplete"), "{msg}");
    assert!(msg.contains("closed the connection") || msg.contains("reset") || msg.contains("Broken pipe"), "{msg}");
    // Every later call says so too, naming itself.
    let e = t.mark_consistent().unwrap_err();
    assert!(matches!(e, SyncError::StandbyLost { operation: "the commit", .. }), "{e:?}");
    assert!(matches!(t.read(0, &mut [0u8; 16]), Err(SyncError::StandbyLost { operation: "reading back", .. })));
    assert!(matches!(t.set_context(b"x"), Err(SyncError::StandbyLost { .. })));
    assert!(t0.elapsed() < Duration::from_secs(1), "{:?}", t0.elapsed());
}

#[test]
fn a_standby_that_closes_before_answering_the_commit_is_lost() {
    let addr = fake_standby(|mut s| {
        answer_hello(&mut s, wire::VERSION);
        let mut payload = Vec::new();
        while let Ok(Some((kind, _))) = wire::read_frame(&mut s, &mut payload) {
            if kind == Kind::Commit {
                return;
            }
        }
    });
    let mut t = StandbyTarget::connect_with(addr, 1 << 20, options(false)).unwrap();
    t.write(0, &[1u8; 4096]).unwrap();
    let e = t.mark_consistent().unwrap_err();
    assert!(matches!(e, SyncError::StandbyLost { operation: "the commit", .. }), "{e:?}");
    assert!(chain(&e).contains("the peer closed the connection"), "{}", chain(&e));
}

/// An image whose disk fills up after a few writes.
struct FullDisk {
    image: MemoryTarget,
    writes_left: u32,
}

impl Target for FullDisk {
    fn len(&self) -> u64 {
        self.image.len()
    }
    fn write(&mut self, offset: u64, data: &[u8]) -> Result<(), SyncError> {
        if self.writes_left == 0 {
            return Err(SyncError::WriteTarget { offset, source: "No space left on device (test)".into() });
        }
        self.writes_left -= 1;
        self.image.write(offset, data)
    }
    fn read(&mut self, offset: u64, buf: &mut [u8]) -> Result<(), SyncError> {
        self.image.read(offset, buf)
    }
    fn set_context(&mut self, context: &[u8]) -> Result<(), SyncError> {
        self.image.set_context(context)
    }
    fn mark_consistent(&mut self) -> Result<(), SyncError> {
        self.image.mark_consistent()
    }
}

impl StandbyStore for FullDisk {
    fn begin(&mut self, len: u64) -> Result<&mut dyn Target, SyncError> {
        self.image = MemoryTarget::zeroed(len)?;
        Ok(self)
    }
}

#[test]
fn a_failing_standby_store_reaches_the_active_side_with_its_reason() {
    let (addr, ended) = spawn_server(FullDisk { image: MemoryTarget::default(), writes_left: 20 });
    let mut t = StandbyTarget::connect_with(addr, 64 << 20, options(false)).unwrap();
    let block = vec![3u8; 64 << 10];
    let mut result = Ok(());
    for i in 0..1000u64 {
        result = t.write(i * block.len() as u64, &block);
        if result.is_err() {
            break;
        }
    }
    let e = result.and_then(|()| t.mark_consistent()).unwrap_err();
    let msg = chain(&e);
    assert!(matches!(e, SyncError::StandbyLost { .. }), "{e:?}");
    assert!(msg.contains("the standby reported") && msg.contains("No space left on device (test)"), "{msg}");
    let (report, error) = session_end(&ended);
    assert!(!report.consistent);
    assert!(error.unwrap().contains("No space left on device (test)"));
}

#[test]
fn version_mismatch_is_reported_on_both_sides() {
    // A newer standby.
    let addr = fake_standby(|mut s| answer_hello(&mut s, 2));
    let e = StandbyTarget::connect(addr, 1 << 20).unwrap_err();
    assert!(matches!(e, SyncError::ProtocolVersion { found: 2, supported: 1 }), "{e:?}");
    assert_eq!(e.to_string(), "the standby speaks protocol version 2, this side 1");

    // A newer active side: the standby answers in its own version and touches no image.
    let store = MemoryStore::new();
    let (addr, ended) = spawn_server(store.clone());
    let mut raw = Raw::connect(addr);
    let ack = raw.hello_with(2, 1 << 20);
    assert_eq!(ack.version.get(), wire::VERSION);
    assert_eq!(raw.recv(), None, "the standby closes after answering");
    drop(raw);
    let (report, error) = session_end(&ended);
    let error = error.unwrap();
    assert!(
        error.contains("the peer speaks protocol version 2, this side 1") && error.contains("image untouched"),
        "{error}"
    );
    assert!(!report.began);
    assert_eq!(store.image().len(), 0);
}

#[test]
fn garbage_is_refused_with_a_clear_error() {
    // Something that is not an active side talks to the standby.
    let (addr, ended) = spawn_server(MemoryStore::new());
    let mut raw = Raw::connect(addr);
    raw.send(b"GET / HTTP/1.1\r\nHost: standby\r\n\r\n");
    let text = raw.error_text();
    assert!(text.contains("frame header checksum mismatch") && text.contains("GET / HTTP/1.1"), "{text}");
    drop(raw);
    let (_, error) = session_end(&ended);
    assert!(error.unwrap().contains("does not speak the ftsync standby protocol"));

    // A well-framed Hello with the wrong magic.
    let mut raw = Raw::connect(addr);
    let h = wire::Hello { magic: *b"NOTSYNC1", version: 1.into(), flags: 0.into(), len: 4096.into() };
    raw.send(&Raw::frame(Kind::Hello, 0, &[h.as_bytes()]));
    let text = raw.error_text();
    assert!(text.contains("bad magic \"NOTSYNC1\""), "{text}");
    drop(raw);
    session_end(&ended);

    // The active side reaches something that is not a standby.
    let addr = fake_standby(|mut s| {
        let _ = s.write_all(b"SSH-2.0-OpenSSH_9.2p1 Debian\r\n");
        let _ = s.read(&mut [0u8; 64]);
    });
    let e = StandbyTarget::connect_with(addr, 1 << 20, options(false)).unwrap_err();
    let msg = chain(&e);
    assert!(matches!(e, SyncError::StandbyLost { operation: "the hello", .. }), "{e:?}");
    assert!(msg.contains("frame header checksum mismatch") && msg.contains("SSH-2.0-"), "{msg}");
}

/// Runs one raw session against a fresh standby: Hello, one good write, then `bad`. Returns
/// the standby's Error text and its image.
fn refused(bad: impl FnOnce(&mut Raw)) -> (String, String, MemoryTarget) {
    let store = MemoryStore::new();
    let (addr, ended) = spawn_server(store.clone());
    let mut raw = Raw::connect(addr);
    raw.hello(1 << 20);
    let w = raw.write(0, b"good");
    raw.send(&w);
    bad(&mut raw);
    let text = raw.error_text();
    // The standby waits (briefly) for the active side to close first; a real one does at once.
    drop(raw);
    let (report, error) = session_end(&ended);
    assert!(!report.consistent);
    let image = store.image().clone();
    assert!(!image.is_consistent());
    assert_eq!(&image.data()[..4], b"good", "the frame before the bad one is applied");
    (text, error.unwrap(), image)
}

fn untouched_after(image: &MemoryTarget, from: usize) -> bool {
    image.data()[from..].iter().all(|&b| b == 0)
}

#[test]
fn a_bad_payload_checksum_writes_nothing() {
    let (text, error, image) = refused(|raw| {
        let mut w = raw.write(4096, &[0xAB; 4096]);
        w[wire::HEADER_LEN + 16 + 100] ^= 0x01;
        raw.send(&w);
    });
    assert!(text.contains("Write frame payload checksum mismatch"), "{text}");
    assert!(error.contains("Write frame payload checksum mismatch") && error.contains("INCOMPLETE"), "{error}");
    assert!(untouched_after(&image, 4));
}

#[test]
fn a_truncated_frame_writes_nothing() {
    let store = MemoryStore::new();
    let (addr, ended) = spawn_server(store.clone());
    let mut raw = Raw::connect(addr);
    raw.hello(1 << 20);
    let w = raw.write(0, &[0xCD; 4096]);
    raw.send(&w[..wire::HEADER_LEN + 100]);
    raw.s.shutdown(Shutdown::Write).unwrap();
    let (_, error) = session_end(&ended);
    let error = error.unwrap();
    assert!(error.contains("the connection ended 100 of 4112 bytes into a Write payload: truncated frame"), "{error}");
    assert!(untouched_after(&store.image(), 0));
    assert!(!store.image().is_consistent());

    // A header cut short.
    let mut raw = Raw::connect(addr);
    raw.send(&w[..7]);
    raw.s.shutdown(Shutdown::Write).unwrap();
    let error = session_end(&ended).1.unwrap();
    assert!(error.contains("7 of 16 bytes into a frame header"), "{error}");
}

#[test]
fn unknown_types_flags_and_malformed_frames_are_refused() {
    let (text, _, image) = refused(|raw| {
        let payload = [9u8; 32];
        let h = wire::FrameHeader::new(0x42, 0, &[&payload]);
        raw.send(h.as_bytes());
        raw.send(&payload);
    });
    assert!(text.contains("unknown frame type 66"), "{text}");
    assert!(untouched_after(&image, 4));

    let (text, _, image) =
        refused(|raw| raw.send(&Raw::frame(Kind::Write, 0x80, &[wire::Extent::new(8, 4).as_bytes(), b"flag"])));
    assert!(text.contains("malformed Write frame: unknown flags 0x80"), "{text}");
    assert!(untouched_after(&image, 4));

    let (text, _, image) = refused(|raw| {
        let w = raw.write((1 << 20) - 10, &[7u8; 4096]);
        raw.send(&w);
    });
    assert!(text.contains("write of 4096 bytes at 0xffff6 runs past the end of the 1048576-byte image"), "{text}");
    assert!(untouched_after(&image, 4));

    let (text, _, image) =
        refused(|raw| raw.send(&Raw::frame(Kind::Write, 0, &[wire::Extent::new(8, 100).as_bytes(), &[1u8; 50]])));
    assert!(text.contains("the extent says 100 bytes, the payload carries 50"), "{text}");
    assert!(untouched_after(&image, 4));

    // Compressed data whose size prefix lies, and a block that does not decode.
    let (text, _, image) = refused(|raw| {
        let block = lz4_flex::block::compress_prepend_size(&[5u8; 4096]);
        raw.send(&Raw::frame(Kind::Write, wire::FLAG_COMPRESSED, &[wire::Extent::new(8, 2048).as_bytes(), &block]));
    });
    assert!(text.contains("lz4 size prefix says 4096 bytes, the extent 2048"), "{text}");
    assert!(untouched_after(&image, 4));
    let (text, _, image) = refused(|raw| {
        let mut block = lz4_flex::block::compress_prepend_size(&pattern(4096, 5));
        let n = block.len();
        block.truncate(n - 20);
        raw.send(&Raw::frame(Kind::Write, wire::FLAG_COMPRESSED, &[wire::Extent::new(8, 4096).as_bytes(), &block]));
    });
    assert!(text.contains("lz4 block does not decode"), "{text}");
    assert!(untouched_after(&image, 4));

    // A Commit that does not match what arrived is never acknowledged.
    let (text, _, _) = refused(|raw| {
        let c = wire::Commit { writes: 2.into(), bytes: 8.into() };
        raw.send(&Raw::frame(Kind::Commit, 0, &[c.as_bytes()]));
    });
    assert!(
        text.contains(
            "commit refused: the active side sent 2 writes (8 bytes) since the Hello, the standby received 1 (4 bytes)"
        ),
        "{text}"
    );

    // A frame the active side never sends.
    let (text, _, _) = refused(|raw| raw.send(&Raw::frame(Kind::Data, 0, &[wire::Extent::new(0, 0).as_bytes()])));
    assert!(text.contains("unexpected Data frame from the active side"), "{text}");
}

#[test]
fn a_standby_of_another_size_refuses_the_session() {
    let (addr, ended) = spawn_server(MemoryStore::new().expecting(4096));
    let e = StandbyTarget::connect_with(addr, 8192, options(false)).unwrap_err();
    let msg = chain(&e);
    assert!(matches!(e, SyncError::StandbyLost { operation: "the hello", .. }), "{e:?}");
    assert!(msg.contains("this standby holds a 4096-byte image; the active side offered 8192 bytes"), "{msg}");
    session_end(&ended);
}

#[test]
fn a_keeping_store_is_not_pre_cleared_once_written() {
    let store = MemoryStore::keeping();
    let (addr, ended) = spawn_server(store.clone());
    let mut t = StandbyTarget::connect(addr, 8192).unwrap();
    assert!(t.pre_cleared());
    t.write(0, b"old").unwrap();
    t.mark_consistent().unwrap();
    drop(t);
    session_end(&ended);
    let mut t = StandbyTarget::connect(addr, 8192).unwrap();
    assert!(!t.pre_cleared(), "the image still holds the last session's data");
    assert!(!store.image().is_consistent(), "a new session marks the image incomplete at once");
    let mut buf = [0u8; 3];
    t.read(0, &mut buf).unwrap();
    assert_eq!(&buf, b"old");
}

#[test]
fn memory_and_file_targets_are_consistent_only_when_marked() {
    let mut m = MemoryTarget::zeroed(8192).unwrap();
    assert!(m.pre_cleared() && !m.is_consistent());
    m.write(10, b"abc").unwrap();
    m.set_context(b"ctx").unwrap();
    m.mark_consistent().unwrap();
    assert!(m.is_consistent());
    m.write(0, b"x").unwrap();
    assert!(!m.is_consistent(), "a write after the commit makes the image incomplete again");
    let e = m.write(8190, b"abc").unwrap_err();
    assert!(matches!(e, SyncError::WriteTarget { offset: 8190, .. }), "{e:?}");
    assert!(!MemoryTarget::from_image(vec![1; 16]).pre_cleared());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("image.bin");
    let mut f = FileTarget::create(&path, 1 << 20).unwrap();
    assert!(f.pre_cleared() && !f.is_consistent());
    assert!(!FileTarget::read_state(&path).unwrap().consistent);
    f.write(100, b"data").unwrap();
    f.set_context(b"registers").unwrap();
    assert!(!FileTarget::read_state(&path).unwrap().consistent);
    f.mark_consistent().unwrap();
    assert!(f.is_consistent());
    drop(f);
    let state_file = std::fs::read(FileTarget::state_path(&path)).unwrap();
    assert!(state_file.starts_with(b"FTSIMG01CONSISTENT\n"), "readable with head: {:?}", &state_file[..20]);

    // Reopened: consistent, with its context, until it is changed.
    let mut f = FileTarget::open(&path).unwrap();
    assert!(f.is_consistent() && !f.pre_cleared());
    assert_eq!(f.context(), b"registers");
    let mut buf = [0u8; 4];
    f.read(100, &mut buf).unwrap();
    assert_eq!(&buf, b"data");
    assert!(FileTarget::read_state(&path).unwrap().consistent, "reading keeps it consistent");
    f.write(0, b"new").unwrap();
    assert!(!f.is_consistent() && !FileTarget::read_state(&path).unwrap().consistent);

    // A damaged sidecar is an error, not a consistent image.
    let state = FileTarget::state_path(&path);
    let mut bytes = std::fs::read(&state).unwrap();
    bytes[30] ^= 1;
    std::fs::write(&state, &bytes).unwrap();
    let e = FileTarget::read_state(&path).unwrap_err();
    assert!(chain(&e).contains("header checksum mismatch"), "{}", chain(&e));
    assert!(!FileTarget::open(&path).unwrap().is_consistent());
}
