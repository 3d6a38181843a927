//! The pure planner: from what each side holds, what to send. No I/O, so it
//! is tested with case tables.

use passage_store::{StreamKey, StreamState};
use serde::{Deserialize, Serialize};

/// Records `from..=to` of one stream.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Transfer {
    /// The stream.
    pub stream: StreamKey,
    /// First index to send.
    pub from: u64,
    /// Last index to send.
    pub to: u64,
}

impl Transfer {
    /// How many records.
    pub fn len(&self) -> u64 {
        self.to + 1 - self.from
    }

    /// Never true: a transfer holds at least one record.
    pub fn is_empty(&self) -> bool {
        false
    }
}

/// What `have` must send so `peer` holds every stream as far as `have`
/// does: for each stream, the records after the peer's contiguous end.
/// Only streams whose scope passes `scope` are considered.
pub fn plan(have: &[StreamState], peer: &[StreamState], scope: &str) -> Vec<Transfer> {
    let mut out = Vec::new();
    for mine in have.iter().filter(|s| s.stream.scope == scope) {
        let theirs = peer
            .iter()
            .find(|s| s.stream == mine.stream)
            .map_or(0, |s| s.contiguous);
        if mine.contiguous > theirs {
            out.push(Transfer {
                stream: mine.stream.clone(),
                from: theirs + 1,
                to: mine.contiguous,
            });
        }
    }
    out.sort_by(|a, b| a.stream.cmp(&b.stream));
    out
}

/// Splits transfers into pages of at most `page` records, keeping order.
pub fn paginate(transfers: &[Transfer], page: usize) -> Vec<Vec<Transfer>> {
    let page = page.max(1) as u64;
    let mut pages: Vec<Vec<Transfer>> = Vec::new();
    let mut current: Vec<Transfer> = Vec::new();
    let mut room = page;
    for t in transfers {
        let mut from = t.from;
        while from <= t.to {
            let take = (t.to - from + 1).min(room);
            current.push(Transfer {
                stream: t.stream.clone(),
                from,
                to: from + take - 1,
            });
            from += take;
            room -= take;
            if room == 0 {
                pages.push(std::mem::take(&mut current));
                room = page;
            }
        }
    }
    if !current.is_empty() {
        pages.push(current);
    }
    pages
}

/// A stream whose record counts differ between two sides after a sync.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mismatch {
    /// The stream.
    pub stream: StreamKey,
    /// Records here.
    pub here: u64,
    /// Records there.
    pub there: u64,
}

