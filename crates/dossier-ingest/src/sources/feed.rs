//! The feed source: RSS 2.0 / RSS 1.0 and Atom feeds, streamed item by item with
//! `quick-xml`. Item content is an HTML fragment, turned into paragraphs by
//! `dossier_html::fragment`.

use super::{RawRecord, RawRecords, Source};
use crate::detect::InputFormat;
use crate::plumbing::errors::{IngestError, RecordPlace};
use crate::plumbing::input::{Input, OpenedInput};
use crate::plumbing::limits::{human_bytes, Limits};
use crate::raw::{domain_of, PublishedDate, RawArticle, RawBody};
use dossier_html::fragment::{decode_entities, looks_like_html, to_paragraphs};
use dossier_model::{Evidence, SourceRef};
use dossier_text::dates::parse_metadata;
use quick_xml::escape::resolve_html5_entity;
use quick_xml::events::Event;
use quick_xml::Reader;
use std::cell::Cell;
use std::io::{BufRead, Read};
use std::rc::Rc;

/// A reader that fails once more than `limit` bytes were read since the last mark, so
/// that one feed item (or the feed header) can never make the parser buffer grow unbounded.
struct BudgetReader<'a> {
    inner: Input<'a>,
    used: Rc<Cell<u64>>,
    limit: u64,
}

impl BudgetReader<'_> {
    fn check(&self) -> std::io::Result<()> {
        if self.used.get() > self.limit {
            return Err(std::io::Error::other(format!(
                "an item is larger than the {} limit (max_record_bytes)",
                human_bytes(self.limit)
            )));
        }
        Ok(())
    }
}

impl Read for BudgetReader<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        self.check()?;
        let n = self.inner.read(buf)?;
        self.used.set(self.used.get() + n as u64);
        Ok(n)
    }
}

impl BufRead for BudgetReader<'_> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.check()?;
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        self.used.set(self.used.get() + amount as u64);
        self.inner.consume(amount);
    }
}

/// Fields of one item or entry.
#[derive(Debug, Default)]
struct Item {
    title: Option<String>,
    link: Option<String>,
    guid: Option<String>,
    published: Option<(String, String)>,
    updated: Option<(String, String)>,
    author: Option<String>,
    content: Option<String>,
    description: Option<String>,
}

/// Which field a captured element's text goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    ChannelTitle,
    ChannelLink,
    ChannelLanguage,
    Title,
    Link,
    Guid,
    Published(&'static str),
    Updated(&'static str),
    Author,
    Content,
    Description,
}

struct Capture {
    target: Target,
    depth: usize,
    text: String,
}

struct FeedItems<'a> {
    name: String,
    format: InputFormat,
    reader: Reader<BudgetReader<'a>>,
    used: Rc<Cell<u64>>,
    buf: Vec<u8>,
    depth: usize,
    channel_title: Option<String>,
    channel_link: Option<String>,
    channel_lang: Option<String>,
    item: Option<Item>,
    item_depth: usize,
    capture: Option<Capture>,
    index: u64,
    done: bool,
    /// Name of the document's root element, once seen.
    root: Option<String>,
}

/// Reads RSS and Atom feeds.
pub(crate) struct FeedSource;

impl Source for FeedSource {
    fn read<'a>(&self, input: OpenedInput<'a>) -> RawRecords<'a> {
        items(input.name, input.format, input.reader, input.limits)
    }
}

/// Streams the items (RSS) or entries (Atom) of a feed. Broken XML ends the stream with
/// an error naming the file and position; items before it are still yielded.
fn items<'a>(
    name: String,
    format: InputFormat,
    reader: Input<'a>,
    limits: Limits,
) -> RawRecords<'a> {
    let used = Rc::new(Cell::new(0));
    let budget = BudgetReader {
        inner: reader,
        used: Rc::clone(&used),
        limit: limits.max_record_bytes,
    };
    let mut reader = Reader::from_reader(budget);
    let config = reader.config_mut();
    config.trim_text(false);
    config.check_end_names = true;
    config.expand_empty_elements = false;
    Box::new(FeedItems {
        name,
        format,
        reader,
        used,
        buf: Vec::new(),
        depth: 0,
        channel_title: None,
        channel_link: None,
        channel_lang: None,
        item: None,
        item_depth: 0,
        capture: None,
        index: 0,
        done: false,
        root: None,
    })
}

fn local(qname: &str) -> String {
    qname.to_ascii_lowercase()
}

fn attr(e: &quick_xml::events::BytesStart<'_>, key: &str) -> Option<String> {
    e.try_get_attribute(key).ok().flatten().and_then(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .ok()
            .map(|v| v.into_owned())
    })
}

