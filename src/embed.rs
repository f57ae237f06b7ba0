//! A widget as a docs author writes it in Markdown: the settings of one
//! `berth` fence (mdBook's `mdbook-berth`, MkDocs' `mkdocs-berth`), checked
//! against the built-in content and turned into a `<berth-widget>` element.
//!
//! The settings are the element's attributes (README, "Embedding"). A
//! generator parses the fence (TOML) into [`SettingValue`]s; [`Embed::check`]
//! reports every problem at once, each naming the setting and its valid
//! values, so a bad fence fails the docs build instead of rendering half a
//! widget. [`spec_json`] exports the same rules as data for generators not
//! written in Rust (the MkDocs plugin ships a copy; a test keeps it equal).
//!
//! Pure: no I/O. Values become attribute text HTML-escaped, so a fence can
//! never inject markup into the page.

use crate::answers::Answers;
use crate::catalog::Catalog;
use crate::quiz::{Quiz, Settings};
use crate::text::Lang;

/// What a docs site needs of Berth's built `dist/` for the module build:
/// the element, its helpers and stylesheet, the wasm and glue, the content.
/// Paths relative to `dist/`; a folder means all of it.
pub const MODULE_ASSETS: [&str; 5] = [
    "static/berth-widget.js",
    "static/runtime.js",
    "static/berth.css",
    "pkg",
    "content",
];

/// What a docs site needs for the offline build: one file.
pub const OFFLINE_ASSETS: [&str; 1] = ["berth-offline.js"];

/// One attribute of `<berth-widget>` that a fence may set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Setting {
    Id,
    Mode,
    Lang,
    Theme,
    Answers,
    Compare,
    Content,
    Url,
    Count,
    Topics,
    Seed,
    Shuffle,
    Pass,
    Retry,
    Show,
    Feedback,
}

impl Setting {
    /// Every setting, in the order attributes are written.
    pub const ALL: [Setting; 16] = [
        Setting::Id,
        Setting::Mode,
        Setting::Lang,
        Setting::Theme,
        Setting::Answers,
        Setting::Compare,
        Setting::Content,
        Setting::Url,
        Setting::Count,
        Setting::Topics,
        Setting::Seed,
        Setting::Shuffle,
        Setting::Pass,
        Setting::Retry,
        Setting::Show,
        Setting::Feedback,
    ];

    /// The attribute name (also the fence key).
    pub fn name(self) -> &'static str {
        match self {
            Setting::Id => "id",
            Setting::Mode => "mode",
            Setting::Lang => "lang",
            Setting::Theme => "theme",
            Setting::Answers => "answers",
            Setting::Compare => "compare",
            Setting::Content => "content",
            Setting::Url => "url",
            Setting::Count => "count",
            Setting::Topics => "topics",
            Setting::Seed => "seed",
            Setting::Shuffle => "shuffle",
            Setting::Pass => "pass",
            Setting::Retry => "retry",
            Setting::Show => "show",
            Setting::Feedback => "feedback",
        }
    }

    pub fn from_name(name: &str) -> Option<Setting> {
        Setting::ALL.into_iter().find(|s| s.name() == name)
    }

    /// Settings whose value is one word from a fixed list.
    fn choices(self) -> Option<&'static [&'static str]> {
        match self {
            Setting::Mode => Some(&["chooser", "quiz", "compare"]),
            Setting::Lang => Some(&["en", "ko"]),
            Setting::Theme => Some(&["auto", "light", "dark"]),
            Setting::Url => Some(&["on", "off"]),
            Setting::Shuffle | Setting::Retry | Setting::Show => Some(&["yes", "no"]),
            Setting::Feedback => Some(&["each", "end"]),
            _ => None,
        }
    }

    /// Settings given as a list (TOML array) or a comma-separated string.
    fn is_list(self) -> bool {
        matches!(self, Setting::Topics | Setting::Compare)
    }
}

/// A fence value as TOML gives it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingValue {
    Text(String),
    Integer(i64),
    Bool(bool),
    List(Vec<String>),
    /// Anything else (a table, a float, a date): always a problem.
    Other(&'static str),
}

