//! Participant candidates in a sentence: resolved entities (people with their titles and roles,
//! organisations, countries), generic actors ("Gondorian officials", "the rebels"), places, and
//! the anaphors that point back to earlier participants ("he", "the two leaders").

use dossier_actors::codes::{cameo_of, decode_cameo, sector_of_code};
use dossier_actors::{ActorLexicon, Agent};
use dossier_model::{Entity, EntityType, Span};

/// What a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CandidateKind {
    Person,
    Organisation,
    /// A country named as a political actor (or a place, by its preposition).
    Country,
    /// A city, region, sea or facility: a place, or (as a capital) a metonym.
    Place,
    /// A description: demonym or country plus an agent noun.
    Generic,
    /// `he`, `she`.
    PersonPronoun,
    /// `they`, `the two leaders`, `both sides`.
    GroupAnaphor,
}

/// A participant candidate in one sentence.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub kind: CandidateKind,
    /// Byte span in the body (for people: extended over the title and role phrase around the
    /// name).
    pub span: Span,
    /// Index of the entity in `DocumentEntities.entities`.
    pub entity: Option<usize>,
    pub name: String,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub actor_code: Option<String>,
}

/// Generic agent nouns used when the actor lexicon does not list the word, with their code.
const AGENT_NOUNS: &[(&str, &str)] = &[
    ("official", "GOV"),
    ("officials", "GOV"),
    ("government", "GOV"),
    ("leadership", "GOV"),
    ("leaders", "GOV"),
    ("leader", "GOV"),
    ("authorities", "GOV"),
    ("ministry", "GOV"),
    ("minister", "GOV"),
    ("ministers", "GOV"),
    ("diplomats", "GOV"),
    ("diplomat", "GOV"),
    ("delegation", "GOV"),
    ("envoy", "GOV"),
    ("parliament", "LEG"),
    ("lawmakers", "LEG"),
    ("troops", "MIL"),
    ("soldiers", "MIL"),
    ("army", "MIL"),
    ("military", "MIL"),
    ("forces", "MIL"),
    ("navy", "MIL"),
    ("aircraft", "MIL"),
    ("warplanes", "MIL"),
    ("police", "COP"),
    ("policemen", "COP"),
    ("rebels", "REB"),
    ("insurgents", "INS"),
    ("militants", "IMG"),
    ("guerrillas", "REB"),
    ("protesters", "CVL"),
    ("demonstrators", "CVL"),
    ("students", "EDU"),
    ("workers", "LAB"),
    ("refugees", "REF"),
    ("civilians", "CVL"),
    ("opposition", "OPP"),
    ("court", "JUD"),
    ("judge", "JUD"),
    ("helicopters", "MIL"),
    ("gunships", "MIL"),
    ("tanks", "MIL"),
    ("warships", "MIL"),
    ("jets", "MIL"),
    ("bulldozers", "MIL"),
    ("artillery", "MIL"),
    ("gunmen", "UAF"),
    ("militiamen", "UAF"),
    ("fighters", "UAF"),
    ("negotiators", "GOV"),
    ("prisoners", "CVL"),
    ("detainees", "CVL"),
    ("inmates", "CVL"),
    ("villagers", "CVL"),
    ("residents", "CVL"),
    ("settlers", "CVL"),
    ("activists", "CVL"),
    ("fundamentalists", "RAD"),
    ("extremists", "RAD"),
    ("separatists", "REB"),
    ("kurds", "KUR"),
    ("side", "GOV"),
    ("sides", "GOV"),
    ("elders", "CVL"),
    ("hackers", "CVL"),
    ("youths", "CVL"),
    ("supporters", "CVL"),
    ("jurists", "JUD"),
    ("clerics", "REL"),
    ("farmers", "CVL"),
    ("traders", "BUS"),
    ("journalists", "MED"),
    ("inspectors", "GOV"),
    ("observers", "GOV"),
    ("monitors", "GOV"),
    ("peacekeepers", "MIL"),
    ("commanders", "MIL"),
    ("doctors", "HLH"),
];

