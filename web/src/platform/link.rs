//! Which part of the page's URL fragment belongs to which widget (pure, so
//! it is tested without a browser).
//!
//! A fragment is a list of `key=value` items joined by `&`. A widget reads
//! and writes only its own items, so several widgets share one link:
//! - [`LinkScope::Page`] (`<berth-widget url="on">`, `[data-berth]`): bare
//!   items, `#workload=web&lang=en`; items whose key has a `.` are another
//!   widget's and are skipped;
//! - [`LinkScope::Widget`] (every other `<berth-widget>`, keyed by its `id`):
//!   items prefixed with the key and a dot, `#chooser.workload=web&chooser.lang=en`.
//!
//! A fragment with no `=` at all (`#about-the-facts`, a heading anchor) is not
//! Berth's and is ignored. Written values are percent-encoded, so nothing in
//! a copied link can end an item or the link early.

/// Whose items of the fragment a widget reads and writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum LinkScope {
    /// Bare items: the one widget of the page that owns the URL.
    #[default]
    Page,
    /// Items prefixed with `KEY.`, for one widget among several.
    Widget(String),
}

impl LinkScope {
    /// The key's name without its scope, when `key` is in this scope.
    fn own<'a>(&self, key: &'a str) -> Option<&'a str> {
        match self {
            LinkScope::Page => (!key.contains('.')).then_some(key),
            LinkScope::Widget(prefix) => key
                .strip_prefix(prefix.as_str())
                .and_then(|rest| rest.strip_prefix('.')),
        }
    }
}

/// Splits a fragment into raw (still encoded) items; empty for a fragment
/// that is not Berth's (no `=` anywhere: a heading anchor).
fn raw_items(fragment: &str) -> impl Iterator<Item = (&str, Option<&str>)> {
    // A fragment without `=` is a heading anchor, not Berth's. Every link is
    // read within the limits (issue #16): bounded length and item count,
    // duplicates dropped.
    let items = if fragment.contains('=') {
        berth::limits::link_items(fragment).items
    } else {
        Vec::new()
    };
    items.into_iter().map(|item| match item.split_once('=') {
        Some((k, v)) => (k, Some(v)),
        None => (item, None),
    })
}

/// This scope's items of `fragment`, decoded: `[("workload", "web"), …]`.
/// An item without `=` keeps an empty value (and is reported by the reader).
pub fn items(fragment: &str, scope: &LinkScope) -> Vec<(String, String)> {
    raw_items(fragment)
        .filter_map(|(k, v)| {
            let key = decode(k);
            let name = scope.own(&key)?.to_string();
            Some((name, decode(v.unwrap_or_default())))
        })
        .collect()
}

/// The item [`own_fragment`] adds when the page's link was longer than the
/// limits let Berth read, so the chooser can say the link was cut.
pub const CUT: &str = "berth-link-cut";

/// This scope's items as a bare fragment (`workload=web&lang=en`), encoded,
/// for readers that take a fragment string; ends with [`CUT`] when the
/// page's link was cut at the limits.
pub fn own_fragment(fragment: &str, scope: &LinkScope) -> String {
    let mut own = join(&items(fragment, scope), &LinkScope::Page);
    if fragment.contains('=') && berth::limits::link_items(fragment).cut {
        if !own.is_empty() {
            own.push('&');
        }
        own.push_str(CUT);
        own.push_str("=1");
    }
    own
}

/// `page` with this scope's items replaced by `own` (a bare fragment such as
/// `workload=web&lang=en`); other widgets' items and foreign items are kept
/// (re-encoded).
pub fn with_own(page: &str, scope: &LinkScope, own: &str) -> String {
    let mut out = String::new();
    for (k, v) in raw_items(page).filter(|(k, _)| scope.own(&decode(k)).is_none()) {
        if !out.is_empty() {
            out.push('&');
        }
        // Re-encoded, so nothing link-controlled reaches a copied link raw.
        out.push_str(&encode(&decode(k)));
        if let Some(v) = v {
            out.push('=');
            out.push_str(&encode(&decode(v)));
        }
    }
    let mine = join(&items(own, &LinkScope::Page), scope);
    if !out.is_empty() && !mine.is_empty() {
        out.push('&');
    }
    out.push_str(&mine);
    out
}

