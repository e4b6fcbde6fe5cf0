//! Bounded resources on the public path (issue 9), against the release binary's
//! demo, on 127.0.0.1 only, each phase bounded in time:
//!
//!   cargo bench --bench bounds                 # 16 readers, 3 rounds; 16 clients, 10 s
//!   BENCH_READERS=32 BENCH_SECONDS=20 cargo bench --bench bounds
//!
//! Fills one case to its caps and reads it with BENCH_READERS reporters and as many
//! officers at once (peak resident memory must stay under 150 MiB); holds every
//! upload place (4) with trickling bodies (they must be cut with 408 and the places come
//! back); floods valid reports against an hourly budget of 200 (exactly 200 may be
//! accepted); floods reports at the shipped proof-of-work difficulty, without
//! solving (all must be refused) and then solving on every core for
//! BENCH_POW_SECONDS (60: at most 200 may be accepted, ten times
//! `pow.quiet_per_minute`, and the difficulty must rise). With BENCH_POSTGRES_CLUSTER=15/main (and BENCH_POSTGRES, an admin URL,
//! postgres://postgres@127.0.0.1:5432/postgres by default) it also restarts that
//! PostgreSQL cluster while 8 clients submit to a demo on it: only 201 and 503 may
//! come back, and every acknowledged report must be found afterwards. Exits
//! non-zero if a goal is missed. See benches/bounds/mod.rs.

#[path = "bounds/mod.rs"]
mod bounds;
#[path = "../tests/support/mod.rs"]
mod support;

use bounds::Server;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A new empty database `name` beside `admin`'s, and its URL.
async fn fresh_database(admin: &str, name: &str) -> String {
    use sea_orm::ConnectionTrait;
    let db = sea_orm::Database::connect(admin).await.expect("PostgreSQL");
    db.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await
        .unwrap();
    db.execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .unwrap();
    format!("{}/{name}", admin.rsplit_once('/').unwrap().0)
}

#[tokio::main]
async fn main() {
    let readers = env_usize("BENCH_READERS", 16);
    let rounds = env_usize("BENCH_ROUNDS", 3);
    let clients = env_usize("BENCH_CLIENTS", 16);
    let seconds = env_usize("BENCH_SECONDS", 10) as u64;
    let mut failed = Vec::new();

    let data = tempfile::tempdir().expect("a data folder");
    let server = Server::start(data.path(), bounds::FILL_ENV).await;
    let fill = bounds::fill_and_read(&server, readers, rounds).await;
    fill.print(readers);
    println!(
        "  server VmHWM (peak since start): {:.0} MiB",
        server.peak_mib()
    );
    failed.extend(bounds::fill_failures(&fill, 150.0));
    drop(server);

    let data = tempfile::tempdir().expect("a data folder");
    let server = Server::start(data.path(), bounds::SLOW_ENV).await;
    let slow = bounds::slow_bodies(&server, 4).await;
    slow.print();
    failed.extend(bounds::slow_failures(&slow));
    drop(server);

    let data = tempfile::tempdir().expect("a data folder");
    let server = Server::start(data.path(), bounds::FLOOD_ENV).await;
    let flood = bounds::write_flood(&server, clients, seconds).await;
    flood.print(clients);
    println!("  server RSS after the flood: {:.0} MiB", server.rss_mib());
    failed.extend(bounds::flood_failures(&flood, 200));
    drop(server);

    let data = tempfile::tempdir().expect("a data folder");
    let server = Server::start(data.path(), bounds::POW_FLOOD_ENV).await;
    // A minute of solving: pow.quiet_per_minute is 20, and ten times that is the
    // most a flood from this machine may get in.
    let pow_seconds = env_usize("BENCH_POW_SECONDS", 60) as u64;
    let flood = bounds::pow_flood(&server, clients, pow_seconds).await;
    flood.print(clients);
    failed.extend(bounds::pow_flood_failures(
        &flood,
        200 * pow_seconds.div_ceil(60),
        800,
    ));
    drop(server);

    // Only on request: it restarts the machine's PostgreSQL cluster.
    if let Ok(cluster) = std::env::var("BENCH_POSTGRES_CLUSTER") {
        let admin = std::env::var("BENCH_POSTGRES")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
        let url = fresh_database(&admin, "passerelle_bench_restart").await;
        let data = tempfile::tempdir().expect("a data folder");
        let server = Server::start_on(data.path(), Some(&url), bounds::FILL_ENV).await;
        let restart = bounds::postgres_restart(&server, &cluster, 8, seconds.max(9)).await;
        restart.print();
        failed.extend(bounds::restart_failures(&restart));
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
