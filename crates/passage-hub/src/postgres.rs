//! The PostgreSQL backend, for hubs at scale: a pool of connections to a
//! database given by URL. It keeps the same tables and the same rules as the
//! SQLite backend (`sqlite.rs`); what differs is how it serializes writers
//! (advisory locks per stream, not one writer for the whole file) and that an
//! append sends each batch in a handful of statements, whatever its size.

use std::collections::{HashMap, HashSet};
use std::time::Duration;

use deadpool_postgres::{Manager, ManagerConfig, Pool, RecyclingMethod};
use passage_store::{Hlc, Record, StreamKey, StreamState};
use passage_sync::keys::DeviceKey;
use passage_sync::plan::Transfer;
use tokio_postgres::NoTls;
use tokio_postgres::types::ToSql;

use crate::storage::{
    AuditEntry, Device, HubError, NewDevice, Org, Role, Session, Storage, User, Waiting,
    continue_from, erasure_of, from_sql, group, sql_millis,
};

/// Keys and scopes compare bytewise (`COLLATE "C"`), as in SQLite, so both
/// backends list things in the same order whatever the server's locale.
const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS orgs (
    slug TEXT COLLATE "C" PRIMARY KEY, name TEXT NOT NULL, created_millis BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS enrol_codes (
    code_hash TEXT PRIMARY KEY, org TEXT COLLATE "C" NOT NULL REFERENCES orgs (slug),
    expires_millis BIGINT NOT NULL, used_millis BIGINT
);
CREATE TABLE IF NOT EXISTS devices (
    id TEXT COLLATE "C" PRIMARY KEY, org TEXT COLLATE "C" NOT NULL REFERENCES orgs (slug),
    name TEXT NOT NULL, token_hash TEXT NOT NULL UNIQUE, public_key TEXT NOT NULL,
    enrolled_millis BIGINT NOT NULL, last_seen_millis BIGINT, revoked_millis BIGINT
);
CREATE TABLE IF NOT EXISTS records (
    device_id TEXT COLLATE "C" NOT NULL, scope TEXT COLLATE "C" NOT NULL, idx BIGINT NOT NULL,
    hlc_millis BIGINT NOT NULL, hlc_counter BIGINT NOT NULL,
    kind TEXT, learner TEXT COLLATE "C", payload TEXT,
    PRIMARY KEY (device_id, scope, idx)
);
CREATE INDEX IF NOT EXISTS records_scope ON records (scope, device_id, idx);
CREATE INDEX IF NOT EXISTS records_learner ON records (scope, learner) WHERE learner IS NOT NULL;
CREATE TABLE IF NOT EXISTS erased (
    scope TEXT COLLATE "C" NOT NULL, learner TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (scope, learner)
);
CREATE TABLE IF NOT EXISTS hub (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS scopes (
    scope TEXT COLLATE "C" PRIMARY KEY, org TEXT COLLATE "C" NOT NULL REFERENCES orgs (slug)
);
CREATE TABLE IF NOT EXISTS users (
    email TEXT COLLATE "C" PRIMARY KEY, org TEXT COLLATE "C" NOT NULL REFERENCES orgs (slug),
    role TEXT NOT NULL, password_hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    token_hash TEXT PRIMARY KEY, email TEXT COLLATE "C" NOT NULL REFERENCES users (email),
    csrf TEXT NOT NULL, expires_millis BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
    id BIGSERIAL PRIMARY KEY, org TEXT COLLATE "C" NOT NULL, at_millis BIGINT NOT NULL,
    email TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_org ON audit (org, at_millis);
CREATE TABLE IF NOT EXISTS device_waiting (
    device_id TEXT COLLATE "C" PRIMARY KEY REFERENCES devices (id), records BIGINT NOT NULL,
    at_millis BIGINT NOT NULL
);
"#;

/// The advisory lock held while creating the schema. Outside the range of
/// `hashtext` (an `int4`), so it never meets a stream's lock.
const SCHEMA_LOCK: i64 = 0x7061_7373_6167_6501;

/// How many connections a hub keeps at most.
const POOL_SIZE: usize = 16;

/// The PostgreSQL backend.
#[derive(Clone, Debug)]
pub struct PgStorage {
    pool: Pool,
}

fn db(e: impl std::fmt::Display) -> HubError {
    HubError::Database(e.to_string())
}

/// tokio-postgres says only "db error" for the server's errors: keep what
/// the server said.
fn pg(e: tokio_postgres::Error) -> HubError {
    match e.as_db_error() {
        Some(d) => HubError::Database(format!("{}: {}", d.code().code(), d.message())),
        None => match std::error::Error::source(&e) {
            Some(cause) => HubError::Database(format!("{e}: {cause}")),
            None => db(e),
        },
    }
}

fn pool_error(e: deadpool_postgres::PoolError) -> HubError {
    match e {
        deadpool_postgres::PoolError::Backend(e) => pg(e),
        e => db(e),
    }
}

impl PgStorage {
    /// Connects to the database at `url` (`postgres://…`) and creates the
    /// tables if they are missing.
    pub async fn connect(url: &str) -> Result<Self, HubError> {
        let mut config: tokio_postgres::Config = url.parse().map_err(pg)?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .build()
            .map_err(db)?;
        let storage = Self { pool };
        storage.create_schema().await?;
        Ok(storage)
    }

    /// Creates the tables under a lock: `CREATE TABLE IF NOT EXISTS` is not
    /// safe against itself when two hubs start at once.
    async fn create_schema(&self) -> Result<(), HubError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg)?;
        tx.execute("SELECT pg_advisory_xact_lock($1)", &[&SCHEMA_LOCK])
            .await
            .map_err(pg)?;
        tx.batch_execute(SCHEMA).await.map_err(pg)?;
        tx.commit().await.map_err(pg)?;
        Ok(())
    }

    async fn client(&self) -> Result<deadpool_postgres::Client, HubError> {
        self.pool.get().await.map_err(pool_error)
    }
}

fn device_row(r: &tokio_postgres::Row) -> Result<Device, HubError> {
    Ok(Device {
        id: r.try_get(0).map_err(pg)?,
        org: r.try_get(1).map_err(pg)?,
        name: r.try_get(2).map_err(pg)?,
        public_key: r.try_get(3).map_err(pg)?,
        enrolled_millis: from_sql(r.try_get(4).map_err(pg)?),
        last_seen_millis: r.try_get::<_, Option<i64>>(5).map_err(pg)?.map(from_sql),
        revoked_millis: r.try_get::<_, Option<i64>>(6).map_err(pg)?.map(from_sql),
    })
}

const DEVICE_COLUMNS: &str =
    "id, org, name, public_key, enrolled_millis, last_seen_millis, revoked_millis";

/// Reads a row of `device_id, scope, idx, hlc_millis, hlc_counter, payload`.
fn to_record(r: &tokio_postgres::Row) -> Result<Record, HubError> {
    let counter: i64 = r.try_get(4).map_err(pg)?;
    let payload: Option<String> = r.try_get(5).map_err(pg)?;
    Ok(Record {
        device_id: r.try_get(0).map_err(pg)?,
        scope: r.try_get(1).map_err(pg)?,
        idx: from_sql(r.try_get(2).map_err(pg)?),
        hlc: Hlc {
            millis: from_sql(r.try_get(3).map_err(pg)?),
            counter: u32::try_from(counter).map_err(db)?,
        },
        payload: payload
            .map(|p| serde_json::from_str(&p))
            .transpose()
            .map_err(db)?,
    })
}

/// The columns of the records an append inserts, one array per column, so
/// a whole batch goes in one `INSERT … SELECT FROM unnest(…)`.
#[derive(Default)]
struct Rows {
    device_id: Vec<String>,
    scope: Vec<String>,
    idx: Vec<i64>,
    hlc_millis: Vec<i64>,
    hlc_counter: Vec<i64>,
    kind: Vec<Option<&'static str>>,
    learner: Vec<Option<String>>,
    payload: Vec<Option<String>>,
}

/// The last index of each stream of a scope, as a loose index scan of
/// `records_scope` (one seek per device, not a pass over every record).
/// The hub's streams have no gaps, so the last index is also the count.
const STATUS_SQL: &str = "WITH RECURSIVE d (device_id) AS (
        SELECT min(device_id) FROM records WHERE scope = $1
        UNION ALL
        SELECT (SELECT min(device_id) FROM records WHERE scope = $1 AND device_id > d.device_id)
        FROM d WHERE d.device_id IS NOT NULL
    )
    SELECT device_id, last, last FROM (
        SELECT device_id,
               (SELECT max(idx) FROM records WHERE scope = $1 AND device_id = d.device_id) AS last
        FROM d WHERE device_id IS NOT NULL
    ) AS heads ORDER BY device_id";

