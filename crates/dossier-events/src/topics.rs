//! Topics: the issues an event is about, normalised to a short vocabulary ("maritime security",
//! "defence industry", "counter-terrorism"), found by cue phrases in the event's sentences.

use dossier_model::{EvidenceSpan, Span, TopicMention};

/// Each topic and the lower-case cue phrases that name it. A cue matches on word boundaries;
/// a trailing `*` matches any word ending.
const TOPICS: &[(&str, &[&str])] = &[
    (
        "maritime security",
        &[
            "maritime security",
            "maritime safety",
            "maritime threat*",
            "maritime route*",
            "sea lanes",
            "maritime domain",
            "naval security",
            "maritime patrol*",
            "freedom of navigation",
        ],
    ),
    (
        "regional security",
        &[
            "regional security",
            "regional stability",
            "security dynamics",
            "security challenges",
            "security situation",
            "security concerns",
            "peace and stability",
            "regional peace",
        ],
    ),
    (
        "defence cooperation",
        &[
            "defense cooperation",
            "defence cooperation",
            "defense collaboration",
            "defence collaboration",
            "defense ties",
            "defence ties",
            "military cooperation",
            "military-to-military",
            "naval collaboration",
            "security cooperation",
            "defense partnership",
            "defence partnership",
            "military ties",
        ],
    ),
    (
        "defence industry",
        &[
            "defense industr*",
            "defence industr*",
            "defense manufacturing",
            "defence manufacturing",
            "defense production",
            "defence production",
            "military production",
            "arms production",
            "defense export*",
            "defence export*",
            "arms sale*",
            "arms deal*",
            "weapons purchase*",
            "procurement",
        ],
    ),
    (
        "training",
        &[
            "joint training",
            "training programs",
            "training programmes",
            "training exercises",
            "military training",
            "training",
            "joint exercise*",
            "exercises",
        ],
    ),
    (
        "technical expertise",
        &[
            "technical expertise",
            "exchange of expertise",
            "exchanges of expertise",
            "technical assistance",
            "know-how",
        ],
    ),
    (
        "technology sharing",
        &[
            "technology sharing",
            "technology transfer",
            "transfer of technology",
        ],
    ),
    (
        "information sharing",
        &[
            "information sharing",
            "intelligence sharing",
            "sharing of information",
            "exchange of information",
        ],
    ),
    (
        "capacity building",
        &["capacity building", "capacity-building"],
    ),
    ("piracy", &["piracy", "pirate*"]),
    ("smuggling", &["smuggling", "smuggler*", "trafficking"]),
    (
        "counter-terrorism",
        &[
            "counter-terrorism",
            "counterterrorism",
            "terrorism",
            "terrorist*",
            "extremis*",
            "militancy",
        ],
    ),
    (
        "strategic partnership",
        &[
            "strategic partnership*",
            "strategic interests",
            "strategic planning",
            "strategic cooperation",
            "strategic dialogue",
        ],
    ),
    (
        "trade",
        &["trade", "economic cooperation", "investment*", "commerce"],
    ),
    ("energy", &["energy", "oil", "gas pipeline*", "electricity"]),
    ("nuclear", &["nuclear"]),
    (
        "humanitarian aid",
        &["humanitarian", "relief aid", "food aid", "refugee*"],
    ),
    (
        "border security",
        &[
            "border security",
            "border management",
            "border crossing*",
            "border",
        ],
    ),
    (
        "peace process",
        &[
            "peace process",
            "peace talks",
            "ceasefire",
            "cease-fire",
            "truce",
            "mediation",
            "reconciliation",
        ],
    ),
    ("sanctions", &["sanction*", "embargo*", "boycott*"]),
    ("cyber security", &["cyber*"]),
    ("migration", &["migration", "migrant*", "asylum"]),
    ("elections", &["election*", "electoral", "vote", "ballot*"]),
    ("human rights", &["human rights", "rights abuses"]),
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Finds the topics named in `span` of `body`, each with the span of its cue.
pub fn topics_in(body: &str, span: Span) -> Vec<TopicMention> {
    let Some(text) = body.get(span.start..span.end) else {
        return Vec::new();
    };
    let lower = text.to_ascii_lowercase();
    let bytes = lower.as_bytes();
    let mut out: Vec<TopicMention> = Vec::new();
    let mut taken: Vec<(usize, usize)> = Vec::new();
    for (topic, cues) in TOPICS {
        for cue in cues.iter() {
            let (needle, open_end) = match cue.strip_suffix('*') {
                Some(stem) => (stem, true),
                None => (*cue, false),
            };
            let mut from = 0;
            while let Some(pos) = lower.get(from..).and_then(|s| s.find(needle)) {
                let start = from + pos;
                let mut end = start + needle.len();
                from = end;
                if start > 0 && is_word_byte(bytes[start - 1]) {
                    continue;
                }
                if open_end {
                    while end < bytes.len() && is_word_byte(bytes[end]) {
                        end += 1;
                    }
                } else if end < bytes.len() && is_word_byte(bytes[end]) {
                    continue;
                }
                if taken.iter().any(|&(s, e)| start < e && s < end) {
                    continue;
                }
                taken.push((start, end));
                out.push(TopicMention {
                    topic: topic.to_string(),
                    evidence: EvidenceSpan::of(
                        body,
                        Span::new(span.start + start, span.start + end),
                    ),
                });
            }
        }
    }
    out.sort_by_key(|t| t.evidence.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_normalised_topics_with_spans() {
        let body = "Gondor and Arnor discussed maritime security, joint training and piracy.";
        let topics = topics_in(body, Span::new(0, body.len()));
        let names: Vec<&str> = topics.iter().map(|t| t.topic.as_str()).collect();
        assert_eq!(names, ["maritime security", "training", "piracy"]);
        assert_eq!(topics[0].evidence.text, "maritime security");
    }

    #[test]
    fn longer_cue_wins_and_words_are_whole() {
        let body = "They spoke of defense cooperation and of trademarks.";
        let topics = topics_in(body, Span::new(0, body.len()));
        let names: Vec<&str> = topics.iter().map(|t| t.topic.as_str()).collect();
        assert_eq!(names, ["defence cooperation"]);
    }
}
