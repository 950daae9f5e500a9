//! The coder's view of one sentence: its words (lower-cased, with their byte spans) and its
//! participant candidates (resolved entities, listed and generic actors, anaphors; a capital
//! standing for its government), with the word-level lookups every coding step shares (phrase
//! at a word, clause end). Separate because every other coder module reads sentences through it.

use crate::participants::{
    anaphor_candidates, country_actor_code, entity_candidates, generic_candidates,
    lexicon_candidates, Candidate, CandidateKind, Word,
};
use crate::word_classes::{is_gerund, is_preposition};
use dossier_actors::ActorLexicon;
use dossier_model::{DocumentEntities, Span};
use dossier_text::token::{tokenize, TokenKind};

/// One sentence prepared for coding.
pub struct SentenceView<'a> {
    pub body: &'a str,
    pub span: Span,
    pub words: Vec<Word>,
    pub candidates: Vec<Candidate>,
}

impl<'a> SentenceView<'a> {
    pub fn new(
        body: &'a str,
        span: Span,
        ents: &DocumentEntities,
        lexicon: &ActorLexicon,
    ) -> SentenceView<'a> {
        let text = body.get(span.start..span.end).unwrap_or("");
        let words: Vec<Word> = tokenize(text)
            .into_iter()
            .map(|t| {
                let s = t.text(text);
                Word {
                    span: Span::new(span.start + t.span.start, span.start + t.span.end),
                    lower: s.to_lowercase().replace('’', "'"),
                    is_punct: matches!(t.kind, TokenKind::Punct | TokenKind::Symbol),
                    capitalised: s.chars().next().is_some_and(char::is_uppercase),
                }
            })
            .collect();
        let mut candidates = entity_candidates(&ents.entities, span);
        let listed = lexicon_candidates(&words, body, lexicon, &candidates);
        candidates.extend(listed);
        let generic = generic_candidates(&words, body, lexicon, &candidates);
        candidates.extend(generic);
        let anaphors = anaphor_candidates(&words, body, &candidates);
        candidates.extend(anaphors);
        // keep the outermost of nested candidates
        candidates.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
        let mut kept: Vec<Candidate> = Vec::new();
        for c in candidates {
            if kept
                .iter()
                .any(|k| k.span.start <= c.span.start && c.span.end <= k.span.end)
            {
                continue;
            }
            kept.push(c);
        }
        // a capital standing for its government ("Beirut rejected"): not after a preposition
        for c in kept.iter_mut() {
            if c.kind != CandidateKind::Place {
                continue;
            }
            let first = words.iter().position(|w| w.span.start >= c.span.start);
            let before = first
                .and_then(|k| k.checked_sub(1))
                .and_then(|k| words.get(k))
                .map(|w| w.lower.as_str())
                .unwrap_or("");
            if is_preposition(before) || matches!(before, "of" | "'s") {
                continue;
            }
            let text = body
                .get(c.span.start..c.span.end)
                .unwrap_or("")
                .to_lowercase();
            if let Some(country) = lexicon.country_of_name(&text) {
                c.kind = CandidateKind::Country;
                c.country = Some(country.to_string());
                c.actor_code = country_actor_code(country);
            }
        }
        SentenceView {
            body,
            span,
            words,
            candidates: kept,
        }
    }

    /// The byte where word `i` starts, or the sentence end when there is no such word.
    pub fn start_byte(&self, i: usize) -> usize {
        self.words
            .get(i)
            .map(|w| w.span.start)
            .unwrap_or(self.span.end)
    }

    /// The first word starting at or after `byte`, or the word count when there is none.
    pub fn word_at_or_after(&self, byte: usize) -> usize {
        self.words
            .iter()
            .position(|w| w.span.start >= byte)
            .unwrap_or(self.words.len())
    }

    /// The last word ending at or before `byte`.
    pub fn word_ending_at_or_before(&self, byte: usize) -> Option<usize> {
        self.words.iter().rposition(|w| w.span.end <= byte)
    }

    /// Word `i` in lower case, or "" past the sentence's end.
    pub(super) fn lower(&self, i: usize) -> &str {
        self.words.get(i).map(|w| w.lower.as_str()).unwrap_or("")
    }

    /// Is word `i` inside a named participant (not a description or an anaphor)?
    pub(super) fn inside_candidate(&self, i: usize) -> bool {
        let Some(w) = self.words.get(i) else {
            return false;
        };
        self.candidates.iter().any(|c| {
            !matches!(
                c.kind,
                CandidateKind::Generic | CandidateKind::GroupAnaphor | CandidateKind::PersonPronoun
            ) && c.span.start <= w.span.start
                && w.span.end <= c.span.end
        })
    }

    /// Does a phrase of words start at `i`?
    pub(super) fn phrase_at(&self, i: usize, phrase: &[&str]) -> bool {
        phrase
            .iter()
            .enumerate()
            .all(|(k, p)| self.lower(i + k) == *p)
    }

    /// The word index where the clause containing word `i` ends (exclusive).
    pub fn clause_end(&self, i: usize) -> usize {
        let mut j = i + 1;
        while j < self.words.len() {
            let w = self.lower(j);
            if w == ";" || w == ":" {
                return j;
            }
            if w == "," {
                let next = self.lower(j + 1);
                if is_gerund(next) {
                    return j;
                }
                if matches!(
                    next,
                    "while"
                        | "where"
                        | "which"
                        | "who"
                        | "whereas"
                        | "although"
                        | "though"
                        | "but"
                        | "as"
                        | "when"
                        | "after"
                        | "before"
                        | "according"
                        | "it"
                        | "particularly"
                        | "especially"
                ) {
                    return j;
                }
            }
            j += 1;
        }
        self.words.len()
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{read, word};
    use crate::participants::CandidateKind;

    #[test]
    fn words_are_lower_case_with_straight_apostrophes() {
        let text = read("Norway’s envoy met Chile on Monday.");
        let view = text.view();
        assert!(view.words.iter().all(|w| !w.lower.contains('’')));
        assert!(view.words.iter().any(|w| w.lower == "envoy"));
        let norway = &view.words[0];
        assert!(norway.capitalised);
        assert!(!norway.is_punct);
        assert_eq!(
            text.doc.body.get(norway.span.start..norway.span.end),
            Some("Norway")
        );
    }

    #[test]
    fn countries_and_people_are_candidates() {
        let text = read("Norway attacked Chile on Monday; the talks collapsed.");
        let view = text.view();
        let countries: Vec<&str> = view
            .candidates
            .iter()
            .filter(|c| c.kind == CandidateKind::Country)
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(countries, ["Norway", "Chile"]);
        let text = read("Faramir Hurin resigned on Sunday.");
        let view = text.view();
        assert!(view.inside_candidate(0));
        assert!(!view.inside_candidate(word(&view, "resigned")));
    }

    #[test]
    fn a_place_after_a_preposition_stays_a_place() {
        let text = read("The envoys met in Oslo on Monday.");
        let view = text.view();
        let oslo = view
            .candidates
            .iter()
            .find(|c| c.name == "Oslo")
            .map(|c| c.kind);
        assert_eq!(oslo, Some(CandidateKind::Place));
    }

    #[test]
    fn clauses_end_at_semicolons_relative_pronouns_and_gerunds() {
        let text = read("Norway attacked Chile on Monday; the talks collapsed.");
        let view = text.view();
        assert_eq!(view.clause_end(word(&view, "attacked")), word(&view, ";"));
        let text = read("Norway attacked Chile, which protested loudly.");
        let view = text.view();
        assert_eq!(view.clause_end(1), word(&view, ","));
        let text = read("Norway attacked Chile, killing ten soldiers.");
        let view = text.view();
        assert_eq!(view.clause_end(1), word(&view, ","));
        let text = read("Norway, Chile and Peru met in Lima.");
        let view = text.view();
        assert_eq!(view.clause_end(0), view.words.len());
    }

    #[test]
    fn word_positions_and_phrases() {
        let text = read("Norway plans to attack Chile.");
        let view = text.view();
        assert!(view.phrase_at(1, &["plans", "to"]));
        assert!(!view.phrase_at(1, &["plans", "for"]));
        assert_eq!(view.lower(99), "");
        assert_eq!(view.start_byte(99), view.span.end);
        let attack = word(&view, "attack");
        let start = view.words[attack].span.start;
        assert_eq!(view.word_at_or_after(start), attack);
        assert_eq!(view.word_ending_at_or_before(start), Some(attack - 1));
        assert_eq!(view.word_at_or_after(view.span.end + 1), view.words.len());
    }
}
