// axe-core harness for the end-to-end suite (issue #13, accessibility).
//
// `audit(page, view)` injects axe-core (npm `axe-core`, pinned in
// package.json) into the page, runs it on the whole document — shadow roots
// included — with the WCAG 2.2 A/AA and best-practice rules, and splits the
// violations in two:
//   - inside a widget: a node in the shadow root of a <berth-widget>, or inside
//     a light-DOM mount ([data-berth]). Always a failure;
//   - page-level: every other node. A failure too: the example pages model
//     good practice (a <main>, landmarks, headings). Pass { page: false } to
//     audit a page that is not ours (a MkDocs theme).
// Each call counts its view; `summary()` gives the totals for the run's log.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { assert } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The rules axe runs: WCAG 2.0–2.2 levels A and AA, and best practice. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * TEMPORARY allow-list, keyed by rule id and view (a prefix of the view name).
 * Only for violations in parts another engineer owns and is fixing on another
 * branch (issue #13: chooser result views → branch `results`). Every entry is
 * deleted when that branch is merged; main must have none. An entry that no
 * longer matches anything fails the run, so a stale entry cannot linger.
 */
export const TEMPORARY_ALLOWED = [];

const stats = { views: 0, nodes: 0, allowed: new Map(), names: [] };

/**
 * Runs axe on `page` and fails the test (harness.mjs `assert`) on any violation (inside the widgets, and —
 * unless `page: false` — on the page itself). `view` names the state for the
 * error message and the allow-list.
 */
export async function audit(page, view, { page: pageLevel = true } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(AXE_SOURCE);
  }
  const found = await page.evaluate(async (tags) => {
    // The mark every widget root carries, in light DOM or a shadow root.
    const inWidget = (el) => {
      for (let n = el; n; n = n.getRootNode()?.host ?? null) {
        if (n.closest?.('[data-berth], .berth-host, .berth')) return true;
        if (n.getRootNode()?.host?.localName === 'berth-widget') return true;
        if (n.getRootNode() === n) break;
      }
      return false;
    };
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      elementRef: true,
      resultTypes: ['violations'],
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      target: JSON.stringify(n.target),
      html: n.html.slice(0, 160),
      summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 240),
      widget: n.element ? inWidget(n.element) : true,
    })));
  }, TAGS);
  stats.views++;
  stats.names.push(view);
  stats.nodes += found.length;
  const failures = new Map();
  for (const v of found) {
    if (!v.widget && !pageLevel) continue;
    const allowed = v.widget && TEMPORARY_ALLOWED.find((a) => a.rule === v.rule && view.startsWith(a.view));
    if (allowed) {
      const key = `${allowed.rule} @ ${allowed.view}`;
      stats.allowed.set(key, (stats.allowed.get(key) ?? 0) + 1);
      continue;
    }
    const key = `${v.widget ? 'widget' : 'page'} ${v.rule} (${v.impact}): ${v.help}`;
    if (!failures.has(key)) failures.set(key, []);
    failures.get(key).push(v);
  }
  const lines = [...failures].map(([key, nodes]) => `${key} ×${nodes.length}\n${nodes.slice(0, 3)
    .map((v) => `       at ${v.target}\n       ${v.html}\n       ${v.summary}`).join('\n')}`);
  assert(failures.size === 0, `axe: ${failures.size} rule(s) violated in "${view}":\n     ${lines.join('\n     ')}`);
}

/** One line for the log, and the allow-list entries whose views were audited but matched nothing. */
export function summary() {
  const unused = TEMPORARY_ALLOWED.filter((a) => stats.names.some((v) => v.startsWith(a.view)) && !stats.allowed.has(`${a.rule} @ ${a.view}`));
  const allowed = [...stats.allowed].map(([k, n]) => `${k} ×${n}`).join(', ');
  return {
    line: `axe-core: ${stats.views} views audited (${TAGS.join(', ')}); temporarily allowed: ${allowed || 'none'}`,
    stale: unused.map((a) => `${a.rule} @ ${a.view}`),
  };
}
