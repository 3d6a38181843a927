//! Checking a pack the way an author or translator needs: every problem, each
//! with its file, line and a plain message, errors apart from warnings. The
//! loader uses the same walk, so what the app shows is exactly what passed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use passage_l10n::{Locale, TranslationStatus};

use crate::lesson::{LessonFile, source_hash};
use crate::manifest::{LessonId, MANIFEST_FILE, ModuleId};
use crate::quiz::{QuizKey, QuizWords, parse_words};
use crate::render::{MediaBase, RenderNote, render_markdown};
use crate::{ContentError, PackManifest};

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The pack (or this lesson) cannot be shown as it is.
    Error,
    /// Shown, but someone should look: outdated or draft translations, strays.
    Warning,
}

/// One problem found in a pack.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable code, e.g. `quiz-key`, `outdated-translation`.
    pub code: &'static str,
    /// The file, relative to the checked folder where possible.
    pub file: PathBuf,
    /// 1-based line (1 when the problem is the whole file).
    pub line: usize,
    /// Plain message for the author.
    pub message: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}: {level}[{}]: {}",
            self.file.display(),
            self.line,
            self.code,
            self.message
        )
    }
}

/// A quiz: its key and its words per locale.
#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    /// The locale-independent answer key.
    pub key: QuizKey,
    /// The words per locale.
    pub words: BTreeMap<Locale, QuizWords>,
}

/// A lesson with every locale that loaded cleanly.
#[derive(Clone, Debug, PartialEq)]
pub struct Lesson {
    /// The lesson id (its folder name).
    pub id: LessonId,
    /// The module it belongs to.
    pub module: ModuleId,
    /// The lesson's folder inside the pack, e.g. `lessons/red-flags`.
    pub dir: String,
    /// Each locale's file.
    pub locales: BTreeMap<Locale, LessonFile>,
    /// The lesson's quiz, if it has one.
    pub quiz: Option<Quiz>,
}

/// A loaded pack: the manifest and the lessons that loaded.
#[derive(Clone, Debug)]
pub struct Pack {
    /// The pack folder.
    pub dir: PathBuf,
    /// The manifest.
    pub manifest: PackManifest,
    /// Lessons by id, each with its module.
    pub lessons: BTreeMap<LessonId, Lesson>,
}

/// The result of checking (and loading) one pack folder.
#[derive(Debug)]
pub struct Checked {
    /// The pack, unless its manifest is unusable.
    pub pack: Option<Pack>,
    /// Everything found, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

struct Checker<'a> {
    root: &'a Path,
    out: Vec<Diagnostic>,
}

impl Checker<'_> {
    fn rel(&self, path: &Path) -> PathBuf {
        path.strip_prefix(self.root).unwrap_or(path).to_owned()
    }

    fn push(
        &mut self,
        severity: Severity,
        code: &'static str,
        file: &Path,
        line: usize,
        message: String,
    ) {
        let file = self.rel(file);
        self.out.push(Diagnostic {
            severity,
            code,
            file,
            line,
            message,
        });
    }

    fn error(&mut self, code: &'static str, file: &Path, line: usize, message: String) {
        self.push(Severity::Error, code, file, line, message);
    }

    fn warn(&mut self, code: &'static str, file: &Path, line: usize, message: String) {
        self.push(Severity::Warning, code, file, line, message);
    }

    fn content_error(&mut self, code: &'static str, err: &ContentError) {
        match err {
            ContentError::Io { path, source } => {
                self.error(code, &path.clone(), 1, format!("cannot read: {source}"));
            }
            ContentError::Manifest {
                path,
                line,
                message,
                ..
            } => self.error(code, &path.clone(), *line, message.clone()),
        }
    }
}

