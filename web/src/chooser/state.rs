//! The chooser's state and the actions that change it (a pure reducer, so it
//! can be tested without a browser).
//!
//! Questions are asked in the catalog's asking order: the essentials first,
//! then the optional ones that refine the answer. `step` is a position in
//! that order. An exact value the reader types is a draft until it is
//! committed (blur, Enter, Next); a draft that cannot be read keeps the
//! reader on the question with a message, never silently dropped.

use crate::platform::content::CatalogRef;
use berth::model::QuestionKind;
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Answers, Lang};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub catalog: CatalogRef,
    pub answers: Answers,
    pub lang: Lang,
    /// Question indices in asking order (essentials first).
    pub order: Rc<[usize]>,
    /// How many of `order` are essentials (they come first).
    pub essentials: usize,
    /// Position in `order` of the question on screen; `== order.len()` when finished.
    pub step: usize,
    /// Whether the reader has moved between questions (focus follows only then).
    pub moved: bool,
    /// Problems with the answers in the link, shown as a polite notice.
    pub link_problems: Vec<String>,
    pub copy_status: Option<CopyStatus>,
    /// Counts committed changes: leaving a question (Next, Back, Skip, a
    /// chip), starting over, or an answer given from outside the question on
    /// screen ("Try it"). Host events follow this, not every keystroke.
    pub committed: u32,
    /// The exact value being typed for the question on screen (`Some`: the
    /// "exact value" choice is selected).
    pub draft: Option<String>,
    /// Why the committed draft could not be read.
    pub draft_error: Option<DraftError>,
    /// Bumped each time Next is refused because of the draft: the view moves
    /// focus to the field then (and only then).
    pub refused: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CopyStatus {
    LinkCopied,
    RecordCopied,
    /// Clipboard refused: show the text to copy by hand.
    Failed(String),
}

/// Why an exact value was not accepted (shown in words by the view).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftError {
    /// The "exact value" choice is selected but the field is empty.
    Empty,
    /// The text is not a number with a unit of the question's dimension.
    Unreadable { text: String, dimension: Dimension },
}

pub enum Action {
    Answer(usize, Option<AnswerValue>),
    /// The text of the exact-value field changed (not validated yet).
    Draft(String),
    /// The exact-value field lost focus: validate it, answer if it reads.
    CommitDraft,
    Next,
    Back,
    Skip,
    /// Show the question with this catalog index.
    Goto(usize),
    /// Stop asking: show the results.
    Finish,
    SetLang(Lang),
    DismissNotice,
    Copied(CopyStatus),
    StartOver,
}

impl State {
    /// Reads answers and `lang=` from a fragment such as `#workload=web&lang=ko`;
    /// a link (`resume`) resumes at the first unanswered essential question,
    /// an author's preset answers start at question 1.
    pub fn from_fragment(
        fragment: &str,
        default_lang: Lang,
        catalog: CatalogRef,
        resume: bool,
    ) -> State {
        let c: &berth::Catalog = &catalog;
        let mut lang = default_lang;
        let mut rest = Vec::new();
        let link = berth::limits::link_items(fragment);
        let mut cut = link.cut;
        for item in link.items {
            match item.split_once('=') {
                Some((key, _)) if key == crate::platform::link::CUT => cut = true,
                Some(("lang", v)) => {
                    if let Some(l) = Lang::from_tag(v) {
                        lang = l;
                    }
                }
                _ if item.is_empty() => {}
                _ => rest.push(berth::percent::decode(item)),
            }
        }
        let (answers, mut errors) = Answers::parse_lenient(c, &rest.join("&"));
        if cut && errors.first() != Some(&berth::AnswerError::LinkTooLong) {
            errors.insert(0, berth::AnswerError::LinkTooLong);
        }
        let order: Rc<[usize]> = c.asking_order().into();
        let essentials = order.iter().filter(|&&q| c.is_essential(q)).count();
        let mut state = State {
            catalog: catalog.clone(),
            answers,
            lang,
            order,
            essentials,
            step: 0,
            moved: false,
            link_problems: errors.iter().map(|e| e.message(lang)).collect(),
            copy_status: None,
            committed: 0,
            draft: None,
            draft_error: None,
            refused: 0,
        };
        state.go(if resume { state.resume_step() } else { 0 });
        state.moved = false;
        state
    }

