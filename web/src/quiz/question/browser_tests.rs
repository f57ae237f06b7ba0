//! Browser tests of an ordering question (wasm only: `cargo test -p
//! berth-web --target wasm32-unknown-unknown`): a move reorders the list,
//! is announced, and keeps focus on the moved item's button, or on its other
//! button when it reaches an end.

use crate::platform::content::{self, Content};
use crate::platform::link::LinkScope;
use crate::quiz::app::{QuizApp, QuizAppProps};
use berth::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The quiz with the built-in English content, as the widget root provides it.
#[function_component(Harness)]
fn harness(props: &QuizAppProps) -> Html {
    let (catalog, quiz) = content::bundle(Lang::En).expect("registered");
    html! {
        <ContextProvider<Content> context={Content { catalog, quiz }}>
            <QuizApp ..props.clone() />
        </ContextProvider<Content>>
    }
}

/// Mounts the quiz (feedback at the end) and answers with the first choice
/// until an ordering question is on screen.
async fn at_an_ordering_question() -> Element {
    let catalog = berth::default_catalog();
    let parts =
        berth::bundle::make_binary(&catalog, berth::quiz::DEFAULT_QUIZ_JSON, Lang::En).unwrap();
    content::register_bundle(&parts.catalog, Some(&parts.quiz)).unwrap();
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let attributes = [("count", "51"), ("shuffle", "no"), ("feedback", "end")];
    let props = QuizAppProps {
        lang: Lang::En,
        attributes: attributes
            .iter()
            .map(|(key, value)| (key.to_string(), value.to_string()))
            .collect(),
        link: Vec::new(),
        fallback_seed: 7,
        active: true,
        sync_url: false,
        scope: LinkScope::Widget("ordering-test".into()),
        uid: 1,
    };
    yew::Renderer::<Harness>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    for _ in 0..51 {
        if root.query_selector(".berth-order").unwrap().is_some() {
            legend_focused().await;
            return root;
        }
        click(&root, ".berth-quiz .berth-choices input").await;
        click(&root, ".berth-quiz button[type=submit]").await;
    }
    panic!("no ordering question in the built-in quiz");
}

async fn click(root: &Element, selector: &str) {
    let element: HtmlElement = root
        .query_selector(selector)
        .unwrap()
        .expect(selector)
        .dyn_into()
        .unwrap();
    element.click();
    yew::scheduler::flush().await;
}

fn labels(root: &Element) -> Vec<String> {
    let items = root.query_selector_all(".berth-order-label").unwrap();
    (0..items.length())
        .filter_map(|i| items.item(i)?.text_content())
        .collect()
}

/// Waits until the new question's legend has focus: Firefox moves it in a
/// later task (`platform::focus`), which a test acting at once would race.
async fn legend_focused() {
    for _ in 0..50 {
        let document = web_sys::window().unwrap().document().unwrap();
        let on_legend = document
            .active_element()
            .is_some_and(|el| el.matches("legend").unwrap_or(false));
        if on_legend {
            return;
        }
        next_tick().await;
    }
    panic!("the question's legend never got focus");
}

async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits a few frames for focus moved in the next frame or task.
async fn focused(root: &Element) -> Option<(String, String)> {
    for _ in 0..10 {
        next_tick().await;
        let active = web_sys::window()?.document()?.active_element()?;
        if active.closest(".berth-order").ok().flatten().is_some() {
            let choice = active.get_attribute("data-choice")?;
            return Some((choice, active.get_attribute("data-dir")?));
        }
    }
    let _ = root;
    None
}

#[wasm_bindgen_test]
async fn a_move_reorders_announces_and_keeps_focus_on_the_moved_item() {
    let root = at_an_ordering_question().await;
    let shown = labels(&root);
    let count = shown.len();
    assert!(count >= 3, "{shown:?}");
    let up_disabled = root
        .query_selector(".berth-order-item button[data-dir=up]")
        .unwrap()
        .unwrap()
        .has_attribute("disabled");
    assert!(up_disabled, "the first item cannot move up");
    let first = root
        .query_selector(".berth-order-item button[data-dir=down]")
        .unwrap()
        .unwrap()
        .get_attribute("data-choice")
        .unwrap();

    // Down one place: swapped, announced, focus stays on its "Move down".
    click(&root, ".berth-order-item button[data-dir=down]").await;
    let mut want = shown.clone();
    want.swap(0, 1);
    assert_eq!(labels(&root), want);
    let live = root
        .query_selector(".berth-quiz .berth-sr[role=status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(live, format!("{}: position 2 of {count}", shown[0]));
    assert_eq!(focused(&root).await, Some((first.clone(), "down".into())));

    // Down to the end: focus moves to its "Move up" (the other is disabled).
    for _ in 2..count {
        let selector = format!("button[data-choice=\"{first}\"][data-dir=down]");
        click(&root, &selector).await;
    }
    assert_eq!(labels(&root).last(), Some(&shown[0]));
    assert_eq!(focused(&root).await, Some((first, "up".into())));
}
