//! Word tokenization with byte offsets, shared by every later stage.
//!
//! The splitting follows the Penn Treebank conventions used by English NER and parsing corpora:
//! clitics are split from their host (`Pakistan's` -> `Pakistan` `'s`, also with `’`;
//! `don't` -> `do` `n't`), hyphenated words stay whole (`anti-ship`, `Al-Qaeda`), abbreviations
//! keep their full stop (`U.S.`, `Lt.`, `e.g.`), numbers keep their separators (`1,250.5`,
//! `2025-07-18`, `10:30`), and URLs, e-mail addresses, `@handles` and `#hashtags` are single
//! tokens. Text in scripts without case (Arabic, Urdu, Persian) is split on white space and on
//! punctuation such as `،` `؛` `۔` `؟`; combining marks and zero-width joiners stay inside words.
//!
//! The tokenizer allocates nothing but the returned vector.
//!
//! This module is the workspace's only tokenizer. Callers that need another granularity use
//! one of its named views: [`word_runs()`] (maximal word runs and single punctuation with their
//! spacing, for gazetteer matching), [`name_tokens()`] (words, possessives and single
//! punctuation with case flags, for rank, title and name tables) and the plain word lists in
//! [`words`] (folded name-key words, name words, alphanumeric runs).

use dossier_model::Span;

pub mod name_tokens;
pub mod word_runs;
pub mod words;

pub use name_tokens::{name_tokens, NameToken, NameTokenKind};
pub use word_runs::{word_runs, WordRun};
pub use words::{alphanumeric_runs, fold, folded_words, name_words};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// A word: letters, possibly with digits, hyphens, inner apostrophes or abbreviation stops.
    Word,
    /// A clitic split from the word before it: `'s`, `n't`, `'ll`, `'re`, `'ve`, `'m`, `'d`.
    Clitic,
    /// A number: digits with optional separators (`1,000`, `3.5`, `2025-07-18`, `10:30`, `٣٫٥`).
    Number,
    /// Punctuation: `.` `,` `;` `(` `"` `—` `،` `۔` ...; a run of full stops or dashes is one token.
    Punct,
    /// Any other symbol: `$` `%` `&` `+` `°` `€`, emoji.
    Symbol,
    /// A URL (`https://...` or `www....`).
    Url,
    /// An e-mail address.
    Email,
    /// A social-media handle such as `@ISPR_Official`.
    Handle,
    /// A hashtag such as `#Gondor2025`.
    Hashtag,
}

/// One token: its byte span in the tokenized text and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Token {
    /// Byte offsets into the text given to [`tokenize`].
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text, given the text it was taken from.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.start..self.span.end).unwrap_or("")
    }
}

/// Abbreviations that keep their full stop (compared case-insensitively, without the stop).
const ABBREVIATIONS: &[&str] = &[
    // ranks and titles
    "adm", "brig", "capt", "cdr", "cmdr", "col", "cpl", "gen", "lt", "maj", "sgt", "pvt", "cdre",
    "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "pres", "hon", "amb", "sr", "jr",
    "st", "mt", "ft", "messrs", "mme", "mlle", "fr", "supt", "insp", "ret", // months
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    // companies and misc
    "inc", "corp", "co", "ltd", "plc", "bros", "dept", "univ", "assn", "no", "nos", "vol", "vs",
    "est", "fig", "ave", "blvd", "rd",
];

/// Abbreviations written in lower case that keep their full stop.
const LOWERCASE_ABBREVIATIONS: &[&str] = &["etc", "vs", "approx", "pp", "p", "cf", "esp", "incl"];

/// True when `word` (without its stop) is a known abbreviation: capitalised (`Lt`, `Jan`, `No`,
/// so that a sentence ending in "said no." keeps its full stop apart), or one of the few written
/// in lower case.
fn is_abbreviation(word: &str) -> bool {
    let capitalised = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
    (capitalised
        && ABBREVIATIONS
            .iter()
            .any(|abbreviation| abbreviation.eq_ignore_ascii_case(word)))
        || LOWERCASE_ABBREVIATIONS.contains(&word)
}

