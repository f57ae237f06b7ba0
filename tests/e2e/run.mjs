// End-to-end tests of the built site (dist/) in headless Chromium, driven by
// playwright-core with the system browser. A static server on 127.0.0.1
// serves dist/ under a sub-path, to prove relative URLs work anywhere.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
// The built site to test: dist/ (stable build), or E2E_DIST (test.sh also runs the nightly build).
const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
const SHOTS = resolve(ROOT, 'tests/e2e/screenshots');
mkdirSync(SHOTS, { recursive: true });

const freePort = () => new Promise((ok) => {
  const s = createServer();
  s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
});

// Serve ROOT/e2e-site -> dist under /docs/berth/ (a sub-path), with python's http.server.
const port = await freePort();
const { mkdtempSync, symlinkSync } = await import('node:fs');
const siteRoot = mkdtempSync('/tmp/berth-e2e-');
mkdirSync(`${siteRoot}/docs`, { recursive: true });
symlinkSync(DIST, `${siteRoot}/docs/berth`);
const server = spawn('python3', [resolve(ROOT, 'tests/e2e/server.py'), String(port), siteRoot], { stdio: 'ignore' });
const BASE = `http://127.0.0.1:${port}/docs/berth/`;
for (let i = 0; i < 50; i++) {
  try { const r = await fetch(BASE); if (r.ok) break; } catch { /* not up yet */ }
  await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});

let passed = 0, failed = 0;
const problems = [];
async function test(name, fn) {
  const t0 = Date.now();
  try { await fn(); passed++; console.log(`ok   ${name} (${Date.now() - t0} ms)`); }
  catch (e) { failed++; console.log(`FAIL ${name}\n     ${e.stack ?? e}`); }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

/** A page that records console errors and every request outside 127.0.0.1. */
async function newPage(opts = {}) {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: 900 }, colorScheme: opts.scheme ?? 'light', locale: opts.locale ?? 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  page.errors = [];
  page.outside = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(`http://127.0.0.1:${port}/`) && !u.startsWith('data:')) page.outside.push(u); });
  return page;
}
async function open(page, hash = '') {
  await page.goto(BASE + (hash ? `#${hash}` : ''));
  await page.waitForSelector('.berth[data-berth-ready]');
}
const winner = (page) => page.$eval('.berth-winner', (el) => el.dataset.option);
function clean(page) {
  assert(page.errors.length === 0, `console errors: ${page.errors.join(' | ')}`);
  assert(page.outside.length === 0, `requests left 127.0.0.1: ${page.outside.join(', ')}`);
}

await test('keyboard-only scenario: batch job, 40 min, 6 GB image', async () => {
  const page = await newPage();
  await open(page);
  // Tab into the first question's radio group ("Don't know" is checked, so focus lands there).
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.type === 'radio')) break;
  }
  assert(await page.evaluate(() => document.activeElement?.type === 'radio'), 'Tab reaches the first question');
  // Arrow keys move the selection without advancing: Don't know → web → event → scheduled → batch.
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert(await page.$eval('legend', (l) => l.textContent) === 'What kind of workload is it?', 'arrow keys do not advance');
  await page.keyboard.press('Enter'); // Next
  // Focus is moved by an effect after Yew renders: wait for it (bounded) rather than race it.
  await page.waitForFunction(() => document.activeElement?.tagName === 'LEGEND', null, { timeout: 5000 });
  // Each quantity: wait for its question, Tab to the radio group, Tab to the exact-value box, type, Enter.
  const legendIs = (text) => page.waitForFunction((t) => document.querySelector('.berth-chooser legend')?.textContent === t, text);
  await legendIs('Longest run time of one request or job');
  await page.keyboard.press('Tab'); await page.keyboard.press('Tab');
  await page.keyboard.type('40m'); await page.keyboard.press('Enter');
  await legendIs('Container image size');
  await page.keyboard.press('Tab'); await page.keyboard.press('Tab');
  await page.keyboard.type('6GB'); await page.keyboard.press('Enter');
  await legendIs('vCPUs for one task or function');
  assert(await winner(page) === 'batch-fargate', `winner is ${await winner(page)}`);
  const whyLambda = await page.$eval('.berth-whynot[data-option="lambda"]', (el) => el.textContent);
  assert(whyLambda.includes('40 min (over the 15 min limit)'), `why-not Lambda: ${whyLambda}`);
  const live = await page.$eval('.berth-chooser > .berth-sr[role="status"]', (el) => el.textContent);
  assert(live.includes('Top pick: AWS Batch on Fargate'), `live region: ${live}`);
  await page.waitForFunction(() => location.hash.includes('workload=batch&runtime=40m&image=6GB'), null, { timeout: 5000 })
    .catch(() => { throw new Error(`URL carries answers: ${page.url()}`); });

  // Copy link → reload from it → same result.
  await page.click('text=Copy link');
  await page.waitForSelector('text=Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert(link.startsWith(BASE) && link.includes('#workload=batch'), `copied link ${link}`);
  const again = await newPage();
  await open(again, link.split('#')[1]);
  assert(await winner(again) === 'batch-fargate', 'reloaded link gives the same winner');

  // Decision record: an ADR with every section, today's date and the link that reproduces the result.
  await page.click('text=Copy as decision record (Markdown)');
  await page.waitForSelector('text=Decision record copied.');
  const md = await page.evaluate(() => navigator.clipboard.readText());
  const today = new Date().toISOString().slice(0, 10);
  for (const s of ['# Where should my container run on AWS?: AWS Batch on Fargate', '- Status: Proposed', `- Date: ${today}`,
    '- Facts as of: 2026-11-25', '## Context', '- Longest run time of one request or job: 40 min', '## Decision', '## Alternatives',
    '## Consequences', '## Sources', '](https://docs.aws.amazon.com/', '## Reproduce', `- Link: <${link}>`,
    '` berth record --lang en workload=batch runtime=40m image=6GB `']) {
    assert(md.includes(s), `decision record lacks ${s}:\n${md}`);
  }
  clean(page); clean(again);
});

