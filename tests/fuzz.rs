//! Fuzzing every decoder of untrusted input, on stable Rust: a deterministic
//! mutation fuzzer (seeded xorshift) over a seed corpus, asserting that no
//! input panics and that every catalog which validates can be ranked.
//!
//! Targets: URL fragment / answers syntax, catalog JSON, quiz JSON, stored
//! quiz progress + result-link codec, quiz settings.
//! `BERTH_FUZZ_ITERS` inputs per target (default 20,000 optimised, 3,000 in
//! debug; `scripts/fuzz.sh` runs 1,000,000). Any failing input is printed so it can become a
//! regression case in `tests/fuzz-corpus/`.

use berth::quiz::{self, Quiz, Settings, StoredProgress};
use berth::{default_catalog, recommend, Answers, Catalog, Lang};
use std::panic::{catch_unwind, AssertUnwindSafe};

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// Fragments of syntax that matter to the decoders, spliced into inputs.
const TOKENS: &[&str] = &[
    "=",
    "&",
    "#",
    "%",
    "%2",
    "%zz",
    "%E0%A4",
    "%00",
    "?",
    "unknown",
    " ",
    "\t",
    "\n",
    "..",
    ".",
    "-",
    "_",
    ",",
    "workload",
    "runtime",
    "memory",
    "image",
    "vcpu",
    "gpu",
    "lang",
    "mode",
    "quiz",
    "seed",
    "r",
    "count",
    "topics",
    "40m",
    "12GB",
    "0.25",
    "1e9",
    "99999999999999999999",
    "-1",
    "GB",
    "KiB",
    "parsecs",
    "ko",
    "en",
    "web",
    "batch",
    "{",
    "}",
    "[",
    "]",
    "\"",
    ":",
    "null",
    "true",
    "false",
    "0",
    "1",
    "\\u0000",
    "\\ud800",
    "é",
    "한국어",
    "💥",
    "\"format\"",
    "\"berth-catalog/1\"",
    "\"berth-quiz/1\"",
    "\"id\"",
    "\"when\"",
    "\"above\"",
    "\"at_most\"",
    "\"answers\"",
    "\"eliminate\"",
    "\"score\"",
    "\"fact\"",
    "\"source\"",
    "\"status\"",
    "\"available_if\"",
    "\"kind\"",
    "\"quantity\"",
    "\"choice\"",
    "\"dimension\"",
    "\"bytes\"",
    "\"correct\"",
    "\"choices\"",
    "\"scenario\"",
    "\"expected\"",
    "\"ordering\"",
    "\"multiple\"",
    "\"true_false\"",
    "2147483647",
    "-2147483648",
    "4294967295",
    "18446744073709551615",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
];

