//! What may precede a person's name, and the apposition that may follow it: a country,
//! a title or office with its organisation (`Commander-in-Chief of the Libyan Armed Forces`)
//! and acronym (`(COAS)`), a rank, or a Phoenix agent title (`Governor`). The person finder
//! builds its mentions from these.

use super::context::Ctx;
use super::records::Attribute;
use crate::codes::sector_of_code;
use crate::scan::{collapse, longest, match_rank, match_title, phrase_key, tables, Tok};
use crate::titles::{Service, TitleKind};
use dossier_model::Span;

/// What precedes a name: `Pakistan's Chief of Army Staff (COAS), Field Marshal`.
#[derive(Debug, Clone, Default)]
pub(super) struct Prefix {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) rank: Option<(Attribute, Service)>,
    pub(super) role: Option<(Attribute, Option<Service>, TitleKind, &'static str)>,
    pub(super) organisation: Option<Attribute>,
    pub(super) country: Option<Attribute>,
    pub(super) had_article: bool,
    /// The title came from the Phoenix agent words, not the hand table: it only counts before
    /// a name.
    pub(super) from_agent: bool,
}

impl Ctx<'_> {
    /// `of [the] [Libyan] Armed Forces` after a title: (end, organisation, country).
    fn organisation_after(&self, i: usize) -> Option<(usize, Attribute, Option<Attribute>)> {
        if self.toks.get(i)?.lower != "of" {
            return None;
        }
        let mut j = i + 1;
        if self.toks.get(j).is_some_and(|t| t.lower == "the") {
            j += 1;
        }
        let org_start = j;
        let mut country = None;
        if let Some((e, c)) = self.country_at(j) {
            country = Some(c);
            j = e;
        }
        let (end, _noun) = longest(&tables().org_nouns, &self.toks, j)?;
        if !self.toks[j].capital {
            return None;
        }
        let span = self.span(org_start, end);
        let name = collapse(&self.text[span.start..span.end]);
        Some((end, Attribute::text(name, span), country))
    }

    /// A prefix starting at `i` (with at least a rank or a title).
    pub(super) fn prefix(&self, i: usize) -> Option<Prefix> {
        let toks = &self.toks;
        let mut p = Prefix {
            start: i,
            ..Prefix::default()
        };
        let mut j = i;
        if toks.get(j).is_some_and(|t| t.lower == "the") {
            p.had_article = true;
            j += 1;
            p.start = j;
        }
        if let Some((e, c)) = self.country_at(j) {
            p.country = Some(c);
            j = e;
        }
        let rank_end = match_rank(toks, j).map(|(e, _)| e);
        let title = match_title(toks, j).filter(|(e, _)| rank_end.is_none_or(|r| *e >= r));
        if let Some((e, def)) = title {
            let lower_title = !toks[j].capital;
            // A lower-case title needs an article or a country before it.
            if !lower_title
                || p.had_article
                || p.country.is_some()
                || def.kind == TitleKind::Reference
            {
                p.role = Some((
                    Attribute::text(def.normalised, self.span(j, e)),
                    def.service,
                    def.kind,
                    def.sector,
                ));
                j = e;
                if def.takes_organisation {
                    if let Some((e2, org, country)) = self.organisation_after(j) {
                        p.organisation = Some(org);
                        if p.country.is_none() {
                            p.country = country;
                        }
                        if let Some(role) = p.role.as_mut() {
                            role.0.span = self.span(role_start(toks, role.0.span), e2);
                        }
                        j = e2;
                    }
                }
                // `(COAS)` after the title.
                if toks.get(j).is_some_and(|t| t.is_punct('('))
                    && toks.get(j + 1).is_some_and(|t| t.all_caps && t.is_word())
                    && toks.get(j + 2).is_some_and(|t| t.is_punct(')'))
                {
                    j += 3;
                }
                if toks.get(j).is_some_and(|t| t.is_punct(','))
                    && toks
                        .get(j + 1)
                        .is_some_and(|_| match_rank(toks, j + 1).is_some())
                {
                    j += 1;
                }
            }
        }
        if let Some((e, def)) = match_rank(toks, j) {
            p.rank = Some((
                Attribute::text(def.normalised, self.span(j, e)),
                def.service,
            ));
            j = e;
        }
        if p.role.is_none() && p.rank.is_none() {
            // A Phoenix agent title (`Governor`, `Spokesman`) right before a capitalised word.
            let (e, sector) = self.agent_at(j)?;
            let phrase = collapse(&self.text[toks[j].start..toks[e - 1].end]);
            p.role = Some((
                Attribute::text(title_case(&phrase), self.span(j, e)),
                None,
                TitleKind::Office,
                sector,
            ));
            p.from_agent = true;
            j = e;
        }
        p.end = j;
        Some(p)
    }

    fn agent_at(&self, j: usize) -> Option<(usize, &'static str)> {
        let t = self.toks.get(j)?;
        if !t.is_word() || !t.capital {
            return None;
        }
        for n in (1..=4).rev() {
            let end = j + n;
            if end > self.toks.len() || !self.toks[j..end].iter().all(Tok::is_word) {
                continue;
            }
            let key = phrase_key(self.text, &self.toks, j, end);
            if let Some(agent) = self.lex.agent(&key) {
                let code = agent.code.get(..3).unwrap_or("");
                if let Some(sector) = sector_of_code(code) {
                    return Some((end, sector));
                }
            }
        }
        None
    }

    /// `, [the] [Libyan] Commander-in-Chief of the Libyan Armed Forces` after a name.
    pub(super) fn apposition(&self, i: usize) -> Option<(usize, Prefix)> {
        if !self.toks.get(i)?.is_punct(',') {
            return None;
        }
        let p = self.prefix(i + 1)?;
        if p.rank.is_some() {
            return None;
        }
        let (_, _, kind, _) = p.role.as_ref()?;
        if *kind != TitleKind::Office {
            return None;
        }
        // The apposition must end the phrase: a comma, a full stop or a line end follows.
        let next = self.toks.get(p.end);
        let closes = next.is_none_or(|t| {
            t.is_punct(',') || t.is_punct('.') || t.is_punct(';') || t.newlines_before > 0
        });
        closes.then_some((p.end, p))
    }
}

