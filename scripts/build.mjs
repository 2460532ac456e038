// npm run build: the compiled package in dist/. Plain JavaScript, so it runs before anything is built.
//   1. dist/ emptied (a removed source leaves no stale module behind)
//   2. tsc -p tsconfig.build.json (JavaScript and declarations)
//   3. the files tsc does not emit: the document schema, and the web page's sources (html, css and
//      the TypeScript esbuild bundles on first request; see src/server/bundle.ts)
//   4. the stamp dist/.built: its time tells bin/dossier.js in a source checkout whether dist/ is older
//      than src/ (bin/build-state.js)
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { STAMP } from '../bin/build-state.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = root + 'dist/';
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', root + 'tsconfig.build.json'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
mkdirSync(dist + 'document/schema', { recursive: true });
cpSync(root + 'src/document/schema/document.schema.json', dist + 'document/schema/document.schema.json');
cpSync(root + 'src/server/web', dist + 'server/web', { recursive: true });
writeFileSync(STAMP, new Date().toISOString() + '\n');
