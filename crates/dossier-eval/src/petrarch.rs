//! The PETRARCH2 unit-test suite as an evaluation of the coder (`dossier eval petrarch`).
//!
//! `petrarch2/PETR.UnitTest.records.xml` holds 284 sentences about fictional countries (Arnor,
//! Gondor, Eriador...) with the (source, target, CAMEO event code) triples PETRARCH2 must
//! produce from them using the suite's own dictionaries (`PETR.Validate.verbs.txt`,
//! `PETR.Validate.actors.txt`, `PETR.Validate.agents.txt`). Here the dossier coder runs with
//! those dictionaries in place of the shipped ones (the verb dictionary as is, without dossier's
//! supplement), each sentence goes through the whole pipeline (document, entities, events), the
//! actors of each event are coded from the suite's actor and agent dictionaries, and the
//! triples are read back from the CAMEO TSV export ([`dossier_export::event_data::cameo_tsv`]).
//!
//! Scores: triple precision, recall and F1 over all sentences, at full-code level (source,
//! target and the whole CAMEO code equal) and at root-code level (the first two digits). Some
//! expected codes are outside CAMEO (the suite tests dictionary features with made-up codes such
//! as 22, 34, 90 and 91) or in categories PLOVER dropped (01); a PLOVER coder cannot produce them,
//! so the scores are also given over the expected triples whose code has a PLOVER type.
//! Reciprocal codings (PETRARCH writes A->B and B->A for a meeting) are scored as written.

use dossier_actors::{lexicon, ActorLexicon};
use dossier_events::verbs::VerbLexicon;
use dossier_events::EventCoder;
use dossier_ingest::{read_bytes, Limits};
use dossier_model::PartialDate;
use dossier_text::token::{tokenize, TokenKind};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::time::Instant;

