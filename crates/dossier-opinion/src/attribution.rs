//! Finds who a sentence is attributed to: `X said ...`, `... , said X`, `according to X`,
//! `X warned that ...`, and their Arabic counterparts (`قال`, `بحسب`, `وفقا لـ`).
//!
//! An opinion carried by such a sentence is the source's, reported by the writer, not the
//! writer's own. Only a subject that names or points at a source counts: a capitalised name, a
//! personal pronoun, or a noun phrase headed by a word such as `minister`, `officials` or
//! `critics`. `It's worth noting that` and `this signals that` are the writer's voice.

use crate::lexicon::norm_token;
use dossier_lexicon::WordList;
use dossier_model::Span;
use dossier_text::{Token, TokenKind};
use serde::Serialize;

/// How a sentence was attributed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// A reporting verb with its subject: `X said`, `said X`, `X warned that`.
    ReportingVerb,
    /// `according to X`, `بحسب X`.
    AccordingTo,
    /// The sentence belongs to a social-media post embedded in the article.
    EmbeddedPost,
}

/// The source a sentence is attributed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Attribution {
    /// How the attribution was found.
    pub kind: AttributionKind,
    /// The source: a name, pronoun or noun phrase. `None` only for an embedded post without an
    /// attribution line.
    pub speaker: Option<Span>,
    /// The words that attribute (`said`, `according to`), or the post's text.
    pub cue: Span,
}

/// Verbs that report speech, writing or a stated position.
const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "stated",
    "states",
    "added",
    "adds",
    "argued",
    "argues",
    "argue",
    "warned",
    "warns",
    "warn",
    "claimed",
    "claims",
    "claim",
    "insisted",
    "insists",
    "noted",
    "notes",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "explained",
    "explains",
    "asserted",
    "asserts",
    "maintained",
    "maintains",
    "contended",
    "contends",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "declared",
    "declares",
    "announced",
    "announces",
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "feels",
    "felt",
    "expressed",
    "expresses",
    "stressed",
    "stresses",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "underscored",
    "highlighted",
    "highlights",
    "urged",
    "urges",
    "predicted",
    "predicts",
    "described",
    "describes",
    "called",
    "calls",
    "criticised",
    "criticized",
    "accused",
    "alleged",
    "alleges",
    "denied",
    "denies",
    "lamented",
    "complained",
    "reiterated",
    "affirmed",
    "reaffirmed",
    "observed",
    "remarked",
    "concluded",
    "recalled",
    "testified",
    "detailed",
    "outlined",
    "conceded",
    "hopes",
    "hoped",
    "vowed",
    "pledged",
    "promised",
    "asked",
    "questioned",
    "replied",
    "responded",
    "countered",
    "announced",
    "confirmed",
    "praised",
    "condemned",
    "welcomed",
    "agreed",
    "disagreed",
    "stressing",
];

/// Arabic reporting verbs (with and without the conjunction و).
const ARABIC_REPORTING_VERBS: &[&str] = &[
    "قال",
    "وقال",
    "قالت",
    "وقالت",
    "أكد",
    "وأكد",
    "أكدت",
    "وأكدت",
    "أوضح",
    "وأوضح",
    "أوضحت",
    "أضاف",
    "وأضاف",
    "أضافت",
    "وأضافت",
    "صرح",
    "وصرح",
    "أشار",
    "وأشار",
    "أشارت",
    "وأشارت",
    "اعتبر",
    "واعتبر",
    "رأى",
    "ورأى",
    "يرى",
    "ويرى",
    "زعم",
    "وزعم",
    "كتب",
    "وكتب",
    "غرد",
    "وغرد",
    "حذر",
    "وحذر",
    "يقول",
    "ويقول",
    "تقول",
    "وتقول",
];

/// Arabic `according to`.
const ARABIC_ACCORDING: &[&str] = &[
    "بحسب",
    "وبحسب",
    "حسب",
    "وحسب",
    "وفقا",
    "وفقاً",
    "طبقا",
    "نقلا",
];

