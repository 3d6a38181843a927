//! Dashboard figures for a big organisation: 50,000 learners in 2,000
//! workshops from 20 laptops, about 2 million records, on a SQLite and a
//! PostgreSQL hub. Prints, per backend: loading the records, building the
//! read model from nothing, the first page (figures worked out), the page
//! when nothing changed (p50/p95 over many loads), and the page right after
//! a laptop synced a new workshop (p50/p95), plus the read model's query
//! plans. `cargo bench -p passage-hub --bench dashboard [-- LEARNERS]`.

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use passage_hub::dashboard::{Content, DashboardConfig, hash_password};
use passage_hub::readmodel::ReadModels;
use passage_hub::server::{Limits, serve};
use passage_hub::testing::{Dice, FakeWorkshop, TempPostgres, test_questions, workshop_payloads};
use passage_hub::{PgStorage, Role, SqliteStorage, Storage, User};
use passage_l10n::Messages;
use passage_store::{Hlc, Record};

const PEOPLE: usize = 25;
const LAPTOPS: usize = 20;
const LESSON_RECORDS: usize = 25;

fn repo(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(name)
}

fn percentile(mut xs: Vec<f64>, p: f64) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    let i = ((xs.len() as f64 - 1.0) * p).round() as usize;
    xs[i]
}

/// The records of `workshops` made-up workshops over `LAPTOPS` laptops,
/// stream by stream.
fn records(learners: usize) -> Vec<Vec<Record>> {
    let questions = test_questions(&repo("content"), "safe-migration", 10).unwrap();
    let workshops = learners / PEOPLE;
    let mut dice = Dice::new(42);
    let mut streams: Vec<Vec<Record>> = vec![Vec::new(); LAPTOPS];
    for w in 0..workshops {
        let laptop = w % LAPTOPS;
        let fake = FakeWorkshop {
            id: format!("w{w}"),
            trainer: format!("Trainer {}", w % 60),
            date: format!("2026-{:02}-{:02}", 1 + (w % 10), 1 + (w % 27)),
            people: PEOPLE,
            lesson_records: LESSON_RECORDS,
        };
        let stream = &mut streams[laptop];
        for payload in workshop_payloads(&fake, &questions, &mut dice) {
            let idx = stream.len() as u64 + 1;
            stream.push(Record {
                device_id: format!("laptop-{laptop:02}"),
                scope: "org:big".into(),
                idx,
                hlc: Hlc {
                    millis: 1_780_000_000_000 + idx,
                    counter: 0,
                },
                payload: Some(payload),
            });
        }
    }
    streams
}

