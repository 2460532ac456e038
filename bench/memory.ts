// Peak memory of `dossier extract` on a long report and on a large batch, in every output format.
// Makes the inputs from the bench corpus (a 4 MB report: the corpus texts joined by blank lines; a 20 MB
// batch: the corpus as JSONL) and prints a table of peak RSS, wall and CPU time per input and format.
//   npm run build && node --import tsx bench/memory.ts [--runs N] [--only report|batch] [--formats json,text]
// The goal (issue 21): at most 300 MB in every row. Needs GNU time at /usr/bin/time.
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeInputs } from './memory-inputs.ts';

const { values } = parseArgs({ options: {
  runs: { type: 'string', default: '1' },
  only: { type: 'string' },
  formats: { type: 'string', default: 'json,jsonl,text,gdelt' },
  dir: { type: 'string', default: join(tmpdir(), 'dossier-memory-bench') },
} });

const bin = new URL('../bin/dossier.js', import.meta.url).pathname;
const inputs = makeInputs(values.dir!);
const runs = Math.max(1, Number(values.runs));
console.log(`load: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}`);
console.log('input   format  peak RSS MB (min–max)  wall s  cpu s');
for (const [name, path] of Object.entries(inputs)) {
  if (values.only && values.only !== name) continue;
  for (const format of values.formats!.split(',')) {
    const rss: number[] = [], wall: number[] = [], cpu: number[] = [];
    for (let r = 0; r < runs; r++) {
      // GNU time writes its line last on stderr; the output goes to /dev/null (it streams, so it is not held)
      // a time budget far past the default: on a loaded machine the 4 MB report can take minutes of wall time
      const run = spawnSync('/usr/bin/time', ['-f', '%M %e %U %S', 'node', bin, 'extract', path, '--format', format, '--timeout', '3600'], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
      if (run.status !== 0) throw new Error(`extract ${path} --format ${format} failed: ${run.stderr}`);
      const [kb, e, u, s] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
      rss.push(kb / 1024); wall.push(e); cpu.push(u + s);
    }
    const range = (xs: number[], d = 0) => { const lo = Math.min(...xs).toFixed(d), hi = Math.max(...xs).toFixed(d); return lo === hi ? lo : `${lo}–${hi}`; };
    console.log(`${name.padEnd(7)} ${format.padEnd(7)} ${range(rss).padStart(20)}  ${range(wall, 1).padStart(6)}  ${range(cpu, 1)}`);
  }
}
