//! Errors from reading course packs. Each names the file and, where there is
//! one, the line and column, so an author can go straight to the mistake.

use std::path::PathBuf;

/// Result alias for this crate.
pub type Result<T, E = ContentError> = std::result::Result<T, E>;

/// What went wrong reading a course pack.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    /// The file could not be read at all.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The manifest is not valid TOML or does not match the pack format.
    #[error("{path}:{line}:{column}: {message}")]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// 1-based line of the mistake.
        line: usize,
        /// 1-based column of the mistake.
        column: usize,
        /// What is wrong, in the author's terms.
        message: String,
    },
}