await test('language switch keeps the answers', async () => {
  const page = await newPage();
  await open(page, 'workload=event&runtime=20s');
  assert(await winner(page) === 'lambda', 'lambda wins for a short event');
  await page.click('button[lang="ko"]');
  await page.waitForSelector('.berth[lang="ko"]');
  assert(await winner(page) === 'lambda', 'same winner in Korean');
  const kicker = await page.$eval('.berth-kicker', (el) => el.textContent);
  assert(kicker.includes('1순위'), `Korean text: ${kicker}`);
  assert(page.url().includes('lang=ko') && page.url().includes('runtime=20s'), page.url());
  clean(page);
});

await test('content by language: only the page language at start; the other on switch, once for all widgets; a failed fetch keeps the current language', async () => {
  const page = await newPage();
  const bundles = [];
  page.on('request', (r) => { const m = r.url().match(/content\/(en|ko)\.json$/); if (m) bundles.push(m[1]); });
  let failKo = true;
  await page.route('**/content/ko.json', (route) => (failKo ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await open(page, 'workload=event&runtime=20s');
  await page.waitForFunction(() => document.querySelectorAll('.berth[data-berth-ready]').length === 2);
  assert(bundles.join() === 'en', `an English page fetches only the English content: ${bundles}`);
  const chooser = page.locator('.berth-mount').first();
  const quiz = page.locator('.berth-mount').nth(1);
  // The Korean content cannot be fetched: the widget says so and stays in English.
  await chooser.locator('button[lang="ko"]').click();
  const notice = await chooser.locator('.berth-notice[role="alert"]').textContent();
  assert(/Korean|한국어/.test(notice) && notice.includes('HTTP 404'), `failed switch explained: ${notice}`);
  assert(await chooser.locator('.berth').first().getAttribute('lang') === 'en', 'still English');
  await page.waitForFunction(() => document.querySelector('.berth-mount button[lang="en"]').getAttribute('aria-pressed') === 'true');
  assert(await winner(page) === 'lambda', 'answers kept');
  // Next try works, and the other widget then switches without another download.
  failKo = false;
  await chooser.locator('button[lang="ko"]').click();
  await page.waitForSelector('.berth-mount .berth[lang="ko"]');
  assert(await chooser.locator('.berth-notice[role="alert"]').count() === 0, 'notice gone');
  assert(await winner(page) === 'lambda', 'same winner in Korean');
  const legend = await chooser.locator('legend').first().textContent();
  assert(/[가-힣]/.test(legend), `Korean question text from the Korean content: ${legend}`);
  await quiz.locator('button[lang="ko"]').click();
  await page.waitForFunction(() => document.querySelectorAll('.berth[lang="ko"]').length === 2);
  assert(/[가-힣]/.test(await quiz.locator('legend').first().textContent()), 'quiz in Korean');
  assert(bundles.join() === 'en,ko,ko', `one failed and one good Korean fetch for both widgets: ${bundles}`);
  page.errors = page.errors.filter((e) => !e.includes('404'));
  clean(page);
});

await test('malformed link: polite notice, valid answers kept, no crash', async () => {
  const page = await newPage();
  await open(page, 'workload=batch&colour=blue&runtime=forever&%E0%A4');
  const notice = await page.$eval('.berth-notice', (el) => el.textContent);
  assert(notice.includes("unknown question 'colour'") && notice.includes('runtime=forever'), notice);
  assert(await winner(page) === 'batch-fargate', 'valid answer kept');
  await page.click('.berth-notice button');
  assert(await page.$('.berth-notice') === null, 'notice dismissed');
  clean(page);
});

await test('widget takes the page language (lang="ko") and shows the App Runner status', async () => {
  const page = await newPage();
  // Serve the same page with <html lang="ko">: the widget must start in Korean.
  await page.route('**/docs/berth/', async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace('<html lang="en">', '<html lang="ko">');
    await route.fulfill({ response: res, body });
  });
  await page.goto(BASE + '#workload=web&ops=none');
  await page.waitForSelector('.berth[data-berth-ready]');
  assert(await page.$eval('.berth', (el) => el.lang) === 'ko', 'widget language follows the page');
  assert(await page.$eval('legend', (l) => l.textContent) === '어떤 종류의 워크로드인가요?', 'Korean question');
  assert(await winner(page) === 'ecs-express', 'ECS Express Mode for a simple web app');
  const why = await page.$eval('.berth-whynot[data-option="app-runner"]', (el) => el.textContent);
  assert(why.includes('2026-04-30부터 신규 고객 불가') && why.includes('ECS Express Mode'), why);
  clean(page);
});

await test('"Try it" applies a what-if change and the winner changes as promised', async () => {
  const page = await newPage();
  await open(page, 'workload=batch&runtime=40m&image=6GB');
  const before = await winner(page);
  const item = await page.$('.berth-whatif li');
  const promise = await item.evaluate((li) => li.firstChild.textContent);
  await (await item.$('button')).click();
  const after = await winner(page);
  assert(after !== before, `winner changed from ${before}`);
  const name = await page.$eval('.berth-winner-name', (el) => el.textContent);
  assert(promise.includes(name), `promised "${promise}", got ${name}`);
  clean(page);
});

await test('screenshots: ko/en × light/dark × 360/1280, no horizontal scroll at 360 px', async () => {
  for (const lang of ['en', 'ko']) for (const scheme of ['light', 'dark']) for (const width of [360, 1280]) {
    const page = await newPage({ width, scheme });
    await open(page, `workload=batch&runtime=40m&image=6GB&memory=12GB&lang=${lang}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `${lang}/${scheme}/${width}: horizontal overflow ${overflow}px`);
    await page.screenshot({ path: `${SHOTS}/chooser-${lang}-${scheme}-${width}.png`, fullPage: true });
    clean(page);
    await page.context().close();
  }
  console.log(`     screenshots in ${SHOTS}`);
});


/** Moves focus with Tab until `pred(activeElement)` holds (at most 40 presses). */
async function tabTo(page, pred, what) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(pred)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}
const inQuiz = () => !!document.activeElement?.closest('.berth-quiz');

/** Answers the quiz on screen by keyboard only; returns the summary text. */
async function takeQuizByKeyboard(page, count) {
  await tabTo(page, () => !!document.activeElement?.closest('.berth-quiz') && document.activeElement.matches('input, .berth-order button:not([disabled])'), 'the first quiz input');
  const kinds = new Set();
  for (let i = 0; i < count; i++) {
    const legend = await page.$eval('.berth-quiz legend', (l) => l.textContent);
    kinds.add(await page.$eval('.berth-quiz-step', (f) => f.dataset.kind));
    const kind = await page.evaluate(() => document.activeElement.tagName === 'INPUT' ? 'input' : 'order');
    if (kind === 'input') {
      await page.keyboard.press('Space'); // select the focused choice
      await page.keyboard.press('Enter'); // implicit submit: Check answer
    } else {
      await page.keyboard.press('Enter'); // move one item
      await tabTo(page, () => document.activeElement?.type === 'submit' && !!document.activeElement.closest('.berth-quiz'), 'Check answer');
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('.berth-quiz .berth-verdict');
    await page.waitForFunction(() => document.activeElement?.classList.contains('berth-verdict'), null, { timeout: 5000 });
    const live = await page.$eval('.berth-quiz .berth-sr[role="status"]', (el) => el.textContent);
    assert(/^[✓✗◐]/.test(live), `feedback announced in words and symbols: ${live}`);
    await tabTo(page, () => document.activeElement?.type === 'submit' && !!document.activeElement.closest('.berth-quiz'), 'Next');
    await page.keyboard.press('Enter');
    if (i + 1 < count) {
      await page.waitForFunction((old) => document.querySelector('.berth-quiz legend')?.textContent !== old, legend);
      await page.waitForFunction(() => document.activeElement?.tagName === 'LEGEND', null, { timeout: 5000 });
      await tabTo(page, () => !!document.activeElement?.closest('.berth-quiz') && document.activeElement.matches('input, .berth-order button:not([disabled])'), 'the next quiz input');
    }
  }
  await page.waitForSelector('.berth-quiz-summary');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H2', null, { timeout: 5000 });
  return { summary: await page.$eval('.berth-quiz-summary', (el) => el.textContent), kinds };
}

for (const [lang, count] of [['en', 51], ['ko', 10]]) {
  await test(`quiz by keyboard only, ${lang}, ${count} questions: score, review, result link`, async () => {
    const page = await newPage();
    await open(page, `mode=quiz&seed=11&count=${count}&shuffle=yes&lang=${lang}`);
    const { summary, kinds } = await takeQuizByKeyboard(page, count);
    if (count === 51) assert(kinds.size === 5, `every question type met by keyboard: ${[...kinds]}`);
    assert(summary.includes(lang === 'ko' ? '점수:' : 'Score:'), summary);
    assert(/[✓✗] /.test(summary), 'pass/fail in words and symbols');
    const percent = await page.$eval('.berth-score', (el) => el.dataset.percent);
    await page.click('.berth-quiz-summary >> text=' + (lang === 'ko' ? '결과 링크 복사' : 'Copy result link'));
    await page.waitForSelector('.berth-quiz-summary .berth-copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    assert(link.includes('mode=quiz') && link.includes('seed=11') && link.includes('&r='), link);
    const again = await newPage();
    await open(again, link.split('#')[1]);
    await again.waitForSelector('.berth-quiz-summary');
    assert(await again.$eval('.berth-score', (el) => el.dataset.percent) === percent, 'the result link shows the same score');
    await page.screenshot({ path: `${SHOTS}/quiz-summary-${lang}.png`, fullPage: true });
    clean(page); clean(again);
  });
}

await test('quiz: reload mid-quiz resumes; retry draws new questions', async () => {
  const page = await newPage();
  await open(page, 'mode=quiz&seed=21&count=5&feedback=end');
  for (let i = 0; i < 2; i++) {
    await page.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
    await page.click('.berth-quiz button[type=submit]');
  }
  await page.waitForFunction(() => document.querySelector('.berth-quiz .berth-progress span')?.textContent.startsWith('Question 3 of 5'));
  await page.reload();
  await page.waitForSelector('.berth-quiz legend');
  const progress = await page.$eval('.berth-quiz .berth-progress span', (el) => el.textContent);
  assert(progress.startsWith('Question 3 of 5'), `resumed at: ${progress}`);
  for (let i = 2; i < 5; i++) await page.click('.berth-quiz button[type=submit]');
  await page.waitForSelector('.berth-quiz-summary');
  const firstReview = await page.$$eval('.berth-review-item', (els) => els.map((e) => e.dataset.question).join(','));
  await page.click('text=Retry (new questions)');
  await page.waitForSelector('.berth-quiz legend');
  assert(page.url().includes('seed=22'), `retry changes the seed: ${page.url()}`);
  assert((await page.$eval('.berth-quiz .berth-progress span', (el) => el.textContent)).startsWith('Question 1 of 5'), 'fresh attempt');
  assert(firstReview.length > 0, 'unanswered questions were reviewed');
  clean(page);
});

await test('quiz: corrupt, full or disabled storage still works and says so', async () => {
  const page = await newPage();
  await open(page, 'mode=quiz&seed=31&count=3');
  await page.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('berth.quiz')) localStorage.setItem(k, '{corrupt'); });
  await page.reload();
  await page.waitForSelector('.berth-quiz legend');
  let notice = await page.$eval('.berth-quiz .berth-notice', (el) => el.textContent);
  assert(notice.includes('Saved progress could not be read'), notice);
  clean(page);

  const full = await newPage();
  await full.addInitScript(() => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; });
  await open(full, 'mode=quiz&seed=31&count=3');
  await full.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
  await full.waitForSelector('.berth-quiz .berth-notice');
  notice = await full.$eval('.berth-quiz .berth-notice', (el) => el.textContent);
  assert(notice.includes('storage full'), notice);
  await full.click('.berth-quiz button[type=submit]');
  await full.waitForSelector('.berth-quiz .berth-verdict');
  clean(full);

  const off = await newPage();
  await off.addInitScript(() => { Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } }); });
  await open(off, 'mode=quiz&seed=31&count=3&lang=ko');
  notice = await off.$eval('.berth-quiz .berth-notice', (el) => el.textContent);
  assert(notice.includes('진행 상황을 저장할 수 없습니다'), notice);
  await off.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
  await off.click('.berth-quiz button[type=submit]');
  await off.waitForSelector('.berth-quiz .berth-verdict');
  clean(off);
});

await test('quiz screenshots: ko/en × light/dark × 360/1280 with feedback shown', async () => {
  for (const lang of ['en', 'ko']) for (const scheme of ['light', 'dark']) for (const width of [360, 1280]) {
    const page = await newPage({ width, scheme });
    await open(page, `mode=quiz&seed=4&count=5&topics=choosing&lang=${lang}`);
    await page.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
    await page.click('.berth-quiz button[type=submit]');
    await page.waitForSelector('.berth-quiz .berth-verdict');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `${lang}/${scheme}/${width}: horizontal overflow ${overflow}px`);
    const box = await page.$('.berth');
    await box.screenshot({ path: `${SHOTS}/quiz-${lang}-${scheme}-${width}.png` });
    clean(page);
    await page.context().close();
  }
});


// ---------- Embedding: <berth-widget> ----------
const EX = BASE + 'static/examples/';
/** Live widget count, from the same module instance the page uses (`base`: the dist folder's URL). */
const live = (page, base = BASE) => page.evaluate(async (b) => (await import(b + 'pkg/berth_web.js')).live_widgets(), base);
async function scrollAll(page) {
  for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, 1200); await page.waitForTimeout(120); }
}

await test('embed: five widgets, one wasm download, isolated styles both ways, broken content contained', async () => {
  const page = await newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(EX + 'embed.html');
  await page.waitForSelector('berth-widget#chooser .berth[data-berth-ready]');
  await scrollAll(page);
  for (const id of ['chooser', 'quiz', 'compare', 'custom-url', 'broken']) {
    await page.waitForSelector(`berth-widget#${id} .berth[data-berth-ready]`);
  }
  assert(wasm.length === 1, `one wasm download for five widgets: ${wasm.length}`);
  assert(await live(page) === 5, `five live widgets, got ${await live(page)}`);
  // Host CSS does not get in…
  const legend = await page.$eval('berth-widget#chooser legend', (el) => getComputedStyle(el).display);
  assert(legend !== 'none', 'host "legend { display: none }" does not reach the widget');
  const btn = await page.$eval('berth-widget#chooser .berth-btn-primary', (el) => getComputedStyle(el).backgroundColor);
  assert(btn === 'rgb(122, 62, 157)', `themed accent via --berth-accent, not the host's hotpink: ${btn}`);
  const part = await page.$eval('berth-widget#chooser .berth-winner', (el) => getComputedStyle(el).borderStyle);
  assert(part === 'dashed', `::part(winner) styling applies: ${part}`);
  // …and widget CSS does not get out.
  const probe = await page.$eval('#leak-probe', (el) => [getComputedStyle(el).fontWeight, getComputedStyle(el).borderStyle].join());
  assert(probe === '400,none', `host element with Berth class names keeps its style: ${probe}`);
  // Each widget has its own state and content.
  assert(await page.$eval('berth-widget#chooser .berth-winner', (el) => el.dataset.option) === 'batch-fargate', 'preset answers');
  assert(await page.$eval('berth-widget#custom-url .berth-winner', (el) => el.dataset.option) === 'sqlite', 'custom catalog from a same-origin URL (no answers: SQLite by its base score)');
  assert((await page.$eval('berth-widget#quiz legend', (el) => el.textContent)).length > 3, 'quiz renders');
  assert(await page.$eval('berth-widget#compare .berth-host', (el) => el.dataset.scheme) === 'dark', 'theme="dark"');
  const cols = await page.$$eval('berth-widget#compare thead th', (ths) => ths.map((t) => t.textContent));
  assert(cols.join('|') === 'Feature|Lambda with a container image|ECS on Fargate|App Runner', `compare columns: ${cols}`);
  const broken = await page.$eval('berth-widget#broken .berth-error', (el) => el.textContent);
  for (const s of ['$.id', 'may only contain', '$.title.ko: missing Korean translation', '$.questions', '$.options']) {
    assert(broken.includes(s), `broken content shows ${s}: ${broken}`);
  }
  await page.screenshot({ path: `${SHOTS}/embed-plain-html.png`, fullPage: true });
  clean(page);
});

await test('embed: host events berth:answer, berth:recommendation, berth:quiz-complete', async () => {
  const page = await newPage();
  await page.goto(EX + 'embed.html');
  await page.waitForSelector('berth-widget#chooser .berth[data-berth-ready]');
  await page.evaluate(() => { window.berthEvents = []; });
  await page.click('berth-widget#chooser label:has-text("Web app or HTTP API")');
  await page.waitForFunction(() => (window.berthEvents ?? []).some((e) => e.type === 'berth:recommendation'));
  const events = await page.evaluate(() => window.berthEvents);
  const answer = events.find((e) => e.type === 'berth:answer');
  assert(answer?.detail.question === 'workload' && answer.detail.value === 'web', JSON.stringify(answer));
  const rec = events.filter((e) => e.type === 'berth:recommendation').pop();
  assert(rec.detail.top === 'ecs-express' && rec.detail.answers.includes('workload=web') && rec.detail.eliminated.includes('app-runner'), JSON.stringify(rec.detail));
  // Finish the three-question Korean quiz.
  await page.locator('berth-widget#quiz').scrollIntoViewIfNeeded();
  for (let i = 0; i < 3; i++) {
    await page.click('berth-widget#quiz .berth-choices input, berth-widget#quiz .berth-order button:not([disabled])');
    await page.click('berth-widget#quiz button[type=submit]'); // check
    await page.click('berth-widget#quiz button[type=submit]'); // next / finish
  }
  await page.waitForFunction(() => window.berthEvents.some((e) => e.type === 'berth:quiz-complete'));
  const done = (await page.evaluate(() => window.berthEvents)).find((e) => e.type === 'berth:quiz-complete');
  assert(done.detail.count === 3 && done.detail.seed === 5 && typeof done.detail.percent === 'number', JSON.stringify(done.detail));
  clean(page);
});

await test('embed: attribute changes take effect live (lang keeps answers; answers, theme)', async () => {
  const page = await newPage();
  await page.goto(EX + 'embed.html');
  await page.waitForSelector('berth-widget#chooser .berth[data-berth-ready]');
  await page.click('berth-widget#chooser label:has-text("Web app or HTTP API")');
  await page.evaluate(() => document.getElementById('chooser').setAttribute('lang', 'ko'));
  await page.waitForSelector('berth-widget#chooser .berth[lang="ko"]');
  assert(await page.$eval('berth-widget#chooser .berth-winner', (el) => el.dataset.option) === 'ecs-express', 'answers kept across a lang change');
  await page.evaluate(() => document.getElementById('chooser').setAttribute('answers', 'workload=event runtime=20s'));
  await page.waitForFunction(() => document.getElementById('chooser').shadowRoot.querySelector('.berth-winner')?.dataset.option === 'lambda');
  await page.evaluate(() => document.getElementById('chooser').setAttribute('theme', 'dark'));
  assert(await page.$eval('berth-widget#chooser .berth-host', (el) => el.dataset.scheme) === 'dark', 'theme attribute');
  assert(await live(page) >= 1, 'still mounted');
  clean(page);
});

await test('embed: dark mode from host markers (data-theme, MkDocs slate, mdBook navy)', async () => {
  const page = await newPage({ scheme: 'light' });
  await page.goto(EX + 'lazy.html');
  const scheme = () => page.$eval('berth-widget#far .berth-host', (el) => el.dataset.scheme ?? '');
  assert(await scheme() === '', 'auto: follows prefers-color-scheme');
  for (const [set, want] of [
    ["document.documentElement.setAttribute('data-theme', 'dark')", 'dark'],
    ["document.documentElement.removeAttribute('data-theme'); document.body.setAttribute('data-md-color-scheme', 'slate')", 'dark'],
    ["document.body.setAttribute('data-md-color-scheme', 'default')", 'light'],
    ["document.body.removeAttribute('data-md-color-scheme'); document.documentElement.className = 'navy js'", 'dark'],
  ]) {
    await page.evaluate(set);
    await page.waitForTimeout(50);
    assert(await scheme() === want, `${set} → ${want}, got ${await scheme()}`);
  }
  clean(page);
});

await test('embed: lazy start — no wasm until the widget nears the viewport', async () => {
  const page = await newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(EX + 'lazy.html');
  await page.waitForTimeout(800);
  assert(wasm.length === 0, 'nothing fetched while the widget is far below');
  await page.locator('berth-widget#far').scrollIntoViewIfNeeded();
  await page.waitForSelector('berth-widget#far .berth[data-berth-ready]');
  assert(wasm.length === 1, `fetched once when near: ${wasm.length}`);
  clean(page);
});

await test('embed: 100 connect/disconnect cycles leak no listeners or widgets', async () => {
  const page = await newPage();
  await page.goto(EX + 'lazy.html');
  const cdp = await page.context().newCDPSession(page);
  const listeners = async () => {
    let n = 0;
    for (const expr of ['window', 'document', 'document.body']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
      n += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 })).listeners.length;
    }
    return n;
  };
  // Warm up once (the wasm instance and its glue are page-lifetime).
  await page.evaluate(async () => {
    const el = document.createElement('berth-widget');
    document.body.prepend(el);
    while (!el.shadowRoot.querySelector('[data-berth-ready]')) await new Promise((r) => setTimeout(r, 20));
    el.remove();
  });
  const before = await listeners();
  const liveBefore = await live(page);
  await page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('berth-widget');
      el.setAttribute('mode', i % 2 ? 'quiz' : 'chooser');
      document.body.prepend(el);
      while (!el.shadowRoot.querySelector('[data-berth-ready]')) await new Promise((r) => setTimeout(r, 5));
      el.remove();
    }
  });
  const after = await listeners();
  assert(after === before, `listeners on window/document/body: ${before} before, ${after} after`);
  assert(await live(page) === liveBefore, `live widgets back to ${liveBefore}: ${await live(page)}`);
  clean(page);
});

