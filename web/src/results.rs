//! Live results: the top pick with its reasons, every option ranked with a
//! fit bar (label and percent in text, never colour alone), why-nots with
//! sources, what would change the answer, the comparison, and the copy actions.

use crate::browser;
use crate::comparison::Comparison;
use crate::content::use_catalog;
use crate::copy_fallback::copy_fallback;
use crate::i18n::{t, Key};
use crate::state::{Action, CopyStatus};
use berth::engine::{Fired, Recommendation};
use berth::render::{change_text, fired_text, fit_label, ui, unique_changes, UiText};
use berth::{Answers, Lang};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub rec: Rc<Recommendation>,
    pub answers: Answers,
    pub lang: Lang,
    /// Move focus to the heading (the reader just finished the questions).
    pub focus_heading: bool,
    pub fragment: String,
    pub copy_status: Option<CopyStatus>,
    pub on_action: Callback<Action>,
}

/// A reason with a link to its source.
fn reason(c: &berth::Catalog, option: usize, f: &Fired, answers: &Answers, lang: Lang) -> Html {
    let s = c.source_of(option, f.fact);
    html! {
        <li>
            { fired_text(c, option, f, answers, lang) }
            {" "}
            <span class="berth-source">
                {"("}{ui(UiText::Source, lang)}{": "}
                <a href={s.url.clone()} rel="noopener noreferrer" target="_blank">{&s.title}</a>
                {format!(", {})", s.as_of)}
            </span>
        </li>
    }
}

