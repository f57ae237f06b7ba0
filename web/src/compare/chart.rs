//! The limits chart, in HTML and CSS: for each quantity question where a
//! compared option states a limit, one bar per option on a log scale, the
//! value in real text beside the bar (never on it), "no stated limit" drawn
//! striped and said in words, and the reader's need as a dashed line with
//! its own caption only when there is one. Widths are CSS classes in 5 %
//! steps: strict CSPs forbid style attributes.

use crate::compare::data::{chart_value, charted_questions, ChartValue};
use crate::ui::i18n::{t, Key};
use berth::matrix::CellValue;
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Answers, Catalog, Lang};
use yew::prelude::*;

/// Axis range per dimension, as powers of two of the base unit (log scale):
/// wide enough for every limit in the content.
fn range(dim: Dimension) -> (u32, u32) {
    match dim {
        Dimension::Duration => (0, 22), // 1 s … 48 days
        Dimension::Bytes => (26, 40),   // 64 MiB … 1 TiB
        Dimension::Vcpu => (8, 18),     // 0.25 … 256 vCPU (in thousandths)
    }
}

/// Position of `v` on the log axis, in 5 % steps (1–20; a small limit still
/// shows a bar). Integer maths: the log is the bit length, refined by the
/// next bit, so the wasm carries no float code for it.
pub fn step_of(dim: Dimension, v: u64) -> u32 {
    let (lo, hi) = range(dim);
    // log2 in halves: 2·bit length, +1 when the bit below the top one is set.
    let bits = 64 - v.leading_zeros();
    let half = u32::from(bits >= 2 && (v >> (bits - 2)) & 1 == 1);
    let log2_halves = (2 * bits.saturating_sub(1) + half).clamp(2 * lo, 2 * hi);
    (((log2_halves - 2 * lo) * 20 + (hi - lo)) / (2 * (hi - lo))).max(1)
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
                // "No limit" (stated) is drawn open-ended; "not stated" has no
                // bar at all: neither pretends to be a large number.
                ChartValue::NoLimit => (
                    "berth-w-20 berth-chart-open".into(),
                    berth::render::value_word(CellValue::NoLimit, lang).into(),
                    false,
                ),
                ChartValue::NotStated => (
                    "berth-w-0".into(),
                    berth::render::value_word(CellValue::NotStated, lang).into(),
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
        // The same words as the table's row: the matrix dimension that reads this question.
        let title = (0..catalog.dimensions().len())
            .find(|&d| catalog.compiled_dimension(d).question == Some(qi))
            .map_or(question.label.get(lang), |d| {
                catalog.dimension(d).label.get(lang)
            });
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
        // Monotonic over the whole range, in every dimension.
        for dim in [Dimension::Duration, Dimension::Bytes, Dimension::Vcpu] {
            let mut last = 0;
            for shift in 0..64 {
                let step = step_of(dim, 1u64 << shift);
                assert!(
                    step >= last && (1..=20).contains(&step),
                    "{dim:?} 2^{shift}: {step}"
                );
                last = step;
            }
        }
        assert_eq!(step_of(d, u64::MAX), 20);
        // "No stated limit" is drawn full width and striped, a different class from any limit.
        assert!(step_of(Dimension::Bytes, 120 << 30) <= 20);
    }
}
