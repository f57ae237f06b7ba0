//! Every read of comparison data goes through here: the table's cells, the
//! chart's values and which questions the chart draws. The data source (today
//! the catalog's free-text `compare` cells and its elimination thresholds) can
//! be swapped without touching the views.

use berth::model::QuestionKind;
use berth::{Catalog, Lang};

/// A row of the comparison table: its label and, when it is tied to a
/// quantity question, that question.
pub struct TableRow<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub question: Option<usize>,
}

/// The table's rows, in order.
pub fn table_rows(catalog: &Catalog, lang: Lang) -> Vec<TableRow<'_>> {
    catalog
        .document()
        .compare
        .iter()
        .map(|row| TableRow {
            id: &row.id,
            label: row.label.get(lang),
            question: row
                .question
                .as_deref()
                .and_then(|q| catalog.question_index(q)),
        })
        .collect()
}

/// The text of one table cell ("—" when the content says nothing).
pub fn cell_text(catalog: &Catalog, option: usize, row: &str, lang: Lang) -> String {
    catalog
        .option(option)
        .compare
        .get(row)
        .map_or_else(|| "—".into(), |text| text.get(lang).to_string())
}

/// One bar of the chart: a stated limit, or none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartValue {
    /// The option's limit, in the question's base unit.
    Limit(u64),
    /// The content states no limit (not the same as a large one).
    NoStatedLimit,
}

/// The value an option's bar shows for a quantity question.
pub fn chart_value(catalog: &Catalog, option: usize, question: usize) -> ChartValue {
    match catalog.limit(option, question) {
        Some((limit, _fact)) => ChartValue::Limit(limit),
        None => ChartValue::NoStatedLimit,
    }
}

/// The quantity questions the chart draws for these options: those where at
/// least one of them states a limit, each its own metric (vCPU and memory
/// are never merged), in catalog order.
pub fn charted_questions(catalog: &Catalog, options: &[usize]) -> Vec<usize> {
    (0..catalog.questions().len())
        .filter(|&q| catalog.question(q).kind == QuestionKind::Quantity)
        .filter(|&q| {
            options
                .iter()
                .any(|&o| matches!(chart_value(catalog, o, q), ChartValue::Limit(_)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vcpu_and_memory_are_separate_metrics_and_no_limit_is_its_own_value() {
        let catalog = berth::default_catalog();
        let all: Vec<usize> = (0..catalog.options().len()).collect();
        let ids: Vec<&str> = charted_questions(&catalog, &all)
            .into_iter()
            .map(|q| catalog.question(q).id.as_str())
            .collect();
        assert!(
            ids.contains(&"vcpu") && ids.contains(&"memory") && ids.contains(&"runtime"),
            "{ids:?}"
        );
        let lambda = catalog.option_index("lambda").unwrap();
        let fargate = catalog.option_index("ecs-fargate").unwrap();
        let runtime = catalog.question_index("runtime").unwrap();
        assert_eq!(
            chart_value(&catalog, lambda, runtime),
            ChartValue::Limit(900)
        );
        assert_eq!(
            chart_value(&catalog, fargate, runtime),
            ChartValue::NoStatedLimit
        );
        assert_eq!(cell_text(&catalog, lambda, "no-such-row", Lang::En), "—");
    }
}