/// What is wrong with one setting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedProblemKind {
    UnknownSetting,
    /// The value is not one of `valid`.
    NotOneOf {
        given: String,
        valid: Vec<String>,
    },
    /// A list item is not one of `valid`.
    UnknownItem {
        given: String,
        valid: Vec<String>,
    },
    /// The value has the wrong TOML type (`expected` names the right one).
    WrongType {
        expected: &'static str,
    },
    /// `answers`: the engine's own message.
    BadAnswers(String),
    /// A quiz setting out of range: the quiz's own message.
    BadQuizSetting(String),
    /// `content`: not a relative or same-site URL.
    BadContentUrl(String),
    /// `id`: empty or with characters an HTML id should not have.
    BadId(String),
}

/// One problem of a fence, naming its setting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedProblem {
    pub setting: String,
    pub kind: EmbedProblemKind,
}

impl EmbedProblem {
    pub fn message(&self, lang: Lang) -> String {
        let key = &self.setting;
        match &self.kind {
            EmbedProblemKind::UnknownSetting => {
                let valid = names(Setting::ALL.iter().map(|s| s.name()));
                lang.pick(
                    &format!("알 수 없는 설정 '{key}'. 쓸 수 있는 설정: {valid}"),
                    &format!("unknown setting '{key}'; valid settings: {valid}"),
                )
                .to_string()
            }
            EmbedProblemKind::NotOneOf { given, valid } => {
                let valid = names(valid.iter().map(String::as_str));
                lang.pick(
                    &format!("{key} = \"{given}\"은(는) 쓸 수 없습니다. 가능한 값: {valid}"),
                    &format!("{key} = \"{given}\" is not valid; valid values: {valid}"),
                )
                .to_string()
            }
            EmbedProblemKind::UnknownItem { given, valid } => {
                let valid = names(valid.iter().map(String::as_str));
                lang.pick(
                    &format!("{key}의 \"{given}\"은(는) 없는 값입니다. 가능한 값: {valid}"),
                    &format!("{key}: unknown item \"{given}\"; valid items: {valid}"),
                )
                .to_string()
            }
            EmbedProblemKind::WrongType { expected } => {
                let expected = type_name(expected, lang);
                lang.pick(
                    &format!("{key}의 값은 {expected}(이)어야 합니다"),
                    &format!("{key} must be {expected}"),
                )
                .to_string()
            }
            EmbedProblemKind::BadAnswers(message) | EmbedProblemKind::BadQuizSetting(message) => {
                format!("{key}: {message}")
            }
            EmbedProblemKind::BadContentUrl(given) => {
                lang.pick(
                    &format!("content = \"{given}\": 같은 사이트의 상대 경로여야 합니다 (예: \"catalogs/which-db.json\")"),
                    &format!("content = \"{given}\" must be a path on the same site (e.g. \"catalogs/which-db.json\")"),
                )
                .to_string()
            }
            EmbedProblemKind::BadId(given) => {
                lang.pick(
                    &format!("id = \"{given}\": 글자, 숫자, '-', '_'만 쓸 수 있습니다"),
                    &format!("id = \"{given}\" may use only letters, digits, '-' and '_'"),
                )
                .to_string()
            }
        }
    }
}

fn names<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(", ")
}

fn type_name(expected: &str, lang: Lang) -> &'static str {
    match (expected, lang) {
        ("text", Lang::Ko) => "문자열",
        ("text", Lang::En) => "a string",
        ("integer", Lang::Ko) => "정수",
        ("integer", Lang::En) => "an integer",
        ("list", Lang::Ko) => "문자열 목록",
        ("list", Lang::En) => "a list of strings",
        (_, Lang::Ko) => "문자열 또는 참/거짓",
        (_, Lang::En) => "a string or true/false",
    }
}

/// A checked fence: attribute values in [`Setting::ALL`] order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    attributes: Vec<(Setting, String)>,
}

