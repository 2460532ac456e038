// The events stage: CAMEO-coded who did what to whom, read clause by clause.
// Triggers come from the lexicon (data/cameo); actors from the entities layer through
// actor chunks; modality and negation turn codes; time and place come from the clause.
import type { Stage } from '../../pipeline/stage.ts';
import type { Doc } from '../../document/doc.ts';
import type { EventRecord } from '../../document/types.ts';
import { actorCode, mentionsByToken, sentenceChunks, type Actor, type Chunk } from './actors.ts';
import { cameoLexicon, goldsteinOf, quadClassOf, wordInfo, type Lexicon } from './lexicon.ts';
import { lemmaCandidates, isParticipleForm } from './lemma.ts';
import { bestMatch, lemmatize, CLAUSE_STOP, type Match, type View } from './match.ts';
import { turnCode, type Turn } from './turns.ts';
import { eventLocation, governingTime, sentenceTimes, timesBySentence, type EventTime } from './when-where.ts';
import { pronounChunks, quoteIndexByToken } from './pronouns.ts';

const DETERMINER = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', "'s", '’s']);
const AUX = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'does', 'do', 'did', 'cannot', "won't", "can't", 'wo', 'ca']);
const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const ADVERB = new Set([',', 'however', 'meanwhile', 'also', 'then', 'now', 'reportedly', 'officially', 'still', 'already', 'recently', 'later', 'earlier', 'never', 'not', "n't", 'finally', 'again', 'jointly', 'formally', 'allegedly', 'repeatedly', 'once', 'just', 'have', 'has', 'had', 'will', 'would', 'previously', 'initially', 'eventually', 'today', 'yesterday']);
const COMMON_VERB = new Set(['say', 'said', 'says', 'told', 'tells', 'tell', 'add', 'added', 'note', 'noted', 'announce', 'announced', 'state', 'stated', 'claim', 'claimed', 'went', 'goes', 'wants', 'wanted', 'intends', 'plans', 'seeks', 'hopes', 'thinks', 'believes', 'expects', 'remains', 'became', 'becomes', 'made', 'makes', 'took', 'takes', 'gave', 'gives', 'sent', 'sends', 'held', 'holds', 'met', 'meets', 'asked', 'asks']);
const NEGATOR = new Set(['not', "n't", 'never', 'cannot', "can't", "won't", 'neither', 'nor', 'without']);
const QUANTITY = new Set(['thousands', 'hundreds', 'dozens', 'millions', 'scores', 'some', 'many', 'group', 'members', 'most']);
const PLACE_PREP = new Set(['in', 'at', 'near', 'inside', 'within']);
const PREPOSITION = new Set(['in', 'at', 'near', 'inside', 'within', 'between', 'of', 'with', 'to', 'from', 'for', 'on', 'by', 'against', 'about', 'over', 'under', 'into', 'among', 'than', 'like', 'towards', 'toward']);

interface Candidate {
  record: EventRecord;
  trigger: number;
  /** last token the trigger's pattern matched */
  end: number;
  /** tokens a governor verb or a multiword pattern used, which cannot trigger events of their own */
  uses: number[];
  sourceActor: Actor;
  targetActor: Actor;
  symmetric: boolean;
}

function verbish(v: View, lex: Lexicon, q: number): boolean {
  for (; q <= v.last && ADVERB.has(v.lower[q]) && !AUX.has(v.lower[q]); q++);
  if (q > v.last) return false;
  const w = v.lower[q];
  if (AUX.has(w) || COMMON_VERB.has(w) || NEGATOR.has(w)) return true;
  if (/^[a-z]+ed$/.test(w)) return true;
  const info = wordInfo(lex, w, lemmaCandidates);
  if (!info.verb && !(info.modality ?? []).some(k => k !== 'bridge' && k !== 'negator')) return false;
  return info.verbForm || AUX.has(v.lower[q - 1] ?? '');
}

function modalityOf(lex: Lexicon, word: string) {
  return wordInfo(lex, word, lemmaCandidates).modality;
}

export const eventsStage: Stage = {
  name: 'events',
  requires: ['entities', 'times', 'quotes'],
  provides: ['events'],
  init() { cameoLexicon(); },
  run(doc) { doc.events = extractEvents(doc, cameoLexicon()); },
};

