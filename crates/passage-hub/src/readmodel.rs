//! What the dashboard reads: for each organisation, a learner store
//! (`passage-store`, the same code the laptops use) that the hub keeps in
//! `<data dir>/read-models/<org>.sqlite` and fills with the organisation's
//! records. So the hub counts learners, attendance and tests exactly as a
//! laptop's own report does (last-writer-wins fields, latest test sitting,
//! erasure), whichever backend holds the records.
//!
//! The read model is a cache: [`ReadModels::catch_up`] brings it level
//! with the backend by reading only the stretches of streams it lacks, so a
//! hub killed mid-way, a deleted file or records imported from a USB stick
//! by another process are all mended the same way.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use passage_store::{Store, StreamState};
use passage_sync::plan::Transfer;
use passage_sync::wire::PAGE_RECORDS;

use crate::storage::{HubError, Storage};

/// One organisation's read model and how many times records were added.
#[derive(Debug)]
struct Model {
    store: Mutex<Store>,
    generation: Mutex<u64>,
    /// The last index held of each stream, by scope, read from the store
    /// once and then kept as records are applied (the store's own count
    /// reads every record).
    heads: Mutex<HashMap<String, HashMap<String, u64>>>,
}

/// Every organisation's read model, opened on first use.
#[derive(Debug)]
pub struct ReadModels {
    dir: PathBuf,
    models: Mutex<HashMap<String, Arc<Model>>>,
    /// Organisations whose records changed since their model caught up,
    /// and how many catch-ups are under way for each.
    stale: Mutex<(BTreeSet<String>, HashMap<String, usize>)>,
    /// Wakes whoever keeps the models up to date.
    changed: tokio::sync::Notify,
}

fn db(e: impl std::fmt::Display) -> HubError {
    HubError::Database(format!("read model: {e}"))
}

impl ReadModels {
    /// Read models kept in `dir` (made if missing).
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            models: Mutex::new(HashMap::new()),
            stale: Mutex::new((BTreeSet::new(), HashMap::new())),
            changed: tokio::sync::Notify::new(),
        }
    }

    /// Notes that `org` has new records (after a sync or an import).
    pub fn mark_stale(&self, org: &str) {
        self.stale
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .0
            .insert(org.to_owned());
        self.changed.notify_one();
    }

    /// Whether `org`'s figures may be behind its records: marked stale, or
    /// being brought up to date.
    pub fn is_behind(&self, org: &str) -> bool {
        let stale = self.stale.lock().unwrap_or_else(PoisonError::into_inner);
        stale.0.contains(org) || stale.1.get(org).is_some_and(|n| *n > 0)
    }

    /// Takes the organisations marked stale, counting each as under way
    /// (end each with [`ReadModels::done`]).
    pub fn take_stale(&self) -> BTreeSet<String> {
        let mut stale = self.stale.lock().unwrap_or_else(PoisonError::into_inner);
        let orgs = std::mem::take(&mut stale.0);
        for org in &orgs {
            *stale.1.entry(org.clone()).or_default() += 1;
        }
        orgs
    }

    /// Counts a catch-up of `org` as under way.
    pub fn begin(&self, org: &str) {
        let mut stale = self.stale.lock().unwrap_or_else(PoisonError::into_inner);
        *stale.1.entry(org.to_owned()).or_default() += 1;
    }

    /// A catch-up of `org` ended.
    pub fn done(&self, org: &str) {
        let mut stale = self.stale.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(n) = stale.1.get_mut(org) {
            *n = n.saturating_sub(1);
        }
    }

    /// Waits until some organisation is marked stale.
    pub async fn wait_for_change(&self) {
        self.changed.notified().await;
    }

    fn model(&self, org: &str) -> Result<Arc<Model>, HubError> {
        let mut models = self.models.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(m) = models.get(org) {
            return Ok(Arc::clone(m));
        }
        if !passage_sync::valid_slug(org) {
            return Err(HubError::UnknownOrg(org.to_owned()));
        }
        std::fs::create_dir_all(&self.dir).map_err(db)?;
        let store = Store::open(&self.dir.join(format!("{org}.sqlite"))).map_err(db)?;
        let model = Arc::new(Model {
            store: Mutex::new(store),
            generation: Mutex::new(0),
            heads: Mutex::new(HashMap::new()),
        });
        models.insert(org.to_owned(), Arc::clone(&model));
        Ok(model)
    }

    /// Brings `org`'s read model level with what `storage` holds; returns
    /// how many records it added. Reads a page at a time, so the dashboard
    /// is never locked out for long.
    pub async fn catch_up<S: Storage>(&self, storage: &S, org: &str) -> Result<usize, HubError> {
        let model = self.model(org)?;
        let mut added = 0;
        for scope in storage.scopes_of(org).await? {
            let there = storage.status(&scope).await?;
            let known = model
                .heads
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .contains_key(&scope);
            if !known {
                let model = Arc::clone(&model);
                let scope = scope.clone();
                blocking(move || {
                    let streams: Vec<StreamState> = {
                        let store = model.store.lock().unwrap_or_else(PoisonError::into_inner);
                        store.streams(&scope).map_err(db)?
                    };
                    let heads = streams
                        .into_iter()
                        .map(|s| (s.stream.device_id, s.contiguous))
                        .collect();
                    model
                        .heads
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .insert(scope, heads);
                    Ok(())
                })
                .await?;
            }
            let here: HashMap<String, u64> = model
                .heads
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .get(&scope)
                .cloned()
                .unwrap_or_default();
            for stream in there {
                let mut from = here.get(&stream.stream.device_id).copied().unwrap_or(0) + 1;
                while from <= stream.contiguous {
                    let to = stream.contiguous.min(from + PAGE_RECORDS as u64 - 1);
                    let records = storage
                        .read(vec![Transfer {
                            stream: stream.stream.clone(),
                            from,
                            to,
                        }])
                        .await?;
                    if records.is_empty() {
                        break;
                    }
                    let model = Arc::clone(&model);
                    let (scope, device) = (scope.clone(), stream.stream.device_id.clone());
                    added += blocking(move || {
                        let last = records.last().map_or(0, |r| r.idx);
                        let mut store = model.store.lock().unwrap_or_else(PoisonError::into_inner);
                        let n = store.apply_records(&records).map_err(db)?;
                        *model
                            .generation
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner) += 1;
                        model
                            .heads
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .entry(scope)
                            .or_default()
                            .insert(device, last);
                        Ok(n)
                    })
                    .await?;
                    from = to + 1;
                }
            }
        }
        Ok(added)
    }

    /// Reads `org`'s read model (on the blocking pool).
    pub async fn read<T: Send + 'static>(
        &self,
        org: &str,
        f: impl FnOnce(&Store) -> Result<T, HubError> + Send + 'static,
    ) -> Result<T, HubError> {
        let model = self.model(org)?;
        blocking(move || {
            let store = model.store.lock().unwrap_or_else(PoisonError::into_inner);
            f(&store)
        })
        .await
    }

    /// How many times records were added to `org`'s read model.
    pub fn generation(&self, org: &str) -> Result<u64, HubError> {
        let model = self.model(org)?;
        let generation = *model
            .generation
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        Ok(generation)
    }
}

async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, HubError> + Send + 'static,
) -> Result<T, HubError> {
    tokio::task::spawn_blocking(f).await.map_err(db)?
}
