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
use crate::engine::{Fired, Recommendation};
use crate::markdown;
use crate::render::{change_text, fired_text, fit_label, ui, UiText};
use crate::text::Lang;

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
    let mut record = Record {
        catalog,
        answers,
        lang,
        md: String::new(),
        cited: Vec::new(),
    };
    record.title(rec);
    record.status(meta);
    record.context();
    record.decision(rec);
    record.alternatives(rec);
    record.consequences(rec);
    record.sources();
    record.reproduce(meta);
    record.md
}

/// A record being written, section by section.
struct Record<'a> {
    catalog: &'a Catalog,
    answers: &'a Answers,
    lang: Lang,
    md: String,
    /// Every `(option, fact)` the record cites, in order: Sources lists their sources.
    cited: Vec<(usize, usize)>,
}

impl Record<'_> {
    /// Appends one line (`text` and a line break).
    fn line(&mut self, text: &str) {
        self.md.push_str(text);
        self.md.push('\n');
    }

    /// A section heading, with a blank line before and after.
    fn heading(&mut self, ko: &str, en: &str) {
        let heading = format!("\n## {}\n", self.lang.pick(ko, en));
        self.line(&heading);
    }

    /// An option's name, as Markdown text.
    fn name(&self, option: usize) -> String {
        markdown::text(self.catalog.option(option).name.get(self.lang))
    }

    /// What a fired rule of `option` says, as Markdown text; cites its fact.
    fn cite(&mut self, option: usize, fired: &Fired) -> String {
        self.cited.push((option, fired.fact));
        let text = fired_text(self.catalog, option, fired, self.answers, self.lang);
        markdown::text(&text)
    }

    /// Title: the catalog's title and the winner's name.
    fn title(&mut self, rec: &Recommendation) {
        let title = markdown::text(self.catalog.document().title.get(self.lang));
        let title = match rec.ranked.first() {
            Some(top) => format!("# {title}: {}\n", self.name(top.option)),
            None => format!("# {title}\n"),
        };
        self.line(&title);
    }

    /// Status, Date, and the date the catalog's facts were checked.
    fn status(&mut self, meta: RecordMeta<'_>) {
        let lang = self.lang;
        let status = lang.pick("제안됨", "Proposed");
        self.line(&format!("- {}: {status}", lang.pick("상태", "Status")));
        let date = markdown::text(meta.date);
        self.line(&format!("- {}: {date}", lang.pick("날짜", "Date")));
        let as_of = markdown::text(&self.catalog.document().as_of);
        let label = lang.pick("사실 기준일", "Facts as of");
        self.line(&format!("- {label}: {as_of}"));
    }

    /// Context: the answers, in words.
    fn context(&mut self) {
        let (catalog, answers, lang) = (self.catalog, self.answers, self.lang);
        self.heading("맥락", "Context");
        if answers.answered_count() == 0 {
            self.line(lang.pick("답한 질문이 없습니다.", "No questions answered."));
        }
        for (question, value) in answers.iter() {
            if let Some(value) = value {
                let label = markdown::text(catalog.question(question).label.get(lang));
                let value = markdown::text(&value_label(catalog, question, value, lang));
                self.line(&format!("- {label}: {value}"));
            }
        }
        let unanswered = answers.len() - answers.answered_count();
        if unanswered > 0 {
            let ko = format!(
                "답하지 않은 질문 {unanswered}개는 '모름'으로 두었고, \
                 아무것도 제외하지 않았습니다."
            );
            let en = format!(
                "{unanswered} questions were left as \"don't know\"; they rule nothing out."
            );
            self.line(&format!("\n{}", lang.pick(&ko, &en)));
        }
    }

    /// Decision: the winner, the options tied with it, and why it wins.
    fn decision(&mut self, rec: &Recommendation) {
        let lang = self.lang;
        self.heading("결정", "Decision");
        let Some(top) = rec.ranked.first() else {
            self.line(&markdown::text(ui(UiText::NothingFits, lang)));
            return;
        };
        let name = self.name(top.option);
        let summary = markdown::text(self.catalog.option(top.option).summary.get(lang));
        let ko = format!("**{name}**을(를) 씁니다. {summary}");
        let en = format!("We will use **{name}**. {summary}");
        self.line(lang.pick(&ko, &en));
        let ties: Vec<String> = rec
            .ranked
            .iter()
            .skip(1)
            .filter(|ranked| ranked.tied_with_top)
            .map(|ranked| self.name(ranked.option))
            .collect();
        if !ties.is_empty() {
            let tied = lang.pick("동점", "Tied with");
            self.line(&format!("\n{tied}: {}", ties.join(", ")));
        }
        if !top.reasons.is_empty() {
            self.line(&format!("\n{}:\n", ui(UiText::Reasons, lang)));
        }
        for reason in &top.reasons {
            let text = self.cite(top.option, reason);
            self.line(&format!("- {text}"));
        }
    }

    /// Alternatives: the runners-up, each with its deciding difference, and
    /// the options ruled out, each with every reason.
    fn alternatives(&mut self, rec: &Recommendation) {
        let lang = self.lang;
        self.heading("대안", "Alternatives");
        let top_score = rec.ranked.first().map_or(0, |top| top.score);
        for ranked in rec.ranked.iter().skip(1) {
            let why = match ranked.caveats.first() {
                Some(caveat) => self.cite(ranked.option, caveat),
                None if ranked.tied_with_top => {
                    markdown::text(lang.pick("1위와 동점", "tied with the winner"))
                }
                None => {
                    let gap = top_score.saturating_sub(ranked.score);
                    let ko = format!("1위보다 {gap}점 낮음");
                    let en = format!("{gap} points below the winner");
                    markdown::text(lang.pick(&ko, &en))
                }
            };
            let (name, fit) = (self.name(ranked.option), fit_label(ranked.fit, lang));
            self.line(&format!("- **{name}** ({fit}): {why}"));
        }
        for eliminated in &rec.eliminated {
            let why: Vec<String> = eliminated
                .by
                .iter()
                .map(|fired| self.cite(eliminated.option, fired))
                .collect();
            let (name, ruled_out) = (self.name(eliminated.option), lang.pick("제외", "ruled out"));
            self.line(&format!("- **{name}** ({ruled_out}): {}", why.join(" ")));
        }
        if rec.ranked.len() <= 1 && rec.eliminated.is_empty() {
            self.line(lang.pick("다른 선택지가 없습니다.", "No other options."));
        }
    }

    /// Consequences: the winner's caveats, and the answers that would change it.
    fn consequences(&mut self, rec: &Recommendation) {
        let lang = self.lang;
        self.heading("결과", "Consequences");
        match rec.ranked.first() {
            Some(top) if !top.caveats.is_empty() => {
                self.line(&format!("{}:\n", ui(UiText::Caveats, lang)));
                for caveat in &top.caveats {
                    let text = self.cite(top.option, caveat);
                    self.line(&format!("- {text}"));
                }
            }
            Some(_) => self.line(lang.pick(
                "이 답변으로는 1위에 알려진 주의점이 없습니다.",
                "With these answers the winner has no known caveats.",
            )),
            None => {}
        }
        let changes: Vec<String> = rec
            .ranked
            .first()
            .and_then(|top| rec.what_if.iter().find(|w| w.option == top.option))
            .map(|what_if| {
                let words = |change| change_text(self.catalog, change, lang);
                what_if
                    .changes
                    .iter()
                    .map(|c| markdown::text(&words(c)))
                    .collect()
            })
            .unwrap_or_default();
        let revisit = lang.pick(
            "다음이 바뀌면 이 결정을 다시 보세요",
            "Revisit this decision if",
        );
        self.line(&format!("\n{revisit}:\n"));
        if changes.is_empty() {
            self.line(&format!("- {}", markdown::text(ui(UiText::NoChange, lang))));
        }
        for change in changes {
            self.line(&format!("- {change}"));
        }
    }

    /// Sources: each cited source once, in the order first cited.
    fn sources(&mut self) {
        let lang = self.lang;
        self.heading("출처", "Sources");
        let mut seen: Vec<&str> = Vec::new();
        for (option, fact) in std::mem::take(&mut self.cited) {
            let source = self.catalog.source_of(option, fact);
            if seen.contains(&source.id.as_str()) {
                continue;
            }
            seen.push(&source.id);
            let third = if source.third_party {
                format!("; {}", ui(UiText::ThirdParty, lang))
            } else {
                String::new()
            };
            let link = markdown::link(&source.title, &source.url);
            let as_of = format!(
                "{} {}",
                ui(UiText::AsOf, lang),
                markdown::text(&source.as_of)
            );
            self.line(&format!("- {link} ({as_of}{third})"));
        }
        if seen.is_empty() {
            self.line(lang.pick("인용한 출처가 없습니다.", "No sources cited."));
        }
    }

    /// Reproduce: the link and the command line that give the same result.
    fn reproduce(&mut self, meta: RecordMeta<'_>) {
        let lang = self.lang;
        self.heading("재현", "Reproduce");
        if let Some(link) = meta.link {
            let link = markdown::autolink(link);
            self.line(&format!("- {}: {link}", lang.pick("링크", "Link")));
        }
        let query = self.answers.to_query(self.catalog).replace('&', " ");
        let command = format!("berth record --lang {} {query}", lang.code());
        let command = markdown::code(command.trim_end());
        self.line(&format!(
            "- {}: {command}",
            lang.pick("명령줄", "Command line")
        ));
        let generated = lang.pick("Berth로 생성했습니다.", "Generated with Berth.");
        self.line(&format!("\n_{generated}_"));
    }
}