await test('embed: strict CSP page works with zero violations', async () => {
  const page = await newPage();
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(EX + 'csp.html');
  assert((response.headers()['content-security-policy'] ?? '').includes("style-src 'self'"), 'served with the CSP header');
  await page.waitForSelector('berth-widget#csp-chooser .berth-winner');
  await page.waitForSelector('berth-widget#csp-quiz legend');
  await page.click('berth-widget#csp-chooser label:has-text("Long-lived server")');
  await page.click('berth-widget#csp-quiz .berth-choices input, berth-widget#csp-quiz .berth-order button:not([disabled])');
  await page.click('berth-widget#csp-quiz button[type=submit]');
  await page.waitForSelector('berth-widget#csp-quiz .berth-verdict');
  const violations = await page.evaluate(() => window.cspViolations);
  assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
  clean(page);
});


await test('MkDocs Material site (built here from PyPI package): widgets render, instant navigation, slate theme', async () => {
  // Build the example project and put Berth's dist/ where its mkdocs.yml expects it.
  const { execFileSync } = await import('node:child_process');
  const site = `${siteRoot}/mkdocs`;
  execFileSync('python3', ['-m', 'mkdocs', 'build', '-q', '-f', resolve(ROOT, 'examples/mkdocs/mkdocs.yml'), '-d', site],
    { stdio: 'pipe', env: { ...process.env, NO_MKDOCS_2_WARNING: '1' } });
  symlinkSync(DIST, `${site}/berth`);
  const page = await newPage({ width: 1100 });
  const MK = `http://127.0.0.1:${port}/mkdocs/`;
  await page.goto(MK);
  await page.waitForSelector('berth-widget#mk-chooser .berth-winner');
  assert(await page.$eval('berth-widget#mk-chooser .berth-winner', (el) => el.dataset.option) === 'ecs-express', 'preset answers in MkDocs');
  await page.screenshot({ path: `${SHOTS}/embed-mkdocs-light.png` });
  // Instant navigation: the page body is swapped without a reload.
  await page.click('.md-content a:has-text("quiz")');
  await page.waitForSelector('berth-widget#mk-quiz legend');
  await page.waitForSelector('berth-widget#mk-compare table');
  assert(await live(page, MK + 'berth/') === 2, `the chooser was torn down on navigation; live: ${await live(page, MK + 'berth/')}`);
  await page.goBack();
  await page.waitForSelector('berth-widget#mk-chooser .berth-winner');
  assert(await live(page, MK + 'berth/') === 1, `back on the first page; live: ${await live(page, MK + 'berth/')}`);
  // The palette toggle switches MkDocs to "slate": the widget follows.
  await page.click('label[for="__palette_1"], form[data-md-component="palette"] label');
  await page.waitForFunction(() => document.querySelector('berth-widget#mk-chooser')?.shadowRoot.querySelector('.berth-host')?.dataset.scheme === 'dark');
  await page.screenshot({ path: `${SHOTS}/embed-mkdocs-slate.png` });
  clean(page);
});


