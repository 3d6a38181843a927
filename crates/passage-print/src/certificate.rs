//! The certificate of completion: where each element goes on an A4
//! landscape page ([`layout`], a pure function) and putting it there
//! ([`draw`]).
//!
//! The design is plain on purpose: a thin double border, the organisation
//! near the top, the heading, the learner's name large and bold over a fine
//! rule, the body centred, the place and date, and a line to sign on. It has
//! to survive a cheap printer and look right in nine languages.

use krilla::Document;
use krilla::page::PageSettings;

use crate::Certificate;
use crate::draw::{self, Ink};
use crate::fonts::{FontSet, Weight};
use crate::text::{Measured, ShapedLine, TextStyle, Typesetter};

/// A4 landscape, in points.
pub(crate) const PAGE_WIDTH: f32 = 841.89;
pub(crate) const PAGE_HEIGHT: f32 = 595.28;

/// The outer and inner border, inset from the page edge.
const OUTER_BORDER: f32 = 22.0;
const INNER_BORDER: f32 = 28.0;

/// Widest line of the centred text, and of the body (narrower lines read
/// better and look more like a certificate).
const CONTENT_WIDTH: f32 = 680.0;
const BODY_WIDTH: f32 = 600.0;

/// Top of the text that flows down from the organisation to the date.
const FLOW_TOP: f32 = 62.0;
/// The signature line; the flowing text stays clear of the space above it,
/// where the trainer signs.
const SIGNATURE_LINE_Y: f32 = PAGE_HEIGHT - 102.0;
const SIGNING_ROOM: f32 = 46.0;
const FLOW_BOTTOM: f32 = SIGNATURE_LINE_Y - SIGNING_ROOM;
const SIGNATURE_LINE_WIDTH: f32 = 230.0;
const SIGNATURE_TEXT_WIDTH: f32 = 340.0;

/// The most a gap grows when the page has room to spare.
const MAX_EXTRA_GAP: f32 = 14.0;

/// Every size in the flow is multiplied by the first of these that makes it
/// fit between the organisation and the signature.
const SCALES: [f32; 8] = [1.0, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62, 0.56];

/// A line of text at its place on the page.
#[derive(Clone, Debug)]
pub(crate) struct PlacedLine {
    pub(crate) line: ShapedLine,
    /// Left end of the baseline.
    pub(crate) x: f32,
    pub(crate) baseline: f32,
    pub(crate) ink: Ink,
}

/// A straight line on the page.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rule {
    from: (f32, f32),
    to: (f32, f32),
    width: f32,
}

/// Everything on one certificate page, placed.
#[derive(Clone, Debug)]
pub(crate) struct CertificatePage {
    pub(crate) lines: Vec<PlacedLine>,
    rules: Vec<Rule>,
}

/// The parts of the certificate that flow down the page, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Organisation,
    Heading,
    PresentedTo,
    Name,
    Body,
    PlaceAndDate,
}

/// How one part of the flow is set, before scaling.
#[derive(Clone, Copy, Debug)]
struct PartStyle {
    weight: Weight,
    size: f32,
    /// Names shrink to this size to stay on one line before they wrap.
    min_size: Option<f32>,
    max_width: f32,
    max_lines: usize,
    ink: Ink,
    space_after: f32,
}

impl Part {
    /// Which parts give up lines first when a certificate is too full.
    const GIVE_UP_LINES_ORDER: [Self; 6] = [
        Self::Body,
        Self::Name,
        Self::Heading,
        Self::Organisation,
        Self::PresentedTo,
        Self::PlaceAndDate,
    ];

    fn style(self) -> PartStyle {
        let (weight, size, max_width, max_lines, ink, space_after) = match self {
            Self::Organisation => (Weight::Bold, 19.0, CONTENT_WIDTH, 2, Ink::Accent, 6.0),
            Self::Heading => (Weight::Bold, 32.0, CONTENT_WIDTH, 2, Ink::Accent, 14.0),
            Self::PresentedTo => (Weight::Regular, 15.0, CONTENT_WIDTH, 2, Ink::Text, 0.0),
            // The rule under the name takes the space after it.
            Self::Name => (Weight::Bold, 38.0, CONTENT_WIDTH, 3, Ink::Text, 16.0),
            Self::Body => (Weight::Regular, 15.0, BODY_WIDTH, 6, Ink::Text, 10.0),
            Self::PlaceAndDate => (Weight::Regular, 13.0, BODY_WIDTH, 2, Ink::Muted, 0.0),
        };
        PartStyle {
            weight,
            size,
            min_size: (self == Self::Name).then_some(18.0),
            max_width,
            max_lines,
            ink,
            space_after,
        }
    }

