//! The first checks of a document, before its detailed validation: its size
//! in bytes and JSON items (before parsing), then the length of every list
//! (after parsing), against the bounds in [`crate::limits`]. A list too
//! long stops the validation there, so its cost stays bounded.

use super::problem::ProblemKind;
use super::validator::Validator;
use crate::limits::{
    count_json_items, MAX_ANSWERS, MAX_COMPARE_ROWS, MAX_CONDITIONS, MAX_FACTS_PER_OPTION,
    MAX_LANGUAGES, MAX_OPTIONS, MAX_PRESETS, MAX_QUESTIONS, MAX_RULES, MAX_RULES_PER_OPTION,
    MAX_SOURCES, MAX_THRESHOLDS,
};
use crate::model::{Condition, Document, QuestionKind};
use crate::quantity;
use crate::sort::sort_dedup;
use crate::text::Lang;

/// The size checks every document passes before it is parsed: bytes first,
/// then items. `Err` is the problem to report (at `$`).
pub(crate) fn check_document_text(
    json: &str,
    max_bytes: usize,
    max_items: usize,
) -> Result<(), ProblemKind> {
    if json.len() > max_bytes {
        return Err(ProblemKind::TooLarge { limit: max_bytes });
    }
    if count_json_items(json) > max_items {
        return Err(ProblemKind::TooComplex { limit: max_items });
    }
    Ok(())
}

impl Validator {
    /// Reports a list longer than `limit` at `path` + `field`; `true` when it fits.
    pub(crate) fn list(&mut self, path: &str, field: &str, count: usize, limit: usize) -> bool {
        if count > limit {
            self.push(
                format!("{path}{field}"),
                ProblemKind::TooMany { count, limit },
            );
            false
        } else {
            true
        }
    }

    /// Checks a `languages` list: at most one of each.
    pub(crate) fn languages(&mut self, languages: &[Lang]) -> bool {
        let distinct = Lang::ALL
            .iter()
            .all(|lang| languages.iter().filter(|l| *l == lang).count() <= 1);
        if !distinct {
            self.push("$.languages", ProblemKind::DuplicateId("languages".into()));
        }
        distinct && self.list("$.languages", "", languages.len(), MAX_LANGUAGES)
    }

    fn conditions(&mut self, path: &str, when: &[Condition]) -> bool {
        let mut ok = self.list(path, "", when.len(), MAX_CONDITIONS);
        for (k, c) in when.iter().enumerate() {
            ok &= self.list(
                &format!("{path}[{k}]"),
                ".answers",
                c.answers.len(),
                MAX_ANSWERS,
            );
        }
        ok
    }

    /// Checks the length of every list in a catalog. When one is too long the
    /// detailed validation is skipped: its cost is bounded by these limits.
    pub(crate) fn catalog_lists(&mut self, doc: &Document) -> bool {
        let mut ok = self.languages(&doc.languages);
        ok &= self.list("$.sources", "", doc.sources.len(), MAX_SOURCES);
        ok &= self.list("$.questions", "", doc.questions.len(), MAX_QUESTIONS);
        ok &= self.list("$.options", "", doc.options.len(), MAX_OPTIONS);
        ok &= self.list("$.compare", "", doc.compare.len(), MAX_COMPARE_ROWS);
        if !ok {
            return false;
        }
        for (i, q) in doc.questions.iter().enumerate() {
            let p = format!("$.questions[{i}]");
            ok &= self.list(&p, ".answers", q.answers.len(), MAX_ANSWERS);
            ok &= self.list(&p, ".presets", q.presets.len(), MAX_PRESETS);
        }
        let mut rules = 0;
        for (i, o) in doc.options.iter().enumerate() {
            let p = format!("$.options[{i}]");
            ok &= self.list(&p, ".facts", o.facts.len(), MAX_FACTS_PER_OPTION);
            ok &= self.list(&p, ".rules", o.rules.len(), MAX_RULES_PER_OPTION);
            ok &= self.list(&p, ".compare", o.compare.len(), MAX_COMPARE_ROWS);
            if let Some(s) = &o.status {
                ok &= self.conditions(&format!("{p}.status.available_if"), &s.available_if);
            }
            for (j, r) in o.rules.iter().enumerate() {
                ok &= self.conditions(&format!("{p}.rules[{j}].when"), &r.when);
            }
            rules += o.rules.len();
        }
        ok &= self.list("$.options[*].rules", "", rules, MAX_RULES);
        ok && self.thresholds(doc)
    }

    /// Checks that no quantity question is compared with more than
    /// [`MAX_THRESHOLDS`] different values (values that do not parse are left
    /// to the detailed validation).
    fn thresholds(&mut self, doc: &Document) -> bool {
        let mut ok = true;
        for (qi, q) in doc.questions.iter().enumerate() {
            let (QuestionKind::Quantity, Some(dim)) = (q.kind, q.dimension) else {
                continue;
            };
            let mut values = Vec::new();
            let all_conditions = doc.options.iter().flat_map(|o| {
                o.rules
                    .iter()
                    .flat_map(|r| r.when.iter())
                    .chain(o.status.iter().flat_map(|s| s.available_if.iter()))
            });
            for c in all_conditions.filter(|c| c.question == q.id) {
                for text in c.above.iter().chain(c.at_most.iter()) {
                    if let Ok(value) = quantity::parse(dim, text) {
                        values.push(value);
                    }
                }
            }
            sort_dedup(&mut values);
            ok &= self.list(
                &format!("$.questions[{qi}]"),
                " (above/at_most values)",
                values.len(),
                MAX_THRESHOLDS,
            );
        }
        ok
    }
}
