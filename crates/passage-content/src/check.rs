//! Checking a pack the way an author or translator needs: every problem, each
//! with its file, line and a plain message, errors apart from warnings. The
//! loader uses the same walk, so what the app shows is exactly what passed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use passage_l10n::{Locale, TranslationStatus};

use crate::agenda::{Agenda, AgendaWords};
use crate::contacts::Contacts;
use crate::glossary::{Glossary, parse_glossary};
use crate::lesson::{LessonFile, source_hash};
use crate::manifest::{LessonId, MANIFEST_FILE, ModuleId, line_of};
use crate::quiz::{KeyQuestion, QuizKey, QuizWords, TestKind, parse_words};
use crate::render::skeleton;
use crate::render::{MediaBase, RenderNote, render_notes};
use crate::translation::mismatch_against;
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
    /// The agenda's titles in other languages.
    pub agenda_words: BTreeMap<Locale, AgendaWords>,
    /// How far each promised language is translated.
    pub coverage: BTreeMap<Locale, Coverage>,
    /// The help directory, if the pack has one.
    pub contacts: Option<Contacts>,
}

impl Pack {
    /// The agenda with its titles in `locale` where they are translated,
    /// in the source language otherwise.
    pub fn agenda_in(&self, locale: &Locale) -> Option<Agenda> {
        let agenda = self.agenda.as_ref()?;
        Some(
            self.agenda_words
                .get(locale)
                .map_or_else(|| agenda.clone(), |words| agenda.in_words(words)),
        )
    }
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

/// A translated file met on the way, for the coverage table.
struct Translated {
    locale: Locale,
    kind: &'static str,
    outdated: bool,
    reviewed: bool,
}

/// How far one language of a pack is translated.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Coverage {
    /// Per kind of file (`lesson`, `quiz`, `bank`, `glossary`, `agenda`):
    /// how many are translated, and how many the source language has.
    pub files: BTreeMap<&'static str, (usize, usize)>,
    /// Translated files whose source changed since.
    pub outdated: usize,
    /// Translated files a reviewer signed off.
    pub reviewed: usize,
}

impl Coverage {
    /// Whether every file is translated and none is outdated.
    pub fn complete(&self) -> bool {
        self.outdated == 0 && self.files.values().all(|(done, all)| done >= all)
    }
}

/// One warning held back to be reported with the others of its kind.
struct Pending {
    code: &'static str,
    locale: Locale,
    file: PathBuf,
    message: String,
}

