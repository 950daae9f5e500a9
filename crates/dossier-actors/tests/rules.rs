//! The title, apposition, alias and organisation rules on sentences written for these tests
//! (fictional people in real countries).

use dossier_actors::{
    find_org_mentions, find_person_mentions, find_person_mentions_with, link_mentions,
    ActorLexicon, AttrSource, PersonMention,
};
use dossier_model::{PartialDate, Span};

fn one(text: &str) -> PersonMention {
    let m = find_person_mentions(text, None);
    m.into_iter()
        .find(|m| m.name.is_some())
        .unwrap_or_else(|| panic!("no person in {text:?}"))
}

fn val(a: &Option<dossier_actors::Attribute>) -> Option<&str> {
    a.as_ref().map(|a| a.value.as_str())
}

#[test]
fn titles_before_and_after_names() {
    let m = one("Chief of Naval Staff Admiral Tarin Elbow met the press.");
    assert_eq!(m.name.as_deref(), Some("Tarin Elbow"));
    assert_eq!(val(&m.rank), Some("Admiral"));
    assert_eq!(val(&m.role), Some("Chief of the Naval Staff"));
    assert_eq!(val(&m.sector), Some("military"));

    let text = "Lieutenant General Omar Faris Belkin, Commander-in-Chief of the Libyan Armed Forces, arrived.";
    let m = one(text);
    assert_eq!(m.name.as_deref(), Some("Omar Faris Belkin"));
    assert_eq!(val(&m.rank), Some("Lieutenant General"));
    assert_eq!(val(&m.role), Some("Commander-in-Chief"));
    assert_eq!(val(&m.organisation), Some("Libyan Armed Forces"));
    assert_eq!(val(&m.country), Some("LY"));
    assert_eq!(
        m.full_role().as_deref(),
        Some("Commander-in-Chief of the Libyan Armed Forces")
    );
    let c = m.country.as_ref().unwrap();
    assert_eq!(&text[c.span.start..c.span.end], "Libyan");

    let m = one(
        "Libya’s Commander-in-Chief of the Armed Forces, Lieutenant General Omar Belkin, spoke.",
    );
    assert_eq!(val(&m.country), Some("LY"));
    assert_eq!(val(&m.rank), Some("Lieutenant General"));

    let m = one("Pakistan's Chief of Army Staff (COAS), Field Marshal Syed Kamran Tiwana said.");
    assert_eq!(m.name.as_deref(), Some("Syed Kamran Tiwana"));
    assert_eq!(val(&m.rank), Some("Field Marshal"));
    assert_eq!(val(&m.role), Some("Chief of Army Staff"));
    assert_eq!(val(&m.country), Some("PK"));

    let m = one("Pakistani Prime Minister Nadir Qasim visited.");
    assert_eq!(val(&m.role), Some("Prime Minister"));
    assert_eq!(val(&m.country), Some("PK"));
    assert_eq!(val(&m.sector), Some("government"));

    let m = one("On Monday Lt. Gen. Harun Vaziri inspected troops.");
    assert_eq!(val(&m.rank), Some("Lieutenant General"));
    assert_eq!(m.name.as_deref(), Some("Harun Vaziri"));
    let m = one("Lt Gen Harun Vaziri inspected troops.");
    assert_eq!(val(&m.rank), Some("Lieutenant General"));

    let m = one("Later COAS Tiwana addressed officers.");
    assert_eq!(val(&m.role), Some("Chief of Army Staff"));
    assert_eq!(m.name.as_deref(), Some("Tiwana"));

    let m = one("He was received by the Chief of the Naval Staff (CNS), Admiral Tarin Elbow.");
    assert_eq!(val(&m.role), Some("Chief of the Naval Staff"));
    assert_eq!(val(&m.rank), Some("Admiral"));

    let m = one("Air Chief Marshal Zaheer Sidhu and Vice Adm Karim Lodhi met.");
    assert_eq!(val(&m.rank), Some("Air Chief Marshal"));
}

