//! A reviewer's marks travel from the app to the files: the Translation
//! screen saves a marks file, `passage l10n apply-reviews` writes what
//! still holds, and another laptop's app (a fresh store) shows it reviewed.

use std::path::{Path, PathBuf};

use passage_app::{Config, ItemStatus, NewTrainer, Passage};

mod common;
use common::{copy_tree, passage, repo, s};

fn open(dir: &Path, store: &str) -> Passage {
    Passage::open(&Config {
        content_dir: dir.join("content"),
        locales_dir: dir.join("locales"),
        requested_locales: vec!["en".into()],
        index_path: None,
        store_path: Some(dir.join(store)),
        exports_dir: Some(dir.join("exports")),
    })
    .expect("opens")
}

fn status(app: &Passage, group: &str, key: Option<&str>) -> ItemStatus {
    let group = app.translation_group("km", group).expect("group");
    match key {
        None => group.status.expect("a whole"),
        Some(key) => group
            .rows
            .iter()
            .find(|r| r.key == key)
            .map(|r| r.status)
            .expect("row"),
    }
}

/// `passage l10n apply-reviews` with a marks file, languages and course.
fn apply_reviews(file: &Path, locales: &Path, content: &Path) -> (i32, String) {
    passage(&[
        "l10n",
        "apply-reviews",
        s(file),
        "--dir",
        s(locales),
        "--content",
        s(content),
    ])
}

/// The Safe migration course and the languages, in a folder a test may change.
fn copies() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let content = dir.path().join("content");
    copy_tree(
        &repo().join("content/10-safe-migration"),
        &content.join("10-safe-migration"),
    );
    let locales = dir.path().join("locales");
    copy_tree(&repo().join("locales"), &locales);
    (dir, content, locales)
}

#[test]
fn marks_made_in_the_app_reach_the_files_and_another_laptop() {
    let (dir, content, locales) = copies();
    let pack = content.join("10-safe-migration");
    let lesson = pack.join("lessons/asean-commitments/km.md");
    let glossary = pack.join("glossary.km.toml");

    // A reviewer marks a message, a lesson, its quiz and the glossary, and
    // saves the marks.
    let app = open(dir.path(), "reviewer.sqlite");
    app.create_trainer(&NewTrainer {
        name: "Dara Sok".into(),
        pin: "2468".into(),
        locale: "en".into(),
    })
    .expect("trainer");
    app.mark_translation_reviewed("km", "ui/reader", &["nav-home".to_owned()])
        .expect("message");
    for group in [
        "lesson/safe-migration/asean-commitments",
        "quiz/safe-migration/asean-commitments",
        "glossary/safe-migration",
    ] {
        app.mark_translation_reviewed("km", group, &[])
            .expect(group);
    }
    let saved = app.export_review_marks("km").expect("saved");
    assert_eq!(saved.marks, 4);
    let marks_file = PathBuf::from(&saved.path);
    let marks = std::fs::read_to_string(&marks_file).expect("marks file");
    assert!(marks.contains("\"reviewer\": \"Dara Sok\""), "{marks}");
    drop(app);

    // Meanwhile a translator changed the Khmer glossary: that mark no
    // longer holds. The others are applied.
    let text = std::fs::read_to_string(&glossary).expect("glossary");
    std::fs::write(&glossary, text.replacen("មេខ្យល់", "មេខ្យល់ (ឈ្មួញកណ្តាល)", 1)).expect("write");
    let (code, out) = apply_reviews(&marks_file, &locales, &content);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("3 mark(s) applied (2 file(s), 1 message(s)) from Dara Sok's review of km, 1 not applied"),
        "{out}"
    );
    assert!(
        out.contains("glossary:safe-migration: not applied: the translation changed"),
        "{out}"
    );
    let lesson_text = std::fs::read_to_string(&lesson).expect("lesson");
    assert!(
        lesson_text.contains("status = \"reviewed\""),
        "{lesson_text}"
    );
    assert!(!lesson_text.contains("status = \"draft\""), "{lesson_text}");
    let glossary_text = std::fs::read_to_string(&glossary).expect("glossary");
    assert!(glossary_text.starts_with("status = \"draft\""));
    let sources = std::fs::read_to_string(locales.join("km/sources.toml")).expect("sources");
    assert!(sources.contains("[reviewed]\nnav-home = "), "{sources}");
    // The files still load cleanly.
    let (code, out) = passage(&["content", "check", s(&pack)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 error(s)"), "{out}");

    // Another laptop, with none of the reviewer's settings, sees it all.
    let other = open(dir.path(), "other.sqlite");
    other
        .create_trainer(&NewTrainer {
            name: "Somchai".into(),
            pin: "1357".into(),
            locale: "en".into(),
        })
        .expect("trainer");
    assert_eq!(
        status(&other, "ui/reader", Some("nav-home")),
        ItemStatus::Reviewed
    );
    assert_eq!(
        status(&other, "ui/reader", Some("lesson-next")),
        ItemStatus::Draft
    );
    assert_eq!(
        status(&other, "lesson/safe-migration/asean-commitments", None),
        ItemStatus::Reviewed
    );
    assert_eq!(
        status(&other, "quiz/safe-migration/asean-commitments", None),
        ItemStatus::Reviewed
    );
    assert_eq!(
        status(&other, "glossary/safe-migration", None),
        ItemStatus::Draft
    );
    drop(other);

    // Applying the same file again changes nothing more.
    let before = std::fs::read_to_string(&lesson).expect("lesson");
    let (code, out) = apply_reviews(&marks_file, &locales, &content);
    assert_eq!(code, 0, "{out}");
    assert_eq!(std::fs::read_to_string(&lesson).expect("lesson"), before);
    // The lesson changed when its status did: its old mark no longer holds.
    assert!(
        out.contains("lesson:safe-migration/asean-commitments: not applied"),
        "{out}"
    );
}

#[test]
fn a_broken_or_foreign_marks_file_changes_nothing() {
    let (dir, content, locales) = copies();
    let apply = |text: &str| {
        let file = dir.path().join("marks.json");
        std::fs::write(&file, text).expect("write");
        apply_reviews(&file, &locales, &content)
    };
    let (code, out) = apply("{\n  \"format\": \"passage-review-marks\",\n  \"lang\": ");
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("marks.json: line 3"), "{out}");
    let (code, out) = apply(r#"{"format":"anki","lang":"km","reviewer":"x","marks":[]}"#);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("not a marks file"), "{out}");
    // Items that try to leave the packs are not found, not followed.
    let hash = format!("sha256:{}", "0".repeat(64));
    let (code, out) = apply(&format!(
        r#"{{"format":"passage-review-marks","lang":"km","reviewer":"x","marks":[
            {{"item":"lesson:safe-migration/../../../etc","sourceHash":"{hash}","targetHash":"{hash}","at":0}},
            {{"item":"ui:no-such-message","sourceHash":"{hash}","targetHash":"{hash}","at":0}},
            {{"item":"quiz:safe-migration/asean-commitments","sourceHash":"{hash}","targetHash":"{hash}","at":0}}]}}"#
    ));
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 mark(s) applied"), "{out}");
    assert!(
        out.contains("etc: not applied: not in these files"),
        "{out}"
    );
    assert!(
        out.contains("ui:no-such-message: not applied: not in these files"),
        "{out}"
    );
    assert!(
        out.contains("quiz:safe-migration/asean-commitments: not applied: the English changed"),
        "{out}"
    );
    let sources = std::fs::read_to_string(locales.join("km/sources.toml")).expect("sources");
    assert!(!sources.contains("\n[reviewed]\n"), "nothing recorded");
}

