//! Currencies (ISO 4217 code and minor units), [`Money`], and the one rounding
//! rule of the crate.
//!
//! The table holds only the currencies of the region and the usual
//! destinations of its migrant workers, each with the minor units that
//! ISO 4217 publishes (not the units people use day to day: ISO gives the
//! rupiah 2 decimals even though prices are quoted in whole rupiah).
//! Exchange rates live in [`crate::rate`]; parsing and display of amounts in
//! [`crate::text`].

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// A currency Passage knows, by its ISO 4217 alphabetic code.
///
/// On the wire it is the upper-case code, `"MYR"`. This enum is part of the
/// wire format: variants may be added, never renamed or removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    /// Philippine peso.
    Php,
    /// Indonesian rupiah.
    Idr,
    /// Vietnamese dong.
    Vnd,
    /// Thai baht.
    Thb,
    /// Cambodian riel.
    Khr,
    /// Myanmar kyat.
    Mmk,
    /// Lao kip.
    Lak,
    /// Malaysian ringgit.
    Myr,
    /// Singapore dollar.
    Sgd,
    /// Hong Kong dollar.
    Hkd,
    /// New Taiwan dollar.
    Twd,
    /// South Korean won.
    Krw,
    /// Japanese yen.
    Jpy,
    /// US dollar.
    Usd,
    /// Saudi riyal.
    Sar,
    /// UAE dirham.
    Aed,
    /// Qatari riyal.
    Qar,
    /// Kuwaiti dinar.
    Kwd,
    /// Brunei dollar.
    Bnd,
}

impl Currency {
    /// Every currency in the table, in a stable order (home countries first).
    pub const ALL: [Currency; 19] = [
        Currency::Php,
        Currency::Idr,
        Currency::Vnd,
        Currency::Thb,
        Currency::Khr,
        Currency::Mmk,
        Currency::Lak,
        Currency::Myr,
        Currency::Sgd,
        Currency::Hkd,
        Currency::Twd,
        Currency::Krw,
        Currency::Jpy,
        Currency::Usd,
        Currency::Sar,
        Currency::Aed,
        Currency::Qar,
        Currency::Kwd,
        Currency::Bnd,
    ];

    /// The ISO 4217 alphabetic code, e.g. `"MYR"`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Php => "PHP",
            Currency::Idr => "IDR",
            Currency::Vnd => "VND",
            Currency::Thb => "THB",
            Currency::Khr => "KHR",
            Currency::Mmk => "MMK",
            Currency::Lak => "LAK",
            Currency::Myr => "MYR",
            Currency::Sgd => "SGD",
            Currency::Hkd => "HKD",
            Currency::Twd => "TWD",
            Currency::Krw => "KRW",
            Currency::Jpy => "JPY",
            Currency::Usd => "USD",
            Currency::Sar => "SAR",
            Currency::Aed => "AED",
            Currency::Qar => "QAR",
            Currency::Kwd => "KWD",
            Currency::Bnd => "BND",
        }
    }

    /// Decimal places of the currency's minor unit, as ISO 4217 lists them
    /// (checked against the ISO list published 2018-08-29).
    pub const fn minor_units(self) -> u32 {
        match self {
            Currency::Vnd | Currency::Krw | Currency::Jpy => 0,
            Currency::Kwd => 3,
            Currency::Php
            | Currency::Idr
            | Currency::Thb
            | Currency::Khr
            | Currency::Mmk
            | Currency::Lak
            | Currency::Myr
            | Currency::Sgd
            | Currency::Hkd
            | Currency::Twd
            | Currency::Usd
            | Currency::Sar
            | Currency::Aed
            | Currency::Qar
            | Currency::Bnd => 2,
        }
    }

    /// Finds a currency by code, ignoring ASCII case and surrounding spaces.
    pub fn from_code(code: &str) -> Option<Currency> {
        let code = code.trim();
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A currency code that is not in Passage's table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "camelCase")]
#[error("unknown currency code `{code}`")]
pub struct UnknownCurrency {
    /// What was given.
    pub code: String,
}

impl FromStr for Currency {
    type Err = UnknownCurrency;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Currency::from_code(s).ok_or_else(|| UnknownCurrency { code: s.to_owned() })
    }
}

/// Rounds half-up (commercial rounding) to `decimals` places: a midpoint goes
/// away from zero, so `2.345 -> 2.35` and `-2.345 -> -2.35`.
///
/// This is the only rounding rule in the crate. Banker's rounding (half to
/// even) is deliberately not used: learners check results with a calculator
/// and the rounding they learnt at school.
pub fn round_half_up(amount: Decimal, decimals: u32) -> Decimal {
    amount.round_dp_with_strategy(decimals, RoundingStrategy::MidpointAwayFromZero)
}

/// An amount in a currency.
///
/// The amount is not forced to the minor units: intermediate values may be
/// more precise. Results handed out by this crate are rounded with
/// [`Money::rounded`] and carry exactly the currency's decimal places, so
/// `1000 MYR` serializes as `{"amount":"1000.00","currency":"MYR"}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Money {
    /// The amount, as a decimal string on the wire.
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    /// Its currency.
    pub currency: Currency,
}

impl Money {
    /// An amount in a currency, as given (not rounded).
    pub const fn new(amount: Decimal, currency: Currency) -> Self {
        Money { amount, currency }
    }

    /// Zero in a currency.
    pub const fn zero(currency: Currency) -> Self {
        Money {
            amount: Decimal::ZERO,
            currency,
        }
    }

