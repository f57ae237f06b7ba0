//! Berth's pure core: the content model, the default AWS container-service
//! catalog, the decision engine and the text rendering of its results.
//!
//! Everything here takes plain data and returns plain data. There is no I/O,
//! no clock, no randomness and no web dependency (the crate's `Cargo.toml`
//! does not list any), so the same code runs in the browser widget
//! (`web/`), in the `berth` CLI and in `cargo test`.
//!
//! Typical use:
//! ```
//! let catalog = berth::default_catalog();
//! let answers = berth::Answers::parse(&catalog, ["runtime=40m", "workload=batch"]).unwrap();
//! let rec = berth::recommend(&answers, &catalog);
//! assert_ne!(catalog.option(rec.ranked[0].option).id, "lambda"); // 40 min > Lambda's 15 min
//! ```

pub mod answers;
pub mod bundle;
pub mod catalog;
pub mod check;
pub mod default_content;
pub mod embed;
pub mod engine;
pub mod facts;
pub(crate) mod hash;
pub(crate) mod json;
pub mod limits;
pub(crate) mod markdown;
pub mod matrix;
pub mod model;
pub mod percent;
pub mod quantity;
pub mod quiz;
pub mod record;
pub mod render;
pub mod report;
mod sort;
pub(crate) mod source_url;
pub(crate) mod text;
pub(crate) mod wire;

pub use answers::{AnswerError, AnswerValue, Answers};
pub use catalog::{Catalog, Problem, ProblemKind};
pub use default_content::default_catalog;
pub use engine::{recommend, Recommendation};
pub use text::{shown_notices, Lang, Text};
