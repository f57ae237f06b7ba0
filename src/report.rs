//! A machine-readable, localized form of a [`Recommendation`] (the CLI's
//! `--json` output): every option with its id, status, score and reasons,
//! each reason with its fact and source.

use crate::answers::{value_label, Answers};
use crate::catalog::Catalog;
use crate::engine::{Change, Eliminated, Fired, Ranked, Recommendation};
use crate::matrix::Verdict;
use crate::render::{alternative_query, cell_sentence, change_text, fired_text};
use crate::text::Lang;
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct Report {
    pub catalog: String,
    pub as_of: String,
    pub lang: Lang,
    /// Canonical `key=value&…` form of the answers.
    pub query: String,
    pub answers: Vec<ReportAnswer>,
    /// Every option exactly once: ranked ones first (best first), then eliminated ones.
    pub options: Vec<ReportOption>,
    pub what_if: Vec<ReportWhatIf>,
}

#[derive(Debug, Serialize)]
pub struct ReportAnswer {
    pub question: String,
    pub value: String,
    pub label: String,
}

#[derive(Debug, Serialize)]
pub struct ReportOption {
    pub id: String,
    pub name: String,
    /// `"ranked"` or `"eliminated"`.
    pub status: &'static str,
    /// 1-based rank among ranked options.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub score: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fit: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fit_percent: Option<u8>,
    pub tied_with_top: bool,
    /// Ranked: reasons it fits. Eliminated: what rules it out.
    pub reasons: Vec<ReportReason>,
    pub caveats: Vec<ReportReason>,
    /// How the option meets each need the answers state, from the capability matrix.
    pub needs: Vec<ReportNeed>,
}

/// One stated need and the option's cell for it.
#[derive(Debug, Serialize)]
pub struct ReportNeed {
    pub dimension: String,
    /// `fits`, `no_limit`, `lacks` or `not_stated`.
    pub verdict: &'static str,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<ReportSource>,
}

fn source(s: &crate::model::Source) -> ReportSource {
    ReportSource {
        id: s.id.clone(),
        title: s.title.clone(),
        url: s.url.clone(),
        as_of: s.as_of.clone(),
        third_party: s.third_party,
    }
}

fn needs(catalog: &Catalog, option: usize, answers: &Answers, lang: Lang) -> Vec<ReportNeed> {
    crate::matrix::assess(catalog, option, answers)
        .into_iter()
        .map(|a| {
            let fact = a.fact.map(|f| &catalog.option(option).facts[f]);
            ReportNeed {
                dimension: catalog.dimension(a.dimension).id.clone(),
                verdict: match a.verdict {
                    Verdict::Fits => "fits",
                    Verdict::Unlimited => "no_limit",
                    Verdict::Lacks => "lacks",
                    Verdict::Unknown => "not_stated",
                },
                text: cell_sentence(catalog, a.dimension, a.value, Some(a.need), a.verdict, lang),
                fact: fact.map(|f| f.id.clone()),
                quote: fact.map(|f| f.quote.clone()).filter(|q| !q.is_empty()),
                source: a.fact.map(|f| source(catalog.source_of(option, f))),
            }
        })
        .collect()
}

#[derive(Debug, Serialize)]
pub struct ReportReason {
    pub text: String,
    pub fact: String,
    pub delta: i32,
    pub source: ReportSource,
}

#[derive(Debug, Serialize)]
pub struct ReportSource {
    pub id: String,
    pub title: String,
    pub url: String,
    pub as_of: String,
    pub third_party: bool,
}

#[derive(Debug, Serialize)]
pub struct ReportWhatIf {
    pub option: String,
    pub changes: Vec<ReportChange>,
}

#[derive(Debug, Serialize)]
pub struct ReportChange {
    pub question: String,
    /// The answer to try, in `key=value` form.
    pub answer: String,
    pub winner: String,
    pub text: String,
}

