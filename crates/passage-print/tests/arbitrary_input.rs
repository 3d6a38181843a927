//! Any strings at all, in every field, make a PDF or a clean error: never a
//! panic. Only the structure is checked here (a PDF comes out); the other
//! tests read the words back.

use passage_print::{
    Certificate, Column, PrintError, SignInSheet, certificates_pdf, sign_in_sheet_pdf,
};
use proptest::prelude::*;

/// Any Unicode, with a bias towards the scripts we print, combining marks
/// on their own, joiners, newlines and spaces: the edges of our layout.
fn text() -> impl Strategy<Value = String> {
    let interesting = prop_oneof![
        Just('\u{0E31}'), // Thai vowel mark, alone
        Just('\u{17D2}'), // Khmer coeng, alone
        Just('\u{103A}'), // Myanmar asat
        Just('\u{0301}'), // combining acute
        Just('\u{200B}'), // zero-width space
        Just('\u{200D}'), // zero-width joiner
        Just('\u{FEFF}'),
        Just('\n'),
        Just('\r'),
        Just('\t'),
        Just(' '),
        Just('\u{0627}'), // Arabic alef: right to left, no font
        Just('\u{4E2D}'), // Han: no font
        Just('😀'),
        proptest::char::range('\u{0E00}', '\u{0EFF}'),
        proptest::char::range('\u{1000}', '\u{109F}'),
        proptest::char::range('\u{1780}', '\u{17FF}'),
        proptest::char::range('a', 'z'),
    ];
    let piece = prop_oneof![
        any::<char>().prop_map(String::from),
        interesting.prop_map(String::from),
        "[a-zA-Zà-ỹ ]{1,12}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

fn certificate() -> impl Strategy<Value = Certificate> {
    (
        text(),
        (text(), text(), text()),
        (text(), text(), text()),
        (text(), text()),
    )
        .prop_map(
            |(
                locale,
                (heading, presented_to, name),
                (body, organisation, place_and_date),
                (signature_label, trainer),
            )| {
                Certificate {
                    locale,
                    heading,
                    presented_to,
                    name,
                    body,
                    organisation,
                    place_and_date,
                    signature_label,
                    trainer,
                }
            },
        )
}

fn sign_in_sheet() -> impl Strategy<Value = SignInSheet> {
    (1_usize..7).prop_flat_map(|columns| {
        (
            (text(), text(), text(), text()),
            prop::collection::vec((text(), any::<u16>()), columns),
            prop::collection::vec(prop::collection::vec(text(), columns), 0..12),
        )
            .prop_map(
                |((locale, title, subtitle, footer), columns, rows)| SignInSheet {
                    locale,
                    title,
                    subtitle,
                    columns: columns
                        .into_iter()
                        .map(|(title, weight)| Column { title, weight })
                        .collect(),
                    rows,
                    footer,
                },
            )
    })
}

fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-") && bytes.windows(5).any(|w| w == b"%%EOF")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_certificates_make_a_pdf(certificates in prop::collection::vec(certificate(), 1..3)) {
        let pdf = certificates_pdf(&certificates).expect("a PDF for any text");
        prop_assert!(is_pdf(&pdf));
    }

    #[test]
    fn any_sign_in_sheet_makes_a_pdf(sheet in sign_in_sheet()) {
        let pdf = sign_in_sheet_pdf(&sheet).expect("a PDF for any text");
        prop_assert!(is_pdf(&pdf));
    }

    #[test]
    fn ragged_rows_are_an_error_not_a_panic(mut sheet in sign_in_sheet(), extra in text()) {
        prop_assume!(!sheet.rows.is_empty());
        let last = sheet.rows.len();
        sheet.rows[last - 1].push(extra);
        let is_row_error = matches!(sign_in_sheet_pdf(&sheet), Err(PrintError::RowLength { row, .. }) if row == last);
        prop_assert!(is_row_error);
    }
}

#[test]
fn very_long_text_in_every_field_makes_a_pdf() {
    let long = "ក្រុមការងារ Safe migration ស្ត្រី ".repeat(400);
    let certificate = Certificate {
        locale: "km".to_owned(),
        heading: long.clone(),
        presented_to: long.clone(),
        name: long.clone(),
        body: long.clone(),
        organisation: long.clone(),
        place_and_date: long.clone(),
        signature_label: long.clone(),
        trainer: long.clone(),
    };
    let pdf = certificates_pdf(&[certificate]).expect("PDF");
    assert!(is_pdf(&pdf));
    let sheet = SignInSheet {
        locale: "km".to_owned(),
        title: long.clone(),
        subtitle: long.clone(),
        columns: vec![
            Column {
                title: long.clone(),
                weight: 1,
            },
            Column {
                title: "x".to_owned(),
                weight: 0,
            },
        ],
        rows: vec![vec![long.clone(), long.clone()]; 3],
        footer: long,
    };
    let pdf = sign_in_sheet_pdf(&sheet).expect("PDF");
    assert!(is_pdf(&pdf));
}
