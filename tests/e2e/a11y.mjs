// Accessibility tour (issue #13): every state the end-to-end tests reach,
// audited with axe-core (./axe.mjs) in both languages, both colour schemes and
// at 360 and 1280 px; then the reported problems one by one (focus after
// Dismiss, one announcement per verdict, no per-keystroke errors, visible
// focus on script-focused elements, forced colours, 200 % zoom).
// run.mjs calls `a11yTests(ctx)` with its helpers.
import { audit, summary } from './axe.mjs';

/** The configurations every state is audited in. */
export const CONFIGS = [];
for (const lang of ['en', 'ko']) for (const scheme of ['light', 'dark']) for (const width of [1280, 360]) {
  CONFIGS.push({ lang, scheme, width, name: `${lang}/${scheme}/${width}` });
}

/** Clicks through the chooser with Skip until its last step is passed. */
async function skipToDone(page) {
  for (let i = 0; i < 30 && !(await page.$('.berth-chooser .berth-done')); i++) {
    const legend = await page.$eval('.berth-chooser legend', (l) => l.textContent);
    await page.click('.berth-chooser .berth-nav button:nth-child(2)'); // Skip
    await page.waitForFunction((old) => !!document.querySelector('.berth-chooser .berth-done')
      || document.querySelector('.berth-chooser legend')?.textContent !== old, legend);
  }
}

/** The quiz question on screen (its kind and prompt). */
const quizStep = (page, root = '.berth-quiz') => page.$eval(`${root} .berth-quiz-step`, (f) => ({ kind: f.dataset.kind, prompt: f.querySelector('legend').textContent }));

export async function a11yTests({ test, newPage, open: openSame, BASE, SHOTS, assert }) {
  const EX = BASE + 'static/examples/';
  // A new document each time (a goto that changes only the fragment does not reload).
  const open = async (page, hash) => { await page.goto('about:blank'); await openSame(page, hash); };

  for (const cfg of CONFIGS) {
    const { lang, scheme, width, name } = cfg;
    const opts = { width, scheme };

    await test(`axe ${name}: chooser initial, answered, invalid value, done, link notice, copy failure, compare`, async () => {
      const page = await newPage(opts);
      await open(page, `lang=${lang}`);
      await audit(page, `chooser initial ${name}`);

      await open(page, `workload=batch&runtime=40m&image=6GB&lang=${lang}`);
      await audit(page, `chooser answered ${name}`);
      // Details open (reasons of a lower-ranked option): their content is audited too.
      await page.$$eval('.berth details', (ds) => ds.forEach((d) => { d.open = true; }));
      await audit(page, `chooser answered, details open ${name}`);

      // An exact value that cannot be read.
      await open(page, `workload=batch&lang=${lang}`);
      await page.click('.berth-chooser .berth-nav button[type=submit]');
      await page.waitForSelector('.berth-chooser .berth-input');
      await page.fill('.berth-chooser .berth-input', 'forty minutes');
      await page.press('.berth-chooser .berth-input', 'Tab');
      await audit(page, `chooser invalid value ${name}`);

      await open(page, `workload=web&lang=${lang}`);
      await skipToDone(page);
      await audit(page, `chooser done ${name}`);

      await open(page, `workload=batch&colour=blue&runtime=forever&lang=${lang}`);
      await page.waitForSelector('.berth-chooser .berth-notice');
      await audit(page, `chooser link notice ${name}`);

      // Copy failure: the clipboard refuses, the text is offered to copy by hand.
      await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
      await page.click('.berth-chooser .berth-actions button');
      await page.waitForSelector('.berth-chooser .berth-copy-text');
      await audit(page, `chooser copy failed ${name}`);

      await page.click('.berth-mount .berth-tab[data-mode="compare"]');
      await page.waitForSelector('.berth-mount .berth-compare-view');
      await audit(page, `compare ${name}`);
      await page.context().close();
    });

    await test(`axe ${name}: quiz — every question type, before and after checking; ordering moves; summary; copy failure`, async () => {
      const page = await newPage(opts);
      await open(page, `mode=quiz&seed=11&count=51&lang=${lang}`);
      const seen = new Set();
      for (let i = 0; i < 51; i++) {
        const step = await quizStep(page);
        const first = !seen.has(step.kind);
        seen.add(step.kind);
        if (first) await audit(page, `quiz ${step.kind} ${name}`);
        if (step.kind === 'ordering') {
          await page.click('.berth-quiz .berth-order button:not([disabled])');
          if (first) await audit(page, `quiz ordering moved ${name}`);
        } else {
          await page.click('.berth-quiz .berth-choices input');
        }
        await page.click('.berth-quiz button[type=submit]'); // check
        await page.waitForSelector('.berth-quiz .berth-verdict');
        if (first) await audit(page, `quiz ${step.kind} feedback ${name}`);
        await page.click('.berth-quiz button[type=submit]'); // next / finish
        if (i < 50) await page.waitForFunction((old) => document.querySelector('.berth-quiz legend')?.textContent !== old, step.prompt);
      }
      assert(seen.size === 5, `every question type audited: ${[...seen]}`);
      await page.waitForSelector('.berth-quiz-summary');
      await audit(page, `quiz summary ${name}`);
      await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
      await page.click('.berth-quiz-summary .berth-actions button:last-of-type');
      await page.waitForSelector('.berth-quiz-summary .berth-copy-text');
      await audit(page, `quiz summary copy failed ${name}`);
      await page.context().close();
    });

    await test(`axe ${name}: example pages (five widgets, custom-content problems, strict CSP, lazy)`, async () => {
      const page = await newPage(opts);
      for (const file of ['embed.html', 'csp.html', 'lazy.html']) {
        await page.goto(EX + file);
        // Bring every widget near the viewport so that it starts.
        for (let i = 0; i < 12; i++) { await page.mouse.wheel(0, 1500); await page.waitForTimeout(60); }
        await page.waitForFunction(() => [...document.querySelectorAll('berth-widget')]
          .every((el) => el.shadowRoot?.querySelector('.berth[data-berth-ready]')));
        if (lang === 'ko') {
          await page.evaluate(() => document.querySelectorAll('berth-widget').forEach((el) => el.setAttribute('lang', 'ko')));
          await page.waitForFunction(() => [...document.querySelectorAll('berth-widget')]
            .every((el) => el.shadowRoot?.querySelector('.berth[lang="ko"][data-berth-ready]')));
        }
        await audit(page, `example ${file} ${name}`);
      }
      await page.context().close();
    });
  }

  await test('axe: the harness was not vacuous, and its temporary allow-list is current', async () => {
    const { line, stale } = summary();
    console.log(`     ${line}`);
    assert(stale.length === 0, `allow-list entries that matched nothing (delete them): ${stale.join(', ')}`);
  });
}
