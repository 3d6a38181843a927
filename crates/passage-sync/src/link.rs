//! A laptop's link with its organisation's hub, kept in the store's
//! settings: enrolling with a one-time code, syncing, and the sync files
//! that travel on a USB stick when there is no connection.

use passage_store::{Record, Store, wall_millis};
use serde::{Deserialize, Serialize};

use crate::bundle::{self, Kind};
use crate::client::HubClient;
use crate::engine::{SyncError, SyncReport, read, sync_once, waiting};
use crate::keys::DeviceKey;
use crate::plan::plan;
use crate::wire::{EnrolRequest, Status};

const LINK: &str = "hub.link";
const CONFIRMED: &str = "hub.confirmed";
const DEVICE_KEY: &str = "device.key";

/// The hub this laptop is enrolled with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HubLink {
    /// The hub's address.
    pub url: String,
    /// The organisation's slug.
    pub org: String,
    /// Its name.
    pub org_name: String,
    /// The secret this laptop sends.
    pub token: String,
    /// The hub's public key (hex), which signs receipts.
    pub hub_key: String,
    /// When this laptop enrolled.
    pub enrolled_millis: u64,
}

impl HubLink {
    /// The scope synced with this hub.
    pub fn scope(&self) -> String {
        crate::org_scope(&self.org)
    }

    /// A client of the hub.
    pub fn client(&self) -> Result<HubClient, SyncError> {
        Ok(HubClient::new(&self.url)?.with_token(&self.token))
    }
}

/// This laptop's signing key, made the first time it is needed.
pub fn device_key(store: &mut Store) -> Result<DeviceKey, SyncError> {
    if let Some(key) = store
        .setting(DEVICE_KEY)?
        .as_deref()
        .and_then(DeviceKey::from_secret_hex)
    {
        return Ok(key);
    }
    let key = DeviceKey::generate().map_err(|e| SyncError::BadReply(e.to_string()))?;
    store.set_setting(DEVICE_KEY, Some(&key.secret_hex()))?;
    Ok(key)
}

/// The hub link, if this laptop is enrolled.
pub fn link(store: &Store) -> Result<Option<HubLink>, SyncError> {
    Ok(store
        .setting(LINK)?
        .and_then(|json| serde_json::from_str(&json).ok()))
}

/// Enrols with the hub at `url` using a one-time `code`; keeps the link.
pub async fn enrol(
    store: &mut Store,
    url: &str,
    code: &str,
    device_name: &str,
) -> Result<HubLink, SyncError> {
    let key = device_key(store)?;
    let mut client = HubClient::new(url)?;
    client.hello().await?;
    let reply = client
        .enrol(&EnrolRequest {
            code: code.trim().to_owned(),
            device_id: store.device_id().to_owned(),
            device_name: device_name.to_owned(),
            public_key: key.public_hex(),
        })
        .await?;
    let link = HubLink {
        url: client.base().to_owned(),
        org: reply.org,
        org_name: reply.org_name,
        token: reply.token,
        hub_key: reply.hub_key,
        enrolled_millis: wall_millis(),
    };
    let json = serde_json::to_string(&link).map_err(|e| SyncError::BadReply(e.to_string()))?;
    store.set_setting(LINK, Some(&json))?;
    store.set_setting(CONFIRMED, None)?;
    Ok(link)
}

/// Forgets the hub (the records stay).
pub fn unlink(store: &mut Store) -> Result<(), SyncError> {
    store.set_setting(LINK, None)?;
    store.set_setting(CONFIRMED, None)?;
    Ok(())
}

/// What the hub last confirmed it holds (by a sync or a receipt).
pub fn confirmed(store: &Store) -> Result<Status, SyncError> {
    Ok(store
        .setting(CONFIRMED)?
        .and_then(|json| serde_json::from_str(&json).ok())
        .unwrap_or_default())
}

fn set_confirmed(store: &mut Store, status: &Status) -> Result<(), SyncError> {
    let json = serde_json::to_string(status).map_err(|e| SyncError::BadReply(e.to_string()))?;
    store.set_setting(CONFIRMED, Some(&json))?;
    Ok(())
}

