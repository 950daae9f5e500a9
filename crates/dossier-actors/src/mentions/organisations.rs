//! The organisation finder: hand-listed organisations and their acronyms, a country with a
//! service or state noun (`Pakistan Navy`), units of those (`Directorate General Public
//! Relations of the Pakistan Navy`), Phoenix dictionary organisations, and later uses of an
//! acronym defined once.

use super::context::Ctx;
use super::head_words::{ORG_HEADS, ROLE_HEADS};
use super::records::{AttrSource, Attribute, OrgMention};
use crate::codes::decode_cameo;
use crate::lexicon::{ActorKind, ActorLexicon};
use crate::scan::{
    collapse, dictionary_actor, longest, match_words, phrase_key, tables, tokenize, TokKind,
};
use dossier_model::Span;

/// Organisation mentions in `text` with their country: hand-listed organisations and their
/// acronyms (`Inter-Services Public Relations (ISPR)`), a country with a service or state noun
/// (`Pakistan Navy`, `Libyan Armed Forces`, `Libya's armed forces`), compounds naming one of
/// those (`Directorate General Public Relations of the Pakistan Navy`), and Phoenix dictionary
/// organisations.
pub fn find_org_mentions(text: &str) -> Vec<OrgMention> {
    find_org_mentions_with(ActorLexicon::embedded(), text)
}

/// [`find_org_mentions`] with a given lexicon.
pub fn find_org_mentions_with(lex: &ActorLexicon, text: &str) -> Vec<OrgMention> {
    let ctx = Ctx {
        text,
        toks: tokenize(text),
        lex,
    };
    let toks = &ctx.toks;
    let mut out: Vec<OrgMention> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some((end, m)) = org_at(&ctx, i) {
            let mut m = m;
            let mut end = end;
            // `(ISPR)` or `(@Handle)` right after.
            if toks.get(end).is_some_and(|t| t.is_punct('(')) {
                if let (Some(a), Some(c)) = (toks.get(end + 1), toks.get(end + 2)) {
                    if a.all_caps && a.is_word() && c.is_punct(')') {
                        m.acronym = Some(text[a.start..a.end].to_string());
                        end += 3;
                    }
                }
                if let (Some(at), Some(h), Some(c)) =
                    (toks.get(end + 1), toks.get(end + 2), toks.get(end + 3))
                {
                    if at.is_punct('@') && h.is_word() && !h.space_before && c.is_punct(')') {
                        m.aliases.push(text[at.start..h.end].to_string());
                        end += 4;
                    }
                }
            }
            m.span = Span::new(m.span.start, toks[end - 1].end);
            out.push(m);
            i = end;
            continue;
        }
        i += 1;
    }
    compounds(&ctx, &mut out);
    // An acronym defined once names the organisation wherever it is used later.
    let defined: Vec<(String, OrgMention)> = out
        .iter()
        .filter_map(|m| m.acronym.clone().map(|a| (a, m.clone())))
        .collect();
    for (k, t) in toks.iter().enumerate() {
        if !t.all_caps || !t.is_word() {
            continue;
        }
        if out
            .iter()
            .any(|m| m.span.start <= t.start && t.end <= m.span.end)
        {
            continue;
        }
        let word = &text[t.start..t.end];
        if let Some((_, def)) = defined.iter().find(|(a, _)| a == word) {
            let mut m = def.clone();
            m.span = ctx.span(k, k + 1);
            m.name = word.to_string();
            m.aliases.clear();
            if let Some(c) = &mut m.country {
                c.source = AttrSource::Context;
            }
            out.push(m);
        }
    }
    out.sort_by_key(|m| (m.span.start, m.span.end));
    out
}

