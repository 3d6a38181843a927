//! Lesson Markdown to HTML that is safe to put in the webview.
//!
//! Content is untrusted: a forged or careless pack must not be able to run
//! script, load anything from the network, or reach files outside its own
//! folder. Two layers do this. First, the Markdown events are rewritten: raw
//! HTML is dropped, images resolve only to files inside the lesson's pack (as
//! `media_base` URLs), links keep only an allow-listed scheme, and tool
//! directives (`::remittance-cost` on a line of its own) become placeholders
//! the reader turns into components. Second, the HTML goes through ammonia
//! with an allow-list of tags, attributes and URL schemes.

use std::collections::HashSet;
use std::sync::LazyLock;

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

/// The interactive tools a lesson can embed with `::name` on its own line.
pub const TOOLS: &[&str] = &[
    "budget-planner",
    "remittance-cost",
    "loan-cost",
    "savings-goal",
];

/// Link schemes a lesson may use. Everything else (`javascript:`, `data:`,
/// `file:`, `vbscript:` ...) is dropped.
const LINK_SCHEMES: &[&str] = &["https", "http", "mailto", "tel"];

/// Where a lesson's relative media resolve.
#[derive(Clone, Copy, Debug)]
pub struct MediaBase<'a> {
    /// URL prefix of the pack's files, e.g. `passage-media://localhost/safe-migration/`.
    pub url: &'a str,
    /// The lesson's folder inside the pack, e.g. `lessons/red-flags`.
    pub lesson_dir: &'a str,
}

/// What rendering found that an author should hear about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenderNote {
    /// Raw HTML in the Markdown was left out.
    RawHtml,
    /// An image or link pointed outside the pack, or used a forbidden scheme.
    UnsafeUrl(String),
    /// `::name` names no known tool.
    UnknownDirective(String),
    /// A relative media file, as a path inside the pack (for the checker).
    Media(String),
    /// A tool the lesson embeds.
    Tool(String),
    /// A `lesson:<id>` link to another lesson of the pack.
    LessonLink(String),
    /// A `glossary:<term>` link to a term of the pack's glossary.
    GlossaryLink(String),
}

/// The rendered HTML and what was noticed on the way.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    /// Sanitized HTML.
    pub html: String,
    /// Notes for authors (the checker turns them into errors).
    pub notes: Vec<RenderNote>,
}

static SANITIZER: LazyLock<Builder<'static>> = LazyLock::new(|| {
    let tags: HashSet<&str> = [
        "p",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "del",
        "a",
        "img",
        "blockquote",
        "code",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
        "br",
        "div",
        "sup",
    ]
    .into_iter()
    .collect();
    let mut builder = Builder::default();
    builder
        .tags(tags)
        .clean_content_tags(
            ["script", "style", "svg", "math", "template"]
                .into_iter()
                .collect(),
        )
        .generic_attributes(HashSet::new())
        .tag_attributes(
            [
                (
                    "a",
                    ["href", "title", "data-lesson", "data-term"]
                        .into_iter()
                        .collect(),
                ),
                ("img", ["src", "alt", "title"].into_iter().collect()),
                ("div", ["data-tool"].into_iter().collect()),
                ("ol", ["start"].into_iter().collect()),
            ]
            .into_iter()
            .collect(),
        )
        .allowed_classes(
            [("div", ["passage-tool"].into_iter().collect())]
                .into_iter()
                .collect(),
        )
        .url_schemes(
            LINK_SCHEMES
                .iter()
                .copied()
                .chain(["passage-media"])
                .collect(),
        )
        .url_relative(UrlRelative::Deny)
        .link_rel(Some("noopener noreferrer"))
        .strip_comments(true);
    builder
});

/// Renders a lesson body.
pub fn render_markdown(markdown: &str, media: MediaBase<'_>) -> Rendered {
    let (out, notes) = rewrite(markdown, media);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, out.into_iter());
    Rendered {
        html: SANITIZER.clean(&raw).to_string(),
        notes,
    }
}

