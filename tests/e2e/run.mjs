// End-to-end tests of the built site (dist/) in headless Chromium, driven by
// playwright-core with the system browser. A static server on 127.0.0.1
// serves dist/ under a sub-path, to prove relative URLs work anywhere.
// Prints "N passed, N failed" and exits non-zero on any failure.
import { mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { a11yTests } from './a11y.mjs';
import { DIST, ROOT, SHOTS, assert, finish, launchChromium, serve, test } from './harness.mjs';

// dist/ under /docs/berth/ (a sub-path), to prove relative URLs work anywhere.
const siteRoot = mkdtempSync('/tmp/berth-e2e-');
mkdirSync(`${siteRoot}/docs`, { recursive: true });
symlinkSync(DIST, `${siteRoot}/docs/berth`);
const server = await serve(siteRoot);
const { port } = server;
const BASE = `${server.url}docs/berth/`;
const browser = await launchChromium();

/** A page that records console errors and every request outside 127.0.0.1. */
async function newPage(opts = {}) {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 900 }, deviceScaleFactor: opts.scale ?? 1,
    colorScheme: opts.scheme ?? 'light', locale: opts.locale ?? 'en-US' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${port}` });
  const page = await context.newPage();
  page.errors = [];
  page.outside = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(`http://127.0.0.1:${port}/`) && !u.startsWith('data:')) page.outside.push(u); });
  return page;
}
/**
 * Opens index.html with `hash` and waits until every widget on it is ready: the page has
 * two (a chooser that reads the link and a quiz), and they need not start in that order.
 */
