// JavaScript built-ins are words like any other: "constructor", "toString" or "__proto__" in a report
// must not reach an Object.prototype member through a lookup keyed by words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/index.ts';

const NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Every string value anywhere in the document, with where it is. */
function* strings(v: unknown, path = ''): Generator<[string, string]> {
  if (typeof v === 'string') yield [path, v];
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* strings(v[i], `${path}[${i}]`);
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) yield* strings(x, `${path}.${k}`);
}

test('every Object.prototype property name, as text, makes no item out of a built-in', () => {
  assert.ok(NAMES.includes('constructor') && NAMES.includes('__proto__') && NAMES.includes('toString'));
  const sentences = NAMES.flatMap(n => {
    const cap = n[0].toUpperCase() + n.slice(1);
    return [`The ${n} said so.`, `${cap} told Reuters on Monday that the ${n} base in ${cap} would open.`,
      `"We will see," said ${n}. The ${cap} Air Base hosts ${n} units.`, `${n} ${n}, ${n} and ${cap} signed a ${n} lease.`];
  });
  const text = sentences.join('\n');
  const doc = extract(text, { published: '2017-10-10' });
  for (const [path, s] of strings(doc)) {
    assert.doesNotMatch(s, /\[native code\]|^function |\[object /, `${path} holds a built-in: ${s.slice(0, 80)}`);
  }
  // and no layer holds a non-plain value where a word was looked up
  for (const layer of ['mentions', 'entities', 'times', 'quotes', 'events', 'facts'] as const) {
    for (const item of (doc[layer] ?? []) as object[]) {
      for (const [k, v] of Object.entries(item)) assert.notEqual(typeof v, 'function', `${layer}.${k} is a function`);
    }
  }
});

test('each Object.prototype name alone, as a whole text, extracts without error', () => {
  for (const n of NAMES) {
    for (const text of [n, `The ${n} said so.`, `${n[0].toUpperCase()}${n.slice(1)} ${n}.`]) {
      const doc = extract(text, { published: '2017-10-10' });
      for (const [path, s] of strings(doc)) assert.doesNotMatch(s, /\[native code\]|^function /, `${JSON.stringify(text)} ${path}: ${s.slice(0, 60)}`);
    }
  }
});
