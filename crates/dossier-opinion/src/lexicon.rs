//! A small hand-written lexicon of the cues by which a writer's own voice shows in a news
//! sentence: evaluation, hedging and prediction, obligation, intensity, interpretation,
//! certainty and personal address. English and Arabic entries share the same classes, so
//! that a model over class counts carries from one language to the other.
//!
//! Phrases are matched on the tokens of [`dossier_text::tokenize`], lower-cased, with `’`
//! read as `'`.

use dossier_model::Span;
use dossier_text::{tokenize, Token, TokenKind};
use serde::Serialize;
use std::collections::HashMap;
use std::sync::OnceLock;

/// What a cue says about the sentence it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueClass {
    /// An evaluative word or phrase: `disastrous`, `represents an opportunity`, `remains
    /// underutilized`.
    Evaluative,
    /// Hedging: `perhaps`, `it appears`, `potentially`.
    Hedge,
    /// Prediction: `is expected to`, `is likely to`, `will probably`.
    Prediction,
    /// Obligation or recommendation: `should`, `must`, `needs to`.
    Deontic,
    /// Intensity: `very`, `deeply`, `utterly`.
    Intensifier,
    /// The writer interpreting events: `signals`, `reflects`, `marks a significant step`,
    /// `it's worth noting`.
    Analysis,
    /// Asserted certainty: `clearly`, `of course`, `undoubtedly`.
    Certainty,
    /// The writer addressing or including the reader: `we`, `our`, `you`.
    Personal,
}

impl CueClass {
    /// Every class, in feature order.
    pub const ALL: [CueClass; 8] = [
        CueClass::Evaluative,
        CueClass::Hedge,
        CueClass::Prediction,
        CueClass::Deontic,
        CueClass::Intensifier,
        CueClass::Analysis,
        CueClass::Certainty,
        CueClass::Personal,
    ];

    /// Position in [`CueClass::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// A short name used in feature strings and reports.
    pub fn name(self) -> &'static str {
        match self {
            CueClass::Evaluative => "evaluative",
            CueClass::Hedge => "hedge",
            CueClass::Prediction => "prediction",
            CueClass::Deontic => "deontic",
            CueClass::Intensifier => "intensifier",
            CueClass::Analysis => "analysis",
            CueClass::Certainty => "certainty",
            CueClass::Personal => "personal",
        }
    }
}

use CueClass::*;

