//! UI messages for what Rust itself renders (certificates, sign-in sheets,
//! report headings): the same `locales/<lang>/*.ftl` files the UI reads,
//! formatted with fluent-bundle's concurrent bundle, falling back to English
//! message by message.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::Locale;

/// A message file that cannot be used: where and why.
#[derive(Debug, thiserror::Error)]
pub enum MessagesError {
    /// The file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Fluent syntax errors, or a message defined twice.
    #[error("{path}:{line}: {why}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong.
        why: String,
    },
}

/// A value to put into a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Arg {
    /// Text, put in as it is.
    Text(String),
    /// A number, which also selects plural forms.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Self::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Self::Text(value)
    }
}

impl From<u32> for Arg {
    fn from(value: u32) -> Self {
        Self::Number(f64::from(value))
    }
}

/// Every installed language's messages.
pub struct Messages {
    bundles: BTreeMap<Locale, FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte.min(text.len()))
        .map_or(1, |before| before.matches('\n').count() + 1)
}

/// Every message id defined in the `.ftl` files of `dir` (one language's
/// folder), sorted: the source of the UI's typed `MessageId`.
pub fn message_ids(dir: &Path) -> Result<Vec<String>, MessagesError> {
    let mut ids = Vec::new();
    for path in ftl_files(dir)? {
        for entry in read_resource(&path)?.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                ids.push(m.id.name.to_owned());
            }
        }
    }
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// The `.ftl` files of one language's folder, sorted.
pub(crate) fn ftl_files(dir: &Path) -> Result<Vec<PathBuf>, MessagesError> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|source| MessagesError::Io {
            path: dir.to_owned(),
            source,
        })?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    Ok(files)
}

/// One `.ftl` file, parsed; a syntax error names its file and line.
fn read_resource(path: &Path) -> Result<FluentResource, MessagesError> {
    let text = std::fs::read_to_string(path).map_err(|source| MessagesError::Io {
        path: path.to_owned(),
        source,
    })?;
    FluentResource::try_new(text.clone()).map_err(|(_, errors)| {
        let first = errors.first();
        MessagesError::Syntax {
            path: path.to_owned(),
            line: first.map_or(1, |e| line_of(&text, e.pos.start)),
            why: first.map_or_else(String::new, |e| e.kind.to_string()),
        }
    })
}

/// A UI message with its arguments, made by a typed accessor in [`crate::msg`].
#[derive(Clone, Debug, PartialEq)]
pub struct Msg {
    /// Its id.
    pub id: &'static str,
    /// Its arguments, by variable name.
    pub args: Vec<(&'static str, Arg)>,
}

impl Messages {
    /// Formats a message made by a typed accessor.
    pub fn tr(&self, locale: &Locale, msg: &Msg) -> String {
        self.format(locale, msg.id, &msg.args)
    }

    /// Reads `locales_dir/<lang>/*.ftl` for every installed language.
    /// A syntax error or a duplicate message anywhere is an error naming the
    /// file and line: the build's check catches these first.
    pub fn load(locales_dir: &Path) -> Result<Self, MessagesError> {
        let mut bundles = BTreeMap::new();
        for locale in crate::installed_locales(locales_dir) {
            let dir = locales_dir.join(locale.as_str());
            let files = ftl_files(&dir)?;
            let langid: unic_langid::LanguageIdentifier =
                locale.as_str().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Printed pages cannot show the invisible isolation marks.
            bundle.set_use_isolating(false);
            for path in files {
                let resource = read_resource(&path)?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| MessagesError::Syntax {
                        path: path.clone(),
                        line: 1,
                        why: errors.first().map_or_else(String::new, ToString::to_string),
                    })?;
            }
            bundles.insert(locale, bundle);
        }
        Ok(Self { bundles })
    }

    /// Formats message `id` in `locale`, falling back to English, and to the
    /// id itself when no language has it (a test keeps that from shipping).
    pub fn format(&self, locale: &Locale, id: &str, args: &[(&str, Arg)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_str())),
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        for candidate in [locale.clone(), Locale::english()] {
            let Some(bundle) = self.bundles.get(&candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if errors.is_empty() {
                return text.into_owned();
            }
        }
        id.to_owned()
    }

    /// The languages loaded, in code order.
    pub fn locales(&self) -> Vec<Locale> {
        self.bundles.keys().cloned().collect()
    }

    /// Whether `locale` itself (not the fallback) has message `id`.
    pub fn has(&self, locale: &Locale, id: &str) -> bool {
        self.bundles.get(locale).is_some_and(|b| b.has_message(id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, lang: &str, text: &str) {
        let folder = dir.join(lang);
        std::fs::create_dir_all(&folder).expect("dir");
        std::fs::write(folder.join("main.ftl"), text).expect("write");
    }

    #[test]
    fn formats_with_arguments_plurals_and_english_fallback() {
        let dir = tempfile::tempdir().expect("dir");
        write(
            dir.path(),
            "en",
            "hours = { $n ->\n    [one] { $n } hour\n   *[other] { $n } hours\n}\nonly-en = Only English\nhello = Hello, { $name }\n",
        );
        write(dir.path(), "km", "hello = សួស្តី { $name }\n");
        let messages = Messages::load(dir.path()).expect("load");
        let km = Locale::parse("km").expect("km");
        let en = Locale::english();
        assert_eq!(
            messages.format(&km, "hello", &[("name", "ដារា".into())]),
            "សួស្តី ដារា"
        );
        assert_eq!(messages.format(&km, "only-en", &[]), "Only English");
        assert_eq!(messages.format(&en, "hours", &[("n", 1.into())]), "1 hour");
        assert_eq!(
            messages.format(&en, "hours", &[("n", 12.into())]),
            "12 hours"
        );
        assert_eq!(messages.format(&en, "missing", &[]), "missing");
        assert!(!messages.has(&km, "only-en"));
    }

    #[test]
    fn typed_accessors_format_the_shipped_messages() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let messages = Messages::load(&dir).expect("the shipped messages load");
        let en = Locale::english();
        assert_eq!(
            messages.tr(&en, &crate::msg::sync_waiting(1u32)),
            "1 record waits for the hub."
        );
        assert_eq!(
            messages.tr(&en, &crate::msg::sync_waiting(3u32)),
            "3 records wait for the hub."
        );
        let km = Locale::parse("km").expect("km");
        assert_ne!(
            messages.tr(&km, &crate::msg::cert_heading()),
            messages.tr(&en, &crate::msg::cert_heading())
        );
    }

    #[test]
    fn a_syntax_error_names_the_file_and_line() {
        let dir = tempfile::tempdir().expect("dir");
        write(dir.path(), "en", "ok = fine\nbroken = { $\n");
        let err = Messages::load(dir.path()).expect_err("refused");
        let text = err.to_string();
        assert!(text.contains("main.ftl:2"), "{text}");
    }
}
