//! Worked examples, each checked by hand: the arithmetic is in the comment
//! above the assertion, and every number was also recomputed with exact
//! rational arithmetic (Python `fractions.Fraction`) before it was written
//! here.
//!
//! All exchange rates below are MADE-UP EXAMPLES, not real rates.

#![allow(clippy::unwrap_used)]

use std::str::FromStr;

use passage_money::{
    BudgetInput, BudgetOutcome, CostItem, Currency, Decimal, ExchangeRate, FeeMode, InterestMethod,
    LoanTerms, Money, MoneyError, ProviderQuote, ReferenceRates, SavingsPlan, SavingsStatus,
    Transfer, compare_providers, loan_cost, monthly_budget, parse_amount, remittance_cost,
    savings_goal,
};

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

fn m(s: &str, currency: Currency) -> Money {
    Money::new(d(s), currency)
}

/// Compares the amount and the written form (so `18.52` is not `18.5200`).
fn assert_money(got: Money, expected: &str, currency: Currency) {
    assert_eq!(got.currency, currency);
    assert_eq!(
        got.amount.to_string(),
        expected,
        "expected {expected} {currency}"
    );
}

fn myr_to_vnd(rate: &str) -> ExchangeRate {
    ExchangeRate::typed(Currency::Myr, Currency::Vnd, d(rate))
}

// ---------------------------------------------------------------- remittance

#[test]
fn remittance_myr_to_vnd_fee_on_top() {
    // 1,000 MYR, fee 10 MYR on top, 5,300 VND offered vs 5,400 reference.
    // margin = 1000 * (1 - 5300/5400) = 1000 * 100/5400 = 500/27 = 18.5185... -> 18.52 MYR
    // total  = 10 + 18.52 = 28.52 MYR = 28.52 / 1000 = 2.852% -> 2.85%, under 3%
    // received = 1000 * 5300 = 5,300,000 VND; at reference 5,400,000 VND
    // sender pays 1000 + 10 = 1,010 MYR
    let cost = remittance_cost(&Transfer {
        amount: m("1000", Currency::Myr),
        fee: m("10", Currency::Myr),
        fee_mode: FeeMode::OnTop,
        offered_rate: d("5300"),
        reference_rate: myr_to_vnd("5400"),
    })
    .unwrap();
    assert_money(cost.margin_cost, "18.52", Currency::Myr);
    assert_money(cost.fee_cost, "10.00", Currency::Myr);
    assert_money(cost.total_cost, "28.52", Currency::Myr);
    assert_eq!(cost.total_cost_percent, d("2.85"));
    assert!(cost.under_sdg_target);
    assert_money(cost.amount_received, "5300000", Currency::Vnd);
    assert_money(cost.received_at_reference, "5400000", Currency::Vnd);
    assert_money(cost.sender_pays, "1010.00", Currency::Myr);
    assert_money(cost.converted, "1000.00", Currency::Myr);
    assert_eq!(cost.rate_date, None);
}

#[test]
fn remittance_myr_to_vnd_fee_included() {
    // Same, but the 10 MYR fee is taken out of the 1,000 MYR.
    // converted = 1000 - 10 = 990 MYR; received = 990 * 5300 = 5,247,000 VND
    // margin = 990 * 100/5400 = 18.333... -> 18.33 MYR; total 28.33 MYR = 2.833% -> 2.83%
    // sender pays 1,000 MYR
    let cost = remittance_cost(&Transfer {
        amount: m("1000", Currency::Myr),
        fee: m("10", Currency::Myr),
        fee_mode: FeeMode::Included,
        offered_rate: d("5300"),
        reference_rate: myr_to_vnd("5400"),
    })
    .unwrap();
    assert_money(cost.converted, "990.00", Currency::Myr);
    assert_money(cost.amount_received, "5247000", Currency::Vnd);
    assert_money(cost.received_at_reference, "5346000", Currency::Vnd);
    assert_money(cost.margin_cost, "18.33", Currency::Myr);
    assert_money(cost.total_cost, "28.33", Currency::Myr);
    assert_eq!(cost.total_cost_percent, d("2.83"));
    assert_money(cost.sender_pays, "1000.00", Currency::Myr);
}

