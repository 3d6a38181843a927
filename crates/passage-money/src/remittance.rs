//! What sending money home really costs: the fee you see, and the margin
//! hidden in the exchange rate.
//!
//! # Formulas
//!
//! Rates are receiving-currency units per 1 sending unit. With `amount` the
//! amount the learner sends, `fee` the provider's fee (both in the sending
//! currency), `offered` the provider's rate and `reference` the mid-market
//! rate:
//!
//! - **Fee on top** ([`FeeMode::OnTop`], how most counters quote it): the
//!   whole `amount` is converted and the sender pays `amount + fee`.
//! - **Fee included** ([`FeeMode::Included`]): the fee is taken out first,
//!   `amount - fee` is converted, and the sender pays `amount`.
//!
//! Then, with `converted` the part that is exchanged:
//!
//! ```text
//! received             = converted * offered                 (receiving currency)
//! received at reference = converted * reference               (what the mid-market rate would give)
//! margin cost          = converted * (1 - offered / reference)  (sending currency)
//! total cost           = fee + margin cost
//! total cost %         = total cost / amount * 100
//! ```
//!
//! The percentage is of `amount` in both modes, as the World Bank's
//! Remittance Prices Worldwide reports it. Each money result is rounded
//! half-up to its currency's minor units; `total cost` is the sum of the
//! rounded fee and rounded margin, so the parts add up exactly on screen.
//! The percentage is shown to 2 decimals; [`RemittanceCost::under_sdg_target`]
//! compares the unrounded percentage with 3 (strictly below, as the target
//! says "less than 3 per cent").
//!
//! When the offered rate is better than the reference (a promotion, or a
//! stale reference) the margin is negative; that is shown, not refused.
//!
//! SDG target 10.c (United Nations, 2015): "By 2030, reduce to less than 3
//! per cent the transaction costs of migrant remittances and eliminate
//! remittance corridors with costs higher than 5 per cent."

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Result;
use crate::currency::{Money, round_half_up};
use crate::error::MoneyError;
use crate::guard;
use crate::rate::{ExchangeRate, RateDate};

/// SDG 10.c: total cost below 3% of the amount sent.
pub const SDG_10C_TARGET_PERCENT: Decimal = Decimal::from_parts(3, 0, 0, false, 0);

/// Most quotes [`compare_providers`] compares side by side.
pub const MAX_PROVIDER_QUOTES: usize = 4;

/// Whether the fee is paid on top of the amount or taken out of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FeeMode {
    /// The sender pays amount + fee; the whole amount is converted.
    OnTop,
    /// The sender pays the amount; amount - fee is converted.
    Included,
}

/// One transfer to cost.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Transfer {
    /// The amount sent, in the sending currency (more than zero).
    pub amount: Money,
    /// The provider's fee, in the sending currency (zero or more).
    pub fee: Money,
    /// On top of the amount, or taken out of it.
    pub fee_mode: FeeMode,
    /// The provider's rate: receiving units per 1 sending unit.
    #[serde(with = "rust_decimal::serde::str")]
    pub offered_rate: Decimal,
    /// The mid-market rate from the sending to the receiving currency; its
    /// `to` is the receiving currency.
    pub reference_rate: ExchangeRate,
}

/// The cost of a transfer. Every field is computed as the module
/// documentation says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RemittanceCost {
    /// The amount sent.
    pub amount: Money,
    /// On top of the amount, or taken out of it.
    pub fee_mode: FeeMode,
    /// What the sender hands over: amount + fee, or amount.
    pub sender_pays: Money,
    /// The part that is exchanged: amount, or amount - fee.
    pub converted: Money,
    /// What the family receives at the offered rate.
    pub amount_received: Money,
    /// What they would receive at the reference rate.
    pub received_at_reference: Money,
    /// The fee.
    pub fee_cost: Money,
    /// The exchange-rate margin, in the sending currency.
    pub margin_cost: Money,
    /// Fee plus margin.
    pub total_cost: Money,
    /// Total cost as a percentage of the amount, 2 decimals.
    #[serde(with = "rust_decimal::serde::str")]
    pub total_cost_percent: Decimal,
    /// True when the total cost is below the SDG 10.c target of 3%.
    pub under_sdg_target: bool,
    /// The provider's rate, as used.
    #[serde(with = "rust_decimal::serde::str")]
    pub offered_rate: Decimal,
    /// The reference rate used, with its date and source if it came from
    /// the table.
    pub reference_rate: ExchangeRate,
    /// The date of the reference rate, when it has one: show it next to
    /// every result.
    pub rate_date: Option<RateDate>,
}

