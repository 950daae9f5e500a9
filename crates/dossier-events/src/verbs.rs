//! The verb lexicon: verb forms and phrase patterns mapped to CAMEO codes, and CAMEO codes
//! mapped to PLOVER event types, modes and contexts.
//!
//! It is built by `dossier build verbs` from the PETRARCH2 CAMEO verb dictionary
//! (`petrarch2/CAMEO.2.0.txt`, MIT) and the PLOVER conversion table
//! (`plover/CAMEO2PLOVER-2021.txt`, CC BY-SA 4.0), and shipped as a compact artifact
//! (`data/verbs.bin`, gzip-compressed JSON).
//!
//! The dictionary format: synonym sets (`&NAME` followed by `+PHRASE` lines), then verb blocks
//! (`--- NAME [code] ---`, verb lines `VERB {IRREGULAR FORMS} [code]`, multi-word verbs with
//! `+` on the verb word, and pattern lines `- before * after [code] # comment`). A code
//! `[043:042]` is the active code and the code for a passive verb; `[---]` means "no event".

use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::OnceLock;

/// Version of the artifact layout.
pub const VERBS_ARTIFACT_VERSION: u32 = 1;

/// Errors reading or building the verb lexicon.
#[derive(Debug, thiserror::Error)]
pub enum VerbsError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("verb lexicon artifact: {0}")]
    Format(String),
}

/// A CAMEO code pair: the code for an active verb and the code for a passive one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct CodePair {
    /// `None`: no code given; `Some("")`: explicitly no event (`---`).
    pub active: Option<String>,
    pub passive: Option<String>,
}

impl CodePair {
    fn parse(text: &str) -> Option<CodePair> {
        let inner = text.trim().strip_prefix('[')?.strip_suffix(']')?.trim();
        let norm = |s: &str| -> Option<String> {
            let s = s.trim();
            if s.is_empty() {
                None
            } else if s.starts_with("---") {
                Some(String::new())
            } else if s.chars().all(|c| c.is_ascii_digit()) {
                Some(s.to_string())
            } else {
                None
            }
        };
        match inner.split_once(':') {
            Some((a, p)) => Some(CodePair {
                active: norm(a),
                passive: norm(p),
            }),
            None => Some(CodePair {
                active: norm(inner),
                passive: None,
            }),
        }
    }

    /// The code for the given voice; `Some("")` means explicitly no event.
    pub fn for_voice(&self, passive: bool) -> Option<&str> {
        if passive {
            self.passive.as_deref().or(self.active.as_deref())
        } else {
            self.active.as_deref()
        }
    }
}

/// One element of a pattern: alternative phrases (lower-case words) any of which may match.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PatternItem {
    pub alternatives: Vec<Vec<String>>,
}

/// A phrase pattern of a verb block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pattern {
    /// Items that come before the verb, in text order.
    pub before: Vec<PatternItem>,
    /// Items that come after the verb, in text order.
    pub after: Vec<PatternItem>,
    pub code: CodePair,
}

impl Pattern {
    /// The number of words the pattern requires (its specificity).
    pub fn weight(&self) -> usize {
        self.before
            .iter()
            .chain(&self.after)
            .map(|i| i.alternatives.iter().map(Vec::len).min().unwrap_or(0))
            .sum()
    }
}

/// A verb block: synonymous verbs sharing patterns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbBlock {
    pub name: String,
    pub code: CodePair,
    pub patterns: Vec<Pattern>,
}

/// A verb form: its words (lower-case) and which word is the verb proper.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerbForm {
    pub words: Vec<String>,
    pub verb_word: usize,
    /// The lemma (the block entry's first form): `meet` for `met`.
    pub lemma: String,
    pub block: u32,
    /// The verb's own code, overriding the block's.
    pub code: CodePair,
}

/// The PLOVER coding of one CAMEO code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PloverCoding {
    pub event_type: String,
    pub mode: Option<String>,
    pub contexts: Vec<String>,
}

/// The verb lexicon.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct VerbLexicon {
    pub version: u32,
    pub blocks: Vec<VerbBlock>,
    pub forms: Vec<VerbForm>,
    /// CAMEO code -> PLOVER coding.
    pub plover: HashMap<String, PloverCoding>,
    #[serde(skip)]
    by_first_word: HashMap<String, Vec<u32>>,
}