/// The index of the token where a role's evidence span starts.
fn role_start(toks: &[Tok], span: Span) -> usize {
    toks.iter().position(|t| t.start == span.start).unwrap_or(0)
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) => f.to_uppercase().collect::<String>() + &c.as_str().to_lowercase(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::context::Ctx;
    use super::{role_start, title_case};
    use crate::titles::{Service, TitleKind};

    #[test]
    fn article_title_and_rank_before_a_name() {
        let ctx = Ctx::embedded("We met the Chief of Naval Staff Admiral Tarquin Vell there.");
        let p = ctx
            .prefix(ctx.index_of("the"))
            .unwrap_or_else(|| panic!("a prefix"));
        assert!(p.had_article);
        assert_eq!(p.start, ctx.index_of("Chief"));
        assert_eq!(p.end, ctx.index_of("Tarquin"));
        let (role, service, kind, sector) = p.role.unwrap_or_else(|| panic!("a role"));
        assert_eq!(role.value, "Chief of the Naval Staff");
        assert_eq!(
            (service, kind, sector),
            (Some(Service::Navy), TitleKind::Office, "military")
        );
        assert_eq!(
            p.rank.map(|(r, s)| (r.value, s)),
            Some(("Admiral".into(), Service::Navy))
        );
    }

    #[test]
    fn a_country_an_acronym_and_a_comma_before_the_rank() {
        let text = "Pakistan's Chief of Army Staff (COAS), Field Marshal Orrin Tazlo spoke.";
        let ctx = Ctx::embedded(text);
        let p = ctx.prefix(0).unwrap_or_else(|| panic!("a prefix"));
        assert_eq!(p.country.map(|c| c.value).as_deref(), Some("PK"));
        assert_eq!(
            p.rank.map(|(r, _)| r.value).as_deref(),
            Some("Field Marshal")
        );
        assert_eq!(p.end, ctx.index_of("Orrin"));
    }

    #[test]
    fn a_title_of_an_organisation_spans_it() {
        let text = "Commander-in-Chief of the Libyan Armed Forces Orrin Tazlo";
        let ctx = Ctx::embedded(text);
        let p = ctx.prefix(0).unwrap_or_else(|| panic!("a prefix"));
        let org = p.organisation.unwrap_or_else(|| panic!("an organisation"));
        assert_eq!(org.value, "Libyan Armed Forces");
        assert_eq!(p.country.map(|c| c.value).as_deref(), Some("LY"));
        let role = p.role.map(|r| r.0).unwrap_or_else(|| panic!("a role"));
        assert_eq!(
            &text[role.span.start..role.span.end],
            "Commander-in-Chief of the Libyan Armed Forces"
        );
        assert_eq!(role_start(&ctx.toks, role.span), 0);
    }

    #[test]
    fn a_lower_case_title_needs_an_article_or_a_country() {
        let ctx = Ctx::embedded("they met chief of army staff yesterday");
        assert!(ctx.prefix(ctx.index_of("chief")).is_none());
        let ctx = Ctx::embedded("they met the chief of army staff yesterday");
        assert!(ctx.prefix(ctx.index_of("the")).is_some());
    }

    #[test]
    fn an_apposition_is_an_office_that_closes_the_phrase() {
        let ctx =
            Ctx::embedded("Orrin Tazlo, Commander-in-Chief of the Libyan Armed Forces, arrived.");
        let (end, p) = ctx.apposition(2).unwrap_or_else(|| panic!("an apposition"));
        assert_eq!(end, ctx.index_of("arrived") - 1);
        assert_eq!(
            p.organisation.map(|o| o.value).as_deref(),
            Some("Libyan Armed Forces")
        );
        let ctx = Ctx::embedded("Orrin Tazlo, Admiral of Bree, arrived.");
        assert!(ctx.apposition(2).is_none(), "a rank is no apposition");
        let ctx = Ctx::embedded("Orrin Tazlo, the naval chief, arrived.");
        assert!(ctx.apposition(2).is_none(), "a reference is no apposition");
        let ctx = Ctx::embedded("Orrin Tazlo, Prime Minister Vell and others");
        assert!(ctx.apposition(2).is_none(), "it must close the phrase");
    }

    #[test]
    fn a_phoenix_agent_title_serves_when_the_tables_have_none() {
        let ctx = Ctx::embedded("Police Chief Orrin Tazlo of Bree spoke.");
        let p = ctx.prefix(0).unwrap_or_else(|| panic!("a prefix"));
        assert!(p.from_agent);
        assert_eq!(p.end, ctx.index_of("Orrin"));
        let (role, _, kind, sector) = p.role.unwrap_or_else(|| panic!("a role"));
        assert_eq!(
            (role.value.as_str(), kind, sector),
            ("Police Chief", TitleKind::Office, "police")
        );
        let ctx = Ctx::embedded("the police chief spoke");
        assert!(
            ctx.prefix(ctx.index_of("police")).is_none(),
            "agent titles need a capital"
        );
    }

    #[test]
    fn title_case_capitalises_each_word() {
        assert_eq!(title_case("chief WARDEN of bree"), "Chief Warden Of Bree");
        assert_eq!(title_case(""), "");
    }
}
