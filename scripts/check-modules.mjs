// Checks that the two places that cannot read scripts/modules.json agree with it
// (test.sh's lint part; build.sh, test.sh and size-report.mjs read it themselves):
//   - static/berth-widget.js, MODULES: the same modules in the same order (the loader takes
//     the first that covers a page), each with the same modes and custom content;
//   - web/Cargo.toml, [features]: every feature a module names exists, every feature is in
//     some module, and `default` is the last module's (the one that holds everything).
// Prints what differs and exits 1; prints one line and exits 0 when all agree.
import { readFileSync } from 'node:fs';
import { MODULES } from './modules.mjs';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const problems = [];
const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
/** A JS array literal of quoted strings, as an array. */
const strings = (literal) => [...literal.matchAll(/'([^']*)'/g)].map((m) => m[1]);

/** The loader's table: [{ name, modes, custom }]. */
function loaderModules(source) {
  const allModes = source.match(/const ALL_MODES = (\[[^\]]*\]);/)?.[1];
  const table = source.match(/const MODULES = \[([\s\S]*?)\n\];/)?.[1];
  if (!allModes || !table) return null;
  return [...table.matchAll(/\{ name: '(\w+)', modes: (\[[^\]]*\]|ALL_MODES), custom: (true|false) \}/g)]
    .map(([, name, modes, custom]) => ({ name, modes: strings(modes === 'ALL_MODES' ? allModes : modes), custom: custom === 'true' }));
}

/** web/Cargo.toml's [features] table: feature → the features it turns on. */
function cargoFeatures(toml) {
  const section = toml.split(/^\[features\]$/m)[1]?.split(/^\[/m)[0] ?? '';
  return new Map([...section.matchAll(/^([\w-]+) = (\[[^\]]*\])/gm)].map(([, name, list]) => [name, list.match(/"[^"]*"/g)?.map((q) => q.slice(1, -1)) ?? []]));
}

const loader = loaderModules(read('static/berth-widget.js'));
if (!loader) problems.push('static/berth-widget.js: no `const ALL_MODES = [...]` and `const MODULES = [...]` table found');
else {
  const names = (list) => list.map((m) => m.name).join(', ');
  if (names(loader) !== names(MODULES)) problems.push(`static/berth-widget.js MODULES: ${names(loader)}; scripts/modules.json: ${names(MODULES)}`);
  for (const m of MODULES) {
    const l = loader.find((x) => x.name === m.name);
    if (l && !same(l.modes, m.modes)) problems.push(`${m.name}: modes ${l.modes} in static/berth-widget.js, ${m.modes} in scripts/modules.json`);
    if (l && l.custom !== m.custom) problems.push(`${m.name}: custom ${l.custom} in static/berth-widget.js, ${m.custom} in scripts/modules.json`);
  }
}

const features = cargoFeatures(read('web/Cargo.toml'));
const used = new Set(MODULES.flatMap((m) => m.features));
for (const f of used) if (!features.has(f)) problems.push(`web/Cargo.toml has no feature '${f}' (scripts/modules.json uses it)`);
for (const f of features.keys()) if (f !== 'default' && !used.has(f)) problems.push(`web/Cargo.toml feature '${f}' is in no module of scripts/modules.json`);
const fullest = MODULES.at(-1);
if (!same(features.get('default') ?? [], fullest.features)) {
  problems.push(`web/Cargo.toml default = [${features.get('default')}], but the last module (${fullest.name}) has [${fullest.features}]`);
}

if (problems.length) {
  console.error(`check-modules: the module table differs from scripts/modules.json:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-modules: ${MODULES.map((m) => m.name).join(', ')} agree in scripts/modules.json, static/berth-widget.js and web/Cargo.toml`);
