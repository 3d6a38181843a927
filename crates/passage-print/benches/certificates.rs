//! How long printing takes: 30 certificates (Khmer, Burmese and English in
//! turn) and a 30-row sign-in sheet, each made `PASSAGE_PRINT_BENCH_RUNS`
//! times (default 15). Prints the median and the fastest run in
//! milliseconds. The target is under 3 s for 30 certificates on a
//! trainer's laptop.
//!
//! Run it with `cargo bench -p passage-print --bench certificates`.

#![allow(clippy::print_stdout, reason = "a benchmark reports on stdout")]

use std::hint::black_box;
use std::time::{Duration, Instant};

use passage_print::{Certificate, Column, SignInSheet, certificates_pdf, sign_in_sheet_pdf};

fn certificate(n: usize) -> Certificate {
    let text = |s: &str| s.to_owned();
    match n % 3 {
        0 => Certificate {
            locale: text("km"),
            heading: text("វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា"),
            presented_to: text("សូមបញ្ជាក់ថា"),
            name: format!("ចាន់ សុភក្ត្រា {n}"),
            body: text(
                "បានបញ្ចប់វគ្គបណ្តុះបណ្តាលមុនចេញដំណើរ «ការធ្វើចំណាកស្រុកដោយសុវត្ថិភាព» ដែលរៀបចំដោយមជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក ពីថ្ងៃទី៣ ដល់ថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៧ (១២ ម៉ោង)។",
            ),
            organisation: text("មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក (Migrant Workers Resource Centre)"),
            place_and_date: text("ភ្នំពេញ ថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៧"),
            signature_label: text("គ្រូបណ្តុះបណ្តាល"),
            trainer: text("ហេង សុវណ្ណារ៉ា"),
        },
        1 => Certificate {
            locale: text("my"),
            heading: text("သင်တန်းဆင်းလက်မှတ်"),
            presented_to: text("အောက်ပါအမည်ရှိသူသည်"),
            name: format!("ကျော်ဇေယျာထွန်း {n}"),
            body: text(
                "ရွှေ့ပြောင်းအလုပ်သမားများ အရင်းအမြစ်စင်တာမှ ၂၀၂၇ ခုနှစ် မတ်လ ၃ ရက်မှ ၄ ရက်အထိ (၁၂ နာရီ) ကျင်းပသော “ဘေးကင်းလုံခြုံစွာ ရွှေ့ပြောင်းသွားလာခြင်း” သင်တန်းကို အောင်မြင်စွာ တက်ရောက်ပြီးစီးကြောင်း အသိအမှတ်ပြုပါသည်။",
            ),
            organisation: text("ရွှေ့ပြောင်းအလုပ်သမားများ အရင်းအမြစ်စင်တာ"),
            place_and_date: text("ရန်ကုန်၊ ၂၀၂၇ ခုနှစ် မတ်လ ၄ ရက်"),
            signature_label: text("သင်တန်းဆရာ"),
            trainer: text("ဒေါ်ခင်မြင့်မြင့်"),
        },
        _ => Certificate {
            locale: text("en"),
            heading: text("Certificate of Completion"),
            presented_to: text("This certifies that"),
            name: format!("Maria Teresa Santos {n}"),
            body: text(
                "has completed the pre-departure training “Safe migration and financial literacy” held by the Migrant Workers Resource Centre in Manila from 3 to 4 March 2027 (12 hours).",
            ),
            organisation: text("Migrant Workers Resource Centre"),
            place_and_date: text("Manila, 4 March 2027"),
            signature_label: text("Trainer"),
            trainer: text("Rosa Mendoza"),
        },
    }
}

fn sheet(rows: usize) -> SignInSheet {
    let column = |title: &str, weight| Column {
        title: title.to_owned(),
        weight,
    };
    SignInSheet {
        locale: "en".to_owned(),
        title: "Sign-in sheet — Day 1".to_owned(),
        subtitle: "Migrant Workers Resource Centre · Safe migration · Phnom Penh · 3 March 2027"
            .to_owned(),
        columns: vec![
            column("No.", 1),
            column("Name", 6),
            column("Sex", 1),
            column("Age", 1),
            column("Morning", 3),
            column("Afternoon", 3),
        ],
        rows: (1..=rows)
            .map(|n| {
                let name = match n % 3 {
                    0 => "ចាន់ សុភក្ត្រា",
                    1 => "ကျော်ဇေယျာထွန်း",
                    _ => "Maria Santos",
                };
                vec![
                    n.to_string(),
                    format!("{name} {n}"),
                    "F".to_owned(),
                    "27".to_owned(),
                    String::new(),
                    String::new(),
                ]
            })
            .collect(),
        footer: "Trainer’s signature: ______________________".to_owned(),
    }
}

/// Runs `f` `runs` times and returns the median and fastest times.
fn time(runs: usize, mut f: impl FnMut() -> usize) -> (Duration, Duration, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut bytes = 0;
    for _ in 0..runs {
        let start = Instant::now();
        bytes = black_box(f());
        times.push(start.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times[0], bytes)
}

fn report(what: &str, runs: usize, (median, fastest, bytes): (Duration, Duration, usize)) {
    println!(
        "{what:<28} median {:>8.1} ms   min {:>8.1} ms   ({runs} runs, {} KiB)",
        median.as_secs_f64() * 1000.0,
        fastest.as_secs_f64() * 1000.0,
        bytes / 1024
    );
}

fn main() {
    let runs = std::env::var("PASSAGE_PRINT_BENCH_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .filter(|&runs| runs > 0)
        .unwrap_or(15);
    let certificates: Vec<Certificate> = (0..30).map(certificate).collect();
    let sheet = sheet(30);

    report(
        "30 certificates (km/my/en)",
        runs,
        time(runs, || {
            certificates_pdf(&certificates)
                .expect("certificates print")
                .len()
        }),
    );
    report(
        "1 certificate",
        runs,
        time(runs, || {
            certificates_pdf(&certificates[..1])
                .expect("a certificate prints")
                .len()
        }),
    );
    report(
        "sign-in sheet, 30 rows",
        runs,
        time(runs, || {
            sign_in_sheet_pdf(&sheet).expect("the sheet prints").len()
        }),
    );
}
