//! The quiz's content format (`berth-quiz/1`): the serde types, one to one
//! with `schema/quiz.schema.json`, lenient so that validation can report
//! every problem at once. Every `skip_serializing_if` names a
//! `crate::wire::skip_*` predicate (see `crate::model`).

use crate::model::Source;
use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};

/// The format tag every quiz file carries.
pub const QUIZ_FORMAT: &str = "berth-quiz/1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct QuizDoc {
    pub format: String,
    /// The languages every text is written in (default: Korean and English).
    #[serde(
        default = "crate::text::all_languages",
        skip_serializing_if = "crate::wire::skip_all_languages"
    )]
    pub languages: Vec<Lang>,
    pub id: String,
    pub title: Text,
    pub as_of: String,
    /// Default settings, overridable by the widget's attributes.
    pub settings: QuizDefaults,
    pub sources: Vec<Source>,
    pub questions: Vec<QuizQuestion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct QuizDefaults {
    /// Questions drawn per attempt.
    pub count: usize,
    /// Percent needed to pass.
    pub pass_mark: u8,
}

impl Default for QuizDefaults {
    fn default() -> Self {
        QuizDefaults {
            count: 10,
            pass_mark: 70,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum QuizKind {
    /// One correct choice.
    #[default]
    Single,
    /// Every correct choice ("all that apply"), partial credit.
    Multiple,
    /// Choices `true` and `false`.
    TrueFalse,
    /// Put the choices in the `correct` order; partial credit by pairs.
    Ordering,
    /// "This workload — which service?": choices are catalog option ids,
    /// the correct one comes from the engine.
    Scenario,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    #[default]
    Medium,
    Hard,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct QuizQuestion {
    pub id: String,
    pub topic: String,
    pub difficulty: Difficulty,
    pub kind: QuizKind,
    pub prompt: Text,
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub hint: Text,
    /// Id in `sources` of the fact the question tests.
    pub source: String,
    pub choices: Vec<QuizChoice>,
    /// Correct choice ids (ordering: every id, in order). Empty for scenarios.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub correct: Vec<String>,
    /// Scenario: the workload, e.g. `"workload=event runtime=20s"`.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub scenario: Option<String>,
    /// Scenario: the option the author expects; must equal the engine's pick.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub expected: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct QuizChoice {
    pub id: String,
    /// May be empty in scenario questions (the option's name is used).
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub label: Text,
    /// Why this choice is right or wrong. Scenario choices get the engine's reasons.
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub explanation: Text,
}

/// Whether a JSON document says it is a quiz (`"format": "berth-quiz/1"`),
/// so a caller holding "some Berth content" knows which reader to use.
/// Anything unreadable is "not a quiz" and gets the catalog's error messages.
pub fn is_quiz_json(json: &str) -> bool {
    format_of(json).is_some_and(|f| f == QUIZ_FORMAT)
}

/// The `format` field of a JSON document, if it has one. A document over
/// the largest size or item limit is not read at all (it is refused as too
/// large when read as a catalog).
pub(crate) fn format_of(json: &str) -> Option<String> {
    use crate::catalog::check_document_text;
    use crate::limits::{MAX_BUNDLE_BYTES, MAX_BUNDLE_ITEMS};
    check_document_text(json, MAX_BUNDLE_BYTES, MAX_BUNDLE_ITEMS).ok()?;
    #[derive(Deserialize)]
    struct FormatOnly {
        #[serde(default)]
        format: Option<String>,
    }
    serde_json::from_str::<FormatOnly>(json).ok()?.format
}
