import { describe, it, expect } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';
import { cleanText } from '../../../ingest/stages/02-clean-text.ts';
import { findEntities } from '../../../ingest/stages/03-find-entities.ts';
import { resolveEntities } from '../../../ingest/stages/04-resolve-entities.ts';
import { findQuotes } from '../../../ingest/stages/05-find-quotes.ts';
import type { ClauseCandidate } from '../../../ingest/stages/find-reported-speech.ts';

const reported = (text: string) => runToQuotes(text).quotes.filter((q) => q.kind === 'indirect');

/** Every clause a cue introduces in the text, as the clause classifier would be given it (no model: all are read). */
function candidatesOf(text: string): ClauseCandidate[] {
  const clean = cleanText({ source: 'test.txt', format: 'txt', text });
  const found = findEntities(clean);
  const candidates: ClauseCandidate[] = [];
  findQuotes(clean, found, resolveEntities(found), { clauseModel: null, candidates });
  return candidates;
}

describe('findQuotes reported speech', () => {
  it.each([
    ['X said that Y', 'Gov. Jonah Corvin said that the bridge repairs would finish by spring.', 'the bridge repairs would finish by spring', 'person:jonah-corvin'],
    ['X said Y, without "that"', 'Nadia Okonkwo said the county budget had a large hole in it.', 'the county budget had a large hole in it', 'person:nadia-okonkwo'],
    ['X told a listener that Y', 'Nadia Okonkwo told reporters that the county budget had a hole.', 'the county budget had a hole', 'person:nadia-okonkwo'],
    ['X said via email that Y', 'Nadia Okonkwo said via email that the county budget had a hole.', 'the county budget had a hole', 'person:nadia-okonkwo'],
    ['X said by phone that Y', 'Nadia Okonkwo said by phone that the county budget had a hole.', 'the county budget had a hole', 'person:nadia-okonkwo'],
    ['Y, X said', 'The county budget had a large hole in it, Nadia Okonkwo said on Tuesday.', 'The county budget had a large hole in it', 'person:nadia-okonkwo'],
    ['Y, said X', 'The county budget had a large hole in it, said Nadia Okonkwo.', 'The county budget had a large hole in it', 'person:nadia-okonkwo'],
    ['an opener, X said, Y', 'Still, Nadia Okonkwo said, the county budget had a large hole in it.', 'the county budget had a large hole in it', 'person:nadia-okonkwo'],
    ['according to X, Y', 'According to the Pentagon, troops will arrive at the border next week.', 'troops will arrive at the border next week', 'agency:dod'],
    ['as X reported, Y', 'As the Harlan Gazette first reported, the county budget had a large hole in it.', 'the county budget had a large hole in it', 'org:harlan-gazette'],
    ['Y, according to X', 'Troops will arrive at the border next week, according to the Pentagon.', 'Troops will arrive at the border next week', 'agency:dod'],
    ['Y, according to X, and more after the source', 'Troops will arrive at the border next week, according to the Pentagon, but no date is set.', 'Troops will arrive at the border next week', 'agency:dod'],
    ['a belief', 'Senator Maria Lopez believes the tax plan will hurt small farms.', 'the tax plan will hurt small farms', 'person:maria-lopez'],
    ['a pronoun speaker', 'Senator Maria Lopez arrived late. She argued that the tax plan would hurt small farms.', 'the tax plan would hurt small farms', 'person:maria-lopez'],
    ['a person with an apposition after an opening clause naming a place',
      'At Carter Wells, where the members pay dues, Tomas Ilves, the club’s manager, suggested that the storms had cut the season short.', 'the storms had cut the season short', 'person:tomas-ilves'],
    ['a person and an apposition before "said" and a clause with a pronoun subject',
      'Sen. Maria Lopez (D-Ore.), another vulnerable incumbent, said she hadn’t thought about enlisting the mayor.', 'she hadn’t thought about enlisting the mayor', 'person:maria-lopez'],
    ['a second verb of the one person the sentence names',
      'By the end of the day, Mayor Ilse Brandt was forced into damage control and said that her words had been misread.', 'her words had been misread', 'person:ilse-brandt'],
    ['X said Y after a sentence that closed on a quotation',
      'The hall was “packed to the doors.” Nadia Okonkwo said the county budget had a large hole in it.', 'the county budget had a large hole in it', 'person:nadia-okonkwo'],
    ['a statement and a time between verb and clause', 'Nadia Okonkwo said in a statement on Monday that the county budget had a hole.', 'the county budget had a hole', 'person:nadia-okonkwo'],
    ['Y, according to a document by X', 'Turnout fell sharply in the county, according to a new poll by the Harlan Institute.', 'Turnout fell sharply in the county', 'org:harlan-institute'],
    ['according to a document filed by X, Y', 'According to a complaint filed by the Harlan Water Board, the mine had poisoned the river.', 'the mine had poisoned the river', 'agency:harlan-water-board'],
    ['X said Y with the day between verb and clause', 'Nadia Okonkwo said Sunday the county budget had a large hole in it.', 'the county budget had a large hole in it', 'person:nadia-okonkwo'],
    ['X said, with an adverb, that Y', 'Nadia Okonkwo complained bitterly that the county budget had a large hole in it.', 'the county budget had a large hole in it', 'person:nadia-okonkwo'],
    ['Y, X reported, after an opening phrase and a report inside Y', 'In one letter, Nadia Okonkwo said the county budget had a large hole in it, the Harlan Gazette reported.',
      'In one letter, Nadia Okonkwo said the county budget had a large hole in it', 'org:harlan-gazette'],
  ])('reads %s', (_case, text, content, speaker) => {
    const found = reported(text);
    expect(found.map((q) => q.text)).toEqual([content]);
    expect(found[0]!.speaker).toBe(speaker);
    expect(found[0]!.rule).toMatch(/^(?:according-to|speaker-verb)-(?:head|tail)$/);
    expect(found[0]!.confidence).toBeGreaterThan(0.5);
  });

  it('keeps what a speaker denies as a statement, marked by its rule as denied', () => {
    const [found] = reported('The Harbor Board denies that the county budget had a large hole in it.');
    expect(found).toMatchObject({ text: 'the county budget had a large hole in it', speaker: 'agency:harbor-board', rule: 'speaker-denies' });
  });

  describe('a participle after a quotation and the speaker named after it', () => {
    const text = '“Immunity should not be a requirement for cooperating with the Harbor Board,” Oversight Chairman Tomas Quell (R-Utah) said in a statement, adding that the agreements were handed out like candy.';

    it('gives the clause to that speaker, not to a name inside the quotation', () => {
      const [found] = reported(text);
      expect(found).toMatchObject({ text: 'the agreements were handed out like candy', speaker: 'person:tomas-quell' });
    });

    it('reads no statement from where it was said ("in a statement")', () => {
      expect(reported(text).map((q) => q.text)).not.toContain('a statement');
    });
  });

  it.each([
    ['a refusal to say', 'Nadia Okonkwo refused to say whether the county budget had a hole.'],
    ['a denial that anything was said', 'Nadia Okonkwo did not say the county budget had a hole.'],
    ['a verb with no clause after it', 'Nadia Okonkwo said in March she was leaving.'],
    ['a sentence with no cue', 'The county budget had a large hole in it after the storm.'],
    ['a deed after a verb of speech and an adverb', 'The county responded quickly by easing the fees and hiring more staff for the winter.'],
  ])('reads nothing from %s', (_case, text) => {
    expect(reported(text)).toEqual([]);
  });

  it('reads the clause after a verb that statements follow, with the clause classifier\'s probability as confidence', () => {
    const found = reported('Nadia Okonkwo criticized the county plan to close the bridge.');
    expect(found.map((q) => [q.text, q.speaker, q.rule])).toEqual([['the county plan to close the bridge', 'person:nadia-okonkwo', 'cue-clause']]);
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it.each([
    ['an apposition', 'Mayor Ellen Hart spoke first. Dan Ruiz, a county commissioner, has supported the new levy for schools.', 'the new levy for schools', 'person:dan-ruiz'],
    ['a relative clause', 'Mayor Ellen Hart spoke first. The farmers cheered Ruth Okafor, who criticized the county plan to close the bridge.', 'the county plan to close the bridge', 'person:ruth-okafor'],
    ['a word between subject and verb', 'Mayor Ellen Hart spoke first. Dan Ruiz further criticized the county plan to close the bridge.', 'the county plan to close the bridge', 'person:dan-ruiz'],
  ])('reads a cue verb whose subject is set apart from it by %s', (_case, text, content, speaker) => {
    expect(reported(text).map((q) => [q.text, q.speaker, q.rule])).toEqual([[content, speaker, 'cue-clause']]);
  });

  it('gives the clause classifier how a speaker was reached together with what it is, and the pronoun it was read from', () => {
    const candidates = candidatesOf('The Harbor Workers Union met on Monday. They criticized the county plan to close the bridge.');
    const criticized = candidates.find((c) => c.cue === 'criticized')!;
    const type = criticized.speaker.id ? 'Organization' : 'none';
    expect([...criticized.features.keys()]).toEqual(expect.arrayContaining([
      `frame-speaker:subject-pronoun:${type}`, 'subject-pronoun:they', expect.stringMatching(/^via-speaker:/u),
    ]));
  });

  it('tells the clause classifier which preposition follows a noun cue, and whether the noun has a speaker', () => {
    const candidates = candidatesOf('The farmers met on Monday. There were concerns about the county plan to close the bridge.');
    const concerns = candidates.find((c) => c.cue === 'concerns about')!;
    expect(concerns.features.get('noun-prep:about')).toBe(1);
    expect(concerns.features.get(`noun-prep-speaker:about:${concerns.speaker.id ? 'yes' : 'no'}`)).toBe(1);
    expect([...concerns.features.keys()].filter((key) => key.startsWith('noun-prep'))).toHaveLength(2);
  });

  it('tells the clause classifier which cue clauses stand in the headline', () => {
    const candidates = candidatesOf('County clerk seeks new county inquiry\n\nRuth Okafor spoke on Monday. She sought a county inquiry into the bridge.');
    const inHeadline = (cue: string) => candidates.find((c) => c.cue === cue)?.features.get('headline');
    expect(inHeadline('seeks')).toBe(1);
    expect(inHeadline('sought')).toBeUndefined();
  });

  it('tells the clause classifier which preposition follows a verb cue', () => {
    const candidates = candidatesOf('Ruth Okafor spoke on Monday. She called for a county plan to close the bridge.');
    const called = candidates.find((c) => c.anchor === 'verb-prep' && /^called /iu.test(c.cue))!;
    expect(called.cue.toLowerCase()).toMatch(/ for$/u);
    expect(called.features.get('verb-prep:for')).toBe(1);
  });

  it.each([
    ['one the article quotes', '“The bridge must close,” Ruth Okafor said on Monday. Ruth Okafor criticized the county plan to fund the repairs.', 'yes'],
    ['one a verb of speech reported earlier', 'Ruth Okafor said the bridge must close. Ruth Okafor criticized the county plan to fund the repairs.', 'reported'],
    ['one the article names only', 'Ruth Okafor visited the bridge on Monday. Ruth Okafor criticized the county plan to fund the repairs.', 'no'],
  ])('tells the clause classifier whether the speaker is %s', (_case, text, source) => {
    const candidates = candidatesOf(text);
    const criticized = candidates.find((c) => c.cue === 'criticized')!;
    expect(criticized.speaker.id).toBe('person:ruth-okafor');
    expect(criticized.features.get(`speaker-quoted:subject-name:${source}`)).toBe(1);
  });

  it('gives a statement to the person, not the state named after the town the person is from', () => {
    const found = reported('Ada Brill of Columbus, Ohio says she thinks the mine will reopen.');
    expect(found.map((q) => q.speaker)).toEqual(['person:ada-brill']);
  });

  it('lets a place speak as a state, but not for people the sentence places there', () => {
    expect(reported('Iran insists that the missing contractor was never held in its prisons.').map((q) => q.speaker)).toEqual(['place:iran']);
    expect(reported('Protest organizers in Cleveland say that the new rules on marches break the law.').map((q) => q.speaker)).toEqual([null]);
    expect(reported('Most Republican voters in Alabama, Georgia and Virginia said that they felt betrayed by the party.').map((q) => q.speaker)).toEqual([null]);
  });

  it.each([
    ['a source and a colon', 'Graham: The Rhetoric Is Destroying the Party’s Chance to Win.\n\nSen. Lindsey Graham spoke on Monday about the race.', 'The Rhetoric Is Destroying the Party’s Chance to Win', 'person:lindsey-graham'],
    ['a source and a verb of speech', 'Okafor Says the Levy Will Pass This Spring.\n\nRuth Okafor spoke to farmers in the county on Monday.', 'the Levy Will Pass This Spring', 'person:ruth-okafor'],
  ])('reads a headline of %s when the article names the source', (_case, text, content, speaker) => {
    expect(reported(text).filter((q) => q.rule === 'headline-source').map((q) => [q.text, q.speaker])).toEqual([[content, speaker]]);
  });

  it('reads a statement on past the full stop of a title or of initials inside it', () => {
    const texts = reported('The vote came on Monday. Ada Marsh said Gov. Tomas Quell would resign within the week. Lena Ortiz said the U.S. economy grew last year. '
      + 'Critics have described Mr. Quell as a careless steward of the budget.').map((q) => q.text);
    expect(texts).toEqual(expect.arrayContaining(['Gov. Tomas Quell would resign within the week', 'the U.S. economy grew last year', 'Mr. Quell as a careless steward of the budget']));
  });

  it('reads the subject of a participle after "with" as its speaker, not the subject of the sentence', () => {
    const candidates = candidatesOf('Ada Marsh leads in Harlan, with some polls indicating that Tomas Quell could win the county. '
      + 'Ada Marsh spoke in Vale, with the Harlan Gazette reporting that the crowd was small.');
    const speakerOf = (cue: string) => candidates.find((c) => c.cue === cue)?.speaker.id;
    expect(speakerOf('indicating')).toBeNull();
    expect(speakerOf('reporting')).toBe('org:harlan-gazette');
  });

  it('keeps a statement of a name alone when the clause classifier vouches for it and a speaker is named', () => {
    const found = reported('Ada Marsh spoke in Harlan on Monday. Later, Marsh sharply criticized Tomas Quell.');
    expect(found).toContainEqual(expect.objectContaining({ text: 'Tomas Quell', speaker: 'person:ada-marsh', rule: 'cue-clause', about: ['person:tomas-quell'] }));
  });

  it('makes no statement of a word or two a cue verb took ("blame Bush", "said sarcastically")', () => {
    const texts = reported('The hearing ran late on Monday. Ada Marsh said the budget had failed. "We ask nothing," Tomas Quell said sarcastically. Don\'t blame Quell.').map((q) => q.text);
    expect(texts).toContain('the budget had failed');
    expect(texts.every((text) => text.split(/\s+/).length >= 3)).toBe(true);
  });

  it('makes no statement of the day a cue verb was used on ("tweeted on Friday")', () => {
    const text = 'Ada Marsh leads in Harlan. Marsh tweeted on Friday. Later, Marsh sharply criticized Tomas Quell.';
    const clauses = candidatesOf(text).map((candidate) => text.slice(candidate.start, candidate.end));
    expect(clauses).toContain('Tomas Quell');
    expect(clauses).not.toContain('Friday');
  });

  it.each([
    ['the source and its verb closing the title', 'Levy Could Cost the County Its Bridge, Okafor Says.\n\nRuth Okafor spoke to farmers in the county on Monday.', 'Levy Could Cost the County Its Bridge', 'person:ruth-okafor'],
    ['a source the article does not name closing the title', 'Levy Could Cost the County Its Bridge, Farm Lawyer Says.\n\nFarmers spoke in the county on Monday.', 'Levy Could Cost the County Its Bridge', null],
    ['a source and its topic before the colon', 'Okafor on the Levy: The Bridge Will Wait a Year.\n\nRuth Okafor spoke to farmers in the county on Monday.', 'The Bridge Will Wait a Year', 'person:ruth-okafor'],
  ])('reads a headline of %s', (_case, text, content, speaker) => {
    expect(reported(text).filter((q) => q.rule === 'headline-source').map((q) => [q.text, q.speaker])).toEqual([[content, speaker]]);
  });

  it('reads a title-case headline verb past an adverb or a modal, but not past a denial', () => {
    const headline = (title: string) => reported(`${title}\n\nRuth Okafor spoke to farmers in the county on Monday.`).filter((q) => q.rule === 'headline-cue');
    expect(headline('Ruth Okafor Quietly Endorses the Farm Levy.').map((q) => [q.text, q.speaker])).toEqual([['the Farm Levy', 'person:ruth-okafor']]);
    expect(headline('Ruth Okafor Will Not Endorse the Farm Levy.')).toEqual([]);
  });

  it('reads a headline written as a sentence when it stands on its own line, not a first sentence running on', () => {
    const headline = (text: string) => reported(text).filter((q) => q.rule === 'headline-cue').map((q) => [q.text, q.speaker]);
    expect(headline('Okafor endorses the farm levy\n\nRuth Okafor spoke to farmers in the county on Monday.')).toEqual([['the farm levy', 'person:ruth-okafor']]);
    expect(headline('Ruth Okafor endorses the farm levy. She spoke to farmers in the county on Monday.')).toEqual([]);
  });

  it.each([
    ['an attorney for', 'Ada Marsh spoke on Monday. An attorney for Marsh, Tomas Quell, stressed that his client was ready to appear before the board.'],
    ['a supporter of', 'Ada Marsh spoke on Monday. One pastor supporting Ms. Marsh, Tomas Quell of Harlan, said the church would vote for her in the spring.'],
  ])('gives the statement to the person an apposition names after "%s" another', (_case, text) => {
    expect(reported(text).map((q) => q.speaker)).toEqual(['person:tomas-quell']);
  });

  it('names no speaker for a belief a question asks about', () => {
    expect(reported('Ada Marsh spoke on Monday. Asked if she believed the mine would reopen, Marsh smiled at the crowd.').map((q) => q.speaker)).toEqual([null]);
  });

  it('names no speaker for a passive cue or a noun cue its subject faces: that subject is what was said of', () => {
    const candidates = candidatesOf('Ada Marsh spoke in Harlan on Monday. Marsh was accused of hiding the county debts from the board. '
      + 'Tomas Quell faced questions about the bridge contract and its costs. Quell criticized the bridge contract and its costs.');
    const speakerOf = (cue: string) => candidates.find((c) => c.cue === cue)?.speaker.id;
    expect(speakerOf('accused of')).toBeNull();
    expect(speakerOf('questions about')).toBeNull();
    expect(speakerOf('criticized')).toBe('person:tomas-quell');
  });

  it('reads no headline source the article does not name', () => {
    expect(reported('Analysts: The Levy Will Pass This Spring.\n\nFarmers spoke in the county on Monday.').filter((q) => q.rule === 'headline-source')).toEqual([]);
  });

  it('reads a second report joined by "and" as a statement of its own', () => {
    const found = reported('Nadia Okonkwo said the county budget had a hole and added that the bridge repairs would wait a year.');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['the county budget had a hole', 'person:nadia-okonkwo'],
      ['the bridge repairs would wait a year', 'person:nadia-okonkwo'],
    ]);
  });

  it.each([
    ['"and" before a second verb', 'Nadia Okonkwo said the county budget had a large hole and blamed the storm for the cost of repairs.', 'the county budget had a large hole'],
    ['"but" and a pronoun before a second verb', 'Nadia Okonkwo said the county budget had a large hole, but she praised the mayor for the bridge repairs.', 'the county budget had a large hole'],
    ['a comma and "while" before another clause', 'Nadia Okonkwo said the county budget had a large hole, while the mayor kept a steady line on the bridge repairs.', 'the county budget had a large hole'],
    ['"but" and a helper before a second verb', 'Nadia Okonkwo says the county budget has a large hole but has withheld her plan for the bridge repairs.', 'the county budget has a large hole'],
    ['a comma and a participle', 'Nadia Okonkwo said the county budget had a large hole, meaning the bridge repairs will wait for spring.', 'the county budget had a large hole'],
    ['a semicolon before another clause', 'Nadia Okonkwo said the county budget had a large hole; the bridge repairs will wait for spring.', 'the county budget had a large hole'],
  ])('ends a reported clause at %s', (_case, text, content) => {
    const found = reported(text);
    expect(found[0]).toMatchObject({ text: content, speaker: 'person:nadia-okonkwo', rule: 'speaker-verb-head' });
  });

  it('keeps the whole clause when a break would leave fewer than three words of it', () => {
    expect(reported('Nadia Okonkwo said taxes rose, but the county budget still had a large hole.').map((q) => q.text))
      .toEqual(['taxes rose, but the county budget still had a large hole']);
  });

  it.each([
    ['a pronoun opening a clause of its own', 'Nadia Okonkwo said the county budget had a large hole, she was less sure about the levy for schools.', 'the county budget had a large hole'],
    ['a name and a verb of speech', 'Nadia Okonkwo said the county budget had a large hole, Dan Ruiz said the levy would fill it.', 'the county budget had a large hole'],
  ])('ends a reported clause at a comma before %s', (_case, text, clause) => {
    expect(reported(text).map((q) => q.text)).toContain(clause);
  });

  it('stops a cue clause where its subject goes on to a second verb', () => {
    const found = reported('Mayor Ellen Hart spoke first. Dan Ruiz criticized the county plan to close the bridge and praised the new levy for schools.');
    expect(found.map((q) => q.text)).toContain('the county plan to close the bridge');
  });

  it.each([
    ['"while" and a second report', 'Dan Ruiz criticized the county plan to close the bridge while Ellen Hart praised the new levy for schools.', 'the county plan to close the bridge', 'the new levy for schools'],
    ['"by" and a gerund of report', 'Dan Ruiz dismissed the county plan to close the bridge by accusing the mayor of wasting money.', 'the county plan to close the bridge', 'the mayor of wasting money'],
    ['a dash and a second report', 'Dan Ruiz signed the county budget for the bridge last week - the mayor praised the new levy for schools.', 'the county budget for the bridge last week', 'the new levy for schools'],
  ])('stops a cue clause before %s, which is read on its own', (_case, text, first, second) => {
    const clauses = candidatesOf(text).map((c) => text.slice(c.start, c.end));
    expect(clauses).toContain(first);
    expect(clauses).toContain(second);
  });

  it('keeps a cue clause whole when no report follows its "and"', () => {
    const text = 'Dan Ruiz criticized the county plan to close the bridge and the school in the spring.';
    expect(candidatesOf(text).map((c) => text.slice(c.start, c.end))).toContain('the county plan to close the bridge and the school in the spring');
  });

  it('ends the clause of a verb in a subordinate clause opening the sentence at its comma', () => {
    const found = reported('While Nadia Okonkwo said the county budget had a large hole, Dan Ruiz argued that the levy would fill it.');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ['the county budget had a large hole', 'person:nadia-okonkwo'],
      ['the levy would fill it', 'person:dan-ruiz'],
    ]);
  });

  it('ends a reported clause at a comma before a subject of several words and a verb of speech', () => {
    const found = reported('Nadia Okonkwo said the county budget had a large hole, some members of the board said the levy would fill it.');
    expect(found[0]).toMatchObject({ text: 'the county budget had a large hole', speaker: 'person:nadia-okonkwo' });
  });

  it('reads "the commission" as the commission the article named', () => {
    const found = reported('Debate audio questioned\n\nThe Vale Debates Commission met on Monday. The commission said the audio had problems in the hall.');
    expect(found.map((q) => q.speaker)).toEqual(['agency:vale-debates-commission']);
  });

  it('keeps no speaker when the subject of the verb is not who is being reported', () => {
    const found = reported('Nadia Okonkwo is expected to sign the county budget on Friday.');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['sign the county budget on Friday', null]]);
  });

  it.each([
    ['a place acting', 'Russia criticized the treaty with Sweden.'],
    ['a verb followed by a place or time', 'Nadia Okonkwo appeared on a television show in Denver.'],
  ])('reads no cue statement from %s', (_case, text) => {
    expect(reported(text).filter((q) => q.rule === 'cue-clause')).toEqual([]);
  });

  it.each([
    ['a listener told', 'Nadia Okonkwo had been told that the county budget had a large hole.'],
    ['an impersonal report', 'Nadia Okonkwo left the council. It was widely reported that the county budget had a large hole.'],
  ])('names no speaker for a passive verb of speech: %s', (_case, text) => {
    const found = reported(text);
    expect(found.map((q) => q.text)).toContain('the county budget had a large hole');
    expect(found.map((q) => q.speaker)).toEqual(found.map(() => null));
  });

  it('still names the subject of a verb of speech after "been" in the progressive', () => {
    const found = reported('Nadia Okonkwo has been saying that the county budget had a large hole.');
    expect(found.map((q) => q.speaker)).toEqual(['person:nadia-okonkwo']);
  });

  it('gives a second verb\'s clause to the person a chamber\'s title names, not to the chamber', () => {
    const found = reported('Senate Majority Leader Ada Brill met the governor and urged him to veto the county budget.');
    expect(found.map((q) => q.speaker)).toEqual(['person:ada-brill']);
  });

  it('gives no statement to the owner of its subject ("Okonkwo\'s aides criticized")', () => {
    const found = reported("Nadia Okonkwo's aides criticized the county plan to close the bridge.");
    expect(found.filter((q) => q.speaker === 'person:nadia-okonkwo')).toEqual([]);
  });

  it('never reports what a direct quote already holds', () => {
    const { quotes } = runToQuotes('Nadia Okonkwo said the county “will not pay for the bridge repairs this year.”');
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  it('names what the statement is about', () => {
    const [found] = reported('Nadia Okonkwo said the Pentagon had sent troops without asking anyone.');
    expect(found!.about).toContain('agency:dod');
  });

  it('marks direct quotes as direct, by their quotation marks', () => {
    const [quote] = runToQuotes('“We are ready to help our neighbors,” Nadia Okonkwo said.').quotes;
    expect(quote).toMatchObject({ kind: 'direct' });
  });
});
