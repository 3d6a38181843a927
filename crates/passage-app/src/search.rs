//! Search across lessons in the learner's language chain: the UI language
//! first, then each course's source language.

use passage_content::{Library, SearchIndex, SnippetPart};
use passage_l10n::Locale;

/// One lesson found by a search.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchResult {
    /// The course pack id.
    pub course_id: String,
    /// The course title in the UI language (or its source language).
    pub course_title: String,
    /// The lesson id.
    pub lesson_id: String,
    /// The locale that matched: the lesson opens in it.
    pub locale: String,
    /// The lesson title in that locale.
    pub title: String,
    /// A short excerpt around the match; `Match` parts are highlighted.
    pub snippet: Vec<SnippetPiece>,
}

/// Part of a snippet: plain text, never HTML.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(tag = "kind", content = "text", rename_all = "camelCase")]
pub enum SnippetPiece {
    /// Text around the match.
    Text(String),
    /// The words that matched.
    Match(String),
}

/// How many results a search shows.
const LIMIT: usize = 20;

pub(crate) fn search(
    index: &SearchIndex,
    library: &Library,
    locale: &Locale,
    query: &str,
) -> Result<Vec<SearchResult>, passage_content::SearchError> {
    let mut chain = vec![locale.as_str()];
    for manifest in library.manifests() {
        if !chain.contains(&manifest.source_locale.as_str()) {
            chain.push(manifest.source_locale.as_str());
        }
    }
    let hits = index.search(query, &chain, LIMIT)?;
    Ok(hits
        .into_iter()
        .map(|hit| {
            let course_title = library
                .manifests()
                .find(|m| m.id.as_str() == hit.pack)
                .and_then(|m| {
                    m.title
                        .pick(std::slice::from_ref(locale), &m.source_locale)
                        .map(|p| p.text.to_owned())
                })
                .unwrap_or_default();
            SearchResult {
                course_id: hit.pack,
                course_title,
                lesson_id: hit.lesson,
                locale: hit.locale,
                title: hit.title,
                snippet: hit
                    .snippet
                    .into_iter()
                    .map(|part| match part {
                        SnippetPart::Text(t) => SnippetPiece::Text(t),
                        SnippetPart::Match(t) => SnippetPiece::Match(t),
                    })
                    .collect(),
            }
        })
        .collect())
}
