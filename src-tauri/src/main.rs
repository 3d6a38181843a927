//! The Passage desktop app. Everything happens in `passage_desktop::run`.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    match passage_desktop::run() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!(%err, "Passage stopped with an error");
            std::process::ExitCode::FAILURE
        }
    }
}
