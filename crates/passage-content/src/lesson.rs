//! A lesson file: `lessons/<id>/<locale>.md`, TOML front matter between
//! `+++` lines, then the Markdown body. The front matter carries what a
//! trainer and a translator need beside the text: objectives, key points, the
//! workshop activity, facilitator notes, and the translation state.

use std::path::Path;

use passage_l10n::TranslationStatus;

use crate::manifest::{LessonId, line_column};
use crate::{ContentError, Result};

/// The front matter of a lesson in one locale.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct LessonMeta {
    /// The lesson id; must match its folder name.
    pub id: LessonId,
    /// Title shown in lists and at the top of the lesson.
    pub title: String,
    /// About how long the lesson takes to read alone, in minutes.
    pub minutes: u16,
    /// What the learner can do after the lesson.
    pub objectives: Vec<String>,
    /// The few things to remember.
    #[serde(default)]
    pub key_points: Vec<String>,
    /// The workshop activity for this lesson.
    pub activity: Option<Activity>,
    /// Notes only the trainer sees.
    pub facilitator: Option<FacilitatorNotes>,
    /// Narration audio beside the lesson file, e.g. `narration.km.ogg`.
    pub narration: Option<String>,
    /// Where every law, convention, figure or date in the lesson comes from.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Draft or reviewed. The source language defaults to reviewed; a
    /// translation without a status is a draft.
    pub status: Option<TranslationStatus>,
    /// For translations: the `sha256:` hash of the source file they were
    /// translated from. When the source changes, the translation is outdated.
    pub source_hash: Option<String>,
}

/// A workshop activity.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Activity {
    /// Name of the activity.
    pub title: String,
    /// Time it takes, in minutes.
    pub minutes: u16,
    /// What the trainer brings.
    #[serde(default)]
    pub materials: Vec<String>,
    /// What happens, in order.
    pub steps: Vec<String>,
    /// Questions to ask afterwards.
    #[serde(default)]
    pub debrief: Vec<String>,
}

/// A source the lesson's facts come from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Source {
    /// Title of the document, e.g. "ILO Domestic Workers Convention, 2011 (No. 189)".
    pub title: String,
    /// Who published it, e.g. "ILO".
    pub publisher: Option<String>,
    /// The year of the document (or of the figure it gives).
    pub year: u16,
    /// Where to read it (https only).
    pub url: Option<String>,
}

/// Guidance for the trainer running the session.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FacilitatorNotes {
    /// Timing of the session, e.g. "5 min: story", "15 min: activity".
    #[serde(default)]
    pub timing: Vec<String>,
    /// Things to watch for, sensitive points, local adaptations.
    #[serde(default)]
    pub notes: Vec<String>,
}

/// A parsed lesson file.
#[derive(Clone, Debug, PartialEq)]
pub struct LessonFile {
    /// The front matter.
    pub meta: LessonMeta,
    /// The Markdown body.
    pub body: String,
    /// 1-based line of the file where the body starts.
    pub body_line: usize,
}

const FENCE: &str = "+++";

impl LessonFile {
    /// Parses a lesson; `path` only names the file in errors.
    pub fn parse(raw: &str, path: &Path) -> Result<Self> {
        let at = |line: usize, column: usize, message: String| ContentError::Manifest {
            path: path.to_owned(),
            line,
            column,
            message,
        };
        let raw = raw.strip_prefix('\u{feff}').unwrap_or(raw);
        let mut lines = raw.split_inclusive('\n');
        let first = lines.next().unwrap_or_default();
        if first.trim_end() != FENCE {
            return Err(at(
                1,
                1,
                "a lesson starts with front matter: a line `+++`, TOML, then another `+++`".into(),
            ));
        }
        let front_start = first.len();
        let mut offset = front_start;
        let mut close = None;
        for line in lines {
            if line.trim_end() == FENCE {
                close = Some((offset, offset + line.len()));
                break;
            }
            offset += line.len();
        }
        let Some((front_end, body_start)) = close else {
            return Err(at(
                1,
                1,
                "the front matter has no closing `+++` line".into(),
            ));
        };
        let front = &raw[front_start..front_end];
        // The opening fence is line 1 of the file.
        let meta: LessonMeta = crate::manifest::parse_toml(front, path, 1)?;
        let body_line = raw[..body_start].matches('\n').count() + 1;
        let lesson = Self {
            meta,
            body: raw[body_start..].to_owned(),
            body_line,
        };
        lesson.check_front(front, path)?;
        Ok(lesson)
    }

