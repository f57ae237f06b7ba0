//! The decision record: an Architecture Decision Record (ADR) in Markdown
//! that a team can keep beside its code (`berth record`, and the widget's
//! "Copy as decision record").
//!
//! Sections: Title, Status, Date, Context (the answers, in words), Decision
//! (the winner and why), Alternatives (each with its deciding difference),
//! Consequences (the winner's caveats, and what would change the answer),
//! Sources, and how to reproduce the result (link and command line).
//!
//! Every catalog text is untrusted: it goes through [`crate::markdown`], so
//! no content can become Markdown or HTML markup in the record. Pure: the
//! date and the link come from the caller.

use crate::answers::{value_label, Answers};
use crate::catalog::Catalog;
use crate::engine::Recommendation;
use crate::markdown;
use crate::render::{change_text, fired_text, fit_label, ui, UiText};
use crate::text::Lang;
use std::fmt::Write;

/// What the record needs from outside the engine.
#[derive(Clone, Copy, Debug, Default)]
pub struct RecordMeta<'a> {
    /// The day the record is written, `YYYY-MM-DD` (the caller's clock).
    pub date: &'a str,
    /// A link that reproduces the result (the widget's page with its
    /// fragment); `None` from the command line.
    pub link: Option<&'a str>,
}

/// The decision record for `rec`, in `lang`.
pub fn decision_record(
    rec: &Recommendation,
    catalog: &Catalog,
    answers: &Answers,
    lang: Lang,
    meta: RecordMeta<'_>,
) -> String {
    let mut md = String::new();
    let t = markdown::text;
    let name = |option: usize| t(catalog.option(option).name.get(lang));
    let winner = rec.ranked.first();
    let title = t(catalog.document().title.get(lang));
    let _ = match winner {
        Some(top) => writeln!(md, "# {title}: {}\n", name(top.option)),
        None => writeln!(md, "# {title}\n"),
    };
    let _ = writeln!(
        md,
        "- {}: {}",
        lang.pick("상태", "Status"),
        lang.pick("제안됨", "Proposed")
    );
    let _ = writeln!(md, "- {}: {}", lang.pick("날짜", "Date"), t(meta.date));
    let _ = writeln!(
        md,
        "- {}: {}",
        lang.pick("사실 기준일", "Facts as of"),
        t(&catalog.document().as_of)
    );

    // Context: the answers, in words.
    let _ = writeln!(md, "\n## {}\n", lang.pick("맥락", "Context"));
    if answers.answered_count() == 0 {
        let _ = writeln!(
            md,
            "{}",
            lang.pick("답한 질문이 없습니다.", "No questions answered.")
        );
    }
    for (qi, value) in answers.iter() {
        if let Some(value) = value {
            let _ = writeln!(
                md,
                "- {}: {}",
                t(catalog.question(qi).label.get(lang)),
                t(&value_label(catalog, qi, value, lang))
            );
        }
    }
    let unanswered = answers.len() - answers.answered_count();
    if unanswered > 0 {
        let _ = writeln!(
            md,
            "\n{}",
            match lang {
                Lang::Ko => format!("답하지 않은 질문 {unanswered}개는 '모름'으로 두었고, 아무것도 제외하지 않았습니다."),
                Lang::En => format!("{unanswered} questions were left as \"don't know\"; they rule nothing out."),
            }
        );
    }

    // Decision: the winner and why.
    let _ = writeln!(md, "\n## {}\n", lang.pick("결정", "Decision"));
    let mut cited: Vec<(usize, usize)> = Vec::new();
    match winner {
        Some(top) => {
            let summary = t(catalog.option(top.option).summary.get(lang));
            let _ = match lang {
                Lang::Ko => writeln!(md, "**{}**을(를) 씁니다. {summary}", name(top.option)),
                Lang::En => writeln!(md, "We will use **{}**. {summary}", name(top.option)),
            };
            let ties: Vec<String> = rec
                .ranked
                .iter()
                .skip(1)
                .filter(|r| r.tied_with_top)
                .map(|r| name(r.option))
                .collect();
            if !ties.is_empty() {
                let _ = writeln!(
                    md,
                    "\n{}: {}",
                    lang.pick("동점", "Tied with"),
                    ties.join(", ")
                );
            }
            if !top.reasons.is_empty() {
                let _ = writeln!(md, "\n{}:\n", ui(UiText::Reasons, lang));
            }
            for f in &top.reasons {
                let _ = writeln!(
                    md,
                    "- {}",
                    t(&fired_text(catalog, top.option, f, answers, lang))
                );
                cited.push((top.option, f.fact));
            }
        }
        None => {
            let _ = writeln!(md, "{}", t(ui(UiText::NothingFits, lang)));
        }
    }

    // Alternatives, each with its deciding difference.
    let _ = writeln!(md, "\n## {}\n", lang.pick("대안", "Alternatives"));
    let top_score = winner.map_or(0, |w| w.score);
    let mut any_alternative = false;
    for r in rec.ranked.iter().skip(1) {
        any_alternative = true;
        let why = match r.caveats.first() {
            Some(f) => {
                cited.push((r.option, f.fact));
                fired_text(catalog, r.option, f, answers, lang)
            }
            None if r.tied_with_top => lang.pick("1위와 동점", "tied with the winner").to_string(),
            None => match lang {
                Lang::Ko => format!("1위보다 {}점 낮음", top_score.saturating_sub(r.score)),
                Lang::En => format!(
                    "{} points below the winner",
                    top_score.saturating_sub(r.score)
                ),
            },
        };
        let _ = writeln!(
            md,
            "- **{}** ({}): {}",
            name(r.option),
            fit_label(r.fit, lang),
            t(&why)
        );
    }
    for e in &rec.eliminated {
        any_alternative = true;
        let why: Vec<String> =
            e.by.iter()
                .map(|f| {
                    cited.push((e.option, f.fact));
                    t(&fired_text(catalog, e.option, f, answers, lang))
                })
                .collect();
        let _ = writeln!(
            md,
            "- **{}** ({}): {}",
            name(e.option),
            lang.pick("제외", "ruled out"),
            why.join(" ")
        );
    }
    if !any_alternative {
        let _ = writeln!(
            md,
            "{}",
            lang.pick("다른 선택지가 없습니다.", "No other options.")
        );
    }

    // Consequences: the winner's caveats, and when to revisit.
    let _ = writeln!(md, "\n## {}\n", lang.pick("결과", "Consequences"));
    match winner {
        Some(top) if !top.caveats.is_empty() => {
            let _ = writeln!(md, "{}:\n", ui(UiText::Caveats, lang));
            for f in &top.caveats {
                let _ = writeln!(
                    md,
                    "- {}",
                    t(&fired_text(catalog, top.option, f, answers, lang))
                );
                cited.push((top.option, f.fact));
            }
        }
        Some(_) => {
            let _ = writeln!(
                md,
                "{}",
                lang.pick(
                    "이 답변으로는 1위에 알려진 주의점이 없습니다.",
                    "With these answers the winner has no known caveats."
                )
            );
        }
        None => {}
    }
    let changes: Vec<String> = winner
        .and_then(|top| rec.what_if.iter().find(|w| w.option == top.option))
        .map(|w| {
            w.changes
                .iter()
                .map(|c| t(&change_text(catalog, c, lang)))
                .collect()
        })
        .unwrap_or_default();
    let _ = writeln!(
        md,
        "\n{}:\n",
        lang.pick(
            "다음이 바뀌면 이 결정을 다시 보세요",
            "Revisit this decision if"
        )
    );
    if changes.is_empty() {
        let _ = writeln!(md, "- {}", t(ui(UiText::NoChange, lang)));
    }
    for c in changes {
        let _ = writeln!(md, "- {c}");
    }

    // Sources, each once, in the order cited.
    let _ = writeln!(md, "\n## {}\n", lang.pick("출처", "Sources"));
    let mut seen: Vec<&str> = Vec::new();
    for (option, fact) in cited {
        let source = catalog.source_of(option, fact);
        if seen.contains(&source.id.as_str()) {
            continue;
        }
        seen.push(&source.id);
        let third = if source.third_party {
            format!("; {}", ui(UiText::ThirdParty, lang))
        } else {
            String::new()
        };
        let _ = writeln!(
            md,
            "- {} ({} {}{third})",
            markdown::link(&source.title, &source.url),
            ui(UiText::AsOf, lang),
            t(&source.as_of)
        );
    }
    if seen.is_empty() {
        let _ = writeln!(
            md,
            "{}",
            lang.pick("인용한 출처가 없습니다.", "No sources cited.")
        );
    }

    // How to get the same result again.
    let _ = writeln!(md, "\n## {}\n", lang.pick("재현", "Reproduce"));
    if let Some(link) = meta.link {
        let _ = writeln!(
            md,
            "- {}: {}",
            lang.pick("링크", "Link"),
            markdown::autolink(link)
        );
    }
    let query = answers.to_query(catalog).replace('&', " ");
    let command = format!("berth record --lang {} {query}", lang.code());
    let _ = writeln!(
        md,
        "- {}: {}",
        lang.pick("명령줄", "Command line"),
        markdown::code(command.trim_end())
    );
    let _ = writeln!(
        md,
        "\n_{}_",
        lang.pick("Berth로 생성했습니다.", "Generated with Berth.")
    );
    md
}