#[test]
fn a_language_whose_every_message_is_reviewed_is_no_longer_a_draft() {
    let dir = tempfile::tempdir().expect("dir");
    let locales = dir.path().join("locales");
    for (lang, text) in [
        ("en", "hello = Hello\nbye = Goodbye\n"),
        ("km", "hello = សួស្តី\nbye = លាហើយ\n"),
    ] {
        std::fs::create_dir_all(locales.join(lang)).expect("mkdir");
        std::fs::write(locales.join(lang).join("main.ftl"), text).expect("write");
    }
    let meta = locales.join("km/meta.toml");
    std::fs::write(&meta, "# Machine-made.\nstatus = \"draft\"\n").expect("write");
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).expect("mkdir");
    let mark = |id: &str, en: &str, km: &str| {
        format!(
            r#"{{"item":"ui:{id}","sourceHash":"{}","targetHash":"{}","at":0}}"#,
            passage_content::source_hash(en),
            passage_content::source_hash(km)
        )
    };
    let apply = |marks: &[String]| {
        let file = dir.path().join("marks.json");
        let text = format!(
            r#"{{"format":"passage-review-marks","lang":"km","reviewer":"Dara","marks":[{}]}}"#,
            marks.join(",")
        );
        std::fs::write(&file, text).expect("write");
        apply_reviews(&file, &locales, &content)
    };
    let (code, out) = apply(&[mark("hello", "Hello", "សួស្តី")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("1 mark(s) applied"), "{out}");
    assert!(
        std::fs::read_to_string(&meta)
            .expect("meta")
            .contains("status = \"draft\"")
    );
    // `passage l10n status`: a draft, one of two messages reviewed.
    let (_, status) = passage(&["l10n", "status", "--dir", s(&locales)]);
    let km: Vec<&str> = status
        .lines()
        .find(|l| l.starts_with("km "))
        .map(|l| l.split_whitespace().collect())
        .unwrap_or_default();
    assert_eq!(
        km.get(2..).unwrap_or_default(),
        ["draft", "2/2", "0", "0", "1"],
        "{status}"
    );
    let (code, out) = apply(&[mark("bye", "Goodbye", "លាហើយ")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("no longer a draft"), "{out}");
    assert_eq!(
        std::fs::read_to_string(&meta).expect("meta"),
        "# Machine-made.\nstatus = \"reviewed\"\n"
    );
}
