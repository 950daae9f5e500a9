//! The words the matchers look for, in English, Urdu and Arabic, keyed by a normalised form:
//! ASCII lower case; Arabic-script letter variants folded (`أ إ آ` to `ا`, `ة ہ ە ھ` to `ه`,
//! `ی ى` to `ي`, `ک` to `ك`) and short vowels and tatweel dropped, so that Urdu and Arabic
//! spellings of one word meet.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// How freely a month name may be read as a month (see [`dossier_lexicon::MonthForm`]).
pub(crate) use dossier_lexicon::MonthForm;

/// The stem of a two-word Levantine month name (كانون, تشرين), as spelled in
/// dossier-lexicon's data; [`dossier_lexicon::levantine_month`] gives the month it names with
/// an order word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LevantineStem(pub(crate) &'static str);

/// Words that place a day relative to the anchor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RelDay {
    Today,
    Yesterday,
    Tomorrow,
    Tonight,
    /// Urdu کل: yesterday or tomorrow, by tense.
    UrduKal,
}

/// Calendar units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
}

/// Words that shift a unit or weekday: `last week`, `next Friday`, `الأسبوع الماضي`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Deictic {
    Last,
    This,
    Next,
    /// `past`, `previous`: like `last`, and for durations (`the past two weeks`).
    Past,
    Earlier,
    Later,
}

/// Early / mid / late part of a month or year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PartOfPeriod {
    Early,
    Mid,
    Late,
}

/// A lexicon entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lex {
    Month {
        month: u8,
        form: MonthForm,
    },
    MonthStem(LevantineStem),
    /// الأول (1) / الثاني (2) after a month stem.
    StemOrder(u8),
    /// 0 = Monday .. 6 = Sunday. `needs_date`: an abbreviation or a word with another
    /// meaning (`Sun`, Urdu `ہفتہ` also "week"), a weekday only next to a date or after `بروز`.
    Weekday {
        day: u8,
        needs_date: bool,
    },
    Relative(RelDay),
    Unit(TimeUnit),
    /// A deictic that comes before its noun (English, Urdu).
    DeicticBefore(Deictic),
    /// A deictic that comes after its noun (Arabic: الماضي, المقبل).
    DeicticAfter(Deictic),
    /// `early`, `mid`, `late`, and `beginning`/`start`, `middle`, `end` (read with `of`).
    Part(PartOfPeriod),
    Ago,
    /// morning, afternoon, evening, night.
    DayPart,
    NumberWord(u32),
    Scale(u64),
    /// Prepositions that put a bare year or month into date context.
    DatePrep,
    /// every, each.
    Every,
    /// daily, weekly, monthly, annually, yearly.
    SetAdverb(TimeUnit),
    /// recent, recently.
    Recent,
    /// A time zone abbreviation (upper case in text).
    Zone,
    /// A currency code or a prefix abbreviation (`USD`, `PKR`, `Rs`).
    CurrencyCode(&'static str),
    /// A currency named after the number (`rupees`, `dollars`).
    CurrencyWord(&'static str),
    /// percent, percentage.
    Percent,
    /// A word that puts the sentence in the future: will, shall, upcoming, scheduled ...
    FutureCue,
    /// Urdu بروز / Arabic يوم before a weekday: "on the day".
    OnDay,
    /// Urdu and Arabic day words that take a deictic: روز, دن.
    DayWord,
    /// a, an.
    Article,
    /// few, several, many, couple: an amount without a number.
    Vague,
    /// hundreds, thousands, dozens, millions (`hundreds of troops`).
    VagueCount,
    /// noon, midday (12), midnight (0).
    Clock(u8),
    /// weekend.
    Weekend,
    /// 0 spring, 1 summer, 2 autumn, 3 winter (northern hemisphere months).
    Season(u8),
    /// following, prior, same, preceding, subsequent: `the following day`.
    Anaphoric,
}

/// Writes the normalised form of `word` into `buf` as UTF-8 bytes; `None` when it does not
/// fit.
pub(crate) fn normalise_bytes<'a>(word: &str, buf: &'a mut [u8; 64]) -> Option<&'a [u8]> {
    if word.is_ascii() {
        let b = word.as_bytes();
        if b.len() > buf.len() {
            return None;
        }
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        return Some(&buf[..b.len()]);
    }
    let mut n = 0usize;
    for c in word.chars() {
        let m = match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => '\u{0627}',
            '\u{0629}' | '\u{06C1}' | '\u{06C2}' | '\u{06D5}' | '\u{06BE}' => '\u{0647}',
            '\u{06CC}' | '\u{0649}' | '\u{06D0}' => '\u{064A}',
            '\u{06A9}' => '\u{0643}',
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' => continue,
            c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
            c => c,
        };
        let len = m.len_utf8();
        if n + len > buf.len() {
            return None;
        }
        m.encode_utf8(&mut buf[n..n + len]);
        n += len;
    }
    Some(&buf[..n])
}

