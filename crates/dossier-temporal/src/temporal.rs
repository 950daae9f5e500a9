//! The date, duration and set matchers, and their resolution against an anchor date.

use crate::lexicon::{is_word, Deictic, Lex, MonthForm, MonthStem, PartOfPeriod, RelDay, TimeUnit};
use crate::numeric::{is_stop, looks_plural, number_at};
use crate::time::time_at;
use crate::token::{Case, Kind, Token};
use crate::{
    DateRange, NumericDateOrder, Resolution, StatedDate, TemporalKind, TemporalMention,
    TemporalOptions, TimeAmount,
};
use chrono::{Datelike, Days, Months, NaiveDate};
use dossier_model::{DatedValue, PartialDate};

/// The tense of the sentence around an expression, from the nearest cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Future,
    Unknown,
}

/// How a weekday is shifted: `Friday`, `last Friday`, `next Friday`, `this Friday`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WeekdayShift {
    Bare,
    Last,
    Next,
    This,
}

type Found = (TemporalMention, usize);

struct Cx<'t> {
    text: &'t str,
    toks: &'t [Token],
    anchor: Option<PartialDate>,
    anchor_day: Option<NaiveDate>,
    order: NumericDateOrder,
}

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

fn pd(d: NaiveDate) -> PartialDate {
    PartialDate::day(d)
}

/// The narrowest calendar date containing both days.
fn containing(first: NaiveDate, last: NaiveDate) -> DatedValue {
    if first.year() != last.year() {
        DatedValue::unknown()
    } else if first.month() != last.month() {
        DatedValue::known(PartialDate::year(first.year()))
    } else if first == last {
        DatedValue::known(pd(first))
    } else {
        PartialDate::month(first.year(), first.month())
            .map(DatedValue::known)
            .unwrap_or_else(DatedValue::unknown)
    }
}

fn month_index(year: i32, month: u32) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

fn from_month_index(idx: i64) -> Option<PartialDate> {
    let year = i32::try_from(idx.div_euclid(12)).ok()?;
    PartialDate::month(year, (idx.rem_euclid(12) + 1) as u32)
}

fn last_day_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

fn weekday_num(d: NaiveDate) -> u8 {
    d.weekday().num_days_from_monday() as u8
}

impl<'t> Cx<'t> {
    fn tok(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }

    fn lex(&self, i: usize) -> Option<Lex> {
        self.toks.get(i).and_then(|t| t.lex)
    }

    fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.is_word() => t.text(self.text),
            _ => "",
        }
    }

    fn is(&self, i: usize, key: &str) -> bool {
        is_word(self.word(i), key)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(c))
    }

    /// Tokens `a` and `a + 1` are adjacent with nothing between them.
    fn glued(&self, a: usize) -> bool {
        match (self.toks.get(a), self.toks.get(a + 1)) {
            (Some(x), Some(y)) => x.touches(y),
            _ => false,
        }
    }

    fn base(&self, a: usize, b: usize, kind: TemporalKind) -> TemporalMention {
        let start = self.toks[a].start;
        let end = self.toks[b - 1].end;
        TemporalMention {
            start,
            end,
            text: self.text[start..end].to_string(),
            kind,
            value: DatedValue::unknown(),
            range: None,
            resolution: Resolution::Unresolved,
            confidence: 0.5,
            stated: StatedDate::default(),
            part: None,
            time: None,
            amount: None,
            note: None,
        }
    }

    fn set_value(m: &mut TemporalMention, value: PartialDate, resolution: Resolution, conf: f32) {
        m.value = DatedValue::known(value);
        m.resolution = resolution;
        m.confidence = conf;
    }

    fn set_range(m: &mut TemporalMention, first: NaiveDate, last: NaiveDate, conf: f32) {
        m.value = containing(first, last);
        m.range = Some(DateRange {
            first: pd(first),
            last: pd(last),
        });
        m.resolution = Resolution::RelativeToAnchor;
        m.confidence = conf;
    }

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

    // ---- pieces -------------------------------------------------------------------------

    /// A day number 1-31 with an optional ordinal suffix: the day and the index after it.
    fn day_at(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tok(i)?;
        if !t.is_number() || t.digits > 2 || t.value == 0 || t.value > 31 {
            return None;
        }
        let mut j = i + 1;
        if self.glued(i) {
            let w = self.word(j);
            if ["st", "nd", "rd", "th"].iter().any(|s| is_word(w, s)) {
                j += 1;
            }
        }
        Some((t.value as u32, j))
    }

    /// A four-digit year (with Urdu `ء` or Arabic `م` glued after it): the year and the
    /// index after it.
    fn year_at(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tok(i)?;
        if !t.is_number() || t.digits != 4 || !(1800..=2199).contains(&t.value) {
            return None;
        }
        let mut j = i + 1;
        if self.glued(i) {
            let next = self.tok(j)?;
            match next.kind {
                Kind::Word => {
                    let w = next.text(self.text);
                    if w == "ء" || w == "م" {
                        j += 1;
                    } else {
                        // `1990s`, `2025th`.
                        return None;
                    }
                }
                Kind::Punct(',') | Kind::Punct('.') | Kind::Punct('\u{066B}')
                    if self
                        .tok(j + 1)
                        .is_some_and(|n| n.is_number() && next.touches(n)) =>
                {
                    return None;
                }
                Kind::Punct('%') => return None,
                _ => {}
            }
        }
        Some((t.value as i32, j))
    }

    /// A month name: its number, form, and the index after it.
    fn month_at(&self, i: usize) -> Option<(u32, MonthForm, usize)> {
        let t = self.tok(i)?;
        match t.lex? {
            Lex::Month { month, form } => {
                if t.case == Case::Lower && form != MonthForm::Full {
                    return None;
                }
                let mut j = i + 1;
                let w = t.text(self.text);
                let abbreviation =
                    w.len() <= 4 && !["june", "july", "may"].iter().any(|k| is_word(w, k));
                if abbreviation && self.punct(j, '.') && self.glued(i) {
                    j += 1;
                }
                Some((u32::from(month), form, j))
            }
            Lex::MonthStem(stem) => match self.lex(i + 1)? {
                Lex::StemOrder(n) => {
                    let month = match (stem, n) {
                        (MonthStem::Kanun, 1) => 12,
                        (MonthStem::Kanun, _) => 1,
                        (MonthStem::Tishrin, 1) => 10,
                        (MonthStem::Tishrin, _) => 11,
                    };
                    Some((month, MonthForm::Full, i + 2))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// Skips one comma (Latin or Arabic) at `j`.
    fn skip_comma(&self, j: usize) -> usize {
        if self.punct(j, ',') || self.punct(j, '\u{060C}') {
            j + 1
        } else {
            j
        }
    }

    /// A lower-case plural noun at `j` (`18 people`): the number before it counts something.
    fn counted_noun_at(&self, j: usize) -> bool {
        match self.tok(j) {
            Some(t) => {
                t.is_word()
                    && t.case == Case::Lower
                    && t.lex.is_none()
                    && !is_stop(t.text(self.text))
                    && looks_plural(t.text(self.text))
            }
            None => false,
        }
    }

    /// True when token `i` starts a sentence or line.
    fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let t = &self.toks[i];
        if t.newline_before {
            return true;
        }
        matches!(
            self.toks[i - 1].kind,
            Kind::Punct('.')
                | Kind::Punct('!')
                | Kind::Punct('?')
                | Kind::Punct(':')
                | Kind::Punct('"')
                | Kind::Punct('“')
                | Kind::Punct('(')
                | Kind::Punct('-')
                | Kind::Punct('–')
                | Kind::Punct('—')
        )
    }

    /// True when the word before `i` is a capitalised word that is not a date word and `i`
    /// does not start a sentence: `Aurat March`, `Theresa May`, `Pakistan Today`.
    fn after_name(&self, i: usize) -> bool {
        if i == 0 || self.sentence_start(i) {
            return false;
        }
        let p = &self.toks[i - 1];
        p.is_word()
            && matches!(p.case, Case::Title | Case::Upper)
            && !matches!(
                p.lex,
                Some(Lex::DatePrep)
                    | Some(Lex::Part(_))
                    | Some(Lex::DeicticBefore(_))
                    | Some(Lex::Weekday { .. })
                    | Some(Lex::Month { .. })
            )
    }

    /// The tense of the sentence around tokens `a..b`, from the nearest cue.
    fn tense(&self, a: usize, b: usize) -> Tense {
        let boundary = |k: usize| -> bool {
            let t = &self.toks[k];
            t.newline_before
                || matches!(
                    t.kind,
                    Kind::Punct('.')
                        | Kind::Punct('!')
                        | Kind::Punct('?')
                        | Kind::Punct('؟')
                        | Kind::Punct('۔')
                )
        };
        let cue = |k: usize| -> Option<Tense> {
            let t = &self.toks[k];
            if !t.is_word() {
                return None;
            }
            if t.lex == Some(Lex::FutureCue) {
                return Some(Tense::Future);
            }
            let w = t.text(self.text);
            if (is_word(w, "ll") && k > 0 && self.toks[k - 1].is_punct('\''))
                || ["گا", "گی", "گے"].contains(&w)
            {
                return Some(Tense::Future);
            }
            const PAST: &[&str] = &[
                "was", "were", "had", "did", "said", "met", "held", "told", "began", "took",
                "made", "came", "went", "gave", "saw", "left", "led", "sent", "spoke", "wrote",
                "thought", "brought", "fought", "flew", "arrived", "تھا", "تھی", "تھے", "گیا",
                "گئی", "گئے", "ہوا", "ہوئی", "ہوئے", "کہا",
            ];
            if PAST.iter().any(|p| is_word(w, p)) {
                return Some(Tense::Past);
            }
            if t.case == Case::Lower && w.len() >= 5 && w.ends_with("ed") {
                return Some(Tense::Past);
            }
            None
        };
        let mut best: Option<(usize, Tense)> = None;
        // Backwards from a.
        let mut k = a;
        let mut steps = 0;
        while k > 0 && steps < 40 {
            if boundary(k) {
                break;
            }
            k -= 1;
            steps += 1;
            if let Some(c) = cue(k) {
                best = Some((a - k, c));
                break;
            }
        }
        let mut k = b;
        let mut steps = 0;
        while k < self.toks.len() && steps < 40 {
            if boundary(k) {
                break;
            }
            if let Some(c) = cue(k) {
                let d = k + 1 - b;
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, c));
                }
                break;
            }
            k += 1;
            steps += 1;
        }
        best.map(|(_, t)| t).unwrap_or(Tense::Unknown)
    }

    // ---- resolution -----------------------------------------------------------------------

    /// Resolves a year-less month and day against the anchor.
    fn resolve_month_day(&self, month: u32, day: u32, tense: Tense) -> Option<(NaiveDate, f32)> {
        let anchor = self.anchor?;
        let Some(ad) = self.anchor_day else {
            return NaiveDate::from_ymd_opt(anchor.year, month, day).map(|d| (d, 0.6));
        };
        let this_year = NaiveDate::from_ymd_opt(ad.year(), month, day);
        let next_year = NaiveDate::from_ymd_opt(ad.year() + 1, month, day);
        let last_year = NaiveDate::from_ymd_opt(ad.year() - 1, month, day);
        if tense == Tense::Future {
            return match this_year {
                Some(d) if d >= ad => Some((d, 0.8)),
                _ => next_year.map(|d| (d, 0.75)),
            };
        }
        match this_year {
            Some(d) if d > ad + Days::new(61) => last_year.map(|d| (d, 0.8)),
            Some(d) if tense == Tense::Unknown && d + Days::new(305) < ad => {
                next_year.map(|d| (d, 0.6))
            }
            Some(d) => Some((d, 0.85)),
            // 29 February outside a leap year.
            None => last_year.map(|d| (d, 0.6)),
        }
    }

    /// Resolves a year-less month against the anchor.
    fn resolve_month(&self, month: u32, tense: Tense) -> Option<(PartialDate, f32)> {
        let anchor = self.anchor?;
        let Some(am) = anchor.month else {
            return PartialDate::month(anchor.year, month).map(|d| (d, 0.6));
        };
        let a = month_index(anchor.year, am);
        let this = month_index(anchor.year, month);
        let idx = match tense {
            Tense::Future if this < a => this + 12,
            Tense::Future => this,
            _ if this > a + 2 => this - 12,
            Tense::Unknown if this < a - 10 => this + 12,
            _ => this,
        };
        from_month_index(idx).map(|d| (d, 0.8))
    }

    /// A weekday relative to the anchor.
    fn resolve_weekday(
        &self,
        day: u8,
        shift: WeekdayShift,
        tense: Tense,
    ) -> Option<(NaiveDate, f32)> {
        let ad = self.anchor_day?;
        let a = weekday_num(ad);
        let back = u64::from((a + 7 - day) % 7); // 0..6 days back to the weekday
        let fwd = u64::from((day + 7 - a) % 7); // 0..6 days forward
        let before = |n: u64| ad.checked_sub_days(Days::new(n));
        let after = |n: u64| ad.checked_add_days(Days::new(n));
        match (shift, tense) {
            (WeekdayShift::Bare, Tense::Future) => {
                after(if fwd == 0 { 7 } else { fwd }).map(|d| (d, 0.7))
            }
            (WeekdayShift::Bare, Tense::Past) => before(back).map(|d| (d, 0.85)),
            (WeekdayShift::Bare, Tense::Unknown) => before(back).map(|d| (d, 0.75)),
            (WeekdayShift::Last, _) => before(if back == 0 { 7 } else { back }).map(|d| (d, 0.75)),
            (WeekdayShift::Next, _) => after(if fwd == 0 { 7 } else { fwd }).map(|d| (d, 0.65)),
            (WeekdayShift::This, Tense::Future) => after(fwd).map(|d| (d, 0.7)),
            (WeekdayShift::This, _) => before(back).map(|d| (d, 0.7)),
        }
    }

    /// The days of a calendar period `shift` periods from the anchor's (`-1` last, `0` this,
    /// `1` next), or the part of this period before (`Earlier`) or after (`Later`) the anchor.
    fn period(
        &self,
        unit: TimeUnit,
        shift: i32,
        partial: Option<Deictic>,
    ) -> Option<(NaiveDate, NaiveDate)> {
        let ad = self.anchor_day?;
        let (first, last) = match unit {
            TimeUnit::Week => {
                let monday = ad.checked_sub_days(Days::new(u64::from(weekday_num(ad))))?;
                let first = if shift < 0 {
                    monday.checked_sub_days(Days::new(7 * u64::from(shift.unsigned_abs())))?
                } else {
                    monday.checked_add_days(Days::new(7 * u64::from(shift.unsigned_abs())))?
                };
                (first, first.checked_add_days(Days::new(6))?)
            }
            TimeUnit::Fortnight => {
                if shift < 0 {
                    (ad.checked_sub_days(Days::new(14))?, ad.pred_opt()?)
                } else {
                    (ad.succ_opt()?, ad.checked_add_days(Days::new(14))?)
                }
            }
            TimeUnit::Month => {
                let idx = month_index(ad.year(), ad.month()) + i64::from(shift);
                let m = from_month_index(idx)?;
                let first = NaiveDate::from_ymd_opt(m.year, m.month?, 1)?;
                (first, last_day_of_month(m.year, m.month?)?)
            }
            TimeUnit::Year => {
                let y = ad.year() + shift;
                (
                    NaiveDate::from_ymd_opt(y, 1, 1)?,
                    NaiveDate::from_ymd_opt(y, 12, 31)?,
                )
            }
            _ => return None,
        };
        match partial {
            Some(Deictic::Earlier) => Some((first, ad.pred_opt()?.max(first))),
            Some(Deictic::Later) => Some((ad.succ_opt()?.min(last), last)),
            _ => Some((first, last)),
        }
    }

    /// Fills a period mention, with a value only when the anchor is precise enough.
    fn fill_period(
        &self,
        m: &mut TemporalMention,
        unit: TimeUnit,
        shift: i32,
        partial: Option<Deictic>,
        conf: f32,
    ) {
        if let Some((first, last)) = self.period(unit, shift, partial) {
            Self::set_range(m, first, last, conf);
            return;
        }
        // Month or year anchors still place month and year periods.
        let Some(anchor) = self.anchor else { return };
        match (unit, anchor.month, partial) {
            (TimeUnit::Month, Some(am), None) => {
                if let Some(v) = from_month_index(month_index(anchor.year, am) + i64::from(shift)) {
                    Self::set_value(m, v, Resolution::RelativeToAnchor, conf * 0.9);
                }
            }
            (TimeUnit::Year, _, _) => {
                Self::set_value(
                    m,
                    PartialDate::year(anchor.year + shift),
                    Resolution::RelativeToAnchor,
                    conf * 0.9,
                );
            }
            _ => {}
        }
    }

    /// A full date from year, month and day numbers with a stated flag.
    fn absolute(&self, m: &mut TemporalMention, y: i32, month: u32, day: u32, conf: f32) -> bool {
        match PartialDate::from_ymd(y, month, day) {
            Some(d) => {
                m.stated = StatedDate {
                    year: Some(y),
                    month: Some(month),
                    day: Some(day),
                    weekday: None,
                };
                Self::set_value(m, d, Resolution::Absolute, conf);
                true
            }
            None => false,
        }
    }

    /// A year-less date resolved against the anchor.
    fn yearless(&self, m: &mut TemporalMention, month: u32, day: u32, a: usize, b: usize) -> bool {
        // 30 February never exists.
        if NaiveDate::from_ymd_opt(2000, month, day).is_none() {
            return false;
        }
        m.stated = StatedDate {
            year: None,
            month: Some(month),
            day: Some(day),
            weekday: None,
        };
        if let Some((d, conf)) = self.resolve_month_day(month, day, self.tense(a, b)) {
            Self::set_value(m, pd(d), Resolution::RelativeToAnchor, conf);
        }
        true
    }

    // ---- matchers -------------------------------------------------------------------------

    /// `July 18, 2025`, `JUL 18`, `Jul. 18`, `July 2025`, `in July`, `كانون الثاني ٢٠٢٥`.
    fn month_first(&self, i: usize) -> Option<Found> {
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
    fn month_alone(&self, i: usize, month: u32, form: MonthForm, j: usize) -> Option<Found> {
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
    fn day_first(&self, i: usize) -> Option<Found> {
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
    fn day_range(&self, i: usize, first_day: u32, j: usize) -> Option<Found> {
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

    /// `2025-07-18`, `2025/07/18`, `18/07/2025`, `07/18/2025`, `19.07.2025`, `18/07/25`.
    fn numeric_date(&self, i: usize) -> Option<Found> {
        let a = self.tok(i)?;
        let s1 = self.tok(i + 1)?;
        let Kind::Punct(c) = s1.kind else { return None };
        if !matches!(c, '-' | '/' | '.') {
            return None;
        }
        let b = self.tok(i + 2)?;
        let s2 = self.tok(i + 3)?;
        let d = self.tok(i + 4)?;
        let well_formed = a.touches(s1)
            && s1.touches(b)
            && b.touches(s2)
            && s2.touches(d)
            && s2.is_punct(c)
            && b.is_number()
            && d.is_number()
            && b.digits <= 2;
        if !well_formed {
            return None;
        }
        // A longer run (`1.2.3.4`, phone numbers) is not a date.
        if let (Some(s3), Some(n)) = (self.tok(i + 5), self.tok(i + 6)) {
            if d.touches(s3)
                && s3.touches(n)
                && n.is_number()
                && matches!(s3.kind, Kind::Punct('-' | '/' | '.'))
            {
                return None;
            }
        }
        let end = i + 5;
        let mut m = self.base(i, end, TemporalKind::Date);
        if a.digits == 4 && d.digits <= 2 {
            let y = a.value as i32;
            if !(1800..=2199).contains(&y) {
                return None;
            }
            let conf = if c == '-' { 0.99 } else { 0.95 };
            return self
                .absolute(&mut m, y, b.value as u32, d.value as u32, conf)
                .then_some((m, end));
        }
        if a.digits > 2 {
            return None;
        }
        let y = match d.digits {
            4 if (1800..=2199).contains(&d.value) => d.value as i32,
            2 if c != '.' => 2000 + d.value as i32,
            _ => return None,
        };
        let year_conf = if d.digits == 2 { 0.85 } else { 1.0 };
        let (p, q) = (a.value as u32, b.value as u32);
        let (month, day, conf, note) = if p > 12 && q <= 12 {
            (q, p, 0.9, None)
        } else if q > 12 && p <= 12 {
            (p, q, 0.9, None)
        } else if p == q {
            (p, p, 0.9, None)
        } else if p > 12 && q > 12 {
            return None;
        } else {
            match self.order {
                NumericDateOrder::DayFirst => (q, p, 0.8, None),
                NumericDateOrder::MonthFirst => (p, q, 0.8, None),
                NumericDateOrder::Unknown => (
                    q,
                    p,
                    0.4,
                    Some("day and month order is ambiguous; read day-first"),
                ),
            }
        };
        if !self.absolute(&mut m, y, month, day, conf * year_conf) {
            return None;
        }
        m.note = note.map(str::to_string);
        Some((m, end))
    }

    /// A clock time as a temporal mention.
    fn time(&self, i: usize) -> Option<Found> {
        let (time, end) = time_at(self.text, self.toks, i)?;
        let mut m = self.base(i, end, TemporalKind::Time);
        m.confidence = 0.9;
        m.time = Some(time);
        Some((m, end))
    }

    /// `in 2025`, `since 2019`, `2025ء`, `2025 میں`: a bare year where the context makes it one.
    fn year_in_context(&self, i: usize) -> Option<Found> {
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

    /// `Friday`, `Friday, July 18`, `Friday night`, `بروز جمعہ`, `يوم الجمعة`, `الجمعة الماضية`.
    fn weekday(&self, i: usize) -> Option<Found> {
        let (w, on_day) = match self.lex(i)? {
            Lex::OnDay => (i + 1, true),
            _ => (i, false),
        };
        let t = self.tok(w)?;
        let Lex::Weekday { day, needs_date } = t.lex? else {
            return None;
        };
        if t.case == Case::Lower {
            return None;
        }
        let mut j = self.skip_comma(w + 1);
        if self.is(j, "the") {
            j += 1;
        }
        let dated = self
            .month_first(j)
            .or_else(|| self.day_first(j))
            .or_else(|| self.numeric_date(j))
            .filter(|(m, _)| m.stated.day.is_some());
        if let Some((dm, e)) = dated {
            let mut m = self.base(i, e, TemporalKind::Date);
            m.stated = dm.stated;
            m.stated.weekday = Some(day);
            m.value = dm.value;
            m.resolution = dm.resolution;
            m.confidence = dm.confidence;
            m.note = dm.note;
            if let Some(d) = dm.value.value.and_then(|v| v.to_naive()) {
                if weekday_num(d) != day {
                    // A year taken from the anchor may be the wrong one: try its neighbours.
                    let fixed = (dm.stated.year.is_none())
                        .then(|| {
                            [-1, 1].into_iter().find_map(|dy| {
                                NaiveDate::from_ymd_opt(d.year() + dy, d.month(), d.day())
                                    .filter(|c| weekday_num(*c) == day)
                            })
                        })
                        .flatten();
                    match fixed {
                        Some(c) => {
                            m.value = DatedValue::known(pd(c));
                            m.confidence = 0.7;
                        }
                        None => {
                            m.confidence *= 0.5;
                            m.note = Some("weekday does not match the date".into());
                        }
                    }
                }
            }
            return Some((m, e));
        }
        if needs_date && !on_day {
            return None;
        }
        let mut end = w + 1;
        let mut shift = WeekdayShift::Bare;
        if let Some(Lex::DeicticAfter(d)) = self.lex(end) {
            shift = match d {
                Deictic::Last | Deictic::Past => WeekdayShift::Last,
                Deictic::Next => WeekdayShift::Next,
                _ => WeekdayShift::This,
            };
            end += 1;
        } else if self.lex(end) == Some(Lex::DayPart)
            && self.tok(end).is_some_and(|t| t.case == Case::Lower)
        {
            end += 1;
        }
        Some(self.relative_weekday(i, end, day, shift))
    }

    fn relative_weekday(&self, a: usize, b: usize, day: u8, shift: WeekdayShift) -> Found {
        let mut m = self.base(a, b, TemporalKind::Date);
        m.stated.weekday = Some(day);
        if let Some((d, conf)) = self.resolve_weekday(day, shift, self.tense(a, b)) {
            Self::set_value(&mut m, pd(d), Resolution::RelativeToAnchor, conf);
        }
        (m, b)
    }

    /// today, yesterday, tomorrow, tonight, آج, کل, أمس, اليوم, غدا (with `morning` etc.).
    fn relative_day(&self, i: usize, r: RelDay) -> Option<Found> {
        let t = self.tok(i)?;
        if t.case == Case::Title && self.after_name(i) {
            return None;
        }
        let mut end = i + 1;
        let mut offset: i64 = match r {
            RelDay::Today | RelDay::Tonight => 0,
            RelDay::Yesterday => -1,
            RelDay::Tomorrow => 1,
            RelDay::UrduKal => match self.tense(i, i + 1) {
                Tense::Past => -1,
                Tense::Future => 1,
                Tense::Unknown => {
                    let mut m = self.base(i, end, TemporalKind::Date);
                    m.confidence = 0.3;
                    m.note = Some("کل is yesterday or tomorrow and the tense does not tell".into());
                    return Some((m, end));
                }
            },
        };
        // أمس الأول: the day before yesterday.
        if r == RelDay::Yesterday && self.lex(end) == Some(Lex::StemOrder(1)) {
            offset = -2;
            end += 1;
        }
        if self.lex(end) == Some(Lex::DayPart)
            && self.tok(end).is_some_and(|t| t.case == Case::Lower)
        {
            end += 1;
        }
        let conf = match r {
            RelDay::UrduKal => 0.5,
            _ if t.case == Case::Uncased && r == RelDay::Today => 0.7,
            _ => 0.95,
        };
        let mut m = self.base(i, end, TemporalKind::Date);
        if let Some(ad) = self.anchor_day {
            let d = if offset < 0 {
                ad.checked_sub_days(Days::new(offset.unsigned_abs()))
            } else {
                ad.checked_add_days(Days::new(offset as u64))
            };
            if let Some(d) = d {
                Self::set_value(&mut m, pd(d), Resolution::RelativeToAnchor, conf);
            }
        }
        Some((m, end))
    }

    /// `last Friday`, `next week`, `this month`, `last year`, `last night`, `this morning`,
    /// `earlier this week`, `later this month`, `the past two weeks`, `last July`,
    /// `گزشتہ روز`, `گزشتہ ہفتے`, `اس سال`.
    fn deictic(&self, i: usize, d: Deictic) -> Option<Found> {
        let t = self.tok(i)?;
        if d == Deictic::Earlier || d == Deictic::Later {
            if self.lex(i + 1) == Some(Lex::DeicticBefore(Deictic::This)) {
                if let Some(Lex::Unit(u @ (TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))) =
                    self.lex(i + 2)
                {
                    let mut m = self.base(i, i + 3, TemporalKind::Date);
                    self.fill_period(&mut m, u, 0, Some(d), 0.85);
                    return Some((m, i + 3));
                }
            }
            if self.lex(i + 1) == Some(Lex::Relative(RelDay::Today)) {
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if let Some(ad) = self.anchor_day {
                    Self::set_value(&mut m, pd(ad), Resolution::RelativeToAnchor, 0.9);
                }
                return Some((m, i + 2));
            }
            return None;
        }
        let shift: i32 = match d {
            Deictic::Last | Deictic::Past => -1,
            Deictic::Next => 1,
            _ => 0,
        };
        let n = self.tok(i + 1)?;
        let urdu = t.case == Case::Uncased;
        match n.lex {
            Some(Lex::Weekday { day, .. }) if urdu && (day == 5) && n.case == Case::Uncased => {
                // Urdu ہفتے after a deictic is "week".
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                self.fill_period(&mut m, TimeUnit::Week, shift, None, 0.8);
                Some((m, i + 2))
            }
            Some(Lex::Weekday { day, .. }) if n.case != Case::Lower => {
                let ws = match d {
                    Deictic::Last | Deictic::Past => WeekdayShift::Last,
                    Deictic::Next => WeekdayShift::Next,
                    _ => WeekdayShift::This,
                };
                let mut end = i + 2;
                if self.lex(end) == Some(Lex::DayPart) {
                    end += 1;
                }
                Some(self.relative_weekday(i, end, day, ws))
            }
            Some(Lex::Unit(
                u @ (TimeUnit::Week | TimeUnit::Month | TimeUnit::Year | TimeUnit::Fortnight),
            )) => {
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if d == Deictic::Past {
                    // `the past week`: the days up to the anchor.
                    if let Some(ad) = self.anchor_day {
                        let back = match u {
                            TimeUnit::Week => ad.checked_sub_days(Days::new(7)),
                            TimeUnit::Fortnight => ad.checked_sub_days(Days::new(14)),
                            TimeUnit::Month => ad.checked_sub_months(Months::new(1)),
                            _ => ad.checked_sub_months(Months::new(12)),
                        };
                        if let (Some(first), Some(last)) = (back, ad.pred_opt()) {
                            Self::set_range(&mut m, first, last, 0.8);
                        }
                    }
                } else {
                    self.fill_period(&mut m, u, shift, None, 0.85);
                }
                Some((m, i + 2))
            }
            Some(Lex::Season(n)) => self.season(i + 1, n, Some(shift)).map(|(mut m, e)| {
                let start = self.toks[i].start;
                m.start = start;
                m.text = self.text[start..m.end].to_string();
                (m, e)
            }),
            Some(Lex::Unit(TimeUnit::Day)) | Some(Lex::DayPart)
                if i > 0 && self.is(i - 1, "the") && matches!(d, Deictic::Past | Deictic::Next) =>
            {
                // `the previous day`, `the next morning`: relative to another event.
                Some(self.anaphoric_at(i, i + 2))
            }
            Some(Lex::Weekend) => self.weekend(i + 1, Some(shift)).map(|(mut m, e)| {
                let start = self.toks[i].start;
                m.start = start;
                m.text = self.text[start..m.end].to_string();
                (m, e)
            }),
            Some(Lex::DayWord) if urdu => {
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if let Some(ad) = self.anchor_day {
                    let day = if shift < 0 {
                        ad.pred_opt()
                    } else {
                        ad.succ_opt()
                    };
                    if let Some(day) = day {
                        Self::set_value(&mut m, pd(day), Resolution::RelativeToAnchor, 0.85);
                    }
                }
                Some((m, i + 2))
            }
            Some(Lex::DayPart) if matches!(d, Deictic::Last | Deictic::This) => {
                let night = self.is(i + 1, "night");
                if d == Deictic::Last && !night {
                    return None;
                }
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                if let Some(ad) = self.anchor_day {
                    let (day, conf) = if d == Deictic::Last {
                        (ad.pred_opt(), 0.7)
                    } else {
                        (Some(ad), 0.9)
                    };
                    if let Some(day) = day {
                        Self::set_value(&mut m, pd(day), Resolution::RelativeToAnchor, conf);
                    }
                }
                Some((m, i + 2))
            }
            Some(Lex::Month { month, form })
                if n.case != Case::Lower && form != MonthForm::NeedsNumber =>
            {
                // `last July`, `next March`.
                let mut m = self.base(i, i + 2, TemporalKind::Date);
                m.stated.month = Some(month as u32);
                if let Some(anchor) = self.anchor {
                    let a = month_index(anchor.year, anchor.month.unwrap_or(6));
                    let this = month_index(anchor.year, u32::from(month));
                    let idx = match d {
                        Deictic::Last | Deictic::Past if this >= a => this - 12,
                        Deictic::Next if this <= a => this + 12,
                        _ => this,
                    };
                    if let Some(v) = from_month_index(idx) {
                        let conf = if anchor.month.is_some() { 0.8 } else { 0.5 };
                        Self::set_value(&mut m, v, Resolution::RelativeToAnchor, conf);
                    }
                }
                Some((m, i + 2))
            }
            _ if matches!(d, Deictic::Past | Deictic::Last) => {
                // `the past two weeks`, `the last three days`, `the past few days`.
                let (amount, unit, end) = self.amount_and_unit(i + 1)?;
                let mut m = self.base(i, end, TemporalKind::Duration);
                m.amount = Some(TimeAmount { amount, unit });
                m.confidence = 0.8;
                if let (Some(ad), Some(n)) = (self.anchor_day, amount) {
                    let n = n.round() as u64;
                    let first = match unit {
                        TimeUnit::Day => ad.checked_sub_days(Days::new(n)),
                        TimeUnit::Week => ad.checked_sub_days(Days::new(7 * n)),
                        TimeUnit::Month => ad.checked_sub_months(Months::new(n as u32)),
                        TimeUnit::Year => ad.checked_sub_months(Months::new(12 * n as u32)),
                        _ => None,
                    };
                    if let (Some(first), Some(last)) = (first, ad.pred_opt()) {
                        m.range = Some(DateRange {
                            first: pd(first),
                            last: pd(last),
                        });
                        m.resolution = Resolution::RelativeToAnchor;
                    }
                }
                Some((m, end))
            }
            _ => None,
        }
    }

    /// Arabic `الأسبوع الماضي`, `الشهر المقبل`, `العام الماضي`.
    fn unit_then_deictic(&self, i: usize, u: TimeUnit) -> Option<Found> {
        if let Some(Lex::DeicticAfter(d)) = self.lex(i + 1) {
            let shift = match d {
                Deictic::Last | Deictic::Past => -1,
                Deictic::Next => 1,
                _ => 0,
            };
            let mut m = self.base(i, i + 2, TemporalKind::Date);
            self.fill_period(&mut m, u, shift, None, 0.85);
            return Some((m, i + 2));
        }
        None
    }

    /// `early March`, `mid-July 2025`, `late 2024`, `mid-2025`, `the end of July`,
    /// `the beginning of 2026`, `the end of the year`.
    fn part(&self, i: usize, p: PartOfPeriod) -> Option<Found> {
        let w = self.word(i);
        let direct = ["early", "mid", "late"].iter().any(|k| is_word(w, k));
        let mut k = i + 1;
        if direct {
            if self.punct(k, '-') && self.glued(i) && self.glued(k) {
                k += 1;
            }
        } else {
            if !self.is(k, "of") {
                return None;
            }
            k += 1;
            if self.is(k, "the") {
                k += 1;
            }
        }
        if let Some((month, form, e)) = self.month_at(k) {
            if form == MonthForm::NeedsNumber && !direct {
                return None;
            }
            let e2 = self.skip_comma(e);
            let mut m;
            let end;
            if let Some((y, ye)) = self.year_at(e2) {
                m = self.base(i, ye, TemporalKind::Date);
                end = ye;
                m.stated.year = Some(y);
                if let Some(v) = PartialDate::month(y, month) {
                    Self::set_value(&mut m, v, Resolution::Absolute, 0.85);
                }
            } else {
                m = self.base(i, e, TemporalKind::Date);
                end = e;
                if let Some((v, conf)) = self.resolve_month(month, self.tense(i, e)) {
                    Self::set_value(&mut m, v, Resolution::RelativeToAnchor, conf * 0.95);
                }
            }
            m.stated.month = Some(month);
            m.part = Some(p);
            return Some((m, end));
        }
        if let Some((y, e)) = self.year_at(k) {
            let mut m = self.base(i, e, TemporalKind::Date);
            m.stated.year = Some(y);
            m.part = Some(p);
            Self::set_value(&mut m, PartialDate::year(y), Resolution::Absolute, 0.85);
            return Some((m, e));
        }
        if !direct {
            // `the end of the year`, `the end of the month`, `the end of next week`.
            let (shift, u_at) = match self.lex(k) {
                Some(Lex::DeicticBefore(Deictic::Next)) => (1, k + 1),
                Some(Lex::DeicticBefore(Deictic::Last | Deictic::Past)) => (-1, k + 1),
                Some(Lex::DeicticBefore(Deictic::This)) => (0, k + 1),
                _ => (0, k),
            };
            if let Some(Lex::Unit(u @ (TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))) =
                self.lex(u_at)
            {
                let mut m = self.base(i, u_at + 1, TemporalKind::Date);
                m.part = Some(p);
                self.fill_period(&mut m, u, shift, None, 0.75);
                return Some((m, u_at + 1));
            }
        }
        None
    }

    /// An amount and a calendar unit at `i`: `three days`, `48 hours`, `a week`, `two-day`,
    /// `a few days`. Returns the amount (`None` when vague), the unit and the index after.
    fn amount_and_unit(&self, i: usize) -> Option<(Option<f64>, TimeUnit, usize)> {
        let (amount, j) = if self.lex(i) == Some(Lex::Article) {
            if self.lex(i + 1) == Some(Lex::Vague) {
                let j = if is_word(self.word(i + 2), "of") {
                    i + 3
                } else {
                    i + 2
                };
                (None, j)
            } else {
                (Some(1.0), i + 1)
            }
        } else if self.lex(i) == Some(Lex::Vague) {
            (None, i + 1)
        } else {
            let n = number_at(self.text, self.toks, i, false)?;
            let mut j = n.end;
            if self.punct(j, '-') && self.glued(j - 1) && self.glued(j) {
                j += 1;
            }
            (n.value, j)
        };
        match self.lex(j) {
            Some(Lex::Unit(u)) if self.tok(j).is_some_and(|t| t.case != Case::Uncased) => {
                Some((amount, u, j + 1))
            }
            _ => None,
        }
    }

    /// `two days ago`, `a week ago`, and durations: `three days`, `48 hours`, `two-day`.
    fn amount_unit(&self, i: usize) -> Option<Found> {
        let (amount, unit, end) = self.amount_and_unit(i)?;
        // `26-year-old`, `27 year old`: an age, not a time; `zero-day`: not a time either.
        let age = self.is(end, "old")
            || (self.punct(end, '-') && self.glued(end - 1) && self.is(end + 1, "old"));
        if age || amount == Some(0.0) {
            return None;
        }
        if self.lex(end) == Some(Lex::Ago) {
            let e = end + 1;
            let mut m = self.base(i, e, TemporalKind::Date);
            let Some(n) = amount else {
                m.confidence = 0.5;
                m.note = Some("vague amount".into());
                return Some((m, e));
            };
            let (Some(ad), Some(anchor)) = (self.anchor_day, self.anchor) else {
                return Some((m, e));
            };
            let n64 = n.round().max(0.0) as u64;
            let n32 = u32::try_from(n64).unwrap_or(u32::MAX);
            let (value, conf) = match unit {
                TimeUnit::Second | TimeUnit::Minute | TimeUnit::Hour => (Some(pd(ad)), 0.8),
                TimeUnit::Day => (ad.checked_sub_days(Days::new(n64)).map(pd), 0.9),
                TimeUnit::Week => (ad.checked_sub_days(Days::new(7 * n64)).map(pd), 0.7),
                TimeUnit::Fortnight => (ad.checked_sub_days(Days::new(14 * n64)).map(pd), 0.7),
                TimeUnit::Month => (
                    from_month_index(month_index(anchor.year, ad.month()) - i64::from(n32)),
                    0.75,
                ),
                TimeUnit::Year => (Some(PartialDate::year(anchor.year - n32 as i32)), 0.75),
                TimeUnit::Decade => (Some(PartialDate::year(anchor.year - 10 * n32 as i32)), 0.5),
            };
            if let Some(v) = value {
                Self::set_value(&mut m, v, Resolution::RelativeToAnchor, conf);
            }
            return Some((m, e));
        }
        // `a week` alone is a duration only after `for`, `over`, `within`.
        if self.lex(i) == Some(Lex::Article) {
            let prev = if i > 0 { self.word(i - 1) } else { "" };
            if ![
                "for", "over", "within", "in", "after", "nearly", "about", "almost",
            ]
            .iter()
            .any(|k| is_word(prev, k))
            {
                return None;
            }
        }
        let mut m = self.base(i, end, TemporalKind::Duration);
        m.amount = Some(TimeAmount { amount, unit });
        m.confidence = 0.85;
        Some((m, end))
    }

    /// `every Friday`, `every two years`, `each month`, `daily`, `weekly`.
    fn set(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if let Some(Lex::SetAdverb(u)) = t.lex {
            if t.case != Case::Lower {
                return None;
            }
            let mut m = self.base(i, i + 1, TemporalKind::Set);
            m.amount = Some(TimeAmount {
                amount: Some(1.0),
                unit: u,
            });
            m.confidence = 0.8;
            return Some((m, i + 1));
        }
        let n = self.tok(i + 1)?;
        match n.lex {
            Some(Lex::Weekday { day, needs_date }) if !needs_date && n.case != Case::Lower => {
                let mut m = self.base(i, i + 2, TemporalKind::Set);
                m.stated.weekday = Some(day);
                m.amount = Some(TimeAmount {
                    amount: Some(1.0),
                    unit: TimeUnit::Week,
                });
                m.confidence = 0.85;
                Some((m, i + 2))
            }
            Some(Lex::Unit(u)) => {
                let mut m = self.base(i, i + 2, TemporalKind::Set);
                m.amount = Some(TimeAmount {
                    amount: Some(1.0),
                    unit: u,
                });
                m.confidence = 0.85;
                Some((m, i + 2))
            }
            _ => {
                let (amount, unit, end) = self.amount_and_unit(i + 1)?;
                let mut m = self.base(i, end, TemporalKind::Set);
                m.amount = Some(TimeAmount { amount, unit });
                m.confidence = 0.85;
                Some((m, end))
            }
        }
    }

    /// `the 1950s`, `1990s`: a decade as a range of years.
    fn decade(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.digits != 4 || t.value % 10 != 0 || !(1000..=2190).contains(&t.value) {
            return None;
        }
        let end = if self.glued(i) && self.word(i + 1) == "s" {
            i + 2
        } else if self.glued(i)
            && (self.punct(i + 1, '\'') || self.punct(i + 1, '’'))
            && self.glued(i + 1)
            && self.word(i + 2) == "s"
        {
            i + 3
        } else {
            return None;
        };
        let y = t.value as i32;
        let mut m = self.base(i, end, TemporalKind::Date);
        m.stated.year = Some(y);
        if let (Some(first), Some(last)) = (
            NaiveDate::from_ymd_opt(y, 1, 1),
            NaiveDate::from_ymd_opt(y + 9, 12, 31),
        ) {
            m.range = Some(DateRange {
                first: pd(first),
                last: pd(last),
            });
            m.resolution = Resolution::Absolute;
            m.confidence = 0.8;
        }
        Some((m, end))
    }

    /// `the weekend`, `at the weekend` (by tense), `this/last/next weekend` (with `shift`):
    /// Saturday and Sunday.
    fn weekend(&self, i: usize, shift: Option<i32>) -> Option<Found> {
        if shift.is_none() && !(i > 0 && self.is(i - 1, "the")) {
            return None;
        }
        let mut m = self.base(i, i + 1, TemporalKind::Date);
        let Some(ad) = self.anchor_day else {
            return Some((m, i + 1));
        };
        let a = i64::from(weekday_num(ad));
        // Saturday of the anchor's week (Monday first), in days from the anchor.
        let this_saturday = 5 - a;
        let offset = match shift {
            Some(s) => this_saturday + 7 * i64::from(s),
            None => match self.tense(i, i + 1) {
                Tense::Future if this_saturday >= 0 => this_saturday,
                Tense::Future => this_saturday + 7,
                _ if this_saturday <= 0 => this_saturday,
                _ => this_saturday - 7,
            },
        };
        let saturday = if offset < 0 {
            ad.checked_sub_days(Days::new(offset.unsigned_abs()))
        } else {
            ad.checked_add_days(Days::new(offset as u64))
        };
        if let Some(sat) = saturday {
            if let Some(sun) = sat.succ_opt() {
                let conf = if shift.is_some() { 0.8 } else { 0.7 };
                Self::set_range(&mut m, sat, sun, conf);
            }
        }
        Some((m, i + 1))
    }

    /// `hours`, `days`, `weeks`, `years`, `decades` on their own: a vague duration.
    fn bare_units(&self, i: usize, u: TimeUnit) -> Option<Found> {
        let t = self.tok(i)?;
        let w = t.text(self.text);
        if t.case != Case::Lower || !w.ends_with('s') || w.len() < 4 {
            return None;
        }
        let mut m = self.base(i, i + 1, TemporalKind::Duration);
        m.amount = Some(TimeAmount {
            amount: None,
            unit: u,
        });
        m.confidence = 0.6;
        Some((m, i + 1))
    }

    /// `summer 2024`, `the summer of 2024`, `last winter`, `this spring` (with `shift`).
    /// Seasons are the northern-hemisphere meteorological ones; winter starts in December.
    fn season(&self, i: usize, n: u8, shift: Option<i32>) -> Option<Found> {
        let t = self.tok(i)?;
        let mut k = i + 1;
        if self.is(k, "of") {
            k += 1;
        }
        let stated_year = self.year_at(k);
        let (year, end, resolution, conf) = match (stated_year, shift) {
            (Some((y, e)), None) => (y, e, Resolution::Absolute, 0.8),
            (None, Some(s)) => {
                let anchor = self.anchor;
                let Some(anchor) = anchor else {
                    return Some((self.base(i, i + 1, TemporalKind::Date), i + 1));
                };
                // The season's index in the anchor's year, and the anchor's own season.
                let am = anchor.month.unwrap_or(6);
                let current = match am {
                    3..=5 => 0,
                    6..=8 => 1,
                    9..=11 => 2,
                    _ => 3,
                };
                // Winter is labelled by the year it starts in.
                let base_year = if am <= 2 {
                    anchor.year - 1
                } else {
                    anchor.year
                };
                let mut y = base_year;
                match s {
                    -1 if n >= current => y -= 1,
                    1 if n <= current => y += 1,
                    _ => {}
                }
                (y, i + 1, Resolution::RelativeToAnchor, 0.7)
            }
            _ => return None,
        };
        if t.case == Case::Upper {
            return None;
        }
        let months = [(3, 5), (6, 8), (9, 11), (12, 2)];
        let (fm, lm) = months[usize::from(n.min(3))];
        let last_year = if n == 3 { year + 1 } else { year };
        let first = NaiveDate::from_ymd_opt(year, fm, 1)?;
        let last = last_day_of_month(last_year, lm)?;
        let mut m = self.base(i, end, TemporalKind::Date);
        Self::set_range(&mut m, first, last, conf);
        m.resolution = resolution;
        if let Some((y, _)) = stated_year {
            m.stated.year = Some(y);
        }
        Some((m, end))
    }

    /// A date relative to another event in the text, not to the anchor.
    fn anaphoric_at(&self, a: usize, b: usize) -> Found {
        let mut m = self.base(a, b, TemporalKind::Date);
        m.confidence = 0.6;
        m.note = Some("relative to another event in the text".into());
        (m, b)
    }

    /// `the following day`, `the same week`, `the prior year`.
    fn anaphoric(&self, i: usize) -> Option<Found> {
        if i == 0 || !self.is(i - 1, "the") {
            return None;
        }
        match self.lex(i + 1) {
            Some(Lex::Unit(TimeUnit::Day | TimeUnit::Week | TimeUnit::Month | TimeUnit::Year))
            | Some(Lex::DayPart)
            | Some(Lex::Weekend) => Some(self.anaphoric_at(i, i + 2)),
            _ => None,
        }
    }

    /// `the day before`, `the day after`, and `the day before yesterday`.
    fn day_before_after(&self, i: usize, u: TimeUnit) -> Option<Found> {
        if u != TimeUnit::Day || i == 0 || !self.is(i - 1, "the") || !self.is(i, "day") {
            return None;
        }
        let before = self.is(i + 1, "before");
        if !before && !self.is(i + 1, "after") {
            return None;
        }
        let rel = self.lex(i + 2);
        let offset: i64 = match (before, rel) {
            (true, Some(Lex::Relative(RelDay::Yesterday))) => -2,
            (false, Some(Lex::Relative(RelDay::Tomorrow))) => 2,
            _ => return Some(self.anaphoric_at(i, i + 2)),
        };
        let mut m = self.base(i, i + 3, TemporalKind::Date);
        if let Some(ad) = self.anchor_day {
            let d = if offset < 0 {
                ad.checked_sub_days(Days::new(2))
            } else {
                ad.checked_add_days(Days::new(2))
            };
            if let Some(d) = d {
                Self::set_value(&mut m, pd(d), Resolution::RelativeToAnchor, 0.9);
            }
        }
        Some((m, i + 3))
    }

    /// `recent`, `recently`: a past time with no date.
    fn recent(&self, i: usize) -> Option<Found> {
        let t = self.tok(i)?;
        if t.case == Case::Upper || t.case == Case::Title && !self.sentence_start(i) {
            return None;
        }
        let mut m = self.base(i, i + 1, TemporalKind::Date);
        m.confidence = 0.5;
        m.note = Some("vague: no date".into());
        Some((m, i + 1))
    }
}
