//! The home screen: the courses on this machine, titled in the learner's
//! language where a translation exists, else in the course's source language.

use passage_content::Library;
use passage_l10n::Locale;

use crate::ErrorCode;

/// Everything the home screen shows.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HomeScreen {
    /// The UI language, e.g. `km`.
    pub locale: String,
    /// That language's name in its own script.
    pub language_name: String,
    /// The UI text in this language has not been checked by a reviewer.
    pub ui_draft: bool,
    /// Every language the UI speaks, each named in its own script.
    pub languages: Vec<crate::LanguageOption>,
    /// Currencies the money tools know (ISO 4217 codes).
    pub currencies: Vec<String>,
    /// The bundled courses, in order.
    pub courses: Vec<CourseCard>,
    /// Packs that could not be loaded (for trainers and support).
    pub problems: Vec<ContentProblem>,
}

/// One course on the home screen.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CourseCard {
    /// Stable id of the course pack.
    pub id: String,
    /// Title in the shown language.
    pub title: String,
    /// Short description in the shown language.
    pub description: String,
    /// The locale title and description are really in; differs from the UI
    /// locale when the course has no translation yet.
    pub shown_in: String,
    /// Name of `shown_in` in its own script, e.g. `English`.
    pub shown_in_name: String,
    /// The shown title and description are an unreviewed translation.
    pub draft: bool,
    /// The course's modules, in teaching order.
    pub modules: Vec<ModuleSummary>,
    /// Number of lessons in the course that can be read.
    pub lesson_count: u32,
}

/// A module as listed on a course card.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ModuleSummary {
    /// Stable id of the module.
    pub id: String,
    /// Title in the shown language (or the source language).
    pub title: String,
}

/// A course pack that is installed but could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ContentProblem {
    /// What kind of problem, for the UI to say in the learner's language.
    pub code: ErrorCode,
    /// File, line and what is wrong.
    pub detail: String,
}

pub(crate) fn home_screen(
    library: &Library,
    locale: &Locale,
    ui_draft: bool,
    ui_locales: &[Locale],
) -> HomeScreen {
    let chain = std::slice::from_ref(locale);
    let courses = library
        .packs()
        .iter()
        .filter_map(|loaded| {
            let pack = &loaded.manifest;
            let source = &pack.source_locale;
            let title = pack.title.pick(chain, source)?;
            let description = pack
                .description
                .pick(std::slice::from_ref(title.locale), source)?;
            let modules = pack
                .modules
                .iter()
                .filter_map(|m| {
                    let t = m.title.pick(std::slice::from_ref(title.locale), source)?;
                    Some(ModuleSummary {
                        id: m.id.to_string(),
                        title: t.text.to_owned(),
                    })
                })
                .collect();
            Some(CourseCard {
                id: pack.id.to_string(),
                title: title.text.to_owned(),
                description: description.text.to_owned(),
                shown_in: title.locale.to_string(),
                shown_in_name: passage_l10n::language_name(title.locale).to_owned(),
                draft: pack.is_draft(title.locale),
                modules,
                // Lessons that loaded, not those the manifest lists.
                lesson_count: u32::try_from(loaded.lessons.len()).unwrap_or(u32::MAX),
            })
        })
        .collect();
    let problems = library
        .problems()
        .iter()
        .map(|p| ContentProblem {
            code: ErrorCode::of_content(&p.error),
            detail: p.error.to_string(),
        })
        .collect();
    HomeScreen {
        locale: locale.to_string(),
        language_name: passage_l10n::language_name(locale).to_owned(),
        ui_draft,
        languages: ui_locales
            .iter()
            .map(|l| crate::LanguageOption {
                code: l.to_string(),
                name: passage_l10n::language_name(l).to_owned(),
            })
            .collect(),
        currencies: crate::currencies(),
        courses,
        problems,
    }
}