/// Punctuation outside ASCII.
fn is_unicode_punct(c: char) -> bool {
    matches!(
        c,
        '،' | '؛'
            | '؟'
            | '۔'
            | '؍'
            | '٭'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '–'
            | '—'
            | '―'
            | '‐'
            | '‑'
            | '‒'
            | '…'
            | '¡'
            | '¿'
            | '·'
            | '•'
            | '।'
            | '॥'
            | '。'
            | '、'
            | '，'
            | '！'
            | '？'
            | '：'
            | '；'
            | '（'
            | '）'
            | '「'
            | '」'
            | '『'
            | '』'
            | '【'
            | '】'
            | '〔'
            | '〕'
            | '〈'
            | '〉'
            | '《'
            | '》'
            | '§'
            | '¶'
            | '†'
            | '‡'
            | '′'
            | '″'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '؏'
    )
}

/// Combining marks and joiners that continue a word although they are not alphanumeric.
fn is_word_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{05BF}' | '\u{05C1}' | '\u{05C2}' | '\u{05C4}' | '\u{05C5}' | '\u{05C7}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{0951}'..='\u{0957}'
        | '\u{0962}'..='\u{0963}'
        | '\u{200C}' | '\u{200D}'
        | '\u{FE00}'..='\u{FE0F}'
    )
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_word_mark(c))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// The character starting at byte `at`, if any.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|rest| rest.chars().next())
}

/// Splits `text` into tokens; spans are byte offsets into `text`, in order, never overlapping,
/// and never covering white space.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut at = 0;
    while let Some(c) = char_at(text, at) {
        if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        }
        at = if let Some((end, kind)) = scan_link(text, at) {
            tokens.push(token(at, end, kind));
            end
        } else if is_word_char(c) {
            scan_word(text, at, &mut tokens)
        } else if let Some(end) = scan_tag(text, at, c) {
            let kind = if c == '@' {
                TokenKind::Handle
            } else {
                TokenKind::Hashtag
            };
            tokens.push(token(at, end, kind));
            end
        } else {
            let end = scan_punct_run(text, at, c);
            let kind = if c.is_ascii_punctuation() {
                if matches!(
                    c,
                    '$' | '%'
                        | '&'
                        | '*'
                        | '+'
                        | '<'
                        | '='
                        | '>'
                        | '^'
                        | '`'
                        | '|'
                        | '~'
                        | '@'
                        | '#'
                ) {
                    TokenKind::Symbol
                } else {
                    TokenKind::Punct
                }
            } else if is_unicode_punct(c) {
                TokenKind::Punct
            } else {
                TokenKind::Symbol
            };
            tokens.push(token(at, end, kind));
            end
        };
    }
    tokens
}

fn token(start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        span: Span::new(start, end),
        kind,
    }
}

/// A run of full stops or of ASCII dashes is one token; every other punctuation mark stands alone.
fn scan_punct_run(text: &str, at: usize, c: char) -> usize {
    let mut end = at + c.len_utf8();
    if matches!(c, '.' | '-') {
        while char_at(text, end) == Some(c) {
            end += 1;
        }
    }
    end
}

/// `@handle` or `#hashtag`: the sign followed by word characters or underscores.
fn scan_tag(text: &str, at: usize, c: char) -> Option<usize> {
    if c != '@' && c != '#' {
        return None;
    }
    let mut end = at + 1;
    while let Some(next) = char_at(text, end) {
        if is_word_char(next) || next == '_' {
            end += next.len_utf8();
        } else {
            break;
        }
    }
    (end > at + 1).then_some(end)
}

