//! Language identification.
//!
//! The text is first reduced to its linguistic part (URLs, e-mail addresses, `@handles`,
//! `#hashtags` and numbers are dropped) and to the words of its dominant script, so that a Latin
//! attribution line inside an Urdu post does not pull the guess towards English. Languages that
//! own their script (Hebrew, Korean, Thai, ...) are named from the script alone; languages that
//! share one (Latin, Cyrillic, Arabic) are told apart by `lingua`'s n-gram models restricted to
//! the candidates of that script.

use std::sync::OnceLock;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};

use crate::script::{Script, ScriptCounts};

/// A language guess: ISO 639-1 code (`und` when undetermined) and a confidence in 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LanguageGuess {
    /// ISO 639-1 code, or `und` when the text holds too little language to tell.
    pub lang: &'static str,
    /// How sure the guess is, in 0..=1; 0 exactly when `lang` is `und`.
    pub confidence: f32,
}

impl LanguageGuess {
    /// The guess for text with too little language in it.
    pub const UNDETERMINED: LanguageGuess = LanguageGuess {
        lang: UNDETERMINED_CODE,
        confidence: 0.0,
    };

    /// True unless the language is `und`.
    pub fn is_determined(&self) -> bool {
        self.lang != UNDETERMINED_CODE
    }
}

/// The code returned when no language can be determined.
pub const UNDETERMINED_CODE: &str = "und";

/// Every code [`detect_language`] can return besides `und`.
pub const SUPPORTED_LANGUAGES: &[&str] = &[
    // Told apart by n-gram models.
    "en", "fr", "de", "es", "pt", "it", "tr", "id", "ru", "uk", "ar", "fa", "ur",
    // Told by distinctive letters.
    "ps", // Told by script.
    "zh", "ja", "ko", "hi", "bn", "pa", "gu", "ta", "te", "kn", "ml", "si", "th", "my", "ka", "hy",
    "am", "km", "el", "he",
];

/// Fewer letters of the dominant script than this (in alphabetic scripts) give `und`.
pub const MIN_LETTERS: usize = 3;
/// Fewer characters than this in Chinese, Japanese or Korean text give `und`.
pub const MIN_CJK_LETTERS: usize = 2;
/// At most this many bytes of the filtered text are given to the statistical model; longer text
/// is cut at a word boundary (the guess of a long text does not change past a few sentences, and
/// this bounds the cost of one call).
pub const MAX_SAMPLE_BYTES: usize = 400;

const LATIN_LANGUAGES: [Language; 8] = [
    Language::English,
    Language::French,
    Language::German,
    Language::Spanish,
    Language::Portuguese,
    Language::Italian,
    Language::Turkish,
    Language::Indonesian,
];
const CYRILLIC_LANGUAGES: [Language; 2] = [Language::Russian, Language::Ukrainian];
const ARABIC_SCRIPT_LANGUAGES: [Language; 3] =
    [Language::Arabic, Language::Persian, Language::Urdu];

/// Letters written in Pashto but not in Urdu, Persian or Arabic.
const PASHTO_LETTERS: [char; 11] = ['ټ', 'ډ', 'ړ', 'ږ', 'ښ', 'ځ', 'څ', 'ګ', 'ڼ', 'ې', 'ۍ'];
/// Letters written in Urdu but never in Persian or Arabic: one is enough to make an
/// Arabic-script text Urdu whatever the model says.
const URDU_LETTERS: [char; 6] = ['ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ۓ'];
/// Letters typical of Urdu that some Arabic text encodings also use for ه.
const URDU_HEH_LETTERS: [char; 2] = ['ھ', 'ہ'];
/// This many of [`URDU_HEH_LETTERS`] also make an Arabic-script text Urdu.
const URDU_HEH_EVIDENCE: usize = 2;
/// This many Pashto-only letters (and more of them than Urdu-only letters) make a text Pashto.
const PASHTO_LETTER_EVIDENCE: usize = 2;
/// Confidence given when distinctive letters overrule or replace the model.
const LETTER_EVIDENCE_CONFIDENCE: f32 = 0.8;

fn detector(
    languages: &[Language],
    cell: &'static OnceLock<LanguageDetector>,
) -> &'static LanguageDetector {
    cell.get_or_init(|| LanguageDetectorBuilder::from_languages(languages).build())
}