/// English cues.
const ENGLISH: &[(CueClass, &str)] = &[
    // evaluation
    (Evaluative, "represents an opportunity"),
    (Evaluative, "represent an opportunity"),
    (Evaluative, "an opportunity to"),
    (Evaluative, "remains underutilized"),
    (Evaluative, "remains underutilised"),
    (Evaluative, "underutilized"),
    (Evaluative, "underutilised"),
    (Evaluative, "underrated"),
    (Evaluative, "overrated"),
    (Evaluative, "raised concerns"),
    (Evaluative, "has raised concerns"),
    (Evaluative, "lacking a clear"),
    (Evaluative, "so-called"),
    (Evaluative, "nothing more than"),
    (Evaluative, "nothing less than"),
    (Evaluative, "little more than"),
    (Evaluative, "at best"),
    (Evaluative, "at worst"),
    (Evaluative, "unfortunately"),
    (Evaluative, "fortunately"),
    (Evaluative, "sadly"),
    (Evaluative, "ironically"),
    (Evaluative, "remarkably"),
    (Evaluative, "shockingly"),
    (Evaluative, "disgraceful"),
    (Evaluative, "shameful"),
    (Evaluative, "absurd"),
    (Evaluative, "ridiculous"),
    (Evaluative, "outrageous"),
    (Evaluative, "appalling"),
    (Evaluative, "disastrous"),
    (Evaluative, "catastrophic"),
    (Evaluative, "reckless"),
    (Evaluative, "incompetent"),
    (Evaluative, "hypocrisy"),
    (Evaluative, "hypocritical"),
    (Evaluative, "dishonest"),
    (Evaluative, "misguided"),
    (Evaluative, "foolish"),
    (Evaluative, "stupid"),
    (Evaluative, "pathetic"),
    (Evaluative, "laughable"),
    (Evaluative, "brilliant"),
    (Evaluative, "admirable"),
    (Evaluative, "impressive"),
    (Evaluative, "remarkable"),
    (Evaluative, "terrible"),
    (Evaluative, "horrible"),
    (Evaluative, "awful"),
    (Evaluative, "dangerous"),
    (Evaluative, "failure"),
    (Evaluative, "failed to"),
    (Evaluative, "robust"),
    (Evaluative, "unprecedented"),
    (Evaluative, "alarming"),
    (Evaluative, "troubling"),
    (Evaluative, "worrying"),
    (Evaluative, "deserve"),
    (Evaluative, "deserves"),
    (Evaluative, "unfair"),
    (Evaluative, "unjust"),
    (Evaluative, "wrong"),
    (Evaluative, "merely"),
    (Evaluative, "simply"),
    (Evaluative, "nonsense"),
    (Evaluative, "propaganda"),
    (Evaluative, "elites"),
    (Evaluative, "woke"),
    (Evaluative, "massive"),
    (Evaluative, "immense"),
    (Evaluative, "profound"),
    (Evaluative, "dramatic"),
    (Evaluative, "dramatically"),
    (Evaluative, "fragile"),
    (Evaluative, "explosive"),
    (Evaluative, "naive"),
    (Evaluative, "cynical"),
    (Evaluative, "blatant"),
    (Evaluative, "blatantly"),
    (Evaluative, "deliberately"),
    (Evaluative, "shameless"),
    (Evaluative, "elite"),
    (Evaluative, "radical"),
    (Evaluative, "extreme"),
    (Evaluative, "extremist"),
    (Evaluative, "ineffective"),
    (Evaluative, "useless"),
    (Evaluative, "pointless"),
    (Evaluative, "meaningless"),
    (Evaluative, "genuine"),
    (Evaluative, "genuinely"),
    (Evaluative, "fundamental"),
    (Evaluative, "essential"),
    (Evaluative, "importantly"),
    (Evaluative, "huge"),
    (Evaluative, "enormous"),
    (Evaluative, "tremendous"),
    (Evaluative, "poor"),
    (Evaluative, "obvious"),
    (Evaluative, "mere"),
    (Evaluative, "pure"),
    (Evaluative, "sheer"),
    (Evaluative, "insane"),
    (Evaluative, "crazy"),
    (Evaluative, "bizarre"),
    (Evaluative, "strange"),
    (Evaluative, "weird"),
    (Evaluative, "sad"),
    (Evaluative, "tragic"),
    (Evaluative, "tragedy"),
    (Evaluative, "lie"),
    (Evaluative, "lies"),
    (Evaluative, "lying"),
    (Evaluative, "fake"),
    (Evaluative, "myth"),
    (Evaluative, "hoax"),
    (Evaluative, "scam"),
    (Evaluative, "fraud"),
    (Evaluative, "disaster"),
    (Evaluative, "mess"),
    (Evaluative, "chaos"),
    (Evaluative, "chaotic"),
    (Evaluative, "brutal"),
    (Evaluative, "cruel"),
    (Evaluative, "evil"),
    (Evaluative, "wicked"),
    (Evaluative, "villain"),
    (Evaluative, "hero"),
    (Evaluative, "heroic"),
    (Evaluative, "courageous"),
    (Evaluative, "cowardly"),
    (Evaluative, "beautiful"),
    (Evaluative, "ugly"),
    (Evaluative, "desperate"),
    (Evaluative, "desperately"),
    (Evaluative, "arrogant"),
    (Evaluative, "ignorant"),
    (Evaluative, "ignorance"),
    (Evaluative, "greedy"),
    (Evaluative, "greed"),
    (Evaluative, "selfish"),
    (Evaluative, "obsessed"),
    (Evaluative, "obsession"),
    (Evaluative, "hysteria"),
    (Evaluative, "hysterical"),
    (Evaluative, "tyranny"),
    (Evaluative, "tyrannical"),
    (Evaluative, "dystopian"),
    (Evaluative, "sinister"),
    (Evaluative, "nefarious"),
    (Evaluative, "bogus"),
    (Evaluative, "dubious"),
    (Evaluative, "questionable"),
    (Evaluative, "problematic"),
    (Evaluative, "unacceptable"),
    (Evaluative, "inexcusable"),
    (Evaluative, "irresponsible"),
    (Evaluative, "undermine"),
    (Evaluative, "undermines"),
    (Evaluative, "destroy"),
    (Evaluative, "destroying"),
    (Evaluative, "ruin"),
    (Evaluative, "ruined"),
    (Evaluative, "wonderful"),
    (Evaluative, "excellent"),
    (Evaluative, "superb"),
    (Evaluative, "fantastic"),
    (Evaluative, "amazing"),
    (Evaluative, "stunning"),
    (Evaluative, "astonishing"),
    (Evaluative, "extraordinary"),
    (Evaluative, "incredible"),
    (Evaluative, "unbelievable"),
    (Evaluative, "ruthless"),
    (Evaluative, "corrupt"),
    (Evaluative, "grotesque"),
    (Evaluative, "obscene"),
    (Evaluative, "vile"),
    (Evaluative, "toxic"),
    (Evaluative, "dire"),
    (Evaluative, "grim"),
    (Evaluative, "bleak"),
    (Evaluative, "doomed"),
    (Evaluative, "hopeless"),
    (Evaluative, "weak"),
    (Evaluative, "painful"),
    (Evaluative, "bitter"),
    (Evaluative, "fierce"),
    (Evaluative, "wildly"),
    (Analysis, "not only"),
    (Analysis, "no longer"),
    (Analysis, "after all"),
    (Analysis, "let alone"),
    (Analysis, "regardless"),
    (Analysis, "nothing"),
    (Analysis, "anyone"),
    (Analysis, "anything"),
    (Analysis, "everything"),
    (Analysis, "no one"),
    (Analysis, "why"),
    // hedging
    (Hedge, "perhaps"),
    (Hedge, "maybe"),
    (Hedge, "possibly"),
    (Hedge, "potentially"),
    (Hedge, "arguably"),
    (Hedge, "presumably"),
    (Hedge, "seemingly"),
    (Hedge, "apparently"),
    (Hedge, "it appears"),
    (Hedge, "appears to"),
    (Hedge, "seems"),
    (Hedge, "seem to"),
    (Hedge, "might"),
    (Hedge, "could be"),
    (Hedge, "may well"),
    (Hedge, "somewhat"),
    (Hedge, "in a sense"),
    // prediction
    (Prediction, "is expected to"),
    (Prediction, "are expected to"),
    (Prediction, "is likely to"),
    (Prediction, "are likely to"),
    (Prediction, "likely"),
    (Prediction, "unlikely"),
    (Prediction, "will probably"),
    (Prediction, "probably"),
    (Prediction, "is poised to"),
    (Prediction, "is bound to"),
    (Prediction, "is set to"),
    (Prediction, "would likely"),
    (Prediction, "in the long run"),
    (Prediction, "sooner or later"),
    // obligation
    (Deontic, "should"),
    (Deontic, "shouldn't"),
    (Deontic, "must"),
    (Deontic, "ought to"),
    (Deontic, "needs to"),
    (Deontic, "need to"),
    (Deontic, "has to"),
    (Deontic, "have to"),
    (Deontic, "it is time"),
    (Deontic, "it's time"),
    (Deontic, "let us"),
    (Deontic, "let's"),
    // intensity
    (Intensifier, "very"),
    (Intensifier, "extremely"),
    (Intensifier, "deeply"),
    (Intensifier, "highly"),
    (Intensifier, "incredibly"),
    (Intensifier, "utterly"),
    (Intensifier, "absolutely"),
    (Intensifier, "completely"),
    (Intensifier, "totally"),
    (Intensifier, "entirely"),
    (Intensifier, "hugely"),
    (Intensifier, "enormously"),
    (Intensifier, "truly"),
    (Intensifier, "really"),
    (Intensifier, "so much"),
    (Intensifier, "too"),
    (Intensifier, "even"),
    (Intensifier, "such"),
    (Intensifier, "most"),
    (Intensifier, "far more"),
    (Intensifier, "ever"),
    // interpretation
    (Analysis, "it's worth noting"),
    (Analysis, "it is worth noting"),
    (Analysis, "worth noting"),
    (Analysis, "it's worth"),
    (Analysis, "signals"),
    (Analysis, "signal"),
    (Analysis, "reflects"),
    (Analysis, "reflect"),
    (Analysis, "represents"),
    (Analysis, "marks a significant"),
    (Analysis, "a significant step"),
    (Analysis, "step toward"),
    (Analysis, "step towards"),
    (Analysis, "underscores"),
    (Analysis, "serves as"),
    (Analysis, "amounts to"),
    (Analysis, "this means"),
    (Analysis, "in other words"),
    (Analysis, "the reality is"),
    (Analysis, "the truth is"),
    (Analysis, "the problem is"),
    (Analysis, "the question is"),
    (Analysis, "the point is"),
    (Analysis, "the fact that"),
    (Analysis, "what matters"),
    (Analysis, "raises questions"),
    (Analysis, "a sign of"),
    (Analysis, "a sign that"),
    (Analysis, "is about"),
    (Analysis, "not about"),
    (Analysis, "rather than"),
    (Analysis, "instead of"),
    (Analysis, "while also"),
    (Analysis, "despite"),
    (Analysis, "yet"),
    (Analysis, "however"),
    (Analysis, "of course"),
    // certainty
    (Certainty, "clearly"),
    (Certainty, "obviously"),
    (Certainty, "undoubtedly"),
    (Certainty, "no doubt"),
    (Certainty, "certainly"),
    (Certainty, "surely"),
    (Certainty, "indeed"),
    (Certainty, "in fact"),
    (Certainty, "of course"),
    (Certainty, "undeniably"),
    (Certainty, "evidently"),
    (Certainty, "plainly"),
    (Certainty, "always"),
    (Certainty, "never"),
    (Certainty, "nobody"),
    (Certainty, "everyone"),
    // personal
    (Personal, "i"),
    (Personal, "me"),
    (Personal, "my"),
    (Personal, "we"),
    (Personal, "us"),
    (Personal, "our"),
    (Personal, "ours"),
    (Personal, "you"),
    (Personal, "your"),
];