/// A URL or e-mail address starting at `at`: the run of non-space characters, trimmed of
/// trailing punctuation and of a closing bracket it does not open.
fn scan_link(text: &str, at: usize) -> Option<(usize, TokenKind)> {
    let rest = text.get(at..)?;
    let head = rest.get(..8.min(rest.len())).unwrap_or(rest);
    let lower_starts = |prefix: &str| {
        head.len() >= prefix.len()
            && head.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    let chunk_len = rest
        .find(|c: char| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '“' | '”' | '«' | '»'))
        .unwrap_or(rest.len());
    let chunk = &rest[..chunk_len];
    let kind = if lower_starts("http://") || lower_starts("https://") {
        if chunk_len <= 8 {
            return None;
        }
        TokenKind::Url
    } else if lower_starts("www.") {
        let domain = &chunk[4..];
        if !domain.contains('.') || !domain.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        TokenKind::Url
    } else {
        let at_sign = chunk.find('@')?;
        let local = &chunk[..at_sign];
        let domain = chunk[at_sign + 1..].trim_end_matches(|c: char| !c.is_alphanumeric());
        let local_ok = !local.is_empty()
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '+'));
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && domain
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-'));
        if !(local_ok && domain_ok) {
            return None;
        }
        return Some((at + at_sign + 1 + domain.len(), TokenKind::Email));
    };
    let mut url = chunk;
    loop {
        let trimmed = url.trim_end_matches(|c: char| {
            matches!(
                c,
                '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | '…' | '،' | '۔'
            )
        });
        let trimmed = if (trimmed.ends_with(')')
            && trimmed.matches('(').count() < trimmed.matches(')').count())
            || (trimmed.ends_with(']')
                && trimmed.matches('[').count() < trimmed.matches(']').count())
        {
            &trimmed[..trimmed.len() - 1]
        } else {
            trimmed
        };
        if trimmed.len() == url.len() {
            break;
        }
        url = trimmed;
    }
    Some((at + url.len(), kind))
}

/// Scans a word or number starting at `start` and pushes it (and any clitic split from it).
/// Returns the byte offset after it.
fn scan_word(text: &str, start: usize, tokens: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut has_letter = false;
    let mut has_inner_stop = false;
    // Byte offset of the last apostrophe kept inside the word (for clitic splitting).
    let mut last_apostrophe: Option<usize> = None;
    let mut prev: char = '\0';
    while let Some(c) = char_at(text, end) {
        if is_word_char(c) {
            if c.is_alphabetic() {
                has_letter = true;
            }
            prev = c;
            end += c.len_utf8();
            continue;
        }
        let next = char_at(text, end + c.len_utf8());
        let joins = match c {
            // Hyphens join word characters: anti-ship, Al-Qaeda, F-16, 2025-07-18.
            c if is_hyphen(c) => next.is_some_and(is_word_char),
            // Apostrophes join letters: O'Brien, Pakistan's (split below), don't.
            c if is_apostrophe(c) => {
                prev.is_alphabetic() && next.is_some_and(|n| n.is_alphabetic())
            }
            // Full stops join within abbreviations, numbers and domain names: U.S, 3.5, dawn.com.
            '.' => next.is_some_and(|n| n.is_alphanumeric()) && prev.is_alphanumeric(),
            // Digit separators: 1,000  10:30  18/07/2025  ٣٫٥  ١٬٠٠٠.
            ',' | ':' | '/' | '\u{066B}' | '\u{066C}' => {
                prev.is_numeric() && next.is_some_and(|n| n.is_numeric())
            }
            // AT&T-style initialisms.
            '&' => {
                prev.is_uppercase()
                    && next.is_some_and(|n| n.is_uppercase())
                    && char_at(text, end + 2).is_none_or(|after| !after.is_lowercase())
            }
            _ => false,
        };
        if !joins {
            break;
        }
        if is_apostrophe(c) {
            last_apostrophe = Some(end);
        }
        if c == '.' {
            has_inner_stop = true;
        }
        prev = c;
        end += c.len_utf8();
    }
    let word = &text[start..end];

    // A trailing full stop belongs to abbreviations: U.S.  e.g.  Lt.  J.
    if bytes.get(end) == Some(&b'.') && bytes.get(end + 1) != Some(&b'.') && has_letter {
        let dotted_initials = has_inner_stop
            && word
                .split('.')
                .all(|part| (1..=2).contains(&part.chars().count()));
        let single_capital = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
        if dotted_initials || single_capital || is_abbreviation(word) {
            end += 1;
            tokens.push(token(start, end, TokenKind::Word));
            return end;
        }
    }

    let kind = if has_letter {
        TokenKind::Word
    } else {
        TokenKind::Number
    };
    if has_letter {
        if let Some(split) = clitic_start(word, last_apostrophe.map(|at| at - start)) {
            if split > 0 {
                tokens.push(token(start, start + split, kind));
            }
            tokens.push(token(start + split, end, TokenKind::Clitic));
            return end;
        }
    }
    tokens.push(token(start, end, kind));
    end
}

