//! End-to-end behaviour of the story clustering through its public API, on a small made-up
//! world: stories kept apart in any arrival order, snapshots read back as the same index,
//! reprints, merges on arrival, and the read-time consolidation and split.
//!
//! Separate from the modules' own tests because each of these runs the whole index.

use crate::{StoryFeatures, StoryIndex, StoryParams, STORIES_VERSION};
use chrono::NaiveDate;

fn day(d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(3019, 3, d)
}

fn article(id: &str, text: &str, d: u32, ents: &[&str], places: &[&str]) -> StoryFeatures {
    StoryFeatures::from_parts(
        id,
        text,
        day(d),
        ents.iter().map(|s| s.to_string()).collect(),
        places.iter().map(|s| s.to_string()).collect(),
    )
}

fn world() -> Vec<StoryFeatures> {
    vec![
        article("a1", "King Elessar of Gondor received the envoy of Arnor at Minas Tirith to discuss the rebuilding of the northern road and the garrison at Fornost.", 3, &["p:elessar", "o:gondor council"], &["l:minas tirith", "l:fornost"]),
        article("b1", "Riders of Rohan fought orc raiders near the Fords of Isen; Marshal Erkenbrand said twelve raiders were captured after a night battle.", 4, &["p:erkenbrand", "o:riders of rohan"], &["l:fords of isen"]),
        article("a2", "The envoy of Arnor met King Elessar in Minas Tirith; the two agreed to rebuild the northern road to Fornost and share the garrison costs.", 4, &["p:elessar", "o:arnor envoy"], &["l:minas tirith", "l:fornost"]),
        article("b2", "Marshal Erkenbrand reported a night battle at the Fords of Isen in which orc raiders were beaten back and captured by the riders.", 5, &["p:erkenbrand"], &["l:fords of isen"]),
    ]
}

fn partition(index: &StoryIndex) -> Vec<Vec<String>> {
    let mut p: Vec<Vec<String>> = index
        .stories()
        .into_iter()
        .map(|s| {
            let mut d = s.doc_ids;
            d.sort();
            d
        })
        .collect();
    p.sort();
    p
}

#[test]
fn two_stories_stay_apart_in_any_order() {
    let expected = vec![
        vec!["a1".to_string(), "a2".to_string()],
        vec!["b1".to_string(), "b2".to_string()],
    ];
    let docs = world();
    let orders: [[usize; 4]; 3] = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 3, 0, 2]];
    for order in orders {
        let index = StoryIndex::from_features(order.iter().map(|i| docs[*i].clone()));
        assert_eq!(partition(&index), expected, "order {order:?}");
    }
}

#[test]
fn a_snapshot_reads_back_as_the_same_index() {
    let docs = world();
    let mut index = StoryIndex::from_features(docs[..3].iter().cloned());
    index.record("a1", "story:a1");
    let bytes = index.to_snapshot().expect("snapshot");
    let mut back = StoryIndex::from_snapshot(&bytes).expect("read back");
    assert_eq!(back.doc_ids().collect::<Vec<_>>(), vec!["a1", "b1", "a2"]);
    assert_eq!(back.stories(), index.stories());
    assert_eq!(back.changed_memberships(), index.changed_memberships());
    // The next article gets the same answer from both, and the stories stay equal.
    assert_eq!(back.assign(docs[3].clone()), index.assign(docs[3].clone()));
    assert_eq!(back.stories(), index.stories());
    assert_eq!(back.to_snapshot(), index.to_snapshot());
}

#[test]
fn damaged_or_foreign_snapshots_are_refused() {
    let index = StoryIndex::from_features(world());
    let bytes = index.to_snapshot().expect("snapshot");
    assert!(StoryIndex::from_snapshot(b"").is_err());
    assert!(StoryIndex::from_snapshot(b"SQLite format 3\0 and more").is_err());
    let mut older = bytes.clone();
    older[8..12].copy_from_slice(&(STORIES_VERSION - 1).to_le_bytes());
    let err = StoryIndex::from_snapshot(&older).expect_err("older version");
    assert!(err.to_string().contains("version"), "{err}");
    for cut in [13, bytes.len() / 2, bytes.len() - 1] {
        assert!(
            StoryIndex::from_snapshot(&bytes[..cut]).is_err(),
            "cut at {cut}"
        );
    }
    // Bytes flipped anywhere: refused, or read back as an index that passes the checks.
    for at in (12..bytes.len()).step_by(7) {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x5a;
        if let Ok(back) = StoryIndex::from_snapshot(&flipped) {
            let _ = back.stories();
        }
    }
}

