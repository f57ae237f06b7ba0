//! The book JSON mdBook sends: chapters found in both layouts (0.5's `items`,
//! 0.4's `sections`), nested ones get a script path relative to their folder,
//! settings come from the context, and a bad fence leaves the book untouched.

use berth::Lang;
use mdbook_berth::book::{render_book, settings, Build};
use serde_json::{json, Value};

fn chapter(path: &str, content: &str, sub_items: Vec<Value>) -> Value {
    json!({ "Chapter": { "name": path, "content": content, "number": null, "sub_items": sub_items,
                         "path": path, "source_path": path, "parent_names": [] } })
}

const FENCE: &str = "# Q\n\n```berth\nmode = \"quiz\"\n```\n";

#[test]
fn both_book_layouts_and_nested_chapters() {
    let catalog = berth::default_catalog();
    let quiz = berth::quiz::default_quiz(&catalog);
    for key in ["items", "sections"] {
        let nested = chapter("guide/deep/quiz.md", FENCE, vec![]);
        let mut book = json!({ key: [chapter("intro.md", "no widget here\n", vec![nested]), "Separator",
                                     chapter("top.md", FENCE, vec![])] });
        render_book(&mut book, &catalog, &quiz, Lang::En, Build::Module).unwrap();
        let intro = &book[key][0]["Chapter"];
        assert_eq!(
            intro["content"], "no widget here\n",
            "{key}: a chapter without fences is unchanged"
        );
        let deep = intro["sub_items"][0]["Chapter"]["content"]
            .as_str()
            .unwrap();
        assert!(
            deep.contains("<berth-widget mode=\"quiz\"></berth-widget>"),
            "{deep}"
        );
        assert!(
            deep.contains("src=\"../../berth/static/berth-widget.js\""),
            "{key}: {deep}"
        );
        let top = book[key][2]["Chapter"]["content"].as_str().unwrap();
        assert!(
            top.contains("<script type=\"module\" src=\"berth/static/berth-widget.js\"></script>"),
            "{top}"
        );
    }
}

#[test]
fn a_bad_fence_leaves_the_whole_book_untouched_and_names_the_chapter() {
    let catalog = berth::default_catalog();
    let quiz = berth::quiz::default_quiz(&catalog);
    let mut book = json!({ "items": [chapter("good.md", FENCE, vec![]),
                                     chapter("bad.md", "x\n```berth\nmode = \"nope\"\n```\n", vec![])] });
    let before = book.clone();
    let errors = render_book(&mut book, &catalog, &quiz, Lang::En, Build::Module).unwrap_err();
    assert_eq!(book, before);
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0].to_string(),
        "bad.md:3: mode = \"nope\" is not valid; valid values: chooser, quiz, compare"
    );
}

#[test]
fn settings_from_the_context() {
    let context = json!({ "config": { "book": { "language": "ko" }, "preprocessor": { "berth": { "offline": true } } } });
    assert_eq!(settings(&context), (Lang::Ko, Build::Offline));
    assert_eq!(settings(&json!({})), (Lang::En, Build::Module));
    let catalog = berth::default_catalog();
    let quiz = berth::quiz::default_quiz(&catalog);
    let mut book = json!({ "items": [chapter("a/b.md", FENCE, vec![])] });
    render_book(&mut book, &catalog, &quiz, Lang::Ko, Build::Offline).unwrap();
    let content = book["items"][0]["Chapter"]["content"].as_str().unwrap();
    assert!(
        content.contains("<script src=\"../berth/berth-offline.js\"></script>"),
        "{content}"
    );
}