// ---------- Hardening ----------
await test('hostile content renders as inert text; javascript: sources are refused', async () => {
  const page = await newPage();
  await page.goto(EX + 'lazy.html');
  await page.waitForSelector('berth-widget#far', { state: 'attached' });
  const catalog = JSON.parse(await (await fetch(EX + 'which-database.json')).text());
  const payloads = ['<script>window.pwned="script"</script>', '<img src=x onerror="window.pwned=\'img\'">',
    'javascript:window.pwned="js"', '<a href="javascript:window.pwned=1">click</a>', '"><svg onload=window.pwned=2>'];
  let k = 0;
  const poison = (v) => {
    if (Array.isArray(v)) return v.map(poison);
    if (v && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        if (typeof v[key] === 'string' && (key === 'ko' || key === 'en' || key === 'title')) v[key] = payloads[k++ % payloads.length];
        else v[key] = poison(v[key]);
      }
    }
    return v;
  };
  const hostile = poison(structuredClone(catalog));
  const badUrl = structuredClone(catalog);
  badUrl.sources[0].url = 'javascript:window.pwned=3';
  await page.evaluate(([good, bad]) => {
    for (const [id, json] of [['hostile', good], ['bad-url', bad]]) {
      const el = document.createElement('berth-widget');
      el.id = id;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      document.body.prepend(el);
    }
  }, [JSON.stringify(hostile), JSON.stringify(badUrl)]);
  await page.waitForSelector('berth-widget#hostile .berth-winner');
  await page.click('berth-widget#hostile .berth-choices input');
  await page.click('berth-widget#hostile details summary').catch(() => {});
  const text = await page.$eval('berth-widget#hostile .berth', (el) => el.textContent);
  assert(text.includes('<img src=x onerror='), 'payloads shown as text');
  const found = await page.evaluate(() => {
    const root = document.getElementById('hostile').shadowRoot;
    return {
      pwned: window.pwned ?? null,
      elements: root.querySelectorAll('script, img, iframe, object, embed, svg[onload]').length,
      badLinks: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^https?:\/\//.test(h)),
    };
  });
  assert(found.pwned === null, `a payload ran: ${found.pwned}`);
  assert(found.elements === 0, `payload elements were created: ${found.elements}`);
  assert(found.badLinks.length === 0, `non-http(s) links: ${found.badLinks}`);
  const refused = await page.$eval('berth-widget#bad-url .berth-error', (el) => el.textContent);
  assert(refused.includes('$.sources[0].url: a source URL must be an https:// address'), refused);
  clean(page);
});

