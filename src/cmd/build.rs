//! `dossier build ...`: rebuild the committed model and gazetteer artifacts from ../shared/data.
//! Each command is deterministic: the same data gives the same bytes.

use crate::exit;
use anyhow::Context;
use clap::Subcommand;
use std::path::{Path, PathBuf};

#[derive(Subcommand)]
pub enum BuildCommand {
    /// The place gazetteer from GeoNames (cities >= 15k, countries, continents).
    Gazetteer {
        /// The GeoNames folder.
        #[arg(default_value = "../shared/data/geonames")]
        data: PathBuf,
        /// Where to write the artifact.
        #[arg(long, default_value = "crates/dossier-gazetteer/data/gazetteer.bin")]
        out: PathBuf,
    },
    /// The English NER model: trained on CoNLL-2003 train with valid.txt choosing each run's
    /// number of passes, then retrained on train + valid for those passes (test.txt is never
    /// read), with word clusters and name lists from ../shared/data.
    Ner {
        /// The CoNLL-2003 folder.
        #[arg(default_value = "../shared/data/ner/conll2003")]
        data: PathBuf,
        /// The shared data folder (unlabelled text for clusters, name lists).
        #[arg(long, default_value = "../shared/data")]
        shared: PathBuf,
        /// Where to write the artifact.
        #[arg(long, default_value = "crates/dossier-ner/model/ner-en.bin")]
        out: PathBuf,
    },
    /// The opinion classifier, trained on NewsSD-ENG train and val (grouped cross-validation
    /// over them makes the choices; test.csv and the CheckThat! data are never read).
    Opinion {
        /// The subjectivity folder (holds newssd-eng/).
        #[arg(long, default_value = "../shared/data/subjectivity")]
        data: PathBuf,
        /// Where to write the artifact.
        #[arg(long, default_value = "crates/dossier-opinion/model/opinion-en.bin")]
        out: PathBuf,
    },
    /// The actor lexicon (titles to sectors, people and organisations with dated codes) from
    /// the PETRARCH2 / Phoenix dictionaries.
    Actors {
        /// The PETRARCH2 folder.
        #[arg(default_value = "../shared/data/petrarch2")]
        data: PathBuf,
        /// Where to write the artifact.
        #[arg(long, default_value = "crates/dossier-actors/data/actors.bin")]
        out: PathBuf,
    },
    /// The event-coding verb lexicon (verb forms and patterns to CAMEO codes, CAMEO to PLOVER)
    /// from the PETRARCH2 CAMEO verb dictionary and the PLOVER conversion table.
    Verbs {
        /// The shared data folder (with petrarch2/ and plover/).
        #[arg(default_value = "../shared/data")]
        data: PathBuf,
        /// Where to write the artifact.
        #[arg(long, default_value = "crates/dossier-events/data/verbs.bin")]
        out: PathBuf,
    },
}

fn write(out: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(out, bytes).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {} ({} bytes)", out.display(), bytes.len());
    Ok(())
}

pub fn run(command: BuildCommand) -> anyhow::Result<i32> {
    match command {
        BuildCommand::Gazetteer { data, out } => {
            let gazetteer = dossier_gazetteer::build(&data)
                .with_context(|| format!("building the gazetteer from {}", data.display()))?;
            write(&out, &gazetteer.to_bytes()?)?;
        }
        BuildCommand::Ner { data, shared, out } => {
            let options = dossier_ner::TrainOptions::with_shared_data(&shared);
            let (model, report, chooser) = dossier_ner::train_on_train_and_dev(
                &data.join("train.txt"),
                &data.join("valid.txt"),
                &options,
            )
            .with_context(|| format!("training the NER model on {}", data.display()))?;
            eprintln!(
                "{}",
                serde_json::to_string_pretty(&serde_json::json!({
                    "chosen_on_dev": chooser,
                    "final_on_train_and_dev": report,
                }))?
            );
            write(&out, &model.to_bytes()?)?;
        }
        BuildCommand::Opinion { data, out } => {
            let (model, report) =
                dossier_opinion::train(&data, &dossier_opinion::TrainOptions::default())
                    .with_context(|| format!("training the opinion model on {}", data.display()))?;
            eprintln!("{}", serde_json::to_string_pretty(&report)?);
            write(&out, &model.to_bytes())?;
        }
        BuildCommand::Actors { data, out } => {
            let lexicon = dossier_actors::build(&data)
                .with_context(|| format!("building the actor lexicon from {}", data.display()))?;
            write(&out, &lexicon.to_bytes()?)?;
        }
        BuildCommand::Verbs { data, out } => {
            let lexicon = dossier_events::verbs::build(&data)
                .with_context(|| format!("building the verb lexicon from {}", data.display()))?;
            eprintln!(
                "{} verb blocks, {} verb forms, {} patterns, {} CAMEO codes mapped to PLOVER",
                lexicon.blocks.len(),
                lexicon.forms.len(),
                lexicon
                    .blocks
                    .iter()
                    .map(|b| b.patterns.len())
                    .sum::<usize>(),
                lexicon.plover.len()
            );
            write(&out, &lexicon.to_bytes()?)?;
        }
    }
    Ok(exit::OK)
}
