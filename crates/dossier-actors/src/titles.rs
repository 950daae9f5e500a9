//! Hand-written tables of military ranks, civilian titles and defence roles.
//!
//! Each entry lists its surface forms (full words and the abbreviations news copy uses), the
//! normalised form dossier reports, the service it belongs to and its sector. Forms are written
//! in lower case with single spaces; matching ignores case, full stops after abbreviations and
//! the hyphens of `Commander-in-Chief` / `Lieutenant-General`.
//!
//! Sources of the forms: the rank structures of the Pakistan Army, Navy and Air Force, the
//! British/Commonwealth and US services (NATO OF-1 to OF-10), and the office titles used in
//! English-language South Asian and Middle Eastern news.
//!
//! The tables live in one module each (`ranks`, `offices`, `organisations`, `name_words`),
//! with the service and sector labels they share in `service`; every item is re-exported
//! here, where the rest of the crate and other crates name it.

mod name_words;
mod offices;
mod organisations;
mod ranks;
mod service;

pub use name_words::{HONORIFICS, NAME_PARTICLES};
pub use offices::{TitleDef, TitleKind, PORTFOLIOS, TITLES};
pub use organisations::{NamedOrgDef, OrgNounDef, NAMED_ORGS, ORG_NOUNS};
pub use ranks::{RankDef, RANKS};
pub use service::Service;
