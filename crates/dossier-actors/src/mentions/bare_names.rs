//! Later bare uses of a person's name: capitalised words that repeat a word of a name already
//! found (`Haftar` after `Field Marshal Khalifa Haftar`), or that name a person in the Phoenix
//! dictionaries. Separate from the titled-name finder because it runs once over the whole text
//! after it, with what it found.

use super::context::Ctx;
use super::records::PersonMention;
use crate::lexicon::ActorKind;
use crate::scan::{dictionary_actor, match_name, name_text};

/// Honorifics and particles aside, the words of a name used to recognise its later bare uses.
fn name_keys(name: &str) -> Vec<String> {
    name.split([' ', '-'])
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !crate::titles::HONORIFICS.contains(&w.as_str()))
        .collect()
}

/// Capitalised sequences that repeat a word of a name already found (`Haftar`, `Ashraf`), or
/// that name a person in the Phoenix dictionaries.
pub(super) fn bare_names(ctx: &Ctx, out: &mut Vec<PersonMention>, covered: &[bool]) {
    let mut known: Vec<String> = Vec::new();
    for m in out.iter() {
        if let Some(n) = &m.name {
            for k in name_keys(n) {
                if !known.contains(&k) {
                    known.push(k);
                }
            }
        }
    }
    let toks = &ctx.toks;
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        let starts = t.is_word() && t.capital && !covered[i];
        let prev_joined = i > 0 && toks[i - 1].is_punct('-') && !t.space_before;
        if !starts || prev_joined {
            i += 1;
            continue;
        }
        let Some((end, words)) = match_name(ctx.lex, ctx.text, toks, i, false) else {
            i += 1;
            continue;
        };
        if words.iter().any(|&w| covered[w]) {
            i += 1;
            continue;
        }
        let name = name_text(ctx.text, toks, &words);
        let repeats = name_keys(&name).iter().any(|k| known.contains(k));
        let key = name.to_lowercase();
        let in_dictionary =
            words.len() >= 2 && dictionary_actor(ctx.lex, &key, ActorKind::Person).is_some();
        if repeats || in_dictionary {
            let last = *words.last().unwrap_or(&i);
            let span = ctx.span(words[0], last + 1);
            out.push(PersonMention {
                span,
                name_span: Some(span),
                name: Some(name),
                rank: None,
                role: None,
                organisation: None,
                country: None,
                sector: None,
                service: None,
                actor_code: None,
            });
        }
        i = end.max(i + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::name_keys;
    use crate::find_person_mentions;

    #[test]
    fn name_keys_drop_honorifics_and_short_particles() {
        assert_eq!(
            name_keys("Syed Orrin al Tazlo-Vane"),
            ["orrin", "tazlo", "vane"]
        );
        assert!(name_keys("Dr Al").is_empty());
    }

    #[test]
    fn a_later_bare_use_of_a_known_name_is_a_mention() {
        let text = "Admiral Tarquin Vell reached Bree, and crowds cheered Vell and Orrin.";
        let found = find_person_mentions(text, None);
        let bare: Vec<_> = found
            .iter()
            .filter(|m| m.rank.is_none())
            .filter_map(|m| m.name.as_deref())
            .collect();
        assert_eq!(bare, ["Vell"], "{found:#?}");
    }
}
