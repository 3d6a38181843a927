//! The reader: a course's modules and lessons, one lesson rendered for the
//! learner's language (falling back to the source language, and saying so),
//! and the media files a lesson shows, served from inside its pack only.

use passage_content::{
    Lesson, LessonFile, MediaBase, Pack, RenderNote, render_markdown, resolve_media,
};
use passage_l10n::Locale;

use crate::quiz::{QuizView, quiz_view};
use crate::{AppError, Result};

/// URL prefix of pack media; the desktop shell serves this scheme.
pub const MEDIA_SCHEME: &str = "passage-media";

/// A course with its modules and their lessons.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CourseView {
    /// Stable id of the course pack.
    pub id: String,
    /// Title in the shown language.
    pub title: String,
    /// Description in the shown language.
    pub description: String,
    /// The locale title and description are in.
    pub shown_in: String,
    /// Modules in teaching order.
    pub modules: Vec<ModuleView>,
}

/// A module and its lessons.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleView {
    /// Stable id of the module.
    pub id: String,
    /// Title in the shown language.
    pub title: String,
    /// Lessons in teaching order (only those that loaded).
    pub lessons: Vec<LessonSummary>,
}

/// A lesson as listed in a module.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LessonSummary {
    /// Stable id of the lesson.
    pub id: String,
    /// Title in the shown language.
    pub title: String,
    /// Reading time in minutes.
    pub minutes: u16,
    /// The locale the title is in.
    pub shown_in: String,
    /// Its name in its own script, for a "shown in English" tag.
    pub shown_in_name: String,
    /// How far the signed-in learner got.
    pub state: LessonState,
}

/// How far a learner got with a lesson.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum LessonState {
    /// Not opened yet (or nobody is signed in).
    #[default]
    New,
    /// Opened, not completed.
    Started,
    /// Completed.
    Completed,
}

/// A learner's progress, by lesson, for the views.
pub(crate) type ProgressMap =
    std::collections::BTreeMap<passage_store::LessonRef, passage_store::LessonProgress>;

pub(crate) fn state_of(progress: Option<&ProgressMap>, course: &str, lesson: &str) -> LessonState {
    let key = passage_store::LessonRef {
        course: course.to_owned(),
        lesson: lesson.to_owned(),
    };
    match progress.and_then(|p| p.get(&key)) {
        Some(p) if p.completed => LessonState::Completed,
        Some(p) if p.opened => LessonState::Started,
        _ => LessonState::New,
    }
}

/// A language a lesson can be read in.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LanguageOption {
    /// Locale code, e.g. `km`.
    pub code: String,
    /// Its name in its own script.
    pub name: String,
}

/// A neighbouring lesson, for previous/next.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LessonLink {
    /// Lesson id.
    pub id: String,
    /// Its title in the shown language.
    pub title: String,
}

/// One lesson, ready to read.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LessonView {
    /// The course pack id.
    pub course_id: String,
    /// The course title (in the shown language where it has one).
    pub course_title: String,
    /// The module title.
    pub module_title: String,
    /// Lesson id.
    pub id: String,
    /// Lesson title.
    pub title: String,
    /// Reading time in minutes.
    pub minutes: u16,
    /// What the learner can do afterwards.
    pub objectives: Vec<String>,
    /// The few things to remember.
    pub key_points: Vec<String>,
    /// The body as sanitized HTML (safe to insert).
    pub html: String,
    /// The locale the lesson is shown in.
    pub shown_in: String,
    /// Its name in its own script.
    pub shown_in_name: String,
    /// The locale that was asked for; differs from `shown_in` on fallback.
    pub requested: String,
    /// The shown text is an unreviewed translation.
    pub draft: bool,
    /// Every language this lesson can be read in.
    pub languages: Vec<LanguageOption>,
    /// The lesson before, across modules.
    pub previous: Option<LessonLink>,
    /// The lesson after, across modules.
    pub next: Option<LessonLink>,
    /// URL of the narration audio in the shown language, if any.
    pub narration: Option<String>,
    /// Where the lesson's facts come from.
    pub sources: Vec<SourceView>,
    /// The workshop activity.
    pub activity: Option<ActivityView>,
    /// Notes for the trainer.
    pub facilitator: Option<FacilitatorView>,
    /// The glossary terms the lesson links to, in the shown language where
    /// translated.
    pub terms: Vec<TermView>,
    /// The lesson's quiz.
    pub quiz: Option<QuizView>,
    /// The signed-in learner completed it.
    pub completed: bool,
    /// The signed-in learner bookmarked it.
    pub bookmarked: bool,
    /// The signed-in learner's note on it.
    pub note: String,
}

