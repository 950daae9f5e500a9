//! Each entry point's policy on made-up dates, including the strings they read differently.

use super::*;

fn line(s: &str) -> Option<String> {
    parse_date_line(s).map(|d| d.to_string())
}

fn metadata(s: &str) -> Option<String> {
    parse_metadata(s).map(|d| d.to_string())
}

fn page(s: &str) -> Option<String> {
    parse_page_metadata(s).map(|d| d.to_string())
}

#[test]
fn one_month_table_reads_every_alternative() {
    for (n, name) in MONTH_PATTERN.split('|').enumerate() {
        assert!(month_number(name).is_some(), "{n}: {name}");
    }
    assert_eq!(month_number("Sept."), Some(9));
    assert_eq!(month_number("septem"), Some(9));
    assert_eq!(month_number("DEC"), Some(12));
    assert_eq!(month_number("Mayday"), None);
    assert_eq!(month_number("Ma"), None);
}

#[test]
fn date_lines_parse_wholly_or_not_at_all() {
    assert_eq!(line("March 3, 2031").as_deref(), Some("2031-03-03"));
    assert_eq!(line("Tuesday, 4 March 2031").as_deref(), Some("2031-03-04"));
    assert_eq!(
        line("Published: 2031-03-04 10:32 PKT").as_deref(),
        Some("2031-03-04")
    );
    assert_eq!(line("– 19.07.2031").as_deref(), Some("2031-07-19"));
    assert_eq!(
        line("Updated Mar. 4, 2031, 5:10 p.m. EST").as_deref(),
        Some("2031-03-04")
    );
    assert_eq!(line("March 2031").as_deref(), Some("2031-03"));
    assert_eq!(line("05/07/2031"), None);
    assert_eq!(line("March 3, 2031 the fleet sailed from Pelargir"), None);
    assert_eq!(line("The fleet sailed"), None);
}

#[test]
fn prefixes_report_how_much_they_used() {
    let (date, used) = parse_date_prefix("3rd of March 2031 — the Corsairs").unwrap();
    assert_eq!((date.to_string().as_str(), used), ("2031-03-03", 17));
    assert!(parse_date_prefix("Corsairs, 2031").is_none());
}

#[test]
fn metadata_dates_in_common_forms() {
    assert_eq!(
        metadata("2031-03-04T23:10:00+05:00").as_deref(),
        Some("2031-03-04")
    );
    assert_eq!(
        metadata("Tue, 04 Mar 2031 10:00:00 GMT").as_deref(),
        Some("2031-03-04")
    );
    assert_eq!(metadata("2031-03-04").as_deref(), Some("2031-03-04"));
    assert_eq!(metadata("2031-03-04 10:00").as_deref(), Some("2031-03-04"));
    assert_eq!(metadata("2031-03").as_deref(), Some("2031-03"));
    assert_eq!(metadata("soon"), None);
}

#[test]
fn page_metadata_iso_compact_and_timestamps() {
    assert_eq!(page("2031-11-19T18:39:00Z").as_deref(), Some("2031-11-19"));
    assert_eq!(page("2031/11/19 06:39 PM").as_deref(), Some("2031-11-19"));
    assert_eq!(page("20311119").as_deref(), Some("2031-11-19"));
    assert_eq!(page("2031-11").as_deref(), Some("2031-11"));
    assert_eq!(page("2031").as_deref(), Some("2031"));
    assert_eq!(page("1574188740").as_deref(), Some("2019-11-19"));
    assert_eq!(page("1574188740123").as_deref(), Some("2019-11-19"));
}

#[test]
fn page_metadata_written_forms_and_refusals() {
    assert_eq!(
        page("Tue, 19 Nov 2031 18:39:00 +0000").as_deref(),
        Some("2031-11-19")
    );
    assert_eq!(page("November 19, 2031").as_deref(), Some("2031-11-19"));
    assert_eq!(page("19th of November 2031").as_deref(), Some("2031-11-19"));
    assert_eq!(page("Sept. 3, 2031").as_deref(), Some("2031-09-03"));
    assert_eq!(page("30/03/2031").as_deref(), Some("2031-03-30"));
    assert_eq!(page(""), None);
    assert_eq!(page("yesterday"), None);
    assert_eq!(page("2031-13-45"), None);
    assert_eq!(page("Mayday 12, 2031"), None);
    assert_eq!(page("0001-01-01"), None);
}

#[test]
fn ambiguous_numeric_dates_follow_each_policy() {
    // Day and month cannot be told apart: a page still says which year, a line says nothing.
    assert_eq!(page("03/04/2031").as_deref(), Some("2031"));
    assert_eq!(line("03/04/2031"), None);
    assert_eq!(metadata("03/04/2031"), None);
    // Equal numbers are the same either way.
    assert_eq!(page("04/04/2031").as_deref(), Some("2031-04-04"));
    assert_eq!(line("04/04/2031").as_deref(), Some("2031-04-04"));
}

#[test]
fn year_is_inferred_from_an_anchor() {
    let anchor = PartialDate::from_ymd(2031, 1, 5).unwrap();
    assert_eq!(
        infer_year(12, 30, anchor).unwrap().to_string(),
        "2030-12-30"
    );
    assert_eq!(infer_year(1, 4, anchor).unwrap().to_string(), "2031-01-04");
    assert!(infer_year(1, 4, PartialDate::year(2031)).is_none());
}
