// <berth-widget>: Berth as a custom element. One module script, any number of
// elements per page. Each element gets its own Shadow DOM (styles cannot leak
// in or out) and its own state. The wasm comes in one module per page type
// (issue #14), fetched only when the first element comes near the viewport:
// the smallest module that covers every widget on the page at that moment
// (choosers only, quizzes only, both, or any with the author's own content),
// shared by all of them. A widget whose reader opens a mode its module lacks
// is restarted in a module that has it, keeping the reader's answers
// (`upgrade`, web/src/shell/panes/mode_elsewhere.rs).
// Attributes are documented in README.md ("Embedding").
import { loadBundle, prefetchBundle, langOf, watchTraps, unwatchTraps } from './runtime.js';

const CSS_URL = new URL('./berth.css', import.meta.url).href;
const QUIZ = ['count', 'topics', 'seed', 'shuffle', 'pass', 'retry', 'show', 'feedback'];
const ALL_MODES = ['chooser', 'quiz', 'compare'];

// The wasm modules, smallest first: scripts/modules.json's table (scripts/check-modules.mjs keeps them equal).
const MODULES = [
  { name: 'berth_chooser', modes: ['chooser', 'compare'], custom: false },
  { name: 'berth_quiz', modes: ['quiz'], custom: false },
  { name: 'berth_both', modes: ALL_MODES, custom: false },
  { name: 'berth_web', modes: ALL_MODES, custom: true },
];
const started = new Map(); // module name → Promise of its initialized exports

/** Fetches and starts a module once per page. */
function loadModule(name) {
  if (!started.has(name)) {
    const ready = startModule(name).then((module) => {
      module.set_bundle_loader(loadBundle);
      return module;
    });
    ready.catch(() => started.delete(name)); // a failed load may be tried again
    started.set(name, ready);
  }
  return started.get(name);
}

// The glue and the wasm are fetched in parallel; the wasm compiles as it streams in.
async function startModule(name) {
  const wasm = fetch(new URL(`../pkg/${name}_bg.wasm`, import.meta.url));
  wasm.catch(() => {});
  const module = await import(new URL(`../pkg/${name}.js`, import.meta.url).href);
  await module.default({ module_or_path: wasm });
  return module;
}

/** How many widgets are mounted, over every module (for leak tests). */
export async function liveWidgets() {
  const modules = await Promise.all([...started.values()].map((p) => p.catch(() => null)));
  return modules.reduce((n, m) => n + (m ? m.live_widgets() : 0), 0);
}

