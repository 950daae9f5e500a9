//! Sentence-level event coding: verb phrases found through the verb lexicon, composed with the
//! verbs that govern them ("agreed to cooperate", "threatened to attack"), their participants
//! found among the sentence's entities by position and preposition (subject before the verb,
//! object after it, the `by` agent of a passive), with place, date, status and attribution.

use crate::participants::{
    anaphor_candidates, country_actor_code, entity_candidates, generic_candidates,
    lexicon_candidates, Candidate, CandidateKind, Word,
};
use crate::verbs::{CodePair, PatternItem, PloverCoding, VerbLexicon};
use dossier_actors::ActorLexicon;
use dossier_model::{DocumentEntities, EventStatus, Span};
use dossier_text::token::{tokenize, TokenKind};

/// Words after which a verb form is a noun ("the attack", "his visit").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "'s", "’s", "any", "no", "every", "each", "such", "recent", "further", "new",
];

/// Prepositions: a candidate after one is not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "at",
    "to",
    "from",
    "with",
    "for",
    "by",
    "on",
    "near",
    "during",
    "after",
    "before",
    "under",
    "over",
    "into",
    "between",
    "among",
    "against",
    "about",
    "than",
    "like",
    "since",
    "toward",
    "towards",
    "across",
    "through",
    "within",
    "without",
    "amid",
    "beyond",
    "including",
    "via",
];

