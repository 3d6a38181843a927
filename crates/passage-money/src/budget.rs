//! A monthly budget abroad: what comes in, what goes out, what is left, and
//! what the money sent home and saved is worth at home.
//!
//! # Formulas
//!
//! Everything is in the earning currency except the `…Home` results:
//!
//! ```text
//! total costs      = sum of the cost items
//! left over        = earnings - total costs - remittance - saving   (may be negative)
//! X at home        = X * rate  (rate = home units per 1 earning unit), rounded half-up
//! months to goal   = ceil(goal / saving)           goal in the earning currency
//!                  = ceil(goal / (saving * rate))  goal in the home currency (exact, unrounded)
//! ```
//!
//! A negative left-over is the point of the exercise, not an error: the
//! summary says [`BudgetOutcome::Shortfall`]. Months to the goal is `None`
//! when there is no goal or the saving is zero; a goal of zero is reached in
//! 0 months. No interest is counted here; [`crate::savings`] does that.

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Result;
use crate::currency::{Currency, Money};
use crate::error::MoneyError;
use crate::guard;
use crate::rate::{ExchangeRate, RateDate};

/// One named cost of the month (rent, food, phone, debt repayment...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CostItem {
    /// What it is, as the learner wrote it.
    pub name: String,
    /// How much per month, in the earning currency (zero or more).
    pub amount: Money,
}

/// A month abroad, as the learner plans it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BudgetInput {
    /// Monthly earnings; their currency is the earning currency.
    pub earnings: Money,
    /// Monthly costs abroad.
    pub costs: Vec<CostItem>,
    /// Sent home each month.
    pub remittance: Money,
    /// Saved each month.
    pub saving: Money,
    /// From the earning currency to the home currency.
    pub home_rate: ExchangeRate,
    /// A savings goal, in the earning or the home currency.
    pub savings_goal: Option<Money>,
}

/// Whether the month adds up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum BudgetOutcome {
    /// Something is left over.
    Surplus,
    /// Exactly nothing is left over.
    Balanced,
    /// More goes out than comes in.
    Shortfall,
}

/// The month, worked out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BudgetSummary {
    /// Monthly earnings.
    pub earnings: Money,
    /// The sum of the costs.
    pub total_costs: Money,
    /// Sent home each month.
    pub remittance: Money,
    /// Saved each month.
    pub saving: Money,
    /// Earnings minus costs, remittance and saving; negative on a shortfall.
    pub left_over: Money,
    /// Surplus, balanced or shortfall.
    pub outcome: BudgetOutcome,
    /// The remittance in the home currency.
    pub remittance_home: Money,
    /// The saving in the home currency.
    pub saving_home: Money,
    /// The left-over in the home currency.
    pub left_over_home: Money,
    /// Months of saving to reach the goal, rounded up; `None` without a goal
    /// or without saving.
    pub months_to_goal: Option<u32>,
    /// The rate used, with its date and source if it came from the table.
    pub home_rate: ExchangeRate,
    /// The date of the rate, when it has one: show it next to the results.
    pub rate_date: Option<RateDate>,
}

/// Works out a monthly budget (see the module documentation).
///
/// Errors: an amount negative, in another currency than the earnings, or
/// with more decimals than the currency (`earnings`, `costs[i]`,
/// `remittance`, `saving`); `homeRate` not from the earning currency or not
/// more than zero; `savingsGoal` negative or in a third currency.
pub fn monthly_budget(input: &BudgetInput) -> Result<BudgetSummary> {
    let earning = input.earnings.currency;
    guard::amount_in(&input.earnings, earning, "earnings")?;
    for (i, item) in input.costs.iter().enumerate() {
        guard::amount_in(&item.amount, earning, "amount").map_err(|e| e.in_item("costs", i))?;
    }
    guard::amount_in(&input.remittance, earning, "remittance")?;
    guard::amount_in(&input.saving, earning, "saving")?;
    input.home_rate.check(earning, "homeRate")?;
    let home = input.home_rate.to;

    let total_costs = input.costs.iter().try_fold(Decimal::ZERO, |sum, item| {
        guard::add(sum, item.amount.amount, "costs")
    })?;
    let left_over = [total_costs, input.remittance.amount, input.saving.amount]
        .into_iter()
        .try_fold(input.earnings.amount, |left, out| {
            guard::sub(left, out, "costs")
        })?;
    let outcome = if left_over.is_zero() {
        BudgetOutcome::Balanced
    } else if left_over.is_sign_negative() {
        BudgetOutcome::Shortfall
    } else {
        BudgetOutcome::Surplus
    };
    let to_home =
        |amount: Decimal, field| input.home_rate.convert(Money::new(amount, earning), field);

    Ok(BudgetSummary {
        earnings: Money::rounded(input.earnings.amount, earning),
        total_costs: Money::rounded(total_costs, earning),
        remittance: Money::rounded(input.remittance.amount, earning),
        saving: Money::rounded(input.saving.amount, earning),
        left_over: Money::rounded(left_over, earning),
        outcome,
        remittance_home: to_home(input.remittance.amount, "remittance")?,
        saving_home: to_home(input.saving.amount, "saving")?,
        left_over_home: to_home(left_over, "homeRate")?,
        months_to_goal: months_to_goal(input, earning, home)?,
        home_rate: input.home_rate.clone(),
        rate_date: input.home_rate.date(),
    })
}

fn months_to_goal(input: &BudgetInput, earning: Currency, home: Currency) -> Result<Option<u32>> {
    const FIELD: &str = "savingsGoal";
    let Some(goal) = input.savings_goal else {
        return Ok(None);
    };
    if goal.is_negative() {
        return Err(MoneyError::Negative { field: FIELD });
    }
    let saving_in_goal_currency = if goal.currency == earning {
        input.saving.amount
    } else if goal.currency == home {
        input.home_rate.convert_exact(input.saving, "saving")?
    } else {
        return Err(MoneyError::CurrencyMismatch {
            field: FIELD,
            expected: earning,
            found: goal.currency,
        });
    };
    if goal.amount.is_zero() {
        return Ok(Some(0));
    }
    if saving_in_goal_currency.is_zero() {
        return Ok(None);
    }
    let months = guard::div(goal.amount, saving_in_goal_currency, FIELD)?;
    guard::months_rounded_up(months, FIELD).map(Some)
}
