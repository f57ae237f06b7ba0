//! The responses of an attempt in a result link: questions separated by
//! `-`, choice indices by `.`, `_` for unanswered. Decoding checks every
//! index against the draw, so a link can name nothing the quiz lacks.

use super::built::Quiz;
use super::draw::Drawn;

/// Encodes responses for a link: questions separated by `-`, choice indices by
/// `.`, `_` for unanswered: `2-0.3-_-1.0.2`.
pub fn encode_responses(responses: &[Option<Vec<usize>>]) -> String {
    responses
        .iter()
        .map(|r| match r {
            None => "_".to_string(),
            Some(v) => v
                .iter()
                .map(|c| c.to_string())
                .collect::<Vec<_>>()
                .join("."),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Decodes [`encode_responses`], checking every index against the draw.
pub fn decode_responses(
    text: &str,
    quiz: &Quiz,
    drawn: &[Drawn],
) -> Option<Vec<Option<Vec<usize>>>> {
    let parts: Vec<&str> = if text.is_empty() {
        Vec::new()
    } else {
        text.split('-').collect()
    };
    if parts.len() > drawn.len() {
        return None;
    }
    let mut out = Vec::with_capacity(drawn.len());
    for (i, p) in parts.iter().enumerate() {
        if *p == "_" {
            out.push(None);
            continue;
        }
        let n = quiz.question(drawn[i].question).choices.len();
        let v: Option<Vec<usize>> = p
            .split('.')
            .map(|c| c.parse::<usize>().ok().filter(|&c| c < n))
            .collect();
        let v = v?;
        if v.is_empty() || v.len() > n {
            return None;
        }
        out.push(Some(v));
    }
    out.resize(drawn.len(), None);
    Some(out)
}
