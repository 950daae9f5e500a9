//! Site chrome around an article's text, recognised by general rules: crawler stamps,
//! mastheads, taglines, category lines, date lines, headlines, bylines and datelines.

use dossier_model::{ChromeKind, PartialDate, RemovedText};
use dossier_text::dates::{month_number, parse_date_line, MONTH_PATTERN};
use regex::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("chrome regex {pattern}: {e}"))
}

/// A crawler's stamp at the very start of a text: `date 2025-07-19`, `crawled: 2025-07-19T10:00Z`.
static CRAWL_STAMP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^\s*(?:date|crawled|crawl[_ -]date|fetched|retrieved|scraped)\s*:?\s+(?P<date>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s+|$)",
    )
});

/// A crawler stamp found at the start of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CrawlStamp {
    pub date: PartialDate,
    /// The stamp as written, trimmed.
    pub text: String,
    /// Bytes of the text the stamp (and the white space after it) covers.
    pub len: usize,
}

/// Finds a crawler stamp at the start of `text`.
pub(crate) fn crawl_stamp(text: &str) -> Option<CrawlStamp> {
    let caps = CRAWL_STAMP.captures(text)?;
    let date = PartialDate::parse(caps.name("date")?.as_str())?;
    let whole = caps.get(0)?;
    Some(CrawlStamp {
        date,
        text: whole.as_str().trim().to_string(),
        len: whole.end(),
    })
}

/// Counts words (runs of non-space characters).
pub(crate) fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Strips closing quotes and brackets from the end of `s`.
fn trim_closers(s: &str) -> &str {
    s.trim_end()
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*', '_'])
}

/// True when `s` ends with sentence-final punctuation (any script).
pub(crate) fn ends_sentence(s: &str) -> bool {
    trim_closers(s).chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '…' | '।' | '۔' | '؟' | '。' | '！' | '？'
        )
    })
}

/// Running text: a real paragraph rather than a line of page furniture.
pub(crate) fn is_running_text(block: &str) -> bool {
    let words = word_count(block);
    (words >= 8 && ends_sentence(block)) || words >= 30
}

static CATEGORY: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s\-–—•·|>»]*(?:categor(?:y|ies)|sections?|filed\s+under|posted\s+in|published\s+in|tags?|topics?|labels?)(?:\s*:|\s+\p{L})",
    )
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:By|BY|Written by|Story by|Reporting by|Author:|Words by)\s+(?P<name>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}.'’-]*|and|&|de|da|van|von|al|bin|ibn|el)){0,6})\s*(?:[|,·–—-].*)?$",
    )
});

static TAGLINE: LazyLock<Regex> = LazyLock::new(|| re(r"^(?:[\p{L}\p{M}'’&-]{1,20}[.!]\s*){2,4}$"));

static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^[\s\-–—•·|>»]*(?:share(?:\s+this)?|follow\s+us|subscribe|sign\s+(?:in|up)|log\s*in|register|read\s+more|advertisement|sponsored|skip\s+to|menu|home|search|trending|breaking\s+news|print|e-?mail|newsletter|you\s+may\s+also\s+like|related(?:\s+articles|\s+stories)?)\b",
    )
});

/// A short title-case line that ends like a sentence: `Every Day, On the Record.`,
/// `News You Can Trust!`. Running text is never this short and capitalised.
fn is_title_case_slogan(line: &str, words: usize) -> bool {
    if !(2..=7).contains(&words) || !matches!(trim_closers(line).chars().last(), Some('.' | '!')) {
        return false;
    }
    let capitalised = line
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    capitalised * 3 >= words * 2
}

/// What one line at the top of a text is.
#[derive(Debug, Clone, PartialEq)]
enum HeadLine {
    Category,
    Date(PartialDate),
    Byline(String),
    Tagline,
    Furniture,
    /// A short line (at most 18 words) without sentence punctuation that does not stop on a
    /// function word (masthead, headline, menu): its word count.
    TitleLike(usize),
}

