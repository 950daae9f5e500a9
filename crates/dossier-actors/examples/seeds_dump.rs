//! Prints the person and organisation mentions and clusters found in text files.
//!
//! `cargo run --release -p dossier-actors --example seeds_dump -- FILE... [--date YYYY-MM-DD]`

use dossier_actors::{find_org_mentions, find_person_mentions, link_mentions};
use dossier_model::PartialDate;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let date = args
        .iter()
        .position(|a| a == "--date")
        .and_then(|i| args.get(i + 1))
        .and_then(|d| PartialDate::parse(d));
    for path in args
        .iter()
        .filter(|a| !a.starts_with("--") && PartialDate::parse(a).is_none())
    {
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("cannot read {path}");
            continue;
        };
        println!("== {path}");
        let mentions = find_person_mentions(&text, date);
        for m in &mentions {
            let a = |x: &Option<dossier_actors::Attribute>| {
                x.as_ref()
                    .map(|a| format!("{}({:?})", a.value, a.source))
                    .unwrap_or_default()
            };
            println!(
                "  {:?} name={:?} rank={} role={} org={} country={} sector={} service={:?}",
                &text[m.span.start..m.span.end],
                m.name,
                a(&m.rank),
                a(&m.role),
                a(&m.organisation),
                a(&m.country),
                a(&m.sector),
                m.service
            );
        }
        for c in link_mentions(&mentions) {
            println!(
                "  #{} {:?} names={:?} rank={:?} role={:?} country={:?} sector={:?} mentions={}",
                c.id,
                c.name,
                c.names,
                c.rank.as_ref().map(|a| &a.value),
                c.role.as_ref().map(|a| &a.value),
                c.country.as_ref().map(|a| &a.value),
                c.sector.as_ref().map(|a| &a.value),
                c.mentions.len()
            );
        }
        for o in find_org_mentions(&text) {
            println!(
                "  ORG {:?} canonical={:?} acr={:?} aliases={:?} country={:?} sector={:?}",
                o.name,
                o.canonical,
                o.acronym,
                o.aliases,
                o.country.as_ref().map(|a| &a.value),
                o.sector
            );
        }
    }
}
