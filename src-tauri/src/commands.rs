//! Tauri commands: each one a thin call into `passage-app`. A command added
//! here must also be listed in `build.rs` and granted in `capabilities/`.

use passage_app::{
    AnswerResult, BudgetForm, BudgetView, CommandError, CourseView, HomeScreen, LessonEvent,
    LessonView, LoanForm, LoanView, NewProfile, Passage, PlanEntry, ProfileCard, Profiles,
    QuizScore, RemittanceForm, RemittanceView, SavingsForm, SavingsView, SearchResult, StoreHealth,
};
use tauri::Manager;

use crate::AppState;

pub(crate) fn passage<'a>(
    state: &'a tauri::State<'_, AppState>,
) -> Result<&'a Passage, CommandError> {
    state.passage.as_ref().map_err(CommandError::from)
}

/// The home screen: the bundled courses in the UI language.
#[tauri::command]
pub fn home_screen(state: tauri::State<'_, AppState>) -> Result<HomeScreen, CommandError> {
    let passage = passage(&state)?;
    let home = passage.home_screen();
    state.home_shown.call_once(|| {
        tracing::info!(
            millis = state.started.elapsed().as_millis(),
            "home screen served"
        );
    });
    Ok(home)
}

/// Switches the UI language (kept for next time); returns the home screen in it.
#[tauri::command]
pub fn set_ui_locale(
    state: tauri::State<'_, AppState>,
    code: String,
) -> Result<HomeScreen, CommandError> {
    done(passage(&state)?.set_ui_locale(&code))
}

/// A course with its modules and lessons.
#[tauri::command]
pub fn course(
    state: tauri::State<'_, AppState>,
    course_id: String,
) -> Result<CourseView, CommandError> {
    passage(&state)?
        .course(&course_id)
        .map_err(|e| CommandError::from(&e))
}

/// A lesson, in `locale` if given (the lesson's language switch), else in the UI language.
#[tauri::command]
pub fn lesson(
    state: tauri::State<'_, AppState>,
    course_id: String,
    lesson_id: String,
    locale: Option<String>,
) -> Result<LessonView, CommandError> {
    passage(&state)?
        .lesson(&course_id, &lesson_id, locale.as_deref())
        .map_err(|e| CommandError::from(&e))
}

/// Lessons matching the learner's words, in their language chain.
#[tauri::command]
pub fn search(
    state: tauri::State<'_, AppState>,
    query: String,
) -> Result<Vec<SearchResult>, CommandError> {
    passage(&state)?
        .search(&query)
        .map_err(|e| CommandError::from(&e))
}

/// Grades one quiz answer and says why.
#[tauri::command]
pub fn answer(
    state: tauri::State<'_, AppState>,
    course_id: String,
    lesson_id: String,
    question_id: String,
    chosen: Vec<String>,
    locale: Option<String>,
    attempt: Option<String>,
) -> Result<AnswerResult, CommandError> {
    done(passage(&state)?.answer(
        &course_id,
        &lesson_id,
        &question_id,
        &chosen,
        locale.as_deref(),
        attempt.as_deref(),
    ))
}

pub(crate) fn done<T>(result: passage_app::Result<T>) -> Result<T, CommandError> {
    result.map_err(|e| CommandError::from(&e))
}

/// The profiles on this laptop and who is signed in.
#[tauri::command]
pub fn profiles(state: tauri::State<'_, AppState>) -> Result<Profiles, CommandError> {
    done(passage(&state)?.profiles())
}

/// Makes a profile and signs its learner in.
#[tauri::command]
pub fn create_profile(
    state: tauri::State<'_, AppState>,
    profile: NewProfile,
) -> Result<ProfileCard, CommandError> {
    done(passage(&state)?.create_profile(&profile))
}

/// Signs a learner in (checking the PIN if the profile has one).
#[tauri::command]
pub fn sign_in(
    state: tauri::State<'_, AppState>,
    id: String,
    pin: Option<String>,
) -> Result<ProfileCard, CommandError> {
    done(passage(&state)?.sign_in(&id, pin.as_deref()))
}

/// Signs the learner out.
#[tauri::command]
pub fn sign_out(state: tauri::State<'_, AppState>) -> Result<(), CommandError> {
    passage(&state)?.sign_out();
    Ok(())
}

