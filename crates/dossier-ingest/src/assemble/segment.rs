//! The last assembly step: the paragraphs are laid out as the body (joined by blank lines)
//! and segmented into paragraphs, embedded posts and sentences, each paragraph (or post)
//! with its detected language; the document's language is the one with the most text.

use crate::assemble::paragraphs::Draft;
use crate::posts::PostDraft;
use dossier_model::{EmbeddedPost, Paragraph, Sentence, Span};
use dossier_text::{detect_language_after, sentence_spans};
use std::collections::HashMap;

/// The body and its segmentation.
#[derive(Debug, Default)]
pub(crate) struct Segmented {
    /// The paragraphs' text joined by blank lines; every span indexes it.
    pub body: String,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
    pub posts: Vec<EmbeddedPost>,
    /// Bytes of text per detected language (`und` left out).
    pub lang_weight: HashMap<&'static str, usize>,
    /// The last language detected, which helps detect the next paragraph's.
    previous_lang: Option<&'static str>,
}

/// Lays out and segments the paragraphs.
pub(crate) fn segment(drafts: Vec<Draft>) -> Segmented {
    let mut out = Segmented {
        body: String::with_capacity(drafts.iter().map(|d| d.text.len() + 2).sum()),
        paragraphs: Vec::with_capacity(drafts.len()),
        ..Segmented::default()
    };
    for (index, draft) in drafts.into_iter().enumerate() {
        out.add_paragraph(index, draft);
    }
    out
}

/// The language with the most text (on a tie, the first by code), else the language the
/// source declared, else `und`.
pub(crate) fn document_language(
    lang_weight: HashMap<&'static str, usize>,
    hint: Option<String>,
) -> String {
    lang_weight
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(lang, _)| lang.to_string())
        .or(hint)
        .unwrap_or_else(|| "und".to_string())
}

impl Segmented {
    /// Appends paragraph `index` to the body with its language, post and sentences.
    fn add_paragraph(&mut self, index: usize, draft: Draft) {
        if index > 0 {
            self.body.push_str("\n\n");
        }
        let start = self.body.len();
        self.body.push_str(&draft.text);
        let end = self.body.len();
        let para_span = Span::new(start, end);
        // The part whose language is detected, and the parts cut into sentences.
        let (lang_span, segments, post_index) = match &draft.post {
            Some(post) => {
                let (span, segments) = self.add_post(&draft.text, start, end, post);
                (span, segments, Some(self.posts.len() - 1))
            }
            None => (para_span, vec![(start, end)], None),
        };
        let guess = detect_language_after(
            &self.body[lang_span.start..lang_span.end],
            self.previous_lang,
        );
        if guess.lang != "und" {
            self.previous_lang = Some(guess.lang);
        }
        if let Some(post) = post_index.and_then(|i| self.posts.get_mut(i)) {
            post.lang = guess.lang.to_string();
        }
        if guess.lang != "und" {
            *self.lang_weight.entry(guess.lang).or_default() += lang_span.len();
        }
        self.paragraphs.push(Paragraph {
            span: para_span,
            lang: guess.lang.to_string(),
            lang_confidence: guess.confidence,
            post: post_index,
        });
        for (s, e) in segments {
            self.add_sentences(s, e, index, post_index);
        }
    }

    /// Records the embedded post of the paragraph at `start..end` (whose text is `text`);
    /// gives the post's own text span and the segments to cut into sentences (the post's
    /// text, then its attribution).
    fn add_post(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        post: &PostDraft,
    ) -> (Span, Vec<(usize, usize)>) {
        let (text_end, attribution) = match post.attribution_start {
            Some(a) => {
                let post_text = text[..a].trim_end();
                (start + post_text.len(), Some(Span::new(start + a, end)))
            }
            None => (end, None),
        };
        let span = Span::new(start, text_end);
        let mut segments = vec![(start, text_end)];
        if let Some(a) = attribution {
            segments.push((a.start, a.end));
        }
        self.posts.push(EmbeddedPost {
            platform: post.platform.clone(),
            author: post.author.clone(),
            handle: post.handle.clone(),
            date: post.date,
            lang: String::new(),
            span,
            attribution,
            links: post.links.clone(),
        });
        (span, segments)
    }

    /// Cuts the body's bytes `s..e` into sentences of paragraph `index`; a segment with
    /// text but no sentence found is one sentence.
    fn add_sentences(&mut self, s: usize, e: usize, index: usize, post: Option<usize>) {
        if s >= e {
            return;
        }
        let segment = &self.body[s..e];
        let mut found = 0;
        for span in sentence_spans(segment) {
            let abs = Span::new(s + span.start, s + span.end);
            if abs.start < abs.end && abs.end <= e && self.body.get(abs.start..abs.end).is_some() {
                self.sentences.push(Sentence {
                    span: abs,
                    paragraph: index,
                    post,
                });
                found += 1;
            }
        }
        if found == 0 && !segment.trim().is_empty() {
            self.sentences.push(Sentence {
                span: Span::new(s, e),
                paragraph: index,
                post,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Draft {
        Draft {
            text: text.to_string(),
            post: None,
        }
    }

    #[test]
    fn paragraphs_are_laid_out_with_blank_lines_and_cut_into_sentences() {
        let s = segment(vec![
            plain("The beacons are lit. Gondor calls for aid."),
            plain("Rohan will answer."),
        ]);
        assert_eq!(
            s.body,
            "The beacons are lit. Gondor calls for aid.\n\nRohan will answer."
        );
        assert_eq!(s.paragraphs.len(), 2);
        assert_eq!(s.paragraphs[1].span, Span::new(44, 62));
        let sentences: Vec<_> = s
            .sentences
            .iter()
            .map(|x| &s.body[x.span.start..x.span.end])
            .collect();
        assert_eq!(
            sentences,
            [
                "The beacons are lit.",
                "Gondor calls for aid.",
                "Rohan will answer."
            ]
        );
        assert_eq!(s.sentences[2].paragraph, 1);
    }

    #[test]
    fn a_post_spans_its_text_and_its_attribution_apart() {
        let text = "Ships at dawn! — Gondor Navy (@GondorNavy) March 2, 2031";
        let post = PostDraft {
            platform: "twitter".into(),
            author: Some("Gondor Navy".into()),
            handle: Some("@GondorNavy".into()),
            date: None,
            links: vec![],
            attribution_start: text.find('—'),
        };
        let s = segment(vec![Draft {
            text: text.into(),
            post: Some(post),
        }]);
        let p = &s.posts[0];
        assert_eq!(&s.body[p.span.start..p.span.end], "Ships at dawn!");
        let a = p.attribution.unwrap();
        assert_eq!(
            &s.body[a.start..a.end],
            "— Gondor Navy (@GondorNavy) March 2, 2031"
        );
        assert_eq!(s.paragraphs[0].post, Some(0));
        assert!(s.sentences.iter().all(|x| x.post == Some(0)));
        assert_eq!(p.lang, s.paragraphs[0].lang);
    }

    #[test]
    fn the_language_with_most_text_wins_and_ties_go_to_the_first_code() {
        let weights = HashMap::from([("de", 10), ("en", 30)]);
        assert_eq!(document_language(weights, None), "en");
        let weights = HashMap::from([("fr", 10), ("de", 10)]);
        assert_eq!(document_language(weights, Some("en".into())), "de");
        assert_eq!(document_language(HashMap::new(), Some("sv".into())), "sv");
        assert_eq!(document_language(HashMap::new(), None), "und");
    }
}
