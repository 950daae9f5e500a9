//! `dossier`: the command-line front end. Thin: parses arguments, opens the store, calls the
//! library crates, prints. See ARCHITECTURE.md for the crates behind each command.

mod cmd;
mod demo;
mod exit;
mod render;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Turns a pile of news into a verified, evidence-linked event record.
///
/// Exit codes: 0 success; 1 fatal error (store or I/O); 2 usage error; 3 finished, but some
/// inputs or records were rejected (each reported on stderr); 4 the requested item was not found.
#[derive(Parser)]
#[command(name = "dossier", version, about, long_about = None)]
struct Cli {
    /// SQLite store file.
    #[arg(long, global = true, env = "DOSSIER_DB", default_value = "dossier.db")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Read articles (text, HTML, JSONL, RSS/Atom, WARC[.gz], directories, `-` for stdin) into the store.
    Ingest(cmd::ingest::IngestArgs),
    /// List stored documents, newest first.
    Docs(cmd::docs::DocsArgs),
    /// Show one document: metadata, paragraphs with languages, sentences, embedded posts, removed chrome.
    Show(cmd::show::ShowArgs),
    /// People (with ranks and roles), organisations and places found in stored documents.
    Entities(cmd::entities::EntitiesArgs),
    /// Events (PLOVER) coded from stored documents: who did what to whom, where, when, with evidence.
    Events(cmd::events::EventsArgs),
    /// Write events as JSON lines, CSV, PLOVER, CAMEO, GeoJSON or GEXF (who met whom).
    Export(cmd::events::ExportArgs),
    /// Full-text search over headlines and bodies.
    Search(cmd::search::SearchArgs),
    /// Stories: articles of several outlets about the same events, with their reconciled events.
    Stories(cmd::stories::StoriesArgs),
    /// One canonical event: what each source says, with evidence, corroboration, discrepancies.
    Event(cmd::stories::EventArgs),
    /// One person or organisation across sources: names, ranks and roles over time, timeline.
    Actor(cmd::stories::ActorArgs),
    /// Serve the JSON API (OpenAPI at /openapi.json) and the web UI over the store.
    Serve(cmd::serve::ServeArgs),
    /// Ingest the built-in demo corpus into a temporary store and print what dossier knows.
    Demo(cmd::demo::DemoArgs),
    /// Rebuild the committed gazetteer, actor lexicon or NER model from ../shared/data.
    #[command(subcommand)]
    Build(cmd::build::BuildCommand),
    /// Measurements against reference data (quality and speed).
    #[command(subcommand)]
    Eval(cmd::eval::EvalCommand),
}

fn main() {
    restore_default_sigpipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Ingest(args) => cmd::ingest::run(&cli.db, args),
        Command::Docs(args) => cmd::docs::run(&cli.db, args),
        Command::Show(args) => cmd::show::run(&cli.db, args),
        Command::Search(args) => cmd::search::run(&cli.db, args),
        Command::Entities(args) => cmd::entities::run(&cli.db, args),
        Command::Events(args) => cmd::events::run(&cli.db, args),
        Command::Export(args) => cmd::events::export(&cli.db, args),
        Command::Stories(args) => cmd::stories::stories(&cli.db, args),
        Command::Event(args) => cmd::stories::event(&cli.db, args),
        Command::Actor(args) => cmd::stories::actor(&cli.db, args),
        Command::Serve(args) => cmd::serve::run(&cli.db, args),
        Command::Demo(args) => cmd::demo::run(args),
        Command::Eval(command) => cmd::eval::run(command),
        Command::Build(command) => cmd::build::run(command),
    };
    let code = match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("dossier: error: {err:#}");
            exit::FATAL
        }
    };
    std::process::exit(code);
}

/// Lets `dossier ... | head` end quietly when the reader closes the pipe, as other command-line
/// tools do, instead of failing on the next write: Rust ignores SIGPIPE by default.
#[cfg(unix)]
fn restore_default_sigpipe() {
    // SAFETY: setting a signal's disposition to its default before any thread is started.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

#[cfg(not(unix))]
fn restore_default_sigpipe() {}
