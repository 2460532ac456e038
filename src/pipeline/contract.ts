// A stage sees the Doc through a view: it reads only the fields of the layers it declares in
// `requires` or `provides`, and assigns only those of the layers in `provides` (LAYER_FIELDS in
// document/doc.ts says which fields a layer guards). An undeclared read is an error, not an empty
// list. The accessors live on one prototype per stage, built with the pipeline, so a view per
// document costs one small object and a read costs an inlined getter.
import { createDoc, LAYER_FIELDS, type Doc } from '../document/doc.ts';
import { DossierError } from '../errors.ts';
import type { Stage } from './stage.ts';

const DOC = Symbol('doc');
type View = { [DOC]: Doc };

const GUARDED = new Set(Object.values(LAYER_FIELDS).flat());
/** every field a Doc starts with: the guarded ones and the open ones (id, text, messages…) */
const FIELDS = [...new Set([...Object.keys(createDoc('', { id: '' })), ...GUARDED])];

/** The Doc fields a list of layer names guards. */
export function fieldsOf(layers: readonly string[]): Set<string> {
  return new Set(layers.flatMap(l => LAYER_FIELDS[l] ?? []));
}

/** A function giving, for each document, the stage's view of it. */
export function stageView(stage: Stage): (doc: Doc) => Doc {
  const writable = fieldsOf(stage.provides);
  const readable = new Set([...fieldsOf(stage.requires), ...writable]);
  const proto: object = {};
  for (const field of FIELDS) {
    const open = !GUARDED.has(field);
    const get = open || readable.has(field)
      ? function (this: View) { return (this[DOC] as unknown as Record<string, unknown>)[field]; }
      : () => { throw contractError(stage, `reads doc.${field}, from a layer it does not require`); };
    const set = open || writable.has(field)
      ? function (this: View, v: unknown) { (this[DOC] as unknown as Record<string, unknown>)[field] = v; }
      : () => { throw contractError(stage, `assigns doc.${field}, a layer it does not provide`); };
    Object.defineProperty(proto, field, { get, set, enumerable: true });
  }
  return doc => {
    const view = Object.create(proto) as View;
    view[DOC] = doc;
    // a field no Doc has is an error too, not a property that silently stays on the view
    return Object.preventExtensions(view) as unknown as Doc;
  };
}

function contractError(stage: Stage, what: string): DossierError {
  return new DossierError('PIPELINE_CONTRACT', `stage "${stage.name}" ${what} (requires: ${stage.requires.join(', ') || 'nothing'}; provides: ${stage.provides.join(', ')})`);
}
