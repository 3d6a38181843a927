//! Lessons, quizzes, test questions, glossaries and agendas for a CAT tool (Weblate, Crowdin,
//! Pontoon, OmegaT), and back.
//!
//! A lesson is cut into units a translator can work on: the title, each
//! objective, key point, activity line and facilitator note, and each block
//! of the Markdown body (a heading, a paragraph, a list item, a table cell).
//! The Markdown around a block (`## `, `- `, `| `) never reaches the
//! translator, and the marks inside one (`**`, `[`, `](glossary:debt)`)
//! travel as protected placeholders: `<ph>` codes in XLIFF 2.0, left as
//! they are in a PO file and checked on the way back. A quiz or a bank of
//! test questions gives one unit per prompt, option and feedback; a
//! glossary one per term and per definition; a workshop agenda one for its
//! title, each day's theme and each session's title.
//!
//! Importing builds each translated file from the English one, so its
//! shape is the source's by construction, then checks it the way
//! `passage content check` does. Nothing is written unless every unit is
//! sound (or, with `partial`, only the files whose units all are).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::ops::Range;
use std::path::{Path, PathBuf};

use passage_l10n::exchange::{
    ImportError, ImportProblem, ImportReport, has_markup, parse_po, po_string, utf8,
};
use passage_l10n::xliff::{XLIFF_NS, escape};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::glossary::parse_glossary;
use crate::lesson::{LessonFile, LessonMeta, source_hash};
use crate::manifest::MANIFEST_FILE;
use crate::quiz::{QuizKey, QuizWords, parse_words};
use crate::{Agenda, AgendaWords, PackManifest, structure_mismatch};

/// Titles longer than this may not fit where they show.
const TITLE_LIMIT: usize = 80;

/// A piece of a unit's text: words to translate, or a Markdown mark to keep.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Words.
    Text(String),
    /// A mark that must come back unchanged (`**`, `[`, `](lesson:x)`).
    Code(String),
}

/// Pieces back to Markdown.
fn markdown(pieces: &[Piece]) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Code(t) => t.as_str(),
        })
        .collect()
}

/// The marks a translation must keep, sorted: links, images, inline code.
/// Emphasis (`*`, `**`, `_`, `~~`) may move, split or go, as the grammar of
/// the language needs.
fn codes(pieces: &[Piece]) -> Vec<&str> {
    let mut out: Vec<&str> = pieces
        .iter()
        .filter_map(|p| match p {
            Piece::Code(c) if !is_emphasis(c) => Some(c.as_str()),
            _ => None,
        })
        .collect();
    out.sort_unstable();
    out
}

fn is_emphasis(mark: &str) -> bool {
    !mark.is_empty() && mark.chars().all(|c| matches!(c, '*' | '_' | '~'))
}

/// A `**`, `__` or `~~` left in the words: emphasis that did not close
/// (in a language written without spaces, `**` before a letter after
/// punctuation stays as it is).
fn unclosed_emphasis(pieces: &[Piece]) -> Option<&'static str> {
    pieces.iter().find_map(|p| match p {
        Piece::Text(t) => ["**", "__", "~~"].into_iter().find(|m| t.contains(m)),
        Piece::Code(_) => None,
    })
}

/// Where a lesson body has a `**`, `__` or `~~` that shows as it is: the
/// byte offset of its block and the mark.
pub(crate) fn unclosed_emphasis_in(body: &str) -> Option<(usize, &'static str)> {
    blocks(body)
        .iter()
        .find_map(|b| unclosed_emphasis(&b.pieces).map(|m| (b.range.start, m)))
}

/// One block of a lesson body: where its words are, and what it is.
#[derive(Clone, Debug)]
struct Block {
    range: Range<usize>,
    what: &'static str,
    pieces: Vec<Piece>,
}

const MARKDOWN: Options = Options::ENABLE_TABLES.union(Options::ENABLE_STRIKETHROUGH);

/// The translatable blocks of `body`, in order. A block's range runs from
/// its first inline mark or word to its last; everything outside the ranges
/// is the skeleton a translation keeps. Code blocks and tool directives
/// (`::loan-cost`) have nothing to translate.
fn blocks(body: &str) -> Vec<Block> {
    struct Open {
        what: Option<&'static str>,
        extent: Option<Range<usize>>,
        texts: Vec<Range<usize>>,
        cuts: Vec<usize>,
    }
    let mut stack: Vec<Open> = Vec::new();
    let mut out = Vec::new();
    let mut in_code = 0usize;
    for (event, range) in Parser::new_ext(body, MARKDOWN).into_offset_iter() {
        let inline = match &event {
            Event::Start(tag) => match tag {
                Tag::Emphasis
                | Tag::Strong
                | Tag::Strikethrough
                | Tag::Link { .. }
                | Tag::Image { .. } => true,
                Tag::CodeBlock(_) | Tag::HtmlBlock => {
                    in_code += 1;
                    false
                }
                other => {
                    let in_list = matches!(other, Tag::Paragraph)
                        && stack.last().is_some_and(|o| o.what == Some("list item"));
                    let what = match other {
                        Tag::Paragraph if in_list => Some("list item"),
                        Tag::Paragraph => Some("paragraph"),
                        Tag::Heading { .. } => Some("heading"),
                        Tag::Item => Some("list item"),
                        Tag::TableCell => Some("table cell"),
                        _ => None,
                    };
                    stack.push(Open {
                        what,
                        extent: None,
                        texts: Vec::new(),
                        cuts: Vec::new(),
                    });
                    continue;
                }
            },
            Event::End(tag) => match tag {
                TagEnd::Emphasis
                | TagEnd::Strong
                | TagEnd::Strikethrough
                | TagEnd::Link
                | TagEnd::Image => true,
                TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                    in_code = in_code.saturating_sub(1);
                    false
                }
                _ => {
                    if let Some(open) = stack.pop()
                        && let (Some(what), Some(extent)) = (open.what, open.extent)
                        && let Some(block) = block(body, what, extent, &open.texts, &open.cuts)
                    {
                        out.push(block);
                    }
                    continue;
                }
            },
            Event::Text(_) | Event::Code(_) | Event::InlineHtml(_) => true,
            Event::SoftBreak | Event::HardBreak => true,
            _ => false,
        };
        if !inline || in_code > 0 {
            continue;
        }
        let Some(open) = stack.iter_mut().rev().find(|o| o.what.is_some()) else {
            continue;
        };
        open.extent = Some(match &open.extent {
            Some(e) => e.start.min(range.start)..e.end.max(range.end),
            None => range.clone(),
        });
        if matches!(event, Event::Text(_)) {
            open.texts.push(range);
        } else {
            open.cuts.extend([range.start, range.end]);
        }
    }
    out.sort_by_key(|b| b.range.start);
    out
}

