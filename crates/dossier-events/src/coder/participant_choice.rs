//! Which of a sentence's candidates take part in a hit: the subject before the trigger and the
//! object after it (skipping candidates inside prepositional phrases, possessors and places),
//! the two sides of "talks between A and B", the `by` agent of a passive, and the claimant an
//! attribution names ("according to X", "X said"). Separate because it chooses among candidates
//! once the hits are coded and never changes a code.

use super::hit::Hit;
use super::sentence::SentenceView;
use crate::participants::{Candidate, CandidateKind};
use crate::word_classes::is_preposition;

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
        is_preposition(&before) && before != "by"
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

#[cfg(test)]
mod tests {
    use super::super::nominal_triggers::nominal_hits;
    use super::super::test_sentences::{candidate, coded_hit, read, verbs, word};
    use super::super::verb_hits::verb_hits;
    use super::*;

    /// The verb hits and nominal triggers of a sentence (no composition).
    fn find_hits(view: &SentenceView, verbs: &crate::verbs::VerbLexicon) -> Vec<Hit> {
        let mut hits = verb_hits(view, verbs);
        nominal_hits(view, &mut hits);
        hits
    }

    /// (subject, object) names of the first coded hit of `sentence`.
    fn roles(sentence: &str) -> (Option<String>, Option<String>) {
        let text = read(sentence);
        let view = text.view();
        let hits = find_hits(&view, verbs());
        let hit = hits
            .iter()
            .find(|h| h.coding.is_some())
            .expect("a coded hit");
        let (s, o) = participants_of(&view, hit);
        let name = |i: Option<usize>| i.map(|i| view.candidates[i].name.clone());
        (name(s), name(o))
    }

    fn names(s: Option<&str>, o: Option<&str>) -> (Option<String>, Option<String>) {
        (s.map(str::to_string), o.map(str::to_string))
    }

    #[test]
    fn the_subject_stands_before_the_verb_and_the_object_after_it() {
        assert_eq!(
            roles("Norway attacked Chile on Monday."),
            names(Some("Norway"), Some("Chile"))
        );
        assert_eq!(
            roles("Chile was attacked by Norway."),
            names(Some("Chile"), None)
        );
    }

    #[test]
    fn a_collective_head_makes_its_members_the_subject() {
        assert_eq!(
            roles("A group of Chilean diplomats met the Norwegian minister."),
            names(Some("Chilean diplomats"), Some("Norwegian minister"))
        );
    }

    #[test]
    fn a_possessor_is_the_subject_of_a_nominal_trigger() {
        assert_eq!(
            roles("The Norwegian minister's meeting with the Chilean envoy was cordial."),
            names(Some("Norwegian minister"), Some("Chilean envoy"))
        );
    }

    #[test]
    fn talks_between_two_sides_have_both_as_participants() {
        let text = read("The meeting between Norway and Chile was cordial.");
        let view = text.view();
        let meeting = word(&view, "meeting");
        let mut hit = coded_hit(meeting, meeting, "040", "CONSULT");
        hit.nominal = true;
        assert_eq!(
            participants_of(&view, &hit),
            (
                Some(candidate(&view, "Norway")),
                Some(candidate(&view, "Chile"))
            )
        );
    }

    #[test]
    fn the_agent_of_a_passive_follows_by() {
        let text = read("Chile was attacked by Norway.");
        let view = text.view();
        let hits = find_hits(&view, verbs());
        let hit = hits.iter().find(|h| h.passive).expect("a passive hit");
        assert_eq!(passive_agent(&view, hit), Some(candidate(&view, "Norway")));
    }

    #[test]
    fn words_around_a_candidate() {
        let text = read("Chile rejected Norway's proposal.");
        let view = text.view();
        let norway = &view.candidates[candidate(&view, "Norway")];
        assert!(is_possessive(&view, norway));
        assert_eq!(word_before(&view, norway), "rejected");
        let chile = &view.candidates[candidate(&view, "Chile")];
        assert!(!is_possessive(&view, chile));
        assert_eq!(word_before(&view, chile), "");
        let text = read("Norway sent aid to the Chilean envoy.");
        let view = text.view();
        let envoy = &view.candidates[candidate(&view, "Chilean envoy")];
        assert_eq!(word_before(&view, envoy), "to");
    }

    #[test]
    fn claims_are_attributed_by_according_to_or_a_reporting_verb() {
        let text = read("According to Norway, Chile attacked the border post.");
        let view = text.view();
        let hits = find_hits(&view, verbs());
        assert_eq!(claimant_of(&view, &hits), Some(candidate(&view, "Norway")));
        let text = read("Norway said that Chile attacked the border post.");
        let view = text.view();
        let hits = find_hits(&view, verbs());
        assert_eq!(claimant_of(&view, &hits), Some(candidate(&view, "Norway")));
        let text = read("Chile attacked the border post.");
        let view = text.view();
        let hits = find_hits(&view, verbs());
        assert_eq!(claimant_of(&view, &hits), None);
    }
}
