//! Sync with the organisation's hub: what the trainer's screen shows
//! (enrolled with which hub, last success, records waiting, the last
//! problem), enrolment with a one-time code, "Sync now", the background
//! sync, and sync files for a USB stick.
//!
//! Sync runs on a connection of its own to the learner database, so the UI
//! keeps working while it runs (SQLite in WAL mode lets both go on).

use std::path::{Path, PathBuf};
use std::time::Duration;

use passage_store::Store;
use passage_sync::link;

use crate::printing::SavedFile;
use crate::{AppError, ErrorCode, Passage, Result};

const LAST_OK: &str = "hub.last-ok";
/// Sync files: records a laptop wrote, and receipts a hub wrote.
const FILE_EXT: &str = "passage-sync";
const RECEIPT_EXT: &str = "receipt";

/// The last problem, as the trainer's screen shows it.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncProblem {
    /// What kind of problem (the UI says it in the trainer's language).
    pub code: ErrorCode,
    /// Details for support (English).
    pub detail: String,
    /// When (ms since 1970).
    #[ts(type = "number")]
    pub at_millis: u64,
}

/// A sync file found on this laptop or a USB stick.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncFileCard {
    /// Its full path.
    pub path: String,
    /// Its name.
    pub name: String,
    /// The folder it is in (a USB stick's name, or the exports folder).
    pub folder: String,
    /// A receipt from the hub (otherwise records from a laptop).
    pub receipt: bool,
}

/// The sync panel of the trainer's screen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncView {
    /// Whether this laptop is enrolled with a hub.
    pub enrolled: bool,
    /// The hub's address.
    pub hub_url: Option<String>,
    /// The organisation's name.
    pub org_name: Option<String>,
    /// When the last sync succeeded (ms since 1970).
    #[ts(type = "number | null")]
    pub last_success_millis: Option<u64>,
    /// Records the hub has not confirmed yet.
    #[ts(type = "number")]
    pub waiting: u64,
    /// A sync is running now.
    pub running: bool,
    /// The last problem, if the last attempt failed.
    pub problem: Option<SyncProblem>,
    /// Records sent and received by the last sync.
    #[ts(type = "number")]
    pub last_sent: u64,
    /// Records received by the last sync.
    #[ts(type = "number")]
    pub last_received: u64,
    /// Organisation names this laptop recorded workshops under that the hub
    /// refused (another organisation on the hub uses them): their records
    /// stay here.
    pub refused: Vec<String>,
    /// Folders a sync file can be written to (this laptop's exports folder
    /// first, then USB sticks).
    pub folders: Vec<String>,
    /// Sync files found in those folders.
    pub files: Vec<SyncFileCard>,
}

/// What reading a sync file did.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SyncFileOutcome {
    /// It was the hub's receipt (otherwise another laptop's records).
    pub receipt: bool,
    /// Records in the file.
    #[ts(type = "number")]
    pub records: u64,
    /// Of which new to this laptop.
    #[ts(type = "number")]
    pub new: u64,
    /// Records still waiting for the hub (after a receipt).
    #[ts(type = "number")]
    pub waiting: u64,
}

/// What the sync panel remembers between calls.
#[derive(Debug, Default)]
pub(crate) struct SyncState {
    running: bool,
    problem: Option<SyncProblem>,
    last_sent: u64,
    last_received: u64,
    refused: Vec<String>,
}

/// How long to wait before trying again after `failures` failures in a row:
/// doubling from 15 s up to 15 min, with `jitter` (0..1) spreading laptops
/// that lost the same connection at the same moment.
pub fn retry_delay(failures: u32, jitter: f64) -> Duration {
    let base = 15u64.saturating_mul(1u64 << failures.min(10)).min(900);
    let spread = 0.5 + jitter.clamp(0.0, 1.0) * 0.5;
    Duration::from_secs_f64(base as f64 * spread)
}

/// How often an enrolled laptop syncs when all is well.
pub const SYNC_EVERY: Duration = Duration::from_secs(120);

impl Passage {
    fn sync_store(&self) -> Result<Store> {
        let path = self
            .store_path
            .as_deref()
            .ok_or_else(|| AppError::Store("sync needs the learner database on disk".into()))?;
        Ok(Store::open(path)?)
    }

    fn sync_state(&self) -> std::sync::MutexGuard<'_, SyncState> {
        self.sync
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The sync panel.
    pub fn sync_view(&self) -> Result<SyncView> {
        self.trainer()?;
        self.sync_view_unchecked()
    }