static EMBEDDED: &[u8] = include_bytes!("../data/verbs.bin");
static LEXICON: OnceLock<VerbLexicon> = OnceLock::new();

impl VerbLexicon {
    /// The lexicon shipped with dossier.
    pub fn embedded() -> &'static VerbLexicon {
        LEXICON.get_or_init(|| {
            // The artifact is built and checked by the project; a broken one is a build defect.
            VerbLexicon::from_bytes(EMBEDDED).unwrap_or_else(|_| VerbLexicon::empty())
        })
    }

    fn empty() -> VerbLexicon {
        VerbLexicon {
            version: VERBS_ARTIFACT_VERSION,
            blocks: Vec::new(),
            forms: Vec::new(),
            plover: HashMap::new(),
            by_first_word: HashMap::new(),
        }
    }

    /// Reads the artifact.
    pub fn from_bytes(bytes: &[u8]) -> Result<VerbLexicon, VerbsError> {
        let mut json = Vec::new();
        GzDecoder::new(bytes)
            .read_to_end(&mut json)
            .map_err(|e| VerbsError::Format(e.to_string()))?;
        let mut lexicon: VerbLexicon =
            serde_json::from_slice(&json).map_err(|e| VerbsError::Format(e.to_string()))?;
        if lexicon.version != VERBS_ARTIFACT_VERSION {
            return Err(VerbsError::Format(format!(
                "artifact version {} (expected {VERBS_ARTIFACT_VERSION})",
                lexicon.version
            )));
        }
        lexicon.index();
        Ok(lexicon)
    }

    /// Writes the artifact (deterministic bytes).
    pub fn to_bytes(&self) -> Result<Vec<u8>, VerbsError> {
        let mut sorted: Vec<(&String, &PloverCoding)> = self.plover.iter().collect();
        sorted.sort_by(|a, b| a.0.cmp(b.0));
        let value = serde_json::json!({
            "version": self.version,
            "blocks": self.blocks,
            "forms": self.forms,
            "plover": sorted.into_iter().map(|(k, v)| (k.clone(), serde_json::to_value(v).unwrap_or_default())).collect::<serde_json::Map<_, _>>(),
        });
        let json = serde_json::to_vec(&value).map_err(|e| VerbsError::Format(e.to_string()))?;
        let mut enc = GzEncoder::new(Vec::new(), flate2::Compression::best());
        enc.write_all(&json)
            .map_err(|e| VerbsError::Format(e.to_string()))?;
        enc.finish().map_err(|e| VerbsError::Format(e.to_string()))
    }

    fn index(&mut self) {
        self.by_first_word.clear();
        for (i, f) in self.forms.iter().enumerate() {
            if let Some(first) = f.words.first() {
                self.by_first_word
                    .entry(first.clone())
                    .or_default()
                    .push(i as u32);
            }
        }
    }

    /// The verb forms whose first word is `word` (lower-case).
    pub fn forms_starting(&self, word: &str) -> impl Iterator<Item = &VerbForm> {
        self.by_first_word
            .get(word)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.forms.get(i as usize))
    }

    pub fn block(&self, index: u32) -> Option<&VerbBlock> {
        self.blocks.get(index as usize)
    }

    /// The PLOVER coding of a CAMEO code: the code itself or its nearest listed ancestor.
    /// CAMEO 02x (appeal) is PLOVER REQUEST; CAMEO 01x (public statements) is not an event.
    pub fn plover_of(&self, cameo: &str) -> Option<PloverCoding> {
        let mut code = cameo;
        while code.len() >= 2 {
            if let Some(c) = self.plover.get(code) {
                return Some(c.clone());
            }
            code = &code[..code.len() - 1];
        }
        if cameo.starts_with("02") {
            return Some(PloverCoding {
                event_type: "REQUEST".to_string(),
                mode: None,
                contexts: Vec::new(),
            });
        }
        None
    }
}

/// Verbs the CAMEO 2.0 dictionary lacks although its comments and the CAMEO manual use them,
/// written for dossier in the dictionary's own format and appended to it at build time.
pub const SUPPLEMENT: &str = "
---  URGE   [100]  ---
URGE
- * (TO SUPPORT)                                      [102]
- * (TO RECOGNIZE)                                    [102]
";

