//! Printable PDFs for Passage: certificates of completion and sign-in
//! sheets, written offline in any of the course languages.
//!
//! Trainers print these where there is no internet, so everything needed is
//! inside this crate: the Noto fonts for Latin (with Vietnamese), Thai, Lao,
//! Khmer and Myanmar are compiled in, text is shaped with rustybuzz, lines are
//! broken with ICU4X (which knows where words end in scripts written without
//! spaces), and krilla writes the PDF with ToUnicode maps so the words can be
//! searched and copied back out.
//!
//! What lives here: page design (`certificate`, `sign_in_sheet`), text layout
//! (`text`), the bundled fonts (`fonts`) and drawing primitives (`draw`).
//! What does not: the words themselves. Callers pass every string already in
//! the learner's language; this crate translates nothing and reads no files.
//!
//! Right-to-left scripts, and scripts without a bundled font (Chinese, for
//! one), are not supported: their letters print as empty boxes.

mod certificate;
mod draw;
mod fonts;
mod sign_in_sheet;
mod text;

use icu_locale_core::LanguageIdentifier;
use krilla::Document;
use krilla::error::KrillaError;
use krilla::metadata::Metadata;

/// One certificate of completion: all words already in the learner's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Certificate {
    /// The language of the words, as a BCP 47 tag such as `km` or `vi`.
    /// It informs line breaking only.
    pub locale: String,
    /// The title, e.g. "Certificate of completion".
    pub heading: String,
    /// The words before the name, e.g. "This certifies that".
    pub presented_to: String,
    /// The learner's name, in any script; long names are set smaller.
    pub name: String,
    /// What the learner completed, already formatted, e.g. "completed the
    /// workshop “Safe migration” held by … from 3 to 4 March 2027 (12 hours)."
    /// Wrapped and centred; a few lines are expected.
    pub body: String,
    /// Who ran the training; printed near the top.
    pub organisation: String,
    /// Where and when the certificate was given, e.g. "Phnom Penh, 4 March 2027".
    pub place_and_date: String,
    /// The word under the signature line, e.g. "Trainer".
    pub signature_label: String,
    /// The trainer's name, printed under the signature line.
    pub trainer: String,
}

/// A table to print and sign: one row per person, blank cells are boxes to
/// fill by hand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SignInSheet {
    /// The language of the words, as a BCP 47 tag; it informs line breaking only.
    pub locale: String,
    /// The title on every page, e.g. "Sign-in sheet — Day 1".
    pub title: String,
    /// Organisation, workshop, venue and date, on one or two lines; printed
    /// under the title on every page.
    pub subtitle: String,
    /// The columns, left to right, e.g. No. | Name | Sex | Age | Morning | Afternoon.
    pub columns: Vec<Column>,
    /// One row per person, with one cell per column; an empty cell is a
    /// blank box to fill in by hand.
    pub rows: Vec<Vec<String>>,
    /// Printed once, after the last row, e.g. "Trainer’s signature: ____".
    pub footer: String,
}

/// One column of a [`SignInSheet`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    /// The column title, repeated at the top of every page.
    pub title: String,
    /// The column's share of the table width: a column of weight 2 is twice
    /// as wide as one of weight 1. If every weight is 0 the columns are equal.
    pub weight: u16,
}

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// [`certificates_pdf`] was given no certificates; a PDF needs a page.
    #[error("there are no certificates to print")]
    NoCertificates,
    /// The sign-in sheet has no columns.
    #[error("the sign-in sheet has no columns")]
    NoColumns,
    /// A row of the sign-in sheet does not have one cell per column.
    #[error(
        "row {row} of the sign-in sheet has {found} cells, but the sheet has {expected} columns"
    )]
    RowLength {
        /// The row, counting from 1 as a trainer would.
        row: usize,
        /// The number of columns.
        expected: usize,
        /// The number of cells in the row.
        found: usize,
    },
    /// A bundled font could not be read (the build is broken).
    #[error("the bundled font {name} could not be read")]
    Font {
        /// The font's file name.
        name: &'static str,
    },
    /// krilla could not write the PDF.
    #[error("the PDF could not be written")]
    Pdf(#[source] KrillaError),
}

