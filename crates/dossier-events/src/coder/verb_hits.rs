//! Verb triggers in a sentence: each verb form the lexicon lists, if it stands where a finite
//! verb (or a passive, or a governed infinitive) can, coded by its best phrase pattern, its own
//! or its block's default code, or a fallback for verbs the dictionary leaves uncoded; then
//! adjusted by the manual overrides, the announcement of a reporting verb and an announced
//! refusal; reporting verbs are kept as claim markers. Separate because it is the one pass over
//! the sentence's words that looks verbs up; later steps only rewrite its hits.

use super::cameo_codes::{intent_code, is_conflict_root, reject_code, root, threat_code};
use super::finite_verb::{looks_past_participle, plausible_finite_position};
use super::hit::Hit;
use super::manual_codings::{manual_coding, manual_override};
use super::phrase_patterns::best_pattern;
use super::sentence::SentenceView;
use super::status::{refusal_modal_before, status_before, FUTURE_MARKERS};
use crate::participants::CandidateKind;
use crate::verbs::{VerbBlock, VerbForm, VerbLexicon};
use crate::word_classes::{is_be_form, is_determiner, is_gerund};
use dossier_model::EventStatus;

/// Lemmas that restate a position: never a new event.
const RESTATING_LEMMAS: &[&str] = &["reaffirm", "reiterate", "restate", "recall"];

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

