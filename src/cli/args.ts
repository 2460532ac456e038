// Argument parsing on node:util's parseArgs, turning its errors into one-line usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DossierError } from '../errors.ts';

type CommandConfig<T> = { args: string[]; options: T; allowPositionals: true; strict: true };
/** Named, so declaration emit can write it (node's own ParsedResults is not exported). */
export type ParsedCommandArgs<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<CommandConfig<T>>>;

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string): ParsedCommandArgs<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new DossierError('USAGE', `${plainMessage((err as Error).message, args)}; ${usage.split('\n')[0]}`);
  }
}

/** node's parse errors, said plainly: "Unknown option '--version'. To specify a positional …" → "unknown option --version". */
function plainMessage(message: string, args: string[]): string {
  const first = message.split('\n')[0];
  // "--limit -3": node calls the value ambiguous; say which value is refused and why
  const ambiguous = /^Option '([^']+)' argument is ambiguous/.exec(first);
  if (ambiguous) {
    const name = ambiguous[1].split(',').pop()!.trim().split(' ')[0];
    const value = args[args.indexOf(name) + 1];
    return `option ${name} does not take "${value ?? ''}" (a negative number or a value starting with "-")`;
  }
  const unknown = /^Unknown option '([^']+)'/.exec(first);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '([^']+)' argument missing/.exec(first);
  if (missing) return `option ${missing[1].split(',').pop()!.trim().split(' ')[0]} needs a value`;
  return first.replace(/\. To specify a positional argument.*$/, '');
}