#[test]
fn remittance_sgd_to_php_over_the_target() {
    // 500 SGD, fee 15 on top, 41.2 PHP offered vs 42 reference.
    // margin = 500 * 0.8/42 = 9.5238... -> 9.52 SGD; total 24.52 SGD = 4.904% -> 4.90%: not under 3%
    // received = 500 * 41.2 = 20,600.00 PHP
    let cost = remittance_cost(&Transfer {
        amount: m("500", Currency::Sgd),
        fee: m("15", Currency::Sgd),
        fee_mode: FeeMode::OnTop,
        offered_rate: d("41.2"),
        reference_rate: ExchangeRate::typed(Currency::Sgd, Currency::Php, d("42")),
    })
    .unwrap();
    assert_money(cost.margin_cost, "9.52", Currency::Sgd);
    assert_money(cost.total_cost, "24.52", Currency::Sgd);
    assert_eq!(cost.total_cost_percent, d("4.90"));
    assert!(!cost.under_sdg_target);
    assert_money(cost.amount_received, "20600.00", Currency::Php);
}

#[test]
fn remittance_exactly_three_percent_is_not_under_the_target() {
    // 1,000 MYR, fee 30, offered = reference: margin 0, total 30 = 3.00%.
    // SDG 10.c says "less than 3 per cent": 3.00% is not under.
    let cost = remittance_cost(&Transfer {
        amount: m("1000", Currency::Myr),
        fee: m("30", Currency::Myr),
        fee_mode: FeeMode::OnTop,
        offered_rate: d("5400"),
        reference_rate: myr_to_vnd("5400"),
    })
    .unwrap();
    assert_money(cost.margin_cost, "0.00", Currency::Myr);
    assert_eq!(cost.total_cost_percent, d("3.00"));
    assert!(!cost.under_sdg_target);
}

#[test]
fn remittance_kwd_uses_three_decimals() {
    // 100 KWD, fee 1.5 KWD on top, 185 PHP offered vs 190 reference.
    // margin = 100 * 5/190 = 2.63157... -> 2.632 KWD (3 minor units)
    // total = 1.500 + 2.632 = 4.132 KWD = 4.132% -> 4.13%
    let cost = remittance_cost(&Transfer {
        amount: m("100", Currency::Kwd),
        fee: m("1.5", Currency::Kwd),
        fee_mode: FeeMode::OnTop,
        offered_rate: d("185"),
        reference_rate: ExchangeRate::typed(Currency::Kwd, Currency::Php, d("190")),
    })
    .unwrap();
    assert_money(cost.margin_cost, "2.632", Currency::Kwd);
    assert_money(cost.total_cost, "4.132", Currency::Kwd);
    assert_eq!(cost.total_cost_percent, d("4.13"));
    assert_money(cost.amount_received, "18500.00", Currency::Php);
}

#[test]
fn remittance_says_the_date_of_a_table_rate() {
    // Example table: 1 MYR = 5,400 VND on 2026-11-01 (made up).
    let table = ReferenceRates::from_toml(
        "[[rate]]\nfrom = \"MYR\"\nto = \"VND\"\nrate = \"5400\"\ndate = \"2026-11-01\"\nsource = \"example only\"\n",
    )
    .unwrap();
    let cost = remittance_cost(&Transfer {
        amount: m("1000", Currency::Myr),
        fee: m("10", Currency::Myr),
        fee_mode: FeeMode::OnTop,
        offered_rate: d("5300"),
        reference_rate: table.lookup(Currency::Myr, Currency::Vnd).unwrap(),
    })
    .unwrap();
    assert_eq!(
        cost.rate_date.map(|d| d.to_string()).as_deref(),
        Some("2026-11-01")
    );
    assert_money(cost.total_cost, "28.52", Currency::Myr);
}

