//! Locale codes as Passage uses them: a language subtag, normalised so that the
//! many spellings people and systems use (`in`, `tl`, `my-MM`, `km_KH.UTF-8`)
//! all land on one code per language we ship.

use std::fmt;
use std::path::Path;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

/// A normalised locale code such as `en`, `fil` or `my`.
///
/// Passage ships one variety per language, so the region is dropped:
/// `my-MM` and `my` are the same locale. Deprecated codes are mapped to their
/// current ones (`in` -> `id`, `tl` -> `fil`, `iw` -> `he`, `ji` -> `yi`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(transparent)]
pub struct Locale(String);

/// Why a string is not a locale code.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LocaleError {
    /// Not a BCP 47 / POSIX locale tag at all.
    #[error("`{0}` is not a language code (expected something like `en`, `fil` or `km-KH`)")]
    Invalid(String),
}

impl Locale {
    /// English, the source language of the UI and the courses.
    pub fn english() -> Self {
        Self("en".to_owned())
    }

    /// Parses a BCP 47 tag (`km-KH`) or a POSIX locale (`km_KH.UTF-8`, `C`).
    pub fn parse(raw: &str) -> crate::Result<Self> {
        let trimmed = raw.trim();
        // POSIX form: language[_territory][.codeset][@modifier]
        let tag = trimmed
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .replace('_', "-");
        if tag.is_empty() || tag.eq_ignore_ascii_case("c") || tag.eq_ignore_ascii_case("posix") {
            return Err(LocaleError::Invalid(raw.to_owned()));
        }
        // Extensions (`-u-nu-thai`, `-x-...`) start at a one-letter subtag and do
        // not change the language.
        let base: Vec<&str> = tag.split('-').take_while(|sub| sub.len() != 1).collect();
        let id: LanguageIdentifier = base
            .join("-")
            .parse()
            .map_err(|_| LocaleError::Invalid(raw.to_owned()))?;
        let language = id.language.as_str().to_ascii_lowercase();
        if language == "und" {
            return Err(LocaleError::Invalid(raw.to_owned()));
        }
        let language = match language.as_str() {
            "in" => "id",
            "tl" => "fil",
            "iw" => "he",
            "ji" => "yi",
            "bur" => "my",
            other => other,
        };
        Ok(Self(language.to_owned()))
    }