/// Precision, recall and F1 of a set of predicted triples against the expected ones.
#[derive(Debug, Clone, Serialize, Default, PartialEq)]
pub struct TripleScores {
    pub expected: usize,
    pub predicted: usize,
    pub correct: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl TripleScores {
    fn add(&mut self, expected: usize, predicted: usize, correct: usize) {
        self.expected += expected;
        self.predicted += predicted;
        self.correct += correct;
        self.precision = ratio(self.correct, self.predicted);
        self.recall = ratio(self.correct, self.expected);
        self.f1 = if self.precision + self.recall > 0.0 {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        } else {
            0.0
        };
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// The report of `dossier eval petrarch`.
#[derive(Debug, Clone, Serialize)]
pub struct PetrarchReport {
    pub suite: &'static str,
    pub sentences: usize,
    /// Sentences whose expected triples (possibly none) are produced exactly, at full-code level.
    pub sentences_exact: usize,
    pub full_code: TripleScores,
    pub root_code: TripleScores,
    /// Over the expected triples whose code maps to a PLOVER type (predictions all count).
    pub full_code_plover_codable: TripleScores,
    pub root_code_plover_codable: TripleScores,
    /// Full-code scores per record category of the suite (DEMO, ACTOR, VERB, COMPOUND...).
    pub per_category: BTreeMap<String, TripleScores>,
    pub words_per_s: f64,
    /// Each sentence's expected and predicted triples (with `--records`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub records: Vec<RecordOutcome>,
}

/// One sentence's expected and predicted triples.
#[derive(Debug, Clone, Serialize)]
pub struct RecordOutcome {
    pub id: String,
    pub category: String,
    pub text: String,
    pub expected: Vec<Triple>,
    pub predicted: Vec<Triple>,
}

/// A (source, target, code) triple.
pub type Triple = (String, String, String);

/// One record of the suite.
#[derive(Debug, Clone)]
pub struct UnitTestRecord {
    pub id: String,
    pub category: String,
    pub date: Option<PartialDate>,
    pub text: String,
    pub expected: Vec<Triple>,
}

/// Reads the unit-test records (sentences with `EventCoding` elements; a `noevents` or
/// `error` coding means no triple is expected).
pub fn read_records(xml: &str) -> Result<Vec<UnitTestRecord>, String> {
    let doc = roxmltree::Document::parse(xml).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    for s in doc.descendants().filter(|n| n.has_tag_name("Sentence")) {
        let text = s
            .children()
            .find(|n| n.has_tag_name("Text"))
            .and_then(|n| n.text())
            .unwrap_or("")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let expected = s
            .children()
            .filter(|n| n.has_tag_name("EventCoding"))
            .filter_map(|n| {
                Some((
                    n.attribute("sourcecode")?.to_string(),
                    n.attribute("targetcode")?.to_string(),
                    n.attribute("eventcode")?.to_string(),
                ))
            })
            .collect();
        let date = s.attribute("date").and_then(|d| {
            Some(PartialDate {
                year: d.get(0..4)?.parse().ok()?,
                month: d.get(4..6).and_then(|m| m.parse().ok()),
                day: d.get(6..8).and_then(|m| m.parse().ok()),
            })
        });
        out.push(UnitTestRecord {
            id: s.attribute("id").unwrap_or("").to_string(),
            category: s.attribute("category").unwrap_or("").to_string(),
            date,
            text,
            expected,
        });
    }
    Ok(out)
}

/// The code of the actor a phrase names, from a dictionary: the longest listed actor phrase
/// in it (its code at `date`), with the sector of the longest listed agent phrase appended to a
/// bare country code (`Bree Prime Minister Romendacil` -> `BRE` + `GOV`).
pub fn dictionary_code(
    lexicon: &ActorLexicon,
    phrase: &str,
    date: Option<PartialDate>,
) -> Option<String> {
    let words: Vec<String> = tokenize(phrase)
        .into_iter()
        .filter(|t| !matches!(t.kind, TokenKind::Punct | TokenKind::Symbol))
        .map(|t| t.text(phrase).to_lowercase().replace('’', "'"))
        .collect();
    let max = lexicon.max_words().clamp(1, 8);
    let mut actor: Option<(usize, String)> = None;
    let mut agent: Option<(usize, String)> = None;
    for i in 0..words.len() {
        for n in 1..=max.min(words.len() - i) {
            let p = words[i..i + n].join(" ");
            if let Some(code) = lexicon
                .actors_named(&p)
                .find_map(|a| a.code_at(date))
                .filter(|c| !c.is_empty() && !c.starts_with("---"))
            {
                if actor.as_ref().is_none_or(|(len, _)| n > *len) {
                    actor = Some((n, code.to_string()));
                }
            }
            let agent_code = lexicon
                .agent(&p)
                .or_else(|| dossier_events::participants::singular_agent(lexicon, &p))
                .map(|a| a.code.clone());
            if let Some(code) = agent_code {
                if agent.as_ref().is_none_or(|(len, _)| n > *len) {
                    agent = Some((n, code));
                }
            }
        }
    }
    match (actor, agent) {
        (Some((_, a)), Some((_, g))) if a.len() == 3 => Some(format!("{a}{g}")),
        (Some((_, a)), _) => Some(a),
        (None, _) => None,
    }
}

/// Codes each event participant from the dictionary (its evidence text, else its name); a
/// participant the dictionary does not name keeps its code.
pub fn recode_actors(
    events: &mut [dossier_model::Event],
    lexicon: &ActorLexicon,
    date: Option<PartialDate>,
) {
    for e in events.iter_mut() {
        for a in e.actors.iter_mut() {
            if let Some(code) = dictionary_code(lexicon, &a.evidence.text, date)
                .or_else(|| dictionary_code(lexicon, &a.name, date))
            {
                a.actor_code = Some(code);
            }
        }
    }
}

/// Triples from the CAMEO TSV export (source, target and code columns), without repeats.
pub fn triples_of_tsv(tsv: &str) -> BTreeSet<Triple> {
    tsv.lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            Some((
                cols.get(1)?.to_string(),
                cols.get(2)?.to_string(),
                cols.get(3)?.to_string(),
            ))
        })
        .collect()
}

fn root_of(t: &Triple) -> Triple {
    (t.0.clone(), t.1.clone(), t.2.chars().take(2).collect())
}

/// Runs the suite from the `petrarch2` folder, with the CAMEO-to-PLOVER table of `plover_dir`.
pub fn eval_petrarch(
    petrarch_dir: &Path,
    plover_dir: &Path,
    with_records: bool,
) -> Result<PetrarchReport, String> {
    let read = |p: std::path::PathBuf| {
        std::fs::read_to_string(&p).map_err(|e| format!("{}: {e}", p.display()))
    };
    let records_path = petrarch_dir.join("PETR.UnitTest.records.xml");
    let records = read_records(&read(records_path.clone())?)
        .map_err(|e| format!("{}: {e}", records_path.display()))?;
    let verbs = VerbLexicon::from_texts(
        &read(petrarch_dir.join("PETR.Validate.verbs.txt"))?,
        &read(plover_dir.join("CAMEO2PLOVER-2021.txt"))?,
    );
    let actors = ActorLexicon::new(
        lexicon::parse_agents(&read(petrarch_dir.join("PETR.Validate.agents.txt"))?),
        lexicon::parse_actors(&read(petrarch_dir.join("PETR.Validate.actors.txt"))?, false),
    );
    let coder = EventCoder {
        verbs: &verbs,
        actors: &actors,
    };
    let codable = |code: &str| verbs.plover_of(code).is_some();
    let mut full = TripleScores::default();
    let mut root = TripleScores::default();
    let mut full_codable = TripleScores::default();
    let mut root_codable = TripleScores::default();
    let mut per_category: BTreeMap<String, TripleScores> = BTreeMap::new();
    let mut exact = 0usize;
    let mut outcomes = Vec::new();
    let mut words = 0usize;
    let mut seconds = 0.0f64;
    for r in &records {
        let predicted: BTreeSet<Triple> = match read_bytes(
            &format!("{}.txt", r.id),
            r.text.as_bytes(),
            &Limits::default(),
        )
        .next()
        {
            Some(Ok(doc)) => {
                words += r.text.split_whitespace().count();
                let started = Instant::now();
                let ents = dossier_entities::analyse(&doc);
                let mut events = coder.code(&doc, &ents).events;
                seconds += started.elapsed().as_secs_f64();
                recode_actors(&mut events, &actors, r.date);
                triples_of_tsv(&dossier_export::event_data::cameo_tsv(&events))
            }
            _ => BTreeSet::new(),
        };
        let expected: BTreeSet<Triple> = r.expected.iter().cloned().collect();
        if with_records {
            outcomes.push(RecordOutcome {
                id: r.id.clone(),
                category: r.category.clone(),
                text: r.text.clone(),
                expected: expected.iter().cloned().collect(),
                predicted: predicted.iter().cloned().collect(),
            });
        }
        let hit = expected.intersection(&predicted).count();
        full.add(expected.len(), predicted.len(), hit);
        per_category.entry(r.category.clone()).or_default().add(
            expected.len(),
            predicted.len(),
            hit,
        );
        if hit == expected.len() && predicted.len() == expected.len() {
            exact += 1;
        }
        let expected_root: BTreeSet<Triple> = expected.iter().map(root_of).collect();
        let predicted_root: BTreeSet<Triple> = predicted.iter().map(root_of).collect();
        root.add(
            expected_root.len(),
            predicted_root.len(),
            expected_root.intersection(&predicted_root).count(),
        );
        let expected_c: BTreeSet<Triple> =
            expected.iter().filter(|t| codable(&t.2)).cloned().collect();
        full_codable.add(
            expected_c.len(),
            predicted.len(),
            expected_c.intersection(&predicted).count(),
        );
        let expected_c_root: BTreeSet<Triple> = expected_c.iter().map(root_of).collect();
        root_codable.add(
            expected_c_root.len(),
            predicted_root.len(),
            expected_c_root.intersection(&predicted_root).count(),
        );
    }
    Ok(PetrarchReport {
        suite: "petrarch",
        sentences: records.len(),
        sentences_exact: exact,
        full_code: full,
        root_code: root,
        full_code_plover_codable: full_codable,
        root_code_plover_codable: root_codable,
        per_category,
        words_per_s: if seconds > 0.0 {
            words as f64 / seconds
        } else {
            0.0
        },
        records: outcomes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_with_codings_and_no_events() {
        let xml = r#"<Validation><Sentences>
<!-- a comment -->
<Sentence date="19950101" id="T-1" category="DEMO" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore full diplomatic ties
with Gondor.
</Text>
</Sentence>
<Sentence date="19950102" id="T-2" category="VERB" sentence="true">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened in Bree.</Text>
</Sentence>
</Sentences></Validation>"#;
        let records = read_records(xml).unwrap();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[0].text,
            "Arnor is about to restore full diplomatic ties with Gondor."
        );
        assert_eq!(
            records[0].expected,
            vec![("ARN".into(), "GON".into(), "064".into())]
        );
        assert_eq!(records[0].date.map(|d| d.day), Some(Some(1)));
        assert!(records[1].expected.is_empty());
        assert_eq!(records[1].category, "VERB");
    }

    #[test]
    fn dictionary_code_joins_country_and_agent() {
        let lex = ActorLexicon::new(
            lexicon::parse_agents("PRIME_MINISTER [~GOV]\nARMY [~MIL]\n"),
            lexicon::parse_actors("BREE [BRE]\nARNOR_ [ARN]\n+ARNORIAN\n", false),
        );
        assert_eq!(
            dictionary_code(&lex, "Bree Prime Minister Romendacil", None).as_deref(),
            Some("BREGOV")
        );
        assert_eq!(
            dictionary_code(&lex, "the Arnorian army", None).as_deref(),
            Some("ARNMIL")
        );
        assert_eq!(dictionary_code(&lex, "Arnor", None).as_deref(), Some("ARN"));
        assert_eq!(dictionary_code(&lex, "the army", None), None);
    }

    #[test]
    fn codes_a_fictional_sentence_with_the_given_dictionaries() {
        let verbs = VerbLexicon::from_texts(
            "---  ATTACK   [190]  ---\nATTACK\n",
            "190: ASSAULT,  ,  # Use conventional military force\n",
        );
        let actors = ActorLexicon::new(
            lexicon::parse_agents("SOLDIER [~MIL]\n"),
            lexicon::parse_actors("ARNOR_ [ARN]\nGONDOR_ [GON]\n", false),
        );
        let coder = EventCoder {
            verbs: &verbs,
            actors: &actors,
        };
        let text = "Soldiers from Arnor attacked Gondor on Tuesday.";
        let doc = read_bytes("t.txt", text.as_bytes(), &Limits::default())
            .next()
            .unwrap()
            .unwrap();
        let ents = dossier_entities::analyse(&doc);
        let mut events = coder.code(&doc, &ents).events;
        recode_actors(&mut events, &actors, None);
        let triples = triples_of_tsv(&dossier_export::event_data::cameo_tsv(&events));
        assert!(
            triples.contains(&("ARNMIL".into(), "GON".into(), "190".into())),
            "{triples:?}"
        );
    }

    #[test]
    fn scores_accumulate() {
        let mut s = TripleScores::default();
        s.add(2, 1, 1);
        s.add(1, 1, 0);
        assert_eq!((s.expected, s.predicted, s.correct), (3, 2, 1));
        assert!((s.precision - 0.5).abs() < 1e-9);
        assert!((s.recall - 1.0 / 3.0).abs() < 1e-9);
        assert!((s.f1 - 0.4).abs() < 1e-9);
    }

    #[test]
    fn triples_come_from_the_tsv_columns() {
        let tsv = "date\tsource\ttarget\tcameo\n19950101\tARN\tGON\t064\tCOOPERATE\n19950101\tARN\tGON\t064\tCOOPERATE\n";
        let t = triples_of_tsv(tsv);
        assert_eq!(t.len(), 1);
        assert!(t.contains(&("ARN".into(), "GON".into(), "064".into())));
    }
}