#[test]
fn remittance_errors_name_the_field() {
    let good = Transfer {
        amount: m("1000", Currency::Myr),
        fee: m("10", Currency::Myr),
        fee_mode: FeeMode::OnTop,
        offered_rate: d("5300"),
        reference_rate: myr_to_vnd("5400"),
    };
    let field_of = |t: Transfer| remittance_cost(&t).unwrap_err().field();
    assert_eq!(
        field_of(Transfer {
            fee: m("-1", Currency::Myr),
            ..good.clone()
        }),
        Some("fee")
    );
    assert_eq!(
        field_of(Transfer {
            fee: m("10", Currency::Sgd),
            ..good.clone()
        }),
        Some("fee")
    );
    assert_eq!(
        field_of(Transfer {
            fee: m("10.005", Currency::Myr),
            ..good.clone()
        }),
        Some("fee")
    );
    assert_eq!(
        field_of(Transfer {
            amount: m("0", Currency::Myr),
            ..good.clone()
        }),
        Some("amount")
    );
    assert_eq!(
        field_of(Transfer {
            offered_rate: d("0"),
            ..good.clone()
        }),
        Some("offeredRate")
    );
    assert_eq!(
        field_of(Transfer {
            reference_rate: ExchangeRate::typed(Currency::Sgd, Currency::Vnd, d("18000")),
            ..good.clone()
        }),
        Some("referenceRate")
    );
    assert_eq!(
        remittance_cost(&Transfer {
            fee: m("1000", Currency::Myr),
            fee_mode: FeeMode::Included,
            ..good.clone()
        }),
        Err(MoneyError::FeeNotBelowAmount { field: "fee" })
    );
}

#[test]
fn compare_four_providers() {
    // 1,000 MYR to VND, reference 5,400 (example). Hand-computed:
    //   A: fee 10 on top, 5300:  received 5,300,000; margin 18.52; total 28.52
    //   B: no fee,        5250:  received 5,250,000; margin 1000*150/5400 = 27.77.. -> 27.78; total 27.78
    //   C: fee 5 included, 5320: received 995*5320 = 5,293,400; margin 995*80/5400 = 14.74..; total 19.74
    //   D: fee 20 on top, 5380:  received 5,380,000; margin 1000*20/5400 = 3.70..; total 23.70
    // By amount received: D, A, C, B. Cheapest (lowest total cost): C — it
    // delivers less than D and A because its fee comes out of the 1,000.
    let quote = |name: &str, fee: &str, mode, rate: &str| ProviderQuote {
        provider: name.into(),
        fee: m(fee, Currency::Myr),
        fee_mode: mode,
        offered_rate: d(rate),
    };
    let ranked = compare_providers(
        m("1000", Currency::Myr),
        &myr_to_vnd("5400"),
        &[
            quote("A", "10", FeeMode::OnTop, "5300"),
            quote("B", "0", FeeMode::OnTop, "5250"),
            quote("C", "5", FeeMode::Included, "5320"),
            quote("D", "20", FeeMode::OnTop, "5380"),
        ],
    )
    .unwrap();
    let order: Vec<(&str, usize, bool, String, String)> = ranked
        .iter()
        .map(|q| {
            (
                q.provider.as_str(),
                q.rank,
                q.cheapest,
                q.cost.amount_received.amount.to_string(),
                q.cost.total_cost.amount.to_string(),
            )
        })
        .collect();
    assert_eq!(
        order,
        vec![
            ("D", 1, false, "5380000".into(), "23.70".into()),
            ("A", 2, false, "5300000".into(), "28.52".into()),
            ("C", 3, true, "5293400".into(), "19.74".into()),
            ("B", 4, false, "5250000".into(), "27.78".into()),
        ]
    );
    assert_eq!(ranked[0].input_index, 3);
}

#[test]
fn compare_needs_one_to_four_quotes() {
    let quote = ProviderQuote {
        provider: "A".into(),
        fee: m("10", Currency::Myr),
        fee_mode: FeeMode::OnTop,
        offered_rate: d("5300"),
    };
    let amount = m("1000", Currency::Myr);
    let reference = myr_to_vnd("5400");
    assert!(matches!(
        compare_providers(amount, &reference, &[]),
        Err(MoneyError::ProviderCount { found: 0, .. })
    ));
    let five = vec![quote.clone(); 5];
    assert!(matches!(
        compare_providers(amount, &reference, &five),
        Err(MoneyError::ProviderCount { found: 5, .. })
    ));
    let one = compare_providers(amount, &reference, std::slice::from_ref(&quote)).unwrap();
    assert!(one[0].cheapest);

    let bad = ProviderQuote {
        fee: m("-3", Currency::Myr),
        ..quote.clone()
    };
    let err = compare_providers(amount, &reference, &[quote, bad]).unwrap_err();
    assert_eq!(err.to_string(), "quotes[1]: fee: cannot be negative");
    assert_eq!(err.field(), Some("fee"));
}