/// Two floods of the Anduin in two years: the same words, other places, tolls and years.
fn two_floods() -> Vec<StoryFeatures> {
    let first = [
        "The Anduin flooded Osgiliath in 3019; 41 people drowned and the bridge of Osgiliath was swept away, the flood wardens said.",
        "Flood in Osgiliath: the Anduin broke its banks, 41 dead, the bridge lost, 3019 the worst flood year, wardens said.",
        "Wardens counted 41 drowned after the Anduin flood at Osgiliath; rebuilding the bridge will take until 3020.",
        "The Osgiliath flood of 3019 left 41 dead; the Anduin carried away the bridge and the wardens asked for boats.",
    ];
    let second = [
        "The Anduin flooded Pelargir in 3021; 7 people drowned and the harbour of Pelargir was closed, the flood wardens said.",
        "Flood in Pelargir: the Anduin broke its banks, 7 dead, the harbour shut, 3021 a wet spring, wardens said.",
        "Wardens counted 7 drowned after the Anduin flood at Pelargir; reopening the harbour will take until 3022.",
        "The Pelargir flood of 3021 left 7 dead; the Anduin filled the harbour and the wardens asked for boats.",
    ];
    let mut out = Vec::new();
    for (i, text) in first.iter().enumerate() {
        out.push(article(
            &format!("o{i}"),
            text,
            5,
            &["o:flood wardens"],
            &["l:osgiliath", "l:anduin"],
        ));
    }
    for (i, text) in second.iter().enumerate() {
        out.push(article(
            &format!("p{i}"),
            text,
            6,
            &["o:flood wardens"],
            &["l:pelargir", "l:anduin"],
        ));
    }
    out
}

#[test]
fn two_occurrences_of_one_kind_of_event_are_read_as_two_stories() {
    let docs = two_floods();
    let expected = vec![vec!["o0", "o1", "o2", "o3"], vec!["p0", "p1", "p2", "p3"]];
    // Joined on arrival (a low join threshold), then read as two.
    let params = StoryParams {
        join: 0.01,
        merge: 0.01,
        split_min_part: 3,
        ..StoryParams::default()
    };
    let orders: [[usize; 8]; 2] = [[0, 4, 1, 5, 2, 6, 3, 7], [7, 6, 5, 4, 3, 2, 1, 0]];
    for order in orders {
        let mut index = StoryIndex::with_params(params);
        for i in order {
            index.assign(docs[i].clone());
        }
        assert_eq!(partition(&index), expected, "order {order:?}");
        // Without the split they are one story.
        let mut joined = StoryIndex::with_params(StoryParams {
            split_ratio: 0.0,
            ..params
        });
        for i in order {
            joined.assign(docs[i].clone());
        }
        assert_eq!(joined.stories().len(), 1);
        // The part with the story's opening article keeps its id; the other is named after
        // its first article.
        let first = docs[order[0]].doc_id.clone();
        let ids: Vec<String> = index.stories().into_iter().map(|s| s.id).collect();
        assert!(ids.contains(&format!("story:{first}")), "{ids:?}");
        assert_eq!(index.story_of(&first), Some(format!("story:{first}")));
    }
}

#[test]
fn a_reprint_is_a_near_duplicate() {
    let mut index = StoryIndex::new();
    let text = "The council of Gondor announced today that the northern road to Fornost will be rebuilt by the spring, with the garrison paid from both treasuries, the steward's office said in a statement.";
    index.assign(article(
        "p1",
        text,
        3,
        &["o:council of gondor"],
        &["l:fornost"],
    ));
    let reprint = format!("{text} Reporting by the Pelargir Herald.");
    let a = index.assign(article(
        "p2",
        &reprint,
        3,
        &["o:council of gondor"],
        &["l:fornost"],
    ));
    assert_eq!(a.near_duplicate_of.as_deref(), Some("p1"));
    assert_eq!(a.story, "story:p1");
}

