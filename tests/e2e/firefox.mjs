// The core end-to-end flows (chooser by keyboard, language switch, quiz and
// its result link, embedding, strict CSP) in Firefox ESR through geckodriver,
// with the assertions of the Chromium suite (run.mjs). Plain W3C WebDriver
// (./webdriver.mjs): playwright-core's Firefox launcher needs a patched
// Firefox build, Debian's is not one.
//   node tests/e2e/firefox.mjs                 Firefox (GECKODRIVER, FIREFOX override the paths)
//   E2E_BROWSER=webkit xvfb-run -a node tests/e2e/firefox.mjs
//                      WebKitGTK via WebKitWebDriver: experimental, not in test.sh (Debian's
//                      webkit2gtk-driver and xvfb; MiniBrowser needs a display)
// Prints "N passed, N failed" and exits non-zero on any failure.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { DIST, SHOTS, assert, fail, finish, serve, test } from './harness.mjs';
import { Keys, Session } from './webdriver.mjs';

const BROWSER = process.env.E2E_BROWSER ?? 'firefox';

// dist/ under a sub-path, as in run.mjs.
const siteRoot = mkdtempSync('/tmp/berth-e2e-wd-');
mkdirSync(`${siteRoot}/docs`, { recursive: true });
symlinkSync(DIST, `${siteRoot}/docs/berth`);
const server = await serve(siteRoot);
const BASE = `${server.url}docs/berth/`;
const EX = BASE + 'static/examples/';

