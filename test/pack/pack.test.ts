// The package as a user gets it: `npm pack`, installed into an empty folder, then
// `npx dossier extract` on a report there. Offline: the dependencies are installed as links
// to this project's node_modules (npm's cache holds no registry metadata here, and
// better-sqlite3 would fetch a prebuilt binary), the tarball itself is installed for real.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distIsFresh } from '../../bin/build-state.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd: string, args: string[], opts: SpawnSyncOptions): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 240_000, ...opts });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}\n${r.stderr}`);
  return r.stdout as string;
}

test('npm pack gives a tarball that installs into an empty folder and extracts a report there', { timeout: 600_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pack-'));
  try {
    // pack the current sources: build first when dist/ is older than src/, so `--ignore-scripts` packs no stale build
    if (!distIsFresh()) run(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    const packed = JSON.parse(run(npm, ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: root })) as { filename: string; files: { path: string }[] }[];
    const files = packed[0].files.map(f => f.path);
    assert.ok(files.includes('dist/cli/main.js') && files.includes('dist/kb/extract-worker.js'), 'the compiled CLI and worker are in the tarball');
    assert.ok(files.includes('dist/document/schema/document.schema.json') && files.includes('dist/server/web/index.html'), 'the schema and the web page are in the tarball');
    assert.ok(!files.some(f => f.startsWith('src/') || f.startsWith('test/')), 'no sources or tests in the tarball');

    const app = join(dir, 'app');
    run('mkdir', [app], {});
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'pack-test', private: true }));
    const deps = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);
    const links = deps.map(d => realpathSync(join(root, 'node_modules', d)));
    run(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--install-links=false', join(dir, packed[0].filename), ...links], { cwd: app });
    assert.ok(existsSync(join(app, 'node_modules/dossier/dist/index.js')));

    copyFileSync(join(root, 'examples/kyrgyzstan-bases.txt'), join(app, 'report.txt'));
    // no tsx in the child: the compiled package must run on plain node
    const env = { ...process.env, NODE_OPTIONS: '' };
    const doc = JSON.parse(run('npx', ['--no-install', 'dossier', 'extract', 'report.txt'], { cwd: app, env })) as { id: string; mentions: unknown[]; events: unknown[] };
    assert.equal(doc.id, 'report');
    assert.ok(doc.mentions.length >= 80 && doc.events.length >= 9, `${doc.mentions.length} mentions, ${doc.events.length} events`);

    // the library entry and the worker threads of ingest, from the installed package
    const lib = run(process.execPath, ['--input-type=module', '-e', `import { extract } from 'dossier'; console.log(extract('Putin met Atambayev in Bishkek on Monday.', { published: '2017-10-10' }).mentions.length)`], { cwd: app, env });
    assert.ok(Number(lib) >= 3, lib);
    writeFileSync(join(app, 'batch.jsonl'), ['a', 'b', 'c'].map(id => JSON.stringify({ id, text: `Russia and Kyrgyzstan signed a lease on Kant Air Base, report ${id} said.` })).join('\n') + '\n');
    const ingest = run('npx', ['--no-install', 'dossier', 'ingest', 'batch.jsonl', '--db', 'kb.db', '--workers', '2'], { cwd: app, env });
    assert.match(ingest, /3 new/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
