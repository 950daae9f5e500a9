//! Measures ingest speed (documents/s and MB/s) on generated plain text and on the HTML
//! pages of `../shared/data/html-extraction/zyte/html` (`*.html.gz`, decompressed in
//! memory first so that only ingest is timed). Run in release:
//!
//! `cargo run --release -p dossier-ingest --example ingest_speed`

use dossier_ingest::{read_bytes, Limits};
use std::io::Read;
use std::path::PathBuf;
use std::time::Instant;

fn shared() -> PathBuf {
    std::env::var_os("DOSSIER_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")))
}

/// A fictional article of about 3 KB with site chrome, a dateline and an embedded post.
fn text_article(i: usize) -> String {
    let mut s = format!(
        " date 2031-03-{:02} The Dale Courier\n\nNews. Views. Truth.\n\nArnor Envoy {i} Reaches Minas Tirith for Border Talks\n\nMarch 3, 2031\n\n– Categories: World\n\n",
        1 + i % 28
    );
    for p in 0..6 {
        s.push_str(&format!(
            "Envoy number {i} of Arnor met the steward of Gondor in hall {p} on Monday, officials said. The two sides discussed the northern border, the river trade and the repair of the old roads. A further meeting is expected within weeks, according to a statement from the council.\n\n"
        ));
    }
    s.push_str("Die Flotte von Gondor ist heute Morgen ausgelaufen pic.twitter.com/Ab12Cd — Gondor Navy (@GondorNavy) March 2, 2031\n\n");
    s.push_str("The talks are the first of their kind in a generation and were welcomed by merchants on both sides of the border.");
    s
}

fn measure(label: &str, inputs: &[(String, Vec<u8>)]) {
    let limits = Limits::default();
    let bytes: usize = inputs.iter().map(|(_, b)| b.len()).sum();
    let started = Instant::now();
    let (mut docs, mut errors) = (0usize, 0usize);
    for (name, data) in inputs {
        for item in read_bytes(name, data, &limits) {
            match item {
                Ok(_) => docs += 1,
                Err(_) => errors += 1,
            }
        }
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "{label}: {docs} documents ({errors} rejected), {:.1} MB in {secs:.3}s: {:.0} docs/s, {:.2} MB/s",
        bytes as f64 / 1e6,
        docs as f64 / secs,
        bytes as f64 / 1e6 / secs
    );
}

fn main() {
    let text: Vec<(String, Vec<u8>)> = (0..3000)
        .map(|i| (format!("a{i}.txt"), text_article(i).into_bytes()))
        .collect();
    measure("text", &text);

    let dir = shared().join("data/html-extraction/zyte/html");
    let mut html = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            let Ok(gz) = std::fs::read(&path) else {
                continue;
            };
            let mut page = Vec::new();
            if flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut page)
                .is_ok()
            {
                html.push(("page.html".to_string(), page));
            }
        }
    }
    if html.is_empty() {
        println!("html: no pages found under {}", dir.display());
    } else {
        measure("html", &html);
    }
}
