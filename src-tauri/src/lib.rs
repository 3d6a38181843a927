//! The desktop shell: opens the window, finds the bundled content and the data
//! folder, sets up logging, and exposes `passage-app`'s use cases as Tauri
//! commands. It decides nothing itself.

mod commands;
mod logging;

use std::time::Instant;

use passage_app::{Config, Passage};
use tauri::Manager;

/// State shared by all commands.
#[derive(Debug)]
pub struct AppState {
    passage: Passage,
    started: Instant,
    home_shown: std::sync::Once,
}

/// Runs the desktop app until its last window closes.
pub fn run() {
    let started = Instant::now();
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::home_screen])
        .setup(move |app| {
            let data_dir = app.path().app_data_dir()?;
            logging::init(&data_dir.join("logs"));
            let resources = app.path().resource_dir()?;
            let config = Config {
                content_dir: resources.join("content"),
                locales_dir: resources.join("locales"),
                requested_locales: sys_locale::get_locales().collect(),
            };
            tracing::info!(
                version = env!("CARGO_PKG_VERSION"),
                data_dir = %data_dir.display(),
                resources = %resources.display(),
                "Passage starting"
            );
            let passage = Passage::open(&config)?;
            app.manage(AppState {
                passage,
                started,
                home_shown: std::sync::Once::new(),
            });
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(err) = result {
        tracing::error!(%err, "Passage stopped with an error");
        std::process::exit(1);
    }
}
