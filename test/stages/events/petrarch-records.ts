// PETRARCH2's 285 unit-test records (test/fixtures/petrarch/PETR.UnitTest.records.xml): each
// a sentence, its Treebank parse, its date and the events it must give. `scoreRecords` codes
// them with the PETR.Validate.* dictionaries and counts the records whose events are exactly
// the expected ones. Run directly to list the records that fail:
//   node --import tsx test/stages/events/petrarch-records.ts [--verbose] [--own-syntax]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadDictionaries, type Dictionaries } from '../../../src/data/petrarch/index.ts';
import { codeTreebankSentence, codeSentence, PETRARCH_COMMA_DEFAULTS, type CommaOptions } from '../../../src/stages/events/coder/index.ts';
import { buildPipeline, newsEnglishStages } from '../../../src/index.ts';
import { createDoc } from '../../../src/document/doc.ts';
import { SentenceReader } from '../../../src/stages/events/reader.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';
import { sentenceTree } from '../../../src/stages/events/dictionary.ts';

export const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/petrarch/', import.meta.url));

export interface UnitRecord {
  id: string;
  category: string;
  date: number;
  text: string;
  parse: string;
  /** "SRC TGT CODE" strings; empty when the record expects no event */
  expected: string[];
  /** sentence="true": PETRARCH's validation (its <Include>valid</Include>) skips the others, features it never implemented */
  valid: boolean;
  /** the coding options the <Config> elements before the record set (PETRARCH's require_dyad, comma_*) */
  config: { requireDyad: boolean; commas: CommaOptions };
}

/** A <Config option= value=> element changes the options for the records after it, as in PETRARCH's validation. */
function applyConfig(cfg: UnitRecord['config'], option: string, value: string): UnitRecord['config'] {
  const next = { requireDyad: cfg.requireDyad, commas: { ...cfg.commas } };
  if (option === 'require_dyad') next.requireDyad = !/false/i.test(value);
  const m = /^comma_(b|e)?(min|max)$/.exec(option);
  const n = Number(value);
  if (m && Number.isInteger(n)) next.commas[`${m[1] ?? ''}${m[2]}` as keyof CommaOptions] = n;
  return next;
}

const attr = (s: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(s)?.[1];

export function readRecords(): UnitRecord[] {
  const xml = readFileSync(`${FIXTURE_DIR}PETR.UnitTest.records.xml`, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const out: UnitRecord[] = [];
  let config: UnitRecord['config'] = { requireDyad: true, commas: { ...PETRARCH_COMMA_DEFAULTS } };
  for (const m of xml.matchAll(/<Config\b([^>]*)>|<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    if (m[1] !== undefined) {
      const option = attr(m[1], 'option'), value = attr(m[1], 'value');
      if (option && value !== undefined) config = applyConfig(config, option, value);
      continue;
    }
    const [, , attrs, body] = m;
    const id = attr(attrs, 'id') ?? '?';
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1].replace(/\s+/g, ' ').trim() ?? '';
    const parse = /<Parse>([\s\S]*?)<\/Parse>/.exec(body)?.[1] ?? '';
    const expected: string[] = [];
    for (const e of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      if (/noevents/.test(e[1])) continue;
      const s = attr(e[1], 'sourcecode'), t = attr(e[1], 'targetcode'), c = attr(e[1], 'eventcode');
      if (s && t && c) expected.push(`${s} ${t} ${c}`);
    }
    out.push({ id, category: attr(attrs, 'category') ?? '', date: Number(attr(attrs, 'date') ?? 0), text, parse, expected, valid: attr(attrs, 'sentence') !== 'false', config });
  }
  return out;
}

export interface RecordResult { record: UnitRecord; got: string[]; ok: boolean }

export function scoreRecords(dict: Dictionaries = loadDictionaries(FIXTURE_DIR), records = readRecords()): { passed: number; total: number; results: RecordResult[] } {
  const results: RecordResult[] = [];
  for (const r of records) {
    const got = [...new Set(codeTreebankSentence(r.parse, r.text, dict, r.date, r.config).map((e) => `${e.source} ${e.target} ${e.code}`))].sort();
    const want = [...new Set(r.expected)].sort();
    results.push({ record: r, got, ok: got.join('|') === want.join('|') });
  }
  return { passed: results.filter((x) => x.ok).length, total: results.length, results };
}

/**
 * The same records read by Dossier's own stages instead of their parses: the text goes through
 * the pipeline up to the events stage (the syntax stage's tags and chunks when it runs, else the
 * chunks the events reader derives), then through the shallow clause tree to the coder.
 */
export function scoreRecordsWithOwnSyntax(dict: Dictionaries = loadDictionaries(FIXTURE_DIR), records = readRecords()): { passed: number; total: number; results: RecordResult[] } {
  const stages = newsEnglishStages();
  const pipeline = buildPipeline(stages.slice(0, stages.findIndex((s) => s.name === 'events')));
  const results: RecordResult[] = [];
  for (const r of records) {
    const want = [...new Set(r.expected)].sort();
    const got = new Set<string>();
    if (!dict.discards.find(r.text.split(/[^A-Za-z0-9'-]+/).filter(Boolean))) {
      const d = String(r.date);
      const doc = createDoc(r.text, { id: r.id, published: /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : undefined });
      pipeline.run(doc);
      const reader = new SentenceReader(doc, cameoLexicon(), dict);
      for (let first = 0; first < doc.tokens.length;) {
        let last = first;
        while (last + 1 < doc.tokens.length && doc.tokens[last + 1].sentence === doc.tokens[first].sentence) last++;
        reader.readSentence(doc.tokens[first].sentence, first, last, false);
        for (const e of codeSentence(sentenceTree(reader, dict), dict, { date: r.date, ...r.config })) got.add(`${e.source} ${e.target} ${e.code}`);
        first = last + 1;
      }
    }
    const list = [...got].sort();
    results.push({ record: r, got: list, ok: list.join('|') === want.join('|') });
  }
  return { passed: results.filter((x) => x.ok).length, total: results.length, results };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { passed, total, results } = process.argv.includes('--own-syntax') ? scoreRecordsWithOwnSyntax() : scoreRecords();
  for (const r of results) if (!r.ok) console.log(`${r.record.id}\n  want ${r.record.expected.join(' ; ') || '-'}\n  got  ${r.got.join(' ; ') || '-'}${process.argv.includes('--verbose') ? `\n  ${r.record.text}` : ''}`);
  console.log(`${passed}/${total} records (${(100 * passed / total).toFixed(1)}%)`);
  const valid = results.filter((r) => r.record.valid);
  console.log(`${valid.filter((r) => r.ok).length}/${valid.length} of those marked valid (sentence="true"), which PETRARCH's own validation runs`);
}
