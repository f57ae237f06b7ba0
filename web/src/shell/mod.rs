//! The widget's frame: how it is mounted ([`mount`]), its root component
//! ([`widget`]: mode tabs, language, content loading, error panel) and the
//! panes it shows ([`mode_panes`], including the restart into a wasm module
//! that holds a mode this one lacks). The shell depends on the parts; no
//! part depends on the shell.

pub(crate) mod mode_panes;
pub mod mount;
pub mod widget;
