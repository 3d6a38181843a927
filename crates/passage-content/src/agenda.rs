//! The workshop agenda a trainer follows: `agenda.toml`, days of sessions
//! with a start time, a length and what happens.

use std::path::Path;

use passage_l10n::TranslationStatus;

use crate::Result;
use crate::manifest::{LessonId, line_column, parse_toml};

/// A pack's workshop agenda.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Agenda {
    /// E.g. "One-day workshop".
    pub title: String,
    /// The days, in order.
    #[serde(rename = "day")]
    pub days: Vec<AgendaDay>,
}

/// One workshop day.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct AgendaDay {
    /// Optional theme of the day.
    pub title: Option<String>,
    /// The sessions, in order.
    #[serde(rename = "session")]
    pub sessions: Vec<Session>,
}

/// What a session is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionKind {
    /// Welcome, introductions, ground rules.
    Opening,
    /// The pre-test.
    PreTest,
    /// One or more lessons.
    Lesson,
    /// A break or lunch.
    Break,
    /// The post-test.
    PostTest,
    /// Evaluation, certificates, closing.
    Closing,
}

/// One session of a day.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Session {
    /// Start time, `HH:MM`.
    pub start: String,
    /// Length in minutes.
    pub minutes: u16,
    /// What it is.
    pub kind: SessionKind,
    /// What the trainer calls it.
    pub title: String,
    /// For `lesson` sessions: the lessons taught, in order.
    #[serde(default)]
    pub lessons: Vec<LessonId>,
}

/// Minutes after midnight of an `HH:MM` time.
pub fn minutes_of_day(time: &str) -> Option<u16> {
    let (h, m) = time.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

impl Agenda {
    /// Parses `agenda.toml`; `path` only names the file in errors.
    pub fn parse(raw: &str, path: &Path) -> Result<Self> {
        parse_toml(raw, path, 0)
    }

    /// What is wrong with the agenda on its own, as (line, message). Whether
    /// its lessons exist is the pack checker's business.
    pub fn problems(&self, raw: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        // Sessions appear in file order: find each one's `start` in turn.
        let mut from = 0;
        let mut line_of_next_start = || {
            // The key at the start of a line, not a lesson id that contains it.
            let at = raw[from..].find("\nstart").map_or(from, |i| from + i + 1);
            from = at + 1;
            line_column(raw, at).0
        };
        if self.days.is_empty() {
            out.push((1, "the agenda has no days".into()));
        }
        for (d, day) in self.days.iter().enumerate() {
            let mut end_of_previous: Option<u16> = None;
            if day.sessions.is_empty() {
                out.push((1, format!("day {} has no sessions", d + 1)));
            }
            for session in &day.sessions {
                let line = line_of_next_start();
                let Some(start) = minutes_of_day(&session.start) else {
                    out.push((
                        line,
                        format!("`{}` is not a time: write it as HH:MM", session.start),
                    ));
                    continue;
                };
                if session.minutes == 0 {
                    out.push((line, "a session lasts at least one minute".into()));
                }
                if let Some(end) = end_of_previous
                    && start < end
                {
                    out.push((
                        line,
                        format!(
                            "day {}: the session at {} starts before the one before it ends",
                            d + 1,
                            session.start
                        ),
                    ));
                }
                end_of_previous = Some(start + session.minutes);
                if session.title.trim().is_empty() {
                    out.push((line, "a session needs a `title`".into()));
                }
                match session.kind {
                    SessionKind::Lesson if session.lessons.is_empty() => {
                        out.push((line, "a `lesson` session names its `lessons`".into()));
                    }
                    SessionKind::Lesson => {}
                    _ if !session.lessons.is_empty() => {
                        out.push((line, "only a `lesson` session lists `lessons`".into()))
                    }
                    _ => {}
                }
            }
        }
        out
    }
}

/// An agenda's words in another language, `agenda.<locale>.toml`: the
/// titles only, in the source's order (times, kinds and lessons are the
/// same in every language).
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct AgendaWords {
    /// Draft or reviewed; without one, a draft.
    pub status: Option<TranslationStatus>,
    /// `sha256:` of the `agenda.toml` it was translated from.
    pub source_hash: Option<String>,
    /// The agenda's title.
    pub title: String,
    /// One per source day.
    #[serde(rename = "day", default)]
    pub days: Vec<DayWords>,
}

/// The words of one agenda day.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct DayWords {
    /// The day's theme, if the source day has one.
    pub title: Option<String>,
    /// Each session's title, in order.
    pub sessions: Vec<String>,
}

impl AgendaWords {
    /// Parses `agenda.<locale>.toml`.
    pub fn parse(raw: &str, path: &Path) -> Result<Self> {
        parse_toml(raw, path, 0)
    }

