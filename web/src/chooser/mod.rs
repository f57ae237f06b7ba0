//! The chooser: the reader answers questions ([`question`]) and sees the
//! ranking ([`result`]). [`state`] is the pure reducer behind both; [`app`]
//! wires it to the browser (link, events, focus).

mod answers_summary;
pub mod app;
mod host_reports;
mod link_notice;
mod question;
mod result;
pub mod state;