/// Lower-case nouns that head a noun phrase naming a source.
const SPEAKER_NOUNS: &[&str] = &[
    "minister",
    "ministers",
    "ministry",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "government",
    "president",
    "leader",
    "leaders",
    "analyst",
    "analysts",
    "expert",
    "experts",
    "critic",
    "critics",
    "observer",
    "observers",
    "source",
    "sources",
    "officer",
    "officers",
    "commander",
    "commanders",
    "chief",
    "statement",
    "report",
    "release",
    "spokespeople",
    "diplomat",
    "diplomats",
    "lawmaker",
    "lawmakers",
    "senator",
    "senators",
    "residents",
    "witnesses",
    "witness",
    "researchers",
    "researcher",
    "authorities",
    "army",
    "military",
    "navy",
    "police",
    "agency",
    "group",
    "party",
    "campaign",
    "administration",
    "office",
    "department",
    "court",
    "judge",
    "prosecutors",
    "prosecutor",
    "lawyer",
    "lawyers",
    "envoy",
    "ambassador",
    "king",
    "queen",
    "steward",
    "general",
    "admiral",
    "colonel",
    "captain",
    "mayor",
    "governor",
    "secretary",
    "director",
    "professor",
    "economist",
    "economists",
    "scientists",
    "scientist",
    "doctors",
    "activists",
    "activist",
    "protesters",
    "supporters",
    "opponents",
    "democrats",
    "republicans",
    "both",
    "two",
];

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_word(token: &Token) -> bool {
    matches!(token.kind, TokenKind::Word | TokenKind::Handle)
}

/// The subject noun phrase ending at token `end` (inclusive), scanning backwards, when it names
/// or points at a source.
fn subject_before(text: &str, tokens: &[Token], norm: &[String], end: usize) -> Option<Span> {
    let last = tokens.get(end)?;
    if !is_word(last) && last.kind != TokenKind::Clitic {
        return None;
    }
    let word = norm[end].as_str();
    if WordList::SubjectPronouns.contains(word) {
        return Some(last.span);
    }
    let mut start = end;
    let mut named = false;
    let mut i = end as isize;
    while i >= 0 {
        let t = &tokens[i as usize];
        let raw = t.text(text);
        let w = norm[i as usize].as_str();
        let head_like = is_word(t)
            && (is_capitalised(raw) && !(i == 0 && WordList::SubjectDeterminers.contains(w))
                || SPEAKER_NOUNS.contains(&w));
        let continues = (t.kind == TokenKind::Clitic && w == "'s")
            || ((WordList::NameJoiners.contains(w) || WordList::SubjectDeterminers.contains(w))
                && is_word(t)
                && start == i as usize + 1)
            || matches!(raw, "(" | ")")
            || (t.kind == TokenKind::Word && raw.len() > 1 && raw.chars().all(char::is_uppercase));
        if head_like {
            named = true;
            start = i as usize;
        } else if continues {
            start = i as usize;
        } else {
            break;
        }
        i -= 1;
    }
    // Trim leading joiners and brackets.
    while start < end && {
        let w = norm[start].as_str();
        (WordList::NameJoiners.contains(w) && w != "the") || matches!(w, "(" | ")")
    } {
        start += 1;
    }
    if !named || WordList::NonSpeakers.contains(word) {
        return None;
    }
    Some(Span::new(tokens[start].span.start, last.span.end))
}

/// The noun phrase starting at token `begin`, scanning forwards to the next punctuation that
/// closes a clause.
fn phrase_after(text: &str, tokens: &[Token], begin: usize, limit: usize) -> Option<Span> {
    let first = tokens.get(begin)?;
    let mut end = begin;
    let mut named = false;
    for (i, t) in tokens.iter().enumerate().skip(begin).take(limit) {
        let raw = t.text(text);
        if t.kind == TokenKind::Punct && !matches!(raw, "(" | ")" | "-") {
            break;
        }
        if is_word(t) && (is_capitalised(raw) || !raw.is_ascii()) {
            named = true;
        }
        end = i;
    }
    let speaker_noun = tokens[begin..=end]
        .iter()
        .any(|t| SPEAKER_NOUNS.contains(&norm_token(t.text(text)).as_str()));
    (named || speaker_noun).then(|| Span::new(first.span.start, tokens[end].span.end))
}

