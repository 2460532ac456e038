// Name finding on business news (sentences of English Wikinews, CC BY 2.5, as in MEANTIME):
// products beside their makers, offices in apposition, flights, saints' towns, labels with numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { named, names, runTo } from './helpers.ts';

test('an office in apposition makes an unknown name a person, and teaches its surname', () => {
  const doc = runTo('mentions', 'Jusman Syafii Djamal, minister of transport for Indonesia, has recommended that airlines not buy planes. "Because of that we recommend not buying planes from Europe," said Djamal.');
  assert.equal(named(doc, 'Jusman Syafii Djamal')?.type, 'PERSON');
  assert.equal(named(doc, 'Djamal')?.type, 'PERSON');
  const press = runTo('mentions', '"It is a sad day for us," said Jim Press, the Vice Chairman of Chrysler.');
  assert.equal(named(press, 'Jim Press')?.type, 'PERSON', 'a first name and an apposition beat the org head "Press"');
});

test('a weak title before a two-word name is a person cue: "USAF official Darleen Druyun"', () => {
  const doc = runTo('mentions', 'Boeing executive Michael M. Sears arranged a job for USAF official Darleen Druyun while negotiations were still underway.');
  assert.equal(named(doc, 'Darleen Druyun')?.type, 'PERSON');
});

test('products: a product line and its model, a maker and its model; the maker stays an organization', () => {
  const doc = runTo('mentions', "The event also included a preview of Apple's forthcoming Mac OS X Lion operating system. The update will also be available to iPod Touch users. It competes with Microsoft's Windows Mobile.");
  assert.equal(named(doc, 'Mac OS X Lion')?.type, 'PRODUCT');
  assert.equal(named(doc, 'iPod Touch')?.type, 'PRODUCT');
  assert.equal(named(doc, 'Windows Mobile')?.type, 'PRODUCT');
  const engines = runTo('mentions', 'The plane is built with four Rolls-Royce Trent 900 engines, and the Ford Falcon will need to serve the company.');
  assert.equal(named(engines, 'Rolls-Royce')?.type, 'ORG');
  assert.equal(named(engines, 'Trent')?.type, 'PRODUCT');
  assert.equal(named(engines, 'Falcon')?.type, 'PRODUCT');
  // the company's own divisions are not products
  const divisions = runTo('mentions', 'Shares of Ford Motor Company rose, and analysts said GM Europe and Apple Computer would follow.');
  assert.deepEqual(names(divisions).filter(n => !n.endsWith('/ORG')), []);
});

test('an airline before "Flight N" is an organization, not a person named Adam', () => {
  const doc = runTo('mentions', 'The year saw two major disasters, the losses of Adam Air Flight 574 and Garuda Indonesia Flight 200.');
  assert.equal(named(doc, 'Adam Air')?.type, 'ORG');
  assert.ok(!names(doc).some(n => n.endsWith('/PERSON')), names(doc).join(', '));
});

test("St. is a saint's town, not an honorific; the People's Republic is China", () => {
  const doc = runTo('mentions', 'The plant in St. Thomas, Ontario will have one shift cut. Officials from the People\'s Republic of China arrived in St. Louis.');
  assert.equal(named(doc, 'St. Thomas')?.type, 'GPE');
  assert.equal(named(doc, 'St. Louis')?.type, 'GPE');
  assert.equal(named(doc, "People's Republic of China")?.type, 'GPE');
  const china = runTo('entities', "Officials from the People's Republic of China arrived.");
  assert.equal(named(china, "People's Republic of China")?.entity, 'CHN');
});

test('sentence-initial capitals: a common noun is dropped, a known name is kept whole', () => {
  const doc = runTo('mentions', 'Sales of automobiles in the United States fell as much as 40 percent.\nUnited States President Barack Obama said "Steve was among the greatest of American innovators."');
  assert.equal(named(doc, 'Sales'), undefined);
  assert.equal(named(doc, 'United States', 1)?.type, 'GPE');
  assert.equal(named(doc, 'Barack Obama')?.type, 'PERSON');
});

test('units, currency codes and numbered labels are not organizations', () => {
  const doc = runTo('mentions', 'The program costs $99 (USD) to join. It comes in Black (2 GHz model only). The A380 landed at the soon-to-open Terminal 3 of Changi International Airport.');
  assert.deepEqual(names(doc).filter(n => /^(USD|GHz|Terminal)/.test(n)), []);
});

test('named events, holidays, geographic "X of Y", townships, models with numerals and plural products', () => {
  const doc = runTo('mentions', 'The order gave a boost to an otherwise disappointing Paris Air Show. Sales rose during the Christmas and New Year sales period. The ship was lost in the Bay of Biscay. The plant in Grand Blanc Township will close. The Delta IV rocket carried a satellite, and two Dreamliners were delivered.');
  assert.equal(named(doc, 'Paris Air Show')?.type, 'EVENT');
  assert.equal(named(doc, 'New Year'), undefined);
  assert.equal(named(doc, 'Bay of Biscay')?.type, 'LOC');
  assert.equal(named(doc, 'Grand Blanc Township')?.type, 'GPE');
  assert.equal(named(doc, 'Delta IV')?.type, 'PRODUCT');
  assert.equal(named(doc, 'Dreamliners')?.type, 'PRODUCT');
  const people = runTo('mentions', 'The contract was approved, according to Secretary of the Air Force James Roche.');
  assert.deepEqual(names(people), ['Air Force/ORG', 'James Roche/PERSON']);
});

