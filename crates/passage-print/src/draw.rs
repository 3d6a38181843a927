//! Putting shaped lines and simple rules on a krilla page. No layout
//! decisions are made here: callers say where everything goes.

use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;

use crate::fonts::FontSet;
use crate::text::ShapedLine;

/// Colours used on the printed pages: dark enough for a cheap printer,
/// and still readable when photocopied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ink {
    /// Body text.
    Text,
    /// Secondary text: labels, page numbers.
    Muted,
    /// Borders, headings and rules.
    Accent,
    /// Table grid lines.
    Grid,
    /// Background of table header cells.
    HeaderFill,
}

impl Ink {
    fn color(self) -> rgb::Color {
        match self {
            Self::Text => rgb::Color::new(0x1a, 0x1a, 0x1a),
            Self::Muted => rgb::Color::new(0x55, 0x55, 0x55),
            Self::Accent => rgb::Color::new(0x1f, 0x3a, 0x5f),
            Self::Grid => rgb::Color::new(0x40, 0x40, 0x40),
            Self::HeaderFill => rgb::Color::new(0xe4, 0xe8, 0xee),
        }
    }
}

/// Draws a shaped line with its left end at `x` and its baseline at `baseline`.
pub(crate) fn text_line(
    surface: &mut Surface<'_>,
    fonts: &FontSet,
    line: &ShapedLine,
    x: f32,
    baseline: f32,
    ink: Ink,
) {
    surface.set_stroke(None);
    surface.set_fill(Some(fill(ink)));
    let mut x = x;
    for run in &line.runs {
        let font = fonts.get(run.script, line.style.weight);
        surface.draw_glyphs(
            Point::from_xy(x, baseline),
            &run.glyphs,
            font.pdf.clone(),
            &run.text,
            line.style.size,
            false,
        );
        x += run.advance * line.style.size;
    }
}

/// Strokes a straight line from one point to another.
pub(crate) fn rule(
    surface: &mut Surface<'_>,
    from: (f32, f32),
    to: (f32, f32),
    width: f32,
    ink: Ink,
) {
    let mut path = PathBuilder::new();
    path.move_to(from.0, from.1);
    path.line_to(to.0, to.1);
    if let Some(path) = path.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(ink, width)));
        surface.draw_path(&path);
    }
}

/// Strokes the outline of a rectangle given by its left, top, right and bottom.
pub(crate) fn frame(surface: &mut Surface<'_>, ltrb: (f32, f32, f32, f32), width: f32, ink: Ink) {
    if let Some(path) = rect_path(ltrb) {
        surface.set_fill(None);
        surface.set_stroke(Some(stroke(ink, width)));
        surface.draw_path(&path);
    }
}

/// Fills a rectangle given by its left, top, right and bottom.
pub(crate) fn fill_rect(surface: &mut Surface<'_>, ltrb: (f32, f32, f32, f32), ink: Ink) {
    if let Some(path) = rect_path(ltrb) {
        surface.set_stroke(None);
        surface.set_fill(Some(fill(ink)));
        surface.draw_path(&path);
    }
}

fn rect_path((left, top, right, bottom): (f32, f32, f32, f32)) -> Option<krilla::geom::Path> {
    let rect = Rect::from_ltrb(left, top, right, bottom)?;
    let mut path = PathBuilder::new();
    path.push_rect(rect);
    path.finish()
}

fn fill(ink: Ink) -> Fill {
    Fill {
        paint: ink.color().into(),
        ..Fill::default()
    }
}

fn stroke(ink: Ink, width: f32) -> Stroke {
    Stroke {
        paint: ink.color().into(),
        width,
        ..Stroke::default()
    }
}
