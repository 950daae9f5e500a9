//! ECB+ (Cybulska and Vossen 2014): story clustering of news articles against the corpus's
//! sub-topics, and cross-document event coreference on its gold action mentions.
//!
//! Each article is rebuilt from its tokens (the URL line of the `ecbplus` articles left out),
//! read as plain text through dossier's ingest path, given entities by the entities stage, and
//! fed to one [`StoryIndex`] in a fixed shuffled order. Gold story = topic + sub-topic (`ecb`
//! or `ecbplus` articles of a topic report two different events). Event coreference clusters
//! the gold action mentions of the sentences the corpus lists as annotated
//! (`ECBplus_coreference_sentences.csv`): mentions with the same lemma inside one predicted
//! story, the same-lemma baseline of the literature.

use crate::coref::{score, CorefScores, Prf};
use crate::EvalError;
use dossier_stories::{StoryFeatures, StoryIndex, StoryParams};
use regex::Regex;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

/// The standard ECB+ split (Cybulska and Vossen 2015).
pub const DEV_TOPICS: &[u32] = &[2, 5, 12, 18, 21, 23, 34, 35];
/// Test topics 36 to 45.
pub const TEST_TOPICS: &[u32] = &[36, 37, 38, 39, 40, 41, 42, 43, 44, 45];

/// One gold action mention.
#[derive(Debug, Clone)]
pub struct ActionMention {
    /// `doc/m_id`.
    pub id: String,
    pub text: String,
    pub lemma: String,
    /// The gold coreference chain (cross-document instance or within-document chain).
    pub chain: String,
}

/// One ECB+ article.
#[derive(Debug, Clone)]
pub struct EcbArticle {
    pub name: String,
    pub topic: u32,
    /// `36ecb` or `36ecbplus`.
    pub gold_story: String,
    pub text: String,
    pub actions: Vec<ActionMention>,
}

fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// A rule-based English lemma good enough to compare event words ("arrested", "arrests",
/// "arresting" -> "arrest"; "died" -> "die").
pub fn lemma(word: &str) -> String {
    let w = word.to_lowercase();
    let irregular = [
        ("was", "be"),
        ("were", "be"),
        ("is", "be"),
        ("are", "be"),
        ("been", "be"),
        ("said", "say"),
        ("says", "say"),
        ("told", "tell"),
        ("took", "take"),
        ("taken", "take"),
        ("made", "make"),
        ("went", "go"),
        ("gone", "go"),
        ("came", "come"),
        ("got", "get"),
        ("shot", "shoot"),
        ("hit", "hit"),
        ("struck", "strike"),
        ("killed", "kill"),
        ("died", "die"),
        ("dies", "die"),
        ("dead", "die"),
        ("death", "die"),
        ("deaths", "die"),
        ("won", "win"),
        ("held", "hold"),
        ("left", "leave"),
        ("found", "find"),
        ("sent", "send"),
        ("fired", "fire"),
        ("led", "lead"),
        ("sold", "sell"),
        ("bought", "buy"),
        ("hurt", "hurt"),
        ("fell", "fall"),
        ("fallen", "fall"),
        ("began", "begin"),
        ("begun", "begin"),
        ("chose", "choose"),
        ("chosen", "choose"),
        ("named", "name"),
        ("arrest", "arrest"),
    ];
    if let Some((_, l)) = irregular.iter().find(|(f, _)| *f == w) {
        return l.to_string();
    }
    let strip = |w: &str, suf: &str| w.strip_suffix(suf).map(str::to_string);
    let base = if w.len() > 5 && w.ends_with("ing") {
        strip(&w, "ing")
    } else if w.len() > 4 && w.ends_with("ied") {
        strip(&w, "ied").map(|b| b + "y")
    } else if w.len() > 4 && w.ends_with("ed") {
        strip(&w, "ed")
    } else if w.len() > 4 && w.ends_with("ies") {
        strip(&w, "ies").map(|b| b + "y")
    } else if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        strip(&w, "s")
    } else {
        None
    };
    let stripped = base.is_some();
    let mut b = base.unwrap_or(w);
    // "stopped" -> "stopp" -> "stop"; "arrest" stays.
    let bytes = b.as_bytes();
    if stripped
        && bytes.len() >= 2
        && bytes[bytes.len() - 1] == bytes[bytes.len() - 2]
        && !b.ends_with("ss")
        && !b.ends_with("ll")
    {
        b.pop();
    }
    // "arrive" -> "arriv": drop a final e everywhere so "arrived" and "arrive" meet.
    b.trim_end_matches('e').to_string()
}