    /// Whether the gap after this part grows when the page has room to spare.
    fn opens_up(self) -> bool {
        matches!(
            self,
            Self::Organisation | Self::Heading | Self::Name | Self::Body
        )
    }

    fn text(self, certificate: &Certificate) -> &str {
        match self {
            Self::Organisation => &certificate.organisation,
            Self::Heading => &certificate.heading,
            Self::PresentedTo => &certificate.presented_to,
            Self::Name => &certificate.name,
            Self::Body => &certificate.body,
            Self::PlaceAndDate => &certificate.place_and_date,
        }
    }
}

/// How one part of the flow is to be set: found by arithmetic on measured
/// text, before any line is shaped for printing.
#[derive(Clone, Copy, Debug)]
struct PartPlan {
    part: Part,
    size: f32,
    /// The width the lines are broken at (a balanced name is narrower
    /// than the page allows).
    width: f32,
    lines: usize,
    space_after: f32,
}

impl PartPlan {
    fn height(&self) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "a handful of lines")]
        let lines = self.lines as f32;
        lines * TextStyle::new(self.part.style().weight, self.size).line_height()
    }
}

/// Places every element of `certificate` on a page. Text that cannot fit
/// even at the smallest scale loses lines (ending in "…"), the body first.
pub(crate) fn layout(certificate: &Certificate, typesetter: &Typesetter<'_>) -> CertificatePage {
    let parts: Vec<(Part, Measured<'_>)> = [
        Part::Organisation,
        Part::Heading,
        Part::PresentedTo,
        Part::Name,
        Part::Body,
        Part::PlaceAndDate,
    ]
    .into_iter()
    .map(|part| (part, part.text(certificate).trim()))
    .filter(|(_, text)| !text.is_empty())
    .map(|(part, text)| (part, typesetter.measure(text, part.style().weight)))
    .collect();

    let available = FLOW_BOTTOM - FLOW_TOP;
    let mut max_lines: Vec<usize> = parts
        .iter()
        .map(|(part, _)| part.style().max_lines)
        .collect();
    let mut plans = Vec::new();
    for scale in SCALES {
        plans = plan_flow(&parts, &max_lines, scale);
        if flow_height(&plans) <= available {
            break;
        }
    }
    let smallest = SCALES[SCALES.len() - 1];
    while flow_height(&plans) > available {
        let Some(index) = Part::GIVE_UP_LINES_ORDER
            .iter()
            .find_map(|giver| plans.iter().position(|p| p.part == *giver && p.lines > 1))
        else {
            break;
        };
        max_lines[index] = plans[index].lines - 1;
        plans = plan_flow(&parts, &max_lines, smallest);
    }
    let set: Vec<(PartPlan, Vec<ShapedLine>)> = plans
        .iter()
        .zip(&parts)
        .zip(&max_lines)
        .map(|((plan, (_, measured)), &max_lines)| {
            (
                *plan,
                typesetter.set(measured, plan.size, plan.width, max_lines),
            )
        })
        .collect();

    let mut page = CertificatePage {
        lines: Vec::new(),
        rules: vec![],
    };
    // Spare room opens up the main gaps a little, then the flow is centred
    // in its space, a little above the middle.
    let slack = (available - flow_height(&plans)).max(0.0);
    let last = plans.len().saturating_sub(1);
    let opens = |index: usize, plan: &PartPlan| index < last && plan.part.opens_up();
    #[expect(clippy::cast_precision_loss, reason = "at most six parts")]
    let opening_gaps = plans
        .iter()
        .enumerate()
        .filter(|&(i, p)| opens(i, p))
        .count() as f32;
    let extra = if opening_gaps > 0.0 {
        (slack * 0.5 / opening_gaps).min(MAX_EXTRA_GAP)
    } else {
        0.0
    };
    let mut top = FLOW_TOP + (slack - extra * opening_gaps) * 0.45;
    for (index, (plan, lines)) in set.into_iter().enumerate() {
        let ink = plan.part.style().ink;
        let widest = lines.iter().map(|l| l.width).fold(0.0, f32::max);
        for line in lines {
            let height = line.style.line_height();
            page.lines.push(centred(line, top, ink));
            top += height;
        }
        if plan.part == Part::Name {
            let half = (widest + 60.0).clamp(240.0, CONTENT_WIDTH) / 2.0;
            // Under the deepest mark of the last line (Burmese medials and
            // Khmer subscripts hang low), and no lower than its box.
            let deepest = page
                .lines
                .last()
                .map_or(top, |last| last.baseline + last.line.ink_below() + 3.0);
            let y = deepest.max(top);
            page.rules.push(Rule {
                from: (PAGE_WIDTH / 2.0 - half, y),
                to: (PAGE_WIDTH / 2.0 + half, y),
                width: 0.6,
            });
        }
        top += plan.space_after;
        if opens(index, &plan) {
            top += extra;
        }
    }
    place_signature(certificate, typesetter, &mut page);
    page
}

