//! Stable sorting with one copy of the sort's code for the whole crate.
//!
//! Why not `slice::sort_by_key` at each call: the standard library's sorts
//! are generic over the element and the comparison, so every call site
//! gets its own quicksort, merge and small-sort code, 2 to 4 KB each; in
//! the page's wasm they were 47 KB of 478 KB of code (issue 18's size
//! profile, `wasm-opt -g` and the name section). Here every call sorts a
//! list of indices with one comparison type (`&mut dyn FnMut`), so the
//! sort is compiled once, and each call site adds only its comparison and
//! a linear reordering. Each function is stable and `O(n log n)`, as
//! `slice::sort_by` is (it is what sorts the indices).

use std::cmp::Ordering;

/// Sort `items` stably by `compare`, as `slice::sort_by` does.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_indices(&mut order, &mut |a, b| compare(&items[a], &items[b]));
    reorder(items, &order);
}

/// Sort `items` stably by `key`, as `slice::sort_by_key` does.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sort `items` in their own order (stably, which for the plain values
/// sorted here is the same as `slice::sort_unstable`).
pub fn sort<T: Ord>(items: &mut [T]) {
    sort_by(items, T::cmp);
}

/// The one sort: indices, by a comparison of the items they stand for.
fn sort_indices(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Put `items[order[k]]` at `k` for every `k`, in place, in linear time:
/// each swap moves one item to where it ends.
fn reorder<T>(items: &mut [T], order: &[usize]) {
    // `to[i]`: where the item now at `i` belongs.
    let mut to = vec![0; order.len()];
    for (k, &from) in order.iter().enumerate() {
        to[from] = k;
    }
    for i in 0..items.len() {
        while to[i] != i {
            let j = to[i];
            items.swap(i, j);
            to.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// xorshift: reproducible lists with many ties.
    fn list(n: usize) -> Vec<(u8, usize)> {
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        (0..n)
            .map(|i| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                ((seed % 7) as u8, i)
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_library_does_ties_in_their_first_order() {
        for n in [0, 1, 2, 3, 10, 100, 1_000] {
            let mut ours = list(n);
            let mut std = ours.clone();
            sort_by_key(&mut ours, |&(k, _)| k);
            std.sort_by_key(|&(k, _)| k);
            assert_eq!(ours, std, "{n} items");
            let mut ours = list(n);
            let mut std = ours.clone();
            sort_by(&mut ours, |a, b| b.0.cmp(&a.0));
            std.sort_by_key(|&(k, _)| std::cmp::Reverse(k));
            assert_eq!(ours, std, "{n} items, reversed");
            let mut ours: Vec<u8> = list(n).iter().map(|&(k, _)| k).collect();
            let mut std = ours.clone();
            sort(&mut ours);
            std.sort_unstable();
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn moves_items_that_cannot_be_copied() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "kiwi", "date"]
            .map(String::from)
            .to_vec();
        sort_by_key(&mut words, |w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "date", "apple"]);
    }
}