/// Modifiers that may stand before an agent noun although they end in -ed.
const PARTICIPLE_MODIFIERS: &[&str] = &[
    "armed",
    "united",
    "unidentified",
    "masked",
    "suspected",
    "alleged",
    "unnamed",
    "elected",
    "retired",
    "exiled",
    "organized",
    "organised",
    "banned",
    "outlawed",
    "disputed",
];

/// Irregular past forms that can follow the head noun of a subject ("diplomats held talks").
const IRREGULAR_PAST: &[&str] = &[
    "held",
    "met",
    "sought",
    "made",
    "took",
    "gave",
    "sent",
    "began",
    "fought",
    "told",
    "left",
    "won",
    "led",
    "struck",
    "shot",
    "threw",
    "broke",
    "sold",
    "bought",
    "brought",
    "kept",
    "stood",
    "went",
    "came",
    "ran",
    "fled",
    "hit",
    "set",
    "put",
    "cut",
    "beat",
    "swore",
    "stole",
    "overran",
    "withdrew",
    "drew",
    "spoke",
    "wrote",
    "rose",
    "seized",
    "laid",
    "paid",
    "saw",
    "found",
    "felt",
    "lost",
    "sent",
    "spent",
    "tore",
    "upheld",
    "withheld",
    "undertook",
    "shut",
];

/// The agent code of a word: the Phoenix agents dictionary lists singular forms (PETRARCH
/// derives regular plurals), so a plural is looked up by its singular too.
fn agent_code(lexicon: &ActorLexicon, word: &str) -> Option<String> {
    if let Some(a) = lexicon.agent(word) {
        return Some(a.code.clone());
    }
    if let Some((_, c)) = AGENT_NOUNS.iter().find(|(n, _)| *n == word) {
        return Some(c.to_string());
    }
    singular_agent(lexicon, word).map(|a| a.code.clone())
}

/// The agent a regular plural names through its singular (`militias` -> `militia`,
/// `officers` -> `officer`): the dictionaries list singular forms only.
pub fn singular_agent<'l>(lexicon: &'l ActorLexicon, word: &str) -> Option<&'l Agent> {
    if word.len() <= 4 {
        return None;
    }
    word.strip_suffix("ies")
        .and_then(|s| lexicon.agent(&format!("{s}y")))
        .or_else(|| word.strip_suffix("es").and_then(|s| lexicon.agent(s)))
        .or_else(|| word.strip_suffix('s').and_then(|s| lexicon.agent(s)))
}

/// The CAMEO code of a country as an actor (`PK` -> `PAK`): its government code without the
/// sector.
pub fn country_actor_code(iso2: &str) -> Option<String> {
    cameo_of(iso2, "government").map(|c| c.trim_end_matches("GOV").to_string())
}

/// A candidate that names a country (or, in a dictionary, a country-like actor with a bare
/// three-letter code), and that code.
fn country_like(t: &Candidate) -> Option<Option<String>> {
    let bare = t
        .actor_code
        .clone()
        .filter(|c| c.len() == 3 && c.chars().all(|x| x.is_ascii_uppercase()));
    let listed = t.actor_code.as_ref().is_some_and(|c| c.len() == 3);
    ((t.kind == CandidateKind::Country || listed) && t.kind != CandidateKind::Person)
        .then_some(bare)
}

/// The country a demonym or country name (singular or plural: `Albanians`) refers to.
fn country_of_word(lexicon: &ActorLexicon, word: &str) -> Option<&'static str> {
    lexicon.country_of_name(word).or_else(|| {
        word.strip_suffix('s')
            .filter(|s| s.len() > 3)
            .and_then(|s| lexicon.country_of_name(s))
    })
}

/// Words that may follow the head noun of a generic actor.
const HEAD_FOLLOWERS: &[&str] = &[
    "of", "in", "at", "to", "from", "with", "for", "by", "on", "and", "or", "who", "which", "that",
    "have", "has", "had", "will", "would", "said", "say", "says", "are", "were", "was", "is",
    "could", "can", "should", "must", "may", "might", "did", "do", "also", "then", "on",
];

