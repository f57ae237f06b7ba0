//! Making a [`Catalog`]: from JSON or a document, validated first
//! (`super::validate`) and then compiled (`super::compile`); or from built-in
//! content `berth bundle` validated when it made it, compiled only.

use super::compile::compile;
use super::compiled::Catalog;
use super::lists::check_document_text;
use super::problem::{Problem, ProblemKind};
use super::validator::Validator;
use crate::limits::{MAX_CATALOG_BYTES, MAX_CATALOG_ITEMS};
use crate::model::{Document, FORMAT};

/// Compiles a validated document (which always resolves).
fn compiled(doc: Document) -> Result<Catalog, Vec<Problem>> {
    compile(doc).map_err(|e| vec![Problem::new("$", ProblemKind::Syntax(e))])
}

impl Catalog {
    /// Parses and validates catalog JSON. On failure, returns every problem found.
    pub fn from_json(json: &str) -> Result<Catalog, Vec<Problem>> {
        check_document_text(json, MAX_CATALOG_BYTES, MAX_CATALOG_ITEMS)
            .map_err(|kind| vec![Problem::new("$", kind)])?;
        let doc: Document = crate::json::parse(json)
            .map_err(|e| vec![Problem::new(e.path, ProblemKind::Syntax(e.message))])?;
        Catalog::from_document(doc)
    }

    /// Validates a document. On failure, returns every problem found.
    pub fn from_document(doc: Document) -> Result<Catalog, Vec<Problem>> {
        let mut v = Validator::default();
        v.check(&doc);
        if !v.problems.is_empty() {
            return Err(v.problems);
        }
        compiled(doc)
    }

    /// Builds a catalog `berth bundle` validated when it made the widget's
    /// built-in content (`crate::bundle::read_catalog`), without validating
    /// it again: the widget need not carry the validator. Every reference is
    /// still resolved with a lookup that can fail, so a damaged document is
    /// an error (what it lacks), never a panic, and the catalog returned has
    /// no dangling ids.
    pub fn from_built_document(doc: Document) -> Result<Catalog, String> {
        if doc.format != FORMAT {
            return Err(format!("format \"{}\"", doc.format));
        }
        compile(doc)
    }

    /// Validates the catalog of a widget bundle, whose facts carry no
    /// quotes (`crate::bundle::make` drops them; the source catalog had them).
    pub(crate) fn from_bundle_document(doc: Document) -> Result<Catalog, Vec<Problem>> {
        let mut v = Validator {
            quotes_dropped: true,
            ..Validator::default()
        };
        v.check(&doc);
        if !v.problems.is_empty() {
            return Err(v.problems);
        }
        compiled(doc)
    }
}
