//! Scenario table: realistic workloads with the picks the facts support.
//! Data in `tests/data/scenarios.json`; each row says which option must win,
//! which others must still be ranked, and which must be ruled out.

use berth::{default_catalog, recommend, Answers, Catalog};
use serde::Deserialize;

#[derive(Deserialize)]
struct Scenario {
    name: String,
    answers: String,
    top: Vec<String>,
    acceptable: Vec<String>,
    eliminated: Vec<String>,
    why: String,
}

/// The one check: winner ∈ `top`; `top`/`acceptable` options still ranked; `eliminated` ruled out.
fn check(catalog: &Catalog, s: &Scenario) -> Result<(), String> {
    let answers =
        Answers::parse(catalog, [s.answers.as_str()]).map_err(|e| format!("answers: {e:?}"))?;
    let rec = recommend(&answers, catalog);
    let id = |i: usize| catalog.option(i).id.as_str();
    let ranked: Vec<&str> = rec.ranked.iter().map(|r| id(r.option)).collect();
    let eliminated: Vec<&str> = rec.eliminated.iter().map(|e| id(e.option)).collect();
    let winner = ranked.first().copied().unwrap_or("(none)");
    if !s.top.iter().any(|t| t == winner) {
        return Err(format!(
            "winner {winner}, expected one of {:?}; ranking {ranked:?}",
            s.top
        ));
    }
    for a in s.top.iter().chain(&s.acceptable) {
        if !ranked.contains(&a.as_str()) {
            return Err(format!("{a} should be ranked but is eliminated"));
        }
    }
    for e in &s.eliminated {
        if !eliminated.contains(&e.as_str()) {
            return Err(format!("{e} should be eliminated; ranking {ranked:?}"));
        }
    }
    Ok(())
}

#[test]
fn scenario_table() {
    let catalog = default_catalog();
    let scenarios: Vec<Scenario> =
        serde_json::from_str(include_str!("data/scenarios.json")).expect("scenarios.json parses");
    assert!(scenarios.len() >= 60, "at least 60 scenarios");
    let mut failures = Vec::new();
    for s in &scenarios {
        assert!(
            !s.why.is_empty(),
            "{}: every scenario cites its justification",
            s.name
        );
        if let Err(e) = check(&catalog, s) {
            failures.push(format!("- {}: {e}", s.name));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scenarios failed:\n{}",
        failures.len(),
        scenarios.len(),
        failures.join("\n")
    );
}

/// Every option of the catalog is the right answer somewhere: a scenario
/// table where an option never wins cannot show that its rules are right.
#[test]
fn every_option_wins_at_least_one_scenario() {
    let catalog = default_catalog();
    let scenarios: Vec<Scenario> =
        serde_json::from_str(include_str!("data/scenarios.json")).expect("scenarios.json parses");
    let mut never: Vec<&str> = catalog.options().iter().map(|o| o.id.as_str()).collect();
    for s in &scenarios {
        let answers = Answers::parse(&catalog, [s.answers.as_str()]).expect("answers parse");
        if let Some(top) = recommend(&answers, &catalog).ranked.first() {
            never.retain(|id| *id != catalog.option(top.option).id);
        }
    }
    assert!(
        never.is_empty(),
        "options that never win a scenario: {never:?}"
    );
}
