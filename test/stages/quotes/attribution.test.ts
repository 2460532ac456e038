// The attribution classes of issue 17 through the whole pipeline: the person before the body
// (kept as affiliation) and the outlet (via), unnamed speakers described with their body, clauses
// with no speech verb, passives, and interviews laid out as questions and answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../../src/index.ts';

const quoteOf = (text: string, starts: string) => {
  const d = extract(text, { id: 't', published: '2010-06-08' });
  const q = d.quotes.find(x => x.text.startsWith(starts));
  assert.ok(q, `no quote starting "${starts}" in ${JSON.stringify(d.quotes.map(x => x.text))}`);
  return { q, d };
};

test('a person speaking for a body: the person speaks, the body is the affiliation', () => {
  const { q } = quoteOf('Tom LaSorda, the president of Chrysler, said the plant would close next year.', 'the plant');
  assert.equal(q.speaker, 'tom-lasorda');
  assert.equal(q.speakerKind, 'person');
  assert.equal(q.affiliation, 'chrysler');
});

test('an affiliation aside between the name and the verb: "Ben Reitzes, with Barclays Capital, estimated that …"', () => {
  const { q } = quoteOf('Ben Reitzes, with Barclays Capital, estimated that over eight million iPhones will have been sold by June.', 'over eight');
  assert.equal(q.speaker, 'ben-reitzes');
});

test('an unnamed speaker is described, with the body they speak for', () => {
  const { q } = quoteOf('"We are committed to our workers in Canada," said a Ford spokesman.', 'We are committed');
  assert.equal(q.speakerKind, 'described');
  assert.equal(q.speakerSpan?.text, 'a Ford spokesman');
  assert.equal(q.affiliation, 'ford');
});

test('a passive speech verb names the listener: "he had been assured that" is not his report', () => {
  const { d } = quoteOf('Buzz Hargrove, the president of the union, said he had been assured that the agreement with Chrysler would remain.', 'he had been assured');
  assert.ok(!d.quotes.some(x => x.cue?.text === 'assured'), JSON.stringify(d.quotes.map(x => x.cue?.text)));
});

test('"he" after a company\'s statement is not the company', () => {
  const text = 'Fritz Henderson is the chief executive of General Motors. Asked about the plan, GM said it thinks that it is the right thing for the business.\n' +
    'Of the scenario, he stated that "I don\'t think it\'s going to happen."';
  const { q } = quoteOf(text, "I don't think");
  assert.notEqual(q.speaker, 'general-motors');
});

test('a participle after several opening adverbials: the sentence\'s subject speaks', () => {
  const { q } = quoteOf('While introducing iPhone 4, at the annual conference, Steve Jobs started by hinting at the incident, saying, "Stop me if you\'ve already seen this."', 'Stop me');
  assert.equal(q.speaker, 'steve-jobs');
});

test('a document\'s participle: "resigned in a letter to the board stating, “…”"', () => {
  const { q } = quoteOf('Steve Jobs resigned in a letter to Apple\'s board of directors stating, "I have always said if there ever came a day when I could no longer meet my duties, I would be the first to let you know."', 'I have always said');
  assert.equal(q.speaker, 'steve-jobs');
});

test('a coordinated speech verb shares the subject: "X expressed condolences and described him as “…”"', () => {
  const { q } = quoteOf('The current Microsoft CEO Steve Ballmer also expressed condolences for Jobs and described him as "one of the founders of our industry and a true visionary".', 'one of the founders');
  assert.equal(q.speaker, 'steve-ballmer');
});

test('a quotation handed over by a comma from a clause without a speech verb: its named subject speaks', () => {
  const { q } = quoteOf('In part of his resignation, Steve Jobs left this farewell, "I have made some of the best friends of my life at Apple."', 'I have made');
  assert.equal(q.speaker, 'steve-jobs');
  assert.equal(q.rule, 'quotes.direct.before');
});

test('an interview: each answer paragraph quotes the interviewee, each question the medium', () => {
  const text = [
    'Biologist Nick Bos tells Wikinews about self-medicating ants',
    'Nick Bos, of the University of Helsinki, studies social insects. He now discusses his work with Wikinews.',
    'What first attracted you to researching ants?',
    'Me and a studymate were keeping a lot of animals during our studies, from beetles to ants.',
    'What methods and equipment were used for this investigation?',
    'This is a fun one. I try to work on a very low budget.',
    'We infected the ants by preparing a solution of the fungus.',
    'Do you think other insects self-medicate?',
    'I have no doubt that there will be more cases documented.',
  ].join('\n');
  const d = extract(text, { id: 't' });
  const turns = d.quotes.filter(q => q.rule.startsWith('quotes.interview'));
  assert.equal(turns.length, 7, JSON.stringify(turns.map(q => q.text)));
  assert.ok(turns.filter(q => q.rule === 'quotes.interview.answer').every(q => q.speaker === 'nick-bos'));
  assert.ok(turns.filter(q => q.rule === 'quotes.interview.question').every(q => q.speaker === 'wikinews'));
});

test('questions and answers outside an interview (a court\'s opinion) are not turns of speech', () => {
  const text = [
    'The petitioner appeals the ruling of the district court.',
    'Was the statute applied correctly?',
    'The district court held that it was.',
    'Did the court err in excluding the evidence?',
    'We think not, because the evidence was cumulative.',
    'Is remand required?',
    'It is not.',
  ].join('\n');
  assert.equal(extract(text, { id: 't' }).quotes.filter(q => q.rule.startsWith('quotes.interview')).length, 0);
});

test('a quotation over several paragraphs keeps the speaker named once', () => {
  const text = '"We are rolling out the first delivery airplane," said Scott Fancher, the program manager.\n' +
    '"That is an amazing thing for those who have worked on the program for years.\n' +
    '"It is an extraordinary challenge, and no one has done it before."';
  const d = extract(text, { id: 't' });
  const direct = d.quotes.filter(q => q.kind === 'direct');
  assert.ok(direct.length >= 2 && direct.every(q => q.speaker === 'scott-fancher'), JSON.stringify(direct.map(q => [q.text.slice(0, 20), q.speaker])));
});

test('a medium citing unnamed sources carries their words: the sources are the described speaker, the medium is via', () => {
  const { q } = quoteOf('Citing people familiar with the situation, The Wall Street Journal reported that Papermaster had been pushed out due to an incompatibility with the corporate culture.', 'Papermaster');
  assert.equal(q.speakerKind, 'described');
  assert.equal(q.speakerSpan?.text, 'people familiar with the situation');
  assert.ok(q.via, 'the medium is kept as via');
  assert.equal(q.speaker, undefined);
});

test('a person named right after the closing mark, with no verb, is the speaker: "…" Jesse Toprak, an analyst for Edmunds.', () => {
  const { q } = quoteOf('Car sales fell again in March.\n"Auto makers are pulling every lever in their effort to attract buyers." Jesse Toprak, an analyst for Edmunds.', 'Auto makers');
  assert.equal(q.speaker, 'jesse-toprak');
  assert.equal(q.rule, 'quotes.direct.name-after');
});

test('a quotation opening the paragraph after a report takes the reporter: "Dieter Zetsche denied … ¶ "We do not …""', () => {
  const { q } = quoteOf('Chairman Dieter Zetsche said that the company was not for sale.\n"We do not exclude any option in order to find the best solution for the Chrysler Group."', 'We do not');
  assert.equal(q.speaker, 'dieter-zetsche');
  assert.equal(q.rule, 'quotes.direct.neighbour');
});
