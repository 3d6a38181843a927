//! The engine: one sync of an organisation's scope between a local store and
//! a peer. Everything it sends is decided from the two statuses, so running
//! it again after any failure carries on where the last run stopped.

use std::future::Future;

use passage_store::{Record, Store, StoreError};
use serde::Serialize;

use crate::plan::{Mismatch, Transfer, mismatches, paginate, plan};
use crate::wire::{PAGE_RECORDS, PageError, Status};

/// Why a sync did not finish. [`SyncError::code`] is what the app
/// translates for people.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// No connection to the hub (offline, wrong address, hub down).
    #[error("the hub cannot be reached: {0}")]
    Unreachable(String),
    /// The hub refused this laptop (`bad-token`, `revoked`, `bad-code`, `forbidden-scope`).
    #[error("the hub refused this laptop ({code}): {message}")]
    Refused {
        /// The hub's reason code.
        code: String,
        /// Its message.
        message: String,
    },
    /// The hub and this laptop share no protocol version.
    #[error("the hub speaks another version of the sync protocol")]
    Incompatible,
    /// The hub said its view changed under us: plan again.
    #[error("the hub's records changed during the sync ({0})")]
    Conflict(String),
    /// This laptop is not enrolled with a hub.
    #[error("this laptop is not enrolled with a hub")]
    NotEnrolled,
    /// A sync file was refused.
    #[error(transparent)]
    File(#[from] crate::bundle::BundleError),
    /// A receipt from another hub, or for another laptop.
    #[error("this receipt is not for this laptop from its hub")]
    NotOurs,
    /// Any other refusal or failure reported by the hub.
    #[error("the hub answered {status} ({code}): {message}")]
    Rejected {
        /// HTTP status.
        status: u16,
        /// The hub's reason code.
        code: String,
        /// Its message.
        message: String,
    },
    /// The hub's answer could not be understood or does not match the question.
    #[error("the hub's answer is not valid: {0}")]
    BadReply(String),
    /// A page could not be read.
    #[error(transparent)]
    Page(#[from] PageError),
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SyncError {
    /// A stable code for the user-facing message.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unreachable(_) => "unreachable",
            Self::Refused { code, .. } if code == "revoked" => "revoked",
            Self::Refused { code, .. } if code == "bad-code" => "bad-code",
            Self::Refused { .. } => "refused",
            Self::Incompatible => "incompatible",
            Self::Conflict(_) | Self::Rejected { .. } | Self::BadReply(_) | Self::Page(_) => {
                "rejected"
            }
            Self::NotEnrolled => "not-enrolled",
            Self::File(crate::bundle::BundleError::Truncated) => "file-truncated",
            Self::File(crate::bundle::BundleError::NotABundle) => "file-not-sync",
            Self::File(_) => "file-tampered",
            Self::NotOurs => "file-not-ours",
            Self::Store(StoreError::DiskFull) => "disk-full",
            Self::Store(_) => "store",
        }
    }
}

/// The other side of a sync (a hub over HTTP, or anything that speaks the
/// same three requests).
pub trait Peer {
    /// The peer's status for the scope it shares with us.
    fn status(&self) -> impl Future<Output = Result<Status, SyncError>> + Send;
    /// Sends records; `waiting` is how many the sender still has to send
    /// after these. Returns how many were new to the peer.
    /// [`SyncError::Conflict`] when they do not continue what it holds.
    fn push(
        &self,
        records: &[Record],
        waiting: u64,
    ) -> impl Future<Output = Result<usize, SyncError>> + Send;
    /// Asks for stretches of streams.
    fn pull(
        &self,
        wants: &[Transfer],
    ) -> impl Future<Output = Result<Vec<Record>, SyncError>> + Send;
}

/// What one sync did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    /// Records the peer did not have.
    pub pushed: usize,
    /// Records we did not have.
    pub pulled: usize,
    /// Streams whose counts still differ afterwards (should be empty).
    pub mismatches: Vec<Mismatch>,
    /// The peer's status at the end: what it holds.
    #[serde(skip)]
    pub peer: Status,
    /// Scopes the peer refused (records under another organisation's name).
    pub refused: Vec<String>,
}

