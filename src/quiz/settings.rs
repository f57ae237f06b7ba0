//! How one attempt is drawn and marked: [`Settings`], from the quiz's
//! defaults, the widget's attributes and a link (`key=value` items), and
//! back to a link's query.

use super::built::Quiz;
use crate::limits::MAX_QUIZ_COUNT;
use crate::text::Lang;

/// When feedback is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feedback {
    AfterEach,
    AtEnd,
}

/// How one attempt is drawn and marked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub count: usize,
    /// Empty: every topic.
    pub topics: Vec<String>,
    pub seed: u64,
    pub shuffle: bool,
    pub pass_mark: u8,
    pub retry: bool,
    pub show_correct: bool,
    pub feedback: Feedback,
}

impl Settings {
    pub fn defaults(quiz: &Quiz) -> Settings {
        Settings {
            count: quiz.document().settings.count,
            topics: Vec::new(),
            seed: 1,
            shuffle: true,
            pass_mark: quiz.document().settings.pass_mark,
            retry: true,
            show_correct: true,
            feedback: Feedback::AfterEach,
        }
    }

    /// Applies one `key=value` setting (`count`, `topics`, `seed`, `shuffle`,
    /// `pass`, `retry`, `show`, `feedback`). Err: a message naming the problem.
    pub fn apply(&mut self, key: &str, value: &str, lang: Lang) -> Result<(), String> {
        let flag = |v: &str| match v {
            "1" | "true" | "yes" | "on" => Some(true),
            "0" | "false" | "no" | "off" => Some(false),
            _ => None,
        };
        let bad = |valid: &str| match lang {
            Lang::Ko => format!("{key}={value}: 가능한 값은 {valid}"),
            Lang::En => format!("{key}={value}: valid values are {valid}"),
        };
        match key {
            "count" => {
                self.count = value
                    .parse()
                    .ok()
                    .filter(|&n| (1..=MAX_QUIZ_COUNT).contains(&n))
                    .ok_or_else(|| bad(&format!("1–{MAX_QUIZ_COUNT}")))?
            }
            "topics" => {
                self.topics = value
                    .split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            }
            "seed" => self.seed = value.parse().map_err(|_| bad("0–18446744073709551615"))?,
            "shuffle" => self.shuffle = flag(value).ok_or_else(|| bad("yes, no"))?,
            "pass" => {
                self.pass_mark = value
                    .parse()
                    .ok()
                    .filter(|&n| n <= 100)
                    .ok_or_else(|| bad("0–100"))?
            }
            "retry" => self.retry = flag(value).ok_or_else(|| bad("yes, no"))?,
            "show" => self.show_correct = flag(value).ok_or_else(|| bad("yes, no"))?,
            "feedback" => {
                self.feedback = match value {
                    "each" => Feedback::AfterEach,
                    "end" => Feedback::AtEnd,
                    _ => return Err(bad("each, end")),
                }
            }
            _ => {
                return Err(match lang {
                    Lang::Ko => format!("알 수 없는 퀴즈 설정 '{key}'"),
                    Lang::En => format!("unknown quiz setting '{key}'"),
                })
            }
        }
        Ok(())
    }

    /// Keeps only topics `quiz` has, each once, so nothing but a known id
    /// leaves the widget (links, events, storage). Returns how many were dropped.
    pub fn retain_known_topics(&mut self, quiz: &Quiz) -> usize {
        let before = self.topics.len();
        let known = quiz.topics();
        let mut kept: Vec<String> = Vec::new();
        for topic in self.topics.drain(..) {
            if known.contains(&topic.as_str()) && !kept.contains(&topic) {
                kept.push(topic);
            }
        }
        self.topics = kept;
        before - self.topics.len()
    }

    /// The settings as `key=value` items (for share links).
    pub fn to_query(&self) -> String {
        let yn = |b: bool| if b { "yes" } else { "no" };
        let mut q = format!(
            "seed={}&count={}&shuffle={}&pass={}&retry={}&show={}&feedback={}",
            self.seed,
            self.count,
            yn(self.shuffle),
            self.pass_mark,
            yn(self.retry),
            yn(self.show_correct),
            if self.feedback == Feedback::AfterEach {
                "each"
            } else {
                "end"
            }
        );
        if !self.topics.is_empty() {
            q.push_str("&topics=");
            q.push_str(&self.topics.join(","));
        }
        q
    }
}
