// The built-in content, one bundle per language (content/en.json,
// content/ko.json; `berth bundle` makes them at build time). A page fetches
// only its own language; the other is fetched when the reader switches.
// Each language is fetched once per page and shared by every widget.
const bundles = new Map();

/** Fetches the `lang` bundle's JSON text (one request per language per page). */
export function loadBundle(lang) {
  const code = String(lang).toLowerCase().startsWith('ko') ? 'ko' : 'en';
  if (!bundles.has(code)) {
    const url = new URL(`../content/${code}.json`, import.meta.url);
    const text = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${url.pathname}`);
      return r.text();
    });
    // A failed fetch may be tried again later (the next switch).
    text.catch(() => bundles.delete(code));
    bundles.set(code, text);
  }
  return bundles.get(code);
}

/** Starts fetching `lang` early (in parallel with the wasm); errors surface later, in the widget. */
export function prefetchBundle(lang) {
  loadBundle(lang).catch(() => {});
}

/** The page language of an element: `ko` or `en`. */
export function langOf(el) {
  return (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}
