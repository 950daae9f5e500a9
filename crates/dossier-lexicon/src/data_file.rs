//! Reading the embedded data files: `#` comment lines and blank lines are skipped, the rest
//! split on tabs. A malformed row is a bug in the repository, not in the input, so it panics
//! with the file name and line number.

/// One embedded data file: its name (for messages) and its text.
pub(crate) struct DataFile {
    pub(crate) name: &'static str,
    pub(crate) text: &'static str,
}

/// The rows of a TSV data file, each with its 1-based line number, checked to have `columns`
/// fields.
pub(crate) fn rows(
    file: &DataFile,
    columns: usize,
) -> impl Iterator<Item = (usize, Vec<&'static str>)> + '_ {
    file.text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
        .map(move |(i, line)| {
            let fields: Vec<&'static str> = line.split('\t').collect();
            if fields.len() != columns || fields.iter().any(|f| f.is_empty()) {
                malformed(
                    file,
                    i + 1,
                    &format!("expected {columns} tab-separated fields"),
                );
            }
            (i + 1, fields)
        })
}

/// The words of a one-word-a-line data file, in file order.
pub(crate) fn words(file: &DataFile) -> impl Iterator<Item = &'static str> + '_ {
    rows(file, 1).map(|(_, fields)| fields[0])
}

/// Parses one field or panics naming the file and line.
pub(crate) fn field<T>(
    file: &DataFile,
    line: usize,
    value: &str,
    what: &str,
    parse: impl FnOnce(&str) -> Option<T>,
) -> T {
    match parse(value) {
        Some(v) => v,
        None => malformed(file, line, &format!("bad {what} {value:?}")),
    }
}

/// Panics with a message naming the data file and line.
pub(crate) fn malformed(file: &DataFile, line: usize, why: &str) -> ! {
    panic!(
        "dossier-lexicon: malformed data file data/{} line {line}: {why}",
        file.name
    )
}

/// Embeds `data/<name>` as a [`DataFile`].
macro_rules! data_file {
    ($name:literal) => {
        $crate::data_file::DataFile {
            name: $name,
            text: include_str!(concat!("../data/", $name)),
        }
    };
}
pub(crate) use data_file;

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: DataFile = DataFile {
        name: "sample.tsv",
        text: "# header\nmonday\t0\n\nsunday\t6\n",
    };

    #[test]
    fn comment_and_blank_lines_are_skipped() {
        let got: Vec<_> = rows(&SAMPLE, 2).collect();
        assert_eq!(
            got,
            vec![(2, vec!["monday", "0"]), (4, vec!["sunday", "6"])]
        );
    }

    #[test]
    #[should_panic(expected = "data/sample.tsv line 2")]
    fn a_short_row_names_file_and_line() {
        rows(&SAMPLE, 3).for_each(drop);
    }
}
