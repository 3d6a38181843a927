//! Course packs: what a pack is on disk, how a folder of packs becomes the
//! library the app shows, and how text is picked for a learner's language.
//!
//! Nothing here renders to the screen or touches learner data.

mod error;
mod library;
mod manifest;
mod text;

pub use error::{ContentError, Result};
pub use library::{Library, PackProblem};
pub use manifest::{ModuleId, ModuleManifest, PackId, PackManifest};
pub use text::{LocalizedText, Picked};
