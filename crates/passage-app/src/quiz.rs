//! Quizzes as the learner meets them: one question at a time in their
//! language, and, once they answer, whether they were right and why. The
//! answer key stays here; the UI only ever sees the feedback of an answer.

use passage_content::{QuestionType, Quiz};
use passage_l10n::Locale;

use crate::{AppError, Result};

/// A quiz in one language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuizView {
    /// The locale the words are in.
    pub shown_in: String,
    /// The questions, in order.
    pub questions: Vec<QuestionView>,
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Pick one.
    Single,
    /// Pick all that apply.
    Multiple,
    /// True or false.
    TrueFalse,
    /// Put in order.
    Ordering,
}

impl From<QuestionType> for QuestionKind {
    fn from(t: QuestionType) -> Self {
        match t {
            QuestionType::Single => Self::Single,
            QuestionType::Multiple => Self::Multiple,
            QuestionType::TrueFalse => Self::TrueFalse,
            QuestionType::Ordering => Self::Ordering,
        }
    }
}

/// One question, without its answer.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    /// Question id.
    pub id: String,
    /// How it is answered.
    pub kind: QuestionKind,
    /// The question.
    pub prompt: String,
    /// The options in display order (for ordering: a starting order).
    pub options: Vec<OptionView>,
}

/// One option of a question.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionView {
    /// Option id.
    pub id: String,
    /// What it says.
    pub text: String,
}

/// What the learner sees after answering.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AnswerResult {
    /// The answer was right.
    pub correct: bool,
    /// The right answer: option ids (for ordering, in order).
    pub correct_options: Vec<String>,
    /// Why, per option: every option chosen and every correct one, in
    /// display order (for ordering: in the correct order).
    pub feedback: Vec<OptionFeedback>,
    /// The language the feedback is in.
    pub shown_in: String,
}

/// Feedback on one option.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OptionFeedback {
    /// Option id.
    pub id: String,
    /// What it says.
    pub text: String,
    /// Why it is right or wrong.
    pub feedback: String,
    /// The learner chose it.
    pub chosen: bool,
    /// It is (part of) the right answer.
    pub correct: bool,
}

/// The words to use: `shown` if the quiz has them, else the source language.
fn words_locale<'a>(quiz: &'a Quiz, shown: &Locale, source: &Locale) -> Option<&'a Locale> {
    quiz.words
        .get_key_value(shown)
        .or_else(|| quiz.words.get_key_value(source))
        .map(|(l, _)| l)
}

/// The quiz in `shown` (or the source language), without answers.
pub(crate) fn quiz_view(quiz: &Quiz, shown: &Locale, source: &Locale) -> Option<QuizView> {
    let locale = words_locale(quiz, shown, source)?;
    let words = quiz.words.get(locale)?;
    let questions = quiz
        .key
        .questions
        .iter()
        .filter_map(|q| Some(question_view(q.id.clone(), q, words.get(&q.id)?)))
        .collect();
    Some(QuizView {
        shown_in: locale.to_string(),
        questions,
    })
}

/// One question as the learner sees it (no answer key), under `id`.
pub(crate) fn question_view(
    id: String,
    key: &passage_content::KeyQuestion,
    words: &passage_content::QuestionWords,
) -> QuestionView {
    let mut options: Vec<OptionView> = key
        .options
        .iter()
        .filter_map(|o| {
            words.options.get(o).map(|ow| OptionView {
                id: o.clone(),
                text: ow.text.clone(),
            })
        })
        .collect();
    // An ordering must not start out solved.
    if key.kind == QuestionType::Ordering && key.options == key.correct {
        options.reverse();
    }
    QuestionView {
        id,
        kind: key.kind.into(),
        prompt: words.prompt.clone(),
        options,
    }
}

/// Grades an answer and says why, in `shown` (or the source language).
pub(crate) fn answer(
    quiz: &Quiz,
    question_id: &str,
    chosen: &[String],
    shown: &Locale,
    source: &Locale,
) -> Result<AnswerResult> {
    let q = quiz
        .key
        .questions
        .iter()
        .find(|q| q.id == question_id)
        .ok_or_else(|| AppError::NotFound(format!("question `{question_id}`")))?;
    if let Some(unknown) = chosen.iter().find(|c| !q.options.contains(c)) {
        return Err(AppError::BadInput(format!(
            "`{unknown}` is not an option of question `{question_id}`"
        )));
    }
    let locale = words_locale(quiz, shown, source)
        .ok_or_else(|| AppError::NotFound(format!("words of question `{question_id}`")))?;
    let words = quiz
        .words
        .get(locale)
        .and_then(|w| w.get(&q.id))
        .ok_or_else(|| AppError::NotFound(format!("words of question `{question_id}`")))?;
    let order: &[String] = if q.kind == QuestionType::Ordering {
        &q.correct
    } else {
        &q.options
    };
    let feedback = order
        .iter()
        .filter_map(|id| {
            let is_chosen = chosen.contains(id);
            let is_correct = q.correct.contains(id);
            let show = is_chosen || is_correct || q.kind == QuestionType::Ordering;
            let w = words.options.get(id)?;
            show.then(|| OptionFeedback {
                id: id.clone(),
                text: w.text.clone(),
                feedback: w.feedback.clone(),
                chosen: is_chosen,
                correct: is_correct,
            })
        })
        .collect();
    Ok(AnswerResult {
        correct: q.is_correct(chosen),
        correct_options: q.correct.clone(),
        feedback,
        shown_in: locale.to_string(),
    })
}
