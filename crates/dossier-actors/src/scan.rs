//! The phrase matchers over name tokens: ranks, titles, countries, organisation nouns and
//! names. The tokens are dossier-text's [`name_tokens`](dossier_text::token::name_tokens())
//! view, re-exported here under the short names the mention finders use.

use crate::lexicon::{ActorKind, ActorLexicon};
use crate::titles::{
    NamedOrgDef, OrgNounDef, RankDef, TitleDef, HONORIFICS, NAMED_ORGS, NAME_PARTICLES, ORG_NOUNS,
    PORTFOLIOS, RANKS, TITLES,
};
pub(crate) use dossier_text::token::{
    name_tokens as tokenize, NameToken as Tok, NameTokenKind as TokKind,
};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Splits a table form into the words the matcher compares (`commander-in-chief` -> three).
fn form_words(form: &str) -> Vec<String> {
    form.split([' ', '-', '.'])
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Matches the words of a form from token `i`, skipping full stops and hyphens attached to the
/// previous word. Returns the index past the last matched token.
pub(crate) fn match_words(toks: &[Tok], i: usize, words: &[String]) -> Option<usize> {
    let mut j = i;
    for (n, w) in words.iter().enumerate() {
        if n > 0 {
            while let Some(t) = toks.get(j) {
                let joiner = (t.is_punct('.') || t.is_punct('-')) && !t.space_before;
                if !joiner {
                    break;
                }
                j += 1;
            }
            // A line break never falls inside a title.
            if toks.get(j).is_some_and(|t| t.newlines_before > 0) {
                return None;
            }
        }
        let t = toks.get(j)?;
        if !t.is_word() || t.lower != *w {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// Abbreviated rank words whose full stop belongs to them (`Gen.`, `Adm.`, `Lt.`).
fn absorb_abbreviation_dot(toks: &[Tok], end: usize) -> usize {
    if let (Some(last), Some(dot)) = (toks.get(end.wrapping_sub(1)), toks.get(end)) {
        let abbreviation = last.lower.chars().count() <= 5
            && RANKS.iter().any(|r| {
                r.forms
                    .iter()
                    .any(|f| f.rsplit(' ').next() == Some(last.lower.as_str()))
                    && !r.normalised.to_lowercase().ends_with(last.lower.as_str())
            });
        if dot.is_punct('.') && !dot.space_before && abbreviation {
            return end + 1;
        }
    }
    end
}

/// Pre-split phrase tables keyed by their first word, longest forms first.
pub(crate) struct Tables {
    pub ranks: HashMap<String, Vec<(Vec<String>, &'static RankDef)>>,
    pub titles: HashMap<String, Vec<(Vec<String>, &'static TitleDef)>>,
    pub acronyms: HashMap<String, &'static TitleDef>,
    pub org_nouns: HashMap<String, Vec<(Vec<String>, &'static OrgNounDef)>>,
    pub named_orgs: HashMap<String, Vec<(Vec<String>, &'static NamedOrgDef)>>,
    pub org_acronyms: HashMap<String, &'static NamedOrgDef>,
}

fn insert<T: Copy>(map: &mut HashMap<String, Vec<(Vec<String>, T)>>, form: &str, item: T) {
    let words = form_words(form);
    if let Some(first) = words.first().cloned() {
        let slot = map.entry(first).or_default();
        slot.push((words, item));
        slot.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
    }
}

pub(crate) fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut t = Tables {
            ranks: HashMap::new(),
            titles: HashMap::new(),
            acronyms: HashMap::new(),
            org_nouns: HashMap::new(),
            named_orgs: HashMap::new(),
            org_acronyms: HashMap::new(),
        };
        for r in RANKS {
            for f in r.forms {
                insert(&mut t.ranks, f, r);
            }
        }
        for d in TITLES {
            for f in d.forms {
                insert(&mut t.titles, f, d);
            }
            for a in d.acronyms {
                t.acronyms.insert(a.to_string(), d);
            }
        }
        for o in ORG_NOUNS {
            for f in o.forms {
                insert(&mut t.org_nouns, f, o);
            }
        }
        for o in NAMED_ORGS {
            for f in o.forms {
                insert(&mut t.named_orgs, f, o);
            }
            for a in o.acronyms {
                t.org_acronyms.insert(a.to_lowercase(), o);
            }
        }
        t
    })
}

/// Longest entry of `map` matching at `i`.
pub(crate) fn longest<T: Copy>(
    map: &HashMap<String, Vec<(Vec<String>, T)>>,
    toks: &[Tok],
    i: usize,
) -> Option<(usize, T)> {
    let first = toks.get(i)?;
    let cands = map.get(&first.lower)?;
    cands
        .iter()
        .find_map(|(words, item)| match_words(toks, i, words).map(|end| (end, *item)))
}

/// A rank at `i`: (end, def). Ranks need a capital letter.
pub(crate) fn match_rank(toks: &[Tok], i: usize) -> Option<(usize, &'static RankDef)> {
    let t = toks.get(i)?;
    if !t.capital {
        return None;
    }
    // Bare acronyms like `FM`, `BG`, `MG` must be written in capitals; full words need not.
    let (end, def) = longest(&tables().ranks, toks, i)?;
    let single_short = end == i + 1 && t.lower.len() <= 2;
    if single_short && !t.all_caps {
        return None;
    }
    Some((absorb_abbreviation_dot(toks, end), def))
}

/// A title at `i`: the hand table (full forms any case except the first word of a lower-case
/// form needing a following name; acronyms in capitals), then `X Minister` with a portfolio.
pub(crate) fn match_title(toks: &[Tok], i: usize) -> Option<(usize, &'static TitleDef)> {
    let t = toks.get(i)?;
    if !t.is_word() {
        return None;
    }
    if t.all_caps {
        if let Some(def) = tables().acronyms.get(&t.lower) {
            return Some((i + 1, def));
        }
    }
    let hit = longest(&tables().titles, toks, i);
    // `Defence Minister`-style portfolio titles the table lacks: `Petroleum Minister`.
    if hit.is_none() && t.capital && PORTFOLIOS.contains(&t.lower.as_str()) {
        if let Some(next) = toks.get(i + 1) {
            if next.lower == "minister" {
                return TITLES
                    .iter()
                    .find(|d| d.normalised == "Minister")
                    .map(|d| (i + 2, d));
            }
        }
    }
    hit
}

/// A country name, demonym or country-listed city at `i` (1 to 4 words, capitalised), from the
/// Phoenix country entries: (end, ISO alpha-2).
pub(crate) fn match_country(
    lex: &ActorLexicon,
    text: &str,
    toks: &[Tok],
    i: usize,
) -> Option<(usize, &'static str)> {
    let t = toks.get(i)?;
    if !t.is_word() || !t.capital {
        return None;
    }
    for n in (1..=4).rev() {
        let end = i + n;
        let Some(last) = toks.get(end - 1) else {
            continue;
        };
        if !last.is_word() || toks[i + 1..end].iter().any(|x| x.newlines_before > 0) {
            continue;
        }
        let key = phrase_key(text, toks, i, end);
        if let Some(c) = lex.country_of_name(&key) {
            return Some((end, c));
        }
    }
    None
}

/// The lower-case text of tokens `i..end` with whitespace runs collapsed to one space.
pub(crate) fn phrase_key(text: &str, toks: &[Tok], i: usize, end: usize) -> String {
    let (Some(a), Some(b)) = (toks.get(i), toks.get(end.wrapping_sub(1))) else {
        return String::new();
    };
    collapse(&text[a.start..b.end]).to_lowercase()
}

/// Collapses whitespace runs to single spaces.
pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Capitalised words that never belong to a person's name.
const NAME_STOP: &[&str] = &[
    "the",
    "a",
    "an",
    "in",
    "on",
    "at",
    "of",
    "for",
    "and",
    "or",
    "but",
    "to",
    "from",
    "by",
    "with",
    "as",
    "during",
    "after",
    "before",
    "according",
    "while",
    "this",
    "that",
    "these",
    "those",
    "he",
    "she",
    "his",
    "her",
    "it",
    "its",
    "they",
    "their",
    "we",
    "i",
    "both",
    "mr",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "today",
    "yesterday",
    "tomorrow",
];

/// Nouns that make a capitalised sequence an organisation or place, not a person.
const NON_PERSON_NOUNS: &[&str] = &[
    "headquarters",
    "house",
    "office",
    "ministry",
    "navy",
    "army",
    "force",
    "forces",
    "staff",
    "committee",
    "council",
    "monument",
    "airport",
    "base",
    "academy",
    "university",
    "hospital",
    "street",
    "road",
    "province",
    "district",
    "city",
    "region",
    "sea",
    "ocean",
    "news",
    "agency",
    "public",
    "relations",
    "directorate",
    "department",
    "corps",
    "command",
    "division",
    "regiment",
    "brigade",
    "battalion",
    "wing",
    "party",
    "assembly",
    "parliament",
    "senate",
    "government",
    "state",
    "states",
    "republic",
    "kingdom",
    "court",
    "bank",
    "company",
    "group",
    "association",
    "union",
    "institute",
    "school",
    "college",
    "centre",
    "center",
    "mosque",
    "church",
    "square",
    "bridge",
    "port",
    "harbour",
    "harbor",
    "island",
    "islands",
    "mountains",
    "valley",
    "river",
    "lake",
    "gulf",
    "bay",
    "desert",
    "national",
    "international",
    "federal",
    "ministry",
    "secretariat",
    "services",
    "service",
    "intelligence",
    "police",
    "guard",
    "rangers",
    "affairs",
    "defence",
    "defense",
    "security",
    "relations",
    "times",
    "post",
    "tribune",
    "express",
    "press",
    "media",
    "television",
    "radio",
    "categories",
];

/// A person's name at `i`: capitalised words with name particles and initials, at most five
/// words. `cross_line` lets the name continue over one line break when the line before ends
/// inside the name (a wrapped title line). Returns (end, word tokens).
pub(crate) fn match_name(
    lex: &ActorLexicon,
    text: &str,
    toks: &[Tok],
    i: usize,
    cross_line: bool,
) -> Option<(usize, Vec<usize>)> {
    let mut j = i;
    let mut words: Vec<usize> = Vec::new();
    let mut crossed = false;
    while let Some(t) = toks.get(j) {
        if words.len() >= 5 {
            break;
        }
        if !words.is_empty() && t.newlines_before > 0 {
            if !cross_line || crossed {
                break;
            }
            crossed = true;
        }
        if !t.is_word() || !t.has_letter() {
            // Hyphen joining two name parts: Al-Sisi.
            if t.is_punct('-') && !t.space_before && !words.is_empty() {
                if let Some(n) = toks.get(j + 1) {
                    if n.is_word() && !n.space_before && n.capital {
                        words.push(j + 1);
                        j += 2;
                        continue;
                    }
                }
            }
            break;
        }
        let lower = t.lower.as_str();
        if t.capital {
            if NAME_STOP.contains(&lower) || NON_PERSON_NOUNS.contains(&lower) {
                break;
            }
            if !words.is_empty()
                && (match_rank(toks, j).is_some() || match_title(toks, j).is_some())
            {
                break;
            }
            if t.all_caps && t.lower.chars().count() > 1 && words.is_empty() {
                // Acronyms are not names (a single initial is).
                return None;
            }
            if words.is_empty() && match_country(lex, text, toks, j).is_some() {
                return None;
            }
            words.push(j);
            j += 1;
            // An initial's full stop: `A. Q. Khan`.
            if t.lower.chars().count() == 1 {
                if let Some(d) = toks.get(j) {
                    if d.is_punct('.') && !d.space_before {
                        j += 1;
                    }
                }
            }
            continue;
        }
        let particle_inside = !words.is_empty()
            && NAME_PARTICLES.contains(&lower)
            && toks
                .get(j + 1)
                .is_some_and(|n| n.capital && n.is_word() && n.newlines_before == 0);
        if particle_inside {
            words.push(j);
            j += 1;
            continue;
        }
        break;
    }
    // Trailing particles and full stops are not part of the name.
    while let Some(&last) = words.last() {
        if toks[last].capital {
            break;
        }
        words.pop();
    }
    let &last = words.last()?;
    if words
        .iter()
        .any(|&w| NON_PERSON_NOUNS.contains(&toks[w].lower.as_str()))
    {
        return None;
    }
    // A name made only of honorifics is not a name.
    if words
        .iter()
        .all(|&w| HONORIFICS.contains(&toks[w].lower.as_str()))
    {
        return None;
    }
    let mut end = last + 1;
    if toks[last].lower.chars().count() == 1
        && toks
            .get(end)
            .is_some_and(|d| d.is_punct('.') && !d.space_before)
    {
        end += 1;
    }
    Some((end, words))
}

/// The name text of word tokens: words joined by single spaces, hyphenated parts re-joined.
pub(crate) fn name_text(text: &str, toks: &[Tok], words: &[usize]) -> String {
    let mut out = String::new();
    for (n, &w) in words.iter().enumerate() {
        let t = &toks[w];
        if n > 0 {
            let prev = words[n - 1];
            let hyphen_joined = w == prev + 2 && toks[prev + 1].is_punct('-') && !t.space_before;
            out.push(if hyphen_joined { '-' } else { ' ' });
        }
        out.push_str(&text[t.start..t.end]);
    }
    out
}

/// A line whose words are mostly capitalised (a headline): titles there do not start names.
pub(crate) fn headline_lines(toks: &[Tok]) -> Vec<bool> {
    // One flag per token: true when its line looks like a headline.
    let mut flags = vec![false; toks.len()];
    let mut line_start = 0;
    for i in 0..=toks.len() {
        let boundary = i == toks.len() || (i > 0 && toks[i].newlines_before > 0);
        if !boundary {
            continue;
        }
        let line = &toks[line_start..i];
        let words: Vec<&Tok> = line
            .iter()
            .filter(|t| t.is_word() && t.has_letter() && t.lower.chars().count() > 3)
            .collect();
        let caps = words.iter().filter(|t| t.capital).count();
        let ends_sentence = line.last().is_some_and(|t| t.is_punct('.'));
        if words.len() >= 4 && caps * 10 >= words.len() * 8 && !ends_sentence {
            flags[line_start..i].iter_mut().for_each(|f| *f = true);
        }
        line_start = i;
    }
    flags
}

/// A Phoenix actor of `kind` named by tokens `i..end`.
pub(crate) fn dictionary_actor<'a>(
    lex: &'a ActorLexicon,
    key: &str,
    kind: ActorKind,
) -> Option<&'a crate::lexicon::Actor> {
    lex.actors_named(key).find(|a| a.kind == kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_ranks_match_over_name_tokens() {
        let text = "Gondor’s Commander-in-Chief, Lt. Gen. Aragorn O'Neill's";
        let toks = tokenize(text);
        let kinds: Vec<&str> = toks.iter().map(|t| &text[t.start..t.end]).collect();
        assert_eq!(
            kinds,
            vec![
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
        assert_eq!(toks[1].kind, TokKind::Possessive);
        let (end, def) = match_title(&toks, 2).unwrap();
        assert_eq!(def.normalised, "Commander-in-Chief");
        assert_eq!(end, 7);
        let (end, def) = match_rank(&toks, 8).unwrap();
        assert_eq!(def.normalised, "Lieutenant General");
        assert_eq!(end, 12);
    }
}
