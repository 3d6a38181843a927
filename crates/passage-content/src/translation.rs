//! What a translated file says about itself, and whether it still has the
//! shape of its source.
//!
//! Lessons carry `status` and `source-hash` in their front matter. The words
//! files (`quiz.<locale>.toml`, `bank/<module>.<locale>.toml`,
//! `glossary.<locale>.toml`) carry the same two keys at the top, before their
//! first table. They are split off here so the rest of the file parses as it
//! always did and keeps its line numbers.

use std::path::{Path, PathBuf};

use passage_l10n::TranslationStatus;

use crate::lesson::LessonFile;
use crate::manifest::{line_column, parse_toml};
use crate::render::skeleton;
use crate::{ContentError, Result};

/// The status and origin of one translated file.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct TranslationMeta {
    /// Draft or reviewed; a translation without one is a draft.
    pub status: Option<TranslationStatus>,
    /// `sha256:` of the source file it was translated from.
    pub source_hash: Option<String>,
}

/// The English file and the `lang` translation of one translated item of the
/// pack in `pack_dir` (source language `src`): a `lesson` or its `quiz` (by
/// lesson id), a module's test questions (`bank`, by module id), or the
/// pack's `glossary` or `agenda` (no id). `None` for another kind, or an id
/// that is not a plain name (nothing outside the pack is ever named).
pub fn translation_files(
    pack_dir: &Path,
    src: &str,
    lang: &str,
    kind: &str,
    id: &str,
) -> Option<(PathBuf, PathBuf)> {
    let plain = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    let pair = |dir: PathBuf, english: String, translated: String| {
        Some((dir.join(english), dir.join(translated)))
    };
    match kind {
        "lesson" if plain => pair(
            pack_dir.join("lessons").join(id),
            format!("{src}.md"),
            format!("{lang}.md"),
        ),
        "quiz" if plain => pair(
            pack_dir.join("lessons").join(id),
            format!("quiz.{src}.toml"),
            format!("quiz.{lang}.toml"),
        ),
        "bank" if plain => pair(
            pack_dir.join("bank"),
            format!("{id}.{src}.toml"),
            format!("{id}.{lang}.toml"),
        ),
        "glossary" if id.is_empty() => pair(
            pack_dir.to_owned(),
            format!("glossary.{src}.toml"),
            format!("glossary.{lang}.toml"),
        ),
        "agenda" if id.is_empty() => pair(
            pack_dir.to_owned(),
            "agenda.toml".to_owned(),
            format!("agenda.{lang}.toml"),
        ),
        _ => None,
    }
}

/// Whether `hash` is written as `sha256:` and 64 hex digits.
pub(crate) fn is_source_hash(hash: &str) -> bool {
    let hex = hash.strip_prefix("sha256:").unwrap_or_default();
    hex.len() == 64 && hex.chars().all(|c| c.is_ascii_hexdigit())
}

/// The key of a top-level `key = value` line, if it is one of ours.
fn header_key(line: &str) -> Option<&'static str> {
    let (key, _) = line.split_once('=')?;
    let key = key.trim().trim_matches('"');
    ["status", "source-hash"].into_iter().find(|k| *k == key)
}

/// Splits `status` and `source-hash` off the top of a words file. Returns
/// them and the file with those lines blanked (same line count).
pub(crate) fn split_header(raw: &str, path: &Path) -> Result<(TranslationMeta, String)> {
    let mut header = String::new();
    let mut body = String::with_capacity(raw.len());
    let mut in_tables = false;
    for line in raw.split_inclusive('\n') {
        in_tables |= line.trim_start().starts_with('[');
        let ending = if line.ends_with('\n') { "\n" } else { "" };
        if !in_tables && header_key(line).is_some() {
            header.push_str(line);
            body.push_str(ending);
        } else {
            header.push_str(ending);
            body.push_str(line);
        }
    }
    let meta: TranslationMeta = parse_toml(&header, path, 0)?;
    if let Some(hash) = meta.source_hash.as_deref().filter(|h| !is_source_hash(h)) {
        let (line, column) = line_column(raw, raw.find(hash).unwrap_or(0));
        return Err(ContentError::Manifest {
            path: path.to_owned(),
            line,
            column,
            message: "`source-hash` must be `sha256:` and 64 hex digits".into(),
        });
    }
    Ok((meta, body))
}

