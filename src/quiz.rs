//! The self-service quiz: content format, validation, a seeded draw, scoring
//! with partial credit, and the compact codecs used by result links and
//! stored progress. Pure: the seed comes from outside, nothing reads a clock.
//!
//! Scenario questions name a workload in the chooser's `key=value` syntax;
//! their correct answer is computed by [`crate::recommend`] when the quiz is
//! loaded, so the quiz and the chooser can never disagree. An author may
//! state the `expected` option; validation fails if the engine disagrees.

use crate::answers::Answers;
use crate::catalog::{valid_date, Catalog, Problem, ProblemKind, Validator};
use crate::engine::recommend;
use crate::limits::{
    MAX_QUIZ_CHOICES, MAX_QUIZ_COUNT, MAX_QUIZ_QUESTIONS, MAX_SOURCES, MIN_QUIZ_CHOICES,
};
use crate::model::Source;
use crate::text::{Lang, Text};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// The format tag every quiz file carries.
pub const QUIZ_FORMAT: &str = "berth-quiz/1";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct QuizDoc {
    pub format: String,
    /// The languages every text is written in (default: Korean and English).
    #[serde(
        default = "crate::text::all_languages",
        skip_serializing_if = "crate::wire::skip_all_languages"
    )]
    pub languages: Vec<Lang>,
    pub id: String,
    pub title: Text,
    pub as_of: String,
    /// Default settings, overridable by the widget's attributes.
    pub settings: QuizDefaults,
    pub sources: Vec<Source>,
    pub questions: Vec<QuizQuestion>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct QuizDefaults {
    /// Questions drawn per attempt.
    pub count: usize,
    /// Percent needed to pass.
    pub pass_mark: u8,
}

