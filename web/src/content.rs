//! Which content a widget shows: the built-in catalog and quiz in the
//! reader's language, or a docs author's own (validated before use).
//! Components read it from context, so several widgets with different
//! content share one page.
//!
//! The built-in content is not in the wasm: it comes as one single-language
//! bundle per language (`content/en.json`, `content/ko.json`, made by
//! `berth bundle`), fetched by the page script's loader (`set_bundle_loader`)
//! when a widget first needs that language, then shared by every widget.

use berth::bundle::Bundle;
use berth::quiz::Quiz;
use berth::{Catalog, Lang, Problem};
use std::cell::RefCell;
use std::fmt;
use std::ops::Deref;
use std::rc::Rc;
use yew::prelude::*;

/// A shared catalog; equal when it is the same catalog (pointer equality).
#[derive(Clone)]
pub struct CatalogRef(pub Rc<Catalog>);

/// A shared quiz; equal when it is the same quiz.
#[derive(Clone)]
pub struct QuizRef(pub Rc<Quiz>);

macro_rules! shared {
    ($t:ident, $inner:ty) => {
        impl PartialEq for $t {
            fn eq(&self, other: &Self) -> bool {
                Rc::ptr_eq(&self.0, &other.0)
            }
        }
        impl Deref for $t {
            type Target = $inner;
            fn deref(&self) -> &$inner {
                &self.0
            }
        }
        impl fmt::Debug for $t {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(stringify!($t))
            }
        }
    };
}
shared!(CatalogRef, Catalog);
shared!(QuizRef, Quiz);

/// What a widget's components show (context value, always provided by the
/// widget root).
#[derive(Clone, PartialEq)]
pub struct Content {
    pub catalog: CatalogRef,
    /// `None` for a custom catalog (it has no quiz).
    pub quiz: Option<QuizRef>,
}

thread_local! {
    /// Built-in content by language, shared by every widget on the page.
    static BUNDLES: RefCell<Vec<(Lang, CatalogRef, QuizRef)>> = const { RefCell::new(Vec::new()) };
    /// The page script's `(lang) => Promise<string>` that fetches a bundle.
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Adds a bundle (JSON text, `berth-bundle/1`) for every language it holds.
/// Returns the languages added.
pub fn register_bundle(json: &str) -> Result<Vec<Lang>, Vec<Problem>> {
    let bundle = Bundle::from_json(json)?;
    let languages = bundle.languages();
    let catalog = CatalogRef(Rc::new(bundle.catalog));
    let quiz = QuizRef(Rc::new(bundle.quiz));
    BUNDLES.with(|b| {
        let mut b = b.borrow_mut();
        for &lang in &languages {
            b.retain(|(l, _, _)| *l != lang);
            b.push((lang, catalog.clone(), quiz.clone()));
        }
    });
    Ok(languages)
}

/// The built-in content in `lang`, if its bundle is here.
pub fn bundle(lang: Lang) -> Option<(CatalogRef, QuizRef)> {
    BUNDLES.with(|b| {
        b.borrow()
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|(_, c, q)| (c.clone(), q.clone()))
    })
}

/// Any built-in content that is here (for a custom quiz's scenarios, whose
/// answers do not depend on the language).
pub fn any_bundle() -> Option<(CatalogRef, QuizRef)> {
    BUNDLES.with(|b| b.borrow().first().map(|(_, c, q)| (c.clone(), q.clone())))
}

/// Sets the function that fetches a bundle (see `static/runtime.js`).
pub fn set_loader(loader: js_sys::Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// Fetches and registers the `lang` bundle; the error is for the reader.
pub async fn load_bundle(lang: Lang) -> Result<(), String> {
    if bundle(lang).is_some() {
        return Ok(());
    }
    let loader = LOADER.with(|l| l.borrow().clone());
    let Some(loader) = loader else {
        return Err("no content loader on this page".into());
    };
    let promise = loader
        .call1(&wasm_bindgen::JsValue::NULL, &lang.code().into())
        .map_err(js_error)?;
    let text = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise))
        .await
        .map_err(js_error)?
        .as_string()
        .ok_or_else(|| "the content loader returned no text".to_string())?;
    if bundle(lang).is_some() {
        return Ok(()); // another widget registered it meanwhile
    }
    match register_bundle(&text) {
        Ok(langs) if langs.contains(&lang) => Ok(()),
        Ok(_) => Err(format!("the {} bundle holds another language", lang.code())),
        Err(problems) => Err(problems
            .iter()
            .map(|p| format!("{}: {}", p.path, p.message(lang)))
            .collect::<Vec<_>>()
            .join("; ")),
    }
}

fn js_error(e: wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

// Every component that reads content is rendered under the widget root
// (`widget.rs`), which always provides `Content`; outside it nothing renders.
const NO_CONTENT: &str = "berth: component rendered outside the widget root";

#[hook]
pub fn use_catalog() -> CatalogRef {
    use_context::<Content>().expect(NO_CONTENT).catalog
}

#[hook]
pub fn use_quiz() -> QuizRef {
    use_context::<Content>()
        .and_then(|c| c.quiz)
        .expect(NO_CONTENT)
}