await test('a panic shows a localized panel with a reload link in every widget', async () => {
  const panels = async (page) => {
    for (const [id, text] of [['chooser', 'Reload the page'], ['quiz', '페이지 새로 고침'], ['compare', 'Reload the page']]) {
      await page.waitForSelector(`berth-widget#${id} .berth-panic`);
      const panel = await page.$eval(`berth-widget#${id} .berth-panic`, (el) => [el.getAttribute('role'), el.textContent, el.querySelector('a').getAttribute('href')]);
      assert(panel[0] === 'alert' && panel[1].includes(text) && panel[2] === '', `${id}: ${panel}`);
    }
    assert(await page.$$eval('berth-widget', (els) => els.every((el) => (el.shadowRoot?.querySelectorAll('.berth-panic').length ?? 0) <= 1)), 'one panel per widget');
  };
  const ready = async (page) => {
    await page.goto(EX + 'embed.html');
    await scrollAll(page);
    for (const id of ['chooser', 'quiz', 'compare', 'custom-url']) await page.waitForSelector(`berth-widget#${id} .berth[data-berth-ready]`);
  };
  // A real panic from an event (uncaught, as in use). The default build's Rust
  // hook draws the panels; a panic=immediate-abort build traps and
  // static/runtime.js draws them.
  const page = await newPage();
  await ready(page);
  await page.evaluate(async (base) => {
    const mod = await import(base + 'pkg/berth_web.js');
    setTimeout(() => mod.simulate_panic());
  }, BASE);
  await panels(page);
  assert(page.errors.some((e) => /simulated panic|RuntimeError|unreachable/.test(e)), `the panic is logged: ${page.errors}`);
  await page.locator('berth-widget#chooser').scrollIntoViewIfNeeded();
  await page.locator('berth-widget#chooser').screenshot({ path: `${SHOTS}/panic-panel.png` });
  assert(page.outside.length === 0, 'no request left 127.0.0.1');
  // The page-side fallback on its own: a trap with no Rust hook behind it,
  // with the stack a trap in Berth's wasm has (its module URL in a frame).
  const trap = await newPage();
  await ready(trap);
  await trap.evaluate((base) => {
    const error = new WebAssembly.RuntimeError('unreachable');
    Object.defineProperty(error, 'stack', { value: `RuntimeError: unreachable\n    at ${base}pkg/berth_web_bg.wasm:wasm-function[7]:0x1f2` });
    window.dispatchEvent(new ErrorEvent('error', { error }));
  }, BASE);
  await panels(trap);
});

