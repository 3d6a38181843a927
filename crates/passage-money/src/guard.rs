//! Checked arithmetic and the input checks every tool shares.
//!
//! `Decimal`'s operators panic on overflow; a library must not, so every
//! operation on values that came from outside goes through these helpers and
//! turns an overflow into [`MoneyError::TooLarge`] naming the field.

use rust_decimal::Decimal;

use crate::Result;
use crate::currency::{Currency, Money};
use crate::error::MoneyError;

pub(crate) fn add(a: Decimal, b: Decimal, field: &'static str) -> Result<Decimal> {
    a.checked_add(b).ok_or(MoneyError::TooLarge { field })
}

pub(crate) fn sub(a: Decimal, b: Decimal, field: &'static str) -> Result<Decimal> {
    a.checked_sub(b).ok_or(MoneyError::TooLarge { field })
}

pub(crate) fn mul(a: Decimal, b: Decimal, field: &'static str) -> Result<Decimal> {
    a.checked_mul(b).ok_or(MoneyError::TooLarge { field })
}

/// Division; the caller has already refused a zero divisor with a better
/// error, so a `None` here can only be an overflow.
pub(crate) fn div(a: Decimal, b: Decimal, field: &'static str) -> Result<Decimal> {
    a.checked_div(b).ok_or(MoneyError::TooLarge { field })
}

/// The money is in `expected`, not negative, and has no more decimals than
/// the currency.
pub(crate) fn amount_in(money: &Money, expected: Currency, field: &'static str) -> Result<()> {
    if money.currency != expected {
        return Err(MoneyError::CurrencyMismatch {
            field,
            expected,
            found: money.currency,
        });
    }
    if money.is_negative() {
        return Err(MoneyError::Negative { field });
    }
    if !money.fits_minor_units() {
        return Err(MoneyError::TooPrecise {
            field,
            currency: money.currency,
            max: money.currency.minor_units(),
        });
    }
    Ok(())
}

/// Like [`amount_in`], and more than zero.
pub(crate) fn positive_amount_in(
    money: &Money,
    expected: Currency,
    field: &'static str,
) -> Result<()> {
    amount_in(money, expected, field)?;
    if money.amount.is_zero() {
        return Err(MoneyError::NotPositive { field });
    }
    Ok(())
}

/// A rate or percentage that may be zero but not negative.
pub(crate) fn non_negative(value: Decimal, field: &'static str) -> Result<()> {
    if value.is_sign_negative() && !value.is_zero() {
        return Err(MoneyError::Negative { field });
    }
    Ok(())
}

/// A rate that must be more than zero.
pub(crate) fn positive(value: Decimal, field: &'static str) -> Result<()> {
    if value <= Decimal::ZERO {
        return Err(MoneyError::NotPositive { field });
    }
    Ok(())
}

/// Months as a `u32`, rounding a fractional count up ("12.1 months" is 13
/// months of saving). `field` names the input that made the count huge.
pub(crate) fn months_rounded_up(months: Decimal, field: &'static str) -> Result<u32> {
    use rust_decimal::prelude::ToPrimitive;
    months.ceil().to_u32().ok_or(MoneyError::TooLarge { field })
}
