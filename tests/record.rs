//! The decision record (ADR) as whole-output snapshots: the reader sees the
//! complete Markdown, not fragments. Snapshots live in `tests/data/records/`;
//! after a deliberate change, `BERTH_BLESS=1 cargo test --test record`
//! rewrites them (review the diff).
//!
//! The hostile case fills every text of a catalog with Markdown and HTML
//! payloads (issue #16): the record must keep them as text.

#[path = "support/snapshot.rs"]
mod snapshot;
use berth::record::{decision_record, RecordMeta};
use berth::{default_catalog, recommend, Answers, Catalog, Lang};
use snapshot::check_snapshot;

const META: RecordMeta<'static> = RecordMeta {
    date: "2026-11-26",
    link: Some("https://docs.example.org/berth/#workload=batch&runtime=40m"),
};

fn check(name: &str, catalog: &Catalog, answers: &[&str], lang: Lang, meta: RecordMeta<'_>) {
    let answers = Answers::parse(catalog, answers).unwrap();
    let rec = recommend(&answers, catalog);
    let got = decision_record(&rec, catalog, &answers, lang, meta);
    check_snapshot(&format!("records/{name}.md"), &got);
    for section in [
        ["## 맥락", "## Context"],
        ["## 결정", "## Decision"],
        ["## 대안", "## Alternatives"],
        ["## 결과", "## Consequences"],
        ["## 출처", "## Sources"],
        ["## 재현", "## Reproduce"],
    ] {
        let heading = lang.pick(section[0], section[1]);
        assert!(got.contains(heading), "{name}: has {heading}");
    }
}

#[test]
fn batch_job_en() {
    let c = default_catalog();
    check(
        "batch-en",
        &c,
        &["workload=batch", "runtime=40m", "image=6GB"],
        Lang::En,
        META,
    );
}

#[test]
fn event_function_ko() {
    let c = default_catalog();
    check(
        "event-ko",
        &c,
        &["workload=event", "runtime=20s"],
        Lang::Ko,
        META,
    );
}

#[test]
fn no_answers_from_the_command_line() {
    let c = default_catalog();
    let meta = RecordMeta {
        date: "2026-11-26",
        link: None,
    };
    check("no-answers-en", &c, &[], Lang::En, meta);
}

/// Every text of the example catalog replaced by a payload.
fn hostile_catalog() -> Catalog {
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("data/custom-catalog.json")).unwrap();
    let payloads = [
        "<img src=x onerror=alert(1)>",
        "<script>alert(2)</script>",
        "[click](javascript:alert(3))",
        "**bold** _x_ `code` | cell ~~s~~",
        "line\n\n# Heading\n- item ![i](https://e/x.png)",
        "&lt;b&gt; \\ <a href=\"https://e\">a</a>",
    ];
    let mut k = 0;
    fn poison(v: &mut serde_json::Value, payloads: &[&str], k: &mut usize) {
        match v {
            serde_json::Value::Object(map) => {
                for (key, value) in map.iter_mut() {
                    if matches!(key.as_str(), "ko" | "en" | "title") && value.is_string() {
                        *value = payloads[*k % payloads.len()].into();
                        *k += 1;
                    } else {
                        poison(value, payloads, k);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                items.iter_mut().for_each(|i| poison(i, payloads, k))
            }
            _ => {}
        }
    }
    poison(&mut doc, &payloads, &mut k);
    // A URL that passes validation but holds characters that matter in Markdown.
    doc["sources"][0]["url"] = "https://example.org/a_(b)*c*?d=[e]&f=%3C".into();
    Catalog::from_json(&doc.to_string()).unwrap()
}

#[test]
fn hostile_content_stays_text() {
    let c = hostile_catalog();
    let meta = RecordMeta {
        date: "2026-11-26",
        link: Some("https://docs.example.org/a page/<x>#team=small&data=500GB"),
    };
    check(
        "hostile-en",
        &c,
        &["team=small", "data=500GB"],
        Lang::En,
        meta,
    );
    let answers = Answers::parse(&c, ["team=small", "data=500GB"]).unwrap();
    let md = decision_record(&recommend(&answers, &c), &c, &answers, Lang::Ko, meta);
    // No raw tag, link, image or block can come from content.
    for raw in [
        "<img",
        "<script",
        "<a ",
        "](javascript:",
        "![",
        "\n# Heading",
        "\n- item",
        "<x>",
    ] {
        // Present only escaped: every occurrence follows a backslash.
        let unescaped = md
            .match_indices(raw)
            .any(|(at, _)| !md[..at].ends_with('\\'));
        assert!(!unescaped, "raw {raw:?} in:\n{md}");
    }
}