    /// Reads and parses a lesson file.
    pub fn load(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|source| ContentError::Io {
            path: path.to_owned(),
            source,
        })?;
        let raw = String::from_utf8(bytes).map_err(|err| {
            let valid = err.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(&err.as_bytes()[..valid]).into_owned();
            let (line, column) = line_column(&text, valid);
            ContentError::Manifest {
                path: path.to_owned(),
                line,
                column,
                message: "the file is not valid UTF-8 (save it as UTF-8)".into(),
            }
        })?;
        Self::parse(&raw, path)
    }

    fn check_front(&self, front: &str, path: &Path) -> Result<()> {
        let at = |key: &str, message: &str| {
            let (line, column) = line_column(front, front.find(key).unwrap_or(0));
            ContentError::Manifest {
                path: path.to_owned(),
                line: line + 1,
                column,
                message: message.to_owned(),
            }
        };
        if self.meta.title.trim().is_empty() {
            return Err(at("title", "the title is empty"));
        }
        if self.meta.objectives.iter().all(|o| o.trim().is_empty()) {
            return Err(at(
                "objectives",
                "a lesson needs at least one learning objective",
            ));
        }
        for source in &self.meta.sources {
            if source.title.trim().is_empty() {
                return Err(at("[[sources]]", "a source needs a `title`"));
            }
            if !(1800..=2100).contains(&source.year) {
                return Err(at(
                    &format!("year = {}", source.year),
                    "a source's `year` is the four-digit year of the document",
                ));
            }
            if let Some(url) = &source.url
                && !url.starts_with("https://")
            {
                return Err(at(url, "a source's `url` must start with https://"));
            }
        }
        if let Some(hash) = &self.meta.source_hash {
            let hex = hash.strip_prefix("sha256:").unwrap_or_default();
            if hex.len() != 64 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
                return Err(at(
                    "source-hash",
                    "`source-hash` must be `sha256:` and 64 hex digits",
                ));
            }
        }
        if let Some(narration) = &self.meta.narration
            && (narration.contains(['/', '\\']) || narration.starts_with('.'))
        {
            return Err(at(
                "narration",
                "`narration` names a file beside the lesson, without folders",
            ));
        }
        Ok(())
    }
}