    fn sync_view_unchecked(&self) -> Result<SyncView> {
        let store = self.store()?;
        let hub = link::link(&store)?;
        let waiting = link::pending(&store)?;
        let last_success_millis = store.setting(LAST_OK)?.and_then(|v| v.parse().ok());
        drop(store);
        let folders = self.sync_folders();
        let files = sync_files(&folders);
        let state = self.sync_state();
        Ok(SyncView {
            enrolled: hub.is_some(),
            hub_url: hub.as_ref().map(|h| h.url.clone()),
            org_name: hub.map(|h| h.org_name),
            last_success_millis,
            waiting,
            running: state.running,
            problem: state.problem.clone(),
            last_sent: state.last_sent,
            last_received: state.last_received,
            refused: state.refused.clone(),
            folders: folders.iter().map(|f| f.display().to_string()).collect(),
            files,
        })
    }

    /// Whether this laptop is enrolled with a hub (for the background sync).
    pub fn hub_enrolled(&self) -> bool {
        self.store()
            .ok()
            .and_then(|s| link::link(&s).ok().flatten())
            .is_some()
    }

    /// Whether the hub answers (a cheap probe before a real sync).
    pub async fn hub_reachable(&self) -> bool {
        let Some(hub) = self
            .store()
            .ok()
            .and_then(|s| link::link(&s).ok().flatten())
        else {
            return false;
        };
        match hub.client() {
            Ok(client) => client.health().await.is_ok(),
            Err(_) => false,
        }
    }

    /// Enrols this laptop with the hub at `url` using the one-time `code`
    /// the organisation gave, then syncs.
    pub async fn enrol_hub(&self, url: &str, code: &str) -> Result<SyncView> {
        let trainer = self.trainer()?;
        let name = self
            .store()?
            .profile(&trainer)?
            .and_then(|p| p.get(passage_store::ProfileField::Name).map(str::to_owned))
            .unwrap_or_default();
        let mut store = self.sync_store()?;
        let device_name = format!("Passage ({name})");
        link::enrol(&mut store, url, code, device_name.trim()).await?;
        self.sync_state().problem = None;
        self.run_sync(store).await;
        self.sync_view_unchecked()
    }

    /// Forgets the hub (the records stay on this laptop).
    pub fn forget_hub(&self) -> Result<SyncView> {
        self.trainer()?;
        link::unlink(&mut *self.store()?)?;
        *self.sync_state() = SyncState::default();
        self.sync_view_unchecked()
    }

    /// "Sync now" on the trainer's screen.
    pub async fn sync_now(&self) -> Result<SyncView> {
        self.trainer()?;
        let store = self.sync_store()?;
        self.run_sync(store).await;
        self.sync_view_unchecked()
    }

    /// One background sync: nothing when not enrolled. Returns whether it
    /// succeeded (the caller backs off when it did not).
    pub async fn sync_in_background(&self) -> bool {
        if !self.hub_enrolled() {
            return true;
        }
        match self.sync_store() {
            Ok(store) => self.run_sync(store).await,
            Err(_) => false,
        }
    }

    async fn run_sync(&self, mut store: Store) -> bool {
        let _one_at_a_time = self.sync_lock.lock().await;
        self.sync_state().running = true;
        let result = link::sync(&mut store).await;
        let mut state = self.sync_state();
        state.running = false;
        match result {
            Ok(report) => {
                state.problem = None;
                state.last_sent = report.pushed as u64;
                state.last_received = report.pulled as u64;
                state.refused = report
                    .refused
                    .iter()
                    .map(|s| s.trim_start_matches("org:").to_owned())
                    .collect();
                drop(state);
                if let Err(err) =
                    store.set_setting(LAST_OK, Some(&passage_store::wall_millis().to_string()))
                {
                    tracing::warn!(%err, "could not note the sync time");
                }
                tracing::info!(pushed = report.pushed, pulled = report.pulled, "synced");
                true
            }
            Err(err) => {
                tracing::info!(%err, "sync failed");
                let err = AppError::from(err);
                state.problem = Some(SyncProblem {
                    code: err.code(),
                    detail: err.to_string(),
                    at_millis: passage_store::wall_millis(),
                });
                false
            }
        }
    }

    /// The exports folder, then any USB stick.
    fn sync_folders(&self) -> Vec<PathBuf> {
        let mut out: Vec<PathBuf> = self.exports_dir().ok().into_iter().collect();
        out.extend(removable_drives());
        out
    }

