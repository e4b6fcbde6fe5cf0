//! A short smoke of `cargo bench --bench signin_flood` (issue 19): 3 s of unknown
//! logins from 32 clients, from one address and from many, against the demo binary.
//! The flood gets only 401/429/503, the officer's right password is answered, and
//! the server's memory stays bounded (the bench states the release figures).

#[path = "../benches/flood/mod.rs"]
mod flood;
mod support;

use flood::{Server, Sources};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sign_in_flood_is_bounded() {
    for sources in [Sources::One, Sources::Many] {
        let data = tempfile::tempdir().unwrap();
        let server = Server::start(data.path());
        let outcome = flood::flood(&server, sources, 32, 3).await;
        outcome.print(&format!("smoke, {sources:?}"));
        let failures = outcome.failures(sources, true);
        assert!(failures.is_empty(), "{failures:?}");
        if matches!(sources, Sources::Many) {
            // Both kinds of wrong sign-in are answered 401 (timing: see the bench).
            flood::enumeration_medians(&server, 5).await;
        }
    }
}
