//! The widget's state and the actions that change it (a pure reducer, so it
//! can be tested without a browser).

use crate::content::CatalogRef;
use berth::{AnswerValue, Answers, Lang};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub catalog: CatalogRef,
    pub answers: Answers,
    pub lang: Lang,
    /// Index of the question on screen; `== questions.len()` when finished.
    pub step: usize,
    /// Whether the reader has moved between questions (focus follows only then).
    pub moved: bool,
    /// Problems with the answers in the link, shown as a polite notice.
    pub link_problems: Vec<String>,
    pub copy_status: Option<CopyStatus>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CopyStatus {
    LinkCopied,
    RecordCopied,
    /// Clipboard refused: show the text to copy by hand.
    Failed(String),
}

pub enum Action {
    Answer(usize, Option<AnswerValue>),
    Next,
    Back,
    Skip,
    Goto(usize),
    SetLang(Lang),
    DismissNotice,
    Copied(CopyStatus),
    StartOver,
}

impl State {
    /// Reads answers and `lang=` from a fragment such as `#workload=web&lang=ko`.
    pub fn from_fragment(fragment: &str, default_lang: Lang, catalog: CatalogRef) -> State {
        let c: &berth::Catalog = &catalog;
        let mut lang = default_lang;
        let mut rest = Vec::new();
        let link = berth::limits::link_items(fragment);
        for item in link.items {
            match item.split_once('=') {
                Some(("lang", v)) => {
                    if let Some(l) = Lang::from_tag(v) {
                        lang = l;
                    }
                }
                _ if item.is_empty() => {}
                _ => rest.push(decode(item)),
            }
        }
        let (answers, mut errors) = Answers::parse_lenient(c, &rest.join("&"));
        if link.cut && errors.first() != Some(&berth::AnswerError::LinkTooLong) {
            errors.insert(0, berth::AnswerError::LinkTooLong);
        }
        State {
            catalog: catalog.clone(),
            answers,
            lang,
            step: 0,
            moved: false,
            link_problems: errors.iter().map(|e| e.message(lang)).collect(),
            copy_status: None,
        }
    }

    pub fn finished(&self) -> bool {
        self.step >= self.catalog.questions().len()
    }

    /// The fragment that reproduces this state (`workload=web&…&lang=ko`).
    pub fn fragment(&self) -> String {
        let q = self.answers.to_query(&self.catalog);
        if q.is_empty() {
            format!("lang={}", self.lang.code())
        } else {
            format!("{q}&lang={}", self.lang.code())
        }
    }
}

/// Percent-decoding for the few characters a fragment may carry escaped.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            // Byte slicing, not str slicing: a multi-byte character after '%' must not panic.
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let n = self.catalog.questions().len();
        let mut s = (*self).clone();
        s.copy_status = None;
        match action {
            Action::Answer(q, v) => s.answers.set(q, v),
            Action::Next => {
                s.step = (s.step + 1).min(n);
                s.moved = true;
            }
            Action::Back => {
                s.step = s.step.saturating_sub(1);
                s.moved = true;
            }
            Action::Skip => {
                s.answers.set(s.step, None);
                s.step = (s.step + 1).min(n);
                s.moved = true;
            }
            Action::Goto(q) => {
                s.step = q.min(n);
                s.moved = true;
            }
            Action::SetLang(l) => {
                s.lang = l;
            }
            Action::DismissNotice => s.link_problems.clear(),
            Action::Copied(status) => s.copy_status = Some(status),
            Action::StartOver => {
                s.answers = Answers::empty(&s.catalog);
                s.step = 0;
                s.moved = true;
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CatalogRef;
    use std::rc::Rc;

    fn catalog() -> CatalogRef {
        CatalogRef(Rc::new(berth::default_catalog()))
    }

    #[test]
    fn fragment_round_trip_keeps_answers_and_language() {
        let s = State::from_fragment("#workload=batch&runtime=40m&lang=ko", Lang::En, catalog());
        assert_eq!(s.lang, Lang::Ko);
        assert!(s.link_problems.is_empty());
        let again = State::from_fragment(&s.fragment(), Lang::En, catalog());
        assert_eq!(again.answers, s.answers);
        assert_eq!(again.lang, Lang::Ko);
    }

    #[test]
    fn bad_fragment_items_become_notices_and_good_ones_are_kept() {
        let s = State::from_fragment(
            "#workload=batch&colour=blue&runtime=forever&%zz",
            Lang::En,
            catalog(),
        );
        assert_eq!(s.answers.answered_count(), 1);
        assert_eq!(s.link_problems.len(), 3);
        let s = State::from_fragment("#runtime=40%20m", Lang::En, catalog());
        assert_eq!(s.answers.answered_count(), 1);
    }

    #[test]
    fn a_huge_link_gives_a_bounded_notice() {
        // Issue #16: `#&a&a…` (200 KB) made one notice per item and froze the tab.
        let fragment = format!("#workload=batch{}", "&a".repeat(100_000));
        let s = State::from_fragment(&fragment, Lang::En, catalog());
        assert_eq!(s.answers.answered_count(), 1);
        assert_eq!(s.link_problems.len(), 2, "{:?}", s.link_problems);
        let distinct: Vec<String> = (0..500).map(|i| format!("x{i}=1")).collect();
        let s = State::from_fragment(&distinct.join("&"), Lang::Ko, catalog());
        assert!(s.link_problems.len() <= berth::limits::MAX_LINK_ITEMS + 1);
        assert!(s.link_problems[0].contains("링크"), "the cut is said first");
    }
}