fn classify_line(line: &str) -> Option<HeadLine> {
    let words = word_count(line);
    if words == 0 || line.chars().count() > 250 {
        return None;
    }
    if words <= 15 && CATEGORY.is_match(line) {
        return Some(HeadLine::Category);
    }
    if let Some(date) = parse_date_line(line) {
        return Some(HeadLine::Date(date));
    }
    if words <= 12 {
        if let Some(name) = BYLINE.captures(line).and_then(|c| c.name("name")) {
            return Some(HeadLine::Byline(name.as_str().trim().to_string()));
        }
    }
    if TAGLINE.is_match(line) || is_title_case_slogan(line, words) {
        return Some(HeadLine::Tagline);
    }
    if words <= 12 && FURNITURE.is_match(line) {
        return Some(HeadLine::Furniture);
    }
    let last = trim_closers(line).chars().last();
    let punctuated = matches!(last, Some('.' | ':' | ';' | ',' | '…' | '۔' | '।' | '。'));
    // A line that stops on a function word is a cut sentence, not a title.
    let dangling = line.split_whitespace().last().is_some_and(|w| {
        matches!(
            w,
            "of" | "the"
                | "a"
                | "an"
                | "and"
                | "or"
                | "to"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "that"
                | "which"
                | "who"
                | "as"
                | "but"
        )
    });
    if words <= 18 && !punctuated && !dangling {
        return Some(HeadLine::TitleLike(words));
    }
    None
}

/// Site chrome found above the first paragraph of running text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct HeadChrome {
    /// How many leading blocks are chrome (not part of the body).
    pub blocks: usize,
    /// The removed lines, in order.
    pub removed: Vec<RemovedText>,
    pub headline: Option<String>,
    pub site_name: Option<String>,
    pub byline: Option<String>,
    /// A stand-alone date line and its index in `removed`.
    pub published: Option<(PartialDate, usize)>,
}

/// Most lines looked at above the body.
const MAX_HEAD_LINES: usize = 15;

/// Recognises site chrome in the leading blocks (each a list of trimmed, non-empty lines)
/// of a plain-text article. Returns `None` when the top of the text is not chrome: no
/// headline and no masthead signal (tagline, category, date or byline line), or nothing
/// would be left for the body.
pub(crate) fn head_chrome(blocks: &[Vec<String>]) -> Option<HeadChrome> {
    let mut lines: Vec<(String, HeadLine)> = Vec::new();
    let mut consumed = 0;
    for block in blocks {
        let joined = block.join(" ");
        if is_running_text(&joined) || lines.len() + block.len() > MAX_HEAD_LINES {
            break;
        }
        let classified: Option<Vec<HeadLine>> = block.iter().map(|l| classify_line(l)).collect();
        match classified {
            Some(kinds) => {
                lines.extend(block.iter().cloned().zip(kinds));
                consumed += 1;
            }
            None => break,
        }
    }
    if consumed == 0 || consumed >= blocks.len() {
        return None;
    }
    let headline_at = lines
        .iter()
        .rposition(|(_, kind)| matches!(kind, HeadLine::TitleLike(w) if *w >= 4));
    let strong = lines.iter().any(|(_, kind)| {
        matches!(
            kind,
            HeadLine::Category | HeadLine::Date(_) | HeadLine::Byline(_) | HeadLine::Tagline
        )
    });
    if headline_at.is_none() && !strong {
        return None;
    }
    let site_at = lines
        .iter()
        .take(headline_at.unwrap_or(lines.len()))
        .position(|(_, kind)| matches!(kind, HeadLine::TitleLike(w) if *w <= 5));
    let mut chrome = HeadChrome {
        blocks: consumed,
        ..Default::default()
    };
    for (i, (text, kind)) in lines.into_iter().enumerate() {
        let removed_kind = match kind {
            HeadLine::Category => ChromeKind::Category,
            HeadLine::Date(date) => {
                if chrome.published.is_none() {
                    chrome.published = Some((date, chrome.removed.len()));
                }
                ChromeKind::DateLine
            }
            HeadLine::Byline(name) => {
                chrome.byline.get_or_insert(name);
                ChromeKind::Byline
            }
            HeadLine::Tagline => ChromeKind::Tagline,
            HeadLine::Furniture => ChromeKind::Boilerplate,
            HeadLine::TitleLike(_) if Some(i) == headline_at => {
                chrome.headline = Some(text.clone());
                ChromeKind::Headline
            }
            HeadLine::TitleLike(_) if Some(i) == site_at => {
                chrome.site_name = Some(text.clone());
                ChromeKind::SiteName
            }
            // A short line right under the masthead is its slogan.
            HeadLine::TitleLike(w)
                if w <= 8
                    && site_at.is_some_and(|s| i == s + 1)
                    && headline_at.is_some_and(|h| i < h) =>
            {
                ChromeKind::Tagline
            }
            HeadLine::TitleLike(_) => ChromeKind::Boilerplate,
        };
        chrome.removed.push(RemovedText {
            kind: removed_kind,
            text,
        });
    }
    Some(chrome)
}

