// End-to-end tests of the ways docs authors install Berth (issue #15), in
// headless Chromium (playwright-core + /usr/bin/chromium):
//   - mdBook: `mdbook-berth install`, then a real `mdbook build` (mdbook from crates.io, pinned in
//     scripts/setup.sh) with ```berth fences; themes and the book's language; a bad fence fails the build;
//     the offline option opened from file://
//   - MkDocs: a bad fence fails `mkdocs build` with page, line and valid values (the working site is
//     tested in run.mjs, "MkDocs Material site through the mkdocs-berth plugin")
//   - the offline build (berth-offline.js) from file://, both languages, both colour schemes, 360/1280 px
//   - the release archive (scripts/package.sh) unpacked into a plain-HTML site
//   - the authoring page (author.html)
// Needs: dist/ (./scripts/build.sh), target/debug/mdbook-berth (cargo build -p mdbook-berth), mdbook,
// the mkdocs-berth plugin (pip install ./mkdocs-berth). Prints "N passed, N failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST, ROOT, SHOTS, assert, finish, launchChromium, serve, test } from './harness.mjs';

const MDBOOK_BERTH = resolve(ROOT, 'target/debug/mdbook-berth');
const PATH = `${resolve(ROOT, 'target/debug')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}`;
const work = mkdtempSync('/tmp/berth-install-');

const siteRoot = join(work, 'www');
mkdirSync(siteRoot);
const server = await serve(siteRoot);
const { port } = server;
const HTTP = server.url;
const browser = await launchChromium();

/** A page that records console errors and every request that leaves 127.0.0.1 or the disk. */
async function newPage({ width = 1280, scheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
  const page = await context.newPage();
  page.errors = [];
  page.outside = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`http://127.0.0.1:${port}/`) && !/^(data|file|blob):/.test(u)) page.outside.push(u);
  });
  return page;
}
function clean(page) {
  assert(page.errors.length === 0, `console errors: ${page.errors.join(' | ')}`);
  assert(page.outside.length === 0, `requests left 127.0.0.1: ${page.outside.join(', ')}`);
}
const inWidget = (id, css) => `berth-widget#${id} ${css}`;
const winner = (page, id) => page.$eval(inWidget(id, '.berth-winner'), (el) => el.dataset.option);
/** Runs a command; returns { status, out } with stdout and stderr together. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, PATH, NO_MKDOCS_2_WARNING: '1', ...opts.env }, cwd: opts.cwd });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}
function mustRun(cmd, args, opts) {
  const r = run(cmd, args, opts);
  assert(r.status === 0, `${cmd} ${args.join(' ')} failed (${r.status}):\n${r.out}`);
  return r.out;
}

// ---------- mdBook ----------
/** A small book: a chooser chapter and a quiz chapter one folder deep. */
function makeBook(dir, { language = 'en', chapters = {} } = {}) {
  mkdirSync(join(dir, 'src/deep'), { recursive: true });
  writeFileSync(join(dir, 'book.toml'), `# The author's own settings stay as they are.\n[book]\ntitle = "Berth in mdBook"\nlanguage = "${language}"\n`);
  const all = {
    'chooser.md': '# Chooser\n\nPick a service.\n\n```berth\nid = "bk-chooser"\nanswers = "workload=batch runtime=40m"\n```\n\n'
      + 'A fence shown as code stays code:\n\n````markdown\n```berth\nmode = "quiz"\n```\n````\n',
    'deep/quiz.md': '# Quiz\n\n```berth\nid = "bk-quiz"\nmode = "quiz"\ncount = 5\ntopics = ["lambda", "fargate"]\nseed = 3\n```\n',
    ...chapters,
  };
  const summary = Object.keys(all).map((p) => `- [${p}](${p})`).join('\n');
  writeFileSync(join(dir, 'src/SUMMARY.md'), `# Summary\n\n${summary}\n`);
  for (const [path, text] of Object.entries(all)) writeFileSync(join(dir, 'src', path), text);
}

