// The offline build (dist/berth-offline.js) opened from file:// in Firefox:
// the chooser ranks, the quiz marks an answer, a language switch uses the
// inlined content, and nothing is requested from anywhere but the disk.
// Driven by puppeteer-core over WebDriver BiDi with the system Firefox
// (Debian's firefox-esr): no driver binary to download.
// Prints "N passed, N failed" and exits non-zero on any failure.
import puppeteer from 'puppeteer-core';
import { existsSync } from 'node:fs';
import { DIST, SHOTS, assert, fail, finish, test } from './harness.mjs';

const FIREFOX = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
const PAGE = `file://${DIST}/static/examples/offline.html`;

if (!FIREFOX) {
  fail('Firefox is not installed (./scripts/setup.sh --tests installs firefox-esr)');
  finish();
}
const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });

await test('Firefox, file://: offline build shows a working chooser and quiz in both languages', async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => { if (!/^(file|data|about|blob):/.test(r.url())) requests.push(r.url()); });
  await page.goto(PAGE);
  const chooser = 'berth-widget#offline-chooser >>> ';
  const quiz = 'berth-widget#offline-quiz >>> ';
  await page.waitForSelector(`${chooser}.berth-winner`, { timeout: 30000 });
  const top = await page.$eval(`${chooser}.berth-winner`, (el) => el.dataset.option);
  assert(top === 'batch-fargate', `preset answers rank AWS Batch on Fargate first, got ${top}`);
  // A new answer re-ranks: a long-lived server is not a batch job.
  await page.evaluate(() => {
    const root = document.querySelector('berth-widget#offline-chooser').shadowRoot;
    [...root.querySelectorAll('label.berth-choice')].find((l) => l.textContent.includes('Long-lived server')).click();
  });
  await page.waitForFunction(() => {
    const el = document.querySelector('berth-widget#offline-chooser').shadowRoot.querySelector('.berth-winner');
    return el && el.dataset.option !== 'batch-fargate';
  }, { timeout: 10000 });
  // The Korean quiz (lang="ko" on the element): answer, check, see the verdict.
  await page.waitForSelector(`${quiz}legend`, { timeout: 30000 });
  assert(await page.$eval(`${quiz}.berth`, (el) => el.getAttribute('lang')) === 'ko', 'the quiz starts in Korean');
  await page.click(`${quiz}.berth-choices input, ${quiz}.berth-order button:not([disabled])`);
  await page.click(`${quiz}button[type=submit]`);
  await page.waitForSelector(`${quiz}.berth-verdict`, { timeout: 10000 });
  // Switching the chooser to Korean uses the inlined Korean content (no fetch from file://).
  await page.click(`${chooser}button[lang="ko"]`);
  await page.waitForSelector(`${chooser}.berth[lang="ko"]`, { timeout: 10000 });
  await page.screenshot({ path: `${SHOTS}/offline-firefox-ko.png` });
  assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
  assert(requests.length === 0, `requests outside the disk: ${requests.join(', ')}`);
  await page.close();
});

await browser.close();
finish();
