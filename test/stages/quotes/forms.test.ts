// Every quotation form the issue lists, on real news sentences (the example report and
// English Wikinews articles of the MEANTIME corpus). Mentions are given by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';
import { handDoc, type HandMention } from './hand-doc.ts';
import type { Quote } from '../../../src/document/types.ts';

const person = (id: string, ...texts: string[]): HandMention[] => texts.map(text => ({ text, entity: id, type: 'PERSON' }));
const quotesOf = (text: string, mentions: HandMention[] = [], extra: Parameters<typeof handDoc>[1] = {}) =>
  extractQuotes(handDoc(text, { mentions, ...extra }));
const only = (qs: Quote[], kind?: Quote['kind']) => {
  const sel = kind ? qs.filter(q => q.kind === kind) : qs;
  assert.equal(sel.length, 1, `expected one ${kind ?? ''} quote, got ${JSON.stringify(sel.map(q => q.text))}`);
  return sel[0];
};

test('straight double quotes, inverted attribution: "…," said Jobs', () => {
  const q = only(quotesOf('"We think it\'s the future of notebooks," said Jobs.', person('jobs', 'Jobs')));
  assert.equal(q.text, "We think it's the future of notebooks,");
  assert.equal(q.speaker, 'jobs');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.kind, 'direct');
});

test('curly quotes relayed by a medium: RIA Novosti quoted him as saying, dated by its clause', () => {
  const text = 'Recall, during his visit to Moscow in early October, Kyrgyz Prime Minister Sapar Isakov suggested situating the base in the southern part of Kyrgyzstan.\n' +
    '“There is no final decision from either of the sides,” RIA Novosti quoted him as saying in an interview on October 2.';
  const qs = quotesOf(text, [...person('isakov', 'Sapar Isakov'), { text: 'RIA Novosti', entity: 'ria', type: 'ORG' }], {
    entities: [{ id: 'ria', type: 'ORG', name: 'RIA Novosti', kind: 'media' }, { id: 'isakov', type: 'PERSON', name: 'Sapar Isakov' }],
    times: [{ text: 'early October', value: '2017-10' }, { text: 'October 2', value: '2017-10-02' }],
  });
  const q = only(qs, 'direct');
  assert.equal(q.speaker, 'isakov');
  assert.equal(q.speakerSpan?.text, 'him');
  assert.equal(q.via, 'ria');
  assert.equal(q.cue?.text, 'quoted him as saying');
  assert.equal(q.time, '2017-10-02');
});

test('single quotes, British style, relayed by a website', () => {
  const q = only(quotesOf("'We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked,' Detik.com quoted Djamal as saying.", person('djamal', 'Djamal')));
  assert.equal(q.text, 'We do not need to buy aircraft from Europe as long as the flying ban stays unrevoked,');
  assert.equal(q.speaker, 'djamal');
  assert.equal(q.viaSpan?.text, 'Detik.com');
});

test('guillemets « » and low-high quotes „ “', () => {
  const a = only(quotesOf('«We can not, we must not, and we will not let our auto industry simply vanish,» said Barack Obama, President of the United States.', person('obama', 'Barack Obama')));
  assert.equal(a.text, 'We can not, we must not, and we will not let our auto industry simply vanish,');
  assert.equal(a.speaker, 'obama');
  const b = only(quotesOf('„It is the best decision for Britain and our plants,“ said the general secretary of the British union Unite, Tony Woodley.',
    [...person('woodley', 'Tony Woodley'), { text: 'Unite', entity: 'unite', type: 'ORG' }]));
  assert.equal(b.text, 'It is the best decision for Britain and our plants,');
  assert.equal(b.speaker, 'woodley');
});

test('a quotation of several sentences, attributed before it', () => {
  const q = only(quotesOf('Northrop Grumman CEO Ron Sugar said in an interview "Everyone told us we were crazy, that we had no chance. But we took a big swing and in this case, we hit a home run."',
    [...person('sugar', 'Ron Sugar'), { text: 'Northrop Grumman', entity: 'northrop', type: 'ORG' }]), 'direct');
  assert.ok(q.text.startsWith('Everyone told us') && q.text.endsWith('home run.'));
  assert.equal(q.speaker, 'sugar');
  assert.equal(q.cue?.text, 'said');
});

