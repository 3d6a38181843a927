//! Figures for the learner store, on real files in a temporary folder:
//!
//! - appending 10,000 progress records in batches of 10, as the UI writes
//!   them (target: under 0.5 s in all);
//! - deriving one learner's dashboard (progress, quiz results, last lesson)
//!   from 2,000 of their records (target: under 20 ms);
//! - opening the store and listing learners with 300 learners on the laptop
//!   against an empty store (target: no more than 100 ms slower).
//!
//! Prints medians (and p95) over several runs. Run with
//! `cargo bench -p passage-store --bench store`.

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)] // a bench reports on stdout

use std::time::{Duration, Instant};

use passage_store::{LessonRef, PERSONAL_SCOPE, Payload, ProfileField, Store};

fn at(i: usize) -> LessonRef {
    LessonRef {
        course: if i.is_multiple_of(2) {
            "safe-migration"
        } else {
            "money-for-migrants"
        }
        .into(),
        lesson: format!("lesson-{}", i % 35),
    }
}

fn progress_payloads(learner: &str, n: usize, offset: usize) -> Vec<Payload> {
    (offset..offset + n)
        .map(|i| match i % 5 {
            0 => Payload::LessonOpened {
                learner: learner.into(),
                at: at(i),
            },
            1 | 2 => Payload::LessonTime {
                learner: learner.into(),
                at: at(i),
                seconds: 30,
            },
            3 => Payload::QuizAnswered {
                learner: learner.into(),
                at: at(i),
                attempt: format!("a{}", i / 10),
                question: format!("q{}", i % 4),
                chosen: vec!["b".into()],
                correct: i.is_multiple_of(3),
            },
            _ => Payload::QuizFinished {
                learner: learner.into(),
                at: at(i),
                attempt: format!("a{}", i / 10),
                score: u32::try_from(i % 4).unwrap(),
                total: 4,
            },
        })
        .collect()
}

fn register(store: &mut Store, learner: &str) {
    store
        .append(
            PERSONAL_SCOPE,
            vec![
                Payload::LearnerRegistered {
                    learner: learner.into(),
                },
                Payload::LearnerField {
                    learner: learner.into(),
                    field: ProfileField::Name,
                    value: Some(format!("Learner {learner}")),
                },
            ],
        )
        .unwrap();
}

fn stats(mut runs: Vec<Duration>) -> (Duration, Duration) {
    runs.sort();
    let median = runs[runs.len() / 2];
    let p95 = runs[(runs.len() * 95 / 100).min(runs.len() - 1)];
    (median, p95)
}

fn main() {
    let dir = tempfile::tempdir().unwrap();

    // 1. 10,000 records in batches of 10.
    let mut appends = Vec::new();
    for run in 0..5 {
        let path = dir.path().join(format!("append-{run}.sqlite"));
        let mut store = Store::open(&path).unwrap();
        register(&mut store, "l1");
        let started = Instant::now();
        for batch in 0..1_000 {
            store
                .append(PERSONAL_SCOPE, progress_payloads("l1", 10, batch * 10))
                .unwrap();
        }
        appends.push(started.elapsed());
    }
    let (m, p) = stats(appends);
    println!(
        "append 10,000 records in batches of 10: median {m:.2?} (p95 {p:.2?}), target < 500 ms"
    );

    // 2. A dashboard from 2,000 records.
    let path = dir.path().join("dashboard.sqlite");
    let mut store = Store::open(&path).unwrap();
    register(&mut store, "l1");
    for batch in 0..200 {
        store
            .append(PERSONAL_SCOPE, progress_payloads("l1", 10, batch * 10))
            .unwrap();
    }
    let mut derives = Vec::new();
    for _ in 0..50 {
        let started = Instant::now();
        let progress = store.progress("l1").unwrap();
        let results = store.quiz_results("l1").unwrap();
        let last = store.last_opened("l1").unwrap();
        derives.push(started.elapsed());
        assert!(!progress.is_empty() && !results.is_empty() && last.is_some());
    }
    let (m, p) = stats(derives);
    println!(
        "dashboard of one learner from 2,000 records: median {m:.2?} (p95 {p:.2?}), target < 20 ms"
    );

    // 3. Open + list learners: 300 learners (20 records each) against none.
    let empty = dir.path().join("empty.sqlite");
    drop(Store::open(&empty).unwrap());
    let full = dir.path().join("full.sqlite");
    {
        let mut store = Store::open(&full).unwrap();
        for n in 0..300 {
            let learner = format!("learner-{n}");
            register(&mut store, &learner);
            store
                .append(PERSONAL_SCOPE, progress_payloads(&learner, 20, 0))
                .unwrap();
        }
    }
    let mut open_empty = Vec::new();
    let mut open_full = Vec::new();
    for _ in 0..15 {
        for (path, runs) in [(&empty, &mut open_empty), (&full, &mut open_full)] {
            let started = Instant::now();
            let store = Store::open(path).unwrap();
            let learners = store.learners().unwrap();
            runs.push(started.elapsed());
            std::hint::black_box(learners);
        }
    }
    let (e, _) = stats(open_empty);
    let (f, _) = stats(open_full);
    println!(
        "open store + list learners: empty {e:.2?}, 300 learners {f:.2?} (+{:.2?}), target < +100 ms",
        f.saturating_sub(e)
    );
}
