// Page-wide helpers shared by boot.js and berth-widget.js.
//
// Content: the built-in catalog and quiz come in a binary form, two parts per
// language (content/en.catalog.bin, content/en.quiz.bin, …; `berth bundle
// --binary` makes them at build time). A page fetches only its own language,
// and only the parts its module reads (a chooser-only module never asks for
// the quiz); the other language is fetched when the reader switches. Each
// part is fetched once per page, for every widget.
//
// Traps: a build with panic=immediate-abort (BERTH_TOOLCHAIN=nightly, see
// README) turns a Rust panic into a bare wasm trap, with no Rust hook to
// draw the panic panel. The trap surfaces here as an uncaught
// WebAssembly.RuntimeError, and every widget gets the same localized panel
// the Rust hook draws in the default build (where this finds it and stops).
// Only traps in Berth's own module count (`isBerthTrap`).
const bundles = new Map();

/** Fetches a part ('catalog' or 'quiz') of the `lang` content as an ArrayBuffer (one request per part and language per page). */
export function loadBundle(lang, part = 'catalog') {
  const code = String(lang).toLowerCase().startsWith('ko') ? 'ko' : 'en';
  const name = `${code}.${part === 'quiz' ? 'quiz' : 'catalog'}`;
  if (!bundles.has(name)) {
    const url = new URL(`../content/${name}.bin`, import.meta.url);
    const bytes = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status} for ${url.pathname}`);
      return r.arrayBuffer();
    });
    // A failed fetch may be tried again later (the next switch).
    bytes.catch(() => bundles.delete(name));
    bundles.set(name, bytes);
  }
  return bundles.get(name);
}

/** Starts fetching `lang`'s parts early (in parallel with the wasm); errors surface later, in the widget. */
export function prefetchBundle(lang, parts = ['catalog', 'quiz']) {
  for (const part of parts) loadBundle(lang, part).catch(() => {});
}

/** The page language of an element: `ko` or `en`. */
export function langOf(el) {
  return (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

const roots = new Set();

/** Shows the panic panel in `root` if a trap happens (until `unwatchTraps`). */
export function watchTraps(root) {
  roots.add(root);
}

export function unwatchTraps(root) {
  roots.delete(root);
}

const PANEL = {
  ko: ['Berth에서 예기치 않은 오류가 발생해 멈췄습니다. 새로 고치면 다시 시작합니다.', '페이지 새로 고침'],
  en: ['Berth hit an unexpected error and stopped. Reload the page to start again.', 'Reload the page'],
};

function showPanel(root) {
  if (root.querySelector('.berth-panic')) return; // the Rust hook was first
  const [message, reload] = PANEL[langOf(root.querySelector('.berth[lang]') ?? root)];
  const panel = document.createElement('div');
  panel.className = 'berth berth-panic';
  panel.setAttribute('role', 'alert');
  panel.setAttribute('part', 'error');
  const text = document.createElement('p');
  text.textContent = message;
  const link = document.createElement('a');
  link.href = '';
  link.className = 'berth-btn';
  link.textContent = reload;
  panel.append(text, link);
  root.prepend(panel);
}

// Berth's own code: its wasm modules (pkg/berth_chooser, berth_quiz, …) and
// the wasm-bindgen glue that calls them, all named pkg/berth_*. A trap in
// Berth has one of them in its stack (the wasm frames name the module's URL;
// calls into it pass through the glue). Another wasm module on the page traps
// with neither, and its error is not Berth's to report: the widgets still
// work (issue #16).
const OWN_CODE = [new URL('../pkg/berth_', import.meta.url).href];

/** Whether `error` is a trap in Berth's own wasm module. */
export function isBerthTrap(error) {
  if (!(error instanceof WebAssembly.RuntimeError)) return false;
  const stack = String(error.stack ?? '');
  return OWN_CODE.some((url) => stack.includes(url));
}

window.addEventListener('error', (event) => {
  if (isBerthTrap(event.error)) roots.forEach(showPanel);
});
