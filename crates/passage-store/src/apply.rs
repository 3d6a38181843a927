//! Applying a record: add it to the log (once) and fold it into the derived
//! tables. The result does not depend on the order records arrive in, nor on
//! duplicates: facts are keyed by the record's place, mutable fields keep the
//! latest clock (device id breaking ties), and an erasure removes the
//! learner from every derived table and purges their payloads, now and for
//! any record about them that arrives later.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::hlc::Hlc;
use crate::record::{LessonRef, Payload, Record};
use crate::{Result, StoreError};

/// Applies one record inside `tx`. Returns whether it was new.
pub(crate) fn apply(tx: &Transaction<'_>, record: &Record) -> Result<bool> {
    let Record {
        device_id,
        scope,
        idx,
        hlc,
        payload,
    } = record;
    let idx_sql = i64::try_from(*idx).map_err(|_| StoreError::BadRecord("idx too large".into()))?;
    let millis =
        i64::try_from(hlc.millis).map_err(|_| StoreError::BadRecord("clock too large".into()))?;
    let json = payload.as_ref().map(serde_json::to_string).transpose()?;
    let inserted = tx.execute(
        "INSERT OR IGNORE INTO records
             (device_id, scope, idx, hlc_millis, hlc_counter, kind, learner, payload)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            device_id,
            scope,
            idx_sql,
            millis,
            hlc.counter,
            payload.as_ref().map(Payload::kind),
            payload.as_ref().and_then(Payload::learner),
            json
        ],
    )?;
    if inserted == 0 {
        // Already there. A purged copy arriving after the full one (or the
        // other way round) must end purged: the erasure decides, below.
        if payload.is_none() {
            purge_one(tx, device_id, scope, idx_sql)?;
        }
        return Ok(false);
    }
    let Some(payload) = payload else {
        return Ok(true);
    };
    let erased: bool = match payload.learner() {
        Some(learner) => tx
            .query_row("SELECT 1 FROM erased WHERE learner = ?1", [learner], |_| {
                Ok(true)
            })
            .optional()?
            .unwrap_or(false),
        None => false,
    };
    if erased && !matches!(payload, Payload::LearnerErased { .. }) {
        purge_one(tx, device_id, scope, idx_sql)?;
        return Ok(true);
    }
    let key = (device_id.as_str(), scope.as_str(), idx_sql);
    match payload {
        Payload::LearnerRegistered { learner } => {
            tx.execute(
                "INSERT INTO learners (id, registered_millis) VALUES (?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET registered_millis =
                     min(registered_millis, excluded.registered_millis)",
                params![learner, millis],
            )?;
        }
        Payload::LearnerField {
            learner,
            field,
            value,
        } => set_register(
            tx,
            learner,
            "",
            field.as_str(),
            value.as_deref(),
            *hlc,
            device_id,
        )?,
        Payload::LearnerConsented {
            learner,
            text_version,
        } => {
            tx.execute(
                "INSERT INTO consents (device_id, scope, idx, learner, text_version, at_millis)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![key.0, key.1, key.2, learner, text_version, millis],
            )?;
        }
        Payload::LearnerErased { learner } => erase(tx, learner)?,
        Payload::LessonOpened { learner, at } => {
            lesson_event(tx, key, learner, at, "opened", 0, *hlc)?
        }
        Payload::LessonTime {
            learner,
            at,
            seconds,
        } => lesson_event(tx, key, learner, at, "time", *seconds, *hlc)?,
        Payload::LessonCompleted { learner, at } => {
            lesson_event(tx, key, learner, at, "completed", 0, *hlc)?;
        }
        Payload::Bookmark { learner, at, on } => set_register(
            tx,
            learner,
            &entity(at),
            "bookmark",
            on.then_some("1"),
            *hlc,
            device_id,
        )?,
        Payload::Note { learner, at, text } => set_register(
            tx,
            learner,
            &entity(at),
            "note",
            (!text.is_empty()).then_some(text.as_str()),
            *hlc,
            device_id,
        )?,
        Payload::QuizAnswered {
            learner,
            at,
            attempt,
            question,
            chosen,
            correct,
        }
        | Payload::QuizAnsweredV2 {
            learner,
            at,
            attempt,
            question,
            chosen,
            correct,
            ..
        } => {
            tx.execute(
                "INSERT INTO quiz_answers (device_id, scope, idx, learner, course, lesson,
                     attempt, question, chosen, correct, at_millis)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![
                    key.0,
                    key.1,
                    key.2,
                    learner,
                    at.course,
                    at.lesson,
                    attempt,
                    question,
                    serde_json::to_string(chosen)?,
                    correct,
                    millis
                ],
            )?;
        }
        Payload::PlanSaved {
            learner,
            tool,
            inputs,
            result,
        } => {
            tx.execute(
                "INSERT INTO plan_items (device_id, scope, idx, learner, tool, inputs, result, at_millis)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    key.0,
                    key.1,
                    key.2,
                    learner,
                    tool,
                    serde_json::to_string(inputs)?,
                    serde_json::to_string(result)?,
                    millis
                ],
            )?;
        }
        Payload::WorkshopSaved { workshop, details } => {
            tx.execute(
                "INSERT INTO workshops
                     (id, scope, details, created_millis, hlc_millis, hlc_counter, device_id)
                 VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET
                     scope = excluded.scope,
                     details = excluded.details,
                     hlc_millis = excluded.hlc_millis,
                     hlc_counter = excluded.hlc_counter,
                     device_id = excluded.device_id
                 WHERE (excluded.hlc_millis, excluded.hlc_counter, excluded.device_id)
                     > (workshops.hlc_millis, workshops.hlc_counter, workshops.device_id)",
                params![
                    workshop,
                    scope,
                    serde_json::to_string(details)?,
                    millis,
                    hlc.counter,
                    device_id
                ],
            )?;
            // The first save on any device is when it was made.
            tx.execute(
                "UPDATE workshops SET created_millis = min(created_millis, ?2) WHERE id = ?1",
                params![workshop, millis],
            )?;
        }
        Payload::Enrolled { workshop, learner } => {
            tx.execute(
                "INSERT INTO enrolments (workshop, learner, at_millis, at_counter)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (workshop, learner) DO UPDATE SET
                     at_millis = excluded.at_millis, at_counter = excluded.at_counter
                 WHERE (excluded.at_millis, excluded.at_counter)
                     < (enrolments.at_millis, enrolments.at_counter)",
                params![workshop, learner, millis, hlc.counter],
            )?;
        }
        Payload::AttendanceMarked {
            workshop,
            learner,
            session,
            present,
        } => set_register(
            tx,
            learner,
            &workshop_entity(workshop),
            &format!("attended/{session}"),
            present.then_some("1"),
            *hlc,
            device_id,
        )?,
        Payload::TestSat {
            workshop,
            learner,
            test,
            answers,
            score,
            total,
            on_paper,
        } => {
            tx.execute(
                "INSERT INTO test_sittings (device_id, scope, idx, learner, workshop, test,
                     answers, score, total, on_paper, at_millis, at_counter)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
                params![
                    key.0,
                    key.1,
                    key.2,
                    learner,
                    workshop,
                    test.as_str(),
                    serde_json::to_string(answers)?,
                    score,
                    total,
                    on_paper,
                    millis,
                    hlc.counter
                ],
            )?;
        }
        Payload::QuizFinished {
            learner,
            at,
            attempt,
            score,
            total,
        } => {
            tx.execute(
                "INSERT INTO quiz_results (device_id, scope, idx, learner, course, lesson,
                     attempt, score, total, at_millis)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    key.0, key.1, key.2, learner, at.course, at.lesson, attempt, score, total,
                    millis
                ],
            )?;
        }
    }
    Ok(true)
}

