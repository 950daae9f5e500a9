//! Detection recall and precision of `find_temporal` against the time mentions of the ECB+
//! corpus (`TIME_DATE`, `TIME_OF_THE_DAY`, `TIME_DURATION`, `TIME_REPETITION`), counted in the
//! sentences ECB+ annotated (those listed in `ECBplus_coreference_sentences.csv`). A gold
//! mention is found when a mention of ours overlaps it; one of ours is correct when it
//! overlaps a gold time mention. Token texts are joined by spaces, one sentence a line.
//!
//! `cargo run --release -p dossier-temporal --example ecbplus_time_eval [ECBPLUS_DIR] [-v]`

use dossier_temporal::find_temporal;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

const TIME_TAGS: [&str; 4] = [
    "TIME_DATE",
    "TIME_OF_THE_DAY",
    "TIME_DURATION",
    "TIME_REPETITION",
];

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn attr<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let key = format!("{name}=\"");
    let start = line.find(&key)? + key.len();
    let end = line[start..].find('"')? + start;
    Some(&line[start..end])
}

/// Whether `word` is written against the token before it (`2 : 09` is `2:09`, `a . m .` is
/// `a.m.`, `eight - year` is `eight-year`, `word ,` is `word,`).
fn glue(prev_prev: &str, prev: &str, word: &str) -> bool {
    const BEFORE: [&str; 12] = [
        ",", ".", ":", ";", "!", "?", "%", ")", "'s", "n't", "'", "-",
    ];
    if BEFORE.contains(&word) || prev == "(" || prev == "$" || prev == "-" {
        return true;
    }
    let digit = |s: &str| s.chars().all(|c| c.is_ascii_digit()) && !s.is_empty();
    if prev == ":" && digit(prev_prev) && digit(word) {
        return true;
    }
    prev == "." && prev_prev.chars().count() == 1 && word.chars().count() <= 2
}