async function open(page, hash = '') {
  await page.goto(BASE + (hash ? `#${hash}` : ''));
  await page.waitForFunction(() => {
    const mounts = [...document.querySelectorAll('[data-berth]')];
    return mounts.length > 0 && mounts.every((m) => m.querySelector('.berth[data-berth-ready]'));
  });
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
  // Arrow keys do not rebuild the results per key: the answer counts once the keys settle.
  await page.evaluate(() => {
    window.liveChanges = 0;
    new MutationObserver(() => window.liveChanges++).observe(document.querySelector('.berth-chooser > .berth-sr[role="status"]'), { childList: true, characterData: true, subtree: true });
  });
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  assert(await page.$eval('legend', (l) => l.textContent) === 'What kind of workload is it?', 'arrow keys do not advance');
  // The last key's answer is committed once the keys settle: it reaches the link, after
  // everything an earlier key could have changed.
  await page.waitForFunction(() => location.hash.includes('workload=batch') && window.liveChanges > 0);
  await page.waitForSelector('.berth-winner');
  const changes = await page.evaluate(() => window.liveChanges);
  assert(changes === 1, `the live region changed ${changes} times for four arrow keys`);
  await page.keyboard.press('Enter'); // Next
  // Focus is moved by an effect after Yew renders: wait for it (bounded) rather than race it.
  await page.waitForFunction(() => document.activeElement?.tagName === 'LEGEND', null, { timeout: 5000 });
  // Each quantity: wait for its question, Tab to the radio group, Tab to the exact-value box, type, Enter.
  const legendIs = (text) => page.waitForFunction((t) => document.querySelector('.berth-chooser legend')?.textContent === t, text);
  await legendIs('Longest run time of one request or job');
  await page.keyboard.press('Tab'); await page.keyboard.press('Tab');
  await page.keyboard.type('40m'); await page.keyboard.press('Enter');
  // Essentials come first: after run time, Kubernetes (not image size); progress counts the five essentials.
  await legendIs('Kubernetes');
  const progress = await page.$eval('.berth-chooser .berth-progress span', (el) => el.textContent);
  assert(progress.startsWith('Question 3 of 5'), `progress counts essentials: ${progress}`);
  assert(await winner(page) === 'batch-fargate', `winner is ${await winner(page)}`);
  const whyLambda = await page.$eval('.berth-runner[data-option="lambda"]', (el) => el.textContent);
  assert(whyLambda.includes('Runs for at most 15 min at a time; this needs 40 min.'), `why-not Lambda: ${whyLambda}`);
  const live = await page.$eval('.berth-chooser > .berth-sr[role="status"]', (el) => el.textContent);
  assert(live.includes('Top pick: AWS Batch on Fargate'), `live region: ${live}`);
  await page.waitForFunction(() => location.hash.includes('workload=batch&runtime=40m'), null, { timeout: 5000 })
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
    '- Facts as of: 2026-11-26', '## Context', '- Longest run time of one request or job: 40 min', '## Decision', '## Alternatives',
    '## Consequences', '## Sources', '](https://docs.aws.amazon.com/', '## Reproduce', `- Link: <${link}>`,
    '` berth record --lang en workload=batch runtime=40m `']) {
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
  // Counted by the catalog part (every module reads it; the quiz part comes with it in a module with quizzes).
  page.on('request', (r) => { const m = r.url().match(/content\/(en|ko)\.catalog\.bin$/); if (m) bundles.push(m[1]); });
  let failKo = true;
  await page.route('**/content/ko.*.bin', (route) => (failKo ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
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
  assert(/[가-힣]/.test(await page.$eval('legend', (l) => l.textContent)), 'Korean question');
  assert(await winner(page) === 'ecs-express', 'ECS Express Mode for a simple web app');
  await page.click('.berth-show-all');
  const why = await page.$eval('.berth-whynot[data-option="app-runner"]', (el) => el.textContent);
  assert(why.includes('2026-04-30부터 신규 고객을 받지 않습니다') && why.includes('ECS Express Mode'), why);
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

await test('first screen: no winner card with zero answers, an invitation instead', async () => {
  for (const lang of ['en', 'ko']) {
    const page = await newPage();
    await open(page, `lang=${lang}`);
    assert(await page.$('.berth-winner') === null, `${lang}: no winner card before any answer`);
    assert(await page.$('.berth-runner, .berth-rank') === null, `${lang}: no ranking before any answer`);
    const prompt = await page.$eval('.berth-prompt', (el) => el.textContent);
    assert(prompt === (lang === 'ko' ? '질문에 답하면 추천이 나옵니다.' : 'Answer a question to see a recommendation.'), prompt);
    const live = await page.$eval('.berth-chooser > .berth-sr[role="status"]', (el) => el.textContent);
    assert(live === '', `nothing announced before an answer: ${live}`);
    // Answering one question brings the verdict; the answers line stays one line, so the radio does not move.
    const radio = page.locator('.berth-chooser input[type=radio]').nth(1);
    const before = await radio.boundingBox();
    await radio.check();
    await page.waitForSelector('.berth-winner');
    const after = await radio.boundingBox();
    assert(Math.abs(after.y - before.y) < 1, `the tapped radio moved by ${after.y - before.y}px`);
    assert((await page.$eval('.berth-summary-line', (el) => el.textContent)).includes(lang === 'ko' ? '답 1개' : '1 answer'), 'summary counts answers');
    clean(page);
    await page.context().close();
  }
});

await test('a restored link resumes at the first unanswered essential', async () => {
  const page = await newPage();
  await open(page, 'workload=batch&runtime=40m');
  assert(await page.$eval('.berth-chooser legend', (l) => l.textContent) === 'Kubernetes', 'resumes at the third essential');
  assert((await page.$eval('.berth-chooser .berth-progress span', (el) => el.textContent)).startsWith('Question 3 of 5'), 'counted in essentials');
  clean(page);
});

await test('answer first: height ≤ 1,400 px at 1280 px with the ranking collapsed; Show all groups by tier; ties have equal bars', async () => {
  const page = await newPage({ width: 1280 });
  await open(page, 'workload=batch&runtime=40m');
  const height = await page.$eval('.berth', (el) => el.getBoundingClientRect().height);
  assert(height <= 1400, `widget is ${Math.round(height)} px tall`);
  const reasons = await page.$$eval('.berth-winner .berth-reasons li', (els) => els.length);
  assert(reasons >= 1 && reasons <= 3, `winner shows 1–3 reasons: ${reasons}`);
  const runners = await page.$$eval('.berth-runner', (els) => els.map((e) => [e.dataset.option, e.querySelector('.berth-difference')?.textContent ?? '']));
  assert(runners.length >= 2 && runners.length <= 4 && runners.every(([, d]) => d.length > 0), `2–4 runners-up with a deciding difference: ${JSON.stringify(runners)}`);
  assert(await page.$$eval('.berth-whatif li', (els) => els.length) <= 3, 'at most three what-ifs');
  const button = await page.$eval('.berth-show-all', (el) => [el.textContent, el.getAttribute('aria-expanded')]);
  assert(/^Show all 18 \(.*3 ruled out\)$/.test(button[0]) && button[1] === 'false', `show-all button: ${button}`);
  assert(await page.$('.berth-rank') === null, 'the full list is not built while collapsed');
  await page.click('.berth-show-all');
  assert(await page.$eval('.berth-show-all', (el) => el.getAttribute('aria-expanded')) === 'true', 'expanded state is exposed');
  const rows = await page.$$eval('.berth-rank', (els) => els.map((e) => ({
    fit: e.dataset.fit, tie: e.querySelector('.berth-fit').textContent, width: e.querySelector('.berth-bar-fill').getBoundingClientRect().width,
  })));
  assert(rows.length + await page.$$eval('.berth-whynot', (els) => els.length) === 18, 'every option once');
  const best = rows.filter((r) => r.fit === 'best');
  assert(best.length >= 2, 'batch/40m has a tie');
  assert(best.every((r) => Math.abs(r.width - best[0].width) < 0.5), `tied options have equal bars: ${best.map((r) => r.width)}`);
  assert(best.slice(1).every((r) => r.tie.includes('Tie')), `ties are called ties: ${best.map((r) => r.tie)}`);
  assert(await page.$$eval('.berth-results', (els) => els[0].textContent.includes('%')) === false, 'no percentages');
  // Every "Why it fits" toggle and "Try it" button has its own accessible name.
  const names = await page.$$eval('.berth-details summary, .berth-whatif button', (els) => els.map((e) => e.textContent));
  assert(new Set(names).size === names.length, `names are unique: ${names}`);
  await page.screenshot({ path: `${SHOTS}/chooser-show-all.png`, fullPage: true });
  clean(page);
});

await test('an invalid exact value keeps the reader on the question, focuses the field and says why in words', async () => {
  for (const lang of ['en', 'ko']) {
    const page = await newPage();
    await open(page, `workload=batch&lang=${lang}`);
    const legend = await page.$eval('.berth-chooser legend', (l) => l.textContent);
    await page.fill('.berth-chooser .berth-input', 'forty minutes');
    assert(await page.$eval('.berth-field-error', (el) => el.textContent) === '', `${lang}: no error while typing`);
    const next = await page.$eval('.berth-chooser button[type=submit]', (el) => el.getBoundingClientRect().y);
    await page.click('.berth-chooser button[type=submit]');
    await page.waitForFunction(() => document.querySelector('.berth-field-error')?.textContent !== '');
    assert(await page.$eval('.berth-chooser button[type=submit]', (el) => el.getBoundingClientRect().y) === next, `${lang}: Next did not move under the pointer`);
    assert(await page.$eval('.berth-chooser legend', (l) => l.textContent) === legend, `${lang}: stays on the question`);
    await page.waitForFunction(() => document.activeElement?.classList.contains('berth-input'), null, { timeout: 5000 });
    const error = await page.$eval('.berth-field-error', (el) => el.textContent);
    assert(error.includes('forty minutes') && error.includes('40m') && !error.includes('runtime=') && !error.includes('unknown unit'), `${lang}: ${error}`);
    const described = await page.$eval('.berth-input', (el) => [el.getAttribute('aria-invalid'), document.getElementById(el.getAttribute('aria-describedby'))?.textContent]);
    assert(described[0] === 'true' && described[1] === error, `${lang}: the field is described by the error: ${described}`);
    assert(await page.$$eval('.berth-chooser [aria-live]', (els) => els.every((e) => !e.textContent.includes('forty'))), `${lang}: announced once (by focus), not by a live region`);
    await page.fill('.berth-chooser .berth-input', 'e99');
    await page.keyboard.press('Enter');
    assert(await page.$eval('.berth-chooser legend', (l) => l.textContent) === legend, `${lang}: Enter does not skip either`);
    await page.fill('.berth-chooser .berth-input', '40m');
    await page.keyboard.press('Enter');
    await page.waitForFunction((old) => document.querySelector('.berth-chooser legend')?.textContent !== old, legend);
    assert(page.url().includes('runtime=40m'), `${lang}: the value was kept: ${page.url()}`);
    clean(page);
    await page.context().close();
  }
});

await test('compare follows the chooser: its answers, its top three, your need, a picker; heading says which', async () => {
  const page = await newPage();
  await open(page, 'workload=event&runtime=20s');
  const top = await page.$$eval('.berth-runner', () => null);
  await page.click('button[data-mode="compare"]');
  const heading = await page.$eval('.berth-compare-view h2', (el) => el.textContent);
  assert(heading === 'Top three', `heading: ${heading}`);
  const columns = await page.$$eval('.berth-compare-view thead th', (els) => els.slice(1).map((e) => e.textContent));
  assert(columns[0] === 'Lambda with a container image' && columns.length === 3, `the chooser's top three: ${columns}`);
  const need = await page.$eval('.berth-compare-view .berth-need', (el) => el.textContent);
  assert(need === 'Your need: 20 s', `your need: ${need}`);
  // Back to the chooser, change an answer: compare follows.
  await page.click('button[data-mode="chooser"]');
  await page.click('.berth-whatif button');
  const newTop = await winner(page);
  await page.click('button[data-mode="compare"]');
  const first = await page.$eval('.berth-compare-view thead th:nth-child(2)', (el) => el.textContent);
  const name = await page.evaluate(() => null);
  assert(first !== 'Lambda with a container image' || newTop === 'lambda', `compare follows the new answers: ${first} / ${newTop}`);
  // The picker: choose another option; the heading now says "Comparison".
  await page.click('.berth-picker summary');
  await page.check('.berth-picker input[id$="-cmp-eks"]');
  assert(await page.$eval('.berth-compare-view h2', (el) => el.textContent) === 'Comparison', 'heading after choosing');
  assert((await page.$$eval('.berth-compare-view thead th', (els) => els.map((e) => e.textContent))).includes('EKS with managed node groups'), 'picked option compared');
  // The chart: no stated limit is labelled in words; vCPU and memory are separate metrics.
  const chart = await page.$eval('.berth-compare-view .berth-chart', (el) => el.textContent);
  assert(/No limit|Not stated/.test(chart), 'no limit and not stated are said in words');
  const metrics = await page.$$eval('.berth-compare-view .berth-chart-title', (els) => els.map((e) => e.textContent));
  assert(metrics.includes('Largest vCPU') && metrics.includes('Largest memory'), `metrics: ${metrics}`);
  clean(page);
});

await test('CLS ≤ 0.05 while loading, on index.html and every example page', async () => {
  for (const path of ['', '#workload=batch&runtime=40m', 'static/examples/embed.html', 'static/examples/csp.html', 'static/examples/lazy.html']) for (const width of [360, 1280]) {
    const page = await newPage({ width });
    await page.addInitScript(() => {
      window.__cls = 0;
      const add = (entries) => { for (const e of entries) if (!e.hadRecentInput) window.__cls += e.value; };
      const observer = new PerformanceObserver((list) => add(list.getEntries()));
      observer.observe({ type: 'layout-shift', buffered: true });
      window.__clsNow = () => { add(observer.takeRecords()); return window.__cls; };
    });
    await page.goto(BASE + path);
    // Loaded: a widget is ready (lazy.html's is far below and never starts: nothing may
    // shift there either), nothing is downloading any more (the other widgets' modules and
    // content), the fonts are in and the next frame is painted; then the shifts not yet
    // delivered to the observer are taken too.
    if (!path.endsWith('lazy.html')) {
      await page.waitForFunction(() => [document, ...[...document.querySelectorAll('berth-widget')].map((w) => w.shadowRoot)]
        .some((root) => root?.querySelector('.berth[data-berth-ready]')));
    }
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    const cls = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__clsNow())))));
    assert(cls <= 0.05, `${path || 'index.html'} at ${width} px: CLS ${cls.toFixed(3)}`);
    await page.context().close();
  }
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
    // Read once: by focus on the verdict, not again by the live region.
    const [verdict, live] = await page.$$eval('.berth-quiz .berth-verdict, .berth-quiz .berth-sr[role="status"]', (els) => els.map((el) => el.textContent));
    assert(/^[✓✗◐]/.test(verdict), `feedback in words and symbols: ${verdict}`);
    assert(live === '', `the verdict is not announced a second time by the live region: ${live}`);
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
  for (let i = 2; i < 5; i++) {
    await page.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
    await page.click('.berth-quiz button[type=submit]');
  }
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
/** Live widget count over every wasm module the page loaded (`base`: the dist folder's URL). */
const live = (page, base = BASE) => page.evaluate(async (b) => (await import(b + 'static/berth-widget.js')).liveWidgets(), base);
/** Brings each <berth-widget> near the viewport in turn, until it has started (drawn its skeleton or view). */
async function scrollAll(page) {
  const widgets = page.locator('berth-widget');
  for (let i = 0; i < await widgets.count(); i++) {
    await widgets.nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('berth-widget')[n].shadowRoot.querySelector('.berth-host').childElementCount > 0, i);
  }
}
/** Resolves after the page has drawn two more frames: what a change scheduled for the next frame has done by then. */
const nextFrames = (page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));