fn reason(
    catalog: &Catalog,
    option: usize,
    f: &Fired,
    answers: &Answers,
    lang: Lang,
) -> ReportReason {
    let s = catalog.source_of(option, f.fact);
    ReportReason {
        text: fired_text(catalog, option, f, answers, lang),
        fact: catalog.option(option).facts[f.fact].id.clone(),
        delta: f.delta,
        source: source(s),
    }
}

/// The report of `rec` for `answers`, in `lang`.
pub fn build(rec: &Recommendation, catalog: &Catalog, answers: &Answers, lang: Lang) -> Report {
    let ranked = rec
        .ranked
        .iter()
        .enumerate()
        .map(|(i, ranked)| ranked_option(catalog, ranked, i + 1, answers, lang));
    let eliminated = rec
        .eliminated
        .iter()
        .map(|eliminated| eliminated_option(catalog, eliminated, answers, lang));
    Report {
        catalog: catalog.document().id.clone(),
        as_of: catalog.document().as_of.clone(),
        lang,
        query: answers.to_query(catalog),
        answers: report_answers(catalog, answers, lang),
        options: ranked.chain(eliminated).collect(),
        what_if: rec
            .what_if
            .iter()
            .map(|what_if| ReportWhatIf {
                option: catalog.option(what_if.option).id.clone(),
                changes: what_if
                    .changes
                    .iter()
                    .map(|change| report_change(catalog, change, lang))
                    .collect(),
            })
            .collect(),
    }
}

/// A ranked option at 1-based `rank`, with its reasons, caveats and needs.
fn ranked_option(
    catalog: &Catalog,
    ranked: &Ranked,
    rank: usize,
    answers: &Answers,
    lang: Lang,
) -> ReportOption {
    let option = catalog.option(ranked.option);
    let reasons = |fired: &[Fired]| {
        fired
            .iter()
            .map(|f| reason(catalog, ranked.option, f, answers, lang))
            .collect()
    };
    ReportOption {
        id: option.id.clone(),
        name: option.name.get(lang).to_string(),
        status: "ranked",
        rank: Some(rank),
        score: Some(ranked.score),
        fit: Some(ranked.fit.id()),
        fit_percent: Some(ranked.fit_percent),
        tied_with_top: ranked.tied_with_top,
        reasons: reasons(&ranked.reasons),
        caveats: reasons(&ranked.caveats),
        needs: needs(catalog, ranked.option, answers, lang),
    }
}

/// An eliminated option: its reasons are the rules that rule it out.
fn eliminated_option(
    catalog: &Catalog,
    eliminated: &Eliminated,
    answers: &Answers,
    lang: Lang,
) -> ReportOption {
    let option = catalog.option(eliminated.option);
    ReportOption {
        id: option.id.clone(),
        name: option.name.get(lang).to_string(),
        status: "eliminated",
        rank: None,
        score: None,
        fit: None,
        fit_percent: None,
        tied_with_top: false,
        reasons: eliminated
            .by
            .iter()
            .map(|f| reason(catalog, eliminated.option, f, answers, lang))
            .collect(),
        caveats: Vec::new(),
        needs: needs(catalog, eliminated.option, answers, lang),
    }
}

/// The answered questions, in question order.
fn report_answers(catalog: &Catalog, answers: &Answers, lang: Lang) -> Vec<ReportAnswer> {
    answers
        .iter()
        .filter_map(|(question, value)| {
            let value = value?;
            Some(ReportAnswer {
                question: catalog.question(question).id.clone(),
                value: crate::answers::value_string(catalog, question, value),
                label: value_label(catalog, question, value, lang),
            })
        })
        .collect()
}

fn report_change(catalog: &Catalog, change: &Change, lang: Lang) -> ReportChange {
    ReportChange {
        question: catalog.question(change.question).id.clone(),
        answer: alternative_query(catalog, change.question, change.to),
        winner: catalog.option(change.winner).id.clone(),
        text: change_text(catalog, change, lang),
    }
}