/// Joins items as `key=value&…`, each key in `scope`, everything encoded.
fn join(items: &[(String, String)], scope: &LinkScope) -> String {
    let mut out = String::new();
    for (k, v) in items {
        if !out.is_empty() {
            out.push('&');
        }
        if let LinkScope::Widget(prefix) = scope {
            out.push_str(&encode(prefix));
            out.push('.');
        }
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

/// Percent-encodes everything but letters, digits and `-_.~,:` (so ids,
/// `40m`, `lambda,fargate` and `2-0.3` stay readable).
pub fn encode(text: &str) -> String {
    berth::percent::encode(text, berth::percent::link_value_byte)
}

/// Percent-decoding for the few characters a fragment may carry escaped
/// (invalid escapes stay as they are; never panics).
pub fn decode(s: &str) -> String {
    berth::percent::decode(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_cut_at_the_limits_says_so_to_its_reader() {
        let huge = format!("workload=batch{}", "&a".repeat(100_000));
        let own = own_fragment(&huge, &LinkScope::Page);
        assert!(own.ends_with("berth-link-cut=1"), "{own}");
        assert!(own.len() < 200, "the cut link is short: {}", own.len());
        assert!(!own_fragment("workload=batch", &LinkScope::Page).contains(CUT));
        assert_eq!(own_fragment("about-the-facts", &LinkScope::Page), "");
    }

    fn widget(key: &str) -> LinkScope {
        LinkScope::Widget(key.to_string())
    }

    #[test]
    fn each_widget_reads_only_its_own_items() {
        let fragment = "#chooser.workload=web&quiz.mode=quiz&quiz.seed=5&runtime=40m&lang=ko";
        let cases: [(LinkScope, &str); 4] = [
            (widget("chooser"), "workload=web"),
            (widget("quiz"), "mode=quiz&seed=5"),
            (widget("other"), ""),
            (LinkScope::Page, "runtime=40m&lang=ko"),
        ];
        for (scope, want) in cases {
            assert_eq!(own_fragment(fragment, &scope), want, "{scope:?}");
        }
    }

    #[test]
    fn a_fragment_without_equals_is_a_heading_anchor_and_not_ours() {
        for anchor in ["#about-the-facts", "about", "#", "", "#a&b&c"] {
            for scope in [LinkScope::Page, widget("about-the-facts")] {
                assert!(items(anchor, &scope).is_empty(), "{anchor} {scope:?}");
            }
        }
        // An item without `=` among Berth's items is still reported by the reader.
        assert_eq!(
            items("#workload=web&oops", &LinkScope::Page),
            [
                ("workload".into(), "web".into()),
                ("oops".into(), String::new())
            ]
        );
    }

    #[test]
    fn writing_replaces_own_items_and_keeps_everyone_elses() {
        let page = "#quiz.seed=5&chooser.workload=web&about";
        let out = with_own(
            page,
            &widget("chooser"),
            "workload=batch&runtime=40m&lang=en",
        );
        assert_eq!(
            out,
            "quiz.seed=5&about&chooser.workload=batch&chooser.runtime=40m&chooser.lang=en"
        );
        // An anchor-only page fragment is replaced.
        assert_eq!(
            with_own("#about-the-facts", &LinkScope::Page, "lang=en"),
            "lang=en"
        );
        assert_eq!(
            with_own("#w.a=1&lang=ko", &LinkScope::Page, "lang=en"),
            "w.a=1&lang=en"
        );
    }

    #[test]
    fn everything_written_round_trips_and_nothing_ends_the_link_early() {
        let hostile = "x\n\n<img src=x onerror=alert(1)>\n[Click](javascript:alert(1)) &#=%";
        let scope = widget("my widget&#=.");
        let out = with_own("", &scope, &format!("topics={}", encode(hostile)));
        assert!(
            out.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.~,:%=&".contains(&b)),
            "{out}"
        );
        assert_eq!(out.matches('&').count(), 0, "{out}");
        assert_eq!(items(&out, &scope), [("topics".into(), hostile.into())]);
        // Items of other widgets and foreign items are kept, but never raw.
        let page = "#x=[Click](javascript:alert(1))&quiz.topics=a%0A<img>";
        let out = with_own(page, &widget("chooser"), "lang=en");
        assert_eq!(
            out,
            "x=%5BClick%5D%28javascript:alert%281%29%29&quiz.topics=a%0A%3Cimg%3E&chooser.lang=en"
        );
    }
}
