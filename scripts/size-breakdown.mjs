// Where do the wasm bytes go? Reads a wasm file that still has its "name"
// section (scripts/size-breakdown.sh builds one), groups every function body
// by what it belongs to, and splits the data section into the bundled content
// JSON and everything else. Each group is brotli-compressed on its own, so
// the figures show relative weight (they add up to a bit more than the whole,
// which compresses across groups).
// Usage: node scripts/size-breakdown.mjs FILE.wasm [TOP]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const buf = readFileSync(process.argv[2]);
const TOP = Number(process.argv[3] ?? 25);
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

let p = 8;
const uleb = () => { let r = 0, s = 0, b; do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
let importedFns = 0;
const bodies = []; // { start, end }
const names = new Map();
const data = [];
while (p < buf.length) {
  const id = buf[p++]; const size = uleb(); const end = p + size;
  if (id === 2) { // imports: count functions, skip the rest
    for (let n = uleb(), i = 0; i < n; i++) {
      for (let k = 0; k < 2; k++) { const len = uleb(); p += len; } // module and field names
      const kind = buf[p++];
      if (kind === 0) { uleb(); importedFns++; }
      else if (kind === 1) { p++; const f = uleb(); uleb(); if (f & 1) uleb(); }
      else if (kind === 2) { const f = uleb(); uleb(); if (f & 1) uleb(); }
      else if (kind === 3) { p += 2; }
      else if (kind === 4) { p++; uleb(); }
    }
  } else if (id === 10) {
    for (let n = uleb(), i = 0; i < n; i++) { const s = uleb(); bodies.push({ start: p, end: p + s }); p += s; }
  } else if (id === 11) {
    for (let n = uleb(), i = 0; i < n; i++) {
      const flags = uleb();
      if (flags === 2) uleb();
      if (flags !== 1) { while (buf[p] !== 0x0b) p++; p++; } // skip the offset expression
      const s = uleb(); data.push(buf.subarray(p, p + s)); p += s;
    }
  } else if (id === 0) {
    const l = uleb(); const name = buf.subarray(p, p + l).toString(); p += l;
    if (name === 'name') {
      while (p < end) {
        const sub = buf[p++]; const ss = uleb(); const se = p + ss;
        if (sub === 1) for (let n = uleb(), i = 0; i < n; i++) { const idx = uleb(); const l2 = uleb(); names.set(idx, buf.subarray(p, p + l2).toString()); p += l2; }
        p = se;
      }
    }
  }
  p = end;
}
if (names.size === 0) { console.error('no name section: build with scripts/size-breakdown.sh'); process.exit(1); }

const GROUPS = [
  ['widget views and hooks (berth_web)', /berth_web/],
  ['JSON reading (serde, serde_json; derived readers of the content types)', /serde/],
  ['core: engine, content model, validation (berth)', /\bberth(\[[0-9a-f]+\])?::/],
  ['yew runtime', /\byew(\[[0-9a-f]+\])?::|implicit_clone|gloo/],
  ['JS bindings (wasm-bindgen, js-sys, web-sys)', /wasm_bindgen|js_sys|web_sys|externref shim|-> Externref/],
  ['Rust std: fmt, alloc, collections, panics', /core\b|alloc\b|std\b|dlmalloc|hashbrown|indexmap|compiler_builtins|__rust|zmij|memcpy|memset|memmove|memcmp/],
];
const groups = new Map(GROUPS.map(([g]) => [g, []]));
groups.set('other', []);
const fns = bodies.map((b, i) => ({ ...b, size: b.end - b.start, name: names.get(i + importedFns) ?? `func ${i + importedFns}` }));
for (const f of fns) {
  const g = GROUPS.find(([, re]) => re.test(f.name))?.[0] ?? 'other';
  groups.get(g).push(f);
}

// Data: any content JSON embedded verbatim (none since the widget fetches
// single-language bundles; kept to catch a regression) vs the rest.
const dataAll = Buffer.concat(data);
const content = ['content/aws-containers.json', 'content/aws-containers-quiz.json'].map((f) => readFileSync(resolve(ROOT, f)));
let rest = dataAll;
const contentParts = [];
for (const c of content) {
  const at = rest.indexOf(c);
  if (at >= 0) { contentParts.push(c); rest = Buffer.concat([rest.subarray(0, at), rest.subarray(at + c.length)]); }
}

const codeBytes = fns.reduce((s, f) => s + f.size, 0);
const rows = [];
for (const [g, list] of groups) {
  if (!list.length) continue;
  const bytes = Buffer.concat(list.map((f) => buf.subarray(f.start, f.end)));
  rows.push([`code: ${g}`, list.length, bytes.length, br(bytes)]);
}
if (contentParts.length) rows.push(['data: embedded content JSON', contentParts.length, contentParts.reduce((s, c) => s + c.length, 0), contentParts.length ? br(Buffer.concat(contentParts)) : 0]);
rows.push(['data: strings, tables, panic locations, the rest', '', rest.length, br(rest)]);
const pad = (s, n) => String(s).padStart(n);
console.log(`${process.argv[2]}: ${buf.length} bytes, ${fns.length} functions (${codeBytes} bytes of code), ${dataAll.length} bytes of data; brotli of the whole file ${br(buf)}`);
console.log('');
console.log('| part | functions | raw bytes | brotli bytes (alone) |');
console.log('|---|---:|---:|---:|');
for (const [name, n, raw, b] of rows) console.log(`| ${name} | ${n} | ${raw} | ${b} |`);
console.log('');
console.log(`largest ${TOP} functions (raw bytes):`);
for (const f of [...fns].sort((a, b) => b.size - a.size).slice(0, TOP)) console.log(`${pad(f.size, 7)}  ${f.name.replace(/\[[0-9a-f]{16}\]/g, '').replace(/::h[0-9a-f]{16}$/, '').slice(0, 140)}`);
