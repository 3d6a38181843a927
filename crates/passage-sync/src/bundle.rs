//! Sync by USB stick: a file of records (or a receipt) signed by the key of
//! the device that wrote it, with the hash of its body in its header.
//!
//! Layout: `PASSAGE-SYNC-1\n`, the header's length (u32, little-endian),
//! the header (JSON), the body, and an ed25519 signature (64 bytes) of
//! everything before it. A truncated or altered file fails the signature or
//! the hash and is refused before anything is read from it.

use std::io::Write;
use std::path::Path;

use passage_store::Record;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::keys::{DeviceKey, verify};
use crate::wire::{PageError, Status, decode_page, encode_page};

const MAGIC: &[u8] = b"PASSAGE-SYNC-1\n";
/// Largest file accepted (a year of a busy laptop fits many times over).
pub const MAX_BUNDLE_BYTES: usize = 256 * 1024 * 1024;
const MAX_HEADER: usize = 64 * 1024;

/// What the file carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Records, from a laptop.
    Records,
    /// A hub's receipt: what it now holds of the scope.
    Receipt,
}

/// The header of a sync file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    /// Records or receipt.
    pub kind: Kind,
    /// The device that wrote the records (for a receipt: the device it is for).
    pub device_id: String,
    /// The organisation scope.
    pub scope: String,
    /// When it was written (milliseconds since 1970).
    pub created_millis: u64,
    /// The signer's public key (hex).
    pub public_key: String,
    /// SHA-256 of the body (hex).
    pub body_sha256: String,
    /// Records in it (0 for a receipt).
    pub records: usize,
}

/// Why a sync file was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BundleError {
    /// Not a Passage sync file.
    #[error("this is not a Passage sync file")]
    NotABundle,
    /// Cut short (a copy that did not finish).
    #[error("the file is incomplete: it was cut short, perhaps while copying")]
    Truncated,
    /// Changed after it was signed.
    #[error("the file was changed after it was made: its signature does not match")]
    Tampered,
    /// Too large to be a sync file.
    #[error("the file is too large to be a sync file")]
    TooLarge,
    /// The header is not what it should be.
    #[error("the file's header is not valid: {0}")]
    BadHeader(String),
    /// The body cannot be read.
    #[error("the records in the file cannot be read: {0}")]
    BadBody(#[from] PageError),
    /// A record that is not an organisation's (personal records never travel).
    #[error("record {0} is not an organisation's record")]
    WrongScope(usize),
    /// Not the kind expected (a receipt given where records are expected).
    #[error("this sync file holds {0:?}, not what was expected")]
    WrongKind(Kind),
}

/// A file that passed its checks.
#[derive(Clone, Debug)]
pub struct Opened {
    /// Its header.
    pub header: Header,
    body: Vec<u8>,
}

impl Opened {
    /// Its records, each checked to belong to the file's scope.
    pub fn records(&self) -> Result<Vec<Record>, BundleError> {
        if self.header.kind != Kind::Records {
            return Err(BundleError::WrongKind(self.header.kind));
        }
        let records = decode_page(&self.body)?;
        // An organisation's records only: `personal` never travels.
        if let Some(i) = records.iter().position(|r| !r.scope.starts_with("org:")) {
            return Err(BundleError::WrongScope(i));
        }
        Ok(records)
    }

    /// The hub's status in a receipt.
    pub fn receipt(&self) -> Result<Status, BundleError> {
        if self.header.kind != Kind::Receipt {
            return Err(BundleError::WrongKind(self.header.kind));
        }
        let status: Status = serde_json::from_slice(&self.body)
            .map_err(|e| BundleError::BadHeader(format!("receipt: {e}")))?;
        if status.iter().any(|s| !s.stream.scope.starts_with("org:")) {
            return Err(BundleError::WrongScope(0));
        }
        Ok(status)
    }
}

fn seal(key: &DeviceKey, mut header: Header, body: &[u8]) -> Vec<u8> {
    header.public_key = key.public_hex();
    header.body_sha256 = hex::encode(Sha256::digest(body));
    let head = serde_json::to_vec(&header).unwrap_or_default();
    let mut out = Vec::with_capacity(MAGIC.len() + 4 + head.len() + body.len() + 64);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&u32::try_from(head.len()).unwrap_or(u32::MAX).to_le_bytes());
    out.extend_from_slice(&head);
    out.extend_from_slice(body);
    let signature = key.sign(&out);
    out.extend_from_slice(&signature);
    out
}

/// A file of `records` of `scope` written by `device_id`, signed with its key.
pub fn write_records(
    key: &DeviceKey,
    device_id: &str,
    scope: &str,
    records: &[Record],
    now_millis: u64,
) -> Vec<u8> {
    let header = Header {
        kind: Kind::Records,
        device_id: device_id.to_owned(),
        scope: scope.to_owned(),
        created_millis: now_millis,
        public_key: String::new(),
        body_sha256: String::new(),
        records: records.len(),
    };
    seal(key, header, &encode_page(records))
}

/// A hub's receipt for `device_id`: its status of `scope`, signed with the hub's key.
pub fn write_receipt(
    hub_key: &DeviceKey,
    device_id: &str,
    scope: &str,
    status: &Status,
    now_millis: u64,
) -> Vec<u8> {
    let header = Header {
        kind: Kind::Receipt,
        device_id: device_id.to_owned(),
        scope: scope.to_owned(),
        created_millis: now_millis,
        public_key: String::new(),
        body_sha256: String::new(),
        records: 0,
    };
    seal(
        hub_key,
        header,
        &serde_json::to_vec(status).unwrap_or_default(),
    )
}

