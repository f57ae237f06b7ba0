//! Words for the engine's results: reasons, why-nots, "what would change",
//! and a plain-text ranking for the CLI (the Markdown decision record is
//! `crate::record`).
//!
//! Everything is rendered from the catalog's own text, so a custom catalog
//! gets the same explanations as the default one.

use crate::answers::{value_label, Answers};
use crate::catalog::{Catalog, Effect, RuleOrigin, Test};
use crate::engine::{Alternative, Change, Fired, Fit, Recommendation};
use crate::matrix::{self, CellValue, Need, Verdict};
use crate::model::DimensionKind;
use crate::model::{Source, StatusKind};
use crate::quantity::{self, Dimension};
use crate::text::Lang;
use crate::text::Text;

/// Fixed interface strings shared by the CLI, the report and the widget.
pub fn ui(key: UiText, lang: Lang) -> &'static str {
    use UiText::*;
    let (ko, en) = match key {
        Ranking => ("순위", "Ranking"),
        WhyNot => ("제외된 선택지와 이유", "Ruled out, and why"),
        WhatWouldChange => (
            "무엇이 바뀌면 답이 달라지나",
            "What would change the answer",
        ),
        NoChange => (
            "답 하나만 바꿔서는 1위가 바뀌지 않습니다.",
            "No single answer change would change the winner.",
        ),
        NoAnswersYet => (
            "아직 답이 없어 기본 선호 순서로 보여 줍니다.",
            "No answers yet: showing the catalog's default order.",
        ),
        Tie => ("동점", "tie"),
        Source => ("출처", "Source"),
        AsOf => ("기준일", "as of"),
        ThirdParty => (
            "제3자 자료, 실제 확인 필요",
            "third-party figure, check live",
        ),
        NothingFits => (
            "모든 선택지가 제외되었습니다. 아래 '무엇이 바뀌면'을 보세요.",
            "Every option is ruled out. See what would change the answer.",
        ),
        Reasons => ("맞는 이유", "Why it fits"),
        Caveats => ("주의할 점", "Watch out for"),
        Score => ("점수", "score"),
    };
    lang.pick(ko, en)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UiText {
    Ranking,
    WhyNot,
    WhatWouldChange,
    NoChange,
    NoAnswersYet,
    Tie,
    Source,
    AsOf,
    ThirdParty,
    NothingFits,
    Reasons,
    Caveats,
    Score,
}

pub fn fit_label(fit: Fit, lang: Lang) -> &'static str {
    match fit {
        Fit::Best => lang.pick("최적", "Best fit"),
        Fit::Strong => lang.pick("잘 맞음", "Strong fit"),
        Fit::Possible => lang.pick("가능", "Possible"),
        Fit::Weak => lang.pick("약함", "Weak fit"),
    }
}

/// "Max run time: 40 min (limit 15 min)" — the answers that made a rule fire.
pub fn conditions_text(
    catalog: &Catalog,
    option: usize,
    rule: usize,
    answers: &Answers,
    lang: Lang,
) -> String {
    let rule = &catalog.compiled_option(option).rules[rule];
    let mut parts = Vec::new();
    for condition in &rule.conditions {
        let question = catalog.question(condition.question);
        let label = question.label.get(lang);
        let given = answers
            .get(condition.question)
            .map(|value| value_label(catalog, condition.question, value, lang));
        let dimension = question.dimension.unwrap_or(Dimension::Duration);
        let part = match (condition.test, given) {
            (Test::Above(threshold), Some(given)) => {
                let limit = quantity::format(dimension, threshold, lang);
                match lang {
                    Lang::Ko => format!("{label}: {given} (한도 {limit} 초과)"),
                    Lang::En => format!("{label}: {given} (over the {limit} limit)"),
                }
            }
            (Test::AtMost(threshold), Some(given)) => {
                let limit = quantity::format(dimension, threshold, lang);
                format!("{label}: {given} (≤ {limit})")
            }
            (_, Some(given)) => format!("{label}: {given}"),
            (_, None) => format!("{label}: {}", lang.pick("모름", "not answered")),
        };
        parts.push(part);
    }
    parts.join("; ")
}

