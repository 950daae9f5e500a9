//! Shows, for each sentence argument, the event triggers and participant candidates the coder
//! sees and the events it codes: `cargo run --release -p dossier-events --example explain --
//! "SENTENCE"...` (a development aid for the coder).
use dossier_events::coder::{find_hits, participants_of, SentenceView};
use dossier_ingest::{read_bytes, Limits};

fn main() {
    let coder = dossier_events::EventCoder::embedded();
    for (n, text) in std::env::args().skip(1).enumerate() {
        let Some(Ok(doc)) =
            read_bytes(&format!("s{n}.txt"), text.as_bytes(), &Limits::default()).next()
        else {
            continue;
        };
        let ents = dossier_entities::analyse(&doc);
        println!("== {text}");
        for e in &ents.entities {
            println!("  entity {:?} {:?}", e.kind, e.name);
        }
        for s in &doc.sentences {
            let view = SentenceView::new(&doc.body, s.span, &ents, coder.actors);
            for c in &view.candidates {
                println!("  cand {:?} {:?} code={:?}", c.kind, c.name, c.actor_code);
            }
            for h in find_hits(&view, coder.verbs) {
                let w = |i: usize| {
                    view.words
                        .get(i)
                        .map(|w| w.lower.clone())
                        .unwrap_or_default()
                };
                let (a, b) = participants_of(&view, &h);
                println!(
                    "  hit {}..{} '{}' cameo={} type={:?} passive={} status={:?} reporting={} compl={:?} subj={:?} obj={:?}",
                    h.first, h.last, w(h.first), h.cameo,
                    h.coding.as_ref().map(|c| c.event_type.clone()),
                    h.passive, h.status, h.reporting, h.complement,
                    a.and_then(|i| view.candidates.get(i)).map(|c| c.name.clone()),
                    b.and_then(|i| view.candidates.get(i)).map(|c| c.name.clone()),
                );
            }
        }
        for e in coder.code(&doc, &ents).events {
            let actors: Vec<String> = e
                .actors
                .iter()
                .map(|a| format!("{}:{}", a.role.as_str(), a.name))
                .collect();
            println!(
                "  EVENT {:?} cameo={:?} [{}] conf={:.2}",
                e.event_type,
                e.cameo,
                actors.join(", "),
                e.confidence
            );
        }
    }
}
