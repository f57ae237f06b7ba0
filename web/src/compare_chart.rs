//! The limits chart, in HTML and CSS: for each quantity question where a
//! compared option states a limit, one bar per option on a log scale, the
//! value in real text beside the bar (never on it), "no stated limit" drawn
//! striped and said in words, and the reader's need as a dashed line with
//! its own caption only when there is one. Widths are CSS classes in 5 %
//! steps: strict CSPs forbid style attributes.

use crate::compare_data::{chart_value, charted_questions, ChartValue};
use crate::i18n::{t, Key};
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Answers, Catalog, Lang};
use yew::prelude::*;

/// Axis range (base units) per dimension: wide enough for every limit in the content.
fn range(dim: Dimension) -> (f64, f64) {
    match dim {
        Dimension::Duration => (1.0, 30.0 * 86_400.0),
        Dimension::Bytes => ((64u64 << 20) as f64, (1u64 << 40) as f64),
        Dimension::Vcpu => (250.0, 256_000.0),
    }
}

/// Position of `v` on the log axis, in 5 % steps (0–20), at least 1 so a
/// small limit still shows a bar.
pub fn step_of(dim: Dimension, v: u64) -> u32 {
    let (lo, hi) = range(dim);
    // `max`/`min`, not `f64::clamp`: its panic message formats floats (~14 KB of wasm).
    let v = (v as f64).max(lo).min(hi);
    let share = (v.ln() - lo.ln()) / (hi.ln() - lo.ln());
    ((share * 20.0 + 0.5) as u32).clamp(1, 20)
}

/// The chart for `options`; `level` is the heading level of the comparison
/// it is in (its metric headings are one below).
pub fn compare_chart(
    catalog: &Catalog,
    options: &[usize],
    answers: &Answers,
    lang: Lang,
    level: u8,
) -> Html {
    let metrics = charted_questions(catalog, options);
    if metrics.is_empty() || options.is_empty() {
        return html! {};
    }
    let mut any_need = false;
    let metric = |qi: usize, any_need: &mut bool| {
        let question = catalog.question(qi);
        let dim = question.dimension.unwrap_or(Dimension::Duration);
        let need = match answers.get(qi) {
            Some(AnswerValue::Quantity(v)) => Some(v),
            _ => None,
        };
        *any_need |= need.is_some();
        let need_marker = need.map(|v| format!("berth-at-{}", step_of(dim, v)));
        let row = |&o: &usize| {
            let name = catalog.option(o).name.get(lang);
            let (fill, value, short) = match chart_value(catalog, o, qi) {
                ChartValue::Limit(v) => (
                    format!("berth-w-{}", step_of(dim, v)),
                    quantity::format(dim, v, lang),
                    need.is_some_and(|n| n > v),
                ),
                ChartValue::NoStatedLimit => (
                    "berth-w-20 berth-chart-open".into(),
                    t(Key::NoLimit, lang).into(),
                    false,
                ),
            };
            html! {
                <li class="berth-chart-row">
                    <span class="berth-chart-name">{name}</span>
                    <span class="berth-chart-track" aria-hidden="true">
                        <span class={format!("berth-chart-bar {fill}")}></span>
                        if let Some(marker) = &need_marker { <span class={format!("berth-chart-need {marker}")}></span> }
                    </span>
                    <span class="berth-chart-value">{value}
                        if short { <span class="berth-chart-short">{" · "}{t(Key::BelowNeed, lang)}</span> }
                    </span>
                </li>
            }
        };
        let title = question.label.get(lang);
        let heading = if level >= 3 {
            html! { <h4 class="berth-chart-title">{title}</h4> }
        } else {
            html! { <h3 class="berth-chart-title">{title}</h3> }
        };
        html! {
            <div class="berth-chart-metric">
                { heading }
                if let Some(v) = need {
                    <p class="berth-chart-needline">{t(Key::YourNeedIs, lang).replace("{value}", &quantity::format(dim, v, lang))}</p>
                }
                <ul class="berth-chart-bars">{ for options.iter().map(row) }</ul>
            </div>
        }
    };
    let blocks: Vec<Html> = metrics.iter().map(|&q| metric(q, &mut any_need)).collect();
    html! {
        <figure class="berth-chart">
            { for blocks }
            <figcaption>
                {t(Key::ChartCaption, lang)}
                if any_need { {" "}{t(Key::NeedCaption, lang)} }
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_grow_with_the_value_and_stay_in_range() {
        let d = Dimension::Duration;
        assert!(step_of(d, 900) < step_of(d, 14 * 86_400));
        assert_eq!(step_of(d, 0), 1);
        assert_eq!(step_of(d, u64::MAX), 20);
        // "No stated limit" is drawn full width and striped, a different class from any limit.
        assert!(step_of(Dimension::Bytes, 120 << 30) <= 20);
    }
}
