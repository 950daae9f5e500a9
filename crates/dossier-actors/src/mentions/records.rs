//! The records the mention finders return: person and organisation mentions and their
//! attributes, each attribute with the span of text that supports it and where it came from.
//! Kept apart from the finders so that every finder module shares them without depending on
//! another finder.

use crate::titles::Service;
use dossier_model::Span;
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
    pub(super) fn text(value: impl Into<String>, span: Span) -> Self {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(role: Option<&str>, organisation: Option<&str>) -> PersonMention {
        let span = Span::new(0, 4);
        PersonMention {
            span,
            name_span: None,
            name: None,
            rank: None,
            role: role.map(|r| Attribute::text(r, span)),
            organisation: organisation.map(|o| Attribute::text(o, span)),
            country: None,
            sector: None,
            service: None,
            actor_code: None,
        }
    }

    #[test]
    fn the_full_role_adds_the_organisation_unless_the_role_names_one() {
        let m = mention(Some("Marshal"), Some("Riders of the Mark"));
        assert_eq!(
            m.full_role().as_deref(),
            Some("Marshal of the Riders of the Mark")
        );
        let m = mention(Some("Steward of Gondor"), Some("Citadel Guard"));
        assert_eq!(m.full_role().as_deref(), Some("Steward of Gondor"));
        assert_eq!(mention(None, Some("Citadel Guard")).full_role(), None);
    }

    #[test]
    fn a_mention_without_a_name_is_a_reference() {
        let mut m = mention(Some("Naval Chief"), None);
        assert!(m.is_reference());
        m.name = Some("Cirion Vane".into());
        assert!(!m.is_reference());
        assert_eq!(Attribute::text("x", m.span).source, AttrSource::Text);
    }
}
