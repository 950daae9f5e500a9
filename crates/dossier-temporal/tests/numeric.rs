//! Money, percentages, quantities and clock times in sentences about Arnor and Gondor.

use dossier_model::DocId;
use dossier_temporal::{find_numeric, NumericKind, NumericMention};

fn one(text: &str) -> NumericMention {
    let found = find_numeric(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
    let m = found.into_iter().next().unwrap();
    assert_eq!(&text[m.start..m.end], m.text);
    m
}

fn check(text: &str, surface: &str, kind: NumericKind, value: Option<f64>, unit: &str) {
    let m = one(text);
    assert_eq!(m.text, surface, "{text}");
    assert_eq!(m.kind, kind, "{text}");
    match (m.value, value) {
        (Some(a), Some(b)) => assert!(
            (a - b).abs() < 1e-6 * b.abs().max(1.0),
            "{text}: {a} vs {b}"
        ),
        (a, b) => assert_eq!(a, b, "{text}"),
    }
    assert_eq!(m.unit.as_deref(), Some(unit), "{text}");
}

#[test]
fn money() {
    use NumericKind::Money;
    check(
        "Gondor pledged $1.2 billion in aid.",
        "$1.2 billion",
        Money,
        Some(1.2e9),
        "USD",
    );
    check(
        "The deal is worth Rs 500 million.",
        "Rs 500 million",
        Money,
        Some(5e8),
        "PKR",
    );
    check(
        "The deal is worth Rs. 500m.",
        "Rs. 500m",
        Money,
        Some(5e8),
        "PKR",
    );
    check(
        "A loan of PKR 1.5bn was agreed.",
        "PKR 1.5bn",
        Money,
        Some(1.5e9),
        "PKR",
    );
    check(
        "Arnor paid USD 3m for radars.",
        "USD 3m",
        Money,
        Some(3e6),
        "USD",
    );
    check(
        "Arnor paid US$ 40 million.",
        "US$ 40 million",
        Money,
        Some(4e7),
        "USD",
    );
    check(
        "Fines of 500 million rupees were imposed.",
        "500 million rupees",
        Money,
        Some(5e8),
        "PKR",
    );
    check(
        "Arnor paid €20,000 for the survey.",
        "€20,000",
        Money,
        Some(2e4),
        "EUR",
    );
    check(
        "Arnor paid 2 lakh rupees.",
        "2 lakh rupees",
        Money,
        Some(2e5),
        "PKR",
    );
}

#[test]
fn percentages() {
    use NumericKind::Percent;
    check("Spending rose 5% this year.", "5%", Percent, Some(5.0), "%");
    check(
        "Spending rose 5 percent.",
        "5 percent",
        Percent,
        Some(5.0),
        "%",
    );
    check(
        "Spending rose 12.5 per cent.",
        "12.5 per cent",
        Percent,
        Some(12.5),
        "%",
    );
    check(
        "Rates fell two percentage points.",
        "two percentage points",
        Percent,
        Some(2.0),
        "percentage points",
    );
}

#[test]
fn quantities() {
    use NumericKind::Quantity;
    check(
        "Gondor sent 2,000 troops to the border.",
        "2,000 troops",
        Quantity,
        Some(2000.0),
        "troops",
    );
    check(
        "Arnor trained 12 cadets.",
        "12 cadets",
        Quantity,
        Some(12.0),
        "cadets",
    );
    check(
        "Arnor bought three frigates.",
        "three frigates",
        Quantity,
        Some(3.0),
        "frigates",
    );
    check(
        "Arnor bought three Haradric frigates.",
        "three Haradric frigates",
        Quantity,
        Some(3.0),
        "frigates",
    );
    check(
        "Twelve naval cadets graduated.",
        "Twelve naval cadets",
        Quantity,
        Some(12.0),
        "cadets",
    );
    check(
        "About two thousand soldiers marched.",
        "two thousand soldiers",
        Quantity,
        Some(2000.0),
        "soldiers",
    );
    check(
        "It cost two hundred and fifty lives.",
        "two hundred and fifty lives",
        Quantity,
        Some(250.0),
        "lives",
    );
    check(
        "Twenty-five vessels sailed.",
        "Twenty-five vessels",
        Quantity,
        Some(25.0),
        "vessels",
    );
    check(
        "A dozen drones were shot down.",
        "A dozen drones",
        Quantity,
        Some(12.0),
        "drones",
    );
    check(
        "The border lies 500 km north.",
        "500 km",
        Quantity,
        Some(500.0),
        "km",
    );
    check(
        "Hundreds of refugees crossed.",
        "Hundreds of refugees",
        Quantity,
        None,
        "refugees",
    );
    check(
        "One frigate sank.",
        "One frigate",
        Quantity,
        Some(1.0),
        "frigate",
    );
    check(
        "1.5 million people fled.",
        "1.5 million people",
        Quantity,
        Some(1.5e6),
        "people",
    );
}

#[test]
fn times() {
    let m = one("The vote opens at 10:30 am.");
    assert_eq!(m.kind, NumericKind::Time);
    assert_eq!(m.value, Some(630.0));
    let m = one("The vote closes at 14:00 PKT.");
    assert_eq!(m.text, "14:00 PKT");
    assert_eq!(m.unit.as_deref(), Some("PKT"));
    let m = one("Shelling began at 9 p.m. on the ridge.");
    assert_eq!(m.text, "9 p.m.");
    assert_eq!(m.value, Some(21.0 * 60.0));
    let m = one("Reported at 0930 GMT by the wire.");
    assert_eq!(
        m.time.as_ref().map(|t| t.normalised()).as_deref(),
        Some("09:30 GMT")
    );
}

#[test]
fn numbers_in_dates_and_bare_numbers_are_not_quantities() {
    assert!(find_numeric("The envoy arrived on July 18, 2025.").is_empty());
    assert!(find_numeric("The port opened in 2019 and closed in 2021.").is_empty());
    assert!(find_numeric("The exercise lasted three days.").is_empty());
    assert!(find_numeric("One of the envoys spoke.").is_empty());
    assert!(find_numeric("Page 12 of the report.").is_empty());
}

#[test]
fn converts_to_the_model_record() {
    let m = one("Arnor trained 12 cadets.");
    let q = m.to_quantity_mention(&DocId("abc".into()));
    assert_eq!(q.kind, "quantity");
    assert_eq!(q.unit.as_deref(), Some("cadets"));
    assert_eq!((q.mention.start, q.mention.end), (m.start, m.end));
}

#[test]
fn designations_are_not_counts() {
    assert!(find_numeric("Gondor's F-16 jets and JF-17 fighters flew.").is_empty());
    assert!(find_numeric("The Su-30 squadron stayed home.").is_empty());
    assert!(find_numeric("No. 5 Squadron lost its base.").is_empty());
    check(
        "Arnor hired 4,500 new recruits.",
        "4,500 new recruits",
        NumericKind::Quantity,
        Some(4500.0),
        "recruits",
    );
    check(
        "Spending rose 12pc.",
        "12pc",
        NumericKind::Percent,
        Some(12.0),
        "%",
    );
}
