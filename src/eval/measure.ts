// Precision/recall counts in the TempEval-3 way: precision counts system items that are
// right, recall counts gold items that were found, and the two need not pair one-to-one.
export interface Measure {
  /** system items that count (not neutral) and were right */
  systemRight: number;
  system: number;
  /** required gold items found */
  goldFound: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export function measure(systemRight: number, system: number, goldFound: number, gold: number): Measure {
  const precision = system ? systemRight / system : 0;
  const recall = gold ? goldFound / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { systemRight, system, goldFound, gold, precision, recall, f1 };
}

export function addMeasures(a: Measure, b: Measure): Measure {
  return measure(a.systemRight + b.systemRight, a.system + b.system, a.goldFound + b.goldFound, a.gold + b.gold);
}

export const emptyMeasure = (): Measure => measure(0, 0, 0, 0);

/** One item a metric got wrong: a miss (FN) or a wrong find (FP), for `--errors`. */
export interface ScoreError {
  doc: string;
  kind: 'FN' | 'FP';
  /** the metric it fails, when not the layer's main one: a boundary miss is "strict" */
  metric?: string;
  start?: number;
  end?: number;
  text: string;
  /** what it was annotated or found as: a type, a value, a speaker, a code */
  label?: string;
  /** what the other side said, where there was an overlapping item */
  other?: string;
}

/** How one metric compares a system item with a gold item. */
export interface Matcher<S, G> {
  matches(s: S, g: G): boolean;
  /** a system item that matches no required gold item but is excused by this gold item
   * (optional gold it touches); defaults to `matches` */
  excuses?(s: S, g: G): boolean;
}

export interface Scored<S, G> {
  measure: Measure;
  /** required gold items not found */
  missed: G[];
  /** counted system items that are wrong */
  wrong: S[];
  /** per required gold item: the system items that match it */
  found: Map<G, S[]>;
}

/**
 * Scores one metric on one document, not one-to-one. A system item that matches a required
 * gold item is right; else one excused by an optional gold item, or overlapping an ignored
 * span, is neutral (neither right nor wrong); else it is wrong.
 */
export function scoreRelaxed<S, G extends { optional?: boolean }>(
  system: S[], gold: G[], m: Matcher<S, G>, ignored: (s: S) => boolean = () => false,
): Scored<S, G> {
  const required = gold.filter(g => !g.optional);
  const optional = gold.filter(g => g.optional);
  const excuses = m.excuses ?? m.matches;
  const found = new Map<G, S[]>(required.map(g => [g, []]));
  let right = 0, counted = 0;
  const wrong: S[] = [];
  for (const s of system) {
    let hit = false;
    for (const g of required) if (m.matches(s, g)) { hit = true; found.get(g)!.push(s); }
    if (hit) { right++; counted++; continue; }
    if (optional.some(g => excuses(s, g)) || ignored(s)) continue;
    counted++;
    wrong.push(s);
  }
  const missed = required.filter(g => found.get(g)!.length === 0);
  return { measure: measure(right, counted, required.length - missed.length, required.length), missed, wrong, found };
}

/**
 * Scores a multiset one-to-one (events): each gold item takes at most one system item.
 * System items left over that fit an optional gold item are neutral.
 */
export function scoreMultiset<S, G extends { optional?: boolean }>(
  system: S[], gold: G[], matches: (s: S, g: G) => boolean,
): { measure: Measure; missed: G[]; wrong: S[] } {
  const free = new Set(system);
  const take = (g: G) => { for (const s of free) if (matches(s, g)) { free.delete(s); return true; } return false; };
  // gold with the fewest candidates first, so a flexible gold item does not steal a needed one
  const byChoices = (list: G[]) => list
    .map(g => ({ g, n: system.filter(s => matches(s, g)).length }))
    .sort((a, b) => a.n - b.n).map(x => x.g);
  const required = gold.filter(g => !g.optional);
  const missed: G[] = [];
  let found = 0;
  for (const g of byChoices(required)) { if (take(g)) found++; else missed.push(g); }
  for (const g of byChoices(gold.filter(g => g.optional))) take(g);
  const wrong = system.filter(s => free.has(s));
  const counted = found + wrong.length;
  return { measure: measure(found, counted, found, required.length), missed, wrong };
}

/** "A|B" → ["A", "B"] */
export const alternatives = (s: string | undefined): string[] => (s ?? '').split('|').map(x => x.trim()).filter(Boolean);

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
