//! Paragraph and sentence segmentation and language identification.
//!
//! All functions are pure and return byte spans into the text they were given.

use dossier_model::Span;

/// A language guess: ISO 639-1 code (`und` when undetermined) and a confidence in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageGuess {
    pub lang: &'static str,
    pub confidence: f32,
}

/// Identifies the language of `text`. Returns `und` for text with too few letters.
pub fn detect_language(text: &str) -> LanguageGuess {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 {
        return LanguageGuess { lang: "und", confidence: 0.0 };
    }
    LanguageGuess { lang: "en", confidence: 0.1 }
}

/// Paragraphs of a body: runs of text separated by blank lines, trimmed.
pub fn paragraph_spans(body: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in body.split("\n\n") {
        let lead = part.len() - part.trim_start().len();
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
        start += part.len() + 2;
    }
    out
}

/// Sentences of one paragraph: spans into `text`, trimmed of surrounding white space.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Vec::new();
    }
    let lead = text.len() - text.trim_start().len();
    vec![Span::new(lead, lead + trimmed.len())]
}