fn latin_detector() -> &'static LanguageDetector {
    static CELL: OnceLock<LanguageDetector> = OnceLock::new();
    detector(&LATIN_LANGUAGES, &CELL)
}

fn cyrillic_detector() -> &'static LanguageDetector {
    static CELL: OnceLock<LanguageDetector> = OnceLock::new();
    detector(&CYRILLIC_LANGUAGES, &CELL)
}

fn arabic_script_detector() -> &'static LanguageDetector {
    static CELL: OnceLock<LanguageDetector> = OnceLock::new();
    detector(&ARABIC_SCRIPT_LANGUAGES, &CELL)
}

fn iso_code(language: Language) -> &'static str {
    match language {
        Language::English => "en",
        Language::French => "fr",
        Language::German => "de",
        Language::Spanish => "es",
        Language::Portuguese => "pt",
        Language::Italian => "it",
        Language::Turkish => "tr",
        Language::Indonesian => "id",
        Language::Russian => "ru",
        Language::Ukrainian => "uk",
        Language::Arabic => "ar",
        Language::Persian => "fa",
        Language::Urdu => "ur",
    }
}

/// The language of a script that (among the languages supported here) only one language writes,
/// with the confidence that the script alone gives.
fn language_of_script(script: Script) -> Option<(&'static str, f32)> {
    Some(match script {
        Script::Greek => ("el", 1.0),
        Script::Hebrew => ("he", 0.95), // Yiddish and Ladino are also written in it.
        Script::Devanagari => ("hi", 0.8), // Marathi and Nepali are also written in it.
        Script::Bengali => ("bn", 0.9), // Assamese is also written in it.
        Script::Gurmukhi => ("pa", 1.0),
        Script::Gujarati => ("gu", 1.0),
        Script::Tamil => ("ta", 1.0),
        Script::Telugu => ("te", 1.0),
        Script::Kannada => ("kn", 1.0),
        Script::Malayalam => ("ml", 1.0),
        Script::Sinhala => ("si", 1.0),
        Script::Thai => ("th", 1.0),
        Script::Myanmar => ("my", 0.95),
        Script::Georgian => ("ka", 1.0),
        Script::Armenian => ("hy", 1.0),
        Script::Ethiopic => ("am", 0.8), // Tigrinya is also written in it.
        Script::Khmer => ("km", 1.0),
        Script::Hangul => ("ko", 1.0),
        Script::Kana => ("ja", 1.0),
        Script::Han => ("zh", 0.9), // Short Japanese text may be all Kanji.
        Script::Latin | Script::Cyrillic | Script::Arabic | Script::Other => return None,
    })
}

/// True for a token that is a web address, an e-mail address, a social-media handle or a
/// hashtag: text that carries no language.
pub fn is_non_linguistic_token(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '#' && c != '/');
    if t.is_empty() {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    if lower.contains("://") || lower.starts_with("www.") || t.contains('@') || t.starts_with('#') {
        return true;
    }
    // host/path such as pic.twitter.com/abc or t.co/xyz
    if let Some((host, _)) = t.split_once('/') {
        if looks_like_host(host) {
            return true;
        }
    }
    looks_like_host(t) && has_known_tld(&lower)
}

fn looks_like_host(s: &str) -> bool {
    let mut labels = 0;
    for label in s.split('.') {
        if label.is_empty() || !label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return false;
        }
        labels += 1;
    }
    labels >= 2 && s.chars().any(|c| c.is_ascii_alphabetic())
}

fn has_known_tld(host: &str) -> bool {
    const TLDS: [&str; 24] = [
        "com", "net", "org", "gov", "edu", "mil", "int", "info", "io", "news", "tv", "co", "pk",
        "uk", "in", "ir", "af", "ae", "sa", "ru", "ua", "ly", "eg", "cn",
    ];
    host.rsplit('.')
        .next()
        .is_some_and(|tld| TLDS.contains(&tld))
}

