//! Governing-verb composition: a verb that governs another ("agreed to cooperate", "urged X to
//! withdraw", "refused to meet", "threatened to attack", "said it would release") folds the
//! governed action into one intent, request, refusal or threat; a conditional conflictual act
//! ("could impose sanctions") is a threat and an announced action alone is an intent. Also the
//! marking of verbs inside an earlier verb's `that`- or `to`-clause. Separate because it runs on
//! all of a sentence's hits at once, after each has its own code.

use super::cameo_codes::{
    intent_code, is_conflict_root, reject_code, request_code, root, threat_code,
};
use super::hit::Hit;
use super::sentence::SentenceView;
use crate::participants::CandidateKind;
use crate::verbs::VerbLexicon;
use dossier_model::EventStatus;

/// Folds a governed verb into its governor: intent + action, request + action, refusal +
/// action; and codes an announced action as intent.
pub(super) fn compose(view: &SentenceView, verbs: &VerbLexicon, hits: Vec<Hit>) -> Vec<Hit> {
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

/// Marks the coded hits standing in the `that`- or `to`-clause of an earlier coded verb of
/// the same clause ("demanded that the US cancel plans to *sell*"): the governing verb is the
/// sentence's main event.
pub(super) fn mark_subordinates(view: &SentenceView, hits: &mut [Hit]) {
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

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{read, verbs, word};
    use super::super::verb_hits::verb_hits;
    use super::*;

    /// The composed hits of `sentence`'s verbs: (governing word, CAMEO code, PLOVER type,
    /// status, whether a complement was folded in).
    fn composed(sentence: &str) -> Vec<(String, String, String, EventStatus, bool)> {
        let text = read(sentence);
        let view = text.view();
        let hits = compose(&view, verbs(), verb_hits(&view, verbs()));
        hits.iter()
            .filter(|h| h.coding.is_some())
            .map(|h| {
                (
                    view.lower(h.first).to_string(),
                    h.cameo.clone(),
                    h.coding
                        .as_ref()
                        .map(|c| c.event_type.clone())
                        .unwrap_or_default(),
                    h.status,
                    h.complement.is_some(),
                )
            })
            .collect()
    }

    fn one(
        word: &str,
        cameo: &str,
        plover: &str,
        status: EventStatus,
        folded: bool,
    ) -> Vec<(String, String, String, EventStatus, bool)> {
        vec![(
            word.to_string(),
            cameo.to_string(),
            plover.to_string(),
            status,
            folded,
        )]
    }

    #[test]
    fn a_governing_verb_folds_in_the_action() {
        assert_eq!(
            composed("Norway agreed to cooperate with Chile."),
            one("agreed", "032", "AGREE", EventStatus::Announced, true)
        );
        assert_eq!(
            composed("Norway urged Chile to withdraw its troops."),
            one("urged", "105", "REQUEST", EventStatus::Announced, true)
        );
        assert_eq!(
            composed("Norway threatened to attack Chile."),
            one(
                "threatened",
                "138",
                "THREATEN",
                EventStatus::Announced,
                true
            )
        );
        assert_eq!(
            composed("Norway refused to meet Chile."),
            one("refused", "125", "REJECT", EventStatus::Reported, true)
        );
    }

    #[test]
    fn a_report_of_an_announced_action_is_an_intent() {
        assert_eq!(
            composed("Norway said it would release the prisoners."),
            one("said", "035", "AGREE", EventStatus::Announced, true)
        );
    }

    #[test]
    fn announced_and_possible_actions_alone() {
        assert_eq!(
            composed("Chile could impose sanctions on Norway."),
            one("impose", "130", "THREATEN", EventStatus::Announced, false)
        );
        assert_eq!(
            composed("Norway will visit Chile next week."),
            one("visit", "036", "AGREE", EventStatus::Announced, false)
        );
    }

    #[test]
    fn a_verb_in_a_that_clause_of_a_coded_verb_is_subordinate() {
        let text = read("Norway demanded that Chile cancel the sale.");
        let view = text.view();
        let mut hits = compose(&view, verbs(), verb_hits(&view, verbs()));
        mark_subordinates(&view, &mut hits);
        let demanded = word(&view, "demanded");
        let cancel = word(&view, "cancel");
        let flags: Vec<(usize, bool)> = hits.iter().map(|h| (h.first, h.subordinate)).collect();
        assert_eq!(flags, [(demanded, false), (cancel, true)]);
    }
}
