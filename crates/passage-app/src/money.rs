//! The money tools as the lessons embed them. The UI sends what the learner
//! typed (in any script's digits); the arithmetic is `passage-money`'s, and
//! the answer comes back as text ready to show, always with the date of the
//! reference rate it used.

use passage_money::{
    Currency, ExchangeRate, FeeMode, MoneyError, ReferenceRates, Transfer, parse_money,
    parse_non_negative_amount, remittance_cost,
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
        reference_rate: format!(
            "1 {} = {} {}",
            from.code(),
            passage_money::format_amount(
                reference_rate.rate.normalize(),
                reference_rate.rate.normalize().scale()
            ),
            to.code()
        ),
        rate_date: cost.rate_date.map(|d| d.to_string()),
        rate_source: reference_rate.provenance.map(|p| p.source),
    })
}
