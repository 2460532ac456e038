// A stage sees the Doc through a view: it reads only the fields of the layers it declares in
// `requires` or `provides`, and assigns only those of the layers in `provides` (LAYER_FIELDS in
// document/doc.ts says which fields a layer guards). An undeclared read is an error, not an empty
// list. The accessors live on one prototype per stage, built with the pipeline, so a view per
// document costs one small object and a read costs an inlined getter.
// Strict (an error) under tests and DOSSIER_CONTRACTS=strict; elsewhere a breach is let through and
// noted once per field as a PIPELINE_CONTRACT warning in the document's messages, so a rare path in
// a user's report degrades to a visible warning instead of failing the document.
import { createDoc, LAYER_FIELDS, type Doc } from '../document/doc.ts';
import { DossierError } from '../errors.ts';
import type { Stage } from './stage.ts';

const DOC = Symbol('doc');
const NOTED = Symbol('noted');
type View = { [DOC]: Doc; [NOTED]?: Set<string> };

export type ContractMode = 'strict' | 'warn';
/** strict under node --test (NODE_TEST_CONTEXT) or DOSSIER_CONTRACTS=strict */
export function defaultContractMode(): ContractMode {
  return process.env.DOSSIER_CONTRACTS === 'strict' || process.env.NODE_TEST_CONTEXT !== undefined ? 'strict' : 'warn';
}

const GUARDED = new Set(Object.values(LAYER_FIELDS).flat());
/** every field a Doc starts with: the guarded ones and the open ones (id, text, messages…) */
const FIELDS = [...new Set([...Object.keys(createDoc('', { id: '' })), ...GUARDED])];

/** The Doc fields a list of layer names guards. */
export function fieldsOf(layers: readonly string[]): Set<string> {
  return new Set(layers.flatMap(l => LAYER_FIELDS[l] ?? []));
}

/** A stage's way into a document: the view it runs on, and the check that hands its writes back. */
export interface StageDoor {
  enter(doc: Doc): Doc;
  /** after the stage ran: layers it assigned go to the document; an assigned required layer is a breach */
  leave(view: Doc): void;
}

/**
 * The fields a stage may read are plain properties of its view, copied from the document, so a read
 * costs what a read of the Doc costs; fields it may not read are accessors that object. After the
 * run, what the stage assigned is handed back to the document, and an assignment to a layer it
 * only requires is a breach found then.
 */
export function stageView(stage: Stage, mode: ContractMode = 'strict'): StageDoor {
  const writable = fieldsOf(stage.provides);
  const readable = new Set([...fieldsOf(stage.requires), ...writable]);
  const allowed = FIELDS.filter(f => !GUARDED.has(f) || readable.has(f));
  const proto: object = {};
  const breach = (view: View, what: string) => {
    const e = contractError(stage, what);
    if (mode === 'strict') throw e;
    const noted = (view[NOTED] ??= new Set());
    if (noted.has(what)) return;
    noted.add(what);
    view[DOC].messages.push({ level: 'warning', code: e.code, text: e.message, stage: stage.name });
  };
  const readBreach = (f: string) => `reads doc.${f}, from a layer it does not require`;
  const writeBreach = (f: string) => `assigns doc.${f}, a layer it does not provide`;
  for (const field of FIELDS) {
    if (allowed.includes(field)) continue;
    Object.defineProperty(proto, field, {
      get(this: View) { breach(this, readBreach(field)); return (this[DOC] as unknown as Record<string, unknown>)[field]; },
      set(this: View, v: unknown) { breach(this, writeBreach(field)); (this[DOC] as unknown as Record<string, unknown>)[field] = v; },
    });
  }
  return {
    enter(doc) {
      const view = Object.create(proto) as View & Record<string, unknown>;
      view[DOC] = doc;
      view[NOTED] = undefined;
      for (const f of allowed) view[f] = (doc as unknown as Record<string, unknown>)[f];
      // a field no Doc has is an error too, not a property that silently stays on the view
      return Object.preventExtensions(view) as unknown as Doc;
    },
    leave(v) {
      const view = v as unknown as View & Record<string, unknown>, doc = view[DOC] as unknown as Record<string, unknown>;
      for (const f of allowed) {
        if (view[f] === doc[f]) continue;
        if (GUARDED.has(f) && !writable.has(f)) breach(view, writeBreach(f));
        doc[f] = view[f];
      }
    },
  };
}

function contractError(stage: Stage, what: string): DossierError {
  return new DossierError('PIPELINE_CONTRACT', `stage "${stage.name}" ${what} (requires: ${stage.requires.join(', ') || 'nothing'}; provides: ${stage.provides.join(', ')})`);
}
