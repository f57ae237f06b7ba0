//! How a widget gets onto a page and off it again: `mount_widget` (the
//! `<berth-widget>` custom element's way in), `mount` (`[data-berth]` in the
//! light DOM, through the same config), the `WidgetHandle` the page keeps,
//! the bundle loader hook, and the panic panel every mounted widget shows
//! when the wasm instance stops.

use crate::platform::browser;
use crate::platform::content;
use crate::platform::link::{self, LinkScope};
use crate::shell::props::{Mode, WidgetProps};
use crate::shell::widget::Widget;
use berth::Lang;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

/// Quiz settings an element may carry (`data-NAME` on a mount div, `NAME` on `<berth-widget>`).
pub const QUIZ_ATTRIBUTES: [&str; 8] = [
    "count", "topics", "seed", "shuffle", "pass", "retry", "show", "feedback",
];

thread_local! {
    /// Roots of mounted widgets, for the panic panel.
    static ROOTS: std::cell::RefCell<Vec<(web_sys::Element, Lang)>> = const { std::cell::RefCell::new(Vec::new()) };
    static LIVE: Cell<usize> = const { Cell::new(0) };
}

/// Sets the page script's bundle loader: `(lang, part) => Promise<ArrayBuffer>`
/// with the binary `part` (`"catalog"` or `"quiz"`) of that language's
/// built-in content (`static/runtime.js`, `content.rs`).
#[wasm_bindgen]
pub fn set_bundle_loader(loader: js_sys::Function) {
    content::set_loader(loader);
}

/// How many widgets are mounted and not destroyed (for leak tests).
#[wasm_bindgen]
pub fn live_widgets() -> usize {
    LIVE.with(Cell::get)
}

/// A mounted widget. `destroy()` unmounts it and frees its listeners.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: Option<AppHandle<Widget>>,
    props: WidgetProps,
    root: web_sys::Element,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmounts the widget (idempotent).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            LIVE.with(|l| l.set(l.get().saturating_sub(1)));
            let root = self.root.clone();
            ROOTS.with(|r| {
                if let Ok(mut r) = r.try_borrow_mut() {
                    r.retain(|(el, _)| *el != root);
                }
            });
        }
    }

    /// Switches the language without losing answers. Unknown tags are ignored.
    pub fn set_lang(&mut self, tag: &str) {
        if let (Some(app), Some(lang)) = (self.app.as_mut(), Lang::from_tag(tag)) {
            self.props.lang = lang;
            app.update(self.props.clone());
        }
    }
}

fn get_str(config: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(config, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

/// Mounts a widget into `root`, dispatching host events on `host`.
/// `config` is a plain object: `{ mode, modes: "quiz",
/// lang, answers, compare, content, contentError, quiz: "count=5&seed=7",
/// url: true|false, linkKey: "chooser", upgrade: (mode, answers, lang) => void,
/// handover: true|false, chooserReported: true|false }` (all optional). With `url`, the widget owns the
/// bare fragment items; otherwise it reads and writes the items prefixed
/// with `linkKey` (see [`link`]). `upgrade` restarts the widget in a module
/// holding a mode this one lacks; the restart passes `handover` (see
/// [`crate::shell::mode_elsewhere`]).
#[wasm_bindgen]
pub fn mount_widget(
    root: web_sys::Element,
    host: web_sys::Element,
    config: JsValue,
) -> WidgetHandle {
    let lang = get_str(&config, "lang")
        .and_then(|l| Lang::from_tag(&l))
        .unwrap_or_else(|| browser::lang_of(&host));
    let sync_url = js_sys::Reflect::get(&config, &"url".into())
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let quiz_attributes = get_str(&config, "quiz")
        .unwrap_or_default()
        .split('&')
        .filter_map(|i| {
            i.split_once('=')
                .map(|(k, v)| (k.to_string(), v.to_string()))
        })
        .collect();
    let scope = match get_str(&config, "linkKey") {
        Some(key) if !sync_url && !key.is_empty() => LinkScope::Widget(key),
        _ => LinkScope::Page,
    };
    let props = WidgetProps {
        lang,
        fragment: link::own_fragment(&browser::fragment(), &scope),
        scope,
        modes: Mode::list_from_attr(&get_str(&config, "modes").unwrap_or_default()),
        mode: get_str(&config, "mode")
            .and_then(|m| Mode::from_attr(&m))
            .unwrap_or(Mode::Chooser),
        quiz_attributes,
        fallback_seed: random_seed(),
        sync_url,
        answers: get_str(&config, "answers").unwrap_or_default(),
        compare: get_str(&config, "compare")
            .map(|s| {
                s.split(',')
                    .map(|x| x.trim().to_string())
                    .filter(|x| !x.is_empty())
                    .collect()
            })
            .unwrap_or_default(),
        content: get_str(&config, "content").map(Rc::from),
        content_error: get_str(&config, "contentError"),
        host: Some(host),
        chooser_reported: js_sys::Reflect::get(&config, &"chooserReported".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        handover: js_sys::Reflect::get(&config, &"handover".into())
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        upgrade: js_sys::Reflect::get(&config, &"upgrade".into())
            .ok()
            .and_then(|f| f.dyn_into::<js_sys::Function>().ok()),
    };
    render(root, props)
}

fn render(root: web_sys::Element, props: WidgetProps) -> WidgetHandle {
    install_panic_panel();
    ROOTS.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.push((root.clone(), props.lang));
        }
    });
    let app = yew::Renderer::<Widget>::with_root_and_props(root.clone(), props.clone()).render();
    LIVE.with(|l| l.set(l.get() + 1));
    WidgetHandle {
        app: Some(app),
        props,
        root,
    }
}

