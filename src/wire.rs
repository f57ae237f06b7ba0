//! The binary form of built-in content (`postcard`), and the one thing that
//! makes it exact: the `skip_serializing_if` predicates of the content types.
//!
//! postcard is positional: a field left out shifts every field after it, so a
//! skipped field cannot be read back. JSON leaves empty optional fields out
//! (readable, and what authors write); the binary form must write every field.
//! Every content type's `skip_serializing_if` therefore names a predicate of
//! this module, which skips only outside a *binary write scope*
//! ([`write_binary`]); inside it, it never skips. Reading needs no scope
//! (deserializers ignore `skip_serializing_if`), and `#[serde(default)]` or
//! `deny_unknown_fields` change nothing for postcard, which reads a struct as
//! a sequence of exactly its fields.
//!
//! A frame is `MAGIC (8 bytes) + checksum (FNV-1a 64 of the payload, little
//! endian) + payload (postcard)`, so a truncated or garbled file is refused
//! before decoding, with a clear error, and never half-read.

use crate::hash::fnv1a;
use crate::text::{Lang, Text};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;

thread_local! {
    static WRITING_BINARY: Cell<bool> = const { Cell::new(false) };
}

/// Whether a binary write is under way on this thread.
fn writing_binary() -> bool {
    WRITING_BINARY.with(Cell::get)
}

/// Serialises `value` with postcard, writing every field (see the module doc).
pub fn write_binary<T: Serialize>(value: &T) -> Vec<u8> {
    struct Scope(bool);
    impl Drop for Scope {
        fn drop(&mut self) {
            WRITING_BINARY.with(|w| w.set(self.0));
        }
    }
    let _scope = Scope(WRITING_BINARY.with(|w| w.replace(true)));
    // Plain structs of strings, numbers, lists and maps: postcard's
    // serialiser into a Vec has no failure case for them.
    postcard::to_allocvec(value).unwrap_or_default()
}

// The predicates named by `#[serde(skip_serializing_if = …)]` in the content
// types: "empty, and not writing binary".

pub(crate) fn skip_vec<T>(v: &[T]) -> bool {
    !writing_binary() && v.is_empty()
}

pub(crate) fn skip_none<T>(v: &Option<T>) -> bool {
    !writing_binary() && v.is_none()
}

pub(crate) fn skip_map<K, V>(v: &BTreeMap<K, V>) -> bool {
    !writing_binary() && v.is_empty()
}

pub(crate) fn skip_string(v: &str) -> bool {
    !writing_binary() && v.is_empty()
}

pub(crate) fn skip_text(v: &Text) -> bool {
    !writing_binary() && v.is_empty()
}

/// A content value JSON leaves out when it is empty (a group of texts).
pub(crate) trait Emptiable {
    fn is_empty(&self) -> bool;
}

pub(crate) fn skip_empty<T: Emptiable>(v: &T) -> bool {
    !writing_binary() && v.is_empty()
}

pub(crate) fn skip_false(v: &bool) -> bool {
    !writing_binary() && !*v
}

pub(crate) fn skip_zero(v: &i32) -> bool {
    !writing_binary() && *v == 0
}

pub(crate) fn skip_all_languages(v: &[Lang]) -> bool {
    !writing_binary() && crate::text::is_all_languages(v)
}

/// Why a binary part could not be read. Built-in content is validated when
/// it is made (`berth bundle`), so any of these means a damaged, truncated
/// or mismatched file, never an author's mistake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Shorter than a frame header, or not Berth content of the expected part.
    NotThisPart(&'static str),
    /// Larger than [`crate::limits::MAX_BUNDLE_BYTES`].
    TooLarge,
    /// The checksum does not match: truncated or damaged.
    Damaged,
    /// The payload does not decode (postcard's reason).
    Undecodable(String),
    /// Decoded, but refers to something it lacks, or is of another format.
    Inconsistent(String),
    /// A quiz part made with another catalog part.
    OtherCatalog,
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::NotThisPart(part) => write!(f, "not Berth {part} content"),
            ReadError::TooLarge => f.write_str("the content file is too large"),
            ReadError::Damaged => f.write_str("the content file is truncated or damaged"),
            ReadError::Undecodable(e) => write!(f, "the content file does not decode: {e}"),
            ReadError::Inconsistent(e) => write!(f, "the content file is inconsistent: {e}"),
            ReadError::OtherCatalog => {
                f.write_str("the quiz content was made with other catalog content")
            }
        }
    }
}

const HEADER: usize = 16;

/// Frames `value` under `magic`: header, checksum, payload. Returns the
/// frame and the checksum.
pub(crate) fn frame<T: Serialize>(magic: &[u8; 8], value: &T) -> (Vec<u8>, u64) {
    let payload = write_binary(value);
    let checksum = fnv1a(&payload);
    let mut out = Vec::with_capacity(HEADER + payload.len());
    out.extend_from_slice(magic);
    out.extend_from_slice(&checksum.to_le_bytes());
    out.extend_from_slice(&payload);
    (out, checksum)
}

/// Reads a frame made by [`frame`]: the value and the payload's checksum.
pub(crate) fn unframe<T: DeserializeOwned>(
    magic: &[u8; 8],
    part: &'static str,
    bytes: &[u8],
) -> Result<(T, u64), ReadError> {
    if bytes.len() > crate::limits::MAX_BUNDLE_BYTES {
        return Err(ReadError::TooLarge);
    }
    let (Some(head), Some(sum), Some(payload)) = (
        bytes.get(..8),
        bytes
            .get(8..HEADER)
            .and_then(|s| <[u8; 8]>::try_from(s).ok()),
        bytes.get(HEADER..),
    ) else {
        return Err(ReadError::NotThisPart(part));
    };
    if head != magic {
        return Err(ReadError::NotThisPart(part));
    }
    let checksum = u64::from_le_bytes(sum);
    if fnv1a(payload) != checksum {
        return Err(ReadError::Damaged);
    }
    let (value, rest) = postcard::take_from_bytes::<T>(payload)
        .map_err(|e| ReadError::Undecodable(e.to_string()))?;
    if !rest.is_empty() {
        return Err(ReadError::Undecodable("trailing bytes".into()));
    }
    Ok((value, checksum))
}
