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

/// How one option's bar is drawn.
#[derive(Debug, PartialEq, Eq)]
struct Bar {
    /// Width classes (`berth-w-N`, and `berth-chart-open` when open-ended).
    class: String,
    /// The value in words, beside the bar.
    value: String,
    /// The limit is below the reader's need.
    short: bool,
}

/// The bar for `value` on a `dim` axis, given the reader's `need`.
fn bar(value: ChartValue, dim: Dimension, need: Option<u64>, lang: Lang) -> Bar {
    match value {
        ChartValue::Limit(v) => Bar {
            class: format!("berth-w-{}", step_of(dim, v)),
            value: quantity::format(dim, v, lang),
            short: need.is_some_and(|n| n > v),
        },
        // "No limit" (stated) is drawn open-ended; "not stated" has no
        // bar at all: neither pretends to be a large number.
        ChartValue::NoLimit => Bar {
            class: "berth-w-20 berth-chart-open".into(),
            value: berth::render::value_word(CellValue::NoLimit, lang).into(),
            short: false,
        },
        ChartValue::NotStated => Bar {
            class: "berth-w-0".into(),
            value: berth::render::value_word(CellValue::NotStated, lang).into(),
            short: false,
        },
    }
}

/// The reader's answer to quantity question `question`, if any.
fn need_of(answers: &Answers, question: usize) -> Option<u64> {
    match answers.get(question) {
        Some(AnswerValue::Quantity(v)) => Some(v),
        _ => None,
    }
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
    let any_need = metrics
        .iter()
        .any(|&question| need_of(answers, question).is_some());
    let chart = Chart {
        catalog,
        options,
        answers,
        lang,
        level,
    };
    html! {
        <figure class="berth-chart">
            { for metrics.iter().map(|&question| chart_metric(&chart, question)) }
            <figcaption>
                {t(Key::ChartCaption, lang)}
                if any_need { {" "}{t(Key::NeedCaption, lang)} }
            </figcaption>
        </figure>
    }
}

/// What every metric of a chart shares.
struct Chart<'a> {
    catalog: &'a Catalog,
    options: &'a [usize],
    answers: &'a Answers,
    lang: Lang,
    level: u8,
}

/// One metric: its heading, the reader's need in words, one bar per option.
fn chart_metric(chart: &Chart<'_>, question: usize) -> Html {
    let (catalog, lang) = (chart.catalog, chart.lang);
    let dim = catalog
        .question(question)
        .dimension
        .unwrap_or(Dimension::Duration);
    let need = need_of(chart.answers, question);
    let title = metric_title(catalog, question, lang);
    let heading = if chart.level >= 3 {
        html! { <h4 class="berth-chart-title">{title}</h4> }
    } else {
        html! { <h3 class="berth-chart-title">{title}</h3> }
    };
    let row = |&option: &usize| {
        let name = catalog.option(option).name.get(lang);
        let bar = bar(chart_value(catalog, option, question), dim, need, lang);
        chart_row(name, &bar, need.map(|v| step_of(dim, v)), lang)
    };
    html! {
        <div class="berth-chart-metric">
            { heading }
            if let Some(v) = need {
                <p class="berth-chart-needline">{t(Key::YourNeedIs, lang).replace("{value}", &quantity::format(dim, v, lang))}</p>
            }
            <ul class="berth-chart-bars">{ for chart.options.iter().map(row) }</ul>
        </div>
    }
}

/// The same words as the table's row: the matrix dimension that reads this
/// question, else the question's label.
fn metric_title(catalog: &Catalog, question: usize, lang: Lang) -> &str {
    (0..catalog.dimensions().len())
        .find(|&d| catalog.compiled_dimension(d).question == Some(question))
        .map_or(catalog.question(question).label.get(lang), |d| {
            catalog.dimension(d).label.get(lang)
        })
}

/// One option's row: its name, the bar (with the need's dashed line at
/// `need_step`), the value in words and "below your need".
fn chart_row(name: &str, bar: &Bar, need_step: Option<u32>, lang: Lang) -> Html {
    html! {
        <li class="berth-chart-row">
            <span class="berth-chart-name">{name}</span>
            <span class="berth-chart-track" aria-hidden="true">
                <span class={format!("berth-chart-bar {}", bar.class)}></span>
                if let Some(step) = need_step { <span class={format!("berth-chart-need berth-at-{step}")}></span> }
            </span>
            <span class="berth-chart-value">{bar.value.clone()}
                if bar.short { <span class="berth-chart-short">{" · "}{t(Key::BelowNeed, lang)}</span> }
            </span>
        </li>
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
    }

    #[test]
    fn the_axis_is_logarithmic_from_end_to_end() {
        // Each axis's ends are the first and last steps, its geometric middle
        // the middle step (a linear scale would put the middle near the start).
        for dim in [Dimension::Duration, Dimension::Bytes, Dimension::Vcpu] {
            let (lo, hi) = range(dim);
            assert_eq!(step_of(dim, 1 << lo), 1, "{dim:?}");
            assert_eq!(step_of(dim, 1 << ((lo + hi) / 2)), 10, "{dim:?}");
            assert_eq!(step_of(dim, 1 << hi), 20, "{dim:?}");
        }
    }

    #[test]
    fn bars_draw_limits_to_scale_and_never_as_a_stated_or_missing_limit() {
        let dim = Dimension::Duration;
        let lambda = bar(ChartValue::Limit(900), dim, Some(3_600), Lang::En);
        assert_eq!(
            lambda,
            Bar {
                class: format!("berth-w-{}", step_of(dim, 900)),
                value: "15 min".into(),
                short: true,
            }
        );
        assert!(!bar(ChartValue::Limit(900), dim, Some(900), Lang::En).short);
        assert!(!bar(ChartValue::Limit(900), dim, None, Lang::En).short);
        // "No limit" is drawn full width and striped, a different class from
        // any limit, even the largest; "not stated" has no bar; neither is
        // ever below a need.
        let open = bar(ChartValue::NoLimit, dim, Some(u64::MAX), Lang::En);
        assert_eq!(open.class, "berth-w-20 berth-chart-open");
        assert_eq!((open.value.as_str(), open.short), ("No limit", false));
        let largest = bar(ChartValue::Limit(u64::MAX), dim, None, Lang::En);
        assert_eq!(largest.class, "berth-w-20");
        let missing = bar(ChartValue::NotStated, dim, Some(u64::MAX), Lang::En);
        assert_eq!(missing.class, "berth-w-0");
        assert_eq!(
            (missing.value.as_str(), missing.short),
            ("Not stated", false)
        );
    }
}
