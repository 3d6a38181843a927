//! What a loan costs: the monthly payment, the total paid, the interest, and
//! a month-by-month schedule — for the two ways lenders quote interest.
//!
//! # Formulas
//!
//! `P` is the principal, `y` the nominal yearly interest rate in percent,
//! `n` the number of monthly payments (1 to [`MAX_LOAN_MONTHS`]).
//!
//! - **Flat** ([`InterestMethod::Flat`]), common with recruitment-fee and
//!   informal lenders: every month pays interest on the *original*
//!   principal, however much is already repaid.
//!   `interest per month = P * y / 100 / 12`,
//!   `total interest = P * y / 100 * n / 12`, `total paid = P + total interest`,
//!   `payment = total paid / n`.
//! - **Declining balance** ([`InterestMethod::DecliningBalance`]), how banks
//!   amortize: interest each month on what is still owed, with a fixed
//!   payment `P * r / (1 - (1 + r)^-n)` where `r = y / 12 / 100`, or `P / n`
//!   when `r = 0`. Month `k` pays interest `B(k-1) * r` on the balance
//!   `B(k-1)` still owed, the rest of the payment repays principal, and
//!   `B(k) = B(k-1) * (1 + r) - payment`, `B(0) = P`, `B(n) = 0`.
//!   `total paid = n * payment`. (The balances are computed backwards from
//!   `B(n) = 0`, which is the same recursion but keeps rounding errors from
//!   growing.)
//!
//! For the same rate and term a flat loan never costs less than a declining
//! one, and costs more as soon as `n > 1` and `y > 0`: that difference is
//! the lesson.
//!
//! `Decimal` has no `powf`: `(1 + r)^n` is computed by repeated
//! multiplication. Once the running power passes 10^24 the multiplication
//! stops, because the remaining factor changes the payment by less than
//! 10^-24 of it — invisible at any currency's minor units — and because the
//! exact power of an absurd rate would not fit in a `Decimal`.
//!
//! # Rounding
//!
//! The exact schedule is computed with full `Decimal` precision; what is
//! shown is derived from it, in minor units, so that the shown schedule adds
//! up exactly:
//!
//! - `total paid` = the exact total rounded half-up; `monthly payment` = the
//!   exact payment rounded half-up; months 1 to n-1 pay the monthly
//!   payment and **the last payment absorbs the rounding difference**
//!   (`total paid - (n-1) * monthly payment`).
//! - Each month's interest is the rounded running total of exact interest
//!   minus the interest already shown (never more than the payment), so
//!   rounding errors never pile up; the rest of the payment is principal.
//! - The balance is the principal minus the principal shown so far; the
//!   last month repays exactly what is left, so the balance ends at exactly
//!   zero, payments sum to `total paid`, principal parts to `P` and interest
//!   parts to `total interest`.
//!
//! Every shown amount is within a minor unit or so of the exact one, except
//! the last payment, which carries the rounding of all the others.
//!
//! One exception to half-up: when the payment is tiny next to the number of
//! months, the rounding of every payment can add up to more than what the
//! last row has left (50 PHP flat at 10% over 360 months: 0.5556 a month,
//! rounded up to 0.56, overpays about 1.60 by the end — more than the 0.14
//! of principal left for the last month, which would show a negative
//! payment of -1.04).
//! Then the monthly payment is rounded *down* instead, so the payments
//! underpay a little and the last payment is larger: with the interest
//! following the exact running total and capped at the payment, no row is
//! negative that way. Realistic loans never get there.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::Result;
use crate::currency::{Currency, Money, round_half_up};
use crate::error::MoneyError;
use crate::guard;

/// Longest loan accepted, in months (50 years).
pub const MAX_LOAN_MONTHS: u32 = 600;

/// How the lender charges interest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum InterestMethod {
    /// Interest on the original principal every month.
    Flat,
    /// Interest on the balance still owed; fixed monthly payment.
    DecliningBalance,
}

/// A loan as the lender quotes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoanTerms {
    /// The amount borrowed (more than zero).
    pub principal: Money,
    /// Nominal yearly interest rate in percent (`24` for 24%), zero or more.
    #[serde(with = "rust_decimal::serde::str")]
    pub yearly_interest_percent: Decimal,
    /// Number of monthly payments, 1 to [`MAX_LOAN_MONTHS`].
    pub months: u32,
    /// Flat or declining balance.
    pub method: InterestMethod,
}

/// One month of the schedule, in minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoanMonth {
    /// The month, from 1.
    pub month: u32,
    /// What is paid this month.
    pub payment: Money,
    /// The part of it that is interest.
    pub interest: Money,
    /// The part of it that repays the principal.
    pub principal: Money,
    /// Principal still owed after this payment.
    pub balance: Money,
}

