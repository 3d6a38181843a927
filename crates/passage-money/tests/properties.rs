//! Properties that must hold for every input, checked with proptest.

#![allow(clippy::unwrap_used)]

use passage_money::{
    BudgetInput, CostItem, Currency, Decimal, ExchangeRate, FeeMode, InterestMethod, LoanTerms,
    Money, ReferenceRates, SavingsPlan, Transfer, format_amount, loan_cost, monthly_budget,
    parse_amount, parse_money, remittance_cost, round_half_up, savings_goal,
};
use proptest::prelude::*;

/// An amount with `scale` decimals and up to 15 digits before the point.
fn amount(scale: u32) -> impl Strategy<Value = Decimal> {
    let max = 10i64.pow(15) * 10i64.pow(scale) - 1;
    (-max..=max).prop_map(move |m| Decimal::new(m, scale))
}

fn currency() -> impl Strategy<Value = Currency> {
    proptest::sample::select(Currency::ALL.to_vec())
}

/// Money with exactly the currency's minor units, from `min` to `max` whole units.
fn money_in(currency: Currency, min: i64, max: i64) -> impl Strategy<Value = Money> {
    let scale = currency.minor_units();
    let unit = 10i64.pow(scale);
    (min * unit..=max * unit).prop_map(move |m| Money::new(Decimal::new(m, scale), currency))
}

/// A positive rate with up to 6 decimals, 0.000001 to 50,000.
fn rate() -> impl Strategy<Value = Decimal> {
    (1i64..=50_000_000_000).prop_map(|m| Decimal::new(m, 6))
}

/// Any `Decimal` at all, from the whole range, to look for panics.
fn any_decimal() -> impl Strategy<Value = Decimal> {
    (
        any::<u32>(),
        any::<u32>(),
        any::<u32>(),
        any::<bool>(),
        0u32..=28,
    )
        .prop_map(|(lo, mid, hi, neg, scale)| Decimal::from_parts(lo, mid, hi, neg, scale))
}

/// The same digits in another script.
fn in_script(text: &str, zero: char) -> String {
    text.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => char::from_u32(u32::from(zero) + d).unwrap(),
            None => c,
        })
        .collect()
}

const SCRIPTS: [char; 7] = [
    '\u{0E50}', // Thai
    '\u{0ED0}', // Lao
    '\u{17E0}', // Khmer
    '\u{1040}', // Myanmar
    '\u{0660}', // Arabic-Indic
    '\u{06F0}', // Extended Arabic-Indic
    '\u{FF10}', // full-width
];

