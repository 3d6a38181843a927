//! Amounts as learners type them, and as we show them.
//!
//! # What [`parse_amount`] accepts
//!
//! - **Digits** in ASCII and in the scripts of the region and the usual
//!   destinations: Thai `๐-๙`, Lao `໐-໙`, Khmer `០-៩`, Myanmar `၀-၉`,
//!   Arabic-Indic `٠-٩`, Extended Arabic-Indic `۰-۹` and full-width `０-９`.
//!   Scripts may be mixed; each digit counts for its value.
//! - **The decimal point** is `.` (also full-width `．` and the Arabic decimal
//!   separator `٫`). At most one.
//! - **Thousands separators** between groups of exactly three digits: `,`
//!   (and full-width `，`), a space (ordinary, no-break U+00A0, narrow no-break
//!   U+202F, thin U+2009, ideographic U+3000), `'` (and `’`, and the Arabic
//!   thousands separator `٬`). One kind per number: `1,250 000` is refused.
//!   The first group has 1 to 3 digits, every other exactly 3:
//!   `1,250,000` yes, `12,50,000` no, `1 2` no.
//! - **A decimal comma**, only where it cannot be a thousands separator: a
//!   comma that is the only comma in the text and is followed by exactly one
//!   or two digits at the very end. So `12,5` = 12.5, `1 250,50` = 1250.50,
//!   but `1,250` = 1250 and `1,25,0` is refused.
//! - **A sign**: `-` (or the minus sign `−`, full-width `－`) or `+` first.
//!   [`parse_amount`] accepts negatives; fields that cannot be negative use
//!   [`parse_non_negative_amount`] or [`parse_money`], which refuse them.
//! - Surrounding white space is ignored.
//!
//! # What it refuses, with a reason
//!
//! A currency symbol or code (`RM 1,250`, `₱500`, `100 USD`) is refused
//! rather than guessed: the field already says which currency it is, and a
//! guess could read `K` or `Rp` wrongly. Letters (`1e5`, `5k`, `ten`), other
//! symbols, two decimal points, separators after the decimal point
//! (`1.250,50`: write `1,250.50`), groups that are not three digits, more
//! than 15 digits before the point ("too large") or more than 12 after it.
//!
//! The `.` is always the decimal point, even though Vietnamese and
//! Indonesian write `1.250.000` for a million and a quarter: `1.250.000` is
//! refused as "two decimal points", and [`parse_money`] refuses `1.250` for
//! VND or IDR because it has more decimals than the currency, so the
//! ambiguous case is an error, never a silently wrong amount.
//!
//! # How amounts are shown
//!
//! [`format_amount`] writes `1,250.50`: rounded half-up, `,` between
//! thousands, `.` before the decimals. `parse_amount(format_amount(x))`
//! gives `x` back. Showing amounts in the learner's own conventions is the
//! UI's job.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::currency::{Currency, Money, round_half_up};
use crate::error::MoneyError;

/// Most digits accepted before the decimal point (leading zeros not
/// counted): 999 trillion is far beyond any amount a learner handles, even
/// in dong, and keeps every parsed number exact in a `Decimal`.
pub const MAX_INTEGER_DIGITS: usize = 15;

/// Most digits accepted after the decimal point: enough for any exchange
/// rate (`0.000183469`).
pub const MAX_FRACTION_DIGITS: usize = 12;

/// Why a text is not an amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(
    tag = "kind",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
