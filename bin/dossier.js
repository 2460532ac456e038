#!/usr/bin/env node
// Runs the compiled package (dist/). In a source checkout whose dist/ is missing or older than
// src/ (a developer editing, tests before `npm run build`), it runs the sources through tsx
// instead, so a changed source is never shadowed by a stale build.
import { distIsFresh } from './build-state.js';

// No V8 flags here: a large input's memory is bounded by the heap caps of the worker threads that
// extract it (src/kb/pool.ts), not by making every thread favour size over speed.
let main;
if (distIsFresh()) {
  // the CLI bundled from dist/'s modules (scripts/build.mjs): fewer files to resolve and link at start-up
  ({ main } = await import('../dist/bundle/cli.js'));
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
