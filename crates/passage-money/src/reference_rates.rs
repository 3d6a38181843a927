//! The reference-rate table a trainer keeps offline: a few mid-market rates,
//! each with the date it was taken and where from, read from and written to
//! TOML.
//!
//! ```toml
//! # EXAMPLE values only: not real rates.
//! [[rate]]
//! from = "MYR"
//! to = "VND"
//! rate = "5450.5"       # a string, so TOML floats never touch money
//! date = "2026-11-01"
//! source = "bank board, Kuala Lumpur"
//! ```
//!
//! `rate` is how many `to` for one `from`. A lookup finds the pair in either
//! direction (the inverse is `1 / rate` and says so), and every rate handed
//! out carries its date so every result that used it can show it.
//!
//! Passage ships no rate values: nobody can check them offline, and a stale
//! rate presented as fact would mislead. Tests use made-up examples.

use std::fmt;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::currency::Currency;
use crate::error::MoneyError;
use crate::rate::{ExchangeRate, RateDate, RateProvenance};
use crate::text::{ParseError, parse_amount};

/// One row of the table.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceRate {
    /// The currency converted from.
    pub from: Currency,
    /// The currency converted to.
    pub to: Currency,
    /// Units of `to` per one `from`, a decimal string on the wire.
    #[serde(with = "rust_decimal::serde::str")]
    pub rate: Decimal,
    /// The day the rate was taken.
    pub date: RateDate,
    /// Where it was taken from.
    pub source: String,
}

/// Where in the input a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", content = "number", rename_all = "camelCase")]
pub enum RateLocation {
    /// A line of the TOML text, counted from 1.
    Line(usize),
    /// An entry of a list of rates (JSON, or [`ReferenceRates::new`]),
    /// counted from 1.
    Entry(usize),
}

impl fmt::Display for RateLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RateLocation::Line(n) => write!(f, "line {n}"),
            RateLocation::Entry(n) => write!(f, "rate {n}"),
        }
    }
}

/// What is wrong with a rate in the table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum RateProblem {
    /// Not valid TOML, or a key the table does not know.
    #[error("{message}")]
    Syntax {
        /// The TOML reader's message.
        message: String,
    },
    /// A required key is missing.
    #[error("`{field}` is missing")]
    Missing {
        /// The key.
        field: &'static str,
    },
    /// The value is not a quoted string.
    #[error("`{field}` must be text in quotes, like {field} = \"{example}\"")]
    NotText {
        /// The key.
        field: &'static str,
        /// An example value.
        example: &'static str,
    },
    /// A currency code that is not in Passage's table.
    #[error("`{field}`: unknown currency code `{code}`")]
    UnknownCurrency {
        /// The key (`from` or `to`).
        field: &'static str,
        /// What was given.
        code: String,
    },
    /// `from` and `to` are the same.
    #[error("`from` and `to` are the same currency")]
    SameCurrency,
    /// The rate is not a number.
    #[error("`rate`: {source}")]
    Rate {
        /// Why.
        source: ParseError,
    },
    /// The rate is zero or negative.
    #[error("`rate` must be more than zero")]
    RateNotPositive,
    /// The date is not `YYYY-MM-DD`.
    #[error("`date`: `{text}` is not a date in the form YYYY-MM-DD, like 2026-11-01")]
    Date {
        /// What was given.
        text: String,
    },
    /// The source is blank.
    #[error("`source` is empty: say where the rate was taken from")]
    EmptySource,
    /// The same pair, in the same direction, twice.
    #[error("{from} to {to} is already given at {first}")]
    Duplicate {
        /// Currency converted from.
        from: Currency,
        /// Currency converted to.
        to: Currency,
        /// Where it was first given.
        first: RateLocation,
    },
}

