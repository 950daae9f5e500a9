//! The built-in demo corpus (the `demo/` folder of the repository, embedded at build time).

use include_dir::{include_dir, Dir};

static DEMO: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/demo");

/// The demo articles as (file name, bytes), sorted by name; README and gold files excluded.
pub fn articles() -> Vec<(&'static str, &'static [u8])> {
    let mut files: Vec<(&'static str, &'static [u8])> = DEMO
        .files()
        .filter_map(|f| {
            let name = f.path().file_name()?.to_str()?;
            let is_article =
                !name.eq_ignore_ascii_case("README.md") && !name.ends_with("gold.json");
            is_article.then_some((name, f.contents()))
        })
        .collect();
    files.sort_by_key(|(name, _)| *name);
    files
}