test('a quotation continued across paragraphs: opening marks on each, closing only at the last', () => {
  const text = '"We\'ve reduced our airplane-design effort and are focusing more on the technology breakthroughs," said Angers. "We need technology breakthroughs in engines, aerodynamics, materials and other systems.\n\n' +
    '"You can\'t simply shrink the 787 and expect the same benefits for the narrow-body market. We\'ve got difficult challenges."';
  const qs = quotesOf(text, person('angers', 'Angers'));
  assert.equal(qs.length, 2);
  const cont = qs[1];
  assert.equal(cont.parts?.length, 2);
  assert.ok(text.slice(cont.parts![0].start, cont.parts![0].end).endsWith('other systems.'));
  assert.ok(text.slice(cont.parts![1].start, cont.parts![1].end).startsWith("You can't"));
  assert.equal(cont.speaker, 'angers');
  assert.ok(cont.confidence! < qs[0].confidence!, 'an inherited speaker is less sure');
});

test('a partial quotation inside a sentence', () => {
  const qs = quotesOf('Analyst Shawn Wu says the company "priced it really aggressively," referring to the computer\'s base price of US$999.', person('wu', 'Shawn Wu'));
  const q = only(qs, 'direct');
  assert.equal(q.text, 'priced it really aggressively,');
  assert.equal(q.speaker, 'wu');
  assert.equal(q.cue?.text, 'says');
});

test('square-bracket insertions stay inside the quotation; a participle takes the sentence subject', () => {
  const q = only(quotesOf('Apple CEO Steve Jobs unveiled the new products at the Cupertino, California event, saying the company has "been inspired by the work [it has] done on the iPad, and [it wants] to bring it back to the Mac."',
    [...person('jobs', 'Steve Jobs'), { text: 'Apple', entity: 'apple', type: 'ORG' }]), 'direct');
  assert.equal(q.text, 'been inspired by the work [it has] done on the iPad, and [it wants] to bring it back to the Mac.');
  assert.equal(q.speaker, 'jobs');
});

test('apostrophes are not quotation marks', () => {
  const text = "Apple unveils new MacBook Air laptops, iLife '11 software suite\n" +
    "In Tatarstan's capital, Kazan, Atambayev told journalists he had asked Putin to open a new joint base in the '90s style.\n" +
    "\"If aircraft are purchased and registered as Indonesian in Europe], we are worried the planes won't be able to fly to Indonesia because Indonesian airlines' aircraft are banned from flying over Europe,\" he continued.\n" +
    "Atambayev wants the base near the Kyrgyz' border with Tajikistan, he said, and don't expect more.";
  const direct = quotesOf(text, person('atambayev', 'Atambayev')).filter(q => q.kind === 'direct');
  assert.equal(direct.length, 1);
  assert.ok(direct[0].text.startsWith('If aircraft') && direct[0].text.endsWith('over Europe,'));
});

test('indirect: X said that …, the content is the reported clause only', () => {
  const text = "JSA Research defence analysist Paul Nesbit said that Maintenance, Repair and Overhaul (MRO) operations across the aircraft's fifty-year service life could push the value of the contract as high as US$100 billion.";
  const q = only(quotesOf(text, person('nesbit', 'Paul Nesbit')), 'indirect');
  assert.ok(q.text.startsWith('Maintenance, Repair') && q.text.endsWith('US$100 billion'));
  assert.equal(q.speaker, 'nesbit');
  assert.equal(q.cue?.text, 'said');
});

test('indirect: X told Y (that) …, the listener is not the speaker', () => {
  const a = only(quotesOf('Djamal told reporters that he felt the best option was the lifting of the ban.', person('djamal', 'Djamal')), 'indirect');
  assert.equal(a.text, 'he felt the best option was the lifting of the ban');
  assert.equal(a.speaker, 'djamal');
  const b = only(quotesOf("In Tatarstan's capital, Kazan, Atambayev told journalists he had asked Putin to open a new joint base in Kyrgyzstan rather than put more troops and military aircraft at Kant.",
    [...person('atambayev', 'Atambayev'), ...person('putin', 'Putin'), { text: 'Kazan', entity: 'kazan', type: 'GPE' }]), 'indirect');
  assert.ok(b.text.startsWith('he had asked Putin') && b.text.endsWith('at Kant'));
  assert.equal(b.speaker, 'atambayev');
});

