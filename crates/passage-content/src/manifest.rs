//! The pack manifest, `pack.toml`: what a course pack is called, who
//! publishes it, which languages it carries and how its modules are ordered.
//! The full format is documented in `docs/content-format.md`.

use std::fmt;
use std::path::Path;

use std::collections::BTreeMap;

use passage_l10n::{Locale, TranslationStatus};

use crate::{ContentError, LocalizedText, Result};

/// The file name of a pack manifest inside a pack folder.
pub const MANIFEST_FILE: &str = "pack.toml";

macro_rules! slug_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
        #[serde(try_from = "String")]
        pub struct $name(String);

        impl $name {
            /// The id as written in the manifest.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;

            fn try_from(raw: String) -> std::result::Result<Self, String> {
                let ok = !raw.is_empty()
                    && raw.len() <= 64
                    && raw.starts_with(|c: char| c.is_ascii_lowercase())
                    && raw
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if ok {
                    Ok(Self(raw))
                } else {
                    Err(format!(
                        "`{raw}` is not a valid id: use lowercase letters, digits and `-`, starting with a letter"
                    ))
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_id!(
    /// The id of a course pack, e.g. `safe-migration`. Stable across versions.
    PackId
);
slug_id!(
    /// The id of a module inside a pack, e.g. `recruitment-and-fees`.
    ModuleId
);
slug_id!(
    /// The id of a lesson inside a pack, e.g. `red-flags`; also its folder name.
    LessonId
);

/// A pack manifest as written by authors.
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct PackManifest {
    /// Stable id of the pack.
    pub id: PackId,
    /// Version of the pack's content (semantic versioning).
    pub version: String,
    /// Who publishes and answers for the content.
    pub publisher: String,
    /// SPDX licence of the content, e.g. `CC-BY-SA-4.0`.
    pub licence: String,
    /// The language the content is written in; translations follow it.
    pub source_locale: Locale,
    /// Every locale the pack carries text for.
    pub locales: Vec<Locale>,
    /// Status of the manifest's own translations (title, description,
    /// module titles) per locale; a locale left out counts as a draft.
    #[serde(default)]
    pub translation_status: BTreeMap<Locale, TranslationStatus>,
    /// The course title per locale.
    pub title: LocalizedText,
    /// A one- or two-sentence description per locale.
    pub description: LocalizedText,
    /// The modules, in teaching order.
    #[serde(default)]
    pub modules: Vec<ModuleManifest>,
}

/// One module of a course.
#[derive(Clone, Debug, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ModuleManifest {
    /// Stable id of the module inside the pack.
    pub id: ModuleId,
    /// The module title per locale.
    pub title: LocalizedText,
    /// Lesson ids in teaching order (folders under `lessons/`).
    #[serde(default)]
    pub lessons: Vec<LessonId>,
}

impl PackManifest {
    /// Reads and checks `pack.toml` in `pack_dir`.
    pub fn load(pack_dir: &Path) -> Result<Self> {
        let path = pack_dir.join(MANIFEST_FILE);
        let raw = std::fs::read_to_string(&path).map_err(|source| ContentError::Io {
            path: path.clone(),
            source,
        })?;
        Self::parse(&raw, &path)
    }

    /// Parses a manifest; `path` only names the file in errors.
    pub fn parse(raw: &str, path: &Path) -> Result<Self> {
        let manifest: Self = parse_toml(raw, path, 0)?;
        manifest.check(raw, path)?;
        Ok(manifest)
    }

    fn check(&self, raw: &str, path: &Path) -> Result<()> {
        let at = |key: &str, message: String| {
            let offset = raw.find(key).unwrap_or(0);
            let (line, column) = line_column(raw, offset);
            ContentError::Manifest {
                path: path.to_owned(),
                line,
                column,
                message,
            }
        };
        if !self.locales.contains(&self.source_locale) {
            return Err(at(
                "locales",
                format!(
                    "`locales` must include the source locale `{}`",
                    self.source_locale
                ),
            ));
        }
        // Every promised locale has both a title and a description, so a card
        // is never half in one language and half in another. Other locales
        // may have them too: a course can show its name in Khmer before its
        // lessons are translated (they fall back, and the reader says so).
        for (table, text) in [
            ("[title]", &self.title),
            ("[description]", &self.description),
        ] {
            if let Some(missing) = self.locales.iter().find(|l| !text.has(l)) {
                return Err(at(
                    table,
                    format!("`{table}` has no text for `{missing}`, which `locales` promises"),
                ));
            }
        }
        // A module id used twice is reported where it is used the second time.
        let mut seen = std::collections::BTreeSet::new();
        for module in &self.modules {
            if !seen.insert(&module.id) {
                let needle = format!("\"{}\"", module.id);
                let second = raw.match_indices(&needle).nth(1).map_or(0, |(at, _)| at);
                let (line, column) = line_column(raw, second);
                return Err(ContentError::Manifest {
                    path: path.to_owned(),
                    line,
                    column,
                    message: format!("module id `{}` is used twice", module.id),
                });
            }
            if !module.title.has(&self.source_locale) {
                return Err(at(
                    &format!("\"{}\"", module.id),
                    format!(
                        "module `{}` has no title in the source locale `{}`",
                        module.id, self.source_locale
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Whether the manifest's text in `locale` is an unreviewed translation.
    pub fn is_draft(&self, locale: &Locale) -> bool {
        *locale != self.source_locale
            && self.translation_status.get(locale) != Some(&TranslationStatus::Reviewed)
    }
}

/// Parses TOML that starts `lines_before` lines into the file at `path`;
/// an error names the file, line and column of the mistake.
pub(crate) fn parse_toml<T: serde::de::DeserializeOwned>(
    raw: &str,
    path: &Path,
    lines_before: usize,
) -> Result<T> {
    toml::from_str(raw).map_err(|err| {
        let (line, column) = err
            .span()
            .map(|span| line_column(raw, span.start))
            .unwrap_or((1, 1));
        ContentError::Manifest {
            path: path.to_owned(),
            line: line + lines_before,
            column,
            message: err.message().to_owned(),
        }
    })
}

/// 1-based line of the first occurrence of `needle` in `raw` (1 if absent).
pub(crate) fn line_of(raw: &str, needle: &str) -> usize {
    raw.find(needle).map_or(1, |at| line_column(raw, at).0)
}

/// 1-based line and column of a byte offset.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
id = "safe-migration"
version = "0.1.0"
publisher = "Passage"
licence = "CC-BY-SA-4.0"
source-locale = "en"
locales = ["en", "km"]

[title]
en = "Safe migration"
km = "ចំណាកស្រុកដោយសុវត្ថិភាព"

[description]
en = "Before you go."
km = "មុនពេលចេញដំណើរ"

[[modules]]
id = "deciding-to-go"
title = { en = "Deciding to go" }
"#;

    fn parse(raw: &str) -> Result<PackManifest> {
        PackManifest::parse(raw, Path::new("packs/x/pack.toml"))
    }

    #[test]
    fn reads_a_manifest() {
        let m = parse(GOOD).expect("good manifest");
        assert_eq!(m.id.as_str(), "safe-migration");
        assert_eq!(m.modules.len(), 1);
        assert_eq!(m.locales.len(), 2);
        assert!(!m.is_draft(&Locale::english()));
        assert!(
            m.is_draft(&Locale::parse("km").expect("km")),
            "no status means draft"
        );
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let bad = GOOD.replace("version = \"0.1.0\"", "version = 0.1.0");
        let err = parse(&bad).expect_err("bad toml");
        let shown = err.to_string();
        assert!(shown.starts_with("packs/x/pack.toml:3:"), "{shown}");
    }

    #[test]
    fn rejects_bad_ids_unknown_keys_and_missing_source_text() {
        let cases = [
            (
                GOOD.replace("\"safe-migration\"", "\"Safe Migration\""),
                "not a valid id",
            ),
            (GOOD.replace("publisher", "publsher"), "unknown field"),
            (
                GOOD.replace("locales = [\"en\", \"km\"]", "locales = [\"km\"]"),
                "source locale",
            ),
            (
                GOOD.replace("en = \"Before you go.\"\n", ""),
                "no text for `en`",
            ),
            (
                GOOD.replace("km = \"ចំណាកស្រុកដោយសុវត្ថិភាព\"", "km = \" \""),
                "no text for `km`",
            ),
            (
                format!(
                    "{GOOD}\n[[modules]]\nid = \"deciding-to-go\"\ntitle = {{ en = \"Again\" }}\n"
                ),
                "used twice",
            ),
        ];
        for (raw, want) in cases {
            let err = parse(&raw).expect_err(want).to_string();
            assert!(err.contains(want), "wanted `{want}` in `{err}`");
            assert!(err.starts_with("packs/x/pack.toml:"), "{err}");
        }
    }

    #[test]
    fn titles_may_come_before_the_lessons_are_translated() {
        // Lao has a course title but no promised lessons: allowed, so the
        // home card can be in Lao while the lessons fall back.
        let raw = GOOD.replace(
            "km = \"ចំណាកស្រុកដោយសុវត្ថិភាព\"",
            "km = \"ចំណាកស្រុកដោយសុវត្ថិភាព\"\nlo = \"ການເຄື່ອນຍ້າຍ\"",
        );
        let m = parse(&raw).expect("extra title locale is fine");
        assert!(m.title.has(&Locale::parse("lo").expect("locale")));
    }

    #[test]
    fn line_column_counts_from_one() {
        assert_eq!(line_column("ab\ncd", 0), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
    }
}
