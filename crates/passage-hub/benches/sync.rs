//! Sync figures, printed as medians: bytes on the wire per record and for a
//! workshop day, pushing 100,000 records to a SQLite and a PostgreSQL hub
//! over loopback, 200 devices pushing at once, and a sync with nothing to
//! send. `cargo bench -p passage-hub --bench sync [-- runs]`; `-- bytes` or
//! `-- noop` print only those figures.

#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use passage_hub::server::{Limits, router, serve};
use passage_hub::{PgStorage, SqliteStorage, Storage};
use passage_store::{Hlc, LessonRef, Payload, ProfileField, Record, Store, WorkshopTest};
use passage_sync::engine::Peer;
use passage_sync::keys::hash_secret;
use passage_sync::wire::encode_page;
use passage_sync::{HubClient, link};

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.total_cmp(b));
    xs[xs.len() / 2]
}

fn limits() -> Limits {
    Limits {
        per_device_per_second: 100_000,
        per_device_burst: 100_000,
        enrols_per_minute: 100_000,
    }
}

/// Starts the hub in this process on a loopback port; returns its URL.
async fn start<S: Storage>(storage: S) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let app = router(Arc::new(storage), limits());
    tokio::spawn(serve(app, listener, None, std::future::pending()));
    url
}

async fn codes<S: Storage>(s: &S, org: &str, n: usize) -> Vec<String> {
    s.create_org(org, org).await.unwrap();
    let mut out = Vec::new();
    for i in 0..n {
        let code = format!("{org}-code-{i}");
        s.add_enrol_code(org, &hash_secret(&code), u64::MAX / 2)
            .await
            .unwrap();
        out.push(code);
    }
    out
}

