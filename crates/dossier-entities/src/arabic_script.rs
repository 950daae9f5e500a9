//! People named in Arabic and Urdu paragraphs: a rank, office or title
//! (`dossier_lexicon::arabic_script_titles`: "لیفٹیننٹ جنرل", "وزير الدفاع", "السفير") followed,
//! after any nationality adjectives ("الباكستاني", which give the person's country), by a name
//! of one to four words. The name ends at punctuation, at a function word or at the next title,
//! so it never runs into the next clause or sentence. A name is linked to the person of the same
//! document whose Latin name has the same consonant skeleton (صدام خلیفہ حفتر = Saddam Khalifa
//! Haftar) or who was named before in Arabic script with the same skeleton, or made a new person
//! when none matches.
//!
//! Arabic writes conjunctions, prepositions and the article onto a word; every comparison here
//! uses `dossier_text::arabic_script`'s folded readings of a word without them.

use std::sync::LazyLock;

use dossier_gazetteer::{Gazetteer, NameOrigin, PlaceKind};
use dossier_lexicon::{arabic_script_titles, ArabicScriptTitle, Lang, TitleKind, WordList};
use dossier_model::{Document, Entity, EntityType, Mention, Role, RoleSource, Span};
use dossier_text::arabic_script::{fold, has_arabic_script, proclitic_readings};
use dossier_text::{tokenize, TokenKind};

/// Words between a rank and a name that add nothing ("طيار", "الركن"), folded.
static RANK_MODIFIERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    WordList::ArabicScriptRankModifiers
        .words()
        .iter()
        .map(|w| fold(w))
        .collect()
});

/// Words that join a name to a father or family ("بن", "آل", "عبد"), folded.
static NAME_JOINERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    WordList::ArabicScriptNameJoiners
        .words()
        .iter()
        .map(|w| fold(w))
        .collect()
});

/// Enders that are also given names ("علي", folded like "على"), folded.
static ENDER_OR_NAME: LazyLock<Vec<String>> = LazyLock::new(|| {
    WordList::ArabicScriptEnderOrName
        .words()
        .iter()
        .map(|w| fold(w))
        .collect()
});

/// The one-word event words, folded: a name ends before one ("التقى").
static SINGLE_EVENT_WORDS: LazyLock<Vec<String>> = LazyLock::new(|| {
    dossier_lexicon::arabic_script_event_words()
        .iter()
        .filter(|e| e.words.len() == 1)
        .map(|e| fold(e.words[0]))
        .collect()
});

/// The titles with their words folded, longest first.
static TITLES: LazyLock<Vec<(Vec<String>, &'static ArabicScriptTitle)>> = LazyLock::new(|| {
    arabic_script_titles()
        .iter()
        .map(|t| (t.words.iter().map(|w| fold(w)).collect(), t))
        .collect()
});

/// Words that end a name (postpositions, prepositions, conjunctions, relative pronouns, time
/// words), folded.
static NAME_ENDERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    WordList::ArabicScriptNameEnders
        .words()
        .iter()
        .map(|w| fold(w))
        .collect()
});

fn skeleton_char_arabic(c: char) -> Option<char> {
    Some(match c {
        'ب' => 'b',
        'پ' => 'p',
        'ت' | 'ط' | 'ٹ' => 't',
        'د' | 'ڈ' => 'd',
        'ک' | 'ق' | 'خ' | 'ك' => 'k',
        'گ' => 'g',
        'ف' => 'f',
        'ل' => 'l',
        'م' => 'm',
        'ن' | 'ں' => 'n',
        'ر' | 'ڑ' => 'r',
        'س' | 'ص' | 'ث' | 'ش' | 'ز' | 'ذ' | 'ض' | 'ظ' | 'ژ' => 's',
        'ج' | 'چ' => 'j',
        _ => return None,
    })
}

