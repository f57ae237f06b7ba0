//! Arrow keys through a radio group select one option after another; the
//! chooser commits the answer once the keys settle (300 ms), on Enter/Next,
//! Back or Skip — not per key — so the results are not rebuilt and the live
//! region not re-announced for every option passed on the way. A pointer
//! selection commits at once.

use crate::chooser::state::Action;
use berth::AnswerValue;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the arrow keys must rest before the answer counts.
const SETTLE_MS: i32 = 300;

#[derive(Default)]
pub struct Settle {
    /// The last selection came from the keyboard.
    keyboard: bool,
    pending: Option<(usize, Option<AnswerValue>)>,
    timer: Option<i32>,
}

/// Shared between the radios, the form and the timer.
pub type SettleRef = Rc<RefCell<Settle>>;

/// Notes whether the next selection comes from arrow keys (`true`) or a pointer.
pub fn set_keyboard(settle: &SettleRef, keyboard: bool) {
    settle.borrow_mut().keyboard = keyboard;
}

/// Answers now, or after the keys settle when they are moving the selection.
pub fn select(
    settle: &SettleRef,
    on_action: &Callback<Action>,
    question: usize,
    value: Option<AnswerValue>,
) {
    let mut s = settle.borrow_mut();
    if !s.keyboard {
        drop(s);
        on_action.emit(Action::Answer(question, value));
        return;
    }
    s.pending = Some((question, value));
    let Some(window) = web_sys::window() else {
        drop(s);
        flush(settle, on_action);
        return;
    };
    if let Some(id) = s.timer.take() {
        window.clear_timeout_with_handle(id);
    }
    let (later, on_action) = (Rc::clone(settle), on_action.clone());
    let callback = Closure::once_into_js(move || {
        later.borrow_mut().timer = None;
        flush(&later, &on_action);
    });
    s.timer = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), SETTLE_MS)
        .ok();
}

/// Commits a pending selection now (before Next, Back or Skip).
pub fn flush(settle: &SettleRef, on_action: &Callback<Action>) {
    let pending = {
        let mut s = settle.borrow_mut();
        if let (Some(id), Some(window)) = (s.timer.take(), web_sys::window()) {
            window.clear_timeout_with_handle(id);
        }
        s.pending.take()
    };
    if let Some((question, value)) = pending {
        on_action.emit(Action::Answer(question, value));
    }
}

/// The settling shared by one question's radios, form and buttons, with the
/// form's handlers.
pub struct SettleHandlers {
    pub settle: SettleRef,
    on_action: Callback<Action>,
    /// Enter in the form is Next (after committing a pending selection).
    pub on_submit: Callback<SubmitEvent>,
    /// Arrow keys: the next selection comes from the keyboard.
    pub on_key: Callback<KeyboardEvent>,
    /// A pointer: the next selection commits at once.
    pub on_pointer: Callback<PointerEvent>,
}

impl SettleHandlers {
    /// A button that first commits a pending selection, then sends `action`.
    pub fn navigate(&self, action: fn() -> Action) -> Callback<MouseEvent> {
        let (on_action, settle) = (self.on_action.clone(), self.settle.clone());
        Callback::from(move |_: MouseEvent| {
            flush(&settle, &on_action);
            on_action.emit(action())
        })
    }

    /// A radio's selection of `value` for `question`.
    pub fn select(&self, question: usize, value: Option<AnswerValue>) -> Callback<()> {
        let (on_action, settle) = (self.on_action.clone(), self.settle.clone());
        Callback::from(move |()| select(&settle, &on_action, question, value))
    }
}

/// One question's settling (kept across its renders).
#[hook]
pub fn use_settle(on_action: &Callback<Action>) -> SettleHandlers {
    let settle: SettleRef = use_mut_ref(Settle::default);
    let on_submit = {
        let (on_action, settle) = (on_action.clone(), settle.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            flush(&settle, &on_action);
            on_action.emit(Action::Next)
        })
    };
    let on_key = {
        let settle = settle.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key().starts_with("Arrow") {
                set_keyboard(&settle, true);
            }
        })
    };
    let on_pointer = {
        let settle = settle.clone();
        Callback::from(move |_: PointerEvent| set_keyboard(&settle, false))
    };
    SettleHandlers {
        settle,
        on_action: on_action.clone(),
        on_submit,
        on_key,
        on_pointer,
    }
}