/// English cues that mark the writer's own voice with little doubt: each adds
/// [`WRITER_VOICE_LOGIT`] to the model's log-odds (at most [`MAX_WRITER_VOICE_CUES`] of them).
const WRITER_VOICE: &[(CueClass, &str)] = &[
    (Analysis, "it's worth noting"),
    (Analysis, "it is worth noting"),
    (Analysis, "it's worth mentioning"),
    (Analysis, "signals"),
    (Analysis, "marks a significant step"),
    (Analysis, "raised concerns among critics"),
    (Evaluative, "represents an opportunity"),
    (Evaluative, "represent an opportunity"),
    (Evaluative, "remains underutilized"),
    (Evaluative, "remains underutilised"),
    (Evaluative, "so-called"),
    (Evaluative, "nothing more than"),
    (Evaluative, "unfortunately"),
    (Evaluative, "fortunately"),
    (Prediction, "is expected to"),
    (Prediction, "are expected to"),
    (Deontic, "ought to"),
    (Certainty, "undoubtedly"),
    (Certainty, "arguably"),
];

/// Log-odds added by each writer-voice cue (hand-set, checked on NewsSD-ENG val).
pub(crate) const WRITER_VOICE_LOGIT: f64 = 1.0;

/// At most this many writer-voice cues count.
pub(crate) const MAX_WRITER_VOICE_CUES: usize = 2;

