//! The learner store: one SQLite file holding the record log and the tables
//! derived from it.
//!
//! Every change to learner data is a [`Record`] appended to a stream
//! `(device_id, scope)` with a contiguous index and a hybrid-logical-clock
//! time, in one transaction with its effect on the derived tables (see
//! `apply`). Records from other devices go through the same `apply`, so the
//! tables do not depend on arrival order. `docs/records.md` documents the
//! payloads: they are the sync wire format.

mod apply;
mod hlc;
mod queries;
mod record;
mod schema;
mod streams;
mod workshops;

use std::path::{Path, PathBuf};

use rusqlite::{
    Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior, params,
};

pub use hlc::{Hlc, civil_date, wall_millis};
pub use queries::{LearnerSummary, LessonProgress, PlanItem, Profile, QuizResult};
pub use record::{
    LearnerId, LessonRef, PERSONAL_SCOPE, Payload, ProfileField, QuestionRef, Record, WorkshopDay,
    WorkshopDetails, WorkshopSession, WorkshopTest,
};
pub use schema::LATEST_VERSION;
pub use streams::{StreamKey, StreamState};
pub use workshops::{ParticipantFacts, TestSitting, Workshop};

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file is not a Passage database, or it is damaged.
    #[error("the learner database {path} is damaged or not a Passage database: {reason}")]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What SQLite said.
        reason: String,
    },
    /// The disk is full: nothing of the change was written.
    #[error("the disk is full: nothing was saved")]
    DiskFull,
    /// The database was made by a newer Passage.
    #[error(
        "the learner database was made by a newer version of Passage (schema {found}, this one knows {known})"
    )]
    TooNew {
        /// Its schema version.
        found: usize,
        /// The latest this build knows.
        known: usize,
    },
    /// A record that cannot be applied (from a peer or a file).
    #[error("bad record: {0}")]
    BadRecord(String),
    /// Any other SQLite error.
    #[error(transparent)]
    Sqlite(rusqlite::Error),
    /// A migration failed.
    #[error("migrating the learner database failed: {0}")]
    Migration(#[from] rusqlite_migration::Error),
    /// A payload could not be encoded or decoded.
    #[error("record payload: {0}")]
    Json(#[from] serde_json::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        match err.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DiskFull) => Self::DiskFull,
            _ => Self::Sqlite(err),
        }
    }
}

