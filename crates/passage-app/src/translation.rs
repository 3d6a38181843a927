//! The Translation screen for a CSO reviewer: every group of UI messages
//! (one `.ftl` file), every lesson and quiz, each module's test questions,
//! each pack's glossary and agenda, English beside the translation, with
//! each item's state (missing, draft, outdated, reviewed), marking as
//! reviewed, and what changed in the English since an item was reviewed.
//!
//! Marks are kept in this laptop's settings (`review/<lang>/<item>`), never
//! in the bundled files, which are read-only and signed. A mark records the
//! hash and the text of the English it was made against and the hash of the
//! translation: when the English changes the item is outdated and the
//! screen shows the change; when the translation changes (a new import) the
//! mark no longer applies and the item is a draft again.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use passage_content::{Lesson, ModuleManifest, Pack};
use passage_l10n::{Locale, TranslationStatus};

use crate::{AppError, Passage, Result};

/// Where an item stands in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ItemStatus {
    /// Not translated: the English shows.
    Missing,
    /// Translated, nobody has reviewed it.
    Draft,
    /// The English changed since the translation was made or reviewed.
    Outdated,
    /// A reviewer read it against this English.
    Reviewed,
}

/// A language the app has, for the screen's picker.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationLanguage {
    /// BCP 47 code.
    pub code: String,
    /// Its name in its own script.
    pub name: String,
    /// Whether its UI messages are marked draft in `meta.toml`.
    pub draft: bool,
}

/// One group on the screen: an `.ftl` file or a lesson.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupSummary {
    /// `ui/<file>`, `lesson/<pack>/<lesson>`, `quiz/<pack>/<lesson>`,
    /// `bank/<pack>/<module>`, `glossary/<pack>` or `agenda/<pack>`.
    pub id: String,
    /// The file name; the lesson's English title (for a quiz too); the
    /// module's (for test questions); the pack's (glossary, agenda).
    pub title: String,
    /// Items (messages; a lesson is one item).
    pub total: u32,
    /// Items per state.
    pub missing: u32,
    /// Items per state.
    pub draft: u32,
    /// Items per state.
    pub outdated: u32,
    /// Items per state.
    pub reviewed: u32,
}

/// The screen's first view: languages, and the groups of one.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationOverview {
    /// Every language but the source.
    pub languages: Vec<TranslationLanguage>,
    /// The language shown.
    pub lang: String,
    /// UI message files, then lessons in teaching order.
    pub groups: Vec<GroupSummary>,
}

/// A run of text in a change: kept, taken out or put in.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// In both versions.
    Same,
    /// Only in the earlier English.
    Removed,
    /// Only in the English now.
    Added,
}

/// One run of a change.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangePiece {
    /// What happened to it.
    pub kind: ChangeKind,
    /// The text.
    pub text: String,
}

/// One line of the side-by-side view.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationRow {
    /// The message id, or the lesson part (`title`, `objective-2`, `block-5`).
    pub key: String,
    /// The English.
    pub source: String,
    /// The translation (`None`: missing).
    pub target: Option<String>,
    /// Where it stands.
    pub status: ItemStatus,
    /// For an outdated message reviewed here before: the English then
    /// against the English now.
    pub changes: Option<Vec<ChangePiece>>,
}

/// A group, side by side.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TranslationGroup {
    /// As in [`GroupSummary::id`].
    pub id: String,
    /// As in [`GroupSummary::title`].
    pub title: String,
    /// The language.
    pub lang: String,
    /// Whether the group is reviewed as a whole (all but messages, which
    /// are reviewed one by one).
    pub lesson: bool,
    /// The lesson's state (for messages: `None`, see each row).
    pub status: Option<ItemStatus>,
    /// For an outdated lesson reviewed here before: the lines of the
    /// English that changed since (`None`: not reviewed here, so the
    /// earlier English is not known; the translation's `source-hash` says
    /// only that it changed).
    pub changes: Option<Vec<ChangePiece>>,
    /// The lines.
    pub rows: Vec<TranslationRow>,
}

