//! Bounded resources on the public path (issue 9), shared by `cargo bench --bench
//! bounds` (the release binary) and its smoke test in `tests/bounds.rs`. Only ever
//! targets 127.0.0.1; every phase is bounded in time.
//!
//! Each phase starts `passerelle demo` as its own process (`support::Demo`, a
//! fresh data folder) with the settings it needs, and reads the server's resident
//! memory from /proc:
//! - `fill_and_read`: one reporter fills one case to its caps (message bytes, then
//!   attachment bytes), then `readers` clients read the whole thread at once, page
//!   by page and message by message, while as many officers fetch its files;
//! - `slow_bodies`: senders trickle large bodies to hold every upload place; how
//!   long until the places come back, and whether a real upload then lands;
//! - `write_flood`: clients send small valid reports as fast as they can against a
//!   small hourly write budget (proof of work made cheap); how many are accepted;
//! - `pow_flood`: the same at the shipped proof-of-work difficulty, first without
//!   solving (all refused), then solving on every core; the accepted rate.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde_json::{Value, json};

use crate::support::Demo;

/// The demo process under test, with what a reporter and an officer need.
pub struct Server {
    demo: Demo,
    pub base: String,
    pub port: u16,
    pub token: String,
    pub recipients: Vec<String>,
    pub key_set: i64,
    http: reqwest::Client,
}

impl Server {
    pub async fn start(data: &Path, env: &[(&str, &str)]) -> Server {
        Self::start_on(data, None, env).await
    }

    /// The same, on the database at `database` (SQLite in `data` if `None`).
    pub async fn start_on(data: &Path, database: Option<&str>, env: &[(&str, &str)]) -> Server {
        let demo = Demo::start_with(data, None, database, env);
        let http = reqwest::Client::new();
        let unit = demo.unit(&http, "gbv").await;
        Server {
            base: demo.base.clone(),
            port: demo.port,
            token: demo.officer("gbv")["token"].as_str().unwrap().to_string(),
            recipients: crate::support::recipients(&unit),
            key_set: unit["key_set"].as_i64().unwrap(),
            demo,
            http,
        }
    }

    /// The server's resident memory now, in MiB.
    pub fn rss_mib(&self) -> f64 {
        proc_status_mib(self.demo.pid(), "VmRSS:")
    }

