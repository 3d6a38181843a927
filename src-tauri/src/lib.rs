//! The desktop shell: opens the window, finds the bundled content and the data
//! folder, sets up logging, and exposes `passage-app`'s use cases as Tauri
//! commands. It decides nothing itself.

mod commands;
mod logging;
mod media;
mod sync_commands;
mod trainer_commands;

use std::path::PathBuf;
use std::time::Instant;

use passage_app::{AppError, Config, Passage};
use tauri::Manager;

/// State shared by all commands. Opening Passage may fail (a missing content
/// folder, say); the window still opens and the UI shows the error in the
/// learner's language instead of the app vanishing.
#[derive(Debug)]
pub struct AppState {
    passage: Result<Passage, AppError>,
    started: Instant,
    home_shown: std::sync::Once,
}

/// Runs the desktop app until its last window closes.
pub fn run() -> Result<(), tauri::Error> {
    let started = Instant::now();
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![
            commands::home_screen,
            commands::set_ui_locale,
            commands::course,
            commands::lesson,
            commands::search,
            commands::answer,
            commands::profiles,
            commands::create_profile,
            commands::sign_in,
            commands::sign_out,
            commands::lesson_event,
            commands::finish_quiz,
            commands::set_bookmark,
            commands::set_note,
            commands::export_my_data,
            commands::erase_me,
            commands::store_health,
            commands::restore_backup,
            commands::remittance_cost,
            commands::loan_cost,
            commands::savings_goal,
            commands::monthly_budget,
            commands::save_to_plan,
            commands::my_plan,
            trainer_commands::trainers,
            trainer_commands::create_trainer,
            trainer_commands::trainer_sign_in,
            trainer_commands::trainer_sign_out,
            trainer_commands::workshops,
            trainer_commands::create_workshop,
            trainer_commands::update_workshop,
            trainer_commands::workshop,
            trainer_commands::register_participant,
            trainer_commands::preview_roster,
            trainer_commands::import_roster,
            trainer_commands::mark_attendance,
            trainer_commands::open_test,
            trainer_commands::kiosk,
            trainer_commands::test_paper,
            trainer_commands::submit_test,
            trainer_commands::test_results,
            trainer_commands::certificates,
            trainer_commands::sign_in_sheet,
            trainer_commands::workshop_report,
            trainer_commands::export_report,
            trainer_commands::all_workshops_report,
            trainer_commands::set_presenter,
            trainer_commands::presenter_state,
            trainer_commands::open_projector,
            trainer_commands::reference_rates,
            trainer_commands::translation_overview,
            trainer_commands::translation_group,
            trainer_commands::mark_translation_reviewed,
            trainer_commands::export_review_marks,
            trainer_commands::set_reference_rate,
            trainer_commands::remove_reference_rate,
            trainer_commands::erase_participant,
            sync_commands::sync_view,
            sync_commands::enrol_hub,
            sync_commands::sync_now,
            sync_commands::forget_hub,
            sync_commands::write_sync_file,
            sync_commands::read_sync_file
        ])
        .register_uri_scheme_protocol(passage_app::MEDIA_SCHEME, media::serve)
        .setup(move |app| {
            let data_dir = app.path().app_data_dir();
            match &data_dir {
                Ok(dir) => logging::init(&dir.join("logs")),
                Err(_) => logging::init_stderr(),
            }
            let resources = app.path().resource_dir().unwrap_or_else(|err| {
                tracing::error!(%err, "no resource folder; looking beside the executable");
                PathBuf::from(".")
            });
            tracing::info!(
                version = env!("CARGO_PKG_VERSION"),
                data_dir = ?data_dir.as_ref().map(|d| d.display().to_string()),
                resources = %resources.display(),
                "Passage starting"
            );
            // Authors preview their own packs with PASSAGE_CONTENT_DIR.
            let content_dir = std::env::var_os("PASSAGE_CONTENT_DIR")
                .map_or_else(|| resources.join("content"), PathBuf::from);
            let passage = Passage::open(&Config {
                content_dir,
                locales_dir: resources.join("locales"),
                requested_locales: sys_locale::get_locales().collect(),
                index_path: data_dir.as_ref().ok().map(|d| d.join("search.sqlite")),
                store_path: data_dir.as_ref().ok().map(|d| d.join("learners.sqlite")),
                // Certificates and reports go where a trainer looks for
                // documents: Documents/Passage.
                exports_dir: app.path().document_dir().ok().map(|d| d.join("Passage")),
            });
            if let Err(err) = &passage {
                tracing::error!(%err, "cannot open the course library");
            }
            app.manage(AppState {
                passage,
                started,
                home_shown: std::sync::Once::new(),
            });
            sync_commands::start_background_sync(app.handle());
            Ok(())
        })
        .run(tauri::generate_context!())
}

#[cfg(test)]
mod tests {
    /// The main window gets exactly the app's own commands: no core or
    /// plugin permission slips in.
    #[test]
    fn main_window_is_granted_only_the_app_commands() {
        let raw = include_str!("../capabilities/main.json");
        let capability: serde_json::Value = serde_json::from_str(raw).expect("valid JSON");
        assert_eq!(capability["windows"], serde_json::json!(["main"]));
        assert_eq!(
            capability["permissions"],
            serde_json::json!([
                "allow-home-screen",
                "allow-set-ui-locale",
                "allow-course",
                "allow-lesson",
                "allow-search",
                "allow-answer",
                "allow-profiles",
                "allow-create-profile",
                "allow-sign-in",
                "allow-sign-out",
                "allow-lesson-event",
                "allow-finish-quiz",
                "allow-set-bookmark",
                "allow-set-note",
                "allow-export-my-data",
                "allow-erase-me",
                "allow-store-health",
                "allow-restore-backup",
                "allow-remittance-cost",
                "allow-loan-cost",
                "allow-savings-goal",
                "allow-monthly-budget",
                "allow-save-to-plan",
                "allow-my-plan",
                "allow-trainers",
                "allow-create-trainer",
                "allow-trainer-sign-in",
                "allow-trainer-sign-out",
                "allow-workshops",
                "allow-create-workshop",
                "allow-update-workshop",
                "allow-workshop",
                "allow-register-participant",
                "allow-preview-roster",
                "allow-import-roster",
                "allow-mark-attendance",
                "allow-open-test",
                "allow-kiosk",
                "allow-test-paper",
                "allow-submit-test",
                "allow-test-results",
                "allow-certificates",
                "allow-sign-in-sheet",
                "allow-workshop-report",
                "allow-export-report",
                "allow-all-workshops-report",
                "allow-set-presenter",
                "allow-presenter-state",
                "allow-open-projector",
                "allow-reference-rates",
                "allow-set-reference-rate",
                "allow-remove-reference-rate",
                "allow-translation-overview",
                "allow-translation-group",
                "allow-mark-translation-reviewed",
                "allow-export-review-marks",
                "allow-erase-participant",
                "allow-sync-view",
                "allow-enrol-hub",
                "allow-sync-now",
                "allow-forget-hub",
                "allow-write-sync-file",
                "allow-read-sync-file"
            ])
        );
    }

    /// The projector window reads lessons and the slide the trainer is on;
    /// it can change nothing.
    #[test]
    fn projector_window_may_only_read_lessons_and_the_slide() {
        let raw = include_str!("../capabilities/projector.json");
        let capability: serde_json::Value = serde_json::from_str(raw).expect("valid JSON");
        assert_eq!(capability["windows"], serde_json::json!(["projector"]));
        assert_eq!(
            capability["permissions"],
            serde_json::json!(["allow-home-screen", "allow-lesson", "allow-presenter-state"])
        );
    }
}
