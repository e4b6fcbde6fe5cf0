//! A real SMTP listener for tests (shared by the api tests and the process tests).
#![allow(dead_code)] // each test binary uses part of this module

use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

/// A real SMTP listener that accepts every mail and keeps it; or, while "down",
/// hangs up on every connection (it holds its port all along, so nothing else can
/// take it meanwhile).
#[derive(Clone)]
pub struct SmtpSink {
    pub port: u16,
    pub mails: Arc<Mutex<Vec<String>>>,
    up: Arc<std::sync::atomic::AtomicBool>,
}

impl SmtpSink {
    pub async fn start() -> Self {
        Self::start_slow(Duration::ZERO).await
    }

    /// A relay that takes `delay` to accept each mail (a slow or distant relay).
    pub async fn start_slow(delay: Duration) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        Self::serve(listener, true, delay)
    }

    /// A relay that is down until `come_back`.
    pub async fn start_down() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        Self::serve(listener, false, Duration::ZERO)
    }

    pub fn come_back(&self) {
        self.up.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    fn serve(listener: TcpListener, up: bool, delay: Duration) -> Self {
        let port = listener.local_addr().unwrap().port();
        let mails = Arc::new(Mutex::new(Vec::new()));
        let up = Arc::new(std::sync::atomic::AtomicBool::new(up));
        let sink = mails.clone();
        let serving = up.clone();
        tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                if !serving.load(std::sync::atomic::Ordering::SeqCst) {
                    drop(sock);
                    continue;
                }
                let sink = sink.clone();
                tokio::spawn(async move {
                    let (r, mut w) = sock.into_split();
                    let mut lines = BufReader::new(r).lines();
                    w.write_all(b"220 sink ESMTP\r\n").await.ok();
                    let mut in_data = false;
                    let mut data = String::new();
                    while let Ok(Some(line)) = lines.next_line().await {
                        if in_data {
                            if line == "." {
                                in_data = false;
                                tokio::time::sleep(delay).await;
                                sink.lock().unwrap().push(std::mem::take(&mut data));
                                w.write_all(b"250 OK queued\r\n").await.ok();
                            } else {
                                data.push_str(&line);
                                data.push('\n');
                            }
                            continue;
                        }
                        let verb = line.split(' ').next().unwrap_or("").to_ascii_uppercase();
                        let reply: &[u8] = match verb.as_str() {
                            "EHLO" => b"250-sink\r\n250 8BITMIME\r\n",
                            "HELO" | "MAIL" | "RCPT" | "RSET" | "NOOP" => b"250 OK\r\n",
                            "DATA" => {
                                in_data = true;
                                b"354 go ahead\r\n"
                            }
                            "QUIT" => {
                                w.write_all(b"221 bye\r\n").await.ok();
                                break;
                            }
                            _ => b"502 unknown\r\n",
                        };
                        w.write_all(reply).await.ok();
                    }
                });
            }
        });
        Self { port, mails, up }
    }

    pub fn count(&self) -> usize {
        self.mails.lock().unwrap().len()
    }

    pub async fn wait_for(&self, n: usize, timeout: Duration) -> Vec<String> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let mails = self.mails.lock().unwrap().clone();
            if mails.len() >= n || tokio::time::Instant::now() > deadline {
                return mails;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}