const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words after which a finite verb can stand (besides a participant, a capitalised word or an
/// adverb in -ly).
const BEFORE_FINITE_VERB: &[&str] = &[
    "will",
    "would",
    "can",
    "could",
    "shall",
    "should",
    "must",
    "may",
    "might",
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "not",
    "n't",
    "to",
    "also",
    "then",
    "later",
    "again",
    "jointly",
    "already",
    "still",
    "now",
    "today",
    "yesterday",
    "reportedly",
    "who",
    "which",
    "that",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    ",",
    ")",
    "and",
    "subsequently",
    "once",
    "first",
    "finally",
    "formally",
    "recently",
    "separately",
    "last",
    "week",
    "month",
    "year",
    "earlier",
    "previously",
    "never",
    "ever",
    "both",
    "outright",
    "just",
    "even",
    "too",
    "instead",
    "thereby",
    "however",
    "since",
    "soon",
];

/// Words after a plural noun that show the word between them is its finite verb
/// ("prisoners rioted Monday", "helicopters shelled the camp").
const AFTER_FINITE_VERB: &[&str] = &[
    "a",
    "an",
    "the",
    "its",
    "their",
    "his",
    "her",
    "this",
    "these",
    "those",
    "more",
    "some",
    "several",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "dozens",
    "hundreds",
    "thousands",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "again",
    "late",
    "early",
    "last",
    "that",
    ".",
    ",",
];

/// Lemmas that restate a position: never a new event.
const RESTATING_LEMMAS: &[&str] = &["reaffirm", "reiterate", "restate", "recall"];

/// Function words: a pattern made only of these says nothing about the event.
const FUNCTION_WORDS: &[&str] = &[
    "of", "in", "at", "to", "from", "with", "for", "by", "on", "near", "under", "over", "into",
    "between", "against", "about", "the", "a", "an", "and", "or", "up", "out", "off", "down",
];

/// Reporting verbs: their clause is a claim, not an event (unless a pattern gives a code).
const REPORTING_LEMMAS: &[&str] = &[
    "say",
    "tell",
    "state",
    "detail",
    "describe",
    "explain",
    "report",
    "mention",
    "remark",
    "add",
    "note",
    "announce",
    "inform",
    "stress",
    "underscore",
    "emphasize",
    "emphasise",
    "highlight",
    "reiterate",
    "reaffirm",
    "acknowledge",
    "affirm",
    "confirm",
    "claim",
    "assert",
    "insist",
    "comment",
    "brief",
    "write",
    "quote",
    "express",
    "refer",
    "narrate",
    "define",
    "depict",
    "elucidate",
    "explicate",
    "expound",
    "impart",
    "rationalize",
    "signal",
    "reveal",
    "disclose",
    "observe",
    "point",
    "recall",
    "suggest",
    "indicate",
    "believe",
    "think",
    "conclude",
];

/// Verbs the dictionary leaves uncoded in the senses that matter for diplomacy, with the
/// active and passive CAMEO codes they get when a person, organisation or country is their
/// object or agent.
const DIPLOMATIC_VERBS: &[(&str, &str, &str)] = &[
    ("receive", "043", "042"),
    ("welcome", "043", "042"),
    ("host", "043", "042"),
    ("call on", "042", "043"),
    ("call upon", "042", "043"),
];

/// Verbs whose dictionary block has no default code although the verb alone names the event
/// (the block groups them with senses that do not: REFUSE holds "decline" and "deny"), with the
/// active and passive codes used when no pattern matches.
const FALLBACK_VERBS: &[(&str, &str, &str)] = &[
    ("agree", "030", "030"),
    ("reject", "120", "120"),
    ("refuse", "120", "120"),
    ("spurn", "120", "120"),
    ("rebuff", "120", "120"),
    ("renege", "120", "120"),
    // a vow is an expression of intent (CAMEO 030); the dictionary codes only some objects
    ("vow", "030", "030"),
    ("swear", "030", "030"),
];

/// Markers of an announced or intended action before a verb.
const FUTURE_MARKERS: &[&[&str]] = &[
    &["will"],
    &["would"],
    &["shall"],
    &["'ll"],
    &["plans", "to"],
    &["planned", "to"],
    &["plan", "to"],
    &["intends", "to"],
    &["intended", "to"],
    &["is", "to"],
    &["are", "to"],
    &["expected", "to"],
    &["set", "to"],
    &["going", "to"],
    &["vowed", "to"],
    &["pledged", "to"],
    &["promised", "to"],
    &["offered", "to"],
    &["decided", "to"],
    &["prepared", "to"],
    &["ready", "to"],
    &["willing", "to"],
];

const NEGATIONS: &[&str] = &["not", "n't", "never", "no longer"];
const CONDITIONALS: &[&str] = &["if", "could", "might", "may", "unless", "whether"];

/// A verb (or noun) that expresses an event, with its code.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Word range of the trigger (verb phrase, noun phrase).
    pub first: usize,
    pub last: usize,
    /// Words the matched pattern used (they are not participants' words).
    pub pattern_words: Vec<usize>,
    pub cameo: String,
    pub coding: Option<PloverCoding>,
    /// `ceremony` for occurrences PLOVER does not code.
    pub kind: Option<&'static str>,
    pub passive: bool,
    /// The code came from the dictionary's explicit passive code (written from the subject's
    /// point of view).
    pub passive_code: bool,
    pub nominal: bool,
    pub status: EventStatus,
    /// A reporting verb (said, detailed): not an event, but a claim marker.
    pub reporting: bool,
    /// Words of a governed verb folded into this hit (agreed *to cooperate*).
    pub complement: Option<(usize, usize)>,
    /// Inside the `that`- or `to`-clause of an earlier coded verb ("demanded that the US
    /// *cancel*"): the governing verb is the sentence's main event.
    pub subordinate: bool,
}

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
            if PREPOSITIONS.contains(&before) || matches!(before, "of" | "'s") {
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

    pub fn word_at_or_after(&self, byte: usize) -> usize {
        self.words
            .iter()
            .position(|w| w.span.start >= byte)
            .unwrap_or(self.words.len())
    }

    pub fn word_ending_at_or_before(&self, byte: usize) -> Option<usize> {
        self.words.iter().rposition(|w| w.span.end <= byte)
    }

    fn lower(&self, i: usize) -> &str {
        self.words.get(i).map(|w| w.lower.as_str()).unwrap_or("")
    }

    fn inside_candidate(&self, i: usize) -> bool {
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
    fn phrase_at(&self, i: usize, phrase: &[&str]) -> bool {
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

fn match_item(view: &SentenceView, item: &PatternItem, at: usize) -> Option<usize> {
    item.alternatives.iter().find_map(|alt| {
        let ok = alt
            .iter()
            .enumerate()
            .all(|(k, w)| view.lower(at + k) == w.as_str());
        (ok && !alt.is_empty()).then_some(at + alt.len())
    })
}

/// Matches the items after the verb, in order, with gaps of at most `gap` words; returns the
/// used word indices.
fn match_after(
    view: &SentenceView,
    items: &[PatternItem],
    from: usize,
    to: usize,
) -> Option<Vec<usize>> {
    let mut used = Vec::new();
    let mut cur = from;
    for item in items {
        let mut found = None;
        let mut p = cur;
        while p < to && p < cur + 7 {
            if let Some(end) = match_item(view, item, p) {
                found = Some((p, end));
                break;
            }
            p += 1;
        }
        let (start, end) = found?;
        used.extend(start..end);
        cur = end;
    }
    Some(used)
}

fn match_before(view: &SentenceView, items: &[PatternItem], verb: usize) -> Option<Vec<usize>> {
    let mut used = Vec::new();
    let mut cur = verb;
    for item in items.iter().rev() {
        let mut found = None;
        let lowest = cur.saturating_sub(7);
        let mut p = cur;
        while p > lowest {
            p -= 1;
            if let Some(end) = match_item(view, item, p) {
                // not inside a prepositional phrase ("riots against Israeli military policies
                // are continuing" is no military advance)
                let in_pp = (1..=2).any(|d| {
                    p >= d && PREPOSITIONS.contains(&view.lower(p - d)) && view.lower(p - d) != "by"
                });
                if end <= cur && !in_pp {
                    found = Some((p, end));
                    break;
                }
            }
        }
        let (start, end) = found?;
        used.extend(start..end);
        cur = start;
    }
    Some(used)
}

fn is_gerund(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

fn looks_past_participle(form: &str, lemma: &str) -> bool {
    form != lemma && !form.ends_with('s') && !is_gerund(form)
}

/// Finds event triggers among the verbs of a sentence.
pub fn find_hits(view: &SentenceView, verbs: &VerbLexicon) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    let n = view.words.len();
    let mut i = 0;
    while i < n {
        let w = &view.words[i];
        if w.is_punct || view.inside_candidate(i) || (w.capitalised && i > 0) {
            i += 1;
            continue;
        }
        // the longest verb form starting here
        let form = verbs
            .forms_starting(&w.lower)
            .filter(|f| {
                f.words
                    .iter()
                    .enumerate()
                    .all(|(k, fw)| view.lower(i + k) == fw.as_str())
            })
            .max_by_key(|f| f.words.len());
        let Some(form) = form else {
            i += 1;
            continue;
        };
        let last = i + form.words.len() - 1;
        let verb_word = i + form.verb_word;
        let verb_lower = view.lower(verb_word).to_string();
        let prev = if i > 0 { view.lower(i - 1) } else { "" };
        // nouns, gerunds and participles that are not finite verbs
        if DETERMINERS.contains(&prev) {
            i = last + 1;
            continue;
        }
        let aux_before = (1..=3).any(|k| i >= k && BE_FORMS.contains(&view.lower(i - k)));
        if is_gerund(&verb_lower) && !aux_before {
            i = last + 1;
            continue;
        }
        if prev == "to" {
            // an infinitive: only meaningful when a governing verb takes it (handled below)
            let governed = hits.last().is_some_and(|h| h.last + 3 >= i);
            let future = FUTURE_MARKERS
                .iter()
                .any(|m| i >= m.len() && view.phrase_at(i - m.len(), m));
            if !governed && !future {
                i = last + 1;
                continue;
            }
        }
        let past_participle = looks_past_participle(&verb_lower, &form.lemma);
        let passive = past_participle && aux_before;
        if !passive && !plausible_finite_position(view, i) {
            i = last + 1;
            continue;
        }
        // reduced relative: "the sacrifices made by", ", facilitated by"
        if past_participle && !aux_before && view.lower(last + 1) == "by" {
            let subject_like = i > 0
                && (view.candidates.iter().any(|c| {
                    c.span.end == view.words[i - 1].span.end
                        && matches!(
                            c.kind,
                            CandidateKind::Person
                                | CandidateKind::Organisation
                                | CandidateKind::Country
                                | CandidateKind::PersonPronoun
                        )
                }) || matches!(prev, "he" | "she" | "they" | "it"));
            if !subject_like {
                i = last + 1;
                continue;
            }
        }
        let Some(block) = verbs.block(form.block) else {
            i = last + 1;
            continue;
        };
        let clause_end = view.clause_end(last);
        // best pattern
        let mut best: Option<(usize, Vec<usize>, &CodePair)> = None;
        for p in &block.patterns {
            if p.code.for_voice(passive).is_none() {
                continue;
            }
            let Some(mut used) = match_after(view, &p.after, last + 1, clause_end) else {
                continue;
            };
            let Some(before) = match_before(view, &p.before, i) else {
                continue;
            };
            used.extend(before);
            let weight = p.weight();
            let content = used
                .iter()
                .any(|&k| !FUNCTION_WORDS.contains(&view.lower(k)));
            if weight == 0 || !content {
                continue;
            }
            if best.as_ref().is_none_or(|(bw, _, _)| weight > *bw) {
                best = Some((weight, used, &p.code));
            }
        }
        let lemma = form.lemma.as_str();
        let (code, pattern_words, passive_code) = match &best {
            Some((_, used, pair)) => (
                pair.for_voice(passive).unwrap_or("").to_string(),
                used.clone(),
                passive && pair.passive.is_some(),
            ),
            None => {
                let fallback = FALLBACK_VERBS.iter().find(|(l, _, _)| *l == lemma);
                let own = form
                    .code
                    .for_voice(passive)
                    .or_else(|| fallback.is_none().then(|| block.code.for_voice(passive))?);
                let diplomatic = DIPLOMATIC_VERBS.iter().find(|(l, _, _)| *l == lemma);
                match (diplomatic, own) {
                    (Some((_, active, passive_c)), _) => (
                        if passive { passive_c } else { active }.to_string(),
                        Vec::new(),
                        passive,
                    ),
                    (None, Some(c)) => (
                        c.to_string(),
                        Vec::new(),
                        passive && form.code.passive.is_some(),
                    ),
                    (None, None) => match fallback {
                        Some((_, active, passive_c)) => (
                            if passive { passive_c } else { active }.to_string(),
                            Vec::new(),
                            false,
                        ),
                        None => (String::new(), Vec::new(), false),
                    },
                }
            }
        };
        // "X said it will release Y": a reporting verb whose pattern names an action after a
        // modal announces that action (intent, or a threat when conflictual or conditional).
        let code = if REPORTING_LEMMAS.contains(&lemma) && best.is_some() {
            announced_by_report(view, i, &pattern_words, code)
        } else {
            code
        };
        // where the PLOVER manual or the verb's object decides against the dictionary
        let code = manual_override(view, lemma, i, last).unwrap_or(code);
        let status = status_before(view, i);
        // "will not accept", "won't meet": an announced refusal
        let code = if status == EventStatus::Negated && refusal_modal_before(view, i) {
            match verbs.plover_of(&code).map(|c| c.event_type) {
                Some(t) if COOPERATIVE_TYPES.contains(&t.as_str()) => reject_code(root(&code)),
                _ => code,
            }
        } else {
            code
        };
        let reporting = REPORTING_LEMMAS.contains(&lemma)
            && (best.is_none() || code.starts_with("01") || code.is_empty());
        let reporting = reporting || code.starts_with("01") || RESTATING_LEMMAS.contains(&lemma);
        hits.push(Hit {
            first: i,
            last,
            pattern_words,
            coding: if reporting || code.is_empty() {
                None
            } else if let Some(manual) = manual_coding(lemma) {
                Some(manual)
            } else {
                verbs.plover_of(&code)
            },
            cameo: code,
            kind: None,
            passive,
            passive_code,
            nominal: false,
            status,
            reporting,
            complement: None,
            subordinate: false,
        });
        i = last + 1;
    }
    light_verb_hits(view, verbs, &mut hits);
    nominal_hits(view, &mut hits);
    let mut hits = compose(view, verbs, hits);
    mark_subordinates(view, &mut hits);
    hits
}

/// PLOVER types of cooperation, which an announced refusal ("will not accept") turns into
/// REJECT.
const COOPERATIVE_TYPES: &[&str] = &[
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "COOPERATE",
    "AID",
    "CONCEDE",
    "RETREAT",
];

/// A modal (or "refuse to") among the four words before a negated verb: "will not accept",
/// "cannot agree", "won't meet".
fn refusal_modal_before(view: &SentenceView, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|k| {
        matches!(
            view.lower(k),
            "will" | "would" | "'ll" | "wo" | "won" | "can" | "ca" | "cannot" | "shall" | "could"
        )
    })
}

/// People whose expulsion is a reduction of relations (PLOVER SANCTION `expel`: "aside from
/// the expulsion of ambassadors or similar diplomats", individual deportations are COERCE).
const DIPLOMATIC_PERSONNEL: &[&str] = &[
    "diplomat",
    "diplomats",
    "ambassador",
    "ambassadors",
    "envoy",
    "envoys",
    "inspectors",
    "observers",
    "monitors",
    "peacekeepers",
    "attache",
    "attaché",
    "consul",
    "mission",
];

/// What can be proposed, and so dismissed (REJECT).
const PROPOSAL_NOUNS: &[&str] = &[
    "appeal",
    "appeals",
    "call",
    "calls",
    "demand",
    "demands",
    "request",
    "requests",
    "offer",
    "offers",
    "proposal",
    "proposals",
    "invitation",
    "plan",
    "plea",
    "ultimatum",
];

/// Ways through a place: blocking them is a protest (PLOVER PROTEST `obstruct`) unless
/// security forces do it (COERCE `restrict`).
const PASSAGE_NOUNS: &[&str] = &[
    "road",
    "roads",
    "bridge",
    "bridges",
    "highway",
    "highways",
    "street",
    "streets",
    "traffic",
    "transport",
    "railway",
    "railways",
    "rail",
    "access",
    "entrance",
    "entrances",
    "port",
    "crossing",
    "crossings",
    "border",
    "borders",
    "route",
    "routes",
];

/// CAMEO codes decided by the verb's object or purpose where the dictionary's pattern is
/// silent or, by the PLOVER manual, wrong.
fn manual_override(view: &SentenceView, lemma: &str, verb: usize, last: usize) -> Option<String> {
    let within = |n: usize, set: &[&str]| (1..=n).any(|d| set.contains(&view.lower(last + d)));
    let code = match lemma {
        // ACCUSE: "Sue or bring to court"
        "sue" => "115",
        "expel" if within(6, DIPLOMATIC_PERSONNEL) => "166",
        // "summoning an in-country ambassador to present such grievances is just coded ACCUSE"
        "summon"
            if (1..=8).any(|d| {
                view.lower(last + d) == "to"
                    && matches!(
                        view.lower(last + d + 1),
                        "complain"
                            | "protest"
                            | "lodge"
                            | "convey"
                            | "express"
                            | "register"
                            | "denounce"
                            | "condemn"
                    )
            }) =>
        {
            "114"
        }
        "dismiss" | "brush" | "turn" if within(4, PROPOSAL_NOUNS) => "120",
        // "welcomed the statement": praise (SUPPORT); a welcomed person is a visit (below)
        "welcome" if within(5, WELCOMED_THINGS) => "051",
        // "received a mission of observers": allowing international involvement (RETREAT)
        "receive" | "admit" | "accept" | "allow"
            if within(5, &["observers", "inspectors", "monitors", "peacekeepers"]) =>
        {
            "0862"
        }
        // "dispatched inspectors to", "sent personnel to investigate": an investigation
        "send" | "dispatch"
            if within(4, &["inspectors", "investigators", "fact-finding"])
                || (1..=14).any(|d| {
                    view.lower(last + d) == "to"
                        && matches!(
                            view.lower(last + d + 1),
                            "investigate" | "inspect" | "probe" | "examine"
                        )
                }) =>
        {
            "090"
        }
        // "continued to send arms to", "handed over medicine to": material aid
        "send" | "deliver" | "donate" | "ship" | "hand" | "supply" | "airlift" | "provide"
            if within(6, AID_GOODS) =>
        {
            if within(6, &["arms", "weapons", "ammunition", "military"]) {
                "072"
            } else {
                "070"
            }
        }
        // "reduced food supplies to", "halted economic aid": reducing or stopping aid
        "reduce" | "cut" | "halt" | "suspend" | "stop" | "freeze" | "withhold" | "end"
            if within(
                4,
                &[
                    "aid",
                    "assistance",
                    "supplies",
                    "funding",
                    "loans",
                    "credits",
                ],
            ) =>
        {
            "162"
        }
        // "prevented the demonstration": repression short of violence
        "prevent" | "ban" | "forbid" | "prohibit" | "outlaw" if within(4, GATHERINGS) => "172",
        "deny" | "refuse" | "withhold" if within(4, PERMISSIONS) => "120",
        // "has strengthened its forces in Lebanon": increasing armed forces (MOBILIZE)
        "strengthen" | "reinforce" | "bolster" | "boost" | "beef" | "mass"
            if within(
                4,
                &[
                    "forces",
                    "troops",
                    "presence",
                    "garrison",
                    "military",
                    "deployment",
                ],
            ) =>
        {
            "154"
        }
        // "defaced nearly 3,000 Web sites": a cyber attack (COERCE cyber)
        "deface" | "hack" if within(6, COMPUTERS) => "176",
        // "upgraded their diplomatic ties": diplomatic recognition (SUPPORT)
        "upgrade" | "restore" | "establish" | "normalize" | "normalise"
            if within(4, &["ties", "relations"]) =>
        {
            "054"
        }
        // "violated a ban": defying norms, law (REJECT)
        "violate" | "defy" | "flout" | "breach" | "contravene"
            if within(
                4,
                &[
                    "ban",
                    "law",
                    "laws",
                    "curfew",
                    "order",
                    "orders",
                    "ruling",
                    "resolution",
                    "embargo",
                    "sanctions",
                    "rules",
                    "decree",
                ],
            ) =>
        {
            "128"
        }
        // "is committed to opening up": intent
        "commit"
            if verb > 0
                && BE_FORMS.contains(&view.lower(verb - 1))
                && view.lower(last + 1) == "to" =>
        {
            "030"
        }
        // "accepted demands from the rebels": acceding to demands (CONCEDE)
        "accept" | "accede" | "bow" | "yield" | "meet" | "grant"
            if within(3, &["demands", "demand"]) =>
        {
            "083"
        }
        // "accepted a formula for ending the dispute": agreement
        "accept" | "endorse" | "approve" if within(4, ACCEPTABLE) => "030",
        "block" | "barricade" | "blockade" | "close" | "shut" if within(4, PASSAGE_NOUNS) => {
            let security = view
                .candidates
                .iter()
                .rfind(|c| view.word_at_or_after(c.span.end) <= verb)
                .is_some_and(|c| {
                    c.kind == CandidateKind::Country
                        || c.actor_code.as_deref().is_some_and(|code| {
                            ["MIL", "COP", "SPY", "GOV", "JUD"]
                                .iter()
                                .any(|s| code.contains(s))
                        })
                });
            if security {
                "191"
            } else {
                "144"
            }
        }
        // "called on Arabs to unite": an appeal, not a visit
        "call" => {
            let on = (1..=3)
                .map(|d| last + d)
                .find(|&k| matches!(view.lower(k), "on" | "upon"))?;
            let to = (on + 2..=on + 7).find(|&k| view.lower(k) == "to")?;
            if MEETING_PURPOSES.contains(&view.lower(to + 1)) {
                return None;
            }
            "020"
        }
        _ => return None,
    };
    Some(code.to_string())
}

/// What can be welcomed that is not a visitor: welcoming it is praise.
const WELCOMED_THINGS: &[&str] = &[
    "statement",
    "decision",
    "move",
    "proposal",
    "plan",
    "announcement",
    "agreement",
    "offer",
    "initiative",
    "efforts",
    "step",
    "steps",
    "release",
    "resolution",
    "outcome",
    "election",
    "elections",
    "deal",
    "accord",
    "ceasefire",
    "truce",
    "report",
    "call",
    "idea",
    "policy",
];

/// Goods whose sending is aid.
const AID_GOODS: &[&str] = &[
    "arms",
    "weapons",
    "ammunition",
    "aid",
    "medicine",
    "medicines",
    "medical",
    "food",
    "supplies",
    "goods",
    "relief",
    "tents",
    "blankets",
    "equipment",
    "grain",
    "rice",
    "wheat",
    "vaccines",
    "assistance",
    "humanitarian",
];

/// Gatherings whose prevention is repression.
const GATHERINGS: &[&str] = &[
    "demonstration",
    "demonstrations",
    "rally",
    "rallies",
    "protest",
    "protests",
    "march",
    "strike",
    "meeting",
    "gathering",
];

/// What is granted, and so refused (REJECT).
const PERMISSIONS: &[&str] = &[
    "permission",
    "access",
    "request",
    "allocation",
    "entry",
    "visa",
    "visas",
    "approval",
    "license",
    "licence",
    "permit",
    "landing",
];

/// Targets of a cyber attack.
const COMPUTERS: &[&str] = &[
    "sites",
    "websites",
    "site",
    "website",
    "computers",
    "networks",
    "servers",
    "systems",
];

/// What is accepted as an agreement.
const ACCEPTABLE: &[&str] = &[
    "formula",
    "proposal",
    "proposals",
    "plan",
    "offer",
    "terms",
    "deal",
    "compromise",
    "settlement",
    "ceasefire",
    "truce",
    "accord",
    "agreement",
];

/// What a visit is for ("called on the minister to discuss"): the call stays a meeting.
const MEETING_PURPOSES: &[&str] = &[
    "discuss",
    "review",
    "exchange",
    "hold",
    "talk",
    "meet",
    "confer",
    "pay",
    "convey",
    "brief",
    "deliberate",
    "consult",
    "greet",
    "congratulate",
    "present",
    "sign",
];

/// An event named by a noun and carried by a light verb: "mounted an invasion", "continued
/// their hunger strike", "imposed sanctions on", "opened a hearing into", "launched war games":
/// the noun's words, the light verbs, the CAMEO code.
type EventNoun = (
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

const START_VERBS: &[&str] = &[
    "undertook",
    "undertake",
    "undertakes",
    "completed",
    "concluded",
    "organized",
    "organised",
    "organizes",
    "organises",
    "called",
    "speeded",
    "sped",
    "accelerated",
    "stepped",
    "launched",
    "launch",
    "launches",
    "launching",
    "mounted",
    "mount",
    "mounts",
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "staged",
    "stage",
    "stages",
    "opened",
    "open",
    "opens",
    "continued",
    "continue",
    "continues",
    "continuing",
    "resumed",
    "resume",
    "resumes",
    "intensified",
    "pressed",
    "held",
    "hold",
    "holds",
    "holding",
    "conducted",
    "conduct",
    "conducts",
    "conducting",
    "went",
    "go",
    "going",
    "carried",
    "ordered",
    "order",
    "announced",
    "set",
];
const IMPOSE_VERBS: &[&str] = &[
    "extend",
    "extends",
    "tighten",
    "tightens",
    "declare",
    "declares",
    "enforce",
    "imposed",
    "impose",
    "imposes",
    "imposing",
    "reimposed",
    "re-imposed",
    "slapped",
    "levied",
    "tightened",
    "extended",
    "declared",
    "enforced",
    "announced",
    "ordered",
    "approved",
];
const LIFT_VERBS: &[&str] = &[
    "lifted",
    "lift",
    "lifts",
    "lifting",
    "eased",
    "ease",
    "eases",
    "easing",
    "relaxed",
    "relax",
    "ended",
    "end",
    "ends",
    "shortened",
    "removed",
    "scrapped",
    "suspended",
];
const PROTEST_VERBS: &[&str] = &[
    "held",
    "hold",
    "holds",
    "holding",
    "staged",
    "stage",
    "stages",
    "organized",
    "organised",
    "organizes",
    "organises",
    "led",
    "joined",
    "launched",
];
const GIVE_VERBS: &[&str] = &[
    "gave", "give", "gives", "given", "extended", "extend", "extends", "accorded", "accord",
];
const HALT_VERBS: &[&str] = &[
    "ended",
    "end",
    "ends",
    "halted",
    "halt",
    "halts",
    "suspended",
    "suspend",
    "suspends",
    "abandoned",
    "abandon",
    "stopped",
    "stop",
    "quit",
    "terminated",
];
const DEMAND_VERBS: &[&str] = &[
    "insisted",
    "insists",
    "reiterated",
    "reiterates",
    "renewed",
    "renews",
    "repeated",
    "repeats",
    "made",
    "makes",
    "issued",
    "issues",
    "voiced",
    "voices",
    "pressed",
    "presses",
    "stepped",
    "restated",
];
const ISSUE_VERBS: &[&str] = &[
    "issued",
    "issues",
    "adopted",
    "adopts",
    "released",
    "releases",
    "sent",
    "sends",
    "published",
    "publishes",
    "passed",
    "passes",
    "signed",
    "signs",
    "read",
    "delivered",
];
const TALK_VERBS: &[&str] = &[
    "renewed",
    "renew",
    "renews",
    "held",
    "hold",
    "holds",
    "holding",
    "opened",
    "open",
    "began",
    "begin",
    "begins",
    "begun",
    "started",
    "start",
    "resumed",
    "resume",
    "resumes",
    "for",
    "continued",
    "continue",
];

const EVENT_NOUNS: &[EventNoun] = &[
    (&["hunger", "strike"], START_VERBS, "142"),
    (&["hunger", "strikes"], START_VERBS, "142"),
    (&["general", "strike"], START_VERBS, "143"),
    (&["sit-in"], START_VERBS, "141"),
    (&["invasion"], START_VERBS, "190"),
    (&["offensive"], START_VERBS, "190"),
    (&["incursion"], START_VERBS, "190"),
    (&["incursions"], START_VERBS, "190"),
    (&["air", "strikes"], START_VERBS, "195"),
    (&["airstrikes"], START_VERBS, "195"),
    (&["sanctions"], IMPOSE_VERBS, "163"),
    (&["embargo"], IMPOSE_VERBS, "163"),
    (&["sanctions"], LIFT_VERBS, "085"),
    (&["embargo"], LIFT_VERBS, "085"),
    (&["blockade"], IMPOSE_VERBS, "191"),
    (&["blockades"], IMPOSE_VERBS, "191"),
    (&["curfew"], IMPOSE_VERBS, "1723"),
    (&["state", "of", "emergency"], IMPOSE_VERBS, "1724"),
    (&["martial", "law"], IMPOSE_VERBS, "1724"),
    (&["blockade"], LIFT_VERBS, "0872"),
    (&["blockades"], LIFT_VERBS, "0872"),
    (&["curfew"], LIFT_VERBS, "0813"),
    (&["state", "of", "emergency"], LIFT_VERBS, "0814"),
    (&["martial", "law"], LIFT_VERBS, "0814"),
    (&["suspension", "of"], IMPOSE_VERBS, "160"),
    (&["investigation"], START_VERBS, "090"),
    (&["inquiry"], START_VERBS, "090"),
    (&["probe"], START_VERBS, "090"),
    (&["hearing"], START_VERBS, "090"),
    (&["mediation"], START_VERBS, "045"),
    (&["mediation", "mission"], START_VERBS, "045"),
    (&["welcome"], GIVE_VERBS, "043"),
    (&["reception"], GIVE_VERBS, "043"),
    (&["emergency", "measures"], LIFT_VERBS, "0814"),
    (&["restrictions"], LIFT_VERBS, "081"),
    (&["restrictions"], IMPOSE_VERBS, "172"),
    (&["withdrawal"], START_VERBS, "087"),
    (&["pullout"], START_VERBS, "087"),
    (&["state", "of", "siege"], IMPOSE_VERBS, "1724"),
    (&["a", "warning"], ISSUE_VERBS, "130"),
    (&["a", "stern", "warning"], ISSUE_VERBS, "130"),
    (&["a", "final", "warning"], ISSUE_VERBS, "130"),
    (&["protest"], PROTEST_VERBS, "141"),
    (&["protests"], PROTEST_VERBS, "141"),
    (&["demonstration"], PROTEST_VERBS, "141"),
    (&["demonstrations"], PROTEST_VERBS, "141"),
    (&["rally"], PROTEST_VERBS, "141"),
    (&["rallies"], PROTEST_VERBS, "141"),
    (&["ultimatum"], ISSUE_VERBS, "130"),
    (&["reminder"], ISSUE_VERBS, "100"),
    (&["mediation"], HALT_VERBS, "165"),
    (&["demand"], DEMAND_VERBS, "100"),
    (&["demands"], DEMAND_VERBS, "100"),
    (&["call", "for"], DEMAND_VERBS, "100"),
    (&["calls", "for"], DEMAND_VERBS, "100"),
    (&["appeal", "for"], DEMAND_VERBS, "020"),
    (&["statement", "demanding"], ISSUE_VERBS, "100"),
    (&["statement", "urging"], ISSUE_VERBS, "100"),
    (&["statement", "calling", "for"], ISSUE_VERBS, "100"),
    (&["statement", "condemning"], ISSUE_VERBS, "111"),
    (&["declaration", "demanding"], ISSUE_VERBS, "100"),
    (&["declaration", "urging"], ISSUE_VERBS, "100"),
    (&["declaration", "calling", "for"], ISSUE_VERBS, "100"),
    (&["declaration", "condemning"], ISSUE_VERBS, "111"),
    (&["resolution", "demanding"], ISSUE_VERBS, "100"),
    (&["resolution", "urging"], ISSUE_VERBS, "100"),
    (&["resolution", "calling", "for"], ISSUE_VERBS, "100"),
    (&["resolution", "condemning"], ISSUE_VERBS, "111"),
    (&["letter", "demanding"], ISSUE_VERBS, "100"),
    (&["letter", "urging"], ISSUE_VERBS, "100"),
    (&["letter", "calling", "for"], ISSUE_VERBS, "100"),
    (&["letter", "condemning"], ISSUE_VERBS, "111"),
    (&["communique", "demanding"], ISSUE_VERBS, "100"),
    (&["communique", "urging"], ISSUE_VERBS, "100"),
    (&["communique", "calling", "for"], ISSUE_VERBS, "100"),
    (&["communique", "condemning"], ISSUE_VERBS, "111"),
    (&["talks"], TALK_VERBS, "040"),
    (&["talk", "on"], TALK_VERBS, "040"),
    (&["negotiations"], TALK_VERBS, "040"),
    (&["war", "games"], START_VERBS, "150"),
    (&["military", "exercises"], START_VERBS, "150"),
    (&["naval", "exercises"], START_VERBS, "150"),
    (&["military", "drills"], START_VERBS, "150"),
    (&["manoeuvres"], START_VERBS, "150"),
    (&["maneuvers"], START_VERBS, "150"),
];

/// Events named by a noun after a light verb within six words ("mounted its long-threatened
/// invasion"). The light verb's own hit takes the noun's code unless a dictionary pattern
/// coded it; otherwise a hit is added over verb and noun. Military exercises are MOBILIZE,
/// or COOPERATE when joint or held by two sides (PLOVER manual, MOBILIZE).
fn light_verb_hits(view: &SentenceView, verbs: &VerbLexicon, hits: &mut Vec<Hit>) {
    let n = view.words.len();
    for k in 0..n {
        for &(noun, light_verbs, noun_cameo) in EVENT_NOUNS {
            if !view.phrase_at(k, noun) {
                continue;
            }
            let noun_last = k + noun.len() - 1;
            let Some(v) = (1..=6)
                .take_while(|&d| k >= d && !view.words[k - d].is_punct)
                .map(|d| k - d)
                .find(|&j| light_verbs.contains(&view.lower(j)))
            else {
                continue;
            };
            let mut cameo = noun_cameo.to_string();
            if cameo == "150" {
                let joint = (v + 1..k).any(|j| matches!(view.lower(j), "joint" | "combined"));
                let two_sides = view
                    .candidates
                    .iter()
                    .rfind(|c| view.word_at_or_after(c.span.end) <= v)
                    .is_some_and(|c| {
                        view.body
                            .get(c.span.start..c.span.end)
                            .is_some_and(|t| t.contains(" and "))
                    });
                if joint || two_sides {
                    cameo = "062".to_string();
                }
            }
            let Some(coding) = verbs.plover_of(&cameo) else {
                continue;
            };
            let noun_words: Vec<usize> = (k..=noun_last).collect();
            if let Some(h) = hits.iter_mut().find(|h| h.first <= v && v <= h.last) {
                if !h.pattern_words.is_empty() && h.coding.is_some() && !h.reporting {
                    continue;
                }
                h.cameo = cameo;
                h.coding = Some(coding);
                h.reporting = false;
                h.passive = false;
                h.passive_code = false;
                h.last = h.last.max(noun_last);
                h.pattern_words = noun_words;
            } else {
                hits.push(Hit {
                    first: v,
                    last: noun_last,
                    pattern_words: noun_words,
                    cameo,
                    coding: Some(coding),
                    kind: None,
                    passive: false,
                    passive_code: false,
                    nominal: false,
                    status: status_before(view, v),
                    reporting: false,
                    complement: None,
                    subordinate: false,
                });
            }
        }
    }
    hits.sort_by_key(|h| h.first);
}

/// Marks the coded hits standing in the `that`- or `to`-clause of an earlier coded verb of
/// the same clause ("demanded that the US cancel plans to *sell*"): the governing verb is the
/// sentence's main event.
fn mark_subordinates(view: &SentenceView, hits: &mut [Hit]) {
    for b in 0..hits.len() {
        let first = hits[b].first;
        let governed = hits[..b].iter().any(|a| {
            a.coding.is_some()
                && !a.reporting
                && !a.nominal
                && a.last < first
                && first <= a.last + 12
                && first < view.clause_end(a.last)
                && (a.last + 1..first).any(|k| matches!(view.lower(k), "that" | "to"))
        });
        if governed {
            hits[b].subordinate = true;
        }
    }
}

/// Can word `i` be a finite verb? It must follow its subject, an auxiliary, an adverb or a
/// clause boundary; after a lower-case noun it is a noun or a reduced relative ("security
/// patrols", "engagements aimed at").
fn plausible_finite_position(view: &SentenceView, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let w = &view.words[i].lower;
    // "Vietnamese-led forces have retaken": a noun in -s before an auxiliary or a modal
    if w.ends_with('s')
        && view.words.get(i + 1).is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "have"
                    | "has"
                    | "had"
                    | "must"
                    | "will"
                    | "would"
                    | "should"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "are"
                    | "were"
            )
        })
    {
        return false;
    }
    let prev = &view.words[i - 1];
    let prev_is_candidate = view.candidates.iter().any(|c| c.span.end == prev.span.end);
    // "the Jewish state", "the Islamic world": a capitalised modifier after a determiner
    if prev.capitalised && !prev_is_candidate && i >= 2 && DETERMINERS.contains(&view.lower(i - 2))
    {
        return false;
    }
    if prev.capitalised
        || prev.lower.ends_with("ly")
        || BEFORE_FINITE_VERB.contains(&prev.lower.as_str())
    {
        return true;
    }
    if view.candidates.iter().any(|c| c.span.end == prev.span.end) {
        return true;
    }
    // after a noun, a past form followed by a determiner: "the movement rejected an invitation"
    if w.ends_with("ed")
        && prev.lower.len() > 3
        && prev.lower.chars().all(char::is_alphabetic)
        && !prev.lower.ends_with("ly")
        && view
            .words
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "a" | "an" | "the" | "its" | "their"))
    {
        return true;
    }
    // "the coalition agreed to postpone": a past form governing an infinitive
    if w.ends_with("ed")
        && prev.lower.len() > 3
        && prev.lower.chars().all(char::is_alphabetic)
        && view.lower(i + 1) == "to"
        && view.words.get(i + 2).is_some_and(|n| {
            !n.capitalised
                && !n.is_punct
                && !DETERMINERS.contains(&n.lower.as_str())
                && !n.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
        })
    {
        return true;
    }
    // after a plural noun, a past form followed by an object, a date or the clause end
    prev.lower.ends_with('s')
        && !prev.lower.ends_with("ss")
        && prev.lower.len() > 3
        && w.ends_with("ed")
        && view.words.get(i + 1).is_none_or(|n| {
            AFTER_FINITE_VERB.contains(&n.lower.as_str())
                || n.capitalised
                || (n.lower == "on" && view.words.get(i + 2).is_some_and(|d| d.capitalised))
        })
}

