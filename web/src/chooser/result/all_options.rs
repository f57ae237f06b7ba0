//! "Show all 16 (2 best fit, 3 possible, 1 ruled out)": every option, grouped
//! by tier, built only when opened. A ranked row has its tier in words, a
//! bar of the same tier, and its reasons and caveats behind a toggle named
//! after the option; a ruled-out row says every reason it is out.

use crate::chooser::result::fit_bar::fit_bar;
use crate::chooser::result::source_link::fact_list;
use crate::ui::i18n::{t, Key};
use berth::engine::{Eliminated, Fit, Ranked, Recommendation};
use berth::render::{fit_label, ui, UiText};
use berth::{Answers, Catalog, Lang};
use yew::prelude::*;

const TIERS: [Fit; 4] = [Fit::Best, Fit::Strong, Fit::Possible, Fit::Weak];

/// "2 best fit, 3 possible, 1 ruled out": the non-empty tiers with counts.
pub fn tier_counts(rec: &Recommendation, lang: Lang) -> String {
    let count = |tier: Key, n: usize| {
        t(Key::TierCount, lang)
            .replace("{n}", &n.to_string())
            .replace("{tier}", t(tier, lang))
    };
    let tier_key = |fit: Fit| match fit {
        Fit::Best => Key::TierBest,
        Fit::Strong => Key::TierStrong,
        Fit::Possible => Key::TierPossible,
        Fit::Weak => Key::TierWeak,
    };
    let mut parts: Vec<String> = TIERS
        .iter()
        .map(|&fit| (fit, rec.ranked.iter().filter(|r| r.fit == fit).count()))
        .filter(|&(_, n)| n > 0)
        .map(|(fit, n)| count(tier_key(fit), n))
        .collect();
    if !rec.eliminated.is_empty() {
        parts.push(count(Key::TierOut, rec.eliminated.len()));
    }
    parts.join(", ")
}

/// The "Show all" button and, when `open`, every option by tier.
pub fn all_options(
    catalog: &Catalog,
    rec: &Recommendation,
    answers: &Answers,
    lang: Lang,
    uid: usize,
    open: bool,
    toggle: Callback<MouseEvent>,
) -> Html {
    let total = rec.ranked.len() + rec.eliminated.len();
    let region = format!("berth-{uid}-all");
    let label = if open {
        t(Key::HideAll, lang).to_string()
    } else {
        t(Key::ShowAll, lang)
            .replace("{n}", &total.to_string())
            .replace("{tiers}", &tier_counts(rec, lang))
    };
    let body = open.then(|| {
        let group = |fit: Fit| {
            let rows: Vec<&Ranked> = rec.ranked.iter().filter(|r| r.fit == fit).collect();
            if rows.is_empty() {
                return html! {};
            }
            html! {
                <>
                    <h4>{format!("{} ({})", fit_label(fit, lang), rows.len())}</h4>
                    <ol class="berth-ranking">
                        { for rows.into_iter().map(|r| html! {
                            rank_row(catalog, r, position(rec, r.option), answers, lang)
                        }) }
                    </ol>
                </>
            }
        };
        html! {
            <div id={region.clone()} class="berth-all">
                { for TIERS.iter().map(|&fit| group(fit)) }
                if !rec.eliminated.is_empty() {
                    <h4>{format!("{} ({})", ui(UiText::WhyNot, lang), rec.eliminated.len())}</h4>
                    <ul class="berth-whynots">
                        { for rec.eliminated.iter().map(|e| html! {
                            why_not(catalog, e, answers, lang)
                        }) }
                    </ul>
                }
            </div>
        }
    });
    html! {
        <>
            <button type="button" class="berth-btn berth-show-all" aria-expanded={open.to_string()}
                aria-controls={open.then(|| region.clone())} onclick={toggle}>{label}</button>
            { body.unwrap_or_default() }
        </>
    }
}

/// 1-based rank of `option` among the ranked options.
fn position(rec: &Recommendation, option: usize) -> usize {
    rec.ranked
        .iter()
        .position(|r| r.option == option)
        .map_or(0, |i| i + 1)
}

/// A ranked option: position, name, tier in words, bar, and its reasons
/// behind a toggle whose name says which option.
fn rank_row(catalog: &Catalog, r: &Ranked, position: usize, answers: &Answers, lang: Lang) -> Html {
    let option = catalog.option(r.option);
    let name = option.name.get(lang);
    let tied = r.tied_with_top && position > 1;
    html! {
        <li key={option.id.clone()} class="berth-rank" data-option={option.id.clone()} data-fit={r.fit.id()}>
            <div class="berth-rank-line">
                <span class="berth-rank-name">{format!("{position}. {name}")}</span>
                <span class="berth-fit">{fit_label(r.fit, lang)}
                    if tied { {" · "}{t(Key::Tie, lang)} }
                </span>
            </div>
            { fit_bar(Some(r.fit)) }
            if !(r.reasons.is_empty() && r.caveats.is_empty()) {
                <details class="berth-details">
                    <summary>{t(Key::WhyFits, lang)}<span class="berth-sr">{format!(": {name}")}</span></summary>
                    { fact_list("berth-reasons", catalog, r.option, &r.reasons, answers, lang) }
                    { fact_list("berth-caveats", catalog, r.option, &r.caveats, answers, lang) }
                </details>
            }
        </li>
    }
}

/// A ruled-out option with every reason it is out.
fn why_not(catalog: &Catalog, e: &Eliminated, answers: &Answers, lang: Lang) -> Html {
    let option = catalog.option(e.option);
    html! {
        <li key={option.id.clone()} class="berth-whynot" data-option={option.id.clone()}>
            <strong>{option.name.get(lang)}</strong>
            { fact_list("berth-why", catalog, e.option, &e.by, answers, lang) }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_counts_name_every_option_once() {
        let catalog = berth::default_catalog();
        let (answers, _) = Answers::parse_lenient(&catalog, "workload=batch&runtime=40m");
        let rec = berth::recommend(&answers, &catalog);
        let text = tier_counts(&rec, Lang::En);
        let total: usize = text
            .split(", ")
            .map(|p| p.split(' ').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(total, catalog.options().len(), "{text}");
        assert!(text.ends_with("3 ruled out"), "{text}");
        assert!(tier_counts(&rec, Lang::Ko).contains("제외 3"));
    }
}