fn item_target(name: &str) -> Option<Target> {
    let t = match name {
        "title" => Target::Title,
        "link" => Target::Link,
        "guid" | "id" => Target::Guid,
        "pubdate" => Target::Published("rss pubDate"),
        "published" => Target::Published("atom published"),
        "dc:date" => Target::Published("dc:date"),
        "updated" => Target::Updated("atom updated"),
        "author" | "dc:creator" => Target::Author,
        "content:encoded" | "content" => Target::Content,
        "description" | "summary" => Target::Description,
        _ => return None,
    };
    Some(t)
}

/// Plain text of a feed text field that may hold escaped HTML.
fn plain(text: &str) -> String {
    let text = if looks_like_html(text) {
        to_paragraphs(text).join(" ")
    } else {
        decode_entities(text)
    };
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl FeedItems<'_> {
    fn error(&self, reason: String) -> IngestError {
        if self.item.is_some() {
            IngestError::record(&self.name, self.index, reason)
        } else {
            IngestError::file(&self.name, reason)
        }
    }

    fn start(&mut self, name: &str, e: &quick_xml::events::BytesStart<'_>, empty: bool) {
        let depth = self.depth;
        if depth == 1 {
            match name {
                "rss" | "rdf:rdf" => self.format = InputFormat::Rss,
                "feed" => self.format = InputFormat::Atom,
                _ => {}
            }
        }
        if self.capture.is_some() {
            return;
        }
        if self.item.is_none() && (name == "item" || name == "entry") {
            self.item = Some(Item::default());
            self.item_depth = depth;
            return;
        }
        let target = if let Some(item) = self.item.as_mut() {
            if depth != self.item_depth + 1 {
                return;
            }
            if name == "link" {
                if let Some(href) = attr(e, "href") {
                    let rel = attr(e, "rel").unwrap_or_else(|| "alternate".to_string());
                    if rel == "alternate" && item.link.is_none() {
                        item.link = Some(href);
                    }
                    return;
                }
            }
            if name == "content" && attr(e, "type").as_deref() == Some("xhtml") && !empty {
                self.capture = Some(Capture {
                    target: Target::Content,
                    depth,
                    text: String::new(),
                });
                return;
            }
            item_target(name)
        } else {
            let at_channel = depth == 3 || (depth == 2 && self.format == InputFormat::Atom);
            match name {
                "title" if at_channel => Some(Target::ChannelTitle),
                "link" if at_channel => {
                    if let Some(href) = attr(e, "href") {
                        if self.channel_link.is_none()
                            && attr(e, "rel").is_none_or(|r| r == "alternate")
                        {
                            self.channel_link = Some(href);
                        }
                        None
                    } else {
                        Some(Target::ChannelLink)
                    }
                }
                "language" if at_channel => Some(Target::ChannelLanguage),
                _ => None,
            }
        };
        if let Some(target) = target {
            if !empty {
                self.capture = Some(Capture {
                    target,
                    depth,
                    text: String::new(),
                });
            }
        }
    }

    fn text(&mut self, text: &str) {
        if let Some(c) = self.capture.as_mut() {
            c.text.push_str(text);
        }
    }

    fn store(&mut self, capture: Capture) {
        let text = capture.text.trim().to_string();
        if text.is_empty() {
            return;
        }
        match (capture.target, self.item.as_mut()) {
            (Target::ChannelTitle, _) => self.channel_title = Some(plain(&text)),
            (Target::ChannelLink, _) => self.channel_link = Some(text),
            (Target::ChannelLanguage, _) => self.channel_lang = Some(text),
            (_, None) => {}
            (Target::Title, Some(i)) => i.title = Some(plain(&text)),
            (Target::Link, Some(i)) => i.link = i.link.take().or(Some(text)),
            (Target::Guid, Some(i)) => i.guid = Some(text),
            (Target::Published(f), Some(i)) => {
                i.published = i.published.take().or(Some((f.to_string(), text)))
            }
            (Target::Updated(f), Some(i)) => i.updated = Some((f.to_string(), text)),
            (Target::Author, Some(i)) => i.author = Some(plain(&text)),
            (Target::Content, Some(i)) => i.content = Some(text),
            (Target::Description, Some(i)) => i.description = Some(text),
        }
    }

    /// The raw article of a finished item.
    fn finish_item(&mut self, item: Item) -> Result<RawRecord, IngestError> {
        let index = self.index;
        self.index += 1;
        let source = SourceRef {
            path: self.name.clone(),
            format: self.format.source_format(),
            record: Some(index),
        };
        let body = item.content.or(item.description).ok_or_else(|| {
            IngestError::record(&self.name, index, "item has no content or description")
        })?;
        let paragraphs: Vec<String> = if looks_like_html(&body) {
            to_paragraphs(&body)
        } else {
            decode_entities(&body)
                .split("\n\n")
                .map(str::to_string)
                .collect()
        };
        let mut raw = RawArticle::new(source, RawBody::Paragraphs(paragraphs));
        raw.headline = item.title;
        raw.url = item.link.or(item
            .guid
            .filter(|g| g.starts_with("http://") || g.starts_with("https://")));
        raw.outlet.name = self.channel_title.clone();
        raw.outlet.domain = raw
            .url
            .as_deref()
            .or(self.channel_link.as_deref())
            .and_then(domain_of);
        raw.byline = item.author;
        raw.language_hint = self
            .channel_lang
            .as_deref()
            .and_then(|l| l.split(['-', '_']).next())
            .map(str::to_ascii_lowercase);
        if let Some((field, value)) = item.published.or(item.updated) {
            match parse_metadata(&value) {
                Some(date) => {
                    raw.published = Some(PublishedDate {
                        date,
                        evidence: Evidence::Metadata { field, value },
                    })
                }
                None => raw
                    .warnings
                    .push(format!("{field} {value:?} is not a date I can read")),
            }
        }
        Ok(RawRecord {
            article: raw,
            place: RecordPlace::Record(index),
        })
    }
}

