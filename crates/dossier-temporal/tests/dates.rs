//! Date expressions in sentences about the fictional kingdoms of Arnor and Gondor.

use dossier_model::{DatePrecision, PartialDate};
use dossier_temporal::{
    find_temporal, find_temporal_with, NumericDateOrder, PartOfPeriod, Resolution, TemporalKind,
    TemporalMention, TemporalOptions, TimeUnit,
};

/// Saturday 19 July 2025.
fn anchor() -> Option<PartialDate> {
    PartialDate::from_ymd(2025, 7, 19)
}

fn dates(text: &str) -> Vec<TemporalMention> {
    find_temporal(text, anchor())
}

/// The only mention of `text` (panics otherwise) as (surface, value).
fn one(text: &str) -> (String, String) {
    let found = dates(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
    let m = &found[0];
    assert_eq!(&text[m.start..m.end], m.text);
    (
        m.text.clone(),
        m.value.value.map(|v| v.to_string()).unwrap_or_default(),
    )
}

fn value_of(text: &str) -> String {
    one(text).1
}

#[test]
fn absolute_dates_in_many_forms() {
    let cases = [
        (
            "The envoy arrived on July 18, 2025 in Minas Tirith.",
            "July 18, 2025",
            "2025-07-18",
        ),
        (
            "The envoy arrived on 18 July 2025.",
            "18 July 2025",
            "2025-07-18",
        ),
        (
            "Filed 18-Jul-2025 by the Gondor desk.",
            "18-Jul-2025",
            "2025-07-18",
        ),
        (
            "Talks ended 2025-07-18 at dusk.",
            "2025-07-18",
            "2025-07-18",
        ),
        (
            "Signed on the 18th of July, 2025.",
            "18th of July, 2025",
            "2025-07-18",
        ),
        (
            "The accord of Sept. 3, 2024 stands.",
            "Sept. 3, 2024",
            "2024-09-03",
        ),
        (
            "Dated 18/07/2025 in the ledger.",
            "18/07/2025",
            "2025-07-18",
        ),
        (
            "Dated 07/18/2025 in the ledger.",
            "07/18/2025",
            "2025-07-18",
        ),
        (
            "Dated 19.07.2025 in the ledger.",
            "19.07.2025",
            "2025-07-19",
        ),
        ("The fleet sailed in July 2025.", "July 2025", "2025-07"),
        ("The fleet sailed in March, 2024.", "March, 2024", "2024-03"),
    ];
    for (text, surface, value) in cases {
        let (s, v) = one(text);
        assert_eq!((s.as_str(), v.as_str()), (surface, value), "{text}");
    }
    let m = &dates("Talks ended 2025-07-18 at dusk.")[0];
    assert_eq!(m.resolution, Resolution::Absolute);
    assert_eq!(m.kind, TemporalKind::Date);
    assert!(m.confidence > 0.95);
}

#[test]
fn year_less_dates_take_the_anchor_year() {
    assert_eq!(
        one("JUL 18 — Gondor recalled its envoy."),
        ("JUL 18".into(), "2025-07-18".into())
    );
    assert_eq!(value_of("The summit on Jul. 18 ended early."), "2025-07-18");
    assert_eq!(value_of("The summit opened on March 5."), "2025-03-05");
    // More than two months after the anchor: last year.
    assert_eq!(
        value_of("The treaty was signed on December 2."),
        "2024-12-02"
    );
    // A future sentence looks forward.
    assert_eq!(
        value_of("The council will meet on December 2."),
        "2025-12-02"
    );
    let m = &dates("The summit opened on March 5.")[0];
    assert_eq!(m.resolution, Resolution::RelativeToAnchor);
    assert_eq!(m.stated.year, None);
    assert_eq!(m.stated.month, Some(3));
    // Without an anchor the parts are kept but nothing is resolved.
    let m = &find_temporal("The summit opened on March 5.", None)[0];
    assert_eq!(m.resolution, Resolution::Unresolved);
    assert_eq!(m.value.value, None);
    assert_eq!(m.stated.day, Some(5));
}

#[test]
fn numeric_dates_need_care() {
    // Ambiguous without a hint: day-first, low confidence, with a note.
    let m = &dates("Dated 05/07/2025.")[0];
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-07-05")
    );
    assert!(m.confidence < 0.5);
    assert!(m.note.is_some());
    let us = TemporalOptions {
        anchor: anchor(),
        numeric_order: NumericDateOrder::MonthFirst,
    };
    let m = &find_temporal_with("Dated 05/07/2025.", &us)[0];
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-05-07")
    );
    assert!(m.confidence >= 0.8);
    // Not dates: versions, impossible dates, phone-like runs.
    assert!(dates("Firmware 1.2.3 was installed.").is_empty());
    assert!(dates("Call 12.34.5678.9012 now.").is_empty());
    assert!(dates("The code 31/31/2025 is invalid.").is_empty());
}