    /// The code as a string, e.g. `fil`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn langid(&self) -> LanguageIdentifier {
        // A normalised code is always a valid language subtag.
        self.0.parse().unwrap_or_default()
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::str::FromStr for Locale {
    type Err = LocaleError;

    fn from_str(s: &str) -> crate::Result<Self> {
        Self::parse(s)
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        Self::parse(&raw).map_err(serde::de::Error::custom)
    }
}

/// Picks the best of `available` for someone who asked for `requested`
/// (most wanted first), falling back to English.
///
/// Requested codes that do not parse are skipped, so a broken `LANG` never
/// stops the app from starting.
pub fn negotiate<S: AsRef<str>>(requested: &[S], available: &[Locale]) -> Locale {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|raw| Locale::parse(raw.as_ref()).ok())
        .map(|l| l.langid())
        .collect();
    let available_ids: Vec<LanguageIdentifier> = available.iter().map(Locale::langid).collect();
    let default = Locale::english().langid();
    let chosen = negotiate_languages(
        &requested,
        &available_ids,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    chosen
        .first()
        .map(|id| Locale(id.language.as_str().to_owned()))
        .unwrap_or_else(Locale::english)
}

/// The locales that have a folder of UI messages under `locales_dir`
/// (`locales/<code>/*.ftl`), sorted, English always first.
pub fn installed_locales(locales_dir: &Path) -> Vec<Locale> {
    let mut found: Vec<Locale> = std::fs::read_dir(locales_dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .filter_map(|entry| Locale::parse(&entry.file_name().to_string_lossy()).ok())
        .filter(|l| *l != Locale::english())
        .collect();
    found.sort();
    found.dedup();
    found.insert(0, Locale::english());
    found
}

/// Whether a translation has been checked by a human reviewer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TranslationStatus {
    /// Made without a human reviewer (for example by machine); the app says so.
    Draft,
    /// Checked by a reviewer, or the source language itself.
    Reviewed,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct LocaleMeta {
    status: TranslationStatus,
}

/// The status of the UI translation in `locales_dir/<locale>/meta.toml`.
/// A translation without readable metadata counts as a draft: it is never
/// presented as reviewed by accident.
pub fn ui_translation_status(locales_dir: &Path, locale: &Locale) -> TranslationStatus {
    std::fs::read_to_string(locales_dir.join(locale.as_str()).join("meta.toml"))
        .ok()
        .and_then(|raw| toml::from_str::<LocaleMeta>(&raw).ok())
        .map_or(TranslationStatus::Draft, |meta| meta.status)
}

/// The name of a language in its own script, as a language picker shows it.
pub fn language_name(locale: &Locale) -> &'static str {
    match locale.as_str() {
        "en" => "English",
        "fil" => "Filipino",
        "id" => "Bahasa Indonesia",
        "vi" => "Tiếng Việt",
        "th" => "ไทย",
        "km" => "ខ្មែរ",
        "my" => "မြန်မာ",
        "lo" => "ລາວ",
        "ms" => "Bahasa Melayu",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn loc(s: &str) -> Locale {
        Locale::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn normalises_the_spellings_systems_use() {
        let cases = [
            ("en", "en"),
            ("en-US", "en"),
            ("en_US.UTF-8", "en"),
            ("in", "id"),
            ("in-ID", "id"),
            ("tl", "fil"),
            ("tl_PH.utf8", "fil"),
            ("fil-PH", "fil"),
            ("my-MM", "my"),
            ("my_MM.UTF-8@zawgyi", "my"),
            ("KM", "km"),
            ("km_KH", "km"),
            ("th-TH-u-nu-thai", "th"),
            ("vi_VN", "vi"),
            ("ms-MY", "ms"),
            ("lo_LA.UTF-8", "lo"),
        ];
        for (raw, want) in cases {
            assert_eq!(loc(raw).as_str(), want, "{raw}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_language() {
        for raw in ["", "C", "POSIX", "C.UTF-8", "not a locale", "12"] {
            assert!(Locale::parse(raw).is_err(), "{raw:?} should not parse");
        }
    }

    #[test]
    fn negotiation_prefers_the_request_and_falls_back_to_english() {
        let available = vec![loc("en"), loc("fil"), loc("km")];
        assert_eq!(negotiate(&["km_KH.UTF-8"], &available), loc("km"));
        assert_eq!(negotiate(&["tl-PH"], &available), loc("fil"));
        assert_eq!(negotiate(&["lo", "km"], &available), loc("km"));
        assert_eq!(negotiate(&["lo"], &available), loc("en"));
        assert_eq!(negotiate(&["C"], &available), loc("en"));
        assert_eq!(negotiate::<&str>(&[], &available), loc("en"));
    }

    #[test]
    fn installed_locales_come_from_folders_with_english_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        for name in ["km", "fil", "en", "not a locale"] {
            std::fs::create_dir(dir.path().join(name)).expect("mkdir");
        }
        std::fs::write(dir.path().join("th"), "a file, not a folder").expect("write");
        let got = installed_locales(dir.path());
        assert_eq!(got, vec![loc("en"), loc("fil"), loc("km")]);
    }

    #[test]
    fn translation_status_comes_from_meta_and_defaults_to_draft() {
        let dir = tempfile::tempdir().expect("tempdir");
        for (name, meta) in [
            ("en", Some("status = \"reviewed\"")),
            ("km", Some("status = \"draft\"")),
            ("lo", Some("status = \"checked\"")),
            ("th", None),
        ] {
            std::fs::create_dir(dir.path().join(name)).expect("mkdir");
            if let Some(meta) = meta {
                std::fs::write(dir.path().join(name).join("meta.toml"), meta).expect("write");
            }
        }
        let status = |code| ui_translation_status(dir.path(), &loc(code));
        assert_eq!(status("en"), TranslationStatus::Reviewed);
        assert_eq!(status("km"), TranslationStatus::Draft);
        assert_eq!(
            status("lo"),
            TranslationStatus::Draft,
            "unknown status is a draft"
        );
        assert_eq!(
            status("th"),
            TranslationStatus::Draft,
            "missing meta is a draft"
        );
    }

    #[test]
    fn every_shipped_language_has_a_native_name() {
        for code in ["en", "fil", "id", "vi", "th", "km", "my", "lo", "ms"] {
            assert!(!language_name(&loc(code)).is_empty(), "{code}");
        }
    }
}
