// PETRARCH2's 285 unit-test records (test/fixtures/petrarch/PETR.UnitTest.records.xml): each
// a sentence, its Treebank parse, its date and the events it must give. `scoreRecords` codes
// them with the PETR.Validate.* dictionaries and counts the records whose events are exactly
// the expected ones. Run directly to list the records that fail:
//   node --import tsx test/stages/events/petrarch-records.ts [--verbose]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDictionaries, type Dictionaries } from '../../../src/data/petrarch/index.ts';
import { codeTreebankSentence } from '../../../src/stages/events/coder/index.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/petrarch/', import.meta.url));

export interface UnitRecord {
  id: string;
  category: string;
  date: number;
  text: string;
  parse: string;
  /** "SRC TGT CODE" strings; empty when the record expects no event */
  expected: string[];
}

const attr = (s: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(s)?.[1];

export function readRecords(): UnitRecord[] {
  const xml = readFileSync(`${FIXTURE_DIR}PETR.UnitTest.records.xml`, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const out: UnitRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const [, attrs, body] = m;
    const id = attr(attrs, 'id') ?? '?';
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1].replace(/\s+/g, ' ').trim() ?? '';
    const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(body)?.[1] ?? '';
    const expected: string[] = [];
    for (const e of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      if (/noevents/.test(e[1])) continue;
      const s = attr(e[1], 'sourcecode'), t = attr(e[1], 'targetcode'), c = attr(e[1], 'eventcode');
      if (s && t && c) expected.push(`${s} ${t} ${c}`);
    }
    out.push({ id, category: attr(attrs, 'category') ?? '', date: Number(attr(attrs, 'date') ?? 0), text, parse, expected });
  }
  return out;
}

export interface RecordResult { record: UnitRecord; got: string[]; ok: boolean }

export function scoreRecords(dict: Dictionaries = loadDictionaries(FIXTURE_DIR), records = readRecords()): { passed: number; total: number; results: RecordResult[] } {
  const results: RecordResult[] = [];
  for (const r of records) {
    const got = [...new Set(codeTreebankSentence(r.parse, r.text, dict, r.date).map((e) => `${e.source} ${e.target} ${e.code}`))].sort();
    const want = [...new Set(r.expected)].sort();
    results.push({ record: r, got, ok: got.join('|') === want.join('|') });
  }
  return { passed: results.filter((x) => x.ok).length, total: results.length, results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { passed, total, results } = scoreRecords();
  for (const r of results) if (!r.ok) console.log(`${r.record.id}\n  want ${r.record.expected.join(' ; ') || '-'}\n  got  ${r.got.join(' ; ') || '-'}${process.argv.includes('--verbose') ? `\n  ${r.record.text}` : ''}`);
  console.log(`${passed}/${total} records (${(100 * passed / total).toFixed(1)}%)`);
}
