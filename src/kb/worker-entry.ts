// Where the worker threads' entry files are: the one place that knows, so a build that runs compiled
// JavaScript (dist/) switches a path here and nowhere else. Under TypeScript sources (tsx) a worker
// starts from a small .mjs shim that registers tsx and imports the .ts worker; compiled, it starts from
// the .js file beside this one.
const compiled = import.meta.url.endsWith('.js');

/** The URL a Worker is started from, for a worker module of this folder ("extract-worker"). */
export function workerEntry(name: 'extract-worker'): URL {
  return new URL(compiled ? `./${name}.js` : `./${name}.mjs`, import.meta.url);
}
