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

/// Which way an ordering item moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    /// The position an item at `from` (of `len`) moves to; `None` past an end.
    pub fn target(self, from: usize, len: usize) -> Option<usize> {
        match self {
            Direction::Up => from.checked_sub(1),
            Direction::Down => (from + 1 < len).then_some(from + 1),
        }
    }

    pub fn opposite(self) -> Direction {
        match self {
            Direction::Up => Direction::Down,
            Direction::Down => Direction::Up,
        }
    }

    /// The `data-dir` of its button.
    pub fn id(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

pub enum QuizAction {
    /// A radio (single, true/false, scenario): this choice alone.
    Choose(usize),
    /// A checkbox ("all that apply"): this choice in or out.
    Toggle(usize),
    /// An ordering question: this choice one place up or down.
    Move {
        choice: usize,
        direction: Direction,
    },
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
        let count = drawn.len();
        QuizState {
            quiz,
            settings,
            drawn,
            responses: vec![None; count],
            checked: vec![false; count],
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
        let by_author = apply_author(&mut settings, attributes, lang, &mut notices);
        let from_link = apply_link(&mut settings, link, &by_author, lang, &mut notices);
        if settings.retain_known_topics(&quiz) > 0 {
            notices.push(unknown_topics_notice(&quiz, lang));
        }
        let resumed = match (&from_link.result, stored) {
            (None, Some(progress)) => matching_progress(&mut settings, progress, &from_link, &quiz),
            _ => None,
        };
        let mut state = QuizState::start(settings, quiz);
        state.notices = notices;
        if let Some(result) = from_link.result {
            state.show_result(&result, lang);
        } else if let Some(progress) = resumed {
            state.continue_from(&progress);
        }
        state
    }

    /// Shows the finished attempt a result link's `r` names, or says it could not.
    fn show_result(&mut self, result: &str, lang: Lang) {
        match quiz::decode_responses(result, &self.quiz, &self.drawn) {
            Some(responses) => {
                self.responses = responses;
                self.checked = vec![true; self.drawn.len()];
                self.position = self.drawn.len();
            }
            None => self.notices.push(
                lang.pick(
                    "링크의 퀴즈 결과를 읽을 수 없어 새로 시작합니다.",
                    "The quiz result in the link could not be read; starting fresh.",
                )
                .into(),
            ),
        }
    }

    /// Continues stored progress (already known to match these settings).
    fn continue_from(&mut self, progress: &StoredProgress) {
        let Some(responses) = quiz::decode_responses(&progress.responses, &self.quiz, &self.drawn)
        else {
            return;
        };
        self.responses = responses;
        self.checked = progress
            .checked
            .iter()
            .copied()
            .chain(std::iter::repeat(false))
            .take(self.drawn.len())
            .collect();
        self.position = progress.position.min(self.drawn.len());
    }

    pub fn finished(&self) -> bool {
        self.position >= self.drawn.len()
    }

    /// The response to mark for question `i` (an untouched ordering counts as shown).
    pub fn effective_response(&self, i: usize) -> Option<Vec<usize>> {
        match &self.responses[i] {
            Some(response) => Some(response.clone()),
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
        let mut fragment = format!("mode=quiz&{}", self.settings.to_query());
        if self.finished() {
            let responses: Vec<Option<Vec<usize>>> = (0..self.drawn.len())
                .map(|i| self.effective_response(i))
                .collect();
            fragment.push_str("&r=");
            fragment.push_str(&quiz::encode_responses(&responses));
        }
        fragment.push_str("&lang=");
        fragment.push_str(lang.code());
        fragment
    }

    /// Question `at`'s choices with `choice` in or out, in index order.
    fn toggled(&self, at: usize, choice: usize) -> Vec<usize> {
        let mut chosen = self.responses[at].clone().unwrap_or_default();
        match chosen.iter().position(|&other| other == choice) {
            Some(pos) => {
                chosen.remove(pos);
            }
            None => {
                let pos = chosen.partition_point(|&other| other < choice);
                chosen.insert(pos, choice);
            }
        }
        chosen
    }

    /// The reader's order of question `at` (as shown until they move an item).
    pub fn order(&self, at: usize) -> Vec<usize> {
        match &self.responses[at] {
            Some(order) if !order.is_empty() => order.clone(),
            _ => self.drawn[at].order.clone(),
        }
    }

    /// Question `at`'s order with `choice` moved one place; `None` at an end.
    fn moved_order(&self, at: usize, choice: usize, direction: Direction) -> Option<Vec<usize>> {
        let mut order = self.order(at);
        let from = order.iter().position(|&other| other == choice)?;
        let to = direction.target(from, order.len())?;
        order.swap(from, to);
        Some(order)
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

/// Step 1: the author's attributes. Returns the keys they set.
fn apply_author<'a>(
    settings: &mut Settings,
    attributes: &'a [(String, String)],
    lang: Lang,
    notices: &mut Vec<String>,
) -> Vec<&'a str> {
    let mut by_author = Vec::new();
    for (key, value) in attributes {
        match settings.apply(key, value, lang) {
            Ok(()) => by_author.push(key.as_str()),
            Err(e) => notices.push(e),
        }
    }
    by_author
}

/// What the link says beyond settings.
struct LinkItems {
    /// The encoded responses of a result link (`r`).
    result: Option<String>,
    /// The link names the attempt's seed.
    names_seed: bool,
}

/// Step 2: the link, for settings the author left open (its seed always applies).
fn apply_link(
    settings: &mut Settings,
    link: &[(String, String)],
    by_author: &[&str],
    lang: Lang,
    notices: &mut Vec<String>,
) -> LinkItems {
    let mut items = LinkItems {
        result: None,
        names_seed: false,
    };
    for (key, value) in link {
        match key.as_str() {
            "r" => items.result = Some(value.clone()),
            "mode" | "lang" => {}
            k if k != "seed" && by_author.contains(&k) => {}
            k => match settings.apply(k, value, lang) {
                Ok(()) => items.names_seed |= k == "seed",
                Err(e) => notices.push(e),
            },
        }
    }
    items
}

fn unknown_topics_notice(quiz: &QuizRef, lang: Lang) -> String {
    lang.pick(
        "이 퀴즈에 없는 주제는 뺐습니다. 주제: ",
        "Topics this quiz does not have were left out. Its topics: ",
    )
    .to_string()
        + &quiz.topics().join(", ")
}

/// Step 3: stored progress continues only when its settings equal the
/// resolved ones; it then supplies the seed, unless the link names one.
fn matching_progress(
    settings: &mut Settings,
    progress: StoredProgress,
    link: &LinkItems,
    quiz: &QuizRef,
) -> Option<StoredProgress> {
    let mut same = settings.clone();
    if !link.names_seed {
        same.seed = stored_seed(&progress.settings).unwrap_or(settings.seed);
    }
    progress.matches(quiz, &same).then(|| {
        *settings = same;
        progress
    })
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
        let mut next = (*self).clone();
        let count = next.drawn.len();
        let at = next.position;
        // Nothing is graded, locked or passed over until the reader has chosen.
        let unanswered = at < count && !next.checked[at] && next.effective_response(at).is_none();
        next.need_answer = false;
        match action {
            QuizAction::Choose(_) | QuizAction::Toggle(_) | QuizAction::Move { .. }
                if at >= count || next.checked[at] => {}
            QuizAction::Choose(choice) => next.responses[at] = Some(vec![choice]),
            QuizAction::Toggle(choice) => next.responses[at] = Some(next.toggled(at, choice)),
            QuizAction::Move { choice, direction } => {
                if let Some(order) = next.moved_order(at, choice, direction) {
                    next.responses[at] = Some(order);
                }
            }
            QuizAction::Check | QuizAction::Next | QuizAction::Finish if unanswered => {
                next.need_answer = true;
            }
            QuizAction::Check if at < count => {
                next.responses[at] = next.effective_response(at);
                next.checked[at] = true;
            }
            QuizAction::Check => {}
            QuizAction::Next | QuizAction::Finish => {
                if at < count {
                    if next.settings.feedback == Feedback::AtEnd || next.checked[at] {
                        next.responses[at] = next.effective_response(at);
                    }
                    if next.settings.feedback == Feedback::AtEnd {
                        next.checked[at] = true;
                    }
                }
                next.position = (at + 1).min(count);
                next.moved = true;
            }
            QuizAction::Back => {
                next.position = at.saturating_sub(1);
                next.moved = true;
            }
            QuizAction::Retry => {
                let mut settings = next.settings.clone();
                settings.seed = settings.seed.wrapping_add(1);
                let mut fresh = QuizState::start(settings, next.quiz.clone());
                fresh.moved = true;
                return Rc::new(fresh);
            }
            QuizAction::DismissNotices => next.notices.clear(),
        }
        Rc::new(next)
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
        let mut state = QuizState::resolve(&[], &pairs(settings), None, 1, Lang::En, quiz());
        state.position = position;
        state.to_stored()
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
            let chosen = s.reduce(QuizAction::Check).reduce(QuizAction::Choose(0));
            assert!(!chosen.need_answer, "choosing clears the request");
            let moved = chosen.reduce(QuizAction::Check).reduce(QuizAction::Next);
            assert!(!moved.need_answer);
            assert_eq!(moved.position, 1, "{feedback}");
        }
    }

    /// A state on the first drawn question of `kind`, none answered.
    fn at_first(kind: QuizKind) -> QuizState {
        let mut s = resolve("", "count=51&shuffle=no", None);
        s.position = (0..s.drawn.len())
            .find(|&i| s.quiz.question(s.drawn[i].question).kind == kind)
            .expect("the default quiz has every kind");
        s
    }

    #[test]
    fn choose_picks_one_choice_and_toggle_adds_or_removes_in_index_order() {
        let s = Rc::new(at_first(QuizKind::Single));
        let at = s.position;
        let chosen = s
            .reduce(QuizAction::Choose(2))
            .reduce(QuizAction::Choose(1));
        assert_eq!(chosen.responses[at], Some(vec![1]));

        let s = Rc::new(at_first(QuizKind::Multiple));
        let at = s.position;
        let s = s
            .reduce(QuizAction::Toggle(2))
            .reduce(QuizAction::Toggle(0))
            .reduce(QuizAction::Toggle(1));
        assert_eq!(s.responses[at], Some(vec![0, 1, 2]));
        let s = s.reduce(QuizAction::Toggle(1));
        assert_eq!(s.responses[at], Some(vec![0, 2]));
        let s = s
            .reduce(QuizAction::Toggle(0))
            .reduce(QuizAction::Toggle(2));
        assert_eq!(s.responses[at], Some(vec![]));
    }

    #[test]
    fn move_swaps_an_ordering_item_with_its_neighbour_and_stops_at_the_ends() {
        let s = Rc::new(at_first(QuizKind::Ordering));
        let at = s.position;
        let shown = s.drawn[at].order.clone();
        assert!(shown.len() >= 3, "{shown:?}");
        let (first, second, last) = (shown[0], shown[1], shown[shown.len() - 1]);
        let down = |choice| QuizAction::Move {
            choice,
            direction: Direction::Down,
        };
        let up = |choice| QuizAction::Move {
            choice,
            direction: Direction::Up,
        };
        // Past an end: nothing changes (the untouched order still counts as shown).
        let s = s.reduce(up(first)).reduce(down(last));
        assert_eq!(s.responses[at], None);
        assert_eq!(s.order(at), shown);
        // One place down, from the order on screen.
        let s = s.reduce(down(first));
        let mut want = shown.clone();
        want.swap(0, 1);
        assert_eq!(s.responses[at], Some(want.clone()));
        assert_eq!(s.order(at)[0], second);
        // …then up again, from the reader's order.
        let s = s.reduce(up(first));
        assert_eq!(s.responses[at], Some(shown.clone()));
        // A choice the question does not have changes nothing.
        let s = s.reduce(down(usize::MAX));
        assert_eq!(s.responses[at], Some(shown.clone()));
        // Checked: the order is locked.
        let s = s.reduce(down(first)).reduce(QuizAction::Check);
        let locked = s.responses[at].clone();
        let s = s.reduce(down(first)).reduce(QuizAction::Toggle(0));
        assert_eq!(s.responses[at], locked);
    }

    #[test]
    fn directions_name_their_targets_and_buttons() {
        assert_eq!(Direction::Up.target(0, 3), None);
        assert_eq!(Direction::Up.target(2, 3), Some(1));
        assert_eq!(Direction::Down.target(1, 3), Some(2));
        assert_eq!(Direction::Down.target(2, 3), None);
        assert_eq!(Direction::Up.opposite(), Direction::Down);
        assert_eq!((Direction::Up.id(), Direction::Down.id()), ("up", "down"));
    }
}
