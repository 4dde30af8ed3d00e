import { describe, expect, it } from 'vitest';
import { findSportKind, isTableSlot } from '../../../ingest/stages/retype-teams.ts';
import type { Mention } from '../../../ingest/stages/types.ts';
import { runToQuotes } from './helpers.fixtures.ts';

const typesOf = (text: string) => new Map(runToQuotes(text).resolved.entities.map((e) => [e.name, e.type]));

/** A bare mention of `name` at its first place in `text`. */
function mentionIn(text: string, name: string): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type: 'Person', known: null, role: null, titledText: null, guessed: true, acronymOf: null };
}

describe('finding the sport a results story is about', () => {
  it.each([
    ['SOCCER - NORTHVALE LEAGUE RESULTS .', 'team'],
    ['Soccer - Brannock names his squad .', 'team'],
    ['Baseball-Results of the Tessaly league .', 'team'],
    ['RUGBY UNION - WELSH CUP RESULTS .', 'team'],
    ['GOLF - LEADING SCORES AT THE CALDER OPEN .', 'individual'],
    ['TENNIS - RESULTS FROM THE MARLOW OPEN .', 'individual'],
    ['AUSTRALIAN RULES-AFL RESULTS AND STANDINGS .', 'team'],
    ['Mayor opens the new library .', null],
  ])('reads %j as %s', (headline, kind) => {
    expect(findSportKind(`${headline}\nBody text.`)).toBe(kind);
  });
});

describe('team slots in results tables', () => {
  it.each([
    ['a home side before its score', 'Bramfield 2 Ostwick 0', 'Bramfield', true],
    ['an away side between two scores', 'Bramfield 2 Ostwick 0', 'Ostwick', true],
    ['a side in a standings row', 'Tarnley 4 3 1 0 7 4 10', 'Tarnley', true],
    ['a side with its country in brackets', 'Halvard ( Norway ) 92 Kesto ( Finland ) 81', 'Kesto', true],
    ['a county after a comma in a scorecard', 'Wexshire 199 and 426 , Dunshire 232 and 205 .', 'Dunshire', true],
    ['a fixture', 'Postponed : Bramfield v Ostwick', 'Ostwick', true],
    ['a side after the venue of its match', 'In Calder : Bramfield ( Norway ) 2 Ostwick', 'Bramfield', true],
    ['a side whose score is wrapped to the next line', 'In Calder : Bramfield ( Norway ) 2 Ostwick\n( Finland ) 0', 'Ostwick', true],
    ['a county after the ground of its match', 'At Harlow : Wexshire 128-1 ( C. Hallam 59 )', 'Wexshire', true],
    ['the venue itself', 'In Calder : Bramfield ( Norway ) 2 Ostwick', 'Calder', false],
    ['a player with an initial', 'Wexshire 244 ( C. Hallam 58 )', 'C. Hallam', false],
    ['a player in brackets', 'Wexshire 244 ( Hallam 58 )', 'Hallam', false],
    ['a golfer after his score', '64 Dorian Pell', 'Dorian Pell', false],
    ['a bowler with full figures', 'Pell 8-1-26-3 , Mace 6-0-27-0', 'Pell', false],
  ])('%s', (_case, line, name, slot) => {
    expect(isTableSlot(mentionIn(line, name), line)).toBe(slot);
  });
});

describe('retyping teams in a team-sport story', () => {
  const story = [
    'SOCCER - NORTHVALE LEAGUE RESULTS .',
    'CALDER 1996-08-30',
    'Results of Northvale league matches on Saturday :',
    'Bramfield 2 Ostwick 0',
    'Tarnley 1 Pelham 3',
    'Ostwick were unlucky , their coach Dorian Pell said .',
  ].join('\n');

  it('types the sides in the table as organisations', () => {
    const types = typesOf(story);
    expect(types.get('Bramfield')).toBe('Organization');
    expect(types.get('Ostwick')).toBe('Organization');
    expect(types.get('Pelham')).toBe('Organization');
  });

  it('keeps the dateline a place and the coach a person', () => {
    const types = typesOf(story);
    expect(types.get('CALDER')).toBe('Place');
    expect(types.get('Dorian Pell')).toBe('Person');
  });

  it('finds a side named in the shouted headline from the body', () => {
    const text = 'RUGBY LEAGUE - HARTWELL BEAT DUNMORE IN FINAL .\nCALDER 1996-08-30\nHartwell 24 Dunmore 10';
    const hartwell = runToQuotes(text).resolved.entities.find((e) => e.name === 'Hartwell');
    expect(hartwell?.type).toBe('Organization');
    expect(hartwell?.aliases).toContain('HARTWELL');
  });
});
