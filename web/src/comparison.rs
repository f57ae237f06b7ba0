//! Side-by-side comparison of the top three options: the catalog's
//! comparison rows as a table, and a chart of the deciding limits.

use crate::compare_chart::CompareChart;
use crate::content::use_catalog;
use crate::i18n::{t, Key};
use berth::{Answers, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    /// Option indices, in column order.
    pub options: Vec<usize>,
    pub answers: Answers,
    pub lang: Lang,
}

#[function_component(Comparison)]
pub fn comparison(p: &ComparisonProps) -> Html {
    let cat = use_catalog();
    let c: &berth::Catalog = &cat;
    let lang = p.lang;
    let top: Vec<usize> = p.options.clone();
    let rows = &c.document().compare;
    if top.is_empty() || rows.is_empty() {
        return html! {};
    }
    html! {
        <div class="berth-compare">
            <h3>{t(Key::CompareHeading, lang)}</h3>
            <div class="berth-table-wrap" tabindex="0" role="group" aria-label={t(Key::CompareHeading, lang)}>
                <table class="berth-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(Key::Feature, lang)}</th>
                            { for top.iter().map(|&o| html! { <th scope="col">{c.option(o).name.get(lang)}</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{row.label.get(lang)}</th>
                                { for top.iter().map(|&o| html! {
                                    <td>{ c.option(o).compare.get(&row.id).map(|t| t.get(lang).to_string()).unwrap_or_else(|| "—".into()) }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <CompareChart options={top} answers={p.answers.clone()} lang={lang} />
        </div>
    }
}