/// Result with [`StoreError`].
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// The learner store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    device_id: String,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and migrates it.
    pub fn open(path: &Path) -> Result<Self> {
        let corrupt = |reason: String| StoreError::Corrupt {
            path: path.to_owned(),
            reason,
        };
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
        )?;
        // A damaged or foreign file must be reported, never "repaired" by
        // migrating over it.
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(|e| corrupt(e.to_string()))?;
        if check != "ok" {
            return Err(corrupt(check));
        }
        Self::setup(conn, Some(path.to_owned()))
    }

    /// A store in memory, for tests and benches.
    pub fn open_in_memory() -> Result<Self> {
        Self::setup(Connection::open_in_memory()?, None)
    }

    fn setup(mut conn: Connection, path: Option<PathBuf>) -> Result<Self> {
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // WAL + NORMAL: a committed transaction survives the process being
        // killed; only a power cut can lose the last few.
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let found = usize::try_from(found).unwrap_or(usize::MAX);
        if found > LATEST_VERSION {
            return Err(StoreError::TooNew {
                found,
                known: LATEST_VERSION,
            });
        }
        schema::migrations().to_latest(&mut conn)?;
        let device_id = {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let existing: Option<String> = tx
                .query_row("SELECT id FROM device WHERE one = 1", [], |r| r.get(0))
                .optional()?;
            let id = if let Some(id) = existing {
                id
            } else {
                let id = uuid::Uuid::new_v4().simple().to_string();
                tx.execute("INSERT INTO device (one, id) VALUES (1, ?1)", [&id])?;
                id
            };
            tx.commit()?;
            id
        };
        Ok(Self {
            conn,
            path,
            device_id,
        })
    }

    /// This device's id.
    pub fn device_id(&self) -> &str {
        &self.device_id
    }

    /// The database file, if not in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<usize> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok(usize::try_from(version).unwrap_or(usize::MAX))
    }

    /// Runs `f` in one immediate transaction: all of it is written, or none
    /// of it. Every write to the store goes through here.
    pub fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Appends records written on this device to the stream of `scope`, in
    /// one transaction, and returns them as stored. Returns only once they
    /// are committed.
    pub fn append(&mut self, scope: &str, payloads: Vec<Payload>) -> Result<Vec<Record>> {
        let device_id = self.device_id.clone();
        self.write(|tx| {
            let (millis, counter): (i64, u32) = tx.query_row(
                "SELECT hlc_millis, hlc_counter FROM device WHERE one = 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            let mut clock = Hlc {
                millis: u64::try_from(millis).unwrap_or(0),
                counter,
            };
            let last: i64 = tx.query_row(
                "SELECT coalesce(max(idx), 0) FROM records WHERE device_id = ?1 AND scope = ?2",
                params![device_id, scope],
                |r| r.get(0),
            )?;
            let first = u64::try_from(last).unwrap_or(0) + 1;
            let mut out = Vec::with_capacity(payloads.len());
            for (idx, payload) in (first..).zip(payloads) {
                clock = clock.tick(wall_millis());
                let record = Record {
                    device_id: device_id.clone(),
                    scope: scope.to_owned(),
                    idx,
                    hlc: clock,
                    payload: Some(payload),
                };
                apply::apply(tx, &record)?;
                out.push(record);
            }
            tx.execute(
                "UPDATE device SET hlc_millis = ?1, hlc_counter = ?2 WHERE one = 1",
                params![
                    i64::try_from(clock.millis).unwrap_or(i64::MAX),
                    clock.counter
                ],
            )?;
            Ok(out)
        })
    }

    /// Applies records from elsewhere (another device, a sync file), in one
    /// transaction. Duplicates are ignored. Returns how many were new.
    pub fn apply_records(&mut self, records: &[Record]) -> Result<usize> {
        self.write(|tx| {
            let mut new = 0;
            let mut seen = Hlc::default();
            for record in records {
                if record.idx == 0 || record.device_id.is_empty() || record.scope.is_empty() {
                    return Err(StoreError::BadRecord(format!(
                        "record {}/{}/{} has no place in a stream",
                        record.device_id, record.scope, record.idx
                    )));
                }
                if apply::apply(tx, record)? {
                    new += 1;
                }
                seen = seen.max(record.hlc);
            }
            // Never stamp anything earlier than what we have seen.
            tx.execute(
                "UPDATE device SET hlc_millis = ?1, hlc_counter = ?2
                 WHERE one = 1 AND (hlc_millis, hlc_counter) < (?1, ?2)",
                params![i64::try_from(seen.millis).unwrap_or(i64::MAX), seen.counter],
            )?;
            Ok(new)
        })
    }

    /// Every record in the log, ordered by stream and index.
    pub fn records(&self) -> Result<Vec<Record>> {
        let mut stmt = self.conn.prepare(
            "SELECT device_id, scope, idx, hlc_millis, hlc_counter, payload
             FROM records ORDER BY device_id, scope, idx",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, u32>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (device_id, scope, idx, millis, counter, payload) = row?;
            out.push(record_from_row(
                device_id, scope, idx, millis, counter, payload,
            )?);
        }
        Ok(out)
    }

    /// Copies the whole database to `dest` with SQLite's online backup (a
    /// consistent snapshot, even while the app writes).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let mut target = Connection::open(dest)?;
        let backup = rusqlite::backup::Backup::new(&self.conn, &mut target)?;
        backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
        Ok(())
    }

    /// Caps the database file at `pages` pages, so tests can meet a full
    /// disk without filling one.
    #[doc(hidden)]
    pub fn set_max_pages_for_test(&self, pages: i64) -> Result<()> {
        self.conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(()))?;
        Ok(())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// A record as the `records` table holds it.
pub(crate) fn record_from_row(
    device_id: String,
    scope: String,
    idx: i64,
    millis: i64,
    counter: u32,
    payload: Option<String>,
) -> Result<Record> {
    Ok(Record {
        device_id,
        scope,
        idx: u64::try_from(idx).unwrap_or(0),
        hlc: Hlc {
            millis: u64::try_from(millis).unwrap_or(0),
            counter,
        },
        payload: payload.map(|p| serde_json::from_str(&p)).transpose()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_erasure_reaches_every_table_that_holds_a_learner() {
        let store = Store::open_in_memory().expect("store");
        let mut stmt = store
            .conn
            .prepare(
                "SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
                 WHERE m.type = 'table' AND c.name = 'learner'
                   AND m.name NOT IN ('records', 'erased')",
            )
            .expect("query");
        let mut tables: Vec<String> = stmt
            .query_map([], |r| r.get(0))
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("names");
        tables.sort();
        let mut known = apply::LEARNER_TABLES.map(str::to_owned).to_vec();
        known.sort();
        assert_eq!(tables, known, "add the new table to LEARNER_TABLES");
    }

    #[test]
    fn schema_version_is_pinned() {
        let store = Store::open_in_memory().expect("store");
        assert_eq!(store.schema_version().expect("version"), 4);
        assert_eq!(LATEST_VERSION, 4);
        schema::migrations()
            .validate()
            .expect("migrations are valid");
    }
}