/// The signature line, with the trainer's name and the label under it.
fn place_signature(
    certificate: &Certificate,
    typesetter: &Typesetter<'_>,
    page: &mut CertificatePage,
) {
    let half = SIGNATURE_LINE_WIDTH / 2.0;
    page.rules.push(Rule {
        from: (PAGE_WIDTH / 2.0 - half, SIGNATURE_LINE_Y),
        to: (PAGE_WIDTH / 2.0 + half, SIGNATURE_LINE_Y),
        width: 0.8,
    });
    let mut top = SIGNATURE_LINE_Y + 3.0;
    let trainer = typesetter.fit(
        certificate.trainer.trim(),
        Weight::Regular,
        8.0..13.0,
        SIGNATURE_TEXT_WIDTH,
        1,
    );
    let label = typesetter.wrap(
        certificate.signature_label.trim(),
        TextStyle::new(Weight::Regular, 10.5),
        SIGNATURE_TEXT_WIDTH,
        1,
    );
    for (line, ink) in trainer
        .into_iter()
        .map(|l| (l, Ink::Text))
        .chain(label.into_iter().map(|l| (l, Ink::Muted)))
    {
        let height = line.style.line_height();
        page.lines.push(centred(line, top, ink));
        top += height;
    }
}

/// How each part is set at `scale`, with each part held to its number of lines.
fn plan_flow(parts: &[(Part, Measured<'_>)], max_lines: &[usize], scale: f32) -> Vec<PartPlan> {
    parts
        .iter()
        .zip(max_lines)
        .map(|((part, measured), &max_lines)| {
            let style = part.style();
            let size = style.size * scale;
            let (size, width) = match style.min_size {
                Some(min_size) => measured.fit(min_size * scale..size, style.max_width, max_lines),
                None => (size, style.max_width),
            };
            PartPlan {
                part: *part,
                size,
                width,
                lines: measured.line_count(size, width).min(max_lines),
                space_after: style.space_after * scale,
            }
        })
        .collect()
}

/// Height of the flow, from the top of its first line to the bottom of its last.
fn flow_height(plans: &[PartPlan]) -> f32 {
    let lines: f32 = plans.iter().map(PartPlan::height).sum();
    let gaps: f32 = plans
        .iter()
        .take(plans.len().saturating_sub(1))
        .map(|plan| plan.space_after)
        .sum();
    lines + gaps
}

/// A line centred across the page with its line box starting at `top`.
fn centred(line: ShapedLine, top: f32, ink: Ink) -> PlacedLine {
    PlacedLine {
        x: (PAGE_WIDTH - line.width) / 2.0,
        baseline: top + line.style.baseline_offset(),
        line,
        ink,
    }
}

/// Adds one page to `document` with everything on `page` drawn on it.
pub(crate) fn draw(document: &mut Document, fonts: &FontSet, page: &CertificatePage) {
    let Some(settings) = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT) else {
        return;
    };
    let mut pdf_page = document.start_page_with(settings);
    let mut surface = pdf_page.surface();
    for (inset, width) in [(OUTER_BORDER, 2.2), (INNER_BORDER, 0.7)] {
        draw::frame(
            &mut surface,
            (inset, inset, PAGE_WIDTH - inset, PAGE_HEIGHT - inset),
            width,
            Ink::Accent,
        );
    }
    for rule in &page.rules {
        draw::rule(&mut surface, rule.from, rule.to, rule.width, Ink::Accent);
    }
    for placed in &page.lines {
        draw::text_line(
            &mut surface,
            fonts,
            &placed.line,
            placed.x,
            placed.baseline,
            placed.ink,
        );
    }
    surface.finish();
    pdf_page.finish();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn certificate(name: &str, body: &str) -> Certificate {
        Certificate {
            locale: "en".to_owned(),
            heading: "Certificate of completion".to_owned(),
            presented_to: "This certifies that".to_owned(),
            name: name.to_owned(),
            body: body.to_owned(),
            organisation: "Migrant Workers Resource Centre".to_owned(),
            place_and_date: "Manila, 4 March 2027".to_owned(),
            signature_label: "Trainer".to_owned(),
            trainer: "Rosa Mendoza".to_owned(),
        }
    }

    /// Every line lies inside the inner border.
    fn assert_inside(page: &CertificatePage) {
        for placed in &page.lines {
            let size = placed.line.style.size;
            assert!(placed.x >= INNER_BORDER, "left edge {}", placed.x);
            assert!(
                placed.x + placed.line.width <= PAGE_WIDTH - INNER_BORDER,
                "right edge"
            );
            assert!(placed.baseline - size >= INNER_BORDER, "top edge");
            assert!(
                placed.baseline + 0.5 * size <= PAGE_HEIGHT - INNER_BORDER,
                "bottom edge"
            );
        }
    }

    #[test]
    fn a_very_long_name_shrinks_onto_one_line_inside_the_border() {
        let fonts = FontSet::load().expect("fonts");
        let typesetter = Typesetter::new(&fonts, "en");
        let name_lines = |page: &CertificatePage| -> Vec<PlacedLine> {
            page.lines
                .iter()
                .filter(|l| l.line.style.weight == Weight::Bold && l.ink == Ink::Text)
                .cloned()
                .collect()
        };
        // 66 characters: smaller, still one line.
        let name = "Maria Teresa Josefina Dela Cruz Santos Villanueva Bautista Mendoza";
        let page = layout(&certificate(name, "completed the workshop."), &typesetter);
        let lines = name_lines(&page);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].line.style.size < 38.0);
        assert_inside(&page);
        // Twice that: two lines, bigger than the one-line minimum.
        let page = layout(
            &certificate(&format!("{name} {name}"), "completed the workshop."),
            &typesetter,
        );
        let lines = name_lines(&page);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].line.style.size > 18.0);
        assert_inside(&page);
    }

    #[test]
    fn overfull_certificates_stay_inside_the_border() {
        let fonts = FontSet::load().expect("fonts");
        let typesetter = Typesetter::new(&fonts, "en");
        let long = "a very long sentence that goes on and on ".repeat(40);
        let mut full = certificate(&long, &long);
        full.heading = long.clone();
        full.organisation = long.clone();
        full.presented_to = long.clone();
        full.place_and_date = long.clone();
        full.trainer = long.clone();
        full.signature_label = long;
        let page = layout(&full, &typesetter);
        assert_inside(&page);
        let flow_bottom = page
            .lines
            .iter()
            .filter(|l| l.baseline < SIGNATURE_LINE_Y)
            .map(|l| l.baseline)
            .fold(0.0, f32::max);
        assert!(flow_bottom < FLOW_BOTTOM);
    }

    #[test]
    fn empty_parts_are_left_out() {
        let fonts = FontSet::load().expect("fonts");
        let typesetter = Typesetter::new(&fonts, "en");
        let mut empty = certificate("", "");
        empty.organisation = String::new();
        empty.heading = String::new();
        empty.presented_to = " ".to_owned();
        empty.place_and_date = String::new();
        empty.trainer = String::new();
        empty.signature_label = String::new();
        let page = layout(&empty, &typesetter);
        assert!(page.lines.is_empty());
        assert_eq!(page.rules.len(), 1, "the signature line stays");
    }
}