impl Storage for PgStorage {
    async fn create_org(&self, slug: &str, name: &str) -> Result<(), HubError> {
        let client = self.client().await?;
        // One statement: no organisation whose own scope a laptop already claimed.
        let n = client
            .execute(
                "INSERT INTO orgs (slug, name, created_millis)
                 SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM scopes WHERE scope = 'org:' || $1)
                 ON CONFLICT (slug) DO NOTHING",
                &[&slug, &name, &sql_millis(passage_store::wall_millis())],
            )
            .await
            .map_err(pg)?;
        if n == 0 {
            return Err(HubError::OrgExists(slug.to_owned()));
        }
        Ok(())
    }

    async fn scopes_of(&self, org: &str) -> Result<Vec<String>, HubError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT scope FROM scopes WHERE org = $1 ORDER BY scope",
                &[&org],
            )
            .await
            .map_err(pg)?;
        let mut out = vec![passage_sync::org_scope(org)];
        for r in rows {
            out.push(r.try_get(0).map_err(pg)?);
        }
        Ok(out)
    }

    async fn owns_scope(&self, org: &str, scope: &str, claim: bool) -> Result<bool, HubError> {
        if scope == passage_sync::org_scope(org) {
            return Ok(true);
        }
        let client = self.client().await?;
        if claim {
            client
                .execute(
                    "INSERT INTO scopes (scope, org)
                     SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM orgs WHERE 'org:' || slug = $1)
                     ON CONFLICT (scope) DO NOTHING",
                    &[&scope, &org],
                )
                .await
                .map_err(pg)?;
        }
        let owner = client
            .query_opt("SELECT org FROM scopes WHERE scope = $1", &[&scope])
            .await
            .map_err(pg)?;
        Ok(match owner {
            Some(row) => row.try_get::<_, String>(0).map_err(pg)? == org,
            None => false,
        })
    }

    async fn orgs(&self) -> Result<Vec<Org>, HubError> {
        let client = self.client().await?;
        let rows = client
            .query("SELECT slug, name FROM orgs ORDER BY slug", &[])
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| {
                Ok(Org {
                    slug: r.try_get(0).map_err(pg)?,
                    name: r.try_get(1).map_err(pg)?,
                })
            })
            .collect()
    }

    async fn add_enrol_code(
        &self,
        org: &str,
        code_hash: &str,
        expires: u64,
    ) -> Result<(), HubError> {
        let client = self.client().await?;
        let n = client
            .execute(
                "INSERT INTO enrol_codes (code_hash, org, expires_millis)
                 SELECT $1, slug, $3 FROM orgs WHERE slug = $2",
                &[&code_hash, &org, &sql_millis(expires)],
            )
            .await
            .map_err(pg)?;
        if n == 0 {
            return Err(HubError::UnknownOrg(org.to_owned()));
        }
        Ok(())
    }

    async fn enrol(&self, code_hash: &str, now: u64, device: NewDevice) -> Result<Org, HubError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg)?;
        // Using the code up and reading its organisation in one statement:
        // of two enrolments racing on one code, only one finds it unused.
        let row = tx
            .query_opt(
                "UPDATE enrol_codes e SET used_millis = $2 FROM orgs o
                 WHERE o.slug = e.org AND e.code_hash = $1
                   AND e.used_millis IS NULL AND e.expires_millis > $2
                 RETURNING o.slug, o.name",
                &[&code_hash, &sql_millis(now)],
            )
            .await
            .map_err(pg)?;
        let Some(row) = row else {
            return Err(HubError::BadCode);
        };
        let org = Org {
            slug: row.try_get(0).map_err(pg)?,
            name: row.try_get(1).map_err(pg)?,
        };
        tx.execute(
            "INSERT INTO devices (id, org, name, token_hash, public_key, enrolled_millis)
             VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (id) DO UPDATE SET org = excluded.org, name = excluded.name,
               token_hash = excluded.token_hash, public_key = excluded.public_key,
               enrolled_millis = excluded.enrolled_millis, revoked_millis = NULL",
            &[
                &device.id,
                &org.slug,
                &device.name,
                &device.token_hash,
                &device.public_key,
                &sql_millis(now),
            ],
        )
        .await
        .map_err(pg)?;
        tx.commit().await.map_err(pg)?;
        Ok(org)
    }

    async fn device_by_token(&self, token_hash: &str) -> Result<Option<Device>, HubError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                &format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE token_hash = $1"),
                &[&token_hash],
            )
            .await
            .map_err(pg)?;
        row.as_ref().map(device_row).transpose()
    }

    async fn device(&self, id: &str) -> Result<Option<Device>, HubError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                &format!("SELECT {DEVICE_COLUMNS} FROM devices WHERE id = $1"),
                &[&id],
            )
            .await
            .map_err(pg)?;
        row.as_ref().map(device_row).transpose()
    }

    async fn devices(&self, org: &str) -> Result<Vec<Device>, HubError> {
        let client = self.client().await?;
        let rows = client
            .query(
                &format!(
                    "SELECT {DEVICE_COLUMNS} FROM devices WHERE org = $1 ORDER BY enrolled_millis, id"
                ),
                &[&org],
            )
            .await
            .map_err(pg)?;
        rows.iter().map(device_row).collect()
    }

    async fn revoke(&self, id: &str, now: u64) -> Result<bool, HubError> {
        let client = self.client().await?;
        let n = client
            .execute(
                "UPDATE devices SET revoked_millis = $2 WHERE id = $1 AND revoked_millis IS NULL",
                &[&id, &sql_millis(now)],
            )
            .await
            .map_err(pg)?;
        Ok(n > 0)
    }

    async fn seen(&self, id: &str, now: u64) -> Result<(), HubError> {
        let client = self.client().await?;
        client
            .execute(
                "UPDATE devices SET last_seen_millis = $2
                 WHERE id = $1 AND (last_seen_millis IS NULL OR last_seen_millis < $2)",
                &[&id, &sql_millis(now)],
            )
            .await
            .map_err(pg)?;
        Ok(())
    }

    async fn note_waiting(&self, id: &str, records: u64, at: u64) -> Result<(), HubError> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO device_waiting (device_id, records, at_millis) VALUES ($1, $2, $3)
                 ON CONFLICT (device_id) DO UPDATE SET records = excluded.records,
                     at_millis = excluded.at_millis
                 WHERE excluded.at_millis >= device_waiting.at_millis",
                &[&id, &sql_millis(records), &sql_millis(at)],
            )
            .await
            .map_err(pg)?;
        Ok(())
    }

    async fn waiting(&self, org: &str) -> Result<HashMap<String, Waiting>, HubError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT w.device_id, w.records, w.at_millis FROM device_waiting w
                 JOIN devices d ON d.id = w.device_id WHERE d.org = $1",
                &[&org],
            )
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get::<_, String>(0).map_err(pg)?,
                    Waiting {
                        records: from_sql(r.try_get(1).map_err(pg)?),
                        at_millis: from_sql(r.try_get(2).map_err(pg)?),
                    },
                ))
            })
            .collect()
    }

    async fn status(&self, scope: &str) -> Result<Vec<StreamState>, HubError> {
        let client = self.client().await?;
        let stmt = client.prepare_cached(STATUS_SQL).await.map_err(pg)?;
        let rows = client.query(&stmt, &[&scope]).await.map_err(pg)?;
        rows.iter()
            .map(|r| {
                Ok(StreamState {
                    stream: StreamKey {
                        device_id: r.try_get(0).map_err(pg)?,
                        scope: scope.to_owned(),
                    },
                    contiguous: from_sql(r.try_get(1).map_err(pg)?),
                    count: from_sql(r.try_get(2).map_err(pg)?),
                })
            })
            .collect()
    }

    async fn append(&self, records: Vec<Record>, strict: bool) -> Result<usize, HubError> {
        let (keys, groups): (Vec<StreamKey>, Vec<Vec<Record>>) =
            group(records)?.into_iter().unzip();
        if keys.is_empty() {
            return Ok(0);
        }
        let devices: Vec<&str> = keys.iter().map(|k| k.device_id.as_str()).collect();
        let scopes: Vec<&str> = keys.iter().map(|k| k.scope.as_str()).collect();

        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg)?;
        // Appends to one stream wait for each other. Locks are taken in one
        // order (by hash) so appends touching several streams cannot deadlock.
        let lock = tx
            .prepare_cached(
                "SELECT pg_advisory_xact_lock(h) FROM (
                   SELECT DISTINCT hashtext(d || '/' || s) AS h
                   FROM unnest($1::text[], $2::text[]) AS u (d, s)
                 ) AS k ORDER BY h",
            )
            .await
            .map_err(pg)?;
        tx.execute(&lock, &[&devices, &scopes]).await.map_err(pg)?;

        let last = tx
            .prepare_cached(
                "SELECT (SELECT coalesce(max(r.idx), 0) FROM records r
                         WHERE r.device_id = u.d AND r.scope = u.s)
                 FROM unnest($1::text[], $2::text[]) WITH ORDINALITY AS u (d, s, n)
                 ORDER BY u.n",
            )
            .await
            .map_err(pg)?;
        let here = tx.query(&last, &[&devices, &scopes]).await.map_err(pg)?;
        if here.len() != keys.len() {
            return Err(db("the hub's streams could not be read"));
        }

        // Where each group starts, and (lenient) the purged copies of records
        // held in full, to purge here too.
        let mut purge = (Vec::<&str>::new(), Vec::<&str>::new(), Vec::<i64>::new());
        let mut fresh: Vec<(&StreamKey, Vec<Record>)> = Vec::with_capacity(keys.len());
        for ((key, group), row) in keys.iter().zip(groups).zip(&here) {
            let here = from_sql(row.try_get(0).map_err(pg)?);
            if !strict {
                for r in group
                    .iter()
                    .filter(|r| r.payload.is_none() && r.idx <= here)
                {
                    purge.0.push(&key.device_id);
                    purge.1.push(&key.scope);
                    purge.2.push(sql_millis(r.idx));
                }
            }
            fresh.push((key, continue_from(key, group, here, strict)?));
        }
        if !purge.0.is_empty() {
            let stmt = tx
                .prepare_cached(
                    "UPDATE records SET kind = NULL, learner = NULL, payload = NULL
                     FROM unnest($1::text[], $2::text[], $3::bigint[]) AS u (d, s, i)
                     WHERE records.device_id = u.d AND records.scope = u.s AND records.idx = u.i
                       AND (records.kind IS NULL OR records.kind <> 'learner.erased.v1')",
                )
                .await
                .map_err(pg)?;
            tx.execute(&stmt, &[&purge.0, &purge.1, &purge.2])
                .await
                .map_err(pg)?;
        }

        // Which of the learners the new records are about are erased already.
        let mut asked = (Vec::<&str>::new(), Vec::<&str>::new());
        for (key, rs) in &fresh {
            for r in rs {
                if let (Some(l), false) = erasure_of(r.payload.as_ref()) {
                    asked.0.push(&key.scope);
                    asked.1.push(l);
                }
            }
        }
        let mut erased: HashSet<(String, String)> = HashSet::new();
        if !asked.0.is_empty() {
            let stmt = tx
                .prepare_cached(
                    "SELECT e.scope, e.learner FROM erased e
                     JOIN (SELECT DISTINCT s, l FROM unnest($1::text[], $2::text[]) AS u (s, l)) AS u
                       ON e.scope = u.s AND e.learner = u.l",
                )
                .await
                .map_err(pg)?;
            for row in tx.query(&stmt, &[&asked.0, &asked.1]).await.map_err(pg)? {
                erased.insert((row.try_get(0).map_err(pg)?, row.try_get(1).map_err(pg)?));
            }
        }

        // The rows, in stream order: a record about a learner erased before
        // it (here, or earlier in this batch) arrives purged.
        let mut rows = Rows::default();
        let mut erasures = (Vec::<&str>::new(), Vec::<&str>::new());
        for (key, rs) in &fresh {
            for r in rs {
                let (learner, erases) = erasure_of(r.payload.as_ref());
                let purged = match (learner, erases) {
                    (Some(l), false) => erased.contains(&(key.scope.clone(), l.to_owned())),
                    (Some(l), true) => {
                        erased.insert((key.scope.clone(), l.to_owned()));
                        erasures.0.push(&key.scope);
                        erasures.1.push(l);
                        false
                    }
                    (None, _) => false,
                };
                let payload = if purged { None } else { r.payload.as_ref() };
                rows.device_id.push(key.device_id.clone());
                rows.scope.push(key.scope.clone());
                rows.idx.push(sql_millis(r.idx));
                rows.hlc_millis.push(sql_millis(r.hlc.millis));
                rows.hlc_counter.push(i64::from(r.hlc.counter));
                rows.kind.push(payload.map(passage_store::Payload::kind));
                rows.learner.push(payload.and(learner).map(str::to_owned));
                rows.payload
                    .push(payload.map(serde_json::to_string).transpose().map_err(db)?);
            }
        }
        let new = rows.idx.len();
        if new > 0 {
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO records
                       (device_id, scope, idx, hlc_millis, hlc_counter, kind, learner, payload)
                     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[],
                                          $5::bigint[], $6::text[], $7::text[], $8::text[])",
                )
                .await
                .map_err(pg)?;
            let params: [&(dyn ToSql + Sync); 8] = [
                &rows.device_id,
                &rows.scope,
                &rows.idx,
                &rows.hlc_millis,
                &rows.hlc_counter,
                &rows.kind,
                &rows.learner,
                &rows.payload,
            ];
            tx.execute(&stmt, &params).await.map_err(pg)?;
        }

        // Erasures purge what is here about their learner, including what
        // this batch brought before them; they themselves stay, to travel on.
        if !erasures.0.is_empty() {
            let stmt = tx
                .prepare_cached(
                    "INSERT INTO erased (scope, learner)
                     SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING",
                )
                .await
                .map_err(pg)?;
            tx.execute(&stmt, &[&erasures.0, &erasures.1])
                .await
                .map_err(pg)?;
            let stmt = tx
                .prepare_cached(
                    "UPDATE records SET kind = NULL, learner = NULL, payload = NULL
                     FROM unnest($1::text[], $2::text[]) AS u (s, l)
                     WHERE records.scope = u.s AND records.learner = u.l
                       AND records.kind <> 'learner.erased.v1'",
                )
                .await
                .map_err(pg)?;
            tx.execute(&stmt, &[&erasures.0, &erasures.1])
                .await
                .map_err(pg)?;
        }
        tx.commit().await.map_err(pg)?;
        Ok(new)
    }

    async fn read(&self, wants: Vec<Transfer>) -> Result<Vec<Record>, HubError> {
        if wants.is_empty() {
            return Ok(Vec::new());
        }
        let devices: Vec<&str> = wants.iter().map(|t| t.stream.device_id.as_str()).collect();
        let scopes: Vec<&str> = wants.iter().map(|t| t.stream.scope.as_str()).collect();
        let from: Vec<i64> = wants.iter().map(|t| sql_millis(t.from)).collect();
        let to: Vec<i64> = wants.iter().map(|t| sql_millis(t.to)).collect();
        let client = self.client().await?;
        let stmt = client
            .prepare_cached(
                "SELECT r.device_id, r.scope, r.idx, r.hlc_millis, r.hlc_counter, r.payload
                 FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[])
                        WITH ORDINALITY AS w (d, s, f, t, n)
                 JOIN records r ON r.device_id = w.d AND r.scope = w.s AND r.idx BETWEEN w.f AND w.t
                 ORDER BY w.n, r.idx",
            )
            .await
            .map_err(pg)?;
        let rows = client
            .query(&stmt, &[&devices, &scopes, &from, &to])
            .await
            .map_err(pg)?;
        rows.iter().map(to_record).collect()
    }

    async fn export(&self, scope: &str) -> Result<Vec<Record>, HubError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT device_id, scope, idx, hlc_millis, hlc_counter, payload FROM records
                 WHERE scope = $1 ORDER BY device_id, idx",
                &[&scope],
            )
            .await
            .map_err(pg)?;
        rows.iter().map(to_record).collect()
    }

    async fn hub_key(&self) -> Result<DeviceKey, HubError> {
        const READ: &str = "SELECT value FROM hub WHERE key = 'signing-key'";
        let client = self.client().await?;
        let existing: Option<String> = match client.query_opt(READ, &[]).await.map_err(pg)? {
            Some(row) => Some(row.try_get(0).map_err(pg)?),
            None => None,
        };
        if let Some(key) = existing.as_deref().and_then(DeviceKey::from_secret_hex) {
            return Ok(key);
        }
        // Two hubs making the key at once: the first one in is kept.
        let key = DeviceKey::generate().map_err(db)?;
        client
            .execute(
                "INSERT INTO hub (key, value) VALUES ('signing-key', $1) ON CONFLICT DO NOTHING",
                &[&key.secret_hex()],
            )
            .await
            .map_err(pg)?;
        let stored: String = client
            .query_one(READ, &[])
            .await
            .map_err(pg)?
            .try_get(0)
            .map_err(pg)?;
        DeviceKey::from_secret_hex(&stored).ok_or_else(|| db("the stored hub key is damaged"))
    }

    async fn add_user(&self, user: User) -> Result<(), HubError> {
        let client = self.client().await?;
        let n = client
            .execute(
                "INSERT INTO users (email, org, role, password_hash)
                 SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM orgs WHERE slug = $2)
                 ON CONFLICT (email) DO NOTHING",
                &[
                    &user.email,
                    &user.org,
                    &user.role.as_str(),
                    &user.password_hash,
                ],
            )
            .await
            .map_err(pg)?;
        if n > 0 {
            return Ok(());
        }
        let known = client
            .query_opt("SELECT 1 FROM orgs WHERE slug = $1", &[&user.org])
            .await
            .map_err(pg)?;
        match known {
            None => Err(HubError::UnknownOrg(user.org)),
            Some(_) => Err(HubError::UserExists(user.email)),
        }
    }

    async fn set_password(&self, email: &str, password_hash: &str) -> Result<bool, HubError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg)?;
        let n = tx
            .execute(
                "UPDATE users SET password_hash = $2 WHERE email = $1",
                &[&email, &password_hash],
            )
            .await
            .map_err(pg)?;
        // A new password signs every browser out.
        tx.execute("DELETE FROM sessions WHERE email = $1", &[&email])
            .await
            .map_err(pg)?;
        tx.commit().await.map_err(pg)?;
        Ok(n > 0)
    }

    async fn user(&self, email: &str) -> Result<Option<User>, HubError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT email, org, role, password_hash FROM users WHERE email = $1",
                &[&email],
            )
            .await
            .map_err(pg)?;
        row.as_ref().map(|r| user_at(r, 0)).transpose()
    }

    async fn users(&self, org: &str) -> Result<Vec<User>, HubError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT email, org, role, password_hash FROM users WHERE org = $1 ORDER BY email",
                &[&org],
            )
            .await
            .map_err(pg)?;
        rows.iter().map(|r| user_at(r, 0)).collect()
    }

    async fn add_session(&self, session: Session, now: u64) -> Result<(), HubError> {
        let mut client = self.client().await?;
        let tx = client.transaction().await.map_err(pg)?;
        tx.execute(
            "DELETE FROM sessions WHERE expires_millis <= $1",
            &[&sql_millis(now)],
        )
        .await
        .map_err(pg)?;
        tx.execute(
            "INSERT INTO sessions (token_hash, email, csrf, expires_millis) VALUES ($1, $2, $3, $4)",
            &[
                &session.token_hash,
                &session.email,
                &session.csrf,
                &sql_millis(session.expires_millis),
            ],
        )
        .await
        .map_err(pg)?;
        tx.commit().await.map_err(pg)
    }

    async fn session(
        &self,
        token_hash: &str,
        now: u64,
    ) -> Result<Option<(Session, User)>, HubError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT s.token_hash, s.email, s.csrf, s.expires_millis,
                        u.email, u.org, u.role, u.password_hash
                 FROM sessions s JOIN users u ON u.email = s.email
                 WHERE s.token_hash = $1 AND s.expires_millis > $2",
                &[&token_hash, &sql_millis(now)],
            )
            .await
            .map_err(pg)?;
        let Some(r) = row else { return Ok(None) };
        let session = Session {
            token_hash: r.try_get(0).map_err(pg)?,
            email: r.try_get(1).map_err(pg)?,
            csrf: r.try_get(2).map_err(pg)?,
            expires_millis: from_sql(r.try_get(3).map_err(pg)?),
        };
        Ok(Some((session, user_at(&r, 4)?)))
    }

    async fn end_session(&self, token_hash: &str) -> Result<(), HubError> {
        let client = self.client().await?;
        client
            .execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])
            .await
            .map_err(pg)?;
        Ok(())
    }

    async fn audit(&self, org: &str, entry: AuditEntry) -> Result<(), HubError> {
        let client = self.client().await?;
        client
            .execute(
                "INSERT INTO audit (org, at_millis, email, action, detail) VALUES ($1, $2, $3, $4, $5)",
                &[
                    &org,
                    &sql_millis(entry.at_millis),
                    &entry.email,
                    &entry.action,
                    &entry.detail,
                ],
            )
            .await
            .map_err(pg)?;
        Ok(())
    }

    async fn audit_log(&self, org: &str, limit: u32) -> Result<Vec<AuditEntry>, HubError> {
        let client = self.client().await?;
        let rows = client
            .query(
                "SELECT at_millis, email, action, detail FROM audit WHERE org = $1
                 ORDER BY at_millis DESC, id DESC LIMIT $2",
                &[&org, &i64::from(limit)],
            )
            .await
            .map_err(pg)?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at_millis: from_sql(r.try_get(0).map_err(pg)?),
                    email: r.try_get(1).map_err(pg)?,
                    action: r.try_get(2).map_err(pg)?,
                    detail: r.try_get(3).map_err(pg)?,
                })
            })
            .collect()
    }
}

fn user_at(r: &tokio_postgres::Row, at: usize) -> Result<User, HubError> {
    let role: String = r.try_get(at + 2).map_err(pg)?;
    Ok(User {
        email: r.try_get(at).map_err(pg)?,
        org: r.try_get(at + 1).map_err(pg)?,
        role: Role::parse(&role).unwrap_or(Role::Viewer),
        password_hash: r.try_get(at + 3).map_err(pg)?,
    })
}
