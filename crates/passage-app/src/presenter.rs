//! The presenter: the trainer's window shows a lesson's facilitator notes and
//! steers the slides; the projector window shows the slide the trainer is
//! on. Both windows read this one state, so they never disagree.

use crate::{AppError, Passage, Result};

/// What the projector shows.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PresenterState {
    /// Course id.
    pub course_id: String,
    /// Lesson id.
    pub lesson_id: String,
    /// The lesson's language on the projector (the workshop's).
    pub locale: Option<String>,
    /// Slide number, from 0.
    pub slide: u32,
}

impl Passage {
    /// Moves the projector to a lesson and slide (trainer only); `None`
    /// blanks it.
    pub fn set_presenter(&self, state: Option<PresenterState>) -> Result<()> {
        self.trainer()?;
        if let Some(s) = &state {
            self.lesson_ref(&s.course_id, &s.lesson_id)?;
            if s.slide > 500 {
                return Err(AppError::BadInput("slide: at most 500".into()));
            }
        }
        *self
            .presenter
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = state;
        Ok(())
    }

    /// What the projector shows now, if anything. Lessons are not secret:
    /// the projector window may ask without a trainer's PIN.
    pub fn presenter(&self) -> Option<PresenterState> {
        self.presenter
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}
