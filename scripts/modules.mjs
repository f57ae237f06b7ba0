// The wasm module table (scripts/modules.json) for the scripts that read it.
//   import { MODULES, moduleFiles } from './modules.mjs'
//   node scripts/modules.mjs      one line per module, "NAME FEATURES" (features comma-separated),
//                                 for the shell scripts (build.sh, test.sh)
import { readFileSync } from 'node:fs';

/** [{ name, features, page, modes, custom }], smallest first; the last holds everything. */
export const MODULES = JSON.parse(readFileSync(new URL('modules.json', import.meta.url), 'utf8')).modules;

/** The files of a module in a built site: its JS glue and its wasm. */
export const moduleFiles = (module) => [`pkg/${module.name}.js`, `pkg/${module.name}_bg.wasm`];

/** The module measured for a page type of size-budget.json; throws when none is. */
export function moduleOfPage(page) {
  const module = MODULES.find((m) => m.page === page);
  if (!module) throw new Error(`no module in scripts/modules.json for the page type '${page}' of size-budget.json`);
  return module;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const m of MODULES) console.log(`${m.name} ${m.features.join(',')}`);
}
