//! What the app reads: learners and their profiles, progress per lesson,
//! quiz results, and a learner's own data as one JSON document.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};

use crate::record::{LessonRef, ProfileField};
use crate::{Result, Store};

/// A learner as the profile picker lists them.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct LearnerSummary {
    /// Learner id.
    pub id: String,
    /// Name or nickname.
    pub name: String,
    /// Their language.
    pub locale: Option<String>,
    /// Whether a PIN protects the profile.
    pub has_pin: bool,
    /// When they last did something (ms since the epoch).
    pub last_active_millis: u64,
}

/// A learner's profile: the current value of each field.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Profile {
    /// Learner id.
    pub id: String,
    /// Field values by field.
    pub fields: BTreeMap<ProfileField, String>,
    /// Whether they agreed to the consent text, and which version.
    pub consent_version: Option<u32>,
}

impl Profile {
    /// One field's value.
    pub fn get(&self, field: ProfileField) -> Option<&str> {
        self.fields.get(&field).map(String::as_str)
    }
}

/// Progress in one lesson.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct LessonProgress {
    /// Opened at least once.
    pub opened: bool,
    /// Completed.
    pub completed: bool,
    /// Seconds spent reading, all devices together.
    pub seconds: u64,
    /// Bookmarked.
    pub bookmarked: bool,
    /// The learner's note.
    pub note: Option<String>,
    /// Best quiz result as (score, total).
    pub best_quiz: Option<(u32, u32)>,
}

/// A money tool's result a learner saved to their plan.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct PlanItem {
    /// Which tool.
    pub tool: String,
    /// What they typed.
    pub inputs: BTreeMap<String, String>,
    /// What the tool showed.
    pub result: BTreeMap<String, String>,
    /// When (ms since the epoch).
    pub at_millis: u64,
}

/// One finished go at a quiz.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct QuizResult {
    /// Which lesson.
    pub at: LessonRef,
    /// Right answers.
    pub score: u32,
    /// Questions.
    pub total: u32,
    /// When (ms since the epoch).
    pub at_millis: u64,
}

/// The lesson in a row's first two columns (course, lesson).
fn lesson_at(r: &rusqlite::Row<'_>) -> rusqlite::Result<LessonRef> {
    Ok(LessonRef {
        course: r.get(0)?,
        lesson: r.get(1)?,
    })
}

/// A row's first three columns, as text.
pub(crate) fn three_texts(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, String, String)> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
}

fn to_u64(v: i64) -> u64 {
    u64::try_from(v).unwrap_or(0)
}