#[test]
fn aliases_join_and_fathers_stay_apart() {
    let text = "Lieutenant General Omar Faris Belkin, Commander-in-Chief of the Libyan Armed Forces, \
        met the Chief of Naval Staff Admiral Tarin Elbow. General Belkin praised the navy. \
        Admiral Elbow thanked him. His father Faris Belkin did not travel. \
        The naval chief said Elbow would visit. Belkin left; the Libyan military leader was pleased.";
    let mentions = find_person_mentions(text, None);
    let clusters = link_mentions(&mentions);
    let find = |name: &str| {
        clusters
            .iter()
            .find(|c| c.name.as_deref() == Some(name))
            .unwrap_or_else(|| panic!("no cluster {name}: {clusters:#?}"))
    };
    let son = find("Omar Faris Belkin");
    let father = find("Faris Belkin");
    let admiral = find("Tarin Elbow");
    assert_ne!(son.id, father.id);
    assert!(
        son.names.iter().any(|n| n == "General Belkin"),
        "{:?}",
        son.names
    );
    assert!(admiral.names.iter().any(|n| n == "Admiral Elbow"));
    assert!(admiral.names.iter().any(|n| n == "Elbow"));
    // Role-only references go to the holders of those roles.
    let refs = |c: &dossier_actors::EntityCluster| {
        c.mentions
            .iter()
            .filter(|&&i| mentions[i].name.is_none())
            .count()
    };
    assert_eq!(refs(admiral), 1);
    assert_eq!(refs(son), 1);
    // `Belkin` after the father's mention goes to the most recent Belkin.
    let last_belkin = mentions
        .iter()
        .position(|m| m.name.as_deref() == Some("Belkin"))
        .unwrap();
    assert!(father.mentions.contains(&last_belkin) || son.mentions.contains(&last_belkin));
    assert_eq!(val(&admiral.country), None);
}

#[test]
fn naval_titles_take_the_country_of_the_navy_in_the_text() {
    let text = "Admiral Tarin Elbow, Chief of the Naval Staff, opened the Pakistan Navy exercise.";
    let m = one(text);
    let c = m.country.as_ref().unwrap();
    assert_eq!(c.value, "PK");
    assert_eq!(c.source, AttrSource::Context);
}

#[test]
fn organisations_with_countries() {
    let text = "The meeting, facilitated by the Inter-Services Public Relations (ISPR), \
        praised the Pakistan Navy and Libya's armed forces. ISPR said the Directorate General \
        Public Relations of the Pakistan Army would publish details.";
    let orgs = find_org_mentions(text);
    let get = |n: &str| {
        orgs.iter()
            .find(|o| o.name == n)
            .unwrap_or_else(|| panic!("no {n}: {orgs:#?}"))
    };
    assert_eq!(
        get("Inter-Services Public Relations").acronym.as_deref(),
        Some("ISPR")
    );
    assert_eq!(val(&get("ISPR").country), Some("PK"));
    assert_eq!(val(&get("Pakistan Navy").country), Some("PK"));
    assert_eq!(val(&get("Libya's armed forces").country), Some("LY"));
    assert_eq!(
        val(&get("Directorate General Public Relations of the Pakistan Army").country),
        Some("PK")
    );
    assert!(orgs.iter().all(|o| o.span.is_valid_for(text)));
}

#[test]
fn dictionary_roles_are_dated_and_lose_to_the_text() {
    let lex = ActorLexicon::embedded();
    assert!(lex.actors.len() > 10_000);
    let text = "Nawaz Sharif spoke to reporters.";
    let m = find_person_mentions(text, PartialDate::from_ymd(1992, 1, 1));
    let m = m
        .iter()
        .find(|m| m.name.as_deref() == Some("Nawaz Sharif"))
        .unwrap();
    assert_eq!(val(&m.country), Some("PK"));
    assert_eq!(val(&m.sector), Some("government"));
    assert_eq!(m.sector.as_ref().unwrap().source, AttrSource::Dictionary);
    let m = find_person_mentions(text, PartialDate::from_ymd(1980, 1, 1));
    assert_eq!(val(&m[0].sector), Some("elite"));
    let m = find_person_mentions(
        "Senator Nawaz Sharif spoke.",
        PartialDate::from_ymd(1992, 1, 1),
    );
    assert_eq!(val(&m[0].sector), Some("legislature"));
    assert_eq!(m[0].sector.as_ref().unwrap().source, AttrSource::Text);
}

#[test]
fn ner_spans_get_their_titles() {
    let text = "the visiting Defence Minister, Kamal Oduya of Nigeria, arrived.";
    let start = text.find("Kamal").unwrap();
    let span = Span::new(start, start + "Kamal Oduya".len());
    let m = find_person_mentions_with(ActorLexicon::embedded(), text, None, &[span]);
    let m = m.iter().find(|m| m.name_span == Some(span)).unwrap();
    assert_eq!(val(&m.role), Some("Defence Minister"));
    assert_eq!(val(&m.sector), Some("government"));
}
