// What the words around an unknown name make it: a product, a work, a law, a term, a venue, a
// website, an organization; offices with a portfolio; slips of the keyboard. Sentences are from or
// modelled on English Wikinews business and political reports (CC BY 2.5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertTypes, named, names, runTo } from './helpers.ts';
import { nameModel, useNameModel } from '../../../src/stages/mentions/model/tagger.ts';

test('a product by the noun beside it, a naming verb, a list or a version', () => {
  const doc = runTo('mentions', 'The phone can make video calls. This feature is called FaceTime, and connects iPhone users. '
    + 'The suite includes the iPhoto, iMovie, and GarageBand programs. Apple also showed a dynamic task manager named Mission Control. '
    + 'Analysts saw a beta version of FaceTime. The plant makes the Crown Victoria and Grand Marquis cars.');
  for (const name of ['FaceTime', 'GarageBand', 'Mission Control', 'Crown Victoria']) assert.equal(named(doc, name)?.type, 'PRODUCT', name);
  assert.equal(named(doc, 'FaceTime', 1)?.type, 'PRODUCT');
  // the maker of songs is not a song: "Beatles songs"
  const band = runTo('mentions', 'Beatles songs have not been licensed for download. Apple Corps was founded by the Beatles in 1968.');
  assert.notEqual(named(band, 'Beatles')?.type, 'WORK_OF_ART');
});

test('television shows after "such as" are works; a lowercase "act" after a name makes a law', () => {
  const doc = runTo('mentions', 'Episodes of television programs such as Lost and Desperate Housewives will be available the day after they air. '
    + "Ohio's Congresswoman Betty Sutton put forward the CARS act, which provides a US$3,000 voucher.");
  assertTypes(doc, { 'Desperate Housewives': 'WORK_OF_ART', 'CARS': 'LAW' });
});

test('a term spelled out before its short form is not a name, nor is the short form later', () => {
  const doc = runTo('mentions', 'Users reported issues with Server Message Block (SMB) and with the jet\'s Aircraft Communications Addressing '
    + 'and Reporting System (ACARS). Airbus said that Maintenance, Repair and Overhaul (MRO) operations would grow. '
    + 'Apple released the Software Development Kit (SDK) on Thursday, and developers who had early access to the SDK praised it.');
  assert.deepEqual(names(doc).filter(n => /SMB|Server|ACARS|Aircraft|Reporting|MRO|SDK|Software/.test(n)), []);
  // a body spelled out keeps both names
  const union = runTo('mentions', 'Republican leaders insisted that the United Auto Workers (UAW) union agree to cuts, and the UAW refused.');
  assertTypes(union, { 'United Auto Workers': 'ORG', 'UAW': 'ORG' });
});

test('capitalized common words need an organization\'s context to be one (the rules alone)', () => {
  // the rules' context cues; with the name tagger on, "Active Directory" is read as an organization and the three
  // organizations of the last sentence are lost (a known gap, data/models/README.md)
  const model = nameModel();
  useNameModel(null);
  let doc: ReturnType<typeof runTo>;
  try {
    doc = runTo('mentions', 'The update fixed reports of issues with Active Directory. The EU wants a truly Single Market for music downloads. '
      + 'Other retailers, including Best Buy and Radio Shack, did not appear to be having problems, said Mike Gikas of Consumer Reports.');
  } finally { useNameModel(model); }
  assert.ok(!names(doc).some(n => n.startsWith('Active Directory') || n.startsWith('Single Market')), names(doc).join(', '));
  assertTypes(doc, { 'Best Buy': 'ORG', 'Radio Shack': 'ORG', 'Consumer Reports': 'ORG' });
  // a lone unknown name said once, after a noun saying what it is
  const maker = runTo('mentions', 'German magazine Der Spiegel cited confidential documents from engine maker Europrop in a report.');
  assert.equal(named(maker, 'Europrop')?.type, 'ORG');
});

test('an office with its body and portfolio: the body is an organization, the person after it a person', () => {
  const doc = runTo('mentions', 'The company hired Civilian Deputy Undersecretary of the Air Force for Acquisition Darleen Druyun. '
    + 'In a reaction, European Commissioner for Competition Neelie Kroes said the ruling was welcome. '
    + 'Minister for Foreign Affairs Penny Wong spoke to reporters.');
  assertTypes(doc, { 'Air Force': 'ORG', 'Darleen Druyun': 'PERSON', 'Neelie Kroes': 'PERSON', 'Penny Wong': 'PERSON' });
  assert.ok(!names(doc).some(n => /Competition|Foreign Affairs|Acquisition/.test(n)), names(doc).join(', '));
});

test('a title inside a run: the body before it and the person after it', () => {
  const doc = runTo('mentions', 'The deal was hailed, but Aer Lingus Chief Executive Dermot Mannion stated that he believed it. '
    + '"A precipitous collapse would be unacceptable," said Dana Perino, the White House Press Secretary.');
  assertTypes(doc, { 'Aer Lingus': 'ORG', 'Dermot Mannion': 'PERSON', 'White House': 'FAC' });
  assert.ok(!names(doc).some(n => n.includes('Press Secretary')), names(doc).join(', '));
});