/// Why a rule fired, in a sentence a person would write: a capability
/// cell's sentence ("Runs for at most 15 min; this needs 40 min."), the
/// status ("Closed to new customers since …"), or the fact behind a score
/// with the answers that made it count ("Batch job: Batch plans, schedules
/// and runs jobs …"). The source is shown beside it, never inside.
pub fn fired_text(
    catalog: &Catalog,
    option: usize,
    fired: &Fired,
    answers: &Answers,
    lang: Lang,
) -> String {
    let rule = &catalog.compiled_option(option).rules[fired.rule];
    match rule.origin {
        RuleOrigin::Status => status_text(catalog, option, lang),
        RuleOrigin::Cell { dimension, .. } => {
            let (value, _) = matrix::applicable(catalog.cell(option, dimension), answers);
            let need = matrix::need(catalog, dimension, answers);
            let verdict = if rule.effect == Effect::Unconfirmed {
                Verdict::Unknown
            } else {
                Verdict::Lacks
            };
            cell_sentence(catalog, dimension, value, need, verdict, lang)
        }
        RuleOrigin::Rule(_) => {
            let fact = catalog.option(option).facts[fired.fact].text.get(lang);
            let given: Vec<String> = rule
                .conditions
                .iter()
                .filter_map(|c| {
                    answers
                        .get(c.question)
                        .map(|v| value_label(catalog, c.question, v, lang))
                })
                .collect();
            if given.is_empty() {
                fact.to_string()
            } else {
                format!("{}: {fact}", given.join(", "))
            }
        }
    }
}

/// A capability cell as a sentence about the option, for a need and how the
/// cell meets it: the dimension's own phrase with `{limit}` and `{need}`
/// filled in, or a plain "label: value" when the catalog gives none.
pub fn cell_sentence(
    catalog: &Catalog,
    dimension: usize,
    value: CellValue,
    need: Option<Need>,
    verdict: Verdict,
    lang: Lang,
) -> String {
    let doc = catalog.dimension(dimension);
    let label = doc.label.get(lang);
    let unit = dimension_unit(catalog, dimension);
    let limit = match value {
        CellValue::Limit(v) => quantity::format(unit, v, lang),
        other => value_word(other, lang).to_string(),
    };
    let need_text = match need {
        Some(Need::Quantity(v)) => quantity::format(unit, v, lang),
        _ => String::new(),
    };
    cell_template(doc, verdict, lang)
        .replace("{label}", label)
        .replace("{limit}", &limit)
        .replace("{need}", &need_text)
}

/// The sentence pattern for a cell: the dimension's own phrase for the
/// verdict, or Berth's fallback when the catalog gives none.
fn cell_template(dimension: &crate::model::DimensionDoc, verdict: Verdict, lang: Lang) -> &str {
    let (phrase, fallback) = match (verdict, dimension.kind) {
        (Verdict::Lacks, DimensionKind::Limit) => (
            &dimension.phrases.lacks,
            lang.pick(
                "{label}: 최대 {limit}, 필요 {need}",
                "{label}: at most {limit}, {need} needed",
            ),
        ),
        (Verdict::Lacks, DimensionKind::Capability) => (
            &dimension.phrases.lacks,
            lang.pick("{label}: 지원 안 함", "{label}: not available"),
        ),
        (Verdict::Fits, DimensionKind::Limit) => (
            &dimension.phrases.fits,
            lang.pick(
                "{label}: 최대 {limit}, {need} 가능",
                "{label}: up to {limit}, so {need} fits",
            ),
        ),
        (Verdict::Fits, DimensionKind::Capability) => (
            &dimension.phrases.fits,
            lang.pick("{label}: 지원", "{label}: available"),
        ),
        (Verdict::Unlimited, _) => (
            &dimension.phrases.unlimited,
            lang.pick("{label}: 제한 없음", "{label}: no limit"),
        ),
        (Verdict::Unknown, _) => (
            &NO_PHRASE,
            lang.pick(
                "{label}: 출처에 명시 없음",
                "{label}: not stated in the sources",
            ),
        ),
    };
    if phrase.get(lang).is_empty() {
        fallback
    } else {
        phrase.get(lang)
    }
}

/// No phrase of the catalog's own: the fallback speaks.
static NO_PHRASE: Text = Text {
    ko: String::new(),
    en: String::new(),
};

