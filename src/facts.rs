//! The fact sheet: the whole capability matrix on one page, for review
//! (`berth facts`, `docs/facts.md`). One row per option, one column per
//! dimension; each cell has its value (the same words and units as the
//! comparison table), its source link, the source's date and the verbatim
//! quote that supports it. `--json` gives the same as data.

use crate::catalog::Catalog;
use crate::model::Source;
use crate::render::{cell_text, value_word};
use crate::text::Lang;
use serde::Serialize;

/// The matrix as data (`berth facts --json`).
#[derive(Clone, Debug, Serialize)]
pub struct FactSheet {
    pub catalog: String,
    pub as_of: String,
    pub dimensions: Vec<SheetDimension>,
    pub options: Vec<SheetOption>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SheetDimension {
    pub id: String,
    pub label: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SheetOption {
    pub id: String,
    pub name: String,
    pub cells: Vec<SheetCell>,
}

#[derive(Clone, Debug, Serialize)]
pub struct SheetCell {
    pub dimension: String,
    /// As the comparison table shows it ("16 vCPU; Windows: 4 vCPU").
    pub value: String,
    /// The evidence: the cell's own fact first, then each exception's.
    pub evidence: Vec<Evidence>,
}

#[derive(Clone, Debug, Serialize)]
pub struct Evidence {
    pub fact: String,
    pub source: String,
    pub url: String,
    pub as_of: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub third_party: bool,
    pub quote: String,
}

/// Builds the fact sheet of `catalog` in `lang`.
pub fn sheet(catalog: &Catalog, lang: Lang) -> FactSheet {
    let evidence = |option: usize, fact: usize| {
        let f = &catalog.option(option).facts[fact];
        let s: &Source = catalog.source_of(option, fact);
        Evidence {
            fact: f.id.clone(),
            source: s.title.clone(),
            url: s.url.clone(),
            as_of: s.as_of.clone(),
            third_party: s.third_party,
            quote: f.quote.clone(),
        }
    };
    FactSheet {
        catalog: catalog.document().id.clone(),
        as_of: catalog.document().as_of.clone(),
        dimensions: catalog
            .dimensions()
            .iter()
            .map(|d| SheetDimension {
                id: d.id.clone(),
                label: d.label.get(lang).to_string(),
            })
            .collect(),
        options: (0..catalog.options().len())
            .map(|o| SheetOption {
                id: catalog.option(o).id.clone(),
                name: catalog.option(o).name.get(lang).to_string(),
                cells: (0..catalog.dimensions().len())
                    .map(|d| {
                        let cell = catalog.cell(o, d);
                        let facts = cell
                            .fact
                            .into_iter()
                            .chain(cell.cases.iter().map(|c| c.fact));
                        SheetCell {
                            dimension: catalog.dimension(d).id.clone(),
                            value: cell_text(catalog, o, d, lang),
                            evidence: facts.map(|f| evidence(o, f)).collect(),
                        }
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Text that stays inside one Markdown table cell and renders as text:
/// no pipe, line break, HTML or link syntax of its own.
fn cell_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '|' => out.push_str("\\|"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '[' | ']' | '*' | '_' | '`' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A URL as a Markdown link target: angle brackets keep spaces and
/// parentheses from ending it early (validation rejects `<>` in URLs).
fn link_target(url: &str) -> String {
    format!("<{}>", url.replace(['<', '>', '\n', '\r'], ""))
}

/// The fact sheet as one Markdown page.
pub fn markdown(catalog: &Catalog, lang: Lang) -> String {
    use std::fmt::Write;
    let sheet = sheet(catalog, lang);
    let mut md = String::new();
    let title = catalog.document().title.get(lang);
    let _ = writeln!(
        md,
        "# {}: {}\n",
        lang.pick("기능 표", "Capability matrix"),
        cell_escape(title)
    );
    let _ = writeln!(md, "{}\n", introduction(&sheet, lang));
    md.push_str(&format!("| {} |", lang.pick("선택지", "Option")));
    for dimension in &sheet.dimensions {
        md.push_str(&format!(" {} |", cell_escape(&dimension.label)));
    }
    md.push('\n');
    md.push_str(&"|---".repeat(sheet.dimensions.len() + 1));
    md.push_str("|\n");
    for option in &sheet.options {
        md.push_str(&format!(
            "| **{}** `{}` |",
            cell_escape(&option.name),
            option.id
        ));
        for cell in &option.cells {
            md.push_str(&format!(" {} |", cell_markdown(cell, lang)));
        }
        md.push('\n');
    }
    md
}

/// What the page is and how to read a cell.
fn introduction(sheet: &FactSheet, lang: Lang) -> String {
    let not_stated = value_word(crate::matrix::CellValue::NotStated, lang);
    match lang {
        Lang::Ko => format!(
            "`berth facts`가 카탈로그 `{}`(내용 기준일 {})에서 만든 표입니다. \
             칸마다 값, 출처 링크, 출처 날짜, 출처의 원문 인용이 있습니다. \
             \"{}\"은 출처가 값을 밝히지 않는다는 뜻입니다.",
            sheet.catalog, sheet.as_of, not_stated
        ),
        Lang::En => format!(
            "Generated by `berth facts` from the catalog `{}` (facts as of {}). \
             Each cell: the value, its source link, the source's date and a verbatim quote \
             from it. \"{}\" means the sources do not give the value.",
            sheet.catalog, sheet.as_of, not_stated
        ),
    }
}

/// One table cell: the value in bold, then each piece of evidence (source
/// link, date, quote), one per line.
fn cell_markdown(cell: &SheetCell, lang: Lang) -> String {
    let mut parts = vec![format!("**{}**", cell_escape(&cell.value))];
    for evidence in &cell.evidence {
        let third = if evidence.third_party {
            format!(" ({})", lang.pick("제3자", "third party"))
        } else {
            String::new()
        };
        parts.push(format!(
            "[{}]({}) {}{third}",
            cell_escape(&evidence.source),
            link_target(&evidence.url),
            cell_escape(&evidence.as_of)
        ));
        if !evidence.quote.is_empty() {
            parts.push(format!("“{}”", cell_escape(&evidence.quote)));
        }
    }
    parts.join("<br>")
}