fn status_before(view: &SentenceView, i: usize) -> EventStatus {
    let from = i.saturating_sub(4);
    let window: Vec<&str> = (from..i).map(|k| view.lower(k)).collect();
    if window.iter().any(|w| NEGATIONS.contains(w)) {
        return EventStatus::Negated;
    }
    if window.iter().any(|w| CONDITIONALS.contains(w)) {
        return EventStatus::Hypothetical;
    }
    if FUTURE_MARKERS
        .iter()
        .any(|m| (from..i).any(|k| view.phrase_at(k, m)))
    {
        return EventStatus::Announced;
    }
    EventStatus::Reported
}

/// A nominal trigger's CAMEO code, non-PLOVER kind, and PLOVER type with mode.
type NominalCoding<'a> = (
    &'a str,
    Option<&'static str>,
    Option<(&'a str, Option<&'a str>)>,
);

/// Events named by nouns: "X's meeting with Y", "talks with", "an agreement to", and the
/// laying of a wreath (a ceremony PLOVER does not code).
fn nominal_hits(view: &SentenceView, hits: &mut Vec<Hit>) {
    let n = view.words.len();
    let used_by_verbs = |k: usize, hits: &[Hit]| {
        hits.iter().any(|h| {
            h.coding.is_some() && (h.pattern_words.contains(&k) || (h.first..=h.last).contains(&k))
        })
    };
    for k in 0..n {
        let w = view.lower(k);
        let (cameo, kind, plover): NominalCoding = match w {
            "meeting" | "meetings" | "talks" | "consultations"
                if (1..=3).any(|d| view.lower(k + d) == "with")
                    || (1..=8).any(|d| view.lower(k + d) == "between") =>
            {
                ("040", None, Some(("CONSULT", None)))
            }
            "agreement" | "accord" | "deal" if matches!(view.lower(k + 1), "to" | "on" | "for") => {
                ("030", None, Some(("AGREE", None)))
            }
            // "teacher protests were held", "demonstrations erupted"
            "protest" | "protests" | "demonstration" | "demonstrations" | "rally" | "rallies"
            | "riots"
                if (1..=3).any(|d| {
                    matches!(
                        view.lower(k + d),
                        "held" | "staged" | "erupted" | "broke" | "took" | "spread" | "continued"
                    )
                }) =>
            {
                ("141", None, Some(("PROTEST", Some("demo"))))
            }
            "wreath" | "wreaths"
                if (1..=4).any(|d| {
                    k >= d
                        && matches!(
                            view.lower(k - d),
                            "lay" | "laid" | "laying" | "lays" | "placed" | "placing"
                        )
                }) =>
            {
                ("", Some("ceremony"), None)
            }
            _ => continue,
        };
        if used_by_verbs(k, hits) {
            continue;
        }
        let mut first = k;
        if kind == Some("ceremony") {
            while first > 0 && k - first < 4 {
                first -= 1;
                if matches!(
                    view.lower(first),
                    "lay" | "laid" | "laying" | "lays" | "placed" | "placing"
                ) {
                    break;
                }
            }
        }
        hits.push(Hit {
            first,
            last: k,
            pattern_words: Vec::new(),
            cameo: cameo.to_string(),
            coding: plover.map(|(t, m)| PloverCoding {
                event_type: t.to_string(),
                mode: m.map(str::to_string),
                contexts: Vec::new(),
            }),
            kind,
            passive: false,
            passive_code: false,
            nominal: true,
            status: EventStatus::Reported,
            reporting: false,
            complement: None,
            subordinate: false,
        });
    }
    hits.sort_by_key(|h| h.first);
}