/// CAMEO-to-PLOVER lines where the PLOVER manual (`PLOVER_MANUAL.tex`) contradicts the 2021
/// table, read before it: CONCEDE "covers ... easing of administrative or legal restrictions on
/// persons and organizations, removing curfews", which the table files under RETREAT; SANCTION
/// "International (political or economic) sanctions are coded as `discontinue`", which the
/// table files under COERCE.
pub const MANUAL_PLOVER: &str = "
0813: CONCEDE,   ,   legal # Ease curfew (PLOVER manual, CONCEDE)
0814: CONCEDE,   ,   legal # Ease state of emergency or martial law (PLOVER manual, CONCEDE)
163: SANCTION, discontinue,   economic # Impose embargo, boycott, or sanctions (PLOVER manual, SANCTION: international sanctions are coded as discontinue)
";

/// Builds the lexicon from the shared data directory (with `petrarch2/` and `plover/`).
pub fn build(data_dir: &Path) -> Result<VerbLexicon, VerbsError> {
    let read = |p: std::path::PathBuf| {
        std::fs::read_to_string(&p).map_err(|source| VerbsError::Read {
            path: p.display().to_string(),
            source,
        })
    };
    let verbs = read(data_dir.join("petrarch2").join("CAMEO.2.0.txt"))?;
    let table = read(data_dir.join("plover").join("CAMEO2PLOVER-2021.txt"))?;
    let verbs = format!("{verbs}\n{SUPPLEMENT}");
    let table = format!("{MANUAL_PLOVER}\n{table}");
    Ok(VerbLexicon::from_texts(&verbs, &table))
}

impl VerbLexicon {
    /// A lexicon from a verb dictionary's text (PETRARCH format) and a CAMEO-to-PLOVER table's
    /// text (used as is: no supplement is added).
    pub fn from_texts(dictionary: &str, plover_table: &str) -> VerbLexicon {
        let (blocks, forms) = parse_verb_dictionary(dictionary);
        let mut lexicon = VerbLexicon {
            version: VERBS_ARTIFACT_VERSION,
            blocks,
            forms,
            plover: parse_plover_table(plover_table),
            by_first_word: HashMap::new(),
        };
        lexicon.index();
        lexicon
    }
}

/// Parses `CAMEO2PLOVER`: lines `0312: AGREE,  ,   military # comment`.
pub fn parse_plover_table(text: &str) -> HashMap<String, PloverCoding> {
    let mut map = HashMap::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("");
        let Some((code, rest)) = line.split_once(':') else {
            continue;
        };
        let code = code.trim();
        if code.len() < 3 || !code.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut parts = rest.split(',');
        let event_type = parts.next().unwrap_or("").trim().to_string();
        if event_type.is_empty() || !event_type.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let mode = parts
            .next()
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(str::to_string);
        let contexts = parts
            .next()
            .unwrap_or("")
            .split(';')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_string)
            .collect();
        map.entry(code.to_string()).or_insert(PloverCoding {
            event_type,
            mode,
            contexts,
        });
    }
    map
}

fn plural_forms(word: &str, no_plural: bool) -> Vec<String> {
    let mut out = vec![word.to_string()];
    if no_plural || word.is_empty() {
        return out;
    }
    if let Some(stem) = word.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            out.push(format!("{stem}ies"));
            return out;
        }
    }
    if word.ends_with("ss") || word.ends_with("sh") || word.ends_with("ch") || word.ends_with('x') {
        out.push(format!("{word}es"));
    } else if !word.ends_with('s') {
        out.push(format!("{word}s"));
    }
    out
}

