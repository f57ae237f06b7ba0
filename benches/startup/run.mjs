// Startup benchmark: Berth against a reference page, in the same run.
//
// For each page, RUNS times, alternating the pages so all see the same
// machine state, in a fresh browser context (empty cache) of headless
// Chromium on 127.0.0.1:
//   * "rendered": navigation start → the widget has drawn anything (quizdown
//     first draws a spinner it keeps for a fixed 800 ms, by design);
//   * "interactive": navigation start → the first question's answer inputs are
//     in the DOM and enabled (rendered by the app, so they respond);
//   * "answer → result" (desktop profile only): clicking an answer → the page
//     shows the updated result (Berth: choose + Next → the `berth:recommendation`
//     event, fired after the new ranking is rendered; quizdown: choose + "Evaluate" → its
//     results view);
//   * page weight: every file the page requested, raw and brotli (quality 11),
//     counted from the server's log of that run (never from file names, which
//     change with the build: one wasm module per page type, issue #14).
// The reference is quizdown-js 0.4.1 (npm `quizdown`, its prebuilt
// public/build/quizdown.js) rendering a one-question quiz.
//
// Profiles:
//   desktop (default)  1280 × 900, no throttling; pages: berth (one chooser) and quizdown.
//   --phone            the "mid-range phone" of issue #14: 412 × 823 mobile viewport,
//                      CPU 4× slower (Emulation.setCPUThrottlingRate) and DevTools'
//                      "Slow 4G" network (Network.emulateNetworkConditions, figures
//                      below); pages: chooser only, quiz only, mixed (one of each) and
//                      quizdown. Median, min and max of RUNS (default 10).
//   --phone --start-sooner
//                      the chooser-only page with resource hints in its <head>, one
//                      variant per hint, plus an experiment of a loader that starts every
//                      download as soon as it runs (see EARLY below), phone profile.
//   --pages=a,b,...    any of the pages below, instead of the profile's set (only the
//                      quizdown page needs quizdown fetched: `--pages=berth` is Berth alone).
// The server speaks HTTP/1.1 on 127.0.0.1 only and sends every file brotli-encoded
// (quality 11) when the browser accepts it, gzip otherwise: with network
// emulation on, Chromium throttles the bytes on the wire, so these must be
// the bytes a production server would send. The table says which encoding was used.
//
// Usage: node benches/startup/run.mjs [RUNS] [--phone] [--start-sooner] [--pages=...]
//        (scripts/bench-startup.sh builds first and fetches quizdown)
// Prints a Markdown table; BENCHMARKS.md quotes it.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { resolve, extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { cpus, totalmem } from 'node:os';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const args = process.argv.slice(2);
const PHONE = args.includes('--phone');
const START_SOONER = args.includes('--start-sooner');
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? (PHONE ? 10 : 20));
const QUIZDOWN = resolve(ROOT, 'target/bench/package/public/build/quizdown.js');
// The build to measure: dist/ (stable), or BENCH_DIST (e.g. dist-nightly).
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
if (!existsSync(resolve(DIST, 'static/berth-widget.js'))) throw new Error(`${DIST} is missing: run scripts/build.sh`);
if (START_SOONER && !PHONE) throw new Error('--start-sooner measures on the phone profile: add --phone');

