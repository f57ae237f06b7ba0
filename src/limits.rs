//! Every limit Berth puts on untrusted input, in one place.
//!
//! Links, attributes and custom content come from people Berth cannot trust
//! (see `SECURITY.md`). Each list such input controls has a bound here, and
//! every loop over untrusted data is bounded by one of them, so no input
//! within the limits can freeze a page or exhaust the shared wasm memory.
//! A breach is a normal, localized problem ([`crate::ProblemKind::TooMany`],
//! [`crate::ProblemKind::TooLarge`], [`crate::ProblemKind::TooComplex`]),
//! never a panic. `SECURITY.md` and `README.md` list these numbers and
//! `BENCHMARKS.md` gives the worst-case times measured at them.
//!
//! Order of checks for a document: its size in bytes, then the number of
//! JSON items ([`count_json_items`], without parsing), then parsing, then the
//! length of every list ([`check_catalog_lists`], [`check_quiz_lists`]),
//! and only then the detailed validation, whose cost the list limits bound.

use crate::catalog::{ProblemKind, Validator};
use crate::model::{Condition, Document, QuestionKind};
use crate::quiz::QuizDoc;
use crate::text::Lang;

// ---- Sizes of whole documents ----

/// Largest catalog JSON, in bytes.
pub const MAX_CATALOG_BYTES: usize = 4 * 1024 * 1024;
/// Largest quiz JSON, in bytes.
pub const MAX_QUIZ_BYTES: usize = 2 * 1024 * 1024;
/// Largest bundle (a catalog and its quiz), in bytes.
pub const MAX_BUNDLE_BYTES: usize = MAX_CATALOG_BYTES + MAX_QUIZ_BYTES;
/// Most JSON items (objects, arrays and list or object members) in a catalog:
/// bounds the memory a document can take once parsed (the default catalog has ~4,700).
pub const MAX_CATALOG_ITEMS: usize = 100_000;
/// Most JSON items in a quiz (the default quiz has ~1,800).
pub const MAX_QUIZ_ITEMS: usize = 100_000;
/// Most JSON items in a bundle.
pub const MAX_BUNDLE_ITEMS: usize = MAX_CATALOG_ITEMS + MAX_QUIZ_ITEMS;

// ---- Lists inside a catalog ----

/// Languages a document may declare (each at most once).
pub const MAX_LANGUAGES: usize = Lang::ALL.len();
pub const MAX_SOURCES: usize = 1_000;
pub const MAX_QUESTIONS: usize = 100;
/// Answers of a choice question (they form a 64-bit mask).
pub const MAX_ANSWERS: usize = 64;
pub const MAX_PRESETS: usize = 16;
pub const MAX_OPTIONS: usize = 200;
pub const MAX_FACTS_PER_OPTION: usize = 200;
pub const MAX_RULES_PER_OPTION: usize = 200;
/// Rules of all options together: bounds "what would change the answer".
pub const MAX_RULES: usize = 2_000;
/// Conditions of one rule (or of a status's `available_if`).
pub const MAX_CONDITIONS: usize = 8;
/// Different `above`/`at_most` values used with one quantity question.
pub const MAX_THRESHOLDS: usize = 64;
pub const MAX_COMPARE_ROWS: usize = 100;

// ---- Lists inside a quiz ----

/// Each scenario question runs the engine when the quiz loads: 1,000 of them
/// take about half a second in the browser (BENCHMARKS.md).
pub const MAX_QUIZ_QUESTIONS: usize = 1_000;
pub const MIN_QUIZ_CHOICES: usize = 2;
pub const MAX_QUIZ_CHOICES: usize = 12;
/// Questions drawn in one attempt (`count`, from the file, an attribute or a link).
pub const MAX_QUIZ_COUNT: usize = 200;

// ---- Links and attributes ----

/// Characters of a link fragment or `answers` attribute that are read.
pub const MAX_LINK_BYTES: usize = 4_096;
/// `&`-separated items of a link that are read (duplicates are dropped first).
pub const MAX_LINK_ITEMS: usize = 64;
/// Options in compare mode (`compare="a,b,c"`; unknown and repeated ids dropped).
pub const MAX_COMPARE_OPTIONS: usize = 8;

// ---- What is reported ----

/// Problems a validation reports; the rest are counted ("and N more").
pub const MAX_PROBLEMS: usize = 100;
/// Problems a link notice lists; the rest are counted ("and N more").
pub const MAX_NOTICES_SHOWN: usize = 5;

/// Counts the JSON items of `json` without parsing it: every `{`, `[` and
/// `,` outside strings. A document has at most this many values plus one,
/// so the count bounds what parsing it allocates. Linear, no allocation.
pub fn count_json_items(json: &str) -> usize {
    let mut count = 0;
    let mut in_string = false;
    let mut escaped = false;
    for &b in json.as_bytes() {
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else {
            match b {
                b'"' => in_string = true,
                b'{' | b'[' | b',' => count += 1,
                _ => {}
            }
        }
    }
    count
}