fn skeleton_latin(word: &str) -> String {
    let lower = word.to_lowercase();
    let mut out = String::new();
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let mapped = match (c, next) {
            ('k', Some('h')) | ('g', Some('h')) => {
                i += 1;
                Some(if c == 'k' { 'k' } else { 'g' })
            }
            ('s', Some('h')) | ('z', Some('h')) => {
                i += 1;
                Some('s')
            }
            ('c', Some('h')) => {
                i += 1;
                Some('j')
            }
            ('t', Some('h')) => {
                i += 1;
                Some('t')
            }
            ('q' | 'c' | 'k', _) => Some('k'),
            ('z' | 's' | 'x', _) => Some('s'),
            ('b' | 'p' | 't' | 'd' | 'g' | 'f' | 'l' | 'm' | 'n' | 'r' | 'j', _) => Some(c),
            _ => None,
        };
        if let Some(m) = mapped {
            if !out.ends_with(m) {
                out.push(m);
            }
        }
        i += 1;
    }
    out
}

fn skeleton_arabic(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        if let Some(m) = skeleton_char_arabic(c) {
            if !out.ends_with(m) {
                out.push(m);
            }
        }
    }
    out
}

/// One word of a paragraph: its byte span in the body, its folded form, and whether
/// punctuation stands between it and the word before.
struct ScriptWord {
    span: Span,
    /// The word as written.
    text: String,
    /// The paragraph's language.
    lang: Lang,
    folded: String,
    /// The folded word without its clitics, itself first.
    readings: Vec<String>,
    after_punct: bool,
}

fn paragraph_words(body: &str, span: Span, lang: Lang) -> Vec<ScriptWord> {
    let Some(text) = body.get(span.start..span.end) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut punct = false;
    let mut retired = false;
    for t in tokenize(text) {
        match t.kind {
            TokenKind::Word => {
                let folded = fold(t.text(text));
                // "(ر)", retired, between a rank and a name: the marker and its brackets go
                if folded == "ر" && punct {
                    retired = true;
                    punct = false;
                    continue;
                }
                retired = false;
                out.push(ScriptWord {
                    span: Span::new(span.start + t.span.start, span.start + t.span.end),
                    text: t.text(text).to_string(),
                    lang,
                    readings: proclitic_readings(&folded),
                    folded,
                    after_punct: punct,
                });
                punct = false;
            }
            // quotation marks around a name or part of it ("قمر "جاويد باجوا"") keep it whole
            _ if is_quote(t.text(text)) => {}
            // the closing bracket of "(ر)"
            _ if t.text(text) == ")" && retired => retired = false,
            _ => punct = true,
        }
    }
    out
}

fn is_quote(token: &str) -> bool {
    token
        .chars()
        .all(|c| matches!(c, '"' | '\'' | '“' | '”' | '«' | '»' | '„' | '‘' | '’'))
}

/// Does a reading of `word` (without its clitics) equal `expected`?
fn reads_as(word: &ScriptWord, expected: &str) -> bool {
    word.readings.iter().any(|r| r == expected)
}

/// The title starting at word `i`, if any: the first word may carry clitics ("وبالسفير"), the
/// others are compared as written.
fn title_at(words: &[ScriptWord], i: usize) -> Option<(usize, &'static ArabicScriptTitle)> {
    TITLES.iter().find_map(|(folded, title)| {
        let (first, rest) = folded.split_first()?;
        let first_ok = words.get(i).is_some_and(|w| {
            reads_as(w, first)
                || ["ب", "ل", "وب", "ول"]
                    .iter()
                    .any(|p| w.folded.strip_prefix(p) == Some(first.as_str()))
        });
        let rest_ok = rest.iter().enumerate().all(|(k, part)| {
            words
                .get(i + 1 + k)
                .is_some_and(|w| !w.after_punct && w.folded == *part)
        });
        (first_ok && rest_ok).then_some((folded.len(), *title))
    })
}

/// The country a nationality adjective names ("الباكستاني", "پاکستانی"), from the gazetteer's
/// demonyms. An Arabic adjective with the article whose stem spells a country's name is one too
/// ("التركي": `ترکی` is also Urdu for Turkey, and the gazetteer keeps one entry per spelling).
fn demonym_country(word: &ScriptWord) -> Option<String> {
    let gazetteer = Gazetteer::embedded();
    let with_article = word.folded.starts_with("ال");
    word.readings.iter().find_map(|r| {
        let adjective = with_article && !r.starts_with("ال") && r.ends_with('ی');
        gazetteer
            .lookup(r)
            .iter()
            .filter_map(|c| Some((c, gazetteer.place(c.place)?)))
            .filter(|(c, place)| {
                c.origin == NameOrigin::Demonym || (adjective && place.kind == PlaceKind::Country)
            })
            .find_map(|(_, place)| place.country_code.clone())
    })
}