// ---------- One wasm module per page type (issue #14) ----------
/** The names of the wasm modules (pkg/berth_*) the page requests from now on. */
function modulesLoaded(page) {
  const names = new Set();
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/\/pkg\/(berth_[a-z]+?)(?:_bg\.wasm|\.js)$/);
    if (m) names.add(m[1]);
  });
  return names;
}

await test('each page type loads one wasm module: chooser, quiz, both, with custom content (issue #14)', async () => {
  for (const [path, ready, expected] of [
    ['static/examples/chooser.html', ['berth-widget#chooser'], 'berth_chooser'],
    ['static/examples/quiz.html', ['berth-widget#quiz'], 'berth_quiz'],
    ['static/examples/csp.html', ['berth-widget#csp-chooser', 'berth-widget#csp-quiz'], 'berth_both'],
    ['', ['.berth-mount'], 'berth_both'], // index.html: boot.js, a chooser and a quiz
    ['static/examples/embed.html', ['berth-widget#chooser', 'berth-widget#quiz', 'berth-widget#custom-url'], 'berth_web'],
  ]) {
    const page = await newPage();
    const names = modulesLoaded(page);
    await page.goto(BASE + path);
    await scrollAll(page);
    for (const sel of ready) await page.waitForSelector(`${sel} .berth[data-berth-ready]`);
    assert([...names].join() === expected, `${path || 'index.html'}: loaded ${[...names].join(', ')}, expected ${expected}`);
    assert(page.outside.length === 0, 'no request left 127.0.0.1');
    await page.context().close();
  }
});

