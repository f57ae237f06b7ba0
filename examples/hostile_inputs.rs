//! Writes the worst-case inputs at the documented limits (issue #16) into a
//! folder, for `scripts/bench-limits.sh`, which times them in the CLI and
//! in the browser. The generators are the tests' (`tests/support/hostile.rs`).
//!
//! `cargo run --example hostile_inputs -- OUT_DIR`

#[path = "../tests/support/hostile.rs"]
mod hostile;

use berth::limits::*;
use hostile::*;

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/hostile".into());
    std::fs::create_dir_all(&out).expect("create the output folder");
    let files: Vec<(&str, String)> = vec![
        ("max-rules.json", catalog_max_rules(200)),
        ("max-options.json", catalog_many_options(MAX_OPTIONS)),
        ("max-bytes.json", catalog_of_size(MAX_CATALOG_BYTES)),
        ("max-problems.json", catalog_empty_sources(MAX_SOURCES)),
        (
            "max-items.json",
            catalog_empty_sources(MAX_CATALOG_ITEMS - 1),
        ),
        (
            "over-bytes.json",
            catalog_empty_sources(MAX_CATALOG_BYTES / 3 + 1),
        ),
        ("max-quiz.json", quiz_scenarios(MAX_QUIZ_QUESTIONS)),
        (
            "link-bad-items.txt",
            link_of_distinct_bad_items(MAX_LINK_ITEMS),
        ),
        ("link-2mb.txt", link_of_bad_items(2 << 20)),
    ];
    for (name, text) in files {
        let path = format!("{out}/{name}");
        std::fs::write(&path, &text).expect("write");
        println!("{path}: {} bytes", text.len());
    }
}
