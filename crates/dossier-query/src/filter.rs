//! Filters over canonical events (the same meaning as `dossier events` filters have over
//! per-document events).

use dossier_model::CanonicalEvent;

/// Which canonical events to keep. Every field that is set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CanonicalFilter {
    /// A participant's name (or any of its resolved names) contains this (case-insensitive).
    pub actor: Option<String>,
    /// The PLOVER type or kind equals this (case-insensitive).
    pub event_type: Option<String>,
    /// Dated on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Dated on or before this date.
    pub until: Option<String>,
    /// The place name, city or country code contains this (case-insensitive).
    pub place: Option<String>,
    /// One of the event's sources is this document (full id or prefix).
    pub doc: Option<String>,
}

fn contains(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(&needle.to_lowercase())
}

impl CanonicalFilter {
    /// True when `e` passes every set condition. A date condition drops undated events.
    pub fn matches(&self, e: &CanonicalEvent) -> bool {
        let ev = &e.event;
        if let Some(a) = &self.actor {
            if !ev.actors.iter().any(|x| contains(&x.name, a)) {
                return false;
            }
        }
        if let Some(t) = &self.event_type {
            let ok = ev
                .event_type
                .iter()
                .chain(ev.kind.iter())
                .any(|x| x.eq_ignore_ascii_case(t));
            if !ok {
                return false;
            }
        }
        if self.since.is_some() || self.until.is_some() {
            let Some(date) = ev.date.as_ref().map(|d| d.value.to_string()) else {
                return false;
            };
            if let Some(since) = &self.since {
                // "2025-07" keeps 2025-07-18 and later; compare on the shorter precision.
                let n = since.len().min(date.len());
                if date.as_bytes()[..n] < since.as_bytes()[..n] {
                    return false;
                }
            }
            if let Some(until) = &self.until {
                let n = until.len().min(date.len());
                if date.as_bytes()[..n] > until.as_bytes()[..n] {
                    return false;
                }
            }
        }
        if let Some(p) = &self.place {
            let ok = ev.place.as_ref().is_some_and(|pl| {
                contains(&pl.name, p)
                    || pl.city.as_deref().is_some_and(|c| contains(c, p))
                    || pl.country.as_deref().is_some_and(|c| contains(c, p))
            });
            if !ok {
                return false;
            }
        }
        if let Some(d) = &self.doc {
            if !ev.sources.iter().any(|s| s.doc_id.as_str().starts_with(d)) {
                return false;
            }
        }
        true
    }
}
