//! The content format: what a catalog JSON file contains.
//!
//! These types mirror the published JSON Schema (`schema/catalog.schema.json`)
//! one to one. They are deliberately lenient (every field has a default) so
//! that [`crate::catalog::Catalog::from_document`] can report *all* semantic
//! problems at once, each with its JSON path, instead of stopping at the first.
//!
//! Every `skip_serializing_if` names a `crate::wire::skip_*` predicate: JSON
//! leaves empty fields out, the widget's binary form (positional) writes them.

use crate::quantity::Dimension;
use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The format tag every catalog carries.
pub const FORMAT: &str = "berth-catalog/1";

/// A whole catalog: questions, options and the sources their facts cite.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Document {
    /// Must be [`FORMAT`].
    pub format: String,
    /// The languages every text is written in (default: Korean and English).
    /// A single-language catalog is valid too; the widget shows its text
    /// whatever the interface language. The widget's built-in content ships
    /// as one single-language bundle per language (`crate::bundle`).
    #[serde(
        default = "crate::text::all_languages",
        skip_serializing_if = "crate::wire::skip_all_languages"
    )]
    pub languages: Vec<Lang>,
    /// Stable id of this catalog (used to key stored state).
    pub id: String,
    pub title: Text,
    /// Shown above the questions.
    pub intro: Text,
    /// Date (YYYY-MM-DD) the content as a whole was last checked.
    pub as_of: String,
    /// Options whose scores differ from the top by at most this much are reported as ties.
    pub tie_margin: i32,
    pub sources: Vec<Source>,
    pub questions: Vec<Question>,
    pub options: Vec<OptionDoc>,
    /// The capability matrix's columns: every dimension each option must
    /// fill (see [`OptionDoc::capabilities`]). Eliminations on these come from
    /// the matrix, never from hand-written rules.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub dimensions: Vec<DimensionDoc>,
    /// Free-text rows of the side-by-side comparison table (the matrix's
    /// dimensions are rows too, generated from the cells).
    pub compare: Vec<CompareRow>,
}

/// One column of the capability matrix: a limit or a capability every option states.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct DimensionDoc {
    /// Stable id, the key of [`OptionDoc::capabilities`].
    pub id: String,
    /// Row header: "Longest run time", "GPU".
    pub label: Text,
    pub kind: DimensionKind,
    /// Limit dimensions: the quantity question whose answer must not pass the limit.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub question: Option<String>,
    /// Capability dimensions: when all of these hold, the reader needs the
    /// capability, and an option without it is ruled out. Empty: the
    /// dimension is shown in the table only.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub needed_when: Vec<Condition>,
    /// Sentences about an option's cell, written from the option's point of
    /// view; `{limit}` and `{need}` are filled in. Each is optional: a plain
    /// "label: value" stands in.
    #[serde(skip_serializing_if = "crate::wire::skip_empty")]
    pub phrases: Phrases,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DimensionKind {
    /// A largest quantity (`"15m"`, `"16"`, `"10GB"`), `no_limit` or `not_stated`.
    #[default]
    Limit,
    /// `yes`, `no` or `not_stated`.
    Capability,
}

/// How a dimension reads in a why-not or a reason.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Phrases {
    /// Why-not: the option lacks it or its limit is below the need
    /// ("Runs for at most {limit}, and this job needs {need}.", "No GPUs.").
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub lacks: Text,
    /// Reason: the option has it or the need is within its limit
    /// ("Runs for up to {limit}, so {need} fits.", "Has GPU instances.").
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub fits: Text,
    /// Reason, limit dimensions: the option states no limit
    /// ("No run-time limit, so {need} is fine.").
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub unlimited: Text,
}

impl Phrases {
    pub fn is_empty(&self) -> bool {
        self.lacks.is_empty() && self.fits.is_empty() && self.unlimited.is_empty()
    }
}

impl crate::wire::Emptiable for Phrases {
    fn is_empty(&self) -> bool {
        Phrases::is_empty(self)
    }
}

/// An option's entry for one dimension.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Cell {
    /// Limit: a quantity in the question's unit, `no_limit` or `not_stated`.
    /// Capability: `yes`, `no` or `not_stated`.
    pub value: String,
    /// The option's fact that states the value (with a quote). Required
    /// unless the value is `not_stated`.
    #[serde(skip_serializing_if = "crate::wire::skip_string")]
    pub fact: String,
    /// Narrower values under conditions: a lower limit, or `no`
    /// ("Spot: yes, but not with Windows"). A case never widens the value.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub except: Vec<CellCase>,
}

