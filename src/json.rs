//! Reading a JSON document into a typed value, with the place of a syntax
//! or type error.
//!
//! With the `json-paths` feature (on by default, used by the CLI and the
//! tests) the error carries the JSON path of the offending value
//! (`$.options[3].facts`), via `serde_path_to_error`. Without it (the browser
//! widget, where that wrapper costs about 10 KB brotli of generic code) the
//! path is `$` and serde_json's message still says the line and column.

use serde::de::DeserializeOwned;

/// A document that could not be read: where (a JSON path) and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub path: String,
    pub message: String,
}

/// Deserializes `json` into `T`.
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<T, SyntaxError> {
    #[cfg(feature = "json-paths")]
    {
        let de = &mut serde_json::Deserializer::from_str(json);
        serde_path_to_error::deserialize(de).map_err(|e| SyntaxError {
            path: json_path(&e.path().to_string()),
            message: e.inner().to_string(),
        })
    }
    #[cfg(not(feature = "json-paths"))]
    {
        serde_json::from_str(json).map_err(|e| SyntaxError {
            path: "$".into(),
            message: e.to_string(),
        })
    }
}

/// Turns serde_path_to_error's `a.b[0].c` into `$.a.b[0].c`.
#[cfg(feature = "json-paths")]
fn json_path(p: &str) -> String {
    if p == "." || p.is_empty() {
        "$".into()
    } else {
        format!("$.{p}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)] // read only through Debug
    struct Doc {
        name: String,
        items: Vec<Item>,
    }
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        size: u32,
    }

    /// `expected_path` is the path with `json-paths`; without it, always `$`.
    fn check(json: &str, expected_path: &str, message_has: &str) {
        let e = parse::<Doc>(json).expect_err(json);
        let path = if cfg!(feature = "json-paths") {
            expected_path
        } else {
            "$"
        };
        assert_eq!(e.path, path, "{json}");
        assert!(e.message.contains(message_has), "{json}: {}", e.message);
        assert!(
            e.message.contains("line "),
            "{json}: says where: {}",
            e.message
        );
    }

    #[test]
    fn errors_say_where() {
        check(
            r#"{"name": "x", "items": [{"size": 1}, {"size": "big"}]}"#,
            "$.items[1].size",
            "invalid type",
        );
        check(r#"{"name": 3, "items": []}"#, "$.name", "invalid type");
        check(r#"{"name": "x", "items": [}"#, "$.items[0]", "expected");
        check(r#"{"name": "x"}"#, "$", "missing field `items`");
    }

    #[test]
    fn a_valid_document_reads() {
        let doc: Doc = parse(r#"{"name": "x", "items": [{"size": 7}]}"#).unwrap();
        assert_eq!(doc.items[0].size, 7);
    }
}
