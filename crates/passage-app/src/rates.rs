//! The reference exchange rates a trainer keeps for the money tools
//! (`rates.toml` beside the learner database): shown, added, changed and
//! removed from trainer mode. Each rate carries its date and its source,
//! which the tools show beside every result; Passage ships none, because a
//! rate is a fact that changes and cannot be checked offline.

use passage_money::{Currency, RateDate, RateProblem, ReferenceRate, ReferenceRates};

use crate::{AppError, Passage, Result};

/// One rate, as the editor shows and sends it.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RateRow {
    /// Currency converted from (ISO 4217).
    pub from: String,
    /// Currency converted to.
    pub to: String,
    /// Units of `to` per one `from` (any script's digits).
    pub rate: String,
    /// The day it was taken, `YYYY-MM-DD`.
    pub date: String,
    /// Where it was taken from.
    pub source: String,
}

/// The trainer's table of rates.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RatesView {
    /// The rates, in the file's order.
    pub rates: Vec<RateRow>,
    /// Why `rates.toml` could not be used (with its line), if it could not:
    /// the tools then have no rates, and the first save keeps the old file
    /// aside as `rates.broken-<time>.toml`.
    pub problem: Option<String>,
}

fn bad(field: &str, detail: String) -> AppError {
    AppError::BadAmount {
        field: field.to_owned(),
        detail,
    }
}

/// The form field a problem in a rate is about.
fn field_of(problem: &RateProblem) -> &'static str {
    match problem {
        RateProblem::Rate { .. } | RateProblem::RateNotPositive => "rate",
        RateProblem::Date { .. } => "date",
        RateProblem::EmptySource => "source",
        _ => "to",
    }
}

fn row(rate: &ReferenceRate) -> RateRow {
    RateRow {
        from: rate.from.code().to_owned(),
        to: rate.to.code().to_owned(),
        rate: rate.rate.normalize().to_string(),
        date: rate.date.to_string(),
        source: rate.source.clone(),
    }
}

fn currency(field: &str, code: &str) -> Result<Currency> {
    Currency::from_code(code.trim())
        .ok_or_else(|| bad(field, format!("`{code}` is not a currency the tools know")))
}

impl Passage {
    fn rates_view(&self) -> RatesView {
        RatesView {
            rates: self.rates().rates().iter().map(row).collect(),
            problem: self
                .rates_problem
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .clone(),
        }
    }

    /// The reference rates the money tools use.
    pub fn reference_rates(&self) -> Result<RatesView> {
        self.trainer()?;
        Ok(self.rates_view())
    }

    /// Adds a rate, or replaces the one for the same direction, and saves
    /// the file.
    pub fn set_reference_rate(&self, new: &RateRow) -> Result<RatesView> {
        self.trainer()?;
        let rate = ReferenceRate {
            from: currency("from", &new.from)?,
            to: currency("to", &new.to)?,
            rate: passage_money::parse_non_negative_amount(&new.rate)
                .map_err(|e| AppError::from(e.in_field("rate")))?,
            date: new
                .date
                .trim()
                .parse::<RateDate>()
                .map_err(|e| bad("date", e.to_string()))?,
            source: new.source.trim().to_owned(),
        };
        let mut table = self.rates();
        table
            .set(rate)
            .map_err(|e| bad(field_of(&e.problem), e.to_string()))?;
        self.save_rates(table)?;
        Ok(self.rates_view())
    }

    /// Removes the rate for one direction and saves the file.
    pub fn remove_reference_rate(&self, from: &str, to: &str) -> Result<RatesView> {
        self.trainer()?;
        let mut table = self.rates();
        table.remove(currency("from", from)?, currency("to", to)?);
        self.save_rates(table)?;
        Ok(self.rates_view())
    }

    /// Writes `rates.toml` whole (never half) and puts the table in use. A
    /// file that could not be read is kept aside, not overwritten.
    fn save_rates(&self, table: ReferenceRates) -> Result<()> {
        let path = self
            .rates_path()
            .ok_or_else(|| AppError::Store("no data folder for rates.toml".into()))?;
        let mut problem = self
            .rates_problem
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if problem.is_some() && path.exists() {
            let aside = path.with_file_name(format!(
                "rates.broken-{}.toml",
                passage_store::wall_millis()
            ));
            std::fs::rename(&path, &aside)
                .map_err(|e| AppError::Store(format!("{}: {e}", path.display())))?;
            tracing::warn!(aside = %aside.display(), "unusable rates.toml kept aside");
        }
        crate::write_file_atomically(&path, table.to_toml().as_bytes())?;
        *problem = None;
        *self
            .rates
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = table;
        tracing::info!("reference rates saved");
        Ok(())
    }
}
