import { describe, it, expect } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

/** The entities found in a text, as "type:name" with their aliases. */
const entitiesOf = (text: string) => runToQuotes(text).resolved.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.aliases }));

describe('finding and resolving entities', () => {
  it.each([
    ['a title split from the name', 'DHS Assistant Secretary Nadia Okonkwo spoke on Monday.', 'person:nadia-okonkwo', 'Nadia Okonkwo'],
    ['an abbreviated title', 'Gov. Jonah Corvin signed the bill.', 'person:jonah-corvin', 'Jonah Corvin'],
    ['a possessive', 'It was President Donald Trump’s directive.', 'person:donald-trump', 'Donald Trump'],
    ['a dateline in capitals', 'DENVER — The council met on Monday.', 'place:denver', 'Denver'],
    ['an acronym defined in parentheses', 'The Bureau of Land Reclamation (BLR) said so. BLR agents left.', 'agency:bureau-of-land-reclamation', 'Bureau of Land Reclamation'],
    ['a known acronym', 'ICE agents arrived in Aurora.', 'agency:ice', 'U.S. Immigration and Customs Enforcement'],
    ['a known alias', 'The Pentagon released a statement.', 'agency:dod', 'Department of Defense'],
    ['a body named before the town it stands in', 'She spoke at Vellmar Ostrow University in Harlan on Monday.', 'org:vellmar-ostrow-university', 'Vellmar Ostrow University'],
    ['the dotted letters of a listed acronym', 'The C.I.A. declined to comment.', 'agency:cia', 'Central Intelligence Agency'],
    ['a place before a body', 'The Irving Police Department responded.', 'agency:irving-police-department', 'Irving Police Department'],
    ['a party label after a name', 'Sen. Claire McCaskill (D-Mo.) said no.', 'person:claire-mccaskill', 'Claire McCaskill'],
    ['initials inside a name', 'Harriet J. Sloane wrote the report.', 'person:harriet-j-sloane', 'Harriet J. Sloane'],
    ['a hyphenated name', 'Douglas Holtz-Eakin disagreed.', 'person:douglas-holtz-eakin', 'Douglas Holtz-Eakin'],
    ['nationalities joined by a spaced hyphen', 'A director of the Institute for African - American Studies spoke on Monday.', 'org:institute-for-african-american-studies', 'Institute for African - American Studies'],
    ['a name after a common word that opens a headline', 'Beneath Donald Okafor’s wins, signs of trouble\n\nThe count went on.', 'person:donald-okafor', 'Donald Okafor'],
    ['a name after a common noun that opens a sentence', 'Billionaire Donald Okafor spoke on Monday.', 'person:donald-okafor', 'Donald Okafor'],
    ['a person whose middle name is a place head word', 'The scholar Kathleen Hall Marsh said so on Monday.', 'person:kathleen-hall-marsh', 'Kathleen Hall Marsh'],
    ['a state capital', 'The candidates met in Des Moines on Monday.', 'place:des-moines', 'Des Moines'],
    ['a committee a chamber opens, as an agency', 'The Senate Fisheries Committee met on Monday.', 'agency:senate-fisheries-committee', 'Senate Fisheries Committee'],
    ['a unit an agency opens with its head word right after', 'Officials at Homeland Security Investigations declined to comment.', 'agency:homeland-security-investigations', 'Homeland Security Investigations'],
    ['a person whose given name is the modal "Will"', 'Editing by Will Okafor.', 'person:will-okafor', 'Will Okafor'],
    ['a town\'s newspaper named by its masthead word', 'The Tulsa Star reported it on Monday.', 'org:tulsa-star', 'Tulsa Star'],
    ['a committee the word "House" opens, as an agency', 'The House Fisheries Committee met on Monday.', 'agency:house-fisheries-committee', 'House Fisheries Committee'],
    ['a committee whose name joins two subjects with "and"', 'The House Fisheries and Harbor Safety Committee voted 9-4.', 'agency:house-fisheries-and-harbor-safety-committee', 'House Fisheries and Harbor Safety Committee'],
    ['a body whose name joins two common words with "and"', 'The Salt and Timber Commission met on Monday.', 'agency:salt-and-timber-commission', 'Salt and Timber Commission'],
    ['a person after a local office whose portfolio ends in a head word', 'Harlan County Supervisor of Elections Brenda Okafor said so.', 'person:brenda-okafor', 'Brenda Okafor'],
    ['a body whose name opens with letters and a number joined by a hyphen', 'A spokeswoman for the QX-5 Investors Coalition said so.', 'org:qx-5-investors-coalition', 'QX-5 Investors Coalition'],
    ['a person after the title "Chair"', 'Party Chair Debra Okafor spoke on Monday.', 'person:debra-okafor', 'Debra Okafor'],
    ['a person after a county title', 'County Treasurer Nadia Okonkwo spoke on Monday.', 'person:nadia-okonkwo', 'Nadia Okonkwo'],
    ['a person after a common word and a party adjective that open a sentence', 'Presumptive Republican nominee Donald Okafor spoke on Monday.', 'person:donald-okafor', 'Donald Okafor'],
    ['a committee after the title of its chair', 'The bill went to the Chair of the Harbor Safety Committee on Monday.', 'org:harbor-safety-committee', 'Harbor Safety Committee'],
    ['a council after the title of its director', 'She wrote to the Director of the Tessaly Reef Council.', 'agency:tessaly-reef-council', 'Tessaly Reef Council'],
  ])('finds %s', (_case, text, id, name) => {
    expect(entitiesOf(text)).toContainEqual(expect.objectContaining({ id, name }));
  });

  it.each([
    ['a surname', 'Nadia Okonkwo spoke. Okonkwo left.', 'person:nadia-okonkwo', 'Okonkwo'],
    ['the initials of a body the article names in full', 'The Harlan Water Safety Board met on Monday. Critics say the HWSB moved too slowly.', 'agency:harlan-water-safety-board', 'HWSB'],
    ['a near-spelling with the same first name', 'Jonah Corvin spoke. Then Gov. Jonah Corvan left.', 'person:jonah-corvin', 'Jonah Corvan'],
    ['a titled, misspelt surname', 'Jonah Corvin spoke. Governor Corvan left.', 'person:jonah-corvin', 'Governor Corvan'],
    ['an acronym in parentheses', 'The Drug Enforcement Administration (DEA) helped.', 'agency:dea', 'DEA'],
    ['a committee named without its chamber', 'The House Fisheries Committee met. The Fisheries Committee voted.', 'agency:house-fisheries-committee', 'Fisheries Committee'],
  ])('joins %s to the full name', (_case, text, id, alias) => {
    expect(entitiesOf(text).find((e) => e.id === id)?.aliases).toContain(alias);
  });

  it('leaves an interjection that opens a transcribed sentence out of the name after it', () => {
    expect(entitiesOf('Uh Nadia Okonkwo signed the lease in May.').map((e) => e.name)).toEqual(['Nadia Okonkwo']);
  });

  it('makes no person of a name suffix set off by commas', () => {
    expect(entitiesOf('An adviser to Vice President Tomas R. Quell, Jr., spoke on Monday.').map((e) => e.name)).toEqual(['Tomas R. Quell']);
  });

  it.each([
    ['a person and a body', 'Jonah Corvin and Vellmar Timber Commission agreed.', 'Vellmar Timber Commission'],
    ['a country and a body', 'Spain and Harbor Commission agreed.', 'Harbor Commission'],
    ['two companies', 'Harbor and Pinecrest Holdings Inc. agreed.', 'Pinecrest Holdings Inc.'],
  ])('keeps %s joined by "and" apart', (_case, text, body) => {
    expect(entitiesOf(text).map((e) => e.name)).toContain(body);
  });

  it('keeps a common word that a person of the article bears as surname', () => {
    expect(entitiesOf('Gov. Ada Pence spoke on Monday. Pence said so.')).toContainEqual(expect.objectContaining({ name: 'Ada Pence', aliases: expect.arrayContaining(['Pence']) }));
  });

  it('never merges two people with different first names', () => {
    const ids = entitiesOf('Hillary Clinton spoke. Chelsea Clinton listened.').map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['person:hillary-clinton', 'person:chelsea-clinton']));
  });

  it.each([
    ['a nationality', 'Afghan officials met American diplomats.'],
    ['a sentence opening with a common word', 'However, the plan failed. Analysts disagreed.'],
    ['a weekday or month', 'On Monday in August nothing happened.'],
    ['a lone title', 'The Governor has been clear.'],
    ['a party adjective as a noun', 'He is a Democrat and she is a Libertarian.'],
    ['the modal "Will" in a Title Case phrase', 'Nobody knows if it Will Be so.'],
    ['a common word read as a person after a title word', 'He would answer the questions in Executive Session.'],
  ])('finds no entity in %s', (_case, text) => {
    expect(entitiesOf(text)).toEqual([]);
  });

  it.each([
    ['joined by a hyphen', 'Fewer voters came than to the Republican-only caucus of 2008.'],
    ['before a plural noun', 'She has ignored pleas from several Republican donors to quit the race.'],
  ])('takes a party adjective %s for no entity', (_case, text) => {
    expect(entitiesOf(text).map((e) => e.name)).not.toContain('Republican');
  });

  it('gives ids that the model accepts and that do not depend on the article', () => {
    const first = entitiesOf('Gov. Jonah Corvin spoke in Denver.');
    const second = entitiesOf('In Denver, Jonah Corvin spoke.');
    expect(first.map((e) => e.id).sort()).toEqual(second.map((e) => e.id).sort());
    for (const { id } of first) expect(id).toMatch(/^[a-z]+:[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}.-]*$/u);
  });
});