async fn measure<S: Storage>(name: &str, storage: S, streams: &[Vec<Record>], data: &Path) {
    let total: usize = streams.iter().map(Vec::len).sum();
    storage.create_org("big", "Big CSO").await.unwrap();
    storage
        .add_user(User {
            email: "m@big.org".into(),
            org: "big".into(),
            role: Role::Manager,
            password_hash: hash_password("bench password 123").unwrap(),
        })
        .await
        .unwrap();
    let t = Instant::now();
    for stream in streams {
        for chunk in stream.chunks(5_000) {
            storage.append(chunk.to_vec(), false).await.unwrap();
        }
    }
    println!(
        "{name}: {total} records stored in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    let models = Arc::new(ReadModels::new(data.join("read-models")));
    let t = Instant::now();
    let n = models.catch_up(&storage, "big").await.unwrap();
    println!(
        "{name}: read model built from nothing ({n} records) in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let storage = Arc::new(storage);
    let config = DashboardConfig {
        models: Arc::clone(&models),
        content: Arc::new(Content::load(&repo("content")).unwrap()),
        messages: Arc::new(Messages::load(&repo("locales")).unwrap()),
        secure_cookies: false,
        logins_per_minute: 1_000,
        wait_for_fresh: std::time::Duration::from_millis(250),
    };
    let models_told = Arc::clone(&models);
    let on_append: passage_hub::server::OnAppend =
        Arc::new(move |org: &str| models_told.mark_stale(org));
    let app =
        passage_hub::server::router_with(Arc::clone(&storage), Limits::default(), Some(on_append))
            .merge(passage_hub::dashboard::router(Arc::clone(&storage), config));
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(serve(app, listener, None, std::future::pending()));

    passage_sync::client::install_crypto();
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let login = client
        .get(format!("{url}/dashboard/login"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = login.find("name=\"csrf\" value=\"").unwrap() + 19;
    let csrf = login[at..].split('"').next().unwrap().to_owned();
    let r = client
        .post(format!("{url}/dashboard/login"))
        .form(&[
            ("email", "m@big.org"),
            ("password", "bench password 123"),
            ("csrf", &csrf),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);

    let get = |path: &'static str| {
        let client = client.clone();
        let url = url.clone();
        async move {
            let t = Instant::now();
            let r = client.get(format!("{url}{path}")).send().await.unwrap();
            assert_eq!(r.status(), 200);
            let body = r.text().await.unwrap();
            assert!(body.contains("Big CSO") || body.len() > 1000);
            t.elapsed().as_secs_f64() * 1000.0
        }
    };
    let t = Instant::now();
    let status = storage.status("org:big").await.unwrap();
    println!(
        "{name}: status of {} streams in {:.1} ms",
        status.len(),
        t.elapsed().as_secs_f64() * 1000.0
    );
    let t = Instant::now();
    models.catch_up(storage.as_ref(), "big").await.unwrap();
    let caught_up = t.elapsed().as_secs_f64() * 1000.0;
    let content = Arc::new(Content::load(&repo("content")).unwrap());
    let t = Instant::now();
    models
        .read("big", move |store| {
            passage_hub::dashboard::compute(store, content.as_ref())
                .map_err(|e| passage_hub::HubError::Database(e.to_string()))
        })
        .await
        .unwrap();
    println!(
        "{name}: catch-up with nothing new {caught_up:.1} ms; figures worked out in {:.0} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let first = get("/dashboard").await;
    println!("{name}: first overview (figures worked out) {first:.0} ms");
    for (label, path) in [
        ("overview", "/dashboard"),
        ("groups", "/dashboard/groups"),
        ("workshops", "/dashboard/workshops"),
        ("questions", "/dashboard/questions"),
        ("devices", "/dashboard/devices"),
    ] {
        let mut times = Vec::new();
        for _ in 0..40 {
            times.push(get(path).await);
        }
        println!(
            "{name}: {label}, nothing new: p50 {:.1} ms, p95 {:.1} ms",
            percentile(times.clone(), 0.5),
            percentile(times, 0.95)
        );
    }
    // A laptop syncs one more workshop before each load.
    let questions = test_questions(&repo("content"), "safe-migration", 10).unwrap();
    let mut dice = Dice::new(7);
    let mut next = streams[0].len() as u64;
    let mut times = Vec::new();
    for k in 0..15 {
        let fake = FakeWorkshop {
            id: format!("new{k}"),
            trainer: "New trainer".into(),
            date: "2026-11-02".into(),
            people: PEOPLE,
            lesson_records: LESSON_RECORDS,
        };
        let batch: Vec<Record> = workshop_payloads(&fake, &questions, &mut dice)
            .into_iter()
            .map(|payload| {
                next += 1;
                Record {
                    device_id: "laptop-00".into(),
                    scope: "org:big".into(),
                    idx: next,
                    hlc: Hlc {
                        millis: 1_790_000_000_000 + next,
                        counter: 0,
                    },
                    payload: Some(payload),
                }
            })
            .collect();
        storage.append(batch, true).await.unwrap();
        // As a push does.
        models.mark_stale("big");
        times.push(get("/dashboard").await);
    }
    println!(
        "{name}: overview right after a new workshop synced: p50 {:.0} ms, p95 {:.0} ms",
        percentile(times.clone(), 0.5),
        percentile(times, 0.95)
    );
}

fn main() {
    let learners: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(50_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let t = Instant::now();
    let streams = records(learners);
    println!(
        "{learners} learners, {} records made in {:.1} s",
        streams.iter().map(Vec::len).sum::<usize>(),
        t.elapsed().as_secs_f64()
    );
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let sqlite = SqliteStorage::open(&dir.path().join("hub.sqlite")).unwrap();
        measure("sqlite", sqlite, &streams, dir.path()).await;
        let pg = TempPostgres::start().unwrap();
        let storage = PgStorage::connect(&pg.fresh_database("bench").unwrap())
            .await
            .unwrap();
        let dir = tempfile::tempdir().unwrap();
        measure("postgres", storage, &streams, dir.path()).await;
    });
}