/// Where an English clitic starts inside `word`, given the offset of its last inner apostrophe.
fn clitic_start(word: &str, apostrophe: Option<usize>) -> Option<usize> {
    let apostrophe = apostrophe?;
    let tail = &word[apostrophe..];
    let after = &tail[tail.chars().next().map_or(1, char::len_utf8)..];
    // n't: the n before the apostrophe goes with the clitic (do n't, ca n't, wo n't).
    if after.eq_ignore_ascii_case("t")
        && apostrophe >= 2
        && word.as_bytes()[apostrophe - 1].eq_ignore_ascii_case(&b'n')
    {
        return Some(apostrophe - 1);
    }
    let is_clitic = ["s", "m", "d", "ll", "re", "ve"]
        .iter()
        .any(|clitic| clitic.eq_ignore_ascii_case(after));
    (is_clitic && apostrophe > 0).then_some(apostrophe)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    fn kinds(text: &str) -> Vec<TokenKind> {
        tokenize(text).iter().map(|t| t.kind).collect()
    }

    #[test]
    fn splits_possessives_and_negations() {
        assert_eq!(
            texts("Gondor's navy didn't sail; Arnor’s did."),
            ["Gondor", "'s", "navy", "did", "n't", "sail", ";", "Arnor", "’s", "did", "."]
        );
        assert_eq!(
            texts("I can't, we won't"),
            ["I", "ca", "n't", ",", "we", "wo", "n't"]
        );
        assert_eq!(
            texts("they'll we're I'm"),
            ["they", "'ll", "we", "'re", "I", "'m"]
        );
        assert_eq!(kinds("Arnor's"), [TokenKind::Word, TokenKind::Clitic]);
    }

    #[test]
    fn keeps_names_with_apostrophes_and_trailing_possessive() {
        assert_eq!(
            texts("O'Brien met the soldiers' families"),
            ["O'Brien", "met", "the", "soldiers", "'", "families"]
        );
    }

    #[test]
    fn keeps_hyphenated_words_and_abbreviations() {
        assert_eq!(
            texts("Lt. Gen. Aragorn of the U.S. anti-ship unit met Mr. J. Smith."),
            [
                "Lt.",
                "Gen.",
                "Aragorn",
                "of",
                "the",
                "U.S.",
                "anti-ship",
                "unit",
                "met",
                "Mr.",
                "J.",
                "Smith",
                "."
            ]
        );
        assert_eq!(
            texts("e.g. Minas-Tirith ends."),
            ["e.g.", "Minas-Tirith", "ends", "."]
        );
    }

    #[test]
    fn keeps_numbers_whole() {
        let text = "It cost $1,250.75 (about 3.5%) on 2025-07-18 at 10:30, i.e. 18/07/2025.";
        assert_eq!(
            texts(text),
            [
                "It",
                "cost",
                "$",
                "1,250.75",
                "(",
                "about",
                "3.5",
                "%",
                ")",
                "on",
                "2025-07-18",
                "at",
                "10:30",
                ",",
                "i.e.",
                "18/07/2025",
                "."
            ]
        );
        assert_eq!(kinds("1,250.75")[0], TokenKind::Number);
        assert_eq!(kinds("F-16")[0], TokenKind::Word);
        assert_eq!(texts("1,2, 3"), ["1,2", ",", "3"]);
    }

    #[test]
    fn keeps_links_handles_and_hashtags_whole() {
        let text = "See https://gondor.example/news?id=7 (or www.arnor.example). Ask @Steward_Denethor #Gondor2025, mail press@minas.example.";
        let tokens = tokenize(text);
        let got: Vec<(&str, TokenKind)> = tokens.iter().map(|t| (t.text(text), t.kind)).collect();
        assert_eq!(
            got,
            [
                ("See", TokenKind::Word),
                ("https://gondor.example/news?id=7", TokenKind::Url),
                ("(", TokenKind::Punct),
                ("or", TokenKind::Word),
                ("www.arnor.example", TokenKind::Url),
                (")", TokenKind::Punct),
                (".", TokenKind::Punct),
                ("Ask", TokenKind::Word),
                ("@Steward_Denethor", TokenKind::Handle),
                ("#Gondor2025", TokenKind::Hashtag),
                (",", TokenKind::Punct),
                ("mail", TokenKind::Word),
                ("press@minas.example", TokenKind::Email),
                (".", TokenKind::Punct),
            ]
        );
    }

    #[test]
    fn url_keeps_balanced_parentheses() {
        let text = "(https://wiki.example/Arnor_(kingdom))";
        assert_eq!(
            texts(text),
            ["(", "https://wiki.example/Arnor_(kingdom)", ")"]
        );
    }

    #[test]
    fn splits_arabic_script_on_its_punctuation() {
        let text = "گونڈور کی بحریہ، آرنور؛ کیا یہ درست ہے؟ جی ہاں۔";
        assert_eq!(
            texts(text),
            [
                "گونڈور",
                "کی",
                "بحریہ",
                "،",
                "آرنور",
                "؛",
                "کیا",
                "یہ",
                "درست",
                "ہے",
                "؟",
                "جی",
                "ہاں",
                "۔"
            ]
        );
        assert!(tokenize(text)
            .iter()
            .filter(|t| t.text(text) == "،")
            .all(|t| t.kind == TokenKind::Punct));
    }

    #[test]
    fn keeps_marks_and_joiners_inside_words() {
        // Arabic with vowel marks, Persian with a zero-width non-joiner, Arabic-Indic number.
        let text = "مُحَمَّد می\u{200C}خواهد ١٬٢٥٠٫٥";
        assert_eq!(texts(text), ["مُحَمَّد", "می\u{200C}خواهد", "١٬٢٥٠٫٥"]);
        assert_eq!(kinds(text)[2], TokenKind::Number);
    }

    #[test]
    fn punctuation_runs_and_symbols() {
        assert_eq!(
            texts("Wait... -- really?!"),
            ["Wait", "...", "--", "really", "?", "!"]
        );
        assert_eq!(
            kinds("€ 5°"),
            [TokenKind::Symbol, TokenKind::Number, TokenKind::Symbol]
        );
        assert_eq!(texts("“Arnor”—Gondor"), ["“", "Arnor", "”", "—", "Gondor"]);
    }

    #[test]
    fn spans_are_valid_and_ordered() {
        let text = "  Arnor’s  ‘king’,\tU.S.-backed (AT&T) 3rd… ؟ x";
        let tokens = tokenize(text);
        let mut last = 0;
        for t in &tokens {
            assert!(t.span.is_valid_for(text));
            assert!(t.span.start >= last && t.span.end > t.span.start);
            assert!(!t.text(text).chars().any(char::is_whitespace));
            last = t.span.end;
        }
        assert!(texts(text).contains(&"AT&T"));
    }
}