/// A marks file saved for the translation team.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReviewExport {
    /// Where it is.
    pub path: String,
    /// How many marks it holds.
    pub marks: u32,
}

/// A review mark, as kept in settings.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
struct Mark {
    /// Hash of the English reviewed against.
    source_hash: String,
    /// That English.
    source: String,
    /// Hash of the translation reviewed.
    target_hash: String,
    /// Who (trainer id) and when (Unix milliseconds).
    by: String,
    at: u64,
}

fn text_hash(text: &str) -> String {
    passage_content::source_hash(text)
}

fn mark_key(lang: &str, item: &str) -> String {
    format!("review/{lang}/{item}")
}

/// Word by word for a message; line by line, changed lines only, for a lesson.
fn changes(before: &str, after: &str, by_line: bool) -> Vec<ChangePiece> {
    use similar::{ChangeTag, TextDiff};
    let diff = if by_line {
        TextDiff::from_lines(before, after)
    } else {
        TextDiff::from_words(before, after)
    };
    let mut out: Vec<ChangePiece> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal if by_line => continue,
            ChangeTag::Equal => ChangeKind::Same,
            ChangeTag::Delete => ChangeKind::Removed,
            ChangeTag::Insert => ChangeKind::Added,
        };
        match out.last_mut() {
            Some(last) if last.kind == kind => last.text.push_str(change.value()),
            _ => out.push(ChangePiece {
                kind,
                text: change.value().to_owned(),
            }),
        }
    }
    out
}

/// A message's or lesson's state from its translation, the hashes and the mark.
fn status_of(
    target: Option<&str>,
    source: &str,
    mark: Option<&Mark>,
    // The file's own verdict when nobody marked it here.
    file_outdated: bool,
    file_reviewed: bool,
) -> (ItemStatus, Option<Vec<ChangePiece>>) {
    let Some(target) = target else {
        return (ItemStatus::Missing, None);
    };
    let by_line = source.contains('\n');
    match mark.filter(|m| m.target_hash == text_hash(target)) {
        Some(m) if m.source_hash == text_hash(source) => (ItemStatus::Reviewed, None),
        Some(m) => (
            ItemStatus::Outdated,
            Some(changes(&m.source, source, by_line)),
        ),
        None if file_outdated => (ItemStatus::Outdated, None),
        None if file_reviewed => (ItemStatus::Reviewed, None),
        None => (ItemStatus::Draft, None),
    }
}

/// A lesson (or its quiz) in one language, as the screen pairs it: one
/// item, reviewed as a whole.
struct LessonSides {
    /// The lesson's English title.
    title: String,
    /// English: raw file and its parts.
    source_raw: String,
    source_parts: Vec<(String, String)>,
    /// The translation's raw file and parts, if any.
    target: Option<(String, Vec<(String, String)>)>,
    file_outdated: bool,
    file_reviewed: bool,
}

/// A lesson's parts: title, objectives, key points, then the body's blocks.
fn lesson_parts(file: &passage_content::LessonFile) -> Vec<(String, String)> {
    let mut parts = vec![("title".to_owned(), file.meta.title.clone())];
    for (i, o) in file.meta.objectives.iter().enumerate() {
        parts.push((format!("objective-{}", i + 1), o.clone()));
    }
    for (i, k) in file.meta.key_points.iter().enumerate() {
        parts.push((format!("key-point-{}", i + 1), k.clone()));
    }
    let mut block = String::new();
    let mut n = 0;
    let mut fenced = false;
    for line in file.body.lines() {
        // Code fences and `:::` directives may hold blank lines: one block.
        let t = line.trim();
        if t.starts_with("```") {
            fenced = !fenced;
        } else if t.starts_with(":::") {
            fenced = t != ":::";
        }
        if line.trim().is_empty() && !fenced {
            if !block.trim().is_empty() {
                n += 1;
                parts.push((format!("block-{n}"), block.trim_end().to_owned()));
            }
            block.clear();
        } else {
            block.push_str(line);
            block.push('\n');
        }
    }
    if !block.trim().is_empty() {
        n += 1;
        parts.push((format!("block-{n}"), block.trim_end().to_owned()));
    }
    parts
}

