//! Every limit Berth puts on untrusted input, in one place.
//!
//! Links, attributes and custom content come from people Berth cannot trust
//! (see `SECURITY.md`). Each list such input controls has a bound here, and
//! every loop over untrusted data is bounded by one of them, so no input
//! within the limits can freeze a page or exhaust the shared wasm memory.
//! A breach is a normal, localized problem (`ProblemKind::TooMany`,
//! `TooLarge`, `TooComplex`, checked by `crate::catalog::lists` and
//! `crate::quiz::validate`), never a panic. `SECURITY.md` and `README.md` list these numbers and
//! `BENCHMARKS.md` gives the worst-case times measured at them.
//!
//! Order of checks for a document: its size in bytes, then the number of
//! JSON items ([`count_json_items`], without parsing), then parsing, then the
//! length of every list, and only then the detailed validation, whose cost
//! the list limits bound. This module only states the limits (it depends on
//! nothing of Berth's); the checks live with what they check.

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
pub const MAX_LANGUAGES: usize = 2; // Korean and English: `text.rs` checks it against `Lang::ALL`
pub const MAX_SOURCES: usize = 1_000;
pub const MAX_QUESTIONS: usize = 100;
/// Questions a catalog may mark `essential`: a first screen that asks more
/// than this is no longer short.
pub const MAX_ESSENTIALS: usize = 7;
/// Answers of a choice question (they form a 64-bit mask).
pub const MAX_ANSWERS: usize = 64;
pub const MAX_PRESETS: usize = 16;
pub const MAX_OPTIONS: usize = 200;
pub const MAX_FACTS_PER_OPTION: usize = 200;
/// Longest quote a fact may carry, in characters.
pub const MAX_QUOTE_CHARS: usize = 200;
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
}
