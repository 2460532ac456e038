// Runs the CLI in-process with its output captured, so tests need no subprocess.
import type { CliIO } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';

export interface Captured { code: number; out: string; err: string }

export async function runCli(args: string[], stdin = ''): Promise<Captured> {
  let out = '', err = '';
  const io: CliIO = { out: s => { out += s; }, err: s => { err += s; }, stdin: async () => stdin, isTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}
