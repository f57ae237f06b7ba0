//! The winner card: the top pick, its fit, any ties, its status, and its
//! two or three strongest reasons (and up to two caveats).

use crate::chooser::result::source_link::{fact_line, need_line};
use crate::ui::i18n::{t, Key};
use berth::engine::Recommendation;
use berth::matrix::Verdict;
use berth::render::{fit_label, ui, UiText};
use berth::{Answers, Catalog, Lang};
use yew::prelude::*;

/// Reasons shown on the card; the rest are under "Show all".
pub const CARD_REASONS: usize = 3;
pub const CARD_CAVEATS: usize = 2;

/// The card of the top pick (nothing when every option is ruled out).
pub fn winner(catalog: &Catalog, rec: &Recommendation, answers: &Answers, lang: Lang) -> Html {
    let Some(top) = rec.ranked.first() else {
        return html! {};
    };
    let option = catalog.option(top.option);
    let ties: Vec<&str> = rec
        .ranked
        .iter()
        .skip(1)
        .filter(|r| r.tied_with_top)
        .map(|r| catalog.option(r.option).name.get(lang))
        .collect();
    let status = option
        .status
        .as_ref()
        .and_then(|s| option.facts.iter().find(|f| f.id == s.fact));
    // The needs the reader stated come first: how the winner meets each
    // (from the capability matrix), then its strongest scored reasons.
    let needs = berth::matrix::assess(catalog, top.option, answers);
    let (met, unconfirmed): (Vec<_>, Vec<_>) = needs
        .into_iter()
        .filter(|a| a.verdict != Verdict::Lacks)
        .partition(|a| a.verdict != Verdict::Unknown);
    let met = &met[..met.len().min(CARD_REASONS)];
    let reasons = &top.reasons[..top.reasons.len().min(CARD_REASONS - met.len())];
    let unconfirmed = &unconfirmed[..unconfirmed.len().min(CARD_CAVEATS)];
    let caveats = &top.caveats[..top.caveats.len().min(CARD_CAVEATS - unconfirmed.len())];
    html! {
        <div class="berth-winner" data-option={option.id.clone()} part="winner">
            // Ties share the kicker's line: the card stays short.
            <p class="berth-kicker">{t(Key::TopPick, lang)}{" · "}{fit_label(top.fit, lang)}
                if !ties.is_empty() {
                    <span class="berth-tie">{" · "}{t(Key::Tie, lang)}{": "}{ties.join(", ")}</span>
                }
            </p>
            <h3 class="berth-winner-name">{option.name.get(lang)}</h3>
            <p>{option.summary.get(lang)}</p>
            if let Some(fact) = status {
                <p class="berth-status"><strong>{t(Key::StatusNote, lang)}{": "}</strong>{fact.text.get(lang)}</p>
            }
            if !(met.is_empty() && reasons.is_empty()) {
                <h4>{ui(UiText::Reasons, lang)}</h4>
                <ul class="berth-reasons">
                    { for met.iter().map(|a| need_line(catalog, top.option, a, lang)) }
                    { for reasons.iter().map(|f| fact_line(catalog, top.option, f, answers, lang)) }
                </ul>
            }
            if !(unconfirmed.is_empty() && caveats.is_empty()) {
                <h4>{ui(UiText::Caveats, lang)}</h4>
                <ul class="berth-caveats">
                    { for unconfirmed.iter().map(|a| need_line(catalog, top.option, a, lang)) }
                    { for caveats.iter().map(|f| fact_line(catalog, top.option, f, answers, lang)) }
                </ul>
            }
        </div>
    }
}
