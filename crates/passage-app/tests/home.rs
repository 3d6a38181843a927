//! The home screen over the real bundled content folders.

use std::path::PathBuf;

use passage_app::{Config, Passage};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn open(lang: &str) -> Passage {
    Passage::open(&Config {
        content_dir: repo().join("content"),
        locales_dir: repo().join("locales"),
        requested_locales: vec![lang.to_owned()],
        index_path: None,
        store_path: None,
        exports_dir: None,
    })
    .expect("bundled content opens")
}

#[test]
fn bundled_courses_are_listed_in_english() {
    let home = open("en_US.UTF-8").home_screen();
    assert_eq!(home.locale, "en");
    assert!(!home.ui_draft);
    assert!(home.courses.iter().all(|c| !c.draft && c.shown_in == "en"));
    assert!(home.problems.is_empty(), "{:?}", home.problems);
    let titles: Vec<&str> = home.courses.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Safe migration", "Money for migrants and their families"]
    );
    assert_eq!(home.courses[0].modules.len(), 10);
    assert_eq!(home.courses[1].modules.len(), 9);
}

#[test]
fn system_language_is_used_when_supported_else_english() {
    let km = open("km_KH.UTF-8").home_screen();
    assert_eq!(
        (km.locale.as_str(), km.language_name.as_str()),
        ("km", "ខ្មែរ")
    );
    assert!(
        km.courses.iter().all(|c| c.shown_in == "km"),
        "{:?}",
        km.courses
    );
    assert!(
        km.ui_draft,
        "the Khmer UI is an unreviewed draft and must say so"
    );
    assert!(km.courses.iter().all(|c| c.draft), "{:?}", km.courses);

    let unsupported = open("de_DE.UTF-8").home_screen();
    assert!(!unsupported.ui_draft);
    assert_eq!(unsupported.locale, "en");
}

#[test]
fn a_broken_pack_is_reported_and_the_others_still_show() {
    let content = tempfile::tempdir().expect("tempdir");
    for entry in std::fs::read_dir(repo().join("content")).expect("content") {
        let entry = entry.expect("entry");
        if !entry.path().join("pack.toml").is_file() {
            continue;
        }
        let to = content.path().join(entry.file_name());
        std::fs::create_dir(&to).expect("mkdir");
        std::fs::copy(entry.path().join("pack.toml"), to.join("pack.toml")).expect("copy");
    }
    let broken = content.path().join("99-broken");
    std::fs::create_dir(&broken).expect("mkdir");
    std::fs::write(broken.join("pack.toml"), "id = \"x\"\nversion = [\n").expect("write");
    let app = Passage::open(&Config {
        content_dir: content.path().to_owned(),
        locales_dir: repo().join("locales"),
        requested_locales: vec![],
        index_path: None,
        store_path: None,
        exports_dir: None,
    })
    .expect("opens despite a broken pack");
    let home = app.home_screen();
    assert_eq!(home.courses.len(), 2);
    assert_eq!(home.problems.len(), 1);
    assert_eq!(
        home.problems[0].code,
        passage_app::ErrorCode::ContentInvalid
    );
    assert!(
        home.problems[0].detail.contains("99-broken/pack.toml:"),
        "{:?}",
        home.problems
    );
}

#[test]
fn a_missing_content_folder_is_an_error_the_ui_can_translate() {
    let err = Passage::open(&Config {
        content_dir: repo().join("no-such-folder"),
        locales_dir: repo().join("locales"),
        requested_locales: vec![],
        index_path: None,
        store_path: None,
        exports_dir: None,
    })
    .expect_err("no content");
    let shown = passage_app::CommandError::from(&err);
    assert_eq!(shown.code, passage_app::ErrorCode::ContentUnreadable);
    assert!(shown.detail.contains("no-such-folder"), "{}", shown.detail);
}

#[test]
fn a_language_picked_in_passage_is_used_at_once_and_kept_for_next_time() {
    let data = tempfile::tempdir().expect("dir");
    let open_at = |lang: &str| {
        Passage::open(&Config {
            content_dir: repo().join("content"),
            locales_dir: repo().join("locales"),
            requested_locales: vec![lang.to_owned()],
            index_path: None,
            store_path: Some(data.path().join("learners.sqlite")),
            exports_dir: None,
        })
        .expect("opens")
    };
    let app = open_at("en_US.UTF-8");
    assert_eq!(app.home_screen().locale, "en");
    let home = app.set_ui_locale("km").expect("switches");
    assert_eq!(home.locale, "km");
    assert!(
        home.ui_draft,
        "the Khmer UI is a machine-made draft and says so"
    );
    assert_ne!(home.language_name, "English");
    assert_eq!(app.home_screen().locale, "km");
    assert_eq!(
        app.set_ui_locale("xx").expect_err("not installed").code(),
        passage_app::ErrorCode::BadInput
    );
    drop(app);
    // The next start (the system still asks for English) keeps the choice.
    assert_eq!(open_at("en_US.UTF-8").home_screen().locale, "km");
}
