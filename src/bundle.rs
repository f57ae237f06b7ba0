//! Single-language bundles: a catalog and its quiz in one language, in one
//! JSON file (`berth-bundle/1`). The widget downloads only the bundle of the
//! page's language and fetches the other when the reader switches, so a page
//! never pays for both languages up front (issue #6). `berth bundle --lang`
//! makes them from the bilingual sources at build time.
//!
//! A bundle's texts are the source texts with the other language removed;
//! everything else (ids, rules, numbers, sources) is identical, so answers,
//! rankings and quiz progress carry over when the language changes. The quiz
//! keeps the content hash of its bilingual source, so stored progress is the
//! same in both languages.

use crate::catalog::{Catalog, Problem, ProblemKind};
use crate::model::Document;
use crate::quiz::{fnv1a_hex, Quiz, QuizDoc};
use crate::text::Lang;
use serde::{Deserialize, Serialize};

pub use crate::limits::MAX_BUNDLE_BYTES;

/// The format tag every bundle carries.
pub const BUNDLE_FORMAT: &str = "berth-bundle/1";

/// Whether a JSON document says it is a bundle (`"format": "berth-bundle/1"`).
pub fn is_bundle_json(json: &str) -> bool {
    crate::quiz::format_of(json).is_some_and(|f| f == BUNDLE_FORMAT)
}

/// A bundle file.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BundleDoc {
    pub format: String,
    pub catalog: Document,
    pub quiz: QuizDoc,
    /// Content hash of the quiz's bilingual source (keys stored progress).
    pub quiz_hash: String,
}

/// A validated bundle.
pub struct Bundle {
    pub catalog: Catalog,
    pub quiz: Quiz,
}

impl Bundle {
    /// The languages this bundle can show without falling back.
    pub fn languages(&self) -> Vec<Lang> {
        let quiz_langs = &self.quiz.document().languages;
        self.catalog
            .document()
            .languages
            .iter()
            .copied()
            .filter(|l| quiz_langs.is_empty() || quiz_langs.contains(l))
            .collect()
    }

    /// Parses and validates a bundle (catalog first, then the quiz against it).
    pub fn from_json(json: &str) -> Result<Bundle, Vec<Problem>> {
        crate::limits::check_document_text(json, MAX_BUNDLE_BYTES, crate::limits::MAX_BUNDLE_ITEMS)
            .map_err(|kind| vec![problem("$", kind)])?;
        let doc: BundleDoc = crate::json::parse(json)
            .map_err(|e| vec![problem(e.path, ProblemKind::Syntax(e.message))])?;
        if doc.format != BUNDLE_FORMAT {
            return Err(vec![problem(
                "$.format",
                ProblemKind::UnknownFormat(doc.format),
            )]);
        }
        let prefix = |path: String, under: &str| format!("$.{under}{}", &path[1..]);
        let catalog = Catalog::from_bundle_document(doc.catalog).map_err(|ps| {
            ps.into_iter()
                .map(|p| problem(prefix(p.path, "catalog"), p.kind))
                .collect::<Vec<_>>()
        })?;
        let quiz = Quiz::from_document(doc.quiz, &catalog, &doc.quiz_hash).map_err(|ps| {
            ps.into_iter()
                .map(|p| problem(prefix(p.path, "quiz"), p.kind))
                .collect::<Vec<_>>()
        })?;
        Ok(Bundle { catalog, quiz })
    }
}

/// Makes the `lang` bundle from a bilingual catalog and quiz source.
pub fn make(catalog: &Catalog, quiz_json: &str, lang: Lang) -> Result<String, Vec<Problem>> {
    let quiz = Quiz::from_json(quiz_json, catalog)?;
    let mut catalog_doc = catalog.document().clone();
    catalog_doc.languages = vec![lang];
    // Quotes are review material (`berth facts`): the widget never shows
    // them, so the bundle does not carry them.
    for fact in catalog_doc
        .options
        .iter_mut()
        .flat_map(|o| o.facts.iter_mut())
    {
        fact.quote.clear();
    }
    let mut quiz_doc = quiz.document().clone();
    quiz_doc.languages = vec![lang];
    let bundle = BundleDoc {
        format: BUNDLE_FORMAT.into(),
        catalog: catalog_doc,
        quiz: quiz_doc,
        quiz_hash: fnv1a_hex(quiz_json),
    };
    // Serialising plain structs of strings, numbers and maps cannot fail.
    let mut value = serde_json::to_value(&bundle).unwrap_or_default();
    keep_only(&mut value, lang);
    Ok(value.to_string())
}

/// Empties the other language of every text (an object whose keys are
/// exactly `ko` and `en`, as [`crate::Text`] serialises) and drops the
/// emptied key.
fn keep_only(value: &mut serde_json::Value, lang: Lang) {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            let is_text = map.len() == 2
                && Lang::ALL
                    .iter()
                    .all(|l| map.get(l.code()).is_some_and(Value::is_string));
            if is_text {
                for other in Lang::ALL.iter().filter(|&&l| l != lang) {
                    map.remove(other.code());
                }
            } else {
                map.values_mut().for_each(|v| keep_only(v, lang));
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|v| keep_only(v, lang)),
        _ => {}
    }
}

fn problem(path: impl Into<String>, kind: ProblemKind) -> Problem {
    Problem {
        path: path.into(),
        kind,
    }
}
