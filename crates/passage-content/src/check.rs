//! Checking a pack the way an author or translator needs: every problem, each
//! with its file, line and a plain message, errors apart from warnings. The
//! loader uses the same walk, so what the app shows is exactly what passed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use passage_l10n::{Locale, TranslationStatus};

use crate::agenda::Agenda;
use crate::contacts::Contacts;
use crate::glossary::{Glossary, parse_glossary};
use crate::lesson::{LessonFile, source_hash};
use crate::manifest::{LessonId, MANIFEST_FILE, ModuleId, line_of};
use crate::quiz::{KeyQuestion, QuizKey, QuizWords, TestKind, parse_words};
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

/// The pack's question bank for pre- and post-tests.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Bank {
    /// Every question with the module it belongs to, in module order.
    pub questions: Vec<(ModuleId, KeyQuestion)>,
    /// The words per locale, by question id.
    pub words: BTreeMap<Locale, QuizWords>,
}

impl Bank {
    /// The questions of one test, in order.
    pub fn test(&self, test: TestKind) -> impl Iterator<Item = &KeyQuestion> {
        self.questions
            .iter()
            .map(|(_, q)| q)
            .filter(move |q| q.used_in(test))
    }
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
    /// The glossary per locale (the source language's defines the terms).
    pub glossary: BTreeMap<Locale, Glossary>,
    /// Pre- and post-test questions, if the pack has a `bank/`.
    pub bank: Option<Bank>,
    /// The workshop agenda, if the pack has one.
    pub agenda: Option<Agenda>,
    /// The help directory, if the pack has one.
    pub contacts: Option<Contacts>,
}

/// The result of checking (and loading) one pack folder.
#[derive(Debug)]
pub struct Checked {
    /// The pack, unless its manifest is unusable.
    pub pack: Option<Pack>,
    /// Everything found, in file order.
    pub diagnostics: Vec<Diagnostic>,
}

/// A link inside the pack, checked once everything has loaded.
struct InternalLink {
    file: PathBuf,
    line: usize,
    note: RenderNote,
}

