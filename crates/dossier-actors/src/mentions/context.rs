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
