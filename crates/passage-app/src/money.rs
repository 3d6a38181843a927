//! The money tools as the lessons embed them. The UI sends what the learner
//! typed (in any script's digits); the arithmetic is `passage-money`'s, and
//! the answer comes back as text ready to show, always with the date of the
//! reference rate it used.

use passage_money::{
    BudgetInput, BudgetOutcome, CostItem, Currency, ExchangeRate, FeeMode, InterestMethod,
    LoanTerms, MoneyError, ReferenceRates, SavingsPlan, SavingsStatus, Transfer, loan_cost,
    monthly_budget, parse_money, parse_non_negative_amount, remittance_cost, savings_goal,
};

use crate::{AppError, Result};

/// The remittance cost form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RemittanceForm {
    /// Sending currency code, e.g. `MYR`.
    pub from: String,
    /// Receiving currency code, e.g. `VND`.
    pub to: String,
    /// Amount sent.
    pub amount: String,
    /// The provider's fee.
    pub fee: String,
    /// The fee is taken out of the amount (else it is paid on top).
    pub fee_included: bool,
    /// The provider's rate: receiving units for one sending unit.
    pub offered_rate: String,
    /// A reference (mid-market) rate the learner typed; empty to use the
    /// trainer's table.
    pub reference_rate: String,
}

/// The cost of a transfer, ready to show.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RemittanceView {
    /// What the sender hands over.
    pub sender_pays: String,
    /// What the family receives.
    pub received: String,
    /// What they would receive at the reference rate with no fee.
    pub received_at_reference: String,
    /// The fee.
    pub fee_cost: String,
    /// The exchange-rate margin, in the sending currency.
    pub margin_cost: String,
    /// Fee plus margin.
    pub total_cost: String,
    /// Total cost as a percentage of the amount, e.g. `2.85`.
    pub total_percent: String,
    /// Below the SDG 10.c target of 3%.
    pub under_target: bool,
    /// The reference rate used, e.g. `1 MYR = 5,400 VND`.
    pub reference_rate: String,
    /// Its date (`YYYY-MM-DD`) when it came from the trainer's table; `None`
    /// when the learner typed it.
    pub rate_date: Option<String>,
    /// Where the trainer took it from.
    pub rate_source: Option<String>,
}

/// Currencies the tools know, by ISO 4217 code.
pub fn currencies() -> Vec<String> {
    Currency::ALL.iter().map(|c| c.code().to_owned()).collect()
}

fn currency(field: &str, code: &str) -> Result<Currency> {
    Currency::from_code(code.trim()).ok_or_else(|| AppError::BadAmount {
        field: field.to_owned(),
        detail: format!("`{code}` is not a currency the tools know"),
    })
}

impl From<MoneyError> for AppError {
    fn from(err: MoneyError) -> Self {
        Self::BadAmount {
            field: err.field().unwrap_or_default().to_owned(),
            detail: err.to_string(),
        }
    }
}

fn rate(field: &'static str, text: &str) -> Result<passage_money::Decimal> {
    parse_non_negative_amount(text).map_err(|e| AppError::from(e.in_field(field)))
}

/// Costs a transfer; a reference rate the learner typed wins over the table.
pub(crate) fn remittance(form: &RemittanceForm, table: &ReferenceRates) -> Result<RemittanceView> {
    let from = currency("from", &form.from)?;
    let to = currency("to", &form.to)?;
    let amount =
        parse_money(&form.amount, from).map_err(|e| AppError::from(e.in_field("amount")))?;
    let fee = if form.fee.trim().is_empty() {
        passage_money::Money::zero(from)
    } else {
        parse_money(&form.fee, from).map_err(|e| AppError::from(e.in_field("fee")))?
    };
    let offered_rate = rate("offeredRate", &form.offered_rate)?;
    let reference_rate = if form.reference_rate.trim().is_empty() {
        table.lookup(from, to).map_err(|_| AppError::BadAmount {
            field: "referenceRate".into(),
            detail: format!("no reference rate from {from:?} to {to:?}: type one"),
        })?
    } else {
        ExchangeRate::typed(from, to, rate("referenceRate", &form.reference_rate)?)
    };
    let cost = remittance_cost(&Transfer {
        amount,
        fee,
        fee_mode: if form.fee_included {
            FeeMode::Included
        } else {
            FeeMode::OnTop
        },
        offered_rate,
        reference_rate: reference_rate.clone(),
    })?;
    Ok(RemittanceView {
        sender_pays: cost.sender_pays.to_string(),
        received: cost.amount_received.to_string(),
        received_at_reference: cost.received_at_reference.to_string(),
        fee_cost: cost.fee_cost.to_string(),
        margin_cost: cost.margin_cost.to_string(),
        total_cost: cost.total_cost.to_string(),
        total_percent: cost.total_cost_percent.to_string(),
        under_target: cost.under_sdg_target,
        reference_rate: rate_text(&reference_rate),
        rate_date: cost.rate_date.map(|d| d.to_string()),
        rate_source: reference_rate.provenance.map(|p| p.source),
    })
}