#[test]
fn years_only_in_date_context() {
    assert_eq!(
        one("Arnor has bought frigates since 2019."),
        ("2019".into(), "2019".into())
    );
    assert_eq!(value_of("The port opened in 2025."), "2025");
    let m = &dates("The port opened in 2025.")[0];
    assert_eq!(m.precision(), DatePrecision::Year);
    assert!(dates("Gondor sent 2,000 troops to the border.").is_empty());
    assert!(dates("Gondor sent 2025 troops to the border.").is_empty());
    assert!(dates("Room 2025 was sealed.").is_empty());
    // A decade is a range of years, not the year 1990.
    let m = &dates("The 1990s were quiet.")[0];
    assert_eq!(m.value.value, None);
    assert_eq!(
        m.range.map(|r| r.first.to_string()).as_deref(),
        Some("1990-01-01")
    );
}

#[test]
fn parts_of_months_and_years() {
    let m = &dates("The drills resume in mid-July.")[0];
    assert_eq!(m.text, "mid-July");
    assert_eq!(m.part, Some(PartOfPeriod::Mid));
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-07")
    );
    let m = &dates("The drills began in early March.")[0];
    assert_eq!(m.text, "early March");
    assert_eq!(m.part, Some(PartOfPeriod::Early));
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-03")
    );
    let m = &dates("Deliveries end in late 2026.")[0];
    assert_eq!(m.text, "late 2026");
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2026")
    );
    let m = &dates("Talks collapsed at the end of June 2024.")[0];
    assert_eq!(m.text, "end of June 2024");
    assert_eq!(m.part, Some(PartOfPeriod::Late));
    let m = &dates("Gondor hopes to sign by the end of the year.")[0];
    assert_eq!(m.text, "end of the year");
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025")
    );
}

#[test]
fn weekday_with_date_is_checked() {
    let m = &dates("The envoy left on Friday, July 18, 2025.")[0];
    assert_eq!(m.text, "Friday, July 18, 2025");
    assert_eq!(m.stated.weekday, Some(4));
    assert!(m.confidence > 0.9);
    assert!(m.note.is_none());
    // 18 July 2025 is a Friday, not a Monday.
    let m = &dates("The envoy left on Monday, July 18, 2025.")[0];
    assert!(m.confidence < 0.5);
    assert_eq!(m.note.as_deref(), Some("weekday does not match the date"));
    // Year-less with a weekday: resolved and consistent.
    let m = &dates("The envoy left on Friday, July 18.")[0];
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-07-18")
    );
    assert!(m.note.is_none());
}

#[test]
fn relative_days_against_the_anchor() {
    assert_eq!(value_of("Arnor's king spoke today."), "2025-07-19");
    assert_eq!(value_of("Arnor's king spoke yesterday."), "2025-07-18");
    assert_eq!(value_of("Arnor's king speaks tomorrow."), "2025-07-20");
    assert_eq!(value_of("Arnor's king speaks tonight."), "2025-07-19");
    assert_eq!(
        one("The council met this morning."),
        ("this morning".into(), "2025-07-19".into())
    );
    assert_eq!(
        one("Shelling was heard last night."),
        ("last night".into(), "2025-07-18".into())
    );
    assert_eq!(
        one("The treaty was signed yesterday afternoon."),
        ("yesterday afternoon".into(), "2025-07-18".into())
    );
    assert_eq!(
        one("The raid happened two days ago."),
        ("two days ago".into(), "2025-07-17".into())
    );
    assert_eq!(value_of("The raid happened a week ago."), "2025-07-12");
    assert_eq!(value_of("The raid happened 3 months ago."), "2025-04");
    assert_eq!(value_of("The port was closed two years ago."), "2023");
    // The newspaper "Gondor Today" is not a date.
    assert!(dates("He told Gondor Today that talks were over.").is_empty());
}

