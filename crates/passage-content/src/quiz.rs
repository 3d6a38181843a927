//! Quizzes. The answer key (`quiz.toml`) is the same in every language:
//! question ids, option ids, the type, and which options are correct. The
//! words (`quiz.<locale>.toml`) give each question a prompt and each option a
//! text and feedback that says why it is right or wrong.

use std::collections::BTreeMap;
use std::path::Path;

use crate::Result;
use crate::manifest::{line_of, parse_toml};
use crate::translation::{TranslationMeta, split_header};

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionType {
    /// Exactly one option is correct.
    Single,
    /// One or more options are correct; all must be chosen.
    Multiple,
    /// Options `true` and `false`, one correct.
    TrueFalse,
    /// Put all options in the correct order.
    Ordering,
}

/// One question of the answer key.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct KeyQuestion {
    /// Stable id, e.g. `q1`.
    pub id: String,
    /// How it is answered.
    #[serde(rename = "type")]
    pub kind: QuestionType,
    /// Option ids in display order.
    pub options: Vec<String>,
    /// Correct option ids; for ordering, all options in the correct order.
    pub correct: Vec<String>,
    /// The learning objectives the question checks, as `<lesson-id>#<n>`.
    #[serde(default)]
    pub objectives: Vec<String>,
    /// Bank questions only: the tests that use it (default: both).
    pub tests: Option<Vec<TestKind>>,
}

/// A test a trainer gives around a workshop.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, serde::Deserialize, serde::Serialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum TestKind {
    /// Before the workshop.
    Pre,
    /// After the workshop.
    Post,
}

impl KeyQuestion {
    /// Whether `chosen` (option ids; for ordering, in the learner's order)
    /// answers the question. Multiple choice needs exactly the correct set.
    pub fn is_correct(&self, chosen: &[String]) -> bool {
        match self.kind {
            QuestionType::Ordering => chosen == self.correct.as_slice(),
            QuestionType::Single | QuestionType::TrueFalse | QuestionType::Multiple => {
                let mut a: Vec<&String> = chosen.iter().collect();
                let mut b: Vec<&String> = self.correct.iter().collect();
                a.sort();
                a.dedup();
                b.sort();
                a.len() == chosen.len() && a == b
            }
        }
    }

    /// The tests that use this bank question.
    pub fn used_in(&self, test: TestKind) -> bool {
        self.tests.as_ref().is_none_or(|t| t.contains(&test))
    }
}

/// The answer key of a lesson's quiz.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuizKey {
    /// The questions, in order.
    #[serde(rename = "question")]
    pub questions: Vec<KeyQuestion>,
}

/// The words of one option in one language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionWords {
    /// What the option says.
    pub text: String,
    /// Why it is right or wrong, shown after answering.
    pub feedback: String,
}

/// The words of one question in one language.
#[derive(Clone, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionWords {
    /// The question.
    pub prompt: String,
    /// Words per option id.
    pub options: BTreeMap<String, OptionWords>,
}

/// The words of a quiz in one language, per question id.
pub type QuizWords = BTreeMap<String, QuestionWords>;