/// Arabic cues.
const ARABIC: &[(CueClass, &str)] = &[
    (Evaluative, "للأسف"),
    (Evaluative, "مع الأسف"),
    (Evaluative, "لحسن الحظ"),
    (Evaluative, "كارثة"),
    (Evaluative, "كارثي"),
    (Evaluative, "كارثية"),
    (Evaluative, "فشل"),
    (Evaluative, "فاشل"),
    (Evaluative, "فاشلة"),
    (Evaluative, "خطير"),
    (Evaluative, "خطيرة"),
    (Evaluative, "خطيراً"),
    (Evaluative, "فضيحة"),
    (Evaluative, "مؤامرة"),
    (Evaluative, "أكاذيب"),
    (Evaluative, "نفاق"),
    (Evaluative, "المزعوم"),
    (Evaluative, "المزعومة"),
    (Evaluative, "ما يسمى"),
    (Evaluative, "مجرد"),
    (Evaluative, "رائع"),
    (Evaluative, "عظيم"),
    (Evaluative, "سيئ"),
    (Evaluative, "أسوأ"),
    (Evaluative, "أفضل"),
    (Evaluative, "الأفضل"),
    (Evaluative, "فرصة"),
    (Evaluative, "وحشية"),
    (Evaluative, "إجرامي"),
    (Evaluative, "الظالم"),
    (Evaluative, "مشبوهة"),
    (Hedge, "ربما"),
    (Hedge, "لعل"),
    (Hedge, "يبدو"),
    (Hedge, "يبدو أن"),
    (Hedge, "على ما يبدو"),
    (Hedge, "من المحتمل"),
    (Hedge, "قد يكون"),
    (Prediction, "من المتوقع"),
    (Prediction, "من المرجح"),
    (Prediction, "سوف"),
    (Prediction, "مستقبلاً"),
    (Deontic, "يجب"),
    (Deontic, "يجب أن"),
    (Deontic, "ينبغي"),
    (Deontic, "لا بد"),
    (Deontic, "لابد"),
    (Deontic, "علينا"),
    (Deontic, "عليهم"),
    (Intensifier, "جدا"),
    (Intensifier, "جداً"),
    (Intensifier, "للغاية"),
    (Intensifier, "حقا"),
    (Intensifier, "حقاً"),
    (Intensifier, "تماما"),
    (Intensifier, "تماماً"),
    (Intensifier, "أكثر"),
    (Intensifier, "أشد"),
    (Intensifier, "كل"),
    (Analysis, "وهذا يعني"),
    (Analysis, "هذا يعني"),
    (Analysis, "في الواقع"),
    (Analysis, "الحقيقة"),
    (Analysis, "يعكس"),
    (Analysis, "تعكس"),
    (Analysis, "بل"),
    (Analysis, "لكن"),
    (Analysis, "ولكن"),
    (Analysis, "إلا أن"),
    (Analysis, "رغم"),
    (Analysis, "بينما"),
    (Certainty, "بالتأكيد"),
    (Certainty, "بلا شك"),
    (Certainty, "لا شك"),
    (Certainty, "من الواضح"),
    (Certainty, "بالطبع"),
    (Certainty, "أبدا"),
    (Certainty, "أبداً"),
    (Certainty, "إن"),
    (Personal, "نحن"),
    (Personal, "إننا"),
    (Personal, "أنا"),
    (Personal, "أعتقد"),
    (Personal, "نعتقد"),
    (Personal, "في رأيي"),
    (Personal, "لنا"),
    (Personal, "بلادنا"),
    (Personal, "أنت"),
];

