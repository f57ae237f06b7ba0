//! A fit bar: its length is the fit tier, not a score, so tied options get
//! equal bars and no bar pretends to be a percentage. The tier is in text
//! beside it; the bar itself is hidden from screen readers. Drawn with CSS
//! classes (strict CSPs forbid style attributes).

use berth::engine::Fit;
use yew::prelude::*;

/// The bar of a tier; `None`: ruled out (an empty bar).
pub fn fit_bar(fit: Option<Fit>) -> Html {
    let tier = fit.map_or("out", Fit::id);
    html! {
        <span class="berth-bar" aria-hidden="true"><span class={format!("berth-bar-fill berth-fit-{tier}")}></span></span>
    }
}
