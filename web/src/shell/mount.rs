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

/// What a page asks of a widget, read once from either way in: the
/// config object of `<berth-widget>` ([`WidgetConfig::from_js`]) or the
/// data attributes of a `[data-berth]` element
/// ([`WidgetConfig::from_data_attributes`]).
#[derive(Default)]
struct WidgetConfig {
    /// `None`: the host's (nearest `lang` attribute).
    lang: Option<Lang>,
    mode: Option<Mode>,
    modes: Vec<Mode>,
    answers: String,
    compare: Vec<String>,
    /// Quiz settings (`count`, `seed`, …) as `(name, value)`.
    quiz: Vec<(String, String)>,
    content: Option<Rc<str>>,
    content_error: Option<String>,
    /// The widget owns the bare fragment items.
    url: bool,
    /// Whose prefixed fragment items are the widget's (without `url`).
    link_key: Option<String>,
    upgrade: Option<js_sys::Function>,
    handover: bool,
    chooser_reported: bool,
}

/// Option ids from `a, b, c` (empty ones dropped).
fn compare_list(text: &str) -> Vec<String> {
    text.split(',')
        .map(|id| id.trim().to_string())
        .filter(|id| !id.is_empty())
        .collect()
}

impl WidgetConfig {
    /// Reads the plain config object of `mount_widget` (every key optional;
    /// a key of the wrong type counts as missing).
    fn from_js(config: &JsValue) -> Self {
        let get = |key: &str| js_sys::Reflect::get(config, &JsValue::from_str(key)).ok();
        let text = |key: &str| get(key).and_then(|value| value.as_string());
        let flag = |key: &str| get(key).and_then(|value| value.as_bool()).unwrap_or(false);
        let quiz = text("quiz").unwrap_or_default();
        WidgetConfig {
            lang: text("lang").and_then(|tag| Lang::from_tag(&tag)),
            mode: text("mode").and_then(|mode| Mode::from_attr(&mode)),
            modes: Mode::list_from_attr(&text("modes").unwrap_or_default()),
            answers: text("answers").unwrap_or_default(),
            compare: text("compare").map_or_else(Vec::new, |ids| compare_list(&ids)),
            quiz: quiz
                .split('&')
                .filter_map(|item| item.split_once('='))
                .map(|(name, value)| (name.to_string(), value.to_string()))
                .collect(),
            content: text("content").map(Rc::from),
            content_error: text("contentError"),
            url: flag("url"),
            link_key: text("linkKey"),
            upgrade: get("upgrade").and_then(|upgrade| upgrade.dyn_into().ok()),
            handover: flag("handover"),
            chooser_reported: flag("chooserReported"),
        }
    }

    /// Reads a `[data-berth]` element's `data-mode`, `data-modes`,
    /// `data-answers`, `data-compare`, `data-url` and quiz settings; its
    /// link key is its `id`, else `berth`.
    fn from_data_attributes(root: &web_sys::Element) -> Self {
        let attr = |name: &str| root.get_attribute(&format!("data-{name}"));
        let id = root.id();
        WidgetConfig {
            mode: attr("mode").and_then(|mode| Mode::from_attr(&mode)),
            modes: Mode::list_from_attr(&attr("modes").unwrap_or_default()),
            answers: attr("answers").unwrap_or_default(),
            compare: attr("compare").map_or_else(Vec::new, |ids| compare_list(&ids)),
            quiz: QUIZ_ATTRIBUTES
                .iter()
                .filter_map(|name| {
                    attr(name).map(|value| (name.to_string(), value.replace('&', "")))
                })
                .collect(),
            url: attr("url").as_deref() != Some("off"),
            link_key: Some(if id.is_empty() { "berth".into() } else { id }),
            ..WidgetConfig::default()
        }
    }

    /// The widget's props, with `host` for events and the page's language.
    fn into_props(self, host: web_sys::Element) -> WidgetProps {
        let scope = match self.link_key {
            Some(key) if !self.url && !key.is_empty() => LinkScope::Widget(key),
            _ => LinkScope::Page,
        };
        WidgetProps {
            lang: self.lang.unwrap_or_else(|| browser::lang_of(&host)),
            fragment: link::own_fragment(&browser::fragment(), &scope),
            scope,
            modes: self.modes,
            mode: self.mode.unwrap_or(Mode::Chooser),
            quiz_attributes: self.quiz,
            fallback_seed: random_seed(),
            sync_url: self.url,
            answers: self.answers,
            compare: self.compare,
            content: self.content,
            content_error: self.content_error,
            host: Some(host),
            chooser_reported: self.chooser_reported,
            handover: self.handover,
            upgrade: self.upgrade,
        }
    }
}

/// Mounts a widget into `root`, dispatching host events on `host`.
/// `config` is a plain object: `{ mode, modes: "quiz",
/// lang, answers, compare, content, contentError, quiz: "count=5&seed=7",
/// url: true|false, linkKey: "chooser", upgrade: (mode, answers, lang) => void,
/// handover: true|false, chooserReported: true|false }` (all optional). With `url`, the widget owns the
/// bare fragment items; otherwise it reads and writes the items prefixed
/// with `linkKey` (see [`link`]). `upgrade` restarts the widget in a module
/// holding a mode this one lacks; the restart passes `handover` (see
/// [`crate::shell::panes::mode_elsewhere`]).
#[wasm_bindgen]
pub fn mount_widget(
    root: web_sys::Element,
    host: web_sys::Element,
    config: JsValue,
) -> WidgetHandle {
    render(root, WidgetConfig::from_js(&config).into_props(host))
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
    let config = WidgetConfig::from_data_attributes(&root);
    render(root.clone(), config.into_props(root))
}