impl RateProblem {
    /// A stable code for the kind of problem. Codes never change once
    /// released.
    pub fn code(&self) -> &'static str {
        match self {
            RateProblem::Syntax { .. } => "rates.syntax",
            RateProblem::Missing { .. } => "rates.missing",
            RateProblem::NotText { .. } => "rates.not-text",
            RateProblem::UnknownCurrency { .. } => "rates.unknown-currency",
            RateProblem::SameCurrency => "rates.same-currency",
            RateProblem::Rate { .. } => "rates.rate",
            RateProblem::RateNotPositive => "rates.rate-not-positive",
            RateProblem::Date { .. } => "rates.date",
            RateProblem::EmptySource => "rates.empty-source",
            RateProblem::Duplicate { .. } => "rates.duplicate",
        }
    }
}

/// A problem in the reference-rate table, and where it is.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "camelCase")]
#[error("{at}: {problem}")]
pub struct RatesError {
    /// The line (TOML) or entry (list) at fault.
    pub at: RateLocation,
    /// What is wrong there.
    pub problem: RateProblem,
}

impl RatesError {
    /// The stable code of the problem.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }
}

/// The table: at most one rate per direction of a pair.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<ReferenceRate>", into = "Vec<ReferenceRate>")]
pub struct ReferenceRates {
    rates: Vec<ReferenceRate>,
}

impl ReferenceRates {
    /// A table from a list, checked like the TOML file; errors name the
    /// entry (counted from 1).
    pub fn new(rates: Vec<ReferenceRate>) -> Result<ReferenceRates, RatesError> {
        let locations: Vec<RateLocation> = (1..=rates.len()).map(RateLocation::Entry).collect();
        check_table(&rates, &locations)?;
        Ok(ReferenceRates { rates })
    }

    /// Reads the TOML table (see the module documentation). Errors name the
    /// line.
    pub fn from_toml(text: &str) -> Result<ReferenceRates, RatesError> {
        let raw: RawFile = toml::from_str(text).map_err(|e| RatesError {
            at: RateLocation::Line(line_of(text, e.span().map_or(0, |s| s.start))),
            problem: RateProblem::Syntax {
                message: e.message().trim().to_owned(),
            },
        })?;
        let mut rates = Vec::with_capacity(raw.rate.len());
        let mut locations = Vec::with_capacity(raw.rate.len());
        for entry in raw.rate {
            let entry_line = line_of(text, entry.span().start);
            let row = entry.into_inner().into_rate(text, entry_line)?;
            rates.push(row);
            locations.push(RateLocation::Line(entry_line));
        }
        check_table(&rates, &locations)?;
        Ok(ReferenceRates { rates })
    }

    /// Writes the table as TOML that [`ReferenceRates::from_toml`] reads
    /// back unchanged.
    pub fn to_toml(&self) -> String {
        let mut out = String::from(
            "# Reference (mid-market) rates: `rate` is how many `to` for one `from`.\n\
             # Keep `rate` in quotes so it is never rounded.\n",
        );
        for r in &self.rates {
            out.push_str("\n[[rate]]\n");
            out.push_str(&format!("from = \"{}\"\n", r.from.code()));
            out.push_str(&format!("to = \"{}\"\n", r.to.code()));
            out.push_str(&format!("rate = \"{}\"\n", r.rate));
            out.push_str(&format!("date = \"{}\"\n", r.date));
            // toml's Display quotes and escapes the text.
            out.push_str(&format!(
                "source = {}\n",
                toml::Value::String(r.source.clone())
            ));
        }
        out
    }

    /// The rows, in the order given.
    pub fn rates(&self) -> &[ReferenceRate] {
        &self.rates
    }

    /// True when the table has no rate.
    pub fn is_empty(&self) -> bool {
        self.rates.is_empty()
    }

