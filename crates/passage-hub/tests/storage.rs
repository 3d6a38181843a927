//! The storage contract: both backends (SQLite, and PostgreSQL on a real
//! server started for the test) must pass the same suite.

use passage_hub::storage::{HubError, NewDevice, Storage};
use passage_hub::{PgStorage, SqliteStorage};
use passage_store::{Hlc, Payload, Record, StreamKey};
use passage_sync::plan::Transfer;

fn rec(device: &str, scope: &str, idx: u64, payload: Option<Payload>) -> Record {
    Record {
        device_id: device.into(),
        scope: scope.into(),
        idx,
        hlc: Hlc {
            millis: 1_700_000_000_000 + idx,
            counter: 0,
        },
        payload,
    }
}

fn registered(learner: &str) -> Option<Payload> {
    Some(Payload::LearnerRegistered {
        learner: learner.into(),
    })
}

fn device(id: &str, token: &str) -> NewDevice {
    NewDevice {
        id: id.into(),
        name: format!("laptop {id}"),
        token_hash: token.into(),
        public_key: "ab".repeat(32),
    }
}

async fn suite<S: Storage>(s: S) {
    // Organisations and enrolment.
    s.create_org("cso-a", "CSO A").await.expect("org");
    s.create_org("cso-b", "CSO B").await.expect("org");
    assert!(matches!(
        s.create_org("cso-a", "again").await,
        Err(HubError::OrgExists(_))
    ));
    assert_eq!(s.orgs().await.expect("orgs").len(), 2);
    assert!(matches!(
        s.add_enrol_code("nope", "h", 10).await,
        Err(HubError::UnknownOrg(_))
    ));
    s.add_enrol_code("cso-a", "code1", 2_000)
        .await
        .expect("code");
    s.add_enrol_code("cso-a", "old", 500).await.expect("code");
    assert!(matches!(
        s.enrol("unknown", 1_000, device("d1", "t1")).await,
        Err(HubError::BadCode)
    ));
    assert!(
        matches!(
            s.enrol("old", 1_000, device("d1", "t1")).await,
            Err(HubError::BadCode)
        ),
        "expired"
    );
    let org = s
        .enrol("code1", 1_000, device("d1", "t1"))
        .await
        .expect("enrols");
    assert_eq!(org.slug, "cso-a");
    assert!(
        matches!(
            s.enrol("code1", 1_001, device("d2", "t2")).await,
            Err(HubError::BadCode)
        ),
        "used"
    );
    let d1 = s
        .device_by_token("t1")
        .await
        .expect("lookup")
        .expect("found");
    assert_eq!(
        (d1.id.as_str(), d1.org.as_str(), d1.revoked_millis),
        ("d1", "cso-a", None)
    );
    assert!(s.device_by_token("t2").await.expect("lookup").is_none());
    s.seen("d1", 1_500).await.expect("seen");
    assert_eq!(
        s.device("d1")
            .await
            .expect("d")
            .expect("found")
            .last_seen_millis,
        Some(1_500)
    );
    assert!(s.revoke("d1", 1_600).await.expect("revoke"));
    assert!(!s.revoke("d1", 1_700).await.expect("revoke twice"));
    assert!(!s.revoke("nobody", 1_700).await.expect("revoke unknown"));
    assert_eq!(
        s.devices("cso-a").await.expect("list")[0].revoked_millis,
        Some(1_600)
    );
    // Enrolling again with a new code gives a new token and lifts the revocation.
    s.add_enrol_code("cso-a", "code2", 9_000)
        .await
        .expect("code");
    s.enrol("code2", 2_000, device("d1", "t1b"))
        .await
        .expect("re-enrols");
    assert!(
        s.device_by_token("t1").await.expect("lookup").is_none(),
        "old token gone"
    );
    assert_eq!(
        s.device_by_token("t1b")
            .await
            .expect("lookup")
            .expect("found")
            .revoked_millis,
        None
    );

    // Records: strict appends continue streams, replays and gaps are refused whole.
    let a = "org:cso-a";
    let first: Vec<Record> = (1..=3)
        .map(|i| rec("d1", a, i, registered(&format!("l{i}"))))
        .collect();
    assert_eq!(s.append(first.clone(), true).await.expect("append"), 3);
    assert!(matches!(
        s.append(first.clone(), true).await,
        Err(HubError::Stale(_))
    ));
    let gap = vec![rec("d1", a, 5, registered("l5"))];
    assert!(matches!(s.append(gap, true).await, Err(HubError::Gap(_))));
    let mixed = vec![
        rec("d2", a, 1, registered("m1")),
        rec("d1", a, 9, registered("x")),
    ];
    assert!(matches!(s.append(mixed, true).await, Err(HubError::Gap(_))));
    assert!(
        s.status(a)
            .await
            .expect("status")
            .iter()
            .all(|st| st.stream.device_id == "d1"),
        "nothing of a refused batch stored"
    );
    let holey = vec![rec("d2", a, 1, None), rec("d2", a, 3, None)];
    assert!(matches!(
        s.append(holey, true).await,
        Err(HubError::Invalid(_))
    ));
    // Lenient (a USB file): what is here is skipped, the rest continues.
    let file: Vec<Record> = (2..=5)
        .map(|i| rec("d1", a, i, registered(&format!("l{i}"))))
        .collect();
    assert_eq!(s.append(file, false).await.expect("lenient"), 2);
    assert_eq!(
        s.append(vec![rec("d3", "org:cso-b", 1, registered("b1"))], true)
            .await
            .expect("b"),
        1
    );
    let status = s.status(a).await.expect("status");
    assert_eq!(status.len(), 1);
    assert_eq!((status[0].contiguous, status[0].count), (5, 5));
    let read = s
        .read(vec![Transfer {
            stream: StreamKey {
                device_id: "d1".into(),
                scope: a.into(),
            },
            from: 2,
            to: 3,
        }])
        .await
        .expect("read");
    assert_eq!(read, first[1..3].to_vec());
    assert_eq!(s.export("org:cso-b").await.expect("export").len(), 1);

    // Erasure: purges what is here (keeping places), and what arrives later.
    let about_l2 = Some(Payload::LessonCompleted {
        learner: "l2".into(),
        at: passage_store::LessonRef {
            course: "c".into(),
            lesson: "x".into(),
        },
    });
    s.append(vec![rec("d1", a, 6, about_l2.clone())], true)
        .await
        .expect("append");
    s.append(
        vec![rec(
            "d1",
            a,
            7,
            Some(Payload::LearnerErased {
                learner: "l2".into(),
            }),
        )],
        true,
    )
    .await
    .expect("erase");
    s.append(vec![rec("d1", a, 8, about_l2)], true)
        .await
        .expect("late record");
    let all = s.export(a).await.expect("export");
    assert_eq!(all.len(), 8, "places kept");
    assert_eq!(all[1].payload, None, "registration of l2 purged");
    assert_eq!(all[5].payload, None, "lesson of l2 purged");
    assert!(
        matches!(all[6].payload, Some(Payload::LearnerErased { .. })),
        "the erasure stays to travel on"
    );
    assert_eq!(
        all[7].payload, None,
        "a late record about l2 purged on arrival"
    );
    assert_eq!(all[0].payload, registered("l1"), "others untouched");

    // Scopes: an organisation's own, names its laptops claim, never another's.
    assert_eq!(s.scopes_of("cso-a").await.expect("scopes"), ["org:cso-a"]);
    assert!(
        s.owns_scope("cso-a", "org:cso-a", false)
            .await
            .expect("own")
    );
    assert!(
        !s.owns_scope("cso-a", "org:cso-b", true)
            .await
            .expect("another org's")
    );
    assert!(
        !s.owns_scope("cso-a", "org:typed", false)
            .await
            .expect("not claimed without asking")
    );
    assert!(
        s.owns_scope("cso-a", "org:typed", true)
            .await
            .expect("claimed")
    );
    assert!(
        !s.owns_scope("cso-b", "org:typed", true)
            .await
            .expect("taken")
    );
    assert_eq!(
        s.scopes_of("cso-a").await.expect("scopes"),
        ["org:cso-a", "org:typed"]
    );
    assert!(matches!(
        s.create_org("typed", "late").await,
        Err(HubError::OrgExists(_))
    ));

    // What a laptop said it still had to send: the newest word counts,
    // and another organisation does not see it.
    assert!(s.waiting("cso-a").await.expect("waiting").is_empty());
    s.note_waiting("d1", 2_500, 5_000).await.expect("note");
    s.note_waiting("d1", 0, 4_000).await.expect("older note");
    let waiting = s.waiting("cso-a").await.expect("waiting");
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        (waiting["d1"].records, waiting["d1"].at_millis),
        (2_500, 5_000)
    );
    s.note_waiting("d1", 0, 6_000).await.expect("note");
    assert_eq!(s.waiting("cso-a").await.expect("waiting")["d1"].records, 0);
    assert!(s.waiting("cso-b").await.expect("waiting").is_empty());
    // Last seen only moves forward.
    s.seen("d1", 9_000).await.expect("seen");
    s.seen("d1", 8_000).await.expect("seen earlier");
    let d1 = s.device("d1").await.expect("device").expect("d1");
    assert_eq!(d1.last_seen_millis, Some(9_000));

    // The hub's key is made once and kept.
    let k1 = s.hub_key().await.expect("key");
    let k2 = s.hub_key().await.expect("key");
    assert_eq!(k1.public_hex(), k2.public_hex());
}

#[tokio::test]
async fn sqlite_backend_keeps_the_contract() {
    let dir = tempfile::tempdir().expect("dir");
    suite(SqliteStorage::open(&dir.path().join("hub.sqlite")).expect("open")).await;
}

#[tokio::test]
async fn postgres_backend_keeps_the_contract() {
    let pg = passage_hub::testing::TempPostgres::start().expect("a PostgreSQL server for the test");
    let url = pg.fresh_database("contract").expect("database");
    suite(PgStorage::connect(&url).await.expect("connect")).await;
}
