//! The person finder: names after ranks and titles, their appositions, role-only references
//! (`the naval chief`) and name spans handed in by a NER, built into [`PersonMention`]s; later
//! bare uses of the names and attributes from outside the text are added by the modules for
//! those.

use super::bare_names::bare_names;
use super::context::Ctx;
use super::inferred_attributes::{dictionary_fill, infer_country_from_context};
use super::organisations::find_org_mentions_with;
use super::prefix::Prefix;
use super::records::{Attribute, PersonMention};
use crate::lexicon::ActorLexicon;
use crate::scan::{headline_lines, match_name, name_text, tokenize, Tok, TokKind};
use crate::titles::{Service, TitleKind};
use dossier_model::{PartialDate, Span};

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

#[cfg(test)]
mod tests {
    use super::{find_person_mentions, find_person_mentions_with, mark};
    use crate::lexicon::ActorLexicon;
    use crate::scan::tokenize;
    use dossier_model::Span;

    #[test]
    fn role_only_references_need_an_article_or_a_reference_word() {
        let found = find_person_mentions("At dawn the naval chief inspected the harbour.", None);
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(found[0].is_reference());
        assert_eq!(
            found[0].role.as_ref().map(|r| r.value.as_str()),
            Some("Naval Chief")
        );
        for text in [
            "Guards stood at the Prime Minister's House in Bree.",
            "The chief ministers of the north met.",
            "A Pakistani Prime Minister visited.",
        ] {
            let found = find_person_mentions(text, None);
            assert!(found.is_empty(), "{text}: {found:#?}");
        }
    }

    #[test]
    fn an_apposition_gives_a_ranked_name_its_role() {
        let text = "Admiral Tarquin Vell, Chief of the Naval Staff, sailed.";
        let found = find_person_mentions(text, None);
        let m = found.first().unwrap_or_else(|| panic!("a mention"));
        assert_eq!(m.name.as_deref(), Some("Tarquin Vell"));
        assert_eq!(m.rank.as_ref().map(|r| r.value.as_str()), Some("Admiral"));
        assert_eq!(
            m.role.as_ref().map(|r| r.value.as_str()),
            Some("Chief of the Naval Staff")
        );
        assert_eq!(
            &text[m.span.start..m.span.end],
            "Admiral Tarquin Vell, Chief of the Naval Staff"
        );
    }

    #[test]
    fn name_spans_from_outside_become_mentions_once() {
        let text = "Yesterday Elowen Marsh rode in; Admiral Tarquin Vell waited.";
        let lex = ActorLexicon::embedded();
        let at = |name: &str| {
            let start = text.find(name).unwrap_or_else(|| panic!("{name}"));
            Span::new(start, start + name.len())
        };
        let (marsh, vell) = (at("Elowen Marsh"), at("Tarquin Vell"));
        assert_eq!(&text[marsh.start..marsh.end], "Elowen Marsh");
        assert_eq!(&text[vell.start..vell.end], "Tarquin Vell");
        let found = find_person_mentions_with(lex, text, None, &[marsh, vell]);
        let names: Vec<_> = found.iter().filter_map(|m| m.name.as_deref()).collect();
        assert_eq!(names, ["Elowen Marsh", "Tarquin Vell"]);
        assert!(found[0].rank.is_none() && found[0].role.is_none());
        assert_eq!(found[0].span, marsh);
    }

    #[test]
    fn marking_covers_the_tokens_inside_a_span() {
        let toks = tokenize("Envoy Marrow Quill of Bree");
        let mut covered = vec![false; toks.len()];
        mark(&mut covered, &toks, Span::new(6, 18));
        assert_eq!(covered, [false, true, true, false, false]);
    }
}
