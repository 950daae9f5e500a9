//! Prints the temporal and numeric mentions of a text file: `temporal_demo FILE [ANCHOR]`.

use dossier_model::PartialDate;
use dossier_temporal::{analyse, TemporalOptions};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: temporal_demo FILE [YYYY-MM-DD]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let anchor = args.next().and_then(|a| PartialDate::parse(&a));
    let found = analyse(
        &text,
        &TemporalOptions {
            anchor,
            ..TemporalOptions::default()
        },
    );
    for m in &found.temporal {
        println!(
            "{:>6}..{:<6} {:<9} {:<28} value={} precision={:?} {} conf={:.2}{}",
            m.start,
            m.end,
            format!("{:?}", m.kind),
            format!("{:?}", m.text),
            m.value
                .value
                .map(|v| v.to_string())
                .unwrap_or_else(|| "-".into()),
            m.value.precision,
            m.resolution.as_str(),
            m.confidence,
            m.note
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default()
        );
    }
    for n in &found.numeric {
        println!(
            "{:>6}..{:<6} {:<9} {:<28} value={:?} unit={:?}",
            n.start,
            n.end,
            n.kind.as_str(),
            format!("{:?}", n.text),
            n.value,
            n.unit
        );
    }
}
