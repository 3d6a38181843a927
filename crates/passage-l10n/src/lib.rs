//! Languages for Passage: normalised locale codes, negotiation against what is
//! installed, the fallback chain, and each language's name in its own script.
//!
//! Message formatting for what Rust renders lives here too (`Messages`);
//! nothing in this crate knows about course content or the UI.

mod digits;
mod locale;
mod messages;

pub use digits::{ascii_digit, ascii_digits};
pub use messages::{Arg, Messages, MessagesError, message_ids};

pub use locale::{
    Locale, LocaleError, TranslationStatus, installed_locales, language_name, negotiate,
    ui_translation_status,
};

/// Result alias for this crate.
pub type Result<T, E = LocaleError> = std::result::Result<T, E>;