await test('a tab whose mode the module lacks loads it on demand, keeping answers, language and focus (issue #14)', async () => {
  const page = await newPage();
  const names = modulesLoaded(page);
  await page.addInitScript(() => {
    window.__initial = [];
    document.addEventListener('berth:recommendation', (e) => window.__initial.push(e.detail.initial), true);
  });
  await page.goto(EX + 'chooser.html');
  const w = 'berth-widget#chooser';
  await page.waitForSelector(`${w} .berth-winner`);
  await page.click(`${w} .berth-choices input:not(:checked)`); // changes the preset answer
  await page.click(`${w} button:text("Next")`);
  await page.click(`${w} .berth-choices input`); // and one more
  await page.click(`${w} .berth-lang-btn[lang="ko"]`);
  await page.waitForSelector(`${w} .berth[lang="ko"] .berth-winner`);
  const chips = async () => {
    if ((await page.$(`${w} .berth-chips`)) === null) await page.click(`${w} .berth-summary-line .berth-linkbtn`);
    return page.$$eval(`${w} .berth-chip`, (els) => els.map((el) => el.textContent));
  };
  const before = await chips();
  assert(before.length === 2, `two answers before the switch: ${before}`);
  assert([...names].join() === 'berth_chooser', `only the chooser module at first: ${[...names]}`);
  await page.focus(`${w} .berth-tab[data-mode="quiz"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${w} .berth[lang="ko"] .berth-quiz`);
  assert(names.has('berth_both'), `the quiz came with the module holding every mode: ${[...names]}`);
  const focused = await page.$eval(w, (el) => el.shadowRoot.activeElement?.getAttribute('data-mode'));
  assert(focused === 'quiz', `focus stays on the Quiz tab, not ${focused}`);
  assert(await page.$eval(`${w} .berth-tab[data-mode="quiz"]`, (el) => el.getAttribute('aria-pressed')) === 'true', 'the Quiz tab is pressed');
  await page.click(`${w} .berth-tab[data-mode="chooser"]`);
  await page.waitForSelector(`${w} .berth-winner`);
  assert(JSON.stringify(await chips()) === JSON.stringify(before), `answers kept: ${await chips()} vs ${before}`);
  assert(await live(page) === 1, 'one live widget after the restart');
  const initial = await page.evaluate(() => window.__initial.filter(Boolean).length);
  assert(initial === 1, `the host hears one initial result, not one per module: ${initial}`);
  clean(page);
  await page.context().close();

  // The fuller module cannot load: the widget stays as it was and says so; "Try again" then works.
  const flaky = await newPage();
  await flaky.route(/berth_both_bg\.wasm$/, (route) => route.abort());
  await flaky.goto(EX + 'chooser.html');
  await flaky.waitForSelector(`${w} .berth-winner`);
  await flaky.click(`${w} .berth-tab[data-mode="quiz"]`);
  await flaky.waitForSelector(`${w} .berth-notice[role="alert"] button`);
  await flaky.click(`${w} .berth-tab[data-mode="chooser"]`);
  assert(await flaky.$(`${w} .berth-winner`), 'the chooser is still there after the failed load');
  await flaky.unroute(/berth_both_bg\.wasm$/);
  await flaky.click(`${w} .berth-tab[data-mode="quiz"]`);
  await flaky.click(`${w} .berth-notice button`);
  await flaky.waitForSelector(`${w} .berth-quiz`);
  await flaky.context().close();

  // A link's items stay with the mode they belong to across a restart: the
  // quiz's items never become chooser answers, and the reader's language
  // (not the link's lang=) is the one kept.
  const linked = await newPage();
  await linked.goto(EX + 'quiz.html#quiz.mode=quiz&quiz.seed=9&quiz.lang=ko');
  await linked.waitForSelector('berth-widget#quiz .berth[lang="ko"] .berth-quiz');
  await linked.click('berth-widget#quiz .berth-lang-btn[lang="en"]');
  await linked.waitForSelector('berth-widget#quiz .berth[lang="en"] .berth-quiz');
  await linked.click('berth-widget#quiz .berth-tab[data-mode="chooser"]');
  await linked.waitForSelector('berth-widget#quiz .berth[lang="en"] .berth-choices input');
  const notices = await linked.$$eval('berth-widget#quiz .berth-notice', (els) => els.map((el) => el.textContent));
  assert(notices.length === 0, `no link problems from the quiz's items: ${notices}`);
  const summary = await linked.$eval('berth-widget#quiz .berth-summary-line', (el) => el.textContent);
  assert(summary.includes('No answers yet'), `the chooser starts empty, in English: ${summary}`);
  clean(linked);
  await linked.context().close();

  // And the other way: a quiz page, the reader opens the chooser.
  const quiz = await newPage();
  const quizNames = modulesLoaded(quiz);
  await quiz.goto(EX + 'quiz.html');
  await quiz.waitForSelector('berth-widget#quiz .berth-quiz');
  await quiz.click('berth-widget#quiz .berth-tab[data-mode="chooser"]');
  await quiz.waitForSelector('berth-widget#quiz .berth-choices input');
  assert([...quizNames].join() === 'berth_quiz,berth_both', `quiz, then every mode: ${[...quizNames]}`);
  clean(quiz);
  await quiz.context().close();
});

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
  assert(await page.$('berth-widget#custom-url .berth-winner') === null && (await page.$eval('berth-widget#custom-url .berth-prompt', (el) => el.textContent)).length > 0,
    'custom catalog from a same-origin URL (no answers: no verdict yet)');
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
  await page.click('berth-widget#chooser button[type=submit]'); // Next: the answer is committed
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
  assert(done.detail.count === 3 && done.detail.seed === '5' && typeof done.detail.percent === 'number', JSON.stringify(done.detail));
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

