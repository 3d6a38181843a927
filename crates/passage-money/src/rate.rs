//! Exchange rates as the tools use them: how many units of one currency one
//! unit of another buys, and — when the rate came from the trainer's table —
//! the date and source it was taken from.
//!
//! A rate is `to` units per 1 `from` unit: MYR -> VND 5,400 means 1 ringgit
//! buys 5,400 dong. The table itself lives in [`crate::reference_rates`].

use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Result;
use crate::currency::{Currency, Money};
use crate::error::MoneyError;
use crate::guard;

/// A calendar date, `YYYY-MM-DD`, for the day a rate was taken.
///
/// Only a label: no time zone, no clock. On the wire it is the string
/// `"2026-11-01"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RateDate {
    year: u16,
    month: u8,
    day: u8,
}

/// A text that is not a date `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "camelCase")]
#[error("`{text}` is not a date in the form YYYY-MM-DD, like 2026-11-01")]
pub struct InvalidDate {
    /// What was given.
    pub text: String,
}

impl RateDate {
    /// A date, if it exists (`2026-02-29` does not).
    pub fn new(year: u16, month: u8, day: u8) -> Option<RateDate> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (year >= 1 && (1..=days).contains(&day)).then_some(RateDate { year, month, day })
    }

    /// The year.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }
}

impl FromStr for RateDate {
    type Err = InvalidDate;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let invalid = || InvalidDate { text: s.to_owned() };
        let bytes = s.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
        if !shape_ok {
            return Err(invalid());
        }
        let number = |range: std::ops::Range<usize>| {
            s.get(range)
                .and_then(|part| part.parse::<u16>().ok())
                .ok_or_else(invalid)
        };
        let year = number(0..4)?;
        let month = u8::try_from(number(5..7)?).map_err(|_| invalid())?;
        let day = u8::try_from(number(8..10)?).map_err(|_| invalid())?;
        RateDate::new(year, month, day).ok_or_else(invalid)
    }
}

impl fmt::Display for RateDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for RateDate {
    type Error = InvalidDate;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl From<RateDate> for String {
    fn from(value: RateDate) -> Self {
        value.to_string()
    }
}

/// Where a rate from the reference table came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RateProvenance {
    /// The day the trainer took the rate.
    pub date: RateDate,
    /// Where it was taken from, as the trainer wrote it.
    pub source: String,
    /// True when the table holds the opposite direction and this rate is its
    /// inverse (1 / rate).
    pub inverted: bool,
}

/// `rate` units of `to` for one unit of `from`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ExchangeRate {
    /// The currency converted from.
    pub from: Currency,
    /// The currency converted to.
    pub to: Currency,
    /// Units of `to` per one unit of `from`, a decimal string on the wire.
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    /// Date and source when the rate came from the reference table; `None`
    /// when someone typed it for this calculation.
    pub provenance: Option<RateProvenance>,
}

impl ExchangeRate {
    /// A rate typed for one calculation (no date, no source).
    pub fn typed(from: Currency, to: Currency, rate: Decimal) -> ExchangeRate {
        ExchangeRate {
            from,
            to,
            rate,
            provenance: None,
        }
    }

    /// One for one, for a currency converted to itself.
    pub fn identity(currency: Currency) -> ExchangeRate {
        ExchangeRate::typed(currency, currency, Decimal::ONE)
    }

    /// The date the rate was taken, when it came from the reference table.
    pub fn date(&self) -> Option<RateDate> {
        self.provenance.as_ref().map(|p| p.date)
    }

    /// The other direction: `1 / rate` units of `from` per unit of `to`,
    /// keeping date and source and flipping `inverted`.
    pub fn inverse(&self) -> Result<ExchangeRate> {
        guard::positive(self.rate, "rate")?;
        Ok(ExchangeRate {
            from: self.to,
            to: self.from,
            rate: guard::div(Decimal::ONE, self.rate, "rate")?,
            provenance: self.provenance.as_ref().map(|p| RateProvenance {
                inverted: !p.inverted,
                ..p.clone()
            }),
        })
    }

    /// Converts `money` (in `from`) and rounds half-up to the minor units of
    /// `to`: `amount * rate`.
    pub fn convert(&self, money: Money, field: &'static str) -> Result<Money> {
        Ok(Money::rounded(self.convert_exact(money, field)?, self.to))
    }

    /// `amount * rate`, not rounded, for results that are computed further.
    pub(crate) fn convert_exact(&self, money: Money, field: &'static str) -> Result<Decimal> {
        if money.currency != self.from {
            return Err(MoneyError::CurrencyMismatch {
                field,
                expected: self.from,
                found: money.currency,
            });
        }
        guard::mul(money.amount, self.rate, field)
    }

    /// Checks the rate can be used: more than zero, and converting from
    /// `expected_from`.
    pub(crate) fn check(&self, expected_from: Currency, field: &'static str) -> Result<()> {
        if self.from != expected_from {
            return Err(MoneyError::CurrencyMismatch {
                field,
                expected: expected_from,
                found: self.from,
            });
        }
        guard::positive(self.rate, field)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dates_parse_strictly() {
        let date: RateDate = "2026-11-01".parse().unwrap();
        assert_eq!((date.year(), date.month(), date.day()), (2026, 11, 1));
        assert_eq!(date.to_string(), "2026-11-01");
        assert!("2028-02-29".parse::<RateDate>().is_ok());
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-4-1",
            "01-11-2026",
            "2026/11/01",
            "2026-11-01T00:00",
            "",
            "0000-01-01",
            "２０２６-11-01",
        ] {
            assert!(bad.parse::<RateDate>().is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn dates_are_strings_on_the_wire() {
        let date: RateDate = "2026-11-01".parse().unwrap();
        assert_eq!(serde_json::to_string(&date).unwrap(), "\"2026-11-01\"");
        assert!(serde_json::from_str::<RateDate>("\"2026-02-30\"").is_err());
    }

    #[test]
    fn inverse_keeps_the_date() {
        // Example rate, made up for the test: 1 MYR = 5,000 VND.
        let rate = ExchangeRate {
            from: Currency::Myr,
            to: Currency::Vnd,
            rate: Decimal::from(5000),
            provenance: Some(RateProvenance {
                date: "2026-11-01".parse().unwrap(),
                source: "example".into(),
                inverted: false,
            }),
        };
        let back = rate.inverse().unwrap();
        assert_eq!(back.from, Currency::Vnd);
        assert_eq!(back.to, Currency::Myr);
        assert_eq!(back.rate, "0.0002".parse::<Decimal>().unwrap());
        assert_eq!(back.date(), rate.date());
        assert!(back.provenance.as_ref().is_some_and(|p| p.inverted));
    }

    #[test]
    fn convert_rounds_to_the_target_currency() {
        // Example: 1 MYR = 5,450.5 VND; 10.01 MYR = 54,559.505 VND -> 54,560 VND.
        let rate = ExchangeRate::typed(Currency::Myr, Currency::Vnd, "5450.5".parse().unwrap());
        let got = rate
            .convert(
                Money::new("10.01".parse().unwrap(), Currency::Myr),
                "amount",
            )
            .unwrap();
        assert_eq!(got.amount.to_string(), "54560");
        let wrong = rate.convert(Money::new(Decimal::ONE, Currency::Sgd), "amount");
        assert!(matches!(wrong, Err(MoneyError::CurrencyMismatch { .. })));
    }
}
