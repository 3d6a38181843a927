//! Charts of a report as SVG a funder can paste into their own report:
//! average pre- and post-test scores by sex and by age band, and
//! registered / attended / completed by sex.
//!
//! The UI puts this SVG straight into the page, so it must be inert: no
//! scripts, no event attributes, no links, nothing fetched; every piece of
//! text goes through [`escape`]. The only references are to patterns
//! defined inside the same SVG. Colours are the Okabe–Ito orange and blue
//! (told apart with colour-blindness) plus a hatch and value labels, so
//! the bars also read in greyscale print.

use std::fmt::Write as _;

use super::{Breakdown, Dimension, GroupRow, ReportWords, WorkshopReport, decimal, text_width};

/// Which picture a chart is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ChartKind {
    /// Average pre- and post-test score (%) per group.
    Scores,
    /// Registered, attended and completed per group.
    Attendance,
}

/// One chart, ready to show or save as an `.svg` file.
#[derive(Clone, Debug, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Chart {
    /// Which picture it is.
    pub kind: ChartKind,
    /// The dimension its groups come from.
    pub dimension: Dimension,
    /// Its title in the words given (also inside the SVG), e.g. for a
    /// caption or alternative text.
    pub title: String,
    /// A self-contained, inert SVG document scaled by its `viewBox`.
    pub svg: String,
}

/// The report's charts: scores by sex, scores by age band, attendance by
/// sex. A group with no test results says "no data" rather than showing 0.
pub fn charts_svg(report: &WorkshopReport, words: &ReportWords) -> Vec<Chart> {
    [
        (ChartKind::Scores, Dimension::Sex, "chart-scores-sex"),
        (
            ChartKind::Scores,
            Dimension::AgeBand,
            "chart-scores-age-band",
        ),
        (
            ChartKind::Attendance,
            Dimension::Sex,
            "chart-attendance-sex",
        ),
    ]
    .into_iter()
    .map(|(kind, dimension, title_key)| {
        let rows = report
            .breakdowns
            .iter()
            .find(|b| b.dimension == dimension)
            .map_or(&[][..], |b: &Breakdown| b.rows.as_slice());
        let title = words.phrase(title_key).to_owned();
        let mut canvas = Canvas::new(kind, dimension, &title, words);
        match kind {
            ChartKind::Scores => canvas.scores(rows, words),
            ChartKind::Attendance => canvas.attendance(rows, words),
        }
        Chart {
            kind,
            dimension,
            svg: canvas.finish(),
            title,
        }
    })
    .collect()
}

/// Average pre- and post-test scores of any rows (months, workshops),
/// labelled by their group codes or the words given for them: the
/// dashboard's "results over time". Inert SVG, as [`charts_svg`].
pub fn scores_svg(title: &str, rows: &[GroupRow], words: &ReportWords) -> String {
    let mut canvas = Canvas::new(ChartKind::Scores, Dimension::Sex, title, words);
    canvas.id = "passage-chart-scores-over-time".to_owned();
    canvas.scores(rows, words);
    canvas.finish()
}

const WIDTH: f64 = 960.0;
const HEIGHT: f64 = 540.0;
const PLOT_LEFT: f64 = 100.0;
const PLOT_RIGHT: f64 = 930.0;
const PLOT_TOP: f64 = 160.0;
const PLOT_BOTTOM: f64 = 430.0;
const INK: &str = "#1a1a1a";
const MUTED: &str = "#4d4d4d";
const GRID: &str = "#d0d0d0";
/// Okabe–Ito orange (hatched) and blue.
const PRE_FILL: &str = "#E69F00";
const PRE_HATCH: &str = "#8C5A00";
const POST_FILL: &str = "#0072B2";
/// Light to dark blue: told apart by lightness alone.
const ATTENDANCE_FILLS: [&str; 3] = ["#9ECAE1", "#4292C6", "#08306B"];
const ATTENDANCE_COLUMNS: [&str; 3] = ["registered", "attended", "completed"];

