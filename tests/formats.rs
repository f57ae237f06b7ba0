//! The header a catalog and a quiz share — `format`, `languages`, `id`,
//! `title`, `as_of`, `sources` — has one shape in both formats: the same
//! Rust types and the same JSON Schema (after resolving references), so the
//! two cannot drift apart. They stay two structs on purpose: the binary form
//! (postcard) is positional, and `#[serde(flatten)]` would break both it and
//! `deny_unknown_fields`.

use berth::model::Document;
use berth::quiz::QuizDoc;
use serde_json::Value;

const SHARED: [&str; 6] = ["format", "languages", "id", "title", "as_of", "sources"];

/// Compiles only while every shared field has the same type in both documents.
#[allow(dead_code)]
fn shared_fields_have_one_type(catalog: &Document, quiz: &QuizDoc) {
    fn same<T>(_: &T, _: &T) {}
    same(&catalog.format, &quiz.format);
    same(&catalog.languages, &quiz.languages);
    same(&catalog.id, &quiz.id);
    same(&catalog.title, &quiz.title);
    same(&catalog.as_of, &quiz.as_of);
    same(&catalog.sources, &quiz.sources);
}

fn schema(name: &str) -> Value {
    let path = format!("{}/schema/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// `value` with every `$ref` replaced by what it points at (one level of
/// files: a quiz refers to the catalog's definitions).
fn resolved(value: &Value, here: &Value, catalog: &Value) -> Value {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(target)) = map.get("$ref") {
                let (file, pointer) = target.split_once('#').unwrap();
                let document = if file.is_empty() { here } else { catalog };
                let found = document
                    .pointer(pointer)
                    .unwrap_or_else(|| panic!("{target}"));
                return resolved(found, document, catalog);
            }
            let map = map
                .iter()
                .map(|(k, v)| (k.clone(), resolved(v, here, catalog)));
            Value::Object(map.collect())
        }
        Value::Array(items) => items.iter().map(|v| resolved(v, here, catalog)).collect(),
        other => other.clone(),
    }
}

#[test]
fn catalog_and_quiz_share_one_header_schema() {
    let catalog = schema("catalog.schema.json");
    let quiz = schema("quiz.schema.json");
    for field in SHARED {
        let in_catalog = resolved(&catalog["properties"][field], &catalog, &catalog);
        let in_quiz = resolved(&quiz["properties"][field], &quiz, &catalog);
        if field == "format" {
            // Each format names itself; both are a constant.
            assert!(in_catalog["const"].is_string() && in_quiz["const"].is_string());
            continue;
        }
        assert_eq!(
            in_catalog, in_quiz,
            "`{field}` differs between the two schemas"
        );
    }
    for schema in [&catalog, &quiz] {
        let required = schema["required"].as_array().unwrap();
        for field in ["format", "id", "title"] {
            assert!(required.contains(&Value::from(field)), "{field} required");
        }
    }
}
