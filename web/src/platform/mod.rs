//! What the widget needs from the page and the browser: the URL and
//! clipboard ([`browser`]), the link items each widget owns ([`link`]),
//! stored quiz progress ([`storage`]), host events ([`events`]), focus moves
//! ([`focus`]), the page's registry of built-in content ([`content`]) and the
//! cell that hands the chooser's answers to other panes ([`handover`]).
//! Nothing here draws a part of the widget.

pub(crate) mod browser;
pub mod content;
pub(crate) mod events;
pub(crate) mod focus;
pub(crate) mod handover;
pub mod link;
#[cfg(feature = "quiz")]
pub(crate) mod storage;