/// The unit of a limit dimension's question (durations when it has none).
fn dimension_unit(catalog: &Catalog, dimension: usize) -> Dimension {
    catalog
        .compiled_dimension(dimension)
        .question
        .and_then(|q| catalog.question(q).dimension)
        .unwrap_or(Dimension::Duration)
}

/// "No limit", "Yes", "Not stated"… (a limit's number is formatted by the caller).
pub fn value_word(value: CellValue, lang: Lang) -> &'static str {
    match value {
        CellValue::Limit(_) => "",
        CellValue::NoLimit => lang.pick("제한 없음", "No limit"),
        CellValue::Yes => lang.pick("예", "Yes"),
        CellValue::No => lang.pick("아니요", "No"),
        CellValue::NotStated => lang.pick("명시 없음", "Not stated"),
    }
}

/// A cell as the comparison table and fact sheet show it, the same words and
/// units everywhere: "15 min", "No limit", "Yes; Windows: No",
/// "16 vCPU; Windows: 4 vCPU".
pub fn cell_text(catalog: &Catalog, option: usize, dimension: usize, lang: Lang) -> String {
    let cell = catalog.cell(option, dimension);
    let unit = dimension_unit(catalog, dimension);
    let word = |v: CellValue| match v {
        CellValue::Limit(x) => quantity::format(unit, x, lang),
        other => value_word(other, lang).to_string(),
    };
    let mut text = word(cell.value);
    for case in &cell.cases {
        let when: Vec<String> = case
            .when
            .iter()
            .map(|c| condition_words(catalog, c, lang))
            .collect();
        text.push_str(&format!("; {}: {}", when.join(", "), word(case.value)));
    }
    text
}

/// A compiled condition in words: "Windows", "> 15 min".
fn condition_words(catalog: &Catalog, c: &crate::catalog::CompiledCondition, lang: Lang) -> String {
    let q = catalog.question(c.question);
    let dim = q.dimension.unwrap_or(Dimension::Duration);
    match c.test {
        Test::OneOf(mask) => q
            .answers
            .iter()
            .enumerate()
            .filter(|(i, _)| *i < 64 && mask & (1u64 << i) != 0)
            .map(|(_, a)| a.label.get(lang))
            .collect::<Vec<_>>()
            .join(" / "),
        Test::Above(t) => format!("> {}", quantity::format(dim, t, lang)),
        Test::AtMost(t) => format!("≤ {}", quantity::format(dim, t, lang)),
    }
}

/// "Why it fits" lines from the capability matrix: for each need the answers
/// state, how the option meets it ("No run-time limit, so 40 min is fine.").
/// Options that lack a need are ruled out, so only fits, no-limits and
/// not-stated needs appear (a not-stated one is a caveat: Berth cannot
/// confirm it).
pub fn matrix_fits(
    catalog: &Catalog,
    option: usize,
    answers: &Answers,
    lang: Lang,
) -> Vec<(Verdict, String)> {
    matrix::assess(catalog, option, answers)
        .into_iter()
        .filter(|a| a.verdict != Verdict::Lacks)
        .map(|a| {
            let text = cell_sentence(catalog, a.dimension, a.value, Some(a.need), a.verdict, lang);
            (a.verdict, text)
        })
        .collect()
}

