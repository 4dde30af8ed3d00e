import { describe, it, expect } from 'vitest';
import { findQuoteSpans } from '../../../ingest/nlp/find-quote-spans.ts';
import { runToQuotes } from './helpers.fixtures.ts';

/** The speakers of a text's quotes in quotation marks, in order. */
const directSpeakers = (text: string) => runToQuotes(text).quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker);

const spansOf = (text: string) => {
  const lines = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return findQuoteSpans(text, lines).map((span) => text.slice(span.start, span.end));
};

describe('findQuoteSpans', () => {
  it.each([
    ['curly quotes', 'He said “we will not back down” today.', ['we will not back down']],
    ['straight quotes', 'He said "we will not back down" today.', ['we will not back down']],
    ['typewriter `` and \'\' pairs', "He said ``we will not back down'' today.", ['we will not back down']],
    ["'' on both sides, as archives write them", "''This isn't tax reform,'' said Mr. Holt.", ["This isn't tax reform,"]],
    ['an unclosed quote, which ends with its paragraph', 'She said “this goes on and on\nNext line.', ['this goes on and on']],
    ['a quote over two paragraphs', '“First part of it goes here.\n“Second part ends here,” he said.', ['First part of it goes here.', 'Second part ends here,']],
    ['a nested quote, kept with its outer one', '"He asked: “Do you think so, really?” and left," she said.', ['He asked: “Do you think so, really?” and left,', 'Do you think so, really?']],
    ['a quote of fewer than three words, which is no quote', 'The so-called “sanctuary cities” voted.', []],
    ['an apostrophe, which is no quote mark', "The governor's office didn't respond.", []],
    ['a markup attribute, which is no quote', 'Watch it here:\n<tweet pic="pic.twitter.com/xyz" author="vale_news">The vote is on.</tweet> See <a href="http://example.com/a/b">the video</a>.', []],
  ])('finds %s', (_case, text, expected) => {
    expect(spansOf(text)).toEqual(expected);
  });
});

