//! Which content a widget shows: the bundled catalog and quiz, or a docs
//! author's own (validated before use). Components read it from context, so
//! several widgets with different content can share one page.

use berth::quiz::Quiz;
use berth::Catalog;
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

/// Content a widget was given in place of the bundled one (context value).
#[derive(Clone, PartialEq, Default)]
pub struct CustomContent {
    pub catalog: Option<CatalogRef>,
    pub quiz: Option<QuizRef>,
}

thread_local! {
    static DEFAULT_CATALOG: CatalogRef = CatalogRef(Rc::new(berth::default_catalog()));
    static DEFAULT_QUIZ: RefCell<Option<QuizRef>> = const { RefCell::new(None) };
}

/// The bundled catalog, parsed once per page.
pub fn default_catalog() -> CatalogRef {
    DEFAULT_CATALOG.with(Clone::clone)
}

/// The bundled quiz, parsed on first use (a chooser-only page never pays for it).
pub fn default_quiz() -> QuizRef {
    DEFAULT_QUIZ.with(|q| {
        q.borrow_mut()
            .get_or_insert_with(|| QuizRef(Rc::new(berth::quiz::default_quiz(&default_catalog()))))
            .clone()
    })
}

#[hook]
pub fn use_catalog() -> CatalogRef {
    use_context::<CustomContent>()
        .and_then(|c| c.catalog)
        .unwrap_or_else(default_catalog)
}

#[hook]
pub fn use_quiz() -> QuizRef {
    use_context::<CustomContent>()
        .and_then(|c| c.quiz)
        .unwrap_or_else(default_quiz)
}
