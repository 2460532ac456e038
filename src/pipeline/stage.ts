// A stage adds layers to a Doc. It declares what it needs and what it adds, so the
// pipeline can refuse a preset that runs a stage before its inputs exist.
import type { Doc } from '../document/doc.ts';

export interface StageContext {
  /** report a non-fatal finding about this document */
  warn(code: string, text: string): void;
}

export interface Stage {
  name: string;
  /** layers it reads (LAYER_FIELDS in document/doc.ts names the Doc fields of each): any other
   *  layer's field read through the Doc it is handed is a PIPELINE_CONTRACT error */
  requires: string[];
  /** layers it assigns; a layer an earlier stage provided may be provided again (rewritten) only
   *  by a stage that also requires it */
  provides: string[];
  /** Loads data the stage needs (gazetteer, lexicon) once; called when the pipeline is built. */
  init?(): void;
  run(doc: Doc, ctx: StageContext): void;
}
