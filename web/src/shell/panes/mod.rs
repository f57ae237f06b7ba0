//! The mode panes ([`mode_panes`]): the chooser, the quiz and the comparison, one
//! visible at a time; [`compare_answers`] hands the chooser's answers to the
//! comparison; [`mode_elsewhere`] restarts the widget in a wasm module that
//! holds a mode this one lacks.

#[cfg(feature = "chooser")]
pub(crate) mod compare_answers;
pub(crate) mod mode_elsewhere;
pub(crate) mod mode_panes;
