//! The widget's binary content (`berth bundle --binary`, `content/L.*.bin`):
//! exact round trips for both languages, the same recommendations and quiz
//! as the JSON bundle for every workload in the scenario table, and damaged
//! files (truncated, flipped bytes, garbled payloads with a good checksum,
//! dangling references) refused with an error, never a panic.

use berth::bundle::{self, Bundle, BundleDoc, Parts, ReadError};
use berth::quiz::{self, Settings, DEFAULT_QUIZ_JSON};
use berth::{default_catalog, recommend, render, Answers, Catalog, Lang};
use serde::Deserialize;
use std::panic::{catch_unwind, AssertUnwindSafe};

#[derive(Deserialize)]
struct Scenario {
    name: String,
    answers: String,
}

fn scenarios() -> Vec<Scenario> {
    serde_json::from_str(include_str!("data/scenarios.json")).expect("scenario table")
}

fn parts(lang: Lang) -> Parts {
    bundle::make_binary(&default_catalog(), DEFAULT_QUIZ_JSON, lang).expect("binary bundle")
}

fn shown(catalog: &Catalog, answers: &str, lang: Lang) -> String {
    let answers = Answers::parse(catalog, [answers]).expect("answers");
    let rec = recommend(&answers, catalog);
    render::plain_text(&rec, catalog, &answers, lang)
}

/// bundle → bytes → bundle is the identity, and the bytes are what the JSON
/// bundle reads back as (every field written, none skipped).
fn round_trip(lang: Lang) {
    let source = default_catalog();
    let json = bundle::make(&source, DEFAULT_QUIZ_JSON, lang).unwrap();
    let from_json: BundleDoc = serde_json::from_str(&json).unwrap();
    let doc = bundle::make_doc(&source, DEFAULT_QUIZ_JSON, lang).unwrap();
    assert_eq!(doc, from_json, "{lang:?}: make_doc is the JSON bundle");
    let bytes = doc.to_binary();
    assert_eq!(bytes, parts(lang), "{lang:?}: deterministic");
    let back = BundleDoc::from_binary(&bytes).unwrap();
    assert_eq!(back.catalog, doc.catalog, "{lang:?}: catalog round trip");
    assert_eq!(back.quiz, doc.quiz, "{lang:?}: quiz round trip");
    assert_eq!(back, doc, "{lang:?}: bundle round trip");
    // JSON writing is unchanged by the binary scope: empty fields stay out.
    assert!(!json.contains("\"except\":[]") && !json.contains("\"hint\":"));
}

/// The binary parts give the same catalog behaviour and quiz as the JSON bundle.
fn same_as_json(lang: Lang) {
    let source = default_catalog();
    let json = Bundle::from_json(&bundle::make(&source, DEFAULT_QUIZ_JSON, lang).unwrap()).unwrap();
    let p = parts(lang);
    let (catalog, sum) = bundle::read_catalog(&p.catalog).unwrap();
    let quiz = bundle::read_quiz(&p.quiz, &catalog, sum).unwrap();
    assert_eq!(catalog.document(), json.catalog.document());
    for s in scenarios() {
        for l in Lang::ALL {
            assert_eq!(
                shown(&catalog, &s.answers, l),
                shown(&json.catalog, &s.answers, l),
                "{lang:?} binary catalog differs from the JSON one for scenario {}",
                s.name
            );
        }
    }
    assert_eq!(quiz.document(), json.quiz.document());
    assert_eq!(quiz.content_hash(), json.quiz.content_hash());
    for i in 0..quiz.len() {
        assert_eq!(quiz.correct(i), json.quiz.correct(i), "question {i}");
        for c in 0..quiz.question(i).choices.len() {
            assert_eq!(
                quiz.explanation(i, c, lang),
                json.quiz.explanation(i, c, lang)
            );
        }
    }
}

#[test]
fn english_round_trip() {
    round_trip(Lang::En);
    same_as_json(Lang::En);
}

#[test]
fn korean_round_trip() {
    round_trip(Lang::Ko);
    same_as_json(Lang::Ko);
}

#[test]
fn parts_are_not_interchangeable() {
    let en = parts(Lang::En);
    let ko = parts(Lang::Ko);
    assert!(matches!(
        bundle::read_catalog(&en.quiz),
        Err(ReadError::NotThisPart(_))
    ));
    let (catalog, sum) = bundle::read_catalog(&en.catalog).unwrap();
    assert!(matches!(
        bundle::read_quiz(&en.catalog, &catalog, sum),
        Err(ReadError::NotThisPart(_))
    ));
    // A quiz part of another build (here: the other language) is refused.
    assert_eq!(
        bundle::read_quiz(&ko.quiz, &catalog, sum).err(),
        Some(ReadError::OtherCatalog)
    );
    assert!(bundle::read_catalog(&[]).is_err());
    assert!(bundle::read_catalog(b"{\"format\":\"berth-bundle/1\"}").is_err());
}

#[path = "support/rng.rs"]
mod rng;
use rng::Rng;

/// Reads a catalog part and, when one is given, a quiz part; on success
/// uses what was read (ranks, renders, draws and marks). Must never panic.
fn read_and_use(catalog_bytes: &[u8], quiz_bytes: Option<&[u8]>) -> Result<(), ReadError> {
    let (catalog, sum) = bundle::read_catalog(catalog_bytes)?;
    let a = Answers::empty(&catalog);
    let rec = recommend(&a, &catalog);
    let _ = render::plain_text(&rec, &catalog, &a, Lang::En);
    if let Some(q) = quiz_bytes {
        let quiz = bundle::read_quiz(q, &catalog, sum)?;
        let drawn = quiz::draw(&quiz, &Settings::defaults(&quiz));
        let responses: Vec<Option<Vec<usize>>> =
            drawn.iter().map(|d| Some(d.order.clone())).collect();
        let _ = quiz::mark(&quiz, &drawn, &responses, 50);
        for d in &drawn {
            for &c in &d.order {
                let _ = quiz.explanation(d.question, c, Lang::Ko);
                let _ = quiz.choice_label(&catalog, d.question, c, Lang::Ko);
            }
        }
    }
    Ok(())
}