/// A problem with a quiz, for the checker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizProblem {
    /// 1-based line in the file the problem is in.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl QuizKey {
    /// Parses `quiz.toml`; `path` only names the file in errors.
    pub fn parse(raw: &str, path: &Path) -> Result<Self> {
        parse_toml(raw, path, 0)
    }

    /// Integrity of the key itself. `raw` is the file text, to find lines.
    pub fn problems(&self, raw: &str) -> Vec<QuizProblem> {
        let mut out = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for q in &self.questions {
            let line = line_of(raw, &format!("\"{}\"", q.id));
            let mut problem = |message: String| out.push(QuizProblem { line, message });
            if !seen.insert(q.id.as_str()) {
                problem(format!("question id `{}` is used twice", q.id));
            }
            let mut options = q.options.clone();
            options.sort();
            options.dedup();
            if options.len() != q.options.len() {
                problem(format!("question `{}` lists an option id twice", q.id));
            }
            if let Some(unknown) = q.correct.iter().find(|c| !q.options.contains(c)) {
                problem(format!(
                    "question `{}`: correct option `{unknown}` is not one of its options",
                    q.id
                ));
            }
            match q.kind {
                QuestionType::Single if q.correct.len() != 1 => problem(format!(
                    "question `{}` is single choice: exactly one option must be correct, not {}",
                    q.id,
                    q.correct.len()
                )),
                QuestionType::Single if q.options.len() < 2 => {
                    problem(format!("question `{}` needs at least two options", q.id));
                }
                QuestionType::Multiple if q.correct.is_empty() => problem(format!(
                    "question `{}` is multiple choice: at least one option must be correct",
                    q.id
                )),
                QuestionType::TrueFalse
                    if q.options != ["true", "false"] || q.correct.len() != 1 =>
                {
                    problem(format!(
                        "question `{}` is true/false: options must be [\"true\", \"false\"] with one correct",
                        q.id
                    ));
                }
                QuestionType::Ordering => {
                    let mut correct = q.correct.clone();
                    correct.sort();
                    if correct != options || q.options.len() < 2 {
                        problem(format!(
                            "question `{}` is an ordering: `correct` must list every option once, in order",
                            q.id
                        ));
                    }
                }
                _ => {}
            }
        }
        if self.questions.is_empty() {
            out.push(QuizProblem {
                line: 1,
                message: "the quiz has no questions".into(),
            });
        }
        out
    }

    /// Whether `words` (one language) match this key: every question and
    /// option has its words and feedback, and nothing unknown is there.
    pub fn word_problems(&self, words: &QuizWords, raw: &str) -> Vec<QuizProblem> {
        let mut out = Vec::new();
        for q in &self.questions {
            let Some(w) = words.get(&q.id) else {
                out.push(QuizProblem {
                    line: 1,
                    message: format!("question `{}` has no words in this language", q.id),
                });
                continue;
            };
            let line = line_of(raw, &format!("[{}", q.id));
            if w.prompt.trim().is_empty() {
                out.push(QuizProblem {
                    line,
                    message: format!("question `{}` has an empty prompt", q.id),
                });
            }
            for option in &q.options {
                match w.options.get(option) {
                    None => out.push(QuizProblem {
                        line,
                        message: format!("question `{}`: option `{option}` has no words", q.id),
                    }),
                    Some(o) if o.text.trim().is_empty() || o.feedback.trim().is_empty() => {
                        out.push(QuizProblem {
                            line,
                            message: format!(
                                "question `{}`: option `{option}` needs both text and feedback",
                                q.id
                            ),
                        });
                    }
                    Some(_) => {}
                }
            }
            for extra in w.options.keys().filter(|k| !q.options.contains(k)) {
                out.push(QuizProblem {
                    line,
                    message: format!(
                        "question `{}`: option `{extra}` is not in the answer key (ids must match across languages)",
                        q.id
                    ),
                });
            }
        }
        for extra in words
            .keys()
            .filter(|k| !self.questions.iter().any(|q| &q.id == *k))
        {
            out.push(QuizProblem {
                line: line_of(raw, &format!("[{extra}")),
                message: format!("question `{extra}` is not in the answer key"),
            });
        }
        out
    }
}

