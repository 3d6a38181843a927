//! Trainer mode's commands: each one a thin call into `passage-app`, which
//! checks that a trainer signed in with their PIN (or, for the test a group
//! is taking, that the test is open). Listed in `build.rs` and granted in
//! `capabilities/` like every other command.

use std::collections::BTreeMap;

use passage_app::{
    AttendanceMark, CommandError, ImportOutcome, KioskView, NewTrainer, Participant,
    PresenterState, RateRow, RatesView, Registration, RegistrationForm, ReportFormat, ReportView,
    ReviewExport, SavedFile, TestName, TestPaper, TestResults, TestScore, TrainerCard,
    TrainerScreen, TranslationGroup, TranslationOverview, WorkshopCard, WorkshopEdit, WorkshopForm,
    WorkshopView, report::WorkshopReport, roster::RegistrantDraft, roster::RosterPreview,
};

use crate::AppState;
use crate::commands::{done, passage};

/// The trainers on this laptop and who is signed in.
#[tauri::command]
pub fn trainers(state: tauri::State<'_, AppState>) -> Result<TrainerScreen, CommandError> {
    done(passage(&state)?.trainers())
}

/// Makes a trainer profile and opens trainer mode.
#[tauri::command]
pub fn create_trainer(
    state: tauri::State<'_, AppState>,
    new: NewTrainer,
) -> Result<TrainerCard, CommandError> {
    done(passage(&state)?.create_trainer(&new))
}

/// Opens trainer mode with the trainer's PIN.
#[tauri::command]
pub fn trainer_sign_in(
    state: tauri::State<'_, AppState>,
    id: String,
    pin: String,
) -> Result<TrainerCard, CommandError> {
    done(passage(&state)?.trainer_sign_in(&id, &pin))
}

/// Closes trainer mode.
#[tauri::command]
pub fn trainer_sign_out(state: tauri::State<'_, AppState>) -> Result<(), CommandError> {
    passage(&state)?.trainer_sign_out();
    Ok(())
}

/// The trainer's workshops.
#[tauri::command]
pub fn workshops(state: tauri::State<'_, AppState>) -> Result<Vec<WorkshopCard>, CommandError> {
    done(passage(&state)?.workshops())
}

/// Plans a new workshop from its courses' agendas.
#[tauri::command]
pub fn create_workshop(
    state: tauri::State<'_, AppState>,
    form: WorkshopForm,
) -> Result<WorkshopView, CommandError> {
    done(passage(&state)?.create_workshop(&form))
}

/// Saves changes to a workshop and its agenda.
#[tauri::command]
pub fn update_workshop(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    edit: WorkshopEdit,
) -> Result<WorkshopView, CommandError> {
    done(passage(&state)?.update_workshop(&workshop_id, &edit))
}

/// One workshop with its people, attendance and tests.
#[tauri::command]
pub fn workshop(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
) -> Result<WorkshopView, CommandError> {
    done(passage(&state)?.workshop(&workshop_id))
}

/// Registers one person at the door.
#[tauri::command]
pub fn register_participant(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    form: RegistrationForm,
) -> Result<Registration, CommandError> {
    done(passage(&state)?.register_participant(&workshop_id, &form))
}

/// Reads an organiser's sheet into a preview; saves nothing.
#[tauri::command]
pub fn preview_roster(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    file_name: String,
    bytes: Vec<u8>,
) -> Result<RosterPreview, CommandError> {
    done(passage(&state)?.preview_roster(&workshop_id, &file_name, &bytes))
}

/// Registers everyone in a corrected preview, or nobody.
#[tauri::command]
pub fn import_roster(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    drafts: Vec<RegistrantDraft>,
    group_consent: bool,
) -> Result<ImportOutcome, CommandError> {
    done(passage(&state)?.import_roster(&workshop_id, &drafts, group_consent))
}

/// Marks people present or absent.
#[tauri::command]
pub fn mark_attendance(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    marks: Vec<AttendanceMark>,
) -> Result<Vec<Participant>, CommandError> {
    done(passage(&state)?.mark_attendance(&workshop_id, &marks))
}

/// Opens a test for the group and locks trainer screens.
#[tauri::command]
pub fn open_test(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    test: TestName,
) -> Result<KioskView, CommandError> {
    done(passage(&state)?.open_test(&workshop_id, test))
}

/// The open test's list of names, if one is open.
#[tauri::command]
pub fn kiosk(state: tauri::State<'_, AppState>) -> Result<Option<KioskView>, CommandError> {
    done(passage(&state)?.kiosk())
}

/// A workshop test's questions in a learner's language.
#[tauri::command]
pub fn test_paper(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    test: TestName,
    learner_id: Option<String>,
) -> Result<TestPaper, CommandError> {
    done(passage(&state)?.test_paper(&workshop_id, test, learner_id.as_deref()))
}

/// Records one sitting of a test.
#[tauri::command]
pub fn submit_test(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    learner_id: String,
    test: TestName,
    answers: BTreeMap<String, Vec<String>>,
    on_paper: bool,
) -> Result<TestScore, CommandError> {
    done(passage(&state)?.submit_test(&workshop_id, &learner_id, test, &answers, on_paper))
}

/// Results per person and per question.
#[tauri::command]
pub fn test_results(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
) -> Result<TestResults, CommandError> {
    done(passage(&state)?.test_results(&workshop_id))
}

/// Saves certificates as one PDF, or one PDF per person in a folder.
#[tauri::command]
pub fn certificates(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    learner_ids: Vec<String>,
    separate: bool,
) -> Result<SavedFile, CommandError> {
    done(passage(&state)?.certificates(&workshop_id, &learner_ids, separate))
}

