//! A small inline-SVG chart: for each comparison row tied to a quantity
//! question (run time, memory), each top option's limit on a log scale, with
//! the reader's own need drawn as a line. Labelled for screen readers.

use crate::content::use_catalog;
use crate::i18n::{t, Key};
use berth::quantity::{self, Dimension};
use berth::{AnswerValue, Answers, Lang};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareChartProps {
    pub options: Vec<usize>,
    pub answers: Answers,
    pub lang: Lang,
}

const WIDTH: f64 = 560.0;
const LABEL_W: f64 = 190.0;
const BAR_H: f64 = 16.0;
const GAP: f64 = 6.0;

/// Axis range (base units) per dimension: wide enough for every limit in the content.
fn range(dim: Dimension) -> (f64, f64) {
    match dim {
        Dimension::Duration => (1.0, 30.0 * 86_400.0),
        Dimension::Bytes => ((64u64 << 20) as f64, (1u64 << 40) as f64),
        Dimension::Vcpu => (250.0, 256_000.0),
    }
}

fn x_of(dim: Dimension, v: u64) -> f64 {
    let (lo, hi) = range(dim);
    let v = (v as f64).clamp(lo, hi);
    LABEL_W + (v.ln() - lo.ln()) / (hi.ln() - lo.ln()) * (WIDTH - LABEL_W - 10.0)
}

/// An SVG coordinate with one decimal, formatted with integer maths (no
/// float-formatting code in the wasm: it costs ~11 KB).
fn px(v: f64) -> String {
    let tenths = (v * 10.0).round() as i64;
    format!("{}.{}", tenths / 10, (tenths % 10).abs())
}

#[function_component(CompareChart)]
pub fn compare_chart(p: &CompareChartProps) -> Html {
    let cat = use_catalog();
    let c: &berth::Catalog = &cat;
    let lang = p.lang;
    let metrics: Vec<(usize, &berth::model::CompareRow)> = c
        .document()
        .compare
        .iter()
        .filter_map(|row| Some((c.question_index(row.question.as_deref()?)?, row)))
        .collect();
    if metrics.is_empty() || p.options.is_empty() {
        return html! {};
    }
    let block_h = 22.0 + p.options.len() as f64 * (BAR_H + GAP);
    let height = metrics.len() as f64 * block_h + 8.0;
    let mut description = Vec::new();
    let mut shapes = Vec::new();
    for (m, (qi, row)) in metrics.iter().enumerate() {
        let dim = c.question(*qi).dimension.unwrap_or(Dimension::Duration);
        let y0 = m as f64 * block_h;
        shapes.push(html! { <text x="0" y={px(y0 + 14.0)} class="berth-chart-title">{row.label.get(lang)}</text> });
        for (i, &o) in p.options.iter().enumerate() {
            let y = y0 + 22.0 + i as f64 * (BAR_H + GAP);
            let name = c.option(o).name.get(lang);
            let (x_end, label, open) = match c.limit(o, *qi) {
                Some((v, _)) => (x_of(dim, v), quantity::format(dim, v, lang), false),
                None => (WIDTH - 10.0, t(Key::NoLimit, lang).to_string(), true),
            };
            description.push(format!("{}: {name} {label}", row.label.get(lang)));
            shapes.push(html! {
                <g>
                    <text x="0" y={px(y + 12.0)} class="berth-chart-label">{name}</text>
                    <rect x={px(LABEL_W)} y={px(y)} width={px((x_end - LABEL_W).max(2.0))} height={px(BAR_H)}
                        class={if open { "berth-chart-bar berth-chart-open" } else { "berth-chart-bar" }} />
                    <text x={px(LABEL_W + 4.0)} y={px(y + 12.0)} class="berth-chart-value">{label}</text>
                </g>
            });
        }
        if let Some(AnswerValue::Quantity(need)) = p.answers.get(*qi) {
            let x = x_of(dim, need);
            let need_label = format!(
                "{} {}",
                t(Key::YourNeed, lang),
                quantity::format(dim, need, lang)
            );
            description.push(format!("{}: {need_label}", row.label.get(lang)));
            shapes.push(html! {
                <g>
                    <line x1={px(x)} x2={px(x)} y1={px(y0 + 18.0)} y2={px(y0 + block_h - 2.0)} class="berth-chart-need" />
                    <text x={px(x - 4.0)} y={px(y0 + 14.0)} text-anchor="end" class="berth-chart-need-label">{need_label}</text>
                </g>
            });
        }
    }
    let title = t(Key::ChartCaption, lang);
    html! {
        <figure class="berth-chart">
            <svg viewBox={format!("0 0 {} {}", px(WIDTH), px(height))} role="img" aria-label={format!("{title} {}", description.join("; "))}>
                <title>{title}</title>
                { for shapes }
            </svg>
            <figcaption>{title}</figcaption>
        </figure>
    }
}
