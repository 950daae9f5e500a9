#![warn(missing_docs)]
//! Paragraph and sentence segmentation, the one tokenizer and its views, the one date-string
//! reader, name normalisation, and language identification.
//!
//! All functions are pure; the segmenters and tokenizers return byte spans into the text they
//! were given.

pub mod arabic_script;
pub mod dates;
mod language;
pub mod names;
mod paragraph;
mod script;
mod sentence;
pub mod token;

pub use language::{
    detect_language, detect_language_after, is_non_linguistic_token, LanguageGuess,
    MAX_SAMPLE_BYTES, MIN_CJK_LETTERS, MIN_LETTERS, SUPPORTED_LANGUAGES, UNDETERMINED_CODE,
};
pub use paragraph::paragraph_spans;
pub use script::Script;
pub use sentence::sentence_spans;
pub use token::{tokenize, Token, TokenKind};