proptest! {
    // ------------------------------------------------------------ parsing

    #[test]
    fn parse_reads_back_what_format_writes(scale in 0u32..=3, seed in any::<u64>()) {
        let max = 10i64.pow(15) * 10i64.pow(scale) - 1;
        let mantissa = (seed % (2 * max as u64 + 1)) as i64 - max;
        let x = Decimal::new(mantissa, scale);
        let text = format_amount(x, scale);
        prop_assert_eq!(parse_amount(&text), Ok(x), "{}", text);
    }

    #[test]
    fn parse_reads_spaces_and_apostrophes_too(x in amount(2)) {
        let text = format_amount(x, 2);
        for separator in [" ", "\u{00A0}", "\u{202F}", "'"] {
            let other = text.replace(',', separator);
            prop_assert_eq!(parse_amount(&other), Ok(x), "{}", other);
        }
    }

    #[test]
    fn every_digit_script_reads_like_ascii(x in amount(2), script in 0usize..SCRIPTS.len()) {
        let ascii = format_amount(x, 2);
        let local = in_script(&ascii, SCRIPTS[script]);
        prop_assert_eq!(parse_amount(&local), parse_amount(&ascii), "{}", local);
    }

    #[test]
    fn scripts_agree_on_any_text(text in "[0-9., '-]{0,24}", script in 0usize..SCRIPTS.len()) {
        // Valid or not, a text in another script parses exactly like ASCII.
        let local = in_script(&text, SCRIPTS[script]);
        prop_assert_eq!(parse_amount(&local), parse_amount(&text));
    }

    #[test]
    fn parsing_never_panics(text in any::<String>(), c in currency()) {
        let _ = parse_amount(&text);
        let _ = parse_money(&text, c);
        let _ = text.parse::<passage_money::RateDate>();
    }

    #[test]
    fn parsing_number_like_text_never_panics(text in "[0-9０-９๐-๙.,'\\- \u{00A0}$A-Za-z₱]{0,40}") {
        let _ = parse_amount(&text);
    }

    #[test]
    fn reading_rates_never_panics(text in any::<String>()) {
        let _ = ReferenceRates::from_toml(&text);
    }

    #[test]
    fn reading_rate_like_toml_never_panics(
        from in "[A-Z]{3}|\"[A-Za-z]{0,4}\"|[0-9.]{1,6}",
        rate in "\"[0-9.,\\-]{0,8}\"|[0-9.]{1,6}|true",
        date in "\"[0-9\\-]{0,11}\"|2026-0[1-9]-[0-3][0-9]|[0-9]{1,4}",
    ) {
        let text = format!(
            "[[rate]]\nfrom = {from}\nto = \"VND\"\nrate = {rate}\ndate = {date}\nsource = \"example\"\n"
        );
        if let Ok(table) = ReferenceRates::from_toml(&text) {
            // Whatever is accepted is written back and read again unchanged.
            prop_assert_eq!(ReferenceRates::from_toml(&table.to_toml()).unwrap(), table);
        }
    }

    // --------------------------------------------------------- remittance

    #[test]
    fn remittance_parts_add_up(
        amount in money_in(Currency::Myr, 1, 10_000_000),
        fee_share in 0u32..=99,
        included in any::<bool>(),
        offered in rate(),
        reference in rate(),
        to in currency(),
    ) {
        let fee = Money::rounded(
            amount.amount * Decimal::from(fee_share) / Decimal::ONE_HUNDRED,
            Currency::Myr,
        );
        // A fee taken out of the amount must leave something to send.
        prop_assume!(!(included && fee.amount >= amount.amount));
        let fee_mode = if included { FeeMode::Included } else { FeeMode::OnTop };
        let cost = remittance_cost(&Transfer {
            amount,
            fee,
            fee_mode,
            offered_rate: offered,
            reference_rate: ExchangeRate::typed(Currency::Myr, to, reference),
        }).unwrap();

        // fee + margin = total, to the minor unit.
        prop_assert_eq!(cost.fee_cost.amount + cost.margin_cost.amount, cost.total_cost.amount);
        // The fee is on top or taken out, and the sender pays accordingly.
        let converted = if included { amount.amount - fee.amount } else { amount.amount };
        let pays = if included { amount.amount } else { amount.amount + fee.amount };
        prop_assert_eq!(cost.converted.amount, converted);
        prop_assert_eq!(cost.sender_pays.amount, pays);
        // received = converted * offered, rounded half-up to the receiving currency.
        prop_assert_eq!(
            cost.amount_received.amount,
            round_half_up(converted * offered, to.minor_units())
        );
        prop_assert_eq!(cost.amount_received.currency, to);
        // The margin is in the sending currency and has its sign.
        prop_assert_eq!(cost.margin_cost.currency, Currency::Myr);
        match offered.cmp(&reference) {
            std::cmp::Ordering::Greater => prop_assert!(cost.margin_cost.amount <= Decimal::ZERO),
            std::cmp::Ordering::Less => prop_assert!(cost.margin_cost.amount >= Decimal::ZERO),
            std::cmp::Ordering::Equal => prop_assert!(cost.margin_cost.amount.is_zero()),
        }
        // The percentage and the target agree with the total.
        let percent = cost.total_cost.amount / amount.amount * Decimal::ONE_HUNDRED;
        prop_assert_eq!(cost.total_cost_percent, round_half_up(percent, 2));
        prop_assert_eq!(cost.under_sdg_target, percent < Decimal::from(3));
    }

    #[test]
    fn remittance_never_panics(
        amount in any_decimal(),
        fee in any_decimal(),
        offered in any_decimal(),
        reference in any_decimal(),
        included in any::<bool>(),
    ) {
        let _ = remittance_cost(&Transfer {
            amount: Money::new(amount, Currency::Usd),
            fee: Money::new(fee, Currency::Usd),
            fee_mode: if included { FeeMode::Included } else { FeeMode::OnTop },
            offered_rate: offered,
            reference_rate: ExchangeRate::typed(Currency::Usd, Currency::Php, reference),
        });
    }

    // -------------------------------------------------------------- loans

    #[test]
    fn flat_never_costs_less_than_declining(
        principal in money_in(Currency::Php, 1, 10_000_000),
        percent_hundredths in 1i64..=10_000,
        months in 2u32..=600,
    ) {
        let terms = |method| LoanTerms {
            principal,
            yearly_interest_percent: Decimal::new(percent_hundredths, 2),
            months,
            method,
        };
        let flat = loan_cost(&terms(InterestMethod::Flat)).unwrap();
        let declining = loan_cost(&terms(InterestMethod::DecliningBalance)).unwrap();
        prop_assert!(flat.total_paid.amount >= declining.total_paid.amount,
            "flat {} < declining {}", flat.total_paid, declining.total_paid);
    }

    #[test]
    fn schedule_sums_to_the_total_and_ends_at_zero(
        c in currency(),
        whole in 1i64..=10_000_000,
        percent_hundredths in 0i64..=10_000,
        months in 1u32..=600,
        flat in any::<bool>(),
    ) {
        let principal = Money::new(Decimal::from(whole), c);
        let loan = loan_cost(&LoanTerms {
            principal,
            yearly_interest_percent: Decimal::new(percent_hundredths, 2),
            months,
            method: if flat { InterestMethod::Flat } else { InterestMethod::DecliningBalance },
        }).unwrap();
        let rows = &loan.schedule;
        prop_assert_eq!(rows.len(), months as usize);
        let paid: Decimal = rows.iter().map(|r| r.payment.amount).sum();
        let interest: Decimal = rows.iter().map(|r| r.interest.amount).sum();
        let repaid: Decimal = rows.iter().map(|r| r.principal.amount).sum();
        prop_assert_eq!(paid, loan.total_paid.amount);
        prop_assert_eq!(interest, loan.total_interest.amount);
        prop_assert_eq!(repaid, principal.amount);
        prop_assert!(rows.last().unwrap().balance.amount.is_zero());
        let mut balance = principal.amount;
        for row in rows {
            prop_assert_eq!(row.payment.amount, row.interest.amount + row.principal.amount);
            prop_assert_eq!(row.balance.amount, balance - row.principal.amount);
            prop_assert_eq!(row.balance.currency, c);
            prop_assert_eq!(row.payment.amount.scale(), c.minor_units());
            balance = row.balance.amount;
        }
        // Every month but the last pays the monthly payment.
        for row in &rows[..rows.len() - 1] {
            prop_assert_eq!(row.payment.amount, loan.monthly_payment.amount);
        }
    }

    #[test]
    fn no_schedule_has_a_negative_row(
        c in currency(),
        minor in 1i64..=1_000_000_000,
        percent_hundredths in 0i64..=1_000_000,
        months in 1u32..=600,
        flat in any::<bool>(),
    ) {
        // From one minor unit to ten million (in units of 1/100), at 0% to
        // 10,000% a year: absurd loans included, every one is computed and
        // shown without a negative number.
        let principal = Money::new(Decimal::new(minor, 2), c).round();
        prop_assume!(!principal.amount.is_zero());
        let loan = loan_cost(&LoanTerms {
            principal,
            yearly_interest_percent: Decimal::new(percent_hundredths, 2),
            months,
            method: if flat { InterestMethod::Flat } else { InterestMethod::DecliningBalance },
        }).unwrap();
        for row in &loan.schedule {
            prop_assert!(!row.payment.is_negative(), "{:?}", row);
            prop_assert!(!row.interest.is_negative(), "{:?}", row);
            prop_assert!(!row.principal.is_negative(), "{:?}", row);
            prop_assert!(!row.balance.is_negative(), "{:?}", row);
        }
        let paid: Decimal = loan.schedule.iter().map(|r| r.payment.amount).sum();
        prop_assert_eq!(paid, loan.total_paid.amount);
        prop_assert!(loan.schedule.last().unwrap().balance.amount.is_zero());
    }

    #[test]
    fn loans_never_panic(
        principal in any_decimal(),
        percent in any_decimal(),
        months in 0u32..=700,
        flat in any::<bool>(),
        salary in any_decimal(),
    ) {
        let loan = loan_cost(&LoanTerms {
            principal: Money::new(principal, Currency::Kwd),
            yearly_interest_percent: percent,
            months,
            method: if flat { InterestMethod::Flat } else { InterestMethod::DecliningBalance },
        });
        if let Ok(loan) = loan {
            let _ = loan.months_of_salary(Money::new(salary, Currency::Kwd));
        }
    }

    // ------------------------------------------------- budget and savings

    #[test]
    fn budget_left_over_is_what_remains(
        earnings in money_in(Currency::Sgd, 0, 100_000),
        costs in proptest::collection::vec(money_in(Currency::Sgd, 0, 5_000), 0..8),
        remittance in money_in(Currency::Sgd, 0, 50_000),
        saving in money_in(Currency::Sgd, 0, 50_000),
        home_rate in rate(),
    ) {
        let summary = monthly_budget(&BudgetInput {
            earnings,
            costs: costs.iter().map(|m| CostItem { name: "cost".into(), amount: *m }).collect(),
            remittance,
            saving,
            home_rate: ExchangeRate::typed(Currency::Sgd, Currency::Idr, home_rate),
            savings_goal: None,
        }).unwrap();
        let total: Decimal = costs.iter().map(|m| m.amount).sum();
        prop_assert_eq!(summary.total_costs.amount, total);
        prop_assert_eq!(
            summary.left_over.amount,
            earnings.amount - total - remittance.amount - saving.amount
        );
        prop_assert_eq!(
            summary.remittance_home.amount,
            round_half_up(remittance.amount * home_rate, 2)
        );
    }

    #[test]
    fn budget_never_panics(
        earnings in any_decimal(),
        cost in any_decimal(),
        remittance in any_decimal(),
        saving in any_decimal(),
        home_rate in any_decimal(),
        goal in any_decimal(),
        goal_at_home in any::<bool>(),
    ) {
        let _ = monthly_budget(&BudgetInput {
            earnings: Money::new(earnings, Currency::Vnd),
            costs: vec![CostItem { name: "x".into(), amount: Money::new(cost, Currency::Vnd) }],
            remittance: Money::new(remittance, Currency::Vnd),
            saving: Money::new(saving, Currency::Vnd),
            home_rate: ExchangeRate::typed(Currency::Vnd, Currency::Kwd, home_rate),
            savings_goal: Some(Money::new(goal, if goal_at_home { Currency::Kwd } else { Currency::Vnd })),
        });
    }

    #[test]
    fn savings_months_match_the_plain_division_without_interest(
        goal in money_in(Currency::Thb, 0, 1_000_000),
        saved in money_in(Currency::Thb, 0, 1_000_000),
        saving in money_in(Currency::Thb, 1, 100_000),
    ) {
        let p = savings_goal(&SavingsPlan {
            goal,
            already_saved: saved,
            monthly_saving: saving,
            yearly_interest_percent: None,
        }).unwrap();
        let needed = ((goal.amount - saved.amount) / saving.amount).ceil().max(Decimal::ZERO);
        if needed <= Decimal::from(600) {
            prop_assert_eq!(p.months_needed.map(Decimal::from), Some(needed));
        } else {
            prop_assert_eq!(p.months_needed, None);
            prop_assert_eq!(p.schedule.len(), 600);
        }
        let mut balance = saved.amount;
        for row in &p.schedule {
            prop_assert!(row.interest.amount.is_zero());
            balance += row.deposit.amount;
            prop_assert_eq!(row.balance.amount, balance);
        }
    }

    #[test]
    fn savings_never_panic(
        goal in any_decimal(),
        saved in any_decimal(),
        saving in any_decimal(),
        interest in proptest::option::of(any_decimal()),
    ) {
        let _ = savings_goal(&SavingsPlan {
            goal: Money::new(goal, Currency::Usd),
            already_saved: Money::new(saved, Currency::Usd),
            monthly_saving: Money::new(saving, Currency::Usd),
            yearly_interest_percent: interest,
        });
    }
}
