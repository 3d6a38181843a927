//! The sign-in sheet: a table on A4 portrait pages, one row per person,
//! with boxes to fill in by hand. [`check`] rejects malformed sheets,
//! [`layout`] decides what goes on which page (pure), [`draw`] draws it.

use krilla::Document;
use krilla::page::PageSettings;

use crate::draw::{self, Ink};
use crate::fonts::{FontSet, Weight};
use crate::text::{ShapedLine, TextStyle, Typesetter};
use crate::{PrintError, Result, SignInSheet};

/// A4 portrait, in points.
pub(crate) const PAGE_WIDTH: f32 = 595.28;
pub(crate) const PAGE_HEIGHT: f32 = 841.89;

const MARGIN_X: f32 = 36.0;
const TABLE_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN_X;
const TOP: f32 = 36.0;
/// The table and footer end above this; page numbers go below it.
const BOTTOM: f32 = PAGE_HEIGHT - 54.0;
const PAGE_NUMBER_BASELINE: f32 = PAGE_HEIGHT - 30.0;

const TITLE: TextStyle = TextStyle {
    weight: Weight::Bold,
    size: 15.0,
};
const SUBTITLE: TextStyle = TextStyle {
    weight: Weight::Regular,
    size: 10.0,
};
const HEADER: TextStyle = TextStyle {
    weight: Weight::Bold,
    size: 9.0,
};
const CELL: TextStyle = TextStyle {
    weight: Weight::Regular,
    size: 10.0,
};
const FOOTER: TextStyle = TextStyle {
    weight: Weight::Regular,
    size: 11.0,
};
const PAGE_NUMBER: TextStyle = TextStyle {
    weight: Weight::Regular,
    size: 9.0,
};

const CELL_PAD_X: f32 = 4.0;
const CELL_PAD_Y: f32 = 3.0;
/// Tall enough to sign in by hand.
const MIN_ROW_HEIGHT: f32 = 26.0;
const MIN_HEADER_HEIGHT: f32 = 22.0;
const SPACE_BELOW_HEADING: f32 = 10.0;
const SPACE_ABOVE_FOOTER: f32 = 18.0;

/// Checks that the sheet has columns and every row one cell per column.
pub(crate) fn check(sheet: &SignInSheet) -> Result<()> {
    if sheet.columns.is_empty() {
        return Err(PrintError::NoColumns);
    }
    let expected = sheet.columns.len();
    match sheet.rows.iter().position(|row| row.len() != expected) {
        Some(index) => Err(PrintError::RowLength {
            row: index + 1,
            expected,
            found: sheet.rows[index].len(),
        }),
        None => Ok(()),
    }
}

/// A table row: its cells' lines and its height.
#[derive(Clone, Debug)]
struct Row {
    cells: Vec<Vec<ShapedLine>>,
    height: f32,
}

/// One printed page of the sheet.
#[derive(Clone, Debug)]
pub(crate) struct SheetPage {
    /// The rows of the table on this page (none on a page that holds only
    /// the footer).
    rows: Vec<Row>,
    /// Whether the table (and its column titles) appear on this page.
    table: bool,
    footer: bool,
}

/// Every page of the sheet, with what repeats on each.
#[derive(Clone, Debug)]
pub(crate) struct SheetPages {
    heading: Vec<ShapedLine>,
    column_lefts: Vec<f32>,
    column_widths: Vec<f32>,
    header: Row,
    footer: Vec<ShapedLine>,
    pages: Vec<SheetPage>,
    /// "n / N" for each page.
    page_numbers: Vec<ShapedLine>,
}