/// The hits of the verbs of a sentence, each coded on its own (before event nouns and
/// composition), in sentence order.
pub(super) fn verb_hits(view: &SentenceView, verbs: &VerbLexicon) -> Vec<Hit> {
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
        if is_determiner(prev) {
            i = last + 1;
            continue;
        }
        let aux_before = (1..=3).any(|k| i >= k && is_be_form(view.lower(i - k)));
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
        // best pattern
        let best = best_pattern(view, block, i, last, passive);
        let lemma = form.lemma.as_str();
        let (code, pattern_words, passive_code) = match &best {
            Some((used, pair)) => (
                pair.for_voice(passive).unwrap_or("").to_string(),
                used.clone(),
                passive && pair.passive.is_some(),
            ),
            None => {
                let (code, passive_code) = code_without_pattern(form, block, passive);
                (code, Vec::new(), passive_code)
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
    hits
}

/// The code of a verb no pattern matched: a diplomatic verb's own active or passive code; else
/// the form's own code or, unless the verb has a fallback, its block's default; else the
/// fallback's code. With it, whether the code is written from the subject's point of view (the
/// dictionary's or the diplomatic verb's passive code).
fn code_without_pattern(form: &VerbForm, block: &VerbBlock, passive: bool) -> (String, bool) {
    let lemma = form.lemma.as_str();
    let fallback = FALLBACK_VERBS.iter().find(|(l, _, _)| *l == lemma);
    let own = form
        .code
        .for_voice(passive)
        .or_else(|| fallback.is_none().then(|| block.code.for_voice(passive))?);
    let diplomatic = DIPLOMATIC_VERBS.iter().find(|(l, _, _)| *l == lemma);
    match (diplomatic, own) {
        (Some((_, active, passive_c)), _) => (
            if passive { passive_c } else { active }.to_string(),
            passive,
        ),
        (None, Some(c)) => (c.to_string(), passive && form.code.passive.is_some()),
        (None, None) => match fallback {
            Some((_, active, passive_c)) => {
                (if passive { passive_c } else { active }.to_string(), false)
            }
            None => (String::new(), false),
        },
    }
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

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{read, verbs, word};
    use super::*;
    use crate::verbs::CodePair;

    #[test]
    fn a_finite_verb_is_coded_with_its_voice_and_status() {
        let text = read("Norway attacked Chile on Monday.");
        let view = text.view();
        let hits = verb_hits(&view, verbs());
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].first, word(&view, "attacked"));
        assert_eq!(hits[0].cameo, "190");
        assert!(!hits[0].passive);
        assert_eq!(hits[0].status, EventStatus::Reported);
        let text = read("Chile was attacked by Norway.");
        let view = text.view();
        let hits = verb_hits(&view, verbs());
        assert_eq!(hits.len(), 1);
        assert!(hits[0].passive);
    }

    #[test]
    fn a_verb_form_after_a_determiner_is_a_noun() {
        let text = read("The attack on Chile was condemned.");
        let view = text.view();
        let attack = word(&view, "attack");
        assert!(verb_hits(&view, verbs()).iter().all(|h| h.first != attack));
    }

    #[test]
    fn a_reporting_verb_is_a_claim_marker_without_coding() {
        let text = read("Norway said the border was quiet.");
        let view = text.view();
        let hits = verb_hits(&view, verbs());
        let said = hits
            .iter()
            .find(|h| h.first == word(&view, "said"))
            .expect("a hit on said");
        assert!(said.reporting);
        assert!(said.coding.is_none());
    }

    #[test]
    fn an_announced_refusal_of_cooperation_is_a_rejection() {
        let text = read("Norway will not accept the offer from Chile.");
        let view = text.view();
        let hits = verb_hits(&view, verbs());
        let accept = hits
            .iter()
            .find(|h| h.first == word(&view, "accept"))
            .expect("a hit on accept");
        assert_eq!(accept.cameo, "120");
        assert_eq!(accept.status, EventStatus::Negated);
    }

    fn form(lemma: &str, code: CodePair) -> VerbForm {
        VerbForm {
            words: vec![lemma.to_string()],
            verb_word: 0,
            lemma: lemma.to_string(),
            block: 0,
            code,
        }
    }

    fn block(active: Option<&str>) -> VerbBlock {
        VerbBlock {
            name: "TEST".to_string(),
            code: CodePair {
                active: active.map(str::to_string),
                passive: None,
            },
            patterns: Vec::new(),
        }
    }

    #[test]
    fn without_a_pattern_the_form_block_or_fallback_codes_the_verb() {
        let none = CodePair::default();
        assert_eq!(
            code_without_pattern(&form("parley", none.clone()), &block(Some("040")), false),
            ("040".to_string(), false)
        );
        // a fallback verb ignores its block's default ("---": no event)
        assert_eq!(
            code_without_pattern(&form("reject", none.clone()), &block(Some("")), false),
            ("120".to_string(), false)
        );
        // a diplomatic verb's passive code is written from the subject's point of view
        assert_eq!(
            code_without_pattern(&form("receive", none.clone()), &block(Some("")), true),
            ("042".to_string(), true)
        );
        let own = CodePair {
            active: Some("043".to_string()),
            passive: Some("042".to_string()),
        };
        assert_eq!(
            code_without_pattern(&form("greet", own), &block(Some("040")), true),
            ("042".to_string(), true)
        );
        assert_eq!(
            code_without_pattern(&form("ponder", none), &block(None), false),
            (String::new(), false)
        );
    }

    #[test]
    fn a_reporting_verbs_pattern_after_a_modal_is_announced() {
        let text = read("Norway said it will attack Chile unless the talks resume.");
        let view = text.view();
        let said = word(&view, "said");
        let attack = word(&view, "attack");
        assert_eq!(
            announced_by_report(&view, said, &[attack], "190".to_string()),
            "138"
        );
        assert_eq!(
            announced_by_report(&view, said, &[attack], "070".to_string()),
            "130"
        );
        let text = read("Norway said it will send medicine to Chile.");
        let view = text.view();
        let said = word(&view, "said");
        let send = word(&view, "send");
        assert_eq!(
            announced_by_report(&view, said, &[send], "070".to_string()),
            "033"
        );
        assert_eq!(
            announced_by_report(&view, said, &[send], "010".to_string()),
            "010"
        );
        let text = read("Norway said it sent medicine to Chile.");
        let view = text.view();
        let said = word(&view, "said");
        let sent = word(&view, "sent");
        assert_eq!(
            announced_by_report(&view, said, &[sent], "070".to_string()),
            "070"
        );
    }
}