/// A fixed pseudo-random sequence (the figures must not vary between runs).
fn mix(i: u64) -> u64 {
    let mut x = i.wrapping_add(0x9e37_79b9_7f4a_7c15);
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// A learner id as the app makes them: 128 random bits in hex.
fn learner(i: usize) -> String {
    format!("{:016x}{:016x}", mix(i as u64), mix(i as u64 + 1_000_003))
}

/// What a workshop day writes for 30 learners: registration and profile,
/// consent, enrolment, attendance of six sessions, lessons opened and
/// completed, the pre- and post-test.
fn workshop_day() -> Vec<Payload> {
    let mut out = Vec::new();
    let w = "ws-2026-11-24-chonburi".to_owned();
    for i in 0..30 {
        let l = learner(i);
        out.push(Payload::LearnerRegistered { learner: l.clone() });
        for (field, value) in [
            (ProfileField::Name, format!("Learner {i}")),
            (ProfileField::Sex, "female".into()),
            (ProfileField::BirthYear, "1998".into()),
            (ProfileField::Origin, "KH".into()),
            (ProfileField::Destination, "TH".into()),
            (ProfileField::Sector, "construction".into()),
            (ProfileField::Locale, "km".into()),
        ] {
            out.push(Payload::LearnerField {
                learner: l.clone(),
                field,
                value: Some(value),
            });
        }
        out.push(Payload::LearnerConsented {
            learner: l.clone(),
            text_version: 1,
        });
        out.push(Payload::Enrolled {
            workshop: w.clone(),
            learner: l.clone(),
        });
        for s in 1..=6 {
            out.push(Payload::AttendanceMarked {
                workshop: w.clone(),
                learner: l.clone(),
                session: format!("s{s}"),
                present: true,
            });
        }
        for test in [WorkshopTest::Pre, WorkshopTest::Post] {
            out.push(Payload::TestSat {
                workshop: w.clone(),
                learner: l.clone(),
                test,
                answers: (0..10)
                    .map(|q| (format!("safe-migration/m{q}/q1"), vec!["b".to_owned()]))
                    .collect(),
                score: 7,
                total: 10,
                on_paper: false,
            });
        }
    }
    out.extend(progress(30, 30 * 10));
    out
}

/// Learning progress as learners make it, in no tidy order: lessons opened,
/// time spent (a varying number of seconds), completed, quiz answers.
fn progress(learners: usize, n: usize) -> Vec<Payload> {
    (0..n)
        .map(|i| {
            let r = mix(i as u64 * 31 + 7);
            let at = LessonRef {
                course: if r.is_multiple_of(3) {
                    "money"
                } else {
                    "safe-migration"
                }
                .into(),
                lesson: format!("lesson-{}", (r >> 8) % 34),
            };
            let learner = learner((r >> 16) as usize % learners);
            match (r >> 24) % 4 {
                0 => Payload::LessonOpened { learner, at },
                1 => Payload::LessonTime {
                    learner,
                    at,
                    seconds: 5 + ((r >> 32) % 600) as u32,
                },
                2 => Payload::LessonCompleted { learner, at },
                _ => Payload::QuizAnswered {
                    learner,
                    at,
                    attempt: format!("{:x}", mix(r) % 0xffff_ffff),
                    question: format!("q{}", (r >> 40) % 6 + 1),
                    chosen: vec![["a", "b", "c", "d"][((r >> 44) % 4) as usize].to_owned()],
                    correct: !(r >> 48).is_multiple_of(3),
                },
            }
        })
        .collect()
}

fn as_records(payloads: Vec<Payload>) -> Vec<Record> {
    payloads
        .into_iter()
        .enumerate()
        .map(|(i, p)| Record {
            device_id: "3f2a9c4d5e6f708192a3b4c5d6e7f809".into(),
            scope: "org:cso".into(),
            idx: i as u64 + 1,
            hlc: Hlc {
                // Seconds to minutes apart, as people work.
                millis: 1_764_000_000_000
                    + (0..=i as u64).map(|k| 500 + mix(k) % 90_000).sum::<u64>(),
                counter: 0,
            },
            payload: Some(p),
        })
        .collect()
}

async fn push_100k<S: Storage>(
    storage: S,
    org: &str,
    dir: &std::path::Path,
    records: usize,
) -> f64 {
    let code = codes(&storage, org, 1).await.remove(0);
    let url = start(storage).await;
    let mut store = Store::open(&dir.join(format!("laptop-{org}.sqlite"))).unwrap();
    link::enrol(&mut store, &url, &code, "bench").await.unwrap();
    let scope = passage_sync::org_scope(org);
    for chunk in progress(30, records).chunks(10_000) {
        store.append(&scope, chunk.to_vec()).unwrap();
    }
    let t = Instant::now();
    let report = link::sync(&mut store).await.unwrap();
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(report.pushed, records);
    secs
}

/// 200 devices, each pushing `per_device` records in pages of 100, all at
/// once. Returns (records per second, p99 request latency in ms).
async fn many_devices<S: Storage>(storage: S, org: &str, per_device: usize) -> (f64, f64) {
    let devices = 200;
    let codes = codes(&storage, org, devices).await;
    let url = start(storage).await;
    let scope = passage_sync::org_scope(org);
    let mut clients = Vec::new();
    for (i, code) in codes.iter().enumerate() {
        let client = HubClient::new(&url).unwrap();
        let key = passage_sync::keys::DeviceKey::generate().unwrap();
        let reply = client
            .enrol(&passage_sync::wire::EnrolRequest {
                code: code.clone(),
                device_id: format!("device{i:04}"),
                device_name: format!("device {i}"),
                public_key: key.public_hex(),
            })
            .await
            .unwrap();
        clients.push((format!("device{i:04}"), client.with_token(&reply.token)));
    }
    let t = Instant::now();
    let mut tasks = Vec::new();
    for (device, client) in clients {
        let scope = scope.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            let records: Vec<Record> = progress(10, per_device)
                .into_iter()
                .enumerate()
                .map(|(i, p)| Record {
                    device_id: device.clone(),
                    scope: scope.clone(),
                    idx: i as u64 + 1,
                    hlc: Hlc {
                        millis: 1_764_000_000_000 + i as u64,
                        counter: 0,
                    },
                    payload: Some(p),
                })
                .collect();
            for page in records.chunks(100) {
                let t = Instant::now();
                client.push(page, 0).await.unwrap();
                latencies.push(t.elapsed().as_secs_f64() * 1000.0);
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    let secs = t.elapsed().as_secs_f64();
    all.sort_by(|a, b| a.total_cmp(b));
    let p99 = all[(all.len() * 99 / 100).min(all.len() - 1)];
    ((devices * per_device) as f64 / secs, p99)
}

async fn noop_round_trip<S: Storage>(storage: S, org: &str, dir: &std::path::Path) -> f64 {
    let code = codes(&storage, org, 1).await.remove(0);
    let url = start(storage).await;
    let mut store = Store::open(&dir.join(format!("laptop-{org}.sqlite"))).unwrap();
    link::enrol(&mut store, &url, &code, "bench").await.unwrap();
    store
        .append(&passage_sync::org_scope(org), progress(30, 3_000))
        .unwrap();
    link::sync(&mut store).await.unwrap();
    let mut times = Vec::new();
    for _ in 0..50 {
        let t = Instant::now();
        let report = link::sync(&mut store).await.unwrap();
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        assert_eq!((report.pushed, report.pulled), (0, 0));
    }
    median(times)
}

fn main() {
    let runs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(3);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();

    let progress_page = as_records(progress(30, 2_000));
    let bytes = encode_page(&progress_page).len();
    println!(
        "progress records, page of 2,000 (30 learners): {bytes} bytes compressed = {:.1} bytes/record (target <= 40)",
        bytes as f64 / 2_000.0
    );
    let day = as_records(workshop_day());
    let day_bytes = encode_page(&day).len();
    println!(
        "workshop day, 30 learners: {} records, {day_bytes} bytes compressed ({:.1} bytes/record); at 64 kbit/s: {:.1} s",
        day.len(),
        day_bytes as f64 / day.len() as f64,
        day_bytes as f64 * 8.0 / 64_000.0
    );

    if std::env::args().any(|a| a == "bytes") {
        return;
    }
    if std::env::args().any(|a| a == "noop") {
        let noop = rt.block_on(noop_round_trip(
            SqliteStorage::open(&dir.path().join("noop.sqlite")).unwrap(),
            "noop",
            dir.path(),
        ));
        println!("no-op sync, SQLite hub: {noop:.1} ms median of 50 (target < 50 ms)");
        return;
    }
    let pg = passage_hub::testing::TempPostgres::start().unwrap();
    let mut sqlite_push = Vec::new();
    let mut pg_push = Vec::new();
    for run in 0..runs {
        let path = dir.path().join(format!("hub-{run}.sqlite"));
        sqlite_push.push(rt.block_on(push_100k(
            SqliteStorage::open(&path).unwrap(),
            &format!("s{run}"),
            dir.path(),
            100_000,
        )));
        let url = pg.fresh_database(&format!("push{run}")).unwrap();
        pg_push.push(rt.block_on(async {
            push_100k(
                PgStorage::connect(&url).await.unwrap(),
                &format!("p{run}"),
                dir.path(),
                100_000,
            )
            .await
        }));
    }
    println!(
        "push 100,000 records over loopback, SQLite hub: {:.2} s median of {runs} (target < 5 s)",
        median(sqlite_push)
    );
    println!(
        "push 100,000 records over loopback, PostgreSQL hub: {:.2} s median of {runs} (target < 5 s)",
        median(pg_push)
    );

    let (rate, p99) = rt.block_on(many_devices(
        SqliteStorage::open(&dir.path().join("many.sqlite")).unwrap(),
        "many",
        500,
    ));
    println!(
        "200 devices pushing at once, SQLite hub: {rate:.0} records/s, p99 request {p99:.0} ms"
    );
    let url = pg.fresh_database("many").unwrap();
    let (rate, p99) = rt.block_on(async {
        many_devices(PgStorage::connect(&url).await.unwrap(), "many", 500).await
    });
    println!(
        "200 devices pushing at once, PostgreSQL hub: {rate:.0} records/s, p99 request {p99:.0} ms"
    );

    let noop = rt.block_on(noop_round_trip(
        SqliteStorage::open(&dir.path().join("noop.sqlite")).unwrap(),
        "noop",
        dir.path(),
    ));
    println!(
        "no-op sync (hello, scopes, status; nothing to send), SQLite hub: {noop:.1} ms median of 50 (target < 50 ms)"
    );
    let _ = Duration::ZERO;
}
