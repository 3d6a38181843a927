//! Trainer mode over the bundled courses and a real store file: a trainer
//! plans a workshop, registers people at the door and from a sheet, takes
//! attendance, runs the pre-test for the group and keys in a post-test from
//! paper, and prints certificates, a sign-in sheet and the report.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use passage_app::{
    AttendanceMark, Config, ErrorCode, NewTrainer, Passage, Registration, RegistrationForm,
    ReportFormat, TestName, WorkshopForm,
};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn open(data: &Path) -> Passage {
    Passage::open(&Config {
        content_dir: repo().join("content"),
        locales_dir: repo().join("locales"),
        requested_locales: vec!["en".into()],
        index_path: None,
        store_path: Some(data.join("learners.sqlite")),
        exports_dir: Some(data.join("exports")),
    })
    .expect("opens")
}

fn code<T: std::fmt::Debug>(result: passage_app::Result<T>) -> ErrorCode {
    result.expect_err("refused").code()
}

fn person(name: &str, sex: &str, year: &str) -> RegistrationForm {
    RegistrationForm {
        name: name.into(),
        sex: sex.into(),
        birth_year: year.into(),
        origin: "KH".into(),
        destination: "TH".into(),
        sector: "agriculture".into(),
        consent: true,
        ..RegistrationForm::default()
    }
}

/// The right answers of the bundled safe-migration bank, by `course/question`.
fn right_answers() -> BTreeMap<String, Vec<String>> {
    let library = passage_content::Library::load(&repo().join("content")).expect("content");
    let pack = library
        .packs()
        .iter()
        .find(|p| p.manifest.id.as_str() == "safe-migration")
        .expect("pack");
    pack.bank
        .as_ref()
        .expect("bank")
        .questions
        .iter()
        .map(|(_, q)| (format!("safe-migration/{}", q.id), q.correct.clone()))
        .collect()
}

fn registered(outcome: Registration) -> passage_app::Participant {
    match outcome {
        Registration::Registered { participant } => participant,
        other => panic!("not registered: {other:?}"),
    }
}