#[derive(Default)]
struct Counts {
    gold: usize,
    gold_found: usize,
    ours: usize,
    ours_correct: usize,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let dir = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .cloned()
        .unwrap_or_else(|| {
            let shared = std::env::var("DOSSIER_SHARED")
                .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
            format!("{shared}/data/ecbplus")
        });
    let dir = Path::new(&dir);
    let Ok(csv) = std::fs::read_to_string(dir.join("ECBplus_coreference_sentences.csv")) else {
        eprintln!(
            "no ECBplus_coreference_sentences.csv under {}",
            dir.display()
        );
        std::process::exit(1);
    };
    // file stem (e.g. 1_10ecbplus) -> annotated sentence numbers
    let mut annotated: HashMap<String, HashSet<u32>> = HashMap::new();
    for line in csv.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        if let [topic, file, sent] = f.as_slice() {
            if let Ok(n) = sent.trim().parse() {
                annotated
                    .entry(format!("{}_{}", topic.trim(), file.trim()))
                    .or_default()
                    .insert(n);
            }
        }
    }
    let mut per_tag: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut total = Counts::default();
    let mut files = 0usize;
    let Ok(topics) = std::fs::read_dir(dir.join("xml")) else {
        eprintln!("no xml/ under {}", dir.display());
        std::process::exit(1);
    };
    for topic in topics.flatten() {
        let Ok(docs) = std::fs::read_dir(topic.path()) else {
            continue;
        };
        for doc in docs.flatten() {
            let path = doc.path();
            let Some(stem) = path.file_stem().map(|s| s.to_string_lossy().into_owned()) else {
                continue;
            };
            let Some(sentences) = annotated.get(&stem) else {
                continue;
            };
            let Ok(xml) = std::fs::read_to_string(&path) else {
                continue;
            };
            files += 1;
            // Rebuild the text.
            let mut text = String::new();
            let mut tok_span: HashMap<u32, (usize, usize, u32)> = HashMap::new();
            let mut sent_span: BTreeMap<u32, (usize, usize)> = BTreeMap::new();
            let mut last_sentence = None;
            let mut prev = String::new();
            let mut prev_prev = String::new();
            let mut lines = xml.lines().peekable();
            let mut gold: Vec<(&'static str, usize, usize)> = Vec::new();
            while let Some(line) = lines.next() {
                let line = line.trim();
                if line.starts_with("<token ") {
                    let (Some(id), Some(sent)) = (attr(line, "t_id"), attr(line, "sentence"))
                    else {
                        continue;
                    };
                    let (Ok(id), Ok(sent)) = (id.parse::<u32>(), sent.parse::<u32>()) else {
                        continue;
                    };
                    let Some(open) = line.find('>') else { continue };
                    let Some(close) = line.rfind("</token>") else {
                        continue;
                    };
                    let word = unescape(&line[open + 1..close]);
                    if last_sentence.is_some() && last_sentence != Some(sent) {
                        text.push('\n');
                        prev.clear();
                        prev_prev.clear();
                    } else if last_sentence.is_some() && !glue(&prev_prev, &prev, &word) {
                        text.push(' ');
                    }
                    prev_prev = std::mem::take(&mut prev);
                    prev = word.clone();
                    last_sentence = Some(sent);
                    let start = text.len();
                    text.push_str(&word);
                    tok_span.insert(id, (start, text.len(), sent));
                    let e = sent_span.entry(sent).or_insert((start, text.len()));
                    e.1 = text.len();
                    continue;
                }
                let Some(tag) = TIME_TAGS
                    .iter()
                    .find(|t| line.starts_with(&format!("<{t} ")) && !line.ends_with("/>"))
                else {
                    continue;
                };
                let mut ids = Vec::new();
                while let Some(l) = lines.peek() {
                    let l = l.trim();
                    if let Some(id) = l.strip_prefix("<token_anchor t_id=\"") {
                        if let Some(id) = id.split('"').next().and_then(|x| x.parse::<u32>().ok()) {
                            ids.push(id);
                        }
                        lines.next();
                    } else {
                        break;
                    }
                }
                let spans: Vec<(usize, usize, u32)> = ids
                    .iter()
                    .filter_map(|id| tok_span.get(id).copied())
                    .collect();
                if let (Some(first), Some(last)) = (
                    spans.iter().map(|s| s.0).min(),
                    spans.iter().map(|s| s.1).max(),
                ) {
                    if spans.iter().all(|s| sentences.contains(&s.2)) {
                        gold.push((tag, first, last));
                    }
                }
            }
            let found = find_temporal(&text, None);
            let in_annotated = |start: usize| {
                sent_span
                    .iter()
                    .any(|(n, (s, e))| sentences.contains(n) && *s <= start && start < *e)
            };
            for (tag, s, e) in &gold {
                let hit = found.iter().any(|m| m.start < *e && *s < m.end);
                let c = per_tag.entry(tag).or_default();
                c.0 += 1;
                total.gold += 1;
                if hit {
                    c.1 += 1;
                    total.gold_found += 1;
                } else if verbose {
                    println!("MISSED {tag:<16} {:?}", &text[*s..*e]);
                }
            }
            for m in found.iter().filter(|m| in_annotated(m.start)) {
                total.ours += 1;
                if gold.iter().any(|(_, s, e)| m.start < *e && *s < m.end) {
                    total.ours_correct += 1;
                } else if verbose {
                    let line_start = text[..m.start].rfind('\n').map(|p| p + 1).unwrap_or(0);
                    let line_end = text[m.end..]
                        .find('\n')
                        .map(|p| p + m.end)
                        .unwrap_or(text.len());
                    println!(
                        "EXTRA  {:<16} {:?} in {:?}",
                        format!("{:?}", m.kind),
                        m.text,
                        &text[line_start..line_end]
                    );
                }
            }
        }
    }
    println!("ECB+ time mentions in annotated sentences of {files} documents");
    for (tag, (g, f)) in &per_tag {
        println!(
            "  {tag:<16} recall {:.3} ({f}/{g})",
            *f as f64 / (*g).max(1) as f64
        );
    }
    let r = total.gold_found as f64 / total.gold.max(1) as f64;
    let p = total.ours_correct as f64 / total.ours.max(1) as f64;
    println!(
        "  all              recall {r:.3} ({}/{}), precision {p:.3} ({}/{}), F1 {:.3}",
        total.gold_found,
        total.gold,
        total.ours_correct,
        total.ours,
        2.0 * p * r / (p + r).max(1e-9)
    );
}
