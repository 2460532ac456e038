// The options every extracting verb shares: how many worker threads, and each document's time budget.
import { DossierError } from '../../errors.ts';

export const workersOption = { workers: { type: 'string' } } as const;
export const timeoutOption = { timeout: { type: 'string' } } as const;

export interface RunOptions { workers?: number; timeoutSeconds?: number }

export function runOptions(values: { workers?: string; timeout?: string }): RunOptions {
  if (values.workers !== undefined && !/^\d{1,3}$/.test(values.workers)) throw new DossierError('USAGE', `--workers "${values.workers}" is not a whole number`);
  if (values.timeout !== undefined && !/^\d{1,6}(\.\d{1,3})?$/.test(values.timeout)) throw new DossierError('USAGE', `--timeout "${values.timeout}" is not a number of seconds`);
  return {
    workers: values.workers === undefined ? undefined : Number(values.workers),
    timeoutSeconds: values.timeout === undefined ? undefined : Number(values.timeout),
  };
}
