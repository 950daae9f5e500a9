//! Builds `model/subjectivity-lexicon.tsv`, the compact word lexicon of the English model, from
//! two lexicons shipped in PyPI packages:
//!
//! - TextBlob 0.20.1 (MIT), `textblob/en/en-sentiment.xml`: per-sense polarity and subjectivity
//!   of English adjectives (the Pattern lexicon of De Smedt and Daelemans, PDDL);
//! - vaderSentiment 3.3.2 (MIT), `vaderSentiment/vader_lexicon.txt`: mean valence of English
//!   words, -4..4.
//!
//! ```text
//! pip download textblob==0.20.1 vaderSentiment==3.3.2 --no-deps -d /tmp/lex
//! unzip -o /tmp/lex/textblob-0.20.1-py3-none-any.whl -d /tmp/lex/tb
//! unzip -o /tmp/lex/vaderSentiment-3.3.2-py2.py3-none-any.whl -d /tmp/lex/vd
//! cargo run --release -p dossier-opinion --example build_lexicon -- \
//!     /tmp/lex/tb/textblob/en/en-sentiment.xml /tmp/lex/vd/vaderSentiment/vader_lexicon.txt \
//!     crates/dossier-opinion/model/subjectivity-lexicon.tsv
//! ```
//!
//! Each line: `word <TAB> subjectivity <TAB> |polarity| <TAB> |valence|/4`, the TextBlob
//! values averaged over a word's senses (empty when the word is not in TextBlob), the VADER
//! value empty when the word is not in VADER; two decimals; words sorted.

use std::collections::BTreeMap;

/// The value of `name="..."` in an XML start tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(&tag[start..end])
}

/// A single lower-case word of letters, inner apostrophes and hyphens.
fn is_word(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && w.chars()
            .all(|c| c.is_ascii_lowercase() || c == '\'' || c == '-')
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [textblob, vader, out] = args.as_slice() else {
        return Err("usage: build_lexicon <en-sentiment.xml> <vader_lexicon.txt> <out.tsv>".into());
    };
    // word -> (sum of subjectivity, sum of |polarity|, senses)
    let mut senses: BTreeMap<String, (f64, f64, u32)> = BTreeMap::new();
    for tag in std::fs::read_to_string(textblob)?.split("<word ").skip(1) {
        let tag = format!(" {}", tag.split("/>").next().unwrap_or(""));
        let (Some(form), Some(polarity), Some(subjectivity)) = (
            attribute(&tag, "form"),
            attribute(&tag, "polarity"),
            attribute(&tag, "subjectivity"),
        ) else {
            continue;
        };
        let form = form.to_lowercase();
        if !is_word(&form) {
            continue;
        }
        let entry = senses.entry(form).or_insert((0.0, 0.0, 0));
        entry.0 += subjectivity.parse::<f64>()?;
        entry.1 += polarity.parse::<f64>()?.abs();
        entry.2 += 1;
    }
    let mut valence: BTreeMap<String, f64> = BTreeMap::new();
    for line in std::fs::read_to_string(vader)?.lines() {
        let mut fields = line.split('\t');
        let (Some(word), Some(value)) = (fields.next(), fields.next()) else {
            continue;
        };
        if is_word(word) {
            valence.insert(word.to_string(), value.parse::<f64>()?.abs() / 4.0);
        }
    }
    let mut words: Vec<&String> = senses.keys().chain(valence.keys()).collect();
    words.sort();
    words.dedup();
    let mut text = String::new();
    for word in words {
        let (subjectivity, polarity) = match senses.get(word) {
            Some((s, p, n)) => (
                format!("{:.2}", s / *n as f64),
                format!("{:.2}", p / *n as f64),
            ),
            None => (String::new(), String::new()),
        };
        let vader = valence
            .get(word)
            .map(|v| format!("{v:.2}"))
            .unwrap_or_default();
        text.push_str(&format!("{word}\t{subjectivity}\t{polarity}\t{vader}\n"));
    }
    std::fs::write(out, text)?;
    Ok(())
}