impl Store {
    /// The learners whose profile field `field` is `value` (e.g. trainers).
    pub fn with_field(&self, field: ProfileField, value: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(
            "SELECT learner FROM registers WHERE entity = '' AND field = ?1 AND value = ?2
             ORDER BY learner",
        )?;
        let rows = stmt
            .query_map(params![field.as_str(), value], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        Ok(rows)
    }

    /// Every learner on this device, most recently active first.
    pub fn learners(&self) -> Result<Vec<LearnerSummary>> {
        let mut stmt = self.conn().prepare(
            "SELECT l.id,
                    coalesce((SELECT value FROM registers WHERE learner = l.id AND entity = '' AND field = 'name'), ''),
                    (SELECT value FROM registers WHERE learner = l.id AND entity = '' AND field = 'locale'),
                    EXISTS (SELECT 1 FROM registers WHERE learner = l.id AND entity = '' AND field = 'pin-hash' AND value IS NOT NULL),
                    max(l.registered_millis,
                        coalesce((SELECT max(at_millis) FROM lesson_events WHERE learner = l.id), 0),
                        coalesce((SELECT max(at_millis) FROM quiz_results WHERE learner = l.id), 0))
                 AS active
             FROM learners l
             ORDER BY active DESC, l.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(LearnerSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                locale: r.get(2)?,
                has_pin: r.get(3)?,
                last_active_millis: to_u64(r.get(4)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A learner's profile, or `None` if there is no such learner (or they
    /// were erased).
    pub fn profile(&self, learner: &str) -> Result<Option<Profile>> {
        let exists = self
            .conn()
            .query_row(
                "SELECT 1 FROM learners WHERE id = ?1",
                [learner],
                |_| Ok(()),
            )
            .optional()?;
        if exists.is_none() {
            return Ok(None);
        }
        let mut profile = Profile {
            id: learner.to_owned(),
            ..Profile::default()
        };
        let mut stmt = self.conn().prepare(
            "SELECT field, value FROM registers
             WHERE learner = ?1 AND entity = '' AND value IS NOT NULL",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?;
        for row in rows {
            let (field, value) = row?;
            if let Some(f) = ProfileField::parse(&field) {
                profile.fields.insert(f, value);
            }
        }
        profile.consent_version = self.conn().query_row(
            "SELECT max(text_version) FROM consents WHERE learner = ?1",
            [learner],
            |r| r.get(0),
        )?;
        Ok(Some(profile))
    }

    /// A learner's progress in every lesson they touched.
    pub fn progress(&self, learner: &str) -> Result<BTreeMap<LessonRef, LessonProgress>> {
        let mut out: BTreeMap<LessonRef, LessonProgress> = BTreeMap::new();
        let mut stmt = self.conn().prepare(
            "SELECT course, lesson,
                    max(event = 'opened'), max(event = 'completed'), sum(seconds)
             FROM lesson_events WHERE learner = ?1 GROUP BY course, lesson",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok((
                lesson_at(r)?,
                r.get::<_, bool>(2)?,
                r.get::<_, bool>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })?;
        for row in rows {
            let (at, opened, completed, seconds) = row?;
            let p = out.entry(at).or_default();
            p.opened = opened;
            p.completed = completed;
            p.seconds = to_u64(seconds);
        }
        let mut stmt = self.conn().prepare(
            "SELECT entity, field, value FROM registers
             WHERE learner = ?1 AND entity <> '' AND value IS NOT NULL",
        )?;
        let rows = stmt.query_map([learner], three_texts)?;
        for row in rows {
            let (entity, field, value) = row?;
            let Some((course, lesson)) = entity.split_once('/') else {
                continue;
            };
            let p = out
                .entry(LessonRef {
                    course: course.to_owned(),
                    lesson: lesson.to_owned(),
                })
                .or_default();
            match field.as_str() {
                "bookmark" => p.bookmarked = true,
                "note" => p.note = Some(value),
                _ => {}
            }
        }
        // Best result: highest share right, then most recent.
        let mut stmt = self.conn().prepare(
            "SELECT course, lesson, score, total FROM quiz_results
             WHERE learner = ?1 AND total > 0
             ORDER BY course, lesson, (score * 1.0 / total) DESC, at_millis DESC,
                      device_id DESC, idx DESC",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok((lesson_at(r)?, r.get::<_, u32>(2)?, r.get::<_, u32>(3)?))
        })?;
        for row in rows {
            let (at, score, total) = row?;
            let p = out.entry(at).or_default();
            if p.best_quiz.is_none() {
                p.best_quiz = Some((score, total));
            }
        }
        Ok(out)
    }

    /// The lesson the learner opened last: "continue where you left off".
    pub fn last_opened(&self, learner: &str) -> Result<Option<LessonRef>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT course, lesson FROM lesson_events
                 WHERE learner = ?1 AND event = 'opened'
                 ORDER BY at_millis DESC, at_counter DESC, device_id DESC LIMIT 1",
                [learner],
                lesson_at,
            )
            .optional()?)
    }

    /// How a go at a quiz went so far: questions answered and answered
    /// right (the last answer to each question counts).
    pub fn attempt_score(&self, learner: &str, attempt: &str) -> Result<(u32, u32)> {
        Ok(self.conn().query_row(
            "SELECT count(*), coalesce(sum(correct), 0) FROM (
                 SELECT question, correct, row_number() OVER (
                     PARTITION BY question ORDER BY at_millis DESC, device_id DESC, idx DESC) AS n
                 FROM quiz_answers WHERE learner = ?1 AND attempt = ?2)
             WHERE n = 1",
            params![learner, attempt],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }

    /// What a learner saved to their plan, newest first.
    pub fn plan(&self, learner: &str) -> Result<Vec<PlanItem>> {
        let mut stmt = self.conn().prepare(
            "SELECT tool, inputs, result, at_millis FROM plan_items
             WHERE learner = ?1 ORDER BY at_millis DESC, device_id DESC, idx DESC",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (tool, inputs, result, at) = row?;
            out.push(PlanItem {
                tool,
                inputs: serde_json::from_str(&inputs)?,
                result: serde_json::from_str(&result)?,
                at_millis: to_u64(at),
            });
        }
        Ok(out)
    }

    /// A learner's finished quizzes, oldest first.
    pub fn quiz_results(&self, learner: &str) -> Result<Vec<QuizResult>> {
        let mut stmt = self.conn().prepare(
            "SELECT course, lesson, score, total, at_millis FROM quiz_results
             WHERE learner = ?1 ORDER BY at_millis, device_id, idx",
        )?;
        let rows = stmt.query_map([learner], |r| {
            Ok(QuizResult {
                at: lesson_at(r)?,
                score: r.get(2)?,
                total: r.get(3)?,
                at_millis: to_u64(r.get(4)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Everything stored about a learner, as they may see and take it: their
    /// records, in order, without the PIN hash.
    pub fn export(&self, learner: &str) -> Result<serde_json::Value> {
        let mut stmt = self.conn().prepare(
            "SELECT device_id, scope, idx, hlc_millis, payload FROM records
             WHERE learner = ?1 ORDER BY hlc_millis, hlc_counter, device_id",
        )?;
        let rows = stmt.query_map(params![learner], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, String>(4)?,
            ))
        })?;
        let mut records = Vec::new();
        for row in rows {
            let (device, scope, idx, millis, payload) = row?;
            let mut payload: serde_json::Value = serde_json::from_str(&payload)?;
            if payload.get("field").and_then(|f| f.as_str()) == Some(ProfileField::PinHash.as_str())
            {
                payload["value"] = serde_json::Value::String("(hidden)".into());
            }
            records.push(serde_json::json!({
                "device": device, "scope": scope, "idx": idx, "at_millis": millis, "record": payload,
            }));
        }
        let profile = self.profile(learner)?.map(|mut p| {
            p.fields.remove(&ProfileField::PinHash);
            p
        });
        Ok(serde_json::json!({
            "format": "passage-learner-export/1",
            "learner": learner,
            "profile": profile,
            "records": records,
        }))
    }
}
