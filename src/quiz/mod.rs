//! The self-service quiz: content format, validation, a seeded draw, scoring
//! with partial credit, and the compact codecs used by result links and
//! stored progress. Pure: the seed comes from outside, nothing reads a clock.
//!
//! Scenario questions name a workload in the chooser's `key=value` syntax;
//! their correct answer is computed by [`crate::recommend`] when the quiz is
//! loaded, so the quiz and the chooser can never disagree. An author may
//! state the `expected` option; validation fails if the engine disagrees.
//!
//! One job per file, each using only those listed before it: `model` (the
//! format), `resolve` (correct answers; scenarios by the engine), `validate`
//! (finds every problem, builds nothing), `built` (the [`Quiz`]: validated,
//! or built-in content resolved only), `settings`, `draw` (seeded), `mark`,
//! `codec` (responses in a link), `progress` (stored progress), `default`
//! (the built-in quiz). This file only declares and re-exports.

mod built;
mod codec;
mod default;
mod draw;
mod mark;
mod model;
mod progress;
mod resolve;
mod settings;
mod validate;

pub use built::Quiz;
pub use codec::{decode_responses, encode_responses};
pub use default::{default_quiz, DEFAULT_QUIZ_JSON};
pub use draw::{draw, Drawn};
pub use mark::{credit, mark, Mark};
pub(crate) use model::format_of;
pub use model::{
    is_quiz_json, Difficulty, QuizChoice, QuizDefaults, QuizDoc, QuizKind, QuizQuestion,
    QUIZ_FORMAT,
};
pub use progress::{StoredProgress, PROGRESS_VERSION};
pub use settings::{Feedback, Settings};

/// The content hash stored progress is keyed by (see [`Quiz::content_hash`]).
pub use crate::hash::fnv1a_hex;
pub use crate::limits::MAX_QUIZ_BYTES;
