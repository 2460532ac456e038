// Comma-delimited clause elimination, PETRARCH's `comma_*` options (after TABARI): a short
// stretch set off by commas — at the sentence's start ("In a statement, …"), inside it
// (", it seems,") or at its end (", a senior official said on Saturday.") — is an aside, and
// is taken out of the tree before coding when its length in words lies within the option's
// bounds. Only commas between clauses count; those of a list or an apposition do not. A maximum of 0 turns that kind off. The news events stage does not use it (PETRARCH2
// does not either); the unit-test records set it through their <Config> elements.
import { isLeaf, leaves, type PNode } from './tree.ts';

export interface CommaOptions {
  /** internal clause: min and max length in words (PETRARCH's defaults 2 and 8) */
  min: number; max: number;
  /** initial clause (defaults 0 and 0: off) */
  bmin: number; bmax: number;
  /** terminal clause (defaults 2 and 8) */
  emin: number; emax: number;
}

export const PETRARCH_COMMA_DEFAULTS: Readonly<CommaOptions> = { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 };

const PUNCT = new Set([',', '.', ':', '``', "''", '-LRB-', '-RRB-', 'HYPH']);
const isWord = (l: PNode) => !PUNCT.has(l.label);
/** commas inside a noun or adjective phrase join a list or an apposition ("Mordor, Rohan and Bree", "complete, full ties"): they set off no clause */
const LIST = new Set(['NP', 'NX', 'ADJP', 'QP', 'UCP', 'WHNP']);

/** Takes the comma-delimited asides the options name out of the tree (in place). */
export function dropCommaClauses(root: PNode, o: CommaOptions): void {
  const ls = leaves(root);
  // the sentence's own end: its final punctuation does not count
  let end = ls.length;
  while (end > 0 && !isWord(ls[end - 1]) && ls[end - 1].label !== ',') end--;
  const commas: number[] = [];
  for (let i = 0; i < end; i++) if (ls[i].label === ',' && !LIST.has(ls[i].parent?.label ?? '')) commas.push(i);
  if (!commas.length) return;
  const drop = new Set<PNode>();
  const words = (a: number, b: number) => { let n = 0; for (let i = a; i < b; i++) if (isWord(ls[i])) n++; return n; };
  const within = (n: number, lo: number, hi: number) => hi > 0 && n >= lo && n <= hi;
  // initial: the words before the first comma, with that comma
  if (within(words(0, commas[0]), o.bmin, o.bmax)) for (let i = 0; i <= commas[0]; i++) drop.add(ls[i]);
  // internal: between two commas, with the first of them
  for (let k = 0; k + 1 < commas.length; k++) {
    const a = commas[k], b = commas[k + 1];
    if (within(words(a + 1, b), o.min, o.max)) for (let i = a; i < b; i++) drop.add(ls[i]);
  }
  // terminal: from the last comma to the sentence's end
  const last = commas[commas.length - 1];
  if (within(words(last + 1, end), o.emin, o.emax)) for (let i = last; i < end; i++) drop.add(ls[i]);
  if (drop.size) prune(root, drop);
}

/** Removes the dropped leaves and the phrases left empty. */
function prune(n: PNode, drop: ReadonlySet<PNode>): boolean {
  if (isLeaf(n)) return !drop.has(n);
  n.children = n.children.filter((c) => prune(c, drop));
  return n.children.length > 0;
}
