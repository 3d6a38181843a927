//! Learners on a shared laptop: profiles (with an optional PIN), who is
//! using the app now, and what they did, written to the learner store as
//! records. Nothing here is shown to anyone but the learner themselves.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use passage_store::{LessonRef, PERSONAL_SCOPE, Payload, ProfileField, Store};

use crate::{AppError, Result};

/// The version of the consent text in `locales/*/learners.ftl`
/// (`consent-*`). Raise it when the text changes in meaning.
pub const CONSENT_VERSION: u32 = 1;

/// A profile as the picker shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ProfileCard {
    /// Learner id.
    pub id: String,
    /// Name or nickname.
    pub name: String,
    /// Their language, if set.
    pub locale: Option<String>,
    /// A PIN protects it.
    pub has_pin: bool,
}

/// The profiles on this laptop and who is signed in.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Profiles {
    /// Every profile, most recently active first.
    pub profiles: Vec<ProfileCard>,
    /// The learner using the app now.
    pub active: Option<ProfileCard>,
    /// The lesson the active learner opened last: "continue where you left off".
    pub continue_at: Option<ContinueAt>,
    /// The active learner's progress per course.
    pub courses: Vec<CourseProgress>,
}

/// Where a learner left off.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ContinueAt {
    /// Course id.
    pub course_id: String,
    /// Lesson id.
    pub lesson_id: String,
    /// The lesson's title in the learner's language (or the source language).
    pub title: String,
}

/// How far a learner got in one course.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CourseProgress {
    /// Course id.
    pub course_id: String,
    /// Lessons finished.
    pub completed: u32,
    /// Lessons in the course.
    pub total: u32,
}

/// What a learner fills in to make a profile.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NewProfile {
    /// Name or nickname (required).
    pub name: String,
    /// Optional 4-digit PIN (any script's digits).
    pub pin: Option<String>,
    /// Language code.
    pub locale: String,
    /// Age band, e.g. `25-34`.
    pub age_band: Option<String>,
    /// `female`, `male`, `other` or `unsaid`.
    pub sex: Option<String>,
    /// Country of origin (ISO 3166 alpha-2).
    pub origin: Option<String>,
    /// Destination country (ISO 3166 alpha-2).
    pub destination: Option<String>,
    /// Work sector.
    pub sector: Option<String>,
    /// The learner agreed to the consent text.
    pub consent: bool,
}

/// The answer choices of the profile form, so the UI, the store and the
/// reports agree.
pub use passage_report::{AGE_BANDS, SECTORS, SEXES};

fn bad(field: &str, why: &str) -> AppError {
    AppError::BadInput(format!("{field}: {why}"))
}

fn check_choice(field: &str, value: Option<&String>, allowed: &[&str]) -> Result<()> {
    match value {
        Some(v) if !allowed.contains(&v.as_str()) => Err(bad(field, "not one of the choices")),
        _ => Ok(()),
    }
}

fn check_country(field: &str, value: Option<&String>) -> Result<()> {
    match value {
        Some(v) if v.len() != 2 || !v.chars().all(|c| c.is_ascii_uppercase()) => {
            Err(bad(field, "a two-letter country code"))
        }
        _ => Ok(()),
    }
}

/// A PIN as typed, in any script's digits, as four ASCII digits.
pub fn normalise_pin(typed: &str) -> Result<String> {
    let pin = passage_l10n::ascii_digits(typed.trim());
    if pin.len() == 4 && pin.chars().all(|c| c.is_ascii_digit()) {
        Ok(pin)
    } else {
        Err(bad("pin", "four digits"))
    }
}

pub(crate) fn hash_pin(pin: &str) -> Result<String> {
    // 16 random bytes (a v4 UUID's randomness comes from the OS).
    let salt = SaltString::encode_b64(uuid::Uuid::new_v4().as_bytes())
        .map_err(|e| AppError::Store(format!("salting the PIN: {e}")))?;
    Argon2::default()
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AppError::Store(format!("hashing the PIN: {e}")))
}

fn pin_matches(pin: &str, hash: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|parsed| {
        Argon2::default()
            .verify_password(pin.as_bytes(), &parsed)
            .is_ok()
    })
}

fn card(store: &Store, id: &str) -> Result<ProfileCard> {
    let profile = store
        .profile(id)?
        .ok_or_else(|| AppError::NotFound(format!("profile `{id}`")))?;
    Ok(ProfileCard {
        id: id.to_owned(),
        name: profile
            .get(ProfileField::Name)
            .unwrap_or_default()
            .to_owned(),
        locale: profile.get(ProfileField::Locale).map(str::to_owned),
        has_pin: profile.get(ProfileField::PinHash).is_some(),
    })
}

