// Longest main-thread stall (Long Tasks API) while one <berth-widget> loads a
// worst-case input at the documented limits (issue #16). Usage:
//   node benches/limits/stall.mjs DIST INPUTS_DIR
// INPUTS_DIR comes from `cargo run --example hostile_inputs`. Each case runs
// on a page where the wasm is already started (its compile is not counted),
// 3 times; the longest task of the worst run is reported.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const [dist, inputs] = process.argv.slice(2).map((p) => resolve(p));
const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const site = mkdtempSync('/tmp/berth-limits-');
symlinkSync(dist, `${site}/berth`);
symlinkSync(inputs, `${site}/inputs`);
writeFileSync(`${site}/page.html`, `<!doctype html><html lang="en"><body>
<script type="module" src="berth/static/berth-widget.js"></script>
<berth-widget id="warm"></berth-widget><div id="slot"></div></body></html>`);
const port = await new Promise((ok) => { const s = createServer(); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); }); });
const server = spawn('python3', [resolve(ROOT, 'tests/e2e/server.py'), String(port), site], { stdio: 'ignore' });
const BASE = `http://127.0.0.1:${port}/`;
for (let i = 0; i < 50; i++) { try { if ((await fetch(BASE + 'page.html')).ok) break; } catch { /* starting */ } await new Promise((r) => setTimeout(r, 100)); }
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });

const link = (f) => readFileSync(`${inputs}/${f}`, 'utf8');
const cases = [
  ['catalog: 2,000 rules × 8 conditions, 64 values per question (engine worst case)', { content: 'inputs/max-rules.json', answers: 'q0=30m q1=30m q2=30m q3=30m q4=30m q5=30m q6=30m q7=30m' }],
  ['catalog: 200 options', { content: 'inputs/max-options.json' }],
  ['catalog: 4 MiB (byte limit)', { content: 'inputs/max-bytes.json' }],
  ['catalog: 1,000 empty sources (problem list capped)', { content: 'inputs/max-problems.json' }],
  ['catalog: 99,999 empty sources (item limit)', { content: 'inputs/max-items.json' }],
  ['catalog: over the byte limit', { content: 'inputs/over-bytes.json' }],
  ['quiz: 1,000 scenario questions, count 200', { content: 'inputs/max-quiz.json', mode: 'quiz' }],
  ['link: 64 distinct bad items (url="on")', { url: 'on', hash: link('link-bad-items.txt') }],
  ['link: 2 MB of "&a" (url="on")', { url: 'on', hash: link('link-2mb.txt') }],
  ['quiz link: 2 MB of "&a" (url="on")', { url: 'on', hash: 'mode=quiz' + link('link-2mb.txt') }],
  ['compare: 3,000 × lambda', { mode: 'compare', compare: Array(3000).fill('lambda').join(',') }],
];

const results = [];
for (const [name, attrs] of cases) {
  let worst = 0;
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage();
    await page.goto(BASE + 'page.html');
    await page.waitForFunction(() => document.querySelector('#warm')?.shadowRoot?.querySelector('.berth[data-berth-ready]'), null, { timeout: 60000 });
    const longest = await page.evaluate(async (attrs) => {
      const tasks = [];
      new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      if (attrs.hash) history.replaceState(null, '', '#' + attrs.hash);
      const el = document.createElement('berth-widget');
      for (const [k, v] of Object.entries(attrs)) if (k !== 'hash') el.setAttribute(k, v);
      document.body.prepend(el); // near the viewport: widgets start lazily
      const t0 = performance.now();
      while (!el.shadowRoot?.querySelector('.berth[data-berth-ready], .berth-error') && performance.now() - t0 < 60000) {
        await new Promise((r) => setTimeout(r, 20));
      }
      await new Promise((r) => setTimeout(r, 500));
      return Math.max(0, ...tasks);
    }, attrs);
    worst = Math.max(worst, longest);
    await page.close();
  }
  results.push([name, worst]);
  console.log(`${String(Math.round(worst)).padStart(6)} ms  ${name}`);
}
await browser.close();
server.kill();
const max = Math.max(...results.map((r) => r[1]));
console.log(`longest main-thread stall: ${Math.round(max)} ms (${max <= 1000 ? 'within' : 'OVER'} the 1 s goal)`);