/// A quiz's or a test bank's parts in the answer key's order: each
/// question's prompt, then each option's words and its feedback.
fn quiz_parts<'a>(
    questions: impl Iterator<Item = &'a passage_content::KeyQuestion>,
    words: &passage_content::QuizWords,
) -> Vec<(String, String)> {
    let mut parts = Vec::new();
    for q in questions {
        let Some(w) = words.get(&q.id) else { continue };
        parts.push((format!("{}-prompt", q.id), w.prompt.clone()));
        for o in &q.options {
            if let Some(option) = w.options.get(o) {
                parts.push((format!("{}-{o}", q.id), option.text.clone()));
                parts.push((format!("{}-{o}-feedback", q.id), option.feedback.clone()));
            }
        }
    }
    parts
}

/// A file's parts and, for a translation, its status and source hash.
type Parsed = (passage_content::TranslationMeta, Vec<(String, String)>);

/// An item kept in one file per language (a quiz, a pack's test questions
/// for a module, its glossary, its agenda), paired like a lesson; `None`
/// when there is no English file. `parse` reads a file's parts; its second
/// argument says whether the file is the English. A translation that does
/// not parse counts as missing (`passage content check` names its faults).
fn file_sides(
    title: String,
    files: Option<(PathBuf, PathBuf)>,
    parse: &dyn Fn(&str, &Path, bool) -> Option<Parsed>,
) -> Result<Option<LessonSides>> {
    let Some((source_path, target_path)) = files else {
        return Ok(None);
    };
    let (source_path, target_path) = (source_path.as_path(), target_path.as_path());
    let Ok(source_raw) = std::fs::read_to_string(source_path) else {
        return Ok(None);
    };
    let (_, source_parts) = parse(&source_raw, source_path, true)
        .ok_or_else(|| AppError::NotFound(format!("{}: does not load", source_path.display())))?;
    let expected = text_hash(&source_raw);
    let (target, meta) = match std::fs::read_to_string(target_path)
        .ok()
        .and_then(|raw| parse(&raw, target_path, false).map(|parsed| (raw, parsed)))
    {
        Some((raw, (meta, parts))) => (Some((raw, parts)), meta),
        None => (None, passage_content::TranslationMeta::default()),
    };
    Ok(Some(LessonSides {
        title,
        source_parts,
        file_outdated: meta.source_hash.as_deref().is_some_and(|h| h != expected),
        file_reviewed: meta.status == Some(TranslationStatus::Reviewed),
        source_raw,
        target,
    }))
}

/// A lesson's quiz in one language; the title is the lesson's English title.
fn quiz_sides(pack: &Pack, lesson: &Lesson, locale: &Locale) -> Result<Option<LessonSides>> {
    let Some(quiz) = &lesson.quiz else {
        return Ok(None);
    };
    let title = lesson
        .locales
        .get(&pack.manifest.source_locale)
        .map(|l| l.meta.title.clone())
        .unwrap_or_default();
    file_sides(
        title,
        files(pack, locale, "quiz", lesson.id.as_str()),
        &|raw, path, _| {
            let (meta, words) = passage_content::parse_words(raw, path).ok()?;
            Some((meta, quiz_parts(quiz.key.questions.iter(), &words)))
        },
    )
}

/// The pre- and post-test questions of one module in one language; the
/// title is the module's English title.
fn bank_sides(
    pack: &Pack,
    module: &ModuleManifest,
    locale: &Locale,
) -> Result<Option<LessonSides>> {
    let Some(bank) = &pack.bank else {
        return Ok(None);
    };
    let source = &pack.manifest.source_locale;
    let m = module.id.as_str();
    let title = module
        .title
        .pick(&[], source)
        .map(|p| p.text.to_owned())
        .unwrap_or_else(|| m.to_owned());
    file_sides(title, files(pack, locale, "bank", m), &|raw, path, _| {
        let (meta, words) = passage_content::parse_words(raw, path).ok()?;
        let questions = bank
            .questions
            .iter()
            .filter(|(of, _)| of == &module.id)
            .map(|(_, q)| q);
        Some((meta, quiz_parts(questions, &words)))
    })
}