// ---------------------------------------------------------------------- loans

fn php_loan(method: InterestMethod) -> LoanTerms {
    LoanTerms {
        principal: m("30000", Currency::Php),
        yearly_interest_percent: d("24"),
        months: 12,
        method,
    }
}

#[test]
fn flat_loan_30000_php_24_percent_12_months() {
    // interest = 30000 * 0.24 * 12/12 = 7,200; total 37,200; monthly 37200/12 = 3,100
    // each month: interest 30000 * 0.02 = 600, principal 2,500
    let loan = loan_cost(&php_loan(InterestMethod::Flat)).unwrap();
    assert_money(loan.total_interest, "7200.00", Currency::Php);
    assert_money(loan.total_paid, "37200.00", Currency::Php);
    assert_money(loan.monthly_payment, "3100.00", Currency::Php);
    assert_eq!(loan.schedule.len(), 12);
    for (i, row) in loan.schedule.iter().enumerate() {
        assert_eq!(row.month, i as u32 + 1);
        assert_money(row.payment, "3100.00", Currency::Php);
        assert_money(row.interest, "600.00", Currency::Php);
        assert_money(row.principal, "2500.00", Currency::Php);
    }
    assert_money(loan.schedule[0].balance, "27500.00", Currency::Php);
    assert_money(loan.schedule[11].balance, "0.00", Currency::Php);
}

#[test]
fn declining_loan_30000_php_24_percent_12_months() {
    // r = 24/12/100 = 0.02; (1.02)^12 = 1.268241794562545...
    // payment = 30000 * 0.02 / (1 - 1.02^-12) = 600 / 0.211506... = 2836.78789868... -> 2,836.79
    // exact total = 12 * 2836.78789868... = 34041.4547842... -> 34,041.45
    // (not 12 * 2,836.79 = 34,041.48: the last payment absorbs the rounding,
    //  34041.45 - 11 * 2836.79 = 2,836.76)
    // interest = 34041.45 - 30000 = 4,041.45
    let loan = loan_cost(&php_loan(InterestMethod::DecliningBalance)).unwrap();
    assert_money(loan.monthly_payment, "2836.79", Currency::Php);
    assert_money(loan.total_paid, "34041.45", Currency::Php);
    assert_money(loan.total_interest, "4041.45", Currency::Php);

    let rows: Vec<[String; 4]> = loan
        .schedule
        .iter()
        .map(|r| {
            [
                r.payment.amount.to_string(),
                r.interest.amount.to_string(),
                r.principal.amount.to_string(),
                r.balance.amount.to_string(),
            ]
        })
        .collect();
    // Month 1: interest 30000 * 0.02 = 600.00; principal 2836.79 - 600 = 2236.79;
    //          balance 30000 - 2236.79 = 27763.21.
    assert_eq!(rows[0], ["2836.79", "600.00", "2236.79", "27763.21"]);
    // Month 2: exact balance 30000*1.02 - 2836.7879 = 27763.2121; interest
    //          27763.2121 * 0.02 = 555.2642; running interest 1155.2642 -> 1155.26,
    //          minus 600.00 shown = 555.26; principal 2281.53; balance 25481.68.
    assert_eq!(rows[1], ["2836.79", "555.26", "2281.53", "25481.68"]);
    // Month 12: payment 2836.76 (the absorbed rounding), repays the 2781.14 left.
    assert_eq!(rows[11], ["2836.76", "55.62", "2781.14", "0.00"]);

    let paid: Decimal = loan.schedule.iter().map(|r| r.payment.amount).sum();
    let interest: Decimal = loan.schedule.iter().map(|r| r.interest.amount).sum();
    let principal: Decimal = loan.schedule.iter().map(|r| r.principal.amount).sum();
    assert_eq!(paid, d("34041.45"));
    assert_eq!(interest, d("4041.45"));
    assert_eq!(principal, d("30000"));
}

