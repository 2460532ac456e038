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

/** A function giving, for each document, the stage's view of it. */
export function stageView(stage: Stage, mode: ContractMode = 'strict'): (doc: Doc) => Doc {
  const writable = fieldsOf(stage.provides);
  const readable = new Set([...fieldsOf(stage.requires), ...writable]);
  const proto: object = {};
  const breach = (view: View, what: string) => {
    const e = contractError(stage, what);
    if (mode === 'strict') throw e;
    const noted = (view[NOTED] ??= new Set());
    if (noted.has(what)) return;
    noted.add(what);
    view[DOC].messages.push({ level: 'warning', code: e.code, text: e.message, stage: stage.name });
  };
  for (const field of FIELDS) {
    const open = !GUARDED.has(field);
    const read = `reads doc.${field}, from a layer it does not require`, write = `assigns doc.${field}, a layer it does not provide`;
    const get = open || readable.has(field)
      ? function (this: View) { return (this[DOC] as unknown as Record<string, unknown>)[field]; }
      : function (this: View) { breach(this, read); return (this[DOC] as unknown as Record<string, unknown>)[field]; };
    const set = open || writable.has(field)
      ? function (this: View, v: unknown) { (this[DOC] as unknown as Record<string, unknown>)[field] = v; }
      : function (this: View, v: unknown) { breach(this, write); (this[DOC] as unknown as Record<string, unknown>)[field] = v; };
    Object.defineProperty(proto, field, { get, set, enumerable: true });
  }
  return doc => {
    const view = Object.create(proto) as View;
    view[DOC] = doc;
    view[NOTED] = undefined;
    // a field no Doc has is an error too, not a property that silently stays on the view
    return Object.preventExtensions(view) as unknown as Doc;
  };
}

function contractError(stage: Stage, what: string): DossierError {
  return new DossierError('PIPELINE_CONTRACT', `stage "${stage.name}" ${what} (requires: ${stage.requires.join(', ') || 'nothing'}; provides: ${stage.provides.join(', ')})`);
}
