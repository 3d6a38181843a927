//! Text layout: splitting a string into runs by script, shaping each run
//! with its font, measuring, and breaking paragraphs into lines.
//!
//! Everything here is pure: it turns strings into shaped lines with known
//! widths. Putting lines on a page is the business of `certificate` and
//! `sign_in_sheet`; drawing them is `draw`.

use std::ops::Range;

use icu_locale_core::LanguageIdentifier;
use icu_segmenter::options::LineBreakOptions;
use icu_segmenter::{LineSegmenter, LineSegmenterBorrowed};
use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Language, UnicodeBuffer};

use crate::fonts::{FontSet, Script, Weight};

/// Line height as a multiple of the font size. Khmer and Burmese stack
/// marks well above and below the letters, so this is generous: the
/// bundled fonts reach up to 1.12 em above the baseline (Lao tone marks
/// over vowels) and 0.57 em below it (Khmer double subscripts), which a
/// test checks.
pub(crate) const LINE_HEIGHT: f32 = 1.75;

/// Where the baseline sits below the top of a line box, as a multiple of
/// the font size: room for the tallest stacks above, the deepest below.
const BASELINE_IN_BOX: f32 = 1.15;

/// Printed at the end of a text cut short because it cannot fit.
const ELLIPSIS: &str = "…";

/// How a piece of text is set.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct TextStyle {
    pub(crate) weight: Weight,
    /// Font size in points.
    pub(crate) size: f32,
}

impl TextStyle {
    pub(crate) fn new(weight: Weight, size: f32) -> Self {
        Self { weight, size }
    }

    /// Height of one line box in points.
    pub(crate) fn line_height(self) -> f32 {
        self.size * LINE_HEIGHT
    }

    /// Distance from the top of a line box to its baseline, in points.
    pub(crate) fn baseline_offset(self) -> f32 {
        self.size * BASELINE_IN_BOX
    }
}

/// A stretch of text shaped with one font.
#[derive(Clone, Debug)]
pub(crate) struct ShapedRun {
    pub(crate) script: Script,
    pub(crate) text: String,
    /// Glyphs in visual order; text ranges are relative to `text`, advances
    /// and offsets in em (krilla scales them by the font size).
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// Total advance in em.
    pub(crate) advance: f32,
    /// How far the glyphs reach above the baseline, in em.
    #[cfg_attr(
        not(test),
        expect(dead_code, reason = "tests check line spacing with it")
    )]
    pub(crate) ink_above: f32,
    /// How far the glyphs reach below the baseline, in em.
    pub(crate) ink_below: f32,
}

/// One line of shaped text, ready to be placed and drawn.
#[derive(Clone, Debug)]
pub(crate) struct ShapedLine {
    pub(crate) runs: Vec<ShapedRun>,
    pub(crate) style: TextStyle,
    /// Width in points.
    pub(crate) width: f32,
}

impl ShapedLine {
    /// How far the lowest glyph reaches below the baseline, in points
    /// (Burmese medials and Khmer subscripts hang deep).
    pub(crate) fn ink_below(&self) -> f32 {
        self.runs
            .iter()
            .map(|run| run.ink_below)
            .fold(0.0, f32::max)
            * self.style.size
    }

    /// How far the highest glyph reaches above the baseline, in points.
    #[cfg(test)]
    pub(crate) fn ink_above(&self) -> f32 {
        self.runs
            .iter()
            .map(|run| run.ink_above)
            .fold(0.0, f32::max)
            * self.style.size
    }

    /// The text of the line, as drawn.
    #[cfg(test)]
    pub(crate) fn text(&self) -> String {
        self.runs.iter().map(|run| run.text.as_str()).collect()
    }
}

/// The longest text laid out, in characters. Nothing longer fits on a
/// certificate or in a table cell at any size printed here; cutting absurd
/// input at this length bounds the work.
const MAX_CHARS: usize = 4000;

