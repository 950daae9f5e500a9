//! No input makes the scanners panic or report a span off a character boundary.

use dossier_model::PartialDate;
use dossier_temporal::{analyse, TemporalOptions};

const MIXED: &str = "On Friday, 18-Jul-2025 at 10:30 a.m. PKT, Rs. 1.5bn (12pc) for 2,000 troops; \
    ١٨ يوليو ٢٠٢٥ — ۱۸ جولائی ۲۰۲۵ء، جمعہ کو کل گزشتہ روز. 12-13 July, 05/07/25, 1990's, \
    last weekend, the day before yesterday, $3m, 2025-07-, -18, 31/31/2025, May 9 (GMT+5:30)";

fn check(text: &str) {
    let options = TemporalOptions {
        anchor: PartialDate::from_ymd(2025, 7, 19),
        ..TemporalOptions::default()
    };
    let a = analyse(text, &options);
    for m in &a.temporal {
        assert!(m.start < m.end && text.get(m.start..m.end) == Some(m.text.as_str()));
    }
    for m in &a.numeric {
        assert!(m.start < m.end && text.get(m.start..m.end) == Some(m.text.as_str()));
    }
}

#[test]
fn every_prefix_and_suffix_of_a_mixed_text() {
    for (i, _) in MIXED.char_indices() {
        check(&MIXED[..i]);
        check(&MIXED[i..]);
    }
}

#[test]
fn punctuation_soup() {
    let pieces = [
        "1", "-", "/", ".", ",", ":", "Jul", "May", " ", "2025", "th", "'", "s", "٫", "ago", "a",
        "m",
    ];
    // Every sequence of four pieces.
    for a in pieces {
        for b in pieces {
            for c in pieces {
                for d in pieces {
                    check(&format!("{a}{b}{c}{d}"));
                }
            }
        }
    }
}
