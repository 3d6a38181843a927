//! The log seen as streams, for sync: what this store holds of each stream
//! `(device_id, scope)`, and reading a stretch of one. Plus the device's own
//! settings (hub enrolment, sync state), which are not records and never
//! travel.

use rusqlite::{OptionalExtension, params};

use crate::record::Record;
use crate::{Result, Store, StoreError};

/// A stream of records: the device that wrote them and the scope they belong to.
#[derive(
    Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub struct StreamKey {
    /// The writing device.
    pub device_id: String,
    /// The organisation scope (`org:<slug>`) or `personal`.
    pub scope: String,
}

/// What a store holds of one stream.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StreamState {
    /// The stream.
    pub stream: StreamKey,
    /// The highest index `n` such that records `1..=n` are all here.
    pub contiguous: u64,
    /// How many records of the stream are here (more than `contiguous` only
    /// if some arrived ahead of a gap).
    pub count: u64,
}

impl Store {
    /// The state of every stream whose scope is `scope`.
    pub fn streams(&self, scope: &str) -> Result<Vec<StreamState>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT device_id, max(idx), count(*) FROM records
             WHERE scope = ?1 GROUP BY device_id ORDER BY device_id",
        )?;
        let rows = stmt
            .query_map([scope], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut out = Vec::with_capacity(rows.len());
        for (device_id, max, count) in rows {
            let contiguous = if max == count {
                max
            } else {
                // A gap: the first index whose successor is missing.
                self.conn().query_row(
                    "SELECT coalesce(min(a.idx), 0) FROM records a
                     WHERE a.device_id = ?1 AND a.scope = ?2
                       AND NOT EXISTS (SELECT 1 FROM records b WHERE b.device_id = a.device_id
                                       AND b.scope = a.scope AND b.idx = a.idx + 1)
                       AND (a.idx = 1 OR EXISTS (SELECT 1 FROM records c
                            WHERE c.device_id = ?1 AND c.scope = ?2 AND c.idx = 1))",
                    params![device_id, scope],
                    |r| r.get::<_, i64>(0),
                )?
            };
            out.push(StreamState {
                stream: StreamKey {
                    device_id,
                    scope: scope.to_owned(),
                },
                contiguous: u64::try_from(contiguous).unwrap_or(0),
                count: u64::try_from(count).unwrap_or(0),
            });
        }
        Ok(out)
    }

    /// The organisation scopes (`org:…`) this store holds records of.
    pub fn org_scopes(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT DISTINCT scope FROM records WHERE scope >= 'org:' AND scope < 'org;' ORDER BY scope",
        )?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Up to `limit` records of `stream` from index `from` on, in order.
    pub fn stream_records(
        &self,
        stream: &StreamKey,
        from: u64,
        limit: usize,
    ) -> Result<Vec<Record>> {
        let from =
            i64::try_from(from).map_err(|_| StoreError::BadRecord("idx too large".into()))?;
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut stmt = self.conn().prepare_cached(
            "SELECT idx, hlc_millis, hlc_counter, payload FROM records
             WHERE device_id = ?1 AND scope = ?2 AND idx >= ?3 ORDER BY idx LIMIT ?4",
        )?;
        let rows = stmt.query_map(params![stream.device_id, stream.scope, from, limit], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, u32>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (idx, millis, counter, payload) = row?;
            out.push(crate::record_from_row(
                stream.device_id.clone(),
                stream.scope.clone(),
                idx,
                millis,
                counter,
                payload,
            )?);
        }
        Ok(out)
    }

    /// One of this device's settings.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// This device's settings whose keys start with `prefix`, by key.
    pub fn settings_under(&self, prefix: &str) -> Result<Vec<(String, String)>> {
        // `key >= prefix AND key < prefix + U+10FFFF`: a range on the key's
        // index, with no LIKE wildcards to escape.
        let end = format!("{prefix}\u{10FFFF}");
        let mut stmt = self
            .conn()
            .prepare("SELECT key, value FROM settings WHERE key >= ?1 AND key < ?2 ORDER BY key")?;
        let rows = stmt.query_map(params![prefix, end], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets (or with `None` removes) one of this device's settings.
    pub fn set_setting(&mut self, key: &str, value: Option<&str>) -> Result<()> {
        self.write(|tx| {
            match value {
                Some(v) => tx.execute(
                    "INSERT INTO settings (key, value) VALUES (?1, ?2)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    params![key, v],
                )?,
                None => tx.execute("DELETE FROM settings WHERE key = ?1", [key])?,
            };
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hlc::Hlc;
    use crate::record::Payload;

    fn record(device: &str, idx: u64) -> Record {
        Record {
            device_id: device.into(),
            scope: "org:a".into(),
            idx,
            hlc: Hlc {
                millis: idx,
                counter: 0,
            },
            payload: Some(Payload::LearnerRegistered {
                learner: format!("l{idx}"),
            }),
        }
    }

    #[test]
    fn a_gap_stops_the_contiguous_count_where_it_starts() {
        let mut store = Store::open_in_memory().expect("store");
        let recs: Vec<Record> = [1, 2, 3, 5, 6].iter().map(|i| record("d1", *i)).collect();
        store.apply_records(&recs).expect("apply");
        store
            .apply_records(&[record("d2", 2), record("d2", 3)])
            .expect("apply");
        let states = store.streams("org:a").expect("streams");
        assert_eq!(
            states
                .iter()
                .map(|s| (s.stream.device_id.as_str(), s.contiguous, s.count))
                .collect::<Vec<_>>(),
            [("d1", 3, 5), ("d2", 0, 2)]
        );
        assert!(store.streams("org:b").expect("streams").is_empty());
        store
            .append(
                "personal",
                vec![Payload::LearnerRegistered {
                    learner: "p".into(),
                }],
            )
            .expect("append");
        assert_eq!(store.org_scopes().expect("scopes"), ["org:a"]);
    }

    #[test]
    fn reading_a_stretch_of_a_stream_is_in_order_and_bounded() {
        let mut store = Store::open_in_memory().expect("store");
        let recs: Vec<Record> = (1..=10).map(|i| record("d1", i)).collect();
        store.apply_records(&recs).expect("apply");
        let key = StreamKey {
            device_id: "d1".into(),
            scope: "org:a".into(),
        };
        let got = store.stream_records(&key, 4, 3).expect("read");
        assert_eq!(got, recs[3..6].to_vec());
    }

    #[test]
    fn settings_under_a_prefix_are_those_and_only_those() {
        let mut store = Store::open_in_memory().expect("store");
        for key in [
            "review/km/a",
            "review/km/b",
            "review/kmx/c",
            "review/k",
            "ui.locale",
        ] {
            store.set_setting(key, Some(key)).expect("set");
        }
        let keys: Vec<String> = store
            .settings_under("review/km/")
            .expect("read")
            .into_iter()
            .map(|(k, _)| k)
            .collect();
        assert_eq!(keys, ["review/km/a", "review/km/b"]);
    }

    #[test]
    fn settings_are_set_replaced_and_removed() {
        let mut store = Store::open_in_memory().expect("store");
        assert_eq!(store.setting("hub").expect("get"), None);
        store.set_setting("hub", Some("a")).expect("set");
        store.set_setting("hub", Some("b")).expect("set");
        assert_eq!(store.setting("hub").expect("get").as_deref(), Some("b"));
        store.set_setting("hub", None).expect("remove");
        assert_eq!(store.setting("hub").expect("get"), None);
    }
}
