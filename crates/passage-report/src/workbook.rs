//! The report as an XLSX workbook for people: a summary sheet, then one
//! sheet per dimension, in the trainer's words, with the stable codes kept
//! in the last column so the data stays machine-readable.

use rust_xlsxwriter::{Color, DocProperties, Format, FormatBorder, Workbook, Worksheet};

use super::{
    ALL, CSV_COLUMNS, Dimension, GroupRow, ReportError, ReportWords, WorkshopReport, text_width,
};

/// Excel's limit on a sheet name, in UTF-16 units.
const SHEET_NAME_MAX: usize = 31;
/// Excel's limit on the text of a cell, in characters (kept well under).
const CELL_TEXT_MAX: usize = 32_000;
/// Columns whose figures are percentages or percentage points.
const PERCENT_COLUMNS: [&str; 3] = ["pre_average", "post_average", "gain"];

/// The report as an XLSX workbook in the words given: a summary sheet
/// (title, subtitle, the total row), then a sheet per dimension with a
/// bold, frozen header row and the group codes in the last column. Figures
/// are numbers (percentages formatted `0.0`); "nobody to average" is an
/// empty cell.
pub fn to_xlsx(report: &WorkshopReport, words: &ReportWords) -> Result<Vec<u8>, ReportError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    workbook.set_properties(&DocProperties::new().set_title(clip(&words.title)));
    let mut taken = Vec::new();

    let summary = workbook.add_worksheet();
    summary.set_name(sheet_name(words.phrase("summary"), "Summary", &mut taken))?;
    summary.write_string_with_format(0, 0, clip(&words.title), &styles.title)?;
    summary.write_string_with_format(1, 0, clip(&words.subtitle), &styles.subtitle)?;
    let widths = write_table(
        summary,
        3,
        words,
        std::slice::from_ref(&report.total),
        None,
        &styles,
    )?;
    // The title runs across the columns; only the table sets the widths.
    set_widths(summary, &widths)?;

    for breakdown in &report.breakdowns {
        let sheet = workbook.add_worksheet();
        sheet.set_name(sheet_name(
            words.dimension(breakdown.dimension),
            breakdown.dimension.code(),
            &mut taken,
        ))?;
        let widths = write_table(
            sheet,
            0,
            words,
            &breakdown.rows,
            Some((breakdown.dimension, &report.total)),
            &styles,
        )?;
        set_widths(sheet, &widths)?;
        sheet.set_freeze_panes(1, 1)?;
    }
    Ok(workbook.save_to_buffer()?)
}

struct Styles {
    title: Format,
    subtitle: Format,
    header: Format,
    count: Format,
    percent: Format,
    text: Format,
    total_count: Format,
    total_percent: Format,
    total_text: Format,
    code: Format,
}

impl Styles {
    fn new() -> Styles {
        let total = |f: Format| f.set_bold().set_border_top(FormatBorder::Thin);
        Styles {
            title: Format::new().set_bold().set_font_size(16),
            subtitle: Format::new().set_font_color(Color::RGB(0x0044_4444)),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_background_color(Color::RGB(0x00DD_E6EE))
                .set_border_bottom(FormatBorder::Thin),
            count: Format::new().set_num_format("0"),
            percent: Format::new().set_num_format("0.0"),
            text: Format::new(),
            total_count: total(Format::new().set_num_format("0")),
            total_percent: total(Format::new().set_num_format("0.0")),
            total_text: total(Format::new()),
            code: Format::new().set_font_color(Color::RGB(0x0066_6666)),
        }
    }
}