fn root(code: &str) -> &str {
    code.get(..2).unwrap_or("")
}

fn is_conflict_root(r: &str) -> bool {
    matches!(r, "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20")
}

/// Folds a governed verb into its governor: intent + action, request + action, refusal +
/// action; and codes an announced action as intent.
fn compose(view: &SentenceView, verbs: &VerbLexicon, hits: Vec<Hit>) -> Vec<Hit> {
    let mut out: Vec<Hit> = Vec::new();
    let mut consumed = vec![false; hits.len()];
    for a in 0..hits.len() {
        if consumed[a] {
            continue;
        }
        let mut hit = hits[a].clone();
        let gov_root = root(&hit.cameo).to_string();
        let governs = matches!(gov_root.as_str(), "03" | "02" | "10" | "12" | "13")
            || (hit.reporting && !hit.nominal);
        if governs {
            // the complement: the next coded hit within the clause, after "to", "that", a modal
            let end = view.clause_end(hit.last);
            if let Some(b) = (a + 1..hits.len()).find(|&b| {
                let c = &hits[b];
                c.first < end
                    && c.first <= hit.last + if hit.reporting { 14 } else { 6 }
                    && c.coding.is_some()
                    && !c.nominal
            }) {
                let comp = hits[b].clone();
                let comp_root = root(&comp.cameo).to_string();
                let modal_between = (hit.last + 1..comp.first).any(|k| {
                    matches!(
                        view.lower(k),
                        "will" | "would" | "shall" | "should" | "'ll" | "must" | "to"
                    )
                });
                // "X said Y must do": a demand on another party
                let obligation = (hit.last + 1..comp.first).any(|k| {
                    matches!(view.lower(k), "must" | "should")
                        || (view.lower(k) == "has" || view.lower(k) == "have")
                            && view.lower(k + 1) == "to"
                });
                let other_subject = {
                    let from = view.words.get(hit.last).map(|w| w.span.end).unwrap_or(0);
                    let to = view.start_byte(comp.first);
                    view.candidates.iter().any(|c| {
                        c.span.start >= from
                            && c.span.end <= to
                            && !matches!(
                                c.kind,
                                CandidateKind::Place
                                    | CandidateKind::PersonPronoun
                                    | CandidateKind::GroupAnaphor
                            )
                    })
                };
                let new_code = if hit.reporting {
                    // "X said it would attack": an announced action
                    if !modal_between {
                        None
                    } else if obligation && other_subject {
                        Some(request_code(&comp_root, "10"))
                    } else if is_conflict_root(&comp_root) {
                        Some(threat_code(&comp_root))
                    } else if comp.coding.as_ref().is_some_and(|c| {
                        !matches!(
                            c.event_type.as_str(),
                            "AGREE" | "REQUEST" | "REJECT" | "THREATEN" | "ACCUSE"
                        )
                    }) {
                        Some(intent_code(&comp_root))
                    } else {
                        None
                    }
                } else {
                    match gov_root.as_str() {
                        "03" if is_conflict_root(&comp_root) => Some(threat_code(&comp_root)),
                        "03" => Some(intent_code(&comp_root)),
                        "02" | "10" => Some(request_code(&comp_root, &gov_root)),
                        "12" => Some(reject_code(&comp_root)),
                        // "threatened to stop talks": the threat, its content folded in
                        "13" if is_conflict_root(&comp_root) => Some(threat_code(&comp_root)),
                        "13" => Some(hit.cameo.clone()),
                        _ => None,
                    }
                };
                if let Some(code) = new_code {
                    let mut coding = verbs.plover_of(&code);
                    if let (Some(c), Some(cc)) = (coding.as_mut(), comp.coding.as_ref()) {
                        if c.contexts.is_empty() {
                            c.contexts = cc.contexts.clone();
                        }
                    }
                    hit.coding = coding;
                    hit.cameo = code;
                    hit.reporting = false;
                    hit.complement = Some((comp.first, comp.last));
                    hit.pattern_words.extend(comp.pattern_words.iter().copied());
                    hit.status = if hit.status == EventStatus::Negated || gov_root == "12" {
                        hit.status
                    } else {
                        EventStatus::Announced
                    };
                    consumed[b] = true;
                }
            }
        }
        // "may halt mediation", "could impose sanctions": a conditional conflictual act is a
        // threat (not the condition itself: "if it is attacked" stays hypothetical)
        if hit.complement.is_none() && hit.status == EventStatus::Hypothetical && !hit.nominal {
            let r = root(&hit.cameo).to_string();
            // the modal right before the verb ("may halt", "could not resume")
            let modal = (hit.first.saturating_sub(2)..hit.first)
                .any(|k| matches!(view.lower(k), "may" | "could" | "might"));
            // a dictionary default for a vague verb ("could take") is no threat
            let specific =
                !hit.pattern_words.is_empty() || matches!(r.as_str(), "16" | "18" | "19" | "20");
            let condition = (hit.first.saturating_sub(4)..hit.first)
                .any(|k| matches!(view.lower(k), "if" | "unless" | "whether"));
            if modal && !condition && specific && (is_conflict_root(&r) || r == "16") {
                let code = threat_code(&r);
                hit.coding = verbs.plover_of(&code);
                hit.cameo = code;
                hit.status = EventStatus::Announced;
            }
        }
        // an announced action by itself ("will attack") is coded as intent
        if hit.complement.is_none() && hit.status == EventStatus::Announced && !hit.nominal {
            if let Some(c) = hit.coding.as_ref() {
                if !matches!(
                    c.event_type.as_str(),
                    "AGREE" | "THREATEN" | "REQUEST" | "REJECT" | "ACCUSE"
                ) {
                    let r = root(&hit.cameo).to_string();
                    let code = if is_conflict_root(&r) {
                        threat_code(&r)
                    } else {
                        intent_code(&r)
                    };
                    let contexts = c.contexts.clone();
                    hit.coding = verbs.plover_of(&code).map(|mut p| {
                        if p.contexts.is_empty() {
                            p.contexts = contexts;
                        }
                        p
                    });
                    hit.cameo = code;
                }
            }
        }
        out.push(hit);
    }
    out
}

