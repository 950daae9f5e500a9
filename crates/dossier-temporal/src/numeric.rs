//! Numbers with what they count: money, percentages, quantities, and clock times.

use crate::lexicon::{is_word, Lex};
use crate::time::{time_at, TimeOfDay};
use crate::token::{Case, Token};
use dossier_model::{DocId, Mention, QuantityMention};
use serde::{Deserialize, Serialize};

/// What a numeric mention measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumericKind {
    /// An amount of money; `unit` is an ISO 4217 code.
    Money,
    /// A percentage; `unit` is `%` or `percentage points`.
    Percent,
    /// A number with a counted noun or unit of measure (`12 cadets`, `500 km`).
    Quantity,
    /// A clock time; `value` is minutes since midnight, `unit` the zone when given.
    Time,
}

impl NumericKind {
    /// The lower-case name used in [`QuantityMention::kind`].
    pub fn as_str(&self) -> &'static str {
        match self {
            NumericKind::Money => "money",
            NumericKind::Percent => "percent",
            NumericKind::Quantity => "quantity",
            NumericKind::Time => "time",
        }
    }
}

/// A money amount, percentage, quantity or clock time in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumericMention {
    /// Byte offsets of the mention in the text.
    pub start: usize,
    pub end: usize,
    /// The mention's text.
    pub text: String,
    pub kind: NumericKind,
    /// The number with its scale applied (`$1.2 billion` is 1.2e9); `None` for vague amounts
    /// (`hundreds of troops`).
    pub value: Option<f64>,
    /// Currency code, `%`, the counted noun (`cadets`) or the time zone.
    pub unit: Option<String>,
    /// The clock time of a [`NumericKind::Time`] mention.
    pub time: Option<TimeOfDay>,
}

impl NumericMention {
    /// The model record for this mention in document `doc_id` (whose body the offsets index).
    pub fn to_quantity_mention(&self, doc_id: &DocId) -> QuantityMention {
        QuantityMention {
            mention: Mention {
                doc_id: doc_id.clone(),
                start: self.start,
                end: self.end,
                text: self.text.clone(),
            },
            kind: self.kind.as_str().to_string(),
            value: self.value,
            unit: self.unit.clone(),
        }
    }
}

/// A number read from tokens.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberRead {
    pub value: Option<f64>,
    /// Index of the token after the number.
    pub end: usize,
    /// Written in words (`three`, `two thousand`).
    pub words: bool,
}

/// A number at token `i`: digits (`2,000`, `1.2`, `٣٫٥`) or words (`three`, `twenty-five`,
/// `two hundred and fifty`, `a dozen`, `a thousand`), with a following scale word (`1.2
/// billion`) and, when `suffixes`, a glued scale (`3m`, `1.5bn`, `20k`).
pub(crate) fn number_at(
    text: &str,
    toks: &[Token],
    i: usize,
    suffixes: bool,
) -> Option<NumberRead> {
    let t = toks.get(i)?;
    if t.is_number() {
        let mut int = t.value as f64;
        let mut j = i + 1;
        // Thousands groups.
        while let (Some(c), Some(g)) = (toks.get(j), toks.get(j + 1)) {
            if (c.is_punct(',') || c.is_punct('\u{066C}'))
                && toks[j - 1].touches(c)
                && c.touches(g)
                && g.is_number()
                && g.digits == 3
                && (j > i + 1 || t.digits <= 3)
            {
                int = int * 1000.0 + g.value as f64;
                j += 2;
            } else {
                break;
            }
        }
        let mut value = int;
        if let (Some(c), Some(f)) = (toks.get(j), toks.get(j + 1)) {
            if (c.is_punct('.') || c.is_punct('\u{066B}'))
                && toks[j - 1].touches(c)
                && c.touches(f)
                && f.is_number()
                && f.digits <= 12
            {
                value += f.value as f64 / 10f64.powi(i32::from(f.digits));
                j += 2;
            }
        }
        let (value, end) = apply_scale(text, toks, j, value, suffixes);
        return Some(NumberRead {
            value: Some(value),
            end,
            words: false,
        });
    }
    if !t.is_word() {
        return None;
    }
    let mut j = i;
    let mut total: u64 = 0;
    let mut current: u64 = 0;
    let mut any = false;
    if t.lex == Some(Lex::Article) {
        // `a dozen`, `a hundred`, `a thousand`, `a million`.
        match toks.get(i + 1).and_then(|n| n.lex) {
            Some(Lex::NumberWord(12)) | Some(Lex::Scale(_)) => {
                current = 1;
                j = i + 1;
            }
            _ => return None,
        }
    }
    while let Some(tok) = toks.get(j) {
        match tok.lex {
            Some(Lex::NumberWord(n)) if tok.case != Case::Upper => {
                if n == 12 && is_word(tok.text(text), "dozen") {
                    current = current.max(1) * 12;
                } else {
                    current += u64::from(n);
                }
                any = true;
            }
            Some(Lex::Scale(s)) if any || current > 0 => {
                if s == 100 {
                    current = current.max(1) * 100;
                } else {
                    total += current.max(1) * s;
                    current = 0;
                }
                any = true;
            }
            _ => break,
        }
        j += 1;
        // `twenty-five`, `two hundred and fifty`.
        match (toks.get(j), toks.get(j + 1)) {
            (Some(h), Some(n))
                if h.is_punct('-')
                    && toks[j - 1].touches(h)
                    && h.touches(n)
                    && matches!(n.lex, Some(Lex::NumberWord(_))) =>
            {
                j += 1;
            }
            (Some(a), Some(n))
                if is_word(a.text(text), "and")
                    && matches!(n.lex, Some(Lex::NumberWord(_)))
                    && current >= 100 =>
            {
                j += 1;
            }
            _ => {}
        }
    }
    if !any {
        return None;
    }
    Some(NumberRead {
        value: Some((total + current) as f64),
        end: j,
        words: true,
    })
}