/// A block from its extent and the ranges of its words; `None` when it has
/// no words (an image without alt text) or is a tool directive. The marks
/// between words are cut where an inline element starts or ends (`cuts`),
/// so `**[` is two marks whatever the word order of the language.
fn block(
    body: &str,
    what: &'static str,
    extent: Range<usize>,
    texts: &[Range<usize>],
    cuts: &[usize],
) -> Option<Block> {
    if crate::render::directive_name(&body[extent.clone()]).is_some() {
        return None;
    }
    let mut pieces = Vec::new();
    let mut at = extent.start;
    let push = |pieces: &mut Vec<Piece>, piece: Piece| match (pieces.last_mut(), piece) {
        (Some(Piece::Text(t)), Piece::Text(more)) => t.push_str(&more),
        (_, piece) => pieces.push(piece),
    };
    let marks = |pieces: &mut Vec<Piece>, gap: Range<usize>| {
        let mut at = gap.start;
        let mut inner: Vec<usize> = cuts
            .iter()
            .copied()
            .filter(|c| *c > gap.start && *c < gap.end)
            .collect();
        inner.sort_unstable();
        inner.dedup();
        for c in inner.into_iter().chain([gap.end]) {
            pieces.push(Piece::Code(body[at..c].to_owned()));
            at = c;
        }
    };
    let mut texts = texts.to_vec();
    texts.sort_by_key(|r| r.start);
    for r in texts {
        if r.start < at {
            continue;
        }
        if r.start > at {
            marks(&mut pieces, at..r.start);
        }
        push(&mut pieces, Piece::Text(body[r.clone()].to_owned()));
        at = r.end;
    }
    if at < extent.end {
        marks(&mut pieces, at..extent.end);
    }
    pieces
        .iter()
        .any(|p| matches!(p, Piece::Text(t) if !t.trim().is_empty()))
        .then_some(Block {
            range: extent,
            what,
            pieces,
        })
}

/// One unit: its id inside its document, what it is, the English, and the
/// translation there is now.
#[derive(Clone, Debug)]
struct Unit {
    id: String,
    what: String,
    source: Vec<Piece>,
    target: Option<String>,
    /// Body blocks: where the English block sits in the body, and what
    /// kind of block it is.
    block: Option<(Range<usize>, &'static str)>,
    /// At most this many characters (titles).
    limit: Option<usize>,
}

impl Unit {
    fn plain(id: String, what: String, source: &str, target: Option<&String>) -> Self {
        Self {
            id,
            what,
            source: vec![Piece::Text(source.to_owned())],
            target: target.cloned(),
            block: None,
            limit: None,
        }
    }
}

/// One translatable file with its English units.
#[derive(Clone, Debug)]
struct Document {
    /// `lesson.<pack>.<lesson>`, `quiz.<pack>.<lesson>`, `bank.<pack>.<module>`,
    /// `glossary.<pack>`, `agenda.<pack>` (XLIFF ids are NMTOKENs: no `/`).
    id: String,
    /// The English file, relative to the content folder.
    original: String,
    /// What kind of file it is, and what rebuilding it takes.
    shape: Shape,
    /// The translated file (may not exist yet).
    target_path: PathBuf,
    /// `sha256:` of the English file.
    source_hash: String,
    units: Vec<Unit>,
    /// Whether the translation there is now was made from this English.
    current: bool,
}

/// The kinds of translated file.
#[derive(Clone, Debug)]
enum Shape {
    /// A lesson: the English, parsed, and the narration audio the
    /// translation there is now names (kept when it is rebuilt).
    Lesson(Box<LessonFile>, Option<String>),
    /// A quiz's or a module's test questions' words.
    Words,
    /// A pack's glossary.
    Glossary,
    /// A pack's workshop agenda: the English, parsed.
    Agenda(Agenda),
}

/// What to export: one language, and optionally some packs or lessons.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    /// The language.
    pub lang: String,
    /// Only these packs (ids); all when empty.
    pub packs: Vec<String>,
    /// Only these lessons (ids, with their quizzes); all when empty. Test
    /// questions are left out when lessons are chosen.
    pub lessons: Vec<String>,
}

/// A problem reading the content to export.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct ExportError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong.
    pub message: String,
}

