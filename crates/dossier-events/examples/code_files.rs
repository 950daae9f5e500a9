//! Prints the events coded from text files: `cargo run --release -p dossier-events --example
//! code_files -- FILE...` (a development aid; `dossier events` is the user-facing command).
use dossier_ingest::{read_path, Limits};

fn main() {
    for arg in std::env::args().skip(1) {
        for doc in read_path(std::path::Path::new(&arg), &Limits::default()) {
            let Ok(doc) = doc else { continue };
            let ents = dossier_entities::analyse(&doc);
            let events = dossier_events::code_document(&doc, &ents);
            println!("== {} {}", arg, doc.id);
            for e in &events.events {
                let actors: Vec<String> = e
                    .actors
                    .iter()
                    .map(|a| {
                        format!(
                            "{}:{}{}",
                            a.role.as_str(),
                            a.name,
                            if a.host { "(host)" } else { "" }
                        )
                    })
                    .collect();
                println!(
                    "{} {:?}/{:?} cameo={:?} mode={:?} status={:?} [{}] place={:?} date={:?} topics={:?} conf={:.2}",
                    e.id,
                    e.event_type,
                    e.kind,
                    e.cameo,
                    e.mode,
                    e.status,
                    actors.join(", "),
                    e.place.as_ref().map(|p| format!("{} / {:?} / {}", p.name, p.city, p.precision)),
                    e.date.as_ref().map(|d| format!("{} ({})", d.value, d.resolution)),
                    e.topics,
                    e.confidence
                );
                for s in &e.sources {
                    for t in &s.triggers {
                        println!("    trigger {:?}", t.text);
                    }
                    for c in &s.claimed_by {
                        println!("    claimed by {} ({})", c.name, c.kind);
                    }
                    for ev in &s.evidence {
                        println!("    > {}", ev.text.chars().take(110).collect::<String>());
                    }
                }
            }
        }
    }
}
