//! `dossier ingest`: sources -> documents -> store, one transaction per batch.

use crate::exit;
use clap::Args;
use dossier_ingest::{IngestError, Limits};
use dossier_pipeline::{ingest_paths, IngestObserver, IngestSummary};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(Args)]
pub struct IngestArgs {
    /// Files, directories (read recursively) or `-` for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print the summary as JSON on stdout.
    #[arg(long)]
    json: bool,
    /// Documents written per store transaction.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..))]
    batch: u64,
    /// Largest non-container file (text, HTML) or standard input accepted, in MiB.
    #[arg(long, default_value_t = 64)]
    max_file_mib: u64,
    /// Largest single record inside a container (JSONL line, feed item, WARC record), in MiB.
    #[arg(long, default_value_t = 16)]
    max_record_mib: u64,
    /// Never show a progress bar (it is shown only when stderr is a terminal).
    #[arg(long, short)]
    quiet: bool,
}

/// Shows the run on a progress bar and rejected inputs on stderr above it.
struct BarObserver {
    bar: ProgressBar,
}

impl IngestObserver for BarObserver {
    fn files_total(&mut self, n: u64) {
        self.bar.set_length(n);
    }
    fn file_started(&mut self, path: &Path) {
        self.bar.set_message(path.display().to_string());
    }
    fn file_done(&mut self, docs_per_s: f64) {
        self.bar.inc(1);
        if docs_per_s > 0.0 {
            self.bar.set_prefix(format!("{docs_per_s:.0} docs/s"));
        }
    }
    fn rejected(&mut self, e: &IngestError) {
        self.bar.suspend(|| eprintln!("dossier: rejected {e}"));
    }
}

fn progress_bar(show: bool) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template(
        "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} files  {prefix}  {wide_msg}",
    )
    .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar
}

pub fn run(db: &Path, args: IngestArgs) -> anyhow::Result<i32> {
    let mut store = super::open_store(db)?;
    let limits = Limits {
        max_file_bytes: args.max_file_mib.saturating_mul(1 << 20),
        max_record_bytes: args.max_record_mib.saturating_mul(1 << 20),
    };
    let show_bar = !args.quiet && !args.json && std::io::stderr().is_terminal();
    let mut observer = BarObserver {
        bar: progress_bar(show_bar),
    };
    let summary = ingest_paths(
        &mut store,
        &args.paths,
        &limits,
        args.batch as usize,
        &mut observer,
    )?;
    observer.bar.finish_and_clear();
    for w in &summary.warnings {
        eprintln!("dossier: warning: {w}");
    }
    if args.json {
        super::print_json(&summary)?;
    } else {
        print!("{}", render_summary(&summary, db));
    }
    Ok(if summary.errors > 0 {
        exit::PARTIAL
    } else {
        exit::OK
    })
}

pub fn render_summary(s: &IngestSummary, db: &Path) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "ingested {} files ({:.1} MB) in {:.2}s: {} documents ({} new, {} already stored), {} rejected, {:.0} docs/s",
        s.files,
        s.bytes as f64 / 1e6,
        s.seconds,
        s.documents,
        s.added,
        s.unchanged,
        s.errors,
        s.docs_per_s
    );
    for (format, c) in &s.by_format {
        let _ = writeln!(
            out,
            "  {format:<6} {:>6} documents  {:>6} new  {:>6} already stored",
            c.documents, c.added, c.unchanged
        );
    }
    let _ = writeln!(
        out,
        "store {} now holds {} documents",
        db.display(),
        s.store_documents
    );
    out
}