impl Iterator for FeedItems<'_> {
    type Item = Result<RawRecord, IngestError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            let event = self.reader.read_event_into(&mut self.buf);
            let event = match event {
                Ok(ev) => ev.into_owned(),
                Err(e) => {
                    self.done = true;
                    let at = self.reader.error_position();
                    return Some(Err(self.error(format!("broken XML at byte {at}: {e}"))));
                }
            };
            match event {
                Event::Start(e) => {
                    self.depth += 1;
                    let name = local(e.name().as_ref());
                    if self.root.is_none() {
                        self.root = Some(name.clone());
                    }
                    self.start(&name, &e, false);
                    if let Some(c) = self.capture.as_mut() {
                        if c.target == Target::Content
                            && self.depth > c.depth
                            && is_xhtml_block(&name)
                        {
                            c.text.push_str("\n\n");
                        }
                    }
                }
                Event::Empty(e) => {
                    let name = local(e.name().as_ref());
                    self.depth += 1;
                    self.start(&name, &e, true);
                    self.depth -= 1;
                }
                Event::Text(t) => {
                    let s = t.xml10_content().into_owned();
                    self.text(&s);
                }
                Event::CData(c) => {
                    let s = c.into_inner().into_owned();
                    self.text(&s);
                }
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(ch)) => ch.to_string(),
                        _ => {
                            let name: &str = &r;
                            resolve_html5_entity(name)
                                .map(str::to_string)
                                .unwrap_or_else(|| format!("&{name};"))
                        }
                    };
                    self.text(&resolved);
                }
                Event::End(e) => {
                    let name = local(e.name().as_ref());
                    let depth = self.depth;
                    self.depth = self.depth.saturating_sub(1);
                    if self.capture.as_ref().is_some_and(|c| c.depth == depth) {
                        if let Some(c) = self.capture.take() {
                            self.store(c);
                        }
                    } else if let Some(c) = self.capture.as_mut() {
                        if c.target == Target::Content && is_xhtml_block(&name) {
                            c.text.push_str("\n\n");
                        }
                    }
                    if self.item.is_some()
                        && depth == self.item_depth
                        && (name == "item" || name == "entry")
                    {
                        self.used.set(0);
                        if let Some(item) = self.item.take() {
                            return Some(self.finish_item(item));
                        }
                    }
                    if self.item.is_none() && self.capture.is_none() {
                        // Between items: the budget covers the feed header and one item at a time.
                        self.used.set(0);
                    }
                }
                Event::Eof => {
                    self.done = true;
                    if self.item.is_some() {
                        return Some(Err(
                            self.error("feed ends inside an item (truncated XML)".to_string())
                        ));
                    }
                    if self.index == 0 {
                        let reason = match self.root.as_deref() {
                            Some("rss" | "feed" | "RDF" | "channel") | None => {
                                "feed has no items".to_string()
                            }
                            Some(other) => {
                                format!("XML but not an RSS or Atom feed (root element <{other}>)")
                            }
                        };
                        return Some(Err(IngestError::file(&self.name, reason)));
                    }
                }
                _ => {}
            }
        }
        None
    }
}