#[test]
fn weekdays_follow_the_news_convention() {
    // Anchor Saturday 2025-07-19: "on Friday" is the day before.
    assert_eq!(
        one("The envoy met the king on Friday."),
        ("Friday".into(), "2025-07-18".into())
    );
    assert_eq!(
        value_of("The envoy met the king on Saturday."),
        "2025-07-19"
    );
    assert_eq!(value_of("The envoy met the king on Sunday."), "2025-07-13");
    assert_eq!(
        value_of("The envoy met the king last Friday."),
        "2025-07-18"
    );
    assert_eq!(
        value_of("The envoy met the king last Saturday."),
        "2025-07-12"
    );
    assert_eq!(
        value_of("The envoy will meet the king on Tuesday."),
        "2025-07-22"
    );
    assert_eq!(
        value_of("The envoy meets the king next Friday."),
        "2025-07-25"
    );
    assert_eq!(
        one("Fighting resumed Friday night."),
        ("Friday night".into(), "2025-07-18".into())
    );
    let m = &dates("The envoy met the king on Friday.")[0];
    assert_eq!(m.resolution, Resolution::RelativeToAnchor);
    assert_eq!(m.stated.weekday, Some(4));
    // Without an anchor a weekday stays unresolved.
    let m = &find_temporal("The envoy met the king on Friday.", None)[0];
    assert_eq!(m.resolution, Resolution::Unresolved);
    assert_eq!(m.value.value, None);
}

#[test]
fn weeks_months_and_years_are_periods() {
    let m = &dates("Gondor mobilised last week.")[0];
    assert_eq!(m.text, "last week");
    let r = m.range.expect("range");
    assert_eq!(
        (r.first.to_string(), r.last.to_string()),
        ("2025-07-07".into(), "2025-07-13".into())
    );
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-07")
    );
    assert_eq!(m.precision(), DatePrecision::Month);

    let m = &dates("Gondor mobilised earlier this week.")[0];
    assert_eq!(m.text, "earlier this week");
    let r = m.range.expect("range");
    assert_eq!(
        (r.first.to_string(), r.last.to_string()),
        ("2025-07-14".into(), "2025-07-18".into())
    );

    let m = &dates("Gondor mobilised earlier this month.")[0];
    let r = m.range.expect("range");
    assert_eq!(
        (r.first.to_string(), r.last.to_string()),
        ("2025-07-01".into(), "2025-07-18".into())
    );
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-07")
    );

    assert_eq!(value_of("Arnor bought tanks last month."), "2025-06");
    assert_eq!(value_of("Arnor buys tanks next month."), "2025-08");
    assert_eq!(value_of("Arnor bought tanks last year."), "2024");
    assert_eq!(value_of("Arnor bought tanks this year."), "2025");
    assert_eq!(value_of("Arnor bought tanks last July."), "2024-07");

    // A week across two months has year precision.
    let across = find_temporal(
        "Talks were held last week.",
        PartialDate::from_ymd(2025, 8, 6),
    );
    assert_eq!(
        across[0].value.value.map(|v| v.to_string()).as_deref(),
        Some("2025")
    );
    assert_eq!(
        across[0].range.map(|r| r.first.to_string()).as_deref(),
        Some("2025-07-28")
    );
}

#[test]
fn durations_and_sets() {
    let m = &dates("The exercise lasted three days.")[0];
    assert_eq!(m.kind, TemporalKind::Duration);
    assert_eq!(m.text, "three days");
    assert_eq!(
        m.amount.map(|a| (a.amount, a.unit)),
        Some((Some(3.0), TimeUnit::Day))
    );
    let m = &dates("A two-day visit began.")[0];
    assert_eq!(m.text, "two-day");
    assert_eq!(m.kind, TemporalKind::Duration);
    let m = &dates("The siege held for 48 hours.")[0];
    assert_eq!(m.amount.map(|a| a.amount), Some(Some(48.0)));
    let m = &dates("Casualties rose over the past two weeks.")[0];
    assert_eq!(m.text, "past two weeks");
    assert_eq!(m.kind, TemporalKind::Duration);
    assert_eq!(
        m.range.map(|r| r.first.to_string()).as_deref(),
        Some("2025-07-05")
    );
    let m = &dates("Patrols sail every Friday.")[0];
    assert_eq!(m.kind, TemporalKind::Set);
    assert_eq!(m.stated.weekday, Some(4));
    let m = &dates("The council meets weekly.")[0];
    assert_eq!(m.kind, TemporalKind::Set);
    let m = &dates("Elections are held every five years.")[0];
    assert_eq!(m.text, "every five years");
    assert_eq!(m.kind, TemporalKind::Set);
}