    /// Writes a sync file of everything the hub has not confirmed into
    /// `folder` (one of [`SyncView::folders`]).
    pub fn write_sync_file(&self, folder: &str) -> Result<SavedFile> {
        self.trainer()?;
        let folder = PathBuf::from(folder);
        if !self.sync_folders().contains(&folder) {
            return Err(AppError::BadInput(format!(
                "{} is not offered",
                folder.display()
            )));
        }
        std::fs::create_dir_all(&folder).map_err(|e| AppError::Print(e.to_string()))?;
        let mut store = self.store()?;
        let hub = link::link(&store)?.ok_or(passage_sync::SyncError::NotEnrolled)?;
        let (bytes, _) = link::write_file(&mut store)?;
        let stamp = crate::calendar::file_stamp(passage_store::wall_millis());
        let name = format!(
            "{}-{}-{stamp}.{FILE_EXT}",
            hub.org,
            &store.device_id()[..8.min(store.device_id().len())]
        );
        drop(store);
        let path = folder.join(&name);
        passage_sync::bundle::write_file_atomically(&path, &bytes).map_err(|e| {
            match e.raw_os_error() {
                Some(28) => AppError::DiskFull,
                _ => AppError::Print(format!("{}: {e}", path.display())),
            }
        })?;
        Ok(SavedFile {
            path: path.display().to_string(),
            name,
        })
    }

    /// Reads a sync file (another laptop's records, or the hub's receipt).
    /// Nothing changes unless the whole file is sound.
    pub fn read_sync_file(&self, path: &str) -> Result<SyncFileOutcome> {
        self.trainer()?;
        let path = Path::new(path);
        let offered = self.sync_folders();
        if !path
            .parent()
            .is_some_and(|p| offered.iter().any(|f| f == p))
        {
            return Err(AppError::BadInput(format!(
                "{} is not offered",
                path.display()
            )));
        }
        let bytes = std::fs::read(path)
            .map_err(|e| AppError::NotFound(format!("{}: {e}", path.display())))?;
        let read = link::read_file(&mut *self.store()?, &bytes)?;
        Ok(match read {
            link::FileRead::Records { records, new } => SyncFileOutcome {
                receipt: false,
                records: records as u64,
                new: new as u64,
                waiting: link::pending(&*self.store()?)?,
            },
            link::FileRead::Receipt { pending } => SyncFileOutcome {
                receipt: true,
                records: 0,
                new: 0,
                waiting: pending,
            },
        })
    }
}

/// Mounted USB sticks and other removable drives (Linux: `/media/<user>/*`,
/// `/run/media/<user>/*`).
fn removable_drives() -> Vec<PathBuf> {
    let mut out = Vec::new();
    for root in ["/media", "/run/media"] {
        let Ok(users) = std::fs::read_dir(root) else {
            continue;
        };
        for user in users.flatten() {
            let Ok(drives) = std::fs::read_dir(user.path()) else {
                continue;
            };
            out.extend(drives.flatten().map(|d| d.path()).filter(|p| p.is_dir()));
        }
    }
    out.sort();
    out
}

/// Sync files and receipts at the top of each folder, newest name last.
fn sync_files(folders: &[PathBuf]) -> Vec<SyncFileCard> {
    let mut out = Vec::new();
    for folder in folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            continue;
        };
        let mut found: Vec<SyncFileCard> = entries
            .flatten()
            .map(|e| e.path())
            .filter_map(|p| {
                let ext = p.extension()?.to_str()?;
                let receipt = match ext {
                    FILE_EXT => false,
                    RECEIPT_EXT => true,
                    _ => return None,
                };
                Some(SyncFileCard {
                    name: p.file_name()?.to_string_lossy().into_owned(),
                    path: p.display().to_string(),
                    folder: folder.display().to_string(),
                    receipt,
                })
            })
            .collect();
        found.sort_by(|a, b| a.name.cmp(&b.name));
        out.extend(found);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_from_seconds_to_minutes_with_jitter() {
        assert_eq!(retry_delay(0, 1.0), Duration::from_secs(15));
        assert_eq!(retry_delay(1, 1.0), Duration::from_secs(30));
        assert_eq!(retry_delay(0, 0.0), Duration::from_secs_f64(7.5));
        assert_eq!(
            retry_delay(20, 1.0),
            Duration::from_secs(900),
            "capped at 15 minutes"
        );
        assert!(
            retry_delay(3, 0.3) < retry_delay(3, 0.9),
            "jitter spreads laptops"
        );
    }
}
