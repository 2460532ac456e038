// dossier ingest <paths...>: read reports into the knowledge base.
import { DossierError } from '../../errors.ts';
import { ingestPaths, type IngestProgress, type IngestResult } from '../../kb/ingest.ts';
import { openStore } from '../../store/open.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { dbOption, plural } from './kb-common.ts';
import { existsSync } from 'node:fs';
import { looksLikeJsonLines } from '../../io/inputs.ts';
import { isCalendarDate } from '../../document/calendar.ts';
import { terminalSafe } from '../../format/terminal.ts';
import { DEFAULT_TIMEOUT_SECONDS } from '../../kb/extract-budget.ts';
import { runOptions, timeoutOption, workersOption } from './run-options.ts';

const usage = `usage: dossier ingest <file|folder|feed.xml|batch.jsonl|-> ... [--db FILE] [--workers N] [--timeout SECONDS] [--published YYYY-MM-DD] [--format jsonl] [--shard K/N] [--quiet]
  Extracts each report and stores it in the knowledge base (default ./dossier.db, or $DOSSIER_DB).
  Folders are read recursively (.txt .html .jsonl .json .rss .atom .xml); an RSS or Atom feed
  gives one document per item. A document already stored with the same content is skipped; a
  changed one (same file or URL) replaces the old. Extraction runs in worker threads, one per core
  (--workers; 0 extracts in this thread), documents are stored in input order, and a document past
  its budget (--timeout, default ${DEFAULT_TIMEOUT_SECONDS} s; its JSON at most 64× its text) fails alone, by name.
  "-" reads stdin: one report, or JSONL (one {"id","text",…} a line) when its first line is a
  JSON object; --format jsonl insists on JSONL. A path that does not exist stops before any database is made.
  --shard K/N: this is process K of N sharing the same inputs and one PostgreSQL knowledge base
  (on as many machines): it extracts every Nth document and writes each in the inputs' order, so
  the knowledge base is the one a single process builds.`;

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'extract reports into the knowledge base (files, folders, JSONL, HTML, RSS/Atom)',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...dbOption,
      ...workersOption, ...timeoutOption,
      published: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      format: { type: 'string' },
      shard: { type: 'string' },
    }, usage);
    if (!positionals.length) throw new DossierError('USAGE', 'no input given\n' + usage.split('\n')[0]);
    const run = runOptions(values);
    if (values.published !== undefined && !isCalendarDate(values.published)) {
      throw new DossierError('BAD_DATE', `--published "${values.published}" is not a calendar date of the form YYYY-MM-DD`);
    }
    if (values.format !== undefined && values.format !== 'jsonl') throw new DossierError('USAGE', `--format "${values.format}": only jsonl (stdin as JSONL) is known`);
    // a mistyped path is said at once, before a database is made for nothing
    const missing = positionals.find(p => p !== '-' && !existsSync(p));
    if (missing !== undefined) throw new DossierError('INPUT_MISSING', 'no such file or folder', missing);
    let shard: { index: number; count: number } | undefined;
    if (values.shard !== undefined) {
      const m = /^(\d{1,4})\/(\d{1,4})$/.exec(values.shard);
      if (!m || +m[1] < 1 || +m[1] > +m[2]) throw new DossierError('USAGE', `--shard "${values.shard}" is not K/N with 1 ≤ K ≤ N (this process's share of N)`);
      shard = { index: +m[1] - 1, count: +m[2] };
      if (positionals.includes('-')) throw new DossierError('USAGE', '--shard reads files: every process must see the same inputs, which standard input cannot give');
    }
    let stdin = io.stdin;
    if (values.format === 'jsonl' && positionals.includes('-')) {
      const raw = await io.stdin();
      if (raw.trim() && !looksLikeJsonLines(raw)) throw new DossierError('INPUT_JSON', 'is not JSONL: its first line is not a JSON object', 'stdin');
      stdin = async () => raw;
    }
    const store = await openStore(values.db, { create: true });
    const tty = io.isTTY && process.stderr.isTTY;
    let lastDraw = 0;
    const draw = (p: IngestProgress, force = false) => {
      const now = Date.now();
      if (!force && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 30;
      const frac = p.total ? Math.min(1, p.done / p.total) : 0;
      const rate = p.done / Math.max(0.001, (now - p.startedAt) / 1000);
      const bar = '#'.repeat(Math.round(frac * width)).padEnd(width, '-');
      process.stderr.write(`\r[${bar}] ${p.done}/${p.total ?? '?'} documents  ${rate.toFixed(1)}/s `);
    };
    let failed = 0;
    const onResult = (r: IngestResult, p: IngestProgress) => {
      if (r.status === 'failed') {
        failed++;
        if (tty) process.stderr.write('\r\x1b[K');
        io.err(`dossier ingest: ${terminalSafe(r.error.message)}\n`);
      } else if (!tty && !values.quiet) {
        io.out(terminalSafe(`${r.status} ${r.id} ${r.source}`) + '\n');
      }
      if (tty) draw(p);
    };
    let s, totals;
    try {
      s = await ingestPaths(positionals, store, {
        workers: run.workers, timeoutSeconds: run.timeoutSeconds,
        published: values.published, stdin, onResult, shard,
      });
      totals = await store.stats();
    } finally {
      if (tty) process.stderr.write('\r\x1b[K');
      await store.close();
    }
    io.out(`${plural(s.seen, 'document')}: ${s.new} new, ${s.replaced} replaced, ${s.skipped} skipped, ${s.failed} failed `
      + `in ${s.seconds.toFixed(1)} s (${s.rate.toFixed(1)} documents/s)\n`
      + `${store.location} now holds ${plural(totals.documents, 'document')}, ${plural(totals.entities, 'entity', 'entities')}, ${plural(totals.quotes, 'quote')}, ${plural(totals.events, 'event')} (from ${plural(totals.eventMentions, 'mention')})\n`);
    return failed ? 1 : 0;
  },
};
