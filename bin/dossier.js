#!/usr/bin/env node
// Runs the compiled package (dist/). In a source checkout whose dist/ is missing or older than
// src/ (a developer editing, tests before `npm run build`), it runs the sources through tsx
// instead, so a changed source is never shadowed by a stale build.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { distIsFresh } from './build-state.js';

// V8 grows its heap far past what is live when memory looks plentiful: for `extract` over large
// inputs (a 4 MB report: 700 MB resident, 500 MB with this), favouring size keeps the peak nearer
// what extraction needs, at a CPU cost (~30% there, ~0.4 s at start-up), so only past 1 MB of
// input. Not for ingest: its workers hold one article at a time. Set before any code is compiled.
// (Small inputs, run in this thread, turn V8's optimizing compiler off: src/cli/commands/extract.ts.)
if (process.argv[2] === 'extract' && inputBytes(process.argv.slice(3)) > 1e6) setFlagsFromString('--optimize-for-size');

/** Bytes of the files named; -1 when one is stdin or a folder (of unknown size). */
function inputBytes(args) {
  let n = 0;
  for (const a of args) {
    if (a === '-') return -1;
    try {
      if (a.startsWith('-')) continue;
      const st = statSync(a);
      if (!st.isFile()) return -1;
      n += st.size;
    } catch { /* not a file: an option's value */ }
  }
  return n;
}

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