impl Default for QuizDefaults {
    fn default() -> Self {
        QuizDefaults {
            count: 10,
            pass_mark: 70,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum QuizKind {
    /// One correct choice.
    #[default]
    Single,
    /// Every correct choice ("all that apply"), partial credit.
    Multiple,
    /// Choices `true` and `false`.
    TrueFalse,
    /// Put the choices in the `correct` order; partial credit by pairs.
    Ordering,
    /// "This workload — which service?": choices are catalog option ids,
    /// the correct one comes from the engine.
    Scenario,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    Easy,
    #[default]
    Medium,
    Hard,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct QuizQuestion {
    pub id: String,
    pub topic: String,
    pub difficulty: Difficulty,
    pub kind: QuizKind,
    pub prompt: Text,
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub hint: Text,
    /// Id in `sources` of the fact the question tests.
    pub source: String,
    pub choices: Vec<QuizChoice>,
    /// Correct choice ids (ordering: every id, in order). Empty for scenarios.
    #[serde(skip_serializing_if = "crate::wire::skip_vec")]
    pub correct: Vec<String>,
    /// Scenario: the workload, e.g. `"workload=event runtime=20s"`.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub scenario: Option<String>,
    /// Scenario: the option the author expects; must equal the engine's pick.
    #[serde(skip_serializing_if = "crate::wire::skip_none")]
    pub expected: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
pub struct QuizChoice {
    pub id: String,
    /// May be empty in scenario questions (the option's name is used).
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub label: Text,
    /// Why this choice is right or wrong. Scenario choices get the engine's reasons.
    #[serde(skip_serializing_if = "crate::wire::skip_text")]
    pub explanation: Text,
}

/// A validated quiz with every correct answer resolved to choice indices.
#[derive(Clone, Debug)]
pub struct Quiz {
    doc: QuizDoc,
    /// Per question: correct choice indices (ordering: in order).
    correct: Vec<Vec<usize>>,
    /// Per scenario question and choice: the engine's explanation, per language.
    scenario_explanations: Vec<Vec<Text>>,
    hash: String,
}

/// Whether a JSON document says it is a quiz (`"format": "berth-quiz/1"`),
/// so a caller holding "some Berth content" knows which reader to use.
/// Anything unreadable is "not a quiz" and gets the catalog's error messages.
pub fn is_quiz_json(json: &str) -> bool {
    format_of(json).is_some_and(|f| f == QUIZ_FORMAT)
}

/// The `format` field of a JSON document, if it has one. A document over
/// the largest size or item limit is not read at all (it is refused as too
/// large when read as a catalog).
pub(crate) fn format_of(json: &str) -> Option<String> {
    use crate::catalog::check_document_text;
    use crate::limits::{MAX_BUNDLE_BYTES, MAX_BUNDLE_ITEMS};
    check_document_text(json, MAX_BUNDLE_BYTES, MAX_BUNDLE_ITEMS).ok()?;
    #[derive(Deserialize)]
    struct FormatOnly {
        #[serde(default)]
        format: Option<String>,
    }
    serde_json::from_str::<FormatOnly>(json).ok()?.format
}

pub use crate::limits::MAX_QUIZ_BYTES;

impl Quiz {
    /// Parses and validates quiz JSON against the catalog its scenarios use.
    pub fn from_json(json: &str, catalog: &Catalog) -> Result<Quiz, Vec<Problem>> {
        let problem = |path: &str, kind| {
            vec![Problem {
                path: path.into(),
                kind,
            }]
        };
        crate::catalog::check_document_text(json, MAX_QUIZ_BYTES, crate::limits::MAX_QUIZ_ITEMS)
            .map_err(|kind| problem("$", kind))?;
        let doc: QuizDoc = crate::json::parse(json)
            .map_err(|e| problem(&e.path, ProblemKind::Syntax(e.message)))?;
        Quiz::from_document(doc, catalog, &fnv1a_hex(json))
    }

    pub fn from_document(
        doc: QuizDoc,
        catalog: &Catalog,
        hash: &str,
    ) -> Result<Quiz, Vec<Problem>> {
        let mut v = Validator {
            languages: doc.languages.clone(),
            ..Validator::default()
        };
        if doc.format != QUIZ_FORMAT {
            v.push("$.format", ProblemKind::UnknownFormat(doc.format.clone()));
        }
        if !check_quiz_lists(&mut v, &doc) {
            return Err(v.problems);
        }
        let mut seen = HashSet::new();
        v.id("$.id", &doc.id, &mut seen);
        v.text("$.title", &doc.title, true);
        if !valid_date(&doc.as_of) {
            v.push("$.as_of", ProblemKind::BadDate(doc.as_of.clone()));
        }
        if doc.settings.pass_mark > 100 {
            v.push(
                "$.settings.pass_mark",
                ProblemKind::BadCorrect("0–100".into()),
            );
        }
        if !(1..=MAX_QUIZ_COUNT).contains(&doc.settings.count) {
            v.push(
                "$.settings.count",
                ProblemKind::BadCount {
                    count: doc.settings.count,
                    limit: MAX_QUIZ_COUNT,
                },
            );
        }
        let source_ids = v.sources(&doc.sources);
        if doc.questions.is_empty() {
            v.push("$.questions", ProblemKind::NoQuestions);
        }
        let mut question_ids = HashSet::new();
        let mut correct = Vec::new();
        let mut scenario_explanations = Vec::new();
        for (i, q) in doc.questions.iter().enumerate() {
            let p = format!("$.questions[{i}]");
            v.id(&format!("{p}.id"), &q.id, &mut question_ids);
            if !valid_topic(&q.topic) {
                v.push(format!("{p}.topic"), ProblemKind::BadId(q.topic.clone()));
            }
            v.text(&format!("{p}.prompt"), &q.prompt, true);
            v.text(&format!("{p}.hint"), &q.hint, false);
            if !source_ids.contains(&q.source) {
                v.push(
                    format!("{p}.source"),
                    ProblemKind::UnknownSource(q.source.clone()),
                );
            }
            let mut choice_ids = HashSet::new();
            for (j, c) in q.choices.iter().enumerate() {
                let cp = format!("{p}.choices[{j}]");
                v.id(&format!("{cp}.id"), &c.id, &mut choice_ids);
                if q.kind != QuizKind::Scenario {
                    v.text(&format!("{cp}.label"), &c.label, true);
                    v.text(&format!("{cp}.explanation"), &c.explanation, true);
                }
            }
            let (resolved, explanations, problems) = resolve(q, catalog);
            for (at, kind) in problems {
                v.push(format!("{p}{at}"), kind);
            }
            correct.push(resolved);
            scenario_explanations.push(explanations);
        }
        if !v.problems.is_empty() {
            return Err(v.problems);
        }
        Ok(Quiz {
            doc,
            correct,
            scenario_explanations,
            hash: hash.to_string(),
        })
    }

    /// Builds a quiz `berth bundle` validated when it made the widget's
    /// built-in content (`crate::bundle::read_quiz`), without validating it
    /// again: only what the quiz needs to work is resolved (correct answers,
    /// scenarios against `catalog`), and anything that does not resolve is an
    /// error, never a panic.
    pub fn from_built_document(
        doc: QuizDoc,
        catalog: &Catalog,
        hash: &str,
    ) -> Result<Quiz, String> {
        if doc.format != QUIZ_FORMAT {
            return Err(format!("format \"{}\"", doc.format));
        }
        if doc.questions.is_empty()
            || !(1..=MAX_QUIZ_COUNT).contains(&doc.settings.count)
            || doc.settings.pass_mark > 100
        {
            return Err("no questions, or settings out of range".into());
        }
        let mut correct = Vec::with_capacity(doc.questions.len());
        let mut scenario_explanations = Vec::with_capacity(doc.questions.len());
        for q in &doc.questions {
            let (resolved, explanations, problems) = resolve(q, catalog);
            if let Some((at, _)) = problems.first() {
                return Err(format!("question \"{}\": {}", q.id, &at[1..]));
            }
            correct.push(resolved);
            scenario_explanations.push(explanations);
        }
        Ok(Quiz {
            doc,
            correct,
            scenario_explanations,
            hash: hash.to_string(),
        })
    }

    pub fn document(&self) -> &QuizDoc {
        &self.doc
    }

    pub fn question(&self, i: usize) -> &QuizQuestion {
        &self.doc.questions[i]
    }

    pub fn len(&self) -> usize {
        self.doc.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc.questions.is_empty()
    }

    /// Correct choice indices of question `i` (ordering: the right order).
    pub fn correct(&self, i: usize) -> &[usize] {
        &self.correct[i]
    }

    /// FNV-1a hash of the quiz text: stored progress is keyed by it.
    pub fn content_hash(&self) -> &str {
        &self.hash
    }

    /// Every topic, in first-seen order.
    pub fn topics(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for q in &self.doc.questions {
            if !out.contains(&q.topic.as_str()) {
                out.push(&q.topic);
            }
        }
        out
    }

    /// The label of choice `c` of question `i` (scenario: the option's name).
    pub fn choice_label(&self, catalog: &Catalog, i: usize, c: usize, lang: Lang) -> String {
        let q = &self.doc.questions[i];
        let choice = &q.choices[c];
        if choice.label.is_empty() {
            if let Some(o) = catalog.option_index(&choice.id) {
                return catalog.option(o).name.get(lang).to_string();
            }
        }
        choice.label.get(lang).to_string()
    }

    /// Why choice `c` of question `i` is right or wrong.
    pub fn explanation(&self, i: usize, c: usize, lang: Lang) -> String {
        let q = &self.doc.questions[i];
        match self.scenario_explanations[i].get(c) {
            Some(t) if q.choices[c].explanation.is_empty() => t.get(lang).to_string(),
            _ => q.choices[c].explanation.get(lang).to_string(),
        }
    }

    pub fn source(&self, i: usize) -> Option<&Source> {
        let id = &self.doc.questions[i].source;
        self.doc.sources.iter().find(|s| &s.id == id)
    }
}

/// One question's correct choice indices (ordering: in order) and, for a
/// scenario, the engine's explanation per choice; with what does not fit
/// (a path under the question and the problem). Shared by validation
/// ([`Quiz::from_document`]) and built-in content ([`Quiz::from_built_document`]).
#[allow(clippy::type_complexity)]
fn resolve(
    q: &QuizQuestion,
    catalog: &Catalog,
) -> (Vec<usize>, Vec<Text>, Vec<(String, ProblemKind)>) {
    let mut problems = Vec::new();
    if !(MIN_QUIZ_CHOICES..=MAX_QUIZ_CHOICES).contains(&q.choices.len()) {
        problems.push((
            ".choices".to_string(),
            ProblemKind::BadCorrect(format!("{MIN_QUIZ_CHOICES} to {MAX_QUIZ_CHOICES} choices")),
        ));
    }
    let index = |id: &str| q.choices.iter().position(|c| c.id == id);
    let mut resolved = Vec::new();
    for (k, id) in q.correct.iter().enumerate() {
        match index(id) {
            Some(ix) => resolved.push(ix),
            None => problems.push((
                format!(".correct[{k}]"),
                ProblemKind::UnknownChoice(id.clone()),
            )),
        }
    }
    let mut explanations = Vec::new();
    let shape = match q.kind {
        QuizKind::Single => (q.correct.len() == 1)
            .then_some(())
            .ok_or("exactly one correct choice"),
        QuizKind::Multiple => (!q.correct.is_empty())
            .then_some(())
            .ok_or("at least one correct choice"),
        QuizKind::TrueFalse => {
            let ids: Vec<&str> = q.choices.iter().map(|c| c.id.as_str()).collect();
            (ids == ["true", "false"] && q.correct.len() == 1)
                .then_some(())
                .ok_or("choices \"true\" and \"false\", one correct")
        }
        QuizKind::Ordering => {
            let mut sorted = resolved.clone();
            crate::sort::sort_dedup(&mut sorted);
            (sorted.len() == q.choices.len() && q.correct.len() == q.choices.len())
                .then_some(())
                .ok_or("correct lists every choice once, in order")
        }
        QuizKind::Scenario => {
            resolved.clear();
            match scenario(catalog, q) {
                Ok((winners, texts)) => {
                    resolved = winners;
                    explanations = texts;
                    Ok(())
                }
                Err(e) => {
                    problems.push((".scenario".to_string(), ProblemKind::BadScenario(e)));
                    Ok(())
                }
            }
        }
    };
    if let Err(detail) = shape {
        problems.push((
            ".correct".to_string(),
            ProblemKind::BadCorrect(detail.into()),
        ));
    }
    (resolved, explanations, problems)
}

fn valid_topic(t: &str) -> bool {
    !t.is_empty()
        && t.len() <= 40
        && t.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The engine's answer to a scenario: correct choice indices (the top pick and
/// any option tied with it) and an explanation per choice in both languages.
fn scenario(catalog: &Catalog, q: &QuizQuestion) -> Result<(Vec<usize>, Vec<Text>), String> {
    let text = q
        .scenario
        .as_deref()
        .ok_or("needs a scenario, e.g. \"workload=event runtime=20s\"")?;
    let answers = Answers::parse(catalog, [text]).map_err(|e| e.message(Lang::En))?;
    let rec = recommend(&answers, catalog);
    let mut texts = Vec::new();
    let mut correct = Vec::new();
    for (ci, choice) in q.choices.iter().enumerate() {
        let o = catalog
            .option_index(&choice.id)
            .ok_or_else(|| format!("choice \"{}\" is not an option of the catalog", choice.id))?;
        let t = |lang: Lang| -> String {
            if let Some((rank, r)) = rec.ranked.iter().enumerate().find(|(_, r)| r.option == o) {
                let why: Vec<String> = r
                    .reasons
                    .iter()
                    .take(2)
                    .map(|f| crate::render::fired_text(catalog, o, f, &answers, lang))
                    .collect();
                let head = match (rank, r.tied_with_top, lang) {
                    (0, _, Lang::Ko) | (_, true, Lang::Ko) => {
                        "맞습니다. 선택 도구의 1순위입니다.".to_string()
                    }
                    (0, _, Lang::En) | (_, true, Lang::En) => {
                        "Right: the chooser ranks it first.".to_string()
                    }
                    (n, _, Lang::Ko) => format!("아닙니다. 선택 도구에서 {}위입니다.", n + 1),
                    (n, _, Lang::En) => {
                        format!("Not the best fit: the chooser ranks it #{}.", n + 1)
                    }
                };
                format!("{head} {}", why.join(" "))
            } else {
                let e = rec.eliminated.iter().find(|e| e.option == o);
                let why: Vec<String> = e
                    .map(|e| {
                        e.by.iter()
                            .map(|f| crate::render::fired_text(catalog, o, f, &answers, lang))
                            .collect()
                    })
                    .unwrap_or_default();
                format!(
                    "{} {}",
                    lang.pick("제외됩니다:", "Ruled out:"),
                    why.join(" ")
                )
            }
        };
        texts.push(Text::new(t(Lang::Ko), t(Lang::En)));
        if rec.ranked.iter().any(|r| r.option == o && r.tied_with_top) {
            correct.push(ci);
        }
    }
    let top = rec
        .ranked
        .first()
        .map(|r| catalog.option(r.option).id.as_str())
        .unwrap_or("(none)");
    if correct.is_empty() {
        return Err(format!(
            "the chooser's top pick \"{top}\" is not among the choices"
        ));
    }
    if correct.len() > 1 {
        let tied: Vec<&str> = correct.iter().map(|&c| q.choices[c].id.as_str()).collect();
        return Err(format!(
            "the choices {} are tied within the catalog's tie margin: a scenario's answer must win by more than it",
            tied.join(", ")
        ));
    }
    if let Some(expected) = &q.expected {
        if !correct.iter().any(|&c| &q.choices[c].id == expected) {
            return Err(format!(
                "expected \"{expected}\" but the chooser picks \"{top}\""
            ));
        }
    }
    Ok((correct, texts))
}

/// splitmix64: a tiny deterministic generator, so the same seed gives the same quiz.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

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
            count: quiz.doc.settings.count,
            topics: Vec::new(),
            seed: 1,
            shuffle: true,
            pass_mark: quiz.doc.settings.pass_mark,
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

/// One drawn question: its index in the quiz and the order its choices are shown in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawn {
    pub question: usize,
    pub order: Vec<usize>,
}

/// Draws an attempt: filter by topic, shuffle with the seed, take `count`,
/// shuffle each question's choices. Same quiz + settings → same draw.
pub fn draw(quiz: &Quiz, s: &Settings) -> Vec<Drawn> {
    let mut rng = SplitMix(s.seed);
    let mut pool: Vec<usize> = (0..quiz.len())
        .filter(|&i| {
            s.topics.is_empty() || s.topics.iter().any(|t| t == &quiz.doc.questions[i].topic)
        })
        .collect();
    if s.shuffle {
        rng.shuffle(&mut pool);
    }
    pool.truncate(s.count);
    pool.into_iter()
        .map(|qi| {
            let q = &quiz.doc.questions[qi];
            let mut order: Vec<usize> = (0..q.choices.len()).collect();
            // True/false keeps its order; everything else is shuffled (ordering must start shuffled).
            if q.kind != QuizKind::TrueFalse && (s.shuffle || q.kind == QuizKind::Ordering) {
                rng.shuffle(&mut order);
            }
            Drawn {
                question: qi,
                order,
            }
        })
        .collect()
}

/// Credit for one response, 0.0–1.0. `response` holds choice indices (for
/// ordering: the reader's order).
pub fn credit(quiz: &Quiz, question: usize, response: &[usize]) -> f64 {
    let q = quiz.question(question);
    let correct = quiz.correct(question);
    match q.kind {
        QuizKind::Single | QuizKind::TrueFalse | QuizKind::Scenario => match response {
            [one] if correct.contains(one) => 1.0,
            _ => 0.0,
        },
        QuizKind::Multiple => {
            let mut picked: Vec<usize> = response.to_vec();
            crate::sort::sort_dedup(&mut picked);
            let hits = picked.iter().filter(|c| correct.contains(c)).count() as f64;
            let wrong = picked.len() as f64 - hits;
            ((hits - wrong) / correct.len() as f64).clamp(0.0, 1.0)
        }
        QuizKind::Ordering => {
            // Share of pairs in the right relative order (1.0 only for the exact order).
            let n = correct.len();
            if response.len() != n || n < 2 {
                return 0.0;
            }
            let pos = |c: usize| response.iter().position(|&r| r == c);
            let mut good = 0;
            let mut total = 0;
            for i in 0..n {
                for j in i + 1..n {
                    total += 1;
                    if let (Some(a), Some(b)) = (pos(correct[i]), pos(correct[j])) {
                        if a < b {
                            good += 1;
                        }
                    }
                }
            }
            f64::from(good) / f64::from(total)
        }
    }
}

/// The mark of an attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub credits: Vec<f64>,
    /// Sum of credits.
    pub points: f64,
    /// Whole percent, rounded down.
    pub percent: u8,
    pub passed: bool,
}

pub fn mark(quiz: &Quiz, drawn: &[Drawn], responses: &[Option<Vec<usize>>], pass_mark: u8) -> Mark {
    let credits: Vec<f64> = drawn
        .iter()
        .enumerate()
        .map(|(i, d)| {
            responses
                .get(i)
                .and_then(|r| r.as_deref())
                .map(|r| credit(quiz, d.question, r))
                .unwrap_or(0.0)
        })
        .collect();
    let points: f64 = credits.iter().sum();
    let percent = if drawn.is_empty() {
        0
    } else {
        ((points / drawn.len() as f64) * 100.0 + 1e-9).floor() as u8
    };
    Mark {
        credits,
        points,
        percent,
        passed: percent >= pass_mark,
    }
}

/// Encodes responses for a link: questions separated by `-`, choice indices by
/// `.`, `_` for unanswered: `2-0.3-_-1.0.2`.
pub fn encode_responses(responses: &[Option<Vec<usize>>]) -> String {
    responses
        .iter()
        .map(|r| match r {
            None => "_".to_string(),
            Some(v) => v
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join("."),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Decodes [`encode_responses`], checking every index against the draw.
pub fn decode_responses(
    text: &str,
    quiz: &Quiz,
    drawn: &[Drawn],
) -> Option<Vec<Option<Vec<usize>>>> {
    let parts: Vec<&str> = if text.is_empty() {
        Vec::new()
    } else {
        text.split('-').collect()
    };
    if parts.len() > drawn.len() {
        return None;
    }
    let mut out = Vec::with_capacity(drawn.len());
    for (i, p) in parts.iter().enumerate() {
        if *p == "_" {
            out.push(None);
            continue;
        }
        let n = quiz.question(drawn[i].question).choices.len();
        let v: Option<Vec<usize>> = p
            .split('.')
            .map(|c| c.parse::<usize>().ok().filter(|&c| c < n))
            .collect();
        let v = v?;
        if v.is_empty() || v.len() > n {
            return None;
        }
        out.push(Some(v));
    }
    out.resize(drawn.len(), None);
    Some(out)
}

/// Progress as stored by the widget (versioned; keyed by the content hash).
///
/// Stored as plain text, one field per line, the version first (see
/// [`StoredProgress::encode`]): no JSON reader is needed to resume a quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct StoredProgress {
    /// [`PROGRESS_VERSION`].
    pub version: u32,
    pub content_hash: String,
    /// The settings query the attempt was drawn with.
    pub settings: String,
    pub position: usize,
    pub responses: String,
    /// Per question: feedback already shown (answer locked).
    pub checked: Vec<bool>,
}

/// 2: the line format of [`StoredProgress::encode`] (1 was JSON).
pub const PROGRESS_VERSION: u32 = 2;

impl StoredProgress {
    /// Reads stored progress; `None` when it is corrupt, of another version,
    /// or for other content or settings.
    pub fn read(text: &str, quiz: &Quiz, settings: &Settings) -> Option<StoredProgress> {
        let p = StoredProgress::decode(text)?;
        p.matches(quiz, settings).then_some(p)
    }

    /// Same format version, same quiz content, same settings.
    pub fn matches(&self, quiz: &Quiz, settings: &Settings) -> bool {
        self.version == PROGRESS_VERSION
            && self.content_hash == quiz.content_hash()
            && self.settings == settings.to_query()
    }

    /// The stored text: version, content hash, settings query, position,
    /// responses (the result-link codec) and one `0`/`1` per question,
    /// each on its own line. No field can hold a line break: the hash is
    /// hex, the settings and responses are link items.
    pub fn encode(&self) -> String {
        let checked: String = self
            .checked
            .iter()
            .map(|&c| if c { '1' } else { '0' })
            .collect();
        format!(
            "{}\n{}\n{}\n{}\n{}\n{checked}",
            self.version, self.content_hash, self.settings, self.position, self.responses
        )
    }

    /// Reads [`StoredProgress::encode`]'s text, of any version number;
    /// `None` for anything else (garbage, JSON of the old format, a field
    /// out of range), never a panic.
    pub fn decode(text: &str) -> Option<StoredProgress> {
        let mut lines = text.split('\n');
        let mut next = || lines.next();
        let version = next()?.parse().ok()?;
        let content_hash = next()?.to_string();
        let settings = next()?.to_string();
        let position = next()?.parse().ok()?;
        let responses = next()?.to_string();
        let checked_text = next()?;
        if next().is_some() || checked_text.len() > MAX_QUIZ_COUNT {
            return None;
        }
        let checked = checked_text
            .bytes()
            .map(|b| match b {
                b'0' => Some(false),
                b'1' => Some(true),
                _ => None,
            })
            .collect::<Option<Vec<bool>>>()?;
        Some(StoredProgress {
            version,
            content_hash,
            settings,
            position,
            responses,
            checked,
        })
    }
}

/// The default quiz's JSON.
pub const DEFAULT_QUIZ_JSON: &str = include_str!("../content/aws-containers-quiz.json");

/// The default quiz, checked against `catalog` (normally the default catalog).
pub fn default_quiz(catalog: &Catalog) -> Quiz {
    // The bundled quiz is validated by the test suite (`tests/quiz.rs`).
    match Quiz::from_json(DEFAULT_QUIZ_JSON, catalog) {
        Ok(q) => q,
        Err(p) => panic!("bundled quiz is invalid: {p:?}"),
    }
}

/// The content hash stored progress is keyed by (see [`Quiz::content_hash`]).
pub use crate::hash::fnv1a_hex;

/// Checks the length of every list in a quiz (see `crate::catalog::lists`).
pub(crate) fn check_quiz_lists(v: &mut Validator, doc: &QuizDoc) -> bool {
    let mut ok = v.languages(&doc.languages);
    ok &= v.list("$.sources", "", doc.sources.len(), MAX_SOURCES);
    ok &= v.list("$.questions", "", doc.questions.len(), MAX_QUIZ_QUESTIONS);
    if !ok {
        return false;
    }
    for (i, q) in doc.questions.iter().enumerate() {
        let p = format!("$.questions[{i}]");
        ok &= v.list(&p, ".choices", q.choices.len(), MAX_QUIZ_CHOICES);
        ok &= v.list(&p, ".correct", q.correct.len(), MAX_QUIZ_CHOICES);
    }
    ok
}
