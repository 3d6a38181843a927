//! What the hub keeps, behind one trait with two backends: SQLite (a file in
//! the data directory, the default) and PostgreSQL (at scale). Both pass the
//! same tests (`tests/storage.rs`).
//!
//! Records are kept as laptops sent them, in their streams; the hub only
//! accepts a stream's records in order, so its streams never have gaps and
//! its status is simply the last index of each. An erasure purges the
//! learner's payloads (keeping their places) and any that arrive later.

use std::collections::HashMap;
use std::future::Future;

use passage_store::{Payload, Record, StreamKey, StreamState};
use passage_sync::keys::DeviceKey;
use passage_sync::plan::Transfer;

/// An organisation.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Org {
    /// Its slug (`org:<slug>` is the scope of its records).
    pub slug: String,
    /// Its name.
    pub name: String,
}

/// A laptop enrolled with the hub.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Device {
    /// Its store's device id.
    pub id: String,
    /// The organisation it belongs to.
    pub org: String,
    /// The name given at enrolment.
    pub name: String,
    /// Its public key (hex), which signs its USB sync files.
    pub public_key: String,
    /// When it enrolled (ms since 1970).
    pub enrolled_millis: u64,
    /// When it was last heard from.
    pub last_seen_millis: Option<u64>,
    /// When it was revoked, if it was.
    pub revoked_millis: Option<u64>,
}

/// What a laptop said it still had to send.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Waiting {
    /// Records not yet sent.
    pub records: u64,
    /// When it said so (ms since 1970).
    pub at_millis: u64,
}

/// What a person signed in to the dashboard may see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Aggregate figures only, with small groups suppressed.
    Viewer,
    /// Also who took part in each workshop (names), and the audit log.
    Manager,
}

impl Role {
    /// Its code, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Viewer => "viewer",
            Self::Manager => "manager",
        }
    }

    /// From its code.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "viewer" => Some(Self::Viewer),
            "manager" => Some(Self::Manager),
            _ => None,
        }
    }
}

/// An organisation's dashboard account.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct User {
    /// The e-mail address they sign in with (lowercase).
    pub email: String,
    /// Their organisation's slug.
    pub org: String,
    /// What they may see.
    pub role: Role,
    /// The argon2 hash of their password (PHC string; never the password).
    pub password_hash: String,
}

/// A signed-in browser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Session {
    /// The SHA-256 of the cookie's secret (the secret is never stored).
    pub token_hash: String,
    /// Whose.
    pub email: String,
    /// The secret its forms must send back (against cross-site requests).
    pub csrf: String,
    /// When it stops working (ms since 1970).
    pub expires_millis: u64,
}

/// One line of the audit log: who took what out of the hub.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    /// When (ms since 1970).
    pub at_millis: u64,
    /// Who.
    pub email: String,
    /// What, e.g. `export-csv`, `view-participants`, `sign-in`.
    pub action: String,
    /// Which, e.g. the workshop id.
    pub detail: String,
}

/// A device asking to enrol.
#[derive(Clone, Debug)]
pub struct NewDevice {
    /// Its store's device id.
    pub id: String,
    /// A name.
    pub name: String,
    /// The hash of the token it will send.
    pub token_hash: String,
    /// Its public key (hex).
    pub public_key: String,
}

/// What can go wrong in the hub's storage.
#[derive(Debug, thiserror::Error)]
pub enum HubError {
    /// The enrolment code is unknown, used or expired.
    #[error("this enrolment code is not valid (unknown, already used, or expired)")]
    BadCode,
    /// No such organisation.
    #[error("there is no organisation {0}")]
    UnknownOrg(String),
    /// The organisation already exists (or its name is used by another's records).
    #[error("the organisation {0} already exists, or records already use that name")]
    OrgExists(String),
    /// Records that start at or before what the hub holds (a replay).
    #[error("records {0} are already here")]
    Stale(String),
    /// Records that would leave a hole in a stream.
    #[error("records {0} do not follow what is here")]
    Gap(String),
    /// Records that are not valid.
    #[error("invalid records: {0}")]
    Invalid(String),
    /// The account already exists.
    #[error("there is already an account for {0}")]
    UserExists(String),
    /// The database failed.
    #[error("the hub's database: {0}")]
    Database(String),
}

