// The benches measure what users run: the compiled package when dist/ holds a build of the
// current sources, else the sources themselves (through tsx, as the tests run them).
import { distIsFresh } from '../bin/build-state.js';

export const fromDist = distIsFresh();
/** A module of the package by its path under src/, without extension: 'kb/ingest'. */
export const packageModule = (path: string): Promise<unknown> => import(fromDist ? `../dist/${path}.js` : `../src/${path}.ts`);