fn apply_scale(text: &str, toks: &[Token], j: usize, value: f64, suffixes: bool) -> (f64, usize) {
    let Some(t) = toks.get(j) else {
        return (value, j);
    };
    if let Some(Lex::Scale(s)) = t.lex {
        if s >= 1000 {
            return (value * s as f64, j + 1);
        }
    }
    if suffixes && t.is_word() && toks[j - 1].touches(t) {
        let w = t.text(text);
        let scale = if is_word(w, "k") {
            1e3
        } else if is_word(w, "m") || is_word(w, "mn") || is_word(w, "mln") {
            1e6
        } else if is_word(w, "bn") || is_word(w, "b") || is_word(w, "bln") {
            1e9
        } else if is_word(w, "tn") {
            1e12
        } else {
            return (value, j);
        };
        return (value * scale, j + 1);
    }
    (value, j)
}

fn symbol_currency(c: char) -> Option<&'static str> {
    Some(match c {
        '$' => "USD",
        '€' => "EUR",
        '£' => "GBP",
        '¥' => "JPY",
        '₹' => "INR",
        '₨' => "PKR",
        _ => return None,
    })
}

/// Words that end a counted-noun phrase or cannot be one.
pub(crate) fn is_stop(word: &str) -> bool {
    const STOP: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "to", "in", "on", "at", "by", "for", "from", "with",
        "was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will", "would",
        "could", "should", "may", "might", "can", "said", "says", "per", "more", "less", "than",
        "other", "times", "that", "which", "who", "as", "out", "into", "over", "under", "up",
        "down", "about", "also", "not", "percent", "cent", "pc", "this", "these", "those", "it",
        "its", "their", "his", "her", "we", "they", "he", "she", "but", "if", "so", "then", "when",
        "while", "where", "after", "before", "since", "until", "during", "between", "among",
        "against", "across", "through", "such", "all", "both", "each", "only", "just", "some",
        "many", "most", "much", "no", "nor", "am", "pm", "st", "nd", "rd", "th", "s", "o",
    ];
    let mut buf = [0u8; 64];
    match crate::lexicon::normalise(word, &mut buf) {
        Some(k) => STOP.contains(&k),
        None => true,
    }
}

/// Nouns counted in the plural without an `s`.
fn is_irregular_plural(word: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "people",
        "men",
        "women",
        "children",
        "personnel",
        "police",
        "staff",
        "aircraft",
        "troops",
        "militia",
        "cattle",
        "crew",
        "fish",
        "sheep",
        "infantry",
        "artillery",
        "cavalry",
        "km",
        "kg",
        "mw",
        "kw",
        "nm",
    ];
    let mut buf = [0u8; 64];
    matches!(crate::lexicon::normalise(word, &mut buf), Some(k) if IRREGULAR.contains(&k))
}

pub(crate) fn looks_plural(word: &str) -> bool {
    if is_irregular_plural(word) {
        return true;
    }
    let b = word.as_bytes();
    b.len() > 3
        && b[b.len() - 1] == b's'
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
        && !word.ends_with("ous")
}