/// Does a reading of `word` without its first letter (`ل`, `و`) name a country
/// ("لباكستان", "وأفغانستان")?
fn names_country_with_clitic(word: &ScriptWord) -> bool {
    let gazetteer = Gazetteer::embedded();
    word.readings.iter().skip(1).any(|r| {
        gazetteer.lookup(r).iter().any(|c| {
            gazetteer
                .place(c.place)
                .is_some_and(|p| p.kind == PlaceKind::Country)
        })
    }) || word
        .folded
        .char_indices()
        .nth(1)
        .map(|(i, _)| &word.folded[i..])
        .is_some_and(|rest| {
            gazetteer.lookup(rest).iter().any(|c| {
                gazetteer
                    .place(c.place)
                    .is_some_and(|p| p.kind == PlaceKind::Country)
            })
        })
}

/// An Arabic adjective with the article (`ال...ي`: "الوطني", "البحري", "العسكري").
fn is_article_adjective(word: &ScriptWord) -> bool {
    let w = word.folded.as_str();
    w.starts_with("ال") && w.ends_with('ی') && w.chars().count() >= 5
}

fn is_place_name(word: &ScriptWord) -> bool {
    let gazetteer = Gazetteer::embedded();
    // a word with the article names a place only as written with it ("القاهرة"): "السالم" is
    // a family name even though "سالم" is a town
    let with_article =
        word.folded.starts_with("ال") || word.readings.iter().skip(1).any(|r| r.starts_with("ال"));
    word.readings
        .iter()
        .filter(|r| !with_article || r.starts_with("ال"))
        .any(|r| !gazetteer.lookup(r).is_empty())
}

fn is_name_ender(word: &ScriptWord) -> bool {
    word.readings.iter().any(|r| NAME_ENDERS.contains(r))
        || SINGLE_EVENT_WORDS.iter().any(|e| reads_as(word, e))
        // a month or weekday of the paragraph's own language ("جون" is June in Urdu, John in
        // Arabic)
        || [&word.text, &word.folded].iter().any(|w| {
            dossier_lexicon::month(w).is_some_and(|m| m.lang == word.lang)
                || dossier_lexicon::weekday(w).is_some_and(|d| d.lang == word.lang)
        })
}

/// A word with the Arabic article ("السيسي") continues a name only after `عبد`/`ابو` ("عبد
/// الفتاح") or as its last word, and never when it is a nationality or a place.
fn article_word_continues_name(words: &[ScriptWord], k: usize, start: usize) -> bool {
    let w = &words[k];
    if !w.folded.starts_with("ال") {
        return true;
    }
    if k > start && NAME_JOINERS.contains(&words[k - 1].folded) {
        return true;
    }
    // a nisba surname ("الصافي", "الرواحي") may share its letters with a town; other words
    // with the article that name a place ("القاهرة") end the name
    k > start && demonym_country(w).is_none() && (w.folded.ends_with('ی') || !is_place_name(w))
}

