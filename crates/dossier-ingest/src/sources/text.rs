//! The plain-text source: one article per file, its whole text the raw body (a crawler
//! stamp and site chrome at the top are left to assembly).

use super::{single, RawRecord, RawRecords, Source};
use crate::plumbing::decode::decode_text;
use crate::plumbing::errors::{IngestError, RecordPlace};
use crate::plumbing::input::{read_whole, OpenedInput};
use crate::raw::{RawArticle, RawBody};

/// Reads plain-text files.
pub(crate) struct TextSource;

impl Source for TextSource {
    fn read<'a>(&self, mut input: OpenedInput<'a>) -> RawRecords<'a> {
        single(read_text(&mut input))
    }
}

/// The file as one raw article: decoded as UTF-8 (or UTF-16 with a byte-order mark), with a
/// warning when bytes had to be replaced.
fn read_text(input: &mut OpenedInput<'_>) -> Result<RawRecord, IngestError> {
    let bytes = read_whole(input)?;
    let decoded = decode_text(&bytes);
    let mut article = RawArticle::new(input.source_ref(None), RawBody::Text(decoded.text));
    article.warnings.extend(decoded.warning);
    Ok(RawRecord {
        article,
        place: RecordPlace::File,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::detect::InputFormat;
    use crate::plumbing::input::opened_for_test;
    use crate::plumbing::limits::Limits;

    fn input(bytes: &[u8]) -> OpenedInput<'_> {
        opened_for_test("shire.txt", InputFormat::Text, bytes, Limits::default())
    }

    #[test]
    fn a_text_file_is_one_raw_article() {
        let records: Vec<_> = TextSource.read(input(b"Hobbiton \xFF fair.")).collect();
        assert_eq!(records.len(), 1);
        let record = records[0].as_ref().unwrap();
        assert_eq!(record.place, RecordPlace::File);
        assert_eq!(record.article.source.path, "shire.txt");
        assert_eq!(
            record.article.body,
            RawBody::Text("Hobbiton \u{FFFD} fair.".into())
        );
        assert_eq!(record.article.warnings.len(), 1);
    }

    #[test]
    fn a_blank_text_file_is_an_empty_file() {
        let records: Vec<_> = TextSource.read(input(b"\n \n")).collect();
        let err = records[0].as_ref().unwrap_err();
        assert_eq!(err.to_string(), "shire.txt: empty file");
    }
}
