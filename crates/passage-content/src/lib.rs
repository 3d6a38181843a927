//! Course packs: what a pack is on disk (manifest, lessons, quizzes, media),
//! how a folder of packs becomes the library the app shows, how lesson
//! Markdown becomes safe HTML, and how authors are told what is wrong.
//!
//! Nothing here touches learner data or knows about windows.

mod agenda;
mod check;
mod contacts;
mod error;
pub mod exchange;
mod glossary;
mod lesson;
mod library;
mod manifest;
mod parallel;
mod quiz;
mod render;
pub mod review;
mod search;
mod text;
mod translation;

pub use agenda::{Agenda, AgendaDay, AgendaWords, DayWords, Session, SessionKind, minutes_of_day};
pub use check::{Bank, Checked, Coverage, Diagnostic, Lesson, Pack, Quiz, Severity, check_pack};
pub use contacts::{Contact, ContactKind, Contacts};
pub use error::{ContentError, Result};
pub use glossary::{Glossary, GlossaryEntry, parse_glossary};
pub use lesson::{Activity, FacilitatorNotes, LessonFile, LessonMeta, Source, source_hash};
pub use library::{Library, PackProblem, check_dir};
pub use manifest::{LessonId, ModuleId, ModuleManifest, PackId, PackManifest};
pub use quiz::{
    KeyQuestion, OptionWords, QuestionType, QuestionWords, QuizKey, QuizWords, TestKind,
    parse_words,
};
pub use render::{
    MediaBase, RenderNote, Rendered, TOOLS, plain_text, render_markdown, render_notes,
    resolve_media, skeleton,
};
pub use search::{DocKey, Hit, SearchDoc, SearchError, SearchIndex, SnippetPart, segment};
pub use text::{LocalizedText, Picked};
pub use translation::{TranslationMeta, structure_mismatch, translation_files};