test('indirect: according to X, … and …, according to X', () => {
  const a = only(quotesOf("According to the company's vice president John Smith, the firm wanted to reduce costs at Opel by 30%.", person('smith', 'John Smith')), 'indirect');
  assert.equal(a.text, 'the firm wanted to reduce costs at Opel by 30%');
  assert.equal(a.speaker, 'smith');
  assert.ok(a.cue?.text.startsWith('According to'));
  const b = only(quotesOf('The issue has been resolved, according to Airbus spokesman Jaime Perez-Guerra.',
    [...person('perez-guerra', 'Jaime Perez-Guerra'), { text: 'Airbus', entity: 'airbus', type: 'ORG' }]), 'indirect');
  assert.equal(b.text, 'The issue has been resolved');
  assert.equal(b.speaker, 'perez-guerra');
});

test('indirect: added, noted, warned, insisted, denied, claimed', () => {
  const cases: [string, HandMention[], string, string][] = [
    ['Vladescu added that the contract may be signed on September 12, during the auto show in Frankfurt.', person('vladescu', 'Vladescu'), 'added', 'the contract may be signed on September 12, during the auto show in Frankfurt'],
    ['Jobs also noted that over five billion iOS applications have been purchased from Apple\'s App Store.', person('jobs', 'Jobs'), 'noted', "over five billion iOS applications have been purchased from Apple's App Store"],
    ['Airbus has warned there could be additional charges to come.', [{ text: 'Airbus', entity: 'airbus', type: 'ORG' }], 'warned', 'there could be additional charges to come'],
    ['Republican Party leaders insisted that the United Auto Workers (UAW) union agree to increase wage cuts by next year.', [{ text: 'Republican Party', entity: 'gop', type: 'ORG' }], 'insisted', 'the United Auto Workers (UAW) union agree to increase wage cuts by next year'],
    ['USAF also denied that creating jobs in the US was a factor; job supply had been the reason Boeing were expected to win.', [{ text: 'USAF', entity: 'usaf', type: 'ORG' }], 'denied', 'creating jobs in the US was a factor'],
    ['Mr Howard claims that the projects will create 273 jobs and secure the future of the Ford Falcon.', person('howard', 'Howard'), 'claims', 'the projects will create 273 jobs and secure the future of the Ford Falcon'],
  ];
  for (const [text, mentions, cue, content] of cases) {
    const q = only(quotesOf(text, mentions), 'indirect');
    assert.equal(q.cue?.text, cue, text);
    assert.equal(q.text, content, text);
    assert.equal(q.speaker, mentions[0].entity, text);
  }
});

test('indirect: was quoted as saying, and the inverted forms "…, X said" and "…, said X"', () => {
  const a = only(quotesOf('Karasin was quoted as saying that Russia is not going to fill the whole world with its military bases.', person('karasin', 'Karasin')), 'indirect');
  assert.equal(a.cue?.text, 'was quoted as saying');
  assert.equal(a.text, 'Russia is not going to fill the whole world with its military bases');
  const b = only(quotesOf('Bishkek proposes Russia to deploy one more military base in Kyrgyzstan but Moscow does not seek after the quantity and the existing military base is enough, Russian Deputy Foreign Minister, Grigory Karasin, told RIA Novosti in an interview.',
    [...person('karasin', 'Grigory Karasin'), { text: 'RIA Novosti', entity: 'ria', type: 'ORG' }], { entities: [{ id: 'ria', type: 'ORG', kind: 'media' }, { id: 'karasin', type: 'PERSON' }] }), 'indirect');
  assert.ok(b.text.startsWith('Bishkek proposes') && b.text.endsWith('is enough'));
  assert.equal(b.speaker, 'karasin');
  assert.equal(b.via, 'ria');
  const c = only(quotesOf('The so-called "death grip", however, has not been as big an issue for other phones as it has for iPhone 4, said Mike Gikas of Consumer Reports.',
    [...person('gikas', 'Mike Gikas'), { text: 'Consumer Reports', entity: 'cr', type: 'ORG' }]), 'indirect');
  assert.ok(c.text.startsWith('The so-called') && c.text.endsWith('iPhone 4'));
  assert.equal(c.speaker, 'gikas');
});

