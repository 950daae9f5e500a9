//! What the sentence around an expression says about how to read it: the tense from the
//! nearest cue word (`will`, `said`, Urdu `گا`, `تھا`), whether a token starts a sentence,
//! whether a capitalised name comes just before (`Theresa May`), and whether a number counts a
//! noun (`18 people`). Kept apart from the matchers because all of them consult it.

use super::cursor::Cx;
use crate::lexicon::{is_word, Lex};
use crate::numeric::{is_stop, looks_plural};
use crate::token::{Case, Kind};

/// The tense of the sentence around an expression, from the nearest cue word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

impl Cx<'_> {
    /// A lower-case plural noun at `j` (`18 people`): the number before it counts something.
    pub(super) fn counted_noun_at(&self, j: usize) -> bool {
        match self.tok(j) {
            Some(t) => {
                t.is_word()
                    && t.case == Case::Lower
                    && t.lex.is_none()
                    && !is_stop(t.text(self.text))
                    && looks_plural(t.text(self.text))
            }
            None => false,
        }
    }

    /// True when token `i` starts a sentence or line.
    pub(super) fn sentence_start(&self, i: usize) -> bool {
        if i == 0 {
            return true;
        }
        let t = &self.toks[i];
        if t.newline_before {
            return true;
        }
        matches!(
            self.toks[i - 1].kind,
            Kind::Punct('.')
                | Kind::Punct('!')
                | Kind::Punct('?')
                | Kind::Punct(':')
                | Kind::Punct('"')
                | Kind::Punct('“')
                | Kind::Punct('(')
                | Kind::Punct('-')
                | Kind::Punct('–')
                | Kind::Punct('—')
        )
    }

    /// True when the word before `i` is a capitalised word that is not a date word and `i`
    /// does not start a sentence: `Aurat March`, `Theresa May`, `Pakistan Today`.
    pub(super) fn after_name(&self, i: usize) -> bool {
        if i == 0 || self.sentence_start(i) {
            return false;
        }
        let p = &self.toks[i - 1];
        p.is_word()
            && matches!(p.case, Case::Title | Case::Upper)
            && !matches!(
                p.lex,
                Some(Lex::DatePrep)
                    | Some(Lex::Part(_))
                    | Some(Lex::DeicticBefore(_))
                    | Some(Lex::Weekday { .. })
                    | Some(Lex::Month { .. })
            )
    }

    /// The tense of the sentence around tokens `a..b`, from the nearest cue.
    pub(super) fn tense(&self, a: usize, b: usize) -> Tense {
        let boundary = |k: usize| -> bool {
            let t = &self.toks[k];
            t.newline_before
                || matches!(
                    t.kind,
                    Kind::Punct('.')
                        | Kind::Punct('!')
                        | Kind::Punct('?')
                        | Kind::Punct('؟')
                        | Kind::Punct('۔')
                )
        };
        let cue = |k: usize| -> Option<Tense> {
            let t = &self.toks[k];
            if !t.is_word() {
                return None;
            }
            if t.lex == Some(Lex::FutureCue) {
                return Some(Tense::Future);
            }
            let w = t.text(self.text);
            if (is_word(w, "ll") && k > 0 && self.toks[k - 1].is_punct('\''))
                || ["گا", "گی", "گے"].contains(&w)
            {
                return Some(Tense::Future);
            }
            const PAST: &[&str] = &[
                "was", "were", "had", "did", "said", "met", "held", "told", "began", "took",
                "made", "came", "went", "gave", "saw", "left", "led", "sent", "spoke", "wrote",
                "thought", "brought", "fought", "flew", "arrived", "تھا", "تھی", "تھے", "گیا",
                "گئی", "گئے", "ہوا", "ہوئی", "ہوئے", "کہا",
            ];
            if PAST.iter().any(|p| is_word(w, p)) {
                return Some(Tense::Past);
            }
            if t.case == Case::Lower && w.len() >= 5 && w.ends_with("ed") {
                return Some(Tense::Past);
            }
            None
        };
        let mut best: Option<(usize, Tense)> = None;
        // Backwards from a.
        let mut k = a;
        let mut steps = 0;
        while k > 0 && steps < 40 {
            if boundary(k) {
                break;
            }
            k -= 1;
            steps += 1;
            if let Some(c) = cue(k) {
                best = Some((a - k, c));
                break;
            }
        }
        let mut k = b;
        let mut steps = 0;
        while k < self.toks.len() && steps < 40 {
            if boundary(k) {
                break;
            }
            if let Some(c) = cue(k) {
                let d = k + 1 - b;
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, c));
                }
                break;
            }
            k += 1;
            steps += 1;
        }
        best.map(|(_, t)| t).unwrap_or(Tense::Unknown)
    }
}

#[cfg(test)]
mod tests {
    use super::super::cursor::testing::with_cx;
    use super::Tense;

    /// The tense around the word `at` in `text`.
    fn tense_at(text: &str, at: &str) -> Tense {
        with_cx(text, None, |cx| {
            let i = cx.index_of(at);
            cx.tense(i, i + 1)
        })
    }

    #[test]
    fn the_nearest_cue_word_gives_the_tense() {
        assert_eq!(
            tense_at("The council of Arnor will meet on Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense_at("The council of Arnor met on Friday.", "Friday"),
            Tense::Past
        );
        assert_eq!(
            tense_at("On Friday the beacons of Gondor fell.", "Friday"),
            Tense::Unknown,
            "`fell` is not a listed past form and does not end in -ed"
        );
        assert_eq!(
            tense_at("On Friday the gates opened.", "Friday"),
            Tense::Past,
            "a lower-case word ending in -ed"
        );
        assert_eq!(
            tense_at(
                "Riders of Rohan reach Edoras on Friday, we'll see.",
                "Friday"
            ),
            Tense::Future,
            "`'ll` is a future cue"
        );
        assert_eq!(tense_at("وہ جمعہ کو آئے گا", "جمعہ"), Tense::Future);
        assert_eq!(tense_at("وہ جمعہ کو آیا تھا", "جمعہ"), Tense::Past);
    }

    #[test]
    fn a_cue_in_another_sentence_does_not_count() {
        assert_eq!(
            tense_at("The envoy will travel. On Friday the gates", "Friday"),
            Tense::Unknown
        );
    }

    #[test]
    fn sentence_starts_follow_stops_quotes_and_line_breaks() {
        with_cx("Rain fell. Monday came\nTuesday too", None, |cx| {
            assert!(cx.sentence_start(0));
            assert!(cx.sentence_start(cx.index_of("Monday")));
            assert!(!cx.sentence_start(cx.index_of("came")));
            assert!(cx.sentence_start(cx.index_of("Tuesday")));
        });
    }

    #[test]
    fn a_capitalised_word_before_marks_a_name() {
        with_cx("Lady Morwen March sang in March.", None, |cx| {
            assert!(cx.after_name(2), "`Morwen March`");
            assert!(!cx.after_name(5), "`in March`");
            assert!(!cx.after_name(0));
        });
    }

    #[test]
    fn a_number_before_a_plural_noun_counts_it() {
        with_cx("18 riders and 18 Riders and 18 July", None, |cx| {
            assert!(cx.counted_noun_at(1));
            assert!(!cx.counted_noun_at(4), "capitalised");
            assert!(!cx.counted_noun_at(7), "a month");
            assert!(!cx.counted_noun_at(99));
        });
    }
}
