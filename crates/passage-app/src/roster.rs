//! Importing an organiser's roster sheet (CSV or XLSX): the pure part.
//! [`parse_roster`] turns a file's bytes into a [`RosterPreview`] the
//! trainer reviews and corrects before anything is saved; [`check_draft`]
//! checks one (possibly corrected) row; [`duplicate_key`] says when two rows
//! are the same person.
//!
//! Nothing here touches the learner store or knows about workshops: saving
//! the people, and spotting those already registered, is the workshop's
//! job. Inside: `read` gets rows of text out of the file, `words` holds
//! every header and answer we understand, `check` reads one row's values.

mod check;
mod read;
mod words;

use std::collections::HashMap;

use words::Field;

/// Largest file read: a roster of 2,000 people is far smaller.
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// Most people one sheet may register.
pub const MAX_ROWS: usize = 2_000;
/// How many non-empty rows may come before the header (a title, the date
/// and place of the workshop…).
pub const HEADER_SEARCH: usize = 10;
/// Longest name kept, in characters.
pub const MAX_NAME_CHARS: usize = 80;

/// What one row of the sheet says, as typed (trimmed), by our field names.
/// The UI lets the trainer fix these in the preview. A date of birth is
/// reduced to its year here already: the full date is more than we need.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RegistrantDraft {
    /// Row number as the organiser sees it in a spreadsheet program
    /// (1-based, header row included); 0 for a person typed in by hand.
    pub line: u32,
    /// Name (the name columns joined, when first and last name are apart).
    pub name: String,
    /// Sex as written.
    pub sex: String,
    /// Age in years or an age band, as written.
    pub age: String,
    /// Year of birth, as written (from a date of birth: its year).
    pub birth_year: String,
    /// Country of origin as written.
    pub origin: String,
    /// Destination country as written.
    pub destination: String,
    /// Work sector as written.
    pub sector: String,
    /// Phone number as written.
    pub phone: String,
    /// Consent answer as written.
    pub consent: String,
}

/// A registrant that passed every check, values normalised to Passage's
/// codes (`crate::SEXES`, `crate::AGE_BANDS`, `crate::SECTORS`, ISO 3166
/// alpha-2 countries with `ZZ` for another country).
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Registrant {
    /// Name: spaces collapsed, Unicode NFC, at most [`MAX_NAME_CHARS`].
    pub name: String,
    /// `female`, `male`, `other` or `unsaid`.
    pub sex: Option<String>,
    /// Age band, from the age or else the birth year.
    pub age_band: Option<String>,
    /// Gregorian year of birth (a Thai Buddhist-era year is converted).
    pub birth_year: Option<u16>,
    /// Country of origin.
    pub origin: Option<String>,
    /// Destination country.
    pub destination: Option<String>,
    /// Work sector.
    pub sector: Option<String>,
    /// ASCII digits, with a leading `+` if it was written.
    pub phone: Option<String>,
    /// The sheet's answer; `None` when it says nothing (the trainer then
    /// confirms consent for the group).
    pub consent: Option<bool>,
}

/// Something wrong with one value of one row.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterProblem {
    /// Row number, as in [`RegistrantDraft::line`].
    pub line: u32,
    /// The column's header as written in the file (name columns joined by
    /// ` + `), or our field name for a draft checked on its own.
    pub column: String,
    /// Our camelCase field name (`name`, `birthYear`…).
    pub field: String,
    /// What is wrong.
    pub code: ProblemCode,
    /// What was there, cut to about 40 characters; for a duplicate, the
    /// line of the earlier row.
    pub value: String,
}

/// What is wrong with a value. The UI words each in the trainer's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemCode {
    /// No name.
    MissingName,
    /// Longer than [`MAX_NAME_CHARS`].
    NameTooLong,
    /// Not a sex we understand.
    BadSex,
    /// Not an age from 10 to 100 or one of the age bands.
    BadAge,
    /// Not a year of birth 10 to 100 years before the workshop.
    BadBirthYear,
    /// Age and year of birth both given, more than a year apart.
    AgeDisagrees,
    /// Not a country we know (`ZZ` is another country).
    BadCountry,
    /// Not a work sector we understand.
    BadSector,
    /// Not 7 to 15 digits with `+`, spaces, dashes, dots or brackets.
    BadPhone,
    /// Not a yes or a no.
    BadConsent,
    /// Same name and year of birth as an earlier row (its line is the
    /// problem's value).
    DuplicateInFile,
    /// Same name and year of birth as someone already in the workshop
    /// (found by the workshop, not by this module).
    AlreadyRegistered,
    /// No consent, and the trainer did not confirm it for the group
    /// (found by the workshop when importing).
    NoConsent,
}

/// What the trainer sees before importing: which columns were understood,
/// every row as a draft, and the problems to fix.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RosterPreview {
    /// Each column of the sheet, in order, and what it fills.
    pub columns: Vec<ColumnMatch>,
    /// One per person row, in sheet order.
    pub drafts: Vec<RegistrantDraft>,
    /// By line, then field.
    pub problems: Vec<RosterProblem>,
    /// Rows between the header and the last person with nothing in the
    /// columns we use (blank rows, or a pre-numbered template's spare rows).
    pub ignored_rows: u32,
}