/// Streams of `scope` whose counts differ between `here` and `there`.
pub fn mismatches(here: &[StreamState], there: &[StreamState], scope: &str) -> Vec<Mismatch> {
    let mut keys: Vec<&StreamKey> = here
        .iter()
        .chain(there)
        .map(|s| &s.stream)
        .filter(|k| k.scope == scope)
        .collect();
    keys.sort();
    keys.dedup();
    let count = |side: &[StreamState], k: &StreamKey| {
        side.iter().find(|s| &s.stream == k).map_or(0, |s| s.count)
    };
    keys.into_iter()
        .filter_map(|k| {
            let (a, b) = (count(here, k), count(there, k));
            (a != b).then(|| Mismatch {
                stream: k.clone(),
                here: a,
                there: b,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(d: &str, s: &str) -> StreamKey {
        StreamKey {
            device_id: d.into(),
            scope: s.into(),
        }
    }

    fn st(d: &str, s: &str, contiguous: u64, count: u64) -> StreamState {
        StreamState {
            stream: key(d, s),
            contiguous,
            count,
        }
    }

    /// Name, what we hold, what the peer holds, the plan.
    type PlanCase = (
        &'static str,
        Vec<StreamState>,
        Vec<StreamState>,
        Vec<Transfer>,
    );
    /// Name, transfers, page size, the pages.
    type PageCase = (&'static str, Vec<Transfer>, usize, Vec<Vec<Transfer>>);

    fn t(d: &str, from: u64, to: u64) -> Transfer {
        Transfer {
            stream: key(d, "org:a"),
            from,
            to,
        }
    }

    #[test]
    fn the_plan_sends_what_the_peer_lacks_and_nothing_else() {
        let cases: Vec<PlanCase> = vec![
            ("both empty", vec![], vec![], vec![]),
            (
                "peer has nothing",
                vec![st("d1", "org:a", 5, 5)],
                vec![],
                vec![t("d1", 1, 5)],
            ),
            (
                "peer is behind",
                vec![st("d1", "org:a", 9, 9)],
                vec![st("d1", "org:a", 4, 4)],
                vec![t("d1", 5, 9)],
            ),
            (
                "peer is level",
                vec![st("d1", "org:a", 4, 4)],
                vec![st("d1", "org:a", 4, 4)],
                vec![],
            ),
            (
                "peer is ahead",
                vec![st("d1", "org:a", 2, 2)],
                vec![st("d1", "org:a", 4, 4)],
                vec![],
            ),
            (
                "peer holds records past a gap: resend from its contiguous end",
                vec![st("d1", "org:a", 9, 9)],
                vec![st("d1", "org:a", 3, 6)],
                vec![t("d1", 4, 9)],
            ),
            (
                "our own gap: send only what is contiguous",
                vec![st("d1", "org:a", 3, 7)],
                vec![],
                vec![t("d1", 1, 3)],
            ),
            (
                "other scopes never travel (personal, another organisation)",
                vec![
                    st("d1", "personal", 9, 9),
                    st("d1", "org:b", 9, 9),
                    st("d2", "org:a", 1, 1),
                ],
                vec![],
                vec![t("d2", 1, 1)],
            ),
            (
                "several streams, in stream order",
                vec![
                    st("d2", "org:a", 2, 2),
                    st("d1", "org:a", 3, 3),
                    st("d3", "org:a", 1, 1),
                ],
                vec![st("d3", "org:a", 1, 1), st("d1", "org:a", 1, 1)],
                vec![t("d1", 2, 3), t("d2", 1, 2)],
            ),
        ];
        for (name, have, peer, want) in cases {
            assert_eq!(plan(&have, &peer, "org:a"), want, "{name}");
        }
    }

    #[test]
    fn pages_split_transfers_and_never_exceed_the_size() {
        let cases: Vec<PageCase> = vec![
            ("nothing", vec![], 3, vec![]),
            ("fits", vec![t("d1", 1, 2)], 3, vec![vec![t("d1", 1, 2)]]),
            ("exact", vec![t("d1", 1, 3)], 3, vec![vec![t("d1", 1, 3)]]),
            (
                "split",
                vec![t("d1", 1, 7)],
                3,
                vec![
                    vec![t("d1", 1, 3)],
                    vec![t("d1", 4, 6)],
                    vec![t("d1", 7, 7)],
                ],
            ),
            (
                "two streams share a page",
                vec![t("d1", 1, 2), t("d2", 5, 8)],
                3,
                vec![vec![t("d1", 1, 2), t("d2", 5, 5)], vec![t("d2", 6, 8)]],
            ),
        ];
        for (name, transfers, size, want) in cases {
            assert_eq!(paginate(&transfers, size), want, "{name}");
        }
    }

    #[test]
    fn mismatches_name_the_streams_whose_counts_differ() {
        let here = vec![
            st("d1", "org:a", 3, 3),
            st("d2", "org:a", 2, 2),
            st("d9", "personal", 5, 5),
        ];
        let there = vec![st("d1", "org:a", 3, 3), st("d3", "org:a", 1, 1)];
        assert_eq!(
            mismatches(&here, &there, "org:a"),
            vec![
                Mismatch {
                    stream: key("d2", "org:a"),
                    here: 2,
                    there: 0
                },
                Mismatch {
                    stream: key("d3", "org:a"),
                    here: 0,
                    there: 1
                },
            ]
        );
    }
}