/// A pack's glossary in one language: each term and its definition.
fn glossary_sides(pack: &Pack, locale: &Locale) -> Result<Option<LessonSides>> {
    file_sides(
        pack_title(pack),
        files(pack, locale, "glossary", ""),
        &|raw, path, _| {
            let (meta, glossary) = passage_content::parse_glossary(raw, path).ok()?;
            let parts = glossary
                .into_iter()
                .flat_map(|(id, entry)| {
                    [
                        (id.clone(), entry.term),
                        (format!("{id}-definition"), entry.definition),
                    ]
                })
                .collect();
            Some((meta, parts))
        },
    )
}

/// A pack's workshop agenda in one language: its title, each day's theme
/// and each session's title.
fn agenda_sides(pack: &Pack, locale: &Locale) -> Result<Option<LessonSides>> {
    file_sides(
        pack_title(pack),
        files(pack, locale, "agenda", ""),
        &|raw, path, english| {
            let (meta, title, days) = if english {
                let agenda = passage_content::Agenda::parse(raw, path).ok()?;
                let days = agenda
                    .days
                    .into_iter()
                    .map(|d| (d.title, d.sessions.into_iter().map(|s| s.title).collect()))
                    .collect::<Vec<(Option<String>, Vec<String>)>>();
                (
                    passage_content::TranslationMeta::default(),
                    agenda.title,
                    days,
                )
            } else {
                let words = passage_content::AgendaWords::parse(raw, path).ok()?;
                let meta = passage_content::TranslationMeta {
                    status: words.status,
                    source_hash: words.source_hash,
                };
                let days = words
                    .days
                    .into_iter()
                    .map(|d| (d.title, d.sessions))
                    .collect();
                (meta, words.title, days)
            };
            let mut parts = vec![("title".to_owned(), title)];
            for (d, (day_title, sessions)) in days.into_iter().enumerate() {
                let d = d + 1;
                if let Some(t) = day_title {
                    parts.push((format!("day-{d}"), t));
                }
                for (s, session) in sessions.into_iter().enumerate() {
                    parts.push((format!("day-{d}-session-{}", s + 1), session));
                }
            }
            Some((meta, parts))
        },
    )
}

/// The English file and the `locale` translation of an item of `pack`.
fn files(pack: &Pack, locale: &Locale, kind: &str, id: &str) -> Option<(PathBuf, PathBuf)> {
    passage_content::translation_files(
        &pack.dir,
        pack.manifest.source_locale.as_str(),
        locale.as_str(),
        kind,
        id,
    )
}

/// A pack's English title.
fn pack_title(pack: &Pack) -> String {
    pack.manifest
        .title
        .pick(&[], &pack.manifest.source_locale)
        .map_or_else(
            || pack.manifest.id.as_str().to_owned(),
            |p| p.text.to_owned(),
        )
}

fn lesson_sides(pack: &Pack, lesson: &Lesson, locale: &Locale) -> Result<LessonSides> {
    let source_locale = &pack.manifest.source_locale;
    let read = |l: &Locale| {
        let path = pack
            .dir
            .join(&lesson.dir)
            .join(format!("{}.md", l.as_str()));
        std::fs::read_to_string(&path)
            .map_err(|e| AppError::NotFound(format!("{}: {e}", path.display())))
    };
    let source_file = lesson
        .locales
        .get(source_locale)
        .ok_or_else(|| AppError::NotFound(format!("lesson {}", lesson.id.as_str())))?;
    let source_raw = read(source_locale)?;
    let expected = text_hash(&source_raw);
    let translated = lesson.locales.get(locale);
    let target = match translated {
        Some(file) => Some((read(locale)?, lesson_parts(file))),
        None => None,
    };
    Ok(LessonSides {
        title: source_file.meta.title.clone(),
        source_parts: lesson_parts(source_file),
        file_outdated: translated
            .and_then(|f| f.meta.source_hash.as_deref())
            .is_some_and(|h| h != expected),
        file_reviewed: translated.and_then(|f| f.meta.status) == Some(TranslationStatus::Reviewed),
        source_raw,
        target,
    })
}