/// Words that end the modifiers of a generic actor on the left.
const STOP_MODIFIERS: &[&str] = &[
    "the", "a", "an", "some", "several", "his", "her", "their", "its", "that", "which", "who",
    "as", "while", "is", "are", "was", "were", "has", "have", "had", "be", "been", "when", "if",
    "than", "but", "not", "this", "these", "those", "our", "my", "your", "many", "all", "both",
];

/// Phrases that refer back to the participants of the previous event.
pub const GROUP_ANAPHORS: &[&str] = &[
    "the two leaders",
    "both leaders",
    "the two commanders",
    "both commanders",
    "the two sides",
    "both sides",
    "the two chiefs",
    "the two officials",
    "the two ministers",
    "both ministers",
    "the two countries",
    "both countries",
    "the leaders",
    "they",
];

fn entity_candidate(e: &Entity, index: usize, span: Span) -> Option<Candidate> {
    let kind = match e.kind {
        EntityType::Person => CandidateKind::Person,
        EntityType::Organisation => CandidateKind::Organisation,
        EntityType::Place => match e.place.as_ref().map(|p| p.kind.as_str()) {
            Some("country") => CandidateKind::Country,
            Some(_) => CandidateKind::Place,
            None => return None,
        },
        EntityType::Misc => return None,
    };
    Some(Candidate {
        kind,
        span,
        entity: Some(index),
        name: e.name.clone(),
        country: e.country.clone(),
        sector: e.sector.clone(),
        actor_code: e.actor_code.clone().or_else(|| {
            let country = e.country.as_deref()?;
            match kind {
                CandidateKind::Country => country_actor_code(country),
                _ => cameo_of(country, e.sector.as_deref()?),
            }
        }),
    })
}

/// The entity candidates whose spans fall inside `sentence`, outer spans first removed of
/// nested ones (an organisation inside a person's role phrase is not a separate candidate).
pub fn entity_candidates(entities: &[Entity], sentence: Span) -> Vec<Candidate> {
    let mut out: Vec<Candidate> = Vec::new();
    for (index, e) in entities.iter().enumerate() {
        for m in &e.mentions {
            if m.start < sentence.start || m.end > sentence.end {
                continue;
            }
            let mut span = Span::new(m.start, m.end);
            // A person's mention grows over the role phrases that contain it.
            if e.kind == EntityType::Person {
                for role in &e.roles {
                    let r = &role.evidence;
                    if r.start <= span.start && r.end >= span.end && r.end <= sentence.end {
                        span = Span::new(r.start.min(span.start), r.end.max(span.end));
                    }
                }
            }
            if let Some(c) = entity_candidate(e, index, span) {
                out.push(c);
            }
        }
    }
    // Drop candidates nested in a longer one.
    out.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut kept: Vec<Candidate> = Vec::new();
    for c in out {
        if kept
            .iter()
            .any(|k| k.span.start <= c.span.start && c.span.end <= k.span.end)
        {
            continue;
        }
        kept.retain(|k| !(c.span.start <= k.span.start && k.span.end <= c.span.end));
        kept.push(c);
    }
    kept
}

/// A word token of a sentence, with its lower-case form.
#[derive(Debug, Clone)]
pub struct Word {
    pub span: Span,
    pub lower: String,
    pub is_punct: bool,
    pub capitalised: bool,
}

