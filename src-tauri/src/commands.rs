//! Tauri commands: each one a thin call into `passage-app`. A command added
//! here must also be listed in `build.rs` and granted in `capabilities/`.

use passage_app::{CommandError, HomeScreen};

use crate::AppState;

/// The home screen: the bundled courses in the UI language.
#[tauri::command]
pub fn home_screen(state: tauri::State<'_, AppState>) -> Result<HomeScreen, CommandError> {
    let passage = state.passage.as_ref().map_err(CommandError::from)?;
    let home = passage.home_screen();
    state.home_shown.call_once(|| {
        tracing::info!(
            millis = state.started.elapsed().as_millis(),
            "home screen served"
        );
    });
    Ok(home)
}