/// A grapheme-like unit the shaper will not split, with its advance in em.
/// The range is in bytes of its paragraph.
#[derive(Clone, Debug)]
struct Cluster {
    range: Range<usize>,
    advance: f32,
}

/// One paragraph (text between newlines), shaped at 1 em, with the places
/// a line may end.
#[derive(Clone, Debug)]
struct Paragraph {
    /// Where the paragraph starts in the measured text, in bytes.
    start: usize,
    end: usize,
    clusters: Vec<Cluster>,
    /// `prefix[i]` is the advance of `clusters[..i]`, in em.
    prefix: Vec<f32>,
    /// Line break opportunities, in bytes of the paragraph, ascending.
    breaks: Vec<usize>,
}

impl Paragraph {
    /// The number of clusters that start before `offset`.
    fn clusters_before(&self, offset: usize) -> usize {
        self.clusters.partition_point(|c| c.range.start < offset)
    }

    /// Width in em of `text[start..end]` without its trailing spaces.
    fn width(&self, text: &str, start: usize, end: usize) -> f32 {
        let end = start + text[start..end].trim_end().len();
        self.prefix[self.clusters_before(end)] - self.prefix[self.clusters_before(start)]
    }

    /// Greedy line breaking: byte ranges (in the paragraph) of lines no
    /// wider than `max_em`, breaking inside a word only when the word
    /// alone is wider than a line.
    fn line_ranges(&self, text: &str, max_em: f32) -> Vec<Range<usize>> {
        if text.is_empty() {
            // An empty paragraph is one empty line.
            return std::iter::once(0..0).collect();
        }
        let mut lines = Vec::new();
        let mut start = 0;
        let mut fits_up_to = None;
        let mut next = 0;
        while let Some(&end) = self.breaks.get(next) {
            if end <= start {
                next += 1;
            } else if self.width(text, start, end) <= max_em {
                fits_up_to = Some(end);
                next += 1;
            } else if let Some(fit) = fits_up_to.take() {
                lines.push(start..fit);
                start = fit;
            } else {
                let cut = self.cut_word(text, start, end, max_em);
                lines.push(start..cut);
                start = cut;
            }
        }
        if start < text.len() {
            lines.push(start..text.len());
        }
        lines
    }

    /// Where to cut `text[start..end]`, a word too wide for a line: after
    /// as many clusters as fit, and at least one, so the text always moves on.
    fn cut_word(&self, text: &str, start: usize, end: usize, max_em: f32) -> usize {
        let first = self.clusters_before(start);
        let cut = self
            .clusters
            .iter()
            .enumerate()
            .skip(first + 1)
            .take_while(|&(i, c)| {
                c.range.start < end && self.prefix[i] - self.prefix[first] <= max_em
            })
            .last()
            .map(|(_, c)| c.range.start)
            .or_else(|| self.clusters.get(first).map(|c| c.range.end))
            .unwrap_or(end)
            .min(text.len());
        if cut > start {
            cut
        } else {
            next_char_boundary(text, start)
        }
    }
}

/// A text shaped once at 1 em: breaking it into lines at any size and
/// width is then arithmetic, and only the lines finally printed are shaped
/// again.
#[derive(Clone, Debug)]
pub(crate) struct Measured<'t> {
    /// The text, cut at [`MAX_CHARS`].
    text: &'t str,
    /// Whether the text was cut.
    cut: bool,
    weight: Weight,
    paragraphs: Vec<Paragraph>,
}

