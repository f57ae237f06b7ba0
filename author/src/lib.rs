//! The authoring page's validator: [`check`] is `berth check` (the same
//! [`berth::check::check_document`], with JSON paths) for text pasted into
//! `author.html`, returning its verdict as JSON for the page to list.

use berth::check::{check_document, DocumentKind};
use berth::Lang;
use serde_json::json;
use wasm_bindgen::prelude::wasm_bindgen;

/// Checks a catalog, quiz or bundle. Returns JSON:
/// `{"kind": "catalog"|"quiz"|"bundle", "ok": bool, "summary": "…", "problems": [{"path", "message"}]}`,
/// messages in `lang` (`ko` or `en`).
#[wasm_bindgen]
pub fn check(text: &str, lang: &str) -> String {
    let lang = Lang::from_tag(lang).unwrap_or(Lang::En);
    let kind = DocumentKind::of(text);
    // A quiz is checked against the built-in catalog, as `berth check` does without --catalog.
    let catalog = berth::default_catalog();
    let verdict = match check_document(text, &catalog) {
        Ok(checked) => {
            json!({ "kind": kind.name(), "ok": true, "summary": checked.summary(lang), "problems": [] })
        }
        Err(problems) => json!({
            "kind": kind.name(),
            "ok": false,
            "summary": "",
            "problems": problems
                .iter()
                .map(|p| json!({ "path": p.path, "message": p.message(lang) }))
                .collect::<Vec<_>>(),
        }),
    };
    verdict.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_paths_and_messages() {
        let verdict: serde_json::Value =
            serde_json::from_str(&check("{\"format\": 1}", "en")).unwrap();
        assert_eq!(verdict["ok"], false);
        assert!(
            verdict["problems"][0]["path"]
                .as_str()
                .unwrap()
                .starts_with('$'),
            "{verdict}"
        );
    }

    #[test]
    fn the_builtin_catalog_is_valid() {
        let verdict: serde_json::Value =
            serde_json::from_str(&check(berth::default_content::DEFAULT_CATALOG_JSON, "ko"))
                .unwrap();
        assert_eq!(verdict["ok"], true, "{verdict}");
        assert_eq!(verdict["kind"], "catalog");
    }
}