#[test]
fn flat_costs_more_than_declining_and_months_of_salary() {
    // Flat 37,200 vs declining 34,041.45: flat costs 3,158.55 more.
    // With a 15,000 PHP salary: 37200/15000 = 2.48 months; 34041.45/15000 = 2.26943 -> 2.27.
    let flat = loan_cost(&php_loan(InterestMethod::Flat)).unwrap();
    let declining = loan_cost(&php_loan(InterestMethod::DecliningBalance)).unwrap();
    assert_eq!(
        flat.total_paid.amount - declining.total_paid.amount,
        d("3158.55")
    );
    let salary = m("15000", Currency::Php);
    assert_eq!(flat.months_of_salary(salary).unwrap(), d("2.48"));
    assert_eq!(declining.months_of_salary(salary).unwrap(), d("2.27"));
    assert!(matches!(
        flat.months_of_salary(m("15000", Currency::Myr)),
        Err(MoneyError::CurrencyMismatch {
            field: "monthlySalary",
            ..
        })
    ));
    assert!(matches!(
        flat.months_of_salary(m("0", Currency::Php)),
        Err(MoneyError::NotPositive {
            field: "monthlySalary"
        })
    ));
}

#[test]
fn zero_interest_loan_splits_the_principal() {
    // 1,000 PHP over 3 months at 0%: 1000/3 = 333.333... -> 333.33, 333.33,
    // and the last absorbs: 1000 - 666.66 = 333.34. No interest.
    let loan = loan_cost(&LoanTerms {
        principal: m("1000", Currency::Php),
        yearly_interest_percent: d("0"),
        months: 3,
        method: InterestMethod::DecliningBalance,
    })
    .unwrap();
    let payments: Vec<String> = loan
        .schedule
        .iter()
        .map(|r| r.payment.amount.to_string())
        .collect();
    assert_eq!(payments, ["333.33", "333.33", "333.34"]);
    assert!(loan.schedule.iter().all(|r| r.interest.amount.is_zero()));
    assert_money(loan.total_paid, "1000.00", Currency::Php);
    assert_money(loan.total_interest, "0.00", Currency::Php);
}

#[test]
fn flat_loan_with_uneven_months() {
    // 1,000 MYR flat at 10% for 3 months: interest 1000 * 10 * 3 / 1200 = 25; total 1,025.
    // payment 1025/3 = 341.666... -> 341.67; last 1025 - 683.34 = 341.66.
    // monthly interest 8.333...: running 8.33, 16.67 (so 8.34), then 25 - 16.67 = 8.33.
    let loan = loan_cost(&LoanTerms {
        principal: m("1000", Currency::Myr),
        yearly_interest_percent: d("10"),
        months: 3,
        method: InterestMethod::Flat,
    })
    .unwrap();
    let rows: Vec<[String; 4]> = loan
        .schedule
        .iter()
        .map(|r| {
            [
                r.payment.amount.to_string(),
                r.interest.amount.to_string(),
                r.principal.amount.to_string(),
                r.balance.amount.to_string(),
            ]
        })
        .collect();
    assert_eq!(
        rows,
        [
            ["341.67", "8.33", "333.34", "666.66"],
            ["341.67", "8.34", "333.33", "333.33"],
            ["341.66", "8.33", "333.33", "0.00"],
        ]
    );
    assert_money(loan.total_paid, "1025.00", Currency::Myr);
}

#[test]
fn yen_loan_has_no_decimals() {
    // 100,000 JPY at 12% over 6 months, declining: r = 0.01,
    // payment = 1000 / (1 - 1.01^-6) = 17254.8366... -> 17,255 JPY
    // total = 6 * 17254.8366... = 103529.02 -> 103,529; last = 103529 - 5*17255 = 17,254
    let loan = loan_cost(&LoanTerms {
        principal: m("100000", Currency::Jpy),
        yearly_interest_percent: d("12"),
        months: 6,
        method: InterestMethod::DecliningBalance,
    })
    .unwrap();
    assert_money(loan.monthly_payment, "17255", Currency::Jpy);
    assert_money(loan.total_paid, "103529", Currency::Jpy);
    assert_money(loan.total_interest, "3529", Currency::Jpy);
    assert_money(loan.schedule[0].interest, "1000", Currency::Jpy);
    assert_money(loan.schedule[5].payment, "17254", Currency::Jpy);
}

