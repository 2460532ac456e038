// Separate network namespaces for test processes, so several "machines" reach one server across a
// network: each namespace gets a veth pair (10.231.K.2 inside, 10.231.K.1 on this side) and a relay
// on this side's address forwards to the server. Needs root and `ip`; `available()` says why not.
import { execFileSync } from 'node:child_process';
import { createConnection, createServer, type Server } from 'node:net';

export interface Namespace {
  name: string;
  /** the server as a process inside the namespace reaches it: host:port across the veth pair */
  host: string;
  port: number;
  /** the command prefix that runs a program inside the namespace */
  exec: string[];
}

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'ignore', 'pipe'] });

/** Why namespaces cannot be made here, or undefined when they can. */
export function unavailable(): string | undefined {
  if (process.getuid?.() !== 0) return 'not root';
  const probe = `dossier-probe-${process.pid}`;
  try { ip('netns', 'add', probe); ip('netns', 'del', probe); return undefined; } catch (e) { return `ip netns: ${(e as Error).message.split('\n')[0]}`; }
}

/** Namespaces 1..count, each with a relay to `target` (host:port on this side). */
export async function makeNamespaces(count: number, target: { host: string; port: number }): Promise<{ namespaces: Namespace[]; close: () => Promise<void> }> {
  const namespaces: Namespace[] = [];
  const relays: Server[] = [];
  const made: string[] = [];
  const close = async () => {
    for (const r of relays) await new Promise<void>(res => r.close(() => res()));
    for (const n of made) { try { ip('netns', 'del', n); } catch { /* already gone */ } }
  };
  try {
    for (let k = 1; k <= count; k++) {
      const name = `dossier-${process.pid}-${k}`;
      const outside = `dsv${process.pid % 10000}o${k}`, inside = `dsv${process.pid % 10000}i${k}`;
      const net = `10.231.${k}`;
      ip('netns', 'add', name);
      made.push(name);
      ip('link', 'add', outside, 'type', 'veth', 'peer', 'name', inside);
      ip('link', 'set', inside, 'netns', name);
      ip('addr', 'add', `${net}.1/30`, 'dev', outside);
      ip('link', 'set', outside, 'up');
      ip('netns', 'exec', name, 'ip', 'addr', 'add', `${net}.2/30`, 'dev', inside);
      ip('netns', 'exec', name, 'ip', 'link', 'set', inside, 'up');
      ip('netns', 'exec', name, 'ip', 'link', 'set', 'lo', 'up');
      const relay = createServer(sock => {
        const up = createConnection(target.port, target.host);
        sock.pipe(up).pipe(sock);
        const drop = () => { sock.destroy(); up.destroy(); };
        sock.on('error', drop); up.on('error', drop);
      });
      await new Promise<void>((res, rej) => { relay.once('error', rej); relay.listen(15432, `${net}.1`, () => res()); });
      relays.push(relay);
      namespaces.push({ name, host: `${net}.1`, port: 15432, exec: ['ip', 'netns', 'exec', name] });
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { namespaces, close };
}
