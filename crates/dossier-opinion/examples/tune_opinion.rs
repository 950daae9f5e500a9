//! Scores a grid of feature families and L2 penalties on NewsSD-ENG val (trained on train):
//! how `TrainOptions::default` was chosen.
//!
//! `cargo run --release -p dossier-opinion --example tune_opinion -- ../shared/data/subjectivity`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let data = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/subjectivity".to_string());
    let rows = dossier_opinion::tune(std::path::Path::new(&data))?;
    println!("features\tlambda\tcv@0.5\tval@0.5\tval@0.5(no attr)\tthreshold\tval@threshold");
    for r in rows {
        println!(
            "{}\t{}\t{:.4}\t{:.4}\t{:.4}\t{:.2}\t{:.4}",
            r.features,
            r.lambda,
            r.cv_f1,
            r.val_f1_at_half,
            r.val_f1_at_half_no_attribution,
            r.threshold,
            r.val_f1_at_threshold
        );
    }
    Ok(())
}
