// Peak memory of `dossier extract` on a long report holds a floor (issue 21: a 4 MB report or a 20 MB
// batch under 300 MB, `npm run bench:memory`). Here a 1 MB report, a few seconds of work: extracted
// section by section in one worker whose heap is capped (src/kb/pool.ts WORKER_HEAP_MB, no V8 flag for the
// whole process), written in chunks, its peak stays near what the pipeline's data and the document's
// items need, not what its tokens would (217–220 MB extracted whole, uncapped). The name tagger, on by default since
// 2026-12-08, adds its model and the Phoenix lists it reads (~35 MB): 218 MB measured then, against 190–205 without it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-memory-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const body = readFileSync(join(root, 'examples/kyrgyzstan-bases.txt'), 'utf8').replace(/^(?:\w+:[^\n]*\n)+\n/, '');
const report = join(dir, 'report.txt');
writeFileSync(report, Array(Math.ceil(1e6 / body.length)).fill(body).join('\n\n'));

/** The process's peak resident memory in MB (its worker threads included), as the process reports it at exit. */
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak '+process.resourceUsage().maxRSS+'\\n'))`;

test('a 1 MB report is extracted in every format within 240 MB of peak memory, and its JSON is valid', () => {
  for (const format of ['json', 'gdelt']) {
    const r = spawnSync(process.execPath, ['--import', PEAK, 'bin/dossier.js', 'extract', report, '--format', format], { cwd: root, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
    assert.equal(r.status, 0, r.stderr);
    const mb = Number(/peak (\d+)/.exec(r.stderr)![1]) / 1024;
    assert.ok(mb < 240, `${format}: ${mb.toFixed(0)} MB`);
    if (format === 'json') {
      const doc = JSON.parse(r.stdout);
      assert.ok(doc.mentions.length > 10_000 && doc.events.length > 500, `${doc.mentions.length} mentions, ${doc.events.length} events`);
    }
  }
});
