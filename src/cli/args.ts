// Argument parsing on node:util's parseArgs, turning its errors into one-line usage errors.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DossierError } from '../errors.ts';

export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new DossierError('USAGE', `${(err as Error).message.split('\n')[0]}\n${usage.split('\n')[0]}`);
  }
}
