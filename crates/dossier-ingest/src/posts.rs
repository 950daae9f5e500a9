//! Social-media posts embedded in articles: `text pic.twitter.com/x — Author (@handle) date`.

use dossier_model::PartialDate;
use dossier_text::dates::{parse_date_prefix, MONTH_PATTERN};
use regex::Regex;
use std::sync::LazyLock;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|e| panic!("post regex {pattern}: {e}"))
}

/// Links that only ever appear in a paragraph as the residue of an embedded post.
static EMBED_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)(?:https?://)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/[A-Za-z0-9_]+")
});

/// Links to a social platform: part of a post when the paragraph has an attribution line.
static PLATFORM_LINK: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:https?://)?(?:www\.|m\.|mobile\.)?(?:twitter\.com|x\.com|facebook\.com|fb\.watch|instagram\.com|t\.me|telegram\.me|youtube\.com|youtu\.be)/[^\s<>]+",
    )
});

/// An attribution suffix, tried at each dash: `— Author (@handle) July 18, 2025`.
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?P<dash>[—–]|--?)\s*(?P<author>[^\s()@—–][^()\n—–]{{0,79}}?)?\s*(?:\((?P<handle>@[A-Za-z0-9_]{{1,30}})\))?\s*(?P<date>(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?,?\s+\d{{4}})?\s*$"
    ))
});

/// A post found in a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct PostDraft {
    pub platform: String,
    pub author: Option<String>,
    pub handle: Option<String>,
    pub date: Option<PartialDate>,
    pub links: Vec<String>,
    /// Byte offset in the cleaned paragraph where the attribution starts.
    pub attribution_start: Option<usize>,
}

/// An attribution at the end of a paragraph.
#[derive(Debug, Clone, PartialEq)]
struct Attribution {
    start: usize,
    em_dash: bool,
    author: Option<String>,
    handle: Option<String>,
    date: Option<PartialDate>,
}

/// The rightmost dash (at the start or after white space) from which the rest of the
/// paragraph is an attribution carrying a handle or a date.
fn attribution(text: &str) -> Option<Attribution> {
    let candidates = text.char_indices().filter(|&(i, c)| {
        matches!(c, '—' | '–' | '-') && (i == 0 || text[..i].ends_with(char::is_whitespace))
    });
    let positions: Vec<usize> = candidates.map(|(i, _)| i).collect();
    for &start in positions.iter().rev() {
        let tail = &text[start..];
        if tail.len() > 200 {
            break;
        }
        let Some(caps) = ATTRIBUTION.captures(tail) else {
            continue;
        };
        let author = caps
            .name("author")
            .map(|m| m.as_str().trim().to_string())
            .filter(|a| !a.is_empty());
        if author
            .as_deref()
            .is_some_and(|a| a.split_whitespace().count() > 8)
        {
            continue;
        }
        let handle = caps.name("handle").map(|m| m.as_str().to_string());
        let date = caps
            .name("date")
            .and_then(|m| parse_date_prefix(m.as_str()))
            .map(|(d, _)| d);
        if handle.is_none() && date.is_none() {
            continue;
        }
        if author.is_none() && handle.is_none() {
            continue;
        }
        return Some(Attribution {
            start,
            em_dash: caps.name("dash").is_some_and(|d| d.as_str() != "-"),
            author,
            handle,
            date,
        });
    }
    None
}

/// True when the whole paragraph is an attribution line (`— Author (@handle) date`), as
/// HTML embeds often render it below the post's text.
pub(crate) fn is_attribution_only(text: &str) -> bool {
    attribution(text).is_some_and(|a| a.start == 0)
}

fn platform_of(link: &str) -> Option<&'static str> {
    let l = link.to_ascii_lowercase();
    let host = l
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.")
        .trim_start_matches("m.")
        .trim_start_matches("mobile.");
    let platform = if host.starts_with("pic.twitter.com")
        || host.starts_with("pic.x.com")
        || host.starts_with("t.co/")
        || host.starts_with("twitter.com")
        || host.starts_with("x.com")
    {
        "twitter"
    } else if host.starts_with("facebook.com") || host.starts_with("fb.watch") {
        "facebook"
    } else if host.starts_with("instagram.com") {
        "instagram"
    } else if host.starts_with("t.me") || host.starts_with("telegram.me") {
        "telegram"
    } else if host.starts_with("youtube.com") || host.starts_with("youtu.be") {
        "youtube"
    } else {
        return None;
    };
    Some(platform)
}