export function extractEvents(doc: Doc, lex: Lexicon): EventRecord[] {
  const n = doc.tokens.length;
  if (!n) return [];
  const lower = doc.tokens.map(t => t.text.toLowerCase());
  const view: View = { lower, lemma: lemmatize(lower, lex), chunkStarting: new Array(n), last: 0 };
  const entities = new Map(doc.entities.map(e => [e.id, e]));
  const mAt = mentionsByToken(doc);
  const quoteAt = quoteIndexByToken(doc);
  const times = timesBySentence(doc, [...doc.times].sort((a, b) => a.start - b.start));
  const out: EventRecord[] = [];
  let lastPerson: Actor | undefined;
  let narrative: { value: string; sentence: number } | undefined;

  let first = 0;
  while (first < n) {
    const s = doc.tokens[first].sentence;
    let last = first;
    while (last + 1 < n && doc.tokens[last + 1].sentence === s) last++;
    view.last = last;
    const chunks = sentenceChunks(doc.tokens, first, last, mAt, entities);
    const extra = pronounChunks(doc, lower, first, last, chunks, lastPerson, quoteAt, entities);
    const all = [...chunks, ...extra].sort((a, b) => a.first - b.first);
    for (const c of all) view.chunkStarting[c.first] = c;
    const isSubject = (c: Chunk) => {
      if (c.possessive && !c.pronoun) return false;
      // a chunk inside a prepositional phrase is no subject: "between Russia and Kyrgyzstan signed"
      let before = c.first - 1;
      if (lower[before] === 'and' || lower[before] === ',') { const partner = all.find(x => x.last === before - 1); if (partner) before = partner.first - 1; }
      if (lower[before] === 'for' && lower[c.last + 1] === 'to') return true; // "for Cisco to file"
      if (lower[before] === 'of' && QUANTITY.has(lower[before - 1] ?? '')) return verbish(view, lex, c.last + 1); // "Thousands of Airbus workers"
      if (PREPOSITION.has(lower[before] ?? '')) return false;
      let q = c.last + 1;
      // step over a relative clause: "Chrysler, which has been badly affected …, has asked"
      if (lower[q] === ',' && (lower[q + 1] === 'which' || lower[q + 1] === 'who')) {
        let k = q + 2;
        while (k <= last && k - q < 30 && lower[k] !== ',') k++;
        if (lower[k] === ',') q = k + 1;
      }
      return verbish(view, lex, q);
    };
    const subjects = all.filter(c => !(c.pronoun && c.possessive) && isSubject(c));
    const dated = sentenceTimes(doc, times.get(s) ?? [], first, last);

    const cands: Candidate[] = [];
    for (let i = first; i <= last; i++) {
      const w = lower[i];
      if (!/^[a-z]/.test(w)) continue;
      const cand = readTrigger(i);
      if (cand) cands.push(cand);
    }
    // a governor or a pattern's inner word does not trigger a second event
    // first a multiword pattern claims the words it spans ("agreed to lease"), then governors theirs
    const spanned = new Set<number>();
    for (const c of cands) for (let q = c.trigger + 1; q <= c.end; q++) spanned.add(q);
    const survivors = cands.filter(c => !spanned.has(c.trigger));
    const used = new Set<number>();
    for (const c of survivors) for (const u of c.uses) used.add(u);
    const kept: Candidate[] = [];
    for (const c of survivors) {
      if (used.has(c.trigger)) continue;
      const dup = kept.find(k => k.record.code.slice(0, 2) === c.record.code.slice(0, 2) && samePair(k, c));
      if (dup) continue;
      kept.push(c);
    }
    for (const c of kept) {
      out.push(c.record);
      if (c.record.timeSource === 'expression' && c.record.time) narrative = { value: c.record.time, sentence: s };
    }
    if (dated.length && !kept.some(c => c.record.timeSource === 'expression')) narrative = { value: dated[dated.length - 1].value, sentence: s };
    for (const c of chunks) if (c.actor.person && !c.pronoun) lastPerson = c.actor;
    for (const c of all) view.chunkStarting[c.first] = undefined;
    first = last + 1;

    function readTrigger(i: number): Candidate | undefined {
      const word = lower[i];
      const nominalContext = DETERMINER.has(lower[i - 1] ?? '') && i > first;
      const { verb: verbLemma, noun: nounLemma } = wordInfo(lex, word, lemmaCandidates);
      if (!verbLemma && !nounLemma) return undefined;
      const vm = !nominalContext && verbLemma ? bestMatch(view, lex.verbs.get(verbLemma), i) : undefined;
      const nm = nounLemma ? bestMatch(view, lex.nouns.get(nounLemma), i) : undefined;
      let m: Match | undefined;
      if (vm && nm) m = nm.actors.length > vm.actors.length || (nm.pattern.weight > vm.pattern.weight) ? nm : vm;
      else m = vm ?? nm;
      if (!m) return undefined;
      return m.pattern.nominal ? nominalEvent(i, m) : verbalEvent(i, m);
    }

    function nominalEvent(i: number, m: Match): Candidate | undefined {
      let source: Chunk | undefined, target: Chunk | undefined;
      if (m.actors.length >= 2) { source = m.actors[0]; target = m.actors[1]; }
      else {
        target = m.actors[0];
        source = all.find(c => c.last < i && c.last >= i - 3 && c.possessive);
        if (source && source.pronoun) {
          // cataphora: "During his visit to Russia …, Kyrgyz President Almazbek Atambayev wanted …"
          const mainSubject = subjects.find(c => c.first > m.end && !c.pronoun && c.actor.person);
          const fronted = !subjects.some(c => c.last < source!.first);
          if (mainSubject && fronted) source = mainSubject;
        }
        if (!source) source = [...subjects].reverse().find(c => c.last < i) ?? subjects.find(c => c.first > m.end);
        if (!target) target = defaultTarget(m.end, source);
      }
      if (!source && !target) {
        // "Kyrgyz-Tajik relations … clashes": a hyphenated pair of states in the sentence
        const pair = all.find(c => c.partner);
        if (pair) return build(i, m, pair, { ...pair, actor: pair.partner! }, undefined, [], true);
      }
      return build(i, m, source, target, undefined, [], m.actors.length >= 2);
    }

    function verbalEvent(i: number, m: Match): Candidate | undefined {
      let prev = i - 1;
      while (prev > first && ADVERB.has(lower[prev])) prev--;
      const passive = BE.has(lower[prev] ?? '') && isParticipleForm(lower[i]) && prev >= first;
      let source: Chunk | undefined, target: Chunk | undefined;
      const subject = [...subjects].reverse().find(c => c.last < i && !crossesStop(c.last, i));
      if (passive) {
        const byAt = findWord('by', i + 1, Math.min(last, m.end + 4));
        source = byAt >= 0 ? view.chunkStarting[byAt + 1] ?? view.chunkStarting[byAt + 2] : undefined;
        target = subject;
      } else {
        source = subject;
        target = m.actors[0];
      }
      // modality between the actor and the verb
      const from = source && !passive ? source.last + 1 : first;
      let turn: Turn | undefined, negated = false, addressee: Chunk | undefined;
      const uses: number[] = [];
      for (let q = from; q < i; q++) {
        const w = lower[q];
        if (NEGATOR.has(w) || w.endsWith("n't")) { negated = true; continue; }
        if (w.endsWith("'ll") || w.endsWith('’ll')) { turn ??= 'intent'; continue; }
        const kinds = modalityOf(lex, w);
        if (!kinds) continue;
        if (kinds.includes('refuse') && lower[q + 1] === 'to') { turn = 'refuse'; uses.push(q); continue; }
        if (kinds.includes('appeal') || kinds.includes('demand')) {
          const c = [1, 2, 3].map(d => view.chunkStarting[q + d]).find(x => x && x.last < i);
          if (c && lower[c.last + 1] === 'to') {
            addressee = c; uses.push(q);
            if (turn !== 'refuse') turn = kinds.includes('demand') ? 'demand' : 'appeal';
            continue;
          }
          if (lower[q + 1] === 'to' || lower[q + 1] === 'that') { uses.push(q); if (!turn) turn = 'intent'; continue; }
        }
        if (kinds.includes('intent')) { uses.push(q); if (!turn) turn = 'intent'; }
      }
      if (!passive && addressee) target = addressee;
      if (m.pattern.elements.at(-1)?.kind === 'reverse') [source, target] = [target, source];
      if (!target && !passive && m.pattern.elements.at(-1)?.kind !== 'stop') target = defaultTarget(m.end, source);
      // an actor inside the object the pattern skipped over: "reduce some Kyrgyz debt"
      if (!target && !passive) target = all.find(c => c.first > i && c.last <= m.end && c !== source && !c.possessive);
      if (!source && !target) return undefined;
      // a coordinated subject with no other party: "Russia and Kyrgyzstan signed …"
      let symmetric = false;
      if (source && !target && !passive) {
        const partner = all.find(c => c.last === source!.first - 2 && lower[source!.first - 1] === 'and');
        if (partner) { target = source; source = partner; symmetric = true; }
      }
      let effective: Turn | undefined = turn;
      if (negated) {
        if (!turn || turn === 'intent') effective = 'refuse';
        else return undefined; // "did not ask", "did not refuse": no event
      }
      return build(i, m, source, target, effective, uses, symmetric);
    }

    function defaultTarget(after: number, source: Chunk | undefined): Chunk | undefined {
      for (let q = after + 1; q <= last && q - after <= 9; q++) {
        if (CLAUSE_STOP.has(lower[q]) || lower[q] === '.' || lower[q] === 'and' && q - after > 3) return undefined;
        const c = view.chunkStarting[q];
        if (!c || c === source) continue;
        if (c.possessive && c.pronoun) continue;
        if (PLACE_PREP.has(lower[q - 1]) && !c.actor.place) continue;
        return c;
      }
      return undefined;
    }

    function crossesStop(from: number, to: number): boolean {
      for (let q = from + 1; q < to; q++) if (lower[q] === ';' || lower[q] === ':') return true;
      return false;
    }

    function findWord(word: string, from: number, to: number): number {
      for (let q = from; q <= to; q++) if (lower[q] === word) return q;
      return -1;
    }

    function build(i: number, m: Match, source: Chunk | undefined, target: Chunk | undefined, turn: Turn | undefined, uses: number[], symmetric: boolean): Candidate | undefined {
      if (!source || !target) return undefined;
      const sa = source.actor, ta = target.actor;
      if (sa.entity === ta.entity) return undefined;
      const targetIsPlace = ta.place && PLACE_PREP.has(lower[target.first - 1] ?? '');
      if ((targetIsPlace || ta.place) && sa.country && sa.country === ta.country) return undefined;
      if (sa.country && ta.country && sa.country === ta.country && sa.place && ta.place) return undefined;
      const base = m.pattern.code;
      const code = turn ? turnCode(base, turn) : base;
      if (!code) return undefined;
      const trig = doc.tokens[i];
      const qIdx = quoteAt[i];
      const time = eventTime(i, m.end, qIdx);
      const rec: EventRecord = {
        code,
        source: sa.entity,
        target: ta.entity,
        time: time.value,
        timeSource: time.source,
        trigger: { start: trig.start, end: trig.end, text: trig.text },
        rule: `events.${m.pattern.nominal ? 'noun' : 'verb'}.${m.pattern.lemma}.${base}${turn ? '.' + turn : ''}`,
        root: code.slice(0, 2),
        quadClass: quadClassOf(code),
        goldstein: goldsteinOf(lex, code),
        sentence: s,
      };
      const sc = actorCode(sa), tc = actorCode(ta);
      if (sc) rec.sourceActor = sc;
      if (tc) rec.targetActor = tc;
      if (turn) { rec.baseCode = base; rec.modality = turn; }
      const loc = (ta.place && base.startsWith('04') ? ta.entity : undefined) ?? eventLocation(lower, all, id => entities.get(id)?.kind);
      if (loc) rec.location = loc;
      if (qIdx !== undefined) rec.quote = qIdx;
      if (symmetric) rec.symmetric = true;
      return { record: rec, trigger: i, end: m.end, uses, sourceActor: sa, targetActor: ta, symmetric };
    }

    function eventTime(i: number, end: number, qIdx: number | undefined): EventTime {
      const t = governingTime(lower, dated, i, end);
      if (t) return { value: t.value, source: 'expression' };
      if (qIdx !== undefined && doc.quotes[qIdx]?.time) return { value: doc.quotes[qIdx].time!, source: 'quote' };
      if (narrative && s - narrative.sentence <= 2) return { value: narrative.value, source: 'narrative' };
      return { value: doc.published ?? '', source: 'published' };
    }
  }
  for (const e of out) if (!e.time) delete e.time;
  return out;
}

function samePair(a: Candidate, b: Candidate): boolean {
  const k = (x: Actor) => x.country ?? x.entity;
  const [a1, a2, b1, b2] = [k(a.sourceActor), k(a.targetActor), k(b.sourceActor), k(b.targetActor)];
  return (a1 === b1 && a2 === b2) || ((a.symmetric || b.symmetric) && a1 === b2 && a2 === b1);
}
