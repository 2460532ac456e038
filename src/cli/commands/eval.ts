// dossier eval <gold.jsonl>...: extract each gold document and score it layer by layer.
import { terminalSafe } from '../../format/terminal.ts';
import { extract } from '../../index.ts';
import type { DossierDocument } from '../../document/types.ts';
import { DossierError, asDossierError } from '../../errors.ts';
import { LAYERS, parseGold, type GoldDocument, type Layer } from '../../eval/gold.ts';
import { formatTable, toJson } from '../../eval/report.ts';
import { scoreCorpus } from '../../eval/score.ts';
import { readTextFile } from '../../io/inputs.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = `usage: dossier eval <gold.jsonl>... [--layer mentions|times|quotes|events]... [--json] [--errors] [--doc ID]...
  Runs extraction on each gold document and prints precision, recall and F1 per layer,
  following the conventions of the gold format (layers, scope, optional, ignore, LOC_ANY).
  --errors lists every miss (FN) and wrong find (FP); --doc scores only the named documents.`;

export const evalCommand: Command = {
  name: 'eval',
  summary: 'score extraction against gold documents (P/R/F1 per layer)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      layer: { type: 'string', multiple: true },
      doc: { type: 'string', multiple: true },
    }, usage);
    if (!positionals.length) throw new DossierError('USAGE', 'no gold file given\n' + usage.split('\n')[0]);
    const only = values.layer?.flatMap(l => l.split(',')).map(l => l.trim());
    for (const l of only ?? []) {
      if (!(LAYERS as readonly string[]).includes(l)) throw new DossierError('USAGE', `unknown --layer "${l}" (${LAYERS.join(', ')})`);
    }

    let failed = 0;
    const golds: GoldDocument[] = [];
    for (const path of positionals) {
      let raw: string;
      try { raw = readTextFile(path); } catch (err) { failed++; io.err(`dossier eval: ${terminalSafe(asDossierError(err, path).message)}\n`); continue; }
      for (const line of parseGold(raw, path)) {
        if (line.ok) golds.push(line.doc);
        else { failed++; io.err(`dossier eval: ${terminalSafe(line.error.message)}\n`); }
      }
    }
    if (!golds.length) {
      if (!failed) throw new DossierError('INPUT_EMPTY', 'holds no gold documents', positionals.join(', '));
      return 1;
    }
    const chosen = values.doc?.length ? golds.filter(g => values.doc!.includes(g.id)) : golds;
    if (values.doc?.length && !chosen.length) throw new DossierError('NOT_FOUND', `no gold document with id ${values.doc.join(', ')}`);

    const t0 = performance.now();
    const pairs = chosen.map(gold => {
      let system: DossierDocument;
      try {
        system = extract(gold.text, { id: gold.id, title: gold.title, url: gold.url, published: gold.published?.slice(0, 10) });
      } catch (err) {
        // a document extraction fails on scores as empty, so one bad stage still yields a table
        failed++;
        io.err(`dossier eval: ${terminalSafe(asDossierError(err, gold.id).message)}\n`);
        system = { id: gold.id, text: gold.text, sentences: [], mentions: [], entities: [], times: [], quotes: [], events: [] };
      }
      return { gold, system };
    });
    const ms = performance.now() - t0;
    const report = scoreCorpus(pairs, only as Layer[] | undefined);
    if (values.json) io.out(JSON.stringify({ ...toJson(report, { errors: values.errors }) as object, extractMs: Math.round(ms), failed }, null, 2) + '\n');
    // the table quotes the gold's texts (--errors): control characters made visible, as every command prints text
    else io.out(terminalSafe(formatTable(report, { errors: values.errors, title: `dossier eval ${positionals.join(' ')} (extraction ${Math.round(ms)} ms)` }), { keepNewlines: true }));
    return failed ? 1 : 0;
  },
};