test('websites, venues, airports named with their city, and a country as a modifier', () => {
  const doc = runTo('mentions', 'Detik.com quoted Djamal as saying so, and GovExec.com quotes a Senate aide. '
    + 'The keynote was held in the Moscone West Convention Center, and the jet will fly out of London Heathrow. '
    + 'U.S. President Barack Obama spoke, and the company told the US Treasury that it would repay.');
  assertTypes(doc, { 'Detik.com': 'ORG', 'GovExec.com': 'ORG', 'Moscone West Convention Center': 'FAC', 'London Heathrow': 'FAC', 'U.S.': 'GPE', 'US': 'GPE' });
  // a research center is a body, not a building
  const think = runTo('mentions', 'The Pew Research Center said that most Americans approve.');
  assert.equal(named(think, 'Pew Research Center')?.type, 'ORG');
});

test('a slip of the keyboard on a known name keeps its type; a plain word does not become one', () => {
  const doc = runTo('mentions', 'Chrysler, another U.S. car maker, is closing 789 dealerships. Unlike Chrylser, GM will not publish a list. '
    + 'An aide for Kirk Kerkorian, GMs largest individual investor, has called for talks.');
  assertTypes(doc, { 'Chrylser': 'ORG', 'GMs': 'ORG' });
  const words = runTo('mentions', 'Chrysler said on Monday that Changes were coming to its plants.');
  assert.equal(named(words, 'Changes'), undefined);
});

test('a possessive inside an event\'s or a body\'s name, not after a company', () => {
  const doc = runTo('mentions', "Jobs spoke at the company's 2010 Worldwide Developer's Conference in June. "
    + "He later went to Apple's Worldwide Developers Conference, where rebels of the Kurdistan Workers' Party were not discussed.");
  assertTypes(doc, { "Worldwide Developer's Conference": 'EVENT', 'Apple': 'ORG', 'Worldwide Developers Conference': 'EVENT', "Kurdistan Workers' Party": 'ORG' });
});

test('a capital glued to a number is not a name, and Wi-Fi is a technology', () => {
  const doc = runTo('mentions', 'The root cause of the problem is the fact that the 3D Digital mock-up was not updated. VoIP calls are allowed over Wi-Fi only.');
  assert.deepEqual(names(doc).filter(n => /Digital|Wi-Fi|VoIP/.test(n)), []);
});

test('a surname after its first name is a person even when a company shares it; a word a place taught is not a person', () => {
  const doc = runTo('mentions', 'Air Force Secretary James Roche defended the deal. Roche said the tanker was needed. '
    + 'Boeing will close the plant in Long Beach that Douglas Aircraft opened in 1941. It ends the Douglas era. Douglas built the DC-3 there.');
  assertTypes(doc, { 'Roche': 'PERSON', 'Douglas': 'ORG' });
  assert.equal(named(doc, 'Douglas', 1)?.type, 'ORG');
});

test('venues, works after their medium, camel-case surnames and ranks before titles', () => {
  const doc = runTo('mentions', 'Jobs spoke at Moscone Center in San Francisco. The film Avatar was released on DVD. '
    + "\"We are pleased,\" DesRosier said. Presiding Judge Ann Walsh Bradley read the order. Apple Podcasts were not affected.");
  assertTypes(doc, { 'Moscone Center': 'FAC', 'Avatar': 'WORK_OF_ART', 'DesRosier': 'PERSON', 'Ann Walsh Bradley': 'PERSON' });
  assert.ok(!names(doc).some(n => /Presiding|Podcasts/.test(n)), names(doc).join(', '));
});

test('a car marque before a model: the maker, then its product', () => {
  const doc = runTo('mentions', "The Falcon faces stiff competition from the completely new Holden Commodore, the Falcon's major rival.");
  assertTypes(doc, { 'Holden': 'ORG', 'Commodore': 'PRODUCT' });
});

test('a title of a body peels off the body; "on" joins a committee to its subject; a plant named for its town', () => {
  const doc = runTo('mentions', 'Rick Wagoner, Chief Executive Officer of General Motors, resigned. The Senate Committee on Foreign Relations met. The Council on Monday agreed. '
    + 'The Kansas City Assembly of Kansas City, Missouri will close. The plant in Dearborn, Michigan Ford\'s stock fell.');
  assertTypes(doc, { 'General Motors': 'ORG', 'Senate Committee on Foreign Relations': 'ORG', 'Kansas City': 'GPE', 'Ford': 'ORG', 'Michigan': 'GPE' });
  assert.ok(!names(doc).some(n => /Chief Executive|Monday|Michigan Ford/.test(n)), names(doc).join(', '));
});

test('a brand-shaped word after an owner\'s possessive, or after "support for", is a product', () => {
  const doc = runTo('mentions', "Apple wants to compete with rivals like RIM's BlackBerry. The update adds support for ActiveSync, which Apple has licensed. WorldCom said it would appeal.");
  assertTypes(doc, { 'BlackBerry': 'PRODUCT', 'ActiveSync': 'PRODUCT', 'WorldCom': 'ORG' });
});