/// "When these hold, the value is this instead."
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct CellCase {
    pub when: Vec<Condition>,
    pub value: String,
    pub fact: String,
}

/// Reserved cell values.
pub const NO_LIMIT: &str = "no_limit";
pub const NOT_STATED: &str = "not_stated";
pub const YES: &str = "yes";
pub const NO: &str = "no";

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// `https://…` only.
    pub url: String,
    /// Date (YYYY-MM-DD, or YYYY-MM) the source was read or last updated.
    pub as_of: String,
    /// A third-party page quoting the vendor: its numbers need a live check.
    #[serde(skip_serializing_if = "crate::wire::skip_false")]
    pub third_party: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// Pick one of `answers`.
    #[default]
    Choice,
    /// A number with a unit of `dimension`.
    Quantity,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Question {
    /// Stable id: part of share links and CLI arguments; never reuse with another meaning.
    pub id: String,
    pub label: Text,
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub help: Text,
    pub kind: QuestionKind,
    /// Choice questions: the possible answers.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub answers: Vec<Answer>,
    /// Quantity questions: what is measured.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub dimension: Option<Dimension>,
    /// Quantity questions: suggested values such as `"15m"`.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub presets: Vec<String>,
    /// One of the few questions that decide most workloads (at most
    /// [`crate::limits::MAX_ESSENTIALS`]). The widget asks these first and counts its
    /// progress in them; the others refine the answer and are optional.
    /// A catalog that marks none treats every question as essential.
    #[serde(skip_serializing_if = "crate::wire::skip_false")]
    pub essential: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Answer {
    /// Stable id, unique within its question.
    pub id: String,
    pub label: Text,
}

/// One thing a reader can choose.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct OptionDoc {
    pub id: String,
    pub name: Text,
    pub summary: Text,
    /// Score before any answer (the catalog's default preference).
    pub base_score: i32,
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub status: Option<Status>,
    pub facts: Vec<Fact>,
    pub rules: Vec<Rule>,
    /// The option's row of the capability matrix, keyed by [`DimensionDoc::id`]:
    /// one cell for every dimension the catalog declares.
    #[serde(skip_serializing_if = "crate::wire::skip_map")]
    pub capabilities: BTreeMap<String, Cell>,
    /// Comparison-table cells, keyed by [`CompareRow::id`].
    #[serde(skip_serializing_if = "crate::wire::skip_map")]
    pub compare: BTreeMap<String, Text>,
}

/// A lifecycle status that can rule an option out regardless of fit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Status {
    pub kind: StatusKind,
    /// Date (YYYY-MM-DD) the status took effect.
    pub since: String,
    /// The fact (of this option) that states the status.
    pub fact: String,
    /// The option stays available only when all of these hold (e.g. "existing
    /// customer"). Empty: never available.
    pub available_if: Vec<Condition>,
    /// The option the vendor points to instead.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub successor: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum StatusKind {
    #[default]
    ClosedToNewCustomers,
    EndOfSupport,
}

/// A statement about an option, with its source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Fact {
    /// Unique within its option.
    pub id: String,
    pub text: Text,
    /// Id of an entry in [`Document::sources`].
    pub source: String,
    /// A short verbatim quote from the source (at most
    /// [`crate::limits::MAX_QUOTE_CHARS`] characters), in the source's
    /// language, so a reviewer can check the fact without opening the page.
    /// Required for facts the capability matrix cites.
    #[serde(skip_serializing_if = "crate::wire::skip_string")]
    pub quote: String,
}

/// "When these answers are given, this option gains/loses points or is ruled out."
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Rule {
    /// All must hold (conjunction). A condition on an unanswered question never holds.
    pub when: Vec<Condition>,
    /// Rules the option out.
    #[serde(skip_serializing_if = "crate::wire::skip_false")]
    pub eliminate: bool,
    /// Points added to the option's score (may be negative). Ignored with `eliminate`.
    #[serde(skip_serializing_if = "crate::wire::skip_zero")]
    pub score: i32,
    /// Id of the fact (of this option) that justifies the rule.
    pub fact: String,
}

/// A test on one answer. Exactly one of `answers`, `above`, `at_most` is set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    /// Choice question: the answer is one of these ids.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub answers: Vec<String>,
    /// Quantity question: the answer is greater than this (e.g. `"15m"`).
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub above: Option<String>,
    /// Quantity question: the answer is at most this.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub at_most: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct CompareRow {
    pub id: String,
    pub label: Text,
    /// Quantity question whose limits this row charts (optional).
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub question: Option<String>,
}