/// Regular English verb forms of `base` (lower-case).
fn regular_verb_forms(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let chars: Vec<char> = base.chars().collect();
    let n = chars.len();
    if n == 0 {
        return out;
    }
    let last = chars[n - 1];
    let vowel = |c: char| "aeiou".contains(c);
    // third person
    if base.ends_with("ss")
        || base.ends_with("sh")
        || base.ends_with("ch")
        || last == 'x'
        || last == 'z'
        || last == 'o'
    {
        out.push(format!("{base}es"));
    } else if last == 'y' && n > 1 && !vowel(chars[n - 2]) {
        out.push(format!("{}ies", &base[..base.len() - 1]));
    } else {
        out.push(format!("{base}s"));
    }
    // past and gerund
    if last == 'e' {
        out.push(format!("{base}d"));
        let stem = &base[..base.len() - 1];
        if base.ends_with("ee") {
            out.push(format!("{base}ing"));
        } else {
            out.push(format!("{stem}ing"));
        }
    } else if last == 'y' && n > 1 && !vowel(chars[n - 2]) {
        out.push(format!("{}ied", &base[..base.len() - 1]));
        out.push(format!("{base}ing"));
    } else {
        out.push(format!("{base}ed"));
        out.push(format!("{base}ing"));
        // consonant doubling for short CVC words (stop -> stopped)
        if (3..=4).contains(&n)
            && !vowel(last)
            && !"wxy".contains(last)
            && vowel(chars[n - 2])
            && !vowel(chars[n - 3])
        {
            out.push(format!("{base}{last}ed"));
            out.push(format!("{base}{last}ing"));
        }
    }
    out
}

struct SynsetTable(HashMap<String, Vec<Vec<String>>>);