await test('a real Berth trap is recognised as Berth\'s; another wasm module\'s trap shows no panel (issue #16)', async () => {
  // What a real trap in Berth looks like: its stack names Berth's code.
  const page = await newPage();
  await page.goto(EX + 'embed.html');
  await scrollAll(page);
  for (const id of ['chooser', 'quiz']) await page.waitForSelector(`berth-widget#${id} .berth[data-berth-ready]`);
  const runtime = BASE + 'static/runtime.js';
  const recognised = await page.evaluate(async ([base, runtime]) => {
    const { isBerthTrap } = await import(runtime);
    const mod = await import(base + 'pkg/berth_web.js');
    return new Promise((done) => {
      setTimeout(() => done([false, 'no uncaught error within 10 s']), 10000);
      window.addEventListener('error', (e) => { e.preventDefault(); done([isBerthTrap(e.error), String(e.error?.stack)]); }, { once: true });
      setTimeout(() => mod.simulate_panic());
    });
  }, [BASE, runtime]);
  assert(recognised[0] === true, `a trap in Berth's module is Berth's: ${recognised[1]}`);

  // Someone else's wasm module traps, uncaught: no panel, the widgets keep working.
  const other = await newPage();
  await other.goto(EX + 'embed.html');
  await scrollAll(other);
  for (const id of ['chooser', 'quiz']) await other.waitForSelector(`berth-widget#${id} .berth[data-berth-ready]`);
  const foreign = await other.evaluate(() => new Promise((done) => {
    // (module (func (export "trap") unreachable))
    const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 8, 1, 4, 116, 114, 97, 112, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    setTimeout(() => done(false), 10000);
    window.addEventListener('error', (e) => done(e.error instanceof WebAssembly.RuntimeError), { once: true });
    setTimeout(() => instance.exports.trap());
  }));
  assert(foreign === true, 'the foreign trap reached the page uncaught');
  await other.waitForTimeout(300);
  const panels = await other.$$eval('berth-widget', (els) => els.reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('.berth-panic').length ?? 0), 0));
  assert(panels === 0, `a foreign trap drew ${panels} Berth panels`);
  await other.click('berth-widget#chooser .berth-choices input');
  await other.waitForSelector('berth-widget#chooser .berth-winner');
  assert(other.errors.every((e) => /unreachable|RuntimeError/.test(e)), `only the foreign trap is logged: ${other.errors}`);
});