/// One cue found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CueMatch {
    /// Byte span of the cue in the text it was found in.
    pub span: Span,
    /// What kind of cue it is.
    pub class: CueClass,
    /// Index of the phrase in its language's table (stable for a given lexicon).
    #[serde(skip)]
    pub(crate) entry: u32,
    /// True for an Arabic entry.
    #[serde(skip)]
    pub(crate) arabic: bool,
    /// True for a cue that marks the writer's own voice with little doubt.
    pub writer_voice: bool,
}

/// Which table an entry comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    English,
    WriterVoice,
    Arabic,
}

/// Phrases by first token: (tokens, class, entry index, table).
type PhraseIndex = HashMap<String, Vec<(Vec<String>, CueClass, u32, Table)>>;

/// Lower-cases a token and reads `’` as `'`.
pub(crate) fn norm_token(text: &str) -> String {
    text.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

fn index() -> &'static PhraseIndex {
    static INDEX: OnceLock<PhraseIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: PhraseIndex = HashMap::new();
        let tables = [
            (ENGLISH, Table::English),
            (WRITER_VOICE, Table::WriterVoice),
            (ARABIC, Table::Arabic),
        ];
        for (table, which) in tables {
            for (i, (class, phrase)) in table.iter().enumerate() {
                let tokens: Vec<String> = tokenize(phrase)
                    .iter()
                    .map(|t| norm_token(t.text(phrase)))
                    .collect();
                if let Some(first) = tokens.first() {
                    index.entry(first.clone()).or_default().push((
                        tokens.clone(),
                        *class,
                        i as u32,
                        which,
                    ));
                }
            }
        }
        index
    })
}

