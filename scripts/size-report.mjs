// Size table of the built site: raw / gzip / brotli bytes per file and in
// total (examples excluded), then one line per page type (issue #14): the
// bytes a page downloads before its first <berth-widget> is usable — the
// loader, the wasm module the loader picks for that page type and the content
// bundle of the page's language (size-budget.json lists the files; scripts/modules.json
// the module of each page type) — against
// the issue's budget and stretch and the ratchet ceiling.
// Usage: node scripts/size-report.mjs DIST_DIR [--check]
//   --check: exit 1 when a page type exceeds its ceiling.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { MODULES, moduleFiles, moduleOfPage } from './modules.mjs';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const budget = JSON.parse(readFileSync(resolve(new URL('..', import.meta.url).pathname, 'size-budget.json'), 'utf8'));

const files = [];
const walk = (d) => {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) { if (name !== 'examples') walk(p); }
    else if (/\.(wasm|js|css|html|json|bin)$/.test(name)) files.push(p);
  }
};
walk(dir);
files.sort();
const measure = (f) => {
  const buf = readFileSync(f);
  return {
    file: relative(dir, f),
    raw: buf.length,
    gzip: gzipSync(buf, { level: 9 }).length,
    brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
};
const rows = files.map(measure);
const sum = (rs) => rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
const line = (name, r) => console.log(`${name.padEnd(28)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'file'.padEnd(28)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) line(r.file, r);
line('total', sum(rows));

const pages = Object.entries(budget.pages).map(([name, page]) => [name, { ...page, module: moduleFiles(moduleOfPage(name)) }]);
const unmeasured = MODULES.filter((m) => !budget.pages[m.page]);
if (unmeasured.length) {
  console.error(`size-report: no page type in size-budget.json for ${unmeasured.map((m) => `${m.name} (page '${m.page}')`).join(', ')}`);
  process.exit(1);
}
const need = [...budget.loader, ...pages.flatMap(([, p]) => [...p.module, ...Object.values(p.content).flat()])];
const missing = need.filter((f) => !rows.some((r) => r.file === f));
if (missing.length) { console.error(`size-report: missing ${missing.join(', ')}`); process.exit(1); }
const pick = (files) => sum(rows.filter((r) => files.includes(r.file)));
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
const loader = pick(budget.loader).brotli;
console.log('');
console.log(`First widget usable, per page type (brotli): loader ${budget.loader.join(' + ')} (${kb(loader)}) + the page type's module + its content in the page's language`);
console.log('');
console.log(`${'page type'.padEnd(10)}${'module'.padStart(10)}${'content en'.padStart(12)}${'en'.padStart(10)}${'ko'.padStart(10)}  budget (stretch)                                ceiling`);
const over = [];
for (const [name, page] of pages) {
  const module = pick(page.module).brotli;
  const totals = Object.fromEntries(Object.entries(page.content).map(([lang, files]) => [lang, loader + module + pick(files).brotli]));
  const worst = Math.max(...Object.values(totals));
  const target = page.budget_bytes
    ? `${kb(page.budget_bytes)} ${worst <= page.budget_bytes ? 'met' : `NOT met (+${kb(worst - page.budget_bytes)})`}${page.stretch_bytes ? ` (${kb(page.stretch_bytes)} ${worst <= page.stretch_bytes ? 'met' : 'not met'})` : ''}`
    : '—';
  const ceiling = `${kb(page.ceiling_bytes)} ${worst <= page.ceiling_bytes ? 'ok' : 'EXCEEDED'}`;
  console.log(`${name.padEnd(10)}${kb(module).padStart(10)}${kb(pick(page.content.en).brotli).padStart(12)}${kb(totals.en).padStart(10)}${kb(totals.ko).padStart(10)}  ${target.padEnd(48)}${ceiling}`);
  if (worst > page.ceiling_bytes) over.push(`${name}: ${worst} bytes brotli, over its ${page.ceiling_bytes}-byte ceiling`);
}
if (check && over.length) {
  console.error(`size-report: ${over.join('; ')} (size-budget.json)`);
  process.exit(1);
}
