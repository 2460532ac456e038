// The dossier CLI: a thin shell that parses words and calls the library.
import { asDossierError, DossierError } from '../errors.ts';
import type { CliIO, Command } from './command.ts';
import { extractCommand } from './commands/extract.ts';
import { evalCommand } from './commands/eval.ts';
import { serveCommand } from './commands/serve.ts';
import { ingestCommand } from './commands/ingest.ts';
import { showCommand } from './commands/show.ts';
import { timelineCommand } from './commands/timeline.ts';
import { quotesCommand } from './commands/quotes.ts';
import { eventsCommand } from './commands/events.ts';
import { searchCommand } from './commands/search.ts';
import { statsCommand } from './commands/stats.ts';
import { exportCommand } from './commands/export.ts';
import { facilitiesCommand } from './commands/facilities.ts';
import { agreementsCommand } from './commands/agreements.ts';

// Each verb lives in commands/<verb>.ts; list it here once.
const COMMANDS: Command[] = [
  extractCommand,
  evalCommand,
  serveCommand,
  ingestCommand,
  showCommand,
  timelineCommand,
  quotesCommand,
  eventsCommand,
  searchCommand,
  statsCommand,
  exportCommand,
  facilitiesCommand,
  agreementsCommand,
];

export function processIO(): CliIO {
  return {
    out: s => { process.stdout.write(s); },
    err: s => { process.stderr.write(s); },
    stdin: () => new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on('data', c => chunks.push(c as Buffer)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
    }),
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
  const command = COMMANDS.find(c => c.name === verb);
  if (!command) {
    io.err(`dossier: unknown command "${verb}" (try: ${COMMANDS.map(c => c.name).join(', ')})\n`);
    return 64;
  }
  if (rest.includes('--help') || rest.includes('-h')) { io.out(command.usage.trimEnd() + '\n'); return 0; }
  try {
    return await command.run(rest, io);
  } catch (err) {
    const e = asDossierError(err);
    io.err(`dossier ${verb}: ${e.message}\n`);
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
