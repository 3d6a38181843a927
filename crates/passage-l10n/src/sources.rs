//! `locales/<lang>/sources.toml`: for each UI message, the hash of the
//! English it was translated from (the `source-hash` an exported PO or
//! XLIFF file carries). Imports write it; when the English of a message
//! changes, its hash no longer matches and the translation is outdated.
//! It also keeps, for each message a reviewer signed off, the hash of the
//! translation they read (`passage l10n apply-reviews` writes it): a new
//! translation of that message needs a new review.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const FILE: &str = "sources.toml";

const HEADER: &str = "\
# The English each message was translated from: its source-hash, as in the
# exported PO and XLIFF files. Written by `passage l10n import`; a message
# whose English changed since is outdated (`passage l10n status`).
# [reviewed]: the hash of the translation a reviewer signed off, written by
# `passage l10n apply-reviews`.
";

#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Sources {
    #[serde(default)]
    translated_from: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    reviewed: BTreeMap<String, String>,
}

fn read(path: &Path) -> Result<Sources, crate::FtlProblem> {
    let problem = |line: usize, message: String| crate::FtlProblem {
        file: path.to_owned(),
        line,
        code: "sources",
        message,
    };
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| {
            let line = e.span().map_or(1, |s| {
                text.get(..s.start)
                    .map_or(1, |t| t.matches('\n').count() + 1)
            });
            problem(line, e.message().to_owned())
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Sources::default()),
        Err(e) => Err(problem(1, e.to_string())),
    }
}

/// Message id -> hash of the English its translation was made from. A
/// missing or unreadable file records nothing (every translation then
/// counts as made from the English of now; `passage l10n check` reports
/// an unreadable file, and an import refuses to write over it).
pub fn recorded(locales_dir: &Path, lang: &str) -> BTreeMap<String, String> {
    read(&locales_dir.join(lang).join(FILE))
        .map(|s| s.translated_from)
        .unwrap_or_default()
}

/// Message id -> hash of the translation a reviewer signed off.
pub fn reviewed(locales_dir: &Path, lang: &str) -> BTreeMap<String, String> {
    read(&locales_dir.join(lang).join(FILE))
        .map(|s| s.reviewed)
        .unwrap_or_default()
}

/// Why `sources.toml` of `lang` cannot be read, if it cannot.
pub fn problem(locales_dir: &Path, lang: &str) -> Option<crate::FtlProblem> {
    read(&locales_dir.join(lang).join(FILE)).err()
}

/// The new `sources.toml` of `lang` with the hashes of `made_from` added
/// (or replaced), ready to write; `None` when there is nothing to add. A
/// file that cannot be read is an error that names it and its line, found
/// before the import writes anything.
pub(crate) fn prepare(
    locales_dir: &Path,
    lang: &str,
    made_from: &BTreeMap<String, String>,
) -> Result<Option<(PathBuf, String)>, (PathBuf, std::io::Error)> {
    prepare_with(locales_dir, lang, made_from, &BTreeMap::new())
}

/// As [`prepare`], adding the hashes of reviewed translations too.
pub(crate) fn prepare_with(
    locales_dir: &Path,
    lang: &str,
    made_from: &BTreeMap<String, String>,
    reviewed: &BTreeMap<String, String>,
) -> Result<Option<(PathBuf, String)>, (PathBuf, std::io::Error)> {
    if made_from.is_empty() && reviewed.is_empty() {
        return Ok(None);
    }
    let path = locales_dir.join(lang).join(FILE);
    let invalid = |m: String| std::io::Error::new(std::io::ErrorKind::InvalidData, m);
    let mut sources = read(&path).map_err(|p| (path.clone(), invalid(p.to_string())))?;
    sources.translated_from.extend(
        made_from
            .iter()
            .map(|(id, hash)| (id.clone(), hash.clone())),
    );
    sources
        .reviewed
        .extend(reviewed.iter().map(|(id, hash)| (id.clone(), hash.clone())));
    let body = toml::to_string(&sources).map_err(|e| (path.clone(), invalid(e.to_string())))?;
    Ok(Some((path, format!("{HEADER}\n{body}"))))
}

/// Writes what [`prepare`] made, through a temporary file and a rename.
pub(crate) fn write(prepared: Option<(PathBuf, String)>) -> Result<(), (PathBuf, std::io::Error)> {
    let Some((path, text)) = prepared else {
        return Ok(());
    };
    let tmp = path.with_extension("toml.part");
    std::fs::write(&tmp, text).map_err(|e| (tmp.clone(), e))?;
    std::fs::rename(&tmp, &path).map_err(|e| (path.clone(), e))
}
