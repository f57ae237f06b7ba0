//! The seeded draw of an attempt: which questions, in which order, with
//! their choices in which order. Pure and deterministic: the seed comes from
//! the caller (splitmix64), so the same quiz and settings give the same draw.

use super::built::Quiz;
use super::model::QuizKind;
use super::settings::Settings;

/// splitmix64: a tiny deterministic generator, so the same seed gives the same quiz.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// One drawn question: its index in the quiz and the order its choices are shown in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawn {
    pub question: usize,
    pub order: Vec<usize>,
}

/// Draws an attempt: filter by topic, shuffle with the seed, take `count`,
/// shuffle each question's choices. Same quiz + settings → same draw.
pub fn draw(quiz: &Quiz, s: &Settings) -> Vec<Drawn> {
    let mut rng = SplitMix(s.seed);
    let mut pool: Vec<usize> = (0..quiz.len())
        .filter(|&i| s.topics.is_empty() || s.topics.iter().any(|t| t == &quiz.question(i).topic))
        .collect();
    if s.shuffle {
        rng.shuffle(&mut pool);
    }
    pool.truncate(s.count);
    pool.into_iter()
        .map(|qi| {
            let q = quiz.question(qi);
            let mut order: Vec<usize> = (0..q.choices.len()).collect();
            // True/false keeps its order; everything else is shuffled (ordering must start shuffled).
            if q.kind != QuizKind::TrueFalse && (s.shuffle || q.kind == QuizKind::Ordering) {
                rng.shuffle(&mut order);
            }
            Drawn {
                question: qi,
                order,
            }
        })
        .collect()
}