/// Sets every piece of text and decides which rows go on which page.
pub(crate) fn layout(sheet: &SignInSheet, typesetter: &Typesetter<'_>) -> SheetPages {
    let mut heading = typesetter.wrap(sheet.title.trim(), TITLE, TABLE_WIDTH, 2);
    heading.extend(typesetter.wrap(sheet.subtitle.trim(), SUBTITLE, TABLE_WIDTH, 3));
    let heading_height: f32 = heading.iter().map(|l| l.style.line_height()).sum();
    let table_top = TOP
        + heading_height
        + if heading.is_empty() {
            0.0
        } else {
            SPACE_BELOW_HEADING
        };

    let column_widths = column_widths(sheet.columns.iter().map(|c| c.weight));
    let column_lefts: Vec<f32> = column_widths
        .iter()
        .scan(MARGIN_X, |left, width| {
            let this = *left;
            *left += width;
            Some(this)
        })
        .collect();
    let set_row = |cells: &mut dyn Iterator<Item = &str>,
                   style: TextStyle,
                   max_lines: usize,
                   min_height: f32| {
        let cells: Vec<Vec<ShapedLine>> = cells
            .zip(&column_widths)
            .map(|(text, width)| {
                typesetter.wrap(
                    text.trim(),
                    style,
                    (width - 2.0 * CELL_PAD_X).max(1.0),
                    max_lines,
                )
            })
            .collect();
        let tallest = cells.iter().map(Vec::len).max().unwrap_or(0);
        #[expect(clippy::cast_precision_loss, reason = "a handful of lines")]
        let height = (tallest as f32 * style.line_height() + 2.0 * CELL_PAD_Y).max(min_height);
        Row { cells, height }
    };
    let header = set_row(
        &mut sheet.columns.iter().map(|c| c.title.as_str()),
        HEADER,
        3,
        MIN_HEADER_HEIGHT,
    );
    let rows: Vec<Row> = sheet
        .rows
        .iter()
        .map(|row| set_row(&mut row.iter().map(String::as_str), CELL, 4, MIN_ROW_HEIGHT))
        .collect();
    let footer = typesetter.wrap(sheet.footer.trim(), FOOTER, TABLE_WIDTH, 4);
    let footer_height: f32 = footer.iter().map(|l| l.style.line_height()).sum();

    let room_for_rows = BOTTOM - table_top - header.height;
    let heights: Vec<f32> = rows.iter().map(|row| row.height).collect();
    let plan = paginate(
        &heights,
        room_for_rows,
        (!footer.is_empty()).then_some(SPACE_ABOVE_FOOTER + footer_height),
    );
    let mut rows = rows.into_iter();
    let pages: Vec<SheetPage> = plan
        .iter()
        .map(|planned| SheetPage {
            rows: rows.by_ref().take(planned.rows).collect(),
            table: planned.table,
            footer: planned.footer,
        })
        .collect();
    let count = pages.len();
    let page_numbers = (1..=count)
        .map(|n| typesetter.shape_line(&format!("{n} / {count}"), PAGE_NUMBER))
        .collect();
    SheetPages {
        heading,
        column_lefts,
        column_widths,
        header,
        footer,
        pages,
        page_numbers,
    }
}

/// Shares of the table width by weight; equal shares if all weights are 0.
fn column_widths(weights: impl Iterator<Item = u16> + Clone) -> Vec<f32> {
    let total: u32 = weights.clone().map(u32::from).sum();
    let count = weights.clone().count();
    weights
        .map(|weight| {
            #[expect(
                clippy::cast_precision_loss,
                reason = "column counts and u16 weights are exact in f32"
            )]
            let share = if total == 0 {
                1.0 / count as f32
            } else {
                f32::from(weight) / total as f32
            };
            share * TABLE_WIDTH
        })
        .collect()
}

/// What one page holds, as counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct PlannedPage {
    rows: usize,
    table: bool,
    footer: bool,
}

/// Splits rows of the given heights into pages with `room` points for
/// rows each, then puts the footer (if any, of the given height) after the
/// last row, or on a page of its own when it does not fit there. A row
/// taller than a page still gets a page. There is always at least one page
/// with the table, so an empty sheet prints its column titles.
fn paginate(heights: &[f32], room: f32, footer: Option<f32>) -> Vec<PlannedPage> {
    let mut pages = Vec::new();
    let mut rows = 0;
    let mut used = 0.0;
    for &height in heights {
        if rows > 0 && used + height > room {
            pages.push(PlannedPage {
                rows,
                table: true,
                footer: false,
            });
            rows = 0;
            used = 0.0;
        }
        rows += 1;
        used += height;
    }
    pages.push(PlannedPage {
        rows,
        table: true,
        footer: false,
    });
    if let Some(footer) = footer {
        if used + footer <= room {
            if let Some(last) = pages.last_mut() {
                last.footer = true;
            }
        } else {
            pages.push(PlannedPage {
                rows: 0,
                table: false,
                footer: true,
            });
        }
    }
    pages
}

