//! Bundles the browser modules (web/src, with the `age-encryption` npm package) into
//! one static file with esbuild, so the binary can serve it itself. Needs Node.js and
//! npm on the build machine; `npm ci` runs once, when web/node_modules is missing.
//! Set PASSERELLE_WEB_DIST=/dir to use bundles built elsewhere (`node web/build.mjs
//! /dir/passerelle.js` writes passerelle.js and console.js there).

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    for p in [
        "web/src",
        "web/build.mjs",
        "web/package.json",
        "web/package-lock.json",
    ] {
        println!("cargo:rerun-if-changed={p}");
    }
    println!("cargo:rerun-if-env-changed=PASSERELLE_WEB_DIST");
    let out =
        PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("passerelle.js");
    embed_static_files(&out.with_file_name("static_files.rs"));

    if let Ok(dist) = std::env::var("PASSERELLE_WEB_DIST") {
        for name in ["passerelle.js", "console.js", "pow-worker.js"] {
            let from = Path::new(&dist).join(name);
            std::fs::copy(&from, out.with_file_name(name)).unwrap_or_else(|e| {
                fail(&format!(
                    "cannot copy {} (PASSERELLE_WEB_DIST): {e}",
                    from.display()
                ))
            });
        }
        return;
    }

    let web = Path::new("web");
    if !web.join("node_modules/age-encryption").exists()
        || !web.join("node_modules/esbuild").exists()
    {
        run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
                .current_dir(web),
            "npm ci (installing the browser modules' dependencies)",
        );
    }
    run(
        Command::new("node")
            .arg("build.mjs")
            .arg(&out)
            .current_dir(web),
        "node web/build.mjs (bundling the browser modules)",
    );
}

/// Lists the icons and fonts under web/static as `include_bytes!` entries, so that
/// the binary serves them itself (src/routes/assets.rs).
fn embed_static_files(dest: &Path) {
    let mut entries = Vec::new();
    for (dir, ext, media_type) in [
        ("icons", "svg", "image/svg+xml"),
        ("fonts", "woff2", "font/woff2"),
    ] {
        let path = Path::new("web/static").join(dir);
        println!("cargo:rerun-if-changed={}", path.display());
        let Ok(list) = std::fs::read_dir(&path) else {
            continue;
        };
        let mut names: Vec<_> = list
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| {
                n.ends_with(&format!(".{ext}"))
                    && n.chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
            })
            .collect();
        names.sort();
        for name in names {
            let abs = std::fs::canonicalize(path.join(&name))
                .unwrap_or_else(|e| fail(&format!("cannot read web/static/{dir}/{name}: {e}")));
            entries.push(format!(
                "    (\"{dir}/{name}\", \"{media_type}\", include_bytes!({:?})),\n",
                abs.display().to_string()
            ));
        }
    }
    let code = format!(
        "/// (path under /assets/, media type, bytes)\npub const STATIC_FILES: &[(&str, &str, &[u8])] = &[\n{}];\n",
        entries.concat()
    );
    std::fs::write(dest, code)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", dest.display())));
}

fn run(cmd: &mut Command, what: &str) {
    match cmd.status() {
        Ok(s) if s.success() => {}
        Ok(s) => fail(&format!("{what} failed with {s}")),
        Err(e) => fail(&format!(
            "{what} could not start ({e}); install Node.js 20+ and npm, or set PASSERELLE_WEB_DIST"
        )),
    }
}

fn fail(msg: &str) -> ! {
    eprintln!("error: {msg}");
    std::process::exit(1);
}
