// The web page's script, bundled from src/server/web/ with esbuild in memory the
// first time it is asked for (about a tenth of a second), then kept for the process.
// Nothing is written to disk, so a fresh clone serves the page with no build step
// and a changed source is never shadowed by a stale bundle (see README.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DossierError } from '../errors.ts';

const webDir = fileURLToPath(new URL('./web/', import.meta.url));
const require = createRequire(import.meta.url);

export interface Asset { body: string | Uint8Array; type: string }

let script: Promise<Asset> | undefined;

export function webScript(): Promise<Asset> {
  return (script ??= buildScript().catch(err => { script = undefined; throw err; }));
}

async function buildScript(): Promise<Asset> {
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new DossierError('DATA_MISSING', 'esbuild is not installed: run "npm install" in the dossier folder');
  }
  const result = await esbuild.build({
    entryPoints: [webDir + 'main.ts'],
    bundle: true, write: false, format: 'esm', target: 'es2022', minify: true,
    legalComments: 'none', logLevel: 'silent', platform: 'browser',
  });
  return { body: result.outputFiles[0].text, type: 'text/javascript; charset=utf-8' };
}

const files = new Map<string, Asset>();

/** A static file of the page (html, css), read once. */
export function webFile(name: 'index.html' | 'app.css'): Asset {
  let asset = files.get(name);
  if (!asset) {
    const type = name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/css; charset=utf-8';
    asset = { body: readFileSync(webDir + name, 'utf8'), type };
    files.set(name, asset);
  }
  return asset;
}

/** The world outline: world-atlas' 1:50m countries (TopoJSON, Natural Earth, public domain). */
export function atlasFile(): Asset {
  let asset = files.get('atlas');
  if (!asset) {
    try {
      asset = { body: readFileSync(require.resolve('world-atlas/countries-50m.json')), type: 'application/json' };
    } catch {
      throw new DossierError('DATA_MISSING', 'world-atlas/countries-50m.json is missing: run "npm install"');
    }
    files.set('atlas', asset);
  }
  return asset;
}