/// Reads the articles of `topics` from the ECB+ `xml/` folder.
pub fn read_articles(data: &Path, topics: &[u32]) -> Result<Vec<EcbArticle>, EvalError> {
    let token_re =
        Regex::new(r#"<token t_id="(\d+)" sentence="(\d+)" number="\d+">([^<]*)</token>"#)
            .map_err(|e| EvalError::Other(e.to_string()))?;
    let markable_re = Regex::new(
        r#"(?s)<((?:NEG_)?ACTION_[A-Z_]+) m_id="(\d+)"\s*>(.*?)</(?:NEG_)?ACTION_[A-Z_]+>"#,
    )
    .map_err(|e| EvalError::Other(e.to_string()))?;
    let anchor_re = Regex::new(r#"<token_anchor t_id="(\d+)"\s*/>"#)
        .map_err(|e| EvalError::Other(e.to_string()))?;
    let relation_re = Regex::new(r#"(?s)<(CROSS_DOC_COREF|INTRA_DOC_COREF) r_id="(\d+)"(?: note="([^"]*)")?\s*>(.*?)</(?:CROSS|INTRA)_DOC_COREF>"#)
        .map_err(|e| EvalError::Other(e.to_string()))?;
    let source_re =
        Regex::new(r#"<source m_id="(\d+)"\s*/>"#).map_err(|e| EvalError::Other(e.to_string()))?;
    // Annotated sentences: (topic, file stem, sentence).
    let csv_path = data.join("ECBplus_coreference_sentences.csv");
    let csv = std::fs::read_to_string(&csv_path).map_err(|e| EvalError::io(&csv_path, e))?;
    let mut annotated: HashSet<(String, u32)> = HashSet::new();
    for line in csv.lines().skip(1) {
        let mut parts = line.split(',');
        let (Some(topic), Some(file), Some(sentence)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        if let Ok(n) = sentence.trim().parse::<u32>() {
            annotated.insert((format!("{}_{}", topic.trim(), file.trim()), n));
        }
    }
    let mut articles = Vec::new();
    for &topic in topics {
        let dir = data.join("xml").join(topic.to_string());
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map_err(|e| EvalError::io(&dir, e))?
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".xml"))
            .collect();
        names.sort();
        for name in names {
            let path = dir.join(&name);
            let xml = std::fs::read_to_string(&path).map_err(|e| EvalError::io(&path, e))?;
            let stem = name.trim_end_matches(".xml").to_string();
            let plus = stem.ends_with("ecbplus");
            let mut tokens: BTreeMap<u32, (u32, String)> = BTreeMap::new();
            for c in token_re.captures_iter(&xml) {
                let (Ok(t), Ok(s)) = (c[1].parse::<u32>(), c[2].parse::<u32>()) else {
                    continue;
                };
                tokens.insert(t, (s, unescape(&c[3])));
            }
            // Text: one line per sentence; the URL line of ecbplus articles left out.
            let mut text = String::new();
            let mut current: Option<u32> = None;
            for (s, t) in tokens.values() {
                if plus && *s == 0 {
                    continue;
                }
                if current != Some(*s) {
                    if current.is_some() {
                        text.push_str("\n\n");
                    }
                    current = Some(*s);
                } else {
                    text.push(' ');
                }
                text.push_str(t);
            }
            // Chains: cross-document instances by their note, within-document chains by id.
            let mut chain_of: HashMap<String, String> = HashMap::new();
            for c in relation_re.captures_iter(&xml) {
                let chain = match (&c[1], c.get(3)) {
                    ("CROSS_DOC_COREF", Some(note)) => note.as_str().to_string(),
                    _ => format!("{stem}/r{}", &c[2]),
                };
                for s in source_re.captures_iter(&c[4]) {
                    chain_of.insert(s[1].to_string(), chain.clone());
                }
            }
            let mut actions = Vec::new();
            for c in markable_re.captures_iter(&xml) {
                let ids: Vec<u32> = anchor_re
                    .captures_iter(&c[3])
                    .filter_map(|a| a[1].parse().ok())
                    .collect();
                let Some(first) = ids.first() else { continue };
                let Some((sentence, _)) = tokens.get(first) else {
                    continue;
                };
                if !annotated.contains(&(stem.clone(), *sentence)) {
                    continue;
                }
                let words: Vec<&str> = ids
                    .iter()
                    .filter_map(|t| tokens.get(t).map(|(_, w)| w.as_str()))
                    .collect();
                let m_id = c[2].to_string();
                let id = format!("{stem}/{m_id}");
                actions.push(ActionMention {
                    chain: chain_of
                        .get(&m_id)
                        .cloned()
                        .unwrap_or_else(|| format!("singleton:{id}")),
                    lemma: words.iter().map(|w| lemma(w)).collect::<Vec<_>>().join(" "),
                    text: words.join(" "),
                    id,
                });
            }
            articles.push(EcbArticle {
                gold_story: format!("{topic}{}", if plus { "ecbplus" } else { "ecb" }),
                name: stem,
                topic,
                text,
                actions,
            });
        }
    }
    Ok(articles)
}

/// Story features of an article, through the same stages as an ingested plain-text file.
pub fn features_of(article: &EcbArticle) -> Result<StoryFeatures, EvalError> {
    let name = format!("{}.txt", article.name);
    let doc = dossier_ingest::read_bytes(
        &name,
        article.text.as_bytes(),
        &dossier_ingest::Limits::default(),
    )
    .next()
    .ok_or_else(|| EvalError::Other(format!("{name}: no document")))?
    .map_err(|e| EvalError::Other(e.to_string()))?;
    let entities = dossier_entities::analyse(&doc);
    let mut f = StoryFeatures::from_document(&doc, &entities);
    f.doc_id = article.name.clone();
    Ok(f)
}

/// The ECB+ scores of one split.
#[derive(Debug, Clone, Serialize)]
pub struct EcbReport {
    pub suite: &'static str,
    pub pairwise_f1: f64,
    pub b3_f1: f64,
    pub event_conll_f1: f64,
    pub split: String,
    pub documents: usize,
    pub gold_stories: usize,
    pub predicted_stories: usize,
    pub clustering_pairwise: Prf,
    pub clustering_b3: Prf,
    pub action_mentions: usize,
    pub event_coreference: CorefScores,
    /// Event coreference with the gold stories instead of the predicted ones.
    pub event_coreference_gold_stories: CorefScores,
    pub seconds: f64,
}

/// A deterministic shuffle (the arrival order of the articles).
fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut out = items.to_vec();
    let mut state = seed;
    for i in (1..out.len()).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        out.swap(i, j);
    }
    out
}

/// Same-lemma event coreference inside stories: `story_of` maps article name -> story.
fn lemma_coreference(
    articles: &[EcbArticle],
    story_of: &HashMap<String, String>,
) -> (HashMap<String, String>, HashMap<String, String>) {
    let mut gold = HashMap::new();
    let mut predicted = HashMap::new();
    for a in articles {
        let story = story_of.get(&a.name).cloned().unwrap_or_default();
        for m in &a.actions {
            gold.insert(m.id.clone(), m.chain.clone());
            predicted.insert(m.id.clone(), format!("{story}|{}", m.lemma));
        }
    }
    (gold, predicted)
}

/// Pairwise and B-cubed scores of clustering `features` (in a fixed shuffled order) with
/// `params`, against the articles' gold stories.
pub fn cluster_scores(
    articles: &[EcbArticle],
    features: &[StoryFeatures],
    params: StoryParams,
    seed: u64,
) -> CorefScores {
    let mut index = StoryIndex::with_params(params);
    for f in shuffled(features, seed) {
        index.assign(f);
    }
    let mut story_of: HashMap<String, String> = HashMap::new();
    for s in index.stories() {
        for d in s.doc_ids {
            story_of.insert(d, s.id.clone());
        }
    }
    let gold_story: HashMap<String, String> = articles
        .iter()
        .map(|a| (a.name.clone(), a.gold_story.clone()))
        .collect();
    score(&gold_story, &story_of)
}

/// The topics of a split (`dev` or `test`).
fn split_topics(split: &str) -> Result<&'static [u32], EvalError> {
    match split {
        "dev" => Ok(DEV_TOPICS),
        "test" => Ok(TEST_TOPICS),
        other => Err(EvalError::Other(format!(
            "unknown split {other}: expected dev or test"
        ))),
    }
}

