//! Generates the Tauri context and the app manifest: the commands listed here
//! are the only ones the UI can call, and `capabilities/main.json` grants
//! them to the main window.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "home_screen",
        "course",
        "lesson",
        "search",
        "answer",
        "profiles",
        "create_profile",
        "sign_in",
        "sign_out",
        "lesson_event",
        "finish_quiz",
        "set_bookmark",
        "set_note",
        "export_my_data",
        "erase_me",
        "store_health",
        "restore_backup",
        "remittance_cost",
        "loan_cost",
        "savings_goal",
        "monthly_budget",
        "save_to_plan",
        "my_plan",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("tauri build script");
}