// Chrome DevTools' "Slow 4G" preset, exactly: ChromeDevTools/devtools-frontend,
// front_end/core/sdk/NetworkManager.ts, `Slow4GConditions` (named "Fast 3G" before
// May 2024, crbug.com/342406608): download 1.6 Mbps × 0.9, upload 750 kbps × 0.9,
// latency 150 ms RTT × 3.75 (DevTools throttles per request, so Lighthouse's
// DEVTOOLS_*_ADJUSTMENT_FACTORs are applied; GoogleChrome/lighthouse
// core/config/constants.js `mobileSlow4G`, which uses 1.6 × 1024 kbps instead of
// 1.6 × 1000). In bytes per second, as the protocol wants them.
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75, // 562.5 ms
  downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9, // 180,000 B/s (1.44 Mbit/s)
  uploadThroughput: (750 * 1000 / 8) * 0.9, // 84,375 B/s
  connectionType: 'cellular4g',
};
const CPU_SLOWDOWN = 4; // Lighthouse's mobile cpuSlowdownMultiplier, issue #14's "4× CPU"
const PROFILE = PHONE
  ? { name: 'phone', context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true }, timeout: 60000 }
  : { name: 'desktop', context: { viewport: { width: 1280, height: 900 } }, timeout: 30000 };

