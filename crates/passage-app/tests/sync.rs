//! The sync panel over a real store file and a real hub (in this process,
//! on a loopback port): enrolment, "Sync now", records waiting, plain
//! problems, a sync file for a USB stick and its receipt.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use passage_app::{Config, ErrorCode, NewTrainer, Passage, RegistrationForm, WorkshopForm};
use passage_hub::server::{Limits, router, serve};
use passage_hub::{SqliteStorage, Storage};
use passage_sync::keys::hash_secret;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn open(data: &Path) -> Passage {
    let app = Passage::open(&Config {
        content_dir: repo().join("content"),
        locales_dir: repo().join("locales"),
        requested_locales: vec!["en".into()],
        index_path: None,
        store_path: Some(data.join("learners.sqlite")),
        exports_dir: Some(data.join("exports")),
    })
    .expect("opens");
    app.create_trainer(&NewTrainer {
        name: "Dara Sok".into(),
        pin: "2468".into(),
        locale: "en".into(),
    })
    .expect("trainer");
    app
}

/// A hub with organisation `cso` and one code; returns its URL, the code
/// and the storage (to look inside).
async fn hub(dir: &Path) -> (String, String, SqliteStorage) {
    let storage = SqliteStorage::open(&dir.join("hub.sqlite")).expect("hub db");
    storage.create_org("cso", "Example CSO").await.expect("org");
    storage
        .add_enrol_code("cso", &hash_secret("code-1"), u64::MAX / 2)
        .await
        .expect("code");
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!("http://{}", listener.local_addr().expect("addr"));
    tokio::spawn(serve(
        router(Arc::new(storage.clone()), Limits::default()),
        listener,
        None,
        std::future::pending(),
    ));
    (url, "code-1".into(), storage)
}

fn workshop(app: &Passage) -> String {
    app.create_workshop(&WorkshopForm {
        title: "Safe migration".into(),
        organisation: "Whatever was typed".into(),
        venue: "Hall".into(),
        first_day: "2027-03-04".into(),
        locale: "en".into(),
        courses: vec!["safe-migration".into()],
    })
    .expect("workshop")
    .id
}

fn register(app: &Passage, workshop: &str, name: &str) {
    app.register_participant(
        workshop,
        &RegistrationForm {
            name: name.into(),
            sex: "female".into(),
            birth_year: "1999".into(),
            consent: true,
            ..RegistrationForm::default()
        },
    )
    .expect("registered");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_trainer_enrols_syncs_and_sees_what_waits() {
    let dir = tempfile::tempdir().expect("dir");
    let (url, code, storage) = hub(dir.path()).await;
    let app = open(dir.path());
    let before = app.sync_view().expect("view");
    assert!(!before.enrolled);
    assert_eq!(before.waiting, 0);

    let bad = app.enrol_hub(&url, "wrong-code").await;
    assert_eq!(bad.expect_err("refused").code(), ErrorCode::HubBadCode);
    let view = app.enrol_hub(&url, &code).await.expect("enrols");
    assert!(view.enrolled);
    assert_eq!(view.org_name.as_deref(), Some("Example CSO"));
    assert!(view.last_success_millis.is_some());

    // A workshop made after enrolment belongs to the hub's organisation.
    let w = workshop(&app);
    register(&app, &w, "Sokha");
    register(&app, &w, "Vanna");
    let waiting = app.sync_view().expect("view").waiting;
    assert!(waiting >= 3, "the workshop and two people wait: {waiting}");
    let view = app.sync_now().await.expect("syncs");
    assert_eq!(view.waiting, 0);
    assert_eq!(view.last_sent, waiting);
    assert!(view.problem.is_none());
    let on_hub = storage.export("org:cso").await.expect("export");
    assert_eq!(on_hub.len() as u64, waiting);

    // Trainer mode locked: the panel is too.
    app.trainer_sign_out();
    assert_eq!(
        app.sync_view().expect_err("locked").code(),
        ErrorCode::NoTrainer
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_hub_is_a_plain_problem_and_usb_files_carry_the_records() {
    let dir = tempfile::tempdir().expect("dir");
    let (url, code, storage) = hub(dir.path()).await;
    let app = open(dir.path());
    app.enrol_hub(&url, &code).await.expect("enrols");
    let w = workshop(&app);
    register(&app, &w, "Sokha");

    // The hub moves away (the laptop is offline): the problem says so, and nothing is lost.
    let store = passage_store::Store::open(&dir.path().join("learners.sqlite")).expect("store");
    let mut link = passage_sync::link::link(&store)
        .expect("link")
        .expect("enrolled");
    drop(store);
    link.url = format!("http://127.0.0.1:{}", free_port());
    let mut store = passage_store::Store::open(&dir.path().join("learners.sqlite")).expect("store");
    store
        .set_setting(
            "hub.link",
            Some(&serde_json::to_string(&link).expect("json")),
        )
        .expect("set");
    drop(store);
    let view = app.sync_now().await.expect("the panel answers");
    let problem = view.problem.expect("a problem");
    assert_eq!(problem.code, ErrorCode::HubUnreachable);
    assert!(view.waiting > 0);
    assert!(
        !app.sync_in_background().await,
        "the background sync backs off"
    );

    // By USB: the file goes to the exports folder, the hub imports it, the receipt comes back.
    let folder = view.folders[0].clone();
    let saved = app.write_sync_file(&folder).expect("file");
    assert!(saved.name.ends_with(".passage-sync"));
    assert_eq!(
        app.write_sync_file("/etc").expect_err("not offered").code(),
        ErrorCode::BadInput
    );
    let bytes = std::fs::read(&saved.path).expect("read");
    let imported = passage_hub::usb::import(&storage, &bytes)
        .await
        .expect("imports");
    assert_eq!(imported.new as u64, view.waiting);
    let receipt = Path::new(&folder).join("from-hub.receipt");
    std::fs::write(&receipt, &imported.receipt).expect("write");
    let listed = app.sync_view().expect("view").files;
    assert_eq!(listed.iter().filter(|f| f.receipt).count(), 1);
    let outcome = app
        .read_sync_file(receipt.to_str().expect("path"))
        .expect("receipt read");
    assert!(outcome.receipt);
    assert_eq!(outcome.waiting, 0);
    assert_eq!(app.sync_view().expect("view").waiting, 0);

    // A damaged file is refused and changes nothing.
    let broken = Path::new(&folder).join("broken.passage-sync");
    std::fs::write(&broken, &bytes[..bytes.len() / 2]).expect("write");
    assert_eq!(
        app.read_sync_file(broken.to_str().expect("path"))
            .expect_err("refused")
            .code(),
        ErrorCode::SyncFileBroken
    );

    let view = app.forget_hub().expect("forgets");
    assert!(!view.enrolled);
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port()
}
