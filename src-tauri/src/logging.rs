//! Logs go to stderr and to a daily file in the app's data folder, kept for a
//! week. A laptop whose data folder cannot be written still logs to stderr.

use std::path::Path;

use tracing_appender::rolling::{Builder, RollingFileAppender, Rotation};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::writer::MakeWriterExt;

/// Installs the global subscriber; `PASSAGE_LOG` takes an `EnvFilter` directive.
pub fn init(log_dir: &Path) {
    let filter = EnvFilter::try_from_env("PASSAGE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let subscriber = tracing_subscriber::fmt().with_env_filter(filter);
    match open_log_file(log_dir) {
        Ok(file) => {
            let writer = std::io::stderr.and(file);
            if subscriber
                .with_ansi(false)
                .with_writer(writer)
                .try_init()
                .is_ok()
            {
                tracing::info!(dir = %log_dir.display(), "logging to file");
            }
        }
        Err(reason) => {
            if subscriber.with_writer(std::io::stderr).try_init().is_ok() {
                tracing::warn!(%reason, dir = %log_dir.display(), "cannot log to file");
            }
        }
    }
}

/// Installs a stderr-only subscriber, for when there is no data folder at all.
pub fn init_stderr() {
    let filter = EnvFilter::try_from_env("PASSAGE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn open_log_file(log_dir: &Path) -> Result<RollingFileAppender, String> {
    std::fs::create_dir_all(log_dir).map_err(|e| e.to_string())?;
    Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("passage")
        .filename_suffix("log")
        .max_log_files(7)
        .build(log_dir)
        .map_err(|e| e.to_string())
}
