//! Review marks travel from a reviewer's laptop to the translation files.
//!
//! The app keeps a reviewer's marks in its own settings (the bundled files
//! are signed and read-only) and saves them as a marks file; whoever keeps
//! the translations runs `passage l10n apply-reviews` with it. A mark is
//! applied only while both texts are the ones reviewed: the English (its
//! `source_hash`) and the translation (its `target_hash`). A translated
//! file then says `status = "reviewed"`; a UI message is recorded in
//! `locales/<lang>/sources.toml` by `passage_l10n::exchange::record_reviews`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::lesson::source_hash;
use crate::manifest::PackManifest;

/// What a marks file says it is.
pub const FORMAT: &str = "passage-review-marks";

/// A reviewer's marks for one language, as the app saves them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReviewMarks {
    /// Always [`FORMAT`].
    pub format: String,
    /// The language reviewed.
    pub lang: String,
    /// Who reviewed (the trainer's name on that laptop).
    pub reviewer: String,
    /// The marks.
    pub marks: Vec<ReviewMark>,
}

/// One item a reviewer read and signed off.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReviewMark {
    /// `ui:<message>`, `lesson:<pack>/<lesson>`, `quiz:<pack>/<lesson>`,
    /// `bank:<pack>/<module>`, `glossary:<pack>` or `agenda:<pack>`.
    pub item: String,
    /// `sha256:` of the English reviewed against (for a message, of its
    /// Fluent pattern; otherwise of the whole English file).
    pub source_hash: String,
    /// `sha256:` of the translation reviewed, in the same way.
    pub target_hash: String,
    /// When (Unix milliseconds).
    pub at: u64,
}

impl ReviewMarks {
    /// Reads a marks file; the error names what is wrong and where.
    pub fn parse(text: &str) -> Result<Self, String> {
        let marks: Self =
            serde_json::from_str(text).map_err(|e| format!("line {}: {e}", e.line()))?;
        if marks.format != FORMAT {
            return Err(format!(
                "not a marks file from Passage's review screen (format `{}`)",
                marks.format
            ));
        }
        passage_l10n::Locale::parse(&marks.lang).map_err(|e| format!("lang: {e}"))?;
        Ok(marks)
    }
}

/// Why a mark was not applied.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NotApplied {
    /// No such lesson, quiz, test questions, glossary or agenda here, or
    /// its translation is missing.
    Unknown,
    /// The English changed since the review.
    SourceChanged,
    /// The translation changed since the review.
    TargetChanged,
}

impl std::fmt::Display for NotApplied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Unknown => "not in these files (or not translated here)",
            Self::SourceChanged => "the English changed since it was reviewed: review it again",
            Self::TargetChanged => "the translation changed since it was reviewed: review it again",
        })
    }
}

/// The English and the translated file an item stands for, among `packs`
/// (each pack's folder and manifest).
fn files_of(
    packs: &[(PathBuf, PackManifest)],
    lang: &str,
    item: &str,
) -> Option<(PathBuf, PathBuf)> {
    let (kind, path) = item.split_once(':')?;
    let (pack_id, id) = path.split_once('/').unwrap_or((path, ""));
    let (dir, manifest) = packs.iter().find(|(_, m)| m.id.as_str() == pack_id)?;
    crate::translation_files(dir, manifest.source_locale.as_str(), lang, kind, id)
}

/// `text` (a translated file) saying `status = "reviewed"`: the status line
/// of its header replaced, or one added at the top of its header (after
/// the opening `+++` of a lesson).
pub fn mark_reviewed(text: &str) -> String {
    let lesson = text.starts_with("+++");
    let mut out = String::with_capacity(text.len() + 20);
    let mut done = false;
    let mut in_header = true;
    for (n, line) in text.split_inclusive('\n').enumerate() {
        let t = line.trim_start();
        if lesson && n > 0 && t.starts_with("+++") {
            in_header = false;
        }
        if !lesson && t.starts_with('[') {
            in_header = false;
        }
        if !done && in_header && t.starts_with("status") && t[6..].trim_start().starts_with('=') {
            let ending = if line.ends_with("\r\n") { "\r\n" } else { "\n" };
            out.push_str("status = \"reviewed\"");
            out.push_str(ending);
            done = true;
            continue;
        }
        out.push_str(line);
    }
    if done {
        return out;
    }
    match text.split_once('\n') {
        Some((first, rest)) if lesson => format!("{first}\nstatus = \"reviewed\"\n{rest}"),
        _ => format!("status = \"reviewed\"\n{text}"),
    }
}