/// An SVG being written.
struct Canvas {
    out: String,
    /// Prefix of the ids inside this SVG; the page may hold several charts.
    id: String,
}

impl Canvas {
    fn new(kind: ChartKind, dimension: Dimension, title: &str, words: &ReportWords) -> Canvas {
        let kind_code = match kind {
            ChartKind::Scores => "scores",
            ChartKind::Attendance => "attendance",
        };
        let id = format!("passage-chart-{kind_code}-{}", dimension.code());
        let mut canvas = Canvas {
            out: String::with_capacity(8 * 1024),
            id,
        };
        let described = if words.subtitle.is_empty() {
            title.to_owned()
        } else {
            format!("{title} — {}", words.subtitle)
        };
        canvas.push(&format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="Noto Sans, sans-serif"><title>{}</title>"#,
            escape(&described)
        ));
        canvas.push(&format!(
            r##"<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>"##
        ));
        canvas.text(
            &Label::new(WIDTH / 2.0, 44.0, 28.0, title)
                .bold()
                .fit(WIDTH - 60.0, 18.0),
        );
        if !words.subtitle.is_empty() {
            canvas.text(
                &Label::new(WIDTH / 2.0, 74.0, 19.0, &words.subtitle)
                    .fill(MUTED)
                    .fit(WIDTH - 60.0, 13.0),
            );
        }
        canvas
    }

    fn push(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn finish(mut self) -> String {
        self.push("</svg>");
        self.out
    }

    fn text(&mut self, label: &Label<'_>) {
        let (size, squeeze) = label.fitted();
        let _ = write!(
            self.out,
            r#"<text x="{:.1}" y="{:.1}" font-size="{size:.1}" text-anchor="{}" fill="{}""#,
            label.x, label.y, label.anchor, label.fill
        );
        if label.bold {
            self.out.push_str(r#" font-weight="bold""#);
        }
        if let Some(length) = squeeze {
            let _ = write!(
                self.out,
                r#" textLength="{length:.1}" lengthAdjust="spacingAndGlyphs""#
            );
        }
        if label.upright {
            let _ = write!(
                self.out,
                r#" transform="rotate(-90 {:.1} {:.1})""#,
                label.x, label.y
            );
        }
        let _ = write!(self.out, ">{}</text>", escape(label.content));
    }

    /// "no data" across the plot when there are no groups at all.
    fn nothing(&mut self, words: &ReportWords) {
        self.text(
            &Label::new(
                WIDTH / 2.0,
                (PLOT_TOP + PLOT_BOTTOM) / 2.0,
                30.0,
                words.phrase("no-data"),
            )
            .fill(MUTED)
            .fit(PLOT_RIGHT - PLOT_LEFT, 16.0),
        );
    }

    /// A centred row of swatches with their names, under the title.
    fn legend(&mut self, items: &[(&str, &str)]) {
        const SIZE: f64 = 20.0;
        const SWATCH: f64 = 22.0;
        let widths: Vec<f64> = items
            .iter()
            .map(|(_, name)| SWATCH + 10.0 + estimate(name, SIZE).min(260.0))
            .collect();
        let total: f64 = widths.iter().sum::<f64>() + 36.0 * (items.len().saturating_sub(1) as f64);
        let mut x = (WIDTH - total) / 2.0;
        for ((fill, name), width) in items.iter().zip(widths) {
            let _ = write!(
                self.out,
                r#"<rect class="legend" x="{x:.1}" y="97" width="{SWATCH}" height="{SWATCH}" fill="{fill}" stroke="{INK}" stroke-width="1"/>"#
            );
            self.text(
                &Label::new(x + SWATCH + 10.0, 115.0, SIZE, name)
                    .start()
                    .fit(260.0, 12.0),
            );
            x += width + 36.0;
        }
    }

    /// Horizontal grid lines with their labels; `ticks` in data units,
    /// `scale` pixels per unit.
    fn grid(&mut self, ticks: &[u64], scale: f64, suffix: &str) {
        for &tick in ticks {
            let y = PLOT_BOTTOM - tick as f64 * scale;
            let _ = write!(
                self.out,
                r#"<line class="grid" data-value="{tick}" x1="{PLOT_LEFT}" y1="{y:.1}" x2="{PLOT_RIGHT}" y2="{y:.1}" stroke="{GRID}" stroke-width="1"/>"#
            );
            self.text(
                &Label::new(PLOT_LEFT - 10.0, y + 6.0, 18.0, &format!("{tick}{suffix}"))
                    .end()
                    .fill(MUTED),
            );
        }
    }

    fn baseline(&mut self) {
        let _ = write!(
            self.out,
            r#"<line x1="{PLOT_LEFT}" y1="{PLOT_BOTTOM}" x2="{PLOT_RIGHT}" y2="{PLOT_BOTTOM}" stroke="{INK}" stroke-width="2"/>"#
        );
    }

    /// The groups' names under the axis, each with how many people it
    /// holds when `counts` (the attendance chart shows that as a bar). One font size for all names (the largest at which every name
    /// fits its slot, on two lines if it has spaces), so no group looks
    /// smaller than another.
    fn group_labels(&mut self, rows: &[GroupRow], slot: f64, words: &ReportWords, counts: bool) {
        const SIZE: f64 = 22.0;
        const MIN_SIZE: f64 = 13.0;
        let room = slot * 0.92;
        let names: Vec<&str> = rows.iter().map(|r| words.group(&r.group)).collect();
        let fits = |text: &str| SIZE * room / estimate(text, SIZE).max(1.0);
        let size = names
            .iter()
            .map(|name| {
                let one_line = fits(name);
                let two_lines = two_lines(name).map_or(0.0, |(a, b)| fits(a).min(fits(b)));
                one_line.max(two_lines)
            })
            .fold(SIZE, f64::min)
            .max(MIN_SIZE);
        let layout: Vec<Option<(&str, &str)>> = names
            .iter()
            .map(|name| {
                (estimate(name, size) > room)
                    .then(|| two_lines(name))
                    .flatten()
                    .filter(|(a, b)| estimate(a, size).max(estimate(b, size)) <= room)
            })
            .collect();
        let wrapped = layout.iter().any(Option::is_some);
        let line_two = 460.0 + size * 1.15;
        let count_y = if wrapped { line_two + 30.0 } else { 492.0 };
        for (i, ((row, name), lines)) in rows.iter().zip(&names).zip(layout).enumerate() {
            let centre = PLOT_LEFT + slot * (i as f64 + 0.5);
            match lines {
                Some((first, second)) => {
                    self.text(&Label::new(centre, 460.0, size, first));
                    self.text(&Label::new(centre, line_two, size, second));
                }
                None => self.text(&Label::new(centre, 460.0, size, name).fit(room, size)),
            }
            if counts {
                self.text(
                    &Label::new(centre, count_y, 18.0, &format!("n = {}", row.registered))
                        .fill(MUTED)
                        .fit(room, 11.0),
                );
            }
        }
    }

    /// A bar standing on the axis, with its value above it.
    fn bar(&mut self, bar: &Bar<'_>) {
        let height = bar.value * bar.scale;
        let top = PLOT_BOTTOM - height;
        let _ = write!(
            self.out,
            r#"<rect class="bar" data-series="{}" data-group="{}" data-value="{}" x="{:.1}" y="{top:.3}" width="{:.1}" height="{height:.3}" fill="{}" stroke="{INK}" stroke-width="1"/>"#,
            bar.series,
            escape(bar.group),
            bar.shown,
            bar.x,
            bar.width,
            bar.fill,
        );
        self.text(
            &Label::new(bar.x + bar.width / 2.0, top - 8.0, 19.0, &bar.shown)
                .bold()
                .fit(bar.room, 11.0),
        );
    }

    fn scores(&mut self, rows: &[GroupRow], words: &ReportWords) {
        let hatch = format!("{}-hatch", self.id);
        let _ = write!(
            self.out,
            r#"<defs><pattern id="{hatch}" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect x="0" y="0" width="9" height="9" fill="{PRE_FILL}"/><rect x="0" y="0" width="3.5" height="9" fill="{PRE_HATCH}"/></pattern></defs>"#
        );
        let pre_fill = format!("url(#{hatch})");
        self.legend(&[
            (pre_fill.as_str(), words.phrase("legend-pre")),
            (POST_FILL, words.phrase("legend-post")),
        ]);
        if rows.is_empty() {
            self.nothing(words);
            return;
        }
        let scale = (PLOT_BOTTOM - PLOT_TOP) / 100.0;
        self.grid(&[0, 25, 50, 75, 100], scale, "%");
        let slot = (PLOT_RIGHT - PLOT_LEFT) / rows.len() as f64;
        let width = (slot * 0.36).min(96.0);
        let gap = (slot * 0.04).min(10.0);
        for (i, row) in rows.iter().enumerate() {
            let centre = PLOT_LEFT + slot * (i as f64 + 0.5);
            let series = [
                (
                    "pre",
                    row.pre_average,
                    pre_fill.as_str(),
                    centre - gap / 2.0 - width,
                ),
                ("post", row.post_average, POST_FILL, centre + gap / 2.0),
            ];
            if row.pre_average.is_none() && row.post_average.is_none() {
                self.text(
                    &Label::new(centre, PLOT_BOTTOM - 18.0, 19.0, words.phrase("no-data"))
                        .fill(MUTED)
                        .fit(slot * 0.9, 11.0),
                );
            }
            for (name, value, fill, x) in series {
                match value {
                    Some(value) => self.bar(&Bar {
                        series: name,
                        group: &row.group,
                        value,
                        shown: decimal(value),
                        x,
                        width,
                        room: width + gap,
                        scale,
                        fill,
                    }),
                    // The other test has a bar: say "no data" upright where
                    // this one would stand.
                    None if row.pre_average.is_some() || row.post_average.is_some() => {
                        let size = 17.0_f64.min(width * 0.8);
                        self.text(
                            &Label::new(
                                x + width / 2.0 + size * 0.35,
                                PLOT_BOTTOM - 8.0,
                                size,
                                words.phrase("no-data"),
                            )
                            .start()
                            .upright()
                            .fill(MUTED)
                            .fit(PLOT_BOTTOM - PLOT_TOP - 10.0, 9.0),
                        );
                    }
                    None => {}
                }
            }
        }
        self.group_labels(rows, slot, words, true);
        self.baseline();
    }

    fn attendance(&mut self, rows: &[GroupRow], words: &ReportWords) {
        let names = ATTENDANCE_COLUMNS.map(|c| words.heading(c));
        let items: Vec<(&str, &str)> = ATTENDANCE_FILLS.iter().copied().zip(names).collect();
        self.legend(&items);
        if rows.is_empty() {
            self.nothing(words);
            return;
        }
        let most = rows
            .iter()
            .map(|r| u64::from(r.registered))
            .max()
            .unwrap_or(0);
        let step = nice_step(most);
        let top = most.div_ceil(step).max(1) * step;
        let ticks: Vec<u64> = (0..=top / step).map(|i| i * step).collect();
        let scale = (PLOT_BOTTOM - PLOT_TOP) / top as f64;
        self.grid(&ticks, scale, "");
        let slot = (PLOT_RIGHT - PLOT_LEFT) / rows.len() as f64;
        let width = (slot * 0.26).min(80.0);
        let gap = (slot * 0.03).min(8.0);
        for (i, row) in rows.iter().enumerate() {
            let centre = PLOT_LEFT + slot * (i as f64 + 0.5);
            let values = [row.registered, row.attended, row.completed];
            for (k, ((name, fill), value)) in ATTENDANCE_COLUMNS
                .iter()
                .zip(ATTENDANCE_FILLS)
                .zip(values)
                .enumerate()
            {
                let x = centre - 1.5 * width - gap + k as f64 * (width + gap);
                self.bar(&Bar {
                    series: name,
                    group: &row.group,
                    value: f64::from(value),
                    shown: value.to_string(),
                    x,
                    width,
                    room: width + gap,
                    scale,
                    fill,
                });
            }
        }
        self.group_labels(rows, slot, words, false);
        self.baseline();
    }
}

/// One bar of a chart.
struct Bar<'a> {
    series: &'a str,
    group: &'a str,
    value: f64,
    /// The value as its label shows it.
    shown: String,
    x: f64,
    width: f64,
    /// Width its value label may take.
    room: f64,
    /// Pixels per unit of value.
    scale: f64,
    fill: &'a str,
}