describe('acronyms', () => {
  it('resolves every later use of an acronym to the name that defined it', () => {
    const { resolved } = runToQuotes('The Bureau of Land Reclamation (BLR) said so. BLR agents left.');
    expect(resolved.entities.map((e) => e.id)).toEqual(['agency:bureau-of-land-reclamation']);
    expect(resolved.entities[0]?.mentions).toHaveLength(3);
  });

  it('joins an acronym to the name spelt out in brackets after it, whatever the order of its letters', () => {
    const { resolved } = runToQuotes('The secretary of the VKB (Velmoravian Bishops Union), Ada Brill, spoke. The VKB disagreed.');
    const union = resolved.entities.find((e) => e.name === 'Velmoravian Bishops Union');
    expect(union?.aliases).toContain('VKB');
    expect(resolved.entities.map((e) => e.name)).not.toContain('VKB');
  });
});

describe('findEntities names that hold a month, an initial or a hyphened syllable', () => {
  it.each([
    ['a surname that is a month', 'Prime Minister Theresa May met the council on Friday.', 'Theresa May'],
    ['a middle initial', 'The letter was signed by Julie A. Diaz Martinez last week.', 'Julie A. Diaz Martinez'],
    ['a given name that is also a city\'s', 'The film starred Ada Brill and Sydney Smith in the lead.', 'Sydney Smith'],
    ['a middle initial the tagger reads as an article', 'The letter was signed by Mark A. Smith last week.', 'Mark A. Smith'],
    ['a middle initial after a given name the tagger does not know', 'The letter was signed by Jock A. Finlayson last week.', 'Jock A. Finlayson'],
    ['a given name written with a hyphen', 'Secretary General Ban Ki-moon condemned the test.', 'Ban Ki-moon'],
  ])('keeps %s in the name', (_case, text, name) => {
    expect(entitiesOf(text).map((e) => e.name)).toContain(name);
  });

  it.each([
    ['a month with a date', 'The rally is on May 5 in Denver.', 'May'],
    ['a hyphened common word', 'She is a Booker Prize-winner from Toronto.', 'Booker Prize-winner'],
    ['a set of goals', 'Members pledged to meet the Rural Harvest Development Goals by 2030.', 'Rural Harvest Development Goals'],
    ['a licence', 'The text is released under the Open Quill Document License.', 'Open Quill Document License'],
    ['a plan named after its author', 'Aid under the Harwood Plan rebuilt the mills.', 'Harwood Plan'],
    ['a plan named by its words', 'The powers signed the Joint Coastal Plan of Action in May.', 'Joint Coastal Plan'],
  ])('keeps %s out of names', (_case, text, name) => {
    expect(entitiesOf(text).map((e) => e.name)).not.toContain(name);
  });
});

