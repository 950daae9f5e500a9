//! Person and organisation mentions with their ranks, titles, organisations, countries and
//! sectors, each attribute with its evidence span.

use crate::codes::{decode_cameo, sector_of_code};
use crate::lexicon::{ActorKind, ActorLexicon};
use crate::scan::{
    collapse, dictionary_actor, headline_lines, longest, match_country, match_name, match_rank,
    match_title, match_words, name_text, phrase_key, tables, tokenize, Tok, TokKind,
};
use crate::titles::{Service, TitleKind};
use dossier_model::{PartialDate, Span};
use serde::{Deserialize, Serialize};

/// Where an attribute of a mention comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttrSource {
    /// Stated next to the mention (title, apposition, possessive).
    Text,
    /// Inferred from elsewhere in the document (the country of `Pakistan Navy` for a naval
    /// title stated without a country).
    Context,
    /// From the Phoenix actor dictionaries, valid at the document's date.
    Dictionary,
}

/// A value with the span of text that supports it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    pub value: String,
    pub span: Span,
    pub source: AttrSource,
}

impl Attribute {
    fn text(value: impl Into<String>, span: Span) -> Self {
        Attribute {
            value: value.into(),
            span,
            source: AttrSource::Text,
        }
    }
}

/// One mention of a person, or a role-only reference to one (`the naval chief`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PersonMention {
    /// The whole mention: titles, name and apposition.
    pub span: Span,
    /// The name only; `None` for a role-only reference.
    pub name_span: Option<Span>,
    /// The name with whitespace collapsed (`Syed Asim Munir`).
    pub name: Option<String>,
    /// Normalised rank: `Lieutenant General`.
    pub rank: Option<Attribute>,
    /// Normalised title or office: `Chief of the Naval Staff`, `Prime Minister`.
    pub role: Option<Attribute>,
    /// The organisation the role is of, as written: `Libyan Armed Forces`.
    pub organisation: Option<Attribute>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<Attribute>,
    /// `military`, `government`, `legislature`, ...
    pub sector: Option<Attribute>,
    /// The armed service of the rank or role.
    pub service: Option<Service>,
    /// CAMEO code from the actor dictionary, when the name is in it.
    pub actor_code: Option<String>,
}

impl PersonMention {
    /// True for a role-only reference without a name.
    pub fn is_reference(&self) -> bool {
        self.name.is_none()
    }

    /// The role with its organisation: `Commander-in-Chief of the Libyan Armed Forces`.
    pub fn full_role(&self) -> Option<String> {
        let role = self.role.as_ref()?;
        Some(match &self.organisation {
            Some(org) if !role.value.contains(" of ") => {
                format!("{} of the {}", role.value, org.value)
            }
            _ => role.value.clone(),
        })
    }
}

/// One mention of an organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrgMention {
    pub span: Span,
    /// As written, whitespace collapsed: `Pakistan Navy`, `Inter-Services Public Relations`.
    pub name: String,
    /// A canonical name when a table knows the organisation.
    pub canonical: Option<String>,
    /// The acronym given with it or used for it: `ISPR`.
    pub acronym: Option<String>,
    /// Other forms stated with the mention (a social-media handle).
    pub aliases: Vec<String>,
    pub country: Option<Attribute>,
    pub sector: Option<String>,
    pub service: Option<Service>,
    pub actor_code: Option<String>,
}

/// What precedes a name: `Pakistan's Chief of Army Staff (COAS), Field Marshal`.
#[derive(Debug, Clone, Default)]
struct Prefix {
    start: usize,
    end: usize,
    rank: Option<(Attribute, Service)>,
    role: Option<(Attribute, Option<Service>, TitleKind, &'static str)>,
    organisation: Option<Attribute>,
    country: Option<Attribute>,
    had_article: bool,
    /// The title came from the Phoenix agent words, not the hand table: it only counts before
    /// a name.
    from_agent: bool,
}

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    lex: &'a ActorLexicon,
}

