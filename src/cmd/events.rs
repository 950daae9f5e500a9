//! `dossier events`: events coded from stored documents, filtered; `dossier export`: the same
//! events as PLOVER JSON lines, CAMEO TSV or dossier's own JSON lines.

use crate::exit;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::Args;
use dossier_export::{ExportFormat, ExportInput, ExportRecords};
use dossier_model::Event;
use dossier_store::{EventQuery, StoreReader};
use std::io::Write;
use std::path::Path;

#[derive(Args)]
pub struct EventFilters {
    /// Only events one of whose participants' names contains this text.
    #[arg(long)]
    actor: Option<String>,
    /// Only events of this PLOVER type (CONSULT, AGREE, ...) or kind (ceremony).
    #[arg(long = "type")]
    event_type: Option<String>,
    /// Only events dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    since: Option<String>,
    /// Only events dated on or before this date.
    #[arg(long)]
    until: Option<String>,
    /// Only events whose place, city or country code contains this text.
    #[arg(long)]
    place: Option<String>,
    /// Only events of this document (id or unique prefix).
    #[arg(long)]
    doc: Option<String>,
    /// How many events to list.
    #[arg(long, default_value_t = 1000)]
    limit: usize,
    /// Skip this many first.
    #[arg(long, default_value_t = 0)]
    offset: usize,
}

#[derive(Args)]
pub struct EventsArgs {
    #[command(flatten)]
    filters: EventFilters,
    /// Print JSON.
    #[arg(long)]
    json: bool,
}

/// `--format`: the names and help texts of `dossier_export::ExportFormat`.
fn format_parser() -> impl clap::builder::TypedValueParser<Value = ExportFormat> {
    let values = ExportFormat::ALL.map(|f| PossibleValue::new(f.name()).help(f.description()));
    PossibleValuesParser::new(values).try_map(|name| name.parse::<ExportFormat>())
}

#[derive(Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_parser = format_parser())]
    format: ExportFormat,
    /// Write to this file instead of standard output.
    #[arg(long)]
    out: Option<std::path::PathBuf>,
    #[command(flatten)]
    filters: EventFilters,
}

fn check_date(value: &Option<String>, flag: &str) -> Result<(), String> {
    match value {
        Some(v) if dossier_model::PartialDate::parse(v).is_none() => Err(format!(
            "--{flag} {v}: expected YYYY, YYYY-MM or YYYY-MM-DD"
        )),
        _ => Ok(()),
    }
}

fn query(
    db: &Path,
    store: &dyn StoreReader,
    f: &EventFilters,
) -> anyhow::Result<Result<Vec<Event>, i32>> {
    if let Err(e) = check_date(&f.since, "since").and(check_date(&f.until, "until")) {
        eprintln!("dossier: {e}");
        return Ok(Err(exit::USAGE));
    }
    let doc_id = match &f.doc {
        Some(prefix) => match store.get_document(prefix)? {
            Some(doc) => Some(doc.id),
            None => {
                eprintln!("dossier: no document {prefix} in {}", db.display());
                return Ok(Err(exit::NOT_FOUND));
            }
        },
        None => None,
    };
    let q = EventQuery {
        limit: f.limit,
        offset: f.offset,
        event_type: f.event_type.clone(),
        actor: f.actor.clone(),
        place: f.place.clone(),
        since: f.since.clone(),
        until: f.until.clone(),
        doc_id,
    };
    Ok(Ok(store.list_events(&q)?))
}