/// PLOVER codings the manual gives for verbs whose CAMEO code maps elsewhere in the 2021 table:
/// "RETREAT also covers resignations of government officials" (CAMEO puts them under 083,
/// accede to demands for change in leadership, CONCEDE) and a military surrender is a retreat
/// (the CAMEO dictionary codes "surrender" as the generic 080, yield).
fn manual_coding(lemma: &str) -> Option<PloverCoding> {
    let (event_type, mode, context) = match lemma {
        "resign" => ("RETREAT", "resign", "political_institutions"),
        "surrender" => ("RETREAT", "disarm", "military"),
        _ => return None,
    };
    Some(PloverCoding {
        event_type: event_type.to_string(),
        mode: Some(mode.to_string()),
        contexts: vec![context.to_string()],
    })
}

/// The code of a reporting verb's pattern when a modal or "willing to" stands between the verb
/// and the pattern's action: an intent (CAMEO 03x), or a threat (13x) when the action is
/// conflictual or made conditional ("will withdraw unless ..."); otherwise the pattern's code.
fn announced_by_report(
    view: &SentenceView,
    verb: usize,
    pattern: &[usize],
    code: String,
) -> String {
    let r = root(&code).to_string();
    if r.is_empty() || matches!(r.as_str(), "01" | "02" | "03" | "10" | "11" | "12" | "13") {
        return code;
    }
    let Some(action) = pattern.iter().copied().filter(|&k| k > verb).min() else {
        return code;
    };
    let announced = (verb + 1..action).any(|k| {
        matches!(view.lower(k), "will" | "would" | "shall" | "'ll")
            || matches!(view.lower(k), "willing" | "ready" | "prepared")
                && view.lower(k + 1) == "to"
    });
    if !announced {
        return code;
    }
    let end = view.clause_end(action);
    let conditional = (action + 1..end).any(|k| matches!(view.lower(k), "unless" | "if"));
    if is_conflict_root(&r) || conditional {
        threat_code(&r)
    } else {
        intent_code(&r)
    }
}