await test('mdBook: mdbook-berth install + mdbook build: chooser and quiz from fences, Korean book, themes', async () => {
  const book = join(work, 'book');
  makeBook(book, { language: 'ko' });
  const said = mustRun(MDBOOK_BERTH, ['install', '--assets', DIST, book]);
  assert(said.includes('now runs the berth preprocessor'), said);
  assert(readFileSync(join(book, 'book.toml'), 'utf8').startsWith("# The author's own settings"), 'book.toml keeps the author lines');
  mustRun('mdbook', ['build', book, '-d', join(siteRoot, 'book')]);
  const html = readFileSync(join(siteRoot, 'book/chooser.html'), 'utf8');
  assert(html.includes('<code class="language-markdown">```berth'), 'a fence inside a code block is shown, not rendered');
  const page = await newPage({ width: 1280 });
  await page.goto(`${HTTP}book/chooser.html`);
  await page.waitForSelector(inWidget('bk-chooser', '.berth-winner'));
  assert(await winner(page, 'bk-chooser') === 'batch-fargate', 'preset answers from the fence');
  assert(await page.$eval(inWidget('bk-chooser', '.berth'), (el) => el.getAttribute('lang')) === 'ko', 'the widget follows the book language');
  await page.screenshot({ path: `${SHOTS}/mdbook-light-1280.png` });
  // mdBook's theme picker: navy is dark, rust is light.
  for (const [theme, scheme] of [['navy', 'dark'], ['rust', 'light'], ['coal', 'dark'], ['ayu', 'dark'], ['light', 'light']]) {
    if (!await page.isVisible(`#mdbook-theme-${theme}`)) await page.click('#mdbook-theme-toggle');
    await page.click(`#mdbook-theme-${theme}`);
    await page.waitForFunction(([want]) => document.querySelector('berth-widget#bk-chooser').shadowRoot.querySelector('.berth-host').dataset.scheme === want, [scheme]);
    if (theme === 'navy') await page.screenshot({ path: `${SHOTS}/mdbook-navy-1280.png` });
  }
  // The quiz one folder deep (the script path is relative to the chapter), on a phone.
  const phone = await newPage({ width: 360 });
  await phone.goto(`${HTTP}book/deep/quiz.html`);
  await phone.waitForSelector(inWidget('bk-quiz', 'legend'));
  await phone.click(inWidget('bk-quiz', '.berth-choices input, berth-widget#bk-quiz .berth-order button:not([disabled])'));
  await phone.click(inWidget('bk-quiz', 'button[type=submit]'));
  await phone.waitForSelector(inWidget('bk-quiz', '.berth-verdict'));
  await phone.screenshot({ path: `${SHOTS}/mdbook-quiz-ko-360.png` });
  clean(page);
  clean(phone);
});

await test('mdBook: a bad fence fails the build with chapter, line and valid values; nothing is written', async () => {
  const book = join(work, 'bad-book');
  makeBook(book, { chapters: { 'deep/bad.md': '# Bad\n\n```berth\nmode = "quizz"\ntopics = ["lambda", "kubernetes"]\n```\n' } });
  mustRun(MDBOOK_BERTH, ['install', '--assets', DIST, book]);
  const out = join(work, 'bad-book-out');
  const r = run('mdbook', ['build', book, '-d', out]);
  assert(r.status !== 0, `the build must fail:\n${r.out}`);
  assert(r.out.includes('deep/bad.md:4: mode = "quizz" is not valid; valid values: chooser, quiz, compare'), r.out);
  assert(r.out.includes('deep/bad.md:5: topics: unknown item "kubernetes"'), r.out);
  assert(!existsSync(join(out, 'deep/bad.html')), 'nothing half-rendered');
});

await test('mdBook: the offline option builds a book that works opened from file://', async () => {
  const book = join(work, 'offline-book');
  makeBook(book);
  mustRun(MDBOOK_BERTH, ['install', '--offline', '--assets', DIST, book]);
  mustRun('mdbook', ['build', book]);
  const page = await newPage();
  await page.goto(`file://${book}/book/deep/quiz.html`);
  await page.waitForSelector(inWidget('bk-quiz', 'legend'));
  await page.goto(`file://${book}/book/chooser.html`);
  await page.waitForSelector(inWidget('bk-chooser', '.berth-winner'));
  assert(await winner(page, 'bk-chooser') === 'batch-fargate', 'chooser from disk');
  clean(page);
});

// ---------- MkDocs ----------
await test('MkDocs: a bad fence fails mkdocs build with page, line and valid values', async () => {
  const project = join(work, 'mkdocs-bad');
  mkdirSync(join(project, 'docs'), { recursive: true });
  writeFileSync(join(project, 'mkdocs.yml'), `site_name: Bad\nplugins:\n  - berth:\n      assets: ${DIST}\n`);
  writeFileSync(join(project, 'docs/index.md'), '# Hi\n\n```berth\nanswers = "workload=banana"\nfeedback = "never"\n```\n');
  const r = run('python3', ['-m', 'mkdocs', 'build', '-q', '-f', join(project, 'mkdocs.yml'), '-d', join(project, 'site')]);
  assert(r.status !== 0, `the build must fail:\n${r.out}`);
  assert(r.out.includes('berth: index.md:4: answers: workload=banana: valid answers are web, event, scheduled, batch'), r.out);
  assert(r.out.includes('berth: index.md:5: feedback = "never" is not valid; valid values: each, end'), r.out);
});

