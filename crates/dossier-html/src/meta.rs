//! Page metadata: title, date, author, site, canonical URL, language, description.

use crate::blocks::normalise_space;
use crate::MetaDate;
use dom_query::{Document, NodeRef};
use dossier_text::dates::parse_page_metadata;
use serde_json::Value;

/// Metadata gathered from `<meta>`, `<link>`, JSON-LD and a few well-known elements.
#[derive(Debug, Default)]
pub(crate) struct PageMeta {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<MetaDate>,
    pub site_name: Option<String>,
    pub canonical_url: Option<String>,
    pub lang: Option<String>,
    pub description: Option<String>,
}

/// `<meta>` keys (name, property or itemprop) that carry the publication date, best first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "article:published",
    "og:published_time",
    "og:pubdate",
    "og:article:published_time",
    "datepublished",
    "parsely-pub-date",
    "sailthru.date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "original-publish-date",
    "pdate",
    "sn-post-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "citation_publication_date",
    "article.published",
];

/// Modification dates: a last resort for the publication date.
const MODIFIED_KEYS: &[&str] = &["article:modified_time", "og:updated_time", "datemodified"];

/// The first `<meta>` among `keys` (in their order) whose value parses as a date.
fn meta_date(pairs: &[(String, String)], keys: &[&str]) -> Option<MetaDate> {
    keys.iter().find_map(|key| {
        pairs.iter().filter(|(k, _)| k == key).find_map(|(k, raw)| {
            parse_page_metadata(raw).map(|date| MetaDate {
                date,
                field: format!("meta[{k}]"),
                raw: raw.clone(),
            })
        })
    })
}

const AUTHOR_KEYS: &[&str] = &[
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "dc.creator",
    "byl",
    "twitter:creator",
];

/// All `<meta>` tags as (lower-cased key, content), in document order.
fn meta_pairs(doc: &Document) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for node in doc.select("meta").nodes() {
        let Some(content) = node.attr("content") else {
            continue;
        };
        let content = normalise_space(&content);
        if content.is_empty() {
            continue;
        }
        for attr in ["property", "name", "itemprop", "http-equiv"] {
            if let Some(keys) = node.attr(attr) {
                for key in keys.split_whitespace() {
                    pairs.push((key.to_ascii_lowercase(), content.clone()));
                }
            }
        }
    }
    pairs
}

fn first_meta<'a>(pairs: &'a [(String, String)], keys: &[&str]) -> Option<(&'a str, &'a str)> {
    keys.iter().find_map(|key| {
        pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(k, v)| (k.as_str(), v.as_str()))
    })
}

/// What JSON-LD blocks say, article-typed objects first.
#[derive(Default)]
struct JsonLd {
    /// Every `datePublished` (then `dateCreated`) value, best first: some are placeholders.
    dates_published: Vec<String>,
    author: Option<String>,
    publisher: Option<String>,
    headline: Option<String>,
    language: Option<String>,
}