/** Waits (5 s at most) until the widget `id` draws in `scheme` ('dark', 'light' or '' for the OS's). */
const schemeIs = (page, id, scheme) => page.waitForFunction(([id, want]) =>
  (document.getElementById(id).shadowRoot.querySelector('.berth-host').dataset.scheme ?? '') === want, [id, scheme], { timeout: 5000 });

await test('embed: dark mode from host markers (data-theme, MkDocs slate, mdBook navy)', async () => {
  const page = await newPage({ scheme: 'light' });
  await page.goto(EX + 'lazy.html');
  const scheme = () => page.$eval('berth-widget#far .berth-host', (el) => el.dataset.scheme ?? '');
  assert(await scheme() === 'light', 'auto on a plain page (no markers, no color-scheme, no background): light, as the browser draws it');
  for (const [set, want] of [
    ["document.documentElement.setAttribute('data-theme', 'dark')", 'dark'],
    ["document.documentElement.removeAttribute('data-theme'); document.body.setAttribute('data-md-color-scheme', 'slate')", 'dark'],
    ["document.body.setAttribute('data-md-color-scheme', 'default')", 'light'],
    ["document.body.removeAttribute('data-md-color-scheme'); document.documentElement.className = 'navy js'", 'dark'],
  ]) {
    await page.evaluate(set);
    await schemeIs(page, 'far', want).catch(async () => { throw new Error(`${set} → ${want}, got ${await scheme()}`); });
  }
  clean(page);
});