pub(crate) fn render(e: &Event) -> String {
    let mut s = String::new();
    let what = e
        .event_type
        .clone()
        .or_else(|| e.kind.clone())
        .unwrap_or_default();
    let actors: Vec<String> = e
        .actors
        .iter()
        .map(|a| {
            format!(
                "{} {}{}",
                a.role.as_str(),
                a.name,
                a.actor_code
                    .as_ref()
                    .map(|c| format!(" [{c}]"))
                    .unwrap_or_default()
            )
        })
        .collect();
    s.push_str(&format!(
        "{}  {}{}{}  {}\n",
        e.id,
        what,
        e.mode.as_ref().map(|m| format!("/{m}")).unwrap_or_default(),
        if e.status == dossier_model::EventStatus::Reported {
            String::new()
        } else {
            format!(" ({})", e.status.as_str())
        },
        actors.join("; ")
    ));
    if let Some(p) = &e.place {
        s.push_str(&format!(
            "    where  {}{}{}\n",
            p.name,
            p.city
                .as_ref()
                .filter(|c| **c != p.name)
                .map(|c| format!(", {c}"))
                .unwrap_or_default(),
            p.country
                .as_ref()
                .map(|c| format!(" ({c})"))
                .unwrap_or_default()
        ));
    }
    if let Some(d) = &e.date {
        s.push_str(&format!(
            "    when   {} ({}: \"{}\")\n",
            d.value, d.resolution, d.evidence.text
        ));
    }
    if !e.topics.is_empty() {
        s.push_str(&format!("    about  {}\n", e.topics.join(", ")));
    }
    for src in &e.sources {
        let claim = src
            .claimed_by
            .iter()
            .map(|c| format!("{} ({})", c.name, c.kind))
            .collect::<Vec<_>>()
            .join(", ");
        s.push_str(&format!(
            "    source {} {}{}\n",
            src.doc_id,
            src.outlet.clone().unwrap_or_else(|| "-".into()),
            if claim.is_empty() {
                String::new()
            } else {
                format!(", according to {claim}")
            }
        ));
        for ev in &src.evidence {
            s.push_str(&format!("      [{}..{}] {}\n", ev.start, ev.end, ev.text));
        }
    }
    s
}

pub fn run(db: &Path, args: EventsArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    let events = match query(db, &store, &args.filters)? {
        Ok(e) => e,
        Err(code) => return Ok(code),
    };
    if args.json {
        super::print_json(&events)?;
    } else if events.is_empty() {
        println!("no events");
    } else {
        for e in &events {
            print!("{}", render(e));
        }
    }
    Ok(exit::OK)
}

impl EventFilters {
    /// The same filters over canonical events.
    pub fn canonical(&self) -> dossier_query::CanonicalFilter {
        dossier_query::CanonicalFilter {
            actor: self.actor.clone(),
            event_type: self.event_type.clone(),
            since: self.since.clone(),
            until: self.until.clone(),
            place: self.place.clone(),
            doc: self.doc.clone(),
        }
    }
}

pub fn export(db: &Path, args: ExportArgs) -> anyhow::Result<i32> {
    let store = super::open_store(db)?;
    if let Err(e) =
        check_date(&args.filters.since, "since").and(check_date(&args.filters.until, "until"))
    {
        eprintln!("dossier: {e}");
        return Ok(exit::USAGE);
    }
    let coder = format!("dossier {}", env!("CARGO_PKG_VERSION"));
    let text = match args.format.input() {
        ExportInput::CanonicalEvents => {
            let corpus = dossier_query::canonical_events(
                &store,
                &args.filters.canonical(),
                args.filters.limit,
                args.filters.offset,
            )?;
            let records = ExportRecords::CanonicalEvents {
                events: &corpus.events,
                entities: &corpus.entities,
            };
            args.format.write(records, &coder)?
        }
        ExportInput::DocumentEvents => {
            let events = match query(db, &store, &args.filters)? {
                Ok(e) => e,
                Err(code) => return Ok(code),
            };
            args.format
                .write(ExportRecords::DocumentEvents(&events), &coder)?
        }
    };
    match &args.out {
        Some(path) => {
            std::fs::write(path, text)
                .map_err(|e| anyhow::anyhow!("writing {}: {e}", path.display()))?;
        }
        None => {
            std::io::stdout().write_all(text.as_bytes())?;
        }
    }
    Ok(exit::OK)
}
