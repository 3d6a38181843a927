//! The course content the hub was given (`--content`): the answer keys of
//! the test questions, to count right answers, and their words, to show
//! each question in the reader's language. Without content the dashboard
//! still counts everything but which answers were right.

use std::path::Path;

use passage_content::{Library, Pack};
use passage_l10n::Locale;

use super::figures::AnswerKeys;

/// The courses known to the hub.
#[derive(Debug, Default)]
pub struct Content {
    packs: Vec<Pack>,
}

impl Content {
    /// Loads the packs in `dir`; a pack that does not load is left out
    /// (and logged), as the app does.
    pub fn load(dir: &Path) -> Result<Self, passage_content::ContentError> {
        let library = Library::load(dir)?;
        for problem in library.problems() {
            tracing::warn!(?problem, "a course pack was left out");
        }
        Ok(Self {
            packs: library.packs().to_vec(),
        })
    }

    fn pack(&self, course: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.manifest.id.as_str() == course)
    }

    /// A course's title in `locale` (or its source language).
    pub fn course_title(&self, course: &str, locale: &Locale) -> Option<String> {
        let pack = self.pack(course)?;
        pack.manifest
            .title
            .pick(std::slice::from_ref(locale), &pack.manifest.source_locale)
            .map(|p| p.text.to_owned())
    }

    /// A test question's prompt in `locale` (or its source language).
    pub fn prompt(&self, course: &str, question: &str, locale: &Locale) -> Option<String> {
        let pack = self.pack(course)?;
        let bank = pack.bank.as_ref()?;
        [locale, &pack.manifest.source_locale]
            .into_iter()
            .find_map(|l| bank.words.get(l)?.get(question))
            .map(|w| w.prompt.clone())
    }
}

impl AnswerKeys for Content {
    fn is_correct(&self, course: &str, question: &str, chosen: &[String]) -> Option<bool> {
        let bank = self.pack(course)?.bank.as_ref()?;
        let (_, key) = bank.questions.iter().find(|(_, k)| k.id == question)?;
        Some(key.is_correct(chosen))
    }
}