/// The scopes synced with the hub: the organisation's own, then any other
/// organisation scope this laptop holds (workshops recorded before it was
/// enrolled, under the name the trainer typed), which the hub accepts for
/// the organisation unless another organisation holds that name.
fn scopes(store: &Store, link: &HubLink) -> Result<Vec<String>, SyncError> {
    let own = link.scope();
    let mut out = vec![own.clone()];
    out.extend(store.org_scopes()?.into_iter().filter(|s| *s != own));
    Ok(out)
}

/// Records waiting for the hub: those it has not confirmed.
pub fn pending(store: &Store) -> Result<u64, SyncError> {
    let Some(link) = link(store)? else {
        return Ok(0);
    };
    let confirmed = confirmed(store)?;
    let mut total = 0;
    for scope in scopes(store, &link)? {
        total += waiting(store, &confirmed, &scope)?;
    }
    Ok(total)
}

/// One sync with the hub this laptop is enrolled with, scope by scope. A
/// scope the hub refuses (another organisation's name) is reported in
/// [`SyncReport::refused`]; the others still sync.
pub async fn sync(store: &mut Store) -> Result<SyncReport, SyncError> {
    let link = link(store)?.ok_or(SyncError::NotEnrolled)?;
    let mut client = link.client()?;
    client.hello().await?;
    let own = link.scope();
    let mut all = scopes(store, &link)?;
    for s in client.scopes().await? {
        if s.starts_with("org:") && !all.contains(&s) {
            all.push(s);
        }
    }
    let mut total = SyncReport::default();
    for scope in all {
        let peer = client.for_scope(&scope);
        match sync_once(store, &peer, &scope).await {
            Ok(report) => {
                total.pushed += report.pushed;
                total.pulled += report.pulled;
                total.mismatches.extend(report.mismatches);
                total.peer.extend(report.peer);
            }
            Err(SyncError::Refused { code, .. }) if code == "forbidden-scope" && scope != own => {
                tracing::warn!(scope, "the hub refused records under this name");
                total.refused.push(scope);
            }
            Err(e) => return Err(e),
        }
    }
    set_confirmed(store, &total.peer)?;
    Ok(total)
}

/// A sync file of everything the hub has not confirmed, signed by this
/// laptop. Returns the file and how many records it holds.
pub fn write_file(store: &mut Store) -> Result<(Vec<u8>, usize), SyncError> {
    let link = link(store)?.ok_or(SyncError::NotEnrolled)?;
    let key = device_key(store)?;
    let scope = link.scope();
    let confirmed = confirmed(store)?;
    let mut transfers = Vec::new();
    for s in scopes(store, &link)? {
        transfers.extend(plan(&store.streams(&s)?, &confirmed, &s));
    }
    let records: Vec<Record> = read(store, &transfers)?;
    let bytes = bundle::write_records(&key, store.device_id(), &scope, &records, wall_millis());
    Ok((bytes, records.len()))
}

/// What reading a sync file did.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum FileRead {
    /// Another laptop's records: how many, and how many were new here.
    Records {
        /// In the file.
        records: usize,
        /// New here.
        new: usize,
    },
    /// The hub's receipt: how many records are still waiting.
    Receipt {
        /// Still waiting for the hub.
        pending: u64,
    },
}

/// Reads a sync file: another laptop's records (of any organisation, never
/// `personal`), or the hub's receipt for this laptop. Nothing is written
/// unless the whole file is sound.
pub fn read_file(store: &mut Store, bytes: &[u8]) -> Result<FileRead, SyncError> {
    let opened = bundle::open(bytes)?;
    match opened.header.kind {
        Kind::Records => {
            if !opened.header.scope.starts_with("org:") {
                return Err(SyncError::NotOurs);
            }
            let records = opened.records()?;
            let new = store.apply_records(&records)?;
            Ok(FileRead::Records {
                records: records.len(),
                new,
            })
        }
        Kind::Receipt => {
            let link = link(store)?.ok_or(SyncError::NotEnrolled)?;
            if opened.header.public_key != link.hub_key
                || opened.header.device_id != store.device_id()
                || opened.header.scope != link.scope()
            {
                return Err(SyncError::NotOurs);
            }
            let status = opened.receipt()?;
            set_confirmed(store, &status)?;
            Ok(FileRead::Receipt {
                pending: pending(store)?,
            })
        }
    }
}