/// The THREATEN code for an announced conflictual action: military force (CAMEO 18-20) is
/// 138, anything else 130.
fn threat_code(comp_root: &str) -> String {
    if matches!(comp_root, "18" | "19" | "20") {
        "138"
    } else {
        "130"
    }
    .to_string()
}

fn intent_code(comp_root: &str) -> String {
    match comp_root {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        _ => "030",
    }
    .to_string()
}

fn request_code(comp_root: &str, gov_root: &str) -> String {
    let base = if gov_root == "02" { "02" } else { "10" };
    let tail = match comp_root {
        "04" => "6",
        "05" => "2",
        "06" => "1",
        "07" => "3",
        "08" => "5",
        _ => "0",
    };
    format!("{base}{tail}")
}

fn reject_code(comp_root: &str) -> String {
    match comp_root {
        "04" => "125",
        "06" => "121",
        "07" => "122",
        "08" => "124",
        _ => "120",
    }
    .to_string()
}

/// Is the candidate followed by a possessive `'s` (a modifier of what follows)?
pub fn is_possessive(view: &SentenceView, c: &Candidate) -> bool {
    let next = view.word_at_or_after(c.span.end);
    matches!(view.lower(next), "'s" | "'")
}

/// The word before a candidate.
pub fn word_before(view: &SentenceView, c: &Candidate) -> String {
    let mut k = view.word_ending_at_or_before(c.span.start);
    while let Some(i) = k {
        let w = view.lower(i);
        if matches!(w, "the" | "a" | "an" | "*" | "_" | "\"" | "'" | "“") {
            k = i.checked_sub(1);
            continue;
        }
        return w.to_string();
    }
    String::new()
}