/// Assigns the articles to stories in the evaluation's fixed arrival order and reads the
/// stories: the index and each article's story.
fn cluster_in_eval_order(
    articles: &[EcbArticle],
    params: StoryParams,
) -> Result<(StoryIndex, HashMap<String, String>), EvalError> {
    let mut features = Vec::with_capacity(articles.len());
    for a in articles {
        features.push(features_of(a)?);
    }
    let mut index = StoryIndex::with_params(params);
    for f in shuffled(&features, 0x00EC_B00D) {
        index.assign(f);
    }
    let mut story_of: HashMap<String, String> = HashMap::new();
    for s in index.stories() {
        for d in s.doc_ids {
            story_of.insert(d, s.id.clone());
        }
    }
    Ok((index, story_of))
}

/// Each article of `split` with the story the evaluation puts it in, sorted by article name
/// (what the snapshot tests pin).
pub fn story_assignments(
    data: &Path,
    split: &str,
    params: StoryParams,
) -> Result<Vec<(String, String)>, EvalError> {
    let articles = read_articles(data, split_topics(split)?)?;
    let (_, story_of) = cluster_in_eval_order(&articles, params)?;
    let mut out: Vec<(String, String)> = story_of.into_iter().collect();
    out.sort();
    Ok(out)
}

/// Clusters the articles of `split` (`dev` or `test`) into stories and scores the stories and
/// the event coreference built on them.
pub fn eval_ecb(data: &Path, split: &str, params: StoryParams) -> Result<EcbReport, EvalError> {
    let topics = split_topics(split)?;
    let started = std::time::Instant::now();
    let articles = read_articles(data, topics)?;
    let (index, story_of) = cluster_in_eval_order(&articles, params)?;
    let gold_story: HashMap<String, String> = articles
        .iter()
        .map(|a| (a.name.clone(), a.gold_story.clone()))
        .collect();
    let clustering = score(&gold_story, &story_of);
    let (gold, predicted) = lemma_coreference(&articles, &story_of);
    let event = score(&gold, &predicted);
    let (_, predicted_gold_stories) = lemma_coreference(&articles, &gold_story);
    let event_gold = score(&gold, &predicted_gold_stories);
    let gold_stories: HashSet<&String> = gold_story.values().collect();
    Ok(EcbReport {
        suite: "ecb",
        pairwise_f1: clustering.pairwise.f1,
        b3_f1: clustering.b3.f1,
        event_conll_f1: event.conll_f1 * 100.0,
        split: split.to_string(),
        documents: articles.len(),
        gold_stories: gold_stories.len(),
        predicted_stories: index.stories().len(),
        clustering_pairwise: clustering.pairwise,
        clustering_b3: clustering.b3,
        action_mentions: gold.len(),
        event_coreference: event,
        event_coreference_gold_stories: event_gold,
        seconds: started.elapsed().as_secs_f64(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_meet() {
        assert_eq!(lemma("arrested"), lemma("arrest"));
        assert_eq!(lemma("arrests"), lemma("arresting"));
        assert_eq!(lemma("arrived"), lemma("arrive"));
        assert_eq!(lemma("stopped"), lemma("stop"));
        assert_eq!(lemma("died"), "die");
    }
}
