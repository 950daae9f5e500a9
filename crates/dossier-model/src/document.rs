use crate::{DatedValue, PartialDate, Span, SCHEMA_VERSION};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// Stable identifier of a document: the first 16 hex digits of the SHA-256 of its
/// normalised body (see [`normalise_body`]). The same article ingested twice, from any
/// format, gets the same id.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocId(pub String);

impl DocId {
    pub fn for_body(body: &str) -> Self {
        DocId(body_hash(body))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for DocId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// NFC, whitespace runs folded to one space, trimmed: the form the id is computed over.
pub fn normalise_body(body: &str) -> String {
    let nfc: String = body.nfc().collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// 16 hex digits of SHA-256 over [`normalise_body`].
pub fn body_hash(body: &str) -> String {
    let digest = Sha256::digest(normalise_body(body).as_bytes());
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

/// The container format a document came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceFormat {
    Text,
    Html,
    Jsonl,
    Rss,
    Atom,
    Warc,
}

impl SourceFormat {
    pub fn as_str(&self) -> &'static str {
        match self {
            SourceFormat::Text => "text",
            SourceFormat::Html => "html",
            SourceFormat::Jsonl => "jsonl",
            SourceFormat::Rss => "rss",
            SourceFormat::Atom => "atom",
            SourceFormat::Warc => "warc",
        }
    }
}

impl fmt::Display for SourceFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where a document was read from: a file (or `-` for stdin), its format, and for
/// containers (JSONL, feeds, WARC) the 0-based index of the record inside the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub path: String,
    pub format: SourceFormat,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record: Option<u64>,
}

/// The publication a document belongs to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outlet {
    pub name: Option<String>,
    pub domain: Option<String>,
}

/// Why a piece of metadata is believed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Evidence {
    /// Text inside the stored body.
    Body { span: Span },
    /// Text stripped from the body as site chrome: index into [`Document::removed`].
    Removed { index: usize },
    /// A metadata field of the source (HTML meta tag, JSON-LD, JSONL field, feed element).
    Metadata { field: String, value: String },
    /// An embedded post's attribution: index into [`Document::embedded_posts`].
    Post { index: usize },
}

/// What kind of site chrome a removed piece of text was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChromeKind {
    /// A crawler's stamp such as `date 2025-07-19`.
    CrawlStamp,
    /// The outlet's name printed as a masthead.
    SiteName,
    /// A slogan under the masthead.
    Tagline,
    /// A section or category line.
    Category,
    /// A stand-alone date line.
    DateLine,
    /// The headline (kept in [`Document::headline`]).
    Headline,
    /// A byline (kept in [`Document::byline`]).
    Byline,
    /// A media link such as `pic.twitter.com/...`.
    MediaLink,
    /// Navigation, share buttons, footers and other page furniture.
    Boilerplate,
}

/// A piece of source text that is not part of the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedText {
    pub kind: ChromeKind,
    pub text: String,
}

/// A paragraph of the body with its language (ISO 639-1 code, `und` when unknown).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Paragraph {
    pub span: Span,
    pub lang: String,
    pub lang_confidence: f32,
    /// Index into [`Document::embedded_posts`] when this paragraph holds an embedded post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<usize>,
}

/// A sentence: a span inside one paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
    /// Set when the sentence belongs to an embedded post: it is the post author's voice,
    /// not the outlet's reporting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<usize>,
}

/// A social-media post quoted inside an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EmbeddedPost {
    /// `twitter`, `facebook`, `instagram`, `telegram`, ... or `unknown`.
    pub platform: String,
    pub author: Option<String>,
    /// With its leading `@`.
    pub handle: Option<String>,
    pub date: Option<PartialDate>,
    pub lang: String,
    /// The post's own text in the body.
    pub span: Span,
    /// The attribution line (`— Author (@handle) date`) in the body.
    pub attribution: Option<Span>,
    /// Media links that were attached to the post (removed from the body).
    #[serde(default)]
    pub links: Vec<String>,
}

/// One news article, cleaned and segmented. All spans index `body`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub schema_version: u32,
    pub id: DocId,
    pub source: SourceRef,
    pub outlet: Outlet,
    pub url: Option<String>,
    pub headline: Option<String>,
    pub byline: Option<String>,
    pub published: DatedValue,
    pub published_evidence: Option<Evidence>,
    pub crawled: Option<PartialDate>,
    /// Dominant language of the body (ISO 639-1, `und` when unknown).
    pub language: String,
    /// The article text: UTF-8, NFC, paragraphs separated by a blank line.
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub embedded_posts: Vec<EmbeddedPost>,
    pub removed: Vec<RemovedText>,
    /// Non-fatal problems met while reading the source (lossy decoding, truncation).
    #[serde(default)]
    pub warnings: Vec<String>,
}

