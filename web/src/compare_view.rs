//! Compare mode: the comparison table and limits chart for chosen options
//! (the `compare` attribute), or the top three for the preset answers.

use crate::comparison::Comparison;
use crate::content::use_catalog;
use berth::{recommend, Answers, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub lang: Lang,
    /// Preset answers (CLI syntax); drawn as "your need" lines and used to pick the top three.
    pub answers: String,
    /// Option ids to compare; unknown ids are skipped.
    pub options: Vec<String>,
}

#[function_component(CompareView)]
pub fn compare_view(p: &CompareViewProps) -> Html {
    let cat = use_catalog();
    let (answers, _) = Answers::parse_lenient(&cat, &p.answers.replace(' ', "&"));
    let mut options = cat.pick_options(p.options.iter().map(String::as_str));
    if options.is_empty() {
        options = recommend(&answers, &cat)
            .ranked
            .iter()
            .take(3)
            .map(|r| r.option)
            .collect();
    }
    html! {
        <div class="berth-compare-view" part="comparison">
            <Comparison options={options} answers={answers} lang={p.lang} />
        </div>
    }
}
