// Figures for the quotes layer, reported when the issue is resolved:
//   npx tsx test/stages/quotes/measure.ts
// - the example: gold quotes found (content overlap), right speaker, via right (full pipeline)
// - the Wikinews fixture: direct-quote speaker accuracy, indirect precision and recall
// - speed of the quotes stage alone (upstream layers computed once, outside the timing)
import { readFileSync } from 'node:fs';
import { extract } from '../../../src/index.ts';
import { speakerMatches } from '../../../src/eval/quotes.ts';
import { createDoc } from '../../../src/document/doc.ts';
import { newsEnglishStages } from '../../../src/pipeline/presets/news-en.ts';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';

const fixture = (name: string) => new URL(`../../fixtures/${name}`, import.meta.url);
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const pct = (a: number, b: number) => `${a}/${b} = ${(100 * a / Math.max(1, b)).toFixed(1)}%`;

// the example, scored against its .gold.jsonl (speaker spans) and .gold.json (via)
{
  const text = readFileSync(fixture('kyrgyzstan-bases.txt'), 'utf8');
  const gold = JSON.parse(readFileSync(fixture('kyrgyzstan-bases.gold.jsonl'), 'utf8').split('\n')[0]);
  const hand = JSON.parse(readFileSync(fixture('kyrgyzstan-bases.gold.json'), 'utf8'));
  const doc = extract(text, { id: 'kyrgyzstan-bases', published: '2017-10-10' });
  let found = 0, speaker = 0, viaRight = 0, viaTotal = 0;
  const required = gold.quotes.filter((q: any) => !q.optional);
  for (const g of required) {
    const s = doc.quotes.filter(q => overlaps(q, g));
    if (!s.length) { console.log('  example missed:', g.text.slice(0, 60)); continue; }
    found++;
    const best = s.sort((a, b) => Math.abs(a.start - g.start) - Math.abs(b.start - g.start))[0];
    if (speakerMatches(doc, best.speaker, g)) speaker++; else console.log('  example speaker:', g.text.slice(0, 40), '→', best.speaker);
    const h = hand.quotes.find((q: any) => q.start === g.start && q.end === g.end);
    if (h?.via) { viaTotal++; if (best.via && doc.entities.find(e => e.id === best.via)?.name === 'RIA Novosti') viaRight++; }
  }
  console.log(`example (full pipeline): found ${pct(found, required.length)}, speaker ${pct(speaker, found)}, via ${pct(viaRight, viaTotal)}`);
}

// the Wikinews fixture
{
  const golds = readFileSync(fixture('quotes/wikinews-quotes.gold.jsonl'), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
  let dFound = 0, dTotal = 0, spRight = 0, spTotal = 0, iFound = 0, iTotal = 0, iSys = 0, iRight = 0, dSys = 0, dRight = 0;
  const verbose = process.argv.includes('--errors');
  for (const g of golds) {
    const doc = extract(g.text, { id: g.id, published: g.published });
    for (const q of g.quotes) {
      if (q.optional) continue;
      const found = doc.quotes.filter(s => overlaps(s, q) && s.kind === q.kind);
      if (q.kind === 'direct') {
        dTotal++;
        if (found.length) dFound++;
        if (found.length && q.speaker_text) {
          spTotal++;
          if (speakerMatches(doc, found[0].speaker, q)) spRight++;
          else if (verbose) console.log(`  ${g.id} speaker: "${q.text.slice(0, 50)}" gold ${q.speaker_text}, system ${found[0].speaker}`);
        }
      } else {
        iTotal++;
        if (found.length) iFound++;
        else if (verbose) console.log(`  ${g.id} indirect missed: "${q.text.slice(0, 70)}"`);
      }
    }
    for (const s of doc.quotes) {
      const right = g.quotes.some((q: any) => overlaps(s, q) && (q.kind === s.kind || q.optional));
      if (s.kind === 'indirect') { iSys++; if (right) iRight++; } else { dSys++; if (right) dRight++; }
      if (!right && verbose) console.log(`  ${g.id} wrong ${s.kind}: "${s.text.slice(0, 70)}" (${s.rule})`);
    }
  }
  console.log(`wikinews fixture: direct recall ${pct(dFound, dTotal)}, precision ${pct(dRight, dSys)}, direct speaker accuracy ${pct(spRight, spTotal)}`);
  console.log(`wikinews fixture: indirect precision ${pct(iRight, iSys)}, recall ${pct(iFound, iTotal)}`);
}

// speed of the stage alone: the upstream layers once, then the quotes stage on the same Doc.
// Text: the 90 MEANTIME Wikinews articles (natural quote density) and the example, repeated.
// The segment stage's speed on the same text is shown for calibration: on a shared, loaded
// machine every figure drops together.
{
  const base = readFileSync(fixture('kyrgyzstan-bases.txt'), 'utf8');
  const articles = readFileSync(fixture('meantime-dev.gold.jsonl'), 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l).text);
  const text = Array.from({ length: 3 }, () => [base, ...articles].join('\n\n')).join('\n\n');
  const doc = createDoc(text, { id: 'speed', published: '2017-10-10' });
  let segmentCpu = 0;
  for (const stage of newsEnglishStages()) {
    if (stage.name === 'quotes') break;
    stage.init?.();
    const c0 = process.cpuUsage();
    stage.run(doc, { warn() {} });
    if (stage.name === 'segment') { const c = process.cpuUsage(c0); segmentCpu = (c.user + c.system) / 1e6; }
  }
  for (let k = 0; k < 5; k++) extractQuotes(doc); // warm-up (the JIT)
  const runs = 20;
  const t0 = performance.now(), c0 = process.cpuUsage();
  let n = 0;
  for (let k = 0; k < runs; k++) n = extractQuotes(doc).length;
  const wall = (performance.now() - t0) / 1000 / runs;
  const used = process.cpuUsage(c0);
  const cpu = (used.user + used.system) / 1e6 / runs;
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(`speed: quotes stage alone ${(mb / cpu).toFixed(1)} MB per CPU-second (${(mb / wall).toFixed(1)} MB/s wall) on ${mb.toFixed(2)} MB, ${n} quotes; segment stage on the same text ${(mb / segmentCpu).toFixed(1)} MB per CPU-second`);
}
