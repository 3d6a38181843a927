//! What travels: request and reply bodies (JSON) and pages of records
//! (compact JSON, zstd-compressed). Every decoder has a size limit, so a
//! hostile body cannot make a peer allocate without bound.

use std::io::Read;

use passage_store::{Hlc, Payload, Record, StreamKey, StreamState};
use serde::{Deserialize, Serialize};

/// Protocol versions this build speaks, oldest first.
pub const PROTOCOL_VERSIONS: &[u32] = &[1];
/// The header every request carries with the negotiated version.
pub const VERSION_HEADER: &str = "passage-protocol";
/// The header a push carries with how many records the laptop still has
/// to send after this page, so the hub can show what is waiting.
pub const WAITING_HEADER: &str = "passage-waiting";
/// Records per page.
pub const PAGE_RECORDS: usize = 2_000;
/// Largest compressed body a hub accepts.
pub const MAX_BODY_BYTES: usize = 4 * 1024 * 1024;
/// Largest a page may become once decompressed.
pub const MAX_PAGE_BYTES: u64 = 32 * 1024 * 1024;
/// Longest device id or scope accepted.
const MAX_NAME: usize = 80;

/// First message: which versions the caller speaks.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hello {
    /// Protocol versions, any order.
    pub versions: Vec<u32>,
}

/// The hub's answer to [`Hello`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HelloReply {
    /// The version both speak (the highest).
    pub version: u32,
}

/// Picks the highest version both sides speak.
pub fn negotiate(ours: &[u32], theirs: &[u32]) -> Option<u32> {
    ours.iter().filter(|v| theirs.contains(v)).max().copied()
}

/// A laptop asks to join an organisation's hub with a one-time code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolRequest {
    /// The code the organisation's admin gave.
    pub code: String,
    /// The laptop's store device id.
    pub device_id: String,
    /// A name people recognise ("Trainer laptop 3").
    pub device_name: String,
    /// The laptop's ed25519 public key (hex): it signs USB sync files.
    pub public_key: String,
}

/// What a laptop receives once enrolled.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolReply {
    /// The secret the laptop sends with every request.
    pub token: String,
    /// The organisation's slug.
    pub org: String,
    /// Its name.
    pub org_name: String,
    /// The hub's ed25519 public key (hex): it signs receipts.
    pub hub_key: String,
}

/// A stream's state, as the hub and laptops report it.
pub type Status = Vec<StreamState>;

/// What a pull asks for: stretches of streams.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PullRequest {
    /// From where to where.
    pub wants: Vec<crate::plan::Transfer>,
}

/// The hub's answer to a push.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushReply {
    /// How many records were new to the hub.
    pub new: usize,
}

/// An error body: a stable code the app translates, and a message for logs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// `bad-token`, `revoked`, `bad-code`, `forbidden-scope`, `stale`, `gap`,
    /// `bad-page`, `too-large`, `bad-version`, `rate-limited`, `internal`.
    pub code: String,
    /// For people reading logs.
    pub message: String,
}

/// A page that cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PageError {
    /// Not zstd, or truncated.
    #[error("the page is not valid compressed data: {0}")]
    Compression(String),
    /// Bigger than [`MAX_PAGE_BYTES`] once decompressed.
    #[error("the page is larger than {MAX_PAGE_BYTES} bytes once decompressed")]
    TooLarge,
    /// Not the JSON of a page, with the place it broke.
    #[error("the page is not valid: {0}")]
    Json(String),
    /// A record in it has no valid place.
    #[error("record {0} of the page has no valid place in a stream")]
    BadPlace(usize),
}

/// The compact form: one entry per run of consecutive records of a stream,
/// clocks as deltas, so repeated ids cost nothing.
#[derive(Serialize, Deserialize)]
struct WirePage {
    v: u32,
    s: Vec<WireRun>,
}

#[derive(Serialize, Deserialize)]
struct WireRun {
    /// Device id.
    d: String,
    /// Scope.
    s: String,
    /// Index of the first record.
    i: u64,
    /// `[millis delta, counter, payload or null]` per record.
    r: Vec<(i64, u32, Option<Payload>)>,
}

/// Encodes records as a compressed page.
pub fn encode_page(records: &[Record]) -> Vec<u8> {
    let mut runs: Vec<WireRun> = Vec::new();
    let mut last_millis = 0i64;
    for record in records {
        let millis = i64::try_from(record.hlc.millis).unwrap_or(i64::MAX);
        let extends = runs.last().is_some_and(|run| {
            run.d == record.device_id
                && run.s == record.scope
                && run.i + run.r.len() as u64 == record.idx
        });
        if !extends {
            runs.push(WireRun {
                d: record.device_id.clone(),
                s: record.scope.clone(),
                i: record.idx,
                r: Vec::new(),
            });
            last_millis = 0;
        }
        if let Some(run) = runs.last_mut() {
            run.r.push((
                millis.saturating_sub(last_millis),
                record.hlc.counter,
                record.payload.clone(),
            ));
        }
        last_millis = millis;
    }
    let json = serde_json::to_vec(&WirePage { v: 1, s: runs }).unwrap_or_default();
    zstd::bulk::compress(&json, 9).unwrap_or_default()
}

