import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('the installed executable prints the bundled example as one document (one real subprocess)', () => {
  const r = spawnSync(process.execPath, ['bin/dossier.js', 'extract', 'examples/kyrgyzstan-bases.txt'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
  const doc = JSON.parse(r.stdout);
  assert.equal(doc.id, 'kyrgyzstan-bases');
  assert.equal(doc.published, '2017-10-10');
  assert.ok(doc.text.startsWith('Russia does not consider it necessary'));
  assert.ok(doc.sentences.length >= 26 && doc.sentences.length <= 32, `${doc.sentences.length} sentences`);
  for (const layer of ['mentions', 'entities', 'times', 'quotes', 'events']) assert.ok(Array.isArray(doc[layer]), layer);
});

test('an unknown or incomplete option is one plain line with the usage', async () => {
  const { runCli } = await import('./capture.ts');
  for (const [args, said] of [[['extract', '--version'], 'unknown option --version'], [['extract', 'a.txt', '--published'], 'option --published needs a value']] as const) {
    const r = await runCli([...args]);
    assert.ok(r.err.includes(said), r.err);
    assert.equal(r.err.trim().split('\n').length, 1, r.err);
    assert.notEqual(r.code, 0);
  }
});
