//! Reading one registrant's values: generous in what is accepted (any
//! script's digits, age bands written several ways, words from `words`),
//! exact in what is kept (Passage's codes). Every problem of a row is
//! reported, each with the field it belongs to.

use icu_normalizer::ComposingNormalizerBorrowed;
use passage_l10n::ascii_digits;

use super::words::{self, Field};
use super::{MAX_NAME_CHARS, ProblemCode, Registrant, RegistrantDraft, RosterProblem};
use crate::AGE_BANDS;

/// How much of a bad value a problem repeats.
const VALUE_CHARS: usize = 40;

/// Ages by band, in the order of [`AGE_BANDS`]; the last is open-ended.
const BAND_YEARS: [(u16, u16); 6] = [
    (0, 17),
    (18, 24),
    (25, 34),
    (35, 44),
    (45, 54),
    (55, u16::MAX),
];

/// The youngest and oldest learner an age or birth year may give.
const AGES: std::ops::RangeInclusive<u16> = 10..=100;

/// Thai forms often give the Buddhist-era year (พ.ศ.), 543 years ahead of
/// the Gregorian one. A birth year in the future cannot be Gregorian, so a
/// year that fits once converted is read as Buddhist era.
const BUDDHIST_ERA: u16 = 543;

/// Checks a draft: see [`super::check_draft`].
pub(super) fn check(draft: &RegistrantDraft, year: u16) -> Result<Registrant, Vec<RosterProblem>> {
    let mut problems = Vec::new();
    let mut flag = |field: Field, code: ProblemCode, value: &str| {
        problems.push(RosterProblem {
            line: draft.line,
            column: field.key().to_owned(),
            field: field.key().to_owned(),
            code,
            value: clip(value),
        });
    };

    let name = clean_name(&draft.name);
    if name.is_empty() {
        flag(Field::Name, ProblemCode::MissingName, &draft.name);
    } else if name.chars().count() > MAX_NAME_CHARS {
        flag(Field::Name, ProblemCode::NameTooLong, &name);
    }

    let sex = choice(&draft.sex, "unsaid", words::sex).unwrap_or_else(|()| {
        flag(Field::Sex, ProblemCode::BadSex, &draft.sex);
        None
    });

    let age = age(&draft.age).unwrap_or_else(|()| {
        flag(Field::Age, ProblemCode::BadAge, &draft.age);
        None
    });
    let birth_year = birth_year(&draft.birth_year, year).unwrap_or_else(|()| {
        flag(
            Field::BirthYear,
            ProblemCode::BadBirthYear,
            &draft.birth_year,
        );
        None
    });
    let age_band = match (age, birth_year) {
        (Some(age), Some(born)) => {
            if !age.fits(year.saturating_sub(born)) {
                let both = format!("{} / {}", draft.age.trim(), draft.birth_year.trim());
                flag(Field::Age, ProblemCode::AgeDisagrees, &both);
            }
            // The age said is the more precise: it knows the birthday.
            Some(age.band())
        }
        (Some(age), None) => Some(age.band()),
        (None, Some(born)) => Some(band_of(year.saturating_sub(born))),
        (None, None) => None,
    };

    let mut country = |field: Field, value: &str| {
        optional(value, words::country).unwrap_or_else(|()| {
            flag(field, ProblemCode::BadCountry, value);
            None
        })
    };
    let origin = country(Field::Origin, &draft.origin);
    let destination = country(Field::Destination, &draft.destination);

    let sector = choice(&draft.sector, "unsaid", words::sector).unwrap_or_else(|()| {
        flag(Field::Sector, ProblemCode::BadSector, &draft.sector);
        None
    });
    let phone = phone(&draft.phone).unwrap_or_else(|()| {
        flag(Field::Phone, ProblemCode::BadPhone, &draft.phone);
        None
    });
    let consent = optional(&draft.consent, words::consent).unwrap_or_else(|()| {
        flag(Field::Consent, ProblemCode::BadConsent, &draft.consent);
        None
    });

    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Registrant {
        name,
        sex: sex.map(str::to_owned),
        age_band: age_band.map(str::to_owned),
        birth_year,
        origin: origin.map(str::to_owned),
        destination: destination.map(str::to_owned),
        sector: sector.map(str::to_owned),
        phone,
        consent,
    })
}

/// The year of birth a draft gives, if it gives a good one.
pub(super) fn birth_year_of(draft: &RegistrantDraft, year: u16) -> Option<u16> {
    birth_year(&draft.birth_year, year).ok().flatten()
}