/// The hub's storage.
pub trait Storage: Send + Sync + 'static {
    /// Creates an organisation.
    fn create_org(
        &self,
        slug: &str,
        name: &str,
    ) -> impl Future<Output = Result<(), HubError>> + Send;
    /// The scopes whose records belong to `org`: its own (`org:<slug>`) and
    /// those its laptops claimed (workshops recorded before a laptop was
    /// enrolled, under the organisation name the trainer typed).
    fn scopes_of(&self, org: &str) -> impl Future<Output = Result<Vec<String>, HubError>> + Send;
    /// Whether `scope`'s records belong to `org`. With `claim`, a scope that
    /// belongs to nobody (and is no organisation's own) becomes `org`'s.
    fn owns_scope(
        &self,
        org: &str,
        scope: &str,
        claim: bool,
    ) -> impl Future<Output = Result<bool, HubError>> + Send;
    /// Every organisation.
    fn orgs(&self) -> impl Future<Output = Result<Vec<Org>, HubError>> + Send;
    /// Stores the hash of a one-time enrolment code for `org`.
    fn add_enrol_code(
        &self,
        org: &str,
        code_hash: &str,
        expires_millis: u64,
    ) -> impl Future<Output = Result<(), HubError>> + Send;
    /// Uses up a code and enrols the device (again, with a new token, if it
    /// was enrolled before). Returns its organisation.
    fn enrol(
        &self,
        code_hash: &str,
        now_millis: u64,
        device: NewDevice,
    ) -> impl Future<Output = Result<Org, HubError>> + Send;
    /// The device a token belongs to (revoked ones included: the caller refuses them).
    fn device_by_token(
        &self,
        token_hash: &str,
    ) -> impl Future<Output = Result<Option<Device>, HubError>> + Send;
    /// One device.
    fn device(&self, id: &str) -> impl Future<Output = Result<Option<Device>, HubError>> + Send;
    /// The devices of an organisation.
    fn devices(&self, org: &str) -> impl Future<Output = Result<Vec<Device>, HubError>> + Send;
    /// Revokes a device; false if there is none.
    fn revoke(
        &self,
        id: &str,
        now_millis: u64,
    ) -> impl Future<Output = Result<bool, HubError>> + Send;
    /// Notes that a device was heard from (a later time than the one noted
    /// only: a USB file carried for weeks does not move it back).
    fn seen(&self, id: &str, now_millis: u64) -> impl Future<Output = Result<(), HubError>> + Send;
    /// Notes what a laptop said it still had to send as of `at_millis`. An
    /// older note than the one held (a USB file imported late) is ignored.
    fn note_waiting(
        &self,
        device_id: &str,
        records: u64,
        at_millis: u64,
    ) -> impl Future<Output = Result<(), HubError>> + Send;
    /// What each laptop of `org` last said it still had to send, by device id.
    fn waiting(
        &self,
        org: &str,
    ) -> impl Future<Output = Result<HashMap<String, Waiting>, HubError>> + Send;
    /// The state of every stream of `scope`.
    fn status(
        &self,
        scope: &str,
    ) -> impl Future<Output = Result<Vec<StreamState>, HubError>> + Send;
    /// Stores records, all of one scope, in one transaction. `strict`: each
    /// stream's records must start right after what is here (a sync);
    /// otherwise those already here are skipped (a USB file). Returns how
    /// many were new. Nothing is stored on error.
    fn append(
        &self,
        records: Vec<Record>,
        strict: bool,
    ) -> impl Future<Output = Result<usize, HubError>> + Send;
    /// Stretches of streams.
    fn read(
        &self,
        wants: Vec<Transfer>,
    ) -> impl Future<Output = Result<Vec<Record>, HubError>> + Send;
    /// Every record of a scope, in stream order.
    fn export(&self, scope: &str) -> impl Future<Output = Result<Vec<Record>, HubError>> + Send;
    /// The hub's own signing key (made on first use).
    fn hub_key(&self) -> impl Future<Output = Result<DeviceKey, HubError>> + Send;
    /// Adds a dashboard account.
    fn add_user(&self, user: User) -> impl Future<Output = Result<(), HubError>> + Send;
    /// Changes an account's password hash; false if there is no such account.
    fn set_password(
        &self,
        email: &str,
        password_hash: &str,
    ) -> impl Future<Output = Result<bool, HubError>> + Send;
    /// One account.
    fn user(&self, email: &str) -> impl Future<Output = Result<Option<User>, HubError>> + Send;
    /// The accounts of an organisation.
    fn users(&self, org: &str) -> impl Future<Output = Result<Vec<User>, HubError>> + Send;
    /// Starts a session (and forgets expired ones).
    fn add_session(
        &self,
        session: Session,
        now_millis: u64,
    ) -> impl Future<Output = Result<(), HubError>> + Send;
    /// A session that has not expired, with its account.
    fn session(
        &self,
        token_hash: &str,
        now_millis: u64,
    ) -> impl Future<Output = Result<Option<(Session, User)>, HubError>> + Send;
    /// Ends a session.
    fn end_session(&self, token_hash: &str) -> impl Future<Output = Result<(), HubError>> + Send;
    /// Adds a line to an organisation's audit log.
    fn audit(
        &self,
        org: &str,
        entry: AuditEntry,
    ) -> impl Future<Output = Result<(), HubError>> + Send;
    /// The latest `limit` lines of an organisation's audit log, newest first.
    fn audit_log(
        &self,
        org: &str,
        limit: u32,
    ) -> impl Future<Output = Result<Vec<AuditEntry>, HubError>> + Send;
}