/// One organisation starting at token `i`.
fn org_at(ctx: &Ctx, i: usize) -> Option<(usize, OrgMention)> {
    let toks = &ctx.toks;
    let t = toks.get(i)?;
    if !t.is_word() || !t.capital {
        return None;
    }
    let tab = tables();
    // Hand-listed organisations, full form or acronym.
    let named = longest(&tab.named_orgs, toks, i).or_else(|| {
        (t.all_caps)
            .then(|| tab.org_acronyms.get(&t.lower).map(|d| (i + 1, *d)))
            .flatten()
    });
    if let Some((end, def)) = named {
        let span = ctx.span(i, end);
        let surface = collapse(&ctx.text[span.start..span.end]);
        let is_acronym = end == i + 1 && t.all_caps;
        return Some((
            end,
            OrgMention {
                span,
                name: surface.clone(),
                canonical: Some(def.normalised.to_string()),
                acronym: is_acronym.then_some(surface),
                aliases: Vec::new(),
                country: Some(Attribute::text(def.country, span)),
                sector: Some(def.sector.to_string()),
                service: None,
                actor_code: None,
            },
        ));
    }
    // Country + service noun.
    if let Some((e, country)) = ctx.country_at(i) {
        let possessive = e > i && toks[e - 1].kind == TokKind::Possessive;
        if let Some((end, noun)) = longest(&tab.org_nouns, toks, e) {
            let capital = toks[e].capital;
            let demonym_lower = !capital && (possessive || toks[e].lower == "military");
            // `Libyan military leader` is a person, not the organisation.
            let head_follows = toks
                .get(end)
                .is_some_and(|n| n.is_word() && ROLE_HEADS.contains(&n.lower.as_str()));
            if (capital || demonym_lower) && !head_follows {
                let span = ctx.span(i, end);
                return Some((
                    end,
                    OrgMention {
                        span,
                        name: collapse(&ctx.text[span.start..span.end]),
                        canonical: None,
                        acronym: None,
                        aliases: Vec::new(),
                        country: Some(country),
                        sector: Some(noun.sector.to_string()),
                        service: noun.service,
                        actor_code: None,
                    },
                ));
            }
        }
    }
    // Phoenix dictionary organisations (two words or more).
    let max = ctx.lex.max_words().min(10);
    for n in (2..=max).rev() {
        let end = i + n;
        if end > toks.len() {
            continue;
        }
        let last = &toks[end - 1];
        if !last.is_word() || toks[i + 1..end].iter().any(|x| x.newlines_before > 0) {
            continue;
        }
        let key = phrase_key(ctx.text, toks, i, end);
        if let Some(actor) = dictionary_actor(ctx.lex, &key, ActorKind::Organisation) {
            let code = actor.code_at(None).unwrap_or("");
            let decoded = decode_cameo(code);
            let span = ctx.span(i, end);
            return Some((
                end,
                OrgMention {
                    span,
                    name: collapse(&ctx.text[span.start..span.end]),
                    canonical: None,
                    acronym: None,
                    aliases: Vec::new(),
                    country: decoded.country.map(|c| Attribute {
                        value: c.to_string(),
                        span,
                        source: AttrSource::Dictionary,
                    }),
                    sector: decoded.sectors.first().map(|s| s.to_string()),
                    service: None,
                    actor_code: Some(code.to_string()),
                },
            ));
        }
    }
    None
}

/// `Directorate General Public Relations of the Pakistan Navy`: a capitalised unit name before
/// `of [the]` + an organisation with a country becomes an organisation of that country.
fn compounds(ctx: &Ctx, out: &mut Vec<OrgMention>) {
    let toks = &ctx.toks;
    let mut extra = Vec::new();
    for m in out.iter() {
        let Some(first) = toks.iter().position(|t| t.start == m.span.start) else {
            continue;
        };
        let mut k = first;
        if k > 0 && toks[k - 1].lower == "the" {
            k -= 1;
        }
        if k == 0 || toks[k - 1].lower != "of" {
            continue;
        }
        let of = k - 1;
        let mut s = of;
        while s > 0 && toks[s - 1].is_word() && toks[s - 1].capital && toks[s].newlines_before == 0
        {
            s -= 1;
        }
        if s == of || !ORG_HEADS.contains(&toks[s].lower.as_str()) {
            continue;
        }
        if match_words(toks, s, &[toks[s].lower.clone()]).is_none() {
            continue;
        }
        let span = Span::new(toks[s].start, m.span.end);
        extra.push(OrgMention {
            span,
            name: collapse(&ctx.text[span.start..span.end]),
            canonical: None,
            acronym: None,
            aliases: Vec::new(),
            country: m.country.clone(),
            sector: m.sector.clone(),
            service: m.service,
            actor_code: None,
        });
    }
    out.extend(extra);
}

#[cfg(test)]
mod tests {
    use super::find_org_mentions;
    use crate::titles::Service;
    use crate::AttrSource;

    #[test]
    fn a_country_with_a_service_noun() {
        let found =
            find_org_mentions("Ships of the Pakistan Navy (PN) sailed to Bree; PN crews rested.");
        let names: Vec<&str> = found.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Pakistan Navy", "PN"]);
        let navy = &found[0];
        assert_eq!(navy.acronym.as_deref(), Some("PN"));
        assert_eq!(navy.service, Some(Service::Navy));
        assert_eq!(navy.country.as_ref().map(|c| c.value.as_str()), Some("PK"));
        let later = found[1].country.as_ref().map(|c| c.source);
        assert_eq!(later, Some(AttrSource::Context), "the acronym defined once");
    }

    #[test]
    fn a_handle_in_brackets_is_an_alias() {
        let found = find_org_mentions("The Libyan Navy (@BreeFleet) posted.");
        assert_eq!(found.len(), 1, "{found:#?}");
        assert_eq!(found[0].aliases, ["@BreeFleet"]);
        assert_eq!(found[0].name, "Libyan Navy");
    }

    #[test]
    fn a_unit_of_an_organisation_takes_its_country() {
        let text = "A note from Directorate General Public Relations of the Pakistan Navy said.";
        let found = find_org_mentions(text);
        let unit = found
            .iter()
            .find(|o| o.name.starts_with("Directorate"))
            .unwrap_or_else(|| panic!("{found:#?}"));
        assert_eq!(
            unit.name,
            "Directorate General Public Relations of the Pakistan Navy"
        );
        assert_eq!(unit.country.as_ref().map(|c| c.value.as_str()), Some("PK"));
    }

    #[test]
    fn a_service_noun_before_a_role_word_is_part_of_a_title() {
        let found = find_org_mentions("A Libyan military leader met Pakistan's armed forces.");
        let names: Vec<&str> = found.iter().map(|o| o.name.as_str()).collect();
        assert_eq!(names, ["Pakistan's armed forces"]);
    }
}
