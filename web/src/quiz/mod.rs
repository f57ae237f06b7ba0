//! The quiz: [`app`] wires the pure reducer ([`state`]) to the browser;
//! [`question`] and [`summary`] draw a question and the result.

pub(crate) mod app;
pub(crate) mod question;
pub mod state;
pub(crate) mod summary;
