//! Errors of the use cases, and the shape in which they cross to the UI.
//! Errors keep their cause here; the UI turns the stable `code` into words in
//! the learner's language, and keeps `detail` for support.

use passage_content::ContentError;

/// Result alias for this crate.
pub type Result<T, E = AppError> = std::result::Result<T, E>;

/// What a use case can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The course content could not be read.
    #[error(transparent)]
    Content(#[from] ContentError),
    /// A course, lesson or file that does not exist was asked for.
    #[error("not found: {0}")]
    NotFound(String),
    /// The search index failed (not the query: any text is a valid query).
    #[error("search failed")]
    Search(#[from] passage_content::SearchError),
    /// There is no search index (it could not be opened even in memory).
    #[error("search is unavailable")]
    SearchUnavailable,
    /// The search index is still being built.
    #[error("search is getting ready")]
    SearchNotReady,
    /// The UI sent something that cannot be right (e.g. an option a
    /// question does not have).
    #[error("bad input: {0}")]
    BadInput(String),
    /// The PIN typed does not match the profile's.
    #[error("wrong PIN")]
    WrongPin,
    /// Something only a signed-in learner can do.
    #[error("no learner is signed in")]
    NoLearner,
    /// A trainer screen, and no trainer has signed in with their PIN.
    #[error("trainer mode is locked")]
    NoTrainer,
    /// An organiser's sheet cannot be read at all.
    #[error("{detail}")]
    Roster {
        /// Stable code (`not-utf8`, `too-big`, …).
        code: &'static str,
        /// What is wrong and where, in English, for support.
        detail: String,
    },
    /// The UI message files are broken (the build's check catches this first).
    #[error(transparent)]
    Messages(#[from] passage_l10n::MessagesError),
    /// A printable file could not be made or saved.
    #[error("printing: {0}")]
    Print(String),
    /// The learner store failed.
    #[error("learner data: {0}")]
    Store(String),
    /// The learner database is damaged (kept as it is; a backup can be restored).
    #[error("the learner database is damaged: {0}")]
    StoreDamaged(String),
    /// The disk is full; nothing was saved.
    #[error("the disk is full: nothing was saved")]
    DiskFull,
    /// Syncing with the hub, or a sync file, failed.
    #[error("sync: {detail}")]
    Sync {
        /// What kind of failure.
        code: ErrorCode,
        /// What happened, in English, for support.
        detail: String,
    },
    /// An amount, rate or currency in a money tool cannot be used.
    #[error("{field}: {detail}")]
    BadAmount {
        /// The form field (camelCase, as the UI names it).
        field: String,
        /// What is wrong, in English, for support.
        detail: String,
    },
}

impl From<passage_sync::SyncError> for AppError {
    fn from(err: passage_sync::SyncError) -> Self {
        use passage_sync::SyncError as E;
        let code = match &err {
            E::Store(passage_store::StoreError::DiskFull) => return Self::DiskFull,
            E::Store(e) => return Self::Store(e.to_string()),
            E::Unreachable(_) => ErrorCode::HubUnreachable,
            E::Refused { code, .. } if code == "revoked" => ErrorCode::HubRevoked,
            E::Refused { code, .. } if code == "bad-code" => ErrorCode::HubBadCode,
            E::Refused { .. } => ErrorCode::HubRefused,
            E::Incompatible => ErrorCode::HubIncompatible,
            E::Conflict(_) | E::Rejected { .. } | E::BadReply(_) | E::Page(_) => {
                ErrorCode::HubRejected
            }
            E::NotEnrolled => ErrorCode::NotEnrolled,
            E::File(_) => ErrorCode::SyncFileBroken,
            E::NotOurs => ErrorCode::SyncFileNotOurs,
        };
        Self::Sync {
            code,
            detail: err.to_string(),
        }
    }
}

impl From<passage_store::StoreError> for AppError {
    fn from(err: passage_store::StoreError) -> Self {
        match err {
            passage_store::StoreError::DiskFull => Self::DiskFull,
            passage_store::StoreError::Corrupt { .. } => Self::StoreDamaged(err.to_string()),
            other => Self::Store(other.to_string()),
        }
    }
}

/// Stable error codes the UI translates (a TypeScript union on that side, so
/// a new code cannot be left untranslated).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    /// A file or folder of course content cannot be read.
    ContentUnreadable,
    /// Course content is there but malformed.
    ContentInvalid,
    /// The course, lesson or file asked for is not there.
    NotFound,
    /// Search is not available right now.
    SearchUnavailable,
    /// Search is getting ready; try again in a moment.
    SearchNotReady,
    /// What was sent cannot be used.
    BadInput,
    /// The PIN is wrong.
    WrongPin,
    /// Pick or make a profile first.
    NoLearner,
    /// Trainer screens need the trainer's PIN.
    NoTrainer,
    /// The sheet cannot be read (the detail names the line).
    RosterUnreadable,
    /// A certificate, sheet or report could not be made or saved.
    PrintFailed,
    /// The learner data could not be read or written.
    StoreFailed,
    /// The learner database is damaged.
    StoreDamaged,
    /// The disk is full.
    DiskFull,
    /// A number in a money tool cannot be used.
    BadAmount,
    /// The hub cannot be reached (no connection, wrong address, hub down).
    HubUnreachable,
    /// The hub refused this laptop (unknown or replaced token).
    HubRefused,
    /// The hub revoked this laptop.
    HubRevoked,
    /// The enrolment code is unknown, used or expired.
    HubBadCode,
    /// The hub runs another version of the sync protocol.
    HubIncompatible,
    /// The hub refused what was sent, or answered nonsense.
    HubRejected,
    /// This laptop is not enrolled with a hub.
    NotEnrolled,
    /// A sync file is incomplete, altered, or not a sync file.
    SyncFileBroken,
    /// A receipt for another laptop or from another hub.
    SyncFileNotOurs,
}

impl ErrorCode {
    pub(crate) fn of_content(err: &ContentError) -> Self {
        match err {
            ContentError::Io { .. } => Self::ContentUnreadable,
            ContentError::Manifest { .. } => Self::ContentInvalid,
        }
    }
}

impl AppError {
    /// The stable code of this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Content(e) => ErrorCode::of_content(e),
            Self::NotFound(_) => ErrorCode::NotFound,
            Self::Search(_) | Self::SearchUnavailable => ErrorCode::SearchUnavailable,
            Self::SearchNotReady => ErrorCode::SearchNotReady,
            Self::BadInput(_) => ErrorCode::BadInput,
            Self::WrongPin => ErrorCode::WrongPin,
            Self::NoLearner => ErrorCode::NoLearner,
            Self::NoTrainer => ErrorCode::NoTrainer,
            Self::Roster { .. } => ErrorCode::RosterUnreadable,
            Self::Print(_) => ErrorCode::PrintFailed,
            Self::Messages(_) => ErrorCode::ContentInvalid,
            Self::Store(_) => ErrorCode::StoreFailed,
            Self::StoreDamaged(_) => ErrorCode::StoreDamaged,
            Self::DiskFull => ErrorCode::DiskFull,
            Self::BadAmount { .. } => ErrorCode::BadAmount,
            Self::Sync { code, .. } => *code,
        }
    }
}

/// An error as the UI receives it from a command.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CommandError {
    /// What went wrong, for the UI to say in the learner's language.
    pub code: ErrorCode,
    /// Details for support and trainers (English, with file and line).
    pub detail: String,
    /// The form field the error is about, if any, so the UI can show the
    /// message beside it.
    pub field: Option<String>,
}

impl From<&AppError> for CommandError {
    fn from(err: &AppError) -> Self {
        Self {
            code: err.code(),
            detail: err.to_string(),
            field: match err {
                AppError::BadAmount { field, .. } if !field.is_empty() => Some(field.clone()),
                _ => None,
            },
        }
    }
}