#[test]
fn times_are_found() {
    let found = dates("The vote opens at 10:30 am and closes at 14:00 PKT on Friday.");
    let kinds: Vec<(&str, TemporalKind)> =
        found.iter().map(|m| (m.text.as_str(), m.kind)).collect();
    assert_eq!(
        kinds,
        [
            ("10:30 am", TemporalKind::Time),
            ("14:00 PKT", TemporalKind::Time),
            ("Friday", TemporalKind::Date)
        ]
    );
    assert_eq!(
        found[1].time.as_ref().map(|t| t.normalised()).as_deref(),
        Some("14:00 PKT")
    );
    assert_eq!(found[0].time.as_ref().map(|t| t.minutes()), Some(630));
}

#[test]
fn vague_times() {
    let m = &dates("This follows the recent meeting in Osgiliath.")[0];
    assert_eq!(m.text, "recent");
    assert_eq!(m.resolution, Resolution::Unresolved);
    assert_eq!(m.value.value, None);
}

#[test]
fn words_that_look_like_dates_are_not() {
    for text in [
        "Field Marshal Aragorn inspected the guard.",
        "The troops march on Osgiliath at dawn.",
        "Officials may visit the port.",
        "Officials said the envoy may 5 times refuse.",
        "Gondor sent 2,000 troops to the border.",
        "The Aurat March 2025 drew crowds.",
        "Lady Theresa May 12 was a ship.",
        "March on Minas Morgul, the captain cried.",
        "Sun Tzu is quoted in the Sun newspaper.",
        "Jan Egeland met Wed Rinald.",
        "A second envoy arrived.",
        "The late king was mourned.",
        "Sergeant Mon Fri took the oath.",
    ] {
        let found = dates(text);
        assert!(found.is_empty(), "{text:?} gave {found:#?}");
    }
}

#[test]
fn urdu_and_arabic_dates() {
    assert_eq!(
        one("یہ ملاقات 18 جولائی 2025 کو ہوئی"),
        ("18 جولائی 2025".into(), "2025-07-18".into())
    );
    assert_eq!(
        one("عقد الاجتماع في ١٨ يوليو ٢٠٢٥"),
        ("١٨ يوليو ٢٠٢٥".into(), "2025-07-18".into())
    );
    assert_eq!(value_of("عقد الاجتماع في ١٨ تموز ٢٠٢٥"), "2025-07-18");
    assert_eq!(value_of("وصل الوفد في ٣ كانون الثاني ٢٠٢٥"), "2025-01-03");
    assert_eq!(value_of("وصل الوفد في ٣ تشرين الأول ٢٠٢٤"), "2024-10-03");
    assert_eq!(value_of("یہ ملاقات ۱۸ جولائی ۲۰۲۵ء کو ہوئی"), "2025-07-18");
    assert_eq!(value_of("وصل الوفد في ٥ يناير"), "2025-01-05");
    // Weekdays, today and yesterday.
    assert_eq!(
        one("ملاقات جمعہ کو ہوئی"),
        ("جمعہ".into(), "2025-07-18".into())
    );
    assert_eq!(value_of("وصل الوفد يوم الجمعة"), "2025-07-18");
    assert_eq!(value_of("وصل الوفد أمس"), "2025-07-18");
    assert_eq!(value_of("وصل الوفد اليوم"), "2025-07-19");
    assert_eq!(value_of("وفد آج پہنچا"), "2025-07-19");
    assert_eq!(
        one("وفد گزشتہ روز پہنچا"),
        ("گزشتہ روز".into(), "2025-07-18".into())
    );
    assert_eq!(value_of("وصل الوفد الأسبوع الماضي"), "2025-07");
    // کل is yesterday in the past tense, tomorrow in the future, else unresolved.
    assert_eq!(value_of("وفد کل پہنچا تھا"), "2025-07-18");
    assert_eq!(value_of("وفد کل پہنچے گا"), "2025-07-20");
    let m = &dates("وفد کل")[0];
    assert_eq!(m.resolution, Resolution::Unresolved);
    assert!(m.confidence < 0.5);
}

