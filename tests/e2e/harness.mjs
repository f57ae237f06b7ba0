// The one test harness of the end-to-end suites (run.mjs, a11y.mjs, firefox.mjs,
// install.mjs, firefox-offline.mjs):
//   test(name, fn)   runs `fn` (async) now, in order; a thrown error fails the test
//   assert(ok, why)  throws `why` unless `ok`
//   finish()         prints the summary line "N passed, N failed" (the last line of the
//                    output) and exits, non-zero on any failure
//   E2E_ONLY=REGEX   runs only the tests whose name matches (for working on one area)
// and what every suite needs around it: the paths (ROOT, DIST, SHOTS), a static server
// for a folder (serve) and the system Chromium (launchChromium).
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const ROOT = resolve(new URL('../..', import.meta.url).pathname);
/** The built site to test: dist/, or E2E_DIST (test.sh also tests the stable build). */
export const DIST = resolve(ROOT, process.env.E2E_DIST ?? 'dist');
/** Where the suites write their screenshots. */
export const SHOTS = resolve(ROOT, 'tests/e2e/screenshots');
mkdirSync(SHOTS, { recursive: true });

const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;
const counts = { passed: 0, failed: 0, skipped: 0 };

/** Runs one test (unless E2E_ONLY leaves it out) and logs its outcome and time. */
export async function test(name, fn) {
  if (only && !only.test(name)) {
    counts.skipped++;
    return;
  }
  const started = Date.now();
  try {
    await fn();
    counts.passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    counts.failed++;
    console.log(`FAIL ${name}\n     ${e.stack ?? e}`);
  }
}

export function assert(ok, why) {
  if (!ok) throw new Error(why);
}

/** Counts a failure that happened outside any test (a browser that did not start …). */
export function fail(what) {
  counts.failed++;
  console.log(`FAIL ${what}`);
}

/** Prints the summary line and exits: 1 on any failure, else 0. */
export function finish() {
  if (only && counts.passed + counts.failed === 0) console.log(`(E2E_ONLY=${process.env.E2E_ONLY} matched no test here)`);
  console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
  process.exit(counts.failed ? 1 : 0);
}

/**
 * Serves `folder` over HTTP on 127.0.0.1 (tests/e2e/server.py) on a port of its
 * choosing. Resolves once the server listens: { port, url, stop }.
 */
export function serve(folder) {
  const server = spawn('python3', [resolve(ROOT, 'tests/e2e/server.py'), '0', folder], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, no) => {
    server.once('exit', (code) => no(new Error(`tests/e2e/server.py exited (${code}) before it listened`)));
    // Its first line says which port it listens on.
    createInterface({ input: server.stdout }).once('line', (line) => {
      const port = Number(line.match(/^listening on (\d+)$/)?.[1]);
      if (!port) return no(new Error(`tests/e2e/server.py: unexpected first line: ${line}`));
      server.removeAllListeners('exit');
      ok({ port, url: `http://127.0.0.1:${port}/`, stop: () => server.kill() });
    });
  });
}

/** The system Chromium through playwright-core, headless. */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