/// Generic actors: `[demonym|country]* [adjective]* agent-noun`, where the lexicon or the
/// built-in agent list knows the noun, and at least a country or the noun itself is present.
pub fn generic_candidates(
    words: &[Word],
    body: &str,
    lexicon: &ActorLexicon,
    taken: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let inside_taken = |s: Span| {
        taken
            .iter()
            .any(|c| c.span.start <= s.start && s.end <= c.span.end)
    };
    for (i, w) in words.iter().enumerate() {
        if w.is_punct || inside_taken(w.span) {
            continue;
        }
        let Some(code) = agent_code(lexicon, &w.lower) else {
            // a plural demonym standing alone names the people of a country ("Albanians")
            if w.capitalised && w.lower.ends_with('s') && (i == 0 || !words[i - 1].capitalised) {
                if let Some(country) = country_of_word(lexicon, &w.lower) {
                    let heads = words.get(i + 1).is_none_or(|n| {
                        n.is_punct || HEAD_FOLLOWERS.contains(&n.lower.as_str()) || !n.capitalised
                    });
                    if heads {
                        out.push(Candidate {
                            kind: CandidateKind::Generic,
                            span: w.span,
                            entity: None,
                            name: body.get(w.span.start..w.span.end).unwrap_or("").to_string(),
                            country: Some(country.to_string()),
                            sector: None,
                            actor_code: country_actor_code(country),
                        });
                    }
                }
            }
            continue;
        };
        // the noun must head its phrase: followed by punctuation, a function word or a verb,
        // not by another noun ("military cooperation")
        if let Some(next) = words.get(i + 1) {
            if !next.is_punct
                && !HEAD_FOLLOWERS.contains(&next.lower.as_str())
                && !next.lower.ends_with("ed")
                && !next.lower.ends_with("ly")
                && !next.lower.ends_with('s')
                && !IRREGULAR_PAST.contains(&next.lower.as_str())
            {
                continue;
            }
        }
        // walk left over modifiers: demonyms, countries (with 's), adjectives, "and"
        let mut start = i;
        let mut country: Option<String> = None;
        let mut country_code: Option<String> = None;
        let mut j = i;
        while j > 0 && i - j < 5 {
            let prev = &words[j - 1];
            if prev.is_punct && prev.lower != "'s" && prev.lower != "’s" {
                break;
            }
            if prev.lower == "'s" || prev.lower == "’s" || prev.lower == "and" {
                j -= 1;
                continue;
            }
            if let Some(c) = country_of_word(lexicon, &prev.lower) {
                country.get_or_insert_with(|| c.to_string());
                start = j - 1;
                j -= 1;
                continue;
            }
            if let Some((t, bare)) = taken.iter().find_map(|t| {
                let bare = country_like(t)?;
                (t.span.end <= prev.span.end && t.span.end >= prev.span.start).then_some((t, bare))
            }) {
                country = country.or_else(|| t.country.clone());
                country_code = country_code.or(bare);
                let first = words[..j]
                    .iter()
                    .rposition(|x| x.span.start <= t.span.start)
                    .unwrap_or(j - 1);
                start = first;
                j = first;
                continue;
            }
            if prev.capitalised
                || STOP_MODIFIERS.contains(&prev.lower.as_str())
                || dossier_lexicon::WordList::GenericActorCounts.contains(&prev.lower)
                || prev.lower.chars().any(|c| c.is_ascii_digit())
                || (prev.lower.ends_with("ed")
                    && !PARTICIPLE_MODIFIERS.contains(&prev.lower.as_str()))
                || crate::word_classes::is_preposition(&prev.lower)
            {
                break;
            }
            // a lower-case modifier (senior, top, security)
            if prev.lower.chars().all(|c| c.is_alphabetic() || c == '-') && prev.lower.len() > 2 {
                start = j - 1;
                j -= 1;
                continue;
            }
            break;
        }
        // "soldiers from Gondor", "officials of Arnor": the country after the noun
        let mut end = w.span.end;
        if country.is_none() && country_code.is_none() {
            if let (Some(prep), Some(next)) = (words.get(i + 1), words.get(i + 2)) {
                if matches!(prep.lower.as_str(), "from" | "of") {
                    if let Some((t, bare)) = taken.iter().find_map(|t| {
                        let bare = country_like(t)?;
                        (t.span.start == next.span.start).then_some((t, bare))
                    }) {
                        country = t.country.clone();
                        country_code = bare;
                        end = t.span.end;
                    }
                }
            }
        }
        let decoded = decode_cameo(&code);
        let sector = decoded
            .sectors
            .first()
            .map(|s| s.to_string())
            .or_else(|| sector_of_code(code.get(..3).unwrap_or("")).map(str::to_string));
        let actor_code = match (&country, &sector, &country_code) {
            (Some(c), Some(s), _) => cameo_of(c, s),
            (_, _, Some(cc)) if code.len() == 3 => Some(format!("{cc}{code}")),
            _ => Some(code.clone()),
        };
        let span = Span::new(words[start].span.start, end);
        out.push(Candidate {
            kind: CandidateKind::Generic,
            span,
            entity: None,
            name: body.get(span.start..span.end).unwrap_or("").to_string(),
            country,
            sector,
            actor_code,
        });
    }
    out
}