    /// Where these words do not fit `agenda`, as (line, message).
    pub fn problems(&self, agenda: &Agenda, raw: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        if self.days.len() != agenda.days.len() {
            out.push((
                1,
                format!(
                    "{} `[[day]]` here but {} in agenda.toml: one per day, in order",
                    self.days.len(),
                    agenda.days.len()
                ),
            ));
        }
        let mut from = 0;
        for (d, (words, day)) in self.days.iter().zip(&agenda.days).enumerate() {
            let at = raw[from..].find("[[day]]").map_or(from, |i| from + i);
            from = at + 1;
            let line = line_column(raw, at).0;
            if words.sessions.len() != day.sessions.len() {
                out.push((
                    line,
                    format!(
                        "day {} has {} session titles here but {} sessions in agenda.toml",
                        d + 1,
                        words.sessions.len(),
                        day.sessions.len()
                    ),
                ));
            }
            if words.title.is_some() != day.title.is_some() {
                out.push((
                    line,
                    format!(
                        "day {}: give a `title` exactly when agenda.toml does",
                        d + 1
                    ),
                ));
            }
            if words.sessions.iter().any(|t| t.trim().is_empty()) || self.title.trim().is_empty() {
                out.push((line, "every title needs words".into()));
            }
        }
        out
    }
}

impl Agenda {
    /// The same agenda with its titles in `words` (which fit, see
    /// [`AgendaWords::problems`]).
    pub fn in_words(&self, words: &AgendaWords) -> Agenda {
        let mut agenda = self.clone();
        agenda.title.clone_from(&words.title);
        for (day, w) in agenda.days.iter_mut().zip(&words.days) {
            if w.title.is_some() {
                day.title.clone_from(&w.title);
            }
            for (session, title) in day.sessions.iter_mut().zip(&w.sessions) {
                session.title.clone_from(title);
            }
        }
        agenda
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
title = "One-day workshop"

[[day]]
[[day.session]]
start = "08:30"
minutes = 30
kind = "pre-test"
title = "Welcome and pre-test"

[[day.session]]
start = "09:00"
minutes = 45
kind = "lesson"
title = "Deciding to go"
lessons = ["costs-and-benefits"]
"#;

    fn problems(raw: &str) -> Vec<(usize, String)> {
        Agenda::parse(raw, Path::new("agenda.toml"))
            .expect("parses")
            .problems(raw)
    }

    #[test]
    fn translated_titles_fit_the_agenda() {
        let agenda = Agenda::parse(GOOD, Path::new("agenda.toml")).expect("valid");
        let raw = "status = \"draft\"\ntitle = \"សិក្ខាសាលាមួយថ្ងៃ\"\n\n[[day]]\nsessions = [\"ស្វាគមន៍\", \"ការសម្រេចចិត្ត\"]\n";
        let words = AgendaWords::parse(raw, Path::new("agenda.km.toml")).expect("valid");
        assert_eq!(words.problems(&agenda, raw), vec![]);
        let km = agenda.in_words(&words);
        assert_eq!(km.title, "សិក្ខាសាលាមួយថ្ងៃ");
        assert_eq!(km.days[0].sessions[1].title, "ការសម្រេចចិត្ត");
        assert_eq!(km.days[0].sessions[1].start, "09:00");

        let short = raw.replace(", \"ការសម្រេចចិត្ត\"", "");
        let words = AgendaWords::parse(&short, Path::new("agenda.km.toml")).expect("valid");
        let p = words.problems(&agenda, &short);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, 4);
        assert!(p[0].1.contains("1 session titles here but 2"), "{p:?}");
    }

    #[test]
    fn a_good_agenda_has_no_problems() {
        assert_eq!(problems(GOOD), vec![]);
        assert_eq!(minutes_of_day("09:05"), Some(545));
        for bad in ["9:05", "24:00", "09:60", "0900", "ab:cd"] {
            assert_eq!(minutes_of_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn overlaps_bad_times_and_misplaced_lessons_are_reported_at_their_line() {
        let overlap = GOOD.replace("\"09:00\"", "\"08:45\"");
        let p = problems(&overlap);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, 12);
        assert!(p[0].1.contains("starts before"), "{p:?}");

        let p = problems(&GOOD.replace("\"08:30\"", "\"8.30\""));
        assert_eq!(p[0].0, 6);
        assert!(p[0].1.contains("HH:MM"), "{p:?}");

        let p = problems(&GOOD.replace("lessons = [\"costs-and-benefits\"]", ""));
        assert!(p[0].1.contains("names its `lessons`"), "{p:?}");

        let p = problems(&GOOD.replace("kind = \"lesson\"", "kind = \"break\""));
        assert!(p[0].1.contains("only a `lesson` session"), "{p:?}");

        let err = Agenda::parse(
            &GOOD
                .replace("kind = \"break\"", "kind = \"nap\"")
                .replace("\"pre-test\"", "\"nap\""),
            Path::new("agenda.toml"),
        )
        .expect_err("unknown kind")
        .to_string();
        assert!(err.starts_with("agenda.toml:8:"), "{err}");
    }
}