/// Where a translated lesson's shape differs from its source's, as
/// (line in the translation, message); `None` when they match. Lists must
/// keep their length (objectives are referred to by position), and the
/// Markdown must keep its headings, paragraphs, lists, tables, tools, links
/// and images, so a reader gets the same lesson in another language.
pub fn structure_mismatch(
    source: &LessonFile,
    translation: &LessonFile,
) -> Option<(usize, String)> {
    mismatch_against(source, &skeleton(&source.body), translation)
}

/// [`structure_mismatch`] with the source's [`skeleton`] made once for all
/// its translations.
pub(crate) fn mismatch_against(
    source: &LessonFile,
    want: &[(String, usize)],
    translation: &LessonFile,
) -> Option<(usize, String)> {
    let (s, t) = (&source.meta, &translation.meta);
    let lists: [(&str, usize, usize); 9] = [
        ("objectives", s.objectives.len(), t.objectives.len()),
        ("key-points", s.key_points.len(), t.key_points.len()),
        ("sources", s.sources.len(), t.sources.len()),
        (
            "activity.materials",
            s.activity.as_ref().map_or(0, |a| a.materials.len()),
            t.activity.as_ref().map_or(0, |a| a.materials.len()),
        ),
        (
            "activity.steps",
            s.activity.as_ref().map_or(0, |a| a.steps.len()),
            t.activity.as_ref().map_or(0, |a| a.steps.len()),
        ),
        (
            "activity.debrief",
            s.activity.as_ref().map_or(0, |a| a.debrief.len()),
            t.activity.as_ref().map_or(0, |a| a.debrief.len()),
        ),
        (
            "facilitator.timing",
            s.facilitator.as_ref().map_or(0, |f| f.timing.len()),
            t.facilitator.as_ref().map_or(0, |f| f.timing.len()),
        ),
        (
            "facilitator.notes",
            s.facilitator.as_ref().map_or(0, |f| f.notes.len()),
            t.facilitator.as_ref().map_or(0, |f| f.notes.len()),
        ),
        (
            "activity",
            usize::from(s.activity.is_some()),
            usize::from(t.activity.is_some()),
        ),
    ];
    for (name, want, got) in lists {
        if want != got {
            return Some((
                1,
                format!(
                    "`{name}` has {got} items here but {want} in the source: keep every item, in order"
                ),
            ));
        }
    }
    let mut got = skeleton(&translation.body);
    let mut want = want.to_vec();
    // Word order differs between languages: links and images inside one
    // block may come in another order, so each run of them is compared as a
    // set.
    inline_runs_in_order(&mut want);
    inline_runs_in_order(&mut got);
    let body_line = |offset: usize| {
        translation.body_line
            + translation.body[..offset.min(translation.body.len())]
                .matches('\n')
                .count()
    };
    for (w, g) in want.iter().zip(&got) {
        if w.0 != g.0 {
            return Some((
                body_line(g.1),
                format!("the source has {} here, the translation {}", w.0, g.0),
            ));
        }
    }
    match want.len().cmp(&got.len()) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Greater => Some((
            body_line(translation.body.len()),
            format!(
                "the translation ends early: the source goes on with {}",
                want[got.len()].0
            ),
        )),
        std::cmp::Ordering::Less => Some((
            body_line(got[want.len()].1),
            format!(
                "the translation has {} more than the source",
                got[want.len()].0
            ),
        )),
    }
}

