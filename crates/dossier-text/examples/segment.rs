//! Prints the paragraphs of a text file with their language and their sentences, one per line.
//!
//! `cargo run -p dossier-text --example segment -- FILE`

use dossier_text::{detect_language, paragraph_spans, sentence_spans};

fn main() -> Result<(), String> {
    let path = std::env::args().nth(1).ok_or("usage: segment FILE")?;
    let body = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    for (n, paragraph) in paragraph_spans(&body).iter().enumerate() {
        let text = paragraph.text(&body).unwrap_or("");
        let guess = detect_language(text);
        println!(
            "¶{n} [{}..{}] {} {:.3}",
            paragraph.start, paragraph.end, guess.lang, guess.confidence
        );
        for sentence in sentence_spans(text) {
            println!(
                "  | {}",
                sentence.text(text).unwrap_or("").replace('\n', "⏎")
            );
        }
    }
    Ok(())
}
