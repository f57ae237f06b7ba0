//! Which content a widget shows: the built-in catalog and quiz in the
//! reader's language, or a docs author's own (validated before use).
//! Components read it from context, so several widgets with different
//! content share one page.
//!
//! The built-in content is not in the wasm: it comes in the binary form
//! `berth bundle --binary` makes at build time (validated there, so it is
//! read here without the validator or a JSON reader), one catalog part and
//! one quiz part per language (`content/en.catalog.bin`, `content/en.quiz.bin`,
//! …). The page script's loader (`set_bundle_loader`) fetches a part when a
//! widget first needs that language; every widget then shares it. A build
//! without the `quiz` feature never asks for the quiz part.
//!
//! A docs author's own content (JSON) is read in `shell/loaded.rs`, and only with
//! the `custom` feature.

use berth::bundle::ReadError;
use berth::quiz::Quiz;
use berth::{Catalog, Lang};
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

/// Built-in content of one language.
struct Entry {
    lang: Lang,
    catalog: CatalogRef,
    /// `None` until the quiz part is read (never, without the `quiz` feature).
    quiz: Option<QuizRef>,
}

thread_local! {
    /// Built-in content by language, shared by every widget on the page.
    static BUNDLES: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    /// The page script's `(lang, part) => Promise<ArrayBuffer>` that fetches
    /// a part (`"catalog"` or `"quiz"`) of the built-in content.
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Whether this build shows quizzes, and so loads the quiz part.
const WANTS_QUIZ: bool = cfg!(feature = "quiz");

/// A part of the built-in content, as the loader names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Catalog,
    Quiz,
}

impl Part {
    /// The loader's name of the part (`(lang, part) => …`).
    pub fn name(self) -> &'static str {
        match self {
            Part::Catalog => "catalog",
            Part::Quiz => "quiz",
        }
    }
}

/// Why the built-in content of a language could not be loaded. Its
/// [`Display`](fmt::Display) is the detail the widget shows inside its
/// localized sentence (`ContentUnreadable`, `LanguageUnavailable`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BundleError {
    /// The page set no loader (`set_bundle_loader`).
    NoLoader,
    /// The loader threw or its promise failed (the script's message).
    Fetch(String),
    /// The loader's answer was neither an `ArrayBuffer` nor a `Uint8Array`.
    NotBytes,
    /// A part could not be read: truncated, damaged or mismatched.
    Damaged(Part, ReadError),
    /// The content fetched for this language holds other languages.
    OtherLanguage(Lang),
}

impl fmt::Display for BundleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BundleError::NoLoader => f.write_str("no content loader on this page"),
            BundleError::Fetch(message) => f.write_str(message),
            BundleError::NotBytes => f.write_str("the content loader returned no bytes"),
            BundleError::Damaged(part, error) => write!(f, "{}: {error}", part.name()),
            BundleError::OtherLanguage(lang) => {
                write!(f, "the {} content holds another language", lang.code())
            }
        }
    }
}

/// Adds built-in content from its binary parts (`berth bundle --binary`):
/// the catalog part and, when given, the quiz part made with it. Returns
/// the languages added; the error says what is wrong with which part.
pub fn register_bundle(catalog: &[u8], quiz: Option<&[u8]>) -> Result<Vec<Lang>, BundleError> {
    let (catalog, checksum) = berth::bundle::read_catalog(catalog)
        .map_err(|error| BundleError::Damaged(Part::Catalog, error))?;
    let quiz = match quiz {
        Some(bytes) => Some(QuizRef(Rc::new(
            berth::bundle::read_quiz(bytes, &catalog, checksum)
                .map_err(|error| BundleError::Damaged(Part::Quiz, error))?,
        ))),
        None => None,
    };
    let languages = catalog.document().languages.clone();
    let catalog = CatalogRef(Rc::new(catalog));
    BUNDLES.with(|b| {
        let mut b = b.borrow_mut();
        for &lang in &languages {
            b.retain(|e| e.lang != lang);
            b.push(Entry {
                lang,
                catalog: catalog.clone(),
                quiz: quiz.clone(),
            });
        }
    });
    Ok(languages)
}

/// Whether an entry has every part this build needs.
fn complete(e: &Entry) -> bool {
    e.quiz.is_some() || !WANTS_QUIZ
}

/// The built-in content in `lang`, once every part this build needs is
/// here (the quiz is `None` in a build without the `quiz` feature).
pub fn bundle(lang: Lang) -> Option<(CatalogRef, Option<QuizRef>)> {
    BUNDLES.with(|b| {
        b.borrow()
            .iter()
            .find(|e| e.lang == lang && complete(e))
            .map(|e| (e.catalog.clone(), e.quiz.clone()))
    })
}

/// Any built-in content that is here (for a custom quiz's scenarios, whose
/// answers do not depend on the language).
pub fn any_bundle() -> Option<(CatalogRef, Option<QuizRef>)> {
    BUNDLES.with(|b| {
        b.borrow()
            .iter()
            .find(|e| complete(e))
            .map(|e| (e.catalog.clone(), e.quiz.clone()))
    })
}

/// Sets the function that fetches a part (see `static/runtime.js`).
pub fn set_loader(loader: js_sys::Function) {
    LOADER.with(|l| *l.borrow_mut() = Some(loader));
}

/// Fetches and registers the `lang` content (the catalog part, and the
/// quiz part in a build with quizzes, both requested at once).
pub async fn load_bundle(lang: Lang) -> Result<(), BundleError> {
    use wasm_bindgen_futures::JsFuture;
    if bundle(lang).is_some() {
        return Ok(());
    }
    let loader = LOADER.with(|l| l.borrow().clone());
    let Some(loader) = loader else {
        return Err(BundleError::NoLoader);
    };
    let fetch = |part: Part| -> Result<JsFuture, BundleError> {
        let promise = loader
            .call2(
                &wasm_bindgen::JsValue::NULL,
                &lang.code().into(),
                &part.name().into(),
            )
            .map_err(js_error)?;
        Ok(JsFuture::from(js_sys::Promise::resolve(&promise)))
    };
    let catalog = fetch(Part::Catalog)?;
    let quiz = if WANTS_QUIZ {
        Some(fetch(Part::Quiz)?)
    } else {
        None
    };
    let catalog = bytes(catalog.await.map_err(js_error)?)?;
    let quiz = match quiz {
        Some(f) => Some(bytes(f.await.map_err(js_error)?)?),
        None => None,
    };
    if bundle(lang).is_some() {
        return Ok(()); // another widget registered it meanwhile
    }
    let langs = register_bundle(&catalog, quiz.as_deref())?;
    if langs.contains(&lang) {
        Ok(())
    } else {
        Err(BundleError::OtherLanguage(lang))
    }
}

/// The bytes of a loader's answer (an `ArrayBuffer` or a `Uint8Array`).
fn bytes(value: wasm_bindgen::JsValue) -> Result<Vec<u8>, BundleError> {
    use wasm_bindgen::JsCast;
    if value.is_instance_of::<js_sys::ArrayBuffer>() || value.is_instance_of::<js_sys::Uint8Array>()
    {
        Ok(js_sys::Uint8Array::new(&value).to_vec())
    } else {
        Err(BundleError::NotBytes)
    }
}

/// A loader failure, with the script's message.
fn js_error(error: wasm_bindgen::JsValue) -> BundleError {
    use wasm_bindgen::JsCast;
    let message = error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown error".into());
    BundleError::Fetch(message)
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