#[test]
fn a_workshop_day_from_planning_to_certificates() {
    let dir = tempfile::tempdir().expect("dir");
    let app = open(dir.path());

    // Trainer screens are closed until a trainer signs in with a PIN.
    assert_eq!(code(app.workshops()), ErrorCode::NoTrainer);
    let dara = app
        .create_trainer(&NewTrainer {
            name: "Dara Sok".into(),
            pin: "2468".into(),
            locale: "en".into(),
        })
        .expect("trainer");
    assert_eq!(
        app.profiles().expect("profiles").profiles.len(),
        0,
        "trainers are not in the learners' picker"
    );

    let workshop = app
        .create_workshop(&WorkshopForm {
            title: "Safe migration, Kampot".into(),
            organisation: "Example Migrant Network".into(),
            venue: "Kampot community hall".into(),
            first_day: "2027-03-04".into(),
            locale: "en".into(),
            courses: vec!["safe-migration".into()],
        })
        .expect("workshop");
    assert_eq!(workshop.trainer, "Dara Sok");
    assert_eq!(workshop.days[0].date, "2027-03-04");
    assert_eq!(
        workshop.test_questions, 10,
        "one question per module of the course"
    );
    let sessions: Vec<String> = workshop
        .days
        .iter()
        .flat_map(|d| &d.sessions)
        .filter(|s| s.kind != "break")
        .map(|s| s.id.clone())
        .collect();
    assert!(sessions.len() >= 6, "{sessions:?}");

    // At the door: two people by hand, one twice.
    let srey = registered(
        app.register_participant(&workshop.id, &person("Srey Pov", "female", "1998"))
            .expect("register"),
    );
    assert_eq!(
        srey.age_band.as_deref(),
        Some("25-34"),
        "the band follows from the year"
    );
    let again = app
        .register_participant(&workshop.id, &person("srey  pov", "female", "1998"))
        .expect("register");
    assert!(
        matches!(again, Registration::PossibleDuplicate { .. }),
        "{again:?}"
    );
    let twin = RegistrationForm {
        allow_duplicate: true,
        ..person("Srey Pov", "female", "1998")
    };
    registered(
        app.register_participant(&workshop.id, &twin)
            .expect("register"),
    );
    let refused = app
        .register_participant(
            &workshop.id,
            &RegistrationForm {
                consent: false,
                ..person("Vannak Chea", "male", "2001")
            },
        )
        .expect("answer");
    assert!(
        matches!(refused, Registration::Problems { .. }),
        "no consent, no record"
    );
    // Someone who reads Burmese gets their certificate and tests in Burmese.
    let vannak = registered(
        app.register_participant(
            &workshop.id,
            &RegistrationForm {
                locale: "my".into(),
                ..person("វណ្ណៈ ជា", "male", "2001")
            },
        )
        .expect("register"),
    );
    assert_eq!(vannak.locale.as_deref(), Some("my"));
    // The door's one box takes an age as well as a year of birth.
    let by_age = registered(
        app.register_participant(&workshop.id, &person("Dina Keo", "female", "31"))
            .expect("register"),
    );
    assert_eq!(
        (by_age.age_band.as_deref(), by_age.birth_year.as_deref()),
        (Some("25-34"), None)
    );

    // From the organiser's sheet: two bad rows stop the import, nothing is saved.
    let sheet =
        std::fs::read(repo().join("crates/passage-app/tests/roster/twenty-with-two-bad-rows.csv"))
            .expect("fixture");
    let preview = app
        .preview_roster(&workshop.id, "twenty-with-two-bad-rows.csv", &sheet)
        .expect("preview");
    assert_eq!(preview.drafts.len(), 20);
    let bad_lines: std::collections::BTreeSet<u32> =
        preview.problems.iter().map(|p| p.line).collect();
    assert_eq!(bad_lines.len(), 2, "{:?}", preview.problems);
    let outcome = app
        .import_roster(&workshop.id, &preview.drafts, false)
        .expect("import");
    assert_eq!(outcome.imported, 0);
    assert!(!outcome.problems.is_empty());
    assert_eq!(
        app.workshop(&workshop.id).expect("view").participants.len(),
        4
    );

    // Fixed in the preview, the whole sheet goes in at once.
    let mut drafts = preview.drafts.clone();
    for draft in &mut drafts {
        if bad_lines.contains(&draft.line) {
            if draft.name.trim().is_empty() {
                draft.name = "Sokha Meas".into();
            }
            draft.sex = "female".into();
        }
    }
    let outcome = app
        .import_roster(&workshop.id, &drafts, false)
        .expect("import");
    assert_eq!(
        (outcome.imported, outcome.problems.len()),
        (20, 0),
        "{:?}",
        outcome.problems
    );
    let people = app.workshop(&workshop.id).expect("view").participants;
    assert_eq!(people.len(), 24);
    // In the order they registered: the door first, then the sheet's rows.
    let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names[..6],
        [
            "Srey Pov",
            "Srey Pov",
            "វណ្ណៈ ជា",
            "Dina Keo",
            "Maria Cristina Santos",
            "Siti Nurhaliza Rahman"
        ]
    );
    assert!(
        app.profiles().expect("profiles").profiles.is_empty(),
        "participants are the trainer's list, not the laptop's picker"
    );

    // Attendance: everyone at every session except Vannak, who came for one.
    let mut marks = Vec::new();
    for p in &people {
        for s in &sessions {
            marks.push(AttendanceMark {
                learner: p.id.clone(),
                session: s.clone(),
                present: p.id != vannak.id || s == &sessions[0],
            });
        }
    }
    app.mark_attendance(&workshop.id, &marks)
        .expect("attendance");
    let bad_session = [AttendanceMark {
        learner: srey.id.clone(),
        session: "s999".into(),
        present: true,
    }];
    assert_eq!(
        code(app.mark_attendance(&workshop.id, &bad_session)),
        ErrorCode::BadInput
    );

    // The pre-test, opened for the group: trainer screens lock.
    let kiosk = app.open_test(&workshop.id, TestName::Pre).expect("open");
    assert_eq!(kiosk.people.len(), 24);
    assert_eq!(code(app.workshops()), ErrorCode::NoTrainer);
    assert_eq!(code(app.test_results(&workshop.id)), ErrorCode::NoTrainer);
    let paper = app
        .test_paper(&workshop.id, TestName::Pre, Some(&srey.id))
        .expect("paper");
    assert_eq!(paper.questions.len(), 10);
    let right = right_answers();
    let all_right: BTreeMap<String, Vec<String>> = paper
        .questions
        .iter()
        .map(|q| (q.id.clone(), right[&q.id].clone()))
        .collect();
    let first = paper.questions[0].id.clone();
    let one_right: BTreeMap<String, Vec<String>> = [(first.clone(), right[&first].clone())].into();
    let pre = app
        .submit_test(&workshop.id, &srey.id, TestName::Pre, &one_right, false)
        .expect("submit");
    assert_eq!((pre.score, pre.total), (1, 10));
    // Only the open test can be taken, and paper is for the trainer.
    assert_eq!(
        code(app.submit_test(&workshop.id, &srey.id, TestName::Post, &all_right, false)),
        ErrorCode::NoTrainer
    );
    assert_eq!(
        code(app.submit_test(&workshop.id, &srey.id, TestName::Pre, &all_right, true)),
        ErrorCode::NoTrainer
    );
    let kiosk = app.kiosk().expect("kiosk").expect("open");
    assert!(kiosk.people.iter().any(|p| p.id == srey.id && p.done));

    // The trainer's PIN closes the test.
    assert_eq!(
        code(app.trainer_sign_in(&dara.id, "1111")),
        ErrorCode::WrongPin
    );
    app.trainer_sign_in(&dara.id, "2468").expect("sign in");
    assert!(app.kiosk().expect("kiosk").is_none());

    // The post-test on paper, keyed in by the trainer.
    let post = app
        .submit_test(&workshop.id, &srey.id, TestName::Post, &all_right, true)
        .expect("paper");
    assert_eq!((post.score, post.on_paper), (10, true));
    let results = app.test_results(&workshop.id).expect("results");
    let srey_result = results
        .people
        .iter()
        .find(|p| p.id == srey.id)
        .expect("srey");
    assert_eq!(srey_result.gain, Some(90.0));
    assert_eq!(results.gain, Some(90.0));
    let q1 = results
        .questions
        .iter()
        .find(|q| q.id == first)
        .expect("q1");
    assert_eq!(
        (
            q1.pre_right,
            q1.pre_answered,
            q1.post_right,
            q1.post_answered
        ),
        (1, 1, 1, 1)
    );

    // Certificates for everyone who completed: all but Vannak.
    let file = app
        .certificates(&workshop.id, &[], false)
        .expect("certificates");
    let pdf = std::fs::read(&file.path).expect("pdf saved");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(
        file.path
            .starts_with(dir.path().join("exports").to_string_lossy().as_ref())
    );
    let one = app
        .certificates(&workshop.id, std::slice::from_ref(&vannak.id), false)
        .expect("chosen");
    assert!(std::fs::read(&one.path).expect("pdf").starts_with(b"%PDF-"));
    // One file per person, in a folder, named so they sort as registered.
    let each = app
        .certificates(&workshop.id, &[srey.id.clone(), vannak.id.clone()], true)
        .expect("separate");
    let mut files: Vec<String> = std::fs::read_dir(&each.path)
        .expect("folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["01-Srey-Pov.pdf", "02-វណ្ណៈ-ជា.pdf"]);
    let sheet = app.sign_in_sheet(&workshop.id, 0).expect("sign-in sheet");
    assert!(
        std::fs::read(&sheet.path)
            .expect("pdf")
            .starts_with(b"%PDF-")
    );
    assert_eq!(
        code(app.sign_in_sheet(&workshop.id, 9)),
        ErrorCode::BadInput
    );

    // The report, on screen and as files.
    let report = app.workshop_report(&workshop.id).expect("report");
    assert_eq!(report.report.total.registered, 24);
    assert_eq!(report.report.total.completed, 23);
    assert_eq!(report.report.total.paired, 1);
    assert!(!report.charts.is_empty());
    let csv = app
        .export_report(&workshop.id, ReportFormat::Csv)
        .expect("csv");
    let text = std::fs::read_to_string(&csv.path).expect("csv saved");
    assert!(text.starts_with("dimension,group,registered,"), "{text}");
    let xlsx = app
        .export_report(&workshop.id, ReportFormat::Xlsx)
        .expect("xlsx");
    assert!(std::fs::read(&xlsx.path).expect("xlsx").starts_with(b"PK"));
    // Erased at their request: gone from the list, the tests and the report.
    let dina = people.iter().find(|p| p.name == "Dina Keo").expect("dina");
    let left = app
        .erase_participant(&workshop.id, &dina.id)
        .expect("erased");
    assert!(left.iter().all(|p| p.id != dina.id));
    assert_eq!(
        app.workshop_report(&workshop.id)
            .expect("report")
            .report
            .total
            .registered,
        23
    );
    assert_eq!(
        code(app.erase_participant(&workshop.id, &dina.id)),
        ErrorCode::BadInput
    );
    drop(app);

    // Everything the workshop wrote is in its organisation's stream, ready
    // for sync; the trainer's profile stays personal.
    let store = passage_store::Store::open(&dir.path().join("learners.sqlite")).expect("store");
    let records = store.records().expect("records");
    let workshop_scopes: std::collections::BTreeSet<&str> = records
        .iter()
        .filter(|r| r.payload.as_ref().and_then(|p| p.learner()) != Some(dara.id.as_str()))
        .map(|r| r.scope.as_str())
        .collect();
    assert_eq!(
        workshop_scopes,
        ["org:example-migrant-network"].into_iter().collect()
    );
}

