import { describe, expect, it } from 'vitest';
import { runToQuotes } from './helpers.fixtures.ts';

const peopleOf = (text: string) => runToQuotes(text).resolved.entities.filter((e) => e.type === 'Person');

describe('a nickname in quotation marks inside a person\'s name', () => {
  it('makes one person of the given name, the nickname and the surname', () => {
    const people = peopleOf('The part went to Tobias "Toby" Marchetti in the spring.');
    expect(people.map((e) => e.name)).toEqual(['Tobias Marchetti']);
    expect(people[0]!.aliases).toContain('Tobias "Toby" Marchetti');
  });

  it('reads a given name that is also a town\'s as the person\'s', () => {
    const entities = runToQuotes('Their son, Austin "Aussie" Dellacroix, was born in May.').resolved.entities;
    expect(entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Person:Austin Dellacroix']);
  });

  it('joins the surname written alone later to that person', () => {
    const people = peopleOf('Del. Marla “Mimi” Ostrander spoke first. Ostrander said the vote was close.');
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toContain('Ostrander');
  });
});