#[test]
fn tiny_payment_over_many_months_rounds_down() {
    // 50 PHP flat at 10% for 360 months: interest 50 * 10 * 360 / 1200 = 150, total 200.
    // payment 200/360 = 0.5555... Half-up gives 0.56, which overpays 0.0044 a month:
    // 359 * 0.0044 = 1.60 > the 0.14 of principal left for the last month, so the
    // last row would be negative (payment 200 - 359 * 0.56 = -1.04).
    // Rounded down instead: 0.55 a month, last 200 - 359 * 0.55 = 200 - 197.45 = 2.55.
    // Month 1: interest 50 * 10 / 1200 = 0.41666 -> 0.42, principal 0.13, balance 49.87.
    let loan = loan_cost(&LoanTerms {
        principal: m("50", Currency::Php),
        yearly_interest_percent: d("10"),
        months: 360,
        method: InterestMethod::Flat,
    })
    .unwrap();
    assert_money(loan.monthly_payment, "0.55", Currency::Php);
    assert_money(loan.total_paid, "200.00", Currency::Php);
    let first = &loan.schedule[0];
    assert_eq!(
        [
            first.interest.amount,
            first.principal.amount,
            first.balance.amount
        ],
        [d("0.42"), d("0.13"), d("49.87")]
    );
    let last = &loan.schedule[359];
    assert_eq!(
        [
            last.payment.amount,
            last.interest.amount,
            last.principal.amount
        ],
        [d("2.55"), d("0.42"), d("2.13")]
    );
}

#[test]
fn loan_errors_name_the_field() {
    let terms = php_loan(InterestMethod::DecliningBalance);
    let err = |t: LoanTerms| loan_cost(&t).unwrap_err();
    assert_eq!(
        err(LoanTerms {
            months: 601,
            ..terms.clone()
        }),
        MoneyError::MonthsOutOfRange {
            field: "months",
            min: 1,
            max: 600,
            found: 601
        }
    );
    assert_eq!(
        err(LoanTerms {
            months: 0,
            ..terms.clone()
        })
        .field(),
        Some("months")
    );
    assert_eq!(
        err(LoanTerms {
            yearly_interest_percent: d("-1"),
            ..terms.clone()
        }),
        MoneyError::Negative {
            field: "yearlyInterestPercent"
        }
    );
    assert_eq!(
        err(LoanTerms {
            principal: m("0", Currency::Php),
            ..terms.clone()
        }),
        MoneyError::NotPositive { field: "principal" }
    );
    // 600 months is accepted.
    assert!(
        loan_cost(&LoanTerms {
            months: 600,
            ..terms
        })
        .is_ok()
    );
}

// --------------------------------------------------------------------- budget

fn budget(earnings: &str, goal: Option<Money>) -> BudgetInput {
    let cost = |name: &str, amount: &str| CostItem {
        name: name.into(),
        amount: m(amount, Currency::Myr),
    };
    BudgetInput {
        earnings: m(earnings, Currency::Myr),
        costs: vec![
            cost("rent", "350"),
            cost("food", "400"),
            cost("phone", "50"),
            cost("transport", "100"),
        ],
        remittance: m("600", Currency::Myr),
        saving: m("200", Currency::Myr),
        // Example rate: 1 MYR = 5,450.5 VND (made up).
        home_rate: myr_to_vnd("5450.5"),
        savings_goal: goal,
    }
}

#[test]
fn budget_with_a_surplus() {
    // costs 350 + 400 + 50 + 100 = 900; left 1800 - 900 - 600 - 200 = 100 MYR
    // at home: 600 * 5450.5 = 3,270,300 VND; 200 * 5450.5 = 1,090,100; 100 * 5450.5 = 545,050
    // goal 3,000 MYR at 200 a month: 3000/200 = 15 months
    let summary = monthly_budget(&budget("1800", Some(m("3000", Currency::Myr)))).unwrap();
    assert_money(summary.total_costs, "900.00", Currency::Myr);
    assert_money(summary.left_over, "100.00", Currency::Myr);
    assert_eq!(summary.outcome, BudgetOutcome::Surplus);
    assert_money(summary.remittance_home, "3270300", Currency::Vnd);
    assert_money(summary.saving_home, "1090100", Currency::Vnd);
    assert_money(summary.left_over_home, "545050", Currency::Vnd);
    assert_eq!(summary.months_to_goal, Some(15));
}