impl Ctx<'_> {
    fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    fn country_at(&self, i: usize) -> Option<(usize, Attribute)> {
        let (end, iso) = match_country(self.lex, self.text, &self.toks, i)?;
        let mut e = end;
        if self
            .toks
            .get(e)
            .is_some_and(|t| t.kind == TokKind::Possessive)
        {
            e += 1;
        }
        Some((e, Attribute::text(iso, self.span(i, end))))
    }

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
    fn prefix(&self, i: usize) -> Option<Prefix> {
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
    fn apposition(&self, i: usize) -> Option<(usize, Prefix)> {
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

fn build_mention(ctx: &Ctx, p: &Prefix, name: Option<(usize, Vec<usize>)>) -> PersonMention {
    let (name_span, name_str, mut end) = match &name {
        Some((end, words)) => {
            let first = words[0];
            let last = *words.last().unwrap_or(&first);
            (
                Some(ctx.span(first, last + 1)),
                Some(name_text(ctx.text, &ctx.toks, words)),
                *end,
            )
        }
        None => (None, None, p.end),
    };
    let mut rank = p.rank.as_ref().map(|r| r.0.clone());
    let mut service = p.rank.as_ref().map(|r| r.1);
    let mut role = p.role.as_ref().map(|r| r.0.clone());
    let mut sector = p
        .role
        .as_ref()
        .map(|r| Attribute::text(r.3, r.0.span))
        .or_else(|| rank.as_ref().map(|r| Attribute::text("military", r.span)));
    if let Some((_, Some(s), _, _)) = &p.role {
        if service.is_none() || *s != Service::Joint {
            service = Some(*s);
        }
    }
    let mut organisation = p.organisation.clone();
    let mut country = p.country.clone();
    if name.is_some() {
        if let Some((e, app)) = ctx.apposition(end) {
            if role.is_none() {
                if let Some((attr, s, _, sec)) = &app.role {
                    role = Some(attr.clone());
                    sector = Some(Attribute::text(*sec, attr.span));
                    if service.is_none() || *s != Some(Service::Joint) {
                        service = s.or(service);
                    }
                }
                organisation = organisation.or(app.organisation.clone());
                country = country.or(app.country.clone());
                end = e;
            }
        }
    }
    if rank.is_some() && sector.is_none() {
        sector = rank.as_ref().map(|r| Attribute::text("military", r.span));
    }
    if let Some(r) = &mut rank {
        if r.value.is_empty() {
            rank = None;
        }
    }
    PersonMention {
        span: ctx.span(p.start, end),
        name_span,
        name: name_str,
        rank,
        role,
        organisation,
        country,
        sector,
        service,
        actor_code: None,
    }
}

/// Fills country, sector and code from the Phoenix dictionary where the text gives none.
fn dictionary_fill(lex: &ActorLexicon, m: &mut PersonMention, doc_date: Option<PartialDate>) {
    let (Some(name), Some(name_span)) = (&m.name, m.name_span) else {
        return;
    };
    if name.split(' ').count() < 2 && m.role.is_none() {
        return;
    }
    let mut keys = vec![name.to_lowercase()];
    if let Some(role) = &m.role {
        keys.push(format!(
            "{} {}",
            role.value.to_lowercase(),
            name.to_lowercase()
        ));
    }
    let Some(actor) = keys
        .iter()
        .filter(|k| k.contains(' '))
        .find_map(|k| dictionary_actor(lex, k, ActorKind::Person))
    else {
        return;
    };
    let Some(code) = actor.code_at(doc_date) else {
        return;
    };
    let decoded = decode_cameo(code);
    m.actor_code = Some(code.to_string());
    let dict = |v: &str| Attribute {
        value: v.to_string(),
        span: name_span,
        source: AttrSource::Dictionary,
    };
    if m.country.is_none() {
        m.country = decoded.country.map(dict);
    }
    if m.sector.is_none() {
        m.sector = decoded.sectors.first().map(|s| dict(s));
    }
}

/// Person mentions in `text`: names after ranks and titles, the titles' appositions, role-only
/// references, and later bare uses of names already seen (and of names in the Phoenix
/// dictionaries). `doc_date` selects dictionary codes valid at that date.
pub fn find_person_mentions(text: &str, doc_date: Option<PartialDate>) -> Vec<PersonMention> {
    find_person_mentions_with(ActorLexicon::embedded(), text, doc_date, &[])
}

/// Like [`find_person_mentions`], with extra person-name spans (from a statistical NER) whose
/// titles and appositions are read from the text around them. Spans that overlap a mention the
/// rules found are merged into it.
pub fn find_person_mentions_with(
    lex: &ActorLexicon,
    text: &str,
    doc_date: Option<PartialDate>,
    name_spans: &[Span],
) -> Vec<PersonMention> {
    let ctx = Ctx {
        text,
        toks: tokenize(text),
        lex,
    };
    let headline = headline_lines(&ctx.toks);
    let mut out: Vec<PersonMention> = Vec::new();
    let mut covered = vec![false; ctx.toks.len()];
    let mut i = 0;
    while i < ctx.toks.len() {
        let Some(p) = ctx.prefix(i) else {
            i += 1;
            continue;
        };
        let titled = p.rank.is_some() || p.role.is_some();
        let name = if titled && !headline[i] {
            match_name(lex, text, &ctx.toks, p.end, true)
        } else {
            None
        };
        if name.is_none() {
            if let Some(m) = role_only(&ctx, &p) {
                mark(&mut covered, &ctx.toks, m.span);
                out.push(m);
                i = p.end.max(i + 1);
                continue;
            }
            i += 1;
            continue;
        }
        let m = build_mention(&ctx, &p, name);
        mark(&mut covered, &ctx.toks, m.span);
        let end_tok = ctx
            .toks
            .iter()
            .position(|t| t.start >= m.span.end)
            .unwrap_or(ctx.toks.len());
        out.push(m);
        i = end_tok.max(i + 1);
    }
    // Spans handed in by a NER: titles ending right before them.
    for span in name_spans {
        if out
            .iter()
            .any(|m| m.name_span.is_some_and(|n| n.overlaps(span)))
        {
            continue;
        }
        if let Some(m) = mention_for_span(&ctx, *span) {
            mark(&mut covered, &ctx.toks, m.span);
            out.push(m);
        }
    }
    bare_names(&ctx, &mut out, &covered);
    out.sort_by_key(|m| (m.span.start, m.span.end));
    for m in &mut out {
        dictionary_fill(lex, m, doc_date);
    }
    let orgs = find_org_mentions_with(lex, text);
    infer_country_from_context(&mut out, &orgs);
    out
}

fn mark(covered: &mut [bool], toks: &[Tok], span: Span) {
    for (c, t) in covered.iter_mut().zip(toks) {
        if t.start >= span.start && t.end <= span.end {
            *c = true;
        }
    }
}

/// A role-only reference: `the naval chief`, `the Libyan military leader`, `Libyan Military
/// Chief`; not a facility (`the Prime Minister's House`).
fn role_only(ctx: &Ctx, p: &Prefix) -> Option<PersonMention> {
    let (_, _, kind, _) = p.role.as_ref()?;
    if p.rank.is_some() || p.from_agent {
        return None;
    }
    let introduced = p.had_article || p.country.is_some();
    if !(introduced || *kind == TitleKind::Reference) {
        return None;
    }
    if let Some(t) = ctx.toks.get(p.end) {
        let facility = t.kind == TokKind::Possessive
            && ctx
                .toks
                .get(p.end + 1)
                .is_some_and(|n| n.capital && n.is_word());
        // A plural or a following noun makes it something else (`chief ministers`).
        let continues = t.is_word() && !t.capital && t.lower.ends_with('s') && !t.space_before;
        if facility || continues {
            return None;
        }
    }
    if *kind == TitleKind::Office && !p.had_article {
        // `Pakistani Prime Minister` without a name is usually an attributive use.
        return None;
    }
    Some(build_mention(ctx, p, None))
}

/// A mention for a name span given from outside, with the longest prefix ending at it.
fn mention_for_span(ctx: &Ctx, span: Span) -> Option<PersonMention> {
    let first = ctx.toks.iter().position(|t| t.start >= span.start)?;
    let words: Vec<usize> = (first..ctx.toks.len())
        .take_while(|&k| ctx.toks[k].end <= span.end)
        .filter(|&k| ctx.toks[k].is_word())
        .collect();
    let &last = words.last()?;
    let mut best: Option<Prefix> = None;
    for s in first.saturating_sub(16)..first {
        if let Some(p) = ctx.prefix(s) {
            let comma_before = p.end + 1 == first && ctx.toks[p.end].is_punct(',');
            if (p.end == first || comma_before) && best.is_none() {
                best = Some(p);
            }
        }
    }
    let p = best.unwrap_or(Prefix {
        start: first,
        end: first,
        ..Prefix::default()
    });
    Some(build_mention(ctx, &p, Some((last + 1, words))))
}

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
fn bare_names(ctx: &Ctx, out: &mut Vec<PersonMention>, covered: &[bool]) {
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

/// A service title stated without a country takes the country of the document's organisation
/// of that service (`Chief of the Naval Staff` + `Pakistan Navy` -> PK), nearest first.
fn infer_country_from_context(mentions: &mut [PersonMention], orgs: &[OrgMention]) {
    for m in mentions.iter_mut() {
        if m.country.is_some() {
            continue;
        }
        // Only a title naming one service (not a rank, which every country's forces share).
        let Some(role) = &m.role else {
            continue;
        };
        let Some(service) = crate::titles::TITLES
            .iter()
            .find(|d| d.normalised == role.value)
            .and_then(|d| d.service)
        else {
            continue;
        };
        if service == Service::Joint {
            continue;
        }
        let best = orgs
            .iter()
            .filter(|o| o.service == Some(service) && o.country.is_some())
            .min_by_key(|o| o.span.start.abs_diff(m.span.start));
        if let Some(org) = best {
            if let Some(c) = &org.country {
                m.country = Some(Attribute {
                    value: c.value.clone(),
                    span: org.span,
                    source: AttrSource::Context,
                });
            }
        }
    }
}

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

/// Nouns that make a preceding organisation noun part of a person's title.
const ROLE_HEADS: &[&str] = &[
    "chief",
    "chiefs",
    "leader",
    "leaders",
    "commander",
    "commanders",
    "head",
    "official",
    "officials",
    "spokesman",
    "spokesperson",
    "officer",
    "officers",
    "ruler",
    "strongman",
];

/// Organisation heads that name a unit of another organisation.
const ORG_HEADS: &[&str] = &[
    "directorate",
    "ministry",
    "department",
    "office",
    "division",
    "command",
    "wing",
    "bureau",
    "agency",
    "headquarters",
    "secretariat",
    "branch",
    "directorate-general",
];

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
