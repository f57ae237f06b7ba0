// <berth-widget>: Berth as a custom element. One module script, any number of
// elements per page. Each element gets its own Shadow DOM (styles cannot leak
// in or out) and its own state; all share one wasm download and instance,
// fetched only when the first element comes near the viewport.
// Attributes are documented in README.md ("Embedding").
import init, { mount_widget, set_bundle_loader } from '../pkg/berth_web.js';
import { loadBundle, prefetchBundle, langOf, watchTraps, unwatchTraps } from './runtime.js';

const CSS_URL = new URL('./berth.css', import.meta.url).href;
const QUIZ = ['count', 'topics', 'seed', 'shuffle', 'pass', 'retry', 'show', 'feedback'];
let wasmReady;
const boot = () => (wasmReady ??= init().then(() => set_bundle_loader(loadBundle)));

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
      + ' :host([mode="quiz"]) { min-height: 30em; } :host([mode="compare"]) { min-height: 40em; }');
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

  async _start() {
    const generation = ++this._generation;
    this._starting = true;
    let content = null;
    let contentError = null;
    // The built-in content in the element's language downloads alongside the
    // wasm (a custom catalog needs none; the widget asks for what it lacks).
    if (!this.hasAttribute('content') && !this.querySelector('script[type="application/json"]')) {
      prefetchBundle(langOf(this));
    }
    try {
      await boot();
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
    try {
      const inline = this.querySelector('script[type="application/json"]');
      if (inline) {
        content = inline.textContent;
      } else if (this.hasAttribute('content')) {
        const url = new URL(this.getAttribute('content'), document.baseURI);
        if (url.origin !== location.origin) throw new Error(`content must be same-origin: ${url.href}`);
        // Same origin at every hop: a redirect to another origin is a network
        // error (mode), and the final URL is checked too (issue #16).
        const response = await fetch(url, { mode: 'same-origin', credentials: 'same-origin' });
        if (new URL(response.url || url.href).origin !== location.origin) {
          throw new Error(`content must be same-origin: ${response.url}`);
        }
        if (!response.ok) throw new Error(`HTTP ${response.status} for ${url.pathname}`);
        content = await response.text();
      }
    } catch (err) {
      contentError = String(err?.message ?? err);
    }
    // Disconnected or restarted meanwhile: a newer start owns the element.
    if (generation !== this._generation || !this.isConnected) return;
    this._starting = false;
    const quiz = QUIZ.filter((k) => this.hasAttribute(k)).map((k) => `${k}=${this.getAttribute(k).replaceAll('&', '')}`).join('&');
    const attr = (k) => this.getAttribute(k) ?? undefined;
    try {
      this._handle = mount_widget(this._root, this, {
        mode: attr('mode'), lang: attr('lang'), answers: attr('answers'), compare: attr('compare'),
        content: content ?? undefined, contentError: contentError ?? undefined, quiz,
        url: this.getAttribute('url') === 'on', linkKey: linkKey(this),
        modes: attr('modes'),
      });
      watchTraps(this._root);
      this._fitHeadings();
    } catch (err) {
      // A broken widget never breaks its neighbours.
      this._root.textContent = 'Berth could not start.';
      console.warn('berth:', err);
    }
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