/// One mutation of `input`: flip, delete, duplicate, splice a token, or truncate.
fn mutate(rng: &mut Rng, input: &str) -> String {
    let mut bytes = input.as_bytes().to_vec();
    for _ in 0..=rng.below(4) {
        let len = bytes.len();
        match rng.below(6) {
            0 if len > 0 => {
                let i = rng.below(len);
                bytes[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below(16).min(len - i);
                bytes.drain(i..i + n);
            }
            2 if len > 0 => {
                let i = rng.below(len);
                let n = rng.below(64).min(len - i);
                let chunk: Vec<u8> = bytes[i..i + n].to_vec();
                let at = rng.below(len);
                bytes.splice(at..at, chunk);
            }
            3 => {
                let t = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let at = rng.below(len + 1);
                bytes.splice(at..at, t.iter().copied());
            }
            4 if len > 0 => bytes.truncate(rng.below(len)),
            _ => {
                let at = rng.below(len + 1);
                bytes.insert(at, (rng.next() & 0xff) as u8);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Inputs per target: `BERTH_FUZZ_ITERS`, else 20,000 (3,000 in unoptimised builds).
fn iterations() -> usize {
    let default = if cfg!(debug_assertions) {
        3_000
    } else {
        20_000
    };
    std::env::var("BERTH_FUZZ_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn corpus(target: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz-corpus")
        .join(target);
    let mut seeds: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .collect()
        })
        .unwrap_or_default();
    seeds.sort();
    assert!(!seeds.is_empty(), "seed corpus {dir:?} is empty");
    seeds
}

/// Runs `check` on every seed and on `iterations()` mutants; fails on the first panic.
fn fuzz(target: &str, extra_seeds: &[&str], check: impl Fn(&str)) {
    let mut seeds = corpus(target);
    seeds.extend(extra_seeds.iter().map(|s| s.to_string()));
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ target.len() as u64);
    let n = iterations();
    let mut input = seeds[0].clone();
    for i in 0..n + seeds.len() {
        input = if i < seeds.len() {
            seeds[i].clone()
        } else if rng.below(8) == 0 {
            let seed = rng.below(seeds.len());
            mutate(&mut rng, &seeds[seed])
        } else {
            mutate(&mut rng, &input)
        };
        if catch_unwind(AssertUnwindSafe(|| check(&input))).is_err() {
            panic!(
                "{target}: input #{i} panicked; add it to tests/fuzz-corpus/{target}/:\n{input:?}"
            );
        }
        // Keep inputs from growing without bound.
        if input.len() > 400_000 {
            let seed = rng.below(seeds.len());
            input = seeds[seed].clone();
        }
    }
    eprintln!("fuzz {target}: {} inputs, no panic", n + seeds.len());
}

#[test]
fn fuzz_fragment_and_answers() {
    let c = default_catalog();
    fuzz("fragment", &[], |s| {
        let (answers, errors) = Answers::parse_lenient(&c, s);
        for e in &errors {
            let _ = e.message(Lang::Ko);
        }
        let rec = recommend(&answers, &c);
        let _ = berth::render::plain_text(&rec, &c, &answers, Lang::En);
        let _ = Answers::parse(&c, s.split(' '));
    });
}

#[test]
fn fuzz_catalog_json() {
    fuzz(
        "catalog",
        &[berth::default_content::DEFAULT_CATALOG_JSON],
        |s| match Catalog::from_json(s) {
            Ok(c) => {
                // Any catalog that validates can be ranked, rendered and round-tripped.
                let a = Answers::empty(&c);
                let rec = recommend(&a, &c);
                let _ = berth::record::decision_record(&rec, &c, &a, Lang::Ko, Default::default());
                assert!(Catalog::from_json(&c.to_json_pretty()).is_ok());
            }
            Err(problems) => {
                for p in problems {
                    let _ = p.message(Lang::En);
                }
            }
        },
    );
}

#[test]
fn fuzz_quiz_json() {
    let c = default_catalog();
    fuzz("quiz", &[quiz::DEFAULT_QUIZ_JSON], |s| {
        if let Ok(q) = Quiz::from_json(s, &c) {
            let settings = Settings::defaults(&q);
            let drawn = quiz::draw(&q, &settings);
            let responses: Vec<Option<Vec<usize>>> =
                drawn.iter().map(|d| Some(d.order.clone())).collect();
            let _ = quiz::mark(&q, &drawn, &responses, 50);
        }
    });
}

#[test]
fn fuzz_bundle_json() {
    let c = default_catalog();
    let en = berth::bundle::make(&c, quiz::DEFAULT_QUIZ_JSON, Lang::En).unwrap();
    fuzz(
        "bundle",
        &[&en],
        |s| match berth::bundle::Bundle::from_json(s) {
            Ok(b) => {
                // Any bundle that validates can be ranked and its quiz drawn and marked.
                let a = Answers::empty(&b.catalog);
                let _ = recommend(&a, &b.catalog);
                let drawn = quiz::draw(&b.quiz, &Settings::defaults(&b.quiz));
                let _ = quiz::mark(&b.quiz, &drawn, &vec![None; drawn.len()], 50);
            }
            Err(problems) => {
                for p in problems {
                    let _ = p.message(Lang::Ko);
                }
            }
        },
    );
}

#[test]
fn fuzz_stored_progress_and_result_links() {
    let c = default_catalog();
    let q = quiz::default_quiz(&c);
    let s = Settings::defaults(&q);
    let drawn = quiz::draw(&q, &s);
    fuzz("progress", &[], |input| {
        let _ = StoredProgress::read(input, &q, &s);
        if let Some(r) = quiz::decode_responses(input, &q, &drawn) {
            let m = quiz::mark(&q, &drawn, &r, 70);
            assert!(m.percent <= 100);
        }
    });
}

#[test]
fn fuzz_quiz_settings() {
    let c = default_catalog();
    let q = quiz::default_quiz(&c);
    fuzz("settings", &[], |input| {
        let mut s = Settings::defaults(&q);
        for item in input.split('&') {
            let (k, v) = item.split_once('=').unwrap_or((item, ""));
            let _ = s.apply(k, v, Lang::Ko);
        }
        let d = quiz::draw(&q, &s);
        assert!(d.len() <= s.count);
    });
}

/// The harness itself can fail: a decoder that panics on one token is caught.
#[test]
#[should_panic(expected = "panicked; add it to tests/fuzz-corpus/fragment/")]
fn harness_reports_a_panicking_input() {
    fuzz("fragment", &[], |s| {
        assert!(!s.contains("%zz"), "planted bug")
    });
}
