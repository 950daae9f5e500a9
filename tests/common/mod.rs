//! Helpers shared by the binary's integration tests.

#![allow(dead_code)]

use serde_json::Value;
use sha2::{Digest, Sha256};

/// Replaces every string of four words or more, or longer than 48 bytes, by its length and a
/// SHA-256 prefix: third-party text is pinned without being committed.
pub fn redact(value: Value) -> Value {
    match value {
        Value::String(s) if s.split_whitespace().count() >= 4 || s.len() > 48 => {
            let digest = Sha256::digest(s.as_bytes());
            let hex: String = digest[..6].iter().map(|b| format!("{b:02x}")).collect();
            Value::String(format!("<{} bytes, sha256 {hex}>", s.len()))
        }
        Value::Array(items) => Value::Array(items.into_iter().map(redact).collect()),
        Value::Object(map) => Value::Object(map.into_iter().map(|(k, v)| (k, redact(v))).collect()),
        other => other,
    }
}

/// Applies `f` to every string in `value`.
pub fn map_strings(value: Value, f: &dyn Fn(&str) -> String) -> Value {
    match value {
        Value::String(s) => Value::String(f(&s)),
        Value::Array(items) => Value::Array(items.into_iter().map(|v| map_strings(v, f)).collect()),
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (k, map_strings(v, f)))
                .collect(),
        ),
        other => other,
    }
}

/// Pretty JSON with a final newline.
pub fn to_pretty(value: &Value) -> String {
    let mut s = serde_json::to_string_pretty(value).expect("JSON");
    s.push('\n');
    s
}