/// The text for an option ruled out by its lifecycle status: what changed
/// and when, where the vendor points instead, and how a reader who is
/// still eligible says so ("Closed to new customers since 2026-04-30; the
/// vendor points to ECS Express Mode. (If that is you, answer …)"). The
/// status fact itself is the evidence, shown with its source.
pub fn status_text(catalog: &Catalog, option: usize, lang: Lang) -> String {
    let o = catalog.option(option);
    let Some(status) = &o.status else {
        return String::new();
    };
    let mut s = match (status.kind, lang) {
        (StatusKind::ClosedToNewCustomers, Lang::Ko) => {
            format!("{}부터 신규 고객을 받지 않습니다", status.since)
        }
        (StatusKind::ClosedToNewCustomers, Lang::En) => {
            format!("Closed to new customers since {}", status.since)
        }
        (StatusKind::EndOfSupport, Lang::Ko) => format!("{}에 지원이 끝났습니다", status.since),
        (StatusKind::EndOfSupport, Lang::En) => format!("End of support since {}", status.since),
    };
    let successor = status
        .successor
        .as_deref()
        .and_then(|id| catalog.option_index(id))
        .map(|i| catalog.option(i).name.get(lang));
    match (successor, lang) {
        (Some(name), Lang::Ko) => s.push_str(&format!(". 대신 권장되는 곳: {name}.")),
        (Some(name), Lang::En) => s.push_str(&format!("; AWS points to {name} instead.")),
        (None, _) => s.push('.'),
    }
    let unless: Vec<String> = status
        .available_if
        .iter()
        .filter_map(|c| {
            let qi = catalog.question_index(&c.question)?;
            let q = catalog.question(qi);
            let answers: Vec<&str> = c
                .answers
                .iter()
                .filter_map(|a| {
                    q.answers
                        .iter()
                        .find(|qa| &qa.id == a)
                        .map(|qa| qa.label.get(lang))
                })
                .collect();
            Some(format!("{} = {}", q.label.get(lang), answers.join(" / ")))
        })
        .collect();
    if !unless.is_empty() {
        s.push(' ');
        s.push_str(&match lang {
            // Worded so no particle depends on the quoted text's last syllable.
            Lang::Ko => format!("(해당되면 다음처럼 답하세요: {})", unless.join(", ")),
            Lang::En => format!("(If that is you, answer '{}'.)", unless.join(", ")),
        });
    }
    s
}

/// How an alternative answer reads: "≤ 15 min", "Windows", "not answered".
pub fn alternative_text(
    catalog: &Catalog,
    question: usize,
    alt: Alternative,
    lang: Lang,
) -> String {
    let q = catalog.question(question);
    let dim = q.dimension.unwrap_or(Dimension::Duration);
    match alt {
        Alternative::Unanswered => lang.pick("모름", "not answered").to_string(),
        Alternative::Choice(i) => q
            .answers
            .get(i)
            .map(|a| a.label.get(lang).to_string())
            .unwrap_or_default(),
        Alternative::AtMost(v) => format!("≤ {}", quantity::format(dim, v, lang)),
        Alternative::Above(t, _) => format!("> {}", quantity::format(dim, t, lang)),
    }
}

/// The `key=value` form of an alternative, so a reader can try it.
pub fn alternative_query(catalog: &Catalog, question: usize, alt: Alternative) -> String {
    let q = catalog.question(question);
    let dim = q.dimension.unwrap_or(Dimension::Duration);
    let v = match alt {
        Alternative::Unanswered => "unknown".to_string(),
        Alternative::Choice(i) => q.answers.get(i).map(|a| a.id.clone()).unwrap_or_default(),
        Alternative::AtMost(v) => quantity::canonical(dim, v),
        Alternative::Above(_, v) => quantity::canonical(dim, v),
    };
    format!("{}={v}", q.id)
}

/// "If Max run time were ≤ 15 min, Lambda would rank first."
pub fn change_text(catalog: &Catalog, change: &Change, lang: Lang) -> String {
    let q = catalog.question(change.question).label.get(lang);
    let alt = alternative_text(catalog, change.question, change.to, lang);
    let winner = catalog.option(change.winner).name.get(lang);
    match lang {
        // "X = Y일 때" needs no particle chosen by the last syllable of X or Y.
        Lang::Ko => {
            // A quantity alternative already starts with its comparison sign (≤, >).
            let eq = if alt.starts_with('≤') || alt.starts_with('>') {
                ""
            } else {
                "= "
            };
            format!("'{q}' {eq}{alt}일 때 → 1위: {winner}")
        }
        Lang::En => format!("If “{q}” were {alt} → {winner} would rank first."),
    }
}

/// "Source: Lambda quotas (as of 2026-10) <url>".
pub fn source_text(source: &Source, lang: Lang) -> String {
    let third = if source.third_party {
        format!("; {}", ui(UiText::ThirdParty, lang))
    } else {
        String::new()
    };
    format!(
        "{} ({} {}{third}) <{}>",
        source.title,
        ui(UiText::AsOf, lang),
        source.as_of,
        source.url
    )
}

/// The whole result as plain text (the CLI's output).
pub fn plain_text(
    rec: &Recommendation,
    catalog: &Catalog,
    answers: &Answers,
    lang: Lang,
) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "{}", catalog.document().title.get(lang));
    if answers.answered_count() == 0 {
        let _ = writeln!(out, "{}", ui(UiText::NoAnswersYet, lang));
    }
    write_ranking(&mut out, rec, catalog, answers, lang);
    write_why_not(&mut out, rec, catalog, answers, lang);
    write_what_would_change(&mut out, rec, catalog, lang);
    out
}

