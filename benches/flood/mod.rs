//! The sign-in flood (issue 19), shared by `cargo bench --bench signin_flood` (the
//! release binary, 20 s a run) and its smoke test in `tests/signin_flood.rs`.
//! Only ever targets 127.0.0.1 and other loopback addresses; bounded in time.
//!
//! It starts `passerelle demo` as its own process (`support::Demo`, a fresh data
//! folder a run),
//! floods `POST /console/api/login` with unknown logins from `clients` concurrent
//! clients, from one address (127.0.0.1) or one address each (127.0.1.x), while the
//! demo officer signs in with the right password once a second from 127.0.0.2. The
//! server's resident memory is read from /proc every 50 ms.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::Demo;

/// The demo process under test, with the officer it signs in as.
pub struct Server {
    demo: Demo,
    pub base: String,
    pub login: String,
    pub password: String,
}

impl Server {
    /// Starts the demo in `data` (with `env` settings) and waits until it answers.
    pub fn start(data: &Path, env: &[(&str, &str)]) -> Server {
        let demo = Demo::start_with(data, None, None, env);
        let file = std::fs::read_to_string(data.join("demo.json")).expect("demo.json");
        let names: Value = serde_json::from_str(&file).expect("demo.json is JSON");
        let officer = &names["units"][0]["officers"][0];
        Server {
            base: demo.base.clone(),
            login: officer["login"].as_str().unwrap().to_string(),
            password: officer["password"].as_str().unwrap().to_string(),
            demo,
        }
    }

    /// The server's resident memory now, in MiB.
    pub fn rss_mib(&self) -> f64 {
        rss_mib(self.demo.pid())
    }
}

fn rss_mib(pid: u32) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// The memory goal of a run.
#[allow(dead_code)] // the bench uses one, its smoke test the other
#[derive(Clone, Copy, Debug)]
pub enum Memory {
    /// The figures for the release binary: peak ≤ 150 MiB, final ≤ 100 MiB.
    Release,
    /// At most this many MiB above idle (a debug binary is larger to begin with).
    Growth(f64),
}

/// How the flood comes.
#[derive(Clone, Copy, Debug)]
pub enum Sources {
    /// Every client from 127.0.0.1.
    One,
    /// Client n from 127.0.1.(n+1).
    Many,
}

pub struct Outcome {
    pub idle_rss: f64,
    pub peak_rss: f64,
    pub final_rss: f64,
    pub flood: BTreeMap<u16, u64>,
    /// The officer's answers: status, and whether a 503 carried Retry-After.
    pub officer: Vec<(u16, bool)>,
    pub officer_slowest: Duration,
    pub officer_median: Duration,
}

impl Outcome {
    pub fn print(&self, label: &str) {
        println!("{label}");
        println!(
            "  server RSS: idle {:.0} MiB, peak {:.0} MiB, final {:.0} MiB",
            self.idle_rss, self.peak_rss, self.final_rss
        );
        let total: u64 = self.flood.values().sum();
        println!("  flood: {total} answers {:?}", self.flood);
        let mut officer = BTreeMap::new();
        for (status, _) in &self.officer {
            *officer.entry(*status).or_insert(0) += 1;
        }
        println!(
            "  officer (right password, once a second): {officer:?}, median {} ms, slowest {} ms",
            self.officer_median.as_millis(),
            self.officer_slowest.as_millis()
        );
    }

    /// What issue 19 asks of a run; each failure as a sentence.
    pub fn failures(&self, sources: Sources, memory: Memory) -> Vec<String> {
        let mut out = Vec::new();
        match memory {
            Memory::Release => {
                if self.peak_rss > 150.0 {
                    out.push(format!("peak RSS {:.0} MiB > 150", self.peak_rss));
                }
                if self.final_rss > 100.0 {
                    out.push(format!("final RSS {:.0} MiB > 100", self.final_rss));
                }
            }
            Memory::Growth(max) => {
                if self.peak_rss - self.idle_rss > max {
                    out.push(format!(
                        "RSS grew {:.0} MiB (idle {:.0}, peak {:.0}) > {max:.0}",
                        self.peak_rss - self.idle_rss,
                        self.idle_rss,
                        self.peak_rss
                    ));
                }
            }
        }
        for status in self.flood.keys() {
            if ![401, 429, 503].contains(status) {
                out.push(format!("the flood got {status}"));
            }
        }
        if self.officer.is_empty() {
            out.push("the officer never got an answer".into());
        }
        for (status, retry_after) in &self.officer {
            match (sources, status) {
                (_, 200) => {}
                (Sources::Many, 503) if *retry_after => {}
                _ => out.push(format!("the officer got {status}")),
            }
        }
        if matches!(sources, Sources::One) && self.officer_slowest > Duration::from_secs(2) {
            out.push(format!(
                "the officer waited {} ms",
                self.officer_slowest.as_millis()
            ));
        }
        out
    }
}