/// Decodes a compressed page, checking every record's place.
pub fn decode_page(bytes: &[u8]) -> Result<Vec<Record>, PageError> {
    let mut json = Vec::new();
    let decoder = zstd::stream::read::Decoder::new(bytes)
        .map_err(|e| PageError::Compression(e.to_string()))?;
    decoder
        .take(MAX_PAGE_BYTES + 1)
        .read_to_end(&mut json)
        .map_err(|e| PageError::Compression(e.to_string()))?;
    if json.len() as u64 > MAX_PAGE_BYTES {
        return Err(PageError::TooLarge);
    }
    let page: WirePage =
        serde_json::from_slice(&json).map_err(|e| PageError::Json(e.to_string()))?;
    if page.v != 1 {
        return Err(PageError::Json(format!(
            "page version {} is unknown",
            page.v
        )));
    }
    let mut out = Vec::new();
    for run in page.s {
        let mut millis = 0i64;
        for (offset, (delta, counter, payload)) in run.r.into_iter().enumerate() {
            let n = out.len();
            millis = millis.checked_add(delta).ok_or(PageError::BadPlace(n))?;
            let idx = run
                .i
                .checked_add(offset as u64)
                .ok_or(PageError::BadPlace(n))?;
            let bad_name =
                |s: &str| s.is_empty() || s.len() > MAX_NAME || s.chars().any(char::is_control);
            if idx == 0
                || idx > i64::MAX as u64
                || millis < 0
                || bad_name(&run.d)
                || bad_name(&run.s)
            {
                return Err(PageError::BadPlace(n));
            }
            out.push(Record {
                device_id: run.d.clone(),
                scope: run.s.clone(),
                idx,
                hlc: Hlc {
                    millis: u64::try_from(millis).unwrap_or(0),
                    counter,
                },
                payload,
            });
        }
    }
    Ok(out)
}

/// The stream keys of a page's records, deduplicated.
pub fn streams_of(records: &[Record]) -> Vec<StreamKey> {
    let mut keys: Vec<StreamKey> = records
        .iter()
        .map(|r| StreamKey {
            device_id: r.device_id.clone(),
            scope: r.scope.clone(),
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

#[cfg(test)]
mod tests {
    use super::*;
    use passage_store::LessonRef;

    fn rec(device: &str, idx: u64, millis: u64) -> Record {
        Record {
            device_id: device.into(),
            scope: "org:a".into(),
            idx,
            hlc: Hlc { millis, counter: 1 },
            payload: Some(Payload::LessonOpened {
                learner: "0f0e".into(),
                at: LessonRef {
                    course: "money".into(),
                    lesson: "budget".into(),
                },
            }),
        }
    }

    #[test]
    fn a_page_round_trips_across_streams_gaps_and_purged_records() {
        let mut records = vec![
            rec("d1", 1, 100),
            rec("d1", 2, 90),
            rec("d1", 5, 300),
            rec("d2", 1, 5),
        ];
        records[1].payload = None;
        assert_eq!(
            decode_page(&encode_page(&records)).expect("decodes"),
            records
        );
        assert_eq!(
            decode_page(&encode_page(&[])).expect("decodes"),
            Vec::<Record>::new()
        );
    }

    #[test]
    fn broken_pages_are_refused_with_the_reason() {
        assert!(matches!(
            decode_page(b"not zstd"),
            Err(PageError::Compression(_))
        ));
        let good = encode_page(&[rec("d1", 1, 1)]);
        assert!(matches!(
            decode_page(&good[..good.len() / 2]),
            Err(PageError::Compression(_))
        ));
        let json = |s: &str| zstd::bulk::compress(s.as_bytes(), 1).expect("compress");
        assert!(matches!(
            decode_page(&json(r#"{"v":1,"s":[{"d":"x"}]}"#)),
            Err(PageError::Json(_))
        ));
        assert_eq!(
            decode_page(&json(
                r#"{"v":1,"s":[{"d":"x","s":"org:a","i":0,"r":[[1,0,null]]}]}"#
            )),
            Err(PageError::BadPlace(0))
        );
        assert_eq!(
            decode_page(&json(
                r#"{"v":1,"s":[{"d":"","s":"org:a","i":1,"r":[[1,0,null]]}]}"#
            )),
            Err(PageError::BadPlace(0))
        );
        assert!(matches!(
            decode_page(&json(r#"{"v":9,"s":[]}"#)),
            Err(PageError::Json(_))
        ));
    }

    #[test]
    fn a_compression_bomb_stops_at_the_limit() {
        let zeros = vec![b' '; (MAX_PAGE_BYTES + 10) as usize];
        let bomb = zstd::bulk::compress(&zeros, 1).expect("compress");
        assert!(bomb.len() < 100_000);
        assert_eq!(decode_page(&bomb), Err(PageError::TooLarge));
    }

    #[test]
    fn negotiation_picks_the_highest_common_version() {
        assert_eq!(negotiate(&[1, 2, 3], &[2, 3, 4]), Some(3));
        assert_eq!(negotiate(&[1], &[2]), None);
        assert_eq!(negotiate(PROTOCOL_VERSIONS, &[1]), Some(1));
    }
}