    /// The server's peak resident memory since it started, in MiB.
    pub fn peak_mib(&self) -> f64 {
        proc_status_mib(self.demo.pid(), "VmHWM:")
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn envelope(&self, bytes: &[u8]) -> String {
        STANDARD.encode(passerelle::crypto::encrypt_to(&self.recipients, bytes).unwrap())
    }

    /// A valid report body with a fresh lookup key; returns the body and the key.
    pub fn report(&self, text: &str) -> (Value, String) {
        let lookup = URL_SAFE_NO_PAD.encode(passerelle::crypto::random_bytes::<32>());
        let reply = age::x25519::Identity::generate().to_public().to_string();
        let plaintext = json!({"category": "gbv", "what": text});
        let body = json!({
            "category": "gbv",
            "key_set": self.key_set,
            "language": "fr",
            "urgent": false,
            "envelope": self.envelope(plaintext.to_string().as_bytes()),
            "lookup": lookup,
            "reply_recipient": reply,
        });
        (body, lookup)
    }

    /// A solved challenge for `kind`, as the Passerelle-Pow header's value.
    pub async fn pow(&self, kind: &str) -> String {
        crate::support::pow(&self.http, &self.base, kind).await
    }

    pub async fn submit(&self, body: &Value) -> u16 {
        match self
            .http
            .post(self.url("/api/v1/reports"))
            .header(passerelle::pow::HEADER, self.pow("report").await)
            .json(body)
            .send()
            .await
        {
            Ok(res) => res.status().as_u16(),
            Err(_) => 0,
        }
    }

    async fn message(&self, lookup: &str, body: &Value) -> (u16, String) {
        let res = self
            .http
            .post(self.url("/api/v1/follow-up/messages"))
            .header(passerelle::pow::HEADER, self.pow("message").await)
            .header("authorization", format!("Lookup {lookup}"))
            .json(body)
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        let v: Value = res.json().await.unwrap_or(Value::Null);
        (
            status,
            v["error"]["code"].as_str().unwrap_or("").to_string(),
        )
    }
}

fn proc_status_mib(pid: u32, field: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Samples the server's RSS every 20 ms until stopped; the highest value seen.
struct Sampler {
    stop: Arc<AtomicBool>,
    handle: std::thread::JoinHandle<f64>,
}

impl Sampler {
    fn start(pid: u32) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let handle = std::thread::spawn(move || {
            let mut peak: f64 = 0.0;
            while !flag.load(Ordering::Relaxed) {
                peak = peak.max(proc_status_mib(pid, "VmRSS:"));
                std::thread::sleep(Duration::from_millis(20));
            }
            peak
        });
        Sampler { stop, handle }
    }

    fn stop(self) -> f64 {
        self.stop.store(true, Ordering::Relaxed);
        self.handle.join().unwrap_or(0.0)
    }
}

/// Fetches a challenge for `kind` and solves it on a blocking thread, as a
/// client would; `None` if the server gave none.
pub async fn solved(http: &reqwest::Client, base: &str, kind: &str) -> Option<String> {
    let res = http
        .get(format!("{base}/api/v1/pow/{kind}"))
        .send()
        .await
        .ok()?;
    let challenge: altcha::Challenge = res.json().await.ok()?;
    tokio::task::spawn_blocking(move || passerelle::pow::solve(&challenge))
        .await
        .ok()?
}

/// A GET's status and the length of its body, paid with `pow` (a lookup's).
async fn fetch(http: &reqwest::Client, url: &str, authorization: &str, pow: &str) -> (u16, u64) {
    let res = http
        .get(url)
        .header("authorization", authorization)
        .header(passerelle::pow::HEADER, pow)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let len = res.bytes().await.map(|b| b.len()).unwrap_or(0);
    (status, len as u64)
}

/// Settings that let one case be filled and read without other limits in the way.
pub const FILL_ENV: &[(&str, &str)] = &[
    ("PASSERELLE__LIMITS__WRITES_PER_HOUR", "100000"),
    ("PASSERELLE__LIMITS__UNIT_WRITES_PER_HOUR", "100000"),
];

pub struct FillOutcome {
    pub idle_rss: f64,
    pub filled_rss: f64,
    pub messages: usize,
    pub message_bytes: usize,
    pub attachment_bytes: usize,
    pub stopped_by: Vec<String>,
    pub reads: BTreeMap<u16, u64>,
    pub read_bytes: u64,
    pub read_seconds: f64,
    pub peak_rss: f64,
    pub final_rss: f64,
}

impl FillOutcome {
    pub fn print(&self, readers: usize) {
        println!(
            "fill one case: {} messages, {:.1} MiB of envelopes and {:.1} MiB of files, stopped by {:?}",
            self.messages,
            self.message_bytes as f64 / 1048576.0,
            self.attachment_bytes as f64 / 1048576.0,
            self.stopped_by
        );
        println!(
            "read it with {readers} reporters and {readers} officers at once: {:.0} MiB in {:.1} s, answers {:?}",
            self.read_bytes as f64 / 1048576.0,
            self.read_seconds,
            self.reads
        );
        println!(
            "  server RSS: idle {:.0} MiB, after filling {:.0} MiB, peak while reading {:.0} MiB, final {:.0} MiB",
            self.idle_rss, self.filled_rss, self.peak_rss, self.final_rss
        );
    }
}

/// Fills one case to its caps, then reads it with `readers` reporters and
/// `readers` officers at once, `rounds` times each.
pub async fn fill_and_read(server: &Server, readers: usize, rounds: usize) -> FillOutcome {
    let idle_rss = server.rss_mib();
    let (report, lookup) = server.report("a case filled to its caps");
    assert_eq!(server.submit(&report).await, 201, "the report is stored");
    let mut messages = 1;
    let mut message_bytes = 0;
    let mut attachment_bytes = 0;
    let mut stopped_by = Vec::new();
    // Envelopes of just under 1 MiB until the case's byte cap (or message cap).
    let big = vec![0x5au8; 1_000_000];
    let envelope = server.envelope(&big);
    for _ in 0..1000 {
        let (status, code) = server
            .message(&lookup, &json!({ "envelope": envelope }))
            .await;
        if status != 201 {
            stopped_by.push(format!("{status} {code}"));
            break;
        }
        messages += 1;
        message_bytes += envelope.len() / 4 * 3;
    }
    // Then files (9 MiB each, two a message) until the case's attachment cap. The
    // messages carrying them are small; the case is already full of envelopes, so
    // this needs the message cap not reached: these go first in a fresh case.
    let (report, files_lookup) = server.report("a case full of files");
    assert_eq!(server.submit(&report).await, 201);
    let file = STANDARD.encode(
        passerelle::crypto::encrypt_to(
            &server.recipients,
            &passerelle::crypto::pad_attachment(&vec![7u8; 9 * 1024 * 1024]),
        )
        .unwrap(),
    );
    let small = server.envelope(b"{\"text\":\"photos\"}");
    for _ in 0..100 {
        let body = json!({ "envelope": small, "attachments": [file, file] });
        let (status, code) = server.message(&files_lookup, &body).await;
        if status != 201 {
            stopped_by.push(format!("{status} {code}"));
            break;
        }
        attachment_bytes += 2 * (file.len() / 4 * 3);
    }
    drop(file);

    // The officer's view of the files case: the attachment ids.
    let auth = format!("Bearer {}", server.token);
    let officer_json = |path: String| {
        let req = server
            .http
            .get(server.url(&path))
            .header("authorization", &auth);
        async move { req.send().await.unwrap().json::<Value>().await.unwrap() }
    };
    let cases = officer_json("/api/v1/cases?unit=gbv".into()).await;
    let mut files = Vec::new();
    for case in cases["cases"].as_array().unwrap() {
        let reference = case["case"].as_str().unwrap().to_string();
        let mut from = 0;
        loop {
            let page = officer_json(format!("/api/v1/cases/{reference}?from={from}")).await;
            for m in page["messages"].as_array().unwrap() {
                for a in m["attachments"].as_array().unwrap() {
                    files.push((reference.clone(), a["id"].as_i64().unwrap()));
                }
            }
            match page["next"].as_u64() {
                Some(n) => from = n,
                None => break,
            }
        }
    }

    let filled_rss = server.rss_mib();
    let sampler = Sampler::start(server.demo.pid());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for i in 0..readers {
        let (http, base, lookup, auth) = (
            reqwest::Client::new(),
            server.base.clone(),
            lookup.clone(),
            auth.clone(),
        );
        let files = files.clone();
        // One lookup challenge pays for all of a reader's lookups: they all hit.
        let pow = server.pow("lookup").await;
        tasks.push(tokio::spawn(async move {
            let mut seen: Vec<(u16, u64)> = Vec::new();
            for round in 0..rounds {
                // A reporter: every page, then every message one by one.
                let mut from = 0;
                let mut count = 0;
                loop {
                    let res = http
                        .get(format!("{base}/api/v1/follow-up?from={from}"))
                        .header("authorization", format!("Lookup {lookup}"))
                        .header(passerelle::pow::HEADER, &pow)
                        .send()
                        .await
                        .unwrap();
                    let status = res.status().as_u16();
                    let bytes = res.bytes().await.unwrap_or_default();
                    seen.push((status, bytes.len() as u64));
                    let page: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
                    count = page["message_count"].as_u64().unwrap_or(count);
                    match page["next"].as_u64() {
                        Some(n) if status == 200 => from = n,
                        _ => break,
                    }
                }
                for n in 0..count {
                    let url = format!("{base}/api/v1/follow-up/messages/{n}");
                    seen.push(fetch(&http, &url, &format!("Lookup {lookup}"), &pow).await);
                }
                // An officer: the case's files, each one.
                for (k, (case, id)) in files.iter().enumerate() {
                    if (k + i + round) % 2 == 1 {
                        continue;
                    }
                    let url = format!("{base}/api/v1/cases/{case}/attachments/{id}");
                    seen.push(fetch(&http, &url, &auth, "").await);
                }
            }
            seen
        }));
    }
    let mut reads = BTreeMap::new();
    let mut read_bytes = 0;
    for t in tasks {
        for (status, len) in t.await.unwrap() {
            *reads.entry(status).or_insert(0) += 1;
            read_bytes += len;
        }
    }
    let read_seconds = started.elapsed().as_secs_f64();
    let peak_rss = sampler.stop();
    tokio::time::sleep(Duration::from_millis(500)).await;
    FillOutcome {
        idle_rss,
        filled_rss,
        messages,
        message_bytes,
        attachment_bytes,
        stopped_by,
        reads,
        read_bytes,
        read_seconds,
        peak_rss,
        final_rss: server.rss_mib(),
    }
}

/// Bodies must keep 1 000 bytes a second after 2 s of grace; 4 upload places.
pub const SLOW_ENV: &[(&str, &str)] = &[
    ("PASSERELLE__LIMITS__MAX_CONCURRENT_UPLOADS", "4"),
    ("PASSERELLE__LIMITS__BODY_GRACE_SECONDS", "2"),
    ("PASSERELLE__LIMITS__MIN_BODY_BYTES_PER_SECOND", "1000"),
];

pub struct SlowOutcome {
    pub senders: usize,
    /// What each trickling sender got, and after how long.
    pub cut: Vec<(String, Duration)>,
    /// A real upload sent while the places were held, and once they were back.
    pub during: u16,
    pub after: u16,
}

impl SlowOutcome {
    pub fn print(&self) {
        let slowest = self.cut.iter().map(|c| c.1).max().unwrap_or_default();
        let mut answers = BTreeMap::new();
        for (a, _) in &self.cut {
            *answers.entry(a.clone()).or_insert(0) += 1;
        }
        println!(
            "slow bodies: {} senders at 100 B/s hold the upload places; cut {:?}, the last after {:.1} s; a real upload meanwhile {}, after {}",
            self.senders,
            answers,
            slowest.as_secs_f64(),
            self.during,
            self.after
        );
    }
}

/// `senders` connections announce 2 MB bodies and send 10 bytes every 100 ms.
pub async fn slow_bodies(server: &Server, senders: usize) -> SlowOutcome {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut tasks = Vec::new();
    for _ in 0..senders {
        let port = server.port;
        let pow = server.pow("report").await;
        tasks.push(tokio::spawn(async move {
            let started = Instant::now();
            let mut conn = tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .unwrap();
            conn.set_nodelay(true).unwrap();
            let head = format!(
                "POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\n\
                 Content-Type: application/json\r\nPasserelle-Pow: {pow}\r\n\
                 Content-Length: 2000000\r\n\r\n{{"
            );
            conn.write_all(head.as_bytes()).await.unwrap();
            let (mut read, mut write) = conn.split();
            let trickle = async {
                for _ in 0..600 {
                    if write.write_all(b"          ").await.is_err() {
                        break;
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            };
            let answer = async {
                let mut buf = vec![0u8; 2048];
                let n = read.read(&mut buf).await.unwrap_or(0);
                let text = String::from_utf8_lossy(&buf[..n]).to_string();
                text.lines().next().unwrap_or("closed").to_string()
            };
            let line = tokio::select! {
                line = answer => line,
                _ = trickle => "never cut".to_string(),
            };
            (line, started.elapsed())
        }));
    }
    // Meanwhile, a real upload: a report with a 1.5 MB file.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let file = STANDARD.encode(
        passerelle::crypto::encrypt_to(
            &server.recipients,
            &passerelle::crypto::pad_attachment(&vec![3u8; 1_500_000]),
        )
        .unwrap(),
    );
    let (mut body, _) = server.report("with a file");
    body["attachments"] = json!([file]);
    let during = server.submit(&body).await;
    let mut cut = Vec::new();
    for t in tasks {
        cut.push(t.await.unwrap());
    }
    let (mut body, _) = server.report("with a file, later");
    body["attachments"] = json!([file]);
    let after = server.submit(&body).await;
    SlowOutcome {
        senders,
        cut,
        during,
        after,
    }
}

/// An hourly budget of 200 anonymous writes, and proof of work made cheap (one
/// attempt of one iteration), so that the budget is what stops the flood.
pub const FLOOD_ENV: &[(&str, &str)] = &[
    ("PASSERELLE__LIMITS__WRITES_PER_HOUR", "200"),
    ("PASSERELLE__LIMITS__UNIT_WRITES_PER_HOUR", "200"),
    ("PASSERELLE__POW__COST", "1"),
    ("PASSERELLE__POW__QUIET_ATTEMPTS", "1"),
    ("PASSERELLE__POW__MAX_ATTEMPTS", "1"),
];

pub struct FloodOutcome {
    pub answers: BTreeMap<u16, u64>,
    pub seconds: f64,
}

impl FloodOutcome {
    pub fn print(&self, clients: usize) {
        let total: u64 = self.answers.values().sum();
        println!(
            "write flood: {clients} clients, {total} reports in {:.1} s, answers {:?}",
            self.seconds, self.answers
        );
    }
}

/// `clients` send valid reports (encrypted beforehand) for `seconds`.
pub async fn write_flood(server: &Server, clients: usize, seconds: u64) -> FloodOutcome {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let bodies: Vec<Value> = (0..64).map(|_| server.report("flood").0).collect();
        let (http, base, url) = (
            reqwest::Client::new(),
            server.base.clone(),
            server.url("/api/v1/reports"),
        );
        tasks.push(tokio::spawn(async move {
            let mut seen = BTreeMap::new();
            let mut k = 0;
            while Instant::now() < deadline {
                let body = &bodies[k % bodies.len()];
                // A fresh lookup key each time (a replay would be free).
                let mut body = body.clone();
                body["lookup"] =
                    json!(URL_SAFE_NO_PAD.encode(passerelle::crypto::random_bytes::<32>()));
                k += 1;
                let status = post_solved(&http, &base, &url, &body).await;
                *seen.entry(status).or_insert(0u64) += 1;
            }
            seen
        }));
    }
    let mut answers = BTreeMap::new();
    for t in tasks {
        for (status, n) in t.await.unwrap() {
            *answers.entry(status).or_insert(0) += n;
        }
    }
    FloodOutcome {
        answers,
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// Posts a report paid with a freshly solved challenge; 0 if none was solved or
/// the connection failed.
async fn post_solved(http: &reqwest::Client, base: &str, url: &str, body: &Value) -> u16 {
    let Some(pow) = solved(http, base, "report").await else {
        return 0;
    };
    match http
        .post(url)
        .header(passerelle::pow::HEADER, pow)
        .json(body)
        .send()
        .await
    {
        Ok(res) => res.status().as_u16(),
        Err(_) => 0,
    }
}

/// The write budget out of the way: proof of work is what holds a flood back.
pub const POW_FLOOD_ENV: &[(&str, &str)] = &[
    ("PASSERELLE__LIMITS__WRITES_PER_HOUR", "1000000"),
    ("PASSERELLE__LIMITS__UNIT_WRITES_PER_HOUR", "1000000"),
];

pub struct PowFloodOutcome {
    /// Reports sent without a solution, and what they got.
    pub unsolved: BTreeMap<u16, u64>,
    pub unsolved_seconds: f64,
    /// Reports sent with one, and what they got.
    pub solved: BTreeMap<u16, u64>,
    pub solved_seconds: f64,
    /// The attempts the last solved challenges asked for (their counters).
    pub last_counters: Vec<u32>,
    /// How long one quiet challenge took to solve here, before the flood.
    pub quiet_solve_ms: f64,
}

impl PowFloodOutcome {
    pub fn accepted_per_minute(&self) -> f64 {
        self.solved.get(&201).copied().unwrap_or(0) as f64 * 60.0 / self.solved_seconds.max(0.001)
    }

    pub fn print(&self, clients: usize) {
        let unsolved: u64 = self.unsolved.values().sum();
        println!(
            "proof-of-work flood: {clients} clients, {unsolved} reports without a solution in {:.1} s, answers {:?}",
            self.unsolved_seconds, self.unsolved
        );
        println!(
            "  then solving on every core for {:.1} s: answers {:?}, {:.0} accepted per minute; a quiet challenge took {:.0} ms here, the last ones asked {:?} attempts",
            self.solved_seconds,
            self.solved,
            self.accepted_per_minute(),
            self.quiet_solve_ms,
            self.last_counters
        );
    }
}

/// At the shipped difficulty: `clients` flood reports without solving for
/// `seconds`, then solve (on blocking threads, every core) for `seconds` more.
pub async fn pow_flood(server: &Server, clients: usize, seconds: u64) -> PowFloodOutcome {
    let body = server.report("flood").0;
    let t = Instant::now();
    let _ = server.pow("report").await;
    let quiet_solve_ms = t.elapsed().as_secs_f64() * 1000.0;
    let run = async |solve: bool| {
        let started = Instant::now();
        let deadline = started + Duration::from_secs(seconds);
        let mut tasks = Vec::new();
        for _ in 0..clients {
            // A solving client waits seconds between requests: its pooled
            // connection must not outlive the server's keep-alive (5 s), or a
            // POST can go out on a connection the server is closing (no answer
            // at all, counted as 0).
            let http = reqwest::Client::builder()
                .pool_idle_timeout(Duration::from_secs(2))
                .build()
                .unwrap();
            let (base, url) = (server.base.clone(), server.url("/api/v1/reports"));
            let body = body.clone();
            tasks.push(tokio::spawn(async move {
                let mut seen = BTreeMap::new();
                let mut counters = Vec::new();
                while Instant::now() < deadline {
                    let mut body = body.clone();
                    body["lookup"] =
                        json!(URL_SAFE_NO_PAD.encode(passerelle::crypto::random_bytes::<32>()));
                    let status = if solve {
                        let res = http.get(format!("{base}/api/v1/pow/report")).send().await;
                        let Ok(res) = res else { continue };
                        let Ok(challenge) = res.json::<altcha::Challenge>().await else {
                            continue;
                        };
                        let solution = tokio::task::spawn_blocking(move || {
                            let options = altcha::SolveChallengeOptions {
                                timeout_ms: 0,
                                ..altcha::SolveChallengeOptions::new(&challenge)
                            };
                            let s = altcha::solve_challenge(options).ok().flatten();
                            s.map(|s| (s, challenge))
                        });
                        let Ok(Some((solution, challenge))) = solution.await else {
                            continue;
                        };
                        counters.push(solution.counter);
                        let payload = altcha::Payload {
                            challenge,
                            solution,
                        };
                        let header = STANDARD.encode(serde_json::to_vec(&payload).unwrap());
                        match http
                            .post(&url)
                            .header(passerelle::pow::HEADER, header)
                            .json(&body)
                            .send()
                            .await
                        {
                            Ok(res) => res.status().as_u16(),
                            Err(_) => 0,
                        }
                    } else {
                        match http.post(&url).json(&body).send().await {
                            Ok(res) => res.status().as_u16(),
                            Err(_) => 0,
                        }
                    };
                    *seen.entry(status).or_insert(0u64) += 1;
                }
                (seen, counters)
            }));
        }
        let mut answers = BTreeMap::new();
        let mut counters = Vec::new();
        for t in tasks {
            let (seen, c) = t.await.unwrap();
            for (status, n) in seen {
                *answers.entry(status).or_insert(0) += n;
            }
            counters.extend(c.into_iter().rev().take(2));
        }
        (answers, started.elapsed().as_secs_f64(), counters)
    };
    let (unsolved, unsolved_seconds, _) = run(false).await;
    let (solved, solved_seconds, last_counters) = run(true).await;
    PowFloodOutcome {
        unsolved,
        unsolved_seconds,
        solved,
        solved_seconds,
        last_counters,
        quiet_solve_ms,
    }
}

/// Without a solution nothing is accepted; with one, at most `max_accepted` are
/// over the whole run, and the last challenges asked for more than
/// `min_attempts` attempts (the difficulty rose above the quiet one).
pub fn pow_flood_failures(
    o: &PowFloodOutcome,
    max_accepted: u64,
    min_attempts: u32,
) -> Vec<String> {
    let mut out = Vec::new();
    if o.unsolved.keys().any(|s| *s != 403) {
        out.push(format!("reports without a solution got {:?}", o.unsolved));
    }
    let accepted = o.solved.get(&201).copied().unwrap_or(0);
    if accepted == 0 {
        out.push(format!("no solved report was accepted: {:?}", o.solved));
    }
    if o.solved.keys().any(|s| *s != 201) {
        out.push(format!("solved reports got {:?}", o.solved));
    }
    if accepted > max_accepted {
        out.push(format!(
            "{accepted} solved reports accepted in {:.0} s > {max_accepted}",
            o.solved_seconds
        ));
    }
    let mut last = o.last_counters.clone();
    last.sort_unstable();
    if last.get(last.len() / 2).is_none_or(|m| *m <= min_attempts) {
        out.push(format!(
            "the difficulty did not rise above {min_attempts} attempts: {:?}",
            o.last_counters
        ));
    }
    out
}

/// What issue 9 asks of the fill-and-read phase; each failure as a sentence.
pub fn fill_failures(o: &FillOutcome, max_peak_mib: f64) -> Vec<String> {
    let mut out = Vec::new();
    if o.peak_rss > max_peak_mib {
        out.push(format!(
            "peak RSS while reading {:.0} MiB > {max_peak_mib:.0}",
            o.peak_rss
        ));
    }
    for cap in ["409 case_full", "413 attachments_too_large"] {
        if !o.stopped_by.iter().any(|s| s == cap) {
            out.push(format!(
                "the case was not stopped by {cap}: {:?}",
                o.stopped_by
            ));
        }
    }
    // Reads succeed, or wait their turn (503 with Retry-After for a file).
    if o.reads.keys().any(|s| *s != 200 && *s != 503) {
        out.push(format!("reads answered {:?}", o.reads));
    }
    out
}

pub fn slow_failures(o: &SlowOutcome) -> Vec<String> {
    let mut out = Vec::new();
    if !o
        .cut
        .iter()
        .all(|(line, _)| line.starts_with("HTTP/1.1 408"))
    {
        out.push(format!("not every trickling body got 408: {:?}", o.cut));
    }
    if o.cut
        .iter()
        .any(|(_, took)| *took > Duration::from_secs(30))
    {
        out.push("a trickling body held its place for more than 30 s".into());
    }
    if o.during != 503 {
        out.push(format!(
            "a real upload while the places were held got {}",
            o.during
        ));
    }
    if o.after != 201 {
        out.push(format!(
            "a real upload once the places were back got {}",
            o.after
        ));
    }
    out
}

pub fn flood_failures(o: &FloodOutcome, budget: u64) -> Vec<String> {
    let mut out = Vec::new();
    let accepted = o.answers.get(&201).copied().unwrap_or(0);
    if accepted != budget {
        out.push(format!(
            "{accepted} reports accepted against a budget of {budget}"
        ));
    }
    if o.answers.keys().any(|s| *s != 201 && *s != 503) {
        out.push(format!("the flood got {:?}", o.answers));
    }
    out
}

#[allow(dead_code)] // the bench restarts PostgreSQL; its smoke test does not
pub struct RestartOutcome {
    pub answers: BTreeMap<u16, u64>,
    pub acknowledged: usize,
    pub found: usize,
    pub restart_seconds: f64,
}

#[allow(dead_code)] // the bench restarts PostgreSQL; its smoke test does not
impl RestartOutcome {
    pub fn print(&self) {
        println!(
            "PostgreSQL restarted mid-load ({:.1} s): answers {:?}; {} reports acknowledged, {} of them found afterwards",
            self.restart_seconds, self.answers, self.acknowledged, self.found
        );
    }
}

/// `clients` submit for `seconds` to a demo on PostgreSQL while the cluster
/// (`pg_ctlcluster <version> <name> restart`, e.g. "15/main") restarts a third of
/// the way in; then every acknowledged report is looked up.
#[allow(dead_code)] // the bench restarts PostgreSQL; its smoke test does not
pub async fn postgres_restart(
    server: &Server,
    cluster: &str,
    clients: usize,
    seconds: u64,
) -> RestartOutcome {
    let started = Instant::now();
    let deadline = started + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let reports: Vec<(Value, String)> = (0..32).map(|_| server.report("restart")).collect();
        let (http, base, url) = (
            reqwest::Client::new(),
            server.base.clone(),
            server.url("/api/v1/reports"),
        );
        tasks.push(tokio::spawn(async move {
            let mut seen = Vec::new();
            let mut k = 0;
            while Instant::now() < deadline {
                let (mut body, _) = reports[k % reports.len()].clone();
                let lookup = URL_SAFE_NO_PAD.encode(passerelle::crypto::random_bytes::<32>());
                body["lookup"] = json!(lookup);
                k += 1;
                let status = post_solved(&http, &base, &url, &body).await;
                seen.push((status, lookup));
                if status == 503 {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
            seen
        }));
    }
    tokio::time::sleep(Duration::from_secs(seconds / 3)).await;
    let (version, name) = cluster.split_once('/').unwrap_or(("15", "main"));
    let (version, name) = (version.to_string(), name.to_string());
    let restart_seconds = tokio::task::spawn_blocking(move || {
        let t = Instant::now();
        let ok = std::process::Command::new("pg_ctlcluster")
            .args(["--skip-systemctl-redirect", &version, &name, "restart"])
            .status()
            .map(|s| s.success())
            .unwrap_or(false);
        assert!(ok, "pg_ctlcluster restart failed");
        t.elapsed().as_secs_f64()
    })
    .await
    .unwrap();
    let mut answers = BTreeMap::new();
    let mut acknowledged = Vec::new();
    for t in tasks {
        for (status, lookup) in t.await.unwrap() {
            *answers.entry(status).or_insert(0) += 1;
            if status == 201 {
                acknowledged.push(lookup);
            }
        }
    }
    let mut found = 0;
    let pow = server.pow("lookup").await;
    for lookup in &acknowledged {
        let (status, _) = fetch(
            &server.http,
            &server.url("/api/v1/follow-up"),
            &format!("Lookup {lookup}"),
            &pow,
        )
        .await;
        found += usize::from(status == 200);
    }
    RestartOutcome {
        answers,
        acknowledged: acknowledged.len(),
        found,
        restart_seconds,
    }
}

#[allow(dead_code)] // the bench restarts PostgreSQL; its smoke test does not
pub fn restart_failures(o: &RestartOutcome) -> Vec<String> {
    let mut out = Vec::new();
    if o.answers.keys().any(|s| *s != 201 && *s != 503) {
        out.push(format!(
            "during the restart the service answered {:?}",
            o.answers
        ));
    }
    if o.found != o.acknowledged {
        out.push(format!(
            "{} of {} acknowledged reports are lost",
            o.acknowledged - o.found,
            o.acknowledged
        ));
    }
    if !o.answers.contains_key(&503) {
        out.push("no 503 seen: the restart did not happen during the load".into());
    }
    out
}