/// The size checks every document passes before it is parsed: bytes first,
/// then items. `Err` is the problem to report (at `$`).
pub(crate) fn check_document_text(
    json: &str,
    max_bytes: usize,
    max_items: usize,
) -> Result<(), ProblemKind> {
    if json.len() > max_bytes {
        return Err(ProblemKind::TooLarge { limit: max_bytes });
    }
    if count_json_items(json) > max_items {
        return Err(ProblemKind::TooComplex { limit: max_items });
    }
    Ok(())
}

/// Reports a list longer than `limit` at `path` + `field`; `true` when it fits.
fn list(v: &mut Validator, path: &str, field: &str, count: usize, limit: usize) -> bool {
    if count > limit {
        v.push(
            format!("{path}{field}"),
            ProblemKind::TooMany { count, limit },
        );
        false
    } else {
        true
    }
}

/// Checks a `languages` list: at most one of each.
fn languages(v: &mut Validator, languages: &[Lang]) -> bool {
    let distinct = Lang::ALL
        .iter()
        .all(|lang| languages.iter().filter(|l| *l == lang).count() <= 1);
    if !distinct {
        v.push("$.languages", ProblemKind::DuplicateId("languages".into()));
    }
    distinct && list(v, "$.languages", "", languages.len(), MAX_LANGUAGES)
}

fn conditions(v: &mut Validator, path: &str, when: &[Condition]) -> bool {
    let mut ok = list(v, path, "", when.len(), MAX_CONDITIONS);
    for (k, c) in when.iter().enumerate() {
        ok &= list(
            v,
            &format!("{path}[{k}]"),
            ".answers",
            c.answers.len(),
            MAX_ANSWERS,
        );
    }
    ok
}

/// Checks the length of every list in a catalog. When one is too long the
/// detailed validation is skipped: its cost is bounded by these limits.
pub(crate) fn check_catalog_lists(v: &mut Validator, doc: &Document) -> bool {
    let mut ok = languages(v, &doc.languages);
    ok &= list(v, "$.sources", "", doc.sources.len(), MAX_SOURCES);
    ok &= list(v, "$.questions", "", doc.questions.len(), MAX_QUESTIONS);
    ok &= list(v, "$.options", "", doc.options.len(), MAX_OPTIONS);
    ok &= list(v, "$.compare", "", doc.compare.len(), MAX_COMPARE_ROWS);
    if !ok {
        return false;
    }
    for (i, q) in doc.questions.iter().enumerate() {
        let p = format!("$.questions[{i}]");
        ok &= list(v, &p, ".answers", q.answers.len(), MAX_ANSWERS);
        ok &= list(v, &p, ".presets", q.presets.len(), MAX_PRESETS);
    }
    let mut rules = 0;
    for (i, o) in doc.options.iter().enumerate() {
        let p = format!("$.options[{i}]");
        ok &= list(v, &p, ".facts", o.facts.len(), MAX_FACTS_PER_OPTION);
        ok &= list(v, &p, ".rules", o.rules.len(), MAX_RULES_PER_OPTION);
        ok &= list(v, &p, ".compare", o.compare.len(), MAX_COMPARE_ROWS);
        if let Some(s) = &o.status {
            ok &= conditions(v, &format!("{p}.status.available_if"), &s.available_if);
        }
        for (j, r) in o.rules.iter().enumerate() {
            ok &= conditions(v, &format!("{p}.rules[{j}].when"), &r.when);
        }
        rules += o.rules.len();
    }
    ok &= list(v, "$.options[*].rules", "", rules, MAX_RULES);
    ok && thresholds(v, doc)
}

/// Checks that no quantity question is compared with more than
/// [`MAX_THRESHOLDS`] different values (values that do not parse are left
/// to the detailed validation).
fn thresholds(v: &mut Validator, doc: &Document) -> bool {
    let mut ok = true;
    for (qi, q) in doc.questions.iter().enumerate() {
        let (QuestionKind::Quantity, Some(dim)) = (q.kind, q.dimension) else {
            continue;
        };
        let mut values = Vec::new();
        let all_conditions = doc.options.iter().flat_map(|o| {
            o.rules
                .iter()
                .flat_map(|r| r.when.iter())
                .chain(o.status.iter().flat_map(|s| s.available_if.iter()))
        });
        for c in all_conditions.filter(|c| c.question == q.id) {
            for text in c.above.iter().chain(c.at_most.iter()) {
                if let Ok(value) = crate::quantity::parse(dim, text) {
                    values.push(value);
                }
            }
        }
        crate::sort::sort_dedup(&mut values);
        ok &= list(
            v,
            &format!("$.questions[{qi}]"),
            " (above/at_most values)",
            values.len(),
            MAX_THRESHOLDS,
        );
    }
    ok
}