describe('findQuotes attribution', () => {
  it.each([
    ['“,” X said', 'Gov. Jonah Corvin spoke.\n“We are ready to help our neighbors,” Corvin said.', 'person:jonah-corvin', null],
    ['“,” said X', 'Nadia Okonkwo spoke.\n“We are ready to help our neighbors,” said Okonkwo.', 'person:nadia-okonkwo', null],
    ['X said, “…”', 'Nadia Okonkwo said, “We are ready to help our neighbors.”', 'person:nadia-okonkwo', null],
    ['according to X', 'According to the Pentagon, troops will help with “case management and logistical support.”', 'agency:dod', null],
    ['a pronoun', 'Senator Maria Lopez arrived late.\n“We are ready to help our neighbors,” she said.', 'person:maria-lopez', null],
    ['a title standing for the person', 'Gov. Jonah Corvin arrived.\n“We are ready to help our neighbors,” the governor said.', 'person:jonah-corvin', null],
    ['an apposition between name and verb', '“We are ready to help our neighbors,” Corvin, a Democrat, wrote. Jonah Corvin is governor.', 'person:jonah-corvin', null],
    ['a spokesperson for a person', 'Gov. Jonah Corvin was away. “We are ready to help our neighbors,” a spokesperson for Governor Corvin said.', 'person:jonah-corvin', 'spokesperson'],
    ['a spokesperson for an agency', 'A spokesperson for the Department of Homeland Security said on Friday, “We are ready to help our neighbors.”', 'agency:dhs', 'spokesperson'],
    ['"the spokesperson" back to the one introduced earlier', 'A spokesperson for the Department of Homeland Security confirmed the visit. Gov. Jonah Corvin was away.\n“We are ready to help our neighbors,” the spokesperson added.', 'agency:dhs', 'spokesperson'],
    ['"the spokeswoman" back to a named one', 'Quist campaign spokeswoman Della Voss spoke first. Mara Quist was away.\n“Voters can see these attacks for what they are,” the spokeswoman said.', 'person:della-voss', null],
    ['a surname the gazetteer reads as a country', 'Rep. Tom Chad (R-Ohio) spoke on Monday.\nThe aide “got a better deal than anyone,” Chad said.', 'person:tom-chad', null],
    ['a surname the gazetteer reads as a place, after the verb', 'Radio host Joe Madison watched the race.\n“I did not see it coming a year ago,” said Madison.', 'person:joe-madison', null],
    ['a noun that is also a speech verb inside an apposition', '“It is an overreach of the state’s domain,” Dana Whitcombe, the attorney general of Kansas, one of the states suing the EPA, said on Monday.', 'person:dana-whitcombe', null],
    ['a surname ending in an accented letter and "a"', 'Parents are “waiting to see who runs,” union President Inés Calderón Mejía said.', 'person:ines-calderon-mejia', null],
    ['a named spokesperson in apposition', 'A spokesman for Corvin, Tobias Wren, said the plan was “internal guidance for our agencies.” Jonah Corvin agreed.', 'person:tobias-wren', null],
    ['an agency speaking for itself', '“We will enforce the law everywhere,” ICE said in a statement.', 'agency:ice', null],
    ['a title and a party label', '“We will not vote for this bill,” said Rep. R.T. Holloway (D-Ohio), chair of the panel.', 'person:rt-holloway', null],
    ['a dash signature', '“We are ready to help our neighbors.” ― Sonya Herridge', 'person:sonya-herridge', null],
    ['a body named by its kind', 'The Department of Homeland Security responded.\n“We will continue to enforce the law,” the department said.', 'agency:dhs', null],
    ['a body named by a word any body shares, the one the last sentence is about', 'Officials at the Vale Water Board, a unit of the Harbor Transit Authority, voiced concern.\nIn a memo, the agency warned that “no safeguard can be put in place in time.”', 'agency:vale-water-board', null],
    ['unnamed officials of a body', '“These arrests are targeted and lawful,” ICE officials said Thursday.', 'agency:ice', null],
    ['a name with an apposition after the verb', '“We need answers from the city now,” said Jane Doe, a spokeswoman for the Denver Police Department.', 'person:jane-doe', null],
    ['the owner of a promise', 'President Donald Trump has kept his campaign promise to “build the wall.”', 'person:donald-trump', null],
    ['the author of a document', 'Gov. Jonah Corvin issued guidance this week.\nRecords may be withheld when a request is “tied only to a federal audit,” the guidance states.', 'person:jonah-corvin', null],
    ['a transcript label', 'Chris Wallace asked Mike Pence.\n"WALLACE: Why would Trump do that tonight?"', 'person:chris-wallace', null],
    ['a participle hanging from the clause subject', 'At the hearing, Nadia Okonkwo criticized Jonah Corvin for the delay, saying, “We lost a whole month.”', 'person:nadia-okonkwo', null],
    ['a second verb after a pronoun subject and an object', 'Nadia Okonkwo spoke first.\nShe told the Harbor Gazette on Monday the talks were cordial, and predicted voters “will be feeling a little uneasy.”', 'person:nadia-okonkwo', null],
    ['a name the quoted words go on from, which is not who said them', 'Gov. Jonah Corvin spoke first.\nAn aide, speaking on condition of anonymity, said Wednesday that Corvin “will meet any candidate who asks for a meeting.”', null, null],
    ['a name after the verb, not the one it was asked about', 'Gov. Jonah Corvin will headline a fundraiser.\n“Anyone who breaks the rules is not fit to serve,” said local voter Dana Whitcombe when asked about Jonah Corvin.', 'person:dana-whitcombe', null],
    ['a name after the verb, not the one it was said of', 'Gov. Jonah Corvin quit the race.\n“It just was never meant to be,” said political scientist Dana Whitcombe of Corvin.', 'person:dana-whitcombe', null],
    ['the clause before, not a clause joined on after the quote', 'Dana Whitcombe accuses the board of “hiding the real costs from us” and Jonah Corvin says the levy is “a tax on every farm.”', 'person:dana-whitcombe', null],
    ['a participle after an introductory phrase and an object', 'Nadia Okonkwo thanked the Denver Police Department on Friday, adding, “They came when we called.”', 'person:nadia-okonkwo', null],
    ['a name just before "asking"', 'The video shows Nadia Okonkwo asking, “Where were you last winter?”', 'person:nadia-okonkwo', null],
    ['a verb leading into the quote, not a clause after it', 'The clip shows Nadia Okonkwo saying, “We never cut that budget,” as Jonah Corvin blasted her.', 'person:nadia-okonkwo', null],
    ['the owner of a claim with its clause', 'Critics doubted Nadia Okonkwo’s claim that there were “hundreds of empty beds” in the shelter.', 'person:nadia-okonkwo', null],
    ['the person opening a sentence with no verb of speech', 'Rep. Nadia Okonkwo, despite her doubts, thinks the bill will “pass in the spring” this year.', 'person:nadia-okonkwo', null],
    ['the person in apposition to a title of a body', 'The ruling came on Monday. The secretary general of the Vale Institute, Ruth Okafor, has called it unfair: “We will appeal it in every court we can.”', 'person:ruth-okafor', null],
    ['the person in apposition to a title of a body spelt out in parentheses', 'The ruling came on Monday. The secretary general of TVA (Tessaly Valley Assembly), Ruth Okafor, has called it unfair: “We will appeal it in every court we can.”', 'person:ruth-okafor', null],
    ['the person a role from a place describes', 'Ruth Okafor spoke in Dover on Monday. The senator from Vermont said the system was “rigged against working families.”', 'person:ruth-okafor', null],
    ['a role with a place before it, opening the sentence', 'Ruth Okafor spoke in Dover on Monday. The Vermont businesswoman says of the levy, “It is a tax on every farm.”', 'person:ruth-okafor', null],
    ['the person in apposition after a role, not the role’s last holder', 'Ruth Okafor spoke in Dover on Monday. The time frame in which the party’s nominee, Sen. Jonah Corvin, promised “a vote by June” is short.', 'person:jonah-corvin', null],
    ['a role opening the sentence, a verb of speech before the quote', 'Ruth Okafor spoke in Dover on Monday. The Vermont senator also outlined her plan and vowed to punish “those who break the rules.”', 'person:ruth-okafor', null],
    ['no one for a role whose sentence has no verb of speech', 'Ruth Okafor spoke in Dover on Monday. The Vermont senator likes “The Harbor Hours,” a comedy.', null, null],
    ['the subject after an opening date with a comma of its own', 'On July 6, 2015, Ruth Okafor made the following comment: “We will not wait for the board.”', 'person:ruth-okafor', null],
    ['the person before a quote its sentence carries on, not a place speaking after it', 'Brenmoor is a town. While Ruth Okafor has cautioned against “a betrayal of our values” in the way Brenmoor responds to threats, she has said more.', 'person:ruth-okafor', null],
    ['a verb of several words wherever the clause starts', 'The rule changed in May. The test is “a lawful source of income,” as a Vale Institute memo put it.', 'org:vale-institute', null],
    ['no source at all', 'The crowd chanted “build the wall now” all night.', null, null],
  ])('attributes a quote through %s', (_case, text, speaker, via) => {
    const [quote] = runToQuotes(text).quotes;
    expect({ speaker: quote?.speaker, via: quote?.via }).toEqual({ speaker, via });
  });

  it('keeps the speaker of a quote carried over several paragraphs', () => {
    const text = '“We are ready to help,” said Nadia Okonkwo. “We have crews on the way.\n“They will stay until the work is done.”';
    expect(runToQuotes(text).quotes.map((q) => q.speaker)).toEqual(Array(3).fill('person:nadia-okonkwo'));
  });

  it('gives a quote the sentence after an attributed one in the same paragraph the same speaker', () => {
    const text = '“The bridge will open in May,” said Caddow. “Crews are working through the nights to finish it.”';
    expect(runToQuotes(text).quotes.map((q) => q.speaker)).toEqual(['person:caddow', 'person:caddow']);
  });

  it('lists what a quote is about, titles resolved', () => {
    const text = 'Gov. Jonah Corvin was away. “The Governor will not let ICE into Colorado,” a spokesperson for Governor Corvin said.';
    expect(runToQuotes(text).quotes[0]?.about.sort()).toEqual(['agency:ice', 'person:jonah-corvin', 'place:colorado']);
  });

  describe('the one a quotation speaks to', () => {
    const HEARING = 'Senator Ada Marsh questioned the bank chief Tomas Quell on Tuesday. “You should resign now,” Marsh told Quell. '
      + 'Senator Lena Ortiz went on. “Every time you say that, the bank looks worse,” Ortiz said. “The rules are clear,” Ortiz added. “I will not resign,” Quell said, “whatever you think.”';
    const aboutOf = (start: string) => runToQuotes(HEARING).quotes.find((q) => q.text.startsWith(start))?.about ?? [];

    it('is what it is about when the attribution names the listener ("Marsh told Quell")', () => {
      expect(aboutOf('You should resign')).toContain('person:tomas-quell');
    });

    it('goes on to a later quotation of another speaker that says "you" and names no listener', () => {
      expect(aboutOf('Every time you say')).toContain('person:tomas-quell');
    });

    it('is nobody for a quotation without "you", or for the listener\'s own words', () => {
      expect(aboutOf('The rules are clear')).not.toContain('person:tomas-quell');
      expect(aboutOf('whatever you think')).not.toContain('person:tomas-quell');
    });
  });
});

