//! Errors of the use cases, and the shape in which they cross to the UI.
//! Errors keep their cause here; the UI turns the stable `code` into words in
//! the learner's language.

use passage_content::ContentError;

/// Result alias for this crate.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// What a use case can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The course content could not be read.
    #[error(transparent)]
    Content(#[from] ContentError),
}

impl AppError {
    /// A stable code for this error (see `CommandError::code`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::Content(e) => e.code(),
        }
    }
}

/// An error as the UI receives it from a command.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// Stable code the UI translates, e.g. `content-manifest`.
    pub code: String,
    /// Details for logs and support (English, with file and line).
    pub detail: String,
}

impl From<AppError> for CommandError {
    fn from(err: AppError) -> Self {
        Self {
            code: err.code().to_owned(),
            detail: err.to_string(),
        }
    }
}
