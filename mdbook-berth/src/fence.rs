//! Finds ```berth fences in a chapter's Markdown and turns each into a
//! `<berth-widget>` element, or into problems that name the line.
//!
//! Fences inside other fences (a chapter that *shows* a berth fence inside
//! a ````markdown block) are left alone, as Markdown renders them as code.

use berth::embed::{Embed, SettingValue};
use berth::quiz::Quiz;
use berth::{Catalog, Lang};

/// A problem in a chapter: 1-based line and a message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FenceError {
    pub line: usize,
    pub message: String,
}

/// An opening code fence: its character, length and info string.
fn opening(line: &str) -> Option<(char, usize, &str)> {
    let trimmed = line.trim_start_matches(' ');
    if line.len() - trimmed.len() > 3 {
        return None;
    }
    let marker = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let length = trimmed.chars().take_while(|c| *c == marker).count();
    if length < 3 {
        return None;
    }
    Some((marker, length, trimmed[length..].trim()))
}

fn closes(line: &str, marker: char, length: usize) -> bool {
    let trimmed = line.trim();
    trimmed.len() >= length && trimmed.chars().all(|c| c == marker)
}

/// Whether the info string names a berth fence (`berth`, `berth {…}` is not used).
fn is_berth(info: &str) -> bool {
    info.split_whitespace().next() == Some("berth")
}

/// Replaces every berth fence in `markdown` with its widget. Returns the new
/// text and whether any fence was found, or every problem of every fence.
pub fn render_fences(
    markdown: &str,
    catalog: &Catalog,
    quiz: &Quiz,
    lang: Lang,
) -> Result<(String, bool), Vec<FenceError>> {
    let lines: Vec<&str> = markdown.split_inclusive('\n').collect();
    let mut out = String::with_capacity(markdown.len());
    let mut errors = Vec::new();
    let mut found = false;
    let mut i = 0;
    while i < lines.len() {
        let Some((marker, length, info)) = opening(lines[i]) else {
            out.push_str(lines[i]);
            i += 1;
            continue;
        };
        let end = (i + 1..lines.len()).find(|&j| closes(lines[j], marker, length));
        let body_end = end.unwrap_or(lines.len());
        if !is_berth(info) {
            for line in &lines[i..end.map_or(lines.len(), |e| e + 1)] {
                out.push_str(line);
            }
            i = end.map_or(lines.len(), |e| e + 1);
            continue;
        }
        found = true;
        let start_line = i + 1;
        let body: String = lines[i + 1..body_end].concat();
        if end.is_none() {
            errors.push(FenceError {
                line: start_line,
                message: match lang {
                    Lang::Ko => "berth 블록이 닫히지 않았습니다 (``` 줄이 없습니다)".into(),
                    Lang::En => "the berth block is not closed (no ``` line)".into(),
                },
            });
        }
        match widget(&body, start_line, catalog, quiz, lang) {
            Ok(html) => {
                out.push_str(&html);
                out.push('\n');
            }
            Err(mut problems) => errors.append(&mut problems),
        }
        i = end.map_or(lines.len(), |e| e + 1);
    }
    if errors.is_empty() {
        Ok((out, found))
    } else {
        Err(errors)
    }
}

/// One fence body (TOML) as a widget element; `fence_line` is the line of the opening fence.
pub fn widget(
    body: &str,
    fence_line: usize,
    catalog: &Catalog,
    quiz: &Quiz,
    lang: Lang,
) -> Result<String, Vec<FenceError>> {
    let document: toml_edit::Document = body.parse().map_err(|e: toml_edit::TomlError| {
        let line = e.span().map_or(0, |span| {
            body[..span.start.min(body.len())].matches('\n').count()
        });
        vec![FenceError {
            line: fence_line + 1 + line,
            message: match lang {
                Lang::Ko => format!("berth 블록의 TOML을 읽을 수 없습니다: {}", e.message()),
                Lang::En => format!("the berth block is not valid TOML: {}", e.message()),
            },
        }]
    })?;
    let settings: Vec<(String, SettingValue)> = document
        .as_table()
        .iter()
        .map(|(key, item)| (key.to_string(), setting_value(item)))
        .collect();
    Embed::check(&settings, catalog, quiz, lang)
        .map(|embed| embed.to_html())
        .map_err(|problems| {
            problems
                .into_iter()
                .map(|problem| FenceError {
                    line: fence_line + 1 + key_line(body, &problem.setting),
                    message: problem.message(lang),
                })
                .collect()
        })
}

fn setting_value(item: &toml_edit::Item) -> SettingValue {
    use toml_edit::Value;
    match item.as_value() {
        Some(Value::String(s)) => SettingValue::Text(s.value().clone()),
        Some(Value::Integer(n)) => SettingValue::Integer(*n.value()),
        Some(Value::Boolean(b)) => SettingValue::Bool(*b.value()),
        Some(Value::Array(items)) => {
            let texts: Option<Vec<String>> =
                items.iter().map(|v| v.as_str().map(String::from)).collect();
            texts.map_or(SettingValue::Other("array"), SettingValue::List)
        }
        Some(Value::Float(_)) => SettingValue::Other("float"),
        Some(Value::Datetime(_)) => SettingValue::Other("datetime"),
        Some(Value::InlineTable(_)) | None => SettingValue::Other("table"),
    }
}

/// The 0-based line of `key = …` in the fence body (0 if not found).
fn key_line(body: &str, key: &str) -> usize {
    body.lines()
        .position(|line| {
            let line = line.trim_start();
            let line = line.strip_prefix('"').unwrap_or(line);
            line.strip_prefix(key).is_some_and(|rest| {
                let rest = rest.strip_prefix('"').unwrap_or(rest);
                rest.trim_start().starts_with('=')
            })
        })
        .unwrap_or(0)
}