await test('MkDocs: the offline option builds a site that works opened from file://', async () => {
  const project = join(work, 'mkdocs-offline');
  mkdirSync(join(project, 'docs'), { recursive: true });
  writeFileSync(join(project, 'mkdocs.yml'), `site_name: Offline\nuse_directory_urls: false\ntheme:\n  name: material\n  font: false\nplugins:\n  - berth:\n      assets: ${DIST}\n      offline: true\n`);
  writeFileSync(join(project, 'docs/index.md'), '# Offline\n\n```berth\nid = "mk-offline"\nanswers = "workload=batch runtime=40m"\n```\n');
  mustRun('python3', ['-m', 'mkdocs', 'build', '-q', '-f', join(project, 'mkdocs.yml'), '-d', join(project, 'site')]);
  assert(!existsSync(join(project, 'site/berth/pkg')), 'the offline option copies only berth-offline.js');
  const page = await newPage();
  await page.goto(`file://${project}/site/index.html`);
  await page.waitForSelector(inWidget('mk-offline', '.berth-winner'));
  assert(await winner(page, 'mk-offline') === 'batch-fargate', 'chooser from disk');
  clean(page);
});

// ---------- Offline build ----------
await test('offline build from file:// in Chromium: chooser and quiz, both languages, both colour schemes, 360 and 1280 px', async () => {
  for (const scheme of ['light', 'dark']) {
    for (const width of [360, 1280]) {
      const page = await newPage({ width, scheme });
      await page.goto(`file://${DIST}/static/examples/offline.html`);
      await page.waitForSelector(inWidget('offline-chooser', '.berth-winner'));
      await page.waitForSelector(inWidget('offline-quiz', 'legend'));
      assert(await winner(page, 'offline-chooser') === 'batch-fargate', 'chooser ranks from file://');
      assert(await page.$eval(inWidget('offline-quiz', '.berth'), (el) => el.getAttribute('lang')) === 'ko', 'quiz in Korean');
      await page.click(inWidget('offline-chooser', 'button[lang="ko"]'));
      await page.waitForSelector(inWidget('offline-chooser', '.berth[lang="ko"]'));
      await page.click(inWidget('offline-quiz', 'button[lang="en"]'));
      await page.waitForSelector(inWidget('offline-quiz', '.berth[lang="en"]'));
      await page.screenshot({ path: `${SHOTS}/offline-chromium-${scheme}-${width}.png`, fullPage: width === 360 });
      clean(page);
    }
  }
});

