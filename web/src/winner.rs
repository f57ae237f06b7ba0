//! The winner card: the top pick, its fit, any ties, its status, and its
//! two or three strongest reasons (and up to two caveats).

use crate::i18n::{t, Key};
use crate::source_link::fact_list;
use berth::engine::Recommendation;
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
    let reasons = &top.reasons[..top.reasons.len().min(CARD_REASONS)];
    let caveats = &top.caveats[..top.caveats.len().min(CARD_CAVEATS)];
    html! {
        <div class="berth-winner" data-option={option.id.clone()} part="winner">
            <p class="berth-kicker">{t(Key::TopPick, lang)}{" · "}{fit_label(top.fit, lang)}</p>
            <h3 class="berth-winner-name">{option.name.get(lang)}</h3>
            <p>{option.summary.get(lang)}</p>
            if !ties.is_empty() {
                <p class="berth-tie"><strong>{t(Key::Tie, lang)}{": "}</strong>{ties.join(", ")}</p>
            }
            if let Some(fact) = status {
                <p class="berth-status"><strong>{t(Key::StatusNote, lang)}{": "}</strong>{fact.text.get(lang)}</p>
            }
            if !reasons.is_empty() {
                <h4>{ui(UiText::Reasons, lang)}</h4>
                { fact_list("berth-reasons", catalog, top.option, reasons, answers, lang) }
            }
            if !caveats.is_empty() {
                <h4>{ui(UiText::Caveats, lang)}</h4>
                { fact_list("berth-caveats", catalog, top.option, caveats, answers, lang) }
            }
        </div>
    }
}