describe('findEntities people a Title Case headline names in full', () => {
  it('gives the surname used alone in the body the headline\'s full name, even when a town bears it', () => {
    const text = 'Marta Denver Takes On Oskar Lund In The Race For Mayor\n\nOn Monday night, Denver pressed hard and often. Lund did not answer her.';
    const people = entitiesOf(text).filter((e) => e.id.startsWith('person:'));
    expect(people).toContainEqual(expect.objectContaining({ id: 'person:marta-denver', aliases: ['Denver'] }));
    expect(entitiesOf(text).map((e) => e.id)).not.toContain('place:denver');
  });
});

describe('findEntities a surname the word lists read as another word', () => {
  const people = (text: string) => runToQuotes(text).found.mentions
    .filter((mention) => mention.type === 'Person').map((mention) => mention.text);

  it('names the person when it acts as a name ("Cuban said")', () => {
    expect(people('Team owner Lorna Cuban spoke on Monday.\n\n“It is too early to tell,” Cuban said.')).toEqual(['Lorna Cuban', 'Cuban']);
  });

  it('names the person where a body the word lists know bears the surname', () => {
    expect(people('The candidate Lorna Forbes spoke on Monday. Few expect a Forbes victory in May.')).toEqual(['Lorna Forbes', 'Forbes']);
  });

  it('leaves it a word where it qualifies a noun ("Cuban exiles")', () => {
    expect(people('Team owner Lorna Cuban spoke on Monday.\n\nCuban exiles in the city disagreed with the plan.')).toEqual(['Lorna Cuban']);
  });
});

describe('the year of an event', () => {
  it.each([
    ['a listed event', 'He played in the 2002 World Cup in Japan.', '2002 World Cup'],
    ['an event named by its head', 'She sang at the 2017 Harbour Festival in Leeds.', '2017 Harbour Festival'],
  ])('is part of the name of %s', (_case, text, name) => {
    const mentions = runToQuotes(text).found.mentions;
    expect(mentions).toContainEqual(expect.objectContaining({ text: name, type: 'Event' }));
  });

  it('leaves a sum of money before an event alone', () => {
    const text = 'Tickets cost $2017 Festival passes aside.';
    const mentions = runToQuotes(text).found.mentions;
    expect(mentions.map((m) => m.text)).not.toContain('2017 Festival');
  });
});
