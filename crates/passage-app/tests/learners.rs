//! Learners on a shared laptop, over a real store file: profiles with a PIN,
//! progress and quiz results shown back, export and erasure.

use std::path::{Path, PathBuf};

use passage_app::{Config, ErrorCode, LessonEvent, LessonState, NewProfile, Passage};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn open(store: &Path) -> Passage {
    Passage::open(&Config {
        content_dir: repo().join("tests/fixtures/content"),
        locales_dir: repo().join("locales"),
        requested_locales: vec!["km".into()],
        index_path: None,
        store_path: Some(store.to_owned()),
        exports_dir: None,
    })
    .expect("opens")
}

fn profile(name: &str, pin: Option<&str>) -> NewProfile {
    NewProfile {
        name: name.into(),
        pin: pin.map(str::to_owned),
        locale: "km".into(),
        age_band: Some("25-34".into()),
        sex: Some("female".into()),
        origin: Some("KH".into()),
        destination: Some("TH".into()),
        sector: Some("agriculture".into()),
        consent: true,
    }
}

#[test]
fn a_profile_with_a_pin_typed_in_khmer_digits_protects_its_progress() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("learners.sqlite");
    let passage = open(&db);
    let card = passage
        .create_profile(&profile("Srey Mom", Some("១២៣៤")))
        .expect("created");
    assert!(card.has_pin);
    passage
        .lesson_event("sample", "keep-your-passport", LessonEvent::Opened)
        .expect("opened");
    passage
        .lesson_event(
            "sample",
            "keep-your-passport",
            LessonEvent::Time { seconds: 95 },
        )
        .expect("time");
    passage
        .lesson_event("sample", "keep-your-passport", LessonEvent::Completed)
        .expect("completed");
    passage
        .lesson_event("sample", "copies", LessonEvent::Opened)
        .expect("opened");
    let attempt = "attempt-1";
    passage
        .answer(
            "sample",
            "keep-your-passport",
            "q1",
            &["you".into()],
            None,
            Some(attempt),
        )
        .expect("answered");
    passage
        .answer(
            "sample",
            "keep-your-passport",
            "q2",
            &["paper".into()],
            None,
            Some(attempt),
        )
        .expect("answered");
    let score = passage
        .finish_quiz("sample", "keep-your-passport", attempt)
        .expect("finished");
    assert_eq!((score.score, score.total), (1, 2));
    // Each answer keeps the feedback the learner was shown, and its language.
    let export: serde_json::Value =
        serde_json::from_str(&passage.export_my_data().expect("export")).expect("json");
    let mut answers = Vec::new();
    records_of_kind(&export, "quiz.answered.v2", &mut answers);
    assert_eq!(answers.len(), 2, "{export}");
    for answer in answers {
        let feedback = answer["feedback"].as_object().expect("feedback");
        assert!(
            !feedback.is_empty()
                && feedback
                    .values()
                    .all(|f| f.as_str().is_some_and(|t| !t.is_empty()))
        );
        assert!(answer["shown_in"].as_str().is_some_and(|l| !l.is_empty()));
    }
    passage.sign_out();

    // After a restart: nobody is signed in, the profile is listed, the PIN guards it.
    drop(passage);
    let passage = open(&db);
    let profiles = passage.profiles().expect("profiles");
    assert!(
        profiles.active.is_none(),
        "a shared laptop starts signed out"
    );
    assert_eq!(profiles.profiles.len(), 1);
    let id = profiles.profiles[0].id.clone();
    // Reading as a guest shows no one's progress.
    let states: Vec<LessonState> = passage.course("sample").expect("course").modules[0]
        .lessons
        .iter()
        .map(|l| l.state)
        .collect();
    assert_eq!(states, [LessonState::New, LessonState::New]);
    let err = passage.sign_in(&id, Some("1235")).expect_err("wrong pin");
    assert_eq!(err.code(), ErrorCode::WrongPin);
    let err = passage.sign_in(&id, None).expect_err("no pin");
    assert_eq!(err.code(), ErrorCode::WrongPin);
    passage
        .sign_in(&id, Some("1234"))
        .expect("ASCII digits work too");
    let states: Vec<LessonState> = passage.course("sample").expect("course").modules[0]
        .lessons
        .iter()
        .map(|l| l.state)
        .collect();
    assert_eq!(states, [LessonState::Completed, LessonState::Started]);
    let lesson = passage
        .lesson("sample", "keep-your-passport", None)
        .expect("lesson");
    assert!(lesson.completed);
    // The home screen can say where she left off, in her language, and how far she got.
    let profiles = passage.profiles().expect("profiles");
    let at = profiles.continue_at.expect("continue");
    assert_eq!(
        (at.course_id.as_str(), at.lesson_id.as_str()),
        ("sample", "copies")
    );
    assert_eq!(
        at.title, "Copies of your documents",
        "no Khmer text: the source title"
    );
    assert_eq!(profiles.courses.len(), 1);
    assert_eq!(
        (profiles.courses[0].completed, profiles.courses[0].total),
        (1, 3)
    );
}

