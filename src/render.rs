//! Human-readable renderings of stored records for the terminal.

use dossier_model::{Document, Evidence};
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