/// A piece of text and how to set it.
struct Label<'a> {
    x: f64,
    y: f64,
    size: f64,
    content: &'a str,
    anchor: &'static str,
    fill: &'static str,
    bold: bool,
    upright: bool,
    /// Width it must fit in and the smallest font size to shrink to.
    fit: Option<(f64, f64)>,
}

impl<'a> Label<'a> {
    fn new(x: f64, y: f64, size: f64, content: &'a str) -> Label<'a> {
        Label {
            x,
            y,
            size,
            content,
            anchor: "middle",
            fill: INK,
            bold: false,
            upright: false,
            fit: None,
        }
    }
    fn start(mut self) -> Self {
        self.anchor = "start";
        self
    }
    fn end(mut self) -> Self {
        self.anchor = "end";
        self
    }
    fn fill(mut self, fill: &'static str) -> Self {
        self.fill = fill;
        self
    }
    fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    fn upright(mut self) -> Self {
        self.upright = true;
        self
    }
    fn fit(mut self, width: f64, min_size: f64) -> Self {
        self.fit = Some((width, min_size));
        self
    }

    /// The font size to use and, when even the smallest size is too wide,
    /// the length to squeeze the text into.
    fn fitted(&self) -> (f64, Option<f64>) {
        let Some((room, min_size)) = self.fit else {
            return (self.size, None);
        };
        let wide = estimate(self.content, self.size);
        if wide <= room {
            return (self.size, None);
        }
        let size = (self.size * room / wide).max(min_size.min(self.size));
        let squeeze = (estimate(self.content, size) > room).then_some(room);
        (size, squeeze)
    }
}

/// Roughly how wide `text` is at `size` in Noto Sans (digits and Latin
/// letters are about 0.55 em; wide characters count double).
fn estimate(text: &str, size: f64) -> f64 {
    text_width(text) * 0.56 * size
}

/// `text` cut at the space that best balances two lines, if it has one.
fn two_lines(text: &str) -> Option<(&str, &str)> {
    text.char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, c)| {
            let (first, rest) = (text[..i].trim_end(), text[i + c.len_utf8()..].trim_start());
            (text_width(first).max(text_width(rest)), first, rest)
        })
        .filter(|(_, first, rest)| !first.is_empty() && !rest.is_empty())
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, first, rest)| (first, rest))
}

/// A round step for a count axis with at most five steps.
fn nice_step(most: u64) -> u64 {
    let mut magnitude = 1_u64;
    loop {
        for m in [1, 2, 5] {
            let step = m * magnitude;
            if most.div_ceil(step) <= 5 {
                return step;
            }
        }
        magnitude = magnitude.saturating_mul(10);
    }
}

/// Text made safe for SVG content and attribute values: markup characters
/// escaped, characters XML cannot hold dropped.
pub(super) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(' '),
            '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'.. => out.push(c),
            _ => {}
        }
    }
    out
}