/// The cost of a loan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct LoanCost {
    /// The terms, as given.
    pub terms: LoanTerms,
    /// The payment of months 1 to n-1 (the last may differ by the rounding).
    pub monthly_payment: Money,
    /// Everything paid: the sum of the schedule's payments.
    pub total_paid: Money,
    /// Total paid minus the principal.
    pub total_interest: Money,
    /// One row per month.
    pub schedule: Vec<LoanMonth>,
}

impl LoanCost {
    /// The loan's currency.
    pub fn currency(&self) -> Currency {
        self.terms.principal.currency
    }

    /// How many months of salary the loan takes to repay in total:
    /// `total paid / monthly salary`, rounded half-up to 2 decimals.
    ///
    /// Errors: `monthlySalary` in another currency or not more than zero.
    pub fn months_of_salary(&self, monthly_salary: Money) -> Result<Decimal> {
        guard::positive_amount_in(&monthly_salary, self.total_paid.currency, "monthlySalary")?;
        let months = guard::div(
            self.total_paid.amount,
            monthly_salary.amount,
            "monthlySalary",
        )?;
        Ok(round_half_up(months, 2))
    }
}

/// Computes the cost and schedule of a loan (see the module documentation).
///
/// Errors: `principal` not more than zero or with more decimals than its
/// currency; `yearlyInterestPercent` negative; `months` outside 1 to 600;
/// [`MoneyError::TooLarge`] if the numbers are too large to compute.
pub fn loan_cost(terms: &LoanTerms) -> Result<LoanCost> {
    let currency = terms.principal.currency;
    guard::positive_amount_in(&terms.principal, currency, "principal")?;
    guard::non_negative(terms.yearly_interest_percent, "yearlyInterestPercent")?;
    if !(1..=MAX_LOAN_MONTHS).contains(&terms.months) {
        return Err(MoneyError::MonthsOutOfRange {
            field: "months",
            min: 1,
            max: MAX_LOAN_MONTHS,
            found: terms.months,
        });
    }
    let exact = match terms.method {
        InterestMethod::Flat => flat(terms)?,
        InterestMethod::DecliningBalance => declining(terms)?,
    };
    let units = currency.minor_units();
    let total = round_half_up(exact.total, units);
    let half_up = round_half_up(exact.payment, units);
    let rounded_down = exact
        .payment
        .round_dp_with_strategy(units, RoundingStrategy::ToZero);
    let mut shown = None;
    for payment in [half_up, rounded_down] {
        if let Some(rows) = shown_schedule(terms.principal, &exact, payment, total)? {
            shown = Some((payment, rows));
            break;
        }
    }
    let Some((payment, schedule)) = shown else {
        // Unreachable by the argument in the module documentation; an error
        // is still better than a negative number on screen.
        return Err(MoneyError::PaymentTooSmall {
            field: "months",
            payment: Money::rounded(half_up, currency),
        });
    };
    let monthly_payment = Money::rounded(payment, currency);
    let total_paid = Money::rounded(total, currency);
    let total_interest = guard::sub(total_paid.amount, terms.principal.amount, "principal")?;
    Ok(LoanCost {
        terms: terms.clone(),
        monthly_payment,
        total_paid,
        total_interest: Money::rounded(total_interest, currency),
        schedule,
    })
}

/// The exact (unrounded) loan: payment, total and each month's interest.
struct ExactLoan {
    payment: Decimal,
    total: Decimal,
    interest: Vec<Decimal>,
}

const FIELD_RATE: &str = "yearlyInterestPercent";

fn flat(terms: &LoanTerms) -> Result<ExactLoan> {
    let p = terms.principal.amount;
    let n = Decimal::from(terms.months);
    let twelve_hundred = Decimal::from(1200);
    // Multiply before dividing, so whole results stay whole.
    let per_month = guard::div(
        guard::mul(p, terms.yearly_interest_percent, FIELD_RATE)?,
        twelve_hundred,
        FIELD_RATE,
    )?;
    let total_interest = guard::div(
        guard::mul(
            guard::mul(p, terms.yearly_interest_percent, FIELD_RATE)?,
            n,
            FIELD_RATE,
        )?,
        twelve_hundred,
        FIELD_RATE,
    )?;
    let total = guard::add(p, total_interest, FIELD_RATE)?;
    Ok(ExactLoan {
        payment: guard::div(total, n, "months")?,
        total,
        interest: vec![per_month; terms.months as usize],
    })
}

/// Past this, `(1 + r)^k` stops growing in the computation (see the module
/// documentation).
const POWER_CAP: Decimal = Decimal::from_parts(0xA100_0000, 0x1BCE_CCED, 0xD3C2, false, 0);

