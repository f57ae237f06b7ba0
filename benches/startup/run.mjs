// Startup benchmark: Berth against a reference page, in the same run.
//
// For each page, RUNS times, alternating the two pages so both see the same
// machine state, in a fresh browser context (empty cache) of headless
// Chromium on 127.0.0.1:
//   * "rendered": navigation start → the widget has drawn anything (quizdown
//     first draws a spinner it keeps for a fixed 800 ms, by design);
//   * "interactive": navigation start → the first question's answer inputs are
//     in the DOM (rendered by the app, so they respond);
//   * "answer → result": clicking an answer → the page shows the updated result
//     (Berth: the `berth:recommendation` event, fired after the new ranking is
//     rendered; quizdown: choose + "Evaluate" → its results view);
//   * page weight: every file the page requested, raw and brotli (quality 11),
//     counted from the server's log of that run.
// The reference is quizdown-js 0.4.1 (npm `quizdown`, its prebuilt
// public/build/quizdown.js) rendering a one-question quiz.
//
// Usage: node benches/startup/run.mjs [RUNS]   (scripts/bench-startup.sh builds first)
// Prints a Markdown table; BENCHMARKS.md quotes it.
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { resolve, extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { cpus, totalmem } from 'node:os';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const RUNS = Number(process.argv[2] ?? 20);
const QUIZDOWN = resolve(ROOT, 'target/bench/package/public/build/quizdown.js');
// The build to measure: dist/ (stable), or BENCH_DIST (e.g. dist-nightly).
const DIST = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
if (!existsSync(resolve(DIST, 'static/berth-widget.js'))) throw new Error(`${DIST} is missing: run scripts/build.sh`);
if (!existsSync(QUIZDOWN)) throw new Error('quizdown is missing: run scripts/bench-startup.sh');

// URL prefix → directory.
const MOUNTS = [
  ['/berth/', DIST],
  ['/quizdown/', resolve(QUIZDOWN, '..')],
  ['/bench/', resolve(ROOT, 'benches/startup')],
];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml' };
const sizes = new Map(); // file → { raw, brotli, gzip body }
function sizeOf(file) {
  if (!sizes.has(file)) {
    const buf = readFileSync(file);
    sizes.set(file, {
      raw: buf.length,
      brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      body: buf,
      gz: gzipSync(buf, { level: 6 }),
    });
  }
  return sizes.get(file);
}
let served = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const mount = MOUNTS.find(([p]) => path.startsWith(p));
  const file = mount && normalize(join(mount[1], path.slice(mount[0].length)));
  if (!file || !file.startsWith(mount[1]) || !existsSync(file) || statSync(file).isDirectory()) {
    res.writeHead(404); res.end(); return;
  }
  const s = sizeOf(file);
  served.push(file);
  const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
  res.end(gzip ? s.gz : s.body);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const BASE = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const VERSION = browser.version();

// Polls a condition from document start; records performance.now() when it first holds.
const INIT = `
  window.__bench = { marks: {} };
  window.__bench.when = (name, cond) => new Promise((done) => {
    const tick = () => { let ok = false; try { ok = cond(); } catch {}
      if (ok) { window.__bench.marks[name] = performance.now(); done(window.__bench.marks[name]); } else setTimeout(tick, 1); };
    tick();
  });
`;
const PAGES = {
  berth: {
    url: '/bench/berth.html',
    // The widget's shadow root holds the first question's radios once the app rendered.
    rendered: () => document.querySelector('berth-widget')?.shadowRoot?.querySelector('.berth'),
    interactive: () => document.querySelector('berth-widget')?.shadowRoot?.querySelector('.berth[data-berth-ready] fieldset input[type=radio]'),
    answer: () => new Promise((done) => {
      const root = document.querySelector('berth-widget').shadowRoot;
      document.addEventListener('berth:recommendation', (e) => { if (/workload=/.test(e.detail.answers)) done(performance.now()); });
      root.querySelectorAll('fieldset input[type=radio]')[1].click();
    }),
  },
  quizdown: {
    url: '/bench/quizdown.html',
    rendered: () => document.querySelector('.quizdown')?.shadowRoot?.querySelector('.quizdown-content'),
    interactive: () => document.querySelector('.quizdown')?.shadowRoot?.querySelector('input[type=radio]'),
    answer: () => {
      const root = document.querySelector('.quizdown').shadowRoot;
      root.querySelector('input[type=radio]').click();
      root.querySelector('button[title=Evaluate]').click();
      return window.__bench.when('result', () => root.querySelector('.list-question'));
    },
  },
};

async function once(name) {
  const page = PAGES[name];
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  await tab.addInitScript(`${INIT}; window.__bench.when('rendered', ${page.rendered.toString()}); window.__bench.when('interactive', ${page.interactive.toString()});`);
  served = [];
  await tab.goto(BASE + page.url, { waitUntil: 'commit' });
  await tab.waitForFunction(() => window.__bench?.marks.interactive !== undefined, null, { timeout: 30000 });
  const { interactive, rendered } = await tab.evaluate(() => window.__bench.marks);
  const answered = await tab.evaluate(async (fn) => {
    const t0 = performance.now();
    // eslint-disable-next-line no-new-func
    const t1 = await new Function(`return (${fn})()`)();
    return t1 - t0;
  }, page.answer.toString());
  if (errors.length) throw new Error(`${name}: ${errors.join(' | ')}`);
  const files = [...new Set(served)];
  const weight = files.reduce((w, f) => ({ raw: w.raw + sizes.get(f).raw, brotli: w.brotli + sizes.get(f).brotli }), { raw: 0, brotli: 0 });
  await context.close();
  return { rendered, interactive, answered, weight, files: files.length };
}

const results = { berth: [], quizdown: [] };
await once('berth'); await once('quizdown'); // warm the OS file cache and the browser binary; not counted
for (let i = 0; i < RUNS; i++) {
  for (const name of i % 2 ? ['quizdown', 'berth'] : ['berth', 'quizdown']) results[name].push(await once(name));
}
await browser.close();
server.close();

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const row = (name) => {
  const r = results[name];
  return { rendered: median(r.map((x) => x.rendered)), interactive: median(r.map((x) => x.interactive)), answered: median(r.map((x) => x.answered)), weight: r[0].weight, files: r[0].files };
};
const b = row('berth'), q = row('quizdown');
const ms = (x) => `${x.toFixed(1)} ms`;
const kb = (x) => `${(x / 1000).toFixed(1)} KB`; // 1 KB = 1000 bytes, as in issue #6
console.log(`Startup benchmark, median of ${RUNS} runs each, headless Chromium ${VERSION} on 127.0.0.1; Berth from ${DIST.slice(ROOT.length + 1)}/`);
console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; ${new Date().toISOString().slice(0, 10)}`);
console.log('');
console.log('| page | navigation → widget drawn | navigation → first interactive question | answer → updated result | files | page weight raw | page weight brotli |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
console.log(`| Berth (one chooser widget) | ${ms(b.rendered)} | ${ms(b.interactive)} | ${ms(b.answered)} | ${b.files} | ${kb(b.weight.raw)} | ${kb(b.weight.brotli)} |`);
console.log(`| quizdown-js 0.4.1 (one-question quiz) | ${ms(q.rendered)} | ${ms(q.interactive)} | ${ms(q.answered)} | ${q.files} | ${kb(q.weight.raw)} | ${kb(q.weight.brotli)} |`);
console.log(`| **ratio Berth / quizdown** | ${(b.rendered / q.rendered).toFixed(2)}× | **${(b.interactive / q.interactive).toFixed(2)}×** | **${(b.answered / q.answered).toFixed(2)}×** | | ${(b.weight.raw / q.weight.raw).toFixed(2)}× | ${(b.weight.brotli / q.weight.brotli).toFixed(2)}× |`);