/// Records a lesson opened, time spent, or completed.
#[tauri::command]
pub fn lesson_event(
    state: tauri::State<'_, AppState>,
    course_id: String,
    lesson_id: String,
    event: LessonEvent,
) -> Result<(), CommandError> {
    done(passage(&state)?.lesson_event(&course_id, &lesson_id, event))
}

/// Ends a go at a quiz and records its score.
#[tauri::command]
pub fn finish_quiz(
    state: tauri::State<'_, AppState>,
    course_id: String,
    lesson_id: String,
    attempt: String,
) -> Result<QuizScore, CommandError> {
    done(passage(&state)?.finish_quiz(&course_id, &lesson_id, &attempt))
}

/// Bookmarks a lesson, or removes the bookmark.
#[tauri::command]
pub fn set_bookmark(
    state: tauri::State<'_, AppState>,
    course_id: String,
    lesson_id: String,
    on: bool,
) -> Result<(), CommandError> {
    done(passage(&state)?.set_bookmark(&course_id, &lesson_id, on))
}

/// Saves the learner's note on a lesson.
#[tauri::command]
pub fn set_note(
    state: tauri::State<'_, AppState>,
    course_id: String,
    lesson_id: String,
    text: String,
) -> Result<(), CommandError> {
    done(passage(&state)?.set_note(&course_id, &lesson_id, &text))
}

/// Writes the learner's data as JSON into their Downloads folder (or the
/// app's data folder if there is none) and returns the file's path.
#[tauri::command]
pub fn export_my_data(
    app: tauri::AppHandle,
    state: tauri::State<'_, AppState>,
) -> Result<String, CommandError> {
    let json = done(passage(&state)?.export_my_data())?;
    let dir = app
        .path()
        .download_dir()
        .or_else(|_| app.path().app_data_dir())
        .map_err(|e| CommandError::from(&passage_app::AppError::Store(e.to_string())))?;
    let stamp = passage_store::wall_millis();
    let path = dir.join(format!("passage-my-data-{stamp}.json"));
    passage_app::write_file_atomically(&path, json.as_bytes())
        .map_err(|e| CommandError::from(&e))?;
    Ok(path.display().to_string())
}

/// Erases the signed-in learner's data and signs them out.
#[tauri::command]
pub fn erase_me(state: tauri::State<'_, AppState>) -> Result<(), CommandError> {
    done(passage(&state)?.erase_me())
}

/// Whether learner data is usable, and the date of the latest backup.
#[tauri::command]
pub fn store_health(state: tauri::State<'_, AppState>) -> Result<StoreHealth, CommandError> {
    Ok(passage(&state)?.store_health())
}

/// Restores the latest daily backup over a damaged learner database (which
/// is kept aside); returns the backup's date.
#[tauri::command]
pub fn restore_backup(state: tauri::State<'_, AppState>) -> Result<String, CommandError> {
    done(passage(&state)?.restore_backup())
}

/// The remittance tool: what sending money really costs.
#[tauri::command]
pub fn remittance_cost(
    state: tauri::State<'_, AppState>,
    form: RemittanceForm,
) -> Result<RemittanceView, CommandError> {
    done(passage(&state)?.remittance_cost(&form))
}

/// The loan tool: the same loan with flat and declining-balance interest.
#[tauri::command]
pub fn loan_cost(
    state: tauri::State<'_, AppState>,
    form: LoanForm,
) -> Result<LoanView, CommandError> {
    done(passage(&state)?.loan_cost(&form))
}

/// The savings tool: when a goal is reached.
#[tauri::command]
pub fn savings_goal(
    state: tauri::State<'_, AppState>,
    form: SavingsForm,
) -> Result<SavingsView, CommandError> {
    done(passage(&state)?.savings_goal(&form))
}

/// The budget planner: a month abroad in two currencies.
#[tauri::command]
pub fn monthly_budget(
    state: tauri::State<'_, AppState>,
    form: BudgetForm,
) -> Result<BudgetView, CommandError> {
    done(passage(&state)?.monthly_budget(&form))
}

/// Saves a money tool's result to the learner's plan.
#[tauri::command]
pub fn save_to_plan(
    state: tauri::State<'_, AppState>,
    entry: PlanEntry,
) -> Result<(), CommandError> {
    done(passage(&state)?.save_to_plan(&entry))
}

/// The learner's plan, newest first.
#[tauri::command]
pub fn my_plan(state: tauri::State<'_, AppState>) -> Result<Vec<PlanEntry>, CommandError> {
    done(passage(&state)?.my_plan())
}
