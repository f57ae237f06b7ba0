//! An ordering question: items moved with buttons (keyboard only, never
//! drag), each move announced, focus kept on the moved item's button.

use crate::quiz::state::{Direction, QuizAction};
use crate::ui::i18n::{t, Key};
use berth::Lang;
use yew::prelude::*;

/// The button to focus after a move: (choice, direction).
pub type Refocus = UseStateHandle<Option<(usize, Direction)>>;

/// What an ordering list needs.
pub struct OrderingList<'a> {
    /// The choices in the reader's current order.
    pub order: Vec<usize>,
    pub label: &'a dyn Fn(usize) -> String,
    pub locked: bool,
    pub lang: Lang,
    pub list_ref: NodeRef,
    /// What the live region says after a move.
    pub announce: UseStateHandle<String>,
    pub refocus: Refocus,
    pub on_action: &'a Callback<QuizAction>,
}

/// After a move, focus returns to the moved item's button (DOM moves drop
/// focus), found inside `list` so it works in a shadow root too.
#[hook]
pub fn use_move_refocus(list: &NodeRef) -> Refocus {
    let refocus = use_state(|| None::<(usize, Direction)>);
    let list = list.clone();
    use_effect_with(*refocus, move |target| {
        if let (Some((choice, direction)), Some(list)) = (target, list.cast::<web_sys::Element>()) {
            let selector = format!(
                "button[data-choice=\"{choice}\"][data-dir=\"{}\"]",
                direction.id()
            );
            let found = list.query_selector(&selector).ok().flatten();
            if let Some(el) = found.and_then(|el| wasm_bindgen::JsCast::dyn_into(el).ok()) {
                crate::platform::focus::focus_now_or_next_frame(el);
            }
        }
    });
    refocus
}

/// The help line and the list.
pub fn ordering_list(list: OrderingList<'_>) -> Html {
    html! {
        <>
            <p class="berth-help">{t(Key::OrderHelp, list.lang)}</p>
            <ol class="berth-order" ref={list.list_ref.clone()}>
                { for list.order.iter().enumerate().map(|(pos, &choice)| order_item(&list, pos, choice)) }
            </ol>
        </>
    }
}

/// One item with its "Move up" and "Move down" buttons.
fn order_item(list: &OrderingList<'_>, pos: usize, choice: usize) -> Html {
    let item = (list.label)(choice);
    let n = list.order.len();
    // The accessible name starts with the visible words ("Move up"), then
    // names the item for a screen reader; the arrow is decoration.
    let button = |direction: Direction, arrow: &'static str, words: Key| {
        let disabled = list.locked || direction.target(pos, n).is_none();
        html! {
            <button type="button" class="berth-btn berth-btn-small" data-choice={choice.to_string()} data-dir={direction.id()}
                disabled={disabled} onclick={mover(list, pos, choice, direction)}>
                <span aria-hidden="true">{arrow}</span>{t(words, list.lang)}<span class="berth-sr">{": "}{item.clone()}</span>
            </button>
        }
    };
    html! {
        <li key={choice} class="berth-order-item">
            <span class="berth-order-label">{item.clone()}</span>
            <span class="berth-order-buttons">
                { button(Direction::Up, "↑ ", Key::MoveUp) }
                { button(Direction::Down, "↓ ", Key::MoveDown) }
            </span>
        </li>
    }
}

/// Moves `choice` (at `pos`) one place: announces where it went and keeps
/// focus on the same button unless it just became disabled.
fn mover(
    list: &OrderingList<'_>,
    pos: usize,
    choice: usize,
    direction: Direction,
) -> Callback<MouseEvent> {
    let on_action = list.on_action.clone();
    let announce = list.announce.clone();
    let refocus = list.refocus.clone();
    let item = (list.label)(choice);
    let n = list.order.len();
    let lang = list.lang;
    Callback::from(move |_: MouseEvent| {
        let Some(to) = direction.target(pos, n) else {
            return;
        };
        announce.set(
            t(Key::Moved, lang)
                .replace("{item}", &item)
                .replace("{pos}", &(to + 1).to_string())
                .replace("{n}", &n.to_string()),
        );
        let at_edge = direction.target(to, n).is_none();
        refocus.set(Some((
            choice,
            if at_edge {
                direction.opposite()
            } else {
                direction
            },
        )));
        on_action.emit(QuizAction::Move { choice, direction });
    })
}
