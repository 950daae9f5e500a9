//! `dossier stories`, `dossier event ID`, `dossier actor NAME`: what several outlets say about
//! one story, one event and one person, reconciled from the stored per-document stages.

use crate::exit;
use clap::Args;
use dossier_model::Claim;
use dossier_query::{event_line, DocRef, EventLookup};
use std::collections::BTreeMap;
use std::path::Path;

#[derive(Args)]
pub struct StoriesArgs {
    /// How many stories to list (largest first).
    #[arg(long, default_value_t = 100)]
    limit: usize,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct EventArgs {
    /// A canonical event id (`ev:DOC:eN`, as `dossier stories` prints) or the id of any
    /// per-document event it merges (`DOC:eN`; DOC may be a unique prefix).
    id: String,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
pub struct ActorArgs {
    /// A name or part of one ("Haftar", "Asim Munir").
    name: String,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

pub fn stories(db: &Path, args: StoriesArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let out = dossier_query::story_summaries(&store, args.limit, 0)?;
    if args.json {
        super::print_json(&out)?;
        return Ok(exit::OK);
    }
    if out.is_empty() {
        println!(
            "no stories in {} (ingest articles first: dossier ingest FILES)",
            db.display()
        );
    }
    for s in &out {
        println!(
            "{}  {}  ({} documents, {} independent outlets, {}{})",
            s.id,
            s.headline.as_deref().unwrap_or("(no headline)"),
            s.documents.len(),
            s.outlets,
            match (&s.first_published, &s.last_published) {
                (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
                (Some(a), _) => a.clone(),
                _ => "undated".to_string(),
            },
            if s.discrepancies > 0 {
                format!(", {} discrepancies", s.discrepancies)
            } else {
                String::new()
            }
        );
        for d in &s.documents {
            println!(
                "    doc {}  {}  {}{}",
                d.id,
                d.outlet.as_deref().unwrap_or("-"),
                d.headline.as_deref().unwrap_or("(no headline)"),
                d.near_duplicate_of
                    .as_ref()
                    .map(|o| format!("  [reprint of {o}]"))
                    .unwrap_or_default()
            );
        }
        for v in &s.visits {
            println!(
                "    visit {}: {} in {}, {} ({} events)",
                v.id,
                v.visitor_name,
                v.country,
                v.month,
                v.parts.len()
            );
        }
        for e in &s.events {
            println!(
                "    {}  {}  {}  {}  {}  corroboration {}{}",
                e.id,
                e.what,
                e.date.as_deref().unwrap_or("undated"),
                e.place.as_deref().unwrap_or("-"),
                e.participants.join(", "),
                e.corroboration,
                if e.discrepancies > 0 {
                    format!("  ({} discrepancies)", e.discrepancies)
                } else {
                    String::new()
                }
            );
        }
    }
    Ok(exit::OK)
}

fn claim_line(c: &Claim, docs: &[DocRef]) -> String {
    let outlet = c
        .outlet
        .clone()
        .or_else(|| {
            docs.iter()
                .find(|d| d.id == c.doc_id)
                .and_then(|d| d.headline.clone())
        })
        .unwrap_or_else(|| c.doc_id.to_string());
    format!(
        "{} ({outlet}, {} [{}..{}] \"{}\")",
        c.value, c.doc_id, c.evidence.start, c.evidence.end, c.evidence.text
    )
}

pub fn event(db: &Path, args: EventArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let page = match dossier_query::canonical_event(&store, &args.id)? {
        EventLookup::Found(page) => page,
        EventLookup::BadId => {
            eprintln!(
                "dossier: {}: expected an event id like ev:DOC:e0 or DOC:e0",
                args.id
            );
            return Ok(exit::USAGE);
        }
        EventLookup::NoDocument(why) => {
            eprintln!("dossier: {why} in {}", db.display());
            return Ok(exit::NOT_FOUND);
        }
        EventLookup::NoEvent => {
            eprintln!("dossier: no event {} in {}", args.id, db.display());
            return Ok(exit::NOT_FOUND);
        }
        EventLookup::NotAnalysed => {
            eprintln!(
                "dossier: no event {} in {} yet: the story of its document is not reconciled \
                 (run `dossier ingest` again to reconcile it)",
                args.id,
                db.display()
            );
            return Ok(exit::NOT_FOUND);
        }
    };
    let found = &page.event;
    if args.json {
        super::print_json(&page)?;
        return Ok(exit::OK);
    }
    print!("{}", super::events::render(&found.event));
    println!(
        "    corroboration {} independent outlet{}{}",
        found.corroboration,
        if found.corroboration == 1 { "" } else { "s" },
        if found.single_source {
            " (single source)"
        } else {
            ""
        }
    );
    if let Some(v) = &found.visit {
        println!("    part of {v}");
    }
    println!("    what each source says:");
    let mut by_doc: BTreeMap<String, Vec<(&str, &Claim)>> = BTreeMap::new();
    for (field, claims) in [
        ("actor", &found.claims.actors),
        ("place", &found.claims.place),
        ("date", &found.claims.date),
        ("number", &found.claims.numbers),
    ] {
        for c in claims {
            by_doc
                .entry(c.doc_id.to_string())
                .or_default()
                .push((field, c));
        }
    }
    for (doc_id, claims) in &by_doc {
        let outlet = claims
            .first()
            .and_then(|(_, c)| c.outlet.clone())
            .unwrap_or_else(|| "-".to_string());
        println!("      {doc_id} {outlet}");
        for (field, c) in claims {
            println!(
                "        {field:<6} {}  [{}..{}] \"{}\"",
                c.value, c.evidence.start, c.evidence.end, c.evidence.text
            );
        }
    }
    if found.discrepancies.is_empty() {
        println!("    no discrepancies between sources");
    }
    for d in &found.discrepancies {
        println!("    DISCREPANCY ({}) {}:", d.kind, d.field);
        for v in &d.values {
            for c in &v.claims {
                println!("      {}", claim_line(c, &page.documents));
            }
        }
    }
    Ok(exit::OK)
}

pub fn actor(db: &Path, args: ActorArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    if args.name.trim().is_empty() {
        eprintln!("dossier: give a name, e.g. dossier actor Haftar");
        return Ok(exit::USAGE);
    }
    let report = dossier_query::actors(&store, &args.name)?;
    let records = &report.records;
    if records.is_empty() {
        eprintln!("dossier: no one called {} in {}", args.name, db.display());
        return Ok(exit::NOT_FOUND);
    }
    if args.json {
        super::print_json(records)?;
        return Ok(exit::OK);
    }
    for r in records {
        let e = &r.entity;
        println!(
            "{}  {} ({}{}{}), in {} documents",
            e.id,
            e.name,
            e.kind.as_str(),
            e.country
                .as_ref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default(),
            e.sector
                .as_ref()
                .map(|s| format!(", {s}"))
                .unwrap_or_default(),
            e.documents
        );
        println!("    also called: {}", e.names.join("; "));
        for c in &r.roles_over_time {
            println!(
                "    {} {:<5} {}",
                c.published.as_deref().unwrap_or("undated   "),
                c.kind,
                claim_line(&c.claim, &report.documents)
            );
        }
        for d in &r.discrepancies {
            println!("    DISCREPANCY ({}) {}:", d.kind, d.field);
            for v in &d.values {
                for c in &v.claims {
                    println!("      {}", claim_line(c, &report.documents));
                }
            }
        }
        if r.timeline.is_empty() {
            println!("    no events");
        }
        for ev in &r.timeline {
            let line = event_line(ev);
            println!(
                "    {}  {}  {}  {}  with {}  corroboration {}  ({})",
                line.date.as_deref().unwrap_or("undated   "),
                line.what,
                line.place.as_deref().unwrap_or("-"),
                line.id,
                line.participants
                    .iter()
                    .filter(|p| **p != e.name)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", "),
                line.corroboration,
                ev.event
                    .sources
                    .iter()
                    .map(|s| s.outlet.clone().unwrap_or_else(|| s.doc_id.to_string()))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    Ok(exit::OK)
}
