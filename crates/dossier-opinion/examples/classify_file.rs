//! Prints the opinion verdict of every sentence of the documents in a file.
//!
//! `cargo run --release -p dossier-opinion --example classify_file -- ../shared/corpus/seeds/001_ed0f8eca4efca57a.txt`

use dossier_ingest::{read_path, Limits};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for path in std::env::args().skip(1) {
        for doc in read_path(std::path::Path::new(&path), &Limits::default()) {
            let doc = doc?;
            for v in dossier_opinion::classify_document(&doc) {
                let stance = match v.score.stance {
                    dossier_opinion::SentenceStance::Opinion => "OPINION".to_string(),
                    dossier_opinion::SentenceStance::Reporting => "reporting".to_string(),
                    dossier_opinion::SentenceStance::AttributedOpinion { speaker } => format!(
                        "attributed to {:?}",
                        speaker.map(|s| doc.text(&s)).unwrap_or("")
                    ),
                };
                println!(
                    "{:.3}\t{stance}\t{}",
                    v.score.probability,
                    doc.text(&v.span)
                );
            }
        }
    }
    Ok(())
}