impl Measured<'_> {
    /// Byte ranges of the lines at `size` points in `max_width` points.
    fn line_ranges(&self, size: f32, max_width: f32) -> Vec<Range<usize>> {
        let max_em = max_width / size;
        let mut ranges = Vec::new();
        for paragraph in &self.paragraphs {
            let text = &self.text[paragraph.start..paragraph.end];
            for range in paragraph.line_ranges(text, max_em) {
                ranges.push(paragraph.start + range.start..paragraph.start + range.end);
            }
        }
        ranges
    }

    /// How many lines the text takes at `size` points in `max_width` points.
    pub(crate) fn line_count(&self, size: f32, max_width: f32) -> usize {
        self.line_ranges(size, max_width).len()
    }

    /// The size and line width to set the text at (see [`Typesetter::fit`]).
    pub(crate) fn fit(&self, sizes: Range<f32>, max_width: f32, max_lines: usize) -> (f32, f32) {
        let (min_size, max_size) = (sizes.start, sizes.end);
        let widest = self
            .paragraphs
            .iter()
            .map(|p| p.width(&self.text[p.start..p.end], 0, p.end - p.start))
            .fold(0.0, f32::max);
        if widest * min_size <= max_width {
            let size = if widest * max_size <= max_width {
                max_size
            } else {
                // A hair under the exact fit, so rounding cannot push the
                // line past the width and into a wrap.
                (max_width / widest * 0.995).clamp(min_size, max_size)
            };
            return (size, max_width);
        }
        for lines in 2..=max_lines {
            #[expect(clippy::cast_precision_loss, reason = "a handful of lines")]
            let room = max_width * lines as f32;
            // No size above this can fit, however the words fall.
            let mut size = (room / widest).min(max_size);
            while size >= min_size {
                if self.line_count(size, max_width) <= lines {
                    return (size, self.balanced_width(size, max_width, lines));
                }
                size *= 0.96;
            }
        }
        (min_size, max_width)
    }

    /// The narrowest width, up to `max_width`, at which the text still
    /// takes no more than `lines` lines: lines of about equal length.
    fn balanced_width(&self, size: f32, max_width: f32, lines: usize) -> f32 {
        let mut narrow = 0.0;
        let mut wide = max_width;
        for _ in 0..12 {
            let middle = (narrow + wide) / 2.0;
            if self.line_count(size, middle) <= lines {
                wide = middle;
            } else {
                narrow = middle;
            }
        }
        wide
    }
}

/// Shapes, measures and wraps text for one language.
#[derive(Debug)]
pub(crate) struct Typesetter<'f> {
    fonts: &'f FontSet,
    segmenter: LineSegmenterBorrowed<'static>,
    language: Option<Language>,
}

impl<'f> Typesetter<'f> {
    /// A typesetter for text in `locale` (a BCP 47 tag such as `km` or
    /// `vi`); an unknown or malformed locale is treated as no locale.
    pub(crate) fn new(fonts: &'f FontSet, locale: &str) -> Self {
        let langid = LanguageIdentifier::try_from_str(locale).ok();
        let mut options = LineBreakOptions::default();
        options.content_locale = langid.as_ref();
        // The dictionary segmenter finds word boundaries in Thai, Lao,
        // Khmer and Burmese, which are written without spaces.
        let segmenter = LineSegmenter::new_dictionary(options);
        let language = langid.and_then(|id| id.language.as_str().parse::<Language>().ok());
        Self {
            fonts,
            segmenter,
            language,
        }
    }

    /// Shapes `text` as one line, however wide it comes out.
    pub(crate) fn shape_line(&self, text: &str, style: TextStyle) -> ShapedLine {
        let runs: Vec<ShapedRun> = script_runs(text)
            .into_iter()
            .map(|(script, range)| self.shape_run(&text[range], script, style.weight))
            .collect();
        let width = runs.iter().map(|run| run.advance).sum::<f32>() * style.size;
        ShapedLine { runs, style, width }
    }