/// A source of the lesson's facts.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SourceView {
    /// Title of the document.
    pub title: String,
    /// Who published it.
    pub publisher: Option<String>,
    /// Its year.
    pub year: u16,
    /// Where to read it.
    pub url: Option<String>,
}

/// A workshop activity.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ActivityView {
    /// Its name.
    pub title: String,
    /// How long it takes.
    pub minutes: u16,
    /// What to bring.
    pub materials: Vec<String>,
    /// What happens, in order.
    pub steps: Vec<String>,
    /// Questions afterwards.
    pub debrief: Vec<String>,
}

/// Notes for the trainer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FacilitatorView {
    /// Timing of the session.
    pub timing: Vec<String>,
    /// Things to watch for.
    pub notes: Vec<String>,
}

/// A glossary term.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TermView {
    /// The id links use.
    pub id: String,
    /// The term.
    pub term: String,
    /// Its definition.
    pub definition: String,
    /// The locale it is in.
    pub shown_in: String,
}

/// A media file of a pack.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Media {
    /// The file's bytes.
    pub bytes: Vec<u8>,
    /// Its MIME type.
    pub mime: &'static str,
}

fn not_found(what: String) -> AppError {
    AppError::NotFound(what)
}

/// The lesson file to show for `wanted`, falling back to the source.
fn pick<'a>(
    lesson: &'a Lesson,
    wanted: &Locale,
    source: &Locale,
) -> Option<(&'a Locale, &'a LessonFile)> {
    lesson
        .locales
        .get_key_value(wanted)
        .or_else(|| lesson.locales.get_key_value(source))
}

/// Lessons of a pack in teaching order, with their module.
fn ordered(pack: &Pack) -> Vec<(&passage_content::ModuleManifest, &Lesson)> {
    pack.manifest
        .modules
        .iter()
        .flat_map(|m| {
            m.lessons
                .iter()
                .filter_map(|id| pack.lessons.get(id))
                .map(move |l| (m, l))
        })
        .collect()
}

pub(crate) fn course(pack: &Pack, locale: &Locale, progress: Option<&ProgressMap>) -> CourseView {
    let manifest = &pack.manifest;
    let source = &manifest.source_locale;
    let chain = std::slice::from_ref(locale);
    let title = manifest.title.pick(chain, source);
    let modules = manifest
        .modules
        .iter()
        .map(|m| ModuleView {
            id: m.id.to_string(),
            title: m
                .title
                .pick(chain, source)
                .map(|p| p.text.to_owned())
                .unwrap_or_default(),
            lessons: m
                .lessons
                .iter()
                .filter_map(|id| pack.lessons.get(id))
                .filter_map(|l| {
                    let (shown, file) = pick(l, locale, source)?;
                    Some(LessonSummary {
                        id: l.id.to_string(),
                        title: file.meta.title.clone(),
                        minutes: file.meta.minutes,
                        shown_in: shown.to_string(),
                        shown_in_name: passage_l10n::language_name(shown).to_owned(),
                        state: state_of(progress, manifest.id.as_str(), l.id.as_str()),
                    })
                })
                .collect(),
        })
        .collect();
    CourseView {
        id: manifest.id.to_string(),
        title: title.map(|p| p.text.to_owned()).unwrap_or_default(),
        description: manifest
            .description
            .pick(chain, source)
            .map(|p| p.text.to_owned())
            .unwrap_or_default(),
        shown_in: title.map(|p| p.locale.to_string()).unwrap_or_default(),
        modules,
    }
}