test('a quotation with no attributable speaker keeps the speaker empty', () => {
  const qs = quotesOf('The Obama administration is looking toward bankruptcy proceedings. "It will require hard choices by companies. It will require unions and workers who have already made painful concessions to make even more."');
  const q = only(qs, 'direct');
  assert.equal(q.speaker, undefined);
});

test('without an entity layer the stage still finds quotes and keeps the speaker words', () => {
  const qs = quotesOf('"It is the best decision for Britain and our plants," said the general secretary of the British union Unite, Tony Woodley.');
  const q = only(qs);
  assert.equal(q.speaker, undefined);
  assert.ok(q.speakerSpan?.text.endsWith('Tony Woodley'));
  assert.ok(q.confidence! < 0.5);
});

test('an exchange: each speaker named before a colon', () => {
  const text = 'The following is a sequential email exchange regarding Airbus as recorded in the Congressional Record:\n' +
    ': Secretary of the Air Force James Roche: "No, Sir, save it and blow him away.\nJim."\n' +
    ': Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun: "I read with disgust the article on Airbus tankers from the new EADS CEO of North America."';
  const qs = quotesOf(text, [...person('roche', 'James Roche'), ...person('druyun', 'Darleen Druyun')]);
  assert.deepEqual(qs.map(q => q.speaker), ['roche', 'druyun']);
  assert.ok(qs[0].text.startsWith('No, Sir') && qs[0].text.endsWith('Jim.'));
});

test('the state a government belongs to speaks for it', () => {
  const q = only(quotesOf('The Belgian government announced it will give up to 150 million in aid to help sub-contractors which supply Airbus.',
    [{ text: 'Belgian', entity: 'BEL', type: 'NORP' }, { text: 'Airbus', entity: 'airbus', type: 'ORG' }]), 'indirect');
  assert.equal(q.speaker, 'BEL');
  assert.ok(q.text.startsWith('it will give'));
});

test('an interview: a short quote with its own comma is speech, the next one continues it, a relation noun names the next speaker', async () => {
  const { extract } = await import('../../../src/index.ts');
  const doc = extract('In an interview with the BBC on Monday, Finnish Prime Minister Sanna Marin discussed the pandemic.\n"We acted early," Marin said. "The borders were closed within days."\nHer predecessor, Antti Rinne, disagreed. "The government moved too slowly," he told reporters.', { published: '2020-05-05' });
  const who = (start: string) => doc.entities.find(e => e.id === doc.quotes.find(q => q.text.startsWith(start))?.speaker)?.name;
  assert.equal(who('We acted early'), 'Sanna Marin');
  assert.equal(who('The borders were closed'), 'Sanna Marin');
  assert.equal(who('The government moved'), 'Antti Rinne');
});

test('a colon before the mark introduces the quotation, even when the next sentence reports someone else', async () => {
  const { extract } = await import('../../../src/index.ts');
  const doc = extract("Labour leader Keir Starmer said: 'We will not back down on this.' The Prime Minister's spokesman said the government 'fully supports' the plan.", { published: '2023-05-05' });
  const q = doc.quotes.find(x => x.text.startsWith('We will not back down'));
  assert.equal(doc.entities.find(e => e.id === q?.speaker)?.name, 'Keir Starmer');
});

test('"according to a statement from X": the statement\'s author speaks', async () => {
  const { extract } = await import('../../../src/index.ts');
  const doc = extract('According to a statement from the Iranian foreign ministry, Tehran rejected the accusation.', { published: '2024-01-01' });
  assert.deepEqual(doc.quotes.map(q => `${q.speaker}: ${q.text}`), ['IRN: Tehran rejected the accusation']);
});
