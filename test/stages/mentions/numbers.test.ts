// Amounts with their numbers: money, percentages, quantities, cardinals, ordinals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runTo } from './helpers.ts';

const find = (text: string, type: string) => runTo('mentions', text).mentions.filter(m => m.type === type);

test('money: symbol, scale word, currency word, country-coded dollars', () => {
  const [m] = find('The Russian government agreed to reduce some Kyrgyz debt by some $500 million.', 'MONEY');
  assert.equal(m.text, '$500 million');
  assert.equal(m.amount, 500000000);
  assert.equal(m.currency, 'USD');
  const [us] = find('EADS defeated Boeing for a US$40 billion contract.', 'MONEY');
  assert.equal(us.text, 'US$40 billion');
  assert.equal(us.amount, 40e9);
  const [eu] = find('Airbus had offered them a discount on the € 1.78 billion list price and €3.5 billion more.', 'MONEY');
  assert.equal(eu.currency, 'EUR');
  const [rub] = find('Moscow will pay 300 million rubles for the lease.', 'MONEY');
  assert.deepEqual([rub.text, rub.amount, rub.currency], ['300 million rubles', 300e6, 'RUB']);
});

test('percent, quantity with unit, cardinal and ordinal', () => {
  const d = runTo('mentions', 'It is located just south of the city of Kant, some 20 kilometers east of Bishkek. ' +
    'Sales rose 12 percent, or 3.5 per cent abroad, with 179 new aerial refueling tankers, the first new air base Russia opened abroad.');
  const by = (type: string) => d.mentions.filter(m => m.type === type);
  assert.deepEqual(by('QUANTITY').map(m => [m.text, m.amount, m.unit]), [['20 kilometers', 20, 'km']]);
  assert.deepEqual(by('PERCENT').map(m => [m.text, m.amount]), [['12 percent', 12], ['3.5 per cent', 3.5]]);
  assert.deepEqual(by('CARDINAL').map(m => m.amount), [179]);
  assert.deepEqual(by('ORDINAL').map(m => m.text), ['first']);
});

test('years are left to the times layer, and "one" as a pronoun is no number', () => {
  const d = runTo('mentions', 'Kyrgyzstan has had a Russian military base since 2003. And now it wants a second one.');
  assert.ok(!d.mentions.some(m => m.text === '2003' || m.text === 'one'));
});

test('currency codes before amounts, Indian scales, basis points', () => {
  const d = runTo('mentions', 'The deal is worth Rs 500 crore and USD 5 million; the fine was Rs. 2 lakh, and rates rose 25 basis points.');
  const got = d.mentions.filter(m => m.type === 'MONEY' || m.type === 'PERCENT').map(m => `${m.text}=${m.amount} ${m.currency ?? m.unit}`);
  assert.deepEqual(got, ['Rs 500 crore=5000000000 INR', 'USD 5 million=5000000 USD', 'Rs. 2 lakh=200000 INR', '25 basis points=25 basis points']);
});