#[test]
fn bad_profiles_are_refused_with_the_field_named() {
    let dir = tempfile::tempdir().expect("dir");
    let passage = open(&dir.path().join("learners.sqlite"));
    for (bad, field) in [
        (
            NewProfile {
                name: "  ".into(),
                ..profile("x", None)
            },
            "name",
        ),
        (
            NewProfile {
                consent: false,
                ..profile("x", None)
            },
            "consent",
        ),
        (profile("x", Some("12a4")), "pin"),
        (profile("x", Some("12345")), "pin"),
        (
            NewProfile {
                sex: Some("robot".into()),
                ..profile("x", None)
            },
            "sex",
        ),
        (
            NewProfile {
                destination: Some("Thailand".into()),
                ..profile("x", None)
            },
            "destination",
        ),
    ] {
        let err = passage.create_profile(&bad).expect_err(field);
        assert_eq!(err.code(), ErrorCode::BadInput);
        assert!(err.to_string().contains(field), "{err}");
    }
    assert!(
        passage.profiles().expect("profiles").profiles.is_empty(),
        "nothing half-made"
    );
}

#[test]
fn a_learner_exports_and_erases_their_own_data_only() {
    let dir = tempfile::tempdir().expect("dir");
    let passage = open(&dir.path().join("learners.sqlite"));
    passage
        .create_profile(&profile("Budi", None))
        .expect("budi");
    passage.sign_out();
    passage
        .create_profile(&profile("Thu", Some("0000")))
        .expect("thu");
    passage
        .set_note("sample", "fees", "Ask the agency about the fee")
        .expect("note");
    passage
        .set_bookmark("sample", "fees", true)
        .expect("bookmark");
    let lesson = passage.lesson("sample", "fees", None).expect("lesson");
    assert!(lesson.bookmarked);
    assert_eq!(lesson.note, "Ask the agency about the fee");

    let json = passage.export_my_data().expect("export");
    assert!(
        json.contains("Thu") && json.contains("Ask the agency"),
        "{json}"
    );
    assert!(!json.contains("Budi"), "only their own data");
    assert!(!json.contains("argon2"), "never the PIN hash");
    let file = dir.path().join("export/me.json");
    passage_app::write_file_atomically(&file, json.as_bytes()).expect("written");
    assert_eq!(std::fs::read_to_string(&file).expect("read"), json);

    passage.erase_me().expect("erased");
    let names: Vec<String> = passage
        .profiles()
        .expect("profiles")
        .profiles
        .into_iter()
        .map(|p| p.name)
        .collect();
    assert_eq!(names, ["Budi"]);
    assert_eq!(
        passage.export_my_data().expect_err("signed out").code(),
        ErrorCode::NoLearner
    );
}

#[test]
fn a_damaged_learner_database_does_not_stop_the_lessons() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("learners.sqlite");
    std::fs::write(&db, b"not a database at all, really not".repeat(100)).expect("junk");
    let passage = open(&db);
    // Lessons still read; profiles say plainly that the data is damaged.
    passage
        .lesson("sample", "fees", None)
        .expect("lessons still work");
    let err = passage.profiles().expect_err("damaged");
    assert_eq!(err.code(), ErrorCode::StoreDamaged);
    assert!(
        std::fs::read(&db)
            .expect("kept")
            .starts_with(b"not a database")
    );
}

