//! One reason, caveat or why-not line: the engine's sentence and a link to
//! its dated source.

use berth::engine::Fired;
use berth::render::{fired_text, ui, UiText};
use berth::{Answers, Catalog, Lang};
use yew::prelude::*;

/// A list item: the sentence, then "(Source: title, date)".
pub fn fact_line(
    catalog: &Catalog,
    option: usize,
    fired: &Fired,
    answers: &Answers,
    lang: Lang,
) -> Html {
    let source = catalog.source_of(option, fired.fact);
    html! {
        <li>
            { fired_text(catalog, option, fired, answers, lang) }
            {" "}
            { source_span(source, lang) }
        </li>
    }
}

/// "(Source: title, date)", the title a link to the source.
fn source_span(source: &berth::model::Source, lang: Lang) -> Html {
    html! {
        <span class="berth-source">
            {"("}{ui(UiText::Source, lang)}{": "}
            <a href={source.url.clone()} rel="noopener noreferrer" target="_blank">{&source.title}</a>
            {format!(", {})", source.as_of)}
        </span>
    }
}

/// A list of fact lines with a class (`berth-reasons`, `berth-caveats`, …).
pub fn fact_list(
    class: &'static str,
    catalog: &Catalog,
    option: usize,
    fired: &[Fired],
    answers: &Answers,
    lang: Lang,
) -> Html {
    if fired.is_empty() {
        return html! {};
    }
    html! {
        <ul class={class}>
            { for fired.iter().map(|f| fact_line(catalog, option, f, answers, lang)) }
        </ul>
    }
}

/// How the option meets one need the reader stated, from the capability
/// matrix ("No run-time limit, so a 40 min run is fine."), with the cell's
/// source when it has one.
pub fn need_line(
    catalog: &Catalog,
    option: usize,
    need: &berth::matrix::Assessment,
    lang: Lang,
) -> Html {
    let text = berth::render::cell_sentence(
        catalog,
        need.dimension,
        need.value,
        Some(need.need),
        need.verdict,
        lang,
    );
    let source = need.fact.map(|f| catalog.source_of(option, f));
    html! {
        <li>
            { text }
            if let Some(source) = source {
                {" "}
                { source_span(source, lang) }
            }
        </li>
    }
}
