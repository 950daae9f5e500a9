//! Assembly steps over whole paragraphs, once the chrome is gone: attribution lines put
//! back under their post, embedded posts recognised (their media links removed), and
//! paragraphs cut in two by a stray blank line joined again.

use crate::chrome::{ends_sentence, is_running_text, word_count};
use crate::posts::{detect_post, is_attribution_only, PostDraft};
use dossier_model::{ChromeKind, RemovedText};

/// A paragraph on its way into the document, with the embedded post it is, if any.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Draft {
    /// The paragraph's text (a post's without its media links).
    pub text: String,
    /// The embedded post the paragraph is.
    pub post: Option<PostDraft>,
}

/// Appends paragraphs that are only an attribution line (`— Author (@handle) date`), as
/// HTML embeds render them, to the paragraph before.
pub(crate) fn merge_attribution_lines(paragraphs: Vec<String>) -> Vec<String> {
    let mut merged: Vec<String> = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        match merged.last_mut() {
            Some(prev) if is_attribution_only(&p) => {
                prev.push(' ');
                prev.push_str(&p);
            }
            _ => merged.push(p),
        }
    }
    merged
}

/// Recognises embedded posts. Their media links move to `removed`; a post that was nothing
/// but links is dropped.
pub(crate) fn detect_posts(paragraphs: Vec<String>, removed: &mut Vec<RemovedText>) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::with_capacity(paragraphs.len());
    for p in paragraphs {
        match detect_post(&p) {
            Some((text, post)) => {
                for link in &post.links {
                    removed.push(RemovedText {
                        kind: ChromeKind::MediaLink,
                        text: link.clone(),
                    });
                }
                if !text.is_empty() {
                    drafts.push(Draft {
                        text,
                        post: Some(post),
                    });
                }
            }
            None => drafts.push(Draft {
                text: p,
                post: None,
            }),
        }
    }
    drafts
}

/// Joins paragraphs cut in two by a stray blank line; posts are never joined.
pub(crate) fn join_cut_paragraphs(drafts: &mut Vec<Draft>) {
    let mut i = 0;
    while i + 1 < drafts.len() {
        if drafts[i].post.is_none()
            && drafts[i + 1].post.is_none()
            && is_cut_paragraph(&drafts[i].text, &drafts[i + 1].text)
        {
            let next = drafts.remove(i + 1);
            drafts[i].text.push(' ');
            drafts[i].text.push_str(&next.text);
        } else {
            i += 1;
        }
    }
}

/// Two consecutive paragraphs that are one paragraph cut by a stray blank line: the first
/// is running text that stops without closing punctuation, the second goes on.
fn is_cut_paragraph(first: &str, next: &str) -> bool {
    let Some(last) = first.trim_end().chars().last() else {
        return false;
    };
    if !(last.is_alphabetic() || last == ',') || ends_sentence(first) {
        return false;
    }
    let next_lower = next.chars().next().is_some_and(char::is_lowercase);
    let first_words = word_count(first);
    let long_enough = first_words >= 12 || (next_lower && first_words >= 4);
    long_enough && (is_running_text(next) || (next_lower && word_count(next) >= 4))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Draft {
        Draft {
            text: text.to_string(),
            post: None,
        }
    }

    #[test]
    fn attribution_lines_rejoin_their_post() {
        let merged = merge_attribution_lines(vec![
            "Ships at dawn!".into(),
            "— Gondor Navy (@GondorNavy) March 2, 2031".into(),
            "The harbour was full.".into(),
        ]);
        assert_eq!(
            merged,
            [
                "Ships at dawn! — Gondor Navy (@GondorNavy) March 2, 2031",
                "The harbour was full."
            ]
        );
    }

    #[test]
    fn posts_lose_their_media_links_and_link_only_posts_go() {
        let mut removed = Vec::new();
        let drafts = detect_posts(
            vec![
                "The harbour at dawn pic.twitter.com/Q1".into(),
                "pic.twitter.com/Q2".into(),
                "The fleet sailed at noon.".into(),
            ],
            &mut removed,
        );
        assert_eq!(drafts.len(), 2);
        assert_eq!(drafts[0].text, "The harbour at dawn");
        assert!(drafts[0].post.is_some());
        assert_eq!(drafts[1], plain("The fleet sailed at noon."));
        let links: Vec<_> = removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(links, ["pic.twitter.com/Q1", "pic.twitter.com/Q2"]);
        assert!(removed.iter().all(|r| r.kind == ChromeKind::MediaLink));
    }

    #[test]
    fn cut_paragraphs_are_joined_and_finished_ones_are_not() {
        let mut drafts = vec![
            plain("The riders of Rohan crossed the river at the ford and turned north toward the"),
            plain("hills of Dunland before nightfall."),
            plain("The king was pleased."),
            plain("Background"),
        ];
        join_cut_paragraphs(&mut drafts);
        let texts: Vec<_> = drafts.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "The riders of Rohan crossed the river at the ford and turned north toward the hills of Dunland before nightfall.",
                "The king was pleased.",
                "Background"
            ]
        );
    }
}