// URL prefix → directory.
const MOUNTS = [
  ['/berth/', DIST],
  ['/quizdown/', resolve(QUIZDOWN, '..')],
  ['/bench/', resolve(ROOT, 'benches/startup')],
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml' };
const sizes = new Map(); // key (file or generated URL) → { raw, brotli, br and gz bodies }
function encode(key, buf) {
  if (!sizes.has(key)) {
    const br = brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } });
    sizes.set(key, { raw: buf.length, brotli: br.length, body: buf, br, gz: gzipSync(buf, { level: 6 }) });
  }
  return sizes.get(key);
}
// Generated pages and scripts (the --start-sooner variants): path → { type, text }.
const generated = new Map();
let served = []; // this run's requests: { key, path, sent, encoding }
const encodings = new Set();
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let key;
  let type;
  let buf;
  if (generated.has(path)) {
    ({ type } = generated.get(path));
    buf = Buffer.from(generated.get(path).text);
    key = `generated:${path}:${buf.length}`;
  } else {
    const mount = MOUNTS.find(([p]) => path.startsWith(p));
    const file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
    if (!file || !file.startsWith(mount[1]) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404); res.end(); return;
    }
    key = file;
    type = TYPES[extname(file)] ?? 'application/octet-stream';
    buf = sizes.has(file) ? null : readFileSync(file);
  }
  const s = encode(key, buf);
  const accept = req.headers['accept-encoding'] ?? '';
  const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : 'identity';
  const body = { br: s.br, gzip: s.gz, identity: s.body }[encoding];
  encodings.add(encoding);
  served.push({ key, path, sent: body.length, encoding });
  res.writeHead(200, {
    'content-type': type, 'cache-control': 'no-store', 'content-length': body.length,
    ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }), vary: 'accept-encoding',
  });
  res.end(body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const BASE = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  timeout: 60000,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const VERSION = browser.version();
// Bounded: a hung browser or page never keeps the machine busy (generous per run).
const watchdog = setTimeout(() => { console.error('bench-startup: overall time limit reached'); process.exit(3); }, 15 * 60000 + RUNS * 12 * PROFILE.timeout);
watchdog.unref();

// Polls a condition from document start; records performance.now() when it first holds.
// Also sums layout shifts (CLS without the input exclusion: nothing is clicked before
// the interactive mark).
const INIT = `
  window.__bench = { marks: {}, cls: 0 };
  window.__bench.when = (name, cond) => new Promise((done) => {
    const tick = () => { let ok = false; try { ok = cond(); } catch {}
      if (ok) { window.__bench.marks[name] = performance.now(); done(window.__bench.marks[name]); } else setTimeout(tick, 1); };
    tick();
  });
  try { new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.cls += e.value; })
    .observe({ type: 'layout-shift', buffered: true }); } catch {}
`;
// Berth: a widget is interactive once the app rendered (data-berth-ready) and its
// first question has an enabled answer control (radio, checkbox, or an ordering button).
const BERTH_READY = '.berth[data-berth-ready] fieldset :is(input, .berth-order button):not(:disabled)';
const berthProbes = {
  // The loader ran (the element is defined): the earliest moment a skeleton could be drawn.
  defined: () => customElements.get('berth-widget'),
  rendered: () => [...document.querySelectorAll('berth-widget')].some((w) => w.shadowRoot?.querySelector('.berth')),
  interactive: new Function(`return [...document.querySelectorAll('berth-widget')].some((w) => w.shadowRoot?.querySelector(${JSON.stringify(BERTH_READY)}))`),
  all: new Function(`const ws = [...document.querySelectorAll('berth-widget')]; return ws.length > 0 && ws.every((w) => w.shadowRoot?.querySelector(${JSON.stringify(BERTH_READY)}))`),
};
const PAGES = {
  berth: {
    url: '/bench/berth.html', label: 'Berth (one chooser widget)',
    ...berthProbes,
    answer: () => new Promise((done) => {
      const root = document.querySelector('berth-widget').shadowRoot;
      document.addEventListener('berth:recommendation', (e) => { if (/workload=/.test(e.detail.answers)) done(performance.now()); });
      // Choosing selects; Next commits the answer (since #12.8), and the ranking follows.
      root.querySelectorAll('fieldset input[type=radio]')[1].click();
      root.querySelector('form.berth-step button[type=submit]').click();
    }),
  },
  chooser: { url: '/bench/chooser.html', label: 'Berth, chooser only', ...berthProbes },
  quiz: { url: '/bench/quiz.html', label: 'Berth, quiz only', ...berthProbes },
  mixed: { url: '/bench/mixed.html', label: 'Berth, mixed (chooser + quiz)', ...berthProbes },
  quizdown: {
    url: '/bench/quizdown.html', label: 'quizdown-js 0.4.1 (one-question quiz)',
    rendered: () => document.querySelector('.quizdown')?.shadowRoot?.querySelector('.quizdown-content'),
    interactive: () => document.querySelector('.quizdown')?.shadowRoot?.querySelector('input[type=radio]:not(:disabled)'),
    answer: () => {
      const root = document.querySelector('.quizdown').shadowRoot;
      root.querySelector('input[type=radio]').click();
      root.querySelector('button[title=Evaluate]').click();
      return window.__bench.when('result', () => root.querySelector('.list-question'));
    },
  },
};

async function once(name, { answer = false } = {}) {
  const page = PAGES[name];
  const context = await browser.newContext(PROFILE.context);
  try {
    const tab = await context.newPage();
    tab.setDefaultTimeout(PROFILE.timeout);
    const errors = [];
    const warnings = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    // wasm-bindgen warns when it cannot compile while downloading (instantiateStreaming
    // needs `application/wasm`); Chromium warns about a preload the page did not use.
    tab.on('console', (m) => { if (/instantiateStreaming|preload/i.test(m.text())) warnings.push(m.text().split('\n')[0]); });
    if (PHONE) {
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    }
    const probes = ['defined', 'rendered', 'interactive', 'all'].filter((p) => page[p])
      .map((p) => `window.__bench.when('${p}', ${page[p].toString()});`).join(' ');
    await tab.addInitScript(`${INIT}; ${probes}`);
    served = [];
    await tab.goto(BASE + page.url, { waitUntil: 'commit' });
    // Until the first question is interactive and, on a page with several widgets, all are.
    await tab.waitForFunction(() => window.__bench?.marks.interactive !== undefined
      && (document.querySelectorAll('berth-widget').length === 0 || window.__bench.marks.all !== undefined), null, { timeout: PROFILE.timeout });
    const { marks, cls } = await tab.evaluate(() => window.__bench);
    let answered = NaN;
    if (answer && page.answer) {
      answered = await tab.evaluate(async ([fn, limit]) => {
        const t0 = performance.now();
        // eslint-disable-next-line no-new-func
        const t1 = await Promise.race([new Function(`return (${fn})()`)(),
          new Promise((_, fail) => setTimeout(() => fail(new Error('no result after the answer')), limit))]);
        return t1 - t0;
      }, [page.answer.toString(), PROFILE.timeout]);
    }
    if (errors.length) throw new Error(`${name}: ${errors.join(' | ')}`);
    const requests = served;
    const files = [...new Set(requests.map((r) => r.key))];
    const weight = files.reduce((w, f) => ({ raw: w.raw + sizes.get(f).raw, brotli: w.brotli + sizes.get(f).brotli }), { raw: 0, brotli: 0 });
    const sent = requests.reduce((n, r) => n + r.sent, 0);
    return { ...marks, cls, answered, warnings, weight, sent, files: files.length, requests: requests.length, paths: requests.map((r) => r.path) };
  } finally {
    await context.close();
  }
}

// --start-sooner: resource hints for the chooser-only page, built from the URLs the
// page requested in a discovery load (not counted) (so no pkg/ file name is written
// here: the loader picks the module, issue #14).
const VARIANTS = {};
async function discoverAndBuildVariants() {
  const seen = await once('chooser');
  const urls = [...new Set(seen.paths)].filter((p) => p.startsWith('/berth/'));
  const loader = '/berth/static/berth-widget.js';
  const modules = urls.filter((p) => p.endsWith('.js'));
  const wasm = urls.filter((p) => p.endsWith('.wasm'));
  const bundles = urls.filter((p) => p.startsWith('/berth/content/'));
  const css = urls.filter((p) => p.endsWith('.css'));
  if (!modules.includes(loader) || wasm.length !== 1 || bundles.length !== 1) {
    throw new Error(`unexpected requests of the chooser page: ${urls.join(' ')}`);
  }
  const tag = {
    module: (href) => `<link rel="modulepreload" href="${href}">`,
    wasm: (href) => `<link rel="preload" as="fetch" type="application/wasm" crossorigin href="${href}">`,
    bundle: (href) => `<link rel="preload" as="fetch" type="application/json" crossorigin href="${href}">`,
    css: (href) => `<link rel="preload" as="style" href="${href}">`,
  };
  const hints = {
    'none': [],
    'modulepreload loader': [tag.module(loader)],
    'modulepreload all modules': modules.map(tag.module),
    'preload wasm': wasm.map(tag.wasm),
    'preload content bundle': bundles.map(tag.bundle),
    'preload stylesheet': css.map(tag.css),
    'all modules + wasm + bundle': [...modules.map(tag.module), ...wasm.map(tag.wasm), ...bundles.map(tag.bundle)],
    'all modules + wasm + bundle + stylesheet': [...modules.map(tag.module), ...wasm.map(tag.wasm), ...bundles.map(tag.bundle), ...css.map(tag.css)],
  };
  const html = readFileSync(resolve(ROOT, 'benches/startup/chooser.html'), 'utf8');
  if (!html.includes('<!--HINTS-->')) throw new Error('chooser.html lost its <!--HINTS--> marker');
  let i = 0;
  for (const [label, tags] of Object.entries(hints)) {
    const path = `/bench/gen/hints-${i++}.html`;
    generated.set(path, { type: 'text/html', text: html.replace('<!--HINTS-->', tags.join('\n  ')) });
    VARIANTS[label] = path;
  }
  // EARLY (an experiment for the loader, which this bench does not edit): a
  // stand-in loader with no static imports. As soon as it runs it asks for
  // everything the real loader would fetch later (its two imported modules,
  // the wasm, the content bundle, the stylesheet) by adding the same hints to
  // the document, then imports the real loader. It measures what a loader gains
  // by starting every download one round trip earlier (the real loader's static
  // imports must arrive before its code runs, and it asks for the wasm only once
  // an element is near the viewport).
  const early = `const add = (attrs) => { const l = document.createElement('link'); Object.assign(l, attrs); document.head.append(l); };
${modules.filter((m) => m !== loader).map((m) => `add({ rel: 'modulepreload', href: ${JSON.stringify(m)} });`).join('\n')}
${wasm.map((w) => `add({ rel: 'preload', as: 'fetch', type: 'application/wasm', crossOrigin: 'anonymous', href: ${JSON.stringify(w)} });`).join('\n')}
${bundles.map((b) => `add({ rel: 'preload', as: 'fetch', type: 'application/json', crossOrigin: 'anonymous', href: ${JSON.stringify(b)} });`).join('\n')}
${css.map((c) => `add({ rel: 'preload', as: 'style', href: ${JSON.stringify(c)} });`).join('\n')}
import(${JSON.stringify(loader)});
`;
  generated.set('/bench/gen/early-loader.js', { type: 'text/javascript', text: early });
  generated.set('/bench/gen/early.html', { type: 'text/html', text: html.replace('/berth/static/berth-widget.js', '/bench/gen/early-loader.js') });
  VARIANTS['experiment: loader starts every download at once'] = '/bench/gen/early.html';
  for (const [label, url] of Object.entries(VARIANTS)) {
    PAGES[label] = { ...PAGES.chooser, url, label, base: 'none' };
  }
  // Layout shift: before the loader runs, <berth-widget> is an unknown inline
  // element of no height; the loader's own reserve applies only once it runs, so
  // whatever follows a widget moves then (the mixed page's heading and quiz).
  // static/berth-reserve.css, linked or inlined by the page, reserves the box from
  // the first paint.
  const mixed = readFileSync(resolve(ROOT, 'benches/startup/mixed.html'), 'utf8');
  const reserve = readFileSync(resolve(DIST, 'static/berth-reserve.css'), 'utf8');
  const reserveVariants = {
    'mixed: none': '',
    'mixed: berth-reserve.css linked': '<link rel="stylesheet" href="/berth/static/berth-reserve.css">',
    'mixed: berth-reserve.css inlined': `<style>${reserve.replace(/\/\*[^]*?\*\//g, '').trim()}</style>`,
  };
  for (const [label, head] of Object.entries(reserveVariants)) {
    const path = `/bench/gen/hints-${i++}.html`;
    generated.set(path, { type: 'text/html', text: mixed.replace('<!--HINTS-->', head) });
    PAGES[label] = { ...PAGES.mixed, url: path, label, base: 'mixed: none' };
  }
  return [...Object.keys(VARIANTS), ...Object.keys(reserveVariants)];
}

const pagesArg = args.find((a) => a.startsWith('--pages='))?.slice('--pages='.length).split(',');
let names;
if (START_SOONER) names = await discoverAndBuildVariants();
else names = pagesArg ?? (PHONE ? ['chooser', 'quiz', 'mixed', 'quizdown'] : ['berth', 'quizdown']);
for (const n of names) if (!PAGES[n]) throw new Error(`unknown page ${n}; pages: ${Object.keys(PAGES).join(', ')}`);
if (names.includes('quizdown') && !existsSync(QUIZDOWN)) throw new Error('quizdown is missing: run scripts/bench-startup.sh');

const results = Object.fromEntries(names.map((n) => [n, []]));
const answer = !PHONE;
try {
  for (const n of names) await once(n, { answer }); // warm the OS file cache and the browser binary; not counted
  for (let i = 0; i < RUNS; i++) {
    // Alternate the order every run (rotate), so no page always runs first.
    const order = names.map((_, k) => names[(k + i) % names.length]);
    for (const name of order) results[name].push(await once(name, { answer }));
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stat = (rs, key) => {
  const xs = rs.map((x) => x[key]).filter((x) => x !== undefined && !Number.isNaN(x));
  return xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) } : null;
};
const ms = (x) => (x === undefined || Number.isNaN(x) ? '' : PHONE ? `${Math.round(x)} ms` : `${x.toFixed(1)} ms`);
const kb = (x) => `${(x / 1000).toFixed(1)} KB`; // 1 KB = 1000 bytes, as in issue #6
const enc = [...encodings].join(', ');
console.log(`Startup benchmark, ${PROFILE.name} profile, ${RUNS} runs each (pages rotated, fresh context per run), headless Chromium ${VERSION} on 127.0.0.1; Berth from ${DIST.slice(ROOT.length + 1)}/; served ${enc}`);
if (PHONE) console.log(`phone profile: ${PROFILE.context.viewport.width} × ${PROFILE.context.viewport.height} mobile viewport, CPU ${CPU_SLOWDOWN}× slower, DevTools "Slow 4G" (${SLOW_4G.latency} ms latency, ${SLOW_4G.downloadThroughput} B/s down, ${SLOW_4G.uploadThroughput} B/s up)`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${new Date().toISOString().slice(0, 10)}`);
console.log('');
if (!PHONE) {
  const row = (name) => {
    const r = results[name];
    return { rendered: median(r.map((x) => x.rendered)), interactive: median(r.map((x) => x.interactive)), answered: median(r.map((x) => x.answered)), weight: r[0].weight, files: r[0].files };
  };
  const rows = names.map((n) => [n, row(n)]);
  const q = results.quizdown ? row('quizdown') : null;
  console.log('| page | navigation → widget drawn | navigation → first interactive question | answer → updated result | files | page weight raw | page weight brotli |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [n, r] of rows) console.log(`| ${PAGES[n].label} | ${ms(r.rendered)} | ${ms(r.interactive)} | ${ms(r.answered)} | ${r.files} | ${kb(r.weight.raw)} | ${kb(r.weight.brotli)} |`);
  const b = rows.find(([n]) => n !== 'quizdown')?.[1];
  if (q && b) console.log(`| **ratio Berth / quizdown** | ${(b.rendered / q.rendered).toFixed(2)}× | **${(b.interactive / q.interactive).toFixed(2)}×** | **${(b.answered / q.answered).toFixed(2)}×** | | ${(b.weight.raw / q.weight.raw).toFixed(2)}× | ${(b.weight.brotli / q.weight.brotli).toFixed(2)}× |`);
} else {
  const q = results.quizdown ? stat(results.quizdown, 'interactive') : null;
  const cmp = START_SOONER ? 'change vs the same page without hints' : 'ratio to quizdown';
  console.log(`| page | first interactive question: median | min | max | all widgets interactive (median) | loader ran (median) | brotli bytes (files) | bytes on the wire (requests) | CLS (max) | ${cmp} |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of names) {
    const r = results[n];
    const it = stat(r, 'interactive');
    const all = stat(r, 'all');
    const def = stat(r, 'defined');
    const last = r[r.length - 1];
    const ref = START_SOONER ? stat(results[PAGES[n].base], 'interactive') : q;
    const rel = !ref ? '' : START_SOONER ? `${it.median - ref.median >= 0 ? '+' : '−'}${Math.abs(Math.round(it.median - ref.median))} ms` : `${(it.median / ref.median).toFixed(2)}×`;
    console.log(`| ${PAGES[n].label} | **${ms(it.median)}** | ${ms(it.min)} | ${ms(it.max)} | ${all ? ms(all.median) : ''} | ${def ? ms(def.median) : ''} | ${kb(last.weight.brotli)} (${last.files}) | ${kb(median(r.map((x) => x.sent)))} (${Math.max(...r.map((x) => x.requests))}) | ${Math.max(...r.map((x) => x.cls)).toFixed(3)} | ${rel} |`);
  }
  const warned = [...new Set(names.flatMap((n) => results[n].flatMap((x) => x.warnings.map((w) => `${n}: ${w}`))))];
  if (warned.length) console.log(`\nBrowser warnings:\n${warned.map((w) => `- ${w}`).join('\n')}`);
  const dup = names.filter((n) => results[n].some((x) => x.requests > x.files));
  if (dup.length) console.log(`\nDownloaded twice (a hint the page did not reuse): ${dup.join(', ')}`);
}
