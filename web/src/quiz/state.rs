//! The quiz's state and actions (a pure reducer: drawing, answering,
//! checking, moving, finishing, retrying), plus its link fragment.

use crate::platform::content::QuizRef;
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
    /// The reader tried to check or move on without choosing: ask for an answer.
    pub need_answer: bool,
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
            need_answer: false,
            notices: Vec::new(),
        }
    }

    /// Resolves the attempt from its sources, in this order:
    /// 1. the author's `attributes` always win (a bad one is a notice);
    /// 2. the `link` fills in settings the author left open; its `seed` and
    ///    `r` (responses) reproduce a shared attempt and its score;
    /// 3. `stored` progress is never applied as settings: it continues only
    ///    when its settings equal the ones resolved here (apart from the
    ///    seed, which it then supplies unless the link names one: Retry
    ///    moves to the next seed);
    /// 4. `seed` (picked at random by the page) when nothing names one.
    ///
    /// Topics the quiz does not have are dropped with a notice.
    pub fn resolve(
        attributes: &[(String, String)],
        link: &[(String, String)],
        stored: Option<StoredProgress>,
        seed: u64,
        lang: Lang,
        quiz: QuizRef,
    ) -> QuizState {
        let mut settings = Settings::defaults(&quiz);
        settings.seed = seed;
        let mut notices = Vec::new();
        let mut by_author: Vec<&str> = Vec::new();
        for (key, value) in attributes {
            match settings.apply(key, value, lang) {
                Ok(()) => by_author.push(key),
                Err(e) => notices.push(e),
            }
        }
        let mut result = None;
        let mut link_seed = false;
        for (key, value) in link {
            match key.as_str() {
                "r" => result = Some(value.clone()),
                "mode" | "lang" => {}
                k if k != "seed" && by_author.contains(&k) => {}
                k => match settings.apply(k, value, lang) {
                    Ok(()) => link_seed |= k == "seed",
                    Err(e) => notices.push(e),
                },
            }
        }
        if settings.retain_known_topics(&quiz) > 0 {
            notices.push(
                lang.pick(
                    "이 퀴즈에 없는 주제는 뺐습니다. 주제: ",
                    "Topics this quiz does not have were left out. Its topics: ",
                )
                .to_string()
                    + &quiz.topics().join(", "),
            );
        }
        let resumed = match (&result, stored) {
            (None, Some(progress)) => {
                let mut same = settings.clone();
                if !link_seed {
                    same.seed = stored_seed(&progress.settings).unwrap_or(settings.seed);
                }
                progress.matches(&quiz, &same).then(|| {
                    settings = same;
                    progress
                })
            }
            _ => None,
        };
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
        } else if let Some(p) = resumed {
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

/// The seed named in a stored settings query (`seed=42&count=…`).
fn stored_seed(settings: &str) -> Option<u64> {
    settings
        .split('&')
        .find_map(|item| item.strip_prefix("seed="))
        .and_then(|v| v.parse().ok())
}

impl Reducible for QuizState {
    type Action = QuizAction;

    fn reduce(self: Rc<Self>, action: QuizAction) -> Rc<Self> {
        let mut s = (*self).clone();
        let n = s.drawn.len();
        let at = s.position;
        // Nothing is graded, locked or passed over until the reader has chosen.
        let unanswered = at < n && !s.checked[at] && s.effective_response(at).is_none();
        s.need_answer = false;
        match action {
            QuizAction::Respond(r) if at < n && !s.checked[at] => s.responses[at] = Some(r),
            QuizAction::Respond(_) => {}
            QuizAction::Check | QuizAction::Next | QuizAction::Finish if unanswered => {
                s.need_answer = true;
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn quiz() -> QuizRef {
        let catalog = berth::default_catalog();
        QuizRef(Rc::new(berth::quiz::default_quiz(&catalog)))
    }

    fn pairs(query: &str) -> Vec<(String, String)> {
        query
            .split('&')
            .filter(|i| !i.is_empty())
            .map(|i| {
                let (k, v) = i.split_once('=').unwrap_or((i, ""));
                (k.to_string(), v.to_string())
            })
            .collect()
    }

    /// Progress stored by an attempt with `settings` at `position`.
    fn stored(settings: &str, position: usize) -> StoredProgress {
        let q = quiz();
        let mut s = QuizState::resolve(&[], &pairs(settings), None, 1, Lang::En, q);
        s.position = position;
        s.to_stored()
    }

    fn resolve(attrs: &str, link: &str, stored: Option<StoredProgress>) -> QuizState {
        QuizState::resolve(&pairs(attrs), &pairs(link), stored, 99, Lang::En, quiz())
    }

    #[test]
    fn settings_precedence_author_then_link_then_stored_then_random_seed() {
        // (attributes, link, stored settings, want: settings query, position)
        let cases: [(&str, &str, Option<&str>, &str, usize); 9] = [
            // Nothing given: defaults with the page's random seed.
            (
                "",
                "",
                None,
                "seed=99&count=10&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                0,
            ),
            // The author's count wins over the link's (issue 13: count=6 link, data-count=5 widget).
            (
                "count=5",
                "mode=quiz&count=6",
                None,
                "seed=99&count=5&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                0,
            ),
            // …and every other author setting too (issue 16: count=1&pass=0&show=no&feedback=end).
            (
                "count=5&pass=90&retry=no",
                "count=1&pass=0&show=no&feedback=end",
                None,
                "seed=99&count=5&shuffle=yes&pass=90&retry=no&show=no&feedback=end",
                0,
            ),
            // A link names the attempt's seed (Retry's result links), even over the author's.
            (
                "seed=5",
                "seed=6",
                None,
                "seed=6&count=10&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                0,
            ),
            // Stored settings are never applied: a poisoned record (topics=nothing, count=1) is ignored.
            (
                "",
                "",
                Some("seed=3&count=1&topics=nothing"),
                "seed=99&count=10&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                0,
            ),
            // …and count=6 from a visited link does not reach a widget whose author set count=5.
            (
                "count=5",
                "",
                Some("seed=3&count=6"),
                "seed=99&count=5&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                0,
            ),
            // Progress with the same settings continues, seed and position included.
            (
                "count=5",
                "",
                Some("seed=3&count=5"),
                "seed=3&count=5&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                2,
            ),
            // A link with its own seed starts that attempt, not the stored one…
            (
                "count=5",
                "seed=4",
                Some("seed=3&count=5"),
                "seed=4&count=5&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                0,
            ),
            // …and continues it after a reload (the synced URL names the same seed).
            (
                "count=5",
                "seed=3",
                Some("seed=3&count=5"),
                "seed=3&count=5&shuffle=yes&pass=70&retry=yes&show=yes&feedback=each",
                2,
            ),
        ];
        for (attrs, link, record, want, position) in cases {
            let s = resolve(attrs, link, record.map(|r| stored(r, 2)));
            assert_eq!(
                s.settings.to_query(),
                want,
                "attrs {attrs:?}, link {link:?}, stored {record:?}"
            );
            assert_eq!(
                s.position, position,
                "attrs {attrs:?}, link {link:?}, stored {record:?}"
            );
        }
    }

    #[test]
    fn unknown_topics_are_dropped_with_a_notice_and_never_leave_the_widget() {
        let s = resolve("", "topics=nothing", None);
        assert!(s.settings.topics.is_empty());
        assert_eq!(s.drawn.len(), 10, "an unknown topic never empties the quiz");
        assert_eq!(s.notices.len(), 1);
        let s = resolve("", "topics=lambda,x%0A<img src=x onerror=alert(1)>", None);
        assert_eq!(s.settings.topics, ["lambda"]);
        assert!(s.fragment(Lang::En).contains("topics=lambda&"));
        assert!(s.to_stored().settings.ends_with("topics=lambda"));
        assert!(
            !s.notices[0].contains("<img"),
            "the notice names no link text"
        );
    }

    #[test]
    fn nothing_is_graded_or_passed_over_without_an_answer() {
        for feedback in ["each", "end"] {
            let link = format!("count=2&shuffle=no&topics=lambda&feedback={feedback}");
            let s = Rc::new(resolve("", &link, None));
            for action in [QuizAction::Check, QuizAction::Next, QuizAction::Finish] {
                let after = s.clone().reduce(action);
                assert!(after.need_answer, "{feedback}");
                assert_eq!((after.position, after.checked[0]), (0, false), "{feedback}");
            }
            let chosen = s
                .reduce(QuizAction::Check)
                .reduce(QuizAction::Respond(vec![0]));
            assert!(!chosen.need_answer, "choosing clears the request");
            let moved = chosen.reduce(QuizAction::Check).reduce(QuizAction::Next);
            assert!(!moved.need_answer);
            assert_eq!(moved.position, 1, "{feedback}");
        }
    }
}