/// Checks the length of every list in a quiz (see [`check_catalog_lists`]).
pub(crate) fn check_quiz_lists(v: &mut Validator, doc: &QuizDoc) -> bool {
    let mut ok = languages(v, &doc.languages);
    ok &= list(v, "$.sources", "", doc.sources.len(), MAX_SOURCES);
    ok &= list(
        v,
        "$.questions",
        "",
        doc.questions.len(),
        MAX_QUIZ_QUESTIONS,
    );
    if !ok {
        return false;
    }
    for (i, q) in doc.questions.iter().enumerate() {
        let p = format!("$.questions[{i}]");
        ok &= list(v, &p, ".choices", q.choices.len(), MAX_QUIZ_CHOICES);
        ok &= list(v, &p, ".correct", q.correct.len(), MAX_QUIZ_CHOICES);
    }
    ok
}

/// The items of a link fragment or `answers` attribute, bounded: only the
/// first [`MAX_LINK_BYTES`] are read (cut at the last whole item), empty
/// and repeated items are dropped, and at most [`MAX_LINK_ITEMS`] are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkItems<'a> {
    /// Distinct, non-empty items, in link order.
    pub items: Vec<&'a str>,
    /// Whether part of the link was not read (too long or too many items).
    pub cut: bool,
}

/// Splits `text` (a fragment, with or without `#`) at `&` within the limits.
pub fn link_items(text: &str) -> LinkItems<'_> {
    let text = text.trim_start_matches('#');
    let mut cut = false;
    let mut readable = text;
    if text.len() > MAX_LINK_BYTES {
        cut = true;
        // Keep whole items only: up to the last '&' within the limit.
        let mut end = MAX_LINK_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        readable = &text[..end];
        let last_amp = readable.bytes().rposition(|b| b == b'&');
        readable = last_amp.map_or("", |amp| &readable[..amp]);
    }
    let mut items: Vec<&str> = Vec::new();
    for item in readable.split('&').map(str::trim) {
        if item.is_empty() || items.contains(&item) {
            continue;
        }
        if items.len() == MAX_LINK_ITEMS {
            cut = true;
            break;
        }
        items.push(item);
    }
    LinkItems { items, cut }
}

/// The problems to list in a notice: the first [`MAX_NOTICES_SHOWN`], then
/// "and N more" when there are more.
pub fn shown_notices(notices: &[String], lang: Lang) -> Vec<String> {
    let mut shown: Vec<String> = notices.iter().take(MAX_NOTICES_SHOWN).cloned().collect();
    if notices.len() > MAX_NOTICES_SHOWN {
        shown.push(and_more(notices.len() - MAX_NOTICES_SHOWN, lang));
    }
    shown
}

/// "… and N more problems", localized.
pub fn and_more(n: usize, lang: Lang) -> String {
    match lang {
        Lang::Ko => format!("… 그 밖에 문제 {n}개"),
        Lang::En if n == 1 => "… and 1 more problem".to_string(),
        Lang::En => format!("… and {n} more problems"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_are_counted_outside_strings_only() {
        for (json, items) in [
            ("{}", 1),
            ("[]", 1),
            ("[1,2,3]", 3),
            (r#"{"a":[{},{}],"b":"x,y{[\"]"}"#, 6),
            (r#"["\\",","]"#, 2),
            ("", 0),
        ] {
            assert_eq!(count_json_items(json), items, "{json}");
        }
    }

    #[test]
    fn link_items_drop_empty_and_repeated_items() {
        let l = link_items("#a=1&&a=1& b=2 &a=1&c");
        assert_eq!(l.items, ["a=1", "b=2", "c"]);
        assert!(!l.cut);
    }

    #[test]
    fn link_items_are_capped_in_count() {
        let text: Vec<String> = (0..MAX_LINK_ITEMS + 10).map(|i| format!("k{i}")).collect();
        let joined = text.join("&");
        let l = link_items(&joined);
        assert_eq!(l.items.len(), MAX_LINK_ITEMS);
        assert!(l.cut);
    }

    #[test]
    fn link_items_are_capped_in_length_at_a_whole_item() {
        // Multi-byte characters around the cut must not panic.
        let long = format!("x={}&y=한국어", "가".repeat(MAX_LINK_BYTES));
        let l = link_items(&long);
        assert!(l.cut);
        assert!(l.items.is_empty(), "the over-long first item is not read");
        let text = format!("a=1&{}", "&b".repeat(MAX_LINK_BYTES));
        let l = link_items(&text);
        assert_eq!(l.items, ["a=1", "b"]);
        assert!(l.cut);
    }

    #[test]
    fn notices_show_the_first_few_and_a_count() {
        let notices: Vec<String> = (0..12).map(|i| format!("problem {i}")).collect();
        let shown = shown_notices(&notices, Lang::En);
        assert_eq!(shown.len(), MAX_NOTICES_SHOWN + 1);
        assert_eq!(shown[MAX_NOTICES_SHOWN], "… and 7 more problems");
        assert_eq!(
            shown_notices(&notices, Lang::Ko)[MAX_NOTICES_SHOWN],
            "… 그 밖에 문제 7개"
        );
        assert_eq!(shown_notices(&notices[..3], Lang::En), &notices[..3]);
    }
}
