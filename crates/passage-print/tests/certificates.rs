//! Certificates as real PDFs, read back by poppler: the words come out of
//! `pdftotext`, pages are counted by `pdfinfo` and drawn by `pdftoppm`.

mod common;

use common::{
    SAMPLES, page_count, pdf_info, pdf_text, pdf_words, render_page, sample, squeeze, with_pdf_file,
};
use passage_print::{PrintError, certificates_pdf};

/// A4 landscape and the inner border, in points.
const PAGE_WIDTH: f32 = 841.89;
const PAGE_HEIGHT: f32 = 595.28;
const BORDER: f32 = 28.0;

#[test]
fn every_language_reads_back_word_for_word() {
    for sample in &SAMPLES {
        let certificate = sample.certificate();
        let pdf = certificates_pdf(std::slice::from_ref(&certificate)).expect("PDF");
        let text = with_pdf_file(
            &format!("certificate-{}.pdf", sample.locale),
            &pdf,
            |path| {
                assert_eq!(page_count(path), 1, "{}", sample.locale);
                pdf_text(path)
            },
        );
        let text = squeeze(&text);
        // Exact text, not just the same characters: krilla maps every
        // glyph cluster back to its characters, including Khmer and
        // Burmese vowels drawn before the consonant they follow.
        for (what, expected) in [
            ("heading", sample.heading),
            ("name", sample.name),
            ("organisation", sample.organisation),
            ("body", sample.body),
            ("place and date", sample.place_and_date),
            ("trainer", sample.trainer),
            ("signature label", sample.signature_label),
        ] {
            assert!(
                text.contains(&squeeze(expected)),
                "{}: the {what} {expected:?} is not in the text poppler extracted:\n{text}",
                sample.locale
            );
        }
    }
}

#[test]
fn every_language_draws_ink_inside_the_border() {
    for sample in &SAMPLES {
        let pdf = certificates_pdf(&[sample.certificate()]).expect("PDF");
        let page = with_pdf_file("render.pdf", &pdf, |path| render_page(path, 1, 40));
        // Landscape A4 at 40 dpi.
        assert_eq!((page.width, page.height), (468, 331), "{}", sample.locale);
        // Inside the border (which sits 22-28 pt from the edge, about 4-5 %).
        let inside = page.dark_pixels(0.06, 0.06, 0.94, 0.94);
        assert!(
            inside > 500,
            "{}: only {inside} dark pixels inside the border",
            sample.locale
        );
        // The name: a band across the upper middle of the page.
        let name_band = page.dark_pixels(0.2, 0.3, 0.8, 0.6);
        assert!(
            name_band > 200,
            "{}: only {name_band} dark pixels around the name",
            sample.locale
        );
        // The border itself.
        let border = page.dark_pixels(0.0, 0.0, 1.0, 0.05);
        assert!(
            border > 300,
            "{}: no border at the top ({border})",
            sample.locale
        );
    }
}

#[test]
fn thirty_certificates_make_thirty_pages_in_order() {
    let certificates: Vec<_> = (1..=30)
        .map(|n| {
            let mut certificate = SAMPLES[n % SAMPLES.len()].certificate();
            certificate.name = format!("{} {n:02}", certificate.name);
            certificate
        })
        .collect();
    let pdf = certificates_pdf(&certificates).expect("PDF");
    with_pdf_file("thirty.pdf", &pdf, |path| {
        assert_eq!(page_count(path), 30);
        let text = pdf_text(path);
        // pdftotext ends each page with a form feed.
        let pages: Vec<&str> = text.split('\u{c}').collect();
        for (n, certificate) in (1..=30).zip(&certificates) {
            assert!(
                squeeze(pages[n - 1]).contains(&squeeze(&certificate.name)),
                "page {n} does not hold {}",
                certificate.name
            );
        }
    });
}

#[test]
fn a_very_long_name_stays_on_the_page() {
    let mut certificate = sample("fil").certificate();
    certificate.name =
        "Maria Teresa Josefina Dela Cruz Santos Villanueva Bautista Reyes Mendoza Aquino Macapagal"
            .to_owned();
    let mut khmer = sample("km").certificate();
    khmer.name =
        "សម្តេចព្រះមហាក្សត្រីនរោត្តមមុនិនាថសីហនុ ព្រះវររាជមាតាជាតិខ្មែរ ក្នុងសេរីភាព សេចក្តីថ្លៃថ្នូរ និងសុភមង្គល".to_owned();
    let pdf = certificates_pdf(&[certificate.clone(), khmer.clone()]).expect("PDF");
    with_pdf_file("long-name.pdf", &pdf, |path| {
        let words = pdf_words(path);
        assert!(!words.is_empty());
        for word in &words {
            assert!(
                word.x_min >= BORDER && word.x_max <= PAGE_WIDTH - BORDER,
                "{:?} runs past the side border",
                word
            );
            assert!(
                word.y_min >= BORDER && word.y_max <= PAGE_HEIGHT - BORDER,
                "{:?} runs past the top or bottom border",
                word
            );
        }
        let text = squeeze(&pdf_text(path));
        assert!(text.contains(&squeeze(&certificate.name)), "{text}");
        assert!(text.contains(&squeeze(&khmer.name)), "{text}");
    });
}

#[test]
fn metadata_names_the_certificate_and_its_language() {
    let certificate = sample("km").certificate();
    let pdf = certificates_pdf(&[certificate]).expect("PDF");
    let info = with_pdf_file("metadata.pdf", &pdf, pdf_info);
    let title = info
        .lines()
        .find_map(|line| line.strip_prefix("Title:"))
        .expect("a title")
        .trim();
    assert_eq!(title, "វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា — ចាន់ សុភក្ត្រា");
    let raw = String::from_utf8_lossy(&pdf);
    assert!(
        raw.contains("/Lang(km)") || raw.contains("/Lang (km)"),
        "the catalog names the language"
    );
}

#[test]
fn no_certificates_is_an_error() {
    let error = certificates_pdf(&[]).expect_err("nothing to print");
    assert!(matches!(error, PrintError::NoCertificates));
    assert_eq!(error.code(), "print.no_certificates");
}

#[test]
fn empty_fields_are_allowed() {
    let mut certificate = sample("en").certificate();
    certificate.heading.clear();
    certificate.body.clear();
    certificate.trainer.clear();
    let pdf = certificates_pdf(&[certificate]).expect("PDF");
    let text = with_pdf_file("empty-fields.pdf", &pdf, pdf_text);
    assert!(text.contains("Maria Santos"));
}