/// The name after a title: up to five Arabic-script words besides the words that join a name to
/// a father or family ("خالد بن سلمان بن عبدالعزيز"), ending at punctuation, a function word, an
/// event word, a date word or the next title. The first word carries no article.
fn name_after(words: &[ScriptWord], start: usize) -> usize {
    let mut end = start;
    let mut counted = 0;
    while end < words.len() && counted < 5 && end - start < 9 {
        let w = &words[end];
        // after "بن" or "آل" comes a name, even one spelled like a nationality ("بن تركي")
        let after_joiner = end > start && NAME_JOINERS.contains(&words[end - 1].folded);
        // "عبدالله علي عبدالله": Ali between two name words, not "on"
        let name_not_ender = end > start
            && ENDER_OR_NAME.contains(&w.folded)
            && words.get(end + 1).is_some_and(|next| {
                !next.after_punct
                    && (!next.folded.starts_with("ال") || next.folded.ends_with('ی'))
                    && has_arabic_script(&next.folded)
                    && !is_name_ender(next)
            });
        if (end > start && w.after_punct)
            || !has_arabic_script(&w.folded)
            || (is_name_ender(w) && !name_not_ender)
            || (!after_joiner && title_at(words, end).is_some())
            // a nationality without the article after a name word is a surname in Arabic
            // ("ماركو روسي", Marco Rossi); Urdu nationalities carry no article
            || (!after_joiner
                && (end == start || w.lang == Lang::Ur || w.folded.starts_with("ال"))
                && demonym_country(w).is_some())
        {
            break;
        }
        let joiner = NAME_JOINERS.contains(&w.folded);
        // a conjunction or preposition written onto an article ("والوفد", "بالمدينة") marks a
        // common noun, never a name word
        let clitic_article = w.readings.iter().skip(1).any(|r| r.starts_with("ال"));
        if clitic_article && !joiner {
            break;
        }
        if end == start && w.folded.starts_with("ال") {
            break;
        }
        if !joiner && !article_word_continues_name(words, end, start) {
            break;
        }
        if !joiner {
            counted += 1;
        }
        end += 1;
        // a surname with the article ends the name, unless a family name with the article
        // follows it ("السالم الصباح")
        if end - start >= 2
            && !joiner
            && words[end - 1].folded.starts_with("ال")
            && !NAME_JOINERS.contains(&words[end - 2].folded)
            && !words.get(end).is_some_and(|next| {
                !next.after_punct
                    && next.folded.starts_with("ال")
                    && !words[end - 2].folded.starts_with("ال")
                    && !is_name_ender(next)
                    && !is_article_adjective(next)
                    && demonym_country(next).is_none()
                    && !is_place_name(next)
                    && title_at(words, end).is_none()
            })
        {
            break;
        }
    }
    // a name does not end on a joiner
    while end > start && NAME_JOINERS.contains(&words[end - 1].folded) {
        end -= 1;
    }
    end
}

/// Finds titled names in the document's Urdu and Arabic paragraphs and links them to persons.
pub(crate) fn link_names(doc: &Document, entities: &mut Vec<Entity>) {
    let body = doc.body.as_str();
    for p in &doc.paragraphs {
        if !matches!(p.lang.as_str(), "ur" | "ar" | "fa") {
            continue;
        }
        let lang = if p.lang == "ar" { Lang::Ar } else { Lang::Ur };
        let words = paragraph_words(body, p.span, lang);
        let mut i = 0;
        while i < words.len() {
            let Some((title_len, title)) = title_at(&words, i) else {
                i += 1;
                continue;
            };
            // further titles and nationality adjectives between the title and the name
            // ("آرمی چیف جنرل", "وزير الدفاع الباكستاني")
            let mut titles = vec![title];
            let mut name_start = i + title_len;
            // Urdu puts the nationality before the title ("ترک سفیر", the Turkish ambassador)
            let mut country = i
                .checked_sub(1)
                .and_then(|k| words.get(k))
                .filter(|_| !words[i].after_punct)
                .and_then(demonym_country);
            while let Some(w) = words.get(name_start) {
                if w.after_punct {
                    break;
                }
                if let Some((len, next)) = title_at(&words, name_start) {
                    titles.push(next);
                    name_start += len;
                    continue;
                }
                if RANK_MODIFIERS.contains(&w.folded) {
                    name_start += 1;
                    continue;
                }
                // "المبعوث الخاص لباكستان وأفغانستان" (the special envoy for Pakistan and
                // Afghanistan): a country with a preposition or conjunction written on
                if (w.folded.starts_with('ل') || w.folded.starts_with('و'))
                    && names_country_with_clitic(w)
                {
                    name_start += 1;
                    continue;
                }
                // "السفير الأمريكي لدى باكستان" (the US ambassador to Pakistan)
                if w.folded == "لدی" && words.get(name_start + 1).is_some_and(is_place_name) {
                    name_start += 2;
                    continue;
                }
                match demonym_country(w) {
                    Some(c) => {
                        country.get_or_insert(c);
                        name_start += 1;
                    }
                    // other adjectives of the office ("وزير الدفاع الوطني", "البحري")
                    None if is_article_adjective(w) && name_start - i < title_len + 3 => {
                        name_start += 1;
                    }
                    None => break,
                }
            }
            if words.get(name_start).is_some_and(|w| w.after_punct) {
                i = name_start;
                continue;
            }
            let name_end = name_after(&words, name_start);
            if name_end == name_start {
                i = name_start.max(i + 1);
                continue;
            }
            let span = Span::new(words[name_start].span.start, words[name_end - 1].span.end);
            let title_span = Span::new(words[i].span.start, span.end);
            add_person(
                doc,
                entities,
                span,
                title_span,
                &words[name_start..name_end],
                &titles,
                country,
            );
            i = name_end;
        }
    }
}

