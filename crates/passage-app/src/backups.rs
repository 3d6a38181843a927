//! Daily copies of the learner database, so a damaged file never costs a
//! learner more than a day. A copy is made with SQLite's backup API the
//! first time the app opens on a given day (UTC); the last seven are kept.

use std::path::{Path, PathBuf};

use passage_store::Store;

use crate::{AppError, Result};

/// How many daily copies are kept.
pub const KEEP: usize = 7;

const PREFIX: &str = "learners-";
const SUFFIX: &str = ".sqlite";

pub use passage_store::civil_date;

/// The daily copies in `dir`, newest first, as (path, date).
pub fn list(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut out: Vec<(PathBuf, String)> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let date = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?.to_owned();
            (date.len() == 10).then(|| (entry.path(), date))
        })
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1));
    out
}

/// Makes today's copy if there is none yet, and removes copies beyond
/// [`KEEP`]. Returns the new copy's path, if one was made.
pub fn daily(store: &Store, dir: &Path, now_millis: u64) -> Result<Option<PathBuf>> {
    let today = civil_date(now_millis);
    let existing = list(dir);
    if existing.first().is_some_and(|(_, date)| *date >= today) {
        return Ok(None);
    }
    std::fs::create_dir_all(dir).map_err(|e| AppError::Store(format!("{}: {e}", dir.display())))?;
    let path = dir.join(format!("{PREFIX}{today}{SUFFIX}"));
    // Copy to a temporary name first: a copy cut short is never taken for a backup.
    let partial = dir.join(format!(".{PREFIX}{today}{SUFFIX}.partial"));
    let _ = std::fs::remove_file(&partial);
    store.backup_to(&partial)?;
    std::fs::rename(&partial, &path)
        .map_err(|e| AppError::Store(format!("{}: {e}", path.display())))?;
    for (old, _) in list(dir).into_iter().skip(KEEP) {
        if let Err(err) = std::fs::remove_file(&old) {
            tracing::warn!(%err, path = %old.display(), "could not remove an old backup");
        }
    }
    tracing::info!(path = %path.display(), "daily backup of learner data");
    Ok(Some(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_are_right_across_years_and_leap_days() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(951_782_400_000), "2000-02-29");
        assert_eq!(civil_date(1_795_392_000_000), "2026-11-23");
        assert_eq!(civil_date(1_795_478_399_999), "2026-11-23");
        assert_eq!(civil_date(1_798_675_200_000), "2026-12-31");
    }
}