describe('findQuotes pronoun speakers and gender', () => {
  it('lets a pronoun opening the next sentence say a person\'s gender over what the given name suggests', () => {
    const text = 'Mayor Ellen Hart backed the levy on Monday. “The levy is wrong for this town,” said Terry Vasquez, a farmer. She continued, “We will fight it in court next month.”';
    const { quotes } = runToQuotes(text);
    expect(quotes.filter((q) => q.kind === 'direct').map((q) => q.speaker)).toEqual(['person:terry-vasquez', 'person:terry-vasquez']);
  });
});

describe('findQuotes speakers named beside the quote without a verb of speech', () => {
  it.each([
    ['a verb of any kind before the name after the quote', 'Mayor Ellen Hart spoke first. “We are not done with this levy yet,” scoffed Ruth Okafor, 22.', 'person:ruth-okafor'],
    ['a name and a verb before a colon', 'Mayor Ellen Hart spoke first. Ruth Okafor resisted: “We are not done with this levy yet.”', 'person:ruth-okafor'],
    ['a body and a colon', 'The figures came out on Monday. The Vale Institute: “Turnout fell in every county we surveyed.”', 'org:vale-institute'],
  ])('reads %s', (_case, text, speaker) => {
    expect(directSpeakers(text)).toEqual([speaker]);
  });
});

