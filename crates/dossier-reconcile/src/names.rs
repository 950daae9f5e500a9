//! Name normalisation for cross-document entity resolution. The rules live in
//! [`dossier_text::names`] so that same-document linking (dossier-actors) and this crate read
//! names and ranks alike; they are re-exported here under the paths `events` and
//! dossier-stories still name.

pub use dossier_text::names::{
    bare_person_name, is_latin, name_key, normalise_rank, ranks_compatible, slug,
};
/// The folded words of a text ([`dossier_text::token::folded_words`]).
pub use dossier_text::token::folded_words as tokens;
