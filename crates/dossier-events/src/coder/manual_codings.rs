//! Codings decided per verb against the dictionary: CAMEO codes that the verb's object or
//! purpose decides where the dictionary's pattern is silent or, by the PLOVER manual, wrong
//! ("expelled the ambassador", "welcomed the decision", "blocked the roads"), with the word
//! lists they look for; and the PLOVER codings the manual gives for a few lemmas directly
//! (resign, surrender). Separate because these are hand-written rules, one per verb sense,
//! kept apart from the generic dictionary lookup.

use super::sentence::SentenceView;
use crate::participants::CandidateKind;
use crate::verbs::PloverCoding;
use crate::word_classes::is_be_form;

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
pub(super) fn manual_override(
    view: &SentenceView,
    lemma: &str,
    verb: usize,
    last: usize,
) -> Option<String> {
    let within = |n: usize, set: &[&str]| (1..=n).any(|d| set.contains(&view.lower(last + d)));
    let code = match lemma {
        // ACCUSE: "Sue or bring to court"
        "sue" => "115",
        // South Asian and Gulf press: "X called on Y" is an in-person courtesy call (a visit),
        // unless Y is called on to do something (an appeal)
        "call"
            if matches!(view.lower(last + 1), "on" | "upon")
                && !(2..=12).any(|d| view.lower(last + d) == "to") =>
        {
            "042"
        }
        // "paid a courtesy call on", "paid a visit to": a visit
        "pay" if within(3, &["call", "visit"]) => "042",
        // "took over command", "assumed command of": a change of command, not an event
        "take" | "take over" | "assume" | "hand" | "hand over" | "relinquish"
            if within(3, &["command", "charge"]) =>
        {
            ""
        }
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
            if verb > 0 && is_be_form(view.lower(verb - 1)) && view.lower(last + 1) == "to" =>
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

/// PLOVER codings the manual gives for verbs whose CAMEO code maps elsewhere in the 2021 table:
/// "RETREAT also covers resignations of government officials" (CAMEO puts them under 083,
/// accede to demands for change in leadership, CONCEDE) and a military surrender is a retreat
/// (the CAMEO dictionary codes "surrender" as the generic 080, yield).
pub(super) fn manual_coding(lemma: &str) -> Option<PloverCoding> {
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

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{read, word};
    use super::*;

    /// The override for the verb `form` (with lemma `lemma`) in `sentence`.
    fn override_of(sentence: &str, form: &str, lemma: &str) -> Option<String> {
        let text = read(sentence);
        let view = text.view();
        let i = word(&view, form);
        manual_override(&view, lemma, i, i)
    }

    #[test]
    fn the_object_decides_expulsions_welcomes_and_aid() {
        assert_eq!(
            override_of(
                "Norway expelled two Chilean diplomats.",
                "expelled",
                "expel"
            ),
            Some("166".into())
        );
        assert_eq!(
            override_of("Norway expelled two Chilean poets.", "expelled", "expel"),
            None
        );
        assert_eq!(
            override_of(
                "Rohan welcomed the decision of Gondor.",
                "welcomed",
                "welcome"
            ),
            Some("051".into())
        );
        assert_eq!(
            override_of("Gondor sent medicine to Rohan.", "sent", "send"),
            Some("070".into())
        );
        assert_eq!(
            override_of("Gondor sent weapons to Rohan.", "sent", "send"),
            Some("072".into())
        );
        assert_eq!(
            override_of("Gondor sued the Arnor trading house.", "sued", "sue"),
            Some("115".into())
        );
    }

    #[test]
    fn who_blocks_the_roads_decides_protest_or_coercion() {
        assert_eq!(
            override_of("Rohan protesters blocked the roads.", "blocked", "block"),
            Some("144".into())
        );
        assert_eq!(
            override_of("Norway blocked the roads.", "blocked", "block"),
            Some("191".into())
        );
    }

    #[test]
    fn a_call_on_someone_is_an_appeal_unless_it_is_a_visit() {
        assert_eq!(
            override_of("Norway called on Chile to withdraw.", "called", "call"),
            Some("020".into())
        );
        assert_eq!(
            override_of("Norway called on Chile to discuss trade.", "called", "call"),
            None
        );
        assert_eq!(
            override_of("Norway called Chile yesterday.", "called", "call"),
            None
        );
    }

    #[test]
    fn being_committed_to_something_is_intent() {
        assert_eq!(
            override_of("Gondor is committed to peace.", "committed", "commit"),
            Some("030".into())
        );
        assert_eq!(
            override_of("Gondor committed troops to Rohan.", "committed", "commit"),
            None
        );
    }

    #[test]
    fn resignations_and_surrenders_are_retreats() {
        let resign = manual_coding("resign").expect("a coding");
        assert_eq!(resign.event_type, "RETREAT");
        assert_eq!(resign.mode.as_deref(), Some("resign"));
        assert_eq!(resign.contexts, ["political_institutions"]);
        let surrender = manual_coding("surrender").expect("a coding");
        assert_eq!(surrender.mode.as_deref(), Some("disarm"));
        assert_eq!(surrender.contexts, ["military"]);
        assert!(manual_coding("attack").is_none());
    }
}
