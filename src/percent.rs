//! Percent-encoding, the one codec for link values (the widget's URL
//! fragment and storage keys) and Markdown link destinations
//! (`crate::markdown`). Each caller says which bytes stay as they are;
//! every other byte becomes `%XX` (uppercase hex).

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// Percent-encodes every byte of `text` for which `keep` is false.
pub fn encode(text: &str, keep: impl Fn(u8) -> bool) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if keep(b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// The bytes a link value keeps: letters, digits and `-_.~,:` (so ids,
/// `40m`, `lambda,fargate` and `2-0.3` stay readable).
pub fn link_value_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-_.~,:".contains(&b)
}

/// Percent-decoding: invalid escapes stay as they are, invalid UTF-8 becomes
/// U+FFFD; never panics.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            // Byte slicing, not str slicing: a multi-byte character after '%' must not panic.
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_values_round_trip() {
        for text in ["runtime=40 m", "가나", "a&b#c%d", "lambda,fargate"] {
            assert_eq!(decode(&encode(text, link_value_byte)), text);
        }
        assert_eq!(encode("a b/ü", link_value_byte), "a%20b%2F%C3%BC");
    }

    #[test]
    fn bad_escapes_stay_as_they_are() {
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%가"), "%가");
    }
}