/// The hash translations record as `source-hash`: SHA-256 of the source file
/// with line endings normalised, so a CRLF checkout does not mark all
/// translations outdated.
pub fn source_hash(raw: &str) -> String {
    use sha2::{Digest, Sha256};
    let normalised = raw.replace("\r\n", "\n");
    let digest = Sha256::digest(normalised.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = "+++\nid = \"red-flags\"\ntitle = \"Red flags\"\nminutes = 15\n\
        objectives = [\"Spot three red flags\"]\nkey-points = [\"Never pay for a job offer you cannot check\"]\n\n\
        [activity]\ntitle = \"Spot the fake\"\nminutes = 20\nmaterials = [\"Printed job ads\"]\n\
        steps = [\"Groups read ads\", \"Mark red flags\"]\ndebrief = [\"Which ad was fake?\"]\n\n\
        [facilitator]\ntiming = [\"5 min: story\"]\nnotes = [\"Some may have paid already: no blame\"]\n+++\n\
        ## A story\n\nMaria saw an ad.\n";

    fn parse(raw: &str) -> Result<LessonFile> {
        LessonFile::parse(raw, Path::new("lessons/red-flags/en.md"))
    }

    #[test]
    fn reads_front_matter_and_body() {
        let lesson = parse(GOOD).expect("good lesson");
        assert_eq!(lesson.meta.id.as_str(), "red-flags");
        assert_eq!(lesson.meta.minutes, 15);
        assert_eq!(
            lesson.meta.activity.as_ref().map(|a| a.steps.len()),
            Some(2)
        );
        assert!(lesson.body.starts_with("## A story"));
        assert_eq!(lesson.body_line, 19);
        assert_eq!(GOOD.lines().nth(lesson.body_line - 1), Some("## A story"));
    }

    #[test]
    fn errors_point_at_the_line_in_the_file() {
        let cases = [
            (
                GOOD.replace("minutes = 15", "minutes = \"fifteen\""),
                4,
                "invalid type",
            ),
            (
                GOOD.replace("title = \"Red flags\"\n", ""),
                2,
                "missing field `title`",
            ),
            (GOOD.replace("key-points", "keypoints"), 6, "unknown field"),
            (
                GOOD.replace("objectives = [\"Spot three red flags\"]", "objectives = []"),
                5,
                "learning objective",
            ),
            (
                GOOD.replace("+++\n## A story", "## A story"),
                1,
                "no closing `+++`",
            ),
            (GOOD.replacen("+++\n", "", 1), 1, "starts with front matter"),
            (
                GOOD.replace("minutes = 15", "minutes = 15\nsource-hash = \"abc\""),
                5,
                "64 hex digits",
            ),
            (
                GOOD.replace("minutes = 15", "minutes = 15\nnarration = \"../x.ogg\""),
                5,
                "beside the lesson",
            ),
        ];
        for (raw, line, want) in cases {
            let err = parse(&raw).expect_err(want).to_string();
            assert!(
                err.starts_with(&format!("lessons/red-flags/en.md:{line}:")),
                "want line {line} for `{want}`: {err}"
            );
            assert!(err.contains(want), "want `{want}`: {err}");
        }
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("km.md");
        let mut bytes = GOOD.as_bytes().to_vec();
        bytes.extend_from_slice(b"line two\n\xff\xfe bad\n");
        std::fs::write(&path, bytes).expect("write");
        let err = LessonFile::load(&path).expect_err("bad utf8").to_string();
        assert!(err.contains(":23:1: the file is not valid UTF-8"), "{err}");
    }

    #[test]
    fn source_hash_ignores_line_endings() {
        let unix = source_hash("a\nb\n");
        assert_eq!(unix, source_hash("a\r\nb\r\n"));
        assert_ne!(unix, source_hash("a\nc\n"));
        assert!(unix.starts_with("sha256:") && unix.len() == 71);
    }

    mod properties {
        use proptest::prelude::*;

        use super::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

            /// Any text at all parses or fails with a positioned error, never panics.
            #[test]
            fn any_text_parses_or_errors_with_a_place(raw in "\\PC{0,300}") {
                if let Err(err) = LessonFile::parse(&raw, Path::new("x/en.md")) {
                    prop_assert!(err.to_string().starts_with("x/en.md:"), "{}", err);
                }
            }

            /// Front matter built from real keys and hostile values never
            /// panics, and errors always point at a line inside the file.
            #[test]
            fn front_matter_fragments_never_panic(parts in proptest::collection::vec(prop_oneof![
                Just("+++\n"), Just("id = \"a\"\n"), Just("title = "), Just("minutes = "),
                Just("objectives = ["), Just("]"), Just("\"x\""), Just("\n"), Just("[activity]\n"),
                Just("steps = []\n"), Just("source-hash = \"sha256:"), Just("\u{feff}"),
                Just("65536"), Just("-1"), Just("ចំណាក"), Just("\r\n"), Just("\"\"\"\n"), Just("'''"),
            ], 0..40)) {
                let raw: String = parts.concat();
                if let Err(err) = LessonFile::parse(&raw, Path::new("x/en.md")) {
                    let shown = err.to_string();
                    let line: usize = shown
                        .split(':')
                        .nth(1)
                        .and_then(|l| l.parse().ok())
                        .unwrap_or(0);
                    let lines = raw.lines().count().max(1) + 1;
                    prop_assert!(line >= 1 && line <= lines, "{} for {:?}", shown, raw);
                }
            }
        }
    }
}
