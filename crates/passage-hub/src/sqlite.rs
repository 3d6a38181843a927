//! The SQLite backend: one file in the hub's data directory. Calls run on
//! tokio's blocking pool, one connection behind a mutex (SQLite writes one
//! transaction at a time anyway).

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use passage_store::{Hlc, Record, StreamKey, StreamState};
use passage_sync::keys::DeviceKey;
use passage_sync::plan::Transfer;
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use crate::storage::{
    AuditEntry, Device, HubError, NewDevice, Org, Role, Session, Storage, User, Waiting,
    continue_from, erasure_of, from_sql, group, sql_millis,
};

const SCHEMA: &str = r"
CREATE TABLE IF NOT EXISTS orgs (
    slug TEXT PRIMARY KEY, name TEXT NOT NULL, created_millis INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS enrol_codes (
    code_hash TEXT PRIMARY KEY, org TEXT NOT NULL REFERENCES orgs (slug),
    expires_millis INTEGER NOT NULL, used_millis INTEGER
) STRICT;
CREATE TABLE IF NOT EXISTS devices (
    id TEXT PRIMARY KEY, org TEXT NOT NULL REFERENCES orgs (slug), name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE, public_key TEXT NOT NULL,
    enrolled_millis INTEGER NOT NULL, last_seen_millis INTEGER, revoked_millis INTEGER
) STRICT;
CREATE TABLE IF NOT EXISTS records (
    device_id TEXT NOT NULL, scope TEXT NOT NULL, idx INTEGER NOT NULL,
    hlc_millis INTEGER NOT NULL, hlc_counter INTEGER NOT NULL,
    kind TEXT, learner TEXT, payload TEXT,
    PRIMARY KEY (device_id, scope, idx)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS records_scope ON records (scope, device_id, idx);
CREATE INDEX IF NOT EXISTS records_learner ON records (scope, learner) WHERE learner IS NOT NULL;
CREATE TABLE IF NOT EXISTS erased (
    scope TEXT NOT NULL, learner TEXT NOT NULL, PRIMARY KEY (scope, learner)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hub (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS scopes (
    scope TEXT PRIMARY KEY, org TEXT NOT NULL REFERENCES orgs (slug)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS users (
    email TEXT PRIMARY KEY, org TEXT NOT NULL REFERENCES orgs (slug), role TEXT NOT NULL,
    password_hash TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY, email TEXT NOT NULL REFERENCES users (email),
    csrf TEXT NOT NULL, expires_millis INTEGER NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS audit (
    org TEXT NOT NULL, at_millis INTEGER NOT NULL, email TEXT NOT NULL,
    action TEXT NOT NULL, detail TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS audit_org ON audit (org, at_millis);
CREATE TABLE IF NOT EXISTS device_waiting (
    device_id TEXT PRIMARY KEY REFERENCES devices (id), records INTEGER NOT NULL,
    at_millis INTEGER NOT NULL
) STRICT;
";

/// The SQLite backend.
#[derive(Clone, Debug)]
pub struct SqliteStorage {
    conn: Arc<Mutex<Connection>>,
}

fn db(e: impl std::fmt::Display) -> HubError {
    HubError::Database(e.to_string())
}

impl SqliteStorage {
    /// Opens (creating) the hub database at `path`.
    pub fn open(path: &Path) -> Result<Self, HubError> {
        let conn = Connection::open(path).map_err(db)?;
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(db)?;
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(db)?;
        conn.pragma_update(None, "foreign_keys", "ON").map_err(db)?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(db)?;
        conn.execute_batch(SCHEMA).map_err(db)?;
        Ok(Self {
            conn: Arc::new(Mutex::new(conn)),
        })
    }

    async fn run<T: Send + 'static>(
        &self,
        f: impl FnOnce(&mut Connection) -> Result<T, HubError> + Send + 'static,
    ) -> Result<T, HubError> {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            let mut guard = conn.lock().map_err(|_| db("a previous call panicked"))?;
            f(&mut guard)
        })
        .await
        .map_err(db)?
    }
}

fn device_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Device> {
    Ok(Device {
        id: r.get(0)?,
        org: r.get(1)?,
        name: r.get(2)?,
        public_key: r.get(3)?,
        enrolled_millis: from_sql(r.get(4)?),
        last_seen_millis: r.get::<_, Option<i64>>(5)?.map(from_sql),
        revoked_millis: r.get::<_, Option<i64>>(6)?.map(from_sql),
    })
}

const DEVICE_COLUMNS: &str =
    "id, org, name, public_key, enrolled_millis, last_seen_millis, revoked_millis";

fn record_row(
    r: &rusqlite::Row<'_>,
) -> rusqlite::Result<(String, String, i64, i64, u32, Option<String>)> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
    ))
}

fn to_record(row: (String, String, i64, i64, u32, Option<String>)) -> Result<Record, HubError> {
    let (device_id, scope, idx, millis, counter, payload) = row;
    Ok(Record {
        device_id,
        scope,
        idx: from_sql(idx),
        hlc: Hlc {
            millis: from_sql(millis),
            counter,
        },
        payload: payload
            .map(|p| serde_json::from_str(&p))
            .transpose()
            .map_err(db)?,
    })
}

/// The last index of each stream of a scope, as a loose index scan of
/// `records_scope` (one seek per device, not a pass over every record).
/// The hub's streams have no gaps, so the last index is also the count.
const STATUS_SQL: &str = "WITH RECURSIVE d (device_id) AS (
        SELECT min(device_id) FROM records WHERE scope = ?1
        UNION ALL
        SELECT (SELECT min(device_id) FROM records WHERE scope = ?1 AND device_id > d.device_id)
        FROM d WHERE d.device_id IS NOT NULL
    )
    SELECT device_id, last, last FROM (
        SELECT device_id,
               (SELECT max(idx) FROM records WHERE scope = ?1 AND device_id = d.device_id) AS last
        FROM d WHERE device_id IS NOT NULL
    ) AS heads ORDER BY device_id";