impl LessonSides {
    /// The lesson's state, by the mark kept for `item` or the file's own.
    fn status(&self, mark: Option<&Mark>) -> (ItemStatus, Option<Vec<ChangePiece>>) {
        status_of(
            self.target.as_ref().map(|(raw, _)| raw.as_str()),
            &self.source_raw,
            mark,
            self.file_outdated,
            self.file_reviewed,
        )
    }

    /// The English title.
    fn title(&self) -> String {
        self.title.clone()
    }
}

/// `<pack>/<lesson>`: after `lesson/` in a group id, after `lesson:` in a mark.
fn lesson_path(pack: &Pack, lesson: &Lesson) -> String {
    format!("{}/{}", pack.manifest.id.as_str(), lesson.id.as_str())
}

fn count(summary: &mut GroupSummary, status: ItemStatus) {
    summary.total += 1;
    match status {
        ItemStatus::Missing => summary.missing += 1,
        ItemStatus::Draft => summary.draft += 1,
        ItemStatus::Outdated => summary.outdated += 1,
        ItemStatus::Reviewed => summary.reviewed += 1,
    }
}

fn summary(id: String, title: String) -> GroupSummary {
    GroupSummary {
        id,
        title,
        total: 0,
        missing: 0,
        draft: 0,
        outdated: 0,
        reviewed: 0,
    }
}

impl Passage {
    fn review_language(&self, lang: &str) -> Result<Locale> {
        let locale = Locale::parse(lang).map_err(|e| AppError::BadInput(format!("lang: {e}")))?;
        if locale == Locale::english() || !self.ui_locales.contains(&locale) {
            return Err(AppError::BadInput(format!(
                "lang: `{lang}` is not a language to review"
            )));
        }
        Ok(locale)
    }

    fn marks(&self, locale: &Locale) -> Result<BTreeMap<String, Mark>> {
        let prefix = mark_key(locale.as_str(), "");
        Ok(self
            .store()?
            .settings_under(&prefix)?
            .into_iter()
            .filter_map(|(key, value)| {
                let item = key.strip_prefix(&prefix)?.to_owned();
                // A mark that cannot be read is no mark: the item shows as
                // a draft, which is the safe side.
                Some((item, serde_json::from_str(&value).ok()?))
            })
            .collect())
    }

    fn ui_reviewed(&self, locale: &Locale) -> bool {
        passage_l10n::ui_translation_status(&self.locales_dir, locale)
            == TranslationStatus::Reviewed
    }

    /// Every UI message of `locale` beside its English, with its state,
    /// and the `.ftl` file it is in.
    fn message_rows(
        &self,
        locale: &Locale,
        marks: &BTreeMap<String, Mark>,
    ) -> Vec<(String, TranslationRow)> {
        let reviewed = self.ui_reviewed(locale);
        passage_l10n::exchange::units(&self.locales_dir, locale.as_str())
            .into_iter()
            .map(|u| {
                let mark = marks.get(&format!("ui:{}", u.id));
                let (status, changes) = status_of(
                    u.target.as_deref(),
                    &u.source,
                    mark,
                    u.outdated(),
                    reviewed || u.reviewed(),
                );
                let row = TranslationRow {
                    key: u.id,
                    source: u.source,
                    target: u.target,
                    status,
                    changes,
                };
                (u.file, row)
            })
            .collect()
    }

    /// The lessons in teaching order, with their pack.
    fn lessons_in_order(&self) -> Vec<(&Pack, &Lesson)> {
        let mut out = Vec::new();
        for pack in self.library.packs() {
            for module in &pack.manifest.modules {
                for id in &module.lessons {
                    if let Some(lesson) = pack.lessons.get(id) {
                        out.push((pack, lesson));
                    }
                }
            }
        }
        out
    }

