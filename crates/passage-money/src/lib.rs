//! Money for Passage: amounts in a currency, the numbers learners type, and the
//! financial tools of the course — the cost of sending money home, the cost of
//! a loan, a monthly budget abroad, a savings goal — plus a small table of
//! reference exchange rates that a trainer keeps offline.
//!
//! This crate is pure: no I/O, no clock, no database, no window. Every amount
//! is a [`rust_decimal::Decimal`]; no `f64` ever touches money, and decimals
//! cross serde as strings (`"1250.50"`), never as JSON or TOML floats.
//!
//! Rounding is always **half-up** (commercial rounding: a midpoint goes away
//! from zero, `2.345 -> 2.35`, `-2.345 -> -2.35`) to the currency's ISO 4217
//! minor units; banker's rounding is not used anywhere. See
//! [`round_half_up`].
//!
//! Bad input is an error value that names the field (`field: "fee"`), with a
//! stable [`MoneyError::code`]; nothing here panics on input.
//!
//! Field names in errors are the camelCase names the types use on the wire,
//! so a form can put the message next to the right box.

pub mod budget;
pub mod currency;
pub mod error;
mod guard;
pub mod loan;
pub mod rate;
pub mod reference_rates;
pub mod remittance;
pub mod savings;
pub mod text;

pub use budget::{BudgetInput, BudgetOutcome, BudgetSummary, CostItem, monthly_budget};
pub use currency::{Currency, Money, UnknownCurrency, round_half_up};
pub use error::MoneyError;
pub use loan::{InterestMethod, LoanCost, LoanMonth, LoanTerms, MAX_LOAN_MONTHS, loan_cost};
pub use rate::{ExchangeRate, InvalidDate, RateDate, RateProvenance};
pub use reference_rates::{RateLocation, RateProblem, RatesError, ReferenceRate, ReferenceRates};
pub use remittance::{
    FeeMode, MAX_PROVIDER_QUOTES, ProviderQuote, RankedQuote, RemittanceCost,
    SDG_10C_TARGET_PERCENT, Transfer, compare_providers, remittance_cost,
};
pub use savings::{
    MAX_SAVINGS_MONTHS, SavingsMonth, SavingsPlan, SavingsProjection, SavingsStatus, savings_goal,
};
pub use text::{ParseError, format_amount, parse_amount, parse_money, parse_non_negative_amount};

/// Result alias for this crate.
pub type Result<T, E = MoneyError> = std::result::Result<T, E>;

/// Re-exported so callers use the same `Decimal` as this crate.
pub use rust_decimal::Decimal;
