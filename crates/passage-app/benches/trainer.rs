//! Trainer mode's figures over a real learner store with the bundled
//! courses: the report of one workshop of 30, the report across a laptop
//! holding 100 workshops and 5,000 learners, certificates for 30, and the
//! Translation screen.
//! Prints medians; run with `cargo bench -p passage-app --bench trainer`.

#![allow(clippy::print_stdout, clippy::unwrap_used)]

use std::path::PathBuf;
use std::time::{Duration, Instant};

use passage_app::roster::RegistrantDraft;
use passage_app::{AttendanceMark, Config, NewTrainer, Passage, WorkshopForm};

fn median(mut runs: Vec<Duration>) -> f64 {
    runs.sort();
    runs[runs.len() / 2].as_secs_f64() * 1000.0
}

fn time<T>(n: usize, mut f: impl FnMut() -> T) -> f64 {
    median(
        (0..n)
            .map(|_| {
                let start = Instant::now();
                std::hint::black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn people(workshop: usize, n: usize) -> Vec<RegistrantDraft> {
    let sexes = ["F", "M", "F", "M", "-"];
    let origins = [
        "Philippines",
        "Cambodia",
        "Myanmar",
        "Indonesia",
        "Viet Nam",
    ];
    (0..n)
        .map(|i| RegistrantDraft {
            line: u32::try_from(i + 2).unwrap(),
            name: format!("Person {workshop}-{i}"),
            sex: sexes[i % sexes.len()].into(),
            age: format!("{}", 18 + (i * 7) % 40),
            origin: origins[i % origins.len()].into(),
            destination: "Malaysia".into(),
            sector: "construction".into(),
            consent: "yes".into(),
            ..RegistrantDraft::default()
        })
        .collect()
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = tempfile::tempdir().unwrap();
    let app = Passage::open(&Config {
        content_dir: root.join("content"),
        locales_dir: root.join("locales"),
        requested_locales: vec!["en".into()],
        index_path: None,
        store_path: Some(dir.path().join("learners.sqlite")),
        exports_dir: Some(dir.path().join("exports")),
    })
    .unwrap();
    app.create_trainer(&NewTrainer {
        name: "Bench Trainer".into(),
        pin: "1357".into(),
        locale: "en".into(),
    })
    .unwrap();
    let setup = Instant::now();
    let mut ids = Vec::new();
    for w in 0..100 {
        let workshop = app
            .create_workshop(&WorkshopForm {
                title: format!("Workshop {w}"),
                organisation: "Bench Network".into(),
                venue: "Hall".into(),
                first_day: "2027-03-04".into(),
                locale: if w % 2 == 0 { "km" } else { "my" }.into(),
                courses: vec!["safe-migration".into()],
            })
            .unwrap();
        let n = if w == 0 { 30 } else { 50 };
        let outcome = app
            .import_roster(&workshop.id, &people(w, n), false)
            .unwrap();
        assert_eq!(outcome.imported as usize, n);
        let view = app.workshop(&workshop.id).unwrap();
        let marks: Vec<AttendanceMark> = view
            .participants
            .iter()
            .flat_map(|p| {
                view.days
                    .iter()
                    .flat_map(|d| &d.sessions)
                    .map(|s| AttendanceMark {
                        learner: p.id.clone(),
                        session: s.id.clone(),
                        present: true,
                    })
            })
            .collect();
        app.mark_attendance(&workshop.id, &marks).unwrap();
        ids.push(workshop.id);
    }
    println!(
        "setup: 100 workshops, 4,980 learners, full attendance in {:.1} s",
        setup.elapsed().as_secs_f64()
    );
    let first = &ids[0];
    println!(
        "report of one workshop (30 learners), with charts: median {:.1} ms (target < 50 ms)",
        time(15, || app.workshop_report(first).unwrap())
    );
    println!(
        "report across 100 workshops / 5,000 learners: median {:.1} ms (target < 1 s)",
        time(5, || app.all_workshops_report().unwrap())
    );
    println!(
        "certificates for 30 learners (Khmer), saved as one PDF: median {:.1} ms (target < 3 s)",
        time(5, || app.certificates(first, &[], false).unwrap())
    );
    println!(
        "Translation screen, Khmer: every group's counts (607 messages, all lessons): median {:.1} ms",
        time(9, || app.translation_overview(Some("km")).unwrap())
    );
    println!(
        "Translation screen, one lesson side by side: median {:.2} ms",
        time(15, || {
            app.translation_group("km", "lesson/safe-migration/asean-commitments")
                .unwrap()
        })
    );
    println!(
        "Translation screen, trainer.ftl side by side: median {:.1} ms",
        time(15, || app.translation_group("km", "ui/trainer").unwrap())
    );
}
