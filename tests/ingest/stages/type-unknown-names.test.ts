import { describe, expect, it } from 'vitest';
import { runToQuotes, typedEntityNames } from './helpers.fixtures.ts';

const typeOf = (text: string, name: string) => runToQuotes(text).resolved.entities.find((e) => e.name === name)?.type;

describe('single names no word list knows', () => {
  it.each([
    ['a name listed beside known places', 'He studied medicine at Vienna, Drovnik and Prague.', 'Drovnik', 'Place'],
    ['a place preposition', 'The congress met at Tarnholm that spring.', 'Tarnholm', 'Place'],
    ['a given name after a preposition of place', 'They grew up in a small town in Marion before the war.', 'Marion', 'Place'],
    ['a given name in a list of places', 'The city has merged with Vienna, Prague, Drovnik and Gilbert over time.', 'Gilbert', 'Place'],
    ['a given name after a town it is the region of', 'She was born in Exeter, Beverly.', 'Beverly', 'Place'],
    ['a name most of its list types', 'The city has merged with Vienna, Prague, Drovnik and Gilbert over time.', 'Drovnik', 'Place'],
    ['a person of a place', 'He travelled with his friend Jonah Corvin of Sarvika to the coast.', 'Sarvika', 'Place'],
    ['a town before its region', 'She was born in a village near Quellbrook, Ontario, in 1950.', 'Quellbrook', 'Place'],
    ['a place a journey passes', 'There are daily flights from Tarvosh via the capital.', 'Tarvosh', 'Place'],
    ['a place-name ending', 'The folk music of Velmoravia shaped his style.', 'Velmoravia', 'Place'],
    ['a scorer on a results line', 'SOCCER - LEAGUE RESULTS .\nNice 1 ( Debrosse 39th ) Metz 2 ( Tarval 12th ) .', 'Debrosse', 'Person'],
    ['a bowler in a scorecard', 'CRICKET - SCORES .\nA. Smith c Hollis b Marrandin 61', 'Marrandin', 'Person'],
    ['a club beaten in a team sport', 'SOCCER - DUTCH LEAGUE .\nFeyvoort opened with a 1-0 win over Drammeloo on Sunday .', 'Drammeloo', 'Organization'],
    ['a club before a player\'s position', 'SOCCER - DUTCH LEAGUE .\nOn Sunday , Drammeloo defender Piet Zandvoort was injured .', 'Drammeloo', 'Organization'],
    ['a name a relative clause follows', 'He sent the score to Velmarek, who printed it at once.', 'Velmarek', 'Person'],
    ['a name after a relation', 'She wrote often to her former teacher, Quorvani, about the work.', 'Quorvani', 'Person'],
    ['a name with a kin word after it', 'The prince married Velardo\'s granddaughter in 1972.', 'Velardo', 'Person'],
    ['a name that died', 'In 348 Tabrenius died, naming a successor.', 'Tabrenius', 'Person'],
    ['a government named after its leader', 'Fees rose under the Tarvini government in 2014.', 'Tarvini', 'Person'],
    ['a racer\'s team after his country', 'MOTOR RACING - RESULTS .\n7. Jean Alesi ( France ) Velmora 1:52.354', 'Velmora', 'Organization'],
  ])('types %s', (_case, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('leaves a given name set off after a place as an apposition a person', () => {
    expect(typeOf('At the villa I met the Prince of Spain, Beverly, who is his son.', 'Beverly')).not.toBe('Place');
  });

  it('leaves a given name someone in the article bears to them, after a preposition too', () => {
    const entities = runToQuotes('Marion Dale spoke in Vale. Voters have little trust in Marion this year.').resolved.entities;
    expect(entities.find((e) => e.name === 'Marion Dale')?.aliases).toContain('Marion');
    expect(entities.some((e) => e.type === 'Place' && e.name === 'Marion')).toBe(false);
  });

  it.each([
    ['a dictionary word in capitals', 'Prices rose, and the firm called Tension the reason.', 'Tension'],
    ['a word no context types', 'He read a poem by Zarvoth to the class.', 'Zarvoth'],
    ['a people named in the plural', 'The first settlers were the Varnuas, who fished the bay.', 'Varnuas'],
    ['a movement after a preposition of place', 'He was initiated into Oddmasonry that winter.', 'Oddmasonry'],
    ['a fear after "to"', 'Migrants there are subject to Varnophobia, the report says.', 'Varnophobia'],
  ])('keeps no entity for %s', (_case, text, name) => {
    expect(typeOf(text, name)).toBeUndefined();
  });

  it('keeps a given name after "in" that owns something a person', () => {
    expect(typeOf('The keys were left in Marion\'s car overnight.', 'Marion')).toBe('Person');
  });

  it('gives one unknown name the type most of its mentions are read as', () => {
    const text = 'The young monk became an assistant to Quorvanus. He took a reprimand from Quorvanus. '
      + 'In the spring Quorvanus refused the offer, then Quorvanus wrote a rule, and in 350 Quorvanus died.';
    expect(typeOf(text, 'Quorvanus')).toBe('Person');
  });

  it('reads a surname ending in -s as a person, not a plural', () => {
    expect(typeOf('The building was designed by Orvan Koolhaas in 1999.', 'Orvan Koolhaas')).toBe('Person');
  });
});

describe('names made of dictionary words', () => {
  it.each([
    ['a field of study', 'Her lecture on Construction Grammar drew a crowd.', 'Construction Grammar'],
    ['a work\'s title', 'He starred in Patient Harvest last year.', 'Patient Harvest'],
    ['a nationality and a noun', 'The book traced American Structuralism to its roots.', 'American Structuralism'],
  ])('makes no person of %s', (_case, text, name) => {
    expect(typeOf(text, name)).not.toBe('Person');
  });

  it.each([
    ['an initial before a word', 'The award went to G. Stone on Friday.', 'G. Stone'],
    ['a listed first name before a word', 'The prize went to Sally Hope last year.', 'Sally Hope'],
  ])('keeps a person with %s', (_case, text, name) => {
    expect(typeOf(text, name)).toBe('Person');
  });
});

describe('names typed by a place word at their end', () => {
  it.each([
    ['a tunnel', 'Trains run through the Quellbay Tube every hour.', 'Quellbay Tube'],
    ['an ice shelf', 'The team camped on the Varnholt Ice Shelf for a month.', 'Varnholt Ice Shelf'],
    ['a highway', 'Traffic stopped on the Brenmoor Expressway on Monday.', 'Brenmoor Expressway'],
    ['a scenic reserve', 'Walkers cross the Tarvane Scenic Reserve at dawn.', 'Tarvane Scenic Reserve'],
    ['a nature reserve', 'Otters returned to the Quellmoor Nature Reserve last year.', 'Quellmoor Nature Reserve'],
  ])('types %s as a place', (_case, text, name) => {
    expect(typeOf(text, name)).toBe('Place');
  });
});

describe('guessed names of several words', () => {
  it.each([
    ['after "in"', 'For the summer the family settled in Vorla Terme, a spa town.', 'Vorla Terme'],
    ['after "at the"', 'They stayed two nights at the Kestra Marae before the walk.', 'Kestra Marae'],
  ])('types a name with no first name %s as a place', (_case, text, name) => {
    expect(typeOf(text, name)).toBe('Place');
  });

  it.each([
    ['a first name opens it', 'The award went in Maria Velkova\'s absence to her team.', 'Maria Velkova'],
    ['a preposition that need not place it', 'He felt sympathy toward Zorvan Telkassi after the vote.', 'Zorvan Telkassi'],
  ])('leaves the name a person when %s', (_case, text, name) => {
    expect(typeOf(text, name)).not.toBe('Place');
  });
});

describe('a deity\'s name', () => {
  it('is a person mid-sentence', () => {
    const { resolved } = runToQuotes('Later he gave up his studies to devote himself to God.');
    expect(resolved.entities.map((e) => ({ name: e.name, type: e.type }))).toContainEqual({ name: 'God', type: 'Person' });
  });

  it('is no name as an oath that opens a sentence', () => {
    const { resolved } = runToQuotes('What did she look like? God, I do not know!');
    expect(resolved.entities.map((e) => e.name)).not.toContain('God');
  });
});

describe('the planet\'s name', () => {
  it.each([
    ['after a preposition', 'The first cells appeared on Earth, long before the oceans cooled.'],
    ['with a possessive', 'The satellite slowly left the Earth\'s orbit in March.'],
  ])('is a place mid-sentence %s', (_case, text) => {
    expect(typedEntityNames(text)).toContain('Place:Earth');
  });

  it('is no place when it qualifies the words after it', () => {
    expect(typedEntityNames('Its Earth observation satellites failed in May.')).not.toContain('Place:Earth');
  });
});