/// Adds the sheet's pages to `document`.
pub(crate) fn draw(document: &mut Document, fonts: &FontSet, sheet: &SheetPages) {
    let Some(settings) = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT) else {
        return;
    };
    for (page, page_number) in sheet.pages.iter().zip(&sheet.page_numbers) {
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        let mut top = TOP;
        for (index, line) in sheet.heading.iter().enumerate() {
            let ink = if index == 0 { Ink::Text } else { Ink::Muted };
            let x = (PAGE_WIDTH - line.width) / 2.0;
            draw::text_line(
                &mut surface,
                fonts,
                line,
                x,
                top + line.style.baseline_offset(),
                ink,
            );
            top += line.style.line_height();
        }
        if !sheet.heading.is_empty() {
            top += SPACE_BELOW_HEADING;
        }
        if page.table {
            draw_row(&mut surface, fonts, sheet, &sheet.header, top, true);
            top += sheet.header.height;
            for row in &page.rows {
                draw_row(&mut surface, fonts, sheet, row, top, false);
                top += row.height;
            }
        }
        if page.footer {
            top += SPACE_ABOVE_FOOTER;
            for line in &sheet.footer {
                draw::text_line(
                    &mut surface,
                    fonts,
                    line,
                    MARGIN_X,
                    top + line.style.baseline_offset(),
                    Ink::Text,
                );
                top += line.style.line_height();
            }
        }
        let x = (PAGE_WIDTH - page_number.width) / 2.0;
        draw::text_line(
            &mut surface,
            fonts,
            page_number,
            x,
            PAGE_NUMBER_BASELINE,
            Ink::Muted,
        );
        surface.finish();
        pdf_page.finish();
    }
}

/// Draws one table row with its top at `top`: a box per cell, text
/// centred vertically; header titles are centred and shaded.
fn draw_row(
    surface: &mut krilla::surface::Surface<'_>,
    fonts: &FontSet,
    sheet: &SheetPages,
    row: &Row,
    top: f32,
    header: bool,
) {
    let bottom = top + row.height;
    for ((cell, &left), &width) in row
        .cells
        .iter()
        .zip(&sheet.column_lefts)
        .zip(&sheet.column_widths)
    {
        let ltrb = (left, top, left + width, bottom);
        if header {
            draw::fill_rect(surface, ltrb, Ink::HeaderFill);
        }
        draw::frame(surface, ltrb, 0.6, Ink::Grid);
        let text_height: f32 = cell.iter().map(|l| l.style.line_height()).sum();
        let mut line_top = top + (row.height - text_height) / 2.0;
        for line in cell {
            let x = if header {
                left + (width - line.width) / 2.0
            } else {
                left + CELL_PAD_X
            };
            draw::text_line(
                surface,
                fonts,
                line,
                x,
                line_top + line.style.baseline_offset(),
                Ink::Text,
            );
            line_top += line.style.line_height();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fill_pages_and_the_footer_follows() {
        let page = |rows, table, footer| PlannedPage {
            rows,
            table,
            footer,
        };
        assert_eq!(paginate(&[], 100.0, None), vec![page(0, true, false)]);
        assert_eq!(
            paginate(&[30.0; 3], 100.0, Some(10.0)),
            vec![page(3, true, true)]
        );
        assert_eq!(
            paginate(&[30.0; 7], 100.0, Some(10.0)),
            vec![
                page(3, true, false),
                page(3, true, false),
                page(1, true, true)
            ]
        );
        assert_eq!(
            paginate(&[30.0; 3], 100.0, Some(20.0)),
            vec![page(3, true, false), page(0, false, true)]
        );
        // A row taller than the page still gets printed, alone.
        assert_eq!(
            paginate(&[150.0, 10.0], 100.0, None),
            vec![page(1, true, false), page(1, true, false)]
        );
    }

    #[test]
    fn column_widths_share_the_table() {
        let widths = column_widths([1_u16, 3].into_iter());
        assert!((widths[0] - TABLE_WIDTH / 4.0).abs() < 0.01);
        assert!((widths.iter().sum::<f32>() - TABLE_WIDTH).abs() < 0.01);
        let equal = column_widths([0_u16, 0].into_iter());
        assert!((equal[0] - equal[1]).abs() < 0.01);
    }
}