describe('findQuotes places as speakers', () => {
  it('lets a place speak as a state beside a verb of speech', () => {
    expect(directSpeakers('Iran said on Monday: “The contractor was never held in our prisons.”')).toEqual(['place:iran']);
  });

  it('gives no event a quote, even beside a verb of speech', () => {
    const quotes = runToQuotes('The Tamsin County Fair said in a statement that “attendance broke every record we have kept.”').quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(quotes.map(() => null));
    expect(quotes.find((q) => q.kind === 'direct')?.rule).toBe('event-not-speaking');
  });

  it('gives no place a quote it only locates', () => {
    expect(directSpeakers('Ellen Hart is telling diners at a busy Manchester, New Hampshire, pancake house that “every vote counts on Tuesday.”')).not.toContain('place:manchester');
  });
});

describe('findQuotes a quote standing alone after reported speech', () => {
  it('gives it to the person the sentence before reports speaking', () => {
    const text = 'The study came out on Monday.\n\nRuth Okafor noted that the findings show cleaner rivers matter for farms. “Cleaner water would lift harvests in every county of the valley.”';
    expect(directSpeakers(text)).toEqual(['person:ruth-okafor']);
  });

  it('gives it to that person though the sentence quotes a word or two of theirs', () => {
    const text = 'The study came out on Monday.\n\nIn a statement on Tuesday, Ruth Okafor was more careful than her allies. Though she called the plan “reckless” and called for fees to be “clawed back” from firms, Okafor restricted comments about the farms to the harvest figures.\n\n“Cleaner water would lift harvests in every county of the valley.”';
    expect(directSpeakers(text)).toEqual(['person:ruth-okafor']);
  });
});

describe('findQuotes pronouns after a name that only qualifies a title', () => {
  it('takes the titled person as the subject, not the name before the title', () => {
    const text = 'The race tightened on Monday.\n\nMara Quist spoke in Ohio. Later, Quist campaign spokeswoman Della Voss said the attacks would fail. “Voters can see these attacks for what they are,” she said.';
    expect(directSpeakers(text)).toEqual(['person:della-voss']);
  });
});

describe('findQuotes names after a preposition beside the verb', () => {
  it('does not take the interviewer for the speaker', () => {
    const text = 'The race tightened on Monday.\n\nPetra Lindqvist called on Otto Brenner to take it back. “It was a cheap shot and he knows it,” the former party strategist said in an interview with CNN’s Vera Holm.';
    expect(directSpeakers(text)).not.toContain('person:vera-holm');
  });
});

