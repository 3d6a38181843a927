//! The remittance tool as a learner uses it: numbers typed in their own
//! digits, the trainer's dated reference rate, clear errors on the field.

use std::path::{Path, PathBuf};

use passage_app::{
    BudgetEnd, CommandError, Config, ErrorCode, Passage, RemittanceForm, SavingsOutcome,
};

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
        exports_dir: None,
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

#[test]
fn a_loan_is_worked_out_both_ways_with_months_of_salary() {
    let dir = tempfile::tempdir().expect("dir");
    let passage = open(dir.path());
    // 30,000 PHP at 24% a year over 12 months.
    // Flat: interest 30,000 x 0.24 = 7,200; total 37,200; 3,100 a month.
    // Declining: payment 30,000 x 0.02 / (1 - 1.02^-12) = 2,836.79; total
    // 34,041.45 (the last payment absorbs the rounding). Difference 3,158.55.
    // On a 15,000 salary: 37,200 / 15,000 = 2.48 and 34,041.45 / 15,000 = 2.27 months.
    let view = passage
        .loan_cost(&passage_app::LoanForm {
            currency: "PHP".into(),
            principal: "30,000".into(),
            yearly_rate: "24".into(),
            months: "๑๒".into(),
            salary: "15000".into(),
        })
        .expect("worked out");
    assert_eq!(view.flat.monthly_payment, "3,100.00 PHP");
    assert_eq!(view.flat.total_paid, "37,200.00 PHP");
    assert_eq!(view.declining.monthly_payment, "2,836.79 PHP");
    assert_eq!(view.declining.total_paid, "34,041.45 PHP");
    assert_eq!(view.flat_costs_more, "3,158.55 PHP");
    assert_eq!(view.flat.months_of_salary.as_deref(), Some("2.48"));
    assert_eq!(view.declining.months_of_salary.as_deref(), Some("2.27"));

    let err = passage
        .loan_cost(&passage_app::LoanForm {
            currency: "PHP".into(),
            principal: "30000".into(),
            yearly_rate: "24".into(),
            months: "twelve".into(),
            salary: String::new(),
        })
        .expect_err("months");
    assert_eq!(CommandError::from(&err).field.as_deref(), Some("months"));
}

#[test]
fn a_savings_goal_says_when_or_says_never() {
    let dir = tempfile::tempdir().expect("dir");
    let passage = open(dir.path());
    let goal = |monthly: &str| passage_app::SavingsForm {
        currency: "IDR".into(),
        goal: "6,000,000".into(),
        already_saved: String::new(),
        monthly_saving: monthly.into(),
        yearly_rate: String::new(),
    };
    // 6,000,000 at 1,000,000 a month: 6 months.
    let view = passage.savings_goal(&goal("1000000")).expect("plan");
    assert_eq!(
        (view.status, view.months),
        (SavingsOutcome::Reached, Some(6))
    );
    assert_eq!(view.final_balance.as_deref(), Some("6,000,000.00 IDR"));
    // Nothing saved each month, no interest: never.
    let view = passage.savings_goal(&goal("0")).expect("plan");
    assert_eq!((view.status, view.months), (SavingsOutcome::Never, None));
}

#[test]
fn a_month_abroad_adds_up_in_both_currencies() {
    let dir = tempfile::tempdir().expect("dir");
    let passage = open(dir.path());
    let line = |name: &str, amount: &str| passage_app::CostLine {
        name: name.into(),
        amount: amount.into(),
    };
    let mut form = passage_app::BudgetForm {
        earn_currency: "MYR".into(),
        home_currency: "VND".into(),
        earnings: "2,000".into(),
        costs: vec![
            line("rent", "600"),
            line("food", "400"),
            line("phone", "50"),
            line("other", "150"),
        ],
        remittance: "500".into(),
        saving: "200".into(),
        // An example rate, not a real quote.
        home_rate: "5450.5".into(),
        goal: "3000".into(),
    };
    // Costs 1,200; 2,000 - 1,200 - 500 - 200 = 100 left over.
    // Home: 500 x 5,450.5 = 2,725,250 VND; 200 x 5,450.5 = 1,090,100 VND.
    // Goal 3,000 at 200 a month: 15 months.
    let view = passage.monthly_budget(&form).expect("budget");
    assert_eq!(view.total_costs, "1,200.00 MYR");
    assert_eq!(view.left_over, "100.00 MYR");
    assert_eq!(view.outcome, BudgetEnd::Surplus);
    assert_eq!(view.remittance_home, "2,725,250 VND");
    assert_eq!(view.saving_home, "1,090,100 VND");
    assert_eq!(view.months_to_goal, Some(15));
    assert_eq!(view.home_rate, "1 MYR = 5,450.5 VND");

    // Sending 800 instead leaves the month short: said, not refused.
    form.remittance = "800".into();
    let view = passage.monthly_budget(&form).expect("budget");
    assert_eq!(
        (view.outcome, view.left_over.as_str()),
        (BudgetEnd::Shortfall, "-200.00 MYR")
    );

    // A cost typed wrongly is named by its line.
    form.costs[1].amount = "four hundred".into();
    let err = passage.monthly_budget(&form).expect_err("bad cost");
    assert_eq!(CommandError::from(&err).field.as_deref(), Some("costs[1]"));
}
