//! Sign-in sheets as real PDFs, read back by poppler.

mod common;

use common::{page_count, pdf_text, render_page, squeeze, with_pdf_file};
use passage_print::{Column, PrintError, SignInSheet, sign_in_sheet_pdf};

/// Names in several scripts, as a mixed workshop would have them.
const NAMES: [&str; 9] = [
    "Maria Santos",
    "Nguyễn Thị Hồng Nhung",
    "สมชาย ใจดี",
    "ចាន់ សុភក្ត្រា",
    "ကျော်ဇေယျာထွန်း",
    "ສົມພອນ ແກ້ວມະນີ",
    "Siti Nurhaliza",
    "Nur Aisyah binti Abdullah",
    "Juan Dela Cruz",
];

fn sheet(rows: usize) -> SignInSheet {
    let column = |title: &str, weight| Column {
        title: title.to_owned(),
        weight,
    };
    SignInSheet {
        locale: "en".to_owned(),
        title: "Sign-in sheet — Day 1".to_owned(),
        subtitle: "Migrant Workers Resource Centre · Safe migration · Phnom Penh community hall · 3 March 2027"
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
                vec![
                    n.to_string(),
                    format!("{} {n}", NAMES[n % NAMES.len()]),
                    if n % 2 == 0 { "F" } else { "M" }.to_owned(),
                    (20 + n % 25).to_string(),
                    String::new(),
                    String::new(),
                ]
            })
            .collect(),
        footer: "Trainer’s signature: ______________________".to_owned(),
    }
}

#[test]
fn forty_five_rows_run_over_pages_with_every_name() {
    let sheet = sheet(45);
    let pdf = sign_in_sheet_pdf(&sheet).expect("PDF");
    with_pdf_file("sign-in-45.pdf", &pdf, |path| {
        let pages = page_count(path);
        assert!(pages >= 2, "45 rows on {pages} page(s)");
        let text = pdf_text(path);
        let page_texts: Vec<&str> = text
            .split('\u{c}')
            .filter(|p| !p.trim().is_empty())
            .collect();
        assert_eq!(page_texts.len(), pages);
        for (n, page_text) in (1..=pages).zip(&page_texts) {
            // Column titles and the page number on every page.
            for title in ["No.", "Name", "Sex", "Age", "Morning", "Afternoon"] {
                assert!(
                    page_text.contains(title),
                    "page {n} lacks the column {title}"
                );
            }
            // Compared without spaces: poppler reads the narrow gaps in
            // "1 / 2" as no gaps.
            assert!(
                squeeze(page_text).contains(&format!("{n}/{pages}")),
                "page {n} has no page number"
            );
            assert!(
                page_text.contains("Sign-in sheet — Day 1"),
                "page {n} has no title"
            );
        }
        let all = squeeze(&text);
        for row in &sheet.rows {
            assert!(all.contains(&squeeze(&row[1])), "{} is missing", row[1]);
        }
        // The footer comes once, after the last row.
        assert_eq!(text.matches("Trainer’s signature").count(), 1);
        let last = squeeze(page_texts[pages - 1]);
        assert!(
            last.contains("Trainer’ssignature"),
            "the footer is on the last page"
        );
    });
}

#[test]
fn a_short_khmer_sheet_is_one_page_with_ink() {
    let mut sheet = sheet(10);
    sheet.locale = "km".to_owned();
    sheet.title = "បញ្ជីវត្តមាន — ថ្ងៃទី១".to_owned();
    sheet.subtitle =
        "មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុក · ការធ្វើចំណាកស្រុកដោយសុវត្ថិភាព · ភ្នំពេញ · ថ្ងៃទី៣ ខែមីនា ឆ្នាំ២០២៧".to_owned();
    let titles = ["ល.រ", "ឈ្មោះ", "ភេទ", "អាយុ", "ពេលព្រឹក", "ពេលរសៀល"];
    for (column, title) in sheet.columns.iter_mut().zip(titles) {
        column.title = title.to_owned();
    }
    sheet.footer = "ហត្ថលេខាគ្រូបណ្តុះបណ្តាល៖ ______________________".to_owned();
    let pdf = sign_in_sheet_pdf(&sheet).expect("PDF");
    with_pdf_file("sign-in-km-10.pdf", &pdf, |path| {
        assert_eq!(page_count(path), 1);
        let text = squeeze(&pdf_text(path));
        assert!(text.contains("1/1"));
        for expected in titles
            .iter()
            .chain([&sheet.title.as_str(), &sheet.footer.as_str()])
        {
            assert!(
                text.contains(&squeeze(expected)),
                "{expected} is missing from {text}"
            );
        }
        let page = render_page(path, 1, 40);
        // Portrait A4 at 40 dpi.
        assert_eq!((page.width, page.height), (331, 468));
        // The table grid and text in the upper half.
        assert!(page.dark_pixels(0.05, 0.1, 0.95, 0.5) > 1000);
    });
}

#[test]
fn an_empty_sheet_prints_its_column_titles() {
    let pdf = sign_in_sheet_pdf(&sheet(0)).expect("PDF");
    let text = with_pdf_file("sign-in-0.pdf", &pdf, pdf_text);
    assert!(text.contains("Afternoon"));
}

#[test]
fn a_row_with_the_wrong_number_of_cells_is_named() {
    let mut sheet = sheet(5);
    sheet.rows[2].pop();
    let error = sign_in_sheet_pdf(&sheet).expect_err("row 3 is short");
    assert!(
        matches!(
            error,
            PrintError::RowLength {
                row: 3,
                expected: 6,
                found: 5
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.code(), "print.row_length");
    assert!(error.to_string().contains("row 3"), "{error}");
}

#[test]
fn a_sheet_without_columns_is_an_error() {
    let mut sheet = sheet(0);
    sheet.columns.clear();
    assert!(matches!(
        sign_in_sheet_pdf(&sheet),
        Err(PrintError::NoColumns)
    ));
}