pub(crate) fn lesson(
    pack: &Pack,
    lesson_id: &str,
    wanted: &Locale,
    progress: Option<&ProgressMap>,
) -> Result<LessonView> {
    let manifest = &pack.manifest;
    let source = &manifest.source_locale;
    let order = ordered(pack);
    let at = order
        .iter()
        .position(|(_, l)| l.id.as_str() == lesson_id)
        .ok_or_else(|| not_found(format!("lesson `{lesson_id}` in `{}`", manifest.id)))?;
    let (module, lesson) = order[at];
    let (shown, file) = pick(lesson, wanted, source)
        .ok_or_else(|| not_found(format!("lesson `{lesson_id}` text")))?;
    let media_url = format!("{MEDIA_SCHEME}://localhost/{}/", manifest.id);
    let rendered = render_markdown(
        &file.body,
        MediaBase {
            url: &media_url,
            lesson_dir: &lesson.dir,
        },
    );
    let link = |i: usize| {
        order.get(i).and_then(|(_, l)| {
            pick(l, wanted, source).map(|(_, f)| LessonLink {
                id: l.id.to_string(),
                title: f.meta.title.clone(),
            })
        })
    };
    let chain = std::slice::from_ref(shown);
    let mine = progress.and_then(|p| {
        p.get(&passage_store::LessonRef {
            course: manifest.id.to_string(),
            lesson: lesson.id.to_string(),
        })
    });
    Ok(LessonView {
        course_id: manifest.id.to_string(),
        course_title: manifest
            .title
            .pick(chain, source)
            .map(|p| p.text.to_owned())
            .unwrap_or_default(),
        module_title: module
            .title
            .pick(chain, source)
            .map(|p| p.text.to_owned())
            .unwrap_or_default(),
        id: lesson.id.to_string(),
        title: file.meta.title.clone(),
        minutes: file.meta.minutes,
        objectives: file.meta.objectives.clone(),
        key_points: file.meta.key_points.clone(),
        html: rendered.html,
        shown_in: shown.to_string(),
        shown_in_name: passage_l10n::language_name(shown).to_owned(),
        requested: wanted.to_string(),
        draft: shown != source
            && file.meta.status != Some(passage_l10n::TranslationStatus::Reviewed),
        languages: lesson
            .locales
            .keys()
            .map(|l| LanguageOption {
                code: l.to_string(),
                name: passage_l10n::language_name(l).to_owned(),
            })
            .collect(),
        previous: at.checked_sub(1).and_then(link),
        next: link(at + 1),
        narration: file
            .meta
            .narration
            .as_ref()
            .map(|n| format!("{media_url}{}/{n}", lesson.dir)),
        sources: file
            .meta
            .sources
            .iter()
            .map(|s| SourceView {
                title: s.title.clone(),
                publisher: s.publisher.clone(),
                year: s.year,
                url: s.url.clone(),
            })
            .collect(),
        activity: file.meta.activity.as_ref().map(|a| ActivityView {
            title: a.title.clone(),
            minutes: a.minutes,
            materials: a.materials.clone(),
            steps: a.steps.clone(),
            debrief: a.debrief.clone(),
        }),
        facilitator: file.meta.facilitator.as_ref().map(|f| FacilitatorView {
            timing: f.timing.clone(),
            notes: f.notes.clone(),
        }),
        terms: terms(pack, &rendered.notes, shown),
        quiz: lesson
            .quiz
            .as_ref()
            .and_then(|q| quiz_view(q, shown, source)),
        completed: mine.is_some_and(|p| p.completed),
        bookmarked: mine.is_some_and(|p| p.bookmarked),
        note: mine.and_then(|p| p.note.clone()).unwrap_or_default(),
    })
}

/// The glossary entries a lesson links to, each in `shown` if translated.
fn terms(pack: &Pack, notes: &[RenderNote], shown: &Locale) -> Vec<TermView> {
    let source = &pack.manifest.source_locale;
    let mut out: Vec<TermView> = Vec::new();
    for note in notes {
        let RenderNote::GlossaryLink(id) = note else {
            continue;
        };
        if out.iter().any(|t| &t.id == id) {
            continue;
        }
        let found = [shown, source].into_iter().find_map(|locale| {
            pack.glossary
                .get(locale)
                .and_then(|g| g.get(id))
                .map(|entry| (locale, entry))
        });
        if let Some((locale, entry)) = found {
            out.push(TermView {
                id: id.clone(),
                term: entry.term.clone(),
                definition: entry.definition.clone(),
                shown_in: locale.to_string(),
            });
        }
    }
    out
}

/// Media types a pack may serve. Anything else (HTML, SVG, scripts) is refused.
fn mime_of(path: &str) -> Option<&'static str> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "ogg" | "oga" | "opus" => "audio/ogg",
        "mp3" => "audio/mpeg",
        "m4a" => "audio/mp4",
        _ => return None,
    })
}

pub(crate) fn media(pack: &Pack, path: &str) -> Result<Media> {
    let missing = || not_found(format!("media `{path}` in `{}`", pack.manifest.id));
    // Same rules as lesson images: relative, inside the pack, no `..`.
    let (_, inside) = resolve_media(
        path,
        MediaBase {
            url: "",
            lesson_dir: "",
        },
    )
    .ok_or_else(missing)?;
    if !inside.starts_with("lessons/") {
        return Err(missing());
    }
    let mime = mime_of(&inside).ok_or_else(missing)?;
    let file = pack.dir.join(&inside);
    // A symlink inside the pack must not lead out of it.
    let real = file.canonicalize().map_err(|_| missing())?;
    let root = pack.dir.canonicalize().map_err(|_| missing())?;
    if !real.starts_with(&root) {
        return Err(missing());
    }
    let bytes = std::fs::read(&real).map_err(|_| missing())?;
    Ok(Media { bytes, mime })
}
