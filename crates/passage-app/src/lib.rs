//! Passage's application API: the use cases the desktop shell (and later the
//! classroom server) call. It composes content, languages and the learner
//! store; it knows nothing of Tauri, windows or HTTP.
//!
//! Every type that crosses to the UI derives `ts_rs::TS`; `bindings` lists
//! them and a test keeps `ui/src/lib/bindings/` in step with them.

mod assessments;
mod backups;
pub mod bindings;
mod calendar;
mod error;
mod home;
mod learners;
mod money;
mod presenter;
mod printing;
mod quiz;
mod rates;
mod reader;
pub use passage_report as report;
pub mod roster;
mod search;
pub mod sync;
mod translation;
mod workshops;

use std::path::PathBuf;

use passage_content::Library;
use passage_l10n::Locale;

pub use assessments::{
    KioskPerson, KioskView, PersonResult, QuestionResult, TestName, TestPaper, TestResults,
};
pub use backups::civil_date;
pub use error::{AppError, CommandError, ErrorCode, Result};
pub use home::{ContentProblem, CourseCard, HomeScreen, ModuleSummary};
pub use learners::{
    AGE_BANDS, CONSENT_VERSION, ContinueAt, CourseProgress, LessonEvent, NewProfile, ProfileCard,
    Profiles, SECTORS, SEXES,
};
pub use money::{
    BudgetEnd, BudgetForm, BudgetView, CostLine, LoanForm, LoanView, LoanWay, RemittanceForm,
    RemittanceView, SavingsForm, SavingsOutcome, SavingsView, currencies,
};
pub use presenter::PresenterState;
pub use printing::{COMPLETION_SHARE, ReportFormat, ReportView, SavedFile};
pub use quiz::{AnswerResult, OptionFeedback, OptionView, QuestionKind, QuestionView, QuizView};
pub use rates::{RateRow, RatesView};
pub use reader::{
    ActivityView, CourseView, FacilitatorView, LanguageOption, LessonLink, LessonState,
    LessonSummary, LessonView, MEDIA_SCHEME, Media, ModuleView, SourceView, TermView,
};
pub use search::{SearchResult, SnippetPiece};
pub use translation::{
    ChangeKind, ChangePiece, GroupSummary, ItemStatus, ReviewExport, TranslationGroup,
    TranslationLanguage, TranslationOverview, TranslationRow,
};
pub use workshops::{
    AttendanceMark, DayView, ImportOutcome, NewTrainer, Participant, Registration,
    RegistrationForm, SessionEdit, SessionLesson, SessionView, TestScore, TrainerCard,
    TrainerScreen, WorkshopCard, WorkshopEdit, WorkshopForm, WorkshopView,
};

/// A money tool's result in a learner's plan.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PlanEntry {
    /// Which tool, e.g. `loan-cost`.
    pub tool: String,
    /// What was typed, by field.
    pub inputs: std::collections::BTreeMap<String, String>,
    /// What the tool showed, by figure.
    pub result: std::collections::BTreeMap<String, String>,
    /// The day it was saved (`YYYY-MM-DD`); empty when saving.
    pub date: Option<String>,
}

/// A finished quiz's score.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizScore {
    /// Right answers.
    pub score: u32,
    /// Questions.
    pub total: u32,
}

/// Writes `bytes` to `path` through a temporary file beside it, so a full
/// disk or a crash never leaves half a file under the real name.
pub fn write_file_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let fail = |e: std::io::Error| {
        if e.raw_os_error() == Some(28) {
            AppError::DiskFull
        } else {
            AppError::Store(format!("{}: {e}", path.display()))
        }
    };
    let dir = path.parent().unwrap_or_else(|| std::path::Path::new("."));
    std::fs::create_dir_all(dir).map_err(fail)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    tmp.persist(path).map_err(|e| fail(e.error))?;
    Ok(())
}

/// The setting that keeps the UI language picked in Passage.
const UI_LOCALE: &str = "ui.locale";

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
    /// The learner database (in the data folder); `None` keeps it in memory.
    pub store_path: Option<PathBuf>,
    /// Where certificates, sign-in sheets and reports are saved; `None`:
    /// `exports/` beside the learner database.
    pub exports_dir: Option<PathBuf>,
}

