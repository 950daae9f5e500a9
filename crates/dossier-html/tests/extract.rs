//! `extract` on hand-written pages about fictional outlets, and on hostile input.

use dossier_html::{extract, HtmlError};

const LEAD: &str = "The envoy of Arnor reached Minas Tirith on Monday and met the steward of Gondor for talks on the northern border, the first such meeting in a generation.";
const SECOND: &str = "Officials on both sides said the meeting was cordial and that a trade agreement covering grain, timber and the old north road could follow within weeks.";
const THIRD: &str = "The steward's council is expected to debate the proposals on Thursday, after envoys from Rohan have been heard on the question of the fords of the Isen.";

fn page(head: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">{head}</head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Arnor Envoy Reaches Minas Tirith</h1>
<div class="byline">By <a rel="author" href="/staff/bard">Bard Brandson</a></div>
<p>{LEAD}</p><p>{SECOND}</p><h2>What comes next</h2><p>{THIRD}</p>
<div class="share">Share this article on Twitter Facebook Email</div>
</article></main>
<aside><h3>Most read</h3><ul><li><a href="/a">Dragon sighted over Erebor</a></li><li><a href="/b">Shire harvest breaks records</a></li></ul></aside>
<footer><p>Copyright 2031 The Dale Courier. All rights reserved.</p></footer></body></html>"#
    )
}

#[test]
fn metadata_from_meta_tags() {
    let html = page(
        r#"<title>Arnor Envoy Reaches Minas Tirith | The Dale Courier</title>
<meta property="og:site_name" content="The Dale Courier">
<meta property="article:published_time" content="2031-03-04T09:00:00Z">
<meta name="author" content="Bard Brandson">
<meta name="description" content="Talks on the northern border.">
<link rel="canonical" href="/world/arnor-envoy">"#,
    );
    let a = extract(&html, Some("https://www.dale-courier.example/x?utm=1")).unwrap();
    assert_eq!(a.title.as_deref(), Some("Arnor Envoy Reaches Minas Tirith"));
    assert_eq!(a.site_name.as_deref(), Some("The Dale Courier"));
    assert_eq!(a.byline.as_deref(), Some("Bard Brandson"));
    let published = a.published.unwrap();
    assert_eq!(published.date.to_string(), "2031-03-04");
    assert_eq!(published.field, "meta[article:published_time]");
    assert_eq!(published.raw, "2031-03-04T09:00:00Z");
    assert_eq!(
        a.canonical_url.as_deref(),
        Some("https://www.dale-courier.example/world/arnor-envoy")
    );
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(
        a.description.as_deref(),
        Some("Talks on the northern border.")
    );
    assert!(a.paragraphs.iter().any(|p| p == LEAD), "{:?}", a.paragraphs);
    assert!(a.paragraphs.iter().any(|p| p == SECOND));
    assert!(a.paragraphs.iter().any(|p| p == THIRD));
    let lead_at = a.paragraphs.iter().position(|p| p == LEAD).unwrap();
    let third_at = a.paragraphs.iter().position(|p| p == THIRD).unwrap();
    assert!(lead_at < third_at);
    assert!(!a.paragraphs.iter().any(|p| p.contains("Copyright")));
    assert!(!a.paragraphs.iter().any(|p| p.contains("Erebor")));
    assert!(a.removed.iter().any(|p| p.contains("Copyright 2031")));
}

#[test]
fn metadata_from_json_ld_graph() {
    let html = page(
        r#"<title>Arnor Envoy Reaches Minas Tirith - The Dale Courier</title>
<meta property="og:locale" content="en_GB">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Courier site"},
 {"@type":["NewsArticle"],"headline":"Arnor Envoy Reaches Minas Tirith","datePublished":"2031-03-04",
  "author":[{"@type":"Person","name":"Bard Brandson"},{"@type":"Person","name":"Tilda Bowman"}],
  "publisher":{"@type":"Organization","name":"The Dale Courier"}}]}</script>"#,
    );
    let a = extract(&html, None).unwrap();
    assert_eq!(a.title.as_deref(), Some("Arnor Envoy Reaches Minas Tirith"));
    assert_eq!(a.byline.as_deref(), Some("Bard Brandson, Tilda Bowman"));
    assert_eq!(a.site_name.as_deref(), Some("The Dale Courier"));
    let published = a.published.unwrap();
    assert_eq!(published.date.to_string(), "2031-03-04");
    assert_eq!(published.field, "json-ld datePublished");
}

#[test]
fn time_element_and_byline_class() {
    let html = page("<title>Arnor Envoy Reaches Minas Tirith</title>").replace(
        "<h1>",
        r#"<time datetime="2031-03-04T08:00">4 March</time><h1>"#,
    );
    let a = extract(&html, None).unwrap();
    assert_eq!(a.published.unwrap().field, "time[datetime]");
    assert_eq!(a.byline.as_deref(), Some("Bard Brandson"));
}

#[test]
fn deep_nesting_does_not_overflow_a_small_stack() {
    let html = format!(
        "<html><body>{}<p>{LEAD}</p><p>{SECOND}</p></body></html>",
        "<div>".repeat(100_000)
    );
    let worker = std::thread::Builder::new()
        .stack_size(2 * 1024 * 1024)
        .spawn(move || extract(&html, None))
        .unwrap();
    let article = worker.join().expect("no stack overflow").unwrap();
    assert!(article.dropped_deep_tags > 99_000);
    assert!(article.paragraphs.join(" ").contains("steward of Gondor"));
}

#[test]
fn broken_html_and_invalid_entities() {
    let html = format!(
        "<html><body><div><p>{LEAD} &bogus; &#xZZ; &#99999999; &amp</p><p>{SECOND}<div><span></p></table><p>{THIRD}"
    );
    let a = extract(&html, None).unwrap();
    let text = a.paragraphs.join("\n");
    assert!(text.contains("steward of Gondor"));
    assert!(text.contains("&bogus;"));
    assert!(text.contains("fords of the Isen"));
}

#[test]
fn empty_and_textless_pages_are_errors() {
    assert_eq!(extract("", None), Err(HtmlError::NoContent));
    assert_eq!(extract("   \n ", None), Err(HtmlError::NoContent));
    assert_eq!(
        extract(
            "<html><head><title>x</title></head><body><div></div></body></html>",
            None
        ),
        Err(HtmlError::NoContent)
    );
}

#[test]
fn non_html_input_is_rejected() {
    assert!(matches!(
        extract("Just a plain sentence about Gondor, with no markup.", None),
        Err(HtmlError::NotHtml(_))
    ));
    let binary: String = (0u8..32).map(char::from).cycle().take(2000).collect();
    assert!(matches!(extract(&binary, None), Err(HtmlError::NotHtml(_))));
}