fn declining(terms: &LoanTerms) -> Result<ExactLoan> {
    let p = terms.principal.amount;
    let n = Decimal::from(terms.months);
    let r = guard::div(
        terms.yearly_interest_percent,
        Decimal::from(1200),
        FIELD_RATE,
    )?;
    if r.is_zero() {
        return Ok(ExactLoan {
            payment: guard::div(p, n, "months")?,
            total: p,
            interest: vec![Decimal::ZERO; terms.months as usize],
        });
    }
    let growth = guard::add(Decimal::ONE, r, FIELD_RATE)?;
    let mut power = Decimal::ONE;
    for _ in 0..terms.months {
        if power > POWER_CAP {
            break;
        }
        power = guard::mul(power, growth, FIELD_RATE)?;
    }
    // P * r / (1 - (1 + r)^-n)
    let discount = guard::sub(
        Decimal::ONE,
        guard::div(Decimal::ONE, power, FIELD_RATE)?,
        FIELD_RATE,
    )?;
    let payment = guard::div(guard::mul(p, r, FIELD_RATE)?, discount, FIELD_RATE)?;
    let total = guard::mul(payment, n, FIELD_RATE)?;
    // Balances are computed backwards from B(n) = 0 with
    // B(k-1) = (B(k) + payment) / (1 + r): the forward recursion multiplies
    // the tiny error of `payment` by (1 + r) every month and diverges for
    // high rates over long terms; going backwards divides it instead.
    let mut balance = Decimal::ZERO;
    let mut interest = Vec::with_capacity(terms.months as usize);
    for _ in 0..terms.months {
        balance = guard::div(
            guard::add(balance, payment, FIELD_RATE)?,
            growth,
            FIELD_RATE,
        )?;
        interest.push(guard::mul(balance, r, FIELD_RATE)?);
    }
    interest.reverse();
    Ok(ExactLoan {
        payment,
        total,
        interest,
    })
}

/// The schedule as shown, in minor units, for a given shown monthly payment
/// (see "Rounding" in the module documentation). `None` when some row would
/// be negative.
fn shown_schedule(
    principal: Money,
    exact: &ExactLoan,
    payment: Decimal,
    total: Decimal,
) -> Result<Option<Vec<LoanMonth>>> {
    let currency = principal.currency;
    let units = currency.minor_units();
    let round = |x: Decimal| round_half_up(x, units);
    let money = |x: Decimal| Money::rounded(x, currency);
    let months = exact.interest.len();

    let mut rows = Vec::with_capacity(months);
    let mut balance = principal.amount;
    let mut exact_interest_so_far = Decimal::ZERO;
    let mut shown_interest_so_far = Decimal::ZERO;
    let mut paid_so_far = Decimal::ZERO;
    for (i, due) in exact.interest.iter().enumerate() {
        let last = i + 1 == months;
        let (this_payment, this_interest, this_principal) = if last {
            let this_payment = guard::sub(total, paid_so_far, "principal")?;
            let this_principal = balance;
            let this_interest = guard::sub(this_payment, this_principal, "principal")?;
            (this_payment, this_interest, this_principal)
        } else {
            exact_interest_so_far = guard::add(exact_interest_so_far, *due, FIELD_RATE)?;
            let target = guard::sub(
                round(exact_interest_so_far),
                shown_interest_so_far,
                FIELD_RATE,
            )?;
            // max then min, not clamp: clamp panics if its bounds cross.
            let this_interest = target.max(Decimal::ZERO).min(payment);
            let this_principal = guard::sub(payment, this_interest, "principal")?;
            (payment, this_interest, this_principal)
        };
        shown_interest_so_far = guard::add(shown_interest_so_far, this_interest, FIELD_RATE)?;
        paid_so_far = guard::add(paid_so_far, this_payment, "principal")?;
        balance = if last {
            Decimal::ZERO
        } else {
            guard::sub(balance, this_principal, "principal")?
        };
        let negative = [this_payment, this_interest, this_principal, balance]
            .iter()
            .any(|x| *x < Decimal::ZERO);
        if negative {
            return Ok(None);
        }
        rows.push(LoanMonth {
            // i < months <= MAX_LOAN_MONTHS, so it fits a u32.
            month: u32::try_from(i + 1).unwrap_or(u32::MAX),
            payment: money(this_payment),
            interest: money(this_interest),
            principal: money(this_principal),
            balance: money(balance),
        });
    }
    Ok(Some(rows))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn power_cap_is_ten_to_the_24() {
        assert_eq!(POWER_CAP, Decimal::from_i128_with_scale(10i128.pow(24), 0));
    }
}