fn read(path: &Path) -> Result<String, ExportError> {
    std::fs::read_to_string(path).map_err(|e| ExportError {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

fn list(
    units: &mut Vec<Unit>,
    (key, what): (&str, &str),
    source: &[String],
    target: Option<&Vec<String>>,
) {
    let target = target.filter(|t| t.len() == source.len());
    for (i, text) in source.iter().enumerate() {
        units.push(Unit::plain(
            format!("{key}.{}", i + 1),
            format!("{what} {} of {}", i + 1, source.len()),
            text,
            target.map(|t| &t[i]),
        ));
    }
}

fn lesson_units(english: &LessonFile, existing: Option<&LessonFile>) -> Vec<Unit> {
    let (s, t) = (&english.meta, existing.map(|l| &l.meta));
    let mut units = Vec::new();
    let mut title = Unit::plain(
        "title".into(),
        "the lesson's title, shown as a heading and in lists".into(),
        &s.title,
        t.map(|t| &t.title),
    );
    title.limit = Some(TITLE_LIMIT);
    units.push(title);
    list(
        &mut units,
        ("objectives", "learning objective"),
        &s.objectives,
        t.map(|t| &t.objectives),
    );
    list(
        &mut units,
        ("key-points", "key point"),
        &s.key_points,
        t.map(|t| &t.key_points),
    );
    if let Some(a) = &s.activity {
        let ta = t.and_then(|t| t.activity.as_ref());
        units.push(Unit::plain(
            "activity.title".into(),
            "the workshop activity's name".into(),
            &a.title,
            ta.map(|t| &t.title),
        ));
        list(
            &mut units,
            ("activity.materials", "activity: what the trainer brings,"),
            &a.materials,
            ta.map(|t| &t.materials),
        );
        list(
            &mut units,
            ("activity.steps", "activity: step"),
            &a.steps,
            ta.map(|t| &t.steps),
        );
        list(
            &mut units,
            ("activity.debrief", "activity: question afterwards,"),
            &a.debrief,
            ta.map(|t| &t.debrief),
        );
    }
    if let Some(f) = &s.facilitator {
        let tf = t.and_then(|t| t.facilitator.as_ref());
        list(
            &mut units,
            ("facilitator.timing", "facilitator notes: timing,"),
            &f.timing,
            tf.map(|t| &t.timing),
        );
        list(
            &mut units,
            (
                "facilitator.notes",
                "facilitator notes (only the trainer sees them),",
            ),
            &f.notes,
            tf.map(|t| &t.notes),
        );
    }
    let source_blocks = blocks(&english.body);
    let target_blocks = existing.map(|l| (blocks(&l.body), &l.body));
    let aligned = target_blocks.as_ref().filter(|(b, _)| {
        b.len() == source_blocks.len()
            && b.iter()
                .zip(&source_blocks)
                .all(|(t, s)| t.what == s.what && codes(&t.pieces) == codes(&s.pieces))
    });
    for (i, b) in source_blocks.iter().enumerate() {
        units.push(Unit {
            id: format!("body.{}", i + 1),
            what: format!("the lesson text: a {}", b.what),
            source: b.pieces.clone(),
            target: aligned.map(|(t, body)| body[t[i].range.clone()].to_owned()),
            block: Some((b.range.clone(), b.what)),
            limit: None,
        });
    }
    units
}

fn words_units(
    order: &[(String, Vec<String>)],
    english: &QuizWords,
    existing: Option<&QuizWords>,
) -> Vec<Unit> {
    let mut units = Vec::new();
    for (q, options) in order {
        let Some(sq) = english.get(q) else { continue };
        let tq = existing.and_then(|w| w.get(q));
        units.push(Unit::plain(
            format!("{q}.prompt"),
            "the question".into(),
            &sq.prompt,
            tq.map(|t| &t.prompt),
        ));
        for o in options {
            let Some(so) = sq.options.get(o) else {
                continue;
            };
            let to = tq.and_then(|t| t.options.get(o));
            units.push(Unit::plain(
                format!("{q}.{o}.text"),
                format!("answer option {o}"),
                &so.text,
                to.map(|t| &t.text),
            ));
            units.push(Unit::plain(
                format!("{q}.{o}.feedback"),
                format!("why option {o} is right or wrong, shown after answering"),
                &so.feedback,
                to.map(|t| &t.feedback),
            ));
        }
    }
    units
}

/// Question ids and their option ids in the order of an answer key file.
fn key_order(path: &Path) -> Result<Vec<(String, Vec<String>)>, ExportError> {
    let key = QuizKey::parse(&read(path)?, path).map_err(|e| ExportError {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    Ok(key
        .questions
        .into_iter()
        .map(|q| (q.id, q.options))
        .collect())
}

fn content_error(e: crate::ContentError) -> ExportError {
    ExportError {
        path: PathBuf::new(),
        message: e.to_string(),
    }
}

/// The documents of every pack under `root` for `lang`.
fn documents(root: &Path, selection: &Selection) -> Result<Vec<Document>, ExportError> {
    let lang = passage_l10n::Locale::parse(&selection.lang)
        .map_err(|e| ExportError {
            path: root.to_owned(),
            message: e.to_string(),
        })?
        .to_string();
    let base = if root.join(MANIFEST_FILE).is_file() {
        root.parent().unwrap_or(root)
    } else {
        root
    };
    let relative = |p: &Path| {
        p.strip_prefix(base)
            .unwrap_or(p)
            .to_string_lossy()
            .replace('\\', "/")
    };
    let mut docs = Vec::new();
    for dir in crate::library::pack_dirs(root).map_err(content_error)? {
        let manifest = PackManifest::load(&dir).map_err(content_error)?;
        let pack = manifest.id.as_str();
        if !selection.packs.is_empty() && !selection.packs.iter().any(|p| p == pack) {
            continue;
        }
        let src = manifest.source_locale.to_string();
        if src == lang {
            continue;
        }
        let files = |kind: &str, id: &str| crate::translation_files(&dir, &src, &lang, kind, id);
        for module in &manifest.modules {
            for lesson in &module.lessons {
                let id = lesson.as_str();
                if !selection.lessons.is_empty() && !selection.lessons.iter().any(|l| l == id) {
                    continue;
                }
                let Some((source_path, target_path)) = files("lesson", id) else {
                    continue;
                };
                let raw = read(&source_path)?;
                let english = LessonFile::parse(&raw, &source_path).map_err(content_error)?;
                let existing = LessonFile::load(&target_path).ok();
                let hash = source_hash(&raw);
                docs.push(Document {
                    id: format!("lesson.{pack}.{id}"),
                    original: relative(&source_path),
                    current: existing
                        .as_ref()
                        .is_some_and(|l| l.meta.source_hash.as_deref() == Some(hash.as_str())),
                    units: lesson_units(&english, existing.as_ref()),
                    shape: Shape::Lesson(
                        Box::new(english),
                        existing.and_then(|l| l.meta.narration),
                    ),
                    target_path,
                    source_hash: hash,
                });
                let key = dir.join("lessons").join(id).join("quiz.toml");
                if key.is_file()
                    && let Some(paths) = files("quiz", id)
                {
                    docs.push(words_document(
                        format!("quiz.{pack}.{id}"),
                        &key,
                        paths,
                        &relative,
                    )?);
                }
            }
        }
        if !selection.lessons.is_empty() {
            continue;
        }
        for module in &manifest.modules {
            let m = module.id.as_str();
            let key = dir.join("bank").join(format!("{m}.toml"));
            if key.is_file()
                && let Some(paths) = files("bank", m)
            {
                docs.push(words_document(
                    format!("bank.{pack}.{m}"),
                    &key,
                    paths,
                    &relative,
                )?);
            }
        }
        if let Some(paths) = files("glossary", "").filter(|(english, _)| english.is_file()) {
            docs.push(glossary_document(
                format!("glossary.{pack}"),
                paths,
                &relative,
            )?);
        }
        if let Some(paths) = files("agenda", "").filter(|(english, _)| english.is_file()) {
            docs.push(agenda_document(format!("agenda.{pack}"), paths, &relative)?);
        }
    }
    Ok(docs)
}

/// The translation there is now at `path`, if it exists and parses (one
/// that does not is rebuilt whole from the English on import).
fn existing<T>(path: &Path, parse: impl Fn(&str, &Path) -> crate::Result<T>) -> Option<T> {
    let text = std::fs::read_to_string(path).ok()?;
    parse(&text, path).ok()
}

/// A pack's glossary: each term and its definition, in the English file's
/// order of ids.
fn glossary_document(
    id: String,
    (source_path, target_path): (PathBuf, PathBuf),
    relative: &dyn Fn(&Path) -> String,
) -> Result<Document, ExportError> {
    let raw = read(&source_path)?;
    let (_, english) = parse_glossary(&raw, &source_path).map_err(content_error)?;
    let existing = existing(&target_path, parse_glossary);
    let hash = source_hash(&raw);
    let mut units = Vec::new();
    for (term, entry) in &english {
        let there = existing.as_ref().and_then(|(_, g)| g.get(term));
        let mut unit = Unit::plain(
            format!("{term}.term"),
            "glossary: a term, as lessons link it".into(),
            &entry.term,
            there.map(|t| &t.term),
        );
        unit.limit = Some(TITLE_LIMIT);
        units.push(unit);
        units.push(Unit::plain(
            format!("{term}.definition"),
            format!("glossary: what \"{}\" means, in plain words", entry.term),
            &entry.definition,
            there.map(|t| &t.definition),
        ));
    }
    Ok(Document {
        id,
        original: relative(&source_path),
        current: existing
            .as_ref()
            .is_some_and(|(m, _)| m.source_hash.as_deref() == Some(hash.as_str())),
        units,
        shape: Shape::Glossary,
        target_path,
        source_hash: hash,
    })
}

/// A pack's workshop agenda: its title, each day's theme and each
/// session's title.
fn agenda_document(
    id: String,
    (source_path, target_path): (PathBuf, PathBuf),
    relative: &dyn Fn(&Path) -> String,
) -> Result<Document, ExportError> {
    let raw = read(&source_path)?;
    let english = Agenda::parse(&raw, &source_path).map_err(content_error)?;
    let existing = existing(&target_path, AgendaWords::parse);
    let hash = source_hash(&raw);
    let titled = |id: String, what: String, source: &str, target: Option<&String>| {
        let mut unit = Unit::plain(id, what, source, target);
        unit.limit = Some(TITLE_LIMIT);
        unit
    };
    let mut units = vec![titled(
        "title".into(),
        "workshop agenda: its title".into(),
        &english.title,
        existing.as_ref().map(|w| &w.title),
    )];
    for (d, day) in english.days.iter().enumerate() {
        let there = existing.as_ref().and_then(|w| w.days.get(d));
        let n = d + 1;
        if let Some(title) = &day.title {
            units.push(titled(
                format!("day.{n}.title"),
                format!("workshop agenda: the theme of day {n}"),
                title,
                there.and_then(|t| t.title.as_ref()),
            ));
        }
        // Session titles carry their focus and run long in English too:
        // checked against the English's length, not a fixed limit.
        for (i, session) in day.sessions.iter().enumerate() {
            units.push(Unit::plain(
                format!("day.{n}.session.{}", i + 1),
                format!(
                    "workshop agenda: session {} of {} on day {n} ({}, {} minutes)",
                    i + 1,
                    day.sessions.len(),
                    session.start,
                    session.minutes
                ),
                &session.title,
                there.and_then(|t| t.sessions.get(i)),
            ));
        }
    }
    Ok(Document {
        id,
        original: relative(&source_path),
        current: existing
            .as_ref()
            .is_some_and(|w| w.source_hash.as_deref() == Some(hash.as_str())),
        units,
        shape: Shape::Agenda(english),
        target_path,
        source_hash: hash,
    })
}

fn words_document(
    id: String,
    key: &Path,
    (source_path, target_path): (PathBuf, PathBuf),
    relative: &dyn Fn(&Path) -> String,
) -> Result<Document, ExportError> {
    let order = key_order(key)?;
    let raw = read(&source_path)?;
    let (_, english) = parse_words(&raw, &source_path).map_err(content_error)?;
    let existing = existing(&target_path, parse_words);
    let hash = source_hash(&raw);
    Ok(Document {
        id,
        original: relative(&source_path),
        current: existing
            .as_ref()
            .is_some_and(|(m, _)| m.source_hash.as_deref() == Some(hash.as_str())),
        units: words_units(&order, &english, existing.as_ref().map(|(_, w)| w)),
        shape: Shape::Words,
        target_path,
        source_hash: hash,
    })
}

/// The exchange file formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// gettext PO.
    Po,
    /// XLIFF 2.0.
    Xliff,
}

/// The lessons, quizzes and test questions under `root` (a pack folder or a
/// folder of packs) for `selection.lang`, as a PO or XLIFF 2.0 file.
/// Translations there are now come along as targets.
pub fn export(root: &Path, selection: &Selection, format: Format) -> Result<String, ExportError> {
    let docs = documents(root, selection)?;
    let lang = passage_l10n::Locale::parse(&selection.lang)
        .map(|l| l.to_string())
        .unwrap_or_default();
    Ok(match format {
        Format::Po => to_po(&lang, &docs),
        Format::Xliff => to_xliff(&lang, &docs),
    })
}

const ADVICE: &str = "Translate the words. Keep every Markdown mark as it is: ** and _ around \
words, [ and ](target) around a link's words (translate the words between them). \
A block stays one line.";

fn to_po(lang: &str, docs: &[Document]) -> String {
    let mut out = format!(
        "# Passage: course content in {lang}. Source language: English.\n\
         # {ADVICE}\n\
         msgid \"\"\nmsgstr \"\"\n\
         \"Project-Id-Version: Passage content\\n\"\n\
         \"Language: {lang}\\n\"\n\
         \"MIME-Version: 1.0\\n\"\n\
         \"Content-Type: text/plain; charset=UTF-8\\n\"\n\
         \"Content-Transfer-Encoding: 8bit\\n\"\n\
         \"X-Source-Language: en\\n\"\n"
    );
    for d in docs {
        for u in &d.units {
            out.push('\n');
            let _ = writeln!(out, "#. {}", u.what);
            if let Some(limit) = u.limit {
                let _ = writeln!(out, "#. At most {limit} characters.");
            }
            if !d.current && u.target.is_some() {
                out.push_str("#. The English changed since this was translated.\n");
            }
            let _ = writeln!(out, "#. source-hash: {}", d.source_hash);
            let _ = writeln!(out, "#: {}", d.original);
            if !d.current && u.target.is_some() {
                out.push_str("#, fuzzy\n");
            }
            let _ = writeln!(out, "msgctxt {}", po_string(&format!("{}#{}", d.id, u.id)));
            let _ = writeln!(out, "msgid {}", po_string(&markdown(&u.source)));
            let _ = writeln!(
                out,
                "msgstr {}",
                po_string(u.target.as_deref().unwrap_or(""))
            );
        }
    }
    out
}

fn to_xliff(lang: &str, docs: &[Document]) -> String {
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <!-- Passage: course content in {lang}. Source language: English.\n     \
         {ADVICE}\n     The marks travel as <ph/> codes: keep each one. -->\n\
         <xliff xmlns=\"{XLIFF_NS}\" version=\"2.0\" srcLang=\"en\" trgLang=\"{}\">\n",
        escape(lang)
    );
    for d in docs {
        let _ = writeln!(
            out,
            "  <file id=\"{}\" original=\"{}\">",
            escape(&d.id),
            escape(&d.original)
        );
        let _ = writeln!(
            out,
            "    <notes>\n      <note category=\"source-hash\">{}</note>\n    </notes>",
            d.source_hash
        );
        for u in &d.units {
            let _ = writeln!(out, "    <unit id=\"{}\">", escape(&u.id));
            let _ = writeln!(
                out,
                "      <notes>\n        <note category=\"location\">{}</note>",
                escape(&u.what)
            );
            if let Some(limit) = u.limit {
                let _ = writeln!(
                    out,
                    "        <note category=\"limit\">At most {limit} characters.</note>"
                );
            }
            if !d.current && u.target.is_some() {
                out.push_str(
                    "        <note category=\"outdated\">The English changed since this was translated.</note>\n",
                );
            }
            out.push_str("      </notes>\n");
            let code_list: Vec<&str> = u
                .source
                .iter()
                .filter_map(|p| match p {
                    Piece::Code(c) => Some(c.as_str()),
                    Piece::Text(_) => None,
                })
                .collect();
            if !code_list.is_empty() {
                out.push_str("      <originalData>\n");
                for (i, c) in code_list.iter().enumerate() {
                    let _ = writeln!(out, "        <data id=\"d{}\">{}</data>", i + 1, escape(c));
                }
                out.push_str("      </originalData>\n");
            }
            let state = match (&u.target, d.current) {
                (None, _) => "initial",
                (Some(_), true) => "translated",
                // Outdated: shown to the translator as needing work.
                (Some(_), false) => "initial",
            };
            let _ = writeln!(out, "      <segment state=\"{state}\">");
            let _ = writeln!(
                out,
                "        <source xml:space=\"preserve\">{}</source>",
                inline_xml(&u.source, &code_list)
            );
            if let Some(target) = &u.target {
                let pieces = match &u.block {
                    Some((_, what)) if !code_list.is_empty() => {
                        pieces_in(what, target).unwrap_or_else(|| vec![Piece::Text(target.clone())])
                    }
                    _ => vec![Piece::Text(target.clone())],
                };
                let _ = writeln!(
                    out,
                    "        <target xml:space=\"preserve\">{}</target>",
                    inline_xml(&pieces, &code_list)
                );
            }
            out.push_str("      </segment>\n    </unit>\n");
        }
        out.push_str("  </file>\n");
    }
    out.push_str("</xliff>\n");
    out
}

/// Pieces as XLIFF inline content: text escaped, each code a `<ph>` whose
/// `dataRef` names the unit's `<data>` with the same text (codes that
/// repeat take the next unused one).
fn inline_xml(pieces: &[Piece], code_list: &[&str]) -> String {
    let mut used = vec![false; code_list.len()];
    let mut out = String::new();
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(&escape(t)),
            Piece::Code(c) => {
                let found = code_list
                    .iter()
                    .enumerate()
                    .position(|(i, k)| !used[i] && k == c);
                if let Some(i) = found {
                    used[i] = true;
                    let _ = write!(
                        out,
                        "<ph id=\"{n}\" dataRef=\"d{n}\" disp=\"{}\"/>",
                        escape(c),
                        n = i + 1
                    );
                } else {
                    out.push_str(&escape(c));
                }
            }
        }
    }
    out
}

/// A unit's Markdown read as the one block of its kind it replaces (a
/// heading, paragraph, list item or table cell), in pieces; `None` when it
/// is not (it starts like a heading or a list item, or breaks into two
/// blocks).
fn pieces_in(what: &str, text: &str) -> Option<Vec<Piece>> {
    let (prefix, suffix) = match what {
        "heading" => ("## ", "\n"),
        "list item" => ("- ", "\n"),
        "table cell" => ("| ", " |\n| --- |\n"),
        _ => ("", "\n"),
    };
    let doc = format!("{prefix}{text}{suffix}");
    let (start, end) = (prefix.len(), prefix.len() + text.len());
    let found = blocks(&doc);
    let [one] = found.as_slice() else {
        return None;
    };
    let fits = one.what == what
        && one.range.start >= start
        && one.range.end <= end
        && doc[start..one.range.start].trim().is_empty();
    fits.then(|| {
        let mut pieces = one.pieces.clone();
        let tail = &doc[one.range.end..end];
        if !tail.trim().is_empty() {
            pieces.push(Piece::Code(tail.to_owned()));
        }
        pieces
    })
}

// ---------------------------------------------------------------------
// Import.

/// A translated unit read from an exchange file.
#[derive(Debug)]
struct Incoming {
    line: usize,
    doc: String,
    unit: String,
    /// The English the file carries, as Markdown.
    source: String,
    /// The translation, as Markdown (empty: not translated).
    target: String,
}

fn problem(line: usize, id: Option<String>, code: &'static str, message: String) -> ImportProblem {
    ImportProblem {
        line,
        id,
        code,
        message,
    }
}

fn read_po(text: &str) -> Result<Vec<Incoming>, Vec<ImportProblem>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for u in parse_po(text)? {
        let ctxt = u.ctxt.unwrap_or_default();
        let Some((doc, unit)) = ctxt.split_once('#') else {
            problems.push(problem(
                u.line,
                Some(ctxt.clone()),
                "unknown-id",
                "msgctxt must be `<lesson, quiz, bank, glossary or agenda>#<unit>`, as exported"
                    .into(),
            ));
            continue;
        };
        out.push(Incoming {
            line: u.line,
            doc: doc.to_owned(),
            unit: unit.to_owned(),
            source: u.source,
            target: u.target,
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn read_xliff(text: &str, lang: &str) -> Result<Vec<Incoming>, Vec<ImportProblem>> {
    let opened = passage_l10n::xliff::open(text, lang)?;
    let line_of = |node: roxmltree::Node<'_, '_>| opened.line_of(node);
    let ours = passage_l10n::xliff::is_xliff;
    let root = opened.doc.root_element();
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for file in root.children().filter(|n| ours(n, "file")) {
        let doc_id = file.attribute("id").unwrap_or_default().to_owned();
        for unit in file.descendants().filter(|n| ours(n, "unit")) {
            let line = line_of(unit);
            let id = unit.attribute("id").unwrap_or_default().to_owned();
            let label = format!("{doc_id}#{id}");
            let data: BTreeMap<&str, String> = unit
                .descendants()
                .filter(|n| ours(n, "data"))
                .filter_map(|n| {
                    Some((
                        n.attribute("id")?,
                        n.children().filter_map(|c| c.text()).collect(),
                    ))
                })
                .collect();
            let mut source = String::new();
            let mut target = String::new();
            for segment in unit
                .children()
                .filter(|n| ours(n, "segment") || ours(n, "ignorable"))
            {
                for part in segment.children().filter(roxmltree::Node::is_element) {
                    let into = if ours(&part, "source") {
                        &mut source
                    } else if ours(&part, "target") {
                        &mut target
                    } else {
                        continue;
                    };
                    if let Err(p) = inline_text(part, &data, into, &label, &line_of) {
                        problems.push(p);
                    }
                }
            }
            out.push(Incoming {
                line,
                doc: doc_id.clone(),
                unit: id,
                source,
                target,
            });
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

/// The Markdown of a `<source>` or `<target>`: text as it is, each `<ph>`
/// replaced by the `<data>` it names, `<mrk>` (a CAT tool's annotation)
/// by its content. Any other element is refused.
fn inline_text(
    node: roxmltree::Node<'_, '_>,
    data: &BTreeMap<&str, String>,
    out: &mut String,
    label: &str,
    line_of: &dyn Fn(roxmltree::Node<'_, '_>) -> usize,
) -> Result<(), ImportProblem> {
    for child in node.children() {
        if let Some(t) = child.text().filter(|_| child.is_text()) {
            out.push_str(t);
            continue;
        }
        if !child.is_element() {
            continue;
        }
        match child.tag_name().name() {
            "ph" if child.tag_name().namespace() == Some(XLIFF_NS) => {
                let Some(text) = child.attribute("dataRef").and_then(|r| data.get(r)) else {
                    return Err(problem(
                        line_of(child),
                        Some(label.to_owned()),
                        "placeable",
                        "a <ph/> code without a dataRef to this unit's <originalData>".into(),
                    ));
                };
                out.push_str(text);
            }
            "mrk" if child.tag_name().namespace() == Some(XLIFF_NS) => {
                inline_text(child, data, out, label, line_of)?;
            }
            other => {
                return Err(problem(
                    line_of(child),
                    Some(label.to_owned()),
                    "markup",
                    format!(
                        "<{other}> inside a translation: keep only the text and the <ph/> codes"
                    ),
                ));
            }
        }
    }
    Ok(())
}

/// Whether `bytes` look like XML rather than a PO file.
fn is_xml(text: &str) -> bool {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    t.starts_with("<?xml") || t.starts_with('<')
}

/// Checks one translated unit against its English; the Markdown to write.
fn check_target(
    unit: &Unit,
    target: &str,
    line: usize,
    label: &str,
    warnings: &mut Vec<ImportProblem>,
) -> Result<String, ImportProblem> {
    let bad =
        |code: &'static str, message: String| problem(line, Some(label.to_owned()), code, message);
    let source = markdown(&unit.source);
    if target.contains('\n') && !source.contains('\n') {
        return Err(bad(
            "line-break",
            "a line break inside one block: keep it on one line".into(),
        ));
    }
    if has_markup(target) && !has_markup(&source) {
        return Err(bad(
            "markup",
            "the translation has HTML or a script link the English does not have".into(),
        ));
    }
    if let Some((_, what)) = &unit.block {
        if *what == "table cell" && target.contains('|') {
            return Err(bad(
                "block-markup",
                "a | would split the table cell: write it another way".into(),
            ));
        }
        let Some(pieces) = pieces_in(what, target) else {
            return Err(bad(
                "block-markup",
                "it reads as a Markdown heading, list item or more than one block: \
                 do not start with #, -, * or a number and a full stop"
                    .into(),
            ));
        };
        if let Some(mark) = unclosed_emphasis(&pieces) {
            return Err(bad(
                "placeable",
                format!(
                    "a `{mark}` that does not close and would show as it is: \
                     put a space after the closing `{mark}`, or leave the marks out"
                ),
            ));
        }
        let (want, got) = (codes(&unit.source), codes(&pieces));
        if want != got {
            let missing: Vec<&str> = want.iter().filter(|c| !got.contains(c)).copied().collect();
            let extra: Vec<&str> = got.iter().filter(|c| !want.contains(c)).copied().collect();
            let mut message = String::from("the Markdown marks differ from the English");
            if !missing.is_empty() {
                let _ = write!(message, "; missing: {}", quoted(&missing));
            }
            if !extra.is_empty() {
                let _ = write!(message, "; not in the English: {}", quoted(&extra));
            }
            if missing.is_empty() && extra.is_empty() {
                message.push_str(": a mark appears a different number of times");
            }
            return Err(bad("placeable", message));
        }
    }
    if let Some(limit) = unit.limit
        && shown_length(target) > limit
    {
        warnings.push(bad(
            "long",
            format!("longer than {limit} characters: it may not fit"),
        ));
    } else if target.chars().count() > source.chars().count() * 3 + 40 {
        warnings.push(bad(
            "long",
            "much longer than the English: check it fits".into(),
        ));
    }
    Ok(target.to_owned())
}

fn quoted(list: &[&str]) -> String {
    list.iter()
        .map(|c| format!("`{c}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Imports a PO or XLIFF 2.0 file of `lang` made by [`export`] into the
/// packs under `root`. A file is rebuilt from its English when every unit
/// has a translation (from the import, or the translation there is now
/// when the English has not changed); it is written as a draft, with the
/// `source-hash` of the English it was made from. All or nothing unless
/// `partial`, which writes every file whose units are all sound.
pub fn import(
    root: &Path,
    lang: &str,
    bytes: &[u8],
    partial: bool,
) -> Result<ImportReport, ImportError> {
    let text = utf8(bytes)?;
    let incoming = if is_xml(text) {
        read_xliff(text, lang)
    } else {
        read_po(text)
    }
    .map_err(ImportError::Refused)?;
    let selection = Selection {
        lang: lang.to_owned(),
        ..Selection::default()
    };
    let docs = documents(root, &selection)
        .map_err(|e| ImportError::Refused(vec![problem(0, None, "content", e.to_string())]))?;
    let by_id: BTreeMap<&str, &Document> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut report = ImportReport::default();
    let mut accepted: BTreeMap<&str, BTreeMap<String, String>> = BTreeMap::new();
    let mut refused_docs: BTreeSet<String> = BTreeSet::new();
    let mut seen = BTreeSet::new();
    for p in incoming {
        let label = format!("{}#{}", p.doc, p.unit);
        let mut refuse = |code: &'static str, message: String, report: &mut ImportReport| {
            refused_docs.insert(p.doc.clone());
            report
                .problems
                .push(problem(p.line, Some(label.clone()), code, message));
        };
        if !seen.insert(label.clone()) {
            refuse(
                "duplicate-id",
                "this unit appears twice in the file".into(),
                &mut report,
            );
            continue;
        }
        let Some(doc) = by_id.get(p.doc.as_str()) else {
            refuse(
                "unknown-id",
                format!(
                    "no lesson, quiz, test questions, glossary or agenda `{}` here",
                    p.doc
                ),
                &mut report,
            );
            continue;
        };
        let Some(unit) = doc.units.iter().find(|u| u.id == p.unit) else {
            refuse(
                "unknown-id",
                "no such unit in the English".into(),
                &mut report,
            );
            continue;
        };
        if p.target.trim().is_empty() {
            report.skipped += 1;
            continue;
        }
        if p.source != markdown(&unit.source) {
            refuse(
                "source-changed",
                format!(
                    "the English changed since this file was exported ({}): export again, \
                     your translations come along",
                    doc.original
                ),
                &mut report,
            );
            continue;
        }
        match check_target(unit, &p.target, p.line, &label, &mut report.warnings) {
            Ok(t) => {
                accepted
                    .entry(doc.id.as_str())
                    .or_default()
                    .insert(unit.id.clone(), t);
            }
            Err(problem) => {
                refused_docs.insert(p.doc.clone());
                report.problems.push(problem);
            }
        }
    }
    let mut writes = Vec::new();
    for doc in &docs {
        let Some(new) = accepted.get(doc.id.as_str()) else {
            continue;
        };
        if refused_docs.contains(&doc.id) {
            report.skipped += new.len();
            continue;
        }
        let missing = doc
            .units
            .iter()
            .filter(|u| !new.contains_key(&u.id) && (u.target.is_none() || !doc.current))
            .count();
        if missing > 0 {
            report.skipped += new.len();
            report.warnings.push(problem(
                0,
                Some(doc.id.clone()),
                "incomplete",
                format!(
                    "{missing} of {} units have no translation (or one made from older English): \
                     the file is written once all are translated",
                    doc.units.len()
                ),
            ));
            continue;
        }
        let changed = doc
            .units
            .iter()
            .filter(|u| new.get(&u.id).is_some_and(|t| Some(t) != u.target.as_ref()))
            .count();
        if changed == 0 && doc.current {
            report.unchanged += new.len();
            continue;
        }
        match compose(doc, new) {
            Ok(text) => {
                report.written += changed;
                report.unchanged += new.len() - changed;
                writes.push((doc.target_path.clone(), text));
            }
            Err(message) => {
                report
                    .problems
                    .push(problem(0, Some(doc.id.clone()), "structure", message));
            }
        }
    }
    if !report.problems.is_empty() && !partial {
        return Err(ImportError::Refused(report.problems));
    }
    for (path, text) in writes {
        let tmp = path.with_extension("part");
        std::fs::write(&tmp, text).map_err(|source| ImportError::Io {
            path: tmp.clone(),
            source,
        })?;
        std::fs::rename(&tmp, &path).map_err(|source| ImportError::Io {
            path: path.clone(),
            source,
        })?;
    }
    Ok(report)
}

/// The translated file of `doc` with `new` over the translations there are
/// now; checked as `passage content check` would.
fn compose(doc: &Document, new: &BTreeMap<String, String>) -> Result<String, String> {
    let word = |u: &Unit| -> String {
        new.get(&u.id)
            .or(u.target.as_ref())
            .cloned()
            .unwrap_or_default()
    };
    let words: BTreeMap<&str, String> =
        doc.units.iter().map(|u| (u.id.as_str(), word(u))).collect();
    match &doc.shape {
        Shape::Lesson(english, narration) => {
            let mut body = english.body.clone();
            let mut ranges: Vec<(&Range<usize>, &str)> = doc
                .units
                .iter()
                .filter_map(|u| Some((&u.block.as_ref()?.0, words[u.id.as_str()].as_str())))
                .collect();
            ranges.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
            for (r, text) in ranges {
                body.replace_range(r.clone(), text);
            }
            let text = lesson_text(
                &english.meta,
                &words,
                &doc.source_hash,
                narration.as_deref(),
            ) + &body;
            let parsed = LessonFile::parse(&text, &doc.target_path).map_err(|e| e.to_string())?;
            if let Some((_, message)) = structure_mismatch(english, &parsed) {
                return Err(message);
            }
            Ok(text)
        }
        Shape::Words => {
            let text = words_text(&doc.units, &words, &doc.source_hash);
            parse_words(&text, &doc.target_path).map_err(|e| e.to_string())?;
            Ok(text)
        }
        Shape::Glossary => {
            let mut text = header(&doc.source_hash);
            for u in &doc.units {
                if let Some(term) = u.id.strip_suffix(".term") {
                    let _ = write!(
                        text,
                        "\n[{}]\nterm = {}\ndefinition = {}\n",
                        toml_key(term),
                        q(&words[u.id.as_str()]),
                        q(&words[format!("{term}.definition").as_str()])
                    );
                }
            }
            parse_glossary(&text, &doc.target_path).map_err(|e| e.to_string())?;
            Ok(text)
        }
        Shape::Agenda(english) => {
            let mut text = header(&doc.source_hash);
            let _ = writeln!(text, "title = {}", q(&words["title"]));
            for (d, day) in english.days.iter().enumerate() {
                let n = d + 1;
                text.push_str("\n[[day]]\n");
                if day.title.is_some() {
                    let _ = writeln!(
                        text,
                        "title = {}",
                        q(&words[format!("day.{n}.title").as_str()])
                    );
                }
                q_list(
                    &mut text,
                    "sessions",
                    &words,
                    &format!("day.{n}.session"),
                    day.sessions.len(),
                );
            }
            let parsed = AgendaWords::parse(&text, &doc.target_path).map_err(|e| e.to_string())?;
            if let Some((_, message)) = parsed.problems(english, &text).into_iter().next() {
                return Err(message);
            }
            Ok(text)
        }
    }
}

/// The first lines of a translated TOML file: a draft, made from `hash`.
fn header(hash: &str) -> String {
    format!("status = \"draft\"\nsource-hash = {}\n", q(hash))
}

/// How many characters a reader sees: grapheme clusters, so a Burmese or
/// Khmer syllable with its vowel signs counts once.
fn shown_length(text: &str) -> usize {
    icu_segmenter::GraphemeClusterSegmenter::new()
        .segment_str(text)
        .count()
        .saturating_sub(1)
}

/// A TOML string.
fn q(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

fn q_list(out: &mut String, key: &str, words: &BTreeMap<&str, String>, prefix: &str, count: usize) {
    if count == 0 {
        return;
    }
    let _ = writeln!(out, "{key} = [");
    for i in 1..=count {
        let w = words
            .get(format!("{prefix}.{i}").as_str())
            .map_or("", String::as_str);
        let _ = writeln!(out, "  {},", q(w));
    }
    out.push_str("]\n");
}

/// A translated lesson's front matter (with its closing `+++`): the
/// English's ids, minutes and sources, the translated words.
fn lesson_text(
    meta: &LessonMeta,
    words: &BTreeMap<&str, String>,
    hash: &str,
    narration: Option<&str>,
) -> String {
    let mut out = String::from("+++\n");
    let _ = writeln!(out, "id = {}", q(meta.id.as_str()));
    let _ = writeln!(out, "title = {}", q(&words["title"]));
    let _ = writeln!(out, "minutes = {}", meta.minutes);
    out.push_str("status = \"draft\"\n");
    let _ = writeln!(out, "source-hash = {}", q(hash));
    if let Some(n) = narration {
        let _ = writeln!(out, "narration = {}", q(n));
    }
    q_list(
        &mut out,
        "objectives",
        words,
        "objectives",
        meta.objectives.len(),
    );
    q_list(
        &mut out,
        "key-points",
        words,
        "key-points",
        meta.key_points.len(),
    );
    for s in &meta.sources {
        out.push_str("\n[[sources]]\n");
        let _ = writeln!(out, "title = {}", q(&s.title));
        if let Some(p) = &s.publisher {
            let _ = writeln!(out, "publisher = {}", q(p));
        }
        let _ = writeln!(out, "year = {}", s.year);
        if let Some(u) = &s.url {
            let _ = writeln!(out, "url = {}", q(u));
        }
    }
    if let Some(a) = &meta.activity {
        out.push_str("\n[activity]\n");
        let _ = writeln!(out, "title = {}", q(&words["activity.title"]));
        let _ = writeln!(out, "minutes = {}", a.minutes);
        q_list(
            &mut out,
            "materials",
            words,
            "activity.materials",
            a.materials.len(),
        );
        q_list(&mut out, "steps", words, "activity.steps", a.steps.len());
        q_list(
            &mut out,
            "debrief",
            words,
            "activity.debrief",
            a.debrief.len(),
        );
    }
    if let Some(f) = &meta.facilitator {
        out.push_str("\n[facilitator]\n");
        q_list(
            &mut out,
            "timing",
            words,
            "facilitator.timing",
            f.timing.len(),
        );
        q_list(&mut out, "notes", words, "facilitator.notes", f.notes.len());
    }
    out.push_str("+++\n");
    out
}

/// A translated quiz or bank words file, in the order of the units (the
/// answer key's).
fn words_text(units: &[Unit], words: &BTreeMap<&str, String>, hash: &str) -> String {
    let mut out = header(hash);
    let word = |id: &str| words.get(id).map_or("", String::as_str);
    for u in units {
        if let Some(question) = u.id.strip_suffix(".prompt") {
            let _ = write!(
                out,
                "\n[{}]\nprompt = {}\n",
                toml_key(question),
                q(word(&u.id))
            );
        } else if let Some(option) = u.id.strip_suffix(".text")
            && let Some((_, o)) = option.rsplit_once('.')
        {
            let _ = writeln!(
                out,
                "options.{} = {{ text = {}, feedback = {} }}",
                toml_key(o),
                q(word(&u.id)),
                q(word(&format!("{option}.feedback")))
            );
        }
    }
    out
}

/// A bare TOML key when it can be one, else a quoted one.
fn toml_key(key: &str) -> String {
    if !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
    {
        key.to_owned()
    } else {
        q(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_syllable_with_its_vowel_signs_counts_once_against_a_limit() {
        assert_eq!(shown_length("abc"), 3);
        assert_eq!(shown_length(""), 0);
        // "Burmese": six code points, four clusters (the tall vowel sign
        // AA stands on its own in Unicode's rules).
        assert_eq!(shown_length("မြန်မာ"), 4);
        // Khmer "ខ្មែរ" is one stacked cluster plus one consonant.
        assert_eq!(shown_length("ខ្មែរ"), 2);
    }

    #[test]
    fn blocks_keep_marks_out_of_the_words() {
        let body = "## A **bold** start\n\nSee [the loan](lesson:loan) now.\n\n- one\n- two `x`\n\n::loan-cost\n\n| a | b |\n|---|---|\n| c | d |\n";
        let found = blocks(body);
        let whats: Vec<&str> = found.iter().map(|b| b.what).collect();
        assert_eq!(
            whats,
            [
                "heading",
                "paragraph",
                "list item",
                "list item",
                "table cell",
                "table cell",
                "table cell",
                "table cell"
            ]
        );
        assert_eq!(
            found[0].pieces,
            [
                Piece::Text("A ".into()),
                Piece::Code("**".into()),
                Piece::Text("bold".into()),
                Piece::Code("**".into()),
                Piece::Text(" start".into()),
            ]
        );
        assert_eq!(
            &body[found[1].range.clone()],
            "See [the loan](lesson:loan) now."
        );
        assert_eq!(codes(&found[1].pieces), ["[", "](lesson:loan)"]);
        assert_eq!(codes(&found[3].pieces), ["`x`"]);
        assert_eq!(
            codes(&found[0].pieces),
            Vec::<&str>::new(),
            "emphasis may move"
        );
    }

    #[test]
    fn a_target_must_stay_one_paragraph_with_the_same_marks() {
        let unit = Unit {
            id: "body.1".into(),
            what: "the lesson text: a paragraph".into(),
            source: blocks("See [the loan](lesson:loan) now.")[0].pieces.clone(),
            target: None,
            block: Some((0..1, "paragraph")),
            limit: None,
        };
        let mut warnings = Vec::new();
        let mut check = |t: &str| check_target(&unit, t, 1, "x", &mut warnings).map_err(|p| p.code);
        assert!(check("Xem [khoản vay](lesson:loan) ngay.").is_ok());
        assert_eq!(check("Xem khoản vay ngay."), Err("placeable"));
        assert_eq!(
            check("Xem [khoản vay](https://evil.example) ngay."),
            Err("placeable")
        );
        assert_eq!(check("# Xem [khoản vay](lesson:loan)"), Err("block-markup"));
        assert_eq!(
            check("1. Xem [khoản vay](lesson:loan)"),
            Err("block-markup")
        );
        assert_eq!(
            check("Xem [khoản vay](lesson:loan)\n\nngay"),
            Err("line-break")
        );
        assert_eq!(
            check("Xem [khoản vay](lesson:loan) <img src=x onerror=alert(1)>"),
            Err("markup")
        );
        assert!(
            check("Xem **[khoản vay](lesson:loan)** ngay.").is_ok(),
            "bold may be added or moved"
        );
        assert_eq!(check("**[ค่า](lesson:loan)**และ"), Err("placeable"));
    }
}
