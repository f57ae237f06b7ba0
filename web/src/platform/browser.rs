//! The few browser services the widget uses: language of the page, URL
//! fragment, clipboard. Every call tolerates a missing API (returns a default
//! or an error) instead of panicking.

use crate::platform::link::{self, LinkScope};
use berth::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Language from the nearest `lang` attribute of `el` or its ancestors, then
/// the document's; English when none is Korean or English.
pub fn lang_of(el: &web_sys::Element) -> Lang {
    let from_attr = el
        .closest("[lang]")
        .ok()
        .flatten()
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|l| Lang::from_tag(&l));
    from_attr.unwrap_or_default()
}

/// The current URL fragment (`#…`), or empty.
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Replaces the URL fragment without adding a history entry or scrolling.
pub fn set_fragment(fragment: &str) {
    let Some(w) = web_sys::window() else { return };
    if let Ok(history) = w.history() {
        let url = format!("#{fragment}");
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Replaces this widget's items of the URL fragment with `own` (a bare
/// fragment), keeping every other widget's items.
pub fn set_own_fragment(scope: &LinkScope, own: &str) {
    set_fragment(&link::with_own(&fragment(), scope, own));
}

/// The link a widget offers: the page URL with this widget's items set to
/// `own` (and every other widget's items as they are now).
#[cfg(feature = "quiz")]
pub fn own_link(scope: &LinkScope, own: &str) -> String {
    link_with_fragment(&link::with_own(&fragment(), scope, own))
}

/// The page URL with `fragment` as its fragment.
pub fn link_with_fragment(fragment: &str) -> String {
    let href = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{fragment}")
}

/// Today's date (UTC) as `YYYY-MM-DD`, for the decision record.
#[cfg(feature = "chooser")]
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Writes `text` to the clipboard. Err when the browser refuses (no
/// permission, insecure context, no API).
pub async fn copy(text: &str) -> Result<(), ()> {
    let window = web_sys::window().ok_or(())?;
    let navigator = window.navigator();
    // `clipboard` is missing on insecure origins; check before calling.
    let has = js_sys::Reflect::has(navigator.as_ref(), &"clipboard".into()).unwrap_or(false);
    if !has {
        return Err(());
    }
    let clipboard = navigator.clipboard();
    if clipboard.is_undefined() || clipboard.dyn_ref::<web_sys::Clipboard>().is_none() {
        return Err(());
    }
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}