    /// Adds a rate, or replaces the one for the same direction.
    pub fn set(&mut self, rate: ReferenceRate) -> Result<(), RatesError> {
        let at = match self
            .rates
            .iter()
            .position(|r| r.from == rate.from && r.to == rate.to)
        {
            Some(i) => i,
            None => self.rates.len(),
        };
        check_row(&rate).map_err(|problem| RatesError {
            at: RateLocation::Entry(at + 1),
            problem,
        })?;
        match self.rates.get_mut(at) {
            Some(slot) => *slot = rate,
            None => self.rates.push(rate),
        }
        Ok(())
    }

    /// Removes the rate for this direction, if there is one.
    pub fn remove(&mut self, from: Currency, to: Currency) -> Option<ReferenceRate> {
        let at = self
            .rates
            .iter()
            .position(|r| r.from == from && r.to == to)?;
        Some(self.rates.remove(at))
    }

    /// The rate from `from` to `to`: the row for that direction if there is
    /// one, else the inverse of the opposite row (marked `inverted`). A
    /// currency to itself is one for one, with no date.
    pub fn lookup(&self, from: Currency, to: Currency) -> crate::Result<ExchangeRate> {
        if from == to {
            return Ok(ExchangeRate::identity(from));
        }
        if let Some(r) = self.rates.iter().find(|r| r.from == from && r.to == to) {
            return Ok(r.as_exchange_rate());
        }
        if let Some(r) = self.rates.iter().find(|r| r.from == to && r.to == from) {
            return r.as_exchange_rate().inverse();
        }
        Err(MoneyError::RateNotFound { from, to })
    }
}

impl ReferenceRate {
    fn as_exchange_rate(&self) -> ExchangeRate {
        ExchangeRate {
            from: self.from,
            to: self.to,
            rate: self.rate,
            provenance: Some(RateProvenance {
                date: self.date,
                source: self.source.clone(),
                inverted: false,
            }),
        }
    }
}

impl TryFrom<Vec<ReferenceRate>> for ReferenceRates {
    type Error = RatesError;

    fn try_from(value: Vec<ReferenceRate>) -> Result<Self, Self::Error> {
        ReferenceRates::new(value)
    }
}

impl From<ReferenceRates> for Vec<ReferenceRate> {
    fn from(value: ReferenceRates) -> Self {
        value.rates
    }
}

/// Checks of one row that do not depend on the others.
fn check_row(rate: &ReferenceRate) -> Result<(), RateProblem> {
    if rate.from == rate.to {
        return Err(RateProblem::SameCurrency);
    }
    if rate.rate <= Decimal::ZERO {
        return Err(RateProblem::RateNotPositive);
    }
    if rate.source.trim().is_empty() {
        return Err(RateProblem::EmptySource);
    }
    Ok(())
}

fn check_table(rates: &[ReferenceRate], locations: &[RateLocation]) -> Result<(), RatesError> {
    for (i, (rate, at)) in rates.iter().zip(locations).enumerate() {
        check_row(rate).map_err(|problem| RatesError { at: *at, problem })?;
        let earlier = rates[..i]
            .iter()
            .zip(locations)
            .find(|(r, _)| r.from == rate.from && r.to == rate.to);
        if let Some((_, first)) = earlier {
            return Err(RatesError {
                at: *at,
                problem: RateProblem::Duplicate {
                    from: rate.from,
                    to: rate.to,
                    first: *first,
                },
            });
        }
    }
    Ok(())
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    1 + text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
}

/// The file as TOML gives it; values are checked by hand so the errors can
/// say more than "invalid type".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rate: Vec<toml::Spanned<RawRate>>,
}

type RawValue = Option<toml::Spanned<toml::Value>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRate {
    from: RawValue,
    to: RawValue,
    rate: RawValue,
    date: RawValue,
    source: RawValue,
}

