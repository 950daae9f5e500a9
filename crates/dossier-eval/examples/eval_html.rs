//! Runs the html suite: `cargo run --release -p dossier-eval --example eval_html -- DIR [--json]`.

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/data/html-extraction/zyte"));
    let json = args.any(|a| a == "--json");
    match dossier_eval::eval_html(&dir) {
        Ok(report) if json => match serde_json::to_string_pretty(&report) {
            Ok(text) => println!("{text}"),
            Err(e) => eprintln!("{e}"),
        },
        Ok(report) => print!("{}", dossier_eval::render_html_report_text(&report)),
        Err(e) => {
            eprintln!("eval_html: {e}");
            std::process::exit(1);
        }
    }
}
