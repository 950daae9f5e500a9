//! Name tokens: the granularity the actor matchers compare ranks, titles and names on.
//!
//! Words are runs of letters and digits (apostrophes inside names such as `O'Brien` stay), a
//! possessive `'s` is its own token, and every other non-space character is a token of its
//! own, so `Lt. Gen.` is `Lt` `.` `Gen` `.` and `Commander-in-Chief` is five tokens. Each token
//! carries its lower-case form, its capitalisation and the white space before it. Unlike the
//! Penn-style [`tokenize`](super::tokenize), hyphens and abbreviation stops are split off so
//! that table forms can be matched word by word.

/// What a name token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameTokenKind {
    /// Letters and digits.
    Word,
    /// `'s` / `’s` after a word.
    Possessive,
    /// Any other non-space character.
    Punct(char),
}

/// A name token with its byte range and what separates it from the previous token.
#[derive(Debug, Clone)]
pub struct NameToken {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// What the token is.
    pub kind: NameTokenKind,
    /// Whitespace between this token and the previous one.
    pub space_before: bool,
    /// Line breaks in that whitespace.
    pub newlines_before: u32,
    /// The token's text in lower case.
    pub lower: String,
    /// First character is upper case.
    pub capital: bool,
    /// Every letter is upper case and there are at least two.
    pub all_caps: bool,
}

impl NameToken {
    /// A word token.
    pub fn is_word(&self) -> bool {
        self.kind == NameTokenKind::Word
    }

    /// The punctuation token `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == NameTokenKind::Punct(c)
    }

    /// Has at least one letter (not only digits).
    pub fn has_letter(&self) -> bool {
        self.lower.chars().any(char::is_alphabetic)
    }
}

/// Splits `text` into name tokens.
pub fn name_tokens(text: &str) -> Vec<NameToken> {
    let mut toks = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut newlines = 0u32;
    while let Some(&(i, c)) = chars.peek() {
        if c.is_whitespace() {
            if c == '\n' {
                newlines += 1;
            }
            space_before = true;
            chars.next();
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() || is_mark(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else if d == '\'' || d == '’' {
                    // Keep apostrophes inside names (O'Brien); split a possessive 's.
                    let rest = &text[j + d.len_utf8()..];
                    let mut rc = rest.chars();
                    let next = rc.next();
                    let after = rc.next();
                    let possessive = matches!(next, Some('s') | Some('S'))
                        && !after.is_some_and(|a| a.is_alphanumeric());
                    if !possessive && next.is_some_and(|n| n.is_alphabetic()) {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            push(
                &mut toks,
                text,
                (i, end),
                NameTokenKind::Word,
                space_before,
                newlines,
            );
        } else if (c == '\'' || c == '’') && !space_before && is_possessive_at(text, i, c) {
            let end = i + c.len_utf8() + 1;
            chars.next();
            chars.next();
            push(
                &mut toks,
                text,
                (i, end),
                NameTokenKind::Possessive,
                false,
                0,
            );
        } else {
            chars.next();
            push(
                &mut toks,
                text,
                (i, i + c.len_utf8()),
                NameTokenKind::Punct(c),
                space_before,
                newlines,
            );
        }
        space_before = false;
        newlines = 0;
    }
    toks
}

fn is_mark(c: char) -> bool {
    // Combining marks of Arabic-script and accented Latin text stay inside words.
    matches!(c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x200C | 0x200D)
}

fn is_possessive_at(text: &str, i: usize, c: char) -> bool {
    let rest = &text[i + c.len_utf8()..];
    let mut rc = rest.chars();
    matches!(rc.next(), Some('s') | Some('S')) && !rc.next().is_some_and(|a| a.is_alphanumeric())
}

fn push(
    toks: &mut Vec<NameToken>,
    text: &str,
    (start, end): (usize, usize),
    kind: NameTokenKind,
    space_before: bool,
    newlines_before: u32,
) {
    let s = &text[start..end];
    let capital = s.chars().next().is_some_and(char::is_uppercase);
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 2 && s.chars().all(|c| !c.is_lowercase());
    toks.push(NameToken {
        start,
        end,
        kind,
        space_before,
        newlines_before,
        lower: s.to_lowercase(),
        capital,
        all_caps,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_hyphens_and_abbreviation_stops_are_split() {
        let text = "Gondor’s Commander-in-Chief, Lt. Gen. Aragorn O'Neill's";
        let toks = name_tokens(text);
        let texts: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            texts,
            [
                "Gondor",
                "’s",
                "Commander",
                "-",
                "in",
                "-",
                "Chief",
                ",",
                "Lt",
                ".",
                "Gen",
                ".",
                "Aragorn",
                "O'Neill",
                "'s"
            ]
        );
        assert_eq!(toks[1].kind, NameTokenKind::Possessive);
        assert!(toks[3].is_punct('-') && toks[2].capital && !toks[2].all_caps);
        assert_eq!(toks[13].lower, "o'neill");
    }

    #[test]
    fn line_breaks_and_capitals_are_recorded() {
        let toks = name_tokens("ROHAN\n\nriders 42");
        assert!(toks[0].all_caps && toks[0].space_before);
        assert_eq!(toks[1].newlines_before, 2);
        assert!(!toks[1].capital && toks[1].has_letter() && !toks[2].has_letter());
    }
}