/// The lower-cased token texts of `text`.
pub(crate) fn normalised_tokens(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens.iter().map(|t| norm_token(t.text(text))).collect()
}

/// Every cue in `text`, given its tokens and their normalised forms. Overlapping cues are all
/// reported.
pub(crate) fn find_cues(tokens: &[Token], normalised: &[String]) -> Vec<CueMatch> {
    let index = index();
    let mut found = Vec::new();
    for (i, word) in normalised.iter().enumerate() {
        if tokens[i].kind == TokenKind::Punct {
            continue;
        }
        let Some(candidates) = index.get(word) else {
            continue;
        };
        for (phrase, class, entry, table) in candidates {
            let end = i + phrase.len();
            if end <= normalised.len() && normalised[i..end] == phrase[..] {
                found.push(CueMatch {
                    span: Span::new(tokens[i].span.start, tokens[end - 1].span.end),
                    class: *class,
                    entry: *entry,
                    arabic: *table == Table::Arabic,
                    writer_voice: *table == Table::WriterVoice,
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(text: &str) -> Vec<(CueClass, &str)> {
        let tokens = tokenize(text);
        let norm = normalised_tokens(text, &tokens);
        find_cues(&tokens, &norm)
            .into_iter()
            .map(|c| (c.class, c.span.text(text).unwrap_or("")))
            .collect()
    }

    #[test]
    fn multiword_cues_match_across_clitics_and_curly_apostrophes() {
        let found = cues("It’s worth noting that Gondor’s fleet remains underutilized.");
        assert!(found.contains(&(Analysis, "It’s worth noting")));
        assert!(found.contains(&(Evaluative, "remains underutilized")));
        let found = cues("The treaty is expected to hold.");
        assert!(found.contains(&(Prediction, "is expected to")));
        assert!(cues("The envoy reached Annúminas on Friday.").is_empty());
    }

    #[test]
    fn arabic_cues_match() {
        let found = cues("من الواضح أن الخطة فاشلة");
        assert!(found.contains(&(Certainty, "من الواضح")));
        assert!(found.contains(&(Evaluative, "فاشلة")));
    }
}