// ---------- Release archive ----------
await test('release archive: scripts/package.sh, SHA-256 sums, unpacked into a plain-HTML site', async () => {
  const out = join(work, 'release');
  const said = mustRun(resolve(ROOT, 'scripts/package.sh'), [], { env: { BERTH_DIST: DIST, BERTH_PACKAGE_OUT: out } });
  const version = readFileSync(resolve(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
  const archive = join(out, `berth-${version}.tar.gz`);
  assert(existsSync(archive), `no ${archive}:\n${said}`);
  const site = join(siteRoot, 'plain');
  mkdirSync(site);
  execFileSync('tar', ['-xzf', archive, '-C', site]);
  const top = join(site, `berth-${version}`);
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'INSTALL.md', 'SHA256SUMS', 'dist/berth-offline.js', 'dist/static/berth-widget.js', 'examples/mkdocs/mkdocs.yml', 'mkdocs-berth/pyproject.toml']) {
    assert(existsSync(join(top, f)), `archive lacks ${f}: ${readdirSync(top).join(', ')}`);
  }
  mustRun('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: top });
  // A docs page that follows INSTALL.md: one module script, one element.
  writeFileSync(join(site, 'guide.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Guide</title>
<script type="module" src="berth-${version}/dist/static/berth-widget.js"></script></head>
<body><h1>Our guide</h1><berth-widget id="plain" answers="workload=event runtime=20s"></berth-widget></body></html>`);
  const page = await newPage();
  await page.goto(`${HTTP}plain/guide.html`);
  await page.waitForSelector(inWidget('plain', '.berth-winner'));
  assert(await winner(page, 'plain') === 'lambda', 'short event functions rank Lambda first');
  clean(page);
});

// ---------- Authoring page ----------
symlinkSync(DIST, join(siteRoot, 'site'));
const BERTH = resolve(ROOT, 'target/debug/berth');
/** `berth check` on a file: its problem lines (path: message), without the closing count. */
function cliProblems(file, lang) {
  const r = run(BERTH, ['check', '--lang', lang, file]);
  return r.out.trim().split('\n').slice(0, -1);
}
async function authorProblems(page, text) {
  const before = Number(await page.getAttribute('#status', 'data-checks'));
  await page.fill('#source', text);
  await page.waitForFunction((b) => Number(document.getElementById('status').dataset.checks) > b, before);
  return page.$$eval('#problems li', (items) => items.map((li) => li.textContent));
}

await test('author.html: the same problems as berth check, with JSON paths, for every case (en and ko)', async () => {
  const page = await newPage();
  await page.goto(`${HTTP}site/author.html`);
  await page.waitForSelector('#status.ok');
  const dir = resolve(ROOT, 'tests/data/check-cases');
  const cases = readdirSync(dir).filter((f) => f.endsWith('.json'));
  assert(cases.length >= 7, `only ${cases.length} cases`);
  for (const lang of ['en', 'ko']) {
    await page.click(`button[data-lang="${lang}"]`);
    for (const name of cases) {
      const file = join(dir, name);
      const want = cliProblems(file, lang);
      assert(want.length > 0 && want.every((l) => l.startsWith('$')), `berth check found problems in ${name}: ${want}`);
      const got = await authorProblems(page, readFileSync(file, 'utf8'));
      assert(JSON.stringify(got) === JSON.stringify(want), `${lang} ${name}:\n  page: ${got.join('\n        ')}\n  cli:  ${want.join('\n        ')}`);
    }
  }
  clean(page);
});

await test('author.html: templates preview live, keyboard path, downloads of the JSON and the snippet', async () => {
  for (const [scheme, width] of [['light', 1280], ['dark', 360]]) {
    const page = await newPage({ scheme, width });
    await page.goto(`${HTTP}site/author.html${width === 360 ? '?lang=ko' : ''}`);
    // The preview is the widget itself: its first screen asks the first question, no verdict before an answer.
    await page.waitForSelector('berth-widget#author-preview .berth-prompt');
    assert(await page.$('berth-widget#author-preview .berth-winner') === null, 'no verdict before an answer');
    assert((await page.$eval('berth-widget#author-preview legend', (el) => el.textContent)).length > 0,
      'the database template previews its first question');
    // An edit re-ranks the preview: many writers rule SQLite out.
    const text = await page.inputValue('#source');
    await page.fill('#source', text.replace('"base_score": 1', '"base_score": 0').replace('"tie_margin": 0', '"tie_margin": 0,\n  "description": {"en": "x", "ko": "x"}'));
    await page.waitForSelector('#status.bad');
    assert((await page.textContent('#preview-note')).length > 0, 'a stale preview is marked');
    await page.fill('#source', text);
    await page.waitForSelector('#status.ok');
    await page.screenshot({ path: `${SHOTS}/author-${scheme}-${width}.png`, fullPage: width === 360 });
    await page.close();
  }
  const page = await newPage();
  await page.goto(`${HTTP}site/author.html`);
  await page.waitForSelector('#status.ok');
  // Keyboard: from the top, Tab reaches the template picker, Load, the editor and the download buttons.
  const order = [];
  for (let i = 0; i < 300 && !order.includes('copy-snippet'); i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.dataset.lang || document.activeElement.tagName));
  }
  const wanted = ['template', 'load', 'source', 'filename', 'download-json', 'download-snippet', 'copy-snippet'];
  assert(JSON.stringify(order.filter((id) => wanted.includes(id))) === JSON.stringify(wanted), `in reading order: ${order.filter((id) => wanted.includes(id))}`);
  for (const id of wanted) {
    assert(order.includes(id), `Tab reaches #${id}: ${order.slice(0, 8).join(' → ')} …`);
  }
  // The built-in quiz: a quiz preview.
  await page.selectOption('#template', 'static/author/aws-containers-quiz.json');
  await page.click('#load');
  await page.waitForFunction(() => document.getElementById('status').textContent.includes('quiz'));
  await page.waitForSelector('berth-widget#author-preview legend');
  assert(await page.inputValue('#filename') === 'aws-containers-quiz.json', 'file name follows the template');
  const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  assert(json.suggestedFilename() === 'aws-containers-quiz.json', json.suggestedFilename());
  assert(readFileSync(await json.path(), 'utf8') === await page.inputValue('#source'), 'the download is the edited text');
  const [snippet] = await Promise.all([page.waitForEvent('download'), page.click('#download-snippet')]);
  const html = readFileSync(await snippet.path(), 'utf8');
  assert(html.includes('<berth-widget content="aws-containers-quiz.json" mode="quiz"></berth-widget>') && html.includes('```berth'), html);
  clean(page);
});

await browser.close();
server.stop();
finish();