fn words_of(phrase: &str) -> Vec<String> {
    phrase
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Parses the verb dictionary into blocks and forms.
pub fn parse_verb_dictionary(text: &str) -> (Vec<VerbBlock>, Vec<VerbForm>) {
    let mut synsets = SynsetTable(HashMap::new());
    let mut blocks: Vec<VerbBlock> = Vec::new();
    let mut forms: Vec<VerbForm> = Vec::new();
    let mut current_synset: Option<(String, bool)> = None;
    for raw in text.lines() {
        let line = raw.split('#').next().unwrap_or("").trim_end();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('~') {
            continue;
        }
        if let Some(name) = trimmed.strip_prefix('&') {
            if !trimmed.contains(' ') {
                let no_plural = name.ends_with('_');
                current_synset = Some((name.trim_end_matches('_').to_string(), no_plural));
                synsets
                    .0
                    .entry(name.trim_end_matches('_').to_string())
                    .or_default();
                continue;
            }
        }
        if let (Some((name, no_plural)), Some(phrase)) =
            (current_synset.as_ref(), trimmed.strip_prefix('+'))
        {
            if blocks.is_empty() {
                let phrase_no_plural = *no_plural || phrase.ends_with('_');
                let words = words_of(phrase.trim_end_matches('_'));
                if let Some((last, rest)) = words.split_last() {
                    let entry = synsets.0.entry(name.clone()).or_default();
                    for form in plural_forms(last, phrase_no_plural) {
                        let mut w = rest.to_vec();
                        w.push(form);
                        entry.push(w);
                    }
                }
                continue;
            }
        }
        if trimmed.starts_with("---") {
            current_synset = None;
            let inner = trimmed.trim_matches('-').trim();
            let (name, code) = match inner.find('[') {
                Some(i) => (
                    inner[..i].trim().to_string(),
                    CodePair::parse(&inner[i..]).unwrap_or_default(),
                ),
                None => (inner.to_string(), CodePair::default()),
            };
            blocks.push(VerbBlock {
                name,
                code,
                patterns: Vec::new(),
            });
            continue;
        }
        let Some(block_index) = blocks.len().checked_sub(1) else {
            continue;
        };
        if let Some(pattern) = trimmed.strip_prefix("- ") {
            if let Some(p) = parse_pattern(pattern, &synsets) {
                blocks[block_index].patterns.push(p);
            }
            continue;
        }
        // a verb line
        parse_verb_line(trimmed, block_index as u32, &mut forms);
    }
    (blocks, forms)
}

fn parse_verb_line(line: &str, block: u32, forms: &mut Vec<VerbForm>) {
    let (head, code) = match line.find('[') {
        Some(i) => (&line[..i], CodePair::parse(&line[i..]).unwrap_or_default()),
        None => (line, CodePair::default()),
    };
    let (base, irregular) = match head.find('{') {
        Some(i) => (
            head[..i].trim(),
            Some(head[i + 1..].trim_end().trim_end_matches('}').trim()),
        ),
        None => (head.trim(), None),
    };
    if base.is_empty() {
        return;
    }
    let parse_phrase = |p: &str| -> (Vec<String>, usize) {
        let parts: Vec<&str> = p.split('_').filter(|w| !w.is_empty()).collect();
        let mut verb_word = 0;
        let mut words = Vec::new();
        for (i, w) in parts.iter().enumerate() {
            if w.starts_with('+') {
                verb_word = i;
            }
            words.push(w.trim_start_matches('+').to_lowercase());
        }
        (words, verb_word)
    };
    let (base_words, verb_word) = parse_phrase(base);
    if base_words.is_empty() {
        return;
    }
    let lemma = base_words.join(" ");
    let mut variants: Vec<(Vec<String>, usize)> = vec![(base_words.clone(), verb_word)];
    match irregular {
        Some(list) => {
            for p in list.split_whitespace() {
                let (w, v) = parse_phrase(p);
                if !w.is_empty() {
                    variants.push((w, v));
                }
            }
        }
        None => {
            if let Some(verb) = base_words.get(verb_word) {
                for form in regular_verb_forms(verb).into_iter().skip(1) {
                    let mut w = base_words.clone();
                    w[verb_word] = form;
                    variants.push((w, verb_word));
                }
            }
        }
    }
    for (words, verb_word) in variants {
        forms.push(VerbForm {
            words,
            verb_word,
            lemma: lemma.clone(),
            block,
            code: code.clone(),
        });
    }
}

fn item_of(token: &str, synsets: &SynsetTable) -> Option<PatternItem> {
    if let Some(name) = token.strip_prefix('&') {
        let alts = synsets.0.get(name.trim_end_matches('_'))?;
        if alts.is_empty() {
            return None;
        }
        return Some(PatternItem {
            alternatives: alts.clone(),
        });
    }
    let no_plural = token.ends_with('_');
    let word = token.trim_end_matches('_').to_lowercase();
    if word.is_empty() || !word.chars().any(|c| c.is_alphanumeric()) {
        return None;
    }
    Some(PatternItem {
        alternatives: plural_forms(&word, no_plural)
            .into_iter()
            .map(|w| vec![w])
            .collect(),
    })
}

fn parse_pattern(text: &str, synsets: &SynsetTable) -> Option<Pattern> {
    let i = text.rfind('[')?;
    let code = CodePair::parse(
        text[i..]
            .split(']')
            .next()
            .map(|s| format!("{s}]"))?
            .as_str(),
    )?;
    let body = &text[..i];
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut seen_star = false;
    // Tokens: words, `{A B}` compounds (consecutive words), `(PREP NOUN)` phrases.
    let mut chars = body.char_indices().peekable();
    let mut tokens: Vec<(bool, String)> = Vec::new(); // (is_compound, text)
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() || c == '(' || c == ')' {
            continue;
        }
        if c == '{' {
            let mut end = start + 1;
            for (j, d) in chars.by_ref() {
                end = j;
                if d == '}' {
                    break;
                }
            }
            tokens.push((true, body[start + 1..end].to_string()));
            continue;
        }
        let mut end = start + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if d.is_whitespace() || d == '(' || d == ')' || d == '{' {
                break;
            }
            end = j + d.len_utf8();
            chars.next();
        }
        tokens.push((false, body[start..end].to_string()));
    }
    for (compound, tok) in tokens {
        if tok == "*" {
            seen_star = true;
            continue;
        }
        if matches!(tok.as_str(), "$" | "+" | "%" | "^") {
            continue;
        }
        let item = if compound {
            // a compound noun phrase: consecutive words; synsets inside are expanded to their
            // first alternative set (each alternative phrase joined).
            let mut alternatives: Vec<Vec<String>> = vec![Vec::new()];
            for w in tok.split_whitespace() {
                let Some(sub) = item_of(w, synsets) else {
                    continue;
                };
                let mut next = Vec::new();
                for prefix in &alternatives {
                    for alt in sub.alternatives.iter().take(8) {
                        let mut p = prefix.clone();
                        p.extend(alt.iter().cloned());
                        next.push(p);
                    }
                }
                alternatives = next;
                alternatives.truncate(64);
            }
            alternatives.retain(|a| !a.is_empty());
            if alternatives.is_empty() {
                continue;
            }
            PatternItem { alternatives }
        } else {
            // `BY/WITH` alternatives
            if tok.contains('/') {
                let alternatives: Vec<Vec<String>> = tok
                    .split('/')
                    .filter(|w| !w.is_empty())
                    .map(|w| vec![w.to_lowercase()])
                    .collect();
                PatternItem { alternatives }
            } else {
                match item_of(&tok, synsets) {
                    Some(i) => i,
                    None => continue,
                }
            }
        };
        if seen_star {
            after.push(item);
        } else {
            before.push(item);
        }
    }
    if !seen_star {
        return None;
    }
    Some(Pattern {
        before,
        after,
        code,
    })
}

