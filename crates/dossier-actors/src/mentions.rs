//! Person and organisation mentions with their ranks, titles, organisations, countries and
//! sectors, each attribute with its evidence span.
//!
//! The records are in `records`; the person finder (`person`) builds on the prefixes and
//! appositions around names (`prefix`), adds later bare uses of names (`bare_names`) and
//! attributes from the dictionaries and the document (`inferred_attributes`); the
//! organisation finder is `organisations`. Both read one token context (`context`).

mod bare_names;
mod context;
mod head_words;
mod inferred_attributes;
mod organisations;
mod person;
mod prefix;
mod records;

pub use organisations::{find_org_mentions, find_org_mentions_with};
pub use person::{find_person_mentions, find_person_mentions_with};
pub use records::{AttrSource, Attribute, OrgMention, PersonMention};
