//! Stored progress: the widget's record of an attempt under way, in a
//! versioned line format keyed by the quiz's content hash and settings.

use super::built::Quiz;
use super::settings::Settings;
use crate::limits::MAX_QUIZ_COUNT;

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
