//! Accuracy of `detect_language` on real Urdu, Arabic and English sentences of the shared data's
//! development splits, on whole sentences and on their first 3 and 5 words.
//!
//! `cargo run --release -p dossier-text --example langid_eval`

mod common;

use std::collections::BTreeMap;

use dossier_text::detect_language;

fn main() -> Result<(), String> {
    let data = common::labelled_dev_sentences()?;
    for words in [3usize, 5, usize::MAX] {
        let mut totals: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        let mut confusions: BTreeMap<(&str, &str), usize> = BTreeMap::new();
        for (lang, sentence) in &data {
            let text = sentence
                .split_whitespace()
                .take(words)
                .collect::<Vec<_>>()
                .join(" ");
            let guess = detect_language(&text);
            let entry = totals.entry(lang).or_default();
            entry.0 += 1;
            if guess.lang == *lang {
                entry.1 += 1;
            } else {
                *confusions.entry((lang, guess.lang)).or_default() += 1;
            }
        }
        let label = if words == usize::MAX {
            "whole sentences".to_string()
        } else {
            format!("first {words} words")
        };
        println!("== {label}");
        for (lang, (n, ok)) in &totals {
            println!(
                "  {lang}: {ok}/{n} = {:.1}%",
                100.0 * *ok as f64 / *n as f64
            );
        }
        for ((truth, guessed), n) in &confusions {
            println!("    {truth} -> {guessed}: {n}");
        }
    }
    Ok(())
}
