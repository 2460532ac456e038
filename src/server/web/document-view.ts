// The document view: the text sentence by sentence, each item of each layer
// marked where it stands — mentions coloured by type (linked to their actor),
// times underlined with their value, quotes linked to their speaker — and the
// events of a sentence listed beside it. Every mark says its rule on hover.
import type { DossierDocument, EventRecord, Mention, Quote, TimeExpression } from '../../document/types.ts';
import { cameoLabel } from './cameo.ts';
import { h } from './dom.ts';
import { displayDate, isOpenValue } from '../../document/open-range.ts';
import { durationWords } from '../../kb/present.ts';

export interface DocumentViewOptions {
  /** where an entity of this document links to, if anywhere */
  entityHref?: (localId: string) => string | undefined;
}

interface Piece { start: number; end: number }

const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»', '›', '」', '』']);

export function renderDocument(doc: DossierDocument, opts: DocumentViewOptions = {}): HTMLElement {
  const names = new Map(doc.entities.map(e => [e.id, e.name]));
  const nameOf = (id?: string) => (id ? names.get(id) ?? id : undefined);
  const sentences = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.text.length }];

  const quotePieces: (Piece & { quote: number })[] = [];
  doc.quotes.forEach((q, i) => {
    for (const p of q.parts?.length ? q.parts : [q]) quotePieces.push({ start: p.start, end: p.end, quote: i });
  });
  // where each quote's speaker tag goes: after the closing quotation mark of a direct quote,
  // at the end of the sentence for reported speech; none for a quote inside another (told once)
  const quoteEnds = new Map<number, number[]>();
  doc.quotes.forEach((q, i) => {
    if (doc.quotes.some((o, j) => j !== i && o.start <= q.start && o.end >= q.end && o.end - o.start > q.end - q.start)) return;
    const end = Math.max(q.end, ...(q.parts ?? []).map(p => p.end));
    const sentence = sentences[sentenceAt(sentences, Math.max(0, end - 1))];
    let at = end;
    if (q.kind === 'direct') { while (at < sentence.end && CLOSING_MARKS.has(doc.text[at])) at++; } else at = sentence.end;
    at = Math.min(at, sentence.end);
    quoteEnds.set(at, [...(quoteEnds.get(at) ?? []), i]);
  });
  const triggers = doc.events.map((e, i) => ({ start: e.trigger.start, end: e.trigger.end, event: i }));

  const cuts = new Set<number>();
  for (const list of [sentences, doc.mentions, doc.times, quotePieces, triggers] as Piece[][]) {
    for (const p of list) { cuts.add(p.start); cuts.add(p.end); }
  }
  for (const end of quoteEnds.keys()) cuts.add(end);
  const points = [...cuts].filter(x => x >= 0 && x <= doc.text.length).sort((a, b) => a - b);

  const eventsBySentence = new Map<number, number[]>();
  doc.events.forEach((e, i) => {
    const s = e.sentence ?? sentenceAt(sentences, e.trigger.start);
    eventsBySentence.set(s, [...(eventsBySentence.get(s) ?? []), i]);
  });

  const rows: HTMLElement[] = [];
  let p = 0;
  sentences.forEach((s, si) => {
    const line = h('p', { class: 'sentence', 'data-sentence': si });
    while (p < points.length && points[p] < s.start) p++;
    let at = s.start;
    for (let k = p; at < s.end; k++) {
      const next = k < points.length && points[k] < s.end ? Math.max(points[k], at) : s.end;
      if (next > at) line.appendChild(segment(at, next));
      for (const qi of quoteEnds.get(next) ?? []) {
        const link = next > s.start && next <= s.end ? speakerLink(doc.quotes[qi], qi) : null;
        if (link) line.appendChild(link);
      }
      at = next;
      if (next === s.end) break;
    }
    const gapBefore = doc.text.slice(si ? sentences[si - 1].end : 0, s.start);
    const events = (eventsBySentence.get(si) ?? []).map(i => eventCard(doc.events[i], i));
    rows.push(h('div', { class: gapBefore.includes('\n') ? 'row para' : 'row' },
      line, h('aside', { class: 'events' }, events)));
  });

  const article = h('article', { class: 'document', 'data-document': doc.id }, rows);
  linkHover(article, 'data-quote');
  linkHover(article, 'data-event');
  return article;

  function segment(start: number, end: number): Node {
    let node: Node = document.createTextNode(doc.text.slice(start, end));
    const mention = doc.mentions.find(m => m.start <= start && m.end >= end);
    if (mention) node = mentionMark(mention, node);
    const trigger = triggers.find(t => t.start <= start && t.end >= end);
    if (trigger) node = h('span', { class: 'trigger', tabindex: 0, 'data-event': trigger.event, 'data-rule': doc.events[trigger.event].rule, 'data-tip': `event trigger ${doc.events[trigger.event].code} · rule: ${doc.events[trigger.event].rule}` }, node);
    const time = doc.times.find(t => t.start <= start && t.end >= end);
    if (time) node = timeMark(time, node);
    for (const qp of quotePieces.filter(q => q.start <= start && q.end >= end).reverse()) {
      const q = doc.quotes[qp.quote];
      node = h('span', {
        class: `quote quote-${q.kind}`, tabindex: 0, 'data-quote': qp.quote, 'data-speaker': q.speaker,
        'data-rule': q.rule, 'data-tip': `${q.kind} quote${q.speaker ? ` by ${nameOf(q.speaker)}` : ''}${q.time ? ` · ${displayDate(q.time) ?? ''}` : ''} · rule: ${q.rule}`,
      }, node);
    }
    return node;
  }

  function mentionMark(m: Mention, inner: Node): HTMLElement {
    const href = m.entity ? opts.entityHref?.(m.entity) : undefined;
    const tip = [m.type, m.kind !== 'name' ? m.kind : '', m.entity ? `→ ${nameOf(m.entity)}` : '',
      m.metonymFor ? `(stands for ${m.metonymFor})` : '', `rule: ${m.rule}`].filter(Boolean).join(' · ');
    const attrs = {
      class: `mention type-${m.type} kind-${m.kind}`, 'data-type': m.type, 'data-entity': m.entity,
      'data-rule': m.rule, 'data-tip': tip, href,
    };
    return href ? h('a', attrs, inner) : h('span', { ...attrs, tabindex: 0 }, inner);
  }

  function timeMark(t: TimeExpression, inner: Node): HTMLElement {
    const implied = t.implied?.length ? ` · implied: ${t.implied.join(', ')}` : '';
    return h('span', {
      class: 'time', tabindex: 0, 'data-value': t.value, 'data-type': t.type, 'data-rule': t.rule,
      'data-tip': `${t.type} ${t.value}${t.type === 'DURATION' && durationWords(t.value) !== t.value ? ` (${durationWords(t.value)})` : ''}${t.range && isOpenValue(`${t.range.start}/${t.range.end}`) ? ` (${displayDate(`${t.range.start}/${t.range.end}`)})` : ''}${t.mod ? ` (${t.mod})` : ''}${implied} · rule: ${t.rule}`,
    }, inner);
  }

  function speakerLink(q: Quote, i: number): HTMLElement | null {
    if (!q.speaker) return null;
    const href = opts.entityHref?.(q.speaker);
    const attrs = { class: 'speaker', 'data-quote': i, 'data-speaker': q.speaker, href, 'data-rule': q.rule, 'data-tip': `speaker of this quote · rule: ${q.rule}` };
    const label = `— ${nameOf(q.speaker)}`;
    return href ? h('a', attrs, label) : h('span', { ...attrs, tabindex: 0 }, label);
  }

  function eventCard(e: EventRecord, i: number): HTMLElement {
    const actor = (id?: string) => (id ? (opts.entityHref?.(id) ? h('a', { href: opts.entityHref(id) }, nameOf(id)) : nameOf(id)) : '?');
    return h('div', { class: `event quad-${e.quadClass ?? 0}`, tabindex: 0, 'data-event': i, 'data-code': e.code, 'data-rule': e.rule, 'data-tip': `CAMEO ${e.code}${e.goldstein !== undefined ? ` · Goldstein ${e.goldstein}` : ''} · rule: ${e.rule}` },
      h('span', { class: 'code' }, e.code), ' ', h('span', { class: 'label' }, cameoLabel(e.code)), e.negated ? ' (negated)' : '',
      h('div', { class: 'actors' }, actor(e.source), ' → ', actor(e.target)),
      displayDate(e.time) ? h('div', { class: 'when' }, displayDate(e.time)) : null,
      h('div', { class: 'trigger-text' }, '“', e.trigger.text, '”'));
  }
}

function sentenceAt(sentences: Piece[], at: number): number {
  const i = sentences.findIndex(s => at >= s.start && at < s.end);
  return i < 0 ? 0 : i;
}

/** Hovering one piece of a quote (or an event's trigger or card) lights up all of it. */
function linkHover(root: HTMLElement, attr: string): void {
  let lit: Element[] = [];
  root.addEventListener('mouseover', ev => {
    const el = (ev.target as Element).closest(`[${attr}]`);
    const key = el?.getAttribute(attr);
    for (const x of lit) x.classList.remove('hl');
    lit = key === undefined || key === null ? [] : Array.from(root.querySelectorAll(`[${attr}="${CSS.escape(key)}"]`));
    for (const x of lit) x.classList.add('hl');
  });
  root.addEventListener('mouseleave', () => { for (const x of lit) x.classList.remove('hl'); lit = []; });
}
