//! The store on real files: profiles and progress written and read back, a
//! learner's export and erasure, a damaged file, a full disk.

use passage_store::{LessonRef, PERSONAL_SCOPE, Payload, ProfileField, Store, StoreError};

fn at(lesson: &str) -> LessonRef {
    LessonRef {
        course: "safe-migration".into(),
        lesson: lesson.into(),
    }
}

fn register(store: &mut Store, id: &str, name: &str) {
    store
        .append(
            PERSONAL_SCOPE,
            vec![
                Payload::LearnerRegistered { learner: id.into() },
                Payload::LearnerField {
                    learner: id.into(),
                    field: ProfileField::Name,
                    value: Some(name.into()),
                },
                Payload::LearnerField {
                    learner: id.into(),
                    field: ProfileField::PinHash,
                    value: Some("$argon2id$v=19$secret".into()),
                },
                Payload::LearnerConsented {
                    learner: id.into(),
                    text_version: 1,
                },
            ],
        )
        .expect("register");
}

#[test]
fn progress_survives_reopening_and_streams_stay_contiguous() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("learners.sqlite");
    let device = {
        let mut store = Store::open(&path).expect("open");
        register(&mut store, "l1", "Srey Mom");
        store
            .append(
                PERSONAL_SCOPE,
                vec![
                    Payload::LessonOpened {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                    },
                    Payload::LessonTime {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                        seconds: 90,
                    },
                    Payload::LessonTime {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                        seconds: 30,
                    },
                    Payload::LessonCompleted {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                    },
                    Payload::Bookmark {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                        on: true,
                    },
                    Payload::Note {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                        text: "Ask about the fee".into(),
                    },
                    Payload::QuizFinished {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                        attempt: "a".into(),
                        score: 2,
                        total: 4,
                    },
                    Payload::QuizFinished {
                        learner: "l1".into(),
                        at: at("fees-and-debt"),
                        attempt: "b".into(),
                        score: 4,
                        total: 4,
                    },
                    Payload::LessonOpened {
                        learner: "l1".into(),
                        at: at("red-flags-in-recruitment"),
                    },
                ],
            )
            .expect("append");
        store.device_id().to_owned()
    };
    let store = Store::open(&path).expect("reopen");
    assert_eq!(store.device_id(), device, "the device keeps its id");
    let p = &store.progress("l1").expect("progress")[&at("fees-and-debt")];
    assert!(p.opened && p.completed && p.bookmarked);
    assert_eq!(p.seconds, 120);
    assert_eq!(p.note.as_deref(), Some("Ask about the fee"));
    assert_eq!(p.best_quiz, Some((4, 4)));
    assert_eq!(
        store.last_opened("l1").expect("last"),
        Some(at("red-flags-in-recruitment"))
    );
    let learners = store.learners().expect("learners");
    assert_eq!(learners.len(), 1);
    assert_eq!(learners[0].name, "Srey Mom");
    assert!(learners[0].has_pin);
    let idx: Vec<u64> = store
        .records()
        .expect("records")
        .iter()
        .map(|r| r.idx)
        .collect();
    assert_eq!(idx, (1..=13).collect::<Vec<u64>>());
}

