//! One copy of the standard library's sort for the whole crate. Every `slice::sort_by` over
//! another element type or closure is a copy of driftsort or ipnsort, a few KB of WebAssembly
//! each (190 sort functions, 20 KB gzipped, in the check-only module); here the sort runs on
//! indices with the comparison behind a `dyn`, so each caller adds only a small permutation.

use std::cmp::Ordering;

/// Sorts `v` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let mut order = sorted_indices(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    // Element `order[i]` goes to `i`: one cycle of the permutation at a time, each index
    // marked done by pointing it at itself.
    for start in 0..v.len() {
        let mut at = start;
        while order[at] != at {
            let next = order[at];
            order[at] = at;
            if next == start {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
}

/// Sorts `v` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `v`, as `slice::sort` does (and `sort_unstable`, whose equal elements are alike).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// `0..n` sorted stably by `compare`: the one instance of the standard library's sort.
fn sorted_indices(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| compare(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same order as the standard library's stable sort, equal keys in their first order,
    /// for lengths 0 to 200 of keys with many repeats.
    #[test]
    fn sorts_as_the_standard_library_does() {
        let mut seed = 7u32;
        for len in 0..200 {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                    (seed >> 28, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut theirs = v.clone();
            theirs.sort_by_key(|x| x.0);
            assert_eq!(ours, theirs);
            let mut ours = v.clone();
            sort(&mut ours);
            theirs.sort_unstable();
            assert_eq!(ours, theirs);
        }
    }
}