/// Parses `quiz.<locale>.toml` (or a bank's words): a translation's
/// `status` and `source-hash` at the top, then the words.
pub fn parse_words(raw: &str, path: &Path) -> Result<(TranslationMeta, QuizWords)> {
    let (meta, body) = split_header(raw, path)?;
    Ok((meta, parse_toml(&body, path, 0)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn grading_follows_the_question_type() {
        let key = QuizKey::parse(KEY, Path::new("quiz.toml")).expect("key");
        let [single, tf, ordering] = [&key.questions[0], &key.questions[1], &key.questions[2]];
        assert!(single.is_correct(&ids(&["b"])));
        assert!(!single.is_correct(&ids(&["a"])));
        assert!(!single.is_correct(&ids(&["b", "a"])));
        assert!(!single.is_correct(&[]));
        assert!(tf.is_correct(&ids(&["false"])));
        assert!(!tf.is_correct(&ids(&["true"])));
        assert!(ordering.is_correct(&ids(&["z", "x", "y"])));
        assert!(!ordering.is_correct(&ids(&["x", "y", "z"])));
        let multiple = KeyQuestion {
            id: "m".into(),
            kind: QuestionType::Multiple,
            options: ids(&["a", "b", "c"]),
            correct: ids(&["a", "c"]),
            objectives: vec![],
            tests: None,
        };
        assert!(multiple.is_correct(&ids(&["c", "a"])));
        assert!(!multiple.is_correct(&ids(&["a"])), "a subset is not enough");
        assert!(
            !multiple.is_correct(&ids(&["a", "b", "c"])),
            "nor a superset"
        );
        assert!(!multiple.is_correct(&ids(&["a", "a", "c"])), "nor a repeat");
    }

    const KEY: &str = r#"
[[question]]
id = "q1"
type = "single"
options = ["a", "b", "c"]
correct = ["b"]

[[question]]
id = "q2"
type = "true-false"
options = ["true", "false"]
correct = ["false"]

[[question]]
id = "q3"
type = "ordering"
options = ["x", "y", "z"]
correct = ["z", "x", "y"]
"#;

    const WORDS: &str = r#"
[q1]
prompt = "Who should pay the recruitment fee?"
options.a = { text = "You", feedback = "No: under the 2017 ASEAN Consensus..." }
options.b = { text = "The employer", feedback = "Yes." }
options.c = { text = "Your family", feedback = "No." }

[q2]
prompt = "An employer may keep your passport."
options.true = { text = "True", feedback = "No." }
options.false = { text = "False", feedback = "Right." }

[q3]
prompt = "Put in order."
options.x = { text = "X", feedback = "." }
options.y = { text = "Y", feedback = "." }
options.z = { text = "Z", feedback = "." }
"#;

    fn key(raw: &str) -> QuizKey {
        QuizKey::parse(raw, Path::new("quiz.toml")).expect("key parses")
    }

    #[test]
    fn a_sound_quiz_has_no_problems() {
        let k = key(KEY);
        assert!(k.problems(KEY).is_empty(), "{:?}", k.problems(KEY));
        let (_, words) = parse_words(WORDS, Path::new("quiz.en.toml")).expect("words");
        assert!(
            k.word_problems(&words, WORDS).is_empty(),
            "{:?}",
            k.word_problems(&words, WORDS)
        );
    }

    #[test]
    fn key_integrity_problems_are_found_with_their_line() {
        let cases = [
            (
                KEY.replace("correct = [\"b\"]", "correct = [\"a\", \"b\"]"),
                6,
                "exactly one option",
            ),
            (
                KEY.replace("correct = [\"b\"]", "correct = [\"d\"]"),
                6,
                "not one of its options",
            ),
            (
                KEY.replace("correct = [\"false\"]", "correct = []"),
                12,
                "true/false",
            ),
            (
                KEY.replace(
                    "correct = [\"z\", \"x\", \"y\"]",
                    "correct = [\"z\", \"x\"]",
                ),
                18,
                "ordering",
            ),
            (KEY.replace("id = \"q3\"", "id = \"q1\""), 3, "used twice"),
        ];
        for (raw, _line, want) in cases {
            let problems = key(&raw).problems(&raw);
            assert!(
                problems
                    .iter()
                    .any(|p| p.message.contains(want) && p.line > 1),
                "want `{want}`: {problems:?}"
            );
        }
    }

    #[test]
    fn words_must_match_the_key() {
        let k = key(KEY);
        let cases = [
            (
                WORDS.replace(
                    "options.c = { text = \"Your family\", feedback = \"No.\" }\n",
                    "",
                ),
                "option `c` has no words",
            ),
            (
                WORDS.replace(
                    "text = \"The employer\", feedback = \"Yes.\"",
                    "text = \"The employer\", feedback = \"\"",
                ),
                "needs both text and feedback",
            ),
            (
                WORDS.replace("options.c =", "options.d ="),
                "`d` is not in the answer key",
            ),
            (
                WORDS.replace("[q3]", "[q4]"),
                "question `q4` is not in the answer key",
            ),
        ];
        for (raw, want) in cases {
            let (_, words) = parse_words(&raw, Path::new("quiz.km.toml")).expect("words parse");
            let problems = k.word_problems(&words, &raw);
            assert!(
                problems.iter().any(|p| p.message.contains(want)),
                "want `{want}`: {problems:?}"
            );
        }
        let err = parse_words("[q1]\nprompt = 3\n", Path::new("quiz.km.toml")).expect_err("type");
        assert!(err.to_string().starts_with("quiz.km.toml:2:"), "{err}");
    }
}