impl Storage for SqliteStorage {
    async fn create_org(&self, slug: &str, name: &str) -> Result<(), HubError> {
        let (slug, name) = (slug.to_owned(), name.to_owned());
        self.run(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(db)?;
            let claimed: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM scopes WHERE scope = ?1",
                    [passage_sync::org_scope(&slug)],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db)?;
            let n = tx
                .execute(
                    "INSERT OR IGNORE INTO orgs (slug, name, created_millis) VALUES (?1, ?2, ?3)",
                    params![slug, name, sql_millis(passage_store::wall_millis())],
                )
                .map_err(db)?;
            if n == 0 || claimed.is_some() {
                return Err(HubError::OrgExists(slug));
            }
            tx.commit().map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn scopes_of(&self, org: &str) -> Result<Vec<String>, HubError> {
        let org = org.to_owned();
        self.run(move |c| {
            let mut stmt = c
                .prepare("SELECT scope FROM scopes WHERE org = ?1 ORDER BY scope")
                .map_err(db)?;
            let mut out = vec![passage_sync::org_scope(&org)];
            for row in stmt.query_map([&org], |r| r.get(0)).map_err(db)? {
                out.push(row.map_err(db)?);
            }
            Ok(out)
        })
        .await
    }

    async fn owns_scope(&self, org: &str, scope: &str, claim: bool) -> Result<bool, HubError> {
        if scope == passage_sync::org_scope(org) {
            return Ok(true);
        }
        let (org, scope) = (org.to_owned(), scope.to_owned());
        self.run(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(db)?;
            let owner: Option<String> = tx
                .query_row("SELECT org FROM scopes WHERE scope = ?1", [&scope], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(db)?;
            if let Some(owner) = owner {
                return Ok(owner == org);
            }
            let an_org: Option<i64> = tx
                .query_row(
                    "SELECT 1 FROM orgs WHERE 'org:' || slug = ?1",
                    [&scope],
                    |r| r.get(0),
                )
                .optional()
                .map_err(db)?;
            if !claim || an_org.is_some() {
                return Ok(false);
            }
            tx.execute(
                "INSERT INTO scopes (scope, org) VALUES (?1, ?2)",
                params![scope, org],
            )
            .map_err(db)?;
            tx.commit().map_err(db)?;
            Ok(true)
        })
        .await
    }

    async fn orgs(&self) -> Result<Vec<Org>, HubError> {
        self.run(|c| {
            let mut stmt = c
                .prepare("SELECT slug, name FROM orgs ORDER BY slug")
                .map_err(db)?;
            let rows = stmt
                .query_map([], |r| {
                    Ok(Org {
                        slug: r.get(0)?,
                        name: r.get(1)?,
                    })
                })
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        })
        .await
    }

    async fn add_enrol_code(
        &self,
        org: &str,
        code_hash: &str,
        expires: u64,
    ) -> Result<(), HubError> {
        let (org, code_hash) = (org.to_owned(), code_hash.to_owned());
        self.run(move |c| {
            let known: Option<i64> = c
                .query_row("SELECT 1 FROM orgs WHERE slug = ?1", [&org], |r| r.get(0))
                .optional()
                .map_err(db)?;
            if known.is_none() {
                return Err(HubError::UnknownOrg(org));
            }
            c.execute(
                "INSERT INTO enrol_codes (code_hash, org, expires_millis) VALUES (?1, ?2, ?3)",
                params![code_hash, org, sql_millis(expires)],
            )
            .map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn enrol(&self, code_hash: &str, now: u64, device: NewDevice) -> Result<Org, HubError> {
        let code_hash = code_hash.to_owned();
        self.run(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(db)?;
            let org: Option<(String, String)> = tx
                .query_row(
                    "SELECT o.slug, o.name FROM enrol_codes e JOIN orgs o ON o.slug = e.org
                     WHERE e.code_hash = ?1 AND e.used_millis IS NULL AND e.expires_millis > ?2",
                    params![code_hash, sql_millis(now)],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()
                .map_err(db)?;
            let Some((slug, name)) = org else {
                return Err(HubError::BadCode);
            };
            tx.execute(
                "UPDATE enrol_codes SET used_millis = ?2 WHERE code_hash = ?1",
                params![code_hash, sql_millis(now)],
            )
            .map_err(db)?;
            tx.execute(
                "INSERT INTO devices (id, org, name, token_hash, public_key, enrolled_millis)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET org = excluded.org, name = excluded.name,
                   token_hash = excluded.token_hash, public_key = excluded.public_key,
                   enrolled_millis = excluded.enrolled_millis, revoked_millis = NULL",
                params![
                    device.id,
                    slug,
                    device.name,
                    device.token_hash,
                    device.public_key,
                    sql_millis(now)
                ],
            )
            .map_err(db)?;
            tx.commit().map_err(db)?;
            Ok(Org { slug, name })
        })
        .await
    }

    async fn device_by_token(&self, token_hash: &str) -> Result<Option<Device>, HubError> {
        let token_hash = token_hash.to_owned();
        self.run(move |c| {
            c.query_row(
                &format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE token_hash = ?1"),
                [token_hash],
                device_row,
            )
            .optional()
            .map_err(db)
        })
        .await
    }

    async fn device(&self, id: &str) -> Result<Option<Device>, HubError> {
        let id = id.to_owned();
        self.run(move |c| {
            c.query_row(
                &format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE id = ?1"),
                [id],
                device_row,
            )
            .optional()
            .map_err(db)
        })
        .await
    }

    async fn devices(&self, org: &str) -> Result<Vec<Device>, HubError> {
        let org = org.to_owned();
        self.run(move |c| {
            let mut stmt = c
                .prepare(&format!(
                    "SELECT {DEVICE_COLUMNS} FROM devices WHERE org = ?1 ORDER BY enrolled_millis, id"
                ))
                .map_err(db)?;
            let rows = stmt.query_map([org], device_row).map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        })
        .await
    }

    async fn revoke(&self, id: &str, now: u64) -> Result<bool, HubError> {
        let id = id.to_owned();
        self.run(move |c| {
            let n = c
                .execute(
                    "UPDATE devices SET revoked_millis = ?2 WHERE id = ?1 AND revoked_millis IS NULL",
                    params![id, sql_millis(now)],
                )
                .map_err(db)?;
            Ok(n > 0)
        })
        .await
    }

    async fn seen(&self, id: &str, now: u64) -> Result<(), HubError> {
        let id = id.to_owned();
        self.run(move |c| {
            c.execute(
                "UPDATE devices SET last_seen_millis = ?2
                 WHERE id = ?1 AND (last_seen_millis IS NULL OR last_seen_millis < ?2)",
                params![id, sql_millis(now)],
            )
            .map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn note_waiting(&self, id: &str, records: u64, at: u64) -> Result<(), HubError> {
        let id = id.to_owned();
        self.run(move |c| {
            c.execute(
                "INSERT INTO device_waiting (device_id, records, at_millis) VALUES (?1, ?2, ?3)
                 ON CONFLICT (device_id) DO UPDATE SET records = excluded.records,
                     at_millis = excluded.at_millis
                 WHERE excluded.at_millis >= device_waiting.at_millis",
                params![id, sql_millis(records), sql_millis(at)],
            )
            .map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn waiting(&self, org: &str) -> Result<HashMap<String, Waiting>, HubError> {
        let org = org.to_owned();
        self.run(move |c| {
            let mut stmt = c
                .prepare(
                    "SELECT w.device_id, w.records, w.at_millis FROM device_waiting w
                     JOIN devices d ON d.id = w.device_id WHERE d.org = ?1",
                )
                .map_err(db)?;
            let rows = stmt
                .query_map([org], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        Waiting {
                            records: from_sql(r.get(1)?),
                            at_millis: from_sql(r.get(2)?),
                        },
                    ))
                })
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        })
        .await
    }

    async fn status(&self, scope: &str) -> Result<Vec<StreamState>, HubError> {
        let scope = scope.to_owned();
        self.run(move |c| {
            let mut stmt = c.prepare_cached(STATUS_SQL).map_err(db)?;
            let rows = stmt
                .query_map([&scope], |r| {
                    Ok(StreamState {
                        stream: StreamKey {
                            device_id: r.get(0)?,
                            scope: scope.clone(),
                        },
                        contiguous: from_sql(r.get(1)?),
                        count: from_sql(r.get(2)?),
                    })
                })
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        })
        .await
    }

    async fn append(&self, records: Vec<Record>, strict: bool) -> Result<usize, HubError> {
        let groups = group(records)?;
        self.run(move |c| {
            let tx = c
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(db)?;
            let mut new = 0;
            for (key, group) in groups {
                let here: i64 = tx
                    .query_row(
                        "SELECT coalesce(max(idx), 0) FROM records WHERE device_id = ?1 AND scope = ?2",
                        params![key.device_id, key.scope],
                        |r| r.get(0),
                    )
                    .map_err(db)?;
                if !strict {
                    // A purged copy of a record held in full: purge it here too.
                    for r in group.iter().filter(|r| r.payload.is_none() && r.idx <= from_sql(here)) {
                        tx.execute(
                            "UPDATE records SET kind = NULL, learner = NULL, payload = NULL
                             WHERE device_id = ?1 AND scope = ?2 AND idx = ?3
                               AND (kind IS NULL OR kind <> 'learner.erased.v1')",
                            params![key.device_id, key.scope, sql_millis(r.idx)],
                        )
                        .map_err(db)?;
                    }
                }
                for r in continue_from(&key, group, from_sql(here), strict)? {
                    let (learner, erases) = erasure_of(r.payload.as_ref());
                    let erased = match (learner, erases) {
                        (Some(l), false) => tx
                            .query_row(
                                "SELECT 1 FROM erased WHERE scope = ?1 AND learner = ?2",
                                params![key.scope, l],
                                |_| Ok(()),
                            )
                            .optional()
                            .map_err(db)?
                            .is_some(),
                        _ => false,
                    };
                    let payload = if erased { None } else { r.payload.as_ref() };
                    let json = payload.map(serde_json::to_string).transpose().map_err(db)?;
                    tx.execute(
                        "INSERT INTO records (device_id, scope, idx, hlc_millis, hlc_counter, kind, learner, payload)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                        params![
                            key.device_id,
                            key.scope,
                            sql_millis(r.idx),
                            sql_millis(r.hlc.millis),
                            r.hlc.counter,
                            payload.map(passage_store::Payload::kind),
                            payload.and(learner),
                            json
                        ],
                    )
                    .map_err(db)?;
                    if let (Some(l), true) = (learner, erases) {
                        tx.execute(
                            "INSERT OR IGNORE INTO erased (scope, learner) VALUES (?1, ?2)",
                            params![key.scope, l],
                        )
                        .map_err(db)?;
                        tx.execute(
                            "UPDATE records SET kind = NULL, learner = NULL, payload = NULL
                             WHERE scope = ?1 AND learner = ?2 AND kind <> 'learner.erased.v1'",
                            params![key.scope, l],
                        )
                        .map_err(db)?;
                    }
                    new += 1;
                }
            }
            tx.commit().map_err(db)?;
            Ok(new)
        })
        .await
    }

    async fn read(&self, wants: Vec<Transfer>) -> Result<Vec<Record>, HubError> {
        self.run(move |c| {
            let mut stmt = c
                .prepare_cached(
                    "SELECT device_id, scope, idx, hlc_millis, hlc_counter, payload FROM records
                     WHERE device_id = ?1 AND scope = ?2 AND idx BETWEEN ?3 AND ?4 ORDER BY idx",
                )
                .map_err(db)?;
            let mut out = Vec::new();
            for t in wants {
                let rows = stmt
                    .query_map(
                        params![
                            t.stream.device_id,
                            t.stream.scope,
                            sql_millis(t.from),
                            sql_millis(t.to)
                        ],
                        record_row,
                    )
                    .map_err(db)?;
                for row in rows {
                    out.push(to_record(row.map_err(db)?)?);
                }
            }
            Ok(out)
        })
        .await
    }

    async fn export(&self, scope: &str) -> Result<Vec<Record>, HubError> {
        let scope = scope.to_owned();
        self.run(move |c| {
            let mut stmt = c
                .prepare(
                    "SELECT device_id, scope, idx, hlc_millis, hlc_counter, payload FROM records
                     WHERE scope = ?1 ORDER BY device_id, idx",
                )
                .map_err(db)?;
            let rows = stmt.query_map([scope], record_row).map_err(db)?;
            rows.map(|r| to_record(r.map_err(db)?)).collect()
        })
        .await
    }

    async fn hub_key(&self) -> Result<DeviceKey, HubError> {
        self.run(|c| {
            let existing: Option<String> = c
                .query_row("SELECT value FROM hub WHERE key = 'signing-key'", [], |r| {
                    r.get(0)
                })
                .optional()
                .map_err(db)?;
            if let Some(key) = existing.as_deref().and_then(DeviceKey::from_secret_hex) {
                return Ok(key);
            }
            let key = DeviceKey::generate().map_err(db)?;
            c.execute(
                "INSERT OR IGNORE INTO hub (key, value) VALUES ('signing-key', ?1)",
                [key.secret_hex()],
            )
            .map_err(db)?;
            let stored: String = c
                .query_row("SELECT value FROM hub WHERE key = 'signing-key'", [], |r| {
                    r.get(0)
                })
                .map_err(db)?;
            DeviceKey::from_secret_hex(&stored).ok_or_else(|| db("the stored hub key is damaged"))
        })
        .await
    }

    async fn add_user(&self, user: User) -> Result<(), HubError> {
        self.run(move |c| {
            let known: Option<i64> = c
                .query_row("SELECT 1 FROM orgs WHERE slug = ?1", [&user.org], |r| r.get(0))
                .optional()
                .map_err(db)?;
            if known.is_none() {
                return Err(HubError::UnknownOrg(user.org));
            }
            let n = c
                .execute(
                    "INSERT OR IGNORE INTO users (email, org, role, password_hash) VALUES (?1, ?2, ?3, ?4)",
                    params![user.email, user.org, user.role.as_str(), user.password_hash],
                )
                .map_err(db)?;
            if n == 0 {
                return Err(HubError::UserExists(user.email));
            }
            Ok(())
        })
        .await
    }

    async fn set_password(&self, email: &str, password_hash: &str) -> Result<bool, HubError> {
        let (email, hash) = (email.to_owned(), password_hash.to_owned());
        self.run(move |c| {
            let tx = c.transaction().map_err(db)?;
            let n = tx
                .execute(
                    "UPDATE users SET password_hash = ?2 WHERE email = ?1",
                    params![email, hash],
                )
                .map_err(db)?;
            // A new password signs every browser out.
            tx.execute("DELETE FROM sessions WHERE email = ?1", [&email])
                .map_err(db)?;
            tx.commit().map_err(db)?;
            Ok(n > 0)
        })
        .await
    }

    async fn user(&self, email: &str) -> Result<Option<User>, HubError> {
        let email = email.to_owned();
        self.run(move |c| {
            c.query_row(
                "SELECT email, org, role, password_hash FROM users WHERE email = ?1",
                [&email],
                user_row,
            )
            .optional()
            .map_err(db)
        })
        .await
    }

    async fn users(&self, org: &str) -> Result<Vec<User>, HubError> {
        let org = org.to_owned();
        self.run(move |c| {
            let mut stmt = c
                .prepare(
                    "SELECT email, org, role, password_hash FROM users WHERE org = ?1 ORDER BY email",
                )
                .map_err(db)?;
            let rows = stmt.query_map([&org], user_row).map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        })
        .await
    }

    async fn add_session(&self, session: Session, now: u64) -> Result<(), HubError> {
        self.run(move |c| {
            let tx = c.transaction().map_err(db)?;
            tx.execute(
                "DELETE FROM sessions WHERE expires_millis <= ?1",
                [sql_millis(now)],
            )
            .map_err(db)?;
            tx.execute(
                "INSERT INTO sessions (token_hash, email, csrf, expires_millis) VALUES (?1, ?2, ?3, ?4)",
                params![
                    session.token_hash,
                    session.email,
                    session.csrf,
                    sql_millis(session.expires_millis)
                ],
            )
            .map_err(db)?;
            tx.commit().map_err(db)
        })
        .await
    }

    async fn session(
        &self,
        token_hash: &str,
        now: u64,
    ) -> Result<Option<(Session, User)>, HubError> {
        let token_hash = token_hash.to_owned();
        self.run(move |c| {
            c.query_row(
                "SELECT s.token_hash, s.email, s.csrf, s.expires_millis,
                        u.email, u.org, u.role, u.password_hash
                 FROM sessions s JOIN users u ON u.email = s.email
                 WHERE s.token_hash = ?1 AND s.expires_millis > ?2",
                params![token_hash, sql_millis(now)],
                |r| {
                    let session = Session {
                        token_hash: r.get(0)?,
                        email: r.get(1)?,
                        csrf: r.get(2)?,
                        expires_millis: from_sql(r.get(3)?),
                    };
                    Ok((session, user_at(r, 4)?))
                },
            )
            .optional()
            .map_err(db)
        })
        .await
    }

    async fn end_session(&self, token_hash: &str) -> Result<(), HubError> {
        let token_hash = token_hash.to_owned();
        self.run(move |c| {
            c.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])
                .map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn audit(&self, org: &str, entry: AuditEntry) -> Result<(), HubError> {
        let org = org.to_owned();
        self.run(move |c| {
            c.execute(
                "INSERT INTO audit (org, at_millis, email, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![
                    org,
                    sql_millis(entry.at_millis),
                    entry.email,
                    entry.action,
                    entry.detail
                ],
            )
            .map_err(db)?;
            Ok(())
        })
        .await
    }

    async fn audit_log(&self, org: &str, limit: u32) -> Result<Vec<AuditEntry>, HubError> {
        let org = org.to_owned();
        self.run(move |c| {
            let mut stmt = c
                .prepare(
                    "SELECT at_millis, email, action, detail FROM audit WHERE org = ?1
                     ORDER BY at_millis DESC, rowid DESC LIMIT ?2",
                )
                .map_err(db)?;
            let rows = stmt
                .query_map(params![org, limit], |r| {
                    Ok(AuditEntry {
                        at_millis: from_sql(r.get(0)?),
                        email: r.get(1)?,
                        action: r.get(2)?,
                        detail: r.get(3)?,
                    })
                })
                .map_err(db)?;
            rows.collect::<rusqlite::Result<_>>().map_err(db)
        })
        .await
    }
}

fn user_at(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<User> {
    let role: String = r.get(at + 2)?;
    Ok(User {
        email: r.get(at)?,
        org: r.get(at + 1)?,
        role: Role::parse(&role).unwrap_or(Role::Viewer),
        password_hash: r.get(at + 3)?,
    })
}

fn user_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    user_at(r, 0)
}