    /// Where a restored link resumes: the first unanswered essential, else
    /// the first unanswered question, else question 1 when nothing is answered.
    fn resume_step(&self) -> usize {
        if self.answers.answered_count() == 0 {
            return 0;
        }
        let unanswered = |&(_, &q): &(usize, &usize)| self.answers.get(q).is_none();
        self.order
            .iter()
            .enumerate()
            .find(unanswered)
            .map_or(self.order.len(), |(i, _)| i)
    }

    pub fn finished(&self) -> bool {
        self.step >= self.order.len()
    }

    /// The catalog index of the question on screen.
    pub fn question(&self) -> Option<usize> {
        self.order.get(self.step).copied()
    }

    /// Whether the question on screen is one of the essentials.
    pub fn in_essentials(&self) -> bool {
        self.step < self.essentials
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

    /// Moves to position `step` and sets up its exact-value draft: the
    /// answer's text when it is a quantity that is not one of the presets.
    fn go(&mut self, step: usize) {
        self.step = step.min(self.order.len());
        self.moved = true;
        self.draft_error = None;
        self.refused = 0;
        self.draft = self.question().and_then(|qi| {
            let q = self.catalog.question(qi);
            let dim = q.dimension?;
            match self.answers.get(qi) {
                Some(AnswerValue::Quantity(v)) if !is_preset(q, dim, v) => {
                    Some(quantity::canonical(dim, v))
                }
                _ => None,
            }
        });
    }

    /// Validates the draft: `Ok` when there is none or it reads (and is then
    /// answered), else the error is kept.
    fn commit_draft(&mut self) -> Result<(), ()> {
        let (Some(text), Some(qi)) = (self.draft.clone(), self.question()) else {
            return Ok(());
        };
        let q = self.catalog.question(qi);
        let dimension = match (q.kind, q.dimension) {
            (QuestionKind::Quantity, Some(d)) => d,
            _ => return Ok(()),
        };
        let text = text.trim();
        let error = if text.is_empty() {
            DraftError::Empty
        } else {
            match quantity::parse(dimension, text) {
                Ok(v) => {
                    self.answers.set(qi, Some(AnswerValue::Quantity(v)));
                    self.draft_error = None;
                    return Ok(());
                }
                Err(_) => DraftError::Unreadable {
                    text: text.to_string(),
                    dimension,
                },
            }
        };
        self.draft_error = Some(error);
        Err(())
    }
}

fn is_preset(q: &berth::model::Question, dim: Dimension, v: u64) -> bool {
    q.presets.iter().any(|p| quantity::parse(dim, p) == Ok(v))
}

impl Action {
    /// Whether the action commits the reader's answers (the host hears of
    /// a commit that changed one), with `on_screen` the question shown.
    fn commits(&self, on_screen: Option<usize>) -> bool {
        match self {
            // An answer to the question on screen is a draft until the reader
            // leaves it; one from elsewhere ("Try it") commits at once.
            Action::Answer(q, _) => on_screen != Some(*q),
            Action::Next
            | Action::Back
            | Action::Skip
            | Action::Goto(_)
            | Action::StartOver
            | Action::Finish
            | Action::CommitDraft => true,
            Action::SetLang(_) | Action::DismissNotice | Action::Copied(_) | Action::Draft(_) => {
                false
            }
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        s.copy_status = None;
        s.committed += u32::from(action.commits(s.question()));
        match action {
            Action::Answer(q, v) => {
                s.answers.set(q, v);
                if s.question() == Some(q) {
                    s.draft = None;
                    s.draft_error = None;
                }
            }
            Action::Draft(text) => {
                s.draft = Some(text);
                s.draft_error = None;
            }
            Action::CommitDraft => {
                // A blur on an empty field is not a commit: the reader may still choose.
                if s.draft.as_deref().is_some_and(|t| !t.trim().is_empty()) {
                    let _ = s.commit_draft();
                }
            }
            Action::Next => match s.commit_draft() {
                Ok(()) => s.go(s.step + 1),
                Err(()) => s.refused += 1,
            },
            Action::Back => s.go(s.step.saturating_sub(1)),
            Action::Skip => {
                if let Some(q) = s.question() {
                    s.answers.set(q, None);
                }
                s.go(s.step + 1);
            }
            Action::Goto(q) => {
                let at = s.order.iter().position(|&x| x == q).unwrap_or(0);
                s.go(at);
            }
            Action::Finish => s.go(s.order.len()),
            Action::SetLang(l) => {
                s.lang = l;
            }
            Action::DismissNotice => s.link_problems.clear(),
            Action::Copied(status) => s.copy_status = Some(status),
            Action::StartOver => {
                s.answers = Answers::empty(&s.catalog);
                s.go(0);
            }
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::content::CatalogRef;
    use std::rc::Rc;

    fn catalog() -> CatalogRef {
        CatalogRef(Rc::new(berth::default_catalog()))
    }

    fn id(s: &State) -> &str {
        s.question().map_or("(done)", |q| &s.catalog.question(q).id)
    }

    fn apply(s: State, actions: Vec<Action>) -> State {
        let mut s = Rc::new(s);
        for a in actions {
            s = s.reduce(a);
        }
        (*s).clone()
    }

    #[test]
    fn fragment_round_trip_keeps_answers_and_language() {
        let s = State::from_fragment(
            "#workload=batch&runtime=40m&lang=ko",
            Lang::En,
            catalog(),
            true,
        );
        assert_eq!(s.lang, Lang::Ko);
        assert!(s.link_problems.is_empty());
        let again = State::from_fragment(&s.fragment(), Lang::En, catalog(), true);
        assert_eq!(again.answers, s.answers);
        assert_eq!(again.lang, Lang::Ko);
    }

    #[test]
    fn bad_fragment_items_become_notices_and_good_ones_are_kept() {
        let s = State::from_fragment(
            "#workload=batch&colour=blue&runtime=forever&%zz",
            Lang::En,
            catalog(),
            true,
        );
        assert_eq!(s.answers.answered_count(), 1);
        assert_eq!(s.link_problems.len(), 3);
        let s = State::from_fragment("#runtime=40%20m", Lang::En, catalog(), true);
        assert_eq!(s.answers.answered_count(), 1);
    }

    #[test]
    fn a_huge_link_gives_a_bounded_notice() {
        // Issue #16: `#&a&a…` (200 KB) made one notice per item and froze the tab.
        let fragment = format!("#workload=batch{}", "&a".repeat(100_000));
        let s = State::from_fragment(&fragment, Lang::En, catalog(), true);
        assert_eq!(s.answers.answered_count(), 1);
        assert_eq!(s.link_problems.len(), 2, "{:?}", s.link_problems);
        let distinct: Vec<String> = (0..500).map(|i| format!("x{i}=1")).collect();
        let s = State::from_fragment(&distinct.join("&"), Lang::Ko, catalog(), true);
        assert!(s.link_problems.len() <= berth::limits::MAX_LINK_ITEMS + 1);
        assert!(s.link_problems[0].contains("링크"), "the cut is said first");
    }

    #[test]
    fn answers_commit_when_the_reader_leaves_the_question_not_per_keystroke() {
        let s = Rc::new(State::from_fragment("", Lang::En, catalog(), true));
        let runtime = s.catalog.question_index("runtime").unwrap();
        let typed = ["4m", "40m", "400m"].iter().fold(
            s.clone().reduce(Action::Goto(runtime)),
            |s, text| {
                let value = berth::Answers::parse_value(&s.catalog, runtime, text).unwrap();
                s.reduce(Action::Answer(runtime, value))
            },
        );
        assert_eq!(
            typed.committed, 1,
            "typing on the question on screen commits nothing"
        );
        assert_eq!(typed.clone().reduce(Action::Next).committed, 2);
        // An answer to a question not on screen ("Try it") commits at once.
        let other = typed.catalog.question_index("workload").unwrap();
        assert_eq!(typed.reduce(Action::Answer(other, None)).committed, 2);
    }

    /// A restored link resumes at the first unanswered essential question,
    /// then at the first unanswered optional one; a fresh start at question 1.
    #[test]
    fn a_link_resumes_at_the_first_unanswered_essential() {
        for (fragment, expected) in [
            ("", "workload"),
            ("#workload=batch&runtime=40m", "kubernetes"),
            ("#runtime=40m", "workload"),
            ("#image=6GB", "workload"),
            (
                "#workload=batch&runtime=40m&kubernetes=required&ops=none&cost=per_use",
                "image",
            ),
        ] {
            let s = State::from_fragment(fragment, Lang::En, catalog(), true);
            assert_eq!(id(&s), expected, "{fragment}");
            assert!(!s.moved, "restoring does not steal focus");
        }
        let preset = State::from_fragment("workload=batch", Lang::En, catalog(), false);
        assert_eq!(
            id(&preset),
            "workload",
            "an author's preset starts at question 1"
        );
    }

    #[test]
    fn essentials_are_asked_first_and_counted() {
        let s = State::from_fragment("", Lang::En, catalog(), true);
        assert_eq!(s.essentials, 5);
        let s = apply(s, (0..5).map(|_| Action::Next).collect());
        assert_eq!(
            id(&s),
            "image",
            "after the five essentials, the refinements"
        );
        assert!(!s.in_essentials());
        let s = apply(s, vec![Action::Finish]);
        assert!(s.finished());
    }

    /// An exact value is validated when committed, never dropped: an
    /// unreadable one keeps the reader on the question and asks for focus.
    #[test]
    fn an_unreadable_exact_value_keeps_the_reader_on_the_question() {
        let s = State::from_fragment("#workload=batch", Lang::En, catalog(), true);
        assert_eq!(id(&s), "runtime");
        // Typing is not validated per keystroke.
        let s = apply(s, vec![Action::Draft("forty".into())]);
        assert_eq!(s.draft_error, None);
        let s = apply(s, vec![Action::Draft("forty minutes".into()), Action::Next]);
        assert_eq!(id(&s), "runtime", "stays on the question");
        assert_eq!(s.refused, 1, "focus goes to the field");
        let again = apply(s.clone(), vec![Action::Next]);
        assert_eq!(again.refused, 2, "each refused Next moves focus again");
        assert_eq!(
            s.draft_error,
            Some(DraftError::Unreadable {
                text: "forty minutes".into(),
                dimension: Dimension::Duration
            })
        );
        assert_eq!(s.answers.get(1), None);
        // A blur commits too, without moving focus.
        let s = apply(s, vec![Action::Draft("e99".into()), Action::CommitDraft]);
        assert!(s.draft_error.is_some());
        assert_eq!(s.refused, 1);
        // The exact-value choice with an empty field: say so, don't skip.
        let s = apply(s, vec![Action::Draft(" ".into()), Action::Next]);
        assert_eq!(s.draft_error, Some(DraftError::Empty));
        assert_eq!(id(&s), "runtime");
        // A readable value is answered and Next moves on.
        let s = apply(s, vec![Action::Draft("40m".into()), Action::Next]);
        assert_eq!(s.answers.get(1), Some(AnswerValue::Quantity(2400)));
        assert_eq!(id(&s), "kubernetes");
        // Choosing a preset drops a bad draft.
        let s = apply(s, vec![Action::Back, Action::Draft("nope".into())]);
        let s = apply(
            s,
            vec![
                Action::Answer(1, Some(AnswerValue::Quantity(120))),
                Action::Next,
            ],
        );
        assert_eq!(id(&s), "kubernetes");
    }

    #[test]
    fn going_back_to_an_exact_answer_shows_its_text() {
        let s = State::from_fragment("#workload=batch&runtime=41m", Lang::En, catalog(), true);
        let s = apply(s, vec![Action::Goto(1)]);
        assert_eq!(s.draft.as_deref(), Some("41m"));
        let s = apply(s, vec![Action::Next]);
        assert_eq!(s.answers.get(1), Some(AnswerValue::Quantity(41 * 60)));
    }
}
