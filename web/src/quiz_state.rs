//! The quiz's state and actions (a pure reducer: drawing, answering,
//! checking, moving, finishing, retrying), plus its link fragment.

use crate::content::QuizRef;
use berth::quiz::{self, Drawn, Feedback, QuizKind, Settings, StoredProgress, PROGRESS_VERSION};
use berth::Lang;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct QuizState {
    pub quiz: QuizRef,
    pub settings: Settings,
    pub drawn: Vec<Drawn>,
    /// Per drawn question: choice indices (ordering: the reader's order).
    pub responses: Vec<Option<Vec<usize>>>,
    /// Per drawn question: feedback shown, answer locked.
    pub checked: Vec<bool>,
    /// Index of the question on screen; `drawn.len()` when finished.
    pub position: usize,
    pub moved: bool,
    /// Problems with the link's settings or stored progress, to show politely.
    pub notices: Vec<String>,
}

pub enum QuizAction {
    Respond(Vec<usize>),
    Check,
    Next,
    Back,
    Finish,
    Retry,
    DismissNotices,
}

impl QuizState {
    /// A fresh attempt with `settings`.
    pub fn start(settings: Settings, quiz: QuizRef) -> QuizState {
        let drawn = quiz::draw(&quiz, &settings);
        let n = drawn.len();
        QuizState {
            quiz,
            settings,
            drawn,
            responses: vec![None; n],
            checked: vec![false; n],
            position: 0,
            moved: false,
            notices: Vec::new(),
        }
    }

    /// Builds the state from the link's items (`seed=…&count=…&r=…`), falling
    /// back to stored progress when the link has no responses.
    pub fn from_link(
        items: &[(String, String)],
        mut settings: Settings,
        stored: Option<StoredProgress>,
        lang: Lang,
        quiz: QuizRef,
    ) -> QuizState {
        let mut notices = Vec::new();
        let mut result = None;
        for (k, v) in items {
            match k.as_str() {
                "r" => result = Some(v.clone()),
                "mode" | "lang" => {}
                _ => {
                    if let Err(e) = settings.apply(k, v, lang) {
                        notices.push(e);
                    }
                }
            }
        }
        let mut s = QuizState::start(settings, quiz);
        s.notices = notices;
        if let Some(r) = result {
            match quiz::decode_responses(&r, &s.quiz, &s.drawn) {
                Some(responses) => {
                    s.responses = responses;
                    s.checked = vec![true; s.drawn.len()];
                    s.position = s.drawn.len();
                }
                None => s.notices.push(
                    lang.pick(
                        "링크의 퀴즈 결과를 읽을 수 없어 새로 시작합니다.",
                        "The quiz result in the link could not be read; starting fresh.",
                    )
                    .into(),
                ),
            }
        } else if let Some(p) = stored.filter(|p| p.matches(&s.quiz, &s.settings)) {
            if let Some(responses) = quiz::decode_responses(&p.responses, &s.quiz, &s.drawn) {
                s.responses = responses;
                s.checked = p
                    .checked
                    .iter()
                    .copied()
                    .chain(std::iter::repeat(false))
                    .take(s.drawn.len())
                    .collect();
                s.position = p.position.min(s.drawn.len());
            }
        }
        s
    }

    pub fn finished(&self) -> bool {
        self.position >= self.drawn.len()
    }

    /// The response to mark for question `i` (an untouched ordering counts as shown).
    pub fn effective_response(&self, i: usize) -> Option<Vec<usize>> {
        match &self.responses[i] {
            Some(r) => Some(r.clone()),
            None if self.quiz.question(self.drawn[i].question).kind == QuizKind::Ordering => {
                Some(self.drawn[i].order.clone())
            }
            None => None,
        }
    }

    pub fn mark(&self) -> quiz::Mark {
        let responses: Vec<Option<Vec<usize>>> = (0..self.drawn.len())
            .map(|i| self.effective_response(i))
            .collect();
        quiz::mark(&self.quiz, &self.drawn, &responses, self.settings.pass_mark)
    }

    /// The fragment that reproduces this quiz (and, when finished, its score).
    pub fn fragment(&self, lang: Lang) -> String {
        let mut f = format!("mode=quiz&{}", self.settings.to_query());
        if self.finished() {
            let responses: Vec<Option<Vec<usize>>> = (0..self.drawn.len())
                .map(|i| self.effective_response(i))
                .collect();
            f.push_str("&r=");
            f.push_str(&quiz::encode_responses(&responses));
        }
        f.push_str("&lang=");
        f.push_str(lang.code());
        f
    }

    pub fn to_stored(&self) -> StoredProgress {
        StoredProgress {
            version: PROGRESS_VERSION,
            content_hash: self.quiz.content_hash().to_string(),
            settings: self.settings.to_query(),
            position: self.position,
            responses: quiz::encode_responses(&self.responses),
            checked: self.checked.clone(),
        }
    }
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let n = s.drawn.len();
        let at = s.position;
        match action {
            QuizAction::Respond(r) if at < n && !s.checked[at] => s.responses[at] = Some(r),
            QuizAction::Respond(_) => {}
            QuizAction::Check if at < n => {
                s.responses[at] = s.effective_response(at);
                s.checked[at] = true;
            }
            QuizAction::Check => {}
            QuizAction::Next | QuizAction::Finish => {
                if at < n {
                    if s.settings.feedback == Feedback::AtEnd || s.checked[at] {
                        s.responses[at] = s.effective_response(at);
                    }
                    if s.settings.feedback == Feedback::AtEnd {
                        s.checked[at] = true;
                    }
                }
                s.position = (at + 1).min(n);
                s.moved = true;
            }
            QuizAction::Back => {
                s.position = at.saturating_sub(1);
                s.moved = true;
            }
            QuizAction::Retry => {
                let mut settings = s.settings.clone();
                settings.seed = settings.seed.wrapping_add(1);
                let mut fresh = QuizState::start(settings, s.quiz.clone());
                fresh.moved = true;
                return Rc::new(fresh);
            }
            QuizAction::DismissNotices => s.notices.clear(),
        }
        Rc::new(s)
    }
}
