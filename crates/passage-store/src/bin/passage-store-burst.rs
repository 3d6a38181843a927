//! Test helper for `tests/kill.rs`: appends progress records to the store at
//! the given path as fast as it can, in small batches, and prints
//! `ack <idx>` after each batch is committed. The test kills it with
//! SIGKILL mid-burst and checks that every acknowledged record survived.

#![allow(clippy::print_stdout)] // the acknowledgements are the output

use std::io::Write;

use passage_store::{LessonRef, PERSONAL_SCOPE, Payload, Store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: passage-store-burst DB")?;
    let mut store = Store::open(std::path::Path::new(&path))?;
    let learner = "burst".to_owned();
    store.append(
        PERSONAL_SCOPE,
        vec![Payload::LearnerRegistered {
            learner: learner.clone(),
        }],
    )?;
    let mut out = std::io::stdout().lock();
    for round in 0_u32.. {
        let batch = (0..5)
            .map(|i| Payload::LessonTime {
                learner: learner.clone(),
                at: LessonRef {
                    course: "safe-migration".into(),
                    lesson: format!("lesson-{}", (round + i) % 30),
                },
                seconds: 1 + (round + i) % 59,
            })
            .collect();
        let written = store.append(PERSONAL_SCOPE, batch)?;
        if let Some(last) = written.last() {
            writeln!(out, "ack {}", last.idx)?;
            out.flush()?;
        }
    }
    Ok(())
}
