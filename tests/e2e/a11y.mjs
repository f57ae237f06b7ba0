// Accessibility tour (issue #13): every state the end-to-end tests reach,
// audited with axe-core (./axe.mjs) in both languages, both colour schemes and
// at 360 and 1280 px; then the reported problems one by one (focus after
// Dismiss, one announcement per verdict, no per-keystroke errors, visible
// focus on script-focused elements, forced colours, 200 % zoom).
// run.mjs calls `a11yTests(ctx)` with its page helpers; the tests run in its
// harness (./harness.mjs).
import { audit, summary } from './axe.mjs';
import { SHOTS, assert, test } from './harness.mjs';

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

export async function a11yTests({ newPage, open: openSame, BASE, scrollAll }) {
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
      // "Show all": every option by tier, with its reasons and why-nots.
      await page.click('.berth-show-all');
      await page.waitForSelector('.berth-rank');
      await page.$$eval('.berth details', (ds) => ds.forEach((d) => { d.open = true; }));
      await audit(page, `chooser show all ${name}`);

      // An exact value that cannot be read.
      // A link resumes at the first unanswered essential: the run time.
      await open(page, `workload=batch&lang=${lang}`);
      await page.waitForSelector('.berth-chooser .berth-input');
      await page.fill('.berth-chooser .berth-input', 'forty minutes');
      await page.press('.berth-chooser .berth-input', 'Tab');
      await audit(page, `chooser invalid value ${name}`);
      const shot = (what) => `${SHOTS}/a11y-${what}-${lang}-${scheme}-${width}.png`;
      await page.locator('.berth-chooser .berth-step').first().screenshot({ path: shot('invalid-value') });

      await open(page, `workload=web&lang=${lang}`);
      await skipToDone(page);
      await audit(page, `chooser done ${name}`);
      await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
      await page.screenshot({ path: shot('focused-heading') });

      await open(page, `workload=batch&colour=blue&runtime=forever&lang=${lang}`);
      await page.waitForSelector('.berth-chooser .berth-notice');
      await audit(page, `chooser link notice ${name}`);

      // Copy failure: the clipboard refuses, the text is offered to copy by hand.
      await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError')); });
      await page.click('.berth-chooser .berth-actions button[data-copy="link"]');
      await page.waitForSelector('.berth-chooser .berth-copy-text');
      await audit(page, `chooser copy failed ${name}`);
      await page.locator('.berth-chooser .berth-actions').first().screenshot({ path: shot('copy-failed') });

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
        await scrollAll(page); // every widget near the viewport in turn, so that it starts
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

  await test('axe: two widgets of each mode on one page (landmarks, ids and labels stay unique)', async () => {
    const page = await newPage();
    await page.goto(EX + 'lazy.html');
    await page.evaluate(() => {
      const main = document.querySelector('main');
      for (const attrs of [{ answers: 'workload=web' }, { answers: 'workload=web' }, { mode: 'quiz', seed: '3' }, { mode: 'quiz', seed: '3' },
        { mode: 'compare', answers: 'runtime=40m' }, { mode: 'compare', answers: 'runtime=40m' }]) {
        const el = document.createElement('berth-widget');
        for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
        main.prepend(el);
      }
    });
    // lazy.html starts widgets as they near the viewport: bring each one there.
    for (let i = 0; i < 6; i++) {
      await page.evaluate((n) => document.querySelectorAll('main > berth-widget')[n].scrollIntoView(), i);
      await page.waitForFunction((n) => document.querySelectorAll('main > berth-widget')[n].shadowRoot?.querySelector('.berth[data-berth-ready]'), i);
    }
    await audit(page, 'compare and every mode twice on one page');
    // The index page has two light-DOM widgets sharing one document (ids must not clash).
    await open(page, 'workload=web');
    await page.waitForFunction(() => document.querySelectorAll('.berth[data-berth-ready]').length === 2);
    await audit(page, 'index page, chooser and quiz');
    await page.context().close();
  });

  /** What has focus, looking into shadow roots. */
  const deepFocus = () => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName, cls: el.className, text: el.textContent.slice(0, 80), dir: el.dataset?.dir ?? null, choice: el.dataset?.choice ?? null } : null;
  };

  await test('a11y: "Dismiss" hands focus to the question (chooser and quiz), never to <body>', async () => {
    const page = await newPage();
    await open(page, 'workload=batch&colour=blue');
    await page.focus('.berth-chooser .berth-notice button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.berth-chooser .berth-notice'));
    const chooser = await page.evaluate(deepFocus);
    assert(chooser?.tag === 'LEGEND', `focus after Dismiss (chooser): ${JSON.stringify(chooser)}`);
    // The quiz's notice: saved progress that cannot be read.
    await open(page, 'mode=quiz&seed=31&count=3');
    await page.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
    // Only this widget's progress (the page's second quiz keeps its own, keyed apart).
    await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('berth.quiz') && k.endsWith('.page')) localStorage.setItem(k, '{corrupt'); });
    await page.reload();
    await page.focus('.berth-quiz .berth-notice button');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('.berth-quiz .berth-notice'));
    const quiz = await page.evaluate(deepFocus);
    assert(quiz?.tag === 'LEGEND', `focus after Dismiss (quiz): ${JSON.stringify(quiz)}`);
    await page.context().close();
  });

  await test('a11y: an unreadable exact value is announced once, on commit, not at every keystroke', async () => {
    const page = await newPage();
    // A link resumes at the first unanswered essential: the run time.
    await open(page, 'workload=batch');
    await page.waitForSelector('.berth-chooser .berth-input');
    // Choosing "another value" gives the error its place (kept while typing).
    await page.click('.berth-chooser .berth-exact input[type=radio]');
    await page.waitForSelector('.berth-chooser .berth-field-error', { state: 'attached' });
    await page.evaluate(() => {
      window.liveChanges = [];
      const region = document.querySelector('.berth-chooser .berth-field-error');
      new MutationObserver(() => window.liveChanges.push(region.textContent)).observe(region, { childList: true, subtree: true, characterData: true });
    });
    await page.focus('.berth-chooser .berth-input');
    await page.keyboard.type('forty minutes', { delay: 10 });
    const typing = await page.evaluate(() => window.liveChanges.length);
    assert(typing === 0, `the live error changed ${typing} times while typing`);
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => window.liveChanges.length > 0);
    const changes = await page.evaluate(() => window.liveChanges);
    assert(changes.length === 1 && changes[0].length > 0, `one announcement on commit: ${JSON.stringify(changes)}`);
    assert(await page.$eval('.berth-chooser .berth-input', (el) => el.getAttribute('aria-invalid')) === 'true', 'field marked invalid');
    await page.context().close();
  });

  await test('a11y: focus moved by script is visible (legend, verdict, results and summary headings)', async () => {
    const page = await newPage();
    const outline = () => {
      let el = document.activeElement;
      const s = getComputedStyle(el);
      return { tag: el.tagName, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    };
    const visible = async (what) => {
      const o = await page.evaluate(outline);
      assert(o.style !== 'none' && o.width >= 2, `${what}: focused ${o.tag} has outline ${o.style} ${o.width}px`);
    };
    await open(page, 'workload=web');
    await page.click('.berth-chooser .berth-nav button[type=submit]');
    await page.waitForFunction(() => document.activeElement?.tagName === 'LEGEND');
    await visible('chooser legend after Next');
    await skipToDone(page);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await visible('results heading after the last question');
    await open(page, 'mode=quiz&seed=4&count=1');
    await page.click('.berth-quiz .berth-choices input, .berth-quiz .berth-order button:not([disabled])');
    await page.click('.berth-quiz button[type=submit]');
    await page.waitForFunction(() => document.activeElement?.classList.contains('berth-verdict'));
    await visible('quiz verdict');
    await page.click('.berth-quiz button[type=submit]');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    await visible('quiz summary heading');
    await page.context().close();
  });

  await test('a11y: ordering by keyboard inside <berth-widget> (shadow root) keeps focus on the moved item', async () => {
    const page = await newPage();
    await page.goto(EX + 'lazy.html');
    await page.evaluate(() => {
      const el = document.createElement('berth-widget');
      el.id = 'order';
      el.setAttribute('mode', 'quiz'); el.setAttribute('seed', '11'); el.setAttribute('count', '51');
      document.querySelector('main').prepend(el);
    });
    const root = 'berth-widget#order';
    await page.waitForSelector(`${root} .berth-quiz legend`);
    for (let i = 0; i < 51 && (await page.$eval(`${root} .berth-quiz-step`, (f) => f.dataset.kind)) !== 'ordering'; i++) {
      const prompt = await page.$eval(`${root} legend`, (l) => l.textContent);
      await page.click(`${root} .berth-choices input`);
      await page.click(`${root} button[type=submit]`); // check
      await page.click(`${root} button[type=submit]`); // next
      await page.waitForFunction((old) => document.querySelector('berth-widget#order').shadowRoot.querySelector('legend')?.textContent !== old, prompt);
    }
    const first = page.locator(`${root} .berth-order button[data-dir="down"]`).first();
    const choice = await first.getAttribute('data-choice');
    await first.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((c) => document.querySelector('berth-widget#order').shadowRoot.querySelectorAll('.berth-order-item')[1]
      ?.querySelector(`button[data-choice="${c}"]`), choice);
    const focus = await page.evaluate(deepFocus);
    assert(focus?.choice === choice && focus.dir === 'down', `focus after the move: ${JSON.stringify(focus)}`);
    const name = await page.evaluate(() => document.activeElement.shadowRoot.activeElement.textContent);
    assert(/^↓ Move down: ./.test(name), `button's name starts with its visible words: ${name}`);
    await page.context().close();
  });

  // Forced colours (Windows High Contrast) and 200 % zoom: checked and photographed.
  for (const scheme of ['light', 'dark']) {
    await test(`forced colours (${scheme}): pressed language and mode are distinguishable; screenshots`, async () => {
      const page = await newPage({ scheme });
      await page.emulateMedia({ forcedColors: 'active' });
      await open(page, 'workload=batch&runtime=40m');
      // What is drawn, not what the style says: the colour of a pixel just inside each button.
      const boxes = await page.$$eval('.berth-mount:first-of-type .berth-lang-btn, .berth-mount:first-of-type .berth-tab',
        (bs) => bs.map((b) => { const r = b.getBoundingClientRect(); return { pressed: b.getAttribute('aria-pressed') === 'true', text: b.textContent, x: r.x + 4, y: r.y + 4 }; }));
      const png = (await page.screenshot()).toString('base64');
      const colours = await page.evaluate(async ([data, points]) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width; canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0);
        return points.map((p) => [...ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data].slice(0, 3).join());
      }, [png, boxes]);
      for (const group of [boxes.map((b, i) => ({ ...b, colour: colours[i] })).filter((b) => /한국어|English/.test(b.text)),
        boxes.map((b, i) => ({ ...b, colour: colours[i] })).filter((b) => !/한국어|English/.test(b.text))]) {
        const on = group.filter((b) => b.pressed);
        const off = group.filter((b) => !b.pressed);
        assert(on.length === 1 && off.every((b) => b.colour !== on[0].colour),
          `the pressed button looks like the others in forced colours: ${JSON.stringify(group.map((b) => [b.text, b.pressed, b.colour]))}`);
      }
      await page.screenshot({ path: `${SHOTS}/forced-colors-chooser-${scheme}.png`, fullPage: true });
      await open(page, 'mode=quiz&seed=11&count=51');
      await page.click('.berth-quiz .berth-choices input');
      await page.click('.berth-quiz button[type=submit]');
      await page.waitForSelector('.berth-quiz .berth-verdict');
      await (await page.$('.berth-mount:nth-of-type(1) .berth')).screenshot({ path: `${SHOTS}/forced-colors-quiz-${scheme}.png` });
      await page.context().close();
    });
  }

  for (const lang of ['en', 'ko']) {
    await test(`200 % zoom (${lang}): a 1280 px window at 200 % reflows without horizontal scrolling; screenshots`, async () => {
      const zoomed = await newPage({ width: 640, height: 450, scale: 2 });
      for (const [hash, shot] of [[`workload=batch&runtime=40m&image=6GB&lang=${lang}`, 'chooser'], [`mode=quiz&seed=11&count=51&lang=${lang}`, 'quiz']]) {
        await open(zoomed, hash);
        const overflow = await zoomed.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert(overflow <= 0, `${shot} at 200 %: horizontal overflow ${overflow}px`);
        await zoomed.screenshot({ path: `${SHOTS}/zoom200-${shot}-${lang}.png`, fullPage: true });
      }
      await zoomed.context().close();
    });
  }

  await test('axe: the harness was not vacuous, and its temporary allow-list is current', async () => {
    const { line, stale } = summary();
    console.log(`     ${line}`);
    assert(!line.startsWith('axe-core: 0 views'), 'no view was audited');
    assert(stale.length === 0, `allow-list entries that matched nothing (delete them): ${stale.join(', ')}`);
  });
}