#[function_component(Results)]
pub fn results(p: &ResultsProps) -> Html {
    let cat = use_catalog();
    let c: &berth::Catalog = &cat;
    let lang = p.lang;
    let rec = &p.rec;
    let heading_ref = use_node_ref();
    crate::focus::use_focus(&heading_ref, p.focus_heading, p.focus_heading);

    let winner = rec.ranked.first().map(|top| {
        let o = c.option(top.option);
        let ties: Vec<&str> = rec.ranked.iter().skip(1).filter(|r| r.tied_with_top).map(|r| c.option(r.option).name.get(lang)).collect();
        let status = o.status.as_ref().map(|_| {
            let fact = o.status.as_ref().and_then(|s| o.facts.iter().find(|f| f.id == s.fact));
            html! { <p class="berth-status"><strong>{t(Key::StatusNote, lang)}{": "}</strong>{ fact.map(|f| f.text.get(lang).to_string()).unwrap_or_default() }</p> }
        });
        html! {
            <div class="berth-winner" data-option={o.id.clone()} part="winner">
                <p class="berth-kicker">{t(Key::TopPick, lang)}{" · "}{fit_label(top.fit, lang)}</p>
                <h3 class="berth-winner-name">{o.name.get(lang)}</h3>
                <p>{o.summary.get(lang)}</p>
                if !ties.is_empty() {
                    <p class="berth-tie"><strong>{t(Key::Tie, lang)}{": "}</strong>{ties.join(", ")}</p>
                }
                { status.unwrap_or_default() }
                if !top.reasons.is_empty() {
                    <h4>{ui(UiText::Reasons, lang)}</h4>
                    <ul class="berth-reasons">{ for top.reasons.iter().map(|f| reason(c, top.option, f, &p.answers, lang)) }</ul>
                }
                if !top.caveats.is_empty() {
                    <h4>{ui(UiText::Caveats, lang)}</h4>
                    <ul class="berth-caveats">{ for top.caveats.iter().map(|f| reason(c, top.option, f, &p.answers, lang)) }</ul>
                }
            </div>
        }
    });

    let ranking = rec.ranked.iter().enumerate().map(|(i, r)| {
        let o = c.option(r.option);
        let percent = t(Key::Percent, lang).replace("{n}", &r.fit_percent.to_string());
        html! {
            <li key={o.id.clone()} class="berth-rank" data-option={o.id.clone()} data-fit={r.fit.id()}>
                <div class="berth-rank-line">
                    <span class="berth-rank-name">{format!("{}. ", i + 1)}{o.name.get(lang)}</span>
                    <span class="berth-fit">{fit_label(r.fit, lang)}
                        if r.tied_with_top && i > 0 { {" · "}{t(Key::Tie, lang)} }
                    </span>
                </div>
                <div class="berth-bar" aria-hidden="true">
                    // An SVG rect, not an inline style: strict CSPs forbid style attributes.
                    <svg viewBox="0 0 100 1" preserveAspectRatio="none"><rect class={format!("berth-bar-fill berth-fit-{}", r.fit.id())} width={r.fit_percent.to_string()} height="1" /></svg>
                </div>
                <span class="berth-sr">{percent}</span>
                if !(r.reasons.is_empty() && r.caveats.is_empty()) && i > 0 {
                    <details class="berth-details">
                        <summary>{ui(UiText::Reasons, lang)}{" / "}{ui(UiText::Caveats, lang)}</summary>
                        <ul class="berth-reasons">{ for r.reasons.iter().map(|f| reason(c, r.option, f, &p.answers, lang)) }</ul>
                        <ul class="berth-caveats">{ for r.caveats.iter().map(|f| reason(c, r.option, f, &p.answers, lang)) }</ul>
                    </details>
                }
            </li>
        }
    });

    let why_not = rec.eliminated.iter().map(|e| {
        let o = c.option(e.option);
        html! {
            <li key={o.id.clone()} class="berth-whynot" data-option={o.id.clone()}>
                <strong>{o.name.get(lang)}</strong>
                <ul>{ for e.by.iter().map(|f| reason(c, e.option, f, &p.answers, lang)) }</ul>
            </li>
        }
    });

    let changes = unique_changes(rec);
    let what_if = changes.iter().map(|ch| {
        let on_action = p.on_action.clone();
        let (q, alt) = (ch.question, ch.to);
        let apply = Callback::from(move |_: MouseEvent| on_action.emit(Action::Answer(q, alt.value())));
        html! {
            <li>
                {change_text(c, ch, lang)}{" "}
                <button type="button" class="berth-btn berth-btn-small" onclick={apply}>{t(Key::TryIt, lang)}</button>
            </li>
        }
    });

    let copy = |kind: bool| {
        let on_action = p.on_action.clone();
        let fragment = p.fragment.clone();
        let rec = Rc::clone(&p.rec);
        let answers = p.answers.clone();
        let cat = cat.clone();
        Callback::from(move |_: MouseEvent| {
            let text = if kind {
                browser::link_with_fragment(&fragment)
            } else {
                let (date, link) = (browser::today(), browser::link_with_fragment(&fragment));
                let meta = berth::record::RecordMeta {
                    date: &date,
                    link: Some(&link),
                };
                berth::record::decision_record(&rec, &cat, &answers, lang, meta)
            };
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let status = match browser::copy(&text).await {
                    Ok(()) if kind => CopyStatus::LinkCopied,
                    Ok(()) => CopyStatus::RecordCopied,
                    Err(()) => CopyStatus::Failed(text),
                };
                on_action.emit(Action::Copied(status));
            });
        })
    };

    let copy_status = match &p.copy_status {
        None => html! {},
        Some(CopyStatus::LinkCopied) => {
            html! { <p class="berth-copied">{t(Key::LinkCopied, lang)}</p> }
        }
        Some(CopyStatus::RecordCopied) => {
            html! { <p class="berth-copied">{t(Key::RecordCopied, lang)}</p> }
        }
        Some(CopyStatus::Failed(text)) => copy_fallback(text, lang, 6),
    };

    html! {
        <section class="berth-results" part="results">
            <h2 ref={heading_ref} tabindex="-1" class="berth-h2">{t(Key::Recommendation, lang)}</h2>
            if p.answers.answered_count() == 0 {
                <p class="berth-note">{t(Key::NoAnswers, lang)}</p>
            }
            if rec.ranked.is_empty() {
                <p class="berth-note">{t(Key::NothingFits, lang)}</p>
            }
            { winner.unwrap_or_default() }
            <h3>{t(Key::RankingHeading, lang)}</h3>
            <ol class="berth-ranking" part="ranking">{ for ranking }</ol>
            if !rec.eliminated.is_empty() {
                <h3>{ui(UiText::WhyNot, lang)}</h3>
                <ul class="berth-whynots">{ for why_not }</ul>
            }
            <h3>{ui(UiText::WhatWouldChange, lang)}</h3>
            if changes.is_empty() {
                <p>{t(Key::NoChange, lang)}</p>
            } else {
                <ul class="berth-whatif">{ for what_if }</ul>
            }
            <Comparison options={rec.ranked.iter().take(3).map(|r| r.option).collect::<Vec<_>>()} answers={p.answers.clone()} lang={lang} />
            <div class="berth-actions">
                <button type="button" class="berth-btn" onclick={copy(true)}>{t(Key::CopyLink, lang)}</button>
                <button type="button" class="berth-btn" onclick={copy(false)}>{t(Key::CopyRecord, lang)}</button>
                <div role="status" aria-live="polite">{copy_status}</div>
            </div>
        </section>
    }
}