/// One column of the sheet.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ColumnMatch {
    /// The header as written (empty for a column without one).
    pub header: String,
    /// The field it fills; `None` when the column is not used.
    pub field: Option<String>,
}

/// Why a whole file cannot be read (no preview possible).
#[derive(Debug, thiserror::Error)]
pub enum RosterError {
    /// Neither CSV nor XLSX (by name and content).
    #[error("`{file_name}` is not a sheet Passage can read: save it as .xlsx or .csv")]
    NotASheet {
        /// The file's name.
        file_name: String,
    },
    /// An Excel 97-2003 `.xls` file.
    #[error("`{file_name}` is an old Excel file (.xls): open it and save it as .xlsx or .csv")]
    OldExcel {
        /// The file's name.
        file_name: String,
    },
    /// CSV text in another encoding than UTF-8 (or UTF-16 with a BOM).
    #[error(
        "line {line} is not UTF-8 text: save the sheet as \"CSV UTF-8\" (or .xlsx) and try again"
    )]
    NotUtf8 {
        /// Text line (1-based) of the first byte that is not UTF-8.
        line: u32,
    },
    /// Nothing in it.
    #[error("the file is empty")]
    Empty,
    /// No row among the first non-empty ones has a name column.
    #[error(
        "no header row with a name column in the first {HEADER_SEARCH} rows: add a row of column names such as Name, Sex, Age"
    )]
    NoHeader,
    /// Larger than [`MAX_FILE_BYTES`].
    #[error("the file is {bytes} bytes; the most Passage reads is {MAX_FILE_BYTES}")]
    TooBig {
        /// The file's size.
        bytes: usize,
    },
    /// More than [`MAX_ROWS`] people.
    #[error("the sheet has more than {MAX_ROWS} rows of people: split it")]
    TooManyRows,
    /// The XLSX file is damaged or not really XLSX.
    #[error("the .xlsx file cannot be read: {0}")]
    XlsxUnreadable(#[source] calamine::XlsxError),
    /// The CSV reader failed.
    #[error("the CSV file cannot be read: {0}")]
    CsvUnreadable(#[source] csv::Error),
}

impl RosterError {
    /// A stable kebab-case code for the UI and support.
    pub fn code(&self) -> &'static str {
        match self {
            Self::NotASheet { .. } => "not-a-sheet",
            Self::OldExcel { .. } => "old-excel",
            Self::NotUtf8 { .. } => "not-utf8",
            Self::Empty => "empty",
            Self::NoHeader => "no-header",
            Self::TooBig { .. } => "too-big",
            Self::TooManyRows => "too-many-rows",
            Self::XlsxUnreadable(_) => "xlsx-unreadable",
            Self::CsvUnreadable(_) => "csv-unreadable",
        }
    }
}

/// Reads a CSV or XLSX roster into a preview. `year` is the workshop's year
/// (age from year of birth). Every row is checked and rows repeating an
/// earlier person are flagged; an error means the file as a whole cannot
/// be read.
pub fn parse_roster(
    bytes: &[u8],
    file_name: &str,
    year: u16,
) -> Result<RosterPreview, RosterError> {
    let rows = read::table(bytes, file_name, |rows| header_row(rows).is_some())?;
    if rows.is_empty() {
        return Err(RosterError::Empty);
    }
    let at = header_row(&rows).ok_or(RosterError::NoHeader)?;
    let (header, data) = match rows.get(at..) {
        Some([header, data @ ..]) => (header, data),
        _ => return Err(RosterError::NoHeader),
    };
    let fields = column_fields(&header.cells);
    let columns = column_matches(&header.cells, &fields, data);
    let headers = field_headers(&header.cells, &fields);

    let mut drafts = Vec::new();
    for row in data {
        if let Some(draft) = draft_of(row, &fields) {
            if drafts.len() == MAX_ROWS {
                return Err(RosterError::TooManyRows);
            }
            drafts.push(draft);
        }
    }
    let ignored_rows = drafts.last().map_or(0, |last: &RegistrantDraft| {
        let span = last.line.saturating_sub(header.line);
        span.saturating_sub(u32::try_from(drafts.len()).unwrap_or(u32::MAX))
    });

    let mut problems = Vec::new();
    let mut seen: HashMap<String, u32> = HashMap::new();
    for draft in &drafts {
        if let Err(found) = check_draft(draft, year) {
            problems.extend(found.into_iter().map(|mut p| {
                if let Some(header) = headers.get(p.field.as_str()) {
                    p.column.clone_from(header);
                }
                p
            }));
        }
        if !check::clean_name(&draft.name).is_empty() {
            let key = duplicate_key(&draft.name, check::birth_year_of(draft, year));
            match seen.get(&key) {
                Some(first) => problems.push(RosterProblem {
                    line: draft.line,
                    column: headers.get("name").cloned().unwrap_or_default(),
                    field: Field::Name.key().to_owned(),
                    code: ProblemCode::DuplicateInFile,
                    value: first.to_string(),
                }),
                None => {
                    seen.insert(key, draft.line);
                }
            }
        }
    }
    Ok(RosterPreview {
        columns,
        drafts,
        problems,
        ignored_rows,
    })
}