/// A lowercase word that may name what is counted.
fn noun_candidate(text: &str, t: &Token) -> bool {
    t.is_word()
        && t.case == Case::Lower
        && t.end - t.start >= 2
        && !is_stop(t.text(text))
        && !matches!(
            t.lex,
            Some(Lex::Unit(_))
                | Some(Lex::Month { .. })
                | Some(Lex::Ago)
                | Some(Lex::NumberWord(_))
                | Some(Lex::Scale(_))
                | Some(Lex::Percent)
                | Some(Lex::CurrencyWord(_))
                | Some(Lex::DeicticBefore(_))
        )
}

/// The counted noun after a number at `j`: its token index. Up to two lower-case modifiers
/// (or one capitalised one, `Chinese`) may come first; the head is the first plural-looking
/// word, or the only word when none looks plural.
fn counted_noun(text: &str, toks: &[Token], j: usize, singular: bool) -> Option<usize> {
    let mut k = j;
    // One capitalised modifier before a plural noun: `three Chinese frigates`.
    if let Some(t) = toks.get(k) {
        if t.is_word() && t.is_capitalised() && t.lex.is_none() {
            if let Some(n) = toks.get(k + 1) {
                if noun_candidate(text, n) && (singular || looks_plural(n.text(text))) {
                    k += 1;
                }
            }
        }
    }
    let mut run = Vec::new();
    while run.len() < 3 {
        let Some(t) = toks.get(k) else { break };
        if t.newline_before && k > j || !noun_candidate(text, t) {
            break;
        }
        // A hyphenated compound such as `anti-ship` stays together: take its last part.
        run.push(k);
        if looks_plural(t.text(text)) && !singular {
            return Some(k);
        }
        k += 1;
        if let (Some(h), Some(n)) = (toks.get(k), toks.get(k + 1)) {
            if h.is_punct('-') && toks[k - 1].touches(h) && h.touches(n) && noun_candidate(text, n)
            {
                k += 1;
            }
        }
    }
    match run.as_slice() {
        [only] => Some(*only),
        [first, ..] if singular => Some(*first),
        _ => None,
    }
}