test('"US $199" and "$9.99 US dollars" are amounts, not the country; "Air France" is an airline of France', () => {
  const doc = runTo('mentions', 'The 16GB version is priced at US $199, and films will retail for around $9.99 US dollars.');
  assert.deepEqual(names(doc).filter(n => !n.includes('16GB')), ['US $199/MONEY', '$9.99 US dollars/MONEY']);
  const airline = runTo('entities', 'Air France have discussed this possibility with the BEA. Korean Air declined to comment.');
  assert.equal(named(airline, 'Air France')?.type, 'ORG');
  const country = (text: string) => airline.entities.find(e => e.id === named(airline, text)?.entity)?.country;
  assert.equal(country('Air France'), 'FRA');
  assert.equal(country('Korean Air'), 'KOR');
});

test('a name described as a company is one, even where a town has the name; a model stays a model', () => {
  const doc = runTo('mentions', "GM said it was cancelling a deal to sell Opel to Magna, a Canadian automobile parts company. The Ford Falcon is old: the Falcon's bodyshell dates back to 1998.");
  assert.equal(named(doc, 'Magna')?.type, 'ORG');
  assert.equal(named(doc, 'Falcon', 1)?.type, 'PRODUCT');
});

test('a company and its event, an acronym in brackets typed like its name, a country then its president', () => {
  const doc = runTo('mentions', "Yesterday, at this year's Apple Worldwide Developers Conference (WWDC), company CEO Steve Jobs spoke. President of the United States Barack Obama presented a plan. \"I don't see how the UAW will do anything,\" he said of the failures of Washington Mutual and WorldCom.");
  assert.equal(named(doc, 'Apple')?.type, 'ORG');
  assert.equal(named(doc, 'Worldwide Developers Conference')?.type, 'EVENT');
  assert.equal(named(doc, 'WWDC')?.type, 'EVENT');
  assert.equal(named(doc, 'United States')?.type, 'GPE');
  assert.equal(named(doc, 'Barack Obama')?.type, 'PERSON');
  assert.equal(named(doc, 'UAW')?.type, 'ORG');
  assert.equal(named(doc, 'WorldCom')?.type, 'ORG');
  const split = runTo('mentions', 'He met the vice president and chairman of Chrysler LLC Jim Press.');
  assert.deepEqual(names(split), ['Chrysler LLC/ORG', 'Jim Press/PERSON']);
});

test('product context ("next model Falcon and Territory vehicles"), AU$ amounts, common-noun acronyms', () => {
  const doc = runTo('mentions', "Ford Australia gets a AU$52.5 million package; AU$40 million will be used for the design and manufacture of Ford's next model Falcon and Territory vehicles. The current Falcon will serve until 2007. GM would continue building the SUV's for two more years.");
  assert.equal(named(doc, 'AU$52.5 million')?.type, 'MONEY');
  assert.equal(named(doc, 'AU$52.5 million')?.currency, 'AUD');
  assert.equal(named(doc, 'Falcon')?.type, 'PRODUCT');
  assert.equal(named(doc, 'Territory')?.type, 'PRODUCT');
  assert.equal(named(doc, 'Falcon', 1)?.type, 'PRODUCT');
  assert.equal(named(doc, 'SUV'), undefined);
});

test('participle suffixes after longer names and owners before names ("New York City-based", "Kremlin-owned Unified Aircraft")', () => {
  const doc = runTo('mentions', 'The airline is a New York City-based carrier. Kremlin-owned Unified Aircraft will buy it.');
  assert.deepEqual(names(doc), ['New York City/GPE', 'Kremlin/FAC', 'Unified Aircraft/ORG']);
});

test('family names with a lowercase particle belong to the name ("al-Burhan", "el-Sisi"); groups so written are found', () => {
  const doc = runTo('mentions', "The army, headed by Gen Abdel Fattah al-Burhan, has been fighting. Egypt's President Abdel Fattah el-Sisi spoke, and al-Shabaab claimed it.");
  assert.equal(named(doc, 'Abdel Fattah al-Burhan')?.type, 'PERSON');
  assert.equal(named(doc, 'Abdel Fattah el-Sisi')?.type, 'PERSON');
  assert.equal(named(doc, 'al-Shabaab')?.type, 'ORG');
});

test('an oil benchmark is not the London suburb it is named after', () => {
  const doc = runTo('mentions', 'Brent crude rose 1.5% to $77.30 a barrel on Monday.');
  assert.equal(named(doc, 'Brent')?.type, 'PRODUCT');
});

test('two particles inside a name; a two-word place at a sentence start keeps its first word', () => {
  const doc = runTo('mentions', "European Commission President Ursula von der Leyen agreed.\nNorthern Ireland's Democratic Unionist Party (DUP) said it would study the text.");
  assert.equal(named(doc, 'Ursula von der Leyen')?.type, 'PERSON');
  assert.equal(named(doc, 'Northern Ireland')?.type, 'GPE');
});

test('Portuguese and Arabic name particles, a crown prince', () => {
  const doc = runTo('mentions', "Brazil's Luiz Inácio Lula da Silva met Saudi Crown Prince Mohammed bin Salman and Mexican President Andrés Manuel López Obrador.");
  assert.deepEqual(names(doc).filter(n => n.endsWith('/PERSON')), ['Luiz Inácio Lula da Silva/PERSON', 'Mohammed bin Salman/PERSON', 'Andrés Manuel López Obrador/PERSON']);
});

test('"the Horn of Africa" is one region', () => {
  const doc = runTo('mentions', 'Tensions rose in the Sahel, the Balkans and the Horn of Africa.');
  assert.equal(named(doc, 'Horn of Africa')?.type, 'LOC');
});
