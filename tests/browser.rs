//! The web UI in a real browser: `dossier serve` on loopback over the demo corpus, driven by
//! headless Chromium through Playwright (tests/browser/run.mjs): search, a story with two
//! outlets side by side and their evidence highlighted, an event, an actor, the map, the
//! graph, a GeoJSON export, an article with `<script>` and `onerror=` shown inert, and the
//! token. Screenshots go to target/browser-artifacts/.
//!
//! Needs Node.js and Chromium (`/usr/bin/chromium`, or `CHROMIUM`); `.ci/run` installs them
//! and sets `DOSSIER_BROWSER_TESTS=1`, which makes their absence a failure. Elsewhere the
//! test says what is missing and passes without running.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn required() -> bool {
    std::env::var("DOSSIER_BROWSER_TESTS").is_ok_and(|v| v == "1")
}

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

fn have(cmd: &str) -> bool {
    Command::new(cmd)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A `dossier serve` process, killed on drop.
struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &Path, token: Option<&str>) -> Server {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dossier"));
    cmd.arg("--db")
        .arg(db)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .env_remove("DOSSIER_ASSETS_DIR")
        .env_remove("DOSSIER_TOKEN")
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if let Some(t) = token {
        cmd.args(["--token", t]);
    }
    let mut child = cmd.spawn().expect("dossier serve starts");
    let stderr = child.stderr.take().expect("stderr");
    let mut lines = BufReader::new(stderr).lines();
    let started = Instant::now();
    let url = loop {
        let line = lines
            .next()
            .expect("dossier serve says where it listens")
            .expect("a line");
        if let Some(rest) = line.split("serving on ").nth(1) {
            break rest
                .split_whitespace()
                .next()
                .expect("a URL")
                .trim_end_matches('/')
                .to_string();
        }
        assert!(started.elapsed() < Duration::from_secs(30), "server start");
    };
    // Keep draining stderr so the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines.by_ref() {});
    Server { child, url }
}

#[test]
fn the_web_ui_in_headless_chromium() {
    let browser_dir = root().join("tests/browser");
    let missing: Vec<String> = [
        (!have("node")).then(|| "node".to_string()),
        (!chromium().exists()).then(|| format!("{}", chromium().display())),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !missing.is_empty() {
        assert!(
            !required(),
            "browser tests required (DOSSIER_BROWSER_TESTS=1) but missing: {}",
            missing.join(", ")
        );
        eprintln!(
            "browser test not run: missing {} (.ci/run installs them: apt-get install chromium nodejs)",
            missing.join(", ")
        );
        return;
    }
    if !browser_dir.join("node_modules/playwright-core").exists() {
        let status = Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&browser_dir)
            .status()
            .expect("npm runs");
        assert!(status.success(), "npm ci in tests/browser");
    }
    let tmp = tempfile::tempdir().expect("a temporary directory");
    let db = tmp.path().join("demo.db");
    let demo = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .arg("--db")
        .arg(&db)
        .args(["demo", "--save"])
        .arg(&db)
        .stdout(Stdio::null())
        .status()
        .expect("dossier demo runs");
    assert!(demo.success(), "dossier demo --save");
    let token = "browser-test-token-3019";
    let server = serve(&db, Some(token));
    let artifacts = root().join("target/browser-artifacts");
    std::fs::create_dir_all(&artifacts).expect("the artifacts folder");
    let out = Command::new("node")
        .arg("run.mjs")
        .current_dir(&browser_dir)
        .env("DOSSIER_URL", &server.url)
        .env("DOSSIER_TOKEN", token)
        .env("SCREENSHOT_DIR", &artifacts)
        .env("CHROMIUM", chromium())
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    println!("{stdout}");
    eprintln!("{stderr}");
    assert!(
        out.status.success(),
        "the browser test failed:\n{stdout}\n{stderr}"
    );
    assert!(artifacts.join("03-story.png").exists(), "story screenshot");
}
