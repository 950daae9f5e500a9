//! Human-readable renderings of stored records for the terminal.

use dossier_model::{Document, DocumentEntities, Entity, Evidence};
use std::collections::BTreeMap;
use std::fmt::Write;

/// Shortens `s` to at most `max` characters, marking the cut with `…`.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

fn or_dash(v: Option<&str>) -> &str {
    v.unwrap_or("-")
}

/// Where a document's published date came from, in words.
pub fn evidence(doc: &Document, ev: &Evidence) -> String {
    match ev {
        Evidence::Body { span } => format!(
            "body {}..{} {:?}",
            span.start,
            span.end,
            clip(doc.text(span), 60)
        ),
        Evidence::Removed { index } => match doc.removed.get(*index) {
            Some(r) => format!("removed {:?} line {:?}", r.kind, r.text),
            None => format!("removed text #{index}"),
        },
        Evidence::Metadata { field, value } => format!("metadata {field} = {value:?}"),
        Evidence::Post { index } => format!("embedded post #{}", index + 1),
    }
}

/// The full terminal view of one document: metadata, removed chrome, paragraphs with their
/// language and sentence boundaries, embedded posts.
pub fn document(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "document   {}", doc.id);
    let record = doc
        .source
        .record
        .map(|r| format!(" record {r}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "source     {} ({}{record})",
        doc.source.path, doc.source.format
    );
    let outlet = match (&doc.outlet.name, &doc.outlet.domain) {
        (Some(n), Some(d)) => format!("{n} ({d})"),
        (Some(n), None) => n.clone(),
        (None, Some(d)) => d.clone(),
        (None, None) => "-".into(),
    };
    let _ = writeln!(out, "outlet     {outlet}");
    let _ = writeln!(out, "url        {}", or_dash(doc.url.as_deref()));
    let _ = writeln!(out, "headline   {}", or_dash(doc.headline.as_deref()));
    let _ = writeln!(out, "byline     {}", or_dash(doc.byline.as_deref()));
    let published = match doc.published.value {
        Some(d) => {
            let from = doc
                .published_evidence
                .as_ref()
                .map(|e| format!(", from {}", evidence(doc, e)))
                .unwrap_or_default();
            format!("{d} ({:?}{from})", doc.published.precision).to_lowercase()
        }
        None => "unknown".into(),
    };
    let _ = writeln!(out, "published  {published}");
    let crawled = doc.crawled.map(|d| d.to_string());
    let _ = writeln!(out, "crawled    {}", or_dash(crawled.as_deref()));
    let mut langs: BTreeMap<&str, usize> = BTreeMap::new();
    for p in &doc.paragraphs {
        *langs.entry(p.lang.as_str()).or_default() += 1;
    }
    let langs: Vec<String> = langs.iter().map(|(l, n)| format!("{l} {n}")).collect();
    let _ = writeln!(
        out,
        "language   {} (paragraphs: {})",
        doc.language,
        langs.join(", ")
    );
    let _ = writeln!(
        out,
        "size       {} bytes, {} paragraphs, {} sentences",
        doc.body.len(),
        doc.paragraphs.len(),
        doc.sentences.len()
    );
    if !doc.removed.is_empty() {
        let _ = writeln!(out, "\nremoved as site chrome:");
        for r in &doc.removed {
            let kind = serde_json::to_string(&r.kind).unwrap_or_default();
            let _ = writeln!(
                out,
                "  {:<12} {:?}",
                kind.trim_matches('"'),
                clip(&r.text, 100)
            );
        }
    }
    for w in &doc.warnings {
        let _ = writeln!(out, "warning    {w}");
    }
    let _ = writeln!(out);
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        let post = p
            .post
            .map(|i| format!("  embedded post #{}", i + 1))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "¶{} [{} {:.2}] {}..{}{post}",
            pi + 1,
            p.lang,
            p.lang_confidence,
            p.span.start,
            p.span.end
        );
        for (si, s) in doc.sentences.iter().enumerate() {
            if s.paragraph != pi {
                continue;
            }
            let _ = writeln!(
                out,
                "  s{:<3} {:>5}..{:<5} {}",
                si + 1,
                s.span.start,
                s.span.end,
                doc.text(&s.span).replace('\n', " ")
            );
        }
    }
    if !doc.embedded_posts.is_empty() {
        let _ = writeln!(out, "\nembedded posts:");
        for (i, post) in doc.embedded_posts.iter().enumerate() {
            let date = post.date.map(|d| d.to_string());
            let _ = writeln!(
                out,
                "  #{} {} by {} {} on {}, lang {}, text {}..{}{}",
                i + 1,
                post.platform,
                or_dash(post.author.as_deref()),
                post.handle
                    .as_deref()
                    .map(|h| format!("({h})"))
                    .unwrap_or_default(),
                or_dash(date.as_deref()),
                post.lang,
                post.span.start,
                post.span.end,
                if post.links.is_empty() {
                    String::new()
                } else {
                    format!(", links {}", post.links.join(" "))
                }
            );
        }
    }
    out
}