describe('findQuotes who speaks when the sentence does not say it plainly', () => {
  it.each([
    ['a quotation that is a paragraph of its own goes on with the person the paragraph before reports speaking',
      'The fair opened on Monday.\n\nMarta Velasquez praised the mayor’s record on roads at the opening.\n\n“We need someone who gets things done and brings people together.”',
      ['person:marta-velasquez']],
    ['does not take the name after "said that" for the speaker',
      'The debate ended late.\n\nSenator Ilse Brandt said that Corwin is a “decent and careful man,” and said that Tobias Lund “fell apart on stage last night.”',
      ['person:ilse-brandt', 'person:ilse-brandt']],
    ['takes the name beside the verb, not the one the sentence is about ("Lund, Brandt said, …")',
      'The debate ended late.\n\nTobias Lund, Ilse Brandt said, has built a “strange zone where anything can be said.”',
      ['person:ilse-brandt']],
    ['gives the quotation to the person the pronoun stands for',
      'The hearing ran late.\n\nSenator Ilse Brandt questioned the plan for an hour. However, she pegged the true cost at “far more than anyone has admitted.”',
      ['person:ilse-brandt']],
    ['gives a name in quotation marks after "known as" to no one',
      'The hearing ran late.\n\nSenator Ilse Brandt questioned the plan. She is best known as the “budget hawk of the north.”',
      [null]],
    ['gives a quote to the person a role after "the" describes',
      'The hearing ran late.\n\nIlse Brandt, who owns three bakeries, questioned the plan for an hour.\n\n“It will not pass,” the Ohio businesswoman said.',
      ['person:ilse-brandt']],
    ['a possessive: not the one whose family spoke',
      'The inquiry went on.\n\nTobias Lund’s family has asked the council to release the tapes “as a matter of fairness and trust.”',
      [null]],
    ['a possessive: the person named after it',
      'The inquiry went on.\n\nMara Quist’s campaign manager Della Voss said on Friday that Lund “ran from every debate this fall.”',
      ['person:della-voss']],
    ['a possessive: the one whose words they are',
      'The inquiry went on.\n\nTobias Lund’s response was: “Is the bakery open on Sunday?”',
      ['person:tobias-lund']],
    ['a speech verb after "and" shares the subject of the verb before it, past an apposition',
      'The race went on.\n\nMayor Ilse Brandt, also campaigning in Dover, said Lund is to blame for the delays and accused him of “wasting every summer on studies.”',
      ['person:ilse-brandt']],
    ['a speech verb after "and" takes the subject of its own clause, not the sentence\'s',
      'The vote went on.\n\nRepublicans were quick to react, with Tobias Lund posting that it was a “disgrace” for the city and asking, “How can anyone trust this council again?”',
      ['person:tobias-lund']],
    ['reads a role after several words of description',
      'The race went on.\n\nIlse Brandt toured three farms on Monday.\n\nOn Tuesday, the former mayor of Dover and current party nominee said she wanted to speak “directly to the farmers of the valley.”',
      ['person:ilse-brandt']],
    ['reads "he’s" and a verb in -ing as the pronoun subject',
      'The race went on.\n\nTobias Lund toured three farms on Monday.\n\nHe’s claiming that the count is “a big, big problem for the county.”',
      ['person:tobias-lund']],
    ['gives "the Harbor Authority report stated" to the authority',
      'The port reopened.\n\n“Traffic will recover slowly over the next two years,” the Harbor Authority report stated.',
      ['agency:harbor-authority']],
    ['takes the person introduced with a role, not the subject of a clause opening with "While"',
      'The caucus met on Monday.\n\nWhile Oskar Lund had a choir singing for him, that has not happened for Brandt, which is something that worries Tomas Reinholt, president of the Valley Voters League.\n\n“Nobody sings for her. That has to change,” he said.',
      ['person:tomas-reinholt']],
    ['gives "Lund’s brief said … dismissed them as “…”" to Lund',
      'The court heard the case.\n\nHowever, Tobias Lund’s brief said that was not his view and dismissed those stories as “old and misread remarks.”',
      ['person:tobias-lund']],
    ['gives "…and Marta Velasquez, who joked of the hall, “…”" to Velasquez',
      'The hall opened on Sunday.\n\nGuests included Tobias Lund and Marta Velasquez, who joked of the hall, “I have not seen the roof yet, but I will.”',
      ['person:marta-velasquez']],
  ] as const)('%s', (_case, text, expected) => {
    expect(directSpeakers(text)).toEqual(expected);
  });
});

describe('findQuotes sources the text leaves unnamed', () => {
  it.each([
    ['someone unnamed writing, in a sentence about a named person', 'Ada Brill criticised the new levy on Monday, with one poster writing “How can anyone weigh both sides if one side is gone?”'],
    ['an unnamed source saying', 'Senator Ada Brill met the Vale Institute on Monday, and a Democratic source said “the vote is lost for this year.”'],
  ])('gives the quote no speaker: %s', (_case, text) => {
    expect(directSpeakers(text)).toEqual([null]);
  });
});