/// Saves a day's sign-in sheet as PDF.
#[tauri::command]
pub fn sign_in_sheet(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    day: usize,
) -> Result<SavedFile, CommandError> {
    done(passage(&state)?.sign_in_sheet(&workshop_id, day))
}

/// The workshop's report with charts.
#[tauri::command]
pub fn workshop_report(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
) -> Result<ReportView, CommandError> {
    done(passage(&state)?.workshop_report(&workshop_id))
}

/// Saves the report as CSV or XLSX.
#[tauri::command]
pub fn export_report(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    format: ReportFormat,
) -> Result<SavedFile, CommandError> {
    done(passage(&state)?.export_report(&workshop_id, format))
}

/// Every workshop on this laptop together.
#[tauri::command]
pub fn all_workshops_report(
    state: tauri::State<'_, AppState>,
) -> Result<WorkshopReport, CommandError> {
    done(passage(&state)?.all_workshops_report())
}

/// Moves the projector to a lesson and slide, or blanks it.
#[tauri::command]
pub fn set_presenter(
    state: tauri::State<'_, AppState>,
    presenter: Option<PresenterState>,
) -> Result<(), CommandError> {
    done(passage(&state)?.set_presenter(presenter))
}

/// What the projector shows now (the projector window asks this).
#[tauri::command]
pub fn presenter_state(
    state: tauri::State<'_, AppState>,
) -> Result<Option<PresenterState>, CommandError> {
    Ok(passage(&state)?.presenter())
}

/// Opens the projector window: full screen, on a second screen when there
/// is one; asked again, switches it in or out of full screen. It may only read lessons and the presenter state
/// (`capabilities/projector.json`).
#[tauri::command]
pub fn open_projector(
    app: tauri::AppHandle,
    state: tauri::State<'_, AppState>,
) -> Result<(), CommandError> {
    use tauri::Manager;
    // Only a trainer may put something on the wall.
    passage(&state)?
        .trainers()
        .map_err(|e| CommandError::from(&e))?
        .active
        .ok_or_else(|| CommandError::from(&passage_app::AppError::NoTrainer))?;
    // Asked again once it is open (dragged onto the projector, say): full
    // screen on, or off again.
    if let Some(window) = app.get_webview_window(PROJECTOR) {
        let full = window.is_fullscreen().unwrap_or(false);
        return window
            .set_fullscreen(!full)
            .map_err(|e| CommandError::from(&passage_app::AppError::Print(e.to_string())));
    }
    let failed = |e: tauri::Error| CommandError::from(&passage_app::AppError::Print(e.to_string()));
    let mut builder = tauri::WebviewWindowBuilder::new(
        &app,
        PROJECTOR,
        tauri::WebviewUrl::App("index.html#projector".into()),
    )
    .title("Passage");
    let primary = app.primary_monitor().ok().flatten();
    let second = app
        .available_monitors()
        .unwrap_or_default()
        .into_iter()
        .find(|m| {
            primary
                .as_ref()
                .is_none_or(|p| m.position() != p.position())
        });
    if let Some(screen) = &second {
        let at = screen.position().to_logical::<f64>(screen.scale_factor());
        builder = builder.position(at.x, at.y).fullscreen(true);
    } else {
        // One screen (a laptop without a projector yet): a window the
        // trainer can drag to the projector once it is plugged in.
        builder = builder.inner_size(1024.0, 640.0);
    }
    builder.build().map_err(failed)?;
    Ok(())
}

/// The projector window's label (its capability names it).
const PROJECTOR: &str = "projector";

/// The reference exchange rates the money tools use.
#[tauri::command]
pub fn reference_rates(state: tauri::State<'_, AppState>) -> Result<RatesView, CommandError> {
    done(passage(&state)?.reference_rates())
}

/// Adds or changes one reference rate.
#[tauri::command]
pub fn set_reference_rate(
    state: tauri::State<'_, AppState>,
    rate: RateRow,
) -> Result<RatesView, CommandError> {
    done(passage(&state)?.set_reference_rate(&rate))
}

/// The Translation screen: languages, and the groups of one with their states.
#[tauri::command]
pub fn translation_overview(
    state: tauri::State<'_, AppState>,
    lang: Option<String>,
) -> Result<TranslationOverview, CommandError> {
    done(passage(&state)?.translation_overview(lang.as_deref()))
}

/// One group of messages, or one lesson, English beside the translation.
#[tauri::command]
pub fn translation_group(
    state: tauri::State<'_, AppState>,
    lang: String,
    group: String,
) -> Result<TranslationGroup, CommandError> {
    done(passage(&state)?.translation_group(&lang, &group))
}

/// Marks messages (or a whole lesson) reviewed against the English of now.
#[tauri::command]
pub fn mark_translation_reviewed(
    state: tauri::State<'_, AppState>,
    lang: String,
    group: String,
    keys: Vec<String>,
) -> Result<TranslationGroup, CommandError> {
    done(passage(&state)?.mark_translation_reviewed(&lang, &group, &keys))
}

/// Saves the review marks of one language as a file for the translation team.
#[tauri::command]
pub fn export_review_marks(
    state: tauri::State<'_, AppState>,
    lang: String,
) -> Result<ReviewExport, CommandError> {
    done(passage(&state)?.export_review_marks(&lang))
}

/// Removes one reference rate.
#[tauri::command]
pub fn remove_reference_rate(
    state: tauri::State<'_, AppState>,
    from: String,
    to: String,
) -> Result<RatesView, CommandError> {
    done(passage(&state)?.remove_reference_rate(&from, &to))
}

/// Erases a participant's data at their request.
#[tauri::command]
pub fn erase_participant(
    state: tauri::State<'_, AppState>,
    workshop_id: String,
    learner_id: String,
) -> Result<Vec<Participant>, CommandError> {
    done(passage(&state)?.erase_participant(&workshop_id, &learner_id))
}
