//! Whole-output snapshots: `check_snapshot(file, got)` compares `got` with
//! `tests/data/<file>`, and `BERTH_BLESS=1` rewrites the file instead
//! (`tests/record.rs`, `tests/catalog.rs`).

/// Fails unless `got` equals the snapshot `tests/data/<file>`.
pub fn check_snapshot(file: &str, got: &str) {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("BERTH_BLESS").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        got == expected,
        "{file} differs from {path} (BERTH_BLESS=1 to accept):\n{got}"
    );
}
