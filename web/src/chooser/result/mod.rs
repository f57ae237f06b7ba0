//! The ranking in words: the layout ([`results`]) over one-job views — the
//! winner, the runners-up, "Show all" by tier, what would change the answer,
//! copy actions, source links and fit bars.

pub(crate) mod all_options;
pub(crate) mod copy_actions;
pub(crate) mod fit_bar;
pub(crate) mod results;
pub(crate) mod runners_up;
pub(crate) mod source_link;
pub(crate) mod what_if;
pub(crate) mod winner;