#[test]
fn a_bridging_article_merges_two_stories() {
    let params = StoryParams {
        join: 0.2,
        merge: 0.2,
        ..StoryParams::default()
    };
    let mut index = StoryIndex::with_params(params);
    index.assign(article(
        "x1",
        "Elessar rebuilt the road to Fornost.",
        3,
        &["p:elessar"],
        &["l:fornost"],
    ));
    index.assign(article(
        "y1",
        "Arnor's garrison at Annuminas was paid.",
        3,
        &["o:arnor garrison"],
        &["l:annuminas"],
    ));
    assert_eq!(index.stories().len(), 2);
    let bridge = index.assign(article(
        "z1",
        "Elessar rebuilt the road to Fornost and paid Arnor's garrison at Annuminas.",
        3,
        &["p:elessar", "o:arnor garrison"],
        &["l:fornost", "l:annuminas"],
    ));
    assert_eq!(bridge.merged_stories, vec!["story:y1".to_string()]);
    assert_eq!(index.stories().len(), 1);
    assert_eq!(index.story_of("y1").as_deref(), Some("story:x1"));
}

#[test]
fn a_small_story_is_read_as_part_of_the_larger_story_it_belongs_to() {
    let loose = article(
        "r0",
        "Stonemasons and quarrymen from Lossarnach reached Fornost with wagons of granite for the works Elessar ordered.",
        3,
        &["p:elessar"],
        &["l:fornost"],
    );
    let close = [
        ("r1", "King Elessar ordered the northern road from Minas Tirith to Fornost rebuilt; the envoy of Arnor agreed to share the cost of the road and of the garrison."),
        ("r2", "The envoy of Arnor and King Elessar agreed in Minas Tirith that the northern road to Fornost will be rebuilt and the garrison costs shared."),
        ("r3", "Rebuilding of the northern road to Fornost begins after King Elessar and the envoy of Arnor agreed on the road and garrison costs in Minas Tirith."),
    ];
    let other = article(
        "q1",
        "Riders of Rohan fought orc raiders near the Fords of Isen; Marshal Erkenbrand said twelve raiders were captured.",
        3,
        &["p:erkenbrand"],
        &["l:fords of isen"],
    );
    let feed = || {
        // The loose article arrives first, before the story it belongs to exists.
        let mut v = vec![loose.clone(), other.clone()];
        for (id, text) in close {
            v.push(article(
                id,
                text,
                4,
                &["p:elessar", "o:arnor envoy"],
                &["l:minas tirith", "l:fornost"],
            ));
        }
        v
    };
    let params = StoryParams {
        join: 0.5,
        merge: 0.6,
        ..StoryParams::default()
    };
    let mut index = StoryIndex::with_params(params);
    for f in feed() {
        index.assign(f);
    }
    assert_eq!(
        partition(&index),
        vec![
            vec!["q1".to_string()],
            vec!["r0".into(), "r1".into(), "r2".into(), "r3".into()]
        ]
    );
    assert_eq!(index.story_of("r0"), index.story_of("r1"));
    // Without the consolidation the loose article stays a story of its own.
    let mut strict = StoryIndex::with_params(StoryParams {
        absorb_max_docs: 0,
        ..params
    });
    for f in feed() {
        strict.assign(f);
    }
    assert_eq!(partition(&strict).len(), 3, "{:?}", partition(&strict));
    // Every article is reported once as changed, then not again once recorded.
    let changed = index.changed_memberships();
    assert_eq!(changed.len(), 5);
    for m in &changed {
        index.record(&m.doc_id, &m.story);
    }
    assert!(index.changed_memberships().is_empty());
}

#[test]
fn stories_far_apart_in_time_stay_apart() {
    let mut index = StoryIndex::new();
    let text = "King Elessar received the envoy of Arnor at Minas Tirith.";
    index.assign(StoryFeatures::from_parts(
        "e1",
        text,
        day(1),
        vec!["p:elessar".into()],
        vec![],
    ));
    let later = StoryFeatures::from_parts(
        "e2",
        "A year on, the envoy of Arnor was again received by King Elessar, this time in Osgiliath.",
        NaiveDate::from_ymd_opt(3020, 3, 1),
        vec!["p:elessar".into()],
        vec![],
    );
    let a = index.assign(later);
    assert_eq!(a.story, "story:e2");
}