struct Checker<'a> {
    root: &'a Path,
    out: Vec<Diagnostic>,
    links: Vec<InternalLink>,
    /// Warnings that come by the hundred while a language is being
    /// translated (untranslated, draft): reported once per code and locale.
    pending: Vec<Pending>,
    translated: Vec<Translated>,
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

    /// A translation names the source it came from (without it the file
    /// is not used: an error), may be outdated (a warning) and is a draft
    /// until reviewed. Returns whether the file can be used.
    fn origin(
        &mut self,
        path: &Path,
        (locale, kind): (&Locale, &'static str),
        status: Option<TranslationStatus>,
        hash: Option<&str>,
        source: (&Path, &str),
    ) -> bool {
        let (source_path, expected) = source;
        let source_name = source_path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let reviewed = status == Some(TranslationStatus::Reviewed);
        self.translated.push(Translated {
            locale: locale.clone(),
            kind,
            outdated: hash.is_some_and(|h| h != expected),
            reviewed,
        });
        match hash {
            None => {
                self.error(
                    "source-hash",
                    path,
                    1,
                    format!("a translation needs `source-hash` (of {source_name}, the file it was translated from)"),
                );
                return false;
            }
            Some(hash) if hash != expected => {
                let line = self.line_in(path, "source-hash");
                self.warn(
                    "outdated-translation",
                    path,
                    line,
                    format!("{source_name} changed since this translation was made"),
                );
            }
            Some(_) => {}
        }
        if !reviewed {
            self.later(
                "draft-translation",
                locale,
                path,
                "this translation is a draft: no reviewer has signed it off".into(),
            );
        }
        true
    }

    fn later(&mut self, code: &'static str, locale: &Locale, file: &Path, message: String) {
        self.pending.push(Pending {
            code,
            locale: locale.clone(),
            file: file.to_owned(),
            message,
        });
    }

    fn line_in(&self, path: &Path, needle: &str) -> usize {
        std::fs::read_to_string(path).map_or(1, |raw| line_of(&raw, needle))
    }

    /// The held-back warnings: the first of each code and locale, with how
    /// many more there are.
    fn report_pending(&mut self) {
        let mut groups: BTreeMap<(&'static str, Locale), Vec<Pending>> = BTreeMap::new();
        for p in std::mem::take(&mut self.pending) {
            groups
                .entry((p.code, p.locale.clone()))
                .or_default()
                .push(p);
        }
        for ((code, locale), group) in groups {
            let more = group.len() - 1;
            let Some(first) = group.into_iter().next() else {
                continue;
            };
            let message = if more == 0 {
                first.message
            } else {
                format!(
                    "{} (and {more} more `{locale}` files like this)",
                    first.message
                )
            };
            self.warn(code, &first.file, 1, message);
        }
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
        pending: Vec::new(),
        translated: Vec::new(),
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
        let Some((diagnostics, links, pending, translated, lesson)) = checked.next() else {
            break;
        };
        c.translated.extend(translated);
        c.out.extend(diagnostics);
        c.links.extend(links);
        c.pending.extend(pending);
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
    let (agenda, agenda_words) = check_agenda(&mut c, dir, &listed, &manifest);
    let contacts = check_contacts(&mut c, dir);
    c.report_pending();
    let sources = [
        ("lesson", lessons.len()),
        (
            "quiz",
            lessons.values().filter(|l| l.quiz.is_some()).count(),
        ),
        ("bank", count_bank_files(dir)),
        (
            "glossary",
            usize::from(glossary.contains_key(&manifest.source_locale)),
        ),
        ("agenda", usize::from(agenda.is_some())),
    ];
    let mut coverage: BTreeMap<Locale, Coverage> = source_first(&manifest)
        .skip(1)
        .map(|locale| {
            let files = sources
                .iter()
                .map(|(kind, all)| (*kind, (0, *all)))
                .collect();
            (
                locale.clone(),
                Coverage {
                    files,
                    ..Coverage::default()
                },
            )
        })
        .collect();
    for t in std::mem::take(&mut c.translated) {
        if let Some(cov) = coverage.get_mut(&t.locale) {
            if let Some((done, _)) = cov.files.get_mut(t.kind) {
                *done += 1;
            }
            cov.outdated += usize::from(t.outdated);
            cov.reviewed += usize::from(t.reviewed);
        }
    }
    Checked {
        pack: Some(Pack {
            dir: dir.to_owned(),
            manifest,
            lessons,
            glossary,
            bank,
            agenda,
            agenda_words,
            contacts,
            coverage,
        }),
        diagnostics: c.out,
    }
}

/// The module files of `bank/` (the keys, not their words).
fn count_bank_files(dir: &Path) -> usize {
    std::fs::read_dir(dir.join("bank")).map_or(0, |entries| {
        entries
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".toml"))
                    .is_some_and(|n| !n.contains('.'))
            })
            .count()
    })
}

/// The pack's locales, the source first: translations are checked against it.
fn source_first(manifest: &PackManifest) -> impl Iterator<Item = &Locale> {
    let source = &manifest.source_locale;
    std::iter::once(source).chain(manifest.locales.iter().filter(move |l| *l != source))
}

