// How the events stage finds who acted and on whom in real news sentences (English Wikinews via
// MEANTIME, CC BY 2.5): descriptions with no name, pronouns, passives, relative clauses,
// appositions and noun phrases. Upstream layers are given by hand, so only the stage is tested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { handDoc, type HandEntity, type HandMention } from './hand-doc.ts';
import { extractEvents } from '../../../src/stages/events/index.ts';
import { cameoLexicon } from '../../../src/stages/events/lexicon.ts';

const country = (id: string): HandEntity => ({ id, type: 'GPE', kind: 'country' });
const company = (id: string, c?: string): HandEntity => ({ id, type: 'ORG', kind: 'company', ...(c ? { country: c } : {}) });
const person = (id: string, c: string, role?: string): HandEntity => ({ id, type: 'PERSON', kind: 'person', country: c, ...(role ? { role } : {}) });

function events(text: string, entities: HandEntity[], mentions: HandMention[]) {
  const doc = handDoc(text, '2009-06-01', { entities, mentions });
  return extractEvents(doc, cameoLexicon()).map(e => ({ who: `${e.source}>${e.target}`, root: e.root, code: e.code, trigger: e.trigger.text }));
}
const has = (evs: ReturnType<typeof events>, who: string, roots: string[]) => evs.some(e => e.who === who && roots.includes(e.root!));

test('"the federal government" is the state named before it', () => {
  const evs = events('Australian Prime Minister John Howard and federal industry minister Ian MacDonald today announced that the federal government would be providing Ford Australia with a AU$52.5 million (US$40.4 million) "financial assistance package".',
    [country('AUS'), person('john-howard', 'AUS', 'Prime Minister'), company('ford-australia', 'AUS')],
    [{ text: 'Australian', entity: 'AUS', type: 'NORP' }, { text: 'John Howard', entity: 'john-howard' }, { text: 'Ford Australia', entity: 'ford-australia' }]);
  assert.ok(has(evs, 'AUS>ford-australia', ['07', '03']), JSON.stringify(evs));
});

test('"the firm" is the company the story names; "it" is the administration that said it', () => {
  const evs = events("U.S. President Barack Obama's administration said it would not give more financial aid to the firm unless 90% of GM's bondholders would agree on compromises that would significantly reduce the firm's costs.",
    [country('USA'), person('barack-obama', 'USA', 'President'), company('gm', 'USA')],
    [{ text: 'U.S.', entity: 'USA', type: 'NORP' }, { text: 'Barack Obama', entity: 'barack-obama' }, { text: 'GM', entity: 'gm' }]);
  assert.ok(has(evs, 'USA>gm', ['12']), JSON.stringify(evs));
});

test('"it" after a reported verb is the subject organization, not the one told', () => {
  const evs = events("According to Fiat's announcement, the company has told the US Treasury that it intends to use its option to buy the share in Chrysler held by the US government, a deal that will be finalized by June 10.",
    [company('fiat', 'ITA'), { id: 'us-treasury', type: 'ORG', kind: 'government', country: 'USA' }, company('chrysler', 'USA'), country('USA')],
    [{ text: 'Fiat', entity: 'fiat' }, { text: 'US Treasury', entity: 'us-treasury' }, { text: 'Chrysler', entity: 'chrysler' }, { text: 'US', entity: 'USA', nth: 1 }]);
  const buy = evs.find(e => e.trigger === 'buy');
  assert.ok(buy && buy.who.startsWith('fiat>') && buy.root === '03', JSON.stringify(evs));
});

test('a passive whose pattern wants an object: "will be compensated by Airbus"', () => {
  const evs = events("Singapore Airlines says that it will be compensated by Airbus for the additional delay in delivery of its new superjumbo A380's.",
    [company('sia', 'SGP'), company('airbus', 'FRA')], [{ text: 'Singapore Airlines', entity: 'sia' }, { text: 'Airbus', entity: 'airbus' }]);
  assert.ok(has(evs, 'airbus>sia', ['07', '03']), JSON.stringify(evs));
});

test('a relative clause takes its antecedent as subject: an agreement "which barred Apple Computer" is no actor', () => {
  const evs = events('Apple Corps claims that Apple Computer\'s iTunes Music Store violates an agreement reached between the two companies in 1991, which barred Apple Computer from using the "Apple" brand in certain uses in the music business.',
    [company('apple-corps', 'GBR'), company('apple', 'USA'), { id: 'itunes', type: 'ORG', kind: 'org' }],
    [{ text: 'Apple Corps', entity: 'apple-corps' }, { text: 'Apple Computer', entity: 'apple' }, { text: 'Apple Computer', entity: 'apple', nth: 1 }, { text: 'iTunes Music Store', entity: 'itunes' }]);
  assert.ok(!evs.some(e => e.trigger === 'barred'), JSON.stringify(evs));
});