fn no_panic(what: &str, f: impl FnOnce() -> Result<(), ReadError>) -> Result<(), ReadError> {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(r) => r,
        Err(_) => panic!("{what}: panicked"),
    }
}

/// Truncations at many lengths and single-byte flips: every one an error.
#[test]
fn damaged_files_are_errors() {
    let p = parts(Lang::En);
    for (name, bytes) in [("catalog", &p.catalog), ("quiz", &p.quiz)] {
        let check = |damaged: &[u8], what: String| {
            let r = if name == "catalog" {
                no_panic(&what, || read_and_use(damaged, None))
            } else {
                no_panic(&what, || read_and_use(&p.catalog, Some(damaged)))
            };
            assert!(r.is_err(), "{what}: read without an error");
        };
        let n = bytes.len();
        let lengths = (0..64).chain((64..n).step_by(211)).chain([n - 1]);
        for len in lengths {
            check(&bytes[..len], format!("{name} cut at {len}"));
        }
        let mut rng = Rng(0x2545_f491_4f6c_dd1d ^ n as u64);
        for _ in 0..600 {
            let mut damaged = bytes.clone();
            let at = rng.below(n);
            damaged[at] ^= 1 << rng.below(8);
            check(&damaged, format!("{name} with byte {at} flipped"));
        }
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A frame whose payload is `payload`, with a checksum that matches.
fn reframe(like: &[u8], payload: &[u8]) -> Vec<u8> {
    let mut out = like[..8].to_vec();
    out.extend_from_slice(&fnv1a(payload).to_le_bytes());
    out.extend_from_slice(payload);
    out
}

/// Garbled payloads behind a good checksum (what a bad build could make):
/// the decoder and the structural checks refuse them or give content that
/// works; never a panic.
#[test]
fn garbled_payloads_never_panic() {
    let p = parts(Lang::En);
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let iterations = if cfg!(debug_assertions) { 400 } else { 3_000 };
    let mut errors = 0;
    for i in 0..iterations {
        let quiz_target = i % 2 == 1;
        let frame = if quiz_target { &p.quiz } else { &p.catalog };
        let mut payload = frame[16..].to_vec();
        for _ in 0..1 + rng.below(4) {
            let at = rng.below(payload.len());
            match rng.below(4) {
                0 => payload[at] = rng.next() as u8,
                1 => payload[at] = payload[at].wrapping_add(1),
                2 => {
                    payload.remove(at);
                }
                _ => payload.insert(at, rng.next() as u8),
            }
        }
        let damaged = reframe(frame, &payload);
        let what = format!(
            "garbled {} #{i}",
            if quiz_target { "quiz" } else { "catalog" }
        );
        let r = if quiz_target {
            // The quiz names its catalog part by checksum: keep that one.
            no_panic(&what, || read_and_use(&p.catalog, Some(&damaged)))
        } else {
            no_panic(&what, || read_and_use(&damaged, None))
        };
        errors += usize::from(r.is_err());
    }
    assert!(errors > iterations / 2, "most garbled payloads are refused");
}

/// A catalog that skipped validation and refers to what it lacks: an error
/// naming the reference, not a panic (the widget does not validate).
#[test]
fn dangling_references_are_errors() {
    let doc = bundle::make_doc(&default_catalog(), DEFAULT_QUIZ_JSON, Lang::En).unwrap();
    type Break = Box<dyn Fn(&mut BundleDoc)>;
    let cases: Vec<(&str, Break)> = vec![
        (
            "question",
            Box::new(|d| d.catalog.questions[0].id = "gone".into()),
        ),
        (
            "answer",
            Box::new(|d| {
                for q in &mut d.catalog.questions {
                    for a in &mut q.answers {
                        a.id.push('x');
                    }
                }
            }),
        ),
        (
            "fact",
            Box::new(|d| {
                for o in &mut d.catalog.options {
                    for f in &mut o.facts {
                        f.id.push('x');
                    }
                }
            }),
        ),
        ("source", Box::new(|d| d.catalog.sources.clear())),
        (
            "cell",
            Box::new(|d| d.catalog.options[0].capabilities.clear()),
        ),
        ("options", Box::new(|d| d.catalog.options.clear())),
        (
            "too many answers",
            Box::new(|d| {
                let a = d.catalog.questions[0].answers[0].clone();
                d.catalog.questions[0].answers = vec![a; 65];
            }),
        ),
    ];
    for (name, break_it) in cases {
        let mut d = doc.clone();
        break_it(&mut d);
        let r = no_panic(name, || read_and_use(&d.to_binary().catalog, None));
        assert!(
            matches!(r, Err(ReadError::Inconsistent(_))),
            "{name}: {r:?}"
        );
    }
    // A quiz whose correct answer or scenario choice does not resolve.
    let mut d = doc.clone();
    for q in &mut d.quiz.questions {
        q.correct = vec!["nope".into()];
        for c in &mut q.choices {
            c.id.push('x');
        }
    }
    let p = d.to_binary();
    let r = no_panic("quiz", || read_and_use(&p.catalog, Some(&p.quiz)));
    assert!(matches!(r, Err(ReadError::Inconsistent(_))), "{r:?}");
}
