//! Quiz progress in localStorage, through gloo-storage. Every failure
//! (storage disabled, quota exceeded, corrupt or foreign data) is reported
//! as a value, never a panic, so the quiz keeps working without it.

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

pub fn key(content_hash: &str) -> String {
    format!("berth.quiz.v1.{content_hash}")
}

/// Reads progress. `Ok(None)`: nothing stored.
pub fn load(content_hash: &str) -> Result<Option<StoredProgress>, StorageIssue> {
    if !available() {
        return Err(StorageIssue::Unavailable);
    }
    match LocalStorage::get::<StoredProgress>(key(content_hash)) {
        Ok(p) => Ok(Some(p)),
        Err(gloo_storage::errors::StorageError::KeyNotFound(_)) => Ok(None),
        Err(_) => {
            LocalStorage::delete(key(content_hash));
            Err(StorageIssue::Corrupt)
        }
    }
}

pub fn save(progress: &StoredProgress) -> Result<(), StorageIssue> {
    if !available() {
        return Err(StorageIssue::Unavailable);
    }
    LocalStorage::set(key(&progress.content_hash), progress).map_err(|_| StorageIssue::WriteFailed)
}