struct Checker<'a> {
    root: &'a Path,
    out: Vec<Diagnostic>,
    links: Vec<InternalLink>,
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
        links: Vec::new(),
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
    // Lessons are independent: check them on every core, then report in
    // manifest order as if it had been done one by one.
    let mut items: Vec<Option<(&ModuleId, &LessonId)>> = Vec::new();
    for module in &manifest.modules {
        for id in &module.lessons {
            if listed.insert(id.clone()) {
                items.push(Some((&module.id, id)));
            } else {
                items.push(None);
            }
        }
    }
    let checked = check_lessons_in_parallel(root, dir, &manifest, &items);
    let mut checked = checked.into_iter();
    for (item, id) in items
        .iter()
        .zip(manifest.modules.iter().flat_map(|m| &m.lessons))
    {
        if item.is_none() {
            c.error(
                "duplicate-lesson",
                &manifest_path,
                line_in_manifest(&format!("\"{id}\"")),
                format!("lesson `{id}` is listed twice"),
            );
            continue;
        }
        let Some((diagnostics, links, lesson)) = checked.next() else {
            break;
        };
        c.out.extend(diagnostics);
        c.links.extend(links);
        if let Some(lesson) = lesson {
            lessons.insert(id.clone(), lesson);
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
    let glossary = check_glossary(&mut c, dir, &manifest);
    check_links(&mut c, &listed, &glossary, &manifest);
    let bank = check_bank(&mut c, dir, &manifest, &lessons);
    let agenda = check_agenda(&mut c, dir, &listed);
    let contacts = check_contacts(&mut c, dir);
    Checked {
        pack: Some(Pack {
            dir: dir.to_owned(),
            manifest,
            lessons,
            glossary,
            bank,
            agenda,
            contacts,
        }),
        diagnostics: c.out,
    }
}

fn check_glossary(
    c: &mut Checker<'_>,
    dir: &Path,
    manifest: &PackManifest,
) -> BTreeMap<Locale, Glossary> {
    let mut out = BTreeMap::new();
    let source = &manifest.source_locale;
    for locale in std::iter::once(source).chain(manifest.locales.iter().filter(|l| *l != source)) {
        let path = dir.join(format!("glossary.{locale}.toml"));
        let Ok(raw) = std::fs::read_to_string(&path) else {
            continue;
        };
        let glossary = match parse_glossary(&raw, &path) {
            Ok(g) => g,
            Err(err) => {
                c.content_error("glossary", &err);
                continue;
            }
        };
        if let Some(defined) = out.get(source).filter(|_| locale != source) {
            let defined: &Glossary = defined;
            for id in glossary.keys().filter(|id| !defined.contains_key(*id)) {
                let line = line_of(&raw, &format!("[{id}]"));
                c.error(
                    "glossary",
                    &path,
                    line,
                    format!("term `{id}` is not in the {source} glossary (ids must match across languages)"),
                );
            }
            for id in defined.keys().filter(|id| !glossary.contains_key(*id)) {
                c.warn(
                    "untranslated",
                    &path,
                    1,
                    format!("glossary term `{id}` is not translated into `{locale}` yet"),
                );
            }
        }
        out.insert(locale.clone(), glossary);
    }
    out
}

fn check_links(
    c: &mut Checker<'_>,
    listed: &BTreeSet<LessonId>,
    glossary: &BTreeMap<Locale, Glossary>,
    manifest: &PackManifest,
) {
    let terms = glossary.get(&manifest.source_locale);
    for link in std::mem::take(&mut c.links) {
        let problem = match &link.note {
            RenderNote::LessonLink(id) if !listed.iter().any(|l| l.as_str() == id) => {
                format!("`lesson:{id}`: the pack has no lesson `{id}`")
            }
            RenderNote::GlossaryLink(term) if !terms.is_some_and(|g| g.contains_key(term)) => {
                format!(
                    "`glossary:{term}`: glossary.{}.toml has no term `{term}`",
                    manifest.source_locale
                )
            }
            _ => continue,
        };
        c.error("broken-link", &link.file, link.line, problem);
    }
}

/// `<lesson-id>#<n>` names the n-th objective (from 1) of a loaded lesson.
fn objective_exists(
    reference: &str,
    lessons: &BTreeMap<LessonId, Lesson>,
    source: &Locale,
) -> bool {
    let Some((id, n)) = reference.split_once('#') else {
        return false;
    };
    let Ok(n) = n.parse::<usize>() else {
        return false;
    };
    lessons
        .values()
        .find(|l| l.id.as_str() == id)
        .and_then(|l| l.locales.get(source))
        .is_some_and(|f| (1..=f.meta.objectives.len()).contains(&n))
}

fn check_bank(
    c: &mut Checker<'_>,
    dir: &Path,
    manifest: &PackManifest,
    lessons: &BTreeMap<LessonId, Lesson>,
) -> Option<Bank> {
    let bank_dir = dir.join("bank");
    let entries = std::fs::read_dir(&bank_dir).ok()?;
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter_map(|n| n.strip_suffix(".toml").map(str::to_owned))
        .filter(|n| !n.contains('.'))
        .collect();
    // Module order, not file-name order: a test follows the course.
    names.sort_by_key(|n| {
        manifest
            .modules
            .iter()
            .position(|m| m.id.as_str() == n)
            .unwrap_or(usize::MAX)
    });
    let source = &manifest.source_locale;
    let mut bank = Bank::default();
    let mut seen = BTreeSet::new();
    let mut claimed = BTreeSet::new();
    for name in names {
        let key_path = bank_dir.join(format!("{name}.toml"));
        let Some(module) = manifest.modules.iter().find(|m| m.id.as_str() == name) else {
            c.error(
                "bank",
                &key_path,
                1,
                format!(
                    "`{name}` is not a module of this pack: name bank files after their module"
                ),
            );
            continue;
        };
        let raw = std::fs::read_to_string(&key_path).unwrap_or_default();
        let key = match QuizKey::parse(&raw, &key_path) {
            Ok(k) => k,
            Err(err) => {
                c.content_error("bank", &err);
                continue;
            }
        };
        let mut ok = true;
        for p in key.problems(&raw) {
            c.error("bank", &key_path, p.line, p.message);
            ok = false;
        }
        let line_of = |needle: &str| line_of(&raw, needle);
        for q in &key.questions {
            if !seen.insert(q.id.clone()) {
                c.error(
                    "bank",
                    &key_path,
                    line_of(&format!("\"{}\"", q.id)),
                    format!(
                        "question id `{}` is already used in another bank file",
                        q.id
                    ),
                );
                ok = false;
            }
            if q.objectives.is_empty() {
                c.error(
                    "bank",
                    &key_path,
                    line_of(&format!("\"{}\"", q.id)),
                    format!(
                        "question `{}` names no `objectives`: say which objective it checks",
                        q.id
                    ),
                );
                ok = false;
            }
            for reference in q
                .objectives
                .iter()
                .filter(|r| !objective_exists(r, lessons, source))
            {
                c.error(
                    "bank",
                    &key_path,
                    line_of(&format!("\"{reference}\"")),
                    format!("`{reference}` is not an objective: write <lesson-id>#<n>, n counting the lesson's objectives from 1"),
                );
                ok = false;
            }
            if q.tests.as_ref().is_some_and(Vec::is_empty) {
                c.error(
                    "bank",
                    &key_path,
                    line_of(&format!("\"{}\"", q.id)),
                    format!(
                        "question `{}` is in no test: leave `tests` out to use it in both",
                        q.id
                    ),
                );
            }
        }
        let mut words = BTreeMap::new();
        for locale in &manifest.locales {
            let path = bank_dir.join(format!("{name}.{locale}.toml"));
            let Ok(raw) = std::fs::read_to_string(&path) else {
                if locale == source {
                    c.error("bank", &path, 1, format!("the bank questions of `{name}` have no words in `{locale}`, the source language"));
                    ok = false;
                } else {
                    c.warn(
                        "untranslated",
                        &path,
                        1,
                        format!(
                            "the bank questions of `{name}` are not translated into `{locale}` yet"
                        ),
                    );
                }
                continue;
            };
            match parse_words(&raw, &path) {
                Ok(w) => {
                    let problems = key.word_problems(&w, &raw);
                    let clean = problems.is_empty();
                    for p in problems {
                        c.error("bank", &path, p.line, p.message);
                    }
                    if clean {
                        words.insert(locale.clone(), w);
                    } else if locale == source {
                        ok = false;
                    }
                }
                Err(err) => {
                    c.content_error("bank", &err);
                    if locale == source {
                        ok = false;
                    }
                }
            }
        }
        // A question with a problem still says what it means to cover.
        claimed.extend(
            key.questions
                .iter()
                .filter(|q| q.used_in(TestKind::Pre) || q.used_in(TestKind::Post))
                .flat_map(|q| q.objectives.iter().cloned()),
        );
        if !ok {
            continue;
        }
        for q in key.questions {
            bank.questions.push((module.id.clone(), q));
        }
        for (locale, w) in words {
            bank.words.entry(locale).or_default().extend(w);
        }
    }
    // Every objective should be measured, or a trainer cannot show it was learned.
    for module in &manifest.modules {
        for id in &module.lessons {
            let Some(file) = lessons.get(id).and_then(|l| l.locales.get(source)) else {
                continue;
            };
            for (n, objective) in file.meta.objectives.iter().enumerate() {
                let reference = format!("{id}#{}", n + 1);
                if !claimed.contains(&reference) {
                    c.warn(
                        "uncovered-objective",
                        &dir.join(format!("lessons/{id}/{source}.md")),
                        1,
                        format!(
                            "no pre- or post-test question covers `{reference}` (\"{objective}\")"
                        ),
                    );
                }
            }
        }
    }
    Some(bank)
}

/// Reads an optional pack file, parses it and reports its problems under
/// `code`. Returns its text, the value and whether it had no problems, or
/// `None` when the file is absent or cannot be parsed.
fn check_pack_file<T>(
    c: &mut Checker<'_>,
    path: &Path,
    code: &'static str,
    parse: impl FnOnce(&str, &Path) -> crate::Result<T>,
    problems: impl FnOnce(&T, &str) -> Vec<(usize, String)>,
) -> Option<(String, T, bool)> {
    let raw = std::fs::read_to_string(path).ok()?;
    let value = match parse(&raw, path) {
        Ok(v) => v,
        Err(err) => {
            c.content_error(code, &err);
            return None;
        }
    };
    let mut ok = true;
    for (line, message) in problems(&value, &raw) {
        c.error(code, path, line, message);
        ok = false;
    }
    Some((raw, value, ok))
}

fn check_agenda(c: &mut Checker<'_>, dir: &Path, listed: &BTreeSet<LessonId>) -> Option<Agenda> {
    let path = dir.join("agenda.toml");
    let (raw, agenda, mut ok) =
        check_pack_file(c, &path, "agenda", Agenda::parse, Agenda::problems)?;
    for id in agenda
        .days
        .iter()
        .flat_map(|d| &d.sessions)
        .flat_map(|s| &s.lessons)
    {
        if !listed.contains(id) {
            let line = line_of(&raw, &format!("\"{id}\""));
            c.error(
                "agenda",
                &path,
                line,
                format!("the pack has no lesson `{id}`"),
            );
            ok = false;
        }
    }
    ok.then_some(agenda)
}

fn check_contacts(c: &mut Checker<'_>, dir: &Path) -> Option<Contacts> {
    let path = dir.join("contacts.toml");
    let (_, contacts, ok) =
        check_pack_file(c, &path, "contacts", Contacts::parse, Contacts::problems)?;
    ok.then_some(contacts)
}

/// What checking one lesson found: its diagnostics, its links to check
/// once everything is loaded, and the lesson if it can be shown.
type LessonOutcome = (Vec<Diagnostic>, Vec<InternalLink>, Option<Lesson>);

/// Checks the listed lessons (`None` items are duplicates, skipped) on up
/// to four threads, returning one outcome per checked lesson, in order.
fn check_lessons_in_parallel(
    root: &Path,
    dir: &Path,
    manifest: &PackManifest,
    items: &[Option<(&ModuleId, &LessonId)>],
) -> Vec<LessonOutcome> {
    let work: Vec<(&ModuleId, &LessonId)> = items.iter().flatten().copied().collect();
    let one = |(module, id): (&ModuleId, &LessonId)| {
        let mut c = Checker {
            root,
            out: Vec::new(),
            links: Vec::new(),
        };
        let lesson = check_lesson(&mut c, dir, manifest, module, id);
        (c.out, c.links, lesson)
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 4);
    if threads == 1 || work.len() < 8 {
        return work.into_iter().map(one).collect();
    }
    let chunk = work.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = work
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().copied().map(one).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            // A panic in a worker is re-raised here, exactly as if the
            // lessons had been checked on this thread.
            .flat_map(|h| {
                h.join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
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
            RenderNote::LessonLink(ref target) | RenderNote::GlossaryLink(ref target) => {
                let scheme = if matches!(note, RenderNote::LessonLink(_)) {
                    "lesson"
                } else {
                    "glossary"
                };
                let line = line_of(&format!("{scheme}:{target}"));
                c.links.push(InternalLink {
                    file: path.to_owned(),
                    line,
                    note,
                });
            }
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
    for q in key.questions.iter().filter(|q| q.tests.is_some()) {
        c.error(
            "quiz-key",
            &key_path,
            line_of(&key_raw, "tests"),
            format!(
                "question `{}`: only questions in `bank/` belong to pre- and post-tests (`tests`)",
                q.id
            ),
        );
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