/// The loan cost form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LoanForm {
    /// Currency code.
    pub currency: String,
    /// Amount borrowed.
    pub principal: String,
    /// Yearly interest in percent, e.g. `24`.
    pub yearly_rate: String,
    /// Number of monthly payments.
    pub months: String,
    /// Monthly salary, to say how many months of pay the loan costs (may be empty).
    pub salary: String,
}

/// One way of charging interest, worked out.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LoanWay {
    /// Paid each month (the last payment may differ by a little rounding).
    pub monthly_payment: String,
    /// Everything paid back.
    pub total_paid: String,
    /// Paid on top of what was borrowed.
    pub total_interest: String,
    /// Total paid in months of salary, if a salary was given.
    pub months_of_salary: Option<String>,
}

/// A loan worked out both ways, so the learner sees the difference.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LoanView {
    /// Interest on the whole amount every month.
    pub flat: LoanWay,
    /// Interest only on what is still owed.
    pub declining: LoanWay,
    /// How much more the flat way costs.
    pub flat_costs_more: String,
}

fn months(field: &'static str, text: &str) -> Result<u32> {
    let digits = passage_l10n::ascii_digits(text.trim());
    digits.parse().map_err(|_| AppError::BadAmount {
        field: field.to_owned(),
        detail: format!("`{text}` is not a whole number of months"),
    })
}

/// A loan, worked out with flat and with declining-balance interest.
pub(crate) fn loan(form: &LoanForm) -> Result<LoanView> {
    let currency = currency("currency", &form.currency)?;
    let principal = parse_money(&form.principal, currency)
        .map_err(|e| AppError::from(e.in_field("principal")))?;
    let yearly = rate("yearlyRate", &form.yearly_rate)?;
    let months = months("months", &form.months)?;
    let salary = if form.salary.trim().is_empty() {
        None
    } else {
        Some(
            parse_money(&form.salary, currency)
                .map_err(|e| AppError::from(e.in_field("salary")))?,
        )
    };
    let way = |method| -> Result<(LoanWay, passage_money::Money)> {
        let cost = loan_cost(&LoanTerms {
            principal,
            yearly_interest_percent: yearly,
            months,
            method,
        })
        .map_err(|e| match e.field() {
            Some("yearlyInterestPercent") => AppError::BadAmount {
                field: "yearlyRate".into(),
                detail: e.to_string(),
            },
            _ => AppError::from(e),
        })?;
        let of_salary = salary
            .map(|s| cost.months_of_salary(s))
            .transpose()?
            .map(|m| m.to_string());
        Ok((
            LoanWay {
                monthly_payment: cost.monthly_payment.to_string(),
                total_paid: cost.total_paid.to_string(),
                total_interest: cost.total_interest.to_string(),
                months_of_salary: of_salary,
            },
            cost.total_paid,
        ))
    };
    let (flat, flat_total) = way(InterestMethod::Flat)?;
    let (declining, declining_total) = way(InterestMethod::DecliningBalance)?;
    Ok(LoanView {
        flat,
        declining,
        flat_costs_more: passage_money::Money::rounded(
            flat_total.amount - declining_total.amount,
            currency,
        )
        .to_string(),
    })
}

/// The savings goal form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SavingsForm {
    /// Currency code.
    pub currency: String,
    /// What the learner wants to reach.
    pub goal: String,
    /// Already saved (may be empty).
    pub already_saved: String,
    /// Saved each month.
    pub monthly_saving: String,
    /// Yearly interest in percent (may be empty).
    pub yearly_rate: String,
}

/// When a savings goal is reached.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SavingsView {
    /// Whether and when it is reached.
    pub status: SavingsOutcome,
    /// Months needed, when reached.
    pub months: Option<u32>,
    /// The balance at that point.
    pub final_balance: Option<String>,
}

/// Whether a savings goal is reached (a union on the UI side, so each has
/// its message).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum SavingsOutcome {
    /// Already saved enough.
    Already,
    /// Reached after some months.
    Reached,
    /// More than 50 years away.
    TooFar,
    /// Never, at this rate.
    Never,
}

/// How a month's budget ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum BudgetEnd {
    /// Money left over.
    Surplus,
    /// Exactly enough.
    Balanced,
    /// Short.
    Shortfall,
}