#[non_exhaustive]
pub enum ParseError {
    /// Nothing was typed.
    #[error("empty: type a number")]
    Empty,
    /// A currency symbol or code next to the number.
    #[error("not a number: remove the currency `{found}` and type only the number")]
    CurrencyMark {
        /// The symbol or code found (`"RM"`, `"₱"`, `"USD"`).
        found: String,
    },
    /// Letters.
    #[error("not a number: letters")]
    Letters,
    /// A character that has no place in a number.
    #[error("not a number: unexpected `{found}`")]
    UnexpectedCharacter {
        /// The character.
        found: char,
    },
    /// Separators or a sign but no digit.
    #[error("not a number: no digits")]
    NoDigits,
    /// A sign anywhere but first, or two signs.
    #[error("the minus sign must come first, and only once")]
    MisplacedSign,
    /// More than one `.`.
    #[error("two decimal points: use `.` only for decimals and `,` or a space between thousands")]
    TwoDecimalPoints,
    /// A thousands separator after the decimal point, as in `1.250,50`.
    #[error("a thousands separator after the decimal point: write 1,250.50")]
    SeparatorAfterDecimalPoint,
    /// Thousands separators that do not make groups of three digits.
    #[error("a thousands separator in the wrong place: groups of three digits, like 1,250,000")]
    MisplacedSeparator,
    /// Two kinds of thousands separator in one number.
    #[error("two different thousands separators: use one kind, like 1,250,000")]
    MixedSeparators,
    /// A negative amount where the field cannot be negative.
    #[error("cannot be negative")]
    Negative,
    /// More digits before the point than [`MAX_INTEGER_DIGITS`].
    #[error("too large")]
    TooLarge,
    /// More digits after the point than the field allows.
    #[error("too many decimal places: at most {max}")]
    TooManyDecimalPlaces {
        /// Most decimals accepted.
        max: u32,
    },
    /// More digits after the point than the currency has.
    #[error("{currency} amounts have at most {max} decimal places")]
    TooManyDecimalPlacesForCurrency {
        /// The currency.
        currency: Currency,
        /// Its minor units.
        max: u32,
    },
}

impl ParseError {
    /// A stable code for the kind of error, for choosing the translated
    /// message. Codes never change once released.
    pub fn code(&self) -> &'static str {
        match self {
            ParseError::Empty => "amount.empty",
            ParseError::CurrencyMark { .. } => "amount.currency-mark",
            ParseError::Letters => "amount.letters",
            ParseError::UnexpectedCharacter { .. } => "amount.unexpected-character",
            ParseError::NoDigits => "amount.no-digits",
            ParseError::MisplacedSign => "amount.misplaced-sign",
            ParseError::TwoDecimalPoints => "amount.two-decimal-points",
            ParseError::SeparatorAfterDecimalPoint => "amount.separator-after-decimal-point",
            ParseError::MisplacedSeparator => "amount.misplaced-separator",
            ParseError::MixedSeparators => "amount.mixed-separators",
            ParseError::Negative => "amount.negative",
            ParseError::TooLarge => "amount.too-large",
            ParseError::TooManyDecimalPlaces { .. } => "amount.too-many-decimal-places",
            ParseError::TooManyDecimalPlacesForCurrency { .. } => {
                "amount.too-many-decimal-places-for-currency"
            }
        }
    }

    /// This error as the error of a named field.
    pub fn in_field(self, field: &'static str) -> MoneyError {
        MoneyError::Parse {
            field,
            source: self,
        }
    }
}

/// Reads an amount as a learner types it; negatives allowed. See the
/// [module documentation](self) for the rules.
///
/// ```
/// # use passage_money::{parse_amount, Decimal};
/// # use std::str::FromStr;
/// assert_eq!(parse_amount("1,250.50"), Ok(Decimal::from_str("1250.50").unwrap()));
/// assert_eq!(parse_amount("1 250,50"), Ok(Decimal::from_str("1250.50").unwrap()));
/// assert_eq!(parse_amount("12,5"), Ok(Decimal::from_str("12.5").unwrap()));
/// assert_eq!(parse_amount("๑,๒๕๐"), Ok(Decimal::from(1250)));
/// assert!(parse_amount("RM 1,250").is_err());
/// ```
pub fn parse_amount(text: &str) -> Result<Decimal, ParseError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(ParseError::Empty);
    }
    let tokens: Vec<Token> = text.chars().map(Token::of).collect();
    refuse_foreign_characters(text, &tokens)?;
    let (negative, body) = split_sign(&tokens)?;
    let digits = body.iter().filter(|t| matches!(t, Token::Digit(_))).count();
    if digits == 0 {
        return Err(ParseError::NoDigits);
    }
    let (integer, fraction) = split_decimal(body)?;
    let integer_digits = check_groups(integer)?;
    let fraction_digits: Vec<u8> = fraction
        .iter()
        .map(|t| match t {
            Token::Digit(d) => Ok(*d),
            _ => Err(ParseError::SeparatorAfterDecimalPoint),
        })
        .collect::<Result<_, _>>()?;
    build(negative, &integer_digits, &fraction_digits)
}

/// Like [`parse_amount`], but a negative amount is an error.
pub fn parse_non_negative_amount(text: &str) -> Result<Decimal, ParseError> {
    let value = parse_amount(text)?;
    if value.is_sign_negative() && !value.is_zero() {
        return Err(ParseError::Negative);
    }
    Ok(value)
}

