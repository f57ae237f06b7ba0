//! The shared fence cases (`tests/data/fences.json`, also run by the MkDocs
//! plugin's tests): each good fence becomes exactly its widget, each bad one
//! fails with its line and a message naming the valid values.

use berth::Lang;
use mdbook_berth::fence::render_fences;
use serde_json::Value;

#[test]
fn shared_fence_cases() {
    let cases: Value =
        serde_json::from_str(include_str!("../../tests/data/fences.json")).expect("fences.json");
    let catalog = berth::default_catalog();
    let quiz = berth::quiz::default_quiz(&catalog);
    let mut checked = 0;
    for case in cases["cases"].as_array().expect("cases") {
        let name = case["name"].as_str().unwrap();
        let markdown = case["markdown"].as_str().unwrap();
        let result = render_fences(markdown, &catalog, &quiz, Lang::En);
        match case.get("errors") {
            None => {
                let (text, found) = result.unwrap_or_else(|e| panic!("{name}: {e:?}"));
                match case["html"].as_str() {
                    Some(html) => {
                        assert!(found, "{name}: no fence found");
                        assert!(text.contains(html), "{name}: got\n{text}");
                    }
                    None => assert_eq!((text.as_str(), found), (markdown, false), "{name}"),
                }
            }
            Some(expected) => {
                let errors = result.expect_err(name);
                let expected = expected.as_array().unwrap();
                assert_eq!(errors.len(), expected.len(), "{name}: {errors:?}");
                for (error, want) in errors.iter().zip(expected) {
                    assert_eq!(
                        error.line as u64,
                        want["line"].as_u64().unwrap(),
                        "{name}: {error:?}"
                    );
                    for word in want["mentions"].as_array().unwrap() {
                        let word = word.as_str().unwrap();
                        assert!(
                            error.message.contains(word),
                            "{name}: '{word}' not in '{}'",
                            error.message
                        );
                    }
                }
            }
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} cases");
}

#[test]
fn problems_are_worded_in_korean_for_a_korean_book() {
    let catalog = berth::default_catalog();
    let quiz = berth::quiz::default_quiz(&catalog);
    let errors = render_fences(
        "```berth\nmode = \"x\"\ncolour = 1\n```\n",
        &catalog,
        &quiz,
        Lang::Ko,
    )
    .unwrap_err();
    assert!(
        errors[0]
            .message
            .contains("가능한 값: chooser, quiz, compare"),
        "{errors:?}"
    );
    assert!(
        errors[1].message.contains("알 수 없는 설정 'colour'"),
        "{errors:?}"
    );
}

#[test]
fn spec_copy_for_mkdocs_matches_the_core() {
    // The MkDocs plugin checks fences from this copy of the rules; it must never drift.
    let catalog = berth::default_catalog();
    let quiz = berth::quiz::default_quiz(&catalog);
    let spec = berth::embed::spec_json(&catalog, &quiz);
    let copy = include_str!("../../mkdocs-berth/mkdocs_berth/spec.json");
    assert!(
        spec == copy,
        "mkdocs-berth/mkdocs_berth/spec.json is stale: run `cargo run -q -p mdbook-berth -- spec > mkdocs-berth/mkdocs_berth/spec.json`"
    );
}