static LEAD_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:(?P<place>\p{{Lu}}[\p{{Lu}}\p{{M}} .'’-]{{1,40}}?(?:,\s*\p{{Lu}}[\p{{L}}\p{{M}} .]{{1,30}}?)?)\s*,?\s+)?(?:(?P<m>{MONTH_PATTERN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?)?\s*(?:\((?P<agency>\p{{L}}[\p{{L}} .&-]{{0,30}})\))?\s*(?P<dash>[—–]|--?)\s+"
    ))
});

/// A dateline at the start of the first paragraph: `ISLAMABAD, July 19 (Reuters) -`,
/// `July 19, 2025 —`, `OSGILIATH —`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LeadDateline {
    /// The dateline as written, without the dash.
    pub text: String,
    /// Bytes of the paragraph it covers, dash and following space included.
    pub len: usize,
    /// The full date when the dateline gives a year.
    pub date: Option<PartialDate>,
    /// Month and day when the dateline gives no year.
    pub month_day: Option<(u32, u32)>,
}

/// Finds a dateline at the start of a paragraph.
pub(crate) fn lead_dateline(paragraph: &str) -> Option<LeadDateline> {
    let caps = LEAD_DATELINE.captures(paragraph)?;
    let whole = caps.get(0)?;
    let place = caps.name("place").map(|m| m.as_str());
    let agency = caps.name("agency").is_some();
    let month_day = match (caps.name("m"), caps.name("d")) {
        (Some(m), Some(d)) => Some((month_number(m.as_str())?, d.as_str().parse().ok()?)),
        _ => None,
    };
    let em_dash = caps.name("dash").is_some_and(|d| d.as_str() != "-");
    if let Some(place) = place {
        let city = place.split(',').next().unwrap_or(place);
        let letters = city.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 3 || city.chars().any(|c| c.is_lowercase()) {
            return None;
        }
    }
    let accepted = month_day.is_some() || agency || (place.is_some() && em_dash);
    // The rest of the paragraph must be running text.
    let rest = &paragraph[whole.end()..];
    if !accepted || word_count(rest) < 5 {
        return None;
    }
    let date = match (month_day, caps.name("y")) {
        (Some((m, d)), Some(y)) => PartialDate::from_ymd(y.as_str().parse().ok()?, m, d),
        _ => None,
    };
    let text = whole
        .as_str()
        .trim_end()
        .trim_end_matches(['—', '–', '-'])
        .trim_end()
        .to_string();
    Some(LeadDateline {
        text,
        len: whole.end(),
        date,
        month_day: if date.is_none() { month_day } else { None },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<Vec<String>> {
        text.split("\n\n")
            .map(|b| {
                b.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect::<Vec<_>>()
            })
            .filter(|b| !b.is_empty())
            .collect()
    }

    const BODY: &str =
        "The envoy of Arnor reached Minas Tirith on Monday and met the steward for talks.";

    #[test]
    fn crawl_stamps_are_found_only_at_the_start() {
        let s = crawl_stamp(" date 2031-03-04 The envoy arrived.").unwrap();
        assert_eq!(s.date.to_string(), "2031-03-04");
        assert_eq!(s.text, "date 2031-03-04");
        assert_eq!(
            &" date 2031-03-04 The envoy arrived."[s.len..],
            "The envoy arrived."
        );
        assert!(crawl_stamp("The date 2031-03-04 was set.").is_none());
        assert!(crawl_stamp("crawled: 2031-03-04T10:00:00Z\nText").is_some());
    }

    #[test]
    fn masthead_tagline_date_category_and_headline() {
        let text = format!(
            "Gondor Herald\n\nNews. Views. Truth.\n\nSteward Welcomes Arnor Envoy at the White Tower\n\nMarch 3, 2031\n\n| Section: World\n\n{BODY}"
        );
        let c = head_chrome(&blocks(&text)).unwrap();
        assert_eq!(c.blocks, 5);
        assert_eq!(c.site_name.as_deref(), Some("Gondor Herald"));
        assert_eq!(
            c.headline.as_deref(),
            Some("Steward Welcomes Arnor Envoy at the White Tower")
        );
        let (date, idx) = c.published.unwrap();
        assert_eq!(date.to_string(), "2031-03-03");
        assert_eq!(c.removed[idx].kind, ChromeKind::DateLine);
        let kinds: Vec<_> = c.removed.iter().map(|r| r.kind).collect();
        assert_eq!(
            kinds,
            [
                ChromeKind::SiteName,
                ChromeKind::Tagline,
                ChromeKind::Headline,
                ChromeKind::DateLine,
                ChromeKind::Category
            ]
        );
    }

    #[test]
    fn lines_in_one_block_and_bylines() {
        let text = format!("The Dale Courier\nShips Return to the Long Lake\nBy Bard Brandson | Filed under Trade\n\n{BODY}");
        // The byline line carries a category after a bar: it is still a byline.
        let c = head_chrome(&blocks(&text)).unwrap();
        assert_eq!(c.byline.as_deref(), Some("Bard Brandson"));
        assert_eq!(c.headline.as_deref(), Some("Ships Return to the Long Lake"));
        assert_eq!(c.site_name.as_deref(), Some("The Dale Courier"));
        let c = head_chrome(&blocks(&format!("Filed under Rohan\n\n{BODY}"))).unwrap();
        assert_eq!(c.removed[0].kind, ChromeKind::Category);
    }

    #[test]
    fn plain_articles_keep_their_text() {
        assert!(head_chrome(&blocks(BODY)).is_none());
        // A short line with no chrome signal and no 4-word headline stays in the body.
        assert!(head_chrome(&blocks(&format!("Arnor\n\n{BODY}"))).is_none());
        // A lone sentence-like first line is not chrome.
        assert!(head_chrome(&blocks(&format!("The talks failed.\n\n{BODY}"))).is_none());
        // Everything chrome-like and no body: nothing is removed.
        assert!(head_chrome(&blocks("Gondor Herald\n\nMarch 3, 2031")).is_none());
        // A plain title over the text is the headline.
        let c = head_chrome(&blocks(&format!("Arnor Envoy Reaches Gondor\n\n{BODY}"))).unwrap();
        assert_eq!(c.headline.as_deref(), Some("Arnor Envoy Reaches Gondor"));
        assert_eq!(c.site_name, None);
    }

    #[test]
    fn datelines_at_the_start_of_the_first_paragraph() {
        let d = lead_dateline(&format!("OSGILIATH, March 3 (Gondor Wire) - {BODY}")).unwrap();
        assert_eq!(d.text, "OSGILIATH, March 3 (Gondor Wire)");
        assert_eq!(d.month_day, Some((3, 3)));
        assert_eq!(d.date, None);
        let p = format!("March 3, 2031 — {BODY}");
        let d = lead_dateline(&p).unwrap();
        assert_eq!(d.date.unwrap().to_string(), "2031-03-03");
        assert_eq!(&p[d.len..], BODY);
        assert!(lead_dateline(&format!("MINAS TIRITH — {BODY}")).is_some());
        assert!(lead_dateline(&format!("MINAS TIRITH - {BODY}")).is_none());
        assert!(lead_dateline(BODY).is_none());
        assert!(lead_dateline(&format!("Gondor - {BODY}")).is_none());
    }
}
