//! Getting rows of text out of a roster file: telling CSV from XLSX (by
//! name and by content), decoding CSV text (UTF-8 with or without a BOM,
//! UTF-16 as Excel's "Unicode text"), finding its delimiter, and reading an
//! XLSX sheet's cells as the organiser sees them. What the rows mean is not
//! decided here.

use std::collections::BTreeMap;
use std::io::Cursor;

use calamine::{DataRef, Reader, SheetType, SheetVisible, Xlsx, XlsxError};

use super::{MAX_FILE_BYTES, MAX_ROWS, RosterError};

/// A row with something in it, as the sheet has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Row {
    /// 1-based row number in a spreadsheet program.
    pub(super) line: u32,
    /// Cells, untrimmed; a missing cell is empty.
    pub(super) cells: Vec<String>,
}

/// Columns read; a roster needs about ten, cells further right are ignored.
const MAX_COLUMNS: usize = 100;
/// Characters kept of one cell: far more than any value we use.
const MAX_CELL_CHARS: usize = 1_000;
/// Non-empty rows read before giving up. Larger than [`MAX_ROWS`] because
/// templates come with spare numbered rows that are not people.
const READ_CAP: usize = 5 * MAX_ROWS;

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
const UTF16_LE_BOM: &[u8] = &[0xFF, 0xFE];
const UTF16_BE_BOM: &[u8] = &[0xFE, 0xFF];
/// The start of an OLE compound file: Excel 97-2003 `.xls`.
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// The start of a ZIP archive, as XLSX files are.
const ZIP: &[u8] = b"PK\x03\x04";

/// How a file is read.
enum Format {
    Csv,
    Xlsx,
}

/// The rows of the file's table. For XLSX, the first visible worksheet for
/// which `wanted` says yes (it has a header), else the first non-empty one.
/// No rows means the file is empty.
pub(super) fn table(
    bytes: &[u8],
    file_name: &str,
    wanted: impl Fn(&[Row]) -> bool,
) -> Result<Vec<Row>, RosterError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(RosterError::TooBig { bytes: bytes.len() });
    }
    if bytes.is_empty() {
        return Err(RosterError::Empty);
    }
    match format(bytes, file_name)? {
        Format::Csv => csv(bytes),
        // calamine has overflow checks that panic on some damaged files (a
        // debug build); a damaged file is refused, never a crash.
        Format::Xlsx => {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| xlsx(bytes, wanted)))
                .unwrap_or(Err(RosterError::XlsxUnreadable(XlsxError::Unexpected(
                    "the workbook is damaged",
                ))))
        }
    }
}

/// Decides by content first (a renamed file keeps its content), then by
/// the file name's extension.
fn format(bytes: &[u8], file_name: &str) -> Result<Format, RosterError> {
    let extension = std::path::Path::new(file_name)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let sheet = matches!(extension.as_str(), "xlsx" | "xlsm");
    let text = matches!(extension.as_str(), "csv" | "tsv" | "txt" | "tab" | "");
    if bytes.starts_with(OLE) {
        return Err(RosterError::OldExcel {
            file_name: file_name.to_owned(),
        });
    }
    if bytes.starts_with(ZIP) {
        // A .docx or .ods is a ZIP too: only trust names that may be XLSX.
        return if sheet || text {
            Ok(Format::Xlsx)
        } else {
            Err(RosterError::NotASheet {
                file_name: file_name.to_owned(),
            })
        };
    }
    if sheet {
        // Not a ZIP: the XLSX reader says why it cannot be read.
        return Ok(Format::Xlsx);
    }
    if extension == "xls" {
        return Err(RosterError::OldExcel {
            file_name: file_name.to_owned(),
        });
    }
    if text {
        return Ok(Format::Csv);
    }
    Err(RosterError::NotASheet {
        file_name: file_name.to_owned(),
    })
}

/// The rows of a CSV file.
fn csv(bytes: &[u8]) -> Result<Vec<Row>, RosterError> {
    let text = decode(bytes)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(&text))
        .from_reader(text.as_bytes());
    let mut record = csv::StringRecord::new();
    let mut rows = Vec::new();
    let mut line = 0_u32;
    loop {
        let start = usize::try_from(reader.position().byte()).unwrap_or(usize::MAX);
        if !reader
            .read_record(&mut record)
            .map_err(RosterError::CsvUnreadable)?
        {
            break;
        }
        // The CSV reader skips blank lines, a spreadsheet shows them as rows.
        line = line
            .saturating_add(blank_lines(text.as_bytes(), start))
            .saturating_add(1);
        let cells: Vec<String> = record.iter().take(MAX_COLUMNS).map(clip_cell).collect();
        if cells.iter().any(|c| !c.trim().is_empty()) {
            rows.push(Row { line, cells });
            if rows.len() > READ_CAP {
                return Err(RosterError::TooManyRows);
            }
        }
    }
    Ok(rows)
}