    /// Shapes `text` once at 1 em and finds where its lines may break.
    /// Newlines always break.
    pub(crate) fn measure<'t>(&self, text: &'t str, weight: Weight) -> Measured<'t> {
        let (text, cut) = match text.char_indices().nth(MAX_CHARS) {
            Some((end, _)) => (&text[..end], true),
            None => (text, false),
        };
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for paragraph in text.split('\n') {
            let clusters = self.clusters(paragraph, weight);
            let mut prefix = Vec::with_capacity(clusters.len() + 1);
            let mut total = 0.0;
            prefix.push(total);
            for cluster in &clusters {
                total += cluster.advance;
                prefix.push(total);
            }
            let breaks = self
                .segmenter
                .segment_str(paragraph)
                .filter(|&offset| offset > 0 && offset <= paragraph.len())
                .collect();
            paragraphs.push(Paragraph {
                start,
                end: start + paragraph.len(),
                clusters,
                prefix,
                breaks,
            });
            start += paragraph.len() + 1;
        }
        Measured {
            text,
            cut,
            weight,
            paragraphs,
        }
    }

    /// Sets measured text at `size` in lines no wider than `max_width`. If
    /// more than `max_lines` lines are needed (or the text was too long to
    /// measure whole), the last line kept ends with an ellipsis. Empty text
    /// gives no lines.
    pub(crate) fn set(
        &self,
        measured: &Measured<'_>,
        size: f32,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<ShapedLine> {
        if measured.text.is_empty() {
            return Vec::new();
        }
        let style = TextStyle::new(measured.weight, size);
        let mut ranges = measured.line_ranges(size, max_width);
        let cut_short = measured.cut || ranges.len() > max_lines;
        ranges.truncate(max_lines);
        let last = ranges.len().saturating_sub(1);
        ranges
            .into_iter()
            .enumerate()
            .map(|(index, range)| {
                if cut_short && index == last {
                    self.ellipsize(measured, range, style, max_width)
                } else {
                    self.shape_line(clean_line(&measured.text[range]), style)
                }
            })
            .collect()
    }

    /// Breaks `text` into lines no wider than `max_width` points; see [`Self::set`].
    pub(crate) fn wrap(
        &self,
        text: &str,
        style: TextStyle,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<ShapedLine> {
        self.set(
            &self.measure(text, style.weight),
            style.size,
            max_width,
            max_lines,
        )
    }

    /// Sets `text` on one line at the largest size in `sizes` that fits
    /// `max_width`. Past the smallest size it wraps onto the fewest lines
    /// (up to `max_lines`), at the largest size that allows, with the lines
    /// balanced in length: this is how a long name is printed.
    pub(crate) fn fit(
        &self,
        text: &str,
        weight: Weight,
        sizes: Range<f32>,
        max_width: f32,
        max_lines: usize,
    ) -> Vec<ShapedLine> {
        let measured = self.measure(text, weight);
        let (size, width) = measured.fit(sizes, max_width, max_lines);
        self.set(&measured, size, width, max_lines)
    }

    /// The line at `range` of `measured`, with as many clusters dropped
    /// from its end as needed for it and an ellipsis to fit in `max_width`.
    fn ellipsize(
        &self,
        measured: &Measured<'_>,
        range: Range<usize>,
        style: TextStyle,
        max_width: f32,
    ) -> ShapedLine {
        let ellipsis = self.shape_line(ELLIPSIS, style).width;
        let mut end = range.start;
        if let Some(paragraph) = measured
            .paragraphs
            .iter()
            .find(|p| p.start <= range.start && range.end <= p.end)
        {
            let mut width = ellipsis;
            for cluster in &paragraph.clusters {
                let cluster_start = paragraph.start + cluster.range.start;
                let cluster_end = paragraph.start + cluster.range.end;
                if cluster_start < range.start {
                    continue;
                }
                width += cluster.advance * style.size;
                if cluster_end > range.end || width > max_width {
                    break;
                }
                end = cluster_end;
            }
        }
        let kept = measured
            .text
            .get(range.start..end)
            .unwrap_or_default()
            .trim_end();
        self.shape_line(&format!("{kept}{ELLIPSIS}"), style)
    }

    /// The clusters of `text` in order, with their advances in em.
    fn clusters(&self, text: &str, weight: Weight) -> Vec<Cluster> {
        let mut clusters: Vec<Cluster> = Vec::with_capacity(text.len());
        for (script, range) in script_runs(text) {
            let run = self.shape_run(&text[range.clone()], script, weight);
            for glyph in &run.glyphs {
                let glyph_range =
                    range.start + glyph.text_range.start..range.start + glyph.text_range.end;
                match clusters.last_mut() {
                    Some(last) if last.range == glyph_range => last.advance += glyph.x_advance,
                    _ => clusters.push(Cluster {
                        range: glyph_range,
                        advance: glyph.x_advance,
                    }),
                }
            }
        }
        clusters
    }

    /// Shapes a run of one script with that script's font.
    fn shape_run(&self, text: &str, script: Script, weight: Weight) -> ShapedRun {
        let font = self.fonts.get(script, weight);
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        if let Some(shaping_script) = script.shaping_script() {
            buffer.set_script(shaping_script);
        }
        // All nine course languages run left to right; forcing it keeps
        // clusters in text order even for stray right-to-left letters.
        buffer.set_direction(Direction::LeftToRight);
        if let Some(language) = &self.language {
            buffer.set_language(language.clone());
        }
        let shaped = rustybuzz::shape(&font.face, &[], buffer);
        let infos = shaped.glyph_infos();
        let positions = shaped.glyph_positions();
        let em = font.units_per_em;
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut advance = 0.0;
        let (mut ink_above, mut ink_below) = (0.0_f32, 0.0_f32);
        for (i, (info, position)) in infos.iter().zip(positions).enumerate() {
            let bounds = u16::try_from(info.glyph_id).ok().and_then(|id| {
                font.face
                    .glyph_bounding_box(rustybuzz::ttf_parser::GlyphId(id))
            });
            if let Some(bounds) = bounds {
                let lift = f32::from(i16::try_from(position.y_offset).unwrap_or(0));
                ink_above = ink_above.max((f32::from(bounds.y_max) + lift) / em);
                ink_below = ink_below.max(-(f32::from(bounds.y_min) + lift) / em);
            }
            let start = usize::try_from(info.cluster).map_or(text.len(), |s| s.min(text.len()));
            // The cluster ends where the next different cluster begins.
            let end = infos[i + 1..]
                .iter()
                .map(|next| usize::try_from(next.cluster).unwrap_or(usize::MAX))
                .find(|&next| next != start)
                .filter(|&next| next > start && next <= text.len())
                .unwrap_or(text.len());
            let x_advance = position.x_advance as f32 / em;
            advance += x_advance;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                x_advance,
                position.x_offset as f32 / em,
                // Both measure y upwards here; krilla flips it when drawing.
                position.y_offset as f32 / em,
                position.y_advance as f32 / em,
                start..end,
                None,
            ));
        }
        ShapedRun {
            script,
            text: text.to_owned(),
            glyphs,
            advance,
            ink_above,
            ink_below,
        }
    }
}