await test('a huge link gives a short notice: first 5 problems and a count, chooser and quiz (issue #16)', async () => {
  // Reported: `#&a&a…` of 200 KB made 100,000 list items and an 11 s stall.
  for (const [hash, where] of [['workload=batch' + '&a'.repeat(100000), '.berth-chooser'], ['mode=quiz&seed=3' + '&a'.repeat(100000), '.berth-quiz']]) {
    const page = await newPage();
    await open(page, hash);
    await page.waitForSelector(`${where} .berth-notice li`);
    const items = await page.$$eval(`${where} .berth-notice li`, (lis) => lis.map((li) => li.textContent));
    assert(items.length <= 6, `${where}: ${items.length} notice items: ${items.join(' | ')}`);
    if (where === '.berth-chooser') {
      assert(items.some((i) => i.includes('the link is too long')), `says the link was cut: ${items.join(' | ')}`);
    }
    // Many distinct bad items: five shown, then "… and N more problems".
    const distinct = Array.from({ length: 40 }, (_, i) => `x${i}=1`).join('&');
    await page.goto(BASE + 'index.html#' + distinct);
    await page.reload();
    await page.waitForSelector('.berth-chooser .berth-notice li');
    const shown = await page.$$eval('.berth-chooser .berth-notice li', (lis) => lis.map((li) => li.textContent));
    assert(shown.length === 6 && shown[5] === '… and 35 more problems', `first five and a count: ${shown.join(' | ')}`);
    clean(page);
  }
});