await test('embed: lazy start — no wasm until the widget nears the viewport', async () => {
  const page = await newPage();
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  await page.goto(EX + 'lazy.html');
  await page.waitForLoadState('networkidle'); // the page has fetched all it fetches unscrolled
  assert(wasm.length === 0, 'nothing fetched while the widget is far below');
  assert(await page.$eval('berth-widget#far .berth-host', (el) => el.childElementCount) === 0, 'the far widget has not started');
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
  // In the page: resolves once a new <berth-widget> has drawn its view.
  await page.evaluate(() => {
    window.readyWidget = (el) => new Promise((done) => {
      const drawn = () => el.shadowRoot.querySelector('[data-berth-ready]');
      if (drawn()) return done();
      const watch = new MutationObserver(() => { if (drawn()) { watch.disconnect(); done(); } });
      watch.observe(el.shadowRoot, { childList: true, subtree: true });
    });
  });
  // Warm up once (the wasm instance and its glue are page-lifetime).
  await page.evaluate(async () => {
    const el = document.createElement('berth-widget');
    document.body.prepend(el);
    await window.readyWidget(el);
    el.remove();
  });
  const before = await listeners();
  const liveBefore = await live(page);
  await page.evaluate(async () => {
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('berth-widget');
      el.setAttribute('mode', i % 2 ? 'quiz' : 'chooser');
      document.body.prepend(el);
      await window.readyWidget(el);
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


await test('MkDocs Material site through the mkdocs-berth plugin (```berth fences): widgets render, instant navigation, slate theme', async () => {
  // Build the example project; the plugin renders the fences and copies DIST into the site.
  const { execFileSync } = await import('node:child_process');
  const site = `${siteRoot}/mkdocs`;
  execFileSync('python3', ['-m', 'mkdocs', 'build', '-q', '-f', resolve(ROOT, 'examples/mkdocs/mkdocs.yml'), '-d', site],
    { stdio: 'pipe', env: { ...process.env, NO_MKDOCS_2_WARNING: '1', BERTH_ASSETS: DIST } });
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


// ---------- Promises kept: links, settings, events, theme (issues #13, #16) ----------
const shadowText = (page, sel) => page.$eval(sel, (el) => el.textContent);
/** Answers the quiz in `scope` (a CSS prefix) question by question: first choice, check, next. */
async function finishQuiz(page, scope, count) {
  for (let i = 0; i < count; i++) {
    await page.click(`${scope} .berth-choices input, ${scope} .berth-order button:not([disabled])`);
    await page.click(`${scope} button[type=submit]`); // check
    await page.waitForSelector(`${scope} .berth-verdict`);
    await page.click(`${scope} button[type=submit]`); // next / finish
  }
  await page.waitForSelector(`${scope} .berth-quiz-summary`);
}

await test('links (#13.1): on a page with several widgets, each copied link restores what its widget showed', async () => {
  const page = await newPage();
  await page.goto(EX + 'embed.html');
  await page.waitForSelector('berth-widget#chooser .berth-winner');
  await page.click('berth-widget#chooser label:has-text("Web app or HTTP API")');
  await page.click('berth-widget#chooser button[type=submit]');
  await page.waitForFunction(() => document.getElementById('chooser').shadowRoot.querySelector('.berth-winner')?.dataset.option !== 'batch-fargate');
  const want = await page.$eval('berth-widget#chooser .berth-winner', (el) => el.dataset.option);
  await page.click('berth-widget#chooser >> text=Copy link');
  await page.waitForSelector('berth-widget#chooser >> text=Link copied.');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert(link.startsWith(EX + 'embed.html#') && link.includes('chooser.workload=web') && link.includes('chooser.runtime=40m'), `chooser link: ${link}`);
  // The Korean quiz widget: its result link opens at the score.
  await page.locator('berth-widget#quiz').scrollIntoViewIfNeeded();
  await page.waitForSelector('berth-widget#quiz legend');
  await finishQuiz(page, 'berth-widget#quiz', 3);
  const percent = await page.$eval('berth-widget#quiz .berth-score', (el) => el.dataset.percent);
  await page.click('berth-widget#quiz >> text=결과 링크 복사');
  await page.waitForSelector('berth-widget#quiz .berth-copied');
  const quizLink = await page.evaluate(() => navigator.clipboard.readText());
  assert(quizLink.includes('quiz.mode=quiz') && quizLink.includes('quiz.r='), `quiz link: ${quizLink}`);

  const again = await newPage();
  await again.goto(link);
  await again.waitForSelector('berth-widget#chooser .berth-winner');
  assert(await again.$eval('berth-widget#chooser .berth-winner', (el) => el.dataset.option) === want, 'the chooser link restores the answers');
  await scrollAll(again);
  // Another widget keeps its own state: the custom-content chooser has no answers, so no verdict.
  await again.waitForSelector('berth-widget#custom-url .berth-prompt');
  assert(await again.$('berth-widget#custom-url .berth-winner') === null, 'another widget keeps its own state');
  const third = await newPage();
  await third.goto(quizLink);
  await third.locator('berth-widget#quiz').scrollIntoViewIfNeeded();
  await third.waitForSelector('berth-widget#quiz .berth-quiz-summary');
  assert(await third.$eval('berth-widget#quiz .berth-score', (el) => el.dataset.percent) === percent, 'the quiz result link opens at the same score');
  assert(await third.$eval('berth-widget#chooser .berth-winner', (el) => el.dataset.option) === 'batch-fargate', 'the chooser keeps its preset answers');
  clean(page); clean(again); clean(third);
});

await test('heading anchors (#13.4): a fragment without "=" is not Berth\'s and is ignored silently', async () => {
  const page = await newPage();
  await open(page, 'about-the-facts');
  await page.waitForFunction(() => document.querySelectorAll('.berth[data-berth-ready]').length === 2);
  assert(await page.$$eval('.berth-notice', (els) => els.length) === 0, 'no link notice for a heading anchor');
  assert(!!(await page.$('.berth-chooser .berth-prompt')), 'the chooser renders its first screen');
  assert(new URL(page.url()).hash === '#about-the-facts', `the anchor stays: ${page.url()}`);
  clean(page);
});

await test('quiz settings (#13.2, #16.2): the author\'s attributes win; stored settings are never applied; two quizzes keep their own progress', async () => {
  const page = await newPage();
  // A link tries to change an author's quiz (count="3", pass mark 70).
  await page.goto(EX + 'embed.html#quiz.mode=quiz&quiz.count=6&quiz.topics=ecs');
  await page.locator('berth-widget#quiz').scrollIntoViewIfNeeded();
  await page.waitForSelector('berth-widget#quiz legend');
  const intro = await shadowText(page, 'berth-widget#quiz .berth-intro');
  assert(intro === '문제 3개 · 합격 기준 70%', `author settings win over the link: ${intro}`);
  // One visit to a poisoned link…
  await page.goto(BASE + '#mode=quiz&topics=nothing&count=1&pass=0&seed=3');
  await page.waitForSelector('.berth-quiz legend');
  const notice = await page.$eval('.berth-quiz .berth-notice', (el) => el.textContent);
  assert(notice.includes('Topics this quiz does not have were left out'), `unknown topics dropped with a notice: ${notice}`);
  await page.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
  // …does not reach other quiz widgets (no seed attribute) on another page; two quizzes never share progress.
  const add = () => {
    for (const [id, count] of [['first', '4'], ['second', '4']]) {
      const w = document.createElement('berth-widget');
      w.id = id; w.setAttribute('mode', 'quiz'); w.setAttribute('count', count);
      document.body.prepend(w);
    }
  };
  await page.goto(EX + 'lazy.html');
  await page.evaluate(add);
  await page.waitForSelector('berth-widget#first legend');
  await page.waitForSelector('berth-widget#second legend');
  for (const id of ['first', 'second']) {
    const text = await shadowText(page, `berth-widget#${id} .berth-intro`);
    assert(text === '4 questions · pass mark 70%', `${id}: stored settings are not applied: ${text}`);
  }
  await page.click('berth-widget#first .berth-choices input, berth-widget#first .berth-order button:not([disabled])');
  await page.click('berth-widget#first button[type=submit]');
  await page.waitForSelector('berth-widget#first .berth-verdict');
  // Progress is written after the render: wait for the checked answer to be stored before reloading.
  await page.waitForFunction(() => Object.entries(localStorage).some(([k, v]) => k.startsWith('berth.quiz') && k.includes('first') && /\n1[01]*$/.test(v)));
  await page.reload();
  await page.evaluate(add);
  await page.waitForSelector('berth-widget#first .berth-verdict');
  await page.waitForSelector('berth-widget#second legend');
  assert(await page.$('berth-widget#second .berth-verdict') === null, 'the second quiz does not resume the first one\'s attempt');
  clean(page);
});

await test('links carry only known ids (#16.3): unknown topics never reach events, the clipboard or storage; seed is a string', async () => {
  const page = await newPage();
  await page.addInitScript(() => {
    window.done = [];
    document.addEventListener('berth:quiz-complete', (e) => window.done.push(e.detail));
  });
  const hostile = 'lambda,x%0A%0A%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E%0A%0A%5BClick%5D(javascript:alert(1))';
  await open(page, `mode=quiz&count=2&seed=9007199254740993&topics=${hostile}`);
  await finishQuiz(page, '.berth-quiz', 2);
  await page.waitForFunction(() => window.done.length === 1);
  const detail = await page.evaluate(() => window.done[0]);
  assert(JSON.stringify(detail.topics) === '["lambda"]', `only known topics: ${JSON.stringify(detail.topics)}`);
  assert(detail.seed === '9007199254740993', `seed as a string, exact above 2^53: ${JSON.stringify(detail.seed)}`);
  await page.click('.berth-quiz-summary >> text=Copy result link');
  await page.waitForSelector('.berth-quiz-summary .berth-copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert(!/[<>\s"'()[\]]|javascript/.test(link.split('#')[1]), `the copied link carries no link-controlled text: ${link}`);
  const stored = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('berth')).map((e) => e.join('=')).join('\n'));
  assert(stored.length > 0 && !/img|javascript|%3C/i.test(stored), `storage: ${stored}`);
  clean(page);
});

/**
 * The quiz of index.html's first widget (the one that reads the link), once its first question
 * is on screen in `lang`: the quiz part may arrive after the widget is ready, and the page's
 * second widget (a quiz too) may draw first.
 */
async function linkedQuiz(page, lang = 'en') {
  const quiz = page.locator(`[data-berth] >> nth=0 >> .berth[lang="${lang}"] .berth-quiz`);
  await quiz.locator('legend').waitFor();
  return quiz;
}

await test('require an answer (#13.3): nothing is graded without a choice; after checking the choice stays visible with ✓/✗ marks', async () => {
  const page = await newPage();
  await open(page, 'mode=quiz&seed=4&count=3&topics=lambda&shuffle=no');
  const quiz = await linkedQuiz(page);
  assert(await quiz.locator('.berth-quiz-step').evaluate((f) => f.dataset.kind) !== 'ordering', 'first question has choices');
  // Enter on an unselected radio group, then "Check answer" with nothing chosen.
  await quiz.locator('.berth-choices input').first().focus();
  await page.keyboard.press('Enter');
  await quiz.locator('.berth-field-error').waitFor();
  assert(await quiz.locator('.berth-choices input').first().evaluate((el) => el === document.activeElement), 'focus stays on the choice');
  await quiz.locator('button[type=submit]').click();
  assert(await quiz.locator('.berth-verdict').count() === 0, 'nothing graded');
  assert(await quiz.locator('.berth-field-error').textContent() === 'Choose an answer.', 'inline message');
  assert(await quiz.locator('.berth-sr[role="status"]').first().textContent() === 'Choose an answer.', 'announced');
  // Choose, check: the choice stays checked, enabled, and marked.
  await quiz.locator('.berth-choices label').last().click(); // a wrong choice (COBOL)
  await quiz.locator('.berth-field-error').waitFor({ state: 'detached', timeout: 5000 }); // gone once chosen
  await quiz.locator('button[type=submit]').click();
  await quiz.locator('.berth-verdict').waitFor();
  const inputs = await quiz.locator('.berth-choices input').evaluateAll((els) => els.map((e) => [e.checked, e.disabled]));
  assert(inputs.at(-1)[0] && inputs.every(([, disabled]) => !disabled), `choice kept, inputs enabled: ${JSON.stringify(inputs)}`);
  const marks = await quiz.locator('.berth-mark').evaluateAll((els) => els.map((e) => e.textContent));
  assert(marks.includes('✗ your answer') && marks.includes('✓ correct answer'), `marks: ${marks}`);
  // A locked question refuses a new choice.
  await quiz.locator('.berth-choices label').first().click();
  const after = await quiz.locator('.berth-choices input').evaluateAll((els) => els.map((e) => e.checked));
  assert(!after[0] && after.at(-1), `locked after checking: ${after}`);
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await quiz.screenshot({ path: `${SHOTS}/quiz-marks-${scheme}.png` });
  }
  clean(page);
});

await test('screenshots (#13.3): "Choose an answer" and ✓/✗ marks, ko/en × light/dark × 360/1280', async () => {
  for (const lang of ['en', 'ko']) for (const scheme of ['light', 'dark']) for (const width of [360, 1280]) {
    const page = await newPage({ width, scheme });
    await open(page, `mode=quiz&seed=4&count=3&topics=lambda&shuffle=no&lang=${lang}`);
    const quiz = await linkedQuiz(page, lang);
    await quiz.locator('button[type=submit]').click();
    await quiz.locator('.berth-field-error').waitFor();
    await quiz.screenshot({ path: `${SHOTS}/quiz-choose-${lang}-${scheme}-${width}.png` });
    await quiz.locator('.berth-choices label').last().click();
    await quiz.locator('button[type=submit]').click();
    await quiz.locator('.berth-verdict').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `${lang}/${scheme}/${width}: horizontal overflow ${overflow}px`);
    await quiz.screenshot({ path: `${SHOTS}/quiz-marks-${lang}-${scheme}-${width}.png` });
    clean(page);
    await page.context().close();
  }
});

await test('events (#13.5): initial result flagged; answers emitted when committed, not per keystroke; quiz complete once per attempt', async () => {
  const page = await newPage();
  await page.addInitScript(() => {
    window.seen = [];
    for (const type of ['berth:answer', 'berth:recommendation', 'berth:quiz-complete']) {
      document.addEventListener(type, (e) => window.seen.push({ type, id: e.target.id, detail: e.detail }));
    }
  });
  await page.goto(EX + 'embed.html');
  await page.waitForSelector('berth-widget#chooser .berth-winner');
  await page.waitForFunction(() => window.seen.some((e) => e.id === 'chooser'));
  const seen = () => page.evaluate(() => window.seen.filter((e) => e.id === 'chooser'));
  let events = await seen();
  assert(events.length === 1 && events[0].type === 'berth:recommendation' && events[0].detail.initial === true, `load: ${JSON.stringify(events)}`);
  await page.click('berth-widget#chooser button[type=submit]'); // Next: nothing changed
  await page.waitForSelector('berth-widget#chooser .berth-input');
  await page.fill('berth-widget#chooser .berth-input', '');
  await page.type('berth-widget#chooser .berth-input', '20m');
  assert((await seen()).length === 1, `typing emits nothing: ${JSON.stringify(await seen())}`);
  await page.press('berth-widget#chooser .berth-input', 'Enter');
  await page.waitForFunction(() => window.seen.filter((e) => e.id === 'chooser').length >= 3);
  events = await seen();
  // The commit's two events and nothing else (checked again at the end: nothing came late either).
  assert(events.length === 3, `one answer and one result for the commit: ${JSON.stringify(events)}`);
  assert(events[1].type === 'berth:answer' && events[1].detail.question === 'runtime' && events[1].detail.value === '20m', JSON.stringify(events[1]));
  assert(events[2].type === 'berth:recommendation' && events[2].detail.initial === false && events[2].detail.answers.includes('runtime=20m'), JSON.stringify(events[2]));
  // Quiz: complete, Back, Finish again → still one event.
  await page.locator('berth-widget#quiz').scrollIntoViewIfNeeded();
  await page.waitForSelector('berth-widget#quiz legend');
  await finishQuiz(page, 'berth-widget#quiz', 3);
  await page.click('berth-widget#quiz .berth-actions button >> nth=0'); // Back
  await page.waitForSelector('berth-widget#quiz legend');
  await page.click('berth-widget#quiz button[type=submit]'); // Finish
  await page.waitForSelector('berth-widget#quiz .berth-quiz-summary');
  await nextFrames(page); // the summary's effects have run
  const done = await page.evaluate(() => window.seen.filter((e) => e.type === 'berth:quiz-complete'));
  assert(done.length === 1, `one berth:quiz-complete per attempt: ${done.length}`);
  assert((await seen()).length === 3, `no chooser event came late: ${JSON.stringify(await seen())}`);
  clean(page);
});

await test('theme="auto" (#13.6): the page first, the OS only when the page gives no signal', async () => {
  const page = await newPage({ scheme: 'dark' });
  await page.goto(EX + 'lazy.html');
  const scheme = () => page.$eval('berth-widget#far .berth-host', (el) => el.dataset.scheme ?? '');
  assert(await scheme() === 'light', 'a plain page is light whatever the OS: no dark island');
  for (const [set, want] of [
    ["document.documentElement.style.colorScheme = 'light dark'", ''], // the page follows the OS: so does the widget
    ["document.body.style.background = '#101418'", 'dark'], // a dark page background
    ["document.body.style.background = ''; document.documentElement.style.colorScheme = 'dark'", 'dark'],
    ["document.documentElement.style.colorScheme = 'light'", 'light'],
  ]) {
    await page.evaluate(set);
    await schemeIs(page, 'far', want).catch(async () => { throw new Error(`${set} → '${want}', got '${await scheme()}'`); });
  }
  // The plain light example page with a dark OS: light widgets, except the one with theme="dark".
  const embed = await newPage({ scheme: 'dark', width: 360 });
  await embed.goto(EX + 'embed.html');
  await embed.waitForSelector('berth-widget#chooser .berth-winner');
  assert(await embed.$eval('berth-widget#chooser .berth-host', (el) => el.dataset.scheme) === 'light', 'no dark island');
  await embed.screenshot({ path: `${SHOTS}/embed-os-dark-360.png` });
  clean(page); clean(embed);
});

await test('authors shape the widget (#13.8): modes="quiz" hides the other tabs; heading-level fits the page outline', async () => {
  const page = await newPage();
  await page.goto(EX + 'lazy.html');
  await page.evaluate(() => {
    const w = document.createElement('berth-widget');
    w.id = 'shaped';
    for (const [k, v] of [['mode', 'quiz'], ['modes', 'quiz'], ['heading-level', '3'], ['count', '2'], ['seed', '1']]) w.setAttribute(k, v);
    document.body.prepend(w);
  });
  await page.waitForSelector('berth-widget#shaped legend');
  assert(await page.$('berth-widget#shaped .berth-tabs') === null, 'no mode tabs');
  await (await page.$('berth-widget#shaped')).screenshot({ path: `${SHOTS}/embed-modes-quiz.png` });
  await finishQuiz(page, 'berth-widget#shaped', 2);
  const levels = await page.$$eval('berth-widget#shaped h2, berth-widget#shaped h3', (hs) => hs.map((h) => `${h.tagName}:${h.getAttribute('aria-level')}`));
  assert(levels.join() === 'H2:3,H3:4', `headings: ${levels}`);
  clean(page);
});

await test('unique landmarks (#13.8): two choosers on one page repeat no landmark (role and name)', async () => {
  const page = await newPage();
  await page.goto(EX + 'lazy.html');
  await page.evaluate(() => {
    for (const id of ['one', 'two']) {
      const w = document.createElement('berth-widget');
      w.id = id; w.setAttribute('answers', 'workload=web ops=none');
      document.body.prepend(w);
    }
  });
  await page.waitForSelector('berth-widget#one .berth-winner');
  await page.waitForSelector('berth-widget#two .berth-winner');
  const landmarks = await page.evaluate(() => [...document.querySelectorAll('berth-widget')].flatMap((w) => [...w.shadowRoot.querySelectorAll(
    'nav, aside, main, form[aria-label], section[aria-label], section[aria-labelledby], [role=region], [role=navigation], [role=complementary], [role=search], [role=main], [role=form]')]
    .map((el) => `${el.getAttribute('role') ?? el.tagName}:${el.getAttribute('aria-label') ?? ''}`)));
  assert(new Set(landmarks).size === landmarks.length, `landmarks repeat across widgets: ${landmarks}`);
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
  await page.waitForSelector('berth-widget#hostile .berth-choices input');
  await page.click('berth-widget#hostile .berth-choices input');
  await page.waitForSelector('berth-widget#hostile .berth-winner');
  await page.click('berth-widget#hostile .berth-show-all');
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
  await other.click('berth-widget#chooser .berth-choices input');
  await other.waitForSelector('berth-widget#chooser .berth-winner');
  // Counted after the widget answered a click: any panel the trap caused would be drawn by now.
  const panels = await other.$$eval('berth-widget', (els) => els.reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('.berth-panic').length ?? 0), 0));
  assert(panels === 0, `a foreign trap drew ${panels} Berth panels`);
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

// How soon the first question shows is a benchmark, not a test: `node benches/startup/run.mjs
// --pages=berth` (navigation → first question, median of 20 runs; BENCHMARKS.md).
await test('a first visit (empty cache) shows the first question, with no error and nothing fetched from elsewhere', async () => {
  const page = await newPage();
  await page.goto(BASE);
  await page.waitForSelector('.berth-chooser legend');
  assert(await page.$eval('.berth-chooser legend', (l) => l.textContent) === 'What kind of workload is it?', 'the first question');
  assert(await page.$$eval('.berth-chooser .berth-choices input[type=radio]:not([disabled])', (els) => els.length) > 1, 'its answers can be chosen');
  clean(page);
  await page.context().close();
});

// ---------- Accessibility: axe-core in every state (tests/e2e/a11y.mjs) ----------
// E2E_A11Y=off skips them (test.sh, for the nightly build: same views, other panic path).
if (process.env.E2E_A11Y !== 'off') await a11yTests({ newPage, open, BASE, scrollAll });

await browser.close();
server.stop();
finish();
