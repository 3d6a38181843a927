//! Sync files carried on a USB stick, imported on the hub.

use passage_store::wall_millis;
use passage_sync::bundle::{self, BundleError};
use passage_sync::org_scope;

use crate::storage::{HubError, Storage};

/// Why a file was not imported. Nothing of it was stored.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file itself is refused (not a sync file, cut short, altered…).
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// The laptop that wrote it is not enrolled here.
    #[error("the laptop that made this file ({0}) is not enrolled with this hub")]
    UnknownDevice(String),
    /// That laptop was revoked.
    #[error("the laptop that made this file ({0}) was revoked")]
    Revoked(String),
    /// Signed by another key than the one the laptop enrolled with.
    #[error("the file was not signed by the laptop it names ({0})")]
    WrongKey(String),
    /// Records of another organisation than the laptop's.
    #[error("the file holds records of {0}, not of the laptop's organisation")]
    WrongOrg(String),
    /// The hub refused the records.
    #[error(transparent)]
    Hub(#[from] HubError),
}

/// What an import did.
#[derive(Debug)]
pub struct Imported {
    /// Records in the file.
    pub records: usize,
    /// Of which new to the hub.
    pub new: usize,
    /// The receipt to carry back to the laptop (signed by the hub).
    pub receipt: Vec<u8>,
}

/// Imports a laptop's sync file: checks it, stores its records (all or
/// none), and makes the receipt.
pub async fn import<S: Storage>(storage: &S, bytes: &[u8]) -> Result<Imported, ImportError> {
    let opened = bundle::open(bytes)?;
    let header = &opened.header;
    let device = storage
        .device(&header.device_id)
        .await?
        .ok_or_else(|| ImportError::UnknownDevice(header.device_id.clone()))?;
    if device.revoked_millis.is_some() {
        return Err(ImportError::Revoked(device.id));
    }
    if device.public_key != header.public_key {
        return Err(ImportError::WrongKey(device.id));
    }
    let scope = org_scope(&device.org);
    if header.scope != scope {
        return Err(ImportError::WrongOrg(header.scope.clone()));
    }
    let records = opened.records()?;
    let mut scopes: Vec<String> = records.iter().map(|r| r.scope.clone()).collect();
    scopes.sort_unstable();
    scopes.dedup();
    for s in &scopes {
        if !s.starts_with("org:") || !storage.owns_scope(&device.org, s, true).await? {
            return Err(ImportError::WrongOrg(s.clone()));
        }
    }
    let count = records.len();
    let new = storage.append(records, false).await?;
    // The file held everything the laptop had not seen confirmed: as of
    // when it was written, nothing was left waiting. (A laptop's clock
    // ahead of the hub's is not believed.)
    let written = header.created_millis.min(wall_millis());
    storage.seen(&device.id, written).await?;
    storage.note_waiting(&device.id, 0, written).await?;
    let mut status = Vec::new();
    for s in storage.scopes_of(&device.org).await? {
        status.extend(storage.status(&s).await?);
    }
    let key = storage.hub_key().await?;
    let receipt = bundle::write_receipt(&key, &device.id, &scope, &status, wall_millis());
    Ok(Imported {
        records: count,
        new,
        receipt,
    })
}
