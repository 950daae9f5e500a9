//! The story index as bytes: [`StoryIndex::to_snapshot`] writes a tag, the clustering version
//! and the index in postcard's encoding; [`StoryIndex::from_snapshot`] reads them back and
//! checks the index before handing it out.
//!
//! Separate because the byte format is kept between runs (in the store): it changes only with
//! [`STORIES_VERSION`], whatever else moves in the crate.

use crate::index::StoryIndex;
use crate::STORIES_VERSION;

/// The first bytes of a [`StoryIndex::to_snapshot`]: a tag, then [`STORIES_VERSION`] (little
/// endian), then the index in postcard's encoding.
const SNAPSHOT_TAG: &[u8; 8] = b"DOSSTORY";

/// Why a snapshot was not read back ([`StoryIndex::from_snapshot`]) or not written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotError(String);

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "story index snapshot: {}", self.0)
    }
}

impl std::error::Error for SnapshotError {}

impl StoryIndex {
    /// The whole index as bytes, to be kept between runs so that the next run reads it back
    /// ([`StoryIndex::from_snapshot`]) instead of assigning every stored article again. The
    /// index read back is the same index: same stories, same answers to later articles.
    pub fn to_snapshot(&self) -> Result<Vec<u8>, SnapshotError> {
        let mut out = SNAPSHOT_TAG.to_vec();
        out.extend_from_slice(&STORIES_VERSION.to_le_bytes());
        postcard::to_extend(self, out).map_err(|e| SnapshotError(e.to_string()))
    }

    /// Reads back an index written by [`StoryIndex::to_snapshot`] of this version; other bytes
    /// (another program's, an older version's, truncated) are refused with the reason.
    pub fn from_snapshot(bytes: &[u8]) -> Result<StoryIndex, SnapshotError> {
        let head = SNAPSHOT_TAG.len();
        if bytes.len() < head + 4 || &bytes[..head] != SNAPSHOT_TAG {
            return Err(SnapshotError("not a story index snapshot".into()));
        }
        let mut version = [0u8; 4];
        version.copy_from_slice(&bytes[head..head + 4]);
        let version = u32::from_le_bytes(version);
        if version != STORIES_VERSION {
            return Err(SnapshotError(format!(
                "written by story clustering version {version}, this is version {STORIES_VERSION}"
            )));
        }
        let index: StoryIndex =
            postcard::from_bytes(&bytes[head + 4..]).map_err(|e| SnapshotError(e.to_string()))?;
        index.check()?;
        Ok(index)
    }