/// The normalised form of `word` as a string, written into `buf`.
pub(crate) fn normalise<'a>(word: &str, buf: &'a mut [u8; 64]) -> Option<&'a str> {
    std::str::from_utf8(normalise_bytes(word, buf)?).ok()
}

/// The lexicon entry of a word, if any.
pub(crate) fn lookup(word: &str) -> Option<Lex> {
    if word.len() > MAX_KEY_BYTES {
        return None;
    }
    if word.is_ascii() && !ASCII_SHAPES.may_hold(word.as_bytes()) {
        return None;
    }
    let mut buf = [0u8; 64];
    let key = normalise_bytes(word, &mut buf)?;
    LEXICON.get(key).copied()
}

/// True when `word` and `key` have the same normalised form.
pub(crate) fn is_word(word: &str, key: &str) -> bool {
    if key.is_ascii() {
        // Normalisation maps no non-ASCII character to ASCII but A-Z.
        return word.len() == key.len() && word.eq_ignore_ascii_case(key);
    }
    if word.len() > 48 || key.len() > 48 {
        return false;
    }
    let mut a = [0u8; 64];
    let mut b = [0u8; 64];
    normalise_bytes(word, &mut a) == normalise_bytes(key, &mut b)
}

/// Longer words are never looked up (no key is this long).
const MAX_KEY_BYTES: usize = 48;

/// FNV-1a: the lexicon's keys are short, so a simple hash beats SipHash.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Lexicon = HashMap<Box<[u8]>, Lex, BuildHasherDefault<Fnv>>;

/// A pre-filter over ASCII keys: which (length, first letter, last letter) shapes occur.
/// Most words of running text fail it and are never hashed.
struct Shapes {
    bits: Vec<u64>,
}

impl Shapes {
    const LETTERS: usize = 27;

    fn index(key: &[u8]) -> Option<usize> {
        let (first, last) = (key.first()?, key.last()?);
        let letter = |b: u8| -> usize {
            let l = b.to_ascii_lowercase();
            if l.is_ascii_lowercase() {
                usize::from(l - b'a')
            } else {
                26
            }
        };
        let len = key.len().min(31);
        Some((len * Self::LETTERS + letter(*first)) * Self::LETTERS + letter(*last))
    }

    fn build(keys: impl Iterator<Item = Box<[u8]>>) -> Self {
        let mut bits = vec![0u64; (32 * Self::LETTERS * Self::LETTERS).div_ceil(64)];
        for k in keys.filter(|k| k.is_ascii()) {
            if let Some(i) = Self::index(&k) {
                bits[i / 64] |= 1 << (i % 64);
            }
        }
        Shapes { bits }
    }

    fn may_hold(&self, word: &[u8]) -> bool {
        match Self::index(word) {
            Some(i) => self
                .bits
                .get(i / 64)
                .is_some_and(|b| b & (1 << (i % 64)) != 0),
            None => false,
        }
    }
}

