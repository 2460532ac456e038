// A constituency tree the dictionary coder reads: Penn Treebank brackets (the unit-test
// records' parses) or the shallow tree built from the syntax stage's chunks (shallow.ts).
// Leaves carry the word in upper case (the dictionaries' case), the tag, and when they come
// from a document the token index, so events point back into the text.

export interface PNode {
  label: string;
  children: PNode[];
  parent: PNode | null;
  /** a leaf's word, upper case */
  word?: string;
  /** a leaf's lemma, upper case, when the syntax gives one */
  lemma?: string;
  /** a leaf's token index in the document */
  tok?: number;
  /** for a VP: the syntax marked its verb group passive */
  passive?: boolean;
  /** a leaf's place among its sentence's leaves, set by the coder (-1 until then, and for inner nodes) */
  at: number;
}

export const isLeaf = (n: PNode) => n.word !== undefined;

export function node(label: string, children: PNode[] = [], parent: PNode | null = null): PNode {
  // every node has every field, in one order: one hidden class, so the coder's reads stay monomorphic
  // (nodes of varying shape deoptimized its hottest functions over and over)
  // the children are copied into an array made here, so every node's array has the one elements
  // kind (arrays made by map, spread or an empty literal differ, and each kind cost a deopt)
  // (an index loop, not for…of: an iterator over arrays of several kinds deoptimized the callers)
  const kids: PNode[] = [];
  for (let i = 0; i < children.length; i++) kids.push(children[i]);
  const n: PNode = { label, children: kids, parent, word: undefined, lemma: undefined, tok: undefined, passive: undefined, at: -1 };
  for (let i = 0; i < kids.length; i++) kids[i].parent = n;
  return n;
}

/** Parses Treebank brackets: `(ROOT (S (NP (NNP Arnor)) (VP …)))`. Null when unbalanced. */
export function parseTreebank(s: string): PNode | null {
  const toks = s.replace(/\(/g, ' ( ').replace(/\)/g, ' ) ').split(/\s+/).filter(Boolean);
  const root = node('TOP');
  const stack: PNode[] = [root];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t === '(') {
      const label = toks[i + 1] && toks[i + 1] !== '(' && toks[i + 1] !== ')' ? toks[++i] : 'X';
      // function tags go (NP-SBJ is an NP), except a time's: NP-TMP ("said today") is no noun phrase of a side
      const n = node(/^NP-TMP\b/.test(label) ? 'NP-TMP' : label.replace(/-[A-Z]+.*$/, '') || label, [], stack[stack.length - 1]);
      stack[stack.length - 1].children.push(n);
      stack.push(n);
    } else if (t === ')') {
      if (stack.length <= 1) return null;
      stack.pop();
    } else {
      const cur = stack[stack.length - 1];
      cur.word = t.toUpperCase();
    }
  }
  if (stack.length !== 1) return null;
  let r = root;
  while (r.children.length === 1 && (r.label === 'TOP' || r.label === 'ROOT')) r = r.children[0];
  r.parent = null;
  return r;
}

/** The leaves under a node, in order. */
export function leaves(n: PNode, out: PNode[] = []): PNode[] {
  if (isLeaf(n)) out.push(n);
  else for (const c of n.children) leaves(c, out);
  return out;
}

export const isVerbTag = (t: string) => t.startsWith('VB') || t === 'MD';
