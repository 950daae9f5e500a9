//! One shape for every measurement: an [`Evaluation`] runs against reference data and returns an
//! [`EvalReport`], which prints as JSON or text and names the one number a floor guards. The CLI's
//! `dossier eval NAME` builds the suite from its flags, runs it, prints the report and applies the
//! floor with [`check_floor`]; nothing about a suite is decided in the CLI.

use crate::EvalError;
use serde::Serialize;

/// The number a floor (`--min-f1`, `--min-macro-f1`) applies to, with its name in messages.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Headline {
    /// What the number is (`PLOVER macro-F1`).
    pub label: &'static str,
    /// Its value.
    pub value: f64,
}

/// What a measurement reports.
pub trait EvalReport {
    /// The machine form (`--json`): pretty JSON, fields in the report's own order.
    fn to_json(&self) -> Result<String, serde_json::Error>;
    /// The form for a terminal, ending with a newline.
    fn render_text(&self) -> String;
    /// The number a floor applies to, when the suite has one.
    fn headline(&self) -> Option<Headline> {
        None
    }
    /// False when the report itself says the measurement failed (the founding example not
    /// reproduced), whatever the floor.
    fn passes(&self) -> bool {
        true
    }
}

/// A measurement against reference data: what `dossier eval NAME` runs.
pub trait Evaluation {
    /// The suite's name, as in `dossier eval NAME` and the reports' `suite` field.
    fn name(&self) -> &'static str;
    /// Runs the measurement.
    fn run(&self) -> Result<Box<dyn EvalReport>, EvalError>;
}

/// `Err` with the message to print when the report's headline is below `floor`.
pub fn check_floor(report: &dyn EvalReport, floor: Option<f64>) -> Result<(), String> {
    match (floor, report.headline()) {
        (Some(floor), Some(h)) if h.value < floor => Err(format!(
            "{} {:.4} is below the floor {floor}",
            h.label, h.value
        )),
        _ => Ok(()),
    }
}

/// The JSON form of any serialisable report.
pub(crate) fn json_of<T: Serialize>(report: &T) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Fixed(f64);

    impl EvalReport for Fixed {
        fn to_json(&self) -> Result<String, serde_json::Error> {
            Ok(serde_json::json!({ "suite": "fixed", "score": self.0 }).to_string())
        }
        fn render_text(&self) -> String {
            format!("score {}\n", self.0)
        }
        fn headline(&self) -> Option<Headline> {
            Some(Headline {
                label: "fixed score",
                value: self.0,
            })
        }
    }

    #[test]
    fn a_floor_fails_only_below_it() {
        assert!(check_floor(&Fixed(0.81), Some(0.80)).is_ok());
        assert!(check_floor(&Fixed(0.81), None).is_ok());
        assert_eq!(
            check_floor(&Fixed(0.79), Some(0.80)),
            Err("fixed score 0.7900 is below the floor 0.8".to_string())
        );
    }
}
