//! What every part of the widget shares: the interface strings ([`i18n`]),
//! the copy fallback box ([`copy_fallback`]) and page-unique ids.

pub(crate) mod copy_fallback;
pub mod i18n;

use std::cell::Cell;

thread_local! {
    static NEXT_UID: Cell<usize> = const { Cell::new(0) };
}

/// A fresh id for input names, unique on the page.
pub(crate) fn next_uid() -> usize {
    NEXT_UID.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}
