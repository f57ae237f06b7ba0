//! The default catalog: AWS container services, compiled into the binary.
//!
//! The content lives in `content/aws-containers.json` (the same format any
//! docs author can write) and is validated when first loaded; a test makes
//! sure it always validates.

use crate::catalog::Catalog;

/// The default catalog's JSON text.
pub const DEFAULT_CATALOG_JSON: &str = include_str!("../content/aws-containers.json");

/// The default AWS container-service catalog.
pub fn default_catalog() -> Catalog {
    // The bundled content is checked by the test suite (`tests/catalog.rs`),
    // so it always validates; an empty catalog would only hide a build defect.
    match Catalog::from_json(DEFAULT_CATALOG_JSON) {
        Ok(c) => c,
        Err(problems) => panic!("bundled catalog is invalid: {problems:?}"),
    }
}
