//! The token context the person and organisation finders share: the text, its tokens and the
//! actor lexicon, with the span of a token range and the country read at a token (`Pakistan`,
//! `Libyan`, `Libya's`).

use super::records::Attribute;
use crate::lexicon::ActorLexicon;
use crate::scan::{match_country, Tok, TokKind};
use dossier_model::Span;

/// One text's tokens with the lexicon the finders read them with.
pub(super) struct Ctx<'a> {
    pub(super) text: &'a str,
    pub(super) toks: Vec<Tok>,
    pub(super) lex: &'a ActorLexicon,
}

impl Ctx<'_> {
    pub(super) fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    pub(super) fn country_at(&self, i: usize) -> Option<(usize, Attribute)> {
        let (end, iso) = match_country(self.lex, self.text, &self.toks, i)?;
        let mut e = end;
        if self
            .toks
            .get(e)
            .is_some_and(|t| t.kind == TokKind::Possessive)
        {
            e += 1;
        }
        Some((e, Attribute::text(iso, self.span(i, end))))
    }
}

#[cfg(test)]
impl<'a> Ctx<'a> {
    /// A context over `text` with the embedded lexicon.
    pub(super) fn embedded(text: &'a str) -> Self {
        Ctx {
            text,
            toks: crate::scan::tokenize(text),
            lex: ActorLexicon::embedded(),
        }
    }

    /// The index of the first token written `word`.
    pub(super) fn index_of(&self, word: &str) -> usize {
        self.toks
            .iter()
            .position(|t| &self.text[t.start..t.end] == word)
            .unwrap_or_else(|| panic!("no token {word:?} in {:?}", self.text))
    }
}

#[cfg(test)]
mod tests {
    use super::Ctx;

    #[test]
    fn a_span_runs_from_the_first_token_to_the_end_of_the_last() {
        let ctx = Ctx::embedded("Envoy Marrow Quill, of Bree");
        let span = ctx.span(1, 3);
        assert_eq!(&ctx.text[span.start..span.end], "Marrow Quill");
    }

    #[test]
    fn a_country_takes_its_possessive_but_its_evidence_is_the_name() {
        let ctx = Ctx::embedded("Pakistan's envoy and the Libyan envoy and Gondor's envoy");
        let (end, attr) = ctx.country_at(0).unwrap_or_else(|| panic!("a country"));
        assert_eq!(end, 2);
        assert_eq!(attr.value, "PK");
        assert_eq!(&ctx.text[attr.span.start..attr.span.end], "Pakistan");
        let libyan = ctx.country_at(ctx.index_of("Libyan"));
        assert_eq!(libyan.map(|(_, a)| a.value).as_deref(), Some("LY"));
        assert!(ctx.country_at(ctx.index_of("Gondor")).is_none());
    }
}
