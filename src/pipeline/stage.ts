// A stage adds layers to a Doc. It declares what it needs and what it adds, so the
// pipeline can refuse a preset that runs a stage before its inputs exist.
import type { Doc } from '../document/doc.ts';

export interface StageContext {
  /** report a non-fatal finding about this document */
  warn(code: string, text: string): void;
}

export interface Stage {
  name: string;
  requires: string[];
  provides: string[];
  /** Loads data the stage needs (gazetteer, lexicon) once; called when the pipeline is built. */
  init?(): void;
  run(doc: Doc, ctx: StageContext): void;
}
