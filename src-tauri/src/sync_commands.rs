//! Sync commands for the trainer's screen, and the background sync that
//! runs whenever the app does. Each command is a thin call into
//! `passage-app` (which checks for the trainer's session).

use std::time::Duration;

use passage_app::sync::{SYNC_EVERY, SyncFileOutcome, SyncView, retry_delay};
use passage_app::{CommandError, SavedFile};
use tauri::Manager;

use crate::AppState;
use crate::commands::{done, passage};

/// The sync panel.
#[tauri::command]
pub fn sync_view(state: tauri::State<'_, AppState>) -> Result<SyncView, CommandError> {
    done(passage(&state)?.sync_view())
}

/// Enrols this laptop with a hub (address and one-time code), then syncs.
#[tauri::command]
pub async fn enrol_hub(
    state: tauri::State<'_, AppState>,
    url: String,
    code: String,
) -> Result<SyncView, CommandError> {
    done(passage(&state)?.enrol_hub(&url, &code).await)
}

/// Syncs now.
#[tauri::command]
pub async fn sync_now(state: tauri::State<'_, AppState>) -> Result<SyncView, CommandError> {
    done(passage(&state)?.sync_now().await)
}

/// Forgets the hub.
#[tauri::command]
pub fn forget_hub(state: tauri::State<'_, AppState>) -> Result<SyncView, CommandError> {
    done(passage(&state)?.forget_hub())
}

/// Writes a sync file for a USB stick into one of the offered folders.
#[tauri::command]
pub fn write_sync_file(
    state: tauri::State<'_, AppState>,
    folder: String,
) -> Result<SavedFile, CommandError> {
    done(passage(&state)?.write_sync_file(&folder))
}

/// Reads a sync file or a hub's receipt found in an offered folder.
#[tauri::command]
pub fn read_sync_file(
    state: tauri::State<'_, AppState>,
    path: String,
) -> Result<SyncFileOutcome, CommandError> {
    done(passage(&state)?.read_sync_file(&path))
}

/// Syncs in the background: soon after start, then every two minutes; after
/// a failure, backs off (15 s doubling to 15 min, with jitter) and probes
/// the hub cheaply before trying a full sync again. Never blocks the UI:
/// sync has its own database connection.
pub fn start_background_sync(app: &tauri::AppHandle) {
    let handle = app.clone();
    tauri::async_runtime::spawn(async move {
        let mut failures: u32 = 0;
        let mut delay = Duration::from_secs(10);
        loop {
            tokio::time::sleep(delay).await;
            let state = handle.state::<AppState>();
            let Ok(app) = &state.passage else { return };
            let ok = if !app.hub_enrolled() {
                true
            } else if failures > 0 && !app.hub_reachable().await {
                false
            } else {
                app.sync_in_background().await
            };
            failures = if ok { 0 } else { failures.saturating_add(1) };
            delay = if ok {
                SYNC_EVERY
            } else {
                let jitter = (passage_store::wall_millis() % 1000) as f64 / 1000.0;
                retry_delay(failures - 1, jitter)
            };
        }
    });
}
