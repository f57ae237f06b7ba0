//! `mdbook-berth`: an mdBook preprocessor that turns ```` ```berth ```` fences
//! into Berth widgets. Settings are the `<berth-widget>` attributes, as TOML:
//!
//! ````markdown
//! ```berth
//! mode = "quiz"
//! count = 5
//! topics = ["lambda", "fargate"]
//! ```
//! ````
//!
//! Every setting is checked by `berth::embed` (the same rules the MkDocs
//! plugin uses); a bad one fails the book build with the chapter, the line
//! and the valid values, and nothing is rendered. It speaks mdBook's plain
//! JSON preprocessor protocol (no `mdbook` library dependency). Tested with
//! mdBook 0.5.4; chapters are found wherever the book JSON holds them, so
//! 0.4's layout (`sections` instead of `items`) is handled the same way.

pub mod book;
pub mod fence;
pub mod install;