/// Finds money, percentages, quantities and clock times; `covered` marks tokens already
/// taken by a date or duration.
pub(crate) fn scan_numeric(text: &str, toks: &[Token], covered: &[bool]) -> Vec<NumericMention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if covered.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        match numeric_at(text, toks, i) {
            Some((m, end))
                if !covered
                    .get(i..end.min(covered.len()))
                    .is_some_and(|span| span.iter().any(|c| *c)) =>
            {
                out.push(m);
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
    out
}

fn mention(
    text: &str,
    toks: &[Token],
    from: usize,
    to: usize,
    kind: NumericKind,
    value: Option<f64>,
    unit: Option<String>,
) -> NumericMention {
    let start = toks[from].start;
    let end = toks[to - 1].end;
    NumericMention {
        start,
        end,
        text: text[start..end].to_string(),
        kind,
        value,
        unit,
        time: None,
    }
}

fn numeric_at(text: &str, toks: &[Token], i: usize) -> Option<(NumericMention, usize)> {
    let t = &toks[i];
    // Most words start nothing numeric.
    if t.is_word() && t.lex.is_none() && t.case != Case::Upper {
        return None;
    }
    // Clock time.
    if let Some((time, end)) = time_at(text, toks, i) {
        let mut m = mention(
            text,
            toks,
            i,
            end,
            NumericKind::Time,
            Some(f64::from(time.minutes())),
            time.zone.clone(),
        );
        m.time = Some(time);
        return Some((m, end));
    }
    // Currency before the number: `$1.2 billion`, `US$ 3m`, `Rs 500 million`, `PKR 1.5bn`.
    let prefix = match t.kind {
        crate::token::Kind::Punct(c) => symbol_currency(c).map(|code| (code, i + 1)),
        crate::token::Kind::Word => match t.lex {
            Some(Lex::CurrencyCode(code)) if t.case != Case::Lower => {
                let mut j = i + 1;
                if toks.get(j).is_some_and(|d| d.is_punct('.') && t.touches(d)) {
                    j += 1;
                }
                Some((code, j))
            }
            _ if t.case == Case::Upper && is_word(t.text(text), "us") => match toks.get(i + 1) {
                Some(d) if d.is_punct('$') && t.touches(d) => Some(("USD", i + 2)),
                _ => None,
            },
            _ => None,
        },
        _ => None,
    };
    if let Some((code, j)) = prefix {
        if let Some(n) = number_at(text, toks, j, true).filter(|n| !n.words) {
            return Some((
                mention(
                    text,
                    toks,
                    i,
                    n.end,
                    NumericKind::Money,
                    n.value,
                    Some(code.to_string()),
                ),
                n.end,
            ));
        }
        return None;
    }
    if let Some(found) = vague_quantity_at(text, toks, i) {
        return Some(found);
    }
    // `F-16`, `JF-17`, `Su-30`, `No. 5`: designations, not counts.
    if t.is_number() && i > 0 {
        let p = &toks[i - 1];
        let designation = (p.touches(t) && (p.is_word() || p.is_punct('-')))
            || (p.is_punct('.') && i > 1 && is_word(toks[i - 2].text(text), "no"));
        if designation {
            return None;
        }
    }
    let n = number_at(text, toks, i, false)?;
    let after = toks.get(n.end);
    // Percent.
    if let Some(a) = after {
        if a.is_punct('%') || a.is_punct('\u{066A}') {
            return Some((
                mention(
                    text,
                    toks,
                    i,
                    n.end + 1,
                    NumericKind::Percent,
                    n.value,
                    Some("%".into()),
                ),
                n.end + 1,
            ));
        }
        if a.lex == Some(Lex::Percent) {
            let mut end = n.end + 1;
            let mut unit = "%";
            if is_word(a.text(text), "percentage") {
                match toks.get(end) {
                    Some(p)
                        if is_word(p.text(text), "points") || is_word(p.text(text), "point") =>
                    {
                        end += 1;
                        unit = "percentage points";
                    }
                    _ => return None,
                }
            }
            return Some((
                mention(
                    text,
                    toks,
                    i,
                    end,
                    NumericKind::Percent,
                    n.value,
                    Some(unit.into()),
                ),
                end,
            ));
        }
        if is_word(a.text(text), "per")
            && toks
                .get(n.end + 1)
                .is_some_and(|c| is_word(c.text(text), "cent"))
        {
            return Some((
                mention(
                    text,
                    toks,
                    i,
                    n.end + 2,
                    NumericKind::Percent,
                    n.value,
                    Some("%".into()),
                ),
                n.end + 2,
            ));
        }
    }
    // Currency after the number: `500 million rupees`, `3 million USD`, `20 US dollars`.
    let money_after = |j: usize| -> Option<(&'static str, usize)> {
        let a = toks.get(j)?;
        match a.lex {
            Some(Lex::CurrencyWord(code)) => Some((code, j + 1)),
            Some(Lex::CurrencyCode(code)) if a.case == Case::Upper => Some((code, j + 1)),
            _ if a.case == Case::Upper && is_word(a.text(text), "us") => {
                let d = toks.get(j + 1)?;
                matches!(d.lex, Some(Lex::CurrencyWord("USD"))).then_some(("USD", j + 2))
            }
            _ => None,
        }
    };
    if let Some((code, end)) = money_after(n.end) {
        return Some((
            mention(
                text,
                toks,
                i,
                end,
                NumericKind::Money,
                n.value,
                Some(code.to_string()),
            ),
            end,
        ));
    }
    // Quantity: a counted noun.
    let singular = n.value == Some(1.0);
    if let Some(head) = counted_noun(text, toks, n.end, singular) {
        // A bare four-digit year-like number followed by a noun is still a quantity here:
        // dates were claimed first.
        let unit = toks[head].text(text).to_string();
        return Some((
            mention(
                text,
                toks,
                i,
                head + 1,
                NumericKind::Quantity,
                n.value,
                Some(unit),
            ),
            head + 1,
        ));
    }
    None
}

/// `hundreds of troops`, `thousands of people`, `dozens of`: a vague quantity.
fn vague_quantity_at(text: &str, toks: &[Token], i: usize) -> Option<(NumericMention, usize)> {
    let t = toks.get(i)?;
    if t.lex != Some(Lex::VagueCount) {
        return None;
    }
    let of = toks.get(i + 1)?;
    if !is_word(of.text(text), "of") {
        return None;
    }
    let head = counted_noun(text, toks, i + 2, false)?;
    let unit = toks[head].text(text).to_string();
    Some((
        mention(
            text,
            toks,
            i,
            head + 1,
            NumericKind::Quantity,
            None,
            Some(unit),
        ),
        head + 1,
    ))
}