    /// Languages, and the groups of `lang` (the UI language when `None`,
    /// or the first language to review when that is English).
    pub fn translation_overview(&self, lang: Option<&str>) -> Result<TranslationOverview> {
        self.trainer()?;
        let languages: Vec<TranslationLanguage> = self
            .ui_locales
            .iter()
            .filter(|l| **l != Locale::english())
            .map(|l| TranslationLanguage {
                code: l.as_str().to_owned(),
                name: passage_l10n::language_name(l).to_owned(),
                draft: !self.ui_reviewed(l),
            })
            .collect();
        let wanted = lang.map_or_else(|| self.locale().as_str().to_owned(), str::to_owned);
        let lang = if languages.iter().any(|l| l.code == wanted) {
            wanted
        } else {
            languages
                .first()
                .map(|l| l.code.clone())
                .unwrap_or_default()
        };
        let locale = self.review_language(&lang)?;
        let marks = self.marks(&locale)?;
        let mut groups: Vec<GroupSummary> = Vec::new();
        for (file, row) in self.message_rows(&locale, &marks) {
            let id = format!("ui/{}", file.trim_end_matches(".ftl"));
            if groups.last().is_none_or(|g| g.id != id) {
                groups.push(summary(id, file));
            }
            if let Some(group) = groups.last_mut() {
                count(group, row.status);
            }
        }
        let mut whole = |id: String, sides: Option<LessonSides>| {
            if let Some(sides) = sides {
                let item = id.replacen('/', ":", 1);
                let (status, _) = sides.status(marks.get(&item));
                let mut group = summary(id, sides.title());
                count(&mut group, status);
                groups.push(group);
            }
        };
        for (pack, lesson) in self.lessons_in_order() {
            let path = lesson_path(pack, lesson);
            whole(
                format!("lesson/{path}"),
                Some(lesson_sides(pack, lesson, &locale)?),
            );
            whole(format!("quiz/{path}"), quiz_sides(pack, lesson, &locale)?);
        }
        for pack in self.library.packs() {
            let id = pack.manifest.id.as_str();
            for module in &pack.manifest.modules {
                let sides = bank_sides(pack, module, &locale)?;
                whole(format!("bank/{id}/{}", module.id.as_str()), sides);
            }
        }
        for pack in self.library.packs() {
            let id = pack.manifest.id.as_str();
            whole(format!("glossary/{id}"), glossary_sides(pack, &locale)?);
            whole(format!("agenda/{id}"), agenda_sides(pack, &locale)?);
        }
        Ok(TranslationOverview {
            languages,
            lang,
            groups,
        })
    }

    /// One group of `lang`, English beside the translation.
    pub fn translation_group(&self, lang: &str, group: &str) -> Result<TranslationGroup> {
        self.trainer()?;
        let locale = self.review_language(lang)?;
        let marks = self.marks(&locale)?;
        if let Some(file) = group.strip_prefix("ui/") {
            let file_name = format!("{file}.ftl");
            let rows: Vec<TranslationRow> = self
                .message_rows(&locale, &marks)
                .into_iter()
                .filter(|(f, _)| *f == file_name)
                .map(|(_, row)| row)
                .collect();
            if rows.is_empty() {
                return Err(AppError::NotFound(format!("messages {file_name}")));
            }
            return Ok(TranslationGroup {
                id: group.to_owned(),
                title: file_name,
                lang: locale.as_str().to_owned(),
                lesson: false,
                status: None,
                changes: None,
                rows,
            });
        }
        let (sides, item) = self.whole_of_group(group, &locale)?;
        let (status, changes) = sides.status(marks.get(&item));
        let targets: BTreeMap<&str, &str> = sides
            .target
            .as_ref()
            .map(|(_, parts)| {
                parts
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect()
            })
            .unwrap_or_default();
        let rows = sides
            .source_parts
            .iter()
            .map(|(key, source)| TranslationRow {
                key: key.clone(),
                source: source.clone(),
                target: targets.get(key.as_str()).map(|t| (*t).to_owned()),
                status,
                changes: None,
            })
            .collect();
        Ok(TranslationGroup {
            id: group.to_owned(),
            title: sides.title(),
            lang: locale.as_str().to_owned(),
            lesson: true,
            status: Some(status),
            changes,
            rows,
        })
    }

