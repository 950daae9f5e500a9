//! The one list of export formats, shared by `dossier export` and `GET /api/export`: each
//! format's name, media type, file extension and which records it writes, and one writer.
//! A new format is added here and nowhere else.

use crate::{event_data, events_csv, events_geojson, gexf, who_met_whom};
use dossier_model::{CanonicalEvent, Event, ResolvedEntity};
use std::fmt;
use std::str::FromStr;

/// A file format dossier exports events in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// dossier's event JSON, one per-document event per line.
    Jsonl,
    /// PLOVER JSON lines (PLOVER's field names), one per-document event per line.
    Plover,
    /// CAMEO tab-separated values, one line per actor/recipient pair.
    Cameo,
    /// Canonical events (one row per real event, with corroboration and outlets) as CSV for
    /// pandas and Excel.
    Csv,
    /// Canonical events with coordinates as a GeoJSON FeatureCollection of points (QGIS).
    Geojson,
    /// Who met whom: people and organisations joined by shared canonical events, as GEXF
    /// (Gephi).
    Gexf,
}

/// Which records a format writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportInput {
    /// Every per-document event, one per source report, as event-data tools expect.
    DocumentEvents,
    /// Canonical events (one per real event) and the resolved entities they name.
    CanonicalEvents,
}

/// The records to write, of the kind the format asks for ([`ExportFormat::input`]).
#[derive(Debug, Clone, Copy)]
pub enum ExportRecords<'a> {
    /// Per-document events.
    DocumentEvents(&'a [Event]),
    /// Canonical events and the resolved entities they name.
    CanonicalEvents {
        events: &'a [CanonicalEvent],
        entities: &'a [ResolvedEntity],
    },
}

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The format writes other records than the ones given.
    #[error("the {format} export writes {wanted}, not {given}")]
    WrongRecords {
        format: ExportFormat,
        wanted: &'static str,
        given: &'static str,
    },
    /// The CSV writer failed.
    #[error("writing CSV: {0}")]
    Csv(#[from] csv::Error),
    /// The JSON writer failed.
    #[error("writing JSON: {0}")]
    Json(#[from] serde_json::Error),
}

impl ExportFormat {
    /// Every format, in the order help texts list them.
    pub const ALL: [ExportFormat; 6] = [
        ExportFormat::Jsonl,
        ExportFormat::Plover,
        ExportFormat::Cameo,
        ExportFormat::Csv,
        ExportFormat::Geojson,
        ExportFormat::Gexf,
    ];

    /// The format's name on the command line and in the API (`plover`).
    pub fn name(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Plover => "plover",
            ExportFormat::Cameo => "cameo",
            ExportFormat::Csv => "csv",
            ExportFormat::Geojson => "geojson",
            ExportFormat::Gexf => "gexf",
        }
    }

    /// One line on what the format holds, for help texts.
    pub fn description(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "dossier's event JSON, one per-document event per line",
            ExportFormat::Plover => "PLOVER JSON lines (PLOVER's field names)",
            ExportFormat::Cameo => "CAMEO tab-separated values, one line per actor/recipient pair",
            ExportFormat::Csv => {
                "canonical events (one row per real event, with corroboration and outlets) as CSV for pandas and Excel"
            }
            ExportFormat::Geojson => {
                "canonical events with coordinates as a GeoJSON FeatureCollection of points (QGIS)"
            }
            ExportFormat::Gexf => {
                "who met whom: people and organisations joined by shared canonical events, as GEXF (Gephi)"
            }
        }
    }

    /// The HTTP media type of a file in this format.
    pub fn media_type(self) -> &'static str {
        match self {
            ExportFormat::Jsonl | ExportFormat::Plover => "application/x-ndjson; charset=utf-8",
            ExportFormat::Cameo => "text/tab-separated-values; charset=utf-8",
            ExportFormat::Csv => "text/csv; charset=utf-8",
            ExportFormat::Geojson => "application/geo+json",
            ExportFormat::Gexf => "application/gexf+xml",
        }
    }

    /// The file name extension (`plover.jsonl`).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Jsonl => "jsonl",
            ExportFormat::Plover => "plover.jsonl",
            ExportFormat::Cameo => "cameo.tsv",
            ExportFormat::Csv => "csv",
            ExportFormat::Geojson => "geojson",
            ExportFormat::Gexf => "gexf",
        }
    }

    /// Which records the format writes.
    pub fn input(self) -> ExportInput {
        match self {
            ExportFormat::Jsonl | ExportFormat::Plover | ExportFormat::Cameo => {
                ExportInput::DocumentEvents
            }
            ExportFormat::Csv | ExportFormat::Geojson | ExportFormat::Gexf => {
                ExportInput::CanonicalEvents
            }
        }
    }

    /// The names of every format, joined for an error message (`jsonl, plover, ... or gexf`).
    pub fn names_list() -> String {
        let names: Vec<&str> = Self::ALL.iter().map(|f| f.name()).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
            _ => names.join(""),
        }
    }

    /// Writes `records` in this format; `coder` names the software in PLOVER records
    /// (`dossier 0.1.0`).
    pub fn write(self, records: ExportRecords<'_>, coder: &str) -> Result<String, ExportError> {
        let wrong = |given: &'static str| ExportError::WrongRecords {
            format: self,
            wanted: match self.input() {
                ExportInput::DocumentEvents => "per-document events",
                ExportInput::CanonicalEvents => "canonical events",
            },
            given,
        };
        match (self, records) {
            (ExportFormat::Jsonl, ExportRecords::DocumentEvents(events)) => {
                let mut out = String::new();
                for e in events {
                    out.push_str(&serde_json::to_string(e)?);
                    out.push('\n');
                }
                Ok(out)
            }
            (ExportFormat::Plover, ExportRecords::DocumentEvents(events)) => {
                Ok(event_data::plover_jsonl(events, coder))
            }
            (ExportFormat::Cameo, ExportRecords::DocumentEvents(events)) => {
                Ok(event_data::cameo_tsv(events))
            }
            (ExportFormat::Csv, ExportRecords::CanonicalEvents { events, .. }) => {
                Ok(events_csv(events)?)
            }
            (ExportFormat::Geojson, ExportRecords::CanonicalEvents { events, .. }) => {
                Ok(serde_json::to_string_pretty(&events_geojson(events))? + "\n")
            }
            (ExportFormat::Gexf, ExportRecords::CanonicalEvents { events, entities }) => {
                Ok(gexf(&who_met_whom(events, entities)))
            }
            (_, ExportRecords::DocumentEvents(_)) => Err(wrong("per-document events")),
            (_, ExportRecords::CanonicalEvents { .. }) => Err(wrong("canonical events")),
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ExportFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|f| f.name() == wanted)
            .ok_or_else(|| format!("{s}: expected {}", Self::names_list()))
    }
}