/// Checks a batch and groups it by stream, each group in index order and
/// contiguous. The backends then only check where each group starts.
pub(crate) fn group(records: Vec<Record>) -> Result<Vec<(StreamKey, Vec<Record>)>, HubError> {
    let mut records = records;
    records.sort_by(|a, b| (&a.device_id, &a.scope, a.idx).cmp(&(&b.device_id, &b.scope, b.idx)));
    let mut out: Vec<(StreamKey, Vec<Record>)> = Vec::new();
    for r in records {
        if r.idx == 0 || r.idx > i64::MAX as u64 || r.hlc.millis > i64::MAX as u64 {
            return Err(HubError::Invalid(format!(
                "{}/{} has no valid place",
                r.device_id, r.idx
            )));
        }
        match out.last_mut() {
            Some((key, group)) if key.device_id == r.device_id && key.scope == r.scope => {
                let last = group.last().map_or(0, |g| g.idx);
                if r.idx != last + 1 {
                    return Err(HubError::Invalid(format!(
                        "{}/{}: {} does not follow {last}",
                        r.device_id, r.scope, r.idx
                    )));
                }
                group.push(r);
            }
            _ => out.push((
                StreamKey {
                    device_id: r.device_id.clone(),
                    scope: r.scope.clone(),
                },
                vec![r],
            )),
        }
    }
    Ok(out)
}

/// Where a group starts against what is here: the records to insert, or the
/// refusal.
pub(crate) fn continue_from(
    key: &StreamKey,
    group: Vec<Record>,
    here: u64,
    strict: bool,
) -> Result<Vec<Record>, HubError> {
    let first = group.first().map_or(0, |r| r.idx);
    let last = group.last().map_or(0, |r| r.idx);
    let name = format!("{}..{} of {}/{}", first, last, key.device_id, key.scope);
    if strict && first <= here {
        return Err(HubError::Stale(name));
    }
    let rest: Vec<Record> = group.into_iter().filter(|r| r.idx > here).collect();
    match rest.first() {
        Some(r) if r.idx > here + 1 => Err(HubError::Gap(name)),
        _ => Ok(rest),
    }
}

/// What a record means for erasure: the learner it is about, and whether it
/// erases them.
pub(crate) fn erasure_of(payload: Option<&Payload>) -> (Option<&str>, bool) {
    match payload {
        Some(Payload::LearnerErased { learner }) => (Some(learner), true),
        Some(p) => (p.learner(), false),
        None => (None, false),
    }
}

/// Milliseconds since 1970 as the databases store them.
pub(crate) fn sql_millis(m: u64) -> i64 {
    i64::try_from(m).unwrap_or(i64::MAX)
}

/// Back from the database.
pub(crate) fn from_sql(m: i64) -> u64 {
    u64::try_from(m).unwrap_or(0)
}