impl Embed {
    /// Checks a fence's settings against the built-in `catalog` and `quiz`
    /// (answers, option ids and topics refer to them unless the fence names
    /// its own `content`). Returns every problem, in the fence's order.
    /// Messages from the engine are worded in `lang`.
    pub fn check(
        settings: &[(String, SettingValue)],
        catalog: &Catalog,
        quiz: &Quiz,
        lang: Lang,
    ) -> Result<Embed, Vec<EmbedProblem>> {
        let own_content = settings.iter().any(|(k, _)| k == "content");
        let mut attributes = Vec::new();
        let mut problems = Vec::new();
        for (key, value) in settings {
            let problem = |kind| EmbedProblem {
                setting: key.clone(),
                kind,
            };
            let Some(setting) = Setting::from_name(key) else {
                problems.push(problem(EmbedProblemKind::UnknownSetting));
                continue;
            };
            match attribute_text(setting, value) {
                Err(kind) => problems.push(problem(kind)),
                Ok(text) => match check_value(setting, &text, own_content, catalog, quiz, lang) {
                    Err(kind) => problems.push(problem(kind)),
                    Ok(()) => attributes.push((setting, text)),
                },
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        attributes.sort_by_key(|(setting, _)| *setting);
        Ok(Embed { attributes })
    }

    /// The attributes, in a fixed order.
    pub fn attributes(&self) -> &[(Setting, String)] {
        &self.attributes
    }

    /// The element, on one line: `<berth-widget mode="quiz" count="5"></berth-widget>`.
    pub fn to_html(&self) -> String {
        let mut html = String::from("<berth-widget");
        for (setting, value) in &self.attributes {
            html.push(' ');
            html.push_str(setting.name());
            html.push_str("=\"");
            html.push_str(&escape_attribute(value));
            html.push('"');
        }
        html.push_str("></berth-widget>");
        html
    }
}

/// The TOML value as attribute text: booleans as the setting's words, lists joined.
fn attribute_text(setting: Setting, value: &SettingValue) -> Result<String, EmbedProblemKind> {
    let wrong = |expected| Err(EmbedProblemKind::WrongType { expected });
    match (setting, value) {
        (_, SettingValue::Other(_)) if setting.is_list() => wrong("list"),
        (Setting::Count | Setting::Seed | Setting::Pass, SettingValue::Other(_)) => {
            wrong("integer")
        }
        (_, SettingValue::Other(_)) => wrong("text"),
        (Setting::Url, SettingValue::Bool(on)) => Ok(if *on { "on" } else { "off" }.into()),
        (Setting::Shuffle | Setting::Retry | Setting::Show, SettingValue::Bool(yes)) => {
            Ok(if *yes { "yes" } else { "no" }.into())
        }
        (_, SettingValue::Bool(_)) => wrong(if setting.is_list() { "list" } else { "text" }),
        (Setting::Count | Setting::Seed | Setting::Pass, SettingValue::Integer(n)) => {
            Ok(n.to_string())
        }
        (_, SettingValue::Integer(_)) => wrong(if setting.is_list() { "list" } else { "text" }),
        (Setting::Answers, SettingValue::List(items)) => Ok(items.join(" ")),
        (_, SettingValue::List(items)) if setting.is_list() => Ok(items.join(",")),
        (_, SettingValue::List(_)) => wrong("text"),
        (_, SettingValue::Text(text)) => Ok(text.trim().to_string()),
    }
}

fn check_value(
    setting: Setting,
    text: &str,
    own_content: bool,
    catalog: &Catalog,
    quiz: &Quiz,
    lang: Lang,
) -> Result<(), EmbedProblemKind> {
    if let Some(valid) = setting.choices() {
        if !valid.contains(&text) {
            return Err(EmbedProblemKind::NotOneOf {
                given: text.into(),
                valid: valid.iter().map(|v| v.to_string()).collect(),
            });
        }
    }
    let list = || text.split(',').map(str::trim).filter(|s| !s.is_empty());
    match setting {
        Setting::Id if text.is_empty() || !text.chars().all(is_id_char) => {
            Err(EmbedProblemKind::BadId(text.into()))
        }
        Setting::Answers if !own_content => Answers::parse(catalog, [text])
            .map(drop)
            .map_err(|e| EmbedProblemKind::BadAnswers(e.message(lang))),
        Setting::Compare if !own_content => {
            let valid: Vec<String> = catalog.options().iter().map(|o| o.id.clone()).collect();
            match list().find(|id| !valid.iter().any(|v| v == id)) {
                Some(given) => Err(EmbedProblemKind::UnknownItem {
                    given: given.into(),
                    valid,
                }),
                None => Ok(()),
            }
        }
        Setting::Topics if !own_content => {
            let valid: Vec<String> = quiz.topics().into_iter().map(String::from).collect();
            match list().find(|t| !valid.iter().any(|v| v == t)) {
                Some(given) => Err(EmbedProblemKind::UnknownItem {
                    given: given.into(),
                    valid,
                }),
                None => Ok(()),
            }
        }
        Setting::Count | Setting::Seed | Setting::Pass => Settings::defaults(quiz)
            .apply(setting.name(), text, lang)
            .map_err(EmbedProblemKind::BadQuizSetting),
        Setting::Content if !is_same_site_path(text) => {
            Err(EmbedProblemKind::BadContentUrl(text.into()))
        }
        _ => Ok(()),
    }
}

fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '_'
}

/// A path on the page's own site: no scheme, no `//host`, not empty.
fn is_same_site_path(url: &str) -> bool {
    let scheme = url
        .split_once(':')
        .is_some_and(|(head, _)| !head.contains('/') && !head.contains('?'));
    !url.is_empty() && !scheme && !url.starts_with("//")
}

/// Escapes text for a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            _ => out.push(c),
        }
    }
    out
}