/// Chooses the subject (before the verb) and object (after it) candidates of a hit.
pub fn participants_of(view: &SentenceView, hit: &Hit) -> (Option<usize>, Option<usize>) {
    let start_byte = view.words.get(hit.first).map(|w| w.span.start).unwrap_or(0);
    let verb_end_byte = view.words.get(hit.last).map(|w| w.span.end).unwrap_or(0);
    let actorish = |c: &Candidate| !matches!(c.kind, CandidateKind::Place);
    // "talks (on Wednesday) between A(, his title,) and B": A and B are the two sides
    if hit.nominal {
        if let Some(between) = (1..=8)
            .map(|d| hit.last + d)
            .find(|&k| view.lower(k) == "between")
        {
            let from = view.words.get(between).map(|w| w.span.end).unwrap_or(0);
            let first = view
                .candidates
                .iter()
                .position(|c| c.span.start >= from && actorish(c));
            if let Some(a) = first {
                let a_end = view.candidates[a].span.end;
                let clause_end = view.start_byte(view.clause_end(hit.last));
                let second = view.candidates.iter().position(|c| {
                    c.span.start > a_end
                        && c.span.start < clause_end
                        && actorish(c)
                        && word_before(view, c) == "and"
                });
                if second.is_some() {
                    return (Some(a), second);
                }
            }
        }
    }
    // subject: nearest acceptable candidate before the trigger
    let mut subject = None;
    let in_pp = |c: &Candidate| {
        let before = word_before(view, c);
        if before == "of" && collective_head_before(view, c) {
            // "a group of Moroccan diplomats held": the group is the subject
            return false;
        }
        PREPOSITIONS.contains(&before.as_str()) && before != "by"
    };
    for (idx, c) in view.candidates.iter().enumerate().rev() {
        if c.span.end > start_byte || !actorish(c) {
            continue;
        }
        if in_pp(c) {
            continue;
        }
        let before = word_before(view, c);
        if matches!(before.as_str(), "and" | "or") {
            // coordinated with the candidate before "and": in the same phrase
            let earlier = view.candidates.iter().rfind(|o| o.span.end < c.span.start);
            if earlier.is_some_and(&in_pp) {
                continue;
            }
        }
        if is_possessive(view, c) {
            // "Haftar's visit": the possessor of a nominal trigger is its subject
            if hit.nominal {
                let poss_end = view.word_at_or_after(c.span.end);
                if poss_end + 4 >= hit.first {
                    subject = Some(idx);
                    break;
                }
            }
            continue;
        }
        subject = Some(idx);
        break;
    }
    // a nominal trigger's possessor can also be a pronoun: "their meeting", "his visit"
    // object: first acceptable candidate after the trigger, within the clause
    let pattern_end = hit
        .pattern_words
        .iter()
        .copied()
        .filter(|&k| k > hit.last)
        .max()
        .unwrap_or(hit.last);
    let clause_end = view.clause_end(hit.last).min(pattern_end + 9);
    let end_byte = view.start_byte(clause_end);
    let mut object = None;
    let mut possessive_fallback = None;
    for (idx, c) in view.candidates.iter().enumerate() {
        if c.span.start < verb_end_byte || c.span.start >= end_byte || !actorish(c) {
            continue;
        }
        let before = word_before(view, c);
        if c.kind == CandidateKind::Country
            && matches!(
                before.as_str(),
                "in" | "at" | "from" | "near" | "across" | "throughout" | "within"
            )
        {
            continue;
        }
        if hit.passive && before == "by" {
            continue;
        }
        if is_possessive(view, c) {
            possessive_fallback.get_or_insert(idx);
            continue;
        }
        object = Some(idx);
        break;
    }
    (subject, object.or(possessive_fallback))
}

