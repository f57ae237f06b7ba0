//! Compare mode: the chooser's answers and its top three, or the options the
//! author (`compare` attribute) or the reader (the option picker) chose.
//! The heading says "Top three" only when it is the top three.

use crate::compare::table::{comparison, Comparison};
use crate::ui::i18n::{t, Key};
use berth::{recommend, Answers, Lang};
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub lang: Lang,
    /// The chooser's answers.
    pub answers: Answers,
    /// Option ids the author chose; unknown ids are skipped. Empty: the top three.
    pub options: Vec<String>,
    pub uid: usize,
}

#[function_component(CompareView)]
pub fn compare_view(props: &CompareViewProps) -> Html {
    let catalog = crate::platform::content::use_catalog();
    let lang = props.lang;
    let rec = {
        let catalog = catalog.clone();
        use_memo(props.answers.clone(), move |answers| {
            recommend(answers, &catalog)
        })
    };
    // The reader's choice, once they use the picker.
    let picked = use_state(|| None::<Vec<usize>>);
    // Bounded and deduplicated (issue #16: 3,000 copies of one id froze the tab).
    let authored: Vec<usize> = catalog.pick_options(props.options.iter().map(String::as_str));
    let top_three: Vec<usize> = rec.ranked.iter().take(3).map(|r| r.option).collect();
    let is_top_three = picked.is_none() && authored.is_empty();
    let chosen: Vec<usize> = match (&*picked, authored.is_empty()) {
        (Some(p), _) => p.clone(),
        (None, false) => authored,
        (None, true) => top_three,
    };
    let heading = if is_top_three {
        t(Key::TopThree, lang)
    } else {
        t(Key::CompareHeading, lang)
    };
    // Every option, ranked first, the ruled-out ones marked so.
    let everyone = rec
        .ranked
        .iter()
        .map(|r| (r.option, false))
        .chain(rec.eliminated.iter().map(|e| (e.option, true)));
    let checkbox = |(option, out): (usize, bool)| {
        let id = format!("berth-{}-cmp-{}", props.uid, catalog.option(option).id);
        html! {
            <label class="berth-choice" for={id.clone()}>
                <input type="checkbox" id={id} value={option.to_string()} checked={chosen.contains(&option)} />
                <span>{catalog.option(option).name.get(lang)}
                    if out { <span class="berth-muted">{" ("}{t(Key::TierOut, lang)}{")"}</span> }
                </span>
            </label>
        }
    };
    // One handler for the whole picker: the changed box says which option.
    let on_pick = {
        let picked = picked.clone();
        let chosen = chosen.clone();
        let order: Vec<usize> = rec
            .ranked
            .iter()
            .map(|r| r.option)
            .chain(rec.eliminated.iter().map(|e| e.option))
            .collect();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let Ok(option) = input.value().parse::<usize>() else {
                return;
            };
            let on = input.checked();
            let next: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&o| if o == option { on } else { chosen.contains(&o) })
                .collect();
            picked.set(Some(next));
        })
    };
    let summary = t(Key::ChooseOptions, lang).replace("{n}", &chosen.len().to_string());
    html! {
        <div class="berth-compare-view" part="comparison">
            { comparison(Comparison { catalog: &catalog, options: &chosen, answers: &props.answers, lang, heading, level: 2,
                picker: html! {
                    <details class="berth-picker">
                        <summary>{summary}</summary>
                        <fieldset class="berth-fieldset" onchange={on_pick}>
                            <legend class="berth-sr">{t(Key::ChooseLegend, lang)}</legend>
                            <div class="berth-choices berth-picker-grid">{ for everyone.map(checkbox) }</div>
                        </fieldset>
                    </details>
                } }) }
        </div>
    }
}