/// The rules of [`Embed::check`] as JSON, for generators not written in Rust:
/// every setting with its kind and valid values, every question's answers or
/// units, the option ids and the quiz topics of the built-in content.
pub fn spec_json(catalog: &Catalog, quiz: &Quiz) -> String {
    use serde_json::{json, Map, Value};
    let mut settings = Map::new();
    for setting in Setting::ALL {
        let kind = match setting {
            Setting::Count | Setting::Seed | Setting::Pass => "integer",
            _ if setting.is_list() => "list",
            _ => "text",
        };
        let mut entry = json!({ "kind": kind });
        if let Some(valid) = setting.choices() {
            entry["choices"] = json!(valid);
        }
        settings.insert(setting.name().into(), entry);
    }
    settings["count"]["range"] = json!([1, 200]);
    settings["pass"]["range"] = json!([0, 100]);
    settings["seed"]["range"] = json!([0, u64::MAX]);
    settings["compare"]["items"] = json!(catalog
        .options()
        .iter()
        .map(|o| o.id.as_str())
        .collect::<Vec<_>>());
    settings["topics"]["items"] = json!(quiz.topics());
    let questions: Map<String, Value> = catalog
        .questions()
        .iter()
        .map(|q| {
            let rule = match q.dimension {
                Some(dimension) => json!({ "units": dimension.accepted_units().collect::<Vec<_>>() }),
                None => json!({ "answers": q.answers.iter().map(|a| a.id.as_str()).collect::<Vec<_>>() }),
            };
            (q.id.clone(), rule)
        })
        .collect();
    let spec = json!({
        "format": "berth-embed-spec/1",
        "order": Setting::ALL.map(Setting::name),
        "assets": { "module": MODULE_ASSETS, "offline": OFFLINE_ASSETS },
        "settings": settings,
        "questions": questions,
    });
    serde_json::to_string_pretty(&spec).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_round_trips_by_name() {
        for setting in Setting::ALL {
            assert_eq!(Setting::from_name(setting.name()), Some(setting));
        }
    }

    #[test]
    fn escape_attribute_leaves_no_markup() {
        assert_eq!(
            escape_attribute(r#""><script>&"#),
            "&quot;&gt;&lt;script&gt;&amp;"
        );
    }

    #[test]
    fn same_site_paths() {
        for ok in ["a.json", "/docs/a.json", "../a.json", "a.json?x=http://y"] {
            assert!(is_same_site_path(ok), "{ok}");
        }
        for bad in ["", "https://x/a.json", "//x/a.json", "javascript:alert(1)"] {
            assert!(!is_same_site_path(bad), "{bad}");
        }
    }
}