/// Heads of a quantity or a collective whose `of` phrase names the members: "a group of",
/// "hundreds of", "a delegation of".
const COLLECTIVE_HEADS: &[&str] = &[
    "leaders",
    "leadership",
    "supporters",
    "representatives",
    "officials",
    "delegates",
    "elders",
    "activists",
    "troops",
    "soldiers",
    "forces",
    "fighters",
    "militants",
    "followers",
    "envoys",
    "ministers",
    "group",
    "groups",
    "number",
    "delegation",
    "team",
    "teams",
    "hundreds",
    "thousands",
    "dozens",
    "scores",
    "tens",
    "millions",
    "crowd",
    "crowds",
    "band",
    "contingent",
    "batch",
    "patch",
    "unit",
    "units",
    "members",
    "some",
    "many",
    "most",
    "several",
    "coalition",
    "alliance",
    "bloc",
    "party",
    "handful",
];

/// Is the candidate's `of` preceded by a collective head ("a group of X")?
fn collective_head_before(view: &SentenceView, c: &Candidate) -> bool {
    let mut k = view.word_at_or_after(c.span.start);
    while k > 0 && matches!(view.lower(k - 1), "the" | "a" | "an") {
        k -= 1;
    }
    k >= 2 && view.lower(k - 1) == "of" && COLLECTIVE_HEADS.contains(&view.lower(k - 2))
}

/// The passive agent: the candidate after `by` following the trigger.
pub fn passive_agent(view: &SentenceView, hit: &Hit) -> Option<usize> {
    let verb_end_byte = view.words.get(hit.last).map(|w| w.span.end)?;
    let clause_end = view.clause_end(hit.last);
    let end_byte = view.start_byte(clause_end);
    view.candidates.iter().position(|c| {
        c.span.start >= verb_end_byte
            && c.span.start < end_byte
            && word_before(view, c) == "by"
            && c.kind != CandidateKind::Place
    })
}

/// Attribution inside a sentence: "according to X", "a statement by X", "X said".
pub fn claimant_of(view: &SentenceView, hits: &[Hit]) -> Option<usize> {
    for (i, w) in view.words.iter().enumerate() {
        if w.lower == "according" && view.lower(i + 1) == "to" {
            let from = view.words.get(i + 2).map(|w| w.span.start)?;
            let to = view
                .words
                .get((i + 12).min(view.words.len().saturating_sub(1)))
                .map(|w| w.span.end)?;
            return view.candidates.iter().position(|c| {
                c.span.start >= from
                    && c.span.end <= to
                    && matches!(
                        c.kind,
                        CandidateKind::Organisation
                            | CandidateKind::Person
                            | CandidateKind::Generic
                            | CandidateKind::Country
                    )
            });
        }
    }
    // "A press release by X detailed that ...", "X said that ..."
    for h in hits.iter().filter(|h| h.reporting) {
        let (subject, _) = participants_of(view, h);
        let follows_that = matches!(view.lower(h.last + 1), "that" | ",");
        if follows_that || h.first + 1 < view.words.len() {
            let by_phrase = (0..h.first).rev().take(12).find_map(|k| {
                (view.lower(k) == "by").then(|| {
                    let from = view.words.get(k + 1).map(|w| w.span.start).unwrap_or(0);
                    let to = view.words.get(h.first).map(|w| w.span.start).unwrap_or(0);
                    view.candidates.iter().position(|c| {
                        c.span.start >= from && c.span.end <= to && c.kind != CandidateKind::Place
                    })
                })
            });
            if let Some(Some(c)) = by_phrase {
                return Some(c);
            }
            if follows_that {
                if let Some(s) = subject {
                    return Some(s);
                }
            }
        }
    }
    None
}
