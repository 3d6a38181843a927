//! Tauri commands: each one a thin call into `passage-app`. A command added
//! here must also be listed in `build.rs` and granted in `capabilities/`.

use passage_app::{
    AnswerResult, CommandError, CourseView, HomeScreen, LessonView, Passage, SearchResult,
};

use crate::AppState;

fn passage<'a>(state: &'a tauri::State<'_, AppState>) -> Result<&'a Passage, CommandError> {
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
) -> Result<AnswerResult, CommandError> {
    passage(&state)?
        .answer(
            &course_id,
            &lesson_id,
            &question_id,
            &chosen,
            locale.as_deref(),
        )
        .map_err(|e| CommandError::from(&e))
}
