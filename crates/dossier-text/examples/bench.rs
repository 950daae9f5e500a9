//! Throughput of segmentation and language identification on real news sentences (Urdu, Arabic
//! and English) from the shared data, grouped four to a paragraph.
//!
//! `cargo run --release -p dossier-text --example bench`

mod common;

use std::time::Instant;

use dossier_text::{detect_language, paragraph_spans, sentence_spans};

fn megabytes_per_second(bytes: usize, seconds: f64) -> f64 {
    bytes as f64 / seconds / 1e6
}

fn main() -> Result<(), String> {
    let data = common::labelled_dev_sentences()?;
    for lang in ["en", "ar", "ur"] {
        let sentences: Vec<&str> = data
            .iter()
            .filter(|(l, _)| *l == lang)
            .map(|(_, s)| s.as_str())
            .collect();
        let mut body = String::new();
        while body.len() < 4_000_000 {
            for group in sentences.chunks(4) {
                body.push_str(&group.join(" "));
                body.push_str("\n\n");
            }
        }
        let start = Instant::now();
        let paragraphs = paragraph_spans(&body);
        let paragraph_time = start.elapsed().as_secs_f64();

        let start = Instant::now();
        let mut sentence_count = 0;
        for p in &paragraphs {
            sentence_count += sentence_spans(p.text(&body).unwrap_or("")).len();
        }
        let sentence_time = start.elapsed().as_secs_f64();

        // Language identification on a 1 MB slice of paragraphs (it is the slow part).
        let mut identified_bytes = 0;
        let mut hits = 0;
        let start = Instant::now();
        for p in &paragraphs {
            if identified_bytes > 1_000_000 {
                break;
            }
            let text = p.text(&body).unwrap_or("");
            identified_bytes += text.len();
            if detect_language(text).lang == lang {
                hits += 1;
            }
        }
        let language_time = start.elapsed().as_secs_f64();
        let language_paragraphs = paragraphs
            .iter()
            .scan(0, |b, p| {
                *b += p.len();
                Some(*b)
            })
            .take_while(|b| *b <= identified_bytes)
            .count();
        println!(
            "{lang}: {:.1} MB body, {} paragraphs, {sentence_count} sentences | paragraphs {:.0} MB/s | sentences {:.1} MB/s | language per paragraph {:.2} MB/s ({:.0} paragraphs/s, {hits} correct)",
            body.len() as f64 / 1e6,
            paragraphs.len(),
            megabytes_per_second(body.len(), paragraph_time),
            megabytes_per_second(body.len(), sentence_time),
            megabytes_per_second(identified_bytes, language_time),
            language_paragraphs as f64 / language_time,
        );
    }
    Ok(())
}