/// On a panic the wasm instance aborts, and every widget on the page shares
/// it. Before that, this hook puts a localized alert with a reload link (a
/// plain `<a href="">`, which needs no script) at the top of every mounted
/// widget, and logs the message to the console.
fn install_panic_panel() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Through Yew: it replaces any other hook each time an app renders.
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&JsValue::from_str(&format!("berth: {info}")));
            ROOTS.with(|r| {
                let Ok(roots) = r.try_borrow() else { return };
                for (root, lang) in roots.iter() {
                    let _ = show_panic_panel(root, *lang);
                }
            });
        }));
    });
}

fn show_panic_panel(root: &web_sys::Element, lang: Lang) -> Result<(), JsValue> {
    let doc = root.owner_document().ok_or(JsValue::NULL)?;
    let panel = doc.create_element("div")?;
    panel.set_class_name("berth berth-panic");
    panel.set_attribute("role", "alert")?;
    panel.set_attribute("part", "error")?;
    let text = doc.create_element("p")?;
    text.set_text_content(Some(lang.pick(
        "Berth에서 예기치 않은 오류가 발생해 멈췄습니다. 새로 고치면 다시 시작합니다.",
        "Berth hit an unexpected error and stopped. Reload the page to start again.",
    )));
    let link = doc.create_element("a")?;
    link.set_attribute("href", "")?;
    link.set_class_name("berth-btn");
    link.set_text_content(Some(lang.pick("페이지 새로 고침", "Reload the page")));
    panel.append_child(&text)?;
    panel.append_child(&link)?;
    root.prepend_with_node_1(&panel)
}

/// Test hook: panics on purpose, to check the panic panel (see SECURITY.md).
#[wasm_bindgen]
pub fn simulate_panic() {
    panic!("simulated panic (test hook)");
}

/// The core takes a seed and never draws randomness itself; the page picks one here.
fn random_seed() -> u64 {
    (js_sys::Math::random() * 1e9) as u64 + 1
}

/// Mounts a widget into a `[data-berth]` element (light DOM, page styles).
/// Reads `data-mode`, `data-modes`, `data-answers`,
/// `data-compare`, `data-url="off"` and the quiz settings as `data-NAME`.
/// It owns the page's bare fragment items; with `data-url="off"` it reads
/// and copies the items prefixed with its `id` (else `berth`) and never
/// writes the URL.
#[wasm_bindgen]
pub fn mount(root: web_sys::Element) -> WidgetHandle {
    // One path for both ways in: the data attributes become mount_widget's config.
    let config = js_sys::Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = js_sys::Reflect::set(&config, &JsValue::from_str(key), &value);
    };
    let attr = |name: &str| root.get_attribute(&format!("data-{name}"));
    for key in ["mode", "modes", "answers", "compare"] {
        if let Some(value) = attr(key) {
            set(key, JsValue::from_str(&value));
        }
    }
    let quiz: Vec<String> = QUIZ_ATTRIBUTES
        .iter()
        .filter_map(|name| attr(name).map(|v| format!("{name}={}", v.replace('&', ""))))
        .collect();
    set("quiz", JsValue::from_str(&quiz.join("&")));
    set(
        "url",
        JsValue::from_bool(attr("url").as_deref() != Some("off")),
    );
    let id = root.id();
    set(
        "linkKey",
        JsValue::from_str(if id.is_empty() { "berth" } else { &id }),
    );
    mount_widget(root.clone(), root, config.into())
}
