//! A short smoke of `cargo bench --bench bounds` (issue 9) against the demo binary:
//! one case filled to its caps and read by 4 reporters and 4 officers at once (the
//! debug binary's peak memory stays within 100 MiB of its idle), 4 trickling bodies
//! cut with 408 and their places back, and a 3 s flood of reports against a budget
//! of 200 of which exactly 200 land, then 3 s of reports at the shipped
//! proof-of-work difficulty, without solving (all refused) and solving (accepted,
//! within bounds). The bench gives the release figures.

#[path = "../benches/bounds/mod.rs"]
mod bounds;
mod support;

use bounds::Server;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_public_path_is_bounded() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), bounds::FILL_ENV).await;
    let fill = bounds::fill_and_read(&server, 4, 1).await;
    fill.print(4);
    println!(
        "  server VmHWM (peak since start): {:.0} MiB",
        server.peak_mib()
    );
    let failures = bounds::fill_failures(&fill, fill.idle_rss + 100.0);
    assert!(failures.is_empty(), "{failures:?}");
    drop(server);

    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), bounds::SLOW_ENV).await;
    let slow = bounds::slow_bodies(&server, 4).await;
    slow.print();
    let failures = bounds::slow_failures(&slow);
    assert!(failures.is_empty(), "{failures:?}");
    drop(server);

    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), bounds::FLOOD_ENV).await;
    let flood = bounds::write_flood(&server, 8, 3).await;
    flood.print(8);
    let failures = bounds::flood_failures(&flood, 200);
    assert!(failures.is_empty(), "{failures:?}");
    drop(server);

    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), bounds::POW_FLOOD_ENV).await;
    let flood = bounds::pow_flood(&server, 4, 3).await;
    flood.print(4);
    // Quiet challenges ask for at most 400 attempts; a 3 s burst from 4 clients got
    // 50 reports in and pushed the attempts to 1,000–2,000 (stop 23).
    let failures = bounds::pow_flood_failures(&flood, 100, 800);
    assert!(failures.is_empty(), "{failures:?}");
}
