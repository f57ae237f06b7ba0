//! The rule a source URL must pass: an absolute `https://` URL that a
//! browser parses the way it reads, with nothing a renderer could take for
//! markup.
//!
//! A hand-written check, not a URL crate (the `url` crate would add tens of
//! KB to the widget). It follows the WHATWG URL Standard for the parts it
//! accepts and rejects, rather than repairs, everything the standard would
//! silently change or that is dangerous to print:
//! - the scheme must be `https` (any case) followed by `//`;
//! - no ASCII whitespace, C0/C1 control or DEL anywhere (the standard strips
//!   or removes some of them; we refuse);
//! - no `<`, `>`, `"`, `` ` ``, `{`, `}`, `|`, `^` or `\` (the standard
//!   percent-encodes the first ones and reads `\` as `/` in https URLs);
//! - no user info (`https://aws.amazon.com@evil.example/`);
//! - the host is ASCII labels of letters, digits and `-`, separated by
//!   single dots (punycode for international names), optionally `:port`
//!   with 1–5 digits up to 65535;
//! - every `%` starts a `%XX` escape with two hex digits.

/// Why a URL is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UrlError {
    NotHttps,
    ForbiddenCharacter(char),
    UserInfo,
    BadHost,
    BadPort,
    BadPercent,
}

/// Checks a source URL against the rules above.
pub fn check(url: &str) -> Result<(), UrlError> {
    if let Some(c) = url.chars().find(|&c| forbidden(c)) {
        return Err(UrlError::ForbiddenCharacter(c));
    }
    // Byte searches: every delimiter is ASCII, so the cuts are char boundaries.
    let scheme = url.get(..8).unwrap_or_default();
    if !scheme.eq_ignore_ascii_case("https://") {
        return Err(UrlError::NotHttps);
    }
    let rest = &url[8..];
    let authority_end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    if authority.bytes().any(|b| b == b'@') {
        return Err(UrlError::UserInfo);
    }
    let (host, port) = match authority.bytes().rposition(|b| b == b':') {
        Some(colon) => (&authority[..colon], Some(&authority[colon + 1..])),
        None => (authority, None),
    };
    if !valid_host(host) {
        return Err(UrlError::BadHost);
    }
    if let Some(port) = port {
        let digits =
            !port.is_empty() && port.len() <= 5 && port.bytes().all(|b| b.is_ascii_digit());
        if !digits || port.parse::<u32>().map_or(true, |p| p > 65_535) {
            return Err(UrlError::BadPort);
        }
    }
    let bytes = tail.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'%' {
            let hex = |j: usize| bytes.get(j).is_some_and(u8::is_ascii_hexdigit);
            if !(hex(i + 1) && hex(i + 2)) {
                return Err(UrlError::BadPercent);
            }
        }
    }
    Ok(())
}

/// Characters refused anywhere in a URL.
fn forbidden(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '^' | '\\')
}

/// A DNS name in ASCII: labels of letters, digits and `-`, not starting or
/// ending with `-`, at most 63 bytes each, separated by single dots.
fn valid_host(host: &str) -> bool {
    !host.is_empty()
        && host.len() <= 253
        && host.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_https_links() {
        for url in [
            "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
            "https://aws.amazon.com/about-aws/whats-new/2025/11/x/",
            "HTTPS://Example.org:8443/a%20b?q=1&r=(2)#frag",
            "https://example.org",
            "https://xn--3e0b707e.kr/가이드",
        ] {
            assert_eq!(check(url), Ok(()), "{url}");
        }
    }

    #[test]
    fn refuses_what_the_issue_reported_and_its_family() {
        use UrlError::*;
        for (url, error) in [
            (
                "https://example.org/\"><img/src=x/onerror=alert(1)>",
                ForbiddenCharacter('"'),
            ),
            ("https://example.org/<script>", ForbiddenCharacter('<')),
            ("https://example.org/a b", ForbiddenCharacter(' ')),
            ("https://example.org/a\tb", ForbiddenCharacter('\t')),
            ("https://example.org/\u{0}", ForbiddenCharacter('\u{0}')),
            ("https://example.org/\u{85}", ForbiddenCharacter('\u{85}')),
            (
                "https://example.org\\@evil.example",
                ForbiddenCharacter('\\'),
            ),
            ("https://example.org/`x`", ForbiddenCharacter('`')),
            ("http://example.org/", NotHttps),
            ("javascript:alert(1)", NotHttps),
            ("JavaScript://example.org/%0Aalert(1)", NotHttps),
            ("data:text/html,hi", NotHttps),
            ("https:example.org", NotHttps),
            ("//example.org", NotHttps),
            ("https://aws.amazon.com@evil.example/", UserInfo),
            ("https:///path", BadHost),
            ("https://exa_mple.org/", BadHost),
            ("https://example..org/", BadHost),
            ("https://-example.org/", BadHost),
            ("https://예시.kr/", BadHost),
            ("https://example.org:99999/", BadPort),
            ("https://example.org:/", BadPort),
            ("https://example.org/%zz", BadPercent),
            ("https://example.org/100%", BadPercent),
        ] {
            assert_eq!(check(url), Err(error), "{url}");
        }
    }
}