#[test]
fn a_learner_sees_their_data_and_erasing_it_leaves_only_the_places() {
    let mut store = Store::open_in_memory().expect("store");
    register(&mut store, "l1", "Lina");
    register(&mut store, "l2", "Budi");
    store
        .append(
            PERSONAL_SCOPE,
            vec![Payload::LessonOpened {
                learner: "l1".into(),
                at: at("x"),
            }],
        )
        .expect("append");

    let export = store.export("l1").expect("export");
    let text = export.to_string();
    assert!(
        text.contains("Lina") && text.contains("lesson.opened.v1"),
        "{text}"
    );
    assert!(
        !text.contains("argon2"),
        "the PIN hash is never exported: {text}"
    );
    assert!(!text.contains("Budi"), "only their own data: {text}");
    assert_eq!(export["records"].as_array().map(Vec::len), Some(5));

    store
        .append(
            PERSONAL_SCOPE,
            vec![Payload::LearnerErased {
                learner: "l1".into(),
            }],
        )
        .expect("erase");
    assert!(store.profile("l1").expect("profile").is_none());
    assert!(store.progress("l1").expect("progress").is_empty());
    assert_eq!(store.learners().expect("learners").len(), 1);
    let records = store.records().expect("records");
    // Places kept (the stream stays contiguous), payloads gone.
    assert_eq!(records.len(), 10);
    let dump = format!("{records:?}");
    assert!(!dump.contains("Lina"), "{dump}");
    assert!(dump.contains("Budi"));
    // A late record about the erased learner (say, from another laptop) is purged on arrival.
    let mut late = records[5].clone();
    late.device_id = "other".into();
    late.idx = 1;
    late.payload = Some(Payload::LessonOpened {
        learner: "l1".into(),
        at: at("y"),
    });
    assert_eq!(store.apply_records(&[late]).expect("late"), 1);
    assert!(store.progress("l1").expect("progress").is_empty());
    assert!(!format!("{:?}", store.records().expect("records")).contains("\"y\""));
}

#[test]
fn a_damaged_or_foreign_file_is_reported_and_left_as_it_is() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("learners.sqlite");
    let junk = b"this is not a database, it is a shopping list\n".repeat(200);
    std::fs::write(&path, &junk).expect("write");
    let err = Store::open(&path).expect_err("refused");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    assert!(err.to_string().contains("learners.sqlite"), "{err}");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        junk,
        "the file is untouched"
    );

    // A database from a newer Passage is not migrated backwards.
    let newer = dir.path().join("newer.sqlite");
    {
        let conn = rusqlite::Connection::open(&newer).expect("open");
        conn.pragma_update(None, "user_version", 99)
            .expect("version");
    }
    let err = Store::open(&newer).expect_err("too new");
    assert!(matches!(err, StoreError::TooNew { found: 99, .. }), "{err}");
}

#[test]
fn a_full_disk_is_a_clear_error_and_nothing_is_half_written() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("learners.sqlite");
    let mut store = Store::open(&path).expect("open");
    register(&mut store, "l1", "Thu");
    let before = store.records().expect("records").len();
    // Let the file grow by no more than a few pages: SQLite then reports
    // SQLITE_FULL exactly as it does on a full disk.
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        let pages: i64 = conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .expect("pages");
        drop(conn);
        store.set_max_pages_for_test(pages + 1).expect("limit");
    }
    let big: Vec<Payload> = (0..2_000)
        .map(|i| Payload::Note {
            learner: "l1".into(),
            at: at(&format!("lesson-{i}")),
            text: "x".repeat(200),
        })
        .collect();
    let err = store.append(PERSONAL_SCOPE, big).expect_err("disk full");
    assert!(matches!(err, StoreError::DiskFull), "{err}");
    assert_eq!(err.to_string(), "the disk is full: nothing was saved");
    assert_eq!(
        store.records().expect("records").len(),
        before,
        "all or nothing"
    );
    assert!(store.progress("l1").expect("progress").is_empty());
}

#[test]
fn a_backup_is_a_complete_store() {
    let dir = tempfile::tempdir().expect("dir");
    let mut store = Store::open(&dir.path().join("a.sqlite")).expect("open");
    register(&mut store, "l1", "Zaw Min");
    let copy = dir.path().join("backup.sqlite");
    store.backup_to(&copy).expect("backup");
    let restored = Store::open(&copy).expect("opens");
    assert_eq!(restored.learners().expect("learners")[0].name, "Zaw Min");
}

#[test]
fn a_version_1_database_is_migrated_with_its_records_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("learners.sqlite");
    {
        let mut store = Store::open(&path).expect("open");
        register(&mut store, "l1", "Mai");
    }
    // Turn it back into what version 1 of Passage left on disk.
    {
        let conn = rusqlite::Connection::open(&path).expect("open");
        conn.execute_batch(
            "DROP TABLE plan_items; DROP TABLE workshops; DROP TABLE enrolments;
             DROP TABLE test_sittings; DROP TABLE settings; PRAGMA user_version = 1;",
        )
        .expect("downgrade");
    }
    let mut store = Store::open(&path).expect("migrates");
    assert_eq!(
        store.schema_version().expect("version"),
        passage_store::LATEST_VERSION
    );
    assert_eq!(store.learners().expect("learners")[0].name, "Mai");
    store
        .append(
            PERSONAL_SCOPE,
            vec![Payload::PlanSaved {
                learner: "l1".into(),
                tool: "savings-goal".into(),
                inputs: [("goal".to_owned(), "6000".to_owned())].into(),
                result: [("months".to_owned(), "6".to_owned())].into(),
            }],
        )
        .expect("plan");
    let plan = store.plan("l1").expect("plan");
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0].result["months"], "6");
}

