//! Prints the places and facilities found in text files (or stdin), one JSON object a line.
//!
//! `cargo run --release -p dossier-gazetteer --example places -- FILE...`

use dossier_gazetteer::{Gazetteer, ResolveContext};
use std::io::Read;
use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    let mut texts = Vec::new();
    if files.is_empty() {
        let mut text = String::new();
        if let Err(e) = std::io::stdin().read_to_string(&mut text) {
            eprintln!("stdin: {e}");
            return ExitCode::FAILURE;
        }
        texts.push(("-".to_string(), text));
    }
    for f in files {
        match std::fs::read_to_string(&f) {
            Ok(t) => texts.push((f, t)),
            Err(e) => {
                eprintln!("{f}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let gazetteer = Gazetteer::embedded();
    for (file, text) in texts {
        let places = gazetteer.places_in(&text, &ResolveContext::default());
        for p in &places {
            println!(
                "{file}\tplace\t{}",
                serde_json::to_string(p).unwrap_or_default()
            );
        }
        for f in gazetteer.facilities_with(&text, &places) {
            println!(
                "{file}\tfacility\t{}",
                serde_json::to_string(&f).unwrap_or_default()
            );
        }
    }
    ExitCode::SUCCESS
}