/// Checks and loads the pack in `dir`. Paths in diagnostics are relative to
/// `root` (the folder the author asked to check).
pub fn check_pack(dir: &Path, root: &Path) -> Checked {
    let mut c = Checker {
        root,
        out: Vec::new(),
    };
    let manifest = match PackManifest::load(dir) {
        Ok(m) => m,
        Err(err) => {
            c.content_error("manifest", &err);
            return Checked {
                pack: None,
                diagnostics: c.out,
            };
        }
    };
    let manifest_path = dir.join(MANIFEST_FILE);
    let manifest_raw = std::fs::read_to_string(&manifest_path).unwrap_or_default();
    let line_in_manifest = |needle: &str| {
        manifest_raw
            .find(needle)
            .map_or(1, |at| manifest_raw[..at].matches('\n').count() + 1)
    };
    for locale in &manifest.locales {
        if *locale != manifest.source_locale && manifest.is_draft(locale) {
            c.warn(
                "draft-translation",
                &manifest_path,
                line_in_manifest("[translation-status]"),
                format!("the `{locale}` title and description are a draft (no reviewer yet)"),
            );
        }
    }
    let mut lessons = BTreeMap::new();
    let mut listed = BTreeSet::new();
    for module in &manifest.modules {
        for id in &module.lessons {
            if !listed.insert(id.clone()) {
                c.error(
                    "duplicate-lesson",
                    &manifest_path,
                    line_in_manifest(&format!("\"{id}\"")),
                    format!("lesson `{id}` is listed twice"),
                );
                continue;
            }
            if let Some(lesson) = check_lesson(&mut c, dir, &manifest, &module.id, id) {
                lessons.insert(id.clone(), lesson);
            }
        }
    }
    // A locale the pack promises must exist somewhere beyond its title.
    if !lessons.is_empty() {
        for locale in &manifest.locales {
            if !lessons
                .values()
                .any(|l: &Lesson| l.locales.contains_key(locale))
            {
                c.error(
                    "missing-translation",
                    &manifest_path,
                    line_in_manifest("locales"),
                    format!("`locales` promises `{locale}`, but no lesson is translated into it"),
                );
            }
        }
    }
    // Lesson folders that no module lists are never shown: say so.
    let lessons_dir = dir.join("lessons");
    if let Ok(entries) = std::fs::read_dir(&lessons_dir) {
        let mut strays: Vec<String> = entries
            .flatten()
            .filter(|e| e.path().is_dir())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| !listed.iter().any(|id| id.as_str() == name))
            .collect();
        strays.sort();
        for name in strays {
            c.warn(
                "unlisted-lesson",
                &lessons_dir.join(&name),
                1,
                format!("lesson folder `{name}` is not listed in any module of {MANIFEST_FILE}"),
            );
        }
    }
    Checked {
        pack: Some(Pack {
            dir: dir.to_owned(),
            manifest,
            lessons,
        }),
        diagnostics: c.out,
    }
}

fn check_lesson(
    c: &mut Checker<'_>,
    pack_dir: &Path,
    manifest: &PackManifest,
    module: &ModuleId,
    id: &LessonId,
) -> Option<Lesson> {
    let rel_dir = format!("lessons/{id}");
    let dir = pack_dir.join(&rel_dir);
    let source = &manifest.source_locale;
    let source_path = dir.join(format!("{source}.md"));
    // Read as bytes: a source that is not UTF-8 is reported with its line by
    // the lesson loader below, not mistaken for a missing file.
    let Ok(source_bytes) = std::fs::read(&source_path) else {
        c.error(
            "missing-lesson",
            &source_path,
            1,
            format!("lesson `{id}` has no {source} file (the source language)"),
        );
        return None;
    };
    let expected_hash = source_hash(&String::from_utf8_lossy(&source_bytes));
    let mut locales = BTreeMap::new();
    for locale in &manifest.locales {
        let path = dir.join(format!("{locale}.md"));
        if !path.is_file() {
            // The reader falls back to the source language for this lesson;
            // the translator should still hear about it.
            c.warn(
                "untranslated",
                &path,
                1,
                format!(
                    "lesson `{id}` is not translated into `{locale}` yet (shown in `{source}`)"
                ),
            );
            continue;
        }
        let lesson = match LessonFile::load(&path) {
            Ok(l) => l,
            Err(err) => {
                c.content_error("lesson", &err);
                continue;
            }
        };
        if lesson.meta.id != *id {
            c.error(
                "lesson-id",
                &path,
                2,
                format!(
                    "the front matter says id `{}`, but the folder is `{id}`",
                    lesson.meta.id
                ),
            );
            continue;
        }
        let mut ok = check_body(c, &path, &lesson, &dir, &rel_dir);
        if locale != source {
            match &lesson.meta.source_hash {
                None => {
                    c.error(
                        "source-hash",
                        &path,
                        1,
                        format!(
                            "a translation needs `source-hash` (of the {source} file it was translated from)"
                        ),
                    );
                    ok = false;
                }
                Some(hash) if *hash != expected_hash => c.warn(
                    "outdated-translation",
                    &path,
                    1,
                    format!("the {source} lesson changed since this translation was made"),
                ),
                Some(_) => {}
            }
            if lesson.meta.status != Some(TranslationStatus::Reviewed) {
                c.warn(
                    "draft-translation",
                    &path,
                    1,
                    "this translation is a draft: no reviewer has signed it off".into(),
                );
            }
        }
        if ok {
            locales.insert(locale.clone(), lesson);
        }
    }
    let quiz = check_quiz(c, &dir, manifest);
    if !locales.contains_key(source) {
        return None;
    }
    Some(Lesson {
        id: id.clone(),
        module: module.clone(),
        dir: rel_dir,
        locales,
        quiz,
    })
}

