//! Shared by the tests that need Node.js or Chromium.
#![allow(dead_code)] // each test binary uses part of this module

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
