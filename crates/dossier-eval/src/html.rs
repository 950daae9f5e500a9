//! The article-extraction suite: `dossier_html::extract` on the Zyte benchmark pages.

use crate::shingles::{f1, ShingleMatch};
use crate::EvalError;
use flate2::read::GzDecoder;
use serde::Serialize;
use std::io::Read;
use std::path::Path;
use std::time::Instant;

/// How many of the lowest-scoring pages the report lists.
const WORST_LISTED: usize = 10;

/// One page's score.
#[derive(Debug, Clone, Serialize)]
pub struct PageScore {
    /// The page's key in `ground-truth.json` (also its file name).
    pub id: String,
    /// Where the page was fetched from.
    pub url: String,
    /// Shingle precision of the extraction.
    pub precision: f64,
    /// Shingle recall of the extraction.
    pub recall: f64,
    /// F1 of the two.
    pub f1: f64,
    /// Why extraction failed, when it did (scored as an empty extraction).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What `dossier eval html --json` prints. The first five fields are the suite's contract.
#[derive(Debug, Clone, Serialize)]
pub struct HtmlEvalReport {
    /// Always `"html"`.
    pub suite: &'static str,
    /// Pages scored.
    pub pages: usize,
    /// Mean over pages of per-page shingle precision.
    pub precision: f64,
    /// Mean over pages of per-page shingle recall.
    pub recall: f64,
    /// F1 of the mean precision and mean recall.
    pub f1: f64,
    /// Pages for which `extract` returned an error.
    pub failures: usize,
    /// Extraction time only (decompression and scoring excluded), in seconds.
    pub extract_seconds: f64,
    /// Pages per second through `extract`.
    pub pages_per_s: f64,
    /// Megabytes of HTML per second through `extract`.
    pub mb_per_s: f64,
    /// The lowest-F1 pages, worst first.
    pub worst: Vec<PageScore>,
}

struct Page {
    id: String,
    url: String,
    truth: String,
    html: String,
}

fn bad_data(path: &Path, message: impl Into<String>) -> EvalError {
    EvalError::BadData {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

fn load_pages(dir: &Path) -> Result<Vec<Page>, EvalError> {
    let truth_path = dir.join("ground-truth.json");
    let text = std::fs::read_to_string(&truth_path).map_err(|e| EvalError::io(&truth_path, e))?;
    let truth: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| bad_data(&truth_path, e.to_string()))?;
    let entries = truth
        .as_object()
        .ok_or_else(|| bad_data(&truth_path, "expected an object keyed by page id"))?;
    let mut pages = Vec::with_capacity(entries.len());
    for (id, entry) in entries {
        let body = entry
            .get("articleBody")
            .and_then(serde_json::Value::as_str)
            .ok_or_else(|| bad_data(&truth_path, format!("{id}: no articleBody")))?;
        let url = entry
            .get("url")
            .and_then(serde_json::Value::as_str)
            .unwrap_or_default();
        let page_path = dir.join("html").join(format!("{id}.html.gz"));
        let gz = std::fs::read(&page_path).map_err(|e| EvalError::io(&page_path, e))?;
        let mut raw = Vec::new();
        GzDecoder::new(gz.as_slice())
            .read_to_end(&mut raw)
            .map_err(|e| EvalError::io(&page_path, e))?;
        pages.push(Page {
            id: id.clone(),
            url: url.to_string(),
            truth: body.to_string(),
            html: String::from_utf8_lossy(&raw).into_owned(),
        });
    }
    pages.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(pages)
}

/// Runs `dossier_html::extract` on every page of the Zyte benchmark in `dir` (which holds
/// `ground-truth.json` and `html/*.html.gz`), joins the paragraphs with blank lines, and
/// scores them with the benchmark's shingle measure.
pub fn eval_html(dir: &Path) -> Result<HtmlEvalReport, EvalError> {
    let pages = load_pages(dir)?;
    if pages.is_empty() {
        return Err(bad_data(&dir.join("ground-truth.json"), "no pages"));
    }
    let mut scores = Vec::with_capacity(pages.len());
    let mut extract_seconds = 0.0;
    let mut bytes = 0usize;
    for page in &pages {
        bytes += page.html.len();
        let started = Instant::now();
        let result = dossier_html::extract(&page.html, Some(&page.url));
        extract_seconds += started.elapsed().as_secs_f64();
        let (extracted, error) = match result {
            Ok(article) => (article.paragraphs.join("\n\n"), None),
            Err(e) => (String::new(), Some(e.to_string())),
        };
        let m = ShingleMatch::compare(&page.truth, &extracted);
        let (precision, recall) = (m.precision(), m.recall());
        scores.push(PageScore {
            id: page.id.clone(),
            url: page.url.clone(),
            precision,
            recall,
            f1: f1(precision, recall),
            error,
        });
    }
    let n = scores.len() as f64;
    let precision = scores.iter().map(|s| s.precision).sum::<f64>() / n;
    let recall = scores.iter().map(|s| s.recall).sum::<f64>() / n;
    let failures = scores.iter().filter(|s| s.error.is_some()).count();
    let mut worst = scores;
    worst.sort_by(|a, b| a.f1.total_cmp(&b.f1));
    worst.truncate(WORST_LISTED);
    let secs = extract_seconds.max(1e-9);
    Ok(HtmlEvalReport {
        suite: "html",
        pages: pages.len(),
        precision,
        recall,
        f1: f1(precision, recall),
        failures,
        extract_seconds,
        pages_per_s: n / secs,
        mb_per_s: bytes as f64 / 1e6 / secs,
        worst,
    })
}

/// The report as a few lines of text.
pub fn render_html_report_text(report: &HtmlEvalReport) -> String {
    let mut out = format!(
        "html extraction (Zyte benchmark, {} pages)\n\
         precision {:.4}  recall {:.4}  F1 {:.4}\n\
         failures {}  speed {:.1} pages/s, {:.2} MB/s ({:.2} s extracting)\n",
        report.pages,
        report.precision,
        report.recall,
        report.f1,
        report.failures,
        report.pages_per_s,
        report.mb_per_s,
        report.extract_seconds,
    );
    if !report.worst.is_empty() {
        out.push_str("lowest-scoring pages:\n");
        for page in &report.worst {
            out.push_str(&format!(
                "  F1 {:.3}  P {:.3}  R {:.3}  {}{}\n",
                page.f1,
                page.precision,
                page.recall,
                page.url,
                page.error
                    .as_deref()
                    .map(|e| format!("  ({e})"))
                    .unwrap_or_default(),
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::write::GzEncoder;
    use flate2::Compression;
    use std::io::Write;

    fn write_page(dir: &Path, id: &str, html: &str) {
        let mut enc = GzEncoder::new(Vec::new(), Compression::default());
        enc.write_all(html.as_bytes()).unwrap();
        std::fs::write(
            dir.join("html").join(format!("{id}.html.gz")),
            enc.finish().unwrap(),
        )
        .unwrap();
    }

    #[test]
    fn scores_a_tiny_benchmark() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("html")).unwrap();
        let body = "The envoy of Arnor reached Minas Tirith on Monday and met the steward of Gondor for long talks on the northern border and the old roads.";
        let page = format!(
            "<html><head><title>Envoy</title></head><body><nav><a href='/'>Home</a></nav>\
             <article><p>{body}</p><p>{body}</p></article></body></html>"
        );
        write_page(dir.path(), "p1", &page);
        write_page(dir.path(), "p2", "<html><body></body></html>");
        let truth = serde_json::json!({
            "p1": {"url": "https://herald.example/envoy", "articleBody": format!("{body}\n\n{body}")},
            "p2": {"url": "https://herald.example/empty", "articleBody": "Nothing was extracted from this page at all."},
        });
        std::fs::write(dir.path().join("ground-truth.json"), truth.to_string()).unwrap();
        let report = eval_html(dir.path()).unwrap();
        assert_eq!(report.pages, 2);
        assert_eq!(report.failures, 1);
        assert!((report.precision - 0.5).abs() < 1e-9, "{report:?}");
        assert!((report.recall - 0.5).abs() < 1e-9, "{report:?}");
        let json = serde_json::to_string(&report).unwrap();
        assert!(json.starts_with("{\"suite\":\"html\",\"pages\":2,\"precision\":"));
        assert!(render_html_report_text(&report).contains("F1 0.5000"));
    }

    #[test]
    fn missing_folder_is_an_io_error() {
        let err = eval_html(Path::new("/nonexistent/zyte")).unwrap_err();
        assert!(matches!(err, EvalError::Io { .. }));
    }
}