/// Splits text into runs that each need one font: Thai, Lao, Khmer and
/// Myanmar letters go to their script's font, everything else to Noto
/// Sans. Combining marks and joiners stay with the letter before them, and
/// spaces inside a run of one script stay in it, so words are shaped whole.
pub(crate) fn script_runs(text: &str) -> Vec<(Script, Range<usize>)> {
    let mut runs: Vec<(Script, Range<usize>)> = Vec::new();
    for (offset, c) in text.char_indices() {
        let end = offset + c.len_utf8();
        let current = runs.last().map(|(script, _)| *script);
        let script = match (Script::of_letter(c), current) {
            (Some(script), _) => script,
            (None, Some(current)) if is_combining(c) => current,
            (None, Some(current)) if current != Script::Latin && is_space(c) => current,
            (None, _) => Script::Latin,
        };
        match runs.last_mut() {
            Some((last, range)) if *last == script => range.end = end,
            _ => runs.push((script, offset..end)),
        }
    }
    runs
}

/// Marks and joiners that belong to the character before them.
fn is_combining(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F // combining diacritics (decomposed Vietnamese)
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x200B..=0x200D // zero-width space, non-joiner, joiner
            | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F // variation selectors
            | 0xFE20..=0xFE2F
    )
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}')
}

/// A line as it should be drawn: without the spaces it was broken after
/// (nor the carriage return of a Windows line end).
fn clean_line(line: &str) -> &str {
    line.trim_end()
}

