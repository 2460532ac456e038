// The dossier CLI: a thin shell that parses words and calls the library.
import { asDossierError, DossierError } from '../errors.ts';
import type { CliIO, Command } from './command.ts';
import { terminalSafe } from '../format/terminal.ts';
import { readStreamText } from '../io/decode.ts';
// Each verb lives in commands/<verb>.ts and is loaded only when called, so "dossier stats"
// does not pay for the pipeline and "dossier --version" pays for nothing.
interface Verb { name: string; summary: string; load: () => Promise<Command> }
const COMMANDS: Verb[] = [
  { name: 'extract', summary: 'read reports and print their documents (json, jsonl, text, gdelt)', load: async () => (await import('./commands/extract.ts')).extractCommand },
  { name: 'eval', summary: 'score extraction against gold documents (P/R/F1 per layer)', load: async () => (await import('./commands/eval.ts')).evalCommand },
  { name: 'ingest', summary: 'extract reports into the knowledge base (files, folders, JSONL, HTML, RSS/Atom)', load: async () => (await import('./commands/ingest.ts')).ingestCommand },
  { name: 'show', summary: "an actor's dossier from the knowledge base", load: async () => (await import('./commands/show.ts')).showCommand },
  { name: 'timeline', summary: 'events and quotes in time order (by actor, country, dates)', load: async () => (await import('./commands/timeline.ts')).timelineCommand },
  { name: 'quotes', summary: 'quotations by speaker or words', load: async () => (await import('./commands/quotes.ts')).quotesCommand },
  { name: 'events', summary: 'CAMEO events merged across documents', load: async () => (await import('./commands/events.ts')).eventsCommand },
  { name: 'facilities', summary: 'facilities with host, operator, status and lease terms', load: async () => (await import('./commands/facilities.ts')).facilitiesCommand },
  { name: 'agreements', summary: 'agreements with parties, dates, terms and derived ends', load: async () => (await import('./commands/agreements.ts')).agreementsCommand },
  { name: 'search', summary: 'full-text search over documents, quotes and names', load: async () => (await import('./commands/search.ts')).searchCommand },
  { name: 'stats', summary: 'what the knowledge base holds', load: async () => (await import('./commands/stats.ts')).statsCommand },
  { name: 'export', summary: 'the knowledge base as JSONL, GDELT, GeoJSON or CSV', load: async () => (await import('./commands/export.ts')).exportCommand },
  { name: 'serve', summary: 'serve the knowledge base as an HTTP API and a web page', load: async () => (await import('./commands/serve.ts')).serveCommand },
];

export function processIO(): CliIO {
  // a reader that goes away ("dossier export | head") ends the output quietly, not with a stack
  process.stdout.on('error', err => { if ((err as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0); throw err; });
  return {
    out: s => { process.stdout.write(s); },
    write: s => (process.stdout.write(s) ? undefined : new Promise<void>(resolve => process.stdout.once('drain', resolve))),
    err: s => { process.stderr.write(s); },
    // read as a file is read: invalid UTF-8 refused, not turned into U+FFFD; UTF-16 with its mark decoded;
    // past a file's size limit refused as it streams in, not held whole first
    stdin: () => readStreamText(process.stdin, '-'),
    isTTY: Boolean(process.stdout.isTTY),
  };
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [verb, ...rest] = argv;
  if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
    io.out(helpText());
    return verb ? 0 : 64;
  }
  if (verb === '--version') { io.out('dossier 0.1.0\n'); return 0; }
  const found = COMMANDS.find(c => c.name === verb);
  if (!found) {
    io.err(`dossier: unknown command "${terminalSafe(verb)}" (try: ${COMMANDS.map(c => c.name).join(', ')})\n`);
    return 64;
  }
  try {
    const command = await found.load();
    if (rest.includes('--help') || rest.includes('-h')) { io.out(command.usage.trimEnd() + '\n'); return 0; }
    return await command.run(rest, io);
  } catch (err) {
    const e = asDossierError(err);
    io.err(`dossier ${verb}: ${terminalSafe(e.message)}\n`);
    if (process.env.DOSSIER_DEBUG && !(err instanceof DossierError)) io.err(String((err as Error)?.stack) + '\n');
    return e.exit;
  }
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length));
  return ['usage: dossier <command> [options]', '', 'commands:',
    ...COMMANDS.map(c => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '', 'Run "dossier <command> --help" for a command\'s options.', ''].join('\n');
}
