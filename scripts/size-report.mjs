// Size table of the built site: raw / gzip / brotli bytes per file and in
// total (examples excluded), then the issue #6 budget line: the bytes a page
// downloads before one <berth-widget> is usable (size-budget.json lists those
// files; plus the content bundle of the page's language), against the 90 KB budget, the 78 KB stretch and the ratchet ceiling.
// Usage: node scripts/size-report.mjs DIST_DIR [--check]
//   --check: exit 1 when the first-widget bytes exceed the ceiling.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

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

// A language's content: one file or a list of files (its parts).
const content = (lang) => [budget.page_language_content[lang]].flat();
const need = [...budget.first_widget, ...Object.keys(budget.page_language_content).flatMap(content)];
const missing = need.filter((f) => !rows.some((r) => r.file === f));
if (missing.length) { console.error(`size-report: missing ${missing.join(', ')}`); process.exit(1); }
const pick = (files) => sum(rows.filter((r) => files.includes(r.file)));
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
const code = pick(budget.first_widget);
console.log('');
console.log(`first widget usable = ${budget.first_widget.join(' + ')} (${kb(code.brotli)} brotli)`);
console.log(`  + the content bundle of the page's language:`);
let worst = 0;
for (const lang of Object.keys(budget.page_language_content)) {
  const total = code.brotli + pick(content(lang)).brotli;
  worst = Math.max(worst, total);
  console.log(`  ${lang}: ${total} bytes brotli = ${kb(total)}`);
}
const both = code.brotli + pick(Object.keys(budget.page_language_content).flatMap(content)).brotli;
console.log(`  both languages (after a switch): ${both} bytes brotli = ${kb(both)}`);
console.log(`  budget ${kb(budget.budget_bytes)}: ${worst <= budget.budget_bytes ? 'met' : `NOT met, over by ${kb(worst - budget.budget_bytes)} (×${(worst / budget.budget_bytes).toFixed(2)})`}`);
console.log(`  stretch ${kb(budget.stretch_bytes)}: ${worst <= budget.stretch_bytes ? 'met' : 'not met'}`);
console.log(`  ceiling ${kb(budget.ceiling_bytes)} (ratchet, size-budget.json): ${worst <= budget.ceiling_bytes ? 'ok' : 'EXCEEDED'}`);
if (check && worst > budget.ceiling_bytes) {
  console.error(`size-report: the first widget costs ${worst} bytes brotli, over the ${budget.ceiling_bytes}-byte ceiling in size-budget.json`);
  process.exit(1);
}