fn json_name(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Object(map) => map.get("name").and_then(json_name),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(json_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
    .map(|s| normalise_space(&s))
    .filter(|s| !s.is_empty())
}

fn is_article_type(object: &serde_json::Map<String, Value>) -> bool {
    let matches = |t: &str| {
        let t = t.to_ascii_lowercase();
        t.contains("article") || t.contains("posting") || t.contains("report")
    };
    match object.get("@type") {
        Some(Value::String(t)) => matches(t),
        Some(Value::Array(types)) => types.iter().filter_map(Value::as_str).any(matches),
        _ => false,
    }
}

fn read_json_ld(doc: &Document) -> JsonLd {
    let mut objects: Vec<serde_json::Map<String, Value>> = Vec::new();
    for node in doc.select("script[type='application/ld+json']").nodes() {
        let text = node.text();
        let trimmed = text
            .trim()
            .trim_start_matches("<![CDATA[")
            .trim_end_matches("]]>")
            .trim()
            .trim_end_matches(';');
        let Ok(value) = serde_json::from_str::<Value>(trimmed) else {
            continue;
        };
        // Iterative walk over every nested object and array (@graph, mainEntity, ...).
        let mut stack = vec![value];
        while let Some(value) = stack.pop() {
            match value {
                Value::Array(items) => stack.extend(items.into_iter().rev()),
                Value::Object(mut map) => {
                    let nested: Vec<Value> = [
                        "@graph",
                        "mainEntity",
                        "mainEntityOfPage",
                        "itemListElement",
                    ]
                    .iter()
                    .filter_map(|key| map.remove(*key))
                    .collect();
                    objects.push(map);
                    stack.extend(nested.into_iter().rev());
                }
                _ => {}
            }
        }
    }
    objects.sort_by_key(|o| !is_article_type(o));
    let mut out = JsonLd::default();
    for object in &objects {
        let text = |key: &str| object.get(key).and_then(Value::as_str).map(normalise_space);
        out.dates_published.extend(text("datePublished"));
        out.dates_published.extend(text("dateCreated"));
        if out.author.is_none() {
            out.author = object.get("author").and_then(json_name);
        }
        if out.publisher.is_none() {
            out.publisher = object.get("publisher").and_then(json_name);
        }
        if out.headline.is_none() {
            out.headline = text("headline").filter(|h| !h.is_empty());
        }
        if out.language.is_none() {
            out.language = object.get("inLanguage").and_then(json_name);
        }
    }
    out
}

/// ISO 639-2 codes of common news languages to their ISO 639-1 form.
const THREE_TO_TWO: &[(&str, &str)] = &[
    ("eng", "en"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("deu", "de"),
    ("ger", "de"),
    ("spa", "es"),
    ("por", "pt"),
    ("ita", "it"),
    ("rus", "ru"),
    ("ara", "ar"),
    ("urd", "ur"),
    ("zho", "zh"),
    ("chi", "zh"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("nld", "nl"),
    ("dut", "nl"),
    ("pol", "pl"),
    ("ukr", "uk"),
    ("tur", "tr"),
    ("fas", "fa"),
    ("per", "fa"),
    ("hin", "hi"),
    ("heb", "he"),
    ("ind", "id"),
    ("swe", "sv"),
    ("nor", "no"),
    ("dan", "da"),
    ("fin", "fi"),
    ("ell", "el"),
    ("gre", "el"),
];

/// `en-US`, `pt_BR`, `eng` -> `en`, `pt`, `en`. None when it is not a language code.
pub(crate) fn normalise_lang(raw: &str) -> Option<String> {
    let primary = raw.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    if !primary.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    match primary.len() {
        2 => Some(match primary.as_str() {
            "iw" => "he".to_string(),
            "in" => "id".to_string(),
            _ => primary,
        }),
        3 => THREE_TO_TWO
            .iter()
            .find(|(three, _)| *three == primary)
            .map(|(_, two)| (*two).to_string()),
        _ => None,
    }
}

fn looks_like_url(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//")
}

/// "By Faramir and Eowyn" -> "Faramir and Eowyn".
fn clean_byline(raw: &str) -> Option<String> {
    let text = normalise_space(raw);
    let lower = text.to_lowercase();
    let text = if lower.starts_with("by ") {
        text[3..].trim().to_string()
    } else {
        text
    };
    let words = text.split_whitespace().count();
    (words > 0
        && !text.starts_with('@')
        && words <= 12
        && !looks_like_url(&text)
        && text.chars().any(char::is_alphabetic))
    .then_some(text)
}

fn byline_from_elements(doc: &Document) -> Option<String> {
    let selectors = [
        "[rel='author']",
        "[itemprop='author'] [itemprop='name']",
        "[itemprop='author']",
        "[class*='byline'] [class*='author']",
        "[class*='byline']",
        "[class*='author-name']",
        "[class*='author'] a",
    ];
    selectors.iter().find_map(|selector| {
        doc.select(selector)
            .nodes()
            .iter()
            .find_map(|node: &NodeRef| clean_byline(&node.text()))
    })
}

fn resolve(base: Option<&str>, href: &str) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    match url::Url::parse(href) {
        Ok(u) => Some(u.to_string()),
        Err(_) => base
            .and_then(|b| url::Url::parse(b).ok())
            .and_then(|b| b.join(href).ok())
            .map(|u| u.to_string()),
    }
}

const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » "];

/// Drops a trailing " | Site" (or " - Site" ...) from a title: when the last part names the
/// site, or when the separator is a pipe (which news sites use for their name only).
fn strip_site_suffix(title: &str, site: Option<&str>, host: Option<&str>) -> String {
    let title = normalise_space(title);
    for sep in TITLE_SEPARATORS {
        let Some(pos) = title.rfind(sep) else {
            continue;
        };
        let (head, tail) = (title[..pos].trim(), title[pos + sep.len()..].trim());
        if head.is_empty() {
            continue;
        }
        let squash = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        };
        let tail_key = squash(tail);
        let names_site = site.is_some_and(|s| squash(s) == tail_key)
            || host.is_some_and(|h| !tail_key.is_empty() && squash(h).contains(&tail_key));
        let short_tail = tail.split_whitespace().count() <= 4 && tail.len() < head.len();
        if names_site || (*sep == " | " && short_tail) {
            return head.to_string();
        }
    }
    title
}

/// Reads the page's metadata. `url` is where the page came from, if known.
pub(crate) fn read_meta(doc: &Document, url: Option<&str>) -> PageMeta {
    let pairs = meta_pairs(doc);
    let json_ld = read_json_ld(doc);

    let published = meta_date(&pairs, DATE_KEYS)
        .or_else(|| {
            json_ld.dates_published.iter().find_map(|raw| {
                parse_page_metadata(raw).map(|date| MetaDate {
                    date,
                    field: "json-ld datePublished".to_string(),
                    raw: raw.clone(),
                })
            })
        })
        .or_else(|| {
            doc.select("time[datetime], [itemprop='datePublished']")
                .nodes()
                .iter()
                .find_map(|node| {
                    let raw = node
                        .attr("datetime")
                        .or_else(|| node.attr("content"))
                        .map(|s| s.to_string())
                        .unwrap_or_else(|| normalise_space(&node.text()));
                    parse_page_metadata(&raw).map(|date| MetaDate {
                        date,
                        field: "time[datetime]".to_string(),
                        raw,
                    })
                })
        })
        .or_else(|| meta_date(&pairs, MODIFIED_KEYS));

    let site_name = first_meta(&pairs, &["og:site_name", "application-name"])
        .map(|(_, v)| v.to_string())
        .or(json_ld.publisher);

    let canonical_url = doc
        .select("link[rel='canonical']")
        .nodes()
        .iter()
        .find_map(|n| n.attr("href").and_then(|h| resolve(url, &h)))
        .or_else(|| first_meta(&pairs, &["og:url"]).and_then(|(_, v)| resolve(url, v)));

    let host = canonical_url
        .as_deref()
        .or(url)
        .and_then(|u| url::Url::parse(u).ok())
        .and_then(|u| {
            u.host_str()
                .map(|h| h.trim_start_matches("www.").to_string())
        });

    let h1 = doc
        .select("h1")
        .nodes()
        .iter()
        .map(|n| normalise_space(&n.text()))
        .find(|t| !t.is_empty());
    let title_tag = doc
        .select("title")
        .nodes()
        .first()
        .map(|n| normalise_space(&n.text()))
        .filter(|t| !t.is_empty());
    let title = first_meta(&pairs, &["og:title", "twitter:title"])
        .map(|(_, v)| v.to_string())
        .or(json_ld.headline)
        .or(h1)
        .or(title_tag)
        .map(|t| strip_site_suffix(&t, site_name.as_deref(), host.as_deref()));

    let byline = first_meta(&pairs, AUTHOR_KEYS)
        .and_then(|(_, v)| clean_byline(v))
        .or_else(|| json_ld.author.as_deref().and_then(clean_byline))
        .or_else(|| byline_from_elements(doc));

    let lang = doc
        .select("html")
        .nodes()
        .first()
        .and_then(|n| n.attr("lang").or_else(|| n.attr("xml:lang")))
        .and_then(|l| normalise_lang(&l))
        .or_else(|| {
            first_meta(
                &pairs,
                &["og:locale", "content-language", "language", "dc.language"],
            )
            .and_then(|(_, v)| normalise_lang(v))
        })
        .or_else(|| json_ld.language.as_deref().and_then(normalise_lang));

    let description = first_meta(
        &pairs,
        &["description", "og:description", "twitter:description"],
    )
    .map(|(_, v)| v.to_string());

    PageMeta {
        title,
        byline,
        published,
        site_name,
        canonical_url,
        lang,
        description,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        assert_eq!(normalise_lang("en-US").as_deref(), Some("en"));
        assert_eq!(normalise_lang("pt_BR").as_deref(), Some("pt"));
        assert_eq!(normalise_lang("ara").as_deref(), Some("ar"));
        assert_eq!(normalise_lang("x1"), None);
        assert_eq!(normalise_lang(""), None);
    }

    #[test]
    fn title_suffixes() {
        let host = Some("gondor-herald.example");
        assert_eq!(
            strip_site_suffix("Beacons lit over Amon Din | Gondor Herald", None, host),
            "Beacons lit over Amon Din"
        );
        assert_eq!(
            strip_site_suffix("Beacons lit - The Herald", Some("The Herald"), None),
            "Beacons lit"
        );
        assert_eq!(
            strip_site_suffix("Arnor - Gondor talks resume", Some("The Herald"), None),
            "Arnor - Gondor talks resume"
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            clean_byline("  By  Faramir of Ithilien ").as_deref(),
            Some("Faramir of Ithilien")
        );
        assert_eq!(clean_byline("https://example.org/faramir"), None);
        assert_eq!(clean_byline("@gondorherald"), None);
    }
}
