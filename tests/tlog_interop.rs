//! The key log checked by an implementation that is not ours: Go's
//! `golang.org/x/mod/sumdb/note` and `sumdb/tlog` (Debian's golang-go and
//! golang-golang-x-mod-dev), through `tests/go/tlogcheck`, against the demo as a
//! real process. It verifies the checkpoint's signature, the tiles against the
//! signed root, an inclusion proof for every statement, and, after a key is
//! added, that the new tree extends the old one; then a statement edited behind
//! the log's back fails its inclusion proof there too.

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use passerelle::domain::UnitSlug;
use passerelle::store::audit::Actor;
use passerelle::store::units::{self, RecipientKind};

const GOPATH: &str = "/usr/share/gocode";

/// Go and x/mod's sumdb packages, or `None` (a skip, unless `go` is required).
fn go() -> Option<PathBuf> {
    let go = Command::new("go").arg("version").output();
    let have_go = go.is_ok_and(|o| o.status.success());
    let have_mod = Path::new(GOPATH)
        .join("src/golang.org/x/mod/sumdb/tlog")
        .exists();
    if have_go && have_mod {
        return Some(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/go/tlogcheck/main.go"));
    }
    let why = "go or golang-golang-x-mod-dev is not installed (apt-get install golang-go golang-golang-x-mod-dev)";
    if support::required("go") {
        panic!("the Go interop test is required (PASSERELLE_TEST_REQUIRE) but {why}");
    }
    eprintln!("SKIPPED: {why}; set PASSERELLE_TEST_REQUIRE=go to make this fail");
    None
}

/// Runs tlogcheck against `base`; (success, stdout, stderr).
fn tlogcheck(program: &Path, cache: &Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new("go")
        .arg("run")
        .arg(program)
        .args(args)
        .env("GOPATH", GOPATH)
        .env("GO111MODULE", "off")
        .env("GOFLAGS", "")
        .env("GOCACHE", cache)
        .env("GOTOOLCHAIN", "local")
        .output()
        .expect("go run");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The served checkpoint's (size, base64 root), once it covers `at_least`.
async fn checkpoint(http: &reqwest::Client, base: &str, at_least: u64) -> (u64, String) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let res = http
            .get(format!("{base}/transparency/log/keys/checkpoint"))
            .send()
            .await
            .unwrap();
        if res.status() == 200 {
            let text = res.text().await.unwrap();
            let mut lines = text.lines();
            lines.next();
            let size: u64 = lines.next().unwrap().parse().unwrap();
            let root = lines.next().unwrap().to_string();
            if size >= at_least {
                return (size, root);
            }
        }
        assert!(Instant::now() < deadline, "no checkpoint of {at_least}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn go_sumdb_verifies_the_key_log() {
    let Some(program) = go() else { return };
    let data = tempfile::tempdir().unwrap();
    let cache = data.path().join("gocache");
    let demo = support::Demo::start(data.path(), None, None);
    let http = reqwest::Client::new();
    let db = demo.database().await;
    let all = |db: sea_orm::DatabaseConnection| async move {
        use sea_orm::ConnectionTrait;
        let row = db
            .query_one_raw(sea_orm::Statement::from_string(
                db.get_database_backend(),
                "SELECT COUNT(*) AS n FROM log_entry WHERE log = 'keys'",
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "n").unwrap() as u64
    };
    let (size, root) = checkpoint(&http, &demo.base, all(db.clone()).await).await;
    assert!(size >= 6, "{size} statements");
    let (ok, stdout, stderr) = tlogcheck(&program, &cache, &[&demo.base]);
    assert!(ok, "tlogcheck failed:\n{stdout}\n{stderr}");
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("entry ")).count() as u64,
        size
    );
    assert!(
        stdout.contains(&format!("ok passerelle.demo/log/keys {size} {root}")),
        "{stdout}"
    );

    // A key added (the demo's own database, as `passerelle recipient add` does):
    // one more statement, and Go checks the new tree extends the one it saw.
    let key = age::x25519::Identity::generate().to_public().to_string();
    units::add_recipient(
        &db,
        &Actor::Admin,
        &UnitSlug::parse("gbv").unwrap(),
        &key,
        RecipientKind::Officer,
        None,
        "interop",
    )
    .await
    .unwrap();
    let (grown, _) = checkpoint(&http, &demo.base, size + 1).await;
    assert_eq!(grown, size + 1);
    let (ok, stdout, stderr) = tlogcheck(&program, &cache, &[&demo.base, &size.to_string(), &root]);
    assert!(ok, "tlogcheck (consistency) failed:\n{stdout}\n{stderr}");

    // A statement edited behind the log's back: Go's inclusion proof refuses it.
    {
        use sea_orm::ConnectionTrait;
        db.execute_unprepared(
            "UPDATE log_entry SET data = CAST(REPLACE(CAST(data AS TEXT), '\"v\":1', '\"v\":2') AS BLOB) \
             WHERE log = 'keys' AND idx = 0",
        )
        .await
        .unwrap();
    }
    let (ok, stdout, stderr) = tlogcheck(&program, &cache, &[&demo.base]);
    assert!(!ok, "an edited statement passed:\n{stdout}");
    assert!(
        stderr.contains("entry 0 is not the one in the signed tree"),
        "{stderr}"
    );
    db.close().await.ok();
    drop(demo);
}