/// What rendering `markdown` would notice, without making the HTML: the
/// checker's view of a lesson body (several times cheaper than rendering).
pub fn render_notes(markdown: &str, media: MediaBase<'_>) -> Vec<RenderNote> {
    rewrite(markdown, media).1
}

/// The first layer: the Markdown events with raw HTML dropped, media and
/// links made safe and tools turned into placeholders, and the notes.
fn rewrite<'m>(markdown: &'m str, media: MediaBase<'_>) -> (Vec<Event<'m>>, Vec<RenderNote>) {
    let mut notes = Vec::new();
    // No footnotes: lessons cite their sources inline, where a reader sees them.
    let options =
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION;
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options).collect();
    let mut out: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut i = 0;
    while i < events.len() {
        // A paragraph holding only `::name` is a tool directive.
        if let (
            Some(Event::Start(Tag::Paragraph)),
            Some(Event::Text(text)),
            Some(Event::End(TagEnd::Paragraph)),
        ) = (events.get(i), events.get(i + 1), events.get(i + 2))
            && let Some(name) = directive_name(text)
        {
            if TOOLS.contains(&name) {
                notes.push(RenderNote::Tool(name.to_owned()));
                out.push(Event::Html(CowStr::from(format!(
                    "<div class=\"passage-tool\" data-tool=\"{name}\"></div>\n"
                ))));
            } else {
                notes.push(RenderNote::UnknownDirective(name.to_owned()));
            }
            i += 3;
            continue;
        }
        let Some(event) = events.get(i).cloned() else {
            break;
        };
        i += 1;
        match event {
            Event::Html(_) | Event::InlineHtml(_) => notes.push(RenderNote::RawHtml),
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                match resolve_media(&dest_url, media) {
                    Some((url, inside)) => {
                        notes.push(RenderNote::Media(inside));
                        out.push(Event::Start(Tag::Image {
                            link_type,
                            dest_url: CowStr::from(url),
                            title,
                            id,
                        }));
                    }
                    None => {
                        notes.push(RenderNote::UnsafeUrl(dest_url.to_string()));
                        // Keep the alt text, drop the image.
                        out.push(Event::Start(Tag::Emphasis));
                        while let Some(inner) = events.get(i).cloned() {
                            i += 1;
                            match inner {
                                Event::End(TagEnd::Image) => break,
                                Event::Text(t) | Event::Code(t) => out.push(Event::Text(t)),
                                _ => {}
                            }
                        }
                        out.push(Event::End(TagEnd::Emphasis));
                    }
                }
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                // Links inside the pack become data attributes the reader
                // follows itself; the id is a plain slug, so it is inert.
                if let Some((kind, target)) = internal_link(&dest_url) {
                    let (attribute, note) = match kind {
                        Internal::Lesson => ("data-lesson", RenderNote::LessonLink(target.clone())),
                        Internal::Term => ("data-term", RenderNote::GlossaryLink(target.clone())),
                    };
                    notes.push(note);
                    out.push(Event::Html(CowStr::from(format!(
                        "<a {attribute}=\"{target}\">"
                    ))));
                    continue;
                }
                let safe = if link_scheme_allowed(&dest_url) {
                    dest_url
                } else {
                    notes.push(RenderNote::UnsafeUrl(dest_url.to_string()));
                    CowStr::from("")
                };
                out.push(Event::Start(Tag::Link {
                    link_type,
                    dest_url: safe,
                    title,
                    id,
                }));
            }
            other => out.push(other),
        }
    }
    (out, notes)
}

