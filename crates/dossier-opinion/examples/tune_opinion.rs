//! Scores a grid of feature families and L2 penalties by grouped cross-validation on NewsSD-ENG
//! train and val (contiguous blocks of train, whole articles, plus val as its own fold): how
//! `TrainOptions::default` was chosen. `test.csv` is never read.
//!
//! `cargo run --release -p dossier-opinion --example tune_opinion -- ../shared/data/subjectivity`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/subjectivity".to_string());
    let rows = dossier_opinion::tune(std::path::Path::new(&data))?;
    println!("features\tlambda\tcv@0.5\tcv threshold\tcv@threshold\tval@0.5\tval@cv threshold\tcv no attribution");
    for r in rows {
        println!(
            "{}\t{}\t{:.4}\t{:.2}\t{:.4}\t{:.4}\t{:.4}\t{:.4}",
            r.features,
            r.lambda,
            r.cv_f1_at_half,
            r.cv_threshold,
            r.cv_f1_at_threshold,
            r.val_f1_at_half,
            r.val_f1_at_cv_threshold,
            r.cv_f1_ignoring_attribution
        );
    }
    Ok(())
}
