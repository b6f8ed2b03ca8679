//! The FIFO channel epoch messages travel on: in-process, or TCP between two hosts.
//!
//! Whatever the transport, the receiving side sees the messages in order and then `Closed`
//! once the sender is gone (dropped, killed, connection lost): seed 003's fault monitor, which
//! delivers the last message sent before it signals the failure.

use super::wire::{read_message, Message};
use super::LockstepError;
use std::io::{BufReader, Write};
use std::net::TcpStream;
use std::sync::mpsc;

/// The primary's end.
pub trait EpochTx {
    fn send(&mut self, message: &Message) -> Result<(), LockstepError>;
}

/// What a receive found.
#[derive(Debug, PartialEq, Eq)]
pub enum Recv {
    Message(Message),
    /// Nothing yet; the sender is alive (non-blocking channels only).
    Empty,
    /// The sender is gone and everything it sent was received.
    Closed,
}

/// The backup's end.
pub trait EpochRx {
    fn recv(&mut self) -> Result<Recv, LockstepError>;
}

/// In-process FIFO: frames go through the wire encoding, so the same bytes as over TCP.
pub struct FifoTx(mpsc::Sender<Vec<u8>>);
pub struct FifoRx(mpsc::Receiver<Vec<u8>>);

/// A connected in-process pair. `recv` never blocks: `Empty` while the sender lives.
pub fn fifo() -> (FifoTx, FifoRx) {
    let (tx, rx) = mpsc::channel();
    (FifoTx(tx), FifoRx(rx))
}

impl EpochTx for FifoTx {
    fn send(&mut self, message: &Message) -> Result<(), LockstepError> {
        self.0
            .send(message.encode())
            .map_err(|_| LockstepError::Link(std::io::Error::other("the backup's end of the FIFO is gone")))
    }
}

impl EpochRx for FifoRx {
    fn recv(&mut self) -> Result<Recv, LockstepError> {
        match self.0.try_recv() {
            Ok(frame) => read_message(&mut &frame[..])?.map_or(Ok(Recv::Closed), |m| Ok(Recv::Message(m))),
            Err(mpsc::TryRecvError::Empty) => Ok(Recv::Empty),
            Err(mpsc::TryRecvError::Disconnected) => Ok(Recv::Closed),
        }
    }
}

/// The primary's end over TCP. Every message is written through at once: a message the
/// primary sent before dying reaches the backup.
pub struct TcpTx(TcpStream);

impl TcpTx {
    pub fn new(stream: TcpStream) -> TcpTx {
        let _ = stream.set_nodelay(true);
        TcpTx(stream)
    }
}

impl EpochTx for TcpTx {
    fn send(&mut self, message: &Message) -> Result<(), LockstepError> {
        self.0.write_all(&message.encode()).map_err(LockstepError::Link)
    }
}

/// The backup's end over TCP; `recv` blocks until a message arrives or the connection ends.
pub struct TcpRx(BufReader<TcpStream>);

impl TcpRx {
    pub fn new(stream: TcpStream) -> TcpRx {
        TcpRx(BufReader::new(stream))
    }
}

impl EpochRx for TcpRx {
    fn recv(&mut self) -> Result<Recv, LockstepError> {
        match read_message(&mut self.0) {
            Ok(Some(m)) => Ok(Recv::Message(m)),
            Ok(None) => Ok(Recv::Closed),
            // A reset connection is a dead primary too.
            Err(LockstepError::Link(e))
                if matches!(e.kind(), std::io::ErrorKind::ConnectionReset | std::io::ErrorKind::ConnectionAborted) =>
            {
                Ok(Recv::Closed)
            }
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::TcpListener;

    #[test]
    fn fifo_delivers_in_order_then_closed() {
        let (mut tx, mut rx) = fifo();
        assert_eq!(rx.recv().unwrap(), Recv::Empty);
        for e in 0..3 {
            tx.send(&Message::Bye { epoch: e }).unwrap();
        }
        drop(tx);
        for e in 0..3 {
            assert_eq!(rx.recv().unwrap(), Recv::Message(Message::Bye { epoch: e }));
        }
        assert_eq!(rx.recv().unwrap(), Recv::Closed);
    }

    #[test]
    fn tcp_delivers_everything_sent_before_the_sender_vanished() {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap();
        let t = std::thread::spawn(move || {
            let mut tx = TcpTx::new(TcpStream::connect(addr).unwrap());
            for e in 0..100 {
                tx.send(&Message::EpochEnd {
                    epoch: e,
                    state_hash: e,
                    instructions: 10,
                    halted: false,
                    outputs: vec![e; 3],
                })
                .unwrap();
            }
        });
        let mut rx = TcpRx::new(l.accept().unwrap().0);
        t.join().unwrap();
        let mut n = 0;
        while let Recv::Message(Message::EpochEnd { epoch, .. }) = rx.recv().unwrap() {
            assert_eq!(epoch, n);
            n += 1;
        }
        assert_eq!(n, 100);
    }
}
