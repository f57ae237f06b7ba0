//! Quiz progress in localStorage, through gloo-storage. Every failure
//! (storage disabled, quota exceeded, corrupt or foreign data) is reported
//! as a value, never a panic, so the quiz keeps working without it.
//! Progress is keyed by content hash and widget ([`widget_key`]) and
//! stored as [`StoredProgress::encode`]'s plain text (no JSON reader).

use crate::platform::link::{self, LinkScope};
use berth::quiz::StoredProgress;
use gloo_storage::{LocalStorage, Storage};

/// What happened when touching storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageIssue {
    /// localStorage is missing or refuses access (private mode, sandboxed iframe…).
    Unavailable,
    /// Writing failed (quota exceeded).
    WriteFailed,
    /// Stored data could not be read and was discarded.
    Corrupt,
}

fn available() -> bool {
    // Accessing `localStorage` itself throws in some sandboxes: ask web-sys first, which returns a Result.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// Which widget progress belongs to: its link key and the author's own
/// settings, so two quizzes on a page (or a widget whose author changed
/// its settings) never resume each other's attempt.
pub fn widget_key(scope: &LinkScope, attributes: &[(String, String)]) -> String {
    let mut key = match scope {
        LinkScope::Page => String::from("page"),
        LinkScope::Widget(id) => link::encode(id),
    };
    for (name, value) in attributes {
        key.push('.');
        key.push_str(&link::encode(name));
        key.push('=');
        key.push_str(&link::encode(value));
    }
    key
}

/// The storage key: content hash, then the widget.
pub fn key(content_hash: &str, widget: &str) -> String {
    // v2: the line format of `StoredProgress` (v1 records were JSON; never read).
    format!("berth.quiz.v2.{content_hash}.{widget}")
}

/// Reads progress. `Ok(None)`: nothing stored.
pub fn load(content_hash: &str, widget: &str) -> Result<Option<StoredProgress>, StorageIssue> {
    if !available() {
        return Err(StorageIssue::Unavailable);
    }
    let key = key(content_hash, widget);
    match LocalStorage::raw().get_item(&key) {
        Ok(None) => Ok(None),
        Ok(Some(text)) => match StoredProgress::decode(&text) {
            Some(p) => Ok(Some(p)),
            None => {
                LocalStorage::delete(&key);
                Err(StorageIssue::Corrupt)
            }
        },
        Err(_) => Err(StorageIssue::Unavailable),
    }
}

pub fn save(progress: &StoredProgress, widget: &str) -> Result<(), StorageIssue> {
    if !available() {
        return Err(StorageIssue::Unavailable);
    }
    LocalStorage::raw()
        .set_item(&key(&progress.content_hash, widget), &progress.encode())
        .map_err(|_| StorageIssue::WriteFailed)
}
