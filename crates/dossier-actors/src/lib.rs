//! People and organisations in news text with their titles, ranks, roles and affiliations, and
//! the linking of one entity's mentions within a document.
//!
//! - [`find_person_mentions`]: names after ranks and titles (`Chief of Naval Staff Admiral Naveed
//!   Ashraf`, `Pakistan's Chief of Army Staff (COAS), Field Marshal Syed Asim Munir`), their
//!   appositions (`..., Commander-in-Chief of the Libyan Armed Forces`), role-only references
//!   (`the naval chief`) and later bare uses of the names, each attribute with its evidence span.
//!   [`find_person_mentions_with`] also takes person-name spans from a statistical NER.
//! - [`find_org_mentions`]: organisations with their country (`Pakistan Navy`,
//!   `Inter-Services Public Relations (ISPR)`).
//! - [`link_mentions`]: the mentions of one person in one document as one [`EntityCluster`].
//! - [`ActorLexicon`]: the Phoenix (PETRARCH2) agents and actors, built by [`build`] and embedded
//!   as `data/actors.bin`; it supplies country names and demonyms, title sectors, and a
//!   person's country and sector at the document's date when the text gives none.
//! - [`titles`]: the hand-written tables of ranks, titles, defence roles and organisations.

pub mod codes;
pub mod lexicon;
mod link;
mod mentions;
mod scan;
pub mod titles;

pub use lexicon::{build, Actor, ActorKind, ActorLexicon, Agent, DatedCode, LexiconError};
pub use link::{link_mentions, EntityCluster};
pub use mentions::{
    find_org_mentions, find_org_mentions_with, find_person_mentions, find_person_mentions_with,
    AttrSource, Attribute, OrgMention, PersonMention,
};
pub use titles::Service;
