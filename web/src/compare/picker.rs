//! Compare mode's option picker: a checkbox per option (ranked first, the
//! ruled-out ones marked so), one change handler for all of them, and the
//! pure rule for what a tick or untick leaves chosen ([`after_pick`]).

use crate::ui::i18n::{t, Key};
use berth::{Catalog, Lang, Recommendation};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The options chosen after the reader ticks (`on`) or unticks `option`,
/// in picker order.
pub fn after_pick(order: &[usize], chosen: &[usize], option: usize, on: bool) -> Vec<usize> {
    order
        .iter()
        .copied()
        .filter(|&other| {
            if other == option {
                on
            } else {
                chosen.contains(&other)
            }
        })
        .collect()
}

/// Every option in picker order, with whether it is ruled out.
fn everyone(rec: &Recommendation) -> Vec<(usize, bool)> {
    rec.ranked
        .iter()
        .map(|r| (r.option, false))
        .chain(rec.eliminated.iter().map(|e| (e.option, true)))
        .collect()
}

/// What the picker needs.
pub struct Picker<'a> {
    pub catalog: &'a Catalog,
    pub rec: &'a Recommendation,
    pub chosen: &'a [usize],
    pub lang: Lang,
    pub uid: usize,
    /// Receives the options chosen after each change.
    pub on_pick: Callback<Vec<usize>>,
}

/// "Choose what to compare (n chosen)", opening to the checkboxes.
pub fn picker(picker: Picker<'_>) -> Html {
    let lang = picker.lang;
    let options = everyone(picker.rec);
    // One handler for the whole picker: the changed box says which option.
    let onchange = {
        let order: Vec<usize> = options.iter().map(|&(option, _)| option).collect();
        let chosen = picker.chosen.to_vec();
        let on_pick = picker.on_pick.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Ok(option) = input.value().parse::<usize>() else {
                return;
            };
            on_pick.emit(after_pick(&order, &chosen, option, input.checked()));
        })
    };
    let summary = t(Key::ChooseOptions, lang).replace("{n}", &picker.chosen.len().to_string());
    html! {
        <details class="berth-picker">
            <summary>{summary}</summary>
            <fieldset class="berth-fieldset" {onchange}>
                <legend class="berth-sr">{t(Key::ChooseLegend, lang)}</legend>
                <div class="berth-choices berth-picker-grid">{ for options.into_iter().map(|(option, out)| checkbox(&picker, option, out)) }</div>
            </fieldset>
        </details>
    }
}

/// One option's checkbox, "(ruled out)" when it is.
fn checkbox(picker: &Picker<'_>, option: usize, out: bool) -> Html {
    let (catalog, lang) = (picker.catalog, picker.lang);
    let id = format!("berth-{}-cmp-{}", picker.uid, catalog.option(option).id);
    html! {
        <label class="berth-choice" for={id.clone()}>
            <input type="checkbox" id={id} value={option.to_string()} checked={picker.chosen.contains(&option)} />
            <span>{catalog.option(option).name.get(lang)}
                if out { <span class="berth-muted">{" ("}{t(Key::TierOut, lang)}{")"}</span> }
            </span>
        </label>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pick_adds_or_removes_one_option_and_keeps_picker_order() {
        let order = [4, 1, 3, 0, 2];
        assert_eq!(after_pick(&order, &[1, 0], 2, true), [1, 0, 2]);
        assert_eq!(after_pick(&order, &[1, 0], 4, true), [4, 1, 0]);
        assert_eq!(after_pick(&order, &[4, 1, 0], 1, false), [4, 0]);
        assert_eq!(after_pick(&order, &[0], 0, false), Vec::<usize>::new());
        // The chosen list may come in any order (the author's); the result is in picker order.
        assert_eq!(after_pick(&order, &[2, 3], 9, true), [3, 2]);
    }

    #[test]
    fn the_picker_lists_ranked_options_then_the_ruled_out_ones() {
        let catalog = berth::default_catalog();
        let rec = berth::recommend(&berth::Answers::empty(&catalog), &catalog);
        let listed = everyone(&rec);
        assert_eq!(listed.len(), catalog.options().len());
        let first_out = listed.iter().position(|&(_, out)| out);
        assert!(first_out.is_none_or(|at| listed[at..].iter().all(|&(_, out)| out)));
    }
}