/// Checks one (possibly edited) draft; `year` is the workshop's year (age
/// ↔ birth year). Every problem of the row is returned, not just the first;
/// their `column` is our field name.
pub fn check_draft(draft: &RegistrantDraft, year: u16) -> Result<Registrant, Vec<RosterProblem>> {
    check::check(draft, year)
}

/// The key used to spot the same person twice: the name lowercased, in
/// Unicode NFC, without punctuation or invisible characters, spaces
/// collapsed; then `|` and the birth year (empty when unknown). Accents are
/// kept: in Vietnamese they tell different names apart.
pub fn duplicate_key(name: &str, birth_year: Option<u16>) -> String {
    let lower = check::nfc(&name.to_lowercase());
    let mut plain = String::with_capacity(lower.len());
    for c in lower.chars() {
        if words::is_invisible(c) || matches!(c, '\'' | '’' | '‘' | 'ʼ') {
            // "O'Brien" and "OBrien" are the same name typed twice.
            continue;
        }
        if words::is_punctuation(c) || c.is_control() {
            plain.push(' ');
        } else {
            plain.push(c);
        }
    }
    let words: Vec<&str> = plain.split_whitespace().collect();
    let year = birth_year.map(|y| y.to_string()).unwrap_or_default();
    format!("{}|{year}", words.join(" "))
}

/// Index of the header row: the first of the first [`HEADER_SEARCH`] rows
/// that has a name column. Organisers often put a title above it.
fn header_row(rows: &[read::Row]) -> Option<usize> {
    rows.iter().take(HEADER_SEARCH).position(|row| {
        row.cells
            .iter()
            .any(|c| words::header_field(c) == Some(Field::Name))
    })
}

/// The field of each header cell. Every name column is used (they are
/// joined); of two columns for another field, the first wins and the other
/// is shown as unused.
fn column_fields(header: &[String]) -> Vec<Option<Field>> {
    let mut taken = Vec::new();
    header
        .iter()
        .map(|cell| {
            let field = words::header_field(cell)?;
            if field != Field::Name && taken.contains(&field) {
                return None;
            }
            taken.push(field);
            Some(field)
        })
        .collect()
}

/// The columns as the trainer sees them: every header cell, and a column
/// without a header wherever a row has something beyond the header.
fn column_matches(
    header: &[String],
    fields: &[Option<Field>],
    data: &[read::Row],
) -> Vec<ColumnMatch> {
    let used = |cells: &[String]| {
        cells
            .iter()
            .rposition(|c| !c.trim().is_empty())
            .map_or(0, |i| i + 1)
    };
    let width = data
        .iter()
        .map(|row| used(&row.cells))
        .chain([used(header)])
        .max()
        .unwrap_or(0);
    (0..width)
        .map(|i| ColumnMatch {
            header: header
                .get(i)
                .map(|h| h.trim().to_owned())
                .unwrap_or_default(),
            field: fields.get(i).copied().flatten().map(|f| f.key().to_owned()),
        })
        .collect()
}

/// Each used field's header as written (the name columns joined by ` + `).
fn field_headers(header: &[String], fields: &[Option<Field>]) -> HashMap<&'static str, String> {
    let mut headers: HashMap<&'static str, String> = HashMap::new();
    for (cell, field) in header.iter().zip(fields) {
        if let Some(field) = field {
            let cell = cell.trim();
            headers
                .entry(field.key())
                .and_modify(|h| {
                    h.push_str(" + ");
                    h.push_str(cell);
                })
                .or_insert_with(|| cell.to_owned());
        }
    }
    headers
}

/// The draft of a row, or `None` when the row has nothing in the columns we
/// use.
fn draft_of(row: &read::Row, fields: &[Option<Field>]) -> Option<RegistrantDraft> {
    let mut draft = RegistrantDraft {
        line: row.line,
        ..RegistrantDraft::default()
    };
    let mut names = Vec::new();
    let mut anything = false;
    for (cell, field) in row.cells.iter().zip(fields) {
        let (Some(field), value) = (field, cell.trim()) else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        anything = true;
        let slot = match field {
            Field::Name => {
                names.push(value);
                continue;
            }
            Field::Sex => &mut draft.sex,
            Field::Age => &mut draft.age,
            Field::BirthYear => {
                // Keep the year only, even from a full date of birth.
                draft.birth_year =
                    check::year_in(value).map_or_else(|| value.to_owned(), |y| y.to_string());
                continue;
            }
            Field::Origin => &mut draft.origin,
            Field::Destination => &mut draft.destination,
            Field::Sector => &mut draft.sector,
            Field::Phone => &mut draft.phone,
            Field::Consent => &mut draft.consent,
        };
        value.clone_into(slot);
    }
    draft.name = names.join(" ");
    anything.then_some(draft)
}
