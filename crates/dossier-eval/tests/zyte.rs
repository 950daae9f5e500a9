//! The whole Zyte benchmark (the CI floor for article extraction). Slow in debug builds: it runs
//! under `cargo test --profile ci` or `--release` (or with `DOSSIER_EVAL_FULL=1`).

#[test]
fn zyte_benchmark_f1_floor() {
    let dir = dossier_testdata::path("data/html-extraction/zyte");
    if cfg!(debug_assertions) && std::env::var_os("DOSSIER_EVAL_FULL").is_none() {
        eprintln!("skipped in debug builds: run `cargo test --profile ci -p dossier-eval`");
        return;
    }
    let report = dossier_eval::eval_html(&dir).unwrap();
    eprint!("{}", dossier_eval::render_html_report_text(&report));
    assert_eq!(report.pages, 181);
    assert!(report.f1 >= 0.93, "F1 {:.4} below 0.93", report.f1);
}
