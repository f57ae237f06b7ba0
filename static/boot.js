// Starts every Berth chooser on the page: one wasm download and instance,
// one widget per element marked data-berth. Relative URLs only, so the
// folder works from any sub-path of any static host.
// Every mode, built-in content only (mount() reads no author content): the berth_both module.
import init, { mount, set_bundle_loader } from '../pkg/berth_both.js';
import { loadBundle, prefetchBundle, langOf, watchTraps, unwatchTraps } from './runtime.js';

const roots = document.querySelectorAll('[data-berth]');
if (roots.length > 0) {
  for (const lang of new Set([...roots].map(langOf))) prefetchBundle(lang);
  init()
    .then(() => set_bundle_loader(loadBundle))
    .then(() => roots.forEach((el) => { mount(el); watchTraps(el); }))
    .catch((err) => {
      for (const el of roots) {
        el.textContent = langOf(el) === 'ko'
          ? 'Berth를 불러오지 못했습니다. 페이지를 새로 고쳐 보세요. (file://에서 열려면 berth-offline.js를 쓰거나 웹 서버로 여세요.)'
          : 'Berth could not load. Try reloading the page. (From file://, use berth-offline.js, or serve the folder over HTTP.)';
        el.setAttribute('role', 'alert');
      }
      console.warn('berth: failed to start', err);
    });
}