    /// A group reviewed as a whole: its two sides and the item its mark is
    /// kept under (`lesson:<pack>/<lesson>`, `quiz:<pack>/<lesson>`,
    /// `bank:<pack>/<module>`, `glossary:<pack>`, `agenda:<pack>`).
    fn whole_of_group(&self, group: &str, locale: &Locale) -> Result<(LessonSides, String)> {
        let not_found = || AppError::NotFound(format!("group {group}"));
        let (kind, path) = group.split_once('/').ok_or_else(not_found)?;
        let (pack_id, rest) = path.split_once('/').unwrap_or((path, ""));
        let pack = self
            .library
            .packs()
            .iter()
            .find(|p| p.manifest.id.as_str() == pack_id)
            .ok_or_else(not_found)?;
        let sides = match (kind, rest) {
            ("lesson" | "quiz", lesson_id) => {
                let lesson = pack
                    .lessons
                    .values()
                    .find(|l| l.id.as_str() == lesson_id)
                    .ok_or_else(not_found)?;
                if kind == "quiz" {
                    quiz_sides(pack, lesson, locale)?
                } else {
                    Some(lesson_sides(pack, lesson, locale)?)
                }
            }
            ("bank", module_id) => match pack
                .manifest
                .modules
                .iter()
                .find(|m| m.id.as_str() == module_id)
            {
                Some(module) => bank_sides(pack, module, locale)?,
                None => None,
            },
            ("glossary", "") => glossary_sides(pack, locale)?,
            ("agenda", "") => agenda_sides(pack, locale)?,
            _ => None,
        };
        Ok((sides.ok_or_else(not_found)?, format!("{kind}:{path}")))
    }

    /// Saves this laptop's review marks for `lang` as a marks file in the
    /// exports folder, for whoever keeps the translation files
    /// (`passage l10n apply-reviews`). Marks whose texts changed since
    /// are left out: they no longer hold.
    pub fn export_review_marks(&self, lang: &str) -> Result<ReviewExport> {
        let by = self.trainer()?;
        let locale = self.review_language(lang)?;
        let reviewer = self
            .trainers()?
            .trainers
            .into_iter()
            .find(|t| t.id == by)
            .map(|t| t.name)
            .unwrap_or_default();
        let marks = self.marks(&locale)?;
        let mut kept = Vec::new();
        let mut messages: BTreeMap<String, TranslationRow> = self
            .message_rows(&locale, &marks)
            .into_iter()
            .map(|(_, row)| (row.key.clone(), row))
            .collect();
        for (item, mark) in &marks {
            let holds = if let Some(id) = item.strip_prefix("ui:") {
                messages.remove(id).is_some_and(|row| {
                    row.target.as_deref().is_some_and(|t| {
                        text_hash(t) == mark.target_hash
                            && text_hash(&row.source) == mark.source_hash
                    })
                })
            } else {
                let group = item.replacen(':', "/", 1);
                self.whole_of_group(&group, &locale)
                    .ok()
                    .is_some_and(|(sides, _)| {
                        sides.target.as_ref().is_some_and(|(raw, _)| {
                            text_hash(raw) == mark.target_hash
                                && text_hash(&sides.source_raw) == mark.source_hash
                        })
                    })
            };
            if holds {
                kept.push(passage_content::review::ReviewMark {
                    item: item.clone(),
                    source_hash: mark.source_hash.clone(),
                    target_hash: mark.target_hash.clone(),
                    at: mark.at,
                });
            }
        }
        let file = passage_content::review::ReviewMarks {
            format: passage_content::review::FORMAT.to_owned(),
            lang: locale.as_str().to_owned(),
            reviewer,
            marks: kept,
        };
        let json = serde_json::to_vec_pretty(&file)
            .map_err(|e| AppError::Store(format!("review marks: {e}")))?;
        let date = passage_store::civil_date(passage_store::wall_millis());
        let saved = self.save_export(
            &format!("review-marks-{}-{date}.json", locale.as_str()),
            &json,
        )?;
        Ok(ReviewExport {
            path: saved.path,
            marks: u32::try_from(file.marks.len()).unwrap_or(u32::MAX),
        })
    }