fn client_from(ip: &str) -> reqwest::Client {
    reqwest::Client::builder()
        .local_address(ip.parse::<IpAddr>().unwrap())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap()
}

/// One flood against `server`, for `seconds`.
pub async fn flood(server: &Server, sources: Sources, clients: usize, seconds: u64) -> Outcome {
    let idle_rss = server.rss_mib();
    let peak = Arc::new(AtomicU64::new(idle_rss.to_bits()));
    let stop = Arc::new(AtomicBool::new(false));
    let sampler = {
        let (peak, stop) = (peak.clone(), stop.clone());
        let pid = server.demo.pid();
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                let rss = rss_mib(pid);
                if rss > f64::from_bits(peak.load(Ordering::Relaxed)) {
                    peak.store(rss.to_bits(), Ordering::Relaxed);
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        })
    };
    let end = Instant::now() + Duration::from_secs(seconds);
    let url = format!("{}/console/api/login", server.base);
    let counts = Arc::new(Mutex::new(BTreeMap::<u16, u64>::new()));
    let mut tasks = Vec::new();
    for n in 0..clients {
        let ip = match sources {
            Sources::One => "127.0.0.1".to_string(),
            Sources::Many => format!("127.0.1.{}", n + 1),
        };
        let (url, counts) = (url.clone(), counts.clone());
        tasks.push(tokio::spawn(async move {
            let client = client_from(&ip);
            let mut i = 0u64;
            while Instant::now() < end {
                i += 1;
                let body =
                    json!({"login": format!("nobody-{n}-{i}"), "password": "not the password"});
                let status = match client.post(&url).json(&body).send().await {
                    Ok(res) => res.status().as_u16(),
                    Err(_) => 0,
                };
                *counts.lock().unwrap().entry(status).or_insert(0) += 1;
            }
        }));
    }
    let officer = {
        let url = url.clone();
        let body = json!({"login": server.login, "password": server.password});
        tokio::spawn(async move {
            let client = client_from("127.0.0.2");
            let mut answers = Vec::new();
            let mut times = Vec::new();
            while Instant::now() < end {
                let t = Instant::now();
                let answer = client.post(&url).json(&body).send().await;
                times.push(t.elapsed());
                answers.push(match answer {
                    Ok(res) => (
                        res.status().as_u16(),
                        res.headers().contains_key("retry-after"),
                    ),
                    Err(_) => (0, false),
                });
                tokio::time::sleep(Duration::from_secs(1).saturating_sub(t.elapsed())).await;
            }
            (answers, times)
        })
    };
    for t in tasks {
        t.await.unwrap();
    }
    let (officer, mut times) = officer.await.unwrap();
    // What the server keeps once the flood is over.
    tokio::time::sleep(Duration::from_secs(2)).await;
    stop.store(true, Ordering::Relaxed);
    sampler.join().unwrap();
    times.sort();
    let flood = counts.lock().unwrap().clone();
    Outcome {
        idle_rss,
        peak_rss: f64::from_bits(peak.load(Ordering::Relaxed)),
        final_rss: server.rss_mib(),
        flood,
        officer,
        officer_slowest: times.last().copied().unwrap_or_default(),
        officer_median: times.get(times.len() / 2).copied().unwrap_or_default(),
    }
}

/// Medians of an unknown login and a known login's wrong password, each
/// answered 401 (timing must not tell them apart), from fresh sources.
pub async fn enumeration_medians(server: &Server, rounds: usize) -> (Duration, Duration) {
    let url = format!("{}/console/api/login", server.base);
    let mut unknown = Vec::new();
    let mut known = Vec::new();
    for i in 0..rounds {
        // A source a pair, so that the throttle never answers instead.
        let client = client_from(&format!("127.0.2.{}", i % 250 + 1));
        for (login, into) in [
            (format!("nobody-{i}"), &mut unknown),
            (server.login.clone(), &mut known),
        ] {
            let t = Instant::now();
            let res = client
                .post(&url)
                .json(&json!({"login": login, "password": "not the password"}))
                .send()
                .await
                .unwrap();
            into.push(t.elapsed());
            assert_eq!(res.status(), 401);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    unknown.sort();
    known.sort();
    (unknown[unknown.len() / 2], known[known.len() / 2])
}