/// The running application: the course library and the language it speaks.
#[derive(Debug)]
pub struct Passage {
    library: std::sync::Arc<Library>,
    /// The UI language: the system's, or the one picked (kept in settings).
    locale: std::sync::RwLock<Locale>,
    /// Where the UI messages are (to tell drafts from reviewed translations).
    locales_dir: PathBuf,
    ui_locales: Vec<Locale>,
    /// The search index, built on a thread of its own at start so the window
    /// opens without waiting for it. SQLite connections are not shared
    /// between threads: one search at a time.
    search: std::sync::Arc<std::sync::Mutex<SearchState>>,
    /// The learner store. When the file is damaged, a store in memory
    /// stands in and `damaged` says why; the app still teaches, says that
    /// progress is not being saved, and offers the latest daily backup.
    store: std::sync::Mutex<StoreSlot>,
    /// The learner database file (`None`: in memory).
    store_path: Option<PathBuf>,
    /// Reference exchange rates the trainer keeps (`rates.toml` beside the
    /// learner database); empty when there is none.
    rates: std::sync::RwLock<passage_money::ReferenceRates>,
    /// Why `rates.toml` could not be used, if it could not.
    rates_problem: std::sync::Mutex<Option<String>>,
    /// The learner using the app now, if any.
    active: std::sync::Mutex<Option<String>>,
    /// The trainer who opened trainer mode with their PIN, if any.
    trainer: std::sync::Mutex<Option<String>>,
    /// A pre/post-test open for the group to take one after another.
    kiosk: std::sync::Mutex<Option<assessments::Kiosk>>,
    /// What the projector window shows.
    presenter: std::sync::Mutex<Option<PresenterState>>,
    /// UI messages for what Rust prints (certificates, sheets, reports).
    messages: passage_l10n::Messages,
    /// Where printable files go (see [`Config::exports_dir`]).
    exports_dir: Option<PathBuf>,
    /// The sync panel's state.
    sync: std::sync::Mutex<sync::SyncState>,
    /// One sync at a time (background or "Sync now").
    sync_lock: tokio::sync::Mutex<()>,
}