    /// Cheap consistency checks of an index read from bytes, so that a damaged snapshot whose
    /// encoding still parses cannot index out of bounds later.
    fn check(&self) -> Result<(), SnapshotError> {
        let bad = |what: &str| Err(SnapshotError(format!("inconsistent {what}")));
        let (docs, stories, keys) = (self.docs.len(), self.stories.len(), self.df.len());
        if self.by_id.len() != docs || self.by_id.values().any(|d| *d >= docs) {
            return bad("article ids");
        }
        if self.key_ids.len() != keys || self.key_ids.values().any(|k| *k as usize >= keys) {
            return bad("key ids");
        }
        if self.idf.len() > keys || self.refreshed_at > docs {
            return bad("idf table");
        }
        let key_ok = |v: &[(u32, f32)]| v.iter().all(|(k, _)| (*k as usize) < keys);
        for d in &self.docs {
            if d.story >= stories
                || d.near_duplicate_of.is_some_and(|o| o >= docs)
                || !key_ok(&d.raw)
                || !key_ok(&d.vector)
            {
                return bad("articles");
            }
        }
        for (i, st) in self.stories.iter().enumerate() {
            // A merge chain must end: each merge points to an older story.
            if st.docs.iter().any(|d| *d >= docs)
                || st.merged_into.is_some_and(|m| m >= i)
                || st.sum.keys().any(|k| *k as usize >= keys)
            {
                return bad("stories");
            }
        }
        if self.postings.values().flatten().any(|s| *s >= stories)
            || self.bands.values().flatten().any(|d| *d >= docs)
        {
            return bad("postings");
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{StoryFeatures, StoryParams};

    fn shire() -> StoryIndex {
        let texts = [
            (
                "s1",
                "The mayor of Michel Delving opened the Free Fair with a speech on pipe-weed.",
            ),
            (
                "s2",
                "At the Free Fair of Michel Delving the mayor praised the pipe-weed harvest.",
            ),
            (
                "s3",
                "Bucklanders ferried ponies across the Brandywine before the floods.",
            ),
        ];
        StoryIndex::from_features(texts.iter().map(|(id, text)| {
            StoryFeatures::from_parts(*id, text, None, vec!["o:shire".into()], vec![])
        }))
    }

    #[test]
    fn a_snapshot_starts_with_the_tag_and_version() {
        let bytes = StoryIndex::new().to_snapshot().expect("snapshot");
        assert_eq!(&bytes[..8], b"DOSSTORY");
        assert_eq!(bytes[8..12], STORIES_VERSION.to_le_bytes());
        // An empty index: the default thresholds, then empty tables (the format is pinned).
        assert_eq!(
            bytes[12..].to_vec(),
            vec![
                41, 92, 143, 62, 51, 51, 179, 62, 0, 0, 0, 64, 0, 0, 192, 63, 0, 0, 0, 63, 20, 120,
                8, 154, 153, 153, 62, 143, 194, 117, 61, 0, 0, 0, 63, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0
            ]
        );
    }

    #[test]
    fn an_index_reads_back_as_the_same_index() {
        let mut index = shire();
        index.record("s1", "story:s1");
        let bytes = index.to_snapshot().expect("snapshot");
        let back = StoryIndex::from_snapshot(&bytes).expect("read back");
        assert_eq!(back.stories(), index.stories());
        assert_eq!(back.changed_memberships(), index.changed_memberships());
        // Written again, the hash maps may come out in another order, but the bytes are as
        // many and read back as the same index.
        let again = back.to_snapshot().expect("snapshot");
        assert_eq!(again.len(), bytes.len());
        let twice = StoryIndex::from_snapshot(&again).expect("read back");
        assert_eq!(twice.stories(), index.stories());
        assert_eq!(twice.by_id, index.by_id);
        assert_eq!(twice.postings, index.postings);
        let empty = StoryIndex::with_params(StoryParams {
            join: 0.9,
            ..StoryParams::default()
        });
        let back =
            StoryIndex::from_snapshot(&empty.to_snapshot().expect("snapshot")).expect("read back");
        assert_eq!(back.params.join, 0.9);
        assert!(back.is_empty());
    }

    #[test]
    fn refusals_say_why() {
        let err = StoryIndex::from_snapshot(b"DOSSTOR").expect_err("short");
        assert_eq!(
            err.to_string(),
            "story index snapshot: not a story index snapshot"
        );
        let mut newer = StoryIndex::new().to_snapshot().expect("snapshot");
        newer[8..12].copy_from_slice(&(STORIES_VERSION + 1).to_le_bytes());
        let err = StoryIndex::from_snapshot(&newer).expect_err("newer");
        assert_eq!(
            err.to_string(),
            format!(
                "story index snapshot: written by story clustering version {}, this is version {STORIES_VERSION}",
                STORIES_VERSION + 1
            )
        );
    }

    #[test]
    fn an_inconsistent_index_is_refused() {
        let damage: [fn(&mut StoryIndex); 5] = [
            |i| i.docs[0].story = 99,
            |i| {
                i.by_id.insert("ghost".into(), 7);
            },
            |i| i.stories[0].merged_into = Some(0),
            |i| i.refreshed_at = 40,
            |i| i.postings.entry(0).or_default().push(12),
        ];
        let expected = [
            "articles",
            "article ids",
            "stories",
            "idf table",
            "postings",
        ];
        for (hurt, what) in damage.iter().zip(expected) {
            let mut index = shire();
            hurt(&mut index);
            let bytes = index.to_snapshot().expect("snapshot");
            let err = StoryIndex::from_snapshot(&bytes).expect_err(what);
            assert_eq!(
                err.to_string(),
                format!("story index snapshot: inconsistent {what}")
            );
        }
    }
}
