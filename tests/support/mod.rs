//! Shared by the tests that need Node.js, Chromium or the demo process (and the
//! sign-in flood bench).
#![allow(dead_code)] // each test binary uses part of this module

pub mod pg;
pub mod smtp;

use std::path::PathBuf;
use std::process::Command;

pub fn required(what: &str) -> bool {
    std::env::var("PASSERELLE_TEST_REQUIRE")
        .map(|v| v.split(',').any(|x| x.trim() == what || x.trim() == "all"))
        .unwrap_or(false)
}

pub fn web_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("web")
}

/// Node.js with the web folder's packages installed (build.rs installs them).
pub fn node_ready(what: &str) -> bool {
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let modules = web_dir().join("node_modules/age-encryption").exists();
    if node && modules {
        return true;
    }
    let why = if node {
        "web/node_modules is missing (run npm ci in web/)"
    } else {
        "node is not installed"
    };
    if required(what) {
        panic!("{what} tests are required (PASSERELLE_TEST_REQUIRE) but {why}");
    }
    eprintln!("SKIPPED: {why}; set PASSERELLE_TEST_REQUIRE={what} to make this fail");
    false
}

/// A random tag to put in a canary sentence: `n` letters from a to p, never a
/// digit. A hex tag is sometimes all digits (one run in ~350 with 12), which the
/// page's "before you send" reminder rightly reads as a phone number; the flow
/// then finds the reminder pointing at the wrong field.
pub fn canary_tag(n: usize) -> String {
    let bytes = passerelle::crypto::random_bytes::<16>();
    assert!(n <= 2 * bytes.len());
    bytes
        .iter()
        .flat_map(|b| [b >> 4, b & 15])
        .take(n)
        .map(|x| char::from(b'a' + x))
        .collect()
}

/// Runs `node SCRIPT ARGS` in web/, killed after `limit`: a browser script that
/// hangs (a page that never answers, a Playwright call that never returns) fails
/// its test instead of holding CI until its own time limit. Output goes to files
/// beside `log` (`.stdout`, `.stderr`), so that a chatty script cannot block on a
/// full pipe.
pub fn node_script(
    script: &str,
    args: &[&std::ffi::OsStr],
    log: &std::path::Path,
    limit: std::time::Duration,
) -> std::process::Output {
    let out_path = log.with_extension("stdout");
    let err_path = log.with_extension("stderr");
    let mut child = Command::new("node")
        .arg(script)
        .args(args)
        .current_dir(web_dir())
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap())
        .spawn()
        .expect("node runs");
    let deadline = std::time::Instant::now() + limit;
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "{script} {args:?} did not finish within {limit:?}:\n{}\n{}",
                std::fs::read_to_string(&out_path).unwrap_or_default(),
                std::fs::read_to_string(&err_path).unwrap_or_default()
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    std::process::Output {
        status,
        stdout: std::fs::read(&out_path).unwrap_or_default(),
        stderr: std::fs::read(&err_path).unwrap_or_default(),
    }
}

pub fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| "/usr/bin/chromium".into());
    let ok = path.exists() && web_dir().join("node_modules/playwright-core").exists();
    if ok {
        return Some(path);
    }
    if required("browser") {
        panic!(
            "the browser test is required (PASSERELLE_TEST_REQUIRE) but {} or playwright-core is missing",
            path.display()
        );
    }
    eprintln!(
        "SKIPPED: no Chromium at {}; install Debian's chromium or set CHROMIUM, and PASSERELLE_TEST_REQUIRE=browser to make this fail",
        path.display()
    );
    None
}

/// `passerelle demo` running as a real process (the binary a newcomer runs), logging
/// to `DATA/server.log`; killed when dropped.
pub struct Demo {
    child: std::process::Child,
    pub base: String,
    pub port: u16,
    pub data: PathBuf,
}

impl Demo {
    /// Starts the demo on `port` (one the system picks if `None`), on SQLite in
    /// `data` unless `database` names another, and waits until it answers and
    /// wrote demo.json.
    pub fn start(data: &std::path::Path, port: Option<u16>, database: Option<&str>) -> Self {
        Self::start_with(data, port, database, &[])
    }