/// A name as kept: control characters and BOMs dropped, runs of spaces
/// and line breaks made one space, Unicode NFC.
pub(super) fn clean_name(typed: &str) -> String {
    let visible: String = typed
        .chars()
        .filter(|c| c.is_whitespace() || !(c.is_control() || *c == '\u{FEFF}'))
        .collect();
    let words: Vec<&str> = visible.split_whitespace().collect();
    nfc(&words.join(" "))
}

/// `text` in Unicode NFC, so the same name typed on different keyboards is
/// stored the same.
pub(super) fn nfc(text: &str) -> String {
    ComposingNormalizerBorrowed::new_nfc()
        .normalize(text)
        .into_owned()
}

/// The year in a year or a date ("1994", "12/03/1994", "๒๕๓๗"): the only run
/// of four digits, when no run is longer.
pub(super) fn year_in(text: &str) -> Option<u16> {
    let digits = ascii_digits(text);
    let runs = digits
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty());
    let mut year = None;
    for run in runs {
        match run.len() {
            0..=3 => {}
            4 if year.is_none() => year = run.parse().ok(),
            _ => return None,
        }
    }
    year
}

/// A value left blank on purpose: dashes, "n/a", "none".
fn said_nothing(value: &str) -> bool {
    value
        .chars()
        .all(|c| c.is_whitespace() || "-–—‒―".contains(c))
        || words::NOTHING.contains(&words::fold(value).as_str())
}

/// An optional answer from one of the tables in `words`.
fn optional<T>(value: &str, read: impl Fn(&str) -> Option<T>) -> Result<Option<T>, ()> {
    let value = value.trim();
    if value.is_empty() || said_nothing(value) {
        return Ok(None);
    }
    read(value).map(Some).ok_or(())
}

/// Like [`optional`], for a question with a "prefer not to say" answer
/// (`unsaid`): a dash means that answer.
fn choice(
    value: &str,
    unsaid: &'static str,
    read: impl Fn(&str) -> Option<&'static str>,
) -> Result<Option<&'static str>, ()> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if said_nothing(value) {
        return Ok(Some(unsaid));
    }
    read(value).map(Some).ok_or(())
}

/// What an age cell says.
#[derive(Clone, Copy, Debug)]
enum Age {
    /// An age in years.
    Years(u16),
    /// One of [`AGE_BANDS`].
    Band(&'static str),
}

impl Age {
    fn band(self) -> &'static str {
        match self {
            Self::Years(years) => band_of(years),
            Self::Band(band) => band,
        }
    }

    /// Whether someone `years` old by their birth year may be this age: a
    /// year apart is allowed, the birthday may not have come yet.
    fn fits(self, years: u16) -> bool {
        match self {
            Self::Years(age) => age.abs_diff(years) <= 1,
            Self::Band(band) => AGE_BANDS
                .iter()
                .zip(BAND_YEARS)
                .find(|(b, _)| **b == band)
                .is_some_and(|(_, (low, high))| {
                    years >= low.saturating_sub(1) && years <= high.saturating_add(1)
                }),
        }
    }
}

/// The band of an age in years.
fn band_of(years: u16) -> &'static str {
    AGE_BANDS
        .iter()
        .zip(BAND_YEARS)
        .find(|(_, (low, high))| (*low..=*high).contains(&years))
        .map_or("55-plus", |(band, _)| band)
}

/// An age in years (10–100, maybe with a unit: "31 tahun", "๓๑ ปี") or an
/// age band ("25-34", "25–34", "25 to 34", "55+", "under 18").
fn age(typed: &str) -> Result<Option<Age>, ()> {
    let text = ascii_digits(typed.trim())
        .to_lowercase()
        .replace(['–', '—', '‒', '−'], "-");
    if text.is_empty() || said_nothing(&text) {
        return Ok(None);
    }
    if let Some(band) = AGE_BANDS.iter().find(|b| **b == text) {
        return Ok(Some(Age::Band(band)));
    }
    for under in words::UNDER {
        if let Some(rest) = text.strip_prefix(under) {
            let (top, unit) = leading_number(rest.trim_start()).ok_or(())?;
            return if is_unit(unit) && top <= 18 {
                Ok(Some(Age::Band("under-18")))
            } else {
                Err(())
            };
        }
    }
    let (years, rest) = leading_number(&text).ok_or(())?;
    let rest = rest.trim();
    for between in words::RANGE {
        if let Some(after) = rest.strip_prefix(between) {
            let (top, unit) = leading_number(after.trim_start()).ok_or(())?;
            if !is_unit(unit) {
                return Err(());
            }
            return band_between(years, top).map(|b| Some(Age::Band(b)));
        }
    }
    if words::AND_OVER.contains(&rest) {
        return if years >= 55 {
            Ok(Some(Age::Band("55-plus")))
        } else {
            Err(())
        };
    }
    // "31.0" comes from sheets that store every number as a decimal.
    let whole = rest
        .strip_prefix('.')
        .is_some_and(|zeros| !zeros.is_empty() && zeros.chars().all(|c| c == '0'));
    if (whole || is_unit(rest)) && AGES.contains(&years) {
        Ok(Some(Age::Years(years)))
    } else {
        Err(())
    }
}

