// npm run build: the compiled package in dist/. Plain JavaScript, so it runs before anything is built.
//   1. dist/ emptied (a removed source leaves no stale module behind)
//   2. tsc -p tsconfig.build.json (JavaScript and declarations): the library's modules and the workers
//   3. the CLI bundled from those modules into dist/bundle/ (see bundleCli)
//   4. the files tsc does not emit: the document schema, and the web page's sources (html, css and
//      the TypeScript esbuild bundles on first request; see src/server/bundle.ts)
//   5. the stamp dist/.built: its time tells bin/dossier.js in a source checkout whether dist/ is older
//      than src/ (bin/build-state.js)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { STAMP } from '../bin/build-state.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = root + 'dist/';
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const r = spawnSync(process.execPath, [tsc, '-p', root + 'tsconfig.build.json'], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
await bundleCli();
mkdirSync(dist + 'document/schema', { recursive: true });
cpSync(root + 'src/document/schema/document.schema.json', dist + 'document/schema/document.schema.json');
cpSync(root + 'src/server/web', dist + 'server/web', { recursive: true });
writeFileSync(STAMP, new Date().toISOString() + '\n');

/**
 * The CLI as a few files instead of ~250 modules: resolving and linking each module costs more at
 * start-up than compiling its code (one sentence: ~0.1 s of CPU less). Split at every dynamic import,
 * so a verb, the pipeline and each dependency still load only when used (dependencies stay packages).
 * A module's import.meta.url becomes its own dist/ path, so its data files and workers are found where
 * they were (the workers run the dist/ modules, not the bundle).
 */
async function bundleCli() {
  const outdir = dist + 'bundle';
  await build({
    entryPoints: { cli: dist + 'cli/main.js' }, outdir, bundle: true, splitting: true, chunkNames: 'chunk-[hash]',
    platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
    plugins: [{
      name: 'dist-import-meta-url',
      setup(b) {
        b.onLoad({ filter: /\.js$/ }, a => {
          const rel = relative(outdir, a.path).split('\\').join('/');
          const code = readFileSync(a.path, 'utf8').replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`);
          return { contents: code, loader: 'js' };
        });
      },
    }],
  });
}