/// The register entity of a workshop (attendance).
pub(crate) fn workshop_entity(workshop: &str) -> String {
    format!("workshop/{workshop}")
}

/// The register entity of a lesson.
pub(crate) fn entity(at: &LessonRef) -> String {
    format!("{}/{}", at.course, at.lesson)
}

fn lesson_event(
    tx: &Transaction<'_>,
    key: (&str, &str, i64),
    learner: &str,
    at: &LessonRef,
    event: &str,
    seconds: u32,
    hlc: Hlc,
) -> Result<()> {
    tx.execute(
        "INSERT INTO lesson_events (device_id, scope, idx, learner, course, lesson, event,
             seconds, at_millis, at_counter)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            key.0,
            key.1,
            key.2,
            learner,
            at.course,
            at.lesson,
            event,
            seconds,
            i64::try_from(hlc.millis).unwrap_or(i64::MAX),
            hlc.counter
        ],
    )?;
    Ok(())
}

/// Last writer wins: the later clock, or on a tie the greater device id.
fn set_register(
    tx: &Transaction<'_>,
    learner: &str,
    entity: &str,
    field: &str,
    value: Option<&str>,
    hlc: Hlc,
    device_id: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO registers (learner, entity, field, value, hlc_millis, hlc_counter, device_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (learner, entity, field) DO UPDATE SET
             value = excluded.value,
             hlc_millis = excluded.hlc_millis,
             hlc_counter = excluded.hlc_counter,
             device_id = excluded.device_id
         WHERE (excluded.hlc_millis, excluded.hlc_counter, excluded.device_id)
             > (registers.hlc_millis, registers.hlc_counter, registers.device_id)",
        params![
            learner,
            entity,
            field,
            value,
            i64::try_from(hlc.millis).unwrap_or(i64::MAX),
            hlc.counter,
            device_id
        ],
    )?;
    Ok(())
}

fn purge_one(tx: &Transaction<'_>, device_id: &str, scope: &str, idx: i64) -> Result<()> {
    tx.execute(
        "UPDATE records SET kind = NULL, learner = NULL, payload = NULL
         WHERE device_id = ?1 AND scope = ?2 AND idx = ?3
           AND (kind IS NULL OR kind <> 'learner.erased.v1')",
        params![device_id, scope, idx],
    )?;
    Ok(())
}

/// Every derived table with rows about one learner (a `learner` column).
/// An erasure empties them all; a test checks no such table is missing.
pub(crate) const LEARNER_TABLES: [&str; 8] = [
    "registers",
    "enrolments",
    "test_sittings",
    "consents",
    "lesson_events",
    "quiz_answers",
    "quiz_results",
    "plan_items",
];

/// Removes a learner from every derived table and purges their records,
/// keeping each record's place so streams stay contiguous.
fn erase(tx: &Transaction<'_>, learner: &str) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO erased (learner) VALUES (?1)",
        [learner],
    )?;
    tx.execute("DELETE FROM learners WHERE id = ?1", [learner])?;
    for table in LEARNER_TABLES {
        tx.execute(
            &format!("DELETE FROM {table} WHERE learner = ?1"),
            [learner],
        )?;
    }
    tx.execute(
        "UPDATE records SET kind = NULL, learner = NULL, payload = NULL
         WHERE learner = ?1 AND kind <> 'learner.erased.v1'",
        [learner],
    )?;
    Ok(())
}