/// Line breaks at `start` before a record begins: blank lines. A `\n` right
/// after a `\r` ends the previous record's `\r\n`, it is not a blank line.
fn blank_lines(text: &[u8], start: usize) -> u32 {
    let Some(rest) = text.get(start..) else {
        return 0;
    };
    let mut i = usize::from(
        rest.first() == Some(&b'\n')
            && start.checked_sub(1).and_then(|before| text.get(before)) == Some(&b'\r'),
    );
    let mut blanks = 0_u32;
    loop {
        match rest.get(i) {
            Some(b'\r') => {
                i += if rest.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            Some(b'\n') => i += 1,
            _ => return blanks,
        }
        blanks = blanks.saturating_add(1);
    }
}

/// CSV bytes as text: UTF-8 (a BOM is dropped) or UTF-16 with a BOM, as
/// Excel's "Unicode text" saves it. Other encodings are refused with the
/// line of the first byte that is not UTF-8, since guessing among the
/// region's legacy encodings would garble names silently.
fn decode(bytes: &[u8]) -> Result<String, RosterError> {
    let text = if let Some(rest) = bytes.strip_prefix(UTF8_BOM) {
        utf8(rest)?
    } else if let Some(rest) = bytes.strip_prefix(UTF16_LE_BOM) {
        utf16(rest, u16::from_le_bytes)?
    } else if let Some(rest) = bytes.strip_prefix(UTF16_BE_BOM) {
        utf16(rest, u16::from_be_bytes)?
    } else if utf16_without_bom(bytes, 1) {
        utf16(bytes, u16::from_le_bytes)?
    } else if utf16_without_bom(bytes, 0) {
        utf16(bytes, u16::from_be_bytes)?
    } else {
        utf8(bytes)?
    };
    Ok(text.trim_start_matches('\u{FEFF}').to_owned())
}

fn utf8(bytes: &[u8]) -> Result<String, RosterError> {
    std::str::from_utf8(bytes)
        .map(str::to_owned)
        .map_err(|err| RosterError::NotUtf8 {
            line: line_at(bytes.get(..err.valid_up_to()).unwrap_or_default()),
        })
}

/// UTF-16 text; a lone surrogate is reported like bad UTF-8, by line.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, RosterError> {
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    let mut text = String::with_capacity(bytes.len() / 2);
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => text.push(c),
            Err(_) => {
                return Err(RosterError::NotUtf8 {
                    line: line_at(text.as_bytes()),
                });
            }
        }
    }
    Ok(text)
}

/// UTF-16 saved without a BOM: the first two characters are ASCII, so
/// every other byte is zero (`zero` is where: 1 for little-endian).
fn utf16_without_bom(bytes: &[u8], zero: usize) -> bool {
    let Some(head) = bytes.get(..4) else {
        return false;
    };
    let other = 1 - zero;
    head.get(zero) == Some(&0)
        && head.get(zero + 2) == Some(&0)
        && head.get(other).is_some_and(|b| *b != 0 && b.is_ascii())
        && head.get(other + 2).is_some_and(|b| *b != 0 && b.is_ascii())
}

/// The 1-based line that follows `before`.
fn line_at(before: &[u8]) -> u32 {
    let breaks = before.iter().filter(|b| **b == b'\n').count();
    u32::try_from(breaks).map_or(u32::MAX, |n| n.saturating_add(1))
}

/// The delimiter among tab, `;` and `,`: the one a line has most of (outside
/// quotes), over the first lines with something in them. Looking past the
/// first line copes with a title row above the header. On a tie tab wins,
/// then `;` (where `,` is the decimal separator, Excel writes `;`).
fn delimiter(text: &str) -> u8 {
    let most = |lines: &mut dyn Iterator<Item = &str>| {
        let mut best = (0, b',');
        for line in lines.take(super::HEADER_SEARCH) {
            for candidate in [b'\t', b';', b','] {
                let count = outside_quotes(line, candidate);
                if count > best.0 {
                    best = (count, candidate);
                }
            }
        }
        best
    };
    let with_content = |l: &&str| {
        l.chars()
            .any(|c| !c.is_whitespace() && !"\t;,\"".contains(c))
    };
    match most(&mut text.lines().filter(with_content)) {
        // Only empty rows (";;;"): they still say how cells are separated.
        (0, _) => most(&mut text.lines()).1,
        (_, delimiter) => delimiter,
    }
}

fn outside_quotes(line: &str, delimiter: u8) -> usize {
    let mut quoted = false;
    let mut count = 0;
    for b in line.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == delimiter && !quoted {
            count += 1;
        }
    }
    count
}

