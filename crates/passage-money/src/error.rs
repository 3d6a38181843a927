//! The error of the financial tools: which field is wrong and why.
//!
//! Messages here are English for logs and tests; the app shows the learner a
//! translation chosen by [`MoneyError::code`] and fills in `field`. Errors of
//! typed text are [`crate::ParseError`]; errors of the reference-rate file are
//! [`crate::RatesError`] (they name a line, not a field).

use serde::Serialize;

use crate::currency::{Currency, Money};
use crate::text::ParseError;

/// What is wrong with the input of a calculation.
///
/// `field` is the camelCase name of the input on the wire (`"fee"`,
/// `"offeredRate"`, `"yearlyInterestPercent"`), so the UI can point at it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum MoneyError {
    /// The text typed in a field is not an amount.
    #[error("{field}: {source}")]
    Parse {
        /// The field.
        field: &'static str,
        /// What was wrong with the text.
        source: ParseError,
    },
    /// The value is below zero where it cannot be.
    #[error("{field}: cannot be negative")]
    Negative {
        /// The field.
        field: &'static str,
    },
    /// The value must be more than zero.
    #[error("{field}: must be more than zero")]
    NotPositive {
        /// The field.
        field: &'static str,
    },
    /// The amount is in another currency than the calculation needs.
    #[error("{field}: is in {found}, expected {expected}")]
    CurrencyMismatch {
        /// The field.
        field: &'static str,
        /// The currency the calculation needs.
        expected: Currency,
        /// The currency that was given.
        found: Currency,
    },
    /// More decimals than the currency has (`10.505 MYR`, `1000.5 VND`).
    #[error("{field}: {currency} amounts have at most {max} decimal places")]
    TooPrecise {
        /// The field.
        field: &'static str,
        /// The currency.
        currency: Currency,
        /// Its minor units.
        max: u32,
    },
    /// The numbers are so large that the result cannot be computed exactly.
    #[error("{field}: too large to compute")]
    TooLarge {
        /// The field whose value made the result too large.
        field: &'static str,
    },
    /// A number of months outside what the tool accepts.
    #[error("{field}: must be from {min} to {max} months, not {found}")]
    MonthsOutOfRange {
        /// The field.
        field: &'static str,
        /// Smallest accepted.
        min: u32,
        /// Largest accepted.
        max: u32,
        /// What was given.
        found: u32,
    },
    /// A loan whose monthly payment is so small that equal payments in the
    /// currency's minor units cannot repay it over this many months (the
    /// rounding of each payment would add up to more than a payment).
    #[error(
        "{field}: a monthly payment of {payment} is too small to repay in equal payments over this many months"
    )]
    PaymentTooSmall {
        /// The field (`"months"`).
        field: &'static str,
        /// The monthly payment, rounded.
        payment: Money,
    },
    /// A fee taken out of the amount leaves nothing to send.
    #[error("{field}: a fee taken from the amount must be less than the amount")]
    FeeNotBelowAmount {
        /// The field (`"fee"`).
        field: &'static str,
    },
    /// Too few or too many quotes to compare.
    #[error("{field}: compare from 1 to {max} providers, not {found}")]
    ProviderCount {
        /// The field (`"quotes"`).
        field: &'static str,
        /// Most accepted.
        max: usize,
        /// How many were given.
        found: usize,
    },
    /// An error in one entry of a list (a cost item, a provider quote).
    #[error("{list}[{index}]: {source}")]
    InItem {
        /// The list field (`"costs"`, `"quotes"`).
        list: &'static str,
        /// The entry, counted from 0.
        index: usize,
        /// What is wrong with the entry.
        source: Box<MoneyError>,
    },
    /// The reference table has no rate for the pair, in either direction.
    #[error("no reference rate from {from} to {to}")]
    RateNotFound {
        /// Currency converted from.
        from: Currency,
        /// Currency converted to.
        to: Currency,
    },
}

impl MoneyError {
    /// A stable code for the kind of error, for choosing the translated
    /// message. Codes never change once released.
    pub fn code(&self) -> &'static str {
        match self {
            MoneyError::Parse { source, .. } => source.code(),
            MoneyError::Negative { .. } => "money.negative",
            MoneyError::NotPositive { .. } => "money.not-positive",
            MoneyError::CurrencyMismatch { .. } => "money.currency-mismatch",
            MoneyError::TooPrecise { .. } => "money.too-precise",
            MoneyError::TooLarge { .. } => "money.too-large",
            MoneyError::MonthsOutOfRange { .. } => "money.months-out-of-range",
            MoneyError::PaymentTooSmall { .. } => "money.payment-too-small",
            MoneyError::FeeNotBelowAmount { .. } => "money.fee-not-below-amount",
            MoneyError::ProviderCount { .. } => "money.provider-count",
            MoneyError::InItem { source, .. } => source.code(),
            MoneyError::RateNotFound { .. } => "money.rate-not-found",
        }
    }

    /// The field at fault, innermost first: for an error inside a list entry
    /// this is the entry's field (`"fee"`), see [`MoneyError::InItem`] for
    /// the list and index.
    pub fn field(&self) -> Option<&'static str> {
        match self {
            MoneyError::Parse { field, .. }
            | MoneyError::Negative { field }
            | MoneyError::NotPositive { field }
            | MoneyError::CurrencyMismatch { field, .. }
            | MoneyError::TooPrecise { field, .. }
            | MoneyError::TooLarge { field }
            | MoneyError::MonthsOutOfRange { field, .. }
            | MoneyError::PaymentTooSmall { field, .. }
            | MoneyError::FeeNotBelowAmount { field }
            | MoneyError::ProviderCount { field, .. } => Some(field),
            MoneyError::InItem { source, .. } => source.field(),
            MoneyError::RateNotFound { .. } => None,
        }
    }

    /// Wraps an error of one list entry.
    pub(crate) fn in_item(self, list: &'static str, index: usize) -> MoneyError {
        MoneyError::InItem {
            list,
            index,
            source: Box::new(self),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_field() {
        let e = MoneyError::Negative { field: "fee" };
        assert_eq!(e.to_string(), "fee: cannot be negative");
        assert_eq!(e.field(), Some("fee"));
        assert_eq!(e.code(), "money.negative");

        let nested = MoneyError::NotPositive { field: "amount" }.in_item("costs", 2);
        assert_eq!(
            nested.to_string(),
            "costs[2]: amount: must be more than zero"
        );
        assert_eq!(nested.field(), Some("amount"));
        assert_eq!(nested.code(), "money.not-positive");
    }

    #[test]
    fn errors_serialize_with_a_kind_tag() {
        let e = MoneyError::CurrencyMismatch {
            field: "fee",
            expected: Currency::Myr,
            found: Currency::Sgd,
        };
        let json = serde_json::to_value(&e).ok();
        assert_eq!(
            json,
            Some(serde_json::json!({
                "kind": "currencyMismatch",
                "field": "fee",
                "expected": "MYR",
                "found": "SGD"
            }))
        );
    }
}