#[test]
fn a_damaged_database_can_be_replaced_by_the_daily_backup_and_is_kept_aside() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("learners.sqlite");
    {
        // The first start of the day makes a backup (before this profile exists).
        let passage = open(&db);
        assert!(!passage.store_health().damaged);
        passage
            .create_profile(&profile("Lina", None))
            .expect("lina");
    }
    let backups = dir.path().join("backups");
    let today = passage_app::civil_date(passage_store::wall_millis());
    assert!(backups.join(format!("learners-{today}.sqlite")).is_file());

    // The file gets damaged (a bad shutdown, a bad disk).
    let junk = b"damaged damaged damaged ".repeat(300);
    std::fs::write(&db, &junk).expect("damage");
    let _ = std::fs::remove_file(dir.path().join("learners.sqlite-wal"));
    let passage = open(&db);
    let health = passage.store_health();
    assert!(health.damaged);
    assert_eq!(health.latest_backup.as_deref(), Some(today.as_str()));
    assert_eq!(
        passage.profiles().expect_err("damaged").code(),
        ErrorCode::StoreDamaged
    );
    // Lessons still work while it is damaged.
    passage.lesson("sample", "fees", None).expect("lesson");

    assert_eq!(passage.restore_backup().expect("restored"), today);
    assert!(!passage.store_health().damaged);
    assert!(
        passage.profiles().expect("profiles").profiles.is_empty(),
        "the backup predates Lina"
    );
    passage
        .create_profile(&profile("Lina", None))
        .expect("works again");
    // The damaged file was kept, byte for byte.
    let kept: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().contains("damaged-"))
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(kept[0].path()).expect("read"), junk);
}

#[test]
fn without_a_backup_restoring_says_so() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("learners.sqlite");
    std::fs::write(&db, b"not a database at all".repeat(100)).expect("junk");
    let passage = open(&db);
    assert_eq!(passage.store_health().latest_backup, None);
    assert_eq!(
        passage.restore_backup().expect_err("none").code(),
        ErrorCode::NotFound
    );
}

#[test]
fn the_profile_form_offers_exactly_the_choices_the_store_accepts() {
    let ts = std::fs::read_to_string(repo().join("ui/src/lib/profileChoices.ts")).expect("read");
    let list = |name: &str| -> Vec<String> {
        let start = ts.find(&format!("export const {name} = [")).expect(name);
        let body = &ts[start..];
        let body = &body[body.find('[').expect("[") + 1..body.find(']').expect("]")];
        body.split(',')
            .map(|s| s.trim().trim_matches('"').to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    };
    assert_eq!(list("ageBands"), passage_app::AGE_BANDS);
    assert_eq!(list("sexes"), passage_app::SEXES);
    assert_eq!(list("sectors"), passage_app::SECTORS);
}

#[test]
fn a_tool_result_saved_to_the_plan_is_there_after_reopening() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("learners.sqlite");
    let entry = passage_app::PlanEntry {
        tool: "loan-cost".into(),
        // Labels as the learner saw them, here in Khmer.
        inputs: [("ចំនួនប្រាក់ដែលអ្នកខ្ចី រួមទាំងថ្លៃសេវា".to_owned(), "30,000".to_owned())].into(),
        result: [("flatCostsMore".to_owned(), "3,158.55 PHP".to_owned())].into(),
        date: None,
    };
    {
        let passage = open(&db);
        assert_eq!(
            passage.save_to_plan(&entry).expect_err("guest").code(),
            ErrorCode::NoLearner
        );
        passage
            .create_profile(&profile("Joko", None))
            .expect("joko");
        passage.save_to_plan(&entry).expect("saved");
        let bad = passage_app::PlanEntry {
            tool: "crypto-wallet".into(),
            ..entry.clone()
        };
        assert_eq!(
            passage.save_to_plan(&bad).expect_err("no such tool").code(),
            ErrorCode::BadInput
        );
    }
    let passage = open(&db);
    let id = passage.profiles().expect("profiles").profiles[0].id.clone();
    passage.sign_in(&id, None).expect("in");
    let plan = passage.my_plan().expect("plan");
    assert_eq!(plan.len(), 1);
    assert_eq!(plan[0].result["flatCostsMore"], "3,158.55 PHP");
    assert_eq!(
        plan[0].date.as_deref(),
        Some(passage_app::civil_date(passage_store::wall_millis()).as_str())
    );
}

/// Every object in `value` whose `kind` is `kind`.
fn records_of_kind<'a>(
    value: &'a serde_json::Value,
    kind: &str,
    out: &mut Vec<&'a serde_json::Value>,
) {
    match value {
        serde_json::Value::Object(map) => {
            if map.get("kind").and_then(|k| k.as_str()) == Some(kind) {
                out.push(value);
            }
            map.values().for_each(|v| records_of_kind(v, kind, out));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| records_of_kind(v, kind, out)),
        _ => {}
    }
}