/// The byte offset of the character after the one at `offset`.
fn next_char_boundary(text: &str, offset: usize) -> usize {
    text[offset..]
        .chars()
        .next()
        .map_or(text.len(), |c| offset + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> FontSet {
        FontSet::load().expect("bundled fonts load")
    }

    #[test]
    fn runs_split_by_script_and_keep_marks_and_spaces() {
        let text = "ក្រុម Passage ១២ 12 ພາສາ ລາວ";
        let runs: Vec<(Script, &str)> = script_runs(text)
            .into_iter()
            .map(|(script, range)| (script, &text[range]))
            .collect();
        assert_eq!(
            runs,
            vec![
                (Script::Khmer, "ក្រុម "),
                (Script::Latin, "Passage "),
                (Script::Khmer, "១២ "),
                (Script::Latin, "12 "),
                (Script::Lao, "ພາສາ ລາວ"),
            ]
        );
        // Decomposed Vietnamese: the marks stay with their letter.
        let vietnamese = "Vie\u{0302}\u{0323}t";
        assert_eq!(
            script_runs(vietnamese),
            vec![(Script::Latin, 0..vietnamese.len())]
        );
    }

    #[test]
    fn shaping_khmer_uses_no_dotted_circles_or_missing_glyphs() {
        let fonts = fonts();
        let typesetter = Typesetter::new(&fonts, "km");
        let line =
            typesetter.shape_line("វិញ្ញាបនបត្របញ្ចប់វគ្គសិក្សា", TextStyle::new(Weight::Regular, 12.0));
        let khmer = fonts.get(Script::Khmer, Weight::Regular);
        let dotted_circle = khmer.face.glyph_index('\u{25CC}').map(|g| u32::from(g.0));
        for glyph in line.runs.iter().flat_map(|run| &run.glyphs) {
            assert_ne!(glyph.glyph_id.to_u32(), 0, "missing glyph");
            assert_ne!(
                Some(glyph.glyph_id.to_u32()),
                dotted_circle,
                "dotted circle"
            );
        }
        assert!(line.width > 0.0);
    }

    #[test]
    fn wrapping_respects_the_width_and_keeps_every_character() {
        let fonts = fonts();
        let samples = [
            (
                "en",
                "completed the workshop “Safe migration” held by the Migrant Workers Centre from 3 to 4 March 2027 (12 hours).",
            ),
            (
                "th",
                "ได้ผ่านการอบรมหลักสูตร “การย้ายถิ่นอย่างปลอดภัย” ซึ่งจัดโดยศูนย์แรงงานข้ามชาติ ระหว่างวันที่ 3 ถึง 4 มีนาคม 2570 (12 ชั่วโมง)",
            ),
            (
                "km",
                "បានបញ្ចប់វគ្គបណ្តុះបណ្តាល «ការធ្វើចំណាកស្រុកដោយសុវត្ថិភាព» ដែលរៀបចំដោយមជ្ឈមណ្ឌលពលករចំណាកស្រុក ពីថ្ងៃទី៣ ដល់ថ្ងៃទី៤ ខែមីនា ឆ្នាំ២០២៧",
            ),
            (
                "my",
                "ဘေးကင်းလုံခြုံသော ရွှေ့ပြောင်းသွားလာခြင်း သင်တန်းကို ၂၀၂၇ ခုနှစ် မတ်လ ၃ ရက်မှ ၄ ရက်အထိ အောင်မြင်စွာ တက်ရောက်ခဲ့ပါသည်။",
            ),
        ];
        for (locale, text) in samples {
            let typesetter = Typesetter::new(&fonts, locale);
            let style = TextStyle::new(Weight::Regular, 14.0);
            let lines = typesetter.wrap(text, style, 200.0, 100);
            assert!(lines.len() >= 2, "{locale}: {} lines", lines.len());
            for line in &lines {
                assert!(
                    line.width <= 200.01,
                    "{locale}: {} wider than 200: {}",
                    line.text(),
                    line.width
                );
            }
            let joined: String = lines.iter().map(ShapedLine::text).collect();
            let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            assert_eq!(squeeze(&joined), squeeze(text), "{locale}");
        }
    }

    #[test]
    fn line_height_leaves_room_for_stacked_marks() {
        let fonts = fonts();
        // Tall and deep stacks: Khmer double subscripts, Burmese medials
        // with vowels above and below, Thai tone marks over upper vowels,
        // Vietnamese double diacritics.
        let samples = [
            ("km", "ក្ត្រា ស្ត្រី ញ្ញុំ ង្ក្រើ"),
            ("my", "ကျွှော်ု ရွှေ့ မြင့်မြင့် ပြည့်ထောင်စု"),
            ("th", "ปู่ ญี่ปุ่น ฎีกา ฐ้ ปั้น"),
            ("lo", "ຫຼັກສູດ ເຄື່ອນ ປູ່"),
            ("vi", "Nguyễn Hồng Ậ Ỗ ỹ"),
        ];
        for weight in [Weight::Regular, Weight::Bold] {
            for (locale, text) in samples {
                let typesetter = Typesetter::new(&fonts, locale);
                let style = TextStyle::new(weight, 10.0);
                let line = typesetter.shape_line(text, style);
                let below = line.ink_below();
                let above = line.ink_above();
                // Two lines of this text never touch.
                assert!(
                    below + above < style.line_height(),
                    "{locale} {weight:?}: {above} above + {below} below >= {}",
                    style.line_height()
                );
                // And one line stays inside its own box.
                assert!(
                    above <= style.baseline_offset(),
                    "{locale} {weight:?}: {above} above"
                );
                assert!(
                    below <= style.line_height() - style.baseline_offset(),
                    "{locale} {weight:?}: {below} below"
                );
            }
        }
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_and_too_many_lines_end_in_an_ellipsis() {
        let fonts = fonts();
        let typesetter = Typesetter::new(&fonts, "en");
        let style = TextStyle::new(Weight::Bold, 20.0);
        let word = "Pneumonoultramicroscopicsilicovolcanoconiosis".repeat(3);
        let lines = typesetter.wrap(&word, style, 150.0, 100);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|line| line.width <= 150.01));

        let lines = typesetter.wrap(&word, style, 150.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].text().ends_with(ELLIPSIS));
        assert!(lines[1].width <= 150.01);
    }

    #[test]
    fn fit_shrinks_a_long_name_onto_one_line() {
        let fonts = fonts();
        let typesetter = Typesetter::new(&fonts, "en");
        let name = "Maria Clara Dela Cruz Santos Villanueva Bautista Reyes Mendoza";
        let lines = typesetter.fit(name, Weight::Bold, 16.0..36.0, 680.0, 3);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].width <= 680.0);
        assert!(lines[0].style.size < 36.0);

        // Too long for one line at the smallest size: two balanced lines,
        // larger than the smallest size.
        let twice = format!("{name} {name}");
        let lines = typesetter.fit(&twice, Weight::Bold, 16.0..36.0, 680.0, 3);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].style.size > 16.0);
        assert!(lines.iter().all(|line| line.width <= 680.01));
        assert!(
            (lines[0].width - lines[1].width).abs() < lines[0].width * 0.25,
            "balanced"
        );

        let short = typesetter.fit("Ana", Weight::Bold, 20.0..36.0, 500.0, 3);
        assert!((short[0].style.size - 36.0).abs() < f32::EPSILON);
    }
}
