//! Languages and bilingual text. Every user-visible string in content is a
//! [`Text`] with a Korean and an English form (or only one of them, in a
//! document that declares a single language).

use crate::limits::{MAX_LANGUAGES, MAX_NOTICES_SHOWN};
use serde::{Deserialize, Serialize};

// The language limit of a document is the number of languages Berth speaks.
const _: () = assert!(MAX_LANGUAGES == Lang::ALL.len());

/// The two languages Berth speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Ko,
    #[default]
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Ko, Lang::En];

    /// Parses a language tag such as `ko`, `ko-KR`, `en`, `en-US` (case-insensitive).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "ko" => Some(Lang::Ko),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    /// Picks the string for this language from a (Korean, English) pair.
    pub fn pick<'a>(self, ko: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Ko => ko,
            Lang::En => en,
        }
    }
}

/// Both languages: the default `languages` of a document.
pub fn all_languages() -> Vec<Lang> {
    Lang::ALL.to_vec()
}

pub(crate) fn is_all_languages(langs: &[Lang]) -> bool {
    Lang::ALL.iter().all(|l| langs.contains(l)) && langs.len() == Lang::ALL.len()
}

/// A string in both languages. An empty form is a missing translation, which
/// catalog validation reports.
#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Text {
    pub ko: String,
    pub en: String,
}

impl Text {
    pub fn new(ko: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            ko: ko.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`; the other language's when this one is missing
    /// (single-language content). Validated bilingual content never falls back.
    pub fn get(&self, lang: Lang) -> &str {
        let (wanted, other) = match lang {
            Lang::Ko => (&self.ko, &self.en),
            Lang::En => (&self.en, &self.ko),
        };
        if wanted.is_empty() {
            other
        } else {
            wanted
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ko.trim().is_empty() && self.en.trim().is_empty()
    }
}

/// The problems to list in a notice: the first [`MAX_NOTICES_SHOWN`](crate::limits::MAX_NOTICES_SHOWN), then
/// "and N more" when there are more.
pub fn shown_notices(notices: &[String], lang: Lang) -> Vec<String> {
    let mut shown: Vec<String> = notices.iter().take(MAX_NOTICES_SHOWN).cloned().collect();
    if notices.len() > MAX_NOTICES_SHOWN {
        shown.push(and_more(notices.len() - MAX_NOTICES_SHOWN, lang));
    }
    shown
}

/// "… and N more problems", localized.
pub(crate) fn and_more(n: usize, lang: Lang) -> String {
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