static ASCII_SHAPES: LazyLock<Shapes> = LazyLock::new(|| Shapes::build(LEXICON.keys().cloned()));

static LEXICON: LazyLock<Lexicon> = LazyLock::new(build);

fn build() -> Lexicon {
    use Lex::*;
    let mut map: Lexicon = HashMap::with_capacity_and_hasher(512, BuildHasherDefault::default());
    let mut add = |words: &[&str], lex: Lex| {
        for w in words {
            let mut buf = [0u8; 64];
            if let Some(k) = normalise_bytes(w, &mut buf) {
                map.insert(k.into(), lex);
            }
        }
    };
    // Month and weekday names come from dossier-lexicon, in its data-file order.
    for m in dossier_lexicon::month_names() {
        add(
            &[m.word],
            Month {
                month: m.number,
                form: m.form,
            },
        );
    }
    for s in dossier_lexicon::levantine_month_stems() {
        add(&[s.stem], MonthStem(LevantineStem(s.stem)));
        add(&[s.order_word], StemOrder(s.order));
    }
    for d in dossier_lexicon::weekday_names() {
        add(
            &[d.word],
            Weekday {
                day: d.day,
                needs_date: d.form != dossier_lexicon::WeekdayForm::Full,
            },
        );
    }

    add(&["today", "آج", "اليوم"], Relative(RelDay::Today));
    add(
        &["yesterday", "أمس", "امس", "الأمس", "بالأمس"],
        Relative(RelDay::Yesterday),
    );
    add(&["tomorrow", "غدا", "غداً"], Relative(RelDay::Tomorrow));
    add(&["tonight", "الليلة"], Relative(RelDay::Tonight));
    add(&["کل"], Relative(RelDay::UrduKal));

    add(&["seconds", "secs"], Unit(TimeUnit::Second));
    add(&["minute", "minutes", "mins"], Unit(TimeUnit::Minute));
    add(&["hour", "hours", "hrs"], Unit(TimeUnit::Hour));
    add(&["day", "days", "nights"], Unit(TimeUnit::Day));
    add(
        &["week", "weeks", "الأسبوع", "أسبوع", "اسبوع"],
        Unit(TimeUnit::Week),
    );
    add(&["fortnight", "fortnights"], Unit(TimeUnit::Fortnight));
    add(
        &["month", "months", "الشهر", "شهر", "ماہ", "مہینے"],
        Unit(TimeUnit::Month),
    );
    add(
        &["year", "years", "العام", "السنة", "عام", "سال", "برس"],
        Unit(TimeUnit::Year),
    );
    add(&["decade", "decades"], Unit(TimeUnit::Decade));
    add(&["روز", "دن"], DayWord);

    add(
        &["last", "گزشتہ", "پچھلے", "پچھلی"],
        DeicticBefore(Deictic::Last),
    );
    add(&["this", "اس"], DeicticBefore(Deictic::This));
    add(
        &["next", "coming", "آئندہ", "اگلے", "اگلی"],
        DeicticBefore(Deictic::Next),
    );
    add(&["past", "previous"], DeicticBefore(Deictic::Past));
    add(&["earlier"], DeicticBefore(Deictic::Earlier));
    add(&["later"], DeicticBefore(Deictic::Later));
    add(
        &["الماضي", "الماضية", "المنصرم"],
        DeicticAfter(Deictic::Last),
    );
    add(
        &["المقبل", "المقبلة", "القادم", "القادمة"],
        DeicticAfter(Deictic::Next),
    );
    add(&["الحالي", "الجاري"], DeicticAfter(Deictic::This));

    add(&["early", "beginning", "start"], Part(PartOfPeriod::Early));
    add(&["mid", "middle"], Part(PartOfPeriod::Mid));
    add(&["late", "end"], Part(PartOfPeriod::Late));
    add(&["ago"], Ago);
    add(&["morning", "afternoon", "evening", "night"], DayPart);

    for n in dossier_lexicon::number_words() {
        let lex = match n.kind {
            dossier_lexicon::NumberWordKind::Cardinal => {
                // dossier-lexicon checks that a cardinal fits a u32.
                NumberWord(u32::try_from(n.value).unwrap_or(u32::MAX))
            }
            dossier_lexicon::NumberWordKind::Scale => Scale(n.value),
        };
        add(&[n.word], lex);
    }

    add(
        &[
            "in",
            "on",
            "since",
            "by",
            "until",
            "till",
            "from",
            "during",
            "before",
            "after",
            "of",
            "to",
            "through",
            "between",
            "throughout",
            "for",
            "around",
            "circa",
            "and",
            "or",
            "في",
            "منذ",
            "میں",
        ],
        DatePrep,
    );
    add(&["every", "each"], Every);
    add(&["daily"], SetAdverb(TimeUnit::Day));
    add(&["weekly"], SetAdverb(TimeUnit::Week));
    add(&["monthly"], SetAdverb(TimeUnit::Month));
    add(&["annually", "yearly"], SetAdverb(TimeUnit::Year));
    add(&["recent", "recently"], Recent);
    add(
        &[
            "pkt", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "bst",
            "ist", "eet", "eest", "msk", "gst", "ast", "jst",
        ],
        Zone,
    );
    for (w, code) in [
        ("usd", "USD"),
        ("pkr", "PKR"),
        ("rs", "PKR"),
        ("eur", "EUR"),
        ("gbp", "GBP"),
        ("lyd", "LYD"),
        ("inr", "INR"),
        ("aed", "AED"),
        ("sar", "SAR"),
        ("cny", "CNY"),
        ("rmb", "CNY"),
        ("jpy", "JPY"),
        ("egp", "EGP"),
        ("try", "TRY"),
        ("qar", "QAR"),
    ] {
        add(&[w], CurrencyCode(code));
    }
    for (ws, code) in [
        (&["dollar", "dollars"][..], "USD"),
        (&["rupee", "rupees", "روپے", "روپیہ"][..], "PKR"),
        (&["euro", "euros"][..], "EUR"),
        (&["dinar", "dinars", "دينار"][..], "LYD"),
        (&["riyal", "riyals"][..], "SAR"),
        (&["dirham", "dirhams"][..], "AED"),
        (&["yuan"][..], "CNY"),
        (&["yen"][..], "JPY"),
        (&["sterling"][..], "GBP"),
    ] {
        add(ws, CurrencyWord(code));
    }
    add(
        &["percent", "percentage", "pc", "فیصد", "بالمئة", "بالمائة"],
        Percent,
    );
    add(
        &[
            "will",
            "shall",
            "upcoming",
            "scheduled",
            "expected",
            "plans",
            "planned",
            "due",
            "forthcoming",
            "سوف",
        ],
        FutureCue,
    );
    add(&["بروز", "يوم"], OnDay);
    add(&["a", "an"], Article);
    add(&["few", "several", "many", "couple"], Vague);
    add(&["hundreds", "thousands", "dozens", "millions"], VagueCount);
    add(&["noon", "midday"], Clock(12));
    add(&["midnight"], Clock(0));
    add(&["weekend"], Weekend);
    add(&["spring"], Season(0));
    add(&["summer"], Season(1));
    add(&["autumn", "fall"], Season(2));
    add(&["winter"], Season(3));
    add(
        &["following", "prior", "same", "preceding", "subsequent"],
        Anaphoric,
    );
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urdu_and_arabic_spellings_meet() {
        assert_eq!(lookup("جمعہ"), lookup("جمعة"));
        assert_eq!(
            lookup("جولائی"),
            Some(Lex::Month {
                month: 7,
                form: MonthForm::Full
            })
        );
        assert_eq!(
            lookup("إبريل"),
            Some(Lex::Month {
                month: 4,
                form: MonthForm::Full
            })
        );
        assert_eq!(lookup("JULY"), lookup("july"));
        assert_eq!(lookup("Marshal"), None);
        assert!(is_word("Of", "of"));
    }
}
