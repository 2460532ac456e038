#!/usr/bin/env node
// Runs the compiled package (dist/). In a source checkout whose dist/ is missing or older than
// src/ (a developer editing, tests before `npm run build`), it runs the sources through tsx
// instead, so a changed source is never shadowed by a stale build.
import { setFlagsFromString } from 'node:v8';
import { distIsFresh } from './build-state.js';

// V8 grows its heap far past what is live when memory looks plentiful (a 4 MB report: ~130 MB
// live, 430 MB resident); for `extract`, which holds whole reports, favouring size keeps the peak
// near what extraction needs for the same CPU time. Not for ingest: its workers hold one small
// article at a time, and there it costs ~10% of the CPU. Set first, before any code is compiled.
if (process.argv[2] === 'extract') setFlagsFromString('--optimize-for-size');

let main;
if (distIsFresh()) {
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
