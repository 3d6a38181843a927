//! Passage's application API: the use cases the desktop shell (and later the
//! classroom server) call. It composes content, languages and the learner
//! store; it knows nothing of Tauri, windows or HTTP.
//!
//! Every type that crosses to the UI derives `ts_rs::TS`; `bindings` lists
//! them and a test keeps `ui/src/lib/bindings/` in step with them.

pub mod bindings;
mod error;
mod home;
mod quiz;
mod reader;
mod search;

use std::path::PathBuf;

use passage_content::Library;
use passage_l10n::Locale;

pub use error::{AppError, CommandError, ErrorCode, Result};
pub use home::{ContentProblem, CourseCard, HomeScreen, ModuleSummary};
pub use quiz::{AnswerResult, OptionFeedback, OptionView, QuestionKind, QuestionView, QuizView};
pub use reader::{
    ActivityView, CourseView, FacilitatorView, LanguageOption, LessonLink, LessonSummary,
    LessonView, MEDIA_SCHEME, Media, ModuleView, SourceView, TermView,
};
pub use search::{SearchResult, SnippetPiece};

/// Where Passage finds its bundled files, and what language the system asks for.
#[derive(Clone, Debug)]
pub struct Config {
    /// Folder of course packs (each a folder with `pack.toml`).
    pub content_dir: PathBuf,
    /// Folder of UI messages, `locales/<code>/*.ftl`.
    pub locales_dir: PathBuf,
    /// Languages the user's system asks for, most wanted first (BCP 47 or POSIX).
    pub requested_locales: Vec<String>,
    /// The search index file (in the data folder); `None` keeps it in memory.
    pub index_path: Option<PathBuf>,
}

/// The running application: the course library and the language it speaks.
#[derive(Debug)]
pub struct Passage {
    library: Library,
    locale: Locale,
    ui_draft: bool,
    /// SQLite connections are not shared between threads: one search at a time.
    search: Option<std::sync::Mutex<passage_content::SearchIndex>>,
}

impl Passage {
    /// Loads the course library and picks the UI language.
    pub fn open(config: &Config) -> Result<Self> {
        let library = Library::load(&config.content_dir)?;
        let ui_locales = passage_l10n::installed_locales(&config.locales_dir);
        let locale = passage_l10n::negotiate(&config.requested_locales, &ui_locales);
        let ui_draft = passage_l10n::ui_translation_status(&config.locales_dir, &locale)
            == passage_l10n::TranslationStatus::Draft;
        tracing::info!(%locale, requested = ?config.requested_locales, "language chosen");
        let search = open_search_index(&library, config.index_path.as_deref());
        Ok(Self {
            library,
            locale,
            ui_draft,
            search: search.map(std::sync::Mutex::new),
        })
    }

    fn pack(&self, course_id: &str) -> Result<&passage_content::Pack> {
        self.library
            .packs()
            .iter()
            .find(|p| p.manifest.id.as_str() == course_id)
            .ok_or_else(|| AppError::NotFound(format!("course `{course_id}`")))
    }

    /// A course with its modules and lessons, in the UI language.
    pub fn course(&self, course_id: &str) -> Result<CourseView> {
        Ok(reader::course(self.pack(course_id)?, &self.locale))
    }

    /// A lesson in `locale` (a code from the lesson's language switch), or in
    /// the UI language; falls back to the course's source language.
    pub fn lesson(
        &self,
        course_id: &str,
        lesson_id: &str,
        locale: Option<&str>,
    ) -> Result<LessonView> {
        let wanted = locale
            .and_then(|l| Locale::parse(l).ok())
            .unwrap_or_else(|| self.locale.clone());
        reader::lesson(self.pack(course_id)?, lesson_id, &wanted)
    }

    /// Grades one quiz answer of a lesson and says why, in `locale` (the
    /// quiz's shown language) or the UI language.
    pub fn answer(
        &self,
        course_id: &str,
        lesson_id: &str,
        question_id: &str,
        chosen: &[String],
        locale: Option<&str>,
    ) -> Result<AnswerResult> {
        let pack = self.pack(course_id)?;
        let quiz = pack
            .lessons
            .values()
            .find(|l| l.id.as_str() == lesson_id)
            .and_then(|l| l.quiz.as_ref())
            .ok_or_else(|| AppError::NotFound(format!("quiz of lesson `{lesson_id}`")))?;
        let wanted = locale
            .and_then(|l| Locale::parse(l).ok())
            .unwrap_or_else(|| self.locale.clone());
        quiz::answer(
            quiz,
            question_id,
            chosen,
            &wanted,
            &pack.manifest.source_locale,
        )
    }

    /// A media file of a course, by its path inside the pack.
    pub fn media(&self, course_id: &str, path: &str) -> Result<Media> {
        reader::media(self.pack(course_id)?, path)
    }

    /// Lessons matching `query` in the UI language, then the courses' source
    /// language. Any text is a valid query: it is never parsed as syntax.
    pub fn search(&self, query: &str) -> Result<Vec<SearchResult>> {
        let index = self
            .search
            .as_ref()
            .ok_or(AppError::SearchUnavailable)?
            .lock()
            // A search that panicked mid-way poisons the lock; the index
            // itself is read-only here and still sound.
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        Ok(search::search(&index, &self.library, &self.locale, query)?)
    }

    /// What the home screen shows: the bundled courses in the learner's language.
    pub fn home_screen(&self) -> HomeScreen {
        home::home_screen(&self.library, &self.locale, self.ui_draft)
    }
}

/// Opens (or creates) the search index and brings it up to date. Search is
/// never a reason not to start: a file that cannot be used is replaced by an
/// index in memory, and with no index at all search says it is unavailable.
fn open_search_index(
    library: &Library,
    path: Option<&std::path::Path>,
) -> Option<passage_content::SearchIndex> {
    use passage_content::SearchIndex;
    let opened = match path {
        Some(path) => SearchIndex::open(path).or_else(|err| {
            tracing::warn!(%err, path = %path.display(), "search index file unusable; using memory");
            SearchIndex::open_in_memory()
        }),
        None => SearchIndex::open_in_memory(),
    };
    let mut index = opened
        .map_err(|err| tracing::error!(%err, "no search index"))
        .ok()?;
    let started = std::time::Instant::now();
    match library.index_into(&mut index) {
        Ok(rebuilt) => tracing::info!(
            rebuilt,
            millis = started.elapsed().as_millis(),
            "search index ready"
        ),
        Err(err) => tracing::error!(%err, "search index could not be built"),
    }
    Some(index)
}
