//! Every read of comparison data goes through here: the table's cells, the
//! chart's values and which questions the chart draws. The capability
//! matrix is the source of every limit and capability row (one fact, one
//! place: the same cells rule options out), worded by
//! [`berth::render::cell_text`]; the catalog's free-text `compare` rows
//! (operations, pricing) follow.

use berth::matrix::CellValue;
use berth::model::{DimensionKind, QuestionKind};
use berth::{Catalog, Lang};

/// A row of the comparison table: its label and, when it is tied to a
/// quantity question, that question.
pub struct TableRow<'a> {
    pub id: &'a str,
    pub label: &'a str,
    pub question: Option<usize>,
}

/// The table's rows, in order: the matrix's dimensions, then the free-text rows.
pub fn table_rows(catalog: &Catalog, lang: Lang) -> Vec<TableRow<'_>> {
    let dimensions = catalog
        .dimensions()
        .iter()
        .enumerate()
        .map(|(d, dim)| TableRow {
            id: &dim.id,
            label: dim.label.get(lang),
            question: catalog.compiled_dimension(d).question,
        });
    let text_rows = catalog.document().compare.iter().map(|row| TableRow {
        id: &row.id,
        label: row.label.get(lang),
        question: row
            .question
            .as_deref()
            .and_then(|id| catalog.question_index(id)),
    });
    dimensions.chain(text_rows).collect()
}

/// The text of one table cell ("—" when a free-text row says nothing).
pub fn cell_text(catalog: &Catalog, option: usize, row: &str, lang: Lang) -> String {
    if let Some(d) = catalog.dimension_index(row) {
        return berth::render::cell_text(catalog, option, d, lang);
    }
    catalog
        .option(option)
        .compare
        .get(row)
        .map_or_else(|| "—".into(), |text| text.get(lang).to_string())
}

/// One bar of the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartValue {
    /// The option's limit, in the question's base unit.
    Limit(u64),
    /// The sources state there is no limit (not the same as a large one).
    NoLimit,
    /// The sources do not give the value.
    NotStated,
}

/// The value an option's bar shows for a quantity question: its cell in
/// the limit dimension that reads that question.
pub fn chart_value(catalog: &Catalog, option: usize, question: usize) -> ChartValue {
    let dimension = (0..catalog.dimensions().len()).find(|&d| {
        let dim = catalog.compiled_dimension(d);
        dim.kind == DimensionKind::Limit && dim.question == Some(question)
    });
    match dimension.map(|d| catalog.cell(option, d).value) {
        Some(CellValue::Limit(v)) => ChartValue::Limit(v),
        Some(CellValue::NoLimit) => ChartValue::NoLimit,
        _ => ChartValue::NotStated,
    }
}

/// The quantity questions the chart draws for these options: those where at
/// least one of them states a limit, each its own metric (vCPU and memory
/// are never merged), in catalog order.
pub fn charted_questions(catalog: &Catalog, options: &[usize]) -> Vec<usize> {
    (0..catalog.questions().len())
        .filter(|&question| catalog.question(question).kind == QuestionKind::Quantity)
        .filter(|&question| {
            options.iter().any(|&option| {
                matches!(chart_value(catalog, option, question), ChartValue::Limit(_))
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_chart_come_from_the_matrix_in_one_wording() {
        let catalog = berth::default_catalog();
        let all: Vec<usize> = (0..catalog.options().len()).collect();
        let ids: Vec<&str> = charted_questions(&catalog, &all)
            .into_iter()
            .map(|question| catalog.question(question).id.as_str())
            .collect();
        assert!(
            ids.contains(&"vcpu") && ids.contains(&"memory") && ids.contains(&"runtime"),
            "{ids:?}"
        );
        let lambda = catalog.option_index("lambda").unwrap();
        let fargate = catalog.option_index("ecs-fargate").unwrap();
        let eks = catalog.option_index("eks").unwrap();
        let runtime = catalog.question_index("runtime").unwrap();
        assert_eq!(
            chart_value(&catalog, lambda, runtime),
            ChartValue::Limit(900)
        );
        assert_eq!(chart_value(&catalog, fargate, runtime), ChartValue::NoLimit);
        assert_eq!(chart_value(&catalog, eks, runtime), ChartValue::NotStated);
        // Every dimension is a row, worded as everywhere else.
        let rows = table_rows(&catalog, Lang::En);
        assert_eq!(&rows[0].id, &"runtime");
        assert_eq!(cell_text(&catalog, lambda, "runtime", Lang::En), "15 min");
        assert_eq!(
            cell_text(&catalog, fargate, "runtime", Lang::En),
            "No limit"
        );
        assert_eq!(cell_text(&catalog, eks, "runtime", Lang::En), "Not stated");
        assert_eq!(cell_text(&catalog, lambda, "no-such-row", Lang::En), "—");
    }
}
