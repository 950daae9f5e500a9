//! Calendar dates written with a month name or a bare year: `July 18, 2025`, `18th of July`,
//! `18-Jul-2025`, `١٨ يوليو ٢٠٢٥`, `in March`, day ranges (`12-13 July`) and years in date
//! context (`in 2019`, `2025ء`). All-numeric dates are in [`super::numeric_dates`].

use super::cursor::{Cx, Found};
use crate::lexicon::{is_word, Lex, MonthForm, TimeUnit};
use crate::numeric::{is_stop, looks_plural};
use crate::token::{Case, Kind};
use crate::{Resolution, StatedDate, TemporalKind};
use chrono::{Datelike, NaiveDate};
use dossier_model::PartialDate;

impl Cx<'_> {
    /// `July 18, 2025`, `JUL 18`, `Jul. 18`, `July 2025`, `in July`, `كانون الثاني ٢٠٢٥`.
    pub(super) fn month_first(&self, i: usize) -> Option<Found> {
        let (month, form, j) = self.month_at(i)?;
        // `the May 9 riots`: after a determiner the date modifies the noun that follows.
        let attributive = i > 0
            && [
                "the", "a", "an", "its", "their", "his", "her", "this", "last",
            ]
            .iter()
            .any(|d| self.is(i - 1, d));
        let ambiguous_name = form == MonthForm::Ambiguous && !attributive && self.after_name(i);
        if let Some((day, k)) = self.day_at(j) {
            let k2 = self.skip_comma(k);
            if let Some((y, e)) = self.year_at(k2) {
                let mut m = self.base(i, e, TemporalKind::Date);
                if !ambiguous_name && self.absolute(&mut m, y, month, day, 0.95) {
                    return Some((m, e));
                }
            } else if !ambiguous_name
                && (attributive || !self.counted_noun_at(k))
                && !self.punct(k, ':')
            {
                let mut m = self.base(i, k, TemporalKind::Date);
                if self.yearless(&mut m, month, day, i, k) {
                    return Some((m, k));
                }
            }
        }
        let j2 = self.skip_comma(j);
        if let Some((y, e)) = self.year_at(j2) {
            if ambiguous_name {
                return None;
            }
            let mut m = self.base(i, e, TemporalKind::Date);
            let v = PartialDate::month(y, month)?;
            m.stated = StatedDate {
                year: Some(y),
                month: Some(month),
                ..StatedDate::default()
            };
            Self::set_value(&mut m, v, Resolution::Absolute, 0.9);
            return Some((m, e));
        }
        self.month_alone(i, month, form, j)
    }

    /// A month with neither day nor year: only after a date preposition (`in March`), or in
    /// Urdu before `میں`.
    pub(super) fn month_alone(
        &self,
        i: usize,
        month: u32,
        form: MonthForm,
        j: usize,
    ) -> Option<Found> {
        let t = self.tok(i)?;
        if form == MonthForm::NeedsNumber || t.case == Case::Lower {
            return None;
        }
        let prev_ok = i > 0
            && match self.toks[i - 1].lex {
                Some(Lex::DatePrep) => {
                    let p = self.word(i - 1);
                    form != MonthForm::Ambiguous
                        || !["to", "and", "for", "on", "of", "by"]
                            .iter()
                            .any(|k| is_word(p, k))
                }
                Some(Lex::Part(_)) => true,
                _ => false,
            };
        let urdu_in = t.case == Case::Uncased && self.is(j, "میں");
        if !prev_ok && !urdu_in {
            return None;
        }
        let mut m = self.base(i, j, TemporalKind::Date);
        m.stated.month = Some(month);
        if let Some((v, conf)) = self.resolve_month(month, self.tense(i, j)) {
            Self::set_value(&mut m, v, Resolution::RelativeToAnchor, conf);
        }
        Some((m, j))
    }

    /// `18 July 2025`, `18th of July`, `18-Jul-2025`, `١٨ يوليو ٢٠٢٥`, `18 جولائی 2025ء`.
    pub(super) fn day_first(&self, i: usize) -> Option<Found> {
        let (day, j) = self.day_at(i)?;
        if let Some(found) = self.day_range(i, day, j) {
            return Some(found);
        }
        let mut k = j;
        let mut sep = None;
        if self.is(k, "of") {
            k += 1;
        } else if let Some(s) = self.tok(k) {
            if let Kind::Punct(c @ ('-' | '/' | '.')) = s.kind {
                if self.glued(k - 1) && self.glued(k) {
                    sep = Some(c);
                    k += 1;
                }
            }
        }
        let (month, _form, e) = self.month_at(k)?;
        let year_pos = match sep {
            Some(c) if self.punct(e, c) && self.glued(e - 1) && self.glued(e) => Some(e + 1),
            Some(_) => None,
            None => Some(self.skip_comma(e)),
        };
        if let Some((y, ye)) = year_pos.and_then(|p| self.year_at(p)) {
            let mut m = self.base(i, ye, TemporalKind::Date);
            if self.absolute(&mut m, y, month, day, 0.95) {
                return Some((m, ye));
            }
            return None;
        }
        let mut m = self.base(i, e, TemporalKind::Date);
        self.yearless(&mut m, month, day, i, e).then_some((m, e))
    }

    /// `12-13 July`, `12–14 July 2025`: a range of days in one month.
    pub(super) fn day_range(&self, i: usize, first_day: u32, j: usize) -> Option<Found> {
        if !(self.punct(j, '-') || self.punct(j, '–')) {
            return None;
        }
        let (last_day, k) = self.day_at(j + 1)?;
        if last_day <= first_day {
            return None;
        }
        let (month, _form, e) = self.month_at(k)?;
        let e2 = self.skip_comma(e);
        let (year, end, resolution, conf) = match self.year_at(e2) {
            Some((y, ye)) => (Some(y), ye, Resolution::Absolute, 0.9),
            None => match self.resolve_month_day(month, first_day, self.tense(i, e)) {
                Some((d, conf)) => (Some(d.year()), e, Resolution::RelativeToAnchor, conf),
                None => (None, e, Resolution::Unresolved, 0.5),
            },
        };
        let mut m = self.base(i, end, TemporalKind::Date);
        m.stated = StatedDate {
            year: if resolution == Resolution::Absolute {
                year
            } else {
                None
            },
            month: Some(month),
            day: Some(first_day),
            weekday: None,
        };
        if let Some(y) = year {
            let first = NaiveDate::from_ymd_opt(y, month, first_day)?;
            let last = NaiveDate::from_ymd_opt(y, month, last_day)?;
            Self::set_range(&mut m, first, last, conf);
            m.resolution = resolution;
        }
        Some((m, end))
    }

    /// `in 2025`, `since 2019`, `2025ء`, `2025 میں`: a bare year where the context makes it one.
    pub(super) fn year_in_context(&self, i: usize) -> Option<Found> {
        let (y, e) = self.year_at(i)?;
        let suffixed = e > i + 1;
        let urdu_in = self.is(e, "میں");
        let prev_ok = i > 0 && {
            let p = &self.toks[i - 1];
            let w = p.text(self.text);
            match p.lex {
                Some(Lex::DatePrep) => {
                    const STRONG: &[&str] = &[
                        "in",
                        "since",
                        "during",
                        "until",
                        "till",
                        "circa",
                        "throughout",
                        "by",
                        "before",
                        "after",
                        "from",
                        "through",
                        "between",
                        "في",
                        "منذ",
                    ];
                    STRONG.iter().any(|s| is_word(w, s))
                        || !self.tok(e).is_some_and(|n| {
                            n.is_number()
                                || (n.is_word()
                                    && n.case == Case::Lower
                                    && n.lex.is_none()
                                    && !is_stop(n.text(self.text)))
                        })
                }
                Some(Lex::Unit(TimeUnit::Year)) => true,
                None if is_word(w, "fiscal") || is_word(w, "fy") => true,
                // `the 2014 show`, `a 2012 car crash`, `the 2014 Oscars`, not `the 2000 troops`.
                Some(Lex::Article) | None
                    if ["the", "a", "an", "its", "his", "her", "their"]
                        .iter()
                        .any(|d| is_word(w, d)) =>
                {
                    self.tok(e).is_some_and(|n| {
                        n.is_word()
                            && (n.is_capitalised()
                                || (n.lex.is_none()
                                    && !is_stop(n.text(self.text))
                                    && !looks_plural(n.text(self.text))))
                    })
                }
                _ => false,
            }
        };
        if !(suffixed || urdu_in || prev_ok) || !(1900..=2100).contains(&y) {
            return None;
        }
        let mut m = self.base(i, e, TemporalKind::Date);
        m.stated.year = Some(y);
        Self::set_value(&mut m, PartialDate::year(y), Resolution::Absolute, 0.85);
        Some((m, e))
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::{range, saturday, value, with_cx};
    use super::Found;
    use crate::Resolution;

    /// What `matcher` finds at the first token written `at` in `text`, anchored on a Saturday.
    fn found_at(
        text: &str,
        at: &str,
        matcher: impl Fn(&super::Cx<'_>, usize) -> Option<Found>,
    ) -> Option<(String, String, Resolution)> {
        with_cx(text, saturday(), |cx| {
            matcher(cx, cx.index_of(at)).map(|(m, _)| (m.text.clone(), value(&m), m.resolution))
        })
    }

    #[test]
    fn month_first_dates_with_and_without_a_year() {
        let full = found_at("Minas Tirith fell on March 15, 2025.", "March", |cx, i| {
            cx.month_first(i)
        });
        assert_eq!(
            full,
            Some((
                "March 15, 2025".into(),
                "2025-03-15".into(),
                Resolution::Absolute
            ))
        );
        let yearless = found_at(
            "The fleet sailed on Jul. 4 from Pelargir.",
            "Jul",
            |cx, i| cx.month_first(i),
        );
        assert_eq!(
            yearless,
            Some((
                "Jul. 4".into(),
                "2025-07-04".into(),
                Resolution::RelativeToAnchor
            ))
        );
        let month_year = found_at("Harvests failed in October 2024.", "October", |cx, i| {
            cx.month_first(i)
        });
        assert_eq!(
            month_year.map(|(t, v, _)| (t, v)),
            Some(("October 2024".into(), "2024-10".into()))
        );
    }

    #[test]
    fn an_ambiguous_month_after_a_name_is_part_of_the_name() {
        let name = found_at("Lady Morwen May 5 rode west.", "May", |cx, i| {
            cx.month_first(i)
        });
        assert_eq!(name, None);
        let attributive = found_at("After the May 5 raids, Arnor mourned.", "May", |cx, i| {
            cx.month_first(i)
        });
        assert_eq!(
            attributive.map(|(t, v, _)| (t, v)),
            Some(("May 5".into(), "2025-05-05".into()))
        );
    }

    #[test]
    fn a_month_alone_needs_a_date_preposition() {
        let in_march = found_at("The thaw came in March.", "March", |cx, i| {
            cx.month_first(i)
        });
        assert_eq!(
            in_march.map(|(t, v, _)| (t, v)),
            Some(("March".into(), "2025-03".into()))
        );
        assert_eq!(
            found_at("The riders march to March.", "March", |cx, i| {
                cx.month_first(i)
            }),
            None,
            "`to` does not make the ambiguous `March` a month"
        );
        assert_eq!(
            found_at("Beacons lit. July was dry.", "July", |cx, i| {
                cx.month_first(i)
            }),
            None
        );
    }

    #[test]
    fn day_first_dates_in_several_scripts() {
        let cases = [
            ("Signed the 18th of July, 2025.", "18", "2025-07-18"),
            ("Filed 18-Jul-2025 in Annúminas.", "18", "2025-07-18"),
            ("وقع في ١٨ يوليو ٢٠٢٥ في المدينة", "١٨", "2025-07-18"),
            ("The rains began 3 July at Fornost.", "3", "2025-07-03"),
        ];
        for (text, at, want) in cases {
            let got = found_at(text, at, |cx, i| cx.day_first(i));
            assert_eq!(got.map(|(_, v, _)| v).as_deref(), Some(want), "{text}");
        }
        assert_eq!(
            found_at("Filed 18-Jul 2025.", "18", |cx, i| cx.day_first(i)).map(|(t, _, _)| t),
            Some("18-Jul".into()),
            "a hyphenated date takes its year only after another hyphen"
        );
    }

    #[test]
    fn day_ranges_cover_the_days_of_one_month() {
        with_cx(
            "The moot sat 12-14 July 2025 and again 20–21 July.",
            saturday(),
            |cx| {
                let (m, _) = cx
                    .day_first(cx.index_of("12"))
                    .unwrap_or_else(|| panic!("12"));
                assert_eq!(m.text, "12-14 July 2025");
                assert_eq!(range(&m), "2025-07-12..2025-07-14");
                assert_eq!(m.resolution, Resolution::Absolute);
                let (m, _) = cx
                    .day_first(cx.index_of("20"))
                    .unwrap_or_else(|| panic!("20"));
                assert_eq!(range(&m), "2025-07-20..2025-07-21");
                assert_eq!(m.resolution, Resolution::RelativeToAnchor);
                assert_eq!(m.stated.year, None);
            },
        );
        assert_eq!(
            found_at("Scores 14-12 July", "14", |cx, i| cx.day_range(
                i,
                14,
                i + 1
            )),
            None,
            "a range runs forwards"
        );
    }

    #[test]
    fn bare_years_need_a_date_context() {
        let year = |text: &str, at: &str| {
            found_at(text, at, |cx, i| cx.year_in_context(i)).map(|(_, v, _)| v)
        };
        assert_eq!(
            year("Arnor has held since 2019.", "2019").as_deref(),
            Some("2019")
        );
        assert_eq!(
            year("The 2014 flood of Tharbad.", "2014").as_deref(),
            Some("2014")
        );
        assert_eq!(year("۲۰۲۵ء کا سال", "۲۰۲۵").as_deref(), Some("2025"));
        assert_eq!(year("The 2000 archers of Lossarnach.", "2000"), None);
        assert_eq!(year("Elrond counted 2000 arrows.", "2000"), None);
        assert_eq!(
            year("In 1850 the lamps dimmed.", "1850"),
            None,
            "before 1900"
        );
    }
}
