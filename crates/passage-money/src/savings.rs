//! How long a savings goal takes, month by month, with or without interest.
//!
//! # Formula
//!
//! `B(0)` is what is already saved, `s` the monthly saving, `y` the optional
//! yearly interest in percent, compounded monthly at `i = y / 12 / 100`.
//! Interest is earned on the balance at the start of the month and the
//! saving is added at its end:
//!
//! ```text
//! B(k) = B(k-1) * (1 + i) + s
//! ```
//!
//! The goal is reached in the first month `k` whose balance, rounded half-up
//! to the minor units, is at least the goal (without interest that is
//! `ceil((goal - saved) / s)`). The schedule shows up to
//! [`MAX_SAVINGS_MONTHS`] months (50 years), with no dates: month 1, 2, ...
//!
//! Shown balances are the exact balances rounded half-up; each month's
//! interest is the shown balance minus the previous shown balance minus the
//! deposit, so every row adds up exactly and interest is never negative.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Result;
use crate::currency::{Money, round_half_up};
use crate::guard;

/// Longest schedule, in months (50 years).
pub const MAX_SAVINGS_MONTHS: u32 = 600;

/// A savings plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavingsPlan {
    /// What the learner wants to reach (zero or more).
    pub goal: Money,
    /// What is already saved, in the same currency (zero or more).
    pub already_saved: Money,
    /// Saved each month, in the same currency (zero or more).
    pub monthly_saving: Money,
    /// Yearly interest in percent, compounded monthly; `None` for none.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub yearly_interest_percent: Option<Decimal>,
}

/// Whether and when the goal is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SavingsStatus {
    /// Already saved enough: 0 months.
    AlreadyReached,
    /// Reached within [`MAX_SAVINGS_MONTHS`].
    Reached,
    /// Still short after [`MAX_SAVINGS_MONTHS`]: save more, or aim lower.
    BeyondHorizon,
    /// Never: nothing is saved each month and there is no interest (or
    /// nothing for interest to grow on).
    Unreachable,
}

/// One month of the projection, in minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavingsMonth {
    /// The month, from 1.
    pub month: u32,
    /// Saved this month.
    pub deposit: Money,
    /// Interest earned this month.
    pub interest: Money,
    /// The balance at the end of the month.
    pub balance: Money,
}

/// The projection of a savings plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SavingsProjection {
    /// The plan, as given.
    pub plan: SavingsPlan,
    /// Whether and when the goal is reached.
    pub status: SavingsStatus,
    /// Months needed, rounded up: `Some(0)` when already reached, `None`
    /// when unreachable or beyond the horizon.
    pub months_needed: Option<u32>,
    /// Month by month until the goal is reached, or for
    /// [`MAX_SAVINGS_MONTHS`] months; empty when already reached or
    /// unreachable.
    pub schedule: Vec<SavingsMonth>,
}

/// Projects a savings plan (see the module documentation).
///
/// Errors: `goal`, `alreadySaved` or `monthlySaving` negative, with more
/// decimals than the currency, or (the last two) in another currency than
/// the goal; `yearlyInterestPercent` negative.
pub fn savings_goal(plan: &SavingsPlan) -> Result<SavingsProjection> {
    let currency = plan.goal.currency;
    guard::amount_in(&plan.goal, currency, "goal")?;
    guard::amount_in(&plan.already_saved, currency, "alreadySaved")?;
    guard::amount_in(&plan.monthly_saving, currency, "monthlySaving")?;
    let yearly = plan.yearly_interest_percent.unwrap_or(Decimal::ZERO);
    guard::non_negative(yearly, "yearlyInterestPercent")?;

    let result = |status, months_needed, schedule| SavingsProjection {
        plan: plan.clone(),
        status,
        months_needed,
        schedule,
    };
    let goal = plan.goal.amount;
    let saving = plan.monthly_saving.amount;
    if plan.already_saved.amount >= goal {
        return Ok(result(SavingsStatus::AlreadyReached, Some(0), Vec::new()));
    }
    let rate = guard::div(yearly, Decimal::from(1200), "yearlyInterestPercent")?;
    if saving.is_zero() && (rate.is_zero() || plan.already_saved.amount.is_zero()) {
        return Ok(result(SavingsStatus::Unreachable, None, Vec::new()));
    }

    let units = currency.minor_units();
    let growth = guard::add(Decimal::ONE, rate, "yearlyInterestPercent")?;
    let mut exact = plan.already_saved.amount;
    let mut shown = round_half_up(exact, units);
    let mut schedule = Vec::new();
    for month in 1..=MAX_SAVINGS_MONTHS {
        exact = guard::add(
            guard::mul(exact, growth, "yearlyInterestPercent")?,
            saving,
            "monthlySaving",
        )?;
        let now = round_half_up(exact, units);
        let interest = guard::sub(guard::sub(now, shown, "goal")?, saving, "goal")?;
        shown = now;
        schedule.push(SavingsMonth {
            month,
            deposit: Money::rounded(saving, currency),
            interest: Money::rounded(interest, currency),
            balance: Money::rounded(now, currency),
        });
        if now >= goal {
            return Ok(result(SavingsStatus::Reached, Some(month), schedule));
        }
    }
    Ok(result(SavingsStatus::BeyondHorizon, None, schedule))
}
