//! Runs the browser modules' own tests (node's test runner), so that `cargo test`
//! covers both sides of the crypto contract.

mod support;

#[test]
fn browser_modules_pass_their_tests() {
    if !support::node_ready("node") {
        return;
    }
    let out = std::process::Command::new("node")
        .args(["--test", "tests/"])
        .current_dir(support::web_dir())
        .output()
        .expect("node runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let summary: Vec<&str> = text.lines().filter(|l| l.starts_with("# ")).collect();
    assert!(
        out.status.success(),
        "node --test failed:\n{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("node --test web/tests/: {}", summary.join(" | "));
    assert!(text.contains("# fail 0"), "{text}");
}