await test('custom content with thousands of problems lists the first 100 and a count (issue #16)', async () => {
  // Reported: `{"sources":[{},{},…]}` made one list item per problem; 4 MB crashed the shared wasm.
  const page = await newPage();
  await page.goto(EX + 'lazy.html');
  await page.waitForSelector('berth-widget#far', { state: 'attached' });
  await page.evaluate(() => {
    for (const [id, count] of [['many', 1000], ['over', 200000]]) {
      const el = document.createElement('berth-widget');
      el.id = id;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = `{"format":"berth-catalog/1","sources":[${Array(count).fill('{}').join(',')}]}`;
      el.append(script);
      document.body.prepend(el);
    }
  });
  await page.waitForSelector('berth-widget#many .berth-error li');
  const items = await page.$$eval('berth-widget#many .berth-error li', (lis) => lis.map((li) => li.textContent));
  assert(items.length === 101 && /^\$: … and \d+ more problems$/.test(items[100]), `${items.length} items, last: ${items.at(-1)}`);
  await page.waitForSelector('berth-widget#over .berth-error li');
  const over = await page.$$eval('berth-widget#over .berth-error li', (lis) => lis.map((li) => li.textContent));
  assert(over.length === 1 && over[0].includes('too many'), `over the item limit: ${over}`);
  clean(page);
});

await test('content= refuses a same-origin URL that redirects to another origin (issue #16)', async () => {
  const page = await newPage();
  await page.goto(EX + 'lazy.html');
  await page.waitForSelector('berth-widget#far', { state: 'attached' });
  // /__redirect__/… answers 302 to http://localhost:PORT/… (another origin, with CORS).
  const target = 'docs/berth/static/examples/which-database.json';
  await page.evaluate(([foreign, same]) => {
    for (const [id, url] of [['foreign', foreign], ['same', same]]) {
      const el = document.createElement('berth-widget');
      el.id = id;
      el.setAttribute('content', url);
      document.body.prepend(el);
    }
  }, [`/__redirect__/${target}`, `/__redirect_same__/${target}`]);
  await page.waitForSelector('berth-widget#foreign .berth-error');
  const refused = await page.$eval('berth-widget#foreign .berth-error', (el) => el.textContent);
  assert(!(await page.$('berth-widget#foreign .berth-winner')), 'the foreign catalog was not loaded');
  assert(/same-origin|fetch/i.test(refused), `says why: ${refused}`);
  // A redirect within the origin still works.
  await page.waitForSelector('berth-widget#same .berth-chooser legend');
  assert(page.errors.every((e) => /localhost|CORS|Failed to load|net::/i.test(e)), `unexpected errors: ${page.errors}`);
});

await test('navigation → first rendered question: median of 10 runs', async () => {
  const times = [];
  for (let i = 0; i < 10; i++) {
    const page = await newPage();
    const t0 = Date.now();
    await page.goto(BASE);
    await page.waitForSelector('.berth-chooser legend');
    times.push(Date.now() - t0);
    await page.context().close();
  }
  times.sort((a, b) => a - b);
  console.log(`     first question after ${times[4]}–${times[5]} ms (median of 10; all: ${times.join(', ')})`);
});

await browser.close();
server.kill();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