/// One entity: type, name, country and sector, roles with their evidence, other names,
/// mention count, and for places where they are.
pub fn entity(e: &Entity) -> String {
    let mut out = String::new();
    let mut facts = Vec::new();
    if let Some(c) = &e.country {
        facts.push(c.clone());
    }
    if let Some(s) = &e.sector {
        facts.push(s.clone());
    }
    if let Some(code) = &e.actor_code {
        facts.push(code.clone());
    }
    let facts = if facts.is_empty() {
        String::new()
    } else {
        format!(" ({})", facts.join(", "))
    };
    let _ = writeln!(
        out,
        "{:<6} {}{facts}  [{} mentions]  {}",
        e.kind.as_str(),
        e.name,
        e.mentions.len(),
        e.id
    );
    for r in &e.roles {
        let what: Vec<&str> = [&r.rank, &r.role, &r.organisation]
            .into_iter()
            .filter_map(|v| v.as_deref())
            .collect();
        let _ = writeln!(
            out,
            "         role {} {}{}  ({:?} at {}..{})",
            what.join(", "),
            r.country.as_deref().unwrap_or(""),
            r.sector
                .as_deref()
                .map(|s| format!(" {s}"))
                .unwrap_or_default(),
            r.source,
            r.evidence.start,
            r.evidence.end
        );
    }
    let others: Vec<&str> = e
        .names
        .iter()
        .map(String::as_str)
        .filter(|n| *n != e.name)
        .collect();
    if !others.is_empty() {
        let _ = writeln!(out, "         also {}", others.join(" | "));
    }
    if let Some(p) = &e.place {
        let coords = match (p.lat, p.lon) {
            (Some(lat), Some(lon)) => format!(" at {lat:.4}, {lon:.4}"),
            _ => String::new(),
        };
        let within = p
            .within
            .as_deref()
            .map(|w| format!(" in {w}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "         place {}{within} {}{coords} (precision {})",
            p.kind,
            p.country.as_deref().unwrap_or("-"),
            p.precision
        );
    }
    out
}

/// Everything the entities stage found in one document.
pub fn document_entities(a: &DocumentEntities) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "\nentities:");
    for e in &a.entities {
        out.push_str(&entity(e));
    }
    if !a.dates.is_empty() {
        let _ = writeln!(out, "\ndates:");
        for d in &a.dates {
            let value = d
                .value
                .value
                .map(|v| v.to_string())
                .unwrap_or_else(|| "unresolved".into());
            let _ = writeln!(
                out,
                "  {:>5}..{:<5} {:?} -> {value} ({}, {:?})",
                d.mention.start, d.mention.end, d.mention.text, d.resolution, d.value.precision
            );
        }
    }
    if !a.quantities.is_empty() {
        let _ = writeln!(out, "\nquantities:");
        for q in &a.quantities {
            let _ = writeln!(
                out,
                "  {:>5}..{:<5} {:?} {} {}{}",
                q.mention.start,
                q.mention.end,
                q.mention.text,
                q.kind,
                q.value.map(|v| v.to_string()).unwrap_or_default(),
                q.unit
                    .as_deref()
                    .map(|u| format!(" {u}"))
                    .unwrap_or_default()
            );
        }
    }
    out
}