describe('findQuotes a speaker whose name ends in an abbreviation', () => {
  it.each([
    ['"Jr." and an apposition', '“We check every name against the lists,” said Tomas R. Quell Jr., a former customs official.'],
    ['"Jr." and a party label', '“We have to be careful with a few voices,” said Sen. Tomas R. Quell Jr. (D-Pa.), a party elder.'],
  ])('gives the quote to the person named after "said": %s', (_case, text) => {
    expect(directSpeakers(`The talks went on.\n\n${text}`)).toEqual(['person:tomas-r-quell-jr']);
  });
});

describe('findQuotes a verb of speech standing before its speaker or alone', () => {
  it('reads "Stated Quell:" as the verb and its subject, not as a name', () => {
    expect(directSpeakers('Tomas Quell spoke to the host on Sunday.\n\nStated Quell: “I think the stakes are so high that nobody will sleep.”'))
      .toEqual(['person:tomas-quell']);
  });

  it('gives a quote opened by "Adding," to the speaker of the sentence before', () => {
    expect(directSpeakers('The hearing ran late.\n\nLater, Ada Brill stated that the report was “not good.” Adding, “Like every report of theirs, the big thing is left out.”'))
      .toEqual(['person:ada-brill']);
  });
});

describe('findQuotes a body named after a comma', () => {
  it('gives the quote to the body that "with … calling" introduces, not the person before the comma', () => {
    expect(directSpeakers('The levy passed on Monday.\n\nFarmers were among the first supporters of Ada Brill, with the Vale Growers Association calling her “the champion the valley needs.”')).toEqual(['org:vale-growers-association']);
  });
});

describe('findQuotes a title in capitals that someone owns', () => {
  it.each([
    ['a show', 'Ruth Okafor said on the Harbor Network’s “Meet the Voters Tonight” that the levy would pass.'],
    ['a plan', 'Jonah Corvin put the levy in his 1994 “Contract with the Valley.”'],
  ])('names %s, which no one says', (_case, text) => {
    expect(directSpeakers(text)).toEqual([null]);
  });

  it('is still speech when shouted in capitals', () => {
    expect(directSpeakers('Jonah Corvin posted his “TOTAL DISASTER FOR VOTERS” message on Monday.')).toEqual(['person:jonah-corvin']);
  });
});

describe('findQuotes a sentence that introduces a quote with a colon', () => {
  it.each([
    ['to the sentence\'s subject, whatever the verb',
      'The council met on Monday.\n\nMayor Ellen Hart, D-Vale, delivered a blunt message to the board: “It is time to stop attacking the people you ran against.”', 'person:ellen-hart'],
    ['to the person a body\'s title names, not to the body',
      'The council met on Monday.\n\nVale Institute President Ruth Okafor sent one line to the board: “We will not sign this levy.”', 'person:ruth-okafor'],
    ['to the subject after an opening phrase, not to the outlet the phrase names',
      'The council met on Monday.\n\nIn a Harbor Gazette interview later that day, Ruth Okafor went further: “We will not sign this levy.”', 'person:ruth-okafor'],
    ['in the next paragraph to the subject after an opening phrase',
      'The council met on Monday.\n\nIn response to the vote, Vale Institute President Ruth Okafor issued the following statement:\n\n“We will not sign this levy.”', 'person:ruth-okafor'],
    ['to the name heading the line', 'Turnout models disagree - Ruth Okafor: “Every poll this month undercounts rural voters by a wide margin.”', 'person:ruth-okafor'],
    ['to no one when the sentence names only where it was said',
      'Ruth Okafor spoke to the Harbor Gazette in May.\n\nThen, later that month on the Harbor Gazette: “We will never sign this levy.”', null],
    ['to no one when the sentence has no subject', 'The levy passed.\n\nWait, it gets better: “Every household pays twice the old rate from next year.”', null],
  ])('gives the quote %s', (_case, text, speaker) => {
    expect(directSpeakers(text)).toEqual([speaker]);
  });

  it('does not take a body described in apposition for the subject', () => {
    expect(directSpeakers('Voters for Vale, a local Harbor Gazette partner, emailed the video with one line: “This is not acceptable for anyone.”'))
      .not.toContain('org:harbor-gazette');
  });
});