fn add_person(
    doc: &Document,
    entities: &mut Vec<Entity>,
    span: Span,
    title_span: Span,
    name_words: &[ScriptWord],
    titles: &[&ArabicScriptTitle],
    country: Option<String>,
) {
    let body = doc.body.as_str();
    let name = body.get(span.start..span.end).unwrap_or("").to_string();
    // the words that tell people apart: joiners ("بن", "آل") are shared by everyone
    let mut skeletons: Vec<String> = name_words
        .iter()
        .filter(|w| !NAME_JOINERS.contains(&w.folded))
        .map(|w| skeleton_arabic(&w.folded))
        .filter(|s| s.len() >= 2)
        .collect();
    skeletons.dedup();
    let mention = Mention {
        doc_id: doc.id.clone(),
        start: span.start,
        end: span.end,
        text: name.clone(),
    };
    // the rank nearest the name, and the first office or title
    let rank = titles
        .iter()
        .rev()
        .find(|t| t.kind == TitleKind::Rank)
        .map(|t| t.english.to_string());
    let office = titles
        .iter()
        .find(|t| !matches!(t.kind, TitleKind::Rank | TitleKind::Cue))
        .map(|t| t.english.to_string());
    let role = Role {
        rank,
        role: office,
        organisation: None,
        country: country.clone(),
        sector: None,
        date: None,
        source: RoleSource::Text,
        evidence: Mention {
            doc_id: doc.id.clone(),
            start: title_span.start,
            end: title_span.end,
            text: body
                .get(title_span.start..title_span.end)
                .unwrap_or("")
                .to_string(),
        },
    };
    let needed = skeletons.len().min(2);
    let best = entities
        .iter_mut()
        .filter(|e| e.kind == EntityType::Person)
        .map(|e| {
            let known: Vec<String> = e
                .names
                .iter()
                .flat_map(|n| n.split_whitespace())
                .filter(|w| !NAME_JOINERS.contains(&fold(w)))
                .filter(|w| !dossier_lexicon::is_name_particle(&w.to_lowercase()))
                .map(|w| {
                    if has_arabic_script(w) {
                        skeleton_arabic(&fold(w))
                    } else {
                        skeleton_latin(w)
                    }
                })
                .collect();
            let mut hits = skeletons.iter().filter(|s| known.contains(s)).count();
            // one Latin word written as two ("Saridere", "صاري دره")
            let joined: String = skeletons.concat();
            let joined_known = e.names.iter().any(|n| {
                let latin: String = n
                    .split_whitespace()
                    .filter(|w| !has_arabic_script(w))
                    .map(skeleton_latin)
                    .collect();
                latin.len() >= 4 && latin == joined
            });
            if joined_known {
                hits = hits.max(needed.max(1));
            }
            (hits, e)
        })
        .filter(|(hits, _)| *hits >= needed && *hits > 0)
        .max_by_key(|(hits, _)| *hits);
    match best {
        Some((_, e)) => {
            if !e.names.contains(&name) {
                e.names.push(name.clone());
            }
            let mut role = role;
            if role.country.is_none() {
                role.country = e.country.clone();
            } else if e.country.is_none() {
                e.country = role.country.clone();
            }
            role.sector = e.sector.clone();
            e.roles.push(role);
            e.mentions.push(mention);
        }
        None => {
            let id = format!("{}:{}", doc.id, entities.len());
            entities.push(Entity {
                id,
                kind: EntityType::Person,
                name: name.clone(),
                names: vec![name],
                country,
                sector: None,
                actor_code: None,
                roles: vec![role],
                place: None,
                mentions: vec![mention],
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_agree_across_scripts() {
        assert_eq!(skeleton_latin("Haftar"), skeleton_arabic("حفتر"));
        assert_eq!(skeleton_latin("Khalifa"), skeleton_arabic("خلیفہ"));
        assert_eq!(skeleton_latin("Naveed"), skeleton_arabic("نوید"));
        assert_eq!(skeleton_latin("Ashraf"), skeleton_arabic("اشرف"));
        assert_ne!(skeleton_latin("Munir"), skeleton_arabic("اشرف"));
    }
}