test('an object relative: the governments "which he thanked"', () => {
  const evs = events('Obama explained the rationale behind his proposed reorganization plan for General Motors. His plan, he stated, was for the United States government, in conjunction with the governments of Canada and Ontario (which he thanked for their roles alongside the government of Germany which he thanked for its role in selling a corporate stake in GM Europe), to become shareholders in General Motors.',
    [person('obama', 'USA', 'President'), company('gm', 'USA'), country('USA'), country('CAN'), { id: 'ontario', type: 'GPE', kind: 'region', country: 'CAN' }, country('DEU')],
    [{ text: 'Obama', entity: 'obama' }, { text: 'General Motors', entity: 'gm' }, { text: 'United States', entity: 'USA' }, { text: 'Canada', entity: 'CAN' },
      { text: 'Ontario', entity: 'ontario' }, { text: 'Germany', entity: 'DEU' }, { text: 'General Motors', entity: 'gm', nth: 1 }]);
  assert.ok(evs.some(e => e.who.startsWith('obama>') && e.trigger === 'thanked' && e.root === '05'), JSON.stringify(evs));
  assert.ok(has(evs, 'obama>DEU', ['05']), JSON.stringify(evs));
});

test('an infinitive after "contract", "deal" or "plan" only names a plan', () => {
  const evs = events('There is still a possibility of Boeing challenging the decision; Boeing themselves were successfuly challenged by Lockheed and Sikorsky in 2006 over a US$10 billion contract to supply search and rescue helicopters to the Pentagon.',
    [company('boeing', 'USA'), company('lockheed', 'USA'), { id: 'pentagon', type: 'FAC', kind: 'facility', country: 'USA', metonymFor: 'USA' }],
    [{ text: 'Boeing', entity: 'boeing' }, { text: 'Boeing', entity: 'boeing', nth: 1 }, { text: 'Lockheed', entity: 'lockheed' }, { text: 'Pentagon', entity: 'pentagon', metonymFor: 'USA' }]);
  assert.ok(!evs.some(e => e.trigger === 'supply'), JSON.stringify(evs));
  // the passive past a misspelt adverb: Lockheed challenged Boeing
  assert.ok(has(evs, 'lockheed>boeing', ['11']), JSON.stringify(evs));
});

test('"Aer Lingus rival Ryanair": the last name heads the phrase', () => {
  const evs = events('Aer Lingus rival Ryanair has been attempting to take over Aer Lingus since December.',
    [company('aer-lingus', 'IRL'), company('ryanair', 'IRL')],
    [{ text: 'Aer Lingus', entity: 'aer-lingus' }, { text: 'Ryanair', entity: 'ryanair' }, { text: 'Aer Lingus', entity: 'aer-lingus', nth: 1 }]);
  assert.ok(evs.some(e => e.who === 'ryanair>aer-lingus' && ['06', '03'].includes(e.root!)), JSON.stringify(evs));
});

test('nouns with their actor after "from" or "by": orders from an airline, an investigation by the Commission', () => {
  const orders = events('On Saturday, Boeing announced 35 new orders from German airline Air Berlin, bringing the total to 677 orders from 47 customers.',
    [company('boeing', 'USA'), country('DEU'), company('air-berlin', 'DEU')],
    [{ text: 'Boeing', entity: 'boeing' }, { text: 'German', entity: 'DEU', type: 'NORP' }, { text: 'Air Berlin', entity: 'air-berlin' }]);
  assert.ok(has(orders, 'air-berlin>boeing', ['06']) && !orders.some(e => e.who === 'boeing>air-berlin'), JSON.stringify(orders));
  const probe = events('The price decrease follows an investigation by the European Commission due to Apple charging customers in the UK up to 10% more than in other EU countries.',
    [{ id: 'ec', type: 'ORG', kind: 'igo' }, company('apple', 'USA'), country('GBR')],
    [{ text: 'European Commission', entity: 'ec' }, { text: 'Apple', entity: 'apple' }, { text: 'UK', entity: 'GBR' }]);
  assert.ok(has(probe, 'ec>apple', ['09']), JSON.stringify(probe));
});

test('"government loans": the state gives what a company receives', () => {
  const evs = events('Since December GM and Chrysler have received US$17.4 billion government loans.',
    [company('gm', 'USA'), company('chrysler', 'USA')], [{ text: 'GM', entity: 'gm' }, { text: 'Chrysler', entity: 'chrysler' }]);
  assert.ok(evs.some(e => e.who.startsWith('USA>') && e.root === '07'), JSON.stringify(evs));
});

