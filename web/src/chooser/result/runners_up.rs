//! The next options after the winner, each with the one difference that
//! decided it ("Lambda — ruled out: 40 min is over its 15 min limit").

use crate::ui::i18n::{t, Key};
use berth::engine::{Fired, Fit, Recommendation};
use berth::render::{fired_text, fit_label};
use berth::{Answers, Catalog, Lang};
use yew::prelude::*;

/// How many ranked runners-up, and ruled-out ones, are shown (2–4 in all
/// when the catalog has them).
const RANKED: usize = 2;
const RULED_OUT: usize = 1;

/// An option after the winner and what decided its place.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunnerUp {
    pub option: usize,
    /// `None`: ruled out.
    pub fit: Option<Fit>,
    pub tied: bool,
    /// The caveat (ranked) or elimination (ruled out) that decided it.
    pub deciding: Option<Fired>,
}

/// The runners-up to show: the next ranked options, then the first ruled-out one.
pub fn runners_up(rec: &Recommendation) -> Vec<RunnerUp> {
    let ranked = rec.ranked.iter().skip(1).take(RANKED).map(|r| RunnerUp {
        option: r.option,
        fit: Some(r.fit),
        tied: r.tied_with_top,
        deciding: r.caveats.first().copied(),
    });
    let out = rec.eliminated.iter().take(RULED_OUT).map(|e| RunnerUp {
        option: e.option,
        fit: None,
        tied: false,
        deciding: e.by.first().copied(),
    });
    ranked.chain(out).collect()
}

/// "Also consider": the runners-up, each with its deciding difference.
pub fn runners_up_view(
    catalog: &Catalog,
    rec: &Recommendation,
    answers: &Answers,
    lang: Lang,
) -> Html {
    let rows = runners_up(rec);
    if rows.is_empty() {
        return html! {};
    }
    let top = rec
        .ranked
        .first()
        .map_or("", |r| catalog.option(r.option).name.get(lang));
    let row = |r: &RunnerUp| {
        let option = catalog.option(r.option);
        let tier = match (r.fit, r.tied) {
            (_, true) => t(Key::Tie, lang),
            (Some(fit), false) => fit_label(fit, lang),
            (None, _) => t(Key::RuledOut, lang),
        };
        let difference = match (r.deciding, r.tied) {
            (_, true) => t(Key::TiesWithTop, lang).to_string(),
            (Some(f), false) => fired_text(catalog, r.option, &f, answers, lang),
            (None, false) => t(Key::FitsLess, lang).replace("{top}", top),
        };
        html! {
            <li key={option.id.clone()} class="berth-runner" data-option={option.id.clone()}
                data-fit={r.fit.map_or("out", Fit::id)}>
                <div class="berth-rank-line">
                    <span class="berth-rank-name">{option.name.get(lang)}</span>
                    <span class="berth-fit">{tier}</span>
                </div>
                <p class="berth-difference">{difference}</p>
            </li>
        }
    };
    html! {
        <>
            <h3>{t(Key::AlsoConsider, lang)}</h3>
            <ul class="berth-runners">{ for rows.iter().map(row) }</ul>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(query: &str) -> (berth::Catalog, Recommendation) {
        let catalog = berth::default_catalog();
        let (answers, _) = Answers::parse_lenient(&catalog, query);
        let rec = berth::recommend(&answers, &catalog);
        (catalog, rec)
    }

    #[test]
    fn two_to_four_runners_up_with_a_ruled_out_one_and_its_reason() {
        let (catalog, rec) = rec("workload=batch&runtime=40m");
        let rows = runners_up(&rec);
        assert!((2..=4).contains(&rows.len()), "{rows:?}");
        let out = rows
            .iter()
            .find(|r| r.fit.is_none())
            .expect("a ruled-out one");
        assert!(out.deciding.is_some(), "every ruled-out runner-up says why");
        assert!(!rows
            .iter()
            .any(|r| Some(r.option) == rec.ranked.first().map(|t| t.option)));
        assert_eq!(catalog.option(out.option).id, "lambda");
    }

    #[test]
    fn ties_are_called_ties() {
        let (_, rec) = rec("");
        for r in runners_up(&rec) {
            let ranked = rec.ranked.iter().find(|x| x.option == r.option);
            assert_eq!(r.tied, ranked.is_some_and(|x| x.tied_with_top));
        }
    }
}