/// Every profile on the laptop, and the active one.
pub(crate) fn profiles(store: &Store, active: Option<&str>) -> Result<Profiles> {
    // Trainers sign in on their own screen; workshop participants are the
    // trainer's list, not the shared laptop's picker.
    let mut hidden = store.enrolled_anywhere()?;
    hidden.extend(store.with_field(ProfileField::Role, "trainer")?);
    let profiles = store
        .learners()?
        .into_iter()
        .filter(|l| !hidden.contains(&l.id))
        .map(|l| ProfileCard {
            id: l.id,
            name: l.name,
            locale: l.locale,
            has_pin: l.has_pin,
        })
        .collect();
    let active = active.map(|id| card(store, id)).transpose()?;
    Ok(Profiles {
        profiles,
        active,
        continue_at: None,
        courses: Vec::new(),
    })
}

/// Makes a profile (all of it in one transaction) and returns its card.
pub(crate) fn create(store: &mut Store, new: &NewProfile) -> Result<ProfileCard> {
    let name = new.name.trim();
    if name.is_empty() {
        return Err(bad("name", "required"));
    }
    if name.chars().count() > 40 {
        return Err(bad("name", "at most 40 characters"));
    }
    if !new.consent {
        return Err(bad("consent", "the learner must agree first"));
    }
    passage_l10n::Locale::parse(&new.locale).map_err(|_| bad("locale", "not a language code"))?;
    check_choice("ageBand", new.age_band.as_ref(), &AGE_BANDS)?;
    check_choice("sex", new.sex.as_ref(), &SEXES)?;
    check_choice("sector", new.sector.as_ref(), &SECTORS)?;
    check_country("origin", new.origin.as_ref())?;
    check_country("destination", new.destination.as_ref())?;
    let pin_hash = new
        .pin
        .as_deref()
        .filter(|p| !p.trim().is_empty())
        .map(|p| normalise_pin(p).and_then(|pin| hash_pin(&pin)))
        .transpose()?;
    let id = uuid::Uuid::new_v4().simple().to_string();
    let field = |field, value: Option<String>| Payload::LearnerField {
        learner: id.clone(),
        field,
        value,
    };
    let mut payloads = vec![
        Payload::LearnerRegistered {
            learner: id.clone(),
        },
        field(ProfileField::Name, Some(name.to_owned())),
        field(ProfileField::Locale, Some(new.locale.clone())),
    ];
    for (f, v) in [
        (ProfileField::PinHash, pin_hash),
        (ProfileField::AgeBand, new.age_band.clone()),
        (ProfileField::Sex, new.sex.clone()),
        (ProfileField::Origin, new.origin.clone()),
        (ProfileField::Destination, new.destination.clone()),
        (ProfileField::Sector, new.sector.clone()),
    ] {
        if v.is_some() {
            payloads.push(field(f, v));
        }
    }
    payloads.push(Payload::LearnerConsented {
        learner: id.clone(),
        text_version: CONSENT_VERSION,
    });
    store.append(PERSONAL_SCOPE, payloads)?;
    card(store, &id)
}

/// Checks the PIN (if the profile has one) before someone becomes active.
pub(crate) fn sign_in(store: &Store, id: &str, pin: Option<&str>) -> Result<ProfileCard> {
    let profile = store
        .profile(id)?
        .ok_or_else(|| AppError::NotFound(format!("profile `{id}`")))?;
    if let Some(hash) = profile.get(ProfileField::PinHash) {
        let typed = pin.map(normalise_pin).transpose()?;
        if !typed.is_some_and(|p| pin_matches(&p, hash)) {
            return Err(AppError::WrongPin);
        }
    }
    card(store, id)
}

/// A lesson event of the active learner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum LessonEvent {
    /// The lesson was opened.
    Opened,
    /// Time spent reading since the last report.
    Time {
        /// Seconds (at most an hour per report).
        seconds: u32,
    },
    /// The learner marked it done.
    Completed,
}

pub(crate) fn lesson_event(
    store: &mut Store,
    learner: &str,
    at: LessonRef,
    event: LessonEvent,
) -> Result<()> {
    let learner = learner.to_owned();
    let payload = match event {
        LessonEvent::Opened => Payload::LessonOpened { learner, at },
        LessonEvent::Completed => Payload::LessonCompleted { learner, at },
        LessonEvent::Time { seconds } if seconds == 0 || seconds > 3_600 => {
            return Err(bad("seconds", "between 1 and 3600"));
        }
        LessonEvent::Time { seconds } => Payload::LessonTime {
            learner,
            at,
            seconds,
        },
    };
    store.append(PERSONAL_SCOPE, vec![payload])?;
    Ok(())
}