#[test]
fn a_learner_profile_cannot_reach_trainer_screens() {
    let dir = tempfile::tempdir().expect("dir");
    let app = open(dir.path());
    app.create_profile(&passage_app::NewProfile {
        name: "Mai".into(),
        locale: "en".into(),
        consent: true,
        ..passage_app::NewProfile::default()
    })
    .expect("learner");
    assert_eq!(code(app.workshops()), ErrorCode::NoTrainer);
    assert!(app.trainers().expect("trainers").active.is_none());
    let learner = app.profiles().expect("profiles").profiles[0].id.clone();
    // A learner's own profile is not a trainer's, whatever PIN is typed.
    assert_eq!(
        code(app.trainer_sign_in(&learner, "0000")),
        ErrorCode::NotFound
    );
}

#[test]
fn the_trainer_keeps_the_reference_rates_the_money_tools_use() {
    use passage_app::{RateRow, RemittanceForm};
    let dir = tempfile::tempdir().expect("dir");
    // A rates file with a mistake on line 3 is reported, not used, and kept.
    std::fs::write(
        dir.path().join("rates.toml"),
        "[[rate]]\nfrom = \"MYR\"\nto = \"VND\" oops\n",
    )
    .expect("write");
    let app = open(dir.path());
    assert_eq!(code(app.reference_rates()), ErrorCode::NoTrainer);
    app.create_trainer(&NewTrainer {
        name: "Dara".into(),
        pin: "2468".into(),
        locale: "en".into(),
    })
    .expect("trainer");
    let view = app.reference_rates().expect("rates");
    assert!(view.rates.is_empty());
    assert!(
        view.problem
            .as_deref()
            .is_some_and(|p| p.contains("rates.toml:line 3")),
        "{:?}",
        view.problem
    );

    let rate = RateRow {
        from: "MYR".into(),
        to: "VND".into(),
        rate: "5,450.5".into(),
        date: "2026-11-20".into(),
        source: "Central bank website, noon rate".into(),
    };
    let err = app
        .set_reference_rate(&RateRow {
            date: "20/11/2026".into(),
            ..rate.clone()
        })
        .expect_err("bad date");
    assert_eq!(
        passage_app::CommandError::from(&err).field.as_deref(),
        Some("date")
    );
    let view = app.set_reference_rate(&rate).expect("saved");
    assert_eq!(view.rates.len(), 1);
    assert_eq!(view.rates[0].rate, "5450.5");
    assert!(view.problem.is_none());
    let kept: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("rates.broken-"))
        .collect();
    assert_eq!(kept.len(), 1, "the unusable file is kept aside");

    // The remittance tool uses it at once, and after a restart.
    let form = RemittanceForm {
        from: "MYR".into(),
        to: "VND".into(),
        amount: "1000".into(),
        fee: "10".into(),
        offered_rate: "5300".into(),
        ..RemittanceForm::default()
    };
    let cost = app.remittance_cost(&form).expect("cost");
    assert!(format!("{cost:?}").contains("2026-11-20"), "{cost:?}");
    drop(app);
    let app = open(dir.path());
    app.trainer_sign_in(&app.trainers().expect("trainers").trainers[0].id, "2468")
        .expect("sign in");
    assert_eq!(
        app.reference_rates().expect("rates").rates,
        [RateRow {
            rate: "5450.5".into(),
            ..rate
        }]
    );
    let view = app.remove_reference_rate("MYR", "VND").expect("removed");
    assert!(view.rates.is_empty());
}