/// Identifies the language of `text`. Returns `und` with confidence 0 for text with fewer than
/// [`MIN_LETTERS`] letters (URLs, handles and numbers do not count). Mixed text is judged by the
/// words of its dominant script (the script with the most letters).
pub fn detect_language(text: &str) -> LanguageGuess {
    let tokens: Vec<&str> = text
        .split_whitespace()
        .filter(|t| !is_non_linguistic_token(t))
        .collect();
    let mut counts = ScriptCounts::default();
    for token in &tokens {
        for c in token.chars().filter(|c| c.is_alphabetic()) {
            counts.add(Script::of(c));
        }
    }
    let Some(script) = counts.dominant() else {
        return LanguageGuess::UNDETERMINED;
    };
    if script == Script::Other {
        return LanguageGuess::UNDETERMINED;
    }
    let in_script = |c: char| {
        let s = Script::of(c);
        s == script || (script == Script::Kana && s == Script::Han)
    };
    let letters = text_letters(&tokens, in_script);
    let minimum = match script {
        Script::Han | Script::Kana | Script::Hangul => MIN_CJK_LETTERS,
        _ => MIN_LETTERS,
    };
    if letters < minimum {
        return LanguageGuess::UNDETERMINED;
    }
    if let Some((lang, confidence)) = language_of_script(script) {
        return LanguageGuess { lang, confidence };
    }
    let tokens = without_accented_names(tokens, script);
    let sample = script_sample(&tokens, in_script);
    match script {
        Script::Latin => model_guess(latin_detector(), &sample),
        Script::Cyrillic => model_guess(cyrillic_detector(), &sample),
        Script::Arabic => arabic_script_guess(&sample),
        _ => LanguageGuess::UNDETERMINED,
    }
}

/// In Latin-script text with enough ordinary words, drops capitalised words with letters beyond
/// ASCII: names such as `Anıtkabir` or `Türkiye` in an English sentence would otherwise let a
/// letter unique to one language (Turkish `ı`) decide the whole text.
fn without_accented_names(tokens: Vec<&str>, script: Script) -> Vec<&str> {
    let is_name = |t: &&str| {
        t.chars().next().is_some_and(char::is_uppercase)
            && t.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
    };
    let ordinary = tokens
        .iter()
        .filter(|t| t.chars().next().is_some_and(char::is_lowercase))
        .count();
    if script != Script::Latin || ordinary < MIN_ORDINARY_WORDS {
        return tokens;
    }
    tokens.into_iter().filter(|t| !is_name(t)).collect()
}

/// Lower-case words needed before accented capitalised words are set aside as names.
const MIN_ORDINARY_WORDS: usize = 4;

fn text_letters(tokens: &[&str], in_script: impl Fn(char) -> bool) -> usize {
    tokens
        .iter()
        .flat_map(|t| t.chars())
        .filter(|c| c.is_alphabetic() && in_script(*c))
        .count()
}

/// The tokens whose letters are mostly of the dominant script, joined by spaces and cut to at most
/// [`MAX_SAMPLE_BYTES`].
fn script_sample(tokens: &[&str], in_script: impl Fn(char) -> bool) -> String {
    let mut sample = String::new();
    for token in tokens {
        let (mut inside, mut outside) = (0usize, 0usize);
        for c in token.chars().filter(|c| c.is_alphabetic()) {
            if in_script(c) {
                inside += 1;
            } else {
                outside += 1;
            }
        }
        if inside == 0 || outside > inside {
            continue;
        }
        if sample.len() + token.len() + 1 > MAX_SAMPLE_BYTES && !sample.is_empty() {
            break;
        }
        if !sample.is_empty() {
            sample.push(' ');
        }
        sample.push_str(token);
    }
    sample
}

fn model_guess(detector: &LanguageDetector, sample: &str) -> LanguageGuess {
    let values = detector.compute_language_confidence_values(sample);
    match values.first() {
        Some(&(language, value)) if value > 0.0 => LanguageGuess {
            lang: iso_code(language),
            confidence: value as f32,
        },
        _ => LanguageGuess::UNDETERMINED,
    }
}

/// Arabic, Persian, Urdu or Pashto. Letters that only Urdu or only Pashto write decide when they
/// are present; otherwise the model does.
fn arabic_script_guess(sample: &str) -> LanguageGuess {
    let pashto = sample
        .chars()
        .filter(|c| PASHTO_LETTERS.contains(c))
        .count();
    let urdu = sample.chars().filter(|c| URDU_LETTERS.contains(c)).count();
    let urdu_heh = sample
        .chars()
        .filter(|c| URDU_HEH_LETTERS.contains(c))
        .count();
    if pashto >= PASHTO_LETTER_EVIDENCE && pashto > urdu + urdu_heh {
        return LanguageGuess {
            lang: "ps",
            confidence: LETTER_EVIDENCE_CONFIDENCE,
        };
    }
    let guess = model_guess(arabic_script_detector(), sample);
    if (urdu >= 1 || urdu_heh >= URDU_HEH_EVIDENCE) && guess.lang != "ur" {
        return LanguageGuess {
            lang: "ur",
            confidence: LETTER_EVIDENCE_CONFIDENCE,
        };
    }
    guess
}