/// Sorts each run of consecutive links and images by name, keeping the
/// offsets in place (the first of a run still points at its start).
fn inline_runs_in_order(shape: &mut [(String, usize)]) {
    let inline = |name: &str| name.starts_with("a link to") || name.starts_with("the image");
    let mut start = 0;
    while start < shape.len() {
        let mut end = start;
        while end < shape.len() && inline(&shape[end].0) {
            end += 1;
        }
        if end > start + 1 {
            let mut names: Vec<String> = shape[start..end].iter().map(|(n, _)| n.clone()).collect();
            names.sort();
            for (slot, name) in shape[start..end].iter_mut().zip(names) {
                slot.0 = name;
            }
        }
        start = end.max(start + 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: &str = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    #[test]
    fn the_header_is_split_off_and_lines_are_kept() {
        let raw = format!("status = \"draft\"\nsource-hash = \"{HASH}\"\n\n[q1]\nprompt = \"x\"\n");
        let (meta, body) = split_header(&raw, Path::new("quiz.km.toml")).expect("valid");
        assert_eq!(meta.status, Some(TranslationStatus::Draft));
        assert_eq!(meta.source_hash.as_deref(), Some(HASH));
        assert_eq!(body, "\n\n\n[q1]\nprompt = \"x\"\n");
        // A source file has no header, and nothing changes.
        let (meta, body) = split_header("[q1]\nprompt = \"x\"\n", Path::new("q")).expect("valid");
        assert_eq!(meta, TranslationMeta::default());
        assert_eq!(body, "[q1]\nprompt = \"x\"\n");
        // Inside a table, `status` is the table's business.
        let (meta, body) = split_header("[q1]\nstatus = \"x\"\n", Path::new("q")).expect("valid");
        assert_eq!(meta, TranslationMeta::default());
        assert_eq!(body, "[q1]\nstatus = \"x\"\n");
    }

    #[test]
    fn a_bad_header_names_its_line() {
        let err = split_header("\nstatus = \"finished\"\n[q1]\n", Path::new("quiz.km.toml"))
            .expect_err("invalid");
        assert!(err.to_string().contains("quiz.km.toml:2"), "{err}");
        let err =
            split_header("source-hash = \"abc\"\n", Path::new("g.toml")).expect_err("invalid");
        assert!(err.to_string().contains("sha256"), "{err}");
    }

    fn lesson(front: &str, body: &str) -> LessonFile {
        LessonFile::parse(
            &format!("+++\nid = \"l\"\ntitle = \"T\"\nminutes = 5\n{front}+++\n{body}"),
            Path::new("l/km.md"),
        )
        .expect("valid")
    }

    #[test]
    fn structure_must_match_the_source() {
        let source = lesson(
            "objectives = [\"a\", \"b\"]\n",
            "## Story\n\nOne.\n\n- x\n- y\n\n::budget-planner\n\nSee [this](lesson:other).\n",
        );
        let same = lesson(
            "objectives = [\"ក\", \"ខ\"]\n",
            "## រឿង\n\nមួយ។\n\n- ក\n- ខ\n\n::budget-planner\n\nមើល [នេះ](lesson:other)។\n",
        );
        assert_eq!(structure_mismatch(&source, &same), None);

        let one_objective = lesson("objectives = [\"ក\"]\n", &same.body);
        let (_, message) = structure_mismatch(&source, &one_objective).expect("valid");
        assert!(message.contains("objectives"), "{message}");

        let lost_item = lesson(
            "objectives = [\"ក\", \"ខ\"]\n",
            "## រឿង\n\nមួយ។\n\n- ក\n\n::budget-planner\n\nមើល [នេះ](lesson:other)។\n",
        );
        let (line, message) = structure_mismatch(&source, &lost_item).expect("valid");
        assert!(message.contains("list item"), "{message}");
        assert!(line >= 9, "line {line}");

        // Another language may put the same links in another order.
        let two = lesson(
            "objectives = [\"a\", \"b\"]\n",
            "See [a](lesson:a) and [b](glossary:b).\n",
        );
        let swapped = lesson(
            "objectives = [\"a\", \"b\"]\n",
            "[ខ](glossary:b) និង [ក](lesson:a)។\n",
        );
        assert_eq!(structure_mismatch(&two, &swapped), None);

        let other_link = lesson(
            "objectives = [\"ក\", \"ខ\"]\n",
            &same.body.replace("lesson:other", "lesson:elsewhere"),
        );
        let (_, message) = structure_mismatch(&source, &other_link).expect("valid");
        assert!(message.contains("lesson:other"), "{message}");

        let no_tool = lesson(
            "objectives = [\"ក\", \"ខ\"]\n",
            &same.body.replace("::budget-planner\n\n", ""),
        );
        let (_, message) = structure_mismatch(&source, &no_tool).expect("valid");
        assert!(message.contains("budget-planner"), "{message}");
    }
}
