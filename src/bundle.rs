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
//!
//! The widget reads the same bundle in a compact binary form (postcard, see
//! `crate::wire`), split in two parts so a page without a quiz never
//! downloads it: `content/L.catalog.bin` (the catalog document) and
//! `content/L.quiz.bin` (the quiz document, its content hash and the checksum
//! of the catalog part it was made with; a quiz needs its catalog). Both are
//! made by `berth bundle --binary`, which validates the bundle first, so the
//! widget builds them without the validator or a JSON reader
//! ([`read_catalog`], [`read_quiz`]). The JSON form stays for authors and
//! tools (`berth check` reads it).

use crate::catalog::{Catalog, Problem, ProblemKind};
use crate::hash::fnv1a_hex;
use crate::model::Document;
use crate::quiz::{Quiz, QuizDoc};
use crate::text::Lang;
pub use crate::wire::ReadError;
use serde::{Deserialize, Serialize};

pub use crate::limits::MAX_BUNDLE_BYTES;

/// The format tag every bundle carries.
pub const BUNDLE_FORMAT: &str = "berth-bundle/1";

/// Whether a JSON document says it is a bundle (`"format": "berth-bundle/1"`).
pub fn is_bundle_json(json: &str) -> bool {
    crate::quiz::format_of(json).is_some_and(|f| f == BUNDLE_FORMAT)
}

/// A bundle file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
        crate::catalog::check_document_text(
            json,
            MAX_BUNDLE_BYTES,
            crate::limits::MAX_BUNDLE_ITEMS,
        )
        .map_err(|kind| vec![problem("$", kind)])?;
        let doc: BundleDoc = crate::json::parse(json)
            .map_err(|e| vec![problem(e.path, ProblemKind::Syntax(e.message))])?;
        Bundle::from_doc(doc)
    }

    /// Validates a bundle document (catalog first, then the quiz against it).
    pub fn from_doc(doc: BundleDoc) -> Result<Bundle, Vec<Problem>> {
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

/// Makes the `lang` bundle (JSON text) from a bilingual catalog and quiz source.
pub fn make(catalog: &Catalog, quiz_json: &str, lang: Lang) -> Result<String, Vec<Problem>> {
    Ok(single_language(catalog, quiz_json, lang)?.to_string())
}

/// The `lang` bundle as a document: what [`make`]'s JSON reads back as.
pub fn make_doc(catalog: &Catalog, quiz_json: &str, lang: Lang) -> Result<BundleDoc, Vec<Problem>> {
    let value = single_language(catalog, quiz_json, lang)?;
    serde_json::from_value(value)
        .map_err(|e| vec![problem("$", ProblemKind::Syntax(e.to_string()))])
}

/// The `lang` bundle in the widget's binary form, validated as a bundle first.
pub fn make_binary(catalog: &Catalog, quiz_json: &str, lang: Lang) -> Result<Parts, Vec<Problem>> {
    let doc = make_doc(catalog, quiz_json, lang)?;
    Bundle::from_doc(doc.clone())?;
    Ok(doc.to_binary())
}

/// The bundle as JSON, with the other language's texts removed.
fn single_language(
    catalog: &Catalog,
    quiz_json: &str,
    lang: Lang,
) -> Result<serde_json::Value, Vec<Problem>> {
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
    Ok(value)
}

/// A bundle's two binary parts (see the module doc).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parts {
    /// `content/L.catalog.bin`.
    pub catalog: Vec<u8>,
    /// `content/L.quiz.bin`.
    pub quiz: Vec<u8>,
}

/// First bytes of a catalog part (format version 1).
pub const CATALOG_MAGIC: &[u8; 8] = b"berth\0c1";
/// First bytes of a quiz part (format version 1).
pub const QUIZ_MAGIC: &[u8; 8] = b"berth\0q1";

/// The payload of a quiz part.
#[derive(Serialize, Deserialize)]
struct QuizPart {
    /// Checksum of the catalog part's payload this quiz was made with.
    catalog: u64,
    quiz_hash: String,
    quiz: QuizDoc,
}

impl BundleDoc {
    /// The binary parts (exact: they decode to this document).
    pub fn to_binary(&self) -> Parts {
        let (catalog, catalog_sum) = crate::wire::frame(CATALOG_MAGIC, &self.catalog);
        let (quiz, _) = crate::wire::frame(
            QUIZ_MAGIC,
            &QuizPart {
                catalog: catalog_sum,
                quiz_hash: self.quiz_hash.clone(),
                quiz: self.quiz.clone(),
            },
        );
        Parts { catalog, quiz }
    }

    /// Decodes binary parts back into a document (no validation).
    pub fn from_binary(parts: &Parts) -> Result<BundleDoc, ReadError> {
        let (catalog, _) = decode_catalog(&parts.catalog)?;
        let (quiz, _) = decode_quiz(&parts.quiz)?;
        Ok(BundleDoc {
            format: BUNDLE_FORMAT.into(),
            catalog,
            quiz: quiz.quiz,
            quiz_hash: quiz.quiz_hash,
        })
    }
}

fn decode_catalog(bytes: &[u8]) -> Result<(Document, u64), ReadError> {
    crate::wire::unframe(CATALOG_MAGIC, "catalog", bytes)
}

fn decode_quiz(bytes: &[u8]) -> Result<(QuizPart, u64), ReadError> {
    crate::wire::unframe(QUIZ_MAGIC, "quiz", bytes)
}

/// Reads a catalog part (built-in content, validated when it was made):
/// the catalog, and the part's checksum, which its quiz part names.
pub fn read_catalog(bytes: &[u8]) -> Result<(Catalog, u64), ReadError> {
    let (doc, checksum) = decode_catalog(bytes)?;
    let catalog = Catalog::from_built_document(doc).map_err(ReadError::Inconsistent)?;
    Ok((catalog, checksum))
}

/// Reads a quiz part made with the catalog part whose checksum is
/// `catalog_checksum` (and whose catalog is `catalog`).
pub fn read_quiz(
    bytes: &[u8],
    catalog: &Catalog,
    catalog_checksum: u64,
) -> Result<Quiz, ReadError> {
    let (part, _) = decode_quiz(bytes)?;
    if part.catalog != catalog_checksum {
        return Err(ReadError::OtherCatalog);
    }
    Quiz::from_built_document(part.quiz, catalog, &part.quiz_hash).map_err(ReadError::Inconsistent)
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