/// The attribution of a sentence, if it has one.
pub(crate) fn find_attribution(
    text: &str,
    tokens: &[Token],
    norm: &[String],
) -> Option<Attribution> {
    // `according to X`, Arabic `بحسب X` / `وفقا لـ X`.
    for i in 0..tokens.len() {
        let w = norm[i].as_str();
        if w == "according" && norm.get(i + 1).is_some_and(|n| n == "to") {
            if let Some(speaker) = phrase_after(text, tokens, i + 2, 14) {
                return Some(Attribution {
                    kind: AttributionKind::AccordingTo,
                    speaker: Some(speaker),
                    cue: Span::new(tokens[i].span.start, tokens[i + 1].span.end),
                });
            }
        }
        if ARABIC_ACCORDING.contains(&w) {
            if let Some(speaker) = phrase_after(text, tokens, i + 1, 8) {
                return Some(Attribution {
                    kind: AttributionKind::AccordingTo,
                    speaker: Some(speaker),
                    cue: tokens[i].span,
                });
            }
        }
    }
    for i in 0..tokens.len() {
        let w = norm[i].as_str();
        if ARABIC_REPORTING_VERBS.contains(&w) {
            let speaker = phrase_after(text, tokens, i + 1, 6);
            return Some(Attribution {
                kind: AttributionKind::ReportingVerb,
                speaker,
                cue: tokens[i].span,
            })
            .filter(|a| a.speaker.is_some());
        }
        if !REPORTING_VERBS.contains(&w) || w == "stressing" {
            continue;
        }
        // Subject before the verb, skipping auxiliaries and adverbs.
        let mut j = i;
        while j > 0 && WordList::BetweenSubjectAndVerb.contains(&norm[j - 1]) {
            j -= 1;
        }
        if j > 0 {
            if let Some(speaker) = subject_before(text, tokens, norm, j - 1) {
                return Some(Attribution {
                    kind: AttributionKind::ReportingVerb,
                    speaker: Some(speaker),
                    cue: tokens[i].span,
                });
            }
        }
        // Inverted: `..., said the minister.` / `" said Aragorn`.
        let after_quote_or_comma = i > 0
            && tokens[i - 1].kind == TokenKind::Punct
            && matches!(
                tokens[i - 1].text(text),
                "," | "\"" | "”" | "’" | "'" | "—" | "–"
            );
        if after_quote_or_comma {
            if let Some(speaker) = phrase_after(text, tokens, i + 1, 10) {
                return Some(Attribution {
                    kind: AttributionKind::ReportingVerb,
                    speaker: Some(speaker),
                    cue: tokens[i].span,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::normalised_tokens;
    use dossier_text::tokenize;

    fn speaker(text: &str) -> Option<(AttributionKind, &str)> {
        let tokens = tokenize(text);
        let norm = normalised_tokens(text, &tokens);
        find_attribution(text, &tokens, &norm)
            .map(|a| (a.kind, a.speaker.and_then(|s| s.text(text)).unwrap_or("")))
    }

    #[test]
    fn named_speakers_are_found() {
        assert_eq!(
            speaker("Steward Denethor said the siege was a catastrophe."),
            Some((AttributionKind::ReportingVerb, "Steward Denethor"))
        );
        assert_eq!(
            speaker("“The siege will fail,” said the Prince of Dol Amroth."),
            Some((AttributionKind::ReportingVerb, "the Prince of Dol Amroth"))
        );
        assert_eq!(
            speaker("According to Gondor's Ministry of War, the road is open."),
            Some((AttributionKind::AccordingTo, "Gondor's Ministry of War"))
        );
        assert_eq!(
            speaker("He also warned that Arnor would pay dearly."),
            Some((AttributionKind::ReportingVerb, "He"))
        );
        assert_eq!(
            speaker("Both leaders reaffirmed their commitment to the alliance."),
            Some((AttributionKind::ReportingVerb, "Both leaders"))
        );
    }

    #[test]
    fn the_writers_voice_is_not_attributed() {
        assert_eq!(
            speaker("It's worth noting that Arnor's navy remains underutilized."),
            None
        );
        assert_eq!(speaker("This signals a shift in Gondor's policy."), None);
        assert_eq!(speaker("The envoy reached Annúminas on Friday."), None);
    }
}