/// Checks a sync file: its form, its signature (by the key in its header)
/// and its hash. Whether that key is one to trust is the caller's question.
pub fn open(bytes: &[u8]) -> Result<Opened, BundleError> {
    if bytes.len() > MAX_BUNDLE_BYTES {
        return Err(BundleError::TooLarge);
    }
    if bytes.len() < MAGIC.len() {
        return Err(if MAGIC.starts_with(bytes) && !bytes.is_empty() {
            BundleError::Truncated
        } else {
            BundleError::NotABundle
        });
    }
    if &bytes[..MAGIC.len()] != MAGIC {
        return Err(BundleError::NotABundle);
    }
    let rest = &bytes[MAGIC.len()..];
    let len_bytes: [u8; 4] = rest
        .get(..4)
        .and_then(|b| b.try_into().ok())
        .ok_or(BundleError::Truncated)?;
    let head_len = u32::from_le_bytes(len_bytes) as usize;
    if head_len > MAX_HEADER {
        return Err(BundleError::BadHeader("the header is too long".into()));
    }
    let head_end = MAGIC.len() + 4 + head_len;
    if bytes.len() < head_end + 64 {
        return Err(BundleError::Truncated);
    }
    let header: Header = serde_json::from_slice(&bytes[MAGIC.len() + 4..head_end])
        .map_err(|_| BundleError::Tampered)?;
    let (signed, signature) = bytes.split_at(bytes.len() - 64);
    let body = &signed[head_end..];
    if hex::encode(Sha256::digest(body)) != header.body_sha256 {
        // A shorter body than was hashed: most likely a copy cut short.
        return Err(BundleError::Tampered);
    }
    if !verify(&header.public_key, signed, signature) {
        return Err(BundleError::Tampered);
    }
    Ok(Opened {
        header,
        body: body.to_vec(),
    })
}

/// Writes `bytes` to `path` so that the file is either complete or absent:
/// a temporary file beside it, flushed to the disk, then renamed.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or_else(|| Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.part"));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use passage_store::{Hlc, Payload, StreamKey, StreamState};

    fn records(scope: &str) -> Vec<Record> {
        (1..=5)
            .map(|idx| Record {
                device_id: "d1".into(),
                scope: scope.into(),
                idx,
                hlc: Hlc {
                    millis: 1000 + idx,
                    counter: 0,
                },
                payload: Some(Payload::LearnerRegistered {
                    learner: format!("l{idx}"),
                }),
            })
            .collect()
    }

    #[test]
    fn a_file_round_trips_and_names_its_signer() {
        let key = DeviceKey::generate().expect("key");
        let file = write_records(&key, "d1", "org:a", &records("org:a"), 7);
        let opened = open(&file).expect("opens");
        assert_eq!(opened.header.public_key, key.public_hex());
        assert_eq!(opened.header.records, 5);
        assert_eq!(opened.records().expect("records"), records("org:a"));
        assert_eq!(
            opened.receipt().expect_err("records are not a receipt"),
            BundleError::WrongKind(Kind::Records)
        );
    }

    #[test]
    fn every_truncation_and_every_flipped_byte_is_refused() {
        let key = DeviceKey::generate().expect("key");
        let file = write_records(&key, "d1", "org:a", &records("org:a"), 7);
        for cut in 0..file.len() {
            let err = open(&file[..cut]).expect_err("truncated file refused");
            assert!(
                matches!(
                    err,
                    BundleError::Truncated | BundleError::Tampered | BundleError::NotABundle
                ),
                "cut at {cut}: {err:?}"
            );
        }
        for at in (0..file.len()).step_by(3) {
            let mut bad = file.clone();
            bad[at] ^= 0x20;
            assert!(open(&bad).is_err(), "flipped byte {at} accepted");
        }
    }

    #[test]
    fn personal_records_are_refused() {
        let key = DeviceKey::generate().expect("key");
        let file = write_records(&key, "d1", "org:a", &records("personal"), 7);
        assert_eq!(
            open(&file).expect("signed").records(),
            Err(BundleError::WrongScope(0))
        );
    }

    #[test]
    fn a_receipt_carries_the_hub_status() {
        let hub = DeviceKey::generate().expect("key");
        let status = vec![StreamState {
            stream: StreamKey {
                device_id: "d1".into(),
                scope: "org:a".into(),
            },
            contiguous: 5,
            count: 5,
        }];
        let file = write_receipt(&hub, "d1", "org:a", &status, 9);
        let opened = open(&file).expect("opens");
        assert_eq!(opened.header.public_key, hub.public_hex());
        assert_eq!(opened.receipt().expect("status"), status);
    }

    #[test]
    fn a_file_is_written_whole_or_not_at_all() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("sync.passage");
        write_file_atomically(&path, b"abc").expect("write");
        assert_eq!(std::fs::read(&path).expect("read"), b"abc");
        let missing = dir.path().join("no/such/dir/sync.passage");
        assert!(write_file_atomically(&missing, b"abc").is_err());
        assert!(!missing.exists());
    }
}