impl RawRate {
    fn into_rate(self, text: &str, entry_line: usize) -> Result<ReferenceRate, RatesError> {
        let from = currency_of(text, entry_line, "from", self.from)?;
        let to = currency_of(text, entry_line, "to", self.to)?;

        let (line, value) = string_of(text, entry_line, "rate", "5450.5", self.rate)?;
        let fail = |problem| RatesError {
            at: RateLocation::Line(line),
            problem,
        };
        let rate = parse_amount(&value).map_err(|source| fail(RateProblem::Rate { source }))?;
        if rate <= Decimal::ZERO {
            return Err(fail(RateProblem::RateNotPositive));
        }

        let date = date_of(text, entry_line, self.date)?;

        let (line, source) = string_of(text, entry_line, "source", "bank board", self.source)?;
        if source.trim().is_empty() {
            return Err(RatesError {
                at: RateLocation::Line(line),
                problem: RateProblem::EmptySource,
            });
        }
        Ok(ReferenceRate {
            from,
            to,
            rate,
            date,
            source: source.trim().to_owned(),
        })
    }
}

/// A string value and its line; a missing key is reported at the entry.
fn string_of(
    text: &str,
    entry_line: usize,
    field: &'static str,
    example: &'static str,
    value: RawValue,
) -> Result<(usize, String), RatesError> {
    let Some(value) = value else {
        return Err(RatesError {
            at: RateLocation::Line(entry_line),
            problem: RateProblem::Missing { field },
        });
    };
    let line = line_of(text, value.span().start);
    match value.into_inner() {
        toml::Value::String(s) => Ok((line, s)),
        _ => Err(RatesError {
            at: RateLocation::Line(line),
            problem: RateProblem::NotText { field, example },
        }),
    }
}

fn currency_of(
    text: &str,
    entry_line: usize,
    field: &'static str,
    value: RawValue,
) -> Result<Currency, RatesError> {
    let (line, code) = string_of(text, entry_line, field, "MYR", value)?;
    Currency::from_code(&code).ok_or(RatesError {
        at: RateLocation::Line(line),
        problem: RateProblem::UnknownCurrency { field, code },
    })
}