/// A cell cut to [`MAX_CELL_CHARS`].
fn clip_cell(cell: &str) -> String {
    match cell.char_indices().nth(MAX_CELL_CHARS) {
        Some((end, _)) => cell.get(..end).unwrap_or(cell).to_owned(),
        None => cell.to_owned(),
    }
}

/// The rows of an XLSX workbook's roster sheet.
fn xlsx(bytes: &[u8], wanted: impl Fn(&[Row]) -> bool) -> Result<Vec<Row>, RosterError> {
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(RosterError::XlsxUnreadable)?;
    // Hidden sheets hold lookup lists, not the roster the organiser sees.
    let names: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.typ == SheetType::WorkSheet && s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let mut first = None;
    for name in names {
        let rows = sheet(&mut book, &name)?;
        if rows.is_empty() {
            continue;
        }
        if wanted(&rows) {
            return Ok(rows);
        }
        first.get_or_insert(rows);
    }
    Ok(first.unwrap_or_default())
}

/// One worksheet's non-empty rows, read cell by cell: a range over the
/// whole sheet could be huge for a sheet with one far-away cell.
fn sheet(book: &mut Xlsx<Cursor<&[u8]>>, name: &str) -> Result<Vec<Row>, RosterError> {
    let mut cells = match book.worksheet_cells_reader(name) {
        Ok(cells) => cells,
        Err(XlsxError::NotAWorksheet(_)) => return Ok(Vec::new()),
        Err(err) => return Err(RosterError::XlsxUnreadable(err)),
    };
    let mut grid: BTreeMap<u32, BTreeMap<usize, String>> = BTreeMap::new();
    while let Some(cell) = cells.next_cell().map_err(RosterError::XlsxUnreadable)? {
        let (row, column) = cell.get_position();
        let Some(column) = usize::try_from(column).ok().filter(|c| *c < MAX_COLUMNS) else {
            continue;
        };
        let text = cell_text(cell.get_value());
        if text.trim().is_empty() {
            continue;
        }
        grid.entry(row)
            .or_default()
            .insert(column, clip_cell(&text));
        if grid.len() > READ_CAP {
            return Err(RosterError::TooManyRows);
        }
    }
    Ok(grid
        .into_iter()
        .map(|(row, mut by_column)| {
            let width = by_column.keys().next_back().map_or(0, |last| last + 1);
            let cells = (0..width)
                .map(|c| by_column.remove(&c).unwrap_or_default())
                .collect();
            Row {
                line: row.saturating_add(1),
                cells,
            }
        })
        .collect())
}

/// A cell as the organiser reads it: whole numbers without `.0` or an
/// exponent (ages, years and phone numbers are often stored as numbers),
/// dates as `YYYY-MM-DD`.
fn cell_text(value: &DataRef<'_>) -> String {
    match value {
        DataRef::Int(n) => n.to_string(),
        DataRef::Float(n) => number_text(*n),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        // Excel's dates run from 1900 to 9999 (serial 2,958,465).
        DataRef::DateTime(d) if d.is_datetime() && (0.0..2_958_466.0).contains(&d.as_f64()) => {
            let (year, month, day, ..) = d.to_ymd_hms_milli();
            format!("{year:04}-{month:02}-{day:02}")
        }
        DataRef::DateTime(d) => number_text(d.as_f64()),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    }
}

/// A number as written: a whole number as an integer, anything else in
/// Rust's shortest decimal form (which never uses an exponent).
fn number_text(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e18 {
        // In range and whole, so the conversion is exact.
        #[allow(clippy::cast_possible_truncation)]
        let whole = n as i64;
        whole.to_string()
    } else {
        n.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_written() {
        assert_eq!(number_text(31.0), "31");
        assert_eq!(number_text(639_171_234_567.0), "639171234567");
        assert_eq!(number_text(1994.0), "1994");
        assert_eq!(number_text(1.5), "1.5");
        assert_eq!(number_text(-0.0), "0");
        assert_eq!(number_text(1e20), "100000000000000000000");
        assert_eq!(number_text(f64::NAN), "NaN");
    }

    #[test]
    fn blank_lines_between_records() {
        let text = b"a\r\n\r\n\nb";
        assert_eq!(blank_lines(text, 2), 2);
        assert_eq!(blank_lines(b"a\n\nb", 2), 1);
        assert_eq!(blank_lines(b"a\r\rb", 2), 1);
        assert_eq!(blank_lines(b"a", 9), 0);
    }

    #[test]
    fn delimiters_are_sniffed_past_a_title() {
        assert_eq!(delimiter("Roster, Manila\nName;Sex;Age\nAna;F;30"), b';');
        assert_eq!(delimiter("Name\tSex\nAna\tF"), b'\t');
        assert_eq!(delimiter("\"Name;x\",Sex,Age"), b',');
        assert_eq!(delimiter("Name"), b',');
    }
}
