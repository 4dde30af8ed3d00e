import { describe, expect, it } from 'vitest';
import { findGivenNameGender, findTitleGender } from '../../../ingest/nlp/name-gender.ts';
import { runToQuotes } from './helpers.fixtures.ts';

/** The speaker id of the quote whose text starts with `opening`. */
function speakerOf(text: string, opening: string): string | null | undefined {
  return runToQuotes(text).quotes.find((quote) => quote.text.startsWith(opening))?.speaker;
}

describe('who said a quote, when the source is a pronoun, a description or a later clause', () => {
  it.each([
    ['"she" passing over a man named later in the sentence',
      'Marta Quillon, a nurse from Dayton, said she disliked Mr. Brandt’s attacks on unions.\n“I would still hear him out on trade,” she said.', 'I would still', 'person:marta-quillon'],
    ['"he" passing over a woman named last',
      'Tobias Ferrante spoke after Gov. Helena Strand left the stage.\n“We are not going anywhere,” he said.', 'We are not', 'person:tobias-ferrante'],
    ['"he" after an opening phrase, the subject not the man in the phrase',
      'Pressed by host Arlo Vetch about his plans, Dirk Sorensen shrugged.\n“It is too early to tell,” he said.', 'It is too early', 'person:dirk-sorensen'],
    ['"he" handed on by an earlier subject pronoun',
      'Senator Caleb Ostrow campaigned in Reno on Monday.\nHe said he and Vance Holtby differ on trade.\n“That is the whole race,” he said.', 'That is the whole', 'person:caleb-ostrow'],
    ['"he" from the pronouns the article uses, over a given name listed as a woman’s',
      'Kelly Brandt said he would vote early. Brandt told reporters he had made up his mind.\nMaria Gage disagreed.\n“This is not over yet,” he said.', 'This is not over', 'person:kelly-brandt'],
    ['a paragraph of quote alone going on with the last speaker',
      '“We built this town with our hands,” said Ezra Lindqvist.\n“And we will rebuild it the same way,”\nThe council met later.', 'And we will rebuild', 'person:ezra-lindqvist'],
    ['a name after a comma-ended quote, with a verb not of speech',
      '“If they were serious, they would have called me,” Corliss fumed on Tuesday. Nina Corliss is a senator.', 'If they were serious', 'person:nina-corliss'],
    ['the outer source of a nested attribution',
      '“We will appeal this ruling quickly,” Judge Amos Kettering said, according to the Boston Globe.', 'We will appeal', 'org:boston-globe'],
    ['a person whose age opens the sentence, before a colon',
      'Voters lined up early in Harlan. 17-year-old Tomas Quell echoed: “He speaks his mind, and that is what we need.”', 'He speaks his mind', 'person:tomas-quell'],
    ['the body whose report found what the quote says',
      'A Harlan Water Board report released last year found that the mine had poured “tons of slurry into the river every week.”', 'tons of slurry', 'agency:harlan-water-board'],
    ['a person placed by a body after "said"',
      '“The count will take a week at least,” said Priya Nandakumar of the Ohio Elections Board.', 'The count will', 'person:priya-nandakumar'],
    ['the subject after an opening phrase, with a verb not of speech',
      'In response to questions from the panel, Walt Hedley indicated that the agency “should have known about the risks.”', 'should have known', 'person:walt-hedley'],
    ['a titled name after "said" with where it was said after it',
      '“The levy is against the law as written,” said County Judge Omar Reyes in a statement.', 'The levy is', 'person:omar-reyes'],
    ['a body and a title before the name after "said", and where it was said after it',
      '“The commissions have failed,” said ACLU executive Director Lena Ortiz in a statement.', 'The commissions have', 'person:lena-ortiz'],
    ['a description after "said", then the person it describes',
      '“We are treating it as one long election day,” said the senator’s deputy campaign manager, Rafe Obuya, who ran the plan.', 'We are treating', 'person:rafe-obuya'],
    ['"adding" after a tail attribution, not the name opening the sentence',
      'Mayor Ilse Brandt and Dov Kessler will meet next week, spokesman Tomas Reinholt said, adding, “They should meet and settle this soon.”', 'They should meet', 'person:tomas-reinholt'],
    ['the teller, not the listener, with a day between subject and verb',
      'Gov. Ilse Brandt spoke on Monday. Brandt later Thursday told Dov Kessler: “We are meeting next week to settle it.”', 'We are meeting', 'person:ilse-brandt'],
    ['a quotation opening the sentence after a short one attributed by a tail with a listener',
      'Councillor Ines Varga met the mayor on Monday. “It’s doable,” Varga told the Courier on Tuesday. “Is it going to happen this year? Nobody can say.”', 'Is it going to', 'person:ines-varga'],
    ['the person set between commas after an opening phrase, with a party label',
      'After winning Oregon, Gov. Lorna Vitale (D-Ore.), said, “We will keep the mills open.”', 'We will keep', 'person:lorna-vitale'],
  ])('resolves %s', (_case, text, opening, expected) => {
    expect(speakerOf(text, opening)).toBe(expected);
  });

  it.each([
    ['a slogan with no one named', 'The crowd chanted “lock them all up” outside the hall.', 'lock them all'],
    ['a pronoun with no person named before it', '“We are ready to go right now,” he said.', 'We are ready'],
    ['a name in quotation marks after "named", in a sentence that attributes something else',
      'According to the team’s coach, Ilse Brandt, the team’s robot, named “Better Than Yesterday Mark Two,” scored twice.', 'Better Than'],
    ['a body\'s unnamed staff member opening the sentence', 'The Vale Party speechwriter said: “The deal-breaker was the levy on farms.”', 'The deal-breaker'],
    ['"he" when only women are named before it', 'Mayor Rosa Delgado opened the session.\n“We will cut the budget again,” he said.', 'We will cut'],
  ])('leaves the speaker null for %s', (_case, text, opening) => {
    expect(speakerOf(text, opening)).toBeNull();
  });
});

describe('gender from titles and given names', () => {
  it.each([
    ['Mrs.', 'female'], ['Mr.', 'male'], ['Congresswoman', 'female'], ['Assistant Secretary', null],
  ])('reads %s as %s', (title, expected) => {
    expect(findTitleGender(title)).toBe(expected);
  });
  it.each([['Nicole', 'female'], ['Anthony', 'male'], ['Xq', null]])('reads the given name %s as %s', (name, expected) => {
    expect(findGivenNameGender(name)).toBe(expected);
  });
});
