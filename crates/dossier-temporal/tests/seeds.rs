//! The two seed articles in ../shared/corpus/seeds (read at test time, never copied).

use dossier_model::PartialDate;
use dossier_temporal::{analyse, find_temporal, Resolution, TemporalOptions};
/// The seed article whose file name starts with `prefix` (the test fails, naming the folder,
/// when the reference data is missing).
fn seed(prefix: &str) -> String {
    let dir = dossier_testdata::path("corpus/seeds");
    let entries = std::fs::read_dir(&dir).expect("seeds folder");
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().to_string();
        if name.starts_with(prefix) && name.ends_with(".txt") {
            return std::fs::read_to_string(e.path()).expect("seed text");
        }
    }
    panic!("no seed {prefix}* in {}", dir.display())
}

#[test]
fn seed_001_on_friday_is_18_july_2025() {
    let text = seed("001_");
    let anchor = PartialDate::from_ymd(2025, 7, 19);
    let found = find_temporal(&text, anchor);
    let friday = found
        .iter()
        .find(|m| m.text == "Friday" && text[..m.start].ends_with("on "))
        .expect("\"on Friday\" is found");
    assert_eq!(&text[friday.start - 3..friday.end], "on Friday");
    assert_eq!(friday.value.value, PartialDate::from_ymd(2025, 7, 18));
    assert_eq!(friday.resolution, Resolution::RelativeToAnchor);
    // The date line is found as an absolute date.
    assert!(found
        .iter()
        .any(|m| m.text == "July 19, 2025" && m.value.value == anchor));
    // No false dates from "Field Marshal" or counted numbers.
    assert!(found.iter().all(|m| !m.text.contains("Mar")));
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn seed_000_attribution_date_and_recent() {
    let text = seed("000_");
    let anchor = PartialDate::from_ymd(2025, 7, 19);
    let found = analyse(
        &text,
        &TemporalOptions {
            anchor,
            ..TemporalOptions::default()
        },
    );
    let post = found
        .temporal
        .iter()
        .find(|m| m.text == "July 18, 2025")
        .expect("the attribution date is found");
    assert_eq!(post.value.value, PartialDate::from_ymd(2025, 7, 18));
    assert_eq!(post.resolution, Resolution::Absolute);
    // It sits in the attribution line after the handle.
    assert!(text[..post.start]
        .trim_end()
        .ends_with("(@PTVNewsOfficial)"));
    // "recent meeting" is a vague past with no date.
    let recent = found
        .temporal
        .iter()
        .find(|m| m.text == "recent")
        .expect("recent");
    assert_eq!(recent.value.value, None);
    // The Urdu paragraph has no dates; nothing is invented from it.
    let urdu_start = text.find('ل').unwrap_or(0);
    let urdu_end = text.find("pic.twitter").unwrap_or(text.len());
    assert!(found
        .temporal
        .iter()
        .all(|m| m.end <= urdu_start || m.start >= urdu_end));
}