/// Writes the lexicon artifact to `path`.
pub fn write_artifact(lexicon: &VerbLexicon, path: &Path) -> Result<usize, VerbsError> {
    let bytes = lexicon.to_bytes()?;
    std::fs::write(path, &bytes).map_err(|source| VerbsError::Read {
        path: path.display().to_string(),
        source,
    })?;
    Ok(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    const DICT: &str = "&WEAPON\n+SPEAR\n+BOW_\n\n---  MEET_PEOPLE   [040]  ---\n+MEET_WITH {+MET_WITH +MEETS_WITH}\nMEET {MEETS MET MEETING}\nPARLEY\n- * (AT)  [036:036] # MEET\n- * {ROUND TABLE} [040] # x\n\n---  GET   [---]  ---\nRECEIVE\n- * ENVOY [043:042] # RECEIVE\n- * &WEAPON [072] # GET\n";

    #[test]
    fn parses_blocks_forms_and_patterns() {
        let (blocks, forms) = parse_verb_dictionary(DICT);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[0].code.active.as_deref(), Some("040"));
        assert_eq!(blocks[1].code.active.as_deref(), Some(""));
        let met: Vec<_> = forms.iter().filter(|f| f.words == ["met"]).collect();
        assert_eq!(met.len(), 1);
        assert_eq!(met[0].lemma, "meet");
        assert!(forms.iter().any(|f| f.words == ["met", "with"]));
        assert!(forms.iter().any(|f| f.words == ["parleyed"]));
        assert!(forms.iter().any(|f| f.words == ["receiving"]));
        let envoy = &blocks[1].patterns[0];
        assert_eq!(envoy.code.active.as_deref(), Some("043"));
        assert_eq!(envoy.code.passive.as_deref(), Some("042"));
        let weapon = &blocks[1].patterns[1];
        assert!(weapon.after[0]
            .alternatives
            .contains(&vec!["spears".to_string()]));
        assert!(!weapon.after[0]
            .alternatives
            .contains(&vec!["bows".to_string()]));
        assert_eq!(
            blocks[0].patterns[1].after[0].alternatives[0],
            ["round", "table"]
        );
    }

    #[test]
    fn plover_table_and_fallbacks() {
        let table = "04: CONSULT\n040: CONSULT, ,  # Consult\n042: CONSULT, visit,   # Make a visit\n0312: AGREE,  ,   military # x\n";
        let mut lex = VerbLexicon::empty();
        lex.plover = parse_plover_table(table);
        assert_eq!(
            lex.plover_of("042").map(|c| c.mode),
            Some(Some("visit".into()))
        );
        assert_eq!(
            lex.plover_of("0421").map(|c| c.event_type),
            Some("CONSULT".into())
        );
        assert_eq!(
            lex.plover_of("0312").map(|c| c.contexts),
            Some(vec!["military".into()])
        );
        assert_eq!(
            lex.plover_of("021").map(|c| c.event_type),
            Some("REQUEST".into())
        );
        assert_eq!(lex.plover_of("010"), None);
    }

    #[test]
    fn embedded_artifact_loads() {
        let lex = VerbLexicon::embedded();
        assert!(lex.forms.len() > 5000, "{} forms", lex.forms.len());
        assert!(lex.forms_starting("met").next().is_some());
        assert_eq!(
            lex.plover_of("042").map(|c| c.event_type),
            Some("CONSULT".into())
        );
    }
}