fn check_glossary(
    c: &mut Checker<'_>,
    dir: &Path,
    manifest: &PackManifest,
) -> BTreeMap<Locale, Glossary> {
    let mut out = BTreeMap::new();
    let source = &manifest.source_locale;
    let source_path = dir.join(format!("glossary.{source}.toml"));
    let mut source_hash_of = None;
    for locale in source_first(manifest) {
        let path = dir.join(format!("glossary.{locale}.toml"));
        let Ok(raw) = std::fs::read_to_string(&path) else {
            if locale != source && out.contains_key(source) {
                c.later(
                    "untranslated",
                    locale,
                    &path,
                    format!("the glossary is not translated into `{locale}` yet"),
                );
            }
            continue;
        };
        let (meta, glossary) = match parse_glossary(&raw, &path) {
            Ok(g) => g,
            Err(err) => {
                c.content_error("glossary", &err);
                continue;
            }
        };
        if locale == source {
            source_hash_of = Some(source_hash(&raw));
        } else if let Some(expected) = &source_hash_of
            && !c.origin(
                &path,
                (locale, "glossary"),
                meta.status,
                meta.source_hash.as_deref(),
                (&source_path, expected),
            )
        {
            continue;
        }
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
                c.later(
                    "untranslated",
                    locale,
                    &path,
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
        let source_path = bank_dir.join(format!("{name}.{source}.toml"));
        let mut source_hash_of = None;
        for locale in source_first(manifest) {
            let path = bank_dir.join(format!("{name}.{locale}.toml"));
            let Ok(raw) = std::fs::read_to_string(&path) else {
                if locale == source {
                    c.error("bank", &path, 1, format!("the bank questions of `{name}` have no words in `{locale}`, the source language"));
                    ok = false;
                } else {
                    c.later(
                        "untranslated",
                        locale,
                        &path,
                        format!(
                            "the bank questions of `{name}` are not translated into `{locale}` yet"
                        ),
                    );
                }
                continue;
            };
            let checked = check_words(
                c,
                WordsFile {
                    path: &path,
                    raw: &raw,
                    locale,
                    kind: ("bank", "bank"),
                },
                &key,
                (&source_path, &mut source_hash_of),
            );
            match checked {
                Some(w) => {
                    words.insert(locale.clone(), w);
                }
                None if locale == source => ok = false,
                None => {}
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

/// The agenda, and its titles in the languages that have them.
fn check_agenda(
    c: &mut Checker<'_>,
    dir: &Path,
    listed: &BTreeSet<LessonId>,
    manifest: &PackManifest,
) -> (Option<Agenda>, BTreeMap<Locale, AgendaWords>) {
    let path = dir.join("agenda.toml");
    let Some((raw, agenda, mut ok)) =
        check_pack_file(c, &path, "agenda", Agenda::parse, Agenda::problems)
    else {
        return (None, BTreeMap::new());
    };
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
    if !ok {
        return (None, BTreeMap::new());
    }
    let expected = source_hash(&raw);
    let mut translated = BTreeMap::new();
    for locale in source_first(manifest).skip(1) {
        let words_path = dir.join(format!("agenda.{locale}.toml"));
        if !words_path.is_file() {
            c.later(
                "untranslated",
                locale,
                &words_path,
                format!("the agenda is not translated into `{locale}` yet"),
            );
            continue;
        }
        let Some((_, words, fits)) = check_pack_file(
            c,
            &words_path,
            "agenda",
            AgendaWords::parse,
            |w: &AgendaWords, words_raw| w.problems(&agenda, words_raw),
        ) else {
            continue;
        };
        if fits
            && c.origin(
                &words_path,
                (locale, "agenda"),
                words.status,
                words.source_hash.as_deref(),
                (&path, &expected),
            )
        {
            translated.insert(locale.clone(), words);
        }
    }
    (Some(agenda), translated)
}

fn check_contacts(c: &mut Checker<'_>, dir: &Path) -> Option<Contacts> {
    let path = dir.join("contacts.toml");
    let (_, contacts, ok) =
        check_pack_file(c, &path, "contacts", Contacts::parse, Contacts::problems)?;
    ok.then_some(contacts)
}

/// What checking one lesson found: its diagnostics, its links to check
/// once everything is loaded, and the lesson if it can be shown.
type LessonOutcome = (
    Vec<Diagnostic>,
    Vec<InternalLink>,
    Vec<Pending>,
    Vec<Translated>,
    Option<Lesson>,
);

/// Checks the listed lessons (`None` items are duplicates, skipped) on
/// every core, returning one outcome per checked lesson, in order.
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
            pending: Vec::new(),
            translated: Vec::new(),
        };
        let lesson = check_lesson(&mut c, dir, manifest, module, id);
        (c.out, c.links, c.pending, c.translated, lesson)
    };
    // A panic in a worker is re-raised here, exactly as if the lessons had
    // been checked on this thread.
    crate::parallel::map(&work, |&item| one(item))
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
    let mut locales: BTreeMap<Locale, LessonFile> = BTreeMap::new();
    // The source's shape, made once for all its translations.
    let mut source_shape: Option<Vec<(String, usize)>> = None;
    for locale in source_first(manifest) {
        let path = dir.join(format!("{locale}.md"));
        if !path.is_file() {
            // The reader falls back to the source language for this lesson;
            // the translator should still hear about it.
            c.later(
                "untranslated",
                locale,
                &path,
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
        if let Some((at, mark)) = crate::exchange::unclosed_emphasis_in(&lesson.body) {
            c.warn(
                "unclosed-emphasis",
                &path,
                lesson.body_line + lesson.body[..at].matches('\n').count(),
                format!(
                    "this `{mark}` does not close and shows as it is: in a language written \
                     without spaces, put a space after the closing `{mark}` when a letter follows \
                     punctuation"
                ),
            );
        }
        if locale != source {
            ok &= c.origin(
                &path,
                (locale, "lesson"),
                lesson.meta.status,
                lesson.meta.source_hash.as_deref(),
                (&source_path, &expected_hash),
            );
            let original = locales.get(source);
            if source_shape.is_none() {
                source_shape = original.map(|o| skeleton(&o.body));
            }
            if let Some((line, message)) = original
                .zip(source_shape.as_deref())
                .and_then(|(original, shape)| mismatch_against(original, shape, &lesson))
            {
                c.warn(
                    "translation-structure",
                    &path,
                    line,
                    format!("{message} (a translation keeps the shape of {source}.md)"),
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
    let notes = render_notes(
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
    for note in notes {
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

/// One language's words file of a quiz or of the bank.
struct WordsFile<'a> {
    path: &'a Path,
    raw: &'a str,
    locale: &'a Locale,
    /// The kind counted in the coverage table, and the diagnostic code.
    kind: (&'static str, &'static str),
}

/// Parses a words file, checks a translation's origin against the source's
/// words (whose hash the source's own call records in `source.1`) and its
/// ids against the key. Returns the words if they can be used.
fn check_words(
    c: &mut Checker<'_>,
    file: WordsFile<'_>,
    key: &QuizKey,
    source: (&Path, &mut Option<String>),
) -> Option<QuizWords> {
    let WordsFile {
        path,
        raw,
        locale,
        kind: (kind, code),
    } = file;
    let (source_path, source_hash_of) = source;
    let (meta, words) = match parse_words(raw, path) {
        Ok(parsed) => parsed,
        Err(err) => {
            c.content_error(code, &err);
            return None;
        }
    };
    match source_hash_of {
        None => *source_hash_of = Some(source_hash(raw)),
        Some(expected) => {
            let expected = expected.clone();
            if !c.origin(
                path,
                (locale, kind),
                meta.status,
                meta.source_hash.as_deref(),
                (source_path, &expected),
            ) {
                return None;
            }
        }
    }
    let problems = key.word_problems(&words, raw);
    let clean = problems.is_empty();
    for p in problems {
        c.error(code, path, p.line, p.message);
    }
    clean.then_some(words)
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
    let source = &manifest.source_locale;
    let source_path = dir.join(format!("quiz.{source}.toml"));
    let mut source_hash_of = None;
    for locale in source_first(manifest) {
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
                c.later(
                    "untranslated",
                    locale,
                    &path,
                    format!("the quiz is not translated into `{locale}` yet"),
                );
            }
            continue;
        };
        if let Some(w) = check_words(
            c,
            WordsFile {
                path: &path,
                raw: &raw,
                locale,
                kind: ("quiz", "quiz-words"),
            },
            &key,
            (&source_path, &mut source_hash_of),
        ) {
            words.insert(locale.clone(), w);
        }
    }
    (ok && words.contains_key(&manifest.source_locale)).then_some(Quiz { key, words })
}
