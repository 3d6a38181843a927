//! How long a workshop report takes: aggregation alone and with every
//! export, for one workshop of 30 and for a laptop-wide view of 100
//! workshops × 50 learners. A plain binary (`harness = false`) printing
//! the median of 21 runs; `cargo bench -p passage-app --bench report`.
//!
//! Targets (the figures): one workshop with CSV, XLSX and charts
//! under 50 ms; 5,000 participants aggregated under 1 s.

#![expect(
    clippy::print_stdout,
    reason = "a benchmark's result is what it prints"
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use passage_app::report::{
    Participant, ReportInput, ReportWords, Score, aggregate, aggregate_many, charts_svg, to_csv,
    to_xlsx,
};
use passage_app::{AGE_BANDS, SECTORS, SEXES};

const RUNS: usize = 21;

/// A deterministic pseudo-random sequence (PCG's LCG step), so every run
/// measures the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        u32::try_from(self.0 >> 33).unwrap_or(0)
    }

    fn below(&mut self, n: u32) -> u32 {
        self.next() % n
    }

    /// One of `choices`, or `None` one time in ten.
    fn answer(&mut self, choices: &[&str]) -> Option<String> {
        if self.below(10) == 0 {
            return None;
        }
        let i = usize::try_from(self.below(u32::try_from(choices.len()).unwrap_or(1))).unwrap_or(0);
        choices.get(i).map(|s| (*s).to_owned())
    }

    fn score(&mut self, taken_in_ten: u32) -> Option<Score> {
        (self.below(10) < taken_in_ten).then(|| Score {
            score: self.below(21),
            total: 20,
        })
    }
}

fn workshop(rng: &mut Lcg, learners: usize) -> ReportInput {
    let participants = (0..learners)
        .map(|_| Participant {
            sex: rng.answer(&SEXES),
            age_band: rng.answer(&AGE_BANDS),
            origin: rng.answer(&["KH", "TH", "MM", "LA", "VN", "PH", "ID", "ZZ"]),
            destination: rng.answer(&["MY", "TH", "SG", "JP", "KR", "TW", "SA", "AE", "ZZ"]),
            sector: rng.answer(&SECTORS),
            sessions_attended: rng.below(5),
            pre: rng.score(9),
            post: rng.score(8),
        })
        .collect();
    ReportInput {
        sessions: 4,
        completion_share: (3, 4),
        participants,
    }
}

fn words() -> ReportWords {
    let mut words = ReportWords {
        title: "Pre-departure orientation".into(),
        subtitle: "Bench, 2026".into(),
        ..ReportWords::default()
    };
    for code in SEXES.iter().chain(&AGE_BANDS).chain(&SECTORS) {
        words.groups.insert((*code).into(), code.to_uppercase());
    }
    words
}

/// Median wall time of `RUNS` runs of `f`.
fn median(mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            f();
            started.elapsed()
        })
        .collect();
    times.sort_unstable();
    times[RUNS / 2]
}

fn show(what: &str, time: Duration, target: Option<Duration>) {
    let verdict = match target {
        Some(target) if time <= target => format!("  (target < {target:?}: ok)"),
        Some(target) => format!("  (target < {target:?}: TOO SLOW)"),
        None => String::new(),
    };
    println!(
        "{what:<58} median {:>9.3} ms{verdict}",
        time.as_secs_f64() * 1e3
    );
}

fn main() {
    let mut rng = Lcg(0x5EED);
    let words = words();

    let one = workshop(&mut rng, 30);
    let report = aggregate(&one);
    show(
        "aggregate, 1 workshop × 30",
        median(|| {
            black_box(aggregate(black_box(&one)));
        }),
        None,
    );
    show(
        "to_csv, 30",
        median(|| {
            black_box(to_csv(black_box(&report)));
        }),
        None,
    );
    show(
        "to_xlsx, 30",
        median(|| {
            black_box(to_xlsx(black_box(&report), &words).map(|b| b.len()).ok());
        }),
        None,
    );
    show(
        "charts_svg, 30",
        median(|| {
            black_box(charts_svg(black_box(&report), &words));
        }),
        None,
    );
    show(
        "aggregate + CSV + XLSX + charts, 30",
        median(|| {
            let report = aggregate(black_box(&one));
            black_box(to_csv(&report));
            black_box(to_xlsx(&report, &words).map(|b| b.len()).ok());
            black_box(charts_svg(&report, &words));
        }),
        Some(Duration::from_millis(50)),
    );

    let many: Vec<ReportInput> = (0..100).map(|_| workshop(&mut rng, 50)).collect();
    show(
        "aggregate_many, 100 workshops × 50 = 5,000",
        median(|| {
            black_box(aggregate_many(black_box(&many)));
        }),
        Some(Duration::from_secs(1)),
    );
    show(
        "aggregate_many + CSV + XLSX + charts, 5,000",
        median(|| {
            let report = aggregate_many(black_box(&many));
            black_box(to_csv(&report));
            black_box(to_xlsx(&report, &words).map(|b| b.len()).ok());
            black_box(charts_svg(&report, &words));
        }),
        None,
    );
}
