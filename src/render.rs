//! Words for the engine's results: reasons, why-nots, "what would change",
//! and a plain-text ranking for the CLI (the Markdown decision record is
//! `crate::record`).
//!
//! Everything is rendered from the catalog's own text, so a custom catalog
//! gets the same explanations as the default one.

use crate::answers::{value_label, Answers};
use crate::catalog::{Catalog, RuleOrigin, Test};
use crate::engine::{Alternative, Change, Fired, Fit, Recommendation};
use crate::model::{Source, StatusKind};
use crate::quantity::{self, Dimension};
use crate::text::Lang;

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
    let r = &catalog.compiled_option(option).rules[rule];
    let mut parts = Vec::new();
    for c in &r.conditions {
        let q = catalog.question(c.question);
        let label = q.label.get(lang);
        let given = answers
            .get(c.question)
            .map(|v| value_label(catalog, c.question, v, lang));
        let dim = q.dimension.unwrap_or(Dimension::Duration);
        let part = match (c.test, given) {
            (Test::Above(t), Some(g)) => {
                let limit = quantity::format(dim, t, lang);
                if lang == Lang::Ko {
                    format!("{label}: {g} (한도 {limit} 초과)")
                } else {
                    format!("{label}: {g} (over the {limit} limit)")
                }
            }
            (Test::AtMost(t), Some(g)) => {
                let limit = quantity::format(dim, t, lang);
                format!("{label}: {g} (≤ {limit})")
            }
            (_, Some(g)) => format!("{label}: {g}"),
            (_, None) => format!("{label}: {}", lang.pick("모름", "not answered")),
        };
        parts.push(part);
    }
    parts.join("; ")
}

/// Why a rule fired, with the fact behind it: "Max run time: 40 min (over
/// the 15 min limit) — A function runs for at most 900 s (15 min)."
pub fn fired_text(
    catalog: &Catalog,
    option: usize,
    fired: &Fired,
    answers: &Answers,
    lang: Lang,
) -> String {
    let rule = &catalog.compiled_option(option).rules[fired.rule];
    let fact = catalog.option(option).facts[fired.fact].text.get(lang);
    if rule.origin == RuleOrigin::Status {
        return status_text(catalog, option, lang);
    }
    format!(
        "{} — {fact}",
        conditions_text(catalog, option, fired.rule, answers, lang)
    )
}

/// The text for an option ruled out by its lifecycle status.
pub fn status_text(catalog: &Catalog, option: usize, lang: Lang) -> String {
    let o = catalog.option(option);
    let Some(status) = &o.status else {
        return String::new();
    };
    let fact = o
        .facts
        .iter()
        .find(|f| f.id == status.fact)
        .map(|f| f.text.get(lang).to_string())
        .unwrap_or_default();
    let kind = match (status.kind, lang) {
        (StatusKind::ClosedToNewCustomers, Lang::Ko) => {
            format!("{}부터 신규 고객 불가", status.since)
        }
        (StatusKind::ClosedToNewCustomers, Lang::En) => {
            format!("Closed to new customers since {}", status.since)
        }
        (StatusKind::EndOfSupport, Lang::Ko) => format!("{} 지원 종료", status.since),
        (StatusKind::EndOfSupport, Lang::En) => format!("End of support {}", status.since),
    };
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
    let mut s = format!("{kind} — {fact}");
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
    let _ = writeln!(out, "\n## {}", ui(UiText::Ranking, lang));
    if rec.ranked.is_empty() {
        let _ = writeln!(out, "{}", ui(UiText::NothingFits, lang));
    }
    for (i, r) in rec.ranked.iter().enumerate() {
        let o = catalog.option(r.option);
        let tie = if r.tied_with_top && i > 0 {
            format!(" ({})", ui(UiText::Tie, lang))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "{}. {} [{}] — {} {}{tie}",
            i + 1,
            o.name.get(lang),
            o.id,
            fit_label(r.fit, lang),
            bar(r.fit_percent)
        );
        if i < 3 {
            for f in r.reasons.iter().take(4) {
                let _ = writeln!(
                    out,
                    "   + {}",
                    fired_text(catalog, r.option, f, answers, lang)
                );
            }
            for f in r.caveats.iter().take(3) {
                let _ = writeln!(
                    out,
                    "   - {}",
                    fired_text(catalog, r.option, f, answers, lang)
                );
            }
        }
    }
    if !rec.eliminated.is_empty() {
        let _ = writeln!(out, "\n## {}", ui(UiText::WhyNot, lang));
        for e in &rec.eliminated {
            let o = catalog.option(e.option);
            let _ = writeln!(out, "× {} [{}]", o.name.get(lang), o.id);
            for f in &e.by {
                let _ = writeln!(
                    out,
                    "   {}",
                    fired_text(catalog, e.option, f, answers, lang)
                );
                let _ = writeln!(
                    out,
                    "   {}: {}",
                    ui(UiText::Source, lang),
                    source_text(catalog.source_of(e.option, f.fact), lang)
                );
            }
        }
    }
    let _ = writeln!(out, "\n## {}", ui(UiText::WhatWouldChange, lang));
    let changes = unique_changes(rec);
    for c in &changes {
        let _ = writeln!(
            out,
            "→ {}  [{}]",
            change_text(catalog, c, lang),
            alternative_query(catalog, c.question, c.to)
        );
    }
    if changes.is_empty() {
        let _ = writeln!(out, "{}", ui(UiText::NoChange, lang));
    }
    out
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
    format!(
        "{}{} {percent}%",
        "█".repeat(filled),
        "░".repeat(10 - filled.min(10))
    )
}