/// Pronouns and group anaphors in the sentence.
pub fn anaphor_candidates(words: &[Word], body: &str, taken: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        let inside = taken
            .iter()
            .any(|c| c.span.start <= w.span.start && w.span.end <= c.span.end);
        if inside {
            i += 1;
            continue;
        }
        if matches!(w.lower.as_str(), "he" | "she") {
            out.push(Candidate {
                kind: CandidateKind::PersonPronoun,
                span: w.span,
                entity: None,
                name: body.get(w.span.start..w.span.end).unwrap_or("").to_string(),
                country: None,
                sector: None,
                actor_code: None,
            });
            i += 1;
            continue;
        }
        let mut matched = false;
        for phrase in GROUP_ANAPHORS {
            let parts: Vec<&str> = phrase.split(' ').collect();
            if i + parts.len() <= words.len()
                && parts
                    .iter()
                    .enumerate()
                    .all(|(k, p)| words[i + k].lower == *p)
            {
                let span = Span::new(w.span.start, words[i + parts.len() - 1].span.end);
                out.push(Candidate {
                    kind: CandidateKind::GroupAnaphor,
                    span,
                    entity: None,
                    name: body.get(span.start..span.end).unwrap_or("").to_string(),
                    country: None,
                    sector: None,
                    actor_code: None,
                });
                i += parts.len();
                matched = true;
                break;
            }
        }
        if !matched {
            i += 1;
        }
    }
    out
}

/// Actors the actor dictionary names in the sentence that no entity covers ("Hamas", a
/// dictionary's fictional countries): the longest capitalised phrase listed with a code.
pub fn lexicon_candidates(
    words: &[Word],
    body: &str,
    lexicon: &ActorLexicon,
    taken: &[Candidate],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let max = lexicon.max_words().clamp(1, 6);
    let overlaps_taken = |s: Span| {
        taken
            .iter()
            .any(|c| c.span.start < s.end && s.start < c.span.end)
    };
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        if w.is_punct || !w.capitalised || overlaps_taken(w.span) {
            i += 1;
            continue;
        }
        let mut found = None;
        for n in (1..=max.min(words.len() - i)).rev() {
            let ws = &words[i..i + n];
            if ws
                .iter()
                .any(|x| x.is_punct && x.lower != "." && x.lower != "-")
            {
                continue;
            }
            let span = Span::new(ws[0].span.start, ws[n - 1].span.end);
            if overlaps_taken(span) {
                continue;
            }
            let phrase = ws
                .iter()
                .map(|x| x.lower.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let actor = lexicon.actors_named(&phrase).find(|a| {
                a.code_at(None)
                    .is_some_and(|c| !c.is_empty() && !c.starts_with("---"))
            });
            if let Some(a) = actor {
                found = Some((n, span, a));
                break;
            }
        }
        let Some((n, span, actor)) = found else {
            i += 1;
            continue;
        };
        let code = actor.code_at(None).unwrap_or("").to_string();
        let country = code
            .get(..3)
            .and_then(dossier_actors::codes::iso2_of_cameo)
            .map(str::to_string);
        out.push(Candidate {
            kind: match actor.kind {
                dossier_actors::ActorKind::Country => CandidateKind::Country,
                dossier_actors::ActorKind::Person => CandidateKind::Person,
                dossier_actors::ActorKind::Organisation => CandidateKind::Organisation,
            },
            span,
            entity: None,
            name: body.get(span.start..span.end).unwrap_or("").to_string(),
            country,
            sector: code.get(3..6).and_then(sector_of_code).map(str::to_string),
            actor_code: Some(code),
        });
        i += n;
    }
    out
}