#[test]
fn budget_goal_in_the_home_currency_rounds_up() {
    // goal 20,000,000 VND at 1,090,100 VND a month: 20000000/1090100 = 18.35 -> 19 months
    let summary = monthly_budget(&budget("1800", Some(m("20000000", Currency::Vnd)))).unwrap();
    assert_eq!(summary.months_to_goal, Some(19));
}

#[test]
fn budget_shortfall_is_said_not_refused() {
    // 1500 - 900 - 600 - 200 = -200 MYR; at home -200 * 5450.5 = -1,090,100 VND
    let summary = monthly_budget(&budget("1500", None)).unwrap();
    assert_money(summary.left_over, "-200.00", Currency::Myr);
    assert_eq!(summary.outcome, BudgetOutcome::Shortfall);
    assert_money(summary.left_over_home, "-1090100", Currency::Vnd);
    assert_eq!(summary.months_to_goal, None);

    // 1700 - 900 - 600 - 200 = 0: balanced.
    let even = monthly_budget(&budget("1700", None)).unwrap();
    assert_eq!(even.outcome, BudgetOutcome::Balanced);
}

#[test]
fn budget_without_saving_has_no_months_to_goal() {
    let mut input = budget("1800", Some(m("3000", Currency::Myr)));
    input.saving = m("0", Currency::Myr);
    assert_eq!(monthly_budget(&input).unwrap().months_to_goal, None);
}

#[test]
fn budget_errors_name_the_field() {
    let mut input = budget("1800", None);
    input.costs[2].amount = m("-50", Currency::Myr);
    let err = monthly_budget(&input).unwrap_err();
    assert_eq!(err.to_string(), "costs[2]: amount: cannot be negative");

    let mut input = budget("1800", Some(m("100", Currency::Php)));
    assert_eq!(
        monthly_budget(&input).unwrap_err().field(),
        Some("savingsGoal")
    );
    input.savings_goal = None;
    input.home_rate = ExchangeRate::typed(Currency::Sgd, Currency::Vnd, d("18000"));
    assert_eq!(
        monthly_budget(&input).unwrap_err().field(),
        Some("homeRate")
    );
}

// -------------------------------------------------------------------- savings

#[test]
fn savings_without_interest() {
    // (10000 - 1000) / 1500 = 6 months: 2,500; 4,000; 5,500; 7,000; 8,500; 10,000
    let plan = SavingsPlan {
        goal: m("10000", Currency::Php),
        already_saved: m("1000", Currency::Php),
        monthly_saving: m("1500", Currency::Php),
        yearly_interest_percent: None,
    };
    let p = savings_goal(&plan).unwrap();
    assert_eq!(p.status, SavingsStatus::Reached);
    assert_eq!(p.months_needed, Some(6));
    let balances: Vec<String> = p
        .schedule
        .iter()
        .map(|r| r.balance.amount.to_string())
        .collect();
    assert_eq!(
        balances,
        [
            "2500.00", "4000.00", "5500.00", "7000.00", "8500.00", "10000.00"
        ]
    );
}

#[test]
fn savings_with_interest_reach_the_goal_sooner() {
    // 1,000 USD a month at 12%/year = 1%/month, goal 5,050 USD:
    //   B1 = 1000; B2 = 1000*1.01 + 1000 = 2010; B3 = 2030.10 + 1000 = 3030.10;
    //   B4 = 3060.401 + 1000 = 4060.401 -> 4060.40; B5 = 4101.00501 + 1000 = 5101.00501 -> 5101.01
    //   interest shown: 0, 10.00, 20.10, 30.30, 40.61. Reached in month 5.
    // Without interest: 5050/1000 = 5.05 -> 6 months.
    let mut plan = SavingsPlan {
        goal: m("5050", Currency::Usd),
        already_saved: m("0", Currency::Usd),
        monthly_saving: m("1000", Currency::Usd),
        yearly_interest_percent: Some(d("12")),
    };
    let p = savings_goal(&plan).unwrap();
    assert_eq!(p.months_needed, Some(5));
    let rows: Vec<(String, String)> = p
        .schedule
        .iter()
        .map(|r| (r.interest.amount.to_string(), r.balance.amount.to_string()))
        .collect();
    assert_eq!(
        rows,
        [
            ("0.00".to_string(), "1000.00".to_string()),
            ("10.00".into(), "2010.00".into()),
            ("20.10".into(), "3030.10".into()),
            ("30.30".into(), "4060.40".into()),
            ("40.61".into(), "5101.01".into()),
        ]
    );
    plan.yearly_interest_percent = None;
    assert_eq!(savings_goal(&plan).unwrap().months_needed, Some(6));
}