/// Removes the spans of `found` from `text`, folding the white space around each.
fn cut(text: &str, found: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(s, e) in found {
        out.push_str(&text[at..s]);
        at = e;
    }
    out.push_str(&text[at..]);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Recognises an embedded post in a paragraph. Returns the paragraph with the post's
/// media links removed, and the post.
pub(crate) fn detect_post(text: &str) -> Option<(String, PostDraft)> {
    let embed: Vec<(usize, usize)> = EMBED_LINK
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    let attr = attribution(text);
    let platform_links: Vec<(usize, usize)> = PLATFORM_LINK
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .filter(|(s, e)| !embed.iter().any(|(es, ee)| es < e && s < ee))
        .collect();
    let is_post = !embed.is_empty()
        || attr.as_ref().is_some_and(|a| {
            let named = a.author.as_ref().is_some_and(|x| {
                x.chars().next().is_some_and(char::is_uppercase)
                    && x.split_whitespace().count() <= 5
            });
            a.handle.is_some() || (a.em_dash && named) || !platform_links.is_empty()
        });
    if !is_post {
        return None;
    }
    let mut remove: Vec<(usize, usize)> = embed;
    if attr.is_some() {
        remove.extend(platform_links);
    }
    remove.sort_unstable();
    let links: Vec<String> = remove
        .iter()
        .map(|&(s, e)| text[s..e].trim_end_matches(['.', ',', ')']).to_string())
        .collect();
    let cleaned = cut(text, &remove);
    let attr = attribution(&cleaned);
    let platform = links
        .iter()
        .find_map(|l| platform_of(l))
        .or_else(|| {
            attr.as_ref()
                .and_then(|a| a.handle.as_ref())
                .map(|_| "twitter")
        })
        .unwrap_or("unknown")
        .to_string();
    let draft = PostDraft {
        platform,
        author: attr.as_ref().and_then(|a| a.author.clone()),
        handle: attr.as_ref().and_then(|a| a.handle.clone()),
        date: attr.as_ref().and_then(|a| a.date),
        links,
        attribution_start: attr.map(|a| a.start),
    };
    Some((cleaned, draft))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tweet_with_media_link_and_attribution() {
        let p = "Die Flotte ist ausgelaufen https://t.co/AbC123 pic.twitter.com/Xy12Z — Gondor Navy (@GondorNavy) March 2, 2031";
        let (clean, post) = detect_post(p).unwrap();
        assert_eq!(
            clean,
            "Die Flotte ist ausgelaufen — Gondor Navy (@GondorNavy) March 2, 2031"
        );
        assert_eq!(post.platform, "twitter");
        assert_eq!(post.author.as_deref(), Some("Gondor Navy"));
        assert_eq!(post.handle.as_deref(), Some("@GondorNavy"));
        assert_eq!(post.date.unwrap().to_string(), "2031-03-02");
        assert_eq!(post.links, ["https://t.co/AbC123", "pic.twitter.com/Xy12Z"]);
        assert_eq!(
            &clean[post.attribution_start.unwrap()..],
            "— Gondor Navy (@GondorNavy) March 2, 2031"
        );
    }

    #[test]
    fn other_platforms_and_link_only_posts() {
        let p = "Ships at dawn. https://www.instagram.com/p/Qx9/ - Rohan Riders (@rohanriders) 2 March 2031";
        let (clean, post) = detect_post(p).unwrap();
        assert_eq!(post.platform, "instagram");
        assert_eq!(
            clean,
            "Ships at dawn. - Rohan Riders (@rohanriders) 2 March 2031"
        );
        let (clean, post) = detect_post("The harbour at dawn pic.twitter.com/Q1").unwrap();
        assert_eq!(clean, "The harbour at dawn");
        assert_eq!(post.author, None);
        assert_eq!(post.attribution_start, None);
    }

    #[test]
    fn ordinary_paragraphs_are_not_posts() {
        assert!(detect_post("The king spoke - and the hall fell silent.").is_none());
        assert!(detect_post("Trade rose in 2031 - the council said on March 2, 2031").is_none());
        assert!(detect_post("Trade rose — the council said on March 2, 2031").is_none());
        assert!(detect_post("See https://www.gondor.example/news for more.").is_none());
        assert!(is_attribution_only(
            "— Gondor Navy (@GondorNavy) March 2, 2031"
        ));
        assert!(!is_attribution_only(
            "The fleet sailed — Gondor Navy (@GondorNavy) March 2, 2031"
        ));
    }
}
