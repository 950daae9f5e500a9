//! The date, duration and set matchers, and their resolution against an anchor date.
//!
//! [`scan_temporal`] walks the tokens and asks, at each one, the matchers its kind and lexicon
//! entry call for. The matchers are methods of one cursor ([`cursor::Cx`]) spread over modules
//! by concern: the parts of a written date, dates with a month name, all-numeric dates,
//! weekdays, periods, relative expressions and amounts of time; the calendar arithmetic, the
//! sentence cues (tense) and the year-placing rules are shared by them.

mod calendar;
mod cursor;
mod date_parts;
mod dates;
mod durations;
mod numeric_dates;
mod periods;
mod relative;
mod resolve;
mod sentence;
mod weekdays;

use crate::lexicon::Lex;
use crate::time::time_at;
use crate::token::{Kind, Token};
use crate::{TemporalKind, TemporalMention, TemporalOptions};
use cursor::{Cx, Found};

/// Scans for temporal mentions; returns them and a mask of the tokens taken by dates,
/// durations and sets (clock times are left to the numeric scan too).
pub(crate) fn scan_temporal(
    text: &str,
    toks: &[Token],
    options: &TemporalOptions,
) -> (Vec<TemporalMention>, Vec<bool>) {
    let cx = Cx {
        text,
        toks,
        anchor: options.anchor,
        anchor_day: options.anchor.and_then(|a| a.to_naive()),
        order: options.numeric_order,
    };
    let mut out = Vec::new();
    let mut covered = vec![false; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        match cx.match_at(i) {
            Some((m, end)) => {
                let end = end.clamp(i + 1, toks.len());
                if m.kind != TemporalKind::Time {
                    for c in &mut covered[i..end] {
                        *c = true;
                    }
                }
                out.push(m);
                i = end;
            }
            None => i += 1,
        }
    }
    (out, covered)
}

impl Cx<'_> {
    /// The longest expression starting at token `i`; none that spans a line break.
    fn match_at(&self, i: usize) -> Option<Found> {
        let found = self.match_any(i)?;
        let crosses_line = self
            .toks
            .get(i + 1..found.1.min(self.toks.len()))
            .is_some_and(|inner| inner.iter().any(|t| t.newline_before));
        (!crosses_line).then_some(found)
    }

    fn match_any(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        match t.kind {
            Kind::Number => self
                .numeric_date(i)
                .or_else(|| self.day_first(i))
                .or_else(|| self.time(i))
                .or_else(|| self.amount_unit(i))
                .or_else(|| self.year_in_context(i))
                .or_else(|| self.decade(i)),
            Kind::Word => match t.lex {
                Some(Lex::Month { .. }) | Some(Lex::MonthStem(_)) => self.month_first(i),
                Some(Lex::Weekday { .. }) | Some(Lex::OnDay) => self.weekday(i),
                Some(Lex::Relative(r)) => self.relative_day(i, r),
                Some(Lex::DeicticBefore(d)) => self.deictic(i, d),
                Some(Lex::Part(p)) => self.part(i, p),
                Some(Lex::NumberWord(_)) => self.amount_unit(i),
                Some(Lex::Every) | Some(Lex::SetAdverb(_)) => self.set(i),
                Some(Lex::Recent) => self.recent(i),
                Some(Lex::Season(n)) => self.season(i, n, None),
                Some(Lex::Anaphoric) => self.anaphoric(i),
                Some(Lex::Article) | Some(Lex::Vague) => self.amount_unit(i),
                Some(Lex::Clock(_)) => self.time(i),
                Some(Lex::Weekend) => self.weekend(i, None),
                Some(Lex::Unit(u)) => self
                    .unit_then_deictic(i, u)
                    .or_else(|| self.day_before_after(i, u))
                    .or_else(|| self.bare_units(i, u)),
                _ => None,
            },
            Kind::Punct(_) => None,
        }
    }

    /// A clock time as a temporal mention.
    fn time(&self, i: usize) -> Option<Found> {
        let (time, end) = time_at(self.text, self.toks, i)?;
        let mut m = self.base(i, end, TemporalKind::Time);
        m.confidence = 0.9;
        m.time = Some(time);
        Some((m, end))
    }
}

#[cfg(test)]
mod tests {
    use super::scan_temporal;
    use crate::token::scan;
    use crate::{TemporalKind, TemporalOptions};

    #[test]
    fn dates_cover_their_tokens_and_clock_times_do_not() {
        let text = "At 10:30 am on Friday the gates of Minas Tirith closed.";
        let toks = scan(text);
        let (found, covered) = scan_temporal(text, &toks, &TemporalOptions::default());
        let kinds: Vec<(TemporalKind, &str)> =
            found.iter().map(|m| (m.kind, m.text.as_str())).collect();
        assert_eq!(
            kinds,
            [
                (TemporalKind::Time, "10:30 am"),
                (TemporalKind::Date, "Friday")
            ]
        );
        let covered_words: Vec<&str> = toks
            .iter()
            .zip(&covered)
            .filter(|(_, c)| **c)
            .map(|(t, _)| t.text(text))
            .collect();
        assert_eq!(covered_words, ["Friday"]);
    }

    #[test]
    fn no_expression_spans_a_line_break() {
        let text = "The siege of Osgiliath began on July\n18, 2025 saw it end.";
        let toks = scan(text);
        let (found, _) = scan_temporal(text, &toks, &TemporalOptions::default());
        let texts: Vec<&str> = found.iter().map(|m| m.text.as_str()).collect();
        // `July\n18, 2025` is refused whole; `July` alone is not tried again.
        assert!(texts.is_empty(), "{texts:?}");
    }
}