/// Records of `scope` in `store` that the peer with status `remote` lacks.
pub fn waiting(store: &Store, remote: &Status, scope: &str) -> Result<u64, StoreError> {
    Ok(plan(&store.streams(scope)?, remote, scope)
        .iter()
        .map(Transfer::len)
        .sum())
}

/// Reads the records of `transfers` from the store.
pub fn read(store: &Store, transfers: &[Transfer]) -> Result<Vec<Record>, StoreError> {
    let mut out = Vec::new();
    for t in transfers {
        let n = usize::try_from(t.len()).unwrap_or(usize::MAX);
        out.extend(store.stream_records(&t.stream, t.from, n)?);
    }
    Ok(out)
}

/// One sync of `scope`: push what the peer lacks, pull what we lack, then
/// compare counts.
pub async fn sync_once<P: Peer>(
    store: &mut Store,
    peer: &P,
    scope: &str,
) -> Result<SyncReport, SyncError> {
    let mut report = SyncReport::default();
    let mut remote = peer.status().await?;
    check_scope(&remote, scope)?;
    let mut replans = 0;
    loop {
        let local = store.streams(scope)?;
        let pages = paginate(&plan(&local, &remote, scope), PAGE_RECORDS);
        if pages.is_empty() {
            break;
        }
        let mut waiting: u64 = pages.iter().flatten().map(Transfer::len).sum();
        let mut stale = false;
        for page in pages {
            let records = read(store, &page)?;
            waiting = waiting.saturating_sub(page.iter().map(Transfer::len).sum());
            match peer.push(&records, waiting).await {
                Ok(new) => report.pushed += new,
                Err(SyncError::Conflict(why)) if replans < 3 => {
                    tracing::info!(why, "the hub moved on: planning again");
                    stale = true;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        remote = peer.status().await?;
        check_scope(&remote, scope)?;
        if !stale {
            break;
        }
        replans += 1;
    }
    let local = store.streams(scope)?;
    let wants = plan(&remote, &local, scope);
    let mut local_changed = false;
    for page in paginate(&wants, PAGE_RECORDS) {
        let records = peer.pull(&page).await?;
        if let Some(bad) = records
            .iter()
            .position(|r| !page.iter().any(|t| within(t, r)))
        {
            return Err(SyncError::BadReply(format!(
                "record {bad} of the page was not asked for"
            )));
        }
        report.pulled += store.apply_records(&records)?;
        local_changed = true;
    }
    let local = if local_changed {
        store.streams(scope)?
    } else {
        local
    };
    report.mismatches = mismatches(&local, &remote, scope);
    report.peer = remote;
    if !report.mismatches.is_empty() {
        tracing::warn!(?report.mismatches, "counts differ after sync");
    }
    Ok(report)
}

fn within(t: &Transfer, r: &Record) -> bool {
    t.stream.device_id == r.device_id
        && t.stream.scope == r.scope
        && (t.from..=t.to).contains(&r.idx)
}

fn check_scope(status: &Status, scope: &str) -> Result<(), SyncError> {
    match status.iter().find(|s| s.stream.scope != scope) {
        Some(s) => Err(SyncError::BadReply(format!(
            "the status names scope {} instead of {scope}",
            s.stream.scope
        ))),
        None => Ok(()),
    }
}

/// Another store in this process as a peer: two laptops syncing directly
/// (and the engine's tests). Holds the store behind a lock so the engine
/// can use it through `&self`.
#[derive(Debug)]
pub struct StorePeer {
    store: std::sync::Mutex<Store>,
    scope: String,
}

impl StorePeer {
    /// `store` as a peer for `scope`.
    pub fn new(store: Store, scope: &str) -> Self {
        Self {
            store: std::sync::Mutex::new(store),
            scope: scope.to_owned(),
        }
    }

    /// The store back.
    pub fn into_inner(self) -> Store {
        self.store
            .into_inner()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Store> {
        self.store
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

impl Peer for StorePeer {
    async fn status(&self) -> Result<Status, SyncError> {
        Ok(self.lock().streams(&self.scope)?)
    }

    async fn push(&self, records: &[Record], _waiting: u64) -> Result<usize, SyncError> {
        if records.iter().any(|r| r.scope != self.scope) {
            return Err(SyncError::Refused {
                code: "forbidden-scope".into(),
                message: "another scope".into(),
            });
        }
        Ok(self.lock().apply_records(records)?)
    }

    async fn pull(&self, wants: &[Transfer]) -> Result<Vec<Record>, SyncError> {
        if wants.iter().any(|t| t.stream.scope != self.scope) {
            return Err(SyncError::Refused {
                code: "forbidden-scope".into(),
                message: "another scope".into(),
            });
        }
        Ok(read(&self.lock(), wants)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passage_store::{LessonRef, Payload};

    fn write(store: &mut Store, scope: &str, n: usize) {
        let payloads = (0..n)
            .map(|i| Payload::LessonOpened {
                learner: format!("l{}", i % 5),
                at: LessonRef {
                    course: "c".into(),
                    lesson: format!("x{i}"),
                },
            })
            .collect();
        store.append(scope, payloads).expect("append");
    }

    fn block<T>(f: impl Future<Output = T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("runtime")
            .block_on(f)
    }

    #[test]
    fn two_laptops_sync_directly_both_ways_and_only_their_scope() {
        let mut a = Store::open_in_memory().expect("a");
        let mut b = Store::open_in_memory().expect("b");
        write(&mut a, "org:x", 4_500);
        write(&mut a, "personal", 3);
        write(&mut b, "org:x", 7);
        write(&mut b, "org:y", 2);
        let peer = StorePeer::new(b, "org:x");
        let report = block(sync_once(&mut a, &peer, "org:x")).expect("syncs");
        assert_eq!((report.pushed, report.pulled), (4_500, 7));
        assert!(report.mismatches.is_empty());
        let again = block(sync_once(&mut a, &peer, "org:x")).expect("syncs");
        assert_eq!((again.pushed, again.pulled), (0, 0), "nothing twice");
        let b = peer.into_inner();
        assert_eq!(
            a.streams("org:x").expect("a"),
            b.streams("org:x").expect("b")
        );
        assert!(
            b.streams("personal")
                .expect("b")
                .iter()
                .all(|s| s.stream.device_id == b.device_id())
        );
        assert!(
            a.streams("org:y").expect("a").is_empty(),
            "another organisation's records stay"
        );
    }

    /// A hub that drops the connection after `pages` pushes, and notes
    /// what each push said was still waiting.
    struct Dropping {
        inner: StorePeer,
        pages: usize,
        said: std::sync::Mutex<Vec<u64>>,
    }

    impl Peer for Dropping {
        async fn status(&self) -> Result<Status, SyncError> {
            self.inner.status().await
        }

        async fn push(&self, records: &[Record], waiting: u64) -> Result<usize, SyncError> {
            {
                let mut said = self.said.lock().expect("lock");
                if said.len() == self.pages {
                    return Err(SyncError::Unreachable("the line dropped".into()));
                }
                said.push(waiting);
            }
            self.inner.push(records, waiting).await
        }

        async fn pull(&self, wants: &[Transfer]) -> Result<Vec<Record>, SyncError> {
            self.inner.pull(wants).await
        }
    }

    #[test]
    fn each_push_tells_the_hub_how_many_records_are_still_waiting() {
        let mut a = Store::open_in_memory().expect("a");
        write(&mut a, "org:x", 4_500);
        let hub = Dropping {
            inner: StorePeer::new(Store::open_in_memory().expect("hub"), "org:x"),
            pages: 1,
            said: std::sync::Mutex::default(),
        };
        let err = block(sync_once(&mut a, &hub, "org:x")).expect_err("the line drops");
        assert_eq!(err.code(), "unreachable");
        assert_eq!(*hub.said.lock().expect("lock"), [2_500]);

        let hub = Dropping {
            pages: usize::MAX,
            said: std::sync::Mutex::default(),
            ..hub
        };
        let report = block(sync_once(&mut a, &hub, "org:x")).expect("syncs");
        assert_eq!(report.pushed, 2_500);
        assert_eq!(
            *hub.said.lock().expect("lock"),
            [500, 0],
            "the last page says none are left"
        );
    }
}