/// A date as a quoted string, or as a bare TOML date (`date = 2026-11-01`),
/// which trainers will type too.
fn date_of(text: &str, entry_line: usize, value: RawValue) -> Result<RateDate, RatesError> {
    let Some(value) = value else {
        return Err(RatesError {
            at: RateLocation::Line(entry_line),
            problem: RateProblem::Missing { field: "date" },
        });
    };
    let line = line_of(text, value.span().start);
    let written = match value.into_inner() {
        toml::Value::String(s) => s,
        toml::Value::Datetime(d) => d.to_string(),
        other => other.to_string(),
    };
    written.trim().parse().map_err(|_| RatesError {
        at: RateLocation::Line(line),
        problem: RateProblem::Date { text: written },
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// EXAMPLE rates, made up for the tests: not real values.
    const EXAMPLE: &str = r#"# made-up example rates
[[rate]]
from = "MYR"
to = "VND"
rate = "5450.5"
date = "2026-11-01"
source = "example, not a real rate"

[[rate]]
from = "SGD"
to = "PHP"
rate = "40"
date = 2026-10-15
source = "example \"board\""
"#;

    fn problem_at(text: &str) -> (RateLocation, RateProblem) {
        let e = ReferenceRates::from_toml(text).unwrap_err();
        (e.at, e.problem)
    }

    #[test]
    fn reads_the_example_table() {
        let table = ReferenceRates::from_toml(EXAMPLE).unwrap();
        assert_eq!(table.rates().len(), 2);
        let r = &table.rates()[0];
        assert_eq!((r.from, r.to), (Currency::Myr, Currency::Vnd));
        assert_eq!(r.rate, "5450.5".parse::<Decimal>().unwrap());
        assert_eq!(r.date.to_string(), "2026-11-01");
        assert_eq!(table.rates()[1].date.to_string(), "2026-10-15");
        assert_eq!(table.rates()[1].source, "example \"board\"");
    }

    #[test]
    fn lookup_direct_inverse_and_missing() {
        let table = ReferenceRates::from_toml(EXAMPLE).unwrap();
        let direct = table.lookup(Currency::Myr, Currency::Vnd).unwrap();
        assert_eq!(direct.rate, "5450.5".parse::<Decimal>().unwrap());
        assert_eq!(
            direct.date().map(|d| d.to_string()).as_deref(),
            Some("2026-11-01")
        );
        assert!(direct.provenance.as_ref().is_some_and(|p| !p.inverted));

        // 1 / 40 = 0.025 exactly.
        let inverse = table.lookup(Currency::Php, Currency::Sgd).unwrap();
        assert_eq!(inverse.rate, "0.025".parse::<Decimal>().unwrap());
        assert_eq!(
            inverse.date().map(|d| d.to_string()).as_deref(),
            Some("2026-10-15")
        );
        assert!(inverse.provenance.as_ref().is_some_and(|p| p.inverted));

        assert_eq!(
            table.lookup(Currency::Thb, Currency::Myr),
            Err(MoneyError::RateNotFound {
                from: Currency::Thb,
                to: Currency::Myr
            })
        );
        let same = table.lookup(Currency::Thb, Currency::Thb).unwrap();
        assert_eq!(same.rate, Decimal::ONE);
        assert_eq!(same.date(), None);
    }

    #[test]
    fn round_trips_through_toml() {
        let table = ReferenceRates::from_toml(EXAMPLE).unwrap();
        let written = table.to_toml();
        assert_eq!(ReferenceRates::from_toml(&written).unwrap(), table);
    }

    #[test]
    fn round_trips_through_json() {
        let table = ReferenceRates::from_toml(EXAMPLE).unwrap();
        let json = serde_json::to_string(&table).unwrap();
        assert!(json.contains(r#""rate":"5450.5""#));
        let back: ReferenceRates = serde_json::from_str(&json).unwrap();
        assert_eq!(back, table);
        // A list with a duplicate is refused on the way in too.
        let mut rows = table.rates().to_vec();
        rows.push(rows[0].clone());
        let e = ReferenceRates::new(rows).unwrap_err();
        assert_eq!(e.at, RateLocation::Entry(3));
        assert_eq!(
            e.to_string(),
            "rate 3: MYR to VND is already given at rate 1"
        );
    }

    #[test]
    fn a_float_rate_is_refused_with_the_line() {
        let text = "[[rate]]\nfrom = \"MYR\"\nto = \"VND\"\nrate = 5450.5\ndate = \"2026-11-01\"\nsource = \"x\"\n";
        let (at, problem) = problem_at(text);
        assert_eq!(at, RateLocation::Line(4));
        assert_eq!(
            problem,
            RateProblem::NotText {
                field: "rate",
                example: "5450.5"
            }
        );
        assert_eq!(
            ReferenceRates::from_toml(text).unwrap_err().to_string(),
            "line 4: `rate` must be text in quotes, like rate = \"5450.5\""
        );
    }

    #[test]
    fn errors_name_the_line() {
        let base = |from: &str, rate: &str, date: &str, source: &str| {
            format!(
                "# example\n[[rate]]\nfrom = {from}\nto = \"VND\"\nrate = {rate}\ndate = {date}\nsource = {source}\n"
            )
        };
        let good = ("\"MYR\"", "\"5450.5\"", "\"2026-11-01\"", "\"x\"");
        assert!(ReferenceRates::from_toml(&base(good.0, good.1, good.2, good.3)).is_ok());

        assert_eq!(
            problem_at(&base("\"XYZ\"", good.1, good.2, good.3)),
            (
                RateLocation::Line(3),
                RateProblem::UnknownCurrency {
                    field: "from",
                    code: "XYZ".into()
                }
            )
        );
        assert_eq!(
            problem_at(&base("\"VND\"", good.1, good.2, good.3)),
            (RateLocation::Line(2), RateProblem::SameCurrency)
        );
        assert_eq!(
            problem_at(&base(good.0, "\"5.450,5.1\"", good.2, good.3)),
            (
                RateLocation::Line(5),
                RateProblem::Rate {
                    source: ParseError::TwoDecimalPoints
                }
            )
        );
        assert_eq!(
            problem_at(&base(good.0, "\"0\"", good.2, good.3)),
            (RateLocation::Line(5), RateProblem::RateNotPositive)
        );
        assert_eq!(
            problem_at(&base(good.0, "\"-3\"", good.2, good.3)),
            (RateLocation::Line(5), RateProblem::RateNotPositive)
        );
        assert_eq!(
            problem_at(&base(good.0, good.1, "\"2026-02-30\"", good.3)),
            (
                RateLocation::Line(6),
                RateProblem::Date {
                    text: "2026-02-30".into()
                }
            )
        );
        assert_eq!(
            problem_at(&base(good.0, good.1, good.2, "\"  \"")),
            (RateLocation::Line(7), RateProblem::EmptySource)
        );
    }

    #[test]
    fn missing_keys_and_unknown_keys() {
        let text = "\n\n[[rate]]\nfrom = \"MYR\"\nto = \"VND\"\nrate = \"1\"\nsource = \"x\"\n";
        let (at, problem) = problem_at(text);
        assert_eq!(problem, RateProblem::Missing { field: "date" });
        assert_eq!(at, RateLocation::Line(3));

        let text = "[[rate]]\nfrom = \"MYR\"\nto = \"VND\"\nrate = \"1\"\ndate = \"2026-11-01\"\nsource = \"x\"\nsorce = \"typo\"\n";
        let (at, problem) = problem_at(text);
        assert_eq!(at, RateLocation::Line(7));
        assert!(matches!(problem, RateProblem::Syntax { .. }));

        let text = "[[rates]]\nfrom = \"MYR\"\n";
        let (at, problem) = problem_at(text);
        assert_eq!(at, RateLocation::Line(1));
        assert!(matches!(problem, RateProblem::Syntax { .. }));

        let text = "[[rate]]\nfrom = \"MYR\nto = \"VND\"\n";
        let (at, problem) = problem_at(text);
        assert_eq!(at, RateLocation::Line(2));
        assert!(matches!(problem, RateProblem::Syntax { .. }));
    }

    #[test]
    fn duplicates_name_both_lines() {
        let row = "[[rate]]\nfrom = \"MYR\"\nto = \"VND\"\nrate = \"1\"\ndate = \"2026-11-01\"\nsource = \"x\"\n";
        let text = format!("{row}\n{row}");
        let (at, problem) = problem_at(&text);
        assert_eq!(at, RateLocation::Line(8));
        assert_eq!(
            problem,
            RateProblem::Duplicate {
                from: Currency::Myr,
                to: Currency::Vnd,
                first: RateLocation::Line(1)
            }
        );
    }

    #[test]
    fn empty_text_is_an_empty_table() {
        let table = ReferenceRates::from_toml("# nothing yet\n").unwrap();
        assert!(table.is_empty());
    }

    #[test]
    fn set_and_remove() {
        let mut table = ReferenceRates::default();
        let row = ReferenceRate {
            from: Currency::Myr,
            to: Currency::Vnd,
            rate: Decimal::from(5000),
            date: "2026-11-01".parse().unwrap(),
            source: "example".into(),
        };
        table.set(row.clone()).unwrap();
        table
            .set(ReferenceRate {
                rate: Decimal::from(5100),
                ..row.clone()
            })
            .unwrap();
        assert_eq!(table.rates().len(), 1);
        assert_eq!(table.rates()[0].rate, Decimal::from(5100));
        let bad = table.set(ReferenceRate {
            rate: Decimal::ZERO,
            ..row.clone()
        });
        assert_eq!(
            bad.map_err(|e| e.problem),
            Err(RateProblem::RateNotPositive)
        );
        assert!(table.remove(Currency::Myr, Currency::Vnd).is_some());
        assert!(table.is_empty());
    }
}