/// When a savings goal is reached.
pub(crate) fn savings(form: &SavingsForm) -> Result<SavingsView> {
    let currency = currency("currency", &form.currency)?;
    let money = |field: &'static str, text: &str| -> Result<passage_money::Money> {
        if text.trim().is_empty() {
            return Ok(passage_money::Money::zero(currency));
        }
        parse_money(text, currency).map_err(|e| AppError::from(e.in_field(field)))
    };
    let yearly = if form.yearly_rate.trim().is_empty() {
        None
    } else {
        Some(rate("yearlyRate", &form.yearly_rate)?)
    };
    let projection = savings_goal(&SavingsPlan {
        goal: money("goal", &form.goal)?,
        already_saved: money("alreadySaved", &form.already_saved)?,
        monthly_saving: money("monthlySaving", &form.monthly_saving)?,
        yearly_interest_percent: yearly,
    })?;
    let status = match projection.status {
        SavingsStatus::AlreadyReached => SavingsOutcome::Already,
        SavingsStatus::Reached => SavingsOutcome::Reached,
        SavingsStatus::BeyondHorizon => SavingsOutcome::TooFar,
        SavingsStatus::Unreachable => SavingsOutcome::Never,
    };
    Ok(SavingsView {
        status,
        months: projection.months_needed,
        final_balance: projection
            .months_needed
            .and_then(|m| {
                projection
                    .schedule
                    .get(usize::try_from(m).ok()?.checked_sub(1)?)
            })
            .map(|row| row.balance.to_string()),
    })
}

/// One cost line of the budget, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CostLine {
    /// What it is (from the form's list).
    pub name: String,
    /// How much a month (may be empty).
    pub amount: String,
}

/// The two-currency budget form, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetForm {
    /// The currency earned in, e.g. `MYR`.
    pub earn_currency: String,
    /// The currency at home, e.g. `VND`.
    pub home_currency: String,
    /// Monthly pay.
    pub earnings: String,
    /// Monthly costs abroad.
    pub costs: Vec<CostLine>,
    /// Sent home each month.
    pub remittance: String,
    /// Saved each month.
    pub saving: String,
    /// Home-currency units for one unit earned; empty to use the trainer's table.
    pub home_rate: String,
    /// A savings goal in the earning currency (may be empty).
    pub goal: String,
}

/// The month, worked out, ready to show.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct BudgetView {
    /// All costs abroad.
    pub total_costs: String,
    /// What is left at the end of the month (negative: short).
    pub left_over: String,
    /// How the month ends.
    pub outcome: BudgetEnd,
    /// What the family receives each month, in the home currency.
    pub remittance_home: String,
    /// The saving, in the home currency.
    pub saving_home: String,
    /// Months to the goal, if one was given and something is saved.
    pub months_to_goal: Option<u32>,
    /// The rate used, e.g. `1 MYR = 5,450.5 VND`.
    pub home_rate: String,
    /// Its date, when it came from the trainer's table.
    pub rate_date: Option<String>,
}

/// A month abroad in two currencies.
pub(crate) fn budget(form: &BudgetForm, table: &ReferenceRates) -> Result<BudgetView> {
    let earn = currency("earnCurrency", &form.earn_currency)?;
    let home = currency("homeCurrency", &form.home_currency)?;
    let money = |field: &'static str, text: &str| -> Result<passage_money::Money> {
        if text.trim().is_empty() {
            return Ok(passage_money::Money::zero(earn));
        }
        parse_money(text, earn).map_err(|e| AppError::from(e.in_field(field)))
    };
    let mut costs = Vec::with_capacity(form.costs.len());
    for (i, line) in form.costs.iter().enumerate() {
        let amount = if line.amount.trim().is_empty() {
            passage_money::Money::zero(earn)
        } else {
            parse_money(&line.amount, earn).map_err(|e| AppError::BadAmount {
                field: format!("costs[{i}]"),
                detail: e.to_string(),
            })?
        };
        costs.push(CostItem {
            name: line.name.clone(),
            amount,
        });
    }
    let home_rate = if form.home_rate.trim().is_empty() {
        table.lookup(earn, home).map_err(|_| AppError::BadAmount {
            field: "homeRate".into(),
            detail: format!("no reference rate from {earn:?} to {home:?}: type one"),
        })?
    } else {
        ExchangeRate::typed(earn, home, rate("homeRate", &form.home_rate)?)
    };
    let goal = if form.goal.trim().is_empty() {
        None
    } else {
        Some(money("goal", &form.goal)?)
    };
    let summary = monthly_budget(&BudgetInput {
        earnings: money("earnings", &form.earnings)?,
        costs,
        remittance: money("remittance", &form.remittance)?,
        saving: money("saving", &form.saving)?,
        home_rate: home_rate.clone(),
        savings_goal: goal,
    })?;
    Ok(BudgetView {
        total_costs: summary.total_costs.to_string(),
        left_over: summary.left_over.to_string(),
        outcome: match summary.outcome {
            BudgetOutcome::Surplus => BudgetEnd::Surplus,
            BudgetOutcome::Balanced => BudgetEnd::Balanced,
            BudgetOutcome::Shortfall => BudgetEnd::Shortfall,
        },
        remittance_home: summary.remittance_home.to_string(),
        saving_home: summary.saving_home.to_string(),
        months_to_goal: summary.months_to_goal,
        home_rate: rate_text(&home_rate),
        rate_date: summary.rate_date.map(|d| d.to_string()),
    })
}

/// `1 MYR = 5,450.5 VND`.
fn rate_text(rate: &ExchangeRate) -> String {
    let value = rate.rate.normalize();
    format!(
        "1 {} = {} {}",
        rate.from.code(),
        passage_money::format_amount(value, value.scale()),
        rate.to.code()
    )
}