    /// An amount rounded half-up to the currency's minor units and written
    /// with exactly that many decimals.
    pub fn rounded(amount: Decimal, currency: Currency) -> Self {
        Money {
            amount: to_minor_units(amount, currency),
            currency,
        }
    }

    /// The same money rounded half-up to the currency's minor units.
    pub fn round(self) -> Self {
        Money::rounded(self.amount, self.currency)
    }

    /// True when the amount has no more decimals than the currency allows
    /// (`10.50 MYR` yes, `10.505 MYR` no, `1000.5 VND` no). Trailing zeros
    /// do not count: `10.500 MYR` is fine.
    pub fn fits_minor_units(&self) -> bool {
        self.amount.normalize().scale() <= self.currency.minor_units()
    }

    /// True when the amount is below zero.
    pub fn is_negative(&self) -> bool {
        self.amount.is_sign_negative() && !self.amount.is_zero()
    }
}

/// Rounds half-up to the currency's minor units and sets the scale to exactly
/// those units, so `5` VND stays `5` and `28.5` MYR becomes `28.50`.
pub(crate) fn to_minor_units(amount: Decimal, currency: Currency) -> Decimal {
    let units = currency.minor_units();
    let mut rounded = round_half_up(amount, units);
    if rounded.is_zero() {
        // No "-0.00" on screen.
        rounded = Decimal::ZERO;
    }
    rounded.rescale(units);
    rounded
}

impl fmt::Display for Money {
    /// `1,250.50 MYR`: rounded half-up to the minor units, `,` between
    /// thousands, `.` before the decimals — the format
    /// [`crate::parse_amount`] reads back.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}",
            crate::text::format_amount(self.amount, self.currency.minor_units()),
            self.currency
        )
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        let table: Vec<(&str, u32)> = Currency::ALL
            .iter()
            .map(|c| (c.code(), c.minor_units()))
            .collect();
        assert_eq!(
            table,
            vec![
                ("PHP", 2),
                ("IDR", 2),
                ("VND", 0),
                ("THB", 2),
                ("KHR", 2),
                ("MMK", 2),
                ("LAK", 2),
                ("MYR", 2),
                ("SGD", 2),
                ("HKD", 2),
                ("TWD", 2),
                ("KRW", 0),
                ("JPY", 0),
                ("USD", 2),
                ("SAR", 2),
                ("AED", 2),
                ("QAR", 2),
                ("KWD", 3),
                ("BND", 2),
            ]
        );
    }

    #[test]
    fn codes_round_trip_and_ignore_case() {
        for c in Currency::ALL {
            assert_eq!(Currency::from_code(c.code()), Some(c));
            assert_eq!(Currency::from_code(&c.code().to_lowercase()), Some(c));
            assert_eq!(c.code().parse::<Currency>(), Ok(c));
        }
        assert_eq!(
            "EUR".parse::<Currency>(),
            Err(UnknownCurrency { code: "EUR".into() })
        );
    }

    #[test]
    fn serde_uses_the_iso_code() {
        let json = serde_json::to_string(&Currency::Myr).unwrap();
        assert_eq!(json, "\"MYR\"");
        let back: Currency = serde_json::from_str("\"KWD\"").unwrap();
        assert_eq!(back, Currency::Kwd);
    }

    #[test]
    fn rounding_is_half_up_not_bankers() {
        // Banker's rounding would give 2.34 and 0.12: half-up gives 2.35 and 0.13.
        assert_eq!(round_half_up(d("2.345"), 2), d("2.35"));
        assert_eq!(round_half_up(d("0.125"), 2), d("0.13"));
        assert_eq!(round_half_up(d("-2.345"), 2), d("-2.35"));
        assert_eq!(round_half_up(d("2.344999"), 2), d("2.34"));
        assert_eq!(round_half_up(d("2.5"), 0), d("3"));
    }

    #[test]
    fn rounded_money_has_exactly_the_minor_units() {
        let m = Money::rounded(d("28.5"), Currency::Myr);
        assert_eq!(m.amount.to_string(), "28.50");
        let v = Money::rounded(d("5299.5"), Currency::Vnd);
        assert_eq!(v.amount.to_string(), "5300");
        let k = Money::rounded(d("1.0005"), Currency::Kwd);
        assert_eq!(k.amount.to_string(), "1.001");
        let z = Money::rounded(d("-0.001"), Currency::Usd);
        assert_eq!(z.amount.to_string(), "0.00");
        assert!(!z.is_negative());
    }

    #[test]
    fn money_serializes_the_amount_as_a_string() {
        let m = Money::rounded(d("1000"), Currency::Myr);
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(json, r#"{"amount":"1000.00","currency":"MYR"}"#);
        // A JSON number is refused: floats never carry money.
        let float: Result<Money, _> = serde_json::from_str(r#"{"amount":1000.1,"currency":"MYR"}"#);
        assert!(float.is_err());
    }

    #[test]
    fn display_groups_thousands() {
        assert_eq!(
            Money::new(d("1250.5"), Currency::Myr).to_string(),
            "1,250.50 MYR"
        );
        assert_eq!(
            Money::new(d("5400000"), Currency::Vnd).to_string(),
            "5,400,000 VND"
        );
    }

    #[test]
    fn fits_minor_units_ignores_trailing_zeros() {
        assert!(Money::new(d("10.500"), Currency::Myr).fits_minor_units());
        assert!(!Money::new(d("10.505"), Currency::Myr).fits_minor_units());
        assert!(!Money::new(d("1000.5"), Currency::Vnd).fits_minor_units());
        assert!(Money::new(d("1.005"), Currency::Kwd).fits_minor_units());
    }
}
