//! A verb block's phrase patterns matched around a verb in a sentence ("accused X *of*
//! spying", "*military* advance"): the words before and after the verb each item takes, and the
//! choice of the most specific matching pattern. Separate because matching is the one place
//! where the dictionary's pattern syntax meets the sentence's words.

use super::sentence::SentenceView;
use crate::verbs::{CodePair, PatternItem, VerbBlock};
use crate::word_classes::is_preposition;

/// Function words: a pattern made only of these says nothing about the event.
const FUNCTION_WORDS: &[&str] = &[
    "of", "in", "at", "to", "from", "with", "for", "by", "on", "near", "under", "over", "into",
    "between", "against", "about", "the", "a", "an", "and", "or", "up", "out", "off", "down",
];

/// Does one of the item's alternative phrases start at word `at`? Returns the word after it.
fn match_item(view: &SentenceView, item: &PatternItem, at: usize) -> Option<usize> {
    item.alternatives.iter().find_map(|alt| {
        let ok = alt
            .iter()
            .enumerate()
            .all(|(k, w)| view.lower(at + k) == w.as_str());
        (ok && !alt.is_empty()).then_some(at + alt.len())
    })
}

/// Matches the items after the verb, in order, each starting fewer than seven words after the
/// end of the one before and before `to`; returns the used word indices.
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

/// Matches the items before the verb, from the nearest back, each starting among the seven
/// words before the item after it (or the verb) and ending before it, and not inside a
/// prepositional phrase other than a `by` phrase; returns the used word indices.
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
                    p >= d && is_preposition(view.lower(p - d)) && view.lower(p - d) != "by"
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

/// The most specific pattern of `block` (by [`crate::verbs::Pattern::weight`]; the first on ties)
/// that matches around the verb phrase at words `first..=last` in the given voice within its
/// clause, and uses at least one content word: the words it used and its code pair.
pub(super) fn best_pattern<'b>(
    view: &SentenceView,
    block: &'b VerbBlock,
    first: usize,
    last: usize,
    passive: bool,
) -> Option<(Vec<usize>, &'b CodePair)> {
    let clause_end = view.clause_end(last);
    let mut best: Option<(usize, Vec<usize>, &CodePair)> = None;
    for p in &block.patterns {
        if p.code.for_voice(passive).is_none() {
            continue;
        }
        let Some(mut used) = match_after(view, &p.after, last + 1, clause_end) else {
            continue;
        };
        let Some(before) = match_before(view, &p.before, first) else {
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
    best.map(|(_, used, code)| (used, code))
}

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{read, word};
    use super::*;

    fn item(words: &[&str]) -> PatternItem {
        PatternItem {
            alternatives: vec![words.iter().map(|w| w.to_string()).collect()],
        }
    }

    fn code(active: Option<&str>, passive: Option<&str>) -> CodePair {
        CodePair {
            active: active.map(str::to_string),
            passive: passive.map(str::to_string),
        }
    }

    fn block(patterns: Vec<(Vec<PatternItem>, Vec<PatternItem>, CodePair)>) -> VerbBlock {
        VerbBlock {
            name: "CROSS".to_string(),
            code: CodePair::default(),
            patterns: patterns
                .into_iter()
                .map(|(before, after, code)| crate::verbs::Pattern {
                    before,
                    after,
                    code,
                })
                .collect(),
        }
    }

    /// The words (as text) and active code of the best pattern at `verb` in `sentence`.
    fn best(sentence: &str, verb: &str, b: &VerbBlock) -> Option<(Vec<String>, String)> {
        let text = read(sentence);
        let view = text.view();
        let i = word(&view, verb);
        best_pattern(&view, b, i, i, false).map(|(used, pair)| {
            let words = used.iter().map(|&k| view.lower(k).to_string()).collect();
            (words, pair.active.clone().unwrap_or_default())
        })
    }

    #[test]
    fn the_most_specific_pattern_wins() {
        let b = block(vec![
            (vec![], vec![item(&["border"])], code(Some("190"), None)),
            (
                vec![],
                vec![item(&["border"]), item(&["into"])],
                code(Some("192"), None),
            ),
        ]);
        assert_eq!(
            best("Norway crossed the border into Chile.", "crossed", &b),
            Some((vec!["border".into(), "into".into()], "192".into()))
        );
        assert_eq!(
            best("Norway crossed the border at night.", "crossed", &b),
            Some((vec!["border".into()], "190".into()))
        );
    }

    #[test]
    fn patterns_stay_in_the_clause_and_need_a_content_word() {
        let b = block(vec![(
            vec![],
            vec![item(&["border"])],
            code(Some("190"), None),
        )]);
        assert_eq!(
            best(
                "Norway crossed the river; the border stayed shut.",
                "crossed",
                &b
            ),
            None
        );
        let only_function_words = block(vec![(
            vec![],
            vec![item(&["into"])],
            code(Some("190"), None),
        )]);
        assert_eq!(
            best(
                "Norway crossed into Chile.",
                "crossed",
                &only_function_words
            ),
            None
        );
    }

    #[test]
    fn words_before_the_verb_do_not_count_inside_a_prepositional_phrase() {
        let b = block(vec![(
            vec![item(&["military"])],
            vec![],
            code(Some("150"), None),
        )]);
        assert_eq!(
            best("The military continued the operation.", "continued", &b),
            Some((vec!["military".into()], "150".into()))
        );
        assert_eq!(
            best("Protests against military rule continued.", "continued", &b),
            None
        );
    }

    #[test]
    fn a_pattern_without_a_code_for_the_voice_is_skipped() {
        let b = block(vec![(
            vec![],
            vec![item(&["envoy"])],
            code(None, Some("042")),
        )]);
        let text = read("Gondor was visited by an envoy.");
        let view = text.view();
        let i = word(&view, "visited");
        assert!(best_pattern(&view, &b, i, i, false).is_none());
        let passive = best_pattern(&view, &b, i, i, true).map(|(_, pair)| pair.for_voice(true));
        assert_eq!(passive, Some(Some("042")));
    }
}
