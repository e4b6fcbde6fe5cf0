//! A short smoke of `cargo bench --bench signin_flood` (issue 19): 3 s of unknown
//! logins from 32 clients, from one address and from many, against the demo binary.
//! The flood gets only 401/429/503, the officer's right password is answered, and
//! the server's memory grows by no more than its two password workers' (the bench
//! checks the release figures).

#[path = "../benches/flood/mod.rs"]
mod flood;
mod support;

use flood::{Memory, Server, Sources};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_flood_is_bounded() {
    for sources in [Sources::One, Sources::Many] {
        let data = tempfile::tempdir().unwrap();
        // Two password workers whatever the machine: each keeps ~19 MiB.
        let server = Server::start(
            data.path(),
            &[("PASSERELLE__CONSOLE__PASSWORD_WORKERS", "2")],
        );
        let outcome = flood::flood(&server, sources, 32, 3).await;
        outcome.print(&format!("smoke, {sources:?}"));
        // A debug binary starts larger than the release one; what must hold is
        // that the flood adds no more than the two workers' memory (and slack).
        let failures = outcome.failures(sources, Memory::Growth(2.0 * 19.0 + 25.0));
        assert!(failures.is_empty(), "{failures:?}");
        if matches!(sources, Sources::Many) {
            // Both kinds of wrong sign-in are answered 401 (timing: see the bench).
            flood::enumeration_medians(&server, 5).await;
        }
    }
}
