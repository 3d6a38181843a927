//! The remittance tool as a learner uses it: numbers typed in their own
//! digits, the trainer's dated reference rate, clear errors on the field.

use std::path::{Path, PathBuf};

use passage_app::{CommandError, Config, ErrorCode, Passage, RemittanceForm};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn open(data: &Path) -> Passage {
    Passage::open(&Config {
        content_dir: repo().join("tests/fixtures/content"),
        locales_dir: repo().join("locales"),
        requested_locales: vec!["th".into()],
        index_path: None,
        store_path: Some(data.join("learners.sqlite")),
    })
    .expect("opens")
}

fn form(amount: &str, reference: &str) -> RemittanceForm {
    RemittanceForm {
        from: "MYR".into(),
        to: "VND".into(),
        amount: amount.into(),
        fee: "10".into(),
        fee_included: false,
        offered_rate: "5300".into(),
        reference_rate: reference.into(),
    }
}

#[test]
fn the_worked_example_of_the_lesson_comes_out_right_in_any_digits() {
    let dir = tempfile::tempdir().expect("dir");
    let passage = open(dir.path());
    // 1,000 MYR, fee 10 on top, 5,300 offered vs 5,400 reference:
    // margin = 1000 x (1 - 5300/5400) = 18.52; total 28.52 = 2.85% < 3%.
    for amount in ["1,000", "1000", "๑,๐๐๐", "១០០០"] {
        let view = passage
            .remittance_cost(&form(amount, "5400"))
            .expect(amount);
        assert_eq!(view.total_cost, "28.52 MYR", "{amount}");
        assert_eq!(view.margin_cost, "18.52 MYR");
        assert_eq!(view.total_percent, "2.85");
        assert!(view.under_target);
        assert_eq!(view.received, "5,300,000 VND");
        assert_eq!(view.rate_date, None, "a typed rate has no date");
        assert_eq!(view.reference_rate, "1 MYR = 5,400 VND");
    }
}

#[test]
fn the_trainers_rate_is_used_with_its_date_and_source() {
    let dir = tempfile::tempdir().expect("dir");
    std::fs::write(
        dir.path().join("rates.toml"),
        "# Example rate for a workshop (not a real quote).\n[[rate]]\nfrom = \"MYR\"\nto = \"VND\"\nrate = \"5400\"\ndate = \"2026-11-20\"\nsource = \"Example: trainer's note\"\n",
    )
    .expect("rates");
    let passage = open(dir.path());
    let view = passage.remittance_cost(&form("1000", "")).expect("costed");
    assert_eq!(view.rate_date.as_deref(), Some("2026-11-20"));
    assert_eq!(view.rate_source.as_deref(), Some("Example: trainer's note"));
    assert_eq!(view.total_cost, "28.52 MYR");
}

#[test]
fn what_cannot_be_used_is_refused_on_its_field() {
    let dir = tempfile::tempdir().expect("dir");
    let passage = open(dir.path());
    for (bad, field) in [
        (form("RM 1000", "5400"), "amount"),
        (form("1.000.000", "5400"), "amount"),
        (form("1000", "abc"), "referenceRate"),
        (form("1000", ""), "referenceRate"),
        (
            RemittanceForm {
                fee: "-5".into(),
                ..form("1000", "5400")
            },
            "fee",
        ),
        (
            RemittanceForm {
                to: "XYZ".into(),
                ..form("1000", "5400")
            },
            "to",
        ),
    ] {
        let err = passage.remittance_cost(&bad).expect_err(field);
        assert_eq!(err.code(), ErrorCode::BadAmount, "{err}");
        let sent = CommandError::from(&err);
        assert_eq!(sent.field.as_deref(), Some(field), "{err}");
    }
}
