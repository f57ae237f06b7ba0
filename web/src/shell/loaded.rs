//! What a widget's content is (pure): the built-in content, a docs author's
//! catalog or quiz read from JSON, or why it cannot be shown
//! ([`LoadError`]); which modes that content has; and what the modes read.

use crate::platform::content::{BundleError, CatalogRef, Content, QuizRef};
use crate::shell::props::Mode;
use berth::Problem;
use std::rc::Rc;

/// What the widget shows: built-in content, custom content, or its problems.
#[derive(Clone, PartialEq)]
// Without `custom`, only BuiltIn and CustomUnsupported are made.
#[cfg_attr(not(feature = "custom"), allow(dead_code))]
pub enum Loaded {
    BuiltIn,
    Catalog(CatalogRef),
    Quiz(QuizRef),
    /// A custom quiz waits for the built-in catalog its scenarios are checked against.
    QuizWaiting,
    Problems(Rc<Vec<Problem>>),
    /// A docs author's own content, in a build without the `custom` feature
    /// (which reads JSON): said in the error panel.
    #[cfg_attr(feature = "custom", allow(dead_code))]
    CustomUnsupported,
}

/// Why a widget shows its error panel instead of its modes; put into words
/// only where it is shown ([`crate::shell::frame::error_panel`]).
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The page script could not fetch the author's content (its message).
    ContentFetch(String),
    /// The author's content is invalid: every problem found.
    Invalid(Rc<Vec<Problem>>),
    /// The author's own content, in a build that reads no JSON.
    CustomUnsupported,
    /// The built-in content could not be loaded.
    Bundle(BundleError),
}

impl Loaded {
    /// Whether the modes read built-in content (fetched per language).
    pub fn needs_builtin(&self) -> bool {
        matches!(self, Loaded::BuiltIn | Loaded::QuizWaiting)
    }

    /// Why this content cannot be shown at all, given the page script's
    /// fetch error; `None` when it can (or will, once the built-in content is here).
    pub fn error(&self, fetch_error: Option<&str>) -> Option<LoadError> {
        if let Some(message) = fetch_error {
            return Some(LoadError::ContentFetch(message.to_string()));
        }
        match self {
            Loaded::CustomUnsupported => Some(LoadError::CustomUnsupported),
            Loaded::Problems(problems) => Some(LoadError::Invalid(problems.clone())),
            _ => None,
        }
    }
}

/// Reads the author's content, if any.
#[cfg(feature = "custom")]
pub fn load(content: &Option<Rc<str>>) -> Loaded {
    let Some(text) = content else {
        return Loaded::BuiltIn;
    };
    if berth::quiz::is_quiz_json(text) {
        let Some((catalog, _)) = crate::platform::content::any_bundle() else {
            return Loaded::QuizWaiting;
        };
        match berth::quiz::Quiz::from_json(text, &catalog) {
            Ok(quiz) => Loaded::Quiz(QuizRef(Rc::new(quiz))),
            Err(problems) => Loaded::Problems(Rc::new(problems)),
        }
    } else {
        match berth::Catalog::from_json(text) {
            Ok(catalog) => Loaded::Catalog(CatalogRef(Rc::new(catalog))),
            Err(problems) => Loaded::Problems(Rc::new(problems)),
        }
    }
}

/// Without `custom`, the module reads no JSON (the page script normally
/// loads the module with `custom` for a page with its own content).
#[cfg(not(feature = "custom"))]
pub fn load(content: &Option<Rc<str>>) -> Loaded {
    match content {
        None => Loaded::BuiltIn,
        Some(_) => Loaded::CustomUnsupported,
    }
}

/// The modes this widget shows: those its content has (a custom catalog has
/// no quiz, a custom quiz no chooser), narrowed to the author's `modes` when
/// any of them fit.
pub fn modes_shown(loaded: &Loaded, author_modes: &[Mode]) -> Vec<Mode> {
    let content: &[Mode] = match loaded {
        Loaded::BuiltIn => &[Mode::Chooser, Mode::Quiz, Mode::Compare],
        Loaded::Catalog(_) => &[Mode::Chooser, Mode::Compare],
        Loaded::Quiz(_) | Loaded::QuizWaiting => &[Mode::Quiz],
        Loaded::Problems(_) | Loaded::CustomUnsupported => &[],
    };
    let allowed: Vec<Mode> = content
        .iter()
        .copied()
        .filter(|m| author_modes.is_empty() || author_modes.contains(m))
        .collect();
    if allowed.is_empty() {
        content.to_vec()
    } else {
        allowed
    }
}

/// The content the modes read: the custom catalog or quiz, with the
/// built-in content of the language on screen where it is needed. `None`
/// while the built-in content is still on its way.
pub fn content_shown(
    loaded: &Loaded,
    builtin: Option<(CatalogRef, Option<QuizRef>)>,
) -> Option<Content> {
    Some(match (loaded, builtin) {
        (Loaded::Catalog(catalog), _) => Content {
            catalog: catalog.clone(),
            quiz: None,
        },
        (Loaded::Quiz(quiz), Some((catalog, _))) => Content {
            catalog,
            quiz: Some(quiz.clone()),
        },
        (_, Some((catalog, quiz))) => Content { catalog, quiz },
        (_, None) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_content_has_every_mode_and_the_author_narrows_them() {
        let all = [Mode::Chooser, Mode::Quiz, Mode::Compare];
        assert_eq!(modes_shown(&Loaded::BuiltIn, &[]), all);
        assert_eq!(modes_shown(&Loaded::BuiltIn, &[Mode::Quiz]), [Mode::Quiz]);
    }

    #[test]
    fn author_modes_the_content_lacks_give_way_to_the_content() {
        assert_eq!(
            modes_shown(&Loaded::QuizWaiting, &[Mode::Chooser]),
            [Mode::Quiz]
        );
        assert!(modes_shown(&Loaded::CustomUnsupported, &[]).is_empty());
    }

    #[test]
    fn the_page_scripts_fetch_error_comes_before_anything_the_content_says() {
        let problems = Loaded::Problems(Rc::new(Vec::new()));
        assert_eq!(
            problems.error(Some("404")),
            Some(LoadError::ContentFetch("404".into()))
        );
        assert_eq!(
            problems.error(None),
            Some(LoadError::Invalid(Rc::new(Vec::new())))
        );
        assert_eq!(Loaded::BuiltIn.error(None), None);
        assert_eq!(
            Loaded::CustomUnsupported.error(None),
            Some(LoadError::CustomUnsupported)
        );
    }

    #[test]
    fn only_built_in_content_and_a_waiting_quiz_need_the_built_in_parts() {
        assert!(Loaded::BuiltIn.needs_builtin());
        assert!(Loaded::QuizWaiting.needs_builtin());
        assert!(!Loaded::CustomUnsupported.needs_builtin());
    }

    #[test]
    fn nothing_is_shown_while_the_built_in_content_is_on_its_way() {
        assert!(content_shown(&Loaded::BuiltIn, None).is_none());
        let catalog = CatalogRef(Rc::new(berth::default_catalog()));
        let custom = content_shown(&Loaded::Catalog(catalog.clone()), None);
        assert!(custom.is_some_and(|shown| shown.catalog == catalog && shown.quiz.is_none()));
    }
}