impl PrintError {
    /// A stable code for the error, for logs and for choosing the message
    /// shown to a trainer in their language.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NoCertificates => "print.no_certificates",
            Self::NoColumns => "print.no_columns",
            Self::RowLength { .. } => "print.row_length",
            Self::Font { .. } => "print.font",
            Self::Pdf(_) => "print.pdf",
        }
    }
}

/// The result of making a PDF.
pub type Result<T, E = PrintError> = std::result::Result<T, E>;

/// Certificates of completion on A4 landscape, one per page, in order (so
/// one certificate makes a one-page PDF).
///
/// # Errors
///
/// [`PrintError::NoCertificates`] if `certificates` is empty: a PDF with no
/// pages is not a document a trainer can print, so the caller should say
/// "no one has completed yet" instead. Otherwise only font or PDF failures,
/// which mean a broken build.
pub fn certificates_pdf(certificates: &[Certificate]) -> Result<Vec<u8>> {
    let first = certificates.first().ok_or(PrintError::NoCertificates)?;
    let fonts = fonts::FontSet::load()?;
    let mut document = Document::new();
    let title = match certificates {
        [only] => join_nonempty(&[&only.heading, &only.name], " — "),
        _ => first.heading.trim().to_owned(),
    };
    document.set_metadata(metadata(&title, &first.locale));
    for certificate in certificates {
        let typesetter = text::Typesetter::new(&fonts, &certificate.locale);
        let page = certificate::layout(certificate, &typesetter);
        certificate::draw(&mut document, &fonts, &page);
    }
    document.finish().map_err(PrintError::Pdf)
}

/// A sign-in sheet on A4 portrait. Rows run on over as many pages as they
/// need; the title, subtitle and column titles repeat on every page, and
/// each page is numbered "n / N" at the bottom.
///
/// # Errors
///
/// [`PrintError::NoColumns`] if there are no columns, and
/// [`PrintError::RowLength`] naming the first row whose cell count differs
/// from the column count. Otherwise only font or PDF failures, which mean a
/// broken build.
pub fn sign_in_sheet_pdf(sheet: &SignInSheet) -> Result<Vec<u8>> {
    sign_in_sheet::check(sheet)?;
    let fonts = fonts::FontSet::load()?;
    let typesetter = text::Typesetter::new(&fonts, &sheet.locale);
    let pages = sign_in_sheet::layout(sheet, &typesetter);
    let mut document = Document::new();
    document.set_metadata(metadata(sheet.title.trim(), &sheet.locale));
    sign_in_sheet::draw(&mut document, &fonts, &pages);
    document.finish().map_err(PrintError::Pdf)
}

/// Document information: the title, and the language when `locale` is a
/// well-formed language tag.
fn metadata(title: &str, locale: &str) -> Metadata {
    let mut metadata = Metadata::new().creator("Passage".to_owned());
    if !title.is_empty() {
        metadata = metadata.title(title.to_owned());
    }
    if let Ok(language) = LanguageIdentifier::try_from_str(locale.trim()) {
        metadata = metadata.language(language.to_string());
    }
    metadata
}

/// The non-blank parts, trimmed and joined by `separator`.
fn join_nonempty(parts: &[&str], separator: &str) -> String {
    parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_can_cross_threads() {
        fn assert_send_sync<T: Send + Sync + 'static>() {}
        assert_send_sync::<PrintError>();
    }

    #[test]
    fn metadata_language_only_when_well_formed() {
        assert_eq!(
            join_nonempty(&[" Certificate ", "", "Ana"], " — "),
            "Certificate — Ana"
        );
        // Neither of these may panic.
        let _ = metadata("", "not a language tag!");
        let _ = metadata("Title", "km");
    }
}
