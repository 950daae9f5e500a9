//! People named in Urdu (and Arabic-script) paragraphs: a rank or title word followed by a name
//! ("لیفٹیننٹ جنرل صدام خلیفہ حفتر"), linked to the person of the same document whose Latin
//! name has the same consonant skeleton (صدام خلیفہ حفتر = Saddam Khalifa Haftar), or made a
//! new person when none matches.

use dossier_model::{Document, Entity, EntityType, Mention, Role, RoleSource, Span};

/// Rank and title words, longest first, with their English form.
const TITLES: &[(&str, &str)] = &[
    ("لیفٹیننٹ جنرل", "Lieutenant General"),
    ("میجر جنرل", "Major General"),
    ("فیلڈ مارشل", "Field Marshal"),
    ("وائس ایڈمرل", "Vice Admiral"),
    ("ایئر چیف مارشل", "Air Chief Marshal"),
    ("وزیر اعظم", "Prime Minister"),
    ("وزیراعظم", "Prime Minister"),
    ("وزیر خارجہ", "Foreign Minister"),
    ("جنرل", "General"),
    ("ایڈمرل", "Admiral"),
    ("بریگیڈیئر", "Brigadier"),
    ("کرنل", "Colonel"),
    ("صدر", "President"),
    ("الفريق أول", "Lieutenant General"),
    ("الفريق", "Lieutenant General"),
    ("اللواء", "Major General"),
    ("المشير", "Field Marshal"),
    ("الأدميرال", "Admiral"),
    ("رئيس الوزراء", "Prime Minister"),
    ("الرئيس", "President"),
];

/// Words that end a name: postpositions, conjunctions, common verbs.
const NAME_ENDERS: &[&str] = &[
    "کی", "کے", "کا", "سے", "نے", "کو", "میں", "اور", "پر", "ہے", "ہیں", "نیول", "چیف", "آف", "دی",
    "في", "مع", "و", "من", "إلى", "على", "عن", "،", "۔", ",", ".",
];

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

fn is_arabic_script(s: &str) -> bool {
    s.chars().any(dossier_gazetteer::normalize::is_arabic_char)
}

/// Finds titled names in the document's Urdu/Arabic paragraphs and links them to persons.
pub(crate) fn link_names(doc: &Document, entities: &mut Vec<Entity>) {
    let body = doc.body.as_str();
    for p in &doc.paragraphs {
        if !matches!(p.lang.as_str(), "ur" | "ar" | "fa") {
            continue;
        }
        let Some(text) = body.get(p.span.start..p.span.end) else {
            continue;
        };
        let words: Vec<(usize, &str)> = text
            .split_whitespace()
            .map(|w| {
                let offset = w.as_ptr() as usize - text.as_ptr() as usize;
                (p.span.start + offset, w)
            })
            .collect();
        let mut i = 0;
        while i < words.len() {
            let title = TITLES.iter().find(|(t, _)| {
                let parts: Vec<&str> = t.split(' ').collect();
                parts
                    .iter()
                    .enumerate()
                    .all(|(k, part)| words.get(i + k).is_some_and(|(_, w)| w == part))
            });
            let Some((title_text, english)) = title else {
                i += 1;
                continue;
            };
            let title_len = title_text.split(' ').count();
            let name_start = i + title_len;
            let mut name_end = name_start;
            while name_end < words.len()
                && name_end - name_start < 4
                && !NAME_ENDERS.contains(&words[name_end].1)
                && is_arabic_script(words[name_end].1)
            {
                name_end += 1;
            }
            if name_end == name_start {
                i = name_start;
                continue;
            }
            let (first_start, _) = words[name_start];
            let (last_start, last_word) = words[name_end - 1];
            let span = Span::new(first_start, last_start + last_word.len());
            let title_span = Span::new(words[i].0, span.end);
            let name = body.get(span.start..span.end).unwrap_or("").to_string();
            let skeletons: Vec<String> = words[name_start..name_end]
                .iter()
                .map(|(_, w)| skeleton_arabic(w))
                .filter(|s| s.len() >= 2)
                .collect();
            let mention = Mention {
                doc_id: doc.id.clone(),
                start: span.start,
                end: span.end,
                text: name.clone(),
            };
            let role = Role {
                rank: Some(english.to_string()),
                role: None,
                organisation: None,
                country: None,
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
                    let latin: Vec<String> =
                        e.name.split_whitespace().map(skeleton_latin).collect();
                    let hits = skeletons.iter().filter(|s| latin.contains(s)).count();
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
                    role.country = e.country.clone();
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
                        country: None,
                        sector: None,
                        actor_code: None,
                        roles: vec![role],
                        place: None,
                        mentions: vec![mention],
                    });
                }
            }
            i = name_end;
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