test('a state\'s possessive past modifiers, and a name the mentions missed: "France\'s investigative agency BEA has requested"', () => {
  const evs = events('France\'s investigative agency BEA has requested financial assistance for the search from both Airbus and Air France.',
    [country('FRA'), company('airbus', 'FRA'), company('air-france', 'FRA')],
    [{ text: 'France', entity: 'FRA' }, { text: 'Airbus', entity: 'airbus' }, { text: 'Air France', entity: 'air-france' }]);
  assert.ok(has(evs, 'FRA>airbus', ['02']), JSON.stringify(evs));
});

test('appositions: a subject described without an article, an object named after its description', () => {
  const recommend = events('Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that local airlines should not purchase aircraft from European manufacturers, such as Airbus.',
    [person('djamal', 'IDN', 'minister of transport'), country('IDN'), company('airbus', 'FRA')],
    [{ text: 'Jusman Syafii Djamal', entity: 'djamal' }, { text: 'Indonesia', entity: 'IDN' }, { text: 'Airbus', entity: 'airbus' }]);
  assert.ok(has(recommend, 'djamal>airbus', ['12']), JSON.stringify(recommend));
  const settle = events("Apple Inc. announced Monday it has settled its decades-long trademark dispute with the Beatles' record company, Apple Corps.",
    [company('apple', 'USA'), company('apple-corps', 'GBR')], [{ text: 'Apple Inc', entity: 'apple' }, { text: 'Apple Corps', entity: 'apple-corps' }]);
  assert.ok(has(settle, 'apple>apple-corps', ['05']), JSON.stringify(settle));
});

test('a verb form after a preposition is a noun: "head of finance"', () => {
  const evs = events('The company also announced head of finance Daniel Ammann as its new president.',
    [company('gm', 'USA'), person('daniel-ammann', 'USA')], [{ text: 'Daniel Ammann', entity: 'daniel-ammann' }, { text: 'company', entity: 'gm', kind: 'nominal', type: 'ORG' }]);
  assert.equal(evs.length, 0, JSON.stringify(evs));
});

test('a description with nothing to stand for makes no actor', () => {
  // one sentence, no company named: "the firm" cannot be resolved
  const evs = events("The UK government, however, welcomed the firm's decision.", [country('GBR')], [{ text: 'UK', entity: 'GBR' }]);
  assert.equal(evs.length, 0, JSON.stringify(evs));
});

test('an evaluative adjective in a quotation: the speaker criticizes the subject\'s owner', () => {
  const text = '"GM\'s] behaviour towards Germany is completely unacceptable," said German economy minister Rainer Bruederle.';
  const doc = handDoc(text, '2009-11-05', {
    entities: [company('gm', 'USA'), country('DEU'), person('bruederle', 'DEU', 'economy minister')],
    mentions: [{ text: 'GM', entity: 'gm' }, { text: 'Germany', entity: 'DEU' }, { text: 'German', entity: 'DEU', type: 'NORP' }, { text: 'Rainer Bruederle', entity: 'bruederle' }],
    quotes: [{ text: 'GM\'s] behaviour towards Germany is completely unacceptable,', speaker: 'bruederle' }],
  });
  const evs = extractEvents(doc, cameoLexicon());
  assert.ok(evs.some(e => e.source === 'bruederle' && e.target === 'gm' && e.code === '111' && e.quote === 0), JSON.stringify(evs));
});

test('a claim that a party violates an agreement accuses it', () => {
  const evs = events('Apple Corps claims that Apple Computer\'s iTunes Music Store violates an agreement reached between the two companies in 1991.',
    [company('apple-corps', 'GBR'), company('apple', 'USA')], [{ text: 'Apple Corps', entity: 'apple-corps' }, { text: 'Apple Computer', entity: 'apple' }]);
  assert.ok(has(evs, 'apple-corps>apple', ['11']), JSON.stringify(evs));
});

test('descriptions: a head used as a modifier is none, two-word heads are the state\'s', async () => {
  const { descriptionChunks } = await import('../../../src/stages/events/descriptions.ts');
  const read = (sentence: string) => {
    const lower = sentence.toLowerCase().split(' ');
    const asked: string[] = [];
    const chunks = descriptionChunks(lower, 0, lower.length - 1, () => false, (kind, sector) => {
      asked.push(`${kind}:${sector}`);
      return { entity: 'X', country: 'XXX', sector, place: false, person: false };
    });
    return { chunks: chunks.map(c => lower.slice(c.first, c.last + 1).join(' ')), asked };
  };
  assert.deepEqual(read('visitors to the company website rose').chunks, []);
  assert.deepEqual(read('the central bank raised rates').asked, ['state:GOV']);
  assert.deepEqual(read('the militant group attacked the town').chunks, []);
  assert.deepEqual(read('the federal government will give the automaker a loan').chunks, ['the federal government', 'the automaker']);
});