// The widget's own fragment items (decoded keys, every value), as web/src/platform/link.rs reads them.
function ownLinkItems(el) {
  const own = [];
  const prefix = el.getAttribute('url') === 'on' ? '' : `${linkKey(el)}.`;
  for (const item of location.hash.replace(/^#/, '').split('&')) {
    const [key, value = ''] = item.split('=');
    let k;
    try { k = decodeURIComponent(key); } catch { continue; }
    if (prefix ? k.startsWith(prefix) : !k.includes('.')) own.push([k.slice(prefix.length), value]);
  }
  return own;
}

/** What a widget needs at start: the mode it opens in and whether it has its own content. */
function needOf(el) {
  const custom = el.hasAttribute('content') || !!el.querySelector('script[type="application/json"]');
  const allowed = (el.getAttribute('modes') ?? '').split(',').map((m) => m.trim()).filter((m) => ALL_MODES.includes(m));
  const shown = ALL_MODES.filter((m) => allowed.length === 0 || allowed.includes(m));
  let wanted = el.getAttribute('mode') ?? 'chooser';
  if (ownLinkItems(el).some(([k, v]) => k === 'mode' && v === 'quiz')) wanted = 'quiz'; // any item, as widget.rs
  return { modes: [shown.includes(wanted) ? wanted : shown[0]], custom };
}

const covers = (module, need) => need.modes.every((m) => module.modes.includes(m)) && (module.custom || !need.custom);

// The module every widget on the page at the first start can share.
let pageModule;
function pageNeed() {
  const needs = [...document.querySelectorAll('berth-widget')].map((el) => needOf(el));
  return { modes: [...new Set(needs.flatMap((n) => n.modes))], custom: needs.some((n) => n.custom) };
}

/** The module a widget starts in: one already loading that covers it, else the page's, else the smallest. */
function moduleFor(need) {
  pageModule ??= MODULES.find((m) => covers(m, pageNeed())) ?? MODULES.at(-1);
  const loading = MODULES.find((m) => started.has(m.name) && covers(m, need));
  if (loading) return loading;
  if (covers(pageModule, need)) return pageModule;
  return MODULES.find((m) => covers(m, need)) ?? MODULES.at(-1);
}

// 'dark' or 'light' from a color-scheme value naming one; '' otherwise.
const declared = (value) => {
  const words = value.split(/\s+/);
  const dark = words.includes('dark');
  return dark === words.includes('light') ? '' : dark ? 'dark' : 'light';
};

// 'dark' or 'light' from an opaque rgb()/rgba() background; '' when transparent.
function backgroundScheme(colour) {
  const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  if (!(a >= 0.5)) return '';
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

// theme="auto": the page first (markers, its color-scheme, the background behind
// the widget), the OS ('') only for a page declaring "light dark"; else light.
function hostScheme(el) {
  const html = document.documentElement;
  const body = document.body;
  const marks = [html, body].filter(Boolean);
  for (const mark of marks) {
    const theme = mark.getAttribute('data-theme');
    if (theme === 'dark' || theme === 'light') return theme; // Docusaurus, many themes
    const md = mark.getAttribute('data-md-color-scheme'); // MkDocs Material
    if (md === 'slate') return 'dark';
    if (md === 'default') return 'light';
    if (['navy', 'coal', 'ayu'].some((c) => mark.classList.contains(c))) return 'dark'; // mdBook
    if (mark === html && ['light', 'rust'].some((c) => mark.classList.contains(c))) return 'light'; // mdBook light themes
  }
  const meta = document.querySelector('meta[name="color-scheme"]')?.content ?? '';
  const schemes = [...marks.map((m) => getComputedStyle(m).colorScheme), meta];
  for (const value of schemes) if (declared(value)) return declared(value);
  for (let node = el.parentElement; node; node = node.parentElement) {
    const scheme = backgroundScheme(getComputedStyle(node).backgroundColor);
    if (scheme) return scheme;
  }
  return schemes.some((v) => v.includes('dark')) ? '' : 'light';
}

// The widget's key in the URL fragment: its id, else its place among id-less widgets.
function linkKey(el) {
  if (el.id) return el.id;
  return `berth-${[...document.querySelectorAll('berth-widget')].filter((w) => !w.id).indexOf(el) + 1}`;
}

// The box the widget will fill, reserved before the stylesheet and the wasm
// arrive (same heights as berth.css's reserve), so loading never shifts the
// page. A constructed sheet: allowed under a strict style-src CSP.
const RESERVE = (() => {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(':host { display: block; min-height: 50em; font-size: 16px; }'
      + ' :host([mode="quiz"]) { min-height: 30em; } :host([mode="compare"]) { min-height: 40em; }'
      // The skeleton drawn while the module loads: the widget's frame, in the page's colours.
      + ' .berth-skeleton { box-sizing: border-box; min-height: 47em; margin: 1.5em 0; padding: 1em;'
      + ' border: 1px solid color-mix(in srgb, currentColor 25%, transparent); border-radius: 8px;'
      + ' font: 16px/1.55 system-ui, sans-serif; }'
      + ' :host([mode="quiz"]) .berth-skeleton { min-height: 27em; } :host([mode="compare"]) .berth-skeleton { min-height: 37em; }');
    return sheet;
  } catch { return null; }
})();

class BerthWidget extends HTMLElement {
  static observedAttributes = ['mode', 'modes', 'heading-level', 'lang', 'theme', 'content', 'answers', 'compare', 'url', ...QUIZ];

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = CSS_URL;
    this._root = document.createElement('div');
    this._root.className = 'berth-host';
    this.shadowRoot.append(link, this._root);
    if (RESERVE) this.shadowRoot.adoptedStyleSheets = [RESERVE];
    this._handle = null;
    this._generation = 0;
  }

  connectedCallback() {
    this._applyTheme();
    // Follow the host page's theme switches (attribute changes on <html>/<body>, the OS setting).
    this._themeWatch = new MutationObserver(() => this._applyTheme());
    for (const el of [document.documentElement, document.body].filter(Boolean)) {
      this._themeWatch.observe(el, { attributes: true, attributeFilter: ['class', 'style', 'data-theme', 'data-md-color-scheme'] });
    }
    this._osScheme = matchMedia('(prefers-color-scheme: dark)');
    this._onOsScheme = () => this._applyTheme();
    this._osScheme.addEventListener('change', this._onOsScheme);
    this._visible = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        this._visible?.disconnect();
        this._visible = null;
        this._start();
      }
    }, { rootMargin: '300px' });
    this._visible.observe(this);
  }

  disconnectedCallback() {
    this._visible?.disconnect();
    this._visible = null;
    this._themeWatch?.disconnect();
    this._themeWatch = null;
    this._osScheme?.removeEventListener('change', this._onOsScheme);
    this._osScheme = null;
    this._stop();
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected) return;
    if (name === 'theme') return this._applyTheme();
    if (name === 'lang' && this._handle) return this._handle.set_lang(newValue ?? '');
    if (this._handle || this._starting) {
      this._stop();
      this._start();
    }
  }

  _applyTheme() {
    const theme = this.getAttribute('theme') ?? 'auto';
    const scheme = theme === 'dark' || theme === 'light' ? theme : hostScheme(this);
    if (scheme) this._root.setAttribute('data-scheme', scheme);
    else this._root.removeAttribute('data-scheme');
  }

  async _start(override = null) {
    const generation = ++this._generation;
    this._starting = true;
    const module = override?.module ?? moduleFor(needOf(this));
    // The built-in content in the element's language downloads alongside the
    // wasm (a custom catalog needs none; the widget asks for what it lacks);
    // an author's own content is fetched alongside too.
    const custom = this.hasAttribute('content') || this.querySelector('script[type="application/json"]');
    if (!custom) prefetchBundle(override?.lang ?? langOf(this), module.modes.includes('quiz') ? ['catalog', 'quiz'] : ['catalog']);
    const ownContent = this._ownContent();
    if (!override) this._skeleton();
    let wasm;
    try {
      wasm = await loadModule(module.name);
    } catch (err) {
      if (generation !== this._generation) return;
      const ko = langOf(this) === 'ko';
      this._root.textContent = ko
        ? 'Berth를 불러오지 못했습니다. 페이지를 새로 고쳐 보세요. (file://에서 열려면 berth-offline.js를 쓰거나 웹 서버로 여세요.)'
        : 'Berth could not load. Try reloading the page. (From file://, use berth-offline.js, or serve the folder over HTTP.)';
      this._root.setAttribute('role', 'alert');
      console.warn('berth: failed to load', err);
      return;
    }
    const { content, contentError } = await ownContent;
    // Disconnected or restarted meanwhile: a newer start owns the element.
    if (generation !== this._generation || !this.isConnected) return;
    this._starting = false;
    const quiz = QUIZ.filter((k) => this.hasAttribute(k)).map((k) => `${k}=${this.getAttribute(k).replaceAll('&', '')}`).join('&');
    const attr = (k) => this.getAttribute(k) ?? undefined;
    this._root.replaceChildren(); // the skeleton, or the view of the module this restart replaces
    try {
      this._handle = wasm.mount_widget(this._root, this, {
        mode: override?.mode ?? attr('mode'), lang: override?.lang ?? attr('lang'),
        answers: override?.answers ?? attr('answers'), compare: attr('compare'),
        content: content ?? undefined, contentError: contentError ?? undefined, quiz,
        url: this.getAttribute('url') === 'on', linkKey: linkKey(this),
        modes: attr('modes'), handover: !!override, chooserReported: override?.answers !== undefined,
        upgrade: (mode, answers, lang) => this._upgrade(generation, { mode, answers, lang }),
      });
      watchTraps(this._root);
      this._fitHeadings();
      if (override?.focus) this._focusTab(override.mode, generation);
    } catch (err) {
      // A broken widget never breaks its neighbours.
      this._root.textContent = 'Berth could not start.';
      console.warn('berth:', err);
    }
  }

  // The author's own content: inline JSON, else the same-origin `content` URL.
  async _ownContent() {
    try {
      const inline = this.querySelector('script[type="application/json"]');
      if (inline) return { content: inline.textContent };
      if (!this.hasAttribute('content')) return {};
      const url = new URL(this.getAttribute('content'), document.baseURI);
      if (url.origin !== location.origin) throw new Error(`content must be same-origin: ${url.href}`);
      // Same origin at every hop: a redirect to another origin is a network
      // error (mode), and the final URL is checked too (issue #16).
      const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
      if (new URL(response.url || url.href).origin !== location.origin) {
        throw new Error(`content must be same-origin: ${response.url}`);
      }
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.pathname}`);
      return { content: await response.text() };
    } catch (err) {
      return { contentError: String(err?.message ?? err) };
    }
  }

  // The widget's frame and a loading line while its module downloads (in the
  // reserved box, so nothing shifts when the widget draws itself).
  _skeleton() {
    if (this._root.firstChild) return;
    const box = document.createElement('div');
    box.className = 'berth-skeleton';
    box.setAttribute('part', 'skeleton');
    const line = document.createElement('p');
    line.setAttribute('role', 'status');
    line.textContent = langOf(this) === 'ko' ? 'Berth 불러오는 중…' : 'Loading Berth…';
    box.append(line);
    this._root.append(box);
  }

  // The reader opened a mode this widget's module lacks: restart it in one that
  // has it, once that module is loaded (the old view stays until then).
  // The returned promise rejects when that module cannot load: the widget then
  // stays as it was, and its pane says so with a retry (web/src/shell/panes/mode_elsewhere.rs).
  async _upgrade(generation, override) {
    if (generation !== this._generation) return;
    // Every mode, so a later tab needs no second restart; one already here first.
    const need = { modes: ALL_MODES, custom: needOf(this).custom };
    override.module = MODULES.find((m) => started.has(m.name) && covers(m, need)) ?? MODULES.find((m) => covers(m, need));
    override.focus = this.matches(':focus-within');
    const lang = override.lang ?? langOf(this);
    // What the reader sees is what is handed over: nothing changes it until the restart.
    this._root.inert = true;
    this._root.setAttribute('aria-busy', 'true');
    try {
      // The module, and the content parts it reads, before the old view goes.
      await Promise.all([loadModule(override.module.name), loadBundle(lang, 'catalog'), loadBundle(lang, 'quiz')]);
    } catch (err) {
      if (generation === this._generation) {
        this._root.inert = false;
        this._root.removeAttribute('aria-busy');
      }
      throw err;
    }
    if (generation !== this._generation || !this.isConnected) return;
    this._root.inert = false;
    this._root.removeAttribute('aria-busy');
    this._stop();
    this._start(override);
  }

  // After a restart by the reader's tab choice, focus stays on that tab.
  _focusTab(mode, generation) {
    let frames = 0;
    const look = () => {
      if (generation !== this._generation) return;
      const tab = this._root.querySelector(`.berth-tab[data-mode="${mode}"]`);
      if (tab) tab.focus();
      else if (++frames < 300) requestAnimationFrame(look);
    };
    look();
  }

  // heading-level="N": the widget's h2, h3, h4 are announced as levels N, N+1, N+2
  // (aria-level), kept on every heading the widget draws later.
  _fitHeadings() {
    const base = Number(this.getAttribute('heading-level'));
    if (!(base >= 1 && base <= 6) || base === 2) return;
    const fit = () => {
      for (const h of this._root.querySelectorAll('h2, h3, h4')) h.setAttribute('aria-level', Math.min(6, base + Number(h.tagName[1]) - 2));
    };
    fit();
    this._headings = new MutationObserver(fit);
    this._headings.observe(this._root, { childList: true, subtree: true });
  }

  _stop() {
    this._headings?.disconnect();
    this._headings = null;
    unwatchTraps(this._root);
    this._generation++;
    this._starting = false;
    if (this._handle) {
      this._handle.destroy();
      this._handle.free();
      this._handle = null;
    }
    this._root.replaceChildren();
  }
}

if (!customElements.get('berth-widget')) customElements.define('berth-widget', BerthWidget);