/// Copies a folder tree (the bundled locales and a course) so a test can
/// change the English the way a new release would.
fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn replace_in(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    assert!(text.contains(from), "{} has no {from:?}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).expect("write");
}

#[test]
fn a_reviewer_marks_translations_and_sees_what_the_english_changed() {
    use passage_app::{ChangeKind, ItemStatus};
    let dir = tempfile::tempdir().expect("dir");
    let (content, locales) = (dir.path().join("content"), dir.path().join("locales"));
    copy_tree(
        &repo().join("content/10-safe-migration"),
        &content.join("10-safe-migration"),
    );
    copy_tree(&repo().join("locales"), &locales);
    let open = || {
        Passage::open(&Config {
            content_dir: content.clone(),
            locales_dir: locales.clone(),
            requested_locales: vec!["en".into()],
            index_path: None,
            store_path: Some(dir.path().join("learners.sqlite")),
            exports_dir: None,
        })
        .expect("opens")
    };
    let app = open();
    assert_eq!(
        code(app.translation_overview(Some("km"))),
        ErrorCode::NoTrainer
    );
    let dara = app
        .create_trainer(&NewTrainer {
            name: "Dara Sok".into(),
            pin: "2468".into(),
            locale: "en".into(),
        })
        .expect("trainer");

    // Eight languages to review (not English); Khmer's groups: every
    // message file, then every lesson. All drafts so far.
    let overview = app.translation_overview(Some("km")).expect("overview");
    assert_eq!(overview.languages.len(), 8);
    assert!(overview.languages.iter().all(|l| l.code != "en"));
    assert_eq!(overview.lang, "km");
    let main = overview
        .groups
        .iter()
        .find(|g| g.id == "ui/reader")
        .expect("reader.ftl");
    assert!(main.total > 40);
    assert_eq!(main.draft, main.total, "{main:?}");
    let lesson_id = "lesson/safe-migration/asean-commitments";
    let lesson = overview
        .groups
        .iter()
        .find(|g| g.id == lesson_id)
        .expect("lesson");
    assert_eq!((lesson.total, lesson.draft), (1, 1));
    // A language the app does not have shows the first one instead.
    let other = app.translation_overview(Some("xx")).expect("overview");
    assert_eq!(other.lang, overview.languages[0].code);
    assert_eq!(
        code(app.translation_group("en", "ui/reader")),
        ErrorCode::BadInput
    );

    // Side by side: English and Khmer, one row per message.
    let group = app.translation_group("km", "ui/reader").expect("group");
    let row = group
        .rows
        .iter()
        .find(|r| r.key == "nav-home")
        .expect("nav-home");
    assert_eq!(row.source, "Home");
    assert!(row.target.as_deref().is_some_and(|t| t != "Home"));

    // Marking two messages reviewed; one that is not in the group is refused.
    let keys = vec!["nav-home".to_owned(), "lesson-next".to_owned()];
    let after = app
        .mark_translation_reviewed("km", "ui/reader", &keys)
        .expect("marked");
    let status = |g: &passage_app::TranslationGroup, key: &str| {
        g.rows
            .iter()
            .find(|r| r.key == key)
            .map(|r| r.status)
            .expect("row")
    };
    assert_eq!(status(&after, "nav-home"), ItemStatus::Reviewed);
    assert_eq!(status(&after, "lesson-next"), ItemStatus::Reviewed);
    assert_eq!(
        code(app.mark_translation_reviewed("km", "ui/reader", &["no-such".to_owned()])),
        ErrorCode::BadInput
    );
    // Other languages are untouched.
    let vi = app.translation_group("vi", "ui/reader").expect("vi");
    assert_eq!(status(&vi, "nav-home"), ItemStatus::Draft);

    // The whole lesson, reviewed.
    let lesson = app
        .mark_translation_reviewed("km", lesson_id, &[])
        .expect("lesson marked");
    assert_eq!(lesson.status, Some(ItemStatus::Reviewed));
    assert!(
        lesson.rows.len() > 5,
        "title, objectives, key points, blocks"
    );
    assert!(lesson.rows.iter().all(|r| r.target.is_some()));

    // Its quiz is a group of its own, listed right after the lesson: each
    // question, option and feedback side by side, reviewed as a whole.
    let quiz_id = "quiz/safe-migration/asean-commitments";
    let overview = app.translation_overview(Some("km")).expect("overview");
    let at = |id: &str| overview.groups.iter().position(|g| g.id == id);
    assert_eq!(
        at(quiz_id),
        at(lesson_id).map(|i| i + 1),
        "quiz after lesson"
    );
    let quiz = app.translation_group("km", quiz_id).expect("quiz");
    assert_eq!(quiz.status, Some(ItemStatus::Draft));
    assert_eq!(quiz.title, lesson.title, "named by its lesson");
    let keys: Vec<&str> = quiz.rows.iter().take(3).map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["q1-prompt", "q1-a", "q1-a-feedback"]);
    let prompt = &quiz.rows[0];
    assert!(
        prompt.source.starts_with("Aung Ko's new co-worker"),
        "{prompt:?}"
    );
    assert!(
        prompt
            .target
            .as_deref()
            .is_some_and(|t| t.contains("Aung Ko"))
    );
    let quiz = app
        .mark_translation_reviewed("km", quiz_id, &[])
        .expect("quiz marked");
    assert_eq!(quiz.status, Some(ItemStatus::Reviewed));
    assert_eq!(
        code(app.translation_group("km", "quiz/safe-migration/no-such-lesson")),
        ErrorCode::NotFound
    );

    // The pre- and post-test questions of each module, the glossary and the
    // agenda are groups too, after the lessons, each reviewed as a whole.
    let bank_id = "bank/safe-migration/deciding-to-go";
    let at = |id: &str| overview.groups.iter().position(|g| g.id == id);
    let last_lesson = overview
        .groups
        .iter()
        .rposition(|g| g.id.starts_with("lesson/") || g.id.starts_with("quiz/"));
    assert!(at(bank_id) > last_lesson, "tests after the lessons");
    let bank = app.translation_group("km", bank_id).expect("bank");
    assert_eq!(bank.title, "Deciding to go", "named by its module");
    assert_eq!(bank.status, Some(ItemStatus::Draft));
    assert_eq!(bank.rows[0].key, "deciding-to-go-1-prompt");
    assert!(bank.rows[0].source.starts_with("Rosa is going to work"));
    assert!(bank.rows.iter().all(|r| r.target.is_some()), "all in Khmer");
    let bank = app
        .mark_translation_reviewed("km", bank_id, &[])
        .expect("bank marked");
    assert_eq!(bank.status, Some(ItemStatus::Reviewed));
    let glossary = app
        .translation_group("km", "glossary/safe-migration")
        .expect("glossary");
    let broker = glossary
        .rows
        .iter()
        .find(|r| r.key == "broker")
        .expect("broker");
    assert_eq!(
        (broker.source.as_str(), broker.target.as_deref()),
        ("Broker", Some("មេខ្យល់"))
    );
    assert!(glossary.rows.iter().any(|r| r.key == "broker-definition"));
    let agenda = app
        .translation_group("km", "agenda/safe-migration")
        .expect("agenda");
    assert_eq!(agenda.rows[0].source, "One-day workshop: Safe migration");
    assert!(agenda.rows.iter().any(
        |r| r.key == "day-1-session-1" && r.source == "Welcome, introductions and ground rules"
    ));
    for other in [
        "bank/safe-migration/no-such-module",
        "glossary/no-such-pack",
        "agenda/safe-migration/x",
    ] {
        assert_eq!(
            code(app.translation_group("km", other)),
            ErrorCode::NotFound,
            "{other}"
        );
    }
    drop(app);

    // A new release changes the English of one message and of the lesson,
    // and brings a new Khmer translation of the other message.
    replace_in(
        &locales.join("en/reader.ftl"),
        "nav-home = Home",
        "nav-home = Home page",
    );
    replace_in(
        &locales.join("km/reader.ftl"),
        "lesson-next = បន្ទាប់",
        "lesson-next = ទៅបន្ទាប់",
    );
    let en_lesson = content.join("10-safe-migration/lessons/asean-commitments/en.md");
    let first_objective = std::fs::read_to_string(&en_lesson)
        .expect("lesson")
        .lines()
        .find(|l| l.starts_with("  \""))
        .map(str::to_owned)
        .expect("an objective line");
    replace_in(
        &en_lesson,
        &first_objective,
        "  \"Name the two ASEAN agreements on migrant workers' rights\",",
    );

    replace_in(
        &content.join("10-safe-migration/bank/deciding-to-go.en.toml"),
        "Rosa is going to work in a factory abroad.",
        "Rosa will work in a factory abroad.",
    );
    // A Khmer glossary that no longer loads counts as not translated.
    replace_in(
        &content.join("10-safe-migration/glossary.km.toml"),
        "[broker]",
        "[broker",
    );

    let app = open();
    app.trainer_sign_in(&dara.id, "2468").expect("signed in");
    let group = app.translation_group("km", "ui/reader").expect("group");
    assert_eq!(status(&group, "nav-home"), ItemStatus::Outdated);
    let changes = group
        .rows
        .iter()
        .find(|r| r.key == "nav-home")
        .and_then(|r| r.changes.clone())
        .expect("what changed");
    assert!(
        changes
            .iter()
            .any(|p| p.kind == ChangeKind::Added && p.text.contains("page")),
        "{changes:?}"
    );
    assert_eq!(
        status(&group, "lesson-next"),
        ItemStatus::Draft,
        "a new translation needs a new review"
    );
    let lesson = app.translation_group("km", lesson_id).expect("lesson");
    assert_eq!(lesson.status, Some(ItemStatus::Outdated));
    let lines = lesson.changes.expect("the lines that changed");
    assert!(
        lines
            .iter()
            .any(|p| p.kind == ChangeKind::Removed && p.text == format!("{first_objective}\n")),
        "{lines:?}"
    );
    let bank = app.translation_group("km", bank_id).expect("bank");
    assert_eq!(bank.status, Some(ItemStatus::Outdated));
    assert!(
        bank.changes
            .iter()
            .flatten()
            .any(|p| p.kind == ChangeKind::Added && p.text.contains("Rosa will work")),
        "{:?}",
        bank.changes
    );
    let glossary = app
        .translation_group("km", "glossary/safe-migration")
        .expect("glossary");
    assert_eq!(glossary.status, Some(ItemStatus::Missing));
    assert!(glossary.rows.iter().all(|r| r.target.is_none()));
    let overview = app.translation_overview(Some("km")).expect("overview");
    let main = overview
        .groups
        .iter()
        .find(|g| g.id == "ui/reader")
        .expect("main");
    assert_eq!((main.outdated, main.reviewed), (1, 0));
}