/// Reads a non-negative amount of `currency`, refusing more decimals than
/// the currency has (`10.505` MYR, `1.250` VND), so a `.` typed as a
/// thousands separator is caught instead of read as a decimal point.
pub fn parse_money(text: &str, currency: Currency) -> Result<Money, ParseError> {
    let value = parse_non_negative_amount(text)?;
    let max = currency.minor_units();
    // `scale` counts the decimals as typed, trailing zeros included:
    // "1.000" VND is refused even though it equals 1.
    if value.scale() > max {
        return Err(ParseError::TooManyDecimalPlacesForCurrency { currency, max });
    }
    Ok(Money::new(value, currency))
}

/// Writes an amount rounded half-up to `decimals` places, with `,` between
/// thousands and `.` before exactly `decimals` digits: `1250.5, 2` ->
/// `1,250.50`; `-5400000, 0` -> `-5,400,000`.
pub fn format_amount(amount: Decimal, decimals: u32) -> String {
    let mut rounded = round_half_up(amount, decimals);
    let negative = rounded.is_sign_negative() && !rounded.is_zero();
    rounded.set_sign_positive(true);
    rounded.rescale(decimals);
    let plain = rounded.to_string();
    let (integer, fraction) = match plain.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (plain.as_str(), None),
    };
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 2);
    if negative {
        out.push('-');
    }
    let len = integer.len();
    for (i, c) in integer.chars().enumerate() {
        if i > 0 && (len - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(fraction) = fraction {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

/// A character of the input, by the role it can play in a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Digit(u8),
    Point,
    Comma,
    Space,
    Apostrophe,
    Minus,
    Plus,
    Other(char),
}

/// First code point of each supported digit script, zero to nine in order.
const DIGIT_ZEROS: [char; 8] = [
    '0',        // ASCII
    '\u{0E50}', // Thai
    '\u{0ED0}', // Lao
    '\u{17E0}', // Khmer
    '\u{1040}', // Myanmar
    '\u{0660}', // Arabic-Indic
    '\u{06F0}', // Extended Arabic-Indic
    '\u{FF10}', // full-width
];

impl Token {
    fn of(c: char) -> Token {
        for zero in DIGIT_ZEROS {
            let offset = u32::from(c).wrapping_sub(u32::from(zero));
            if offset <= 9 {
                // offset <= 9, so the cast cannot truncate.
                return Token::Digit(offset as u8);
            }
        }
        match c {
            '.' | '\u{FF0E}' | '\u{066B}' => Token::Point,
            ',' | '\u{FF0C}' => Token::Comma,
            ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{3000}' => Token::Space,
            '\'' | '\u{2019}' | '\u{066C}' => Token::Apostrophe,
            '-' | '\u{2212}' | '\u{FF0D}' => Token::Minus,
            '+' | '\u{FF0B}' => Token::Plus,
            other => Token::Other(other),
        }
    }

    fn separator(self) -> Option<Separator> {
        match self {
            Token::Comma => Some(Separator::Comma),
            Token::Space => Some(Separator::Space),
            Token::Apostrophe => Some(Separator::Apostrophe),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Separator {
    Comma,
    Space,
    Apostrophe,
}

/// Currency signs people put before or after an amount.
fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '¢'
            | '£'
            | '¤'
            | '¥'
            | '\u{058F}'
            | '\u{060B}'
            | '\u{09F2}'
            | '\u{09F3}'
            | '\u{0E3F}' // Thai baht ฿
            | '\u{17DB}' // Khmer riel ៛
            | '\u{20A0}'
            ..='\u{20C0}' // the Currency Symbols block: ₱ ₫ ₭ ₩ ₹ €
            | '\u{FDFC}' // rial ﷼
            | '\u{FE69}'
            | '\u{FF04}'
            | '\u{FFE0}'
            | '\u{FFE1}'
            | '\u{FFE5}'
            | '\u{FFE6}'
    )
}

/// Refuses anything that is not digits, separators or a sign, saying
/// whether it looks like a currency, letters, or something else.
fn refuse_foreign_characters(text: &str, tokens: &[Token]) -> Result<(), ParseError> {
    let Some(first_foreign) = tokens.iter().find_map(|t| match t {
        Token::Other(c) => Some(*c),
        _ => None,
    }) else {
        return Ok(());
    };
    if let Some(sign) = tokens.iter().find_map(|t| match t {
        Token::Other(c) if is_currency_sign(*c) => Some(*c),
        _ => None,
    }) {
        return Err(ParseError::CurrencyMark {
            found: sign.to_string(),
        });
    }
    if let Some(code) = currency_word(text) {
        return Err(ParseError::CurrencyMark { found: code });
    }
    if first_foreign.is_alphabetic() {
        return Err(ParseError::Letters);
    }
    Err(ParseError::UnexpectedCharacter {
        found: first_foreign,
    })
}

/// A short run of letters at the start of an amount (`RM 1,250`, `Rp5000`,
/// `USD 100`), or a known currency code at its end (`100 USD`).
fn currency_word(text: &str) -> Option<String> {
    let leading: String = text.chars().take_while(|c| c.is_alphabetic()).collect();
    if !leading.is_empty() {
        let rest = text[leading.len()..].trim_start();
        let number_follows = rest.chars().next().is_some_and(|c| {
            matches!(
                Token::of(c),
                Token::Digit(_) | Token::Point | Token::Minus | Token::Plus
            )
        });
        // "RM", "Rp", "K", "Dhs", "USD": short marks or known codes. A longer
        // word before a number ("about 500") is just letters.
        let looks_like_currency =
            leading.chars().count() <= 3 || Currency::from_code(&leading).is_some();
        return (number_follows && looks_like_currency).then_some(leading);
    }
    let trailing: String = {
        let mut rev: Vec<char> = text
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect();
        rev.reverse();
        rev.into_iter().collect()
    };
    let before = text[..text.len() - trailing.len()].trim_end();
    let number_before = before
        .chars()
        .next_back()
        .is_some_and(|c| matches!(Token::of(c), Token::Digit(_)));
    (number_before && Currency::from_code(&trailing).is_some()).then_some(trailing)
}

/// Takes a leading sign off; a sign anywhere else is an error. Spaces
/// between the sign and the digits are allowed (`- 50`).
fn split_sign(tokens: &[Token]) -> Result<(bool, &[Token]), ParseError> {
    let (negative, mut rest) = match tokens.split_first() {
        Some((Token::Minus, rest)) => (true, rest),
        Some((Token::Plus, rest)) => (false, rest),
        _ => (false, tokens),
    };
    while let Some((Token::Space, tail)) = rest.split_first() {
        rest = tail;
    }
    if rest.iter().any(|t| matches!(t, Token::Minus | Token::Plus)) {
        return Err(ParseError::MisplacedSign);
    }
    Ok((negative, rest))
}

/// Splits the integer part from the decimals, at the decimal point or at a
/// decimal comma (see the module documentation).
fn split_decimal(body: &[Token]) -> Result<(&[Token], &[Token]), ParseError> {
    let mut points = body
        .iter()
        .enumerate()
        .filter(|(_, t)| **t == Token::Point)
        .map(|(i, _)| i);
    match (points.next(), points.next()) {
        (Some(_), Some(_)) => Err(ParseError::TwoDecimalPoints),
        (Some(at), None) => Ok((&body[..at], &body[at + 1..])),
        (None, _) => {
            let commas: Vec<usize> = body
                .iter()
                .enumerate()
                .filter(|(_, t)| **t == Token::Comma)
                .map(|(i, _)| i)
                .collect();
            if let [at] = commas[..] {
                let after = &body[at + 1..];
                let decimal_comma = (1..=2).contains(&after.len())
                    && after.iter().all(|t| matches!(t, Token::Digit(_)));
                if decimal_comma {
                    return Ok((&body[..at], after));
                }
            }
            Ok((body, &[]))
        }
    }
}

/// Checks thousands grouping of the integer part and returns its digits.
fn check_groups(integer: &[Token]) -> Result<Vec<u8>, ParseError> {
    let mut separator: Option<Separator> = None;
    let mut groups: Vec<Vec<u8>> = vec![Vec::new()];
    for token in integer {
        match token {
            Token::Digit(d) => {
                if let Some(group) = groups.last_mut() {
                    group.push(*d);
                }
            }
            other => {
                let Some(kind) = other.separator() else {
                    // Points and signs were split off before; nothing else
                    // reaches here, but refuse rather than assume.
                    return Err(ParseError::MisplacedSeparator);
                };
                match separator {
                    Some(seen) if seen != kind => return Err(ParseError::MixedSeparators),
                    _ => separator = Some(kind),
                }
                groups.push(Vec::new());
            }
        }
    }
    if groups.len() > 1 {
        let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
        let rest_ok = groups.iter().skip(1).all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(ParseError::MisplacedSeparator);
        }
    }
    Ok(groups.concat())
}

fn build(negative: bool, integer: &[u8], fraction: &[u8]) -> Result<Decimal, ParseError> {
    let significant = integer.iter().skip_while(|d| **d == 0).count();
    if significant > MAX_INTEGER_DIGITS {
        return Err(ParseError::TooLarge);
    }
    if fraction.len() > MAX_FRACTION_DIGITS {
        return Err(ParseError::TooManyDecimalPlaces {
            // MAX_FRACTION_DIGITS is 12: the cast cannot truncate.
            max: MAX_FRACTION_DIGITS as u32,
        });
    }
    // At most 15 + 12 = 27 digits: fits an i128 and a Decimal mantissa.
    let mantissa = integer
        .iter()
        .skip_while(|d| **d == 0)
        .chain(fraction)
        .fold(0i128, |acc, d| acc * 10 + i128::from(*d));
    let scale = fraction.len() as u32;
    let mut value =
        Decimal::try_from_i128_with_scale(mantissa, scale).map_err(|_| ParseError::TooLarge)?;
    if negative && mantissa != 0 {
        value.set_sign_negative(true);
    }
    Ok(value)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use std::str::FromStr;

    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn ok(text: &str, expected: &str) {
        assert_eq!(parse_amount(text), Ok(d(expected)), "parsing {text:?}");
    }

    fn err(text: &str, expected: ParseError) {
        assert_eq!(parse_amount(text), Err(expected), "parsing {text:?}");
    }

    #[test]
    fn plain_and_grouped_amounts() {
        ok("0", "0");
        ok("1250", "1250");
        ok("1250.50", "1250.50");
        ok("1,250.50", "1250.50");
        ok("1,250", "1250");
        ok("1,250,000", "1250000");
        ok("1 250 000", "1250000");
        ok("1\u{00A0}250\u{00A0}000", "1250000");
        ok("1\u{202F}250", "1250");
        ok("1'250.75", "1250.75");
        ok("1’250", "1250");
        ok("  42  ", "42");
        ok(".5", "0.5");
        ok("5.", "5");
        ok("007", "7");
        ok("0.000183469", "0.000183469");
    }

    #[test]
    fn decimal_comma_only_when_unambiguous() {
        ok("12,5", "12.5");
        ok("12,50", "12.50");
        ok("1 250,50", "1250.50");
        ok("1'250,5", "1250.5");
        ok(",5", "0.5");
        // Three digits after a lone comma: thousands.
        ok("1,250", "1250");
        // Two commas: both are thousands separators, and "50" is not a group.
        err("1,250,50", ParseError::MisplacedSeparator);
        err("1,2345", ParseError::MisplacedSeparator);
        // A comma with a point: the comma is a thousands separator.
        err("12,5.0", ParseError::MisplacedSeparator);
    }

    #[test]
    fn signs() {
        ok("-12.5", "-12.5");
        ok("−12.5", "-12.5");
        ok("+12.5", "12.5");
        ok("- 12", "-12");
        ok("-0", "0");
        err("12-", ParseError::MisplacedSign);
        err("--12", ParseError::MisplacedSign);
        err("1-2", ParseError::MisplacedSign);
        assert_eq!(parse_non_negative_amount("-5"), Err(ParseError::Negative));
        assert_eq!(parse_non_negative_amount("-0"), Ok(Decimal::ZERO));
    }

    #[test]
    fn digit_scripts() {
        ok("๑,๒๕๐.๕๐", "1250.50"); // Thai
        ok("໑໒໕໐", "1250"); // Lao
        ok("១ ២៥០", "1250"); // Khmer
        ok("၁၂၅၀", "1250"); // Myanmar
        ok("١٬٢٥٠٫٥", "1250.5"); // Arabic-Indic with Arabic separators
        ok("۱۲۵۰", "1250"); // Extended Arabic-Indic
        ok("１，２５０．５０", "1250.50"); // full-width
        ok("1๒5០", "1250"); // mixed scripts
    }

    #[test]
    fn currency_marks_are_refused_not_guessed() {
        let mark = |s: &str| ParseError::CurrencyMark { found: s.into() };
        err("RM 1,250", mark("RM"));
        err("RM1250", mark("RM"));
        err("Rp 50.000", mark("Rp"));
        err("USD 100", mark("USD"));
        err("100 USD", mark("USD"));
        err("100usd", mark("usd"));
        err("₱500", mark("₱"));
        err("500 ₫", mark("₫"));
        err("$20", mark("$"));
        err("฿1,000", mark("฿"));
        err("៛4000", mark("៛"));
        err("K 5000", mark("K"));
        err("Dhs 50", mark("Dhs"));
        err("about 500", ParseError::Letters);
        err("500 dollars", ParseError::Letters);
    }

    #[test]
    fn reasons_for_refusal() {
        err("", ParseError::Empty);
        err("   ", ParseError::Empty);
        err("abc", ParseError::Letters);
        err("1e5", ParseError::Letters);
        err("5k", ParseError::Letters);
        err("12#", ParseError::UnexpectedCharacter { found: '#' });
        err("3%", ParseError::UnexpectedCharacter { found: '%' });
        err(".", ParseError::NoDigits);
        err("-", ParseError::NoDigits);
        err(",", ParseError::NoDigits);
        err("1.2.3", ParseError::TwoDecimalPoints);
        err("1.250.000", ParseError::TwoDecimalPoints);
        err("1.250,50", ParseError::SeparatorAfterDecimalPoint);
        err("1.250 5", ParseError::SeparatorAfterDecimalPoint);
        err("12,50,000", ParseError::MisplacedSeparator);
        err("1 2", ParseError::MisplacedSeparator);
        err("1,,250", ParseError::MisplacedSeparator);
        err("1  250", ParseError::MisplacedSeparator);
        err(",250", ParseError::MisplacedSeparator);
        err("1250,", ParseError::MisplacedSeparator);
        err("1,250 000", ParseError::MixedSeparators);
        err("1234567890123456", ParseError::TooLarge);
        ok("000123456789012345", "123456789012345");
        err(
            "0.1234567890123",
            ParseError::TooManyDecimalPlaces { max: 12 },
        );
    }

    #[test]
    fn error_messages_say_what_is_wrong() {
        assert_eq!(
            parse_amount("1.2.3").unwrap_err().to_string(),
            "two decimal points: use `.` only for decimals and `,` or a space between thousands"
        );
        assert_eq!(
            parse_amount("abc").unwrap_err().to_string(),
            "not a number: letters"
        );
        assert_eq!(
            parse_amount("9999999999999999").unwrap_err().to_string(),
            "too large"
        );
        assert_eq!(
            parse_amount("RM 5").unwrap_err().to_string(),
            "not a number: remove the currency `RM` and type only the number"
        );
    }

    #[test]
    fn money_in_a_currency() {
        assert_eq!(
            parse_money("1,250.50", Currency::Myr),
            Ok(Money::new(d("1250.50"), Currency::Myr))
        );
        // A Vietnamese "1.250" (one thousand two hundred and fifty) is not
        // silently read as 1.25 dong.
        assert_eq!(
            parse_money("1.250", Currency::Vnd),
            Err(ParseError::TooManyDecimalPlacesForCurrency {
                currency: Currency::Vnd,
                max: 0
            })
        );
        assert_eq!(
            parse_money("1.250", Currency::Idr),
            Err(ParseError::TooManyDecimalPlacesForCurrency {
                currency: Currency::Idr,
                max: 2
            })
        );
        assert_eq!(
            parse_money("1.250", Currency::Kwd),
            Ok(Money::new(d("1.250"), Currency::Kwd))
        );
        assert_eq!(parse_money("-3", Currency::Myr), Err(ParseError::Negative));
    }

    #[test]
    fn formatting() {
        assert_eq!(format_amount(d("1250.5"), 2), "1,250.50");
        assert_eq!(format_amount(d("0"), 2), "0.00");
        assert_eq!(format_amount(d("999"), 0), "999");
        assert_eq!(format_amount(d("1000"), 0), "1,000");
        assert_eq!(format_amount(d("-5400000"), 0), "-5,400,000");
        assert_eq!(format_amount(d("2.345"), 2), "2.35");
        assert_eq!(format_amount(d("-0.001"), 2), "0.00");
        assert_eq!(format_amount(d("1234567.8915"), 3), "1,234,567.892");
    }

    #[test]
    fn codes_are_stable() {
        assert_eq!(
            ParseError::TwoDecimalPoints.code(),
            "amount.two-decimal-points"
        );
        assert_eq!(
            ParseError::Letters.in_field("fee").to_string(),
            "fee: not a number: letters"
        );
    }
}
