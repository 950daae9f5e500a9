//! The article's metadata as assembly gathers it: what the source gave, then what the steps
//! find in the text they remove (crawl date, masthead, headline, byline, date lines). It is
//! the state the steps share, kept in its own module so that no step imports the pipeline
//! that runs it.

use dossier_model::{Evidence, Outlet, PartialDate, RemovedText};

/// Metadata being gathered, and the text removed so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Metadata {
    /// Text removed from the body, in order; [`Evidence::Removed`] indexes it.
    pub removed: Vec<RemovedText>,
    /// When the page was crawled.
    pub crawled: Option<PartialDate>,
    /// The outlet's name and domain.
    pub outlet: Outlet,
    /// The headline.
    pub headline: Option<String>,
    /// The author(s).
    pub byline: Option<String>,
    /// The publication date and why it is believed.
    pub published: Option<(PartialDate, Evidence)>,
}

impl Metadata {
    /// Removes `text` from the body as `kind` of chrome; gives its index in `removed`.
    pub(crate) fn remove(&mut self, kind: dossier_model::ChromeKind, text: String) -> usize {
        self.removed.push(RemovedText { kind, text });
        self.removed.len() - 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dossier_model::ChromeKind;

    #[test]
    fn removed_text_is_indexed_in_order() {
        let mut meta = Metadata::default();
        assert_eq!(meta.remove(ChromeKind::SiteName, "Gondor Herald".into()), 0);
        assert_eq!(meta.remove(ChromeKind::Byline, "By Beregond".into()), 1);
        assert_eq!(meta.removed[1].text, "By Beregond");
    }
}