/// Files to write: path and new text.
pub type Writes = Vec<(PathBuf, String)>;

/// What applying a marks file to course files would do: the files to
/// write and, for each mark that does not hold, its item and why. `ui:`
/// marks are left to the caller.
pub fn plan(root: &Path, marks: &ReviewMarks) -> (Writes, Vec<(String, NotApplied)>) {
    let packs: Vec<(PathBuf, PackManifest)> = crate::library::pack_dirs(root)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|dir| PackManifest::load(&dir).ok().map(|m| (dir, m)))
        .collect();
    let mut writes: BTreeMap<PathBuf, String> = BTreeMap::new();
    let mut refused = Vec::new();
    for mark in marks.marks.iter().filter(|m| !m.item.starts_with("ui:")) {
        let Some((english, translated)) = files_of(&packs, &marks.lang, &mark.item) else {
            refused.push((mark.item.clone(), NotApplied::Unknown));
            continue;
        };
        let (Ok(source), Ok(target)) = (
            std::fs::read_to_string(&english),
            std::fs::read_to_string(&translated),
        ) else {
            refused.push((mark.item.clone(), NotApplied::Unknown));
            continue;
        };
        if source_hash(&source) != mark.source_hash {
            refused.push((mark.item.clone(), NotApplied::SourceChanged));
        } else if source_hash(&target) != mark.target_hash {
            refused.push((mark.item.clone(), NotApplied::TargetChanged));
        } else {
            writes.insert(translated, mark_reviewed(&target));
        }
    }
    (writes.into_iter().collect(), refused)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_says_reviewed_wherever_the_header_keeps_it() {
        assert_eq!(
            mark_reviewed("status = \"draft\"\nsource-hash = \"x\"\n\n[a]\nstatus = \"draft\"\n"),
            "status = \"reviewed\"\nsource-hash = \"x\"\n\n[a]\nstatus = \"draft\"\n"
        );
        assert_eq!(
            mark_reviewed("source-hash = \"x\"\n[a]\n"),
            "status = \"reviewed\"\nsource-hash = \"x\"\n[a]\n"
        );
        assert_eq!(
            mark_reviewed("+++\nid = \"a\"\nstatus = \"draft\"\n+++\nstatus = draft\n"),
            "+++\nid = \"a\"\nstatus = \"reviewed\"\n+++\nstatus = draft\n"
        );
        assert_eq!(
            mark_reviewed("+++\nid = \"a\"\n+++\nbody\n"),
            "+++\nstatus = \"reviewed\"\nid = \"a\"\n+++\nbody\n"
        );
        // `statuses = ...` is another key.
        assert_eq!(
            mark_reviewed("statuses = 1\n"),
            "status = \"reviewed\"\nstatuses = 1\n"
        );
    }

    #[test]
    fn a_marks_file_from_elsewhere_is_refused_with_its_place() {
        assert!(ReviewMarks::parse("{").is_err_and(|e| e.starts_with("line 1")));
        let other = r#"{"format":"x","lang":"km","reviewer":"a","marks":[]}"#;
        assert!(ReviewMarks::parse(other).is_err_and(|e| e.contains("not a marks file")));
        let bad_lang =
            r#"{"format":"passage-review-marks","lang":"../x","reviewer":"a","marks":[]}"#;
        assert!(ReviewMarks::parse(bad_lang).is_err_and(|e| e.starts_with("lang")));
        let extra =
            r#"{"format":"passage-review-marks","lang":"km","reviewer":"a","marks":[],"x":1}"#;
        assert!(ReviewMarks::parse(extra).is_err());
    }
}