#[test]
fn weekends_decades_and_attributive_years() {
    let m = &dates("Protests spread last weekend.")[0];
    assert_eq!(m.text, "last weekend");
    let r = m.range.expect("range");
    assert_eq!(
        (r.first.to_string(), r.last.to_string()),
        ("2025-07-12".into(), "2025-07-13".into())
    );
    let m = &dates("Protests spread over the weekend.")[0];
    assert_eq!(m.text, "weekend");
    // Anchor Saturday 19 July: the weekend that has begun.
    assert_eq!(
        m.range.map(|r| r.first.to_string()).as_deref(),
        Some("2025-07-19")
    );
    let m = &dates("Arnor built forts in the 1950s.")[0];
    assert_eq!(m.text, "1950s");
    assert_eq!(
        m.range.map(|r| r.last.to_string()).as_deref(),
        Some("1959-12-31")
    );
    assert_eq!(value_of("Arnor recalled the 2014 summit."), "2014");
    assert_eq!(value_of("Arnor hosts the 2026 Games."), "2026");
    assert!(dates("Arnor sent the 2000 troops home.").is_empty());
    let years: Vec<String> = dates("Arnor will decide by 2027 or 2028.")
        .iter()
        .map(|m| m.text.clone())
        .collect();
    assert_eq!(years, ["2027", "2028"]);
}

#[test]
fn ages_and_line_breaks_are_not_dates() {
    assert!(dates("A 26-year-old sailor was rescued.").is_empty());
    assert!(dates("The 27 year old envoy spoke.").is_empty());
    assert!(dates("A zero-day flaw was found.").is_empty());
    let found = dates("Cable 4\nAugust 16, 2011");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "August 16, 2011");
    let m = &dates("Talks lasted hours.")[0];
    assert_eq!(m.kind, TemporalKind::Duration);
    assert_eq!(m.amount.map(|a| a.amount), Some(None));
}

#[test]
fn seasons_fiscal_years_and_anaphora() {
    let m = &dates("The offensive came last summer.")[0];
    assert_eq!(m.text, "last summer");
    let r = m.range.expect("range");
    assert_eq!(
        (r.first.to_string(), r.last.to_string()),
        ("2024-06-01".into(), "2024-08-31".into())
    );
    let m = &dates("Exercises are planned for winter 2025.")[0];
    assert_eq!(m.text, "winter 2025");
    assert_eq!(
        m.range.map(|r| r.last.to_string()).as_deref(),
        Some("2026-02-28")
    );
    assert!(dates("Prices fall sharply.").is_empty());
    assert_eq!(value_of("Spending rose in fiscal 2024."), "2024");
    let m = &dates("Gondor replied the following day.")[0];
    assert_eq!(m.text, "following day");
    assert_eq!(m.resolution, Resolution::Unresolved);
    assert!(m.note.is_some());
    let m = &dates("Arnor had warned the previous day.")[0];
    assert_eq!(m.text, "previous day");
    assert_eq!(m.resolution, Resolution::Unresolved);
    assert_eq!(value_of("It began the day before yesterday."), "2025-07-17");
    let m = &dates("Arnor built forts in the 1940's.")[0];
    assert_eq!(m.text, "1940's");
}

#[test]
fn day_ranges_and_attributive_dates() {
    let m = &dates("Talks were held on 12-13 July.")[0];
    assert_eq!(m.text, "12-13 July");
    let r = m.range.expect("range");
    assert_eq!(
        (r.first.to_string(), r.last.to_string()),
        ("2025-07-12".into(), "2025-07-13".into())
    );
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-07")
    );
    let m = &dates("Talks were held on 3–5 March 2024.")[0];
    assert_eq!(m.resolution, Resolution::Absolute);
    assert_eq!(
        m.range.map(|r| r.last.to_string()).as_deref(),
        Some("2024-03-05")
    );
    let m = &dates("The May 9 riots were discussed.")[0];
    assert_eq!(m.text, "May 9");
    assert_eq!(
        m.value.value.map(|v| v.to_string()).as_deref(),
        Some("2025-05-09")
    );
}