fn is_xhtml_block(name: &str) -> bool {
    let bare = name.rsplit(':').next().unwrap_or(name);
    matches!(
        bare,
        "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "blockquote"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plumbing::input::opened_for_test;

    fn read(name: &str, format: InputFormat, xml: &str) -> Vec<Result<RawRecord, IngestError>> {
        let input = opened_for_test(name, format, xml.as_bytes(), Limits::default());
        FeedSource.read(input).collect()
    }

    #[test]
    fn rss_items_carry_the_channel_and_their_fields() {
        let xml = r#"<?xml version="1.0"?><rss version="2.0"><channel>
            <title>Gondor &amp; Arnor Herald</title><link>https://www.herald.example/</link>
            <language>en-GB</language>
            <item><title>Beacons lit</title><guid>https://www.herald.example/beacons</guid>
            <pubDate>Tue, 04 Mar 2031 10:00:00 GMT</pubDate><dc:creator>Beregond</dc:creator>
            <description>&lt;p&gt;The beacons are lit.&lt;/p&gt;&lt;p&gt;Rohan rides.&lt;/p&gt;</description></item>
            <item><title>Second</title><pubDate>someday</pubDate><description>Plain words</description></item>
            </channel></rss>"#;
        let records = read("herald.rss", InputFormat::Rss, xml);
        assert_eq!(records.len(), 2);
        let first = records[0].as_ref().unwrap();
        assert_eq!(first.place, RecordPlace::Record(0));
        let a = &first.article;
        assert_eq!(a.outlet.name.as_deref(), Some("Gondor & Arnor Herald"));
        assert_eq!(a.outlet.domain.as_deref(), Some("herald.example"));
        assert_eq!(a.url.as_deref(), Some("https://www.herald.example/beacons"));
        assert_eq!(a.headline.as_deref(), Some("Beacons lit"));
        assert_eq!(a.byline.as_deref(), Some("Beregond"));
        assert_eq!(a.language_hint.as_deref(), Some("en"));
        assert_eq!(
            a.body,
            RawBody::Paragraphs(vec!["The beacons are lit.".into(), "Rohan rides.".into()])
        );
        let published = a.published.as_ref().unwrap();
        assert_eq!(published.date.to_string(), "2031-03-04");
        assert!(
            matches!(&published.evidence, Evidence::Metadata { field, .. } if field == "rss pubDate")
        );
        let second = &records[1].as_ref().unwrap().article;
        assert_eq!(second.source.record, Some(1));
        assert!(second.published.is_none());
        assert_eq!(
            second.warnings,
            ["rss pubDate \"someday\" is not a date I can read"]
        );
    }

    #[test]
    fn atom_entries_read_xhtml_content_and_alternate_links() {
        let xml = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>Rivendell Notes</title>
            <entry><title>Council</title><link rel="edit" href="https://r.example/edit"/>
            <link href="https://r.example/council"/><updated>2031-03-04T23:10:00+05:00</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Elrond spoke.</p><p>The ring must go.</p></div></content>
            </entry></feed>"#;
        let records = read("notes.xml", InputFormat::Rss, xml);
        let a = &records[0].as_ref().unwrap().article;
        assert_eq!(a.source.format, dossier_model::SourceFormat::Atom);
        assert_eq!(a.url.as_deref(), Some("https://r.example/council"));
        assert_eq!(a.published.as_ref().unwrap().date.to_string(), "2031-03-04");
        // Block ends and starts both separate: the empty paragraph between is left to assembly.
        assert_eq!(
            a.body,
            RawBody::Paragraphs(vec![
                "Elrond spoke.".into(),
                String::new(),
                "The ring must go.".into()
            ])
        );
    }

    #[test]
    fn broken_and_empty_feeds_and_bare_items_are_errors() {
        let records = read(
            "f.rss",
            InputFormat::Rss,
            "<rss><channel><item><title>Only a title</title></item></channel></rss>",
        );
        let err = records[0].as_ref().unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.rss#0: item has no content or description"
        );
        let records = read("f.rss", InputFormat::Rss, "<rss><channel></channel></rss>");
        assert_eq!(records[0].as_ref().unwrap_err().reason, "feed has no items");
        let records = read(
            "f.rss",
            InputFormat::Rss,
            "<rss><channel><item><description>Words",
        );
        let err = records[0].as_ref().unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.rss#0: feed ends inside an item (truncated XML)"
        );
    }

    #[test]
    fn xml_that_is_not_a_feed_says_so() {
        let xml = "<?xml version=\"1.0\"?><Document><token>Arnor</token></Document>";
        let records = read("annotations.xml", InputFormat::Rss, xml);
        assert_eq!(records.len(), 1);
        let err = records[0].as_ref().unwrap_err().to_string();
        assert!(err.contains("not an RSS or Atom feed"), "{err}");
        assert!(err.to_lowercase().contains("<document>"), "{err}");
    }
}