    /// Marks messages of a group (`keys`), or a whole lesson (`keys` is
    /// ignored), as reviewed against the English they have now. Returns the
    /// group as it stands after.
    pub fn mark_translation_reviewed(
        &self,
        lang: &str,
        group: &str,
        keys: &[String],
    ) -> Result<TranslationGroup> {
        let by = self.trainer()?;
        let locale = self.review_language(lang)?;
        let at = passage_store::wall_millis();
        let mut marks: Vec<(String, Mark)> = Vec::new();
        if group.starts_with("ui/") {
            let shown = self.translation_group(lang, group)?;
            for key in keys {
                let row =
                    shown.rows.iter().find(|r| &r.key == key).ok_or_else(|| {
                        AppError::BadInput(format!("key: `{key}` is not in {group}"))
                    })?;
                let target = row.target.as_deref().ok_or_else(|| {
                    AppError::BadInput(format!("key: `{key}` is not translated yet"))
                })?;
                marks.push((
                    format!("ui:{key}"),
                    Mark {
                        source_hash: text_hash(&row.source),
                        source: row.source.clone(),
                        target_hash: text_hash(target),
                        by: by.clone(),
                        at,
                    },
                ));
            }
        } else {
            let (sides, item) = self.whole_of_group(group, &locale)?;
            let (raw, _) = sides.target.ok_or_else(|| {
                AppError::BadInput(format!("group: {group} is not translated yet"))
            })?;
            marks.push((
                item,
                Mark {
                    source_hash: text_hash(&sides.source_raw),
                    source: sides.source_raw,
                    target_hash: text_hash(&raw),
                    by,
                    at,
                },
            ));
        }
        {
            let mut store = self.store()?;
            for (item, mark) in &marks {
                let value = serde_json::to_string(mark)
                    .map_err(|e| AppError::Store(format!("review mark: {e}")))?;
                store.set_setting(&mark_key(locale.as_str(), item), Some(&value))?;
            }
        }
        self.translation_group(lang, group)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_changed_word_by_word_shows_what_went_and_what_came() {
        let pieces = changes("Save your money", "Save your wages now", false);
        let shown: Vec<(ChangeKind, &str)> = pieces
            .iter()
            .map(|p| (p.kind.clone(), p.text.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                (ChangeKind::Same, "Save your "),
                (ChangeKind::Removed, "money"),
                (ChangeKind::Added, "wages now"),
            ]
        );
    }

    #[test]
    fn a_lesson_shows_only_the_lines_that_changed() {
        let pieces = changes("a\nb\nc\n", "a\nB\nc\n", true);
        assert_eq!(
            pieces,
            [
                ChangePiece {
                    kind: ChangeKind::Removed,
                    text: "b\n".into()
                },
                ChangePiece {
                    kind: ChangeKind::Added,
                    text: "B\n".into()
                },
            ]
        );
    }

    fn mark(source: &str, target: &str) -> Mark {
        Mark {
            source_hash: text_hash(source),
            source: source.into(),
            target_hash: text_hash(target),
            by: "t".into(),
            at: 0,
        }
    }

    #[test]
    fn a_mark_holds_only_while_both_texts_are_the_ones_reviewed() {
        let m = mark("Hello", "Salamat");
        assert_eq!(
            status_of(Some("Salamat"), "Hello", Some(&m), false, false).0,
            ItemStatus::Reviewed
        );
        let (status, changed) = status_of(Some("Salamat"), "Hello there", Some(&m), false, false);
        assert_eq!(status, ItemStatus::Outdated);
        assert!(changed.is_some_and(|c| c.iter().any(|p| p.kind == ChangeKind::Added)));
        // A new translation needs a new review.
        assert_eq!(
            status_of(Some("Kumusta"), "Hello", Some(&m), false, false).0,
            ItemStatus::Draft
        );
        assert_eq!(
            status_of(None, "Hello", Some(&m), false, true).0,
            ItemStatus::Missing
        );
        // Without a mark, the files' own verdict.
        assert_eq!(
            status_of(Some("x"), "Hello", None, true, true).0,
            ItemStatus::Outdated
        );
        assert_eq!(
            status_of(Some("x"), "Hello", None, false, true).0,
            ItemStatus::Reviewed
        );
    }
}