/// The shape of a lesson body, block by block, with each element's byte
/// offset: headings, paragraphs, lists and their items, tables, quotes,
/// code, tools, links and images, named for a translator ("a list item",
/// "the tool `::loan-cost`"). A translation keeps its source's shape.
pub fn skeleton(markdown: &str) -> Vec<(String, usize)> {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(markdown, options)
        .into_offset_iter()
        .collect();
    let mut out = Vec::new();
    for (i, (event, range)) in events.iter().enumerate() {
        let name = match event {
            Event::Start(Tag::Paragraph) => match events.get(i + 1) {
                Some((Event::Text(text), _))
                    if matches!(events.get(i + 2), Some((Event::End(TagEnd::Paragraph), _))) =>
                {
                    directive_name(text).map_or_else(
                        || "a paragraph".to_owned(),
                        |tool| format!("the tool `::{tool}`"),
                    )
                }
                _ => "a paragraph".to_owned(),
            },
            Event::Start(Tag::Heading { level, .. }) => format!("a level-{} heading", *level as u8),
            Event::Start(Tag::List(Some(_))) => "a numbered list".to_owned(),
            Event::Start(Tag::List(None)) => "a list".to_owned(),
            Event::Start(Tag::Item) => "a list item".to_owned(),
            Event::Start(Tag::Table(_)) => "a table".to_owned(),
            Event::Start(Tag::TableRow | Tag::TableHead) => "a table row".to_owned(),
            Event::Start(Tag::TableCell) => "a table cell".to_owned(),
            Event::Start(Tag::BlockQuote(_)) => "a block quote".to_owned(),
            Event::Start(Tag::CodeBlock(_)) => "a code block".to_owned(),
            Event::Start(Tag::Link { dest_url, .. }) => format!("a link to `{dest_url}`"),
            Event::Start(Tag::Image { dest_url, .. }) => format!("the image `{dest_url}`"),
            Event::Rule => "a rule".to_owned(),
            _ => continue,
        };
        out.push((name, range.start));
    }
    out
}

/// The words of a lesson body, without markup, for the search index: text
/// and code, with a line break after each block so words never run together.
pub fn plain_text(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    for event in Parser::new_ext(markdown, Options::ENABLE_TABLES) {
        match event {
            // Tool directives are markup, not words.
            Event::Text(t) | Event::Code(t) if directive_name(&t).is_none() => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) => out.push('\n'),
            _ => {}
        }
    }
    out
}

pub(crate) fn directive_name(text: &str) -> Option<&str> {
    let name = text.trim().strip_prefix("::")?;
    let ok = !name.is_empty()
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    ok.then_some(name)
}

enum Internal {
    Lesson,
    Term,
}

/// `lesson:<id>` or `glossary:<term>` with a well-formed slug.
fn internal_link(url: &str) -> Option<(Internal, String)> {
    let url = url.trim();
    let (kind, target) = if let Some(id) = url.strip_prefix("lesson:") {
        (Internal::Lesson, id)
    } else if let Some(term) = url.strip_prefix("glossary:") {
        (Internal::Term, term)
    } else {
        return None;
    };
    let slug = !target.is_empty()
        && target.len() <= 64
        && target
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    slug.then(|| (kind, target.to_owned()))
}

fn link_scheme_allowed(url: &str) -> bool {
    let url = url.trim();
    if url.starts_with('#') {
        return true;
    }
    match url.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => LINK_SCHEMES
            .iter()
            .any(|allowed| scheme.eq_ignore_ascii_case(allowed)),
        // Relative links are not followed: lessons link to each other with
        // `lesson:<id>`.
        _ => false,
    }
}

/// Resolves a relative media path against the lesson folder, refusing any
/// path that leaves the pack. Returns the URL and the path inside the pack.
pub fn resolve_media(dest: &str, media: MediaBase<'_>) -> Option<(String, String)> {
    let dest = dest.trim();
    if dest.is_empty()
        || dest.contains(':')
        || dest.starts_with('/')
        || dest.starts_with('\\')
        || dest.contains('\\')
        || dest.contains('%')
        || dest.contains('?')
        || dest.contains('#')
    {
        return None;
    }
    let mut parts: Vec<&str> = media
        .lesson_dir
        .split('/')
        .filter(|p| !p.is_empty() && *p != ".")
        .collect();
    for segment in dest.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                // Media live beside the lesson: never above its folder.
                return None;
            }
            s => parts.push(s),
        }
    }
    let inside = parts.join("/");
    let ok_chars = inside
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
    if !ok_chars || inside.is_empty() {
        return None;
    }
    Some((format!("{}{inside}", media.url), inside))
}

#[cfg(test)]
mod tests;
