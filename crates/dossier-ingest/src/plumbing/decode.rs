//! Bytes to text: binary detection, byte-order marks, declared charsets, lossy UTF-8.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};
use regex::bytes::Regex;
use std::sync::LazyLock;

/// Text decoded from bytes, with a warning when the decoding had to replace something.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// True when the bytes look like a binary file rather than text: a NUL byte (outside a
/// UTF-16 byte-order-marked file), or more than 10% control characters in the first 8 KiB.
pub(crate) fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.is_empty() {
        return false;
    }
    if memchr::memchr(0, sample).is_some() {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B))
        .count();
    control * 10 > sample.len()
}

/// Decodes text that has no declared charset: UTF-8 (or UTF-16 with a byte-order mark),
/// invalid sequences replaced by U+FFFD with a warning.
pub(crate) fn decode_text(bytes: &[u8]) -> Decoded {
    decode_with(bytes, None)
}

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})"#)
        .unwrap_or_else(|e| panic!("charset regex: {e}"))
});

static HEADER_CHARSET: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r#"(?i)charset\s*=\s*["']?([A-Za-z0-9_:.-]{1,40})"#)
        .unwrap_or_else(|e| panic!("charset regex: {e}"))
});

/// The charset named in a `Content-Type` header value, if any.
pub(crate) fn charset_from_content_type(content_type: &str) -> Option<String> {
    HEADER_CHARSET
        .captures(content_type)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
}

/// Decodes an HTML page: a byte-order mark wins, then `declared` (an HTTP header's
/// charset), then a `<meta charset>` in the first 4 KiB, then UTF-8.
pub(crate) fn decode_html(bytes: &[u8], declared: Option<&str>) -> Decoded {
    let from_meta = || {
        let head = &bytes[..bytes.len().min(4096)];
        META_CHARSET
            .captures(head)
            .and_then(|c| c.get(1))
            .map(|m| String::from_utf8_lossy(m.as_bytes()).into_owned())
    };
    let label = declared.map(str::to_string).or_else(from_meta);
    let encoding = label
        .as_deref()
        .and_then(|l| Encoding::for_label(l.as_bytes()));
    decode_with(bytes, encoding)
}

fn decode_with(bytes: &[u8], encoding: Option<&'static Encoding>) -> Decoded {
    let (bom_encoding, bom_len) = match Encoding::for_bom(bytes) {
        Some((enc, len)) => (Some(enc), len),
        None => (None, 0),
    };
    let encoding = bom_encoding.or(encoding).unwrap_or(UTF_8);
    // A page that declares UTF-16 without a byte-order mark is almost always UTF-8 really.
    let encoding = if bom_encoding.is_none() && (encoding == UTF_16LE || encoding == UTF_16BE) {
        UTF_8
    } else {
        encoding
    };
    let body = &bytes[bom_len..];
    let (text, had_errors) = encoding.decode_without_bom_handling(body);
    let warning = had_errors.then(|| {
        format!(
            "invalid {} byte sequences were replaced by U+FFFD",
            encoding.name()
        )
    });
    Decoded {
        text: text.into_owned(),
        warning,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_and_text_are_told_apart() {
        assert!(looks_binary(b"PK\x03\x04\x00\x00"));
        assert!(!looks_binary("Arnor’s envoy".as_bytes()));
        assert!(!looks_binary(&[0xFF, 0xFE, b'A', 0]));
        assert!(looks_binary(&[1, 2, 3, 4, 5, 6, b'a', b'b']));
    }

    #[test]
    fn invalid_utf8_is_replaced_with_a_warning() {
        let d = decode_text(b"Minas \xFF Tirith");
        assert_eq!(d.text, "Minas \u{FFFD} Tirith");
        assert!(d.warning.is_some());
        assert!(decode_text("ok".as_bytes()).warning.is_none());
    }

    #[test]
    fn declared_html_charsets_are_honoured() {
        let page = b"<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xE9</body></html>";
        let d = decode_html(page, None);
        assert!(d.text.contains("Café"));
        assert!(d.warning.is_none());
        let d = decode_html(b"Caf\xE9", Some("windows-1252"));
        assert_eq!(d.text, "Café");
        let utf16 = [0xFF, 0xFE, b'H', 0, b'i', 0];
        assert_eq!(decode_text(&utf16).text, "Hi");
    }
}
