//! Sign-in flood (issue 19) against the release binary's demo, on 127.0.0.1 only.
//!
//!   cargo bench --bench signin_flood          # two runs of 20 s, 64 clients
//!   BENCH_SECONDS=5 BENCH_CLIENTS=32 cargo bench --bench signin_flood
//!
//! Run 1: 64 clients send unknown logins from one address (127.0.0.1); run 2: from
//! 64 addresses (127.0.1.x). Meanwhile the demo officer signs in with the right
//! password once a second from 127.0.0.2. Each run is a fresh demo process. Then
//! the medians of an unknown login and a known one's wrong password. Prints the
//! peak and final RSS, the flood's statuses, the officer's statuses and slowest
//! answer, and exits non-zero if a goal of the issue is missed.

#[path = "flood/mod.rs"]
mod flood;
#[path = "../tests/support/mod.rs"]
mod support;

use flood::{Memory, Server, Sources};

fn env_u64(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let seconds = env_u64("BENCH_SECONDS", 20);
    let clients = env_u64("BENCH_CLIENTS", 64) as usize;
    let mut failed = Vec::new();
    for (label, sources) in [
        ("one address (127.0.0.1)", Sources::One),
        ("64 addresses (127.0.1.x)", Sources::Many),
    ] {
        let data = tempfile::tempdir().expect("a data folder");
        let server = Server::start(data.path(), &[]);
        let outcome = flood::flood(&server, sources, clients, seconds).await;
        outcome.print(&format!(
            "{clients} clients, {seconds} s, unknown logins from {label}"
        ));
        failed.extend(outcome.failures(sources, Memory::Release));
    }
    let data = tempfile::tempdir().expect("a data folder");
    let server = Server::start(data.path(), &[]);
    let (unknown, known) = flood::enumeration_medians(&server, 200).await;
    println!(
        "timing, 200 of each: unknown login median {:.1} ms, known login with a wrong password {:.1} ms",
        unknown.as_secs_f64() * 1000.0,
        known.as_secs_f64() * 1000.0
    );
    drop(server);
    // Timing must not tell an unknown login from a known one: medians within 20 %.
    let (a, b) = (unknown.as_secs_f64(), known.as_secs_f64());
    if (a - b).abs() > 0.2 * a.min(b) {
        failed.push(format!(
            "unknown and known logins differ: {:.1} ms against {:.1} ms",
            a * 1000.0,
            b * 1000.0
        ));
    }
    if failed.is_empty() {
        println!("all goals met");
    } else {
        for f in &failed {
            println!("MISSED: {f}");
        }
        std::process::exit(1);
    }
}
