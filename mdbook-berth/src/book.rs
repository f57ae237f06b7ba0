//! The mdBook side: walks the book JSON mdBook sends on stdin (any version:
//! every object with a `Chapter` key is a chapter) and renders the fences of
//! each chapter. A chapter with a widget gets the one script tag that loads
//! Berth, with a path relative to the chapter.

use crate::fence::{render_fences, FenceError};
use berth::quiz::Quiz;
use berth::{Catalog, Lang};
use serde_json::Value;

/// How the widget is loaded: the module build or the one-file offline build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Build {
    /// `berth/static/berth-widget.js` (module; needs http(s)).
    Module,
    /// `berth/berth-offline.js` (one classic script; also opens from `file://`).
    Offline,
}

/// Where Berth's files sit in the book's `src/` (and so in the built book).
pub const ASSET_DIR: &str = "berth";

/// A problem in one chapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterError {
    pub chapter: String,
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ChapterError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.chapter, self.line, self.message)
    }
}

/// The book's language (`book.language`), the preprocessor's `offline` flag.
pub fn settings(context: &Value) -> (Lang, Build) {
    let config = &context["config"];
    let language = config["book"]["language"].as_str().unwrap_or("en");
    let lang = Lang::from_tag(language).unwrap_or(Lang::En);
    let offline = config["preprocessor"]["berth"]["offline"].as_bool() == Some(true);
    (
        lang,
        if offline {
            Build::Offline
        } else {
            Build::Module
        },
    )
}

/// Renders every chapter of `book` in place; on any problem, the book is
/// left untouched and every problem of every chapter is returned.
pub fn render_book(
    book: &mut Value,
    catalog: &Catalog,
    quiz: &Quiz,
    lang: Lang,
    build: Build,
) -> Result<(), Vec<ChapterError>> {
    let mut rendered = book.clone();
    let mut errors = Vec::new();
    visit_chapters(&mut rendered, &mut |chapter| {
        let Some(content) = chapter["content"].as_str() else {
            return;
        };
        let name = chapter["source_path"]
            .as_str()
            .or(chapter["path"].as_str())
            .or(chapter["name"].as_str())
            .unwrap_or("?")
            .to_string();
        match render_fences(content, catalog, quiz, lang) {
            Ok((mut text, true)) => {
                let depth = chapter["path"]
                    .as_str()
                    .map_or(0, |p| p.matches('/').count());
                text.push_str(&script_tag(depth, build));
                chapter["content"] = Value::String(text);
            }
            Ok((_, false)) => {}
            Err(problems) => {
                errors.extend(problems.into_iter().map(|FenceError { line, message }| {
                    ChapterError {
                        chapter: name.clone(),
                        line,
                        message,
                    }
                }))
            }
        }
    });
    if errors.is_empty() {
        *book = rendered;
        Ok(())
    } else {
        Err(errors)
    }
}

/// The script tag that loads Berth, relative to a chapter `depth` folders deep.
pub fn script_tag(depth: usize, build: Build) -> String {
    let root = "../".repeat(depth);
    match build {
        Build::Module => format!(
            "\n<script type=\"module\" src=\"{root}{ASSET_DIR}/static/berth-widget.js\"></script>\n"
        ),
        Build::Offline => {
            format!("\n<script src=\"{root}{ASSET_DIR}/berth-offline.js\"></script>\n")
        }
    }
}

fn visit_chapters(value: &mut Value, visit: &mut dyn FnMut(&mut serde_json::Map<String, Value>)) {
    match value {
        Value::Object(map) => {
            if let Some(Value::Object(chapter)) = map.get_mut("Chapter") {
                visit(chapter);
            }
            for child in map.values_mut() {
                visit_chapters(child, visit);
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| visit_chapters(item, visit)),
        _ => {}
    }
}