/// Costs one transfer (see the module documentation for the formulas).
///
/// Errors: `amount` not more than zero; `fee` negative or, when included,
/// not below the amount; `fee` in another currency; `offeredRate` or
/// `referenceRate` not more than zero; `referenceRate` not from the sending
/// currency; more decimals than a currency has.
pub fn remittance_cost(transfer: &Transfer) -> Result<RemittanceCost> {
    let sending = transfer.amount.currency;
    guard::positive_amount_in(&transfer.amount, sending, "amount")?;
    guard::amount_in(&transfer.fee, sending, "fee")?;
    guard::positive(transfer.offered_rate, "offeredRate")?;
    transfer.reference_rate.check(sending, "referenceRate")?;
    let receiving = transfer.reference_rate.to;
    let amount = transfer.amount.amount;
    let fee = transfer.fee.amount;
    let reference = transfer.reference_rate.rate;

    let (converted, sender_pays) = match transfer.fee_mode {
        FeeMode::OnTop => (amount, guard::add(amount, fee, "fee")?),
        FeeMode::Included => {
            if fee >= amount {
                return Err(MoneyError::FeeNotBelowAmount { field: "fee" });
            }
            (guard::sub(amount, fee, "fee")?, amount)
        }
    };

    let received = guard::mul(converted, transfer.offered_rate, "offeredRate")?;
    let at_reference = guard::mul(converted, reference, "referenceRate")?;
    // converted * (1 - offered / reference), written as
    // converted * (reference - offered) / reference to divide once.
    let gap = guard::sub(reference, transfer.offered_rate, "offeredRate")?;
    let margin = guard::div(
        guard::mul(converted, gap, "amount")?,
        reference,
        "referenceRate",
    )?;

    let fee_cost = Money::rounded(fee, sending);
    let margin_cost = Money::rounded(margin, sending);
    let total = guard::add(fee_cost.amount, margin_cost.amount, "fee")?;
    let percent = guard::mul(
        guard::div(total, amount, "amount")?,
        Decimal::ONE_HUNDRED,
        "amount",
    )?;

    Ok(RemittanceCost {
        amount: Money::rounded(amount, sending),
        fee_mode: transfer.fee_mode,
        sender_pays: Money::rounded(sender_pays, sending),
        converted: Money::rounded(converted, sending),
        amount_received: Money::rounded(received, receiving),
        received_at_reference: Money::rounded(at_reference, receiving),
        fee_cost,
        margin_cost,
        total_cost: Money::rounded(total, sending),
        total_cost_percent: round_half_up(percent, 2),
        under_sdg_target: percent < SDG_10C_TARGET_PERCENT,
        offered_rate: transfer.offered_rate,
        reference_rate: transfer.reference_rate.clone(),
        rate_date: transfer.reference_rate.date(),
    })
}

/// One provider's offer for the same transfer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderQuote {
    /// The provider's name, as the learner wrote it.
    pub provider: String,
    /// The fee, in the sending currency.
    pub fee: Money,
    /// On top of the amount, or taken out of it.
    pub fee_mode: FeeMode,
    /// The provider's rate: receiving units per 1 sending unit.
    #[serde(with = "rust_decimal::serde::str")]
    pub offered_rate: Decimal,
}

/// A quote with its cost and place in the comparison.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RankedQuote {
    /// The provider's name.
    pub provider: String,
    /// Place by amount received, 1 = the family gets the most.
    pub rank: usize,
    /// True for the quote with the lowest total cost (one quote only).
    pub cheapest: bool,
    /// The quote's position in the input, counted from 0.
    pub input_index: usize,
    /// The full cost.
    pub cost: RemittanceCost,
}

/// Compares up to [`MAX_PROVIDER_QUOTES`] offers for sending the same
/// `amount` against the same `reference` rate.
///
/// The result is sorted by amount received, most first; ties go to the
/// lower total cost, then to input order. Exactly one quote is marked
/// `cheapest`: the lowest total cost (fee + margin), first in that order on
/// a tie. With all fees on top, the cheapest is also the one that delivers
/// the most; with mixed fee modes they can differ, and both are shown.
///
/// Errors: zero or more than 4 quotes (`quotes`); an error in one quote is
/// [`MoneyError::InItem`] with `list: "quotes"` and its index.
pub fn compare_providers(
    amount: Money,
    reference: &ExchangeRate,
    quotes: &[ProviderQuote],
) -> Result<Vec<RankedQuote>> {
    if quotes.is_empty() || quotes.len() > MAX_PROVIDER_QUOTES {
        return Err(MoneyError::ProviderCount {
            field: "quotes",
            max: MAX_PROVIDER_QUOTES,
            found: quotes.len(),
        });
    }
    let mut ranked = quotes
        .iter()
        .enumerate()
        .map(|(index, quote)| {
            let transfer = Transfer {
                amount,
                fee: quote.fee,
                fee_mode: quote.fee_mode,
                offered_rate: quote.offered_rate,
                reference_rate: reference.clone(),
            };
            remittance_cost(&transfer)
                .map(|cost| RankedQuote {
                    provider: quote.provider.clone(),
                    rank: 0,
                    cheapest: false,
                    input_index: index,
                    cost,
                })
                .map_err(|e| e.in_item("quotes", index))
        })
        .collect::<Result<Vec<_>>>()?;

    // Stable sort: equal quotes keep their input order.
    ranked.sort_by(|a, b| {
        b.cost
            .amount_received
            .amount
            .cmp(&a.cost.amount_received.amount)
            .then(a.cost.total_cost.amount.cmp(&b.cost.total_cost.amount))
    });
    let cheapest = ranked
        .iter()
        .enumerate()
        .min_by(|(i, a), (j, b)| {
            a.cost
                .total_cost
                .amount
                .cmp(&b.cost.total_cost.amount)
                .then(i.cmp(j))
        })
        .map(|(i, _)| i);
    for (i, quote) in ranked.iter_mut().enumerate() {
        quote.rank = i + 1;
        quote.cheapest = Some(i) == cheapest;
    }
    Ok(ranked)
}