/// A broken invariant of a [`Document`].
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DocumentError {
    #[error("schema version {0} is not {SCHEMA_VERSION}")]
    SchemaVersion(u32),
    #[error("id {found} does not match the body hash {expected}")]
    Id { found: String, expected: String },
    #[error("{what} span {start}..{end} does not index the body ({len} bytes) on char boundaries")]
    Span {
        what: &'static str,
        start: usize,
        end: usize,
        len: usize,
    },
    #[error("sentence {0} is not inside paragraph {1}")]
    SentenceOutsideParagraph(usize, usize),
    #[error("{what} refers to missing index {index}")]
    Dangling { what: &'static str, index: usize },
}

impl Document {
    /// Checks every invariant: the id is the body hash, every span indexes the body on
    /// character boundaries, sentences lie in their paragraph, indices resolve.
    pub fn validate(&self) -> Result<(), DocumentError> {
        if self.schema_version != SCHEMA_VERSION {
            return Err(DocumentError::SchemaVersion(self.schema_version));
        }
        let expected = body_hash(&self.body);
        if self.id.0 != expected {
            return Err(DocumentError::Id {
                found: self.id.0.clone(),
                expected,
            });
        }
        let check = |what: &'static str, span: &Span| -> Result<(), DocumentError> {
            if span.is_valid_for(&self.body) {
                Ok(())
            } else {
                Err(DocumentError::Span {
                    what,
                    start: span.start,
                    end: span.end,
                    len: self.body.len(),
                })
            }
        };
        let posts = self.embedded_posts.len();
        for p in &self.paragraphs {
            check("paragraph", &p.span)?;
            if let Some(i) = p.post.filter(|i| *i >= posts) {
                return Err(DocumentError::Dangling {
                    what: "paragraph.post",
                    index: i,
                });
            }
        }
        for (i, s) in self.sentences.iter().enumerate() {
            check("sentence", &s.span)?;
            let para = self
                .paragraphs
                .get(s.paragraph)
                .ok_or(DocumentError::Dangling {
                    what: "sentence.paragraph",
                    index: s.paragraph,
                })?;
            if !para.span.contains(&s.span) {
                return Err(DocumentError::SentenceOutsideParagraph(i, s.paragraph));
            }
            if let Some(i) = s.post.filter(|i| *i >= posts) {
                return Err(DocumentError::Dangling {
                    what: "sentence.post",
                    index: i,
                });
            }
        }
        for post in &self.embedded_posts {
            check("embedded post", &post.span)?;
            if let Some(a) = &post.attribution {
                check("post attribution", a)?;
            }
        }
        match &self.published_evidence {
            Some(Evidence::Body { span }) => check("published evidence", span)?,
            Some(Evidence::Removed { index }) if *index >= self.removed.len() => {
                return Err(DocumentError::Dangling {
                    what: "published_evidence.removed",
                    index: *index,
                })
            }
            Some(Evidence::Post { index }) if *index >= posts => {
                return Err(DocumentError::Dangling {
                    what: "published_evidence.post",
                    index: *index,
                })
            }
            _ => {}
        }
        Ok(())
    }

    /// The text of a span of this document's body ("" when the span is invalid).
    pub fn text(&self, span: &Span) -> &str {
        span.text(&self.body).unwrap_or("")
    }

    /// Serialises to the versioned JSON form.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
    }

    /// Reads the versioned JSON form, refusing other schema versions.
    pub fn from_json(json: &str) -> Result<Self, String> {
        let doc: Document = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if doc.schema_version != SCHEMA_VERSION {
            return Err(DocumentError::SchemaVersion(doc.schema_version).to_string());
        }
        Ok(doc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::DatePrecision;

    fn sample() -> Document {
        let body = "Arnor's envoy reached Annúminas.\n\nThe talks began.".to_string();
        Document {
            schema_version: SCHEMA_VERSION,
            id: DocId::for_body(&body),
            source: SourceRef {
                path: "a.txt".into(),
                format: SourceFormat::Text,
                record: None,
            },
            outlet: Outlet::default(),
            url: None,
            headline: None,
            byline: None,
            published: DatedValue::unknown(),
            published_evidence: None,
            crawled: None,
            language: "en".into(),
            paragraphs: vec![
                Paragraph {
                    span: Span::new(0, 33),
                    lang: "en".into(),
                    lang_confidence: 1.0,
                    post: None,
                },
                Paragraph {
                    span: Span::new(35, body.len()),
                    lang: "en".into(),
                    lang_confidence: 1.0,
                    post: None,
                },
            ],
            sentences: vec![Sentence {
                span: Span::new(35, body.len()),
                paragraph: 1,
                post: None,
            }],
            body,
            embedded_posts: vec![],
            removed: vec![],
            warnings: vec![],
        }
    }

    #[test]
    fn ids_ignore_whitespace_and_normalisation_form() {
        // "é" precomposed vs e + combining acute; extra spaces and newlines.
        assert_eq!(
            body_hash("Caf\u{e9} talks"),
            body_hash("  Cafe\u{301}\n\ntalks ")
        );
        assert_ne!(body_hash("Cafe talks"), body_hash("Café talks"));
        assert_eq!(body_hash("x").len(), 16);
    }

    #[test]
    fn valid_document_round_trips_through_json() {
        let doc = sample();
        doc.validate().expect("valid");
        let back = Document::from_json(&doc.to_json()).expect("parse");
        assert_eq!(back, doc);
        assert_eq!(back.published.precision, DatePrecision::Unknown);
    }

    #[test]
    fn validate_catches_broken_spans() {
        let mut doc = sample();
        doc.sentences[0].span = Span::new(0, 10);
        assert_eq!(
            doc.validate(),
            Err(DocumentError::SentenceOutsideParagraph(0, 1))
        );
        let mut doc = sample();
        doc.paragraphs[0].span = Span::new(0, 34_000);
        assert!(matches!(doc.validate(), Err(DocumentError::Span { .. })));
        let mut doc = sample();
        doc.body.push('!');
        assert!(matches!(doc.validate(), Err(DocumentError::Id { .. })));
    }

    #[test]
    fn other_schema_versions_are_refused() {
        let json = sample().to_json().replace(
            &format!("\"schema_version\":{SCHEMA_VERSION}"),
            "\"schema_version\":99",
        );
        assert!(Document::from_json(&json).is_err());
    }
}
