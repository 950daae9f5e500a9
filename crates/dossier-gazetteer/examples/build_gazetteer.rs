//! Builds the embedded gazetteer artifact from GeoNames.
//!
//! `cargo run --release -p dossier-gazetteer --example build_gazetteer -- ../shared/data/geonames crates/dossier-gazetteer/data/gazetteer.bin`

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: build_gazetteer GEONAMES_DIR OUTPUT.bin");
        return ExitCode::FAILURE;
    };
    let started = Instant::now();
    let gazetteer = match dossier_gazetteer::build(&PathBuf::from(input)) {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let bytes = match gazetteer.to_bytes() {
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
    let count = |k| gazetteer.places().iter().filter(|p| p.kind == k).count();
    let names: usize = gazetteer.places().iter().map(|p| p.names.len()).sum();
    println!(
        "{} cities, {} countries, {} continents, {} seas/gulfs/straits/regions, {} names -> {} ({} bytes) in {:.1}s",
        count(dossier_gazetteer::PlaceKind::City),
        count(dossier_gazetteer::PlaceKind::Country),
        count(dossier_gazetteer::PlaceKind::Continent),
        gazetteer.places().len()
            - count(dossier_gazetteer::PlaceKind::City)
            - count(dossier_gazetteer::PlaceKind::Country)
            - count(dossier_gazetteer::PlaceKind::Continent),
        names,
        output,
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    ExitCode::SUCCESS
}