/// The band whose ends are `low` and `high` (any start below 18 ending at
/// 17 is the youngest band).
fn band_between(low: u16, high: u16) -> Result<&'static str, ()> {
    if high == 17 && low < 18 {
        return Ok("under-18");
    }
    AGE_BANDS
        .iter()
        .zip(BAND_YEARS)
        .find(|(_, band)| *band == (low, high))
        .map(|(band, _)| *band)
        .ok_or(())
}

/// The number at the start of `text` (at most 4 digits) and what follows.
fn leading_number(text: &str) -> Option<(u16, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (digits, rest) = text.split_at(end);
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    Some((digits.parse().ok()?, rest))
}

/// Whether what follows a number is a unit word ("years", "tahun", "ปี")
/// rather than more numbers or signs.
fn is_unit(text: &str) -> bool {
    text.chars()
        .all(|c| !c.is_ascii_digit() && !"+-<>~/,;:".contains(c))
}

/// A year of birth from 100 to 10 years before `year` (a Buddhist-era year
/// is converted), found in a year or a date.
fn birth_year(typed: &str, year: u16) -> Result<Option<u16>, ()> {
    let typed = typed.trim();
    if typed.is_empty() || said_nothing(typed) {
        return Ok(None);
    }
    let born = year_in(typed).ok_or(())?;
    let oldest = year.saturating_sub(*AGES.end());
    let youngest = year.saturating_sub(*AGES.start());
    let window = oldest..=youngest;
    if window.contains(&born) {
        return Ok(Some(born));
    }
    let gregorian = born.saturating_sub(BUDDHIST_ERA);
    if born > year && window.contains(&gregorian) {
        return Ok(Some(gregorian));
    }
    Err(())
}

/// A phone number: digits of any script, a leading `+`, spaces, dashes,
/// dots and brackets; 7 to 15 digits. Kept as the `+` and ASCII digits.
fn phone(typed: &str) -> Result<Option<String>, ()> {
    let text = ascii_digits(typed.trim());
    // A leading apostrophe is how spreadsheets keep a leading zero.
    let text = text.strip_prefix('\'').unwrap_or(&text).trim();
    if text.is_empty() || said_nothing(text) {
        return Ok(None);
    }
    let mut kept = String::with_capacity(text.len());
    for (i, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => kept.push(c),
            '+' | '＋' if i == 0 => kept.push('+'),
            ' ' | '-' | '.' | '(' | ')' | '\u{A0}' => {}
            _ if words::is_invisible(c) => {}
            _ => return Err(()),
        }
    }
    let digits = kept.chars().filter(char::is_ascii_digit).count();
    if (7..=15).contains(&digits) {
        Ok(Some(kept))
    } else {
        Err(())
    }
}

/// A value cut to about [`VALUE_CHARS`] characters for a problem report.
fn clip(value: &str) -> String {
    let value = value.trim();
    if value.chars().count() <= VALUE_CHARS {
        return value.to_owned();
    }
    let mut cut: String = value.chars().take(VALUE_CHARS).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_in_dates() {
        assert_eq!(year_in("1994"), Some(1994));
        assert_eq!(year_in("12/03/1994"), Some(1994));
        assert_eq!(year_in("1994-03-12T00:00:00"), Some(1994));
        assert_eq!(year_in("๒๕๓๗"), Some(2537));
        assert_eq!(year_in("12/03/94"), None);
        assert_eq!(year_in("1994/1995"), None);
        assert_eq!(year_in("199412"), None);
    }

    #[test]
    fn bands_cover_every_age_once() {
        for years in 0..=120 {
            let band = band_of(years);
            assert!(Age::Band(band).fits(years), "{years} {band}");
        }
        assert_eq!(band_of(17), "under-18");
        assert_eq!(band_of(18), "18-24");
        assert_eq!(band_of(54), "45-54");
        assert_eq!(band_of(55), "55-plus");
    }
}
