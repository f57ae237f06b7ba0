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
        // The whole verdict, in each language: kind, path and the message in that language.
        let cases = [
            (Lang::En, "cannot read the JSON"),
            (Lang::Ko, "JSON을 읽을 수 없습니다"),
        ];
        for (lang, reason) in cases {
            let text = check("{\"format\": 1}", lang.code());
            let verdict: serde_json::Value = serde_json::from_str(&text).unwrap();
            let message = format!(
                "{reason}: invalid type: integer `1`, expected a string at line 1 column 12"
            );
            let expected = json!({
                "kind": "catalog",
                "ok": false,
                "summary": "",
                "problems": [{ "path": "$.format", "message": message }],
            });
            assert_eq!(verdict, expected);
        }
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