#[test]
fn a_workshop_keeps_its_people_attendance_and_latest_test_across_reopening() {
    use passage_store::{WorkshopDetails, WorkshopTest};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("learners.sqlite");
    let scope = "org:example";
    {
        let mut store = Store::open(&path).expect("open");
        let details = |title: &str| WorkshopDetails {
            title: title.into(),
            organisation: "Example CSO".into(),
            ..WorkshopDetails::default()
        };
        store
            .append(
                scope,
                vec![
                    Payload::WorkshopSaved {
                        workshop: "w1".into(),
                        details: details("Draft title"),
                    },
                    Payload::LearnerRegistered {
                        learner: "p1".into(),
                    },
                    Payload::Enrolled {
                        workshop: "w1".into(),
                        learner: "p1".into(),
                    },
                    Payload::LearnerRegistered {
                        learner: "p2".into(),
                    },
                    Payload::Enrolled {
                        workshop: "w1".into(),
                        learner: "p2".into(),
                    },
                    Payload::AttendanceMarked {
                        workshop: "w1".into(),
                        learner: "p1".into(),
                        session: "s1".into(),
                        present: true,
                    },
                    Payload::AttendanceMarked {
                        workshop: "w1".into(),
                        learner: "p2".into(),
                        session: "s1".into(),
                        present: true,
                    },
                    // A mis-click corrected.
                    Payload::AttendanceMarked {
                        workshop: "w1".into(),
                        learner: "p2".into(),
                        session: "s1".into(),
                        present: false,
                    },
                    Payload::TestSat {
                        workshop: "w1".into(),
                        learner: "p1".into(),
                        test: WorkshopTest::Pre,
                        answers: Default::default(),
                        score: 1,
                        total: 5,
                        on_paper: true,
                    },
                    Payload::TestSat {
                        workshop: "w1".into(),
                        learner: "p1".into(),
                        test: WorkshopTest::Pre,
                        answers: Default::default(),
                        score: 2,
                        total: 5,
                        on_paper: false,
                    },
                    Payload::WorkshopSaved {
                        workshop: "w1".into(),
                        details: details("Safe migration, Kampot"),
                    },
                ],
            )
            .expect("append");
    }
    let mut store = Store::open(&path).expect("reopen");
    let workshop = store.workshop("w1").expect("read").expect("there");
    assert_eq!(workshop.details.title, "Safe migration, Kampot");
    assert_eq!(workshop.scope, scope);
    assert_eq!(workshop.participants, 2);
    assert_eq!(store.enrolled("w1").expect("enrolled"), ["p1", "p2"]);
    let present: Vec<_> = store
        .attendance("w1")
        .expect("attendance")
        .into_iter()
        .collect();
    assert_eq!(present, [("p1".to_owned(), "s1".to_owned())]);
    let sittings = store.test_sittings("w1").expect("sittings");
    assert_eq!(sittings.len(), 1, "only the latest sitting counts");
    assert_eq!((sittings[0].score, sittings[0].on_paper), (2, false));

    // Erasing a participant takes them out of the workshop everywhere.
    store
        .append(
            scope,
            vec![Payload::LearnerErased {
                learner: "p1".into(),
            }],
        )
        .expect("erase");
    assert_eq!(store.enrolled("w1").expect("enrolled"), ["p2"]);
    assert!(store.attendance("w1").expect("attendance").is_empty());
    assert!(store.test_sittings("w1").expect("sittings").is_empty());
    assert_eq!(store.workshops().expect("list").len(), 1);
}
