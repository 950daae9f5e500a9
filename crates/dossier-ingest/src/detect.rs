//! Which format a file is in: by its name and by sniffing its first bytes.

use dossier_model::SourceFormat;

/// The formats dossier reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// Plain text, one article per file.
    Text,
    /// An HTML page, one article per file.
    Html,
    /// JSON Lines, one article object per line (also `.json` arrays of article objects).
    Jsonl,
    /// An RSS 2.0 (or RSS 1.0 / RDF) feed, one article per item.
    Rss,
    /// An Atom feed, one article per entry.
    Atom,
    /// A WARC archive, one article per HTML `response` record.
    Warc,
}

impl InputFormat {
    /// The format as recorded in [`dossier_model::SourceRef::format`].
    pub fn source_format(self) -> SourceFormat {
        match self {
            InputFormat::Text => SourceFormat::Text,
            InputFormat::Html => SourceFormat::Html,
            InputFormat::Jsonl => SourceFormat::Jsonl,
            InputFormat::Rss => SourceFormat::Rss,
            InputFormat::Atom => SourceFormat::Atom,
            InputFormat::Warc => SourceFormat::Warc,
        }
    }

    /// True for formats that hold many records and are streamed.
    pub fn is_container(self) -> bool {
        matches!(
            self,
            InputFormat::Jsonl | InputFormat::Rss | InputFormat::Atom | InputFormat::Warc
        )
    }
}

/// The lower-cased extension of a file name (`warc` for `x.WARC`), if any.
pub(crate) fn extension(name: &str) -> Option<String> {
    let file = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let (stem, ext) = file.rsplit_once('.')?;
    if stem.is_empty() {
        return None;
    }
    Some(ext.to_ascii_lowercase())
}

/// True when a file name's extension says the file holds many records.
pub(crate) fn named_as_container(name: &str) -> bool {
    matches!(
        extension(name).as_deref(),
        Some("jsonl" | "ndjson" | "json" | "rss" | "atom" | "xml" | "warc" | "gz")
    )
}

fn sniff_markup(head: &[u8]) -> Option<InputFormat> {
    let sample = String::from_utf8_lossy(&head[..head.len().min(4096)]).to_ascii_lowercase();
    let first = |needle: &str| sample.find(needle);
    let html = [
        first("<html"),
        first("<!doctype html"),
        first("<body"),
        first("<head"),
    ]
    .into_iter()
    .flatten()
    .min();
    let rss = [first("<rss"), first("<rdf:rdf")]
        .into_iter()
        .flatten()
        .min();
    let atom = first("<feed");
    let earliest = [
        (rss, InputFormat::Rss),
        (atom, InputFormat::Atom),
        (html, InputFormat::Html),
    ]
    .into_iter()
    .filter_map(|(at, f)| at.map(|a| (a, f)))
    .min_by_key(|(a, _)| *a);
    match earliest {
        Some((_, f)) => Some(f),
        None if sample.trim_start().starts_with('<') => {
            if sample.contains("<p") || sample.contains("<div") || sample.contains("<article") {
                Some(InputFormat::Html)
            } else {
                None
            }
        }
        None => None,
    }
}

/// Detects the format of a (decompressed) file from its name and its first bytes.
///
/// The extension decides for `.txt` (text), `.html`/`.htm`/`.xhtml` (HTML), `.jsonl`,
/// `.ndjson` and `.json` (JSONL) and `.warc`; `.rss`, `.atom` and `.xml` are told apart by
/// their root element; anything else is sniffed: `WARC/` starts a WARC file, `<rss`,
/// `<rdf:RDF` and `<feed` mark feeds, HTML tags an HTML page, `{` or `[` JSON, and
/// the rest is text.
pub fn detect_format(name: &str, head: &[u8]) -> InputFormat {
    let ext = extension(name);
    match ext.as_deref() {
        Some("txt" | "text") => return InputFormat::Text,
        Some("html" | "htm" | "xhtml" | "shtml") => return InputFormat::Html,
        Some("jsonl" | "ndjson" | "json") => return InputFormat::Jsonl,
        Some("warc") => return InputFormat::Warc,
        Some("rss" | "atom" | "xml") => {
            return sniff_markup(head).unwrap_or(if ext.as_deref() == Some("atom") {
                InputFormat::Atom
            } else {
                InputFormat::Rss
            })
        }
        _ => {}
    }
    if head.starts_with(b"WARC/") {
        return InputFormat::Warc;
    }
    let trimmed: &[u8] = {
        let no_bom = head.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(head);
        let start = no_bom
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .unwrap_or(no_bom.len());
        &no_bom[start..]
    };
    if trimmed.starts_with(b"<") {
        if let Some(f) = sniff_markup(trimmed) {
            return f;
        }
    }
    if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
        return InputFormat::Jsonl;
    }
    InputFormat::Text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name_and_content() {
        assert_eq!(detect_format("a.txt", b"<html>"), InputFormat::Text);
        assert_eq!(detect_format("a.HTM", b"x"), InputFormat::Html);
        assert_eq!(detect_format("a.ndjson", b"{}"), InputFormat::Jsonl);
        assert_eq!(
            detect_format("feed.xml", b"<?xml version=\"1.0\"?><rss>"),
            InputFormat::Rss
        );
        assert_eq!(
            detect_format(
                "feed.xml",
                b"<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            ),
            InputFormat::Atom
        );
        assert_eq!(detect_format("feed.rss", b"<feed>"), InputFormat::Atom);
        assert_eq!(
            detect_format("page", b"  <!DOCTYPE html><html>"),
            InputFormat::Html
        );
        assert_eq!(detect_format("dump", b"WARC/1.1\r\n"), InputFormat::Warc);
        assert_eq!(
            detect_format("dump.dat", b"{\"title\": 1}\n"),
            InputFormat::Jsonl
        );
        assert_eq!(detect_format("note", b"The envoy came."), InputFormat::Text);
        assert_eq!(
            detect_format(".hidden", b"The envoy came."),
            InputFormat::Text
        );
        assert!(named_as_container("x.warc.gz"));
        assert!(!named_as_container("x.txt"));
    }
}