impl Passage {
    /// Loads the course library and picks the UI language.
    pub fn open(config: &Config) -> Result<Self> {
        let library = Library::load(&config.content_dir)?;
        let ui_locales = passage_l10n::installed_locales(&config.locales_dir);
        let locale = passage_l10n::negotiate(&config.requested_locales, &ui_locales);
        tracing::info!(%locale, requested = ?config.requested_locales, "language chosen");
        let library = std::sync::Arc::new(library);
        let search = std::sync::Arc::new(std::sync::Mutex::new(SearchState::Building));
        {
            let (library, search, path) = (
                std::sync::Arc::clone(&library),
                std::sync::Arc::clone(&search),
                config.index_path.clone(),
            );
            std::thread::Builder::new()
                .name("search-index".into())
                .spawn(move || {
                    let state = match open_search_index(&library, path.as_deref()) {
                        Some(index) => SearchState::Ready(Box::new(index)),
                        None => SearchState::Failed,
                    };
                    *search
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner) = state;
                })
                .map_err(|e| AppError::Store(format!("starting the search thread: {e}")))?;
        }
        let (rates, rates_problem) =
            load_rates(rates_file(config.store_path.as_deref()).as_deref());
        let store = open_store(config.store_path.as_deref())?;
        // A language picked in Passage wins over the system's.
        let locale = store
            .store
            .setting(UI_LOCALE)
            .ok()
            .flatten()
            .and_then(|code| Locale::parse(&code).ok())
            .filter(|l| ui_locales.contains(l))
            .unwrap_or(locale);
        Ok(Self {
            library,
            locale: std::sync::RwLock::new(locale),
            locales_dir: config.locales_dir.clone(),
            ui_locales,
            search,
            store: std::sync::Mutex::new(store),
            store_path: config.store_path.clone(),
            rates: std::sync::RwLock::new(rates),
            rates_problem: std::sync::Mutex::new(rates_problem),
            active: std::sync::Mutex::new(None),
            trainer: std::sync::Mutex::new(None),
            kiosk: std::sync::Mutex::new(None),
            presenter: std::sync::Mutex::new(None),
            messages: passage_l10n::Messages::load(&config.locales_dir)?,
            exports_dir: config.exports_dir.clone(),
            sync: std::sync::Mutex::new(sync::SyncState::default()),
            sync_lock: tokio::sync::Mutex::new(()),
        })
    }

    /// The reference rates in use now (a copy: the table is small).
    fn rates(&self) -> passage_money::ReferenceRates {
        self.rates
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// `rates.toml` beside the learner database (none when in memory).
    fn rates_path(&self) -> Option<PathBuf> {
        rates_file(self.store_path.as_deref())
    }

    fn store(&self) -> Result<StoreGuard<'_>> {
        // A panic mid-write rolled its transaction back: the store is sound.
        let slot = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(why) = &slot.damaged {
            return Err(AppError::StoreDamaged(why.clone()));
        }
        Ok(StoreGuard(slot))
    }

    /// The cost of sending money home, as the remittance tool shows it.
    pub fn remittance_cost(&self, form: &RemittanceForm) -> Result<RemittanceView> {
        money::remittance(form, &self.rates())
    }

    /// A loan worked out with flat and with declining-balance interest.
    pub fn loan_cost(&self, form: &LoanForm) -> Result<LoanView> {
        money::loan(form)
    }

    /// Saves a money tool's result to the signed-in learner's plan.
    pub fn save_to_plan(&self, item: &PlanEntry) -> Result<()> {
        let learner = self.active().ok_or(AppError::NoLearner)?;
        if !passage_content::TOOLS.contains(&item.tool.as_str()) {
            return Err(AppError::BadInput(format!(
                "tool: `{}` is not a tool",
                item.tool
            )));
        }
        let too_long = item
            .inputs
            .iter()
            .chain(&item.result)
            .any(|(k, v)| k.chars().count() > 120 || v.chars().count() > 200);
        if too_long || item.inputs.len() + item.result.len() > 40 {
            return Err(AppError::BadInput("plan: too much to save".into()));
        }
        self.store()?.append(
            passage_store::PERSONAL_SCOPE,
            vec![passage_store::Payload::PlanSaved {
                learner,
                tool: item.tool.clone(),
                inputs: item.inputs.clone(),
                result: item.result.clone(),
            }],
        )?;
        Ok(())
    }

    /// The signed-in learner's plan, newest first.
    pub fn my_plan(&self) -> Result<Vec<PlanEntry>> {
        let learner = self.active().ok_or(AppError::NoLearner)?;
        Ok(self
            .store()?
            .plan(&learner)?
            .into_iter()
            .map(|p| PlanEntry {
                tool: p.tool,
                inputs: p.inputs,
                result: p.result,
                date: Some(civil_date(p.at_millis)),
            })
            .collect())
    }

    /// A month abroad in two currencies.
    pub fn monthly_budget(&self, form: &BudgetForm) -> Result<BudgetView> {
        money::budget(form, &self.rates())
    }

    /// When a savings goal is reached.
    pub fn savings_goal(&self, form: &SavingsForm) -> Result<SavingsView> {
        money::savings(form)
    }

    /// Whether the learner data is usable, and the latest daily backup.
    pub fn store_health(&self) -> StoreHealth {
        let slot = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        StoreHealth {
            damaged: slot.damaged.is_some(),
            latest_backup: self
                .backup_dir()
                .and_then(|dir| backups::list(&dir).into_iter().next())
                .map(|(_, date)| date),
        }
    }

    fn backup_dir(&self) -> Option<PathBuf> {
        self.store_path
            .as_ref()
            .and_then(|p| p.parent())
            .map(|dir| dir.join("backups"))
    }

    /// Puts the latest daily backup in place of a damaged learner database.
    /// The damaged file is kept beside it (renamed), never overwritten.
    pub fn restore_backup(&self) -> Result<String> {
        let (Some(path), Some(dir)) = (self.store_path.clone(), self.backup_dir()) else {
            return Err(AppError::NotFound("a learner database file".into()));
        };
        let (backup, date) = backups::list(&dir)
            .into_iter()
            .next()
            .ok_or_else(|| AppError::NotFound("a backup of the learner data".into()))?;
        let mut slot = self
            .store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let io = |e: std::io::Error| AppError::Store(format!("{}: {e}", path.display()));
        if path.exists() {
            let kept =
                path.with_extension(format!("damaged-{}.sqlite", passage_store::wall_millis()));
            std::fs::rename(&path, &kept).map_err(io)?;
            for suffix in ["-wal", "-shm"] {
                let side = PathBuf::from(format!("{}{suffix}", path.display()));
                if side.exists() {
                    let _ = std::fs::rename(
                        &side,
                        PathBuf::from(format!("{}{suffix}", kept.display())),
                    );
                }
            }
            tracing::warn!(kept = %kept.display(), "damaged learner database kept aside");
        }
        let bytes = std::fs::read(&backup).map_err(io)?;
        write_file_atomically(&path, &bytes)?;
        slot.store = passage_store::Store::open(&path)?;
        slot.damaged = None;
        tracing::info!(%date, "learner data restored from backup");
        Ok(date)
    }

    fn active(&self) -> Option<String> {
        self.active
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    fn set_active(&self, id: Option<String>) {
        *self
            .active
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = id;
    }

    /// The signed-in learner's progress (none for a guest, or when the
    /// store cannot be read: reading goes on).
    fn my_progress(&self) -> Option<reader::ProgressMap> {
        let learner = self.active()?;
        let store = self.store().ok()?;
        store
            .progress(&learner)
            .map_err(|err| tracing::warn!(%err, "progress unavailable"))
            .ok()
    }

    /// Bookmarks a lesson for the signed-in learner, or removes the bookmark.
    pub fn set_bookmark(&self, course_id: &str, lesson_id: &str, on: bool) -> Result<()> {
        let learner = self.active().ok_or(AppError::NoLearner)?;
        let at = self.lesson_ref(course_id, lesson_id)?;
        self.store()?.append(
            passage_store::PERSONAL_SCOPE,
            vec![passage_store::Payload::Bookmark { learner, at, on }],
        )?;
        Ok(())
    }

    /// The signed-in learner's own note on a lesson (empty removes it).
    pub fn set_note(&self, course_id: &str, lesson_id: &str, text: &str) -> Result<()> {
        let learner = self.active().ok_or(AppError::NoLearner)?;
        if text.chars().count() > 2_000 {
            return Err(AppError::BadInput("note: at most 2000 characters".into()));
        }
        let at = self.lesson_ref(course_id, lesson_id)?;
        self.store()?.append(
            passage_store::PERSONAL_SCOPE,
            vec![passage_store::Payload::Note {
                learner,
                at,
                text: text.trim().to_owned(),
            }],
        )?;
        Ok(())
    }

    /// The profiles on this laptop and who is signed in.
    pub fn profiles(&self) -> Result<Profiles> {
        let active = self.active();
        let store = self.store()?;
        let mut profiles = learners::profiles(&store, active.as_deref())?;
        let Some(learner) = active else {
            return Ok(profiles);
        };
        let progress = store.progress(&learner)?;
        for pack in self.library.packs() {
            let course = pack.manifest.id.as_str();
            let completed = pack
                .lessons
                .keys()
                .filter(|l| {
                    reader::state_of(Some(&progress), course, l.as_str()) == LessonState::Completed
                })
                .count();
            profiles.courses.push(CourseProgress {
                course_id: course.to_owned(),
                completed: u32::try_from(completed).unwrap_or(u32::MAX),
                total: u32::try_from(pack.lessons.len()).unwrap_or(u32::MAX),
            });
        }
        // The last lesson opened, if it is still in the library.
        profiles.continue_at = store.last_opened(&learner)?.and_then(|at| {
            let pack = self.pack(&at.course).ok()?;
            let lesson = pack.lessons.values().find(|l| l.id.as_str() == at.lesson)?;
            let profile_locale = profiles
                .active
                .as_ref()
                .and_then(|a| a.locale.as_deref())
                .and_then(|l| Locale::parse(l).ok())
                .unwrap_or_else(|| self.locale());
            let file = lesson
                .locales
                .get(&profile_locale)
                .or_else(|| lesson.locales.get(&pack.manifest.source_locale))?;
            Some(ContinueAt {
                course_id: at.course,
                lesson_id: at.lesson,
                title: file.meta.title.clone(),
            })
        });
        Ok(profiles)
    }

    /// Makes a profile and signs its learner in.
    pub fn create_profile(&self, new: &NewProfile) -> Result<ProfileCard> {
        let card = learners::create(&mut *self.store()?, new)?;
        self.set_active(Some(card.id.clone()));
        tracing::info!("profile created");
        Ok(card)
    }

    /// Signs a learner in, checking their PIN if the profile has one.
    pub fn sign_in(&self, id: &str, pin: Option<&str>) -> Result<ProfileCard> {
        let card = learners::sign_in(&*self.store()?, id, pin)?;
        self.set_active(Some(card.id.clone()));
        Ok(card)
    }

    /// Nobody is signed in any more.
    pub fn sign_out(&self) {
        self.set_active(None);
    }

    /// Records what the signed-in learner did with a lesson. Without a
    /// learner (reading as a guest) nothing is recorded.
    pub fn lesson_event(&self, course_id: &str, lesson_id: &str, event: LessonEvent) -> Result<()> {
        let Some(learner) = self.active() else {
            return Ok(());
        };
        let at = self.lesson_ref(course_id, lesson_id)?;
        learners::lesson_event(&mut *self.store()?, &learner, at, event)
    }

    fn lesson_ref(&self, course_id: &str, lesson_id: &str) -> Result<passage_store::LessonRef> {
        let pack = self.pack(course_id)?;
        if !pack.lessons.keys().any(|l| l.as_str() == lesson_id) {
            return Err(AppError::NotFound(format!("lesson `{lesson_id}`")));
        }
        Ok(passage_store::LessonRef {
            course: course_id.to_owned(),
            lesson: lesson_id.to_owned(),
        })
    }

    /// Everything stored about the signed-in learner, as JSON they can keep.
    pub fn export_my_data(&self) -> Result<String> {
        let learner = self.active().ok_or(AppError::NoLearner)?;
        let json = self.store()?.export(&learner)?;
        serde_json::to_string_pretty(&json).map_err(|e| AppError::Store(e.to_string()))
    }

    /// Erases the signed-in learner's data (an erasure record that will
    /// travel with sync) and signs them out.
    pub fn erase_me(&self) -> Result<()> {
        let learner = self.active().ok_or(AppError::NoLearner)?;
        self.store()?.append(
            passage_store::PERSONAL_SCOPE,
            vec![passage_store::Payload::LearnerErased { learner }],
        )?;
        self.set_active(None);
        tracing::info!("a learner erased their data");
        Ok(())
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
        let progress = self.my_progress();
        Ok(reader::course(
            self.pack(course_id)?,
            &self.locale(),
            progress.as_ref(),
        ))
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
            .unwrap_or_else(|| self.locale());
        let progress = self.my_progress();
        reader::lesson(self.pack(course_id)?, lesson_id, &wanted, progress.as_ref())
    }

    /// Grades one quiz answer of a lesson and says why, in `locale` (the
    /// quiz's shown language) or the UI language. With a learner signed in
    /// and an `attempt` id, the answer is recorded.
    pub fn answer(
        &self,
        course_id: &str,
        lesson_id: &str,
        question_id: &str,
        chosen: &[String],
        locale: Option<&str>,
        attempt: Option<&str>,
    ) -> Result<AnswerResult> {
        let pack = self.pack(course_id)?;
        let quiz = self.quiz_of(course_id, lesson_id)?;
        let wanted = locale
            .and_then(|l| Locale::parse(l).ok())
            .unwrap_or_else(|| self.locale());
        let result = quiz::answer(
            quiz,
            question_id,
            chosen,
            &wanted,
            &pack.manifest.source_locale,
        )?;
        if let (Some(learner), Some(attempt)) = (self.active(), attempt) {
            let at = self.lesson_ref(course_id, lesson_id)?;
            self.store()?.append(
                passage_store::PERSONAL_SCOPE,
                vec![passage_store::Payload::QuizAnsweredV2 {
                    learner,
                    at,
                    attempt: attempt.to_owned(),
                    question: question_id.to_owned(),
                    chosen: chosen.to_vec(),
                    correct: result.correct,
                    shown_in: result.shown_in.clone(),
                    feedback: result
                        .feedback
                        .iter()
                        .map(|f| (f.id.clone(), f.feedback.clone()))
                        .collect(),
                }],
            )?;
        }
        Ok(result)
    }

    /// Ends a go at a quiz: records the score from the answers recorded for
    /// `attempt` (the store's count, not the UI's), and returns it.
    pub fn finish_quiz(
        &self,
        course_id: &str,
        lesson_id: &str,
        attempt: &str,
    ) -> Result<QuizScore> {
        let total = u32::try_from(self.quiz_of(course_id, lesson_id)?.key.questions.len())
            .unwrap_or(u32::MAX);
        let learner = self.active().ok_or(AppError::NoLearner)?;
        let at = self.lesson_ref(course_id, lesson_id)?;
        let mut store = self.store()?;
        let (_, score) = store.attempt_score(&learner, attempt)?;
        store.append(
            passage_store::PERSONAL_SCOPE,
            vec![passage_store::Payload::QuizFinished {
                learner,
                at,
                attempt: attempt.to_owned(),
                score,
                total,
            }],
        )?;
        Ok(QuizScore { score, total })
    }

    fn quiz_of(&self, course_id: &str, lesson_id: &str) -> Result<&passage_content::Quiz> {
        self.pack(course_id)?
            .lessons
            .values()
            .find(|l| l.id.as_str() == lesson_id)
            .and_then(|l| l.quiz.as_ref())
            .ok_or_else(|| AppError::NotFound(format!("quiz of lesson `{lesson_id}`")))
    }

    /// A media file of a course, by its path inside the pack.
    pub fn media(&self, course_id: &str, path: &str) -> Result<Media> {
        reader::media(self.pack(course_id)?, path)
    }

    /// Lessons matching `query` in the UI language, then the courses' source
    /// language. Any text is a valid query: it is never parsed as syntax.
    /// While the index is still being built (first start, or new content)
    /// this says so instead of waiting.
    pub fn search(&self, query: &str) -> Result<Vec<SearchResult>> {
        // A search that panicked mid-way poisons the lock; the index itself
        // is read-only here and still sound.
        let state = self
            .search
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match &*state {
            SearchState::Ready(index) => {
                Ok(search::search(index, &self.library, &self.locale(), query)?)
            }
            SearchState::Building => Err(AppError::SearchNotReady),
            SearchState::Failed => Err(AppError::SearchUnavailable),
        }
    }

    /// Waits until the search index is built (or failed), up to `timeout`;
    /// returns whether search is ready.
    pub fn wait_for_search(&self, timeout: std::time::Duration) -> bool {
        let until = std::time::Instant::now() + timeout;
        loop {
            match &*self
                .search
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
            {
                SearchState::Ready(_) => return true,
                SearchState::Failed => return false,
                SearchState::Building => {}
            }
            if std::time::Instant::now() >= until {
                return false;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// What the home screen shows: the bundled courses in the learner's language.
    pub fn home_screen(&self) -> HomeScreen {
        let locale = self.locale();
        let draft = passage_l10n::ui_translation_status(&self.locales_dir, &locale)
            == passage_l10n::TranslationStatus::Draft;
        home::home_screen(&self.library, &locale, draft, &self.ui_locales)
    }

    /// The UI language now.
    pub(crate) fn locale(&self) -> Locale {
        self.locale
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }

    /// Switches the UI (and course titles, search, printouts) to `code`, one
    /// of the installed UI languages, and keeps the choice for next time.
    pub fn set_ui_locale(&self, code: &str) -> Result<HomeScreen> {
        let locale = Locale::parse(code)
            .ok()
            .filter(|l| self.ui_locales.contains(l))
            .ok_or_else(|| AppError::BadInput(format!("no UI language `{code}`")))?;
        *self
            .locale
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = locale.clone();
        // Not being able to remember the choice must not stop the switch.
        match self.store() {
            Ok(mut store) => {
                if let Err(err) = store.set_setting(UI_LOCALE, Some(locale.as_str())) {
                    tracing::warn!(%err, "the language choice was not saved");
                }
            }
            Err(err) => tracing::warn!(%err, "the language choice was not saved"),
        }
        tracing::info!(%locale, "UI language picked");
        Ok(self.home_screen())
    }
}

/// `rates.toml` beside the learner database.
fn rates_file(store_path: Option<&std::path::Path>) -> Option<PathBuf> {
    store_path
        .and_then(|p| p.parent())
        .map(|d| d.join("rates.toml"))
}

/// The trainer's reference rates, `rates.toml` beside the learner database.
/// A file with a mistake is reported (in the log and to the trainer's rates
/// screen, with its line) and not used: the tools then ask the learner for
/// a rate.
fn load_rates(path: Option<&std::path::Path>) -> (passage_money::ReferenceRates, Option<String>) {
    let Some(text) = path.and_then(|p| std::fs::read_to_string(p).ok()) else {
        return (passage_money::ReferenceRates::default(), None);
    };
    match passage_money::ReferenceRates::from_toml(&text) {
        Ok(rates) => (rates, None),
        Err(err) => {
            tracing::warn!(%err, "reference rates not usable");
            (
                passage_money::ReferenceRates::default(),
                Some(format!("rates.toml:{err}")),
            )
        }
    }
}

/// The learner store and whether it is the real one.
#[derive(Debug)]
struct StoreSlot {
    store: passage_store::Store,
    damaged: Option<String>,
}

/// A locked, usable learner store.
struct StoreGuard<'a>(std::sync::MutexGuard<'a, StoreSlot>);

impl std::ops::Deref for StoreGuard<'_> {
    type Target = passage_store::Store;
    fn deref(&self) -> &Self::Target {
        &self.0.store
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0.store
    }
}

/// Whether learner data can be used, for the UI.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct StoreHealth {
    /// The learner database is damaged (a stand-in keeps the app going).
    pub damaged: bool,
    /// Date (`YYYY-MM-DD`) of the newest daily backup, if there is one.
    pub latest_backup: Option<String>,
}

/// Opens the learner store (in memory without a path) and makes the day's
/// backup. A damaged file is reported, kept, and replaced by a stand-in in
/// memory so the lessons still work.
fn open_store(path: Option<&std::path::Path>) -> Result<StoreSlot> {
    let Some(path) = path else {
        return Ok(StoreSlot {
            store: passage_store::Store::open_in_memory()?,
            damaged: None,
        });
    };
    match passage_store::Store::open(path) {
        Ok(store) => {
            if let Some(dir) = path.parent().map(|d| d.join("backups"))
                && let Err(err) = backups::daily(&store, &dir, passage_store::wall_millis())
            {
                tracing::warn!(%err, "daily backup failed");
            }
            Ok(StoreSlot {
                store,
                damaged: None,
            })
        }
        Err(err) => {
            tracing::error!(%err, "learner store unavailable");
            Ok(StoreSlot {
                store: passage_store::Store::open_in_memory()?,
                damaged: Some(err.to_string()),
            })
        }
    }
}

/// Where the search index is.
#[derive(Debug)]
enum SearchState {
    /// Being built on its thread.
    Building,
    /// Ready to search.
    Ready(Box<passage_content::SearchIndex>),
    /// Could not be made at all.
    Failed,
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
