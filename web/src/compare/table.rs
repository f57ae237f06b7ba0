//! Side-by-side comparison of chosen options: a table of the comparison rows
//! (with the reader's need beside the rows it concerns) and the limits chart.
//! Cells come from [`crate::compare::data`] only.

use crate::compare::chart::compare_chart;
use crate::compare::data::{cell_text, table_rows};
use crate::ui::i18n::{t, Key};
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Answers, Catalog, Lang};
use yew::prelude::*;

/// What a comparison shows.
pub struct Comparison<'a> {
    pub catalog: &'a Catalog,
    /// Option indices, in column order.
    pub options: &'a [usize],
    pub answers: &'a Answers,
    pub lang: Lang,
    /// The heading: "Top three" or "Comparison".
    pub heading: &'static str,
    /// 2 in compare mode, 3 inside the chooser's results.
    pub level: u8,
    /// Shown between the heading and the table (compare mode's option picker).
    pub picker: Html,
}

/// The heading, the picker, the table and the chart.
pub fn comparison(props: Comparison<'_>) -> Html {
    let catalog = props.catalog;
    let lang = props.lang;
    let rows = table_rows(catalog, lang);
    if rows.is_empty() {
        return html! {};
    }
    let need = |question: Option<usize>| {
        let question = question?;
        let Some(AnswerValue::Quantity(v)) = props.answers.get(question) else {
            return None;
        };
        let dim = catalog
            .question(question)
            .dimension
            .unwrap_or(Dimension::Duration);
        Some(t(Key::YourNeedIs, lang).replace("{value}", &quantity::format(dim, v, lang)))
    };
    let heading = props.heading;
    let title = if props.level <= 2 {
        html! { <h2 class="berth-h2 berth-compare-title">{heading}</h2> }
    } else {
        html! { <h3>{heading}</h3> }
    };
    html! {
        <div class="berth-compare">
            { title }
            { props.picker }
            if props.options.is_empty() {
                <p class="berth-note">{t(Key::NothingChosen, lang)}</p>
            } else {
            <div class="berth-table-wrap" tabindex="0" role="group" aria-label={heading}>
                <table class="berth-table">
                    <thead>
                        <tr>
                            <th scope="col">{t(Key::Feature, lang)}</th>
                            { for props.options.iter().map(|&option| html! { <th scope="col">{catalog.option(option).name.get(lang)}</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| html! {
                            <tr>
                                <th scope="row">{row.label}
                                    if let Some(need) = need(row.question) { <span class="berth-need">{need}</span> }
                                </th>
                                { for props.options.iter().map(|&option| html! { <td>{cell_text(catalog, option, row.id, lang)}</td> }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            { compare_chart(catalog, props.options, props.answers, lang, props.level) }
            }
        </div>
    }
}
