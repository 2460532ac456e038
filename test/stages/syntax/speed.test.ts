// A floor on the syntax stage's speed (CPU time, so a busy machine does not fail it): the
// bench measures the real figure (BENCH_QUICK=1 npm run bench, stage "syntax": 2.25 MB/s).
// The floor sits well below it, as the events stage's does: the process's CPU time also counts
// the JIT and GC threads, and with the other test files running beside it a run measured 0.96.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createDoc } from '../../../src/document/doc.ts';
import { segmentStage } from '../../../src/stages/segment/index.ts';
import { annotateSyntax, syntaxStage } from '../../../src/stages/syntax/index.ts';

test('the syntax stage reads news at 0.5 MB/s or more', () => {
  const text = readFileSync(new URL('../../fixtures/kyrgyzstan-bases.txt', import.meta.url), 'utf8');
  const doc = createDoc(text, { id: 'speed' });
  segmentStage.run(doc, { warn() {} });
  syntaxStage.init!();
  annotateSyntax(doc); // warm up
  const rounds = 60;
  const cpu = process.cpuUsage();
  for (let i = 0; i < rounds; i++) annotateSyntax(doc);
  const used = process.cpuUsage(cpu);
  const mbPerS = (rounds * Buffer.byteLength(text)) / 1e6 / ((used.user + used.system) / 1e6);
  assert.ok(mbPerS >= 0.5, `${mbPerS.toFixed(2)} MB/s`);
});
