//! Events named by a noun and carried by a light verb ("mounted an invasion", "imposed
//! sanctions on", "lifted the curfew", "held talks"): the table of event nouns with the light
//! verbs that carry them and their CAMEO codes, and the step that turns a light verb's hit (or
//! a new hit over verb and noun) into the noun's event. Separate because the table is data of
//! its own and the step runs after the verb lookup, rewriting its hits.

use super::hit::Hit;
use super::sentence::SentenceView;
use super::status::status_before;
use crate::verbs::VerbLexicon;

/// An event named by a noun and carried by a light verb: "mounted an invasion", "continued
/// their hunger strike", "imposed sanctions on", "opened a hearing into", "launched war games":
/// the noun's words, the light verbs, the CAMEO code.
type EventNoun = (
    &'static [&'static str],
    &'static [&'static str],
    &'static str,
);

/// Verbs that start, hold, continue or end an activity ("launched", "staged", "resumed").
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
/// Verbs that impose or extend a measure ("imposed", "declared", "tightened").
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
/// Verbs that lift or ease a measure ("lifted", "eased", "ended").
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
/// Verbs that hold or join a protest ("staged", "led", "joined").
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
/// Verbs that give a reception ("gave", "accorded").
const GIVE_VERBS: &[&str] = &[
    "gave", "give", "gives", "given", "extended", "extend", "extends", "accorded", "accord",
];
/// Verbs that end an activity ("halted", "suspended", "abandoned").
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
/// Verbs that make or repeat a demand ("issued", "renewed", "pressed").
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
/// Verbs that issue a text ("issued", "adopted", "published").
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
/// Verbs that hold or resume talks ("held", "opened", "resumed").
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

/// The event nouns, their light verbs and their CAMEO codes, in the order they are tried.
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
pub(super) fn light_verb_hits(view: &SentenceView, verbs: &VerbLexicon, hits: &mut Vec<Hit>) {
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

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{coded_hit, read, verbs, word};
    use super::*;

    /// The hits light verbs make in `sentence` with no verb hits before.
    fn noun_hits(sentence: &str) -> Vec<(String, String, String)> {
        let text = read(sentence);
        let view = text.view();
        let mut hits = Vec::new();
        light_verb_hits(&view, verbs(), &mut hits);
        hits.iter()
            .map(|h| {
                (
                    view.lower(h.first).to_string(),
                    view.lower(h.last).to_string(),
                    h.cameo.clone(),
                )
            })
            .collect()
    }

    fn hit(first: &str, last: &str, cameo: &str) -> (String, String, String) {
        (first.to_string(), last.to_string(), cameo.to_string())
    }

    #[test]
    fn a_noun_after_a_light_verb_is_the_event() {
        assert_eq!(
            noun_hits("Norway today mounted its long-planned invasion of Chile."),
            [hit("mounted", "invasion", "190")]
        );
        assert_eq!(
            noun_hits("Chile lifted the curfew in the capital."),
            [hit("lifted", "curfew", "0813")]
        );
        assert_eq!(
            noun_hits("Chile imposed sanctions on Norway."),
            [hit("imposed", "sanctions", "163")]
        );
        assert!(noun_hits("The invasion of Chile was mounted in secret.").is_empty());
    }

    #[test]
    fn joint_exercises_are_cooperation_and_single_ones_mobilisation() {
        assert_eq!(
            noun_hits("Norway held military exercises near Chile."),
            [hit("held", "exercises", "150")]
        );
        assert_eq!(
            noun_hits("Norway held joint military exercises near Chile."),
            [hit("held", "exercises", "062")]
        );
    }

    #[test]
    fn the_light_verbs_hit_takes_the_nouns_code_unless_a_pattern_coded_it() {
        let text = read("Norway today mounted its long-planned invasion of Chile.");
        let view = text.view();
        let mounted = word(&view, "mounted");
        let invasion = word(&view, "invasion");
        let mut hits = vec![coded_hit(mounted, mounted, "080", "CONCEDE")];
        light_verb_hits(&view, verbs(), &mut hits);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].cameo, "190");
        assert_eq!(hits[0].last, invasion);
        assert_eq!(hits[0].pattern_words, [invasion]);
        assert_eq!(
            hits[0].coding.as_ref().map(|c| c.event_type.as_str()),
            Some("ASSAULT")
        );
        let mut patterned = coded_hit(mounted, mounted, "080", "CONCEDE");
        patterned.pattern_words = vec![mounted + 1];
        let mut hits = vec![patterned];
        light_verb_hits(&view, verbs(), &mut hits);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].cameo, "080");
    }
}
