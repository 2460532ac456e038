// dossier serve: the HTTP API and web page over a knowledge base, on loopback by default.
import { DossierError } from '../../errors.ts';
import { parseCommandArgs } from '../args.ts';
import type { Command } from '../command.ts';

const usage = `usage: dossier serve [--db FILE] [--port 8080] [--host 127.0.0.1]
  Serves the knowledge base in FILE (default ./dossier.db, made by "dossier ingest") as a
  JSON API (/api/..., described at /openapi.json) and a web page at /. Listens on
  loopback unless --host says otherwise; --port 0 picks a free port. Ctrl-C stops it.`;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the knowledge base as an HTTP API and a web page',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      db: { type: 'string', default: 'dossier.db' },
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
    }, usage);
    if (positionals.length) throw new DossierError('USAGE', `unexpected argument "${positionals[0]}"\n${usage.split('\n')[0]}`);
    const port = values.port as string;
    if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) throw new DossierError('USAGE', `--port "${port}" is not a port number (0 to 65535)`);
    const host = values.host as string;
    // loaded here, so other verbs never pay for the server or the database driver
    const { listen, isLoopback } = await import('../../server/listen.ts');
    const { openStore } = await import('../../store/open.ts');
    const store = await openStore(values.db as string, { readonly: true });
    let server;
    try {
      server = await listen({ store, host, port: Number(port) });
    } catch (err) {
      await store.close();
      throw err;
    }
    if (!isLoopback(host)) io.err(`dossier serve: listening on ${host}, not loopback: anyone who can reach this machine can read the knowledge base\n`);
    io.out(`dossier serve: ${store.location} at ${server.url}/ (Ctrl-C to stop)\n`);
    await new Promise<void>(resolve => {
      const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await server.close();
    await store.close();
    return 0;
  },
};
