//! Two small sorts for the core's lists, in place of `slice::sort*`.
//!
//! The standard library's sorts are fast but large: every element type and
//! comparator gets its own copy of driftsort/ipnsort (2–3.5 KB of wasm each,
//! about 15 KB in the widget). The lists sorted here are short (the reasons
//! of one option, an answer's what-if candidates, a question's thresholds) or
//! need only O(n log n) without stability (the ranking, whose order is total),
//! so a few hundred bytes per use do the same job.

/// Stable insertion sort by a strict "less than": O(n²), so only for lists
/// a limit in [`crate::limits`] keeps short (a question's what-if
/// candidates, at most 2 × `MAX_THRESHOLDS`; the questions, at most
/// `MAX_QUESTIONS`; an option's reasons, at most `MAX_RULES_PER_OPTION`).
pub(crate) fn insertion_sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Heapsort by a strict "less than": O(n log n), in place, not stable, so
/// `less` must be a total order (ties broken by an index, say).
pub(crate) fn heap_sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    let mut sift_down = |v: &mut [T], mut node: usize, end: usize| loop {
        let mut child = 2 * node + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && less(&v[child], &v[child + 1]) {
            child += 1;
        }
        if !less(&v[node], &v[child]) {
            break;
        }
        v.swap(node, child);
        node = child;
    };
    let n = v.len();
    for node in (0..n / 2).rev() {
        sift_down(v, node, n);
    }
    for end in (1..n).rev() {
        v.swap(0, end);
        sift_down(v, 0, end);
    }
}

/// Sorts ascending and removes duplicates: O(n log n), as the list may be
/// long (every threshold of a question). Equal elements are removed, so the
/// sort needs no stability.
pub(crate) fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    heap_sort_by(v, |a, b| a < b);
    v.dedup();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &[i32]) {
        let mut expected = input.to_vec();
        expected.sort();
        let mut a = input.to_vec();
        insertion_sort_by(&mut a, |x, y| x < y);
        assert_eq!(a, expected, "insertion sort of {input:?}");
        let mut b = input.to_vec();
        heap_sort_by(&mut b, |x, y| x < y);
        assert_eq!(b, expected, "heap sort of {input:?}");
        let mut c = input.to_vec();
        sort_dedup(&mut c);
        expected.dedup();
        assert_eq!(c, expected, "sort_dedup of {input:?}");
    }

    #[test]
    fn sorts_agree_with_the_standard_library() {
        for input in [
            &[][..],
            &[1],
            &[2, 1],
            &[3, 1, 2, 3, 1],
            &[5, 4, 3, 2, 1, 0, -1],
            &[1, 1, 1, 1],
            &[9, -3, 7, 7, 0, 12, -3, 5, 8, 1, 1, 4, 100, -50],
        ] {
            check(input);
        }
        // Every permutation-ish pattern of a longer list.
        let long: Vec<i32> = (0..200).map(|i| (i * 7919 % 211) - 100).collect();
        check(&long);
    }

    #[test]
    fn insertion_sort_is_stable() {
        let mut v = vec![(1, 'a'), (0, 'b'), (1, 'c'), (0, 'd')];
        insertion_sort_by(&mut v, |x, y| x.0 < y.0);
        assert_eq!(v, [(0, 'b'), (0, 'd'), (1, 'a'), (1, 'c')]);
    }
}