/// Rendering notes and media; returns whether the lesson can be shown.
fn check_body(
    c: &mut Checker<'_>,
    path: &Path,
    lesson: &LessonFile,
    dir: &Path,
    rel_dir: &str,
) -> bool {
    let rendered = render_markdown(
        &lesson.body,
        MediaBase {
            url: "passage-media://localhost/",
            lesson_dir: rel_dir,
        },
    );
    let line_of = |needle: &str| {
        lesson.body.find(needle).map_or(lesson.body_line, |at| {
            lesson.body_line + lesson.body[..at].matches('\n').count()
        })
    };
    let mut ok = true;
    for note in rendered.notes {
        match note {
            RenderNote::RawHtml => {
                c.error(
                    "raw-html",
                    path,
                    line_of("<"),
                    "raw HTML is not allowed in lessons; use Markdown".into(),
                );
                ok = false;
            }
            RenderNote::UnsafeUrl(url) => {
                c.error(
                    "unsafe-link",
                    path,
                    line_of(&url),
                    format!("`{url}` is not allowed: use https:, mailto: or tel: links, and media inside the lesson folder"),
                );
                ok = false;
            }
            RenderNote::UnknownDirective(name) => {
                c.error(
                    "unknown-directive",
                    path,
                    line_of(&format!("::{name}")),
                    format!(
                        "`::{name}` is not a known tool (known: {})",
                        crate::render::TOOLS.join(", ")
                    ),
                );
                ok = false;
            }
            RenderNote::Media(inside) => {
                if !lesson_dir_has(dir, rel_dir, &inside) {
                    c.error(
                        "missing-media",
                        path,
                        line_of(inside.rsplit('/').next().unwrap_or("")),
                        format!("media file `{inside}` does not exist"),
                    );
                    ok = false;
                }
            }
            RenderNote::Tool(_) => {}
        }
    }
    if let Some(narration) = &lesson.meta.narration
        && !dir.join(narration).is_file()
    {
        c.error(
            "missing-media",
            path,
            1,
            format!("narration file `{narration}` does not exist"),
        );
        ok = false;
    }
    ok
}

fn lesson_dir_has(lesson_dir: &Path, rel_dir: &str, inside: &str) -> bool {
    inside
        .strip_prefix(rel_dir)
        .map(|rest| lesson_dir.join(rest.trim_start_matches('/')))
        .is_some_and(|p| p.is_file())
}

fn check_quiz(c: &mut Checker<'_>, dir: &Path, manifest: &PackManifest) -> Option<Quiz> {
    let key_path = dir.join("quiz.toml");
    let key_raw = std::fs::read_to_string(&key_path).ok()?;
    let key = match QuizKey::parse(&key_raw, &key_path) {
        Ok(k) => k,
        Err(err) => {
            c.content_error("quiz-key", &err);
            return None;
        }
    };
    let mut ok = true;
    for p in key.problems(&key_raw) {
        c.error("quiz-key", &key_path, p.line, p.message);
        ok = false;
    }
    let mut words = BTreeMap::new();
    for locale in &manifest.locales {
        let path = dir.join(format!("quiz.{locale}.toml"));
        let Ok(raw) = std::fs::read_to_string(&path) else {
            if *locale == manifest.source_locale {
                c.error(
                    "missing-translation",
                    &path,
                    1,
                    format!("the quiz has no words in `{locale}`, the source language"),
                );
            } else {
                c.warn(
                    "untranslated",
                    &path,
                    1,
                    format!("the quiz is not translated into `{locale}` yet"),
                );
            }
            continue;
        };
        match parse_words(&raw, &path) {
            Ok(w) => {
                let problems = key.word_problems(&w, &raw);
                let clean = problems.is_empty();
                for p in problems {
                    c.error("quiz-words", &path, p.line, p.message);
                }
                if clean {
                    words.insert(locale.clone(), w);
                }
            }
            Err(err) => c.content_error("quiz-words", &err),
        }
    }
    (ok && words.contains_key(&manifest.source_locale)).then_some(Quiz { key, words })
}