/// "## Ranking": every ranked option with its fit, the top three with their details.
fn write_ranking(
    out: &mut String,
    rec: &Recommendation,
    catalog: &Catalog,
    answers: &Answers,
    lang: Lang,
) {
    use std::fmt::Write;
    let _ = writeln!(out, "\n## {}", ui(UiText::Ranking, lang));
    if rec.ranked.is_empty() {
        let _ = writeln!(out, "{}", ui(UiText::NothingFits, lang));
    }
    for (i, ranked) in rec.ranked.iter().enumerate() {
        let option = catalog.option(ranked.option);
        let tie = if ranked.tied_with_top && i > 0 {
            format!(" ({})", ui(UiText::Tie, lang))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{}. {} [{}] — {} {}{tie}",
            i + 1,
            option.name.get(lang),
            option.id,
            fit_label(ranked.fit, lang),
            bar(ranked.fit_percent)
        );
        if i < 3 {
            write_ranked_details(out, ranked, catalog, answers, lang);
        }
    }
}

/// How a top option meets each stated need (✓, or ? when unconfirmed),
/// then up to four reasons (+) and three caveats (-).
fn write_ranked_details(
    out: &mut String,
    ranked: &crate::engine::Ranked,
    catalog: &Catalog,
    answers: &Answers,
    lang: Lang,
) {
    use std::fmt::Write;
    for (verdict, line) in matrix_fits(catalog, ranked.option, answers, lang) {
        let mark = if verdict == Verdict::Unknown {
            "?"
        } else {
            "✓"
        };
        let _ = writeln!(out, "   {mark} {line}");
    }
    let reasons = ranked.reasons.iter().take(4).map(|fired| ('+', fired));
    let caveats = ranked.caveats.iter().take(3).map(|fired| ('-', fired));
    for (sign, fired) in reasons.chain(caveats) {
        let text = fired_text(catalog, ranked.option, fired, answers, lang);
        let _ = writeln!(out, "   {sign} {text}");
    }
}

/// "## Ruled out, and why": each eliminated option with every rule and its source.
fn write_why_not(
    out: &mut String,
    rec: &Recommendation,
    catalog: &Catalog,
    answers: &Answers,
    lang: Lang,
) {
    use std::fmt::Write;
    if rec.eliminated.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}", ui(UiText::WhyNot, lang));
    for eliminated in &rec.eliminated {
        let option = catalog.option(eliminated.option);
        let _ = writeln!(out, "× {} [{}]", option.name.get(lang), option.id);
        for fired in &eliminated.by {
            let text = fired_text(catalog, eliminated.option, fired, answers, lang);
            let source = source_text(catalog.source_of(eliminated.option, fired.fact), lang);
            let _ = writeln!(out, "   {text}");
            let _ = writeln!(out, "   {}: {source}", ui(UiText::Source, lang));
        }
    }
}

/// "## What would change the answer": each change once, with its `key=value` form.
fn write_what_would_change(out: &mut String, rec: &Recommendation, catalog: &Catalog, lang: Lang) {
    use std::fmt::Write;
    let _ = writeln!(out, "\n## {}", ui(UiText::WhatWouldChange, lang));
    let changes = unique_changes(rec);
    for change in &changes {
        let _ = writeln!(
            out,
            "→ {}  [{}]",
            change_text(catalog, change, lang),
            alternative_query(catalog, change.question, change.to)
        );
    }
    if changes.is_empty() {
        let _ = writeln!(out, "{}", ui(UiText::NoChange, lang));
    }
}

/// Every change of every top option's "what if" list, each once, in order.
pub fn unique_changes(rec: &Recommendation) -> Vec<Change> {
    let mut seen: Vec<Change> = Vec::new();
    for c in rec.what_if.iter().flat_map(|w| w.changes.iter()) {
        if !seen.contains(c) {
            seen.push(*c);
        }
    }
    seen
}

fn bar(percent: u8) -> String {
    let filled = usize::from(percent).div_ceil(10);
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled.min(10)))
}
