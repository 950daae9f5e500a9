//! The coder's unit of work: a trigger (verb phrase or event noun) in a sentence with its CAMEO
//! code, PLOVER coding, voice and status. Separate because every coding step (verb lookup,
//! event nouns, composition, participant choice) reads or rewrites hits.

use crate::verbs::PloverCoding;
use dossier_model::EventStatus;

/// A verb (or noun) that expresses an event, with its code.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Word range of the trigger (verb phrase, noun phrase).
    pub first: usize,
    pub last: usize,
    /// Words the matched pattern used (they are not participants' words).
    pub pattern_words: Vec<usize>,
    pub cameo: String,
    pub coding: Option<PloverCoding>,
    /// `ceremony` for occurrences PLOVER does not code.
    pub kind: Option<&'static str>,
    pub passive: bool,
    /// The code came from the dictionary's explicit passive code (written from the subject's
    /// point of view).
    pub passive_code: bool,
    pub nominal: bool,
    pub status: EventStatus,
    /// A reporting verb (said, detailed): not an event, but a claim marker.
    pub reporting: bool,
    /// Words of a governed verb folded into this hit (agreed *to cooperate*).
    pub complement: Option<(usize, usize)>,
    /// Inside the `that`- or `to`-clause of an earlier coded verb ("demanded that the US
    /// *cancel*"): the governing verb is the sentence's main event.
    pub subordinate: bool,
}
