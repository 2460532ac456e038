#!/usr/bin/env node
// Runs the compiled package (dist/). In a source checkout whose dist/ is missing or older than
// src/ (a developer editing, a test run before `npm run build`), it runs the sources through tsx
// instead, so a changed source is never shadowed by a stale build.
import { existsSync, readdirSync, statSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const built = new URL('dist/.built', root);
const src = new URL('src/', root);

function newestSource(dir) {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const t = statSync(`${e.parentPath ?? e.path}/${e.name}`).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

let useDist = existsSync(built);
if (useDist && existsSync(src) && process.env.DOSSIER_DIST !== '1') useDist = newestSource(src) <= statSync(built).mtimeMs;
let main;
if (useDist) {
  ({ main } = await import('../dist/cli/main.js'));
} else {
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write('dossier: the package is not built: run "npm run build" in the dossier folder\n');
    process.exit(70);
  }
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
process.exitCode = await main(process.argv.slice(2));
