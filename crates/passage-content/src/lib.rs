//! Course packs: what a pack is on disk (manifest, lessons, quizzes, media),
//! how a folder of packs becomes the library the app shows, how lesson
//! Markdown becomes safe HTML, and how authors are told what is wrong.
//!
//! Nothing here touches learner data or knows about windows.

mod check;
mod error;
mod lesson;
mod library;
mod manifest;
mod quiz;
mod render;
mod search;
mod text;

pub use check::{Checked, Diagnostic, Lesson, Pack, Quiz, Severity, check_pack};
pub use error::{ContentError, Result};
pub use lesson::{Activity, FacilitatorNotes, LessonFile, LessonMeta, source_hash};
pub use library::{Library, PackProblem, check_dir};
pub use manifest::{LessonId, ModuleId, ModuleManifest, PackId, PackManifest};
pub use quiz::{KeyQuestion, OptionWords, QuestionType, QuestionWords, QuizKey, QuizWords};
pub use render::{
    MediaBase, RenderNote, Rendered, TOOLS, plain_text, render_markdown, resolve_media,
};
pub use search::{DocKey, Hit, SearchDoc, SearchError, SearchIndex, SnippetPart, segment};
pub use text::{LocalizedText, Picked};
