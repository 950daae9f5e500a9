//! Fictional test documents (the kingdoms of Arnor and Gondor, invented outlets).

#![allow(dead_code)]

use dossier_model::{
    DatedValue, DocId, Document, Outlet, Paragraph, PartialDate, Sentence, SourceFormat, SourceRef,
    Span, SCHEMA_VERSION,
};

/// What a test document looks like; `build` turns it into a valid [`Document`].
pub struct Fixture<'a> {
    pub headline: Option<&'a str>,
    pub paragraphs: &'a [&'a str],
    pub outlet: Option<&'a str>,
    pub published: Option<&'a str>,
    pub language: &'a str,
    pub path: &'a str,
    pub format: SourceFormat,
}

impl Default for Fixture<'_> {
    fn default() -> Self {
        Fixture {
            headline: None,
            paragraphs: &["The envoy of Arnor reached Annúminas at dawn."],
            outlet: Some("The Minas Tirith Herald"),
            published: None,
            language: "en",
            path: "fixtures/article.txt",
            format: SourceFormat::Text,
        }
    }
}

impl Fixture<'_> {
    /// A valid document: paragraphs joined by blank lines, one sentence per `. `-separated
    /// piece of each paragraph.
    pub fn build(&self) -> Document {
        let body = self.paragraphs.join("\n\n");
        let mut paragraphs = Vec::new();
        let mut sentences = Vec::new();
        let mut start = 0;
        for (index, text) in self.paragraphs.iter().enumerate() {
            let end = start + text.len();
            paragraphs.push(Paragraph {
                span: Span::new(start, end),
                lang: self.language.to_string(),
                lang_confidence: 0.9,
                post: None,
            });
            let mut s = start;
            for piece in text.split_inclusive(". ") {
                let e = s + piece.len();
                let trimmed_end = s + piece.trim_end().len();
                sentences.push(Sentence {
                    span: Span::new(s, trimmed_end),
                    paragraph: index,
                    post: None,
                });
                s = e;
            }
            start = end + 2;
        }
        Document {
            schema_version: SCHEMA_VERSION,
            id: DocId::for_body(&body),
            source: SourceRef {
                path: self.path.to_string(),
                format: self.format,
                record: None,
            },
            outlet: Outlet {
                name: self.outlet.map(str::to_string),
                domain: None,
            },
            url: None,
            headline: self.headline.map(str::to_string),
            byline: None,
            published: self
                .published
                .and_then(PartialDate::parse)
                .map(DatedValue::known)
                .unwrap_or_else(DatedValue::unknown),
            published_evidence: None,
            crawled: None,
            language: self.language.to_string(),
            body,
            paragraphs,
            sentences,
            embedded_posts: vec![],
            removed: vec![],
            warnings: vec![],
        }
    }
}

/// A simple valid document with this body text.
pub fn doc_with_body(text: &str) -> Document {
    Fixture {
        paragraphs: &[text],
        ..Default::default()
    }
    .build()
}

/// About `target` bytes of fictional reporting, different for each `seed`.
pub fn long_body(seed: usize, target: usize) -> String {
    const SENTENCES: &[&str] = &[
        "The council of Gondor met in the White Tower to weigh the request from Arnor.",
        "Envoys from Rohan said their riders had seen smoke beyond the Anduin.",
        "Lt. Gen. Halbarad of the northern rangers told reporters the border was quiet.",
        "Trade along the Great East Road fell sharply after the bridge at Sarn Ford closed.",
        "The steward's office declined to comment on the movement of ships near Pelargir.",
        "Officials in Annúminas said the talks would resume after the harvest festival.",
        "Analysts at the Dol Amroth institute called the agreement fragile but workable.",
    ];
    let mut body = format!("Report {seed}: ");
    let mut i = seed;
    while body.len() < target {
        body.push_str(SENTENCES[i % SENTENCES.len()]);
        body.push(' ');
        i = i.wrapping_mul(31).wrapping_add(7);
    }
    body.trim_end().to_string()
}