    /// The same, with settings given as `PASSERELLE__…` environment variables.
    pub fn start_with(
        data: &std::path::Path,
        port: Option<u16>,
        database: Option<&str>,
        env: &[(&str, &str)],
    ) -> Self {
        use std::time::{Duration, Instant};
        let log_path = data.join("server.log");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&log_path)
            .unwrap();
        // What this run prints starts here (a restart appends to the same log).
        let from = log.metadata().unwrap().len() as usize;
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_passerelle"));
        cmd.args(["demo", "--data"])
            .arg(data)
            .args(["--listen", &format!("127.0.0.1:{}", port.unwrap_or(0))])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("RUST_LOG", "info")
            .envs(env.iter().copied())
            .stdout(std::process::Stdio::from(log.try_clone().unwrap()))
            .stderr(std::process::Stdio::from(log));
        if let Some(url) = database {
            cmd.args(["--database", url]);
        }
        let mut child = cmd.spawn().expect("passerelle demo starts");
        // The demo says where it listens once it holds the port (no port is picked
        // here and let go, for something else to take meanwhile).
        let deadline = Instant::now() + Duration::from_secs(60);
        let port = loop {
            let printed = std::fs::read(&log_path).unwrap_or_default();
            let printed = String::from_utf8_lossy(printed.get(from..).unwrap_or_default());
            let said = printed
                .split("Report form:    http://127.0.0.1:")
                .nth(1)
                .and_then(|rest| rest.split('/').next())
                .and_then(|p| p.parse::<u16>().ok());
            if let Some(port) = said
                && std::net::TcpStream::connect(("127.0.0.1", port)).is_ok()
                && data.join("demo.json").exists()
            {
                break port;
            }
            if Instant::now() >= deadline || child.try_wait().ok().flatten().is_some() {
                let _ = child.kill();
                panic!("the demo did not start:\n{printed}");
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            port,
            data: data.to_path_buf(),
        }
    }

    /// A connection of our own to the demo's SQLite database (beside the server's:
    /// to change things behind its back, or as an admin command would).
    pub async fn database(&self) -> sea_orm::DatabaseConnection {
        passerelle::store::connect(
            &format!(
                "sqlite://{}?mode=rwc",
                self.data.join("passerelle.db").display()
            ),
            1,
        )
        .await
        .expect("the demo's SQLite database")
    }

    /// The units as `GET /api/v1/units` publishes them.
    pub async fn units(&self, http: &reqwest::Client) -> Vec<serde_json::Value> {
        let units: serde_json::Value = http
            .get(format!("{}/api/v1/units", self.base))
            .send()
            .await
            .expect("GET /api/v1/units answers")
            .json()
            .await
            .expect("GET /api/v1/units is JSON");
        units["units"].as_array().expect("a list of units").clone()
    }

    /// One published unit.
    pub async fn unit(&self, http: &reqwest::Client, slug: &str) -> serde_json::Value {
        self.units(http)
            .await
            .into_iter()
            .find(|u| u["slug"] == slug)
            .unwrap_or_else(|| panic!("{slug} is published"))
    }

    /// The first demo officer of `slug`, as demo.json names them (login, token,
    /// password, identity file).
    pub fn officer(&self, slug: &str) -> serde_json::Value {
        let file = std::fs::read_to_string(self.data.join("demo.json")).expect("demo.json");
        let names: serde_json::Value = serde_json::from_str(&file).expect("demo.json is JSON");
        names["units"]
            .as_array()
            .expect("demo.json lists units")
            .iter()
            .find(|u| u["slug"] == slug)
            .unwrap_or_else(|| panic!("the demo has a {slug} unit"))["officers"][0]
            .clone()
    }

    /// The server process's id (to read its memory from /proc).
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// SIGKILL: no shutdown at all.
    pub fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A published unit's recipients (`GET /api/v1/units`), to encrypt to.
pub fn recipients(unit: &serde_json::Value) -> Vec<String> {
    unit["recipients"]
        .as_array()
        .expect("a unit's recipients")
        .iter()
        .map(|r| r.as_str().expect("a recipient").to_string())
        .collect()
}

/// A solved proof-of-work challenge for `kind` (report, message, lookup), as the
/// `Passerelle-Pow` header's value: what a browser's solver sends.
pub async fn pow(http: &reqwest::Client, base: &str, kind: &str) -> String {
    let res = http
        .get(format!("{base}/api/v1/pow/{kind}"))
        .send()
        .await
        .expect("GET /api/v1/pow/… answers");
    assert_eq!(res.status(), 200, "GET /api/v1/pow/{kind}");
    let challenge: altcha::Challenge = res.json().await.expect("a challenge");
    passerelle::pow::solve(&challenge).expect("a challenge can be solved")
}
