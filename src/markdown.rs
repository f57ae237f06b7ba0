//! Escaping for the Markdown Berth writes (the decision record): content is
//! text, never markup, in Markdown as in the widget.
//!
//! Catalog texts come from docs authors Berth cannot trust. Every string put
//! into Markdown goes through one of these functions, chosen by where it goes:
//! [`text`] for running text, [`code`] for inline code, [`link_target`] for
//! a link's destination. After escaping, no content can open an HTML tag, an
//! entity, emphasis, a link, an image, a code span, a table cell or a new
//! block (headings and lists need a line of their own, and newlines become
//! spaces).

/// Running text: Markdown punctuation is backslash-escaped, `<`, `>` and `&`
/// become HTML entities (which every renderer shows as the character, and
/// which no renderer takes as a tag), and line breaks become spaces.
pub fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' | '\u{2028}' | '\u{2029}' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// An inline code span holding `s` literally: the fence is one backtick
/// longer than the longest run inside, with spaces so edge backticks stay
/// inside. Line breaks become spaces.
pub fn code(s: &str) -> String {
    let s = s.replace(['\r', '\n'], " ");
    let mut longest = 0;
    let mut run = 0;
    for b in s.bytes() {
        run = if b == b'`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    format!("{fence} {s} {fence}")
}

/// A link destination for `[label](…)`: the characters that could end the
/// destination or break out of it (space, `(`, `)`, `<`, `>`, `"`, `'`,
/// backtick, `\`, controls and non-ASCII) are percent-encoded.
pub fn link_target(url: &str) -> String {
    crate::percent::encode(url, |b| {
        b.is_ascii_graphic()
            && !matches!(b, b'(' | b')' | b'<' | b'>' | b'"' | b'\'' | b'`' | b'\\')
    })
}

/// `[label](target)` with both parts escaped.
pub fn link(label: &str, url: &str) -> String {
    format!("[{}]({})", text(label), link_target(url))
}

/// An http(s) URL as an autolink `<…>`, shown and followed as it is
/// (characters that could end it are percent-encoded); any other text
/// becomes inline code, never a live link.
pub fn autolink(url: &str) -> String {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!("<{}>", link_target(url))
    } else {
        code(url)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_makes_markup_inert() {
        for (input, expected) in [
            ("plain words, 40 min", "plain words, 40 min"),
            (
                "<img src=x onerror=alert(1)>",
                "&lt;img src=x onerror=alert(1)&gt;",
            ),
            ("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;"),
            ("[x](javascript:alert(1))", "\\[x\\](javascript:alert(1))"),
            ("![i](https://e/x.png)", "\\!\\[i\\](https://e/x.png)"),
            (
                "**bold** _it_ `code` a|b ~~s~~",
                "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` a\\|b \\~\\~s\\~\\~",
            ),
            ("line\n\n# Heading\r\n- item", "line  \\# Heading  - item"),
            ("&lt; stays text", "&amp;lt; stays text"),
            ("back\\slash", "back\\\\slash"),
            ("한국어 그대로", "한국어 그대로"),
        ] {
            assert_eq!(text(input), expected, "{input}");
        }
    }

    #[test]
    fn code_spans_hold_backticks() {
        assert_eq!(code("workload=web"), "` workload=web `");
        assert_eq!(code("a`b"), "`` a`b ``");
        assert_eq!(code("``x\ny"), "``` ``x y ```");
    }

    #[test]
    fn link_targets_cannot_break_out() {
        assert_eq!(
            link_target("https://example.org/a_b?c=d&e#f"),
            "https://example.org/a_b?c=d&e#f"
        );
        assert_eq!(
            link_target("https://example.org/\"><img src=x>) [y](z"),
            "https://example.org/%22%3E%3Cimg%20src=x%3E%29%20[y]%28z"
        );
        assert_eq!(
            link_target("https://예.kr/가"),
            "https://%EC%98%88.kr/%EA%B0%80"
        );
        assert_eq!(
            autolink("https://d.example/a b#x=1&y=<2>"),
            "<https://d.example/a%20b#x=1&y=%3C2%3E>"
        );
        assert_eq!(autolink("javascript:alert(1)"), "` javascript:alert(1) `");
        assert_eq!(
            link("AWS [docs]", "https://docs.aws.amazon.com/x (y)"),
            "[AWS \\[docs\\]](https://docs.aws.amazon.com/x%20%28y%29)"
        );
    }
}