#[cfg(test)]
mod name_tests {
    use super::*;

    #[test]
    fn accented_names_do_not_decide_the_language() {
        let text =
            "The visiting general laid a wreath at Anıtkabir at the start of his visit to Türkiye.";
        assert_eq!(detect_language(text).lang, "en");
        // A Turkish sentence stays Turkish: its own words carry the language.
        let text =
            "Genelkurmay Başkanı bugün Ankara'da Libyalı generali kabul etti ve görüşme yaptı.";
        assert_eq!(detect_language(text).lang, "tr");
    }
}

/// Texts at least this long may be judged by the fast first opinion in
/// [`detect_language_after`]; shorter ones always go to the full detector.
pub const FAST_PATH_MIN_BYTES: usize = 160;

fn whatlang_code(lang: &str) -> Option<whatlang::Lang> {
    use whatlang::Lang;
    Some(match lang {
        "en" => Lang::Eng,
        "fr" => Lang::Fra,
        "de" => Lang::Deu,
        "es" => Lang::Spa,
        "pt" => Lang::Por,
        "it" => Lang::Ita,
        "tr" => Lang::Tur,
        "id" => Lang::Ind,
        "ru" => Lang::Rus,
        "uk" => Lang::Ukr,
        _ => return None,
    })
}

fn fast_detector() -> &'static whatlang::Detector {
    static CELL: OnceLock<whatlang::Detector> = OnceLock::new();
    CELL.get_or_init(|| {
        let allow = ["en", "fr", "de", "es", "pt", "it", "tr", "id", "ru", "uk"]
            .iter()
            .filter_map(|c| whatlang_code(c))
            .collect();
        whatlang::Detector::with_allowlist(allow)
    })
}

/// Like [`detect_language`], for the next paragraph of a text whose previous paragraph was in
/// `previous`. When a fast trigram detector (whatlang) reliably finds the same Latin- or
/// Cyrillic-script language in a long enough paragraph, that answer is taken and the slower,
/// more accurate detector is skipped; any other case (a change of language, a short or
/// uncertain paragraph, another script) goes to [`detect_language`]. A language change is
/// therefore never decided by the fast detector alone.
pub fn detect_language_after(text: &str, previous: Option<&str>) -> LanguageGuess {
    let Some(prev) = previous.filter(|_| text.len() >= FAST_PATH_MIN_BYTES) else {
        return detect_language(text);
    };
    let Some(wanted) = whatlang_code(prev) else {
        return detect_language(text);
    };
    let sample: String = {
        let mut s = String::new();
        for token in text
            .split_whitespace()
            .filter(|t| !is_non_linguistic_token(t))
        {
            if s.len() + token.len() + 1 > MAX_SAMPLE_BYTES && !s.is_empty() {
                break;
            }
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(token);
        }
        s
    };
    match fast_detector().detect(&sample) {
        Some(info) if info.is_reliable() && info.lang() == wanted => {
            let lang = SUPPORTED_LANGUAGES
                .iter()
                .copied()
                .find(|c| *c == prev)
                .unwrap_or(UNDETERMINED_CODE);
            if lang == UNDETERMINED_CODE {
                return detect_language(text);
            }
            LanguageGuess {
                lang,
                confidence: info.confidence() as f32,
            }
        }
        _ => detect_language(text),
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    #[test]
    fn a_change_of_language_is_never_decided_by_the_fast_path() {
        let french = "Le chef d'état-major de la marine a reçu hier son homologue à l'état-major, \
            où les deux officiers ont discuté de la sécurité maritime et de la formation commune.";
        assert_eq!(detect_language_after(french, Some("en")).lang, "fr");
        let english = "The chief of the naval staff received his counterpart at the headquarters \
            yesterday, where the two officers discussed maritime security and joint training.";
        let guess = detect_language_after(english, Some("en"));
        assert_eq!(guess.lang, "en");
        assert_eq!(
            detect_language_after("Short one.", Some("en")).lang,
            detect_language("Short one.").lang
        );
    }
}
