//! Prints what `extract` finds in HTML files (`.html` or `.html.gz`), one summary line each:
//! `cargo run --release -p dossier-html --example extract_file -- FILE... [--body]`.

use flate2::read::GzDecoder;
use std::io::Read;

fn read_page(path: &str) -> std::io::Result<String> {
    let bytes = std::fs::read(path)?;
    let bytes = if path.ends_with(".gz") {
        let mut out = Vec::new();
        GzDecoder::new(bytes.as_slice()).read_to_end(&mut out)?;
        out
    } else {
        bytes
    };
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show_body = args.iter().any(|a| a == "--body");
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let html = match read_page(path) {
            Ok(html) => html,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        match dossier_html::extract(&html, None) {
            Ok(a) => {
                println!(
                    "{path}\n  title: {:?}\n  byline: {:?}\n  published: {:?}\n  site: {:?}\n  canonical: {:?}\n  lang: {:?}\n  paragraphs: {}  removed: {}  source: {:?}",
                    a.title,
                    a.byline,
                    a.published.map(|d| format!("{} ({})", d.date, d.field)),
                    a.site_name,
                    a.canonical_url,
                    a.lang,
                    a.paragraphs.len(),
                    a.removed.len(),
                    a.body_source,
                );
                if show_body {
                    for p in &a.paragraphs {
                        println!("    | {p}");
                    }
                }
            }
            Err(e) => println!("{path}\n  error: {e}"),
        }
    }
}