#[test]
fn savings_interest_alone() {
    // 1,000 saved at 1%/month, nothing added, goal 2,000:
    // 1000 * 1.01^69 = 1986.89 < 2000 <= 1000 * 1.01^70 = 2006.76: 70 months.
    let p = savings_goal(&SavingsPlan {
        goal: m("2000", Currency::Usd),
        already_saved: m("1000", Currency::Usd),
        monthly_saving: m("0", Currency::Usd),
        yearly_interest_percent: Some(d("12")),
    })
    .unwrap();
    assert_eq!(p.months_needed, Some(70));
    assert_money(p.schedule[68].balance, "1986.89", Currency::Usd);
    assert_money(p.schedule[69].balance, "2006.76", Currency::Usd);
}

#[test]
fn savings_unreachable_beyond_and_already() {
    let plan = |saved: &str, saving: &str, interest: Option<&str>| SavingsPlan {
        goal: m("1000000", Currency::Php),
        already_saved: m(saved, Currency::Php),
        monthly_saving: m(saving, Currency::Php),
        yearly_interest_percent: interest.map(d),
    };
    let p = savings_goal(&plan("0", "0", None)).unwrap();
    assert_eq!(
        (p.status, p.months_needed),
        (SavingsStatus::Unreachable, None)
    );
    assert!(p.schedule.is_empty());
    let p = savings_goal(&plan("0", "0", Some("5"))).unwrap();
    assert_eq!(p.status, SavingsStatus::Unreachable);
    // 1,000,000 / 100 = 10,000 months: beyond the 600-month horizon.
    let p = savings_goal(&plan("0", "100", None)).unwrap();
    assert_eq!(
        (p.status, p.months_needed),
        (SavingsStatus::BeyondHorizon, None)
    );
    assert_eq!(p.schedule.len(), 600);
    assert_money(p.schedule[599].balance, "60000.00", Currency::Php);
    let p = savings_goal(&plan("1000000", "0", None)).unwrap();
    assert_eq!(
        (p.status, p.months_needed),
        (SavingsStatus::AlreadyReached, Some(0))
    );
}

#[test]
fn savings_errors_name_the_field() {
    let err = savings_goal(&SavingsPlan {
        goal: m("1000", Currency::Php),
        already_saved: m("0", Currency::Myr),
        monthly_saving: m("100", Currency::Php),
        yearly_interest_percent: None,
    })
    .unwrap_err();
    assert_eq!(err.field(), Some("alreadySaved"));
    let err = savings_goal(&SavingsPlan {
        goal: m("1000", Currency::Php),
        already_saved: m("0", Currency::Php),
        monthly_saving: m("100", Currency::Php),
        yearly_interest_percent: Some(d("-2")),
    })
    .unwrap_err();
    assert_eq!(err.field(), Some("yearlyInterestPercent"));
}

// -------------------------------------------------------------------- parsing

#[test]
fn what_learners_type() {
    let cases = [
        ("1,250.50", "1250.50"),
        ("1 250,50", "1250.50"),
        ("12,5", "12.5"),
        ("1,250", "1250"),
        ("๑,๒๕๐.๕๐", "1250.50"),
        ("១ ២៥០,៥០", "1250.50"),
        ("၁,၂၅၀", "1250"),
        ("໑໒໕໐", "1250"),
        ("١٢٥٠", "1250"),
        ("１２５０", "1250"),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_amount(text), Ok(d(expected)), "{text}");
    }
}

#[test]
fn json_round_trip_of_a_result() {
    let loan = loan_cost(&php_loan(InterestMethod::DecliningBalance)).unwrap();
    let json = serde_json::to_value(&loan).unwrap();
    assert_eq!(json["totalPaid"]["amount"], "34041.45");
    assert_eq!(json["terms"]["method"], "decliningBalance");
    assert_eq!(json["schedule"][0]["balance"]["amount"], "27763.21");
    let back: passage_money::LoanCost = serde_json::from_value(json).unwrap();
    assert_eq!(back, loan);
}
