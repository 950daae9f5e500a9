//! Builds the actor lexicon artifact from the PETRARCH2 dictionaries.
//!
//! `cargo run --release -p dossier-actors --example build_actors -- ../shared/data/petrarch2 crates/dossier-actors/data/actors.bin`

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: build_actors PETRARCH2_DIR OUTPUT.bin");
        return ExitCode::FAILURE;
    };
    let lexicon = match dossier_actors::build(&PathBuf::from(input)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = match lexicon.to_bytes() {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(output, &bytes) {
        eprintln!("writing {output}: {e}");
        return ExitCode::FAILURE;
    }
    let count = |k| lexicon.actors.iter().filter(|a| a.kind == k).count();
    println!(
        "{} agents, {} actors ({} countries, {} organisations, {} people) -> {} ({} bytes)",
        lexicon.agents.len(),
        lexicon.actors.len(),
        count(dossier_actors::ActorKind::Country),
        count(dossier_actors::ActorKind::Organisation),
        count(dossier_actors::ActorKind::Person),
        output,
        bytes.len()
    );
    ExitCode::SUCCESS
}