/// Writes a header row at `top` and the rows under it (then the total row
/// when a dimension is given); returns the column widths the text needs.
fn write_table(
    sheet: &mut Worksheet,
    top: u32,
    words: &ReportWords,
    rows: &[GroupRow],
    total_after: Option<(Dimension, &GroupRow)>,
    styles: &Styles,
) -> Result<Vec<f64>, ReportError> {
    let figures = &CSV_COLUMNS[2..12];
    let code_col = col(figures.len() + 1);
    let mut widths = vec![0.0_f64; figures.len() + 2];

    let mut header = |c: u16, text: &str, sheet: &mut Worksheet| -> Result<(), ReportError> {
        widths[usize::from(c)] = widths[usize::from(c)].max(header_width(text));
        sheet.write_string_with_format(top, c, clip(text), &styles.header)?;
        Ok(())
    };
    header(0, words.heading("group"), sheet)?;
    for (i, column) in figures.iter().enumerate() {
        header(col(i + 1), words.heading(column), sheet)?;
    }
    header(code_col, words.heading("code"), sheet)?;

    let total = total_after.map(|(_, total)| total);
    let mut r = top;
    for (row, is_total) in rows
        .iter()
        .map(|row| (row, false))
        .chain(total.map(|t| (t, true)))
    {
        r += 1;
        let (text, count, percent) = if is_total {
            (
                &styles.total_text,
                &styles.total_count,
                &styles.total_percent,
            )
        } else {
            (&styles.text, &styles.count, &styles.percent)
        };
        let name = words.group(&row.group);
        widths[0] = widths[0].max(text_width(name));
        sheet.write_string_with_format(r, 0, clip(name), text)?;
        if row.suppressed {
            sheet.write_string_with_format(r, 1, words.phrase("suppressed"), text)?;
        }
        for (i, (column, value)) in figures.iter().zip(figures_of(row)).enumerate() {
            if row.suppressed {
                if i > 0 {
                    sheet.write_blank(r, col(i + 1), count)?;
                }
                continue;
            }
            let c = col(i + 1);
            match value {
                Some(v) if PERCENT_COLUMNS.contains(column) => {
                    sheet.write_number_with_format(r, c, v, percent)?;
                }
                Some(v) => {
                    sheet.write_number_with_format(r, c, v, count)?;
                }
                None => {
                    sheet.write_blank(r, c, count)?;
                }
            }
        }
        let code = if is_total { ALL } else { row.group.as_str() };
        widths[usize::from(code_col)] = widths[usize::from(code_col)].max(text_width(code));
        sheet.write_string_with_format(r, code_col, code, &styles.code)?;
    }
    Ok(widths)
}

fn set_widths(sheet: &mut Worksheet, widths: &[f64]) -> Result<(), ReportError> {
    for (i, width) in widths.iter().enumerate() {
        sheet.set_column_width(col(i), (width + 2.0).clamp(8.0, 32.0))?;
    }
    Ok(())
}

/// The figures of a row in CSV order after `dimension,group`.
fn figures_of(row: &GroupRow) -> [Option<f64>; 10] {
    let n = |v: u32| Some(f64::from(v));
    [
        n(row.registered),
        n(row.attended),
        n(row.completed),
        n(row.pre_taken),
        n(row.post_taken),
        n(row.paired),
        row.pre_average,
        row.post_average,
        row.gain,
        n(row.improved),
    ]
}

fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}

/// A heading wraps: ask for about half its width, at least its longest word.
fn header_width(text: &str) -> f64 {
    let longest_word = text.split_whitespace().map(text_width).fold(0.0, f64::max);
    (text_width(text) / 2.0).max(longest_word)
}

/// Text cut to what a cell holds.
fn clip(text: &str) -> String {
    text.chars().take(CELL_TEXT_MAX).collect()
}

/// A sheet name Excel accepts, made from a translated name: no `[]:*?/\`
/// or control characters, no apostrophe at either end, at most 31 UTF-16
/// units, not blank, and unlike every name already `taken` (Excel compares
/// them case-blind; `History` is reserved). `fallback` is an ASCII code.
fn sheet_name(wanted: &str, fallback: &str, taken: &mut Vec<String>) -> String {
    let cleaned: String = wanted
        .chars()
        .map(|c| {
            if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_whitespace() {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let trimmed = cleaned.trim_matches(|c: char| c == '\'' || c.is_whitespace());
    let base = if trimmed.is_empty() {
        fallback
    } else {
        trimmed
    };
    let is_free = |name: &str, taken: &[String]| {
        let folded = name.to_lowercase();
        folded != "history" && !taken.contains(&folded)
    };
    let mut name = utf16_prefix(base, SHEET_NAME_MAX);
    let mut n = 2_u32;
    while !is_free(&name, taken) {
        let suffix = format!(" ({n})");
        let stem = utf16_prefix(base, SHEET_NAME_MAX - suffix.len());
        name = format!(
            "{}{suffix}",
            stem.trim_end_matches(|c: char| c == '\'' || c.is_whitespace())
        );
        n += 1;
    }
    taken.push(name.to_lowercase());
    name
}

/// The longest prefix of `text` within `max` UTF-16 units, whole characters
/// only, with no apostrophe or space left dangling at the end.
fn utf16_prefix(text: &str, max: usize) -> String {
    let mut used = 0;
    let prefix: String = text
        .chars()
        .take_while(|c| {
            used += c.len_utf16();
            used <= max
        })
        .collect();
    prefix
        .trim_end_matches(|c: char| c == '\'' || c.is_whitespace())
        .to_owned()
}