const drivers = {
  firefox: () => Session.start(process.env.GECKODRIVER ?? `${homedir()}/.cargo/bin/geckodriver`, {
    browserName: 'firefox',
    'moz:firefoxOptions': { binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr', args: ['-headless'], prefs: { 'intl.accept_languages': 'en-US' } },
  }, ['--host=127.0.0.1']),
  webkit: () => Session.start(process.env.WEBKITDRIVER ?? '/usr/bin/WebKitWebDriver', {
    'webkitgtk:browserOptions': { binary: process.env.WEBKIT ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
  }),
};
const t0 = Date.now();
const s = await drivers[BROWSER]().catch((e) => {
  fail(`${BROWSER}: no WebDriver session: ${e.message}`);
  server.stop();
  finish();
});
console.log(`${BROWSER} ${s.capabilities.browserVersion}: session in ${Date.now() - t0} ms`);
await s.setWindow(1280, 900).catch(() => {});

/** Loads `url` as a new document (a fragment-only change would not reload). */
async function load(url) {
  await s.goto('about:blank');
  await s.goto(url);
}
/** Opens index.html with `hash`; waits until both its widgets (they start in any order) are ready. */
async function open(hash = '') {
  await load(BASE + (hash ? `#${hash}` : ''));
  await s.waitFor(() => {
    const mounts = [...document.querySelectorAll('[data-berth]')];
    return mounts.length > 0 && mounts.every((m) => m.querySelector('.berth[data-berth-ready]'));
  }, [], 'the widgets');
}
const winner = (root = 'document') => s.run(new Function(`return (${root}).querySelector('.berth-winner')?.dataset.option`));
const shadow = (id) => `document.getElementById('${id}').shadowRoot`;
const text = (sel) => s.run((q) => document.querySelector(q)?.textContent ?? null, sel);
const focused = (pred) => s.waitFor(pred, [], String(pred), 5000);

await test('keyboard-only scenario: batch job, 40 min, 6 GB image; the link restores it', async () => {
  await open();
  for (let i = 0; i < 10 && !(await s.run(() => document.activeElement?.type === 'radio')); i++) await s.press(Keys.Tab);
  assert(await s.run(() => document.activeElement?.type === 'radio'), 'Tab reaches the first question');
  await s.press(Keys.ArrowDown, Keys.ArrowDown, Keys.ArrowDown, Keys.ArrowDown);
  assert(await text('legend') === 'What kind of workload is it?', 'arrow keys do not advance');
  await s.press(Keys.Enter);
  await focused(() => document.activeElement?.tagName === 'LEGEND');
  const legendIs = (t) => s.waitFor((x) => document.querySelector('.berth-chooser legend')?.textContent === x, [t], t);
  await legendIs('Longest run time of one request or job');
  await s.press(Keys.Tab, Keys.Tab, ...'40m', Keys.Enter);
  // Essentials come first: after the run time, Kubernetes.
  await legendIs('Kubernetes');
  assert(await winner() === 'batch-fargate', `winner is ${await winner()}`);
  const whyLambda = await text('.berth-runner[data-option="lambda"]');
  assert(whyLambda.includes('Runs for at most 15 min at a time; this needs 40 min.'), `why-not Lambda: ${whyLambda}`);
  const live = await text('.berth-chooser > .berth-sr[role="status"]');
  assert(live.includes('Top pick: AWS Batch on Fargate'), `live region: ${live}`);
  const url = await s.waitFor(() => location.hash.includes('workload=batch&runtime=40m') && location.href, [], 'URL carries answers');
  await load(url);
  await s.waitFor(() => document.querySelector('.berth-winner'));
  assert(await winner() === 'batch-fargate', 'reloaded link gives the same winner');
  writeFileSync(`${SHOTS}/${BROWSER}-chooser.png`, await s.screenshot());
});

await test('language switch keeps the answers', async () => {
  await open('workload=event&runtime=20s');
  assert(await winner() === 'lambda', 'lambda wins for a short event');
  await s.click(await s.element(() => document.querySelector('button[lang="ko"]')));
  await s.waitFor(() => document.querySelector('.berth[lang="ko"] .berth-winner'), [], 'Korean widget');
  assert(await winner() === 'lambda', 'same winner in Korean');
  const kicker = await text('.berth-kicker');
  assert(kicker.includes('1순위'), `Korean text: ${kicker}`);
  const url = await s.waitFor(() => location.href.includes('lang=ko') && location.href, [], 'lang in the URL');
  assert(url.includes('runtime=20s'), url);
});

await test('quiz: five questions, focus on each verdict, score, result link that reproduces it', async () => {
  await open('mode=quiz&seed=11&count=5&lang=en');
  // The link's quiz is the first widget's; its quiz part may arrive after the page's other quiz.
  await s.waitFor(() => document.querySelector('[data-berth]').querySelector('.berth-quiz legend'), [], 'the linked quiz');
  for (let i = 0; i < 5; i++) {
    const legend = await text('.berth-quiz legend');
    await s.click(await s.element(() => document.querySelector('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])')));
    await s.click(await s.element(() => document.querySelector('.berth-quiz button[type=submit]')));
    await focused(() => document.activeElement?.classList.contains('berth-verdict'));
    const verdict = await text('.berth-quiz .berth-verdict');
    assert(/^[✓✗◐]/.test(verdict), `verdict in words and symbols: ${verdict}`);
    await s.click(await s.element(() => document.querySelector('.berth-quiz button[type=submit]')));
    if (i < 4) await s.waitFor((old) => document.querySelector('.berth-quiz legend')?.textContent !== old, [legend], 'next question');
  }
  await s.waitFor(() => document.querySelector('.berth-quiz-summary'), [], 'summary');
  await focused(() => document.activeElement?.tagName === 'H2');
  const summary = await text('.berth-quiz-summary');
  assert(summary.includes('Score:') && /[✓✗] /.test(summary), summary);
  const percent = await s.run(() => document.querySelector('.berth-score').dataset.percent);
  // The clipboard refuses here: the link is offered in a labelled text box instead.
  await s.run(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
  await s.click(await s.element(() => [...document.querySelectorAll('.berth-quiz-summary button')].pop()));
  const link = await s.waitFor(() => document.querySelector('.berth-quiz-summary .berth-copy-failed textarea')?.value, [], 'copy fallback');
  assert(link.includes('mode=quiz') && link.includes('seed=11') && link.includes('&r='), link);
  await load(link);
  await s.waitFor(() => document.querySelector('.berth-quiz-summary'), [], 'summary from the link');
  assert(await s.run(() => document.querySelector('.berth-score').dataset.percent) === percent, 'the result link shows the same score');
  writeFileSync(`${SHOTS}/${BROWSER}-quiz-summary.png`, await s.screenshot());
});

await test('embed: five widgets, one wasm download, isolated styles, broken content contained', async () => {
  await load(EX + 'embed.html');
  // A reader reaching each widget in turn (a jump past a widget between two
  // frames never shows it, so it rightly never starts).
  for (const id of ['chooser', 'quiz', 'compare', 'custom-url', 'broken']) {
    await s.run((id) => document.getElementById(id).scrollIntoView(), id);
    // Started: its skeleton (or view) is drawn.
    await s.waitFor((id) => document.getElementById(id).shadowRoot.querySelector('.berth-host').childElementCount > 0, [id], `${id} starts`);
  }
  await s.waitFor(() => ['chooser', 'quiz', 'compare', 'custom-url', 'broken']
    .every((id) => document.getElementById(id).shadowRoot?.querySelector('.berth[data-berth-ready]')), [], 'five widgets', 20000);
  const wasm = await s.run(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length);
  assert(wasm === 1, `one wasm download for five widgets: ${wasm}`);
  const styles = await s.run(() => {
    const root = document.getElementById('chooser').shadowRoot;
    return [getComputedStyle(root.querySelector('legend')).display, getComputedStyle(root.querySelector('.berth-btn-primary')).backgroundColor,
      getComputedStyle(root.querySelector('.berth-winner')).borderTopStyle];
  });
  assert(styles[0] !== 'none', 'host "legend { display: none }" does not reach the widget');
  assert(styles[1] === 'rgb(122, 62, 157)', `themed accent via --berth-accent: ${styles[1]}`);
  assert(styles[2] === 'dashed', `::part(winner) styling applies: ${styles[2]}`);
  assert(await winner(shadow('chooser')) === 'batch-fargate', 'preset answers');
  // The custom catalog has no answers yet: its first screen, and no verdict.
  const custom = await s.run(() => {
    const root = document.getElementById('custom-url').shadowRoot;
    return [!!root.querySelector('.berth-winner'), root.querySelector('.berth-prompt')?.textContent ?? ''];
  });
  assert(!custom[0] && custom[1].length > 0, `custom catalog from a same-origin URL (no answers: no verdict yet): ${custom}`);
  const cols = await s.run(() => [...document.getElementById('compare').shadowRoot.querySelectorAll('thead th')].map((t) => t.textContent).join('|'));
  assert(cols === 'Feature|Lambda with a container image|ECS on Fargate|App Runner', `compare columns: ${cols}`);
  const broken = await s.run(() => document.getElementById('broken').shadowRoot.querySelector('.berth-error').textContent);
  for (const x of ['$.id', 'may only contain', '$.title.ko: missing Korean translation', '$.questions', '$.options']) {
    assert(broken.includes(x), `broken content shows ${x}: ${broken}`);
  }
});

await test('embed: strict CSP page works with zero violations', async () => {
  await load(EX + 'csp.html');
  await s.waitFor(() => document.getElementById('csp-chooser').shadowRoot?.querySelector('.berth-winner')
    && document.getElementById('csp-quiz').shadowRoot?.querySelector('legend'), [], 'both widgets', 20000);
  await s.click(await s.element(() => [...document.getElementById('csp-chooser').shadowRoot.querySelectorAll('label')]
    .find((l) => l.textContent.includes('Long-lived server'))));
  await s.click(await s.element(() => document.getElementById('csp-quiz').shadowRoot.querySelector('.berth-choices input, .berth-order button:not([disabled])')));
  await s.click(await s.element(() => document.getElementById('csp-quiz').shadowRoot.querySelector('button[type=submit]')));
  await s.waitFor(() => document.getElementById('csp-quiz').shadowRoot.querySelector('.berth-verdict'), [], 'verdict');
  const styled = await s.run(() => getComputedStyle(document.getElementById('csp-chooser').shadowRoot.querySelector('.berth')).borderTopLeftRadius);
  assert(styled === '8px', `the widget's stylesheet applies under the CSP: ${styled}`);
  const violations = await s.run(() => window.berthCspViolations ?? []);
  assert(violations.length === 0, `CSP violations: ${violations.join(' | ')}`);
});

await s.close();
server.stop();
finish();
